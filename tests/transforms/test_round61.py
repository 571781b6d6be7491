"""Shapes of session 61, on invented text: a campaign's name spelled out beside its acronym
and a possessive inside a run; a pronoun after a paragraph that reports someone without
quoting; a paper's city after its name; a relative clause after the cue's subject; Dutch
"En" before a full name; a sentence that leads to the next quotation; a full stop with no
space after it; a Turkish office before a lone surname and a Turkish surname before a
dative; a region after a Ukrainian title; new Dutch and French cues; papers named by their
shape and after an Italian article; a digest's credits under their quotations; resumed
dash speech; transcripts labelled in Cyrillic; a front page in the plural; photo captions,
a glued date stamp, a date in figures and a desk's byline out of the paragraphs; and
guards beside each."""

from __future__ import annotations

from tests.transforms.parsed import (
    attributions,
    headings,
    paragraph_texts,
    quotes,
    speakers,
    speakers_and_roles,
    title,
)
from transforms.persons import find_names
from transforms.sections import is_byline


def test_a_campaign_spelled_out_beside_its_acronym_is_no_person() -> None:
    text = (
        "Village news\n\n"
        "Margaret Dunn chairs the new group, called SPOT (Save Pettistree's Old Tearoom), "
        "and said the tearoom was the only place left to meet.\n\n"
        "She said: “We will not let it go without a fight.”"
    )
    assert speakers(text) == ["Margaret Dunn"]
    names = [m.text for m in find_names("the group Parents Against Road Danger (PARD) said")]
    assert names == []


def test_a_person_beside_their_initials_stays_a_person() -> None:
    names = [m.text for m in find_names("El presidente Luis Alberto Lacalle Pou (LALP) habló")]
    assert names == ["Luis Alberto Lacalle Pou"]


def test_an_english_possessive_ends_a_name_but_not_a_bodys() -> None:
    names = [m.text for m in find_names("They toured Richard Branson's Necker Island.")]
    assert "Richard Branson's Necker Island" not in names
    assert "Richard Branson's" in names
    assert [m.text for m in find_names("a study by King's College London found")] != [
        "College London"
    ]


def test_a_pronoun_goes_on_with_the_one_the_paragraph_before_reports() -> None:
    text = (
        "Harbour dispute\n\n"
        "Gareth Lloyd chairs the harbour trust and said the quay was a lifeline.\n\n"
        "He said: “The quay is falling apart.”\n\n"
        "Local skipper and former councillor Owen Pryce said the repairs were booked for "
        "the “spring” at last.\n\n"
        "He said: “The money is there and the contractor starts in April.”"
    )
    assert speakers(text) == ["Gareth Lloyd", "Owen Pryce"]


def test_the_pronoun_skips_a_name_reported_inside_the_reporters_sentence() -> None:
    text = (
        "Harbour dispute\n\n"
        "“The quay is falling apart,” said fisherman Owen Pryce.\n\n"
        "Harbour master Gareth Lloyd said the engineer, Tom Rees, told him the repairs "
        "could wait.\n\n"
        "He said: “The money is there and the contractor starts in April.”"
    )
    assert speakers(text)[1] != "Tom Rees"


def test_a_papers_city_after_its_name_is_no_person() -> None:
    assert [m.text for m in find_names("según publica El Mundo de Madrid en su portada")] == []
    names = [m.text for m in find_names("declaró a El Diario de Vega, exalcalde de la villa")]
    assert [name.split()[-1] for name in names] == ["Vega"]  # a surname and its role


def test_a_name_inside_the_subjects_relative_clause_is_not_the_speaker() -> None:
    text = (
        "Crónica\n\n"
        "«Preparé un sobre con dinero cada mes», denunció la cocinera, que precisó que el "
        "Jefe de Gabinete era un habitual del Palacete de Montesol en aquella época."
    )
    assert speakers(text) == [None]


def test_a_closed_aside_after_the_cue_keeps_the_speaker_after_it() -> None:
    text = (
        "Crónica\n\n"
        "«No vamos a cerrar el puerto», dijo a EFE, que contactó con él por teléfono, el "
        "alcalde Ramón Sáez."
    )
    assert speakers_and_roles(text) == [("Ramón Sáez", "alcalde")]


def test_dutch_and_before_a_full_name_opens_its_subject() -> None:
    text = (
        "Gemeenteraad\n\n"
        "En Marieke Bos van de ChristenUnie stelde dat op basis “van oude plannen geen "
        "inspraak mogelijk is geweest.”"
    )
    assert speakers(text) == ["Marieke Bos"]


def test_the_next_sentences_cue_belongs_to_the_next_quotation() -> None:
    text = (
        "Gemeenteraad\n\n"
        "Pieter Smit, Leefbaar Dorp: “Niemand is tegen een nieuw plein. Waarom is niemand "
        "gehoord?” En Marieke Bos van de ChristenUnie stelde dat op basis “van oude "
        "plannen geen inspraak mogelijk is geweest.”"
    )
    assert speakers(text) == ["Pieter Smit", "Marieke Bos"]


