"""Shapes of session 52 (real web texts), on invented text: dash credits under a quote
digest's entries, French "De X" credits, credit lines closed by a gallery's source, papers
as subjects, comparisons, Turkic case endings, nested straight marks, Slavic hyphen speech."""

from __future__ import annotations

from tests.transforms.parsed import attributions, quotes, speakers, speakers_and_roles
from transforms.persons import find_names


def test_a_dash_credit_under_each_quotation_closes_its_entry() -> None:
    text = (
        "Quotes of the week\n\n"
        '"We will not raise taxes this year, whatever the markets say."\n\n'
        "- Mary Doyle, finance minister.\n\n"
        '"The harbour will be dredged before the summer season begins."\n\n'
        "- Tom Keane, harbour master, on the works.\n"
    )
    assert speakers(text) == ["Mary Doyle", "Tom Keane"]


def test_a_french_credit_after_a_title_names_the_holder_for_both_quotations() -> None:
    text = (
        'Prudent - "Nous verrons bien ce que donnera la saison". "Il faut rester calme". '
        "Du maire de Rouen Paul Lemaire au sujet des travaux du port.\n\n"
        'Direct - "La réforme passera avant l\'été". De Anne Morel, en réaction aux '
        "critiques des syndicats.\n"
    )
    assert speakers(text) == ["Paul Lemaire", "Paul Lemaire", "Anne Morel"]


def test_a_galleries_credit_line_reads_past_parties_and_its_source() -> None:
    text = (
        "Die Worte der Woche\n\n"
        "„Wir werden die Brücke noch in diesem Jahr sanieren.“ Klaus Berger, "
        "Verkehrsminister (SPD), zur Sperrung der Talbrücke bei Hagen Quelle: dpa\n\n"
        "„Das Geld ist längst verplant.“ Petra Lange, Finanzministerin (CDU), über den "
        "Haushalt des Landes Quelle: dpa\n"
    )
    assert speakers_and_roles(text) == [
        ("Klaus Berger", "Verkehrsminister"),
        ("Petra Lange", "Finanzministerin"),
    ]


def test_a_paper_opening_the_sentence_before_the_colon_is_its_subject() -> None:
    text = (
        "Le journal libéral Dagens Tidning n'est pas tendre avec le premier ministre : « On ne "
        "gouverne pas un pays par des annonces. »"
    )
    assert attributions(text) == [(None, "Dagens Tidning")]


def test_a_paper_citing_a_named_person_before_the_colon_gives_the_persons_words() -> None:
    text = "To Vima cite Alexis Tsipras : « nous tiendrons nos engagements jusqu'au bout »."
    assert speakers(text) == ["Alexis Tsipras"]


def test_a_city_named_like_a_person_is_no_speaker() -> None:
    assert [n.text for n in find_names("Il a parlé à New York et à Tel Aviv mardi.")] == []


def test_and_then_a_reporting_verb_and_that_keep_the_subject_before_the_quotation() -> None:
    text = (
        "Martín Ruiz apeló a buscar «las mejores relaciones posibles con los vecinos» e indicó "
        "que el Gobierno debe pensar en los exportadores."
    )
    assert attributions(text) == [("Martín Ruiz", None)]


def test_a_comparison_names_no_subject() -> None:
    text = (
        'Net als Van Dijk eerder deze week zei Jan de Vries dat het plan doorgaat. "Het '
        'plan vraagt uiteraard om een kabinet dat slagvaardig is."'
    )
    assert speakers(text) == ["Jan de Vries"]


def test_a_named_subject_after_and_takes_the_verb_for_the_next_quotation() -> None:
    text = (
        'Per il ministro della Salute, Marco Verdi, la vittoria è possibile "il nemico è '
        'l\'astensione" ed Enrico Bianchi - che oggi è in Puglia - ribadisce il "no alle '
        'larghe intese con il centrodestra".'
    )
    assert speakers(text) == ["Marco Verdi", "Enrico Bianchi"]


def test_the_authors_words_between_dashes_inside_the_marks_name_its_speaker() -> None:
    text = (
        "“Nessuno è oggetto di odio come me”, dice la premier, Laura Neri. “Laura – tuona il "
        "leader dei Verdi, Paolo Conti – sarebbe fiera di te la vecchia guardia!”"
    )
    assert speakers(text)[-2:] == ["Paolo Conti", "Paolo Conti"]


