"""Person names: finding them in text and grouping spelling variants under one canonical name."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from transforms.countries import country_code, country_names
from transforms.countries import name_key as country_key
from transforms.cues import AGENCIES, LANGUAGES, TOLD_AGENCY
from transforms.dates import MONTH_NUMBER
from transforms.given_names import (
    CATALAN_GIVEN_NAMES,
    PORTUGUESE_GIVEN_NAMES,
    given_name_nominatives,
    is_arabic_given_name,
    is_given_name,
    is_given_name_in_a_case,
    is_listed_given_name,
    latin_gender,
)
from transforms.given_names import name_key as given_name_key
from transforms.media import media_in
from transforms.records import Person, Span

TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
# A name's words, with the Dutch "'t" before a capital (Van 't Schip, Gerard 't Hooft).
NAME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|(?<![\w'’])['’]t(?= [A-Z])")
ELIDED = re.compile(r"^[LlDdJjQqSsNnMmCc][’']")
ELIDED_ITALIAN = re.compile(r"^(?:dell|nell|all|sull|dall)['’](?=\w)")
# Italian prepositions with the article, elided: dropped only before a body's noun, as
# surnames are written the same way (Paolo Dall'Oglio, Marcello Dell'Utri).
LONG_ELIDED = re.compile(r"^(?:[DdNnSs]?[Aa]ll|[DdNn]ell|[Ss]ull|[Dd]all)[’'](?=[A-ZÀ-Ý])")
PARTICLES = frozenset(
    {
        "de",
        "von",
        "van",
        "der",
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "ould",
        "mint",  # Mauritanian "daughter of" (Aminetou Mint Cheikh El Moustapha)
        "ag",  # Tuareg "son of" (Iyad ag Ghali)
        "ben",
        "du",
        "da",
        "di",
        "dos",
        "do",
        "ter",
        "af",  # Swedish nobility (Magnus af Ekström)
        # Faroese and Icelandic farm names (Sólrun í Jákupsstovu, Hanus við Gørðum)
        "í",
        "á",
        "við",
        # Cyrillic transcriptions (Урсула фон дер Ляйен, Шейх Мохаммед бин Заид)
        "фон",
        "ван",
        "дер",
        "де",
        "да",
        "ди",
        "аль",
        "эль",
        "бин",
        "ибн",
    }
)
# Arabic article and kinship words glued to the next name word by a hyphen (al-Masri,
# el-Sisi, bin-Salman): lowercase, yet the whole token is a name word.
HYPHEN_PARTICLES = frozenset(
    {"al", "el", "ad", "as", "ash", "an", "ar", "az", "bin", "ibn", "abu"}
    | {"аль", "эль", "ель", "ал", "ас", "ад", "ан", "ар", "аш", "аз", "ат"}  # in Cyrillic
)
# German "zu" (Karl-Theodor zu Guttenberg) is also the preposition: it joins a name only
# before a capitalised word without a plural or dative ending (not "zu Journalisten").
NOBLE_PARTICLES = frozenset({"zu", "zur"})
PREPOSITION_OBJECT_ENDINGS = ("en", "ern", "n")
# Capitalised inside a name ("Jean-Yves Le Drian", "Ursula Von der Leyen"): kept within a run.
# Catalan "i" joins two surnames (Josep Maria Puig i Ferrer): a particle between name words,
# after two given names and a surname (elsewhere "i" is Swedish "in", Polish "and").
MIN_CATALAN_RUN = 3
# Azerbaijani patronymics in full official names (Elnur Vaqif oğlu Səfərli), and the genitive
# endings of a parent's name that make the same words "X's son/daughter".
PATRONYMIC_PARTICLES = ("oğlu", "qızı")
AFFILIATION_PARTICLES = frozenset({"van", "von"})
NOBLE_TITLES = frozenset(
    {"prinz", "prinzessin", "graf", "gräfin", "freiherr", "baron", "jonkheer"}
    | {"fürst", "fürstin", "herzog", "herzogin"}  # session 53: "Karl Fürst zu Schwarzenberg"
)
GENITIVE_ENDINGS = ("in", "ın", "un", "ün", "nin", "nın", "nun", "nün")
DUTCH_T = frozenset({"'t", "’t"})  # Dutch "het" in a name: Van 't Schip, Gerard 't Hooft
INNER_PARTICLES = PARTICLES | {
    *("le", "la", "lo", "los", "las", "del", "della", "des", "dei", "ten", "van der", "i"),
    *DUTCH_T,
    *("dalla", "dal"),
    "ó",  # Irish "Ó" (Ruairí Ó Dálaigh): a letter alone is no name word otherwise
    *PATRONYMIC_PARTICLES,
}
# Italian "dalla", "dal" ("from the") join a name only capitalised (Giancarlo Dalla Torre;
# not "Salvini dal Viminale").
CAPITALISED_PARTICLES = frozenset({"dalla", "dal"})
ARABIC_ARTICLE_PARTICLES = frozenset({"al", "el"})
# Papers the Italian and Spanish "al" (to the) points to after a surname: "racconta Senoner
# al Corriere", "dijo Pérez al Comercio"; an Arabic name goes on (Moqtada al Sadr).
PAPER_HEADS = frozenset(
    str.split(
        "corriere messaggero giornale mattino resto secolo sole foglio fatto tempo manifesto "
        "gazzettino tirreno piccolo gazzetta país mundo diario periódico comercio universo "
        "tiempo espectador heraldo correo confidencial repubblica stampa libero avvenire verità "
        "kommersant izvestia vedomosti libération figaro"
    )
)
# Kinship words: the next word is a name even when it is a title (Sidi Mohamed Ould Cheikh,
# Mohammed bin Emir): a father's or ancestor's name.
KINSHIP_PARTICLES = frozenset({"bin", "ibn", "bint", "ould", "mint", "ben", "abu", "бин", "ибн"})
# An elided "de" before a capitalised surname (Kossi Ayité d'Almeida): part of the name.
ELIDED_PARTICLES = frozenset({" d'", " d’", " D'", " D’"})
# Romance articles, lowercase, join a name only after a particle (de la, de los).
ROMANCE_ARTICLES = frozenset({"le", "la", "lo", "los", "las"})
# German articles join a name only after "von"/"van" (Ursula von der Leyen); alone they make
# a genitive between nouns ("Rande des Gipfels", "Angesichts der Lage").
ARTICLE_PARTICLES = frozenset({"der", "des", "den", "dem", "дер"})
# Points of the compass: after a particle a region (Caucase du Sud, América del Sur), no name.
COMPASS_WORDS = frozenset(
    str.split("sud nord est ouest sur norte este oeste süd ost west north south east")
)
# Turkish and Azerbaijani adverbs of the language spoken ("in Greek", "in English").
TURKIC_LANGUAGE_ADVERBS = str.split(
    "Rumca Yunanca İngilizce Almanca Fransızca Rusça Bulgarca Arapça Kürtçe Ermenice Gürcüce "
    "Farsça İtalyanca İspanyolca Ukraynaca Lehçe Azerice Türkçe Boşnakça Arnavutça Sırpça "
    "Hırvatça Romence Macarca Çekçe Felemenkçe Portekizce İngiliscə Rusca Gürcücə Ermənicə "
    "Türkcə"
)
# Turkish nationality adjectives, capitalised before a foreign paper's name ("İspanyol El
# Pais gazetesi", "Fransız Le Figaro", "İngiliz The Guardian"): no part of it.
TURKISH_NATIONALITIES = frozenset(
    str.split(
        "İspanyol Fransız İngiliz Alman Amerikan Amerikalı İtalyan Yunan Japon Çinli İranlı "
        "İsrailli Hollandalı Belçikalı İsviçreli Avusturyalı Polonyalı Ukraynalı Macar Romen "
        "Kanadalı Avustralyalı Brezilyalı Portekizli Mısırlı Katarlı Pakistanlı Hintli Rus"
    )
)
# The articles a foreign paper's name opens with (El País, Le Monde, The Times, Die Welt).
FOREIGN_PAPER_ARTICLES = frozenset(str.split("El Le La Les The Die Der Das Il Al Los"))
FORMER_PREFIXES = ("ex-", "экс-", "екс-", "eks-")
# German adjectives and participles by their suffix, inflected: they open a sentence or a
# headline before a capitalised noun ("Traurige Alternative", "Antiquiertes System") and
# end no given name or surname (-ischer and -iger are left out: Fischer, Geiger).
GERMAN_ADJECTIVE_SUFFIXES = tuple(
    stem + ending
    for stem in ("lich", "iert", "ig", "los", "voll", "haft")
    for ending in ("e", "es", "en", "em", "er")
    if stem + ending not in {"iger", "loser", "licher"}  # Ehrlicher, a surname
)
MIN_GERMAN_ADJECTIVE = 8  # not Valige, Hedwige (given names); Traurige, Wichtige
# Dutch nouns of a party's or a town's member, the name and "'er": "de Open Vld'er".
MEMBER_NOUN = re.compile(r"['’]ers?$")


def _verb_alone(mention: NameMention) -> bool:
    """Return True for a one-word mention that is a reporting verb and no name the dictionary
    of first names holds ("Dijo", "Erklärte"; not "Said", a given name and a surname)."""
    key = mention.text.casefold()
    return mention.single and key in VERB_WORDS and not is_listed_given_name(mention.text)


def _member_noun(mention: NameMention) -> bool:
    """Return True for a Dutch member noun ("Open Vld'er"), not a name whose surname ends so
    after a given name or an Arabic article ("Nasser al-Sha'er")."""
    if not MEMBER_NOUN.search(mention.text):
        return False
    first = mention.text.split()[0]
    return not is_given_name(first) and "al-" not in mention.text.casefold()


# Reporting verbs of one word: capitalised at a sentence's start ("Dijo que", "Erklärte"),
# never a name alone.
VERB_WORDS = frozenset(
    word.casefold() for cues in LANGUAGES.values() for word in cues.verbs if " " not in word
)
# A one-word before-cue ("Selon", "Ըստ", "Secondo") or source noun ("Источник") opens a
# sentence with a capital but is never part of a name.
NOT_NAME_WORDS = (
    frozenset(
        word.casefold()
        for cues in LANGUAGES.values()
        for word in (*cues.stop_words, *cues.titles, *cues.pronouns, *cues.articles, *cues.sources)
    )
    | frozenset({"monsieur", "madame", "mister", "saint"})
    | COMPASS_WORDS
    | frozenset(
        word.casefold() for cues in LANGUAGES.values() for word in cues.before if " " not in word
    )
    # German units of time, capitalised nouns after a number ("seit 31 Jahren Touristen").
    | frozenset(str.split("jahren jahre jahr monaten monate wochen tagen tage stunden minuten"))
    # Turkish and Azerbaijani "in Greek", "in English": capitalised adverbs of the language
    # spoken ("Kathimerini'ye Rumca şunları söyledi"), no one's name.
    | frozenset(word.casefold() for word in TURKIC_LANGUAGE_ADVERBS)
)
TITLE_WORDS = frozenset(t.casefold() for cues in LANGUAGES.values() for t in cues.titles)
# Stems that take case endings (министр-а, bakan-ı, նախարար-ի) and compound heads
# (Außen-minister, Oppositions-politiker): a word is a title when it starts or ends with one.
TITLE_STEMS = frozenset(
    t.casefold() for cues in LANGUAGES.values() if cues.inflected for t in cues.titles
) | frozenset(  # the head noun of a title phrase declines alone (მინისტრის მოადგილე-მ)
    t.casefold().split()[-1]
    for cues in LANGUAGES.values()
    if cues.inflected
    for t in cues.titles
    if " " in t
)
TITLE_HEADS = frozenset(
    t.casefold() for cues in LANGUAGES.values() if cues.compound for t in cues.titles if len(t) >= 6
)
SHORT_TITLE_HEADS = tuple(h.casefold() for cues in LANGUAGES.values() for h in cues.short_heads)
# German weak nouns decline with -n/-en (den Präsidenten, dem Experten, des Diplomaten).
COMPOUND_TITLE_WORDS = frozenset(
    t.casefold() for cues in LANGUAGES.values() if cues.compound for t in cues.titles
)
WEAK_ENDINGS = ("en", "n")
# Titles that open hyphenated surnames: Armenian Տեր- (Ter-Petrosyan).
HYPHENATED_SURNAME_PREFIXES = ("տեր-",)
MIN_COMPOUND_LEFT = 4  # "Partei-chef": the head needs a real word before it
INSTITUTION_WORDS = frozenset(
    w.casefold() for cues in LANGUAGES.values() for w in cues.institutions if " " not in w
)
INSTITUTION_STEMS = frozenset(
    w.casefold()
    for cues in LANGUAGES.values()
    if cues.inflected or cues.compound
    for w in cues.institutions
    if " " not in w
)
MAX_ENDING = 4
# Case endings a short title or body stem (Turkish "vali", "kurul") takes: anything else
# after four letters makes another word.
MAX_SHORT_STEM = 4
SHORT_STEM_ENDINGS = frozenset(
    str.split(
        "a e i ı u ü o y ya ye yi yı yu yü si sı su sü nin nın nun nün in ın un ün de da te ta "
        "den dan ten tan ler lar leri ları ne na nı ni sine sına ом ем у ю а я е и ы ой ей ам ям "
        "ами ях ах ого его ому ых их ів ові "
        "ი მა ის ს ით"  # Georgian: ელჩი, მერმა, მერის (not მერე, "later"; მერად, "as mayor")
    )
)
# Suffixes that end surnames, never a case ending on an institution's stem (Marin-escu,
# Petr-ović, Bondar-enko, Gharib-ashvili).
SURNAME_SUFFIXES = ("escu", "ović", "ovic", "ević", "evic", "enko", "shvili")
ARTICLE_WORDS = frozenset(
    a.casefold().rstrip("'") for cues in LANGUAGES.values() for a in cues.articles
) - {"du", "des", "del", "della"}
CONNECTOR_WORDS = frozenset(
    c.casefold().rstrip("'") for cues in LANGUAGES.values() for c in cues.connectors if " " not in c
)
# Portfolio words that complete a title before a name (ministro degli Esteri Enzo ...).
COMPLEMENT_WORDS = frozenset(
    str.split(
        "esteri interno interni difesa economia finanze giustizia affari exteriores asuntos "
        "defensa interior hacienda justicia economía affaires étrangères etrangères etrangeres "
        "intérieur interieur défense defense armées economie économie finances justice énergie "
        "foreign affairs defence interior finance economy energy justice home state "
        "estrangeiros negócios defesa finanças justiça economia auswärtigen inneren "
        "verteidigung finanzen justiz wirtschaft ue eu onu otan nato osce oon "
        "relaciones relações exterior internacional cooperación cooperação cooperazione "
        "seguridad segurança sicurezza desarrollo desenvolvimento sviluppo interiores internos "
        "europeus europeos europei relations security development cooperation "
        # Portfolios of ministries, capitalised in a role (ministra das Infraestruturas,
        # Recursos Naturais e Ambiente; Turizm Bakanı; Tourism Minister)
        "turismo turizm tourism tourismus recursos naturais naturales naturali ambiente "
        "infraestruturas infraestructuras infrastrutture infrastructure transportes transporte "
        "trasporti transport trabajo trabalho lavoro labour labor salud saúde sanità health "
        "educación educação istruzione education agricultura agricoltura agriculture pesca "
        "pescas fisheries cultura culture energia energía enerji industria indústria "
        "industry comercio comércio commercio trade ticaret tarım ulaştırma sağlık eğitim "
        "maliye dışişleri içişleri adalet savunma ekonomi "
        # English portfolios joined by "and" (Minister of Agriculture and Environment Tran
        # Thi Bich Ngoc): the last one opens the capitalised run before the name.
        "environment natural resources planning investment science technology housing "
        "construction communications information welfare labor social"
    )
)
# The first word of a Dutch portfolio after "minister X van" (Financiën, Buitenlandse
# Zaken, Economische Zaken): the portfolio, not the particle of a surname.
DUTCH_PORTFOLIOS = frozenset(
    str.split(
        "financiën buitenlandse binnenlandse economische defensie justitie onderwijs "
        "volksgezondheid landbouw klimaat infrastructuur asiel sociale "
        # session 49: the second word of a portfolio after "en" ("van Asiel en Migratie")
        "migratie waterstaat koninkrijksrelaties wetenschap cultuur werkgelegenheid sport "
        "zorg natuur voedselkwaliteit veiligheid handel ontwikkelingssamenwerking energie "
        "digitalisering volkshuisvesting"
    )
)
# A portfolio word in a case keeps all its letters but the last (agricultur-a/-ii).
MIN_PORTFOLIO_STEM = 6
MAX_PORTFOLIO_ENDING = 3
PORTFOLIO_STEMS = frozenset(w[:-1] for w in COMPLEMENT_WORDS if len(w) > MIN_PORTFOLIO_STEM)
ADJECTIVE_WORDS = frozenset(a.casefold() for cues in LANGUAGES.values() for a in cues.adjectives)
# Unions used per word of every capitalised run: built once, not per call.
PORTFOLIO_WORDS = COMPLEMENT_WORDS | INNER_PARTICLES
# Plural nouns that end a portfolio's name whatever words come before them (Water Affairs,
# Veterans Affairs, Asuntos Sociales): never the last word of a person's name.
PORTFOLIO_HEADS = frozenset(str.split("affairs affaires affari asuntos assuntos"))
ANY_PARTICLES = INNER_PARTICLES | NOBLE_PARTICLES
PLACE_WORDS = frozenset(p.casefold() for cues in LANGUAGES.values() for p in cues.places) | {
    # Turkish geographic nouns in the possessive (Hürmüz Boğazı, Kıbrıs Adası, Ümit Burnu)
    "boğazı",
    "adası",
    "adaları",
    "yarımadası",
    "burnu",
    "kanalı",
    "ovası",
}
# The first word of a saint's place name (San Pedro Sula, Santa Cruz, São Paulo, Sankt
# Petersburg, St Ives): a city, not a person, whatever follows.
MAX_PLACE_RUN = 3  # "Marea Neagră", "Río de la Plata" is longer and has particles
# Italian regions' second words are places after their first only (Emilia Romagna, Friuli
# Venezia Giulia, Trentino Alto Adige); "Anna Venezia", "Paolo Romagna" are persons.
REGION_PARTNERS = {"romagna": "emilia", "venezia": "friuli", "adige": "alto"}
HAGIONYM_OPENERS = frozenset(str.split("san santa santo são sankt sint st ste"))
# "St" is also a name's (St John Greer, said St Clair): a place only after a preposition.
SHORT_HAGIONYMS = frozenset({"st", "ste"})
# Prepositions before a town's name: "sindaco di Santa Teresa Gallura", "alcalde de San ..."
TOWN_PREPOSITIONS = frozenset(str.split("di de da del do della von of in a em en"))
# Words opening a town's name ("Vila Real", "Ciudad Real", "Villa Gesell"), cut off the run
# that follows them.
SETTLEMENT_OPENERS = frozenset(str.split("vila villa ciudad ville"))
CLUB_WORDS = frozenset({"boss", "manager", "coach", "captain", "striker", "goalkeeper"})
PLACE_PREPOSITIONS = frozenset(
    str.split("in at on above below near from of to into by around outside across beyond")
)
POLISH_GENITIVE_PLURAL = "ów"  # Rybaków, Kupców: a plural noun, never a name's first word
TITLE_ABBREVIATIONS = frozenset(
    {"gal", "gén", "gen", "col", "m", "mr", "mme", "dr", "pr", "rep", "gov", "lt", "sgt"}
)
# Transliteration variants of one name (Aliyev/Aliev, Hadjiyev/Hajiyev, Pashinyan/Pachinian).
TRANSLIT_RULES = (
    ("ə", "a"),
    ("ı", "i"),
    ("dzh", "j"),
    ("dj", "j"),
    ("tch", "ch"),  # French transliteration: Levtchenko
    ("sh", "ch"),
    # Romanian and Czech spellings of the Ukrainian ending write c (Levcenko, Levčenko);
    # only there: c, ch and sh are three letters of pinyin (Cao, Chao, Shao)
    ("chenko", "cenko"),
    ("kh", "h"),
    ("y", "i"),
    ("ou", "u"),
    ("եան", "յան"),  # the classical spelling of the Armenian surname ending (Ղուկասեան)
    ("ы", "и"),  # Kyrgyz and Kazakh names in Russian spell one vowel both ways (Абдыкадыров)
    ("дж", "ж"),  # and write their first consonant both ways (Джумагалиев, Жумагалиев)
)
# Azerbaijani q is the g of Turkish and English spellings (Qurbanlı, Gurbanlı); in short
# words it is pinyin's own letter (Qu, Gu; Quan, Guan: other people).
AZERBAIJANI_Q = ("q", "g")
MIN_Q_AS_G = 6
# Letters with a stroke that Unicode does not decompose, as ASCII transliterations write them
# (Đurić -> Djuric, Łukasz -> Lukasz, Søren -> Soren); applied before TRANSLIT_RULES.
STROKE_LETTERS = str.maketrans({"đ": "dj", "ł": "l", "ø": "o", "ħ": "h", "ŧ": "t"})
# The y of an iotated e after a vowel or opening a word, as a key spells it (i): dropped.
IOTATED_E = re.compile(r"(?:(?<=[aeiou])|^)i(?=e)")
# Turkish/Azerbaijani possessive endings with letters of those languages only (Politika-sı,
# Birli-ği, Bakanlı-ğı): the head of a compound noun, never a person's name.
TURKIC_POSSESSED = ("ası", "ısı", "nsı", "ğı", "ği", "ğu", "ğü")
# The Turkic plural, then a case ending (Köçkün-lər-lə, Vətəndaş-lar-ın): a noun, no name.
TURKIC_PLURAL_CASES = tuple(
    plural + case
    # not -ları/-ləri: the possessive of surnames (Ağaoğulları, Karaosmanoğulları)
    for plural, cases in (
        ("lər", ("lə", "in", "ə", "də", "dən")),
        ("lar", ("la", "ın", "a", "da", "dan")),
        ("ler", ("le", "in", "e", "de", "den")),
    )
    for case in cases
)
# The Turkish genitive after a vowel, in letters of Turkish only (Kaza-nın, Okulu-nun).
TURKISH_GENITIVES = ("nın", "nun", "nün")
MIN_GENITIVE = 7


def turkish_genitive(word: str) -> bool:
    """Return True for a word in the Turkish genitive with no apostrophe (``Kazının``); not
    a short given name with the same ending (Gülnün, Zünnun)."""
    if len(word) < MIN_GENITIVE or not word.isalpha():
        return False
    # Azerbaijani "-nin" after a front vowel (Mərkəzinin, Komitəsinin): an ə says the language,
    # where Russian surnames end the same way (Kalinin); not the given name Nazənin
    return word.endswith(TURKISH_GENITIVES) or (
        len(word) > MIN_GENITIVE
        and word.endswith("nin")
        and "ə" in word.casefold()
        and not is_given_name(word)
    )


def _country_genitive(word: str) -> bool:
    """Return True for a country's name in the Turkish or Azerbaijani genitive written with
    no apostrophe (Ermənistanın, Rusiyanın): whose title follows, never a name's word."""
    return turkish_genitive(word) and any(country_code(word[:-cut]) is not None for cut in (2, 3))


# Polish verbs in the first person of the past tense (Poprosiłem, Zrobiłam, Byliśmy).
POLISH_FIRST_PERSON_PAST = ("łem", "łam", "liśmy", "łyśmy")


def _instrumental_given_name(word: str) -> bool:
    """Return True for a Polish given name in the instrumental (Michał-em, Paw-ł-em)."""
    stem = word[:-2]
    return is_given_name(stem) or is_given_name(stem[:-1] + "eł")


MIN_POSSESSED = 5
# The Turkic agent suffix (gazete-ci journalist, siyaset-çi politician, iş-çi worker).
TURKIC_AGENT_ENDINGS = ("ci", "cı", "cu", "cü", "çi", "çı", "çu", "çü")
MIN_AGENT_NOUN = 7
# Given names that are also a country's name: before a name word they open the name.
GIVEN_NAME_COUNTRIES = frozenset(
    {"jordan", "dominique", "israel", "chad", "montserrat", "malte"}
    # Mauritius in French, Spanish and Italian, Guadeloupe and El Salvador in Spanish,
    # França without its cedilla, Dominika without its ending: given names before a surname
    | {"maurice", "mauricio", "maurizio", "guadalupe", "salvador", "franca", "dominik"}
)
# Particles that may open a surname used alone, capitalised (Van der Meer, De Wever, Di Maio)
OPENING_PARTICLES = frozenset(
    {"van", "von", "de", "di", "da", "du", "dos", "del", "della", "dalla", "dal", "ter"}
)
# A Turkish/Azerbaijani locative or ablative after an apostrophe (Ankara'da, Bakü'den): a
# place, never part of a person's name before it ("Recep Tayyip Erdoğan Ankara'da").
PLACE_CASE = re.compile(r"['’][dt][aeə]n?$")
# Azerbaijani case endings written without an apostrophe on a place after a name (Brüssel-də,
# Astana-da, Moskva-dan, Bakı-ya, Bakı-dakı): a word past the surname ending so ends the name.
# -zadə/-zade (Məmmədzadə) and -kaya (Sarıkaya) end surnames, never a locative.
AZ_PLACE_ENDINGS = ("da", "də", "dan", "dən", "dakı", "dəki", "ya", "yə")
# Turkish Sarıkaya, Karakaya, Akkaya: "rock"; not Afrikaya, Amerikaya (to Africa, America).
AZ_SURNAME_ENDINGS = ("zadə", "zade", "ıkaya", "akaya", "kkaya", "şkaya", "rkaya", "ekaya")
AZ_PLACE_ENDINGS_LONGEST_FIRST = sorted(AZ_PLACE_ENDINGS, key=len, reverse=True)
MIN_AZ_PLACE = 5
# Vowel harmony: the case ending's vowel follows the stem's last vowel (Bakı-ya, Tbilisi-yə,
# Moskva-da, Brüssel-də); a name whose ending breaks it (Wickramasuriya) is no case form.
BACK_VOWELS = frozenset("aıou")
FRONT_VOWELS = frozenset("eəiöü")
AZ_WINDOW = 60  # characters either side of a run read for the language's letters
ROMAN_NUMERALS = frozenset("IVXLC")
# A Russian patronymic keeps a three-word name whole (Владимир Владимирович Путин).
PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "ич", "оглы", "кызы", "улы")
# A Russian compound adjective: a first stem joined by -о-/-е- and an adjective's ending
# (Азово-Черноморского, Северо-Западный); a double surname (Скворцов-Лаптев,
# Бондаренко-Лисий) has no -ск-/-н- adjective after it, or an -енко before.
CYRILLIC_COMPOUND_ADJECTIVE = re.compile(
    r"^[а-яёі]+(?<!нк)[ое]-[а-яёі]+(?:ск|цк|н)(?:ого|ому|ой|ий|ый|ая|ое|их|ых|им|ым|ую|ої|а)$"
)
MAX_SYLLABLE_SURNAME = 3  # Ли, Ким, Пак: an East Asian surname of one syllable
MAX_FUNCTION_NAME = 4  # Le, Li, Elle, Ли: a pronoun or article that is also a name
TURKIC_ALSO = frozenset({"da", "de", "də"})
TURKIC_LETTERS = frozenset("ıəğ")  # in no language whose names take "da", "de" particles
TURKIC_NOUN_LETTERS = TURKIC_LETTERS | {"ş"}  # in Turkic words, in no Romance or German name
# A party's or a state's abbreviation in parentheses before a comma: "Flávio Dino (PCdoB),
# governador", "Orlando Morando (PSDB), prefeito".
PARTY_IN_PARENTHESES = r"\([^()\n]{1,12}\)(?=,)"
MAX_BOLD_NAME_WORDS = 3  # "**Ante Šimundža**"; a longer bold run is a headline or a body
MAX_NAME_TOKENS = 4  # name words, particles aside (João Carlos dos Santos Ribeiro)
# Letters of the languages whose names carry one surname (az, tr): a third capitalised word
# after a surname used alone elsewhere is another phrase (İrakli Qaribaşvili Bakıya, "to
# Baku"); elsewhere it may be a second surname (Franklin Molina Ortiz, then Molina).
SINGLE_SURNAME_LETTERS = frozenset("ıİəƏğĞ")
# The word tests below are pure and words repeat: a bounded cache keeps find_names cheap.
WORD_CACHE = 1 << 16
# Armenian case/article endings on names (Փաշինյան-ը, Բախտաձե-ն, Լավրով-ի): the name is the stem.
ARMENIAN_ENDINGS = ("ից", "ին", "ը", "ի")
ARMENIAN_VOWELS_BEFORE_N = frozenset("եիոօւէ")
# Stems whose -ին is the dative ending (Փաշինյանին, Պուտինին, Ալիևին); after other stems
# -ին is a name in -ի with its article (Մեսխին, Գարիբաշվիլին, Ռշտունին).
ARMENIAN_DATIVE_STEMS = ("յան", "ան", "ով", "և", "ին", "ենկո", "ց", "եր", "ոն", "են")
ARMENIAN_PLACE_ENDINGS = ("ում",)  # locative
# Armenian relational adjectives (Ջրային "of water", Պետական "of the state") and abstract
# nouns in -ություն, -ության (Բնապահպանության "of environmental protection"): no name ends so.
ARMENIAN_ADJECTIVE_ENDINGS = ("ային", "ական", "ություն", "ության")
ARMENIAN_CLOSING_ENDINGS = ("ը", "ից", "ով")  # on the last word of a name only
# Russian feminine surnames in Armenian take the article -ն after -ա: Զախարովա-ն.
ARMENIAN_FEMININE_STEMS = ("ովա", "եվա", "ինա", "սկայա")
APOSTROPHE = re.compile("['’]")  # a Turkish case suffix follows it (Boğazı'ndaki)
# Romanian genitive-dative endings of the nouns after a title (ministrul Mediului,
# ministra Economiei): no given name or surname ends so.
ROMANIAN_GENITIVES = ("ului", "elor", "ilor", "iei", "urii", "ății", "ții")
MIN_ACRONYM_CAPITALS = 3
MIN_ROMANIAN_GENITIVE = 7
# The "n" between a Turkish possessive and a case ending other than the genitive
# (Üniversitesi'nden, Bakanlığı'nda, Meclisi'ne): only nouns take it, never a person's name
# (Ali'den, Erdoğan'a; Ali'nin is a genitive and stays a name).
TURKISH_POSSESSED_CASE = re.compile(r"[ıiuü]['’]n(?:den|dan|de|da|deki|daki|e|a|ı|i|u|ü)$")
# ...but "son of" surnames end as a possessed noun does (Yazıcıoğlu'na, Davutoğlu'nun).
SON_OF_ENDINGS = ("oğlu", "oglu", "oğulları")
# No Turkish suffix is a lone "h": Breton "c'h" ends the name itself (Créac'h, Le Goarc'h).
APOSTROPHE_SUFFIX = re.compile(r"['’](?!h$)\w{1,4}$")
# Azerbaijani glues case endings to a surname in -ov/-ev/-yev (-ova for women): genitive,
# ablative, instrumental. Not the dative -a/-ə of a man's surname (Novruzova is a woman's
# name too), nor -u/-i, -ni (Faroese Jákupsstovu, Georgian Gelovani), nor -evin but after y
# (Aliyevin; Previn, Kevin and Slevin are whole), nor -aya or -anin (Polevaya, Stevanin).
AZERBAIJANI_SURNAME_CASE = re.compile(
    r"(?P<stem>[A-ZÇƏĞIİÖŞÜ]\w+?"
    r"(?:ov(?=un|dan|la)|yev(?=in|dən|lə)|ev(?=dən|lə)|(?:ov|yev)a(?=nın|dan|yla)))"
    r"(?:un|in|dan|dən|la|lə|nın|yla)$"
)
# Georgian: no capitals; names follow a title (მინისტრი X Y) or a cue (თქვა X-მა). Case
# endings, longest first, come off the key (კობახიძემ, კობახიძის, კობახიძე -> კობახიძ).
GEORGIAN_LETTERS = re.compile("[\u10d0-\u10ff]")
GEORGIAN_ENDINGS = ("ისთვის", "ით", "ად", "ის", "მა", "ში", "ს", "მ", "ო", "ი", "ე")
GEORGIAN_VOWELS = frozenset("აეიოუ")
GEORGIAN_ERGATIVE = ("მა", "მ")
# Place and object cases (ბრიფინგ-ზე "at the briefing", თბილის-ში, -თან, -დან): a word after
# the verb in one of them is a circumstance, never the speaker.
GEORGIAN_OBLIQUE = ("ისთვის", "ში", "ზე", "თან", "დან", "ით", "ად", "ის", "ს")
# Postpositional case endings (-თან with, -ში in, -ზე on, -დან from, -მდე until, -ვით like).
GEORGIAN_POSTPOSITIONS = ("თან", "ში", "ზე", "დან", "მდე", "ვით")
GEORGIAN_VERBS = frozenset(v for v in LANGUAGES["ka"].verbs if " " not in v)
# Postpositions after a name in the genitive/dative: "ნიკა გვარამიას თქმით" (in X's words).
GEORGIAN_AFTER_NAME = frozenset(v for v in LANGUAGES["ka"].before if " " not in v)
MAX_GEORGIAN_NAME = 2
GEORGIAN_INTERVIEW = "ინტერვიუ"
# Adverbs and particles between an agent and its verb: also, that too, in turn, today.
GEORGIAN_ADVERBS = frozenset(str.split("ასევე ისიც აგრეთვე კი თავის მხრივ დღეს გუშინ ხაზგასმით"))


