"""Attribution of quotations: cues after and before, roles, anaphora, institutions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.cues import LANGUAGES
from transforms.records import Span
from transforms.speakers import (
    Attribution,
    after_window,
    attribute_after,
    attribute_before,
    before_window,
    name_before_quote,
)

PROPERTY = settings(max_examples=200, deadline=None, derandomize=True)


def bold_of(text: str, *names: str) -> tuple[Span, ...]:
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(Span(start, start + len(name)))
    return tuple(spans)


def test_after_president_in_bold_with_trailing_clause() -> None:
    clause = (
        ", a déclaré le président Ilham Aliyev à l'issue de son entretien avec son homologue "
        "russe Vladimir Poutine."
    )
    assert attribute_after(clause, bold_of(clause, "Ilham Aliyev")) == Attribution(
        speaker="Ilham Aliyev", role="président", cue="a déclaré"
    )


def test_after_role_split_by_line_repair() -> None:
    clause = (
        ", a déclaré le porte-parole du ministère des Affaires étrangères azerbaïdjanais "
        "Hikmet Hajiyev."
    )
    found = attribute_after(clause, bold_of(clause, "Hikmet Hajiyev"))
    assert found == Attribution(
        speaker="Hikmet Hajiyev",
        role="porte-parole du ministère des Affaires étrangères azerbaïdjanais",
        cue="a déclaré",
    )


def test_after_role_with_two_parts_is_cleaned() -> None:
    clause = (
        ", a déclaré le ministre de la Défense, le colonel-général Zakir Hasanov, lors de la "
        "réunion du 1er septembre."
    )
    found = attribute_after(clause, bold_of(clause, "Zakir Hasanov"))
    assert found is not None
    assert (found.speaker, found.role, found.cue) == (
        "Zakir Hasanov",
        "ministre de la Défense, colonel-général",
        "a déclaré",
    )


@pytest.mark.parametrize(
    ("clause", "cue"),
    [
        (", a-t-il ajouté.", "a-t-il ajouté"),
        (", a-t-elle déclaré.", "a-t-elle déclaré"),
        (", ajoute-t-il.", "ajoute-t-il"),
        (", he said.", "said"),
        (", said he.", "said"),
        (", sagte er.", "sagte er"),
    ],
)
def test_after_anaphoric_cue(clause: str, cue: str) -> None:
    assert attribute_after(clause, ()) == Attribution(cue=cue, anaphoric=True)


def test_after_institution_not_a_person() -> None:
    found = attribute_after(", a indiqué le ministère des Affaires étrangères.", ())
    assert found == Attribution(cue="a indiqué", institution="ministère des Affaires étrangères")


@pytest.mark.parametrize(
    ("clause", "institution"),
    [(", the foreign ministry said.", "ministry"), (", said the Kremlin.", "Kremlin")],
)
def test_after_english_institution(clause: str, institution: str) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.institution) == (None, institution)


@pytest.mark.parametrize(
    ("clause", "speaker", "role"),
    [
        (", said Aliyev.", "Aliyev", None),
        (", said President Ilham Aliyev.", "Ilham Aliyev", "President"),
        (", said Foreign Minister Elmar Mammadyarov.", "Elmar Mammadyarov", "Foreign Minister"),
        (", a déclaré Hasanov.", "Hasanov", None),
        (" — заявил Ильхам Алиев.", "Ильхам Алиев", None),
    ],
)
def test_after_english_and_other_named_speakers(
    clause: str, speaker: str, role: str | None
) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.role, found.anaphoric) == (speaker, role, False)


def test_after_unnamed_role_is_anaphoric_with_role() -> None:
    assert attribute_after(", a estimé le président.", ()) == Attribution(
        role="président", cue="a estimé", anaphoric=True
    )


@pytest.mark.parametrize(
    "clause",
    [" et il est parti.", ", lors de la réunion.", ""],
)
def test_after_without_cue_near_the_quote(clause: str) -> None:
    assert attribute_after(clause, ()) is None


def test_cue_in_the_next_sentence_is_not_used() -> None:
    text = "«Oui». Le lendemain, il a déclaré que non."
    clause = after_window(text, text.index("»") + 1)
    assert clause == "."
    assert attribute_after(clause, ()) is None


@pytest.mark.parametrize(
    ("clause", "speaker", "role"),
    [
        (", Aliyev said.", "Aliyev", None),
        (", Ilham Aliyev said.", "Ilham Aliyev", None),
        (", le président Ilham Aliyev a déclaré.", "Ilham Aliyev", "président"),
        (", Hajiyev a ajouté.", "Hajiyev", None),
    ],
)
def test_after_name_before_cue_has_the_right_role(
    clause: str, speaker: str, role: str | None
) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.role) == (speaker, role)


def test_after_capitalised_institution_is_not_a_speaker() -> None:
    found = attribute_after(", said the White House.", ())
    assert found is not None
    assert (found.speaker, found.institution) == (None, "White House")


def test_before_surname_and_cue() -> None:
    clause = "Commentant la résolution du conflit du Haut-Karabakh, Hajiyev a ajouté : "
    assert attribute_before(clause, ()) == Attribution(speaker="Hajiyev", cue="a ajouté")


def test_before_role_name_cue() -> None:
    clause = "Le ministre des Affaires étrangères Elmar Mammadyarov a déclaré : "
    assert attribute_before(clause, ()) == Attribution(
        speaker="Elmar Mammadyarov", role="ministre des Affaires étrangères", cue="a déclaré"
    )


@pytest.mark.parametrize(
    ("clause", "speaker", "role", "cue"),
    [
        ("Selon le président Ilham Aliyev, ", "Ilham Aliyev", "président", "Selon"),
        ("According to Ilham Aliyev, ", "Ilham Aliyev", None, "According to"),
        ("Aliyev said: ", "Aliyev", None, "said"),
    ],
)
def test_before_cue_forms(clause: str, speaker: str, role: str | None, cue: str) -> None:
    assert attribute_before(clause, ()) == Attribution(speaker=speaker, role=role, cue=cue)


@pytest.mark.parametrize(("clause", "cue"), [("Il a ajouté : ", "a ajouté"), ("He said: ", "said")])
def test_before_pronoun_is_anaphoric(clause: str, cue: str) -> None:
    assert attribute_before(clause, ()) == Attribution(cue=cue, anaphoric=True)


def test_before_institution() -> None:
    assert attribute_before("Le ministère a indiqué : ", ()) == Attribution(
        cue="a indiqué", institution="ministère"
    )


def test_before_without_cue() -> None:
    assert attribute_before("Hier, ", ()) is None


def test_name_before_quote() -> None:
    assert name_before_quote("Ilham Aliyev: ", ()) == "Ilham Aliyev"
    assert name_before_quote("Le texte dit: ", ()) is None
    assert name_before_quote("Hajiyev: ", bold_of("Hajiyev: ", "Hajiyev")) == "Hajiyev"
    assert name_before_quote("Hajiyev: ", ()) is None  # a lone plain word may be a place


def test_after_window_stops_at_the_sentence_end() -> None:
    text = "«Oui», a déclaré Aliyev. Puis Pashinyan a parlé."
    assert after_window(text, text.index("»") + 1) == ", a déclaré Aliyev."


def test_after_window_goes_past_a_middle_initial() -> None:
    text = "«Oui», a déclaré Ilham H. Aliyev. Puis Pashinyan a parlé."
    assert after_window(text, text.index("»") + 1) == ", a déclaré Ilham H. Aliyev."


def test_after_window_stops_at_the_paragraph_end() -> None:
    text = "«Oui», a-t-il dit\nAutre paragraphe."
    assert after_window(text, text.index("»") + 1) == ", a-t-il dit\n"


def test_before_window_starts_after_the_previous_sentence() -> None:
    text = "Texte. Puis Hajiyev a ajouté : «Oui»"
    start = text.index("«")
    clause, begin = before_window(text, start)
    assert clause == " Puis Hajiyev a ajouté : "
    assert text[begin:start] == clause


def test_cue_tables_are_lowercase_data() -> None:
    for cues in LANGUAGES.values():
        for phrase in (*cues.verbs, *cues.before, *cues.pronouns, *cues.institutions):
            assert phrase == phrase.lower() and phrase == phrase.strip()


@PROPERTY
@given(st.text(max_size=120))
def test_attribution_never_raises(clause: str) -> None:
    for found in (attribute_after(clause, ()), attribute_before(clause, ())):
        assert found is None or found.cue


@PROPERTY
@given(st.text(max_size=200), st.integers(min_value=0, max_value=200))
def test_windows_are_slices_of_the_text(text: str, position: int) -> None:
    position = min(position, len(text))
    assert text[position:].startswith(after_window(text, position))
    clause, begin = before_window(text, position)
    assert text[begin:position] == clause