def test_a_country_in_a_turkic_case_is_no_name() -> None:
    text = "Əgər bunu edə bilmirsə Ermənistanı Rusiyanın təsirindən xilas etməlidir."
    assert [n.text for n in find_names(text)] == ["Əgər"]


def test_a_turkic_plural_noun_in_a_case_opens_no_name() -> None:
    names = [n.text for n in find_names("Qaçqın və Məcburi Köçkünlərlə iş üzrə Komitənin sədri")]
    assert "Məcburi Köçkünlərlə" not in names


def test_a_surname_like_a_country_with_a_short_ending_is_still_a_name() -> None:
    assert [n.text for n in find_names("Peter Kubala said so.")] == ["Peter Kubala"]


def test_the_genitive_before_according_to_in_azerbaijani_is_the_source() -> None:
    text = (
        "Minsk qrupunun fəaliyyətini tənqid edən Əli Həsənovun fikrincə Qarabağ münaqişəsinin "
        "həlli Amerikadan keçir : “Amerika Rusiya ilə qarşı-qarşıya oturub danışmalıdır”."
    )
    assert speakers(text) == ["Əli Həsənov"]


def test_an_armenian_place_before_the_verb_yields_to_the_full_name_after_it() -> None:
    text = (
        "«Այսօր մեր դրոշը ծածանվում է», - Շուշի կատարած այցի ընթացքում այսօր հայտարարել է "
        "Ադրբեջանի նախագահ Իլհամ Ալիևը։\n\nԱյլ լուրեր։\n"
    )
    assert speakers(text)[0] == "Իլհամ Ալիև"


def test_a_title_with_its_party_in_marks_renames_the_speaker_of_the_paragraph_before() -> None:
    text = (
        "Петро Мельник зазначив, що Іван Коваль і Олег Бондар проводять однакову політику. "
        "«Це два політики-близнюки», - зазначив Мельник.\n\n"
        "«Коваль – це завжди білет на війну», - підкреслив лідер «Нашої партії».\n"
    )
    assert speakers(text) == ["Петро Мельник", "Петро Мельник"]


def test_a_straight_quotation_nested_in_a_straight_one_keeps_the_outer_whole() -> None:
    text = (
        '"Я не боюся нікого. І ці "хлопчики" - не перші, хто хотів мене злякати. Нічого '
        'у них не вийде", - заявив Петро Мельник.'
    )
    first = quotes(text)[0]
    assert str(first["text"]).endswith("Нічого у них не вийде")
    assert first["speaker"] == "Петро Мельник"


def test_two_surnames_in_two_cases_are_two_persons() -> None:
    names = [n.text for n in find_names("про легалізацію Медведчука Порошенком у політиці")]
    assert "Медведчука Порошенком" not in names


def test_hyphen_speech_under_a_topic_label_in_a_quote_digest() -> None:
    text = (
        "ЦИТАТЫ НЕДЕЛИ\n\n"
        "Иван Петров,\nпремьер-министр\n- О бюджете:\n\n"
        "- Денег хватит на все программы. Никто не останется без зарплаты.\n\n"
        "Олег Сидоров,\nнародный депутат\n- О парламенте:\n\n"
        "- Что это такое? Депутаты не ходят на заседания и плюют на работу.\n"
    )
    assert speakers(text) == ["Иван Петров", "Олег Сидоров"]


def test_a_hyphen_sentence_alone_in_a_text_of_authored_hyphen_speech_is_speech() -> None:
    text = (
        "- Rząd ma być inaczej zbudowany. Warto zacząć marsz w drugą stronę - tłumaczył "
        "prezes partii.\n\n"
        "Podkreślił jednak, że nie będzie mówił o nazwiskach.\n\n"
        "- Tu właśnie trzeba się wzorować na państwach zachodnich.\n\n"
        "Potem wyszedł z sali.\n"
    )
    assert len(quotes(text)) >= 1
    assert str(quotes(text)[0]["text"]).startswith("Rząd ma być")


def test_an_unnamed_politician_quoted_by_the_paper_is_nobody_named() -> None:
    text = (
        'Minister Anna Nowak zostanie w rządzie. Minister rolnictwa "będzie musiał odejść, '
        'jeśli wejdziemy w koalicję" - przekonuje cytowany przez gazetę polityk partii.'
    )
    assert speakers(text)[-1] is None