def is_armenian(word: str) -> bool:
    """Return True when ``word`` is written in the Armenian script."""
    return any("\u0531" <= ch <= "\u058f" for ch in word)


@lru_cache(maxsize=WORD_CACHE)
def base_word(word: str) -> str:
    """Return a name word without a case ending (``Փաշինյանը`` -> ``Փաշինյան``, ``Aliyev'in``)."""
    suffix = APOSTROPHE_SUFFIX.search(word)
    if suffix and word[-1].islower() and word[suffix.start() + 1].islower():
        # Turkish suffixes are lowercase: O'Shea and D'Alema keep what follows the mark.
        return APOSTROPHE_SUFFIX.sub("", word)
    if GEORGIAN_LETTERS.match(word) and len(word) > 4:
        return _georgian_nominative(word)
    cased = AZERBAIJANI_SURNAME_CASE.match(word)
    if cased:
        return cased["stem"]  # Novruzovun, Mustafayevanın, Əmrullayevlə: no apostrophe
    head, hyphen, ending = word.rpartition("-")
    if hyphen and head.isascii() and head[:1].isalpha() and is_armenian(ending):
        return head  # Musk-ը, Obama-ն, Macron-ի: a Latin name, its Armenian ending hyphened
    if not is_armenian(word) or len(word) < 4:
        return word
    if word.endswith("ին") and not word[:-2].endswith(ARMENIAN_DATIVE_STEMS):
        return word[:-1]  # Մեսխին, Ռշտունին: a name ending in -ի with its article -ն
    if word.endswith("ուան") or (
        word.endswith("անին")
        and not word.endswith(("յանին", "եանին"))
        and not is_given_name(word[:-2])
    ):
        # Գելովանին, Ճկադուան: a Georgian or French name ending in a vowel (Gelovani,
        # Chkadua, Dubois) with its article; Armenian names in -ան end in -յան
        return word[:-1]
    for ending in ARMENIAN_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)]
    if word.endswith("ն") and (word[-2] in ARMENIAN_VOWELS_BEFORE_N or word[-2] == "ն"):
        return word[:-1]
    if word.endswith("ն") and word[:-1].endswith(ARMENIAN_FEMININE_STEMS):
        return word[:-1]
    return word


def base_name(name: str) -> str:
    """Return ``name`` with its last word in its base form (only the last word declines:
    ``Սուրեն Պապիկյանն`` -> ``Սուրեն Պապիկյան``)."""
    words = name.split()
    return " ".join([*words[:-1], base_word(words[-1])]) if words else name


def fold(word: str) -> str:
    """Return ``word`` casefolded, Turkish dotted capital I included (``İdaresi`` -> ``idaresi``,
    where str.casefold gives ``i`` plus a combining dot)."""
    return word.casefold().replace("i\u0307", "i")


def _has_stem(key: str, stems: frozenset[str], max_ending: int = MAX_ENDING) -> bool:
    """Return True when ``key`` is one of ``stems`` plus at most ``max_ending`` letters; a
    short stem takes only a real case ending ("vali-si", not "Vali-ge", a given name)."""
    for cut in range(min(max_ending, len(key) - 3) + 1):
        stem = key[: len(key) - cut]
        if stem in stems and (
            cut == 0 or len(stem) > MAX_SHORT_STEM or key[len(stem) :] in SHORT_STEM_ENDINGS
        ):
            ending = key[len(stem) :]
            return not ending.startswith(DERIVED_ENDINGS + STEM_VERB_ENDINGS.get(stem, ()))
    return False


# Verbs built on a body's stem, told by what follows it: Polish "zarządziła" (ordered) on
# "zarząd" (a board), whose own locative "zarządzie" is listed whole.
STEM_VERB_ENDINGS: dict[str, tuple[str, ...]] = {"zarząd": ("zi", "za")}


# Ukrainian endings that make a field or its adjective of a title's stem, never a case of
# it: "екологією" (ecology) is not the ecologist, "орнітологічний" is no title. (Russian
# "экологии" stays a title word: "директор Института экологии Иван Сорокин" needs it.)
DERIVED_ENDINGS = ("ія", "ії", "ією", "ію", "ічн")
# Dutch and German councils of ministers: no minister ("voor de ministerraad").
COUNCILS_OF_MINISTERS = frozenset(str.split("ministerraad ministerrat ministerraden"))


def _has_head(key: str, heads: frozenset[str]) -> bool:
    """Return True when ``key`` is a compound ending with one of ``heads``."""
    return any(key[start:] in heads for start in range(1, len(key) - 5))


# Case endings of Russian and Ukrainian nouns in -а/-я (радниця -> радниці, радницею).
FEMININE_NOUN_CASE_ENDINGS = ("ою", "ею", "ой", "ей", "і", "ї", "и", "ы", "е", "у", "ю")
# The Ukrainian and Russian feminine suffix of a trade, in its cases: реставратор-ка,
# екскурсовод-ки, архітектор-кою.
FEMININE_SUFFIXES = ("кою", "кой", "ка", "ки", "ку", "ці", "ке")
MIN_FEMININE_STEM = 4  # letters of a title's stem before a case ending or a suffix


def _feminine_title(key: str) -> bool:
    """Return True for a Cyrillic title in a feminine form the list does not hold: a noun in
    -а/-я in another case (``радниці``, ``старійшини``: a feminine noun's stem changes its
    last letter, which no stem of the list allows for), or a trade with the feminine suffix
    (``реставраторка``). The first ending of each kind that fits decides."""
    if not ("а" <= key[-1:] <= "я" or key[-1:] in "іїє"):
        return False
    ending = _first_ending(key, FEMININE_NOUN_CASE_ENDINGS)
    if ending and (
        key[: -len(ending)] + "а" in TITLE_WORDS or key[: -len(ending)] + "я" in TITLE_WORDS
    ):
        return True
    suffix = _first_ending(key, FEMININE_SUFFIXES)
    return bool(suffix) and key[: -len(suffix)] in TITLE_WORDS


def _first_ending(key: str, endings: tuple[str, ...]) -> str:
    """Return the first of ``endings`` that ``key`` ends with, leaving a stem long enough."""
    return next(
        (e for e in endings if key.endswith(e) and len(key) - len(e) >= MIN_FEMININE_STEM), ""
    )


# Heads of German compounds too short for _has_head that make an office ("...amt").
SHORT_BODY_HEADS = ("amt",)
# "Vice-" in the scripts and spellings that hyphenate it before a title.
DEPUTY_PREFIXES = frozenset(str.split("vice vize ვიცე вице віце wice"))
# "ex-presidente", "Ex-Kanzler", "экс-премьер": a former holder's title is a title still.
EX_PREFIXES = frozenset(prefix.rstrip("-") for prefix in FORMER_PREFIXES)


# Polish nouns of an office made from a title (ministerstwo, starostwo): a body's word.
POLISH_OFFICE_ENDINGS = ("stwo", "stwa", "stwie", "stwem", "stwu")


CAPITALISED_ONLY_TITLES = frozenset({"seri"})


# The heads of a German compound title after a club's or a place's name ("Freiburg-Coach",
# "Schalke-Trainer", "Bayern-Boss"); not any title ("Harris-King", "López-Alcalde" are
# double surnames).
COMPOUND_TITLE_HEADS = frozenset(
    str.split(
        "coach trainer trainerin boss chef chefin präsident präsidentin manager managerin "
        "sprecher sprecherin kapitän torwart sportdirektor vorstand vorsitzender vorsitzende "
        "șef şef sef"  # Romanian "redactorul-șef", "arhitectul-șef"
    )
)


@lru_cache(maxsize=WORD_CACHE)
def is_title_word(word: str) -> bool:
    """Return True for a title or role word (``président``, ``Außenminister``, ``министра``)."""
    key = fold(word).strip(".")
    if key in CAPITALISED_ONLY_TITLES and not word[:1].isupper():
        return False  # Italian "seri problemi" (serious); "Datuk Seri Najib Razak"
    if key.startswith(HYPHENATED_SURNAME_PREFIXES):
        return False  # "Տեր-Սարգսյան": a surname, though Տեր alone is a priest's title
    if key in TITLE_WORDS:
        return True
    if key.endswith(POLISH_OFFICE_ENDINGS) or key in COUNCILS_OF_MINISTERS:
        return False  # "Ministerstwo", "ministerstwa": the ministry, no "minister" in a case
    if _has_stem(key, TITLE_STEMS) or _has_head(key, TITLE_HEADS):
        return True
    if _feminine_title(key):
        return True
    if any(key.endswith(h) and len(key) - len(h) >= MIN_COMPOUND_LEFT for h in SHORT_TITLE_HEADS):
        return True
    if any(key.endswith(e) and key[: -len(e)] in COMPOUND_TITLE_WORDS for e in WEAK_ENDINGS):
        return True
    deputy = next((p for p in DEPUTY_PREFIXES if key.startswith(p)), "")
    if deputy and len(key) - len(deputy) >= MIN_COMPOUND_LEFT and key[len(deputy)] != "-":
        # "Wicemarszałek", "wicewojewoda": a deputy's title glued to the title
        return is_title_word(key[len(deputy) :])
    parts = [part for part in word.strip(".").split("-") if part]
    # Every part a title or an acronym: "Colonel-General", "EU-Außenbeauftragte"; or a title
    # then its qualifiers: "Diretora-Geral", "Ambassador-at-large"; not "Haut-Karabakh".
    if len(parts) > 1 and is_title_word(parts[0]) and not parts[0].isupper():
        return True
    if (
        len(parts) == 2
        and fold(parts[0]) in DEPUTY_PREFIXES | EX_PREFIXES
        and is_title_word(parts[1])
    ):
        return True  # "ვიცე-პრეზიდენტმა", "вице-президент": a deputy's title; "ex-presidente"
    if (
        len(parts) == 2
        # capitalised as a German compound is, or folded by the caller
        and ((parts[0][:1].isupper() and parts[1][:1].isupper()) or word.islower())
        and fold(parts[1]) in COMPOUND_TITLE_HEADS
        and not is_given_name(parts[0])
    ):
        return True  # "Freiburg-Coach", "Bayern-Boss": a club's or a place's title
    return (
        len(parts) > 1
        and all(p.isupper() or is_title_word(p) for p in parts)
        and not all(p.isupper() for p in parts)  # "AKPOVI-DAKO": a surname in capitals
    )


@lru_cache(maxsize=WORD_CACHE)
def is_institution_word(word: str) -> bool:
    """Return True for a word naming an institution (``ministère``, ``Außenministerium``)."""
    key = fold(word)
    if key in INSTITUTION_WORDS:
        return True
    if word.casefold() in TITLE_WORDS:
        return False  # "parlamentarul" (the MP) is a title, though "parlament" is a body
    if key.endswith(SURNAME_SUFFIXES):
        return False  # Marin-escu is no "Marine" in a case form: a surname's own suffix
    if not key.endswith(("gesamt", "allesamt")) and any(
        key.endswith(h) and len(key) - len(h) >= MIN_COMPOUND_LEFT for h in SHORT_BODY_HEADS
    ):
        return True  # "Schifffahrtsamt", "Landratsamt" (not "insgesamt"): an office
    return _has_stem(key, INSTITUTION_STEMS) or _has_head(key, INSTITUTION_STEMS)


@dataclass(frozen=True, slots=True)
class NameMention:
    """A person's name as written at ``span`` of a text."""

    text: str
    span: Span
    bold: bool
    single: bool = False  # one word, not bold: a surname only when a full name has it


@lru_cache(maxsize=WORD_CACHE)
def name_key(word: str) -> str:
    """Return a spelling-insensitive key for one name word."""
    decomposed = unicodedata.normalize("NFKD", base_word(word).casefold().translate(STROKE_LETTERS))
    key = "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch))
    if GEORGIAN_LETTERS.match(key):
        key = _georgian_stem(key)
    for old, new in TRANSLIT_RULES:
        key = key.replace(old, new)
    if len(key) >= MIN_Q_AS_G:
        key = key.replace(*AZERBAIJANI_Q)
    single = re.sub(r"(.)\1+", r"\1", key)
    # "Lee", "Dell": a surname, not the particle its letters spell once doubles are single
    key = key if single != key and single in INNER_PARTICLES else single
    # Iotated e written ye or e (Khodjayev/Khodjaev, Yevgeny/Evgeny, Yerlan/Erlan).
    key = IOTATED_E.sub("", key)
    return key[:-1] if len(key) > 4 and key.endswith("e") else key


def _georgian_nominative(word: str) -> str:
    """Return a Georgian surname in the nominative: ergative ``-მა``/``-მ``, dative ``-ს`` and
    genitive ``-ის`` off (``ზურაბიშვილმა`` -> ``ზურაბიშვილი``, ``კობახიძემ`` -> ``კობახიძე``)."""
    word = _without_georgian_postposition(word)
    vowel = word[-2] in GEORGIAN_VOWELS
    if word.endswith("მა") and word[-3] not in GEORGIAN_VOWELS:
        return word[:-2] + "ი"
    if word.endswith(("მ", "ს")) and vowel:
        return word[:-1]
    if word.endswith("ის"):
        return word[:-2] + "ი"
    if word.endswith("ს"):
        return word[:-1] + "ი"
    return word


# Postpositions glued to a surname in the dative or genitive: "მებონიასთან" (with),
# "ლაგვილავასთვის" (for), "ბერიძისგან" (from), "ზურაბიშვილზე" (about).
GLUED_POSTPOSITIONS = ("სთან", "ისთვის", "სთვის", "ისგან", "სგან", "ზე", "თან")
MIN_GEORGIAN_STEM = 4


def _without_georgian_postposition(word: str) -> str:
    """Return a Georgian surname without a glued postposition, in the case it governs
    (``მებონიასთან`` -> ``მებონიას``, ``ზურაბიშვილზე`` -> ``ზურაბიშვილს``)."""
    for ending in GLUED_POSTPOSITIONS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_GEORGIAN_STEM:
            if ending.startswith(("ს", "ის")):
                return stem + ("ის" if ending.startswith("ის") else "ს")
            return stem + "ს"  # "-ზე", "-თან" after the bare stem: the dative's place
    return word


def georgian_from_ergative(word: str) -> str:
    """Return a Georgian word in the ergative (-მა after a consonant stem, -მ after a vowel
    one) in the nominative (დირექტორმა -> დირექტორი, მოადგილემ -> მოადგილე); any other word
    as it is. For the words of titles and bodies' names; a surname, which may also stand in
    the dative or genitive, goes through ``_georgian_nominative`` above."""
    if word.endswith("მა") and len(word) > MIN_ERGATIVE:
        stem = word[:-2]
        return stem if stem[-1] in GEORGIAN_VOWELS else stem + "ი"
    if word.endswith("მ") and len(word) > MIN_ERGATIVE and word[-2] in GEORGIAN_VOWELS:
        return word[:-1]
    return word


MIN_ERGATIVE = 3  # letters of a word that may end in the ergative (not "მა", "ამ")


def _georgian_stem(word: str) -> str:
    """Return a Georgian word without its case ending (``ზურაბიშვილმა`` -> ``ზურაბიშვილ``)."""
    for ending in GEORGIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word[:-1] if word[-1:] in ("ი", "ე") and len(word) > 4 else word


def person_key(name: str) -> str:
    """Return a spelling-insensitive key for a full name (``Gal Ilham Aliev`` -> ``ilham aliev``).

    Title abbreviations in front are dropped and every word goes through :func:`name_key`,
    so transliteration variants of one person's name share one key.
    """
    words = [w for w in re.split(r"[\s]+", name.strip()) if any(ch.isalpha() for ch in w)]
    while len(words) > 1 and name_key(words[0].rstrip(".")) in TITLE_ABBREVIATIONS:
        words = words[1:]
    return " ".join(k for k in (name_key(w) for w in words) if k)


# Capitals and summit towns a speaker is often "in" before the name (a Bruxelles X, à Kyiv
# X); countries are known from the country tables.
SPEAKING_PLACES = frozenset(
    str.split(
        "bruxelles bruselas bruxelas brussels brüssel strasbourg strasburgo estrasburgo "
        "genève ginevra ginebra genebra geneva genf davos kiev kyiv kiew kijów roma rome "
        "parigi paris parís londra londres london londen berlino berlin madrid lisbona lisboa "
        "mosca moscou moscú moscovo moskau washington pechino pékin pekín beijing tokyo "
        "bakou bakú baku erevan ereván yerevan tbilisi tiflis ankara istanbul vienna vienne "
        "viena wien varsavia varsovie varsovia praga prague atene athènes atenas "
        "lussemburgo luxembourg luxemburgo"
    )
)


MIN_PLACE_BEFORE_NAME = 5  # "a Milano Giuseppe Sala"; "Pier", "Gian", "Bola" open names


def _place_before_name(word: str) -> bool:
    """Return True for a word that is a place before a given name and a surname: a country
    or a city a speaker is often said to be in, or any longer word no given name is."""
    if word.casefold() in SPEAKING_PLACES or country_code(word) is not None:
        return True
    # "en Santa Rosa Copán": a saint's word opens the place's own name
    return (
        len(word) >= MIN_PLACE_BEFORE_NAME
        and not is_given_name(word)
        and fold(word) not in HAGIONYM_OPENERS
    )


def _saints_place(text: str, run: list[_Token]) -> bool:
    """Return True when the run opening with a saint's word is a place: always for San,
    Santa, Sankt...; for St and Ste only after a preposition (``above St Dennis``)."""
    if fold(run[0].word) not in SHORT_HAGIONYMS:
        return True
    following = _token_after(text, run[-1].end)
    if following is not None and following.group().islower():
        word = following.group()
        if is_title_word(word) or word in CLUB_WORDS:
            return True  # "St Mirren boss Stephen Robinson": a club's or a town's title
    return _word_before(text, run[0].start).casefold() in PLACE_PREPOSITIONS


def _hyphen_particle(word: str) -> bool:
    """Return True for a surname glued to its Arabic article (al-Masri, аль-Мусаві)."""
    head, _, rest = word.partition("-")
    return head in HYPHEN_PARTICLES and rest[:1].isupper()


# Azerbaijani and Turkish dative endings, written apart from a name after a hyphen or its
# quotation marks ("Report-a", "Trend-ə", "APA-ya", "“Yeni Müsavat”a"): the one told.
TURKIC_DATIVE_SUFFIXES = frozenset(str.split("a ə e ya yə ye na nə ne"))
# English adjectives made of a place or a body and a participle after a hyphen.
COMPOUND_ADJECTIVE_TAILS = frozenset(
    str.split("based born bred led owned run backed funded controlled held made built style")
)
HYPHENED_AGENCIES = AGENCIES | {"report"}  # Report, the Azerbaijani agency, only so written


# The Union's short names that pair with a country ("Italia-Ue", "Russie-UE", "EU-Türkei").
UNION_NAMES = frozenset(str.split("ue eu ес єс ab avropa"))


def _countries_pair(word: str) -> bool:
    """Return True for a hyphened pair of countries or a country and the Union."""
    if "-" not in word:
        return False  # most words: this runs for every word of a text
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(country_code(p) is not None or p.casefold() in UNION_NAMES for p in parts)
        and any(country_code(p) is not None for p in parts)
    )


@lru_cache(maxsize=WORD_CACHE)
def _is_name_word(word: str) -> bool:
    """Return True for a capitalised word that can be part of a person's name."""
    letters = [ch for ch in word if ch.isalpha()]
    if word.endswith("-"):
        return False  # "Spionage- und Sabotageversuche": half of a German compound
    if word.casefold().startswith(FORMER_PREFIXES):
        return False  # "Ex-MP John Hemming", "Экс-премьер": a former title, no name
    if _hyphen_particle(word):
        # al-Masri, al-Sudani: a nisba may look like a nationality; it is the surname
        rest = word.partition("-")[2]
        return not (is_title_word(rest) or is_institution_word(rest))
    if not letters or not word[0].isupper() or ELIDED.match(word):
        return False
    if len(word) == 1:
        return False  # "sul suo profilo X": a letter alone; a middle initial joins elsewhere
    capitals = sum(ch.isupper() for ch in letters)
    if len(letters) > 1 and capitals == len(letters):
        return False  # acronyms: UE, ONU, NATO
    if capitals >= MIN_ACRONYM_CAPITALS and len(letters) - capitals == 1 and letters[1].isupper():
        # an acronym with one small letter inside (ВООПИиК); McCONNELL, DeSANTIS and ДеВОС
        # are surnames in capitals after their prefix
        return False
    head, _, case_ending = word.partition("-")
    if case_ending and len(head) > 1 and head.isupper() and not case_ending.isupper():
        return False  # an acronym with a case ending: ԱԳՆ-ից, НАТО-вский (not AKPOVI-DAKO)
    if case_ending and is_armenian(case_ending) and _brand(head):
        return False  # "CivilNet-ի հետ": a Latin brand in an Armenian case, a medium or body
    if case_ending in ARMENIAN_DATIVES and head.isascii():
        return False  # "Hetq-ին հայտնեցին", "Macron-ին ասաց": the one told, never who spoke
    if case_ending in TURKIC_DATIVE_SUFFIXES and head.casefold() in HYPHENED_AGENCIES:
        return False  # "Report-a bildirib": told the agency, a dative after a hyphen
    if case_ending.casefold() in COMPOUND_ADJECTIVE_TAILS:
        return False  # "its Shannon-based helicopter", "a Kyiv-born artist": an adjective
    core = word.rstrip(".").casefold()
    if core in NOT_NAME_WORDS or is_title_word(core) or is_institution_word(core):
        return False
    if (
        len(core) >= MIN_POSSESSED
        and core.endswith(POLISH_FIRST_PERSON_PAST)
        and not _instrumental_given_name(word)
    ):
        return False  # "Poprosiłem Wody Polskie": a Polish verb opening speech, "I asked"
    if len(core) >= MIN_POSSESSED and core.endswith(TURKIC_POSSESSED):
        return False  # "Güvenlik Politikası", "Avrupa Birliği": a Turkish possessed noun
    if core in ADJECTIVE_WORDS:
        return False  # "Southeast Asian", "Europäische", "Avrupa": a region, no person
    if len(core) >= MIN_GERMAN_ADJECTIVE and core.endswith(GERMAN_ADJECTIVE_SUFFIXES):
        return False  # "Traurige Alternative", "Antiquiertes System": an adjective and noun
    if core.startswith(TURKIC_PAPER_STEMS):
        return False  # "Gazetenin yorumunda", "Qəzetin yazdığına görə": the paper, in a case
    if _script(word) and (core in AGENCIES or any(s in AGENCIES for s in surname_stems(core))):
        return False  # «Интерфаксу» (to Interfax): a news agency in a case ending
    if is_armenian(word) and core.endswith(ARMENIAN_PLACE_ENDINGS):
        return False  # Բրյուսելում (in Brussels): a place
    if is_armenian(word) and core.endswith(ARMENIAN_ADJECTIVE_ENDINGS):
        return False  # Ջրային (կոմիտե), Բնապահպանության: words opening a body's name
    stem = APOSTROPHE.split(word)[0]
    if stem != word and country_code(stem) is not None:
        return False  # Türkiye'nin, Gürcistan'ın: a country in a Turkish case
    if len(core) >= MIN_ROMANIAN_GENITIVE and core.endswith(ROMANIAN_GENITIVES):
        return False  # Mediului, Finanțelor, Economiei: a portfolio in the genitive
    if TURKISH_POSSESSED_CASE.search(core) and not APOSTROPHE.split(core)[0].endswith(
        SON_OF_ENDINGS
    ):
        # Üniversitesi'nden, Bakanlığı'nda: a possessed noun, a body's name; not the "son
        # of" surnames that end the same way (Yazıcıoğlu'na, Davutoğlu'nun)
        return False
    if CYRILLIC_COMPOUND_ADJECTIVE.match(core):
        return False  # Азово-Черноморского, Северо-Западный: a region's adjective
    if (
        word.endswith("s")
        and len(word) > 4
        and country_code(word[:-1]) is not None
        and not is_given_name(word)  # Spanish "Ginés", not Guinea's ("Gine") genitive
    ):
        return False  # German genitive: "Russlands Außenminister"
    if is_armenian(word) and country_code(base_word(word)) is not None:
        return False  # Հայաստանի: a country with its case ending
    if is_given_name(word):
        return True  # Maurice, Dominique, Franca: given names that fold to a country's name
    return country_code(word) is None and not _inflected_country(word)


# A Turkish or Azerbaijani paper's noun, whatever case ending follows (gazetenin, gazeteye,
# gazeteci, qəzetin); no name opens so.
TURKIC_PAPER_STEMS = ("gazete", "qəzet")


# The Armenian dative a Latin-script name takes after a hyphen (to Hetq, to Macron, to
# Obama); not -ն alone, the definite article of a name ending in a vowel (Obama-ն ասաց).
ARMENIAN_DATIVES = frozenset({"ին", "յին"})


def _brand(word: str) -> bool:
    """Return True for a Latin-script brand or agency (CivilNet, Reuters), not a foreign
    surname (Musk-ը, Macron-ը): a capital inside the word, or an agency's name."""
    return word.isascii() and (
        any(ch.isupper() for ch in word[1:]) or word.casefold() in HYPHENED_AGENCIES
    )


# Case endings of surnames and country names in inflecting languages written in their own
# script (ru Пашинян-а, Лавров-ым; hy handled by base_word): data, longest first.
CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    "cyrillic": (
        "ами",
        "ого",
        "ому",
        "ой",
        "ої",  # Ukrainian feminine genitive: "За словами Савицької"
        "ою",
        "ом",
        "ым",
        "ем",
        "ей",
        "а",
        "у",
        "е",
        "ы",
        "и",
        "я",
        "ю",
    ),
}


def _script(word: str) -> str:
    """Return the script of ``word`` when it has case endings in CASE_ENDINGS, else ""."""
    return "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in word[:2]) else ""


# English nationality adjectives are a country's name plus an ending, sometimes in place of
# its last letters: Georgia-n, Armenia-n, Azerbaijan-i, Israel-i, Ukrain(e)-ian, Ital(y)-ian.
NATIONALITY_ENDINGS = ("ian", "an", "n", "i", "ese", "ish")
NATIONALITY_RESTORED = ("", "a", "ia", "e", "y", "ey")
MIN_NATIONALITY_STEM = 4


@lru_cache(maxsize=WORD_CACHE)
def is_nationality(word: str) -> bool:
    """Return True for a capitalised nationality adjective made from a country's name
    (``Georgian Dream``, ``Azerbaijani``, ``Israeli``); the country itself is no adjective."""
    if not word[:1].isupper() or country_code(word) is not None:
        return False
    key = country_key(word)
    table = country_names()
    for ending in NATIONALITY_ENDINGS:
        stem = key[: -len(ending)]
        if (
            key.endswith(ending)
            and len(stem) >= MIN_NATIONALITY_STEM
            and any(stem + extra in table for extra in NATIONALITY_RESTORED)
        ):
            return True
    return False


DEMONYM_PREFIX = 4  # Belg-ier/Belg-ien, Russ-e/Russ-ie, Georg-ian/Georg-ia share 4 letters


@lru_cache(maxsize=1)
def _country_prefixes() -> frozenset[str]:
    """Return the first letters of every one-word country name, in every language."""
    names = (k for k in country_names() if " " not in k and len(k) >= DEMONYM_PREFIX)
    return frozenset(k[:DEMONYM_PREFIX] for k in names)  # one-word names: not "Republic of"


@lru_cache(maxsize=WORD_CACHE)
def is_demonym(word: str) -> bool:
    """Return True for a capitalised noun made from a country's name (``Belgier``,
    ``Franzose``, ``Georgian``): after an article it stands for a person, not a name."""
    if not word[:1].isupper() or country_code(word) is not None:
        return False  # "la Russie" is the country itself
    return _country_prefixed(word)


def _country_prefixed(word: str) -> bool:
    """Return True when ``word`` is longer than a country's first letters and opens with
    them (``Belgier``, ``española``): a word made from the country's name."""
    key = country_key(word)
    return len(key) > DEMONYM_PREFIX and key[:DEMONYM_PREFIX] in _country_prefixes()


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    """Return one-word country names of non-Latin scripts, whole and less their last letter."""
    keys = {k for k in country_names() if " " not in k and len(k) >= 4 and _script(k)}
    return frozenset(keys | {k[:-1] for k in keys})


SOFT_STEM_ENDS = frozenset("иії")
HARD_ENDINGS = frozenset("аыу")


# Turkish and Azerbaijani case endings after a country's name, longest first: Rusiya-nın,
# Ermənistan-ı, Amerika-dan, Türkiyə-yə.
TURKIC_COUNTRY_ENDINGS = tuple(
    sorted(
        str.split(
            "ı i u ü nı ni nu nü ın in un ün nın nin nun nün a ə e ya yə ye na nə ne da də de "
            "ta tə te nda ndə nde dan dən den tan tən ten ndan ndən nden la lə le yla ylə yle "
            "dakı dəki deki"
        ),
        key=len,
        reverse=True,
    )
)
MIN_COUNTRY_STEM = 4
# In a word with no Turkic letter only the ablative after a long name reads as a case
# (Amerika-dan); others make surnames: Kuba-la (Kubala), Mali-nin (Malinin), Mali-nda.
PLAIN_COUNTRY_ENDINGS = frozenset(str.split("dan den tan ten ndan nden"))
MIN_PLAIN_COUNTRY = 5  # letters of a country's name before a case in a plain word
# Letters that mark a word as Turkish or Azerbaijani spelling for a country's case ending.
TURKISH_SPELLED_LETTERS = TURKIC_LETTERS | frozenset("şçöü")


def _turkic_inflected_country(word: str) -> bool:
    """Return True for a country's name with a Turkish or Azerbaijani case ending
    (``Ermənistanı``, ``Rusiyanın``, ``Amerikadan``): any ending in a word with a Turkic
    letter, the ablative alone in others, not "Irani", "Kubala", "Malinin" (surnames)."""
    key = word.casefold()
    turkic = any(ch in TURKISH_SPELLED_LETTERS for ch in key)
    return any(
        key.endswith(ending)
        and len(key) - len(ending) >= MIN_COUNTRY_STEM
        and (
            turkic
            or (ending in PLAIN_COUNTRY_ENDINGS and len(key) - len(ending) >= MIN_PLAIN_COUNTRY)
        )
        and country_code(word[: len(word) - len(ending)]) is not None
        for ending in TURKIC_COUNTRY_ENDINGS
    )


