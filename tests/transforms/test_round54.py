"""Shapes of session 54 (real web texts), on invented text: adverbial phrases before a verb
whose subject is dropped, digest credits on the line below a quotation, a title after an
inverted verb, Portuguese titles and preterites, and a Turkic "said so" after quotations."""

from __future__ import annotations

from tests.transforms.parsed import attributions, quotes, speakers, speakers_and_roles


def test_an_adverbial_phrase_before_the_verb_keeps_the_speaker() -> None:
    text = (
        "El entrenador Julio César Ramírez habló tras la derrota: «No lo puedo creer», admitió.\n\n"
        "Acerca de si fue uno de los mejores partidos de su equipo, indicó: «Fue importante, "
        "nos queda la sensación de haberlo perdido».\n\n"
        "Y se lamentó por las ocasiones falladas: «Tuvimos el 1-0 y el 2-0 en los pies».\n\n"
        "Por otra parte, sobre los cambios, dijo: «Los tres fueron por lesión»."
    )
    assert speakers(text) == ["Julio César Ramírez"] * 4


def test_a_body_inside_a_time_or_topic_phrase_is_no_subject() -> None:
    text = (
        "La delantera Ana Beltrán marcó dos goles: «Estamos muy contentas», afirmó.\n\n"
        "Después del partido, indicó: «Ahora toca descansar un poco»."
    )
    assert attributions(text) == [("Ana Beltrán", None), ("Ana Beltrán", None)]


def test_a_subject_before_a_comma_still_speaks() -> None:
    text = (
        "La empresa estatal de litio, por su parte, indicó en un comunicado que «todos los "
        "plazos se cumplen»."
    )
    assert speakers(text) == [None]


def test_coach_and_malaysian_honours_are_titles() -> None:
    text = (
        "Coach Henrik Larsen was upbeat after the draw.\n\n"
        "Coach Larsen said, “It was a good, high-quality match.”\n\n"
        "Datuk Seri Anwar Karim said: “Let me make it clear, there will be no snap polls.”"
    )
    assert speakers(text) == ["Henrik Larsen", "Anwar Karim"]


def test_a_dash_credit_on_the_line_below_a_quotation() -> None:
    text = (
        "The week in words\n\n"
        "A living legend\n\n"
        "“I’m now a legend, the greatest sprinter who ever lived.”\n\n"
        "— Kenyan superstar athlete David Kiprono on winning his third straight title\n\n"
        "A kind word\n\n"
        "“That’s a beautiful smile!”\n\n"
        "— Foreign Minister Helen Garrick compliments Thomas Mbeki as they pose for a picture\n"
    )
    assert speakers(text) == ["David Kiprono", "Helen Garrick"]


def test_dash_turns_of_a_dialogue_are_no_credits() -> None:
    text = (
        "— Вы будете баллотироваться снова?\n\n"
        "— Нет, не буду, это решено окончательно.\n\n"
        "— Почему?\n\n"
        "— Пусть решает Андрей Петров, он моложе."
    )
    assert "Андрей Петров" not in speakers(text)


def test_a_credit_in_parentheses_on_the_line_below() -> None:
    text = (
        "Worte der Woche\n\n"
        "-\n\nQuelle: SZ\n\n1 / 11\n\n"
        '"Ein Bogen, der gespannt ist, kann ein bisschen nachgeben."\n\n'
        "(SPD-Chef Martin Krämer in der Wochenzeitung Die Zeit über seinen Vorstoß)\n\n"
        "Foto: dpa\n\n"
        "-\n\nQuelle: SZ\n\n2 / 11\n\n"
        '"Er war eine Blume, die zu früh gepflückt wurde."\n\n'
        '(Raúl Ortega in seinem Leitartikel in der Parteizeitung "Granma" zum Jahrestag)\n\n'
        "Foto: AP\n"
    )
    assert speakers(text) == ["Martin Krämer", "Raúl Ortega"]


