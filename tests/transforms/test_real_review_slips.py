"""Habits and slips of real press reviews that invented ones rarely have (session 33):
a quotation mark that never closes, surnames in capitals, papers credited in parentheses or
after a headline, news sites glued to their domain. The texts are invented."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes, speakers
from transforms.document import document_to_dict, parse_document
from transforms.persons import find_names
from transforms.quotes import find_quotes


def _texts(paragraphs: list[str]) -> list[str]:
    return [span.text for span in find_quotes(paragraphs)]


def test_a_stray_opener_before_a_new_sentence_costs_one_quotation() -> None:
    paragraph = (
        "« Le ministre a qualifié le projet de « chimère » (sic). « Le budget sera voté en "
        "mai », titre « Ekho ». « Les prix montent », rapporte « Zerkalo »."
    )
    assert _texts([paragraph]) == [
        "Le ministre a qualifié le projet de « chimère » (sic).",
        "Le budget sera voté en mai",
        "Ekho",
        "Les prix montent",
        "Zerkalo",
    ]


def test_a_quotation_whose_closing_mark_was_forgotten_ends_before_its_author() -> None:
    paragraph = (
        "« Le suspect n’est pas le chef de la bande, a déclaré Rauf Guliev, chef de la police "
        "de Gandja. « Il serait faux de le croire », a conclu M. Guliev."
    )
    assert _texts([paragraph])[:2] == [
        "Le suspect n’est pas le chef de la bande",
        "Il serait faux de le croire",
    ]
    assert speakers(paragraph) == ["Rauf Guliev", "Rauf Guliev"]


def test_a_stray_opener_does_not_run_into_the_next_paragraph() -> None:
    paragraphs = [
        "« Les routes seront réparées avant l’hiver, promet le maire.",
        "Les journaux couvrent la visite du ministre. « La région est stable », a dit le ministre.",
    ]
    assert _texts(paragraphs) == [
        "Les routes seront réparées avant l’hiver, promet le maire.",
        "La région est stable",
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["« Nous ne reculerons pas, et nous le dirons à Bruxelles"],
        ["« Nous ne reculerons pas.", "« Et nous le dirons à Bruxelles"],
    ],
)
def test_a_quotation_left_open_at_the_end_of_its_item_still_runs_to_the_end(
    paragraphs: list[str],
) -> None:
    (span,) = find_quotes(paragraphs)
    assert (span.closed, span.last_paragraph) == (False, len(paragraphs) - 1)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a déclaré Maharram ALIEV, chef de la police", ["Maharram ALIEV"]),
        ("a conclu M. ALIEV.", ["ALIEV"]),
        ("selon Mme ZAKHAROVA, porte-parole", ["ZAKHAROVA"]),
        ("a dit le Président KOTCHARIAN.", ["KOTCHARIAN"]),
        # an acronym after a title or a full name is a body or a paper, not a surname
        ("powiedział szef MON.", []),
        ("заявил голова ОВА.", []),
        ("sagte Henning Wittstock WELT.", ["Henning Wittstock"]),
        ("a dit le ministre UE.", []),
    ],
)
def test_surnames_in_capitals(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_a_surname_in_capitals_links_to_the_full_name() -> None:
    text = (
        "« Nous continuerons ce travail », a déclaré Vilayet EYVAZOV, vice-ministre de "
        "l’Intérieur.\n\n« Il serait faux de croire cela », a conclu M. EYVAZOV."
    )
    assert speakers(text) == ["Vilayet EYVAZOV", "Vilayet EYVAZOV"]


def test_a_headline_credited_to_a_paper_is_no_ones() -> None:
    text = (
        "La presse rend compte de la rencontre du Président Aliev avec le ministre turc, "
        "Ahmet Kaya. « L’Azerbaïdjan modernise son armée », titre « Yeni Musavat ». "
        "« Le gaz passera par la Géorgie », rapporte « Zerkalo »."
    )
    assert speakers(text) == [None, None]


def test_a_person_said_it_to_the_paper() -> None:
    text = (
        "Bürgermeister Florian Steiner sprach von einem Schlag. »Der Ort lebt vom Gletscher«, "
        "sagte er den „Salzburger Nachrichten“."
    )
    assert speakers(text) == ["Florian Steiner"]


def test_papers_listed_in_parentheses_are_no_quotations() -> None:
    text = (
        "« Il serait faux de croire cela », a conclu M. Guliev. (« Ayna », « Zerkalo »)\n\n"
        "Les journaux couvrent la conférence. (« Ayna », « Zerkalo », « Ekho »)"
    )
    doc = document_to_dict(parse_document((text + "\n").encode("utf-8")))
    assert [q["text"] for q in doc["quotes"]] == ["Il serait faux de croire cela"]
    assert doc["terms"] == ["Ayna", "Zerkalo", "Ayna", "Zerkalo", "Ekho"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Z.Mustafayeva Yenisabah.az-a açıqlamasında təəccübləndiyini bildirib.",
            ["Mustafayeva"],
        ),
        ("Bunu Bakıvaxtı.az-a millət vəkili Rauf Həsənli söyləyib.", ["Rauf Həsənli"]),
        ("Caliber.az-a danışan Fiona Fairbairn bildirib", ["Fiona Fairbairn"]),
        ("Jednak Czarnek powiedział, że nie ustąpi.", ["Czarnek"]),
    ],
)
def test_news_sites_and_sentence_openers_are_no_names(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_a_quotation_said_to_a_news_site() -> None:
    text = (
        "“Mən həmkarıma sözümü çoxdan demişəm”. Bunu Bakıvaxtı.az-a millət vəkili Rauf "
        "Həsənli açıqlamasında söyləyib."
    )
    (quote,) = quotes(text)
    assert quote["speaker"] == "Rauf Həsənli"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "«Мы продолжим работу над проектом». Об этом заявил министр энергетики Иван Петров.",
            "Иван Петров",
            "министр энергетики",
        ),
        (
            "«Ми продовжимо роботу над проектом». Про це заявив міністр енергетики Іван Петренко.",
            "Іван Петренко",
            "міністр енергетики",
        ),
        (
            "“Mən həmkarıma sözümü çoxdan demişəm”. Bunu millət vəkili Rauf Həsənli söyləyib.",
            "Rauf Həsənli",
            "millət vəkili",
        ),
        (
            "“Projeye mutlaka devam edeceğiz”. Bunu Enerji Bakanı Ali Kaya söyledi.",
            "Ali Kaya",
            "Enerji Bakanı",
        ),
        (
            "« Nous poursuivrons ce projet ». C’est ce qu’a déclaré le ministre Jean Dupont.",
            "Jean Dupont",
            "ministre",
        ),
        (
            "„Wir machen mit dem Projekt weiter.“ Das sagte Bürgermeister Hans Weber am Montag.",
            "Hans Weber",
            "Bürgermeister",
        ),
        (
            '"We gaan door met het project." Dat zei burgemeester Jan de Vries.',
            "Jan de Vries",
            "burgemeester",
        ),
        (
            "«Andremo avanti con il progetto». Lo ha detto il ministro Marco Rossi.",
            "Marco Rossi",
            "ministro",
        ),
        (
            "«Seguiremos con el proyecto». Así lo afirmó el ministro Juan Pérez.",
            "Juan Pérez",
            "ministro",
        ),
        (
            "«Մենք շարունակելու ենք աշխատանքը նոր տարում»: Այս մասին ասաց նախարար Արմեն Սարգսյանը։",
            "Արմեն Սարգսյան",
            "նախարար",
        ),
        (
            "„Kontynuujemy ten projekt w przyszłym roku”. O tym poinformował minister Jan "
            "Kowalski.",
            "Jan Kowalski",
            "minister",
        ),
        (
            "„ჩვენ გავაგრძელებთ პროექტს მომავალ წელს“. ამის შესახებ მინისტრმა გიორგი ბერიძემ "
            "განაცხადა.",
            "გიორგი ბერიძე",
            "მინისტრი",
        ),
        # a short quotation is kept when the next sentence names its speaker
        (
            "«Мы справимся». Об этом заявил министр энергетики Иван Петров.",
            "Иван Петров",
            "министр энергетики",
        ),
    ],
)
def test_the_next_sentence_points_back_at_the_quotation(text: str, speaker: str, role: str) -> None:
    (quote,) = quotes(text)
    assert (quote["speaker"], quote["speaker_role"]) == (speaker, role)


def test_a_body_in_the_sentence_pointing_back() -> None:
    text = (
        "«Ми продовжимо роботу над проектом». Про це повідомила пресслужба Міністерства енергетики."
    )
    (quote,) = quotes(text)
    assert (quote["speaker"], quote["institution"]) == (
        None,
        "пресслужба Міністерства енергетики",
    )


def test_dutch_typewriter_marks_are_quotation_marks() -> None:
    text = (
        ",,Vroeger haalden we hier honderd ton per perceel'', zegt kweker Marinus Lindhout. "
        "Volgens de organisatie is ,,de combinatie van warm water'' de oorzaak."
    )
    found = quotes(text)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Vroeger haalden we hier honderd ton per perceel", "Marinus Lindhout"),
        ("de combinatie van warm water", None),
    ]


def test_normalising_keeps_commas_and_apostrophes_that_quote_nothing() -> None:
    from transforms.normalize import normalize_text

    assert normalize_text("1,,5 en ''x'' of rock 'n' roll,, toch") == (
        "1,,5 en ''x” of rock 'n' roll,, toch"
    )


def test_french_spacing_typed_with_straight_marks() -> None:
    paragraphs = [
        'Le chef de l\'Etat, qui avait demande de " regarder son histoire en face ", a franchi '
        'un pas en avancant comme delai " la fin de son mandat',
        '". Il a ajoute que " la Turquie s\'honorerait a revisiter son histoire ".',
    ]
    assert _texts(paragraphs) == [
        "regarder son histoire en face",
        "la fin de son mandat",
        "la Turquie s'honorerait a revisiter son histoire",
    ]


@pytest.mark.parametrize("paragraph", ['x " y', 'mesure 5 " 6 pouces'])
def test_a_lone_spaced_straight_mark_quotes_nothing(paragraph: str) -> None:
    assert _texts([paragraph]) == []
