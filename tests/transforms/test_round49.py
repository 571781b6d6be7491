"""Shapes of session 49 (real web texts), on invented text: a Dutch minister's portfolio
after his surname; Dutch adverbs opening a verb-second clause; a German name in the
genitive before a noun of words; a topic named before the comma of a clause whose subject
follows; a title followed by its own holder's full name after another name's comma; quote
digests with a credit line right over dash speech, and with long credits under quotations
(a party, a second sentence, a former holder's title); the guards of the session."""

from __future__ import annotations

from tests.transforms.parsed import headings, quotes, speakers, speakers_and_roles
from transforms.persons import is_title_word
from transforms.sections import credit_shaped


def test_a_dutch_minister_speaks_before_his_portfolio() -> None:
    text = 'Minister Verhoeven van Financiën zei: "We moeten de begroting op orde brengen."'
    assert speakers_and_roles(text) == [("Verhoeven", "Minister")]


def test_a_dutch_portfolio_of_two_words_is_no_speaker() -> None:
    text = 'Minister Haakma van Buitenlandse Zaken zei: "Wij blijven met Oekraïne praten."'
    assert speakers(text) == ["Haakma"]


def test_a_dutch_adverb_opening_the_clause_is_no_speaker() -> None:
    text = 'Daarna zei minister Verhoeven van Financiën: "We moeten de begroting op orde brengen."'
    assert speakers(text) == ["Verhoeven"]


def test_a_dutch_weekday_opening_the_clause_is_no_speaker() -> None:
    text = 'Vrijdag zei premier Jorien Bakhuis: "Het kabinet gaat door tot de verkiezingen."'
    assert speakers(text) == ["Jorien Bakhuis"]


def test_a_german_name_in_the_genitive_before_a_noun_of_words_speaks() -> None:
    text = (
        "Der Diplomat erinnerte an Lindemanns Aussage über Sanktionen: "
        '"Keiner von uns hat geglaubt, dass dies den Krieg beenden würde."'
    )
    assert speakers(text) == ["Lindemann"]


def test_a_german_genitive_apostrophe_is_no_part_of_the_name() -> None:
    text = "Kanzler Jonas Kreuz' Antwort kam prompt: „Wir werden das nicht hinnehmen.“"
    assert speakers(text) == ["Jonas Kreuz"]


def test_the_person_asked_about_before_the_comma_is_no_speaker() -> None:
    text = (
        "Interrogée sur Marine Lefranc, la ministre Rachida Benali a répondu : "
        "« Nous ne céderons rien. »"
    )
    assert speakers(text) == ["Rachida Benali"]


def test_a_title_after_the_topic_goes_back_to_its_holder() -> None:
    text = (
        "Marine Lefranc a interpellé la ministre Rachida Benali. Face à Marine Lefranc, "
        "la ministre a répondu : « Nous ne céderons rien. »"
    )
    assert speakers(text) == ["Rachida Benali"]


def test_an_english_title_after_the_person_asked_about_is_the_minister() -> None:
    text = (
        "The opposition leader Kemi Adebayo attacked the minister Rachel Holmes. "
        'Asked about Kemi Adebayo, the minister said: "We will not change course."'
    )
    assert speakers(text) == ["Rachel Holmes"]


def test_a_verb_between_two_names_is_no_trade() -> None:
    text = (
        'Kemi Adebayo attacked Rachel Holmes on Tuesday. Holmes said: "We will not change course."'
    )
    assert speakers_and_roles(text) == [("Rachel Holmes", None)]


def test_a_title_ending_on_a_full_name_is_that_name_s_not_the_one_before() -> None:
    text = (
        "Un mois après la disparition de la journaliste Claire Dumas et de son guide Karim "
        "Haddad, le ministre des Affaires étrangères Paul Verdier «garde l’espoir», a-t-il "
        "déclaré. «Les indications les plus récentes nous permettent de garder l’espoir», a "
        "déclaré le ministre."
    )
    assert speakers(text)[-1] == "Paul Verdier"


DASH_DIGEST = (
    "Владимир Соколов, председатель Госсовета Крыма\n"
    "— Этот режим агонизирует, и этим он опасен. Сил на серьезное у него нет.\n\n"
    "Алексей Петров, зампред Совбеза РФ\n"
    "— Если плата за демократию — холод в квартирах, такая демократия — для безумных.\n\n"
    "Максим Лебедев, заммэра Москвы\n"
    "— На экранах в поездах метро можно будет переключиться на китайский язык.\n"
)


