"""Plain records produced by the transforms: frozen, typed, free of I/O."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """An ISO 639-1 code (or ``und``) with the detector's probability."""

    code: str
    prob: float


UNDETERMINED = LanguageGuess("und", 0.0)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in a paragraph's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A repaired paragraph: plain text, where bold spans were, its language."""

    ordinal: int
    text: str
    bold: tuple[Span, ...] = ()
    language: LanguageGuess = UNDETERMINED
    repaired: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, possibly spanning paragraphs, with its attribution."""

    ordinal: int
    text: str
    first_paragraph: int
    n_paragraphs: int
    speaker: str | None = None
    speaker_as_written: str | None = None
    speaker_role: str | None = None
    institution: str | None = None
    cue: str | None = None
    open_mark: str = ""
    close_mark: str = ""
    closed: bool = True
    language: LanguageGuess = UNDETERMINED


@dataclass(frozen=True, slots=True)
class Item:
    """Text between two item separators of a section."""

    ordinal: int
    paragraphs: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A section under one heading (a country or a rubric)."""

    ordinal: int
    heading: str | None
    country_code: str | None
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Person:
    """One person: the canonical name and the other forms it appears under."""

    name: str
    variants: tuple[str, ...] = ()
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """Everything extracted from one file."""

    language: LanguageGuess
    sections: tuple[Section, ...]
    persons: tuple[Person, ...] = ()
    review_date: str | None = None
    title: str | None = None
    encoding: str = "utf-8"
    terms: tuple[str, ...] = ()  # scare quotes and titles in quotation marks, not quotations
    warnings: tuple[str, ...] = field(default_factory=tuple)
