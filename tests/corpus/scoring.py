"""Score a parsed press review (``pressreview parse FILE`` JSON) against a hand-written gold.

The gold form is the one of ``tests/corpus/*.gold.json`` (see ``tests/corpus/README.md``);
the predicted form is the JSON printed by ``pressreview parse``. Every text comparison is
made on the :func:`normalise` form: inline HTML tags and Markdown ``**`` removed, typographic
apostrophes folded to ``'``, all whitespace (NBSP and narrow NBSP included) collapsed to one
space, case folded.

Quotation metrics: a predicted quotation *matches* a gold one when its text contains the
gold ``text_start`` (one-to-one, greedy, gold quotations taken in order and each paired with
the first unused predicted quotation that qualifies); the match is *strict* when the text
also contains ``text_end``. Attribute accuracies (speaker, role, cue, institution, language)
are computed over the gold quotations that carry the attribute, a missed quotation counting
wrong.

Speakers: null == null is right. Otherwise the predicted speaker is right when it equals the
gold speaker, or one of the gold person's full-name variants (two words or more), or either
of them after transliteration folding (diacritics removed, ``dj``->``j``, ``y``->``i``,
doubled letters single: ``Aliev`` == ``Aliyev``, ``Hassanov`` == ``Hasanov``). A bare
surname (``Hajiyev``) is not a full name and is wrong.

:func:`score_document` scores one document; :func:`aggregate` micro-averages the quotation
metrics over all the quotations and macro-averages the per-document rates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DocumentScore",
    "aggregate",
    "normalise",
    "normalise_heading",
    "score_document",
    "speaker_matches",
]

_BREAK_TAG_RE = re.compile(r"<\s*(?:br|p|/p|div|/div|li|/li)\b[^>]*>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^<>]{1,200}>")
_WS_RE = re.compile(r"\s+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
_QUOTE_AND_PUNCT = " \t\n«»‹›“”„‟\"'’‘‚,.;:!?—–-()[]"


def normalise(text: str | None) -> str:
    """Plain, comparable form of a text (see the module docstring)."""
    if not text:
        return ""
    t = unicodedata.normalize("NFC", text)
    t = _BREAK_TAG_RE.sub(" ", t)
    t = _TAG_RE.sub("", t)
    t = t.replace("**", "").replace("__", "")
    t = t.translate(_ZERO_WIDTH).translate(_APOSTROPHES)
    t = _WS_RE.sub(" ", t).strip().casefold()
    # Turkish capital İ casefolds to "i" + combining dot: drop the dot.
    return t.replace("\u0307", "")


def normalise_heading(heading: str | None) -> str:
    """A heading without Markdown marks, surrounding punctuation or case."""
    t = normalise(heading)
    return t.strip(" #*_:.-–—").strip()


def _strip_marks(text: str) -> str:
    return text.strip(_QUOTE_AND_PUNCT)


def _skeleton(name: str) -> str:
    """Transliteration-insensitive form of a person's name."""
    t = unicodedata.normalize("NFKD", normalise(name))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("dj", "j").replace("y", "i")
    t = re.sub(r"[^\w]+", " ", t).strip()
    return re.sub(r"(\w)\1+", r"\1", t)


def _n_words(name: str) -> int:
    return len(normalise(name).split())


_ARTICLE_RE = re.compile(
    r"^(?:(?:the|le|la|les|der|die|das|den|dem|des|el|los|las|il|lo|gli|i)\s+|l')+"
)


def _without_article(text: str | None) -> str:
    """Normalised text without leading articles ("le ministère" -> "ministère")."""
    return _ARTICLE_RE.sub("", normalise(text)).strip()


def _contains_either(gold: str | None, predicted: str | None) -> bool:
    """Role/cue/institution agreement: one contains the other, articles aside."""
    g, p = _without_article(gold), _without_article(predicted)
    if not g or not p:
        return False
    return g in p or p in g


def _person_variants(persons: Iterable[Mapping[str, Any]], name: str) -> list[str]:
    key = normalise(name)
    for person in persons:
        names = [str(person.get("name") or ""), *[str(v) for v in person.get("variants") or []]]
        if any(normalise(n) == key for n in names):
            return [n for n in names if n]
    return [name]


def speaker_matches(
    gold_speaker: str | None,
    predicted_speaker: str | None,
    persons: Iterable[Mapping[str, Any]] = (),
) -> bool:
    """Whether a predicted speaker names the gold speaker (see the module docstring)."""
    if not gold_speaker:
        return not predicted_speaker
    if not predicted_speaker:
        return False
    accepted = [gold_speaker] + [
        v for v in _person_variants(persons, gold_speaker) if _n_words(v) >= 2
    ]
    pred = normalise(predicted_speaker)
    if any(normalise(a) == pred for a in accepted):
        return True
    if _n_words(predicted_speaker) < 2:
        return False
    skel = _skeleton(predicted_speaker)
    return any(_skeleton(a) == skel for a in accepted)


