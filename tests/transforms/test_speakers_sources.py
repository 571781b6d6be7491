"""Attribution cases from issue 3: unnamed sources, roles apart from names, before-cues
followed by a role or an institution, names that are not the speaker."""

from __future__ import annotations

import pytest

from transforms.gender import role_gender, title_gender
from transforms.persons import find_names, is_demonym, is_title_word
from transforms.speakers import (
    Attribution,
    attribute_after,
    attribute_before,
    role_refers_to,
    unnamed_source,
)


@pytest.mark.parametrize(
    ("clause", "cue"),
    [
        (", a diplomatic source in Baku said, speaking on condition of anonymity.", "said"),
        (", — сказал собеседник агентства.", "сказал"),
        (", ha riferito una fonte della Farnesina.", "ha riferito"),
        (", dijo una fuente comunitaria.", "dijo"),
        (", a indiqué une source proche du dossier.", "a indiqué"),
        (", sagte ein Diplomat der EU.", "sagte"),
    ],
)
def test_unnamed_source_is_no_speaker(clause: str, cue: str) -> None:
    """An anonymous source names nobody: no speaker, no anaphora, no institution."""
    assert attribute_after(clause, ()) == Attribution(cue=cue)


def test_portuguese_article_a_is_not_indefinite() -> None:
    """Portuguese "a ministra" is "the minister": anaphora by role, not an unnamed source."""
    found = attribute_after(", disse a ministra aos jornalistas.", ())
    assert found is not None
    assert (found.role, found.anaphoric, found.gender) == ("ministra", True, "f")


@pytest.mark.parametrize(
    ("clause", "role"),
    [
        (", the minister said at a news conference in Tbilisi.", "minister"),
        (", ha detto la premier al termine della telefonata.", "premier"),
        (", the Georgian premier added.", "Georgian premier"),
    ],
)
def test_role_at_the_cue_without_place_or_adverbial(clause: str, role: str) -> None:
    """A role at the cue ends before an adverbial; a conference or a place is no institution."""
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.institution, found.role) == (None, None, role)
    assert found.anaphoric


def test_article_and_capitalised_noun_is_no_surname() -> None:
    """ "sagte der Belgier": a nationality noun after an article is a periphrasis."""
    found = attribute_after(", sagte der Belgier nach dem Treffen.", ())
    assert found is not None
    assert found.speaker is None and found.anaphoric


def test_name_past_role_and_adverbial_is_someone_else() -> None:
    clause = ", afirmó el jefe del Gobierno tras reunirse con Ursula von der Leyen."
    found = attribute_after(clause, ())
    assert found is not None
    assert found.speaker is None and found.role == "jefe del Gobierno" and found.anaphoric


def test_name_after_role_stays_the_speaker() -> None:
    found = attribute_after(", ha detto il ministro degli Esteri Antonio Tajani a Roma.", ())
    assert found is not None
    assert found.speaker == "Antonio Tajani"


@pytest.mark.parametrize(
    ("clause", "role", "gender"),
    [
        ("Secondo il capo dello Stato, ", "capo dello Stato", None),
        ("Según la presidenta de la Comisión Europea, ", "presidenta de la Comisión Europea", "f"),
    ],
)
def test_before_cue_then_role(clause: str, role: str, gender: str | None) -> None:
    """ "Secondo il capo dello Stato, «...»": anaphora by role, gender from the title."""
    assert attribute_before(clause, ()) == Attribution(
        cue=clause.split()[0], role=role, anaphoric=True, gender=gender
    )


def test_before_cue_then_institution_or_source() -> None:
    found = attribute_before("Selon le ministère de la Défense, ", ())
    assert found == Attribution(cue="Selon", institution="ministère de la Défense")
    assert attribute_before("Según fuentes diplomáticas, ", ()) == Attribution(cue="Según")


def test_institution_name_joined_by_of_word_is_not_a_person() -> None:
    found = attribute_after(", indicó el Servicio Europeo de Acción Exterior en un comunicado.", ())
    assert found == Attribution(cue="indicó", institution="Servicio Europeo de Acción Exterior")
    found = attribute_after(", informou a Autoridade Nacional de Emergência e Proteção Civil.", ())
    assert found is not None and found.speaker is None
    assert found.institution == "Autoridade Nacional de Emergência e Proteção Civil"


