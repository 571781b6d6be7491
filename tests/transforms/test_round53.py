"""Shapes of session 53 (real web texts), on invented text: gallery credits closed by their
topic, credits under quote-digest entries, reported clauses and titles, Turkic cases, quote
lists announced by a colon, interviews' answers, and single cues in several languages."""

from __future__ import annotations

from tests.transforms.parsed import quotes, speakers, speakers_and_roles
from transforms.normalize import normalize_text
from transforms.persons import find_names


def test_a_gallery_credit_after_the_name_gives_its_topic() -> None:
    text = (
        "Die Worte der Woche\n\n"
        "„Wir bauen die Brücke noch in diesem Jahr.“ Verkehrsminister Klaus Berger zur "
        "Sperrung der Talbrücke bei Hagen.\n\n"
        "„Das Geld ist längst verplant.“ Petra Lange, Finanzministerin von Hessen, über den "
        "Haushalt des Landes.\n\n"
        "„Wenn Hamburg wächst, wächst der Norden mit.“ Bürgermeister Jan Peters am Mittwoch "
        "im Rathaus in einer Rede zur Partnerschaft mit der Provinz Fujian.\n"
    )
    assert speakers_and_roles(text) == [
        ("Klaus Berger", "Verkehrsminister"),
        ("Petra Lange", "Finanzministerin von Hessen"),
        ("Jan Peters", "Bürgermeister"),
    ]


def test_zur_after_a_full_name_is_the_preposition() -> None:
    names = find_names("Innenminister Thomas de Maizière zur Terrorgefahr in Deutschland.")
    assert [n.text for n in names][:1] == ["Thomas de Maizière"]
    assert [n.text for n in find_names("Karl Theodor zu Guttenberg sagte")] == [
        "Karl Theodor zu Guttenberg"
    ]


def test_a_caption_sentence_after_the_quotation_is_no_topic_credit() -> None:
    text = (
        "Minister Ter Horst na de ministerraad tegen journalisten\n\n"
        "„Het taalgebruik was fors en ik heb me eraan gestoord.”\n\n"
        "Premier Balkenende kijkt terug op de bijdrage van Geert Wilders tijdens de debatten\n"
    )
    assert "Geert Wilders" not in speakers(text)


def test_a_long_credit_under_a_digest_entry_with_the_title_first() -> None:
    text = (
        "The Quotes of the Week\n\n"
        "Monday\n\n"
        "“This is a question of survival for every small bar on this street.”\n\n"
        "Restaurant owner Pablo Ortega, who is campaigning against the new licensing rules "
        "which came into force yesterday\n\n"
        "Tuesday\n\n"
        "“My resolve is so strong that I do not fear what the critics write about me.”\n\n"
        "Governor Rashid Memon on Twitter, two days before the vote that removed him from "
        "office\n"
    )
    assert speakers(text) == ["Pablo Ortega", "Rashid Memon"]


def test_a_capitalised_title_in_a_credit_under_the_entry_is_no_heading() -> None:
    text = (
        "FRASES DA SEMANA\n\n"
        '"O país precisa de mais investimento nas escolas do interior."\n\n'
        "Rui Almeida, ministro da Educação\n\n"
        "10-11-2017\n\n"
        '"A corrupção tem um impacto negativo direto na capacidade do Estado."\n\n'
        "João Lourenço, Presidente de Angola\n\n"
        "11-11-2017\n\n"
        '"Quando há uma boa notícia todos a querem reclamar para si."\n\n'
        "Marta Sousa, presidente do partido\n\n"
        "11-11-2017\n"
    )
    assert speakers(text) == ["Rui Almeida", "João Lourenço", "Marta Sousa"]


def test_a_french_credit_with_pour_after_a_rubric_with_a_comma() -> None:
    text = (
        "Les petites phrases de la semaine\n\n"
        'Amour, gloire et beauté - "J’ai un super job, une superbe femme, alors forcément '
        'on me le fait payer." De Paul Lemaire pour expliquer son impopularité aux députés.\n'
    )
    assert speakers(text) == ["Paul Lemaire"]


