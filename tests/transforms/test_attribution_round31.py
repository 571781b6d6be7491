"""Attribution shapes of session 31, on invented text."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, quotes, speaker_and_role, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Burmistrz Karpacza Joanna Kowalczyk mówiła o parku.\n\n"
            "W rozmowie z Radiem Wrocław Kowalczyk dodała: „Nie pozwolimy na to”.",
            "Joanna Kowalczyk",
        ),
        (
            "Dyrektor parku Ołena Bondarenko zapewniła, że woda nie zagraża grocie.\n\n"
            "W rozmowie z telewizją Suspilne Bondarenko mówiła: „Ми не закриваємо парк”.",
            "Ołena Bondarenko",
        ),
    ],
)
def test_a_medium_glued_to_a_known_surname_is_not_part_of_the_name(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_given_name_before_a_known_surname_is_another_person() -> None:
    text = (
        "Burmistrz Joanna Kowalczyk mówiła o parku.\n\n"
        "„Nie pozwolimy na to” – powiedziała Anna Kowalczyk, radna."
    )
    assert speakers(text)[-1] == "Anna Kowalczyk"


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "Dans un communiqué publié dimanche, EDF assure que « les volumes turbinés "
            "respecteront le plafond annuel fixé par l'État ».",
            "EDF",
        ),
        (
            "Les habitants s'inquiètent. Mais l'OFB reconnaît aussi que « la disparition des "
            "digues expose directement le village aux submersions ».",
            "OFB",
        ),
        (
            "« Les trains reviendront à Hamoir dès le 1er juillet, avec un service toutes les "
            "heures », a indiqué la SNCB dans un communiqué.",
            "SNCB",
        ),
        (
            # the acronym spelled out before, its words in small letters but the first
            "Côté forêt, l'Office national des forêts (ONF) s'inquiète pour les pins. "
            "« Plusieurs hectares seront ensevelis d'ici à la fin de la décennie », indique "
            "l'ONF.",
            "Office national des forêts",
        ),
    ],
)
def test_a_body_named_by_its_acronym_away_from_the_clause_start(
    text: str, institution: str
) -> None:
    assert attributions(text)[-1] == (None, institution)


def test_an_agency_after_the_verb_is_the_one_told() -> None:
    # no article: Polish puts the agency told in the dative
    text = (
        "Prezydent Joanna Nowak mówiła o kopalni.\n\n„Nie będę udawać, że to dobry dzień "
        "dla miasta” – powiedziała PAP Nowak."
    )
    assert attributions(text)[-1][1] is None


def test_a_broadcaster_after_the_verb_is_the_one_speaking() -> None:
    # session 38: a listed medium the verb names as its subject speaks (it was "no body"
    # before, when the parser knew no media by name)
    text = (
        "« Nous ne fermerons pas la ligne avant 2030 et nous le disons clairement », a dit la RTBF."
    )
    assert attributions(text)[-1] == (None, "RTBF")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„დეპოში ოცდაათი წელი ვიმუშავე, ახლა კი თბილისში გადასვლას მთავაზობენ“, — "
            "ამბობს მემანქანე გოჩა ფარცვანია.",
            "გოჩა ფარცვანია",
        ),
        (
            "„წყალს ღამის სამ საათზე ვაგროვებთ ვედროებით“, — ამბობს ტერჯოლელი ნინო სხირტლაძე.",
            "ნინო სხირტლაძე",
        ),
    ],
)
def test_a_georgian_trade_before_the_name_after_the_verb(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Արգելոց-թանգարանի տնօրեն Տիգրան Օհանյանը համոզված է, որ «կենտրոնը պետք է լինի "
            "համեստ և չծածկի քարերը»։",
            "Տիգրան Օհանյան",
        ),
        (
            "Der Bürgermeister Hans Maier ist überzeugt, dass „die Linie vor Jahresende wieder "
            "öffnet“.",
            "Hans Maier",
        ),
        (
            "El alcalde Juan Pérez está convencido de que «la línea reabrirá antes de fin de año».",
            "Juan Pérez",
        ),
    ],
)
def test_convinced_that_introduces_the_speakers_words(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_latin_brand_in_an_armenian_case_is_no_speaker() -> None:
    text = (
        "«Համայնքը լսումների ժամանակ դեմ է քվեարկել», — CivilNet-ի հետ զրույցում ասաց Նոր "
        "Հաճնի համայնքապետ Վահագն Նալբանդյանը։"
    )
    assert speakers(text) == ["Վահագն Նալբանդյան"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Selon la déléguée CGT Nadège Colin-Ferry, « la direction savait depuis deux ans "
            "que les commandes ne reviendraient pas ».",
            "Nadège Colin-Ferry",
        ),
        (
            # a first word unknown as a given name stays: it is the person's
            "« Le parc a été classé pour ses oiseaux », a rappelé Sidi Mohamed Ould Bedda.",
            "Sidi Mohamed Ould Bedda",
        ),
    ],
)
def test_an_acronym_before_a_full_name_is_the_body_not_the_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "“Het water is kristalhelder en het zand is van hier”, belooft schepen van Sport "
            "Nele Geukens.",
            "Nele Geukens",
            "schepen van Sport",
        ),
        (
            "“Geel montre depuis sept siècles ce que l’inclusion veut dire”, zei de "
            "Franstalige federale volksvertegenwoordiger Corinne Gilbart.",
            "Corinne Gilbart",
            "Franstalige federale volksvertegenwoordiger",
        ),
    ],
)
def test_belgian_dutch_titles(text: str, speaker: str, role: str) -> None:
    assert speaker_and_role(text) == (speaker, role)


def test_azerbaijani_present_says_after_the_name() -> None:
    text = (
        "“Çay kolunu əkirsən, beş ildən sonra bar verir”, – 67 yaşlı çayçı Sürəyya Cəbiyeva deyir."
    )
    assert speakers(text) == ["Sürəyya Cəbiyeva"]


def test_dash_speech_with_the_dash_glued_to_its_comma() -> None:
    # Kommersant sets ",—" and ".—" with no space before the dash
    text = (
        "Вступление к статье.\n\n— Раньше на сбор приезжали студенты из Чебоксар и Казани, "
        "теперь за такие деньги никто не едет,— говорит бригадир сборщиков Надежда Сандрова.— "
        "Платят сорок рублей за килограмм, а в городе на стройке дают втрое больше."
    )
    found = quotes(text)
    assert [q["text"][:6] for q in found] == ["Раньше", "Платят"]
    assert {q["speaker"] for q in found} == {"Надежда Сандрова"}


def test_italian_impersonal_si_parla_di_names_no_speaker() -> None:
    # "parla di" was tried as a cue and dropped: "si parla di «...»" is nobody's
    text = "Nel libro si parla di «una ferita per tutta la valle, non solo per chi ci lavora»."
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "D’après la chambre d’agriculture du Lot, « près d’un tiers des truffières plantées "
            "depuis 2020 n’ont encore rien produit ».",
            "chambre d’agriculture du Lot",
        ),
        (
            "Twentezout, which has pumped brine in the area since 1998, said the collapse was "
            '"an isolated event in a cavern that was closed and sealed in 1957".',
            "Twentezout",
        ),
        (
            'The State Supervision of Mines said it had ordered the operator to "fill and '
            'monitor every cavern within one kilometre of a house".',
            "State Supervision of Mines",
        ),
    ],
)
def test_bodies_of_session_31(text: str, institution: str) -> None:
    assert attributions(text) == [(None, institution)]


def test_a_person_described_with_who_stays_a_person() -> None:
    text = (
        "Marieke Oude Lansink, who lives 200 metres from the site, said the caverns were "
        '"a danger to every house in the street".'
    )
    assert attributions(text) == [("Marieke Oude Lansink", None)]


def test_a_saints_town_after_its_preposition_is_no_person() -> None:
    text = (
        "Per il sindaco di Santa Teresa Gallura, Gavino Orecchioni, «il problema non è il "
        "vento, è che sulle Bocche c’è una sola nave»."
    )
    assert speakers(text) == ["Gavino Orecchioni"]


def test_french_a_salue_introduces_her_words() -> None:
    text = (
        "La maire de Vieux-Brisach, Sabine Kiefer-Moll, a salué « la fin d’une absurdité : "
        "deux villes à quarante kilomètres et pas un train entre elles »."
    )
    assert speaker_and_role(text) == ("Sabine Kiefer-Moll", "maire de Vieux-Brisach")


def test_a_polish_town_in_the_genitive_between_title_and_name() -> None:
    text = (
        "– Nikt nie wróci do tych mieszkań, dopóki grunt nie będzie stabilny – zapewnia "
        "burmistrz Nowej Rudy Tomasz Kuraś.\n\n"
        "Według Kurasia „miasto samo nie udźwignie kosztów badań całego centrum”."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == ["Tomasz Kuraś", "Tomasz Kuraś"]
    assert found[0]["speaker_role"] == "burmistrz Nowej Rudy"


@pytest.mark.parametrize(
    "text",
    [
        "Wstęp.\n\n– Obudził nas huk, jakby coś wybuchło – mówi w rozmowie z Polsat News pani "
        "Halina Kostrzewska, która mieszka w kamienicy od 1974 roku.",
        "« Nous avons entendu un grand bruit », raconte en entretien avec France Bleu Nord "
        "Mme Halina Kostrzewska.",
    ],
)
def test_the_medium_spoken_with_is_not_the_speaker(text: str) -> None:
    assert speakers(text) == ["Halina Kostrzewska"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "«Ich habe in Tamsweg 2300 Kindern auf die Welt geholfen», sagt Hebamme Maria "
            "Moser-Gappmaier.",
            "Hebamme",
        ),
        # a given name after the verb is no trade
        ("„Wir bleiben hier“, sagt Maria Moser-Gappmaier.", None),
    ],
)
def test_a_german_trade_capitalised_after_the_verb(text: str, role: object) -> None:
    assert speaker_and_role(text) == ("Maria Moser-Gappmaier", role)


def test_a_trade_with_its_article_after_the_sentences_adverbials() -> None:
    text = (
        "Más al este, en Mequinenza, la ganadera Pilar Solé Camats responde: «Nadie nos ha "
        "preguntado nada y ahora todo el mundo habla de nuestra tierra»."
    )
    assert speaker_and_role(text) == ("Pilar Solé Camats", "ganadera")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "« Nous ne laisserons pas nos habitants respirer cette fumée un mois de plus », a "
            "affirmé le bourgmestre de Quaregnon, Frédéric Decamps, qui a réuni les riverains.",
            "Frédéric Decamps",
            "bourgmestre de Quaregnon",
        ),
        (
            "«Nessun lavoratore resterà senza ammortizzatori sociali», ha assicurato l’assessore "
            "regionale al Lavoro, Carlo Vercellotti.",
            "Carlo Vercellotti",
            "assessore regionale al Lavoro",
        ),
    ],
)
def test_belgian_and_italian_local_titles(text: str, speaker: str, role: str) -> None:
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "«Il porto resterà aperto tutto l'inverno», ha detto l'ambasciatore italiano Marco "
            "Rossi.",
            "ambasciatore italiano",
        ),
        # the auxiliary and its participle go; a Portuguese article "a" is no auxiliary here
        (
            "«Vamos rever as dotações de água», disse a ministra da Agricultura Ana Lopes.",
            "ministra da Agricultura",
        ),
        # the agency told, with its elided article, stays out of the role
        (
            "« Nous tiendrons les délais », a déclaré à l'AFP le président de Voltanord Marc "
            "Lebrun.",
            "président de Voltanord",
        ),
        # a French lawyer's "Me" is a form of address, no part of the role
        (
            "L'avocat de la défense, Me Félicien Dossou-Yovo, a annoncé qu'il ferait appel. « Mon "
            "client a servi de fusible », a-t-il déclaré.",
            "avocat de la défense",
        ),
    ],
)
def test_a_title_after_an_elided_article(text: str, role: str) -> None:
    assert speaker_and_role(text)[1] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Duhok Üniversitesinden hidrolog Nazdar Şêxanî, “Baraj gölünde yalnızca içme suyuna "
            "yetecek kadar su kaldı” ifadelerini kullandı.",
            "hidrolog",
        ),
        # a participle between the place and the trade goes; a participle alone is no trade
        (
            "Ağstafadan olan fermer Rəşad Məmmədli “Pomidorun hamısı getdi” deyə bildirib.",
            "fermer",
        ),
        (
            "Bakıdan gələn Rəşad Məmmədli “Pomidorun hamısı getdi” deyə bildirib.",
            None,
        ),
    ],
)
def test_a_turkic_trade_after_where_the_speaker_is_from(text: str, role: object) -> None:
    assert speaker_and_role(text)[1] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "According to Dr Helen Marwood-Price, a coastal geomorphologist at the University "
            "of Hull, “a beach that is not topped up on this coast loses its sand in two "
            "winters”.",
            "coastal geomorphologist at the University of Hull",
        ),
        # French and Romanian "a" is the auxiliary of the verb after the name
        (
            "Jean Dumas, a reçu les élus dans l'après-midi. « Nous ne fermerons "
            "pas la route », a-t-il déclaré.",
            None,
        ),
        (
            "Ion Popescu, a spus că decizia îi nemulțumește pe localnici: „Nu vom "
            "accepta această hotărâre”.",
            None,
        ),
    ],
)
def test_an_english_apposition_with_an_indefinite_article(text: str, role: object) -> None:
    assert speaker_and_role(text)[1] == role


def test_azerbaijani_anonymity_with_the_converb() -> None:
    text = (
        "Suvagil kəndinin sakinlərindən biri adının çəkilməsini istəmədən bildirib ki, "
        "“turlar bağlara düşəndə qoz və fındıq ağaclarına ziyan vururlar”."
    )
    assert speakers(text) == [None]


def test_a_polish_ministry_is_no_title() -> None:
    from transforms.persons import is_title_word

    assert not is_title_word("Ministerstwo")
    assert is_title_word("ministra")


def test_a_georgian_title_whose_stem_holds_the_plural_letters() -> None:
    # მცხოვრებმა (the resident, ergative) is no plural; მცხოვრებნი (the residents) is
    text = (
        "შესავალი.\n\n„წყლის მოსვლას ღამის ორ საათზე ვუცდით“, — განუცხადა „ინტერპრესნიუსს“ "
        "რუფოთის მცხოვრებმა ნინო კაკაბაძემ.\n\nკაკაბაძის თქმით, „თუ აგვისტომდე არაფერი "
        "შეიცვლება, სოფლიდან ახალგაზრდა ოჯახები წავლენ“."
    )
    assert speakers(text) == ["ნინო კაკაბაძე", "ნინო კაკაბაძე"]


def test_an_armenian_trade_opening_the_sentence_before_the_name() -> None:
    text = (
        "Խաղողագործ Սամսոն Ասլանյանը «Ազատություն» ռադիոկայանին ասել է. «Տասներկու տոննա "
        "խաղող եմ հանձնել, մի դրամ չեմ ստացել»։"
    )
    assert speaker_and_role(text) == ("Սամսոն Ասլանյան", "Խաղողագործ")


# Misfires a read-only review of the session's rules found, each kept out by a later commit.
@pytest.mark.parametrize(
    ("text", "speaker", "role", "institution"),
    [
        # a paper that speaks is the institution (session 38: the JDD is a listed medium)
        ("« Le texte sera voté en juin », a indiqué le JDD.", None, None, "Le JDD"),
        (
            "Mais le DRH assure que « aucun poste ne sera supprimé avant la fin de l'année ».",
            None,
            None,
            None,
        ),
        (
            "Michael Schumacher fuhr sieben Titel ein.\n\n„Ich bin stolz auf ihn“, sagte Mick "
            "Schumacher.",
            "Mick Schumacher",
            None,
            None,
        ),
        (
            "The plan was backed by Starmer, which surprised many in the party.\n\n"
            '"We will build the homes," Starmer said.',
            "Starmer",
            None,
            None,
        ),
        (
            "„Nie będziemy zamykać czytelni” – mówi dyrektorka Biblioteki Publicznej Anna Maria "
            "Wesołowska.",
            "Anna Maria Wesołowska",
            "dyrektorka Biblioteki Publicznej",
            None,
        ),
        (
            "„Wir bleiben im Land“, sagte Sachsens Michael Kretschmer.",
            "Michael Kretschmer",
            None,
            None,
        ),
        ("«Ningú ens ha preguntat res», explicó el propio Juan Pérez.", "Juan Pérez", None, None),
        ('"We will not close the road," said Jane Smith, an hour later.', "Jane Smith", None, None),
        ("«Il porto resterà aperto», ha detto Juan Pérez, a su vez.", "Juan Pérez", None, None),
        (
            "Tokyo'dan telefonla Ayşe Yılmaz, “Deprem çok güçlüydü” dedi.",
            "Ayşe Yılmaz",
            None,
            None,
        ),
        (
            'In Kazakhstan last year Anna Berg told reporters: "The steppe is drying out."',
            "Anna Berg",
            None,
            None,
        ),
    ],
)
def test_review_misfires_stay_out(
    text: str, speaker: object, role: object, institution: object
) -> None:
    (quote,) = quotes(text)[-1:]
    assert (quote["speaker"], quote["speaker_role"], quote["institution"]) == (
        speaker,
        role,
        institution,
    )


def test_a_latin_surname_in_an_armenian_case_stays_a_name() -> None:
    (speaker,) = speakers("«Նոր ծրագիր ենք սկսում», — ասել է Elon Musk-ը։")
    assert isinstance(speaker, str) and speaker.startswith("Elon Musk")


def test_a_glued_dash_after_an_abbreviation_is_no_speech_break() -> None:
    text = (
        "Вступление.\n\n— Мы закупили технику, удобрения и т. д.— то есть всё, что нужно,— "
        "рассказывает директор Иван Петров."
    )
    (quote,) = quotes(text)
    assert quote["text"].endswith("всё, что нужно")
    assert quote["speaker"] == "Иван Петров"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "« Les renforts arriveront avant le week-end », a assuré le préfet Jean Dumas.",
            "préfet",
        ),
        (
            "« Nous fermerons en novembre », explique le gérant de la distillerie Anse-Piton, "
            "Marc Lebon.",
            "gérant de la distillerie Anse-Piton",
        ),
        (
            "«Ya no vienen turistas», dice la propietaria de una tienda de recuerdos, Ana Ruiz.",
            "propietaria de una tienda de recuerdos",
        ),
        (
            "«Туристов стало вдвое меньше», — говорит владелец гостевого дома Иван Петров.",
            "владелец гостевого дома",
        ),
    ],
)
def test_owners_and_prefects_as_roles(text: str, role: str) -> None:
    assert speaker_and_role(text)[1] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "« Les singes viennent jusqu'au parking », a indiqué le conservateur du parc "
            "national de l'Ichkeul, Karim Belhadj.",
            "conservateur du parc national de l'Ichkeul",
        ),
        (
            "«No habrá barco el domingo», dijo el gerente de Líneas Marítimas Graciosa, Juan "
            "Pérez.",
            "gerente de Líneas Marítimas Graciosa",
        ),
        (
            "“De gasten blijven weg”, zegt Jan de Vries, eigenaar van een hotel aan de "
            "Grotestraat.",
            "eigenaar van een hotel aan de Grotestraat",
        ),
    ],
)
def test_trades_added_to_the_tables(text: str, role: str) -> None:
    assert speaker_and_role(text)[1] == role


@pytest.mark.parametrize(
    "text",
    [
        # adjectives and unnamed people that share a trade's word stay no person
        "A associação ambientalista Zero considerou o acordo «um passo na direção certa».",
        "Місцевий гід, якого цитує Korzár, сказав: «Скеля рухається щовесни».",
    ],
)
def test_words_left_out_of_the_tables(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title or trade word after a lone given name is the surname
        ("«Ми не відступимо», — заявив Леонід Пасічник.", "Леонід Пасічник"),
        ("«Фильм выйдет весной», — заявил режиссер Алексей Учитель.", "Алексей Учитель"),
        ('"No hay agua", denunció Jorge Coronel, vecino de la zona.', "Jorge Coronel"),
        ('"We will sail at dawn," said Jane Skipper.', "Jane Skipper"),
    ],
)
def test_title_words_that_are_surnames(text: str, speaker: object) -> None:
    assert speakers(text) == [speaker]
