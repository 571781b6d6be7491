"""Language detection: script and alphabet tables first, then a seeded, restricted langdetect.

How one text is decided (tables below, thresholds measured by ``bench/langid_accuracy.py``,
results in ``docs/language.md``):

1. Only the first ``MAX_CHARS`` characters count; fewer than ``MIN_TABLE_LETTERS`` letters
   give ``und``.
2. The script holding most letters decides alone where one language owns it (Armenian,
   Georgian, Greek, Hebrew; Arabic script is Arabic unless its letters and words are Persian's
   or Urdu's).
3. Letters only one candidate language writes (ə: Azerbaijani; і ї є ґ: Ukrainian; ы э ё:
   Russian; ә ғ қ ұ һ: Kazakh, before the other two) decide when frequent enough.
4. Single words, texts under ``MIN_LETTERS`` letters and short runs of capitalised words
   (names, headings) get an answer only when exactly one language's alphabet holds all their
   letters ("już" is Polish): langdetect guesses them wrong too often.
5. Otherwise langdetect decides among a few profiles of the text's script; short texts only
   among languages whose alphabet fits. Azerbaijani, which langdetect lacks, is read through
   the Turkish profile and told apart by its letters (q, x) and frequent words.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from transforms.langdetect_fast import FastDetector
from transforms.records import UNDETERMINED, LanguageGuess

# langdetect samples n-grams at random; a fixed seed makes every answer reproducible. The
# class attribute also seeds langdetect's module-level ``detect``/``detect_langs``.
SEED = 0
DetectorFactory.seed = SEED

# Under three letters (initials, "ok", a stray symbol) nothing can be told.
MIN_TABLE_LETTERS = 3
# langdetect is asked only from this many letters and two words up: on single words it is
# wrong about as often as right (bench, previous implementation: 0.056 right, 0.052 wrong).
MIN_LETTERS = 10
MIN_WORDS = 2
# Texts under this many letters are decided only among languages whose alphabet holds all
# their letters, and among the main languages when one of those fits: two words give
# langdetect too little to rule out a dozen other European languages.
SHORT_LETTERS = 30
# langdetect runs N_TRIAL random trials, each converging to one language with probability
# about 1, and returns their mean: in effect the share of trials that agree. Three trials
# that must all agree (0.9) measured as accurate as langdetect's seven with six agreeing
# (0.8), at half the cost; a lower bar turns word pairs' ``und`` into wrong answers about
# one for one (bench, word pairs: 0.6 gives right 0.845, wrong 0.152).
N_TRIAL = 3
MIN_PROB = 0.9
# langdetect's cost grows with the text (n-gram extraction, Unicode block look-ups) while its
# accuracy saturates long before: 1000 characters are about ten sentences, and the bench
# shows the same accuracy on paragraphs of 20 sentences (about 2200 characters) capped at
# 500, 1000 or 2000 characters, at 0.9, 1.5 and 2.8 ms per call (3.1 ms uncapped).
MAX_CHARS = 1000

SCRIPT_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "Latin": (
        (0x0041, 0x005A),
        (0x0061, 0x007A),
        (0x00C0, 0x024F),
        (0x0250, 0x02AF),  # IPA extensions: ə (U+0259) is an Azerbaijani letter
        (0x1E00, 0x1EFF),
    ),
    "Cyrillic": ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)),
    "Greek": ((0x0370, 0x03FF), (0x1F00, 0x1FFF)),
    "Armenian": ((0x0530, 0x058F), (0xFB13, 0xFB17)),
    "Hebrew": ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
    "Arabic": (
        (0x0600, 0x06FF),
        (0x0750, 0x077F),
        (0x08A0, 0x08FF),
        (0xFB50, 0xFDFF),
        (0xFE70, 0xFEFF),
    ),
    "Georgian": ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)),
}
OTHER_SCRIPT = "Other"

# Scripts written (in practice) by one language: the script is the answer. Arabic script
# also writes Persian (told by its letters, below) and Urdu (told by letters of its own).
SCRIPT_LANGUAGE: dict[str, str] = {
    "Armenian": "hy",
    "Georgian": "ka",
    "Arabic": "ar",
    "Greek": "el",
    "Hebrew": "he",
}

# langdetect profiles per script: the languages that matter here (the main ones) ...
MAIN_PROFILES: dict[str, tuple[str, ...]] = {
    "Latin": ("de", "en", "es", "fr", "it", "nl", "pl", "pt", "tr"),
    "Cyrillic": ("ru", "uk"),
    OTHER_SCRIPT: (
        *("bn", "gu", "hi", "ja", "kn", "ko", "ml", "mr", "ne", "pa", "ta", "te", "th"),
        *("zh-cn", "zh-tw"),
    ),
}
# ... and the other European ones. Profiles langdetect has for other continents (af, id,
# so, sw, tl, vi, ...) are left out: they only ever won short European texts, wrongly.
EXTRA_PROFILES: dict[str, tuple[str, ...]] = {
    "Latin": (
        *("ca", "cs", "da", "et", "fi", "hr", "hu", "lt", "lv", "no", "ro", "sk", "sl", "sq"),
        "sv",
    ),
    "Cyrillic": ("bg", "mk"),
}

# Scripts whose languages have alphabets below and write spaces between words.
ALPHABET_SCRIPTS = frozenset({"Latin", "Cyrillic"})

# Alphabets, lower case: basic a-z plus the language's own letters (Latin script), or the
# whole alphabet (Cyrillic). Used to rule languages out, never in, except by elimination.
LATIN_BASE = "abcdefghijklmnopqrstuvwxyz"
ALPHABETS: dict[str, str] = {
    "az": LATIN_BASE + "çəğıöşü",
    "ca": LATIN_BASE + "àçèéíïòóúü",
    "cs": LATIN_BASE + "áčďéěíňóřšťúůýž",
    "da": LATIN_BASE + "æøåé",
    "de": LATIN_BASE + "äöüß",
    "en": LATIN_BASE,
    "es": LATIN_BASE + "áéíñóúü",
    "et": LATIN_BASE + "äõöüšž",
    "fi": LATIN_BASE + "äöåšž",
    "fr": LATIN_BASE + "àâæçéèêëîïôœùûüÿ",
    "hr": LATIN_BASE + "čćđšž",
    "hu": LATIN_BASE + "áéíóöőúüű",
    "it": LATIN_BASE + "àèéìíîòóùú",
    "lt": LATIN_BASE + "ąčęėįšųūž",
    "lv": LATIN_BASE + "āčēģīķļņšūž",
    "nl": LATIN_BASE + "áéèëíïóöúü",
    "no": LATIN_BASE + "æøåé",
    "pl": LATIN_BASE + "ąćęłńóśźż",
    "pt": LATIN_BASE + "áâãàçéêíóôõú",
    "ro": LATIN_BASE + "ăâîșşțţ",
    "sk": LATIN_BASE + "áäčďéíĺľňóôŕšťúýž",
    "sl": LATIN_BASE + "čšž",
    "sq": LATIN_BASE + "çë",
    "sv": LATIN_BASE + "åäöé",
    "tr": LATIN_BASE + "âçğıîöşüû",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
}

# Letters only one candidate language writes. When they make up ``TELL_MIN_SHARE`` of the
# letters and no other language's tells appear, they decide before langdetect: it does not
# know Azerbaijani, and mixes up short Russian, Ukrainian and Bulgarian texts. The share keeps
# a name such as "Əliyev" or "Київ" quoted in a long text of another language from deciding.
TELL_LETTERS: dict[str, frozenset[str]] = {
    "az": frozenset("ə"),
    "uk": frozenset("іїєґ"),
    "ru": frozenset("ыэё"),
    # Kazakh, which langdetect lacks, writes ә ғ қ ұ һ besides Russian's letters and і, so
    # its tells outrank those of Russian and Ukrainian (Cyrillic ә, not Latin ə); Tajik,
    # Uzbek, Tatar and Bashkir share some of them: KAZAKH_CORE and TELL_VETOES tell them apart
    "kk": frozenset("әғқұһ"),
    # Belarusian, which langdetect lacks, alone writes ў beside і, ы and э (Uzbek's ў comes
    # with қ ғ ҳ; Russian and Ukrainian write и, щ, ъ, ї, є or ґ: TELL_VETOES)
    "be": frozenset("ў"),
}
# Kazakh only when қ or ұ is written (Tatar and Bashkir have neither) and none of the letters
# of Tajik (ҷ ӣ ӯ ҳ), Uzbek (ў ҳ), Bashkir (ҡ ҙ ҫ) or Tatar (җ).
KAZAKH_CORE = frozenset("құ")
TELL_VETOES: dict[str, frozenset[str]] = {
    "kk": frozenset("ҷӣӯҳўҡҙҫҗ"),
    "be": frozenset("қғҳищъїєґ"),  # and the letters Belarusian lacks
}
# Languages whose tells win over those of others their alphabet also holds.
OUTRANKING_TELLS: dict[str, frozenset[str]] = {
    "kk": frozenset({"uk", "ru"}),
    "be": frozenset({"uk", "ru"}),
}
TELL_MIN_SHARE = 0.04
# Belarusian writes ў in about one word in five, 1-2 % of its letters: a lower share, still
# above one ў in a Russian or Ukrainian text that quotes a Belarusian name.
TELL_MIN_SHARES: dict[str, float] = {"be": 0.01}

# Latin letters typed for their Cyrillic look-alikes inside Cyrillic words ("вiн" with a
# Latin i, "обpазом" with a Latin p): scraped text has them, and they hide Ukrainian і.
CYRILLIC_LOOKALIKES = str.maketrans("aceiopxyABCEHIKMOPTXY", "асеіорхуАВСЕНІКМОРТХУ")


@dataclass(frozen=True, slots=True)
class Proxy:
    """A language langdetect lacks, read through the profile of a close relative."""

    language: str
    profile: str
    letters: frozenset[str]
    words: frozenset[str]


# Azerbaijani reads as Turkish to langdetect. Besides ə (a tell, above) it writes q and x,
# which Turkish keeps for foreign names ("Oxford", "matrix"): hence a minimum share, reached
# by 0.1-0.3 % of Turkish test texts but 37-57 % of the Azerbaijani ones without ə. And very
# frequent words that Turkish spells otherwise (ve, için, ile, değil, olup, hangi, göre).
PROXY_MIN_SHARE = 0.02
PROXIES: tuple[Proxy, ...] = (
    Proxy(
        language="az",
        profile="tr",
        letters=frozenset("əqx"),
        words=frozenset({"və", "üçün", "ilə", "deyil", "artıq", "edir", "olub", "hansı", "görə"}),
    ),
)

LETTER_WORD = re.compile(r"[^\W\d_]+")  # a run of letters: no digit, no underscore
_MIXED_CYRILLIC_RE = re.compile(r"\w*[а-яёіїєґ]\w*", re.IGNORECASE)


def _build_script_index() -> tuple[list[int], list[int], list[str]]:
    """Sorted range starts, ends and script names, for bisecting code points."""
    ranges = sorted(
        (start, end, script) for script, spans in SCRIPT_RANGES.items() for start, end in spans
    )
    return [r[0] for r in ranges], [r[1] for r in ranges], [r[2] for r in ranges]


def _build_profile_alphabets() -> dict[str, frozenset[str]]:
    """Alphabet per langdetect profile, widened by the languages read through it."""
    alphabets = dict(_ALPHABETS)
    for proxy in PROXIES:
        alphabets[proxy.profile] = alphabets[proxy.profile] | alphabets[proxy.language]
    return alphabets


_STARTS, _ENDS, _SCRIPTS = _build_script_index()
_ALPHABETS = {lang: frozenset(letters) for lang, letters in ALPHABETS.items()}
_PROFILE_ALPHABETS = _build_profile_alphabets()


@cache
def script_of(char: str) -> str:
    """The script of one letter, ``Other`` outside the table (cached: letters repeat)."""
    code = ord(char)
    i = bisect.bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _ENDS[i]:
        return _SCRIPTS[i]
    return OTHER_SCRIPT


def _letter_counts(text: str) -> Counter[str]:
    """How often each lower-case letter occurs in ``text``."""
    return Counter(ch for ch in text.lower() if ch.isalpha())


def _dominant_script(letters: Counter[str]) -> tuple[str, float]:
    """The script of most letters and the share of letters it holds."""
    scripts: Counter[str] = Counter()
    for char, n in letters.items():
        scripts[script_of(char)] += n
    script, count = scripts.most_common(1)[0]
    return script, count / letters.total()


def _in_script(letters: Counter[str], script: str) -> Counter[str]:
    """The letters of ``letters`` written in ``script``."""
    return Counter({ch: n for ch, n in letters.items() if script_of(ch) == script})


def _share(letters: Counter[str], wanted: frozenset[str]) -> float:
    """The share of ``letters`` that are among ``wanted``."""
    return sum(letters[ch] for ch in wanted) / (letters.total() or 1)


def _fix_lookalikes(text: str) -> str:
    """Replace Latin look-alike letters inside Cyrillic words by their Cyrillic twins."""
    return _MIXED_CYRILLIC_RE.sub(lambda m: m.group().translate(CYRILLIC_LOOKALIKES), text)


def _by_alphabet(letters: Counter[str]) -> LanguageGuess:
    """The one language whose alphabet holds all ``letters``, else ``und``."""
    fits = [lang for lang, alphabet in _ALPHABETS.items() if letters.keys() <= alphabet]
    if len(fits) != 1:
        return UNDETERMINED
    return LanguageGuess(fits[0], 1.0)


def _by_tells(letters: Counter[str]) -> LanguageGuess:
    """The one language whose telling letters are frequent in ``letters``, else ``und``."""
    found = [
        lang
        for lang, tells in TELL_LETTERS.items()
        if not tells.isdisjoint(letters) and TELL_VETOES.get(lang, frozenset()).isdisjoint(letters)
    ]
    if "kk" in found and KAZAKH_CORE.isdisjoint(letters):
        found.remove("kk")
    for lang, outranked in OUTRANKING_TELLS.items():
        if lang in found:
            found = [f for f in found if f not in outranked]
    if len(found) != 1 or _share(letters, TELL_LETTERS[found[0]]) < TELL_MIN_SHARES.get(
        found[0], TELL_MIN_SHARE
    ):
        return UNDETERMINED
    return LanguageGuess(found[0], 1.0)


def _candidates(script: str, letters: Counter[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Profiles to load and, among them, the ones allowed to win for these letters."""
    main = MAIN_PROFILES[script]
    wide = main + EXTRA_PROFILES.get(script, ())
    if letters.total() >= SHORT_LETTERS:
        return wide, wide
    wanted = letters.keys()
    fits = [p for p in wide if wanted <= _PROFILE_ALPHABETS.get(p, wanted)]
    main_fits = tuple(p for p in fits if p in main)
    if main_fits:
        return main, main_fits
    if fits:
        return wide, tuple(fits)
    # Letters no alphabet explains (a foreign name, a typo): let langdetect weigh them.
    return main, main


