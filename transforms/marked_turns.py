"""Interviews whose turns the paper marks: "Q - ...?" ¶ "R - ...", "P.– ¿...?" ¶ "R.– ...",
"Pregunta: ...?" ¶ "Respuesta: ...", "Q: ...?".

A French ministry's transcript marks the journalist's questions "Q" and the minister's
answers "R" (Question, Réponse), a Spanish or Italian paper "P" or "D" and "R" (Pregunta,
Domanda; Respuesta, Risposta); an English paper may mark only its questions ("Q: ...?") and
let the answers follow as plain paragraphs. The marks name no one: the questions are the
paper's (no speaker), the answers the one person the title or the lead names in full, or no
one named when they name none ("This interview has been edited for clarity"). An English
"Q:" / "A:" also heads an explainer's questions, so unmarked answers or answers marked "A"
count only when the questions say "you" and the answers speak as a person, as an
interview's do.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transforms.persons import PersonRegistry, find_names
from transforms.plain_interviews import (
    CREDIT_WORDS,
    THIRD_PERSON_OBJECTS,
    last_sentence_on,
    one_person_in,
    says_i,
    says_you,
    unnamed_answerer,
)
from transforms.quotes import QuoteSpan, speaks_as_a_person

QUESTION_MARKS = frozenset(
    str.split(
        "Q P D Question QUESTION Pregunta PREGUNTA Domanda DOMANDA Pergunta PERGUNTA Frage FRAGE"
    )
)
ANSWER_MARKS = frozenset(
    str.split(
        "R A Réponse RÉPONSE Respuesta RESPUESTA Risposta RISPOSTA Resposta RESPOSTA Antwort "
        "ANTWORT Answer ANSWER"
    )
)
QUESTION_LETTER = "Q"  # French and English; Spanish, Italian and Portuguese papers write P, D
# Answers an explainer marks too: an English FAQ's "A:" (a Romance "R" is a transcript's)
EXPLAINER_ANSWER_MARKS = frozenset(str.split("A Answer ANSWER"))
FULL_WORD_MARKS = frozenset(str.split("Question QUESTION Answer ANSWER"))
MIN_QUESTIONS = 2
MIN_PERSONAL_ANSWERS = 2
# A line opened by a letter and a spaced dash or a dot and a dash ("Q - ", "R.- ", "P.– "):
# made "Q: " / "R: ", the colon the turn labels take everywhere else.
DASHED_MARK = re.compile(
    r"^([QPDR])(?:\.[ \u00a0]?[-–—][ \u00a0]*|[ \u00a0]?[-–—][ \u00a0]+)(?=\S)", re.MULTILINE
)


# Any capital letter so marked: the entries of a list lettered A to Z, or a review's items.
LETTER_MARK = re.compile(
    r"^([A-Z])(?:\.[ \u00a0]?[-–—][ \u00a0]*|[ \u00a0]?[-–—][ \u00a0]+)(?=\S)", re.MULTILINE
)
MIN_DASHED_TURNS = 2  # of each kind: one "R - " line may be a review's item, not "R.– "


def dashed_marks_as_colons(text: str) -> str:
    """Return ``text`` with a transcript's dashed marks made colons ("Q - ...?" -> "Q: ...?",
    "R.– ..." -> "R: ..."), when it marks questions and answers both, twice each, and no
    other letter: a dash after a lone letter otherwise opens an item's source line ("A - Le
    Monde") or a glossary's entry ("P - Primaire", "Q - Quinquennat")."""
    if "R" not in text:
        return text
    found = list(DASHED_MARK.finditer(text))
    marks = [match[1] for match in found]
    asked = sum(mark != "R" for mark in marks)
    # one exchange is enough in the dotted form of Spanish transcripts ("P.– ¿...?" ¶ "R.–")
    dotted = all(match[0][1:2] == "." for match in found)
    # ... when its question is one: the line ends on its question mark ("D.– Debate.
    # ¿Habrá cara a cara ...? Todo apunta ...": a glossary's entry)
    dotted = dotted and any(
        match[1] != "R" and text[match.end() :].split("\n", 1)[0].rstrip().endswith("?")
        for match in found
    )
    least = 1 if dotted else MIN_DASHED_TURNS
    if min(asked, marks.count("R")) < least or len(set(marks) - {"R"}) != 1:
        return text
    if any(match[1] not in marks for match in LETTER_MARK.finditer(text)):
        return text
    return DASHED_MARK.sub(r"\1: ", text)


