"""Shapes of session 39 (real web texts), on invented text: headlines stamped by a date,
titles of articles in quotation marks, dashed lists, hyphen speech, a party's acronym."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import headings, quotes
from transforms.document import document_to_dict, parse_document
from transforms.persons import find_names

LEAD = (
    "Le conseil municipal a voté hier soir le budget de l'année prochaine, après trois "
    "heures de débats et deux suspensions de séance demandées par l'opposition, qui "
    "dénonce une hausse des tarifs de la cantine et du stationnement."
)
BODY = (
    "La maire a défendu un budget « sans hausse d'impôts », et promis de revoir les tarifs "
    "de la cantine avant la rentrée de septembre si l'inflation ralentit d'ici là."
)


def terms(text: str) -> list[str]:
    """Return the document's terms: scare quotes and titles in quotation marks."""
    found = document_to_dict(parse_document((text + "\n").encode("utf-8")))["terms"]
    assert isinstance(found, list)
    return found


def test_a_sentence_over_a_date_stamp_is_the_headline() -> None:
    headline = "« Pas de hausse d'impôts », promet la maire de Lorient."
    text = f"{headline}\n\n12/03/2024 08h15. Mis à jour le 12/03/2024 09h02\n\n{LEAD}\n\n{BODY}"
    assert headings(text) == [headline]
    # the headline's words are no quotation of the text under it
    assert [q["text"] for q in quotes(text)] == []


def test_a_sentence_without_a_stamp_under_it_stays_a_paragraph() -> None:
    opening = "« Pas de hausse d'impôts », promet la maire de Lorient."
    assert headings(f"{opening}\n\n{LEAD}\n\n{BODY}\n\n{LEAD}") == [None]


def test_a_headline_under_a_date_line_is_the_heading_the_date_stays_the_date() -> None:
    headline = "Lorient, le budget de la ville voté après trois heures de débats"
    text = f"mardi 12 mars 2024\n\n{headline}\n\n{LEAD}\n\n{BODY}\n\n{LEAD}"
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert [s["heading"] for s in doc["sections"]] == [headline]  # type: ignore[index]
    assert doc["review_date"] == "2024-03-12"


def test_the_title_of_an_article_named_as_such_is_a_term() -> None:
    text = (
        "Il quotidiano dedica due pagine al voto, in un articolo intitolato «Il sindaco "
        "resta al suo posto fino all'estate», e al bilancio della città."
    )
    assert quotes(text) == []
    assert terms(text) == ["Il sindaco resta al suo posto fino all'estate"]


def test_a_turkish_headline_named_after_its_marks_is_a_term() -> None:
    text = (
        'Yerel gazete, belediyenin yeni bütçesini "Vergiler bu yıl da artmayacak" '
        "başlığıyla manşetten duyurdu."
    )
    assert quotes(text) == []


def test_a_paper_that_headlines_still_speaks() -> None:
    # the verb, not a title's noun: the paper's words stay a quotation
    text = (
        "Titola il quotidiano: «Tre isole dimenticate dallo Stato da gennaio», e racconta "
        "la vita senza medico sulle isole."
    )
    assert [q["text"] for q in quotes(text)] == ["Tre isole dimenticate dallo Stato da gennaio"]


def test_a_dashed_list_after_a_colon_is_no_speech() -> None:
    text = (
        "In primo piano sui quotidiani di oggi:\n\n"
        "– Scuola: il ministro annuncia nuovi concorsi per diecimila docenti;\n"
        "– Sanità: le regioni chiedono più fondi per le liste d’attesa;\n"
        "– Fisco: “nessun nuovo condono” per il viceministro dell’Economia.\n"
    )
    found = [q["text"] for q in quotes(text)]
    assert not any(t.startswith(("Scuola", "Sanità", "Fisco")) for t in found)


def test_dash_speech_after_a_colon_still_opens() -> None:
    text = "Burmistrz odpowiedział krótko:\n\n– Nie mamy pieniędzy na nowy most w tym roku.\n"
    assert [q["text"] for q in quotes(text)] == ["Nie mamy pieniędzy na nowy most w tym roku."]