@cache
def _factory(profiles: tuple[str, ...]) -> Any:
    """A seeded langdetect factory holding only ``profiles``, loaded once."""
    factory = DetectorFactory()
    factory.set_seed(SEED)
    directory = Path(PROFILES_DIRECTORY)
    factory.load_json_profile([(directory / p).read_text(encoding="utf-8") for p in profiles])
    return factory


def _langdetect(
    text: str, profiles: tuple[str, ...], allowed: tuple[str, ...]
) -> tuple[str, float]:
    """langdetect's best language among ``allowed`` and its probability."""
    detector = FastDetector(_factory(profiles))
    detector.n_trial = N_TRIAL
    if allowed != profiles:
        # A zero prior rules a language out: langdetect multiplies from the prior.
        detector.set_prior_map(dict.fromkeys(allowed, 1.0))
    detector.append(text)
    best = detector.get_probabilities()[0]
    return str(best.lang), float(best.prob)


def _proxy_language(profile: str, text: str, letters: Counter[str]) -> str:
    """The proxied language when its tells show in a text detected as ``profile``."""
    for proxy in PROXIES:
        if proxy.profile != profile:
            continue
        if _share(letters, proxy.letters) >= PROXY_MIN_SHARE:
            return proxy.language
        if not proxy.words.isdisjoint(LETTER_WORD.findall(text.lower())):
            return proxy.language
    return profile


