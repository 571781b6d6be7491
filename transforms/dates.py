"""Dates in review titles and file names: month names per language, ISO output."""

from __future__ import annotations

import re
from datetime import date

from transforms.countries import name_key

# Month names (accent-free, case-folded) per language; prefixes of four letters also match
# abbreviations such as "sept." or "Jan".
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    "fr": (
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ),
    "de": (
        "januar",
        "februar",
        "marz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "tr": (
        "ocak",
        "subat",
        "mart",
        "nisan",
        "mayis",
        "haziran",
        "temmuz",
        "agustos",
        "eylul",
        "ekim",
        "kasim",
        "aralik",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "ru_nominative": (
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
    "uk": (
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "wrzesnia",
        "pazdziernika",
        "listopada",
        "grudnia",
    ),
    "ro": (
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ),
    # Hungarian writes the year first ("2027. szeptember 27.").
    "hu": (
        "januar",
        "februar",
        "marcius",
        "aprilis",
        "majus",
        "junius",
        "julius",
        "augusztus",
        "szeptember",
        "oktober",
        "november",
        "december",
    ),
    # Greek: the genitive after a day ("28 Σεπτεμβρίου 2027"), accents dropped by name_key.
    "el": (
        "ιανουαριου",
        "φεβρουαριου",
        "μαρτιου",
        "απριλιου",
        "μαιου",
        "ιουνιου",
        "ιουλιου",
        "αυγουστου",
        "σεπτεμβριου",
        "οκτωβριου",
        "νοεμβριου",
        "δεκεμβριου",
    ),
    # Czech: the genitive after a day ("25. dubna"), then the nominative below.
    "cs": (
        "ledna",
        "unora",
        "brezna",
        "dubna",
        "kvetna",
        "cervna",
        "cervence",
        "srpna",
        "zari",
        "rijna",
        "listopadu",
        "prosince",
    ),
    "cs_nominative": (
        "leden",
        "unor",
        "brezen",
        "duben",
        "kveten",
        "cerven",
        "cervenec",
        "srpen",
        "zari",
        "rijen",
        "listopad",
        "prosinec",
    ),
    "az": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ),
    "hy": (
        "հունվար",
        "փետրվար",
        "մարտ",
        "ապրիլ",
        "մայիս",
        "հունիս",
        "հուլիս",
        "օգոստոս",
        "սեպտեմբեր",
        "հոկտեմբեր",
        "նոյեմբեր",
        "դեկտեմբեր",
    ),
    "ka": (
        "იანვარ",
        "თებერვალ",
        "მარტ",
        "აპრილ",
        "მაის",
        "ივნის",
        "ივლის",
        "აგვისტო",
        "სექტემბერ",
        "ოქტომბერ",
        "ნოემბერ",
        "დეკემბერ",
    ),
}
# Case endings a month name takes after a day ("ապրիլի 10", "10 აპრილს"): stripped before lookup.
MONTH_SUFFIXES = ("ի", "ი", "ს", "ა")
MONTH_NUMBER: dict[str, int] = {
    name: index + 1 for names in MONTHS.values() for index, name in enumerate(names)
}
# Atomic group: the month word is taken whole, never shortened to satisfy what follows.
WORD = r"(?>[^\W\d_]+)\.?"
# Spanish/Portuguese/Italian write "5 de marzo de 2017", "12 del marzo"; Armenian and
# Azerbaijani put the year first ("2019 թ. ապրիլի 10").
OF = r"(?:(?:de|del|di|of)\s+)?"
ORDINAL = r"(?:er|st|nd|rd|th|\.|-?(?:ci|cı|cu|cü|ü|u))?"
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}){ORDINAL}\s+{OF}({WORD}),?\s+{OF}(\d{{4}})(?!\d)")
MONTH_DAY_YEAR = re.compile(rf"\b({WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
YEAR_MONTH_DAY = re.compile(
    rf"(?<!\d)(\d{{4}})\s*(?:թ\.|г\.|ел\.|il\.?|yılı|წ\.|წლის|m\.)?,?\s+({WORD})\s+(\d{{1,2}})(?!\d)"
)
# Hungarian: "2027. szeptember 27." (a full stop after the year and after the day; "since
# 2022. May 15 summit" has none after the day).
HUNGARIAN_YMD = re.compile(rf"(?<!\d)(\d{{4}})\.\s+({WORD})\s+(\d{{1,2}})\.(?!\d)")
# Georgian: "2024 წლის 7 ოქტომბერი" (year, then day and month).
YEAR_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{4}})\s*(?:წლის|წ\.)\s+(\d{{1,2}})\s+({WORD})")
# ``12.03.24``: a two-digit year, read as 20yy.
NUMERIC_DMY_SHORT = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])")
NUMERIC_DMY = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")
ISO_LIKE = re.compile(r"(?<!\d)(\d{4})[-_./]?(\d{2})[-_./]?(\d{2})(?!\d)")
MONTH_DAY = re.compile(rf"\b({WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}}){ORDINAL}\s+{OF}({WORD})(?!,?\s+{OF}\d{{4}})")


def month_number(word: str) -> int | None:
    """Return 1-12 for a month name or its abbreviation in a known language."""
    key = name_key(word).rstrip(".").replace("ı", "i")
    if key in MONTH_NUMBER:
        return MONTH_NUMBER[key]
    for suffix in MONTH_SUFFIXES:
        if key.endswith(suffix) and key[: -len(suffix)] in MONTH_NUMBER:
            return MONTH_NUMBER[key[: -len(suffix)]]
    if len(key) >= 3:
        for name, number in MONTH_NUMBER.items():
            if name.startswith(key):
                return number
    return None