def test_a_word_pointing_back_keeps_the_next_sentences_cue() -> None:
    text = "Senato\n\n«Chi pagherà il conto?» Lo chiede il senatore Carlo Bruni in aula."
    assert speakers(text) == ["Carlo Bruni"]


def test_a_full_stop_with_no_space_ends_the_sentence() -> None:
    text = (
        "Maç sonu\n\n"
        "Teknik Direktör Ahmet Kaya, “Zor bir maçtı, kazandığımız için mutluyuz” dedi."
        "Deplasmana değinen Kaya, “Orada da kazanmak istiyoruz” diye konuştu."
    )
    assert speakers(text) == ["Ahmet Kaya", "Ahmet Kaya"]


def test_a_title_abbreviation_glued_to_the_name_ends_no_sentence() -> None:
    text = "Deprem\n\n“Fay hattı hâlâ aktif” dedi Prof.Selim Aydın."
    assert speakers(text) == ["Selim Aydın"]


def test_a_turkish_office_before_a_lone_surname_names_him() -> None:
    text = (
        "Dış basın\n\n"
        "Sınır krizinin ardından Ürdün Başbakanı Haddad, “Sabrımızın sınırı var” dedi. "
        "Davutoğlu Haddad’a bir mektup gönderdi."
    )
    assert speakers_and_roles(text) == [("Haddad", "Ürdün Başbakanı")]


def test_a_place_after_a_turkish_office_is_no_person() -> None:
    text = "Ziyaret\n\nHatay Valisi Brüksel'e gitti. Vali, “İşbirliği sürecek” dedi."
    assert speakers(text) != ["Brüksel'e"]


def test_a_region_after_a_ukrainian_head_is_no_speaker() -> None:
    text = (
        "Нарада\n\n"
        "Голова Рівненської ОДА Віталій Коваль вислухав доповідь.\n\n"
        "«Треба говорити про реальні дії», - заявив очільник Рівненщини."
    )
    assert speakers(text) == ["Віталій Коваль"]


def test_a_foreign_surname_after_a_ukrainian_title_is_the_speaker() -> None:
    text = "Рим\n\n«Ми підтримуємо Україну», - заявила прем'єрка Мелоні."
    assert speakers(text) == ["Мелоні"]


def test_a_dutch_opinion_verb_and_a_french_signed_saying_are_cues() -> None:
    dutch = (
        "Raad\n\nJoris Veen van D66 meende dat de kritiek “volkomen wordt genegeerd door het "
        "college.”"
    )
    assert speakers(dutch) == ["Joris Veen"]
    french = (
        "Revue\n\n« La rue ne gouverne pas » : la formule est signée du premier ministre "
        "Alain Morel, devant les députés."
    )
    assert speakers(french) == ["Alain Morel"]


def test_a_goal_signed_by_a_player_is_no_quotation_credit() -> None:
    text = (
        "Sport\n\n« On y croyait », souffle l'entraîneur. L'ouverture du score est signée "
        "de Karim Diallo."
    )
    assert "Karim Diallo" not in speakers(text)


def test_papers_by_their_shape_and_after_an_italian_article() -> None:
    text = (
        "Revue de presse\n\n"
        "Le médiateur a réussi une performance selon Sahel Quotidien, celle « d'avoir réuni "
        "autour d'une même table des adversaires de toujours »."
    )
    assert attributions(text) == [(None, "Sahel Quotidien")]
    italian = (
        'Rassegna\n\n"Il governo resiste", scrive il quotidiano francese Le Monde, in un '
        "lungo articolo."
    )
    assert attributions(italian) == [(None, "Le Monde")]


def test_a_digests_credits_under_their_quotations() -> None:
    text = (
        "Quotes of the week\n\n"
        "“We are the greenest town in the county.”\n\n"
        "— Helen Park, Ashby mayor, at the council retreat\n\n"
        "“Nobody asked the people of the east side.”\n\n"
        "— Marcus Reed, Ashby City Council, at the retreat\n\n"
        "“You cannot be the noun until you have done the verb.”\n\n"
        "— Dale Norris, candidate for treasurer, on rivals"
    )
    assert speakers(text) == ["Helen Park", "Marcus Reed", "Dale Norris"]


def test_resumed_dash_speech_keeps_its_speaker_over_a_name_it_spoke_of() -> None:
    text = (
        "Mecz\n\n"
        "– Jeśli chodzi o Tomasza Wrona, decyzja zapadła wcześniej – mówił trener Adam "
        "Lis. – Widzimy, jak ten chłopak pracuje na treningach."
    )
    assert speakers(text) == ["Adam Lis", "Adam Lis"]