def test_a_title_after_a_speaker_who_reported_on_someone_else_is_the_speakers() -> None:
    text = (
        "« Jamais la ville n’avait connu trois inondations en un mois », a commenté Pierre "
        "Martin sur France 3, précisant que Jacques Durand avait pris la décision "
        "d’évacuer le quartier.\n\n"
        "La décision « a été prise cet après-midi avec le préfet et le maire », a précisé le "
        "Premier ministre. « Il y a un soulagement car personne n’a été blessé », a-t-il "
        "ajouté.\n"
    )
    assert speakers(text) == ["Pierre Martin", "Pierre Martin", "Pierre Martin"]


def test_a_title_subject_reporting_on_others_is_who_goes_on() -> None:
    text = (
        "La vicepresidenta y portavoz del Gobierno, Ana Ruiz, subrayó que “no habrá más "
        "crisis internas en el Ejecutivo”, según dijo.\n\n"
        "La portavoz del Gobierno aseguró que el Consejo, en el que se reencontraron Luis "
        "Gómez y Pedro Salas, fue “intenso como todos”. “Hemos trabajado como siempre”, dijo.\n"
    )
    assert speakers(text)[-1] == "Ana Ruiz"


def test_a_verb_after_and_shares_the_sentences_subject() -> None:
    text = (
        "Элла Смирнова заскучала во время отчета главы избиркома Олеси Жуковой и призвала "
        "«находить изюминку в каждом отчете, коллеги»:\n\n"
        "«Коллеги, мы же не бюрократы какие-то!»\n"
    )
    assert speakers(text)[0] == "Элла Смирнова"


def test_hashtags_before_names_are_dropped() -> None:
    assert normalize_text("Элла #Памфилова заскучала, #Володин: «...»") == (
        "Элла Памфилова заскучала, Володин: «...»"
    )
    assert normalize_text("# Title\nC# and #1 stay") == "# Title\nC# and #1 stay"


def test_english_asked_after_its_subject_closes_the_question() -> None:
    text = (
        "Labor MPs laughed after the Prime Minister was asked a question from his colleague, "
        "Phillip Moore.\n\n"
        "“Will the Prime Minister outline how the plan helps all Australians?” Mr Moore asked.\n"
    )
    assert speakers(text) == ["Phillip Moore"]


def test_german_reported_speech_goes_on_with_the_speaker() -> None:
    text = (
        '"Ich will vermeiden, dass es zu Verteilungskämpfen kommt", rief Olaf Scholz in das '
        "Plenum. Ohne Zweifel müsse mehr für Verteidigung ausgegeben werden. Das dürfe "
        '"niemals zu Lasten von Rente, Gesundheit oder Pflege" gehen. "Ich werde die Bürger '
        'niemals vor diese Wahl stellen!"\n'
    )
    assert speakers(text) == ["Olaf Scholz", "Olaf Scholz", "Olaf Scholz"]


def test_italian_a_parlare_e_names_the_speaker_after_the_quotation() -> None:
    text = (
        "«La promozione della lingua italiana nel mondo è uno strumento essenziale di "
        "politica estera». A parlare è il viceministro degli Esteri Marco Rossi, ideatore "
        "del progetto.\n"
    )
    assert speakers_and_roles(text) == [("Marco Rossi", "viceministro degli Esteri")]
    assert [q["cue"] for q in quotes(text)] == ["A parlare è"]


def test_per_il_quale_points_back_to_the_name_before_it() -> None:
    text = (
        "«Le elezioni fanno sempre bene a tutti», continua Matteo Bianchi per il quale «ci "
        "sono state delle elezioni, prendiamo atto del voto dei cittadini».\n"
    )
    assert speakers(text) == ["Matteo Bianchi", "Matteo Bianchi"]


def test_an_interviews_answer_after_an_unquoted_question() -> None:
    text = (
        "«Andrò – dice il ministro Antonio Verdi – a dire una cosa molto chiara: serve un "
        "patto europeo sulle rotte dei migranti».\n\n"
        "Ecco, la Germania. Finora non sembra ci sia stata grande collaborazione...\n\n"
        "«Il problema non è il singolo Stato, è un tema che l’Europa deve affrontare».\n\n"
        "Al momento ci sono quattro navi al largo delle coste. Che si fa?\n\n"
        "«Siamo d’accordo con il ministro dell’Interno: la priorità è accogliere i fragili».\n"
    )
    assert speakers(text)[-2:] == ["Antonio Verdi", "Antonio Verdi"]