@lru_cache(maxsize=WORD_CACHE)
def _inflected_country(word: str) -> bool:
    """Return True for a country name with a case ending (``России``, ``Армении``)."""
    if not _script(word):
        return len(word) > MIN_COUNTRY_STEM and _turkic_inflected_country(word)
    if len(word) < 5:
        return False
    key = country_key(word)  # й -> и, as the country table has it
    stems = _country_stems()
    endings = CASE_ENDINGS.get(_script(word))
    return any(
        key[: len(key) - cut] in stems
        # "Малика" is no "Мали" in a case: "ка" is no case ending; Ukrainian "Естонії"
        and (cut == 0 or endings is None or key[len(key) - cut :] in (*endings, "і", "ї"))
        # "Ливиу" (Liviu) is no "Ливия" in a case: after и a case ending is soft (Ливию)
        and not (cut and key[len(key) - cut - 1] in SOFT_STEM_ENDS and key[-1] in HARD_ENDINGS)
        for cut in range(3)
        if len(key) - cut >= 4
    )


def surname_stems(word: str) -> list[str]:
    """Return ``word`` without each case ending it may carry (``Пашиняна`` -> ``Пашинян``)."""
    script = _script(word)
    if not script:
        return []
    key = word.casefold()
    return [
        word[: -len(e)] for e in CASE_ENDINGS[script] if key.endswith(e) and len(key) - len(e) >= 4
    ]


# Case endings of Polish and Czech surnames in Latin script and the nominative endings they
# replace ("Według Hnatiuka" -> Hnatiuk, "Kowalskiego" -> Kowalski, "Novákové" -> Nováková):
# tried only against surnames the document already names in full.
LATIN_CASE_ENDINGS: tuple[tuple[str, str], ...] = (
    # Czech and Polish surnames drop a mobile -e- when they decline (Hronek -> Hronka,
    # Hronkovi; Němec -> Němce)
    ("kovi", "ek"),
    ("kem", "ek"),
    ("ka", "ek"),
    ("covi", "ec"),
    ("cem", "ec"),
    ("ce", "ec"),
    # Polish surnames on a soft consonant (Kuraś -> Kurasia, Kurasiowi, Kurasiem; Łoś -> Łosia)
    ("siowi", "ś"),
    ("ciowi", "ć"),
    ("siem", "ś"),
    ("ciem", "ć"),
    ("sia", "ś"),
    ("cia", "ć"),
    ("zia", "ź"),
    ("iego", "i"),
    ("iej", "a"),
    ("owi", ""),
    ("ego", ""),
    ("ého", "ý"),
    ("ému", "ý"),
    ("ové", "ová"),
    ("iem", ""),
    ("em", ""),
    ("ej", "a"),
    ("ą", "a"),
    ("ym", "y"),
    ("im", "i"),  # Grabowskim -> Grabowski (instrumental)
    ("ým", "ý"),
    ("ovi", ""),
    ("a", ""),
    ("u", ""),
    # surnames declined as nouns in -a (Kubala, Kulpa-Wrona): the genitive in -y (Kubaly);
    # not the Czech instrumental in -ou, which cost an unread set a quotation
    ("y", "a"),
)
MIN_LATIN_STEM = 4
# A man's adjectival surname in -y (Zelensky, Trotsky), not the genitive of Zelenska; the
# genitive of a noun in -ka (Procházky) stays.
MASCULINE_Y = ("sky", "cky", "zky")


def latin_nominatives(word: str) -> list[str]:
    """Return the nominative forms a Latin-script surname in a case may stand for."""
    if _script(word) or " " in word:
        return []
    parts = word.split("-")
    if len(parts) == MAX_HYPHEN_PARTS and all(parts):
        # each part declines alone (Kulpy-Wrony -> Kulpa-Wrona); the first pairing is the
        # word as written, which is no nominative of it
        firsts, seconds = ([part, *_latin_part_nominatives(part)] for part in parts)
        return [f"{a}-{b}" for a in firsts for b in seconds][1:]
    return _latin_part_nominatives(word)


def _latin_part_nominatives(word: str) -> list[str]:
    """Return the nominatives of one Latin-script word of a surname in a case."""
    key = word.casefold()
    return [
        word[: len(word) - len(ending)] + nominative
        for ending, nominative in LATIN_CASE_ENDINGS
        if key.endswith(ending)
        and len(key) - len(ending) >= MIN_LATIN_STEM
        and not (ending == "y" and key.endswith(MASCULINE_Y))  # Zelensky is no Zelenska
    ]


# Case endings of a Cyrillic surname's parts and the nominative endings they replace:
# adjective-like (Лис-ого, Лис-ому, Лис-им -> Лис-ий/-ый) and -о nouns (Бондаренк-а -> -о).
PART_NOMINATIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ого", ("ий", "ый", "ой")),
    ("ому", ("ий", "ый", "ой")),
    ("им", ("ий",)),
    ("ім", ("ій", "ий")),
    ("ым", ("ый",)),
    ("ом", ("о", "")),
    ("ові", ("о", "")),
    ("а", ("о", "")),
    ("у", ("о", "")),
    ("ю", ("й",)),
    ("я", ("й",)),  # Грицая -> Грицай
    # a woman's adjectival part (Квятковской-Рыль -> Квятковская-Рыль, Зеленської -> -ська)
    ("ой", ("ая",)),
    ("ую", ("ая",)),
    ("ою", ("а", "ая")),
    ("ої", ("а",)),
)
MIN_PART_STEM = 3
MAX_HYPHEN_PARTS = 2


def hyphen_nominatives(word: str) -> list[str]:
    """Return the nominatives a hyphenated Cyrillic surname in a case form may stand for
    (``Бондаренка-Лисого`` -> ``Бондаренко-Лисий``, ...): each part declines alone."""
    parts = word.split("-")
    if len(parts) != MAX_HYPHEN_PARTS or not _script(word):
        return []
    choices = [_part_nominatives(part) for part in parts]
    return [f"{first}-{second}" for first in choices[0] for second in choices[1]]


def _part_nominatives(part: str) -> list[str]:
    """Return one part of a surname as written and in each nominative it may come from."""
    key = part.casefold()
    forms = [part]
    for ending, nominatives in PART_NOMINATIVES:
        if key.endswith(ending) and len(key) - len(ending) >= MIN_PART_STEM:
            forms += [part[: -len(ending)] + n for n in nominatives]
            break
    return forms


def _bold_holding(span: Span, bold: tuple[Span, ...]) -> Span | None:
    """Return the bold span ``span`` lies within, else None."""
    return next((b for b in bold if b.start <= span.start and span.end <= b.end), None)


def _inside_bold(span: Span, bold: tuple[Span, ...]) -> bool:
    """Return True when ``span`` lies within one bold span."""
    return _bold_holding(span, bold) is not None


SPANISH_ARTICLE_PARTICLES = frozenset(str.split("la las los"))


def _spanish_particle_surname(text: str, token: _Token, following: list[_Token | None]) -> bool:
    """Return True for a capitalised "De" inside a sentence before "la"/"los" and a
    capitalised word: a Spanish surname used alone ("En ese sentido, De la Fuente fue
    contundente"); at a sentence's start "De la" is a preposition ("De la Habana llegó")."""
    if token.word != "De" or len(following) < 2 or None in following:
        return False
    article, surname = following
    assert article is not None and surname is not None
    before = text[max(0, token.start - 2) : token.start]
    return (
        article.word in SPANISH_ARTICLE_PARTICLES
        and surname.word[:1].isupper()
        and text[token.end : surname.start] == f" {article.word} "
        and before[-1:] == " "
        and before[:1] not in ".!?:\n"
        and token.start > 0
    )


@lru_cache(maxsize=WORD_CACHE)
def _starts_name(word: str) -> bool:
    """Return True for a word that can open a name: a name word or a title abbreviation."""
    return _is_name_word(word) or (name_key(word) in TITLE_ABBREVIATIONS and word[0].isupper())


def _joins_as_particle(run: list[_Token], word: str, bold: bool = False) -> bool:
    """Return True for a particle that continues a name run (``von der``, ``Di``, ``da``);
    ``bold`` when the word is inside a bold name (``**Jordi Bosch i Ferrer**``)."""
    key = word.casefold()
    if key in ARTICLE_PARTICLES:
        return run[-1].word.casefold() in PARTICLES - ARTICLE_PARTICLES
    if word in ROMANCE_ARTICLES:
        # "Ruiz de la Fuente" after a particle; "à Tengrinews la Britannique Helen X" is a
        # medium, then an article and a noun; "contó Pedro la Nochebuena pasada" a date.
        return run[-1].word.casefold() in PARTICLES
    if key in CAPITALISED_PARTICLES:
        return word[:1].isupper()
    if key in AFFILIATION_PARTICLES and _complete_name(run):
        # "burgemeester Anke Meijerink van Hollands Kroon", "Anna Schmidt von der Allianz":
        # "van"/"von" after a whole name is where the person works ("Vincent van Gogh",
        # "Philipp Prinz von Hessen" are names; so is "Pieter Cort van der Linden", which
        # this cuts: the affiliation is far the commoner).
        return False
    if key == "i":
        # Catalan "Josep Maria Puig i Ferrer" after two given names, or "Jordi Ferré i Cabré"
        # after a Catalan given name and a surname; "Penjor i Paro" (sv, pl "in", "and")
        # after a shorter run.
        catalan = len(run) == 2 and given_name_key(run[0].word) in CATALAN_GIVEN_NAMES
        return bold or catalan or len(run) >= MIN_CATALAN_RUN
    if key == "das":
        # Portuguese "Francisco das Chagas Mendonça" right after the given name; German
        # "das" is an article ("leitet Sandra Müller das Institut").
        return (
            word == key and len(run) == 1 and given_name_key(run[0].word) in PORTUGUESE_GIVEN_NAMES
        )
    if key in PATRONYMIC_PARTICLES:
        # "Elnur Vaqif oğlu Səfərli": a given name and the father's; "İlham Əliyevin qızı
        # Leyla" (his daughter) and "Mehmet Şahin oğlu Can" (his son) are two people.
        return len(run) == 2 and not run[-1].word.casefold().endswith(GENITIVE_ENDINGS)
    return key in INNER_PARTICLES


def _portfolio_after(word: str, following: _Token | None) -> bool:
    """Return True for "van" before a Dutch portfolio ("Minister Heinen van Financiën")."""
    return (
        word.casefold() in AFFILIATION_PARTICLES
        and following is not None
        and following.word.casefold() in DUTCH_PORTFOLIOS
    )


def _complete_name(run: list[_Token]) -> bool:
    """Return True for a run that already reads as a whole name: a particle and a surname
    (``Marleen de Graaf-Bosma``), or a given name and a surname (``Anke Meijerink``)."""
    last = run[-1].word
    if len(run) < 2 or is_given_name(last) or last.casefold() in PARTICLES | NOBLE_TITLES:
        return False
    # "(Toerisme) Frederik Moerman": the given name may come after a word of the title's
    # complement that the run still holds
    return (
        is_given_name(run[0].word)
        or is_given_name(run[-2].word)
        or any(t.word.casefold() in PARTICLES for t in run[1:-1])
    )


def _country_surname(text: str, run: list[_Token], token: _Token) -> bool:
    """Return True for a country's name that is the surname of a titled person: one given
    name after a title, then the country, then no capital (``primeiro-ministro Luís
    Montenegro visitaram``)."""
    if len(run) != 1 or country_code(token.word) is None or " " in token.word:
        return False
    following = text[token.end : token.end + 2]
    if following[:1] == " " and following[1:].isupper():
        return False  # "Luís Montenegro Sul ...": more capitals, another phrase
    start = run[0].start
    before = TOKEN.findall(text[max(0, start - 40) : start])
    return bool(before) and text[start - 1 : start] == " " and is_title_word(before[-1])


def _institution_surname(text: str, run: list[_Token], token: _Token) -> bool:
    """Return True for a surname that is also a body's noun closing a full name (``Duarte
    Nóbrega Câmara``, ``Ana Banco``): two name words before it and no capitalised word or
    "of" word after it, where a body's own name would go on (Câmara de Lobos)."""
    if len(run) < 2 or not all(_is_name_word(t.word) for t in run[-2:]):
        return False
    word = token.word
    if not word[:1].isupper() or not is_institution_word(word) or is_title_word(word):
        return False
    following = _token_after(text, token.end)
    return following is None or not (
        following.group()[:1].isupper() or following.group().casefold() in INNER_PARTICLES
    )


def _wrapped(text: str, run: list[_Token], token: _Token | None) -> bool:
    """Return True when a line break separates ``token`` from a given name after a title
    (``Staatsrat Marco`` / ``Bernasconi-Pedrini warnte``)."""
    if token is None or not run or text[run[-1].end : token.start] != "\n":
        return False
    start = run[0].start
    if start < 2 or text[start - 1] != " ":
        return False
    before = TOKEN.findall(text[max(0, start - 40) : start])
    return bool(before) and is_title_word(before[-1])  # not "im Herbst / Wahlen anstehen"


def _particle_inside(run: list[_Token], index: int) -> bool:
    """Return True when the run's word at ``index`` is a particle inside a name (``van der
    Meer``, ``Jan Van Meer``, ``Dal Lago``); a capital "Van" opening the run is the Turkish
    lake's city (``Van Gölü``), not Dutch "van"."""
    word = run[index].word
    key = word.casefold()
    if key not in INNER_PARTICLES:
        return False
    return index > 0 or not word[:1].isupper() or key in CAPITALISED_PARTICLES


def _listed_word_as_surname(run: list[_Token], word: str, following: _Token | None) -> bool:
    """Return True for a surname that the word lists hold as something else in another
    language (``Manuel Orta``: Turkish "middle"), right after a lone given name and ending
    the name (not "Ahmet Orta Asya'da", in Central Asia)."""
    if not _last_word_after_given_name(run, word, following):
        return False
    key = word.casefold()
    if key not in NOT_NAME_WORDS and key not in ADJECTIVE_WORDS:
        return False
    return not (is_title_word(key) or is_institution_word(key))


def _last_word_after_given_name(run: list[_Token], word: str, following: _Token | None) -> bool:
    """Return True for a capitalised word (no acronym, no elision) right after a lone given
    name, with no capitalised word after it: where a surname stands."""
    if len(run) != 1 or not word[:1].isupper() or word.isupper() or "'" in word:
        return False
    if following is not None and following.word[:1].isupper():
        return False
    return is_given_name(run[0].word)


def _title_as_surname(run: list[_Token], word: str, following: _Token | None) -> bool:
    """Return True for a capitalised title or trade word right after a lone given name and
    ending the name: a surname (Jorge Coronel, Алексей Учитель, Леонід Пасічник), where a
    title would come before the name, in small letters inside a sentence."""
    return (
        _last_word_after_given_name(run, word, following)
        and is_title_word(word)
        and not is_institution_word(word)
    )


def _surname_after_particle(run: list[_Token], word: str) -> bool:
    """Return True for a capitalised surname after a particle inside a name, though the word
    alone would be a common noun (``Ruiz de la Fuente``, "source") or, after a kinship
    word, a title (``Ould Cheikh``, ``bin Emir``)."""
    if len(run) < 2 or not word[:1].isupper():
        return False
    previous = run[-1].word.casefold()
    if previous not in INNER_PARTICLES or previous == "i":
        return False
    if run[-1].word in FRENCH_SURNAME_ARTICLES and len(run) == 2 and is_given_name(run[0].word):
        # "Bruno Le Maire": after a given name and a capitalised "Le", a title is the surname
        return _particle_surname(word, True)
    return _particle_surname(word, previous in KINSHIP_PARTICLES)


@lru_cache(maxsize=WORD_CACHE)
def _particle_surname(word: str, kinship: bool) -> bool:
    """Return True for a word that is a surname after a particle (see above)."""
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 2 or all(ch.isupper() for ch in letters) or ELIDED.match(word):
        return False
    if word.endswith("-") or (
        len(fold(word)) >= MIN_POSSESSED and fold(word).endswith(TURKIC_POSSESSED)
    ):
        return False
    if is_institution_word(word) or country_code(word) is not None or _inflected_country(word):
        return False
    if fold(word) in ADJECTIVE_WORDS or fold(word) in PLACE_WORDS or fold(word) in COMPASS_WORDS:
        return False
    return kinship or not is_title_word(word)


def _noble_particle(text: str, run: list[_Token], token: _Token) -> bool:
    """Return True for ``zu`` between a given name and a capitalised surname."""
    if token.word not in NOBLE_PARTICLES or not run or run[-1].word.casefold() in PARTICLES:
        return False
    if len(run) == 1 and "-" not in run[0].word:
        return False  # "sagte Merz zu Europa": a surname then the preposition
    if (
        len(run) > 1
        and not is_given_name(run[-1].word)
        and run[-1].word.casefold() not in NOBLE_TITLES  # "Karl Fürst zu Schwarzenberg"
    ):
        return False  # "Thomas de Maizière zur Terrorgefahr": the full name, then its topic
    following = _token_after(text, token.end)
    return (
        following is not None
        and _is_name_word(following.group())
        and not following.group().endswith(PREPOSITION_OBJECT_ENDINGS)
    )


def _to_the_paper(text: str, run: list[_Token], token: _Token | None) -> bool:
    """Return True for "al"/"el" after a name and before a paper's or an agency's name: the
    Italian or Spanish "to the" (``racconta Senoner al Corriere``, ``Matteo Renzi al Sole``)."""
    if token is None or token.word not in ARABIC_ARTICLE_PARTICLES or not run:
        return False
    following = _token_after(text, token.end)
    name = following.group().casefold() if following is not None else ""
    return name in PAPER_HEADS or name in AGENCIES


# A word glued to a web domain names a news site (Report.az, Yenisabah.az-a, Lenta.ru,
# Politico.eu): what it published, or what was said to it, is a medium's.
WEB_SITE_TAIL = re.compile(
    r"\.(?:az|ru|am|ge|ua|by|kz|uz|md|ro|tr|pl|de|fr|it|es|pt|nl|eu|uk|com|net|org|info|news"
    r"|tv|fm|media|online)(?![^\W\d_])"  # lowercase: "Smith.It was" is a missing space
)


# "Sr." and "Jr." after a full name: a generation, no surname (and "Sr." no señor there).
GENERATION_SUFFIXES = frozenset({"Sr", "Jr"})
# Letters after a full name that say an office or an honour ("Priscilla Smith MP", "John
# Smith QC"): the name ends before them.
POST_NOMINALS = frozenset(str.split("MP MEP MSP MLA MS QC KC OBE CBE MBE"))
# A capitalised word after the letters, no other letters: they are a name's initials ("MS
# Dhoni", "KC Venugopal"), not after one ("Keir Starmer KC MP" goes on with more letters).
NAME_AFTER_LETTERS = re.compile(r"[ \u00a0]+(?![A-Z]{2,4}\b)[A-ZÀ-Þ]")


def _post_nominal(text: str, word: str, end: int) -> bool:
    """Return True for letters after a name that end it ("Jo Smith MP"), not a following
    name's initials ("MS Dhoni")."""
    return word in POST_NOMINALS and NAME_AFTER_LETTERS.match(text, end) is None


def find_names(text: str, bold: tuple[Span, ...] = ()) -> list[NameMention]:
    """Return the capitalised-word runs of ``text`` that may name a person, in order."""
    # "**Moeten de bevers weg?** „Nee.”": an interviewer's question in bold names nobody.
    bold = tuple(b for b in bold if not text[b.start : b.end].rstrip(" *:").endswith("?"))
    mentions: list[NameMention] = []
    run: list[_Token] = []
    tokens: list[_Token | None] = [*_tokens(text), None]
    for index, token in enumerate(tokens):
        word = token.word if token else ""
        if (
            token is not None
            and text[token.end : token.end + 1] == "."
            and WEB_SITE_TAIL.match(text, token.end)
        ):
            _close_run(text, run, bold, mentions)
            run = []  # "Yenisabah.az-a açıqlamasında": a news site, never a person's name
            continue
        if token is not None and len(run) > 1 and _post_nominal(text, word, token.end):
            _close_run(text, run, bold, mentions)
            run = []
            continue
        if token is not None and len(run) > 1 and word in GENERATION_SUFFIXES:
            if word == "Jr" and text[run[-1].end : token.start] == " ":
                run.append(token)  # "Donald Trump Jr.": the son, not the father
            _close_run(text, run, bold, mentions)
            run = []  # "Warren H. Stewart Sr.": the father is the one so named
            continue
        gap = text[run[-1].end : token.start] if token is not None and run else ""
        # "Daniel K. Whitfield": a middle initial and its dot stay inside the name.
        initial = gap == ". " and len(run) > 1 and _initial_letters(run[-1].word)
        initial = initial and (len(run) == 2 or run[-1].word not in ROMAN_NUMERALS)
        # "Interview de M. Edouard Philippe": after a particle the dotted letter is "Monsieur"
        # ...not "José de J. Martínez", "Jan van der B. Smit": a given name before the particle
        initial = initial and not (
            run[-2].word.islower() and not any(is_given_name(t.word) for t in run[:-2])
        )
        adjacent = token is not None and bool(run) and (gap == " " or initial)
        if adjacent and token is not None and _middle_initial(text, run, token, tokens[index + 1]):
            run.append(token)
            continue
        elided = (
            token is not None and bool(run) and text[run[-1].end : token.start] in ELIDED_PARTICLES
        )
        in_bold = bool(bold) and token is not None and _inside_bold(token.span, bold)
        if (
            (adjacent or ((elided or _wrapped(text, run, token)) and _is_name_word(word)))
            and not PLACE_CASE.search(word)
            and not _case_closed(run, word)
            # "Novruz Məmmədov Ermənistanın baş naziri": a country's genitive after a full name
            and not (len(run) >= 2 and _country_genitive(word))
            # "Trattativa Italia-Ue": two countries, after no given name (Salvador-Portugal)
            and not (_countries_pair(word) and not is_given_name(run[-1].word))
            # "Nikol Paşinyanın Dağlıq Qarabağ": a full name in the genitive ends there
            and not (len(run) >= 2 and turkish_genitive(run[-1].word))
            and not (run and word and _script(run[-1].word) != _script(word))  # Gold Джеймс
            and (
                _is_name_word(word)
                or (
                    _joins_as_particle(run, word, in_bold)
                    # "Minister Heinen van Financiën": the portfolio, no surname's particle
                    and not _portfolio_after(word, tokens[index + 1])
                    and not _turkic_also(text, run, word)
                    and not _to_the_paper(text, run, token)
                )
                or (token is not None and _noble_particle(text, run, token))
                or _surname_after_particle(run, word)
                or _listed_word_as_surname(run, word, tokens[index + 1])
                or _title_as_surname(run, word, tokens[index + 1])
                or _surname_in_capitals(run, word)
                or (token is not None and _country_surname(text, run, token))
                or (token is not None and _institution_surname(text, run, token))
            )
        ):
            assert token is not None
            run.append(token)
            continue
        _close_run(text, run, bold, mentions)
        starts = token is not None and (
            _starts_name(word)
            or _given_name_not_pronoun(text, token, tokens[index + 1])
            or _given_name_of_a_body_word(text, token, tokens[index + 1])
            or _given_name_country(text, token, tokens[index + 1])
            or _spanish_particle_surname(text, token, tokens[index + 1 : index + 3])
            or _opens_after_title(text, tokens[index - 1 : index + 3] if index else [])
            or (index > 0 and _capitals_after_title(text, tokens[index - 1], token))
            or (token is not None and _opens_bold_name(text, token, bold))
        )
        if token is not None and _countries_pair(word):
            starts = False  # "Usa-Cina, è tregua"
        if starts and _preposition_before_name(word, tokens[index + 1], text):
            starts = False  # "De Agnaldo Meira a ...": "from", before a full name
        run = [token] if token is not None and starts else []
    if GEORGIAN_LETTERS.search(text):
        mentions = sorted([*mentions, *_georgian_names(text)], key=lambda m: m.span.start)
    mentions = _without_foreign_bodies(text, _without_opening_places(text, mentions))
    mentions = _without_acronym_expansions(text, mentions)
    mentions = [_without_settlement(text, m) for m in mentions]
    mentions = [
        m
        for m in mentions
        if not _time_phrase(m.text)
        and not _verb_alone(m)  # "Dijo que ...": a verb
        and not _member_noun(m)  # "de Open Vld'er", "een N-VA'er": a party's member
        and not _noun_after_l(text, m)
        and not _body_tail(text, m)
        and not _adjective_of_a_noun(text, m)
        and not _mixed_case_acronym(m)
        and not _dutch_portfolio(text, m)
        and not _place_after_locative(text, m)
    ]
    return [
        _with_given_title_word(text, _with_initials(text, _without_leading_noun(text, m)))
        for m in _without_apposed_complements(text, mentions)
    ]


def _dutch_portfolio(text: str, mention: NameMention) -> bool:
    """Return True for the portfolio after "van" ("Minister Heinen van Financiën", "van
    Buitenlandse Zaken") or its second part after "en" ("van Asiel en Migratie"): a
    ministry, never a person who could speak."""
    first = mention.text.split()[0].casefold()
    before = text[: mention.span.start].casefold()
    return first in DUTCH_PORTFOLIOS and before.endswith(("van ", " en "))


def _mixed_case_acronym(mention: NameMention) -> bool:
    """Return True for one word that ends on a capital after a small letter (``PiS``,
    ``KfW``): a body's acronym; a name's inner capital is never its last letter (McCain)."""
    word = mention.text
    return (
        mention.single and len(word) > 2 and word[-1].isupper() and any(c.islower() for c in word)
    )


MIN_LEADING_NOUN_RUN = 3  # the acronym, a given name and a surname
MAX_MIXED_ACRONYM = 5  # "szef PiS Jarosław Kaczyński", "PdL": a party's acronym, small inside
# Acronyms of Italian trade unions and parties as the press writes them, in title case ("il
# leader Cgil Maurizio Landini", "il deputato Pd Stefano Fassina"): the body, not a given name.
TITLE_CASE_ACRONYMS = frozenset(
    str.split("cgil cisl uil ugl fiom fim uilm flai fillea filt pd pdl fdi udc idv ncd psi prc")
)


def _without_leading_noun(text: str, mention: NameMention) -> NameMention:
    """Return ``mention`` without an acronym opening it before a given name and a surname
    (``la déléguée CGT Nadège Colin-Ferry``): the body the title belongs to. (A first word
    merely unknown as a given name stays: Sidi Mohamed Ould Cheikh, Ghjuvan Petru Santucci.)"""
    words = mention.text.split(" ")
    if len(words) < MIN_LEADING_NOUN_RUN or mention.bold:
        return mention
    first = words[0]
    # in capitals (CGT), or short, capitals at both ends and a small letter between (PiS;
    # not an initial: "J Edgar Hoover")
    acronym = (
        first.isalpha()
        and len(first) > 1
        and (
            first.isupper()
            or (len(first) <= MAX_MIXED_ACRONYM and first[0].isupper() and first[-1].isupper())
        )
    )
    drop = 1 if acronym or first.casefold() in TITLE_CASE_ACRONYMS else 0
    drop = drop or _genitive_place_words(text, mention.span.start, words)
    if is_armenian(first) and first.casefold().endswith(ARMENIAN_TRADE_ENDINGS):
        drop = 1  # "Խաղողագործ Սամսոն Ասլանյանը": the vine-grower opens the sentence
    if (
        (first.casefold() in trade_words() or _compound_trade(first))
        and not is_listed_given_name(first)
        and (
            is_given_name(words[1])
            or (len(words) == MIN_LEADING_NOUN_RUN and words[1][:1].isupper())
        )
    ):
        drop = 1  # "Fisherman Oddvar Nergård", "Слесарь Виктор Ганусевич": a trade opens it
    drop = drop or _medium_tail(text, mention.span.start, words)
    if not drop:
        return mention
    start = mention.span.start + sum(len(word) + 1 for word in words[:drop])
    return NameMention(text[start : mention.span.end], Span(start, mention.span.end), False)


MEDIUM_REACH = 40  # the words of a listed medium's name before a person's ("France")


def _medium_tail(text: str, start: int, words: list[str]) -> int:
    """Return how many of ``words`` end a listed medium's name begun before them (``assure
    sur France Inter Jean-Noël Barrot``: "Inter"), leaving a given name and a surname."""
    window = max(0, start - MEDIUM_REACH)
    for medium_start, medium_end, _ in media_in(text[window : start + len(words[0]) + 1]):
        if window + medium_start < start < window + medium_end:
            tail = len(text[start : window + medium_end].split())
            return tail if len(words) - tail >= 2 else 0
        if (
            not text[window + medium_end : start].strip()
            and len(words) >= MIN_LEADING_NOUN_RUN
            and (
                words[0] in EDITION_WORDS
                # a country's name before a given name ("RT France Jean Dupont"), not a
                # given name that is one too ("la BBC Israel Vázquez Jiménez")
                or (
                    country_code(words[0]) is not None
                    and not is_given_name(words[0])
                    and is_given_name(words[1])
                )
            )
        ):
            return 1  # "a déclaré à Sputnik Afrique Yacine Fall": the medium's edition
    return 0


# Words naming a medium's regional or language edition after its name ("Sputnik Afrique",
# "BBC Mundo", "DW Türkçe"); a country's name does too ("RT France").
EDITION_WORDS = frozenset(
    str.split("Afrique Africa International Mundo Monde Europe Arabic Türkçe Español Brasil")
)


MIN_COMPOUND_TRADE_HEAD = 7  # "redakteur", "kommentator": no short word ends a compound


def _compound_trade(word: str) -> bool:
    """Return True for a German compound ending in a trade noun ("Chefredakteur",
    "Chefkommentatorin"): a longer head than the tables list."""
    key = word.casefold()
    trades = trade_words()
    return any(key[i:] in trades for i in range(2, len(key) - MIN_COMPOUND_TRADE_HEAD + 1))


@cache
def trade_words() -> frozenset[str]:
    """Return the nouns of a trade or an everyday role of every language (data/trade_words.json:
    Fisherman, Слесарь, Fermer, Misgər), lowercase; loaded once per process."""
    path = Path(__file__).with_name("data") / "trade_words.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(word.casefold() for words in data["words"].values() for word in words)


# Endings of Armenian nouns of a trade (-գործ maker, -ագետ -ologist, -որդ, -իչ, -ուհի):
# never a given name's.
ARMENIAN_TRADE_ENDINGS = ("գործ", "ագետ", "որդ", "իչ", "ուհի", "աբան")


# Polish adjectives in the genitive that open a town's name after a title ("burmistrz Nowej
# Rudy", "prezydent Nowego Sącza").
GENITIVE_PLACE_ADJECTIVES = ("ej", "ego")


def _genitive_place_words(text: str, start: int, words: list[str]) -> int:
    """Return how many words open the run as the rest of a town's name in the genitive
    before a given name and a surname: ``burmistrz Nowej Rudy Tomasz Kuraś`` (the adjective
    before the run) drops one, ``prezydent Nowego Sącza Jan Nowak`` drops two."""
    before = _word_before(text, start)
    if before[:1].isupper() and before.casefold().endswith(GENITIVE_PLACE_ADJECTIVES):
        # the town's noun in the genitive (Rudy, Góry), not "Biblioteki Publicznej Anna Maria"
        genitive = words[0].endswith(("y", "i"))
        return 1 if genitive and is_given_name(words[1]) else 0
    if (
        len(words) > MIN_LEADING_NOUN_RUN
        and words[0].casefold().endswith(GENITIVE_PLACE_ADJECTIVES)
        and not is_given_name(words[0])
        and is_given_name(words[2])
    ):
        return 2
    return 0


# Pronouns that are given names elsewhere: Polish and Czech "ona" (she), Lithuanian Ona.
PRONOUN_GIVEN_NAMES = frozenset({"Ona"})


def _given_name_not_pronoun(text: str, token: _Token, following: _Token | None) -> bool:
    """Return True for "Ona" inside a sentence before a capitalised word (``Wójt gminy Plungė
    Ona Šeštokienė``): capitalised there, the pronoun "she" could not be; opening a sentence
    (``Ona Tuskowi nie ufa``) it is the pronoun."""
    return (
        token.word in PRONOUN_GIVEN_NAMES
        and following is not None
        and text[token.end : following.start] == " "
        and following.word[:1].isupper()
        and not _sentence_opens_at(text, token.start)
    )


# Given names that are also a body's word ("la Marine nationale", "die Marine", "US Marine
# Corps"): they open a name before a surname or "Le", with no article or capitalised word
# before them (Marine Le Pen, Marine Tondelier).
BODY_WORD_GIVEN_NAMES = frozenset({"Marine"})
FRENCH_SURNAME_ARTICLES = frozenset({"Le", "La"})  # capitalised inside a name: Le Pen
MARINE_BODY_TAILS = frozenset(
    str.split("Corps Nationale Commandos Commando One Harvest Conservation Royale Scotland")
)


