"""Interviews written as plain paragraphs: a question, then its answer, with no label.

"Le travail de maire a-t-il beaucoup changé en 10 ans?" ¶ "Énormément. Je peux vous dire
..." reads as a question and its answer only because of the layout. Explainers and FAQs are
laid out the same way, and so are open letters and columns that ask themselves questions, so
an answer is read as the interviewee's words only when the text says who answers and that
the turns talk to each other: the first question addresses the interviewee by full name
("comment expliquez-vous, Mahfoud Aomar, ...?") and the answers say "I"; or the lead before
the questions names one person in full, hands over to him or her in its last sentence ("Dat
deed raadslid Kees Metz", "Wir sprachen mit ihr") or a question opens by addressing them,
and the questions say "you"; never the lead's person who is only the news, the one credited
with the questions, nor one beside an unnamed expert. The answers speak as a person ("je",
"wij") more than once.
"""

from __future__ import annotations

import itertools
import re

from transforms.persons import PersonRegistry, find_names, is_title_word, trade_words
from transforms.quotes import ARMENIAN_QUESTION, LETTER_WORD, QuoteSpan, speaks_as_a_person

MIN_QUESTIONS = 3  # one or two are a feature's rhetorical questions as often
MAX_QUESTION_WORDS = 80  # a question with its preamble; longer is narration
MIN_PERSONAL_ANSWERS = 2
# "You" in the questions: the paper talks to someone (the forms that are something else in
# another language are left out: Dutch "je" is French "I", German "sie" is "she").
SECOND_PERSON = frozenset(
    str.split(
        "you your vous votre vos tu ton ta tes u uw jullie jij Sie Ihnen Ihr Ihre du dich dir "
        "usted ustedes tú vosotros lei voi você vocês вы вас вам ви вам ти ты тебе pan pani "
        "panu państwo siz size sizin sen"
    )
)
# A full name set off by commas inside a question, or opening it: "comment expliquez-vous,
# Mahfoud Aomar, leur peu d'empressement?", "Doris Leuthard, vous serez présidente ...?"
# (checked against the name finder's full names).
VOCATIVE = re.compile(r"(?:^|,[ \u00a0]+)([^,?!.\n]{3,60}?)[ \u00a0]*[,?]")


def plain_interview_answers(
    text: str, paragraphs: list[str], starts: list[int], registry: PersonRegistry
) -> list[tuple[QuoteSpan, str]]:
    """Return the turns of an interview set as plain paragraphs: its questions, with an
    empty label (the paper's), and its answers, each with the one interviewee's name; none
    when the text is not plainly such an interview."""
    questions = [i for i, paragraph in enumerate(paragraphs) if _asks(paragraph)]
    if len(questions) < MIN_QUESTIONS:
        return []
    first = questions[0]
    runs = _answer_runs(paragraphs, questions)
    if runs is None:
        return []
    answers = [" ".join(paragraphs[i] for i in range(a, b + 1)) for a, b in runs]
    if sum(map(speaks_as_a_person, answers)) < MIN_PERSONAL_ANSWERS:
        return []  # a FAQ's impersonal answers
    interviewee = _addressed_by_name(paragraphs[first], registry)
    lead_person = one_person_in(paragraphs[:first], registry)
    if interviewee is not None and lead_person not in (None, interviewee):
        # "Keir Starmer, whom you once called a bore, ...?" under "Former chancellor George
        # Osborne reflects ...": the lead's person answers, the question's is the topic
        interviewee = None
    if interviewee is not None and sum(map(says_i, answers)) < MIN_PERSONAL_ANSWERS:
        return []  # "Nous vous attendons": an open letter's "we" to the one it addresses
    if interviewee is None:
        addressed = sum(says_you(paragraphs[i]) for i in questions)
        if 2 * addressed < len(questions):
            return []
        interviewee = one_person_in(paragraphs[:first], registry)
        # the lead's one person may be the news the questions are about ("Christian Lindner
        # hat ... niedergelegt. Wir haben einen Politikwissenschaftler gefragt"): the lead's
        # last sentence, which hands over to the questions, names him or her ("Dat deed
        # raadslid Kees Metz") or says "him", "her" ("Wir sprachen mit ihr"), or a question
        # addresses him or her ("Frau Göring-Eckardt, ...")
        if (
            interviewee is not None
            and not last_sentence_on(paragraphs[:first], interviewee)
            and not any(
                _addresses(paragraphs[i], interviewee, paragraphs[:first]) for i in questions
            )
        ):
            return []
        # "Propos recueillis par Marie Dupont", "questioned by Judge Sarah Whitfield": the
        # one named asks; "Un magistrat nous explique ...", "our legal correspondent
        # explains": someone unnamed answers
        if interviewee is not None and (
            credited(paragraphs[:first], interviewee)
            or unnamed_answerer(paragraphs[:first], interviewee)
        ):
            return []
    if interviewee is None:
        return []
    # the paper's questions are quotations too, no one named asking them (an empty label)
    turns = [(q, q, "") for q in questions] + [(a, b, interviewee) for a, b in runs]
    found = []
    for a, b, label in sorted(turns):
        start, end = starts[a], starts[b] + len(paragraphs[b].rstrip())
        found.append((QuoteSpan(start, end, "", "", True, a, b, text[start:end]), label))
    return found


