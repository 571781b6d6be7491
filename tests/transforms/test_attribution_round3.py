"""Attribution shapes of the third held-out set's failures, in sentences of their own.

Kinship particles and compound given names, party acronyms before a full name, German role
nouns, scare quotes inside a reported sentence, a quotation cut by its attribution and
resumed with a conjunction, Russian dash speech resumed after the author's full stop,
participles and colons that announce a quotation, media titles that are no speakers.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes
from transforms.persons import find_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turki bin Nasser al-Mutairi ha detto", "Turki bin Nasser al-Mutairi"),
        ("Huda bint Saeed al-Mansouri ha detto", "Huda bint Saeed al-Mansouri"),
        ("La deputada do PAICV Ana Paula Lopes Tavares acusou", "Ana Paula Lopes Tavares"),
        ("El líder del PP Alberto Núñez Feijóo dijo", "Alberto Núñez Feijóo"),
    ],
)
def test_full_names_kept(text: str, name: str) -> None:
    assert name in [m.text for m in find_names(text)]


def test_cyrillic_office_acronym_still_takes_its_complement() -> None:
    names = [m.text for m in find_names("Глава МИД Грузии Иван Петров заявил")]
    assert names == ["Иван Петров"]


def test_german_role_noun_is_the_role_not_the_name() -> None:
    found = quotes(
        "Landeshauptmann Maximilian von Traun-Abensberg (ÖVP) sagte dagegen: "
        "„Wir haben mit der Ministerin gesprochen, und es gibt Spielraum.“"
    )
    assert [(q["speaker"], q["speaker_role"]) for q in found] == [
        ("Maximilian von Traun-Abensberg", "Landeshauptmann")
    ]


def test_unnamed_official_and_scare_quote_inside_his_sentence() -> None:
    found = quotes(
        "Die Regierung will das Paket „nicht blockieren“, sagte ein hochrangiger Beamter "
        "des Außenministeriums. »Wir haben unsere Bedenken geäußert, mehr nicht«, sagte "
        "der Beamte."
    )
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Wir haben unsere Bedenken geäußert, mehr nicht", None)
    ]


def test_short_quotation_opening_its_sentence_stays_a_quotation() -> None:
    found = quotes("Jean Dupont est arrivé. « Non », a répondu Jean Dupont.")
    assert [(q["text"], q["speaker"]) for q in found] == [("Non", "Jean Dupont")]


def test_quotation_resumed_after_its_attribution_is_two() -> None:
    found = quotes(
        'Samoa\'s Prime Minister Tauiliili Sefo Faleolo spoke. "We are one family," '
        'Faleolo said, "and families argue, but they do not break up."'
    )
    assert [str(q["text"]).rstrip(".") for q in found] == [
        "We are one family",
        "and families argue, but they do not break up",
    ]
    assert {q["speaker"] for q in found} == {"Tauiliili Sefo Faleolo"}


def test_dash_speech_resumed_after_the_authors_full_stop() -> None:
    found = quotes(
        "Фуад Гасымов выступил в парламенте.\n"
        "— Мы ждём ответа уже три месяца, — подчеркнул Гасымов. — Если Ереван хочет мира, "
        "пусть докажет это делом."
    )
    assert [str(q["text"])[:12] for q in found] == ["Мы ждём отве", "Если Ереван "]
    assert {q["speaker"] for q in found} == {"Фуад Гасымов"}


def test_dash_speech_resumed_after_a_comma_is_two_quotations() -> None:
    found = quotes("Иван Петров выступил.\n— Мы готовы, — сказал Иван Петров, — подписать договор.")
    assert [(str(q["text"]).rstrip("."), q["speaker"]) for q in found] == [
        ("Мы готовы", "Иван Петров"),
        ("подписать договор", "Иван Петров"),
    ]


def test_participle_attaches_the_quotation_to_the_subject() -> None:
    found = quotes(
        "La Première ministre groenlandaise, Pipaluk Kristiansen-Olsen, a réclamé lundi un "
        "siège au Conseil de l'Arctique, affirmant que « le temps où Copenhague parlait au nom "
        "des Groenlandais est révolu »."
    )
    assert [(q["speaker"], q["speaker_role"]) for q in found] == [
        ("Pipaluk Kristiansen-Olsen", "Première ministre groenlandaise")
    ]


def test_colon_after_the_subjects_sentence() -> None:
    found = quotes(
        "Pipaluk Kristiansen-Olsen a été élue en janvier.\n"
        "Dans un discours prononcé à Nuuk, Mme Kristiansen-Olsen avait déjà fixé le cap : "
        "« Nos ancêtres ont survécu sur cette terre sans demander l'avis de personne. »"
    )
    assert [q["speaker"] for q in found] == ["Pipaluk Kristiansen-Olsen"]


def test_colon_after_a_newspaper_names_no_speaker() -> None:
    found = quotes("Le Monde rapporte les propos de Jean Dupont : « Nous ne céderons rien. »")
    assert [q["speaker"] for q in found] != ["Monde"]


def test_azerbaijani_quotative_with_role_and_adverbial() -> None:
    found = quotes(
        "“Bu layihə Mərkəzi Asiyanın yaşıl enerjisini Avropaya çatdıracaq ən qısa yoldur”, "
        "– deyə energetika naziri Elçin Məmmədquliyev imzalanma mərasimində bildirib."
    )
    assert [(q["speaker"], q["speaker_role"]) for q in found] == [
        ("Elçin Məmmədquliyev", "energetika naziri")
    ]


def test_pronoun_after_unnamed_source_takes_the_person_named_in_between() -> None:
    found = quotes(
        "Avropa Komissiyasındakı bir mənbə APA-ya bildirib ki, “Brüssel layihəni prioritet "
        "siyahısına daxil etməyi müzakirə edir”.\n"
        "Elçin Məmmədquliev daha sonra jurnalistlərin suallarını cavablandırıb. "
        "“Türkmənistan da bu formata qoşulmaq istəyir, danışıqlar gedir”, – deyə o qeyd edib."
    )
    assert [q["speaker"] for q in found] == [None, "Elçin Məmmədquliev"]


@pytest.mark.parametrize(
    "text",
    [
        "«No vamos a recortar el gasto social», declaró Quispe Mamani en una entrevista con "
        "el diario **El Comercio**.",
        "Una fuente de la Cancillería aseguró al diario **ABC Color** que «las negociaciones "
        "sobre el Anexo C se cerrarán antes de agosto».",
    ],
)
def test_newspaper_title_is_no_speaker(text: str) -> None:
    speakers = [q["speaker"] for q in quotes(text)]
    assert speakers and not any(s and ("Comercio" in s or "Color" in s) for s in speakers)


def test_newspaper_before_a_comma_leaves_the_speaker() -> None:
    found = quotes(
        "El ministro argelino, Ramtane Lamamra, habló ayer.\n"
        "En una entrevista con la agencia APS, Lamamra declaró: «Argelia no ha cerrado nunca "
        "la puerta al diálogo.»"
    )
    assert [q["speaker"] for q in found] == ["Ramtane Lamamra"]