def test_a_trailing_aside_on_someone_is_no_question() -> None:
    text = (
        "«I will stand in the by-election», said Kevin Marsh on Monday.\n\n"
        "Kevin Marsh puts a brave face on it. We don't always agree with Kevin, but ...\n\n"
        "'Please make sure you take all your belongings with you when leaving the train.'\n"
    )
    assert speakers(text)[-1] is None


def test_a_summit_is_no_person() -> None:
    text = (
        "En el cierre de la Cumbre de la Comunidad de Estados Latinoamericanos hubo espacio "
        "para una polémica con la canciller Antonia Ruiz. “Basta. Hace lo que quiere cuando "
        "tiene ganas”, dispara la funcionaria, enojada con el embajador.\n"
    )
    assert speakers(text) == ["Antonia Ruiz"]


def test_a_town_opened_by_vila_is_no_person() -> None:
    assert find_names("Em declarações em Vila Real de Santo António, o ministro disse") == []


def test_a_body_after_a_full_name_is_cut_off_the_name() -> None:
    names = find_names("Başkanı Recep Tayyip Erdoğan Millet İttifakının 30 Ocak'ta açıkladığı")
    assert [n.text for n in names] == ["Recep Tayyip Erdoğan"]


def test_a_genitive_in_the_sentence_before_is_no_subject() -> None:
    text = (
        "Rusya Dışişleri Bakanı Sergey Lavrov, Türk basınına konuştu.\n\n"
        "Moskova'nın ateşkes için tutumunu açıkladı. \"En az 60 günlük bir ateşkes bizim "
        'için kabul edilemez." diye konuştu.\n'
    )
    assert speakers(text) != ["Moskova"]


def test_a_genitive_owning_the_announced_words_still_speaks() -> None:
    text = "Rehber Kadir Yılmaz'ın tavsiyesi kısa: “Saat üçte gelin, dörtte gölge kaybolur.”\n"
    assert speakers(text) == ["Kadir Yılmaz"]


def test_a_locative_noun_opening_the_sentence_is_no_given_name() -> None:
    names = find_names("Haberde Erdoğan'ın Gazze’de yaşanan krize dair açıklamaları yer aldı.")
    assert [n.text for n in names] == ["Erdoğan'ın"]


def test_a_dash_credit_may_carry_a_long_title() -> None:
    text = (
        "Пропонуємо вам вибрані цитати українських політиків.\n\n"
        "«Для цієї політичної сили потрібно буде знайти нове поле», - народний депутат VI "
        "скликання, фракція Партія регіонів Ярослав Сухенко не вірить у цей проект.\n"
    )
    assert speakers(text) == ["Ярослав Сухенко"]


def test_polish_dash_speech_closed_by_two_word_verbs() -> None:
    text = (
        "Wicemarszałek zachęcała posłankę, by wróciła do ławy. – Pani poseł, pani przedłużyła "
        "czas wypowiedzi o minutę – zwracała uwagę Dorota Nowak.\n\n"
        "– Siedzielibyśmy w takiej loży z boku, bo to jedyna pozycja – kpił Rafał Zieliński.\n"
    )
    assert speakers(text) == ["Dorota Nowak", "Rafał Zieliński"]


def test_hyphen_lines_under_an_announcement_of_quotations() -> None:
    text = (
        "Rəsul Quliyevin veriliş ərzində söylədiyi fikirlərdən bəzi sitatları diqqətinizə "
        "çatdırırıq:\n\n"
        "- 2013-cü ildə ölkədə köklü dəyişikliklər olmasa, vəziyyət acınacaqlı olacaq.\n\n"
        "- Mən iddialı adam deyiləm.\n"
    )
    assert speakers(text) == ["Rəsul Quliyev", "Rəsul Quliyev"]


def test_a_name_alone_after_a_closed_quotation_is_its_credit() -> None:
    text = (
        "«Քաղաքականությունը հնարավորի արվեստ է». Օտտո Բիսմարկ:\n\n"
        "«Քաղաքականությունը պատերազմ է՝ առանց արյունահեղության». Ռոնալդ Ռեյգան:\n"
    )
    assert speakers(text) == ["Օտտո Բիսմարկ", "Ռոնալդ Ռեյգան"]


