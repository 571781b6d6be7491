"""Unicode and whitespace normalisation of decoded text."""

from __future__ import annotations

import re

import ftfy

# ftfy repairs mojibake (MÃ¤rz -> März) and stray C1 controls; the quote marks stay as they are
# because their shape tells languages and pairings apart.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=True,
    unescape_html=False,
    normalization="NFC",
    explain=False,
)
SPACE_LIKE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085\u000b\u000c]")
RUNS_OF_SPACES = re.compile(r" {2,}")
# Dutch papers type their quotation marks on the keyboard: ,,Wij gaan door'' for „...”.
TYPEWRITER_OPEN = re.compile(r"(?<![^\s(\[])(?:,, ?)(?=[^\s,])")  # Georgian: ",, შეეშვით"
TYPEWRITER_CLOSE = re.compile(r"(?<=[^\s'])''(?![\w'])")
# Scraped text doubles the straight mark (CSV escaping): He says: ""If the media ..."" .
DOUBLED_OPEN = re.compile(r'(?<![^\s:(])""(?=\w)')
DOUBLED_CLOSE = re.compile(r'(?<=[\w.!?,…])""(?![\w"])')

# Turkish and Portuguese sites type two apostrophes for a quotation mark (''Obama,
# Türkiye'deyken ...''), where one apostrophe cuts a suffix off a name: two in a row are
# never one. Paired on one line, closed by two apostrophes or a straight double mark
# (''escrevem para o esquecimento"), with no pair inside (each of "''Evet''in ... ''Hayır''
# dedi" keeps its own marks, and the search stays linear on a long line); a suffix may
# follow the close ("''Evet''in"). "''t zal wel gaan'" (a mark, then 't) has no pair.
QUOTED_IN_APOSTROPHES = re.compile(
    r"(?<![^\s(:])''(?=[^\W_])((?:(?!'')[^\n\"])*?[^\s'])(?:''|\")(?!')"
)

CURLED_APOSTROPHES_OPEN = re.compile(r"‘'(?=[^\W_][^‘’\n]*?'')")

# Senegalese wires (APS) type two curly single marks for a double one: ‘’Je m’en fous !’’.
# Paired on one line with no pair inside, as above.
CURLED_IN_PAIRS = re.compile(r"‘’(?=\S)((?:(?!‘’|’’)[^\n])*?\S)’’")

# Georgian sites close a double mark with two curly single ones: „ჩავიდე ... გავაკეთოთ?!’’,
# “მახსოვს, ... ?’’. Paired on one line with the double opening mark, nothing closing
# between, no single mark opened inside (a nested ‘...’’ closes its own); not after a digit
# or a fraction (seconds, inches: "al 90’’", "1’45’’3", "3½’’") nor before a letter.
DOUBLE_OPENED_CURLED_CLOSED = re.compile(r"([„“])((?:(?![„“”‘']|’’)[^\n])*?[^\s\d½¼¾])’’(?![\w’])")

# Social posts tag names and bodies inline ("Элла #Памфилова", "#Володин:"): the mark goes,
# the word stays, so a name reads whole. Not a Markdown heading ("# Title": a space follows)
# nor a number ("#1", "№ 5").
HASHTAG = re.compile(r"(?<![^\s(«“„\"])#([^\W\d_][\w-]*)")


def normalize_text(text: str) -> str:
    """Return ``text`` with mojibake fixed, NFC, LF line ends and single spaces."""
    # Invisibles and odd spaces go first, so mojibake they split ("MÃ\u200b¤rz") is whole for
    # ftfy; then again, since ftfy may turn mojibake into such characters. Idempotent.
    text = _clean_spaces(LINE_BREAKS.sub("\n", text))
    text = _clean_spaces(ftfy.fix_text(text, FTFY_CONFIG))
    if ",," in text:
        text = TYPEWRITER_CLOSE.sub("”", TYPEWRITER_OPEN.sub("„", text))
    if "''" in text:
        # "‘'Révolte populaire ...'', titre Le Soleil": a curly single mark typed for the
        # first apostrophe of the pair (APA's wires)
        text = QUOTED_IN_APOSTROPHES.sub(r'"\1"', CURLED_APOSTROPHES_OPEN.sub("''", text))
    if "‘’" in text:
        text = CURLED_IN_PAIRS.sub(r"“\1”", text)
    if "’’" in text:
        text = DOUBLE_OPENED_CURLED_CLOSED.sub(r"\1\2”", text)
    if "#" in text:
        text = "\n".join(_untagged(line) for line in text.split("\n"))
    if '""' in text and DOUBLED_OPEN.search(text):
        text = DOUBLED_CLOSE.sub('"', DOUBLED_OPEN.sub('"', text))
    return "\n".join(line.strip() for line in text.split("\n"))


def _untagged(line: str) -> str:
    """Return ``line`` with the marks of its inline tags dropped, when it is a sentence with
    tags in it, not a line of tags alone ("#Песков #Кремль #Путин" stays: no heading)."""
    if "#" not in line or sum(not word.startswith("#") for word in line.split()) < MIN_PLAIN_WORDS:
        return line
    return HASHTAG.sub(_tagged_word, line)


def _tagged_word(tag: re.Match[str]) -> str:
    """Return a tag's word without its mark when it is capitalised as a name ("#Памфилова"),
    not a topic in lowercase ("#jobs") nor a label in capitals ("#BREAKING", "#ГД")."""
    word = tag[1]
    named = word[:1].isupper() and any(ch.islower() for ch in word)
    return word if named else tag[0]


MIN_PLAIN_WORDS = 2  # untagged words in a line whose tags are words of its sentence


def _clean_spaces(text: str) -> str:
    """Return ``text`` without invisible characters, with one plain space for any space run."""
    text = INVISIBLE.sub("", text)
    text = SPACE_LIKE.sub(" ", text)
    return RUNS_OF_SPACES.sub(" ", text)