def _safe_date(year: int, month: int | None, day: int) -> date | None:
    """Return the date, or None when the parts do not make one."""
    if month is None or not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """Return the first full date written in ``text`` in a known form, if any."""
    for match in DAY_MONTH_YEAR.finditer(text):
        found = _safe_date(int(match[3]), month_number(match[2]), int(match[1]))
        if found:
            return found
    for match in MONTH_DAY_YEAR.finditer(text):
        found = _safe_date(int(match[3]), month_number(match[1]), int(match[2]))
        if found:
            return found
    for match in YEAR_MONTH_DAY.finditer(text):
        found = _safe_date(int(match[1]), month_number(match[2]), int(match[3]))
        if found:
            return found
    for match in HUNGARIAN_YMD.finditer(text):
        found = _safe_date(int(match[1]), month_number(match[2]), int(match[3]))
        if found:
            return found
    for match in YEAR_DAY_MONTH.finditer(text):
        found = _safe_date(int(match[1]), month_number(match[3]), int(match[2]))
        if found:
            return found
    for match in NUMERIC_DMY.finditer(text):
        found = _safe_date(int(match[4]), int(match[3]), int(match[1]))
        if found:
            return found
    for match in NUMERIC_DMY_SHORT.finditer(text):
        found = _safe_date(2000 + int(match[4]), int(match[3]), int(match[1]))
        if found:
            return found
    return date_in_file_name(text)


def date_in_file_name(name: str) -> date | None:
    """Return a yyyy-mm-dd / yyyymmdd date found in a file name, if any."""
    for match in ISO_LIKE.finditer(name):
        found = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if found:
            return found
    return None


def resolve_partial_dates(text: str, review_date: date | None) -> list[tuple[str, str | None]]:
    """Return the day-month dates without a year in ``text``, resolved against the review date.

    A month after the review's month is taken as last year's: reviews look back, not ahead.
    """
    resolved: list[tuple[str, str | None]] = []
    for match in DAY_MONTH.finditer(text):
        month = month_number(match[2])
        if month is None:
            continue
        when: date | None = None
        if review_date is not None:
            year = review_date.year - (1 if month > review_date.month else 0)
            when = _safe_date(year, month, int(match[1]))
        resolved.append((match[0].rstrip("."), when.isoformat() if when else None))
    return resolved


def review_date(texts: list[str], file_name: str) -> date | None:
    """Return the review's date: the first full date in ``texts`` (title, dateline, date line),
    else a day and month written there with the year of the file name's date, else that date.

    ``Revue de presse du 4 mars`` in ``revue_20240305.txt`` is 4 March 2024; without a date
    in the file name a day and month alone give None, never a guessed year.
    """
    for text in texts:
        found = find_date(text)
        if found:
            return found
    named = _file_name_date(file_name)
    if named is None:
        return None
    for text in texts:
        partial = _partial_date(text, named)
        if partial:
            return partial
    return named


def _file_name_date(file_name: str) -> date | None:
    """Return the date a file name carries: ``2024-03-12_review``, ``revue_12.03.2024``,
    ``revue_12_mars_2024``."""
    stem = file_name.rsplit(".", 1)[0] if "." in file_name[-6:] else file_name
    return date_in_file_name(stem) or find_date(stem) or find_date(stem.replace("_", " "))


def _partial_date(text: str, reference: date) -> date | None:
    """Return the first day-month (``4 mars``, ``March 4``) in ``text``, year from ``reference``."""
    for _, iso in resolve_partial_dates(text, reference):
        if iso:
            return date.fromisoformat(iso)
    for match in MONTH_DAY.finditer(text):
        month = month_number(match[1])
        if month is not None:
            year = reference.year - (1 if month > reference.month else 0)
            found = _safe_date(year, month, int(match[2]))
            if found:
                return found
    return None


def has_day_and_month(text: str) -> bool:
    """Return True when ``text`` writes a day with a month name (``3 марта``, ``MARCH 12``)."""
    if find_date(text):
        return True
    matches = [*DAY_MONTH.finditer(text), *MONTH_DAY.finditer(text)]
    return any(month_number(m[2] if m.re is DAY_MONTH else m[1]) for m in matches)


# A day and month in figures (``29.03``, ``12/3``), a year at most after them: in a heading.
NUMERIC_DAY_MONTH = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](?:\d{2}|\d{4}))?\.?")
DAY_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s?[-–/]\s?(?=\d{1,2}\b)")  # ``14-15 mars`` -> ``15 mars``
MAX_DATE_PHRASE_CHARS = 32
MAX_DATE_PHRASE_WORDS = 5


def is_date_phrase(text: str) -> bool:
    """Return True when ``text`` is only a date, a weekday at most with it: ``12 mars``,
    ``14-15 mars``, ``mardi 12 mars 2024``, ``29.03``, ``19 марта``, ``28 մարտի``.

    Used for the date half of a heading (``Géorgie — 12 mars``), so a day-month without a
    year counts; a sentence with a date in it does not (too long, too many words).
    """
    text = text.strip(" .,()[]")
    if not 0 < len(text) <= MAX_DATE_PHRASE_CHARS or len(text.split()) > MAX_DATE_PHRASE_WORDS:
        return False
    numeric = NUMERIC_DAY_MONTH.fullmatch(text)
    if numeric:
        return 1 <= int(numeric[1]) <= 31 and 1 <= int(numeric[2]) <= 12
    return has_day_and_month(DAY_RANGE.sub("", text))
