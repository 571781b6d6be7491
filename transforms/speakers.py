"""Who said it: reporting cues around a quotation, the name, role or institution they point to.

Every pattern here is an alternation of fixed phrases or a single character class: no nested
quantifiers, so matching stays linear whatever the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from transforms.countries import country_code
from transforms.countries import name_key as plain_key
from transforms.cues import (
    AFTER_QUOTE_VERBS,
    AGENCIES,
    BROADCASTERS,
    LANGUAGES,
    MEDIA_WORDS,
    OFFICES,
    TOLD_AGENCY,
)
from transforms.dates import MONTH_NUMBER
from transforms.gender import article_gender, role_gender, verb_gender
from transforms.given_names import is_given_name, is_given_name_in_a_case, is_listed_given_name
from transforms.institution_names import CYRILLIC, dictionary_form
from transforms.media import listed_medium, media_in
from transforms.persons import (
    APOSTROPHE,
    ARTICLE_PARTICLES,
    BODY_WORD_GIVEN_NAMES,
    COMPLEMENT_WORDS,
    DUTCH_PORTFOLIOS,
    GEORGIAN_LETTERS,
    GEORGIAN_VOWELS,
    INNER_PARTICLES,
    NOT_NAME_WORDS,
    PARTY_IN_PARENTHESES,
    ROLE_THEN_COLON,
    TITLE_WORDS,
    TURKIC_DATIVE_SUFFIXES,
    NameMention,
    after_title_article,
    find_names,
    georgian_from_ergative,
    is_armenian,
    is_demonym,
    is_institution_word,
    is_nationality,
    is_title_word,
    trade_words,
)
from transforms.records import Span


def _alternation(phrases: set[str]) -> str:
    """Return a regex matching any of ``phrases`` (longest first), apostrophes either way.

    The alternation is a trie of fixed characters: each position of the text is tried
    against one branch per distinct next character instead of every phrase, and there is
    no quantifier to backtrack into.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        for ch in phrase.replace("’", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    """Return the regex of one trie node: its branches, longest match first."""
    branches = []
    for ch in sorted(k for k in node if k):
        char = "['’]" if ch == "'" else re.escape(ch)
        branches.append(char + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _word_pattern(phrases: set[str], ending: str = "") -> re.Pattern[str]:
    """Return a case-insensitive pattern matching any phrase as whole words; a hyphen glued
    before one is a dash, unless a word precedes it (``»,-ասել է``, not ``Report-a``)."""
    return re.compile(
        rf"(?<!\w)(?<!\w-)(?:{_alternation(phrases)}){ending}(?![\w-])", re.IGNORECASE
    )


def _all(field: str) -> set[str]:
    """Return the union of one LanguageCues field over every language."""
    return {phrase for cues in LANGUAGES.values() for phrase in getattr(cues, field)}


CUE = _word_pattern(_all("verbs"))
# The opener of the sentence after a quotation that points back at it, after the full stop
# that ends the quotation's own sentence ("». Об этом заявил", "”. Bunu"), maybe in the next
# paragraph ("...”.¶Bunu Modern.az-a açıqlamasında X deyib").
# A site's formula may come first: "Metbuat.az xəbər verir ki, bunu ... X deyib" (reports that),
# maybe naming the agency it cites: "Metbuat.az Report-a istinadən xəbər verir ki, bunu", or
# its address and a colon alone: "Yenixeber.org: Bunu ...".
BACK_REFERENCE = re.compile(
    rf"[ \u00a0]*[.!?…]?[ \u00a0]*\n?[ \u00a0]*"
    r"(?:[^\s.,]{2,30}(?:\.[a-z]{2,4})?[ \u00a0]+(?:[^\s.,]{2,30}[ \u00a0]+istinadən[ \u00a0]+)?"
    r"(?:xəbər verir|xəbər verib|bildirir)[ \u00a0]+ki,?[ \u00a0]+"
    r"|[^\s.,:]{2,30}\.[a-z]{2,4}:[ \u00a0]+"
    # "Avtosfer.az-ın məlumatına görə, bunu ... bildirib": the site that reports it first
    r"|[^\s,]{2,40}[ \u00a0]+(?:məlumatına|haberine)[ \u00a0]+(?:görə|göre),?[ \u00a0]+)?"
    rf"(?P<pointer>{_alternation(_all('back_references'))})"
    r"(?:(?<=['’])|(?![\w-]))",
    re.IGNORECASE,
)
AFTER_QUOTE_CUE = _word_pattern(set(AFTER_QUOTE_VERBS))
# A review's line from a paper's name to a colon, with the topic between: "Le Figaro sur la
# visite d'Emmanuel Macron :", "Die Londoner „Times“ meint zu den Streiks:". Bounded parts:
# it is matched against one sentence before each quotation opened after a colon.
PAPERS_TOPIC = re.compile(
    rf"(?P<medium>[^.!?:\n]{{1,120}}?)[ \u00a0]*,?[ \u00a0]+"
    rf"(?:{_alternation(_all('topics'))})(?![\w-])"
    r"[ \u00a0]+[^.!?:\n]{1,200}?[ \u00a0]*:[ \u00a0]*",
    re.IGNORECASE,
)
# Italian "per" ("Per il ministro, «...»") is "for" inside a clause ("l'asta per la
# Galizia è «rinviata»"): it introduces a speaker only where a sentence or clause opens.
OPENING_ONLY_BEFORE = frozenset({"per"})
# "para reafirmarlo", "per dare", "pour faire": "for" before an infinitive says why, no one
# whose view follows.
ROMANCE_FOR_BEFORE = frozenset({"para", "pour", "per"})
NO_INFINITIVE = r"(?![ \u00a0]+(?-i:[a-zà-ÿ]+(?:ar|er|ir|re)(?:lo|la|los|las|le|les|se)?)\b)"
BEFORE_CUE = re.compile(
    rf"(?<![\w-])(?:{_alternation(_all('before') - OPENING_ONLY_BEFORE - ROMANCE_FOR_BEFORE)}"
    rf"|(?:{_alternation(set(ROMANCE_FOR_BEFORE - OPENING_ONLY_BEFORE))}){NO_INFINITIVE}"
    rf"|(?:(?<![^\n])|(?<=^ )|(?<=[.!?:;,»”\"] ))(?:{_alternation(set(OPENING_ONLY_BEFORE))})"
    rf"{NO_INFINITIVE})(?![\w-])",
    re.IGNORECASE,
)
# Turkish/Azerbaijani "o" is also the Portuguese article ("que o Presidente ... garantiu")
# and the Romanian one ("a avut o reacție"): left out, the Turkic verbs carry the person.
PRONOUN = _word_pattern(_all("pronouns") - {"o"})
IMPERSONAL = frozenset(p.casefold() for p in _all("impersonal"))
SOURCE = _word_pattern(_all("sources"))
CONTRAST = _word_pattern(_all("contrasts"))
ANONYMITY = _word_pattern(_all("anonymity"))
# The same as patterns whose words inflect: broader, they may speak of someone else's name
# ("Lawyer X, whose client declined to give his name, said"), so they count only where no
# name is the subject.
ANONYMITY_FORMS = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(_all('anonymity_forms')))})(?![\w-])", re.IGNORECASE
)
# Turkish converbs ("while saying"): they close the speaker's clause, and a name after their
# comma is the subject of the next one ("X, “...” derken, Y, “...” diye konuştu").
CLAUSE_FINAL_CUES = frozenset({"derken", "diyerek"})


# An indefinite article with a title of its own language: "a senior official" (en) names
# nobody, "a ministra" (pt: "the minister") is an anaphor.
def _indefinite_titles() -> dict[str, frozenset[str]]:
    """Return each indefinite article with the titles of the languages that use it."""
    table: dict[str, set[str]] = {}
    for cues in LANGUAGES.values():
        for article in cues.indefinite:
            table.setdefault(article, set()).update(t.casefold() for t in cues.titles)
    return {article: frozenset(titles) for article, titles in table.items()}


INDEFINITE_TITLES = _indefinite_titles()
ADVERBIAL = _word_pattern(_all("adverbials"))
LISTENER = _word_pattern(_all("listeners"))
STATEMENT = _word_pattern(_all("statements"))
POSSESSIVE = re.compile(r"['’]s$")  # English possessive; Turkish case suffixes are never -'s
CONJUNCTIONS = frozenset({"and", "et", "und", "y", "e", "ed", "i"})
MIN_DESCRIBED = 3  # words describing an unnamed speaker before a place in the description
MAX_BODY_TITLE_WORDS = 4  # "the cabinet secretary", "the deputy party leader"
MAX_LISTED_WORDS = 4  # "Meer, Verkehr und Infrastruktur": portfolios listed before "und"
# Romanian joins a genitive complement with a possessive article: "a Infrastructurii".
ROMANIAN_GENITIVE_ARTICLES = frozenset({"a", "al", "ai", "ale"})
ROMANIAN_GENITIVE_ENDINGS = ("ii", "ului", "ei", "lor")
# Conjunctions joining two capitalised words before an institution's noun (tr "ve").
CONJUNCTIONS_LEFT = CONJUNCTIONS | {"ve", "və"}
CYRILLIC_AND = frozenset({"и", "і", "та"})  # joining two genitives of one body
MAX_LEFT_WORDS = 6
# Months, whatever their case: a date before a body's name ("W grudniu Wojewódzki Sąd", "В
# мае Верховный суд") is no part of it. Stems of five letters of the names the date tables
# know, and the locatives of the languages that decline them (pl, ru, uk, cs).
MONTH_STEM = 5
MONTH_STEMS = frozenset(m[:MONTH_STEM] for m in MONTH_NUMBER if len(m) >= MONTH_STEM)
MONTH_LOCATIVES = frozenset(
    str.split(
        "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku "
        "listopadzie grudniu январе феврале марте апреле мае июне июле августе сентябре "
        "октябре ноябре декабре січні лютому березні квітні травні червні липні серпні "
        "вересні жовтні листопаді грудні lednu únoru březnu dubnu květnu červnu červenci "
        "srpnu září říjnu listopadu prosinci"
    )
)


def _month_word(key: str) -> bool:
    """Return True for a month's name in any case (``grudniu``, ``мае``, ``października``);
    the stems are keyed as the date tables key their names (accents dropped)."""
    return key in MONTH_LOCATIVES or plain_key(key)[:MONTH_STEM] in MONTH_STEMS


MAX_DROPPED_SUBJECT_WORDS = 1  # "También", "Poi", "Dodał": an adverb, no subject
# "that" words: a name after one and a cue is part of what is reported.
COMPLEMENTIZERS = frozenset({"that", "que", "qu", "dass", "che", "что", "ki"})
# "In an interview X said": X speaks; "in an interview with X": X is the medium.
INTERVIEW_WORDS = frozenset({"interview", "entrevista", "entretien", "intervista", "interviú"})
MEDIA_PREPOSITIONS = frozenset({"con", "with", "avec", "mit", "a", "à", "al", "ao", "dem"})
ACADEMIC_TITLES = frozenset({"dr", "prof", "pr", "ing", "mgr", "д-р", "проф"})
# Adverbial words that also open a clause whose subject follows ("while Trajkovski insisted").
CLAUSE_OPENERS = frozenset({"while", "whereas", "when", "as", "während", "mentre", "mientras"})
# Azerbaijani "deyə" and Turkish "diye" ("saying") tie the quotation to the clause that
# follows, however long its adverbials before the verb.
QUOTATIVE = re.compile(r"[\s,;–—-]*(?:deyə|diye)\s", re.IGNORECASE)
# Sentence adverbs between a cue and its subject.
CUE_ADVERB = re.compile(
    r"^\s*(?:par ailleurs|de son côté|pour sa part|d['’]ailleurs|également|aussi|encore|"
    r"toutefois|cependant|however|also|further|außerdem|ebenfalls|zudem|además|también|"
    r"asimismo|inoltre|anche|peraltro|ainda|também|além disso"
    # French "en" and a lowercase word: the manner, never the subject ("lance en malgache
    # un paysan", "a répondu en souriant le maire")
    r"|en [a-zàâçéèêëîïôûùüÿœ]+)(?!\w),?",
    re.IGNORECASE,
)
# Demonstratives before a medium's noun: the medium was named before, what follows is not
# its title.
DEMONSTRATIVES = frozenset({"ese", "este", "esa", "esta", "dicho", "ce", "cet"})  # not "that"
# French pronouns that stand before a cue as its indirect object when a name follows.
DATIVE_CLITICS = frozenset({"lui", "leur"})
FRENCH_CUES = frozenset(v.casefold() for v in LANGUAGES["fr"].verbs) - frozenset(
    v.casefold() for v in LANGUAGES["it"].verbs
)
GERMAN_INDEFINITES = frozenset({"ein", "eine", "einer", "eines"})
SENTENCE_BREAK = re.compile(r"[.!?…]\s")
MAX_INDEFINITE_SUBJECT_WORDS = 4  # "a retired fishing skipper": longer runs are clauses
# Words of "once again" and "a day later" phrases, which open with an indefinite article too.
ONCE_AGAIN = frozenset(
    str.split(
        "later again time times fois plus nouveau nouvelle vez más nueva volta più nuovo mais "
        "nova später mal tarde después depois dopo tard târziu kez daha sonra bir później "
        "raz позже раз пізніше süre defa dəfə müddət zaman"
    )
)
# Nouns of a span of time after an indefinite article ("Un anno fa", "Eine Woche nach"):
# when, not who.
TIME_NOUNS = frozenset(
    str.split(
        "day week month year hour jour semaine mois an année heure tag woche monat jahr stunde "
        "día semana mes año hora giorno settimana mese anno ora dia mês ano dag maand jaar uur "
        "zi săptămână lună dzień tydzień miesiąc rok den týden měsíc gün hafta ay yıl "
        "день неделя месяц год тиждень місяць рік"
    )
)
# "One of" a group named by a common noun: "один із фермерів", "one of the residents".
ONE_OF_GROUP = re.compile(
    r"\b(?i:один|одна|одно|jeden|jedna|jedno|one|uno|una|l'un|l'une|l’un|l’une|einer|eine)\s+"
    r"(?:(?:із|з|из|z|ze|of|de|di|dei|delle|degli|des)\s+(?:the\s+|los\s+|las\s+)?[a-zа-яіїєёąćęłńóśźż]"
    r"|der\s+[A-ZÄÖÜ]"  # German capitalises the group's noun: "einer der Anwohner"
    r"|d['’](?:eux|elles)\b)"  # "l'un d'eux"
)
# A name in quotation marks (the paper told: "газеті «Ziarul de Gardă»"), one word for the
# count of words before "one of".
QUOTED_NAME = re.compile(r"[«“„\"][^«»“”„\"]{1,60}[»”“\"]")


def _one_of_group(subject: str) -> bool:
    """Return True for "one of" a group as the subject (``один із фермерів``, ``газеті один
    із фермерів``), not after a preposition (``a uno dei cronisti``, ``in una delle sue``)."""
    words = [w.casefold() for w in WORD.findall(subject)[:3]]
    if any(
        words[i] in ONE_OF and words[i - 1].endswith(ABLATIVE_ENDINGS) for i in range(1, len(words))
    ):
        return True  # "ասել է հայ վարորդներից մեկը": one of the drivers (after its adjective)
    match = ONE_OF_GROUP.search(subject)
    if match is None:
        return False
    before = WORD.findall(QUOTED_NAME.sub(" ", subject[: match.start()]))
    if not before:
        return True
    # one word before: the one told ("газеті"), not a preposition nor the subject's title
    word = before[0]
    return len(before) == 1 and word.casefold() not in PHRASE_OPENERS and not is_title_word(word)


# Azerbaijani, Turkish and Armenian "one of" after a plural in the ablative: "sakinlərindən
# biri", "բնակիչներից մեկը".
ONE_OF = frozenset({"biri", "մեկը"})
# A foreign name or an acronym with the Armenian dative after a hyphen: the one told.
ARMENIAN_DATIVE_AFTER_HYPHEN = ("-ին", "-ն")
MAX_ONE_OF_POSITION = 2  # "sakinlərindən biri" right after the place's name, or one word on
# Particles that close a Turkic subject: the topic "isə" and the additive "da" (also),
# written apart from the noun, unlike the locative ending ("bir kadın da": a woman too).
TOPIC_PARTICLES = frozenset({"isə", "ise", "da", "de", "də"})
ABLATIVE_ENDINGS = ("dən", "dan", "den", "tən", "tan", "ten", "ից")
# After a Portuguese cue "a" is the article ("informou a Petrobras"); after one Spanish or
# Italian shares, only in a clause that reads Portuguese.
PORTUGUESE_CUES = frozenset(v.casefold() for v in LANGUAGES["pt"].verbs)
SPANISH_OR_ITALIAN_CUES = frozenset(
    v.casefold() for lang in ("es", "it") for v in LANGUAGES[lang].verbs
)
ENGLISH_CUES = frozenset(v.casefold() for v in LANGUAGES["en"].verbs)
ROMANIAN_CUES = frozenset(v.casefold() for v in LANGUAGES["ro"].verbs)
PORTUGUESE_WORDS = frozenset(str.split("em não do dos ao aos à às pelo pela"))
SPANISH_WORDS = frozenset(str.split("el del los las y al il della dello degli gli ha"))


def _reads_spanish(clause: str) -> bool:
    """Return True for a clause with Spanish or Italian words and no Portuguese ones
    (``critica a Sánchez el líder del PP``; not ``afirma a Vale em nota``)."""
    words = {w.casefold() for w in WORD.findall(clause)}
    portuguese = any(ch in clause for ch in "ãõ") or bool(words & PORTUGUESE_WORDS)
    return bool(words & SPANISH_WORDS) and not portuguese


# The subject pronoun a French cue carries after its verb: "a-t-il confié", "dit-elle".
INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b", re.IGNORECASE)
# Institution nouns; in inflecting languages a case ending may follow (министерств-а); in
# compounding ones the noun may end a longer word (Präsidial-verwaltung).
COMPOUND_INSTITUTIONS = {
    w
    for c in LANGUAGES.values()
    if c.compound
    for w in c.institutions
    if len(w) >= 6 and " " not in w
}
INFLECTED_INSTITUTIONS = {w for c in LANGUAGES.values() if c.inflected for w in c.institutions}
# A stem of four letters or fewer (NATO, bank, Sejm, МИД) takes a case ending of four
# letters at most (Şura-sına, ნატო-სთან): "nato" + "miast" is Polish "however", no alliance.
SHORT_INSTITUTION_STEM = 4
ARMENIAN_ACRONYMS = {
    w for w in INFLECTED_INSTITUTIONS if len(w) <= 3 and "\u0530" <= w[0] <= "\u058f"
}
SHORT_INFLECTED_INSTITUTIONS = {
    w for w in INFLECTED_INSTITUTIONS if len(w) <= SHORT_INSTITUTION_STEM
} - ARMENIAN_ACRONYMS
INSTITUTION = re.compile(
    rf"(?<![\w-])(?:(?:{_alternation(_all('institutions'))})"
    rf"|(?:{_alternation({w for w in INFLECTED_INSTITUTIONS if len(w) > SHORT_INSTITUTION_STEM})})"
    r"(?:-\w{1,5}|\w{0,5})"
    rf"|(?:{_alternation(SHORT_INFLECTED_INSTITUTIONS)})"
    r"(?:-\w{1,5}|\w{0,4})"
    # an Armenian acronym takes its ending after a hyphen only: "ՊՆ-ից", not "պնդում"
    rf"|(?:{_alternation(ARMENIAN_ACRONYMS)})(?:-\w{{1,5}})?"
    rf"|\w+(?:{_alternation(COMPOUND_INSTITUTIONS)})(?:es|en|s|n|e)?)(?![\w-])",
    re.IGNORECASE,
)
ARTICLE_SET = frozenset(a.casefold().rstrip("'’") for a in _all("articles"))
CONNECTOR_SET = frozenset(c.casefold().rstrip("'’") for c in _all("connectors") if " " not in c)
AUXILIARY_SET = frozenset(a.casefold() for a in _all("auxiliaries"))
# Words that are a pronoun in one language but a plain word in another (pl "on", en "on";
# fr "il", it "il"): never the subject pronoun of a cue they follow.
NOT_PRONOUN_SET = frozenset(
    w.casefold()
    for c in LANGUAGES.values()
    for w in (*c.stop_words, *c.articles)
    if w.casefold() not in {p.casefold() for p in c.pronouns}
)
ARTICLE = re.compile(
    rf"^(?:{_alternation(_all('articles'))})(?:\s+|(?<=['’]))",
    re.IGNORECASE,
)
# A demonstrative before a title that points back ("Cet universitaire préconise"): no part
# of the role.
DEMONSTRATIVE = re.compile(
    r"^(?:ce|cet|cette|this|that|dieser|diese|dieses|questo|questa|quel|quella|este|esta|"
    r"ese|esa|aquel|aquella|deze|dit|этот|эта|цей|ця)\s+",
    re.IGNORECASE,
)
# Capitals that open a sentence, and the Georgian letters, which have no case: any of them
# after a full stop opens one.
UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐԱ-ՖƏİŞĞŠŽŁŚŻĆČΑ-Ω\u10d0-\u10ff"
# A dot after a title abbreviation ("M. Mirzoyan", "Gen. Hasanov") does not end the sentence.
ABBREVIATIONS = str.split(
    "M Mr Mrs Ms Mme Mlle Dr Gen Gal Col Prof Sr Sra Rep Gov Lt Sgt Ks Ing Mgr"
)
# ...nor does the last dot of a dotted abbreviation ("the U.S. State Department").
NOT_SENTENCE_DOT = "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"(?<!\.[A-ZА-ЯЁ])"
# Lowercase titles ("ks. Andris Začests", "prof. Jan Nowak", "dr hab.") before a name only:
# "300 ks." (pieces) may end a sentence.
LOWER_TITLES = "|".join(rf"(?<=\b{a}\.)" for a in str.split("ks prof dr hab doc"))
BEFORE_NAME = rf"(?!(?:{LOWER_TITLES})\s+[A-ZÀ-ÖØ-ÞА-ЯЁŠŽŁŚŻĆČ]\w)"
# ...nor does a middle initial's ("Taleh Ə. Zeynalov", "Айгуль Т. Осмонова").
INITIAL_DOT = rf"(?<!\s[{UPPER}])"
# Armenian typed on a Latin keyboard ends its sentences with a colon for "։" ("...
# Փոստանջյանը: Քանի որ ..."): one between an Armenian word and a capital.
# ...nor the dot of a German date's day before its month ("vom 30. August beklagt er").
GERMAN_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
# ...nor a German ordinal's after its article or preposition ("über den 1. Heimsieg:"),
# read after the dot (the look-behinds then run at a digit's dot only, not everywhere).
GERMAN_ORDINAL_LEADS = "".join(
    rf"(?<!\b{lead} \d\.)(?<!\b{lead} \d\d\.)"
    for lead in str.split("der die das den dem am im zum zur vom beim")
)
# "des 3. Reiches", "des 20. Jahrhunderts": a genitive follows; "l'accord des 27. Emmanuel
# Macron a déclaré": a French sentence ends there
GERMAN_GENITIVE_ORDINAL = r"(?!(?:(?<=\bdes \d\.)|(?<=\bdes \d\d\.))\s+[A-ZÄÖÜ]\w*s\b)"
DAY_DOT = (
    rf"(?<=\b\d)\.{GERMAN_ORDINAL_LEADS}(?!\s+(?:{GERMAN_MONTHS})\b){GERMAN_GENITIVE_ORDINAL}"
    rf"|(?<=\b\d\d)\.{GERMAN_ORDINAL_LEADS}(?!\s+(?:{GERMAN_MONTHS})\b){GERMAN_GENITIVE_ORDINAL}"
)
# Title abbreviations glued to the name after their dot ("dedi Prof.Naci Görür", "il
# sen.Matteo Renzi"): no sentence ends there, the space or not.
GLUED_ABBREVIATIONS = str.split(
    "prof dott sen capt cnel gral vors geom arch supt tümg tuğg korg orgl avv ing sig gen col"
)
# (read after the dot: the dot first keeps the look-behinds off every other character)
GLUED_ABBREVIATION_DOTS = "".join(
    rf"(?<!\b{a}\.)(?<!\b{a.capitalize()}\.)" for a in GLUED_ABBREVIATIONS
)
SENTENCE_END = re.compile(
    rf"(?:{NOT_SENTENCE_DOT}{INITIAL_DOT}(?<!\b\d)(?<!\b\d\d)\.{BEFORE_NAME}|{DAY_DOT}|[!?…])"
    rf"(?=\s+[{UPPER}«\"“„—–])|։|\n"
    r"|(?<=[\u0561-\u0587]):(?=\s+[\u0531-\u0556])"
    # "... ifadelerini kullandı.Karşılaşmaya değinen Terim": a copy that lost the space after
    # the full stop (not "Oxu.Az", a site's domain)
    rf"|\.(?<=[a-zà-ÿçğıöşüə]{{3}}\.){GLUED_ABBREVIATION_DOTS}(?=[A-ZÀ-ÞÇĞİÖŞÜƏ][a-zà-ÿçğıöşüə]{{2}})"
)
WORD = re.compile(r"[^\W\d_][\w'’-]*")
LEADING_PUNCTUATION = " ,;:–—-"
# Titles of people speaking for someone else (spokesman, aide, representative).
PROXY_STEMS = (
    "spokes",
    "aide",
    "adviser",
    "advisor",
    "porte-parole",
    "conseiller",
    "conseillère",
    "portavoce",
    "portavoz",
    "porta-voz",
    "consigliere",
    "asesor",
    "assessor",
    "sprecher",
    "berater",
    "представител",
    "пресс-секретар",
    "советник",
    "помощник",
    "sözcü",
    "danışman",
    "entorno",
    "entourage",
    "umfeld",
    "окружени",
    "cerchia",
    "círculo",
)
# Everything up to the last closing quotation mark of a lead (a quotation and its comma).
QUOTED_LEAD = re.compile(r".*[»\"”“]", re.DOTALL)
POSSESSIVE_END = re.compile(r"['’]s?$")
# A connector elided onto the next word (dell'Alto, de l'Énergie, d'État).
ELIDED_CONNECTOR = re.compile(r"(?:[Dd]ell|[Dd]all|[Nn]ell|[Ss]ull|[Dd]egl|[Dd]|[Ll])['’]")
# Adjectives qualifying an institution's noun, never a title there (parquet général,
# società statale, compañía nacional).
INSTITUTION_ADJECTIVES = frozenset(
    (  # noqa: SIM905
        "général|générale|generale|general|geral|national|nationale|nazionale|nacional|"
        "fédéral|fédérale|federale|federal|central|centrale|regional|régional|régionale|"
        "regionale|statale|estatal|estadual|municipal|municipale|provincial|provinciale|"
        "suprême|supremo|suprema|public|publique|pubblico|pubblica|público|pública|"
        "state|state-owned|publiques|publics"
    ).split("|")
)
# Russian and Ukrainian genitive complements of an institution noun (пресс-служба
# администрации региона, Міністерство соціальної політики України, служба геології).
GENITIVE_ENDINGS = (
    *("ого", "его", "ой", "ей", "ых", "их", "ии", "ов", "ев", "а", "я", "ы", "и"),
    *("ої", "ів", "ії"),  # not "-і": "Міністерстві енергетики вранці" (in the morning)
)
PAST_ENDINGS = ("ла", "ли", "ло", "ся", "сь", "ать", "ить")
MAX_GENITIVES = 3
# "в/во" right before an institution: its first word is in the locative.
LOCATIVE_BEFORE = re.compile(r"(?<![\w-])[Вв]о?\s+$")
# Locative endings of institution nouns and their nominative (the first that fits wins).
LOCATIVE_ENDINGS = (("ии", "ия"), ("стве", "ство"), ("е", "а"))
# Feminine stems whose locative -е is the nominative -а (пресс-службе, прокуратуре).
FEMININE_STEMS = ("служб", "прокуратур", "палат", "дум", "полици", "компани", "корпораци")
CYRILLIC_WORD = re.compile(r"[а-яёіїєґ'’-]+")
# Russian and Ukrainian nouns of a bystander, who opens a sentence as someone new (no
# article tells it): a witness, a neighbour, a passenger, a pensioner, a resident.
CYRILLIC_BYSTANDERS = frozenset(
    str.split(
        "очевидец очевидица свидетель свидетельница сосед соседка пассажир пассажирка "
        "пенсионер пенсионерка прохожий житель жительница очевидець очевидиця свідок сусід "
        "сусідка пасажир пасажирка пенсіонер пенсіонерка перехожий мешканець мешканка жителька"
    )
)
OPENING_MARKS = ("«", "„", '"', "“")
NEXT_QUOTATION = re.compile(r":\s*[«„\"“]")
# The last sentence end or clause opening before a subject (the subject starts after it).
SENTENCE_START = re.compile(r".*(?:[.!?։»\"“”]\s|[«„“])", re.DOTALL)
WINDOW = 250
MAX_LEAD = 60  # a cue further from the quotation than this belongs to another clause
# ...unless a name ends right before it: ", the spokesperson for the European Commission,
# Anitta Hipper, said" is one long subject.
MAX_LONG_LEAD = 120
MAX_QUOTATIVE_LEAD = 200  # "– deyə <title of eight words> <name> <place> <event> bildirib"
MAX_ROLE_WORDS = 14
# Words after an institution's noun: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
# "ministère de la Jeunesse, de la Culture et de la Communication" (eleven).
MAX_INSTITUTION_WORDS = 12
MAX_GAP_WORDS = 5  # words of role between a cue and a lone surname ("EU foreign policy chief")
# Plural endings of titles in the languages that mark the plural at the end (en, fr, es, pt:
# -s/-es; de: -en): "officials said" names a group, never the last person named.
PLURAL_ENDINGS = ("es", "s", "en")
MAX_BODY_WORDS = 4
MAX_PORTFOLIO_GAP = 2  # words between a portfolio word and its institution's noun
MAX_INSTITUTION_LEAD = 3  # words before an institution's noun after a cue (в, adjectives)
NAME_PARTICLES = INNER_PARTICLES - {"van der"}
MAX_PARTICLES_SPAN = 16  # "van der ", "de la ", "bin ": a few short words
MAX_OVERLAP = 8  # the cues of one clause compared with one another
# Before-cues that are also plain prepositions ("pour", "per", "para"): after a quotation
# they open anything but an attribution.
AMBIGUOUS_BEFORE = frozenset({"pour", "per", "para"})
MIN_PLURAL_STEM = 5  # "experts" -> "expert"; never a short word such as "mrs" -> "mr"
MIN_COMPOUND_HEAD = 6  # "Regierungs-vertreter"; never a short title such as "rat"
# German articles of the genitive and dative only: the word after them is no subject ("am
# Rande des Treffens sagte X"); "la Meloni" (it) and "der Belgier" are other cases.
OBLIQUE_ARTICLES = frozenset({"des", "dem", "den", "eines", "einem"})
# A case ending after an apostrophe (tr, az), lowercase: "dell'Alto" keeps its word.
CASE_SUFFIX = re.compile(r"['’][^\W\d_A-ZÀ-Þ]\w{0,3}$")
# A quotation inside a clause: its words are the speaker's, never the attribution's.
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")
ABBREVIATION_DOT = re.compile(r"\b([^\W\d_]{1,4})\.")
COURTESY_TITLES = frozenset(
    str.split(
        "m mr mrs ms mme mlle monsieur madame herr frau señor señora sr sra signor signora "
        "sig senhor senhora sir տիկին պարոն господин господина госпожа госпожи пан пана пані"
    )
)
# "Selon lui", "according to her", "по её словам": the pronoun after a before-cue.
OBJECT_PRONOUN = re.compile(
    r"\s*(him|her|lui|elle|él|ella|ihm|ihr|lei|cui|его|её|ее|него|неё|нее|його|її|მისი|նրա|"
    r"jej|jego|niej|niego|něj|ní)(?!\w)",
    re.IGNORECASE,
)
RELATIVE = re.compile(
    r"\s(?:who|which|whose|qui|que|dont|quien|cui|che|welcher|welche|который|которая|"
    r"которые)\s",
    re.IGNORECASE,
)
# A relative clause between commas ("X, who met Y in Washington, said"): its names are not
# the subject, and it does not separate the subject from the cue.
RELATIVE_ALTERNATION = (
    r"who|which|qui|dont|quien|che|cui|der|die|welcher|welche|который|которая|которые"
)
RELATIVE_CLAUSE = re.compile(
    rf",\s+(?:{RELATIVE_ALTERNATION})\s[^,;:.«»\"“”„]{{0,120}},",
    re.IGNORECASE,
)
# A relative pronoun after a comma: the clause's subject, then what is said of it.
RELATIVE_LEAD = re.compile(
    rf",\s+(?:{RELATIVE_ALTERNATION}|que|який|яка|які|kto|który|która|care)\b", re.IGNORECASE
)
ELIDED_ARTICLE = re.compile(r"^(?:[LlDd]|[Dd]ell|[Nn]ell|[Aa]ll|[Ss]ull)['’](?=\w)")
ROLE_CUT = re.compile(r"[.;:!?()«»\"“”„\[\]]|\s[-–—]\s|^[-–—]\s")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a quotation is attributed to, as written, with the cue that says so."""

    speaker: str | None = None
    role: str | None = None
    cue: str | None = None
    institution: str | None = None
    anaphoric: bool = False
    # The subject pronoun of an anaphoric cue ("she", "elle"); detail, not identity.
    pronoun: str | None = field(default=None, compare=False)
    gender: str | None = field(default=None, compare=False)  # "la diplomate": "f"
    # Said to be nobody named, with no cue to carry it ("A senior official was blunter:").
    unnamed: bool = False
    # A pronoun or a title opens the clause that goes on to the quotation ("she said the road
    # to X remained «...»", "Bakan, X ile ... kaydetti:"): later names are what is reported.
    subject_leads: bool = field(default=False, compare=False)
    # Words one person relays from another ("X said that the president assured him that
    # «...»"): the title's holder if one is named, else nobody; never the relaying X.
    relayed: bool = field(default=False, compare=False)
    # The institution is an acronym standing alone as the subject ("L'OFT a précisé"): a
    # body's only when the text spells it out after a body's name ("Office ... (OFT)").
    acronym: bool = field(default=False, compare=False)
    # "The latter", "ce dernier" is the cue's subject: the person named last before it.
    latter: bool = field(default=False, compare=False)


# Turkish and Azerbaijani locatives of a statement or an interview ("açıqlamasında",
# "müsahibəsində", "açıklamasında"): where the words were said, never part of a title (a
# body's locative is: "Səhiyyə İdarəsində şöbə müdiri").
TURKIC_IN_STATEMENT = re.compile(
    r"(?:açıqlama|açıklama|müsahibə|bəyanat|röportaj)\w*(?:nda|ndə|nde)", re.IGNORECASE
)


def _clean_role(text: str) -> str | None:
    """Return a role without articles or edge punctuation; parts joined by ", "."""
    parts = []
    for part in text.split(","):
        part = _after_closing_mark(part.strip(" ,;:–—-"))
        while True:
            stripped = DEMONSTRATIVE.sub("", ARTICLE.sub("", part, count=1), count=1)
            head, _, rest = stripped.partition(" ")
            if head.casefold() in AND_THEN and rest[:1].islower():
                stripped = rest  # "Y el ministro añadió": "and" opens the sentence
            if stripped == part:
                break
            part = stripped
        part = _before_gerund_or_day(part)
        while " " in part and part.rsplit(" ", 1)[1] in ROLE_TRAILING_ADVERBS:
            part = part.rsplit(" ", 1)[0]  # "forderte der Vize-Außenminister weiter"
        if part.split(" ", 1)[0].casefold() in ROLE_BREAKING_COMPLEMENTIZERS:
            continue  # "że o rekonstrukcji zadecyduje premier": a reported clause, no role
        told = LISTENER.match(part)
        if told and part[told.end() :].lstrip()[:1].islower():
            part = part[told.end() :].lstrip()  # "Deníku majitel penzionu": the paper told
        words = part.split()
        statement = [i for i, w in enumerate(words[:-1]) if TURKIC_IN_STATEMENT.fullmatch(w)]
        if statement:
            # "Manset.az-a açıqlamasında Baş nazirin sabiq müavini": in his statement to the
            # site, then the title
            words = words[statement[-1] + 1 :]
            part = " ".join(words)
        if len(words) > 2 and words[-1].casefold() in AGENCIES and words[-2] in TOLD_AGENCY:
            part = " ".join(words[:-2])  # "la profesora a EFE": told the agency, no role
        if part:
            parts.append(part)
    role = ", ".join(parts)
    if not role or len(role.split()) > MAX_ROLE_WORDS:
        return None
    return _georgian_role_nominative(role)


def _before_gerund_or_day(part: str) -> str:
    """Return a role cut before the gerund or the day that goes on after it with no comma
    ("dijo el ministro respondiendo a las preguntas", "powiedział premier rozpoczynając
    swoje wystąpienie", "afirmou o primeiro-ministro esta quarta-feira"): what the speaker
    was doing, or when, no part of the title."""
    words = part.split(" ")
    for index, word in enumerate(words[1:], start=1):
        if word.islower() and word.endswith(ROLE_GERUND_ENDINGS) and word not in NOT_GERUNDS:
            return " ".join(words[:index])
        key = word.casefold()
        following = words[index + 1].casefold() if index + 1 < len(words) else ""
        if (word.islower() and key in DAY_WORDS) or (
            key in DAY_DEMONSTRATIVES and following in DAY_WORDS
        ):
            # "o primeiro-ministro esta quarta-feira": a time ("Santo Domingo", "Sunday
            # Times", "Venerdì di Repubblica" are names)
            return " ".join(words[:index])
    return part


# Adverbs after the subject of an inverted verb ("sagte der Minister weiter", "añadió el
# ministro además"): no part of the title.
ROLE_TRAILING_ADVERBS = frozenset(
    str.split(
        "weiter zudem außerdem auch noch dazu ebenfalls further also además también ancora "
        "inoltre ainda também verder ook nog encore aussi также тоже далее"
    )
)
# "That" words opening a clause that a title inside only happens to name.
ROLE_BREAKING_COMPLEMENTIZERS = COMPLEMENTIZERS | frozenset(str.split("że dass что що daß"))
ROLE_GERUND_ENDINGS = ("ando", "endo", "indo", "ąc")  # es, pt, it; pl (not English "-ing")


def clean_role(role: str) -> str:
    """Return a role as written without its article ("La ministra" -> "ministra")."""
    return _clean_role(role) or role


def _after_closing_mark(part: str) -> str:
    """Return ``part`` without the closing mark of the quotation before it (``“...,” the
    minister said. “...”``); a mark that opens a name (``"Polityka" editor``) stays."""
    straight = part.startswith('"') and part.count('"') % 2
    german = part.startswith("“") and part.count("“") > part.count("„") + part.count("”")
    if part.startswith(("”", "»", "›")) or straight or german:
        return part[1:].lstrip(" ,;:–—-")
    return part


def _georgian_role_nominative(role: str) -> str:
    """Return a Georgian role with its head noun in the nominative: the subject of a past
    verb takes the ergative (``კომპანიის დირექტორმა განაცხადა`` -> ``კომპანიის
    დირექტორი``); a role in another script is returned as it is."""
    if not GEORGIAN_LETTERS.match(role[-1:]):
        return role
    # the head and the adjectives agreeing with it (იტალიელმა კონსერვატორმა); a genitive
    # complement (კომპანიის) keeps its case
    return " ".join(georgian_from_ergative(word) for word in role.split(" "))


def _armenian_title_end(role: str) -> str:
    """Return an Armenian role up to its last title word: what follows it before the verb
    is an adverb or a particle ("Վարչապետն էլ", "վարչապետը նախապես"), not the title."""
    words = list(WORD.finditer(role))
    titled = [w for w in words if is_title_word(w.group())]
    return role[: titled[-1].end()] if titled else role


def _titled_role(text: str) -> str | None:
    """Return the cleaned role when ``text`` holds a title word, else None.

    Comma-separated parts without a title word go (``chaîne Ictimai, porte-parole du
    ministère`` -> ``porte-parole du ministère``); a courtesy title alone (``M.``, ``Mrs``)
    is no role.
    """
    parts = [p for p in text.split(",") if any(_title_after_elision(w) for w in WORD.findall(p))]
    # "Dr.", "Prof.": a form of address, no role ("the Minister of Mines, Dr": the minister)
    parts = [p for p in parts if not all(_addresses(w) for w in WORD.findall(p))]
    if not parts:
        return None
    role = ",".join(parts)
    words = list(WORD.finditer(role))
    first = next((i for i, w in enumerate(words) if _title_after_elision(w[0])), 0)
    if (
        first
        and words[first - 1][0].casefold() in WITH_PREPOSITIONS
        and not any(_title_after_elision(w[0]) for w in words[first + 1 :])
    ):
        # "W środku znajdziemy wywiad z prezydent Gdańska, w którym mówi": the title is the
        # object of "with", the role is from it on (not "Po rozmowie z prezydentem rzecznik
        # rządu": another title follows, the speaker's own)
        role = role[words[first].start() :]
    return _clean_role(role)


# "With" before a title in a clause that leads to the speaker's relative clause ("an
# interview with the mayor, in which she says"): the role starts at the title.
WITH_PREPOSITIONS = frozenset(str.split("z ze with avec mit con com с со з із ile"))


def _title_after_elision(word: str) -> bool:
    """Return True for a title word, an elided article glued to it or not (``l'assessore``,
    ``dell'ambasciatore``)."""
    return is_title_word(ELIDED_ARTICLE.sub("", word))


def _addresses(word: str) -> bool:
    """Return True for a courtesy or academic title (``Mrs``, ``Dr``) or a French lawyer's
    ``Me`` (Maître): a form of address."""
    key = word.casefold()
    return key in COURTESY_TITLES or key in ACADEMIC_TITLES or word == "Me"


def role_before(text: str) -> str | None:
    """Return the role written right before a name (``Le ministre de la Défense, le ...``).

    The role starts after the last clause boundary, verb or preposition, at its first
    article when it has one (``... a rencontré à Bakou le ministre`` -> ``ministre``).
    """
    titled, bare = _roles_before(text)
    return titled or bare


def role_beside(before: str, after: str) -> str | None:
    """Return the title written before a name, else its apposition after it, else a trade
    with no title word before it (``la arqueóloga X, directora del Aula``: the director)."""
    titled, bare = _roles_before(before)
    role = titled or role_after(after) or bare
    words = role.split() if role else []
    if len(words) > 1 and words[-1].casefold() in COURTESY_TITLES and words[-2] in OF_WORDS:
        return None  # "Discours de M. X", "Lettre de Mme X": his or her words, no title
    pointer = BACK_REFERENCE.match(role) if role else None
    if role and pointer:
        # "ამის შესახებ საქართველოს პრეზიდენტმა X": "about this" points back, no title
        role = role[pointer.end() :].strip() or None
    return role


# "Acting" after a title ("La ministra portavoz del Gobierno en funciones, Isabel Celaá"):
# its preposition would cut the title off; the title stands without it.
ACTING_AFTER_TITLE = re.compile(
    r"[ \u00a0]+(?:en funciones|par intérim|en exercice|ad interim|in carica|em exercício)"
    r"(?=[ \u00a0,]*$)",
    re.IGNORECASE,
)


TITLE_JOINING_TO = frozenset({"à", "ao", "aos", "às"})
OF_WORDS = frozenset(str.split("de du des d' d’ di da do del della of"))


def _portfolio_word_after(word: str) -> bool:
    """Return True for the word after "à/ao" inside a title: a capitalised noun, elided
    article aside ("à Presidência", "à l'Europe"); not "à son successeur", "ao governador"."""
    if word[:2].casefold() in ("l'", "l’"):
        word = word[2:]
    # not an acronym: "ministra da Saúde à RTP Marta Temido" names whom she told
    return word[:1].isupper() and not word.isupper() and not is_title_word(word)


# Turkish and Azerbaijani postpositions closing an adverbial phrase before the title ("...
# konuşlandırılması üzerine Irak Başbakanı Abadi"): the role starts after them.
TURKIC_POSTPOSITIONS = frozenset(
    str.split(
        "üzerine ardından sonrası sonra nedeniyle dolayı rağmen karşın göre için beri kadar "
        "görə üçün sonrakı qədər"
    )
)


def _roles_before(text: str) -> tuple[str | None, str | None]:
    """Return the titled role right before a name and the bare trade there, each or None."""
    text = ACTING_AFTER_TITLE.sub("", text)
    masked = QUOTED_BODY.sub(_mask_quoted_body, text) if "«" in text or "“" in text else text
    tail = ROLE_CUT.split(ABBREVIATION_DOT.sub(_undot, masked))[-1]
    words = list(WORD.finditer(tail))
    turkic = TURKIC_ONLY_LETTERS.search(tail) is not None  # ğ ı ə: not Dutch "Coördinerend"
    start = 0
    titled = False  # a title word since the last cut
    after_cue = False  # the last cut was a reporting verb
    participle = False  # ...or an auxiliary, whose participle comes next ("ha spiegato")
    cut_word = ""  # the word the last cut fell on
    for index, word in enumerate(words):
        key = word.group().casefold()
        cue = CUE.fullmatch(word.group()) is not None
        stop = key in NOT_NAME_WORDS and key not in ARTICLE_SET and key not in CONNECTOR_SET
        # "für Außen- und Sicherheitspolitik": the conjunction completes a split compound;
        # "Министр энергетики и водных ресурсов": it joins two portfolios of one title.
        split = key in CONJUNCTIONS_LEFT | {"и", "та", "і"} and (
            titled or tail[: word.start()].rstrip().endswith("-")
        )
        # "candidato do PSL à Presidência", "ministre délégué à l'Europe": "to the" inside
        following = words[index + 1].group() if index + 1 < len(words) else ""
        split = split or (titled and key in TITLE_JOINING_TO and _portfolio_word_after(following))
        converb = (
            turkic
            and word.group().islower()  # "Düşünce Derneği", "Erken Uyarı": a name's nouns
            and (
                key.endswith(TURKIC_CONVERB_ENDINGS)
                # "üzerine Irak Başbakanı"; not "akbabalar üzerine çalışan biyolog", a role
                or (key in TURKIC_POSTPOSITIONS and following[:1].isupper())
            )
            and not is_title_word(key)
        )
        if (
            cue
            or converb
            or key in AUXILIARY_SET
            or (stop and not split and not is_title_word(key))
        ):
            start = word.end()
            titled = False
            after_cue = cue
            participle = key in AUXILIARY_SET and not cue
            cut_word = word.group()
        elif is_title_word(key):
            titled = True
    bare = _bare_role(
        _past_participle(tail[start:]) if participle else tail[start:],
        after_cue,
        opening=start == 0,
    )
    # "ha detto l'ambasciatore": the participle of the cut auxiliary goes when the two make a
    # reporting verb ("disse a ministra" keeps its title; "ասել է ՌԴ ..." its genitive)
    first = WORD.search(tail, start)
    cue_pair = f"{cut_word} {first.group()}" if first is not None else ""
    participle = participle and CUE.fullmatch(cue_pair) is not None
    tail = _from_title_phrase(_past_participle(tail[start:]) if participle else tail[start:])
    for word in WORD.finditer(tail):
        written = word.group()
        if written.casefold() in ARTICLE_SET or (
            ELIDED_ARTICLE.match(written) and _title_after_elision(written)
        ):
            tail = tail[word.start() :]
            break
        if not word.group()[0].islower() or is_title_word(word.group()):
            break
    role = None if _name_apposed_last(tail) else _titled_role(tail)
    return (role.translate(UNMASK_QUOTES) if role and masked is not text else role), bare


def _name_apposed_last(tail: str) -> bool:
    """Return True when the text before a name holds, after its title, another full name
    set off by commas and a clause after it ("ao afirmar que a secretária de Estado, Carla
    Alves, estava diminuída, António Costa"): the title is that other person's."""
    parts = tail.rstrip(" \u00a0").split(",")
    if parts[-1].strip():
        return False
    titled = [
        i for i, p in enumerate(parts) if any(_title_after_elision(w) for w in WORD.findall(p))
    ]
    if not titled:
        return False
    after = [p.split() for p in parts[titled[-1] + 1 : -1] if p.strip()]
    return (
        len(after) >= 2
        and 2 <= len(after[0]) <= 4
        and all(w[:1].isupper() for w in after[0])
        and any(len(words) >= 3 for words in after[1:])
    )


# Turkish and Azerbaijani converbs close a clause before the title ("... toplantıya
# girmeyince HDP Sözcüsü X", "protesto ederek"): the title starts after them.
TURKIC_CONVERB_ENDINGS = ("ince", "ınca", "unca", "ünce", "erek", "arak", "ərək", "araq", "ken")
MAX_BARE_ROLE_WORDS = 2
MIN_BARE_ROLE_LETTERS = 4  # "ему", "jí", "af": a pronoun or a particle, never a trade
# "według wojewody X", "podle hydroložky X": the trade in the genitive these cues govern,
# not the form a role is written in.
INFLECTED_BEFORE = frozenset(
    b.casefold() for c in LANGUAGES.values() if c.inflected for b in c.before
)
BARE_ROLE_TEXT = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)*\s+")
# Adverbs that stand between a reporting verb and its subject ("erklärte dagegen X", "заявил
# также X"), lowercase like a trade but never one.
CUE_ADVERBS = frozenset(
    str.split(
        "dagegen jedoch aber auch ebenfalls zudem außerdem also how too además también anche "
        "inoltre invece poi aussi également ensuite encore também ainda ook echter также тоже "
        "же однако теж також проте także też jednak ayrıca həmçinin isə ise"
    )
)


# Czech and Slovak adverbs of the language spoken ("řekla maďarsky X", "anglicky").
LANGUAGE_ADVERB_ENDINGS = ("sky", "cky")
TURKIC_ABLATIVE_ENDINGS = ("nden", "ndan", "ndən")  # köyünden, rayonundan: "from ... of"
# Any ablative, after a consonant or a vowel (Bakıdan, Tokyo'dan, İzmir'den, Gəncədən).
TURKIC_ABLATIVE = ("dən", "dan", "tən", "tan", "den", "ten")
# A capitalised place or body in the ablative, the last before the name ("Üniversitesinden",
# "Üniversitesi'nden", "Ağstafadan"): where the speaker comes from.
TURKIC_FROM = re.compile(
    rf"(?:^|\s)([^\W\d_][\w'’-]*(?:{'|'.join(TURKIC_ABLATIVE)}))\s+(?=[^\W\d_])"
)


def _past_participle(tail: str) -> str:
    """Return ``tail`` past its first word, the participle after an auxiliary cut
    (`` spiegato l'archeologa `` -> `` l'archeologa ``)."""
    first = WORD.search(tail)
    return tail[first.end() :] if first else tail


def _bare_role(tail: str, after_cue: bool, opening: bool = False) -> str | None:
    """Return a lowercase common noun written right before a name, after a reporting verb
    or an article, as the speaker's trade (``a expliqué le botaniste X``, ``рассказала
    пенсионерка X``, ``l'archeologa X``), though no title table lists it; else None.

    Only words stand between it and the name; no stop word, day or verb among them.
    """
    lead = tail.lstrip()
    if "," in lead:
        # "Más al este, en Mequinenza, la ganadera X": past the sentence's adverbials, only
        # an article makes the words before the name a trade
        lead = lead.rsplit(",", 1)[-1].lstrip()
        after_cue = opening = False
    sources = [] if after_cue else list(TURKIC_FROM.finditer(lead))
    # a capitalised place ("Ağstafadan"), or a possessed noun's ablative ("rayonundan")
    source = sources[-1] if sources and _from_place(sources[-1][1]) else None
    if source is not None:
        # "Duhok Üniversitesinden hidrolog X": the trade after where the speaker is from,
        # as Turkish and Azerbaijani write it with no article; past a participle ("köyünden
        # gelen turist X", "Aydın'dan olan fermer X": who comes, who is)
        lead = lead[source.end() :]
        words = lead.split()
        participles = [i for i, w in enumerate(words) if _turkic_participle(w)]
        if participles:
            words = words[participles[-1] + 1 :]
        if any(w.casefold() in AFTER_ABLATIVE_NOT_TRADE or _turkic_instrumental(w) for w in words):
            return None
        lead = " ".join(words) + " "
        after_cue = True
    if not BARE_ROLE_TEXT.fullmatch(lead):
        return None
    stripped = ELIDED_ARTICLE.sub("", ARTICLE.sub("", lead, count=1), count=1)
    if stripped == lead and not after_cue and not opening:
        return None  # neither a verb nor an article before it: the clause's own words
    if lead.split()[0].casefold() in INDEFINITE_ARTICLES:
        return None  # "said an emotional Mary Byrne", "dijo un emocionado X": an adjective
    words = stripped.split()
    if not 0 < len(words) <= MAX_BARE_ROLE_WORDS:
        return None
    if _adverb_or_participle(words[0]):
        return None  # "a lancé fièrement X", "заявил накануне X", "ha spiegato sorridendo"
    # the sentence opens with the trade, capitalised ("Юрист Тимур Истомин: «...»"); not
    # with a given name or a country ("France Bleu")
    capital_opening = stripped == lead and opening and not after_cue
    # German capitalises the trade right after the verb too ("sagt Hebamme X"); not a place's
    # or a club's genitive ("sagte Sachsens Michael Kretschmer")
    capital_opening = capital_opening or (
        stripped == lead and after_cue and len(words) == 1 and not words[0].endswith("s")
    )
    if capital_opening and (
        is_given_name(words[0]) or country_code(words[0]) or country_code(words[0][:-1])
    ):
        return None  # "საქართველოს საავტომობილო ...": the country's, in the genitive
    for index, word in enumerate(words):
        key = word.casefold()
        if (
            not (word[0].islower() or (index == 0 and capital_opening))
            or len(word) < MIN_BARE_ROLE_LETTERS
            or (len(words) == 1 and is_institution_word(word))  # "oświadczył zarząd X"
            or "'" in word
            or "’" in word  # "c'era", "all'Adnkronos": a verb or a listener, no trade
            or key in NOT_NAME_WORDS
            or key in DAY_WORDS
            or key in CONNECTOR_SET
            or key in CUE_ADVERBS
            or key in EMPHASIS_WORDS
            or CUE.fullmatch(word)
        ):
            return None
    if words[-1].endswith(TURKIC_ABLATIVE_ENDINGS):
        return None  # "Sindelhöyük köyünden X": where X comes from, no trade
    if ENGLISH_PAST.fullmatch(words[-1]):
        return None  # "Kemi Badenoch attacked Rachel Reeves": a verb between two names
    if words[-1].endswith(LANGUAGE_ADVERB_ENDINGS):
        return None  # "řekla maďarsky X": the language spoken ("slovenský speleolog" keeps)
    if LISTENER.fullmatch(words[-1]) or (len(words) == 1 and _dative_medium(words[0])):
        return None  # "заявил журналистам X", "сказал телеканалу X" ("пансіонату" keeps)
    if capital_opening and len(words) == 2 and words[-1].casefold().endswith(TURKIC_PARTICIPLE):
        return None  # "Açıklama yapan X", "Bizə danışan X": who spoke, not a trade
    if words[-1].casefold() in COURTESY_TITLES:
        return None  # "в комментарии господина X": a courtesy title, no trade
    return _clean_role(" ".join(words))


# Adjectives of emphasis or age between an article and a name ("el propio X", "lo stesso
# X", "le jeune X"): never a trade.
EMPHASIS_WORDS = frozenset(
    str.split(
        "propio propia mismo misma stesso stessa giovane próprio própria mesmo mesma jeune "
        "même pequeña pequeño same young old vieux vieil petit petite"
    )
)
# Not "a", the Portuguese definite article too ("disse a camponesa X").
INDEFINITE_ARTICLES = frozenset(str.split("an un une una uno um uma ein eine einer een"))
# Endings of adverbs and gerunds, which stand between a cue and its subject as a trade never
# does (fièrement, finalmente, visibly, sorridendo, explicando), and of the Slavic adverbs
# in -о/-е/-ej (тихо, накануне, раніше, później).
ADVERB_ENDINGS = ("ment", "mente", "ly", "ndo", "ej")
CYRILLIC_ADVERB_ENDINGS = ("о", "е")
# Focus adverbs and time words that open a sentence before a name or follow a cue (beside
# CUE_ADVERBS, which no word of a trade may be).
FOCUS_WORDS = frozenset(
    str.split(
        "sogar même даже навіть nawet perfino hatta hətta тепер теперь თავად incluso "
        "persino zelfs even still now then later earlier dazu damals kürzlich toen "
        "anoche luego después alors puis потом затем позже позднее раньше сейчас "
        "потім пізніше тоді teraz potem wcześniej znowu"
    )
)
# The datives of the media told (телеканалу, виданню, порталу; gazecie, portalowi).
DATIVE_MEDIUM_ENDINGS = ("у", "ю", "owi", "ecie")
TURKIC_PARTICIPLE = ("an", "en", "ən")
MAX_PARTICIPLE_TITLE = 60  # characters of the sentence's end read for the title
TURKIC_LETTERS = re.compile("[çğıöşüəÇĞİÖŞÜƏ]")


# Participles that stand between where a speaker is from and the trade: "olan" (who is),
# "gelen" (who comes), and the -yan/-yen forms of verbs on a vowel (yaşayan, işleyen).
PARTICIPLES_BEFORE_TRADE = frozenset(
    str.split("olan gelen gələn dönen eden edən giden gedən bulunan kalan qalan çalışan çıkan")
)


def _from_place(word: str) -> bool:
    """Return True for a Turkish or Azerbaijani ablative that names where someone is from:
    a capitalised place (Ağstafadan, Tokyo'dan) or a possessed noun (rayonundan); not a
    country's own name that ends the same way (Kazakhstan, Sudan)."""
    if country_code(word) is not None:
        return False  # "In Kazakhstan last year X", "Sudan": the country itself, no case
    return word[0].isupper() or word.casefold().endswith(TURKIC_ABLATIVE_ENDINGS)


# Words after an ablative that are no trade: postpositions and adverbs ("Ekimden itibaren",
# "ildən bəri", "İzmir'den bizzat"), and the instrumental ("Tokyo'dan telefonla").
AFTER_ABLATIVE_NOT_TRADE = frozenset(
    str.split("itibaren beri bəri sonra önce əvvəl bizzat bile dahi ise isə hem həm")
)


def _turkic_instrumental(word: str) -> bool:
    """Return True for a word in the Turkish or Azerbaijani instrumental (telefonla,
    maşınla), longer than a particle."""
    return word.casefold().endswith(("la", "le", "lə")) and len(word) > MIN_BARE_ROLE_LETTERS


def _turkic_participle(word: str) -> bool:
    """Return True for a Turkish or Azerbaijani participle (olan, gelen, yaşayan)."""
    key = word.casefold()
    return key in PARTICIPLES_BEFORE_TRADE or key.endswith(("yan", "yen", "yən"))


ENGLISH_PAST = re.compile(r"[a-z]{3,}ed")  # attacked, thanked, slammed: no trade ends so


def _adverb_or_participle(word: str) -> bool:
    """Return True for an adverb, a gerund or a focus word (not a trade)."""
    key = word.casefold()
    if key in FOCUS_WORDS:
        return True
    if GEORGIAN_LETTERS.match(key):
        return False
    if CYRILLIC.match(key):
        return key.endswith(CYRILLIC_ADVERB_ENDINGS)
    return key.endswith(ADVERB_ENDINGS)


def _dative_medium(word: str) -> bool:
    """Return True for a lowercase noun in the dative the Slavic languages tell to."""
    return word.islower() and word.casefold().endswith(DATIVE_MEDIUM_ENDINGS)


# A company's name in quotation marks right after a title or a body's noun ("Директор
# «Тиса-Гідро» Віктор Лазорик", "директор ТОО «Риддер Цинк»"): part of the role, so its
# marks are hidden from ROLE_CUT (as private-use characters) and restored in the role.
QUOTED_BODY = re.compile(r"(?<=(\S)\s)([«“])([^«»“”„\"\n.;:!?]{1,40})([»”])")
MASK_QUOTES = str.maketrans("«»“”", "\ue000\ue001\ue002\ue003")
UNMASK_QUOTES = str.maketrans("\ue000\ue001\ue002\ue003", "«»“”")


def _mask_quoted_body(match: re.Match[str]) -> str:
    """Return the quoted name with its marks masked when the word before it is a title, a
    body's noun or a legal form in capitals (``ТОО``); else the match unchanged."""
    before = match.string[: match.start()].split()
    word = before[-1] if before else ""
    if not (is_title_word(word) or is_institution_word(word) or _legal_form(word)):
        return match[0]
    if not match[3][:1].isupper():
        return match[0]  # "le ministre « démissionnaire »": a scare quote, no company
    return match[0].translate(MASK_QUOTES)


def _legal_form(word: str) -> bool:
    """Return True for a company's legal form in capitals (``ООО``, ``ТОО``, ``АО``)."""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha()


def _from_title_phrase(tail: str) -> str:
    """Return ``tail`` from the noun phrase holding the first title word: ``la visite du
    ministre des Transports`` -> ``ministre des Transports`` (a common noun and its "of"
    word before the title belong to the sentence, not to the role)."""
    words = list(WORD.finditer(tail))
    for index, word in enumerate(words):
        if is_title_word(word.group()):
            for back in range(index - 1, 0, -1):
                key = words[back].group().casefold()
                before = words[back - 1].group()
                if (
                    key in CONNECTOR_SET
                    and before[0].islower()
                    and not is_title_word(before)
                    and before.casefold() not in ARTICLE_SET
                ):
                    return tail[words[back].end() :]
            break
    return tail


def _undot(match: re.Match[str]) -> str:
    """Return a title abbreviation without its dot (``Col.`` -> ``Col``), other words as is."""
    return match[1] if is_title_word(match[1]) else match[0]


# A party's or a state's abbreviation in parentheses between a name and its role's comma.
PARTY_BEFORE_COMMA = re.compile("^" + PARTY_IN_PARENTHESES)


def role_after(text: str) -> str | None:
    """Return an apposition role after a name (``Vashadze, líder del Movimiento``)."""
    stripped = PARTY_BEFORE_COMMA.sub("", text.lstrip(), count=1)  # "X (PSDB), prefeito"
    if not stripped.startswith(","):
        return None
    # a spaced dash ends it too: "X, ministro da Educação – Em entrevista a TV Brasil"; so
    # does the paragraph ("X, chairman of the association" over the next one)
    part = re.split(r"[,.;:!?()«»\"“”„\n]| [–—] ", stripped[1:], maxsplit=1)[0]
    if _title_of_the_next_name(part, stripped[len(part) + 1 : len(part) + 2]):
        return None
    part = RELATIVE.split(part, maxsplit=1)[0]  # "a former minister who now leads ..."
    if APOSTROPHE_GENITIVE_NAME.search(part):
        # "Ömer Çelik, Cumhurbaşkanı Erdoğan'ın, ... görüşmesine ilişkin soruya": the title
        # of the one whose meeting he was asked about
        return None
    if CUE.search(part):
        # "Face à Marine Le Pen, la ministre a répondu": the title is the subject of the
        # next verb, no apposition of the name before the comma
        return None
    return _titled_role(part) or _described_trade(part)


QUOTE_OR_COLON = frozenset('«“„":')


def _title_of_the_next_name(part: str, closing: str) -> bool:
    """Return True when the words after a name's comma open with an article and end on
    another full name that a quotation or a colon follows ("Husseïn Al-Saadi, le ministre
    des Affaires étrangères Michel Barnier «garde l'espoir»"): the title is that name's, no
    apposition of the first (not "X, el asesor del presidente Luis Arce, dijo", closed by
    its comma)."""
    words = WORD.findall(part)[:1]
    if closing not in QUOTE_OR_COLON or not words or words[0].casefold() not in ARTICLE_SET:
        # "Marie Dupont, directrice du lycée Victor Hugo :", "X, Sprecher von Kanzler Olaf
        # Scholz:": a credit's role ending on the name it refers to
        return False
    names = [n for n in find_names(part) if not n.single]
    return bool(names) and not part[names[-1].span.end :].strip()


# "X, a coastal geomorphologist at the University of Hull": English opens the description of
# who X is with an indefinite article. French, Romanian and Portuguese "a" is an auxiliary or
# the article (X, a dit; X, a spus că; X, a ministra): the words must read English.
DESCRIBED_TRADE = re.compile(r"an?\s+(?=[a-z])")
MAX_DESCRIBED_TRADE_WORDS = 8
ROMANCE_SMALL_WORDS = frozenset(
    str.split(
        "le la les au aux du des de en que qui că în pe mai joi pentru cu din na no do da "
        "su sua suo vez volta margine"  # "a su vez", "a sua volta", "a margine del consiglio"
    )
)
# "said X, an hour later", "a few minutes later", "a little out of breath": a time or a
# manner, no trade.
NOT_TRADE_WORDS = frozenset(
    str.split(
        "hour hours minute minutes day days week weeks month months year years moment later "
        "ago after before few little bit lot while tear smile"
    )
)


def _described_trade(part: str) -> str | None:
    """Return the trade an English apposition gives after an indefinite article, else None."""
    text = part.strip()
    opening = DESCRIBED_TRADE.match(text)
    if opening is None or not text.isascii() or CUE.match(text):
        return None
    words = text[opening.end() :].split()
    if not 0 < len(words) <= MAX_DESCRIBED_TRADE_WORDS:
        return None
    if any(w.casefold() in ROMANCE_SMALL_WORDS or w.casefold() in NOT_TRADE_WORDS for w in words):
        return None
    if CUE.search(text[opening.end() :]):
        return None
    return _clean_role(" ".join(words))


# Words after a name's comma that open another subject, not an apposition: "and", Polish
# and Russian "а" ("whereas").
APPOSITION_BREAKERS = frozenset({"a", "а", "and", "et", "und", "y", "e", "i", "и", "і", "ve"})
MAX_APPOSED_ROLE_WORDS = 8  # a role with its place before the name in apposition
# Days that stand between a cue and its subject ("a annoncé lundi le ministre", "said
# Monday", "dijo ayer el alcalde").
DAY_WORDS = frozenset(
    str.split(
        "lundi mardi mercredi jeudi vendredi samedi dimanche hier monday tuesday wednesday "
        "thursday friday saturday sunday yesterday lunes martes miércoles jueves viernes "
        "sábado domingo ayer lunedì martedì mercoledì giovedì venerdì sabato domenica ieri "
        "ontem hoje segunda-feira terça-feira quarta-feira quinta-feira sexta-feira domingo"
    )
)
# Demonstratives before a day, "esta quarta-feira", "this Monday": a time, no title.
DAY_DEMONSTRATIVES = frozenset(str.split("esta este nesta neste this cette ce questa questo"))
# "and" words that join a second verb to the subject before the quotation.
COORDINATORS = frozenset({"y", "and", "et", "und", "e", "ed", "i", "и", "і", "ve", "și", "och"})


def _past_spaces(text: str, start: int) -> int:
    """Return where the next non-space character at or after ``start`` stands."""
    return len(text) - len(text[start:].lstrip())


def coordinated_cue(after: str) -> bool:
    """Return True when the clause after a quotation is "and" and a reporting verb
    (``acusó al Gobierno de «...» y reclamó que ...``): the verb shares the subject named
    before the quotation."""
    return _cue_after_and(after) is True


def opens_new_subject(after: str) -> bool:
    """Return True when the clause after a quotation opens with "and" and no reporting verb
    (``... que «...» e um Daily Express ... pede``): a coordinated clause with a subject of its
    own, so its cue is not the quotation's."""
    return _cue_after_and(after) is False


def _cue_after_and(after: str) -> bool | None:
    """Return whether a reporting verb follows the "and" that opens the clause after a
    quotation, or None when no "and" opens it."""
    lead = after.lstrip(LEADING_PUNCTUATION)
    first = WORD.match(lead)
    if first is None or first[0].casefold() not in COORDINATORS:
        return None
    return CUE.match(lead, _past_spaces(lead, first.end())) is not None


# The word that makes a quotation the object of the verb before it: "escreve que «...»".
OBJECT_CLAUSE_OPENERS = COMPLEMENTIZERS | {"dat", "що", "że"}


def ends_with_complementizer(before: str) -> bool:
    """Return True when the clause before a quotation ends with "that" (``X escreve no Times
    que``): the quotation is what that clause reports."""
    words = before.rstrip(LEADING_PUNCTUATION + " \u00a0").rsplit(None, 1)
    return bool(words) and words[-1].casefold() in OBJECT_CLAUSE_OPENERS


# "while", "mientras que" after a comma inside the clause that follows a quotation.
CONTRAST_AFTER_COMMA = re.compile(rf",\s+(?={CONTRAST.pattern})", re.IGNORECASE)


def contrast_within(after: str) -> int | None:
    """Return where ", while ..." cuts the clause after a quotation (``«...» com um buldogue,
    enquanto X escreve``), or None: what follows is another subject's."""
    found = CONTRAST_AFTER_COMMA.search(after)
    return found.start() if found else None


def opens_contrast(after: str) -> bool:
    """Return True when the clause after a quotation opens with "while", "mientras que"...:
    its cue and subject are another speaker's (``X calificó «...», mientras que Y lamentó``)."""
    return CONTRAST.match(after.lstrip(LEADING_PUNCTUATION)) is not None


# A bracketed translation right after a quotation (no bracket inside it).
TRANSLATION_AFTER = re.compile(r"\s*(\([^()\n]*\))")


def after_window(text: str, end: int, whole: bool = False) -> str:
    """Return the clause that follows a quotation, up to the sentence end; up to a colon
    before an opening mark, unless ``whole``."""
    window = text[end : end + WINDOW]
    bracket = TRANSLATION_AFTER.match(window)
    if bracket and not any(not n.single for n in find_names(bracket[1])):
        # "«We booked ...» (Мы забронировали ..., никто не сказал нам ...)": the reviewer's
        # translation, whose verbs are the quotation's own ("(so Bürgermeisterin Anna
        # Müller)" names the speaker and stays)
        window = window[: bracket.start(1)] + window[bracket.end() :]
    stop = SENTENCE_END.search(window)
    window = window[: stop.start() + 1] if stop else window
    # '"X"nə müsahibəsində xəbərdarlıq edib: "Beşbarmaq ...': a colon before an opening mark
    # announces the next quotation, whose words name no speaker of this one.
    announced = None if whole else NEXT_QUOTATION.search(window)
    return window[: announced.start()] if announced else window


# "The latter", "ce dernier", "Letzterer": the subject of a cue that is the person named
# last. As a noun only, right before or after its verb (Russian "последний" is "last" too).
LATTER = re.compile(
    r"(?<!\w)(?:the latter|ce dernier|cette dernière|este último|esta última|éste último|"
    r"quest['’]ultim[oa]|letzterer|letztere|laatstgenoemde|deze laatste|последний|последняя|"
    r"останній|остання|ten ostatni|ta ostatnia)(?![\w'’])",
    re.IGNORECASE,
)
# "cette dernière", "esta última", "Letztere": a woman; "ce dernier", "este último": a man
# (Dutch and English forms say nothing).
FEMININE_LATTER = re.compile(r"dernière|última|ultima|letztere\b|последняя|остання|ostatnia", re.I)
MASCULINE_LATTER = re.compile(
    r"dernier\b|último|ultimo|letzterer|последний|останній|ostatni\b", re.I
)
# After the cue, "the latter" closes the clause: "a répété ce dernier mois le président",
# "dijo este último domingo X" and "said the latter's lawyer" are another word's.
LATTER_CLOSES = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:à|au|aux|a|al|ai|alla|to|dans|lors|an|auf|vor|журналистам)\s)",
    re.IGNORECASE,
)  # "a déclaré ce dernier à l'AFP", "dijo este último a los periodistas"; not "последний
# в истории министр" (an adjective)
# What may stand between "the latter" and its verb: an adverb, an auxiliary or a clitic
# ("The latter then said:", "Ce dernier lui a répondu :", "Последний также заявил:").
LATTER_GAP_WORDS = frozenset(
    word.casefold()
    for word in str.split(
        "then also later lui leur a ont avait ensuite alors aussi luego también le les se ha "
        "poi anche gli dann auch hat ook heeft daarna также тоже затем же ещё також "
        "anschließend daraufhin afterwards"
    )
)
# The opening of the clause "the latter" subjects: the sentence's start, or "to which",
# "and", "but" before it ("to which the latter responded:"), not "Selon ce dernier, X a dit".
LATTER_OPENERS = frozenset(str.split("which and but et mais y pero e ma und aber en и а но і"))
MAX_LATTER_GAP = 2


def latter_speaks(before: str, after: str) -> tuple[str, str | None] | None:
    """Return the cue whose subject is "the latter" (``Ce dernier a déclaré :`` before the
    quotation, ``», a précisé ce dernier.`` after it) and the gender that form says ("f"
    for "cette dernière"), else None."""
    opening = after.lstrip(" ,.—–-")
    cue = CUE.match(opening)
    latter = LATTER.match(opening, cue.end() + 1) if cue is not None else None
    if cue is not None and latter is not None and LATTER_CLOSES.match(opening, latter.end()):
        return cue[0], _latter_gender(latter[0])
    lead = before[-MAX_LATTER_LEAD:]
    for latter in LATTER.finditer(lead):
        leading = WORD.findall(re.split(r"[.!?;:,]", lead[: latter.start()])[-1])
        if leading and leading[-1].casefold() not in LATTER_OPENERS:
            continue  # "Selon ce dernier, le président a déclaré": an object
        rest = lead[latter.end() :]
        words = list(re.finditer(r"[\w’'-]+", rest))[: MAX_LATTER_GAP + 1]
        for count, word in enumerate(words):
            cue = CUE.match(rest, word.start())
            trailing = WORD.findall(rest[cue.end() :]) if cue is not None else []
            if cue is not None and all(w.casefold() in LATTER_GAP_WORDS for w in trailing):
                if all(w[0].casefold() in LATTER_GAP_WORDS for w in words[:count]):
                    return cue[0], _latter_gender(latter[0])
                break
            if rest[word.end() : word.end() + 1] in (",", ";", ":"):
                break  # "Cette dernière semaine, il a déclaré": the clause ended
    return None


def _latter_gender(written: str) -> str | None:
    """Return the gender a form of "the latter" says ("f", "m"), else None."""
    if FEMININE_LATTER.search(written):
        return "f"
    return "m" if MASCULINE_LATTER.search(written) else None


MAX_LATTER_LEAD = 60  # "to which the latter responded:" ends the clause before the mark


def before_window(text: str, start: int) -> tuple[str, int]:
    """Return the clause that leads into a quotation and where it starts in ``text``."""
    begin = max(0, start - WINDOW)
    window = armenian_colon(text[begin:start])
    cut = 0
    for boundary in SENTENCE_END.finditer(window):
        cut = boundary.end()
    return window[cut:], begin + cut


ARMENIAN_COLON_BEFORE_QUOTE = re.compile(r"(?<=[\u0561-\u0587])[.\u2024](?=\s*[«„“\"]?$)")


def armenian_colon(window: str) -> str:
    """Return ``window`` with an Armenian word's dot right before the quotation written as
    the colon it is (``Նա ռուսերեն ասաց. «...»``): Armenian ends sentences with ``։`` and
    introduces quotations with this dot, the միջակետ."""
    return ARMENIAN_COLON_BEFORE_QUOTE.sub(":", window)


def institution_phrase(text: str, match: re.Match[str]) -> str:
    """Return the institution named around the noun at ``match`` (``Azerbaijani Foreign
    Ministry``, ``ministère des Affaires étrangères``), without articles."""
    start, end = institution_span(text, match)
    if text[end : end + 1] in CLOSING_OF and CLOSING_OF[text[end]] in text[start:end]:
        end += 1  # "ассоциация фермеров «Ургут-Агро»": the name keeps its marks
    if (
        start
        and text[start - 1] in ("«", "„")
        and ("»" in text[start:end] or "“" in text[start:end])
    ):
        start -= 1  # "«Մեղրաձոր Մայնինգ» ընկերություն"
    phrase = ELIDED_ARTICLE.sub("", text[start:end])
    if not _balanced_marks(phrase):
        phrase = phrase.replace("«", "").replace("„", "")
    if LOCATIVE_BEFORE.search(text, max(0, start - 4), start):
        phrase = _nominative(phrase)  # "сообщили в пресс-службе" -> "пресс-служба"
    return CASE_SUFFIX.sub("", phrase)  # "Dışişleri Bakanlığı'ndan" -> "Dışişleri Bakanlığı"


# The opening mark of each closing one, as institution names are quoted (« », „ “).
CLOSING_OF = {"»": "«", "“": "„", "”": "„"}  # Polish closes „ with ”


def _balanced_marks(phrase: str) -> bool:
    """Return True when every « or „ in ``phrase`` is closed inside it, and there is one."""
    return ("«" in phrase or "„" in phrase) and (
        phrase.count("«") == phrase.count("»")
        and phrase.count("„") == phrase.count("“") + phrase.count("”")
    )


def institution_span(text: str, match: re.Match[str]) -> tuple[int, int]:
    """Return where the institution phrase around the noun at ``match`` starts and ends."""
    words = list(WORD.finditer(text, max(0, match.start() - 80), match.end() + 120))
    head = next(i for i, w in enumerate(words) if w.end() > match.start())
    last = head
    while last + 1 < len(words) and words[last + 1].start() < match.end():
        last += 1
    first = _extend_left(text, words, head)
    last = _extend_right(text, words, last, _inflected(match.group()))
    return words[first].start(), words[last].end()


def _inflected(noun: str) -> bool:
    """Return True when the institution noun comes from an inflecting language's table."""
    key = noun.casefold()
    return any(
        cues.inflected and any(key.startswith(w) for w in cues.institutions)
        for cues in LANGUAGES.values()
    )


def _gap_is_plain(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Return True when only spaces separate two words."""
    return not text[left.end() : right.start()].strip()


MAX_QUOTED_NAME = 60  # characters of a name in « » before a body's noun
MAX_QUOTED_NAME_WORDS = 4


def _extend_left(text: str, words: list[re.Match[str]], head: int) -> int:
    """Return the first word of the phrase: capitalised words and adjectives before the noun."""
    if ELIDED_CONNECTOR.match(words[head].group()):
        return head  # "Vesna Trajkovska dell'Università": "of the" opens the body's name
    first = head
    while (
        first > 0
        and head - first < MAX_LEFT_WORDS
        and _gap_is_plain(text, words[first - 1], words[first])
    ):
        word = words[first - 1].group()
        key = word.casefold()
        if head - first >= 3 and not word[0].isupper():
            break  # past three words, only capitalised ones: "Türkmenistan Devlet Petrol"
        if (
            key in CONJUNCTIONS_LEFT
            and first > 1
            and words[first - 2].group()[0].isupper()
            and words[first].group()[0].isupper()
        ):
            first -= 1  # "Petrol ve Gaz Şirketi", "Petróleo e Gás"
            continue
        if key in NOT_NAME_WORDS and not (word[0].isupper() and is_title_word(key)):
            break
        if STATEMENT.fullmatch(word):
            break  # "В сообщении Росприроднадзора": the statement, then its author
        if CUE.fullmatch(word) or key in AUXILIARY_SET:
            break
        if word.islower() and ADVERBIAL.fullmatch(word):
            break  # "Margaret Tobin-Reilly devant l'Assemblée": a preposition ends the body
        if word.islower() and _month_word(key):
            break  # "W grudniu Wojewódzki Sąd Administracyjny": the month, not the court
        first -= 1
    return _quoted_name_before(text, words, first)


def _quoted_name_before(text: str, words: list[re.Match[str]], first: int) -> int:
    """Return the first word of a name in « » right before the phrase's first word
    (``«Մեղրաձոր Մայնինգ» ընկերությունը``, ``АО «Азерсу»`` stays as it is), else ``first``."""
    if first == 0 or text[words[first - 1].end() : words[first].start()].strip() != "»":
        return first
    opening = text.rfind("«", max(0, words[first].start() - MAX_QUOTED_NAME), words[first].start())
    if opening < 0:
        return first
    inside = [i for i in range(first) if words[i].start() > opening]
    return inside[0] if inside and first - inside[0] <= MAX_QUOTED_NAME_WORDS else first


def _person_after_complement(words: list[re.Match[str]], cursor: int) -> bool:
    """Return True when the capitalised word after a lowercase one at ``cursor`` opens a
    person's full name (a given name, then a capitalised word), not the body's."""
    if cursor + 2 >= len(words) or not words[cursor].group()[-1:].islower():
        return False
    before = ELIDED_CONNECTOR.sub("", words[cursor].group())
    # a lowercase noun, not an article or connector ("el Reto Demográfico", "de Mato Grosso")
    noun_before = before[:1].islower() and before.casefold() not in CONNECTOR_SET | ARTICLE_SET
    return noun_before and _full_name_at(words, cursor + 1)


# Nouns of bodies often named after a person (Institut Pasteur, Stiftung Wilhelm Busch).
EPONYM_HEADS = frozenset(
    str.split(
        "institut institute instituto istituto fondation foundation fundación fundação "
        "fondazione stiftung fundacja université university universidad universidade "
        "università universität uniwersytet hôpital hospital ospedale lycée école museum "
        "musée museo muzeum centre center centro college academy académie akademie akademia "
        "asociación associació association associazione associação verein stowarzyszenie "
        "schule collège liceo escuela escola policlinico clinique klinik clinic"
    )
)


def _eponymous(noun: str) -> bool:
    """Return True for a body's noun that a person's name may follow inside its name."""
    return re.split("['’]", noun.casefold())[-1] in EPONYM_HEADS


def _full_name_at(words: list[re.Match[str]], index: int) -> bool:
    """Return True when a given name and a capitalised word stand at ``index``: a person's
    name in the nominative after a body's complement in the genitive."""
    if index + 1 >= len(words):
        return False
    given, surname = words[index].group(), words[index + 1].group()
    return is_given_name(given) and surname[:1].isupper()


# Turkish and Azerbaijani ablative endings: a body's noun in the ablative ends its phrase
# (the languages put the head last), whatever capitals follow.
def _quoted_name_end(text: str, words: list[re.Match[str]], first: int) -> int:
    """Return the last word of a quoted name opening at word ``first``: the one its closing
    mark follows, within a few words; else the first word alone."""
    for index in range(first, min(len(words), first + MAX_QUOTED_NAME_WORDS)):
        if text[words[index].end() : words[index].end() + 1] in QUOTED_NAME_CLOSERS:
            return index
        if index + 1 < len(words) and not _gap_is_plain(text, words[index], words[index + 1]):
            break
    return first


QUOTED_NAME_CLOSERS = frozenset('»“”"')


def _extend_right(text: str, words: list[re.Match[str]], last: int, inflected: bool) -> int:
    """Return the last word of the phrase: ``de la Défense``, ``géorgien``, ``in Baku``."""
    if words[last].group().casefold().rstrip("'’").endswith(TURKIC_ABLATIVE):
        return last  # "Agentlikdən Anar Məmmədov bildirib": the case ending closes the body
    committed, cursor, previous_capital = last, last, True
    genitives = 0
    # "le service de renseignement": a common-noun head takes one lowercase complement.
    complement = words[last].group()[0].islower() and not inflected
    while cursor + 1 < len(words) and cursor + 1 - last < MAX_INSTITUTION_WORDS:
        word = words[cursor + 1].group()
        if not _gap_is_plain(text, words[cursor], words[cursor + 1]):
            gap = text[words[cursor].end() : words[cursor + 1].start()].strip()
            if gap in OPENING_MARKS and word[0].isupper() and inflected and cursor == committed:
                # "пресс-служба компании «КазМунайГаз»", "spółka „Wody Polskie”": the
                # quoted name whole, up to its closing mark
                return _quoted_name_end(text, words, cursor + 1)
            listed = gap == "," and committed > last and cursor == committed
            if not (gap in ("'", "’") or (listed and _listed_portfolio(words, cursor + 1))):
                break
        key = word.casefold().rstrip("'’")
        if key in ROMANIAN_GENITIVE_ARTICLES and _romanian_genitive(words, cursor + 2):
            cursor += 1  # "Compania Națională de Administrare a Infrastructurii Rutiere"
            continue
        if CUE.fullmatch(word) or key in AUXILIARY_SET:
            break
        if cursor > committed == last and _noun_between_connectors(words, cursor + 1):
            cursor += 1  # "Capitaneria di porto di Milazzo": a common noun, then its place
            continue
        elided = ELIDED_CONNECTOR.match(word)
        if elided and word[elided.end() :][:1].isupper():
            committed = cursor = cursor + 1  # "Ufficio dell'Alto rappresentante"
            previous_capital = True
            continue
        held = ELIDED_CONNECTOR.sub("", words[cursor].group(), count=1)
        if cursor == committed and is_title_word(held) and is_title_word(key):
            committed = cursor = cursor + 1  # "Ufficio dell'Alto rappresentante": the office
            continue
        if key in INSTITUTION_ADJECTIVES and cursor == committed:
            committed = cursor = cursor + 1  # "parquet général", "società statale"
            continue
        if key in CONNECTOR_SET or (key in ARTICLE_SET and cursor > committed):
            cursor += 1
            continue
        if key in CONJUNCTIONS and _joins_names(words, cursor + 1, committed, last):
            cursor += 1  # "Autoridade Nacional de Emergência e Proteção Civil"
            continue
        if word[0].isupper() and _person_after_complement(words, cursor):
            break  # "l'Office fédéral de l'environnement Ueli Brönnimann": the person
        if (
            cursor == committed
            and words[cursor].group()[0].isupper()
            and _full_name_at(words, cursor + 1)
            and not _eponymous(words[last].group())
        ):
            # "Rzecznik MSZ Paweł Wroński": the body's name, then a person's; an institute
            # or a university may bear a person's name (Institut de Recherche Louis Pasteur)
            break
        if inflected and cursor > last and _full_name_at(words, cursor + 1):
            break  # "руководитель Главного управления Севморпути Дмитрий Шамраев"
        if word[0].isupper():
            committed = cursor = cursor + 1
            previous_capital = True
            continue
        if complement and cursor != committed and key not in NOT_NAME_WORDS:
            committed = cursor = cursor + 1
            complement = previous_capital = False
            continue
        if inflected and cursor == committed and genitives < MAX_GENITIVES and _genitive(key):
            # "пресс-служба администрации региона": the head's genitive complement.
            committed = cursor = cursor + 1
            genitives += 1
            continue
        if (
            inflected
            and key in CYRILLIC_AND
            and cursor == committed > last
            and cursor + 2 < len(words)
            and _genitive(words[cursor + 2].group().casefold())
        ):
            # "Министерство природных ресурсов и экологии": two genitives joined
            committed = cursor = cursor + 2
            continue
        if inflected or key in NOT_NAME_WORDS or not previous_capital or cursor != committed:
            break
        if _verb_after_body(key, words[last].group().casefold()):
            break  # "a prefeitura alugou", "het ministerie liet": a verb, not an adjective
        committed = cursor = cursor + 1
        previous_capital = False
    return committed


# A lowercase word right after a body's noun is an adjective in Romance languages
# ("ministère géorgien", "prefeitura municipal"), unless it ends like a past tense; after a
# noun only Germanic languages write, where adjectives come first, it is the verb.
ROMANCE_PAST_ENDINGS = ("ou", "eu", "iu", "ó", "ò")
ROMANCE_ADJECTIVES_IN_EU = frozenset({"europeu", "europeus"})  # "tribunal europeu"
CZECH_BODIES = frozenset(w.casefold() for w in LANGUAGES["cs"].institutions)
CZECH_PAST_ENDINGS = ("l", "la", "lo", "li", "ly")  # "soud rozhodl", "vláda schválila"
GERMANIC_BODIES = frozenset(
    w.casefold() for lang in ("nl", "de", "en", "sv") for w in LANGUAGES[lang].institutions
) - frozenset(
    w.casefold() for lang in ("fr", "es", "it", "pt", "ro") for w in LANGUAGES[lang].institutions
)


def _verb_after_body(word: str, noun: str) -> bool:
    """Return True when the lowercase ``word`` after a body's ``noun`` is no adjective of
    it: a Romance past tense, any word after a noun of a Germanic language, a word of one or
    two letters, a Czech past tense (Czech bodies take genitives: "Úřad práce")."""
    if len(word) <= 2 or noun in GERMANIC_BODIES:
        return True
    if noun in CZECH_BODIES:
        return word.endswith(CZECH_PAST_ENDINGS)
    return word.endswith(ROMANCE_PAST_ENDINGS) and word not in ROMANCE_ADJECTIVES_IN_EU


def _nominative(phrase: str) -> str:
    """Return a Russian institution phrase with its first word from the locative to the
    nominative (``администрации президента`` -> ``администрация президента``,
    ``министерстве`` -> ``министерство``, ``пресс-службе`` -> ``пресс-служба``); the
    complements keep their genitive."""
    head, _, rest = phrase.partition(" ")
    key = head.casefold()
    if not CYRILLIC_WORD.fullmatch(key):
        return phrase
    for ending, nominative in LOCATIVE_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and (nominative != "а" or stem.endswith(FEMININE_STEMS)):
            head = head[: len(head) - len(ending)] + nominative
            break
    return f"{head} {rest}".strip()


def _genitive(key: str) -> bool:
    """Return True for a lowercase Russian word in the genitive (``администрации``,
    ``национальной``, ``региона``), not a past-tense verb (``провела``)."""
    return (
        CYRILLIC_WORD.fullmatch(key) is not None
        and key not in NOT_NAME_WORDS
        and key.endswith(GENITIVE_ENDINGS)
        and not key.endswith(PAST_ENDINGS)
    )


def _joins_names(words: list[re.Match[str]], index: int, committed: int, head: int) -> bool:
    """Return True when the conjunction at ``index`` joins two capitalised parts of one
    institution's name: a complement was already taken and a non-title capital follows,
    maybe after an article (``para la Transición Ecológica y el Reto Demográfico``)."""
    if committed == head or index + 1 >= len(words):
        return False
    at = index + 1
    while at + 1 < len(words) and at - index <= 2 and _linking(words[at].group()):
        at += 1  # "y el Reto", "et de la Communication"
    following = ELIDED_CONNECTOR.sub("", words[at].group(), count=1)
    if at == index + 1 and ELIDED_CONNECTOR.match(words[at].group()):
        return False  # "dell'Interno e l'Arma dei Carabinieri": an article, a second body
    one_article = at == index + 2 and words[index + 1].group() in ARTICLE_SET
    if one_article and is_institution_word(following):
        return False  # "della Salute e la Regione Lazio": a second body, not the name
    return following[0].isupper() and not is_title_word(following)


def _listed_portfolio(words: list[re.Match[str]], index: int) -> bool:
    """Return True when a comma goes on listing a body's portfolios: capitalised words up to
    a conjunction and one more (``Ministerium für Meer, Verkehr und Infrastruktur``)."""
    capitals = 0
    for at in range(index, min(index + MAX_LISTED_WORDS, len(words) - 1)):
        word = ELIDED_CONNECTOR.sub("", words[at].group(), count=1)
        key = word.casefold()
        if key in CONJUNCTIONS:
            after = at + 1
            while after < len(words) - 1 and _linking(words[after].group()):
                after += 1  # "et de la Communication"
            last = ELIDED_CONNECTOR.sub("", words[after].group(), count=1)
            # "Ministry of Health, Unicef and WHO": an acronym is another body, no portfolio
            return capitals > 0 and last[0].isupper() and not last.isupper()
        if _linking(word):
            continue  # "ministère de la Jeunesse, de la Culture et de la Communication"
        if not word[0].isupper() or word.isupper() or is_title_word(word):
            return False
        capitals += 1
    return False


def _linking(word: str) -> bool:
    """Return True for a lowercase connector or article inside a body's name (de, la, of)."""
    return word.islower() and (word in CONNECTOR_SET or word in ARTICLE_SET)


def _noun_between_connectors(words: list[re.Match[str]], index: int) -> bool:
    """Return True for a lowercase noun between two connectors, a capital after them
    (``di porto di Milazzo``, ``de servicios de Salud``)."""
    if index + 2 >= len(words):
        return False
    word, connector, name = (w.group() for w in words[index : index + 3])
    return (
        word[0].islower()
        and word.casefold() not in NOT_NAME_WORDS
        and connector.casefold() in CONNECTOR_SET
        and name[0].isupper()
    )


def _romanian_genitive(words: list[re.Match[str]], index: int) -> bool:
    """Return True for a capitalised Romanian genitive (``Infrastructurii``, ``Statului``)."""
    if index >= len(words):
        return False
    word = words[index].group()
    return word[0].isupper() and word.casefold().endswith(ROMANIAN_GENITIVE_ENDINGS)


# "Azersu'nun açıklamasında", "Bulgaristan Çevre ve Su Bakanlığı'ndan yapılan yazılı
# açıklamada", "Batı Karadeniz Enerji A.Ş.'den yapılan açıklamada": a capitalised name, its
# genitive or ablative after an apostrophe, then the statement it issued (Turkish and
# Azerbaijani, as AA and AZERTAC write a body's statement).
_TURKIC_NAME_WORD = r"[A-ZÇĞİÖŞÜƏ0-9][^\s'’,;:“”\"«»]*"
TURKIC_STATEMENT_AUTHOR = re.compile(
    rf"(?<![^\s(])({_TURKIC_NAME_WORD}(?:\s+(?:(?:ve|və)\s+)?{_TURKIC_NAME_WORD}){{0,7}})['’]"
    r"(?:n?[ıiuüə]n|n?[dt][ae]n|n?[dt]ən)\s+(?:yapılan\s+|edilən\s+|olunan\s+)?"
    r"(?:yazılı\s+)?(?:açıklama(?:sı)?nda|açıklamada|bildiri(?:si)?nde|bildiride|"
    r"duyuru(?:su)?nda|duyuruda|açıqlamasında|açıqlamada|məlumatında|bəyanatında)(?!\w)"
)


def turkic_statement_author(lead: str) -> str | None:
    """Return the body whose statement the clause before a Turkish quotation names (the
    last such name), without its case ending."""
    names = [m[1] for m in TURKIC_STATEMENT_AUTHOR.finditer(lead)]
    words = names[-1].split() if names else []
    while words and words[0].casefold() in NOT_NAME_WORDS:
        words = words[1:]  # "Dün Ankara Valiliği'nden", "Ayrıca Sağlık Bakanlığı'nın"
    if not words or any(is_given_name(w) for w in words) or any(map(is_title_word, words[:-1])):
        return None  # "Genel Müdür Ahmet Yılmaz'ın açıklamasında": a person's statement
    return " ".join(words)


def institution_in(text: str, limit: int | None = None) -> str | None:
    """Return the institution named in ``text`` (within ``limit`` characters of its start),
    never one inside a quotation the text holds (``«No se consultó al Congreso», dijo``)."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    for match in INSTITUTION.finditer(text):
        if match[0].casefold() in TITLE_WORDS:
            continue  # "parlamentarul" (the MP): a title, though "parlament" is a body
        # A long name whose noun comes last ("Türkmenistan Devlet Petrol ve Gaz Şirketi")
        # still opens within the limit.
        if limit is not None and match.start() > limit and institution_span(text, match)[0] > limit:
            return None
        if not any(start < match.start() < end for start, end in quoted):
            return institution_phrase(text, match)
    return None


# "W rozmowie z agencją Reutera mówił": a body after "with" is the one spoken to.
COMITATIVES = frozenset(str.split("z ze s se с со with mit avec con com cu met"))
INSTRUMENTAL_ENDINGS = ("ą", "em", "ami", "ou", "ím", "ými")


# Phrases opening a clause with its topic or its time ("Acerca de si ..., indicó:",
# "Después del partido, indicó:", "As for the parties, he said:"): a body named in them is
# what is spoken about, or when.
ADVERBIAL_OPENING = re.compile(
    r"\s*(?:(?:acerca|después|antes|respecto|con respecto|a propósito|al término|prima"
    r"|al termine|a proposito|depois|a respeito|au sujet|à propos|à l'issue|à l’issue)"
    r"[ \u00a0]+(?:del?|della|dello|dell['’]|dei|degli|delle|di|d[oa]s?|du|des|d['’])"
    r"|(?:en cuanto|con respecto|riguardo|quanto|in merito|quant)"
    r"[ \u00a0]+(?:a|al|à|ao|aos|às|alla|allo|ai|agli|alle|au|aux)"
    r"|sobre|tras|durante|después|après|avant|pendant|dopo|após|concernant|s['’]agissant de)"
    r"(?:\b|(?<=['’]))[^,:;.!?«»“”\"]*,",
    re.IGNORECASE,
)


# Prepositions and adverbs opening an adverbial phrase in the languages that drop their
# subjects (es, it, pt): "Por otra parte, sobre los cambios, dijo:".
ADVERBIAL_OPENERS = frozenset(
    str.split(
        "acerca sobre después antes tras durante por en con al luego más además "
        "también finalmente entonces respecto dopo prima poi in con per sul sulla nel nella "
        "inoltre infine depois após em no na com ainda riguardo quanto"
    )
)


def _adverbial_lead(lead: str) -> bool:
    """Return True when the lead is adverbial phrases only, each closed by a comma and
    opened by a preposition or an adverb ("Más tarde, ", "Después del partido, ")."""
    if not lead.rstrip().endswith(","):
        return False
    phrases = lead.rstrip().removesuffix(",").split(",")
    for phrase in phrases:
        words = WORD.findall(phrase)
        articles = sum(w.casefold() in SUBJECT_ARTICLES for w in words)
        if articles > 1:
            return False  # "Dopo la sentenza la Juventus,": a time, then the subject
        opened = bool(words) and words[0].casefold() in ADVERBIAL_OPENERS
        if not opened and ADVERBIAL_OPENING.match(phrase + ",") is None:
            return False  # "A propósito de ...," opens on a preposition of its own
    return True


def _adverbial_opening_end(lead: str) -> int:
    """Return where a clause's opening topic phrase ends (0 when it opens with none)."""
    match = ADVERBIAL_OPENING.match(lead)
    return match.end() if match else 0


def _spoken_with(lead: str, body: str | None) -> bool:
    """Return True when ``body`` follows a lowercase "with" in ``lead`` (``w rozmowie z
    agencją Reutera``; not "Z kolei Regionalna Dyrekcja", "in turn")."""
    if body is None:
        return False
    before = WORD.findall(lead[: lead.find(body)])
    words = [*before, *WORD.findall(body)]
    # the body's own noun, which its phrase may follow ("discutat cu ministerul")
    noun = next((i for i in range(len(before), len(words)) if is_institution_word(words[i])), 0)
    if noun == 0 or words[noun - 1] not in COMITATIVES:
        return False
    # Polish and Czech "z" is "with" before the instrumental only ("z agencją"); before the
    # genitive it is "from" ("úředníci z ministerstva uvedli")
    return words[noun - 1] not in ("z", "ze") or words[noun].endswith(INSTRUMENTAL_ENDINGS)


TITLE_OPENERS = '«“„"‹'
TITLE_CLOSERS = '»”“"›'
TITLE_SPACES = " \u00a0\u202f*"  # and Markdown bold marks


def quoted_title(text: str, span: Span) -> bool:
    """Return True for a name alone in quotation marks: a medium's or a work's title
    (« Fraternité Matin », сообщил «Интерфаксу»), never a person."""
    before = text[max(0, span.start - 3) : span.start].rstrip(TITLE_SPACES)
    after = text[span.end : span.end + 3].lstrip(TITLE_SPACES)
    # (no mark at all is no title: "" is "in" any string)
    return (
        bool(before) and before[-1] in TITLE_OPENERS and bool(after) and after[0] in TITLE_CLOSERS
    )


MAX_SOURCE_LEAD = 5  # "The " before a medium's name opening the paragraph
SOURCE_ARTICLES = frozenset({"", "the", "le", "la", "les", "el", "il", "lo", "die", "der", "das"})


def source_header(text: str, span: Span) -> bool:
    """Return True for a name opening ``text`` (a paragraph or a clause) as the source of
    what follows, a hyphen after it (``Dhaka Tribune - The Ministry said``, ``The Financial
    Express - X called``); a dash there opens an apposition instead (``X – le ministre –``)."""
    if span.start > MAX_SOURCE_LEAD or text[span.end : span.end + 3] != " - ":
        return False  # checked first: a name far into a paragraph costs nothing
    if len(text[span.start : span.end].split()) > 1 and ROLE_THEN_COLON.match(text, span.end + 3):
        return False  # "İmran Əhmədov - Sakin:": a speaker and their role over their words
    return text[: span.start].strip().casefold() in SOURCE_ARTICLES


def _speaker_names(clause: str, bold: tuple[Span, ...]) -> list[NameMention]:
    """Return the names of ``clause`` that are not part of an institution's name."""
    found = find_names(clause, bold)
    spans = [
        (*institution_span(clause, match), match.end(), match.start())
        for match in INSTITUTION.finditer(clause)
        if not _surname_like_body(match, found)
    ]
    # A full name after the institution's noun is a person of it (``МИД Белоруссии Анатолий
    # Глаз``); words up to the noun, or one word after it, belong to the institution. A name
    # inside a quotation the clause holds is what someone said, not who.
    quoted = [m.span() for m in QUOTED.finditer(clause)]
    tail = _quotation_tail(clause)
    if tail:
        quoted.append((-1, tail))
    # "pytał Janusza Kowalskiego Tomasz Trela": whom the verb names first, in a case, is no
    # candidate; the nominative name right after it is
    found = [
        n
        for i, n in enumerate(found)
        if i + 1 == len(found) or not object_then_subject(clause, n, found[i + 1])
    ]
    return [
        n
        for n in found
        if not quoted_title(clause, n.span)
        and not source_header(clause, n.span)
        and not any(start < n.span.start < end for start, end in quoted)
        and not any(
            s < n.span.end
            and n.span.start
            < (
                e
                if n.single
                or n.span.start < noun
                or _joined(clause, noun, n, head)
                or _names_noun(clause, s, head, noun, n)
                else noun
            )
            for s, e, noun, head in spans
        )
    ]


# A closing mark whose opening one lies before the clause: the clause starts inside a
# quotation. A mark right before a letter opens one instead (Swedish ”Vi har, »Vi).
TAIL_CLOSERS = re.compile(r"[”»“]")
# The opening marks of the quotation a tail would close; the one that closes it too for ”
# and » (Swedish, Finnish), and the mark that would pair a later one (German »Die Presse«).
TAIL_OPENERS = {"”": "«„“”", "»": "«„“»", "“": "«„"}
TAIL_PAIRS = {"»": "«", "“": "”"}


def _quotation_tail(clause: str) -> int:
    """Return where the end of a quotation opened before ``clause`` closes in it, else 0.

    "„... 15 Meter von der Abbruchkante entfernt“, sagte Bürgermeister X. „Wir ...": the
    clause before the second quotation starts inside the first; its names were said. Only
    the first mark of the clause is read: a quotation it opens holds what follows.
    """
    close = TAIL_CLOSERS.search(clause)
    if close is None or clause[close.end() : close.end() + 1].isalnum():
        return 0
    mark = close[0]
    if any(opener in clause[: close.start()] for opener in TAIL_OPENERS[mark]):
        return 0
    if mark in TAIL_PAIRS and TAIL_PAIRS[mark] in clause[close.end() :]:
        return 0  # "“" before "”", "»" before "«": it opens a quotation of the clause
    return close.end()


def _surname_like_body(match: re.Match[str], names: list[NameMention]) -> bool:
    """Return True when an institution's short stem with a case ending is the surname of a
    name that starts with a given name: "Salvatore Natoli" holds no NATO; or when the body's
    word is the given name opening a person's name: "Marine Le Pen" is no navy."""
    if match[0] in BODY_WORD_GIVEN_NAMES:
        return any(n.span.start == match.start() and not n.single for n in names)
    if INSTITUTION_EXACT.fullmatch(match[0]):
        return False
    return any(
        n.span.start < match.start()
        and match.end() <= n.span.end
        and is_given_name(n.text.split()[0])
        for n in names
    )


INSTITUTION_EXACT = re.compile(rf"(?:{_alternation(_all('institutions'))})", re.IGNORECASE)


APPOSED_NAME = re.compile(r"(?:\s[A-ZÀ-ÞŁŚŻ]\w*)?,\s+[A-ZÀ-ÞŁŚŻ]\w+\s+[A-ZÀ-ÞŁŚŻ]")
LATIN_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŁŚŻŹĆČŠŽ")


def _names_noun(clause: str, start: int, head: int, noun: int, name: NameMention) -> bool:
    """Return True when a capitalised run right after a capitalised institution noun is the
    rest of its name (``Partido Social Democrata``), not a person of it: no title before the
    noun (``глава МИД Сергей Лавров``) and the noun no acronym (``генсек НАТО Марк Рютте``)."""
    word = clause[head:noun]
    if clause[noun : name.span.start] != " " or word.isupper():
        return False
    if word[:1].islower():
        # "la cooperativa Pescatori Sacca Nord": a common noun, then the body's own name; a
        # given name opens a person's (la società ... Mario Rossi). Languages that decline
        # put the person's name in any case after the body's (председатель комитета Иван X).
        opening = name.text.split()[0]
        apposed = APPOSED_NAME.match(clause, name.span.end)  # the person, after a comma
        return (
            apposed is not None
            and opening[:1] in LATIN_CAPITALS
            and not _inflected(word)
            and not (is_given_name(opening) or is_listed_given_name(opening))
        )
    before = WORD.findall(clause[max(0, start - 40) : start])
    if before and is_title_word(before[-1]):
        return False
    # "Глава Минфина Сергей Абдылдаев": a title opening the sentence is no word of the body's
    first = WORD.match(clause, start)
    return not (first and first[0] != word and is_title_word(first[0]))


def _joined(clause: str, noun: int, name: NameMention, head: int) -> bool:
    """Return True when an "of" word links the institution's noun to the name (``Servicio
    Europeo de Acción Exterior``): the name is part of the institution's."""
    gap = WORD.findall(clause[noun : name.span.start])
    linked = [i for i, w in enumerate(gap) if w.casefold() in CONNECTOR_SET]
    if not linked:
        return False
    # "Директор Всемирного банка по Центральной Азии Анна Миллер": the "of" word's own
    # complement stands between; a name with a given name after it is the director's
    complement = gap[linked[-1] + 1 :]
    return not (
        complement
        and all(w[:1].isupper() for w in complement)
        and not name.single
        and is_given_name(name.text.split()[0])
        # the body is a title's complement ("Директор Всемирного банка", "el geólogo de la
        # Universidade"), not a body named after a person ("l'Institut ... Louis Pasteur")
        and any(is_title_word(w) for w in WORD.findall(clause[max(0, head - 30) : head])[-3:])
    )


# "said an official, Tom Brown", "a company executive, X": the apposition names the source;
# after "close to", "for", "of" it names someone else.
MAX_APPOSED_SOURCE_WORDS = 3
SOURCE_LINKS = frozenset(
    str.split("de del of from di da du des van aus von z ze din to for close proche der al au")
)


def _names_the_source(gap: str, name: NameMention) -> bool:
    """Return True when the full name after an unnamed source's words is that source's, set
    off by a comma: "said an official, Tom Brown"; not "a source close to the minister, John
    Smith" (the minister's name)."""
    words = WORD.findall(gap)
    if name.single or not words:
        return False
    if _resident_named(words):
        return True  # "рассказала «Медузе» жительница Талнаха Екатерина Дорофеева"
    if not gap.rstrip().endswith(","):
        return False
    if is_institution_word(words[-1]):
        return True  # "la chef de mission de la banque, Kerstin Holmqvist": no bank has a name
    return len(words) <= MAX_APPOSED_SOURCE_WORDS and not any(
        w.casefold() in SOURCE_LINKS for w in words
    )


# Slavic nouns of a resident or a witness, which a source list counts as unnamed: before a
# full name, with the place at most between, they name that person.
RESIDENT_NOUNS = frozenset(
    str.split("житель жительница очевидец очевидица мешканець мешканка жителька")
)
MAX_RESIDENT_PLACE_WORDS = 2


def _resident_named(words: list[str]) -> bool:
    """Return True when the words before a full name end on a resident's noun and its place
    (``жительница Талнаха Екатерина Дорофеева``): the name is the resident's."""
    nouns = [i for i, w in enumerate(words) if w.casefold() in RESIDENT_NOUNS]
    if not nouns:
        return False
    place = words[nouns[-1] + 1 :]
    if place and place[0].casefold() in SETTLEMENT_NOUNS:
        place = place[1:]  # "жительница деревни Кузаранда Валентина Оршанская"
    return len(place) <= MAX_RESIDENT_PLACE_WORDS and all(w[:1].isupper() for w in place)


# Nouns of a settlement in the genitive, between a resident's noun and the place's name.
SETTLEMENT_NOUNS = frozenset(
    str.split("деревни села посёлка поселка города хутора станицы аула міста селища")
)


# A name right after one of these modifies a noun ("said its Seahouses team"): no speaker.
ENGLISH_POSSESSIVES = frozenset({"its", "his", "her", "their", "our"})


def after_quote_cue(clause: str) -> re.Match[str] | None:
    """Return a verb that is a cue only right after a quotation (``», — додає``), when it
    opens the clause after it."""
    return AFTER_QUOTE_CUE.match(clause, len(clause) - len(clause.lstrip(LEADING_PUNCTUATION)))


# A lowercase word right after a quotation, then up to five words before a name.
VERB_THEN_NAME = re.compile(r"\s*[,–—-]?\s*([^\W\d_]+)(?:\s+[^\W\d_][\w'’.-]*){0,5}?\s*")
# Words after a quotation that open another clause, whose subject is no speaker of it
# ("«...», mentre Carla Neri tace"), or a place ("«...», in Santa Cruz").
NEXT_CLAUSE_WORDS = frozenset(
    str.split(
        "and but while whereas as when after before because who which that so then et mais "
        "tandis alors quand où puis donc und aber während als wobei doch dann denn y pero "
        "mientras cuando luego e ma mentre quando poi mas enquanto depois en maar terwijl toen "
        "dan a ale zaś podczas gdy ani i и а но пока когда і але коли ve ama ise və amma isə "
        "dar iar și când in à au aux im am an bei nel nella na no w we v в у на з із с de di da "
        "del von of from at on to for with para por per con com met mit z ze"
    )
)


# A Russian or Ukrainian clause after a quotation that opens by pointing back at it ("-
# такі історичні паралелі провів на форумі X", "- такое мнение высказал X").
SUCH_OPENING = re.compile(
    r"[\s,.]*[-—–]?\s*так(?:ий|а|е|і|ое|ой|ую|ие|ая|им|ими|у|ою|ого|их)\s", re.IGNORECASE
)


# A French clause after a quotation whose verb the tables lack, its subject a title after
# it: "« ... », fini par abdiquer le ministre de la santé".
VERB_THEN_TITLE = re.compile(
    r"[\s,]*(?P<verb>[a-zàâçéèêëîïôûù]+(?: [a-zàâçéèêëîïôûù]+){0,3}) (?:le|l['’]) ?"
    r"(?P<title>[^\W\d_]+)"
)


# Prepositions whose object the title is ("lancée par le ministre", "devant la ministre"),
# and words that make it an object anywhere in the verb's words.
PREPOSITIONS_BEFORE_TITLE = frozenset(
    str.split("par à a devant contre en sur avec pour chez vers dans de du des au aux face")
)
OBJECT_MAKERS = frozenset(str.split("devant contre écoutant face chez vers contro"))
SECOND_NOUN_PHRASE = re.compile(r"\s+(?:un|une|des|una|uno)\s")
NO_VERB_FIRST = frozenset(
    str.split(
        "dont que qui et ou où mais car donc selon pour par avec sans sur dans avant après "
        "comme quand lorsque si alors puis tandis e y poi dopo tras con verso"
    )
)


def _title_completed(attribution: Attribution) -> Attribution:
    """Return ``attribution`` with a lone word that completes its title ("o líder interino
    da Renamo disse": "Renamo" after "da") made part of the title, its holder the one named
    before; else as it was."""
    speaker, role = attribution.speaker, attribution.role
    if not speaker or " " in speaker or not role:
        return attribution
    if role.split()[-1].casefold() not in CONNECTOR_SET:
        return attribution
    titled = f"{role} {speaker}"
    return Attribution(
        cue=attribution.cue, role=titled, anaphoric=True, gender=role_gender(WORD.findall(titled))
    )


def _verb_then_title(clause: str) -> Attribution | None:
    """Return the title that the few lowercase words right after a quotation lead to, in
    French (``», fini par abdiquer le ministre de la santé``), else None: the inverted
    subject of a verb the tables lack."""
    match = VERB_THEN_TITLE.match(clause)
    if match is None or not is_title_word(match["title"]) or is_institution_word(match["title"]):
        return None
    words = match["verb"].split()
    if words[0] in NO_VERB_FIRST or any(
        (w in ARTICLE_SET and (w != "a" or i)) or PRONOUN.fullmatch(w) for i, w in enumerate(words)
    ):
        return None  # "», et le ministre", "», dont le président": no verb first ("a" is
        # the auxiliary opening the verb only: "», a fini par concéder le ministre")
    if (
        words[-1] in PREPOSITIONS_BEFORE_TITLE
        or set(words) & OBJECT_MAKERS
        or any(_gerund(w) for w in words)  # "attaccando la segretaria"
    ):
        # "», lancée par le ministre", "maugrée devant la ministre une infirmière",
        # "increpa a la ministra una vecina": the title is an object, not the subject
        return None
    title = re.split(r"[,.;:!?]", clause[match.start("title") :])[0]
    title = re.split(r" (?:dans|lors|devant|pendant|après|avant|hier|en|au|aux|à|sur) ", title)[0]
    if SECOND_NOUN_PHRASE.match(clause, match.end("title")):
        return None  # "», ose interpeller la ministre une infirmière": the subject follows
    role = _forward_role(title)
    if role is None:
        return None
    rest = clause[match.start("title") + len(title) :]
    named = [n for n in find_names(rest) if not n.single]
    if named and not rest[: named[0].span.start].strip(" ,"):
        # "», grince le président du Sénat, Gérard Larcher": the name in apposition
        return Attribution(speaker=named[0].text, role=role, cue=match["verb"])
    return Attribution(role=role, cue=match["verb"], anaphoric=True)


def _such_words_of(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the full name that closes a clause pointing back at the quotation with "such"
    (``", - такі паралелі провів на форумі Сергій Тігіпко.``), else None."""
    if SUCH_OPENING.match(clause) is None:
        return None
    if any(w.casefold().startswith(RELAYING_STEMS) for w in WORD.findall(clause)):
        return None  # "- такие слова Путина передал журналистам X": X relays them
    names = [n for n in _speaker_names(clause, bold) if not n.single]
    if not names or clause[names[-1].span.end :].strip(" .!;"):
        return None
    name = names[-1]
    given = name.text.split()[0]
    if name.text.casefold().endswith(SLAVIC_OBLIQUE_ENDINGS) or not is_given_name(given):
        return None  # "... с Блинкеном", "... Владимира Путина": not the subject's case
    words = [w.casefold() for w in WORD.findall(clause[: name.span.start])]
    if not any(w.endswith(SLAVIC_PAST_ENDINGS) for w in words[1:]):
        return None  # "- такі паралелі провів на форумі X": a verb in the past before X
    return Attribution(speaker=name.text)


SLAVIC_OBLIQUE_ENDINGS = ("ом", "ем", "ым", "им", "ою", "ой", "ого")
RELAYING_STEMS = (
    *("слов", "слів", "цитат", "передал", "передав", "процит", "привел", "навів"),
    *("прокоммент", "прокомент", "заявлени", "заяв"),  # "такое заявление X прокомментировал Y"
)
SLAVIC_PAST_ENDINGS = ("л", "ла", "ли", "в", "ло")


def _verb_then_name(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the full name that a lowercase word right after a quotation leads to (``",
    asked Derek Rowse, a former foreman``, ``", gaf rector Pieter Vanhoutte toe``): a
    reporting verb the tables lack, the speaker's full name with a given name after it."""
    found = _speaker_names(clause, bold)
    names = [n for n in found if not n.single]
    if not names:
        return _verb_then_surname(clause, found)
    if names[0].span.start > MAX_LEAD:
        return None
    match = VERB_THEN_NAME.fullmatch(clause, 0, names[0].span.start)
    if match is None or not match[1].islower() or match[1] in NEXT_CLAUSE_WORDS:
        return None
    if match[1].casefold() in ARTICLE_SET or PRONOUN.fullmatch(match[1]):
        return None  # '", the crowd booed John Smith': a subject of its own, no verb first
    # only titles between the verb and the name ("gaf rector Pieter Vanhoutte toe"), not
    # "chanted protesters greeting John Smith" or "гласил плакат про Ивана Петрова"
    between = WORD.findall(clause[match.end(1) : names[0].span.start])
    if any(
        _not_before_speaker(word) and not (i + 1 < len(between) and word.casefold() in ARTICLE_SET)
        for i, word in enumerate(between)
    ):
        return None  # "de" before a noun is an article ("gaf de rechter Piet Bakker mee")
    if not any(is_given_name(word) for word in names[0].text.split()):
        return None
    if _azerbaijani_dative(names[0].text):
        return None  # "“...” cümləsiylə Kreml sahibi Vladimir Putinə mesaj göndərməklə"
    return Attribution(speaker=names[0].text, cue=match[1])


# A lowercase word right after a quotation, one capitalised word and the sentence's end:
# '“...“, cutucou Meira.' (a verb the tables lack, and the surname of someone named before).
VERB_THEN_SURNAME = re.compile(r"\s*,\s*([^\W\d_]+)\s+([^\W\d_][\w'’-]+)\s*[.!]?\s*")


def _verb_then_surname(clause: str, found: list[NameMention]) -> Attribution | None:
    """Return the surname a lowercase word right after a quotation leads to when the two
    end the sentence; a paper's name there ("”, wrote Reuters.") is none."""
    match = VERB_THEN_SURNAME.fullmatch(clause)
    if match is None or not match[1].islower() or not match[2][:1].isupper():
        return None
    if match[1] in NEXT_CLAUSE_WORDS or match[1].casefold() in ARTICLE_SET:
        return None
    if _not_before_speaker(match[1]) or match[1].casefold() in TOPIC_WORDS:
        return None  # "«...», о Путине", "sobre Bolsonaro", "against Arsenal": no verb
    if not any(n.span == Span(*match.span(2)) for n in found) or listed_medium(match[2]):
        return None
    return Attribution(speaker=match[2], cue=match[1])


# A quote digest's credit after the quotation: a dash, the speaker's title and full name,
# then what the words were about ("», - нардеп от фракции «Самопомич» Семен Семенченко о
# странном поведении ...") or nothing more.
DIGEST_CREDIT_OPENING = re.compile(r"\s*,?\s*[-–—]\s+")
# Prepositions of a topic, a place or an opponent that may follow a quotation.
TOPIC_WORDS = frozenset(
    str.split(
        "о об обо про против sobre desde ante contra contre depuis against about featuring "
        "pelo pela über gegen su sur hakkında haqqında"
    )
)
DIGEST_TOPIC = re.compile(
    r"\s+(?:о|об|обо|про|about|on|sur|su|über|zu|hakkında|haqqında|sobre)\s|\s*[.;]?\s*$"
)
MAX_DIGEST_TITLE_WORDS = 8


def _digest_credit(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the full name a quote digest's dash credit gives after the quotation: a title
    of a few words, the name, then its topic or the line's end."""
    opening = DIGEST_CREDIT_OPENING.match(clause)
    if opening is None:
        return None
    names = [n for n in _speaker_names(clause, bold) if not n.single]
    if not names:
        return None
    title = clause[opening.end() : names[0].span.start]
    words = WORD.findall(title)
    if len(words) > MAX_DIGEST_TITLE_WORDS or any(ch in title for ch in ".,;:!?"):
        return None
    if words and (_not_before_speaker(words[-1]) or words[-1].casefold() in TOPIC_WORDS):
        return None  # "обращение к Владимиру Путину": whom the words are for
    if DIGEST_TOPIC.match(clause, names[0].span.end) is None:
        return None
    first = names[0].text.split()[0]
    if CYRILLIC.search(first) and not is_given_name(first):
        return None  # "роман Михаила Булгакова": a name in the genitive, whose work it is
    return Attribution(speaker=names[0].text, role=_forward_role(title.strip()) or None)


def name_alone_after(clause: str) -> Attribution | None:
    """Return the full name standing alone on the rest of the line after a quotation
    (``"..." _Romano Prodi_``: a blog's credit), else None."""
    line = clause.lstrip(" ").split("\n", 1)[0]
    names = [n for n in _speaker_names(line, ()) if not n.single]
    alone = len(names) == 1 and line.strip(" _*.") == names[0].text
    # a given name first: "New Orleans", "Ordem dos Médicos" alone there are no credit
    given = alone and is_given_name(names[0].text.split()[0])
    return Attribution(speaker=names[0].text) if given else None


def _not_before_speaker(word: str) -> bool:
    """Return True for a word that cannot stand between a verb and its speaker's name: a
    preposition or a conjunction (``гласил плакат про Ивана Петрова``: the name is what the
    banner was about), or a participle (``chanted protesters greeting John Smith``)."""
    key = word.casefold()
    if is_title_word(key):
        return False  # "gaf rector Pieter Vanhoutte toe"
    return key in NEXT_CLAUSE_WORDS or key in OBJECT_PREPOSITION_WORDS or key.endswith("ing")


# Georgian verbs in the third person plural: "they state", as a body's people do.
PLURAL_BODY_VERBS = frozenset(
    str.split("აცხადებენ აღნიშნავენ ამბობენ განმარტავენ განაცხადეს აღნიშნეს თქვეს განმარტეს")
)
LOCATIVE = "ში"  # Georgian "in": "სამინისტროში", in the ministry


def _body_they_speak_in(clause: str, cue: re.Match[str]) -> str | None:
    """Return the body in whose premises "they" speak, right after a Georgian plural verb
    (``„...“, – აცხადებენ აზერბაიჯანის ციფრული განვითარებისა და ტრანსპორტის სამინისტროში``),
    in the nominative; no person of it is named, however many genitives lead up to it."""
    if cue[0] not in PLURAL_BODY_VERBS:
        return None
    rest = re.split(r"[.;:!?]", clause[cue.end() :], maxsplit=1)[0]
    noun = INSTITUTION.search(rest)
    if noun is None or not noun[0].endswith(LOCATIVE) or rest[noun.end() :].strip(" ,"):
        return None
    if any(
        cue.end() <= n.span.start < cue.end() + noun.start() and is_given_name(n.text.split()[0])
        for n in find_names(clause)
    ):
        return None  # "თქვეს ნინო ბერიძემ და გიორგი კაპანაძემ მთავრობაში": they are named
    body = rest[: noun.end() - len(LOCATIVE)].strip(LEADING_PUNCTUATION)
    # the nominative: "-ი" after a consonant (პარლამენტში -> პარლამენტი), none after a vowel
    return body + ("" if body[-1:] in GEORGIAN_VOWELS else "ი") if body else None


ABLATIVE = "ից"  # Armenian "from": "կոմիտեից", from the committee


def _body_they_speak_from(lead: str, cue: re.Match[str]) -> str | None:
    """Return the body "they" report from, in the ablative right before an Armenian plural
    verb (``Քաղաքաշինության կոմիտեից հայտնում են``), without its ending."""
    if not cue[0].endswith(" են"):
        return None
    phrase = re.split(r"[,.:;։]", lead)[-1].strip(LEADING_PUNCTUATION)
    words = phrase.split()
    if not words or len(words) > MAX_ABLATIVE_BODY_WORDS or not words[-1].endswith(ABLATIVE):
        return None
    stem = words[-1][: -len(ABLATIVE)]
    acronym = stem.endswith("-") and stem[:-1].isupper()  # "ԱԻՆ-ից": from the ministry
    if not (stem.endswith(ARMENIAN_BODY_NOUNS) or acronym):
        return None
    return phrase[: -len(ABLATIVE)].rstrip("-")


MAX_AUTHOR_WORDS = 8
# Georgian statements in the locative ("in the statement"), after their author's genitive;
# not in the cue tables, where a statement noun alone would stand for its author.
GEORGIAN_STATEMENTS = frozenset(str.split("განცხადებაში ცნობაში შეტყობინებაში პრესრელიზში"))
CLOSING_MARKS = '»“”"'
GEORGIAN_GENITIVE = re.compile(r"(?<=[\u10d0-\u10ff])ის$")
GEORGIAN_VOWEL_GENITIVE = re.compile(r"(?<=[აეიოუ])ს$")


def author_before_statement(text: str) -> str | None:
    """Return the body whose statement ``text`` names, in the genitive right before the
    statement noun (``Ջրային կոմիտեի հաղորդագրությունում``, ``მერიის განცხადებაში``), as
    Armenian and Georgian write it: only a listed body's noun, or a name in quotes."""
    clause = re.split(r"[,.;:!?։\n]", text, maxsplit=1)[0]
    words = list(WORD.finditer(clause))
    statement = next(
        (
            i
            for i, w in enumerate(words)
            if STATEMENT.fullmatch(w.group()) or w.group() in GEORGIAN_STATEMENTS
        ),
        None,
    )
    if statement is None or statement == 0 or statement > MAX_AUTHOR_WORDS:
        return None  # no statement noun, or nothing before it
    # "Այսօր Ջրային կոմիտեի ...", "დღეს თბილისის მერიის ...": the adverb is no author
    first = next(
        (i for i in range(statement) if words[i].group().casefold() not in NOT_NAME_WORDS),
        statement,
    )
    if first == statement:
        return None
    start = words[first].start()
    if start and clause[start - 1] in ("«", "„"):
        start -= 1  # "«Բարգավաճ Հայաստան» կուսակցության": the name keeps its marks
    body = clause[start : words[statement - 1].end()].strip()
    after = clause[words[statement - 1].end() : words[statement].start()].strip()
    if after[:1] and after[0] in CLOSING_MARKS:
        # "კომპანია „ალაზნის მარნების“ განცხადებაში": the quoted name, in the nominative
        name = QUOTED.search(clause[: words[statement].start()])
        if name is None:
            return None
        inner = name[0][1:-1]
        listed = dictionary_form(inner)  # "კომპანიის" -> "კომპანია", a listed head
        if listed != inner:
            return listed
        return GEORGIAN_VOWEL_GENITIVE.sub("", GEORGIAN_GENITIVE.sub("ი", inner))
    latin = LATIN_NAME_IN_A_CASE.search(body)
    if latin:
        return latin[1]  # "კომპანია Tavush Adventures-ის განცხადებაში"
    return body if dictionary_form(body) != body else None


# A Latin-script name with an Armenian or Georgian case ending after a hyphen.
LATIN_NAME_IN_A_CASE = re.compile(r"((?:[A-Z][\w&.'’]*\s+){0,4}[A-Z][\w&.'’]*)-(?:ის|ს|ի|ից|ում)$")


def _body_they_speak_from_after(clause: str, cue: re.Match[str]) -> str | None:
    """The same body after the verb (``— հայտնել են Տարածքային կառավարման և
    ենթակառուցվածքների նախարարությունից``)."""
    if not cue[0].endswith(" են"):
        return None
    rest = re.split(r"[,.:;։]", clause[cue.end() :], maxsplit=1)[0].strip()
    return _body_they_speak_from(rest, cue) if rest else None


# Armenian nouns of bodies that report "from" themselves: committee, ministry, office,
# service, administration, inspectorate, agency, government, municipality.
ARMENIAN_BODY_NOUNS = tuple(
    str.split(
        "կոմիտե նախարարություն գրասենյակ ծառայություն վարչություն տեսչություն "
        "գործակալություն կառավարություն մարզպետարան քաղաքապետարան համայնքապետարան "
        "առաջնորդարան աշխատակազմ դեսպանատուն ընկերություն ություն"
    )
)
MAX_ABLATIVE_BODY_WORDS = 6


MAX_QUOTED_TITLE_WORDS = 4
# Verbs a paper's name in the nominative follows ("pisze „Rz”", "сообщает «Ъ»"); after
# "рассказала «Ъ»", "mówi „Wyborczej”" the paper is the one told, in the dative.
PAPERS_VERBS = frozenset(
    str.split(
        "pisze piszą pisał pisała pisało podaje пишет пишут писал писала писало сообщает "
        "сообщают пише пишуть писав повідомляє"
    )
)


def _quoted_title_after(rest: str) -> str | None:
    """Return the paper's name in quotation marks right after the verb (``- pisze „Rz”``,
    ``— пишет «Независимая»``): Slavic texts quote a paper's name, and the paper speaks."""
    quoted = QUOTED.match(rest.lstrip())
    if quoted is None:
        return None
    title = quoted[0][1:-1].strip()
    words = title.split()
    if not 0 < len(words) <= MAX_QUOTED_TITLE_WORDS or not title[:1].isupper():
        return None
    after = rest.lstrip()[quoted.end() :]
    clause = re.split(r"[.,;!?\n]", after, maxsplit=1)[0]  # "pisze „Bild”, oceniając ...": done
    if any(not name.single for name in find_names(clause)) or any(
        is_title_word(word) for word in WORD.findall(clause)[:1]
    ):
        # "сообщает «Известиям» глава комитета Иван Петров", "... пресс-секретарь
        # компании": the paper is the one told, in the dative
        return None
    return title


# Armenian oblique case endings of a place before a verb (Շուշի, Երեւանում, Մոսկվայից):
# not the nominative's article (Միրզոյանը), a subject's.
ARMENIAN_OBLIQUE_ENDINGS = ("ի", "ում", "ից", "ով")


# English "asked" after its subject, closing the clause after a quotation ('“...?” Mr
# Thompson asked.'): elsewhere it asks for something ("and asked for the issue to be raised").
ASKED_AFTER_SUBJECT = re.compile(
    r"[\s,]*(?:he\s+|she\s+|(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}))(?P<verb>asked|asks)"
    r"(?=\s*(?:[.,;!?]|$))"
)
# ... and before it, its subject closing the clause ('“...?” asked PPP Senator Sherry Rehman.')
ASKED_BEFORE_SUBJECT = re.compile(
    r"[\s,]*(?P<verb>asked)\s+(?P<name>(?:(?:[A-Z][\w'’.-]*|of|the)\s+){0,5}[A-Z][\w'’-]*)"
    r"(?=\s*(?:[.,;!?]|$))"
)
ASKING_COURTESY = frozenset(str.split("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Lady"))
ASKING_VERB = re.compile(r"asked|asks")


# Turkish and Azerbaijani nouns of what a quotation was put as, in the dative: a question,
# a claim or a statement someone answers ("“...” sorusuna", "«...» sualına").
ANSWERED_NOUNS = (
    *("sorusuna", "sorularına", "sualına", "suallarına", "iddiasına", "iddialarına"),
    *("eleştirisine", "tənqidinə"),  # not "sözlerine yer verdi": gave room to X's words
)


# Relative clauses opened by "in which" after a quotation ("em que", "en el que", "in cui",
# "où", "in which", "в котором"): a verb right after one (RELATIVE_THEN_CUE, a reflexive
# pronoun at most between) is the clause's own and attributes nothing.
RELATIVE_OPENING = re.compile(
    r"\b(?:em que|no qual|na qual|en (?:el |la |lo )?que|en (?:el |la )?cual|in cui|nel quale|"
    r"nella quale|où|in which|during which|в котором|в которой|у якому|у якій|w którym|"
    r"w której)\b",
    re.IGNORECASE,
)


MAX_PARTICIPLE_CLAUSE_WORDS = 4  # "söze başlayan": the participle's own words
TURKIC_ABLATIVES = ("dan", "den", "tan", "ten", "dən", "tən")
TURKIC_ADVERBS_IN_EN = frozenset(str.split("hemen yeniden sonradan önceden birden ayrıca"))


def _participle_then_name(text: str) -> str | None:
    """Return the name right after a Turkish or Azerbaijani participle that opens ``text``
    within a few words (``söze başlayan Erdoğan,``), else None."""
    words = list(WORD.finditer(text))[: MAX_PARTICIPLE_CLAUSE_WORDS + 1]
    for word in words[:MAX_PARTICIPLE_CLAUSE_WORDS]:
        key = word[0].casefold()
        if not (word[0].islower() and key.endswith(TURKIC_PARTICIPLE)):
            continue
        if key.endswith(TURKIC_ABLATIVES) or key in TURKIC_ADVERBS_IN_EN or is_title_word(key):
            continue  # "meclisten", "yeniden", "hemen", "başkan": no participle
        rest = text[word.end() :]
        names = find_names(rest)
        if not names or names[0].span.start != len(rest) - len(rest.lstrip()):
            return None
        if any(mark in names[0].text for mark in "'’") or rest[
            names[0].span.end : names[0].span.end + 1
        ] in ("'", "’"):
            return None  # "kendisini eleştiren Erdoğan'a": the one addressed, in a case
        return names[0].text
    return None


RELATIVE_THEN_CUE = re.compile(r"\s+(?:se\s+|si\s+|s['’])?")  # the relative's verb at once


# English verbs whose bare object is the one spoken to ('"...", Keir Starmer, urged Volodymyr
# Zelensky'): the name before them speaks.
PERSON_OBJECT_CUES = frozenset(
    str.split(
        "urged urges asked asks told tells reminded reminds thanked thanks warned warns "
        "assured assures pressed presses begged begs informed informs advised advises "
        "challenged challenges congratulated congratulates questioned questions"
    )
)


def attribute_after(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the attribution in the clause after a quotation (``», a déclaré X``)."""
    start = len(clause) - len(clause.lstrip(LEADING_PUNCTUATION))
    answered = WORD.match(clause, start)
    if answered is not None and answered[0].casefold().endswith(ANSWERED_NOUNS):
        # 'Gazetecilerin "Erken seçim olacak mı?" sorusuna Bakan X, "..." cevabını verdi':
        # the question (or the claim) answered, not the one answering's words
        return Attribution(unnamed=True)
    opening = BEFORE_CUE.match(clause, start)
    verb = CUE.match(clause, start)  # "según indicó": a reporting verb, not "según X"
    if opening is not None and verb is None and opening[0].casefold() not in AMBIGUOUS_BEFORE:
        # "«...», selon un diplomate occidental", "..., according to a senior official"
        found = attribute_before(clause[start:], _shifted(bold, start))
        if found is not None:
            return found
    cue = CUE.search(clause)
    opening_verb = AFTER_QUOTE_CUE.match(clause, start)
    if opening_verb is not None and (cue is None or cue.start() > opening_verb.start()):
        cue = opening_verb  # "», — додає дипломат": the verb right after the quotation
    asked = ASKED_AFTER_SUBJECT.match(clause) or ASKED_BEFORE_SUBJECT.match(clause)
    if asked is not None and asked["name"]:
        words = asked["name"].split()
        if not any(w in ASKING_COURTESY or is_given_name(w) or is_title_word(w) for w in words):
            asked = None  # '"...?" Many Americans asked.': no one named
    if asked is not None and (cue is None or cue.start() > asked.start("verb")):
        cue = ASKING_VERB.match(clause, asked.start("verb"))
    if not cue:
        return (
            _verb_then_name(clause, bold)
            or _verb_then_title(clause)
            or _digest_credit(clause, bold)
            or _such_words_of(clause, bold)
        )
    # "»,- այսօր՝ ... համագումարի ավարտին, ... զրույցում նշեց ԵԿՄ նախագահը:": Armenian's
    # dash after the quotation opens the author's words, whose verb comes last
    armenian = is_armenian(cue[0][:1]) and clause.lstrip(" ")[:2] in (",-", ",—", ",–")
    if cue.start() > (MAX_QUOTATIVE_LEAD if QUOTATIVE.match(clause) or armenian else MAX_LONG_LEAD):
        return None
    if cue[0].casefold() in CLAUSE_FINAL_CUES and not clause[: cue.start()].strip(
        LEADING_PUNCTUATION
    ):
        # "Kalikov, “...” diyerek hükümeti ... çağırdı": the converb closes the speaker's
        # clause; what follows is his next action, not who spoke.
        participant = _participle_then_name(clause[cue.end() :])
        if participant is not None:
            # "“...” diyerek söze başlayan Erdoğan, ...": the one the participle describes
            return Attribution(speaker=participant, cue=cue[0])
        return Attribution(cue=cue[0], anaphoric=True)
    lead = clause[: cue.start()]
    relative = RELATIVE_OPENING.search(lead)
    if relative is not None and RELATIVE_THEN_CUE.fullmatch(lead, relative.end()):
        # "«...» com Angola num momento em que se recorda o ex-presidente X": the verb opens
        # the relative clause, about someone; it does not say who spoke (not "«...», en la
        # rueda de prensa en la que anunció su retirada, dijo X")
        return None
    body = _body_they_speak_in(clause, cue) or _body_they_speak_from_after(clause, cue)
    if body is None and is_impersonal(cue[0]):
        body = author_before_statement(clause[cue.end() :])
    if body is None and not lead.strip(LEADING_PUNCTUATION) and cue[0].casefold() in PAPERS_VERBS:
        body = _quoted_title_after(clause[cue.end() :])
    if body is not None:
        return Attribution(cue=cue[0], institution=body)
    names = _speaker_names(clause, bold)
    if (
        cue.start() > MAX_LEAD
        and not _name_ends(lead, names)
        and not _institution_ends(lead)
        and not QUOTATIVE.match(lead)
        and not armenian
    ):
        return None
    before = [
        n
        for n in names
        if n.span.end <= cue.start()
        and _usable(n, clause, cue)
        and not n.text.endswith(ARMENIAN_DATIVE_AFTER_HYPHEN)  # "Tasnim-ին ասել է": told
    ]
    after = [
        n
        for n in names
        if n.span.start >= cue.end()
        and _usable(n, clause, cue)
        and not _told_after(clause, cue, n)  # "ha dichiarato a Pobjeda": the one told
        and not _beyond_role(clause[cue.end() : n.span.start], n.text)
        and not _inside_a_relative_clause(clause[cue.end() : n.span.start])
        and not _medium_subject_first(clause[cue.end() : n.span.start])
        and not _armenian_dative(n.text)  # "հարցրեց ... Փաշինյանին": the one asked
        and not _whose_title(clause, cue, n)  # "сказал пресс-секретарь Путина": his
        and not _place_of_the_title(clause, cue, n)  # "заявив очільник Волині": its region
        # "verlautete aus Koalitionskreisen": nobody speaks, unless the cue's statement is
        # a person's ("йдеться в заяві президента Володимира Зеленського")
        and (not is_impersonal(cue[0]) or _statement_of_person(clause, cue, n))
        and cue[0].casefold() not in CLAUSE_FINAL_CUES
        and not _reports_clause(clause, cue)
    ]
    if len(after) > 1 and (
        _adjective_before_name(clause, after[0], after[1])
        or _complement_before_title(clause, after[0], after[1])
        or _told_before_title(clause, after[0], after[1])
        or _place_then_apposed_name(clause, cue, after[0], after[1])
    ):
        # "сказал ТАСС директор Соловецкого музея Игорь Кондратов": the museum's adjective,
        # in the genitive, is no subject; the full name after it is.
        after = after[1:]
    if (
        before
        and lead.rstrip().endswith(",")
        and _title_opens(clause[cue.end() :])
        and _inside_a_clause(clause, before[0])
    ):
        # "... agieren als seine Vorgängerin Christine Lambrecht, forderte der ukrainische
        # Vize-Außenminister": after the comma the verb comes first and its subject after it;
        # the name before the comma is the reported clause's
        before = []
    if (
        len(before) == 1
        and after
        and not after[0].single
        and lead.strip(" ,") == before[0].text
        and lead.rstrip().endswith(",")
        and not clause[cue.end() : after[0].span.start].strip()
        and cue[0].casefold() not in PERSON_OBJECT_CUES
    ):
        # '"... do senhor Presidente", Marcelo Rebelo de Sousa, declarou António Costa': the
        # name set off between commas closes the words; the verb's subject follows it
        return _from_name(after, clause, cue)
    if _turkic_unnamed_subject(lead):
        return Attribution(cue=cue[0], unnamed=True)  # "– deyə X kəndindən bir sakin bildirib"
    if (
        before
        and after
        and is_armenian(cue[0][:1])
        and all(n.single and n.text.endswith(ARMENIAN_OBLIQUE_ENDINGS) for n in before)
        and not after[0].single
    ):
        # "»,- Շուշի կատարած այցի ընթացքում այսօր հայտարարել է ... Իլհամ Ալիևը": a place
        # in a case before the verb, the full name of its subject after it
        before = []
    if before:
        name = _subject_of(before, clause)
        if _source_of(clause[: name.span.start]):
            return Attribution(cue=cue[0])  # "a spokesman for the state concern Turkmengaz said"
        not_speaking = _name_not_speaking(clause, name, cue)
        if not_speaking is not None:
            return not_speaking
        role = role_beside(lead[: name.span.start], lead[name.span.end :])
        return Attribution(speaker=name.text, role=role, cue=cue[0])
    quotative = QUOTATIVE.match(lead)
    stripped = lead[quotative.end() if quotative else 0 :].strip(LEADING_PUNCTUATION)
    if unnamed_source(stripped) or _group(stripped):
        return Attribution(cue=cue[0])  # "a diplomatic source in Baku said"
    if not after and _indefinite_subject(stripped, cue[0]):
        return Attribution(cue=cue[0], unnamed=True)  # "a local shopkeeper told Publika"
    if not after and not before and _one_of(stripped):
        return Attribution(cue=cue[0], unnamed=True)  # "– deyə sakinlərdən biri bildirib"
    pronoun = stripped if stripped and PRONOUN.fullmatch(stripped) else None
    if (
        pronoun
        and pronoun.casefold() in DATIVE_CLITICS
        and (after or SUBJECT_AFTER_VERB.match(clause, cue.end()))
        and _french(cue[0])
    ):
        # "lui a répondu Mme Gelovani", "lui répond le ministre": to him, and she answered
        pronoun = None
    pronoun = pronoun or _inverted_pronoun(cue[0], clause[cue.end() :])
    if pronoun:
        return Attribution(cue=cue[0], anaphoric=True, pronoun=pronoun)
    if _proper_body(stripped):
        return Attribution(cue=cue[0], institution=stripped)  # "Georgian Dream said"
    if after:
        gap = clause[cue.end() : after[0].span.start]
        if (unnamed_source(gap) or _unnamed_after_told(gap)) and not _names_the_source(
            gap, after[0]
        ):
            return Attribution(cue=cue[0])  # "said a source close to Nikol Pashinyan"
        if _someone_from(gap, cue[0]):
            apposed = after[1] if len(after) > 1 and not after[1].single else None
            if apposed and clause[after[0].span.end : apposed.span.start].strip() == ",":
                # "sagte eine Tochter von Peter Habeler, Christina Habeler": she is named
                return Attribution(speaker=apposed.text, cue=cue[0])
            return Attribution(cue=cue[0], unnamed=True)  # "explicó un agricultor de Chtouka"
        if _one_of(re.split(r"[,.;:!?։]", clause[after[0].span.end :], maxsplit=1)[0]):
            return Attribution(cue=cue[0], unnamed=True)  # "ասել է Վարդենիսի բնակիչներից մեկը"
        described = len(WORD.findall(clause[cue.end() : after[0].span.start])) >= MIN_DESCRIBED
        # "the mayor John Smith, whose neighbour ...": a full name is the speaker's own.
        described = described and not is_given_name(after[0].text.split()[0])
        if described and _anonymous_after(clause[cue.end() :], unnamed=True):
            # "řekl ČTK majitel jedné z půjčoven ve Vyšším Brodě, který nechtěl být jmenován":
            # a description, a place in it, and the wish not to be named (the name is the
            # place's: the description's inflected forms count, "qui n'a pas souhaité donner
            # son nom").
            return Attribution(cue=cue[0], unnamed=True)
        return _from_name(after, clause, cue)
    if _reports_clause(clause, cue) and stripped.casefold() in COORDINATORS:
        # "«...» e indicó que el Gobierno debe ...": "and" shares the subject before the
        # quotation; what follows "that" is reported
        return Attribution(cue=cue[0], anaphoric=True)
    if _reports_clause(clause, cue) and (not stripped or _quotes_what_is_reported(clause, cue)):
        # "», afirmou que o presidente Lula projeta ...", "», pero defendió que ...", "...
        # abria dizendo que “O presidente do Brasil ...”": the words after "that" are what is
        # reported; the cue names no one and no title
        return None
    return _unnamed_after(clause, cue, stripped)


# A relative clause opened after the subject's comma ("denunció la contadora, que precisó
# que ...", "said the accountant, who added that ...").
COMMA_RELATIVE = re.compile(
    r",[ \u00a0]*(?:who|which|qui|que|quien|quienes|cui|che|który|która|które|"
    r"который|которая|которые|котрий|який|яка|які)\s",
    re.IGNORECASE,
)


def _inside_a_relative_clause(gap: str) -> bool:
    """Return True when the words between the cue and a name hold a relative clause opened
    after a comma: the name is in what the subject went on to say ("denunció la contadora,
    que precisó que el Jefe de Estado era un habitué del Palacete de Bettencourt")."""
    found = COMMA_RELATIVE.search(gap)
    # still open at the name: "dijo a EFE, que contactó con él, el alcalde X" closes its aside
    return found is not None and "," not in gap[found.end() :]


# Adjectival endings of the Slavic oblique cases (Соловецкого, Морской, Wolińskiego, Českých).
ADJECTIVAL_CASES = tuple(str.split("ого его ому ему ых их ой ей ego iego ej ých ého"))
MAX_ADJECTIVE_GAP = 7  # "Главного управления МЧС России по Курской области Иван Петров"
OBJECT_PREPOSITION_WORDS = frozenset(
    str.split("с со из у к ко от о об про для после при в во на за z ze od u do dla o iz")
)


def _adjective_before_name(clause: str, word: NameMention, name: NameMention) -> bool:
    """Return True for one capitalised adjective in an oblique case that qualifies the noun
    before a full name (``директор Соловецкого музея Игорь Кондратов``): not a given name
    (``Алексей из Нижнего Новгорода``), nothing but lowercase nouns between the two."""
    if not word.single or not word.text.casefold().endswith(ADJECTIVAL_CASES):
        return False
    if is_given_name(word.text) or name.single:
        return False
    gap = clause[word.span.end : name.span.start]
    words = [w.casefold() for w in WORD.findall(gap)]
    # "начальник Главного управления МЧС России по Курской области Иван Петров"; not
    # "сказал Белых после встречи с Сергеем Ивановым" (a preposition of an object).
    return (
        "," not in gap
        and len(words) <= MAX_ADJECTIVE_GAP
        and not any(w in OBJECT_PREPOSITION_WORDS for w in words)
    )


TO_WORDS = frozenset(str.split("to with à a al alla an zu mit tegenover con avec com cu"))


def _plain_gap(clause: str, first: NameMention, name: NameMention) -> list[str]:
    """Return the words between two names when they are a few, with no punctuation and no
    preposition of an object or of the one told ("said Smith to the deputy minister John
    Doe": whom he spoke to); else []."""
    gap = clause[first.span.end : name.span.start]
    words = WORD.findall(gap)
    if not 0 < len(words) <= MAX_ADJECTIVE_GAP or any(mark in gap for mark in ',.;:!?()«»“”"'):
        return []
    if any(w in OBJECT_PREPOSITION_WORDS or w in TO_WORDS for w in words):
        return []
    return words


def _complement_before_title(
    clause: str, first: NameMention, name: NameMention, any_case: bool = False
) -> bool:
    """Return True when lowercase words ending on a title part a body's or a place's name
    from a full name after it (``ասել է Ռոսսելխոզնադզորի Ռոստովի մարզային վարչության պետ
    Իգոր Սեմենովը``): the first run is the title's complement, the full name its holder.
    Opening a sentence the words may be capitalised (``Akşehir Ziraat Odası Başkanı X``)."""
    words = [] if name.single else _plain_gap(clause, first, name)
    return (
        bool(words)
        # "Akşehir Ziraat Odası Başkanı X": capitals, when allowed, but never a verb
        # ("Nancy Pelosi praised President Joe Biden:")
        and all((w[:1].isupper() or is_title_word(w)) if any_case else w.islower() for w in words)
        and is_title_word(words[-1])
    )


def _place_then_apposed_name(
    clause: str, cue: re.Match[str], first: NameMention, name: NameMention
) -> bool:
    """Return True when a description after the cue ends on a place and a full name follows
    it after a comma (``resumió la propietaria de una casa rural de Villarreal de San Carlos,
    Inmaculada Pulido Rosado``): the place may read as a name; the name in apposition, from
    its given name on, is who spoke."""
    return (
        bool(WORD.search(clause[cue.end() : first.span.start]))
        and clause[first.span.end : name.span.start].strip() == ","
        and not name.single
        and not is_given_name(first.text.split()[0])
        and is_given_name(name.text.split()[0])
    )


def _told_before_title(clause: str, first: NameMention, name: NameMention) -> bool:
    """Return True for one word between the cue and a title that opens the description of
    a full name (``řekl Deníku majitel penzionu v Jetřichovicích Petr Šimůnek``): the paper
    told, in the dative, or the title's complement; the full name is who spoke."""
    if not first.single or name.single or is_given_name(first.text):
        return False
    words = _plain_gap(clause, first, name)
    return bool(words) and words[0].islower() and is_title_word(words[0])


def _french(cue: str) -> bool:
    """Return True for a French cue: "lui" before it is "to him" (``lui a répondu X``), where
    before an Italian one it is "he" (``lui ha risposto al premier X``)."""
    return cue.casefold() in FRENCH_CUES


MAX_WORDS_TO_THAT = 2  # "insisted that", "ha insistido en que"


# Definite articles a title opens the subject with ("The president said", "Le ministre a
# dit", "Der Minister sagte"); not "a" or "de" (Portuguese "a", Dutch "de", also English
# "a" and Romance "of").
DEFINITE_BEFORE_TITLE = frozenset(str.split("the le la les el il lo der die das het"))
MAX_SUBJECT_TITLE_WORDS = 3


# Nouns of someone's words after the cue ("Der Diplomat erinnerte an Lindemanns Aussage:"):
# the words quoted are that one's, not the title subject's.
WORDS_OF_A_NAME = frozenset(
    str.split(
        "aussage aussagen worte words statement remarks comments propos déclaration "
        "déclarations palabras declaraciones parole dichiarazione dichiarazioni palavras "
        "declaração declarações слова заявление słowa wypowiedź"
    )
)
# Present participles of a cue chained to the main clause ("..., saying", "..., affirmant",
# "..., diciendo", "..., dicendo", "..., dizendo"): its subject is the main clause's.
PARTICIPLE_CUE = re.compile(r"\w+(?:ing|ant|ando|endo|iendo)", re.IGNORECASE)


def _definite_title_before(lead: str, cue: str) -> str | None:
    """Return the title that alone, after a definite article, opens the clause right before
    the cue (``The president said``, ``, der Minister sagte``) or, for a participle, the main
    clause it hangs from (``the president dispelled such insinuation, saying``), else None."""
    if PARTICIPLE_CUE.fullmatch(cue) and lead.rstrip().endswith(","):
        main = re.split(r"[,;:]|[.!?]\s", lead.rstrip()[:-1])[-1]
        opening: list[str] = WORD.findall(main)
        titles = list(itertools.takewhile(is_title_word, opening[1 : MAX_SUBJECT_TITLE_WORDS + 1]))
        verb = opening[len(titles) + 1] if len(opening) > len(titles) + 1 else ""
        if (
            opening
            and opening[0].casefold() in DEFINITE_BEFORE_TITLE
            and titles
            and not is_institution_word(titles[-1])  # "il ministero": a body
            and verb.islower()
        ):
            return " ".join(titles)
        return None
    clause = re.split(r"[,;:]|[.!?]\s", lead)[-1]
    words: list[str] = WORD.findall(clause)
    if not 2 <= len(words) <= MAX_SUBJECT_TITLE_WORDS + 1 or not clause.rstrip().endswith(
        words[-1]
    ):
        return None
    if words[0].casefold() not in DEFINITE_BEFORE_TITLE:
        return None
    if not all(is_title_word(w) or is_demonym(w) for w in words[1:]):
        return None
    if not is_title_word(words[-1]) or is_institution_word(words[-1]):
        return None  # "Il ministero ha spiegato": a body speaks
    return " ".join(words[1:])


def opens_reported_clause(after_cue: str) -> bool:
    """Return True when "that" is among the first words after a cue (``insisted that X``,
    ``ha insistido en que X``): the words after it are what is reported."""
    return any(w.casefold() in COMPLEMENTIZERS for w in WORD.findall(after_cue)[:MAX_WORDS_TO_THAT])


# The preposition before the one told, after a title that follows its verb ("explicó el
# alcalde a la ministra", "ha detto il sindaco ai giornalisti").
ADDRESSEE = re.compile(r"\s(?:a|al|alla|allo|ai|agli|alle|à|ao|aos|às|to)\s", re.IGNORECASE)


def _paper_opening(lead: str) -> str | None:
    """Return the listed paper a clause opens with right before its verb, an article at most
    before it (``O El País recorda``, ``Le Monde cite``), else None."""
    text = lead.rstrip(" ,")
    found = media_in(text)
    if not found or found[-1][1] != len(text):
        return None
    head = WORD.findall(text[: found[-1][0]])
    if len(head) > 1 or (head and head[0].casefold() not in ARTICLE_SET):
        return None
    return found[-1][2]


def _quotes_what_is_reported(clause: str, cue: re.Match[str]) -> bool:
    """Return True when a quotation mark opens right after the cue's "that" (``dizendo que
    “O presidente ...”``): what is reported is another quotation."""
    following = WORD.match(clause, _past_spaces(clause, cue.end()))
    return following is not None and clause[_past_spaces(clause, following.end()) :].startswith(
        OPENING_MARKS
    )


def _reports_clause(clause: str, cue: re.Match[str]) -> bool:
    """Return True when "that" follows the cue (``», y reclamó que la Unión Europea ...``):
    the names after it are what is reported, the subject came before the quotation."""
    following = WORD.match(clause, _past_spaces(clause, cue.end()))
    return following is not None and following[0].casefold() in COMPLEMENTIZERS


def _group(lead: str) -> bool:
    """Return True for a subject of lowercase common nouns joined by a conjunction (``local
    fishermen and their unions warned``): a group speaks, no one person."""
    words = WORD.findall(lead)
    if len(words) < 3 or not all(w.islower() for w in words):
        return False
    if any(PRONOUN.fullmatch(w) or is_title_word(w) for w in words):
        return False
    return any(w in CONJUNCTIONS_LEFT for w in words[1:-1])


def _source_of(head: str) -> bool:
    """Return True when the subject before a name is an unnamed source the name only
    qualifies (``a source close to Meredov``, ``ein Sprecher der Staatsanwaltschaft``); a
    comma before the name makes it an apposition (``a senior official, X, said``)."""
    opening = SENTENCE_START.search(head)
    phrase = (head[opening.end() :] if opening else head).strip(LEADING_PUNCTUATION + " ")
    if not phrase or head.rstrip().endswith(","):
        return False
    words = phrase.split()
    if (
        len(words) > 1
        and words[0] == "An"  # not "A": "A Labour source close to X" names nobody
        and words[1][:1].isupper()
        and not is_demonym(words[1])
    ):
        return False  # "An Post spokeswoman X", "An Garda spokesman X": an Irish body's name
    return unnamed_source(phrase)


def _subject_of(before: list[NameMention], clause: str) -> NameMention:
    """Return the name heading the subject before a cue: the first one when the others sit
    in its apposition (``Hikmet Hajiyev, adviser to President Ilham Aliyev, told``), else the
    one closest to the cue."""
    # "X quipped that Phnom Penh was «...», before adding that": a name inside the reported
    # clause is no subject of the cue.
    subjects = [n for n in before if not _reported(clause, n.span.start)]
    # "Speaking to Sky News' Frazer Maude, Ms Brown said": the one spoken to is no subject
    subjects = [n for n in subjects if not SPOKEN_TO.search(clause, 0, n.span.start)]
    before = subjects or before
    if _counterpart_then_surname(before, clause):
        # "entre el mandatario y su par mexicano, Manuel López Obrador, Mondino opinó": the
        # counterpart's name closes with its comma; the surname right before the verb speaks
        return before[-1]
    full = [n for n in before if not n.single or n.bold]  # "X visitou Tete e garantiu"
    before = full or before
    first = before[0]
    # "Du côté du Front Polisario, le représentant X a dit", "O presidente do Governo
    # Regional dos Açores, X, afirmou": a name governed by a preposition or a body's noun.
    opening = WORD.findall(clause[: first.span.start].rsplit(",", 1)[-1])[-2:]
    governed = any(
        w.casefold() in CONNECTOR_SET
        or ADVERBIAL.fullmatch(w) is not None
        or is_institution_word(w)
        for w in opening
    )
    if len(before) > 1 and not governed and clause[first.span.end :].lstrip().startswith(","):
        apposition = clause[first.span.end : before[-1].span.start]
        words = WORD.findall(apposition)
        opening = words[:1]
        if opening and opening[0].casefold() in APPOSITION_BREAKERS:
            return before[-1]  # "X, a posłanka Y zarzuciła": "and" opens another subject
        if opening and opening[0].casefold() in RELATIVE_PRONOUNS and _leads(clause, first):
            return first  # "A turista X, que viajou de Buenos Aires, disse": his clause
        if opening and words == opening and opening[0].casefold() in ORIGIN_WORDS:
            return first  # "Il pescatore X, di Trevignano Romano, racconta": where he is from
        if (
            words
            and words[0].casefold() in AFFILIATION_OPENERS
            and all(w.casefold() in ARTICLE_SET for w in words[1:])
            and "," in clause[before[-1].span.end :]
        ):
            # "El geólogo X, de la Escuela Politécnica Nacional, cree": where X works
            return first
        # The title may follow the later name inside one noun phrase: "X, the Falkland
        # Islands' director, told" (not "Unlike X, Kamala Harris, the vice president, said").
        following = clause[before[-1].span.end :]
        own = following.split(",", 1)[0]
        inside = bool(words) and all(w.casefold() in ARTICLE_SET for w in words)
        own = own if inside and "," in following and not CUE.search(own) else ""
        titled = any(is_title_word(w) for w in WORD.findall(apposition + " " + own))
        # "X, calificó las cuentas de «...», mientras que la diputada Y lamentó": a verb
        # between the two names ends the apposition; Y is the subject of the later cue.
        if titled and SENTENCE_END.search(apposition) is None and not CUE.search(apposition):
            return first
    if len(before) > 1 and _of_place(clause, before[-2], before[-1]):
        return before[-2]  # "Burgemeester X van De Panne noemt": the town X is mayor of
    return before[-1]


def _coordinated_subject(
    before: list[NameMention], clause: str, cue: re.Match[str]
) -> NameMention | None:
    """Return the name opening the sentence when only "and" stands between the last name
    and the cue ("Элла Памфилова заскучала во время отчета ... Олеси Жуковой и призвала",
    "Obama called Putin and warned"): the second verb shares the first one's subject; the
    name before "and" closes the first verb's object."""
    if len(before) < 2:
        return None
    gap = clause[before[-1].span.end : cue.start()].split()
    if len(gap) != 1 or gap[0].casefold() not in COORDINATORS:
        return None
    start = max(
        (m.end() for m in SENTENCE_END.finditer(clause, 0, before[-1].span.start)), default=0
    )
    first = next((n for n in before if n.span.start >= start), None)
    if first is None or first is before[-1] or not _leads(clause, first):
        return None
    return first


def _counterpart_then_surname(before: list[NameMention], clause: str) -> bool:
    """Return True when the names before a cue end on a full name in apposition to a
    counterpart ("su par mexicano, X,", "his Canadian counterpart, X,"), closed by its comma,
    then a surname right before the verb: that surname is the subject."""
    if len(before) < 2 or not before[-1].single or before[-2].single:
        return False
    apposed, last = before[-2], before[-1]
    gap = clause[apposed.span.end : last.span.start]
    if gap.strip() != "," or CUE.match(clause, _past_spaces(clause, last.span.end)) is None:
        return False
    lead = clause[: apposed.span.start].rstrip()
    words = WORD.findall(lead[:-1]) if lead.endswith(",") else []
    return any(w.casefold() in COUNTERPART_WORDS for w in words[-MAX_COUNTERPART_REACH:])


# Nouns of a counterpart, whose name follows in apposition: "su par mexicano, X,".
COUNTERPART_WORDS = frozenset(
    str.split(
        "par homólogo homóloga counterpart homologue homologo homologa omologo omologa "
        "amtskollege amtskollegin kollege kollegin colega collega collègue"
    )
)
MAX_COUNTERPART_REACH = 3  # "su par mexicano", "his Canadian counterpart"


# A participle of talking and its preposition right before a name: the one spoken to.
SPOKEN_TO = re.compile(
    r"\b(?:speaking|talking|chatting)\s+(?:to|with)(?:\s+(?:the|a|[a-z]+))?\s+$", re.IGNORECASE
)  # "speaking to reporter X", "talking to the X"
# "Of" opening an apposition that names where the person before it works or comes from.
AFFILIATION_OPENERS = frozenset(str.split("de del di della da do du of from von vom aus"))
MAX_LEADING_WORDS = 3  # "A turista argentina X": an article or a title, then a qualifier


def _leads(clause: str, name: NameMention) -> bool:
    """Return True when ``name`` opens its sentence as its subject: nothing before it, or a
    few words opened by an article or a title (``A turista argentina X``); not "Unlike X",
    "Interrogé par X", "В отличие от X", where the name is an object."""
    sentence = SENTENCE_BREAK.split(clause[: name.span.start])[-1]
    words = WORD.findall(sentence)
    if not words:
        # "Unlike Rishi Sunak, who ...": a capitalised opening word may join the name's run
        return is_given_name(name.text.split()[0])
    first = words[0].casefold()
    return len(words) <= MAX_LEADING_WORDS and (first in ARTICLE_SET or is_title_word(first))


def _of_place(clause: str, name: NameMention, place: NameMention) -> bool:
    """Return True when only "of" stands between a full name and the next capitalised run
    (``X van De Panne``, ``X of Tarawa``): the place the person is from."""
    gap = clause[name.span.end : place.span.start]
    words = WORD.findall(gap)
    return (
        not name.single
        and len(words) == 1
        and words[0].casefold() in ORIGIN_WORDS
        and not any(mark in gap for mark in ',;:()«»“”"')
    )


# Relative pronouns opening an apposition: what follows is the named person's own clause
# ("X, que viajou de Buenos Aires, disse"), and a name in it is no subject.
RELATIVE_PRONOUNS = frozenset(
    str.split(
        "que qui who which whose whom che cui care который которая которые которого "
        "який яка які якого który która którzy którego který která kteří die dat welche "
        "welcher ki"
    )
)
# "X, di Trevignano Romano, racconta", "X, from Corinne, said": the place X is from.
ORIGIN_WORDS = frozenset(str.split("di da de du of from aus van von z ze iz из з із din"))
MAX_RELAYED_GAP = 3  # words between a relayed subject and its verb ("had assured him")


def _relayed(clause: str, cue: re.Match[str], names: list[NameMention]) -> Attribution | None:
    """Return the attribution of words relayed from someone else: an earlier reporting verb
    and "that" open a clause whose own subject speaks at the last cue (``X contou que o
    Presidente da Comissão lhe garantiu ... que «...»``, ``X said his counterpart Y had
    assured him that "..."`` is Y's already)."""
    opening = None
    for earlier in CUE.finditer(clause, 0, cue.start()):
        following = WORD.findall(clause[earlier.end() : cue.start()])[:3]
        if any(w.casefold() in COMPLEMENTIZERS for w in following):
            opening = earlier
            break
    if opening is None:
        return None
    that = next(
        m
        for m in WORD.finditer(clause, opening.end(), cue.start())
        if m[0].casefold() in COMPLEMENTIZERS
    )
    inner = clause[that.end() : cue.start()]
    if CUE.search(inner) or QUOTED.search(inner) or len(WORD.findall(inner)) > MAX_ROLE_WORDS:
        return None  # "quipped that Phnom Penh was «...», before adding": no new subject
    inside = [n for n in names if that.end() <= n.span.start and n.span.end <= cue.start()]
    if inside:
        name = inside[-1]
        if len(WORD.findall(clause[name.span.end : cue.start()])) > MAX_RELAYED_GAP:
            return None
        role = role_before(clause[that.end() : name.span.start])
        return Attribution(speaker=name.text, role=role, cue=cue[0])
    title = _titled_role(inner)
    if title is None or not _title_first(inner):
        return None
    return Attribution(cue=cue[0], role=title, anaphoric=True, relayed=True)


def _reported(clause: str, start: int) -> bool:
    """Return True when the name at ``start`` follows a reporting verb and "that" in the
    same clause (``quipped that Phnom Penh``): part of what is reported."""
    words = WORD.findall(clause[max(0, start - 40) : start])[-3:]
    return any(w.casefold() in COMPLEMENTIZERS for w in words) and bool(
        CUE.search(clause[max(0, start - 80) : start])
    )


def _shifted(bold: tuple[Span, ...], offset: int) -> tuple[Span, ...]:
    """Return bold spans relative to a clause cut ``offset`` characters later."""
    return tuple(Span(b.start - offset, b.end - offset) for b in bold if b.end > offset)


def _proper_body(lead: str) -> bool:
    """Return True for a subject of capitalised words only that names no person, no title
    and no nationality alone (``Georgian Dream``, ``Civil Contract``): a party, a body."""
    words = WORD.findall(lead)
    if not 2 <= len(words) <= MAX_BODY_WORDS or len(" ".join(words)) != len(lead):
        return False
    if is_armenian(words[-1]) and words[-1].endswith("ին"):
        return False  # "Sputnik Արմենիային ասել է": told to the agency, in the dative
    return all(
        w[0].isupper()
        and not w.isupper()
        and not is_title_word(w)
        and w.casefold() not in NOT_NAME_WORDS
        and CUE.fullmatch(w) is None
        for w in words
    )


def _agency(phrase: str) -> bool:
    """Return True for a phrase naming a news agency (``Interfax``, ``the RIA news agency``)."""
    words = [ELIDED_ARTICLE.sub("", w).casefold() for w in WORD.findall(phrase)]  # l'AFP
    return any(w in AGENCIES for w in words) and all(
        w in AGENCIES or w in ARTICLE_SET or w in MEDIA_WORDS or w == "news" for w in words
    )


def _last_institution(lead: str) -> str | None:
    """Return the institution whose name ends ``lead`` (``Georgia's State Security
    Service``)."""
    found = list(INSTITUTION.finditer(lead))
    return institution_phrase(lead, found[-1]) if found else None


def _institution_ends(lead: str) -> bool:
    """Return True when an institution's name ends the lead (``the Ministry of Foreign
    Affairs of the Republic of Azerbaijan said``): one long subject."""
    found = list(INSTITUTION.finditer(lead))
    return bool(found) and not lead[institution_span(lead, found[-1])[1] :].strip(" ,")


def _name_ends(lead: str, names: list[NameMention]) -> bool:
    """Return True when a full name ends the lead, only a comma or spaces after it, or an
    apposition holding a title between commas (``Morag Halliday, the islands' director of
    natural resources, told``)."""
    for name in names:
        if name.single:
            continue
        rest = lead[name.span.end :].strip(" ")
        if not rest.strip(","):
            return True
        # the name opens the lead: "a petition addressed to X, the president, said" is no his
        opens = not lead[: name.span.start].strip(LEADING_PUNCTUATION)
        if opens and (_titled_apposition(rest) or RELATIVE_CLAUSE.fullmatch(rest.rstrip())):
            return True  # "..., Máire Ní Fhlannagáin, who has taken in students ..., told"
    return False


def _titled_apposition(rest: str) -> bool:
    """Return True for ``, <words with a title>,`` and nothing else."""
    if not (rest.startswith(",") and rest.rstrip().endswith(",")):
        return False
    inner = rest.strip(" ,")
    words = WORD.findall(inner)
    return (
        "," not in inner and len(words) <= MAX_ROLE_WORDS and any(is_title_word(w) for w in words)
    )


# Two capitalised words in a row: a full name still to come in the clause.
CAPITAL_PAIR = re.compile(rf"[{UPPER}][^\W\d_]+\s+[{UPPER}][^\W\d_]+")
# Where the words after a cue stop: punctuation, and a full stop that is not inside a site's
# name ("řekl serveru Aktuality.sk jeden ze zaměstnanců").
CLAUSE_STOP = re.compile(r"[,;:!?։]|\.(?!\w)")
SENTENCE_STOP = re.compile(r"[;!?։]|\.(?!\w)")


def _anonymous_after(rest: str, unnamed: bool = False) -> bool:
    """Return True when the sentence after a cue says its speaker asked not to be named
    (``řekl ČTK majitel ..., který nechtěl být jmenován``), and names no body; anonymity after
    "according to a diplomat who ..." is someone else's. With ``unnamed`` (no name after the
    cue) inflected words count too."""
    own = SENTENCE_STOP.split(rest, maxsplit=1)[0]
    other = next(
        (m for m in BEFORE_CUE.finditer(own) if m[0].casefold() not in AMBIGUOUS_BEFORE), None
    )
    own = own[: other.start()] if other else own
    return anonymous(own, unnamed) and not institution_in(own, MAX_INSTITUTION_LEAD)


# "of a" in the languages with articles, as one word or two: "di una", "d'un", "of a".
OF_WORDS = frozenset(str.split("di de of do da von"))
OF_INDEFINITE = frozenset(str.split("d'un d'une d’un d’une dum duma eines einer"))


def _of_someone_unnamed(words: list[str]) -> bool:
    """Return True for a definite article, a common noun and "of a" something (``la
    proprietaria di una pensione``, ``le patron d'un bar``, ``the owner of a guesthouse``):
    an unnamed person, described by what they own or run."""
    if len(words) < 3 or words[0].casefold() not in ARTICLE_SET or not words[1].islower():
        return False
    if is_title_word(words[1]) and words[1].casefold() not in OWNER_NOUNS:
        return False  # "il sindaco di un comune vicino": a mayor the text may have named
    third = words[2].casefold()
    if third in OF_INDEFINITE:
        return True
    article = words[3].casefold() if len(words) > 3 else ""
    if third == "of":
        return article in ("a", "an")
    return third in OF_WORDS and article in UNAMBIGUOUS_INDEFINITES


OWNER_NOUNS = frozenset(
    str.split(
        "proprietaria proprietario propriétaire patron patronne gérant gérante dueño dueña "
        "owner manager dono dona titolare gestore gestrice besitzer besitzerin inhaber inhaberin"
    )
)


# Italian and French elide the indefinite article before a vowel ("un’altra", "un'amica").
ELIDED_INDEFINITE = re.compile(r"\b([Uu]n)['’](?=[^\W\d_])")


def _unnamed_after(clause: str, cue: re.Match[str], stripped: str) -> Attribution:
    """Return the attribution of a cue naming nobody: a source, an institution or a role."""
    # "précise par ailleurs un communiqué du ministère": the adverb is no subject.
    rest = CUE_ADVERB.sub("", clause[cue.end() :], count=1)
    rest = ELIDED_INDEFINITE.sub(r"\1 ", rest)  # "un’altra saronnese": "un" and its noun
    if _anonymous_after(rest, unnamed=True):
        # "disse ao jornal o dono de uma pousada ..., que pediu para não ser identificado"
        return Attribution(cue=cue[0], unnamed=True)
    head = CLAUSE_STOP.split(rest, maxsplit=1)[0]
    if not stripped and _told_only(head, cue[0]):
        # "«...», ha dichiarato a Pobjeda.": the one told, so the subject is named before.
        return Attribution(cue=cue[0], anaphoric=not is_impersonal(cue[0]))
    subject = _subject_phrase(head)
    quoted_body = QUOTED.match(subject.lstrip())
    if quoted_body and _names_statement(cue[0]):
        # "говорится в сообщении «Росатома»": the statement's author, named in quotes
        return Attribution(cue=cue[0], institution=quoted_body[0][1:-1])
    if _agency(stripped) or _agency(subject):
        return Attribution(cue=cue[0])  # "Interfax reported", "reported the AFP agency"
    # after an article only: "powiedział PAP", "řekla ČTK" name the agency told
    opening = _article_and_capitals(subject).split()
    articled = bool(opening) and (
        opening[0].casefold() in ARTICLE_SET or ELIDED_ARTICLE.match(opening[0]) is not None
    )
    acronym = _acronym_subject(" ".join(opening)) if articled and not stripped else None
    if acronym:
        return Attribution(cue=cue[0], institution=acronym, acronym=True)  # "a indiqué la SNCB"
    named = WORD.findall(subject)[:4]
    if cue[0].split()[-1].casefold() in ARTICLE_SET:
        named = [cue[0].split()[-1], *named]  # the cue "betonte der" holds the article
    if unnamed_source(subject) or (_named_thing(named) and not INSTITUTION.search(subject)):
        return Attribution(cue=cue[0])  # "— сказал собеседник агентства", "a écrit Le Monde"
    quoting_someone = OBJECT_PRONOUN.match(clause, cue.end()) is not None
    if not quoting_someone and (
        _no_persons_subject(WORD.findall(stripped)) or (not stripped and _medium_noun(named))
    ):
        # "écrit le journal", "the paper said": the medium named before speaks, not the last
        # person quoted (but "the minister told the paper": the one told)
        return Attribution(cue=cue[0])
    if (
        _indefinite_noun([w.casefold() if i == 0 else w for i, w in enumerate(named[:2])])
        or _of_someone_unnamed(WORD.findall(subject)[:5])
        or _someone_from(" ".join(named[:-1]), cue[0])
        or _one_of_group(subject)
        or _unnamed_after_listener(head)
        or _slavic_person_by_trade(WORD.findall(head)[: MAX_TRADE_WORDS + 1])
    ):
        # "a raconté un chauffeur de taxi", "contó una vecina": someone the text never names
        # (not English "a", which is Portuguese "the", unless "said a fisherman from X")
        return Attribution(cue=cue[0], unnamed=True)
    lead_role = _titled_role(stripped) if _title_first(stripped, any_case=True) else None
    if lead_role is None and _body_then_title(stripped):
        lead_role = _titled_role(stripped)  # "the cabinet secretary said": a title, no body
    document = _statement(subject) or _statement(stripped)
    if document and not lead_role:
        # "the statement said", "indique le communiqué de la présidence": the body named in
        # the phrase, else the document (document.py refers it back to the last body named).
        found = institution_in(subject) or institution_in(stripped)
        return Attribution(cue=cue[0], institution=found or document)
    # "hieß es in einer Stellungnahme der Präsidialverwaltung": an impersonal cue reaches
    # further; a personal one only to the noun phrase right after it ("said the ministry").
    impersonal = is_impersonal(cue[0])
    # "заявили в Центральной избирательной комиссии": adjectives before the noun count.
    reach = 60 if impersonal else max(25, _word_start(subject, MAX_INSTITUTION_LEAD))
    lead = clause[: cue.start()]
    institution = (
        institution_in(rest if impersonal else subject, reach)
        or institution_in(lead, 25)
        or (_last_institution(lead) if _institution_ends(lead) else None)
    )
    held = cue[0].split()[-1]  # "sagte die Chefin des ...": the cue holds the article
    titled = _title_first(f"{held} {head}" if held.casefold() in ARTICLE_SET else head)
    # "ընդգծել է կոմիտեի նախագահը": Armenian puts the body's genitive before the title of
    # its holder, who spoke (elsewhere the body's noun after a title is often the speaker).
    titled = titled or (is_armenian(subject) and _body_then_title(subject))
    if institution and not lead_role and not titled and not _told(subject):
        return Attribution(cue=cue[0], institution=institution)
    start = _role_start(subject)
    if start is not None and is_proxy_title(subject[:start]):
        return Attribution(cue=cue[0])  # "señalaron desde el entorno del presidente"
    forward = _forward_role(subject)
    role = forward or lead_role
    words = WORD.findall(subject[_role_start(subject) or 0 :] or stripped)[:4]
    if cue[0].split()[-1].casefold() in ARTICLE_SET:
        words = [cue[0].split()[-1], *words]  # the cue "betonte der" holds the article
    lead_words = WORD.findall(stripped)[:4]
    if lead_role and not forward and any(is_title_word(w) for w in lead_words[:2]):
        # "la líder de la formación ha pedido al presidente": the title before the cue
        # tells the gender, not the words after it (not "il marito della sindaca")
        words = lead_words
    # "der Franzose", "il lituano": no title, but the article still tells the gender.
    gender = role_gender(words) if role else article_gender(words)
    return Attribution(cue=cue[0], role=role, anaphoric=not impersonal, gender=gender)


MAX_TOLD_WORDS = 3  # "a Pobjeda", "à Radio Kiskeya": the medium told, nothing more


MAX_LISTENER_WORDS = 4  # "al canale televisivo", "to the regional broadcaster"


def _unnamed_after_listener(head: str) -> bool:
    """Return True for the one told, then an unnamed subject (``ha detto al canale televisivo
    un venditore di tappeti``): an indefinite article and a common noun after the listener's
    own words, not inside a phrase (``dijo a una radio local``, ``en una rueda de prensa``)."""
    words = WORD.findall(head)
    if not words or words[0].casefold() not in LISTENER_WORDS:
        return False
    for index in range(2, min(len(words) - 1, MAX_LISTENER_WORDS + 1)):
        if words[index - 1].casefold() in PHRASE_OPENERS:
            return False  # "durante una visita", "di una tv locale": a phrase, no subject
        if words[index] in UNAMBIGUOUS_INDEFINITES and words[index + 1].islower():
            return True
    return False


# Prepositions and conjunctions that open a phrase inside the words after a cue.
PHRASE_OPENERS = frozenset(
    str.split(
        "a à al ao aos au aux en in durante during di de da del della dello su sur dans em no na "
        "nel nella con with per por para pour at on after dopo après tras e y et and ai alle agli"
    )
)


def _told_only(head: str, cue: str) -> bool:
    """Return True when the words after a cue only say whom it was said to (``a Pobjeda``,
    ``to Reuters``): a preposition of the one told and a capitalised name, no title."""
    words = WORD.findall(head)
    return (
        1 < len(words) <= MAX_TOLD_WORDS
        and (_told_preposition(words[0], cue, head) or _told_medium_noun(words[0]))
        and all(w[:1].isupper() for w in words[1:])
        and not any(is_title_word(w) for w in words[1:])
    )


def _told_preposition(word: str, cue: str, clause: str) -> bool:
    """Return True for a preposition of the one told right after a cue. Not German "der",
    also a nominative (``sagt der Winzer``), nor "a" after a Portuguese cue, where it is the
    article (``informou a Petrobras``; a verb Spanish shares when the clause reads
    Portuguese: ``afirma a Vale em nota``, not ``critica a Sánchez el líder del PP``)."""
    key = word.casefold()
    if key == "der":
        return False
    shared = cue.casefold() in SPANISH_OR_ITALIAN_CUES
    if key == "a" and cue.casefold() in PORTUGUESE_CUES and not (shared and _reads_spanish(clause)):
        return False
    if key == "to" and cue.casefold() not in ENGLISH_CUES:
        return False  # Czech, Polish "to" is "it": "řekl to Andrej Babiš"
    return key in LISTENER_PREPOSITIONS


def _told_after(clause: str, cue: re.Match[str], name: NameMention) -> bool:
    """Return True for a name right after the cue and a preposition (``ha dichiarato a
    Pobjeda``, ``a déclaré à Tengrinews``): the one told, not the speaker. One told before
    the name (``a déclaré à Bakou Ilham Aliyev``) leaves the name the speaker's."""
    gap = WORD.findall(clause[cue.end() : name.span.start])
    if len(gap) == 2 and gap[1][0].isupper() and gap[1].casefold() in MEDIA_WORDS:
        gap = gap[:1]  # "a expliqué à Radio Ndeke Luka": the station's noun opens its name
    if gap and gap[0].casefold() == "pentru" and _medium_then_person(name.text):
        return False  # "a declarat pentru Digi24 Ion Popescu": the station, then who spoke
    if len(gap) == 1 and _told_medium_noun(gap[0]):
        if _medium_then_person(name.text):
            return False  # "powiedział portalowi Onet Jan Kowalski": the person spoke
        # "řekl deníku Delo": told the daily Delo; "řekla listu Jana Malá": she spoke
        return not is_given_name(name.text.split()[0])
    if _in_conversation_with(gap):
        return True  # "mówi w rozmowie z Polsat News pani X": the one spoken with
    if 1 < len(gap) <= MAX_CONVERSATION_WORDS and gap[-1].casefold() in INTERVIEWER_GENITIVE:
        return True  # "ostrzega w wywiadzie Agnieszki Niesłuchowskiej prof. X": who asked
    return len(gap) == 1 and _told_preposition(gap[0], cue[0], clause)


# "In an interview with" in a few words before the one spoken with ("w rozmowie z", "im
# Gespräch mit", "в беседе с", "en entrevista con"): broader than the words a medium's name
# follows (INTERVIEW_WORDS), which read only "interview with" as naming a paper.
CONVERSATION_NOUNS = INTERVIEW_WORDS | frozenset(
    str.split(
        "rozmowie wywiadzie gespräch разговоре беседе интервью розмові інтерв'ю інтерв’ю "
        "gesprek vraaggesprek conversación conversa conversazione"
    )
)
# Polish nouns of an interview before the interviewer's name in the genitive.
INTERVIEWER_GENITIVE = frozenset(str.split("wywiadzie rozmowie"))
CONVERSATION_WITH = MEDIA_PREPOSITIONS | frozenset(str.split("z ze с со з із met com dla"))
MAX_CONVERSATION_WORDS = 4


def _in_conversation_with(gap: list[str]) -> bool:
    """Return True for words ending on "in an interview with" (``w rozmowie z``)."""
    return (
        1 < len(gap) <= MAX_CONVERSATION_WORDS
        and gap[-1].casefold() in CONVERSATION_WITH
        and any(word.casefold() in CONVERSATION_NOUNS for word in gap)
    )


# Czech, Slovak and Polish outlets in the dative, the case of the one told, with no
# preposition ("řekl deníku Delo", "powiedział agencji BiełTA").
DATIVE_MEDIA = frozenset(str.split("deníku listu serveru týdeníku rádiu televizi"))
# Polish outlets in the dative, lowercase right after the cue ("powiedział agencji BiełTA");
# capitalised, "Agencji" opens a body's own name in the genitive.
POLISH_DATIVE_MEDIA = frozenset(str.split("agencji dziennikowi portalowi"))


def _told_medium_noun(word: str) -> bool:
    """Return True for an outlet's noun in the dative, the one told with no preposition
    (``deníku``, ``listu``; Polish ``agencji`` in small letters only)."""
    return word.casefold() in DATIVE_MEDIA or word in POLISH_DATIVE_MEDIA


def _medium_then_person(name: str) -> bool:
    """Return True for a run that holds a given name past its first word and before its
    last (``Digi24 Ion Popescu``): a medium's name run into a person's."""
    return any(is_given_name(word) for word in name.split()[1:-1])


def _word_start(text: str, index: int) -> int:
    """Return where the word number ``index`` (from 0) of ``text`` starts, 0 when it has
    fewer words."""
    for number, word in enumerate(WORD.finditer(text)):
        if number == index:
            return word.start()
    return 0


def _statement(phrase: str) -> str | None:
    """Return the document noun heading ``phrase`` (``the statement``, ``le communiqué de
    ...``): an article or nothing before it, no title word."""
    words: list[str] = WORD.findall(phrase)
    while words and words[0].casefold() in ARTICLE_SET:
        words = words[1:]
    if not words or not STATEMENT.fullmatch(words[0]) or any(is_title_word(w) for w in words):
        return None
    return words[0]


# Prepositions before a statement noun opening the sentence ("В сообщении X говорится",
# "Im Kommuniqué von X heißt es", "In a statement, X said").
STATEMENT_PREPOSITIONS = frozenset(str.split("в во у in im dans nel nella na no em w ve"))


def _in_statement(lead: str) -> bool:
    """Return True when the sentence before a name is a preposition and a statement noun
    (``В сообщении``): the name after it is the body that issued the statement."""
    sentence = SENTENCE_END.split(lead)[-1]
    words = [w.casefold() for w in WORD.findall(sentence)]
    return (
        len(words) == 2
        and words[0] in STATEMENT_PREPOSITIONS
        and STATEMENT.fullmatch(words[1]) is not None
    )


# Prepositions of the one told, right after the cue ("aseguró a El Divisadero", "a dit à
# Libération", "told to"): the name after them is the listener.
LISTENER_PREPOSITIONS = frozenset(str.split("a à al ao à au aux to dem der pentru"))
LISTENER_WORDS = LISTENER_PREPOSITIONS | frozenset(str.split("alla allo ai agli alle aos à às"))


TITLE_SUBJECT = re.compile(r"\s*[-–—•]?\s*((?:[^\W\d_][\w'’.-]*\s){0,3}[^\W\d_][\w'’.-]*),\s+(\S+)")


def title_subject(clause: str) -> str | None:
    """Return the title that opens the sentence as its subject, set off by a comma (``Bakan,
    terminalin ... kaydetti:``, ``The minister, speaking in Lagos, said``), else None: the
    names later in that sentence are what it is about."""
    sentence = SENTENCE_END.split(clause)[-1]
    participle_title = _title_after_participle(sentence)
    if participle_title:
        return participle_title
    match = TITLE_SUBJECT.match(sentence)
    if match is None or match[2][:1].isupper():
        return None  # "Bakan, Levan Abaşidze, ...": the name in apposition is the subject
    written: list[str] = WORD.findall(match[1])
    if written[0].casefold() in INDEFINITE_TITLES or unnamed_source(sentence[: match.end(1)]):
        return None  # "Ein Beamter, der nicht genannt werden wollte, sagte": nobody named
    words = [w for w in written if w.casefold() not in ARTICLE_SET]
    if not words or not all(is_title_word(w) for w in words):
        return None
    return match[1].strip()


# A Turkish or Azerbaijani title right before the quotation, after the participle of the
# clause that describes it: "... karşılık veren Iraklı bakan, “...” dedi".
PARTICIPLE_TITLE = re.compile(r"(\w+) ((?:[^\W\d_]+ )?[^\W\d_]+),\s*$")


def _title_after_participle(sentence: str) -> str | None:
    """Return the title (with its demonym) that a Turkic participle clause leads to at the
    end of the sentence before the quotation (``karşılık veren Iraklı bakan,``): the
    sentence's subject, while a name in it (``Sarıgül'ün sözlerine``) is what it is about."""
    match = PARTICIPLE_TITLE.search(sentence[-MAX_PARTICIPLE_TITLE:])
    if match is None or not match[1].endswith(TURKIC_PARTICIPLE) or not match[1].islower():
        return None
    if not TURKIC_LETTERS.search(sentence):
        return None  # English "And then the engineer, “...”": no Turkic sentence
    words = match[2].split()
    if not is_title_word(words[-1]) or not words[-1].islower():
        return None
    if len(words) > 1 and not (words[0].islower() or is_demonym(words[0])):
        return None
    return match[2]


# What opens the subject after a French verb: an article, or a capital ("lui répond le
# ministre", "lui a répondu Mme X").
SUBJECT_AFTER_VERB = re.compile(r"[ \u00a0]+(?:le|la|les|l['’]|[A-ZÀ-Þ])")


def _lowercase_title(word: str) -> bool:
    """Return True for a title written in lowercase: after "Il", "La", the word before it is
    the Italian article, not the French pronoun."""
    return word.islower() and is_title_word(word)


def _pronoun_before(clause: str, cue: re.Match[str]) -> str | None:
    """Return the subject pronoun right before a reporting verb (``she said``, ``il a
    dit``), else None; not after "according to" cues (``Selon lui``)."""
    if BEFORE_CUE.fullmatch(cue[0]):
        return None
    lead = clause[: cue.start()].rstrip()
    words: list[str] = WORD.findall(lead[-24:])
    if not words or not lead.endswith(words[-1]):
        return None
    if PRONOUN.fullmatch(words[-1]):
        return words[-1]
    if (
        len(words) >= 2
        and words[-1].islower()
        and PRONOUN.fullmatch(words[-2])
        and not _lowercase_title(words[-1])  # "Il sindaco ha risposto": an article, a title
    ):
        return words[-2]  # "She later told", "he also said": one adverb between
    return None


# The Turkish and Azerbaijani third person pronoun opening its sentence, with its comma: "O,
# ... düşünmədiklərini bildirib:" (the verb closes the sentence, far after its subject).
TURKIC_PRONOUN_OPENING = re.compile(r"(?:^\s*|[.!?։]\s+)O,\s")
TURKIC_VERB_ENDINGS = ("ib", "ıb", "ub", "üb", "di", "dı", "du", "dü", "ti", "tı", "tu", "tü")


def _turkic_pronoun_opening(clause: str, cue: re.Match[str]) -> str | None:
    """Return "O" when the sentence of a Turkic verb closing the clause before the quotation
    opens with the pronoun and its comma ("O, Avropa Liqası ... bildirib:"), else None."""
    if not cue[0].casefold().endswith(TURKIC_VERB_ENDINGS) or clause[cue.end() :].strip(" :\n"):
        return None
    openings = list(TURKIC_PRONOUN_OPENING.finditer(clause, 0, cue.start()))
    if not openings or SENTENCE_END.search(clause, openings[-1].end(), cue.start()):
        return None  # none, or a sentence ends between it and the verb
    return "O"


# Polish and Czech masculine datives: a name in one right after the verb is whom it was
# told ("powiedział Onetowi", "řekl Novákovi"), never who spoke.
WEST_SLAVIC_DATIVE = ("owi", "ovi")
# The preposition ending a cue of speaking about (parlé de, parlato di, habló de): a name
# after it is the topic, and the cue then says nothing of who speaks.
TOPIC_PREPOSITIONS = (" de", " di")


def _listener(clause: str, cue: re.Match[str], name: NameMention) -> bool:
    """Return True for a name right after the cue and a preposition of the one told, or a
    name in the dative right after it."""
    gap = WORD.findall(clause[cue.end() : name.span.start])
    if not gap and _west_slavic_dative(name.text):
        return True
    if name.span.start >= cue.end() and cue[0].casefold().endswith(TOPIC_PREPOSITIONS):
        return True  # "Marie Martin a parlé de Jean Moulin": whom she spoke of
    if cue[0].casefold() in REQUEST_CUES and gap and _dative(gap[0]):
        return True  # "Un cittadino ha chiesto al sindaco X «...»": the one asked, title or not
    return (
        bool(gap)
        and gap[0].casefold() in LISTENER_PREPOSITIONS
        and len(gap) <= 2
        and not any(is_title_word(w) for w in gap)  # "sagte der Minister X": the speaker
    )


# Verbs of asking: whom they ask, after a dative preposition, is never the speaker.
REQUEST_CUES = frozenset({"ha chiesto", "chiede", "demande"})
REQUEST_DATIVES = frozenset(str.split("a al alla allo ai agli alle all à au aux"))


def _dative(word: str) -> bool:
    """Return True for a dative preposition (``al``, ``all'``, ``à``, ``aux``)."""
    return re.split("['’]", word.casefold())[0] in REQUEST_DATIVES


# The Turkish genitive's ending after its apostrophe ("Moskova'nın", "Erdoğan’ın"), and a
# name ending in it.
APOSTROPHE_GENITIVE_ENDING = r"['’]n?[ıiuü]n"
APOSTROPHE_GENITIVE_NAME = re.compile(rf"{APOSTROPHE_GENITIVE_ENDING}$")
# Nouns of words after a genitive: the one whose words they are speaks ("X'in sözleri").
WORDS_NOUNS = ("söz", "ifade", "açıklama", "açıqlama", "tavsiye", "mesaj", "fikr", "fikir")


def _genitive_object(clause: str, name: NameMention, cue: re.Match[str]) -> bool:
    """Return True for a name before the verb in the Turkish genitive whose head is no noun
    of words ("Moskova'nın ateşkes için tutumunu açıkladı": the stance is Moscow's, the
    subject is left unsaid), unless the cue reads a genitive as its source ("X'in
    sözlerine göre")."""
    if name.span.end > cue.start() or cue[0].casefold() in GENITIVE_CUES:
        return False
    if BEFORE_CUE.fullmatch(cue[0]):
        return False  # "X'nın hesaplamalarına göre": according to her, she is the source
    if not APOSTROPHE_GENITIVE_NAME.search(name.text):
        return False
    head = WORD.findall(clause[name.span.end : cue.start()])[:1]
    return not (head and head[0].casefold().startswith(WORDS_NOUNS))


def _azerbaijani_dative(name: str) -> bool:
    """Return True for a full name whose surname ends in the Azerbaijani dative "-ə" after a
    consonant (Vladimir Putinə, İlham Əliyevə): surnames end so in no other case, women's in
    "-va"."""
    words = name.split()
    last = words[-1].casefold() if len(words) > 1 else ""
    if last.endswith(NOMINATIVE_SURNAME_ENDINGS):
        return False  # Mustafazadə, Quluzadə: "son of", nominative
    return last.endswith("ə") and len(last) > MIN_DATIVE_SURNAME and last[-2] not in TURKIC_VOWELS


MIN_DATIVE_SURNAME = 3
NOMINATIVE_SURNAME_ENDINGS = ("zadə",)


def _west_slavic_dative(name: str) -> bool:
    """Return True when every word of a Latin-script name ends as a masculine dative."""
    words = WORD.findall(name)
    return bool(words) and all(
        len(w) > 5 and not CYRILLIC_WORD.fullmatch(w) and w.casefold().endswith(WEST_SLAVIC_DATIVE)
        for w in words
    )


# "The paper quoted the information ministry as saying that": the medium quotes, the one
# between "quoted" and "as saying" speaks.
QUOTED_AS = re.compile(
    r"\b(?:quoted|quotes|cited|cites|reports|reported)\s+(?P<who>[^.;:!?]{1,80}?)\s+as\s+"
    r"(?P<cue>saying|telling|stating|having said|warning|adding)(?:\s+that)?[\s,:]*$",
    re.IGNORECASE,
)


def _quoted_as(clause: str) -> Attribution | None:
    """Return the attribution of ``quoted X as saying``: X by name, institution or role."""
    match = QUOTED_AS.search(clause)
    if match is None:
        return None
    who = match["who"]
    if OBJECT_PRONOUN.fullmatch(who):
        # "The Hindustan Times quotes him as saying": the one the pronoun stands for
        return Attribution(cue=match["cue"], anaphoric=True, pronoun=who)
    names = [n for n in find_names(who) if not n.single]
    if names:
        return Attribution(
            speaker=names[0].text, role=role_before(who[: names[0].span.start]), cue=match["cue"]
        )
    institution = institution_in(who)
    if institution:
        return Attribution(cue=match["cue"], institution=institution)
    if unnamed_source(who):
        return Attribution(cue=match["cue"])
    role = _titled_role(who)
    return Attribution(cue=match["cue"], role=role, anaphoric=role is not None)


def _told(subject: str) -> bool:
    """Return True when the institution after the cue is the listener and a role follows
    with its own article (``disse à agência Lusa o ministro``)."""
    start = _role_start(subject)
    found = INSTITUTION.search(subject)
    if start is None or found is None or institution_span(subject, found)[1] > start:
        return False
    # "la oficina de prensa del Ministerio de Hacienda": the later noun is the institution's
    # own complement, no role.
    title = next((w for w in WORD.findall(subject[start:]) if is_title_word(w)), "")
    return not is_institution_word(title)


def _subject_phrase(head: str) -> str:
    """Return the noun phrase right after a cue, cut where an adverbial follows its title
    (``the minister at a news conference`` -> ``the minister``; ``dal canto suo il capo``
    keeps its role)."""
    title = next((w for w in WORD.finditer(head) if is_title_word(w.group())), None)
    cut = ADVERBIAL.search(head, title.end()) if title else None
    return head[: cut.start()] if cut else head


def last_anonymity(text: str) -> int:
    """Return where the last phrase saying a source asked not to be named starts in
    ``text`` (words that inflect too), or -1."""
    found = [m.start() for pattern in (ANONYMITY, ANONYMITY_FORMS) for m in pattern.finditer(text)]
    return max(found, default=-1)


def anonymous(text: str, unnamed: bool = False) -> bool:
    """Return True when ``text`` says its source asked not to be named; when no name is the
    subject (``unnamed``), also in words that inflect (``не пожелавший представиться``)."""
    if ANONYMITY.search(text) is not None:
        return True
    return unnamed and ANONYMITY_FORMS.search(text) is not None


def _unnamed_after_told(gap: str) -> bool:
    """Return True when, after the one told and how, the gap opens an unnamed source with an
    indefinite article (``dijo en inglés a La Tercera un portavoz de Austral``)."""
    words = list(WORD.finditer(gap))
    for index, word in enumerate(words):
        if not index or word[0] not in INDEFINITE_TITLES:
            continue
        if words[index - 1][0].casefold() in ARTICLE_PREPOSITIONS:
            continue  # "tras una reunión con un portavoz de Austral el alcalde X": whom he met
        if unnamed_source(gap[word.start() :]):
            return True
    return False


# Prepositions before an indefinite article: the phrase is an object, not the subject.
ARTICLE_PREPOSITIONS = frozenset(str.split("con with avec mit met com z ze"))


def unnamed_source(phrase: str) -> bool:
    """Return True for an unnamed source (``a diplomatic source``, ``un diplomate``,
    ``собеседник агентства``): a source noun, or an indefinite article opening a title."""
    words = WORD.findall(phrase)
    if ANONYMITY.search(phrase):
        return True  # "A volunteer ..., speaking on condition of anonymity, was less confident"
    if not words or len(words) > MAX_ROLE_WORDS:
        return False
    if _source_noun(phrase) or any(_plural_title(w) for w in words[:MAX_GAP_WORDS]):
        return True
    # The indefinite article opens the phrase or follows one qualifier ("Bakü'deki bir
    # yetkili": an official in Baku).
    for index, article in enumerate(words[:2]):
        if len(article) > 1 and article.isupper():
            continue  # "UN Special Rapporteur": an acronym, not the article "un"
        titles = INDEFINITE_TITLES.get(article.casefold(), frozenset())
        described = []  # up to the next article: "un communiqué le directeur" is his
        for word in words[index + 1 : index + 4]:
            if word.casefold() in ARTICLE_SET:
                break
            described.append(word)
        if any(_among_titles(w.casefold(), titles) for w in described):
            return True
    return False


# Nouns for people by what they do or where they live, in their dictionary form, lowercase:
# after an indefinite article opening a sentence they name someone nobody names. A list, not
# endings: "a number", "un moment", "un incidente", "ein Feuer" end like people's nouns.
# Compounds count by their head (Tretbootverleiher, shopkeeper, Gastwirtin).
ENGLISH_PERSON_NOUNS = frozenset(
    str.split(
        "man woman fisherman fisher keeper shopkeeper worker farmer driver owner seller trader "
        "dealer vendor resident villager passenger tourist visitor volunteer pensioner retiree "
        "neighbour neighbor student teacher nurse ranger skipper sailor hiker climber miner "
        "builder waiter islander grower breeder commuter boatman agent employee"
    )
)
PERSON_NOUNS = ENGLISH_PERSON_NOUNS | frozenset(
    str.split(
        # fr
        "homme femme pêcheur pêcheuse chauffeur agriculteur agricultrice éleveur éleveuse "
        "habitant habitante commerçant commerçante retraité retraitée passant passante "
        "touriste visiteur visiteuse vendeur vendeuse ouvrier ouvrière fermier fermière "
        "hôtelier hôtelière restaurateur restauratrice infirmier infirmière étudiant étudiante "
        "marin saisonnier saisonnière riverain riveraine voisin voisine salarié salariée "
        "viticulteur viticultrice berger bergère "
        # it
        "uomo donna pescatore autista agricoltore allevatore abitante commerciante pensionato "
        "pensionata turista visitatore venditore venditrice operaio operaia residente "
        "albergatore ristoratore negoziante barista marinaio vicino vicina studente "
        "studentessa contadino contadina "
        # es
        "hombre mujer pescador pescadora conductor conductora agricultor agricultora ganadero "
        "ganadera vecino vecina comerciante jubilado jubilada visitante vendedor vendedora "
        "obrero obrera hostelero hostelera camarero camarera taxista marinero estudiante "
        "campesino campesina arriero minero "
        # pt
        "homem mulher motorista morador moradora reformado reformada aposentado aposentada "
        "operário operária estudante "
        # de (compound heads)
        "mann frau fischer fischerin fahrer fahrerin bauer bäuerin landwirt landwirtin wirt "
        "wirtin anwohner anwohnerin bewohner bewohnerin einwohner einwohnerin händler "
        "händlerin verkäufer verkäuferin passantin touristin urlauber urlauberin rentner "
        "rentnerin arbeiter arbeiterin mitarbeiter mitarbeiterin besitzer besitzerin betreiber "
        "betreiberin inhaber inhaberin verleiher verleiherin winzer winzerin pendler pendlerin "
        "nachbar nachbarin schüler schülerin studentin "
        # nl
        "vrouw visser boer boerin bewoner bewoonster inwoner winkelier toerist bezoeker "
        "schipper reiziger forens buurman buurvrouw ondernemer eigenaar medewerker "
        # tr
        "adam kadın balıkçı esnaf çiftçi şoför sürücü vatandaş sakin işçi satıcı emekli köylü"
    )
)
MIN_PERSON_HEAD = 4  # heads a compound may end on: "-wirt", "-keeper", "-verleiher"
COMPOUND_PERSON_HEADS = tuple(n for n in PERSON_NOUNS if len(n) >= MIN_PERSON_HEAD)
ENGLISH_PERSON_HEADS = tuple(n for n in ENGLISH_PERSON_NOUNS if len(n) >= MIN_PERSON_HEAD)


def someone_by_trade(phrase: str) -> bool:
    """Return True when ``phrase`` opens with an indefinite article and a noun for a person by
    what they do, maybe after one adjective (``Ein Tretbootverleiher am Nordufer``, ``A local
    fisherman``, ``Un pescador del puerto``): someone the text does not name."""
    words = WORD.findall(phrase)
    if len(words) < 2 or words[0].casefold() not in INDEFINITE_TITLES or words[0][1:].isupper():
        return False
    nouns, heads = PERSON_NOUNS, COMPOUND_PERSON_HEADS
    if words[0].casefold() == "a":  # also the Portuguese "the": "A moradora disse"
        nouns, heads = ENGLISH_PERSON_NOUNS, ENGLISH_PERSON_HEADS
    for word in words[1:3]:
        key = word.casefold()
        if key in nouns or key.endswith(heads):
            return True
    return False


MAX_TITLE_WORD_CHARS = 40  # enough to read the word after a source noun


def _source_noun(phrase: str) -> bool:
    """Return True for a source noun (``sources``, ``kaynaklar``) that is no part of a title:
    capitalised before a title it is the title's portfolio (``Enerji ve Tabii Kaynaklar
    Bakanı``, the Energy and Natural Resources Minister)."""
    for match in SOURCE.finditer(phrase):
        following = WORD.findall(phrase[match.end() : match.end() + MAX_TITLE_WORD_CHARS])
        portfolio = phrase[match.start()].isupper() and following and is_title_word(following[0])
        if not portfolio:
            return True
    return False


# Indefinite articles that are one in every language that writes them ("a" is the
# Portuguese "the": "Segundo a ministra" names someone).
UNAMBIGUOUS_INDEFINITES = frozenset(INDEFINITE_TITLES) - {"a"}


# Slavic languages have no article: "– признался водитель внедорожника", "– pyta emerytka
# z Hradnej" name nobody by a noun for someone by their trade or place in life. A list, not
# endings: an owner ("– mówi właścicielka piekarni") or a title refers back to the one named,
# and "spółka", "компания" are bodies.
SLAVIC_PERSON_NOUNS = frozenset(
    str.split(
        # ru
        "житель жительница водитель рыбак пенсионер пенсионерка турист туристка продавец "
        "продавщица прохожий прохожая пассажир пассажирка фермер рабочий отдыхающий дачник "
        "дачница охотник таксист официант официантка сторож студент студентка школьник "
        "волонтер волонтёр горожанин горожанка сельчанин сельчанка женщина мужчина девушка "
        "парень старик сотрудник сотрудница работник работница очевидец участник участница "
        # uk
        "мешканець мешканка жителька водій рибалка пенсіонер пенсіонерка продавець продавчиня "
        "перехожий пасажир пасажирка робітник офіціант офіціантка волонтер селянин селянка "
        "жінка чоловік дівчина хлопець працівник працівниця співробітник співробітниця "
        "очевидець учасник учасниця "
        # pl
        "mieszkaniec mieszkanka emeryt emerytka kierowca rybak turysta turystka sprzedawca "
        "sprzedawczyni przechodzień pasażer pasażerka rolnik robotnik taksówkarz kelner "
        "kelnerka wolontariusz studentka działkowiec wczasowicz wczasowiczka kobieta "
        "mężczyzna dziewczyna chłopak pracownik pracownica uczestnik uczestniczka świadek"
    )
)
MAX_TRADE_WORDS = 3  # the noun after an adjective or two ("местный житель"), and one more


def _slavic_person_by_trade(words: list[str]) -> bool:
    """Return True when the subject after a Slavic cue, in small letters, is a noun for
    someone by their trade (``водитель``, ``пенсионерка``, ``emerytka``), maybe after an
    adjective: someone unnamed, not the last speaker."""
    for index, word in enumerate(words):
        key = word.casefold()
        if not word.islower() or is_title_word(key) or PRONOUN.fullmatch(key):
            return False
        if key in SLAVIC_PERSON_NOUNS:
            # "– ocenił związkowiec.": a bare noun refers back to the one it describes;
            # "рыбак из Каракола", "водитель внедорожника": described, someone new;
            # "spółka KN Energies": a noun before a name is the name's
            return index + 1 < len(words) and words[index + 1].islower()
    return False


def _indefinite_noun(words: list[str]) -> bool:
    """Return True for an indefinite article and a common noun (``un cadre``, ``una
    funzionaria``): after "according to", someone the text does not name."""
    return (
        len(words) == 2
        and words[0] in UNAMBIGUOUS_INDEFINITES
        and words[1].islower()
        and STATEMENT.fullmatch(words[1]) is None
    )


def _indefinite_subject(subject: str, cue: str) -> bool:
    """Return True for a subject of common nouns after an indefinite article (``a local
    shopkeeper``, ``un vieux pêcheur``): someone the text never names, not the last speaker."""
    words = WORD.findall(subject)
    # "a pensioner on Trg slobode", "een eilander op de kade": the place is no part of who.
    cut = next((i for i, w in enumerate(words[2:], 2) if w.casefold() in PLACE_PREPOSITIONS), None)
    words = words[:cut]
    if not 2 <= len(words) <= MAX_INDEFINITE_SUBJECT_WORDS:
        return False
    article = words[0].casefold()
    # A capital: a name, a body or a place may be the one meant; German capitalises its
    # nouns ("ein Wirt"), so a German subject may have capitals.
    if article not in GERMAN_INDEFINITES and any(
        not word.islower() and not is_demonym(word) for word in words[1:]
    ):
        return False  # but "Een Britse toerist": a nationality is no name
    if any(
        STATEMENT.fullmatch(word) or is_institution_word(word) or word.casefold() in DOCUMENT_NOUNS
        for word in words[1:]
    ):
        return False  # "a statement from the ministry said", "a ministry said": a body speaks
    if any(
        PRONOUN.fullmatch(word) or word.casefold() in ONCE_AGAIN or word.casefold() in TIME_NOUNS
        for word in words[1:]
    ):
        return False  # "a day later he told", "una vez más aseguró", "Eine Woche danach": when
    if article in ("a", "an"):
        # English "a"; before a Portuguese cue the article ("a ministra disse": named before)
        return cue.casefold() in ENGLISH_CUES and cue.casefold() not in PORTUGUESE_CUES
    if article == "o":
        # Romanian "o" (a, feminine: "a spus o mamă"); Portuguese "o" is "the"
        return cue.casefold() in ROMANIAN_CUES and cue.casefold() not in PORTUGUESE_CUES
    return article in UNAMBIGUOUS_INDEFINITES


# Prepositions of where someone is from, or whom they work for: "un agricultor de X".
FROM_PREPOSITIONS = frozenset(str.split("de del of from di da du des van aus von z ze din"))
PLACE_PREPOSITIONS = FROM_PREPOSITIONS | frozenset(
    str.split("on in at near op en à dans im am bei в на w na u în pe bij aan")
)


def _town_adjective_before(opening: str) -> bool:
    """Return True for a German indefinite article and a town's adjective (``Ein Ebenseer``,
    ``Eine Linzer``): the capitalised word after them is a common noun (Pendler), no name;
    not an adjective of mood (``Ein sichtlich bewegter Scholz``)."""
    words = WORD.findall(opening)
    return (
        len(words) == 2  # the article and the adjective
        and words[0].casefold() in GERMAN_INDEFINITES
        and words[1][:1].isupper()
        and words[1].endswith("er")
    )


# "in albanese", "en anglais", "auf Englisch", "em inglês", "in English", "по-английски"
# right after a cue: how it was said, not who said it (listed names of languages: "in
# Milano", "en Calais" are places).
SPOKEN_LANGUAGES = frozenset(
    str.split(
        "anglais français allemand espagnol italien russe arabe portugais néerlandais grec "
        "turc albanais créole wolof inglese francese tedesco spagnolo russo albanese arabo "
        "greco sloveno croato serbo englisch französisch deutsch russisch italienisch "
        "spanisch polnisch tschechisch türkisch arabisch english french german russian "
        "spanish italian arabic portuguese greek turkish inglês francês espanhol crioulo "
        "inglés francés alemán portugués catalán"
    )
)
LANGUAGE_SPOKEN = re.compile(
    rf"^\s*(?:(?:in|en|auf|em)\s+(?:{'|'.join(sorted(SPOKEN_LANGUAGES))})|по-[а-яё]+ски)\b\s*",
    re.IGNORECASE,
)


def _someone_from(gap: str, cue: str) -> bool:
    """Return True for an unnamed person and the place or body they are from, between a cue
    and a name (``explicó un agricultor de Chtouka``, ``said a fisherman from Chioggia``):
    the name is the place, and the speaker is nobody named. The language spoken may come
    first (``racconta in albanese una donna di Obot``)."""
    words = WORD.findall(LANGUAGE_SPOKEN.sub("", gap, count=1))
    if (
        len(words) >= 4
        and words[-2].casefold() in FROM_PREPOSITIONS
        and words[-1].islower()
        and gap.rstrip().endswith(words[-1])
    ):
        words = words[:-1]  # "o mamă din satul X": the place's common noun right before it
    return (
        len(words) >= 3
        and words[-1].casefold() in PLACE_PREPOSITIONS
        and _indefinite_subject(" ".join(words[:-1]), cue)
    )


def _name_not_speaking(clause: str, name: NameMention, cue: re.Match[str]) -> Attribution | None:
    """Return the attribution when the name before the cue is not who spoke: a company's
    name after its noun ("polska spółka X podała", "the salt company X said"), or the place
    of "one of" its residents ("Ərkivan kəndinin sakinlərindən biri bildirib")."""
    sentence = SENTENCE_BREAK.split(clause[: name.span.start])[-1]
    if _body_noun_ends(sentence.rsplit(",", 1)[-1]):
        return Attribution(cue=cue[0], institution=name.text)
    if _one_of(clause[name.span.end : cue.start()]):
        return Attribution(cue=cue[0], unnamed=True)
    return None


TURKIC_INDEFINITE = "bir"


SENTENCE_OR_QUOTE_END = re.compile(r"[.!?…»”\"]\s")
TURKIC_PARTICIPLE_ENDINGS = ("an", "en")  # "taş çıkaran bir usta": the one who quarries


# Datives of whom a Turkish speaker told (gazetecilere, gazeteye, muhabirimize).
TURKIC_LISTENER_ENDINGS = ("lere", "lara", "ye", "ya", "ine", "ına", "une", "üne", "mize", "mıza")


def indefinite_topic(before: str) -> bool:
    """Return True when the words right before a quotation are an indefinite subject, with
    its topic particle (``meyve satan bir esnaf ise "..." diye``) or after a participle and
    before a comma (``taş çıkaran bir usta, "..." diye``): someone the text never names."""
    if _ends_on_one_of(before):
        return True  # "sahibkarlardan biri “...” deyib": one of a group, nobody named
    all_words = WORD.findall(before)
    ending = before.rstrip()
    if len(all_words) > 3 and all_words[-1].casefold().endswith(TURKIC_LISTENER_ENDINGS):
        # "bir balıkçı ise gazetecilere": the ones told come after the topic particle
        ending = ending[: -len(all_words[-1])].rstrip()
        all_words = all_words[:-1]
    words = [w.casefold() for w in all_words[-3:]]
    if len(words) < 3:
        return False
    if words[0] == TURKIC_INDEFINITE and words[2] in TOPIC_PARTICLES:
        return _turkic_subject_noun(words[1]) and ending.endswith(words[2])
    named = any(not name.single for name in find_names(SENTENCE_OR_QUOTE_END.split(before)[-1]))
    if (
        words[0] == TURKIC_INDEFINITE
        and _turkic_subject_noun(words[1])
        and words[2].endswith(COMPOUND_HEAD_ENDINGS)
        and ending.endswith(",")
        and not named
    ):
        return True  # "Ekipte görevli bir jandarma personeli, "..." dedi": a compound noun
    return (
        words[1] == TURKIC_INDEFINITE
        and _turkic_subject_noun(words[2])
        and words[0].endswith(TURKIC_PARTICIPLE_ENDINGS)
        and ending.endswith(",")
        and ending[:-1].rstrip().casefold().endswith(words[2])
        # "Erdoğan, soru soran bir gazeteciye, ...": a named subject; "bir" is whom he told
        and not named
    )


# Locative and ablative endings: "bir konuşmasında ise" is "in a speech of his", no subject.
TURKIC_PLACE_CASES = ("da", "de", "də", "dan", "den", "dən")


def _turkic_subject_noun(word: str) -> bool:
    """Return True for a noun that may be the subject after "bir": not in a place case, not
    "once again", not a statement (``bir açıklama``)."""
    return (
        word not in ONCE_AGAIN
        and not word.endswith(TURKIC_PLACE_CASES)
        and STATEMENT.fullmatch(word) is None
    )


def _one_of(between: str) -> bool:
    """Return True when the words between a name and its cue end on "one of" a group
    (``Ərkivan kəndinin sakinlərindən biri bildirib``): the name is the group's place."""
    if "," in between:
        return False  # "Rauf Əliyev, layihə müəlliflərindən biri, bildirib": his apposition
    words = [w.casefold() for w in WORD.findall(between)]
    # "one of" closing the subject, or before the topic particle that ends it ("Kənd
    # sakinlərindən biri isə ... deyib"); not "biri ilə" (with one), "biri olan", "biri kimi"
    return any(
        words[i] in ONE_OF
        and words[i - 1].endswith(ABLATIVE_ENDINGS)
        and (
            i == len(words) - 1
            or words[i + 1] in TOPIC_PARTICLES
            or _told_medium(words[i + 1 :], between)
        )
        for i in range(1, min(len(words), MAX_ONE_OF_POSITION + 1))
    )


# Turkic nouns of a medium told, in the dative ("qəzetə", "qəzetinə", "gazeteye"): after
# "one of" a group they name whom that one spoke to, not who.
TURKIC_MEDIA_STEMS = ("qəzet", "gazete", "jurnalist", "gazeteci", "muxbir", "muhabir", "sayt")
MAX_TOLD_MEDIUM_WORDS = 3  # "“Azərbaycan” qəzetinə": the paper's name, then its noun
TURKIC_DATIVE_ENDINGS = ("a", "e", "ə")  # also "-ya", "-ye", "-yə", "-na", "-nə"


def _ends_on_one_of(text: str) -> bool:
    """Return True when ``text`` ends on "one of" a group, perhaps then the medium told
    (``köçkünlərdən biri “Azərbaycan” qəzetinə``): the subject is nobody named."""
    words = list(WORD.finditer(text))
    last = max((i for i, w in enumerate(words) if w.group().casefold() in ONE_OF), default=0)
    if last == 0:
        return False
    head = text[: words[last - 1].start()]
    if "," in head and any(not n.single for n in find_names(head.rsplit(",", 1)[0])):
        return False  # "Rauf Əliyev, layihə müəlliflərindən biri “Xalq” qəzetinə": his apposition
    # from the group's word on, commas kept: "X, layihə müəlliflərindən biri, bildirib" is X
    return _one_of(text[words[last - 1].start() :])


# The possessive ending of a Turkic compound noun's head (jandarma personel-i, köy sakin-i).
COMPOUND_HEAD_ENDINGS = ("ı", "i", "u", "ü")


def _turkic_unnamed_subject(lead: str) -> bool:
    """Return True when the words before a Turkic cue end on "bir" and a noun, perhaps
    then the medium told (``– deyə Gilgilçay kəndindən olan bir sakin “Yeni Şabran”
    qəzetinə bildirib``): someone the text never names, though places are named before.
    Not a noun in the dative (``nazir bir jurnalistə bildirib``: told a journalist)."""
    found = list(WORD.finditer(lead))
    words = [w.group() for w in found]
    for index in range(len(words) - 1):
        noun = words[index + 1]
        if words[index] != TURKIC_INDEFINITE and (index or words[0] != "Bir"):
            continue  # "“Bir millət” qəzetinə": a paper's name, not the article
        if not noun.islower() or noun.endswith(TURKIC_DATIVE_ENDINGS):
            continue
        if not _turkic_subject_noun(noun):
            continue
        if any(_named_subject(lead, n) for n in find_names(lead[: found[index].start()])):
            return False  # "– deyə nazir Elnur Quliyev bir yerli qəzetə bildirib": named
        rest = _without_language_told([w.casefold() for w in words[index + 2 :]])
        topic = bool(rest[:1]) and rest[0] in TOPIC_PARTICLES
        if topic:
            rest = rest[1:]  # "bir turist isə qəzetə deyib": the topic particle, then whom
        if not rest or _told_medium(rest, lead):
            return True
        if len(rest) == 1 and not topic and rest[0].endswith(COMPOUND_HEAD_ENDINGS):
            return True  # "bir jandarma personeli", "bir otel çalışanı": a compound noun
        if topic and rest[-1].endswith(TURKISH_CONVERB_ENDINGS):
            # "bir üretici ise kuraklığı ... belirterek, “...” dedi": the converb's clause
            # is the same unnamed subject's
            return True
    return False


ARMENIAN_INDEFINITE = "մի"
MAX_AFTER_ARMENIAN_SUBJECT = 3  # the one told, the language, an adverb
ARMENIAN_HOW_OFTEN = frozenset({"քանի", "անգամ"})  # "մի քանի" (several), "մի անգամ" (once)
ARMENIAN_SUBJECT_PRONOUNS = frozenset({"նա", "նրանք"})


def _armenian_unnamed_subject(lead: str) -> bool:
    """Return True when an Armenian lead ends on "մի" and a noun, then only lowercase words
    (the one told, the language): ``Ճանապարհի եզրին գինի վաճառող մի կին լրագրողին
    վրացերեն ասել է``, a woman the text never names; the capital opening the sentence is
    the road's."""
    words = WORD.findall(lead)
    if ARMENIAN_INDEFINITE not in words:
        return False
    index = len(words) - 1 - words[::-1].index(ARMENIAN_INDEFINITE)
    rest = words[index + 1 :]
    if rest[:1] and rest[0] in ARMENIAN_HOW_OFTEN:
        return False  # "Նա մի քանի անգամ ասել է": "several times", said by him
    if any(w.casefold() in ARMENIAN_SUBJECT_PRONOUNS for w in words):
        return False
    return (
        1 <= len(rest) <= MAX_AFTER_ARMENIAN_SUBJECT + 1
        and all(w.islower() and is_armenian(w) for w in rest)
        and not any(not n.single for n in find_names(lead))
    )


# Turkish converbs of saying that lead into the quotation ("belirterek", "vurgulayarak").
TURKISH_CONVERB_ENDINGS = ("erek", "arak")
TURKIC_IN_LANGUAGE = frozenset({"dilində", "dilinde"})


def _without_language_told(words: list[str]) -> list[str]:
    """Return ``words`` without a closing "in (some) language" (``rus dilində``)."""
    if len(words) >= 2 and words[-1] in TURKIC_IN_LANGUAGE:
        return words[:-2]
    return words


def _named_subject(lead: str, name: NameMention) -> bool:
    """Return True for a full name that may be the subject, not a place the next word takes
    its ablative from (``Yeni Yaşma kəndindən olan bir sakin``: from the village of)."""
    following = WORD.findall(lead[name.span.end :])[:1]
    return not name.single and not (following and following[0].endswith(ABLATIVE_ENDINGS))


def _told_medium(words: list[str], text: str) -> bool:
    """Return True for a medium told in the dative, perhaps after its name in quotation
    marks (``qəzetə``, ``“Azərbaycan” qəzetinə``; not ``Əli Məmmədov qəzetimizə``: a name)."""
    # "Yeni Müsavat qəzetinə": a paper's name before its noun's third-person ending; "Əli
    # Məmmədov qəzetimizə" (our paper) is a name, then the paper.
    named = words[-1].endswith(("nə", "na"))
    if len(words) > 1 and not named and not any(mark in text for mark in '“”«»„"'):
        return False
    if 1 < len(words) <= MAX_TOLD_MEDIUM_WORDS and words[-1] in TURKIC_DATIVE_SUFFIXES:
        return True  # "“Yeni Müsavat”a": the paper's name, its case ending after the marks
    return (
        0 < len(words) <= MAX_TOLD_MEDIUM_WORDS
        and words[-1].startswith(TURKIC_MEDIA_STEMS)
        and words[-1].endswith(TURKIC_DATIVE_ENDINGS)
    )


# Before-cues that are also "for" ("Pour un homme réputé discret, le sénateur"), and nouns
# of what someone said or wrote ("Selon un entretien diffusé lundi"): the one who gave the
# interview or wrote the post may well be the last speaker.
PURPOSE_CUES = frozenset({"pour", "para", "per", "for"})
DOCUMENT_NOUNS = frozenset(
    str.split(
        "entretien interview entrevista intervista message mensaje messaggio mensagem post tweet "
        "bericht passage livre libro livro book article artículo articolo artigo vidéo video "
        "vídeo publication publicación pubblicazione texte texto testo lettre carta lettera "
        "letter brief discours discurso discorso speech rede courrier e-mail mail"
    )
)


def _someone_unnamed(words: list[str], cue: str) -> bool:
    """Return True for "according to" a person the text does not name (``Selon un
    cheminot``): an indefinite article and a common noun that is no document."""
    if cue.casefold() in PURPOSE_CUES or (words and words[0] == "one"):
        return False
    return _unnamed_person(words)


def _unnamed_person(words: list[str]) -> bool:
    """Return True for an indefinite article and a common noun that is no document."""
    return _indefinite_noun(words) and words[1].casefold() not in DOCUMENT_NOUNS


def _among_titles(key: str, titles: frozenset[str]) -> bool:
    """Return True when ``key`` is one of ``titles`` or a compound ending with a long one
    (``ein Regierungsvertreter``)."""
    return key in titles or any(
        key[start:] in titles for start in range(1, len(key) - MIN_COMPOUND_HEAD + 1)
    )


def _plural_title(word: str) -> bool:
    """Return True for the plural of a title (``officials``, ``diplomats``, ``Diplomaten``,
    ``funcionarios``): a group of unnamed people, no one person."""
    key = word.casefold()
    if key in TITLE_WORDS or key in COMPLEMENT_WORDS:
        return False  # "des Finances", "Affaires": a portfolio, no group of people
    return any(
        key.endswith(end)
        and len(key) - len(end) >= MIN_PLURAL_STEM
        and key[: -len(end)] in TITLE_WORDS
        for end in PLURAL_ENDINGS
    )


def _after_medium_told(words: list[str]) -> list[str]:
    """Return the words after a medium told that opens them (``à Folha``, ``al Corriere``):
    the role that follows is counted alone."""
    if len(words) < 2 or words[0].casefold() not in LISTENER_PREPOSITIONS:
        return words
    told = 1
    while told < len(words) and words[told][:1].isupper() and not is_title_word(words[told]):
        told += 1
    return words[told:] if told > 1 else words


def _beyond_role(between: str, name: str = "") -> bool:
    """Return True when a name after the cue lies past the speaker's role and an adverbial
    (``afirmó el jefe del Gobierno tras reunirse con X``): X is someone else."""
    title = next((w for w in WORD.finditer(between) if is_title_word(w.group())), None)
    if title is None:
        return False
    counted = _after_medium_told(
        [w for w in WORD.findall(between) if w.casefold() not in DAY_WORDS]
    )
    if between.rstrip().endswith(",") and len(counted) <= MAX_APPOSED_ROLE_WORDS:
        # "lamentó su coordinadora en Andalucía, X": X is the role's holder; "a annoncé lundi
        # le commissaire à la pêche de l'Assemblée régionale, X": the day is no part of it
        return False
    after_comma = WORD.findall(between[between.find(",", title.end()) + 1 :])
    if "," in between[title.end() :] and after_comma and _gerund(after_comma[0]):
        return True  # "afirma o primeiro-ministro, rejeitando a vontade de X": his object
    # "o ministro da Defesa, X": "da" links the role (pt), though it is "from" in Italian.
    return any(
        (m[0].casefold() not in CONNECTOR_SET or _before_titled_work(between, m, name))
        and not _joins_capitals(between, m)
        and not _role_place(between, m, name)
        for m in ADVERBIAL.finditer(between, title.end())
    )


GERUND_ENDINGS = ("ando", "endo", "indo", "ing")  # pt, es, it, en: "rejeitando", "adding"


def _gerund(word: str) -> bool:
    """Return True for a lowercase gerund of the Romance languages or English (not an
    adjective of office, "outgoing First Minister", nor "quando")."""
    return (
        word.islower()
        and len(word) > len("ando")
        and word.endswith(GERUND_ENDINGS)
        and word not in NOT_GERUNDS
    )


# Words ending like a gerund that are none here: adjectives of an office ("outgoing First
# Minister", "acting chief executive", "sitting councillor") and "when", "command".
NOT_GERUNDS = frozenset(
    str.split(
        "outgoing incoming acting sitting leading ruling founding presiding visiting governing "
        "standing serving upcoming remaining reigning caretaking managing during "
        "quando cuando comando mando bando dividendo referendo tremendo estupendo stupendo "
        "orrendo horrendo"
    )
)


# "In" before a place that a role ends on (ru, uk, pl): "директорка управління в Михайлівцях
# Зузана Грегова", "dyrektor szkoły w Rytrze Anna Nowak".
ROLE_PLACE_PREPOSITIONS = frozenset({"в", "во", "у", "w", "we"})
ROLE_PLACE = re.compile(r"\s+[^\W\d_][\w'’-]*\s*$")  # one capitalised word, then the name


def _role_place(between: str, match: re.Match[str], name: str) -> bool:
    """Return True when the preposition ``match`` opens the place of the role, the last
    word before a full name (not a given name itself): the name is the role's holder."""
    if match[0].casefold() not in ROLE_PLACE_PREPOSITIONS:
        return False
    place = ROLE_PLACE.fullmatch(between, match.end())
    return (
        place is not None
        and place[0].strip()[:1].isupper()
        and not is_given_name(place[0].strip())
        and len(name.split()) >= 2
    )


# "in" before a capitalised article opens the title of a programme or a paper ("zei de
# minister in De Zevende Dag"), not a role's place (German "Botschafterin in Berlin").
CAPITALISED_ARTICLES = frozenset(str.split("De Het The Le La Les Die Der Das El Il"))


def _before_titled_work(text: str, match: re.Match[str], name: str) -> bool:
    """Return True when the preposition ``match`` is "in" before a capitalised article and a
    title with no given name that ends the clause (not "in De Bilt Sjoerd Potters", "in The
    Hague, X": a place, then a person)."""
    following = WORD.match(text, _past_spaces(text, match.end()))
    if match[0].casefold() != "in" or following is None:
        return False
    if following[0] not in CAPITALISED_ARTICLES:
        return False
    rest = text[following.end() :]
    if "," in rest:
        return False  # "in The Hague, Pieter de Vries": a place, then the person
    words = WORD.findall(rest)
    if not all(w[:1].isupper() for w in words):
        return True  # "in De Telegraaf tegenover Jan Jansen": the title ends before the name
    # "in The Bahamas Cornelius Smith", "in De Bilt Sjoerd Potters": a place, then a person
    return not any(is_given_name(w) for w in words + name.split())


def _joins_capitals(text: str, match: re.Match[str]) -> bool:
    """Return True for "en" between two capitalised words: Dutch "and" inside a portfolio
    (``minister van Infrastructuur en Waterstaat``), not French "in"."""
    if match[0].casefold() != "en":
        return False
    before = WORD.findall(text[max(0, match.start() - 40) : match.start()])
    after = WORD.match(text, _past_spaces(text, match.end()))
    return (
        bool(before) and before[-1][:1].isupper() and after is not None and after[0][:1].isupper()
    )


def _body_then_title(lead: str) -> bool:
    """Return True for a short lowercase lead ending on a title after a body's noun (``the
    cabinet secretary``, ``the party leader``): the holder of that title, not the body."""
    words = WORD.findall(lead)
    return (
        2 <= len(words) <= MAX_BODY_TITLE_WORDS
        and all(w.islower() for w in words)
        and is_title_word(words[-1])
        and not is_proxy_title(words[-1])
        and INSTITUTION.search(lead) is not None
    )


def _title_first(text: str, any_case: bool = False) -> bool:
    """Return True when a title word comes before any institution noun (``il capo del
    governo``: a person's role, not the government); lowercase titles only unless
    ``any_case``."""
    words = list(WORD.finditer(text))
    for index, word in enumerate(words):
        elided = ELIDED_ARTICLE.match(word.group())  # "l'Ufficio dell'Alto rappresentante"
        if INSTITUTION.match(text, word.start() + (elided.end() if elided else 0)):
            return False
        portfolio = word.group().casefold() in COMPLEMENT_WORDS
        nearby = words[index + 1 : index + 1 + MAX_PORTFOLIO_GAP]
        if portfolio and any(INSTITUTION.match(text, w.start()) for w in nearby):
            continue  # "the foreign ministry", "State Security Service": a portfolio word
        if (
            is_title_word(word.group())
            and (
                any_case
                or word.group()[0].islower()
                or _article_title(text, words, index)
                # "Председатель правительства раскритиковал": a Russian or Ukrainian title noun
                # opening the sentence, capitalised for that alone
                or (index == 0 and not text[: word.start()].strip() and _slavic_title_noun(word[0]))
            )
        ):
            return True
    return False


# Endings of Russian and Ukrainian adjectives (Президентская администрация, Президентський
# офіс) and of bodies named like titles (Секретариат, Комиссариат): no person's title.
SLAVIC_NOT_TITLE_NOUN_ENDINGS = tuple(
    str.split("ая ое ий ый ой ые ие ая ська ське ський ські иат ат")
)


def _slavic_title_noun(word: str) -> bool:
    """Return True for a capitalised Cyrillic title noun (Председатель, Министр, Глава)."""
    return ("А" <= word[:1] <= "Я" or word[:1] in "ЁЄІЇҐ") and not word.casefold().endswith(
        SLAVIC_NOT_TITLE_NOUN_ENDINGS
    )


def _article_title(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Return True for a capitalised title right after an article and not heading an
    institution's name (``die Chefin des Partito Democratico``; not ``the Prime Minister's
    Office``)."""
    if index == 0 or words[index - 1].group().casefold() not in ARTICLE_SET:
        return False
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None:
        return True
    joined = text[words[index].end() : following.start()].strip()
    return not (
        POSSESSIVE.search(following.group())
        or is_title_word(following.group())
        or INSTITUTION.match(text, following.start())
        or joined in ("'", "’")
    )


# Slavic verbs in the neuter past ("poinformowało", "uvedlo", "сообщило"): their subject
# is a body's noun (ministerstwo, ministerstvo, министерство), never a man or a woman.
NEUTER_CUES = frozenset(
    v.casefold()
    for lang in ("pl", "cs", "ru", "uk")
    for v in LANGUAGES[lang].verbs
    if " " not in v and v.casefold().endswith(("ło", "lo", "ло"))
)


# Verbs in the plural past with no pronoun of their own ("зазначили", "сообщили", "հայտնել
# են"): a body's people speak; the one person named before is not their subject.
PLURAL_CUES = frozenset(
    v.casefold()
    for lang in ("ru", "uk", "hy")
    for v in LANGUAGES[lang].verbs
    if (" " not in v and v.casefold().endswith("ли")) or v.endswith(" են")
)


def is_plural(cue: str | None) -> bool:
    """Return True for a cue whose verb is a plural past without a pronoun."""
    return cue is not None and cue.casefold() in PLURAL_CUES


def is_neuter(cue: str | None) -> bool:
    """Return True for a cue whose verb is a Slavic neuter past: a body speaks."""
    words = cue.split() if cue else []
    return bool(words) and words[0].casefold() in NEUTER_CUES


def names_a_statement(cue: str) -> bool:
    """Return True for a cue that names a statement after its verb (``говорится в
    заявлении``, ``liet in een verklaring weten``)."""
    return any(STATEMENT.fullmatch(w) for w in WORD.findall(cue)[1:])


def _names_statement(cue: str) -> bool:
    """Return True for an impersonal cue that names a statement (``говорится в заявлении``,
    ``hieß es in der Mitteilung``): whose statement it is may follow."""
    return is_impersonal(cue) and names_a_statement(cue)


def _statement_of_person(clause: str, cue: re.Match[str], name: NameMention) -> bool:
    """Return True when an impersonal cue names a statement (``говорится в заявлении``) and
    a person's full name follows it with at most a title between: the statement's author."""
    if not _names_statement(cue[0]):
        return False
    between = clause[cue.end() : name.span.start].strip()
    # only the author's titles between ("президента", "президента України"), not whom the
    # statement addresses ("в адрес губернатора") nor a body's press office
    between_words = WORD.findall(between)
    if name.single:
        # "говорится в комментарии господина Володина": a surname after a courtesy title,
        # titles at most before it (not "в письме на имя господина X", a letter to him)
        return (
            bool(between_words)
            and between_words[-1].casefold() in COURTESY_GENITIVES
            and all(is_title_word(w) for w in between_words[:-1])
        )
    return all(
        is_title_word(w) or (w[:1].isupper() and not is_institution_word(w)) for w in between_words
    ) and (not between_words or _forward_role(between) is not None)


# Russian and Ukrainian words that open a sentence before a cue and are no surname:
# determiners, "вот", and the nouns of an author or a medium.
CAPITALISED_AT_A_START = frozenset(
    str.split(
        "тот та то те эта этот это эти сама сам само вот автор авторы издание газета канал "
        "редакция журнал сайт той цей ця це ті ось видання редакція"
    )
)
# Courtesy titles in the genitive, before a surname that a statement noun governs.
COURTESY_GENITIVES = COURTESY_TITLES & frozenset(str.split("господина госпожи пана пані"))


def is_impersonal(cue: str) -> bool:
    """Return True for a cue with no person behind it (``hieß es``, ``говорится``)."""
    return cue.casefold() in IMPERSONAL


# "of" and an acronym after a lone capitalised word: an office of a body ("Comisionado de la
# ONU", "Commissioner of the UN"), no surname.
OF_AN_ACRONYM = re.compile(r"\s+(?:of the|of|de la|del|de|du|des|della|dell'|der)\s+[A-Z]{2,}\b")


def _titled_word(clause: str, name: NameMention) -> bool:
    """Return True when a title word or an article stands right before a lone name ("el
    Alto Comisionado"), where a surname after its cue stands alone ("sagte Scholz der ARD")."""
    before = WORD.findall(clause[max(0, name.span.start - TITLE_WORD_REACH) : name.span.start])
    return bool(before) and (is_title_word(before[-1]) or before[-1].casefold() in ARTICLE_SET)


TITLE_WORD_REACH = 40  # characters back from a lone name to the word before it


def _from_name(after: list[NameMention], clause: str, cue: re.Match[str]) -> Attribution:
    """Return the attribution to the first name after the cue (a bold one when there is)."""
    name = next((n for n in after if n.bold), after[0])
    if name.single:
        # "ասել է Կահուլի շրջանի նախագահ Վասիլե Ջուրջուն": a lone word (a place in the
        # genitive), then a title and the full name of who spoke.
        name = next(
            (
                n
                for n in after
                if not n.single
                and (
                    _title_between(clause[name.span.end : n.span.start])
                    or _genitive_then_title(name.text, clause[name.span.end : n.span.start])
                )
            ),
            name,
        )
    if name.single and OF_AN_ACRONYM.match(clause, name.span.end) and _titled_word(clause, name):
        return Attribution(cue=cue[0])  # "el Alto Comisionado de la ONU": a body's office
    apposed = _apposed_name(after, name, clause)
    if apposed is not None and _forward_role(clause[cue.end() : name.span.start]):
        # "säger kommunstyrelsens ordförande i Jönköping, Anna-Karin Lind", "il presidente
        # di Federalberghi Isole Eolie, Massimo Arena": the title's complement, then its holder.
        role = _forward_role(clause[cue.end() : apposed.span.start].rstrip(" ,"))
        return Attribution(speaker=apposed.text, role=role, cue=cue[0])
    between = clause[cue.end() : name.span.start]
    if _body_noun_ends(between, BEFORE_CUE.fullmatch(cue[0]) is not None):
        return Attribution(cue=cue[0], institution=name.text)  # "a répondu la société X"
    role = (
        _forward_role(between)
        or role_after(clause[name.span.end :])
        or (None if cue[0].casefold() in INFLECTED_BEFORE else _bare_role(between, True))
    )
    return Attribution(speaker=name.text, role=role, cue=cue[0])


# A company's noun, in the case it takes right before the company's name: "la société X",
# "polska spółka X", "the salt company X". Other bodies' nouns (bank, ministry, centre) more
# often end a place or an employer before a person's name ("Klient banku Tomasz Nowak").
COMPANY_NOUNS = frozenset(
    str.split(
        "company société spółka firma baufirma compania empresa società companhia unternehmen "
        "konzern şirketi şirkəti компания компанія bedrijf gesellschaft association asociación "
        "associazione associação asociația stowarzyszenie vereniging verein fondation fundación "
        "fondazione fundação stiftung foundation collectif compagnie compagnia reederei "
        "naviera rederij"
    )
)


ELISION = re.compile(r"^\w['’]")  # "l’association"
TOLD_PREPOSITIONS = frozenset(str.split("à au aux to alla al dem devant before zu para"))


def _body_noun_ends(text: str, before_cue: bool = False) -> bool:
    """Return True when ``text`` ends on a company's noun and holds no title (``la société``,
    ``the salt company``, ``compania``): the name after it is the company's, not a person's."""
    raw = WORD.findall(text)
    words = [ELISION.sub("", w) for w in raw]
    if not words or len(words) > MAX_BODY_TITLE_WORDS or words[-1].casefold() not in COMPANY_NOUNS:
        return False
    if before_cue and not text.rstrip().endswith(raw[-1]):
        return False  # "According to the foundation, Bill Gates": the noun's clause has ended
    told = [w.casefold() for w in raw[-3:]]
    if raw[-1][:2].casefold() in ("l'", "l’"):
        told = told[:-1]  # "à l'association": the article is inside the noun's word
    else:
        told = [w for w in told[:-1] if w not in ARTICLE_SET]
    if told and told[-1] in TOLD_PREPOSITIONS:
        return False  # "a expliqué à l'association Pierre Lemaire": whom he told
    return not any(map(is_title_word, words))


def _apposed_name(after: list[NameMention], name: NameMention, clause: str) -> NameMention | None:
    """Return the full name set off by a comma right after ``name``, if there is one."""
    following = next((n for n in after if n.span.start > name.span.end), None)
    if following is None or following.single or is_given_name(name.text.split()[0]):
        return None  # "said Anna Lind, Peter Berg and ...": a list of people
    return following if clause[name.span.end : following.span.start].strip() == "," else None


MAX_TITLE_BETWEEN = 3


MAX_GENITIVE_TITLE_WORDS = 6
ARMENIAN_GEORGIAN_GENITIVES = ("ի", "ის")


def _genitive_then_title(lone: str, between: str) -> bool:
    """Return True when an Armenian or Georgian lone word in the genitive opens a title's
    complement that ends with the title right before the full name (``Ծալկայի «Արշալույս»
    մշակութային միության նախագահ Սուրեն Մաթևոսյանը``): the place is no speaker."""
    words = WORD.findall(between)
    return (
        lone.endswith(ARMENIAN_GEORGIAN_GENITIVES)
        and 0 < len(words) <= MAX_GENITIVE_TITLE_WORDS
        and is_title_word(words[-1])
    )


def _title_between(text: str) -> bool:
    """Return True for a few words holding a title between a lone word and a full name (a
    place's title: ``Կահուլի շրջանի նախագահ``), not a clause (``am Mittwoch nach einem
    Treffen mit EU-Ratspräsident``)."""
    words = WORD.findall(text)
    return len(words) <= MAX_TITLE_BETWEEN and any(is_title_word(w) for w in words)


def _role_start(text: str) -> int | None:
    """Return where the role in ``text`` begins: the first title word, with the article or
    qualifiers just before it (``a margine del vertice il ministro`` -> ``il ministro``)."""
    words = list(WORD.finditer(text))
    first = next((i for i, w in enumerate(words) if _title_after_elision(w.group())), None)
    if first is None:
        return None
    start = first
    for index in range(first - 1, max(-1, first - 4), -1):
        key = words[index].group().casefold()
        if key in ARTICLE_SET:
            return words[index].start()
        if key in NOT_NAME_WORDS or ADVERBIAL.fullmatch(key) or CUE.fullmatch(key):
            break
        if LISTENER.fullmatch(key) and words[index].group().islower():
            break  # "řekl deníku majitel půjčovny": the one told is no qualifier
        if _west_slavic_dative(words[index].group()):
            break  # "powiedział Onetowi dyrektor": the medium told, in the dative
        if key in OBJECT_PRONOUNS:
            break  # "mówił w rozmowie z nami wicepremier", "mówi nam prof.": to us
        if QUOTE_CLOSES.search(text, words[index].end(), words[index + 1].start()):
            break  # "сказав «Українській правді» директор": the paper told is no qualifier
        start = index  # a qualifier: "Russlands Außenminister", "country's top diplomat"
    return words[start].start()


QUOTE_CLOSES = re.compile(r"[»”]")  # not '"', which opens as often as it closes
# Pronouns of the one told or talked with (us, me), no qualifier of the title after them.
OBJECT_PRONOUNS = frozenset(str.split("nam nami mi mnie нам нами мне мені"))


def _forward_role(text: str) -> str | None:
    """Return the role written in ``text`` from where it begins (see _role_start)."""
    start = _role_start(text)
    return None if start is None else _titled_role(text[start:])


def _after_media_word(before: list[str], text: str) -> bool:
    """Return True when the words right before a name are a medium's noun, perhaps with an
    article (``el diario El``, ``the newspaper``); a comma in between ends the phrase."""
    if "," in text[text.rfind(before[-1]) if before else 0 :]:
        return False
    words = before[-4:]
    while words and (words[-1].casefold() in ARTICLE_SET or words[-1][:1].isupper()):
        words = words[:-1]  # "diario El", "diario ABC": the start of the medium's title
    if len(words) > 1 and words[-1].casefold() in MEDIA_PREPOSITIONS:
        words = words[:-1]  # "En entrevista con La Prensa Austral", "interview with"
        if words[-1].casefold() in INTERVIEW_WORDS:
            return True
    if len(words) > 1 and words[-2].casefold() in DEMONSTRATIVES:
        return False  # "dijo a ese diario Eliécer Barrios": the paper was named before
    return bool(words) and words[-1].casefold() in MEDIA_WORDS


def _staff_of_the_medium(before: list[str], name: NameMention) -> bool:
    """Return True for a full name after a journalist's noun and the medium's: "корреспондент
    газеты Стивен Вайсман" is the paper's man, not its title."""
    return (
        not name.single
        and len(before) > 1
        and before[-2].casefold().startswith(MEDIA_STAFF_STEMS)
        and not any(w.casefold() in PAPER_NAME_WORDS for w in name.text.split())
    )


# Words of foreign papers' and agencies' names spelled in Cyrillic ("Вашингтон Пост").
PAPER_NAME_WORDS = frozenset(
    str.split(
        "пост таймс пресс телеграф ньюс геральд джорнал трибюн глоуб стар уорлд ревю газетт "
        "цайтунг монд фигаро репаблика экономист"
    )
)


# The paper's own people, before the paper's noun in the genitive: "корреспондент газеты",
# "редактор журнала", "correspondant du journal", "Korrespondent der Zeitung".
MEDIA_STAFF_STEMS = tuple(
    str.split(
        "correspond корреспондент кореспондент обозревател оглядач редактор журналист колумнист "
        "reporter репортер репортёр editor rédact chroniqueur journalist periodista giornalist "
        "korrespondent redakteur kolumnist columnist redactor redattore muhabir"
    )
)


def _apposed_person(name: NameMention, clause: str) -> bool:
    """Return True for a full name whose first word the dictionary lists as a given name and
    that a description follows (``a déclaré au journal Sevinj Huseynova, enseignante``,
    ``disse ao jornal Domingos Lukeba, presidente``): the one who told the paper, no title."""
    if name.single or not is_listed_given_name(name.text.split()[0]):
        return False
    # a description, not "qui" or "adding" ("the newspaper Victoria Advocate, adding that")
    apposed = COMMA_WORD.match(clause, name.span.end)
    if apposed is None or not apposed[1].islower():
        return False
    word = apposed[1].casefold()
    return is_title_word(word) or not (word in CLAUSE_WORDS or word.endswith("ing"))


# Words after a comma that open a clause rather than describe the one just named.
CLAUSE_WORDS = frozenset(
    str.split(
        "qui que dont où which who whose that where when while and but et mais und aber y pero "
        "e ma i che cui der die das welche welcher il elle he she they ils elles er sie"
    )
)


COMMA_WORD = re.compile(r",\s+([^\W\d_][\w'’-]*)")  # the word after a comma


def object_then_subject(clause: str, first: NameMention, second: NameMention) -> bool:
    """Return True for two full names right after one another past the cue, the first
    opening with a given name in a case, the second with one as written ("pytał Janusza
    Kowalskiego Tomasz Trela"): the verb's object, then its subject."""
    first_word, second_word = first.text.split()[0], second.text.split()[0]
    return (
        not first.single
        and not second.single
        and not clause[first.span.end : second.span.start].strip()
        and is_given_name_in_a_case(first_word)
        and not is_given_name(first_word)
        and is_given_name(second_word)
    )


def _without_dutch_portfolio(words: list[str]) -> list[str]:
    """Drop the opening "van Financiën" (or "van Buitenlandse Zaken") from the words between
    a surname and its verb: the minister's portfolio, no other subject."""
    if len(words) < 2 or words[0] != "van" or words[1].casefold() not in DUTCH_PORTFOLIOS:
        return words
    rest = words[2:]
    while rest and (rest[0][:1].isupper() or (rest[0] == "en" and rest[1:2] != [])):
        rest = rest[1:]  # "van Asiel en Migratie", "van Infrastructuur en Waterstaat"
    return rest


# "Face à Marine Le Pen", "frente a Milei", "di fronte a Meloni": whom one answers to.
FACING_WORDS = frozenset({"face", "frente", "fronte"})
FACING_PREPOSITIONS = frozenset({"à", "a"})


def _topic_before_comma(clause: str, name: NameMention, cue: re.Match[str]) -> bool:
    """Return True for a name the clause opens with as its topic, set off by a comma before
    the cue ("Interrogée sur Marine Le Pen, la ministre a répondu", "Asked about Kemi
    Badenoch, the minister said", "Face à X, Y a dit"): what was asked about, no subject."""
    if name.span.end > cue.start() or not clause[name.span.end : cue.start()].lstrip().startswith(
        ","
    ):
        return False
    words = [w.casefold() for w in WORD.findall(clause[: name.span.start])[-3:]]
    while words and words[-1] in ARTICLE_SET:
        words.pop()
    if not words:
        return False
    if words[-1] in FACING_PREPOSITIONS:
        return len(words) > 1 and words[-2] in FACING_WORDS
    return words[-1] in TOPIC_WORDS


# Words comparing with the name after them ("net als X", "tout comme X"): the one compared
# with is not the subject of a verb whose own subject follows it. Not "wie", "comme",
# "como", "like" alone: "wie Merkel sagte", "comme l'a dit X" name the speaker.
COMPARED_WITH = frozenset(
    str.split("net_als just_like tout_comme ebenso_wie genauso_wie igual_que così_come assim_como")
)


def compares_with(words: list[str]) -> bool:
    """Return True when the words before a name end on a comparison ("net als")."""
    return "_".join(w.casefold() for w in words[-2:]) in COMPARED_WITH


MAX_POSTPOSED_GAP = 3  # characters between a verb and the subject right after it
MAX_NAME_AFTER_CUE = 60  # characters after a verb read for the subject that follows it


def _named_right_after(clause: str, cue: re.Match[str]) -> bool:
    """Return True when a full name follows the verb right away ("zei De Jonge"): the
    verb's subject stands after it."""
    after = clause[cue.end() : cue.end() + MAX_NAME_AFTER_CUE]
    names = find_names(after)
    return bool(names) and not names[0].single and names[0].span.start <= MAX_POSTPOSED_GAP


def _dutch_and_then_a_full_name(previous: str, name: NameMention, cue: re.Match[str]) -> bool:
    """Return True for Dutch "En" (and) opening a sentence before a full name from its given
    name and a Dutch cue ("En Tjitske Biersteker van de ChristenUnie stelde"), no place's
    "en" (in: "En Florencio Varela los bomberos advirtieron")."""
    words = name.text.split()
    return (
        previous == "En"
        and len(words) > 1
        and is_given_name(words[0])
        and cue[0].casefold() in DUTCH_CUES
    )


DUTCH_CUES = frozenset(verb.casefold() for verb in LANGUAGES["nl"].verbs)


def _usable(name: NameMention, clause: str, cue: re.Match[str]) -> bool:
    """Return True for a name that can be the speaker: one capitalised word only near the cue.

    A lone capitalised word is often a place or an institution; right beside the reporting verb
    (``Hajiyev a ajouté``, ``said Aliyev``, ``a déclaré M. Mammadyarov``) it is the surname.
    """
    if name.text.casefold() in AGENCIES:
        return False  # "Tass quoted Lavrov as saying": the agency reports, never speaks
    if name.single and name.text.casefold() in CAPITALISED_AT_A_START:
        return False  # "Тот же канал пишет:", "Вот что пишет ...", "Автор пишет:"
    if name.single and LISTENER.fullmatch(name.text):
        return False  # "řekl Deníku", "Listu řekl": the paper told, in the dative
    if name.single and ONE_OF_GROUP.match(clause, name.span.start):
        return False  # "Uno di loro racconta": "one of them", capitalised
    if POSSESSIVE.search(name.text):
        return False  # "Aliyev's aide Hikmet Hajiyev": the possessor is not the speaker
    start = _particles_start(clause, name.span.start) if name.single else name.span.start
    before = WORD.findall(clause[max(0, start - 30) : start])
    previous = before[-1:]
    if compares_with(before) and _named_right_after(clause, cue):
        # "Net als Rutte eerder deze week zei De Jonge": the one compared with; not "Così
        # come Meloni ha detto": as she said
        return False
    if (
        name.single
        and after_title_article(clause, name.span.start)
        and (CAPITAL_PAIR.search(clause, name.span.end) is not None or _after_place_word(before))
    ):
        # "dijo a La Voz la intendente de Miramar, Silvina Bergesio": a paper's title
        # before the speaker's name; "Ein Fischer aus La Maddalena": a place; "ha detto La
        # Malfa." is his surname
        return False
    if (
        previous
        and ADVERBIAL.fullmatch(previous[0]) is not None
        and previous[0].casefold() not in CLAUSE_OPENERS
        and not _dutch_and_then_a_full_name(previous[0], name, cue)
    ):
        return False  # "in Baku", "nach dem Treffen mit Paschinjan": not the subject
    if (
        _after_media_word(before, clause[max(0, start - 30) : start])
        and not _apposed_person(name, clause)
        and not _staff_of_the_medium(before, name)
    ):
        return False  # "el diario El Comercio", "the newspaper Kathimerini": a title
    if any(m.start() < name.span.start < m.end() for m in RELATIVE_CLAUSE.finditer(clause)):
        return False  # "Mirzoyan, who met Bayramov in Washington, said"
    if not name.single:
        return True
    if previous and previous[0].casefold() in ARTICLE_SET and is_demonym(name.text):
        return False  # "der Belgier", "the Georgian premier": a nationality, no surname
    if previous and is_nationality(previous[0]):
        return False  # "Georgian Dream said": the rest of a party's or a body's name
    if previous and previous[0] in OBLIQUE_ARTICLES:
        return False  # "am Rande des Treffens": a noun in the genitive, never the subject
    if name.span.end <= cue.start():
        between = RELATIVE_CLAUSE.sub("", clause[name.span.end : cue.start()]).split()
        between = _without_dutch_portfolio(between)  # "Minister Heinen van Financiën zei"
        if between[:1] == [","] and TURKIC_ONLY_LETTERS.search(clause):
            # "... belirten Erdoğan, şöyle konuştu:": a Turkish subject takes a comma
            between = between[1:]
        return all(w.isalpha() and w.islower() and not is_title_word(w) for w in between)
    if is_impersonal(cue[0]) and _statement_of_person(clause, cue, name):
        return True  # "говорится в комментарии господина Володина"
    gap = LISTENER.sub(" ", clause[cue.end() : start])
    # "a rétorqué l’abbé Dione": the elided article before the title is no word of its own
    words = [ELIDED_ARTICLE.sub("", w) for w in WORD.findall(gap) if w.casefold() not in AGENCIES]
    titled = all(w.casefold() in ARTICLE_SET or is_title_word(w) for w in words)
    return (titled or _role_gap(words)) and not gap.strip(" ,.")[-1:].isdigit()


def _after_place_word(before: list[str]) -> bool:
    """Return True when the words before a name end on a preposition of place and an
    article (``aus La``, ``de Las``): the name is a place's (La Maddalena, Las Palmas)."""
    return len(before) >= 2 and before[-2].casefold() in PLACE_PREPOSITIONS


def _particles_start(clause: str, start: int) -> int:
    """Return where the lowercase name particles before a surname begin (``sagte van der
    Meer``, ``a ajouté de Villepin``), ``start`` when there are none; the first particle is
    never an article alone (``der Belgier``)."""
    words = list(WORD.finditer(clause, max(0, start - MAX_PARTICLES_SPAN), start))
    begin = start
    for word in reversed(words):
        if clause[word.end() : begin] != " " or word.group() not in NAME_PARTICLES:
            break
        begin = word.start()
    while begin < start and clause[begin:start].split()[0] in ARTICLE_PARTICLES:
        begin = start  # "der Belgier", "den Präsidenten": an article opens no name
    return begin


def _role_gap(words: list[str]) -> bool:
    """Return True for a short role phrase ending in a title, with qualifiers but no stop
    word (``Russlands Außenminister``, ``EU foreign policy chief``)."""
    return (
        0 < len(words) <= MAX_GAP_WORDS
        and is_title_word(words[-1])
        and not any(
            w.casefold() in NOT_NAME_WORDS
            and not is_title_word(w)
            and w.casefold() not in ARTICLE_SET
            for w in words
        )
    )


# Romanian subject pronouns that are articles elsewhere (es "el"): pronouns only alone.
LONE_PRONOUNS = frozenset({"el", "ea"})


def _inverted_pronoun(cue: str, rest: str) -> str | None:
    """Return the subject pronoun the cue carries (``a-t-il``, ``said he``), if any."""
    inverted = INVERTED_PRONOUN.search(cue)
    if inverted:
        return inverted[1]
    # "said on", "went on": an English cue's own preposition, no French "on"
    if cue.casefold() not in ENGLISH_CUES:
        for word in cue.split()[1:]:
            if PRONOUN.fullmatch(word):
                return word  # "fügte er hinzu", "sagte sie"
    head = rest.strip(LEADING_PUNCTUATION).split(" ")[0].strip(".,;։") if rest.strip() else ""
    if head.casefold() in LONE_PRONOUNS and not WORD.findall(CLAUSE_STOP.split(rest)[0])[1:]:
        return head  # "a adăugat el.": Romanian "he" alone ends the clause; no article does
    # Italian "il" is an article, not the French pronoun: "ha detto il ministro X".
    if (
        head
        and head.casefold() not in ARTICLE_SET
        and head.casefold() not in NOT_PRONOUN_SET
        and PRONOUN.fullmatch(head) is not None
    ):
        return head
    return None


# Slavic replies put whom they answer first, in the dative: "Ему возразил X", "Озолсу
# возразила депутат X", "Йому відповіла X".
DATIVE_PRONOUNS = frozenset(str.split("ему ей им йому їй ім нему ней"))
CYRILLIC_DATIVE_ENDINGS = ("у", "ю")


def _after_dative(clause: str, cue: re.Match[str], bold: tuple[Span, ...]) -> Attribution | None:
    """Return the full name after the cue when the one word before it is a Cyrillic dative:
    the verb's subject follows it (``Озолсу возразила депутат Инесе Калниня:``)."""
    lead = WORD.findall(clause[: cue.start()].split(".")[-1])
    if len(lead) != 1:
        return None
    word = lead[0].casefold()
    if word not in DATIVE_PRONOUNS and not (
        CYRILLIC_WORD.fullmatch(word) and word.endswith(CYRILLIC_DATIVE_ENDINGS)
    ):
        return None
    after = [n for n in _speaker_names(clause, bold) if n.span.start >= cue.end() and not n.single]
    return _from_name(after, clause, cue) if after else None


# A capitalised name with an elided article after "selon" or "d'après": a body, as no
# person takes an article ("Selon l'Ifremer,", "d'après l'Insee,").
ELIDED_BODY = re.compile(r"\s+l['’]([A-ZÀ-Ý][\w-]*)\s*,")
SOURCE_CUES = frozenset({"selon", "d'après", "d’après", "secondo"})  # not "pour", "per"


def _elided_body(word: str) -> bool:
    """Return True for the name after "selon l'": not a news agency (a source: "Selon
    l'AFP"), a nationality ("l'Argentin": a person said before), a title or a country."""
    key = word.casefold()
    return not (
        key in AGENCIES
        or key in EXTRA_AGENCIES
        or is_nationality(word)
        or key.endswith(DEMONYM_ENDINGS)
        or is_title_word(word)
        or country_code(word) is not None
    )


EXTRA_AGENCIES = frozenset({"agi", "adnkronos", "equipe", "express"})  # Italian, French media
# French and Italian demonyms after "l'": a person named before ("Selon l'Argentin,").
DEMONYM_ENDINGS = tuple(str.split("ien ienne ain aine ais aise in ine ois oise ano ana ese ino"))


def _topic_named(clause: str, cue: re.Match[str], bold: tuple[Span, ...]) -> bool:
    """Return True for a cue of speaking about whose object is a name and whose subject is
    not (``Il a parlé de Jean Moulin, « un héros »``): the quotation describes that person,
    and the pronoun would be read as them. With a named subject (``Marie Martin a parlé de
    Jean Moulin``) the cue stays, and the name after it is no speaker (:func:`_listener`)."""
    if not cue[0].casefold().endswith(TOPIC_PREPOSITIONS):
        return False
    names = _speaker_names(clause, bold)
    after = any(n.span.start >= cue.end() for n in names)
    return after and not any(n.span.end <= cue.start() and not n.single for n in names)


def _opens_clause(text: str, start: int) -> bool:
    """Return True when the word at ``start`` opens the text, follows a clause's end or a
    conjunction ("mas para a oposição"), or stands inside a quotation (left to the rules
    of quoted words)."""
    before = text[:start].rstrip()
    if not before or before[-1] in ",;:.!?…—–(":
        return True
    words = before[-MAX_CONJUNCTION_REACH:].split()
    if words and words[-1].casefold() in NEXT_CLAUSE_WORDS:
        return True
    if len(words) == 1:
        head = before[: -len(words[0])].rstrip()
        if not head or head[-1] in ".!?…":
            return True  # "Já para o ministro,": an adverb opening the sentence before it
    return any(m.start() < start < m.end() for m in QUOTED.finditer(text))


MAX_CONJUNCTION_REACH = 12  # characters back to the word before a cue


# "According to whom" closing the clause before a quotation ("continua Salvini per il quale
# «...»", "Garcia, para quien «...»", "Weber, für den „...“"): the name right before it is
# the source.
RELATIVE_SOURCE = re.compile(
    r"(?:,?[ \u00a0]+(?:per (?:il|la) quale|secondo (?:il|la) quale|per cui|para quien|"
    r"según (?:el|la) cual|para (?:el|la) cual|selon (?:lequel|laquelle)|pour qui|for whom|"
    r"according to whom)"
    # German only after its comma: "Preis für Drosten für die „...“" is no relative
    r"|,[ \u00a0]+(?:für (?:den|die)|laut (?:dem|der)))[ \u00a0:,]*$",
    re.IGNORECASE,
)


def _relative_source(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the person a relative "according to whom" right before the quotation points
    back to: the full name just before it, or its surname."""
    relative = RELATIVE_SOURCE.search(clause)
    if relative is None:
        return None
    names = _speaker_names(clause[: relative.start()], bold)
    if not names or clause[names[-1].span.end : relative.start()].strip(" ,"):
        return None
    return Attribution(speaker=names[-1].text)


# Verbs of a paper quoting someone else ("Der Spiegel zitiert:"): the words are not its own.
QUOTING_CUES = frozenset(
    str.split(
        "zitiert zitierte cite citent cita citano quotes quoted cytuje цитирует цитує приводит"
    )
)


def attribute_before(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the attribution in the clause before a quotation (``X a déclaré : «``)."""
    relative = _relative_source(clause, bold)
    if relative is not None:
        return relative
    finished = _after_quoted_sentence(clause)
    if finished:
        # "Die Präsidentin widersprach: „... Sicherheit.“ Tscherrig darauf: „": the cue
        # before a quoted sentence was that quotation's; this one's clause starts after it.
        return attribute_before(clause[finished:], _shifted(bold, finished))
    source = max(TURKIC_SOURCE_BEFORE_COMMA.finditer(clause), key=lambda m: m.start(), default=None)
    if source is not None and not CUE.search(clause, source.end()):
        # "Onun sözlərinə görə, Ermənistanın cinayətləri ...": the source stands before the
        # postposition; the clause after its comma is what was said
        return attribute_before(clause[: source.end()], bold)
    closed = [m for m in CUE.finditer(clause) if m[0].casefold() in CLAUSE_FINAL_CUES]
    if closed and clause[closed[-1].end() :].lstrip().startswith(","):
        # "X, “...” derken, Y, “": the quotation belongs to the clause after the converb.
        tail = clause.index(",", closed[-1].end()) + 1
        return attribute_before(clause[tail:], _shifted(bold, tail))
    found = sorted([*CUE.finditer(clause), *BEFORE_CUE.finditer(clause)], key=lambda m: m.start())[
        -MAX_OVERLAP:
    ]
    # German "so" with nothing after it is the adverb ("schilderte ... die Lage so:"), not
    # "so X" naming its source (Turkish "göre" comes after its source: it stays).
    found = [
        m
        for m in found
        if not _topic_named(clause, m, bold)
        and not (m[0].casefold() == "so" and not clause[m.end() :].strip(" :,"))
        # "o ónus da culpa para a convocação": "para" names a source opening its clause only
        and not (m[0].casefold() in AMBIGUOUS_BEFORE and not _opens_clause(clause, m.start()))
    ]
    if not found:
        sentence = clause[max((m.end() for m in SENTENCE_END.finditer(clause)), default=0) :]
        if sentence.rstrip().endswith(",") and _turkic_unnamed_subject(sentence.rstrip(" ,")):
            # "Çarşıda kuyumculuk yapan bir esnaf “Yeni Şafak” gazetesine, “...” dedi"
            return Attribution(unnamed=True)
        return _subject_before(clause, bold) or _colon_subject(clause, bold)
    # A cue inside a longer one is part of it: "pour" in "a estimé pour sa part", "сообщил"
    # in "как сообщил" (the clause is one window: a handful of cues).
    cues = [
        m
        for m in found
        if not any(
            o.start() <= m.start() and m.end() <= o.end() and len(o[0]) > len(m[0]) for o in found
        )
    ]
    cue = max(cues, key=lambda m: m.start())
    elided = ELIDED_BODY.match(clause, cue.end()) if cue[0].casefold() in SOURCE_CUES else None
    if elided is not None and _elided_body(elided[1]):
        return Attribution(cue=cue[0], institution=elided[1])  # "Selon l'Ifremer, « »"
    carried = INVERTED_PRONOUN.search(cue[0])
    if (
        carried
        and (
            not clause[cue.end() :].strip(" ,:")  # "a-t-il dit : «"
            or (
                # "« ... », a-t-il confié à France 3 Corse ViaStella. « ... »": the second
                # sentence is his too; the name after the verb is whom he told (not "..., qui
                # cite le préfet X").
                not QUOTED.sub("", clause[: cue.start()]).strip(LEADING_PUNCTUATION + " ")
                and all(
                    _listener(clause, cue, n)
                    for n in _speaker_names(clause, bold)
                    if n.span.start >= cue.end()
                )
            )
        )
    ):
        return Attribution(cue=cue[0], anaphoric=True, pronoun=carried[1])
    lead = clause[: cue.start()]
    body = _body_they_speak_from(lead, cue)
    if body is None and is_impersonal(cue[0]):
        body = author_before_statement(lead)  # "X-ի հաղորդագրության մեջ նշված է, որ «"
    if body is not None:
        return Attribution(cue=cue[0], institution=body)
    if _ends_on_one_of(lead) or _turkic_unnamed_subject(lead) or _armenian_unnamed_subject(lead):
        return Attribution(cue=cue[0], unnamed=True)  # "sakinlərdən biri qəzetə bildirib:"
    quoted = _quoted_as(clause)
    if quoted is not None:
        return quoted
    replied = _after_dative(clause, cue, bold)
    if replied is not None:
        return replied
    opening_title = title_subject(clause)
    carried_pronoun = _inverted_pronoun(cue[0], "")
    if carried_pronoun is not None and not clause[cue.end() :].strip(" ,:"):
        # "In het Engels voegde hij eraan toe:": the pronoun inside the cue is its subject;
        # what opens the clause is when, where or how.
        return Attribution(cue=cue[0], anaphoric=True, pronoun=carried_pronoun)
    if opening_title is not None and carried_pronoun is not None:
        # "Die Ministerin, fügte er hinzu, habe ...": the cue's own pronoun is its subject,
        # the title opening the clause is whom he speaks of.
        return Attribution(cue=cue[0], anaphoric=True, pronoun=carried_pronoun)
    if opening_title is not None:
        return Attribution(
            cue=cue[0],
            role=clean_role(opening_title),  # "La ministra, ... recordó": "ministra"
            anaphoric=True,
            gender=role_gender(WORD.findall(opening_title)),
            subject_leads=True,
        )
    leading = _pronoun_before(clause, cue) or _turkic_pronoun_opening(clause, cue)
    chained = [
        m for m in cues if m.end() <= cue.start() and not clause[m.end() : cue.start()].strip(" ,")
    ]
    if not leading and chained:
        # "The company had moved it, he said, adding: «...»": the pronoun of the verb before
        # the chained cue speaks, not the body the reported clause opens with.
        leading = _pronoun_before(clause, chained[-1])
    if leading:  # "she said the road to X remained «...»", "he told The Citizen. «...»"
        return Attribution(cue=cue[0], anaphoric=True, pronoun=leading, subject_leads=True)
    subject_title = (
        None
        if BEFORE_CUE.fullmatch(cue[0])
        else _definite_title_before(clause[: cue.start()], cue[0])
    )
    if (
        subject_title is not None
        # "Der Ministerin antwortete Merz:", "The vice president told CNN": a name or a
        # paper right after the verb is its subject or the one told
        and not clause[cue.end() :].lstrip(" ,")[:1].isupper()
        and not WORDS_OF_A_NAME.intersection(
            w.casefold() for w in WORD.findall(clause[cue.end() :])
        )
    ):
        # "The president said helping Libya ..., as the fall of Muammar Gadaffi ...", "On X,
        # the president dispelled such insinuation, saying": the title is the verb's subject;
        # the names around it are what is reported
        return Attribution(
            cue=cue[0],
            role=clean_role(subject_title),
            anaphoric=True,
            gender=role_gender(WORD.findall(subject_title)),
            subject_leads=True,
        )
    names = [
        n
        for n in _speaker_names(clause, bold)
        if _usable(n, clause, cue)
        and not _listener(clause, cue, n)
        and not _topic_before_comma(clause, n, cue)
        and not _genitive_object(clause, n, cue)
    ]
    after = [n for n in names if n.span.start >= cue.end()]
    before = [n for n in names if n.span.end <= cue.start()]
    before_cue = BEFORE_CUE.fullmatch(cue[0]) is not None
    if (
        before
        and not before_cue
        and lead.rstrip().endswith(",")
        and _title_opens(clause[cue.end() :])
        and _inside_a_clause(clause, before[0])
    ):
        before = []  # "..., forderte der Vize-Außenminister weiter.": see attribute_after
    following = OBJECT_PRONOUN.match(clause, cue.end()) if before_cue else None
    inside = OBJECT_PRONOUN.search(cue[0]) if before_cue else None
    pronoun = following or inside
    # "По её словам, Сеул готов «...»", "Selon lui, Paris ...": the pronoun is the source,
    # a name after it is content.
    sourced = inside is not None or (
        following is not None and clause[following.end() :].lstrip()[:1] == ","
    )
    if pronoun and (not after or sourced):
        return Attribution(cue=cue[0], anaphoric=True, pronoun=pronoun[1])
    titled_source = _titled_source(clause, cue) if before_cue else None
    if titled_source and after and not after[0].single:
        closing = clause[after[0].span.end :].strip(" .;")
        comma = clause.find(",", cue.end())
        if not closing and not clause[comma + 1 : after[0].span.start].strip():
            # "« ... », selon son gouverneur, Declan Moriarty-Byrne.": the name closing the
            # clause in apposition is the source's
            return Attribution(speaker=after[0].text, role=titled_source, cue=cue[0])
    if titled_source:
        # "Según la ministra, el Principado «...»": the title is the source; a name after
        # its comma is what is reported.
        return Attribution(
            cue=cue[0],
            role=titled_source,
            anaphoric=True,
            gender=role_gender(WORD.findall(titled_source)),
        )
    paper = None if before_cue or before else _paper_opening(clause[: cue.start()])
    if after and paper:
        # "O El País recorda Mário Soares como o «...»": the paper opening the clause is the
        # verb's subject; the name after the verb is whom it writes about
        return Attribution(cue=cue[0], institution=paper)
    if (
        paper
        and not after
        and not clause[cue.end() :].strip(" \u00a0:,")
        and cue[0].casefold() not in QUOTING_CUES
    ):
        # "Die SÜDDEUTSCHE ZEITUNG schreibt:": a paper in capitals, where no name is read,
        # opening the clause is the verb's subject; not "Der Spiegel zitiert einen Beamten:",
        # "Der Bild-Zeitung sagte der Trainer:"
        return Attribution(cue=cue[0], institution=paper)
    # "Əli Həsənovun fikrincə Qarabağ ...": the genitive before a Turkic "according to" is
    # the source, the names after it what he speaks of
    genitive_source = (
        bool(before)
        and cue[0].casefold() in GENITIVE_CUES
        and not clause[before[-1].span.end : cue.start()].strip()  # "X-in fikrincə", adjacent
    )
    if after and (BEFORE_CUE.fullmatch(cue[0]) or not before) and not genitive_source:
        gap = clause[cue.end() : after[0].span.start]
        if not BEFORE_CUE.fullmatch(cue[0]) and opens_reported_clause(gap):
            # "La ministra portavoz ha insistido en que Pedro Sánchez «...»", "The minister
            # insisted that X «...»": the name opens what is reported; the subject before
            # the verb spoke.
            role = _titled_role(clause[: cue.start()])
            return Attribution(cue=cue[0], role=role, anaphoric=True)
        lead_words = WORD.findall(gap)[:2]
        # "According to a ministry spokeswoman, X,": the name in apposition is the source.
        named = gap.rstrip().endswith(",") and any(is_title_word(w) for w in WORD.findall(gap))
        if BEFORE_CUE.fullmatch(cue[0]) and _indefinite_noun(lead_words) and not named:
            return Attribution(cue=cue[0])  # "Selon un cadre de la Société Le Nickel"
        if unnamed_source(gap) and not named:
            return Attribution(cue=cue[0])  # "Segundo uma fonte do Palácio do Planalto"
        gap_words = WORD.findall(gap)
        if gap_words and gap_words[-1].casefold() in ENGLISH_POSSESSIVES and not before_cue:
            return Attribution(cue=cue[0])  # "HM Coastguard said its Seahouses team had"
        title = _titled_role(gap.split(",")[0]) if not before_cue else None
        if title and _beyond_role(gap, after[0].text):
            # "», começou por dizer o primeiro-ministro, revelando que quando propôs X ...
            # «": the title after the verb spoke; X is what he spoke of
            return Attribution(cue=cue[0], role=title, anaphoric=True)
        return _from_name(after, clause, cue)
    if BEFORE_CUE.fullmatch(cue[0]) and not before:
        unnamed = _unnamed_before(clause[cue.end() :], cue[0])
        if unnamed is not None:
            return unnamed
        acronym = _acronym_subject(clause[cue.end() :].split(",")[0])
        if acronym:
            return Attribution(cue=cue[0], institution=acronym, acronym=True)  # según la EAAB
    relay = _relayed(clause, cue, before)
    if relay is not None:
        return _title_completed(relay)
    if before:
        name = _coordinated_subject(before, clause, cue) or _subject_of(before, clause)
        if _source_of(clause[: name.span.start]):
            return Attribution(cue=cue[0])  # "Une source proche de Macron a déclaré :"
        opening = SENTENCE_BREAK.split(clause[: name.span.start])[-1]
        described = clause[name.span.end : cue.start()].split(",")[0]
        nobody = (
            _one_of_group(opening)
            # the name inside the description ("Ein Ebenseer Pendler, der ... nach Gmunden
            # fährt"), not its head ("Ein sichtlich bewegter Scholz sagte")
            or ("," in opening and _indefinite_subject(opening.split(",")[0], cue[0]))
            or _town_adjective_before(opening)
            or _indefinite_subject(described, cue[0])
        )
        if _someone_from(opening, cue[0]) or (name.single and nobody):
            # "Ein Wirt aus Promontogno sagte", "А один из жителей Аркита сказал", "Ein
            # Ebenseer Pendler, der täglich nach Gmunden fährt, sagte", "Sulla spiaggia di
            # Fiumicello un turista bavarese ha detto" (not "Один из лидеров оппозиции
            # Алексей Петров": one of them, named)
            return Attribution(cue=cue[0], unnamed=True)
        not_speaking = _name_not_speaking(clause, name, cue)
        if not_speaking is not None:
            return not_speaking
        if name.single and _in_statement(clause[: name.span.start]):
            # "В сообщении Росприроднадзора говорится": the body whose statement it is.
            return Attribution(cue=cue[0], institution=name.text)
        between = clause[name.span.end : cue.start()]
        # "X, who visited Mallaig on Thursday, told": the relative clause's words, and "on"
        # (Polish "he"), are no subject of the cue
        between_words = WORD.findall(RELATIVE_CLAUSE.sub(" ", between))
        subject = next(
            (
                w
                for w in between_words
                if PRONOUN.fullmatch(w) and w.casefold() not in NOT_PRONOUN_SET
            ),
            None,
        )
        if between_words and between_words[-1].casefold() in LONE_PRONOUNS:
            # "Întrebat dacă ... din Gârda de Sus, el a răspuns": Romanian "he" right before
            # the verb, in any language's text (the Spanish article never stands there)
            subject = between_words[-1]
        if subject:  # "Условие Пекина он назвал жестким:": the name is the object
            return Attribution(cue=cue[0], anaphoric=True, pronoun=subject)
        role = role_beside(clause[: name.span.start], between)
        if _counterpart_then_surname(before, clause):
            role = None  # the counterpart's title before the surname is not the speaker's
        if name.single and role:
            completed = _title_completed(Attribution(speaker=name.text, role=role, cue=cue[0]))
            if completed.anaphoric:
                return completed
        speaker = name.text
        opening_trade = name.single and not between_words and speaker.casefold() in trade_words()
        if opening_trade and CYRILLIC_WORD.fullmatch(speaker.casefold()):
            if speaker.casefold() in CYRILLIC_BYSTANDERS:
                # "Очевидец рассказал:", "Пасажирка розповіла:": someone new, unnamed
                return Attribution(cue=cue[0], unnamed=True)
            # "Журналістка зазначила:": the journalist named before, capitalised only as the
            # sentence opens
            # only the one the text named with that word ("Журналіст Роман Анин ..."),
            # not whoever was named last ("Поліція затримала Олега ... Продавчиня розповіла")
            return Attribution(
                cue=cue[0],
                role=speaker.casefold(),
                anaphoric=True,
                gender=role_gender([speaker]),
                relayed=True,
            )
        if cue[0].casefold() in GENITIVE_CUES:
            speaker = _turkic_nominative(speaker)  # "Elşən Quliyevin sözlərinə görə"
            if name.single and (is_title_word(speaker) or speaker.casefold() in trade_words()):
                # "Jurnalistin fikrincə": the journalist named before, no name
                return Attribution(cue=cue[0], role=speaker.casefold(), anaphoric=True)
        return Attribution(speaker=speaker, role=role, cue=cue[0])
    lead = clause[: cue.start()]
    if _no_persons_subject(WORD.findall(lead)) and not OBJECT_PRONOUN.match(clause, cue.end()):
        return Attribution(cue=cue[0])  # "The paper adds that “...”", "It says “...”"
    unquoted = QUOTED_LEAD.sub("", lead)
    # "Interrogé par l'AFP, un porte-parole de Fiji Airways a assuré": the subject follows
    # the phrase put before it
    if unnamed_source(unquoted.strip(LEADING_PUNCTUATION)) or unnamed_source(
        unquoted.rsplit(",", 1)[-1].strip(LEADING_PUNCTUATION)
    ):
        return Attribution(cue=cue[0])  # "Un haut fonctionnaire de l'autorité ... a confié"
    # "Il ministero dell'Economia ha fatto sapere": the institution opening the clause is
    # the subject (Italian "il" is its article, the French "il" a pronoun).
    # "Acerca de si fue uno de los mejores partidos, indicó:": the phrase before the comma
    # names the topic, not the one speaking; the title and the body are looked for after it
    opening_end = _adverbial_opening_end(lead)
    # only when the verb follows the opening's comma: "Dopo l'incontro il ministero della
    # Salute, in una nota, ha spiegato" has no comma after its opening, and the body after
    # it is the subject
    subject_part = lead[opening_end:] if not WORD.search(lead[opening_end:]) else lead
    titled = any(  # "O chefe do Governo"; "ministero" is an institution, no title
        is_title_word(w) and not is_institution_word(w) for w in WORD.findall(subject_part)
    )
    # "W rozmowie z agencją Reutera mówił": the body after "with" is the one spoken to
    body = institution_in(subject_part)
    spoken_with = _spoken_with(lead, body)
    institution = None if titled or spoken_with else institution_in(subject_part, MAX_LEAD)
    subject = None if institution else PRONOUN.search(lead)
    next_word = WORD.findall(lead[subject.end() :])[:1] if subject else []
    if next_word and _lowercase_title(next_word[0]):
        subject = None  # "Il sindaco ha risposto": the Italian article, then a title
    if subject:
        return Attribution(cue=cue[0], anaphoric=True, pronoun=subject[0])
    role = (
        _titled_role(_before_verb(subject_part)) if titled and _title_first(subject_part) else None
    )
    if role and is_armenian(role):
        role = _armenian_title_end(role)
    if role:  # "El jefe del Gobierno reconoció": the title heads the subject
        return Attribution(cue=cue[0], role=role, anaphoric=True)
    own = lead.rsplit(",", 1)[-1]
    if titled and own != lead and _article_then_title(own):
        # "En cuanto al cruce entre los jefes de estado, la funcionaria aseveró": the
        # title after the last comma is the subject; the body or the names before it are
        # the topic's, no candidates for the title
        return Attribution(cue=cue[0], role=_clean_role(own), anaphoric=True, subject_leads=True)
    institution = institution or (None if spoken_with else body)
    if institution:
        return Attribution(cue=cue[0], institution=institution)
    if unnamed_source(QUOTED_LEAD.sub("", lead).strip(LEADING_PUNCTUATION)):
        return Attribution(cue=cue[0])  # "« ... », one official said. « ... »"
    rest = clause[cue.end() :]
    comma_after = rest.lstrip().startswith(",")
    if (
        lead.rstrip().endswith(",")
        and comma_after
        and not RELATIVE_LEAD.search(lead)  # "Екскурсовод, який ..., розповів, що"
    ):
        # "Un luogo, ha aggiunto, che «...»": a verb alone between commas, its subject
        # dropped; the words before are no subject (a subject takes no comma before its verb)
        return Attribution(cue=cue[0], anaphoric=True)
    if _indefinite_subject(lead, cue[0]):
        return Attribution(cue=cue[0], unnamed=True)  # "Een Britse toerist vatte het samen:"
    role = _titled_role(_before_verb(subject_part))  # no title in an adverbial opening
    if role:
        return Attribution(cue=cue[0], role=role, anaphoric=True)
    apposed = rest.split(",", 1)[0] if lead.rstrip().endswith(",") and "," in rest else ""
    # "explicó el alcalde a la ministra": the one told is no part of the subject
    apposed = ADDRESSEE.split(apposed, 1)[0]
    role = _titled_role(apposed) if apposed and _title_first(apposed) else None
    if role:
        # "Ma non ci sarà, aggiunge la ministra, «...»": the title after the verb, between
        # commas, is its subject
        return Attribution(
            cue=cue[0], role=role, anaphoric=True, gender=role_gender(WORD.findall(apposed))
        )
    next_words = WORD.findall(rest)[:1]
    reported = bool(next_words) and next_words[0].casefold() in COMPLEMENTIZERS
    # "Jak dodał, gmina «...»": after a comma, the body is what he speaks of, no subject
    reported = reported or comma_after
    inverted = None if reported else institution_in(rest, MAX_INSTITUTION_LEAD * 10)
    if inverted:
        return Attribution(cue=cue[0], institution=inverted)  # "Según indicó el Ministerio"
    acronym = _acronym_subject(lead) or _acronym_subject(_clause_opening(lead))
    if acronym:
        # "L'OFT a dit", "Dans un communiqué publié dimanche, EDF assure que", "Mais l'OFB
        # reconnaît que"
        return Attribution(cue=cue[0], institution=acronym, acronym=True)
    if len(WORD.findall(lead)) <= MAX_DROPPED_SUBJECT_WORDS and not QUOTED_LEAD.match(lead):
        # "También sostuvo que ...", "Dodał, że ...": the subject is dropped, the verb
        # goes on with whoever was speaking.
        return Attribution(cue=cue[0], anaphoric=True)
    if _and_then(lead, cue[0]) and not is_plural(cue[0]):
        return Attribution(cue=cue[0], anaphoric=True)  # "Y luego añadió:", as above
    if spoken_with:
        return Attribution(cue=cue[0], anaphoric=True)  # the subject dropped, as above
    if (
        (_adverbial_lead(lead) or ASKED_LEAD.match(lead) is not None)
        and not is_plural(cue[0])
        and not cue[0].casefold().endswith(ROMANCE_PLURAL_ENDINGS)
        and not QUOTED_LEAD.match(lead)
        and not WORD.search(rest.split(":", 1)[0])
    ):
        # "Más tarde, indicó:", "Acerca de si ..., indicó:": only adverbial phrases before
        # the verb and nothing after it, so the subject is dropped (not "Después del
        # partido, explicó el entrenador:")
        return Attribution(cue=cue[0], anaphoric=True)
    opening = CUE.match(lead, _past_spaces(lead, 0))
    if opening is not None and lead[opening.start()].isupper() and not is_plural(cue[0]):
        # "Dodała także, że ... zadecyduje premier, i dodała:": a sentence opening on a verb
        # of saying has dropped its subject, and the second verb shares it
        return Attribution(cue=cue[0], anaphoric=True)
    inverted_pronoun = _pronoun_after_verb(rest)
    if inverted_pronoun is not None:
        # "Im Interview sagt er:", "In der Zeitung vom 30. August beklagt er:", "Daarna zei
        # hij:": verb second, the pronoun after it is the subject; what opens is when or where
        return Attribution(cue=cue[0], anaphoric=True, pronoun=inverted_pronoun)
    if _paper_noun_subject(lead):
        # "Sobre Cristina Kirchner, el diario escribió:", "En esa línea, el diario británico
        # remarcó:": the cue alone; which paper, the document's layer reads
        return Attribution(cue=cue[0])
    return _periphrasis(lead, cue[0])


# A sentence opening on the participle of being asked, then what about, then its comma:
# "Interrogado se ..., respondeu:", "Asked about the deal, he said": the subject dropped.
ASKED_LEAD = re.compile(
    r"\s*(?:Questionad[oa]s?|Interrogad[oa]s?|Perguntad[oa]s?|Preguntad[oa]s?|"
    r"Consultad[oa]s?|Interrogée?s?|Interrogat[oa]|Interpellat[oa]|Asked|Questioned|Pressed|"
    r"Befragt|Gefragt)\b[^.!?,]*,\s*$"
)


def _pronoun_after_verb(rest: str) -> str | None:
    """Return the German or Dutch subject pronoun that alone follows the cue ("sagt er:"),
    else None."""
    words = WORD.findall(rest)
    if len(words) != 1 or words[0].casefold() not in INVERTED_PRONOUNS:
        return None
    return words[0] if not rest.strip(" \u00a0:,").removeprefix(words[0]).strip() else None


# Subject pronouns written after a verb-second cue (de, nl): "sagt er", "zei hij".
INVERTED_PRONOUNS = frozenset(str.split("er sie hij zij ze"))


def _paper_noun_subject(lead: str) -> bool:
    """Return True when the clause before the cue ends on an article and a paper's noun,
    an adjective at most after it ("el diario", "el diario británico", "the paper")."""
    words = [w.casefold() for w in WORD.findall(lead.rsplit(",", 1)[-1])]
    if 2 <= len(words) <= 3 and words[0] in ARTICLE_SET and words[1] in MEDIA_WORDS:
        return True
    # "Та же газета пишет:", "the same paper writes": the paper named before
    determiners = 0
    while determiners < len(words) and words[determiners] in SAME_DETERMINERS:
        determiners += 1
    rest = words[determiners:]
    return 0 < determiners <= 2 and 1 <= len(rest) <= 2 and rest[0] in MEDIA_WORDS


# Determiners pointing back to a paper named before: "Та же газета", "la même feuille".
SAME_DETERMINERS = frozenset(
    str.split(
        "та тот то эта этот это же ця цей сама сам the same this that la le el il lo même "
        "mismo misma stesso stessa selbe dieselbe derselbe dasselbe die der das"
    )
)


# A Romance clitic opening a verb phrase ("la canciller se refirió a ..."), and the
# endings of the Spanish, Portuguese and Italian preterite ("lembrou", "habló", "parlò").
CLITICS = frozenset(("se", "si"))  # not "la", "le": articles inside a title too
PRETERITE_ENDINGS = ("ó", "ò", "ou", "eu", "iu")  # es, it, pt ("rebateu", "pediu")
MIN_PRETERITE = 5  # "ou" (or), "lo", "só" are no verbs
# Portuguese adjectives and nouns ending like a preterite: "o deputado europeu X"
NOT_PRETERITES = frozenset(
    str.split(
        "europeu europeus judeu museu ateu hebreu plebeu liceu coliseu jubileu apogeu pigmeu "
        "fariseu milieu leefmilieu binnenmilieu hébreu evreu eritreu enjeu"
    )
)
# Polish prepositions before a locative in "-iu" ("w imieniu", "po spotkaniu"): no verb
POLISH_LOCATIVE_PREPOSITIONS = frozenset(str.split("w we na po przy o"))


def _before_verb(lead: str) -> str:
    """Return the lead up to the first Romance verb after its title (``la canciller se
    refirió a la tensión ... y`` -> ``la canciller``, ``o primeiro-ministro lembrou algumas
    obras`` -> ``o primeiro-ministro``): a title ends where its holder's verb starts."""
    titled = False
    previous = ""
    for word in WORD.finditer(lead):
        text = word.group()
        if titled and text.islower():
            if text in CLITICS:
                return lead[: word.start()]
            if (
                len(text) >= MIN_PRETERITE
                and text.endswith(PRETERITE_ENDINGS)
                # "pan-europeu", "l'enjeu": the noun's last part, its article aside
                and re.split(r"[-'’]", text)[-1] not in NOT_PRETERITES
                and previous not in POLISH_LOCATIVE_PREPOSITIONS
            ):
                return lead[: word.start()]
        titled = titled or is_title_word(text)
        previous = text.casefold()
    return lead


MAX_TITLE_AFTER_ARTICLE = 3  # "der ukrainische Vize-Außenminister", "el nuevo ministro"
# Definite articles in the nominative: the subject of a verb put before it ("forderte der
# Minister", "dijo el ministro"), not an object ("ha chiesto un incontro al prefetto").
SUBJECT_ARTICLES = frozenset(str.split("der die the le la l el il lo o"))


def _title_opens(rest: str) -> bool:
    """Return True when the words after a cue open with an article and, a few words on
    and before any punctuation, a title word: the inverted verb's subject (not "said the
    opposition was «...»", a reported clause)."""
    parts = re.split(r"[,.;:!?]", rest, maxsplit=1)
    phrase = parts[0]
    words = WORD.findall(phrase)
    return (
        len(parts) == 2  # the phrase closes before the quotation, if one follows
        and not any(mark in phrase for mark in '«»“”„"')
        and len(words) >= 2
        and words[0].casefold() in SUBJECT_ARTICLES
        and any(is_title_word(w) for w in words[1 : 1 + MAX_TITLE_AFTER_ARTICLE])
        and all(w in ROLE_TRAILING_ADVERBS or not w.islower() for w in _after_title(words))
    )


def _inside_a_clause(clause: str, name: NameMention) -> bool:
    """Return True when a lowercase word other than an article, a connector or a title
    stands before the name since the last comma or quotation mark: the name is part of a
    clause ("agieren als seine Vorgängerin X,"), not a subject opening its own ("«...»,
    Elly Schlein, alla Camera, ha accusato la premier")."""
    before = re.split(r"[,«»“”„\"]", clause[: name.span.start])[-1]
    return any(w.casefold() in CLAUSE_BEFORE_NAME for w in WORD.findall(before))


# Words putting a name inside a clause before it: a comparison, a complementizer, a possessive
# ("agieren als seine Vorgängerin X,"); not a party's adjective ("segretario leghista X,").
CLAUSE_BEFORE_NAME = frozenset(
    str.split(
        "als wie than like comme que come como dass that seine seiner seinen ihre ihrer ihren "
        "his her their sa son ses leur sua suo suoi sue su sus"
    )
)


def _after_title(words: list[str]) -> list[str]:
    """Return the words after the last title word among ``words``."""
    last = max((i for i, w in enumerate(words) if is_title_word(w)), default=len(words) - 1)
    return words[last + 1 :]


# Genitive endings of Russian and Ukrainian men's names after a title ("пресс-секретарь
# Владимира Путина", "радник Зеленського"): whose title it is.
SLAVIC_GENITIVE_ENDINGS = ("а", "я", "ого", "его")
# Titles of those who speak for someone named after them in the genitive.
PROXY_TITLE_STEMS = (
    *("пресс-секретар", "прес-секретар", "советник", "радник", "помощник", "помічник"),
    *("адвокат", "представител", "представник", "речник", "заместител", "заступник"),
)


def _whose_title(clause: str, cue: re.Match[str], name: NameMention) -> bool:
    """Return True for a name after a cue and a title whose words all end like a genitive
    when a man's verb says a woman's nominative name is not the subject: the title's
    owner, not the one speaking."""
    if verb_gender(cue[0]) != "m" or not CYRILLIC.match(name.text):
        return False
    title = WORD.findall(clause[cue.end() : name.span.start])[-1:]
    if not title or not title[0].casefold().startswith(PROXY_TITLE_STEMS):
        return False  # "президент Лула": an apposition; a proxy's title takes its owner
    words = name.text.split()
    if not all(w.casefold().endswith(SLAVIC_GENITIVE_ENDINGS) for w in words):
        return False
    if len(words) > 1 and is_given_name(words[0]):
        return False  # "министр Никита Дзюба": a man's given name in the nominative
    return any(is_title_word(w) for w in WORD.findall(clause[cue.end() : name.span.start]))


# The titles of a region's or a city's head, whose complement is the place it heads ("голова
# Київщини"); after "прем'єр", "президент" or "міністр" the word is the holder ("прем'єр Моді").
REGION_HEADS = frozenset(
    str.split(
        "очільник очільниця голова глава губернатор губернаторка керівник керівниця мер "
        "руководитель"
    )
)


def _place_of_the_title(clause: str, cue: re.Match[str], name: NameMention) -> bool:
    """Return True for one Cyrillic word right after a lowercase title that is no speaker: a
    Ukrainian adjective in the genitive opening a body's name ("речниця Державної ...
    інспекції"), or after a head's title a region's feminine genitive ("очільник Волині",
    "глава Чечни", "голова Київщини"); a foreign surname after "прем'єр" is the speaker."""
    if not name.single or not CYRILLIC.match(name.text) or is_given_name(name.text):
        return False
    if is_given_name_in_a_case(name.text):
        return False  # "радник Марини": a woman's given name in the genitive
    title = WORD.findall(clause[cue.end() : name.span.start])[-1:]
    if not (
        title
        and title[0].islower()
        and is_title_word(title[0])
        and clause[: name.span.start].rstrip().endswith(title[0])
    ):
        return False
    ending = name.text.casefold()
    if ending.endswith(UKRAINIAN_ADJECTIVE_GENITIVES):
        return True  # "речниця Державної екологічної інспекції": the body's adjective
    return title[0].casefold() in REGION_HEADS and ending.endswith(("і", "ї", "ни", "чни", "щини"))


# Ukrainian adjectives in the genitive, a body's first word after a title ("речниця Державної
# екологічної інспекції"); a speaker after his title is in the nominative.
UKRAINIAN_ADJECTIVE_GENITIVES = ("ої", "ого")


def _article_then_title(phrase: str) -> bool:
    """Return True for an article and one or two lowercase title words (``la funcionaria``,
    ``el ministro portavoz``)."""
    words = WORD.findall(phrase)
    return (
        2 <= len(words) <= 3
        and words[0].casefold() in ARTICLE_SET
        and all(w.islower() and is_title_word(w) for w in words[1:])
    )


# "And" or "but" opening a sentence whose subject is dropped (Romance languages, English
# and German, whose subjects take an article or a pronoun).
AND_THEN = frozenset(str.split("y e and et und ed mas pero ma mais but aber"))
MAX_AND_THEN_WORDS = 5  # "Y concluyó su idea señalando:", "Mas vai mais longe e assegura"
# Adverbs (and a verb of going further) between "and" and a verb whose subject is dropped.
THEN_WORDS = frozenset(
    str.split(
        "luego después entonces además también finalmente then later also finally ensuite "
        "puis aussi enfin dann später auch schließlich poi inoltre infine depois ainda "
        "também mais longe vai foi va fue e y and et und"
    )
)
# Verbs of saying used reflexively ("Y se lamentó:"); "se" before others is impersonal
# ("Y se advierte en el informe:").
# Plural pasts of Romance verbs ("advirtieron", "hanno detto" aside): many speak, not one.
ROMANCE_PLURAL_ENDINGS = ("ron", "rono", "ram", "rão", "èrent", "irent")
REFLEXIVE_CUES = frozenset(str.split("lamentó quejó sinceró justificó excusó despachó"))


def _and_then(lead: str, cue: str) -> bool:
    """Return True for a short lead opened by "and" or "but" and naming no subject: a verb
    of saying right after it, or adverbs only (``Y concluyó su idea señalando``, ``Y luego
    añadió``, ``Mas vai mais longe e``; not ``Y el ministro añadió``, ``Pero algunos socios
    advirtieron``)."""
    words = WORD.findall(lead)
    if not 2 <= len(words) <= MAX_AND_THEN_WORDS or words[0].casefold() not in AND_THEN:
        return False
    if not all(w.islower() for w in words[1:]):
        return False
    # a verb of saying first ("Y concluyó su idea señalando"), or adverbs only: "Y vecinos
    # afectados dijeron", "But critics said", "Pero algunos socios advirtieron" name a subject
    said = CUE.match(lead, _past_spaces(lead, lead.index(words[1])))
    if words[1:] == ["se"]:
        return cue.casefold() in REFLEXIVE_CUES  # "Y se lamentó:", not "Y se advierte"
    return said is not None or all(w in THEN_WORDS for w in words[1:])


MIN_ACRONYM = 2
MAX_ACRONYM = 8


def _acronym_subject(phrase: str) -> str | None:
    """Return the body's acronym that is the whole subject (``L'OFT``, ``la EAAB``, ``the
    FAA``), an article aside; not a news agency's (``l'AFP`` reports)."""
    words = [w for w in WORD.findall(phrase) if w.casefold().rstrip("'’") not in ARTICLE_SET]
    # A union's or a party's branch named by its place: "la FGTB Luxembourg", "la CGT Cantal".
    branch = (
        len(words) == 2
        and words[1][:1].isupper()
        and not is_given_name(words[1])
        # "le PDG Dupont", "l'AD Rossi", "TD Byrne": a title and a surname
        and ELIDED_ARTICLE.sub("", words[0]).casefold() not in TITLE_ACRONYMS
    )
    if len(words) != 1 and not branch:
        return None
    word = ELIDED_ARTICLE.sub("", words[0])
    letters = [ch for ch in word if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    if not MIN_ACRONYM <= len(letters) <= MAX_ACRONYM or capitals < max(2, len(letters) - 1):
        return None
    if word.casefold() in AGENCIES or word.casefold() in BROADCASTERS:
        return None
    return f"{word} {words[1]}" if branch else word


def _clause_opening(lead: str) -> str:
    """Return the subject's part of ``lead``: after its last comma (an adverbial opened the
    sentence) and without a conjunction before the subject."""
    tail = lead.rsplit(",", 1)[-1].lstrip()
    opening = CONTRAST.match(tail)
    if opening:
        return tail[opening.end() :]
    first, _, rest = tail.partition(" ")
    return rest if first.casefold() in SENTENCE_CONNECTORS else tail


# Words that join a sentence to the one before, ahead of its subject ("Mais l'OFB reconnaît").
SENTENCE_CONNECTORS = COORDINATORS | frozenset(
    str.split("mais puis or but then yet aber doch pero ma però mas maar en ale")
)


def _article_and_capitals(phrase: str) -> str:
    """Return the opening words of ``phrase`` that are articles or capitalised, up to the
    first other word ("la SNCB dans un communiqué" -> "la SNCB")."""
    words = list(WORD.finditer(phrase))
    end = 0
    for word in words:
        text = ELIDED_ARTICLE.sub("", word.group())
        if not (word.group().casefold() in ARTICLE_SET or text[:1].isupper()):
            break
        end = word.end()
    return phrase[:end]


# Titles written as acronyms before a name (PDG, CEO, AD, TD): a person's, never a body's.
TITLE_ACRONYMS = frozenset(
    str.split(
        "ceo cfo coo cto pm pdg dg mep mp mdb mdl msp td gp ag dci ad drh dgs dga daf cpe ds dasen"
    )
)


# "According to X's words" (az, tr): the name before them is in the genitive.
GENITIVE_CUES = frozenset({"sözlərinə görə", "sözlerine göre", "fikrincə", "fikrince"})
TURKIC_VOWELS = frozenset("aeıioöuüə")
TURKIC_GENITIVE_AFTER_VOWEL = (("nın", "nin", "nun", "nün"), True)
TURKIC_GENITIVE = (("ın", "in", "un", "ün"), False)
MIN_NAME_STEM = 3


def _turkic_nominative(name: str) -> str:
    """Return ``name`` without the genitive suffix its last word takes before "sözlərinə
    görə" (Quliyev-in, Aydoğdu-nun); Turkish writes it after an apostrophe, kept elsewhere."""
    words = name.split()
    last = words[-1]
    if APOSTROPHE.search(last):
        return name
    for endings, after_vowel in (TURKIC_GENITIVE_AFTER_VOWEL, TURKIC_GENITIVE):
        for ending in endings:
            stem = last[: -len(ending)]
            vowel_before = stem[-1:].casefold() in TURKIC_VOWELS
            if last.endswith(ending) and len(stem) >= MIN_NAME_STEM and vowel_before == after_vowel:
                return " ".join([*words[:-1], stem])
    return name


def _titled_source(clause: str, cue: re.Match[str]) -> str | None:
    """Return the title after "according to" that its comma closes (``Según la ministra,``,
    ``According to the minister,``), else None."""
    rest = clause[cue.end() :]
    head, comma, _ = rest.partition(",")
    words = WORD.findall(head)
    if not comma or not words or len(words) > MAX_GAP_WORDS:
        return None
    if words[0].casefold() in ARTICLE_SET:
        words = words[1:]
    if not words or not all(w.islower() and is_title_word(w) for w in words):
        return None
    return " ".join(words)


# Turkish and Azerbaijani participles ending a clause that describes the subject after it
# ("Kırbaş'ın sözlerine yanıt veren Vali Akgül"): -en, -an, -ən of a verb, lowercase.
PARTICIPLE = re.compile(r"[^\W\d_]{2,}(?:en|an|ən)")


def _after_participle(lead: str) -> int:
    """Return where the subject's titles start in a verb-final lead: after its last
    participle when a title follows it (``Sarıgül'ün bu sözlerine karşılık veren Iraklı
    bakan``), as the participle's clause describes the subject; else at the start."""
    words = list(WORD.finditer(lead))
    for i in range(len(words) - 1, -1, -1):
        word = words[i][0]
        if word.islower() and PARTICIPLE.fullmatch(word) and not is_title_word(word):
            rest = words[i + 1 :]
            if any(is_title_word(w[0]) for w in rest):
                return words[i].end()
            # "geliştiğini vurgulayan İlham Aliyev, “...”": the name right after it, in a
            # Turkic clause (not German "kritisieren Friedrich Merz", its object)
            return words[i].end() if not rest and TURKIC_ONLY_LETTERS.search(lead) else 0
    return 0


# Letters only Turkish and Azerbaijani write among the languages read here (not ü, ö, ç:
# "Die Grünen kritisieren Friedrich Merz" is German).
TURKIC_ONLY_LETTERS = re.compile("[ğışıİəĞŞƏ]")
# Turkish and Azerbaijani converbs ending a clause that goes on to the quotation ("...
# müttefiklik seviyesine çıktığını belirterek, “...”"): "-arak", "-erek", "-araq", "-ərək".
CONVERB = re.compile(r"[^\W\d_]{2,}(?:arak|erek|araq|ərək)")  # "ederek" too


def _converb_subject(sentence: str, names: list[NameMention]) -> Attribution | None:
    """Return the subject that opens the sentence of a converb clause leading to the
    quotation, its titles at most before it and a comma after it (``Azerbaycan
    Cumhurbaşkanı İlham Aliyev, ... belirterek, “...”``)."""
    start = max((m.end() for m in SENTENCE_END.finditer(sentence)), default=0)
    start = max(start, sentence.rfind(";") + 1)  # "X görüştü; Y da ... değerlendirerek, “"
    name = next((n for n in names if n.span.start >= start), None)
    if name is None or not sentence[name.span.end :].startswith(","):
        return None
    lead = WORD.findall(sentence[start : name.span.start])
    if len(lead) > MAX_GAP_WORDS or not all(is_title_word(w) or w[:1].isupper() for w in lead):
        return None
    if (
        name.single
        and not any(not n.single and n.text.split()[-1] == name.text for n in names)
        and not (lead and is_title_word(lead[-1]))
    ):
        # "Savcılık, ... dayanarak", "Emniyet, açıklama yaparak": a body as likely as a
        # surname; "Bahçeli, ... değerlendirerek" after "Devlet Bahçeli" is his, and so is
        # "Başbakan Yıldırım, ... ederek" with his title
        return None
    return Attribution(speaker=name.text, role=_titled_role(sentence[start : name.span.start]))


def _subject_before(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the subject of a verb-final attribution (tr, az): a name, with its titles
    before it, alone before the comma that opens the quotation (``Fidan, “...” dedi``); the
    cue comes after the quotation."""
    stripped = clause.rstrip()
    if not stripped.endswith(","):
        return None
    names = find_names(stripped, bold)
    if names and CONVERB.fullmatch(WORD.findall(stripped)[-1]):
        return _converb_subject(stripped, names)
    if not names or names[-1].span.end != len(stripped) - 1:
        return None
    name = names[-1]
    start = _after_participle(stripped[: name.span.start])
    # "(Il Dubbio); Mauro Calise, “...”": a semicolon or the end of the previous quotation's
    # credit opens the list's next entry.
    start = max(start, *(stripped.rfind(ch, 0, name.span.start) + 1 for ch in LIST_BREAKS))
    colon = stripped.rfind(":", 0, name.span.start)
    if colon >= start and not stripped[colon + 1 : name.span.start].strip():
        # "le analisi fortemente critiche: Giovanni Orsina, “...”": a list opens after the
        # colon when no verb and no one named announces it (not "Le Figaro titre : X, « »")
        opened = max(stripped.rfind(ch, 0, colon) for ch in ".;\n") + 1
        named = any(w[:1].isupper() for w in WORD.findall(stripped[opened:colon])[1:])
        if not named and CUE.search(stripped, opened, colon) is None:
            start = colon + 1
    lead = WORD.findall(stripped[start : name.span.start])
    # "MHP İzmir Milletvekili X,": a place may qualify the title right before the name.
    titled = bool(lead) and is_title_word(lead[-1]) and all(w[:1].isupper() for w in lead[:-1])
    if len(lead) > MAX_GAP_WORDS or not (
        titled or all(is_title_word(w) or w.isupper() for w in lead)
    ):
        return None
    return Attribution(speaker=name.text, role=_titled_role(stripped[start : name.span.start]))


# Russian and Ukrainian "X (does not) agree with Y" opening a sentence, the one agreeing
# after the verb: "С Садыровым не согласен архитектор X", "Із Гасановим погоджується X".
AGREES_WITH = re.compile(
    r"^\s*(?:С|Со|З|Із)\s+\w+\s+(?:не\s+)?(?:\w+\s+)?"
    r"(?:соглас(?:ен|на|ны)|погоджу(?:ється|ються))\s+",
    re.IGNORECASE,
)


# A quotation closing a sentence: its last words end on a full stop, a question or an
# exclamation mark inside or right after the closing mark.
QUOTED_SENTENCE = re.compile(
    r"(?:«[^«»]*[.!?…]\s*»|“[^“”]*[.!?…]”|„[^„“”]*[.!?…][“”]|\"[^\"]*[.!?…]\")"
)


LIST_BREAKS = (";", ")", "»", "”")  # not ":" ("Le Figaro titre : X, « ... »")
MAX_SURNAME_ADVERBS = 1  # "Tscherrig darauf:": a surname and an adverb at most


def _surname_alone(clause: str, name: NameMention) -> bool:
    """Return True for a surname that is the whole clause before its colon, an adverb at
    most after it (``Tellames:``, ``Tscherrig darauf:``): an exchange's next turn."""
    if clause[: name.span.start].strip(LEADING_PUNCTUATION + " "):
        return False
    words = WORD.findall(clause[name.span.end :])
    return len(words) <= MAX_SURNAME_ADVERBS and all(
        w.islower() and not PRONOUN.fullmatch(w) for w in words
    )


# A Turkish or Azerbaijani "according to (X's words)" closing its phrase with a comma.
TURKIC_SOURCE_BEFORE_COMMA = re.compile(
    r"\b(?:sözlərinə|sözlerine|fikrincə|fikrince|dediyinə|dediğine)\s+(?:görə|göre)(?=\s*,)",
    re.IGNORECASE,
)


def _after_quoted_sentence(clause: str) -> int:
    """Return where the clause resumes after the last quoted sentence in it, when words
    follow (``„... Sicherheit.“ Tscherrig darauf:``), else 0."""
    end = max((m.end() for m in QUOTED_SENTENCE.finditer(clause)), default=0)
    return end if end and WORD.search(clause, end) else 0


# Italian prepositions and conjunctions before the article "il", which French never writes
# before its pronoun "il" ("pour qu'il", "et il").
ITALIAN_BEFORE_IL = frozenset(str.split("per di a da in con su tra fra che e o ma come"))


# A paper citing a person right before the colon ("To Vima cite Alexis Tsipras :", "Die
# Zeitung zitiert Angela Merkel:"): the words are the person's when named in full. CITING_VERB
# below reads the same verbs anywhere after a paper's name.
CITES_THEN_NAME = re.compile(
    r"\b(?:cite|citent|citait|zitiert|zitieren|cita|citan|quotes|cites|cytuje|цитирует|"
    r"цитирують|цитує)\s+(?:a\s+)?(?=\w[^:]{0,60}\s*:$)",
    re.IGNORECASE,
)


CITING_VERB = re.compile(
    r"\b(?:cite|citent|cita|citan|citou|quotes|quoted|cites|cited|zitiert|zitierte|cytuje|"
    r"цитирует|цитує)\b",
    re.IGNORECASE,
)
MAX_PAPER_ADJECTIVES = 2  # "Le journal conservateur Kathimerini", "the British daily X"


def _paper_subject(clause: str) -> str | None:
    """Return the paper's name when the clause opens with an article, a paper's noun, at
    most two lowercase adjectives and the name ("Le journal conservateur Kathimerini n'est
    pas tendre avec le premier ministre :"), and names no person after it: the paper is the
    subject."""
    words = WORD.findall(clause)[: 3 + MAX_PAPER_ADJECTIVES + 2]
    if len(words) < 3 or words[0].casefold() not in ARTICLE_SET:
        return None
    if words[1].casefold() not in MEDIA_WORDS:
        return None
    rest = words[2:]
    opening = next((i for i, w in enumerate(rest) if w[:1].isupper()), None)
    if opening is None or opening > MAX_PAPER_ADJECTIVES:
        return None
    if any(w.casefold() in CONNECTOR_SET or w.casefold() == "by" for w in rest[:opening]):
        return None  # "Le journal de Bruno Le Maire", "the paper by Smith": his diary, a study
    paper = " ".join(itertools.takewhile(lambda w: w[:1].isupper(), rest[opening:]))
    after = clause[clause.find(paper) + len(paper) :]
    if any(not name.single for name in find_names(after)) or CITING_VERB.search(after):
        # "El periódico X cita al prefecto de Pacaraima, Y:", "O jornal Público cita um
        # diplomata moldavo:": the words of whom the paper cites
        return None
    return paper


# A preposition of addressing or concerning, maybe an article, then the title word that
# ends the clause before a surname ("al presidente", "an Kanzler", "to General").
ADDRESSED_TITLE = re.compile(
    r"(?<!\w)(?:a|al|alla|allo|ai|agli|au|aux|à|an|to|contro|gegen|against|para|per|pour|für|"
    r"for|sur|über|about|su|del|della|dello|of|de|di|auf)\s+"
    r"(?:(?:il|lo|la|l'|el|le|der|die|den|dem|the)\s+)?\S+\s*$",
    re.IGNORECASE,
)
INTERVIEW_STEM = re.compile(r"(?i)intervist|entrevist|interview|gespräch|parla |habla ")


def _colon_subject(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the subject of a sentence that announces the quotation with a colon and no
    reporting verb (``..., Mme X avait déjà fixé le cap : «``): the name that opens the
    sentence or the clause after its leading adverbial, with only titles before it."""
    stripped = clause.rstrip()
    if not stripped.endswith(":"):
        return None
    opening = WORD.findall(stripped)[:MAX_INDEFINITE_SUBJECT_WORDS]
    # "Een Britse toerist vatte het samen:": the subject's words, then a verb the tables
    # lack (a nationality is no name); not "Un anno fa il sindaco X aveva avvertito:" nor
    # "Eine Woche nach der Wahl zeigte sich Georg Maier", whose full name is the subject
    found = find_names(stripped)
    named = any(not n.single or not is_demonym(n.text) for n in found)
    indefinite = not named and any(
        _indefinite_subject(" ".join(opening[:size]), "") for size in range(2, len(opening) + 1)
    )
    if (indefinite or _indefinite_subject(stripped[:-1], "")) and not any(
        not n.single and stripped[: n.span.start].rstrip().endswith(",") for n in found
    ):
        # "Een taxichauffeur bij de X gelooft er weinig van:"; not "Een econoom bij ING, Bert
        # Colijn, is sceptisch:", where the apposition names him
        return Attribution(unnamed=True)
    paper = _paper_subject(stripped)
    if paper:
        return Attribution(institution=paper)  # "Le journal conservateur Kathimerini ... :"
    names = _speaker_names(stripped, bold)
    cited = CITES_THEN_NAME.search(stripped)
    if cited and names and names[-1].span.start == cited.end() and not names[-1].single:
        # "Le Monde cite Alexis Tsipras :": his words (not "Les Échos cite Bercy :", a
        # ministry by its street)
        return Attribution(speaker=names[-1].text)
    for position, name in enumerate(names):
        rest = stripped[name.span.end :]
        if listed_medium(name.text) and position + 1 < len(names):
            continue  # "Spiegel Online, Roland Nelles:": the paper, then its writer
        if name.single and not rest.startswith(","):
            if _surname_alone(stripped, name):
                return Attribution(speaker=name.text)  # "Tscherrig darauf:", "Tellames:"
            titled_lead = stripped[: name.span.start]
            before = WORD.findall(titled_lead)[-1:]
            # "Lettera aperta al presidente Mattarella:", "Frage an Kanzler Merz:": words to
            # or about the one titled, unless the clause says they were interviewed
            addressed = ADDRESSED_TITLE.search(titled_lead) is not None
            if (
                rest.strip() == ":"
                and before
                and is_title_word(before[0])
                and (not addressed or INTERVIEW_STEM.search(titled_lead) is not None)
            ):
                # "Su Corsera intervista al cardinale Kasper:": a title, its surname, the colon
                courtesy = before[0].casefold() in COURTESY_TITLES  # "պարոն X:": no role
                return Attribution(speaker=name.text, role=None if courtesy else before[0])
            continue  # "Прогноз у него неутешительный:" (but "Çavuşoğlu, ... bulundu:")
        words_after = WORD.findall(rest)
        pronoun = next(
            (
                w
                for i, w in enumerate(words_after)
                if PRONOUN.fullmatch(w)
                # "..., il sindaco è stata netta:", "per il festival": Italian's article
                and not (i + 1 < len(words_after) and is_title_word(words_after[i + 1]))
                and not (w == "il" and i > 0 and words_after[i - 1] in ITALIAN_BEFORE_IL)
            ),
            None,
        )
        if pronoun:  # "Условие Пекина он назвал жестким:": the pronoun is the subject
            return Attribution(anaphoric=True, pronoun=pronoun)
        head = stripped[: name.span.start]
        segment = head[head.rfind(",") + 1 :]
        # "С Садыровым не согласен архитектор X:": who disagrees is the subject
        segment, agrees = AGREES_WITH.subn("", segment, count=1)
        lead = [ELISION.sub("", w) for w in WORD.findall(segment)]  # "L'économiste X"
        titled = any(is_title_word(w) or w.casefold() in COURTESY_TITLES for w in lead)
        if agrees and titled:
            return Attribution(speaker=name.text, role=_titled_role(segment))
        if lead and not titled:
            continue  # "Le Monde", "à Nuuk": a named thing or a complement, no subject
        later = names[position + 1] if position + 1 < len(names) else None
        if later and _complement_before_title(stripped, name, later, any_case=True):
            continue  # "De Veerse wethouder Kees Dieleman ...:": the title's complement
        if len(lead) <= MAX_GAP_WORDS and all(
            is_title_word(w) or w.casefold() in ARTICLE_SET or w.casefold() in COURTESY_TITLES
            for w in lead
        ):
            return Attribution(speaker=name.text, role=_titled_role(segment))
    # "Ответ мэра критикам был резким:": no name, but the title points to its holder.
    words = WORD.findall(stripped)
    if unnamed_source(stripped) or any(
        unnamed_source(" ".join(words[:size])) for size in range(1, min(len(words), 6) + 1)
    ):
        return Attribution(unnamed=True)  # "A senior official at the ministry was blunter:"
    index = next(
        (
            i
            for i, w in enumerate(words)
            # "Le journal conservateur Kathimerini": the paper's adjective, no curator
            if is_title_word(w) and not (i and words[i - 1].casefold() in MEDIA_WORDS)
        ),
        None,
    )
    if index is None or words[index].casefold() in COURTESY_TITLES:
        return None
    if index and words[index - 1].casefold() in INDEFINITE_TITLES:
        return Attribution(unnamed=True)  # "cita um diplomata moldavo:": an unnamed one
    # "La ministre a évoqué ... :": a feminine title is a woman's; a masculine one says
    # nothing ("il sindaco è stata netta:")
    feminine = role_gender(words[max(0, index - 1) : index + 1]) == "f"
    return Attribution(role=words[index], anaphoric=True, gender="f" if feminine else None)


def _periphrasis(lead: str, cue: str) -> Attribution | None:
    """Return an anaphoric attribution for a short subject opened by an article and naming
    nobody (``Der Belgier sagte:``, ``The Belgian added:``), else None."""
    words = WORD.findall(lead)
    if not 2 <= len(words) <= 3 or words[0].casefold() not in ARTICLE_SET:
        return None
    if _named_thing(words):
        return None  # "La Russie a déclaré :", "Le Monde écrit :"
    return Attribution(cue=cue, anaphoric=True, gender=article_gender(words))


def _named_thing(words: list[str]) -> bool:
    """Return True for an article and capitalised words that are neither a title nor a
    nationality (``Le Monde``, ``la Russie``): a newspaper, a country, no person."""
    return (
        len(words) >= 2
        and words[0].casefold() in ARTICLE_SET
        and all(w[0].isupper() for w in words[1:])
        and not any(is_demonym(w) or is_title_word(w) for w in words[1:])
    )


# A page's headline as the subject ("diz a manchete", "says the headline"): the paper's
# words, no person's. Not "titular": "el titular de Exteriores" is the minister.
HEADLINE_NOUNS = frozenset(
    str.split(
        "headline manchete titre titolo título schlagzeile überschrift kop krantenkop "
        "заголовок nagłówek"
    )
)


def _medium_noun(words: list[str]) -> bool:
    """Return True for a lowercase medium's noun after an article or a demonstrative (``le
    journal``, ``the paper``, ``ce quotidien``), or its headline's (``a manchete``): the
    medium named before, no person."""
    return (
        len(words) == 2
        and (words[0].casefold() in ARTICLE_SET or words[0].casefold() in DEMONSTRATIVES)
        and words[1].islower()
        and (words[1] in MEDIA_WORDS or words[1] in HEADLINE_NOUNS)
        # "the agency said" in wire copy is mostly a public agency named before
        and not words[1].startswith(("agen", "агентств"))
    )


def _armenian_dative(name: str) -> bool:
    """Return True for an Armenian surname in the dative (``Փաշինյանին``, ``Քոչարյանին``);
    not a foreign name ending on a vowel and its article (``Թավակոլին``: Tavakoli, he)."""
    return name.endswith(ARMENIAN_DATIVE_SURNAMES)


ARMENIAN_DATIVE_SURNAMES = ("յանին", "յանցին", "ովին", "ևին")


# An article and a noun closed by a comma right after the cue: the cue's subject.
SUBJECT_THEN_COMMA = re.compile(r"\s*([^\W\d_]+)\s+([^\W\d_]+)\s*,")


def _medium_subject_first(between: str) -> bool:
    """Return True when a medium's noun and a comma open the words between the cue and a
    name (``diz a manchete, citando o presidente X``): the medium speaks, X is named."""
    subject = SUBJECT_THEN_COMMA.match(between)
    return subject is not None and _medium_noun([subject[1], subject[2]])


def _no_persons_subject(words: list[str]) -> bool:
    """Return True for a subject that is a medium's noun (``the paper``) or English "it" (a
    paper or a body spoken of before): no person speaks."""
    return _medium_noun(words) or (len(words) == 1 and words[0] in ("it", "It"))


def _unnamed_before(rest: str, cue: str) -> Attribution | None:
    """Return the attribution after a before-cue naming nobody (``Selon le ministère,``,
    ``Secondo il capo dello Stato,``, ``Según una fuente diplomática,``)."""
    phrase = re.split(r"[,.;:!?։՝]", rest, maxsplit=1)[0]
    if unnamed_source(phrase) or _agency(phrase):
        return Attribution(cue=cue)
    document = _statement(phrase)
    if document:  # "according to a statement from the presidency"
        return Attribution(cue=cue, institution=institution_in(phrase) or document)
    institution = institution_in(phrase, 25)
    if institution and not _title_first(phrase):
        return Attribution(cue=cue, institution=institution)
    words = [w.casefold() if i == 0 else w for i, w in enumerate(WORD.findall(phrase)[:2])]
    if _someone_unnamed(words, cue):
        return Attribution(cue=cue)  # "Selon un cheminot de la gare de Marloie,": nobody named
    if (
        cue.casefold() in PURPOSE_CUES
        and not rest[len(phrase) :].strip(" ,:")
        and _unnamed_person(words)
    ):
        # "Per un bagnino interpellato dal quotidiano, «...»": the phrase leads straight
        # into the quotation, so "per" is "according to" (not "Pour un homme discret, il")
        return Attribution(cue=cue)
    role = _titled_role(phrase)
    if role is None:
        return None
    gender = role_gender(WORD.findall(phrase)[:4])
    return Attribution(cue=cue, role=role, anaphoric=True, gender=gender)


def name_before_quote(clause: str, bold: tuple[Span, ...]) -> str | None:
    """Return a name that ends the clause before a quotation (``Aliyev: «...» dedi``)."""
    names = [n for n in find_names(clause, bold) if not n.single or n.bold]
    if names and not clause[names[-1].span.end :].strip(" :,–—-"):
        return names[-1].text
    return None


def institutions_in(text: str, quoted: Sequence[tuple[int, int]] = ()) -> list[tuple[int, str]]:
    """Return (offset, phrase) for every institution named in ``text``, in order, outside
    the ``quoted`` spans: "« ... que l'Union ne tient pas parole »" names no body a later
    cue refers to."""
    spans = sorted(quoted)
    starts = [start for start, _ in spans]
    found = []
    for match in INSTITUTION.finditer(text):
        at = bisect.bisect_right(starts, match.start()) - 1  # the last span opening at or before
        if at < 0 or match.start() >= spans[at][1]:
            found.append((match.start(), institution_phrase(text, match)))
    return found


def sentences_before(text: str) -> list[str]:
    """Return the current (unfinished) sentence of ``text`` then the one before it."""
    cuts = [0, *(m.end() for m in SENTENCE_END.finditer(text))]
    current = text[cuts[-1] :]
    previous = text[cuts[-2] : cuts[-1]] if len(cuts) > 1 else ""
    return [current, previous]


# Words making a title the deputy's (as separate words: "wiceminister" is one title already).
DEPUTY_WORDS = frozenset(
    {
        "deputy",
        "vice",
        "adjunto",
        "adjunta",
        "yardımcısı",
        "заместитель",
        "заступник",
        "stellvertretender",
        "stellvertretende",
    }
)


# A title declined in a held role keeps all its letters but one (wojewod-a/-y, министр/-а).
MIN_DECLINED_TITLE = 5
MAX_CASE_LETTERS = 2


def role_refers_to(written: str, held: str) -> int:
    """Return how well a role at an anaphoric cue fits a role a person was given: 2 when its
    qualifiers match (``the Georgian premier`` -> ``Georgian Prime Minister``), 1 when its
    title words do (``the minister`` -> ``Foreign Minister``), else 0."""
    words = [w.casefold() for w in WORD.findall(written)]
    held_words = {w.casefold() for w in WORD.findall(held)}
    if held_words & DEPUTY_WORDS and not DEPUTY_WORDS.intersection(words):
        return 0  # "the minister" is not the "Deputy Education Minister" named last
    offices = _offices(written) if periphrasis(written) else frozenset()
    if offices:
        # "o chefe de Estado" is the Presidente, not the "ministro de Estado": an office's
        # periphrasis refers by the office, whatever words it shares with another title;
        # its country said as well ("el mandatario argentino") fits the title that says it
        if not offices & _offices(held, held=True):
            return 0
        _, key = _padded(written)
        for phrases, _ in OFFICES.values():
            for phrase in phrases:
                key = key.replace(f" {phrase.casefold()} ", " ")
        said = [w for w in key.split() if w not in NOT_NAME_WORDS and w not in ARTICLE_SET]
        fits = said and all(any(_same_stem(w, h) for h in held_words) for w in said)
        return 2 if fits else 1
    titles = {w for w in words if is_title_word(w)}
    qualifiers = {
        w for w in words if w not in titles and w not in NOT_NAME_WORDS and w not in ARTICLE_SET
    }
    if qualifiers and qualifiers <= held_words:
        return 2
    if titles and _held_for_another(titles, held):
        return 0  # "the president" is not the "Special Adviser to the President"
    if titles and all(_title_among(t, held_words) for t in titles):
        return 1
    # "le chef de la diplomatie" -> "ministre des Affaires étrangères", "глава государства"
    # -> "Президент": one office under two names.
    return 1 if _offices(written) & _offices(held, held=True) else 0


# Prepositions between a title and whom its holder serves ("Adviser to the President",
# "conseiller du président", "Berater des Präsidenten").
SERVING_PREPOSITIONS = CONNECTOR_SET | frozenset(str.split("to at au aux à"))


def _held_for_another(titles: set[str], held: str) -> bool:
    """Return True when ``held`` opens with a title of its own and holds the ``titles`` only
    after a preposition: an aide's role that names whom he serves."""
    words = [w.casefold() for w in WORD.findall(held)]
    cut = next((i for i, w in enumerate(words) if w in SERVING_PREPOSITIONS), len(words))
    head, complement = set(words[:cut]), set(words[cut:])
    if not any(is_title_word(w) for w in head):
        return False
    return not any(_title_among(t, head) for t in titles) and all(
        _title_among(t, complement) for t in titles
    )


# The possessive ending a Turkish or Azerbaijani title takes after its complement.
TURKIC_POSSESSIVES = frozenset(str.split("si sı su sü ı i u ü"))


def _same_stem(word: str, other: str) -> bool:
    """Return True when two words share their stem, a country and its adjective
    ("argentino" and "argentina", "italiano" and "italia"): a common start of five letters
    or more that leaves at most one letter of the shorter word."""
    a, b = plain_key(word), plain_key(other)
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= max(MIN_SHARED_STEM, min(len(a), len(b)) - 1)


MIN_SHARED_STEM = 5


def _title_among(title: str, words: set[str]) -> bool:
    """Return True when ``title`` is among ``words`` as written or in a case (``министр``
    in ``министра финансов``, ``wojewoda`` in ``wojewody opolskiego``)."""
    if title in words:
        return True
    if any(w[len(title) :] in TURKIC_POSSESSIVES and w.startswith(title) for w in words):
        return True  # "Vali" in "Kayseri Valisi", "Bakan" in "Ulaştırma Bakanı"
    shared = max(MIN_DECLINED_TITLE, len(title) - 1)
    return len(title) >= MIN_DECLINED_TITLE and any(
        w[:shared] == title[:shared] and abs(len(w) - len(title)) <= MAX_CASE_LETTERS for w in words
    )


def _padded(role: str) -> tuple[list[str], str]:
    """Return a role's lowercase words and them joined between spaces, for phrase lookups."""
    words = WORD.findall(role.casefold())
    return words, f" {' '.join(words)} "


def _offices(role: str, held: bool = False) -> frozenset[str]:
    """Return the offices a role names, by a periphrasis or by a title (``OFFICES``); a title
    held in a body (``President of the European Council``) names no country's office."""
    words, key = _padded(role)
    found = {
        office: [p for p in (*periphrases, *titles) if f" {p.casefold()} " in key]
        for office, (periphrases, titles) in OFFICES.items()
    }
    if LEGISLATURE_WORDS.intersection(words):
        found.pop("mayor", None)  # "presidente da Câmara dos Deputados": a parliament's
    # A body's noun outside every phrase matched ("President of the European Commission")
    # makes the title a body's; "presidente del Consiglio" is one phrase, an office.
    spoken = " ".join(p.casefold() for phrases in found.values() for p in phrases)
    bodies = [w for w in words if is_institution_word(w) and w not in spoken.split()]
    if held and bodies:
        return frozenset()
    return frozenset(office for office, phrases in found.items() if phrases)


LEGISLATURE_WORDS = frozenset(str.split("deputados diputados députés deputati abgeordneten"))


def periphrasis(role: str) -> bool:
    """Return True for an office named by a periphrasis (``la prima cittadina``, ``le chef de
    la diplomatie``): its grammatical gender says nothing of its holder's title's."""
    _, key = _padded(role)
    return any(
        f" {phrase.casefold()} " in key for phrases, _ in OFFICES.values() for phrase in phrases
    )


def proxy_role(role: str) -> bool:
    """Return True for a role speaking for another title's holder (``the minister's
    spokeswoman``, ``porte-parole du ministre``, ``представитель министра``, ``portavoce del
    ministro``): its speaker is not the holder of that other title."""
    words = [POSSESSIVE_END.sub("", w) for w in WORD.findall(role.casefold())]
    proxies = [w for w in words if w.startswith(PROXY_STEMS)]
    others = [w for w in words if not w.startswith(PROXY_STEMS) and is_title_word(w)]
    return bool(proxies and others)


def is_proxy_title(role: str) -> bool:
    """Return True for a role holding a spokesperson's or an aide's title."""
    return any(w.startswith(PROXY_STEMS) for w in WORD.findall(role.casefold()))