def _body_word_not_given_name(word: str) -> bool:
    """Return True for a body's word that is no given name as written ("Ministerio", not
    "Marine"): a body's name joined by "et"/"and" ends or goes on there."""
    return is_institution_word(word) and word not in BODY_WORD_GIVEN_NAMES


def _given_name_of_a_body_word(text: str, token: _Token, following: _Token | None) -> bool:
    """Return True for "Marine" opening a name: a surname or "Le" right after it, and no
    article nor capitalised word right before it (not "la Marine", "Royal Marine")."""
    if token.word not in BODY_WORD_GIVEN_NAMES or following is None:
        return False
    if text[token.end : following.start] != " ":
        return False
    if following.word not in FRENCH_SURNAME_ARTICLES and not (
        _is_name_word(following.word) and following.word not in MARINE_BODY_TAILS
    ):
        return False
    before = _word_before(text, token.start)
    # "Selon Marine Le Pen", "et Marine Tondelier"; not "la Marine", "Cotentin Marine Lines"
    return before.casefold() not in ARTICLE_WORDS and not _is_name_word(before)


# Titles that are also given names (Senegal's "Pape", Pape Alioune Gaye): capitalised, with
# no article before them and a full name after, they open the name.
TITLE_GIVEN_NAMES = frozenset({"Pape"})
POPE_ARTICLES = frozenset(str.split("du au del della dello il lo"))


def _with_given_title_word(text: str, mention: NameMention) -> NameMention:
    """Return ``mention`` with a title word that is a given name right before it (``Pape
    Alioune Gaye``; not ``le Pape François``)."""
    start = mention.span.start
    word = _word_before(text, start)
    if word not in TITLE_GIVEN_NAMES or mention.single:
        return mention
    opening = start - len(word) - 1
    if text[opening : start - 1] != word or _word_before(text, opening).casefold() in (
        ARTICLE_WORDS | POPE_ARTICLES
    ):
        return mention  # "le Pape François", "du Pape Jean Paul II": the pope
    span = Span(opening, mention.span.end)
    return NameMention(text[span.start : span.end], span, mention.bold)


ELIDED_DEFINITE = frozenset({"l'", "l’", "L'", "L’"})


def _noun_after_l(text: str, mention: NameMention) -> bool:
    """Return True for one capitalised word after an elided definite article ("de l'Eau",
    "dell'Ente"): a noun of a body's name or a place, never a person's (D'Alema keeps its
    d')."""
    start = mention.span.start
    return " " not in mention.text and text[max(0, start - 2) : start] in ELIDED_DEFINITE


MAX_BODY_HEAD_REACH = 6  # words back from a conjunction to the body's noun


# Endings of Ukrainian and Russian adjectives in an oblique case (Чернівецької, Заставнівської,
# Моршанского): before a lowercase noun they open a body's or a place's name. Not -ской, the
# nominative of surnames too ("— сказал Трубецкой журналистам").
SLAVIC_OBLIQUE_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?:ої|ого|ому|ій|им|их|ом)$")


def _adjective_of_a_noun(text: str, mention: NameMention) -> bool:
    """Return True for one Cyrillic word in an adjective's oblique case right before a
    lowercase word (``секретар Заставнівської міської ради``): an adjective of the body's
    name, not a surname in a case ("за словами Ковальського, «...»" keeps its comma)."""
    if " " in mention.text or not SLAVIC_OBLIQUE_ADJECTIVE.search(mention.text):
        return False
    following = text[mention.span.end : mention.span.end + 2]
    return following[:1] == " " and following[1:].islower()


def _body_tail(text: str, mention: NameMention) -> bool:
    """Return True for a run after a conjunction that goes on a body's name: ``association
    Eau et Rivières de Bretagne``, ``Instituto das Florestas e Conservação da Natureza``
    (capitalised words and connectors back to the body's noun; the run holds a connector
    too); not a person named after another (``Marie Dupont et Paul Martin``), whose first
    word is a given name, nor after a body (``the Ministry of Commerce and Narendra Modi``)."""
    words = mention.text.split()
    if is_given_name(words[0]) or is_listed_given_name(words[0]):
        return False
    if not any(w in CONNECTOR_WORDS for w in words):
        return False  # "the Ministry of Commerce and Narendra Modi": a person after a body
    conjunction = _word_before(text, mention.span.start)
    if conjunction not in BODY_CONJUNCTIONS:
        return False
    head_end = mention.span.start - len(conjunction) - 1
    clause = re.split(r"[.,;:!?()«»“”„\"]", text[max(0, head_end - 80) : head_end])[-1]
    words = TOKEN.findall(clause)[-MAX_BODY_HEAD_REACH:]
    if not words or not words[-1][0].isupper() or is_given_name(words[-1]):
        return False
    for word in reversed(words):
        if is_institution_word(ELIDED.sub("", word)):
            return True  # "L’association", "Instituto"
        if not (word[0].isupper() or word in CONNECTOR_WORDS):
            return False
    return False


# German nouns of a part of a month, capitalised like a name: "bis Ende März".
MONTH_PARTS = frozenset({"ende", "anfang", "mitte", "beginn"})


def _time_phrase(name: str) -> bool:
    """Return True for a German time phrase ("bis Ende März", "Anfang Mai"); not a person
    whose surname is a month's name in some language (Zafer Ocak, Theresa May)."""
    words = name.split()
    return (
        len(words) == 2
        and words[0].casefold() in MONTH_PARTS
        and (country_key(words[1]) in MONTH_NUMBER or words[1].casefold() in TIME_SPANS)
    )


# "bis Ende Woche", "Anfang Jahr" (Swiss usage, without the article): a time, no person.
TIME_SPANS = frozenset({"woche", "jahr", "monat", "saison", "sommer", "winter"})


# Prepositions of place that open a sentence before the place's name ("A Ouled Saïd, X
# entretient", "W Połądze, X mówi", "В Кунгуре, Y ..."), as capitalised as a name.
HEAD_REACH = 8  # enough to see the sentence end before the preposition
OPENING_LOCATIVES = frozenset(str.split("a à en in dans w we в во у u im na em no nel nella"))


# Nouns of a settlement whose name follows in the nominative ("із села Мужієво", "из посёлка
# Тикси", "ze wsi Dąbrowa"): the place's one word opens no person's name after it.
SETTLEMENT_NOUNS = frozenset(
    str.split(
        "село села селі селища селище міста місто смт хутора хутір станиці "
        "город города деревни деревня посёлка поселка посёлок поселок аула аул станицы "
        "wsi wieś miasta miasto osady gminy"
    )
)
MIN_SETTLED_RUN = 3  # the place, a given name and a surname


def _without_settlement(text: str, mention: NameMention) -> NameMention:
    """Return ``mention`` without its first word when a settlement noun stands right before
    it and a full name follows (``Винороб із села Мужієво Карой Фейєр`` -> Карой Фейєр)."""
    words = mention.text.split(" ")
    if len(words) < MIN_SETTLED_RUN or mention.bold or is_given_name(words[0]):
        return mention  # "жительница села Ольга Витальевна Дерябина": no place named
    if fold(words[1]).endswith(PATRONYMIC_ENDINGS):
        return mention  # "глава города Ильдар Рашитович Халиков": a given name, a patronymic
    if _adjacent_word(text, mention.span.start).casefold() not in SETTLEMENT_NOUNS:
        return mention
    start = mention.span.start + len(words[0]) + 1
    return NameMention(text[start : mention.span.end], Span(start, mention.span.end), False)


def _without_opening_places(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Drop a run after a sentence-opening preposition of place and before a comma and a
    full name (``A Ouled Saïd, Mbarek Hamadi entretient``): the place, then the person."""
    kept = []
    for mention, following in zip(mentions, [*mentions[1:], None], strict=False):
        before = text[max(0, mention.span.start - 6) : mention.span.start].split(" ")
        opener = before[-2] if len(before) >= 2 and before[-1] == "" else ""
        cut = mention.span.start - len(opener) - 1
        head = text[max(0, cut - HEAD_REACH) : cut].rstrip(" ")  # bounded: linear in the text
        if (
            following is not None
            and not following.single
            and not is_given_name(mention.text.split()[0])  # "A Jean Dupont, Marie Martin"
            and opener.casefold() in OPENING_LOCATIVES
            and (not head or head[-1] in ".!?\n")
            and text[mention.span.end : following.span.start] == ", "
        ):
            continue
        kept.append(mention)
    return kept


# Prepositions fused with an article, or followed by one, before a place's name: "na
# Cidadela de Cascais", "nel Palazzo di Giustizia", "en la Plaza de Mayo".
LOCATIVE_ARTICLES = frozenset(str.split("na no nas nos nel nella nello nei negli nelle im au aux"))
LOCATIVE_PAIRS = frozenset({"en la", "en el", "dans la", "dans le", "in der", "in the"})
NAME_LINKS = frozenset(str.split("de da do di del della des du"))


def _place_after_locative(text: str, mention: NameMention) -> bool:
    """Return True for a run of a capitalised word, a linking particle and more ("Cidadela
    de Cascais", "Plaza de Mayo") right after a locative preposition and its article, its
    first word no given name: a place, where something happened, no person."""
    words = mention.text.split()
    if len(words) < MIN_LINKED_PLACE or mention.bold or words[1] not in NAME_LINKS:
        return False
    if is_given_name(words[0]) or is_title_word(words[0]):
        return False
    before = WORD_BEFORE_PAIR.search(text, max(0, mention.span.start - 12), mention.span.start)
    if before is None:
        return False
    return before[2].casefold() in LOCATIVE_ARTICLES or (
        before[1] is not None and f"{before[1]} {before[2]}".casefold() in LOCATIVE_PAIRS
    )


MIN_LINKED_PLACE = 3
WORD_BEFORE_PAIR = re.compile(r"(?:(\w+) )?(\w+) $")


def _adjacent_word(text: str, start: int) -> str:
    """Return the word that ends one space before ``start``, else "": stricter than
    ``_word_before``, which also reads past a comma ("компании, Karwendel")."""
    before = TOKEN.findall(text[max(0, start - 40) : start])
    return before[-1] if before and text.endswith(before[-1] + " ", 0, start) else ""


def _body_noun_before(text: str, start: int) -> bool:
    """Return True when the word right before ``start`` names a body (``компании``)."""
    word = _adjacent_word(text, start)
    return bool(word) and is_institution_word(word)


def _without_foreign_bodies(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Drop a Latin-script run right before a Cyrillic name (``компании Karwendel
    Seilbahnbau Маркус Хубер``): a foreign company's or body's name before its head's."""
    return [
        mention
        for mention, following in zip(mentions, [*mentions[1:], None], strict=False)
        if following is None
        or following.single
        or text[mention.span.end : following.span.start] != " "
        or not (
            _body_noun_before(text, mention.span.start)
            # "глава Karwendel Seilbahnbau Маркус Хубер": a title, the body, then its head
            # named in full (not "Журналист Tucker Carlson Владимиру Путину": whom he asked)
            or (
                _title_right_before(text, mention.span.start)
                and not any(_in_a_case(word) for word in following.text.split())
            )
        )
        or _script(mention.text)
        or not _script(following.text)
        or not mention.text[:1].isascii()
    ]


# An acronym in capitals and its words spelled out in parentheses, either way round: "SLOSH
# (Save Laxfield's Only Shop)", "Mothers Against Drunk Driving (MADD)".
ACRONYM_THEN_WORDS = re.compile(r"\b([A-Z]{2,})[ \u00a0]+\(([^()\n]{3,80})\)")
WORDS_THEN_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’-]*[ \u00a0]+(?:(?:of|the|for|and|on)[ \u00a0]+)*)+)\(([A-Z]{2,})\)"
)
MIN_ACRONYM_INITIALS = 3


def _spells_out(words: str, acronym: str) -> bool:
    """Return True when the capitalised words' initials open ``acronym`` (three at least):
    the acronym's words, a group's or a body's name, never a person's."""
    initials = "".join(w[0] for w in TOKEN.findall(words) if w[0].isupper())
    return len(initials) >= MIN_ACRONYM_INITIALS and acronym.startswith(initials)


