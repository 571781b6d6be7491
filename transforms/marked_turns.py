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

from transforms.persons import PersonRegistry
from transforms.plain_interviews import (
    CREDIT_WORDS,
    THIRD_PERSON_OBJECTS,
    credited,
    last_sentence_on,
    one_person_in,
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
    if explained:
        # "Q:" over unmarked answers, or "Q:" / "A:": an interview's, not an explainer's
        if sum(map(speaks_as_a_person, answers)) < MIN_PERSONAL_ANSWERS:
            return []
        if 2 * sum(says_you(paragraphs[i]) for i in questions) < len(questions):
            return []
    lead = [headed, *paragraphs[:first]]
    named = one_person_in(lead, registry)
    # a Spanish or Italian transcript's lead introduces the one who answers ("P.– ¿...?");
    # under "Q" or an explainer's marks the lead's person may be the news, the asker, or a
    # quiz's subject, and must be handed the turns
    checked = explained or QUESTION_LETTER in labels
    if named is None and not explained and named_before is not None:
        # several named: a transcript's answers are the last one's before the turns ("El
        # mestre d'aixa X ... ¶ P.– ¿...?"), whom the paper introduced to answer
        interviewee = named_before(starts[first]) or ""
    elif named and (not checked or _answers_for(lead, named, [paragraphs[i] for i in questions])):
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


def _answers_for(lead: list[str], person: str, questions: list[str]) -> bool:
    """Return True when the lead (the title first) hands over to ``person`` as the one who
    answers: the title or the lead's last sentence names him or her ("We asked her"), or a
    question addresses him or her; not the one the interview is credited to ("Propos
    recueillis par ..."), nor the news beside an unnamed answerer ("Un constitutionnaliste
    répond ..."), nor the one who asks ("X sat down with the Senate majority leader")."""
    if credited(lead, person) or unnamed_answerer(lead, person) or _asks(lead, person):
        return False
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
    name = re.escape(person)
    credit = rf"\b(?:{'|'.join(CREDIT_WORDS)})[ \u00a0]+(?:\S+[ \u00a0]+)?{name}\b"
    meets = (
        rf"\b{name}\b[ \u00a0]+{INTERVIEWER_VERBS}"
        r"(?![ \u00a0]+(?:us|me|our|nous|moi|notre|nos|uns|mir)\b)"
    )
    return any(re.search(credit, t, re.IGNORECASE) or re.search(meets, t) for t in lead)
