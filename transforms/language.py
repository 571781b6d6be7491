"""Language detection: script and alphabet tables first, then a seeded, restricted langdetect.

Order of decisions for one text:

1. Fewer than ``MIN_TABLE_LETTERS`` letters: ``und``.
2. The dominant script decides alone where one language owns it (Armenian, Georgian, Greek,
   Hebrew; Arabic script is taken as Arabic).
3. Latin, Cyrillic and other scripts go to langdetect, with one small profile set per script
   (fewer languages: fewer confusions, and each sampling step costs less). A prior map favours
   the languages that matter and penalises languages whose alphabet lacks letters of the text.
4. Texts too short for langdetect (``MIN_LETTERS``) get an answer only when exactly one
   language's alphabet covers their letters (``"już"`` is Polish, ``"їжак"`` Ukrainian).
5. Azerbaijani, unknown to langdetect, is read through the Turkish profile and told apart by
   its own letters (ə, q, x) and very frequent words.
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

# Seeded: langdetect samples n-grams at random; the seed makes every answer reproducible.
DetectorFactory.seed = 0
SEED = 0

# Below this many letters nothing is said at all; enough for a short word in a telling
# alphabet ("її", no: three letters such as "już") but not for initials or stray letters.
MIN_TABLE_LETTERS = 3
# Below this many letters langdetect is not asked: its answers on single words are mostly
# wrong (about 30 % of words of 9 letters or fewer come out wrong on the lingua test data).
MIN_LETTERS = 10
# langdetect's probability is the share of its random trials won; under this the trials
# disagree and the honest answer is ``und``.
MIN_PROB = 0.7
# langdetect's cost grows with the text (n-gram extraction, Unicode block look-ups) while its
# accuracy saturates long before: 1000 characters are about ten sentences, and the bench
# shows no loss against whole paragraphs of 2000+ characters.
MAX_CHARS = 1000
# Random trials per detection (langdetect's default is 7). Fewer trials cost proportionally
# less; the bench shows the same accuracy with 3 because short texts converge fast anyway.
N_TRIAL = 7
USE_TELLS = True

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

# Languages that matter (the test data's and the press reviews'): full prior weight.
MAIN_LANGUAGES = frozenset(
    {"ar", "az", "de", "en", "es", "fr", "hy", "it", "ka", "nl", "pl", "pt", "ru", "tr", "uk"}
)
# Prior weight of the other candidates: they still win on clear evidence (a Romanian
# sentence stays Romanian) but lose the near ties that short texts produce.
EXTRA_WEIGHT = 0.1
SHORT_LETTERS = 30
MIN_WORDS = 2
# Prior factor per distinct letter of the text missing from a language's alphabet.
ALPHABET_PENALTY = 0.01
# At most this many penalties: keeps the prior clear of float underflow on odd texts.
MAX_PENALTIES = 3

# langdetect profiles asked per script. Latin: the main languages and the other European
# ones; Cyrillic: the four langdetect knows; other scripts: all profiles of those scripts.
SCRIPT_PROFILES: dict[str, tuple[str, ...]] = {
    "Latin": (
        *("de", "en", "es", "fr", "it", "nl", "pl", "pt", "tr"),
        *("ca", "cs", "da", "et", "fi", "hr", "hu", "lt", "lv", "no", "ro", "sk", "sl", "sq"),
        "sv",
    ),
    "Cyrillic": ("ru", "uk", "bg", "mk"),
    OTHER_SCRIPT: (
        *("bn", "gu", "hi", "ja", "kn", "ko", "ml", "mr", "ne", "pa", "ta", "te", "th"),
        *("zh-cn", "zh-tw"),
    ),
}

# Letters of each language beyond basic Latin a-z (Latin script), or its whole alphabet
# (Cyrillic), lower case. A letter outside a language's alphabet makes that language
# unlikely; on short texts it decides.
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
    "tr": LATIN_BASE + "âçğıîöşû",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
}


@dataclass(frozen=True, slots=True)
class Proxy:
    """A language langdetect lacks, read through the profile of a close relative."""

    language: str
    profile: str
    letters: frozenset[str]
    words: frozenset[str]


# Letters only one language (among the candidates) writes. When they make up at least
# ``TELL_MIN_SHARE`` of the letters, and no other language's tells appear, they decide before
# langdetect is asked: langdetect does not know Azerbaijani at all, and mistakes short Russian
# and Ukrainian texts for each other or for Bulgarian. The share keeps a name like "Əliyev" or
# "Київ" quoted in a long text of another language from deciding.
TELL_LETTERS: dict[str, frozenset[str]] = {
    "az": frozenset("ə"),
    "uk": frozenset("іїєґ"),
    "ru": frozenset("ыэё"),
}
TELL_MIN_SHARE = 0.02

# Azerbaijani reads as Turkish to langdetect. Its tells: ə, and q and x, which Turkish does
# not write; and very frequent words spelt differently in Turkish (için, değil, şimdi...).
PROXIES: tuple[Proxy, ...] = (
    Proxy(
        language="az",
        profile="tr",
        letters=frozenset("əqx"),
        words=frozenset(
            {"və", "üçün", "ilə", "deyil", "artıq", "edir", "olub", "indi", "kimi", "görə"}
        ),
    ),
)

_WORD_RE = re.compile(r"[^\W\d_]+")


def _build_script_index() -> tuple[list[int], list[int], list[str]]:
    """Sorted range starts, ends and script names for bisecting code points."""
    ranges = sorted(
        (start, end, script) for script, spans in SCRIPT_RANGES.items() for start, end in spans
    )
    return [r[0] for r in ranges], [r[1] for r in ranges], [r[2] for r in ranges]


_STARTS, _ENDS, _SCRIPTS = _build_script_index()


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


def _alphabet_fits(letters: Iterable[str]) -> list[str]:
    """Languages whose alphabet holds every one of ``letters``."""
    wanted = set(letters)
    return [lang for lang, alphabet in ALPHABETS.items() if wanted.issubset(alphabet)]


def _by_tells(letters: str) -> LanguageGuess:
    """The language whose telling letters are frequent enough in ``letters``, else ``und``."""
    found = {lang: sum(ch in tells for ch in letters) for lang, tells in TELL_LETTERS.items()}
    found = {lang: n for lang, n in found.items() if n}
    if len(found) != 1:
        return UNDETERMINED
    lang, n = found.popitem()
    if n < TELL_MIN_SHARE * len(letters):
        return UNDETERMINED
    return LanguageGuess(lang, 1.0)


def _proxy_language(profile: str, text: str, letters: str) -> str:
    """Map a profile standing for a proxied language to that language when its tells show."""
    for proxy in PROXIES:
        if proxy.profile != profile:
            continue
        if proxy.letters.intersection(letters):
            return proxy.language
        if proxy.words.intersection(_WORD_RE.findall(text.lower())):
            return proxy.language
    return profile


def _prior_map(profiles: Iterable[str], letters: str) -> dict[str, float]:
    """Prior per profile: main languages first, alphabets lacking letters of the text last."""
    present = set(letters)
    prior: dict[str, float] = {}
    for profile in profiles:
        alphabet = set(ALPHABETS.get(profile, ""))
        for proxy in PROXIES:
            if proxy.profile == profile:
                alphabet |= set(ALPHABETS.get(proxy.language, ""))
        weight = 1.0 if profile.split("-")[0] in MAIN_LANGUAGES else EXTRA_WEIGHT
        if len(letters) < SHORT_LETTERS and profile.split("-")[0] not in MAIN_LANGUAGES:
            main_letters = set().union(*(ALPHABETS.get(m, "") for m in MAIN_LANGUAGES))
            if not (present - main_letters) & alphabet:
                weight = 0.0
        if alphabet:
            weight *= ALPHABET_PENALTY ** min(len(present - alphabet), MAX_PENALTIES)
        prior[profile] = weight
    return prior


@cache
def _factory(script: str) -> Any:
    """A langdetect factory holding only the profiles asked for ``script`` (loaded once)."""
    factory = DetectorFactory()
    factory.set_seed(SEED)
    profiles = [
        (Path(PROFILES_DIRECTORY) / name).read_text(encoding="utf-8")
        for name in SCRIPT_PROFILES[script]
    ]
    factory.load_json_profile(profiles)
    return factory


def _langdetect(text: str, script: str, letters: str) -> LanguageGuess:
    """langdetect's best guess among the profiles of ``script``, ``und`` when unsure."""
    factory = _factory(script)
    detector = factory.create()
    detector.n_trial = N_TRIAL
    detector.set_prior_map(_prior_map(factory.get_lang_list(), letters))
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED
    if best.prob < MIN_PROB:
        return UNDETERMINED
    code = _proxy_language(str(best.lang), text, letters)
    return LanguageGuess(code.split("-")[0], round(float(best.prob), 4))


def _by_alphabet(letters: str) -> LanguageGuess:
    """The one language whose alphabet covers ``letters``, else ``und``."""
    fits = _alphabet_fits(letters)
    if len(fits) != 1:
        return UNDETERMINED
    return LanguageGuess(fits[0], 1.0)


def detect_language(text: str) -> LanguageGuess:
    """Return the language of ``text``, or ``und`` when it is too short or unclear to tell."""
    text = text[:MAX_CHARS]
    letters = "".join(ch for ch in text.lower() if ch.isalpha())
    if len(letters) < MIN_TABLE_LETTERS:
        return UNDETERMINED
    script, share = _dominant_script(letters)
    if script in SCRIPT_LANGUAGE:
        return LanguageGuess(SCRIPT_LANGUAGE[script], round(share, 4))
    own = "".join(ch for ch in letters if script_of(ch) == script)
    told = _by_tells(own) if USE_TELLS else UNDETERMINED
    if told.code != "und":
        return told
    if len(own) < MIN_LETTERS or len(_WORD_RE.findall(text)) < MIN_WORDS:
        return _by_alphabet(own)
    try:
        return _langdetect(text, script, own)
    except LangDetectException:
        return UNDETERMINED


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