def _without_acronym_expansions(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Drop the runs that spell out an acronym beside them ("SLOSH (Save Laxfield's Only
    Shop)", "Mothers Against Drunk Driving (MADD)"): a campaign's or a body's name; not a
    person's name beside their initials ("Andrés Manuel López Obrador (AMLO)")."""
    if "(" not in text:
        return mentions
    spelled = [
        found.span(2)
        for found in ACRONYM_THEN_WORDS.finditer(text)
        if _spells_out(found[2], found[1])
    ]
    spelled += [
        found.span(1)
        for found in WORDS_THEN_ACRONYM.finditer(text)
        if _spells_out(found[1], found[2])
    ]
    bodies = [(start, end) for start, end in spelled if not _persons_initials(text, start, end)]
    return [
        m
        for m in mentions
        if not any(start <= m.span.start and m.span.end <= end for start, end in bodies)
    ]


# Capitalised function words of a group's name ("Mothers Against Drunk Driving", "Save Our
# Shops"), never of a person's.
GROUP_NAME_WORDS = frozenset(str.split("against for of the and save our"))


def _persons_initials(text: str, start: int, end: int) -> bool:
    """Return True for the words of ``text[start:end]`` spelling out an acronym as a person's
    name beside their initials ("Andrés Manuel López Obrador (AMLO)", "IBK (Ibrahim Boubacar
    Keïta)", "Khalifa Ababacar Sall (KAS)"): two to four words, no body's noun, possessive or
    function word of a group's name inside, and no body's noun right before them ("la
    coalition Yewwi Askan Wi")."""
    words = TOKEN.findall(text[start:end])
    before = TOKEN.findall(text[max(0, start - 40) : start])
    return (
        MIN_INITIALLED_WORDS <= len(words) <= MAX_INITIALLED_WORDS
        and not any(is_institution_word(w) or POSSESSIVE_END.search(w) for w in words)
        and not any(w.casefold() in GROUP_NAME_WORDS for w in words)
        and not (before and is_institution_word(before[-1]))
    )


MIN_INITIALLED_WORDS = 2
MAX_INITIALLED_WORDS = 4


# Turkish and Azerbaijani case endings written after an apostrophe: only a name's last word
# takes one, so a word with one closes its run (Bakuriani'yi | Uludağ'a: two places).
MIN_CASED_STEM = 3
TURKIC_VOWEL_LETTERS = frozenset("aeəıioöuü")
TURKIC_CASE_SUFFIX = re.compile(
    r"['’](?:y?[aeəıiuü]|[dt][aeə]n?|n?[ıiuü]n|y?l[aeə]|nd?[aeə]n?|[dt][aeə]k[iı]|n[ıiuü]n)$"
)


def _case_closed(run: list[_Token], following: str = "") -> bool:
    """Return True when the run's last word carries a Turkic case ending (``Bakuriani'yi``)
    or an English possessive (``Trump's``).
    A lone vowel after a vowel is none (Turkish writes Keali'yi): Ma'a Nonu, Keali'i Reichel."""
    if not run:
        return False
    if ENGLISH_POSSESSIVE.search(run[-1].word) and not _possessive_in_a_body(run, following):
        return True  # "Donald Trump's Mar-a-Lago", "Save Laxfield's Only Shop": the owner ends
    found = TURKIC_CASE_SUFFIX.search(run[-1].word)
    if found is None:
        return False
    stem, suffix = run[-1].word[: found.start()], found.group()[1:]
    return len(stem) >= MIN_CASED_STEM and not (
        len(suffix) == 1 and stem[-1:].casefold() in TURKIC_VOWEL_LETTERS
    )


POSSESSIVE_END = re.compile(r"['’]s\b")
ENGLISH_POSSESSIVE = re.compile(r"[^\W\d_]{2}['’]s$")
# Possessives that open a body's or a place's own name ("People's Daily", "King's College
# London", "Land's End"), and the heads of bodies a possessive opens ("Lloyd's Register",
# "Alzheimer's Society").
COMMON_POSSESSORS = frozenset(
    str.split("people's king's queen's women's men's children's land's hell's reader's prince's")
)
BODY_TAILS = frozenset(
    str.split(
        "register society college daily bank uk trust hospital university institute fund "
        "foundation group investors analytics aid party army republic"
    )
)


def _possessive_in_a_body(run: list[_Token], following: str) -> bool:
    """Return True when the possessive closing the run opens a body's name ("People's
    Daily", "Lloyd's Register", "King's College"): the run goes on."""
    owner = run[-1].word.casefold().replace("’", "'")
    head = following.casefold()
    return owner in COMMON_POSSESSORS or head in BODY_TAILS or is_institution_word(head)


def _title_right_before(text: str, start: int) -> bool:
    """Return True when the word right before ``start`` is a title."""
    before = _last_word_before(text, start)
    return bool(before) and is_title_word(before)


def _last_word_before(text: str, start: int) -> str:
    """Return the last word before ``start`` (within a few words' reach), else ""."""
    before = TOKEN.findall(text[max(0, start - 40) : start])
    return before[-1] if before else ""


def _without_apposed_complements(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Drop a run with no given name set off by a comma right before a full name that opens
    with one: ``Primarul orașului Curtea de Argeș, Dan Ilie Ghiță``, ``ministra da
    Integração e do Desenvolvimento Regional, Teresa Albuquerque Lins``: a place or a
    portfolio, then the person."""
    kept = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and not mention.bold
            and text[mention.span.end : following.span.start].strip() == ","
            and not following.single
            and (
                _opens_with_given_name_or_title(following.text)
                or _after_portfolio_conjunction(text, mention.span.start)
                or _body_noun_right_before(text, mention.span.start, following.span.end)
            )
            and not any(is_given_name(w) for w in mention.text.split())
            and not _title_right_before(text, mention.span.start)  # "minister Bogna Nowak,"
            and not POSSESSIVE_END.match(text, following.span.end)  # "Fico, Peter X's ally"
            and _title_phrase_before(text, mention.span.start, capitals=True)
        ):
            continue
        kept.append(mention)
    return kept


def _body_noun_right_before(text: str, start: int, apposed_end: int) -> bool:
    """Return True when a capitalised body's noun comes right before ``start``: the run
    goes on the body's name (``del Consejo Regulador del Mezcal, Efraín Sosa, rechazó``), and
    the full name after it closes its apposition with a comma (no list of names: ``the
    Central Bank Olayemi Cardoso, Wale Edun and ...``)."""
    word = _adjacent_word(text, start)
    return (
        _apposition_closes(text, apposed_end) and word[:1].isupper() and is_institution_word(word)
    )


APPOSITION_END = re.compile(r",\s+([^\W\d_]+)")


def _apposition_closes(text: str, end: int) -> bool:
    """Return True when a comma and a lowercase word follow ``end`` (``, rechazó``)."""
    found = APPOSITION_END.match(text, end)
    return found is not None and found[1].islower()


def _after_portfolio_conjunction(text: str, start: int) -> bool:
    """Return True when a conjunction inside a title's portfolio comes right before
    ``start`` (``La ministra de Ambiente y Desarrollo Sostenible, Luz Marina ...``)."""
    conjunction = _portfolio_conjunction(text, start)
    if conjunction is None:
        return False
    # The portfolio's first noun after its connector: "de Ambiente y", not "met Sergei
    # Lavrov and" (a person before the conjunction).
    before = TOKEN.findall(text[max(0, conjunction - 60) : conjunction])
    return len(before) >= 2 and before[-2].casefold() in PORTFOLIO_CONNECTORS


def _opens_with_given_name_or_title(name: str) -> bool:
    """Return True for a full name opening with a given name, or with a title before two
    words (``Dr Onalenna Seretse-Molefi``)."""
    words = name.split()
    if is_given_name(words[0]):
        return True
    return is_title_word(words[0]) and len(words) >= MIN_CUT_RUN and words[1][:1].isupper()


# Two or three initials before a surname (``M. K. Selvaraj``, ``J. R. Perera``); one alone is
# ambiguous with a title abbreviation (``M. Dupont``: Monsieur).
# "J. R. R. Tolkien", "A.K. Anthony", "A K Anthony" (Indian papers drop the dots); not "the
# U.K. Johnson"
INITIALS_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:[A-Z]\. ){2,3}|(?!(?:U\.[SKN]|E\.U)\.)(?:[A-Z]\.){2,3} |(?:[A-Z] ){2,3})$"
)
INITIALS_REACH = 10  # three initials and their spaces
SPACED_INITIALS = re.compile(r"(?:[A-Z]\. ){2,3}")


# One to three Cyrillic initials before a surname ("Н. Харитонов", "В. В. Путин"): no
# courtesy title is abbreviated so in Cyrillic, and a capital's dot is no sentence's end.
CYRILLIC_INITIALS = re.compile(r"(?<![\w.])(?:[А-ЯЁЄІЇҐ]\.[ \u00a0]?){1,3}(?<=[ \u00a0])$")


# A speaker's role of one to three words after their name and a hyphen, then the colon
# that announces their words (``İmran Əhmədov - Sakin: "...``): a credit, not a source.
ROLE_THEN_COLON = re.compile(r"(?:[^\W\d_][\w-]*[ \u00a0]*){1,3}:(?=\s*(?:$|[«“„\"]))")


# One initial glued to a surname (``А.Жуков (вице-премьер РФ):``, a quote digest's speaker
# line): no title abbreviation is typed without its space, and a sentence's end has one.
GLUED_INITIAL = re.compile(r"(?<![\w.])[^\W\d_]\.$")
# ... and that initial at the head of a name's first word, as the registry reads it.
GLUED_INITIAL_WORD = re.compile(r"^[^\W\d_]\.(?=[^\W\d_]{2})")


def _with_initials(text: str, mention: NameMention) -> NameMention:
    """Return ``mention`` with the initials written before it, when there are two or more,
    or one glued to it."""
    start = mention.span.start
    if mention.single and GLUED_INITIAL.search(text, max(0, start - 2), start):
        text_with = text[start - 2 : mention.span.end]
        # not after a capitalised word: "Group B.Johnson said" lost a space after "B."
        if text_with[0].isupper() and not _word_before(text, start - 2)[:1].isupper():
            return NameMention(text_with, Span(start - 2, mention.span.end), mention.bold)
    found = INITIALS_BEFORE.search(text, max(0, start - INITIALS_REACH), start)
    if found is None:
        found = CYRILLIC_INITIALS.search(text, max(0, start - INITIALS_REACH), start)
        if found is None:
            return mention
        span = Span(found.start(), mention.span.end)
        return NameMention(text[span.start : span.end], span, mention.bold)
    if not SPACED_INITIALS.fullmatch(found[0]) and _initials_of_a_body(text, found, mention):
        return mention
    span = Span(found.start(), mention.span.end)
    return NameMention(text[span.start : span.end], span, mention.bold)


# Glued initials of clubs, companies' legal forms and places, before their name: "F.C.
# Porto", "A.C. Milan", "S.S. Lazio", "Telefónica S.A.", "Washington D.C.".
BODY_INITIALS = frozenset(
    str.split("F.C. A.C. A.S. S.S. U.C. S.A. D.C. S.C. C.F. F.K. S.K. R.C. S.p.A. N.V. B.V.")
)


def _initials_of_a_body(text: str, found: re.Match[str], mention: NameMention) -> bool:
    """Return True when initials written without spaces between them (or bare capitals)
    belong to a body or a place, not to the person after them: a known legal or club form,
    a capitalised word other than a title right before them (``Telefónica S.A. José``,
    ``Washington D.C.``), or a capitalised word or a title right after the name (``S.S.
    Beyşehir Su Ürünleri Kooperatifi``, ``F.C. Porto coach``)."""
    if found[0].strip() in BODY_INITIALS:
        return True
    before = _word_before(text, found.start())
    after = text[mention.span.end :].split(maxsplit=1)
    following = after[0] if after else ""
    return (
        (before[:1].isupper() and not is_title_word(before))  # not "Defence Minister A.K."
        or following[:1].isupper()
        or is_title_word(following.strip(",.;:"))
    )


def _article_demonym(text: str, token: _Token) -> bool:
    """Return True for a nationality noun after an article (``l'Irlandais``, ``le Belge``,
    ``the Belgian``): a nationality before a name never belongs to the name."""
    elided = text[max(0, token.start - 2) : token.start] in ("l'", "l’", "L'", "L’")
    after_article = elided or _word_before(text, token.start).casefold() in ARTICLE_WORDS
    return after_article and is_demonym(token.word)


def _turkic_also(text: str, run: list[_Token], word: str) -> bool:
    """Return True for Turkish/Azerbaijani "da"/"de" ("also") after a full name
    (``Aigerim Nurlanqızı Saparova da Aktau ...``): no particle; after a single given name
    it still is one (``Marie-Hélène de Saint-Aubin``)."""
    if word.casefold() not in TURKIC_ALSO or len(run) < 2:
        return False
    around = text[max(0, run[0].start - AZ_WINDOW) : run[-1].end + AZ_WINDOW]
    return any(ch in TURKIC_LETTERS for ch in around)


def _bold_title(text: str, span: Span, bold: tuple[Span, ...]) -> bool:
    """Return True when the bold span holding ``span`` opens with an article (a title)."""
    holder = _bold_holding(span, bold)
    if holder is None:
        return False
    first = TOKEN.match(text, holder.start)
    return (
        first is not None
        and first.start() == holder.start
        and (first[0].casefold() in ARTICLE_WORDS or first[0].casefold() in GERMAN_ARTICLES)
    )


def _opens_bold_name(text: str, token: _Token, bold: tuple[Span, ...]) -> bool:
    """Return True for a capitalised word opening a bold span of two or three capitalised
    words: ``**Ante Šimundža**`` is a name though "ante" is a Spanish preposition."""
    if not token.word[:1].isupper() or token.word.casefold() in ARTICLE_WORDS:
        return False  # "**Le Calame**": a newspaper
    span = next((b for b in bold if b.start == token.start), None)
    if span is None:
        return False
    words = text[span.start : span.end].split()
    return 2 <= len(words) <= MAX_BOLD_NAME_WORDS and all(w[:1].isupper() for w in words)


def _initial_letters(word: str) -> bool:
    """Return True for a capital letter, or a capital and "h" standing for one letter of
    another alphabet (``Th.`` for Θ in ``Stavros Th. Papageorgiou``, ``Kh.``, ``Sh.``)."""
    return (len(word) == 1 and word.isupper()) or word in DIGRAPH_INITIALS


# Two Latin letters for one letter of another alphabet (Θ, Χ, Ш, Х, Φ, Ж); not "Oh" (Sandra Oh).
DIGRAPH_INITIALS = frozenset(str.split("Th Ch Sh Kh Ph Zh"))


def _middle_initial(text: str, run: list[_Token], token: _Token, following: _Token | None) -> bool:
    """Return True for a capital letter and its dot between a given name and a surname
    (``Jānis A. Ozoliņš``, ``Marek J. Wróblewski``, ``Айгуль Т. Осмонова``).

    "A" and "W" are words elsewhere (an article, a preposition), so the letter is taken on
    what follows it: a dot, one space and a name word. A Roman numeral is an initial only
    after a single given name (``Vasile V. Bolea``, not ``World War I. Historians``).
    """
    word = token.word
    if not _initial_letters(word) or following is None:
        return False
    if text[token.end : following.start] != ". " or not _is_name_word(following.word):
        return False
    return word not in ROMAN_NUMERALS or len(run) == 1


def _given_name_country(text: str, token: _Token, following: _Token | None) -> bool:
    """Return True for a word that opens a name only before another name word: a country's
    name that is a given name here (``Jordan Bardella``, ``Israel Katz``, ``Dominique de
    Villepin``) or a capitalised particle opening a surname (``Van der Meer``, ``De Wever``)."""
    key = token.word.casefold()
    opener = key in GIVEN_NAME_COUNTRIES or (token.word[0].isupper() and key in OPENING_PARTICLES)
    if not opener or following is None:
        return False
    if key in GIVEN_NAME_COUNTRIES and is_given_name(following.word):
        # "de Malte Roberta Metsola", "Malte Robert Abela": the country, then the person;
        # "de Dominique Pelicot" is his name
        return False
    if text[token.end : following.start] != " ":
        return False
    word = following.word
    if (
        key in OPENING_PARTICLES
        and word.endswith("e")
        and (is_demonym(word) or is_nationality(word))
    ):
        return False  # "De Noorse gouverneur": an article and an inflected nationality adjective
    if word in ARTICLE_PARTICLES or word in DUTCH_T:
        # "Van den Berg", "Von der Leyen", "Van 't Schip"
        return key in PARTICLES - ARTICLE_PARTICLES
    return _is_name_word(word) or word in PARTICLES


SENTENCE_OPENERS_BEFORE = ".!?…:;"
CLOSING_QUOTE_MARKS = '»”"'
MAX_PARTICLE_LETTERS = 6  # "de", "della": a longer word read so far is cut, no particle


def _preposition_before_name(word: str, token: _Token | None, text: str) -> bool:
    """Return True for a capitalised particle (De, Da, Di) right before a given name and a
    capitalised word: a preposition opening the sentence, where a surname's particle comes
    before the surname ("De Wever", "Di Maio"), not before a given name."""
    if word.casefold() not in OPENING_PARTICLES or not word[:1].isupper() or token is None:
        return False
    before = token.start - len(word) - 2  # the character before the particle and its space
    while before >= 0 and text[before].isspace():
        before -= 1  # read back over the spaces only: no copy of the text per particle
    if before > 0 and text[before] in CLOSING_QUOTE_MARKS:
        before -= 1  # "« ... . » De Marie-Pierre de la Gontrie": the sentence ended inside
        while before >= 0 and text[before].isspace():
            before -= 1
    if before >= 0 and text[before] not in SENTENCE_OPENERS_BEFORE:
        return False  # "il consigliere De Luca Vincenzo": a surname's particle after all
    following = text[token.end : token.end + 2]
    if following[:1] != " " or not is_given_name(token.word):
        return False
    # a capitalised surname next, or a lowercase particle opening it ("De Marie-Pierre de
    # la Gontrie, porte-parole")
    return following[1:].isupper() or (
        text[token.end + 1 : token.end + 1 + MAX_PARTICLE_LETTERS].split(" ", 1)[0] in PARTICLES
    )


# A surname set in capitals, as French diplomatic reviews write them ("Maharram ALIEV", "M.
# ALIEV", "le Président POUTINE"): three letters at least after a given name, where an
# acronym alone ("l'OTAN", "UE") stays none; five right after a title, where a body's
# acronym is short ("szef MON", "голова ОВА").
MIN_CAPITALS_SURNAME = 3
MIN_CAPITALS_AFTER_TITLE = 5
LATIN_END = "\u0250"  # past the Latin letters with their accents (Ş, Ğ, Ə)


def _capitals_surname_word(word: str, least: int = MIN_CAPITALS_SURNAME) -> bool:
    """Return True for a word in capitals that may be a surname: letters (and hyphens) only,
    no listed body, title or agency. Latin letters only: a Cyrillic word in capitals after a
    name or title is a body (``ОВА``, ``МЧС``), Russian and Ukrainian papers setting no
    surname so."""
    if not word.isupper():
        return False  # most words: the cheapest test first, as this runs for every word
    letters = word.replace("-", "")
    return (
        len(letters) >= least
        and letters.isalpha()
        and all(ch < LATIN_END for ch in letters)
        and not word.startswith("-")
        and not word.endswith("-")
        and not is_institution_word(word)
        and not is_title_word(word)
        and word.casefold() not in NOT_NAME_WORDS
        and word.casefold() not in HYPHENED_AGENCIES
        and country_code(word) is None
    )


def _surname_in_capitals(run: list[_Token], word: str) -> bool:
    """Return True for a surname in capitals right after one given name or honorific written
    in small letters (``Maharram ALIEV``, ``M. ALIEV``); not after a full name (``Henning
    Wittstock WELT``: the paper he spoke to); a word no given name may stand before the
    given name (``Соціаліст Іван БОНДАРЧУК``)."""
    if len(run) == 2 and is_given_name(run[1].word) and not is_given_name(run[0].word):
        run = run[1:]
    if len(run) != 1:
        return False
    last = run[0].word
    if not _capitals_surname_word(word):
        return _cyrillic_capitals_after_given_name(last, word)
    return name_key(last) in TITLE_ABBREVIATIONS or (
        any(ch.islower() for ch in last) and _is_name_word(last)
    )


def _cyrillic_capitals_after_given_name(given: str, word: str) -> bool:
    """Return True for a Cyrillic surname in capitals right after a listed given name
    (``Тарас ЧОРНОВІЛ``, as Ukrainian press digests print them): long enough to be no body's
    acronym (``МЧС``, ``НАБУ``), and no listed body or title."""
    letters = word.replace("-", "")
    return (
        word.isupper()
        and len(letters) >= MIN_CYRILLIC_CAPITALS_SURNAME
        and CYRILLIC_WORD.fullmatch(letters) is not None
        # a given name the table does not know (Kazakh "Сакен МАЙГАЗИЕВ"): a surname's ending
        and (
            is_given_name(given)
            or (
                letters.endswith(CAPITALS_SURNAME_ENDINGS)
                and not is_institution_word(given)
                and not is_title_word(given)
                and country_code(word.capitalize()) is None
                and country_code(word) is None
            )
        )
        and not is_institution_word(word)
        and not is_title_word(word)
    )


MIN_CYRILLIC_CAPITALS_SURNAME = 5  # acronyms of bodies are shorter (СБУ, МВС, НАБУ, ОБСЄ)
# Endings of Russian and Ukrainian surnames; not -ІВ, a Ukrainian plural's genitive or a
# city ("Місто ЛЬВІВ").
CAPITALS_SURNAME_ENDINGS = tuple(
    str.split(
        "ОВ ЕВ ЁВ ИН ЫН ОВА ЕВА ЁВА ИНА ЫНА ЕНКО УК ЮК СКИЙ СКАЯ ЦКИЙ ЦКАЯ СЬКИЙ СЬКА ЯН ОВИЧ ЕВИЧ"
    )
)
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


def _capitals_after_title(text: str, title: _Token | None, token: _Token) -> bool:
    """Return True for a surname in capitals right after a title (``le Président ALIEV``,
    ``le ministre MAMMADYAROV``) or an honorific (``M. ALIEV``, ``Mme ZAKHAROVA``)."""
    if title is None or not token.word.isupper():
        return False  # most words: the cheapest test first, as this runs for every word
    gap = text[title.end : token.start]
    if gap not in (" ", ". "):
        return False
    if name_key(title.word) in TITLE_ABBREVIATIONS:
        return _capitals_surname_word(token.word)
    return (
        gap == " "
        and is_title_word(title.word)
        and _capitals_surname_word(token.word, MIN_CAPITALS_AFTER_TITLE)
    )


def _opens_after_title(text: str, window: list[_Token | None]) -> bool:
    """Return True for a short capitalised function word that is a given name or surname
    right after a title and before two name words (``Prof. Le Minh Khoa``, ``Vorsitzende
    Elle Márjá Sara``, ``генерал Ли Сон Мин``), or a listed given name before the surname
    that ends the name (``Hafenmeister Ante Sladoljev.``): a title is followed by its
    person's name."""
    if len(window) < 3:
        return False
    title, token, given, last = (*window, None)[:4]
    if title is None or token is None or given is None:
        return False
    key = fold(token.word)
    if not token.word[:1].isupper() or len(key) > MAX_FUNCTION_NAME or is_title_word(token.word):
        return False
    if text[title.end : token.start] not in (" ", ". ") or not is_title_word(title.word):
        return False
    if text[token.end : given.start] != " ":
        return False
    if last is None or text[given.end : last.start] != " ":
        # "sagte Hafenmeister Ante Sladoljev.": a listed given name and the surname ending it
        return is_given_name(token.word) and _is_name_word(given.word)
    given_word = _is_name_word(given.word) or given.word.casefold() in PARTICLES  # Le Van Thanh
    # "Bürgermeister Ante Kralj": a given name ("ante", Spanish "before") and a surname
    return given_word and (_is_name_word(last.word) or is_given_name(token.word))


def _sentence_opens_at(text: str, start: int) -> bool:
    """Return True when only spaces stand between a sentence's or paragraph's end and
    ``start``."""
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in '.!?\n»“”"'


def _georgian_names(text: str) -> list[NameMention]:
    """Return the Georgian names of ``text``: up to two words right after a title or a cue.

    ``პრემიერ-მინისტრი ირაკლი კობახიძე``, ``– თქვა ზურაბიშვილმა``. One word counts only
    when punctuation ends it (the surname closing an attribution).
    """
    tokens = _tokens(text)
    out: list[NameMention] = []
    for index, token in enumerate(tokens):
        if not GEORGIAN_LETTERS.match(token.word):
            continue
        if token.word in GEORGIAN_AFTER_NAME:
            run = _georgian_run(text, tokens[max(0, index - MAX_GEORGIAN_NAME) : index][::-1])
            if len(run) == MAX_GEORGIAN_NAME:  # a full name only: one word may be a noun
                out.append(_mention(text, run[::-1]))
            elif run and _sentence_opens_at(text, run[0].start):
                # "ვარდანიანის თქმით, „...“": a surname in the genitive opening the sentence
                out.append(_mention(text, run[:1]))
            continue
        if token.word == GEORGIAN_INTERVIEW and index + 2 < len(tokens):
            # "ინტერვიუ ლინკოლნ მიტჩელთან:" (an interview with X): a full name, "-თან"
            run = _georgian_run(text, tokens[index + 1 : index + 3])
            if len(run) == MAX_GEORGIAN_NAME and run[-1].word.endswith("თან"):
                out.append(_mention(text, run))
                continue
        if index + 1 < len(tokens) and _georgian_full_name(text, token, tokens[index + 1]):
            # "თანაგუნდელი თეა წულუკიანი ქართულ ...": a listed given name and a surname
            out.append(_mention(text, [token, tokens[index + 1]]))
            continue
        title = is_title_word(token.word) and not _georgian_plural(token.word)
        if token.word == GEORGIAN_MAYOR and not _georgian_mayor(text, token):
            title = False  # "ხონის მერი ნანა X" is the mayor; "მერი" alone may be Mary
        if token.word in GEORGIAN_VERBS:
            # "ქვარაცხელიამ ასევე აღნიშნა": an adverb between the agent and the verb
            agent_end = index
            while agent_end > 0 and tokens[agent_end - 1].word in GEORGIAN_ADVERBS:
                agent_end -= 1
            before = tokens[max(0, agent_end - MAX_GEORGIAN_NAME) : agent_end]
            out += _georgian_agent(text, before, token.word)
        if not (title or token.word in GEORGIAN_VERBS):
            continue
        run = _georgian_run(text, tokens[index + 1 : index + 1 + MAX_GEORGIAN_NAME], token)
        if title and not run and text[token.end : token.end + 2] == ", ":
            # "კულტურის მინისტრი, თეა წულუკიანი": the holder in apposition, a full name only
            apposed = _georgian_run(text, tokens[index + 1 : index + 1 + MAX_GEORGIAN_NAME])
            full = (
                len(apposed) == MAX_GEORGIAN_NAME
                and is_given_name(apposed[0].word)
                and apposed[-1].word[-1] in GEORGIAN_NOMINATIVE_ENDS
                and not apposed[-1].word.endswith("ის")
            )
            run = apposed if full else []  # not "..., რომელმაც ვინაობის": who (did not say)
        if title and len(run) == MAX_GEORGIAN_NAME:
            run = _georgian_third_word(text, token, run, tokens[index + 1 + MAX_GEORGIAN_NAME :])
        if not title and len(run) == MAX_GEORGIAN_NAME and run[0].word.endswith(GEORGIAN_ERGATIVE):
            run = run[:1]  # "აღნიშნა ბოჭორიშვილმა ჟურნალისტებთან": the agent, then a place
        if not title and len(run) == MAX_GEORGIAN_NAME:
            run = _georgian_name_after_trade(text, run, tokens[index + 1 + MAX_GEORGIAN_NAME :])
        if not run or (title and _georgian_case_mismatch(token.word, run[-1].word)):
            continue
        tail = text[run[-1].end : run[-1].end + 1]
        oblique = not title and run[-1].word.endswith(GEORGIAN_OBLIQUE)
        agent = not title and run[-1].word.endswith(GEORGIAN_ERGATIVE)
        alone = len(run) == 1 and tail.isalnum() and not agent
        if alone or oblique or _georgian_body(text, run, title):
            continue
        if not title and not agent and _title_follows(text, run[-1].end):
            # "აღნიშნა საგარეო საქმეთა მინისტრმა ...", "განაცხადა რეგიონული განვითარებისა და
            # ინფრასტრუქტურის მინისტრის მოადგილემ ...": the title's complement (in the
            # genitive; a name in the ergative is the agent, its title after it)
            continue
        out.append(_mention(text, run))
    unique = {m.span: m for m in out}  # a name after a title and before its verb: once
    return list(unique.values())


GEORGIAN_GENITIVE_ENDS = ("ის", "ას")  # ბერიძის, ალასანიას
# Adjectives shaped as surnames: "ბიძინა ქართული ოცნების ..." (Georgian Dream), ეროვნული
GEORGIAN_ADJECTIVE_ENDS = ("ული",)


def _georgian_full_name(text: str, given: _Token, surname: _Token) -> bool:
    """Return True for a listed given name and a word shaped as a surname right after it, in
    the nominative or the ergative: one in the genitive is whose ("ნინო ბერიძის მეზობელი",
    Nino Beridze's neighbour)."""
    return (
        text[given.end : surname.start] == " "
        and GEORGIAN_SURNAME.search(surname.word) is not None
        and not surname.word.endswith(GEORGIAN_GENITIVE_ENDS + GEORGIAN_ADJECTIVE_ENDS)
        and is_given_name(given.word)
        and _georgian_name_word(given.word)
        and _georgian_name_word(surname.word)
    )


def _georgian_name_after_trade(
    text: str, run: list[_Token], following: list[_Token]
) -> list[_Token]:
    """Return the given name and surname after a trade or a demonym the verb puts first
    (``ამბობს მემანქანე გოჩა ფარცვანია``, ``ამბობს ტერჯოლელი ნინო სხირტლაძე``): the first
    word is no given name, the second is, and a surname follows it."""
    if not following or is_given_name(run[0].word) or not is_given_name(run[1].word):
        return run
    surname = following[0]
    if text[run[1].end : surname.start] != " " or not GEORGIAN_SURNAME.search(surname.word):
        return run
    return [run[1], surname] if _georgian_name_word(surname.word) else run


def _georgian_plural(word: str) -> bool:
    """Return True for a title in the plural (მინისტრებმა: the ministers, მცხოვრებნი: the
    residents); not a title whose stem holds -ებ- (მცხოვრებმა: the resident)."""
    at = word.rfind("ებ")
    if at > 0 and is_title_word(word[:at] + word[at + 2 :]):
        return True
    # the plural in -ნი (მცხოვრებნი: the residents)
    return word.endswith("ნი") and is_title_word(word[:-2])


MAX_GEORGIAN_COMPLEMENT = 5  # words between a verb's first words and the title they qualify


def _georgian_third_word(
    text: str, title: _Token, run: list[_Token], following: list[_Token]
) -> list[_Token]:
    """Return ``run`` with the word after it when a foreign name of three words declines only
    its last, in the title's ergative (``უფროსმა მეჰმეთ ალი ქაიამ``, Mehmet Ali Kaya)."""
    if not following or not title.word.endswith(GEORGIAN_ERGATIVE):
        return run
    third = following[0]
    if text[run[-1].end : third.start] != " " or any(
        t.word.endswith(GEORGIAN_ERGATIVE) for t in run
    ):
        return run
    if _georgian_name_word(third.word) and third.word.endswith(GEORGIAN_ERGATIVE):
        return [*run, third]
    return run


def _title_follows(text: str, end: int) -> bool:
    """Return True when a title comes within a few words after ``end``, in the same clause."""
    position = end
    for _ in range(MAX_GEORGIAN_COMPLEMENT):
        following = TOKEN.match(text, position + 1)
        if following is None or text[position : following.start()].strip():
            return False  # punctuation: the clause ends
        if is_title_word(following.group()):
            return True
        position = following.end()
    return False


def _georgian_case_mismatch(title: str, last: str) -> bool:
    """Return True when a title in a postpositional case (``პრეზიდენტ-თან``, with the
    president) is followed by words without that case: a name in apposition would carry it
    too, so they are another phrase (``შეხვედრის შემდეგ``, after the meeting)."""
    suffix = next((p for p in GEORGIAN_POSTPOSITIONS if title.endswith(p)), None)
    if suffix is None and georgian_from_ergative(title) != title:
        # "მინისტრმა გადაცემაში ...": the ergative title's holder is in the ergative too
        return not last.removesuffix("ც").endswith(GEORGIAN_ERGATIVE)
    return suffix is not None and not last.endswith(suffix)


# Reporting verbs in the present, whose subject is in the nominative (in the aorist, the
# ergative: "კობახიძემ ... უპასუხა").
GEORGIAN_PRESENT_VERBS = frozenset(str.split("ამბობს აცხადებს აღნიშნავს მიიჩნევს"))
GEORGIAN_MAYOR = "მერი"


def _georgian_mayor(text: str, token: _Token) -> bool:
    """Return True for "მერი" after a place in the genitive (``ხონის მერი``): the mayor,
    where "მერი" alone may be the given name Mary."""
    if token.word != GEORGIAN_MAYOR:
        return False  # read per word of a Georgian run: the window only for this one
    before = TOKEN.findall(text[max(0, token.start - MAX_WINDOW_CHARS) : token.start])
    return bool(before) and before[-1].endswith("ის")


def _georgian_agent(text: str, before: list[_Token], verb: str = "") -> list[NameMention]:
    """Return the name in the ergative right before a reporting verb (``ამის შესახებ
    ბოჭორიშვილმა განაცხადა``), with the given name before it when it has no case ending;
    or a full name in the nominative, a given name first, before a verb in the present
    (``ნანა ჩხეიძე ამბობს``)."""
    run = _georgian_run(text, before[::-1], None)
    if (
        verb in GEORGIAN_PRESENT_VERBS
        and len(run) == MAX_GEORGIAN_NAME
        and is_given_name(run[1].word)
        and not run[0].word.endswith(GEORGIAN_OBLIQUE + GEORGIAN_ERGATIVE + ("ზე",))
    ):
        return [_mention(text, run[::-1])]  # "ნანა ჩხეიძე ამბობს": the present's nominative
    if verb in GEORGIAN_PRESENT_VERBS and run and run[0].word.endswith(GEORGIAN_SURNAME_ENDS):
        # "კობახიძე ამბობს": a surname's own ending, with its given name when one stands before
        given = len(run) > 1 and is_given_name(run[1].word)
        return [_mention(text, run[:2][::-1] if given else run[:1])]
    if not run or not run[0].word.endswith(GEORGIAN_ERGATIVE):
        return []
    if len(run) > 1 and (
        run[1].word[-1] not in GEORGIAN_VOWELS
        # "-ზე", "-თან", "-დან" (not "-ში": Takeshi, Rishi end so)
        or (run[1].word.endswith(("ზე", "თან", "დან")) and not is_given_name(run[1].word))
    ):
        # "შესახებ ბოჭორიშვილმა", "შეხვედრაზე ივანიშვილმა": a postposition, no given name
        run = run[:1]
    return [_mention(text, run[::-1])]


def _georgian_run(text: str, tokens: list[_Token], trigger: _Token | None = None) -> list[_Token]:
    """Return the name words among ``tokens`` (walking away from the trigger word)."""
    run: list[_Token] = []
    previous = trigger
    for at, token in enumerate(tokens):
        if previous is not None:
            low, high = sorted((previous, token), key=lambda t: t.start)
            if text[low.end : high.start] != " ":
                break
        if _georgian_mayor(text, token):
            break
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        if not _georgian_name_word(token.word) and not _georgian_given_before_surname(
            token, following
        ):
            break
        run.append(token)
        previous = token
    return run


# The endings only a Georgian surname has in the nominative ("son of": -ძე, -შვილი).
GEORGIAN_SURNAME_ENDS = ("ძე", "შვილი")
# The last letters of a Georgian name in the nominative or ergative (ბერიძე, წულუკიანი,
# კობახიძემ), not in the genitive or with a postposition (ბერიძის, ბერიძესთან).
GEORGIAN_NOMINATIVE_ENDS = frozenset("იაეოუმ")  # and the ergative -მ (კობახიძემ)
# Endings of Georgian surnames, in the nominative, ergative and genitive (-შვილი, -ძე, -ია,
# -ავა, -უა, -ური, -ელი, -ანი, -ული).
GEORGIAN_SURNAME = re.compile(
    r"(?:შვილ(?:ი|მა|ის)|ძ(?:ე|ემ|ის)|ი(?:ა|ამ|ას)|ავ(?:ა|ამ|ას)|უ(?:ა|ამ|ას)"
    r"|(?:ურ|ელ|ან|ულ)(?:ი|მა|ის))$"
)


# Georgian given names that are also words, left out of the given-name table: ნატო (Nato)
# is NATO too.
GEORGIAN_GIVEN_HOMONYMS = frozenset({"ნატო"})


def _georgian_given_before_surname(token: _Token, following: _Token | None) -> bool:
    """Return True for a given name that is also a word (ნატო: Nato, NATO) when a surname
    follows it: ``მეპატრონე ნატო ბაჩიაშვილი`` (``following`` is the next token walked,
    which comes before it when the walk goes right to left)."""
    if token.word not in GEORGIAN_GIVEN_HOMONYMS:
        return False
    return (
        following is not None
        and following.start > token.start
        and GEORGIAN_SURNAME.search(following.word) is not None
        and _georgian_name_word(following.word)
    )


def _georgian_body(text: str, run: list[_Token], title: bool) -> bool:
    """Return True when the run names an institution (the words before its noun).

    After a title, two words are the person's name whatever follows: Georgian puts the
    genitive first ("პარტიის ლიდერი"), so an institution after the name is another phrase
    ("ლიდერი ნიკა გვარამია პარლამენტის წინ": in front of the parliament).
    """
    if title and len(run) == MAX_GEORGIAN_NAME:
        return False
    return _names_a_body(text, run[-1].end)


def _mention(text: str, run: list[_Token]) -> NameMention:
    """Return the mention of a run of words (single when one word)."""
    span = Span(run[0].start, run[-1].end)
    return NameMention(text[span.start : span.end], span, False, single=len(run) == 1)


@lru_cache(maxsize=WORD_CACHE)
def _georgian_name_word(word: str) -> bool:
    """Return True for a Georgian word that may be part of a name."""
    key = word.casefold()
    return (
        GEORGIAN_LETTERS.match(word) is not None
        and key not in NOT_NAME_WORDS
        and key not in GEORGIAN_VERBS
        and (key == GEORGIAN_MAYOR or not is_title_word(key))  # მერი: the mayor, or Mary
        and not is_institution_word(key)
    )


@dataclass(frozen=True, slots=True)
class _Token:
    word: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        """Return where the word stands in the text."""
        return Span(self.start, self.end)


def _tokens(text: str) -> list[_Token]:
    """Return the words of ``text``; an elided article (``d'``, ``l'``) is not part of a name."""
    tokens = []
    for match in NAME_TOKEN.finditer(text):
        start, word = match.start(), match.group()
        if ELIDED.match(word) and len(word) > 2 and word[2].isupper():
            start, word = start + 2, word[2:]
        elif (
            ("'" in word or "’" in word)
            and (long := LONG_ELIDED.match(word))
            and is_institution_word(word[long.end() :])
        ):
            start, word = start + long.end(), word[long.end() :]  # "Dall'Ente Parco", not Dell'Utri
        end = match.end()
        if len(word) > 2 and word[-1] in "'’" and text[end : end + 1] in (" ", "\u00a0"):
            # "'... не по России' Дмитрий Медведев": a closing single mark (or a possessive:
            # "Charles' book") ends the word and the name
            word, end = word[:-1], end - 1
        tokens.append(_Token(word, start, end))
    return tokens


def _role_context(text: str, start: int) -> bool:
    """Return True when the words before ``start`` make it part of a role or institution.

    ``ministre des Affaires étrangères``, ``head of the Foreign Policy Department``: a
    capitalised run after a title (or institution) and an "of" word is not a person.
    """
    before = TOKEN.findall(text[max(0, start - 60) : start])[-4:]
    # "directrice générale d’Iroise"; "geologo dell'Università di": the elided article off
    words = [ELIDED_ITALIAN.sub("", w.casefold()).rstrip("'’") for w in before]
    if words and is_title_word(words[-1]) and before[-1][:1].isupper():
        return False  # "the government of Prime Minister Zdravko Krivokapić": a titled person
    while words and (
        (words[-1] in ARTICLE_WORDS and words[-1] not in CONNECTOR_WORDS)
        or is_title_word(words[-1])
    ):
        words.pop()  # "head of the Foreign Policy ...": articles and titles before the run
    if not words or words[-1] not in CONNECTOR_WORDS:
        return False
    words.pop()
    while words and words[-1] in ARTICLE_WORDS:
        words.pop()
    if len(words) >= 2 and _qualifier(before[len(words) - 1]) and is_title_word(words[-2]):
        words.pop()  # "vicepresidenta española para la Transición": an adjective between
    return bool(words) and (is_title_word(words[-1]) or is_institution_word(words[-1]))


def _qualifier(word: str) -> bool:
    """Return True for a lowercase adjective that may follow a title: a nationality
    (``española``, ``argelino``) or a listed one (``europea``, ``nacional``)."""
    return word.islower() and (word in ADJECTIVE_WORDS or _country_prefixed(word))


def _run_text(text: str, run: list[_Token]) -> tuple[Span, str]:
    """Return the span of a run and its text, a name wrapped over two lines joined again."""
    span = Span(run[0].start, run[-1].end)
    return span, text[span.start : span.end].replace("\n", " ")


def _turkic_plural(word: str) -> bool:
    """Return True for a Turkic plural in a case: its stem long enough, or a Turkic letter
    in the word ("Onların", "Bunlara")."""
    match = TURKIC_PLURAL_CASE.search(word)
    return match is not None and (
        match.start() >= MIN_PLURAL_STEM or not TURKIC_WORD_LETTERS.isdisjoint(word.casefold())
    )


def _second_person_at(run: list[_Token]) -> int:
    """Return where a second full name starts in a run of four words or more that opens
    with a given name in a case and its surname ("Janusza Kowalskiego Tomasz Trela"): the
    nominative given name after them; else 0."""
    if len(run) < MIN_TWO_NAMES or not is_given_name_in_a_case(run[0].word):
        return 0
    if is_given_name(run[0].word) or is_given_name(run[1].word):
        return 0  # a given name as written ("Anna Maria Kowalska Nowak") opens one name
    return next((i for i in range(2, len(run) - 1) if is_given_name(run[i].word)), 0)


MIN_TWO_NAMES = 4
# Places of two or more capitalised words that the name finder would read as a person's
# given name and surname (New York, Tel Aviv, Abu Dhabi), in the spellings of the languages
# read.
WORLD_PLACE_NAMES = frozenset(
    str.casefold(p)
    for p in (
        "New York",
        "Nueva York",
        "Nova Iorque",
        "Nowy Jork",
        "Nova York",
        "New Delhi",
        "New Orleans",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New England",
        "Tel Aviv",
        "Tel-Aviv",
        "Abu Dhabi",
        "Kuala Lumpur",
        "Buenos Aires",
        "Addis Abeba",
        "Addis Ababa",
        "Cape Town",
        "Port Louis",
        "Porto Alegre",
        "Belo Horizonte",
        "Phnom Penh",
        "Nagorno Karabakh",
        "Hong-Kong",
        "Bosnia Herzegovina",
        "Wall Street",
        "Downing Street",
        "Capitol Hill",
        "Nizhny Novgorod",
        "Los Angeles",
        "Las Vegas",
        "Santo Domingo",
        "Dar es Salaam",
        "Mexico City",
        "Kansas City",
        "Salt Lake City",
        "Baton Rouge",
        "Ulan Bator",
        "Nur-Sultan",
        "Sharm el-Sheikh",
        "Rio de Janeiro",
    )
)
# Polish parties in the genitive after a title ("poseł Lewicy", "posłanka Konfederacji").
PARTY_GENITIVES = frozenset({"lewicy", "konfederacji", "platformy"})


# Cyrillic endings of the genitive and of the instrumental.
CYRILLIC_GENITIVE_ENDS = ("а", "я")
# -ом only: "Салем", "Хаким", "Салим" are names in the nominative
CYRILLIC_INSTRUMENTAL_ENDS = ("ом",)


def _turkic_plural_in_a_case(word: str) -> bool:
    """Return True for a Turkic plural noun in a case (Köçkün-lər-lə, İşletmeci-ler-i), a
    Turkic letter in it: not "Solari", "Sallera"."""
    key = word.casefold()
    return (
        len(key) >= MIN_POSSESSED
        and key.endswith(TURKIC_PLURAL_CASES)
        and any(ch in TURKIC_NOUN_LETTERS for ch in key)
    )


def _two_surnames_in_two_cases(run: list[_Token]) -> bool:
    """Return True for two Cyrillic words, no given name first, the first in the genitive
    and the second in the instrumental: two persons' surnames, as in "легалізація
    Медведчука Порошенком" (the legalisation of one by the other); or a Turkish surname in
    -oğlu before another in a case ("Davutoğlu Abadi’ye")."""
    if len(run) != 2:
        return False
    first, second = (token.word.casefold() for token in run)
    if not _script(run[0].word) and not first.endswith(SON_OF_ENDINGS):
        return False
    if first.endswith(SON_OF_ENDINGS) and not is_given_name(run[0].word):
        # "Davutoğlu Abadi’ye bir mektup göndererek": a Turkish surname as the subject, the
        # one written to in the dative after it
        return TURKIC_CASE_SUFFIX.search(run[1].word) is not None
    return (
        first.endswith(CYRILLIC_GENITIVE_ENDS)
        and second.endswith(CYRILLIC_INSTRUMENTAL_ENDS)
        and not is_given_name(run[0].word)
        and not is_given_name_in_a_case(run[0].word)
    )


# Particles between a noun and a name ("Réactions de ...", "Discurso del ..."), as between a
# given name and a surname ("Charles de Gaulle").
OF_PARTICLES = frozenset({"de", "du", "des", "da", "di", "del", "della", "do", "dos", "das"})
ARTICLES_IN_SURNAMES = frozenset({"la", "le", "las", "los", "lo"})
# Nouns of what a person said, wrote or did before "de X" in a heading ("Discours de",
# "Entrevista de", "Réactions de"); no noun of kin or office ("Viúva de Eduardo Campos",
# "Abogado de ...": someone else), no given name the list lacks ("Raimunda da Conceição").
NOUNS_OF_SOMEONES_WORDS = frozenset(
    str.split(
        "discours entretien entretiens interview interviews réaction réactions message "
        "messages lettre allocution déclaration déclarations hommage tribune intervention "
        "conférence vœux visite propos discurso discursos entrevista entrevistas mensaje "
        "mensajes carta cartas declaración declaraciones reacción reacciones comparecencia "
        "intervención visita palabras mensagem mensagens declaração declarações reação "
        "reações pronunciamento depoimento palavras intervista interviste discorso messaggio "
        "lettera dichiarazione dichiarazioni intervento parole discurs missatge declaració "
        "mensaxe"
    )
)


def _noun_of_a_full_name(run: list[_Token]) -> bool:
    """Return True for a run opening on a noun of someone's words or acts, a particle, then
    a name ("Discours de Jean-Luc Mélenchon"): the noun is no part of it. Any other word
    may be a given name the tables lack ("Raimunda da Conceição") or a kin noun whose
    person is someone else ("Viúva de Eduardo Campos")."""
    if run[1].word not in OF_PARTICLES or run[0].word.casefold() not in NOUNS_OF_SOMEONES_WORDS:
        return False
    after = run[2].word
    # the noun's person, whatever their given name ("Réactions de Ben Issa Ousseni"); not
    # an article of a surname ("Entretien de La Fontaine")
    return after[:1].isupper() and after.casefold() not in ARTICLES_IN_SURNAMES


def _after_the_noun(run: list[_Token]) -> list[_Token]:
    """Return the run after its noun of someone's words and the particle ("Discours de
    Jean-Luc Mélenchon"); when a capitalised common noun follows instead ("Mensaxe de Fin
    de Ano de Alfonso Rueda", "Discurso de Investidura de Pedro Sánchez"), the run after
    the last particle before a given name, and the run as it is when none ("Mensaje de
    Navidad del Rey": no name to give)."""
    rest = run[2:]
    if is_given_name(rest[0].word):
        return rest
    later = [
        i
        for i in range(1, len(rest) - 1)
        if rest[i].word in OF_PARTICLES and is_given_name(rest[i + 1].word)
    ]
    if later:
        return rest[later[-1] + 1 :]
    if any(token.word in OF_PARTICLES for token in rest[1:]):
        return run
    return rest


def _titled_initial_after_particle(text: str, run: list[_Token]) -> bool:
    """Return True when the run ends on a lowercase particle and a dotted capital letter
    ("Entretien de M."): a courtesy title before the next name, no surname."""
    last = run[-1]
    return (
        len(last.word) == 1
        and last.word.isupper()
        and text[last.end : last.end + 1] == "."
        and run[-2].word.islower()
    )


def _close_run(
    text: str, run: list[_Token], bold: tuple[Span, ...], out: list[NameMention]
) -> None:
    """Append the run of capitalised words to ``out`` when it looks like a person's name."""
    if not run:
        return  # most words close no run: skip the trimming
    cut = _second_person_at(run)
    if cut:
        # "pytał Janusza Kowalskiego Tomasz Trela": whom he asked, in a case, then who asked
        _close_run(text, run[:cut], bold, out)
        _close_run(text, run[cut:], bold, out)
        return
    if any(_turkic_plural_in_a_case(token.word) for token in run):
        return  # "Məcburi Köçkünlərlə", "Kapadokya Balon İşletmecileri Derneği": a body's name
    if _two_surnames_in_two_cases(run):
        # "легалізацію Медведчука Порошенком": one man's in the genitive, the other's in the
        # instrumental, no one name
        _close_run(text, run[:1], bold, out)
        _close_run(text, run[1:], bold, out)
        return
    first = run[0].start
    run = _trim_run(text, run, bold)
    if len(run) > 2 and _titled_initial_after_particle(text, run):
        run = run[:-2]  # "Entretien de M. Jean-Yves Le Drian": "M." is his "Monsieur"
    if len(run) > 2 and _noun_of_a_full_name(run):
        run = _after_the_noun(run)  # "Réactions de Ben Issa Ousseni", "Discours de X"
    if len(run) > 1 and turkish_genitive(run[0].word) and not is_given_name(run[0].word):
        # "Kazının Türk ekibinin başkanı": a common noun in the genitive opens the sentence
        # (a Turkish proper name takes its case after an apostrophe: Ankara'nın); an
        # Azerbaijani name ends its run in the genitive (Kamran Aydoğdunun sözlərinə görə).
        run = run[1:]
    if not run:
        return
    if len(run) == 1 and run[0].start != first and _role_context(text, first):
        return  # "prefeito de Porto Alegre": one word left of a role's complement
    span, name = _run_text(text, run)
    is_bold = _inside_bold(span, bold)
    if len(run) == 1 and not _is_name_word(name) and not _capitals_surname_word(name):
        return
    if len(run) == 1 and TURKISH_LOCATIVE.search(name):
        return  # "Perperikon'da çalışan bir rehber": a place in the locative, no person
    if len(run) == 1 and _turkic_plural(name) and not is_given_name(name):
        return  # "Muhabirlerin, “...” demesi üzerine": the reporters, no person
    if len(run) == 1 and name.casefold() in PARTY_GENITIVES:
        return  # "mówił poseł Lewicy": the party of the title, no surname
    if _polish_party_genitive(text, run):
        return  # "poseł Solidarnej Polski", "Platformy Obywatelskiej": a party's name
    if _noun_and_adjective(run):
        return  # "Рівень Дністровського водосховища": a noun, then a place's adjective
    if is_bold and _bold_title(text, span, bold):
        return  # "**El Mercurio**", "**Le Calame**": a newspaper's bold name, no person
    if not is_bold and (_after_german_article(text, run) or _source_header(text, span)):
        return
    if _word_before(text, run[0].start) in SHIP_PREFIXES:
        return  # "a deckhand on the MV Skerry Lass": a ship
    if _adjacent_word(text, run[0].start) in CLUB_PREFIXES:
        return  # "der FC Erzgebirge Aue", "die SpVgg Unterhaching": a club
    if country_key(run[0].word) in MONTH_NUMBER and DAY_NUMBER_BEFORE.search(
        text, max(0, run[0].start - DAY_NUMBER_REACH), run[0].start
    ):
        return  # "vom 30. August beklagt er": a date's month, no August
    if all(t.word.casefold() in PORTFOLIO_WORDS for t in run):
        return  # "para Asuntos Exteriores", "Foreign Affairs": a portfolio, no person
    if len(run) > 1 and run[-1].word.casefold() in PORTFOLIO_HEADS:
        return  # "Minister of Lands and Water Affairs, Dr Sarah ...": a portfolio's name
    if (
        not is_bold
        and len(run) > 1
        and is_institution_word(run[-1].word)
        and not is_given_name(run[0].word)
    ):
        # "the Georgian Revenue Service confirmed": a body's name ends on its noun; "Duarte
        # Nóbrega Câmara" opens with a given name and is a person's.
        return
    if any(
        fold(APOSTROPHE.split(t.word)[0]) in PLACE_WORDS
        and not _particle_inside(run, i)
        and REGION_PARTNERS.get(fold(t.word), fold(run[i].word)) == fold(run[i].word)
        for i, t in enumerate(run[1:])
    ):
        return  # Black Sea, Mer Noire, Kaspisches Meer: a place; van der Meer is a name
    saint = _word_before(text, run[0].start)
    if (
        fold(saint) in SETTLEMENT_OPENERS
        and _word_before(text, run[0].start - len(saint) - 1) in TOWN_PREPOSITIONS
    ):
        return  # "em Vila Real de Santo António", "en Ciudad Real": the rest of a town's name
    if (
        saint[:1].isupper()
        and fold(saint) in HAGIONYM_OPENERS - SHORT_HAGIONYMS
        and _word_before(text, run[0].start - len(saint) - 1) in TOWN_PREPOSITIONS
    ):
        return  # "il sindaco di Santa Teresa Gallura": the saint's word began a town's name
    if len(run) > 1 and fold(run[0].word) in HAGIONYM_OPENERS and _saints_place(text, run):
        # San Pedro Sula, Santa Cruz: a city named after a saint; "In St Ives Morwenna
        # Pascoe keeps": the person from her given name on.
        given = _given_at(run, 2)
        if given is None:
            return
        run = run[given:]
        span, name = _run_text(text, run)
    plural = next(
        (i for i, t in enumerate(run[:-1]) if t.word.endswith(POLISH_GENITIVE_PLURAL)), None
    )
    if plural is not None:
        # "Zrzeszenia Rybaków Morskich": a body's plural complement, no person; "prezes
        # Zrzeszenia Rybaków Jan Nowak": the person after it (a surname "Kozłów" ends a run).
        run = run[plural + 1 :]
        if len(run) < 2:
            return
        span, name = _run_text(text, run)
    if _route(text, run):
        return  # "für Lkw von München bis Verona": a route, no person
    if COMPANY_FORM.match(text, run[-1].end):
        return  # "Norrmalm Mineral AB", "Vinci SA": a company
    if len(run) == 1 and _before_region_noun(text, run[0]):
        return  # "председатель Согдийской области": the region's adjective
    if (
        len(run) >= MIN_CUT_RUN
        and run[-1].word.casefold() in AGENCIES
        and is_given_name(run[0].word)
    ):
        # "direktoru Selda Karataş Anadolu agentliyinə bildirib": the agency she told
        run = run[:-1]
        span, name = _run_text(text, run)
    if not is_bold and (
        (_names_a_body(text, span.end) and not _given_name_before_common_noun(text, run))
        or _before_title(text, run)
        or _joined_to_body(text, span)
    ):
        return
    if not is_bold and _role_context(text, span.start):
        # "ministro degli Esteri Gabrielius Landsbergis": the complement, then the name.
        tail = _name_tail(run)
        if not tail:
            return
        run = tail
        span, name = _run_text(text, run)
    if not is_bold and len(run) >= MIN_TITLED_RUN and after_title_article(text, run[0].start):
        # "dijo a El Tiempo Ananías Tibatá Neuta": a paper's title, then the person, from
        # the given name on when it is known, else after the title's first word
        given = _given_at(run) or 1
        run = run[given:]
        if run[0].word.islower() and not _role_apposed(text, run[-1].end):
            # "en El País de Madrid": the paper's name goes on with its city; not "declaró a
            # El Mundo de Guindos, vicepresidente del BCE", a surname and its role
            return
        span, name = _run_text(text, run)
    if _word_before(text, run[0].start) in STREET_NOUNS:
        return  # "la calle Mateos Gago", "rue Victor Hugo": a street named after someone
    if run[0].word.casefold() in SQUARE_NOUNS and SQUARE_PARTICLE.match(text, run[0].end):
        return  # "la Plaza de Mayo", "Place de la Concorde"; not "Rue McClanahan", "Calle Restrepo"
    if not is_bold and _word_before(text, run[0].start) in ORIGIN_PREPOSITIONS:
        # "лодочник из Дубков Руслан Гаджиев": the place the person is from, then the name
        # from its given name on.
        given = _given_at(run)
        if given is not None and not is_given_name(run[0].word):
            run = run[given:]
            span, name = _run_text(text, run)
        elif (
            given is None
            and _word_before(text, run[0].start) in GENITIVE_FROM
            and all(_in_a_case(t.word) for t in run)
        ):
            return  # "Turystka z Wielkiej Brytanii": where she is from (with: z Anną)
    if (
        not is_bold
        and 1 < len(run) <= MAX_PLACE_RUN
        and (fold(run[0].word) in PLACE_WORDS or fold(run[0].word) in SQUARE_WORDS)
        and not _title_right_before(text, run[0].start)  # "Prof. Dr. Deniz Ergün": a person
    ):
        return  # Marea Neagră, Mer Noire, Mar Menor: a sea or a river named first
    if fold(name) in WORLD_PLACE_NAMES:
        return  # "à New York", "in Tel Aviv": a city shaped as a given name and a surname
    out.append(NameMention(name, span, is_bold, single=len(run) == 1 and not is_bold))


# A Romance article capitalised inside a sentence opens a paper's title ("a El Tiempo",
# "a La Voz", "ao O Globo"), not a person's name.
TITLE_ARTICLES = frozenset(str.split("El La Los Las Il Lo Le Les O Os"))
MIN_TITLED_RUN = 3


def after_title_article(text: str, start: int) -> bool:
    """Return True when a capitalised article stands right before ``start`` inside a
    sentence (``dijo a El Tiempo X``), not opening it (``La Rosa dijo``)."""
    article = _word_before(text, start)
    if article not in TITLE_ARTICLES:
        return False
    head = text[max(0, start - len(article) - 3) : start - len(article) - 1].rstrip()
    return bool(head) and head[-1].isalpha()


# Adjectival endings of the oblique cases (Дністровського, Кременчуцької, Московскому).
CYRILLIC_ADJECTIVE_OBLIQUE = ("ого", "ього", "ої", "ому", "ьому", "ой")


def _noun_and_adjective(run: list[_Token]) -> bool:
    """Return True for two Cyrillic words that no given name opens, the second an
    adjective in an oblique case: a sentence's first noun and a place's adjective (``Рівень
    Дністровського``), where a name would be a given name then a surname (``Фёдора
    Достоевского``)."""
    if len(run) != 2 or not all(_script(t.word) == "cyrillic" for t in run):
        return False
    first, second = run[0].word, run[1].word.casefold()
    if is_given_name(first) or is_given_name_in_a_case(first):
        return False
    return second.endswith(CYRILLIC_ADJECTIVE_OBLIQUE) and not first.casefold().endswith(
        CYRILLIC_ADJECTIVE_OBLIQUE
    )


# A Turkish or Azerbaijani locative after the apostrophe of a proper name: a place.
TURKISH_LOCATIVE = re.compile(r"['’][dt][aeə]$")
# A Turkic plural with its case ("Muhabirlerin", "Sakinlere", "Yetkililerden"): a group
# of people, never one person's name (not -leri: Camilleri, Valleri).
TURKIC_PLURAL_CASE = re.compile(r"(?:ler|lar|lər)(?:in|ın|e|a|ə|de|da|də|den|dan|dən|ı|le|la|lə)$")
MIN_PLURAL_STEM = 4  # "Muhabir-lerin"; not "Pel-lerin", "Bal-larin", "So-larin"
TURKIC_WORD_LETTERS = TURKIC_LETTERS | frozenset("şçöü")  # with the letters Turkish shares
# A day's number right before a month's name ("30. August", "4 September").
DAY_NUMBER_BEFORE = re.compile(r"\b\d{1,2}\.?[ \u00a0]+$")
DAY_NUMBER_REACH = 6
# Lowercase nouns of streets and squares before the name they bear ("calle Mateos Gago",
# "rue Victor Hugo"). Not the Slavic ones: "власник корчми на головній вулиці Дьюла Фекете"
# is the owner of an inn on the main street, named after it.
STREET_NOUNS = frozenset(
    str.split(
        "calle avenida avda paseo rua travessa via viale corso piazza piazzale largo vicolo "
        "rue avenue boulevard impasse allee"
    )
)
# ...and those a square's or street's name opens with, capitalised ("Plaza de Mayo").
SQUARE_NOUNS = STREET_NOUNS | frozenset(str.split("plaza praça plac platz place square"))
SQUARE_PARTICLE = re.compile(r" (?:de|del|della|delle|di|du|des|do|da|dos|das) ")
# "From" and "near" before a place (ru, uk, pl, cs, de, en): "из Дубков Руслан Гаджиев",
# "u Lipna Tomáš Novotný" are the place, then the person.
ORIGIN_PREPOSITIONS = frozenset(str.split("из изо з із зі z ze iz u у aus from di da"))
# Polish and Czech "from" before the genitive ("with" takes the instrumental).
GENITIVE_FROM = frozenset({"z", "ze"})
# "In" before a place (ru, uk, pl locative; pt): the capitalised word after it is no person
# ("в Бишкеке", "w Szczecinie", "em Covas do Barroso"); "у", "з", "na", "en", "in" also
# take people, so they are not here.
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "w", "we", "em"})
ROMANCE_LOCATIVES = frozenset({"a", "à", "en", "in"})  # before a place and a full name
ROMANCE_OF = frozenset({"de", "di", "da", "do", "du"})  # a title's "of" before its place
# Cyrillic prepositions whose object, in an oblique case, may open a run before the subject.
OBJECT_PREPOSITIONS = frozenset(str.split("с со к ко у от о об про для з із зі до від"))
# Nouns of a region that a capitalised adjective qualifies (ru, uk): "Согдийской области",
# "Закарпатської області", "Ставропольского края".
REGION_NOUNS = frozenset(
    str.split(
        "область области областью краю края край района район округа округ республики "
        "губернии області району громади округу"
    )
)