def test_office_before_title_is_an_institution() -> None:
    found = attribute_after(", the Office of the High Representative said.", ())
    assert found is not None
    assert found.institution == "Office of the High Representative"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ըստ Փաշինյանի՝ ", ["Փաշինյանի"]),
        ("Selon M. Michal, ", ["Michal"]),
        ("Источник в дипломатических кругах сообщил ТАСС", []),
        ("ნიკა გვარამიას თქმით, ", ["ნიკა გვარამიას"]),
        ("ლიდერი ნიკა გვარამია პარლამენტის წინ აქციაზე გამოვიდა.", ["ნიკა გვარამია"]),
        ("მისი თქმით, ", []),
    ],
)
def test_names_around_before_cues(text: str, names: list[str]) -> None:
    assert [n.text for n in find_names(text)] == names


def test_armenian_genitive_name_before_cue() -> None:
    found = attribute_before("Ադրբեջանի արտաքին գործերի նախարար Ջեյհուն Բայրամովի խոսքով՝ ", ())
    assert found is not None
    assert found.speaker == "Ջեյհուն Բայրամովի" and found.cue == "խոսքով"


def test_turkish_participial_cues() -> None:
    clause = " ifadesini kullanan Milli Savunma Bakanı Yaşar Güler, tatbikatları anlattı."
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.cue) == ("Yaşar Güler", "ifadesini kullanan")


def test_german_short_compound_heads_are_titles() -> None:
    assert is_title_word("Gewerkschaftschef") and is_title_word("Parteichefin")
    assert not is_title_word("Schoof")
    found = attribute_after(", sagte Gewerkschaftschef Thierry Bodson in Lüttich.", ())
    assert found is not None
    assert (found.speaker, found.role) == ("Thierry Bodson", "Gewerkschaftschef")


def test_feminine_in_only_in_compounding_languages() -> None:
    assert title_gender("premier") is None  # Polish "premier" + "in" is no word
    assert role_gender(["la", "premier"]) == "f"
    assert title_gender("Ministerpräsident") == "m"
    assert title_gender("Außenministerin") == "f"


@pytest.mark.parametrize(
    ("clause", "gender"),
    [
        (", betonte der Franzose.", "m"),
        (", ha aggiunto il lituano.", "m"),
        (", the Belgian said.", None),
    ],
)
def test_nationality_noun_carries_the_article_gender(clause: str, gender: str | None) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.anaphoric, found.gender) == (None, True, gender)


def test_german_weak_titles_and_articles_past_adjectives() -> None:
    assert is_title_word("Präsidenten") and title_gender("Präsidenten") == "m"
    assert title_gender("Abgeordneten") is None  # adjectival noun: either gender
    assert role_gender(["den", "französischen", "Präsidenten"]) == "m"
    assert role_gender(["la", "ministre", "lettone"]) == "f"
    assert role_gender(["il", "collega", "lituano"]) == "m"


def test_georgian_title_complement_is_no_name() -> None:
    text = "„x y z w“, – აღნიშნა საგარეო საქმეთა მინისტრმა მაკა ბოჭორიშვილმა."
    assert [n.text for n in find_names(text)] == ["მაკა ბოჭორიშვილმა"]


def test_georgian_possessive_before_cue_is_anaphoric() -> None:
    found = attribute_before("მისი თქმით, ", ())
    assert found is not None
    assert found.anaphoric and found.pronoun == "მისი"


@pytest.mark.parametrize(
    "clause", [", a senior official told AFP.", ", dijo un alto funcionario del Gobierno."]
)
def test_indefinite_title_of_its_own_language_is_unnamed(clause: str) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.role, found.anaphoric) == (None, None, False)


def test_head_of_an_institution_is_a_role() -> None:
    found = attribute_after(", — отметил глава МИД.", ())
    assert found is not None
    assert (found.role, found.institution, found.anaphoric) == ("глава МИД", None, True)


@pytest.mark.parametrize(
    ("clause", "gender"), [("Der Belgier sagte: ", "m"), ("The Belgian added: ", None)]
)
def test_article_noun_subject_before_quote_is_anaphoric(clause: str, gender: str | None) -> None:
    found = attribute_before(clause, ())
    assert found is not None
    assert (found.speaker, found.anaphoric, found.gender) == (None, True, gender)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("„ა ბ გ დ“, – ამის შესახებ ბოჭორიშვილმა განაცხადა.", ["ბოჭორიშვილმა"]),
        ("ამის შესახებ მაკა ბოჭორიშვილმა განაცხადა.", ["მაკა ბოჭორიშვილმა"]),
        ("საგარეო საქმეთა მინისტრმა მაკა ბოჭორიშვილმა განაცხადა.", ["მაკა ბოჭორიშვილმა"]),
    ],
)
def test_georgian_agent_before_the_verb(text: str, names: list[str]) -> None:
    """The ergative name right before the reporting verb, once even after a title."""
    assert [n.text for n in find_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Am Rande des Gipfels traf Merz den Präsidenten.", ["Merz"]),  # after "am": a noun
        (
            "Angesichts der Lage forderte Selenskyj mehr Hilfe.",
            ["Angesichts", "Selenskyj", "Hilfe"],
        ),
        ("Ursula von der Leyen sagte", ["Ursula von der Leyen"]),
        ("Russlands Außenminister Lawrow", ["Lawrow"]),
    ],
)
def test_german_genitives_never_join_names(text: str, names: list[str]) -> None:
    """A German article between capitalised nouns is a genitive, not a name particle."""
    assert [n.text for n in find_names(text)] == names


