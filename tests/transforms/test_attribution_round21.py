"""Attribution shapes of session 21, on invented text: bodies that speak in the plural, in
their statements, and in the cases Armenian, Russian and Ukrainian put them in."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armenian: "they reported from the ministry", before and after the quotation
        (
            "Էկոնոմիկայի նախարարությունից հայտնել են, որ «ծրագիրը կընդլայնվի ևս երեք համայնքում»։",
            [(None, "Էկոնոմիկայի նախարարություն")],
        ),
        (
            "«Ջրի նմուշները համապատասխանում են նորմերին», - հայտնել են Տարածքային կառավարման "
            "և ենթակառուցվածքների նախարարությունից։",
            [(None, "Տարածքային կառավարման և ենթակառուցվածքների նախարարություն")],
        ),
        # an acronym in the ablative, after a hyphen
        ("«Հրդեհը մարված է ամբողջությամբ», - հայտնել են ԱԻՆ-ից։", [(None, "ԱԻՆ")]),
        # Ukrainian: the body in the locative, its people in the plural, its genitive
        # complements kept
        (
            "У Міністерстві соціальної політики України зазначили, що «консульський прийом "
            "відбуватиметься щомісяця».",
            [(None, "Міністерство соціальної політики України")],
        ),
        (
            "«Рівень нітратів перевищує допустимий у сорок разів», – ідеться в повідомленні "
            "Управління річки Літані.",
            [(None, "Управління річки Літані")],
        ),
        # Russian: whose statement it is, in the genitive or in quotation marks
        (
            "«Эвакуация жителей не требуется», - говорится в сообщении Западно-Уральского "
            "управления Ростехнадзора.",
            [(None, "Западно-Уральское управление Ростехнадзора")],
        ),
        (
            "«В 2027 году порядок проводки будет изменен», говорится в сообщении «Росатома», "
            "опубликованном в понедельник.",
            [(None, "Росатома")],
        ),
        (
            "«Воду дают два раза в неделю по шесть часов», — говорится в обращении ассоциации "
            "фермеров «Ургут-Агро».",
            [(None, "ассоциация фермеров «Ургут-Агро»")],
        ),
        (
            "В Ростуризме сообщили, что квоты «будут сохранены для всех туристов».",
            [(None, "Ростуризм")],
        ),
    ],
)
def test_a_body_speaks_through_its_people_or_its_statement(
    text: str, expected: list[tuple[object, object]]
) -> None:
    assert attributions("Заголовок\n\n" + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "«Ми готові до зими», — сказала Ліліана Попеску. Рейс погоджено з українською стороною. "
        "«Перевізник має розпочати роботу 1 липня», — зазначили в консульстві.",
        "«Ամեն ինչ կարգին է», - ասել է նախարար Արմեն Պետրոսյանը։ «Աշխատանքները շարունակվում "
        "են», - հայտնել են գյուղապետարանում։",
    ],
)
def test_a_plural_verb_is_not_the_person_quoted_before(text: str) -> None:
    found = attributions("Заголовок\n\n" + text)
    assert found[0][0] is not None
    assert found[1][0] is None


def test_a_persons_name_after_a_bodys_complement_is_not_part_of_the_body() -> None:
    text = (
        "Заголовок\n\nЧисло рейсов превысит сотню, сообщил руководитель Главного управления "
        "Севморпути Дмитрий Шамраев. «Мы готовы принять вдвое больше судов», — сказал он. "
        "«Ледоколов не хватает», — говорится в сообщении управления."
    )
    found = attributions(text)
    assert found[0] == ("Дмитрий Шамраев", None)
    assert found[1][1] is not None and "Шамраев" not in str(found[1][1])
