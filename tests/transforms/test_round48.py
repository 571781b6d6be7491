"""Shapes of session 48 (real web texts), on invented text: a surname right before its verb
after a counterpart's name in apposition; a title after the comma of a topic; "and" then a
dropped subject; a word for any official going on with the official quoted last; a Romance
title cut where its holder's verb starts; quote digests with credits under their
quotations, announced collections and names alone after quotations; Turkish, Polish,
Armenian, Spanish and Portuguese cues; the guards the session's reviews asked for."""

from __future__ import annotations

from tests.transforms.parsed import (
    headings,
    paragraph_texts,
    quotes,
    speakers,
    speakers_and_roles,
)

TITLE_FIRST = (
    'O primeiro-ministro afirmou, esta sexta-feira, que "o Governo está unido".\n\n'
    '"Passamos dias difíceis com esta inflação muito forte", reiterou.\n\n'
    'Questionado sobre a remodelação, Rui Tavares Mendonça contrapôs que "o primeiro-ministro '
    'não comenta boatos".'
)


def test_a_title_naming_no_one_stays_unnamed_when_two_people_are_quoted_later() -> None:
    text = TITLE_FIRST + (
        '\n\nA líder da oposição, Marta Calado Reis, respondeu que "o Governo está acabado".'
    )
    assert speakers(text) == [None, None, "Rui Tavares Mendonça", "Marta Calado Reis"]


def test_a_title_naming_no_one_is_not_the_person_named_with_another_title() -> None:
    text = (
        'O primeiro-ministro afirmou que "o Governo está unido".\n\n'
        'O líder da oposição, Rui Tavares Mendonça, contrapôs que "o Governo está acabado".'
    )
    assert speakers(text) == [None, "Rui Tavares Mendonça"]


def test_a_title_naming_no_one_is_not_given_past_someone_else_named_first() -> None:
    text = (
        'O presidente afirmou que "o país está unido".\n\n'
        "Os antigos presidentes Jorge Sampaio Neves e Aníbal Cunha Rego enviaram mensagens.\n\n"
        'Rui Tavares Mendonça declarou que "a festa foi bonita".'
    )
    assert speakers(text)[0] is None


def test_a_surname_right_before_its_verb_speaks_after_an_apposed_name() -> None:
    text = (
        "La canciller Diana Mondragón habló con la radio.\n\n"
        "Sobre el cruce entre el presidente y su par mexicano, Manuel López Obrador, "
        "Mondragón opinó: “No tenemos un tema de Estado”."
    )
    assert speakers(text) == ["Diana Mondragón"]


def test_a_title_after_the_comma_of_a_topic_is_the_subject() -> None:
    text = (
        "La canciller Diana Mondragón dijo a la radio: “No se han roto relaciones con nadie”.\n\n"
        "En cuanto al cruce entre los jefes de estado, la funcionaria aseveró: “Tenemos "
        "mucho comercio”."
    )
    assert speakers_and_roles(text) == [
        ("Diana Mondragón", "canciller"),
        ("Diana Mondragón", "funcionaria"),
    ]


def test_a_word_for_any_official_gives_way_to_the_subject_of_the_sentence() -> None:
    text = (
        'A ministra Teresa Lins Albuquerque disse que "a água chega a todos".\n\n'
        'Ronaldo Meira Cavalcanti não se convenceu. "A água é uma só", rebateu o dirigente.'
    )
    assert speakers(text) == ["Teresa Lins Albuquerque", "Ronaldo Meira Cavalcanti"]


def test_and_then_a_dropped_subject_goes_on_with_the_speaker() -> None:
    text = (
        "La canciller Diana Mondragón dijo: “No se han roto relaciones”.\n\n"
        "Y concluyó su idea señalando: “Quisiera bajarle los decibeles a esto”.\n\n"
        "Y luego añadió: “No es conducente para nadie”."
    )
    assert speakers(text) == ["Diana Mondragón"] * 3