@pytest.mark.parametrize(
    ("clause", "speaker", "role"),
    [
        (", sagte Russlands Außenminister Lawrow.", "Lawrow", "Russlands Außenminister"),
        (", said EU foreign policy chief Kallas.", "Kallas", "EU foreign policy chief"),
    ],
)
def test_surname_after_a_qualified_role(clause: str, speaker: str, role: str) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.role) == (speaker, role)


def test_german_role_ends_before_a_dative_object() -> None:
    found = attribute_after(", sagte die Ministerin dem Sender.", ())
    assert found is not None
    assert (found.role, found.gender) == ("Ministerin", "f")


@pytest.mark.parametrize(
    ("clause", "speaker", "role", "gender"),
    [
        (
            ", ha detto a margine del vertice il ministro degli Esteri Antonio Tajani.",
            "Antonio Tajani",
            "ministro degli Esteri",
            None,
        ),
        (", señaló a la prensa el portavoz del Ejecutivo.", None, "portavoz del Ejecutivo", "m"),
        (", disse à agência Lusa o ministro.", None, "ministro", "m"),
        (", — заявил журналистам Песков.", "Песков", None, None),
    ],
)
def test_listener_and_circumstance_before_the_role(
    clause: str, speaker: str | None, role: str | None, gender: str | None
) -> None:
    """Who was told and where come between the cue and the speaker: neither is the role."""
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.role, found.institution) == (speaker, role, None)
    if speaker is None:
        assert found.gender == gender


def test_russian_declined_titles_and_information_cue() -> None:
    found = attribute_before("По словам официального представителя МИД Марии Захаровой, ", ())
    assert found is not None
    assert found.role == "официального представителя МИД"
    found = attribute_before("По информации Минобороны, ", ())
    assert found == Attribution(cue="По информации", institution="Минобороны")


@pytest.mark.parametrize(
    ("written", "held", "fit"),
    [
        ("Georgian premier", "Georgian Prime Minister", 2),
        ("Estonian minister", "Estonian counterpart", 2),
        ("Estonian minister", "Foreign Minister", 1),
        ("minister", "Foreign Minister", 1),
        ("country's top diplomat", "Foreign Minister", 1),  # one office (cues.OFFICES)
    ],
)
def test_role_refers_to(written: str, held: str, fit: int) -> None:
    """Qualifiers (nationality) identify a person better than the title word alone."""
    assert role_refers_to(written, held) == fit


@pytest.mark.parametrize(
    ("phrase", "unnamed"),
    [("Bir diplomatik kaynak", True), ("a diplomatic source in Baku", True), ("Bakan", False)],
)
def test_unnamed_source(phrase: str, unnamed: bool) -> None:
    assert unnamed_source(phrase) is unnamed


@pytest.mark.parametrize(
    ("clause", "speaker", "role"),
    [
        (", added Aliyev's aide Hikmet Hajiyev.", "Hikmet Hajiyev", "Aliyev's aide"),
        (", said Hajiyev, an aide to Aliyev.", "Hajiyev", "aide to Aliyev"),
        (", — приводит слова Лаврова ТАСС.", "Лаврова", None),
    ],
)
def test_possessor_is_not_the_speaker(clause: str, speaker: str, role: str | None) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.role) == (speaker, role)


@pytest.mark.parametrize(
    ("word", "demonym"),
    [
        ("Belgier", True),
        ("Franzose", True),
        ("Georgian", True),
        ("Russie", False),
        ("Monde", False),
    ],
)
def test_demonyms(word: str, demonym: bool) -> None:
    assert is_demonym(word) is demonym


