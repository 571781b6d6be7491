"""Names of newspapers, broadcasters, agencies and news sites (data/media_names.json), and
where a text names one: the words a paper prints are the paper's, and its name no person's."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

# Marks and spaces around a paper's name in running text: «Коммерсантъ», "BBC", **Le Monde**.
NAME_EDGES = '«»“”„"‹›*'
# Punctuation that may follow a name without belonging to it: "..., ironise Le Parisien."
TRAILING = ",.;:!?)»”“\"’'"
MAX_MEDIA_WORDS = 5  # the longest listed name ("Rossiyskaya Gazeta" ... "Radio Free Europe")
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


def media_in(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, listed spelling) of each medium ``text`` names, in order: at
    each word, the longest listed name opening there, its first letter in the listed case
    unless that word is an article ("sabah", morning, is no Sabah; "the Guardian" is)."""
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    first_words, media = _first_words(), _media()
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(tokens):
        start = tokens[index][0]
        head = text[start : tokens[index][1]].rstrip(TRAILING).lstrip(NAME_EDGES)
        if _key(head) not in first_words:
            index += 1
            continue
        skip = len(text[start : tokens[index][1]]) - len(
            text[start : tokens[index][1]].lstrip(NAME_EDGES)
        )
        for size in range(min(MAX_MEDIA_WORDS, len(tokens) - index), 0, -1):
            written = text[start : tokens[index + size - 1][1]].rstrip(TRAILING)
            listed = media.get(_key(written.strip(NAME_EDGES)))
            if listed is None:
                continue
            first = written[skip : skip + 1]
            if first != listed[0] and listed.split()[0].casefold() not in ARTICLES:
                continue  # "sabah" (morning) is no Sabah
            found.append((start, start + len(written), listed))
            index += size - 1
            break
        index += 1
    return found
