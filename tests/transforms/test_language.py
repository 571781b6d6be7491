"""Tests for transforms.language: scripts, alphabets, tells, langdetect and combining guesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import language
from transforms.language import combine_guesses, detect_language
from transforms.records import UNDETERMINED, LanguageGuess

REPO_ROOT = Path(__file__).resolve().parents[2]
BENCH = REPO_ROOT / "bench" / "langid_accuracy.py"
DATA_DIR = REPO_ROOT.parent / "shared" / "langid"

SENTENCES = {
    "fr": "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, critiquée par "
    "les syndicats.",
    "en": "The government announced a new pension reform on Tuesday, and the unions sharply "
    "criticised it.",
    "de": "Die Regierung hat am Dienstag eine neue Rentenreform angekündigt, die von den "
    "Gewerkschaften kritisiert wurde.",
    "ru": "Правительство во вторник объявило о новой пенсионной реформе, которую резко "
    "раскритиковали профсоюзы.",
    "uk": "Уряд у вівторок оголосив про нову пенсійну реформу, яку різко розкритикували "
    "профспілки.",
    "es": "El gobierno anunció el martes una nueva reforma de las pensiones, duramente criticada "
    "por los sindicatos.",
    "it": "Il governo ha annunciato martedì una nuova riforma delle pensioni, duramente criticata "
    "dai sindacati.",
    "tr": "Hükümet salı günü sendikaların sert bir şekilde eleştirdiği yeni bir emeklilik "
    "reformunu açıkladı.",
}
BY_SCRIPT = {
    "hy": "Հայաստանի կառավարությունը երեքշաբթի օրը հայտարարեց նոր բարեփոխման մասին։",
    "ka": "საქართველოს მთავრობამ სამშაბათს ახალი რეფორმა გამოაცხადა.",
    "ar": "أعلنت الحكومة يوم الثلاثاء عن إصلاح جديد لنظام التقاعد.",
    "az": "Azərbaycan hökuməti çərşənbə axşamı yeni pensiya islahatını elan edib.",
    # Kazakh writes і and ы too: its own letters outrank Ukrainian's and Russian's tells
    "kk": "Қазақстан үкіметі сейсенбі күні жаңа зейнетақы реформасын жариялады.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SENTENCES.items()))
def test_clear_sentences(code: str, text: str) -> None:
    """Plain news sentences come out in their language, confidently."""
    guess = detect_language(text)
    assert guess.code == code
    assert guess.prob >= language.MIN_PROB


@pytest.mark.parametrize(("code", "text"), sorted(BY_SCRIPT.items()))
def test_languages_langdetect_lacks(code: str, text: str) -> None:
    """Armenian, Georgian, Arabic, Azerbaijani and Kazakh are told by their letters."""
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    ("code", "word"),
    [("hy", "Երևան"), ("ka", "თბილისი"), ("ar", "القاهرة"), ("az", "Əliyev"), ("uk", "Київ")],
)
def test_single_words_in_telling_letters(code: str, word: str) -> None:
    """A script or letters one language owns decide even for one word."""
    assert detect_language(word).code == code


@pytest.mark.parametrize(("code", "word"), [("pl", "już"), ("de", "straße"), ("pt", "ação")])
def test_single_word_with_one_fitting_alphabet(code: str, word: str) -> None:
    """A word only one alphabet can write is that alphabet's language."""
    assert detect_language(word).code == code


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t", "12345 67890", "2024-05-01", "!!! ... ??? — «»", "ok", "Hi!", "EU", "a b"],
)
def test_und_for_text_with_too_few_letters(text: str) -> None:
    """Nothing to tell from: ``und``, probability zero."""
    assert detect_language(text) == UNDETERMINED


@pytest.mark.parametrize("word", ["information", "Azerbaïdjan", "Tagesordnung", "минута"])
def test_und_for_single_words_many_languages_write(word: str) -> None:
    """langdetect is not trusted with one word whose letters fit several languages."""
    assert detect_language(word) == UNDETERMINED


@pytest.mark.parametrize("name", ["Vladimir Poutine", "Nikol Paşinyan", "Grain Services Union"])
def test_und_for_short_names_and_headings(name: str) -> None:
    """Capitalised short texts are names or headings that any language writes."""
    assert detect_language(name) == UNDETERMINED


def test_azerbaijani_without_schwa_through_turkish_profile() -> None:
    """Text read as Turkish with q and x in it is Azerbaijani."""
    assert detect_language("Bu gün Bakıda çox soyuq hava olub, yollarda qar yağıb.").code == "az"


def test_quoted_names_do_not_decide() -> None:
    """A name in telling letters inside a longer text does not override its language."""
    english = "President Heydər Əliyev founded the party in 1993, and his son has led it since."
    russian = "Вчера в Москве прошли переговоры о поставках газа в Київ и другие города."
    assert detect_language(english).code == "en"
    assert detect_language(russian).code == "ru"