def _before_region_noun(text: str, token: _Token) -> bool:
    """Return True for a Cyrillic word right before a region's noun."""
    following = _token_after(text, token.end)
    return bool(_script(token.word)) and following is not None and following[0] in REGION_NOUNS


CYRILLIC_OBLIQUE = ("а", "я", "и", "і", "ї", "ы", "у", "ю", "ого", "его", "ой", "ей", "ому")
LATIN_SLAVIC_OBLIQUE = ("ji", "cy", "ii", "ego", "iego", "ej", "y", "gi")  # Połąg-i
# Lowercase nouns of a place whose name follows them (ru, uk, pl, cs, ro, en):
# "округа Певек", "села Ак-Сай", "prowincji Enga", "village of"... (genitive forms).
PLACE_NOUNS = frozenset(
    str.split(
        "города округа села деревни посёлка поселка района области провинции кишлака аула "
        "міста села округу району області провінції містечка prowincji miasta wsi gminy "
        "powiatu regionu města obce kraje provinciei orașului satului județului province "
        "селища селищі посёлке поселке селе городе місті"  # locatives: "в селищі Ваді-Рам"
    )
)
# Nouns of an administrative unit whose name follows them uninflected (ru, uk), whatever
# the name: "аймака Увс", "сомона Хархорин", "громади Хайлуото" (before a full name).
UNIT_NOUNS = frozenset(
    str.split("аймака аймаку сомона сомону громади громады общины коммуны волости уезда")
)
# Particles of foreign names written in Cyrillic (Ле Пен, де Голль, фон дер Ляйен, Абу Бакр).
CYRILLIC_PARTICLES = frozenset(
    str.split("ле ла де дю ван фон дер дель ди да аль эль бен бин ибн абу")
)
MIN_CUT_RUN = 3  # words before a given name, the given name and a surname at least
MIN_COMPOUND_TAIL = 3  # letters after the hyphen of a compound trade (-мэр, -реставратор)
# Words after which a capitalised word is where someone comes from, before their name:
# "турист из Шанхая Ли Вэй", "ribar iz Pakoštana Mate Kuzmanić", "Жительница Куляба ..."
# (a preposition of origin that never means "with", or a noun of a place's residents).
ORIGIN_WORDS = frozenset(
    str.split(
        "из iz із уроженец уроженка уродженець уродженка житель жительница жителька жителя "
        "жительницы мешканець мешканка мешканця мешканки mieszkaniec mieszkanka mieszkańca "
        "mieszkanki obyvatel obyvatelka obyvateľ obyvateľka stanovnik stanovnica"
    )
)
# Words of respect opening a full name, before its given name (Sidi Mohamed Ould Cheikh).
HONORIFICS = frozenset({"sidi", "moulay", "mulay", "sayyid", "seyyed", "haji", "hadji"})
# Legal forms written after a company's name: the capitalised run before them is no person.
COMPANY_FORM = re.compile(
    r",? (?:AB|AG|GmbH|ASA|A/S|Oyj?|S\.?p\.?A\.?|S\.A\.?|SA|SAS|SARL|Ltd|LLC|Inc|PLC|plc|NV|"
    r"BV|QSC|ASC|MMC|OAO|OOO|OJSC|PJSC|JSC|ПАО|ОАО|ООО|ЗАО|АО|A\.Ş\.|AŞ|Kft|Zrt|s\.r\.o\.|"
    r"a\.s\.)(?![\w-])"
)
# German "von X bis Y", "von X nach Y": a route or a range between places.
ROUTE_ENDS = frozenset({"bis", "nach"})


def _route(text: str, run: list[_Token]) -> bool:
    """Return True for a run ``<Word> von <Place>`` that a route's end follows."""
    if not any(t.word == "von" for t in run[1:]):
        return False
    following = _token_after(text, run[-1].end)
    return following is not None and following.group() in ROUTE_ENDS


GERMAN_ARTICLES = frozenset(str.split("der die das den dem des ein eine einer einem einen eines"))
# What may stand before one noun as its article does: numbers, possessives, demonstratives
# ("In zwei Sätzen resümiert das Blatt", "seine Partei", "diese Woche").
GERMAN_DETERMINERS = GERMAN_ARTICLES | frozenset(
    str.split(
        "zwei drei vier fünf sechs sieben acht neun zehn zwölf beide beiden mehrere einige "
        "viele alle diese dieser dieses diesen diesem jede jeder jedes jeden jedem kein keine "
        "keinen keinem keiner sein seine seinen seinem seiner ihre ihren ihrem ihrer unsere "
        "unseren unserem unserer"
    )
)
# A newspaper opening a line before its date: "Business News - 4 giugno", "Le Matin – 4 June".
SOURCE_HEADER_TAIL = re.compile(r" ?[-–—] ?\d")


# Not "SS" (SS Lazio, a club) nor "MS" (a Welsh Senedd member before her name).
SHIP_PREFIXES = frozenset({"MV", "HMS", "USS", "RV", "FV", "RMS", "HMCS"})
# Sports clubs' prefixes, as written right before the club's name; not "US" ("US envoy X"),
# nor the Nordic "UD" (a foreign ministry), "SV" (a party), "AS" (a company), "CD" (a party),
# "SS" ("Reichsführer SS Heinrich Himmler"), "AC" ("AC Milan's Christian Pulisic").
CLUB_PREFIXES = frozenset(str.split("FC SC VfB VfL TSV TSG FSV SpVgg SSC CF SK FK NK KAA KRC"))
ENGLISH_TIME = re.compile(r"\d\s*am\s*$")
# German prepositions fused with an article: a noun phrase follows (im Herbst Wahlen). Not
# "zur": a name's particle too (Harald zur Hausen).
GERMAN_CONTRACTIONS = frozenset(str.split("am im vom zum beim ins ans"))
# Inflected adjectives between an article and its noun: "den frühen Befall".
GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
MAX_GERMAN_ADJECTIVES = 2
GERMAN_VERBS = frozenset(LANGUAGES["de"].verbs)


def _german_adjective(word: str) -> bool:
    """Return True for a lowercase word inflected as an adjective, not a verb in the past
    (``Das sagte Merz``: a pronoun, its verb and the subject)."""
    if word in GERMAN_VERBS or word.endswith("te"):
        return False
    return word.endswith(GERMAN_ADJECTIVE_ENDINGS)


def _polish_party_genitive(text: str, run: list[_Token]) -> bool:
    """Return True for two words in the Polish genitive right after a title or a body, a
    party's noun and an adjective's feminine genitive among them and no given name: the
    party of the title ("poseł Solidarnej Polski", "Ministerstwo Edukacji Narodowej"), no
    person ("posłanki Barbary Nowackiej", "dziennikarz Matwiej Ganapolski")."""
    before = _adjacent_word(text, run[0].start)
    if len(run) != 2 or not (is_title_word(before) or is_institution_word(before)):
        return False  # after "poseł", "Ministerstwo": the title's or the body's complement
    if any(is_given_name(t.word) or is_given_name_in_a_case(t.word) for t in run):
        return False  # "posłanki Barbary Nowackiej": a woman's name in the genitive
    first, second = (t.word for t in run)
    if not {first.casefold(), second.casefold()} & POLISH_PARTY_NOUNS:
        return False  # "wiceminister Bernadety Krynickiej": a woman's name
    return (first.endswith(POLISH_ADJECTIVE_GENITIVES) and second.endswith(("i", "y"))) or (
        first.endswith(("i", "y")) and second.endswith(POLISH_ADJECTIVE_GENITIVES)
    )


POLISH_ADJECTIVE_GENITIVES = ("nej", "wej", "skiej", "ckiej")
# The nouns of Polish parties' and bodies' names, in the genitive.
POLISH_PARTY_NOUNS = frozenset(
    str.split(
        "polski prawicy lewicy obywatelskiej koalicji platformy konfederacji demokracji "
        "edukacji narodowej"
    )
)


def _after_german_article(text: str, run: list[_Token]) -> bool:
    """Return True for one German noun after an article (``die Finanzierung der ...``) or
    any run after a fused preposition (``im Herbst Wahlen anstehen``)."""
    # "Die Zeitung" opens a sentence; "dix ans, Malcolm Greaves": a comma ends the phrase
    before = _adjacent_word(text, run[0].start).casefold()
    if before == "am" and ENGLISH_TIME.search(text, max(0, run[0].start - 12), run[0].start):
        return False  # "At 10 am Boris Johnson said": English time
    if before in GERMAN_CONTRACTIONS:
        return True
    # One capitalised word after an article is a noun (die Zusammenarbeit, der Belgier),
    # adjectives between or not (den frühen Befall); a person needs a title between (der
    # Minister Wadephul) or no article at all.
    if len(run) != 1:
        return False
    start = run[0].start
    for _ in range(MAX_GERMAN_ADJECTIVES):
        word = _adjacent_word(text, start)
        if word.casefold() in GERMAN_DETERMINERS or not word.islower():
            break
        if not _german_adjective(word):
            return False
        start -= len(word) + 1
    return _adjacent_word(text, start).casefold() in GERMAN_DETERMINERS


def _source_header(text: str, span: Span) -> bool:
    """Return True for a run opening its line before a dash and a date: a medium's header."""
    opens_line = span.start == 0 or text[span.start - 1] == "\n"
    return opens_line and SOURCE_HEADER_TAIL.match(text, span.end) is not None


MAX_TITLE_COMPLEMENT = 3  # capitalised words of a portfolio before its title


def _before_title(text: str, run: list[_Token]) -> bool:
    """Return True for words right before a capitalised title: its complement (``Turizm
    Bakanı Radostina Velikova``, ``Sürdürülebilir Kalkınma Bakanı``, ``Tourism Minister``),
    never a person's name."""
    end = run[-1].end
    if len(run) > MAX_TITLE_COMPLEMENT or text[end : end + 1] != " ":
        return False
    following = TOKEN.match(text, end + 1)
    return (
        following is not None
        and following.group()[:1].isupper()
        and is_title_word(following.group())
        # "Warren H. Stewart Sr.", "Martin Luther King Jr.": a generation, not señor; "Jo
        # Smith MP": the letters after a name
        and not (
            len(run) > 1
            and (
                following.group() in GENERATION_SUFFIXES
                or _post_nominal(text, following.group(), following.end())
            )
        )
    )


def _given_at(run: list[_Token], start: int = 1) -> int | None:
    """Return where the first known given name inside a run stands (never its last word),
    from ``start`` on, else None: where a person's name begins after a complement."""
    return next((i for i in range(start, len(run) - 1) if is_given_name(run[i].word)), None)


def _name_tail(run: list[_Token]) -> list[_Token]:
    """Return the name ending a run that starts with a role's complement (3+ words), or [].

    ``Esteri Gabrielius Landsbergis`` -> ``Gabrielius Landsbergis``; ``Luigi Di Maio`` keeps
    its particle and the given name before it.
    """
    if len(run) < 3:
        return []
    if is_given_name(run[0].word):
        return run  # cut at its given name already
    given = _given_at(run)
    if given is not None:
        return run[given:]  # "Universidad de Almería Inmaculada Fernández Vílchez"
    start = 0
    while start < len(run) - 2 and run[start].word.casefold() in COMPLEMENT_WORDS:
        start += 1
    if start:
        return run[start:]
    start = len(run) - 2
    while start > 0 and run[start].word.casefold() in INNER_PARTICLES | ARTICLE_PARTICLES:
        start -= 1  # "van den Berg": the article after a particle is part of the surname
    return run[start:] if start > 0 else []


# Slavic and Romanian genitives and locatives of places (Jastarni, Frymburku, Zakopanego)
LATIN_COMPLEMENT_ENDINGS = ("i", "u", "y", "a", "e", "ě", "ego", "ów", "ului", "ei")
DECLINING_LANGUAGES = ("pl", "cs", "ro", "uk", "ru")
LATIN_SLAVIC_SURNAME_ENDINGS = (
    *("uk", "iuk", "czuk", "enko", "ski", "ska", "cki", "cka", "sky", "ský", "ská", "ová"),
    *("ov", "ova", "ev", "eva", "ić", "ovič", "vić", "czyk", "ak", "ek"),
    # Lithuanian surnames (Baltrūnas, Kairys, Šimonytė, Grybauskaitė, Landsbergienė)
    *("ūnas", "unas", "ys", "ytė", "aitė", "ienė", "auskas", "evičius", "avičius"),
)
# A preposition of origin or affiliation right before a run of three words: the first is
# the place or body, the given name and surname follow.
PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?<!\S)(?:di|da|de|do|dos|das|del|della|iz|from|of|por|aus|z|ze)\s+$", re.IGNORECASE
)
TITLE_PHRASE_REACH = 7  # "ministra da Integração e do Desenvolvimento Regional"


# How German (and Dutch, Scandinavian) words for trades and offices end: Förster, Pfarrer,
# Schöffe, Restauratorin, Imker. A given name the tables lack ends otherwise (Ismaïl, Amna,
# Ghjuvan, Jhon), or is Cyrillic.
TRADE_ENDINGS = (
    "er",
    "in",
    "e",
    "or",
    "ist",
    "ent",
    "ant",
    "eur",
    "mann",
    "frau",
    "wart",
    "wirt",
    "arbeiter",
)
# Endings only a trade has: "Uhrmachermeister", "Fisherman", "Weinbauer", "Veilingmeester".
CRAFT_ENDINGS = (
    "meister",
    "meester",
    "macher",
    "mann",
    "man",
    "frau",
    "woman",
    "wirt",
    "arbeiter",
    "bauer",
    "boer",
)
MIN_AGENT_WORD = 6  # "Winzer", "Förster", "Bäckerin": German agent nouns


def is_craft_word(word: str) -> bool:
    """Return True for a word that names a trade by its ending (see CRAFT_ENDINGS), or a
    German agent noun of six letters or more in -er or -erin."""
    key = fold(word)
    return key.endswith(CRAFT_ENDINGS) or (
        len(key) >= MIN_AGENT_WORD and key.endswith(("er", "erin"))
    )


def _unlisted_title_before_given_name(text: str, run: list[_Token]) -> bool:
    """Return True when the run opens with a capitalised word that no table knows, right
    before a listed given name and a surname: a title or trade the tables lack (``Förster
    Jan-Hendrik Pauels``, ``Pfarrer Wacław Wróblewicz``). Not after a title (``Governor
    Abdullahi Umar Ganduje``: a name of three words), not a surname-first name (``Kovács
    Levente Péter``, ``Иванов Пётр Сергеевич``), not a word any country gives as a name."""
    if len(run) < MIN_CUT_RUN:
        return False
    first, given, last = run[0].word, run[1].word, run[-1].word
    if first.isupper() or first.casefold() in PARTICLES:
        return False
    if not is_given_name(given) and not (is_listed_given_name(given) and is_craft_word(first)):
        # "Uhrmachermeister Fridolin Wölfle": a rarer name the dictionary holds, after a
        # word that can only be a trade (not "Gebremedhin Hailu Tesfay", one man's names)
        return False
    if is_given_name(last) or fold(last).endswith(PATRONYMIC_ENDINGS):
        return False
    if _title_right_before(text, run[0].start) or not fold(first).endswith(TRADE_ENDINGS):
        return False
    return not (
        is_given_name(first) or is_given_name_in_a_case(first) or is_listed_given_name(first)
    )


def _complement_before_given_name(text: str, run: list[_Token]) -> bool:
    """Return True when the run's first word is a title's complement (a place, a body in
    a case) before a given name and a surname: ``burmistrz Jastarni Ewa Konkol``, ``Starosta
    Frymburku Pavel Šimánek``. A name whose last word is a given name too is a surname-first
    one (``Kovács Levente Péter``) and stays whole. Cyrillic runs after a title are
    ``_after_title_complement``'s."""
    if len(run) != MIN_CUT_RUN:
        return False
    first, last = run[0].word, run[-1].word
    if not is_given_name(run[1].word):
        # "Wiceminister gospodarki Ukrainy Ołeh Hnatiuk": a given name the tables lack, but
        # a place in a case after a declining language's title and a Slavic surname's ending
        return (
            fold(first).endswith(LATIN_COMPLEMENT_ENDINGS)
            and fold(last).endswith(LATIN_SLAVIC_SURNAME_ENDINGS)
            and not is_given_name_in_a_case(first)
            and _title_phrase_before(text, run[0].start, declining=True)
        )
    if is_given_name(first) or is_given_name_in_a_case(first) or is_given_name(last):
        return False
    if is_title_word(first):
        return True  # "Gedeputeerde Ruud Coumans": the title opening the sentence
    if (
        _town_title_before(text, run[0].start)
        and not is_listed_given_name(first)
        and not is_arabic_given_name(run[1].word)
    ):
        # "burmistrz Kartuz Mirosław Szymikowski", "burmistrz Zingst Hartmut Kliewe": the
        # title's town, then the person; a first word any country gives as a name opens a
        # name of three words, as before an Arabic one (Abdirizak Mohamed Warsame)
        return True
    preposition = PLACE_PREPOSITION_BEFORE.search(text, max(0, run[0].start - 6), run[0].start)
    if preposition and _title_phrase_before(text, preposition.start()):
        # "il sindaco di Scutari Carlo Neri", "o deputado eleito por Beja Rui Palma"; not
        # "the son of Asif Ali Zardari", "a statement from ...": no title, a person's name
        return True
    # The complement is in a case (Jastarni, Frymburku) after a title of a language that
    # declines places; "Governor Abdullahi Umar Ganduje", "général Abdirahman Yusuf" are names.
    place = fold(first).endswith(LATIN_COMPLEMENT_ENDINGS)
    return place and _title_phrase_before(text, run[0].start, declining=True)


def _title_phrase_before(
    text: str, start: int, capitals: bool = False, declining: bool = False
) -> bool:
    """Return True when a title ends the words before ``start``, lowercase complements at
    most between (``burmistrz``, ``Primarul orașului``); with ``capitals``, a portfolio's
    capitalised words too (``ministra da Integração e do``), within the clause; with
    ``declining``, only a title of a language that declines place names (pl, cs, ro...)."""
    clause = re.split(r"[.;:!?]", text[max(0, start - 80) : start])[-1]
    reach = TITLE_PHRASE_REACH if capitals else 4
    for word in reversed(TOKEN.findall(clause)[-reach:]):
        if is_title_word(word):
            return not declining or fold(word) in _declining_titles()
        if not word.islower() and not capitals:
            return False
    return False


# Titles of a town's office that Polish, Czech and Romanian follow with the town's name
# (burmistrz Kartuz, starosta Frymburku, primarul Clujului); not "prezydent", whose holder
# is as often a head of state with a name of three words (prezydent Nayib Armando Bukele).
TOWN_TITLES = frozenset(
    str.split(
        "burmistrz burmistrzyni wójt wójtowa sołtys starosta starostka wojewoda marszałek "
        "primar primarul primarița primărița hejtman hejtmanka"
    )
)


def _town_title_before(text: str, start: int) -> bool:
    """Return True when the word right before ``start`` is the title of a town's office
    (``burmistrz``, ``starosta``, ``primarul``)."""
    return fold(_last_word_before(text, start)) in TOWN_TITLES


@lru_cache(maxsize=1)
def _declining_titles() -> frozenset[str]:
    """Return the one-word titles of the languages that put a title's place in a case."""
    return frozenset(
        fold(t) for code in DECLINING_LANGUAGES for t in LANGUAGES[code].titles if " " not in t
    )


