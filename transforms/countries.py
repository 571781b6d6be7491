"""Country names in many languages -> ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

import gettext
import unicodedata
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
    "palestine": "PS",
    "vatican": "VA",
    "south korea": "KR",
    "north korea": "KP",
    "coree du sud": "KR",
    "coree du nord": "KP",
}


def name_key(name: str) -> str:
    """Return ``name`` case-folded, without accents or surrounding punctuation."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("’", "'").strip(" .:;,-–—*#").split())


@cache
def _country_table() -> dict[str, str]:
    """Return name key -> alpha-2 over every name, translation and alias we know."""
    table: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        try:
            translate = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            ).gettext
        except OSError:
            translate = gettext.NullTranslations().gettext
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                english = getattr(country, attr, None)
                if english:
                    _add_name(table, translate(english), country.alpha_2)
    for alias, code in ALIASES.items():
        table[name_key(alias)] = code
    return table


def _add_name(table: dict[str, str], name: str, code: str) -> None:
    """Add ``name`` and its short form before a comma ("Iran, Islamic Republic of")."""
    table.setdefault(name_key(name), code)
    if "," in name:
        table.setdefault(name_key(name.split(",")[0]), code)


def country_names() -> dict[str, str]:
    """Return name key -> alpha-2 over every country name we know."""
    return _country_table()


def country_code(heading: str) -> str | None:
    """Return the ISO 3166 alpha-2 code a heading names, or None for a rubric."""
    return _country_table().get(name_key(heading))
