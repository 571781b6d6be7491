"""Grammatical gender of pronouns, titles, verbs and given names: data tables and simple rules.

Used to send an anaphoric cue ("she said", "a-t-elle ajouté", "заявила") to the most recent
person whose gender agrees. "m", "f" or None (unknown: agrees with both).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.cues import LANGUAGES
from transforms.given_names import dictionary_gender, is_given_name, is_given_name_in_a_case
from transforms.persons import is_title_word


def _words(text: str) -> frozenset[str]:
    """Return the space-separated words of ``text``."""
    return frozenset(text.split())


PRONOUNS: dict[str, str] = {
    **dict.fromkeys(
        _words("he il lui él egli er он він hij ele him ihm его него його han něj hem"), "m"
    ),
    **dict.fromkeys(
        _words(
            "she elle ella lei sie она вона ona zij ela her ihr её ее неё нее її hon ní ea dânsa "
            "haar"
        ),
        "f",
    ),
}
FEMININE_TITLES = _words(
    "présidente ministra presidenta mme mrs ms frau madame señora sra signora sig.ra "
    "première vice-première cheffe directrice ambassadrice députée chancelière "
    "spokeswoman chairwoman congresswoman kanzlerin vicepresidenta portavoza jefa "
    "diputada senadora secretaria embajadora alcaldesa presidentessa ambasciatrice "
    "direttrice sindaca deputata senatrice segretaria primeira-ministra investigadora "
    "professora diretora secretária deputada embaixadora governadora речниця "
    "posłanka rzeczniczka szefowa woordvoerster baronesa lady dame queen reine regina "
    "principessa princesse prinzessin königin governatrice gobernadora assessora"
)
MASCULINE_TITLES = _words(
    "m mr herr monsieur señor sr signor sig spokesman chairman congressman sir "
    "ministro président directeur ambassadeur député chancelier "
    "embajador diputado senador alcalde ambasciatore direttore sindaco deputato "
    "senatore investigador professor diretor embaixador governador king roi re rey "
    "prince principe prinz könig governatore gobernador gouverneur prefetto assessore"
)
FEMININE_ARTICLES = _words("la une una die eine")
ARTICLES = _words("la le les l the der die das des del della dello degli el los las")
COMPLEMENT_CONNECTORS = _words("de du des of di del della von der")
MAX_COMPLEMENT_REACH = 3  # words before the connector searched for the head title
# German accusative/dative "den", "dem", "einen", "einem" before a singular title: masculine.
MASCULINE_ARTICLES = _words("le un el il lo der ein den dem einen einem")
# A preposition before a title makes it a complement's: "la visite du ministre", "la veuve
# du sénateur", "la asesora del presidente" say nothing of the person named after.
TITLE_COMPLEMENT_PREPOSITIONS = _words("du del della des de di of von au al")
# Given names ending in -a that are men's (Latin and Cyrillic scripts).
MALE_NAMES_IN_A = _words(
    "nikola mykola luka luca andrea nikita ilia ilya mustafa kosta musa isa hamza mirza "
    "attila jumma sasha misha kolya foma joshua akira saba luka dimitra никита илья "
    "лука фома миша саша кузьма микола данила савва никола гаврила вова гена дима паша "
    "серёжа сережа валера стёпа степа алёша алеша лёша леша kuba juma dima kostya elia enea "
    "tobia илия"
)
# Given names in -a that men and women both bear (Женя for Евгений and Евгения, Слава): no
# gender from the name alone. Not Nicola: Sturgeon in most of the texts read.
EITHER_GENDER_NAMES_IN_A = _words("zhenya женя слава slava")
# Titles of the compounding languages (de, nl): only there does -in make a feminine title
# (Ministerpräsident-in); Polish "premier" + "in" is no word.
COMPOUND_TITLES = frozenset(
    t.casefold() for c in LANGUAGES.values() if c.compound for t in c.titles if len(t) >= 6
)
SLAVIC_FEMININE_VERB = re.compile(r"(?:ла|ła)(?:сь)?$")
SLAVIC_MASCULINE_VERB = re.compile(r"(?:л|ł|[иаі]в)(?:ся)?$")
# Czech past tenses end as Russian ones do, in Latin letters (řekla, uvedl), but "-la" ends
# words of other languages too: only the Czech table's own verbs are read for it.
CZECH_PAST_TENSES = frozenset(
    word for word in LANGUAGES["cs"].verbs if " " not in word and word.endswith(("l", "la"))
)


def pronoun_gender(pronoun: str | None) -> str | None:
    """Return the gender a subject pronoun marks (``she`` -> "f", ``il`` -> "m")."""
    return PRONOUNS.get(pronoun.casefold()) if pronoun else None


@lru_cache(maxsize=4096)
def verb_gender(cue: str | None) -> str | None:
    """Return the gender a Slavic past-tense cue marks (``заявила`` -> "f", ``сказал`` -> "m")."""
    if not cue:
        return None
    for word in cue.casefold().split():
        if word in CZECH_PAST_TENSES:
            return "f" if word.endswith("la") else "m"
        if not any("\u0400" <= ch <= "\u04ff" or ch in "łąę" for ch in word):
            continue
        if SLAVIC_FEMININE_VERB.search(word):
            return "f"
        if SLAVIC_MASCULINE_VERB.search(word):
            return "m"
    return None


@lru_cache(maxsize=4096)
def title_gender(word: str, compounds_mark: bool = True) -> str | None:
    """Return the gender a title word marks (``ministra``, ``Präsidentin``, ``Mr``).

    ``compounds_mark``: a compound title without -in is masculine (German "Minister");
    False for text in Swedish, Dutch..., where the same compound says nothing
    (``Näringsminister Karin ...``)."""
    key = word.casefold().strip(".")
    if key in FEMININE_TITLES:
        return "f"
    if key in MASCULINE_TITLES:
        return "m"
    if len(key) > 6 and key.endswith("in") and _compound_title(key[:-2]):
        return "f"  # German -in: Außenministerin, Präsidentin, Sprecherin
    if (
        compounds_mark
        and word[:1].isupper()  # German writes every noun so: "the minister" is English
        and len(key) > 5
        and _compound_title(key)
        and _compound_title(key + "in")
        and key[-1] != "e"
    ):
        return "m"  # a German title with a feminine -in form: Ministerpräsident
    if _weak_masculine(key):
        return "m"  # den Präsidenten, dem Experten: only masculine nouns decline so
    return None


# English titles are gender-neutral ("the council chairman, Jenna Carbis", "Professor Helen
# ..."): only these words say a gender there.
GENDERED_IN_ENGLISH = _words(
    "mr mrs ms miss sir lady dame lord king queen prince princess baron baroness spokesman "
    "spokeswoman chairwoman congressman congresswoman businessman businesswoman"
)
# English nouns of a person that say a gender (session 32): kin and the -ess forms; any
# word in -woman says "f" too (the ombudswoman, a policewoman, the fisherwoman).
ENGLISH_FEMININE = _words(
    "mother grandmother wife widow daughter sister nun actress waitress hostess "
    "headmistress stewardess duchess countess empress priestess"
)
ENGLISH_MASCULINE = _words("father grandfather husband widower brother monk")


def english_gender(word: str) -> str | None:
    """Return the gender an English noun before a name says, if any (``ombudswoman``)."""
    key = word.casefold().strip(".,;:")
    if key in ENGLISH_FEMININE or (len(key) > len("woman") and key.endswith("woman")):
        return "f"
    if key in ENGLISH_MASCULINE:
        return "m"
    return title_gender(key) if key in GENDERED_IN_ENGLISH else None


def mention_gender(
    words: list[str], name: str, compounds_mark: bool = True, english: bool = False
) -> str | None:
    """Return the gender of a person named after ``words``: their title's, else their given
    name's or surname's. An English title says none unless it is a gendered word ("the
    council chairman, Jenna ...", "Professor Helen ...")."""
    named = given_name_gender(name)
    if english:
        # "Professor Helen ...", "the council chairman, Jenna ...": only gendered words say
        for index in range(len(words) - 1, -1, -1):
            said = None if _in_complement(words, index) else english_gender(words[index])
            if said:
                return said  # "the spokeswoman of the king, Jane ...": hers
        return named
    said = role_gender(words, compounds_mark)
    if said == "m" and listed_gender(name) == "f":
        # "Le maire d'Annecy, Hélène Dufourcq", "il sindaco Rosaria ...": a masculine title
        # is said of women too; a feminine form never of a man, nor Hélène of one
        return "f"
    return said or named


def sure_gender(words: list[str], name: str, english: bool, titled: bool) -> str | None:
    """Return the gender a mention makes certain, or None: a listed given name (Hélène,
    Pádraig), a feminine title beside the name (``titled``: ``la ministre``,
    ``spokeswoman``), a Slavic or Turkic surname's ending (Zakharova, Bayramov). Not a
    masculine title, said of women too ("le maire Sandrine ..."), nor a given name's ending
    (Baraka, Josaia are men), nor a title across a verb ("la diplomatie ..., reçu par X")."""
    courtesy = COURTESY_GENDERS.get(words[-1].casefold()) if words else None
    if courtesy:
        return courtesy  # "Sir Laurence ...", "Mrs Kim ..."
    listed = listed_gender(name)
    if listed:
        return listed
    if not titled:
        titled_gender = None
    elif english:
        genders = (english_gender(w) for w in reversed(words))
        titled_gender = next((gender for gender in genders if gender), None)
    else:
        titled_gender = role_gender(words)
    if titled_gender == "f":
        return "f"
    parts = name.split()
    # a surname's ending in Cyrillic only (Casanova, Deripaska, Schakowsky, İmamoğlu in
    # Latin letters say nothing sure), and not against the given name ("Олена Кравчишин")
    if len(parts) < MIN_NAME_PARTS or not CYRILLIC_WORD.fullmatch(parts[-1]):
        return None
    ending = surname_gender(parts[-1])
    return ending if ending and given_name_gender(name) in (None, ending) else None


MIN_NAME_PARTS = 2
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ'’-]+")
COURTESY_GENDERS = {
    **dict.fromkeys(_words("sir lord mr mr. monsieur m. herr señor signor"), "m"),
    **dict.fromkeys(_words("lady dame mrs mrs. ms ms. madame mme frau señora signora"), "f"),
}


def _compound_title(key: str) -> bool:
    """Return True for a title of a compounding language, whole or as a compound's head."""
    return any(key[start:] in COMPOUND_TITLES for start in range(0, max(1, len(key) - 5)))


def _weak_masculine(key: str) -> bool:
    """Return True for a German title in a weak masculine case form (``Präsidenten``);
    adjectival nouns (``Abgeordneten``, ``Vorsitzenden``) say nothing."""
    for ending in ("en", "n"):
        base = key[: -len(ending)]
        if key.endswith(ending) and base in COMPOUND_TITLES and not base.endswith(("te", "de")):
            return True
    return False


def role_gender(words: list[str], compounds_mark: bool = True) -> str | None:
    """Return the gender marked by the words written before a name (title, article + title).

    A title inside a complement (``le porte-parole de la diplomatie iranienne``, ``head of
    the delegation``) is not the role's head: the title before its connector says the gender.
    """
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if _in_complement(words, index):
            continue
        gender = title_gender(word, compounds_mark)
        if gender:
            return gender
        if is_title_word(word):
            return _article_before(words[:index])
    return None


def _in_complement(words: list[str], index: int) -> bool:
    """Return True when the word at ``index`` follows a connector (``de``, ``of``), its
    article between, and a title stands before that connector."""
    before = [w.casefold().rstrip("'’") for w in words[max(0, index - 2) : index]]
    while before and before[-1] in ARTICLES:
        before.pop()
    if not before or before[-1] not in COMPLEMENT_CONNECTORS:
        return False
    start = max(0, index - 2 - MAX_COMPLEMENT_REACH)
    return any(is_title_word(w) for w in words[start : index - 1])


def _article_before(words: list[str]) -> str | None:
    """Return the gender of the article before a title, past up to two lowercase adjectives
    (``den französischen Präsidenten``, ``la ministre lettone``)."""
    for word in reversed(words[-3:]):
        key = word.casefold().rstrip("'’")
        if key in TITLE_COMPLEMENT_PREPOSITIONS:
            return None
        if key in FEMININE_ARTICLES:
            return "f"
        if key in MASCULINE_ARTICLES:
            return "m"
        if not word[:1].islower():
            return None
    return None


def article_gender(words: list[str]) -> str | None:
    """Return the gender of a definite article opening a noun phrase (``der Franzose``)."""
    if len(words) < 2:
        return None
    first = words[0].casefold()
    if first in FEMININE_ARTICLES:
        return "f"
    if first in MASCULINE_ARTICLES:
        return "m"
    return None


# Common given names whose gender their ending does not tell (a woman's name in -a is told
# by the rule below): English, Irish, Welsh, French, German, Dutch, Nordic, Spanish,
# Portuguese and Italian ones. Names given to both men and women (Jean, Kim, Andrea, Sasha,
# Dominique, Robin, Leslie, Simone, Michele...) are left out on purpose.
FEMALE_GIVEN_NAMES = _words(
    "helen ellen jane janet judith ruth rachel sarah hannah deborah esther miriam naomi "
    "elizabeth mary margaret catherine katherine kathleen kate karen susan alice rose grace "
    "emily charlotte sophie lucy claire louise caroline frances harriet isabel isabelle "
    "eleanor jennifer michelle nicole stephanie amy zoe chloe megan bethan carys cerys gwen "
    "gwyneth eluned rhiannon siân sian siobhán siobhan niamh aoife bridget brigid clodagh "
    "eimear gráinne grainne maeve máire mairead róisín roisin sinéad sinead orlaith ann anne "
    "annie sally jenny judy lynne gail dawn hazel heather ivy jill joy lesley lorraine "
    "maureen pauline sharon shirley valerie yvonne wendy beatrice bernadette "
    "phoebe madeleine josephine agnes margot marguerite geneviève genevieve élise elise "
    "hélène helene chantal nathalie sylvie brigitte christine mireille "
    "maryvonne soizic gwenaëlle gwenaelle nolwenn anne-laure marie anne-marie "
    "ingrid karin birgit sigrid astrid gudrun heike silke ute elke anke antje kerstin "
    "liesbeth marloes femke ilse inge ines beatriz raquel pilar mercedes dolores "
    "carmen consuelo esperanza guadalupe inés margarida conceição "
    "rachele irene chiara elfriede gertrud gertrude hildegard renate sabine susanne "
    "ursula liselotte annegret irmgard waltraud hannelore marlene "
    "marthe sandrine béatrice josiane nadège martine danielle véronique céline aurélie "
    "virginie séverine mathilde clémence juliette agathe solène élodie émilie laure "
    "florence ségolène françoise jacqueline monique odile colette édith "
    "fatou aïssatou awa khady ndèye ndeye"
)
MALE_GIVEN_NAMES = _words(
    "john james robert michael william david richard joseph thomas charles christopher "
    "daniel matthew anthony donald steven stephen paul andrew mark kenneth kevin brian george "
    "timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan larry justin "
    "scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis jerry "
    "tyler aaron adam henry nathan douglas peter kyle walter ethan jeremy harold keith roger "
    "noah gerald carl terry sean arthur lawrence dylan bryan joe bruce albert gabriel logan "
    "alan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny "
    "tristan alistair alasdair derek graham colin malcolm duncan angus hamish fergus stuart "
    "craig gavin ewan neil ian nigel gareth rhys dafydd owain ieuan huw gethin emrys "
    "pádraig padraig seamus séamus liam conor declan ciarán ciaran eoin niall cathal dermot "
    "brendan eamon eamonn oisín oisin ruairí ronan cormac "
    "jean-pierre jean-luc jean-marc jean-paul pierre jacques michel philippe alain bernard "
    "françois francois patrice thierry olivier laurent nicolas sébastien sebastien julien "
    "yannick erwan gwenaël gwenael loïc loic hervé herve yves didier gérard gerard "
    "hans klaus jürgen jurgen dieter wolfgang günter gunter horst helmut heinz werner "
    "manfred gerhard uwe jens dirk sven lars pieter kees joost sjoerd "
    "franz josef karl friedrich georg johann ludwig otto ernst florian tobias markus "
    "stefan andreas matthias sebastian felix moritz lukas konrad malte jonas "
    "carlos juan josé jose miguel manuel antonio francisco javier jesús jesus pedro "
    "alejandro fernando rafael ramón ramon vicent jordi pau joão joao "
    "giuseppe giovanni marco francesco alessandro matteo lorenzo roberto stefano paolo "
    "sergio massimo gennaro salvatore vincenzo "
    "élie emmanuel benoît benoit guillaume étienne etienne grégoire mathieu rémi remy "
    "abdoulaye mamadou moussa ousmane amadou ibrahima cheikh souleymane boubacar seydou "
    "modibo"
)


def listed_gender(name: str) -> str | None:
    """Return the gender of a full name's given name when the tables list it, else None (no
    guess from its ending: Ravindra is a man's name)."""
    words = name.split()
    given = words[0].casefold() if len(words) > 1 else ""
    if given in FEMALE_GIVEN_NAMES or given.startswith(("marie-", "anne-")):
        return "f"  # Marie-Claire, Anne-Sophie
    if given in MALE_GIVEN_NAMES or given.startswith("jean-"):
        return "m"  # Jean-Baptiste, Jean-Marie
    return None


def given_name_gender(name: str) -> str | None:
    """Return the gender a common given name has (``Helen``, ``Pádraig``; a name in -a that
    is no man's is a woman's); else the gender a Slavic or Turkic surname marks (``Jeyhun
    Bayramov`` -> "m", ``Maria Zakharova``); else None."""
    words = name.split()
    if len(words) < 2:
        return None
    listed = listed_gender(name)
    if listed:
        return listed
    given = words[0].casefold()
    if (
        is_given_name_in_a_case(words[0])
        and not is_given_name(words[0])
        and words[-1].casefold().endswith(MASCULINE_GENITIVE_ENDINGS)
    ):
        # "Janusza Kowalskiego": a man's given name in the genitive ends in -a too; his
        # surname's adjectival genitive tells ("Jarosława Kowalska" stays hers)
        return "m"
    if given in EITHER_GENDER_NAMES_IN_A:
        return surname_gender(words[-1])  # "Женя Белоусов": the surname may tell
    if len(given) >= 3 and given[-1] in "aа" and given not in MALE_NAMES_IN_A:
        return "m" if _dictionary_says_male(words[:-1]) else "f"
    return surname_gender(words[-1])


MALE_IN_DICTIONARY = frozenset({"male", "mostly_male"})
MASCULINE_GENITIVE_ENDINGS = ("skiego", "ckiego", "dzkiego", "ского", "цкого", "ського")


def _dictionary_says_male(words: list[str]) -> bool:
    """Return True when the dictionary of first names has the given name as a man's
    (Rajendra), or, not knowing it, a middle name (Dipendra Bahadur Khadka): the -a ending
    makes no woman's name there."""
    verdicts = [dictionary_gender(word) for word in words]
    if verdicts[0] in MALE_IN_DICTIONARY:
        return True
    return verdicts[0] == "unknown" and any(v in MALE_IN_DICTIONARY for v in verdicts[1:])


# Surname endings of Slavic and Turkic names in Latin and Cyrillic script, by gender; the
# feminine ones first (Ivanova before Ivanov). Cyrillic -ин only: Latin -in/-ina ends
# Romance names (Marin, Medina). Cyrillic -ова/-ева/-ина are no feminine mark: they are
# also a man's genitive (Сергея Лаврова), the case a name is often first written in.
FEMININE_SURNAME = re.compile(
    r"(?:[^u]ova|[^u]eva|ovna|evna|skaya|tskaya|ska|cka|ská|ová|ская|цкая|кызы|qızı|kyzy)$"
)
MASCULINE_SURNAME = re.compile(
    r"(?:[^u]ov|[^u]yev|[^u]ev|sky|skiy|skyi|ski|cki|oglu|oğlu|ов|ев|ин|ын|ский|цкий|оглы)$"
)
MIN_SURNAME = 5


@lru_cache(maxsize=4096)
def surname_gender(surname: str) -> str | None:
    """Return the gender marked by a Slavic or Turkic surname's ending (``Bayramov`` "m",
    ``Ivanova`` "f", ``Zelenskyy``), else None."""
    key = surname.casefold()
    if len(key) < MIN_SURNAME:
        return None
    if FEMININE_SURNAME.search(key):
        return "f"
    if MASCULINE_SURNAME.search(key):
        return "m"
    return None


def agrees(wanted: str | None, known: str | None) -> bool:
    """Return True when two genders do not contradict each other."""
    return wanted is None or known is None or wanted == known