def test_a_georgian_interviews_title_names_the_interviewee() -> None:
    text = (
        "ჯანდაცვიდან პოლიტიკაში - ინტერვიუ დავით მელაძესთან\n\n"
        "• „ლელოს ვერ მიაბამ ვერც ერთ პარტიას“;\n\n"
        "• „ლაგამი არის ის, რომ უნდა იყოს თავისუფალი მედია“;\n\n"
        "სტუმარი: დავით მელაძე - კლუბის წევრი;\n"
    )
    assert speakers(text) == ["დავით მელაძე", "დავით მელაძე"]


def test_an_azerbaijani_dative_after_the_quotation_is_whom_it_was_sent() -> None:
    text = (
        "Türkiyə Prezidenti Rəcəb Tayyip Ərdoğan NATO zirvəsində “Rusiya sülhməramlıları "
        "2025-ci ilə qədər Qarabağı tərk etməlidir” cümləsiylə Kreml sahibi Vladimir Putinə "
        "mesaj göndərib.\n"
    )
    assert "Vladimir Putinə" not in speakers(text)


def test_spanish_dispara_and_italian_continua_before_a_title() -> None:
    spanish = (
        "La canciller Antonia Ruiz habló con la prensa en Santiago. “Basta. Hace lo que "
        "quiere cuando tiene ganas”, dispara la funcionaria.\n"
    )
    italian = (
        "Il ministro Luca Neri è arrivato a Milano per un evento. «Le elezioni fanno sempre "
        "bene a tutti», continua il ministro.\n"
    )
    assert speakers(spanish) == ["Antonia Ruiz"]
    assert speakers(italian) == ["Luca Neri"]


# Guards from the reviews of 0.238.0: near variants where the rules must not fire.


def test_a_headline_or_caption_naming_someone_with_a_topic_is_no_credit() -> None:
    text = (
        "Zitate\n\n"
        "„Wir sind das Volk, haut ab!“ Olaf Scholz in Dresden von Demonstranten ausgebuht\n\n"
        "„Das war ein Fehler der Regierung.“ Kritik an Olaf Scholz nach der Wahl in Thüringen\n"
    )
    assert speakers(text) == [None, None]


def test_a_sentence_or_a_governed_name_after_the_quotation_is_no_long_credit() -> None:
    text = (
        "Municipales\n\n"
        "« Nous avons tenu nos promesses. »\n"
        "Pour le moment Jean Dupont, maire de la ville depuis 2014 ne compte pas se "
        "représenter aux prochaines élections municipales de mars.\n\n"
        '"The law will be enforced in every single bar in this city." Critics of Fernando '
        "Tejedor, who has fought the smoking law for months, welcomed the mayor's words\n"
    )
    assert speakers(text) == [None, None]


def test_a_profiles_name_and_title_over_narration_stays_a_heading() -> None:
    text = (
        "Protagonistas\n\n"
        "Pedro Sánchez, Presidente del Gobierno\n\n"
        "El jefe del Ejecutivo defendió el miércoles en el Congreso su política económica.\n\n"
        "«España crece más que la media de la zona euro.»\n\n"
        "Alberto Núñez Feijóo, Presidente del PP\n\n"
        "El líder de la oposición replicó con dureza desde la tribuna.\n\n"
        "«El Gobierno vive de espaldas a la realidad de las familias.»\n\n"
        "Yolanda Díaz, Vicepresidenta Segunda\n\n"
        "La ministra de Trabajo anunció una nueva subida del salario mínimo.\n"
    )
    assert "Alberto Núñez Feijóo" not in speakers(text)


def test_a_question_to_someone_else_or_a_single_question_gives_no_answerer() -> None:
    named = (
        "Переговоры\n\n"
        "«Мы готовы к диалогу», — заявил Владимир Путин.\n\n"
        "Журналисты спросили и Владимира Зеленского: готов ли он к переговорам?\n\n"
        "«Мы готовы, но не на условиях Москвы».\n"
    )
    single = (
        '"The budget is balanced and fair," said the chancellor, Rachel Reeves.\n\n'
        "But what does the opposition think?\n\n"
        '"It is a tax raid on working people, plain and simple."\n'
    )
    assert speakers(named)[-1] != "Владимир Путин"
    assert speakers(single)[-1] is None