def _asks(text: str) -> bool:
    """Return True for a paragraph that is a question: it ends on a question mark and is
    no longer than a question with its preamble."""
    stripped = text.rstrip()
    return (
        stripped.endswith(("?", ARMENIAN_QUESTION))
        and len(stripped.split()) <= MAX_QUESTION_WORDS
        and not _quoted(stripped)
    )


def _quoted(text: str) -> bool:
    """Return True for a paragraph holding quotation marks: someone else's words, which the
    marked quotations read."""
    return any(mark in text for mark in '«»“”„"')


def _answer_runs(paragraphs: list[str], questions: list[int]) -> list[tuple[int, int]] | None:
    """Return the first and last paragraph of each question's answer: every paragraph from
    the first question on is a question or answers one, each question has one paragraph of
    answer at least, opening on a capital; else None."""
    runs = []
    bounds = [*questions, len(paragraphs)]
    for question, following in itertools.pairwise(bounds):
        first, last = question + 1, following - 1
        if last < first:
            return None  # two questions in a row: a list of questions, no interview
        if not paragraphs[first][:1].isupper():
            return None
        if any(_quoted(paragraphs[i]) for i in range(first, last + 1)):
            return None
        runs.append((first, last))
    return runs


def says_you(question: str) -> bool:
    """Return True for a question that says "you" to someone."""
    return any(word in SECOND_PERSON for word in LETTER_WORD.findall(question))


# Relative pronouns after a name and its comma: the name is the question's topic, set in
# front of it, not the one it addresses.
RELATIVE_WORDS = frozenset(
    str.split(
        "que qui dont who whom whose which che cui quale quali quien quienes cuyo cuya "
        "dessen deren welcher welche welchen który którego któremu którym która której którą "
        "które których"
    )
)


def _addressed_by_name(question: str, registry: PersonRegistry) -> str | None:
    """Return the person a question addresses by full name between commas, saying "you"."""
    if not says_you(question):
        return None
    for match in VOCATIVE.finditer(question):
        names = [n for n in find_names(match[1]) if not n.single]
        after = LETTER_WORD.findall(question[match.end() :])[:1]
        if after and after[0].casefold() in RELATIVE_WORDS:
            continue  # "Marine Le Pen, que vous avez combattue, ...?": who is spoken of
        if len(names) == 1 and names[0].text == match[1].strip():
            return registry.canonical(names[0].text)
    return None


# Words in double quotation marks: a plan's, a paper's or a book's name ("Espoir Banlieues").
IN_DOUBLE_MARKS = re.compile(r'"[^"\n]*"|«[^»\n]*»|“[^”\n]*”|„[^“”\n]*[“”]')


def one_person_in(lead: list[str], registry: PersonRegistry) -> str | None:
    """Return the one person the paragraphs before the questions name in full, outside
    quotation marks."""
    named = {
        registry.canonical(n.text)
        for text in lead
        for n in find_names(IN_DOUBLE_MARKS.sub(_blanked, text))
        if not n.single
    }
    return named.pop() if len(named) == 1 else None


def _blanked(match: re.Match[str]) -> str:
    """Return the quoted words as spaces: the names around keep their places."""
    return " " * len(match[0])


# "I" in an answer: an interviewee speaks for himself; an open letter's or a columnist's
# answers to their own questions say "we" (Dutch "je" is "you", left out; French "j’ai" is
# read as the word "j").
FIRST_PERSON_SINGULAR = frozenset(
    str.split(
        "i me my je j moi ich mich mir mein meine io mi yo ik mij я мне меня мной мені мене ja "
        "mnie mną ben bana beni benim"
    )
)
HONORIFIC_WORDS = frozenset(
    str.split(
        "herr frau mr mrs ms monsieur madame señor señora signor signora caro cara gentile "
        "meneer mevrouw pan pani panie sayın dear cher chère querido querida lieber liebe"
    )
)
MAX_VOCATIVE_WORDS = 3


def says_i(answer: str) -> bool:
    """Return True for an answer with a first-person singular pronoun."""
    return any(
        word == "I" or word.casefold() in FIRST_PERSON_SINGULAR
        for word in LETTER_WORD.findall(answer)
    )