def test_article_before_surname_or_country() -> None:
    """Italian "la Meloni" is the surname; "la Russie" names no person."""
    found = attribute_after(", ha detto la Meloni.", ())
    assert found is not None and found.speaker == "Meloni"
    assert attribute_before("La Russie a déclaré : ", ()) is None


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("Mirzoyan, who met Bayramov in Washington, said: ", "Mirzoyan"),
        ("Ararat Mirzoyan, who met Jeyhun Bayramov in Washington, said: ", "Ararat Mirzoyan"),
        ("Nach dem Treffen mit Paschinjan sagte Alijew: ", "Alijew"),
        ("Alijew, der Paschinjan in Washington traf, sagte: ", "Alijew"),
    ],
)
def test_names_in_relative_clauses_and_after_prepositions(clause: str, speaker: str) -> None:
    found = attribute_before(clause, ())
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    ("clause", "cue", "institution"),
    [
        (", peut-on lire dans le communiqué du ministère.", "peut-on lire", "ministère"),
        (", indique le communiqué de la présidence.", "indique", "présidence"),
        (", the statement said.", "said", "statement"),
        (", — отмечается в сообщении МИД.", "отмечается в сообщении", "МИД"),
        (", — сообщает пресс-служба Кремля.", "сообщает", "пресс-служба Кремля"),
        (", se lee en el comunicado del Ministerio.", "se lee en el comunicado", "Ministerio"),
        (", lê-se no comunicado do Governo.", "lê-se no comunicado", "Governo"),
        (", — հայտնում են ԱԳՆ-ից.", "հայտնում են", "ԱԳՆ"),  # the acronym without its case
    ],
)
def test_documents_and_impersonal_cues_name_no_person(
    clause: str, cue: str, institution: str
) -> None:
    """A statement, a press service or an impersonal cue: institution, never a speaker."""
    assert attribute_after(clause, ()) == Attribution(cue=cue, institution=institution)


@pytest.mark.parametrize(
    ("clause", "cue"),
    [
        (", sagte eine Demonstrantin.", "sagte"),
        (", a protester told AFP.", "told"),
        (", — рассказал очевидец.", "рассказал"),
        (", a témoigné une habitante de Stepanakert.", "a témoigné"),
    ],
)
def test_unnamed_witnesses_are_no_speakers(clause: str, cue: str) -> None:
    assert attribute_after(clause, ()) == Attribution(cue=cue)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("„ა ბ გ დ“, – განაცხადა ბრიფინგზე.", []),
        ("„ა ბ გ დ“, – განაცხადა ზურაბიშვილმა.", ["ზურაბიშვილმა"]),
        ("განაცხადა თბილისში.", []),
    ],
)
def test_georgian_place_case_after_the_verb_is_no_name(text: str, names: list[str]) -> None:
    assert [n.text for n in find_names(text)] == names


@pytest.mark.parametrize(
    ("clause", "speaker", "anaphoric"),
    [
        (", Tass quoted Lavrov as saying.", "Lavrov", False),
        (", the RIA news agency quoted Zakharova as saying.", "Zakharova", False),
        (", Interfax reported.", None, False),
        (", — сообщает ТАСС.", None, False),
        (", the minister was quoted as saying by Interfax.", None, True),
    ],
)
def test_agencies_report_and_never_speak(clause: str, speaker: str | None, anaphoric: bool) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.anaphoric) == (speaker, anaphoric)


def test_long_subject_ending_in_a_full_name() -> None:
    clause = ", the spokesperson for the European Commission, Anitta Hipper, said."
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.role) == (
        "Anitta Hipper",
        "spokesperson for the European Commission",
    )


@pytest.mark.parametrize(
    ("clause", "speaker", "institution"),
    [
        ("“, – აღნიშნა ბოჭორიშვილმა ჟურნალისტებთან საუბრისას.", "ბოჭორიშვილმა", None),
        # the body without its ablative ending (session 18)
        ("», — նշել են կառավարությունից։", None, "կառավարություն"),
    ],
)
def test_georgian_agent_then_place_and_armenian_plural_cue(
    clause: str, speaker: str | None, institution: str | None
) -> None:
    found = attribute_after(clause, ())
    assert found is not None
    assert (found.speaker, found.institution) == (speaker, institution)


@pytest.mark.parametrize(
    ("clause", "cue", "institution"),
    [
        ("According to a statement from the presidency, ", "According to", "presidency"),
        ("Selon le communiqué, ", "Selon", "communiqué"),
        ("Selon l'AFP, ", "Selon", None),
        ("Segundo a Lusa, ", "Segundo", None),
    ],
)
def test_before_cue_with_a_document_or_an_agency(
    clause: str, cue: str, institution: str | None
) -> None:
    assert attribute_before(clause, ()) == Attribution(cue=cue, institution=institution)
