"""Structure on shapes the corpus did not cover: dated and digit-bearing headings, rubrics
right above their text, mailing-list footers and signatures, sentences cut before a capital,
a digit or a quotation mark, wrapped text mixed with one-line paragraphs, wrapped dashes."""

from __future__ import annotations

import pytest

from tests.transforms.test_sections import outline_of
from transforms.dates import is_date_phrase
from transforms.document import parse_document
from transforms.markup import Line, escape_wrapped_markers, parse_blocks
from transforms.paragraphs import (
    cut_mid_sentence,
    lines_to_paragraphs,
    repair_paragraphs,
    wrap_width,
)
from transforms.sections import dated_heading, is_credit_line, is_signature


def sections_of(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    """Return (heading, country, paragraph texts) per section of the parsed document."""
    document = parse_document(text.encode("utf-8"), "review.txt")
    return [
        (
            section.heading,
            section.country_code,
            [p.text for item in section.items for p in item.paragraphs],
        )
        for section in document.sections
    ]


# --- headings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Géorgie — 12 mars", "GE"),
        ("Azerbaïdjan — 14-15 mars", "AZ"),
        ("ARMENIA (29.03)", "AM"),
        ("Turquía: 21 de marzo", "TR"),
        ("Грузия — 19 марта", "GE"),
        ("19 марта — Армения", "AM"),
        ("Վրաստան — 28 մարտի", "GE"),
        ("Armenia, 12 March", "AM"),
        ("AZERBAIJAN — OIL", "AZ"),
        ("Azerbaïdjan : économie", "AZ"),
        ("Arménie (suite)", "AM"),
    ],
)
def test_country_with_a_date_is_a_heading(text: str, code: str) -> None:
    assert dated_heading(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "APA - 12 mars",  # an item's source header, not a country
        "Géorgie — une crise politique",  # no date
        "Le 12 mars, la Géorgie a voté.",  # a sentence
        "Géorgie — 12 mars.",
        "RUSSIE – UKRAINE",  # two countries: no one code
    ],
)
def test_not_a_dated_heading(text: str) -> None:
    assert dated_heading(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 mars", True),
        ("14-15 mars", True),
        ("29.03", True),
        ("mardi 12 mars 2024", True),
        ("27 მარტი", True),
        ("2024", False),
        ("COP29", False),
        ("31.13", False),
        ("Le 12 mars il a dit que tout allait bien", False),
    ],
)
def test_is_date_phrase(text: str, expected: bool) -> None:
    assert is_date_phrase(text) is expected


def test_dated_headings_alone_and_right_above_text() -> None:
    text = (
        "Revue de presse du 15 mars 2024\n\n"
        "Géorgie — 12 mars\nLe Premier ministre a présenté son bilan.\n\n"
        "Arménie — 13 mars\n\nLe ministre s'est rendu à Paris.\n"
    )
    assert sections_of(text) == [
        ("Géorgie — 12 mars", "GE", ["Le Premier ministre a présenté son bilan."]),
        ("Arménie — 13 mars", "AM", ["Le ministre s'est rendu à Paris."]),
    ]


def test_markdown_heading_with_a_date_gets_its_country() -> None:
    text = "# Revista de prensa – 21 de marzo de 2024\n\n### Turquía: 21 de marzo\nTexto.\n"
    assert sections_of(text) == [("Turquía: 21 de marzo", "TR", ["Texto."])]


def test_capitals_heading_with_digits_and_a_dash_is_no_source_header() -> None:
    text = "Rassegna stampa del 22 marzo 2024\n\nCOP29 - BAKU 2024\n\nIl testo della notizia.\n"
    assert sections_of(text) == [("COP29 - BAKU 2024", None, ["Il testo della notizia."])]


