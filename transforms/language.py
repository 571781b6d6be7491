"""Language detection: script and alphabet tables first, then a seeded, restricted langdetect.

How one text is decided (tables below, thresholds measured by ``bench/langid_accuracy.py``,
results in ``docs/language.md``):

1. Only the first ``MAX_CHARS`` characters count; fewer than ``MIN_TABLE_LETTERS`` letters
   give ``und``.
2. The script holding most letters decides alone where one language owns it (Armenian,
   Georgian, Greek, Hebrew; Arabic script is taken as Arabic).
3. Letters only one candidate language writes (ə: Azerbaijani; і ї є ґ: Ukrainian; ы э ё:
   Russian) decide when frequent enough.
4. Single words and texts under ``MIN_LETTERS`` letters get an answer only when exactly one
   language's alphabet holds all their letters ("już" is Polish): langdetect guesses them
   wrong too often.
5. Otherwise langdetect decides among a few profiles of the text's script; short texts only
   among languages whose alphabet fits. Azerbaijani, which langdetect lacks, is read through
   the Turkish profile and told apart by its letters (q, x) and frequent words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from transforms.records import UNDETERMINED, LanguageGuess

# langdetect samples n-grams at random; a fixed seed makes every answer reproducible. The
# class attribute also seeds langdetect's module-level ``detect``/``detect_langs``.
SEED = 0
DetectorFactory.seed = SEED

# Under three letters (initials, "ok", a stray symbol) nothing can be told.
MIN_TABLE_LETTERS = 3
# langdetect is asked only from this many letters and two words up: on single words it is
# wrong about a third of the time (bench, single-words, before this change).
MIN_LETTERS = 10
MIN_WORDS = 2
# Texts under this many letters are decided only among languages whose alphabet holds all
# their letters, and among the main languages when one of those fits: two words give
# langdetect too little to rule out a dozen other European languages.
SHORT_LETTERS = 30
# langdetect's probability is in effect the share of its random trials that agree. Below
# this the trials disagree and ``und`` is the honest answer.
MIN_PROB = 0.9
# langdetect's cost grows with the text (n-gram extraction, Unicode block look-ups) while its
# accuracy saturates long before: 1000 characters are about ten sentences, and the bench
# shows the same accuracy on paragraphs of 20 sentences (about 2200 characters).
MAX_CHARS = 1000
# Random trials per detection (langdetect's default is 7): each costs the same.
N_TRIAL = 3

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
# also writes Persian and Urdu; this project takes it as Arabic.
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
}
TELL_MIN_SHARE = 0.04
PROXY_MIN_SHARE = 0.02

# Latin letters typed for their Cyrillic look-alikes inside Cyrillic words ("вiн" with a
# Latin i, "обpазом" with a Latin p): scraped text has them, and they hide Ukrainian і.
CYRILLIC_LOOKALIKES = str.maketrans(
    "aceiopxyABCEHIKMOPTXY", "асеіорхуАВСЕНІКМОРТХУ"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Proxy:
    """A language langdetect lacks, read through the profile of a close relative."""

    language: str
    profile: str
    letters: frozenset[str]
    words: frozenset[str]


# Azerbaijani reads as Turkish to langdetect. Besides ə (a tell, above) it writes q and x,
# which Turkish keeps for foreign names ("Oxford"): hence the same minimum share as tells.
# And very frequent words that Turkish spells otherwise (için, ile, değil, şimdi, hangi...).
PROXIES: tuple[Proxy, ...] = (
    Proxy(
        language="az",
        profile="tr",
        letters=frozenset("əqx"),
        words=frozenset(
            {"və", "üçün", "ilə", "deyil", "artıq", "edir", "olub", "indi", "hansı", "görə"}
        ),
    ),
)

_WORD_RE = re.compile(r"[^\W\d_]+")
_MIXED_CYRILLIC_RE = re.compile(r"\w*[а-яёіїєґ]\w*", re.IGNORECASE)


def _build_script_index() -> tuple[list[int], list[int], list[str]]:
    """Sorted range starts, ends and script names, for bisecting code points."""
    ranges = sorted(
        (start, end, script) for script, spans in SCRIPT_RANGES.items() for start, end in spans
    )
    return [r[0] for r in ranges], [r[1] for r in ranges], [r[2] for r in ranges]


def _build_profile_alphabets() -> dict[str, frozenset[str]]:
    """Alphabet per langdetect profile, widened by the languages read through it."""
    alphabets = {lang: frozenset(letters) for lang, letters in ALPHABETS.items()}
    for proxy in PROXIES:
        alphabets[proxy.profile] = alphabets[proxy.profile] | alphabets[proxy.language]
    return alphabets


_STARTS, _ENDS, _SCRIPTS = _build_script_index()
_PROFILE_ALPHABETS = _build_profile_alphabets()


def script_of(char: str) -> str:
    """The script of one letter, ``Other`` outside the table."""
    code = ord(char)
    i = bisect.bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _ENDS[i]:
        return _SCRIPTS[i]
    return OTHER_SCRIPT


def _dominant_script(letters: str) -> tuple[str, float]:
    """The script of most letters and the share of letters it holds."""
    counts: dict[str, int] = {}
    for char in letters:
        script = script_of(char)
        counts[script] = counts.get(script, 0) + 1
    script, count = max(counts.items(), key=lambda kv: kv[1])
    return script, count / len(letters)


def _fix_lookalikes(text: str) -> str:
    """Replace Latin look-alike letters inside Cyrillic words by their Cyrillic twins."""
    return _MIXED_CYRILLIC_RE.sub(lambda m: m.group().translate(CYRILLIC_LOOKALIKES), text)


def _by_alphabet(letters: str) -> LanguageGuess:
    """The one language whose alphabet holds all ``letters``, else ``und``."""
    wanted = set(letters)
    fits = [lang for lang, alphabet in ALPHABETS.items() if wanted.issubset(alphabet)]
    if len(fits) != 1:
        return UNDETERMINED
    return LanguageGuess(fits[0], 1.0)


def _by_tells(letters: str) -> LanguageGuess:
    """The one language whose telling letters are frequent in ``letters``, else ``und``."""
    counts = {lang: sum(ch in tells for ch in letters) for lang, tells in TELL_LETTERS.items()}
    found = [(lang, n) for lang, n in counts.items() if n]
    if len(found) != 1 or found[0][1] < TELL_MIN_SHARE * len(letters):
        return UNDETERMINED
    return LanguageGuess(found[0][0], 1.0)


def _candidates(script: str, letters: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Profiles to load and, among them, the ones allowed to win for these letters."""
    main = MAIN_PROFILES[script]
    wide = main + EXTRA_PROFILES.get(script, ())
    if len(letters) >= SHORT_LETTERS:
        return wide, wide
    wanted = set(letters)
    fits = [p for p in wide if wanted.issubset(_PROFILE_ALPHABETS.get(p, wanted))]
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
    detector = _factory(profiles).create()
    detector.n_trial = N_TRIAL
    if allowed != profiles:
        # A zero prior rules a language out: langdetect multiplies from the prior.
        detector.set_prior_map({p: 1.0 for p in allowed})
    detector.append(text)
    best = detector.get_probabilities()[0]
    return str(best.lang), float(best.prob)


