"""find_quotes: every pairing of marks, multi-paragraph quotations, unclosed ones, linear time."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.quotes import ALL_MARKS, QuoteSpan, find_quotes

PROPERTY = settings(max_examples=400, deadline=None, derandomize=True)
MARKY_TEXT = st.text(st.sampled_from(sorted(ALL_MARKS) + list("ab Z.,:;!?()-—'\n…[]")), max_size=60)


def texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in find_quotes(paragraphs)]


def only(paragraphs: list[str]) -> QuoteSpan:
    (quote,) = find_quotes(paragraphs)
    return quote


@pytest.mark.parametrize(
    ("paragraph", "marks"),
    [
        ("«Bonjour à tous», a-t-il dit.", ("«", "»")),
        ("« Bonjour à tous », a-t-il dit.", ("«", "»")),
        ("He said “Bonjour à tous” and left.", ("“", "”")),
        ('He said "Bonjour à tous" and left.', ('"', '"')),
        ("Er sagte „Bonjour à tous“ und ging.", ("„", "“")),
        ("Er sagte »Bonjour à tous« und ging.", ("»", "«")),
        ("Il a dit ‹Bonjour à tous› hier.", ("‹", "›")),
    ],
    ids=[
        "guillemets",
        "guillemets-spaced",
        "curly",
        "straight",
        "german-low",
        "german-rev",
        "single",
    ],
)
def test_each_pair_of_marks(paragraph: str, marks: tuple[str, str]) -> None:
    quote = only([paragraph])
    assert quote.text == "Bonjour à tous"
    assert (quote.open_mark, quote.close_mark) == marks
    assert quote.closed
    assert (quote.first_paragraph, quote.last_paragraph) == (0, 0)


def test_narrow_nbsp_inside_guillemets() -> None:
    assert texts(["Il a dit : «\u202fOui\u202f»."]) == ["Oui"]


@pytest.mark.parametrize(
    ("paragraph", "marks"),
    [('«Un deux," a dit X.', ("«", '"')), ('"Un deux,» a dit X.', ('"', "»"))],
)
def test_mismatched_pairs_make_one_quotation(paragraph: str, marks: tuple[str, str]) -> None:
    quote = only([paragraph])
    assert quote.text == "Un deux"
    assert (quote.open_mark, quote.close_mark) == marks


def test_nested_single_quotes_inside_curly_double() -> None:
    quote = only(["“He said ‘no way’ today,” she said."])
    assert quote.text == "He said ‘no way’ today"
    assert quote.close_mark == "”"


def test_nested_guillemets_and_straight_quotes() -> None:
    assert texts(['«Le groupe "de Minsk" doit agir», a-t-il dit.']) == [
        'Le groupe "de Minsk" doit agir'
    ]
    assert texts(["«A «B» C»"]) == ["A «B» C"]


def test_german_nested_single_low_quotes() -> None:
    quote = only(["Er sagte „Er hat ‚nein‘ gesagt“ heute."])
    assert quote.text == "Er hat ‚nein‘ gesagt"
    assert quote.closed


def test_two_quotations_in_one_paragraph() -> None:
    assert texts(["Il a dit “oui” puis “non”."]) == ["oui", "non"]
    assert texts(["«oui»,«non»"]) == ["oui", "non"]


def test_quotation_spanning_paragraphs() -> None:
    quote = only(["«Un.", "Deux.", "Trois.", "Quatre», a dit X."])
    assert quote.text == "Un. Deux. Trois. Quatre"
    assert (quote.first_paragraph, quote.last_paragraph) == (0, 3)
    assert quote.closed


@pytest.mark.parametrize("mark", ["«", "“", '"', "„"])
def test_continuation_mark_at_paragraph_start_is_not_a_new_quote(mark: str) -> None:
    closer = {"«": "»", "“": "”", '"': '"', "„": "“"}[mark]
    quote = only([f"{mark}Un.", f"{mark}Deux.", f"{mark}Trois{closer}, a dit X."])
    assert quote.text == "Un. Deux. Trois"
    assert (quote.first_paragraph, quote.last_paragraph) == (0, 2)


def test_german_reversed_guillemet_continuation() -> None:
    quote = only(["»Eins.", "»Zwei«, sagte er."])
    assert quote.text == "Eins. Zwei"
    assert (quote.first_paragraph, quote.last_paragraph) == (0, 1)


def test_quote_in_second_paragraph_has_its_paragraph_index() -> None:
    quotes = find_quotes(["Il a dit «oui».", "Puis «non»."])
    assert [(q.text, q.first_paragraph, q.last_paragraph) for q in quotes] == [
        ("oui", 0, 0),
        ("non", 1, 1),
    ]


def test_unclosed_quotation_runs_to_the_item_end() -> None:
    quote = only(["Il a dit «jamais de la vie", "et encore moins demain"])
    assert quote.closed is False
    assert quote.close_mark == ""
    assert quote.text == "jamais de la vie et encore moins demain"
    assert (quote.first_paragraph, quote.last_paragraph) == (0, 1)


@pytest.mark.parametrize(
    "paragraph",
    [
        "l’Azerbaïdjan et l’Arménie",
        "l'Azerbaïdjan et l'Arménie",
        "rock ’n’ roll",
        'les années 90" et après',
        'x " y',
        "»",
    ],
)
def test_apostrophes_and_stray_marks_are_not_quotations(paragraph: str) -> None:
    assert find_quotes([paragraph]) == []


def test_apostrophes_inside_a_quotation_do_not_end_it() -> None:
    assert texts(["L’Azerbaïdjan a dit «l’UE n’est pas l’ennemi» à l’ONU"]) == [
        "l’UE n’est pas l’ennemi"
    ]


def test_elision_and_editorial_insertion_stay_inside() -> None:
    assert texts(["«Oui (...) et a ouvert le feu [sur nos lignes]», dit-il."]) == [
        "Oui (...) et a ouvert le feu [sur nos lignes]"
    ]


def test_trailing_clause_punctuation_is_trimmed() -> None:
    assert texts(["«Nous avons discuté;» a-t-il dit."]) == ["Nous avons discuté"]
    assert texts(["«Nous avons discuté, » a-t-il dit."]) == ["Nous avons discuté"]
    assert texts(["«Nous avons discuté.» Puis il est parti."]) == ["Nous avons discuté."]


def test_offsets_point_into_the_joined_text() -> None:
    paragraphs = ["Intro.", "Il a dit «oui» hier."]
    joined = "\n".join(paragraphs)
    quote = only(paragraphs)
    assert joined[quote.start - 1] == "«"
    assert joined[quote.end] == "»"
    assert joined[quote.start : quote.end] == "oui"


def test_stray_straight_quote_inside_guillemets_does_not_swallow_the_item() -> None:
    quotes = find_quotes(['«Le "groupe de Minsk doit agir», a dit X.', "Autre paragraphe."])
    assert [(q.text, q.closed, q.last_paragraph) for q in quotes] == [
        ('Le "groupe de Minsk doit agir', True, 0)
    ]


def test_empty_inputs() -> None:
    assert find_quotes([]) == []
    assert find_quotes([""]) == []


@PROPERTY
@given(st.lists(MARKY_TEXT, max_size=6))
def test_find_quotes_spans_stay_inside_the_text(paragraphs: list[str]) -> None:
    joined = "\n".join(paragraphs)
    quotes = find_quotes(paragraphs)
    previous_end = -1
    for quote in quotes:
        assert 1 <= quote.start <= quote.end <= len(joined)
        assert joined[quote.start - 1] == quote.open_mark
        assert quote.closed == bool(quote.close_mark)
        if quote.closed:
            assert joined[quote.end] == quote.close_mark
        else:
            # left open: to the item's end, or where a mark that never closed must have
            # closed (a paragraph's end, the author's comma, the next sentence's mark)
            assert quote.end == len(joined) or joined[quote.end] in '\n,«„“"'
        assert 0 <= quote.first_paragraph <= quote.last_paragraph < max(len(paragraphs), 1)
        assert quote.start > previous_end
        previous_end = quote.end
        assert "\n" not in quote.text


@PROPERTY
@given(st.lists(st.text(max_size=40), max_size=5))
def test_find_quotes_never_raises_on_arbitrary_text(paragraphs: list[str]) -> None:
    for quote in find_quotes(paragraphs):
        assert quote.start <= quote.end


@pytest.mark.parametrize(
    "pattern", ["« ", "«a ", " »", '"a ', "“ ”", "«««««««««a ", "‚x "], ids=repr
)
def test_many_unbalanced_marks_parse_in_bounded_time(pattern: str) -> None:
    text = (pattern * (100_000 // len(pattern) + 1))[:100_000]
    started = time.perf_counter()
    quotes = find_quotes([text])
    elapsed = time.perf_counter() - started
    assert all(q.end <= len(text) for q in quotes)
    assert elapsed < 5.0, f"{elapsed:.1f} s for 100k characters: not linear"


def test_many_paragraphs_with_continuation_marks_parse_in_bounded_time() -> None:
    started = time.perf_counter()
    (quote,) = find_quotes(["«a"] * 50_000)
    assert time.perf_counter() - started < 5.0
    assert quote.last_paragraph == 49_999
