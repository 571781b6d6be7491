"""Shapes of session 46 (real web texts), on invented text: a Turkish participle or converb
before the quotation whose subject speaks, a digest's credit in a parenthesis after a full
stop or after the title in apposition, a digest's credit paragraph under each quotation
(the name in capitals or after a title), and a whole quotation after a credit that ends on
a plain word (no broken paragraph)."""

from __future__ import annotations

from tests.transforms.parsed import headings, paragraph_texts, quotes, speakers, speakers_and_roles


def test_the_name_after_a_turkish_participle_is_the_speaker() -> None:
    text = (
        "Ziyaret\n\n"
        'Ekonominin günden güne geliştiğini vurgulayan Kemal Yıldırım, "Bugün bölgenin '
        'en güçlü limanıyız, söz sahibiyiz."'
    )
    assert speakers(text) == ["Kemal Yıldırım"]


def test_the_subject_opening_a_turkish_converb_clause_is_the_speaker() -> None:
    text = (
        "Ziyaret\n\n"
        "Belediye Başkanı Kemal Yıldırım, Bursa ile Batumi arasında imzalanan Kardeşlik "
        "Protokolü ile iki şehrin ilişkilerinin yeni bir seviyeye çıktığını belirterek, "
        '"Hem komşuyuz hem kardeşiz hem de artık ortağız."'
    )
    assert speakers(text) == ["Kemal Yıldırım"]


def test_a_parenthesis_credit_after_a_full_stop_and_after_its_title() -> None:
    text = (
        "Frases de la semana\n\n"
        "“No se detiene el proceso, no se puede detener y es lo más importante”. "
        "(Presidente Ramiro Solís al afirmar, en una entrevista con Canal 4, que el "
        "acuerdo sigue, martes 3)\n\n"
        "“Se determinó que se estaba construyendo un túnel hacia el banco”. (Ministro del "
        "Interior, Carlos Ibarra, en una rueda de prensa tras la detención, martes 3)"
    )
    assert speakers(text) == ["Ramiro Solís", "Carlos Ibarra"]


def test_a_digest_credits_each_quotation_in_the_paragraph_under_it() -> None:
    text = (
        "Frases da semana\n\n"
        "“Quero continuar no cargo. Não dá para mudar tudo agora, não é mesmo?”\n\n"
        "JOÃO MENDONÇA, governador do estado, em tom de brincadeira na reunião do conselho\n\n"
        "“A cidade precisa de mais escolas e de menos promessas vazias neste ano”\n\n"
        "Prefeita Helena Duarte em visita ao bairro da Lapa, sobre o orçamento"
    )
    assert speakers(text) == ["João Mendonça", "Helena Duarte"]


def test_a_quotation_alone_after_a_narration_paragraph_is_not_its_credit() -> None:
    text = (
        "Visita\n\n"
        "O governador João Mendonça visitou a escola e falou com os alunos na segunda-feira.\n\n"
        "“A cidade precisa de mais escolas e de menos promessas vazias neste ano.”\n\n"
        "Helena Duarte, a diretora, mostrou as salas novas aos visitantes."
    )
    assert speakers(text) != ["Helena Duarte"]


def test_an_office_periphrasis_is_not_another_title_sharing_its_words() -> None:
    text = (
        "Visita\n\n"
        "O Governo vai abrir novos consulados, anunciou o Presidente da República, Rui "
        "Vasconcelos.\n\n"
        "Rui Vasconcelos falava perante o ministro de Estado e dos Negócios Estrangeiros, "
        "Carlos Pinto, durante um encontro no Recife.\n\n"
        '"Não sei se o senhor ministro me autoriza a dizer", declarou o chefe de Estado.'
    )
    assert speakers(text) == ["Rui Vasconcelos"]


def test_a_digest_credit_paragraph_gives_the_title_in_apposition() -> None:
    text = (
        "Quotes of the week\n\n"
        "'The truth is I would have made a terrible member of parliament.'\n\n"
        "Kevin Marsh, the candidate, puts a brave face on the party's decision.\n\n"
        "'If I was given my job back, I think I'd take it, but I won't be offered it.'\n\n"
        "David Dunn, former shadow Home Secretary, shows a clear view of his future."
    )
    assert speakers_and_roles(text) == [
        ("Kevin Marsh", "candidate"),
        ("David Dunn", "former shadow Home Secretary"),
    ]


def test_a_parenthesis_credit_gives_its_title() -> None:
    text = (
        "Frases de la semana\n\n"
        "“Se determinó que se estaba construyendo un túnel hacia el banco”. (Ministro del "
        "Interior, Carlos Ibarra, en una rueda de prensa tras la detención, martes 3)"
    )
    assert speakers_and_roles(text) == [("Carlos Ibarra", "Ministro del Interior")]


def test_polish_hyphen_speech_credited_after_an_en_dash() -> None:
    text = (
        "O co chodzi?\n\n"
        "- Zakładam każdy scenariusz, a najbardziej poważnie traktuję te najgorsze. "
        "Sytuacja na świecie jest bardzo poważna – mówił w rozmowie z nami wicepremier "
        "Jan Nowacki.\n\n"
        "Tymczasem nasza rozmowa odbiła się szerokim echem w mediach.\n\n"
        "- To dobrze, że wasz wywiad się przebił. Agresja może się wydarzyć – mówi nam "
        "prof. Adam Lis, medioznawca."
    )
    assert speakers_and_roles(text) == [("Jan Nowacki", "wicepremier"), ("Adam Lis", "medioznawca")]


def test_a_single_quotation_opening_on_the_pronoun_i_is_no_elision() -> None:
    text = (
        "Quotes of the week\n\n"
        "‘I have broad shoulders and a thick skin and I think I shall survive.’\n\n"
        "Peter Mandel, the trade commissioner, responds to the accusation."
    )
    assert len(quotes(text)) == 1


