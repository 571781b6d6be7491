"""Shapes of session 51 (real web texts), on invented text: a person's words nested in a
paper's quotation, quoted apart with their own speaker."""

from __future__ import annotations

from tests.transforms.parsed import attributions, quotes, speakers, speakers_and_roles
from transforms.speakers import attribute_before


def test_a_person_named_inside_a_papers_quotation_speaks_the_nested_words() -> None:
    text = (
        "Hürriyet gazetesi şöyle yazdı: \"Kongrede konuşan Bakan Mehmet Yılmaz, 'Vergi "
        "oranlarını bu yıl kesinlikle artırmayacağız' dedi. Muhalefet ise tepki gösterdi.\""
    )
    assert attributions(text) == [(None, "Hürriyet"), ("Mehmet Yılmaz", None)]
    assert quotes(text)[1]["text"] == "Vergi oranlarını bu yıl kesinlikle artırmayacağız"


def test_a_pronoun_inside_a_papers_quotation_is_the_person_it_named_not_the_paper() -> None:
    text = (
        "Le Monde écrit : « Interrogé à la sortie du conseil, Jean Dupont a d'abord hésité, "
        "puis “nous ne céderons jamais devant la rue”, a-t-il lancé. »"
    )
    assert [speaker for speaker, _ in attributions(text)] == [None, "Jean Dupont"]


def test_words_nested_in_a_persons_quotation_stay_part_of_it() -> None:
    text = (
        "« Les habitants de la “vallée des oubliés” attendent toujours la route promise », "
        "a déclaré le maire Paul Martin."
    )
    assert attributions(text) == [("Paul Martin", None)]


def test_a_title_nested_in_a_papers_quotation_is_no_quotation() -> None:
    text = (
        "The Times wrote: \"The minister, Alan Brooke, launched his memoir 'A Life in the "
        "Service of the Crown' at a packed hall on Monday.\""
    )
    assert len(quotes(text)) == 1


def test_two_quotations_joined_by_and_share_the_clause_after_the_second() -> None:
    text = (
        "“A grande diferença entre o Governo e as oposições é que falam em caos”, e o "
        "Executivo, “quando vê problemas, encontra desafios para procurar soluções e "
        "respostas concretas, com trabalho, com diálogo e com a paciência de quem sabe que "
        "nada se resolve de um dia para o outro, nem nas urgências, nem na floresta, nem nos "
        "aeroportos”, afirmou o primeiro-ministro António Costa."
    )
    assert speakers(text) == ["António Costa", "António Costa"]


def test_a_quotation_joined_to_the_next_by_someone_elses_words_is_not_shared() -> None:
    text = (
        "Yıldırım gülerek “Birini kapattık, biri kaldı” dedi. Muhabirlerin, “Ama 400 "
        "arkadaşımız işsiz kaldı” demesi üzerine de Yıldırım, “onlar da bizim gibi işsiz "
        "kaldı” ifadelerini kullandı."
    )
    assert speakers(text)[1] is None


def test_a_mediums_edition_is_no_part_of_the_name_after_it() -> None:
    text = (
        '"Il n\'y a aucune possibilité de fracture entre nous", a déclaré à Sputnik Afrique '
        "Yacine Fall. La ministre a répondu à une question de Sputnik Afrique lors d'une "
        "conférence de presse avec Sergueï Lavrov."
    )
    assert speakers(text) == ["Yacine Fall"]


def test_a_feminine_title_opening_the_sentence_is_not_the_man_named_last() -> None:
    text = (
        '"Nous sommes unis par l\'histoire", a dit Yacine Fall. La ministre a répondu lors '
        "d'une conférence de presse avec Sergueï Lavrov à Moscou. La ministre a évoqué la "
        'position de Dakar : "Nous avons une position très claire sur les sanctions".'
    )
    assert speakers(text) == ["Yacine Fall", "Yacine Fall"]


def test_a_straight_mark_glued_after_a_full_stop_opens_a_quotation() -> None:
    text = (
        'La CEDEAO est une "entité que nous devons protéger", a-t-elle nuancé."Les États du '
        'Sahel sont des pays frères", a conclu la ministre Yacine Fall.'
    )
    assert [q["text"] for q in quotes(text)][1] == "Les États du Sahel sont des pays frères"