def test_a_credit_line_right_over_dash_speech_names_its_speaker_and_role() -> None:
    assert speakers_and_roles(DASH_DIGEST) == [
        ("Владимир Соколов", "председатель Госсовета Крыма"),
        ("Алексей Петров", "зампред Совбеза РФ"),
        ("Максим Лебедев", "заммэра Москвы"),
    ]


def test_a_credit_line_over_dash_speech_is_no_heading() -> None:
    assert headings(DASH_DIGEST) == [None]
    assert str(quotes(DASH_DIGEST)[0]["text"]).startswith("Этот режим агонизирует")


CREDITS_BELOW = (
    "“Será que eles podem ler livros lá na prisão?”\n\n"
    "Marta Rodrigues, ex-presidente, sobre os presos da operação\n\n"
    "“Seria um despropósito”\n\n"
    "Fernando Queiroz Lima, ex-presidente, sobre a campanha para que volte\n\n"
    "“É a natureza do escorpião. A natureza do partido é essa”\n\n"
    "Ciro Valente, ex-governador do Ceará. Ele diz não acreditar que o partido o apoiaria\n\n"
    "“O resultado desta eleição mostra que só é possível vencer se ampliarmos ao centro”\n\n"
    "Flávio Nogueira (PCdoB), governador do Maranhão\n"
)


def test_credits_under_quotations_with_a_party_a_sentence_and_a_former_title() -> None:
    assert speakers_and_roles(CREDITS_BELOW) == [
        ("Marta Rodrigues", "ex-presidente"),
        ("Fernando Queiroz Lima", "ex-presidente"),
        ("Ciro Valente", "ex-governador do Ceará"),
        ("Flávio Nogueira", "governador do Maranhão"),
    ]


def test_a_long_credit_opens_with_a_title() -> None:
    long_credit = (
        "Carlos Mendonça (PSC), vereador do Rio de Janeiro que assinou com o colega João "
        "Cabral (PMDB) um projeto para dar salário vitalício a vereadores com três mandatos"
    )
    assert credit_shaped(long_credit, alone=True)


def test_a_long_sentence_opening_with_a_place_is_no_credit() -> None:
    sentence = (
        "Da Zagabria, il ministero della Scienza, dell'Istruzione e dei Giovani fa sapere che "
        "«le scuole professionali delle isole godono di una soglia minima ridotta»."
    )
    assert not credit_shaped(sentence, alone=True)


CAPS_HEADINGS = (
    "GIULIO MARCHETTI, già premier, già segretario del partito\n\n"
    "«La storia della sinistra è più grande dei singoli leader che decidono per i fatti "
    "loro».\n\n"
    "ROBERT HALLORAN, presidente Usa\n\n"
    '"Stiamo prendendo misure forti per proteggere il nostro Paese dal terrorismo".\n\n'
    '"Un nuovo capitolo della grandezza dell\'America sta iniziando".\n'
)


def test_a_heading_in_capitals_credits_the_quotations_under_it() -> None:
    assert headings(CAPS_HEADINGS) == [
        "GIULIO MARCHETTI, già premier, già segretario del partito",
        "ROBERT HALLORAN, presidente Usa",
    ]
    assert speakers_and_roles(CAPS_HEADINGS) == [
        ("Giulio Marchetti", "già premier"),
        ("Robert Halloran", "presidente Usa"),
        ("Robert Halloran", "presidente Usa"),
    ]


def test_dash_credits_under_quotations_of_a_digest_titled_with_an_adjective() -> None:
    text = (
        "The Political Quotes of the Week\n\n"
        "“She thought it was a powerful speech, but she is biased, she is my grandmother.”\n\n"
        "— Daniel Okafor quoted in Sunday’s Inquirer about reaction to his speech.\n\n"
        "“The idea that we can walk away from the region is terribly damaging on its face.”\n\n"
        "— Richard Pellham disputing the idea in an interview with ABC News.\n"
    )
    assert speakers(text) == ["Daniel Okafor", "Richard Pellham"]


def test_a_german_chronicle_s_present_tense_verb_is_a_cue() -> None:
    text = (
        "Durch die Ankunft der Flüchtlinge stehe Deutschland „eine große nationale Aufgabe“ "
        "bevor, resümiert Kanzlerin Annette Brandt."
    )
    assert speakers(text) == ["Annette Brandt"]


def test_a_german_present_verb_before_a_capitalised_object_is_no_cue() -> None:
    text = "Der Konzern bilanziert Verluste. „Das war ein schweres Jahr“, sagte Jörg Albers."
    assert speakers(text) == ["Jörg Albers"]


