"""Misfires a read-only review found in the session-46 rules (invented texts): a
German object after a verb ending in -en, a body before a Turkish converb, a semicolon
before a converb clause, parentheses that are asides or descriptions, news paragraphs under
quotations alone, a dateline in capitals, a sentence broken before its quotation, an elided
capital S, bodies' statements naming people; and from a second review: names that read as
another case or gender, contact lines that are no contact block, agencies in parentheses,
short digest credits, Turkish subjects with a paper or no title; and from a third: roles
holding a possessive name, short headlines under a quotation, bodies before a converb."""

from __future__ import annotations

from tests.transforms.parsed import paragraph_texts, speakers, speakers_and_roles


def test_a_german_object_after_a_verb_in_en_is_no_turkish_subject() -> None:
    text = (
        "Merz unter Druck\n\n"
        "Die Grünen kritisieren Friedrich Merz, „Er spaltet das "
        "Land mit seiner Rhetorik und schadet der Demokratie“.\n"
    )
    assert speakers(text) == [None]


def test_a_body_opening_a_converb_clause_is_no_speaker() -> None:
    text = (
        "Soruşturma\n\n"
        "Savcılık, şüpheli Mehmet Kaya'nın ifadesine dayanarak, “Olay "
        "planlı bir saldırıdır.”\n"
    )
    assert speakers(text) == [None]


def test_a_converb_clause_after_a_semicolon_has_its_own_subject() -> None:
    text = (
        "Görüşme\n\n"
        "Bahçeli, Erdoğan ile Beştepe'de bir saat görüştü; Cumhurbaşkanı "
        "Erdoğan da görüşmeyi değerlendirerek, “Cumhur İttifakı sapasağlam "
        "ayaktadır.”\n"
    )
    assert "Bahçeli" not in speakers(text)  # the words are Erdoğan's


def test_a_title_and_name_in_parentheses_with_a_relative_clause_is_no_credit() -> None:
    text = (
        "Argentina: la ley\n\n"
        "Los diputados aprobaron la llamada “Ley de Bases y "
        "Puntos de Partida para la Libertad de los Argentinos” (presidente de la "
        "Cámara, Martín Menem, quien condujo la sesión).\n"
    )
    assert speakers(text) == [None]


def test_a_parenthesis_sentence_after_a_full_stop_is_an_aside() -> None:
    text = (
        "Brasil: a reforma\n\n"
        "O texto foi aprovado na comissão por 20 votos a 6. “A "
        "reforma tributária é a mais importante das últimas décadas e vai simplificar "
        "a vida das empresas”. (Senador Otto Alencar, relator na comissão, votou "
        "contra e disse que o texto favorece o agronegócio.)\n"
    )
    assert speakers(text) == [None]


def test_a_parenthesis_saying_the_person_was_absent_is_no_credit() -> None:
    text = (
        "España: vivienda\n\n"
        "La manifestación recorrió el centro de Madrid bajo el "
        "lema “La vivienda es un derecho y no un negocio para los fondos buitre”. "
        "(Ministra de Vivienda, Isabel Rodríguez, no acudió a la marcha.)\n"
    )
    assert speakers(text) == [None]


def test_news_naming_someone_under_a_quotation_is_no_digest_credit() -> None:
    text = (
        "Flood defences fail again\n\n"
        "“We were told the barriers would hold, and they "
        "did not,” said resident Tom Hughes.\n\n"
        "The Environment Agency said the wall "
        "had been inspected in March.\n\n"
        "“The barrier was in good condition when we "
        "last checked it and met every standard.”\n\n"
        "Minister Emma Reynolds will visit "
        "the town on Friday, her office said.\n"
    )
    assert speakers(text) == [None, None]


