"""Names of newspapers, broadcasters, agencies and news sites (data/media_names.json), and
where a text names one: the words a paper prints are the paper's, and its name no person's."""

from __future__ import annotations

import json
import re
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


@cache
def _media() -> dict[str, str]:
    """Return the listed names by their lookup form, loaded once per process."""
    path = Path(__file__).with_name("data") / "media_names.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for listed in data["names"].values():
        for name in listed:
            names.setdefault(_key(name), name)
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


TOKEN = re.compile(r"\S+")
OPENING_MARKS = '«“„"‹'
CLOSING_MARKS = '»”“"›'
# What ends the text before a sentence's first word: a single-word name there may be any
# capitalised word ("Sabah saatlerinde", in the morning hours; "Zaman daralıyor").
SENTENCE_OPENERS = ".!?:;…\n" + OPENING_MARKS + "—–-•*"


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
        head = text[start:first_end].rstrip(TRAILING).lstrip(NAME_EDGES)
        if _key(head) not in first_words:
            index += 1
            continue
        skip = len(text[start:first_end]) - len(text[start:first_end].lstrip(NAME_EDGES))
        for size in range(min(MAX_MEDIA_WORDS, len(tokens) - index), 0, -1):
            raw = text[start : tokens[index + size - 1][1]]
            written = raw.rstrip(TRAILING)[skip:]
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