def test_source_header_in_capitals_with_a_date_stays_an_item_header() -> None:
    outline = outline_of("ARMENIA\n\nAPA - 12 MARCH 2024\n\nThe text of the item.")
    (section,) = outline.sections
    assert section.heading == "ARMENIA"
    assert [line.text for item in section.items for line in item.lines] == ["The text of the item."]


def test_rubric_right_above_its_text() -> None:
    text = (
        "Revue de presse du 12 mars 2024\n\n"
        "Politique étrangère\nLe ministre a reçu son homologue.\n\n"
        "**Économie**\nLa croissance a atteint 8 %.\n"
    )
    assert sections_of(text) == [
        ("Politique étrangère", None, ["Le ministre a reçu son homologue."]),
        ("Économie", None, ["La croissance a atteint 8 %."]),
    ]


def test_headings_between_sentences_without_blank_lines() -> None:
    text = (
        "Revue de presse du 12 mars 2024\n\n"
        "A LA UNE\nLe ministre a reçu son homologue.\n**Économie**\nLa croissance a atteint 8 %.\n"
        "Géorgie — 12 mars\nLe Parlement a voté.\n"
    )
    document = parse_document(text.encode("utf-8"), "review.md")
    assert [(s.heading, s.country_code) for s in document.sections] == [
        ("A LA UNE", None),
        ("Économie", None),
        ("Géorgie — 12 mars", "GE"),
    ]


@pytest.mark.parametrize(
    ("line", "code"),
    [("Arménie (suite)", "AM"), ("Armenia (continued)", "AM"), ("12 mars 2024 — Géorgie", "GE")],
)
def test_country_with_a_remark_or_a_leading_date(line: str, code: str) -> None:
    text = f"Revue de presse du 12 mars 2024\n\n{line}\n\nLe ministre a reçu son homologue.\n"
    assert sections_of(text) == [(line, code, ["Le ministre a reçu son homologue."])]


def test_a_sentence_cut_by_a_line_end_is_no_rubric() -> None:
    text = "ARMENIA\n\nLe président de la République\nIlham Aliyev a reçu le ministre.\n"
    assert sections_of(text) == [
        ("ARMENIA", "AM", ["Le président de la République Ilham Aliyev a reçu le ministre."])
    ]


def test_georgian_and_armenian_plain_headings() -> None:
    text = (
        "პრესის მიმოხილვა, 27 მარტი 2024\n\n"
        "საქართველო\nპრემიერ-მინისტრი ბრიუსელში შეხვდა.\n\n"
        "ეკონომიკა\n\nეკონომიკური ზრდა 9,1 პროცენტი იყო.\n"
    )
    headings = [(heading, code) for heading, code, _ in sections_of(text)]
    assert headings == [("საქართველო", "GE"), ("ეკონომიკა", None)]


# --- footers, signatures, credits -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "© 2024 Press Office. All rights reserved.",
        "Tous droits réservés – reproduction interdite sans autorisation",
        "To unsubscribe from this list, reply with UNSUBSCRIBE in the subject line.",
        "Pour ne plus recevoir cette revue, écrivez à presse@example.org",
        "*You are receiving this digest because you subscribed on our website.*",
        "Unsubscribe | Update your preferences",
        "Աղբյուր՝ Արմենպրես",
        "წყარო: ინტერპრესნიუსი",
    ],
)
def test_boilerplate_and_credits_are_no_paragraphs(text: str) -> None:
    assert is_credit_line(text.strip("*"))


def test_ordinary_sentences_are_no_boilerplate() -> None:
    assert not is_credit_line("The ministry said all options remained on the table.")
    assert not is_credit_line("Le ministre a reçu son homologue à Bakou.")


def test_signature_is_the_short_line_over_boilerplate() -> None:
    assert is_signature("Service de presse de l'Ambassade", "Tous droits réservés")
    assert not is_signature("Service de presse de l'Ambassade", "Le ministre a dit.")
    assert not is_signature("Le ministre a reçu son homologue.", "Tous droits réservés")
    assert not is_signature("Mais informações: www.ine.gov.mz", "Todos os direitos reservados.")


