"""Attribution mechanisms that generalise past the tuned corpus, on the parser's real output.

Compound surnames and name particles (the fullest form of a name is the canonical speaker),
capitalised regions, nationality adjectives and institutions that are never persons, role
words glued to a name, surnames written before the full name, unnamed sources, and long
institution names.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes
from transforms.persons import build_registry, find_names, is_nationality


def speakers(text: str) -> list[object]:
    return [q["speaker"] for q in quotes(text)]


def names(text: str) -> list[str]:
    return [m.text for m in find_names(text)]


# --- compound surnames and particles -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El canciller, Franklin Molina Ortiz, habló en Caracas. «No aceptaremos"
            " injerencias en nuestros asuntos», declaró Molina Ortiz.\n\n«Seguiremos"
            " dialogando con todos», añadió Molina.",
            "Franklin Molina Ortiz",
        ),
        (
            "A ministra, Santina Viegas Cardoso, falou ontem em Díli. «O Governo vai cumprir"
            " a regra orçamental», garantiu Viegas Cardoso.",
            "Santina Viegas Cardoso",
        ),
        (
            "La commissaire Teresa Ribera Rodríguez était à Bruxelles. « L'Europe ne peut pas"
            " ralentir sa transition », a déclaré Mme Ribera.",
            "Teresa Ribera Rodríguez",
        ),
    ],
)
def test_every_shorter_form_maps_to_the_fullest_name(text: str, speaker: str) -> None:
    assert set(speakers(text)) == {speaker}


def test_particles_do_not_count_against_the_length_of_a_name() -> None:
    assert names("El economista João Carlos dos Santos Ribeiro comentó los datos.") == [
        "João Carlos dos Santos Ribeiro"
    ]
    assert "María Fernanda Gómez de la Vega" in names(
        "La ministra de Defensa, María Fernanda Gómez de la Vega, visitó la frontera."
    )


def test_a_longer_form_written_later_becomes_canonical() -> None:
    registry = build_registry(
        [*find_names("Molina Ortiz habló."), *find_names("El canciller Franklin Molina Ortiz")]
    )
    assert [p.name for p in registry.persons()] == ["Franklin Molina Ortiz"]
    assert registry.canonical("Molina") == "Franklin Molina Ortiz"
    assert registry.canonical("Franklin Molina") == "Franklin Molina Ortiz"


def test_a_first_word_alone_stands_for_one_person_only() -> None:
    registry = build_registry(find_names("El senador Juan Pablo Restrepo Uribe habló."))
    assert registry.knows_surname("Restrepo") and registry.knows_surname("Uribe")
    assert registry.canonical("Juan") == "Juan Pablo Restrepo Uribe"  # the only Juan
    two = build_registry(find_names("Juan Pablo Restrepo Uribe y Juan Carlos Ortega hablaron."))
    assert not two.knows_surname("Juan")


def test_one_surname_languages_still_cut_a_capitalised_place_after_the_name() -> None:
    registry = build_registry(
        [
            *find_names("Baş naziri İrakli Qaribaşvili Bakıya səfər edib."),
            *find_names("Qaribaşvili bildirib."),
        ]
    )
    assert [p.name for p in registry.persons()] == ["İrakli Qaribaşvili"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met his counterpart Khalid al-Masri in Amman.", "Khalid al-Masri"),
        ('"We need help," al-Masri said.', "al-Masri"),
        ("Sie traf Karl-Theodor zu Guttenberg in Wien.", "Karl-Theodor zu Guttenberg"),
        ("Minister Anne-Marie van der Linden spoke.", "Anne-Marie van der Linden"),
    ],
)
def test_name_particles(text: str, name: str) -> None:
    assert name in names(text)


def test_german_zu_before_a_plural_is_a_preposition() -> None:
    assert "Merz zu Journalisten" not in names("Das sagte Merz zu Journalisten in Berlin.")


# --- regions, adjectives and institutions are not persons ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Southeast Asian foreign ministers met in Jakarta.",
        "Der Europäische Rat tagte in Brüssel.",
        "Avrupa Birliği Konseyi bir açıklama yaptı.",
        "O Fundo Petrolífero registou perdas.",
        "O Banco Central de Timor-Leste publicou um relatório.",
        "El Banco de España publicó su boletín.",
        "Dünya Bankası yeni bir rapor yayımladı.",
    ],
)
def test_no_person_in_regions_and_institutions(text: str) -> None:
    assert [n for n in find_names(text) if not n.single] == []


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            '"The financing is secured," said the European Investment Bank.',
            "European Investment Bank",
        ),
        (
            "«A inflação vai descer», afirmou o Banco de Portugal no seu boletim.",
            "Banco de Portugal",
        ),
        (
            "Der Europäische Rat erklärte am Abend: „Die Sanktionen werden verlängert.“",
            "Europäische Rat",
        ),
        (
            "„Die Lage bleibt angespannt“, teilte das Auswärtige Amt in Berlin mit.",
            "Auswärtige Amt",
        ),
        (
            "Avrupa Birliği Konseyi tarafından yapılan açıklamada, “Üyelik müzakereleri"
            " donmuş durumda” ifadelerine yer verildi.",
            "Avrupa Birliği Konseyi",
        ),
        (
            '"Such statements are unacceptable," the Ministry of Foreign Affairs of Georgia'
            " said in a statement.",
            "Ministry of Foreign Affairs of Georgia",
        ),
    ],
)
def test_institution_speaks_with_its_full_name(text: str, institution: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] is None
    assert institution in str(quote["institution"])


def test_role_word_glued_to_the_name_is_stripped() -> None:
    [quote] = quotes(
        "Dünya Bankası Türkiye Ülke Müdürü Anna Lindqvist, “Türkiye ekonomisi bu yıl yüzde"
        " üç büyüyecek” dedi."
    )
    assert quote["speaker"] == "Anna Lindqvist"
    assert "Müdürü" in str(quote["speaker_role"])


# --- surnames before the full name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bayramov, “Barış anlaşması imzalanmaya hazır” dedi. Dışişleri Bakanı Ceyhun"
            " Bayramov, anayasa değişikliğini de yineledi.",
            "Ceyhun Bayramov",
        ),
        (
            "Wadephul traf seine Amtskollegin. „Wir werden die Hilfe nicht kürzen“, sagte"
            " Wadephul.\n\nAußenminister Johann Wadephul reist weiter nach Vilnius.",
            "Johann Wadephul",
        ),
    ],
)
def test_surname_before_the_full_name(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


def test_name_in_an_apposition_is_not_the_subject() -> None:
    [quote] = quotes(
        'Ilham Aliyev met the envoy. "Baku expects a signing soon," Hikmet Hajiyev, foreign'
        " policy adviser to President Ilham Aliyev, told the agency."
    )
    assert quote["speaker"] == "Hikmet Hajiyev"


# --- unnamed sources ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ararat Mirzoyan a parlé. « Les parties ont encore des divergences », a indiqué une"
        " source diplomatique.",
        "Ararat Mirzoyan a parlé. Selon une source proche du dossier, « la signature pourrait"
        " avoir lieu au printemps ».",
        'Hikmet Hajiyev spoke. "There is no deadline," a person familiar with the talks said.',
        'Hikmet Hajiyev spoke. "The commission will meet again," officials in Yerevan said.',
        "Ираклий Кобахидзе выступил. «Правительство не пойдет на уступки», — отметил"
        " собеседник агентства.",
        "Giancarlo Giorgetti ha parlato. «Non ci sono decisioni», ha riferito una fonte di"
        " governo.",
        "Fatih Karahan konuştu. Ankara'daki diplomatik kaynaklar, “Türkiye teklifini"
        " yineledi” ifadelerini kullandı.",
    ],
)
def test_unnamed_source_gives_no_speaker(text: str) -> None:
    assert speakers(text)[-1] is None


# --- more grammar of names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Xi Jinping met the delegation. "China supports dialogue," Xi said.', "Xi Jinping"),
        (
            'Wang Yi arrived in Moscow. "The relations are at their best," Wang told reporters.',
            "Wang Yi",
        ),
        (
            "Jordan Bardella était à Lyon. « Nous gagnerons », a déclaré Bardella.",
            "Jordan Bardella",
        ),
        (
            "Dominique de Villepin a parlé à Paris. « La France doit parler à tous », a ajouté"
            " de Villepin.",
            "Dominique de Villepin",
        ),
    ],
)
def test_surname_first_names_and_given_names_that_are_countries(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_turkish_place_in_the_locative_ends_the_name() -> None:
    assert names("Recep Tayyip Erdoğan Ankara'da konuştu.")[0] == "Recep Tayyip Erdoğan"


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            '"We are deeply concerned," the Ministry of Foreign Affairs of the Republic of'
            " Azerbaijan said.",
            "Ministry of Foreign Affairs of the Republic of Azerbaijan",
        ),
        (
            "Dışişleri Bakanlığı'ndan yapılan açıklamada, “Türkiye bu saldırıyı kınıyor” denildi.",
            "Dışişleri Bakanlığı",
        ),
    ],
)
def test_long_and_inflected_institutions(text: str, institution: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] is None and quote["institution"] == institution


def test_a_republic_or_federation_is_no_person() -> None:
    [quote] = quotes(
        "«Мы осуждаем эти действия», — заявили в Министерстве иностранных дел Российской Федерации."
    )
    assert quote["speaker"] is None and quote["institution"]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz war in Paris. „Wir brauchen mehr Tempo“, sagte ein Regierungsvertreter.",
        "Recep Tayyip Erdoğan konuştu. Bir yetkili, “Görüşmeler yarın devam edecek” dedi.",
        "Ilham Aliyev a parlé. « Rien n'est décidé », a confié un proche du dossier.",
        "Мария Захарова выступила. «Решение еще не принято», — сказал один из дипломатов.",
    ],
)
def test_more_unnamed_sources(text: str) -> None:
    assert speakers(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "«A proposta é inaceitável», disse o Partido Social Democrata em comunicado.",
            "Partido Social Democrata",
        ),
        (
            "« La situation est grave », a déclaré le Haut Commissariat des Nations unies pour"
            " les réfugiés.",
            "Haut Commissariat des Nations unies",
        ),
        (
            "«La situazione è grave», ha dichiarato l'Alto Commissariato delle Nazioni Unite"
            " per i rifugiati.",
            "Alto Commissariato delle Nazioni Unite",
        ),
        ('"There will be no snap elections," Georgian Dream said.', "Georgian Dream"),
    ],
)
def test_capitalised_bodies_are_institutions(text: str, institution: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] is None
    assert institution in str(quote["institution"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Ситуация серьезная», — сказал генсек НАТО Марк Рютте.", "Марк Рютте"),
        (
            "«Ситуация серьезная», — заявил глава Центрального банка Эльвира Набиуллина.",
            "Эльвира Набиуллина",
        ),
        (
            "Avrupa Birliği Dış İlişkiler Yüksek Temsilcisi Kaja Kallas, “Gürcistan yanlış"
            " yolda” dedi.",
            "Kaja Kallas",
        ),
        (
            '"Georgia is at a crossroads," Georgian Dream chairman Irakli Kobakhidze said.',
            "Irakli Kobakhidze",
        ),
    ],
)
def test_person_after_an_institution_and_a_title(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("word", "nationality"),
    [
        ("Georgian", True),
        ("Azerbaijani", True),
        ("Israeli", True),
        ("Ukrainian", True),
        ("Georgia", False),
        ("Franklin", False),
        ("Christian", False),
        ("Jordan", False),
        ("Sebastian", False),
    ],
)
def test_nationality_adjectives(word: str, nationality: bool) -> None:
    assert is_nationality(word) is nationality


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Ситуация серьезная», — заявила председатель Европейской комиссии Урсула фон дер"
            " Ляйен.",
            "Урсула фон дер Ляйен",
        ),
        (
            '"We will not back down," Iraqi Prime Minister Mohammed Shia al-Sudani said.',
            "Mohammed Shia al-Sudani",
        ),
        (
            "«É inaceitável», afirmou o secretário-geral da ONU, António Guterres.",
            "António Guterres",
        ),
        ("«Não haverá recuo», afirmou o ministro da Defesa, Nuno Melo.", "Nuno Melo"),
    ],
)
def test_particles_in_cyrillic_nisba_and_portuguese_roles(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ilham Aliyev a parlé. « La paix est proche », a déclaré Aliyev. « Il reste des"
        " obstacles sérieux », selon un diplomate occidental.",
        'Ilham Aliyev spoke. "Peace is near," Aliyev said. "There are still serious'
        ' obstacles," according to a senior official.',
        "Ilham Aliyev ha parlato. «La pace è vicina», ha detto Aliyev. «Restano ostacoli"
        " seri», ha spiegato un diplomatico occidentale.",
    ],
)
def test_unnamed_source_after_the_quotation(text: str) -> None:
    assert speakers(text) == ["Ilham Aliyev", None]


def test_a_before_cue_inside_a_reporting_phrase_is_not_the_cue() -> None:
    [quote] = quotes(
        "Le ministre **Zohrab Mnatsakanyan** a estimé pour sa part que « la paix ne peut se"
        " construire que sur un compromis »."
    )
    assert quote["cue"] == "a estimé pour sa part"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Van der Meer hatte gewarnt. „Die Bedrohung wächst“, sagte van der Meer am Dienstag."
            " Der Präsident des Amtes, Sinan van der Meer, stellte den Bericht vor.",
            "Sinan van der Meer",
        ),
        (
            "Premierminister Bart De Wever kam nach Den Haag.\n\n„Belgien ist bereit“, sagte De"
            " Wever nach dem Treffen.",
            "Bart De Wever",
        ),
        (
            "O Presidente, Luiz Inácio Lula da Silva, falou. «O Brasil e Portugal são irmãos»,"
            " disse Lula.",
            "Luiz Inácio Lula da Silva",
        ),
    ],
)
def test_particles_opening_a_surname_and_a_middle_name_alone(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_half_of_a_german_compound_is_no_name() -> None:
    found = find_names("Der Bericht zeigt einen Anstieg von Spionage- und Sabotageversuchen.")
    assert [n.text for n in found if not n.single] == []


@pytest.mark.parametrize(
    "text",
    [
        "Lula falou. Segundo uma fonte do Palácio do Planalto, «a visita foi preparada durante"
        " meses».",
        'Nikol Pashinyan spoke. "The visit was prepared for months," said a source close to'
        " Nikol Pashinyan.",
    ],
)
def test_a_source_close_to_a_named_person_is_still_unnamed(text: str) -> None:
    assert speakers(text)[-1] is None


def test_a_portfolio_in_capitals_is_no_person() -> None:
    [quote] = quotes(
        "«La paz es posible», declaró el Alto Representante de la UE para Asuntos Exteriores,"
        " Josep Borrell."
    )
    assert quote["speaker"] == "Josep Borrell"
    assert "Representante" in str(quote["speaker_role"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kobakhidze, “Müzakere edilecek bir şey yok” dedi.", "Kobakhidze"),
        (
            "Bakan Fidan Brüksel'de konuştu. Fidan, “Türkiye tam üyelik hedefinden vazgeçmedi”"
            " dedi.",
            "Fidan",
        ),
        (
            "Dışişleri Bakanı Ceyhun Bayramov, “Barış anlaşması imzalanmaya hazır” dedi.",
            "Ceyhun Bayramov",
        ),
    ],
)
def test_verb_final_subject_before_the_quotation(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_an_acronym_is_not_an_indefinite_article() -> None:
    assert speakers(
        '"The talks will resume next week in Geneva," said UN Special Rapporteur Alice Edwards.'
    ) == ["Alice Edwards"]


def test_an_institution_inside_an_earlier_quotation_is_not_the_speaker() -> None:
    found = quotes(
        "La vicepresidenta Victoria Villarruel cuestionó el acuerdo. «No se consultó al"
        " Congreso», dijo Villarruel. «Es un error político», agregó."
    )
    assert [(q["speaker"], q["institution"]) for q in found] == [
        ("Victoria Villarruel", None),
        ("Victoria Villarruel", None),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("«A economia vai crescer», afirmou a Diretora-Geral Anna Lindqvist.", "Diretora-Geral"),
        ('"The economy will grow," Commissioner Anna Lindqvist said.', "Commissioner"),
        (
            '"The economy will grow," Ambassador-at-large Anna Lindqvist said.',
            "Ambassador-at-large",
        ),
    ],
)
def test_glued_and_hyphenated_roles_leave_the_name(text: str, role: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] == "Anna Lindqvist"
    assert quote["speaker_role"] == role
    assert quote["institution"] is None


def test_turkish_possessed_nouns_and_a_qualified_indefinite_source() -> None:
    found = quotes(
        "Ararat Mirzoyan konuştu. Avrupa Birliği Dış İlişkiler ve Güvenlik Politikası Yüksek"
        " Temsilcisi Kaja Kallas ise “Gürcistan'ın AB yolu kapanıyor” ifadesini kullandı."
        " Bakü'deki bir yetkili ise “Ermenistan anayasasını değiştirmeli” dedi."
    )
    assert [q["speaker"] for q in found] == ["Kaja Kallas", None]
    assert "Güvenlik Politikası" not in names("Dış İlişkiler ve Güvenlik Politikası Yüksek")


def test_a_before_cue_holding_a_verb_opens_an_unnamed_source() -> None:
    [quote] = quotes(
        "Никол Пашинян выступил. Как сообщил источник в администрации премьера, «визит в"
        " Брюссель запланирован на май»."
    )
    assert quote["speaker"] is None and quote["cue"] == "Как сообщил"


def test_german_capitalised_titles_and_prepositions() -> None:
    found = quotes(
        "Die Oppositionsführerin Elly Schlein kritisierte die Regierung. „Das ist zu wenig und"
        " zu spät“, sagte die Chefin des Partito Democratico.\n\nAus Regierungskreisen hieß es,"
        " die Lieferung sei geplant.\n\nDie Hohe Vertreterin der EU für Außen- und"
        " Sicherheitspolitik, Kaja Kallas, sagte: „Europa steht geschlossen hinter der Ukraine.“"
    )
    assert [q["speaker"] for q in found] == ["Elly Schlein", "Kaja Kallas"]
    assert "Sicherheitspolitik" in str(found[1]["speaker_role"])
    assert "Aus Regierungskreisen" not in names("Aus Regierungskreisen hieß es, alles sei gut.")


def test_more_reporting_verbs_and_office_holders() -> None:
    found = quotes(
        "Il ministro degli Esteri Antonio Tajani era a Kiev. «Continueremo a sostenere Kiev», ha"
        " assicurato il titolare della Farnesina.\n\n«Il governo agisce senza il Parlamento», ha"
        " accusato il leader del Partido Popular, Alberto Núñez Feijóo."
    )
    assert [q["speaker"] for q in found] == ["Antonio Tajani", "Alberto Núñez Feijóo"]
    assert found[0]["institution"] is None


def test_azerbaijani_converb_and_passive_cues() -> None:
    found = quotes(
        "«Sülh sazişi bu il imzalanacaq», - deyə Prezident İlham Əliyev bildirib.\n\n«Sülh"
        " sazişi imzalanmağa hazırdır», - deyə Xarici İşlər Nazirliyinin mətbuat xidmətindən"
        " bildirilib."
    )
    assert found[0]["speaker"] == "İlham Əliyev" and found[0]["speaker_role"] == "Prezident"
    assert found[1]["speaker"] is None and "Nazirliy" in str(found[1]["institution"])


def test_an_initial_dot_ends_no_sentence() -> None:
    [quote] = quotes(
        '"We are monitoring the situation closely," the U.S. State Department said in a statement.'
    )
    assert quote["speaker"] is None and "State Department" in str(quote["institution"])


def test_words_after_a_known_name_do_not_become_canonical() -> None:
    registry = build_registry(
        [
            *find_names("Präsident Ilham Aliyev traf den Gast."),
            *find_names("Das sagte Ilham Aliyev Reportern in Baku."),
        ]
    )
    assert registry.canonical("Aliyev") == "Ilham Aliyev"


def test_a_run_past_a_known_name_speaks_as_that_person() -> None:
    assert speakers(
        "Präsident Ilham Aliyev traf den Gast.\n\n„Der Frieden ist nah“, sagte Ilham Aliyev"
        " Reportern in Baku."
    ) == ["Ilham Aliyev"]


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Sánchez habló en Madrid. «No habrá adelanto electoral este año», aseguraron"
        " fuentes cercanas a la Moncloa.",
        "Pedro Sánchez habló en Madrid. «No habrá adelanto electoral este año», dijeron"
        " diplomáticos europeos.",
        "Luís Montenegro falou em Lisboa. «Não haverá eleições antecipadas este ano»,"
        " afirmaram analistas ouvidos pela Lusa.",
        "Giorgia Meloni ha parlato a Roma. «Non ci saranno elezioni anticipate quest'anno»,"
        " hanno riferito fonti di Palazzo Chigi.",
        "Friedrich Merz sprach in Berlin. „Es wird keine Neuwahlen in diesem Jahr geben“,"
        " verlautete aus Koalitionskreisen.",
        "Friedrich Merz sprach in Berlin. „Es wird keine Neuwahlen in diesem Jahr geben“,"
        " sagten Diplomaten in Brüssel.",
    ],
)
def test_plural_and_impersonal_cues_name_nobody(text: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] is None and quote["cue"]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            '"The vote was free and fair overall," Georgia\'s State Security Service said in a'
            " statement.",
            "State Security Service",
        ),
        (
            "«Выборы прошли свободно и честно», — заявили в Центральной избирательной комиссии"
            " Грузии.",
            "Центральная избирательная комиссия",  # in the nominative, adjectives and all
        ),
        (
            "Yüksek Seçim Kurulu (YSK), “Seçim özgür ve adil geçti” açıklamasını yaptı.",
            "Yüksek Seçim Kurulu",
        ),
    ],
)
def test_institutions_with_adjectives_and_possessors(text: str, institution: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] is None and institution in str(quote["institution"])


def test_first_given_name_and_last_surname_stand_for_the_full_name() -> None:
    assert speakers(
        "O Presidente angolano, João Manuel Gonçalves Lourenço, discursou. «Angola vai"
        " diversificar a economia», afirmou João Lourenço."
    ) == ["João Manuel Gonçalves Lourenço"]
    registry = build_registry(
        [*find_names("João Lourenço falou."), *find_names("João Manuel Gonçalves Lourenço")]
    )
    assert registry.canonical("Lourenço") == "João Manuel Gonçalves Lourenço"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Australian Prime Minister Anthony Albanese spoke.", "Anthony Albanese"),
        ("UN rapporteur Francesca Albanese spoke.", "Francesca Albanese"),
    ],
)
def test_a_nationality_shaped_surname_stays_in_the_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MHP Genel Başkanı Devlet Bahçeli konuştu.", "Devlet Bahçeli"),
        ("Ünlü yönetmen Yılmaz Güney anıldı.", "Yılmaz Güney"),
    ],
)
def test_turkish_names_that_are_also_common_words(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["Das sagte Merz zu Europa.", "Bei der Sitzung begrüßte Merz das Abkommen."],
)
def test_german_prepositions_and_articles_after_a_surname_join_no_name(text: str) -> None:
    assert "Merz" in names(text)


def test_russian_feminine_surname_in_an_oblique_case_before_the_full_name() -> None:
    found = quotes(
        "По словам Захаровой, «Москва внимательно следит за ситуацией». Официальный"
        " представитель МИД Мария Захарова выступила на брифинге.\n\n«Ситуация под"
        " контролем», — сказала Захарова. Позднее Мария Захарова уточнила детали."
    )
    assert [q["speaker"] for q in found] == ["Мария Захарова", "Мария Захарова"]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("«No habrá aranceles», señaló la Casa Blanca en un comunicado.", "Casa Blanca"),
        ("«Non ci saranno dazi», ha fatto sapere il Quirinale.", "Quirinale"),
        ("„Es wird keine Zölle geben“, teilte das Weiße Haus mit.", "Weiße Haus"),
    ],
)
def test_seats_of_government_speak_as_institutions(text: str, institution: str) -> None:
    [quote] = quotes(text)
    assert quote["speaker"] is None and quote["institution"] == institution