def test_an_armenian_full_stop_ends_a_sentence_not_a_headline() -> None:
    text = (
        "«Այսօր մեր դրոշը ծածանվում է», - այսօր հայտարարել է նախագահ Իլհամ Ալիևը։\n\n"
        "Նախագահը ժամանել էր քաղաք հոր ծննդյան օրը։\n\n"
        "«Իմ հայրը չտեսավ այս օրը», - հայտարարել է Ալիևը։\n"
    )
    assert len(quotes(text)) == 2


def test_a_run_of_entries_credited_by_sentences_below() -> None:
    text = (
        "Aldus\n\n"
        "„Niet duidelijk is wie wat heeft gedaan in deze zaak.”\n\n"
        "Léon Smit, voorzitter van de commissie, over het rapport.\n\n"
        "„D66 en GroenLinks renden weg van de onderhandelingstafel toen het moeilijk werd.”\n\n"
        "JOVD-voorzitter Martijn de Boer geeft op het congres een andere verklaring.\n"
    )
    assert speakers(text) == ["Léon Smit", "Martijn de Boer"]


# Review guards: near variants where this session's rules must not fire.


def test_a_bullet_list_under_a_quoted_title_is_no_credit() -> None:
    text = (
        "Agenda for Tuesday:\n\n"
        '"Brexit: the road ahead"\n'
        "- Theresa May, statement in the Commons.\n"
        "- Jeremy Corbyn, reply.\n"
        "- Vote on the amendment.\n"
    )
    assert speakers(text) == [None] * len(quotes(text))


def test_a_news_bullet_with_its_own_verb_under_a_quotation_is_no_credit() -> None:
    text = (
        "Revue de presse\n\n"
        "« Le président joue son va-tout. »\n"
        "- Emmanuel Macron, en visite à Marseille mardi, a promis un plan de 5 milliards "
        "d'euros pour les quartiers nord.\n"
        "- Marine Le Pen, de son côté, a dénoncé une opération de communication.\n"
    )
    assert speakers(text)[0] is None


def test_a_person_named_like_a_city_still_speaks() -> None:
    text = (
        "In his declaration of independence in 1945, Ho Chi Minh quoted the American "
        'founders. "Nothing is more precious than independence and freedom," Ho Chi Minh '
        "declared."
    )
    assert speakers(text) == ["Ho Chi Minh"]


def test_a_paper_citing_a_city_names_no_speaker() -> None:
    text = "La Vanguardia cita Bruselas: «España cumplirá el objetivo de déficit este año»."
    assert speakers(text) == [None]


def test_a_diary_or_a_study_is_no_paper() -> None:
    text = (
        'The paper by Smith and colleagues reaches a stark conclusion: "Sea levels will '
        'rise twice as fast as predicted by 2100."'
    )
    assert attributions(text)[0][1] != "Smith"


def test_and_said_that_keeps_its_verb() -> None:
    text = (
        'Chancellor Rachel Reeves defended the budget on Sunday. "These are the choices of a '
        'responsible government" and said that the Treasury would publish its forecasts.'
    )
    (quote,) = quotes(text)
    assert (quote["speaker"], quote["cue"]) == ("Rachel Reeves", "said")


def test_as_someone_said_names_the_speaker() -> None:
    text = 'Così come Giorgia Meloni ha detto ieri, "l\'Italia è tornata protagonista in Europa".'
    assert speakers(text) == ["Giorgia Meloni"]


def test_a_galleries_photo_credit_is_no_part_of_the_name() -> None:
    assert speakers('"Die Lage ist ernst, aber beherrschbar." Heiko Maas Foto: dpa') == [
        "Heiko Maas"
    ]


def test_a_captions_sentence_before_the_source_credits_nobody() -> None:
    text = (
        '"Wir stehen an der Seite der Ukraine." Bundeskanzler Scholz lobte Emmanuel Macron. '
        "Quelle: dpa"
    )
    assert speakers(text)[0] != "Emmanuel Macron"


def test_turkish_surnames_like_plurals_or_countries_in_a_case_stay_names() -> None:
    names = [
        n.text for n in find_names("Fatma Ağaoğulları ve Aleksandr Malinin ile Malinda Kovačić")
    ]
    assert names == ["Fatma Ağaoğulları", "Aleksandr Malinin", "Malinda Kovačić"]