def marked_turns(
    paragraphs: list[str],
    starts: list[int],
    text: str,
    labelled: list[tuple[int, re.Match[str]]],
    registry: PersonRegistry,
    headed: str = "",
    named_before: Callable[[int], str | None] | None = None,
) -> list[tuple[QuoteSpan, str]]:
    """Return the turns of an interview marked "Q" / "R" (or "Q" alone), each with its
    speaker's label: "" for the paper's questions, and for the answers the interviewee: the
    one person the title (``headed``) and the lead name in full, else the last person named
    before the turns (``named_before``, given an offset), else no one ("")."""
    marks = {index: match for index, match in labelled}
    labels = {match[1] for match in marks.values()}
    if not labels & QUESTION_MARKS or not labels <= ANSWER_MARKS | QUESTION_MARKS:
        return []
    questions = [i for i, m in marks.items() if m[1] in QUESTION_MARKS]
    answers_marked = bool(labels & ANSWER_MARKS)
    explained = not answers_marked or bool(labels & EXPLAINER_ANSWER_MARKS)
    # one exchange is enough when both its marks are a transcript's ("P:" ¶ "R:")
    least = MIN_QUESTIONS if explained else 1
    if len(questions) < least or not any("?" in paragraphs[i] for i in questions):
        return []
    first = min(marks)
    turns = _turns(paragraphs, marks, first, answers_marked)
    if turns is None:
        return []
    answers = [" ".join(paragraphs[a : b + 1]) for a, b, asks in turns if not asks]
    # a French quiz's, FAQ's or written question's answers are nobody's words ("Q - ...? R -
    # Michel Debré, nommé en janvier 1959.", "L'âge légal sera relevé ..."): one answer says
    # "I" or "you" at least, the others may be "Bonjour.", "Non."; a Spanish or Italian
    # answer drops its pronoun ("R.– Tres en cuarenta años")
    if QUESTION_LETTER in labels and not any(map(speaks_as_a_person, answers)):
        return []
    # the same under marks spelt out: a FAQ's, a quiz's, a poll's answers ("Antwort: 57
    # Prozent ja", "Respuesta: Los contribuyentes ..."); a Spanish or Italian transcript's
    # letters ("P.– ¿...?" ¶ "R.– Tres en cuarenta años") are a paper's interview, whose
    # answers drop their pronoun
    lettered = labels <= {"P", "D", "R"}
    if not lettered and not any(map(speaks_as_a_person, answers)):
        return []
    if explained:
        # "Q:" over unmarked answers, or "Q:" / "A:": an interview's, not an explainer's
        if sum(map(speaks_as_a_person, answers)) < MIN_PERSONAL_ANSWERS:
            return []
        if labels & FULL_WORD_MARKS and not any(map(says_i, answers)):
            return []  # "Question: Will your bill go up?" ¶ "Answer: ... We estimate": a FAQ
        if 2 * sum(says_you(paragraphs[i]) for i in questions) < len(questions):
            return []
    lead = [headed, *paragraphs[:first]]
    asked = [paragraphs[i] for i in questions]
    named = one_person_in(lead, registry)
    chosen = None
    if named is None and not explained:
        # several named: the one the title names alone, or a question calls by surname
        chosen = (
            _title_person(lead, registry)
            or _addressed_person(lead, asked, registry)
            or _uncredited_person(lead, registry)
        )
        if chosen is not None and _asks(lead, chosen):
            chosen = None
    # under "Q" or an explainer's marks the lead's person may be the news, the asker, or a
    # quiz's subject, and must be handed the turns; a Spanish or Italian transcript's lead
    # introduces the one who answers ("P.– ¿...?")
    checked = explained or QUESTION_LETTER in labels
    if chosen is not None:
        interviewee = chosen
    elif named is None and not explained and named_before is not None:
        # several named: a transcript's answers are the last one's before the turns ("El
        # mestre d'aixa X ... ¶ P.– ¿...?"), whom the paper introduced to answer
        interviewee = named_before(starts[first]) or ""
    elif named and _answers_for(lead, named, asked, checked):
        interviewee = named
    else:
        interviewee = ""  # the news, the interviewer, or no one named: no speaker
    found = []
    for a, b, asks in turns:
        mark = marks.get(a)
        start = starts[a] + (mark.end() if mark else 0)
        end = starts[b] + len(paragraphs[b].rstrip())
        if end <= start:
            continue
        span = QuoteSpan(start, end, "", "", True, a, b, text[start:end])
        found.append((span, "" if asks else interviewee))
    return found


