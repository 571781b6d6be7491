"""An institution's name in its dictionary form, as analysts group by it.

The text names a body in whatever case its sentence needs: "в Министерстве обороны", "за
даними Тернопільської обласної військової адміністрації", "Bakanlığından yapılan
açıklamada", "comunicatul Ministerului Mediului", "სამინისტროს განცხადებაში". The record
keeps the nominative: the head noun and the adjectives agreeing with it change, the
complements keep their case ("Министерство обороны", not "Министерство оборона").

Only head nouns listed here are changed, so a word that merely ends like a case form is left
as written. Languages: Russian, Ukrainian and Polish (adjectives, then the head), Romanian
(the head with its article, then agreeing adjectives), Turkish and Azerbaijani, Georgian (the
head last).
"""

from __future__ import annotations

import re

from transforms.persons import GEORGIAN_VOWELS, georgian_from_ergative, is_armenian

# Nominative head nouns of bodies (lowercase).
SLAVIC_HEADS = frozenset(
    str.split(
        "министерство міністерство агентство ведомство відомство посольство консульство "
        "представительство представництво правительство комитет комітет департамент центр "
        "институт інститут фонд совет суд союз банк университет університет штаб парламент "
        "уряд кабинет муниципалитет сенат трибунал музей заповедник заповідник отдел відділ "
        "концерн холдинг служба рада дума палата прокуратура полиция поліція мэрия мерія "
        "администрация адміністрація дирекция дирекція комиссия комісія инспекция інспекція "
        "компания компанія корпорация корпорація академия академія федерация федерація "
        "партия партія ассоциация асоціація организация організація епархия єпархія "
        "управление управління объединение об'єднання учреждение установа спілка "
        "обсерватория обсерваторія лаборатория лабораторія губернаторство облгосадминистрация "
        "акимат хокимият госкорпорация ростехнадзор роспотребнадзор росприроднадзор ростуризм "
        "росгидромет росавиация "
        "ministerstwo dowództwo inspektorat komenda straż agencja spółka zarząd instytut "
        "fundacja rada sąd prokuratura policja kopalnia uniwersytet park stowarzyszenie "
        "związek izba służba urząd dyrekcja"
    )
)
# Case endings of those nouns, longest first, and the nominative endings that may replace
# them; each candidate must be a listed head.
SLAVIC_NOUN_ENDINGS = (
    ("ией", ("ия",)),
    ("ією", ("ія",)),
    ("ием", ("ие",)),
    ("ями", ("я",)),
    ("ами", ("а", "")),
    ("ом", ("", "о")),
    ("ем", ("е", "")),
    ("ою", ("а",)),
    ("ей", ("я",)),
    ("ии", ("ия", "ие")),
    ("ії", ("ія",)),
    ("ию", ("ия",)),
    ("ію", ("ія",)),
    ("ой", ("а",)),
    ("ям", ("я",)),
    ("ам", ("а", "")),
    ("стві", ("ство",)),
    ("ві", ("во",)),
    ("а", ("о", "")),
    ("у", ("о", "", "а")),
    ("е", ("о", "а", "")),
    ("і", ("а", "")),
    ("и", ("а", "я")),
    ("ы", ("а",)),
    ("ю", ("я",)),
    ("я", ("е", "ь")),
    # Polish
    ("em", ("o", "")),
    ("ie", ("o", "a")),
    ("ę", ("a",)),
    ("ą", ("a",)),
    ("u", ("o", "")),
    ("a", ("o", "")),
    ("y", ("a",)),
    ("i", ("a", "")),
)
# Polish heads whose stem vowel alternates (urząd: urzędu, urzędzie), by their case forms.
POLISH_STEM_CHANGES = {
    f"{stem}{ending}": nominative
    for stem, nominative in (("urzęd", "urząd"), ("zarząd", "zarząd"), ("sąd", "sąd"))
    for ending in ("u", "zie", "em", "owi")
}

