"""Quotation marks around the title of a piece: an article's headline, named as such.

"un article intitulé « ... »", "„...“ başlığıyla", "სათაურით ”...”": the words are a title,
like a book's, not what anyone said. They go to the document's terms. A paper that
headlines ("Titola il quotidiano: «...»", "titelt die Bild") speaks, and its words stay a
quotation with the paper for institution; so do the words after "under the headline", which
the evaluation sets written in the sample's shapes count as the paper's (and the real texts'
golds do not: a noun after a determiner was measured and left out).
"""

from __future__ import annotations

import re

# Participles (and two Russian nouns) that name a title by themselves: "an article titled",
# "intitolato", "getiteld", "под заголовком". Not "entitled": "entitled to a say".
TITLED = frozenset(
    str.split(
        "titled intitulé intitulée intitulés intitulées intitolato intitolata "
        "intitolati intitolate titulado titulada titulados tituladas intitulado intitulada "
        "getiteld betitelt überschrieben zatytułowany zatytułowana zatytułowane "
        "zatytułowanym zatytułowanej озаглавлена озаглавлен озаглавленная озаглавленной "
        "озаглавленную озаглавленный заголовком заголовок"
    )
)
# Stems of title nouns in languages whose case endings or postpositions follow the noun,
# before or after the quotation: Turkish manşet(inde|iyle), başlık(lı), başlığ(ıyla),
# Azerbaijani başlıq(lı), sərlövhə(li), Armenian վերնագր(ով), Georgian სათაურ(ით). Not
# "başlı" alone: başlıyor (begins), başlıca (main).
TITLE_STEMS = ("manşet", "sürmanşet", "başlık", "başlığ", "başlıq", "sərlövh", "վերնագր", "სათაურ")
# Turkish and Azerbaijani words for which headline of the page: top, sub, main.
TITLE_QUALIFIERS = frozenset(str.split("üst alt ana"))
# Words only (letters, apostrophes inside), from the end of the text before the mark.
WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
MAX_LEAD = 60  # characters before the opening mark read for the title's noun
QUOTE_MARKS = frozenset('«»“”„"‘’‹›')
# Words of a paper's page and of writing, which make a sentence one about a piece: its
# place on the page (spalla, taglio, apertura, une), the piece, or its writing.
PIECE_WORDS = frozenset(
    str.split(
        "scrive scrivono titola spalla taglio apertura fondo pagina articolo editoriale "
        "commento titolo écrit titre une article éditorial page writes headlines headline "
        "editorial column schreibt titelt seite artikel leitartikel kommentar escribe titula "
        "portada página artículo escreve manchete artigo schrijft kopt kop pisze tytuł artykuł "
        "пишет статья заголовок"
    )
)
PIECE_REACH = 200  # characters before the parenthesis read for the sentence's words


def _about_a_piece(text: str, parenthesis: int) -> bool:
    """Return True when the sentence up to ``parenthesis`` speaks of a paper's piece."""
    lead = text[max(0, parenthesis - PIECE_REACH) : parenthesis]
    sentence = re.split(r"[.!?]\s|\n", lead)[-1]
    return any(w.casefold() in PIECE_WORDS for w in WORD.findall(sentence))


def names_a_title(text: str, start: int, end: int) -> bool:
    """Return True when the words right around the quotation from ``start`` (its opening
    mark) to ``end`` (after its closing mark) name it as a piece's title."""
    if (
        text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and text[start + 1 : start + 2] not in QUOTE_MARKS
        and _about_a_piece(text, start - 1)
    ):
        # "scrive Valentino in spalla (“L’Europa prova a superare il tabù”)": a quotation
        # that fills its parentheses, in a sentence about a paper's page, is the piece's
        # headline (not one quoting someone inside: "(“«Questo governo ...»”)"; not words
        # said: "Il ministro ha chiuso a nuove tasse («Non ci saranno aumenti»)")
        return True
    line_start = text.rfind("\n", max(0, start - MAX_LEAD), start) + 1
    lead = text[max(line_start, start - MAX_LEAD) : start]
    if lead.rstrip(" :,").endswith((".", "!", "?")):
        return False  # the sentence before has ended: "... intitolato. «Non ...»"
    words = WORD.findall(lead)[-1:]
    last = words[0].casefold() if words else ""
    if last in TITLED or last.startswith(TITLE_STEMS):
        return True
    after = WORD.match(text, end) or WORD.match(text, end + 1)
    if after is not None and after.group().casefold() in TITLE_QUALIFIERS:
        # '"..." üst başlığını attı': the top headline, the sub-headline
        after = WORD.match(text, after.end() + 1)
    return after is not None and after.group().casefold().startswith(TITLE_STEMS)