def test_a_title_opening_the_sentence_speaks_not_the_name_after_of() -> None:
    text = (
        "El ministro de Exteriores, José Luis Andrade, ha restado importancia a las palabras "
        "de Manuel Ortega Salas. “Entiendo que se han hecho en un contexto informal”, ha "
        "sostenido.\n\n"
        "Pese a esto, el ministro ha mostrado su “sorpresa” por las palabras de Manuel Ortega "
        "Salas. “España no ha hecho ninguna acción que pueda justificar algo así”, ha dicho."
    )
    assert speakers(text) == ["José Luis Andrade", "José Luis Andrade"]


def test_whom_a_polish_speaker_asked_comes_before_the_speaker() -> None:
    text = (
        "- Jak pan może publicznie obrażać swojego premiera? Gdybym był na miejscu premiera, "
        "to jutro bym pana wyrzucił - pytał Janusza Kowalczyka Tomasz Wrona."
    )
    assert speakers(text) == ["Tomasz Wrona"]


def test_a_polish_party_in_the_genitive_after_a_title_is_no_speaker() -> None:
    text = (
        "- Dzisiaj pan mówi, że z Unii nie mamy żadnych korzyści. Boję się o pana przyszłość "
        "- mówił poseł Lewicy."
    )
    assert speakers(text) == [None]


def test_credits_over_the_entries_of_a_digest_stay_with_the_entries_under_them() -> None:
    text = (
        "Les bons mots de la semaine\n\n"
        "Martin Vasseur, au Grand Rendez-Vous iTélé/Europe1/Le Monde, dimanche 8 mars\n\n"
        "« Puis-je vous parler de mon angoisse pour mon pays ? Son programme est un "
        "désastre. »\n\n"
        "« Est-ce que vous ne pensez pas qu’un parti qui fait 25% aux européennes ne peut pas "
        "gagner la présidentielle ? »\n\n"
        "Nicolas Bertrand, au sujet de la nécessité d’avoir des jeunes autour de lui, cité "
        "par Challenges du 5 mars\n\n"
        "« Je ne suis pas neuf, il faut donc du neuf autour de moi »\n"
    )
    assert speakers(text) == ["Martin Vasseur", "Martin Vasseur", "Nicolas Bertrand"]


def test_a_byline_s_place_alone_after_the_name_credits_no_speaker() -> None:
    assert not credit_shaped("Rui Gomes, em Bruxelas", alone=True)
    assert credit_shaped("Martin Vasseur, au Grand Rendez-Vous iTélé, dimanche 8 mars")


def test_a_credit_with_a_place_and_a_full_stop_under_a_bulleted_quotation() -> None:
    assert credit_shaped("Jair Mendes, no cercadinho em frente ao Palácio, aos apoiadores.")
    assert not credit_shaped("Keir Holloway, for his part, stayed silent.")


def test_an_italian_cosi_sentence_credits_the_quotation_before_it() -> None:
    text = (
        "Milano – “In cinque mesi stiamo rivoluzionando il Paese e continueremo a farlo”. "
        "Così il premier Giuseppe Corradi, all’arrivo al vertice di Bruxelles.\n\n"
        "“Non siamo in guerra” con l’Italia. Così il presidente della Commissione europea, "
        "Jean-Marc Delorme, all’arrivo al vertice."
    )
    assert speakers_and_roles(text) == [
        ("Giuseppe Corradi", "premier"),
        ("Jean-Marc Delorme", "presidente della Commissione europea"),
    ]


LABELLED_INTERVIEW = (
    "Een dubbelgesprek met de vice-premiers Herman Verbeke en Johan Peeters.\n\n"
    "– Uw regeerakkoord is opnieuw opvallend vaag. Vraagt u nu een blind vertrouwen ?\n\n"
    "– HERMAN VERBEKE : In 1992 onderhandelden we in een sfeer van echt wantrouwen.\n\n"
    "– JOHAN PEETERS : In het regeerakkoord geven wij duidelijk aan waar we naartoe willen.\n\n"
    "– Is het dus een gewone voortzetting van de vorige koalitie ?\n"
)


def test_an_interview_s_turns_labelled_in_capitals_name_their_speakers() -> None:
    assert speakers(LABELLED_INTERVIEW) == [None, "Herman Verbeke", "Johan Peeters", None]


def test_a_deputy_s_title_glued_to_the_title_is_a_title() -> None:
    assert is_title_word("Wicemarszałek")
    assert not is_title_word("Vicente")


