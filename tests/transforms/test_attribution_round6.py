"""Attribution shapes of long news articles (session 6, held-out 16's failures).

Middle initials, two speakers in one sentence joined by "while", Turkish converbs, a name in
apposition to an indefinite source, an unnamed official taken up by "the official", words
one official reports from another, Italian particles, German routes, and dropped subjects.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes
from transforms.document import document_to_dict, parse_document
from transforms.persons import find_names


def _names(text: str) -> list[str]:
    return [m.text for m in find_names(text) if not m.single]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the harbour master, Edgars A. Kalniņš, warned", "Edgars A. Kalniņš"),  # "A": a word
        ("powiedział wiceminister Tadeusz W. Borowiec-Lis na", "Tadeusz W. Borowiec-Lis"),
        ("a lancé Sorin V. Munteanu, chef du groupe", "Sorin V. Munteanu"),  # a Roman numeral
        ("сказала эксперт Динара Т. Абдыкадырова журналистам", "Динара Т. Абдыкадырова"),
        ("– deyə direktor Elnur Ə. Qasımov bildirib", "Elnur Ə. Qasımov"),
    ],
)
def test_middle_initial_stays_inside_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_roman_numeral_after_two_words_ends_the_run() -> None:
    assert "World War I. Historians" not in " ".join(_names("after World War I. Historians say"))


@pytest.mark.parametrize(
    "text",
    [
        "El portavoz del PNV, Iker Arregi Zubia, calificó el plan de «una chapuza hecha en "
        "Madrid sin consultar», mientras que la diputada de Bildu Maite Olano Etxeberria "
        "lamentó que el Gobierno «haya olvidado a los pescadores del Cantábrico».",
        "SPD-Fraktionsvize Jonas Brettschneider nannte den Plan „eine Bankrotterklärung der "
        "Landesregierung“, während die Grünen-Abgeordnete Maite Olano-Etxeberria warnte: „Wer "
        "jetzt spart, zahlt später doppelt.“",
        'O deputado Rui Tavares Moniz classificou o plano como "um presente para os grandes '
        'grupos económicos", enquanto a deputada Maite Olano Ferraz exigiu "que o Parlamento '
        'vote cada contrato".',
    ],
)
def test_while_opens_another_speakers_clause(text: str) -> None:
    speakers = [q["speaker"] for q in quotes(text)]
    assert len(speakers) == 2
    assert speakers[0] != speakers[1]
    assert all(speakers)
    assert "Olano" in str(speakers[1]) and "Olano" not in str(speakers[0])


def test_turkish_converb_hands_the_next_quotation_to_the_next_subject() -> None:
    found = quotes(
        'İYİ Parti Grup Başkanvekili Murat Derinkaya, "Bu anlaşma çiftçiyi korumuyor, sadece '
        'ithalatçıyı koruyor" derken, AK Parti Trabzon Milletvekili Elif Karagöl Şen, "Karadeniz '
        'limanları yeniden canlanacak" diye konuştu.'
    )
    assert [q["speaker"] for q in found] == ["Murat Derinkaya", "Elif Karagöl Şen"]
    assert found[0]["cue"] == "derken"


def test_name_in_apposition_to_an_indefinite_source() -> None:
    found = quotes(
        "The ministry said the ferry would be ready in June. According to a ministry "
        'spokeswoman, Ilze Bērziņa-Ward, "the hull passed its sea trials in the first week '
        'of March."'
    )
    assert [q["speaker"] for q in found] == ["Ilze Bērziņa-Ward"]


def test_the_official_refers_back_to_an_unnamed_official() -> None:
    found = quotes(
        "Port director Oskars Liepiņš-Roe said the terminal was ready. A senior official at "
        'the ministry, who asked not to be named, said the dredging would cost "far more '
        'than anyone admits". "Fuel prices alone added 40 million euros," the official said.'
    )
    assert found[-1]["speaker"] is None


def test_words_one_official_reports_from_another() -> None:
    found = quotes(
        "Interior Minister Arvydas P. Kazlauskas said his Latvian counterpart, Ivars "
        'Ozoliņš-Berg, had assured him in Riga that "Latvia will keep the border crossing open '
        'every night." "I have no reason to doubt him," Kazlauskas added.'
    )
    assert [q["speaker"] for q in found] == ["Ivars Ozoliņš-Berg", "Arvydas P. Kazlauskas"]


def test_capitalised_italian_particle_opens_a_surname() -> None:
    assert _names("Ministerin Chiara Dal Lago reiste ab. sagte Dal Lago laut Ansa") == [
        "Chiara Dal Lago",
        "Dal Lago",
    ]
    assert "dal Quirinale" not in " ".join(_names("ha detto Mattarella dal Quirinale ieri"))


def test_a_route_between_places_is_no_person() -> None:
    found = quotes(
        "Der Landesrat für Verkehr, Lukas M. Obwexer-Plank, forderte Slots für Lkw von Rosenheim "
        "bis Trient. „Ein Buchungssystem würde die Staus halbieren“, betonte er."
    )
    assert [q["speaker"] for q in found] == ["Lukas M. Obwexer-Plank"]


def test_catalan_i_inside_a_bold_name() -> None:
    found = quotes(
        "La consellera de Cultura, **Marta Vidal i Roca**, defendió el plan. «Hemos "
        "priorizado las bibliotecas de barrio», afirmó la consellera."
    )
    assert [q["speaker"] for q in found] == ["Marta Vidal i Roca"]


def test_montserrat_is_a_given_name_before_a_surname() -> None:
    assert _names("La ministra, Montserrat Puigdomènech-Sala, explicó") == [
        "Montserrat Puigdomènech-Sala"
    ]


def test_colon_subject_with_a_bare_cue_after_a_broken_paragraph() -> None:
    found = quotes(
        "La ministra portavoz, **Lucía Ferrándiz-Ortega**, evitó entrar en detalles: «El "
        "Gobierno respeta la autonomía del Parlamento y no va a opinar sobre\n\n"
        "cada partida del presupuesto», señaló tras el Consejo de Ministros."
    )
    assert [q["speaker"] for q in found] == ["Lucía Ferrándiz-Ortega"]


def test_an_unnamed_source_after_a_named_speaker_stays_unnamed() -> None:
    found = quotes(
        "Bundeskanzler Otto Reimers traf Vertreter der Bahn. „Wir brauchen mehr Züge“, sagte "
        "Reimers. „Ein Gipfel im Mai ist geplant“, hieß es aus Regierungskreisen."
    )
    assert [q["speaker"] for q in found] == ["Otto Reimers", None]


def test_attacking_verb_attributes_a_reaction() -> None:
    found = quotes(
        "«Il governo sta svendendo la nostra flotta per una foto a Bruxelles», ha attaccato il "
        "leader dell'opposizione Stefano Carraro-Vitale."
    )
    assert [q["speaker"] for q in found] == ["Stefano Carraro-Vitale"]


def test_bold_name_whose_given_name_is_a_preposition_elsewhere() -> None:
    found = quotes(
        "Le ministre des Transports, **Ante Bralić**, a salué un « tournant ». « Split "
        "redevient, a-t-il affirmé, le premier port de croisière de l'Adriatique. »"
    )
    assert [q["speaker"] for q in found] == ["Ante Bralić"]


def test_newspaper_in_bold_is_no_person() -> None:
    found = quotes(
        "**Le Calame** cite le ministre, **Ahmedou Ould Sidi**, devant l'Assemblée : « La "
        "frontière restera ouverte aux commerçants. »"
    )
    assert [q["speaker"] for q in found] == ["Ahmedou Ould Sidi"]


def test_and_a_second_verb_shares_the_subject_before_the_quotation() -> None:
    found = quotes(
        "La portavoz del PSOE en el Parlamento gallego, María Luisa Vázquez Rey, acusó a la "
        'Xunta de haber "olvidado a los mariscadores de la ría" y reclamó que la Comisión '
        "Europea active el fondo de ayuda del Plan de Pesca."
    )
    assert [q["speaker"] for q in found] == ["María Luisa Vázquez Rey"]


def test_role_with_its_place_before_the_name_in_apposition() -> None:
    found = quotes(
        'La organización Brazos Abiertos denunció la falta de medios. "No tenemos nada que '
        'decirles a las familias", lamentó su coordinadora en Murcia, Ainhoa Garmendia Ruiz.'
    )
    assert [q["speaker"] for q in found] == ["Ainhoa Garmendia Ruiz"]


def test_calling_out_is_a_reporting_verb() -> None:
    found = quotes(
        "In Brig gab sich Staatsrat Beat Imboden-Kalbermatten kämpferisch. „Wir bauen diese "
        "Mauer“, rief er unter Applaus, „nicht gegen das Tal, sondern für das Tal.“"
    )
    assert [q["speaker"] for q in found] == ["Beat Imboden-Kalbermatten"] * 2


def test_red_cross_is_an_institution() -> None:
    found = quotes(
        "Cruz Roja, por su parte, indicó en un comunicado que sus voluntarios atendieron a 40 "
        'personas y que "la mayoría llevaban tres días en el mar sin agua potable".'
    )
    assert [(q["speaker"], q["institution"]) for q in found] == [(None, "Cruz Roja")]


def test_a_title_is_no_institution_though_its_stem_is_a_body() -> None:
    found = quotes(
        "Deputatul Mihai Ardeleanu, membru al Comisiei pentru energie, a criticat calendarul. "
        "„Localnicii au văzut multe panglici tăiate și niciun metru de țeavă”, a adăugat "
        "parlamentarul."
    )
    assert [q["speaker"] for q in found] == ["Mihai Ardeleanu"]


def test_a_sea_named_first_is_no_person() -> None:
    found = quotes(
        "Analistul Sorin Petrescu-Vlad consideră că proiectul depinde de producția din Marea "
        "Neagră. „Fără gazul offshore, conducta riscă să transporte aer”, a explicat el."
    )
    assert [q["speaker"] for q in found] == ["Sorin Petrescu-Vlad"]


def test_turkish_converb_then_the_speakers_next_action() -> None:
    found = quotes(
        'Kooperatif başkanı Nurlan Abenov da kotalara tepki gösterdi. Abenov, "Kaçak avcılar '
        'kota tanımıyor, bedeli yasal balıkçılar ödüyor" diyerek hükümeti denetimleri '
        "artırmaya çağırdı."
    )
    assert [(q["speaker"], q["institution"]) for q in found] == [("Nurlan Abenov", None)]


def test_swedish_compound_title_says_nothing_of_the_holders_gender() -> None:
    found = quotes(
        "Kulturminister Annika Berglund-Ek säger att beslutet har föregåtts av en noggrann "
        "prövning.\n\n– Det här är en avvägning, och vi har gjort den, säger hon till TT."
    )
    assert [q["speaker"] for q in found] == ["Annika Berglund-Ek"]


def test_german_compound_title_still_marks_a_man() -> None:
    found = quotes(
        "Innenministerin Petra Vogelsang traf Verkehrsminister Jonas Albrecht in Kiel. „Wir "
        "brauchen mehr Personal an der Grenze“, sagte er."
    )
    assert [q["speaker"] for q in found] == ["Jonas Albrecht"]


def test_a_company_with_its_legal_form_is_no_person() -> None:
    found = quotes(
        "Bolaget bakom projektet, Kiruna Järn AB, skriver i ett pressmeddelande att man "
        "”kommer att fortsätta dialogen med samebyarna i området”."
    )
    assert [q["speaker"] for q in found] == [None]


def test_the_official_after_an_anonymous_swedish_official() -> None:
    found = quotes(
        "En tjänsteman på Regeringskansliet, som vill vara anonym, säger till TT att frågan "
        "diskuterats länge.\n\n– Det fanns olika uppfattningar inom regeringen, säger "
        "tjänstemannen."
    )
    assert [q["speaker"] for q in found] == [None]


def test_given_name_is_no_country_in_a_case() -> None:
    assert _names("Вице-премьер Таджикистана Малика Сафаровна Рахимова отметила, что") == [
        "Малика Сафаровна Рахимова"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Эксперт Центра исследований в Бишкеке Айгуль Т. Осмонова назвала", "Айгуль Т. Осмонова"),
        ("Urząd Morski w Szczecinie poinformował w komunikacie", None),
    ],
)
def test_a_place_after_in_is_no_person(text: str, name: str | None) -> None:
    assert _names(text) == ([name] if name else [])


def test_a_middle_initial_does_not_end_the_sentence() -> None:
    found = quotes(
        "“Limanın ikinci mərhələsi tamamlandıqdan sonra ötürmə qabiliyyətimiz ildə 25 milyon "
        "tona çatacaq”, – deyə limanın baş direktoru Rauf Ə. Məmmədli bildirib."
    )
    assert [q["speaker"] for q in found] == ["Rauf Ə. Məmmədli"]


def test_polish_attribution_between_dashes_without_a_comma() -> None:
    found = quotes(
        "„Granica nie jest już najsłabszym punktem” – powiedział wiceminister Jerzy Kamiński. "
        "„Każdy, kto myśli inaczej – podkreślił szef resortu – powinien przyjechać tu i "
        "zobaczyć, co zbudowaliśmy”."
    )
    assert [q["speaker"] for q in found] == ["Jerzy Kamiński"] * 3


def test_turkic_also_after_a_full_name_is_no_particle() -> None:
    assert _names(
        "Nazir müavini Aigerim Nurlanqızı Jaksybekova da Aktau və Kurık limanlarında "
        "yeni terminalların tikildiyini deyib."
    ) == ["Aigerim Nurlanqızı Jaksybekova"]
    assert "Anne-Sophie de Montclair" in _names(
        "Konferansı adına törene katılan Anne-Sophie de Montclair de, bir açıklama yaptı."
    )


def test_a_finished_quoting_sentence_names_no_body_for_the_next_verb() -> None:
    found = quotes(
        '"O país tem as maiores reservas da Europa", afirmou a ministra da Energia, Inês '
        "Carvalho Reis, no final da reunião.\n\nA governante garantiu que a empresa "
        'concessionária terá de cumprir "mais de 200 medidas de mitigação ambiental". "Não '
        'haverá uma única tonelada extraída sem fiscalização", acrescentou.'
    )
    assert [q["speaker"] for q in found] == ["Inês Carvalho Reis"] * 3


def test_a_place_after_portuguese_em_is_no_person() -> None:
    assert _names("Governo aprova exploração em Covas do Barroso apesar da contestação") == []


def test_a_nationality_after_an_article_is_no_part_of_the_name() -> None:
    assert _names("Le rapporteur pour la Moldavie, l'Irlandais Ciarán Ó Murchú, a rappelé") == [
        "Ciarán Ó Murchú"
    ]


def test_according_to_a_title_then_a_comma_is_that_title_speaking() -> None:
    found = quotes(
        "La ministra de Turismo, **Carme Soler-Pujol**, explicó las cifras. «Hemos cerrado "
        "tres años con superávit», afirmó. Según la ministra, el Principado «mantendrá la "
        "deuda por debajo del 35 % del PIB»."
    )
    assert [q["speaker"] for q in found] == ["Carme Soler-Pujol"] * 2


def test_czech_wire_dateline_cues_and_sources() -> None:
    doc = document_to_dict(
        parse_document(
            (
                "Švédsko zadrželo nákladní loď v Botnickém zálivu\n\n"
                "Stockholm 12. května (ČTK) - Švédská pobřežní stráž v noci zadržela loď.\n\n"
                "„Posádka nespolupracovala a loď se pokusila odplout,“ řekl novinářům velitel "
                "operace Lars Ekdahl. „Zásah trval necelé dvě hodiny.“\n\n"
                "Námořní analytik Pavel Dvořák z pražského institutu upozorňuje, že jde o "
                "třetí incident. „Kotva se po dně sama neusmýkne,“ uvádí Dvořák. Podle něj by "
                "státy měly „začít kontrolovat lodě stínové flotily už při vplutí“.\n"
            ).encode(),
            "cs_ctk_20260512.txt",
        )
    )
    assert [s["heading"] for s in doc["sections"]] == [
        "Švédsko zadrželo nákladní loď v Botnickém zálivu"
    ]
    assert doc["review_date"] == "2026-05-12"
    assert [q["speaker"] for q in doc["quotes"]] == ["Lars Ekdahl"] * 2 + ["Pavel Dvořák"] * 2


def test_source_header_with_a_day_and_month_opens_an_item() -> None:
    doc = document_to_dict(
        parse_document(
            (
                "Rassegna stampa del 20 aprile 2026\n\nKOSOVO\n\nKoha Ditore - 19 aprile\n\n"
                "Il negoziatore è rientrato da Bruxelles.\n\nZëri - 18 aprile\n\n"
                "L'ufficio del premier ha diffuso una nota.\n\nSERBIA\n\nPolitika - 19 aprile\n\n"
                "Il direttore ha parlato alla televisione.\n"
            ).encode()
        )
    )
    items = [it for s in doc["sections"] for it in s["items"]]
    assert [it["sources"] for it in items] == [["Koha Ditore"], ["Zëri"], ["Politika"]]
    assert [len(it["paragraphs"]) for it in items] == [1, 1, 1]


def test_a_letter_alone_is_no_name() -> None:
    found = [m.text for m in find_names("Sul suo profilo X van Leeuwen ha poi scritto")]
    assert found == ["Leeuwen"]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Anna Petrosyan visited the camp. A volunteer who hands out food parcels in "
        'Dilijan, speaking on condition of anonymity, was less confident: "Every month they '
        'tell us next month."',
        "Verkehrsministerin Eva Brandl sprach von Fortschritten. Die Zeitung zitiert einen "
        "Villacher Spediteur, der anonym bleiben will: „Auf die Schiene gehe ich, wenn der Zug "
        "pünktlich ist.“",
        "Dışişleri Bakanı Ayşe Kurtuluş açıklama yaptı. Brüksel'de görüşüne başvurulan bir AB "
        'diplomatı ise ismini vermeme koşuluyla, "Bu karar diğer ülkeler için de bir emsal '
        'oluşturacak" değerlendirmesinde bulundu.',
    ],
)
def test_a_source_who_asked_not_to_be_named_names_nobody(text: str) -> None:
    assert quotes(text)[-1]["speaker"] is None


def test_and_after_a_names_comma_opens_another_subject() -> None:
    found = quotes(
        "„To kolejna obietnica na papierze” – ocenił poseł opozycji Tomasz Nowicki, a "
        "posłanka z podkarpackiego okręgu Ewa Sadowska-Kral zarzuciła rządowi, że „rozmawia "
        "z rolnikami dopiero wtedy, gdy ciągniki stoją na granicy”."
    )
    assert [q["speaker"] for q in found] == ["Tomasz Nowicki", "Ewa Sadowska-Kral"]


def test_french_attribution_woven_inside_one_pair_of_marks() -> None:
    found = quotes(
        "« Nous avons un calendrier », a déclaré **Nikos Charalambous** à la sortie.\n\n"
        "« Nous ne sommes pas venus pour signer n'importe quoi, a poursuivi M. Charalambous, "
        "mais nous ne quitterons pas la table les premiers. »"
    )
    # the author's words cut the sentence: two quotations (README of tests/corpus), one voice
    assert [q["speaker"] for q in found] == ["Nikos Charalambous"] * 3
    assert [q["cue"] for q in found[1:]] == ["a poursuivi"] * 2
    assert found[2]["text"] == "mais nous ne quitterons pas la table les premiers."


def test_a_regions_adjective_before_its_noun_is_no_person() -> None:
    found = quotes(
        "«Мы ждали этого дня пять лет», — заявил председатель Согдийской области Рустам "
        "Назаров на церемонии открытия."
    )
    assert [q["speaker"] for q in found] == ["Рустам Назаров"]


def test_a_peninsula_is_no_person() -> None:
    found = quotes(
        "«Uma rede isolada é uma rede frágil», afirmou a ministra da Energia, Teresa Lobo "
        "Antunes.\n\nA governante acrescentou que a ligação da Península Ibérica deverá passar "
        "«dos atuais 4,2 para cerca de 5 gigawatts» até ao final da década."
    )
    assert [q["speaker"] for q in found] == ["Teresa Lobo Antunes"] * 2


def test_a_german_contraction_opening_a_sentence_is_no_name() -> None:
    assert _names("Beim Treffen in Lugano forderte Kommissar Henrik Lindqvist eine Plattform") == [
        "Henrik Lindqvist"
    ]


def test_romanian_article_o_is_no_pronoun_and_apposed_name_speaks() -> None:
    found = quotes(
        "Purtătorul de cuvânt al partidului de guvernământ Visul Georgian, Levan Beridze, a "
        "avut o reacție mai tăioasă: „Georgia nu are nevoie de lecții despre democrație.”"
    )
    assert [q["speaker"] for q in found] == ["Levan Beridze"]


def test_romanian_ministry_with_its_adjective_is_no_person() -> None:
    found = quotes(
        "Ministerul Afacerilor Externe al Georgiei a transmis, într-un comunicat, că „Georgia "
        "rămâne deschisă pentru toți observatorii internaționali”."
    )
    assert [q["speaker"] for q in found] == [None]
    assert found[0]["institution"]


def test_romanian_verb_with_its_clitic() -> None:
    found = quotes(
        "Nika Melia-Dadiani, unul dintre candidații respinși, a calificat-o însă drept „o "
        "execuție administrativă pe care nimeni nu o va uita”."
    )
    assert [q["speaker"] for q in found] == ["Nika Melia-Dadiani"]


def test_a_short_quotation_takes_its_paragraphs_language() -> None:
    found = quotes(
        "The foreign minister met his counterpart on Monday in Valletta and talked for an hour "
        'about migration, fishing quotas and the new port. "Malta will not turn back," he '
        "said afterwards to the waiting reporters outside the palace."
    )
    assert found[0]["language"] == "en"


def test_a_sibling_language_guess_yields_to_the_paragraph() -> None:
    found = quotes(
        "El ministro insistió ante los periodistas en que el acuerdo energético con Argelia "
        'era una buena noticia para todos y "no va dirigido contra nadie", según dijo al '
        "término de la reunión celebrada en la capital."
    )
    assert found[0]["language"] == "es"


def test_a_long_foreign_quotation_keeps_its_own_language() -> None:
    found = quotes(
        "Le diplomate a ensuite écrit en anglais sur son compte : “We have a roadmap now, and "
        "both sides need the political courage to walk it before the summer is over.”"
    )
    assert found[0]["language"] == "en"


def test_words_relayed_from_an_unnamed_title_holder_are_nobodys() -> None:
    found = quotes(
        "O ministro dos Negócios Estrangeiros, Rui Fontes Carvalho, abriu os trabalhos.\n\n"
        "Fontes Carvalho contou ainda que o Presidente da Comissão da CEDEAO lhe garantiu, "
        'numa conversa telefónica, que Abuja estava disposta a "discutir tudo, incluindo as '
        'sanções ainda em vigor".'
    )
    assert [q["speaker"] for q in found] == [None]


def test_a_government_member_is_the_minister_who_just_spoke() -> None:
    found = quotes(
        'O ministro das Obras Públicas, Armando Tivane Cuna, visitou Tete. "Não há motivo '
        'para pânico", disse o ministro.\n\nO governante acrescentou: "Estamos a reforçar as '
        'equipas em Mutarara e Caia." O Instituto Nacional de Gestão de Calamidades tem 30 '
        "centros abertos."
    )
    assert [q["speaker"] for q in found] == ["Armando Tivane Cuna"] * 2


def test_anonymity_outweighs_a_capitalised_word_read_as_a_name() -> None:
    found = quotes(
        "Layihədə çalışan mühəndislərdən biri isə adının çəkilməməsi şərti ilə bildirib ki, "
        "“ən çətin hissə Araz çayı boyunca olan tunellərdir”."
    )
    assert [q["speaker"] for q in found] == [None]


def test_a_bold_newspaper_name_is_no_later_speaker() -> None:
    found = quotes(
        "• La ministra de Defensa, **Carolina Fuentealba Ríos**, visitó Puerto Williams.\n\n"
        "«Los chilenos del sur merecen la misma atención», dijo ella después en una entrevista "
        "con **El Mercurio**. «Hemos invertido en la base naval más que nunca.»"
    )
    assert [q["speaker"] for q in found] == ["Carolina Fuentealba Ríos"] * 2