def test_a_digest_credit_with_a_programme_and_a_date() -> None:
    text = (
        "Citaten\n\n"
        "„Ik heb nee gezegd, want ik heb geen suïcidale neigingen.”\n\n"
        "Staatsraad in bijzondere dienst Lilian Verhoeven, in Zomergasten (VPRO), 14 augustus.\n\n"
        "„Een revolutie zonder leiders was uitstekend.”\n\n"
        "Oud-vicepremier André Rouwenhorst, De Standaard, 16 augustus.\n"
    )
    assert speakers(text) == ["Lilian Verhoeven", "André Rouwenhorst"]


def test_a_title_after_an_inverted_verb_names_the_speaker() -> None:
    text = (
        "Der ukrainische Vize-Außenminister Taras Melnik fordert mehr Waffen.\n\n"
        "Scholz müsse „viel entschlossener und schneller“ agieren als seine Vorgängerin "
        "Christine Lehmann, forderte der ukrainische Vize-Außenminister weiter. „Damit kann er "
        "beweisen, dass Deutschland umgedacht hat.“"
    )
    assert speakers_and_roles(text) == [
        ("Taras Melnik", "ukrainische Vize-Außenminister"),
        ("Taras Melnik", "ukrainische Vize-Außenminister"),
    ]


def test_a_reported_clause_after_the_verb_keeps_the_apposed_speaker() -> None:
    text = (
        "The head of the observers, Levan Gelashvili, called it "
        '"a bad signal seven weeks before the vote", while Zurab '
        "Tsereteli, the ruling party's campaign chief, said the opposition was \"looking for "
        'excuses instead of looking for voters".'
    )
    assert speakers(text) == ["Levan Gelashvili", "Zurab Tsereteli"]


def test_an_object_after_the_verb_is_no_inverted_subject() -> None:
    text = (
        "Il sindaco di Bracciano, Paola Ceccarelli, ha chiesto un incontro al prefetto: «Il "
        "turismo estivo vale metà delle entrate del paese»."
    )
    assert speakers_and_roles(text) == [("Paola Ceccarelli", "sindaco di Bracciano")]


def test_a_portuguese_title_to_the_presidency_and_a_preterite_after_it() -> None:
    text = (
        "O candidato do PSL à Presidência da República, Jair Moreira, afirmou que vai pegar "
        'um "país destroçado, principalmente do ponto de vista econômico".\n\n'
        "Na sua avaliação, não é apenas o Executivo Federal quem sofre.\n\n"
        "Na entrevista, o candidato do PSL rebateu as críticas, destacando que o PT não pode "
        'lhe chamar de corrupto. "Tudo que tinha de ruim se juntou ao PT."'
    )
    assert speakers_and_roles(text) == [
        ("Jair Moreira", "candidato do PSL à Presidência da República"),
        ("Jair Moreira", "candidato do PSL"),
    ]


def test_an_azerbaijani_sentence_that_says_so_after_the_quotations() -> None:
    text = (
        "«Nə vaxt ölkə başçısı sərəncam versə, siz də yayarsınız» «Bu xəbəri məndən yox, "
        "onu yayanlardan soruşun». Səhiyyə naziri Teymur Musayev oktyabrın 21-də jurnalistlərlə "
        "görüşündə belə deyib.\n\n"
        "Səhiyyə naziri söylənənlərə, «bu, tamamilə yanlış fikirdir» - cavabını verib."
    )
    assert speakers(text) == ["Teymur Musayev"] * 3


def test_said_so_needs_its_verb_last() -> None:
    text = (
        "«Bu xəbər tamamilə yalandır, heç kim işdən çıxarılmayıb». Nazir Teymur Musayev belə "
        "bir sərəncamdan xəbərsizdir."
    )
    assert [q["speaker"] for q in quotes(text)] == [None]


