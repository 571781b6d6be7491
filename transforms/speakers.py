"""Who said it: reporting cues around a quotation, the name and role they point to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.cues import LANGUAGES
from transforms.persons import NameMention, find_names
from transforms.records import Span


def _alternation(phrases: set[str]) -> str:
    """Return a regex alternation of ``phrases``, longest first, apostrophes either way."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace("'", "['’]") for p in ordered)


def _word_pattern(phrases: set[str]) -> re.Pattern[str]:
    """Return a case-insensitive pattern matching any phrase as whole words."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(phrases)})(?![\w-])", re.IGNORECASE)


CUE = _word_pattern({v for c in LANGUAGES.values() for v in c.verbs})
BEFORE_CUE = _word_pattern({v for c in LANGUAGES.values() for v in c.before})
PRONOUN = _word_pattern({p for c in LANGUAGES.values() for p in c.pronouns})
INSTITUTION = _word_pattern({w for c in LANGUAGES.values() for w in c.institutions})
ARTICLE = re.compile(
    rf"^(?:{_alternation({a for c in LANGUAGES.values() for a in c.articles})})(?:\s+|(?<=['’]))",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-ZÀ-ÖØ-ÞА-ЯЁ«\"“„])|\n")
LEADING_PUNCTUATION = " ,;:–—-"
WINDOW = 250
MAX_LEAD = 60  # a cue further from the quotation than this belongs to another clause
MAX_ROLE_WORDS = 14


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a quotation is attributed to, as written, with the cue that says so."""

    speaker: str | None = None
    role: str | None = None
    cue: str | None = None
    institution: str | None = None
    anaphoric: bool = False


def _clean_role(text: str) -> str | None:
    """Return a role without articles or edge punctuation; parts joined by ", "."""
    parts = []
    for part in text.split(","):
        part = part.strip(" ,;:–—-")
        while True:
            stripped = ARTICLE.sub("", part, count=1)
            if stripped == part:
                break
            part = stripped
        if part:
            parts.append(part)
    role = ", ".join(parts)
    if not role or len(role.split()) > MAX_ROLE_WORDS:
        return None
    return role


def _shift(bold: tuple[Span, ...], offset: int) -> tuple[Span, ...]:
    """Return bold spans moved into a window that starts at ``offset``."""
    return tuple(Span(s.start - offset, s.end - offset) for s in bold if s.end > offset)


def _institution(text: str) -> str | None:
    """Return the institution a cue points to (``le ministère``), when no person is named."""
    match = INSTITUTION.search(text)
    if not match or match.start() > 25:
        return None
    clause = re.split(r"[.,;:!?]", text[match.start() :], maxsplit=1)[0]
    return " ".join(clause.split()[:8]) or None


def after_window(text: str, end: int) -> str:
    """Return the clause that follows a quotation, up to the sentence end."""
    window = text[end : end + WINDOW]
    stop = SENTENCE_END.search(window)
    return window[: stop.start() + 1] if stop else window


def before_window(text: str, start: int) -> tuple[str, int]:
    """Return the clause that leads into a quotation and where it starts in ``text``."""
    begin = max(0, start - WINDOW)
    window = text[begin:start]
    cut = 0
    for boundary in SENTENCE_END.finditer(window):
        cut = boundary.end()
    return window[cut:], begin + cut


def attribute_after(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the attribution in the clause after a quotation (``», a déclaré X``)."""
    cue = CUE.search(clause)
    if not cue or cue.start() > MAX_LEAD:
        return None
    lead = clause[: cue.start()].strip(LEADING_PUNCTUATION)
    names = find_names(clause, bold)
    before = [n for n in names if n.span.end <= cue.start() and _usable(n, clause, cue)]
    after = [n for n in names if n.span.start >= cue.end() and _usable(n, clause, cue)]
    if before:
        return _from_name(before[-1], lead[: before[-1].span.start], cue[0])
    if (lead and PRONOUN.fullmatch(lead)) or _inverted_pronoun(cue[0], clause[cue.end() :]):
        return Attribution(cue=cue[0], anaphoric=True)
    if after:
        name = after[0]
        return _from_name(name, clause[cue.end() : name.span.start], cue[0])
    rest = clause[cue.end() :]
    institution = _institution(rest) or _institution(lead)
    if institution:
        return Attribution(cue=cue[0], institution=institution)
    return Attribution(cue=cue[0], role=_clean_role(rest.split(".")[0]), anaphoric=True)


def _usable(name: NameMention, clause: str, cue: re.Match[str]) -> bool:
    """Return True for a name that can be the speaker: one capitalised word only next to the cue.

    A lone capitalised word is often a place or an institution; right beside the reporting verb
    (``Hajiyev a ajouté``, ``said Aliyev``) it is the speaker's surname.
    """
    if not name.single:
        return True
    if name.span.end <= cue.start():
        return not clause[name.span.end : cue.start()].strip()
    return not clause[cue.end() : name.span.start].strip(" ,")


def _inverted_pronoun(cue: str, rest: str) -> bool:
    """Return True when the cue carries its subject pronoun (``a-t-il``, ``said he``)."""
    if re.search(r"-(?:t-)?(?:il|elle|ils|elles)\b", cue, re.IGNORECASE):
        return True
    head = rest.strip(LEADING_PUNCTUATION).split(" ")[0] if rest.strip() else ""
    return bool(head) and PRONOUN.fullmatch(head.strip(".,;")) is not None


def _from_name(name: NameMention, role_text: str, cue: str) -> Attribution:
    """Return an attribution to ``name`` with the role written around it."""
    return Attribution(speaker=name.text, role=_clean_role(role_text), cue=cue)


def attribute_before(clause: str, bold: tuple[Span, ...]) -> Attribution | None:
    """Return the attribution in the clause before a quotation (``X a déclaré : «``)."""
    cues = [*CUE.finditer(clause), *BEFORE_CUE.finditer(clause)]
    if not cues:
        return None
    cue = max(cues, key=lambda m: m.start())
    names = [n for n in find_names(clause, bold) if _usable(n, clause, cue)]
    after = [n for n in names if n.span.start >= cue.end()]
    before = [n for n in names if n.span.end <= cue.start()]
    if after and (BEFORE_CUE.fullmatch(cue[0]) or not before):
        name = after[0]
        return _from_name(name, clause[cue.end() : name.span.start], cue[0])
    if before:
        name = before[-1]
        role = _role_before(clause[: name.span.start])
        return Attribution(speaker=name.text, role=role, cue=cue[0])
    if PRONOUN.search(clause[: cue.start()]):
        return Attribution(cue=cue[0], anaphoric=True)
    institution = _institution(clause[: cue.start()])
    return Attribution(cue=cue[0], institution=institution) if institution else None


def _role_before(text: str) -> str | None:
    """Return the role right before a name (``Le ministre des Affaires étrangères X``)."""
    tail = re.split(r"[.;:!?]|,\s", text)[-1]
    return _clean_role(tail) if ARTICLE.match(tail.strip()) else None


def name_before_quote(clause: str, bold: tuple[Span, ...]) -> str | None:
    """Return a name that ends the clause before a quotation (``Aliyev: «...» dedi``)."""
    names = [n for n in find_names(clause, bold) if not n.single or n.bold]
    if names and not clause[names[-1].span.end :].strip(" :,–—-"):
        return names[-1].text
    return None