def test_email_signature_and_footer_are_dropped() -> None:
    text = (
        "GEORGIA\n\nThe court upheld the sentence.\n\n"
        "--\nThis review is compiled from open sources.\nJohn Smith, press attaché\n"
    )
    assert sections_of(text) == [("GEORGIA", "GE", ["The court upheld the sentence."])]


def test_signature_block_and_footer_lines_are_dropped() -> None:
    text = (
        "ARMÉNIE\n\nLe ministre s'est rendu à Paris.\n\n"
        "Service de presse de l'Ambassade\n"
        "Tous droits réservés – reproduction interdite\n"
        "Pour ne plus recevoir cette revue, écrivez à presse@example.org\n"
    )
    assert sections_of(text) == [("ARMÉNIE", "AM", ["Le ministre s'est rendu à Paris."])]


# --- repairs --------------------------------------------------------------------------------

HEAD = "Regierungschef Nikol Paschinjan hat am Wochenende in Gjumri über die künftige"


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        (HEAD, "Zusammenarbeit mit der EU gesprochen."),  # a German noun
        ("Er kündigte an, dass der Antrag auf Visafreiheit bis Ende", "2025 vollständig gilt."),
        (
            "O ministro Paulo Rangel reuniu-se ontem em Chisinau com o homólogo",
            "Mihai Popșoi e garantiu.",
        ),
        ("«Não haverá recuo neste processo de adesão da Moldávia", "», garantiu Rangel."),
        ("«Nous ne céderons sur aucun point de ce dossier essentiel", "». Il a quitté la salle."),
        (
            "Oppositionsführer Ischchan Saghateljan sprach gestern im Parlament von",
            "„Ausverkauf“ des Landes.",
        ),
        (
            "The EU commissioner held talks in Yerevan on Tuesday with Prime Minister",
            "Nikol Pashinyan on visas.",
        ),
        (
            "ოპოზიციურმა პარტიებმა თბილისში ერთობლივი აქცია გამართეს და მთავრობას",
            "ვადამდელი არჩევნები.",
        ),
        (
            "Ընդդիմության ներկայացուցիչները հայտարարել են, որ հանրահավաք են անցկացնելու",
            "Երևանի հրապարակում։",
        ),
    ],
)
def test_sentence_cut_before_a_capital_digit_or_mark(head: str, tail: str) -> None:
    assert cut_mid_sentence(head, tail)
    (joined,) = repair_paragraphs([Line(head), Line(tail)])
    assert joined.repaired and joined.line.text == f"{head} {tail}"


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("Participaram no encontro representantes de Portugal, Roménia e Estónia", "A nota."),
        ("A declaração pode ser consultada em https://www.portugal.gov.pt/pt/gc24", "O texto."),
        ("Die vollständige Rede ist auf der Website abrufbar: www.gov.am/de/news", "Die Rede."),
        ("Short heading-like line", "Zusammenarbeit mit der EU."),
        ("Le gouvernement a démenti l'information selon l'agence l'Azerbaïdjan", "Le peuple."),
    ],
)
def test_block_ending_on_a_url_a_list_or_a_name_is_no_cut(head: str, tail: str) -> None:
    assert not cut_mid_sentence(head, tail)
    assert len(repair_paragraphs([Line(head), Line(tail)])) == 2


@pytest.mark.parametrize(
    "head",
    [
        "Am Rande des Treffens sagte Paschinjan vor Journalisten:",
        "Muitos refugiados continuam sem casa própria, segundo o Alto Comissariado…",
    ],
)
def test_colon_or_ellipsis_ends_no_cut(head: str) -> None:
    assert len(repair_paragraphs([Line(head), Line("„Wir werden weiter verhandeln“.")])) == 2


