"""Names of newspapers, broadcasters, agencies and news sites (data/media_names.json), and
where a text names one: the words a paper prints are the paper's, and its name no person's."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from transforms.cues import MEDIA_WORDS

# Marks and spaces around a paper's name in running text: «Коммерсантъ», "BBC", **Le Monde**.
NAME_EDGES = '«»“”„"‹›*'
# Punctuation that may follow a name without belonging to it: "..., ironise Le Parisien."
TRAILING = ",.;:!?)»”“\"’'"
MAX_MEDIA_WORDS = 5  # the longest listed names ("O Estado de S. Paulo")
# Articles that open a listed name and running text may write in small letters ("in the
# Guardian", "secondo la Repubblica"); a name opening on another word keeps its capital.
ARTICLES = frozenset(str.split("the le la les l' el los las il lo der die das de het o a os as"))


def _key(text: str) -> str:
    """Return the lookup form of a name: one apostrophe, casefolded, single spaces."""
    return " ".join(text.replace("’", "'").casefold().split())


# The words a paper's name ends on ("The Sunday Times", "The Wall Street Journal").
MASTHEAD_ENDS = frozenset(
    str.split(
        "times telegraph journal post herald tribune mail news observer express mirror star "
        "standard chronicle gazette record globe independent guardian economist review sun "
        "telegram examiner inquirer dispatch courier"
    )
)


@cache
def _media() -> dict[str, str]:
    """Return the listed names by their lookup form, loaded once per process."""
    path = Path(__file__).with_name("data") / "media_names.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for listed in data["names"].values():
        for name in listed:
            names.setdefault(_key(name), name)
            # "il Sunday Times", "du New York Times": a foreign article replaces "The" (not
            # before one word: "Times", "Sun" are words too; nor "Irish Catholic", "New
            # Yorker", which do not end on a paper's word)
            words = name.split()
            if words[0] == "The" and len(words) > 2 and words[-1].casefold() in MASTHEAD_ENDS:
                names.setdefault(_key(" ".join(words[1:])), " ".join(words[1:]))
    return names


@cache
def _first_words() -> frozenset[str]:
    """Return the lookup forms of the listed names' first words: a word no name opens with
    is passed over with one set lookup, so a scan stays linear and cheap."""
    return frozenset(key.split()[0] for key in _media())


def listed_medium(name: str) -> str | None:
    """Return the listed spelling when ``name`` is a medium's name as written ("The
    Guardian", «Коммерсантъ», "Guardian" for "The Guardian"), else None."""
    written = name.strip(NAME_EDGES + " ")
    media = _media()
    found = media.get(_key(written))
    if found is None and " " not in written:
        found = media.get(_key(f"the {written}"))  # "Guardian" of "The Guardian"
    return found


# A paper's nouns as the subject of a cue, in the nominative ("el diario escribió", "aldus
# de krant", "diz a publicação", "-qəzet yazır"); the cue tables' media nouns hold the
# oblique forms of "told the paper" too ("сказал газете").
PAPER_NOUNS = frozenset(
    str.split(
        "paper newspaper daily journal quotidien hebdomadaire journal diario periódico rotativo "
        "jornal publicação publicación publication pubblicazione reportagem quotidiano "
        "giornale testata krant dagblad weekblad omroep zeitung blatt tageszeitung gazete "
        "gazetesi qəzet qəzeti газета издание видання gazeta dziennik tygodnik magazine "
        "revista rivista "
        # session 55: magazines ("Dergi, “...” diyor")
        "dergi dergisi magazin zeitschrift tijdschrift журнал часопис czasopismo"
    )
)
# A name in quotation marks right after a paper's noun: ``die lettische Zeitung "Diena"``,
# ``газета «Вечерний Бишкек»``, ``le quotidien « El Watan »``: a paper the list lacks.
NOUN_THEN_QUOTED_NAME = re.compile(
    r"(?<![\w-])([^\W\d_]+)[ \u00a0]+[«“„\"‹‘][ \u00a0\u202f]?"
    r"([^\W_][^«»“”„\"‹›\n]{0,48}?)[ \u00a0\u202f]?[»”“\"›’](?!\w)"
)  # Spanish agencies set a paper in single marks: "el diario ‘El Universal’"
MAX_QUOTED_PAPER_WORDS = 5
SMALL_NAME_WORDS = frozenset(
    str.split("de del la le du des di da do dos das of the van der den y e i")
)


