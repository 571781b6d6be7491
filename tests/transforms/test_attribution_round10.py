"""Attribution shapes of session 10 (held-out 31's and 32's failures), on invented text.

Bodies named by a Spanish secretariat or prosecutor's office, by a German compound ending
in -gesellschaft or -unternehmen, and the shapes added after them.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, quotes
from transforms.document import document_to_dict, parse_document


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "Según la Secretaría de Pesca, «la veda del pulpo se adelantará dos semanas este año».",
            "Secretaría de Pesca",
        ),
        (
            "La Procuraduría Agraria (PA) informó que «los ejidatarios recibirán sus "
            "títulos antes de diciembre».",
            "Procuraduría Agraria",
        ),
        (
            "„Der Fährbetrieb wird ab Montag um die Hälfte reduziert“, teilte das staatliche "
            "Schifffahrtsunternehmen Lodní Doprava mit.",
            "staatliche Schifffahrtsunternehmen Lodní Doprava",
        ),
        (
            "Die Nordfriesische Gesellschaft für Küstenschutz wies die Kritik zurück. Der Deich "
            "sei „in einem guten und sicheren Zustand“, teilte die Gesellschaft in Husum mit.",
            "Gesellschaft in Husum",
        ),
    ],
)
def test_a_secretariat_or_a_company_compound_speaks_as_a_body(text: str, institution: str) -> None:
    assert attributions(text) == [(None, institution)]


def test_a_czech_past_tense_marks_the_speakers_gender() -> None:
    text = (
        "Ředitel přístavu Tomáš Vondráček plán hájí. „Nikoho nechceme vyhánět,“ dodal "
        "ředitel.\n\nStarostka Lipna Marta Šebestová rozhodnutí kritizuje. Obec podle ní "
        "přijde o hosty. „Lidé přijedou a hned se otočí,“ řekla ČTK."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Tomáš Vondráček", "Marta Šebestová"]


def test_a_pronoun_goes_on_with_who_reported_in_the_paragraph_before() -> None:
    text = (
        "« Les deux vont ensemble », a rétorqué le ministre des Mines, Levan Abashidze.\n\n"
        "La mine appartient au fonds Black Sea Metals, dont le directeur, Gareth Conwy, a "
        "répondu en anglais aux questions de « Georgia Today ».\n\n"
        '"We are staying in Chiatura," a-t-il déclaré.'
    )
    assert [q["speaker"] for q in quotes(text)] == ["Levan Abashidze", "Gareth Conwy"]


def test_a_swedish_preposition_opening_a_sentence_is_no_name() -> None:
    text = (
        "– Vi har inget val, säger projektledaren Karin Alm på Trafikverket.\n\n"
        "För Gotlands näringsliv är beskedet ett hårt slag. Visby kommunalråd Nils Berg (C) "
        "kallar det ”en ekonomisk katastrof” för öns åkerier.\n\n"
        "– Varje lastbil måste nu ta färjan, säger han."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Karin Alm", "Nils Berg"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Il porto non regge altri traghetti», ha scritto su Facebook il consigliere di "
            "Piombino Carlo Neri.",
            "Carlo Neri",
        ),
        (
            "«A senhora ministra promete rever há três anos», contrapôs o deputado eleito por "
            "Beja Rui Palma.",
            "Rui Palma",
        ),
        (
            "Их адвокат Ерлан Сейтказиев напоминает, что «все постройки имеют разрешения, "
            "выданные тем же акиматом».",
            "Ерлан Сейтказиев",
        ),
    ],
)
def test_a_place_after_a_titles_preposition_stays_out_of_the_name(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Essa estrada acaba de vez com as chuvas», rebateu o presidente da Associação dos "
            "Motoristas de Caxias, Francisco das Neves Barbosa.",
            "Francisco das Neves Barbosa",
        ),
        (
            "«El port s'està enfonsant», advirtió en catalán el alcalde de Amposta, Jordi Puig "
            "i Vallès.",
            "Jordi Puig i Vallès",
        ),
        (
            "„Das Gesetz kommt zu spät“, sagte Anna Berger. Dann gab Anna das Mikrofon weiter.",
            "Anna Berger",
        ),
        (
            "Zu Gast waren Jan Nowak i Ewa Lis. „Budowa ruszy w maju” – powiedział Jan Nowak.",
            "Jan Nowak",
        ),
    ],
)
def test_catalan_i_and_portuguese_das_join_a_name_only_after_their_own_given_names(
    text: str, speaker: str
) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


def test_a_turkish_surname_ending_in_kaya_is_no_place_in_the_dative() -> None:
    text = (
        "Köyde balıkçılık yapan Hasan Hüseyin Karakaya ise karara karşı çıktı: “Göl "
        "kurursa köy de boşalır.”"
    )
    assert [q["speaker"] for q in quotes(text)] == ["Hasan Hüseyin Karakaya"]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "The Minister of Mines and Energy Affairs, Dr Naledi Kgosietsile-Tau, visited "
            'Orapa on Monday. She told a kgotla meeting that the state had "no intention of '
            'closing the mine".',
            "Naledi Kgosietsile-Tau",
            "Minister of Mines and Energy Affairs",
        ),
        (
            "Hydrologist Anna Sargsyan, who has measured the lake since 2001, says it fell "
            'again. "There has never been so little water," the hydrologist said.',
            "Anna Sargsyan",
            "Hydrologist",
        ),
    ],
)
def test_a_portfolio_or_a_profession_before_a_name_is_its_title(
    text: str, speaker: str, role: str
) -> None:
    assert [(q["speaker"], q["speaker_role"]) for q in quotes(text)] == [(speaker, role)]


def test_a_lowercase_english_title_marks_no_gender() -> None:
    text = (
        'Environment Minister Lilit Sargsyan defended the order. "The tests will take three '
        'months," she said.\n\n"Three months without a licence is three months without '
        'wages," replied MP Armen Petrosyan, who represents Syunik.\n\n'
        '"The licence stays valid while we measure," the minister shot back.'
    )
    assert [q["speaker"] for q in quotes(text)] == [
        "Lilit Sargsyan",
        "Armen Petrosyan",
        "Lilit Sargsyan",
    ]


def test_a_dative_pronoun_before_the_cue_leaves_the_speaker_after_it() -> None:
    text = (
        "Le ministre des Mines, Levan Abashidze, a promis une aide. « L'État paiera une "
        "partie des factures », a-t-il assuré.\n\n« Ce sont les salaires qu'il faut "
        "garantir », lui a répondu Mme Kavtaradze."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Levan Abashidze", "Kavtaradze"]


def test_an_adverb_after_the_cue_leaves_the_statement_and_its_body() -> None:
    text = (
        "« Aucune demande de fermeture n'a été déposée », précise par ailleurs un communiqué "
        "du ministère de l'Industrie."
    )
    assert attributions(text) == [(None, "ministère de l'Industrie")]


def test_danish_speech_opened_by_a_hyphen_is_speech_and_a_relative_clause_is_not() -> None:
    text = (
        "Skive, 2. august 2027 (Ritzau) - Iltsvindet breder sig i Skive Fjord.\n\n"
        "- Vi kan ikke gøre andet end at vente på blæst, siger Ole Kjærgaard, der er formand "
        "for fiskerforeningen.\n\n"
        "Forskerne peger på landbruget.\n\n"
        "- Så længe vi ikke halverer udledningen, kommer det igen, siger han."
    )
    found = quotes(text)
    assert [q["text"] for q in found] == [
        "Vi kan ikke gøre andet end at vente på blæst",
        "Så længe vi ikke halverer udledningen, kommer det igen",
    ]
    assert [q["speaker"] for q in found] == ["Ole Kjærgaard", "Ole Kjærgaard"]


def test_hyphen_bullets_without_nordic_speech_stay_bullets() -> None:
    text = "## Danmark\n\n- Regeringen fremlægger en plan.\n\n- Oppositionen kritiserer den.\n"
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    items = doc["sections"][0]["items"]
    assert [p["text"] for item in items for p in item["paragraphs"]] == [
        "Regeringen fremlægger en plan.",
        "Oppositionen kritiserer den.",
    ]
    assert len(items) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Sie verteilen Versprechen“, rief Heiko Ross. „Doch, Sandsäcke, und die haben "
            "gehalten“, konterte Jana Brück.",
            "Jana Brück",
        ),
        (
            "«¿Y nosotros no somos el país?», preguntó Eusebia Calderón, de 71 años.",
            "Eusebia Calderón",
        ),
        (
            '"É preciso rever os valores agora", completou a defensora Letícia Moura.',
            "Letícia Moura",
        ),
        (
            "«Allora ce li mandi, e vediamo», ha chiuso il governatore Enzo Ruggieri.",
            "Enzo Ruggieri",
        ),
        ("« Et les salaires ? », a demandé la syndicaliste Nino Kapanadze.", "Nino Kapanadze"),
    ],
)
def test_retorts_questions_and_last_words_are_reporting_verbs(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in quotes(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            'Em nota, a Mineração Serra Azul informou que "todas as famílias serão '
            'indenizadas até dezembro".',
            "Mineração Serra Azul",
        ),
        (
            'Volgens de directie van Groningen Airport is "een nieuwe terminal hier niet nodig".',
            "directie van Groningen Airport",
        ),
        (
            'Administrația Bazinală de Apă Siret a transmis că "monitorizarea apei se face '
            'lunar, fără excepție".',
            "Administrația Bazinală de Apă Siret",
        ),
        (
            "La Corporación Autónoma Regional del Cesar advirtió en un comunicado que «sin "
            "caudal ningún dragado será suficiente».",
            "Corporación Autónoma Regional del Cesar",
        ),
    ],
)
def test_companies_managements_and_basin_authorities_speak_as_bodies(
    text: str, institution: str
) -> None:
    assert attributions(text) == [(None, institution)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "— А кто это согласовывал? — парировала депутат Жогорку Кенеша Айпери Токтосунова.",
            "Айпери Токтосунова",
        ),
        (
            "«Жодна плита не з'явиться без згоди людей», — заявив міністр економіки та "
            "сталого розвитку Грузії Леван Чхеідзе.",
            "Леван Чхеідзе",
        ),
        (
            "— Это не паника, это арифметика, — подчеркнул бывший генерал Ли Сон Мин.",
            "Ли Сон Мин",
        ),
    ],
)
def test_a_cyrillic_body_or_country_in_a_case_stays_out_of_the_name(
    text: str, speaker: str
) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«  Quand la route sera vide, il ne restera que les vaches  » s'interroge Tamar "
            "Beridze, propriétaire d'une auberge.",
            "Tamar Beridze",
        ),
        (
            "Շահումյանի դպրոցի տնօրենը չի մեկնաբանել։ «Երեք օր է սպասում ենք», — բողոքել է "
            "վարորդ Արմեն Սարգսյանը։",
            "Արմեն Սարգսյան",
        ),
        (
            "Xəstəxananın baş həkimi Leyla Quliyeva isə xəbərdarlıq edir: “Ehtiyatlar sonsuz "
            "deyil.”",
            "Leyla Quliyeva",
        ),
    ],
)
def test_worried_questions_complaints_and_warnings_are_cues(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


def test_a_turkish_source_unwilling_to_be_published_stays_anonymous() -> None:
    text = (
        'Bölgede balıkçılık yapan ve adının yayımlanmasını istemeyen bir vatandaş, "Bu yıl '
        'ağlar boş çıkıyor" dedi.'
    )
    assert [q["speaker"] for q in quotes(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Vandaag hakken we de knoop door", zei minister van Landbouw en Visserij '
            "Marieke de Vries-Bos (CDA) na afloop van de ministerraad.",
            "Marieke de Vries-Bos",
        ),
        (
            '"We will close the sluice gates this week," said Deputy Minister of Agriculture '
            "and Environment Tran Thi Bich Ngoc.",
            "Tran Thi Bich Ngoc",
        ),
    ],
)
def test_a_portfolio_after_its_conjunction_ends_before_the_given_name(
    text: str, speaker: str
) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


def test_an_azerbaijani_patronymic_stays_inside_the_full_name() -> None:
    text = (
        "“Bu il kurorta 18 min qonaq gəlib”, – deyə agentliyin sədr müavini Rauf Tofiq oğlu "
        "Həsənli bildirib.\n\nHəsənli cavabında bildirib ki, “hasilat ciddi nəzarət "
        "altındadır”."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Rauf Tofiq oğlu Həsənli"] * 2


def test_a_medium_named_before_with_a_demonstrative_leaves_the_name_after_it() -> None:
    text = (
        "«Aquí ya no se pesca, se recogen muertos», dijo a ese diario Eliécer Pardo "
        "Villalba, de 63 años, presidente de la asociación de pescadores."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Eliécer Pardo Villalba"]


def test_danish_hyphen_speech_before_its_attributed_paragraph_is_speech_in_the_same_item() -> None:
    text = (
        "Skive, 2. august 2027 (Ritzau) - Iltsvindet breder sig i Skive Fjord.\n\n"
        "- Muslingerne ligger døde på bunden. Det har jeg ikke set siden 2002.\n\n"
        "- Vi kan ikke gøre andet end at vente på blæst, siger Ole Kjærgaard.\n"
    )
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert [q["text"] for q in doc["quotes"]] == [
        "Muslingerne ligger døde på bunden. Det har jeg ikke set siden 2002.",
        "Vi kan ikke gøre andet end at vente på blæst",
    ]
    assert [len(s["items"]) for s in doc["sections"]] == [1]


def test_the_cues_own_pronoun_speaks_not_the_title_opening_the_clause() -> None:
    text = (
        "Die Ministerin Kadri Tamm lehnte ab. „Wir haben kein Geld“, sagte sie.\n\n"
        "„Seit Jahren verspricht man uns diese Brücke“, sagte der Bürgermeister von Kärdla, "
        "Tiit Saar. Die Ministerin, fügte er hinzu, habe die Insel „in drei Jahren kein "
        "einziges Mal besucht“."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Kadri Tamm", "Tiit Saar", "Tiit Saar"]


def test_another_title_for_the_same_place_is_its_holder() -> None:
    text = (
        'Il sindaco di Città della Pieve, Laura Bellini, ha chiesto aiuto. "Non è più un '
        'problema di turismo", ha detto il sindaco.\n\nIl presidente della Regione, Marco '
        'Ferri, ha promesso fondi. "Arriveranno entro ottobre", ha detto.\n\nSecondo la prima '
        'cittadina di Città della Pieve, però, "il piano della Regione non basta".'
    )
    assert [q["speaker"] for q in quotes(text)] == ["Laura Bellini", "Marco Ferri", "Laura Bellini"]


def test_georgian_professions_and_a_surname_in_the_genitive_before_according_to() -> None:
    text = (
        "მინისტრი გიორგი ბერიძე საბადოზე იმყოფებოდა.\n\n„საბადო 600 სამუშაო ადგილს "
        "შექმნის“, — თქვა ბერიძემ.\n\nგარემოსდამცველი ნინო კაპანაძე ამ გეგმას "
        "ეწინააღმდეგება. „კუდსაცავი უკვე ჟონავს“, — უპასუხა მან.\n\nბერიძის თქმით, "
        "„ყველა ნარჩენი გადამუშავდება“."
    )
    assert [q["speaker"] for q in quotes(text)] == [
        "გიორგი ბერიძე",
        "ნინო კაპანაძე",
        "გიორგი ბერიძე",
    ]


def test_a_preposition_before_a_body_ends_the_body_before_the_name() -> None:
    text = (
        "« Nous ouvrons un nouveau chapitre », a déclaré la première ministre de Nouvelle-"
        "Écosse Claire Doucet-Arsenault devant l'Assemblée de Halifax."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Claire Doucet-Arsenault"]


def test_a_country_in_a_case_before_an_unlisted_given_name_and_a_slavic_surname() -> None:
    text = (
        "Wiceminister rolnictwa Ukrainy Ołeksij Kowalczuk powiedział agencji Ukrinform, że "
        "Kijów jest gotów. „Nie mamy nic do ukrycia” – zaznaczył Kowalczuk."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Ołeksij Kowalczuk"]


def test_italian_per_introduces_a_speaker_only_where_a_clause_opens() -> None:
    text = (
        "Il ministero per la Transizione ecologica ha fatto sapere che l’asta per la Sicilia "
        "è «rinviata a dopo l’estate, in attesa della nuova mappa».\n\nPer il ministro Luca "
        "Ferri, «il piano va rivisto da capo»."
    )
    assert attributions(text) == [
        (None, "ministero per la Transizione ecologica"),
        ("Luca Ferri", None),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is a difficult game," said Croatian coach Vid Kavtičnik.', "Vid Kavtičnik"),
        ("„Das ist falsch“, sagte Klaus Eller am Montag.", "Klaus Eller"),
        (
            "Se reunieron la ministra Yolanda Díaz y José Luis Escrivá. «Vamos a subir las "
            "pensiones», dijo Escrivá.",
            "José Luis Escrivá",
        ),
        (
            'The son of Asif Ali Zardari spoke on Monday. "We will win," Zardari said later.',
            "Asif Ali Zardari",
        ),
        ("– Vi är redo, säger Marc Dupont i Bryssel.", "Marc Dupont"),
        (
            "W spotkaniu udział wzięli Xavier Bettel i Andrzej Duda. „Jesteśmy gotowi” – "
            "powiedział Bettel.",
            "Xavier Bettel",
        ),
        (
            "Seit Januar leitet Sandra Müller das Institut. „Wir sind bereit“, sagte Müller.",
            "Sandra Müller",
        ),
        (
            "Prezident İlham Əliyevin qızı Leyla Əliyeva tədbirdə iştirak edib.\n\n“Bu gözəl "
            "gündür”, - Leyla Əliyeva bildirib.",
            "Leyla Əliyeva",
        ),
        (
            "Nazir Ceyhun Bayramov Afrikaya səfər edib.\n\n«Biz əməkdaşlıq istəyirik», - "
            "Bayramov bildirib.",
            "Ceyhun Bayramov",
        ),
        (
            "Le Premier ministre Michel Barnier a reçu lundi Jean Martin, dont le syndicat a "
            "déclaré la grève.\n\n« Le dialogue est rompu », a-t-il regretté.",
            "Michel Barnier",
        ),
        (
            "Il ministro Carlo Nordio è arrivato a Roma. «Non mi dimetto», lui ha risposto "
            "ieri sera al premier Giorgia Meloni.",
            "Carlo Nordio",
        ),
    ],
)
def test_the_session_reviews_counterexamples_keep_theirspeakers(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("« C'est fini », a déclaré Jean Dupont, contraint de fermer son usine.", None),
        (
            "За словами Олега Бондаренка, ситуація з екологією погіршилася. «Ми не "
            "допустимо забруднення», — сказав він.",
            None,
        ),
    ],
)
def test_verbs_and_nouns_sharing_a_titles_letters_are_no_title(text: str, role: object) -> None:
    assert [q["speaker_role"] for q in quotes(text)] == [role]


def test_hyphen_bullets_with_one_quoting_bullet_stay_bullets() -> None:
    text = (
        "Pressegennemgang 3. maj\n\n- Regeringen vil hæve skatten på benzin fra januar.\n\n"
        '- Politiet har anholdt to mænd i Aarhus. "Det var en voldsom oplevelse", siger '
        "vidnet Anne Hansen.\n\n- Vejret bliver varmt i weekenden, oplyser DMI.\n"
    )
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    bullets = [i["paragraphs"][0]["text"] for s in doc["sections"] for i in s["items"]][-3:]
    assert [b.split()[0] for b in bullets] == ["Regeringen", "Politiet", "Vejret"]
    assert [q["speaker"] for q in doc["quotes"]] == ["Anne Hansen"]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        (
            "Families are still waiting for news of the missing men\n\nAli Karimi, a farmer "
            'from the village, said: "We have heard nothing for weeks."',
            2,
        ),
        (
            "Guvernul a discutat despre un spațiu vid\n\nMinistrul Ion Popescu a spus: „Vom "
            "plăti.”",
            2,
        ),
    ],
)
def test_a_word_another_language_uses_as_a_preposition_ends_a_paragraph(
    text: str, paragraphs: int
) -> None:
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert sum(len(i["paragraphs"]) for s in doc["sections"] for i in s["items"]) == paragraphs


def test_danish_there_is_after_the_speaker_is_resumed_speech() -> None:
    text = (
        "— Det er alvorligt, siger borgmester Jens Hansen, der er ingen tvivl om, at vi må "
        "handle nu."
    )
    assert len(quotes(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a title cut between its words
        '"We cannot keep depending on one cable and a few dishes," said Deputy Prime\n\n'
        "Minister **Mele Taufa** at a press conference in Nuku'alofa.",
        # a quotation cut before its last word, which ends it
        "„Każdy miesiąc pracy bloków to strata, a gmina dostanie 2 mld zł z Funduszu "
        "Sprawiedliwej\n\nTransformacji” – dodała minister Anna Nowak.",
    ],
)
def test_a_paragraph_cut_inside_a_title_or_before_a_quotations_last_word_is_one(
    text: str,
) -> None:
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert sum(len(i["paragraphs"]) for s in doc["sections"] for i in s["items"]) == 1


def test_ukrinforms_dateline_between_full_stops_heads_the_article() -> None:
    text = (
        "На Волині висихають озера\n\nЛуцьк, 12 вересня 2027. Укрінформ. Рівень води в "
        "озері знизився на метр.\n\n«Такого не було ніколи», — сказала директор парку "
        "Оксана Мельник.\n"
    )
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert [s["heading"] for s in doc["sections"]] == ["На Волині висихають озера"]
    assert doc["review_date"] == "2027-09-12"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Voor Den Helder is dit opnieuw een klap", zei burgemeester Anke Visser van '
            "Hollands Kroon.",
            "Anke Visser",
        ),
        (
            "Dat maakte minister Marleen de Boer-Smit van Infrastructuur en Waterstaat vrijdag "
            'bekend. "De kosten stijgen fors", zei de minister.',
            "Marleen de Boer-Smit",
        ),
        ('"Het is een mooie dag", zei Jan Peter van den Berg.', "Jan Peter van den Berg"),
        (
            "Landeshauptmann Maximilian von Traun-Abensberg (ÖVP) sagte: „Es gibt Spielraum.“",
            "Maximilian von Traun-Abensberg",
        ),
        (
            "«Lo Stato compra il granchio a 3 dinari», ha ribattuto il governatore di Medenine, "
            "Habib Trabelsi.",
            "Habib Trabelsi",
        ),
    ],
)
def test_dutch_van_after_a_whole_name_is_where_the_person_works(text: str, speaker: object) -> None:
    assert [q["speaker"] for q in quotes(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We are not going to save the lake," said state Rep. Dana Whitfield, chairman of '
            "the committee.",
            "Dana Whitfield",
        ),
        ('"It will pass," said Gov. Spencer Coxe.', "Spencer Coxe"),
        ('"Growth matters," said Amartya Sen.', "Amartya Sen"),
    ],
)
def test_abbreviated_american_titles_before_a_name(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


def test_a_czech_surname_that_drops_its_mobile_e_in_a_case_finds_its_nominative() -> None:
    text = (
        "„To je pro vodní dopravu konec,“ řekl ministr dopravy Vojtěch Horáček. Podle "
        "Horáčka by stavba měla začít „nejpozději v roce 2030“."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Vojtěch Horáček"] * 2


def test_a_dutch_source_unwilling_to_be_named_in_the_news_is_anonymous() -> None:
    text = (
        "Een medewerker van de sluis, die niet met naam in het nieuws wil, zegt dat de "
        'vertraging "al lang bekend was bij iedereen".'
    )
    assert [(q["speaker"], q["cue"]) for q in quotes(text)] == [(None, "zegt")]


@pytest.mark.parametrize(
    ("text", "heading", "day"),
    [
        (
            "Eğirdir Gölü'nde su seviyesi düştü\n\nEğirdir/Isparta, 5 Ekim 2027 (AA) - Gölde "
            "su seviyesi son 50 yılın en düşük noktasına indi.\n",
            "Eğirdir Gölü'nde su seviyesi düştü",
            "2027-10-05",
        ),
        (
            "Vízkorlátozást kérnek a gazdák\n\nDebrecen, 2027. szeptember 27. (MTI) – "
            "Vízhasználati korlátozást kér kétszáz gazdálkodó.\n",
            "Vízkorlátozást kérnek a gazdák",
            "2027-09-27",
        ),
    ],
)
def test_anadolu_and_hungarian_datelines(text: str, heading: str, day: str) -> None:
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert [s["heading"] for s in doc["sections"]] == [heading]
    assert doc["review_date"] == day


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Es gibt Spielraum“, sagte Philipp Prinz von Hessen.", "Philipp Prinz von Hessen"),
        (
            '"We will win," said Johannes Gerhardus van der Merwe.',
            "Johannes Gerhardus van der Merwe",
        ),
        (
            "Minister Hugo de Jonge, die niet met zijn naam aan het plan verbonden wil worden, "
            'zei: "Dit is niet mijn voorstel."',
            "Hugo de Jonge",
        ),
    ],
)
def test_the_second_reviews_counterexamples_keep_theirspeakers(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv asks partners for more air defence, says the Foreign Minister\n\nPresident "
        'Volodymyr Zelensky said on Monday that the talks had been useful. "We need more '
        'systems," he said.',
        "Bundeskanzler Scholz sprach im Bundestag erneut von einer historischen „Zeitenwende“ "
        "in Europa\n\n„Zeitenwende“ ist seither das Wort, das alle benutzen. „Wir bleiben "
        "dabei“, sagte Regierungssprecher Steffen Hebestreit.",
    ],
)
def test_a_paragraph_ending_on_a_title_or_a_closed_quotation_stays_apart(text: str) -> None:
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert sum(len(i["paragraphs"]) for s in doc["sections"] for i in s["items"]) == 2


def test_a_portfolios_last_words_before_a_comma_and_the_holder_are_no_person() -> None:
    text = (
        "La ministra de Agricultura y Desarrollo Rural, Luz Marina Pardo Ríos, atribuyó la "
        "crisis al cierre de los caños. Según la ministra, «la sedimentación impide el flujo»."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Luz Marina Pardo Ríos"]


def test_an_azerbaijani_executive_authority_speaks_as_a_body() -> None:
    text = (
        "Qəbələ Rayon İcra Hakimiyyətinin məlumatında bildirilir ki, “məhdudiyyət ailələrə "
        "təsir etməyəcək”."
    )
    assert [q["speaker"] for q in quotes(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign Minister Mevlüt Çavuşoğlu met Sergei Lavrov and Antony Blinken, Wang Yi "
            'said on Monday. "This is a good step for the region," Blinken told reporters.',
            "Antony Blinken",
        ),
        (
            '"We will not fund this war," said Rep. Jamie Raskin, a Democrat from Maryland.',
            "Jamie Raskin",
        ),
        ('"Wir fordern mehr Geld", sagte Anna Schmidt von der Allianz.', "Anna Schmidt"),
        (
            "Minister Hugo de Jonge verdedigde het plan. Een ambtenaar, die niet met zijn naam in "
            'de krant wil, zei: "Dit wordt een ramp voor de zorg."',
            None,
        ),
        (
            '"We are ready to negotiate," said the Russian Foreign\n\nMinister Sergei Lavrov on '
            "Monday.",
            "Sergei Lavrov",
        ),
    ],
)
def test_the_third_reviews_counterexamples_keep_theirspeakers(text: str, speaker: object) -> None:
    assert [q["speaker"] for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "headings", "day"),
    [
        (
            "Weekly overview\n\nTrend/APA, 12 March 2024 – Azerbaijan raised fuel prices.\n\n"
            "ECONOMY\n\nThe central bank held its rate.\n\nSOCIETY\n\nSchools reopened.\n",
            ["Weekly overview", "ECONOMY", "SOCIETY"],
            None,
        ),
        (
            "Talks stalled since 2022. May 15 summit could break deadlock\n\nKYIV, March 12, "
            "2024 (Reuters) - Ukraine said on Tuesday it was ready for talks.\n",
            ["Talks stalled since 2022. May 15 summit could break deadlock"],
            "2024-03-12",
        ),
    ],
)
def test_two_sources_with_a_slash_and_a_year_ending_a_sentence_are_no_dateline(
    text: str, headings: list[str], day: str | None
) -> None:
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert [s["heading"] for s in doc["sections"]] == headings
    assert doc["review_date"] == day


def test_a_newspaper_named_partly_in_lowercase_heads_its_item_with_a_day_and_month() -> None:
    text = (
        "## Moldova\n\nProsecutorii au deschis un dosar.\n\nZiarul de Gardă - 15 octombrie\n\n"
        "Prutul a ajuns la Ungheni la cel mai scăzut nivel.\n"
    )
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    items = doc["sections"][0]["items"]
    assert [i["sources"] for i in items] == [[], ["Ziarul de Gardă"]]
    assert [len(i["paragraphs"]) for i in items] == [1, 1]


def test_a_source_and_date_line_with_text_right_under_it_opens_an_item() -> None:
    text = (
        "Rassegna stampa del 20 marzo 2026\n\nITALIA\n\nGiornale di Sicilia - 19 marzo\n"
        "Il prefetto ha convocato un vertice. «Abbiamo trasferito mille persone», ha detto.\n\n"
        "La Repubblica - 19 marzo\nIl sindaco di Pozzallo ha chiesto fondi.\n"
    )
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    items = doc["sections"][0]["items"]
    assert [i["sources"] for i in items] == [["Giornale di Sicilia"], ["La Repubblica"]]
    assert [i["paragraphs"][0]["text"].split()[:2] for i in items] == [
        ["Il", "prefetto"],
        ["Il", "sindaco"],
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Sources consultées :\nLe Monde - 3 mars\nLibération - 4 mars\nLe Figaro - 5 mars\n",
            "Le Monde - 3 mars",
        ),
        (
            "Politique étrangère - 3 mars\n\nLe ministre des Affaires étrangères a parlé.\n",
            "Politique étrangère - 3 mars",
        ),
        (
            "Conseil des ministres - 12 mars\nLe conseil examine le budget.\n",
            "Conseil des ministres - 12 mars",
        ),
        (
            "Revue de presse - 12 mars\nLe gouvernement arménien a annoncé une réforme.\n",
            "Revue de presse - 12 mars",
        ),
        (
            "The vote took place in the National Assembly of\nArmenia - 15 March\nPrime "
            "Minister Nikol Pashinyan told reporters the law would pass.\n",
            "Armenia - 15 March",
        ),
    ],
)
def test_rubrics_titles_lists_and_wrapped_lines_with_a_date_are_no_source(
    text: str, kept: str
) -> None:
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    texts = " ".join(
        p["text"] for s in doc["sections"] for i in s["items"] for p in i["paragraphs"]
    )
    assert kept in texts or doc["title"] == kept
    assert all(not i["sources"] for s in doc["sections"] for i in s["items"])