def _acronym(word: str) -> bool:
    """Return True for an acronym in capitals (``TPN``, ``CPK``), never a one-letter initial."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _trim_run(text: str, run: list[_Token], bold: tuple[Span, ...]) -> list[_Token]:
    """Return the part of a run that is the name: the bold words, no complement or tail.

    ``de la Défense **Juansher Burchuladze**``: bold marks the name exactly. ``МИД России
    Мария Захарова``: the word after an institution is its complement. A run longer than a
    name (``İlham Əliyev Avropa İttifaqı Şurasının``) starts with the name.
    """
    inside = [t for t in run if _inside_bold(Span(t.start, t.end), bold)]
    if inside:
        run = inside
    elif run and fold(run[0].word) in BODY_ADJECTIVES and _after_institution(text, run[0].start):
        return []  # "Governo Regional dos Açores", "Banco Central de Reserva": the body's name
    elif _after_institution(text, run[0].start) and _portfolio_in_a_case(run[0].word):
        run = run[1:]  # "Ministerului Agriculturii de la Kampala": the portfolio, a place
    elif (
        _name_words(run) not in (0, 2)
        and _after_institution(text, run[0].start)
        and not (len(run) == 3 and fold(run[1].word).endswith(PATRONYMIC_ENDINGS))
    ):
        # "МИД Грузии Иван Петров": the complement, then the person ("Кремля Дмитрий Песков");
        # in Latin script three words or more are the body's own name, its adjectives first
        # (Empresa Eléctrica Regional Centro Sur), unless the body is an acronym, which
        # takes no adjectives after it (hiszpańskiego MSZ Carmen Ruiz de Azúa).
        if _script(run[0].word) or _name_words(run) < 3:
            run = run[1:]
        elif (named := _from_given_name(run)) is not run:
            run = named  # "Ministerul Agriculturii Andreea Mocanu-Dobre": the portfolio, a name
        elif _place_after_title(text, run):
            run = run[1:]  # "wójt gminy Kihnu Mari Kuusk": the title's body, its place, a name
        elif not _word_before(text, run[0].start).isupper():
            run = []
    elif _after_title_complement(text, run):
        run = run[1:]  # "Хоким Ташкента Шухрат Мирзаахмедов": the title's place, then the name
    if len(run) >= 2 and _word_before(text, run[0].start).casefold() in GERMAN_ARTICLES:
        run = run[1:]  # "Die Woiwodin von Schlesien", "des Bundesverbands Max Müller": a noun
    if len(run) >= 2 and _article_demonym(text, run[0]):
        run = run[1:]  # "l'Irlandais Ruairí Ó Dálaigh", "the Belgian Jan Peeters": a nationality
    if len(run) >= MIN_CUT_RUN and _acronym(run[0].word) and is_given_name(run[1].word):
        run = run[1:]  # "dyrektor TPN Tomasz Zięba": the body's acronym, then the person
    if _complement_before_given_name(text, run):
        run = run[1:]  # "burmistrz Jastarni Ewa Konkol", "Starosta Frymburku Pavel Šimánek"
    elif _unlisted_title_before_given_name(text, run):
        run = run[1:]  # "sagte Förster Jan-Hendrik Pauels": a trade the tables lack, a name
    run = run[_cyrillic_complement_words(text, run) :]
    run = run[_portfolio_tail_words(text, run) :]
    if (
        len(run) >= MIN_CUT_RUN
        and _word_before(text, run[0].start) in PLACE_NOUNS | UNIT_NOUNS
        and (
            is_given_name(run[1].word)
            or _hyphen_particle(run[-1].word)
            or _unit_named_before(text, run)
        )
        and not is_given_name(run[0].word)  # "глава района Мухаммед Салех аль-Хасан"
    ):
        run = run[1:]  # "округа Певек Игорь Вуквутагин", "prowincji Enga Peter ...": the place
    if (
        run
        and _word_before(text, run[0].start).casefold() in ORIGIN_WORDS
        and not is_given_name(run[0].word)
        and not is_given_name_in_a_case(run[0].word)
    ):
        # "из Лондона Эмили Картер", "із Торонто Стівен Марчук": the place, then the name;
        # "Прибывший из Москвы Лавров": the place, then a surname; "Отдыхающий из Алма-Аты",
        # "из Нижнего Новгорода": the place alone
        surname_follows = len(run) >= MIN_CUT_RUN or (len(run) == 2 and not _in_a_case(run[1].word))
        run = run[1:] if surname_follows else []
    if (
        len(run) >= MIN_CUT_RUN
        and _in_a_case(run[0].word)
        and _oblique_given_name(_word_before(text, run[0].start))
    ):
        # "представника ... Леоніда Кучми Дарка Оліфер": his surname in the genitive, after
        # his given name in it, then the name of who speaks
        run = run[1:]
    if (
        len(run) >= 2
        and _word_before(text, run[0].start).casefold() in OBJECT_PREPOSITIONS
        and _script(run[0].word)
        and _in_a_case(run[0].word)
        and not is_given_name_in_a_case(run[0].word)  # "с Валентиной Матвиенко": one person
        and (not _in_a_case(run[1].word) or is_given_name(run[1].word))
    ):
        # "С Мирзоевой Сафаров не согласен": with her, then who disagrees; "с Кайей Каллас
        # Марко Рубио": her name, then his from its given name; "з Поляниці Марія Федорак".
        given = next((i for i in range(1, len(run)) if is_given_name(run[i].word)), 1)
        run = run[given:]
    if (
        len(run) >= MIN_CUT_RUN
        and _word_before(text, run[0].start).casefold() in ROMANCE_LOCATIVES
        and is_given_name(run[1].word)
        and _place_before_name(run[0].word)  # not "a Pier Carlo Padoan", "à Bola Ahmed"
    ):
        run = run[1:]  # "ha dichiarato a Bruxelles Giorgia Fabbri": the place, then the name
    if (
        len(run) >= MIN_CUT_RUN
        and _noun_of(text, run[0].start)
        and is_given_name(run[1].word)
        and _place_before_name(run[0].word)
    ):
        run = run[1:]  # "la guía de Madidi Roxana Tarifa": the noun's place, then the name
    if run and _word_before(text, run[0].start) in LOCATIVE_PREPOSITIONS:
        run = run[1:]  # "в Бишкеке Айгуль Осмонова", "Urząd Morski w Szczecinie": a place
        if run and run[0].word.casefold() in INNER_PARTICLES:
            run = []  # "em Covas do Barroso": the place's own particle, the place goes on
    if (
        len(run) >= MIN_CUT_RUN
        and run[0].word.casefold() in AGENCIES
        and _word_before(text, run[0].start).casefold() in TOLD_AGENCY
        and not is_given_name(run[0].word)  # Efe Can Yılmaz: a given name, not EFE
    ):
        run = run[1:]  # "disse à Lusa Osvaldo Ceita Bragança": the agency told, then the name
    run = _from_patronymic(run)
    if _common_noun_opens_sentence(text, run):
        run = run[1:]  # "Fermer Əhməd Rzalı isə", "Kəndli Elşən Vəliyev": a capital by place
    if _noun_of_a_name(text, run):
        run = run[2:]  # "Réponse de Farid Qasımov :": a noun, then the name
    run = _from_given_name(run)
    if _place_after_title(text, run):
        run = run[1:]  # "Директор порту Комарно Бібіана Кмецова": the title's place
    if (
        len(run) >= 3
        and _script(run[0].word)
        and not fold(run[1].word).endswith(PATRONYMIC_ENDINGS)  # Наталья Ивановна Гурьева
        and _after_genitive_adjective(text, run[0].start)
    ):
        run = run[1:]  # "непризнанного Приднестровья Виталий Игнатенко": the region, then the name
    if len(run) >= 4 and _script(run[0].word) and run[0].word.casefold().endswith("ої"):
        # "центру ELY Північної Пог'янмаа Ярі Сірвіо": a feminine adjective, its region (not
        # "-ого": "директор Большого Жан Пьер Дюпон" names the theatre with no noun)
        run = run[2:]
    run = _cut_before_body(text, run)
    run = _cut_at_place_case(text, run)
    for index, token in enumerate(run[:-1]):
        if is_armenian(token.word) and token.word.endswith(ARMENIAN_CLOSING_ENDINGS):
            run = run[: index + 1]  # the case ending closes an Armenian name
            break
    if len(run) >= 3 and (
        _common_noun(run[0].word)
        or run[0].word.casefold() in COMPLEMENT_WORDS
        or _turkic_agent_noun(run[0].word)
    ):
        run = run[1:]  # "Stellungnahme Grigol Waschadse": a German noun before the name
    if len(run) >= 2 and _turkic_locative_opening(text, run):
        run = run[1:]  # "Haberde Erdoğan'ın ...": "in the news", opening the sentence
    if (
        len(run) >= 3
        and run[-1].word.casefold() in GERMAN_OBJECT_NOUNS
        and is_given_name(run[0].word)
    ):
        run = run[:-1]  # "zogen ... Marko Dorndorf Bilanz": the verb's object after the name
    run = _cut_at_speech_noun(text, run)
    while len(run) >= 3 and run[0].word.casefold() in COMPLEMENT_WORDS:
        run = run[1:]  # "Resources Environment Tran Thi Bich Ngoc": every portfolio word off
    # A lowercase particle marks a long Iberian name (Ana Cristina Vaz Neto da Graça): one
    # word more; a run of capitals alone longer than a name is a headline or a title.
    particle = any(t.word.islower() and t.word in ANY_PARTICLES for t in run)
    too_long = _name_words(run) > MAX_NAME_TOKENS + particle and not inside
    if too_long and is_institution_word(run[-1].word) and is_given_name(run[0].word):
        run = run[:-2]  # "Recep Tayyip Erdoğan Millet İttifakının": a body's name after his
    if _name_words(run) > MAX_NAME_TOKENS + particle and not inside:  # bold marks it exactly
        run = run[:2]
    run = _cut_at_country(text, run)
    run = _cut_nationality_before_paper(run)
    run = _cut_at_dutch_employer(run)
    while run and run[-1].word.casefold() in INNER_PARTICLES:
        run.pop()
    # "Europeo de Acción": dropping a word may leave a particle first.
    while run and run[0].word[0].islower() and not _is_name_word(run[0].word):
        run = run[1:]
    # "Georgian Dream": a nationality opens no name; inside one it may ("Anthony Albanese"),
    # and so may a given name before a kinship particle ("Turki bin Nasser").
    while run and is_nationality(run[0].word) and not _before_particle(run):
        run = run[1:]
    return run


def _cut_at_dutch_employer(run: list[_Token]) -> list[_Token]:
    """Return the run up to a Dutch "van" that follows a full name: "Jildou Hoogland van
    Vitens" is someone of Vitens, the water company. A "van" opens a surname only after
    given names (Jan van Dijk, Geert Jan van Oldenborgh)."""
    for index in range(2, len(run) - 1):
        if run[index].word == "van" and not is_given_name(run[index - 1].word):
            return run[:index]
    return run


GENITIVE_ADJECTIVE_ENDINGS = ("ого", "его", "ой", "ей", "ых", "их")
WORD_REACH = 40  # characters read back for the word before a run (внешнеполитического)


def _after_genitive_adjective(text: str, start: int) -> bool:
    """Return True when a lowercase Cyrillic adjective in the genitive precedes ``start``:
    the capitalised word after it is the noun it qualifies (a place or body), no name."""
    before = _word_before(text, start)
    return (
        before.islower() and bool(_script(before)) and before.endswith(GENITIVE_ADJECTIVE_ENDINGS)
    )


def _unit_named_before(text: str, run: list[_Token]) -> bool:
    """Return True for a run after an administrative unit's noun (``аймака Увс Ганболд
    Отгонбаяр``): its first word is the unit's name, unless a patronymic makes the run one
    full name (``Иван Петрович Сидоров``)."""
    if _word_before(text, run[0].start) not in UNIT_NOUNS:
        return False
    if run[0].word.casefold() in CYRILLIC_PARTICLES:
        return False  # "председатель общины Абу Бакр Ахмед"
    return not any(
        fold(t.word).endswith(PATRONYMIC_ENDINGS) or t.word.casefold() in CYRILLIC_PARTICLES
        for t in run[1:]
    )  # "мэр коммуны Жан-Мари Ле Пен", "Шарль де Голль": one foreign name


def _common_noun_opens_sentence(text: str, run: list[_Token]) -> bool:
    """Return True for a run of three words opening a sentence whose first word no table or
    dictionary of given names knows and whose second is a common given name: the first is
    a noun capitalised by its place (``Fermer Əhməd Rzalı``, ``Гончар Василь Омельченко``).
    """
    if len(run) != MIN_CUT_RUN or not _sentence_opens_at(text, run[0].start):
        return False
    first = run[0].word
    if fold(first) in HONORIFICS or is_listed_given_name(first):
        return False
    head, _, tail = first.partition("-")
    if "-" in first and not (tail[:1].islower() and len(tail) >= MIN_COMPOUND_TAIL):
        return False  # "Jean-Pierre", "Sin-ho", not "Плотник-реставратор": a compound noun
    if fold(head) in ANY_PARTICLES or fold(head) in KINSHIP_PARTICLES:
        return False  # "Ould-abdallah Mohamed Salem"
    if fold(run[2].word).endswith(PATRONYMIC_ENDINGS):
        return False  # "Шмигаль Денис Анатолійович": the surname first, then the patronymic
    return not is_given_name(first) and is_given_name(run[1].word)


def _word_before(text: str, start: int) -> str:
    """Return the word right before ``start`` (one space between), else ""."""
    if start < 2 or text[start - 1] != " ":
        return ""
    before = TOKEN.findall(text[max(0, start - WORD_REACH) : start])
    return before[-1] if before else ""


def _noun_of(text: str, start: int) -> bool:
    """Return True when a lowercase noun and its "of" stand right before ``start`` (``guía
    de``, ``sindaco di``): "of" is no particle of a name before it."""
    if text[start - 1 : start] != " ":
        return False
    before = TOKEN.findall(text[max(0, start - WORD_REACH) : start])[-2:]
    return len(before) == 2 and before[1] in ROMANCE_OF and before[0].islower()


def _token_after(text: str, end: int) -> re.Match[str] | None:
    """Return the word right after ``end`` (one space between), else None."""
    return TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None


MIN_ROLE_NOUN = 8


# The Romance "of" that joins a noun to whose it is ("Réponse de Farid Qasımov"); not the
# Arabic "son of" (Turki bin Nasser), which a name holds.
OF_PARTICLES = frozenset(str.split("de du des da di del della do dos"))


def _noun_of_a_name(text: str, run: list[_Token]) -> bool:
    """Return True for a noun, "de" and a full name opening with a given name before a colon
    (``Réponse de Farid Qasımov :``); not a name with a particle (Santiago de Vicente García)."""
    return (
        len(run) >= MIN_CUT_RUN + 1
        and run[1].word.casefold() in OF_PARTICLES
        and is_given_name(run[2].word)
        and not is_given_name(run[0].word)
        and text[run[-1].end :].lstrip().startswith(":")
    )


def _from_given_name(run: list[_Token]) -> list[_Token]:
    """Return the run from its first common given name when the words before it are none:
    ``Севморпути Дмитрий Шамраев``, ``Geografía Humana Inmaculada Fernández``, ``Konfederacji
    Marek J. Wróblewski`` start with a body's, a place's or a subject's name. A name that
    opens with a given name, a particle or an honorific (Sidi Mohamed ...) stays whole."""
    if len(run) < MIN_CUT_RUN or is_given_name(run[0].word):
        return run
    if fold(run[0].word) in HONORIFICS:
        return run
    if (
        len(run[0].word) >= MIN_ROLE_NOUN
        and "-" not in run[0].word
        and is_given_name(run[1].word)
        and not is_arabic_given_name(run[1].word)
        and not is_listed_given_name(run[0].word)
    ):
        # "county Supervisor Delfina X", "sagte Lotsenältester Fiete X": a long word before a
        # given name is a role's noun; given names that long are in the tables, but not all
        # that go before an Arabic one (Abdirizak Mohamed Warsame, Abdirahman Yusuf al-Qadi),
        # nor the rarer ones the dictionary of first names lists (Felismina Zacarias Chemane,
        # Hernando José Ríos Penagos).
        return run[1:]
    particle = 0
    for index in range(1, len(run) - 1):
        word = run[index].word
        if word.casefold() in ANY_PARTICLES:
            particle = particle or index  # "Ruiz de Aguilar": a surname's particle, one name
            continue
        if particle:
            # "Pública de Navarra Iñigo Zubiri": the body's place after its particle, then a
            # given name; "Ruiz de Aguilar" has none
            place = run[particle + 1].word
            if index == particle + 2 and is_given_name(word) and _place_before_name(place):
                return run[index:]
            continue
        if is_given_name(word):
            # One word before is cut only in a case (Севморпути, Konfederacji): "Ismaïl Omar
            # Bouh" or "Ghjuvan Petru Santucci" open with a given name the table lacks.
            return run[index:] if index >= 2 or _in_a_case(run[0].word) else run
        if _in_a_case(run[0].word) and is_given_name_in_a_case(word):
            return run[index:]  # "Чернігова Олени Савчук": the city, then a name in a case
    return run


MAX_TITLE_COMPLEMENT_WORDS = 3  # "Starostka Hrádku nad Nisou": a title, then its place


def _place_after_title(text: str, run: list[_Token]) -> bool:
    """Return True when a run of three words opens with the place of a title written just
    before it, then a given name (``Starostka Hrádku nad Nisou Jitka Holubcová``)."""
    if len(run) != 3 or is_given_name(run[0].word) or not is_given_name(run[1].word):
        return False
    if fold(run[0].word) in HONORIFICS:
        return False
    before = text[max(0, run[0].start - MAX_WINDOW_CHARS) : run[0].start]
    clause = re.split(r"[.,;:!?()«»“”„\"]", before)[-1]
    words = TOKEN.findall(clause)[-MAX_TITLE_COMPLEMENT_WORDS:]
    # a lowercase word of the complement between ("порту", "nad"): right after a title,
    # three capitalised words are one name (général Abdirahman Yusuf al-Qadi)
    return (
        bool(words)
        and words[-1].islower()
        and not is_title_word(words[-1])
        and any(is_title_word(word) for word in words)
    )


MAX_WINDOW_CHARS = 60


def _oblique_given_name(word: str) -> bool:
    """Return True for a Slavic given name in an oblique case only (Леоніда, Dmitrija)."""
    return bool(word) and is_given_name_in_a_case(word) and not is_given_name(word)


def _in_a_case(word: str) -> bool:
    """Return True for a Slavic word in an oblique case (Дагестана, Чечни, Konfederacji,
    Lewicy, Wolińskiego): a body's or a place's name before a person's, never a given name."""
    key = word.casefold()
    if _script(word):
        return key.endswith(CYRILLIC_OBLIQUE)
    return key.endswith(LATIN_SLAVIC_OBLIQUE)


def _from_patronymic(run: list[_Token]) -> list[_Token]:
    """Return the run from the given name before its first patronymic: ``Росрыболовства
    Геннадий Павлович Скворцов-Лаптев`` -> ``Геннадий Павлович Скворцов-Лаптев``; whatever
    comes before a given name and patronymic is a body's or a place's name."""
    for index, token in enumerate(run[:-1]):
        if _script(token.word) and fold(token.word).endswith(PATRONYMIC_ENDINGS):
            return run[index - 1 :] if index >= 2 else run
    return run


TURKIC_LOCATIVES = ("de", "da", "te", "ta")
MIN_LOCATIVE_NOUN = 6  # "Haberde", "Toplantıda"; not a short name ending so


def _turkic_locative_opening(text: str, run: list[_Token]) -> bool:
    """Return True for a sentence's first word in the Turkic locative before a name, in
    Turkic text (``Haberde Erdoğan'ın``, "in the news"): a noun, never a given name."""
    word = run[0].word
    if len(word) < MIN_LOCATIVE_NOUN or not word.endswith(TURKIC_LOCATIVES):
        return False
    if is_given_name(word) or is_listed_given_name(word):
        return False  # Nahide, Zübeyde: given names the big dictionary of first names holds
    before = text[max(0, run[0].start - 2) : run[0].start].strip()
    if before and before[-1] not in ".!?:":
        return False
    around = text[run[0].start : run[-1].end + AZ_WINDOW]
    return any(ch in SINGLE_SURNAME_LETTERS for ch in around)


def _turkic_agent_noun(word: str) -> bool:
    """Return True for a Turkish/Azerbaijani occupation noun in -ci (``Gazeteci``,
    ``Siyasetçi``): a role before a name, never a given name."""
    key = fold(word)
    return len(key) >= MIN_AGENT_NOUN and key.endswith(TURKIC_AGENT_ENDINGS)


def _cut_at_place_case(text: str, run: list[_Token]) -> list[_Token]:
    """Return the run cut before an Azerbaijani place in a case ending past the surname
    (``Rəşad Əliquliyev Brüsseldə`` -> ``Rəşad Əliquliyev``); a foreign name has none of the
    language's letters, its neighbours do (``naziri Kim Do-hyun Seulda keçirilən``)."""
    if len(run) < 3:
        return run
    around = text[max(0, run[0].start - AZ_WINDOW) : run[-1].end + AZ_WINDOW]
    if not any(ch in SINGLE_SURNAME_LETTERS for ch in around):
        return run
    # Azerbaijani writes nominative places in -iya (Suriya, Serbiya, Britaniya), cut as
    # well; in Turkish text a word ending so against vowel harmony is a foreign surname.
    azerbaijani = "ə" in around.casefold()
    for index in range(2, len(run)):
        if _az_place_case(run[index].word, azerbaijani):
            return run[:index]
    return run


@lru_cache(maxsize=WORD_CACHE)
def _az_place_case(word: str, azerbaijani: bool = True) -> bool:
    """Return True for a capitalised word in an Azerbaijani locative, ablative or dative."""
    key = fold(word)
    return (
        len(key) >= MIN_AZ_PLACE
        and key.endswith(AZ_PLACE_ENDINGS)
        and not key.endswith(AZ_SURNAME_ENDINGS)
        and (azerbaijani or _harmonic_ending(key))
    )


def _harmonic_ending(key: str) -> bool:
    """Return True when the Azerbaijani case ending of ``key`` agrees with its stem's last
    vowel (``bakıya``, ``tbilisiyə``), False for a foreign name that only ends alike
    (``wickramasuriya``: a front ``i`` before a back ``ya``)."""
    ending = next(e for e in AZ_PLACE_ENDINGS_LONGEST_FIRST if key.endswith(e))
    stem_vowels = [ch for ch in key[: -len(ending)] if ch in BACK_VOWELS or ch in FRONT_VOWELS]
    if not stem_vowels:
        return True
    back_ending = any(ch in BACK_VOWELS for ch in ending)
    return (stem_vowels[-1] in BACK_VOWELS) == back_ending


def _after_title_complement(text: str, run: list[_Token]) -> bool:
    """Return True for a Cyrillic run of three words after a title whose first word is the
    title's complement (``Мэр Душанбе Шамсиддин Курбонов``, ``Хоким Ташкента ...``); a
    patronymic in the middle keeps the name whole (``Президент Владимир Владимирович Путин``).
    """
    if len(run) != 3 or _name_words(run) != 3 or not all(_script(t.word) for t in run):
        return False
    if fold(run[1].word).endswith(PATRONYMIC_ENDINGS) or len(run[1].word) == 1:
        return False  # a patronymic or its initial: "Динара Т. Абдыкадырова" is one name
    if len(run[0].word) <= MAX_SYLLABLE_SURNAME and all(len(t.word) <= 4 for t in run):
        return False  # "генерал Ли Сон Мин": a Korean name, one syllable a word
    start = run[0].start
    if start < 2 or text[start - 1] != " ":
        return False
    return _title_right_before(text, start)


# Case endings of a Cyrillic body or place in the genitive or dative (Кенеша, Грузії,
# Меджлісу), and surname endings that say the run's last two words are a full name.
CYRILLIC_CASE_ENDINGS = ("а", "я", "у", "ю", "и", "і", "ї", "ы")
CYRILLIC_SURNAME_ENDINGS = (
    *("ов", "ова", "ев", "ева", "ин", "ина", "ян", "янц", "швили", "швілі", "дзе", "ли", "лі"),
    *("ский", "ская", "ський", "ська", "енко", "ук", "юк", "зода", "заде", "иев", "иева"),
)


def _cyrillic_complement_words(text: str, run: list[_Token]) -> int:
    """Return how many words open a Cyrillic run of three or four as a title's complement in
    a case before a full name (``депутат Жогорку Кенеша Чынара Абдраимова``, ``міністр
    економіки ... Грузії Давіт Мчедлішвілі``): none unless a title phrase comes before."""
    if not MIN_CUT_RUN <= len(run) <= MIN_CUT_RUN + 1 or not all(_script(t.word) for t in run):
        return 0
    leading, given, surname = run[:-2], fold(run[-2].word), fold(run[-1].word)
    if given.endswith(PATRONYMIC_ENDINGS) or surname.endswith(PATRONYMIC_ENDINGS):
        return 0  # "Владимир Владимирович Путин", "Ильхам Гейдар оглы Алиев"
    if any(is_given_name(t.word) for t in leading):
        return 0
    if not fold(leading[-1].word).endswith(CYRILLIC_CASE_ENDINGS):
        return 0
    if len(surname) <= MAX_FUNCTION_NAME or not surname.endswith(CYRILLIC_SURNAME_ENDINGS):
        return 0  # "генерал Ли Сон Мин": a Korean name, one syllable a word
    return len(leading) if _title_phrase_before(text, run[0].start, capitals=True) else 0


PORTFOLIO_CONJUNCTIONS = frozenset({"and", "en", "y", "et", "und", "e", "ve", "və", "și"})
PORTFOLIO_CONNECTORS = frozenset(
    {"of", "for", "de", "del", "du", "des", "da", "do", "di", "della", "van", "voor", "für"}
)


def _portfolio_tail_words(text: str, run: list[_Token]) -> int:
    """Return how many words open the run as the end of a title's portfolio after its
    conjunction (``minister van Infrastructuur en Waterstaat Ingrid Bakker-Mulder``,
    ``Minister for Trade and Industry Paul Smith``): the words up to its first given name."""
    if len(run) < MIN_CUT_RUN or _portfolio_conjunction(text, run[0].start) is None:
        return 0
    if is_given_name(run[0].word):
        return 0  # "la ministra Yolanda Díaz y José Luis Escrivá": a second person, whole
    # With no given name known the cut is a guess (Tran Thi Bich Ngoc): the run stays whole.
    return _given_at(run) or 0


def _portfolio_conjunction(text: str, start: int) -> int | None:
    """Return where the conjunction right before ``start`` stands when a title's phrase
    comes before it (``minister van Infrastructuur en``, ``ministra de Ambiente y``)."""
    if _word_before(text, start).casefold() not in PORTFOLIO_CONJUNCTIONS:
        return None
    conjunction = text.rfind(" ", 0, start - 1) + 1
    return conjunction if _title_phrase_before(text, conjunction, capitals=True) else None


def _cut_nationality_before_paper(run: list[_Token]) -> list[_Token]:
    """Return the run without a Turkish nationality adjective before a paper's article
    (``Fransız Le Figaro`` -> ``Le Figaro``)."""
    nationality = len(run) > 2 and run[0].word in TURKISH_NATIONALITIES
    return run[1:] if nationality and run[1].word in FOREIGN_PAPER_ARTICLES else run


def _cut_at_country(text: str, run: list[_Token]) -> list[_Token]:
    """Return the run cut before a country's name of two words or more that ends it (``Cabo
    Verde``, ``Energia de Cabo Verde``, ``São Tomé`` before ``e Príncipe``): no person."""
    if not run:
        return run
    end = run[-1].end
    following = _token_after(text, end)
    tail = ""
    if following is not None and following.group().casefold() in BODY_CONJUNCTIONS:
        joined = TOKEN.match(text, following.end() + 1)
        if joined is not None and text[following.end() : joined.start()] == " ":
            tail = f" {following.group()} {joined.group()}"  # São Tomé e Príncipe
    for index in range(len(run) - (0 if tail else 1)):
        if country_code(text[run[index].start : end] + tail) is not None:
            return run[:index]
    return run


def _before_particle(run: list[_Token]) -> bool:
    """Return True when the run's first word is followed by a particle (``Turki bin``)."""
    return len(run) > 1 and run[1].word.casefold() in PARTICLES


def _name_words(run: list[_Token]) -> int:
    """Return how many words of ``run`` are not particles."""
    return sum(1 for t in run if t.word.casefold() not in ANY_PARTICLES)


def _cut_before_body(text: str, run: list[_Token]) -> list[_Token]:
    """Return the run cut at a particle that leads into an institution's name.

    ``Waschadse der Deutschen Presse-Agentur`` is ``Waschadse`` (speaking to the agency),
    ``Ursula von der Leyen`` stays whole.
    """
    for index in range(1, len(run)):
        if run[index].word.casefold() in INNER_PARTICLES and (
            any(is_institution_word(t.word) or _common_noun(t.word) for t in run[index + 1 :])
            or _names_a_body(text, run[-1].end)
        ):
            return run[:index]
    return run


# Conjunctions inside an institution's name after a run of capitalised words.
# Adjectives that follow an institution's noun in its name: never a person's first word.
BODY_ADJECTIVES = frozenset(
    [
        "milli",  # Kırım Tatar Milli Meclisi
        "ulusal",
        "regional",
        "nacional",
        "national",
        "federal",
        "central",
        "popular",
        "general",
        "supremo",
        "suprema",
        "supreme",
        "constitucional",
        "constitutionnel",
        "constitutional",
        "autónoma",
        "autonome",
        "autonomo",
        "republicano",
        "municipal",
        "provincial",
        "estatal",
    ]
)
BODY_CONJUNCTIONS = frozenset({"ve", "və", "and", "et", "und", "y", "e", "ed", "i"})
MAX_BODY_TAIL = 3


# Media words and German noun suffixes: "Gressel der Zeitung" ends at "Gressel".
NOUN_SUFFIXES = (
    "ung",
    "schaft",
    "nahme",
    "heit",
    "keit",
    "zeitung",
    "agentur",
    "tion",
    "ium",
    # Dutch portfolios (Ontwikkelingshulp, Buitenlandse Zaken): a noun before a name
    "hulp",
    "zaken",
    "beleid",
)
# Italian squares and parks, only as a run's first word ("ai Giardini Diaz"): Piazza,
# Giardino, Giardini, Parco are surnames after a given name ("Mike Piazza").
SQUARE_WORDS = frozenset(str.split("giardini giardino parco piazza piazzale"))
MEDIA_NAME_WORDS = frozenset(m.casefold() for cues in LANGUAGES.values() for m in cues.media)


@lru_cache(maxsize=WORD_CACHE)
def _common_noun(word: str) -> bool:
    """Return True for a capitalised word that is a common noun (a medium, a German -ung)."""
    key = word.casefold()
    if key in GERMAN_KINSHIP_NOUNS:
        return True  # "sagte Vater Sjoerd Bakker": capitalised as German nouns are
    return key in MEDIA_NAME_WORDS or (len(key) > 6 and key.endswith(NOUN_SUFFIXES))


GERMAN_KINSHIP_NOUNS = frozenset(
    str.split(
        "vater mutter tochter bruder schwester ehemann ehefrau witwe witwer großvater "
        "großmutter opa oma onkel tante enkel enkelin nachbar nachbarin"
    )
)


# Nouns a German sentence puts right after its subject's name, as the verb's object: "zogen
# Parkleiter Wolfgang Rades und ... Marko Dorndorf Bilanz" (took stock) ends at Dorndorf.
GERMAN_OBJECT_NOUNS = frozenset({"bilanz", "fazit"})
# German nouns of someone's words after a name in the genitive ("Baerbocks Aussage", "Merz'
# Worte"): the words, never the last part of the name.
GERMAN_SPEECH_NOUNS = frozenset(
    str.split(
        "aussage aussagen äußerung äußerungen worte wort erklärung erklärungen rede reden "
        "antwort antworten forderung forderungen kritik vorwurf vorwürfe appell warnung zitat "
        "ansage ansicht meinung botschaft mahnung bilanz bemerkung"
    )
)
GENITIVE_MARKS = ("s", "'", "’")


def _cut_at_speech_noun(text: str, run: list[_Token]) -> list[_Token]:
    """Return the run up to a German noun of words after a genitive ("Baerbocks Aussage",
    "Merz' Worte"): the owner of the words, then what he said."""
    for index in range(1, len(run)):
        owner = text[run[index - 1].start : run[index].start].rstrip()
        if run[index].word.casefold() in GERMAN_SPEECH_NOUNS and owner.endswith(GENITIVE_MARKS):
            last = run[index - 1]
            # the genitive ending off: "Baerbocks" is Baerbock, "Merz'" is Merz
            cut = len(last.word) - len(last.word.rstrip("'’")) or 1
            nominative = _Token(last.word[:-cut], last.start, last.end - cut)
            return [*run[: index - 1], nominative]
    return run


def _portfolio_in_a_case(word: str) -> bool:
    """Return True for a ministry's portfolio word, as listed or with a case ending of up
    to three letters in place of its last (Agricultur-ii): the complement of the body
    before it, never a name."""
    key = word.casefold()
    return key in COMPLEMENT_WORDS or _has_stem(key, PORTFOLIO_STEMS, MAX_PORTFOLIO_ENDING)


