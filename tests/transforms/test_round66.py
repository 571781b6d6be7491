"""Shapes of session 66, on invented text: a ministry's transcript marked "Q - " / "R - ";
an English interview whose questions alone are marked "Q:"; a photo's caption naming the
voice of the turn under it; a transcript's first turn labelled with a name in capitals; a
Brazilian dash speech closed by an en dash and a verb in the preterite; "Entretien de M.",
"Réactions de" and "Discours de" before a full name; a Turkish case ending after a paper's
name; and guards beside each."""

from __future__ import annotations

from tests.transforms.parsed import headings, quotes, speakers, title
from transforms.media import media_in
from transforms.persons import find_names

MINISTRY_TRANSCRIPT = (
    "Politique étrangère - Entretien de M. Jean-Yves Le Drian, ministre de l'Europe et des "
    'affaires étrangères, avec "France 24" (Paris, 30/03/2022)\n\n'
    "Q - Bonjour Monsieur le ministre.\n\n"
    "R - Bonjour.\n\n"
    "Q - Est-ce qu'aujourd'hui vous êtes plus optimiste, voyez-vous une éclaircie ?\n\n"
    "R - Non. La guerre continue, je lis des déclarations, je ne vois pas d'actes.\n\n"
    "Q - Vous n'y croyez plus ?\n\n"
    "R - Je ne croirai que les actes, et pour l'instant il n'y en a pas."
)


def test_a_transcript_marked_q_and_r_gives_questions_and_the_ministers_answers() -> None:
    assert speakers(MINISTRY_TRANSCRIPT) == [None, "Jean-Yves Le Drian"] * 3
    assert quotes(MINISTRY_TRANSCRIPT)[3]["text"].startswith("Non. La guerre continue")


def test_a_courtesy_m_after_a_particle_is_no_surname() -> None:
    names = [n.text for n in find_names("Entretien de M. Jean-Yves Le Drian, ministre")]
    assert names == ["Entretien", "Jean-Yves Le Drian"]


def test_a_lone_r_dash_line_is_no_transcript() -> None:
    text = (
        "Revue de presse du 3 mars\n\n"
        "R - Le Monde revient sur la réforme des retraites et la colère des syndicats.\n\n"
        "Le Figaro parle d'un « passage en force que rien ne justifie » du gouvernement."
    )
    assert speakers(text) == [None]


MAYOR_Q = (
    "This interview has been edited for clarity and length.\n\n"
    "Q: For you, what was the toughest choice in 2016?\n\n"
    "The budget. I had folks saying, ‘Don’t touch it with a ten-foot-pole.’\n\n"
    "It was the right thing to do and I have tried to do my part.\n\n"
    "Q: What do you think is the No. 2 priority?\n\n"
    "I would say doing things that enhance pride in who we are.\n\n"
    "Q: Have you raised these concerns?\n\n"
    "We have. I’ve expressed that to the Premier."
)


def test_questions_marked_q_over_unmarked_answers_are_an_interview() -> None:
    found = quotes(MAYOR_Q)
    texts = [str(q["text"]) for q in found]
    assert texts[0] == "For you, what was the toughest choice in 2016?"
    assert texts[1].startswith("The budget.") and texts[1].endswith("do my part.")
    assert "Don’t touch it with a ten-foot-pole." in texts
    assert texts[-1] == "We have. I’ve expressed that to the Premier."
    assert all(q["speaker"] is None for q in found)  # no one is named


def test_an_interviewee_named_in_the_title_answers_q_and_a_turns() -> None:
    text = (
        "Interview with Mayor Brian Bowman\n\n"
        "Q: What was your toughest choice this year?\n\n"
        "A: I think the budget. We had to make hard decisions and I stand by them.\n\n"
        "Q: Are you worried about the province?\n\n"
        "A: I am concerned, yes. We will keep talking to them."
    )
    assert speakers(text) == [None, "Brian Bowman", None, "Brian Bowman"]


def test_an_explainers_q_and_a_is_no_interview() -> None:
    text = (
        "Tax season explained\n\n"
        "Q: What is the deadline for filing taxes this year?\n\n"
        "A: The deadline is April 15 for most taxpayers.\n\n"
        "Q: Can I get an extension if I need one?\n\n"
        "A: Yes, file form 4868 before the deadline."
    )
    assert quotes(text) == []