def test_a_place_in_the_locative_before_according_to_is_no_source() -> None:
    text = (
        "Bakıda ekspertlərin fikrincə, İlham Əliyev yaxın vaxtlarda Vaşinqtona səfər edəcək: "
        '"Səfər sülh sazişinin imzalanması ilə nəticələnə bilər".'
    )
    assert speakers(text) != ["Bakıda"]


def test_an_armenian_subject_in_the_nominative_before_the_verb_speaks() -> None:
    text = (
        "«Մենք պատրաստ ենք շարունակել բանակցությունները», - Միրզոյանը հայտարարել է "
        "Վաշինգտոնում՝ Անտոնի Բլինքենի հետ հանդիպումից հետո։"
    )
    assert speakers(text) != ["Անտոնի Բլինքեն"]


def test_one_straight_mark_closing_both_quotations_ends_the_outer_one() -> None:
    text = (
        '"Ми голосуватимемо за "Слугу народу", - сказав Давид Арахамія. "Інші фракції поки '
        'не визначилися", - додав він.'
    )
    assert speakers(text)[-1] == "Давид Арахамія"
    assert "сказав" not in str(quotes(text)[0]["text"])


def test_an_arabic_name_ending_like_two_cases_is_one_name() -> None:
    assert speakers('"Мы готовы к перемирию", - сказал представитель ХАМАС Хамза Салем.') == [
        "Хамза Салем"
    ]


def test_a_notices_label_over_a_hyphen_line_is_no_speech() -> None:
    text = (
        "Анонс події\n\n"
        "Форум місцевого самоврядування відбудеться у Києві.\n"
        "- Місце проведення:\n"
        "- Український дім, вул. Хрещатик, 2.\n\n"
        "Реєстрація учасників триває до 1 березня.\n"
    )
    assert quotes(text) == []


def test_a_footnote_among_authored_hyphen_speech_is_no_speech() -> None:
    text = (
        "Spotkanie z wyborcami\n\n"
        "- Nie podniesiemy podatków - mówił Donald Tusk w Gdańsku.\n\n"
        "Na spotkanie przyszło kilkaset osób. Padały pytania o ceny energii.\n\n"
        "- Artykuł powstał we współpracy z Polską Agencją Prasową.\n"
    )
    assert speakers(text) == ["Donald Tusk"]


def test_someone_answering_takes_the_title_of_the_next_quotation() -> None:
    text = (
        "Jarosław Kaczyński spotkał się z dziennikarzami. „Nie będzie koalicji z Platformą” – "
        "powiedział Kaczyński. Odpowiedział mu Donald Tusk.\n\n"
        "„To kłamstwo od początku do końca” – podkreślił lider „Platformy Obywatelskiej”.\n"
    )
    assert speakers(text) == ["Jarosław Kaczyński", "Donald Tusk"]


def test_a_sentence_with_no_title_under_an_entry_is_no_credit() -> None:
    text = (
        "Party conference: what they said\n\n"
        '"We have to be the party of working people again, not of the City."\n\n'
        "Keir Starmer, Labour leader, in his keynote.\n\n"
        '"The delegates voted overwhelmingly for the motion on rail."\n\n'
        "Angela Rayner arrived at the hall late on Tuesday afternoon.\n"
    )
    assert speakers(text) == ["Keir Starmer", None]


def test_a_pronoun_after_two_titled_names_is_the_latest_full_name() -> None:
    text = (
        "Hochwasser\n\n"
        "Bürgermeister Schneider (CDU) besuchte am Montag die betroffenen Straßen. Danach "
        "sprach Landrat Jürgen Pföhler mit Anwohnern.\n\n"
        '"Wir lassen niemanden allein", sagte er.\n'
    )
    assert speakers(text) == ["Jürgen Pföhler"]


def test_two_quotations_with_their_stops_inside_share_the_de_credit() -> None:
    text = (
        "Les phrases du jour\n\nRetraites - « Nous ne céderons pas. » « Le texte sera voté. » "
        "Du maire de Tourcoing Paul Morel au sujet de la réforme.\n"
    )
    assert speakers(text) == ["Paul Morel", "Paul Morel"]


def test_a_former_title_opens_a_de_credit() -> None:
    text = (
        "Les phrases du jour\n\nÉnergie - « Il n'y aura pas de coupures cet hiver. » De "
        "l'ancienne ministre Claire Dubois, en réaction aux annonces du gouvernement.\n"
    )
    assert speakers_and_roles(text) == [("Claire Dubois", "ancienne ministre")]