@pytest.mark.parametrize(
    "headline",
    [
        "Le gouvernement arménien prépare un remaniement ministériel",
        "Interview exclusive du ministre des Affaires étrangères",
    ],
)
def test_headline_over_its_text_is_no_cut(headline: str) -> None:
    tail = "Selon le quotidien Hraparak, le Premier ministre remplacera trois ministres."
    assert not cut_mid_sentence(headline, tail)
    assert len(repair_paragraphs([Line(headline), Line(tail)])) == 2


def test_closing_quotation_ending_a_paragraph_is_no_cut() -> None:
    head = "«Portugal não esquece os amigos e nunca esquecerá»"
    assert len(repair_paragraphs([Line(head), Line("O Presidente falou em Lisboa.")])) == 2


def test_repairs_in_a_whole_document() -> None:
    text = (
        "Pressespiegel vom 18. März 2024\n\nArmenien\n\n"
        f"{HEAD}\n\nZusammenarbeit mit der Europäischen Union gesprochen.\n\n"
        "Die Rede ist abrufbar: www.gov.am/de/news\n\nDie Opposition protestierte.\n"
    )
    ((_, _, paragraphs),) = sections_of(text)
    assert paragraphs == [
        f"{HEAD} Zusammenarbeit mit der Europäischen Union gesprochen.",
        "Die Rede ist abrufbar: www.gov.am/de/news",
        "Die Opposition protestierte.",
    ]


# --- wrapped text -----------------------------------------------------------------------------


def test_wrap_width_is_where_lines_pile_up() -> None:
    wrapped = tuple(Line("x" * n) for n in (70, 68, 72, 65, 71, 69, 30))
    one_liners = tuple(Line("y" * 98) for _ in range(3))
    assert wrap_width([wrapped, one_liners]) == 72
    assert wrap_width([]) == 0


def test_short_line_ending_a_sentence_opens_a_paragraph_in_wrapped_text() -> None:
    lines = (
        Line("La Banque nationale a maintenu son taux directeur à 11 % jeudi, indique"),
        Line("le site Business Media Georgia, qui cite une inflation de 2,8 % en mars."),
        Line("Les exportations de vin ont progressé de 14 % sur un an en février."),
    )
    assert len(lines_to_paragraphs(lines, hard_wrapped=True, width=75)) == 1
    short = (Line("Le texte entre en vigueur le 1er juin."), lines[2])
    assert len(lines_to_paragraphs(short, hard_wrapped=True, width=75)) == 2


def test_line_longer_than_the_width_was_never_wrapped() -> None:
    long_line = "Le Parlement géorgien a adopté en deuxième lecture la réforme du code électoral."
    lines = (Line(long_line), Line("L'opposition a boycotté le vote."))
    assert len(lines_to_paragraphs(lines, hard_wrapped=True, width=65)) == 2


def test_wrapped_dash_is_no_bullet() -> None:
    text = (
        "Georgia's ruling party Georgian Dream, which controls a majority in parliament\n"
        "- and the presidency since 2018 - said it would not return to the bill.\n"
    )
    assert escape_wrapped_markers(text).splitlines()[1].startswith("\\- and")
    (block,) = parse_blocks(escape_wrapped_markers(text))
    assert block.kind == "paragraph"
    assert len(block.lines) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Three priorities:\n- borders\n- energy\n",
        "AZERBAIJAN\n- The president signed a decree.\n- SOCAR signed a deal.\n",
        "The list follows.\n- one\n- two\n",
        "- The president signed a decree on the return of former residents\n"
        "to the Lachin district\n- SOCAR and BP extended the contract.\n",
    ],
)
def test_lists_stay_lists(text: str) -> None:
    assert escape_wrapped_markers(text) == text


