"""Attribution round 2: unnamed and institutional sources after a named speaker, spokespeople
of a title holder, transliterated surnames, common words taken for surnames, long institutions.

Every case runs the real parser on one or two sentences.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes
from transforms.persons import find_names, name_key
from transforms.speakers import institution_in, is_proxy_title, proxy_role

# --- 1. an unnamed source or an office after a named speaker -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Foreign Minister Ararat Mirzoyan met his counterpart. "We are ready," Mirzoyan said.'
        ' "Talks will resume in June," the minister\'s spokeswoman said.',
        "Le ministre Ararat Mirzoyan a rencontré son homologue. « Nous sommes prêts », a déclaré"
        " M. Mirzoyan. « Rien n'est signé », a déclaré le porte-parole du ministre.",
        "Министр Сергей Лавров провел переговоры. «Мы готовы», — сказал Лавров. «Документ не"
        " подписан», — сказал представитель министра.",
        "Il ministro Antonio Tajani è a Bruxelles. «Siamo pronti», ha detto Tajani. «Nessuna"
        " decisione è stata presa», ha spiegato il portavoce del ministro.",
        "El presidente Pedro Sánchez viajó a Rabat. «Es un socio estratégico», dijo Sánchez."
        " «No habrá cambios», señalaron desde el entorno del presidente.",
    ],
)
def test_a_title_holders_spokesperson_is_not_the_holder(text: str) -> None:
    found = quotes(text)
    assert found[0]["speaker"] is not None
    assert found[-1]["speaker"] is None


def test_a_named_spokesperson_is_still_found_by_the_role() -> None:
    found = quotes(
        "Пресс-секретарь президента Дмитрий Песков провел брифинг. «Контакты продолжатся», —"
        " сказал Песков. «Встреча не планируется», — добавил пресс-секретарь президента."
    )
    assert [q["speaker"] for q in found] == ["Дмитрий Песков", "Дмитрий Песков"]


@pytest.mark.parametrize(
    "text",
    [
        'Minister Rashid Meredov spoke in Ashgabat. "Exports to China rose by 12 percent,"'
        " a spokesman for the state concern Turkmengaz said.",
        "Le ministre Erlan Akkenjenov était à Atyraou. Une source proche de Akkenjenov a déclaré :"
        " « Aucune décision n'a été prise ».",
    ],
)
def test_an_unnamed_source_before_a_name_is_no_speaker(text: str) -> None:
    assert quotes(text)[-1]["speaker"] is None


def test_a_quotation_after_one_officials_words_stays_unnamed() -> None:
    found = quotes(
        'Foreign Minister Ararat Mirzoyan met his counterpart. "We are ready," Mirzoyan said.'
        '\n\n"Nothing is agreed," one official said. "We need more time."'
    )
    assert found[0]["speaker"] == "Ararat Mirzoyan"
    assert all(q["speaker"] is None for q in found[1:])


# --- 2. a surname in another transliteration ------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [("Khodjayev", "Khodjaev"), ("Yevgeny", "Evgeny"), ("Mirziyoyev", "Mirziyoev")],
)
def test_iotated_e_spellings_share_a_key(left: str, right: str) -> None:
    assert name_key(left) == name_key(right)


def test_surname_in_another_transliteration_is_the_full_name() -> None:
    found = quotes(
        "Deputy Prime Minister Jamshid Khodjaev presented the programme. "
        '"We expect 30 billion dollars," Khodjayev told the forum.'
    )
    assert found[0]["speaker"] == "Jamshid Khodjaev"


# --- 3. a common word taken for a surname ---------------------------------------------------


def test_a_capitalised_common_word_is_no_speaker() -> None:
    found = quotes(
        "El color de la ciudad cambió con el festival. «Queremos llenar la ciudad de vida»,"
        " dijo Color."
    )
    assert found[0]["speaker"] is None


def test_a_bare_surname_still_speaks() -> None:
    found = quotes("El canciller viajó a Rabat. «Es un socio estratégico», dijo Bayramov.")
    assert found[0]["speaker"] == "Bayramov"


# --- 4. institutions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "«Эвакуация продолжается», — сообщили в пресс-службе администрации региона.",
            "администрации региона",
        ),
        (
            "«Ремонт завершится в январе», — сообщили в пресс-службе национальной компании"
            " «КазМунайГаз».",
            "КазМунайГаз",
        ),
        (
            "«La riunione è confermata», ha fatto sapere l'Ufficio dell'Alto rappresentante.",
            "Ufficio dell'Alto rappresentante",
        ),
        ("Selon le parquet général, « l'enquête est close ».", "parquet général"),
        (
            "«Le forniture sono garantite», ha precisato la società statale Srbijagas.",
            "Srbijagas",
        ),
        (
            "„Die Kontrollen werden verlängert“, teilte die Landespolizeidirektion Burgenland mit.",
            "Landespolizeidirektion Burgenland",
        ),
        (
            "«El viaje está confirmado», indicó la oficina de prensa del Ministerio de Hacienda.",
            "Ministerio de Hacienda",
        ),
        (
            "Türkmenistan Devlet Petrol ve Gaz Şirketi'nden yapılan açıklamada, “Çin'e ihracat"
            " arttı” denildi.",
            "Türkmenistan Devlet Petrol ve Gaz Şirketi",
        ),
        (
            "«Não há atraso», afirmou a Procuradoria-Geral da República em comunicado.",
            "Procuradoria-Geral da República",
        ),
    ],
)
def test_long_institutions_are_whole(text: str, institution: str) -> None:
    found = quotes(text)[0]
    assert found["speaker"] is None
    assert institution in str(found["institution"])


def test_no_person_inside_a_state_companys_name() -> None:
    text = "Türkmenistan Devlet Petrol ve Gaz Şirketi açıklama yaptı."
    assert find_names(text) == []
    assert institution_in(text) == "Türkmenistan Devlet Petrol ve Gaz Şirketi"


def test_proxy_roles() -> None:
    assert proxy_role("porte-parole du ministre")
    assert proxy_role("minister's spokeswoman")
    assert not proxy_role("Kremlin spokesman")
    assert not proxy_role("ministre des Affaires étrangères")
    assert is_proxy_title("пресс-секретарь президента")


@pytest.mark.parametrize(
    "text",
    [
        'Foreign Minister Ararat Mirzoyan met his counterpart. "We are ready to sign," Mirzoyan'
        ' said.\n\nA senior diplomat said the text was not final. "There are still open'
        ' questions," he added.',
        "Außenminister Johann Wadephul reiste nach Kiew. „Wir stehen an Ihrer Seite“, sagte"
        " Wadephul.\n\nEin Sprecher der Staatsanwaltschaft erklärte, man prüfe den Fall. „Die"
        " Ermittlungen laufen“, sagte er.",
    ],
)
def test_a_pronoun_after_a_sentence_opened_by_an_unnamed_source(text: str) -> None:
    found = quotes(text)
    assert found[0]["speaker"] is not None
    assert found[-1]["speaker"] is None


def test_a_pronoun_after_a_named_subject_still_refers_to_it() -> None:
    found = quotes(
        "A senior diplomat, Hikmet Hajiyev, spoke in Baku. "
        '"There are still open questions," he added.'
    )
    assert found[0]["speaker"] == "Hikmet Hajiyev"


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "«Документ не подписан», — сообщили в администрации президента.",
            "администрация президента",
        ),
        ("«Документ не подписан», — сообщили в министерстве обороны.", "министерство обороны"),
        (
            "«Документ не подписан», — сообщили в пресс-службе губернатора.",
            "пресс-служба губернатора",
        ),
    ],
)
def test_russian_institution_after_v_is_in_the_nominative(text: str, institution: str) -> None:
    assert quotes(text)[0]["institution"] == institution