def _addresses(question: str, person: str, lead: list[str]) -> bool:
    """Return True for a question opened by a vocative ("Frau Göring-Eckardt, ...",
    "Assessore, ...", "Володимире Анатолійовичу, ..."): a few capitalised words before a
    comma, a title or courtesy word or a word of the person's name among them."""
    head, comma, _ = question.partition(",")
    words = head.split()
    if not comma or not 0 < len(words) <= MAX_VOCATIVE_WORDS:
        return False
    if not all(word[:1].isupper() or word.casefold() in HONORIFIC_WORDS for word in words):
        return False
    stems = [part[:5].casefold() for part in person.replace("-", " ").split()]
    # a title the lead gives ("l'assessore X" ¶ "Assessore, ..."), not "Herr Professor,"
    # or "Professeure," to an expert the lead leaves unnamed
    lead_stems = {w[:5].casefold() for text in lead for w in LETTER_WORD.findall(text)}
    return any(
        word[:5].casefold() in stems or (is_title_word(word) and word[:5].casefold() in lead_stems)
        for word in words
        if word.casefold() not in HONORIFIC_WORDS
    )


# "him", "her" in the lead's last sentence: the one person named before, met or interviewed.
THIRD_PERSON_OBJECTS = frozenset(
    str.split(
        "him her hem haar ihr ihn ihm lui lei его ему ним нее неё ей "
        "него її його йому нею jego jej niego niej nim onunla onu kendisiyle kendisi"
    )
)
SENTENCE_END = re.compile(r"(?<=[.!?…])[ \u00a0]+(?=[^\W\d_])")


def last_sentence_on(lead: list[str], person: str) -> bool:
    """Return True when the lead's last sentence names ``person`` or says "him", "her"."""
    paragraphs = [text for text in lead if text.strip()]
    if not paragraphs:
        return False
    last = SENTENCE_END.split(paragraphs[-1].strip())[-1]
    words = LETTER_WORD.findall(last)
    surname = person.split()[-1]
    # "her", "его", "haar", "ihr" are possessives as often ("what her resignation means"):
    # those count after "with", "to" only ("Wir sprachen mit ihr", "Мы поговорили с ним")
    return surname in last or any(
        word.casefold() in THIRD_PERSON_OBJECTS
        and (word.casefold() not in POSSESSIVE_LOOKALIKES or before.casefold() in WITH_WORDS)
        for before, word in zip(["", *words], words, strict=False)
    )


POSSESSIVE_LOOKALIKES = frozenset(str.split("her haar ihr lui lei его её неё її його jej jego"))
WITH_WORDS = frozenset(str.split("with to mit met avec con с со з із зі z ze ile a à"))
CREDIT_WORDS = frozenset(
    str.split(
        "by par von door por da przez stellte stellten führte recueillis беседовал беседовала "
        "беседовали rozmawiał rozmawiała rozmawiali розмовляв розмовляла спілкувалася спілкувався"
    )
)
MAX_SUBJECT_INDEX = 3
DETERMINERS = frozenset(
    str.split(
        "a an our his her un une ein eine einen einem einer unsere unser unseren unserer "
        "una uno een onze ons notre nostro nostra nuestro nuestra"
    )
)


def credited(lead: list[str], person: str) -> bool:
    """Return True when the lead names ``person`` right after "by", "par", "stellte",
    "Беседовала": the one who asked, or whose credit the interview carries."""
    first = person.split()[0]
    for text in lead:
        words = LETTER_WORD.findall(text)
        for index, word in enumerate(words):
            if word == first and any(
                w.casefold() in CREDIT_WORDS for w in words[max(0, index - 2) : index]
            ):
                return True
    return False


def unnamed_answerer(lead: list[str], person: str) -> bool:
    """Return True when the lead brings in someone by a title or trade alone, with "a",
    "our", "ein" or opening a sentence ("A historian explains ...", "Политолог объясняет
    ..."): the one who answers, unnamed."""
    trades = trade_words()
    for text in lead[1:] or lead:
        for sentence in SENTENCE_END.split(text.strip()):
            words = LETTER_WORD.findall(sentence)
            if person.split()[-1] in words and not _subject_elsewhere(words, person):
                continue  # "Dat deed raadslid Kees Metz, ... naar een nieuwe burgemeester"
            for index, word in enumerate(words):
                if not (is_title_word(word) or word.casefold() in trades):
                    continue
                after = words[index + 1 : index + 2]
                if after and after[0][:1].isupper():
                    continue  # "Pensions expert Tom Selby", "Губернатор Петербурга ..."
                # the sentence's subject: "Our pensions expert answers", "Политолог
                # объясняет" (not "op zoek naar een burgemeester": whom a text is about)
                opening = words[:1] and words[0].casefold() in DETERMINERS
                if (index == 0 and word[:1].isupper()) or (opening and index <= MAX_SUBJECT_INDEX):
                    return True
    return False


def _subject_elsewhere(words: list[str], person: str) -> bool:
    """Return True when the sentence names ``person`` after a preposition of topic or
    cause ("the ruling against Donald Trump", "la imputación de Begoña Gómez"): the news,
    someone else answers about it."""
    first = person.split()[0]
    index = words.index(first) if first in words else -1
    return index > 0 and words[index - 1].casefold() in TOPIC_WORDS


TOPIC_WORDS = frozenset(
    str.split(
        "against about on of de del über gegen sur contre di su sobre contra van over om о об про"
    )
)
