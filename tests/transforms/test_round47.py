"""Shapes of session 47 (real web texts), on invented text: a quote digest that marks none
of its quotations (each entry over its credit in parentheses), and the asides, heckles and
lists that look like one; a French digest's "De X" credit; a credit paragraph opening with
a name as a sentence of its own; a Georgian "interview with X" heading its quotations; a
Georgian title in the ergative whose holder is in the ergative too; praise verbs as cues."""

from __future__ import annotations

from tests.transforms.parsed import headings, quotes, speakers, speakers_and_roles

UNMARKED_DIGEST = (
    "Sätze der Woche\n\n"
    "Unsere Politiker schlagen sich gerne verbal die Köpfe ein, zu unser aller Freude.\n\n"
    "Wer jeden Zaun vermessen will, sieht bei den Banken nicht hin.\n\n"
    "(FDP-Vorsitzende Karl Sommerfeld beim Neujahrstreffen in Ulm)\n\n"
    "Da kann er nichts dafür. Er kommt ja aus dem Flachland.\n\n"
    "(Die schwäbische SPD-Vorsitzende Petra Lindner über den Finanzminister)\n\n"
    "Das ist deutsches Kasperletheater.\n\n"
    "(Sommerfeld über die Pläne der Koalition"
)


def test_an_unmarked_digest_entry_is_a_quotation_of_who_its_parenthesis_credits() -> None:
    found = quotes(UNMARKED_DIGEST)
    assert [str(q["text"]).split()[0] for q in found] == ["Wer", "Da", "Das"]
    assert speakers_and_roles(UNMARKED_DIGEST) == [
        ("Karl Sommerfeld", "FDP-Vorsitzende"),
        ("Petra Lindner", "schwäbische SPD-Vorsitzende"),
        ("Karl Sommerfeld", None),
    ]


def test_a_marked_quotation_between_unmarked_entries_takes_its_own_credit() -> None:
    text = (
        "Sätze der Woche\n\n"
        "Wer jeden Zaun vermessen will, sieht bei den Banken nicht hin.\n\n"
        "(FDP-Vorsitzende Karl Sommerfeld beim Neujahrstreffen in Ulm)\n\n"
        "«Wenn wir in Hessen regieren können, können wir überall regieren.»\n\n"
        "Dieter Brandt)\n\n"
        "Das ist deutsches Kasperletheater.\n\n"
        "(Grünen-Chefin Petra Lindner über die Pläne der Koalition)"
    )
    assert speakers(text) == ["Karl Sommerfeld", "Dieter Brandt", "Petra Lindner"]


def test_one_sentence_over_a_parenthesis_is_no_unmarked_quotation() -> None:
    text = (
        "Bericht\n\n"
        "Der Rat hat am Montag den Haushalt beschlossen.\n\n"
        "(Karl Sommerfeld berichtet aus Ulm)\n\n"
        "Die Opposition stimmte dagegen und kündigte eine Klage an."
    )
    assert quotes(text) == []


def test_parentheses_that_credit_nobody_make_no_unmarked_quotations() -> None:
    text = (
        "Bericht\n\n"
        "Der Rat hat am Montag den Haushalt beschlossen.\n\n"
        "(mit Material von dpa)\n\n"
        "Die Opposition stimmte dagegen und kündigte eine Klage an.\n\n"
        "(Bericht aktualisiert am Dienstag)"
    )
    assert quotes(text) == []


def test_a_georgian_interview_with_someone_heads_their_quotations() -> None:
    text = (
        "პრესის მიმოხილვა\n\n"
        "„კვირის პალიტრა“: ინტერვიუ გიორგი ბერიძესთან: „ჩვენ ეს არ შეგვიძლია, ეს ძალიან "
        "რთული სიტუაციაა“\n\n"
        "„რეზონანსი“: ინტერვიუ ლინკოლნ მიტჩელთან: „ხელისუფლებამ არ უნდა გაიმეოროს ის, რაც "
        "წინა ხელისუფლებამ გააკეთა“"
    )
    assert speakers_and_roles(text) == [("გიორგი ბერიძე", None), ("ლინკოლნ მიტჩელი", None)]


