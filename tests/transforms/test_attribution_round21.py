"""Attribution shapes of session 21, on invented text: bodies that speak in the plural, in
their statements, and in the cases Armenian, Russian and Ukrainian put them in."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armenian: "they reported from the ministry", before and after the quotation
        (
            "Էկոնոմիկայի նախարարությունից հայտնել են, որ «ծրագիրը կընդլայնվի ևս երեք համայնքում»։",
            [(None, "Էկոնոմիկայի նախարարություն")],
        ),
        (
            "«Ջրի նմուշները համապատասխանում են նորմերին», - հայտնել են Տարածքային կառավարման "
            "և ենթակառուցվածքների նախարարությունից։",
            [(None, "Տարածքային կառավարման և ենթակառուցվածքների նախարարություն")],
        ),
        # an acronym in the ablative, after a hyphen
        ("«Հրդեհը մարված է ամբողջությամբ», - հայտնել են ԱԻՆ-ից։", [(None, "ԱԻՆ")]),
        # Ukrainian: the body in the locative, its people in the plural, its genitive
        # complements kept
        (
            "У Міністерстві соціальної політики України зазначили, що «консульський прийом "
            "відбуватиметься щомісяця».",
            [(None, "Міністерство соціальної політики України")],
        ),
        (
            "«Рівень нітратів перевищує допустимий у сорок разів», – ідеться в повідомленні "
            "Управління річки Літані.",
            [(None, "Управління річки Літані")],
        ),
        # Russian: whose statement it is, in the genitive or in quotation marks
        (
            "«Эвакуация жителей не требуется», - говорится в сообщении Западно-Уральского "
            "управления Ростехнадзора.",
            [(None, "Западно-Уральское управление Ростехнадзора")],
        ),
        (
            "«В 2027 году порядок проводки будет изменен», говорится в сообщении «Росатома», "
            "опубликованном в понедельник.",
            [(None, "Росатома")],
        ),
        (
            "«Воду дают два раза в неделю по шесть часов», — говорится в обращении ассоциации "
            "фермеров «Ургут-Агро».",
            [(None, "ассоциация фермеров «Ургут-Агро»")],
        ),
        (
            "В Ростуризме сообщили, что квоты «будут сохранены для всех туристов».",
            [(None, "Ростуризм")],
        ),
    ],
)
def test_a_body_speaks_through_its_people_or_its_statement(
    text: str, expected: list[tuple[object, object]]
) -> None:
    assert attributions("Заголовок\n\n" + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "«Ми готові до зими», — сказала Ліліана Попеску. Рейс погоджено з українською стороною. "
        "«Перевізник має розпочати роботу 1 липня», — зазначили в консульстві.",
        "«Ամեն ինչ կարգին է», - ասել է նախարար Արմեն Պետրոսյանը։ «Աշխատանքները շարունակվում "
        "են», - հայտնել են գյուղապետարանում։",
    ],
)
def test_a_plural_verb_is_not_the_person_quoted_before(text: str) -> None:
    found = attributions("Заголовок\n\n" + text)
    assert found[0][0] is not None
    assert found[1][0] is None


def test_a_persons_name_after_a_bodys_complement_is_not_part_of_the_body() -> None:
    text = (
        "Заголовок\n\nЧисло рейсов превысит сотню, сообщил руководитель Главного управления "
        "Севморпути Дмитрий Шамраев. «Мы готовы принять вдвое больше судов», — сказал он. "
        "«Ледоколов не хватает», — говорится в сообщении управления."
    )
    found = attributions(text)
    assert found[0] == ("Дмитрий Шамраев", None)
    assert found[1][1] is not None and "Шамраев" not in str(found[1][1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish: the body's statement before the quotation, the passive verb after it
        (
            "Bulgaristan Çevre ve Su Bakanlığı'ndan yapılan açıklamada ise “Projenin nisan "
            "ayında ihaleye çıkacağı” ifadesine yer verildi.",
            [(None, "Bulgaristan Çevre ve Su Bakanlığı")],
        ),
        (
            'Azersu\'nun açıklamasında ise "Şebeke tüm ihtiyacı karşılayacak kapasitede" '
            "ifadesine yer verildi.",
            [(None, "Azersu")],
        ),
        (
            "Santrali işleten Batı Karadeniz Enerji A.Ş.'den yapılan yazılı açıklamada ise "
            '"İçme suyunda herhangi bir risk bulunmamaktadır" denildi.',
            [(None, "Batı Karadeniz Enerji A.Ş.")],
        ),
        # a body named by the acronym the text gave it: its name spelled out
        (
            "Hamam, Türk İşbirliği ve Koordinasyon Ajansı Başkanlığı (TİKA) desteğiyle "
            "yenilendi. TİKA'dan yapılan açıklamada, \"Hamam ekim ayından itibaren kültür "
            'merkezi olarak ziyaretçilere açık olacak" denildi.',
            [(None, "Türk İşbirliği ve Koordinasyon Ajansı Başkanlığı")],
        ),
        # Dutch: the separable verb around the statement; a name without a given name
        # that issues a statement is a body
        (
            'Het ministerie van Openbare Werken liet in een verklaring weten dat "de dijk in '
            'september in gebruik wordt genomen".',
            [(None, "ministerie van Openbare Werken")],
        ),
        (
            'Kanaalzone Chemie laat in een verklaring weten dat "de lozingen sinds maart met '
            'zestig procent zijn teruggebracht".',
            [(None, "Kanaalzone Chemie")],
        ),
        (
            'Pieter Bakker liet in een verklaring weten dat "de dijk veilig is voor de winter".',
            [("Pieter Bakker", None)],
        ),
        # Armenian and Georgian: the author in the genitive before the statement noun
        (
            "«Հրադադարի խախտումներ չեն արձանագրվել», - նշված է Պաշտպանության նախարարության "
            "հաղորդագրության մեջ։",
            [(None, "Պաշտպանության նախարարություն")],
        ),
        (
            "Վրաստանի ազգային գործակալության հաղորդագրության մեջ նշված է, որ «աշխատանքները "
            "կֆինանսավորվեն հավասար մասերով»։",
            [(None, "Վրաստանի ազգային գործակալություն")],
        ),
        (
            "„ნებართვა კანონის შესაბამისად არის გაცემული“, — ნათქვამია ამბროლაურის "
            "მუნიციპალიტეტის მერიის განცხადებაში.",
            [(None, "ამბროლაურის მუნიციპალიტეტის მერია")],
        ),
        (
            "„ფასს 1,2 ლარზე მეტს წელს ვერ გადავიხდით“, – ნათქვამია კომპანია „ალაზნის "
            "მარნების“ განცხადებაში.",
            [(None, "ალაზნის მარნები")],
        ),
        (
            "„წყალმომარაგების კომპანიის“ განცხადებაში ნათქვამია, რომ „მოსახლეობას წყალი "
            "ავტოცისტერნებით ყოველდღიურად მიეწოდება“.",
            [(None, "წყალმომარაგების კომპანია")],
        ),
        (
            "ატრაქციონის მფლობელი კომპანია Tavush Adventures-ის განცხადებაში ნათქვამია, რომ "
            "„უბედური შემთხვევა ტურისტების მიერ წესების დარღვევამ გამოიწვია“.",
            [(None, "Tavush Adventures")],
        ),
        # a company named in « » before its noun keeps its name
        (
            "«Մեղրաձոր Մայնինգ» ընկերությունը համաձայն չէ։ «Անկախ փորձագետները վտանգ չեն "
            "հայտնաբերել», – ասված է ընկերության հայտարարության մեջ։",
            [(None, "«Մեղրաձոր Մայնինգ» ընկերություն")],
        ),
    ],
)
def test_the_author_of_a_statement(text: str, expected: list[tuple[object, object]]) -> None:
    assert attributions("Başlık\n\n" + text) == expected


def test_a_person_who_asked_not_to_be_named_is_the_pronoun_after_a_body() -> None:
    text = (
        "Վերնագիր\n\n«Ժամանակացույցը կհրապարակվի մինչև փետրվար»,- նշված է Ջրային կոմիտեի "
        "հաղորդագրությունում։ «Ջուրը բավական է», - ասել է Սամվել Գրիգորյանը։\n\nՋրամբարը "
        "շահագործող ընկերության աշխատակիցներից մեկը, ով խնդրեց չնշել իր անունը, պատմեց, որ "
        "արտահոսքերը նկատելի են։ «Ամեն գարուն ավելի շատ ջուր է ծորում», - ասաց նա։"
    )
    assert [s for s, _ in attributions(text)] == [None, "Սամվել Գրիգորյան", None]


def test_an_unnamed_turkish_subject_before_whom_they_told() -> None:
    text = (
        "Başlık\n\nSantrali işleten Batı Karadeniz Enerji A.Ş.'den yapılan yazılı açıklamada ise "
        '"Sızıntı kontrol altına alınmıştır" denildi. Filyos\'ta otuz yıldır ağ atan bir balıkçı '
        'ise gazetecilere "Bu dereden ekmek yiyoruz, böyle bir felaketi hiç görmedik" diye '
        "konuştu."
    )
    assert attributions(text) == [(None, "Batı Karadeniz Enerji A.Ş."), (None, None)]


def test_a_surname_named_before_is_a_persons_statement() -> None:
    text = (
        "Başlık\n\nBaşkan Kemal Kalkavan dün konuştu. Kalkavan'ın açıklamasında \"Yeni "
        'tarifeler kademeli olarak yansıtılacaktır" ifadesine yer verildi.'
    )
    assert attributions(text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place in the genitive opens the title's complement; the full name is the speaker
        (
            "«Երկլեզու դասագիրքը լավ է, բայց ուսուցիչներ են պետք»,- նշել է Ծալկայի «Արշալույս» "
            "մշակութային միության նախագահ Սուրեն Մաթևոսյանը։",
            ["Սուրեն Մաթևոսյան"],
        ),
        (
            "«Տերմինալը տարեկան կընդունի մինչև 300 հազար տոննա բեռ»,- հայտարարել է Արասի ազատ "
            "գոտու կառավարիչ Մոհամմադռեզա Ղասեմին։",
            ["Մոհամմադռեզա Ղասեմի"],
        ),
        # one of the drivers, told to a foreign agency: nobody named
        (
            "«Սահմանին երեք օր սպասեցի, և ոչ ոք չօգնեց»,- Tasnim-ին ասել է հայ վարորդներից մեկը։",
            [None],
        ),
    ],
)
def test_armenian_speakers_after_a_place_or_among_a_group(
    text: str, expected: list[object]
) -> None:
    assert [s for s, _ in attributions("Վերնագիր\n\n" + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the surname of someone named in full before is that person, not a body
        (
            "Premier Dick Schoof reageerde woensdag op de uitspraak. Schoof liet in een "
            'verklaring weten: "Het kabinet respecteert het oordeel van de rechter."',
            [("Dick Schoof", None)],
        ),
        (
            "MHP Genel Başkanı Devlet Bahçeli, grup toplantısında konuştu. Bahçeli'nin yazılı "
            'açıklamasında, "Türkiye her zaman güçlü kalacaktır" ifadesine yer verildi.',
            [(None, None)],
        ),
        # an acronym after a person is his party; the spelled-out name is the run whose
        # capitals spell it
        (
            "Laurent Wauquiez (LR) a présenté sa candidature mardi. LR a réagi dans un "
            "communiqué : « Nous ne voterons pas ce budget cette année. »",
            [(None, "LR")],
        ),
        (
            "On Friday the Organization of the Petroleum Exporting Countries (OPEC) agreed to "
            'cut output. OPEC said: "The market needs stability for the coming year."',
            [(None, "Organization of the Petroleum Exporting Countries")],
        ),
        # a sentence's adverb is not part of the body
        (
            'Dün Ankara Valiliği\'nden yapılan açıklamada, "Yollar yarın sabah açılacaktır" '
            "denildi.",
            [(None, "Ankara Valiliği")],
        ),
        (
            "«Графіки відключень не застосовуватимуть», — повідомили в Міністерстві енергетики "
            "вранці.",
            [(None, "Міністерство енергетики")],
        ),
        (
            "Այսօր Ջրային կոմիտեի հաղորդագրությունում նշված է. «Ջուրը կտրամադրվի ըստ "
            "ժամանակացույցի»։",
            [(None, "Ջրային կոմիտե")],
        ),
        (
            "«Մենք կմասնակցենք ընտրություններին», - նշված է «Բարգավաճ Հայաստան» կուսակցության "
            "հաղորդագրությունում։",
            [(None, "«Բարգավաճ Հայաստան» կուսակցություն")],
        ),
        # a plural verb after a person's indirect speech is the body's people
        (
            "Голова Одеської ОВА Олег Кіпер розповів про наслідки атаки. «Пошкоджено два "
            "будинки у місті», — зазначили в ОВА.",
            [(None, None)],
        ),
        # a title after the anonymous source refers back to the person named before
        (
            "Burgemeester Femke Halsema bezocht dinsdag de straat.\n\nEen buurtbewoner die "
            "anoniem wil blijven, zag de vlammen als eerste. Volgens de burgemeester is de "
            'schade groot. "Dit raakt de hele stad en iedereen hier", zei ze.',
            [("Femke Halsema", None)],
        ),
    ],
)
def test_counter_examples_of_the_sessions_review(
    text: str, expected: list[tuple[object, object]]
) -> None:
    assert attributions("Kop\n\n" + text) == expected
