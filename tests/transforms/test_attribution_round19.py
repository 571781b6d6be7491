"""Attribution shapes of session 19, on invented text.

Where someone comes from, written before their name ("a tourist from Shanghai Li Wei", "a
resident of Kulob ..."), is no part of the name, even when the given name is in no table.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Покупательница из Лондона Эмили Картер, которая заказывает здесь посуду, сказала: "
            "«Это синяя глазурь, которой больше нигде нет».",
            "Эмили Картер",
        ),
        (
            "Серед гостей був колекціонер із Торонто Стівен Марчук. «I grew up with a pot from "
            "this village», — сказав він англійською.",
            "Стівен Марчук",
        ),
        (
            'Ribar iz Pakoštana Mate Kuzmanić kaže: "Moj djed lovio je ovdje sto kila na dan."',
            "Mate Kuzmanić",
        ),
        (
            "Жительница Куляба Мехринисо Назарова рассказала изданию о генераторе. «В прошлом "
            "году света не было по двенадцать часов», — сказала она.",
            "Мехринисо Назарова",
        ),
        (
            "Турист из Шанхая Ли Вэй сказал: «Здесь холоднее, чем я думал».",
            "Ли Вэй",
        ),
    ],
)
def test_the_place_someone_comes_from_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_given_name_after_from_stays_in_the_name() -> None:
    text = "Сообщение пришло из Москвы. «Мы готовы к переговорам», — сказал Иван Петров."
    assert speakers(text) == ["Иван Петров"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Ministerin Dessislawa Todorowa sagte am Montag: „Wir bauen weiter.“ Ihr "
            "Kritiker widersprach. „Wer recht hat, werden die Zahlen zeigen“, sagte Todorova.",
            "Dessislawa Todorowa",
        ),
        (
            "Il sindaco Nikos Vlachopoulos ha detto: «Marzo è tardi.» Poi Vlahopoulos ha "
            "aggiunto: «Marzo vuol dire dopo Pasqua».",
            "Nikos Vlachopoulos",
        ),
        (
            "Der Minister Ramin Tagiyev sagte: „Wir wollen mehr.“ Taghiyev fügte hinzu: „Wir "
            "wollen bis 2030 ein Drittel.“",
            "Ramin Tagiyev",
        ),
        (
            'Belediye Başkanı Könül Məmmədbəyli "Kazı sürecek" dedi. Memmedbeyli ekledi: '
            '"Kazı ekim ayına kadar sürecek."',
            "Könül Məmmədbəyli",
        ),
    ],
)
def test_a_surname_respelled_by_another_transliteration_is_the_same_person(
    text: str, speaker: str
) -> None:
    assert speakers(text)[-1] == speaker


def test_a_surname_with_other_consonants_is_not_respelled() -> None:
    text = (
        "Minister Ramin Karimov sagte: „Wir bauen weiter.“ Der Bauer widersprach. "
        "„Das glaube ich nicht“, sagte Kerimli."
    )
    assert speakers(text)[-1] != "Ramin Karimov"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Starosta Peter Kubala řekl: „Nevím, kdy to skončí.“ Podle Kubaly „obec letos "
            "přijde nejméně o třetinu turistů”.",
            "Peter Kubala",
        ),
        (
            "Dyrektor Agnieszka Kulpa-Wrona powiedziała: „Nie wiem.” Zdaniem Kulpy-Wrony "
            "„kopalnia powinna przynajmniej uruchomić windę”.",
            "Agnieszka Kulpa-Wrona",
        ),
    ],
)
def test_a_surname_in_a_in_the_genitive_is_the_person_named_before(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a noun after an elided definite article is a body's word, not a person
        "Le ministère de l'Équipement et de l'Eau a indiqué que le barrage « est rempli à 9 % "
        "seulement, son plus bas niveau depuis sa mise en service ».",
        # an English compound adjective of a place is no name
        "The Irish Coast Guard said its Shannon-based helicopter had flown 14 missions in "
        "April, “more than in the whole of last year”.",
        # a place alone after a preposition of origin is nobody
        "Отдыхающий из Алма-Аты рассказал изданию, что узнал о закрытии пляжа «уже в воде, от "
        "спасателя со свистком».",
        # "a tourist", then the topic particle, the paper told and the language spoken
        "Borjomiyə müalicəyə gələn rusiyalı bir turist isə qəzetə rus dilində deyib: «Мы пьём "
        "эту воду с детства, и вкус у неё уже не тот».",
    ],
)
def test_nobody_is_named_as_the_speaker(text: str) -> None:
    assert speakers(text) == [None]


def test_a_surname_with_an_elided_particle_stays_a_person() -> None:
    assert speakers("« C'est fini », a dit Massimo D'Alema.") == ["Massimo D'Alema"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Новости\n\nКомпания закрыла цех. «Рыбы нет, а платить людям нечем», – объяснил "
            "директор компании Серик Ибраимов.",
            "Серик Ибраимов",
        ),
        (
            "Новини\n\n«Дах протікав уже три зими», – підтвердив настоятель Іван Ковальчук.",
            "Іван Ковальчук",
        ),
        # Armenpress glues the dash to the verb
        (
            "Լուրեր\n\n«Ամռան օրերին կիրճ էր իջնում մինչև 7000 մարդ»,-ասել է համայնքի ղեկավար "
            "Սամվել Պետրոսյանը։",
            "Սամվել Պետրոսյան",
        ),
    ],
)
def test_common_verbs_and_a_glued_dash_are_cues(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_hyphenated_word_is_no_cue() -> None:
    # "Report-a" is the agency told (a dative), never the cue "a"
    text = (
        "Xəbərlər\n\n“Yol iki gündür bağlıdır, təmir davam edir”, - deyə nazir Elnur Quliyev "
        "Report-a bildirib."
    )
    assert speakers(text) == ["Elnur Quliyev"]


def test_a_ukrainian_statement_speaks_for_its_body() -> None:
    text = (
        "Новини\n\nСвященник Василе Моцок розповів, що «старий ґонт протікав над іконостасом "
        "уже три зими».\n\n«Роботи погоджено, а майстри мають досвід реставрації пам'яток», – "
        "йдеться в заяві Національного інституту спадщини Румунії."
    )
    assert attributions(text) == [
        ("Василе Моцок", None),
        (None, "Національний інститут спадщини Румунії"),  # its dictionary form (session 20)
    ]


def test_a_company_s_last_word_makes_a_body_without_a_statement() -> None:
    text = (
        '"We cannot bring a loaded barge into a harbour that is 1.8 metres deep at low '
        'water," Arctic Sealift Partners said, adding that cargo could be trucked.'
    )
    assert attributions(text) == [(None, "Arctic Sealift Partners")]


def test_a_masculine_title_after_the_italian_article_refers_to_the_woman_holding_it() -> None:
    text = (
        "Notizie\n\nLa sindaca Francesca Tardani ha detto: «La rupe resta chiusa fino a "
        "settembre». «Chiudere adesso vuol dire chiudere e basta», ha detto Marco Paolocci, "
        'titolare di una trattoria. Il sindaco ha risposto che i ristoratori "potranno '
        'chiedere la sospensione della tassa sul suolo pubblico".'
    )
    assert speakers(text) == ["Francesca Tardani", "Marco Paolocci", "Francesca Tardani"]


def test_the_french_pronoun_before_its_verb_still_refers_back() -> None:
    text = (
        "Nouvelles\n\n« Rien ne change pour nous », a dit Paul Martin, un pêcheur. Il a "
        "répondu que « tout sera réglé avant l'été, comme promis »."
    )
    assert speakers(text) == ["Paul Martin", "Paul Martin"]


def test_she_after_a_man_answered_is_the_woman_before_him() -> None:
    text = (
        'News\n\n"The road is the whole plan. Without it the new site is a field," said Ruth '
        'Sinnok-Avery, president of the tribal council. "It is in the state budget for 2032," '
        'replied Brian Halvorsen, a deputy commissioner. "It was in the budget for 2022 as '
        'well," she said.'
    )
    assert speakers(text) == ["Ruth Sinnok-Avery", "Brian Halvorsen", "Ruth Sinnok-Avery"]


def test_a_person_named_after_a_body_s_lowercase_complement_is_the_speaker() -> None:
    text = (
        "Revue\n\n« Der Doubs ist ein Karstfluss. Er verliert sein Wasser im Untergrund », a "
        "résumé l'hydrologue de l'Office fédéral de l'environnement Ueli Brönnimann."
    )
    assert attributions(text) == [("Ueli Brönnimann", None)]


def test_a_given_name_inside_a_body_s_name_stays_in_it() -> None:
    text = (
        "Noticias\n\n«La responsabilidad de controlar los vertidos es de la comunidad», señaló "
        "el Ministerio para la Transición Ecológica y el Reto Demográfico."
    )
    assert speakers(text) == [None]


# Counter-examples a review of the session's rules found; each failed before its fix.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Headline\n\nUkraine's first lady Olena Zelenska visited London on Monday. \"We will "
            'never accept this decision under any circumstances," President Zelensky said.',
            "Zelensky",
        ),
        (
            "Headline\n\nMüdafiə naziri Zakir Həsənov çıxış edib. «Biz heç bir halda bu qərarı "
            "qəbul etməyəcəyik», - Hüseynov bildirib.",
            "Hüseynov",
        ),
        (
            "Headline\n\nPrimo cittadino Carlos Moreno ha parlato. «Non accetteremo mai questa "
            "decisione in nessun caso», ha detto ai giornalisti Marino.",
            "Marino",
        ),
        (
            "Headline\n\nLa ministra dell'Istruzione Giulia Rossi ha incontrato il ministro "
            "dell'Economia Marco Bianchi. «Non accetteremo questa decisione in nessun caso», ha "
            "detto il ministro.",
            "Marco Bianchi",
        ),
        (
            "Headline\n\nПрибывший из Москвы Лавров заявил: «Мы не видим никаких оснований для "
            "паники сейчас».",
            "Лавров",
        ),
    ],
)
def test_review_counter_examples(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