CAPTIONED_TURN = (
    "08.08.2013\n\n"
    "Interview mit Co-Trainer Robin Krüger\n\n"
    "von Redaktion\n\n"
    "Vor dem Spiel hatten wir die Möglichkeit, mit Co-Trainer Robin Krüger zu sprechen.\n\n"
    "Jawattdenn.de: Hallo Robin, ist der erste Schock schon verdaut?\n\n"
    "Robin Krüger: Definitiv! Für uns alle war es eine große Überraschung.\n\n"
    "Jawattdenn.de: Wie sieht aktuell der Trainingsablauf aus?\n\n"
    "Robin Krüger\n\n"
    "Robin Krüger: In der letzten Woche haben wir uns am Stadion getroffen.\n\n"
    "Jawattdenn.de: Wie ist die Stimmung im Team?\n\n"
    "Robin Krüger: Die Stimmung ist wie immer vor einem Saisonauftakt."
)


def test_a_caption_naming_the_voice_of_the_turn_under_it_is_no_heading() -> None:
    assert "Robin Krüger" not in headings(CAPTIONED_TURN)
    assert speakers(CAPTIONED_TURN) == [None, "Robin Krüger"] * 3


def test_a_name_alone_over_prose_still_heads_a_section() -> None:
    text = (
        "Die Presseschau\n\n"
        "Die Zeitungen schreiben heute viel über den Haushalt und die Schuldenbremse.\n\n"
        "Robin Krüger\n\n"
        "Der Trainer sprach nach dem Spiel lange mit den Journalisten über die Saison."
    )
    assert "Robin Krüger" in headings(text)


CAPITALS_EXCHANGE = (
    "AMELIA ŁUKASIAK: W październiku mówił pan, że rząd jest leniwy. Zmienił pan zdanie?\n\n"
    "GRZEGORZ W. KOŁODKO: Nie tyle leniwy, ale na pewno nie robi tego, co należy. Źle "
    "wykorzystuje dany czas, nie podejmując wyzwań płynących z kryzysu.\n\n"
    "Premier przekonuje, że jego strategia ekonomiczna sprawdza się."
)


def test_a_transcripts_first_turn_in_capitals_is_no_headline() -> None:
    assert title(CAPITALS_EXCHANGE) is None
    assert speakers(CAPITALS_EXCHANGE) == ["Amelia Łukasiak", "Grzegorz W. Kołodko"]


QUEIROGA = (
    "O ministro da Saúde, Marcelo Queiroga, se pronunciou em coletiva de imprensa sobre os "
    "boatos de que teria pedido demissão.\n\n"
    "– Eu não sei a quem interessa essa indústria de boatos, somente para desestabilizar o "
    "governo – assinalou.\n\n"
    "Em seguida, o ministro reforçou sua posição contrária ao passaporte de vacinação.\n\n"
    "– Eu já falei diversas vezes. Concordo integralmente com a fala do presidente – repetiu."
)


def test_brazilian_dash_speech_with_en_dashes_and_any_preterite_credit() -> None:
    assert speakers(QUEIROGA) == ["Marcelo Queiroga", "Marcelo Queiroga"]
    assert [q["cue"] for q in quotes(QUEIROGA)] == ["assinalou", "repetiu"]


def test_an_en_dash_list_with_no_credit_stays_a_list() -> None:
    text = (
        "Resumo do dia\n\n"
        "– O governo anunciou um novo pacote de medidas para a economia.\n\n"
        "– A oposição criticou o pacote e pediu mais debate no Congresso."
    )
    assert quotes(text) == []


def test_a_noun_and_de_before_a_given_name_and_surname_is_no_part_of_them() -> None:
    found = find_names("Le Discours de Jean-Luc Mélenchon a duré deux heures.")
    assert [n.text for n in found] == ["Jean-Luc Mélenchon"]


def test_a_particle_before_surnames_stays_in_the_name() -> None:
    text = "Charles de Gaulle, Luiz Inácio Lula da Silva et Cleonice do Prado Santos"
    assert [n.text for n in find_names(text)] == [
        "Charles de Gaulle",
        "Luiz Inácio Lula da Silva",
        "Cleonice do Prado Santos",
    ]


def test_a_papers_name_with_a_turkish_case_ending_is_no_speaker() -> None:
    text = (
        "Süddeutsche Zeitung'un (SZ) yorumunda ise şu satırlar yer alıyor:\n\n"
        "\"Siyasette kamuoyu hafızasının ne kadar zayıf olduğu, Avrupa'nın Türkiye ile "
        'ilişkilerinde kendini gösteriyor."'
    )
    assert speakers(text) == [None]


