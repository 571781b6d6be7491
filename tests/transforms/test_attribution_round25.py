"""Attribution shapes of session 25, on invented text: media named as if they spoke, a
colon that announces the next quotation, a Romanian pronoun before its verb, anonymity
after a place, given names and surnames that read as countries, and a place before a name
in apposition."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, speakers
from transforms.countries import country_code
from transforms.document import document_to_dict, parse_document
from transforms.language import detect_language
from transforms.sections import source_header


def _parsed(text: str) -> dict[str, object]:
    return document_to_dict(parse_document(text.encode("utf-8")))


def _items(text: str) -> list[dict[str, object]]:
    """Return the items of every section of ``text`` parsed as a review."""
    sections = _parsed(text)["sections"]
    assert isinstance(sections, list)
    return [item for section in sections for item in section["items"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the paper she spoke to, after "alla": not the speaker
        (
            "L'assessora regionale Marta Kogelnik ha firmato il rogito.\n\n"
            "Kogelnik tiene il punto e alla Kleine Zeitung dice: «Il lago è di tutti.»",
            "Marta Kogelnik",
        ),
        # an item's source credited above it is no antecedent of "elle"
        (
            "RDC\n\nRadio Okapi - 10 mars\n\nLes camions attendent six jours à la frontière.\n\n"
            "« Nous avons demandé un service continu », a déclaré à Radio Okapi la gouverneure "
            "de la province, Clarisse Mbuyi Kalenga. Selon elle, « le scanner n'est toujours "
            "pas relié ».",
            "Clarisse Mbuyi Kalenga",
        ),
        # a Romanian paper's noun with its article opens its name: the title is the prefect's
        (
            "Monitorul de Suceava – Coada de camioane a ajuns la 27 de kilometri.\n\n"
            "Prefectul județului, Lucian Bârsănescu, a cerut un culoar separat. „Nu e normal "
            "ca un camion gol să aștepte atât”, a spus prefectul.",
            "Lucian Bârsănescu",
        ),
    ],
)
def test_media_never_speak(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_colon_before_an_opening_mark_announces_the_next_quotation() -> None:
    # the verb after the quoted paper's name is followed by the quotation, whose first word
    # is no speaker ('"Xalq qəzeti"nə ... xəbərdarlıq edib: "Beşbarmaq ...')
    text = (
        "Xalq qəzeti - Etnoqraf Günay Məmmədzadə “Xalq qəzeti”nə müsahibəsində xəbərdarlıq "
        "edib: “Qobustan sadəcə turizm obyekti deyil, ziyarətgahdır. Oraya hörmət lazımdır.\n\n"
        "“Biz bu yeri yaddaş yeri kimi qorumalıyıq”.\n"
    )
    assert speakers(text) == ["Günay Məmmədzadə"]


def test_a_romanian_pronoun_right_before_the_verb_is_its_subject() -> None:
    text = (
        "Președintele Consiliului Județean, Sorin Tărnoveanu, a declarat: „Nu închidem "
        "peștera.” Întrebat dacă măsura va afecta pensiunile din Gârda de Sus, el a răspuns: "
        "„Turiștii vor sta o zi în plus.”"
    )
    assert speakers(text) == ["Sorin Tărnoveanu", "Sorin Tărnoveanu"]


def test_anonymity_after_a_place_in_the_description() -> None:
    text = (
        "« We have nowhere else to go », lâche en anglais un pêcheur de Down Beach qui n'a "
        "pas souhaité donner son nom."
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Cañada is a surname and a drove road, not Canada
        (
            "El director del parque, Alfonso Cañada Pizarro, explicó que los técnicos "
            'revisarán la pared. "No vamos a reabrir todavía", aseguró.',
            "Alfonso Cañada Pizarro",
        ),
        # Mauricio is Mauritius in Spanish and a given name before a surname
        (
            "«Nunca habíamos visto el río así», dijo el alcalde de Copán Ruinas, Mauricio "
            "Ardila Villeda.",
            "Mauricio Ardila Villeda",
        ),
        # a place that reads as a name ends the description; the name in apposition spoke
        (
            '"Septiembre es nuestro agosto", resumió la propietaria de una casa rural de '
            "Villarreal de San Carlos, Inmaculada Pulido Rosado, que teme cancelaciones.",
            "Inmaculada Pulido Rosado",
        ),
    ],
)
def test_names_that_read_as_places(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_enye_is_its_own_letter_in_country_names() -> None:
    assert country_code("Cañada") is None
    assert country_code("España") == country_code("Espana") == "ES"
    assert country_code("Canadá") == "CA"


def test_a_quotation_before_a_dash_and_a_sentence_heads_no_item() -> None:
    assert source_header("«Нет» – ответил он 13 апреля.") is None


def test_kazakh_and_its_neighbours() -> None:
    assert detect_language("Кесененің іргетасына жер асты суы жақындап қалды").code == "kk"
    # Tajik writes ғ and қ too, with letters of its own
    assert (
        detect_language("Ҳукумати Тоҷикистон рӯзи сешанбе ислоҳоти навро эълон кард.").code != "kk"
    )


def test_a_paper_in_quotation_marks_over_a_date_heads_an_item() -> None:
    text = (
        "Обзор прессы Центральной Азии – 14 апреля 2031\n\nТАДЖИКИСТАН\n\n"
        "«Азия-Плюс» – 13 апреля\n\nТрансграничный рынок в Ишкашиме вновь открылся.\n\n"
        "«Рынок нужен обоим берегам», – заявил председатель района Гулназар Мамадризоев.\n"
    )
    items = _items(text)
    assert [item["sources"] for item in items] == [["Азия-Плюс"]]
    assert len(items[0]["paragraphs"]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Lithuanian place in the Polish genitive after a title, then a Lithuanian name
        (
            "„Molo to wizytówka miasta” – powiedział burmistrz Połągi Šarūnas Kazlauskas.",
            [("Šarūnas Kazlauskas", None)],
        ),
        (
            "„Odbudujemy pomost” – zapowiedział burmistrz Kłajpedy Rimvydas Kairys.",
            [("Rimvydas Kairys", None)],
        ),
        # a board is a body
        (
            "Zarząd Parku Narodowego Gór Stołowych zapowiedział, że „wejście będzie możliwe "
            "tylko z biletem”.",
            [(None, "Zarząd Parku Narodowego Gór Stołowych")],
        ),
    ],
)
def test_polish_boards_and_lithuanian_names(
    text: str, expected: list[tuple[object, object]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("heading", "source"),
    [("LITWA", "Lietuvos rytas"), ("CABO VERDE", "Expresso das Ilhas")],
)
def test_a_paper_partly_in_lowercase_over_a_date_under_a_heading_heads_an_item(
    heading: str, source: str
) -> None:
    text = (
        f"Przegląd prasy – 17 marca 2031\n\n{heading}\n\n{source} - 16 marca\n\n"
        "Sztorm zerwał ostatnie metry molo. Miasto zamknęło wejście na pomost.\n"
    )
    items = _items(text)
    assert [item["sources"] for item in items] == [[source]]
    assert len(items[0]["paragraphs"]) == 1


def test_a_quoted_name_before_a_verb_that_announces_speech_is_no_quotation() -> None:
    text = (
        "Капітан українського буксира «Каховка» скаржиться: «Ми стоїмо тут дев’ятий день, і "
        "ніхто не може сказати, коли підніметься вода».\n"
    )
    assert [q["text"][:13] for q in _parsed(text)["quotes"]] == ["Ми стоїмо тут"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # joking is speech
        (
            "« It's sad, but I'd rather see it from here », a plaisanté Margaret Pennbury, "
            "une retraitée britannique.",
            "Margaret Pennbury",
        ),
        (
            '"Wir sitzen auf einer Insel in der Insel", ha scherzato in tedesco Henning Voßkamp.',
            "Henning Voßkamp",
        ),
        # a resident's noun and place before a full name: the resident is named
        (
            "«Мы спим в куртках», — рассказала «Медузе» жительница Талнаха Екатерина Дорохова.",
            "Екатерина Дорохова",
        ),
        # a Georgian hydrogeologist in the ergative before the name
        (
            "„წყალი ყოველ გაზაფხულზე მატულობს“, – აღნიშნა ჰიდროგეოლოგმა რევაზ ლომთაძემ.",
            "რევაზ ლომთაძე",
        ),
    ],
)
def test_joking_residents_and_georgian_scientists(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_georgian_paper_in_quotation_marks_over_a_date_heads_an_item() -> None:
    text = (
        "პრესის მიმოხილვა – 3 ივნისი 2031\n\nსომხეთი\n\n„ნიუს.ამ“ - 2 ივნისი\n\n"
        "არტიკის ვარდისფერი ტუფის კარიერებში მუშაობა შეჩერდა.\n"
    )
    items = _items(text)
    assert [item["sources"] for item in items] == [["ნიუს.ამ"]]
    assert len(items[0]["paragraphs"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the language spoken between the verb and an unnamed person from a place
        "« We have nowhere else to go », lâche en anglais un pêcheur de Down Beach.",
        # "il proprio nome": her own name
        "«Uji na hyri në shtëpi», racconta una donna di Obot, che non ha voluto dire il "
        "proprio nome.",
    ],
)
def test_unnamed_speakers_of_session_25(text: str) -> None:
    assert speakers(text)[-1] is None


def test_german_time_phrases_and_sentence_adverbs_are_no_names() -> None:
    # the minister was named two paragraphs before; "Ende Woche" must not stand in for her
    text = (
        "Die Umweltministerin Céline Girardot-Voirol sprach von einer Katastrophe.\n\n"
        "Das Bundesamt für Umwelt teilte mit, es stehe «in engem Kontakt mit den Behörden».\n\n"
        "Die Ministerin kündigte an, bis Ende Woche zusätzliche Pumpen aufzustellen. «Das ist "
        "Notfallmedizin, keine Lösung», räumte sie ein."
    )
    assert speakers(text)[-1] == "Céline Girardot-Voirol"


def test_single_quotation_marks_with_double_ones_nested_are_the_quotations() -> None:
    # Flemish and British style: ‘ ’ quote, “ ” nest inside; ’ is also the apostrophe
    text = (
        "‘Ik heb hier mijn hele leven gewoond’, zegt Jozef Van Raemsdonck (78). ‘Ze noemen "
        "dit een “spookdorp”, maar hier wordt nog elke dag gekookt.’\n"
    )
    found = _parsed(text)["quotes"]
    assert isinstance(found, list)
    assert [q["text"][:12] for q in found] == ["Ik heb hier ", "Ze noemen di"]
    assert [q["speaker"] for q in found] == ["Jozef Van Raemsdonck"] * 2


def test_a_headline_over_a_short_first_paragraph_heads_an_article() -> None:
    # BBC style: no dateline, one sentence a paragraph
    text = (
        "Cheddar Gorge road to stay shut 'for months' after rockfall\n\n"
        "The road through Cheddar Gorge will stay closed for at least three months after "
        "about 200 tonnes of limestone fell on to it, Somerset Council has said.\n\n"
        "Nobody was hurt in the rockfall, which "
        "happened shortly after 23:00 on Sunday.\n\n"
        "The council said the road would remain shut while engineers assessed the cliff.\n\n"
        "Shops in the village said trade had already halved.\n\n"
        "The show caves will stay open, with visitors coming through the village.\n\n"
        "Climbers have used the gorge's crags for more than a century.\n"
    )
    doc = _parsed(text)
    sections = doc["sections"]
    assert isinstance(sections, list)
    assert [s["heading"] for s in sections] == [
        "Cheddar Gorge road to stay shut 'for months' after rockfall"
    ]
    assert len(sections[0]["items"][0]["paragraphs"]) == 6


def test_a_german_farmer_before_his_name_is_a_title() -> None:
    text = "„Wir haben es mit Bitten versucht“, sagt Landwirt Quirin Sailhammer."
    assert speakers(text) == ["Quirin Sailhammer"]
