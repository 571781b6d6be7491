"""Attribution shapes of session 26, on invented text: a role that ends on its place before
the holder's name, Armenian adjectives that open a body's name, Armenian verbs of speech,
and an Armenian body's title holder."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, quotes, speakers


@pytest.mark.parametrize(
    "text",
    [
        "«Ми перевірили всі свердловини», – заявив начальник водоканалу в Ужгороді Тиберій Мадяр.",
        "«Проверки продолжатся до осени», – сказала начальница управления в Тирасполе "
        "Снежана Горбатюк.",
        "„Szkoła zostaje otwarta”, powiedział dyrektor szkoły w Rytrze Anzelm Kowerski.",
    ],
)
def test_a_role_ending_on_its_place_is_followed_by_its_holder(text: str) -> None:
    speaker = speakers(text)[0]
    assert speaker is not None and speaker.split()[-1] in text.split()[-1]


def test_a_preposition_of_an_occasion_still_ends_the_role() -> None:
    # "на встрече в Москве": the name after an occasion is someone else's
    found = speakers("«Переговоры идут», – заявил министр на встрече в Москве Иван Петров.")
    assert found == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Ջրային" (of water) opens the committee's name; the title's holder spoke
        (
            "«Ջուրը կտրվելու է երեք օր»,- ասել է Ջրային կոմիտեի Գավառի տեղամասի պետ "
            "Սմբատ Ղուկասյանը։",
            "Սմբատ Ղուկասյան",
        ),
        (
            "«Դպրոցը կվերանորոգվի»,- հայտարարել է Պետական գույքի կոմիտեի ներկայացուցիչ "
            "Նունե Պետրոսյանը։",
            "Նունե Պետրոսյան",
        ),
    ],
)
def test_an_armenian_adjective_is_no_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_an_armenian_adjective_before_a_body_names_no_person() -> None:
    found = attributions("Ջրային կոմիտեից հայտնեցին, որ «խողովակը կփոխվի մինչև աշուն»։")
    assert found[0][0] is None


@pytest.mark.parametrize("verb", ["հավելեց", "բացատրեց", "խոստացավ"])
def test_armenian_verbs_of_speech_carry_the_pronoun(verb: str) -> None:
    text = (
        "«Առաջին փուլն ավարտվել է»,- ասաց քաղաքապետ Արսեն Մինասյանը։ "
        f"«Երկրորդը կսկսվի հունիսին»,- {verb} նա։"
    )
    assert speakers(text) == ["Արսեն Մինասյան", "Արսեն Մինասյան"]


@pytest.mark.parametrize("title", ["կոմիտեի նախագահը", "համալսարանի ռեկտորը"])
def test_an_armenian_bodys_title_holder_is_the_person_named_before(title: str) -> None:
    # the body's genitive comes before its holder's title: the holder spoke, not the body
    text = (
        f"Ասուլիսին ելույթ ունեցավ Գագիկ Հարությունյանը։ «Շենքը կվերականգնվի»,- ընդգծել է {title}։"
    )
    found = quotes(text)[0]
    assert (found["speaker"], found["institution"]) == ("Գագիկ Հարությունյան", None)
