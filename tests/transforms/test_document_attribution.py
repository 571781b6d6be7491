"""Attribution across an item in document.py: unnamed sources, media names, many names."""

from __future__ import annotations

from tests.transforms.parsed import quotes


def test_a_pronoun_after_an_unnamed_source_is_not_the_person_quoted_before() -> None:
    found = quotes(
        '"We will sign the deal in May," Foreign Minister Jeyhun Bayramov told reporters.'
        ' "The talks were difficult," a senior diplomat said. "Nobody expected more,"'
        " he added."
    )
    assert [q["speaker"] for q in found] == ["Jeyhun Bayramov", None, None]


def test_a_named_speaker_after_an_unnamed_source_is_still_found() -> None:
    found = quotes(
        '"The talks were difficult," a senior diplomat said. "We will sign in May," said'
        ' Jeyhun Bayramov. "Nothing is left to settle," he added.'
    )
    assert [q["speaker"] for q in found] == [None, "Jeyhun Bayramov", "Jeyhun Bayramov"]


def test_a_media_word_ending_the_previous_paragraph_does_not_make_a_quotation_a_title() -> None:
    found = quotes(
        "Hikmet Hajiyev spoke to the AFP news agency\n\n"
        '"The process is irreversible," Hajiyev added.'
    )
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("The process is irreversible", "Hikmet Hajiyev")
    ]


def test_many_speakers_in_one_item_keep_their_quotations() -> None:
    """Lookups of the names go through offsets: hundreds of names and quotations in one item."""
    given = ["Anar", "Elnur", "Farid", "Kamran", "Orkhan", "Rashad", "Tural", "Vugar"]
    family = ["Abbasov", "Guliyev", "Huseynov", "Ismayilov", "Karimov", "Mammadov", "Nasirov"]
    surnames = [f"{stem}{suffix}" for stem in family for suffix in ("", "zade", "li", "ski")]
    people = [f"{g} {f}" for f in surnames for g in given][:200]
    text = " ".join(f"« Nous avancerons ensemble », a déclaré {name}." for name in people)
    found = quotes(text)
    assert len(found) == 200
    assert [q["speaker"] for q in found] == people