def test_praise_verbs_are_cues() -> None:
    text = (
        "Visita\n\n"
        "O Presidente da República, Marcelo Rebelo de Sousa, chegou ao Recife.\n\n"
        '"Bom, é importante, mas bem merece. Temos um ministério muito atento", elogiou.\n\n'
        "La presidenta Ana Gómez visitó la escuela.\n\n"
        '"Es un trabajo extraordinario de todo el equipo", elogió.'
    )
    assert [q["cue"] for q in quotes(text)] == ["elogiou", "elogió"]


def test_a_georgian_ergative_title_is_followed_by_its_holder_in_the_ergative() -> None:
    text = (
        "თეა ბერიძე: “დროებითი მინისტრი ვარ”\n\n"
        'იუსტიციის მინისტრმა გადაცემაში ჭორებზეც ისაუბრა. "არცერთი ჭორი არ მომწონს, '
        'მაგრამ ეს ბუნებრივია", - თქვა მან.'
    )
    assert "გადაცემაში ჭორებზეც" not in speakers(text)


def test_asides_heckles_and_lists_in_parentheses_are_no_digest() -> None:
    asides = (
        "Koalition streitet\n\n"
        "Berlin. Die Koalition hat sich erneut nicht auf einen Haushalt einigen können.\n\n"
        "(Angela Merkel hatte den Entwurf bereits im Sommer abgelehnt.)\n\n"
        "Finanzminister Olaf Scholz will bis Freitag einen neuen Vorschlag vorlegen.\n\n"
        "(Olaf Scholz war zuvor Bürgermeister in Hamburg.)"
    )
    heckles = (
        "Plenarprotokoll\n\n"
        "Wir werden diesen Haushalt nicht mittragen.\n\n"
        "(Zuruf von Volker Beck)\n\n"
        "Das ist unsere feste Überzeugung.\n\n"
        "(Zuruf von Renate Künast)"
    )
    stage = (
        "Interview\n\n"
        "Herr Minister, wie geht es der Truppe?\n\n"
        "(Boris Pistorius lacht.)\n\n"
        "Und wann kommen die neuen Panzer?\n\n"
        "(Boris Pistorius schweigt.)"
    )
    reading = (
        "Books of the year\n\n"
        "The Remains of the Day.\n\n"
        "(Kazuo Ishiguro, Faber, 1989)\n\n"
        "Never Let Me Go.\n\n"
        "(Kazuo Ishiguro, Faber, 2005)"
    )
    for text in (asides, heckles, stage, reading):
        assert quotes(text) == []


def test_a_french_digest_credits_from_whom_after_the_full_stop() -> None:
    text = (
        "Les phrases de la semaine\n\n"
        'Raille - "On attendait un président de vision, pas un directeur de campagne". '
        "De Laurent Morel (PS) à propos de l'intervention du président.\n\n"
        'Rabaisse - "Le président est donc désormais directeur de campagne".De '
        "Marie-Pierre de la Tour, porte-parole de Jean-Paul Huchard.\n\n"
        'Jubile - "Je ne suis pas pépère". De Jean-Paul Huchard, candidat à sa succession.\n\n'
        'S’entiche - "Vous serez le plus beau des présidents". D’une visiteuse du Salon.'
    )
    assert speakers_and_roles(text)[:3] == [
        ("Laurent Morel", None),
        ("Marie-Pierre de la Tour", "porte-parole de Jean-Paul Huchard"),
        ("Jean-Paul Huchard", "candidat à sa succession"),
    ]


def test_a_name_standing_as_a_sentence_under_a_quotation_credits_it() -> None:
    text = (
        "Las frases de la semana\n\n"
        "“No es un desprecio a la empresa sino un acto de responsabilidad”.\n\n"
        "Manuel Pulgar-Vidal. El ministro del Ambiente se mostró a favor de la decisión.\n\n"
        "*\n\n"
        "“Bolivia no ha ganado nada en La Haya”\n\n"
        "Michelle Bachelet. La presidenta de Chile reaccionó al fallo de la Corte."
    )
    assert speakers(text) == ["Manuel Pulgar-Vidal", "Michelle Bachelet"]


def test_a_narration_paragraph_under_a_quotation_is_no_name_sentence() -> None:
    text = (
        "Visita\n\n"
        "El ministro Carlos Ruiz visitó la escuela el lunes.\n\n"
        "“Necesitamos más escuelas y menos promesas vacías”.\n\n"
        "Ana Gómez, la directora, mostró las aulas nuevas a los visitantes."
    )
    assert speakers(text) != ["Ana Gómez"]