def test_a_turkish_name_before_the_quotations_comma_beats_a_body_in_the_topic() -> None:
    text = (
        "AK Parti Sözcüsü Ahmet Korkmaz basın toplantısı düzenledi.\n\n"
        "Cumhur İttifakı konusunda beklentilerin devam ettiğini dile getiren Korkmaz, "
        '"Her iki parti de bu konuda çok hassastır, görüşme bunu bir kez daha gösterdi." dedi.'
    )
    assert attributions(text) == [("Ahmet Korkmaz", None)]


def test_a_turkish_answer_to_a_question_about_others() -> None:
    text = (
        "Ahmet Korkmaz, Cumhurbaşkanı Erdoğan'ın, MHP Genel Başkanı Devlet Bahçeli ile "
        'görüşmesinin içeriğine ilişkin soruya, "Bu görüşme ittifaka verilen önemin altını '
        'çiziyor." cevabını verdi.'
    )
    assert speakers_and_roles(text) == [("Ahmet Korkmaz", None)]


def test_a_russian_title_and_a_genitive_name_after_a_mans_verb() -> None:
    text = (
        "Россия не будет обсуждать этот вопрос, заявил пресс-секретарь президента Дмитрий "
        "Песков.\n\n"
        "«Мы рассчитываем, что контакты все-таки будут налажены», - сказал пресс-секретарь "
        "Владимира Путина.\n\n"
        "«Мы готовы к диалогу с партнерами», - заявил министр обороны Никита Дзюба."
    )
    assert speakers(text) == ["Дмитрий Песков", "Никита Дзюба"]


def test_a_given_name_in_a_case_alone_in_reach_still_speaks() -> None:
    text = (
        "После выступления Владимира Путина журналисты задали вопросы. «Мы открыты к "
        "диалогу со всеми партнерами», — сказал он."
    )
    assert speakers(text) == ["Владимир Путин"]


# Guards from the reviews of 0.239.0 (regressions they found, mended in 0.240.1).


def test_a_subject_after_the_verb_is_no_dropped_subject() -> None:
    text = (
        "El delantero Borja Iglesias marcó dos goles: «Estoy muy feliz por el equipo».\n"
        "Después del partido, explicó el entrenador: «Borja ha hecho un gran trabajo».\n"
        "Y se advierte en el informe: «Faltan cuatro mil médicos de familia»."
    )
    assert speakers(text)[1:] == [None, None]


def test_a_name_opening_its_clause_before_an_object_title_still_speaks() -> None:
    assert speakers(
        "«Il governo ha mentito», Elly Schlein, alla Camera, ha accusato la premier."
    ) == ["Elly Schlein"]
    assert speakers(
        "Merz, der am Montag in Kiew war, fragte die Ministerin: „Wann kommen sie?“"
    ) == ["Merz"]


def test_to_the_joins_a_title_only_before_a_portfolio() -> None:
    text = (
        "Après la lettre du ministre à son homologue américain Antony Blinken, ce dernier a "
        "répondu : « Nous sommes prêts à discuter. »"
    )
    assert speakers_and_roles(text) == [("Antony Blinken", "homologue américain")]
    text = "De wethouder van milieu en duurzaamheid lichtte toe: „We gaan door met de plannen.”"
    assert speakers_and_roles(text) == [(None, "wethouder van milieu en duurzaamheid")]


def test_bylines_and_interviewers_below_a_quotation_credit_nobody() -> None:
    text = (
        "Flood recovery\n\n"
        "Mayor Anna Kowalski put it simply at the town hall meeting:\n\n"
        "“We will rebuild every single house that was destroyed by this flood.”\n\n"
        "— Jane Doe contributed reporting from Warsaw.\n"
    )
    assert speakers(text) == ["Anna Kowalski"]
    text = (
        "Interview\n\n„Wie geht es jetzt weiter mit der Ampel?“\n\n"
        "„Wir werden weiterarbeiten. Das ist unser Auftrag.“\n\n"
        "(Das Gespräch führte Anna Schmidt.)\n"
    )
    assert "Anna Schmidt" not in speakers(text)