# Frequent words one of Russian and Ukrainian writes and the other never does, for a short
# text with neither's letters ("Ми не чекатимемо на область", Ukrainian; langdetect says ru).
EAST_SLAVIC_WORDS: dict[str, frozenset[str]] = {
    "uk": frozenset(
        str.split(
            "ми ви він вона воно вони що це від але або чи який яка яке які його вже ще "
            "буде немає цей ця якщо щоб також дуже треба можна хочемо будемо була мене"
        )
    ),
    "ru": frozenset(
        str.split(
            "мы вы он она оно они что как или будет нет его который которая которые "
            "когда только если чтобы также очень нужно можно хотим будем был была были меня "
            "мне сейчас потому"
        )
    ),
}


def _east_slavic_by_words(code: str, text: str) -> str:
    """Return ``uk`` or ``ru`` when the words of ``text`` are one's alone, else ``code``."""
    if code not in EAST_SLAVIC_WORDS:
        return code
    words = set(LETTER_WORD.findall(text.lower()))
    found = [lang for lang, tells in EAST_SLAVIC_WORDS.items() if not tells.isdisjoint(words)]
    if len(found) != 1:
        return code
    other = "ru" if found[0] == "uk" else "uk"
    # the other's letters, however few, veto the words ("уже" is Ukrainian too)
    return code if any(ch in TELL_LETTERS[other] for ch in text.lower()) else found[0]