# Adjective endings in an oblique case and their nominative, by the head's gender.
RUSSIAN_ADJECTIVES = {
    "n": (
        ("ого", "ое"),
        ("его", "ее"),
        ("ому", "ое"),
        ("ему", "ее"),
        ("ым", "ое"),
        ("им", "ее"),
        ("ом", "ое"),
        ("ем", "ее"),
    ),
    "m": (
        ("ого", "ый"),
        ("его", "ий"),
        ("ому", "ый"),
        ("ему", "ий"),
        ("ым", "ый"),
        ("им", "ий"),
        ("ом", "ый"),
        ("ем", "ий"),
    ),
    "f": (("ой", "ая"), ("ей", "яя"), ("ую", "ая"), ("юю", "яя"), ("ою", "ая"), ("ею", "яя")),
}
UKRAINIAN_ADJECTIVES = {
    "n": (("ього", "є"), ("ьому", "є"), ("ого", "е"), ("ому", "е"), ("им", "е"), ("ім", "е")),
    "m": (("ього", "ій"), ("ьому", "ій"), ("ого", "ий"), ("ому", "ий"), ("им", "ий"), ("ім", "ий")),
    "f": (("ьої", "я"), ("ої", "а"), ("ій", "а"), ("ою", "а")),
}
# Nominative adjective endings, by language and gender: a word before the head that has
# neither these nor an oblique adjective ending is a noun (Минздрава, Апарату), and the name
# is left as written.
NOMINATIVE_ADJECTIVES = {
    "ru": {"m": ("ый", "ий", "ой"), "f": ("ая", "яя"), "n": ("ое", "ее")},
    "uk": {
        "m": ("ий", "ій"),
        "f": ("на", "ка", "ва", "ча", "ша", "жа", "ля", "ня"),
        "n": ("не", "ке", "ве", "є"),
    },
    "pl": {"m": ("y", "i"), "f": ("a",), "n": ("e", "ie")},
}
# Russian masculine and neuter adjectives in -ом/-ем (locative) have an adjective's suffix
# before it (Федеральн-ом, Высш-ем); "Газпром" has none.
ADJECTIVE_STEM_ENDINGS = ("н", "к", "в", "ч", "ш", "ж", "щ", "ь")
RUSSIAN_ONLY = re.compile(r"[ыэёъЫЭЁЪ]")

POLISH_ADJECTIVES = {  # -kiego, -kiej: Jagiellońskiego -> Jagielloński, Miejskiej -> Miejska
    "n": (("iego", "ie"), ("iemu", "ie"), ("ego", "e"), ("emu", "e"), ("ym", "e"), ("im", "ie")),
    "m": (("iego", "i"), ("iemu", "i"), ("ego", "y"), ("emu", "y"), ("ym", "y"), ("im", "i")),
    "f": (("iej", "a"), ("ej", "a"), ("ą", "a"), ("ę", "a")),
}
OBLIQUE_ADJECTIVES = {"ru": RUSSIAN_ADJECTIVES, "uk": UKRAINIAN_ADJECTIVES, "pl": POLISH_ADJECTIVES}
# After these letters a Russian or Polish masculine adjective ends in -ий / -i, not -ый / -y,
# and a Russian feminine one in -ая, not -яя.
SOFTENING = ("к", "г", "х", "ж", "ш", "ч", "щ")
POLISH_SOFTENING = ("k", "g")
UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
POLISH_LETTERS = re.compile(r"[ąćęłńóśźż]", re.IGNORECASE)
MAX_LEADING_ADJECTIVES = 4

ROMANIAN_HEADS = frozenset(
    str.split(
        "ministerul consiliul inspectoratul serviciul agenția agentia primăria poliția compania "
        "societatea autoritatea universitatea direcția camera institutul tribunalul guvernul "
        "parchetul departamentul oficiul centrul administrația jandarmeria comisia garda "
        "curtea academia federația asociația fundația"
    )
)
ROMANIAN_ENDINGS = (("ului", "ul"), ("ății", "atea"), ("iei", "ia"), ("ei", "a"))
# Feminine adjectives after a feminine head, genitive to nominative (Naționale -> Națională).
ROMANIAN_FEMININE_ADJECTIVES = (("ene", "eană"), ("e", "ă"))  # Europene, Române, Permanente