def test_expuso_reports_the_words_of_the_last_speaker() -> None:
    text = (
        "Traviesos adversarios\n\n"
        "Ante los rumores, la secretaria de Gobernación, Olga Campos, dijo: "
        '"Estoy más firme que nunca".\n\n'
        "Expuso que son sus detractores quienes hablan de una salida. "
        '"Estos adversarios siempre están diciendo que yo renuncio o que me enfermo".'
    )
    assert speakers(text) == ["Olga Campos", "Olga Campos"]


def test_a_person_gives_place_to_words_a_body_statement_still_none() -> None:
    person = (
        "Basın\n\n"
        'Ahmet Kaya, yazısında "Bu gazete iktidar destekçisi ama farklı yaklaşımları '
        'olabiliyor" ifadelerine yer verdi.'
    )
    assert speakers(person) == ["Ahmet Kaya"]
    body = (
        "Basın\n\n"
        'Uzunoğlu, soruyu şöyle yanıtladı: "Bitmedi. Şirket itiraz edecek."\n\n'
        'Santrali yapmak isteyen Zilkale Enerji, açıklamasında "Proje tüm çevresel '
        'değerlendirmelerden geçmiştir ve yasal süreci başlatacağız" ifadelerine yer verdi.'
    )
    assert speakers(body) == ["Uzunoğlu", None]


def test_armenian_repeated_and_azerbaijani_gave_the_opinion_are_cues() -> None:
    armenian = (
        "Լուրեր\n\n"
        "Ադրբեջանի նախագահ Իլհամ Ալիևը հեռուստաուղերձով է հանդես եկել։\n\n"
        "Ալիևը կրկնել է, թե «Լեռնային Ղարաբաղի հակամարտությունն ավարտված է և այլևս "
        "գոյություն չունի»։"
    )
    assert speakers(armenian) == ["Իլհամ Ալիև"]
    azerbaijani = (
        "Mətbuat\n\n"
        "Milli Şuranın namizədi Cəmil Həsənli seçkilərin rezonansına “rəsmi Bakı "
        "Azərbaycanı dünyada rüsvayçılıq simvoluna çevirdi” rəyi verib."
    )
    assert speakers(azerbaijani) == ["Cəmil Həsənli"]


def test_a_genitive_name_before_the_speakers_name_is_another_persons() -> None:
    text = (
        "ГОЛОВНЕ\n\n"
        "Речниця представника України у ТКГ Леоніда Кучми Дарка Оліфер повідомила, що "
        "група досягла домовленості. “Під час відеоконференції досягнуто домовленості щодо "
        "звільнення утримуваних осіб до кінця року”, – повідомила Оліфер."
    )
    assert speakers(text) == ["Дарка Оліфер"]


def test_polish_if_opening_a_quotation_is_no_given_name() -> None:
    text = (
        "Przegląd prasy\n\n"
        "Poparłbym zamach marszałka Piłsudskiego - mówi w wywiadzie prezydent RP Lech "
        'Nowak. Podkreśla, że poparłby zamach "jako człowiek o przekonaniach patriotycznych '
        'i jako państwowiec". "Gdyby Piłsudski nie dokonał zamachu, władzę przejęłaby '
        'endecja" - czytamy w "Gazecie".'
    )
    assert speakers(text)[0] == "Lech Nowak"


def test_a_press_releases_dateline_alone_and_contact_block_are_no_paragraphs() -> None:
    text = (
        "Landeszeitung: Minister Weber lehnt Zahlungen ab\n\n"
        "Lüneburg (ots)\n\n"
        'Der Handelsminister Karl Weber hat vor Zahlungen gewarnt. "Wenn man alles tut, '
        'was sie wollen, dann geht das immer so weiter", sagte er der Landeszeitung.\n\n'
        "Pressekontakt:\n\n"
        "Rückfragen bitte an:\nLandeszeitung\nChefredaktion\nTel.: 04131 740 000\n\n"
        "Original-Content von: Landeszeitung, übermittelt durch news aktuell"
    )
    assert headings(text) == ["Landeszeitung: Minister Weber lehnt Zahlungen ab"]
    assert len(paragraph_texts(text)) == 1


def test_a_name_written_only_in_a_case_is_named_in_the_nominative() -> None:
    text = (
        "Новости\n\n"
        "По словам Сергея Лаврова, «Россия не будет участвовать в переговорах без "
        "гарантий».\n\n"
        "По словам Натальи Поклонской, «фильм не выйдет в прокат в этом году».\n\n"
        "Речниця Валерія Лутковська заявила: «Це величезне щастя для наших родин»."
    )
    assert speakers(text) == ["Сергей Лавров", "Наталья Поклонская", "Валерія Лутковська"]


def test_announced_is_a_cue_and_a_role_after_another_name_is_the_speakers() -> None:
    text = (
        "НОВО-ОГАРЕВО, 23 марта. /ТАСС/. Президент России Владимир Путин проводит "
        "совещание.\n\n"
        "После выступления руководителя Минсельхоза Дмитрия Патрушева президент объявил: "
        '"Мы прервемся минут на 15, наверное".'
    )
    assert speakers_and_roles(text) == [("Владимир Путин", "президент")]


def test_a_historian_is_a_title() -> None:
    digest = (
        "Frases de la semana\n\n"
        "“El barrio hoy no existe, pero fue un motor impresionante de vida social”. "
        "(Historiadora Milita Alfaro, quien estudió el Carnaval, domingo 1)"
    )
    assert speakers_and_roles(digest) == [("Milita Alfaro", "Historiadora")]