def test_a_woman_under_a_masculine_title_is_still_a_woman() -> None:
    text = (
        "«Non siamo contro il gas», ha detto il sindaco di Omišalj, Ivana Žužić. Secondo il "
        "professore Marko Horvat il terminal è sicuro.\n\n"
        "In sala consiliare la sindaca è poi passata al croato: «Odluku o otoku ne mogu "
        "donositi ljudi koji na njemu nikad nisu živjeli.»"
    )
    assert speakers(text) == ["Ivana Žužić", "Ivana Žužić"]


def test_the_italian_article_il_is_no_pronoun_before_a_title_or_after_a_preposition() -> None:
    text = (
        "Lo ha deciso il sindaco di Realmonte, Giuseppina Alaimo, con un'ordinanza. Secondo "
        'il geologo Calogero Vaccaro Lumia, "la marna è una roccia tenera".\n\n'
        "Alla domanda se la scogliera potrà riaprire per Ferragosto, il sindaco è stata "
        'netta: "Non prometto date. Riapriremo quando i tecnici mi diranno che è sicura".'
    )
    assert speakers(text)[-1] == "Giuseppina Alaimo"


def test_an_interviews_title_names_who_speaks_its_pull_quotes() -> None:
    text = (
        "Q&A with Foreign Minister Vashadze\n\n"
        "  • 'Military action against Iran will increase the threat against Georgia';\n"
        "  • 'Differences of opinion with Iran are not a ground for worse relations';\n\n"
        "In an interview with Civil.ge Georgia's Foreign Minister, Grigol Vashadze, laid out "
        "Tbilisi's position on a wide array of foreign policy issues."
    )
    assert speakers(text) == ["Grigol Vashadze", "Grigol Vashadze"]


def test_a_digests_credit_in_parentheses_under_the_quotation_names_its_speaker() -> None:
    text = (
        "Worte der Woche\n\n"
        '"Ich wüsste gar nicht, was ich mit dem Geld machen sollte."\n\n'
        "(Alt-Bundespräsident Roman Herzog kritisiert Manager mit überhöhten Gehältern)\n\n"
        '"Wir haben die ganze Bank geknackt."\n\n'
        "(Ermittler zum Steuerhinterziehungs-Skandal in Liechtenstein)"
    )
    assert speakers(text) == ["Roman Herzog", None]


def test_a_heading_giving_the_quotation_to_someone_credits_it() -> None:
    text = (
        "La Frase del Mes\n\n"
        "“Es un día muy triste para la prensa de este país y para todos nosotros”\n\n"
        "Comunicado de la CNN tras el video.\n\n"
        "La Frase de Francisco\n\n"
        "“La paciencia significa preferir una Iglesia que sea fermento”\n\n"
        "La frase de la semana\n\n"
        "“Somos los primeros que pusimos el rumbo correcto para cambiar”"
    )
    assert speakers(text) == [None, "Francisco", None]


def test_a_person_named_after_the_pro_drop_cues_complementizer_is_its_object() -> None:
    text = (
        "El ministro José Manuel Albares ha mostrado su sorpresa. «En cualquier caso, no se "
        "nos ha comunicado nada oficial», ha aseverado.\n\n"
        "Con todo, ha matizado que habría que preguntarle a Andrés Manuel López Obrador qué "
        "ha querido decir y «cuál es el tenor oficial que le da a sus palabras»."
    )
    assert speakers(text) == ["José Manuel Albares", "José Manuel Albares"]


def test_a_name_after_an_according_to_cue_stays_the_speaker() -> None:
    text = (
        "Preotul paroh Grigore Pop a cerut ca familiile să fie întrebate. „Nicio cruce nu va "
        "fi ridicată fără acord”, i-a răspuns prefectul Ioana Hoța.\n\n"
        "Potrivit părintelui Pop, „satul a înțeles că e vorba de salvarea crucilor”."
    )
    assert speakers(text)[-1] == "Grigore Pop"


def test_a_titled_credit_in_parentheses_may_name_what_the_title_belongs_to() -> None:
    text = (
        "Aldus...\n\n"
        ",,Eigenlijk is bekering van een volk nodig, maar dat zeg ik zelden.'' (Lijsttrekker "
        "Albert Janssen van de ChristenUnie in Veendam in het Reformatorisch Dagblad)\n\n"
        ",,Het valt veel raadsleden niet mee goed te functioneren.'' (Minister Klaas de Vries "
        "van Binnenlandse Zaken in Elsevier)"
    )
    assert speakers(text) == ["Albert Janssen", "Klaas de Vries"]


