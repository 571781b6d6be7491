"""One file's bytes -> a ParsedDocument: the transforms chained, and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transforms.dates import date_in_file_name, find_date
from transforms.decode import decode_bytes
from transforms.errors import RejectedInput
from transforms.language import combine_guesses, detect_language
from transforms.markup import parse_blocks
from transforms.normalize import normalize_text
from transforms.paragraphs import repair_paragraphs
from transforms.persons import PersonRegistry, build_registry, find_names
from transforms.quotes import QuoteSpan, find_quotes
from transforms.records import (
    Item,
    Paragraph,
    ParsedDocument,
    Quote,
    Section,
    Span,
)
from transforms.sections import Outline, build_outline
from transforms.speakers import (
    Attribution,
    after_window,
    attribute_after,
    attribute_before,
    before_window,
    name_before_quote,
)

PARSER_VERSION = "0.1.0"
MAX_INPUT_BYTES = 20 * 1024 * 1024
MAX_TERM_WORDS = 3


@dataclass(slots=True)
class _ItemText:
    """An item's repaired paragraphs joined the way find_quotes sees them."""

    paragraphs: list[Paragraph]
    text: str
    bold: tuple[Span, ...]
    starts: list[int]


@dataclass(slots=True)
class _Counter:
    paragraph: int = 0
    item: int = 0
    quote: int = 0
    last_speaker: str | None = None
    terms: list[str] = field(default_factory=list)


def parse_document(raw: bytes, source_name: str = "") -> ParsedDocument:
    """Return the records of one press review, or raise RejectedInput saying why not."""
    if len(raw) > MAX_INPUT_BYTES:
        raise RejectedInput(
            f"file too large: {len(raw):,} bytes, the limit for one review is {MAX_INPUT_BYTES:,}"
        )
    decoded = decode_bytes(raw)
    text = normalize_text(decoded.text)
    if sum(ch.isalpha() for ch in text[:100_000]) < 3:
        raise RejectedInput("no text: the file holds no words")
    outline = build_outline(parse_blocks(text))
    items = _item_texts(outline)
    registry = build_registry(
        [m for item in items for p in item.paragraphs for m in find_names(p.text, p.bold)]
    )
    counter = _Counter()
    sections = _sections(outline, items, registry, counter)
    paragraphs = [p for item in items for p in item.paragraphs]
    language = combine_guesses((p.language, len(p.text)) for p in paragraphs)
    when = find_date(outline.title or "") or date_in_file_name(Path(source_name).name)
    return ParsedDocument(
        language=language,
        sections=sections,
        persons=registry.persons(),
        review_date=when.isoformat() if when else None,
        title=outline.title,
        encoding=decoded.encoding,
        terms=tuple(counter.terms),
    )


def _item_texts(outline: Outline) -> list[_ItemText]:
    """Return every item's repaired paragraphs, numbered through the document."""
    items: list[_ItemText] = []
    ordinal = 0
    for section in outline.sections:
        for draft in section.items:
            paragraphs = []
            for repaired in repair_paragraphs(draft.lines):
                ordinal += 1
                line = repaired.line
                paragraphs.append(
                    Paragraph(
                        ordinal, line.text, line.bold, detect_language(line.text), repaired.repaired
                    )
                )
            items.append(_join_item(paragraphs))
    return items