def test_and_then_a_subject_with_its_article_is_a_title() -> None:
    text = (
        "La canciller Diana Mondragón dijo: “No se han roto relaciones”.\n\n"
        "El ministro Pedro Salas Ortiz habló después.\n\n"
        "Y el ministro añadió: “No es conducente”."
    )
    assert speakers_and_roles(text)[1] == ("Pedro Salas Ortiz", "ministro")


def test_a_romance_title_ends_where_its_holders_verb_starts() -> None:
    text = (
        "La canciller Diana Mondragón habló con la radio.\n\n"
        "En diálogo con TN, la canciller se refirió a la tensión con el gobierno y aseguró "
        "que “no se han roto relaciones”."
    )
    assert speakers_and_roles(text) == [("Diana Mondragón", "canciller")]


def test_a_dutch_portfolio_after_van_is_no_part_of_the_surname() -> None:
    text = (
        "Eelco Heinen, minister van Financiën, sprak met de pers.\n\n"
        'Minister Heinen van Financiën is boos. "Ik herken die woorden niet", zei Heinen.'
    )
    assert speakers(text) == ["Eelco Heinen"]


def test_a_name_after_a_gerund_past_the_title_is_what_the_holder_speaks_of() -> None:
    text = (
        "Mas Pedro Passos Coelho falou ao país para explicar que não aceita a demissão de "
        "Paulo Portas.\n\n"
        "«O país foi surpreendido com o pedido de demissão», começou por dizer o "
        "primeiro-ministro, revelando que quando propôs Maria Luís Albuquerque para "
        "ministra das Finanças nada faria prever «os acontecimentos verdadeiramente "
        "impensáveis» desta terça-feira.\n\n"
        "«Não pedi a exoneração do ministro de Estado», afirma o primeiro-ministro, "
        "rejeitando a vontade de Paulo Portas.\n\n"
        "Mas vai mais longe e assegura que também não sai: «Não me demito. Não abandono o "
        "meu país.»"
    )
    assert speakers(text) == ["Pedro Passos Coelho"] * 4


def test_a_qualified_title_is_the_one_named_last_not_the_speaker_before() -> None:
    text = (
        "Türkiye Ulaştırma Bakanı Kemal Sarıgül ile Irak Ulaştırma Bakanı Muhannad Sabri "
        "el-Hafaci törene katıldı.\n\n"
        "Sarıgül, “2028'in sonunda ilk test treninin ulaşmasını hedefliyoruz” diye konuştu.\n\n"
        "Sarıgül'ün bu sözlerine gülümseyerek karşılık veren Iraklı bakan, “Biz de trenin "
        "Bağdat'a ondan önce varacağından eminiz” dedi."
    )
    assert speakers(text)[1] == "Muhannad Sabri el-Hafaci"


DIGEST_CREDITS_BELOW = (
    "As melhores frases da semana\n\n"
    "“Dirigi durante uma dúzia de anos o Partido Socialista e tínhamos oposição.”\n\n"
    "António Campos, fundador do PS\n\n"
    "Lusa, 06-11-2015\n\n"
    "“Faço as coisas às claras e não vou alimentar qualquer guerrilha.”\n\n"
    "Francisco Assis, eurodeputado do PS\n\n"
    "06-11-2015\n\n"
    "“A cor política do Governo não será o que mais importará aos agentes.”\n\n"
    "Teixeira dos Santos, antigo ministro das Finanças\n\n"
    "07-11-2015"
)


def test_credits_under_a_digests_quotations_name_their_speakers_and_head_nothing() -> None:
    assert speakers_and_roles(DIGEST_CREDITS_BELOW) == [
        ("António Campos", None),
        ("Francisco Assis", None),
        ("Teixeira dos Santos", "antigo ministro das Finanças"),
    ]
    assert headings(DIGEST_CREDITS_BELOW) == ["As melhores frases da semana"]


