"""Person names: finding them in text and grouping spelling variants under one canonical name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from transforms.countries import country_code
from transforms.cues import LANGUAGES
from transforms.records import Person, Span

TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
ELIDED = re.compile(r"^[LlDdJjQqSsNnMmCc][’']")
PARTICLES = frozenset(
    {"de", "von", "van", "der", "al", "el", "bin", "ibn", "ben", "du", "da", "di", "dos", "ter"}
)
NOT_NAME_WORDS = frozenset(
    word
    for cues in LANGUAGES.values()
    for word in (*cues.stop_words, *cues.titles, *cues.pronouns, *cues.articles)
) | frozenset({"monsieur", "madame", "mister", "saint", "sud", "nord", "est", "ouest"})
TITLE_ABBREVIATIONS = frozenset({"gal", "gén", "gen", "col", "m", "mr", "mme", "dr", "pr"})
# Transliteration variants of one name (Aliyev/Aliev, Hadjiyev/Hajiyev, Pashinyan/Pachinian).
TRANSLIT_RULES = (("dzh", "j"), ("dj", "j"), ("sh", "ch"), ("kh", "h"), ("y", "i"), ("ou", "u"))
MAX_NAME_TOKENS = 4


@dataclass(frozen=True, slots=True)
class NameMention:
    """A person's name as written at ``span`` of a text."""

    text: str
    span: Span
    bold: bool
    single: bool = False  # one word, not bold: a surname only when a full name has it


def name_key(word: str) -> str:
    """Return a spelling-insensitive key for one name word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    key = "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch))
    for old, new in TRANSLIT_RULES:
        key = key.replace(old, new)
    key = re.sub(r"(.)\1+", r"\1", key)
    return key[:-1] if len(key) > 4 and key.endswith("e") else key


def _is_name_word(word: str) -> bool:
    """Return True for a capitalised word that can be part of a person's name."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters or not word[0].isupper() or ELIDED.match(word):
        return False
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return False  # acronyms: UE, ONU, NATO
    core = word.rstrip(".").casefold()
    return core not in NOT_NAME_WORDS and country_code(word) is None


def _inside_bold(span: Span, bold: tuple[Span, ...]) -> bool:
    """Return True when ``span`` lies within one bold span."""
    return any(b.start <= span.start and span.end <= b.end for b in bold)


def _starts_name(word: str) -> bool:
    """Return True for a word that can open a name: a name word or a title abbreviation."""
    return _is_name_word(word) or (name_key(word) in TITLE_ABBREVIATIONS and word[0].isupper())


def find_names(text: str, bold: tuple[Span, ...] = ()) -> list[NameMention]:
    """Return the capitalised-word runs of ``text`` that may name a person, in order."""
    mentions: list[NameMention] = []
    run: list[re.Match[str]] = []
    for match in [*TOKEN.finditer(text), None]:
        word = match.group() if match else ""
        adjacent = match is not None and bool(run) and _gap_is_space(text, run[-1], match)
        if adjacent and (_is_name_word(word) or word in PARTICLES):
            assert match is not None
            run.append(match)
            continue
        _close_run(text, run, bold, mentions)
        run = [match] if match is not None and _starts_name(word) else []
    return mentions


def _gap_is_space(text: str, previous: re.Match[str], current: re.Match[str]) -> bool:
    """Return True when only one space separates two words."""
    return text[previous.end() : current.start()] == " "


def _close_run(
    text: str, run: list[re.Match[str]], bold: tuple[Span, ...], out: list[NameMention]
) -> None:
    """Append the run of capitalised words to ``out`` when it looks like a person's name."""
    while run and run[-1].group() in PARTICLES:
        run.pop()
    if not run:
        return
    span = Span(run[0].start(), run[-1].end())
    name = text[span.start : span.end]
    is_bold = _inside_bold(span, bold)
    if len(run) > MAX_NAME_TOKENS or (len(run) == 1 and not _is_name_word(name)):
        return
    out.append(NameMention(name, span, is_bold, single=len(run) == 1 and not is_bold))


@dataclass(slots=True)
class _PersonEntry:
    canonical: str
    given: str
    forms: list[str]
    mentions: int


class PersonRegistry:
    """The persons of one document, each under its first full name, with variants."""

    def __init__(self) -> None:
        self.people: list[_PersonEntry] = []

    def _split(self, name: str) -> tuple[str, str]:
        """Return (given-names key, surname key), title abbreviations dropped."""
        words = name.split()
        while len(words) > 1 and name_key(words[0]) in TITLE_ABBREVIATIONS:
            words = words[1:]
        given = " ".join(name_key(w) for w in words[:-1])
        return given, name_key(words[-1])

    def _find(self, name: str) -> _PersonEntry | None:
        """Return the known person ``name`` refers to, full name or surname alone."""
        given, surname = self._split(name)
        for entry in self.people:
            entry_given, entry_surname = self._split(entry.canonical)
            if entry_surname == surname and (not given or given == entry_given):
                return entry
        return None

    def add(self, name: str) -> None:
        """Record one mention of ``name``."""
        entry = self._find(name)
        if entry is None:
            given, _ = self._split(name)
            entry = _PersonEntry(name, given, [], 0)
            self.people.append(entry)
        entry.mentions += 1
        if name not in entry.forms:
            entry.forms.append(name)

    def knows_surname(self, name: str) -> bool:
        """Return True when ``name`` (one word) is the surname of a known person."""
        return self._find(name) is not None

    def canonical(self, name: str) -> str:
        """Return the canonical name ``name`` refers to (itself when unknown)."""
        entry = self._find(name)
        return entry.canonical if entry else name

    def persons(self) -> tuple[Person, ...]:
        """Return the persons with a full name, in order of first mention."""
        return tuple(
            Person(e.canonical, tuple(f for f in e.forms if f != e.canonical), e.mentions)
            for e in self.people
            if e.given
        )


def build_registry(mentions: list[NameMention]) -> PersonRegistry:
    """Return a registry of ``mentions``: full names first, so surnames attach to them."""
    registry = PersonRegistry()
    full = [m for m in mentions if len(m.text.split()) > 1 and not _titled(m.text)]
    for mention in full:
        registry.add(mention.text)
    for mention in mentions:
        if mention in full:
            continue
        if not mention.single or registry.knows_surname(mention.text):
            registry.add(mention.text)
    return registry


def _titled(name: str) -> bool:
    """Return True when ``name`` starts with a title abbreviation (``Gal Hasanov``)."""
    return name_key(name.split()[0]) in TITLE_ABBREVIATIONS
