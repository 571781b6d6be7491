"""Document shapes of session 14 (held-out 59's failures), on invented text: AZƏRTAC's
dateline with the agency after a comma, PAP's author line and desk trailer."""

from __future__ import annotations

from transforms.document import document_to_dict, parse_document


def parse(text: str) -> dict[str, object]:
    return document_to_dict(parse_document(text.encode("utf-8")))


def paragraphs(doc: dict[str, object]) -> list[str]:
    sections = doc["sections"]
    assert isinstance(sections, list)
    return [p["text"] for s in sections for item in s["items"] for p in item["paragraphs"]]


def test_a_dateline_with_the_agency_after_a_comma() -> None:
    headline = "Ordubadda yeni su anbarı istifadəyə verilib"
    doc = parse(
        f"{headline}\n\nOrdubad, 12 sentyabr 2027, AZƏRTAC. Ordubad rayonunda yeni su anbarı "
        "istifadəyə verilib.\n\n“Anbar iki min hektar sahəni suvaracaq”, – deyə rayon icra "
        "hakimiyyətinin başçısı Elman Rəhimov bildirib.\n"
    )
    assert doc["review_date"] == "2027-09-12"
    assert [s["heading"] for s in doc["sections"]] == [headline]  # type: ignore[union-attr]


def test_an_author_line_and_a_desk_trailer_are_no_paragraphs() -> None:
    doc = parse(
        "Mewa zniknęła z Helu\n\nJastarnia, 3 września 2027 (PAP) - Na Helu nie gniazduje już "
        "ani jedna para mew.\n\nOrnitolodzy szukają przyczyn od wiosny.\n\n"
        "autor: Ewa Lis\n\nmgr/ mhr/\n"
    )
    assert paragraphs(doc)[-1] == "Ornitolodzy szukają przyczyn od wiosny."


def test_a_sentence_opening_with_autor_stays_a_paragraph() -> None:
    doc = parse(
        "Revista de prensa, 16 de septiembre de 2027\n\nESPAÑA\n\nEl Congreso aprobó ayer la "
        "ley de vivienda.\n\nAutor de la iniciativa, el diputado Íñigo Ruiz afirmó que la ley "
        "«cambiará el mercado de alquiler en todo el país».\n\nMÉXICO\n\nEl Senado aprobó la "
        "reforma.\n"
    )
    assert len(paragraphs(doc)) == 3