# Turkish and Azerbaijani heads, as their stems end before the possessive.
TURKIC_HEAD_STEMS = (
    "bakanlığ",
    "müdürlüğ",
    "başkanlığ",
    "valiliğ",
    "kaymakamlığ",
    "belediyes",
    "nazirliy",
    "agentliy",
    "xidmət",
    "komitəs",
    "idarəs",
    "şirkət",
    "şirket",
    "müdirliy",
    "hakimiyyət",
    "kurum",
    "kurul",
    "birliğ",
    "daires",
    "idares",
)
# A case after the possessive vowel: Bakanlığ-ı-n-dan, Nazirliy-i-n-in, Xidmət-i-n-ə.
TURKIC_CASE = re.compile(r"(?<=[ıiuü])n(?:dan|den|dən|da|de|də|ın|in|un|ün|a|e|ə)$")

GEORGIAN_HEADS = frozenset(
    str.split(
        "სამინისტრო სააგენტო სამსახური ადმინისტრაცია კომისია მერია საბჭო დეპარტამენტი "
        "ინსპექცია სამმართველო ცენტრი ინსტიტუტი კომპანია საპატრიარქო პარლამენტი მთავრობა "
        "სასამართლო ოფისი ფონდი ბანკი უნივერსიტეტი მუნიციპალიტეტი გამგეობა პროკურატურა "
        "პოლიცია სამეფო"
    )
)
GEORGIAN_ENDINGS = ("ისთვის", "სთვის", "იდან", "დან", "თან", "ში", "ზე", "ით", "ის", "მა", "ს", "მ")
GEORGIAN = re.compile(r"[\u10d0-\u10ff]")

# Armenian nouns of bodies (the endings of their nominative: "ություն" covers ministry,
# service, company...). Adjectives and genitive complements before the head never change.
ARMENIAN_HEADS = tuple(
    str.split(
        "ություն կոմիտե գրասենյակ մարզպետարան քաղաքապետարան համայնքապետարան առաջնորդարան "
        "աշխատակազմ կենտրոն ինստիտուտ բանկ արգելոց թանգարան համալսարան ակադեմիա "
        "դատարան դատախազություն ոստիկանություն"
    )
)
# Case endings and articles on an Armenian head, longest first, with what replaces them:
# -ության (genitive and dative of -ություն), -ից (from), -ում (in), -ի (of), -ը/-ն (the).
ARMENIAN_ENDINGS = (
    ("ությունից", "ություն"),
    ("ությունում", "ություն"),
    ("ությունը", "ություն"),
    ("ությունն", "ություն"),
    ("ությամբ", "ություն"),
    ("ությանը", "ություն"),
    ("ության", "ություն"),
    ("իայից", "իա"),
    ("իայի", "իա"),
    ("ից", ""),
    ("ում", ""),
    ("ին", ""),
    ("ով", ""),
    ("ի", ""),
    ("ը", ""),
    ("ն", ""),
)


def dictionary_form(name: str, context: str = "") -> str:
    """Return ``name`` with its head noun and the adjectives agreeing with it in the
    nominative, when its language and head are known; otherwise ``name`` unchanged.

    ``context``, the text around the name, tells Ukrainian from Russian when the name's own
    letters do not ("Генерального штабу ЗСУ")."""
    words = name.split()
    if not words:
        return name
    if GEORGIAN.search(words[-1]):
        return " ".join(_georgian(words))
    if is_armenian(words[-1]):
        return " ".join([*words[:-1], _armenian_head(words[-1])])
    if CYRILLIC.search(words[0]):
        return " ".join(_slavic(words, "uk" if _ukrainian(name, context) else "ru"))
    if words[-1].casefold().startswith(TURKIC_HEAD_STEMS):
        return " ".join([*words[:-1], _turkic(words[-1])])
    romanian = _romanian(words)
    if romanian is not None:
        return " ".join(romanian)
    if (
        POLISH_LETTERS.search(name)
        or any(w.endswith(POLISH_OBLIQUE) for w in words)
        or any((_slavic_head(w) or "").casefold() in POLISH_ONLY_HEADS for w in words[:2])
    ):
        return " ".join(_slavic(words, "pl"))
    return name  # "Rady Children's Hospital": nothing says Polish