def test_a_turkish_plural_in_a_case_is_no_speaker() -> None:
    text = "Muhabirlerin, “Ama 400 arkadaşımız işsiz kaldı” demesi üzerine bakan sustu."
    assert speakers(text) == [None]


def test_the_sentence_after_a_quotation_calling_it_someone_s_statement_credits_it() -> None:
    text = (
        "“I am personally monitoring the situation of our journalists in Egypt”.\n\n"
        "This was Minister for Foreign Affairs Franco Ferraresi’s statement, on February 4."
    )
    assert speakers_and_roles(text) == [("Franco Ferraresi", "Minister for Foreign Affairs")]


# Guards from the session's three reviews (cases the new rules must leave alone).


def test_a_dashed_list_under_a_name_and_role_is_no_speech() -> None:
    text = (
        "Совет директоров утвердил новый состав правления.\n\n"
        "Иван Петров, член правления\n"
        "— 1998–2004: директор Череповецкого металлургического завода.\n"
        "— 2004–2012: вице-президент компании по производству.\n"
    )
    assert quotes(text) == []


def test_a_lead_sentence_over_a_quotation_is_no_caption() -> None:
    text = (
        "Emmanuel Lemaire, en visite à Marseille, a été interpellé par une habitante\n\n"
        "« Vous ne savez pas ce que c'est de vivre ici avec 800 euros par mois. »\n\n"
        "La scène a été filmée."
    )
    assert speakers(text) == [None]


def test_a_place_and_a_time_under_a_quotation_is_no_credit() -> None:
    text = (
        "“We will rebuild every home destroyed by the flood.”\n\n"
        "New York, on Tuesday morning. Mayor Eric Adams toured the flooded neighbourhoods."
    )
    assert speakers(text)[0] != "New York"


def test_a_capitals_heading_credits_no_source_named_after_the_verb() -> None:
    text = (
        "Le frasi della settimana\n\n"
        "MATTEO SALVINI, vicepremier\n\n"
        "«Il ponte sullo Stretto si farà, punto».\n\n"
        "«È un progetto inutile e pericoloso», replicano fonti del Movimento 5 Stelle.\n"
    )
    assert speakers(text) == ["Matteo Salvini", None]


def test_cosi_as_an_adverb_credits_no_one() -> None:
    text = (
        "«Abbiamo ridotto le tasse a quattordici milioni di lavoratori», ha detto il ministro "
        "Giancarlo Giorgetti. Così facendo, Giorgia Meloni punta a consolidare il consenso.\n\n"
        "«L'inflazione tornerà sotto il due per cento». Così come Mario Draghi aveva "
        "previsto, i prezzi hanno iniziato a scendere."
    )
    assert speakers(text) == ["Giancarlo Giorgetti", None]


def test_a_reply_to_someone_s_remarks_is_not_their_statement() -> None:
    text = (
        "“We will defend every inch of our land.” This was in response to Vladimir Putin’s "
        "remarks on Tuesday about the border regions."
    )
    assert speakers(text) == [None]


def test_whom_a_polish_speaker_criticised_before_a_colon_is_no_speaker() -> None:
    text = (
        "W czwartek krytykował Mateusza Morawskiego Donald Turek: „Zostawiliście dziurę w "
        "budżecie”."
    )
    assert speakers(text) == ["Donald Turek"]


def test_a_russian_woman_s_given_name_keeps_its_gender() -> None:
    text = (
        "Министр Джейхун Байрамов встретился с Гульнарой Алиевой. Затем выступила Александра "
        "Захарова. «Мы открыты к диалогу», — сказал он."
    )
    assert speakers(text) == ["Джейхун Байрамов"]


def test_a_surname_ending_like_a_turkish_plural_stays_a_name() -> None:
    text = '"Public broadcasting must remain independent," Pellerin said at the conference.'
    assert speakers(text) == ["Pellerin"]


def test_a_credit_s_role_ending_on_the_name_it_refers_to_keeps_its_role() -> None:
    text = "Steffen Hebestreit, Sprecher von Kanzler Olaf Scholz: „Dazu äußern wir uns nicht.“"
    assert speakers_and_roles(text) == [("Steffen Hebestreit", "Sprecher von Kanzler Olaf Scholz")]


def test_a_dutch_portfolio_of_two_parts_joined_by_en_is_no_speaker() -> None:
    text = 'Minister Faber van Asiel en Migratie zei: "We sluiten de grenzen niet."'
    assert speakers_and_roles(text) == [("Faber", "Minister")]