def _proxy_language(profile: str, text: str, letters: str) -> str:
    """The proxied language when its tells show in a text detected as ``profile``."""
    words: set[str] | None = None
    for proxy in PROXIES:
        if proxy.profile != profile:
            continue
        if sum(ch in proxy.letters for ch in letters) >= PROXY_MIN_SHARE * len(letters):
            return proxy.language
        words = words if words is not None else set(_WORD_RE.findall(text.lower()))
        if proxy.words & words:
            return proxy.language
    return profile


def _by_langdetect(text: str, script: str, letters: str) -> LanguageGuess:
    """langdetect's answer among the candidates for ``script``, ``und`` when unsure."""
    profiles, allowed = _candidates(script, letters)
    try:
        lang, prob = _langdetect(text, profiles, allowed)
    except (LangDetectException, IndexError):  # no usable n-gram; no language above 0.1
        return UNDETERMINED
    if prob < MIN_PROB:
        return UNDETERMINED
    code = _proxy_language(lang, text, letters)
    return LanguageGuess(code.split("-")[0], round(prob, 4))


def detect_language(text: str) -> LanguageGuess:
    """Return the language of ``text``, or ``und`` when it is too short or unclear to tell."""
    text = text[:MAX_CHARS]
    letters = "".join(ch for ch in text.lower() if ch.isalpha())
    if len(letters) < MIN_TABLE_LETTERS:
        return UNDETERMINED
    script, share = _dominant_script(letters)
    if script in SCRIPT_LANGUAGE:
        return LanguageGuess(SCRIPT_LANGUAGE[script], round(share, 4))
    if script == "Cyrillic":
        text = _fix_lookalikes(text)
        letters = "".join(ch for ch in text.lower() if ch.isalpha())
    own = "".join(ch for ch in letters if script_of(ch) == script)
    told = _by_tells(own)
    if told.code != "und":
        return told
    if len(own) < MIN_LETTERS or len(_WORD_RE.findall(text)) < MIN_WORDS:
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