def _by_langdetect(text: str, script: str, letters: Counter[str]) -> LanguageGuess:
    """langdetect's answer among the candidates for ``script``, ``und`` when unsure."""
    profiles, allowed = _candidates(script, letters)
    try:
        lang, prob = _langdetect(text, profiles, allowed)
    except (LangDetectException, IndexError):  # no usable n-gram; no language above 0.1
        return UNDETERMINED
    if prob < MIN_PROB:
        return UNDETERMINED
    code = _east_slavic_by_words(_proxy_language(lang, text, letters), text)
    return LanguageGuess(code.split("-")[0], round(prob, 4))


def _too_short_for_langdetect(text: str, script: str, letters: Counter[str]) -> bool:
    """Whether ``text`` has too few letters, or words where words are spaced, for langdetect."""
    if letters.total() < MIN_LETTERS:
        return True
    if script not in ALPHABET_SCRIPTS:  # Chinese, Japanese, Thai: no spaces between words
        return False
    words = LETTER_WORD.findall(text)
    if len(words) < MIN_WORDS:
        return True
    # Short texts of capitalised words only are names or headings ("Vladimir Poutine"): any
    # language writes them, yet langdetect answers with confidence.
    return letters.total() < SHORT_LETTERS and all(word[0].isupper() for word in words)