def test_english_reviews_present_tense_cues() -> None:
    text = (
        "“I think that some time in the future living in Karabakh will become the best "
        "option,” Hamlet Harutiunian, a member of parliament, tells “Iravunk.”"
    )
    assert speakers(text) == ["Hamlet Harutiunian"]


def test_a_credits_second_line_with_a_date_is_no_item_header() -> None:
    text = (
        "Frases\n\n"
        "“Os uruguaios falam portunhol. Queremos que falem português.”\n\n"
        "(Maria Julia Muñoz,\nDiário de Notícias, 26.10.17)\n\n"
        "“Lutaremos como leões para que isso não aconteça.”\n\n"
        "(Paulo Azevedo,\nExpresso, 28.10.17)\n\n"
        "“Não me surpreende a recuperação de Portugal.”\n\n"
        "(Idem, ibidem)\n\n"
        "“É altura de discutirmos a criação de um novo PPR.”\n\n"
        "(José Galamba de Oliveira,\nNegócios, 30.10.17)"
    )
    assert speakers(text) == [
        "Maria Julia Muñoz",
        "Paulo Azevedo",
        "Paulo Azevedo",
        "José Galamba de Oliveira",
    ]


def test_author_words_between_hyphens_cut_the_quotation_before_a_new_sentence() -> None:
    text = (
        "Il ministro Antonio Tajani ha parlato alla Farnesina. «Per quest'obiettivo "
        "lavoreremo con tutti i partner del nostro Paese - ha detto - Dobbiamo fare in modo "
        "che l'evento sia un successo»."
    )
    assert [q["text"][:10] for q in quotes(text)] == ["Per quest'", "Dobbiamo f"]
    assert speakers(text) == ["Antonio Tajani", "Antonio Tajani"]


def test_a_name_closing_the_paragraph_right_before_its_verb_speaks_the_next_one() -> None:
    text = (
        "Aİ-nin sərhəddə olan missiyasının hərəkətləri gərginlik kimi təqdim edilirdi.\n\n"
        "Bunu jurnalistlərə açıqlamasında XİN rəhbəri Ceyhun Bayramov deyib.\n\n"
        "“Həmin missiyanın nəzarət zonasından sərhədin pozulması buna misaldır”."
    )
    assert speakers(text) == ["Ceyhun Bayramov"]


def test_about_this_before_a_georgian_title_is_no_part_of_the_role() -> None:
    text = (
        "“საერთოდ არ ვიმახსოვრებ, ვინ, როდის რა თქვა” – ამის შესახებ საქართველოს "
        "პრეზიდენტმა მიხეილ სააკაშვილმა განაცხადა."
    )
    assert speakers_and_roles(text) == [("მიხეილ სააკაშვილი", "საქართველოს პრეზიდენტი")]


def test_armenian_mrs_is_no_given_name_and_its_colon_is_a_full_stop() -> None:
    text = (
        "«Տիկին Ավանեսյան, կառավարության կեսը հիվանդ է»,- հարցրեց վարչապետ Նիկոլ "
        "Փաշինյանը:\n\n"
        "Ի պատասխան նախարարն առաջարկեց պատվաստվել: «Առաջարկում ենք հենց վաղը կազմակերպել "
        "պատվաստումը», - ասաց Ավանեսյանը:\n\n"
        "«Բա ինչի՞ ենք վաղվա գցում, հազիվ հավաքվել ենք», - կատակեց վարչապետը:"
    )
    assert speakers(text) == ["Նիկոլ Փաշինյան", "Ավանեսյան", "Նիկոլ Փաշինյան"]


def test_armenian_author_words_after_the_dash_may_run_long_before_the_verb() -> None:
    text = (
        "«Էջմիածին քաղաքում որևէ խանութ չի փակվել»,- վստահեցնում է ԵԿՄ նախագահ Մանվել "
        "Գրիգորյանը:\n\n"
        "«Էջմիածինը միակ տեղն ա հանրապետությունում, որ հացը չթանկանա»,- այսօր՝ «Երիտասարդ "
        "երկրապահ» կազմակերպության 5-րդ համագումարի ավարտին, լրագրողների հետ զրույցում նշեց "
        "ԵԿՄ նախագահը:"
    )
    assert speakers(text) == ["Մանվել Գրիգորյան", "Մանվել Գրիգորյան"]


def test_an_armenian_titles_particle_and_adverb_are_no_part_of_it() -> None:
    found = attribute_before("Այս անգամ վարչապետը նախապես զգուշացրեց. ", ())
    assert found is not None and found.role == "Այս անգամ վարչապետը"