def test_captions_in_parentheses_under_news_are_no_unmarked_quotations() -> None:
    text = (
        "Gipfel in Brüssel\n\n"
        "Die Staats- und Regierungschefs haben sich auf ein Paket geeinigt.\n\n"
        "(Angela Merkel am Montag in Brüssel)\n\n"
        "Frankreich hatte zuvor Bedenken angemeldet.\n\n"
        "(Emmanuel Macron beim Empfang im Élysée)"
    )
    assert quotes(text) == []


def test_a_digest_title_lets_its_credits_be_sentences() -> None:
    text = (
        "Quotes of the week\n\n"
        "'The truth is I would have made a terrible councillor.'\n\n"
        "Kevin Marshall puts a brave face on the party's decision not to back him.\n\n"
        "'I have broad shoulders and I think I shall survive.'\n\n"
        "Peter Hollis, trade commissioner, responds to the accusation of the week.\n\n"
        "'I look like a walrus, it's terrible.'\n\n"
        "Natalie Kaplan suffers the usual reaction on meeting a film star."
    )
    assert speakers(text) == ["Kevin Marshall", "Peter Hollis", "Natalie Kaplan"]


def test_news_credits_stay_news_without_a_digest_title() -> None:
    text = (
        "Verkehr\n\n"
        "Verkehrsminister Volker Wissing verteidigte den Plan am Montag.\n\n"
        "„Wir brauchen jetzt Tempo beim Ausbau der Schiene.“\n\n"
        "Ricarda Lang kritisierte den Plan als unzureichend und forderte mehr Geld.\n\n"
        "„Das reicht bei weitem nicht für die Klimaziele.“\n\n"
        "Steffi Lemke kündigte eine eigene Vorlage an.\n\n"
        "„Wir werden im Herbst einen Entwurf vorlegen.“\n\n"
        "Der Bundestag berät im Oktober."
    )
    assert speakers(text)[0] != "Ricarda Lang"


def test_a_french_from_credit_needs_the_quotation_to_open_its_paragraph() -> None:
    text = (
        "Retraites\n\n"
        "La Première ministre Élisabeth Borne a assuré : « Nous irons jusqu'au bout de "
        "cette réforme ». De Jean-Luc Mélenchon à Marine Le Pen, l'opposition dénonce un "
        "passage en force."
    )
    assert speakers(text) == ["Élisabeth Borne"]


def test_a_name_as_a_sentence_under_news_is_no_credit() -> None:
    text = (
        "Bundesliga\n\n"
        "Trainer Julian Nagelsmann war nach dem Spiel zufrieden:\n\n"
        "„Wir haben heute eine starke Mannschaftsleistung gesehen.“\n\n"
        "Thomas Müller. Der Stürmer traf zweimal und bereitete ein Tor vor."
    )
    assert "Thomas Müller" not in speakers(text)


def test_a_town_ending_a_mayors_title_is_no_person() -> None:
    text = (
        "Puglia\n\n"
        "Il sindaco di Martina Franca, Franco Ancona, ha inaugurato la piazza.\n\n"
        '"È una giornata di festa per tutti", ha detto il primo cittadino di Martina Franca.'
    )
    assert speakers(text) == ["Franco Ancona"]


def test_a_plan_or_a_decree_is_nobody_who_speaks() -> None:
    text = (
        "Braga\n\n"
        "Durante uma inauguração, o primeiro-ministro lembrou obras do Plano de "
        'Recuperação e Resiliência, afirmando que "é nisso que nos temos de focar".'
    )
    assert speakers(text) != ["Plano de Recuperação"]


def test_alleging_is_a_cue() -> None:
    text = (
        "Política\n\n"
        "O primeiro-ministro António Costa falou em Braga.\n\n"
        '"O Presidente da República é o Presidente de todos os portugueses", alegou.'
    )
    assert [(q["speaker"], q["cue"]) for q in quotes(text)] == [("António Costa", "alegou")]


def test_a_credit_line_title_stops_at_a_spaced_dash() -> None:
    text = (
        "Frases do mês\n\n"
        '• "Universidade deveria ser para poucos". Milton Ribeiro, ministro da Educação – '
        "Em entrevista a TV Brasil"
    )
    assert speakers_and_roles(text) == [("Milton Ribeiro", "ministro da Educação")]