def test_a_dateline_in_capitals_is_no_digest_credit() -> None:
    text = (
        "Resumo do dia\n\n"
        "“O governo não vai aumentar impostos em 2025, isso está fora "
        "de questão,” disse o ministro Fernando Haddad em entrevista.\n\n"
        "Leia também a "
        "cobertura completa da votação no Senado.\n\n"
        "“Vamos continuar lutando pela "
        "aprovação do projeto até o fim do ano.”\n\n"
        "JOÃO PESSOA, 12 de março — O "
        "governador da Paraíba inaugurou nesta terça-feira a nova ponte sobre o rio "
        "Sanhauá.\n"
    )
    assert speakers(text) == ["Fernando Haddad", None]


def test_a_sentence_about_someone_who_did_not_comment_is_no_credit() -> None:
    text = (
        "Greve dos professores\n\n"
        "“Estamos há oito meses sem reajuste e a rede "
        "estadual está sucateada.”\n\n"
        "A assembleia da categoria decidiu manter a "
        "paralisação por tempo indeterminado.\n\n"
        "“Não há dinheiro em caixa para "
        "conceder o aumento pedido neste momento.”\n\n"
        "Governador Tarcísio de Freitas "
        "viajou para Brasília na segunda e não comentou a greve.\n"
    )
    assert speakers(text) == [None, None]


def test_a_sentence_broken_before_its_quotation_keeps_its_speaker() -> None:
    text = (
        "Haddad e o arcabouço\n\n"
        "Em entrevista coletiva na sede do ministério, o "
        "ministro da Fazenda, Fernando Haddad, voltou a defender a meta fiscal e "
        "disse\n\n"
        "“Não há nenhuma possibilidade de mudarmos a meta de déficit zero "
        "neste ano.”\n\n"
        "A oposição, porém, duvida.\n"
    )
    assert speakers(text) == ["Fernando Haddad"]


def test_an_elided_capital_s_is_still_an_elision() -> None:
    text = (
        "Brabant\n\n"
        "‘S-Hertogenbosch krijgt een nieuw station. Wethouder Mike van der "
        "Geld zei: ‘Dit is een historische dag voor de hele stad en de regio.’\n"
    )
    assert speakers(text) == ["Mike van der Geld"]


def test_a_body_statement_naming_a_journalist_gives_no_speaker() -> None:
    text = (
        "Gözaltı\n\n"
        "İstanbul Valiliği, gazeteci Mehmet Kaya'nın gözaltına alındığını "
        "belirterek açıklamasında “Soruşturma titizlikle yürütülmektedir” ifadelerine "
        "yer verdi.\n"
    )
    assert speakers(text) == [None]


def test_a_report_naming_a_mayor_gives_no_speaker() -> None:
    text = (
        "Rapor\n\n"
        "Sayıştay raporunda, Ankara Büyükşehir Belediye Başkanı Mansur Yavaş "
        "dönemine ilişkin “Harcamalar mevzuata uygun yapılmıştır” ifadelerine yer "
        "verdi.\n"
    )
    assert speakers(text) == [None]


def test_a_ukrainian_surname_in_ko_is_not_cut_to_its_stem() -> None:
    text = "Новини\n\nЗа словами Юрія Бойка, «уряд не має плану на зиму».\n"
    assert "Юрій Бойк" not in speakers(text)


def test_a_womans_name_that_reads_as_a_mans_genitive_stays() -> None:
    text = "Новости\n\nРуслана Хазипова заявила: «Мы будем бороться».\n"
    assert speakers(text) == ["Руслана Хазипова"]


def test_valeria_before_a_surname_in_ova_is_a_woman() -> None:
    text = "Новини\n\nЕкс-голова НБУ Валерія Гонтарева заявила: «Банківська система стабільна».\n"
    assert speakers(text) == ["Валерія Гонтарева"]


def test_a_mans_given_name_in_a_keeps_him_a_man() -> None:
    text = (
        "Новини\n\n"
        "Як повідомили Миколі Азарову в уряді, «рішення ухвалено».\n\n"
        "Миколі "
        "Азарову відповів: «Ми не погоджуємося», — сказав Миколі Азарову речник.\n"
    )
    assert set(speakers(text)) == {"Микола Азаров"}