def test_dutch_goes_on_is_a_cue() -> None:
    text = (
        "“Niemand in het kabinet zit in de politiek om mensen dit aan te doen,” vervolgt "
        "Mark Rutte."
    )
    assert speakers(text) == ["Mark Rutte"]


# Guards from the session's three reviews: cases the first drafts of these rules got wrong.


def test_an_interview_with_two_people_names_no_one_interviewee() -> None:
    text = (
        "Interview with Angela Merkel and Emmanuel Macron\n\n"
        "The German chancellor Angela Merkel and the French president Emmanuel Macron spoke "
        "to reporters in Aachen.\n\n"
        '"Europe must be able to defend itself."'
    )
    assert speakers(text) == [None]


def test_the_interviewee_speaks_in_the_interviews_section_only() -> None:
    text = (
        "Interview with Olaf Scholz\n\n"
        "Chancellor Olaf Scholz told Die Zeit that the coalition would hold.\n\n"
        '"The coalition will hold until the next election."\n\n'
        "Economy\n\n"
        "Inflation rose again in March, according to the statistics office.\n\n"
        '"Prices for energy are the main driver this time."'
    )
    assert speakers(text) == ["Olaf Scholz", None]


def test_the_interviewers_question_and_a_title_about_someone_are_not_the_interviewees() -> None:
    asked = (
        "Interview with Giorgia Meloni\n\n"
        "Giorgia Meloni received us at Palazzo Chigi.\n\n"
        'Q: "Prime Minister, will you run again in the next election?"\n\n'
        'A: "Of course. Italians have given us a mandate to change the country."'
    )
    assert speakers(asked) == [None, "Giorgia Meloni"]
    about = (
        "Interview with a killer: how police cracked the case of Peter Sutcliffe\n\n"
        "Peter Sutcliffe was finally arrested in Sheffield in 1981.\n\n"
        '"We had interviewed him nine times and let him go each time."'
    )
    assert speakers(about) == [None]


def test_a_parenthesis_announcing_the_quotation_still_names_its_speaker() -> None:
    text = (
        "Zitate der Woche\n\n"
        "(Bundeskanzler Olaf Scholz sagte am Montag in Berlin:)\n\n"
        '"Wir werden die Ukraine weiter unterstützen, solange es nötig ist."'
    )
    assert speakers(text) == ["Olaf Scholz"]


def test_headings_of_a_day_or_of_a_person_outside_a_digest_credit_no_one() -> None:
    day = (
        "Morning Briefing\n\nQuote Of The Day\n\n"
        '"Inflation is the one form of taxation that can be imposed without legislation."'
        "\n\nMarkets\n\nStocks rose on Tuesday as investors bet on rate cuts."
    )
    assert speakers(day) == [None]
    review = (
        "Press review\n\nAngela Merkel\n\n"
        "The former chancellor published her memoirs this week. Reviewers were not kind.\n\n"
        '"A book that explains everything and admits nothing."'
    )
    assert speakers(review) == [None]


def test_verbs_that_are_nouns_or_take_any_subject_report_only_after_a_quotation() -> None:
    text = 'Evidence suggests "a soft landing rather than a crash" in most regions this year.'
    assert speakers(text) == [None]
    dutch = (
        'Het Openbaar Ministerie vervolgt de man die tijdens de demonstratie "Weg met de '
        'koning en zijn hele familie" riep.'
    )
    assert attributions(dutch) == [(None, None)]


def test_idem_under_a_credit_that_names_no_one_names_no_one() -> None:
    text = (
        "Frases de la semana\n\n"
        '"La vivienda es el gran drama de los jóvenes."\n\n'
        "(Yolanda Díaz, vicepresidenta segunda, en RNE)\n\n"
        '"Cuando el río suena, agua lleva."\n\n'
        "(Refrán popular)\n\n"
        '"No hay dinero para todo."\n\n'
        "(Idem)"
    )
    assert speakers(text) == ["Yolanda Díaz", None, None]


def test_no_nested_quotation_for_a_plural_cue_or_a_book_title() -> None:
    plural = (
        'Le Parisien écrit : « Emmanuel Macron a reçu les syndicats. "Nous voulons des '
        'réponses concrètes et rapides", ont-ils déclaré à la sortie. »'
    )
    assert len(quotes(plural)) == 1
    book = (
        "A Lusa noticiou: \"O Presidente Marcelo Rebelo de Sousa disse que leu 'Os Maias de "
        "Eça de Queirós' três vezes na juventude.\""
    )
    assert len(quotes(book)) == 1