def test_source_bullets_with_one_unattributed_line_stay_bullets() -> None:
    text = (
        "Огляд преси\n\n"
        "- Dziennik Wschodni - З 1 квітня в'їзд до центру коштуватиме 40 злотих. «Ми не "
        "хочемо відлякувати туристів», – заявила бургомістр міста Беата Зелінська.\n\n"
        "- Rzeczpospolita - Власник ресторану розповів газеті, що без українців "
        "не відчинився б.\n\n"
        "СЛОВАЧЧИНА\n\n"
        "- SME - Курорт припиняє приймати військових. «За два роки ми прийняли вісімсот "
        "пацієнтів», – сказав директор Петер Новак."
    )
    texts = [str(q["text"]) for q in quotes(text)]
    assert texts and not any(t.startswith(("Dziennik", "SME")) for t in texts)


def test_a_quotation_cut_by_its_cue_over_a_source_line_is_no_digest_entry() -> None:
    text = (
        "Press review\n\n"
        "GEORGIA\n\n"
        '"The contractor has lost two months," he said, "and one to paperwork."\n\n'
        "Civil.ge - 19 September\n\n"
        '"Every winter they promise," said Zurab Kvinikadze, "and we sleep in our cabs."\n\n'
        "ARMENIA\n\n"
        '"We agreed on a schedule," she said, "and it is a first step."\n\n'
        "Türkiye\n\n"
        "The border gate will handle lorries around the clock."
    )
    assert "Türkiye" in headings(text)


def test_a_long_credit_after_the_name_and_its_comma() -> None:
    text = (
        "Worte der Woche\n\n"
        '"Es ist in den Händen des Kongresses und der Bevölkerung dieses Landes." '
        "Ignatz Weber, US-Botschafter, nachdem das Repräsentantenhaus für die "
        "Voruntersuchung über ein Amtsenthebungsverfahren gestimmt hat"
    )
    assert speakers(text) == ["Ignatz Weber"]


def test_pluperfect_and_imperfective_cues() -> None:
    azerbaijani = (
        "İlin açıqlamaları\n\n"
        "Nazir müavini İsmayıl Həsənov da açıqlama ilə gündəmə gəlmişdi.\n\n"
        "O bildirmişdi ki, sərəncam onun üçün gözlənilməz olub: “Buna baxmayaraq, mən "
        "hər şeyə hazıram. Bundan sonra elmi işlərlə məşğul olacağam”."
    )
    polish = (
        "Konferencja\n\n"
        "Do dyskusji dołączył europoseł Radosław Nowak.\n\n"
        "– To proszę nie kłamać o Unii Europejskiej – odpowiadał Nowak, choć nie wskazał "
        "przykładu."
    )
    assert speakers(azerbaijani) == ["İsmayıl Həsənov"]
    assert [(q["speaker"], q["cue"]) for q in quotes(polish)] == [("Radosław Nowak", "odpowiadał")]


def test_a_french_from_credit_is_no_fronted_topic() -> None:
    fronted = (
        "Élysée\n\n"
        "« Nous irons jusqu'au bout. » D'Emmanuel Macron lui-même, rien n'a filtré.\n\n"
        "« La France est de retour. » De Jacques Chirac, Emmanuel Macron a salué la mémoire."
    )
    assert speakers(fronted) == [None, None]


def test_a_news_headline_about_a_quotation_is_no_digest_title() -> None:
    text = (
        "Cytat dnia wywołał burzę\n\n"
        "Posłowie spierali się w Sejmie do późnej nocy.\n\n"
        "(Donald Tusk w Sejmie)\n\n"
        "Opozycja zapowiedziała wniosek o wotum nieufności.\n\n"
        "(Jarosław Kaczyński na konferencji)"
    )
    assert quotes(text) == []


def test_a_digest_title_holds_when_its_parentheses_credit_nobody() -> None:
    text = (
        "Quotes of the week\n\n"
        "'The truth is I would have made a terrible councillor.'\n\n"
        "Kevin Marshall puts a brave face on the party's decision not to back him.\n\n"
        "'I have broad shoulders and I think I shall survive.'\n\n"
        "Peter Hollis responds to the accusation of the week.\n\n"
        "The week was long and the debates were longer.\n\n"
        "(as everyone expected)\n\n"
        "It rained on every single day of the summit.\n\n"
        "(and more is to come)"
    )
    assert speakers(text) == ["Kevin Marshall", "Peter Hollis"]