def quoted_papers(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of each name in quotation marks that a paper's noun names
    right before it (``the Greek daily "Kathimerini"``), every word capitalised, a number
    or a small link word ("Página 12", « El Watan »)."""
    found = []
    for match in NOUN_THEN_QUOTED_NAME.finditer(text):
        if match[1].casefold() not in PAPER_NOUNS:
            continue
        words = match[2].split()
        if len(words) > MAX_QUOTED_PAPER_WORDS or not words[0][:1].isupper():
            continue
        # Russian and Ukrainian capitalise a title's first word only: «Новая газета»
        cyrillic = CYRILLIC_NAME.fullmatch(match[2]) is not None
        if cyrillic or all(w[:1].isupper() or w.isdigit() or w in SMALL_NAME_WORDS for w in words):
            found.append((match.start(2), match.end(2), match[2]))
    return found


CYRILLIC_NAME = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]*(?: [а-яёіїєґА-ЯЁІЇЄҐ'’-]+)*")


# A German press review's paper in capitals after its article, as the Deutschlandfunk's
# Presseschau sets them: "Die LANDSHUTER ZEITUNG fordert", "der MÄRKISCHEN ALLGEMEINEN",
# "Die Zeitung ND.DER TAG": capital words ending on a paper's word, or after "Zeitung".
CAPITALS_PAPER = re.compile(
    r"(?<![\w-])(?:(?:[Dd](?:ie|er|as|en|em|es)|Zeitung|Blatt)[ \u00a0]+)"
    r"((?:[A-ZÄÖÜ][A-ZÄÖÜß.&/-]+[ \u00a0]+){0,3}[A-ZÄÖÜ][A-ZÄÖÜß.&/-]+)(?![\w-])"
)
CAPITALS_PAPER_ENDS = (
    "ZEITUNG",
    "ZEITUNGEN",
    "BLATT",
    "BLATTS",
    "BLATTES",
    "KURIER",
    "KURIERS",
    "ANZEIGER",
    "ANZEIGERS",
    "RUNDSCHAU",
    "NACHRICHTEN",
    "MORGENPOST",
    "PRESSE",
    "ALLGEMEINE",
    "ALLGEMEINEN",
    "STIMME",  # VOLKSSTIMME too
    "TAGESSPIEGEL",
    "TAGESSPIEGELS",
    "MERKUR",
    "MERKURS",
    "BOTE",
    "BOTEN",
    "ECHO",
    "JOURNAL",
    "WOCHE",
)
MIN_CAPITALS_PAPER_LETTERS = 4


def capitals_papers(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of each paper a German review names in capitals after its
    article ("Die LANDSHUTER ZEITUNG fordert") or after "Zeitung" ("Die Zeitung ND.DER TAG"),
    as written."""
    found = []
    for match in CAPITALS_PAPER.finditer(text):
        name = match[1]
        after_noun = match[0].startswith(("Zeitung", "Blatt"))
        if sum(ch.isalpha() for ch in name) < MIN_CAPITALS_PAPER_LETTERS:
            continue  # "die EU", "der USA"
        if after_noun or name.split()[-1].endswith(CAPITALS_PAPER_ENDS):
            found.append((match.start(1), match.end(1), name))
    return found


# An unlisted paper named by its shape: capitalised words ending on a paper's word ("Walf
# Quotidien", "La Nouvelle Tribune", "Kenya Times"), no person's given name opening it; in
# English and French only, whose common nouns are small ("die Westschweizer Zeitung" is a
# description).
SHAPED_PAPER = re.compile(
    r"(?<![\w-])((?:(?:[A-ZÀ-Þ][\w'’&-]*|de|du|des|of|the|di|del)[ \u00a0]+){1,3}"
    r"(?:Quotidien|Tribune|Times|Journal|Gazette|Herald|Observer|Hebdo|Chronicle|Telegraph|"
    r"Courier|Courrier|Express|Mercury))(?![\w-])"
)


def shaped_papers(text: str, given_name: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of each paper named by its shape (see SHAPED_PAPER), its
    first word no given name (``given_name`` tells one)."""
    found = []
    for match in SHAPED_PAPER.finditer(text):
        words, start = match[1].split(), match.start(1)
        while len(words) > 1 and words[0].casefold().replace("’", "'") in SHAPED_OPENERS:
            start += len(words[0]) + 1  # "Selon Walf Quotidien": the paper after the opener
            words = words[1:]
        if len(words) > 1 and words[0][:1].isupper() and not given_name(words[0]):
            found.append((start, match.end(1), " ".join(words)))
    return found


# Words opening a sentence before a paper's name, capitalised there ("Selon Walf Quotidien").
SHAPED_OPENERS = frozenset(
    str.split(
        "selon d'après mais pour hier aujourd'hui et ainsi enfin meanwhile yesterday today "
        "but and also however according former ex"
    )
)


TOKEN = re.compile(r"\S+")
OPENING_MARKS = '«“„"‹'
CLOSING_MARKS = '»”“"›'
# What ends the text before a sentence's first word: a single-word name there may be any
# capitalised word ("Sabah saatlerinde", in the morning hours; "Zaman daralıyor").
SENTENCE_OPENERS = ".!?:;…\n" + OPENING_MARKS + "—–-•*"


# A Turkish or Azerbaijani genitive set off by an apostrophe ("Hürriyet'in yazdığına göre",
# "Süddeutsche Zeitung'un yorumunda"): the paper's own words. Not a dative ("Kathimerini'ye
# söyledi": told the paper) nor a locative.
CASE_SUFFIX = re.compile(r"['’]n?[iıuüə]n(?:ın|in|un|ün)?$")


def media_in(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, listed spelling) of each medium ``text`` names, in order: at
    each word, the longest listed name opening there, written as listed (see
    :func:`_written_as_listed`), its start after any opening mark."""
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    first_words, media = _first_words(), _media()
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(tokens):
        start, first_end = tokens[index]
        head = CASE_SUFFIX.sub("", text[start:first_end].rstrip(TRAILING).lstrip(NAME_EDGES))
        if _key(head) not in first_words:
            index += 1
            continue
        skip = len(text[start:first_end]) - len(text[start:first_end].lstrip(NAME_EDGES))
        for size in range(min(MAX_MEDIA_WORDS, len(tokens) - index), 0, -1):
            raw = text[start : tokens[index + size - 1][1]]
            # "Süddeutsche Zeitung'un (SZ) yorumunda": a Turkish case ending after the name
            written = CASE_SUFFIX.sub("", raw.rstrip(TRAILING)[skip:])
            listed = media.get(_key(written.strip(NAME_EDGES)))
            if listed is None:
                continue
            quoted = skip > 0 and raw.rstrip(",.;:!?)").endswith(tuple(CLOSING_MARKS))
            if not _written_as_listed(text, start + skip, written, listed, quoted):
                continue
            found.append((start + skip, start + skip + len(written), listed))
            index += size - 1
            break
        index += 1
    return found


def _written_as_listed(text: str, start: int, written: str, listed: str, quoted: bool) -> bool:
    """Return True when the words at ``start`` are the medium's name, not words that spell
    it: every capitalised word of the name capitalised (an article may be small: "in the
    Guardian"; "le monde agricole", "El país vive" are no papers), a name in capitals in
    capitals ("Es ist Zeit" is no ZEIT, "Nos últimos" no NOS), and a name of one word
    marked as a name: in quotation marks, beside a paper's noun, or inside a sentence in a
    script with capitals ("Sabah saatlerinde" opens a sentence; "იმედი" has no capital)."""
    names, words = listed.split(), written.strip(NAME_EDGES).split()
    for name, word in zip(names, words, strict=False):
        if name.casefold() in ARTICLES:
            continue
        if name.isupper() and len(name) > 1 and word != name:
            return False
        if name[:1].isupper() and not word[:1].isupper():
            return False
    if len(names) > 1 or quoted or (names[0].isupper() and len(names[0]) > 1):
        return True
    around = text[max(0, start - NOUN_REACH) : start + len(written) + NOUN_REACH]
    if any(w.casefold() in MEDIA_WORDS for w in around.split()):
        return True  # "Sabah gazetesi yazdı", "le quotidien Libération"
    before = text[:start].rstrip()
    # a name listed with no capital (Georgian "იმედი", "taz") has nothing to set it apart
    return bool(before) and before[-1] not in SENTENCE_OPENERS and listed[:1].isupper()


NOUN_REACH = 20  # characters either side of a one-word name searched for a paper's noun
