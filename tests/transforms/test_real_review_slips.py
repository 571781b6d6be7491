"""Habits and slips of real press reviews that invented ones rarely have (session 33):
a quotation mark that never closes, surnames in capitals, papers credited in parentheses or
after a headline, news sites glued to their domain. The texts are invented."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes, speakers
from transforms.document import document_to_dict, parse_document
from transforms.persons import find_names
from transforms.quotes import find_quotes


def _texts(paragraphs: list[str]) -> list[str]:
    return [span.text for span in find_quotes(paragraphs)]


def test_a_stray_opener_before_a_new_sentence_costs_one_quotation() -> None:
    paragraph = (
        "« Le ministre a qualifié le projet de « chimère » (sic). « Le budget sera voté en "
        "mai », titre « Ekho ». « Les prix montent », rapporte « Zerkalo »."
    )
    assert _texts([paragraph]) == [
        "Le ministre a qualifié le projet de « chimère » (sic).",
        "Le budget sera voté en mai",
        "Ekho",
        "Les prix montent",
        "Zerkalo",
    ]


def test_a_quotation_whose_closing_mark_was_forgotten_ends_before_its_author() -> None:
    paragraph = (
        "« Le suspect n’est pas le chef de la bande, a déclaré Rauf Guliev, chef de la police "
        "de Gandja. « Il serait faux de le croire », a conclu M. Guliev."
    )
    assert _texts([paragraph])[:2] == [
        "Le suspect n’est pas le chef de la bande",
        "Il serait faux de le croire",
    ]
    assert speakers(paragraph) == ["Rauf Guliev", "Rauf Guliev"]


def test_a_stray_opener_does_not_run_into_the_next_paragraph() -> None:
    paragraphs = [
        "« Les routes seront réparées avant l’hiver, promet le maire.",
        "Les journaux couvrent la visite du ministre. « La région est stable », a dit le ministre.",
    ]
    # session 39: "promet" is a cue, so the stray quotation ends before its author's words
    assert _texts(paragraphs) == [
        "Les routes seront réparées avant l’hiver",
        "La région est stable",
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["« Nous ne reculerons pas, et nous le dirons à Bruxelles"],
        ["« Nous ne reculerons pas.", "« Et nous le dirons à Bruxelles"],
    ],
)
def test_a_quotation_left_open_at_the_end_of_its_item_still_runs_to_the_end(
    paragraphs: list[str],
) -> None:
    (span,) = find_quotes(paragraphs)
    assert (span.closed, span.last_paragraph) == (False, len(paragraphs) - 1)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a déclaré Maharram ALIEV, chef de la police", ["Maharram ALIEV"]),
        ("a conclu M. ALIEV.", ["ALIEV"]),
        ("selon Mme ZAKHAROVA, porte-parole", ["ZAKHAROVA"]),
        ("a dit le Président KOTCHARIAN.", ["KOTCHARIAN"]),
        # an acronym after a title or a full name is a body or a paper, not a surname
        ("powiedział szef MON.", []),
        ("заявил голова ОВА.", []),
        ("sagte Henning Wittstock WELT.", ["Henning Wittstock"]),
        ("a dit le ministre UE.", []),
    ],
)
def test_surnames_in_capitals(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_a_surname_in_capitals_links_to_the_full_name() -> None:
    text = (
        "« Nous continuerons ce travail », a déclaré Vilayet EYVAZOV, vice-ministre de "
        "l’Intérieur.\n\n« Il serait faux de croire cela », a conclu M. EYVAZOV."
    )
    assert speakers(text) == ["Vilayet EYVAZOV", "Vilayet EYVAZOV"]


def test_a_headline_credited_to_a_paper_is_no_ones() -> None:
    text = (
        "La presse rend compte de la rencontre du Président Aliev avec le ministre turc, "
        "Ahmet Kaya. « L’Azerbaïdjan modernise son armée », titre « Yeni Musavat ». "
        "« Le gaz passera par la Géorgie », rapporte « Zerkalo »."
    )
    assert speakers(text) == [None, None]


def test_a_person_said_it_to_the_paper() -> None:
    text = (
        "Bürgermeister Florian Steiner sprach von einem Schlag. »Der Ort lebt vom Gletscher«, "
        "sagte er den „Salzburger Nachrichten“."
    )
    assert speakers(text) == ["Florian Steiner"]


def test_papers_listed_in_parentheses_are_no_quotations() -> None:
    text = (
        "« Il serait faux de croire cela », a conclu M. Guliev. (« Ayna », « Zerkalo »)\n\n"
        "Les journaux couvrent la conférence. (« Ayna », « Zerkalo », « Ekho »)"
    )
    doc = document_to_dict(parse_document((text + "\n").encode("utf-8")))
    assert [q["text"] for q in doc["quotes"]] == ["Il serait faux de croire cela"]
    assert doc["terms"] == ["Ayna", "Zerkalo", "Ayna", "Zerkalo", "Ekho"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Z.Mustafayeva Yenisabah.az-a açıqlamasında təəccübləndiyini bildirib.",
            ["Z.Mustafayeva"],  # the glued initial is the name's (session 45)
        ),
        ("Bunu Bakıvaxtı.az-a millət vəkili Rauf Həsənli söyləyib.", ["Rauf Həsənli"]),
        ("Caliber.az-a danışan Fiona Fairbairn bildirib", ["Fiona Fairbairn"]),
        ("Jednak Czarnek powiedział, że nie ustąpi.", ["Czarnek"]),
    ],
)
def test_news_sites_and_sentence_openers_are_no_names(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_a_quotation_said_to_a_news_site() -> None:
    text = (
        "“Mən həmkarıma sözümü çoxdan demişəm”. Bunu Bakıvaxtı.az-a millət vəkili Rauf "
        "Həsənli açıqlamasında söyləyib."
    )
    (quote,) = quotes(text)
    assert quote["speaker"] == "Rauf Həsənli"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "«Мы продолжим работу над проектом». Об этом заявил министр энергетики Иван Петров.",
            "Иван Петров",
            "министр энергетики",
        ),
        (
            "«Ми продовжимо роботу над проектом». Про це заявив міністр енергетики Іван Петренко.",
            "Іван Петренко",
            "міністр енергетики",
        ),
        (
            "“Mən həmkarıma sözümü çoxdan demişəm”. Bunu millət vəkili Rauf Həsənli söyləyib.",
            "Rauf Həsənli",
            "millət vəkili",
        ),
        (
            "“Projeye mutlaka devam edeceğiz”. Bunu Enerji Bakanı Ali Kaya söyledi.",
            "Ali Kaya",
            "Enerji Bakanı",
        ),
        (
            "« Nous poursuivrons ce projet ». C’est ce qu’a déclaré le ministre Jean Dupont.",
            "Jean Dupont",
            "ministre",
        ),
        (
            "„Wir machen mit dem Projekt weiter.“ Das sagte Bürgermeister Hans Weber am Montag.",
            "Hans Weber",
            "Bürgermeister",
        ),
        (
            '"We gaan door met het project." Dat zei burgemeester Jan de Vries.',
            "Jan de Vries",
            "burgemeester",
        ),
        (
            "«Andremo avanti con il progetto». Lo ha detto il ministro Marco Rossi.",
            "Marco Rossi",
            "ministro",
        ),
        (
            "«Seguiremos con el proyecto». Así lo afirmó el ministro Juan Pérez.",
            "Juan Pérez",
            "ministro",
        ),
        (
            "«Մենք շարունակելու ենք աշխատանքը նոր տարում»: Այս մասին ասաց նախարար Արմեն Սարգսյանը։",
            "Արմեն Սարգսյան",
            "նախարար",
        ),
        (
            "„Kontynuujemy ten projekt w przyszłym roku”. O tym poinformował minister Jan "
            "Kowalski.",
            "Jan Kowalski",
            "minister",
        ),
        (
            "„ჩვენ გავაგრძელებთ პროექტს მომავალ წელს“. ამის შესახებ მინისტრმა გიორგი ბერიძემ "
            "განაცხადა.",
            "გიორგი ბერიძე",
            "მინისტრი",
        ),
        # a short quotation is kept when the next sentence names its speaker
        (
            "«Мы справимся». Об этом заявил министр энергетики Иван Петров.",
            "Иван Петров",
            "министр энергетики",
        ),
    ],
)
def test_the_next_sentence_points_back_at_the_quotation(text: str, speaker: str, role: str) -> None:
    (quote,) = quotes(text)
    assert (quote["speaker"], quote["speaker_role"]) == (speaker, role)


def test_a_body_in_the_sentence_pointing_back() -> None:
    text = (
        "«Ми продовжимо роботу над проектом». Про це повідомила пресслужба Міністерства енергетики."
    )
    (quote,) = quotes(text)
    assert (quote["speaker"], quote["institution"]) == (
        None,
        "пресслужба Міністерства енергетики",
    )


def test_dutch_typewriter_marks_are_quotation_marks() -> None:
    text = (
        ",,Vroeger haalden we hier honderd ton per perceel'', zegt kweker Marinus Lindhout. "
        "Volgens de organisatie is ,,de combinatie van warm water'' de oorzaak."
    )
    found = quotes(text)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Vroeger haalden we hier honderd ton per perceel", "Marinus Lindhout"),
        ("de combinatie van warm water", None),
    ]


def test_normalising_keeps_commas_and_apostrophes_that_quote_nothing() -> None:
    from transforms.normalize import normalize_text

    assert normalize_text("1,,5 en ''x'' of rock 'n' roll,, toch") == (
        "1,,5 en ''x” of rock 'n' roll,, toch"
    )


def test_french_spacing_typed_with_straight_marks() -> None:
    paragraphs = [
        'Le chef de l\'Etat, qui avait demande de " regarder son histoire en face ", a franchi '
        'un pas en avancant comme delai " la fin de son mandat',
        '". Il a ajoute que " la Turquie s\'honorerait a revisiter son histoire ".',
    ]
    assert _texts(paragraphs) == [
        "regarder son histoire en face",
        "la fin de son mandat",
        "la Turquie s'honorerait a revisiter son histoire",
    ]


@pytest.mark.parametrize("paragraph", ['x " y', 'mesure 5 " 6 pouces'])
def test_a_lone_spaced_straight_mark_quotes_nothing(paragraph: str) -> None:
    assert _texts([paragraph]) == []


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Novruzovun", "Novruzov"),
        ("Mustafayevanın", "Mustafayeva"),
        ("Əmrullayevlə", "Əmrullayev"),
        ("Aliyevin", "Aliyev"),
        # a woman's name, a man's dative, Georgian and Faroese names stay whole
        ("Novruzova", "Novruzova"),
        ("Gelovani", "Gelovani"),
        ("Jákupsstovu", "Jákupsstovu"),
        ("Evdokimovich", "Evdokimovich"),
    ],
)
def test_azerbaijani_case_endings_glued_to_a_surname(word: str, base: str) -> None:
    from transforms.persons import base_word

    assert base_word(word) == base


def test_a_name_in_the_genitive_is_the_same_person() -> None:
    text = (
        "“Mən sözümü demişəm”, – deyə millət vəkili Siyavuş Novruzov bildirib.\n\n"
        "Həmkarı Siyavuş Novruzovun bugünkü çıxışını tənqid edib."
    )
    doc = document_to_dict(parse_document((text + "\n").encode("utf-8")))
    assert [p["name"] for p in doc["persons"]] == ["Siyavuş Novruzov"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Trattativa Italia-Ue per evitare la procedura.", ["Trattativa"]),
        ("Usa-Cina, è tregua sui dazi.", []),
        ("Pierre Mendès-France a dit non.", ["Pierre Mendès-France"]),
    ],
)
def test_a_pair_of_countries_is_no_name(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_a_headline_reads_no_one_speaks() -> None:
    text = (
        "Газеты пишут о встрече, обсуждавшейся Джорджем Бушем и Владимиром Путиным. «Путин не "
        "поддержит акции ООН против Ирана», гласит заголовок в «Вашингтон пост»."
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Multinazionali (Sole). Renzi al Sole: "Di Maio odia chi crea lavoro, basta".', "Renzi"),
        ('Matteo Renzi al Corriere: "Di Maio odia chi crea lavoro, basta".', "Matteo Renzi"),
    ],
)
def test_who_spoke_to_which_paper_before_a_colon(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_georgian_holder_in_apposition_after_a_title() -> None:
    text = (
        "“ორი ცალი გაქვთ და რად გინდა?” – ასე პასუხობს კულტურის მინისტრი, თეა წულუკიანი "
        "ჟურნალისტის კითხვას."
    )
    (quote,) = quotes(text)
    assert (quote["speaker"], quote["speaker_role"]) == ("თეა წულუკიანი", "კულტურის მინისტრი")


def test_a_georgian_anonymous_source_after_a_title_stays_unnamed() -> None:
    text = (
        "„ზამთარს ისევ ვალებით გავატარებთ“, – ამბობს ფერმერი, რომელმაც ვინაობის "
        "დასახელება არ ისურვა."
    )
    assert speakers(text) == [None]


# What a read-only review of the rules above found misfiring, kept as it should be.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a speaker named before the quotation keeps it; "also" names another one
        (
            "Министр Иванов заявил: «Мы справимся». Об этом сообщает пресс-служба министерства.",
            "Иванов",
        ),
        (
            "Il sindaco Marco Rossi ha detto: «Ricostruiremo il ponte». Lo ha detto anche il "
            "presidente della Regione Luca Zaia.",
            "Marco Rossi",
        ),
        # no verb of speech in the sentence pointing back
        ("На табличке написано: «Мост закрыт до осени». Об этом мэр Андрей Смирнов не знал.", None),
        # a bare surname in parentheses, named again outside them, is a person
        (
            "Ilham Aliev a reçu le ministre russe (Lavrov). « Nos relations sont excellentes », a "
            "déclaré Lavrov.",
            "Lavrov",
        ),
        (
            'The two senators (Warren and Sanders) wrote a letter. "We demand answers," Sanders '
            "said.",
            "Sanders",
        ),
        # a role found before the quotation outweighs the paper it was read in
        (
            "Le ministre de la Défense Zakir Hasanov s'est rendu sur le front. Le ministre a "
            "déclaré : « Nous sommes prêts à tout », rapporte « Zerkalo ».",
            "Zakir Hasanov",
        ),
        # English names in -evin, and a missing space after a full stop
        ('"Music is a language," said the conductor André Previn. He smiled.', "André Previn"),
        ('"We are ready," said Mayor John Smith.It was the first time.', "John Smith"),
        # a Georgian name in a case after the title's comma is no holder
        ("„ზამთარს ისევ ვალებით გავატარებთ“, – ამბობს ფერმერი, ნინო ბერიძის მეზობელი.", None),
    ],
)
def test_misfires_found_in_review(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_a_title_after_its_noun_stays_a_term_before_a_sentence_pointing_back() -> None:
    text = (
        "В мае театр покажет премьеру спектакля «Гамлет». Об этом сообщил директор театра Иван "
        "Петров."
    )
    assert quotes(text) == []


def test_an_incise_inside_a_quotation_left_open_does_not_end_it() -> None:
    paragraph = "Il sindaco: «La Regione, ha detto, non ci ha ascoltato. Andremo avanti da soli."
    assert _texts([paragraph]) == [
        "La Regione, ha detto, non ci ha ascoltato. Andremo avanti da soli."
    ]


def test_a_long_quotation_going_on_after_an_ellipsis() -> None:
    paragraphs = [
        '"We will fight on," Prime Minister John Major said. "We shall never surrender.',
        '"...We shall go on to the end," he added.',
    ]
    assert _texts(paragraphs)[1] == "We shall never surrender. ...We shall go on to the end"


def test_scraped_doubled_marks_are_one_mark() -> None:
    text = 'The minister spoke on Wednesday.\n\nHe says: ""If the media is the body that checks '
    text += 'us, then who does it for the media?""'
    (quote,) = quotes(text)
    assert (
        quote["text"] == "If the media is the body that checks us, then who does it for the media?"
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Винороб із села Мужієво Карой Фейєр пояснює:", ["Винороб", "Карой Фейєр"]),
        ("Жительница посёлка Тикси Анна Сидорова рассказала:", ["Анна Сидорова"]),
        # a settlement noun before a full name alone names no place
        ("Жительница села Ольга Витальевна Дерябина рассказала:", ["Ольга Витальевна Дерябина"]),
    ],
)
def test_a_settlement_named_before_a_person(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_a_straight_mark_glued_to_a_colon_opens() -> None:
    text = (
        'Novruz Məmmədov jurnalistlərdən gileyləndi:"Qərara almışam ki, mətbuata açıqlama verməyim"'
    )
    (quote,) = quotes(text)
    assert (quote["text"], quote["speaker"]) == (
        "Qərara almışam ki, mətbuata açıqlama verməyim",
        "Novruz Məmmədov",
    )


def test_georgian_typewriter_marks_with_a_space() -> None:
    from transforms.normalize import normalize_text

    assert normalize_text(',, შეეშვით ჭორაობას" - თქვა მან.') == '„შეეშვით ჭორაობას" - თქვა მან.'


def test_the_next_paragraph_points_back_and_its_first_full_name_spoke() -> None:
    text = (
        "“Nikol Paşinyanın dediyi fikirlərlə ətraflı xəbərdar deyiləm. Hazırda suala cavab "
        "verə bilməyəcəm”.\n\nBunu Modern.az-a açıqlamasında sabiq Baş Nazir Novruz Məmmədov "
        "Ermənistanın baş naziri Nikol Paşinyanın Dağlıq Qarabağ münaqişəsi ilə bağlı "
        "referendum xəbərinə münasibət bildirərkən deyib."
    )
    assert speakers(text) == ["Novruz Məmmədov"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("sabiq Baş Nazir Novruz Məmmədov Ermənistanın baş naziri", ["Novruz Məmmədov"]),
        ("baş naziri Nikol Paşinyanın Dağlıq Qarabağ münaqişəsi", ["Nikol Paşinyanın"]),
    ],
)
def test_a_turkic_genitive_ends_a_name(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)][:1] == names


# What a second review found misfiring in 0.157.0 and 0.158.0, kept as it should be.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Школу откроем в сентябре», — сказал глава города Ильдар Рашитович Халиков.",
            "Ильдар Рашитович Халиков",
        ),
        (
            "„Wir haben keine Wahl“, sagte Jürgen Meister, Sprecher der Stadtwerke.",
            "Jürgen Meister",
        ),
        ('"We will win," said Russian MP Natalia Polevaya.', "Natalia Polevaya"),
        ("«Non è vero», ha detto Gianfranco Stevanin.", "Gianfranco Stevanin"),
        ("«No es así», dijo la consejera María Salvador-Portugal.", "María Salvador-Portugal"),
        ("Текст петиции гласит: «Мы требуем отставки мэра города».", None),
        ('Escreve a Folha: "O governo perdeu o rumo de vez."', None),
        ("Repubblica attacca: «Il governo mente sui conti pubblici». (Repubblica)", None),
        (
            "«Мы не допустим эскалации на границе». Об этом заявил министр иностранных дел России "
            "Сергей Лавров, а также добавил, что переговоры продолжатся.",
            "Сергей Лавров",
        ),
        (
            "Глава МИД: «Мы не допустим эскалации на границе». Об этом заявил Сергей Лавров на "
            "брифинге.",
            "Сергей Лавров",
        ),
        (
            "“Əməkdaşlıq davam edəcək”. Bunu Prezident İlham Əliyev ilə görüşdən sonra Avropa "
            "İttifaqı Şurasının prezidenti Şarl Mişel deyib.",
            "Şarl Mişel",
        ),
        (
            "«Ситуация под контролем полностью».\n\nОб этом не знал даже губернатор Вячеслав "
            "Гладков, сообщает ТАСС.",
            None,
        ),
        (
            "„ჩვენ გავაგრძელებთ პროექტს მომავალ წელს“, – განაცხადა პრემიერ-მინისტრმა, ირაკლი "
            "კობახიძემ.",
            "ირაკლი კობახიძე",
        ),
    ],
)
def test_misfires_found_in_the_second_review(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_a_doubled_mark_inside_closes_nothing_alone() -> None:
    text = '"Ich empfehle allen "Faust"", sagte Friedrich Merz, "und zwar sofort".'
    assert speakers(text) == ["Friedrich Merz", "Friedrich Merz"]


def test_an_author_that_is_no_pronoun_ends_a_quotation_left_open() -> None:
    paragraph = '"We will not give up on this reform, said officials, who asked not to be named.'
    assert _texts([paragraph]) == ["We will not give up on this reform"]