def test_wrapped_review_with_one_line_paragraphs() -> None:
    text = (
        "ARMENIA\n\n"
        "The opposition gathered about 8,000 people on Sunday in Republic Square,\n"
        "where its leaders demanded the resignation of the government and early\n"
        "elections before the end of the year. Parliament speaker Alen Simonyan\n"
        "said the protest would change nothing.\n"
        "The prime minister did not comment.\n\n"
        "The central bank kept its key rate at 9.25 per cent on Tuesday, citing\n"
        "slower inflation in February and a stronger dram against the dollar.\n"
    )
    ((_, _, paragraphs),) = sections_of(text)
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith("said the protest would change nothing.")
    assert paragraphs[1] == "The prime minister did not comment."


def test_wrapped_block_among_unwrapped_one_line_paragraphs() -> None:
    long_one = "The opposition gathered about 8,000 people on Sunday in Republic Square" * 2
    long_two = "Parliament speaker Alen Simonyan said the protest would change nothing" * 2
    text = (
        f"ARMENIA\n\n{long_one}.\n{long_two}.\n\n"
        "The central bank kept its key rate at 9.25 per cent on Tuesday, citing slower\n"
        "inflation in February and a stronger dram against the dollar and the euro.\n"
        "The bank said it expected prices to rise by 3 per cent this year. Exports of\n"
        "brandy fell by 12 per cent in the first two months, the committee said.\n"
    )
    ((_, _, paragraphs),) = sections_of(text)
    assert len(paragraphs) == 3
    assert paragraphs[2].startswith("The central bank") and paragraphs[2].endswith("said.")


def test_email_greeting_handover_and_sign_off_are_no_paragraphs() -> None:
    text = (
        "From: Press Office\nSent: Tuesday, 12 March 2024 08:30\nTo: All staff\n"
        "Subject: Press review 12 March 2024\n\n"
        "Dear colleagues,\n\nPlease find below today's press review.\n\n"
        "ARMENIA\n\nThe opposition gathered on Sunday in Yerevan.\n\n"
        "GEORGIA\n\nThe court upheld the sentence.\n\n"
        "Best regards,\nAnna Petrosyan\nPress and Information Officer\nTel. +374 10 123456\n"
    )
    assert sections_of(text) == [
        ("ARMENIA", "AM", ["The opposition gathered on Sunday in Yerevan."]),
        ("GEORGIA", "GE", ["The court upheld the sentence."]),
    ]


def test_french_sign_off_in_its_own_block() -> None:
    text = (
        "Chers collègues,\nVeuillez trouver ci-dessous la revue de presse du 12 mars 2024.\n\n"
        "ARMÉNIE\n\nLe texte.\n\nCordialement,\n\nAnna Petrosyan\nService de presse\n"
    )
    assert sections_of(text) == [("ARMÉNIE", "AM", ["Le texte."])]


def test_regards_inside_a_long_text_is_kept() -> None:
    body = "\n\n".join(f"Paragraph number {i} of the review ends here." for i in range(20))
    text = f"ARMENIA\n\nThe minister said.\nRegards,\n\n{body}\n"
    paragraphs = [p for _, _, texts in sections_of(text) for p in texts]
    assert len(paragraphs) == 21


def test_wrapped_day_number_is_no_ordered_list() -> None:
    text = (
        "ARMENIEN\n\n"
        "Die Regierung hat beschlossen, dass für Bürger der Europäischen Union ab dem\n"
        "1. April neue Einreiseregeln gelten. Das Außenministerium veröffentlichte am\n"
        "Montag eine Liste der benötigten Dokumente.\n"
    )
    document = parse_document(text.encode("utf-8"), "review.md")
    ((paragraph,),) = [item.paragraphs for s in document.sections for item in s.items]
    assert "ab dem 1. April neue" in paragraph.text


def test_flag_before_a_dated_country_heading() -> None:
    text = "Press review, 12 March 2024\n\n🇦🇲 Armenia — 12 March\n\nThe minister met him.\n"
    assert sections_of(text) == [("Armenia — 12 March", "AM", ["The minister met him."])]