HYPHEN_SPEECH = (
    "Cytat dnia\n\n"
    "- Przez dwa lata czytałem wszystkie raporty o stanie dróg w powiecie, jeden po drugim, "
    "i żaden z nich nie mówił prawdy o mostach.\n\n"
    "- Dziś trzeba to powiedzieć głośno: remontów nikt nie planował - powiedział starosta "
    "Marek Zieliński.\n\n"
    "- Na jesieni zaczniemy od mostu na Wiśle, bo jest w najgorszym stanie.\n\n"
    "Potem przyjdzie kolej na drogi gminne i na wiadukt przy dworcu - dodał starosta.\n"
)


def test_hyphen_speech_before_the_paragraph_naming_its_author_is_speech() -> None:
    found = quotes(HYPHEN_SPEECH)
    assert [q["text"][:22] for q in found] == [
        "Przez dwa lata czytałe",
        "Dziś trzeba to powiedz",
        "Na jesieni zaczniemy o",
    ]
    # the first paragraph's speaker is not read forward from the next one: an exchange in
    # dashes has two speakers
    assert [q["speaker"] for q in found[1:]] == ["Marek Zieliński", "Marek Zieliński"]


def test_hyphen_bullets_stay_bullets() -> None:
    # one speech line among bullets: its neighbour is no speech, so all stay bullets
    text = (
        "W programie:\n\n"
        "- Otwarcie wystawy o historii mostów na Wiśle\n\n"
        "- Koncert orkiestry dętej na rynku\n\n"
        "- Nie możemy się doczekać - powiedział organizator Jan Nowak.\n"
    )
    assert quotes(text) == []


def test_a_party_acronym_in_mixed_case_is_no_part_of_the_name() -> None:
    text = (
        "- Nie oddamy ani jednego mandatu w tym okręgu - mówił na konferencji prasowej szef "
        "PiS Jarosław Kaczyński.\n"
    )
    assert [q["speaker"] for q in quotes(text)] == ["Jarosław Kaczyński"]


def test_french_present_cues_of_session_39() -> None:
    text = (
        "Le préfet du Var, Bernard Lemoine, a fait le point sur les contrôles du week-end.\n\n"
        "« La situation reste très inquiétante dans tout le département », atteste le préfet."
        "\n\nLa maire de Cogolin, Sophie Marchal, était sur place hier.\n\n"
        "Elle témoigne de la violence de l’orage : « L’eau est montée jusqu’aux fenêtres en "
        "dix minutes à peine. »"
    )
    assert [q["speaker"] for q in quotes(text)] == ["Bernard Lemoine", "Sophie Marchal"]


def test_a_ukrainian_speaker_who_goes_on() -> None:
    text = (
        "Журналістка Катерина Середа запитала посадовця про бюджет міста.\n\n"
        '"Мені потрібно працювати, я вас питаю", - продовжила журналістка.\n'
    )
    assert [q["speaker"] for q in quotes(text)] == ["Катерина Середа"]


def test_misir_before_a_surname_is_a_given_name() -> None:
    text = "Misir Mərdanov: «Azərbaycanda naziri cənab prezident təyin və azad edir».\n"
    assert [q["speaker"] for q in quotes(text)] == ["Misir Mərdanov"]


def test_cllr_is_a_councillors_title() -> None:
    text = 'Cllr Cameron Geddes said: "I look forward to the new library opening in the spring."'
    assert [(q["speaker"], q["speaker_role"]) for q in quotes(text)] == [("Cameron Geddes", "Cllr")]


def test_polish_maybe_opening_a_headline_is_no_given_name() -> None:
    text = "„Może Brzoska wymyśli nową ustawę o drogach”. – Rafał Brzoska może przedstawić"
    assert [n.text for n in find_names(text)] == ["Brzoska", "Rafał Brzoska"]


def paragraph_count(text: str) -> int:
    """Return how many paragraphs the parser finds in ``text``."""
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    sections = doc["sections"]
    assert isinstance(sections, list)
    return sum(len(item["paragraphs"]) for s in sections for item in s["items"])