def test_a_dash_credit_may_open_with_an_abbreviated_or_joined_title() -> None:
    text = (
        "The week's top quotes in politics:\n\n"
        '"This should be a no-brainer. It should have gotten done weeks ago."\n\n'
        "—President Barack Obama, calling on Congress to stop a hike on loan rates.\n\n"
        '"If you were 4 years old when your parents brought you here, you have a lot to '
        'contribute."\n\n'
        "—Sen. Marco Rubio (R-Fla.), disagreeing with the president's move.\n\n"
        '"One of my greatest concerns as secretary is the dysfunction in Washington."\n\n'
        "—Secretary of Defense Leon Panetta, slamming congressional gridlock."
    )
    assert speakers(text) == ["Barack Obama", "Marco Rubio", "Leon Panetta"]


def test_an_announced_collection_of_quotations_is_the_one_person_named_above() -> None:
    text = (
        "Wien (APA) - Bundespräsident Heinz Fischer hat in einem Interview eine Bilanz "
        "seiner Amtszeit gezogen. Eine Sammlung von Zitaten:\n\n"
        "„Menschen sind überhaupt das Interessanteste auf der Welt.“ (über seine Reisen)\n\n"
        "„Was die Außenpolitik betrifft, habe ich am meisten von Bruno Kreisky gelernt.“\n\n"
        "„Afrika war vielleicht etwas unterbelichtet“ (über die Auswahl der Reiseziele)"
    )
    assert speakers(text) == ["Heinz Fischer"] * 3


def test_a_collection_announced_under_two_names_is_nobodys() -> None:
    text = (
        "Heinz Fischer und Bruno Kreisky haben sich getroffen. Eine Sammlung von Zitaten:\n\n"
        "„Menschen sind überhaupt das Interessanteste auf der Welt.“"
    )
    assert speakers(text) == [None]


def test_a_full_name_alone_after_a_whole_quoted_sentence_credits_it() -> None:
    text = (
        "Le migliori frasi dei politici italiani\n\n"
        '"Siamo uomini pubblici e abbiamo dei doveri pubblici." _ Renato Brunetta_\n\n'
        '"Chi vuol fare cadere questo Governo deve farlo guardandomi negli occhi." '
        "Silvio Berlusconi"
    )
    assert speakers(text) == ["Renato Brunetta", "Silvio Berlusconi"]


def test_a_place_alone_after_a_quotation_is_no_credit() -> None:
    text = '"We will rebuild every house in this town." New Orleans'
    assert speakers(text) == [None]


def test_a_name_after_a_quotation_cut_at_its_comma_is_no_credit() -> None:
    text = (
        '"Likoma is an island with one boat, and when the boat stops," Likoma District\n\n'
        'Commissioner Chisomo Banda-Phiri told the paper, "the island stops."'
    )
    assert speakers(text)[0] != "Likoma District"


def test_turkish_speech_announced_as_follows_after_the_subjects_comma() -> None:
    text = (
        "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan toplantıya katıldı.\n\n"
        "Saldırıyı kontrol altına almayı başardıklarını belirten Erdoğan, şöyle konuştu:\n\n"
        '"Her şeyde bir hayır vardır. Reformlarımızı hızlandırmış olduk."'
    )
    assert speakers(text) == ["Recep Tayyip Erdoğan"]


def test_a_portuguese_cedilla_makes_no_turkish_subjects_comma() -> None:
    text = (
        "O primeiro-ministro António Costa esteve em Braga.\n\n"
        "Durante a inauguração, o primeiro-ministro lembrou o Plano de Recuperação e "
        'Resiliência, afirmando que "é nisso que nos temos de focar".'
    )
    assert speakers(text) == ["António Costa"]


def test_polish_declared_is_a_cue() -> None:
    text = (
        '"Zaprosiłem pięć krajów do Polski" - oświadczył minister rolnictwa Robert Telus.\n\n'
        '"Ale pięć krajów przyjedzie i wypracujemy wspólne stanowisko" - zadeklarował.'
    )
    assert speakers(text) == ["Robert Telus", "Robert Telus"]