def test_short_paragraphs_one_per_line_are_not_wrapped_text() -> None:
    text = (
        "ARMENIA\n"
        "The opposition gathered about 8,000 people on Sunday in Republic Square.\n"
        "Parliament speaker Alen Simonyan said the protest would change nothing.\n"
        "The central bank kept its key rate at 9.25 per cent on Tuesday morning.\n"
        "Exports of brandy fell by 12 per cent in the first two months of the year.\n"
        "The foreign minister will travel to Brussels on Thursday for talks.\n"
        "The government approved a new programme for the Tavush region on Friday.\n"
    )
    ((_, _, paragraphs),) = sections_of(text)
    assert len(paragraphs) == 6


def test_title_case_headline_over_a_name_is_no_cut() -> None:
    head = "Armenia and Azerbaijan Agree on First Section of Border Delimitation"
    tail = "Nikol Pashinyan said on Monday that the commissions would meet again."
    assert not cut_mid_sentence(head, tail)
    german = "Außenminister Ararat Mirsojan traf am Dienstag in Brüssel die künftige"
    assert cut_mid_sentence(german, "Hohe Vertreterin der Europäischen Union.")


def test_agency_name_alone_is_a_credit_not_a_heading() -> None:
    text = "ARMENIA\n\nThe minister said the talks would continue.\nAFP\n\n(Reuters)\n"
    assert sections_of(text) == [("ARMENIA", "AM", ["The minister said the talks would continue."])]


def test_name_cut_after_its_capitalised_first_word() -> None:
    head = "Pashinyan said the government would submit the draft to the Constitutional"
    assert cut_mid_sentence(head, "Court by the end of the year.")
    assert not cut_mid_sentence(head, "The opposition walked out of the session.")
    assert not cut_mid_sentence(head, "Il a ajouté que rien ne changerait.")


def test_wrapped_line_ending_a_sentence_where_the_next_word_fitted() -> None:
    lines = (
        Line("President Ilham Aliyev received the EU Special Representative in Baku"),
        Line("on Monday to discuss the peace process and regional communications."),
        Line('"We are closer to peace than ever," Aliyev said after the long meeting.'),
    )
    # 68 + 1 + 3 columns fit in 75: the writer ended the paragraph; in 71 they would not.
    assert len(lines_to_paragraphs(lines, hard_wrapped=True, width=75)) == 2
    assert len(lines_to_paragraphs(lines, hard_wrapped=True, width=71)) == 1


def test_short_head_before_a_fragment_is_cut_all_the_same() -> None:
    head = "Лидер оппозиции Роберт Кочарян назвал это заявление"
    (joined,) = repair_paragraphs([Line(head), Line("«опасной иллюзией».")])
    assert joined.line.text == f"{head} «опасной иллюзией»."
    headline = "Le gouvernement arménien prépare un remaniement ministériel"
    assert (
        len(repair_paragraphs([Line(headline), Line("Selon Hraparak, trois ministres partiront.")]))
        == 2
    )


def test_two_line_title_with_a_dated_line_ending_in_a_full_stop() -> None:
    text = "ОБЗОР ПРЕССЫ\n4 апреля 2024 г.\n\nАРМЕНИЯ\n\nПарламент принял закон.\n"
    document = parse_document(text.encode("utf-8"), "review.txt")
    assert document.review_date == "2024-04-04"
    assert [s.heading for s in document.sections] == ["АРМЕНИЯ"]


def test_internal_use_notes_are_boilerplate() -> None:
    assert is_credit_line("Este boletín es de uso interno.")
    assert is_credit_line("Для внутреннего пользования.")


def test_greeting_and_voici_line_before_the_review() -> None:
    text = "Bonjour,\nVoici la revue de presse du jour.\n\nARMÉNIE\n\nLe texte.\n"
    assert sections_of(text) == [("ARMÉNIE", "AM", ["Le texte."])]