def test_a_headline_signed_by_initials_then_date_time_and_source_lines() -> None:
    headline = "De gemeenteraad keurt de nieuwe begroting goed na een lange nacht"
    text = (
        f"{headline}\nJV\n\n12 maart 2024\n\n07u58\n\nBron: Radio 2\n\n"
        "De gemeenteraad van Lier heeft gisteravond de begroting voor volgend jaar goedgekeurd, "
        "na een debat van bijna vijf uur waarin de oppositie twee keer om een schorsing vroeg.\n\n"
        "De burgemeester spreekt van een evenwichtige begroting zonder nieuwe belastingen, maar "
        "met hogere tarieven voor het parkeren in het centrum van de stad."
    )
    assert headings(text) == [headline]
    assert paragraph_count(text) == 2


def test_a_subheading_in_capitals_ending_on_a_stray_stop_is_no_paragraph() -> None:
    text = (
        "Bakan, belediye başkanlarıyla yaptığı toplantıda yeni bütçeyi anlattı ve vergilerin "
        "bu yıl artmayacağını söyledi.\n\nNE OLMUŞTU?.\n\nGeçen hafta açıklanan taslakta "
        "emlak vergisinin yüzde yirmi artırılması öngörülüyordu."
    )
    assert "NE OLMUŞTU?." in headings(text)


def test_a_sentence_under_a_date_line_stays_the_first_paragraph() -> None:
    # review finding: a date line above says nothing of the line under it
    text = (
        "12 mars 2024\n\n« Nous ne lâcherons rien », a déclaré hier la maire de Lorient, "
        f"Anne Martin.\n\n{LEAD}\n\n{BODY}\n\n{LEAD}"
    )
    assert headings(text) == [None]
    assert next(q["speaker"] for q in quotes(text)) == "Anne Martin"


def test_a_date_under_the_headline_on_its_line_is_the_review_date() -> None:
    text = f"Lorient vote son budget après trois heures de débats\n12 mars 2024\n\n{LEAD}\n\n{BODY}"
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert [s["heading"] for s in doc["sections"]] == [  # type: ignore[index]
        "Lorient vote son budget après trois heures de débats"
    ]
    assert doc["review_date"] == "2024-03-12"


@pytest.mark.parametrize(
    "text",
    [
        'Başbakan konuşmasına şöyle başlıyor: "Bu ülkenin geleceği gençlerdir, onlara güveniriz".',
        'Residents feel entitled "to a say in how their own town is run", the mayor said.',
    ],
)
def test_words_like_a_titles_noun_leave_a_quotation_alone(text: str) -> None:
    assert len(quotes(text)) == 1


def test_a_single_initial_is_no_acronym() -> None:
    assert [n.text for n in find_names("FBI director J Edgar Hoover said")] == ["J Edgar Hoover"]


def test_egypts_official_name_is_no_person() -> None:
    found = [n.text for n in find_names("Azərbaycan və Misir Ərəb Respublikası arasında saziş")]
    assert "Misir Ərəb" not in found


def test_a_hyphen_list_under_its_announcement_stays_a_list() -> None:
    text = (
        "Najważniejsze:\n\n- Rząd przyjął projekt budżetu na przyszły rok.\n\n"
        "- Nie mamy pieniędzy na nowy most - powiedział burmistrz Jan Nowak.\n"
    )
    assert not any(q["text"].startswith("Rząd") for q in quotes(text))


def test_dash_speech_after_a_colon_with_semicolons_is_still_speech() -> None:
    text = "Он ответил:\n\n— Посмотрим; решение примем позже; пока рано говорить;\n"
    assert len(quotes(text)) == 1


def test_a_time_alone_under_a_sentence_makes_no_headline() -> None:
    text = (
        f"Il sindaco ha detto: «Non mi dimetto, resto fino alla fine».\n\n12.30\n\n{LEAD}\n\n{BODY}"
    )
    assert headings(text) == [None]