def _turns(
    paragraphs: list[str], marks: dict[int, re.Match[str]], first: int, answers_marked: bool
) -> list[tuple[int, int, bool]] | None:
    """Return each turn's first and last paragraph and whether it asks: a marked paragraph
    opens a turn, an unmarked one goes on with the turn before (or opens the answer to a
    question when the answers are unmarked); None when fewer than two questions have
    unmarked answers."""
    turns: list[tuple[int, int, bool]] = []
    for index in range(first, len(paragraphs)):
        mark = marks.get(index)
        if mark is not None:
            turns.append((index, index, mark[1] in QUESTION_MARKS))
        elif not answers_marked and turns[-1][2]:
            turns.append((index, index, False))
        else:
            opened, _, asks = turns[-1]
            turns[-1] = (opened, index, asks)
    if not answers_marked and sum(1 for *_, asks in turns if not asks) < MIN_QUESTIONS:
        return None
    return turns


# Verbs before "her", "him" in the lead's last sentence that meet the interviewee ("We
# asked her about inflation"), where "her" is no possessive.
MEETING_VERBS = frozenset(
    str.split("asked interviewed met joined questioned reached called visited caught")
)
# "Il nous a reçus chez lui.", "She spoke to us in London.": the lead's last sentence on the
# one person it named.
SUBJECT_PRONOUNS = frozenset(str.split("he she il elle er él ella lei lui он она ele ela on ona"))


def _answers_for(
    lead: list[str], person: str, questions: list[str], explained: bool = True
) -> bool:
    """Return True when the lead (the title first) hands over to ``person`` as the one who
    answers: the title or the lead's last sentence names him or her ("We asked her"), or a
    question addresses him or her; not the one the interview is credited to ("Propos
    recueillis par ..."), nor the news beside an unnamed answerer ("Un constitutionnaliste
    répond ..."), nor the one who asks ("X sat down with the Senate majority leader")."""
    if unnamed_answerer(lead, person) or _asks(lead, person):
        return False
    if not explained:
        return True  # a transcript's marks ("P.–", "R.–"): the one person the lead names
    surname = person.split()[-1]
    paragraphs = [text for text in lead[1:] if text.strip()]
    last = paragraphs[-1].split(". ")[-1] if paragraphs else ""
    words = last.split()
    met = any(
        word.casefold().strip(".,") in THIRD_PERSON_OBJECTS and before.casefold() in MEETING_VERBS
        for before, word in zip(["", *words], words, strict=False)
    )
    opens_on_pronoun = bool(words) and words[0].casefold() in SUBJECT_PRONOUNS
    return (
        opens_on_pronoun
        or re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", lead[0]) is not None
        or last_sentence_on(lead, person)
        or met
        # "Monsieur Blinken, ...?": by name, not "Officer, ...?" to a witness the lead
        # leaves unnamed
        or any(surname in q.partition(",")[0] for q in questions if "," in q)
    )


