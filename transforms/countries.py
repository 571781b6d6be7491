"""Country names in many languages -> ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Callable
from functools import cache

import pycountry

# Languages whose country names pycountry's translations give us.
NAME_LANGUAGES = (
    "en",
    "fr",
    "de",
    "ru",
    "es",
    "it",
    "tr",
    "pt",
    "nl",
    "pl",
    "uk",
    "hy",
    "az",
    "ka",
    "ro",
    "sv",
    "cs",
)
# Everyday names the ISO tables spell otherwise ("Russian Federation", "Türkiye", ...).
ALIASES: dict[str, str] = {
    "russia": "RU",
    "russie": "RU",
    "russland": "RU",
    "россия": "RU",
    "rusia": "RU",
    "rusya": "RU",
    "росія": "RU",
    "ռուսաստան": "RU",
    "rusiya": "RU",
    "turkey": "TR",
    "turquie": "TR",
    "turkei": "TR",
    "турция": "TR",
    "turquia": "TR",
    "turchia": "TR",
    "turkiye": "TR",
    "iran": "IR",
    "syria": "SY",
    "syrie": "SY",
    "moldavie": "MD",
    "moldova": "MD",
    "usa": "US",
    "etats-unis": "US",
    "etatsunis": "US",
    "сша": "US",
    "eeuu": "US",
    "uk": "GB",
    "royaume-uni": "GB",
    "grande-bretagne": "GB",
    "great britain": "GB",
    "georgie": "GE",
    "грузия": "GE",
    "gurcistan": "GE",
    "sakartvelo": "GE",
    "armenie": "AM",
    "armenien": "AM",
    "армения": "AM",
    "ermenistan": "AM",
    "azerbaidjan": "AZ",
    "azerbaidzhan": "AZ",
    "азербайджан": "AZ",
    "azerbaycan": "AZ",
    "kosovo": "XK",
    "kirghizstan": "KG",
    "кыргызстан": "KG",  # the official Russian name (the ISO table has Киргизия)
    "kirgisien": "KG",
    "moldawien": "MD",
    "qazaqstan": "KZ",
    "ozbekiston": "UZ",
    "kirghizie": "KG",
    "kirgizistan": "KG",
    "moldavia": "MD",
    "bielorussie": "BY",
    "weissrussland": "BY",
    "belarus": "BY",
    "palestine": "PS",
    "vatican": "VA",
    "south korea": "KR",
    "north korea": "KP",
    "coree du sud": "KR",
    "coree du nord": "KP",
    "белоруссия": "BY",
    "amerika": "US",
    "britain": "GB",
    "grossbritannien": "GB",
    "gran bretana": "GB",
    "gran bretagna": "GB",
    "великобритания": "GB",
    "ingiltere": "GB",
    "rdc": "CD",
    "centrafrique": "CF",
    "kibris": "CY",
    "sint eustatius": "BQ",
    "sint maarten": "SX",  # the Dutch name of the Dutch part (the French part is Saint-Martin)
    "չեռնոգորիա": "ME",
    "لبنان": "LB",
    "تونس": "TN",
    "kosova": "XK",
    "косово": "XK",
    "hayastan": "AM",
    "rossiya": "RU",
    "gruziya": "GE",
}
# The United Kingdom's nations head sections of their own; their country is GB. Read in
# headings only: elsewhere "Scotland" is part of a body's name (Transport Scotland), and the
# person and body tables must not take it for a country.
UK_NATIONS: dict[str, str] = {
    **dict.fromkeys(
        str.split(
            "scotland wales england ecosse angleterre schottland escocia inglaterra scozia "
            "galles inghilterra schotland engeland szkocja walia anglia escocia iskocya galler "
            "шотландия уэльс англия шотландія уельс англія"
        ),
        "GB",
    ),
    "northern ireland": "GB",
    "irlande du nord": "GB",
    "nordirland": "GB",
    "pays de galles": "GB",
    "pais de gales": "GB",
}
# Articles and prepositions a heading may put before a country's name (``L'Arménie``,
# ``Die Ukraine``, ``En Arménie``, ``Aus Georgien``, ``From Azerbaijan``).
LEADING_ARTICLE = re.compile(
    r"^(?:(?:en|au|aux|in|aus|from|desde|dalla|dal|da|em|na|no) )?"
    r"(?:l'|la |le |les |die |der |el |il |lo |the |o |a )?"
)
# Case endings after a country's name in Turkish (``Azerbaycan'da``), Armenian (``Ադրբեջանում``,
# ``Ադրբեջանի``) and Georgian (``აზერბაიჯანში``), with what the nominative ends with instead.
NAME_CASE_ENDINGS = (
    ("'da", ""),
    ("'de", ""),
    ("'ta", ""),
    ("'te", ""),
    ("'dan", ""),
    ("'den", ""),
    ("'in", ""),
    ("'nin", ""),
    ("ում", ""),
    ("ից", ""),
    ("ի", ""),
    ("ში", "ი"),
    ("ის", "ი"),
    ("ში", ""),
)


def name_key(name: str) -> str:
    """Return ``name`` case-folded, without accents or surrounding punctuation.

    Ñ stays a letter of its own: "Cañada" (a Spanish surname and a drove road) is not
    Canada. The table holds every name with ñ also as n ("Espana" is España).
    """
    folded = unicodedata.normalize("NFC", name.casefold()).replace("ñ", ENYE_MARK)
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace(ENYE_MARK, "ñ")
    return " ".join(stripped.replace("’", "'").strip(" .:;,-–—*#").split())


ENYE_MARK = "\ue000"  # a private-use character holds ñ through the accents' removal


@cache
def _country_table() -> dict[str, str]:
    """Return name key -> alpha-2 over every name, translation and alias we know."""
    table: dict[str, str] = {}
    # A name before its bracket ("Falkland Islands (Malvinas)", "Sint Maarten (Dutch part)"),
    # added after every whole name, unless two countries share it ("Saint-Martin" is the
    # French part in French and the whole island in other languages).
    bracketed: dict[str, set[str]] = {}
    for language in NAME_LANGUAGES:
        translate = _translator(language)
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                english = getattr(country, attr, None)
                if not english:
                    continue
                name = translate(english)
                _add_name(table, name, country.alpha_2)
                if " (" in name:
                    key = name_key(name.split(" (")[0])
                    bracketed.setdefault(key, set()).add(country.alpha_2)
    # "Sint-Maarten" and "Sint Maarten" are one name for two parts of an island
    shared: dict[str, set[str]] = {}
    for key, codes in bracketed.items():
        shared.setdefault(key.replace("-", " "), set()).update(codes)
    for key, codes in bracketed.items():
        if len(shared[key.replace("-", " ")]) == 1:
            table.setdefault(key, next(iter(codes)))
    for alias, code in ALIASES.items():
        table[name_key(alias)] = code
    for key, code in list(table.items()):
        table.setdefault(key.replace("ñ", "n"), code)  # España written Espana
    return table


def _translator(language: str) -> Callable[[str], str]:
    """Return the gettext function of pycountry's country names in ``language``."""
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:
        return gettext.NullTranslations().gettext