# Persian writes the Arabic script with letters of its own (پ چ ژ گ, and ک ی for ك ي) and
# without Arabic's article: Arabic from Iranian keyboards mixes in ک and ی, but keeps its ي,
# ك, ة and ال.
PERSIAN_LETTERS = frozenset("پچژگکی")
URDU_LETTERS = frozenset("ٹڈڑںے")  # retroflex letters, nasal noon and bari ye: Urdu's alone
ARABIC_ONLY_LETTERS = frozenset("يكةى")
MIN_PERSIAN_LETTERS = 2
MAX_ARTICLE_SHARE = 0.2  # of the words: Arabic opens a third to a half of them with ال


def _persian(text: str) -> bool:
    """Return True for Arabic-script text written in Persian."""
    if any(ch in ARABIC_ONLY_LETTERS for ch in text):
        return False
    if sum(ch in PERSIAN_LETTERS for ch in text) < MIN_PERSIAN_LETTERS:
        return False
    words = text.split()
    return sum(word.startswith("ال") for word in words) <= MAX_ARTICLE_SHARE * len(words)


# The inverted marks opening a Spanish question or exclamation: no other language of the
# press writes them, and short questions are where langdetect guesses wrong ("¿Tiene usted
# barca propia?" reads as Italian).
SPANISH_OPENERS = frozenset("¿¡")
SPANISH_OPENER_PROB = 0.99


MAX_WORDS_BEFORE_OPENER = 1  # a turn's mark or label: "P.– ¿...?", "R: ¡..."


def _opened_in_spanish(text: str) -> bool:
    """Return True when an inverted mark opens ``text`` (after a turn's label at most) and
    all its letters are Spanish ones: "¿Tiene usted barca propia?", not a French or English
    sentence quoting "¡No pasarán!" or "¡Hola!", nor Valencian "¿Qui pagarà ... açò?"."""
    first = min(i for i in (text.find(mark) for mark in SPANISH_OPENERS) if i >= 0)
    if len(LETTER_WORD.findall(text[:first])) > MAX_WORDS_BEFORE_OPENER:
        return False
    spanish = ALPHABETS["es"]
    return all(ch in spanish for ch in text.lower() if ch.isalpha())


def detect_language(text: str) -> LanguageGuess:
    """Return the language of ``text``, or ``und`` when it is too short or unclear to tell."""
    return _detect_cached(text[:MAX_CHARS])


# Press reviews repeat themselves: rubric and source lines, boilerplate, a quotation cited in
# several items or reviews, a file re-sent with one paragraph changed. The answer depends on
# the text alone (langdetect is seeded per call), so a process remembers recent answers.
# Keys are capped at MAX_CHARS: the cache holds at most a few megabytes.
CACHE_SIZE = 4096