def _after_institution(text: str, start: int) -> bool:
    """Return True when the word before ``start`` is an institution or an acronym."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
        return False
    before = TOKEN.findall(text[max(0, start - 40) : start])
    if not before:
        return False
    word = before[-1]
    if len(before) > 1 and word.islower() and is_title_word(before[-2]) and not _script(word):
        return False  # "a bióloga marinha Graça X": the title's adjective, not the Navy
    # A Cyrillic acronym is an office whose complement follows (МИД Грузии); a Latin one is
    # mostly a party before its member's full name (del PP Alberto Núñez Feijóo).
    return is_institution_word(word) or (len(word) > 1 and word.isupper() and bool(_script(word)))


def _joined_to_body(text: str, span: Span) -> bool:
    """Return True for a run after a conjunction that continues a body's name (``Associação
    Comercial e Industrial do Funchal``, ``Ministerio de Trabajo y Seguridad Social``)."""
    before = list(TOKEN.finditer(text[max(0, span.start - 80) : span.start]))
    if len(before) < 2 or before[-1].group().casefold() not in BODY_CONJUNCTIONS:
        return False
    for match in reversed(before[-MAX_BODY_TAIL - 2 : -1]):
        word = match.group()
        if _body_word_not_given_name(word):
            return True  # not "Marine Le Pen et Olivier Faure"
        if not (word[:1].isupper() or word.casefold() in INNER_PARTICLES):
            return False
    return False


def _names_a_body(text: str, end: int) -> bool:
    """Return True when the run is followed by an institution word (``Milli Savunma Bakanlığı``)."""
    match = _token_after(text, end)
    if match is not None and match.group().casefold() in BODY_CONJUNCTIONS:
        # "Devlet Petrol ve Gaz Şirketi": a conjunction, capitalised words, then the noun.
        for _ in range(MAX_BODY_TAIL):
            match = _token_after(text, match.end())
            if match is None or not match.group()[:1].isupper():
                return False
            if _body_word_not_given_name(match.group()):
                return True  # not "Gabriel Attal et Marine Tondelier"
        return False
    for _ in range(MAX_BODY_TAIL - 1):
        # "Kırım Tatar Milli Meclisi'nin": the body's adjectives, then its noun.
        if match is None or _body_noun(match.group()):
            break
        if fold(match.group()) not in BODY_ADJECTIVES:
            return False
        match = _token_after(text, match.end())
    return match is not None and _body_noun(match.group())


def _given_name_before_common_noun(text: str, run: list[_Token]) -> bool:
    """Return True for a full name opening with a listed given name before a lowercase
    institution noun (``Elşən Musayev parlamentin iclasında``): the noun is a common one the
    sentence goes on with, not the last word of a body's name (``Milli Savunma Bakanlığı``)."""
    after = _token_after(text, run[-1].end)
    # two words only: "İlham Əliyevin Assoşieyted Press agentliyinə" is a name in the genitive
    # (-in, too common an ending to tell), then the agency's name
    # "интервью Сергея Лаврова агентству": a Slavic given name in a case opens the name too
    given = is_given_name(run[0].word) or (
        CYRILLIC_WORD.fullmatch(run[0].word) is not None and is_given_name_in_a_case(run[0].word)
    )
    if not (len(run) == 2 and given and after is not None and after.group()[:1].islower()):
        return False
    following = _token_after(text, after.end())
    # not "Heydər Əliyev fondunun vitse-prezidenti": a body named after a person, then the
    # title of someone in it
    return following is None or not is_title_word(following.group().strip(",.;:"))


def _body_noun(word: str) -> bool:
    """Return True for an institution's noun, also a Turkish possessed one in a case."""
    return is_institution_word(word) or (
        word[:1].isupper() and TURKISH_POSSESSED_CASE.search(word.casefold()) is not None
    )


@dataclass(slots=True)
class _PersonEntry:
    canonical: str
    keys: tuple[str, ...]  # name_key of each word, title abbreviations dropped
    forms: list[str]
    mentions: int

    @property
    def full(self) -> bool:
        """Return True when the person has a full name (given name and surname)."""
        return len(self.keys) > 1


def _particle_key(key: str) -> bool:
    """Return True for the key of a name particle (``de``, ``van``, ``dos``)."""
    return key in INNER_PARTICLES or key in NOBLE_PARTICLES


def _refers(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Return True when a name with keys ``short`` can stand for the name with keys ``full``.

    Names are read by their grammar: the same words; one surname word or a run of surname
    words (``Molina``, ``Molina Ortiz``, ``Gómez de la Vega``, ``Van der Linden``); or, for
    a longer name, its first words (``Teresa Ribera`` for ``Teresa Ribera Rodríguez``). A
    given name alone never stands for the person.
    """
    if short == full:
        return True
    size = len(short)
    if _initials_of(short, full) or _initials_of(full, short):
        return True  # "С. Лавров" and "Сергей Лавров", either written first
    if not size or size >= len(full):
        return False
    if size == 1:
        return not _particle_key(short[0]) and short[0] in full[1:]
    if full[:size] == short:
        return True
    if any(full[start : start + size] == short for start in range(1, len(full) - size + 1)):
        return True
    # The first given name and the last surname, the middle ones left out (João Lourenço for
    # João Manuel Gonçalves Lourenço).
    return short[0] == full[0] and short[-1] == full[-1] and _subsequence(short, full)


def _initials_of(initialled: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Return True when ``initialled`` is ``full`` with one or more given names written as
    their initial ("В. В. Путин" of "Владимир Владимирович Путин"), the surname the same."""
    if len(full) < 2 or len(initialled) < 2 or initialled[-1] != full[-1]:
        return False
    given, written = initialled[:-1], full[:-1]
    if all(len(i) == 1 for i in given) and len(given) > len(written):
        # "В. В. Путин" of "Владимир Путин": the patronymic's initial the full form leaves out
        return all(f.startswith(i) for i, f in zip(given, written, strict=False))
    if len(given) != len(written):
        return False
    pairs = list(zip(given, written, strict=True))
    return any(len(i) == 1 < len(f) for i, f in pairs) and all(
        f.startswith(i) if len(i) == 1 else i == f for i, f in pairs
    )


def _subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Return True when the words of ``short`` occur in ``full`` in the same order."""
    remaining = iter(full)
    return all(word in remaining for word in short)


MIN_RESPELLED = 6  # shorter surnames one letter apart are other people (Kim, Kin)


# Spellings of one sound across transliterations, for a respelled surname only: German w for
# v (Todorowa), gh for g (Taghiyev), Greek ch or h (Vlachopoulos), and the Azerbaijani ə
# written a or e (Məmmədbəyli / Memmedbeyli, Həsənov / Hesenov). Other vowels stay: Hasanov
# and Huseynov, Martin and Morton, Moreno and Marino are other people.
LOOSE_SPELLINGS = (("w", "v"), ("gh", "g"), ("ch", "h"), ("ph", "f"), ("e", "a"))


@lru_cache(maxsize=WORD_CACHE)
def _loose_key(key: str) -> str:
    """Return a surname key with its loose spellings merged and doubled letters single."""
    for old, new in LOOSE_SPELLINGS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)


def _respelled_surname(known: str, word: str) -> bool:
    """Return True when ``word`` is a transliteration of the surname key ``known``: one inner
    letter apart, or the same letters but for the loose spellings, with the same first and
    last letters (the last marks a gender or a case: Ivanov / Ivanova may be two people)."""
    if _one_inner_letter_apart(known, word):
        return True
    return known[0] == word[0] and known[-1] == word[-1] and _loose_key(known) == _loose_key(word)


def _personal_first_name(word: str) -> bool:
    """Return True for a given name, however rare, also as German writes Slavic ones (w)."""
    return is_given_name(word) or any(
        is_listed_given_name(form) for form in dict.fromkeys((word, word.replace("w", "v")))
    )


def _one_inner_letter_apart(first: str, second: str) -> bool:
    """Return True when one letter inside the word, not its last, is another letter in the
    other key (Eliyarlı / Əliyarlı): a transliteration. Endings that differ are a gender or
    a case (Ivanov / Ivanova), another person as often as the same."""
    if len(first) != len(second) or first[-1] != second[-1]:
        return False
    return sum(a != b for a, b in zip(first, second, strict=True)) == 1


class PersonRegistry:
    """The persons of one document, each under the fullest form of its name, with variants.

    Each name word (particles aside) indexes the persons whose name holds it past the first
    word, so a lookup reads only the few persons sharing a surname word.
    """

    def __init__(self) -> None:
        self.people: list[_PersonEntry] = []
        self.by_word: dict[str, list[_PersonEntry]] = {}
        self.by_first: dict[str, list[_PersonEntry]] = {}  # first word of full names
        self.aliases: dict[str, str] = {}  # a run longer than the name -> the name
        # nominative surname key -> persons first written in a case ("Według Marka
        # Zielińskiego", before "Marek Zieliński"): the nominative, once met, is canonical.
        self.by_declined: dict[str, list[_PersonEntry]] = {}
        # persons introduced as someone's relative ("his wife Brigitte Macron", "eşi Emine
        # Erdoğan"): their surname alone stays the other person's
        self.relatives: set[int] = set()

    def _keys(self, name: str) -> tuple[str, ...]:
        """Return the name keys of ``name``, title abbreviations dropped."""
        # a glued initial is no word of its own: "R.Əliquliyev" is Rəşad Əliquliyev's surname
        words = [GLUED_INITIAL_WORD.sub("", word) for word in name.split()]
        while len(words) > 1 and name_key(words[0]) in TITLE_ABBREVIATIONS:
            words = words[1:]
        return tuple(k for k in (name_key(w) for w in words) if k)

    def _index(self, entry: _PersonEntry) -> None:
        """Index ``entry`` under its surname words (every word for a one-word name)."""
        words = entry.keys[1:] if entry.full else entry.keys
        if entry.full and entry not in self.by_first.get(entry.keys[0], ()):
            self.by_first.setdefault(entry.keys[0], []).append(entry)
        for key in dict.fromkeys(words):
            if not _particle_key(key) and entry not in self.by_word.get(key, ()):
                self.by_word.setdefault(key, []).append(entry)

    def _find(self, name: str) -> _PersonEntry | None:
        """Return the known person ``name`` refers to: full name, part of it, or surname; a
        glued initial must be the known given name's ("H.Əliyev" is no İlham Əliyev)."""
        entry = self._find_keys(name)
        initial = GLUED_INITIAL_WORD.match(name)
        if (
            entry is not None
            and initial
            and entry.full
            and name_key(initial[0])[:1] != entry.keys[0][:1]
        ):
            return None
        return entry

    def _find_keys(self, name: str) -> _PersonEntry | None:
        """Return the known person ``name``'s keys refer to (see :meth:`_find`)."""
        keys = self._keys(self.aliases.get(name, name))
        if not keys:
            return None
        lookups = [keys[-1]]
        if len(keys) == 1:
            lookups += nominative_keys(name.strip())
        for lookup in lookups:
            short = (lookup,) if len(keys) == 1 else keys
            for entry in self.by_word.get(lookup, ()):
                if len(keys) == 1 and id(entry) in self.relatives:
                    continue  # "Erdoğan" after "eşi Emine Erdoğan": not his wife
                if _refers(short, entry.keys):
                    return entry
        if len(keys) == DECLINED_NAME_WORDS:
            declined = self._declined(name, keys)
            if declined is not None:
                return declined
        # Surname first (Xi Jinping -> Xi, Wang Yi -> Wang, Orbán Viktor -> Orbán): a lone
        # word that is no known surname but opens exactly one full name stands for it.
        first = self.by_first.get(keys[0], []) if len(keys) == 1 else []
        if len(first) == 1:
            return first[0]
        return self._respelled(lookups) if len(keys) == 1 else None

    def _respelled(self, lookups: list[str]) -> _PersonEntry | None:
        """Return the one full name whose surname a lone word spells one letter apart
        (ავეთისიანი / ავეტისიანი, Eliyarlı / Əliyarlı): a transliteration variant. Only when
        no name matched exactly, and only for long words; the registry of one document is
        small, so the scan stays cheap."""
        found: set[int] = set()
        entries: list[_PersonEntry] = []
        for lookup in lookups:
            if len(lookup) < MIN_RESPELLED:
                continue
            for key, indexed in self.by_word.items():
                if len(key) >= MIN_RESPELLED and _respelled_surname(key, lookup):
                    for entry in indexed:
                        # a person's full name, from a given name on: "Şelaleyi" is one
                        # letter from "Tortum Şelalesi", a waterfall
                        person = entry.full and _personal_first_name(entry.canonical.split()[0])
                        person = person and id(entry) not in self.relatives
                        if person and id(entry) not in found:
                            found.add(id(entry))
                            entries.append(entry)
        return entries[0] if len(entries) == 1 else None

    def _declined(self, name: str, keys: tuple[str, ...]) -> _PersonEntry | None:
        """Return the known person whose two-word name ``name`` is in a case, both words
        declined (``Marka Zielińskiego``: Marek Zieliński, ``Ирины Гореловой``)."""
        for lookup in nominative_keys(name.split()[-1]):
            for entry in self.by_word.get(lookup, ()):
                if entry.keys[-1] == lookup and _declined_given(keys[0], entry.keys):
                    return entry
        # A surname that does not decline (Онищенко, Савчук for a woman) after a given name
        # in a case of the known person's given name: "Геннадию Онищенко" is Геннадий's.
        # The given name must be that very name's case, not only share its first letters
        # (Marek Kowalski and Marta Kowalski are two people). A man's surname ending in a
        # consonant declines (Савчука), so after one only a woman is the same person:
        # "Александра Савчук" is no case of Александр Савчук.
        written = name.split()[-2]
        if written.casefold().endswith(FEMININE_GIVEN):
            return None  # "Александра Шевченко": a woman, or Александр's genitive; unsure
        given = {name_key(nominative) for nominative in given_name_nominatives(written)}
        consonant = not name.split()[-1].casefold().endswith(UNDECLINED_ENDINGS)
        for entry in self.by_word.get(keys[-1], ()):
            if (
                entry.keys[-1] == keys[-1]
                and len(entry.keys) == DECLINED_NAME_WORDS
                and entry.keys[0] in given
                and not (consonant and not entry.canonical.split()[0].endswith(FEMININE_GIVEN))
            ):
                return entry
        return None

    def _nominative_of_declined(self, keys: tuple[str, ...]) -> _PersonEntry | None:
        """Return the person first written in a case whose nominative ``keys`` are now."""
        for entry in self.by_declined.get(keys[-1], ()):
            if len(entry.keys) == DECLINED_NAME_WORDS and _declined_given(entry.keys[0], keys):
                return entry
        return None

    def _extended(self, keys: tuple[str, ...]) -> _PersonEntry | None:
        """Return the known person whose shorter full name ``keys`` completes (``Molina
        Ortiz`` known, ``Franklin Molina Ortiz`` written now)."""
        for key in keys[1:]:
            for entry in self.by_word.get(key, ()):
                if entry.full and _refers(entry.keys, keys):
                    return entry
        return None

    def add(self, name: str) -> None:
        """Record one mention of ``name``; a fuller form of a known name becomes canonical."""
        entry = self._find(name)
        if entry is not None and _initials_of(entry.keys, self._keys(name)):
            # "С. Лавров", then "Сергей Лавров": the given name written out is canonical
            entry.forms.append(entry.canonical)
            entry.canonical, entry.keys = base_name(_untitled(name)), self._keys(name)
            self._index(entry)
        if entry is None:
            keys = self._keys(name)
            entry = self._extended(keys) if len(keys) > 1 else None
            declined = self._nominative_of_declined(keys) if entry is None else None
            if declined is not None:
                entry = declined
                self.aliases[entry.canonical] = base_name(_untitled(name))
                entry.forms.append(entry.canonical)
                entry.canonical, entry.keys = base_name(_untitled(name)), keys
            elif entry is None:
                written = base_name(_untitled(name))
                nominative = nominative_name(written)
                # filed under the nominative, which each case of it finds ("Игорем
                # Кривошеевым", then "Игоря Кривошеева": one person)
                filed = self._keys(nominative) if nominative else keys
                entry = _PersonEntry(nominative or written, filed, [], 0)
                self.people.append(entry)
                if len(keys) == DECLINED_NAME_WORDS:
                    for nominative in _declined_surname_keys(name, keys):
                        self.by_declined.setdefault(nominative, []).append(entry)
            elif len(keys) > len(entry.keys) and (
                keys[-len(entry.keys) :] == entry.keys or keys[-1] == entry.keys[-1]
            ):
                # Given names written before or inside a known name (Molina Ortiz, then
                # Franklin Molina Ortiz; João Lourenço, then João Manuel Gonçalves Lourenço):
                # the fuller form, ending with the same surname, is canonical. Words after
                # it may be another phrase (German nouns: "Ilham Aliyev Reportern"): the same
                # person, no new canonical.
                entry.forms.append(entry.canonical)
                entry.canonical, entry.keys = base_name(_untitled(name)), keys
            self._index(entry)
        entry.mentions += 1
        if name not in entry.forms:
            entry.forms.append(name)

    def mark_relative(self, name: str) -> None:
        """Record that the full name ``name`` was written as someone's relative: its surname
        alone no longer refers to it. Only the name as its entry writes it: "сын Рамзана
        Кадырова" names the father."""
        entry = self._find(name)
        if entry is not None and entry.full and entry.canonical in base_name(name):
            self.relatives.add(id(entry))

    def knows_surname(self, name: str) -> bool:
        """Return True when ``name`` (one word) is the surname of a known person."""
        return self._find(name) is not None

    def canonical(self, name: str) -> str:
        """Return the canonical name ``name`` refers to (itself when unknown); a run holding
        a known name and more words after it (``Ilham Aliyev Reportern``) is that person."""
        entry = self._find(name)
        if entry is None:
            keys = self._keys(self.aliases.get(name, name))
            entry = self._extended(keys) if len(keys) > 1 else None
        return entry.canonical if entry else base_name(self.aliases.get(name, name))

    def persons(self) -> tuple[Person, ...]:
        """Return the persons with a full name, in order of first mention."""
        return tuple(
            Person(
                e.canonical,
                tuple(dict.fromkeys(f for f in e.forms if f != e.canonical)),
                e.mentions,
            )
            for e in self.people
            if e.full
        )


# The last letters of surnames that may stay undeclined for a man too (Онищенко, Шойгу,
# Черных), and of women's given names in the nominative (Ольга, Мария, Anna).
UNDECLINED_ENDINGS = (*"аеёиоуыэюяіїєaeiouy", "их", "ых")
FEMININE_GIVEN = ("а", "я", "a")
# A full name is matched across cases when it has two words: given name and surname.
DECLINED_NAME_WORDS = 2
# A given name in a case keeps its first letters (Marek/Marka, Ирина/Ирины, Jana/Jany).
DECLINED_GIVEN_PREFIX = 3


FEMININE_CASE_ENDINGS = ("ої", "ою", "ової", "овой", "евой", "ёвой", "иной", "іної")


ADJECTIVAL_SURNAME_STEMS = ("ск", "цк", "ськ", "цьк")
# The oblique endings of a woman's adjectival surname (Гурской, Гурскую, Зеленської).
ADJECTIVAL_FEMININE_ENDINGS = ("ой", "ую", "ою", "ої")


def _feminine_adjectival(stem: str) -> str:
    """Return the nominative ending of a woman's adjectival surname: Ukrainian -а after
    -ськ/-цьк (Зеленська), Russian -ая (Гурская)."""
    return "а" if stem.endswith(("ськ", "цьк")) else "ая"


# A Russian or Ukrainian surname in a case and its nominative, by the gender of the given
# name before it: adjectival (Зеленського -> Зеленський, Поклонской -> Поклонская), in
# -ов/-ев/-ин (Лаврова -> Лавров, Захаровой -> Захарова), or a man's foreign surname ending
# in a consonant (Тиллерсона -> Тиллерсон).
MASCULINE_SURNAME_CASES = (
    (re.compile(r"(?<=ск|цк)(?:ого|ому|им|ом)$"), "ий"),
    (re.compile(r"(?<=ськ|цьк)(?:ого|ому|им|ім)$"), "ий"),
    (re.compile(r"(?<=ов|ев|ёв|ин|ын|ів|їв)(?:а|у|ым|им|е|ові|ою)$"), ""),
    # Ukrainian surnames in -ук, -юк, -як decline for men only ("Руслана Стефанчука"; a
    # woman's "Стефанчук" never changes): the genitive only, the accusative -у is also that
    # of a man's surname in -а (Анатолія Щуку, Миколу Гуляку)
    (re.compile(r"(?<=[уюя]к)а$"), ""),
)
# A man's genitive that is also a woman's nominative: "Руслана Хазипова" may be either.
AMBIGUOUS_GENITIVE = re.compile(r"(?:ов|ев|ёв|ин|ын|ів|їв)а$")
FEMININE_SURNAME_CASES = (
    (re.compile(r"(?<=ск|цк)(?:ой|ую)$"), "ая"),
    (re.compile(r"(?<=ськ|цьк)(?:ої|ою|у|ій)$"), "а"),
    (re.compile(r"(?<=ов|ев|ёв|ин|ын|ів|їв)(?:ой|ою|ої|у|ій)$"), "а"),
)
UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")
UKRAINIAN_GIVEN_ENDING = "о"


POLISH_WORD = re.compile(r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż-]+")
# A Polish woman's adjectival surname in a case, whose nominative ends in -a (Kowalskiej,
# Kowalską -> Kowalska): -ą is the instrumental, -iej the genitive, dative and locative.
POLISH_ADJECTIVAL_FEMININE_CASE = re.compile(r"(?<=[scz]k)(?:iej|ą)$")
# Oblique endings only a woman's given name takes (Aleksandry, Aleksandrą, Marii); -a, -e and
# -u may be a man's (Aleksandra is Aleksander's genitive too).
POLISH_FEMININE_GIVEN_CASES = ("y", "ą", "i", "ej")


def _polish_womans_nominative(given: str, surname: str) -> str | None:
    """Return a Polish woman's name written only in a case, in the nominative ("Aleksandrą
    Dulkiewicz" -> "Aleksandra Dulkiewicz", "Marii Kowalskiej" -> "Maria Kowalska"): a
    listed woman's given name in an oblique case no man's name takes, in the instrumental
    (-ą) before a surname in a consonant or in -o (a woman's, which never declines), or in
    any such case before an adjectival surname in a case."""
    if is_given_name(given) or not given[:1].isupper() or surname.isupper() or "-" in surname:
        return None  # "Kidawy-Błońskiej": each part declines its own way
    lowered = surname.casefold()
    instrumental = given.casefold().endswith("ą")
    adjectival = POLISH_ADJECTIVAL_FEMININE_CASE.search(lowered)
    if not given.casefold().endswith(POLISH_FEMININE_GIVEN_CASES) or not (
        instrumental or adjectival
    ):
        # "Lucy Powell", "Dani Olmo", "Gigi Buffon": -y and -i end given names in many
        # languages; only -ą, or a surname in a Polish case, shows the case
        return None
    nominatives = {n for n in given_name_nominatives(given) if n.endswith("a")}
    if len(nominatives) != 1:
        return None
    first = _written_like(given, nominatives.pop())
    if adjectival:
        return f"{first} {surname[: adjectival.start()]}a"
    if lowered[-1:] not in "aeiuyąę":
        return f"{first} {surname}"
    return None


def nominative_name(name: str) -> str | None:
    """Return a Russian or Ukrainian full name of two words written only in a case, in the
    nominative ("Сергея Лаврова" -> "Сергей Лавров", "Натальи Поклонской" -> "Наталья
    Поклонская"), or None when it is no such name or its case or gender is unsure."""
    words = name.split()
    if len(words) == DECLINED_NAME_WORDS and all(POLISH_WORD.fullmatch(w) for w in words):
        return _polish_womans_nominative(*words)
    if len(words) != DECLINED_NAME_WORDS or not all(CYRILLIC_WORD.fullmatch(w) for w in words):
        return None
    given, surname = words
    if is_given_name(given) or not given[:1].isupper() or surname.isupper():
        return None
    lowered = surname.casefold()
    # Петро, Павло, Дмитро are Ukrainian: from "Павла" in a text with no Ukrainian letter
    # the nominative may be Павел, which the given names' table does not derive
    ukrainian = UKRAINIAN_LETTERS.search(name) is not None
    candidates = {
        c
        for c in given_name_nominatives(given)
        if ukrainian or not c.endswith(UKRAINIAN_GIVEN_ENDING)
    }
    if AMBIGUOUS_GENITIVE.search(lowered) and latin_gender(given) == "f":
        return None  # "Александра Захарова": Alexandra, or Alexander's genitive
    if not candidates:
        return _unknown_mans_nominative(given, surname)
    for feminine, cases in ((False, MASCULINE_SURNAME_CASES), (True, FEMININE_SURNAME_CASES)):
        agreeing = {c for c in candidates if _womans(c) == feminine}
        if len(agreeing) != 1:
            continue
        for ending, nominative in cases:
            found = ending.search(lowered)
            if found:
                return (
                    f"{_written_like(given, agreeing.pop())} {surname[: found.start()]}{nominative}"
                )
    return None


# A man's name in the instrumental or the dative, both words in the one case, when the
# given name is none the table knows ("Бейбитом Кусанбаевым", "Дархану Калетаеву"): a
# consonant-stem given name and a surname in -ов/-ев/-ин, whose endings say the case and
# the gender together (a woman's would be -ой, -ою).
UNKNOWN_MANS_CASES = (
    (re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])ом$"), re.compile(r"(?<=ов|ев|ёв|ин)ым$")),
    (re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])у$"), re.compile(r"(?<=ов|ев|ёв|ин)у$")),
)


def _unknown_mans_nominative(given: str, surname: str) -> str | None:
    """Return the nominative of a man's two-word name in the instrumental or the dative
    whose given name no table knows ("Бейбитом Кусанбаевым" -> "Бейбит Кусанбаев"), else
    None."""
    for given_case, surname_case in UNKNOWN_MANS_CASES:
        given_ending = given_case.search(given)
        surname_ending = surname_case.search(surname)
        if given_ending and surname_ending:
            return f"{given[: given_ending.start()]} {surname[: surname_ending.start()]}"
    return None


def _womans(given: str) -> bool:
    """Return True for a woman's given name: by the dictionary when it knows (Микола is a
    man's), else by its ending in -а or -я."""
    gender = latin_gender(given)
    return gender == "f" if gender else given.endswith(FEMININE_GIVEN)


def _written_like(written: str, key: str) -> str:
    """Return the nominative ``key`` of a given name spelt as ``written`` is, its common
    first letters kept as written ("Сергея", "сергей" -> "Сергей")."""
    common = 0
    for a, b in zip(written.casefold(), key, strict=False):
        if a != b:
            break
        common += 1
    return written[:common] + key[common:]


def nominative_keys(word: str) -> list[str]:
    """Return the name keys of the nominatives a surname in a case may stand for."""
    stems = surname_stems(word)
    folded = word.casefold()
    # Захаров-ой -> Захаров-а: a feminine surname's case ending replaces its -а; after an
    # ending only a woman's surname takes (Ковальов-ої), not the man's Ковальов.
    feminine = folded.endswith(FEMININE_CASE_ENDINGS)
    forms = [
        *([] if feminine else stems),
        *(stem + "а" for stem in stems if not stem.endswith("а")),
    ]
    # Марченк-а -> Марченк-о: Ukrainian surnames in -ко decline (Russian ones do not).
    forms += [stem + "о" for stem in stems if stem.endswith("к")]
    # Гурск-ого -> Гурский, Зеленськ-ого -> Зеленський, Гурск-ой -> Гурская: the adjectival
    # surnames decline as adjectives.
    adjectival = [stem for stem in stems if stem.endswith(ADJECTIVAL_SURNAME_STEMS)]
    woman = folded.endswith(ADJECTIVAL_FEMININE_ENDINGS)
    forms += [stem + (_feminine_adjectival(stem) if woman else "ий") for stem in adjectival]
    forms += hyphen_nominatives(word) + latin_nominatives(word)
    return [name_key(form) for form in forms]


def _declined_surname_keys(name: str, keys: tuple[str, ...]) -> list[str]:
    """Return the nominative surname keys a two-word name in a case may be filed under: the
    surname's nominatives, and the surname itself when only the given name shows a case
    (``Олени Савчук``: Савчук does not decline for a woman)."""
    nominatives = nominative_keys(name.split()[-1])
    if is_given_name_in_a_case(keys[0]) and not is_given_name(keys[0]):
        nominatives.append(keys[-1])
    return nominatives


def _declined_given(given: str, keys: tuple[str, ...]) -> bool:
    """Return True when ``given`` (a key) may be the first word of ``keys`` in a case."""
    prefix = keys[0][:DECLINED_GIVEN_PREFIX]
    return len(prefix) == DECLINED_GIVEN_PREFIX and given[:DECLINED_GIVEN_PREFIX] == prefix


def _untitled(name: str) -> str:
    """Return ``name`` without the title abbreviations opening it (``Pr Jean-Baptiste Ngo``,
    ``Gal Zakir Hasanov``): a form of address, not part of the name."""
    words = name.split()
    while (
        len(words) > 2
        and name_key(words[0].rstrip(".")) in TITLE_ABBREVIATIONS
        and not (len(words[0].rstrip(".")) == 1 == len(words[1].rstrip(".")))  # M. K. Selvaraj
    ):
        words = words[1:]
    return " ".join(words)


def build_registry(
    mentions: list[NameMention], relatives: frozenset[str] = frozenset()
) -> PersonRegistry:
    """Return a registry of ``mentions``: full names first, so surnames attach to them; the
    full names in ``relatives`` (written after a word of kinship) take no lone surname."""
    registry = PersonRegistry()
    full = [m for m in mentions if len(m.text.split()) > 1 and not _titled(m.text)]
    alone = {name_key(m.text) for m in mentions if len(m.text.split()) == 1}
    surnames, given = _surnames_and_given(full)
    # A run opening with another name's surname goes after the full names (it refers to one).
    full.sort(key=lambda m: _leads_with_surname(m.text, surnames, given))
    for mention in full:
        short = _cut_at_surname(mention.text, alone)
        if _leads_with_surname(short, surnames, given):
            short = short.split()[0]  # "Sadıqov Aktau limanının": Nurlan Sadıqov, then a place
        registry.add(short)
        if short != mention.text:
            registry.aliases[mention.text] = short
    for name in relatives:
        registry.mark_relative(name)
    full_ids = {id(m) for m in full}
    for mention in mentions:
        if id(mention) in full_ids:
            continue
        if not mention.single or registry.knows_surname(mention.text):
            registry.add(mention.text)
    return registry


def _surnames_and_given(full: list[NameMention]) -> tuple[set[str], Counter[str]]:
    """Return the keys of the last words of the full names, and how many open with each key."""
    keys = [[name_key(w) for w in m.text.split()] for m in full]
    return {k[-1] for k in keys}, Counter(k[0] for k in keys)


def _leads_with_surname(name: str, surnames: set[str], given: Counter[str]) -> bool:
    """Return True for a run in a language of one surname whose first word is the surname of
    another full name and opens no other (``Sadıqov Aktau`` after ``Nurlan Sadıqov``)."""
    words = name.split()
    if len(words) < 2 or not any(ch in SINGLE_SURNAME_LETTERS for ch in name):
        return False
    first = name_key(words[0])
    return first in surnames and given[first] <= 1


def _cut_at_surname(name: str, alone: set[str]) -> str:
    """Return ``name`` cut after a middle word used alone elsewhere as the surname.

    ``İrakli Qaribaşvili Bakıya`` (to Baku) ends at ``Qaribaşvili`` when the text also says
    ``Qaribaşvili`` alone. Only in the languages of one surname: ``Franklin Molina Ortiz``
    stays whole though ``Molina`` is written alone.
    """
    words = name.split()
    if not any(ch in SINGLE_SURNAME_LETTERS for ch in name):
        return name
    for index in range(1, len(words) - 1):
        if name_key(words[index]) in alone:
            return " ".join(words[: index + 1])
    return name


APPOSED_WORD = re.compile(r",[ \u00a0]+(?:ex-?)?([^\W\d_]+)")


def _role_apposed(text: str, end: int) -> bool:
    """Return True when a comma and a lowercase title follow ``end`` (", vicepresidente del
    BCE", ", exseleccionador nacional")."""
    found = APPOSED_WORD.match(text, end)
    if found is None or not found[1].islower():
        return False
    return is_title_word(found[1]) or is_title_word("ex" + found[1])


def _titled(name: str) -> bool:
    """Return True when ``name`` starts with a title abbreviation (``Gal Hasanov``)."""
    return name_key(name.split()[0]) in TITLE_ABBREVIATIONS