def _rate(num: int, den: int) -> float:
    return num / den if den else 1.0


@dataclass
class DocumentScore:
    """Counts for one document; the rates are properties."""

    file: str
    # quotations
    gold_quotes: int = 0
    predicted_quotes: int = 0
    matched_quotes: int = 0
    strict_quotes: int = 0
    speaker_right: int = 0
    role_total: int = 0
    role_right: int = 0
    cue_total: int = 0
    cue_right: int = 0
    institution_total: int = 0
    institution_right: int = 0
    quote_language_total: int = 0
    quote_language_right: int = 0
    # document
    language_right: bool = False
    review_date_right: bool | None = None
    headings_total: int = 0
    headings_found: int = 0
    country_codes_right: int = 0
    gold_items: int = 0
    predicted_items: int = 0
    section_items_right: int = 0
    gold_paragraphs: int = 0
    predicted_paragraphs: int = 0
    repairs_total: int = 0
    repairs_found: int = 0
    not_quotes_total: int = 0
    not_quotes_kept: int = 0
    persons_total: int = 0
    persons_found: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def quote_precision(self) -> float:
        """Matched predicted quotations over predicted quotations."""
        if not self.predicted_quotes:
            return 1.0 if not self.gold_quotes else 0.0
        return self.matched_quotes / self.predicted_quotes

    @property
    def quote_recall(self) -> float:
        """Matched gold quotations over gold quotations."""
        return _rate(self.matched_quotes, self.gold_quotes)

    @property
    def quote_f1(self) -> float:
        """Harmonic mean of quotation precision and recall."""
        return _f1(self.quote_precision, self.quote_recall)

    @property
    def strict_recall(self) -> float:
        """Gold quotations matched on both their start and their end."""
        return _rate(self.strict_quotes, self.gold_quotes)

    @property
    def speaker_accuracy(self) -> float:
        """Gold quotations whose speaker was found (null == null)."""
        return _rate(self.speaker_right, self.gold_quotes)

    @property
    def items_exact(self) -> bool:
        """Whether the document has the gold number of items."""
        return self.gold_items == self.predicted_items

    @property
    def paragraphs_exact(self) -> bool:
        """Whether the document has the gold number of paragraphs."""
        return self.gold_paragraphs == self.predicted_paragraphs

    def rates(self) -> dict[str, float | None]:
        """Per-document rates; None where the gold gives nothing to measure."""

        def opt(num: int, den: int) -> float | None:
            return num / den if den else None

        date_known = self.review_date_right is not None

        return {
            "quote_precision": self.quote_precision,
            "quote_recall": self.quote_recall,
            "quote_f1": self.quote_f1,
            "quote_strict_recall": self.strict_recall,
            "speaker_accuracy": opt(self.speaker_right, self.gold_quotes),
            "role_accuracy": opt(self.role_right, self.role_total),
            "cue_accuracy": opt(self.cue_right, self.cue_total),
            "institution_accuracy": opt(self.institution_right, self.institution_total),
            "quote_language_accuracy": opt(self.quote_language_right, self.quote_language_total),
            "document_language": float(self.language_right),
            "review_date": opt(int(bool(self.review_date_right)), int(date_known)),
            "headings_found": opt(self.headings_found, self.headings_total),
            "country_codes": opt(self.country_codes_right, self.headings_total),
            "section_items_exact": opt(self.section_items_right, self.headings_total),
            "n_items_exact": float(self.items_exact),
            "n_paragraphs_exact": float(self.paragraphs_exact),
            "paragraph_repairs": opt(self.repairs_found, self.repairs_total),
            "not_quotes_kept": opt(self.not_quotes_kept, self.not_quotes_total),
            "persons_found": opt(self.persons_found, self.persons_total),
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _predicted_paragraphs(predicted: Mapping[str, Any]) -> list[str]:
    return [
        str(p.get("text") or "")
        for s in _list(predicted.get("sections"))
        for i in _list(s.get("items"))
        for p in _list(i.get("paragraphs"))
    ]


def _short(text: str | None, width: int = 50) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= width else t[: width - 1] + "…"


def _match_quotes(
    gold_quotes: Sequence[Mapping[str, Any]], predicted_quotes: Sequence[Mapping[str, Any]]
) -> list[int | None]:
    """For each gold quotation, the index of its predicted match (or None)."""
    texts = [normalise(str(q.get("text") or "")) for q in predicted_quotes]
    used: set[int] = set()
    matches: list[int | None] = []
    for gq in gold_quotes:
        start = normalise(str(gq.get("text_start") or ""))
        found: int | None = None
        if start:
            for j, text in enumerate(texts):
                if j not in used and start in text:
                    found = j
                    break
        if found is not None:
            used.add(found)
        matches.append(found)
    return matches


def _score_quotes(
    score: DocumentScore,
    gold: Mapping[str, Any],
    predicted: Mapping[str, Any],
) -> None:
    gold_quotes = [q for q in _list(gold.get("quotes")) if isinstance(q, Mapping)]
    pred_quotes = [q for q in _list(predicted.get("quotes")) if isinstance(q, Mapping)]
    persons = [p for p in _list(gold.get("persons")) if isinstance(p, Mapping)]
    score.gold_quotes = len(gold_quotes)
    score.predicted_quotes = len(pred_quotes)
    matches = _match_quotes(gold_quotes, pred_quotes)
    for gq, j in zip(gold_quotes, matches, strict=True):
        pq: Mapping[str, Any] | None = pred_quotes[j] if j is not None else None
        label = _short(str(gq.get("text_start") or ""), 40)
        if pq is None:
            score.problems.append(f"missed quote: {label}")
        else:
            score.matched_quotes += 1
            if normalise(str(gq.get("text_end") or "")) in normalise(str(pq.get("text") or "")):
                score.strict_quotes += 1
            else:
                score.problems.append(f"quote end not reached: {label}")
        g_speaker = gq.get("speaker")
        p_speaker = pq.get("speaker") if pq is not None else None
        if pq is not None and speaker_matches(g_speaker, p_speaker, persons):
            score.speaker_right += 1
        elif pq is not None:
            score.problems.append(f"speaker {p_speaker!r} != {g_speaker!r}: {label}")
        if gq.get("speaker_role"):
            score.role_total += 1
            if pq is not None and _contains_either(gq["speaker_role"], pq.get("speaker_role")):
                score.role_right += 1
            elif pq is not None:
                score.problems.append(
                    f"role {pq.get('speaker_role')!r} != {gq['speaker_role']!r}: {label}"
                )
        if gq.get("cue"):
            score.cue_total += 1
            if pq is not None and _contains_either(gq["cue"], pq.get("cue")):
                score.cue_right += 1
        if gq.get("institution"):
            score.institution_total += 1
            if pq is not None and _contains_either(gq["institution"], pq.get("institution")):
                score.institution_right += 1
            elif pq is not None:
                score.problems.append(
                    f"institution {pq.get('institution')!r} != {gq['institution']!r}: {label}"
                )
        if gq.get("language"):
            score.quote_language_total += 1
            if pq is not None and str(pq.get("language") or "") == str(gq["language"]):
                score.quote_language_right += 1
            elif pq is not None:
                score.problems.append(
                    f"quote language {pq.get('language')!r} != {gq['language']!r}: {label}"
                )
    for j, pq in enumerate(pred_quotes):
        if j not in matches:
            score.problems.append(f"extra quote: {_short(str(pq.get('text') or ''), 40)}")


def _score_sections(
    score: DocumentScore, gold: Mapping[str, Any], predicted: Mapping[str, Any]
) -> None:
    gold_sections = [s for s in _list(gold.get("sections")) if isinstance(s, Mapping)]
    pred_sections = [s for s in _list(predicted.get("sections")) if isinstance(s, Mapping)]
    score.headings_total = len(gold_sections)
    used: set[int] = set()
    for gs in gold_sections:
        heading = normalise_heading(str(gs.get("heading") or ""))
        found: int | None = None
        for j, ps in enumerate(pred_sections):
            if j not in used and normalise_heading(str(ps.get("heading") or "")) == heading:
                found = j
                break
        if found is None:
            score.problems.append(f"heading not found: {gs.get('heading')!r}")
            continue
        used.add(found)
        score.headings_found += 1
        ps = pred_sections[found]
        g_cc = (gs.get("country_code") or None) and str(gs["country_code"]).upper()
        p_cc = (ps.get("country_code") or None) and str(ps["country_code"]).upper()
        if g_cc == p_cc:
            score.country_codes_right += 1
        else:
            score.problems.append(f"country code {p_cc!r} != {g_cc!r} for {gs.get('heading')!r}")
        n_items = len(_list(ps.get("items")))
        if n_items == gs.get("n_items"):
            score.section_items_right += 1
    score.gold_items = int(gold.get("n_items") or 0)
    score.predicted_items = sum(len(_list(s.get("items"))) for s in pred_sections)
    if not score.items_exact:
        score.problems.append(f"items {score.predicted_items} != {score.gold_items}")


def _score_text(
    score: DocumentScore, gold: Mapping[str, Any], predicted: Mapping[str, Any]
) -> None:
    paragraphs = [normalise(p) for p in _predicted_paragraphs(predicted)]
    score.gold_paragraphs = int(gold.get("n_paragraphs") or 0)
    score.predicted_paragraphs = len(paragraphs)
    if not score.paragraphs_exact:
        score.problems.append(f"paragraphs {score.predicted_paragraphs} != {score.gold_paragraphs}")
    for repair in _list(gold.get("paragraph_repairs")):
        score.repairs_total += 1
        needle = normalise(str(repair))
        if any(needle in p for p in paragraphs):
            score.repairs_found += 1
        else:
            score.problems.append(f"repair not found: {_short(str(repair), 40)}")
    quote_texts = [
        _strip_marks(normalise(str(q.get("text") or "")))
        for q in _list(predicted.get("quotes"))
        if isinstance(q, Mapping)
    ]
    for nq in _list(gold.get("not_quotes")):
        score.not_quotes_total += 1
        needle = _strip_marks(normalise(str(nq)))
        if needle and any(t == needle or t.startswith(needle) for t in quote_texts):
            score.problems.append(f"not a quote, but extracted: {_short(str(nq), 40)}")
        else:
            score.not_quotes_kept += 1
    predicted_names: list[str] = []
    for p in _list(predicted.get("persons")):
        if isinstance(p, Mapping):
            predicted_names.append(str(p.get("name") or ""))
            predicted_names.extend(str(v) for v in _list(p.get("variants")))
    skeletons = {_skeleton(n) for n in predicted_names if n}
    for person in _list(gold.get("persons")):
        if not isinstance(person, Mapping):
            continue
        score.persons_total += 1
        names = [str(person.get("name") or ""), *[str(v) for v in _list(person.get("variants"))]]
        if any(_skeleton(n) in skeletons for n in names if n):
            score.persons_found += 1


def score_document(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> DocumentScore:
    """Score one predicted document against its gold."""
    score = DocumentScore(file=str(gold.get("file") or predicted.get("file") or ""))
    score.language_right = str(predicted.get("language") or "") == str(gold.get("language") or "")
    if not score.language_right:
        score.problems.append(
            f"document language {predicted.get('language')!r} != {gold.get('language')!r}"
        )
    if "review_date" in gold:
        score.review_date_right = (gold.get("review_date") or None) == (
            predicted.get("review_date") or None
        )
        if not score.review_date_right:
            score.problems.append(
                f"review date {predicted.get('review_date')!r} != {gold.get('review_date')!r}"
            )
    _score_quotes(score, gold, predicted)
    _score_sections(score, gold, predicted)
    _score_text(score, gold, predicted)
    return score


MICRO_KEYS = (
    "quote_precision",
    "quote_recall",
    "quote_f1",
    "quote_strict_recall",
    "speaker_accuracy",
    "role_accuracy",
    "cue_accuracy",
    "institution_accuracy",
    "quote_language_accuracy",
)
MACRO_KEYS = (
    "document_language",
    "review_date",
    "headings_found",
    "country_codes",
    "section_items_exact",
    "n_items_exact",
    "n_paragraphs_exact",
    "paragraph_repairs",
    "not_quotes_kept",
    "persons_found",
)


def aggregate(scores: Sequence[DocumentScore]) -> dict[str, float]:
    """Micro-averaged quotation metrics and macro-averaged per-document rates.

    Macro rates average only the documents whose gold gives something to measure (a
    document without paragraph repairs does not count for ``paragraph_repairs``); a
    metric with nothing to measure at all is left out.
    """
    out: dict[str, float] = {"documents": float(len(scores))}
    gold = sum(s.gold_quotes for s in scores)
    pred = sum(s.predicted_quotes for s in scores)
    matched = sum(s.matched_quotes for s in scores)
    out["gold_quotes"] = float(gold)
    out["predicted_quotes"] = float(pred)
    out["quote_precision"] = matched / pred if pred else (1.0 if not gold else 0.0)
    out["quote_recall"] = _rate(matched, gold)
    out["quote_f1"] = _f1(out["quote_precision"], out["quote_recall"])
    out["quote_strict_recall"] = _rate(sum(s.strict_quotes for s in scores), gold)
    pairs = {
        "speaker_accuracy": ("speaker_right", "gold_quotes"),
        "role_accuracy": ("role_right", "role_total"),
        "cue_accuracy": ("cue_right", "cue_total"),
        "institution_accuracy": ("institution_right", "institution_total"),
        "quote_language_accuracy": ("quote_language_right", "quote_language_total"),
    }
    for key, (num_attr, den_attr) in pairs.items():
        den = sum(int(getattr(s, den_attr)) for s in scores)
        if den:
            out[key] = sum(int(getattr(s, num_attr)) for s in scores) / den
    per_doc = [s.rates() for s in scores]
    for key in MACRO_KEYS:
        values = [r[key] for r in per_doc if r[key] is not None]
        if values:
            out[key] = sum(v for v in values if v is not None) / len(values)
    return out
