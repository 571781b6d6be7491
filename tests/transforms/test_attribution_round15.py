"""Attribution shapes of session 15 (held-out 61-64's failures), on invented text.

Anonymity written with inflected words, "one of them" after the paper told, ...
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import speakers

RU_NAMED = "«Дорогу откроют весной», — сказал глава района Игорь Лапин."
UK_NAMED = "«Міст відкриють навесні», — сказав голова громади Ігор Лапко."
DE_NAMED = "„Wir haben alles versucht“, sagte Bürgermeister Paul Gruber."
PL_NAMED = "„Remont skończy się w maju” – zapewnia burmistrz Paweł Lis."
TR_NAMED = 'Belediye Başkanı Ahmet Kurt, "Yol bu ay açılacak" dedi.'
FR_NAMED = "« Le port rouvrira en mai », a assuré le maire, Paul Vidal."


@pytest.mark.parametrize(
    ("named", "unnamed"),
    [
        (
            RU_NAMED,
            "«Туристов станет меньше», — сказал газете «Вечерний Омск» хозяин кафе у пристани, "
            "не пожелавший представиться.",
        ),
        (
            UK_NAMED,
            "«Ми чекаємо вже третій тиждень», — розповів виданню водій автобуса з Ізмаїла, "
            "який не назвав свого прізвища.",
        ),
        (
            DE_NAMED,
            "„Die Gäste bleiben einfach weg“, sagte die Wirtin einer Pension in Mörbisch, die "
            "ihren Namen nicht nennen möchte.",
        ),
        (
            PL_NAMED,
            "„Ceny są za wysokie” – mówi właścicielka jednej z kawiarni, zastrzegając sobie "
            "anonimowość.",
        ),
        (
            TR_NAMED,
            'Bir otel yöneticisi ise adının yazılmaması kaydıyla, "Rezervasyonlar yarıya düştü" '
            "dedi.",
        ),
        (
            FR_NAMED,
            "« On a perdu la moitié des clients », regrette le patron d'un hôtel du port, qui a "
            "préféré garder l'anonymat.",
        ),
        (FR_NAMED, "« On ferme à la fin du mois », confie l'un d'eux à « La Voix du Nord »."),
        (UK_NAMED, "«Риба гине щодня», — розповів газеті «Чорноморські новини» один із них."),
    ],
)
def test_an_anonymous_speaker_after_a_named_one(named: str, unnamed: str) -> None:
    found = speakers(f"{named}\n\n{unnamed}")
    assert found[0] is not None
    assert found[-1] is None