def test_armenian_present_cues_and_an_acronym_only_with_its_hyphen() -> None:
    text = (
        "«Էջմիածին քաղաքում որևէ խանութ չի փակվել»,- վստահեցնում է ՀՀ երկրապահ "
        "կամավորականների միության նախագահ Մանվել Գրիգորյանը:\n\n"
        "Կապալառու ընկերության տնօրեն Վարդան Մուրադյանը պնդում է, որ ուշացումն իրենց "
        "մեղքով չէ. «Նախագիծը մեզ հանձնեցին երկու շաբաթ ուշ»։"
    )
    assert speakers_and_roles(text)[1] == ("Վարդան Մուրադյան", "Կապալառու ընկերության տնօրեն")
    assert speakers(text)[0] == "Մանվել Գրիգորյան"


def test_a_list_of_names_and_their_quotations_has_no_headline() -> None:
    text = (
        "ნიკა ჩიტაძე: „უკრაინასა და დასავლეთში აცნობიერებენ, რომ ივანიშვილი ყველაფერს "
        "გააკეთებს“\n\n"
        "მურმან დუმბაძე: „დასავლეთმა ირაკლი ღარიბაშვილი გააფრთხილა, შენ არ ხარ“\n\n"
        "გიორგი გუგავა: „ამერიკა რომ არა, რუსული ფაქტორი ბოლომდე გადაგვყლაპავდა“\n\n"
        "გიორგი ჩალაძე: „ნაციონალურ მოძრაობაში“ „ქართული ოცნების“ ტერმინოლოგიით ვხედავ“"
    )
    assert speakers(text)[:3] == ["ნიკა ჩიტაძე", "მურმან დუმბაძე", "გიორგი გუგავა"]


def test_a_digest_entrys_topic_line_stays_with_its_credit() -> None:
    text = (
        "ЦИТАТИ ТИЖНЯ\n\n"
        "Микола Азаров,\nПрем’єр–міністр України\n— про свої лопати й городи:\n\n"
        "— Досить скиглити, беріть лопату та садіть картоплю.\n\n(канал «Мір»)\n\n"
        "Руслан Кошулинський,\nзаступник Голови ВР від ВО «Свобода»\n"
        "— про призначення своєї партії в парламенті:\n\n"
        "— Блокувати Раду — це не єдиний наш коник.\n\n(«Контракти»)"
    )
    assert speakers(text) == ["Микола Азаров", "Руслан Кошулинський"]


def test_two_curly_single_marks_are_a_double_one() -> None:
    text = (
        "Dakar, 8 août (APS) – La presse se fait l’écho de la conférence d’Alpha Condé.\n\n"
        "‘’Il n’y a pas de problème entre Macky et moi’’, précise Alpha Condé, avant "
        "d’ajouter : ‘’Que les chefs de l’Etat reçoivent mes opposants ne me gêne pas’’."
    )
    assert [str(q["text"]).split()[0] for q in quotes(text)] == ["Il", "Que"]
    assert speakers(text) == ["Alpha Condé", "Alpha Condé"]


def test_credits_over_the_quotations_keep_heading_their_entries() -> None:
    text = (
        "As frases do dia\n\n"
        "Pedro Nuno Santos, secretário-geral do PS\n\n"
        "“Este orçamento é uma desilusão para os portugueses.”\n\n"
        "André Ventura, presidente do Chega\n\n"
        "“Os portugueses estão fartos de promessas.”\n\n"
        "Rui Rocha, presidente da Iniciativa Liberal\n\n"
        "“O país precisa de crescer mais depressa.”"
    )
    assert speakers(text) == ["Pedro Nuno Santos", "André Ventura", "Rui Rocha"]


def test_bylines_under_quotations_credit_no_speaker() -> None:
    text = (
        "Cimeira europeia termina sem acordo\n\n"
        "“Não há acordo sobre o orçamento.”\n\n"
        "Rui Gomes, em Bruxelas\n\n"
        "“Voltaremos a reunir-nos em março.”\n\n"
        "Ana Ribeiro, enviada especial a Bruxelas"
    )
    assert speakers(text) == [None, None]