def test_the_answer_under_a_question_is_no_credit() -> None:
    text = (
        "Интервью\n\n«Вы довольны результатами года?»\n\n"
        "— Да. Михаил Мишустин поставил задачу, и мы ее выполнили.\n"
    )
    assert "Михаил Мишустин" not in speakers(text)


def test_a_possessive_and_a_pair_in_a_credit_below() -> None:
    text = "Quotes\n\n“Nobody wants a war.”\n\n— Vladimir Putin’s spokesman Dmitry Peskov\n"
    assert speakers(text) == ["Dmitry Peskov"]
    text = (
        "Quotes\n\n“We are at war with Hamas.”\n\n— Benjamin Netanyahu and Joe Biden in Tel Aviv\n"
    )
    assert speakers(text) == [None]


def test_a_sentence_that_denies_it_is_no_said_so() -> None:
    text = (
        "“Faizler hemen düşmeli, başka çaresi yok.” Merkez Bankası Başkanı Fatih Karahan ise "
        "konunun bu şekilde çözülemeyeceğini açıkladı."
    )
    assert speakers(text) == [None]


def test_words_of_other_languages_are_no_new_titles() -> None:
    text = (
        "Il Comune di Roma, dopo seri problemi con la raccolta dei rifiuti, ha annunciato: "
        "«Da lunedì cambia tutto in città»."
    )
    assert attributions(text) == [(None, "Comune di Roma")]
    text = "Olaf Scholz, der alles tun will, um die Koalition zu retten, sagte: „Wir schaffen das.“"
    assert speakers_and_roles(text) == [("Olaf Scholz", None)]


def test_a_digests_dash_speech_under_name_and_title_lines() -> None:
    text = (
        "Дмитрий Песков, пресс-секретарь президента РФ\n"
        "— Сообщения об ограничении на выезд — обычная информационная утка.\n"
        "Апти Алаудинов, помощник главы Чечни\n"
        "— Наша страна должна быть готова к тому, что любой мужчина встанет в строй."
    )
    assert speakers_and_roles(text) == [
        ("Дмитрий Песков", "пресс-секретарь президента РФ"),
        ("Апти Алаудинов", "помощник главы Чечни"),
    ]


def test_hyphen_speech_under_a_name_and_title_line_with_a_colon() -> None:
    text = (
        "Fazil Mustafa, millət vəkili:\n"
        "- Bu anlarda xalqımızın ən böyük dostu bilirsiniz kimdir? Niger xalqı!\n"
        "Vüqar Əliyev, sosial şəbəkə istifadəçisi:\n"
        "- Hamımıza maraqlı idi ki, niyə yüklər bu qədər tez geri qayıtdı?"
    )
    assert speakers(text) == ["Fazil Mustafa", "Vüqar Əliyev"]


def test_hyphen_bullets_under_a_plain_line_stay_bullets() -> None:
    text = (
        "Sabahın proqramı belədir:\n"
        "- Saat 10-da açılış mərasimi keçiriləcək.\n"
        "- Saat 12-də nahar fasiləsi olacaq."
    )
    assert quotes(text) == []


# Guards from a third review (of 0.240.1), mended in 0.240.2.


def test_a_players_rating_under_name_and_position_is_no_speech() -> None:
    text = (
        "Oceny Biało-Czerwonych po meczu z Holandią.\n"
        "Wojciech Szczęsny, bramkarz:\n"
        "- Pewny w bramce, obronił rzut karny w drugiej połowie. Nota: 7."
    )
    assert quotes(text) == []


def test_an_interviewers_line_credits_no_answer() -> None:
    text = (
        "Генеральный директор компании «Альфа» Сергей Иванов рассказал «Известиям» о планах.\n"
        "Беседовал Иван Петров, специальный корреспондент\n"
        "— Как вы оцениваете итоги года?\n"
        "— Год был трудным, но мы выросли на 15 процентов."
    )
    assert "Иван Петров" not in speakers(text)


