"""Speaker attribution mechanisms beyond the corpus, one sentence or two per case.

Lowercase roles and appositions after the cue, case endings, gendered anaphora, cue-less
continuation paragraphs, German compound roles, institutions, Georgian names without capitals.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes
from transforms.gender import role_gender, title_gender, verb_gender
from transforms.persons import base_word, find_names, name_key


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "«Mosca deve ritirare le truppe», ha dichiarato il presidente lituano Gitanas"
            " Nausėda a Vilnius.",
            "Gitanas Nausėda",
            "presidente",
        ),
        (
            "«La Lituania non cederà alle pressioni», ha detto il ministro degli Esteri Enzo"
            " Moavero Milanesi.",
            "Enzo Moavero Milanesi",
            "ministro degli Esteri",
        ),
        (
            "«Мы не намерены обсуждать этот вопрос», — заявил официальный представитель"
            " Кремля Дмитрий Песков.",
            "Дмитрий Песков",
            "официальный представитель",
        ),
        (
            "«La frontera seguirá abierta», declaró el presidente del Gobierno, Pedro Sánchez,"
            " en Bruselas.",
            "Pedro Sánchez",
            "presidente del Gobierno",
        ),
        (
            "« La situation est grave », a affirmé le secrétaire général de l'OTAN, Jens"
            " Stoltenberg.",
            "Jens Stoltenberg",
            "secrétaire général",
        ),
        (
            '"O país precisa de reformas", disse o economista Carlos Nuno Castel-Branco à Lusa.',
            "Carlos Nuno Castel-Branco",
            "economista",
        ),
        (
            "„Die Lage bleibt angespannt“, sagte Verteidigungsexperte Gustav Gressel der Zeitung.",
            "Gustav Gressel",
            "Verteidigungsexperte",
        ),
        (
            "„Wir gehen nicht“, sagte die Politikwissenschaftlerin Tamar Chergoleishvili.",
            "Tamar Chergoleishvili",
            "Politikwissenschaftlerin",
        ),
        (
            "„Wir fordern Neuwahlen“, sagte Spitzenkandidat Nika Melia am Sonntag.",
            "Nika Melia",
            "Spitzenkandidat",
        ),
        (
            '"The talks were constructive," said Hikmet Hajiyev, foreign policy adviser to the'
            " president.",
            "Hikmet Hajiyev",
            "foreign policy adviser",
        ),
        (
            "“Barış anlaşması artık çok yakın” diye konuştu Dışişleri Bakanı Ceyhun Bayramov.",
            "Ceyhun Bayramov",
            "Dışişleri Bakanı",
        ),
        (
            "«საქართველო ევროპაა და ასე დარჩება», – განაცხადა პრეზიდენტმა სალომე ზურაბიშვილმა.",
            "სალომე ზურაბიშვილი",
            "პრეზიდენტი",
        ),
    ],
)
def test_role_and_name_after_the_cue(text: str, speaker: str, role: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] == speaker
    assert role.casefold() in str(quote["speaker_role"]).casefold()


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Die Außenministerin Annalena Baerbock traf Außenminister Ararat Mirzoyan."
            " „Wir unterstützen den Frieden“, sagte sie.",
            ["Annalena Baerbock"],
        ),
        (
            'Mrs Theresa May met Donald Tusk in Brussels. "We will leave on time," she said.',
            ["Theresa May"],
        ),
        (
            "Mme Catherine Colonna a reçu Jeyhun Bayramov au Quai d'Orsay."
            " « La France est prête », a-t-elle déclaré.",
            ["Catherine Colonna"],
        ),
        (
            "La ministra Margarita Robles recibió a Jeyhun Bayramov."
            " «España apoya el diálogo», afirmó ella.",
            ["Margarita Robles"],
        ),
        (
            "Спикер Госдумы Вячеслав Володин встретился с Валентиной Матвиенко."
            " «Мы едины», — сказала Матвиенко.",
            ["Валентиной Матвиенко"],
        ),
        (
            'Ilham Aliyev received Charles Michel in Baku. "The peace treaty is close,"'
            ' Aliyev said.\n\n"We have agreed on most articles."',
            ["Ilham Aliyev", "Ilham Aliyev"],
        ),
        (
            "საგარეო საქმეთა მინისტრი ილია დარჩიაშვილი ბაქოში იმყოფება."
            " „ჩვენ მზად ვართ თანამშრომლობისთვის“, – თქვა დარჩიაშვილმა.",
            ["ილია დარჩიაშვილი"],
        ),
    ],
)
def test_anaphora_gender_and_continuation(text: str, speakers: list[str]) -> None:
    assert [q["speaker"] for q in quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "„Das Ergebnis ist endgültig“, teilte die Wahlkommission am Montag mit.",
            "Wahlkommission",
        ),
        (
            '"We will not recognise the results," the Office of the President said in a statement.',
            "Office of the President",
        ),
        (
            "Dışişleri Bakanlığı açıklamasında, “Baskılar derhal sona erdirilmelidir”"
            " ifadelerine yer verildi.",
            "Dışişleri Bakanlığı",
        ),
    ],
)
def test_institution_is_never_the_speaker(text: str, institution: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] is None
    assert institution.casefold() in str(quote["institution"]).casefold()


def test_gender_tables() -> None:
    assert verb_gender("заявила") == "f" and verb_gender("сказал") == "m"
    assert verb_gender("said") is None
    assert title_gender("Präsidentin") == "f" and title_gender("Ministerpräsident") == "m"
    assert role_gender(["La", "ministre", "ukrainienne"]) == "f"
    assert role_gender(["El", "ministro"]) == "m"


def test_georgian_names_and_case_endings() -> None:
    names = [n.text for n in find_names("პრემიერ-მინისტრი ირაკლი კობახიძე ბრიუსელში ჩავიდა.")]
    assert names == ["ირაკლი კობახიძე"]
    assert base_word("ზურაბიშვილმა") == "ზურაბიშვილი"
    assert base_word("კობახიძემ") == "კობახიძე"
    assert name_key("კობახიძის") == name_key("კობახიძე")


def test_role_anaphora_takes_the_gender_of_its_article() -> None:
    text = (
        "Le Premier ministre Nikol Pachinian a reçu la secrétaire d'Etat adjointe Victoria"
        " Nuland. « L'Arménie ne dépend plus d'un seul partenaire », a-t-il déclaré.\n\n"
        "« Washington soutient pleinement l'Arménie », a souligné pour sa part la diplomate"
        " américaine."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Nikol Pachinian", "Victoria Nuland"]


def test_before_cue_with_a_pronoun_is_anaphoric() -> None:
    text = (
        "Le président du Parlement, Alen Simonian, s'est montré prudent. Selon lui, « il ne"
        " faut pas brûler les ponts avec Moscou »."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Alen Simonian"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Le conseiller Hikmet Hadjiyev était à Paris. « Nous appelons la France à cesser"
            " d'armer Erevan », a ajouté M. Hadjiyev.",
            "conseiller",
        ),
        (
            'Giorgi Gakharia, a former prime minister who now leads a party, told reporters: "The'
            ' government has chosen Moscow over Brussels."',
            "former prime minister",
        ),
        (
            "Interrogée par la chaîne Ictimai, la porte-parole du ministère, Aïkhan Hadjizadé, a"
            " répété : « Aucun traité ne sera signé cette année ».",
            "porte-parole du ministère",
        ),
    ],
)
def test_role_text_without_courtesy_titles_or_clauses(text: str, role: str | None) -> None:
    [quote] = quotes(text)
    assert quote["speaker_role"] == role


def test_delegation_is_an_institution() -> None:
    [quote] = quotes('"We call on the authorities to withdraw it," the EU delegation said.')
    assert quote["speaker"] is None and quote["institution"] == "EU delegation"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "«Մենք պատրաստ ենք բանակցությունների», — հայտարարել է ԱԳ նախարար Արարատ"
            " Միրզոյանը Բրյուսելում։",
            ["Արարատ Միրզոյան"],
        ),
        (
            "Մարիա Զախարովան հանդես է եկել հայտարարությամբ։ «Մոսկվան դեմ է այդ գործընթացին»,"
            " — ասել է նա։",
            ["Մարիա Զախարովա"],
        ),
        (
            "Президент Азербайджана Ильхам Алиев принял Шарля Мишеля. «Мирный договор близок»,"
            " — сказал Алиев.",
            ["Ильхам Алиев"],
        ),
    ],
)
def test_case_endings_close_the_name(text: str, speakers: list[str]) -> None:
    assert [q["speaker"] for q in quotes(text)] == speakers


def test_title_abbreviation_does_not_end_the_attribution() -> None:
    text = (
        "Sergueï Lavrov a reçu Maria Zakharova et Ararat Mirzoyan. « Moscou reste le garant de"
        " la sécurité de l'Arménie », a-t-il déclaré.\n\n« Nous attendons des actes », a répondu"
        " M. Mirzoyan.\n\n« Les Occidentaux jouent avec le feu », a-t-elle lancé plus tard."
    )
    assert [q["speaker"] for q in quotes(text)] == [
        "Sergueï Lavrov",
        "Ararat Mirzoyan",
        "Maria Zakharova",
    ]


def test_italian_roles_relatives_and_military_institutions() -> None:
    text = (
        "Il premier georgiano Irakli Kobakhidze ha respinto le critiche. «La legge non ha nulla"
        " di russo», ha detto il capo del governo in conferenza stampa.\n\n"
        "La presidente Salome Zourabichvili ha annunciato il veto, secondo cui il partito"
        " «sta portando il Paese fuori dall'Europa».\n\n"
        "Secondo l'alto rappresentante Ue Josep Borrell, «la Georgia rischia di perdere lo"
        " status».\n\n"
        "«Le forze russe hanno lanciato 45 droni durante la notte», ha riferito l'Aeronautica"
        " militare ucraina."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == [
        "Irakli Kobakhidze",
        "Salome Zourabichvili",
        "Josep Borrell",
        None,
    ]
    assert found[-1]["institution"] == "Aeronautica militare"


def test_russian_po_ego_slovam_is_anaphoric() -> None:
    text = (
        "Оппозиционный депутат Артур Ванецян назвал это решение ошибкой. По его словам,"
        " «правительство ведет страну к изоляции»."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Артур Ванецян"


def test_short_turkish_quotation_closed_by_its_cue() -> None:
    text = (
        "Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova, “Erivan ateşle oynuyor”"
        " ifadelerini kullandı."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Mariya Zaharova"
