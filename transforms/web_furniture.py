"""Lines a news site wraps around an article, copied along with it: never text.

A page pasted from the web carries its site's trail over the headline (``VN.at › Vorarlberg
› Montafon``, ``Milliyet > Yerel Haberler > Kırklareli``, a bare ``azatutyun.am``), links to
other articles inside or after the text (``Lesen Sie auch: ...``, ``Читайте також: ...``) and
a line of tags at its end (``Etiketler: Kıyıköy, dalyan``). None is a heading or a
paragraph; left in, the trail would head the article in place of its headline.
"""

from __future__ import annotations

import re

from transforms.countries import country_code
from transforms.dates import find_date
from transforms.markup import Block

# A site's trail: short segments joined by a path separator, no sentence in it.
TRAIL_SEPARATOR = r"\s(?:›|>|»|\||/|·)\s"
SITE_TRAIL = re.compile(
    rf"^[^\s!?;:«»\"“”„]{{1,40}}(?:\s[^\s!?;:«»\"“”„]{{1,30}}){{0,3}}"
    rf"(?:{TRAIL_SEPARATOR}[^!?;:«»\"“”„]{{1,40}}){{1,4}}$"
)
MAX_SEGMENT_WORDS = 4
DOMAIN_IN = re.compile(r"\w\.[a-z]{2,6}\b")  # "Report.az / Region": the site's domain first
PATH_SEPARATOR = re.compile(r"\s[›>]\s")  # "Report.az › Region": a path's own mark
# A site's domain alone on the line over the headline.
DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
# A line of tags or topics: its label, a colon (Armenian ՝), then a list.
TAG_LINE = re.compile(
    r"^(?:tags?|etiketler|teqlər|tagi|теги|тэги|мітки|schlagwörter|schlagworte|stichwörter|"
    r"themen|mots[- ]clés|etiquetas|temas|parole chiave|argomenti|trefwoorden|"
    r"palavras[- ]chave|tópicos|słowa kluczowe|ключевые слова|ключові слова|պիտակներ|"
    r"թեգեր|თეგები|ტეგები|keywords)\s?[:՝]\s*\S[^.!?]*$",
    re.IGNORECASE,
)
# A link to another article of the site: its label, then that article's headline.
READ_ALSO = re.compile(
    r"^(?:read (?:also|more)|see also|related(?: articles| stories)?|lesen sie (?:auch|mehr)|"
    r"mehr zum thema|auch interessant|(?:à )?lire aussi|voir aussi|leggi anche|"
    r"potrebbe interessarti|le[ae] también|ver también|leia também|leia mais|veja também|"
    r"ilgili haberler|ilginizi çekebilir|oxşar xəbərlər|həmçinin oxuyun|читайте также|"
    r"читайте також|дивіться також|смотрите также|czytaj (?:też|także|również)|"
    r"zobacz (?:też|także)|lees ook|bekijk ook|կարդացեք նաև|կարդացեք նաեւ|"
    r"ასევე წაიკითხეთ|ასევე იხილეთ)\s?[:՝.–-]\s*\S.{0,200}$",
    re.IGNORECASE,
)
# A pointer to more on the topic elsewhere, with no colon: "Подробнее о кризисе читайте в
# материале ...", "Детальніше читайте тут", "Մանրամասները՝ տեսանյութում" (in the video).
MORE_ELSEWHERE = re.compile(
    r"^(?:(?:подробнее|детальніше|докладніше)\b[^.!?\n«»“„\":]{0,150}?\b(?:читайте|дивіться|"
    r"смотрите)\b[^!?\n:]{0,150}|մանրամասները՝?\s+տեսանյութում)[.:]?$",
    re.IGNORECASE,
)
TOP_LINES = 2  # a trail or a domain stands over the headline, in the first lines
# Under the headline, a stamp of three parts (``Joana Maria Febrer | Ciutadella | Actualizado
# hace 3 horas``): the author, the place, the time.
NEAR_TOP_LINES = 6
MIN_STAMP_SEPARATORS = 2