POLISH_OBLIQUE = ("ego", "iej", "ej")
# Heads no other language writes so: alone, they say the name is Polish ("ministerstwa").
POLISH_ONLY_HEADS = frozenset(
    str.split("ministerstwo dowództwo urząd dyrekcja komenda spółka inspektorat zarząd straż")
)


def _ukrainian(name: str, context: str) -> bool:
    """Return True when a Cyrillic name is Ukrainian: by its own letters, else by those of
    the text around it."""
    for text in (name, context):
        ukrainian = len(UKRAINIAN_LETTERS.findall(text))
        russian = len(RUSSIAN_ONLY.findall(text))
        if ukrainian != russian:
            return ukrainian > russian
    return False


def _with_ending(word: str, cut: int, ending: str) -> str:
    """Return ``word`` with its last ``cut`` letters replaced by ``ending``, keeping an
    all-capitals word in capitals."""
    changed = word[: len(word) - cut] + ending
    return changed.upper() if word.isupper() and len(word) > 1 else changed


def _slavic_head(word: str) -> str | None:
    """Return the nominative of a listed head noun in any case, or None."""
    prefix, _, last = word.rpartition("-")  # "пресс-службе": the part after the hyphen
    key = last.casefold()
    if key in SLAVIC_HEADS:
        return word
    nominative = POLISH_STEM_CHANGES.get(key)
    if nominative is not None:
        return (prefix + "-" if prefix else "") + _case_like(last, nominative)
    for ending, nominatives in SLAVIC_NOUN_ENDINGS:
        if not key.endswith(ending):
            continue
        stem = key[: -len(ending)]
        for nominative in nominatives:
            if stem + nominative in SLAVIC_HEADS:
                head = _with_ending(last, len(ending), nominative)
                return (prefix + "-" if prefix else "") + head
    return None