def test_no_sharing_past_a_person_named_or_a_verb_of_the_first_quotation() -> None:
    named = (
        'Rishi Sunak attacked the government in the Commons. "This government has run out of '
        'ideas", and Keir Starmer, "we will keep going with this programme of reform, whatever '
        "the unions, the opposition and the newspapers say about it, because the country voted "
        'for change and it deserves to get it," the prime minister replied.'
    )
    assert speakers(named)[0] == "Rishi Sunak"
    chanted = (
        "Les syndicats scandaient « Nous ne céderons rien », et le gouvernement, « ira jusqu'au "
        "bout de cette réforme des retraites, quoi qu'en disent les syndicats, les partis "
        "d'opposition et tous ceux qui, depuis des mois, bloquent le pays et empêchent le "
        "débat », a affirmé Élisabeth Borne à l'Assemblée."
    )
    assert speakers(chanted)[0] is None


def test_hyphens_keep_the_speaker_found_after_the_marks_and_no_cut_before_a_name() -> None:
    after = (
        "«Il problema della sicurezza è nazionale - ha aggiunto - Servono più agenti a "
        "Napoli», ha detto il sindaco Gaetano Manfredi."
    )
    assert speakers(after) == ["Gaetano Manfredi", "Gaetano Manfredi"]
    name = (
        "Il sindaco Gaetano Manfredi: «Ringrazio il governo - ha detto - Giorgia Meloni in "
        "particolare, per l'attenzione»."
    )
    assert len(quotes(name)) == 1


def test_a_given_name_that_is_a_country_stays_in_the_name_after_a_medium() -> None:
    text = (
        "« Je veux ce titre mondial et je l'aurai avant la fin de l'année », a déclaré à la "
        "BBC Israel Vázquez Jiménez, le challenger mexicain."
    )
    assert speakers(text) == ["Israel Vázquez Jiménez"]


def test_a_glued_mark_closing_a_quotation_opens_none() -> None:
    text = (
        'Le maire a répondu,"Nous ne fermerons pas l\'école cette année."Le conseil municipal '
        "votera le budget jeudi soir."
    )
    assert all(not q["text"].startswith("Le conseil") for q in quotes(text))


def test_a_title_adjective_before_an_institution_stays_the_institution() -> None:
    text = (
        "Президентская администрация сообщила: «Глава государства проведет совещание с "
        "членами Совбеза в пятницу»."
    )
    assert attributions(text) == [(None, "Президентская администрация")]


def test_a_name_in_the_dative_before_the_final_verb_is_the_one_told() -> None:
    text = (
        "Türkiye'nin tutumu değişmedi. Cumhurbaşkanı Erdoğan bunu telefon görüşmesinde ABD "
        "Başkanı Joe Biden'a söyledi.\n\n"
        '"Taahhütlerin yerine getirilmesini bekliyoruz. Somut adımlar görmeden onay '
        'vermeyeceğiz."'
    )
    assert speakers(text) != ["Joe Biden"]


def test_an_armenian_colon_after_a_quoted_name_still_announces() -> None:
    text = (
        "Նախարարը հիշեցրեց, որ «Առողջ Հայաստան» ծրագիրը մեկնարկել է անցյալ տարի, և "
        "հայտարարեց:\n\n"
        "«Պատվաստումները կշարունակվեն ամբողջ տարվա ընթացքում բոլոր մարզերում»։"
    )
    assert [q["cue"] for q in quotes(text)] == ["հայտարարեց"]


def test_a_pronoun_after_a_second_person_is_that_persons() -> None:
    text = (
        "John Smith met Anna Brown at the town hall, and she was blunt: "
        '"We will accept no compromise on this."'
    )
    assert speakers(text) == ["Anna Brown"]


def test_a_russian_title_noun_opening_the_sentence_is_a_role_not_a_body() -> None:
    text = (
        "Слова\n\n"
        "Дмитрий Медведев\n\n"
        "«Любому облеченному властью человеку нужно подавлять в себе соблазн объяснять».\n\n"
        "Председатель правительства раскритиковал тех, кто преследует «автора, произведение "
        "которого еще никто не видел»."
    )
    assert speakers(text) == ["Дмитрий Медведев", "Дмитрий Медведев"]
    body = "Аппарат правительства сообщил: «Документ подписан и вступает в силу сегодня»."
    assert attributions(body) == [(None, "Аппарат правительства")]