# "Entretien réalisé par Jean-Michel Aphatie", "CNN's Jake Tapper sat down with the Senate
# majority leader", "Host Michael Barbaro talks with a nurse": the one named asks.
INTERVIEWER_VERBS = (
    r"(?:sat down with|spoke (?:to|with)|talks? (?:to|with)|talked (?:to|with)|interviews|"
    r"interviewed|meets|met|s'entretient avec|s'est entretenu(?:e)? avec|a interrogé|interroge|"
    r"reçoit|a reçu)"
)


def _asks(lead: list[str], person: str) -> bool:
    """Return True when the lead credits the interview to ``person`` ("par", "by" right
    before a hyphenated name too) or makes him or her the one who meets someone other than
    the paper ("sat down with the Senate majority leader", not "talked to us")."""
    meets = (
        rf"\b{re.escape(person)}\b[ \u00a0]+{INTERVIEWER_VERBS}"
        r"(?![ \u00a0]+(?:us|me|our|nous|moi|notre|nos|uns|mir)\b)"
    )
    return _credited_strictly(lead, person) or any(re.search(meets, t) for t in lead)


def _credited_strictly(lead: list[str], person: str) -> bool:
    """Return True when the lead credits the interview to ``person``: a credit word ("por",
    "par", "by", "führte") right before the name, or one small word between ("by staff
    writer X" is two); not the preposition of an office ("da Saúde, Ana", "von Köln,
    Henriette", "por Madrid, Reyes", "Da sindaco, Beppe Sala")."""
    first = re.escape(person.split()[0])
    words = "|".join(CREDIT_WORDS)
    pattern = rf"(?<!\w)(?i:{words})[ \u00a0]+(?:[a-zà-ÿ]+[ \u00a0]+)?{first}(?!\w)"
    return any(re.search(pattern, text) for text in lead)


MAX_TITLE_WORDS = 15
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _lead_persons(lead: list[str], registry: PersonRegistry) -> set[str]:
    """Return the persons the lead names in full."""
    return {registry.canonical(n.text) for text in lead for n in find_names(text) if not n.single}


def _uncredited_person(lead: list[str], registry: PersonRegistry) -> str | None:
    """Return the one person the lead names that it does not credit with the interview
    ("La escritora Almudena Grandes ... Por Juan Cruz.")."""
    persons = _lead_persons(lead, registry)
    left = {p for p in persons if not _asks(lead, p)}
    return left.pop() if len(left) == 1 and len(persons) > 1 else None


def _title_person(lead: list[str], registry: PersonRegistry) -> str | None:
    """Return the one person the first text of the lead that names anyone names ("Entrevista
    con Ada Colau", "Intervista a Elly Schlein"): the title's interviewee."""
    for text in lead:
        stripped = text.strip()
        if (
            not stripped
            or YEAR.search(stripped)
            or stripped.endswith(".")
            or len(stripped.split()) > MAX_TITLE_WORDS
        ):
            continue  # "La Voz de Galicia, 5 de julio de 2024", the lead's sentences: no title
        named = {registry.canonical(n.text) for n in find_names(text) if not n.single}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _addressed_person(
    lead: list[str], questions: list[str], registry: PersonRegistry
) -> str | None:
    """Return the one person of the lead a question opens by calling by surname ("Herr
    Walter-Borjans, ...?", "Señora Díaz, ...?")."""
    persons = _lead_persons(lead, registry)
    called = {
        person
        for person in persons
        for question in questions
        if "," in question
        and re.search(rf"(?<!\w){re.escape(person.split()[-1])}(?!\w)", question.split(",")[0])
    }
    return called.pop() if len(called) == 1 else None