def _join_item(paragraphs: list[Paragraph]) -> _ItemText:
    """Return the item's paragraphs joined by newlines, with bold spans in item offsets."""
    starts, bold, offset = [], [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        bold += [Span(s.start + offset, s.end + offset) for s in paragraph.bold]
        offset += len(paragraph.text) + 1
    text = "\n".join(p.text for p in paragraphs)
    return _ItemText(paragraphs, text, tuple(bold), starts)


def _sections(
    outline: Outline, items: list[_ItemText], registry: PersonRegistry, counter: _Counter
) -> tuple[Section, ...]:
    """Return the sections with their items and attributed quotations."""
    sections = []
    flat = iter(items)
    for ordinal, draft in enumerate(outline.sections, start=1):
        built = []
        counter.last_speaker = None
        for draft_item in draft.items:
            item = next(flat)
            if not item.paragraphs:
                continue
            counter.item += 1
            quotes = _quotes(item, registry, counter)
            built.append(Item(counter.item, tuple(item.paragraphs), quotes, draft_item.sources))
        if built or draft.heading:
            sections.append(Section(ordinal, draft.heading, draft.country_code, tuple(built)))
    return tuple(sections)


def _quotes(item: _ItemText, registry: PersonRegistry, counter: _Counter) -> tuple[Quote, ...]:
    """Return the item's quotations, attributed; scare quotes go to the document's terms."""
    quotes = []
    for span in find_quotes([p.text for p in item.paragraphs]):
        attribution = _attribution(item, span)
        if attribution is None and len(span.text.split()) <= MAX_TERM_WORDS:
            counter.terms.append(span.text)
            continue
        quotes.append(_quote(item, span, attribution or Attribution(), registry, counter))
    return tuple(quotes)


def _attribution(item: _ItemText, span: QuoteSpan) -> Attribution | None:
    """Return who a quotation is attributed to: the clause after it first, then before it."""
    end = span.end + len(span.close_mark)
    after = after_window(item.text, end)
    found = attribute_after(after, _window_bold(item.bold, end))
    before, begin = before_window(item.text, span.start - 1)
    before_bold = _window_bold(item.bold, begin)
    if found is not None and found.anaphoric and found.speaker is None:
        named = name_before_quote(before, before_bold)
        if named:
            return Attribution(speaker=named, cue=found.cue)
    return found or attribute_before(before, before_bold)


def _window_bold(bold: tuple[Span, ...], offset: int) -> tuple[Span, ...]:
    """Return bold spans relative to a window starting at ``offset``."""
    return tuple(Span(s.start - offset, s.end - offset) for s in bold if s.end > offset)


def _quote(
    item: _ItemText,
    span: QuoteSpan,
    attribution: Attribution,
    registry: PersonRegistry,
    counter: _Counter,
) -> Quote:
    """Return the Quote record, resolving anaphora and name variants."""
    speaker = registry.canonical(attribution.speaker) if attribution.speaker else None
    if attribution.anaphoric and speaker is None:
        speaker = counter.last_speaker
    if speaker:
        counter.last_speaker = speaker
    counter.quote += 1
    first = item.paragraphs[span.first_paragraph]
    return Quote(
        ordinal=counter.quote,
        text=span.text,
        first_paragraph=first.ordinal,
        n_paragraphs=span.last_paragraph - span.first_paragraph + 1,
        speaker=speaker,
        speaker_as_written=attribution.speaker,
        speaker_role=attribution.role,
        institution=attribution.institution,
        cue=attribution.cue,
        open_mark=span.open_mark,
        close_mark=span.close_mark,
        closed=span.closed,
        language=detect_language(span.text),
    )


def document_to_dict(document: ParsedDocument, file_name: str = "") -> dict[str, Any]:
    """Return the JSON-ready form of a document, as ``pressreview parse`` prints it."""
    quotes = []
    for section in document.sections:
        for item in section.items:
            quotes += [
                {
                    "ordinal": q.ordinal,
                    "section_ordinal": section.ordinal,
                    "item_ordinal": item.ordinal,
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_as_written": q.speaker_as_written,
                    "speaker_role": q.speaker_role,
                    "institution": q.institution,
                    "cue": q.cue,
                    "language": q.language.code,
                    "language_prob": q.language.prob,
                    "n_paragraphs": q.n_paragraphs,
                    "first_paragraph": q.first_paragraph,
                }
                for q in item.quotes
            ]
    return {
        "file": file_name,
        "language": document.language.code,
        "language_prob": document.language.prob,
        "review_date": document.review_date,
        "title": document.title,
        "encoding": document.encoding,
        "sections": [_section_dict(s) for s in document.sections],
        "quotes": quotes,
        "terms": list(document.terms),
        "persons": [{"name": p.name, "variants": list(p.variants)} for p in document.persons],
        "counts": {
            "sections": len(document.sections),
            "items": sum(len(s.items) for s in document.sections),
            "paragraphs": sum(len(i.paragraphs) for s in document.sections for i in s.items),
            "quotes": len(quotes),
        },
    }


def _section_dict(section: Section) -> dict[str, Any]:
    """Return the JSON-ready form of one section with its items and paragraphs."""
    return {
        "ordinal": section.ordinal,
        "heading": section.heading,
        "country_code": section.country_code,
        "items": [
            {
                "ordinal": item.ordinal,
                "sources": list(item.sources),
                "paragraphs": [
                    {
                        "ordinal": p.ordinal,
                        "text": p.text,
                        "language": p.language.code,
                        "language_prob": p.language.prob,
                        "repaired": p.repaired,
                    }
                    for p in item.paragraphs
                ],
            }
            for item in section.items
        ],
    }


def parse_file_to_dict(path: Path) -> dict[str, Any]:
    """Return the JSON-ready records of the file at ``path`` (reads it: for tools, not flows)."""
    return document_to_dict(parse_document(path.read_bytes(), path.name), path.name)