def test_a_papers_name_in_the_genitive_is_the_paper_in_the_dative_the_one_told() -> None:
    assert media_in("Süddeutsche Zeitung'un yorumunda") == [(0, 19, "Süddeutsche Zeitung")]
    assert media_in("Mavrogenis, Kathimerini'ye şunları söyledi") == []


def test_a_credit_sentence_after_a_quotation_closed_on_its_full_stop() -> None:
    text = (
        "Police responded to a report of shots fired at the building.\n\n"
        '"When he walked into that apartment, there were four people at the table eating '
        'dinner." First Deputy Superintendent Anthony Riccio said. "For reasons we do not '
        'yet know, he opened fire."'
    )
    assert speakers(text) == ["Anthony Riccio", "Anthony Riccio"]


def test_a_new_sentence_with_news_after_a_closed_quotation_is_no_credit() -> None:
    text = (
        "The river rose overnight.\n\n"
        '"We have never seen water this high in the valley." Governor Anna Lee told the paper '
        "the dam would hold and that crews were working through the night."
    )
    assert speakers(text) == [None]


QUESTIONNAIRE = (
    "Paco Puentedura, candidato a la Alcaldía de Granada por Granada Unida, contesta al "
    "cuestionario más personal.\n\n"
    "Pregunta: ¿Qué es lo primero que hará cuando pasen las elecciones?\n\n"
    "Respuesta: Descansar y, sobre todo, visitar a mi familia y pedirles perdón.\n\n"
    "P: ¿A qué zona de Granada le gusta acudir para desconectar?\n\n"
    "R: Me suele gustar mucho ir por el Cerro de San Miguel."
)


def test_pregunta_and_respuesta_turns_give_questions_and_the_candidates_answers() -> None:
    assert speakers(QUESTIONNAIRE) == [None, "Paco Puentedura"] * 2


def test_one_p_and_r_exchange_is_enough() -> None:
    text = (
        "Si le preguntas a cualquier persona de Extremadura si conoce a Juan Carlos Rodríguez "
        "Ibarra, seguramente sabe de quién estamos hablando.\n\n"
        "P.– ¿Ha cambiado mucho la política desde que la dejó usted?\n\n"
        "R.– No ha cambiado mucho, debería haber cambiado bastante más."
    )
    assert speakers(text) == [None, "Juan Carlos Rodríguez Ibarra"]


TWO_INTERVIEWERS = (
    "Możemy przegrać bitwę o Polskę\n\n"
    "Prezydent RP w rozmowie z Dziennikiem przedstawia swoją wizję państwa.\n\n"
    "Cezary Michalski, Piotr Semka: Czy pan prezydent był zwolennikiem objęcia stanowiska "
    "premiera przez Jarosława Kaczyńskiego?\n\n"
    "Lech Kaczyński: Oczywiście. To, że szef partii rządzącej zostaje premierem, jest "
    "naturalne.\n\n"
    "Zatem dlaczego nastąpiło to dopiero teraz?\n\n"
    "Na kilka miesięcy przed wyborami samorządowymi zaistniała trudna sytuacja w Warszawie.\n\n"
    "A jakie były argumenty z punktu widzenia polityki ogólnopaństwowej?\n\n"
    "Po prostu Platforma Obywatelska ogłosiła, że kto wygra w Warszawie, wygra wybory.\n\n"
    "Nie było innych powodów, wynikających z napięć w PiS?\n\n"
    "Nie, nie było. Istniała natomiast pewna nierówność w traktowaniu przez media."
)


def test_turns_go_on_unlabelled_after_an_exchange_labelled_with_two_interviewers() -> None:
    found = speakers(TWO_INTERVIEWERS)
    assert found[1::2] == ["Lech Kaczyński"] * 4


def test_narration_after_a_labelled_exchange_is_no_turn() -> None:
    text = (
        "Piotr Bakalarski: Czy rząd zdąży z ustawą przed wakacjami?\n\n"
        "Jacek Sasin: Zdążymy, projekt jest gotowy i czeka na przyjęcie.\n\n"
        "Sasin od lat zasiada w Sejmie. Jego partia prowadzi w sondażach.\n\n"
        "Opozycja krytykuje projekt od tygodni. Posłowie zapowiadają poprawki.\n\n"
        "Głosowanie odbędzie się w piątek. Wynik nie jest przesądzony."
    )
    told = [str(q["text"]) for q in quotes(text)]
    assert not any(t.startswith(("Sasin od lat", "Opozycja", "Głosowanie")) for t in told)