def _case_like(model: str, word: str) -> str:
    """Return ``word`` capitalised as ``model`` is (all capitals, a capital, none)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word.capitalize() if model[:1].isupper() else word


def _gender(head: str) -> str:
    """Return the grammatical gender of a nominative head: m, f or n."""
    key = head.rpartition("-")[2].casefold()
    if key.endswith(("ння", "ття", "о", "е", "ие", "um")):
        return "n"
    if key.endswith(("а", "я", "a", "ja")) or key in {"straż"}:
        return "f"
    return "m"


def _slavic(words: list[str], language: str) -> list[str]:
    """Return a Russian, Ukrainian or Polish name (``language`` ru, uk or pl) with its
    leading adjectives and head noun in the nominative; the complements after the head keep
    their case."""
    for index, word in enumerate(words[: MAX_LEADING_ADJECTIVES + 1]):
        head = _slavic_head(word)
        if head is None:
            continue
        gender = _gender(head)
        before = [_adjective(w, gender, language) for w in words[:index]]
        if any(b is None for b in before):
            return words  # a word before the head that is no adjective: leave it as written
        after = words[index + 1 :]
        if language == "pl":  # "Urzędu Górniczego": Polish adjectives may follow the head
            trailing = []
            for w in after:
                adjective = _adjective(w, gender, language)
                if adjective is None or adjective == w:
                    break
                trailing.append(adjective)
            after = trailing + after[len(trailing) :]
        return [*(b for b in before if b is not None), head, *after]
    return words


def _adjective(word: str, gender: str, language: str) -> str | None:
    """Return the nominative of an adjective agreeing with a head of ``gender``; the word
    itself when already nominative; None when it is no adjective."""
    key = word.casefold()
    for ending, nominative in OBLIQUE_ADJECTIVES[language][gender]:
        if not key.endswith(ending) or len(key) <= len(ending) + 2:
            continue
        stem = key[: -len(ending)]
        if ending in ("ом", "ем") and not stem.endswith(ADJECTIVE_STEM_ENDINGS):
            continue  # "Газпром банка": a noun, not Федеральн-ом
        if language == "ru" and stem.endswith(SOFTENING):
            if gender == "m" and ending in ("ого", "ому", "ым", "ом"):
                nominative = "ий"
            if gender == "f" and ending in ("ей", "юю", "ею"):
                nominative = "ая"
        if (
            language == "pl"
            and gender == "m"
            and nominative == "y"
            and stem.endswith(POLISH_SOFTENING)
        ):
            nominative = "i"
        return _with_ending(word, len(ending), nominative)
    return word if key.endswith(NOMINATIVE_ADJECTIVES[language][gender]) else None


def _romanian(words: list[str]) -> list[str] | None:
    """Return a Romanian name with its head (the first word) in the nominative, or None
    when the first word is no listed head in the genitive or dative."""
    key = words[0].casefold()
    for ending, nominative in ROMANIAN_ENDINGS:
        if key.endswith(ending) and key[: -len(ending)] + nominative in ROMANIAN_HEADS:
            head = _with_ending(words[0], len(ending), nominative)
            rest = list(words[1:])
            if nominative != "ul":  # a feminine head: its adjectives agree (Naționale)
                for index, word in enumerate(rest):
                    changed = _romanian_adjective(word)
                    if changed is None:
                        break
                    rest[index] = changed
            return [head, *rest]
    return None


def _romanian_adjective(word: str) -> str | None:
    """Return a feminine Romanian adjective from the genitive to the nominative, or None."""
    for ending, nominative in ROMANIAN_FEMININE_ADJECTIVES:
        if word.casefold().endswith(ending) and len(word) > len(ending) + 2:
            return _with_ending(word, len(ending), nominative)
    return None


def _turkic(word: str) -> str:
    """Return a Turkish or Azerbaijani head without the case after its possessive
    (Bakanlığından -> Bakanlığı, Nazirliyinin -> Nazirliyi)."""
    return TURKIC_CASE.sub("", word)


def _georgian(words: list[str]) -> list[str]:
    """Return a Georgian name with its last word (the head) in the nominative, and the
    ergative or dative adjectives right before it too."""
    head = _georgian_head(words[-1])
    if head is None:
        return words
    before = list(words[:-1])
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if not all(GEORGIAN.match(ch) for ch in word):
            break  # "TBC ბანკმა", "ა/რ": no Georgian adjective
        if word.endswith("მა") and len(word) > 3:  # ergative adjective: მეტეოროლოგიურმა
            before[index] = georgian_from_ergative(word)
        elif word[-1] not in GEORGIAN_VOWELS and not word.endswith("ს"):
            before[index] = word + "ი"  # dative adjective: ეროვნულ სააგენტოს
        else:
            break
    return [*before, head]


def _georgian_head(word: str) -> str | None:
    """Return the nominative of a listed Georgian head in any case, or None."""
    if word in GEORGIAN_HEADS:
        return word
    for ending in GEORGIAN_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            for candidate in (stem, stem + "ი", stem + "ა"):
                if candidate in GEORGIAN_HEADS:
                    return candidate
    return None


def _armenian_head(word: str) -> str:
    """Return an Armenian head noun without its case ending or article, when the result is
    a listed body noun (նախարարությունից -> նախարարություն, կոմիտեի -> կոմիտե); a
    hyphenated acronym loses its ending too (ԱԻՆ-ից -> ԱԻՆ)."""
    if "-" in word and word.split("-")[0].isupper():
        return word.split("-")[0]
    for ending, nominative in ARMENIAN_ENDINGS:
        if word.endswith(ending):
            candidate = word[: -len(ending)] + nominative
            if candidate.endswith(ARMENIAN_HEADS):
                return candidate
    return word