def is_site_trail(text: str) -> bool:
    """Return True for a site's trail (``Report.az › Region``) or its domain alone."""
    text = text.strip()
    if DOMAIN.match(text):
        return True
    if not SITE_TRAIL.match(text) or find_date(text) is not None:
        return False  # "Von X | 12.03.2024 | Berlin": a dated stamp, read for its date
    segments = re.split(TRAIL_SEPARATOR, text)
    if any(country_code(segment) for segment in segments):
        return False  # "Arménie / Azerbaïdjan", "Israel · Gaza": a heading
    if len(segments) == 2 and not (DOMAIN_IN.search(segments[0]) or PATH_SEPARATOR.search(text)):
        return False  # "Elecciones 2024 | Sánchez gana": one bar makes no trail
    return all(len(segment.split()) <= MAX_SEGMENT_WORDS for segment in segments)


# A photo's caption, closed by its credit in parentheses: "... Tageszeitungen (Jan Woitas,
# dpa)", "(Foto: Reuters)", "(AFP / Getty Images)".
PHOTO_CREDIT_END = re.compile(
    r"\((?:(?:foto|photo|bild|фото|zdjęcie|fotoğraf|fotó|imagen|immagine)\s*:[^()]{1,60}|"
    r"[^()]{0,60}[,/]\s*(?:dpa|afp|ap|reuters|epa|getty images|imago|picture alliance|ddp|"
    r"keystone|anp|ansa|efe|belga|tass|ria novosti))\)$",
    re.IGNORECASE,
)
MAX_CAPTION_CHARS = 200
# A date glued to the title the page repeats under it: "April 2017Die Presseschau aus ...".
GLUED_DATE_STAMP = re.compile(r"^(?:\d{1,2}\.?\s)?[^\W\d_]+\.?\s(?:19|20)\d\d(?=[^\W\d_])")
MAX_STAMP_CHARS = 100


def is_photo_caption(text: str) -> bool:
    """Return True for a photo's caption line closed by its credit (``(Jan Woitas, dpa)``)
    and no quotation in it: the picture's, not the article's text."""
    text = text.strip()
    return (
        len(text) <= MAX_CAPTION_CHARS
        and PHOTO_CREDIT_END.search(text) is not None
        and not any(mark in text for mark in '«»“”„"')
    )


def is_page_stamp(text: str) -> bool:
    """Return True for a page's date glued to the title it repeats ("28. April 2017Die
    Presseschau aus deutschen Zeitungen")."""
    text = text.strip()
    return len(text) <= MAX_STAMP_CHARS and GLUED_DATE_STAMP.match(text) is not None


def is_page_link(text: str) -> bool:
    """Return True for a line of tags or a link to another article or to more elsewhere."""
    text = text.strip()
    return (
        TAG_LINE.match(text) is not None
        or READ_ALSO.match(text) is not None
        or MORE_ELSEWHERE.match(text) is not None
    )


def without_web_furniture(blocks: list[Block]) -> list[Block]:
    """Return ``blocks`` without a site's trail over the text and without one-line blocks
    that tag the page, link to other articles, stamp its date on its title, or caption a
    photo."""
    kept = []
    seen_lines = 0
    for block in blocks:
        one_line = len(block.lines) == 1
        text = block.lines[0].text if one_line else ""
        top = seen_lines < TOP_LINES
        near_top = seen_lines < NEAR_TOP_LINES
        seen_lines += len(block.lines)
        trail = is_site_trail(text) if one_line and near_top else False
        if trail and not top and len(re.findall(TRAIL_SEPARATOR, text)) < MIN_STAMP_SEPARATORS:
            trail = False  # under the headline only a stamp of three parts or more
        if one_line and (trail or is_page_link(text)):
            continue
        if block.lines and all(is_photo_caption(line.text) for line in block.lines):
            continue  # a caption, or the same caption twice as a page may repeat it
        if one_line and near_top and is_page_stamp(text):
            continue
        kept.append(block)
    return kept