def test_a_transcript_labelled_in_cyrillic() -> None:
    text = (
        "Интервью\n\n"
        "Министр финансов Антон Силуанов ответил на вопросы радиостанции.\n\n"
        "Ведущий: Антон Германович, будет ли повышение налогов?\n\n"
        "Силуанов: Нет, таких планов у правительства нет.\n\n"
        "Ведущий: А дефицит бюджета?\n\n"
        "Силуанов: Дефицит мы закроем за счёт резервов."
    )
    found = [(q["speaker"], str(q["text"])[:5]) for q in quotes(text)]
    assert ("Антон Силуанов", "Нет, ") in found
    assert ("Антон Силуанов", "Дефиц") in found


def test_a_cyrillic_list_of_surnames_and_descriptions_is_no_transcript() -> None:
    text = (
        "Кто есть кто\n\n"
        "Силуанов: возглавляет министерство финансов с 2011 года.\n\n"
        "Набиуллина: руководит Центробанком.\n\n"
        "Решетников: отвечает за экономическое развитие."
    )
    assert quotes(text) == []


def test_a_headline_on_the_first_pages_of_a_paper() -> None:
    text = (
        "Revista\n\n"
        "La explicación, en El País de Madrid, que le dedica sus dos primeras páginas al "
        'asunto bajo el título: "El Gobierno prepara la subida de la luz".'
    )
    assert attributions(text) == [(None, "El País")]


def test_captions_stamps_and_dates_are_no_paragraphs() -> None:
    text = (
        "Presseschau\n\n"
        "3. Mai 2019Die Presseschau aus deutschen Zeitungen\n\n"
        "Die Kommentare befassen sich mit dem Haushalt und mit dem Wetter in Bayern.\n\n"
        "Kommentare aus deutschen Tageszeitungen (Max Mustermann, dpa)\n\n"
        'Die RHEIN-ZEITUNG schreibt: "Der Haushalt ist ein Kompromiss, aber ein guter."'
    )
    assert len(paragraph_texts(text)) == 2
    dated = (
        "Manşetler\n\n"
        "Gazetelerin bugünkü manşetleri ekonomiye ayrıldı.\n\n"
        "14.03.2019\n\n"
        "Hürriyet gazetesi, “Faizler düşüyor” başlığını attı."
    )
    assert "14.03.2019" not in paragraph_texts(dated)


def test_a_desks_byline_is_no_heading() -> None:
    assert is_byline("Door onze buitenlandredactie")
    assert is_byline("De notre correspondant à Rome")
    assert not is_byline("Door de redactie is besloten dat het blad stopt")
    text = (
        "Buitenland: verkiezingen in Spanje\n\n"
        "Door onze buitenlandredactie\n\n"
        "De Spaanse kranten schrijven over de uitslag.\n\n"
        "Spanje\n\n"
        "“Een nieuwe tijd”, schrijft El País."
    )
    assert "Door onze buitenlandredactie" not in headings(text)


def test_a_paragraph_opening_on_the_reviews_name_is_no_title() -> None:
    text = (
        "Rassegna stampa sportiva, le prime pagine dei quotidiani di oggi: ecco i titoli di "
        "Gazzetta, Corriere e Tuttosport. Apriamo con la Gazzetta, che intervista il tecnico "
        "Marco Neri. Neri: “Voglio vincere subito lo scudetto con questa squadra”.\n\n"
        "Proseguiamo con il Corriere, che parla di mercato."
    )
    assert title(text) is None
    assert speakers(text) == ["Marco Neri"]


def test_an_interviewees_dashed_turn_is_no_items_source() -> None:
    text = (
        "Entrevista\n\n"
        'O presidente da câmara, Rui Tavares, fala de tudo. Segundo Tavares "a câmara '
        'estava muito endividada antes das eleições".\n\n'
        "Jornal do Sul - Quais são os principais desafios que tem enfrentado até aqui?\n\n"
        "Rui Tavares - Considero que o maior desafio é em termos de mentalidades, porque eu "
        "encontrei uma forma de pensar enraizada."
    )
    assert speakers(text)[0] == "Rui Tavares"


def test_a_turkic_pronoun_opening_a_long_sentence_before_its_verb() -> None:
    text = (
        "Məşqçi\n\n"
        "“Komanda bu gün çox yaxşı oynadı. Biz qalib gəldik”.\n\n"
        "Bu sözləri “Neftçi”nin məşqçisi Vaqif Əliyev oyundan sonra deyib. O, Avropa "
        "Liqasında keçiriləcək növbəti matçı hələlik düşünmədiklərini bildirib:\n\n"
        "“O haqda fikirləşmirik. Biz öz oyunumuzu yaxşılaşdırmağı düşünürük.”"
    )
    assert speakers(text) == ["Vaqif Əliyev", "Vaqif Əliyev"]