LEUTHARD = (
    "Interview Doyenne du gouvernement, Doris Leuthard s’apprête à diriger le pays pour la "
    "seconde fois.\n\n"
    "Doris Leuthard, vous serez présidente de la Confédération pour la seconde fois en 2017. "
    "Quel sentiment domine?\n\n"
    "C’est une question de respect, car j’ai la responsabilité d’un grand département.\n\n"
    "De qui vous réjouissez-vous en particulier?\n\n"
    "Si tout se passe comme prévu, le président chinois devrait nous rendre visite.\n\n"
    "Y a-t-il aussi des moments plus privés au cours de ces visites?\n\n"
    "Oui, toujours. Je pense qu’on ne peut pas créer une ambiance détendue autrement."
)


def test_a_plain_interview_whose_first_question_opens_on_the_interviewees_name() -> None:
    assert speakers(LEUTHARD) == [None, "Doris Leuthard"] * 3


def test_agreement_after_a_closed_quotation_is_no_credit_of_it() -> None:
    text = (
        "The bank raised its rates again.\n\n"
        '"There is nothing the bank can do about prices now," economist Jane Doe said. '
        '"It is too late." John Roe agreed.'
    )
    assert speakers(text) == ["Jane Doe", "Jane Doe"]


def test_a_kin_noun_before_a_name_is_no_noun_of_their_words() -> None:
    found = [n.text for n in find_names("Viúva de Eduardo Campos diz que vai recorrer.")]
    assert "Eduardo Campos" not in found
    found = [n.text for n in find_names("Réactions de Ben Issa Ousseni et de son équipe")]
    assert found == ["Ben Issa Ousseni"]


def test_a_portuguese_list_of_dashed_results_is_no_speech() -> None:
    text = (
        "Resultados do dia\n\n"
        "— Petrobras — avançou 2,3% no pregão desta segunda-feira.\n\n"
        "— Vale — recuou 1,1% com a queda do minério."
    )
    assert quotes(text) == []


def test_a_pronoun_after_a_paragraph_opening_on_a_new_subject_is_that_subjects() -> None:
    text = (
        "Assistant City Manager Dave Sykes said the flooding was a rare event. "
        '"We are seeing some improvement," he said.\n\n'
        "Mayor Sam Liccardo echoed Sykes' evaluation.\n\n"
        '"If residents learn of it from a firefighter in a boat, there has been a failure," '
        "he said."
    )
    assert speakers(text) == ["Dave Sykes", "Sam Liccardo"]


def test_a_question_opening_on_a_name_it_is_about_addresses_someone_else() -> None:
    text = (
        "L'ancien ministre François Bayrou se confie à la veille du scrutin. Nous l'avons "
        "rencontré à Pau.\n\n"
        "Marine Le Pen, que vous avez combattue toute votre vie, peut-elle gagner en 2027 ?\n\n"
        "Je le crains. J’ai vu monter cette vague depuis vingt ans.\n\n"
        "Que faut-il faire, selon vous ?\n\n"
        "Je crois qu'il faut parler aux Français sans mépris.\n\n"
        "Et Emmanuel Macron ?\n\n"
        "Je lui ai dit ce que je pensais, en privé."
    )
    assert "Marine Le Pen" not in speakers(text)


def test_an_office_of_a_body_is_no_credit_of_the_interview() -> None:
    text = (
        "A ministra da Saúde, Ana Paula Martins, falou ao jornal no seu gabinete em Lisboa.\n\n"
        "P.– Os hospitais estão preparados para o verão?\n\n"
        "R.– Estamos a fazer tudo para isso. Eu própria visitei doze urgências este mês.\n\n"
        "P.– E as greves dos médicos?\n\n"
        "R.– Continuamos a negociar."
    )
    assert speakers(text) == [None, "Ana Paula Martins"] * 2


def test_two_names_over_a_digests_line_are_no_interviewers() -> None:
    text = (
        "Week in review\n\n"
        "Joe Biden and Kamala Harris: The president and his deputy campaigned together in "
        "Pennsylvania.\n\n"
        'Donald Trump: "We will win this state big," he told a rally in Harrisburg.'
    )
    assert speakers(text) == ["Donald Trump"]