def test_a_presidents_surname_in_a_is_no_genitive() -> None:
    text = "«Бразилия готова выступить посредником», — заявил президент Бразилии Лула да Силва."
    assert speakers(text) == ["Лула да Силва"]


def test_the_question_answered_is_not_the_answerers() -> None:
    text = (
        'Gazetecilerin "Erken seçim olacak mı, tarih belli mi?" sorusuna Bakan Yılmaz, "Böyle '
        'bir gündemimiz kesinlikle yok" cevabını verdi.'
    )
    assert speakers(text)[0] is None


def test_said_so_with_two_people_named_credits_nobody() -> None:
    text = (
        "“Bu ülkeyi kimse karanlığa sürükleyemez, milletimiz buna izin vermez.” Recep Tayyip "
        "Erdoğan'ı sert bir dille eleştiren CHP Sözcüsü Deniz Yücel böyle dedi."
    )
    assert "Recep Tayyip Erdoğan" not in speakers(text)


# Guards from a fourth review (a second pass over 0.240.1), mended in 0.240.2.


def test_an_opening_without_its_comma_keeps_the_subject_after_it() -> None:
    text = (
        "L'allenatore dell'Inter, Simone Inzaghi, ha commentato la vittoria: «Siamo stati "
        "perfetti».\nDopo la sentenza la Juventus, con un comunicato ufficiale, ha annunciato: "
        "«Faremo ricorso al Tar del Lazio»."
    )
    assert speakers(text) == ["Simone Inzaghi", None]


def test_a_plural_verb_after_an_opening_is_no_dropped_subject() -> None:
    text = (
        "La ministra de Trabajo, Yolanda Díaz, defendió la reforma: «Es una ley justa».\n"
        "Desde la CGT, por su parte, advirtieron: «Iremos a la huelga general»."
    )
    assert speakers(text) == ["Yolanda Díaz", None]


def test_a_byline_below_a_named_speakers_words_is_no_credit() -> None:
    text = (
        "Finance Minister Jane Carter said the government would not change course.\n\n"
        '"We have a plan and we will stick to it."\n\n'
        "— Tom Baker, Athens\n"
    )
    assert speakers(text) == ["Jane Carter"]


def test_a_partys_adjective_puts_no_name_inside_a_clause() -> None:
    text = (
        "«Il governo ha tradito gli italiani», il segretario leghista Matteo Salvini, in un "
        "comizio, ha attaccato il presidente."
    )
    assert speakers(text) == ["Matteo Salvini"]


# Leftovers of the fourth review, mended in 0.240.3.


def test_contributors_and_questions_below_a_quotation_credit_nobody() -> None:
    for credit in (
        "Con información de Juan Pérez",
        "Colaboró Juan Pérez",
        "Mit Material von Anna Müller",
    ):
        text = f"Los vecinos, indignados.\n\n«Nadie vino a ayudarnos en tres días».\n\n— {credit}\n"
        assert speakers(text) == [None]
    text = (
        "Frases de la semana\n\n«No vamos a dar ni un paso atrás».\n\n"
        "— Pregunta de Alberto Núñez Feijóo a Pedro Sánchez\n"
    )
    assert speakers(text) == [None]


def test_the_one_interviewed_in_a_credit_below_speaks() -> None:
    text = (
        "Zitate der Woche\n\n„Ich trete nicht zurück, das sage ich ganz klar.“\n\n"
        "— Markus Lanz im Gespräch mit Friedrich Merz\n"
    )
    assert speakers(text) == ["Friedrich Merz"]
    text = (
        "Quotes of the week\n\n“I will not be lectured by this man.”\n\n"
        "— BBC presenter Nick Robinson grills Kemi Badenoch on the Today programme\n"
    )
    assert speakers(text) == ["Kemi Badenoch"]


def test_a_hyphenated_or_elided_noun_in_eu_is_no_preterite() -> None:
    text = "O deputado pan-europeu afirmou: «Bruxelas tem de ouvir os agricultores»."
    assert speakers_and_roles(text) == [(None, "deputado pan-europeu")]