@lru_cache(maxsize=CACHE_SIZE)
def _detect_cached(text: str) -> LanguageGuess:
    """:func:`detect_language` of a text already cut to ``MAX_CHARS``."""
    if text.isupper():  # langdetect skips all-capital words (acronyms): all of a heading
        text = text.lower()
    letters = _letter_counts(text)
    if letters.total() < MIN_TABLE_LETTERS:
        return UNDETERMINED
    script, share = _dominant_script(letters)
    if script == "Arabic" and any(ch in URDU_LETTERS for ch in text):
        return LanguageGuess("ur", round(share, 4))
    if script == "Arabic" and _persian(text):
        return LanguageGuess("fa", round(share, 4))
    if script in SCRIPT_LANGUAGE:
        return LanguageGuess(SCRIPT_LANGUAGE[script], round(share, 4))
    if script == "Cyrillic":
        text = _fix_lookalikes(text)
        letters = _letter_counts(text)
    if (
        script == "Latin"
        and not SPANISH_OPENERS.isdisjoint(text)
        and len(LETTER_WORD.findall(text)) >= MIN_WORDS
        and _opened_in_spanish(text)
    ):
        return LanguageGuess("es", SPANISH_OPENER_PROB)  # "¿Tiene usted barca propia?"
    own = _in_script(letters, script)
    told = _by_tells(own)
    if told.code != "und":
        return told
    if _too_short_for_langdetect(text, script, own):
        return _by_alphabet(own)
    return _by_langdetect(text, script, own)


def combine_guesses(weighted: Iterable[tuple[LanguageGuess, int]]) -> LanguageGuess:
    """Return the language carrying most weight (e.g. letters) among ``weighted`` guesses."""
    totals: dict[str, float] = {}
    all_weight = 0
    for guess, weight in weighted:
        all_weight += weight
        if guess.code != "und":
            totals[guess.code] = totals.get(guess.code, 0.0) + weight * guess.prob
    if not totals or all_weight == 0:
        return UNDETERMINED
    code, score = max(totals.items(), key=lambda kv: kv[1])
    return LanguageGuess(code, round(score / all_weight, 4))


# Words and letters one of two close siblings writes and the other never does. A quotation
# in Portuguese inside a Spanish review ("Isso já ouvimos antes") is the sibling the detector
# names, not the review's language, when it says so in words of its own.
SIBLING_TELLS: dict[str, frozenset[str]] = {
    "pt": frozenset(
        str.split(
            "não uma já isso isto muito muita são você nós ao aos às é vai têm estão pelo pela "
            "nem nosso nossa hoje ainda agora só também então"
        )
    ),
    "es": frozenset(
        str.split(
            "el los las la en con es una ya muy pero eso esto nosotros hoy aún sólo hay del "
            "al lo usted también entonces"
        )
    ),
}
SIBLING_TELLS["fr"] = frozenset(
    str.split("pas les des du une je nous vous avec pour dans cette sont aux mais très jamais rien")
)
SIBLING_TELLS["it"] = frozenset(
    str.split("di che sono della gli per anche questo più è siamo hanno molto")
)
# Dutch and German, which the detector confuses on a few words ("Dit verwacht je hier
# niet" read as German): words the other does not write.
SIBLING_TELLS["nl"] = frozenset(
    str.split("niet het een je ik jij wij zijn met voor ook maar dat wat geen heel veel naar")
)
SIBLING_TELLS["de"] = frozenset(
    str.split("nicht ist das ein eine ich wir sind und auch aber dass für sehr kein keine")
)
SIBLING_TELL_LETTERS: dict[str, frozenset[str]] = {
    "pt": frozenset("ãõ"),
    "es": frozenset("ñ¿¡"),
    "fr": frozenset("çœêûîë"),
    "it": frozenset(),
    "nl": frozenset(),
    "de": frozenset("äöüß"),
}


def says_sibling(text: str, code: str, around: str) -> bool:
    """Return True when ``text`` has words or letters of ``code`` and none of ``around``,
    its close sibling (pt and es): it is written in ``code`` whatever surrounds it."""
    if code not in SIBLING_TELLS or around not in SIBLING_TELLS:
        return False
    # Lowercase words only: a name ("São Paulo", "El Salvador") is no sign of the language.
    words = {w for w in LETTER_WORD.findall(text) if w.islower()}
    letters = set("".join(words)) | (set(text) & {"¿", "¡"})

    def tells(language: str) -> bool:
        return bool(words & SIBLING_TELLS[language]) or not SIBLING_TELL_LETTERS[
            language
        ].isdisjoint(letters)

    return tells(code) and not tells(around)