def test_a_contact_line_before_the_release_body_cuts_nothing() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\n"
        "Media contact:\nJane Doe, +1 555 0100\n\n"
        "ACME "
        "launches solar roof tiles\n\n"
        "ACME Corp. today announced a new line of solar "
        'roof tiles. "This is a milestone for us," said CEO John Smith.\n\n'
        "The tiles "
        "will be available in March.\n"
    )
    assert speakers(text) == ["John Smith"]


def test_a_contact_line_with_no_contact_details_cuts_nothing() -> None:
    text = (
        "Weekly update\n\n"
        'Our team met with reporters. "We are on track," said project '
        "lead Anna Lee.\n\n"
        "Press contact:\n\n"
        "After the meeting, Lee said she would "
        'hold a second briefing next week. "We will publish the figures then," she '
        "said.\n\n"
        "The figures cover the first quarter.\n"
    )
    assert len(paragraph_texts(text)) == 4


def test_a_person_and_a_news_agency_in_parentheses_is_no_dateline() -> None:
    text = (
        "Presseschau\n\n"
        "Sebastian Kurz (APA)\n\n"
        "Der frühere Kanzler sagte vor Gericht: "
        '"Ich habe nichts Falsches getan."\n\n'
        "Karl Nehammer (ÖVP)\n\n"
        '"Wir stehen '
        'zusammen", sagte Nehammer.\n'
    )
    assert speakers_and_roles(text)[0] == ("Sebastian Kurz", "frühere Kanzler")


def test_a_short_digest_credit_with_its_own_full_stop_credits() -> None:
    text = (
        "Quotes of the week\n\n"
        "“We will not be lectured by Brussels.”\n\n"
        "Nicola "
        "Sturgeon at Holyrood.\n\n"
        "“The NHS is in crisis.”\n\n"
        "Wes Streeting in the "
        "Commons.\n"
    )
    assert speakers(text) == ["Nicola Sturgeon", "Wes Streeting"]


def test_a_body_opening_a_converb_clause_with_no_full_name_is_no_speaker() -> None:
    text = (
        "Gündem\n\n"
        'Belediye, sosyal medyadan paylaşım yaparak, "Su kesintisi '
        'yaşanacak" dedi.\n\n'
        'Emniyet, açıklama yaparak, "Olayla ilgili 3 kişi '
        'gözaltına alındı" dedi.\n\n'
        'Cumhuriyet, manşetine taşıyarak, "Halk '
        'yoksullaşıyor" dedi.\n\n'
        'Yargıtay, kararını açıklayarak, "Bozma kararı '
        'verildi" dedi.\n'
    )
    assert set(speakers(text)) == {None}


def test_a_papers_writer_gives_place_to_his_words() -> None:
    text = (
        "Basın özeti\n\n"
        "Hürriyet yazarı Ahmet Hakan, bugünkü yazısında “Muhalefet bu "
        "kez çok hazırlıklı görünüyor” ifadelerine yer verdi.\n"
    )
    assert speakers(text) == ["Ahmet Hakan"]


def test_a_role_holding_a_possessive_name_keeps_it() -> None:
    text = (
        "Kremlin rejects plan\n\n"
        'MOSCOW (Reuters) - "There is nothing to discuss yet," '
        "said Vladimir Putin's spokesman Dmitry Peskov.\n\n"
        '"We are ready for talks," '
        "said Joe Biden's national security adviser Jake Sullivan.\n"
    )
    assert speakers_and_roles(text)[0] == ("Dmitry Peskov", "Vladimir Putin's spokesman")


def test_a_short_headline_under_a_quotation_is_no_credit() -> None:
    text = (
        "Live: Japan\n\n"
        "“This is a barbaric act and we condemn it in the strongest "
        "terms.”\n\n"
        "Shinzo Abe shot dead in Nara.\n\n"
        "“Our thoughts are with his family "
        "and the people of Japan.”\n\n"
        "Joe Biden at the White House.\n"
    )
    assert speakers(text)[0] is None