def _add_name(table: dict[str, str], name: str, code: str) -> None:
    """Add ``name`` and its short form before a comma ("Iran, Islamic Republic of")."""
    table.setdefault(name_key(name), code)
    if "," in name:
        table.setdefault(name_key(name.split(",")[0]), code)


def country_names() -> dict[str, str]:
    """Return name key -> alpha-2 over every country name we know."""
    return _country_table()


FUZZY_MIN_LETTERS = 7  # shorter names are too close to one another for one edit


def _deletions(key: str) -> set[str]:
    """Return ``key`` and every string one letter shorter than it."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


@cache
def _fuzzy_table() -> dict[str, str | None]:
    """Return deletion variant -> code over the long names; None where two codes collide."""
    table: dict[str, str | None] = {}
    for key, code in _country_table().items():
        if len(key) < FUZZY_MIN_LETTERS:
            continue
        for variant in _deletions(key):
            table[variant] = code if table.get(variant, code) == code else None
    return table


SAINT_ABBREVIATION = re.compile(r"^st\.? ")


def country_code(heading: str, fuzzy: bool = False) -> str | None:
    """Return the ISO 3166 alpha-2 code a heading names, or None for a rubric.

    With ``fuzzy``, a name of 7 letters or more one edit away from a known name counts too
    (``Kirghizstan`` -> KG), when that edit points to one country only, and so does a Russian
    name in another case after a preposition (``ПО АРМЕНИИ``, ``В Азербайджане``).
    """
    key = name_key(heading)
    code = _country_table().get(key)
    if code is None and SAINT_ABBREVIATION.match(key):
        key = SAINT_ABBREVIATION.sub("saint ", key)  # "St Kitts and Nevis"; "St. Kitts und
        code = _country_table().get(key)  # Nevis" is a German name of its own
    if code or not fuzzy:
        return code
    if key in UK_NATIONS:
        return UK_NATIONS[key]
    bare = LEADING_ARTICLE.sub("", key)
    code = _country_table().get(bare) or _inflected_code(key) or _case_ending_code(bare)
    if code or len(key) < FUZZY_MIN_LETTERS:
        return code
    table = _fuzzy_table()
    codes = {table.get(v) for v in _deletions(key) if v in table}
    return codes.pop() if len(codes) == 1 else None


# Russian case endings of country names and the nominative endings they come from:
# Армении -> Армения, Украине -> Украина, Азербайджане -> Азербайджан, Беларуси -> Беларусь.
CASE_TO_NOMINATIVE = (
    ("ии", "ия"),
    ("ию", "ия"),
    ("ией", "ия"),
    ("ой", "а"),
    ("е", "а"),
    ("ы", "а"),
    ("у", "а"),
    ("ом", ""),
    ("а", ""),
    ("е", ""),
    ("у", ""),
    ("и", "ь"),
)
PREPOSITIONS = frozenset(("в", "во", "по", "из", "о", "об", "для", "из-за"))


def _inflected_code(key: str) -> str | None:
    """Return the country a Russian heading names in another case, after a preposition."""
    words = key.split()
    if words and words[0] in PREPOSITIONS:
        words = words[1:]
    if not words or not all("а" <= ch <= "я" or ch in " -ё" for ch in words[-1]):
        return None
    head, last = words[:-1], words[-1]
    table = _country_table()
    for ending, nominative in CASE_TO_NOMINATIVE:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            candidate = " ".join([*head, last[: -len(ending)] + nominative])
            if candidate in table:
                return table[candidate]
    return None


def _case_ending_code(key: str) -> str | None:
    """Return the country named with a Turkish, Armenian or Georgian case ending, if any."""
    table = _country_table()
    for ending, nominative in NAME_CASE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            code = table.get(key[: -len(ending)] + nominative)
            if code:
                return code
    return None


def flag_code(text: str) -> str | None:
    """Return the code of a flag emoji opening ``text`` (``🇦🇲 Armenia`` -> AM), if any."""
    letters = [ord(ch) - 0x1F1E6 for ch in text.lstrip()[:2]]
    if len(letters) == 2 and all(0 <= n < 26 for n in letters):
        return "".join(chr(ord("A") + n) for n in letters)
    return None