def test_a_line_of_tags_or_a_label_in_capitals_keeps_its_marks() -> None:
    assert normalize_text("#Песков #Кремль #Путин") == "#Песков #Кремль #Путин"
    assert normalize_text("#BREAKING Kamala Harris said it") == "#BREAKING Kamala Harris said it"


def test_many_people_asking_name_no_one() -> None:
    assert speakers('"Is this really the best we can do?" Many Americans asked.\n') == [None]


def test_german_reported_speech_after_someone_elses_view_is_not_the_speakers() -> None:
    text = (
        "„Wir lassen niemanden im Stich“, sagte Arbeitsminister Hubertus Heil. Die "
        "Arbeitgeberverbände sehen das anders. Die Reform werde „die Lohnnebenkosten in die "
        "Höhe treiben“ müssen.\n"
    )
    assert speakers(text)[-1] is None


def test_dutch_warned_and_promised_take_no_object_as_speaker() -> None:
    text = "De Tweede Kamer heeft Mark Rutte gewaarschuwd: „Dit kan zo niet langer doorgaan.”\n"
    assert speakers(text) != ["Mark Rutte"]


def test_turkish_given_names_ending_like_a_locative_stay_names() -> None:
    names = find_names("Nahide Yıldız toplantıda şunları söyledi")
    assert [n.text for n in names] == ["Nahide Yıldız"]


def test_a_dash_credit_across_a_relative_clause_is_none() -> None:
    text = (
        "«Щаслива бджола на квітучому лузі» - так називається ферма, власником якої є "
        "фермер Іван Коваль.\n"
    )
    assert speakers(text) == [None]


def test_azerbaijani_surnames_in_zade_are_nominative() -> None:
    text = (
        "“Büdcə sosial yönümlü olmalıdır və xərclər azalmalıdır”, inanır deputat Fazil "
        "Mustafazadə.\n"
    )
    assert speakers(text) == ["Fazil Mustafazadə"]


def test_hyphen_lines_under_a_list_naming_no_one_are_no_quotations() -> None:
    text = (
        "Читайте также\n\n"
        "Подборка цитат недели:\n"
        "- Путин назвал санкции незаконными.\n"
        "- Зеленский ответил на угрозы Москвы.\n"
    )
    assert quotes(text) == []


# Guards from the second review (0.238.1).


def test_zu_after_a_noble_rank_stays_in_the_name() -> None:
    names = find_names("sagte Karl Fürst zu Schwarzenberg am Montag")
    assert [n.text for n in names] == ["Karl Fürst zu Schwarzenberg"]


def test_german_fuer_die_after_a_name_is_no_relative_source() -> None:
    text = (
        "Preisverleihung\n\n"
        "Der Preis geht in diesem Jahr an Christian Drosten für die „herausragende "
        "Aufklärung in der Pandemie“.\n"
    )
    assert speakers(text) == [None]


def test_list_lines_that_narrate_are_no_quotations() -> None:
    text = (
        "Die wichtigsten Zitate zur Rede von Olaf Scholz:\n"
        "- Friedrich Merz nannte die Rede enttäuschend und schwach.\n"
        "- Christian Lindner lobte den klaren Kurs der Regierung.\n"
    )
    assert quotes(text) == []


def test_lowercase_hashtags_in_a_post_keep_their_marks() -> None:
    assert normalize_text("Wir stellen ein! #jobs #careers heute") == (
        "Wir stellen ein! #jobs #careers heute"
    )


def test_a_short_quotation_over_a_capitalised_credit_keeps_its_credit() -> None:
    text = (
        "Frases da semana\n\n"
        "«Angola está pronta para investir.»\n\n"
        "João Lourenço, Presidente de Angola\n\n"
        "«O Brasil voltou.»\n\n"
        "Luiz Inácio Lula da Silva, Presidente do Brasil\n"
    )
    assert speakers(text) == ["João Lourenço", "Luiz Inácio Lula da Silva"]
