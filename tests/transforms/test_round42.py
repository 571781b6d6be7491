"""Shapes of session 42 (real web texts), on invented text: an Azerbaijani site's formula
naming the agency it cites before "bunu ... deyib", a full name before a lowercase body noun,
and a cue whose "that" opens what is reported (no title, no speaker from it)."""

from __future__ import annotations

from tests.transforms.parsed import quotes, speakers
from transforms.persons import find_names


def test_a_sites_formula_citing_an_agency_still_points_back_at_the_quotation() -> None:
    text = (
        "Deputat: büdcə artırılmalıdır\n\n"
        "“Təhsil xərcləri gələn il mütləq artırılmalıdır, başqa yol yoxdur”.\n\n"
        "Xeber.az Trend-ə istinadən xəbər verir ki, bunu komitənin üzvü Rauf Həsənov "
        "parlamentin bu gün keçirilən iclasında deyib."
    )
    assert speakers(text) == ["Rauf Həsənov"]


def test_a_full_name_before_a_lowercase_body_noun_is_a_name() -> None:
    names = find_names("Bunu komitənin üzvü Rauf Həsənov parlamentin iclasında deyib.")
    assert [n.text for n in names] == ["Rauf Həsənov"]


def test_a_bodys_name_ending_on_its_capitalised_noun_is_no_name() -> None:
    assert find_names("Dün Milli Savunma Bakanlığı açıklama yaptı.") == []


def test_a_cue_whose_that_opens_the_report_names_no_title() -> None:
    text = (
        "Imprensa\n\n"
        "O jornal criticou a visita do presidente da Bolívia, Carlos Mendoza Ruiz.\n\n"
        'Sob o título "Chile entre os grandes", afirmou que o presidente Lula leva o país a '
        '"um lugar de destaque na política mundial".'
    )
    found = quotes(text)
    assert [(q["speaker"], q["speaker_role"]) for q in found] == [(None, None), (None, None)]


def test_a_quotation_after_that_is_no_title_of_the_one_before() -> None:
    text = (
        "Imprensa\n\n"
        "O jornal criticou a visita do presidente da Bolívia, Carlos Mendoza Ruiz.\n\n"
        'No site da revista, "Para onde vai o Brasil agora?", com um texto que abria dizendo '
        'que "O presidente do Brasil está a ganhar fama à custa de amigos duvidosos".'
    )
    found = quotes(text)
    assert [(q["speaker"], q["speaker_role"]) for q in found] == [(None, None), (None, None)]


def test_a_that_clause_after_the_quotation_keeps_the_speaker_named_before_it() -> None:
    text = (
        "Notícia\n\n"
        'O autarca Rui Tavares Costa disse que a obra "vai custar mais do que o previsto", mas '
        "garantiu que o prazo será cumprido."
    )
    assert speakers(text) == ["Rui Tavares Costa"]