def test_latin_lookalikes_in_ukrainian() -> None:
    """A Latin i typed for Ukrainian і still reads as Ukrainian."""
    assert detect_language("Та хто ж тому повiрить, що вiн прийшов!").code == "uk"


def test_other_european_languages_still_win_on_their_letters() -> None:
    """Restricting short texts to the main languages keeps languages with telling letters."""
    assert detect_language("Bună ziua, ce mai faci astăzi?").code == "ro"


def test_long_text_is_capped_but_detected() -> None:
    """Only the first characters are read, and that is enough."""
    text = " ".join([SENTENCES["fr"]] * 50)
    assert len(text) > language.MAX_CHARS
    assert detect_language(text).code == "fr"


def test_deterministic() -> None:
    """Same text, same answer, also with freshly loaded profiles."""
    texts = [*SENTENCES.values(), "political party", "bastante habitual", "casa mare"]
    first = [detect_language(t) for t in texts]
    assert [detect_language(t) for t in texts] == first
    language._factory.cache_clear()
    assert [detect_language(t) for t in texts] == first


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    """Any text gives a well-formed guess, the same twice."""
    guess = detect_language(text)
    assert guess == detect_language(text)
    assert guess.code == "und" or (guess.code.isalpha() and guess.code.islower())
    assert 0.0 <= guess.prob <= 1.0


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Россия", "Україна", "Ərazi", "Bună", "中文", "x", "ok", " ", ".", "\u0085", "ǅ"]
        ),
        max_size=40,
    )
)
def test_never_raises_on_mixed_scripts(parts: list[str]) -> None:
    """Mixtures of scripts and odd characters never raise."""
    guess = detect_language(" ".join(parts))
    assert isinstance(guess, LanguageGuess)


def test_combine_nothing_is_und() -> None:
    """No guesses, only ``und`` guesses, or no weight: ``und``."""
    assert combine_guesses([]) == UNDETERMINED
    assert combine_guesses([(UNDETERMINED, 50), (UNDETERMINED, 20)]) == UNDETERMINED
    assert combine_guesses([(LanguageGuess("fr", 1.0), 0)]) == UNDETERMINED


def test_combine_weighs_by_letters_and_probability() -> None:
    """The language with most weight times probability wins; und weight dilutes it."""
    fr, en = LanguageGuess("fr", 1.0), LanguageGuess("en", 1.0)
    assert combine_guesses([(fr, 100), (en, 30)]) == LanguageGuess("fr", round(100 / 130, 4))
    assert combine_guesses([(LanguageGuess("fr", 0.5), 100), (en, 60)]).code == "en"
    assert combine_guesses([(fr, 50), (UNDETERMINED, 50)]) == LanguageGuess("fr", 0.5)


def test_combine_accepts_a_generator() -> None:
    """Any iterable of pairs will do."""
    pairs = ((LanguageGuess(code, 1.0), n) for code, n in [("de", 5), ("de", 5), ("nl", 8)])
    assert combine_guesses(pairs) == LanguageGuess("de", round(10 / 18, 4))


@pytest.mark.skipif(not DATA_DIR.is_dir(), reason="no ../shared/langid beside the repository")
@pytest.mark.parametrize("markdown", [False, True])
def test_bench_prints_a_table(markdown: bool) -> None:
    """The accuracy bench runs on a few lines per file and prints its table."""
    command = [sys.executable, str(BENCH), str(DATA_DIR), "--limit", "20"]
    result = subprocess.run(
        [*command, "--markdown"] if markdown else command,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for needle in ("sentences", "word-pairs", "single-words", "average", "ms per call", "ka "):
        assert needle in result.stdout
    assert ("|---|" in result.stdout) is markdown


@pytest.mark.parametrize(
    "text",
    ["این کاخ از عکس‌هایش زیباتر است", "ما در این شهر زندگی می‌کنیم و کار می‌کنیم"],
)
def test_persian_is_told_from_arabic_by_its_letters(text: str) -> None:
    assert detect_language(text).code == "fa"


@pytest.mark.parametrize(
    "text",
    [
        # Arabic typed on a Persian keyboard: ک and ی, but also Arabic's article and ة
        "اکثر من 51 مرکز هاتفی کلها تابعة لمنظمة التاهيل تقوم بالنشاطات الاستشارية",
        "المجالات ومن بینها التکنولوجیا.",
    ],
)
def test_arabic_with_persian_letters_stays_arabic(text: str) -> None:
    assert detect_language(text).code == "ar"


def test_urdu_is_told_by_its_own_letters() -> None:
    assert detect_language("ہم کبھی بھی اپنے حقوق سے دستبردار نہیں ہوں گے").code == "ur"