def test_a_reporters_vox_pop_is_no_collection_of_his_words() -> None:
    text = (
        "Reporterin Anna Schmidt hat in Köln Passanten befragt. Einige Zitate:\n\n"
        "„Ich bin enttäuscht von allen Parteien.“\n\n"
        "„Endlich gibt es einen Wechsel.“"
    )
    assert speakers(text) == [None, None]


def test_a_headline_quoting_someone_over_prose_stays_the_headline() -> None:
    text = (
        'Keir Starmer: "We will rebuild Britain"\n\n'
        'Prime Minister Starmer: "This government will deliver change from day one." He '
        "made the pledge outside Downing Street on Friday after a landslide victory.\n\n"
        "Labour won 412 seats, the party's best result since 2001.\n\n"
        "The Conservatives suffered their worst defeat in history."
    )
    assert headings(text) == ['Keir Starmer: "We will rebuild Britain"']


def test_an_agendas_dash_lines_are_no_credits_topic() -> None:
    text = (
        "Порядок денний засідання:\n— про бюджет на 2025 рік:\n"
        "— доповідає міністр фінансів Сергій Марченко.\n— про ремонт доріг:\n"
        "— доповідає голова обласної адміністрації."
    )
    assert len(paragraph_texts(text)) == 5


def test_an_adjective_of_office_is_no_gerund() -> None:
    text = (
        '"It has been the privilege of my life," said the SNP leader, outgoing First Minister '
        "Humza Yousaf."
    )
    assert speakers(text) == ["Humza Yousaf"]


def test_a_place_after_a_counterpart_is_no_surname_speaking() -> None:
    text = (
        "O porta-voz da Comissão, Eric Mamer, Bruxelas garantiu: «Não haverá exceções para "
        "ninguém»."
    )
    assert speakers(text) == ["Eric Mamer"]


def test_and_then_a_plural_subject_is_no_dropped_one() -> None:
    text = (
        "Pedro Sánchez defendió: “Es una apuesta por la convivencia”.\n\n"
        "Pero algunos socios advirtieron: “No es suficiente”.\n\n"
        "Y vecinos afectados dijeron: “Nadie nos ha preguntado”."
    )
    assert speakers(text) == ["Pedro Sánchez", None, None]


def test_a_turkish_given_name_is_no_dutch_house() -> None:
    text = "“Bu ülke böyle yönetilmez” dedi Kamer Genç."
    assert speakers(text) == ["Kamer Genç"]


def test_a_credit_under_a_quotation_is_no_sentence_broken_before_the_next() -> None:
    text = (
        "Residents fight plan for new runway\n\n"
        "Residents packed the town hall on Tuesday evening to oppose the expansion.\n\n"
        '"Nobody asked us what we wanted."\n\n'
        "Margaret Hughes, retired teacher\n\n"
        "The airport says the runway will bring 3,000 jobs to the area.\n\n"
        '"We will keep fighting until the plan is dropped."\n\n'
        "David Clarke, chairman of the residents' association\n\n"
        "The council will vote on the plan next month."
    )
    assert speakers_and_roles(text)[1] == (
        "David Clarke",
        "chairman of the residents' association",
    )


def test_some_quotations_announced_name_no_one() -> None:
    text = (
        "Mark Rutte nam afscheid als premier. Enkele citaten:\n\n"
        "“Ik heb daar geen actieve herinnering aan.”\n\n"
        "“Nederland is een fantastisch land.”"
    )
    assert "Enkele" not in speakers(text)


def test_a_party_after_a_name_under_a_quotation_credits_it() -> None:
    text = (
        "Frases de la semana\n\n"
        "“España no se rinde.”\n\n"
        "Santiago Abascal, de Vox\n\n"
        "“Vamos a gobernar para todos.”\n\n"
        "Alberto Núñez Feijóo, presidente del PP"
    )
    assert speakers(text) == ["Santiago Abascal", "Alberto Núñez Feijóo"]
