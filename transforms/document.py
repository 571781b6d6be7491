"""One file's bytes -> a ParsedDocument: the transforms chained, and its JSON form."""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from transforms.countries import country_code
from transforms.cues import AGENCIES, LANGUAGES, MEDIA_WORDS
from transforms.dates import is_date_phrase, review_date
from transforms.decode import decode_bytes
from transforms.errors import RejectedInput
from transforms.gender import (
    agrees,
    given_name_gender,
    listed_gender,
    mention_gender,
    pronoun_gender,
    role_gender,
    sure_gender,
    verb_gender,
)
from transforms.given_names import is_given_name, is_given_name_in_a_case, is_listed_given_name
from transforms.institution_names import CYRILLIC, dictionary_form
from transforms.language import (
    LETTER_WORD,
    combine_guesses,
    detect_language,
    says_sibling,
)
from transforms.marked_turns import dashed_marks_as_colons, marked_turns
from transforms.markup import parse_blocks
from transforms.media import (
    CAPITALS_PAPER_ENDS,
    CASE_SUFFIX,
    PAPER_NOUNS,
    capitals_papers,
    listed_medium,
    media_in,
    quoted_papers,
    shaped_papers,
)
from transforms.normalize import normalize_text
from transforms.paragraphs import (
    CREDITED_LINE,
    VERBS_OF_A_SENTENCE,
    ends_sentence,
    repair_paragraphs,
)
from transforms.persons import (
    EDITION_WORDS,
    GEORGIAN_LETTERS,
    PAPER_HEADS,
    PORTFOLIO_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    TURKIC_LETTERS,
    NameMention,
    PersonRegistry,
    base_name,
    build_registry,
    find_names,
    fold,
    is_armenian,
    is_craft_word,
    is_demonym,
    is_institution_word,
    is_title_word,
    name_key,
    trade_words,
    turkish_genitive,
)
from transforms.plain_interviews import plain_interview_answers, says_i, says_you
from transforms.quotes import (
    ANSWERED_VERB,
    ARMENIAN_QUESTION,
    DASHES,
    MAX_TURNS_READ,
    MIN_UNMARKED_ENTRIES,
    MIN_UNMARKED_TURNS,
    QUOTATION_MARKS,
    REPORTER_STEMS,
    SENTENCE_STOPS,
    TURN_LABEL,
    UNSEEN_NAMES_SCRIPTS,
    QuoteSpan,
    asks_in_turn,
    credits_a_speaker,
    dashed_interview_as_speech,
    find_quotes,
    find_unmarked_entries,
    glued_dashes_spaced,
    glued_exchanges_split,
    holds_a_double_quotation_mark,
    hyphen_speech_as_dashes,
    labelled_turns_as_dashes,
    loose_interview,
    questions_answered,
    speaks_as_a_person,
    unmarked_interview,
)
from transforms.records import (
    Item,
    LanguageGuess,
    Paragraph,
    ParsedDocument,
    Quote,
    Section,
    Span,
)
from transforms.sections import (
    ASKER_LABELS,
    CAPITALS_NAME,
    CITY_AFTER_PAPER,
    INTERVIEWER_WORDS,
    PAPER_WORDS,
    WHOLE_QUOTATION,
    Outline,
    build_outline,
    credit_shaped,
)
from transforms.speakers import (
    ACADEMIC_TITLES,
    ADVERBIAL,
    APOSTROPHE_GENITIVE_ENDING,
    APPOSITION_BREAKERS,
    ARTICLE,
    ARTICLE_SET,
    BACK_REFERENCE,
    BEFORE_CUE,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    CONNECTOR_SET,
    CONTRAST,
    COORDINATORS,
    COURTESY_TITLES,
    CUE,
    CUE_ADVERB,
    CYRILLIC_WORD,
    ELIDED_ARTICLE,
    LEADING_PUNCTUATION,
    MAX_SOURCE_LEAD,
    OF_WORDS,
    PAPERS_TOPIC,
    PRONOUN,
    QUOTED,
    RELATIVE_LEAD,
    RELATIVE_PRONOUNS,
    ROLE_BREAKING_COMPLEMENTIZERS,
    SENTENCE_BREAK,
    SENTENCE_END,
    STATEMENT,
    TITLE_ACRONYMS,
    TURKIC_ONLY_LETTERS,
    WORD,
    Attribution,
    after_quote_cue,
    after_window,
    anonymous,
    armenian_colon,
    attribute_after,
    attribute_before,
    before_window,
    clean_role,
    compares_with,
    contrast_within,
    coordinated_cue,
    ends_with_complementizer,
    indefinite_topic,
    institution_in,
    institutions_in,
    is_impersonal,
    is_neuter,
    is_plural,
    is_proxy_title,
    last_anonymity,
    latter_speaks,
    name_alone_after,
    names_a_statement,
    object_then_subject,
    opens_contrast,
    opens_new_subject,
    opens_reported_clause,
    periphrasis,
    proxy_role,
    quoted_title,
    role_beside,
    role_refers_to,
    someone_by_trade,
    source_header,
    title_subject,
    turkic_statement_author,
    unnamed_source,
)
from transforms.straight_quotes import straight_single_quotes_curled
from transforms.titles import names_a_title

PARSER_VERSION = "0.252.0"
# Titles that only say "the one in office" ("disse o governante"): the role is the one the
# text gave that person, not this word.
# Lone titles that only point to their holder ("Edilul a admis", Romanian for the town's
# head): the holder's own title says more.
# Words for any official, which go on with the official quoted last ("la funcionaria").
OFFICIAL_WORDS = frozenset(
    {"funcionario", "funcionaria", "funcionário", "funcionária", "governante", "gobernante"}
)
GENERIC_TITLES = OFFICIAL_WORDS | {"dirigeant", "dirigente", "responsable", "edilul"}
MAX_REMEMBERED_ROLES = 32
MAX_SENTENCE_GAP = 200  # characters between two quotations of one sentence
MAX_ATTRIBUTION_GAP = 90  # characters of an attribution that cuts a quoted sentence in two
# A sentence ending inside a text, then the next one opening (abbreviations count: "M. X").
SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[^\W\d_]")
MAX_CONTINUATION_WORDS = 3  # "Und weiter:", "Il a poursuivi :": the last speaker goes on
MAX_INPUT_BYTES = 20 * 1024 * 1024
QUOTE_SHARE_OF_PARAGRAPHS = 0.8
MAX_TERM_WORDS = 3
LANGUAGE_WINDOW = 300  # characters around a quotation that tell Ukrainian from Russian
# A Cyrillic letter: a Cyrillic word's given names' case forms (Володимира) are read, not
# Latin ones (Sony); a lone Cyrillic word is a surname, not a body (_lone_word_of_no_one).
CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
MAX_LINK_WORD_CHARS = 3  # "van", "het", "de", "of": lowercase words inside a paper's title
MAX_MEDIA_NAME_WORDS = 5  # "the newspaper «Novoye Vremya»": a title, not a quotation
LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\W{0,3}$")
APPOSITION_REACH = 120  # characters after a name searched for its apposed role
ROLE_CONTEXT = 200  # characters before a name searched for its title
SUBJECT_CONTEXT = 600
# A title opening a sentence as its subject: at most this many words read, articles first.
MAX_OPENING_TITLE_WORDS = 6
OPENING_ARTICLES = frozenset({"la", "el", "le", "il", "lo", "the", "o", "a", "der", "die"})
QUOTE_OPENERS = ' «»"“”„‹›—–-\n'  # what may stand between a sentence's end and a quotation
# What may open a paragraph before its quotation's text: marks of every kind (‘ too, where
# single marks quote), dashes of direct speech.
OPENING_MARKS = ' «»"“”„‹›‘‚—–-'
# Languages the detector confuses on a short text: a quotation detected as one of its
# paragraph's siblings is in the paragraph's language.
# Cyrillic letters Macedonian and Serbian write and Russian never does.
SOUTH_SLAVIC_LETTERS = frozenset("јљњћђџѓќѕЈЉЊЋЂЏЃЌЅ")
SIBLINGS: dict[str, frozenset[str]] = {
    code: group - {code}
    for group in (
        frozenset({"es", "pt", "gl", "ca"}),
        frozenset({"cs", "sk", "sl", "hr"}),
        frozenset({"sv", "no", "da"}),
        frozenset({"nl", "af"}),
    )
    for code in group
}
# Languages the detector mistakes for each other on a few words, each of which keeps words
# the other never writes ("ne ... pas"): a short quotation with its paragraph's words and
# none of the other's is in its paragraph's language.
CONFUSED_WHEN_SHORT: dict[str, frozenset[str]] = {
    "fr": frozenset({"it"}),
    "it": frozenset({"fr"}),
    "nl": frozenset({"de", "af"}),
    "de": frozenset({"nl"}),
}
# Languages whose compound titles without -in are masculine (Außenminister); in Swedish or
# Dutch the same "minister" says nothing of the holder.
GERMAN_GENDERED = frozenset({"de", "und"})
MAX_SUBJECT_WORDS = 6  # words opening a sentence searched for an unnamed source
MAX_LOOK_BACK = 64  # mentions searched back for a pronoun's referent: bounded, so linear
# ``Мы готовы, — сказал Пашинян, — подписать``: an attribution between dashes inside the marks
# (Polish writes no comma: „Każdy, kto myśli inaczej – podkreślił szef MON – powinien”).
# Author's words longer than this open with their verb ("– ha detto X, della Frankfurter
# Allgemeine Zeitung (...) di Francoforte –"); a long aside may quote others.
MAX_INNER_CLAUSE = 90
INNER_ATTRIBUTION = re.compile(r",?\s[—–]\s(?P<clause>[^—–\n«»\"“”]{3,130}?),?\s[—–]\s(?=[^\W\d_])")
# Agencies typing the dashes as hyphens: «..., - сказал он. - Откладывать ...» (a new sentence
# after the author's words: two quotations) or «..., - подчеркнул министр, - а лишь ...» (one
# sentence: one quotation, with the author's words as its attribution). Italian papers mix
# the two and close the sentence after the dash: “... – ribatte Santilli -. Lo abbiamo ...”.
HYPHEN_ATTRIBUTION = re.compile(
    r",?\s[-–—]\s(?P<clause>[^—–\n«»\"“”]{3,90}?),?\s[-–—](?P<stop>\.)?\s(?=[^\W\d_])"
)  # characters before a quotation searched for the person it follows


# French writes the author's words inside the marks between commas, the verb first:
# « Nous ne sommes pas venus, a poursuivi M. Kallimachou, mais ... ».
WOVEN_ATTRIBUTION = re.compile(r",\s(?P<clause>[^,«»\"“”\n]{5,80}?),\s(?=[^\W\d_])")
# The same words closing their sentence (« Je n'ai jamais vu ça, dit-il. Les blocs ... »;
# not at "M." of "a poursuivi M. X"), and Spanish dashes around them with no spaces inside
# («Aquí la gente ha visto muchas piedras —dijo—, y muy pocas inauguraciones»).
WOVEN_SENTENCE = re.compile(r",\s(?P<clause>[^,.«»\"“”\n]{4,80}?)(?<!\s[A-Z])\.\s(?=[A-ZÀ-ÞА-ЯЁ])")
SPANISH_INCISE = re.compile(
    r"\s[—–](?P<clause>[^\W\d_][^—–\n«»\"“”]{2,80}?)[—–][,.]?\s(?=[^\W\d_])"
)
MIN_INCISE_LEAD_WORDS = 3  # fewer words before it are a subject ("Nos voisins, a poursuivi")
MAX_DASH_INCISE_WORDS = 5  # "—explicó el alcalde Juan Pérez—"
MAX_NAMED_INCISE_WORDS = 6  # "a poursuivi M. Kallimachou", "a admis M. Mbadinga Koumba"
GUILLEMETS = "«‹»›"


@dataclass(slots=True)
class _ItemText:
    """An item's repaired paragraphs joined the way find_quotes sees them."""

    paragraphs: list[Paragraph]
    text: str
    bold: tuple[Span, ...]
    starts: list[int]
    names: list[list[NameMention]] = field(default_factory=list)  # per paragraph


@dataclass(frozen=True, slots=True)
class _Mention:
    """A person named in an item: where, under which canonical name, with which title."""

    offset: int
    person: str
    role: str | None
    gender: str | None = None
    sure_gender: str | None = None  # the gender a listed name or feminine title makes certain


@dataclass(slots=True)
class _Counter:
    paragraph: int = 0
    item: int = 0
    quote: int = 0
    last_speaker: str | None = None
    terms: list[str] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (person, role), in order
    genders: dict[str, str] = field(default_factory=dict)  # person -> "m" / "f"
    # The genders nothing contradicts: a listed given name, a feminine title, a pronoun or a
    # Slavic verb of their own words; not a masculine title, said of women too.
    sure_genders: dict[str, str] = field(default_factory=dict)
    # The item's previous quotation: its last paragraph and its speaker.
    previous: tuple[int, str | None] = (-2, None)
    previous_end: int = -1  # where the item's previous quotation closes, -1 before the first
    # The previous quotation came from an unnamed source ("a senior diplomat said").
    unnamed_before: bool = False
    # The person and title a quote digest's section heading credits ("DONALD TRUMP,
    # presidente Usa"): who speaks the section's words no one else is given.
    heading_credit: tuple[str, str | None] | None = None
    # The one person an interview's title names ("Q&A with Foreign Minister Vashadze"): who
    # speaks the words nothing else attributes.
    interviewee: str | None = None
    # The one a line credits with an interview's questions ("Das Interview führte Marco
    # Witting"), read from the whole text: a byline the outline drops still names them.
    interviewer: str = ""
    interviewer_item: int | None = None  # the id() of the item holding that credit, if any
    interview: bool = False  # the title or a heading says "interview", "Gespräch", "Q&A"
    headed: str = ""  # the title and the headings, one line
    last_quoted: str | None = None  # the speaker of the document's last quotation
    # The person a paragraph announced a collection of words of ("Estas son las
    # declaraciones del seleccionador:"): (item number, paragraph, person). Their words go on
    # under topic lines, until narration or a country's, a paper's or a story's section.
    collection: tuple[int, int, str] | None = None
    # The first topic under a digest credit's collection ("о дорогах"): later topic lines must
    # go on like it ("о бюджете"), or the collection ends.
    collection_topic: str | None = None
    heading: str | None = None  # the section's heading


# A word of kinship right before a full name: the person is someone's relative ("his wife
# Brigitte Macron", "eşi Emine Erdoğan"); not "padre", "père", "Frau", "Schwester", titles
# as often.
KINSHIP_BEFORE = re.compile(
    r"(?<!\w)(?:wife|husband|son|daughter|brother|sister|widow|épouse|femme|mari|fils|fille|"
    r"sœur|veuve|moglie|marito|figlio|figlia|fratello|vedova|esposa|esposo|mujer|hijo|hija|"
    r"hermano|hermana|viuda|mulher|marido|filho|filha|irmão|irmã|viúva|Ehefrau|Ehemann|"
    r"Gattin|Sohn|Tochter|Witwe|vrouw|echtgenote|echtgenoot|zoon|dochter|жена|супруга|муж|сын|дочь|"
    r"брат|сестра|вдова|дружина|чоловік|син|донька|дочка|żona|mąż|syn|córka|wdowa|eşi|"
    r"karısı|oğlu|kızı|həyat yoldaşı|qızı|first lady|First Lady|primera dama|"
    r"première dame|перша леді|первая леди)[\s,]+$"
)


def _relatives(names: list[list[NameMention]], item: _ItemText) -> list[str]:
    """Return the full names the item writes right after a word of kinship when its text
    named someone by that surname alone before ("Trump arrived with his wife Melania
    Trump"): another person than the one the lone surname stands for."""
    alone: list[str] = []  # the lone names met so far, keyed only when kinship is found
    found = []
    for paragraph, mentions in zip(item.paragraphs, names, strict=True):
        for mention in mentions:
            if mention.single:
                alone.append(mention.text)
            elif alone and KINSHIP_BEFORE.search(
                paragraph.text, max(0, mention.span.start - MAX_KINSHIP_LEAD), mention.span.start
            ):
                surname = name_key(mention.text.split()[-1])
                if any(name_key(name) == surname for name in alone):
                    found.append(mention.text)
    return found


MAX_KINSHIP_LEAD = 30


def parse_document(raw: bytes, source_name: str = "") -> ParsedDocument:
    """Return the records of one press review, or raise RejectedInput saying why not."""
    if len(raw) > MAX_INPUT_BYTES:
        raise RejectedInput(
            f"file too large: {len(raw):,} bytes, the limit for one review is {MAX_INPUT_BYTES:,}"
        )
    decoded = decode_bytes(raw)
    text = normalize_text(decoded.text)
    text = glued_exchanges_split(dashed_marks_as_colons(text))
    text = dashed_interview_as_speech(labelled_turns_as_dashes(text))
    text = glued_dashes_spaced(hyphen_speech_as_dashes(text))
    if sum(ch.isalpha() for ch in text[:100_000]) < 3:
        raise RejectedInput("no text: the file holds no words")
    outline = build_outline(parse_blocks(text))
    items = _item_texts(outline)
    _short_paragraphs_in_the_documents_language(items)
    media = _media_runs(outline) | _credited_in_parentheses(text)
    names = {id(p): _people_named(p.text, p.bold, media) for item in items for p in item.paragraphs}
    body_names = [m for found in names.values() for m in found]
    relatives = frozenset(
        name for item in items for name in _relatives([names[id(p)] for p in item.paragraphs], item)
    )
    registry = build_registry(
        [*_headline_names(outline, body_names, media), *body_names], relatives
    )
    for item in items:
        item.names = [names[id(p)] for p in item.paragraphs]
    headed = " ".join(filter(None, [outline.title, *(s.heading for s in outline.sections)]))
    interviewer = _credited_interviewer(text, registry)
    counter = _Counter(
        interviewer=interviewer,
        interviewer_item=next(
            (id(item) for item in items if INTERVIEWER_NAMED.search(item.text)), None
        )
        if interviewer
        else None,
        interview=INTERVIEW_SIGNAL.search(headed) is not None,
        headed=headed,
    )
    if counter.interviewer and counter.interviewer not in {p.name for p in registry.persons()}:
        registry.add(counter.interviewer)  # named only in a byline the outline dropped
    sections = _sections(outline, items, registry, counter, media)
    paragraphs = [p for item in items for p in item.paragraphs]
    language = combine_guesses((p.language, len(p.text)) for p in paragraphs)
    texts = [outline.title or "", outline.dateline or "", outline.date_line or ""]
    when = review_date(texts, Path(source_name).name)
    return ParsedDocument(
        language=language,
        sections=sections,
        persons=registry.persons(),
        review_date=when.isoformat() if when else None,
        title=outline.title,
        encoding=decoded.encoding,
        terms=tuple(counter.terms),
    )


def _headline_names(
    outline: Outline, body_names: list[NameMention], media: frozenset[str]
) -> list[NameMention]:
    """Return the full names the title and the headings give, a given name first, to be
    registered before the text's: the headline often names a person in the nominative whom
    the text declines ("Sławomir Nowak" over "Sławomirowi Nowakowi"). Not one whose surname
    the text gives someone else (a headline's "Eric Trump" over "Donald Trump ... Trump
    said": a relative)."""
    given_names_of: dict[str, set[str]] = {}
    for mention in body_names:
        if not mention.single:
            words = mention.text.split()
            given_names_of.setdefault(words[-1], set()).add(words[0])
    headed = [outline.title, *(section.heading for section in outline.sections)]
    found = []
    for heading in filter(None, headed):
        for mention in _people_named(heading, (), media):
            words = mention.text.split()
            others = given_names_of.get(words[-1], set()) - {words[0]}
            if not mention.single and is_given_name(words[0]) and not others:
                found.append(mention)
    return found


def _item_texts(outline: Outline) -> list[_ItemText]:
    """Return every item's repaired paragraphs, numbered through the document."""
    items: list[_ItemText] = []
    ordinal = 0
    for section in outline.sections:
        for draft in section.items:
            paragraphs = []
            for repaired in repair_paragraphs(draft.lines):
                ordinal += 1
                line = repaired.line
                paragraphs.append(
                    Paragraph(
                        ordinal, line.text, line.bold, detect_language(line.text), repaired.repaired
                    )
                )
            items.append(_join_item(paragraphs))
    return items


MAX_SHORT_PARAGRAPH = 80  # characters of a line the detector may give a neighbour language


def _short_paragraphs_in_the_documents_language(items: list[_ItemText]) -> None:
    """Give the document's language to its short paragraphs the detector gave a language it
    confuses with it, when their words are the document language's and none the other's
    (a Dutch line of a few words the detector reads as German)."""
    paragraphs = [p for item in items for p in item.paragraphs]
    document = combine_guesses((p.language, len(p.text)) for p in paragraphs)
    confused = CONFUSED_WHEN_SHORT.get(document.code, frozenset()) | SIBLINGS.get(
        document.code, frozenset()
    )
    if not confused:
        return
    for item in items:
        for index, paragraph in enumerate(item.paragraphs):
            code = paragraph.language.code
            if len(paragraph.text) > MAX_SHORT_PARAGRAPH or code not in confused:
                continue
            if says_sibling(paragraph.text, document.code, code):
                item.paragraphs[index] = replace(paragraph, language=document)


def _join_item(paragraphs: list[Paragraph]) -> _ItemText:
    """Return the item's paragraphs joined by newlines, with bold spans in item offsets."""
    starts, bold, offset = [], [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        bold += [Span(s.start + offset, s.end + offset) for s in paragraph.bold]
        offset += len(paragraph.text) + 1
    text = "\n".join(p.text for p in paragraphs)
    return _ItemText(paragraphs, text, tuple(bold), starts)


def _sections(
    outline: Outline,
    items: list[_ItemText],
    registry: PersonRegistry,
    counter: _Counter,
    media: frozenset[str],
) -> tuple[Section, ...]:
    """Return the sections with their items and attributed quotations."""
    sections = []
    flat = iter(items)
    headline_person = _headline_person(outline.title, registry, media)
    # the interview's title, or the heading the outline took it for
    interview_title = outline.title or next(
        (s.heading for s in outline.sections if s.heading), None
    )
    interviewee = _interviewed_in_title(interview_title, registry, media) or _addressed_first(
        interview_title, items[0].paragraphs if items else [], registry
    )
    # a short first paragraph may be the title the outline did not take ("Quotes of the
    # week ..." over "They said what?")
    opening = next((i.paragraphs[0].text for i in items if i.paragraphs), "")
    opening = opening if len(opening.split()) <= MAX_DIGEST_TITLE_WORDS else ""
    titled = any(_digest_title(line) for line in (outline.title, opening))
    for ordinal, draft in enumerate(outline.sections, start=1):
        # the document's digest title, or the section's own: "Zitate des Tages" over one
        # section of a review leaves its news sections news
        digest = titled or _digest_title(draft.heading)
        built = []
        # the interview's own section only: "Economy", "Otras noticias" after it are news
        counter.interviewee = interviewee if draft.heading in (None, interview_title) else None
        counter.heading_credit = _heading_credit(draft.heading, registry, digest)
        counter.heading = draft.heading
        counter.last_speaker = counter.heading_credit[0] if counter.heading_credit else None
        if draft.country_code or _listed_paper(draft.heading) or _news_heading(draft.heading):
            counter.collection = None  # another country's, paper's or story's words
        for draft_item in draft.items:
            item = next(flat)
            if not item.paragraphs:
                continue
            counter.item += 1
            paper = _listed_paper(draft.heading)
            headed = headline_person if draft.heading == outline.title else None
            quotes = _quotes(item, registry, counter, media, paper, headed, digest)
            built.append(Item(counter.item, tuple(item.paragraphs), quotes, draft_item.sources))
        if built or draft.heading:
            sections.append(Section(ordinal, draft.heading, draft.country_code, tuple(built)))
    return tuple(sections)


# A title or heading that announces a quote digest, a word for quotations next to a span of
# time ("Zitate der Woche", "Quotes of the week", "Las frases de la semana", "Цитаты недели",
# "This week they said"): only under one do quotations go unmarked over a credit in
# parentheses, or stand over a credit that is a sentence or opens with the name alone; a
# news paragraph over a photo's caption ("(X am Montag in Brüssel)") reads the same, and
# the words alone head news too ("Scholz findet klare Worte", "Las citas electorales").
DIGEST_WORDS = (
    r"zitate?|worte|sätze|quotes?|they said|frases?|citations|phrases|citas|frasi|"
    r"citazioni|цитат\w*|слова|cytat\w*|sözler\w*|uitspraken"
)
PERIOD_WORDS = (
    r"woche|tages|jahres|monats|week|day|year|month|semaine|jour|année|mois|semana|día|dia|"
    r"año|ano|mes|mês|settimana|giorno|anno|mese|недели|дня|года|месяца|тижня|року|"
    r"tygodnia|dnia|roku|miesiąca|hafta\w*|gün\w*|yıl\w*|ay\w*|dag|jaar|maand"
)
DIGEST_TITLE = re.compile(
    # the whole line: "Zitate der Woche", "Otrosí digo: las frases de la semana", "Quotes of
    # the week ...", "This week they said"; not "Cytat dnia wywołał burzę" (news about one)
    rf"(?:[^:\n]{{1,40}}:\s*)?(?:(?:the|las|los|les|die|le|la|i|os|as)\s+)?"
    # "The Political Quotes of the Week", "Las mejores frases de la semana": one adjective
    rf"(?:[^\W\d_]+\s+)?(?:{DIGEST_WORDS})(?:\s+\w+){{0,2}}?\s+(?:{PERIOD_WORDS})"
    rf"|(?:this\s+|diese\s+|the\s+)?(?:{PERIOD_WORDS})\s+(?:in\s+)?(?:{DIGEST_WORDS})"
    # the digest's noun alone: Vedomosti's "Слова", Avante's "Frases"
    rf"|(?:{DIGEST_WORDS})",
    re.IGNORECASE,
)
MAX_DIGEST_TITLE_WORDS = 8


def _digest_title(line: str | None) -> bool:
    """Return True for a line that is a quote digest's title and nothing more, its date
    after a dash aside ("The week in quotes – 17th November 2017")."""
    if line is None:
        return False
    title = line.strip().rstrip(" .…")
    dated = DATED_AFTER_DASH.search(title)
    if dated and (is_date_phrase(dated[0].strip(" –—-")) or YEAR_AFTER_DASH.fullmatch(dated[0])):
        title = title[: dated.start()]
    return DIGEST_TITLE.fullmatch(title) is not None


# A dash and what follows it with a figure in it, at the title's end: a date, or a year.
DATED_AFTER_DASH = re.compile(r"\s+[–—-]\s+[^–—]*\d[^–—]*$")
YEAR_AFTER_DASH = re.compile(r"\s+[–—-]\s+(?:19|20)\d\d")


def _headline_person(
    title: str | None, registry: PersonRegistry, media: frozenset[str]
) -> str | None:
    """Return the one person a quoting title names in full, else None (two names: a
    meeting). The title must quote ("“...” — X danışdı", "«Как настроение, Виктор
    Федорович?»"): a headline about someone ("Уйдет ли Владимир Путин в отставку: мнение
    эксперта") may head an interview with someone else."""
    if not title or not any(mark in title for mark in QUOTATION_MARKS):
        return None
    named = {
        registry.canonical(mention.text)
        for mention in _people_named(title, (), media)
        if not mention.single
    }
    return named.pop() if len(named) == 1 else None


# An interview's title: its noun, then "with" and the one person interviewed ("Q&A with
# Foreign Minister Vashadze", "Entretien avec ...", "Interview mit ...", "Интервью с ...").
INTERVIEW_TITLE = re.compile(
    r"^(?:Q\s?&\s?A|Q and A|(?:An |Exclusive )?[Ii]nterview|Entretien|Intervista|Entrevista"
    r"|Интервью|Інтерв[’']ю|Wywiad|Müsahibə|Röportaj)\s+(?:with|avec|con|com|mit|z|с|з)\s"
    # "Entrevista a Pedro Sánchez", "Intervista a Mario Draghi": interviewed, in Spanish,
    # Portuguese and Italian
    r"|^(?:Entrevista|Intervista)\s+(?:a|ad|al)\s",
)


def _named_before_interview(
    title: str, registry: PersonRegistry, media: frozenset[str]
) -> str | None:
    """Return the one person a title names right before its word "interview", a verb of
    giving at most between ("Վիկտոր Դալլաքյանը հարցազրույց չի տալիս", "Путин дал интервью
    CNN"), when the text names them in full; not the interviewer's "X intervista il
    regista", "Y выпустил интервью с ...", "Z : son interview face au ministre"."""
    named = [m for m in _people_named(title, (), media) if not m.single]
    word = INTERVIEW_WORD.search(title)
    if len(named) != 1 or word is None or named[0].span.end > word.start():
        return None
    between = WORD.findall(title[named[0].span.end : word.start()])
    after = WORD.findall(title[word.end() :])[:1]
    if len(between) > 1 or (between and between[0].casefold() not in GIVING_VERBS):
        return None
    if PUNCTUATION_BETWEEN.search(title, named[0].span.end, word.start()) or (
        after and after[0].casefold() in INTERVIEWED_AFTER
    ):
        return None  # "Léa Salamé : son interview", "Fazio intervista il regista"
    person = registry.canonical(named[0].text)
    return person if person in {p.name for p in registry.persons()} else None


PUNCTUATION_BETWEEN = re.compile(r"[^\w\s'’-]")
# Verbs of giving an interview between the name and the word ("Путин дал интервью").
GIVING_VERBS = frozenset(
    str.split("дал дала дав дала gave gives accorde accorda concede concedió rilascia gibt dá")
)
# What introduces the other party after the word: the one interviewed by the name before.
INTERVIEWED_AFTER = frozenset(
    str.split("с со у з із a al ad à au il la le lo el with mit con avec face to di de del")
)
# The word "interview" in a title, in the languages read (Armenian հարցազրույց).
INTERVIEW_WORD = re.compile(
    r"(?i)\b(?:interview|entretien|intervista|entrevista|интервью|інтерв[’']ю|wywiad|"
    r"müsahibə|röportaj|հարցազրույց|ინტერვიუ)"
)
# A Georgian interview's title: "ინტერვიუ" (interview), then the name with "-თან" (with).
GEORGIAN_INTERVIEW = re.compile(
    r"ინტერვიუ\s+(?P<given>[\u10d0-\u10ff]+)\s+(?P<stem>[\u10d0-\u10ff]+?)თან(?![\u10d0-\u10ff])"
)


def _addressed_first(
    title: str | None, paragraphs: list[Paragraph], registry: PersonRegistry
) -> str | None:
    """Return the person an interview's first question addresses, as its title or its first
    paragraph ("Assessore Raffaele Piemontese, sta per iniziare ...?", "Herr Meyer, Sie
    haben bald Halbzeit: ...?"), when another paragraph asks again: the one who answers the
    questions; else None (an editorial's "Mr Starmer, who will pay?" over a protest)."""
    texts = [p.text.strip(" *") for p in paragraphs]
    if not any(text.endswith("?") for text in texts[1:]):
        return None
    known = {person.name for person in registry.persons()}
    for opening in (title, texts[0] if texts else None):
        if opening and opening.rstrip(" *").endswith("?"):
            addressed = _addressed(opening.strip(" *"))
            person = registry.canonical(addressed) if addressed else None
            if person in known:
                return person
    return None


def _interviewed_in_title(
    title: str | None, registry: PersonRegistry, media: frozenset[str]
) -> str | None:
    """Return the one person an interview's title names after its "with", else None: the
    first name there, or its first words when they are a person the text names in full (a
    dateline joined to the title: "... Minister Vashadze Civil Georgia, Tbilisi / 27 Jun")."""
    opening = INTERVIEW_TITLE.match(title) if title else None
    georgian = GEORGIAN_INTERVIEW.search(title) if title else None
    if georgian is not None:
        # "... - ინტერვიუ დავით გზირიშვილთან": "with" is the suffix, after the nominative's
        # ი dropped (გზირიშვილი) or after a ს the vowel's nominative takes (მელაძე-ს-თან)
        given, stem = georgian["given"], georgian["stem"]
        known = {p.name for p in registry.persons()}
        forms = [f"{given} {stem}ი"] + ([f"{given} {stem[:-1]}"] if stem.endswith("ს") else [])
        return next((p for p in map(registry.canonical, forms) if p in known), None)
    if title is not None and opening is None and INTERVIEW_WORD.search(title):
        return _named_before_interview(title, registry, media)
    if title is None or opening is None:
        return None
    tail = title[opening.end() :]
    named = _people_named(tail, (), media)
    if not named or sum(not mention.single for mention in named) > 1:
        return None  # "Interview with Angela Merkel and Emmanuel Macron": two of them
    lead = WORD.findall(tail[: named[0].span.start])
    if any(word[:1].islower() and not is_title_word(word) for word in lead):
        return None  # "Interview with a killer: how police cracked the case of X"
    words = named[0].text.split()
    known = {person.name for person in registry.persons()}
    for size in range(len(words), 0, -1):
        person = registry.canonical(" ".join(words[:size]))
        if person in known:
            return person
    return None


# An interviewer's turn opening its paragraph: "Q:", "P.", "F:", "В:", "Frage:".
QUESTION_LABEL = re.compile(
    r"\s*\**(?:Q|P|F|D|В|П|S|Frage|Question|Pregunta|Pergunta|Domanda|Vraag)\s*[:.]"
)


def _asked(context: _Context, span: QuoteSpan) -> bool:
    """Return True for words quoted in an interviewer's turn: a paragraph opened by a
    question's label or ending on a question mark ("Q: The Sun says “...”. Do you agree?")."""
    paragraph = context.item.paragraphs[span.first_paragraph].text.strip()
    return QUESTION_LABEL.match(paragraph) is not None or paragraph.endswith("?")


def _heading_credit(
    heading: str | None, registry: PersonRegistry, digest: bool = False
) -> tuple[str, str | None] | None:
    """Return the person, and the title, a section heading credits: in capitals ("MATTEO
    RENZI, già premier"), "La Frase de X", or under a digest's title a full name alone (not
    an obituary's or a review's "Angela Merkel" over words about her), else None."""
    quote_of = QUOTE_OF_HEADING.fullmatch(heading.strip()) if heading else None
    if (
        quote_of
        and all(word[:1].isupper() for word in quote_of["name"].split())
        # a person's given name: not "Quote Of The Day", "La Frase de Hoy", "Quote from Davos"
        and is_given_name(quote_of["name"].split()[0])
        and not re.fullmatch(PERIOD_WORDS, quote_of["name"], re.IGNORECASE)
    ):
        return registry.canonical(quote_of["name"]), None  # "La Frase de Francisco"
    named = find_names(heading) if heading else []
    if (
        digest
        and heading is not None
        and len(named) == 1
        and not named[0].single
        and named[0].text == heading.strip()
        and is_given_name(named[0].text.split()[0])
    ):
        return registry.canonical(named[0].text), None  # "Дмитрий Медведев" over his words
    credit = _name_in_capitals(heading) if heading else None
    if credit is None or credit[1] is None:
        return None  # "GIORGIA MELONI, la sfida sui migranti": a headline, no credit
    return registry.canonical(credit[0]), credit[1]


# A given name, then the surname in capitals, its comma and a lowercase title: "Владимир
# ЗЕЛЕНСКИЙ, президент Украины", "Emmanuel MACRON, président de la République".
GIVEN_NAME_CAPITALS = re.compile(
    r"([^\W\d_][^\W\d_A-ZÀ-ÞА-ЯЁ]+) ([^\W\d_a-zß-ÿа-яё-]{2,}(?:-[^\W\d_a-zß-ÿа-яё]{2,})?), "
)


def _surname_in_capitals(credit: str) -> tuple[str, str | None] | None:
    """Return the name and the title of a credit whose surname alone is in capitals, its
    first word a given name and a title in the lowercase apposition after it."""
    match = GIVEN_NAME_CAPITALS.match(credit)
    if match is None or not match[2].isupper() or not is_given_name(match[1]):
        return None
    apposition = credit[match.end() :].split(",", 1)[0].strip()
    words = WORD.findall(apposition)
    if (
        not apposition[:1].islower()
        or len(words) > MAX_CREDIT_TITLE_WORDS
        or not is_title_word(words[0])
        or any(w.casefold() in VERBS_OF_A_SENTENCE for w in words)
    ):
        return None  # not "Emmanuel MACRON, président contesté": a headline
    surname = "-".join(part.capitalize() for part in match[2].split("-"))
    return f"{match[1]} {surname}", apposition


# A digest's heading that gives the quotation under it to someone: "La Frase de Francisco",
# "Quote of Boris", "Das Zitat von Olaf Scholz" (not "La Frase del Mes": a period).
QUOTE_OF_HEADING = re.compile(
    r"(?:(?:la|le|the|das|il|a|o)\s+)?(?:frase|phrase|citation|quote|zitat|citazione|cita"
    r"|citação|citaat|uitspraak)\s+(?:de|del|of|from|von|di|da|do|van)\s+"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
    re.IGNORECASE,
)


def _listed_paper(heading: str | None) -> str | None:
    """Return the medium a section's heading names ("CORRIERE DELLA SERA", "De Standaard"),
    else None. An item's source ("APA - 12 mars") is the wire that carried the item, not a
    paper whose words it quotes."""
    return listed_medium(heading) if heading else None


def _quotes(
    item: _ItemText,
    registry: PersonRegistry,
    counter: _Counter,
    media: frozenset[str],
    paper: str | None = None,
    headline_person: str | None = None,
    digest: bool = False,
) -> tuple[Quote, ...]:
    """Return the item's quotations, attributed; scare quotes go to the document's terms.
    ``digest``: the document's title or a heading announces a quote digest."""
    quotes = []
    counter.previous = (-2, None)
    counter.previous_end = -1
    counter.unnamed_before = False
    marked = _quotes_found(item)
    unmarked = find_unmarked_entries([p.text for p in item.paragraphs], marked) if digest else []
    section = (paper, headline_person, digest)
    context = _item_context(item, registry, counter, media, marked + unmarked, section)
    if unmarked:
        # an entry whose parenthesis credits nobody is no quotation, and two make a digest
        credited = [
            span
            for span in unmarked
            if _unmarked_credit(context, span) and _credit_paragraph_mention(context, span)
        ]
        if len(credited) < MIN_UNMARKED_ENTRIES:
            credited = []
        if len(credited) < len(unmarked):
            context = _item_context(item, registry, counter, media, marked + credited, section)
        unmarked = credited
    announced = _collection_announced(context)
    if announced is not None:
        index, person, counter.collection_topic = announced
        counter.collection = (counter.item, index, person)
    # the interviewer a credit in another item names asks none of this one's questions
    here = counter.interviewer_item in (None, id(item))
    labelled_answers = _labelled_answers(
        item,
        registry,
        marked,
        counter.interviewer if here else "",
        counter.interview,
        counter.headed,
        lambda offset: _last_person_before(context, offset),
    )
    labelled_answers = (
        labelled_answers
        or _credited_lines(item, marked)
        or plain_interview_answers(
            item.text, [p.text for p in item.paragraphs], item.starts, registry
        )
    )
    answers = {span.start: label for span, label in labelled_answers}
    answer_spans = [span for span, _ in labelled_answers]
    spans = sorted(marked + unmarked + answer_spans, key=lambda span: span.start)
    placed: list[QuoteSpan] = []  # the spans of ``quotes``, in step
    for span, attribution in _attributed_spans(item, spans):
        if not span.open_mark:
            # an unmarked entry: no cue around it, its credit paragraph says who spoke; an
            # interview's answer: its label
            labelled = answers.get(span.start)
            # the paper's question in a labelled interview (an empty label): no one named
            role, name = titled_label(labelled) if labelled else (None, None)
            turn = Attribution(unnamed=True) if labelled == "" else Attribution(name, role)
            quotes.append(_quote(context, span, turn))
            placed.append(span)
            continue
        words = len(span.text.split())
        short = (
            words <= MAX_TERM_WORDS
            and not _short_dash_sentence(item.text, span)
            and not _interview_turn(item, span)
            and _label_over_turn(item, span) is None  # "Փաշինյան." ¶ "— Դուք հա՞յ եք:"
            and _unmarked_turn(context, span) is None  # "— Добрий вечір.": a turn
            # "“Volta, FHC”" ¶ "Xico Graziano, chefe de gabinete ...": a digest's entry
            and _credit_paragraph_mention(context, span) is None
            # '"Juegan como sudamericanos". (El entrenador brasileño, Carlos Dunga, ...)': a
            # sentence credited; not a title's '"Imagine" (John Lennon, 1971)'
            and not (
                _ends_a_sentence(item.text, span) and _credited_in_parenthesis(item.text, span)
            )
        )
        if (short and (not _close_cue(item, span) or _indirect_fragment(span.text))) or (
            words <= MAX_MEDIA_NAME_WORDS
            and (
                _after_media_word(item.text, span.start - 1)
                or (_masthead(span.text) and not _close_cue(item, span))
                or (
                    _proper_name(span.text)
                    and (_apposed(item.text, span) or not _said_after(item, span))
                )
            )
        ):
            counter.terms.append(span.text)
            continue
        if names_a_title(
            item.text, span.start - len(span.open_mark), span.end + len(span.close_mark)
        ):
            counter.terms.append(span.text)  # "un article intitulé « ... »": a title
            continue
        quotes.append(_quote(context, span, attribution))
        placed.append(span)
        if quotes[-1].speaker is None:
            for inner, said in _nested_speech(item, span):
                quotes.append(_quote(context, inner, said))
                placed.append(inner)
    listed = _listed_with_the_next(item.text, _headlines_from_below(item, quotes, placed), placed)
    return listed if digest else _titles_named_later(context, listed, placed)


MIN_NESTED_WORDS = 4  # fewer words inside a quotation are a name or a scare quote


def _nested_speech(item: _ItemText, outer: QuoteSpan) -> list[tuple[QuoteSpan, Attribution]]:
    """Return the quotations nested in ``outer`` (words no person is given: a paper's, a
    body's) that a cue inside it gives to a person it names: "Cumhuriyet: “... Abdullah Gül,
    ‘Temel insan hakları ...’ diye konuştu.”" The outer quotation stays the paper's; the
    person's words are a quotation of their own too. One paragraph only: a long quotation's
    marks re-opened at each paragraph would read as nested ones."""
    if not outer.closed or outer.first_paragraph != outer.last_paragraph:
        return []
    inside = straight_single_quotes_curled(item.text[outer.start : outer.end])
    found = []
    for span in find_quotes([inside]):
        if not span.closed or len(span.text.split()) < MIN_NESTED_WORDS:
            continue
        if not _cue_beside(inside, span):
            continue  # "disse que leu ‘Os Maias de Eça de Queirós’": no speech said there
        nested = replace(
            span,
            start=outer.start + span.start,
            end=outer.start + span.end,
            first_paragraph=outer.first_paragraph,
            last_paragraph=outer.first_paragraph,
        )
        said = _attribution(item, nested)
        if said.cue and said.cue not in inside:
            continue  # "The Times wrote: “... his memoir ‘...’ ...”": the paper's cue
        reached_out = said.speaker is not None and said.speaker not in inside
        if (said.anaphoric or reached_out) and said.cue:
            # "... Ünlütürk de, ... belirterek, ‘...’ diye sordu", "Le Monde écrit : « ...
            # Jean Dupont ... “...”, a-t-il lancé »": the one person the paper's words name
            # in the nested quotation's own sentence, of the pronoun's gender
            said = replace(
                said,
                speaker=_named_in_its_sentence(item.text[outer.start : nested.start - 1], said),
                anaphoric=False,
                pronoun=None,
            )
        if (
            said.speaker
            and said.speaker in inside
            and not said.institution
            and (len(said.speaker.split()) > 1 or _surname_of_a_full_name(inside, said.speaker))
        ):
            found.append((nested, said))
    return found


MAX_CUE_AFTER_NESTED = 20  # characters between a nested quotation's close and its cue


def _cue_beside(inside: str, span: QuoteSpan) -> bool:
    """Return True when a verb of saying follows the nested quotation within a few
    characters inside the outer one ("’ diye konuştu", "», a-t-il lancé", "’ dedi”"), or
    leads right into it ("Կոլերովը նաեւ նշել է, որ «…»")."""
    after = span.end + len(span.close_mark)
    cue = CUE.search(inside, after, after + MAX_CUE_AFTER_NESTED + 30)
    if cue is not None and cue.start() - after <= MAX_CUE_AFTER_NESTED:
        return True
    opening = span.start - len(span.open_mark)
    lead = inside[max(0, opening - MAX_CUE_AFTER_NESTED - 30) : opening]
    # only a complementizer between: not "disse que leu ‘Os Maias ...’"
    return any(LEADS_INTO.fullmatch(lead[m.end() :]) for m in CUE.finditer(lead))


# What may stand between a verb of saying and the quotation it leads into.
LEADS_INTO = re.compile(r"[\s,:—–-]*(?:(?:que|that|որ|ki|dass|che|что|що|że)[\s,:]*)?")


def _named_in_its_sentence(lead: str, said: Attribution) -> str | None:
    """Return the one person named in full in the last sentence of ``lead`` whose given
    name agrees with the cue's pronoun, else None (a plural cue, or two people named)."""
    if is_plural(said.cue) or (said.pronoun or "").casefold() in PLURAL_PRONOUNS:
        return None  # "..., ont-ils déclaré": the unions, not the person named
    sentence = SENTENCE_BREAK.split(lead)[-1]
    named = [n.text for n in _people_named(sentence, ()) if not n.single]
    wanted = pronoun_gender(said.pronoun)
    if len(named) != 1 or not agrees(wanted, given_name_gender(named[0])):
        return None
    return named[0]


# Subject pronouns of the plural: a body's people or a crowd, no one person.
PLURAL_PRONOUNS = frozenset(
    str.split("ils elles they loro essi esse ellos ellas eles elas sie zij они вони")
)


def _surname_of_a_full_name(text: str, surname: str) -> bool:
    """Return True when ``text`` names in full, opening with a given name, the person whose
    surname ``surname`` is ("Sedat Şükrü Ünlütürk ... Ünlütürk, ‘...’ dedi"; not "Chigi" of
    "Palazzo Chigi")."""
    return any(
        not n.single and n.text.split()[-1] == surname and is_given_name(n.text.split()[0])
        for n in find_names(text)
    )


# A transcript's paragraph opened by its speaker's label: "Zarif: It is the right of ...".
# French sets a space before the colon ("Loïc Le Meur : Bonjour"); initials may close on a
# full stop ("Е. Д.: Расскажите ...").
ANSWER_LABEL = re.compile(
    r"([A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’.-]*(?: [A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ](?:[\w'’-]*|\.)){0,2}"
    # a title and a full name in capitals: "MINISTER JEANIE MILLY COOPER:"
    r"|[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ.'’-]+"
    r"(?: [A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ.'’-]*){3}"
    # an Armenian name or paper, its dot and a dash: "Գալուստ Սահակյան․ -", "«Ազատություն»․ -"
    r"|«?[Ա-Ֆ][ա-ֆև]+(?: [Ա-Ֆ][ա-ֆև]+){0,2}»?(?=[.․][ \u00a0]?[-–][ \u00a0])"
    # two interviewers asking together: "Cezary Michalski, Piotr Semka:"
    r"|[A-ZÀ-ÞĀ-Ž][\w'’-]+ [A-ZÀ-ÞĀ-Ž][\w'’-]+(?:,| i| and| et| und| e| y) "
    # ... over a question: "Joe Biden and Kamala Harris: The president and ..." is a digest's
    r"[A-ZÀ-ÞĀ-Ž][\w'’-]+ [A-ZÀ-ÞĀ-Ž][\w'’-]+(?=:[^\n]*\?[ \u00a0]*$))"
    # an editor's note on who the voice is: "НИКОЛАЙ ЗЯТЬКОВ [главный редактор ...]:"
    r"(?:[ \u00a0]\[[^\]\n]{1,100}\](?=:))?"
    # a colon, or a government transcript's full stop and dash ("PERIODISTA.- ¿...?")
    r"(?:[ \u00a0\u202f]?:[ \u00a0]+|(?<=[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ]{2})\.[ \u00a0]?[-–][ \u00a0]*"
    r"|(?<=[ա-ֆև»])[.․][ \u00a0]?[-–][ \u00a0]*)(?=\S)"
)
MIN_LABELLED_ANSWERS = 2
# "MAREK KOWALSKI:", "JOHN LEWIS:", "PETR VELIKY:" once each are a digest's headings; in a
# transcript some voice speaks twice at least
MIN_CAPITALS_TURNS = 2
CAPITALISED_YOU = frozenset(str.split("Sie Ihnen Ihr Ihre Pan Pani U"))
MIN_ALTERNATING_TURNS = 4
# Courtesy titles before a surname: a transcript's voices address each other so ("Guten
# Morgen, Herr Liminski").
HONORIFICS = frozenset(
    str.split(
        "herr frau mr mrs ms monsieur madame mme señor señora sr sra signor signora sig "
        "meneer mevrouw pan pani господин госпожа"
    )
)


def _alternating_labels(labelled: list[tuple[int, re.Match[str]]], text: str) -> set[str]:
    """Return the two labels of a transcript whose voices the text names only by them, one
    word each, taking turns over four labelled paragraphs or more ("Vogel: Guten Morgen,
    Herr Liminski." ¶ "Liminski: Herr Vogel, ..."), each a surname's shape that the text
    also writes after a courtesy title, a title or a given name; else no label (lists of
    places, sides, days, pronouns, a magazine's questions)."""
    names = [match[1] for _, match in labelled]
    if len(names) < MIN_ALTERNATING_TURNS or len(set(names)) != 2:
        return set()
    if any(a == b for a, b in itertools.pairwise(names)):
        return set()
    for name in set(names):
        if (
            not NAME_SHAPED_WORD.fullmatch(name)
            or is_title_word(name)
            or is_craft_word(name)
            or name.casefold() in ROLE_LABELS | TURN_KIND_WORDS
            or not _addressed_by_name(text, name)
        ):
            return set()  # "Frau Zeugin", "Herr Vorsitzender": roles, addressed too
    return set(names)


# Labels of a question's or an answer's turn, or of a side, no one's name ("Frage:" ¶
# "Antwort:", "Pro:" ¶ "Contra:").
TURN_KIND_WORDS = frozenset(
    str.split(
        "frage antwort question answer réponse pregunta respuesta pergunta resposta domanda "
        "risposta vraag antwoord pytanie odpowiedź soru cevap вопрос ответ питання відповідь "
        "pro contra pour contre voor tegen für gegen dafür dagegen for against"
    )
)
# Roles a transcript labels its voices by and addresses them with ("Frau Zeugin"), whom the
# title and trade tables do not list.
ROLE_LABELS = frozenset(
    str.split(
        "zeuge zeugin kollege kollegin verteidiger verteidigerin patient patientin "
        "angeklagter angeklagte vorsitzender vorsitzende abgeordneter abgeordnete witness "
        "chairman chairwoman presidenta ministra doktor doctor moderator moderatorin host"
    )
)


def _addressed_by_name(text: str, name: str) -> bool:
    """Return True when ``text`` writes ``name`` after a courtesy title, a title or a given
    name ("Herr Vogel", "Minister Vogel", "Bernhard Vogel"), as a person's surname."""
    for match in re.finditer(rf"([^\W\d_]+)\.?[ \u00a0]+{re.escape(name)}(?![\w-])", text):
        word = match[1]
        if word.casefold() in HONORIFICS or is_title_word(word) or is_given_name(word):
            return True
    return False


# One capitalised word, lowercase after its first letter: a surname's shape ("Liminski"),
# not an acronym ("SPIEGEL", "IPNS").
NAME_SHAPED_WORD = re.compile(
    r"[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][a-zß-ÿā-žа-яёіїєґ]+(?:-[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][a-zß-ÿā-žа-яёіїєґ]+)?"
)


def _labelled_answers(
    item: _ItemText,
    registry: PersonRegistry,
    marked: list[QuoteSpan],
    interviewer: str = "",
    interview: bool = False,
    headed: str = "",
    named_before: Callable[[int], str | None] | None = None,
) -> list[tuple[QuoteSpan, str]]:
    """Return the turns of an interview transcribed with labels ("SPIEGEL: ...?" ¶ "Zarif:
    It is the right ..."), each with its label: the answers, whose label names a person of
    the text (a surname or a full name it gives), two at least, in an item with another
    label too; and when that other label is one, the paper's, its questions, each with an
    empty label (no one named asks them). A paragraph holding a marked quotation is read
    as those quotations. Their marks are empty."""
    labelled = [
        (index, match)
        for index, paragraph in enumerate(item.paragraphs)
        if (match := ANSWER_LABEL.match(paragraph.text)) and not _cyrillic_list_entry(match)
    ]
    labels = {match[1] for _, match in labelled}
    texts = [paragraph.text for paragraph in item.paragraphs]
    marked_by_letter = marked_turns(
        texts, item.starts, item.text, labelled, registry, headed, named_before
    )
    if marked_by_letter:
        return marked_by_letter
    known = {p.name for p in registry.persons()}
    if len(labels) == 1:
        return _answers_to_unlabelled_questions(
            item, registry, labelled, known, marked, interviewer, interview
        )
    # "Marc Fascher: Bis zur 70. Minute haben wir ..." ¶ "Rico Schmitt: Wir haben ...": two
    # voices' statements, as a match report's coaches' words, count as turns
    one_exchange = _one_exchange(labelled, registry, known) or _statements(labelled, known)
    # one exchange is enough under the paper's own label ("PERIODISTA.-")
    paper_labels = labels & ASKER_LABELS
    short = len(labelled) < MIN_LABELLED_ANSWERS + 1 and not (one_exchange or paper_labels)
    if short or len(labels) < 2:
        return []
    counts = collections.Counter(match[1] for _, match in labelled)
    spaced = any(match[0].rstrip()[-2:-1].isspace() for _, match in labelled)
    if spaced and max(counts.values()) < 2 and not one_exchange:
        return []  # "Nicolas Sarkozy : mis en examen ..." ¶ "X : ...": a who's who, no turns
    # a transcript: some voice takes two turns at least
    repeated = max(counts.values()) >= MIN_CAPITALS_TURNS
    # ...and a name in capitals speaks as a person in one turn at least ("МЫ", "ICH"), not
    # "JOHN LEWIS: Sales fell ...", "ПЕТР ВЕЛИКИЙ: Крейсер вышел ...": a digest's headings
    personal_voices = {
        match[1]
        for _, match in labelled
        if speaks_as_a_person(own := match.string[match.end() :])
        or "?" in own
        or any(word in CAPITALISED_YOU for word in WORD.findall(own))
    }
    persons = {
        label
        for label in labels
        if (name := titled_label(label)[1]) in known
        or registry.canonical(name) != name
        or (
            _given_name_and_surname_in_capitals(label)
            and ((repeated and label in personal_voices) or one_exchange)
        )
    }
    persons |= _alternating_labels(labelled, item.text)
    # "LLM :", "NS :" after "Loïc Le Meur :", "Nicolas Sarkozy :": a voice's initials, when
    # dotted ("Е. Д.:") or two voices are so labelled, and written nowhere else ("(PS)")
    initialled = _initials_of_labels(labels - persons, persons | known)
    initialled |= _shortened_labels(labels - persons, persons & labels)
    undotted = any("." not in label for label in initialled)
    if (
        (undotted and len(initialled) < MIN_INITIALLED_VOICES)
        or _initials_talked_about(labelled, initialled)
        or any(
            len(re.findall(rf"(?<!\w){re.escape(label)}(?!\w)", item.text)) > counts[label]
            for label in initialled
        )
    ):
        initialled = {}
    persons |= set(initialled)
    # "Д.МЕДВЕДЕВ:" of "Дмитрий Медведев"; "НИКОЛАЙ ЗЯТЬКОВ:", named nowhere else, as a
    # name is written
    initialled |= _initial_and_surname_labels(labels - set(initialled), known)
    # "EDOUARD PHILIPPE:" whose canonical run is "Interview de M. Edouard Philippe": a
    # label in capitals is the name it spells, whatever longer run the registry holds
    initialled |= {
        label: label.title()
        for label in persons - set(initialled)
        if _given_name_and_surname_in_capitals(label)
        and (
            (canonical := registry.canonical(label)) == label
            or len(canonical.split()) != len(label.split())
        )
        and ((repeated and label in personal_voices) or one_exchange)
    }
    persons |= set(initialled)
    # "PRIME MINISTER:", "PRESIDENTE.-": the office of the one person the text gives it to
    titled = (
        _holders_of_title_labels(labels - persons, item, labelled, headed, registry, known)
        if paper_labels
        else {}
    )
    initialled |= titled
    persons |= set(titled)
    inside = _quoting_paragraphs(marked)
    askers = labels - persons
    if len(askers & ASKER_LABELS) == 1:
        askers &= ASKER_LABELS  # "JOURNALIST:", not "Subjects: federal election 2001."
    # the paper's questions: the one other label, when it asks or names the one who does
    asking = len(askers) == 1 and (
        one_exchange or _asks(labelled, askers) or bool(askers & ASKER_LABELS)
    )
    speaking = persons | (askers if asking else set())
    answers = []
    for index, match in labelled:
        own = item.paragraphs[index].text[match.end() :].rstrip()
        if match[1] in speaking and index not in inside and own:
            at = item.starts[index] + match.end()
            span = QuoteSpan(at, at + len(own), "", "", True, index, index, own)
            label = initialled.get(match[1], match[1])
            answers.append((span, label if match[1] in persons else ""))
    # one answer is enough under the paper's own label ("PERIODISTA.-", "JOURNALIST:")
    paper_labelled = asking and askers <= ASKER_LABELS
    least = 1 if one_exchange or paper_labelled else MIN_LABELLED_ANSWERS
    if sum(label != "" for _, label in answers) < least:
        return []
    unlabelled = _unlabelled_turns_after(item, labelled, answers, inside)
    return _answers_go_on(item, labelled, answers, inside, not unlabelled) + unlabelled


def _answers_go_on(
    item: _ItemText,
    labelled: list[tuple[int, re.Match[str]]],
    answers: list[tuple[QuoteSpan, str]],
    inside: set[int],
    to_the_end: bool,
) -> list[tuple[QuoteSpan, str]]:
    """Return the answers each run on over the unlabelled paragraphs after it, up to the
    next labelled turn ("Hatice Tarkan Doğanay: ..." ¶ "Sorunuza geçecek olursam, ..."):
    an answer in several paragraphs; after the last turn only when ``to_the_end`` (no
    unlabelled turns follow), and never over a paragraph that asks, quotes, reports (a
    verb of speech) or names someone in full: the reporter's narrative."""
    # the next turn a voice takes, not a fact box's "Die Tore:", "Nächste Sitzung:"
    turns = sorted(span.first_paragraph for span, _ in answers)
    # an answer never runs over a quotation's paragraphs nor another labelled one
    closed = inside | {index for index, _ in labelled}
    paragraphs = item.paragraphs
    extended = []
    for span, label in answers:
        index = span.last_paragraph
        later = [t for t in turns if t > index]
        if not label or (not later and not to_the_end):
            extended.append((span, label))
            continue
        stop = later[0] if later else len(paragraphs)
        last = index
        surname = label.split()[-1]
        while last + 1 < stop and last + 1 not in closed:
            following = paragraphs[last + 1].text.rstrip()
            if not following[:1].isupper() or following.endswith("?"):
                break
            if CUE.search(following) or any(not n.single for n in find_names(following)):
                break  # "Meanwhile, US envoy Rob Malley told Congress ...": the reporter's
            words = WORD.findall(following)[:3]
            opening = words[:1]
            if re.search(rf"(?<!\w){re.escape(surname)}", following) or (
                opening and opening[0].casefold() in THIRD_PERSON_OPENINGS
            ):
                break  # "Calenda è nato ...", "He paused ...": the writer's narration
            personal = speaks_as_a_person(following)
            # between two turns only the writer's aside on someone by a definite article
            # and a title ("La ministre marque une pause"), not the answer going on about a
            # body or a role at large ("The government had offered ...", "A minister who
            # leaks ...", "Президент неоднократно ...")
            aside = (
                _narration_opening(opening, words)
                if not later
                else len(words) > 1
                and words[0].casefold() in ASIDE_ARTICLES
                and any(map(is_title_word, words[1:3]))
            )
            if not personal and aside:
                break  # "The energy secretary glanced ...", "El consejero se levanta ..."
            if not later and not (
                says_i(following)
                or (
                    not personal
                    and len(following.split()) >= MIN_GO_ON_WORDS
                    and opening
                    and opening[0].casefold() not in NEWSROOM_OPENINGS
                )
            ):
                # "Propos recueillis par ...", "The vote passed ...", "Nous avons sollicité la
                # préfecture ...", "You can listen to the full interview ...": after the talk;
                # an answer goes on saying "I", or at length in a pro-drop verb ("W okresie
                # stanu wojennego ... Prowadziliśmy akcje ...")
                break
            last += 1
        if last == index:
            extended.append((span, label))
            continue
        end = item.starts[last] + len(paragraphs[last].text.rstrip())
        text = item.text[span.start : end]
        extended.append((replace(span, end=end, last_paragraph=last, text=text), label))
    return extended


ASIDE_ARTICLES = frozenset(str.split("the le la l der die das el los las il lo gli de het o os"))


def _narration_opening(opening: list[str], words: list[str]) -> bool:
    """Return True for a paragraph opened by a title, or an article and a title or a body
    ("The energy secretary", "Minister pokazuje", "De gemeenteraad debatteert"): the writer
    on the speaker (not "Die Sanktionen schaden allen": the answer going on)."""
    return bool(opening) and (
        any(map(is_title_word, words[:2]))
        or (
            opening[0].casefold() in STATEMENT_ARTICLES
            and any(is_title_word(w) or is_institution_word(w) for w in words[1:3])
        )
    )


# the newsroom's own "we" and its "you" to readers, after the talk ("Nos pusimos en contacto
# con ...", "Sie wollen mehr erfahren?")
NEWSROOM_OPENINGS = frozenset(str.split("nos sie we wir nous noi wij my мы ми you vous"))
# After the last turn, a paragraph with no "I", "we", "you" goes on the answer when it is
# as long as an answer ("Prowadziliśmy akcje ..."), not a credit line or a closing fact.
MIN_GO_ON_WORDS = 25
THIRD_PERSON_OPENINGS = frozenset(
    str.split(
        "he she they il elle ils elles er él ella ellos lui lei loro hij zij "
        "он она они він вона вони onlar oni"
    )
)


MIN_UNLABELLED_TURNS = 4  # two exchanges: one is a rhetorical aside as often


def _unlabelled_turns_after(
    item: _ItemText,
    labelled: list[tuple[int, re.Match[str]]],
    answers: list[tuple[QuoteSpan, str]],
    inside: set[int],
) -> list[tuple[QuoteSpan, str]]:
    """Return the turns of an interview that goes on unlabelled after its labelled
    exchange, to the item's end ("Piotr Bakalarski: ...?" ¶ "Jacek Sasin: ..." ¶ "Jeśli
    spojrzeć ...?" ¶ "Jak pan wspomniał, ..."), each with its voice's label: the two last
    labelled turns are a question and its answer, in a row, and the paragraphs after them
    take turns, a question first; one of the questions at least ends on a question mark,
    no answer does, and each turn opens on a capital."""
    if len(answers) < 2 or len(labelled) < 2:
        return []
    (asked_at, _), (answered_at, _) = labelled[-2:]
    (question, asker), (answer, answerer) = answers[-2:]
    if (
        (question.first_paragraph, answer.first_paragraph) != (asked_at, answered_at)
        or answered_at != asked_at + 1
        or asker == answerer
        or not question.text.rstrip().endswith("?")
        or answer.text.rstrip().endswith("?")
    ):
        return []
    turns = []
    for index in range(answered_at + 1, len(item.paragraphs)):
        own = item.paragraphs[index].text.rstrip()
        if index in inside or ANSWER_LABEL.match(own) or not own[:1].isupper():
            return []
        at = item.starts[index]
        span = QuoteSpan(at, at + len(own), "", "", True, index, index, own)
        turns.append((span, asker if (index - answered_at) % 2 else answerer))
    asks = [span.text.endswith("?") for span, label in turns]
    questions = asks[::2]
    if len(turns) < MIN_UNLABELLED_TURNS or not any(questions) or any(asks[1::2]):
        return []
    surname = answerer.split()[-1] if answerer else ""
    if surname and any(re.search(rf"(?<!\w){re.escape(surname)}", s.text) for s, _ in turns):
        return []  # "Wer ist Robert Habeck?", "İmamoğlu ... alıyor": about them, no turn
    said = [span.text for span, _ in turns[1::2]]
    # the questions ask in most of their turns: the answers need not say "I" (Polish and
    # Italian drop the pronoun: "Po prostu Platforma ogłosiła ...")
    # ... when one answer at least speaks as a person ("Ja nie traktuję ..."), or the labelled
    # question talks to the answerer ("Czy pan prezydent ...?") and the answers run at an
    # answer's length: not a column's own questions after an exchange it quotes ("Kto na
    # tym zyska?" ¶ "Zapewne Konfederacja, ...", "Et ensuite ?" ¶ "Personne ne le sait.")
    personal = any(
        _talks_to_someone(turn) or "ja" in {w.casefold() for w in WORD.findall(turn)}
        for turn in said
    )
    addressed = says_you(question.text) and sum(len(t.split()) for t in said) >= (
        MIN_MEAN_ANSWER_WORDS * len(said)
    )
    asking = (
        sum(questions) >= MIN_ASKING_TURNS
        and 2 * sum(questions) > len(questions)
        and (personal or addressed)
    )
    if not asking and not all(map(_talks_to_someone, said[:-1] if len(said) > 1 else said)):
        return []  # "Sondaże dają mu ...": narration about the interviewee, no answer
    return turns


MIN_ASKING_TURNS = 3
MIN_MEAN_ANSWER_WORDS = 10


# Polite forms of "you" that Polish and Spanish answers address the interviewer with ("Jak
# pan wspomniał"), beside the personal pronouns.
FORMAL_ADDRESS = frozenset(str.split("pan pani pana panu panem panią państwo usted ustedes"))


def _talks_to_someone(turn: str) -> bool:
    """Return True for a turn that says "I", "we" or "you" (see ``speaks_as_a_person``) or
    addresses someone politely ("Jak pan wspomniał")."""
    pronouns = [word for word in WORD.findall(turn) if _small_or_opening(word)]
    return any(word.casefold() in FORMAL_ADDRESS for word in pronouns) or speaks_as_a_person(
        " ".join(pronouns)
    )


def _small_or_opening(word: str) -> bool:
    """Return True for a word in small letters, or capitalised as a sentence opens it: a
    pronoun, not an acronym ("EU") nor a name ("Ben Wallace": Turkish "ben" is "I")."""
    return word == "I" or (word[1:] == word[1:].lower() and word != "Ben")


# How far after an office the name of its holder may come: "presidente de la Nación,
# Alberto Fernández", "Prime Minister John Howard".
TITLE_HOLDER_REACH = 40
FORMER_BEFORE = re.compile(
    r"(?<!\w)(?:former|ex|ancien|ancienne|ehemalige[rn]?|frühere[rn]?|antigo|antiga|"
    r"expresidente|ex-|exministro|бывш\w*|экс-?|колишн\w*|był[ya]|eski|keçmiş|"
    # another office, or a past holder: "Deputy Prime Minister", "Vize-Kanzler", "the late
    # President", "el entonces presidente", "l'allora premier", "Alt-Kanzler"
    r"deputy|vice-?|vize-?|late|then-?|entonces|allora|ówczesn\w*|alt-|önceki|покойн\w*|"
    r"прежн\w*|предыдущ\w*|fallecido|falecido|defunto|feu)\s*$",
    re.IGNORECASE,
)


def _holders_of_title_labels(
    labels: set[str],
    item: _ItemText,
    labelled: list[tuple[int, re.Match[str]]],
    headed: str,
    registry: PersonRegistry,
    known: set[str],
) -> dict[str, str]:
    """Return the labels in capitals that are an office alone ("PRIME MINISTER",
    "PRESIDENTE"), each with the one person the title, the headings or the item's
    unlabelled paragraphs name right after that office ("presidente de la Nación, Alberto
    Fernández"); else the one a paper's turn opens by addressing with office and name
    ("JOURNALIST: Prime Minister John Howard, good morning"; not "Prime Minister, Peter
    Dutton says")."""
    turns = {index for index, _ in labelled}
    unlabelled = "\n".join(p.text for i, p in enumerate(item.paragraphs) if i not in turns)
    asked = "\n".join(match.string[match.end() :] for _, match in labelled)
    found = {}
    for label in labels:
        words = label.split()
        if label in ASKER_LABELS or not label.isupper() or not all(map(is_title_word, words)):
            continue
        office = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I)
        # one holder only ("Deputy Prime Minister X joined Prime Minister Y", "el presidente
        # del PP, X ... el presidente del Gobierno, Y": no telling)
        holders = _office_holders(office, f"{headed}\n{unlabelled}", registry, known)
        holders = holders or _office_holders(office, asked, registry, known, vocative=True)
        if len(holders) == 1:
            found[label] = holders.pop()
    return found


def _office_holders(
    office: re.Pattern[str],
    text: str,
    registry: PersonRegistry,
    known: set[str],
    vocative: bool = False,
) -> set[str]:
    """Return the persons ``text`` names in full right after ``office`` on its line, not
    after "former", "deputy", "the late", nor in "X's"; with ``vocative``, only an office and
    a name opening a line as its address ("Prime Minister John Howard, good morning")."""
    holders = set()
    for match in office.finditer(text):
        if FORMER_BEFORE.search(text, max(0, match.start() - FORMER_REACH), match.start()):
            continue
        if vocative and match.start() and text[match.start() - 1] != "\n":
            continue
        after = text[match.end() : match.end() + TITLE_HOLDER_REACH].split("\n")[0]
        if after.startswith(("'s", "’s")):
            continue
        named = [n for n in find_names(after) if registry.canonical(n.text) in known]
        if not named or named[0].single:
            continue
        if vocative and (
            after[: named[0].span.start].strip() or not after[named[0].span.end :].startswith(",")
        ):
            continue
        holders.add(registry.canonical(named[0].text))
    return holders


FORMER_REACH = 20  # characters before an office read for "former"


def _quoting_paragraphs(marked: list[QuoteSpan]) -> set[int]:
    """Return the paragraphs a marked quotation spans, when it is more than a few words (a
    book's title or a scare quote in an answer, "„Potop”", leaves it the speaker's turn)."""
    return {
        p
        for span in marked
        if len(span.text.split()) > MAX_TERM_WORDS
        for p in range(span.first_paragraph, span.last_paragraph + 1)
    }


def _answers_to_unlabelled_questions(
    item: _ItemText,
    registry: PersonRegistry,
    labelled: list[tuple[int, re.Match[str]]],
    known: set[str],
    marked: list[QuoteSpan],
    interviewer: str,
    interview: bool,
) -> list[tuple[QuoteSpan, str]]:
    """Return the turns of an interview whose questions stand unlabelled, each answer
    labelled with its one speaker ("Sie wollen ab Dienstag sondieren ...?" ¶ "Willi: An
    meinem ersten Tag ..."): the label a person the text names, two answers at least, each
    right after a paragraph that asks (the first may follow the title), each opening on a
    capital, in a text that credits an interviewer ("Das Interview führte Marco Witting"),
    whose title (``interview``) or item says it is an interview. The questions are the
    credited interviewer's, else no one named asks them (an empty label)."""
    label = labelled[0][1][1]
    if len(labelled) < MIN_LABELLED_ANSWERS or (
        registry.canonical(label) == label and label not in known
    ):
        return []
    if not all(match.string[match.end() :][:1].isupper() for _, match in labelled):
        return []  # "Müller: 2 Tore", "Draghi: nel 2011": a quiz's or a chronology's data
    if not (interviewer or interview or INTERVIEW_SIGNAL.search(item.text)):
        return []  # an explainer's questions, each answered with a name's position
    inside = _quoting_paragraphs(marked)
    questions = []
    for index, _ in labelled:
        if index == 0:
            continue  # its question is the title
        question = item.paragraphs[index - 1].text.strip()
        if not question.endswith("?") or ANSWER_LABEL.match(question) or index - 1 in inside:
            return []  # "Willi: ..." after a paragraph that tells: a list, no interview
        questions.append(index - 1)
    if len(questions) < MIN_LABELLED_ANSWERS:
        return []
    turns = [(index, 0, interviewer) for index in questions]
    turns += [(index, match.end(), label) for index, match in labelled if index not in inside]
    found = []
    for index, offset, speaker in sorted(turns):
        own = item.paragraphs[index].text[offset:].rstrip()
        at = item.starts[index] + offset
        found.append((QuoteSpan(at, at + len(own), "", "", True, index, index, own), speaker))
    return found


# Words saying a text is an interview, in its title, a heading or its item.
INTERVIEW_SIGNAL = re.compile(
    r"(?i)interview|gespräch|entretien|entrevista|intervista|rozmow|wywiad|söyleşi|röportaj|"
    r"интервью|беседа|інтерв['’]ю|q\s?&\s?a|questions (?:for|to)|minutes with|vraaggesprek|"
    r"propos recueillis"
)


def _credited_interviewer(text: str, registry: PersonRegistry) -> str:
    """Return the person a text credits with its interview's questions ("Das Interview
    führte Marco Witting", "Propos recueillis par ..."): a name the text gives elsewhere, or
    the two or three capitalised words after the credit; else an empty string."""
    known: set[str] | None = None  # built once, at the first credit
    for match in INTERVIEWER_NAMED.finditer(text):
        words = match["name"].split()
        name = registry.canonical(match["name"])
        if known is None:
            known = {p.name for p in registry.persons()}
        if name != match["name"] and name in known:
            return name
        named = list(itertools.takewhile(lambda word: word[:1].isupper(), words))
        if len(named) > 1 and is_given_name(named[0]):
            return " ".join(named).rstrip(".")
    return ""


# Forms of address in a transcript's labels ("MR LAURO:", "DR SMITH:"): no role.
LABEL_HONORIFICS = HONORIFICS | {"miss", "dr", "m"}


def titled_label(label: str) -> tuple[str | None, str]:
    """Return a transcript's label in capitals split into its title and the name after it
    ("MINISTER COOPER", "SECRETARY BLINKEN"; "MR LAURO" has no role but its name); any other
    label with no title."""
    words = label.split()
    if not label.isupper():
        return None, label
    titles = next((i for i, word in enumerate(words) if not is_title_word(word)), len(words))
    if titles in (0, len(words)):
        return None, label
    role: str | None = " ".join(words[:titles])
    if all(word.casefold().rstrip(".") in LABEL_HONORIFICS for word in words[:titles]):
        role = None  # "MR LAURO:": a form of address, no role
    return role, " ".join(words[titles:])


def _one_exchange(
    labelled: list[tuple[int, re.Match[str]]], registry: PersonRegistry, known: set[str]
) -> bool:
    """Return True for an interview's excerpt of one question and its answer, in two
    paragraphs in a row: the paper's label over a question ("Bundesstadt.com: ...?"), then a
    person's full name the text gives over the answer ("Katrin Uhlig: ..."), or the surname
    the question addressed."""
    if len(labelled) != 2 or labelled[1][0] != labelled[0][0] + 1:
        return False
    (_, question), (_, answer) = labelled
    name = answer[1]
    opening = WORD.findall(answer.string[answer.end() :])[:1]
    if not opening or not opening[0][:1].isupper() or is_title_word(opening[0]):
        return False  # "Nathalie Loiseau : députée européenne ...": who she is, no answer
    # a full name the text gives, maybe in capitals ("ZBIGNIEW PAPIERZ:" of "Zbigniew Papierz")
    canonical = registry.canonical(name)
    written = canonical == name or (name.isupper() and canonical.upper() == name)
    full = len(name.split()) > 1 and written and canonical in known
    # "AMELIA ŁUKASIAK: ...?" ¶ "GRZEGORZ W. KOŁODKO: ...": two full names in capitals, the
    # transcript's way, named nowhere else
    # ... when the answer speaks as a person ("Ja uważam"), not "TED BAKER: Shares fell ..."
    # under "JOHN LEWIS: Can the partnership survive?": a digest's brands, players, stars
    full = full or (
        _given_name_and_surname_in_capitals(name)
        and _given_name_and_surname_in_capitals(question[1])
        and (
            speaks_as_a_person(own := answer.string[answer.end() :])
            or says_i(own)
            or says_you(question.string[question.end() :])
        )
    )
    if full and canonical != name and not speaks_as_a_person(answer.string[answer.end() :]):
        return False  # "QUESTION DU JOUR: ...?" ¶ "ANNE HIDALGO: Elle estime ...": headings
    # or a surname the question addresses: "HAZ: Herr Meyer, Sie haben ...?" ¶ "Meyer: ..."
    addressed = registry.canonical(name) in known and _addressed_by_name(question.string, name)
    return question.string.rstrip().endswith("?") and (full or addressed) and question[1] != name


def _statements(labelled: list[tuple[int, re.Match[str]]], known: set[str]) -> bool:
    """Return True for two paragraphs each opened by another person's full name (one with
    a given name the tables know), saying at length, as a person ("wir", "ich"), what that
    one thinks: a report's voices, no question asked."""
    if len(labelled) != MIN_LABELLED_ANSWERS or labelled[0][1][1] == labelled[1][1][1]:
        return False
    for _, match in labelled:
        name, own = match[1], match.string[match.end() :]
        if name not in known or len(name.split()) < FULL_NAME_WORDS:
            return False
        if "?" in own or len(own.split()) < MIN_STATEMENT_WORDS or not speaks_as_a_person(own):
            return False
        opening = WORD.findall(own)[:1]
        if opening and opening[0].casefold() in STATEMENT_ARTICLES:
            return False  # "Angela Merkel: Die Altkanzlerin hat uns ...": the writer on her
    return any(is_given_name(match[1].split()[0]) for _, match in labelled)


MIN_STATEMENT_WORDS = 15
STATEMENT_ARTICLES = frozenset(
    str.split(
        "the a an le la les l un une der die das ein eine el los las una il lo gli de het een"
    )
)
MIN_INITIALLED_VOICES = 2


def _initials_talked_about(
    labelled: list[tuple[int, re.Match[str]]], initialled: dict[str, str]
) -> bool:
    """Return True when a voice's initials label turns that name the person they stand for
    ("В. П.: ... А за Путиным?"): the one talked about, not the one talking."""
    for _, match in labelled:
        person = initialled.get(match[1])
        stem = person.split()[-1][:SURNAME_STEM] if person else ""
        if stem and stem.casefold() in match.string[match.end() :].casefold():
            return True
    return False


SURNAME_STEM = 5  # letters of a surname that its cases keep (Путин, Путиным)


def _initials_of_labels(labels: set[str], names: set[str]) -> dict[str, str]:
    """Return the labels that are the initials of one of ``names`` ("LLM" of Loïc Le Meur,
    "Е. Д." of Елена Данилевская), each with its name."""
    by_initials: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            by_initials.setdefault("".join(w[0] for w in words).upper(), []).append(name)
    found = {}
    for label in labels - TITLE_ABBREVIATIONS_AS_LABELS:
        letters = label.replace(".", "").replace(" ", "")
        named = by_initials.get(letters, [])
        if 1 < len(letters) <= MAX_LABEL_INITIALS and letters.isupper() and len(named) == 1:
            found[label] = named[0]
    return found


def _shortened_labels(labels: set[str], named: set[str]) -> dict[str, str]:
    """Return the labels that shorten the surname of a voice labelled in full before ("Ali
    N.", "Semih P." after "Ali Nesin:", "Semih Poroy:"), each with that label: two voices so
    shortened at least, every one of them found; else none (a paper's "Anna K.", a witness
    kept anonymous, is not the spokeswoman Anna Kowalczyk)."""
    found = {}
    shortened = [match for label in labels if (match := GIVEN_NAME_AND_INITIAL.fullmatch(label))]
    for given in shortened:
        matching = [
            name
            for name in named
            if len(name.split()) > 1
            and name.split()[0] == given[1]
            and name.split()[-1][:1] == given[2]
        ]
        if len(matching) == 1:
            found[given[0]] = matching[0]
    return found if len(found) == len(shortened) >= MIN_INITIALLED_VOICES else {}


# A given name and the initial of the surname: "Ali N.", "Semih P.".
GIVEN_NAME_AND_INITIAL = re.compile(r"([^\W\d_]{2,}) ([^\W\d_a-zß-ÿ])\.")
# A given name's initial and the surname, as transcripts label a voice: "Д.МЕДВЕДЕВ", "V. PUTIN".
INITIAL_AND_SURNAME = re.compile(r"([^\W\d_])\.[ \u00a0]?([^\W\d_][\w'’-]+)")


def _given_name_and_surname_in_capitals(label: str) -> bool:
    """Return True for a label in capitals that is a given name and one surname ("НИКОЛАЙ
    ЗЯТЬКОВ"): a person, whom the text need not name elsewhere."""
    words = label.split()
    if len(words) == FULL_NAME_WORDS + 1 and MIDDLE_INITIAL.fullmatch(words[1]):
        words = [words[0], words[2]]  # "GRZEGORZ W. KOŁODKO"
    return (
        label.isupper()
        and len(words) == FULL_NAME_WORDS
        and is_given_name(words[0].capitalize())
        and not is_title_word(words[1])
    )


FULL_NAME_WORDS = 2
MIDDLE_INITIAL = re.compile(r"[^\W\d_]\.")


def _initial_and_surname_labels(labels: set[str], known: set[str]) -> dict[str, str]:
    """Return the labels that are a given name's initial and a surname, in any case, each
    with the one person the text names in full with that initial and surname ("Д.МЕДВЕДЕВ"
    of "Дмитрий Медведев")."""
    found = {}
    for label in labels:
        match = INITIAL_AND_SURNAME.fullmatch(label)
        if match is None:
            continue
        initial, surname = match[1].casefold(), match[2].casefold()
        holders = [
            name
            for name in known
            if len(name.split()) > 1
            and name[:1].casefold() == initial
            and name.split()[-1].casefold() == surname
        ]
        if len(holders) == 1:
            found[label] = holders[0]
    return found


MAX_LABEL_INITIALS = 4
# Labels that abbreviate an office, not a person's name ("PM:", "MP:", "CEO:").
TITLE_ABBREVIATIONS_AS_LABELS = frozenset(str.split("PM MP CEO DG EU UN UE ONU OTAN NATO"))


def _cyrillic_list_entry(label: re.Match[str]) -> bool:
    """Return True for a Cyrillic label whose words open in lowercase ("Мишустин: возглавляет
    кабинет ..."): an entry of a who's who or a chronology, not a transcript's turn."""
    return bool(CYRILLIC.match(label[1])) and label.string[label.end() : label.end() + 1].islower()


MIN_ASKER_TURNS = 2


def _asks(labelled: list[tuple[int, re.Match[str]]], askers: set[str]) -> bool:
    """Return True when the one label no person's asks: it opens two turns at least, and
    half of them at least hold a question (not "Fazit:", "Faktencheck:", "Prof. Drosten:")."""
    own = [match.string[match.end() :] for _, match in labelled if match[1] in askers]
    # Armenian marks a question on its stressed word ("գնո՞ւմ են")
    asking = sum("?" in text or ARMENIAN_QUESTION in text for text in own)
    return len(own) >= MIN_ASKER_TURNS and 2 * asking >= len(own)


MIN_CREDITED_LINES = 2
MIN_CREDITED_WORDS = 8  # a statement; "X - prezes spółki Orlen" describes who X is


def _credited_lines(item: _ItemText, marked: list[QuoteSpan]) -> list[tuple[QuoteSpan, str]]:
    """Return the statements of a Georgian list of lines each credited to the full name
    before its spaced dash ("ირაკლი ღარიბაშვილი - დღეს რომ არჩევნები იყოს, ..."), each with
    its name: two such paragraphs in a row at least, each statement of a few words with no
    quotation of its own beyond a name in marks. Their marks are empty."""
    if not GEORGIAN_LETTERS.search(item.text):
        return []  # the statements must be Georgian: no name is looked up elsewhere
    long_quoted = {
        span.first_paragraph for span in marked if len(span.text.split()) > MAX_TERM_WORDS
    }
    found: list[tuple[QuoteSpan, str]] = []
    run: list[tuple[QuoteSpan, str]] = []
    for index, paragraph in enumerate(item.paragraphs):
        credited = CREDITED_LINE.match(paragraph.text)
        head = paragraph.text[: credited.end() - 1].rstrip(" -–—") if credited else ""
        names = find_names(head) if credited else []
        own = paragraph.text[credited.end() - 1 :].rstrip() if credited else ""
        if (
            credited is None
            or index in long_quoted
            or len(names) != 1
            or names[0].single
            or names[0].text != head
            or len(own.split()) < MIN_CREDITED_WORDS
            or is_title_word(WORD.findall(own)[0])
        ):
            found += run if len(run) >= MIN_CREDITED_LINES else []
            run = []
            continue
        at = item.starts[index] + credited.end() - 1
        run.append((QuoteSpan(at, at + len(own), "", "", True, index, index, own), head))
    found += run if len(run) >= MIN_CREDITED_LINES else []
    return found if found and _georgian_statements([span.text for span, _ in found]) else []


def _georgian_statements(statements: list[str]) -> bool:
    """Return True when every credited line is a Georgian statement of more than one clause
    (a comma in it), one of them at least with a verb in the first person (its prefix "ვ":
    "ვნერვიულობთ", we worry), as the Georgian news sites' lists of sayings print them: the
    same shape lists biographies ("დაიბადა", was born), results, programmes and thanks."""
    if not all(GEORGIAN_LETTERS.search(s) and "," in s for s in statements):
        return False
    return any(GEORGIAN_FIRST_PERSON.search(s) for s in statements)


# A Georgian verb with a first person's prefix ვ-; not ვინ (who), ვიდრე (than), ვერ (cannot),
# ვერცხლი (silver), ვითარება (situation), ვაჟი (son), ვალი (debt).
GEORGIAN_FIRST_PERSON = re.compile(
    r"(?<![\u10d0-\u10ff])ვ(?!ინ|იდრე|ერ(?![\u10d0-\u10ff]{3})|ერცხლ|ითარ|აჟ|ალ)[\u10d0-\u10ff]{3,}"
)


def _listed_with_the_next(
    text: str, quotes: list[Quote], spans: list[QuoteSpan]
) -> tuple[Quote, ...]:
    """Return the quotations, one that no words attribute and that only a comma or "and"
    joins to the next given it that next one's speaker ('"J'ai un bail de cinq ans", "à moi
    d'en faire ...". De Nicolas Sarkozy'): two pieces of one credited statement."""
    out = list(quotes)
    for index in range(len(quotes) - 2, -1, -1):
        quote, following = out[index], out[index + 1]
        if quote.speaker or quote.cue or quote.institution or not following.speaker:
            continue
        if quote.text.rstrip().endswith("?"):
            continue  # "« Allez-vous démissionner ? », « Jamais ». De X": the question's asker
        left, right = spans[index], spans[index + 1]
        gap = text[left.end + len(left.close_mark) : right.start - len(right.open_mark)]
        if gap.strip(" \u00a0").casefold() in LISTING_GAPS:
            out[index] = replace(
                quote, speaker=following.speaker, speaker_role=following.speaker_role
            )
    return tuple(out)


MIN_HEADLINE_WORDS = 3  # the words a quoted headline shares with the speech it is cut from
MAX_SPEECH_BELOW_HEADLINE = 3  # paragraphs of speech read below a quoted headline


def _headlines_from_below(
    item: _ItemText, quotes: list[Quote], spans: list[QuoteSpan]
) -> list[Quote]:
    """Return the quotations, one that fills its line with no cue, over a paragraph of
    speech holding its words, given that speech's speaker ('"Rozpadł się duet
    Schetyna-Tusk"' ¶ '— Niewiele jest tej przyjaźni ... rozpadł się duet Schetyna-Tusk ...
    — dodał X'): a digest's headline cut from the words below it."""
    out = list(quotes)
    for index in range(len(quotes) - 1):
        quote, span = out[index], spans[index]
        words = WORD.findall(quote.text.casefold())
        if quote.cue or len(words) < MIN_HEADLINE_WORDS or not _alone(item, span):
            continue
        if span.open_mark in DASHES and quote.text.rstrip().endswith("?"):
            continue  # "– ... problem varmı?": an interview's turn, no headline in marks
        head = " ".join(words[:MIN_HEADLINE_WORDS])
        paragraph = span.last_paragraph
        # the speech of the paragraphs right below, one after another
        for following, below in zip(
            quotes[index + 1 : index + 1 + MAX_SPEECH_BELOW_HEADLINE],
            spans[index + 1 : index + 1 + MAX_SPEECH_BELOW_HEADLINE],
            strict=True,
        ):
            if below.first_paragraph != paragraph + 1 or below.open_mark not in DASHES:
                break  # dash speech only: "«Read my lips»" ¶ "«..., said the historian"
            paragraph = below.last_paragraph
            speech = " ".join(WORD.findall(below.text.casefold()))
            if speech.startswith(" ".join(words)):
                break  # "— Хотели как лучше, ... — эту фразу X вспомнил": the line quoted
            if head in speech:
                if following.speaker or following.institution:
                    out[index] = replace(
                        quote,
                        speaker=following.speaker,
                        speaker_as_written=following.speaker_as_written,
                        speaker_role=following.speaker_role,
                        institution=following.institution,
                    )
                break
    return out


# What joins two quotations of one statement: a comma, "and", or both.
LISTING_GAPS = frozenset(
    [","]
    + [f"{comma}{word}" for word in str.split("et and und e y i та і и") for comma in ("", ", ")]
)


def _titles_named_later(
    context: _Context, quotes: tuple[Quote, ...], spans: list[QuoteSpan]
) -> tuple[Quote, ...]:
    """Return the item's quotations with a title that names nobody at its first quotations
    ("O primeiro-ministro afirmou que «...»", "..., reiterou.") given to the one person the
    item quotes by name, later, with no other title ("António Costa contrapôs que «...»"):
    news leads with the office and names its holder further down. Not when a second person
    is quoted by name (either may hold it), nor past someone named with that title between
    ("Os antigos presidentes X e Y ..."); not in a digest, whose entries each bring theirs."""
    first_named = next((i for i, q in enumerate(quotes) if q.speaker), None)
    if not first_named:
        return quotes
    holder = quotes[first_named]
    titled = [i for i, q in enumerate(quotes[:first_named]) if q.speaker_role]
    if not titled or {q.speaker for q in quotes[first_named:] if q.speaker} != {holder.speaker}:
        return quotes
    title = quotes[titled[0]].speaker_role or ""
    if holder.speaker_role and not role_refers_to(title, holder.speaker_role):
        return quotes  # "The minister said ... Opposition leader X replied": another
    qualified = any(
        not is_title_word(w) and w.casefold() not in ARTICLE_SET for w in WORD.findall(title)
    )
    if qualified and (not holder.speaker_role or role_refers_to(title, holder.speaker_role) < 2):
        return quotes  # "the British prime minister", "the health minister": who, unsaid
    if any(
        m.person != holder.speaker and m.role and role_refers_to(title, m.role)
        for m in context.between(spans[titled[0]].start, spans[first_named].start)
    ):
        return quotes
    out = list(quotes)
    taken = False  # the quotation before was the title's: a bare cue ("reiterou") goes on
    for i in range(titled[0], first_named):
        quote = quotes[i]
        role = quote.speaker_role or ""
        if quote.institution or quote.speaker_as_written:
            taken = False
        elif role:
            taken = bool(role_refers_to(role, title) or role_refers_to(title, role))
        elif not quote.cue:
            taken = False
        if taken:
            out[i] = replace(quote, speaker=holder.speaker)
    return tuple(out)


def _item_context(
    item: _ItemText,
    registry: PersonRegistry,
    counter: _Counter,
    media: frozenset[str],
    spans: list[QuoteSpan],
    section: tuple[str | None, str | None, bool],
) -> _Context:
    """Return what the attribution of the item's quotations ``spans`` looks up; ``section``:
    the section's paper, its headline's person, and whether a digest's title heads it."""
    quoted = [(span.start, span.end) for span in spans]
    paper, headline_person, digest = section
    context = _Context(
        item,
        registry,
        counter,
        _mentions(item, registry, spans),
        institutions_in(item.text, quoted),
        media,
        heading_paper=paper,
        headline_person=headline_person,
        digest=digest,
    )
    shaped = shaped_papers(item.text, is_given_name)
    context.shaped_papers = frozenset(n for _, _, n in shaped)
    unlisted = quoted_papers(item.text) + capitals_papers(item.text) + shaped
    context.papers = _merged_papers(media_in(item.text), unlisted)
    context.unlisted_papers = frozenset(n for _, _, n in unlisted if listed_medium(n) is None)
    context.paper_lines = _paper_lines(item.text, context.papers)
    context.papers_below = _credits_below(context.paper_lines, quoted, item.text)
    if not context.papers_below:
        # a paper's line with its city is a credit under a quotation, never a heading
        context.paper_lines = [
            (at, name)
            for at, name in context.paper_lines
            if not _line_ends_on_a_city(item.text, at)
        ]
    context.entries = frozenset(span.first_paragraph for span in spans if not span.open_mark)
    return context


def _merged_papers(
    listed: list[tuple[int, int, str]], quoted: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Return the listed papers and the unlisted ones named in quotation marks after a
    paper's noun, in order of their offsets; a listed name found inside marks is kept once."""
    if not quoted:
        return listed
    starts = {start for start, _, _ in listed}
    return sorted(listed + [found for found in quoted if found[0] not in starts])


def _quotes_found(item: _ItemText) -> list[QuoteSpan]:
    """Return the item's quotation spans, straight single marks paired as ‘ ’ for the finder
    only: one character for one, so the spans hold for the paragraphs' own text, and each
    span's words are read back from it (``“I told them 'no' three times”``)."""
    texts = [p.text for p in item.paragraphs]
    curled = [straight_single_quotes_curled(t) for t in texts]
    spans = find_quotes(curled)
    if curled == texts:
        return spans
    own, seen = "\n".join(texts), "\n".join(curled)
    restored = []
    for span in spans:
        at = seen.find(span.text, span.start, span.end + 1) if span.text else -1
        words = own[at : at + len(span.text)] if at >= 0 else span.text
        # the marks as typed too: the attribution reads the text around them by their length
        # and by what they are ("Erdoğan’ın, '...' sözlerine")
        opening = own[span.start - len(span.open_mark) : span.start] or span.open_mark
        closing = own[span.end : span.end + len(span.close_mark)] or span.close_mark
        restored.append(replace(span, text=words, open_mark=opening, close_mark=closing))
    return restored


def _short_dash_sentence(text: str, span: QuoteSpan) -> bool:
    """Return True for dash speech of a few words resumed after its author's words in the
    same line, a sentence of its own (``— ..., — говорит X. — Заповедник просто
    задохнется.``): no scare quote or name is set off that way. Not a dash opening its line
    (a list's item: ``— Паспорт;``, ``— Открытие выставки.``), not the author's words after
    a stray dash (``— сказала она журналистам``), not a question (``— O que falta?``)."""
    words = span.text.strip()
    if span.open_mark not in DASHES or not words[:1].isupper() or words.endswith("?"):
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    # resumed after its author on the same line; a dash opening its line may be a list's
    # item ("— Концерт", "— Открытие выставки.")
    return bool(text[line_start : span.start].strip(" " + DASHES))


def _interview_turn(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True for dash speech opening its paragraph that asks what the next dashed
    paragraph answers, or answers the dashed question above: an interview's turn, whose few
    words ("— Да.", "— Niyə?") are a quotation, not a list's item."""
    first = span.first_paragraph
    own = item.paragraphs[first].text.strip()
    if span.open_mark not in DASHES or not own.startswith(span.open_mark):
        return False
    # the neighbours only: an item of thousands of turns stays linear
    below = item.paragraphs[first + 1].text.strip() if first + 1 < len(item.paragraphs) else ""
    above = item.paragraphs[first - 1].text.strip() if first > 0 else ""
    if own.endswith("?"):
        # answered by a dashed paragraph that is no question (a list of dashed questions)
        return bool(below) and below[0] in DASHES and not below.endswith("?")
    return bool(above) and above[0] in DASHES and above.endswith("?")


# Turkish and Azerbaijani verbs nominalised for indirect speech, in the accusative: "that
# it was not", "that they follow" (olmadığını, ettiklerini, alındığını, olacağını, etmesini).
INDIRECT_SPEECH_ENDING = re.compile(
    r"(?:[dt][ıiuüə][ğky](?:lar|ler)?[ıiuüə]n[ıiuüə]|[ae]c[ae][ğky](?:lar|ler)?[ıiə]n[ıiə]"
    r"|m[ae]s[ıi]n[ıi])[.,]?$"
)


def _indirect_fragment(text: str) -> bool:
    """Return True for a few quoted words that end on a verb nominalised for indirect speech
    (``yasağın “kesinlikle kalıcı olmadığını” vurguladı``): the reporter's words around a
    phrase of the source, not a quotation, whatever verb follows."""
    return INDIRECT_SPEECH_ENDING.search(text.strip()) is not None


def _people_named(
    text: str, bold: tuple[Span, ...], media: frozenset[str] = frozenset()
) -> list[NameMention]:
    """Return the names of ``text`` less the titles of media and works: a name alone in
    quotation marks (« Fraternité Matin »), right after a medium's noun (le quotidien X),
    or shaped or listed as a medium (see :func:`media_name`), or inside a listed medium's
    name ("Laatste Nieuws" of "Het Laatste Nieuws")."""
    names = [
        n
        for n in find_names(text, bold)
        if not _names_a_work(text, n.span) and not media_name(n.text, media)
    ]
    if not names:
        return names
    listed = [(start, end) for start, end, _ in media_in(text)]
    # a name's Turkish case ending stays outside the medium's ("Süddeutsche Zeitung'un")
    return [
        n
        for n in names
        if not any(
            s <= n.span.start and n.span.start + len(CASE_SUFFIX.sub("", n.text)) <= e
            for s, e in listed
        )
    ]


def _media_runs(outline: Outline) -> frozenset[str]:
    """Return the runs of words of the document's item sources, casefolded: "Cook Islands
    News" gives "cook", "islands news", "cook islands news"... A name cut from a source
    ("Cook", "News") is the medium's too. A set makes the test of each name one lookup,
    whatever the number of sources."""
    runs: set[str] = set()
    for section in outline.sections:
        for item in section.items:
            for source in item.sources:
                words = source.casefold().split()[:MAX_SOURCE_WORDS]
                runs.update(
                    " ".join(words[start:end])
                    for start in range(len(words))
                    for end in range(start + 1, len(words) + 1)
                )
    return frozenset(runs)


# A parenthesis that credits papers at a sentence's end: "(Messaggero)", "(Stampa, Corriere e
# tutti)", "(« Ayna », « Zerkalo »)", "(Corriere p.9)".
PARENTHESIS = re.compile(r"\(([^()\n]{1,120})\)")
CREDIT_SEPARATORS = re.compile(r"\s*(?:[,;/]|\s(?:e|et|and|und|y|i|и|і|ve|və|en|og)\s)\s*")
CREDIT_NAME = re.compile(
    r"[«“„\"]?\s?((?:[^\W\d_][\w'’.-]*)(?:\s[^\W\d_][\w'’.-]*){0,2})\s?[»”“\"]?"
)
PAGE_REFERENCE = re.compile(r"\s(?:p|pp|S|с|стр)\.\s?\d.*$")
MAX_CREDIT_NAMES = 6


def _credited_in_parentheses(text: str) -> frozenset[str]:
    """Return the names, casefolded, that the text credits in parentheses as its papers:
    every part a run of capitalised words (a page number may follow), and no part opening
    with a given name ("(Ilham Aliyev)" names a person). A paper named so is no speaker where
    it opens a sentence ("Giornale attacca:"). A bare name credited once and written outside
    parentheses too may be a person ("le ministre russe (Lavrov) ... a déclaré Lavrov")."""
    credited: set[str] = set()
    bare: Counter[str] = Counter()  # bare names credited, and how often
    for match in PARENTHESIS.finditer(text):
        parts = [p for p in CREDIT_SEPARATORS.split(match[1].strip()) if p]
        if not parts or len(parts) > MAX_CREDIT_NAMES:
            continue
        names = []
        for part in parts:
            part = PAGE_REFERENCE.sub("", part)
            if part.isalpha() and part.islower():
                continue  # "(Stampa, Corriere e tutti)": "and all the others"
            name = CREDIT_NAME.fullmatch(part)
            if name is None or not all(w[:1].isupper() for w in name[1].split()):
                break
            if is_given_name(name[1].split()[0]):
                break
            names.append((name[1].rstrip("."), part.strip()[:1] in '«“„"'))
        else:
            for written, quoted in names:
                folded = written.casefold()
                if quoted or any(_paper_word(w) for w in folded.split()):
                    credited.add(folded)  # "(« Ayna »)", "(Corriere p.9)": a paper
                else:
                    bare[written] += 1
    if not bare:
        return frozenset(credited)
    # How often each word stands in the text, counted once: a bare name written no more often
    # than it is credited stands nowhere else (its first word as the measure of a longer one).
    words = Counter(LETTER_WORD.findall(text))
    for written, times in bare.items():
        if times > 1 or words[written.split()[0]] <= times:
            credited.add(written.casefold())
    return frozenset(credited)


MAX_SOURCE_WORDS = 8  # a source's words cut into runs: bounded, so each costs a constant


def media_name(name: str, media: frozenset[str]) -> bool:
    """Return True when a capitalised run names a medium, not a person: the document
    credits it as an item's source ("Radio Okapi - 10 mars"), or a medium's noun opens it
    (Gazeta Wyborcza, Radio Okapi) or closes it after a word no given name is (Kleine
    Zeitung; "Emily Post" stays a person), whatever Turkish case ending follows it."""
    name = CASE_SUFFIX.sub("", name)
    folded = name.casefold()
    if folded in media and (" " in folded or not is_given_name(name)):
        return True  # one word of a source: "Cook" of "Cook Islands News", not "Dan" of Dan
    words = folded.split()
    if len(words) < 2:
        return False
    if listed_medium(name) == name:
        return True  # "De Telegraaf kopt": a paper's name as listed, whole
    edition = name.rsplit(" ", 1)
    if edition[1] in EDITION_WORDS and listed_medium(edition[0]) == edition[0]:
        return True  # "une question de Sputnik Afrique": a listed medium's edition
    if words[0] in MEDIA_OPENERS:
        return True
    return words[-1] in MEDIA_CLOSERS and not is_given_name(name.split()[0])


# A medium's nouns that open its name (with Romanian papers' nouns and their article:
# Monitorul de Suceava); not those that are also words of other names (List, Post, Mail,
# Canal, Sender, Express, Monitor, Site, Portal).
MEDIA_OPENERS = frozenset(
    # Le Monde's editions after "du" lose their article: "dans les colonnes du Monde Afrique"
    str.split("monitorul jurnalul cotidianul evenimentul monde")
) | PAPER_WORDS - frozenset(
    str.split("list post mail canal sender express monitor site portal blatt outlet channel")
    + str.split("observer herald courier times daily weekly tribune tribuna telegraph")
)
# ...and those that close it (Kleine Zeitung, Irish Times, Jerusalem Post).
MEDIA_CLOSERS = frozenset(
    str.split("zeitung tageszeitung times post herald tribune gazette journal telegraph")
    + str.split("observer courier kurier express nieuwsblad dagblad news")
)


def _names_a_work(text: str, span: Span) -> bool:
    """Return True when the capitalised run at ``span`` is a newspaper's or a work's title;
    alone on its line, it is one unless it opens on a given name ("Berliner Morgenpost" over
    the paper's words, not "Владимир Путин" over his)."""
    name = text[span.start : span.end]
    if text.strip() == name and (not is_given_name(name.split()[0]) or listed_medium(name)):
        return True  # "Christian Science Monitor" over its words: a paper all the same
    return (
        quoted_title(text, span)
        or _after_media_word(text, span.start)
        or _source_header(text, span)
    )


def _source_header(text: str, span: Span) -> bool:
    """Return True for a name opening its paragraph as the source of what follows
    (``Dhaka Tribune - The Ministry said``, ``The Financial Express - X called``)."""
    window = max(0, span.start - MAX_SOURCE_LEAD - 1)  # bounded: no scan back per name
    newline = text.rfind("\n", window, span.start)
    if newline < 0 and window > 0:
        return False
    line_start = newline + 1
    # the line as far as a speaker's role and its colon may reach ("X - Sakin: «")
    return source_header(
        text[line_start : span.end + ROLE_REACH],
        Span(span.start - line_start, span.end - line_start),
    )


ROLE_REACH = 48


def _masthead(quoted: str) -> bool:
    """Return True for a newspaper's title in quotation marks (``‘Dagblad van het Noorden’``,
    « Gazeta Wyborcza »): a capitalised paper's noun opens it, and every word after it is
    capitalised or a short link word ("Times are hard" is a sentence)."""
    words = quoted.split()
    if not words or not words[0][:1].isupper() or words[0].casefold() not in PAPER_WORDS:
        return False
    return all(w[:1].isupper() or len(w) <= MAX_LINK_WORD_CHARS for w in words[1:])


# The link words inside a name in quotation marks: « Au Bord du Loing », “Bank of Georgia”.
NAME_LINK_WORDS = frozenset(
    str.split("du de des d' di da del della do dos das of the van von der den la le el y e et and")
)


def _apposed(text: str, span: QuoteSpan) -> bool:
    """Return True when a comma stands right before the quotation's opening mark (``The
    developer, “Svaneti Hydro”, said``): a name in apposition, whatever verb follows."""
    return text[: span.start].rstrip(' \u00a0\u202f«“„"‹').endswith(",")


def _said_after(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True when a comma and a reporting verb follow the quotation (``„Absoluter
    Unsinn“, kommentierte Merz``): words said, though capitalised as a name. A name is the
    verb's subject with no comma (``„Magyar Nemzet“ schreibt``)."""
    end = span.end + len(span.close_mark)
    # the comma after the mark, or inside it as English puts it ("Get Brexit Done," he said)
    comma = (
        item.text[end:].lstrip(" \u00a0")[:1] == "," or item.text[span.end - 1 : span.end] == ","
    )
    return comma and _close_cue(item, span)


def _proper_name(quoted: str) -> bool:
    """Return True for a name in quotation marks: two words or more, each capitalised but for
    short link words, no sentence's end (« Au Bord du Loing », “Svaneti Hydro”). A speaker's
    few words open with one capital ("Not now," he said)."""
    words = quoted.split()
    if len(words) < 2 or quoted.rstrip()[-1:] in ".!?…" or not words[0][:1].isupper():
        return False
    # "Nobody in Edinburgh", "ein Verbrechen an den Frächtern": words of a sentence between
    return all(w[:1].isupper() or w.casefold() in NAME_LINK_WORDS for w in words)


def _after_media_word(text: str, mark: int) -> bool:
    """Return True when the word before the opening mark names a medium (``газета «...»``)."""
    window = text[max(0, mark - 40) : mark]
    match = LAST_WORD.search(window[window.rfind("\n") + 1 :])  # this paragraph's words only
    if not match:
        return False
    if text[mark : mark + 1].isalpha() and match.group(0)[len(match.group(1)) :].strip() == ",":
        return False  # "le directeur du site, Laurent Rouvier": a person in apposition
    word = match.group(1).casefold()
    if word in MEDIA_AFTER_THEIR_NAME:
        return False  # 'Akit gazetesi "Belediyeler ..." manşetiyle': the name came before
    return word in MEDIA_WORDS or word.endswith("zeitung")


# Turkish and Azerbaijani media nouns in the possessive follow the medium's name ("Akit
# gazetesi", "Azadlıq qəzeti"): a quotation after one is what the medium printed.
MEDIA_AFTER_THEIR_NAME = frozenset(
    str.split("gazetesi ajansı dergisi kanalı portalı sitesi qəzeti agentliyi saytı jurnalı")
)


def _attributed_spans(
    item: _ItemText, spans: list[QuoteSpan]
) -> list[tuple[QuoteSpan, Attribution]]:
    """Return the quotations with their attributions.

    A sentence cut by its attribution is two quotations, as independent annotators count
    them: ``"We are ready," Bayramov said, "to expand ..."`` (two pairs of marks; the second
    part finds the same speaker in the clause before it) and ``«Мы готовы, — сказал X, —
    подписать ...»`` (one pair of marks, cut here at the author's words).
    """
    out: list[tuple[QuoteSpan, Attribution]] = []
    for span in spans:
        attribution = _attribution(item, span)
        if attribution == Attribution():
            # a quote digest's entry, credited on the line below it (see _credit_line_below)
            attribution = _credit_line_below(item, span) or attribution
        if (
            out
            and out[-1][1].speaker
            and attribution.speaker
            and attribution.speaker in out[-1][0].text
            and attribution.speaker not in after_window(item.text, span.end + len(span.close_mark))
            and _resumed_speech(item, out[-1][0], span)
        ):
            # "– Jeśli chodzi o Mieszka Lorenca, ... – mówił Kazimierz Moskal. – Widzimy ...":
            # the name read before the resumed speech is one the speech before named
            attribution = replace(out[-1][1], cue=attribution.cue or out[-1][1].cue)
        if (
            out
            and not attribution.speaker
            and not attribution.pronoun  # "alors qu'elle a répondu : «...»": her own words
            and not attribution.unnamed  # "X-dən biri “Y” qəzetinə danışıb: “...”": no one named
            # "Die Landesregierung teilte mit, ... „...“": a body with a verb of its own; the
            # same verb is the same clause read again ("a lancé le chef de la diplomatie")
            # (unless the clause read again names the body only this time)
            and not (
                attribution.institution
                and (attribution.cue != out[-1][1].cue or _names_nobody(out[-1][1]))
            )
            and (
                _resumed_speech(item, out[-1][0], span)
                or _cut_sentence(item, out[-1][0], span)
                or (not attribution.cue and _quoted_on(item, out[-1][0], span))
            )
        ):
            # "– ..., – сказала она. – Но ...", "«...», ha aggiunto il sindaco, «e ...»":
            # the same speaker goes on ("Der 58-Jährige kündigte an": with a verb of its own).
            attribution = replace(out[-1][1], cue=attribution.cue or out[-1][1].cue)
        if attribution == Attribution():
            # a quote digest's credit line over the line of the words' topic
            attribution = _credit_over_a_topic(item, span) or attribution
        if not attribution.speaker and not attribution.cue:
            # « Nos voisins, a poursuivi M. X, doivent ... »: the author's words inside one
            # pair of marks name the speaker (one quotation when they cut no sentence).
            woven = WOVEN_ATTRIBUTION.search(span.text)
            if woven and CUE.match(woven["clause"]):
                attribution = attribute_after(woven["clause"], ()) or attribution
        cut: tuple[re.Match[str], Attribution] | None = None  # where to cut, and who spoke
        inner = INNER_ATTRIBUTION.search(span.text)
        if inner and len(inner["clause"]) > MAX_INNER_CLAUSE and not CUE.match(inner["clause"]):
            inner = None  # "– come hanno detto molti analisti della City ... –": an aside
        if inner and inner["clause"].strip() and CUE.search(inner["clause"]):
            found = attribute_after(inner["clause"], ())
            cut = (inner, found) if found is not None else None
        elif not inner:
            hyphen = _authors_words_between_hyphens(span.text)
            attributed = bool(attribution.speaker or attribution.cue)
            if hyphen is not None and (
                (
                    not attributed
                    and (hyphen[0]["clause"].rstrip().endswith(".") or hyphen[0]["stop"])
                )
                or _sentence_after_hyphens(span.text, hyphen[0])
            ):
                # a new sentence after the author's words; who spoke is the one found around
                # the marks when the words between the hyphens name no one ("«... - ha
                # aggiunto - ...», ha detto il sindaco X")
                cut = (hyphen[0], hyphen[1] if hyphen[1].speaker or not attributed else attribution)
            elif hyphen is not None and not attributed:
                attribution = hyphen[1]  # one sentence: one quotation
        if cut is None and span.closed:  # a quotation left open may have run past its end
            cut = _incise(span, attribution)
        if cut is not None:
            first, second = _split_at(span, cut[0].start(), cut[0].end())
            out.append((first, cut[1]))
            span, attribution = second, cut[1]
        out.append((span, attribution))
    return _shared_with_the_next(item, out)


def _credit_over_a_topic(item: _ItemText, span: QuoteSpan) -> Attribution | None:
    """Return the person a quote digest's credit line names two paragraphs above a dashed
    quotation, over the line of its topic ("Віталій Кличко, лідер партії «УДАР»" ¶ "— про
    переговори опозиції та влади:" ¶ "— Якщо ..."), else None."""
    first = span.first_paragraph
    if first < 2 or span.open_mark not in DASHES:
        return None
    topic = item.paragraphs[first - 1].text.strip()
    credit = item.paragraphs[first - 2].text.strip()
    if topic[:1] not in DASHES or not topic.endswith(":") or find_names(topic):
        return None
    if not TOPIC_ABOUT.match(topic.lstrip(DASHES + " \u00a0")):
        return None  # "— статистика матчу:", "— среди обещаний:": a list's heading
    if not credits_a_speaker(credit):
        return None
    below = span.last_paragraph + 1
    if below < len(item.paragraphs) and credits_a_speaker(item.paragraphs[below].text):
        return None  # a digest crediting under its quotations: the credit below is this one's
    name, role = credit.split(", ", 1)
    return Attribution(speaker=name, role=role)


# "About", opening the topic line of a digest's entry ("— про переговори:", "— sobre ...:").
TOPIC_ABOUT = re.compile(
    r"(?:про|о|об|обо|щодо|o|sobre|sur|su|sull\w*|on|about|über|zu[mr]?|over|à propos)\b",
    re.IGNORECASE,
)


MAX_JOINING_GAP = 60  # characters of the writer's words joining two quotations


def _opens_its_sentence(text: str, span: QuoteSpan) -> bool:
    """Return True when nothing but the opening mark stands between the sentence's start
    (or the paragraph's) and the quotation."""
    opening = span.start - len(span.open_mark)
    line_start = text.rfind("\n", 0, opening) + 1
    lead = text[line_start:opening]
    return not SENTENCE_BREAK.split(lead)[-1].strip()


def _shared_with_the_next(
    item: _ItemText, attributed: list[tuple[QuoteSpan, Attribution]]
) -> list[tuple[QuoteSpan, Attribution]]:
    """Give a quotation nothing attributes the attribution of the next one when a few of
    the writer's words opening on "and", with no verb of saying, join them in one sentence
    (``“...”, e o Executivo, “...”, afirmou o primeiro-ministro``): one clause after both
    says who spoke, past the reach of the first one's window when the second is long."""
    out = list(attributed)
    for index in range(len(out) - 2, -1, -1):
        (span, attribution), (following, shared) = out[index], out[index + 1]
        if attribution != Attribution() or not shared.cue or not span.open_mark:
            continue
        gap = _gap_between(item, span, following)
        if (
            gap is not None
            and len(gap) <= MAX_JOINING_GAP
            and gap.rstrip().endswith(",")
            and gap.lstrip(" ,").split(" ", 1)[0].casefold() in COORDINATORS
            and not any(ch in gap for ch in ".!?;:\n")
            and CUE.search(gap) is None
            # "and Keir Starmer, “...”, said X": a person of its own between them
            and all(name.single for name in find_names(gap))
            # "Les syndicats scandaient «...», et le gouvernement, «...»": the first one
            # opens its sentence, no verb of its own before it
            and _opens_its_sentence(item.text, span)
        ):
            out[index] = (span, shared)
    return out


def _incise(span: QuoteSpan, attribution: Attribution) -> tuple[re.Match[str], Attribution] | None:
    """Return the author's words that cut one pair of marks in two, verb first, and who spoke:
    « ..., a-t-il assuré. La reconstruction ... », «... —dijo—, y ...» (two quotations, as
    for two pairs of marks); the speaker found around the marks when the words name nobody.

    Words between commas are the author's only when they say who speaks: a French inverted
    pronoun (dit-il, a-t-elle lancé devant le conseil), or a name after the verb inside « »
    ("a poursuivi M. X"); not the speaker's own "so we stayed", "called Green Streets",
    "conta solo il risultato". Between Spanish dashes a short clause opening with the verb is
    the author's (—dijo—, —advirtió Rosa Canul—)."""
    text = span.text
    for pattern in (SPANISH_INCISE, WOVEN_SENTENCE, WOVEN_ATTRIBUTION):
        incise = pattern.search(text)
        if incise is None or not CUE.match(incise["clause"]):
            continue
        if len(text[: incise.start()].split()) < MIN_INCISE_LEAD_WORDS:
            return None  # « Nos voisins, a poursuivi M. X, doivent ... »: a subject, no sentence
        found = attribute_after(incise["clause"], ())
        if found is None:
            return None
        words = len(incise["clause"].split())
        if pattern is SPANISH_INCISE:
            says_who = words <= MAX_DASH_INCISE_WORDS
        else:
            inverted = found.pronoun is not None and "-" in (found.cue or "")
            named = found.speaker is not None and span.open_mark in GUILLEMETS
            says_who = inverted or (named and words <= MAX_NAMED_INCISE_WORDS)
        if not says_who:
            continue
        if not (found.speaker or found.institution) and (
            attribution.speaker or attribution.institution
        ):
            found = replace(attribution, cue=found.cue or attribution.cue)
        return incise, found
    return None


def _known_surname_leads(text: str, lead: str) -> bool:
    """Return True when ``lead`` opens with one capitalised word that ``text`` wrote after a
    given name before (the subject of the sentence, named in full earlier; "Según
    Iberdrola" names no person)."""
    names = find_names(lead)
    first = names[0] if names else None
    if first is None or not first.single or lead[: first.span.start].strip():
        return False
    return any(
        _given_or_inside_a_sentence(text, m) for m in _written_after_a_word(text, first.text)
    )


def _given_or_inside_a_sentence(text: str, match: re.Match[str]) -> bool:
    """Return True when the word before a surname is a given name, or a capitalised word
    that does not open a sentence (a full name: "..., Mariela Quiroga")."""
    word = match[1]
    if is_given_name(word):
        return True
    at = match.start() - 1
    while at >= 0 and text[at].isspace():  # the last character before it, spaces aside
        at -= 1
    return word[:1].isupper() and at >= 0 and text[at] not in SENTENCE_OPENERS_AFTER


SENTENCE_OPENERS_AFTER = '.!?:»"”'  # a word after one of these may open a sentence


def _written_after_a_word(text: str, name: str) -> Iterator[re.Match[str]]:
    """Yield each place ``text`` writes ``name`` whole after a word, that word in group 1."""
    return re.finditer(rf"(\w+) {re.escape(name)}(?!\w)", text)


def _surname_of_someone(text: str, name: str) -> bool:
    """Return True when ``text`` writes ``name`` (one word) after a capitalised word: the
    surname of a person named in full before."""
    if " " in name:
        return False
    # "Devlet Bahçeli ... Bahçeli'nin açıklamasında": a capitalised word before the name
    return any(m[1][:1].isupper() for m in _written_after_a_word(text, name))


def _names_nobody(attribution: Attribution) -> bool:
    """Return True for an attribution with a cue at most: no one and no body, even to find."""
    return not (
        attribution.speaker
        or attribution.institution
        or attribution.role
        or attribution.pronoun
        or attribution.anaphoric
        or attribution.unnamed
    )


MAX_HYPHEN_PAIRS = 4


def _sentence_after_hyphens(text: str, hyphen: re.Match[str]) -> bool:
    """Return True when a new sentence opens after the author's words between hyphens,
    with no comma before them: "«... del nostro Paese - ha detto - Dobbiamo fare ...»"."""
    following = text[hyphen.end() :]
    names = find_names(following[:MAX_NAME_AFTER_HYPHENS])
    return (
        following[:1].isupper()
        and not hyphen.group().startswith(",")
        and not text[: hyphen.start()].rstrip().endswith(",")
        # a name's capital is no sentence's: "- ha detto - Giorgia Meloni in particolare"
        and not any(name.span.start == 0 and not name.single for name in names)
    )


MAX_NAME_AFTER_HYPHENS = 40  # characters after the author's words read for a name


def _authors_words_between_hyphens(text: str) -> tuple[re.Match[str], Attribution] | None:
    """Return the author's words between hyphens inside a quotation and their attribution:
    only words that open with the reporting verb ("- сказал он. -"), not someone quoted
    inside the quotation ("- как сказал вчера Владимир Путин -")."""
    # the first pair whose words open with a verb ("2023 – 2024 ... - ammette X -."), a
    # few pairs at most: a quotation full of dashes stays linear
    hyphen = HYPHEN_ATTRIBUTION.search(text)
    for _ in range(MAX_HYPHEN_PAIRS):
        if hyphen is None or CUE.match(hyphen["clause"]):
            break
        hyphen = HYPHEN_ATTRIBUTION.search(text, hyphen.start() + 1)
    if hyphen is None or not CUE.match(hyphen["clause"]):
        return None
    found = attribute_after(hyphen["clause"].rstrip("."), ())
    return None if found is None else (hyphen, found)


def _resumed_speech(item: _ItemText, previous: QuoteSpan, span: QuoteSpan) -> bool:
    """Return True for dash speech resumed in the paragraph of the dash speech before it,
    after the author's words (``– ..., – сказала она. – Но ...``)."""
    dashes = "—–"
    return (
        span.open_mark in dashes
        and previous.open_mark in dashes
        and previous.last_paragraph == span.first_paragraph
        and "\n" not in item.text[previous.end : span.start]
    )


def _gap_between(item: _ItemText, previous: QuoteSpan, span: QuoteSpan) -> str | None:
    """Return the text between a closed quotation and the next one in its paragraph, else
    None (what both the cut-sentence and the quoted-on tests read)."""
    if not previous.closed or previous.last_paragraph != span.first_paragraph:
        return None
    return item.text[previous.end + len(previous.close_mark) : max(span.start - 1, 0)]


def _cut_sentence(item: _ItemText, previous: QuoteSpan, span: QuoteSpan) -> bool:
    """Return True when only an attribution clause separates the two quotations in one
    sentence (``«...», ha aggiunto il sindaco, «e lo diremo»``)."""
    gap = _gap_between(item, previous, span)
    if gap is None or "\n" in gap or any(ch in gap for ch in ".!?;") or CUE.search(gap) is None:
        return False
    if previous.text.rstrip().endswith("?") and gap.rstrip().endswith(":"):
        return False  # '“¿...?”, el jefe de Estado respondió: “...”': a question answered
    if len(gap) <= MAX_ATTRIBUTION_GAP and gap.rstrip()[-1:] in (",", "—", "–", ":"):
        return True
    # "«...», a-t-elle affirmé lors du point de presse, ajoutant que le contingent «...»":
    # one sentence, one reporting verb after another, nobody else named.
    return len(gap) <= MAX_SENTENCE_GAP and not any(not n.single for n in find_names(gap))


def _quoted_on(item: _ItemText, previous: QuoteSpan, span: QuoteSpan) -> bool:
    """Return True for a quotation that follows, in the same paragraph, the attribution
    closing the previous one (``« ... », a-t-il affirmé. « Il faut ... »``): the same voice."""
    gap = _gap_between(item, previous, span)
    if (
        gap is None
        or not gap.rstrip().endswith(".")
        or CUE.search(gap) is None
        or any(ch in gap for ch in "!?;\n")
        or len(gap) > MAX_SENTENCE_GAP
    ):
        return False
    # "«...», said X. The crowd chanted outside. «...»": a sentence after the attribution
    # that brings in someone else (a title, "The president spoke in Scranton.", does not)
    narration = _past_its_sentence(gap.rstrip())
    if _someone_else_in(narration, titles=False) or _new_subject_opens(narration):
        return False
    if len(gap) <= MAX_ATTRIBUTION_GAP:
        return True
    # A title of several words after the name ("..., a déclaré à l'AFP Marie-Dominique
    # Santoni-Leca, présidente du conseil scientifique de la réserve."): still one sentence
    # naming one person.
    one_sentence = SENTENCE_INSIDE.search(gap.rstrip()[:-1]) is None
    people = [n for n in find_names(gap) if not n.single]
    return one_sentence and len(people) <= 1


def _split_at(span: QuoteSpan, cut: int, resume: int) -> tuple[QuoteSpan, QuoteSpan]:
    """Return ``span`` as two quotations: its text before ``cut`` and from ``resume`` on."""
    first = replace(
        span,
        end=span.start + cut,
        close_mark="",
        text=span.text[:cut],
        last_paragraph=span.first_paragraph,
    )
    second = replace(span, start=span.start + resume, open_mark="—", text=span.text[resume:])
    return first, second


@dataclass(slots=True)
class _Context:
    """What attribution of one item's quotations looks up: names, titles, institutions.

    Quotations are attributed in text order, and every lookup of the mentions goes through
    their offsets (bisect) or a bounded look-back, so an item with many quotations and many
    names costs linear time, not quotations x names.
    """

    item: _ItemText
    registry: PersonRegistry
    counter: _Counter
    mentions: list[_Mention]
    institutions: list[tuple[int, str]]
    media: frozenset[str]  # runs of words of the document's sources, casefolded
    offsets: list[int] = field(default_factory=list)  # of the mentions, ascending
    persons: frozenset[str] = frozenset()
    registered: int = 0  # mentions whose title and gender the counter already holds
    lowercase: frozenset[str] | None = None  # the item's lowercase words, built when asked
    papers: list[tuple[int, int, str]] = field(default_factory=list)  # listed media named
    paper_lines: list[tuple[int, str]] = field(default_factory=list)  # a paper's name alone
    # the paper lines credit the quotation above them ("„...“" ¶ "The Times, London")
    papers_below: bool = False
    # papers the list lacks, named in marks after a paper's noun ("газета «Диена»")
    unlisted_papers: frozenset[str] = frozenset()
    shaped_papers: frozenset[str] = frozenset()
    heading_paper: str | None = None  # the medium the section's heading names
    headline_person: str | None = None  # the one person an article's headline names
    # paragraph -> (its place in a run of dash turns, the run's first paragraph), built
    # when asked, for an Armenian or Georgian item
    turns: dict[int, tuple[int, int]] | None = None
    entries: frozenset[int] = frozenset()  # paragraphs of a digest's unmarked quotations
    digest: bool = False  # the document's title or a heading announces a quote digest
    credits_lead: bool | None = None  # a digest's credits head its entries (built when asked)
    entries_below: bool | None = None  # a digest's credits stand under them (built when asked)

    def __post_init__(self) -> None:
        self.offsets = [m.offset for m in self.mentions]
        self.persons = frozenset(m.person for m in self.mentions)

    def common(self, word: str) -> bool:
        """Return True when ``word`` is also written in lowercase in the item (``Color`` at a
        sentence start, ``color`` inside one): a common word, no surname. The item's
        lowercase words are gathered once, on the first question."""
        if self.lowercase is None:
            self.lowercase = frozenset(
                w for w in WORD.findall(self.item.text) if w.islower() and len(w) >= 3
            )
        return word.casefold() in self.lowercase

    def turn(self, paragraph: int) -> tuple[int, int] | None:
        """Return the place of ``paragraph`` in a run of paragraphs opening with an em dash
        and the run's first paragraph, for a run of interview turns at least; the runs
        are found once, on the first question."""
        if self.turns is None:
            self.turns = {}
            run: list[int] = []
            for index, paragraph_of in enumerate([*self.item.paragraphs, None]):
                if paragraph_of is not None and paragraph_of.text.lstrip().startswith("— "):
                    run.append(index)
                    continue
                shift = self._interview(run) if len(run) >= MIN_UNMARKED_TURNS else None
                if shift is not None:
                    self.turns.update({p: (at + shift, run[0]) for at, p in enumerate(run)})
                run = []
        return self.turns.get(paragraph)

    def _interview(self, run: list[int]) -> int | None:
        """Return 0 when a run of em dash paragraphs reads as an interview whose turns are
        told by their order, the paper's first; 1 when the paper's turns are the second,
        fourth and so on (most questions stand there: "— Eybi yoxdur, — deyib" answers the
        reporter's greeting in the lead); None for no such interview. Armenian and Georgian
        runs are read first (see :func:`unmarked_interview`); other ones when their turns
        do not go question, answer, question (see :func:`loose_interview`), as an exchange
        that does is answered paragraph by paragraph (:func:`_interviewee`)."""
        paragraphs = self.item.paragraphs
        lead = paragraphs[run[0] - 1].text if run[0] > 0 else ""
        turns = [paragraphs[p].text.lstrip()[2:] for p in run[:MAX_TURNS_READ]]
        if UNSEEN_NAMES_SCRIPTS.search(" ".join(turns)):
            return 0 if unmarked_interview(turns, lead) else None
        if not loose_interview(turns, lead):
            return None
        asking = [asks_in_turn(turn) for turn in turns]
        odd = sum(asked for place, asked in enumerate(asking) if place % 2)
        return 1 if odd * 2 > sum(asking) else 0

    def between(self, low: int, high: int) -> list[_Mention]:
        """Return the mentions at offsets in ``[low, high)``, in order."""
        return self.mentions[
            bisect.bisect_left(self.offsets, low) : bisect.bisect_left(self.offsets, high)
        ]

    def recent(self, before: int) -> list[_Mention]:
        """Return the last mentions before offset ``before``, nearest first (bounded)."""
        end = bisect.bisect_left(self.offsets, before)
        return self.mentions[max(0, end - MAX_LOOK_BACK) : end][::-1]


def _known_person(registry: PersonRegistry, phrase: str) -> str | None:
    """Return the full name the document gives a person when ``phrase`` (two words or more,
    all capitalised) is its end, else None."""
    words = phrase.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    canonical = registry.canonical(phrase)
    return canonical if canonical != phrase and canonical.endswith(" " + phrase) else None


def _known_surname_after_words(registry: PersonRegistry, text: str, name: str) -> str | None:
    """Return the person whose surname ends ``name`` when the words before it open no name:
    "W rozmowie z Radiem Wrocław Kowalczyk dodała", "z telewizją Suspilne Bondarenko mówiła"
    glue a medium to the surname of Joanna Kowalczyk or Ołena Bondarenko, named before."""
    words = name.split()
    if len(words) < 2 or is_given_name(words[0]) or is_given_name_in_a_case(words[0]):
        return None
    if not _after_medium_or_preposition(text, name) and (
        len(words) > 2
        or is_listed_given_name(words[0])
        or not (is_title_word(words[0]) or is_craft_word(words[0]))
        or words[0].casefold() in KINSHIP_WORDS
    ):
        # "sagte Mick Schumacher" after Michael: a relative, not Michael; "Uhrmacher Wölfle"
        # after "Fridolin Wölfle": a trade no dictionary gives as a name, then his surname
        return None
    person = registry.canonical(words[-1])
    if person == words[-1] or registry.canonical(name) != base_name(name):
        return None
    return person


# Kinship before a surname: a relative of the person named in full, not that person.
KINSHIP_WORDS = frozenset(
    str.split("tochter sohn vater mutter bruder schwester enkel enkelin neffe nichte onkel tante")
)


# The words before a medium glued to a surname: "w rozmowie z Radiem Wrocław Kowalczyk",
# "z telewizją Suspilne Bondarenko".
MEDIUM_LEADS = frozenset(str.split("z ze with avec mit con com с з із"))
MEDIUM_STEMS = ("telewiz", "radi", "gazet", "portal", "agencj", "телеканал", "радио", "газет")


def _after_medium_or_preposition(text: str, name: str) -> bool:
    """Return True when the word before ``name`` (its first occurrence) is a preposition of
    the one spoken with or a medium's noun."""
    at = text.find(name)
    before = text[max(0, at - MAX_LEAD_WORD) : at].split() if at > 0 else []
    if not before:
        return False
    word = before[-1].casefold()
    return word in MEDIUM_LEADS or word.startswith(MEDIUM_STEMS)


MAX_LEAD_WORD = 40  # characters before a name searched for the word that leads to it


def _person(name: str, bold: bool, registry: PersonRegistry) -> str | None:
    """Return the canonical person a name stands for, or None for a lone unknown word."""
    if len(name.split()) > 1 or bold or registry.knows_surname(name):
        return registry.canonical(name)
    return None


def _mentions(
    item: _ItemText, registry: PersonRegistry, quoted: Sequence[QuoteSpan] = ()
) -> list[_Mention]:
    """Return every person named in the item, with the title written next to the name;
    not those named inside a quotation: what someone said, never who says the next one."""
    inside = sorted((span.start, span.end) for span in quoted)
    starts = [start for start, _ in inside]
    mentions = []
    for paragraph, start, names in zip(item.paragraphs, item.starts, item.names, strict=True):
        text = paragraph.text
        previous_end = 0
        for index, name in enumerate(names):
            if index + 1 < len(names) and object_then_subject(text, name, names[index + 1]):
                continue  # "krytykował Mateusza Morawieckiego Donald Tusk": the object
            person = _person(name.text, name.bold, registry)
            at = bisect.bisect_right(starts, start + name.span.start) - 1
            if at >= 0 and start + name.span.start < inside[at][1]:
                continue
            # The title sits between the previous name and this one, never across a name.
            low = max(previous_end, name.span.start - ROLE_CONTEXT)
            after = text[name.span.end : name.span.end + APPOSITION_REACH]
            role = role_beside(text[low : name.span.start], after)
            if (
                person is None
                and role
                and _article_and_title_before(text, name.span.start)
                and _surname_after_title(text, name)
            ) or (person is None and role and _after_a_turkic_title(text, name)):
                # "Der Bundestagsvizepräsident Kubicki nahm ... Er sagte": a lone surname
                # after its title is a person "er" can refer back to.
                person = registry.canonical(name.text)
            if person is None:
                continue
            words = WORD.findall(text[low : name.span.start])[-6:]
            compounds_mark = paragraph.language.code in GERMAN_GENDERED
            english = paragraph.language.code == "en"
            gender = mention_gender(words, name.text, compounds_mark, english)
            sure = sure_gender(words, name.text, english, role is not None)
            mentions.append(_Mention(start + name.span.start, person, role, gender, sure))
            previous_end = name.span.end
    return mentions


# A complement after a capitalised word makes it a title's or a body's name, no surname.
BODY_COMPLEMENT = re.compile(r"\s+(?:de|del|de la|of|of the|für|des|der|di|della|du)\s+[A-ZÀ-Ý]")


# A credit after a dash, closing the paragraph of a quotation in a list of the week's words:
# '"..." – Annika Grönqvist, Premier of Åland, in the Lagting'.
CREDIT_AFTER_QUOTE = re.compile(
    r"[ \u00a0]*\.?[ \u00a0]*[–—-][ \u00a0]*(?P<credit>[^\n«»“”„\"]{2,400})(?:\n|$)"
)
# ...and inside a paragraph, a dash, the credit and its full stop before the next sentence.
INLINE_CREDIT = re.compile(
    r"[ \u00a0]*\.?[ \u00a0]+[–—-][ \u00a0]+(?P<credit>[^\n«»“”„\".!?;:]{2,120})\."
    r"(?=[ \u00a0]+[\"«“„\w]|[ \u00a0]*$)"
)
# ...or on the line below a quotation that fills its own line (a digest's "— Title Name on
# the topic" under each quotation).
MARKS_BLANKED = str.maketrans(dict.fromkeys('«»“”„"', " "))  # a paper's name in a credit
CREDIT_LINE_BELOW = re.compile(
    r"[ \u00a0]*\.?[ \u00a0]*\n[ \u00a0]*(?:(?P<dash>[–—])[ \u00a0]*[^\W\d_]"
    r"|\((?P<inner>[^\W\d_](?:[^()\n]|\([^()\n]*\))*)\)[ \u00a0.]*(?:\n|$))"
)
CREDIT_HEAD_END = re.compile(
    r",|\s(?:on|in|at|to|during|after|opening|speaking|asked|quoted|addressing|urging|telling"
    r"|warning|thanking|praising|answering|replying|responding)\s"
)
INDEFINITE_CREDITS = frozenset(str.split("a an un une una uno ein eine один одна"))


# A photo's credit in parentheses, with its agency after a slash: "(Isac Pereira da
# Nóbrega/PR/Flickr)", "(Reuters/John Smith)". It names who took the picture, never who spoke.
PHOTO_CREDIT = re.compile(
    r"\((?=[^()\n]*(?:/(?:[A-Z]{2,5}|Flickr|Reuters|AFP|AP|EPA|Getty|dpa|ANSA|EFE)\b|"
    r"\b(?:Foto|Photo|Фото)\b))[^()\n/]{1,60}/[^()\n]{1,60}\)"
)  # an agency or a photo's word in it: not "(Rachida Dati/Culture)", "(Elizabeth Warren/D-Mass)"


def _without_photo_credits(text: str) -> str:
    """Return ``text`` with its photo credits blanked, offsets kept."""
    if "/" not in text:
        return text  # most windows: one scan
    return PHOTO_CREDIT.sub(_blank, text)


def _credit_line_below(item: _ItemText, span: QuoteSpan) -> Attribution | None:
    """Return the person the line below a quotation credits, when the quotation is in marks,
    fills its own line and nothing else says who spoke ("“...” ¶ — Pop star X on ...", "„...“
    ¶ (SPD-Chef X in der Zeit über ...)"): not a byline, a translator's or an interviewer's
    line, a photo credit, nor the answer under an interview's question."""
    text, end = item.text, span.end + len(span.close_mark)
    if span.open_mark in DASHES or not _opens_its_line(text, span.start):
        return None
    if span.text.rstrip().endswith("?"):
        return None  # the paper's question; the line below answers it
    own_line = max(text.rfind("\n", 0, span.start), 0)  # where the quotation's line opens
    above = text[text.rfind("\n", 0, own_line) + 1 : own_line].rstrip()
    if above.endswith(":") or holds_a_double_quotation_mark(above):
        return None  # "X said:" over it, or a quotation before it: X's words go on
    if any(not n.single for n in find_names(above)):
        return None  # "Minister X said ... ¶ “...” ¶ — Tom Baker, Athens": X's, and a byline
    below = CREDIT_LINE_BELOW.match(text, end)
    if below is None:
        return None
    line_start = text.index("\n", end) + 1
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip(" ()–—\u00a0")
    words = [w.casefold() for w in WORD.findall(line)]
    if (
        not words
        or words[0] in CREDIT_BELOW_OPENERS
        or any(w in CREDIT_BELOW_REFUSALS or w in AGENCIES for w in words)  # "X, Reuters"
        or ":" in line
        or (below["dash"] and line.endswith(tuple(".!?…")))  # an answer's sentence
    ):
        return None  # "— Jane Doe contributed reporting.", "(Das Gespräch führte X.)"
    people = [n for n in find_names(line) if not n.single]
    if len(people) > 1 and line[people[0].span.end : people[1].span.start].strip() in PAIRING:
        return None  # "— Benjamin Netanyahu and Joe Biden in Tel Aviv": which of the two?
    if below["inner"] is not None:
        # "(SPD-Chef Kurt Beck in der Wochenzeitung Die Zeit über ...)": its words as a dash
        # credit, the parentheses inside it blanked
        inner = CREDIT_PARENTHESIS.sub(_blank, below["inner"]).translate(MARKS_BLANKED)
        credited = _credit_line(f"{text[:end]} – {inner}\n", end)
    else:
        # the line break blanked, offsets kept: the line below read as this line's credit
        gap = below.start("dash") - end
        credited = _credit_line(text[:end] + " " * gap + text[end + gap :], end)
    return credited if credited is not None and credited.speaker else None


PAIRING = frozenset(str.split("and und et y e i и і та ve və en och og"))
# What opens or fills the line under a quotation that credits no speaker: a byline, a
# co-author's, a translator's, an interviewer's or a photographer's line.
CREDIT_BELOW_OPENERS = frozenset(
    str.split(
        "by von door par de por avec met com with colaborou mitarbeit foto photo fotos haber "
        "tradução translated vertaling texte text reporting written interview entrevista "
        "photograph photography reportaje traduzione traduit aufgezeichnet rozmawiał "
        "rozmawiała opgetekend перевод editado edited redigiert colaboró pregunta question "
        "frage вопрос"
    )
)
CREDIT_BELOW_REFUSALS = frozenset(
    str.split(
        "contributed reporting führte беседовал беседовала розмовляв розмовляла recueillis "
        "afgenomen interviewed entrevistado traduzido translated vertaald reportage "
        "información informações informazioni material"
    )
)


def _credit_line(text: str, end: int) -> Attribution | None:
    """Return who a credit line after a dash names, when the quotation's paragraph ends on
    one with no reporting verb: the person (with the title before the name), an unnamed
    source ("– A Public Works engineer in Luganville") or a body ("– Finnish Border Guard, in
    a statement"); else None."""
    match = CREDIT_AFTER_QUOTE.match(text, end)
    inline = None if match else INLINE_CREDIT.match(text, end)
    if inline is not None:
        # '"Ми не КС" – Броніслав Райковський. "Гарний указ..." – Тетяна Лукаш.': a credit
        # inside the paragraph names a person, or nothing
        head = inline["credit"].strip()
        people = [n for n in find_names(head) if not n.single]
        if CUE.search(head) or not people or WORD.findall(head)[-1] not in people[-1].text:
            return None
        return _credited_person(head, people[-1])
    if match is None:
        return None
    head = CREDIT_HEAD_END.split(match["credit"], maxsplit=1)[0].strip()
    if CUE.search(head):
        return None  # "– сказал он": an ordinary attribution after dash speech
    words = WORD.findall(head)
    if not words or not words[0][:1].isupper():
        return None
    if words[0].casefold() in INDEFINITE_CREDITS:
        return Attribution(unnamed=True)
    # "—Dr. Zhivago, by Boris Pasternak": a full name beside it makes the title's one a
    # character's or a work's; "—Dr. Strangelove, 1964": a work's year after it
    credit = match["credit"].strip()
    read = credit if credit.startswith(head) else head  # the head and what follows it
    people = [
        n
        for n in find_names(head)
        if not n.single
        or _article_and_title_before(head, n.span.start)
        or (
            _abbreviated_title_before(head, n.span.start)
            and not n.text.endswith(("'s", "’s"))
            and not WORK_AFTER_NAME.match(read, n.span.end)
            and not _names_someone_in_full(credit)
        )
    ]
    if people:
        if _verb_after_first(head, people):
            # "US Secretary of State Hillary Clinton compliments Nelson Mandela": the name
            # before a verb is the credit's subject, the names after it its object
            return _credited_person(head, people[0])
        return _credited_person(head, people[-1])
    paper = listed_medium(head)
    if paper:
        return Attribution(institution=paper)  # "«...» – Liberation"
    body = institution_in(head)
    return Attribution(institution=body) if body else None


def _verb_after_first(head: str, people: list[NameMention]) -> bool:
    """Return True when an English verb in the third person ("compliments", "tells") follows
    the first of several names in a credit, itself no possessive ("Putin's spokesman X")."""
    first = people[0]
    if len(people) < 2 or head[first.span.end - 2 : first.span.end] in ("'s", "’s"):
        return False
    verb = WORD.match(head, first.span.end + 1)
    if head[first.span.end : first.span.end + 1] != " " or verb is None:
        return False
    word = verb[0]
    if word.casefold() in NAME_TOPIC_WORDS:
        return True  # "Söder über Merz", "Michael Klett zum Nobelpreis für Doris Lessing"
    return (
        word.isascii()
        and word.islower()
        and word not in ASKING_CREDIT_VERBS  # "X interviews Y": Y answers
        and len(word) > MIN_CREDIT_VERB
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "ous"))
    )


MIN_CREDIT_VERB = 3  # "tells", "urges"; not "as", "is"
ASKING_CREDIT_VERBS = frozenset(
    str.split("interviews asks questions quotes cites grills presses challenges confronts")
)
# Prepositions of the topic after the first of a credit's names ("Söder über Merz").
NAME_TOPIC_WORDS = frozenset(
    str.split("über about over sobre sur su о об обо про on zu zur zum en à")
)  # "X en respuesta a Y"; not "X im Gespräch mit Y": a venue, then whom he spoke with


# A French digest's credit after the quotation's full stop, "from X": '"...". De François
# Fillon, Premier ministre, commentant ...', '"...".D’Hervé Morin, ministre de la Défense'.
FROM_CREDIT = re.compile(
    r"[ \u00a0]*(\.?)[ \u00a0]*(?:De la |De l[’']|Du |De|D[’'])[ \u00a0]?(?=[^\W\d_])"
)
# What follows the name in a "De X" credit: nothing, a party in parentheses, or a comma and
# the title or a relative clause ("De X, Premier ministre, commentant ...", "De X, qui a
# déjà accusé ..."); not a sentence that fronts its topic ("De Joe Biden, on attendait
# ...", "De X, en revanche, aucune réaction", "D'Emmanuel Macron lui-même, rien", "De
# Jacques Chirac, Emmanuel Macron a salué ...") nor a range ("De X à Y, les syndicats").
# The words that open a sentence's main clause after a fronted "De X, ..."; "en" only when
# no credit's circumstance follows it ("De X, en réaction à ..." is a credit).
FRONTED_CLAUSE_OPENERS = (
    r"on|les|la|le|l|il|elle|ils|elles|nous|personne|rien|aucun|aucune|pas|un|une|des|ce|ces|"
    r"cet|cette|ses|son|sa|leur|leurs|beaucoup|toute|tout|tous|toutes|mais|ni|"
    r"en(?![ \u00a0](?:réaction|réponse|marge|visite|déplacement|meeting)\b)"
)
FROM_CREDIT_REST = re.compile(
    r"[ \u00a0]*(?:\(|[.;]?[ \u00a0]*$|(?<=[ \u00a0])(?:qui|à propos|après|lors|au sujet|sur|"
    r"pour|dans|devant|face|interrogée?|répondant|commentant|évoquant|parlant)\s"
    rf"|,[ \u00a0]*(?!(?:{FRONTED_CLAUSE_OPENERS}|et)\b)[a-zà-ÿ])"
)
# A comma, then the words that open a sentence's main clause after a fronted "De X ...".
FRONTED_TOPIC_CLAUSE = re.compile(rf",[ \u00a0]*(?:{FRONTED_CLAUSE_OPENERS})\b")
MAX_FROM_CREDIT = 200  # characters of the credit where its name is looked for
MAX_RUBRIC_WORDS = 4  # "Persiste et signe -" before a digest's quotation
MAX_FROM_CREDIT_TITLE = 30  # characters after the name's comma read for a title
ANNOUNCED_QUOTATION = re.compile(r":[ \u00a0]*[«“„\"]")  # "ce constat : « ... »"


def _from_credit(item: _ItemText, span: QuoteSpan, end: int) -> Attribution | None:
    """Return the person a French digest's "De X" credit after the quotation's full stop
    names at once, in full ("De Laurent Fabius (PS) à propos de ..."), with the title
    apposed, when the quotation opens its paragraph, a rubric's word and dash at most before
    it ("Raille - « ... »"); not "De plus, ...", "D’une visiteuse ..." (nobody named), nor a
    news sentence's "De X à Y, l'opposition ..." after a cue's quotation."""
    text = item.text
    inner_end = span.end
    following = NEXT_ENTRY_QUOTATION.match(text, end)
    if following:
        # '"...". "...". Du maire de Lyon X': one credit for both
        end, inner_end = following.end(), following.end("words")
    match = FROM_CREDIT.match(text, end)
    if match is None or item.paragraphs[span.first_paragraph].language.code != "fr":
        return None
    if not match[1] and text[max(0, inner_end - 2) : inner_end].rstrip()[-1:] not in ".!?…":
        return None  # the quotation's sentence ends before its credit: "». De" or ". » De"
    lead = text[item.starts[span.first_paragraph] : span.start - len(span.open_mark)].strip()
    bare = QUOTED.sub("", lead).strip(" ,;.")
    rubric = len(WORD.findall(bare)) <= MAX_RUBRIC_WORDS and bare.endswith(("-", "–", "—"))
    if lead and not rubric and bare:
        return None  # not a sentence's words; the entry's quotation before ('"...", "..." De X')
    line = text[match.end() : match.end() + MAX_FROM_CREDIT].split("\n", 1)[0]
    if ANNOUNCED_QUOTATION.search(line) or line.rstrip().endswith(":"):
        return None  # "De Laurent Joffrin dans Libération, ce constat : « ... »": the next
    name = _opening_full_name(line) or _name_after_opening_title(line)
    if name is None:
        return None
    rest = line[name.span.end :]
    if FRONTED_TOPIC_CLAUSE.search(rest):
        return None  # "De Marine Le Pen sur ce dossier, en revanche, aucune réaction"
    apposed = WORD.findall(rest[:MAX_FROM_CREDIT_TITLE])[:1] if rest.startswith(",") else []
    if not FROM_CREDIT_REST.match(rest) and not (apposed and is_title_word(apposed[0])):
        return None  # "De François Fillon, Premier ministre, ...": a capitalised title
    return _credited_person(line, name)


# The entry's next quotation right after a quotation, its full stop after its closing mark
# or inside it before "De" ('"A". "B". De X', '« A. » « B. » Du maire X'): both share the
# "De X" credit after it.
NEXT_ENTRY_QUOTATION = re.compile(
    r"[ \u00a0]*\.?[ \u00a0]*[«“\"](?P<words>[^«»“”\"\n]{1,600})[»”\"][ \u00a0]*"
    r"(?=\.|(?<=[.!?…][ \u00a0][»”\"][ \u00a0])D|(?<=[.!?…][»”\"][ \u00a0])D)"
)
FORMER_WORDS = frozenset(str.split("ancien ancienne ex former"))
MAX_FROM_CREDIT_TITLE_WORDS = 6  # "Du maire de Lyon Gérard Collomb", "De la ministre X"


def _name_after_opening_title(text: str) -> NameMention | None:
    """Return the full name after the title a credit opens with ("maire de Lyon Gérard
    Collomb au sujet de ..."), else None."""
    names = [n for n in find_names(text) if not n.single]
    if not names:
        return None
    lead = WORD.findall(text[: names[0].span.start])
    if lead and lead[0].casefold() in FORMER_WORDS:
        lead = lead[1:]  # "De l'ancienne ministre X", "Du ex-maire"
    if not lead or len(lead) > MAX_FROM_CREDIT_TITLE_WORDS or not is_title_word(lead[0]):
        return None
    return None if any(ch in text[: names[0].span.start] for ch in ",.;:()") else names[0]


def _opening_full_name(text: str) -> NameMention | None:
    """Return the full name ``text`` opens with (a credit's "François Fillon, ..."), else
    None: a lone surname or a name further in opens no credit."""
    names = find_names(text)
    if not names or names[0].span.start != 0 or names[0].single:
        return None
    return names[0]


# A credit with no dash, the rest of the quotation's line: '„...“ CSU-Chef Horst Seehofer',
# '„...“Der Chef der FDP Rheinland-Pfalz, Volker Wissing, via Twitter' (a press reader's
# glued lines); a full stop only after an abbreviation's few letters ("Der stv. SPD-Vize"),
# or closing the credit ("Carlos Queiroz, técnico de Portugal.").
BARE_CREDIT = re.compile(
    r"[.։]?[ \u00a0]*(?P<gap>\n?)"
    r"(?P<credit>(?:[^\n«»“”„\".!?;:()]|(?<!\w{5})\.(?= )|\([^()\n]{1,60}\)(?=[ ,])){2,240}?)"
    r"(?:[ \u00a0]*\([^()\n]{1,60}\))?(?P<stop>\.|։|(?<=[\u0561-\u0587])[ \u00a0]?:)?"
    r"[ \u00a0]*(?:\n|$)"
)
MAX_BARE_CREDIT_WORDS = 14
MAX_NAMED_CREDIT_WORDS = 32  # when the credit opens with the name and its comma
MAX_LONG_CREDIT_LEAD = 3  # words before the name of a long credit ("Restaurant owner X, ...")
MAX_TOPIC_CREDIT_LEAD = 5  # words before the name of a credit closed by its topic
QUOTE_CLOSERS = frozenset("»”“\"'")  # ' closes a quotation its twin opened ('...' X)


# A photo gallery's source closing the credit's line ("... Quelle: dpa", "Foto: AP"), and
# the parties in parentheses inside such a credit ("Heiko Maas, Bundesjustizminister (SPD),").
SOURCE_TAIL = re.compile(
    r"[ \u00a0]+(?:Quelle|Foto|Fotos|Source|Photo|Fuente|Fonte)[ \u00a0]*:[^\n:]{1,40}$"
)
CREDIT_PARENTHESIS = re.compile(r"\([^()\n]{1,40}\)")


def _without_source_tail(text: str, end: int) -> str:
    """Return ``text`` with the source closing the line after the quotation blanked, and
    the parentheses of the credit before it, offsets kept; else ``text`` itself."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    tail = text[end:line_end]
    if not SOURCE_TAIL.search(tail):
        return text
    cleaned = CREDIT_PARENTHESIS.sub(_blank, SOURCE_TAIL.sub(_blank, tail))
    return text[:end] + cleaned + text[line_end:]


def _bare_credit_line(text: str, start: int, end: int) -> Attribution | None:
    """Return the person a line of title and name credits, when it is all that follows the
    quotation to the line's end: the name closes the credit or a comma follows it, and no
    reporting verb or lowercase start makes it a sentence ('"..." Merkel lächelte': no)."""
    untailed = _without_source_tail(text, end)
    tailed, text = untailed != text, untailed
    match = BARE_CREDIT.match(text, end)
    if match is None or text[end - 1 : end] not in QUOTE_CLOSERS:
        return None
    if not (_opens_its_line(text, start) or _after_a_rubric(text, start, end)):
        # the credit of a quotation that fills its line ('"...". ¶ Министр образования
        # Андрей Фурсенко ("Интерфакс")'); not "Протестувальники скандували «...» X, активіст"
        return None
    credit = match["credit"].strip()
    words = WORD.findall(credit)
    if not words or not credit[:1].isupper() or len(words) > MAX_NAMED_CREDIT_WORDS:
        return None
    if CUE.search(credit):
        return None
    # "X, De Standaard, 16 augustus": the paper that printed the words is no other person
    people = [
        n
        for n in find_names(credit)
        if not n.single
        and not listed_medium(n.text)
        and n.text.split()[0].casefold() not in FORMER_WORDS  # "Former Indian" star X
    ]
    topical = bool(people) and _topic_follows(credit, people[0])
    # a title before the name, nothing else: not "Premier Balkenende kijkt terug op de
    # bijdrage van Geert Wilders tijdens ...", "Kritik an Olaf Scholz nach der Wahl", nor
    # "Olaf Scholz in Dresden von Demonstranten ausgebuht" (a caption's or headline's words)
    titles = WORD.findall(credit[: people[0].span.start]) if topical else []
    topical = (
        topical
        and 0 < len(titles) <= MAX_TOPIC_CREDIT_LEAD
        and any(is_title_word(word) for word in titles)
        and all(is_title_word(word) or word.casefold() in ARTICLE_SET for word in titles)
    )
    if topical:
        # "Ministerpräsident Peter Harry Carstensen am Mittwoch im Landtag ... zur
        # Partnerschaft mit der Boom-Provinz Zhejiang": names in the topic are no credit
        people = people[:1]
    if (
        len(people) > 1
        and _opening_name_and_role(credit, people[0])
        and not any(_joined_to_the_credit(credit, other) for other in people[1:])
    ):
        # "José Mujica, ex-presidente ..., ao criticar o presidente Michel Temer": those the
        # credit's role speaks of after the opening name are no other credit
        people = people[:1]
    if len(people) != 1:
        return None  # "Angela Merkel, Horst Seehofer, Markus Söder": a list, no credit
    person = people[-1]
    lead = WORD.findall(credit[: person.span.start])
    apposed = credit[person.span.end :].lstrip().startswith(",")
    if (
        len(words) > MAX_BARE_CREDIT_WORDS
        and not topical
        # no full stop closing it: "Pour le moment Jean Dupont, maire de la ville, ne compte
        # pas se représenter ..." is a sentence
        and not (apposed and (not lead or _short_credit_lead(lead, match["stop"])))
    ):
        # a long credit only after the name and its comma ("Ignatz Bubis, Präsident des
        # Zentralrats der Juden in Deutschland, nach der Rede des Schriftstellers ...",
        # "Restaurant owner Fernando Tejedor, who is campaigning ..."), or its topic
        return None
    # the quotation's sentence closed before the credit, a name alone after it ("«...».
    # Օտտո Ֆոն Բիսմարկ:"): a credit whatever the given name
    closed = text[end : end + 1] in (".", "։") or text[end - 2 : end - 1] in ("!", "?", "…", ".")
    alone = closed and credit == person.text
    titled_after = WORD.findall(credit[person.span.end :].lstrip(" ,")[:40])
    if (
        not is_given_name(person.text.split()[0])
        and not any(is_title_word(w) for w in lead)
        and not _former_holder(lead)
        and not alone
        # "«...» Мишлин Кальми-Рей, президент Швейцарии": the title in the apposition
        and not (apposed and titled_after and is_title_word(titled_after[0]))
    ):
        # '"...," Likoma District ¶ Commissioner X told': a sentence cut short (not "The
        # governor of Punjab province Salmaan Taseer on Twitter": a title names him)
        return None
    if tailed and any(w.islower() for w in lead):
        return None  # a caption's sentence: "Bundeskanzler Scholz lobte Emmanuel Macron."
    rest = credit[person.span.end :].strip()
    if rest and not rest.startswith(",") and not topical:
        return None  # "Angela Merkel lächelte": a sentence about her
    # "Lilian Gonçalves, in Zomergasten (VPRO), 14 augustus.": the date closing a digest's
    # credit is no item of a list
    undated = rest.rsplit(",", 1)[0] if is_date_phrase(rest.rsplit(",", 1)[-1]) else rest
    listed = undated.count(",") > 1 and not _topic_after_role(rest)
    if match["stop"] and (listed or _relative_apposition(rest)):
        # "Keir Starmer, for his part, stayed silent.": a sentence, not "Carlos Queiroz,
        # técnico de Portugal."
        return None
    credited = _credited_person(credit, person)
    if text[end - 1 : end] == "'" and not (
        _after_a_rubric(text, start, end) or _credited_to_its_paper(text, start, end)
    ):
        # "'La sociedad de la nieve'" ¶ "Juan Antonio Bayona, director de cine", "'Inside
        # Number 10 ...' Michael Cockerell (BBC Two)": single marks quote titles as often
        return None
    return credited


# A parenthesis closing a credit's line: the paper that printed the words.
PARENTHESIS_CLOSING = re.compile(r"\(([^()\n]{2,60})\)$")


def _credited_to_its_paper(text: str, start: int, end: int) -> bool:
    """Return True for Cyrillic words in single marks whose credit's line closes with the
    paper that printed them, a paper the media table lists ("'...' Мишлин Кальми-Рей,
    президент Швейцарии ('Аргументы и факты')"), as a Russian digest copied without its
    « » reads; not a book's publisher ("(АСТ)"), nor a Latin title over its author."""
    if not CYRILLIC.search(text[start:end]):
        return False
    line_end = text.find("\n", end)
    line = text[end : line_end if line_end >= 0 else len(text)].rstrip(" .")
    source = PARENTHESIS_CLOSING.search(line)
    return source is not None and listed_medium(source[1].strip("'\"«»“”„ ")) is not None


MAX_FORMER_LEAD = 4  # "Former Indian star", "Former Arsenal and Chelsea defender"


def _former_holder(lead: list[str]) -> bool:
    """Return True for a credit's lead that opens with "former" and joins no one else to the
    name ("Former Indian star Kapil Dev, on ..."): a role, whatever its noun; not "Former
    colleagues of Jo Cox", "Ex trabajadores de Nissan"."""
    return (
        bool(lead)
        and lead[0].casefold() == "former"  # not "Ex dipendenti Fiat", a plural in -i
        and len(lead) <= MAX_FORMER_LEAD
        and not any(w.casefold() in CONNECTOR_SET for w in lead)
        and not lead[-1].casefold().endswith("s")  # "Former residents", plural: a group
    )


def _short_credit_lead(lead: list[str], stop: str | None) -> bool:
    """Return True for the few words before the name of a long credit with no full stop
    ("Restaurant owner X, who ..."): not a preposition governing the name ("Critics of X,
    who ...")."""
    return (
        len(lead) <= MAX_LONG_CREDIT_LEAD and not stop and lead[-1].casefold() not in CONNECTOR_SET
    )


def _topic_follows(credit: str, person: NameMention) -> bool:
    """Return True when the credit's first word after the name is a preposition that says
    where, when or on what the words were said."""
    following = (
        WORD.match(credit, person.span.end + 1)
        if credit[person.span.end : person.span.end + 1] == " "
        else None
    )
    return following is not None and following[0] in CREDIT_TOPIC_WORDS


def _topic_after_role(rest: str) -> bool:
    """Return True when a role between commas is followed by the topic ("Cem Özdemir,
    Vorsitzender von Bündnis 90/Die Grünen, über die Umfragen"), not by a verb."""
    words = rest.rsplit(",", 1)[1].split()
    return rest.count(",") == 2 and bool(words) and words[0] in CREDIT_TOPIC_WORDS


def _joined_to_the_credit(credit: str, person: NameMention) -> bool:
    """Return True when ``person`` is credited with the first, "and" before the name ("Ana
    López, diputada, y Juan Pérez, senador"): two speakers, no one credit."""
    words = credit[: person.span.start].split()
    return bool(words) and words[-1].casefold() in COORDINATORS


def _opening_name_and_role(credit: str, person: NameMention) -> bool:
    """Return True when ``credit`` opens with the person's name, a comma and a lowercase
    word ("Hillary Clinton , candidata ..."), not a list of names ("Angela Merkel, Horst
    Seehofer")."""
    rest = credit[person.span.end :].lstrip()
    role = rest[1:].lstrip()
    # "Heiko Maas, Bundesjustizminister": a German title is capitalised
    opening = WORD.match(role)
    titled = role[:1].islower() or (opening is not None and is_title_word(opening[0]))
    return not person.span.start and rest.startswith(",") and titled


# Relative pronouns that open a clause about the person, not a title ("X, who stayed"): the
# speakers' table, with the German, Polish and Russian forms a credit meets too.
CREDIT_RELATIVES = RELATIVE_PRONOUNS | frozenset(str.split("der das które что кто"))


def _relative_apposition(rest: str) -> bool:
    """Return True when the words after the name's comma open a relative clause."""
    words = rest.lstrip(", ").split()
    return bool(words) and words[0].casefold() in CREDIT_RELATIVES


# A quotation that the words after it call someone's statement: "«...», uma afirmação de
# Paulo Portas", "«...», une déclaration de X", "“...”, a remark by X". The article is
# indefinite or none: "la déclaration de X" may be another one, answered by the quotation.
STATEMENT_OF = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+(?:(?:uma|um|une|un|una|a|an)[ \u00a0]+)?"
    r"(?:afirmação|declaração|frase|déclaration|affirmation|phrase|declaración|afirmación|"
    r"dichiarazione|affermazione|remark|statement|comment)[ \u00a0]+"
    r"(?:de|do|da|of|by|di|del|della|dello|du|des)[ \u00a0]+(?P<rest>[^\n.;!?]{3,120})",
    re.IGNORECASE,
)


def _statement_of(text: str, end: int) -> Attribution | None:
    """Return the person the words after a quotation call its author, the first full name
    of their clause ("..., uma afirmação do biógrafo do Presidente, David Remnick"), else
    None."""
    match = STATEMENT_OF.match(text, end)
    if match is None:
        return None
    people = [n for n in find_names(match["rest"]) if not n.single]
    return Attribution(speaker=base_name(people[0].text)) if people else None


# Italian "Così X" opening the sentence after a quotation, with no verb: "“...”. Così il
# premier Giuseppe Conte, all'arrivo al vertice": so said X. The quotation's own sentence
# may end first ("“Non siamo in guerra” con l'Italia. Così il presidente ...").
COSI_CREDIT = re.compile(
    r"(?:[^\n.!?«»“”\"]{0,80}[.!?…])?[ \u00a0]*(?:Così|Cosi'|Cosí)[ \u00a0]+"
    r"(?P<rest>[^\n.;!?]{3,160})"
)
MAX_COSI_TITLE_WORDS = 8  # "il presidente della Commissione europea,"


def _cosi_credit(text: str, end: int) -> Attribution | None:
    """Return the full name an Italian "Così ..." sentence after the quotation opens with,
    after a title at most, and that title; else None."""
    match = COSI_CREDIT.match(text, end)
    if match is None:
        return None
    rest = match["rest"]
    people = [n for n in find_names(rest) if not n.single]
    if not people or CUE.search(rest, 0, people[0].span.start):
        return None  # "Così ha detto X": the verb's own attribution reads it
    name = people[0]
    words = WORD.findall(rest[: name.span.start])
    if len(words) > MAX_COSI_TITLE_WORDS:
        return None
    if words and not (
        len(words) > 1 and words[0].casefold() in ARTICLE_SET and is_title_word(words[1])
    ):
        return None  # "Così come Mario Draghi", "Così facendo, X", "Così Roma ha salutato"
    role = role_beside(rest[: name.span.start], rest[name.span.end :])
    return Attribution(speaker=name.text, role=role)


# The sentence after a quotation that calls it someone's statement in the possessive:
# "“...”. ¶ This was Minister for Foreign Affairs Franco Frattini’s statement, on ...".
POSSESSIVE_STATEMENT = re.compile(
    r"[ \u00a0]*[.!?…]?\s*(?:This|That|These|Those) (?:was|were|is|are) "
    r"(?P<rest>[^\n.;!?]{3,120}?)['’]s? (?:statement|words|comments?|remarks|message|reply)\b"
)


# An impersonal verb of reading right after a quotation, then where it is read.
READ_IN_A_PAPER = re.compile(
    r"[\s,—–-]*(?P<verb>peut-on lire|lit-on|on peut lire|lezen we|klinkt het|leggiamo|"
    r"si legge|leemos|se lee|lesen wir|we read|lê-se|podemos ler)\s+"
    r"(?:dans|in|bij|en|nel|nella|sul|sulla|im|no|na|em)\s+"
)
MAX_READ_PAPER_WORDS = 6  # "le quotidien The New York Times"
MAX_READ_PAPER_LEAD = 3  # "het Algemeen Dagblad", "le quotidien britannique The Guardian"
CITING = re.compile(
    r",\s*(?:qui cite|citant|qui rapporte|che cita|citando|que cita|que recoge|según|segundo|"
    r"citing|quoting|which quoted|which cited|selon|que ouviu|qui a interrogé|who spoke to|"
    r"que entrevistó|che ha sentito)\b"
)


def _read_in_a_paper(after: str) -> Attribution | None:
    """Return the paper a verb of reading right after the quotation reads the words in
    ("», peut-on lire dans Le Monde", "”, lezen we bij De Telegraaf", "”, klinkt het bij de
    krant": a paper's noun, the paper named last), else None."""
    reading = READ_IN_A_PAPER.match(after)
    if reading is None:
        return None
    line = after[reading.end() :].split("\n", 1)[0]
    if CITING.search(line):
        return None  # "», peut-on lire dans Le Monde, qui cite X": X's words
    tokens = line.split()[:MAX_READ_PAPER_WORDS]
    words = [w.strip('.,;:!?)»”"') for w in tokens]
    # a paper's name is written capitalised, after an article or its noun at most ("dans le
    # quotidien Le Monde"), and closes the clause ("dans la presse locale", "in der Welt der
    # Wissenschaft", "dans La Tribune de Genève" name no listed paper)
    for start, word in enumerate(words[:MAX_READ_PAPER_LEAD]):
        if word[:1].isupper():
            for size in range(len(words), start, -1):
                closes = size == len(line.split()) or tokens[size - 1] != words[size - 1]
                listed = listed_medium(" ".join(words[start:size])) if closes else None
                if listed is not None:
                    return Attribution(cue=reading["verb"], institution=listed)
            break
        if word.casefold() not in ARTICLE_SET and word.casefold() not in PAPER_NOUNS:
            break
    noun = next((w for w in words[:2] if w.casefold() in PAPER_NOUNS), None)
    return Attribution(cue=reading["verb"], speaker=noun) if noun else None


# The sentence right after a quotation that calls it someone's words: "“...”: queste le
# parole di Luigi Di Maio", "ce sont les mots de X", "fueron las palabras de X", "these
# were the words of X".
WORDS_OF_AFTER = re.compile(
    r"[ \u00a0]*[:.,]?\s*(?:queste|ecco|these|those|ce|tels|telles|fueron|foram|estas|esas)\s+"
    r"(?:sono\s+|erano\s+|were\s+|are\s+|sont\s+|fueron\s+|foram\s+)?"
    r"(?:le|las|les|as|the)\s+(?:parole|palabras|propos|mots|palavras|words)\s+"
    r"(?:di|de|do|da|del|of|du)\s+(?P<rest>[^\n.;!?]{3,120})",
    re.IGNORECASE,
)


def _words_of(text: str, end: int, before: str) -> Attribution | None:
    """Return the person the sentence after the quotation says the words were of, when the
    quotation opens its sentence, ``before`` (the clause before it) holding no word (not "X
    ha risposto: «...». Queste le parole di Y")."""
    match = WORDS_OF_AFTER.match(text, end)
    if match is None or WORD.search(before):
        return None
    rest = match["rest"]
    people = [n for n in find_names(rest) if not n.single]
    if not people:
        return None
    name = people[0]
    if name.text.endswith(("'s", "’s", "'", "’")) or rest[name.span.end :][:1] in ("'", "’"):
        return None  # "the words of Donald Trump's lawyer, Alina Habba", "Chris Williams' lawyer"
    # "le parole di ieri del ministro X": another's words, or another time
    return _named_after_titles(rest, name, lambda w: w.casefold() in ARTICLE_SET)


def _possessive_statement(text: str, end: int) -> Attribution | None:
    """Return the person whose statement the sentence after the quotation says it was."""
    match = POSSESSIVE_STATEMENT.match(text, end)
    if match is None:
        return None
    rest = match["rest"]
    people = [n for n in find_names(rest) if not n.single]
    if not people or rest[people[-1].span.end :].strip():
        return None  # the possessor ends the words: "Franco Frattini’s statement"
    # "This was in response to X's remarks", "These are not X's words": not a statement's
    return _named_after_titles(rest, people[-1], lambda w: w in CONNECTOR_SET)


def _named_after_titles(
    rest: str, name: NameMention, allowed: Callable[[str], bool]
) -> Attribution | None:
    """Return ``name`` as the speaker, with the title written before it in ``rest``, when
    every lowercase word before it is a title or ``allowed`` (an article, a connector);
    else None: other words there make the name someone other than the speaker."""
    lead = WORD.findall(rest[: name.span.start])
    if any(w[:1].islower() and not is_title_word(w) and not allowed(w) for w in lead):
        return None
    return Attribution(speaker=name.text, role=role_beside(rest[: name.span.start], ""))


def _opens_its_line(text: str, start: int) -> bool:
    """Return True when nothing but its opening mark (or a bold mark) stands before the
    quotation starting at ``start`` on its line: an item's paragraphs are its lines, so the
    quotation opens its paragraph ("«...» ¶ Министр ... Андрей Фурсенко"), unlike one inside
    a sentence ("Протестувальники скандували «...» X, активіст")."""
    before = _before_on_its_line(text, start)
    return len(before) <= 1 and not WORD.search(before)


def _before_on_its_line(text: str, start: int) -> str:
    """Return what stands before ``start`` on its line, spaces and bold marks stripped."""
    return text[text.rfind("\n", 0, start) + 1 : start].strip(" \u00a0*")


def _after_a_rubric(text: str, start: int, end: int) -> bool:
    """Return True when only a digest's rubric stands before the quotation on its line: a
    few words closed by a full stop or a dash, with no verb of speech ("Manos vacías. "...".
    Ministro de Obras Públicas X", "Persiste et signe - « ... »"); the quotation is said
    words, a sentence or a clause, not a book's title ("Cien años de soledad")."""
    quoted = text[start:end].rstrip("".join(QUOTATION_MARKS))
    if len(quoted.split()) < MIN_RUBRIC_QUOTATION_WORDS and not SAID_INSIDE.search(quoted):
        return False
    label = _before_on_its_line(text, start).rstrip(OPENING_MARKS + " \u00a0")
    rubric = label.rstrip("' ")  # a straight single mark too: "Цитаты дня: '...'"
    if rubric.endswith(":") and _digest_title(rubric[:-1]):
        return True  # "Цитаты дня: '...' Владимир Путин": the digest's rubric on the line
    return (
        label.endswith((".", "-", "–", "—"))
        and 0 < len(WORD.findall(label)) <= MAX_RUBRIC_WORDS
        and not CUE.search(label)
    )


MIN_RUBRIC_QUOTATION_WORDS = 8
SAID_INSIDE = re.compile(r"[,;:.!?…]\s")  # a clause's or a sentence's end inside the words


def _quoting_sentence_before(before: str) -> Attribution | None:
    """Return the attribution of the finished sentence right before a quotation when it
    quoted someone itself, read after its own closing mark (``Quant à la chute de Bachar
    al-Assad, « ... », assure Jean-Noël Barrot. « ... », explique-t-il``): the speaker there
    is the one named after the verb, not the first name of the sentence."""
    if not before.rstrip().endswith((".", "!", "?")):
        return None
    closed = [m.end() for m in QUOTED.finditer(before)]
    if not closed:
        return None
    found = attribute_after(before[closed[-1] :].rstrip(), ())
    return found if found is not None and found.speaker else None


def _credited_person(head: str, person: NameMention) -> Attribution:
    """Return the attribution to the person a credit names, with the title before the name."""
    # the title before the name, else the one apposed after it ("Carlos Queiroz, técnico de
    # Portugal")
    role = role_beside(head[: person.span.start], head[person.span.end :])
    return Attribution(speaker=person.text, role=role)


MIN_LONE_SURNAME = 6  # "Kubicki"; not "Inps", "Istat", "Elect" after a title


def _surname_after_title(text: str, name: NameMention) -> bool:
    """Return True when a lone word after a title reads as a surname: long enough, no given
    name, no complement after it ("el Alto Comisionado de la ONU") and no comma closing a
    genitive ("Der Oberbürgermeister Münchens, Dieter Reiter", "der Ministerpräsident
    Bayerns")."""
    word = name.text
    return (
        len(word) >= MIN_LONE_SURNAME
        and not (is_given_name(word) or is_listed_given_name(word))
        and not BODY_COMPLEMENT.match(text, name.span.end)
        and not text.startswith(",", name.span.end)
        and not (word.endswith("s") and word[:-1].endswith(PLACE_GENITIVE_STEMS))
    )


# German places in the genitive after a title: "der Ministerpräsident Bayerns", "Münchens",
# "Frankreichs", "Hamburgs".
PLACE_GENITIVE_STEMS = ("ern", "en", "land", "reich", "burg", "stadt", "berg", "dorf")


def _after_a_turkic_title(text: str, name: NameMention) -> bool:
    """Return True for a lone surname right after a Turkish or Azerbaijani office in its
    possessive ("Irak Başbakanı Abadi, “...” dedi"): the title's complement comes before it,
    so the word after it is the holder's name; not a body's noun ("Bölümü")."""
    words = WORD.findall(text[max(0, name.span.start - MAX_LEAD_WORD) : name.span.start])
    return (
        bool(words)
        and words[-1].casefold().startswith(TURKIC_OFFICES)
        and words[-1].casefold().endswith(TURKIC_POSSESSIVE_VOWELS)
        and not is_institution_word(name.text)
        and text[: name.span.start].endswith(words[-1] + " ")
        and TURKIC_ONLY_LETTERS.search(text) is not None
        and len(name.text) >= MIN_TURKIC_LONE_SURNAME
        and not is_given_name(name.text)
        and not APOSTROPHE_CASE.search(name.text)  # "Valisi Brüksel'e", "Fenerbahçe'nin"
        and not PLACE_NOUN_AFTER.match(text, name.span.end)  # "Valisi Reyhanlı ilçesinde"
    )


APOSTROPHE_CASE = re.compile(r"['’]\w+$")
PLACE_NOUN_AFTER = re.compile(r"\s+(?:ilçe|il|kent|şehr|mahalle|köy|rayon|bölge)\w*")


TURKIC_POSSESSIVE_VOWELS = ("ı", "i", "u", "ü")
# Offices whose holder's surname follows them (not trades: "üreticisi Alpenkern" names a firm)
TURKIC_OFFICES = (
    "başbakan",
    "cumhurbaşkan",
    "başkan",
    "bakan",
    "sözcü",
    "vali",
    "büyükelçi",
    "komutan",
    "lider",
    "prezident",
    "nazir",
)
MIN_TURKIC_LONE_SURNAME = 4  # Abadi, Esad; not a letter's abbreviation


# A title's abbreviation right before a surname in a credit ("—Gov. Baker on his future
# plans", "—Sen. Crighton responding to ..."): a person, as a full name is.
ABBREVIATED_TITLE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,3})\.[ \u00a0]$")
# "—Mr. Bean's Holiday", "—Dr. Strangelove (1964)": a work's title, no person.
# ...nor "—Dr. Strangelove, 1964", "—Gen. Patton (1970 film)", "—Mr. Robot, season one".
WORK_AFTER_NAME = re.compile(
    r"['’]s\b|,? \(?\d{4}\b|,? (?:season|series|episode|chapter|part|vol(?:ume)?)\b"
)
CREDIT_TITLE_ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(str.split("sen pres prof cllr supt"))


def _names_someone_in_full(credit: str) -> bool:
    """Return True when a credit names someone in full, a given name first."""
    return any(not n.single and is_given_name(n.text.split()[0]) for n in find_names(credit))


def _abbreviated_title_before(text: str, start: int) -> bool:
    """Return True when a title's abbreviation and its dot stand right before ``start``."""
    found = ABBREVIATED_TITLE_BEFORE.search(text, max(0, start - MAX_LEAD_WORD), start)
    return found is not None and found[1].casefold() in CREDIT_TITLE_ABBREVIATIONS


def _article_and_title_before(text: str, start: int) -> bool:
    """Return True when the words right before ``start`` are an article and a title (``der
    Bundestagsvizepräsident``, ``le ministre``): without the article, the word after a title
    is as often its complement ("Эксперт Центра", "Starostka Hrádku")."""
    words = WORD.findall(text[max(0, start - MAX_LEAD_WORD) : start])
    return (
        len(words) > 1
        and words[-2].casefold() in ARTICLE_SET
        and is_title_word(words[-1])
        and text[:start].endswith(words[-1] + " ")
    )


def _close_cue(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True when a reporting verb is right next to a short quotation.

    ``« Non », a dit X`` is a quotation; ``le quotidien « Zerkalo »`` or a scare quote is not.
    """
    end = span.end + len(span.close_mark)
    # The window takes in the opening mark: a sentence ends only before one.
    lead_in = before_window(item.text, span.start)[0].rstrip('«„“"‹» \n')
    if (not lead_in or lead_in[-1] in ":.!?") and _pointed_back_at(item.text, end) is not None:
        # "«Мы справимся». Об этом заявил X": the next sentence says who spoke; not a title
        # after its noun ("премьеру спектакля «Гамлет». Об этом сообщил X")
        return True
    # whole: "буксира «Каховка» скаржиться: «...»" announces the next quotation; the verb
    # with nothing after it would make the ship's name a quotation
    after = after_window(item.text, end, whole=True)
    cue = after_quote_cue(after) or CUE.search(after)
    lead = after[: cue.start()] if cue else ""
    # "« Non », a dit X": punctuation between; "« Zerkalo » note que": the name is the subject.
    punctuated = any(ch in ",—–" for ch in lead) or item.text[span.end - 1 : span.end] in ",!?.…"
    lowercase = [w for w in lead.split() if w.isalpha() and w.islower()]
    if cue and punctuated and all(PRONOUN.fullmatch(w) for w in lowercase):
        # "« Non », a dit X" opens its sentence; "will das Paket „nicht blockieren“, sagte
        # ein Beamter" quotes two words inside someone else's sentence: a term.
        return not lead_in or lead_in[-1] in ":—–-,"
    if cue and not lead.strip() and not after[cue.end() :].strip(" .\n"):
        return True  # “Erivan ateşle oynuyor” ifadelerini kullandı.
    if TURKISH_WORDS_NOUN.match(after):
        return True  # 'Putin'in "sessiz kalmayacağız" dediğini yazdı': said, not a term
    before, _ = before_window(item.text, span.start - 1)
    if before.rstrip().endswith(",") and BEFORE_CUE.search(before) is not None:
        return True  # "X-ის თქმით, „...“", "Selon lui, « ... »"
    # "X a dit : « Non »"; "« Siamo pronti », ha detto X, « a firmare »": the part after
    # the attribution of a cut sentence. Not past a parenthesis opened since: "a conclu M.
    # X. (« Ayna », « Zerkalo »)" lists the papers it was read in.
    opened = before.rfind("(")
    if opened > before.rfind(")"):
        before = before[opened + 1 :]
    return before.rstrip()[-1:] in (":", ",", "—", "–") and CUE.search(before) is not None


# Turkish participles and nouns of saying whose subject or owner is a genitive right
# before the quotation, a dative object at most between ("Erdoğan'ın Fransız mevkidaşına
# “...” dediği aktarıldı")
TURKISH_OWNED_WORDS = re.compile(
    r"\s*(dediğini|dediği|dediklerini|sözünü|sözlerini|ifadesini|ifadelerini)(?!\w)"
)
TURKISH_GENITIVE_NAME_BEFORE = re.compile(
    r"(?<![\w'’])(?P<name>[A-ZÇĞİÖŞÜ][\w-]+(?: [A-ZÇĞİÖŞÜ][\w-]+){0,2})"
    + APOSTROPHE_GENITIVE_ENDING
    + r"(?:(?: [A-ZÇĞİÖŞÜa-zçğıöşü]\w*)? (?:mevkidaş|meslektaş|muhatab)\w*(?:na|ne))?\s*$"
)  # his counterpart at most between, in the dative: "Erdoğan'ın Fransız mevkidaşına “...”"


# A word in the Turkish genitive ending the text before a quotation ("Bakanın", "Onun").
TURKISH_GENITIVE_WORD = re.compile(r"\w(?:['’]?n?[ıiuü]n)\s*$")


def _after_a_genitive(item: _ItemText, mark: int) -> bool:
    """Return True when the word right before the quotation's mark is in the Turkish
    genitive ("Bakanın", "Erdoğan'ın", "Onun")."""
    return TURKISH_GENITIVE_WORD.search(item.text, max(0, mark - 40), mark) is not None


TURKISH_TEXT_NOUNS = frozenset(
    str.split("anayasa yasa kanun tüzük sözleşme rapor karar bildiri genelge yönetmelik metin")
)


def _genitive_owner(text: str, mark: int) -> re.Match[str] | None:
    """Return the Turkish genitive name right before the quotation's mark at ``mark`` (his
    counterpart in the dative at most between), not a body's: "Kılıçdaroğlu, Erdoğan'ın
    “...” dediğini hatırlattı" gives Erdoğan's words."""
    owner = TURKISH_GENITIVE_NAME_BEFORE.search(text, 0, mark)
    if owner is None or is_institution_word(owner["name"].split()[-1]):
        return None
    if owner["name"].split()[-1].casefold() in TURKISH_TEXT_NOUNS:
        return None  # "Anayasa'nın “...” ifadesini içeren 2. maddesi": a text's words
    return None if country_code(owner["name"]) else owner  # "Türkiye'nin “...” ifadesi"


# Turkish participles of saying and the noun of a comment right after short words: "..."
# dediğini (that he said), diyerek, yorumunu yaptı. Not "dediği" (what the locals call "ölü
# göl") nor "ifadesi", "sözü" (the word "geçici"): a term.
TURKISH_WORDS_NOUN = re.compile(r"\s*(?:dediğini|dediklerini|diyerek|yorumunu)\b")


# An interview's turn opening with its speaker's name in capitals and a colon: "–
# HERMAN VAN ROMPUY : In 1992 onderhandelden we ...".
CAPS_LABEL = re.compile(CAPITALS_NAME + r"[ \u00a0]?:[ \u00a0]")


# A dash turn's label of initials: "– Е. Д.: Расскажите о себе".
INITIALS_LABEL = re.compile(r"((?:[A-ZÀ-ÞА-ЯЁІЇЄҐ]\.[ \u00a0]?){2,4})[ \u00a0]?:[ \u00a0]")


def _caps_label(span: QuoteSpan) -> Attribution | None:
    """Return the speaker a dash turn names in capitals or by initials before a colon, else
    None (the initials are resolved against the document's persons later)."""
    if not span.open_mark or span.open_mark not in DASHES:
        return None
    match = CAPS_LABEL.match(span.text)
    name = _capitals_as_name(match[1]) if match else None
    if name is None and (initials := INITIALS_LABEL.match(span.text)):
        name = initials[1].strip()
    return Attribution(speaker=name) if name else None


def _label_over_turn(item: _ItemText, span: QuoteSpan) -> Attribution | None:
    """Return who the label line over a dash turn names ("Փաշինյան." ¶ "— ..."): the person,
    or nobody named for a title alone ("Պատգամավոր.", a deputy); else None."""
    if span.open_mark not in DASHES or not span.first_paragraph:
        return None
    if item.text[item.starts[span.first_paragraph] : span.start].strip(OPENING_MARKS + " "):
        return None
    last = item.paragraphs[span.last_paragraph]
    paragraph_end = item.starts[span.last_paragraph] + len(last.text)
    if item.text[span.end + len(span.close_mark) : paragraph_end].strip(AFTER_CLOSING_MARK):
        return None  # "— ..., — сказал газете фермер": the turn says who speaks
    label = item.paragraphs[span.first_paragraph - 1].text
    if not TURN_LABEL.match(label) or item.text[span.end - 1 : paragraph_end].rstrip()[-1:] == ";":
        return None  # "Программа:" over "— Концерт;": a list's point
    words = WORD.findall(label)
    if is_title_word(words[-1]) or not words[0][:1].isupper():
        return Attribution(unnamed=True)  # "Պատգամավոր.": a deputy, unnamed
    if len(words[0]) == 1 and len(words) > 1:
        words = words[1:]  # "Д. Песков:": the surname, which the text names in full
    return Attribution(speaker=" ".join(words))


def _unlabelled_question(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True for a dash turn that asks, with no label, in an item whose other turns
    are labelled with their speakers in capitals: the interviewer's question."""
    if not span.open_mark or span.open_mark not in DASHES or not span.text.rstrip().endswith("?"):
        return False
    return any(
        p.text[:1] in DASHES and CAPS_LABEL.match(p.text[1:].lstrip()) is not None
        for p in item.paragraphs[:MAX_LABEL_LOOK_BACK]
    )


def _credit_sentence(after: str, found: Attribution) -> bool:
    """Return True for a sentence after a closed quotation that is its credit and nothing
    else, the name and the verb ('... eating dinner." First Deputy Superintendent Anthony
    Riccio said.'): no news of its own, so no new sentence whatever its full stop."""
    if not after.rstrip().endswith(".") or any(mark in after for mark in QUOTATION_MARKS):
        # '... rumeur. » Meunier insiste : « ... »', '..." "Coral stone ...," X said.': the
        # next quotation's lead or credit
        return False
    sentence = after.strip().rstrip(".").rstrip()
    if not found.speaker or not found.cue or found.speaker not in sentence:
        return False
    if found.cue.casefold().split()[-1].startswith(AGREEMENT_VERBS):
        return False  # '"..." John Roe agreed.', "Prosecutors disagreed.": another's view of it
    named = f"{found.role} {found.speaker}" if found.role else found.speaker
    # nothing but the name, its title and the verb: "Senator Smith never said", "Smith was
    # told", "Muhtar, köylülerin ... olduğunu vurguladı" say more
    return sentence in (f"{named} {found.cue}", f"{found.speaker} {found.cue}") or (
        sentence in (f"{found.cue} {named}", f"{found.cue} {found.speaker}")
    )


# Verbs of one who agrees or disagrees with, confirms or denies what someone else said.
AGREEMENT_VERBS = (
    "agree",
    "disagree",
    "concur",
    "confirm",
    "den",
    "disput",
    "object",
    "reject",
    "contest",
    "differ",
    "echo",
    "nodd",
)


def _leads_to_the_next_quotation(text: str, span: QuoteSpan, after: str) -> bool:
    """Return True when the quotation closes its sentence and the next sentence, opened with
    a capital, leads to a quotation of its own in the same marks ('... proportioneel?” En
    Tjitske Biersteker ... stelde dat op basis “...'): its cue and subject are that one's."""
    closed = text[: span.end].rstrip()[-1:] in ".!?…"
    opens = after.lstrip(" \u00a0")[:1].isupper()
    first = WORD.match(after.lstrip(" \u00a0"))
    if first is not None and first[0].casefold() in BACK_REFERENCES:
        return False  # "«...?» Lo chiede il senatore X", "„...!“ So rief X": this one's cue
    return closed and opens and bool(span.open_mark) and span.open_mark in after


# Words opening a sentence that point back at the quotation before it ("Lo chiede il
# senatore X", "So rief X", "Tak powiedział X", "Об этом заявил X").
BACK_REFERENCES = frozenset(
    str.split(
        "so das dies lo così cosi así asi eso esto tak to ce c'est c’est cela this that "
        "those these such thus этот эти об так такими такие tako ten ta takie taki questo "
        "queste"
    )
)


MAX_LABEL_LOOK_BACK = 40  # paragraphs read for a labelled turn: bounded per quotation
MIN_QUESTIONS = 2  # an interviewer's unquoted questions in an item of answers


def _attribution(item: _ItemText, span: QuoteSpan) -> Attribution:
    """Return who a quotation is attributed to: the clause after it first, then before it."""
    end = span.end + len(span.close_mark)
    labelled = _caps_label(span) or _label_over_turn(item, span)
    if labelled is not None:
        return labelled
    if _unlabelled_question(item, span):
        return Attribution(unnamed=True)  # the paper's question between labelled answers
    # the windows around the quotation, read once: "the latter" looks at both first
    window_after = after_window(item.text, end)
    window_before, begin = before_window(item.text, span.start - 1)
    latter = latter_speaks(window_before, window_after)
    if latter is not None:
        return Attribution(cue=latter[0], anaphoric=True, latter=True, gender=latter[1])
    credited = (
        _credit_line(item.text, end)
        or _from_credit(item, span, end)
        or _bare_credit_line(item.text, span.start, end)
        or _statement_of(item.text, end)
        or _possessive_statement(item.text, end)
        or _words_of(item.text, end, window_before)
    )
    if credited is not None:
        return credited
    after = _without_photo_credits(window_after)
    if _leads_to_the_next_quotation(item.text, span, after):
        after = ""
    read = _read_in_a_paper(after)
    if read is not None:
        return read
    found = attribute_after(after, _window_bold(item.bold, end))
    if found is None and not CUE.search(after):
        found = _cosi_credit(item.text, end)  # no verb of its own: "... . Così il premier X"
    owned = TURKISH_OWNED_WORDS.match(after)
    mark = span.start - len(span.open_mark)
    if owned is not None and found is not None and found.speaker and _after_a_genitive(item, mark):
        # "Bakanın “...” dediğini hatırlatan Eğilmez", "Erdoğan'ın “...” dediğini söyleyen
        # Bahçeli": the genitive said it, the name after the participle only recalls it
        found = None
    if owned is not None and (found is None or found.speaker is None):
        owner = _genitive_owner(item.text, mark)
        words = owner["name"].split() if owner is not None else []
        titles = next((i for i, w in enumerate(words) if not is_title_word(w)), len(words))
        if words[titles:]:
            # "Putin'in “sessiz kalmayacağız” dediğini yazdı", "Cumhurbaşkanı Erdoğan'ın “...”
            # sözünü manşetten verdi": the words are the genitive's
            role = " ".join(words[:titles]) or None
            return Attribution(speaker=" ".join(words[titles:]), role=role, cue=owned[1])
    # '"..." _Romano Prodi_': a name alone after a whole sentence, to the line's end
    name_alone = None
    if found is None and item.text[: span.end].rstrip()[-1:] not in ",;:":
        found = name_alone = name_alone_after(after)
    closed = (
        _sentence_closed(item.text, span, after)
        or opens_contrast(after)
        or _opinion_after_an_outcry(item.text, span, after, found)
    )
    credit = _credit_sentence(after, found) if found is not None else False
    # a quotation standing alone, which a bare credit sentence after it may name; not one a
    # sentence brings in ('Trump wrote he was "a disgrace." Tillis responded.')
    credit = credit and _opens_its_sentence(item.text, span)
    if found is not None and closed and not name_alone and not credit:
        found = None  # '... discharge." Nakhon Phanom governor X told the paper': a new sentence
    contrast = contrast_within(after) if found is not None else None
    if contrast is not None and not CUE.search(after, 0, contrast):
        # 'no “...” com um buldogue, enquanto o editor X escreve': a cue after "while" is
        # the other clause's (not '«...», dijo, mientras recorría la zona, X': it came first)
        found = attribute_after(after[:contrast], _window_bold(item.bold, end))
    before = _without_paper_told(_without_photo_credits(window_before))
    if not before.strip() and begin > 0 and item.text[begin - 1] == "\n":
        # Speech announced at the end of the previous paragraph ("X заявил:" / "— ...").
        previous, start = before_window(item.text, begin - 1)
        if (
            _announces(previous)
            and not (_papers_question(item, span) and _to_a_paper(previous))
            # "«...», - ասաց Ավանեսյանը:" ¶ "«...», - կատակեց վարչապետը:": Armenian types its
            # full stop as a colon; a quotation with its own cue is announced by nothing
            and not (found is not None and _armenian_full_stop(previous))
        ):
            # "X falou à «Folha»:" over "— O que falta?" ¶ "— Gente e água.": the paper asks
            before, begin = previous, start
    quoting = _quoting_sentence_before(before)
    if (
        quoting
        and found
        and not agrees(pronoun_gender(found.pronoun), given_name_gender(quoting.speaker or ""))
    ):
        quoting = None  # "..., said prosecutor Anna Lee. “I am sorry,” he said": not her
    earlier = quoting or attribute_before(before, _window_bold(item.bold, begin))
    if earlier is not None:
        earlier = _interviewed_before_colon(before, earlier)
    if earlier is not None and earlier.pronoun and _relative_before_cue(before, earlier.cue):
        # "He did not convince The Guardian, which says it was “...”": the relative's
        # antecedent speaks, not the sentence's subject
        earlier = Attribution(cue=earlier.cue)
    possessor = _possessor_of_the_words(item.text, span) if found is None else None
    if possessor is not None:
        return possessor
    if found is None and not (earlier and (earlier.speaker or earlier.institution)):
        # "«...». Об этом заявил X": only when nothing before the quotation names its speaker
        pointed = _pointed_back_at(item.text, end)
        if pointed is not None:
            return pointed
    if earlier is not None and earlier.speaker and before.rstrip(" *").endswith("?"):
        earlier = None  # "**Wat zegt het waterschap?** „...”": a question's verb, no speaker
    if found is None:
        return earlier or Attribution()
    if (
        earlier is not None
        and earlier.speaker
        and _closes_on_question(item.text, span.end)
        and item.text.startswith(":", end + len(after))
    ):
        # 'X le preguntó: “¿...?”, el jefe de Estado respondió: “...”': the clause after the
        # question announces the answer; the one named before asked it.
        return earlier
    if (
        earlier is not None
        and (earlier.speaker or earlier.institution or earlier.role)
        and coordinated_cue(after)
    ):
        # "X ha asegurado que «...» y ha recordado que": X's first verb; "La ministra ha
        # insistido en que Y «...» y ha asegurado": the minister's
        return earlier
    if earlier is not None and earlier.speaker and _and_a_named_subject(after):
        # "Per il ministro X, la vittoria è possibile «...» ed Enrico Letta - che ... -
        # ribadisce «...»": the verb after "and" is the next person's, for the next words
        return earlier
    if (
        earlier is not None
        and (earlier.speaker or earlier.institution)
        and ends_with_complementizer(before)
        and opens_new_subject(after)
        # not "e quem o diz é o ministro X": a person the clause after names may speak
        and not any(not n.single and not listed_medium(n.text) for n in find_names(after))
    ):
        # "X escreve no Times que “...” e um Daily Express ... pede aos leitores": the words
        # are what X's verb reports; the clause after has a subject and a cue of its own
        return earlier
    if found.speaker is None and found.institution is None and not found.role and not found.pronoun:
        # Turkish/Azerbaijani order: "Bakanlık açıklamasında, “...” denildi".
        lead = before.lstrip(LEADING_PUNCTUATION)
        if found.anaphoric and unnamed_source(lead):
            return Attribution(cue=found.cue)  # "Bir diplomatik kaynak, “...” dedi."
        # "A governante garantiu que a empresa ... "...". "Não haverá ...", acrescentou": a
        # finished sentence that quoted its own speaker names no body for this verb.
        # ... nor one whose subject is a title ("Questionado sobre se o Governo português
        # ..., o ministro escusou-se a responder. «...», disse."): the body is its topic
        finished = lead.rstrip().endswith((".", "!", "?", "…")) and (
            QUOTED.search(lead) or _titled_subject_after_comma(lead)
        )
        author = turkic_statement_author(lead)
        earlier_text = item.text[max(0, span.start - SURNAME_REACH) : span.start]
        if author and _surname_of_someone(earlier_text, author):
            author = None  # "Kalkavan'ın açıklamasında": the statement of a person named before
        institution = None if finished else author or institution_in(lead, 30)
        if institution and not author and _titled_body(institution):
            institution = None  # "Prezes spółdzielni nie kryje ...": the body's president
        if (
            institution
            and not author
            and earlier is not None
            and earlier.speaker
            and lead.rstrip().removesuffix(",").endswith(earlier.speaker.split()[-1])
        ):
            # "Cumhur İttifakı konusunda ... dile getiren Çelik, “...” dedi": the name right
            # before the quotation's comma is the subject; the body is the topic
            institution = None
        if institution and not author and _known_surname_leads(earlier_text, lead):
            # "Bielsa explicó que el ayuntamiento ...", "...", añadió": the person named
            # before opens the sentence; the body is what he spoke about
            institution = None
        # "Bulgaristan Ulaştırma Bakanlığı'ndan yapılan açıklamada": a statement of the body,
        # whose name may look like a person's; "Genel Müdürü Anna Lindqvist ... açıklamada":
        # a person's statement.
        people = [n.text for n in find_names(lead) if not n.single]
        if institution and (
            not people
            or (STATEMENT.search(lead) and all(_within(name, institution) for name in people))
            or (_court(institution) and all(name in institution for name in people))
        ):
            return Attribution(cue=found.cue, institution=institution)
    if found.anaphoric and found.speaker is None and indefinite_topic(before):
        return Attribution(cue=found.cue, unnamed=True)  # 'bir çiftçi ise "..." diye konuştu'
    if found.anaphoric and found.speaker is None and earlier is not None and earlier.unnamed:
        return Attribution(cue=found.cue, unnamed=True)  # 'bir esnaf gazetesine, "..." dedi'
    titled = title_subject(before) if found.anaphoric and not found.role else None
    if found.speaker is None and titled:
        # "Bakan Yardımcısı, X çerçevesinde ... belirterek «...» diye ekledi": the title
        # opening the sentence is the subject of the verb after the quotation.
        return replace(found, role=clean_role(titled), subject_leads=True)
    if (
        found.speaker is None
        and earlier is not None
        and earlier.speaker
        and (found.anaphoric or _bare_cue(found, after))
        and not is_plural(found.cue)  # "— зазначили в ОВА": the body's people, not him
        and not (found.role and proxy_role(found.role))
        and not _verbs_disagree(earlier.cue, found.cue)
        and agrees(pronoun_gender(found.pronoun), listed_gender(earlier.speaker))
        and not _answered_earlier(before, earlier, found, item.text[: span.start])
    ):
        # "X, « ... », a-t-il ajouté"; not "« ... », a déclaré le porte-parole du ministre".
        return Attribution(speaker=earlier.speaker, role=earlier.role or found.role, cue=found.cue)
    return found


TITLE_REACH = 1500  # characters before a clause searched for the title a cue repeats
# Characters before a quotation searched for the full name a lone surname belongs to: a
# bounded window keeps an item of thousands of quotations linear.
SURNAME_REACH = 5000


def _titled_body(phrase: str) -> bool:
    """Return True for a title then its body (``Prezes spółdzielni``, ``Directeur de
    l'office``): a person named by office, not the body speaking."""
    words = WORD.findall(phrase)
    if len(words) < 2 or is_institution_word(words[0]) or any(map(is_title_word, words[1:])):
        return False  # "Milli Savunma Bakanlığı": the ministry's own name, its noun last
    # "Dışişleri Bakanlığından": a portfolio opens a ministry's name in any case;
    # "Rektorat der Universität": a title's stem opens a body's noun
    return words[0].casefold() in TITLE_WORDS and words[0].casefold() not in PORTFOLIO_WORDS


def _titled_earlier(told: str, role: str) -> bool:
    """Return True when ``role`` was written in the item's text before (bounded window) as a
    title of its own: not the end of a longer one ("Prime Minister" holds no "minister")."""
    window = told[-TITLE_REACH:]
    for match in re.finditer(rf"(?<!\w){re.escape(role)}(?!\w)", window, re.IGNORECASE):
        prefix = window[max(0, match.start() - 30) : match.start()].rstrip()
        before = WORD.findall(prefix)
        if not before or not prefix.endswith(before[-1]):
            return True  # "... Islands. Mayor X": the title opens its sentence
        word = before[-1]
        if word.casefold() in NOUN_ARTICLES or not (word[:1].isupper() or is_title_word(word)):
            return True  # "Le maire de X, Y": the article opens the title
    return False


# Armenian auxiliaries: in Armenian the full stop is "։", and "." stands where others put a colon
# ("Արմեն Ղուկասյանը հայտարարել է." then the quotation).
ARMENIAN_AUXILIARIES = frozenset({"է", "են", "էր", "էին"})


def _armenian_full_stop(clause: str) -> bool:
    """Return True for an Armenian clause that ends with a quotation's attribution and a
    colon ("«...», - ասաց Ավանեսյանը:"): the colon typed for "։", no announcement."""
    end = clause.rstrip()
    words = WORD.findall(end[-24:])
    closing = max(end.rfind("»"), end.rfind("”"))
    return (
        end.endswith(":")
        and closing >= 0
        and AUTHOR_AFTER_QUOTATION.match(end, closing + 1) is not None
        and bool(words)
        and is_armenian(words[-1][:1])
    )


# The author's words after a quotation, opened by a dash: "», - ասաց", "»,- ասել է".
AUTHOR_AFTER_QUOTATION = re.compile(r"\s*,?\s*[-—–]")


def _announces(clause: str) -> bool:
    """Return True when ``clause`` ends by announcing the speech that follows it: a colon, or
    an Armenian verb and "." ("հայտարարել է.", "ասաց."; not "200 դր.", an abbreviation)."""
    end = clause.rstrip()
    if end.endswith(":"):
        return True
    words = WORD.findall(end[-24:])
    return (
        end.endswith(".")
        and bool(words)
        and is_armenian(words[-1][:1])
        and (words[-1] in ARMENIAN_AUXILIARIES or words[-1].endswith("ց"))
    )


def _answered_earlier(before: str, earlier: Attribution, found: Attribution, told: str) -> bool:
    """Return True when the clause before the quotation is a finished sentence whose speaker's
    title disagrees with the pronoun or the title after it: «...», ha ribattuto il governatore
    X. «...», ha replicato lei. A woman answered him."""
    if not before.rstrip().endswith((".", "!", "?", "…")):
        return False
    if (
        found.role
        and not found.pronoun
        and not (earlier.role and role_refers_to(found.role, earlier.role))
        and _titled_earlier(told, found.role)
    ):
        return True  # "– mówi burmistrz Y. ... – odpowiada mu hydrolog X. „...” – ucina
        # burmistrz": the title given to another person before
    if not earlier.role:
        return False
    wanted = pronoun_gender(found.pronoun)
    # Not German compounds' rule: "the Minister of State" is English, and says no gender.
    held = role_gender(WORD.findall(earlier.role), compounds_mark=False)
    return wanted is not None and held is not None and wanted != held


# Titles written as acronyms: "The CEO said" is a person's words, not a body's.


def _persons_acronym(text: str, acronym: str | None) -> bool:
    """Return True for an acronym that is a title (``the CEO``) or a person's initials given
    in brackets after the name (``Andrés Manuel López Obrador (AMLO)``); not a party after
    a person (``Olaf Scholz (SPD)``) or a body (``Federal Bureau of Investigation (FBI)``)."""
    if not acronym:
        return False
    if acronym.casefold() in TITLE_ACRONYMS:
        return True
    letters = acronym.casefold()
    at = text.find(f"({acronym})")
    while at >= 0:
        before = WORD.findall(text[max(0, at - 80) : at])[-len(letters) :]
        if (
            "".join(w[0].casefold() for w in before) == letters
            and is_given_name(before[0])  # not "Organismo Autónomo Parques Nacionales (OAPN)"
            and all(w[:1].isupper() and not is_institution_word(w) for w in before)
        ):
            return True
        at = text.find(f"({acronym})", at + 1)
    return False


def _verbs_disagree(earlier: str | None, later: str | None) -> bool:
    """Return True when two Slavic cues mark different genders: "« ... » – powiedział X.
    « ... » – dodała Niemka" is not X again."""
    first, second = verb_gender(earlier), verb_gender(later)
    return first is not None and second is not None and first != second


def _bare_cue(found: Attribution, after: str) -> bool:
    """Return True for a cue with nobody around it (``», señaló tras el Consejo``): the verb's
    dropped subject is whoever the sentence before the quotation named. Not "», afirmou a
    mesma fonte", "», the diplomat said": a source is named there; only an adverbial may
    follow the verb."""
    if found.speaker or found.institution or found.role or found.pronoun or found.unnamed:
        return False
    if not found.cue or is_impersonal(found.cue):
        return False  # "», hieß es aus Regierungskreisen": nobody
    lead = after.lstrip(LEADING_PUNCTUATION)
    if not lead.casefold().startswith(found.cue.casefold()):
        return False
    rest = lead[len(found.cue) :].strip(" .,\n")
    if any(is_title_word(w) for w in WORD.findall(rest)):
        return False  # "», señalaron desde el entorno del presidente": his aides
    return not rest or ADVERBIAL.match(rest) is not None


# A Turkish or Azerbaijani genitive before a quotation and "words", "statement" after it:
# 'Erdoğan'ın "..." sözlerini manşetine taşıdı', 'Əliyevin "..." fikri'.
GENITIVE_ENDING = r"(?:n?[ıiuü]n),?\s*$"  # the genitive's ending, a comma at most after it
GENITIVE_BEFORE_QUOTE = re.compile(rf"['’]?{GENITIVE_ENDING}")
WORDS_OF = re.compile(
    r"\s*(?:söz|ifade|ifadə|açıklama|açıqlama|demec|çağrı|çağırış|mesaj|bəyanat|fikr|fikir)",
    re.IGNORECASE,
)


# A title written as a name in the genitive ("Başbakan'ın"): the one who holds it.
TITLE_IN_GENITIVE = re.compile(rf"([^\W\d_]+)['’]{GENITIVE_ENDING}")


def _possessor_of_the_words(text: str, span: QuoteSpan) -> Attribution | None:
    """Return the person in the genitive right before a quotation that the word after it
    calls that person's words: a full name ('Özgür Özel'in "..." sözlerini') or a title
    written as a name ("Başbakan'ın, '...' sözlerine"), else None."""
    end = span.end + len(span.close_mark)
    lead = text[max(0, span.start - len(span.open_mark) - MAX_LEAD_WORD * 2) : span.start]
    lead = lead[: len(lead) - len(span.open_mark)] if lead.endswith(span.open_mark) else lead
    if not GENITIVE_BEFORE_QUOTE.search(lead) or not WORDS_OF.match(text, end):
        return None
    title = TITLE_IN_GENITIVE.search(lead)
    if title and is_title_word(title[1]):
        # relayed: only someone given that title speaks, never the last one named
        return Attribution(role=title[1], anaphoric=True, subject_leads=True, relayed=True)
    names = find_names(lead)
    if not names or lead[names[-1].span.end :].strip(" ,"):
        return None
    name = names[-1]
    titled = WORD.findall(lead[: name.span.start])[-1:]
    speaker = base_name(name.text)
    if name.single and not (titled and is_title_word(titled[0])) and not _titled_in(text, speaker):
        # "Cumhurbaşkanı Erdoğan'ın": a lone surname after its title, here or elsewhere in
        # the text ("haberinde Erdoğan’ın “...” sözlerine" after "Cumhurbaşkanı Erdoğan")
        return None
    return Attribution(speaker=speaker)


def _pointed_back_at(text: str, end: int) -> Attribution | None:
    """Return the attribution of the sentence after a quotation that opens by pointing back
    at it (``«...». Об этом заявил министр X.``, ``"...". Dat zei X``, ``“...”. Bunu millət
    vəkili X deyib.``), or None when the next sentence opens otherwise or names nobody."""
    opener = BACK_REFERENCE.match(text, end)
    if opener is None:
        return _said_thus_after(text, end)
    # the sentence after its opener, with the verb when the opener holds it ("Das sagte X")
    verb = CUE.search(opener["pointer"])
    clause = (verb[0] if verb else "") + after_window(text, opener.end())
    body = clause.strip(" .!…\n")
    if CUE.match(body) is None and not any(m.end() == len(body) for m in CUE.finditer(body)):
        # the verb of speech opens the sentence ("Об этом заявил X") or ends it ("Bunu ...
        # X deyib"): not "Об этом мэр X не знал", "Bunu şərh edən X bildirib ki, ..."
        return None
    found = attribute_after(clause, ()) or attribute_before(clause.rstrip(" .!…"), ())
    if found is None or not (found.speaker or found.institution):
        return None
    named_at = clause.find(found.speaker or found.institution or "")
    if ALSO.search(clause, 0, max(named_at, 0)):
        return None  # "Lo ha detto anche il presidente X": another one, saying the same
    verb_last = found.cue is not None and clause.rstrip(" .!…").endswith(found.cue)
    if verb_last:
        # "Bunu ... sabiq Baş Nazir Novruz Məmmədov ... Paşinyanın Dağlıq Qarabağ ... deyib":
        # the verb ends the sentence; its subject is the first full name, not one nearer the
        # verb (a possessor in the genitive, a place), nor the body the subject's title names
        # ("Bunu komitənin üzvü X parlamentin iclasında deyib")
        subject = next(
            (
                name
                for mention in find_names(clause)
                if not _comitative(clause, mention) and (name := _before_a_genitive(mention))
            ),
            None,
        )
        if subject and subject != found.speaker:
            return replace(found, speaker=subject, role=None, institution=None)
    return found


# A Turkic sentence after quotations that ends "said so" ("«...» «...». Təhsil naziri X ...
# belə deyib."): the words before it are its subject's.
SAID_THUS = re.compile(
    r"(?:belə|bu cür|böyle|bu şekilde|bu sözlerle)[ \u00a0]+[^\W\d_]+(?:[ \u00a0][^\W\d_]+)?$",
    re.IGNORECASE,
)
# Words of a sentence that reacts to the quotation rather than saying it: a denial's or a
# report's verbal noun ("olmadığını", "etmədiyini"), a question, a claim, someone's words.
REACTION_ENDINGS = (
    *("ğını", "ğini", "ğunu", "ğünü", "diyini", "mədiyini", "yacağını", "yeceğini"),
    *("sualına", "suala", "soruya", "sorusuna", "iddiasına", "iddiaya", "sözlerine", "sözlərinə"),
    *("sözlerini", "sözlərini", "fikrinə", "fikrine"),
)
NEXT_QUOTATION_ON_LINE = re.compile(r"[ \u00a0]*[.!?…]?[ \u00a0]*[«“\"]([^«»“”\"\n]{1,400})[»”\"]")
MAX_QUOTATIONS_SKIPPED = 3  # "«...» «...». X belə deyib.": the quotations in a row before it
SENTENCE_OPENING = re.compile(r"[ \u00a0]*[.!?…]?[ \u00a0]*")


def _said_thus_after(text: str, end: int) -> Attribution | None:
    """Return the person the sentence after a quotation (and the quotations right after it)
    names first, when it closes on "said so" with a verb of saying; else None."""
    at = end
    for _ in range(MAX_QUOTATIONS_SKIPPED):
        following = NEXT_QUOTATION_ON_LINE.match(text, at)
        if following is None:
            break
        at = following.end()
    at = SENTENCE_OPENING.match(text, at).end()  # type: ignore[union-attr]
    sentence = after_window(text, at, whole=True).rstrip(" .!…\n")
    thus = SAID_THUS.search(sentence)
    if thus is None or not any(m.end() == len(sentence) for m in CUE.finditer(sentence)):
        return None
    words = [w.casefold() for w in WORD.findall(sentence)]
    if words[-3:-2] in (["da"], ["də"], ["de"]) or any(w.endswith(REACTION_ENDINGS) for w in words):
        # "X də belə düşünür" (thinks so too), "böyle olmadığını söyledi" (denied it), "...
        # sualına belə cavab verib" (answered the question), "Lavrov'un bu sözlerine": another's
        return None
    people = [m for m in find_names(sentence) if not m.single and not _comitative(sentence, m)]
    if len(people) != 1:
        return None  # "Erdoğan'ı eleştiren CHP Sözcüsü Deniz Yücel": whose words, of two?
    subject = _before_a_genitive(people[0])
    return Attribution(speaker=subject, cue=thus[0]) if subject else None


def _before_a_genitive(mention: NameMention) -> str | None:
    """Return the full name a run opens with, up to a word in the Turkish genitive
    (``Novruz Məmmədov Ermənistanın`` -> Novruz Məmmədov), or None for less than two words."""
    words = mention.text.split()
    kept = list(itertools.takewhile(lambda w: not turkish_genitive(w), words))
    return " ".join(kept) if len(kept) >= 2 else None


# "With": "Prezident İlham Əliyev ilə görüşdən sonra" names whom the speaker met.
COMITATIVE = re.compile(r"\s(?:ilə|ile)(?!\w)")
COMITATIVE_ENDINGS = ("la", "lə", "yla", "ylə")


def _comitative(clause: str, mention: NameMention) -> bool:
    """Return True for a Turkic name followed by "with" (``İlham Əliyev ilə``) or ending in
    it (``Nikol Paşinyanla``): the one met, not the one who spoke."""
    if COMITATIVE.match(clause, mention.span.end):
        return True
    turkic = any(ch in "ıəğ" for ch in clause)
    return turkic and mention.text.split()[-1].endswith(COMITATIVE_ENDINGS)


# "Also", "too": the sentence pointing back names someone else saying the same.
ALSO = re.compile(
    r"(?<!\w)(?:also|too|aussi|également|auch|ebenfalls|anche|pure|también|ook|também|"
    r"тоже|также|теж|також|też|również|həm|დაც|ასევე|նույնպես)(?!\w)",
    re.IGNORECASE,
)


# "Renzi al Sole:", "Carola al Corriere:", "Aliyev à Zerkalo :": who spoke, to which paper,
# then a colon before the words (a review's shorthand for an interview).
PAPER_TOLD = re.compile(
    r"(?<=\S)\s+(?:al|alla|à|au|to|dem)\s+([A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*){0,2})"
    r"\s*:\s*$"
)


def _paper_word(word: str) -> bool:
    """Return True for a casefolded word of a paper's or an agency's name (corriere, zeitung,
    dépêche, tass)."""
    return word in PAPER_HEADS or word in PAPER_WORDS or word in AGENCIES


def _without_paper_told(before: str) -> str:
    """Return the lead-in without the paper it names as the one told, when it ends so."""
    told = PAPER_TOLD.search(before)
    if told is None:
        return before
    if not any(_paper_word(w) for w in told[1].casefold().split()):
        return before
    return before[: told.start()] + ": "


# Verbs of opinion that report as often as they think ("Nel Dol meende dat “...”").
OPINION_CUES = frozenset(str.split("meende betoogde betoogt beweerde beweert"))


def _opinion_after_an_outcry(
    text: str, span: QuoteSpan, after: str, found: Attribution | None
) -> bool:
    """Return True for a verb of opinion in the sentence after a quotation closed by "!" or
    "?" ('"Help, de auto staat in brand!" Politieagent X meende eerst dat ...'): what X
    thought, no credit of the cry."""
    return (
        found is not None
        and (found.cue or "").casefold() in OPINION_CUES
        and text[max(0, span.end - 2) : span.end].rstrip()[-1:] in "!?"
        and after.lstrip(" \n")[:1].isupper()
    )


def _sentence_closed(text: str, span: QuoteSpan, after: str) -> bool:
    """Return True when the quotation ends its sentence with a full stop inside the marks and
    a new sentence follows: what comes next is no attribution of it."""
    closing = text[max(0, span.end - 2) : span.end].rstrip()
    # '... Gdańsk." "I have no reason ...," X added': the next sentence is a new quotation.
    opening = after.lstrip(" \n\"“„«‹'‘")
    return bool(span.close_mark) and closing.endswith(".") and opening[:1].isupper()


# Nouns of a court whose ruling an impersonal cue quotes ("– czytamy w uzasadnieniu
# wyroku"): the court is named in the sentence before, its name capitalised like a person's.
COURT_NOUNS = frozenset(str.split("sąd суд tribunal court gericht soud tribunale rechtbank"))


def _court(institution: str) -> bool:
    """Return True for a court's name (``Wojewódzki Sąd Administracyjny w Krakowie``)."""
    return any(word.casefold() in COURT_NOUNS for word in institution.split())


def _within(name: str, phrase: str) -> bool:
    """Return True when every word of ``name``, less a Turkish case suffix, is in ``phrase``
    and the phrase goes on past it to its noun (``Ulaştırma Bakanlığı``; not ``Genel Müdürü
    Anna Lindqvist``, a title and its holder)."""
    words = [re.split("['’]", word)[0] for word in name.split()]
    return all(w in phrase for w in words) and (
        is_institution_word(words[-1]) or not phrase.endswith(words[-1])
    )


def _window_bold(bold: tuple[Span, ...], offset: int) -> tuple[Span, ...]:
    """Return bold spans relative to a window starting at ``offset``."""
    return tuple(Span(s.start - offset, s.end - offset) for s in bold if s.end > offset)


DASH_MARKS = frozenset(DASHES + "-")  # the opening "mark" of dash speech and interview turns


def _bare_answer(context: _Context, span: QuoteSpan, attribution: Attribution) -> bool:
    """Return True for a dashed turn under a question whose cue names no one and no body
    ("— Acredito. — respondeu a ministra.", "— ... — disse."): the interviewee answering."""
    if span.first_paragraph == 0:
        return False
    above = context.item.paragraphs[span.first_paragraph - 1].text
    return (
        attribution.speaker is None
        and attribution.institution is None
        and not attribution.unnamed
        and attribution.cue is not None
        and above.rstrip().endswith("?")
    )


def _quote(context: _Context, span: QuoteSpan, attribution: Attribution) -> Quote:
    """Return the Quote record, resolving anaphora, titles and institutions."""
    item, counter = context.item, context.counter
    while (
        context.registered < len(context.mentions)
        and context.mentions[context.registered].offset < span.start
    ):
        mention = context.mentions[context.registered]
        if mention.role:
            _remember_role(counter, mention.person, mention.role)
        if mention.gender:
            counter.genders.setdefault(mention.person, mention.gender)
        if mention.sure_gender:
            # a sure gender overrides a guess ("Александра Бастрыкина" in the genitive
            # read as Alexandra, then "Александр Бастрыкин")
            sure = counter.sure_genders.setdefault(mention.person, mention.sure_gender)
            counter.genders[mention.person] = sure
        context.registered += 1
    attribution = _lone_body(context, span, attribution)
    headline = _set_out_as_a_headline(context, span, attribution)
    if headline is not None:
        # "«Calou-se a voz da 'Sodade'» é o título do Jornal de Notícias", "sous le titre
        # « ... »": a page's headline, the paper's words whoever it names
        attribution = Attribution(institution=headline or None, unnamed=not headline)
    paper = headline or _paper_speaking(context, span, attribution)
    if paper in context.unlisted_papers and (
        (
            _someone_named_speaks(attribution)
            and attribution.speaker != paper
            # "Die VOLKSSTIMME aus Magdeburg meint:": the name read is the paper's own
            and _paper_ending_in(context, span, str(attribution.speaker)) is None
        )
        or _paper_in_an_as_clause(context, span)
        or _quoted_by_a_paper(context, span)
    ):
        # "Министр, как пишет газета «Диена», заявил:", "Wie die Zeitung "Diena" berichtet,
        # sagte der Präsident:": a paper the list lacks speaks only where no one else is the
        # cue's subject and it names no source of what follows
        paper = None
    if paper:
        # "soupire L'Humanité", "El País avaliou", "The Sun in a leader": the paper's words
        attribution = Attribution(cue=attribution.cue, institution=paper)
    elif attribution.speaker and listed_medium(attribution.speaker):
        # "alla Kleine Zeitung dice", "Gazeta Wyborcza наводить її слова": a paper told or
        # quoting, the speaker the one spoken of before
        attribution = replace(attribution, speaker=None, anaphoric=True)
    elif attribution.speaker and attribution.speaker.casefold() in PAPER_NOUNS:
        # "Издание отмечает", "Gazete, “...” dedi": a paper's noun opening the sentence,
        # capitalised, is the paper named last, no person
        paper = _last_paper(context, span.start)
        attribution = Attribution(cue=attribution.cue, institution=paper)
    elif attribution.speaker and _home_town(context, span, attribution.speaker):
        # "Die Lausitzer Rundschau aus Cottbus schreibt:": the paper's town, no one speaking
        attribution = replace(attribution, speaker=None)
    if is_neuter(attribution.cue):
        # "Państwowe Gospodarstwo Wodne poinformowało", "— сообщило «Берелёхзолото»": the
        # neuter verb's subject is a body, whatever name the clause held
        attribution = replace(
            attribution,
            speaker=None,
            role=None,
            anaphoric=False,
            pronoun=None,
            institution=attribution.institution or attribution.speaker,
        )
    if (
        attribution.speaker
        and CASE_SUFFIX.search(attribution.speaker)
        and media_name(attribution.speaker, context.media)
    ):
        # "Süddeutsche Zeitung'un (SZ) yorumunda ... şu satırlar yer alıyor:": the paper's
        # own words (its genitive), not words said to it, nor the person spoken of before
        attribution = replace(
            attribution,
            speaker=None,
            anaphoric=False,
            institution=CASE_SUFFIX.sub("", attribution.speaker),
        )
    if is_plural(attribution.cue) and attribution.anaphoric and not attribution.pronoun:
        # "Рейс погоджено, повідомили в консульстві. «...», — зазначили в консульстві": the
        # body's people, not the person quoted before
        attribution = replace(attribution, anaphoric=False)
    if attribution.acronym and _persons_acronym(context.item.text, attribution.institution):
        # "The CEO said", "López Obrador (AMLO) ... AMLO dijo": a title's or a person's.
        attribution = Attribution(cue=attribution.cue, anaphoric=True)
    # an interview's dashed turn, under a title naming the interviewee ("Entrevista a Pedro
    # Sánchez")
    interview_turn = not paper and bool(counter.interviewee) and span.open_mark in DASH_MARKS
    if (
        interview_turn
        and not attribution.pronoun
        and (not _attributed_at_all(attribution) or _bare_answer(context, span, attribution))
    ):
        # with no words of its author, or a bare verb or a title answering the question: the
        # answers are the interviewee's, the questions no one's; not the last person the lead
        # named ("concedió una entrevista a X")
        speaker = None if _asked(context, span) else counter.interviewee
    elif (
        interview_turn
        and attribution.speaker is None
        and attribution.cue is not None
        and (attribution.role is not None or span.text.rstrip().endswith("?"))
    ):
        # a role's turn not under a question ("— ... —señaló el portavoz"), or a question
        # ("—¿Y si ...? —insistió el periodista"): someone else's
        speaker = None
    else:
        speaker = None if paper else _speaker(context, span, attribution)
        asked = speaker and not attribution.speaker
        if asked and speaker in _named_in_the_question_before(context, span, attribution):
            # "• Se il centrosinistra si fosse ripresentato con Mario Crosta ...? “Non lo so”":
            # the one asked answers, not the one the question names
            speaker = context.counter.interviewee
    if speaker is None and not _attributed_at_all(attribution):
        speaker = (
            _named_earlier_in_the_sentence(context, span.start)
            or _named_right_after(context, span)
            or _speaker_of_the_paragraph(context, span)
            or _reported_in_the_subjunctive(context, span)
            or _answer_to_a_question(context, span)
            or _announced_collection(context, span)
            or (None if _asked(context, span) else counter.interviewee)
        )
    elif speaker is None and attribution.unnamed and attribution.cue is None:
        # "Eine Sammlung von Zitaten:" is no unnamed source but the announcement of them
        speaker = _announced_collection(context, span)
    asked_one = None  # the one the paper asked its question, who answers it next
    if speaker is not None and QUESTION_MARKS & set(span.text) and _we_asked(context, span):
        asked_one, speaker = speaker, None  # "Мы связались с X и спросили: «...?»"
    if speaker is None and not paper and not attribution.institution:
        # "CORRIERE DELLA SERA" ¶ "“Migranti, stretta sui permessi”, apre il quotidiano":
        # words no one else is given, under a paper's heading or after the paper's noun
        paper = _section_paper(context, span, attribution)
    if speaker == attribution.speaker and (
        _body_in_a_statement(attribution)
        or _lone_word_of_no_one(context, attribution)
        or _described_as_a_thing(context.item.text, span.start, attribution)
    ):
        # "Kanaalzone Chemie laat in een verklaring weten": a name with no given name, and no
        # person's the text named before ("Schoof liet ... weten" is Dick Schoof's), that
        # issues a statement is a body; so is one word no person of the text bears
        # ("Rijkswaterstaat laat weten", "Volgens Staatsbosbeheer")
        attribution = replace(attribution, speaker=None, institution=attribution.speaker)
        speaker = None
    unnamed_by_the_cue = not (attribution.cue or attribution.speaker or attribution.pronoun)
    # '"...", said X. ¶ "Merkel bleibt Merkel."', or the interviewee answering
    goes_on = speaker in (counter.last_quoted, counter.interviewee)
    if speaker and unnamed_by_the_cue and not goes_on and _names_its_speaker(span.text, speaker):
        # "Bij BILD zoomden ze in op Robert Lewandowski. "Belgische klappen voor Lewandowski",
        # klinkt het": words no cue gives anyone, that name him in the third person, are
        # written of him; any cue ("dijo", "the president said") may mean his own words
        speaker = None
    role = _role(context, span, speaker, attribution)
    counter.previous = (span.last_paragraph, speaker)
    counter.last_quoted = speaker
    counter.previous_end = span.end + len(span.close_mark)
    unnamed = speaker is None and not attribution.institution
    unnamed = unnamed and (bool(attribution.cue) or attribution.unnamed)
    if unnamed and not (attribution.speaker or attribution.anaphoric):
        # "a senior official said": a pronoun after this refers to that source, not to the
        # person quoted before it.
        counter.last_speaker = None
    counter.unnamed_before = unnamed
    if speaker:
        gender = _cue_gender(attribution)
        if gender:
            counter.genders.setdefault(speaker, gender)
        # the pronoun's gender, or the verb's when its subject is the person: not "—
        # сообщила пресс-служба губернатора X", "речниця міністра X" (another's title after
        # the subject's noun), nor against a guess
        verb = verb_gender(attribution.cue)
        owned = not attribution.role or not any(
            is_title_word(w) for w in WORD.findall(attribution.role)[1:]
        )
        said = pronoun_gender(attribution.pronoun) or (
            verb if owned and agrees(verb, counter.genders.get(speaker)) else None
        )
        if said:
            counter.sure_genders.setdefault(speaker, said)
        counter.last_speaker = speaker
        if role:
            _remember_role(counter, speaker, role)
    if asked_one:
        # "He replied:" after the paper's question to X: X, no unnamed source
        counter.last_speaker, counter.unnamed_before = asked_one, False
    institution = paper
    if attribution.institution and speaker is None and not paper:
        # "в Министерстве обороны", "Bakanlığından": the body's name as analysts group by it
        around = item.text[max(0, span.start - LANGUAGE_WINDOW) : span.end + LANGUAGE_WINDOW]
        institution = dictionary_form(
            _resolve_institution(context, span.start, attribution.institution), around
        )
    counter.quote += 1
    first = item.paragraphs[span.first_paragraph]
    return Quote(
        ordinal=counter.quote,
        text=span.text,
        first_paragraph=first.ordinal,
        n_paragraphs=span.last_paragraph - span.first_paragraph + 1,
        speaker=speaker,
        speaker_as_written=attribution.speaker,
        speaker_role=role,
        institution=institution,
        cue=attribution.cue,
        open_mark=span.open_mark,
        close_mark=span.close_mark,
        closed=span.closed,
        language=_quote_language(item.paragraphs, span),
    )


# Words before a paper's name that make it the one spoken to or printed in, not the one
# speaking: "a déclaré au Figaro", "told the Guardian", "ha detto alla Stampa", "in Koha
# Ditore", "в интервью «Коммерсанту»".
TO_OR_IN_A_PAPER = frozenset(
    str.split(
        "à a au aux al alla allo ai agli to told tells dem den zu zum zur gegenüber в во на у "
        "для w we dla aan tegen ao aos à na no in im dans en nel nella sul sulla auf mit with "
        "avec con com z ze с со interview entretien intervista entrevista интервью pro v ve "
        "rozhovoru rozhovor wywiadzie rozmowie gespräch di da von van of by par od dal "
        "dalla dai del della dello du des vom sur on bei der"
    )
)
PAPER_REACH = 160  # characters after a quotation searched for the paper its cue names
MAX_PAPER_SUBJECT_WORDS = 4  # a paper opening the clause: "Pour le quotidien Le Monde"


def _paper_speaking(context: _Context, span: QuoteSpan, attribution: Attribution) -> str | None:
    """Return the listed paper whose words the quotation is, else None: the paper the cue
    names ("« ... », soupire L'Humanité", "The Guardian wrote:"), a paper opening the clause
    that leads to the quotation with no one named after it ("El País avaliou ... como « ...
    »", "Le Figaro, qui voit « ... »"), or the paper whose noun is the cue's subject. (The
    section's paper, for words nothing attributes, is asked later: see _section_paper.)"""
    if attribution.pronoun or attribution.unnamed:
        return None  # "he told the paper", "a source said"
    if attribution.cue and _paper_noun_at_cue(context, span, attribution.cue):
        # "Sobre X, el diario escribió:", "«...» -qəzet yazır", "aldus de krant": the paper
        # named last, or the one the section is headed by
        # the paper the cue after the quotation names ("», meint die Tageszeitung
        # «Libération»"), else the one named last before it
        end, after = _line_after(context, span)
        named = _paper_after_cue(context, end, after, attribution.cue) or _last_paper(
            context, span.start
        )
        if named and not _quoted_by_a_paper(context, span):
            return named
    if attribution.speaker and attribution.speaker.casefold() in PAPER_NOUNS:
        # "Dergi, “...” diyor": a paper's noun read as a name at the sentence's start
        return _last_paper(context, span.start)
    if attribution.speaker:
        begin, lead, _ = _lead(context, span.start)
        listed = (
            _listed_with_its_article(_line_after(context, span)[1], attribution.speaker)
            # "La Vanguardia titula: «": the article written before the quotation
            or _listed_with_its_article(lead, attribution.speaker)
            or listed_medium(attribution.speaker)
            or _paper_ending_in(context, span, attribution.speaker)
            # "selon Walf Quotidien": a paper the list lacks, named by its shape
            or (attribution.speaker if attribution.speaker in context.shaped_papers else None)
        )
        if listed is None:
            return None
        # "The Guardian wrote" is the paper's; "told The Guardian" names who it was told to
        if _paper_spoken_to(context, span, attribution.speaker):
            return None
        before = _papers_between(context, begin, span.start)
        rest = lead[before[-1][1] - begin :] if before else ""
        earlier = bool(before) and (before[-1][2] == listed or not SENTENCE_END.search(rest))
        if earlier and _reports_someone(rest):
            # "Le Monde cite un conseiller : «...», écrit Libération", "The Guardian spoke to a
            # source. «...», reports The Guardian": whom the paper named before brings in
            return None
        return listed
    if attribution.institution:
        return None
    if attribution.role and not _paper_noun(attribution.role):
        return None  # "the minister said"
    if attribution.cue:
        end, after = _line_after(context, span)
        named = _paper_after_cue(context, end, after, attribution.cue)
        if named:
            return named
    return _paper_opening_the_clause(context, span) or _labelled_like_its_neighbours(context, span)


def _home_town(context: _Context, span: QuoteSpan, speaker: str) -> bool:
    """Return True when the one-word speaker is a place named after a name and "aus" before
    the quotation ("Die RHEINPFALZ aus Ludwigshafen meint:"): where a paper is from."""
    if " " in speaker:
        return False
    # the lead, or the line over the quotation that ends on its cue and a colon
    before = context.item.text[max(0, span.start - PAPER_REACH) : span.start]
    town = rf"([A-ZÄÖÜ][\w.-]*)[ \u00a0]+aus[ \u00a0]+{re.escape(speaker)}(?![\w-])"
    found = re.search(town, before)
    # the paper's last word: in capitals, or a paper's ("Rundschau"); not "Hilfe aus Brüssel"
    return found is not None and (
        found[1].isupper() or found[1].upper().endswith(CAPITALS_PAPER_ENDS)
    )


def _paper_ending_in(context: _Context, span: QuoteSpan, speaker: str) -> str | None:
    """Return the listed paper named last before the quotation, within a few lines, when the
    one-word speaker is its last word ("Der Münchner Merkur schreibt:" read as "Merkur", "Le
    Figaro écrit :" ¶ « ... »), else None: the paper speaks, no person."""
    if " " in speaker or context.registry.canonical(speaker) != speaker:
        return None  # "Die Rheinische Post hat mit Achim Post gesprochen. Post sagte:"
    before = _papers_between(context, max(0, span.start - PAPER_REACH), span.start)
    if before:
        start, stop, name = before[-1]
        text = context.item.text
        if text[start:stop].split()[-1].casefold() == speaker.casefold():
            return name
        if re.match(rf"[ \u00a0]+aus[ \u00a0]+{re.escape(speaker)}(?![\w-])", text[stop:]):
            return name  # "Die VOLKSSTIMME aus Magdeburg meint:": the paper's home town
    return None


def _names_its_speaker(quoted: str, speaker: str) -> bool:
    """Return True when the quotation writes the speaker's surname, in a case at most
    ("Популярність Кличка" of Віталій Кличко), as a word of its own: not a sentence's first
    word unless set off by a comma or a colon, not within a cue of its own, and not after
    another given name ("Mehriban Əliyeva" in İlham Əliyev's words is his wife), a title,
    an article or a body's word, nor before a body's word."""
    names = speaker.split()
    surname = names[-1]
    if len(surname) < MIN_SURNAME_IN_WORDS:
        return False
    found = list(WORD.finditer(quoted))
    words = [match[0] for match in found]
    for index, word in enumerate(words):
        if not _surname_in_a_case(word, surname):
            continue
        last = quoted[: found[index].start()].rstrip()[-1:]
        opening = not last or last in SENTENCE_STOPS
        if opening and quoted[found[index].end() : found[index].end() + 1] not in (",", ":"):
            # a sentence's first word may be any word ("Weil ..." of Stephan Weil); a
            # headline's name is set off ("Mbappé, l'ombre de lui-même")
            continue
        if any(CUE.fullmatch(w) for w in words[max(0, index - PAPER_NOUN_REACH) : index]):
            continue  # "... - dice ancora Conte - ...": a cue set inside the quotation
        before = words[index - 1] if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if is_title_word(before or "-"):
            continue  # "Prezydent Kaczyński" in his brother's words
        if before.casefold() in ARTICLE_SET or is_institution_word(after or "-"):
            continue  # "The Gates Foundation", "Trump Tower": a body bearing the name
        if is_institution_word(before or "-"):
            continue  # "die Regierung Merz", "il governo Conte"
        if before == names[0] or not is_given_name(before):
            return True
    return False


MIN_SURNAME_IN_WORDS = 4  # "Khan", "Putin"; not "Li", "Ma"


def _surname_in_a_case(word: str, surname: str) -> bool:
    """Return True when ``word`` is ``surname``, or in Cyrillic, Armenian or Georgian letters
    the surname in a case ("Кличка" of Кличко: its last letter replaced, two more at most),
    or the surname with an apostrophe's case ending ("Erdoğan'ı"); not "Weiden" of Weidel."""
    if word == surname or word.startswith((f"{surname}'", f"{surname}’")):
        return True
    if not (CYRILLIC.search(surname) or UNSEEN_NAMES_SCRIPTS.search(surname)):
        return False
    stem = surname[:-1] if len(surname) > MIN_SURNAME_IN_WORDS + 1 else surname
    return word.startswith(stem) and len(word) <= len(surname) + MAX_CASE_LETTERS


MAX_CASE_LETTERS = 2  # "Кличком", "Путину"


# A clause opening "as the paper reports": the paper tells of what another said next.
AS_CLAUSE = re.compile(
    r"(?:^|,)\s*(?:wie|как|як|as|comme|como|come|zoals|jak|laut|selon|según|segundo|secondo)\b",
    re.IGNORECASE,
)


def _paper_in_an_as_clause(context: _Context, span: QuoteSpan) -> bool:
    """Return True when an "as the paper reports" clause stands in the sentence leading to
    the quotation and the sentence has words of its own outside it ("Wie die Zeitung X
    berichtet, sagte Y:", "Минфин, как сообщает издание X, заявил:", "Der Präsident sagte,
    wie die Zeitung X berichtet:"): the paper tells what another said."""
    _, lead, cuts = _lead(context, span.start)
    sentence = lead[cuts[-1] :]
    clause = AS_CLAUSE.search(sentence)
    if clause is None:
        return False
    if WORD.search(sentence, 0, clause.start()):
        return True  # the main clause before it
    comma = sentence.find(",", clause.end())
    return comma >= 0 and WORD.search(sentence, comma) is not None


def _someone_named_speaks(attribution: Attribution) -> bool:
    """Return True when the cue's subject is a person or a title, not a paper or its noun."""
    speaker, role = attribution.speaker, attribution.role
    if speaker and not listed_medium(speaker) and speaker.casefold() not in PAPER_NOUNS:
        return True
    return bool(role) and not _paper_noun(role or "")


def _quoted_by_a_paper(context: _Context, span: QuoteSpan) -> bool:
    """Return True when a verb of citing stands in the words leading to the quotation
    ("Еколог X, яку цитує газета «Каспій», попереджає:", "X, citada por el diario"): the
    one the paper quotes speaks (not "Sur la lettre de X, le quotidien écrit")."""
    _, lead, cuts = _lead(context, span.start)
    words = [w.casefold() for w in WORD.findall(lead[cuts[-1] :])]
    for index, word in enumerate(words):
        if word in CITING_WORDS:
            return True
        if word in CITED_PARTICIPLES and PAPER_NOUNS & set(words[index + 1 : index + 4]):
            return True  # "X, citada por el diario", not "la cimeira citada por todos"
    return False


# Finite verbs of citing someone ("X, яку цитує газета"; not "Citant des sources, le
# quotidien écrit", whose words are the paper's).
CITING_WORDS = frozenset(
    str.split(
        "cite citent cita citano quoted quotes zitiert zitieren cytuje цитирует цитує "
        "приводит наводить"
    )
)
# Participles of citing, whose agent must be a paper: "citada por el diario", "cytowany
# przez dziennik", "geciteerd door de krant".
CITED_PARTICIPLES = frozenset(
    str.split(
        "citado citada citados citadas citato citata citati citate geciteerd cytowany "
        "cytowana cytowani цитируемый цитируемая цитований цитована"
    )
)
# A paragraph opening with a short label and its colon, a quotation right after ("as:
# «...»"): a press review's paper, when a paragraph beside it opens so with a listed paper.
PAPER_LABEL = re.compile(r"([^\W\d_][\w.&'’ -]{0,40}?)\s?:\s*[«“„\"]")


def _labelled_like_its_neighbours(context: _Context, span: QuoteSpan) -> str | None:
    """Return the label of the quotation's paragraph when it opens "label: «...»" in
    lowercase and the paragraph before or after it opens so with a listed paper ("Marca:
    «...»" ¶ "as: «...»"): the label names a paper too, unknown to the list. A capitalised
    label may be a person's ("Macron:"), and is left to the names."""
    item, index = context.item, span.first_paragraph
    label = PAPER_LABEL.match(item.paragraphs[index].text)
    if label is None or item.starts[index] + label.end() != span.start:
        return None
    if not label[1][:1].islower():
        return None  # "Macron:", "Mme Le Pen:", "MACRON:" among the papers' lines: people
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(item.paragraphs):
            beside = PAPER_LABEL.match(item.paragraphs[neighbour].text)
            if beside and listed_medium(beside[1]):
                return label[1]
    return None


# Articles a listed paper's name opens with, which the name read after a cue leaves out.
NAME_ARTICLES = ("El", "La", "Le", "Il", "Die", "Der", "De")


def _listed_with_its_article(after: str, speaker: str) -> str | None:
    """Return the listed paper the cue's one-word "speaker" names with the article written
    before it (``escreve o El País``: "País"), else None."""
    if " " in speaker:
        return None
    for article in NAME_ARTICLES:
        if f"{article} {speaker}" in after:
            listed = listed_medium(f"{article} {speaker}")
            if listed is not None:
                return listed
    return None


def _line_after(context: _Context, span: QuoteSpan) -> tuple[int, str]:
    """Return where the text after the quotation's closing mark starts, and that text to
    the line's end, PAPER_REACH characters at most: where a cue and its paper may follow."""
    end = span.end + len(span.close_mark)
    return end, context.item.text[end : end + PAPER_REACH].split("\n", 1)[0]


def _paper_spoken_to(context: _Context, span: QuoteSpan, name: str) -> bool:
    """Return True when a listener's word ("told", a preposition) stands among the few words
    before the paper's name nearest the quotation: the paper the words were said to or
    printed in."""
    text = context.item.text
    low = max(0, span.start - PAPER_REACH)
    high = span.end + PAPER_REACH
    at = [p for p in _papers_between(context, low, high) if name in text[p[0] : p[1]]]
    if not at:
        return False
    start = min(at, key=lambda p: abs(p[0] - span.start))[0]
    return _after_a_listeners_word(text, start)


def _after_a_listeners_word(text: str, start: int) -> bool:
    """Return True when one of the few words before the paper's name at ``start`` makes it
    the one told or printed in ("told the BBC", "a confié à la RTBF", "sur France Inter",
    "sagte ein Sprecher der FAZ")."""
    # the words of its own line only: "... ist wieder da." ¶ "Mundo Deportivo: «...»"
    before = text[max(0, start - 30) : start].rsplit("\n", 1)[-1]
    if before.strip() == "Der":
        return False  # "Der Münchner Merkur schreibt:": the article of the line's subject
    return _listeners_word_in(WORD.findall(before)[-PAPER_NOUN_REACH:])


def _listeners_word_in(words: list[str]) -> bool:
    """Return True when ``words`` hold a word of TO_OR_IN_A_PAPER ("à", "told", "der")."""
    return any(w.casefold() in TO_OR_IN_A_PAPER for w in words)


def _paper_after_cue(context: _Context, end: int, after: str, cue: str) -> str | None:
    """Return the paper named right after the cue that follows the quotation ("«...»,
    ironise Le Parisien", "aldus de kop van de BBC"): no one named, and no preposition of a
    listener, before it."""
    found = after.find(cue)
    if found < 0 or WORD.findall(after[:found]) or SENTENCE_END.search(after[:found]):
        return None
    papers = _papers_between(context, end + found + len(cue), end + len(after))
    if not papers:
        return None
    start, stop, name = papers[0]  # the first paper after the cue, or none
    gap = context.item.text[end + found + len(cue) : start]
    # "estime de son côté le site IOL": the sentence adverb is no part of the subject; "en"
    # and a word is no adverb there ("afirmó en la televisión pública TVE": where he spoke)
    adverb = CUE_ADVERB.match(gap.lstrip(" ,\u00a0"))
    if adverb is not None and adverb[0].strip(" ,") and not adverb[0].casefold().startswith("en "):
        gap = gap.lstrip(" ,\u00a0")[adverb.end() :]
    if SENTENCE_END.search(gap) or "," in gap:
        return None
    if context.between(end, start):
        return None  # "..., a dit X au Figaro"
    words = WORD.findall(gap)
    clause = SENTENCE_END.split(after[stop - end :], maxsplit=1)[0]
    if _paper_part_of(words):
        # "kopt het blog van De Morgen", "says the website of Le Monde": the paper's own
        words = []
    if _reports_someone(gap + clause):
        return None  # "said one official to the BBC"
    nominative = [w.casefold() for w in words] == ["der"] and not WORD.findall(clause)
    if _listeners_word_in(words) and not nominative:
        # "a confié à la RTBF une habitante", "berichtete der Welt am Sonntag eine
        # Schülerin"; "meint der Kölner Stadt-Anzeiger." closing its sentence is the
        # paper's own verdict (der, a dative feminine too, names no listener there)
        return None
    dative = cue.casefold() in DATIVE_LANGUAGE_CUES and cue.casefold() not in WRITING_CUES
    if dative and (name.casefold() in AGENCIES or (not words and _agency_shaped(name))):
        # "– powiedział PAP", "řekla ČTK", "сказал ТАСС": told the agency (a dative with no
        # preposition); "rapporte Reuters", "informa EFE" are the agency's words
        return None
    return name if len(words) <= MAX_PAPER_SUBJECT_WORDS else None


# The parts of a paper that write in its name: "het blog van", "the website of", "l'éditorial
# du", "la portada de".
PAPER_PARTS = frozenset(
    str.split(
        "blog liveblog website site sito kop headline editorial éditorial edito editoriale "
        "leitartikel commentaar hoofdredactioneel portada une titel titolo"
    )
)
PAPER_PART_OF = frozenset(str.split("van of du de des del della di von der dem"))
ELIDED_ARTICLE_START = re.compile(r"^(?:l|dell|nell|sull)['’]")


def _paper_part_of(words: list[str]) -> bool:
    """Return True for words ending on a paper's part and "of" (``het blog van``, ``the
    website of``), an article at most before."""
    folded = [ELIDED_ARTICLE_START.sub("", w.casefold()) for w in words]  # "l'éditorial du"
    if len(folded) < 2 or folded[-1] not in PAPER_PART_OF or folded[-2] not in PAPER_PARTS:
        return False
    return len(folded) == 2 or (len(folded) == 3 and folded[0] in ARTICLE_SET)


def _reports_someone(rest: str) -> bool:
    """Return True when the words between a paper's name and the quotation bring in someone
    whose words it reports: a title, a trade, a source, a pronoun ("Întrebată de AGERPRES
    ..., aceasta a răspuns") or someone's words ("Gazeta Wyborcza наводить її слова")."""
    said = {w.casefold() for w in WORD.findall(rest)}
    return (
        _someone_else_in(rest)
        or bool(said & (WORDS_OF_SOMEONE | QUOTING_WORDS))
        or any(not _article_of_a_paper(rest, found) for found in PRONOUN.finditer(rest))
    )


def _article_of_a_paper(text: str, pronoun: re.Match[str]) -> bool:
    """Return True for a pronoun's look-alike that is the article of a paper's noun (Italian
    "il quotidiano", "il giornale", where French "il" is "he")."""
    following = WORD.match(text, pronoun.end() + 1)
    return following is not None and following[0].casefold() in PAPERS_NOUNS_AND_MEDIA_WORDS


PAPERS_NOUNS_AND_MEDIA_WORDS = PAPER_NOUNS | MEDIA_WORDS  # one union, not one a call


# Verbs of a paper that quotes or meets someone: the words are that one's ("Le Monde cite ce
# passage", "the paper quoted him as saying", "Le Parisien a rencontré des habitants").
QUOTING_WORDS = frozenset(
    str.split(
        "cite citent citant cita citano citando quoted quoting quotes quote zitiert zitiere "
        "cytuje цитирует цитує приводит наводить rencontré spoke interviewed interviewé "
        "entrevistó intervistato obtained reads lettre letter"
    )
)


# Cues of the languages that put the one told in the dative with no preposition (Slavic).
DATIVE_LANGUAGE_CUES = frozenset(
    verb.casefold() for code in ("ru", "uk", "pl", "cs") for verb in LANGUAGES[code].verbs
)


# Slavic verbs of writing and judging, which take no one told: "- konstatuje FAZ", "—
# пишет ТАСС" are the paper's words (not "- powiedział PAP", told the agency).
WRITING_CUES = frozenset(
    str.split(
        "pisze konstatuje ocenia komentuje zauważa stwierdza podsumowuje пишет пише "
        "отмечает констатирует зазначає констатує píše hodnotí konstatuje komentuje"
    )
)


def _agency_shaped(name: str) -> bool:
    """Return True for a name in capitals of a few letters (PAP, ČTK, TASS, MTI): an
    agency's, which Slavic and Baltic cues take in the dative without a preposition."""
    return name.isupper() and len(name) <= MAX_AGENCY_LETTERS


MAX_AGENCY_LETTERS = 8  # AGERPRES


def _paper_opening_the_clause(context: _Context, span: QuoteSpan) -> str | None:
    """Return the paper that opens the clause leading to the quotation, with no one named
    and no title or pronoun after it ("El País avaliou a decisão como « ... »", "\"BBC\"
    (Großbritannien): « ... »", "Le Figaro, qui voit « ... »")."""
    begin, lead, cuts = _lead(context, span.start)
    clause = cuts[-1]
    papers = _papers_between(context, begin + clause, span.start - 1)
    if not papers:
        return None
    start, stop, name = papers[0]  # the first paper of the clause, or none
    words = WORD.findall(lead[clause : start - begin])
    if _subject_after_a_cue(context, begin + clause, start, words):
        # "Zum Gipfel meint die lettische Zeitung "Diena":": the paper's noun, a cue before
        words = words[-PAPER_NOUN_REACH:]
    if len(words) > MAX_PAPER_SUBJECT_WORDS or _listeners_word_in(words) or "de" in words[1:]:
        # "V rozhovoru pro rozhlas ORF dodala:", "Întrebată de AGERPRES" (a Dutch "De"
        # opening the clause is the paper's article: "De BBC meldde:")
        return None
    text = context.item.text
    spoken_of = [
        m for m in context.between(stop, span.start) if not _written_of(text, m.offset, span.start)
    ]
    if spoken_of or _reports_someone(lead[stop - begin :]):
        return None  # "The Guardian reported that the minister said «...»"
    return name


def _subject_after_a_cue(context: _Context, low: int, start: int, words: list[str]) -> bool:
    """Return True when a paper's noun stands right before the paper's name, a cue among
    the few words before it and no one named before it in its clause: the paper is the
    inverted cue's subject, whatever circumstance opens the clause."""
    if len(words) <= MAX_PAPER_SUBJECT_WORDS or words[-1].casefold() not in PAPER_NOUNS:
        return False
    if context.between(low, start):
        return False
    return any(CUE.fullmatch(w) for w in words[-PAPER_NOUN_REACH - 1 : -1])


def _written_of(text: str, start: int, quote_start: int) -> bool:
    """Return True for a name the paper writes of, after "di/of/about/über ..." ("The Wall
    Street Journal, più che delle sorti di X, si preoccupa ...: «»"); not after a noun of
    words ("un'intervista di Elly Schlein:", "una lettera di X") nor before a verb of
    speech of its own ("ein Porträt über X, der offen zugibt:")."""
    words = text[max(0, start - MAX_LEAD_WORD) : start].split()[-2:]
    if not words or words[-1].casefold() not in OF_WHOM:
        return False
    noun = words[0].casefold().split("'")[-1].split("’")[-1] if len(words) > 1 else ""
    if COMMA_RELATIVE_AFTER_NAME.search(text, start, min(quote_start, start + MAX_LEAD_WORD * 2)):
        return False  # "ein Porträt über X, der offen zugibt:": the relative clause's speaker
    return noun not in WORDS_NOUNS and not CUE.search(text, start, quote_start)


COMMA_RELATIVE_AFTER_NAME = re.compile(
    r",[ \u00a0]+(?:der|die|who|qui|che|que|quien|который|которая|який|яка|który|która)\b"
)


# Nouns of someone's words or of a talk with them, before "di/of X".
WORDS_NOUNS = frozenset(
    str.split(
        "intervista lettera parole dichiarazione messaggio interview letter words statement "
        "message brief worte interview erklärung lettre entretien propos déclaration carta "
        "entrevista palabras declaración carta palavras declaração mensagem"
    )
)
# Prepositions before a name that make it what the paper writes of, not who speaks ("The
# Wall Street Journal, più che delle sorti di Berlusconi, si preoccupa ...: “...”").
OF_WHOM = frozenset(str.split("di of about von über sur su sobre о об про o"))


def _section_paper(context: _Context, span: QuoteSpan, attribution: Attribution) -> str | None:
    """Return the paper the section is headed by, or the one a line of its own names above
    ("📝 The New York Times" ¶ "«...»"), for a quotation nothing attributes and whose
    paragraph names no one before it."""
    if attribution.cue or attribution.role:
        return None
    item = context.item
    before = item.text[_paragraph_start(item, span.start) : span.start - len(span.open_mark)]
    if before.strip(" *-–—•") or context.between(0, span.start):
        # "Les manifestants scandaient : «...»", "La vicepresidenta X compareció. ¶ «...»":
        # the paper heads quotations that stand alone, before anyone is named
        return None
    if context.papers_below:
        return _paper_line_below(context, span.end) or context.heading_paper
    return _paper_line_above(context, span.start) or context.heading_paper


def _paper_line_above(context: _Context, offset: int) -> str | None:
    """Return the paper the last paragraph that is a paper's name alone names before
    ``offset`` ("📝 The New York Times", "De Standaard (België)")."""
    lines = context.paper_lines
    index = bisect.bisect_left(lines, offset, key=_start)
    return lines[index - 1][1] if index else None


def _line_ends_on_a_city(text: str, offset: int) -> bool:
    """Return True when the line holding ``offset`` ends on a paper's city ("The Times,
    London")."""
    end = text.find("\n", offset)
    return PAPERS_CITY.search(text, offset, len(text) if end < 0 else end) is not None


def _paper_line_below(context: _Context, offset: int) -> str | None:
    """Return the paper the first paragraph that is a paper's name alone names after
    ``offset``, in an item whose paper lines credit the quotations above them."""
    lines = context.paper_lines
    index = bisect.bisect_left(lines, offset, key=_start)
    return lines[index][1] if index < len(lines) else None


def _credits_below(lines: list[tuple[int, str]], quoted: list[tuple[int, int]], text: str) -> bool:
    """Return True when the item's paper lines credit the quotations above them: two lines
    at least, a quotation before the first, none after the last, one at least between two
    ("„...“" ¶ "Corriere della Sera, Rom" ¶ "„...“" ¶ "The Times, London"); or one line
    with its city under the item's one quotation (a digest split into items)."""
    if not lines or not quoted:
        return False
    starts = [start for start, _ in quoted]
    if starts[0] > lines[0][0] or starts[-1] > lines[-1][0]:
        return False
    if len(lines) < MIN_CREDIT_LINES:
        return len(quoted) == 1 and _line_ends_on_a_city(text, lines[0][0])
    return all(
        bisect.bisect_left(starts, high) > bisect.bisect_left(starts, low)
        for (low, _), (high, _) in itertools.pairwise(lines)
    )


MIN_CREDIT_LINES = 2
# A paper's line may end on its city: "Corriere della Sera, Rom", "The Times, London".
PAPERS_CITY = re.compile(CITY_AFTER_PAPER + r"[ \u00a0]*$")


def _paper_lines(text: str, papers: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Return (offset, paper) of the item's paragraphs that are a paper's name alone, once
    per item: each paper's line is read once."""
    lines = []
    for start, stop, name in papers:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", stop)
        line_end = len(text) if line_end < 0 else line_end
        after = PAPERS_CITY.sub("", text[stop:line_end])
        if not WORD.search(PARENTHESIS.sub("", text[line_start:start] + after)):
            lines.append((start, name))
    return lines


def _last_paper(context: _Context, offset: int) -> str | None:
    """Return the listed paper named last in the paragraph holding ``offset`` or the one
    before, before ``offset`` (a paper named far back is no antecedent of "the paper");
    else the section's."""
    item = context.item
    paragraph = _paragraph_index(item, offset)
    low = item.starts[max(0, paragraph - 1)]
    earlier = _papers_between(context, low, offset)
    above = bool(earlier) and earlier[-1][0] < item.starts[paragraph]
    if above and earlier[-1][2] in context.shaped_papers:
        return None  # "Cameroon Tribune" a paragraph above "écrit le journal": another paper's
    return earlier[-1][2] if earlier else context.heading_paper


def _papers_between(context: _Context, low: int, high: int) -> list[tuple[int, int, str]]:
    """Return the papers named at offsets in ``[low, high)``: found by bisection, so a
    quotation asks about its own window only."""
    papers = context.papers
    return papers[
        bisect.bisect_left(papers, low, key=_start) : bisect.bisect_left(papers, high, key=_start)
    ]


def _start(found: tuple[int, int, str] | tuple[int, str]) -> int:
    """Return where a found paper or paper line starts: the key the bisections use."""
    return found[0]


PAPER_NOUN_REACH = 3  # words between a paper's noun and its cue ("el diario británico remarcó")
TOLD = frozenset(str.split("told tells telling"))


def _paper_noun_at_cue(context: _Context, span: QuoteSpan, cue: str) -> bool:
    """Return True when a paper's noun is the cue's subject: within a few words before the
    cue that leads to the quotation ("el diario escribió:"), or around the cue after it ("«...»
    -qəzet yazır", "aldus de krant"); not the paper told ("told the paper", "dijo a este
    periódico") and not before the one who spoke ("сказал газете председатель X")."""
    if cue.split()[0].casefold() in TOLD | QUOTING_WORDS:
        return False  # "told the paper"; "zitiert die Zeitung einen Hotelier"
    end, after = _line_after(context, span)
    found = after.find(cue)
    if found >= 0 and not SENTENCE_END.search(after[:found]):
        clause = SENTENCE_END.split(after[found + len(cue) :], maxsplit=1)[0]
        if {w.casefold() for w in WORD.findall(clause)} & QUOTING_WORDS:
            return False  # "the paper quoted him as saying", "— цитирует его газета"
        words = WORD.findall(after[:found])
        if _subject_noun(words, len(words) - PAPER_NOUN_REACH, len(words)):
            return True
        words = WORD.findall(clause)
        if _subject_noun(words, 0, PAPER_NOUN_REACH) and not context.between(
            end, end + found + len(cue) + len(clause)
        ):
            return True
    begin, lead, cuts = _lead(context, span.start)
    at = lead.rfind(cue, cuts[-1])
    if at < 0:
        return False
    if _paper_noun_right_after(lead, at, cue) or _paper_noun_closing_the_lead(lead, at, cue):
        return True
    words = WORD.findall(lead[cuts[-1] : at])
    if not _subject_noun(words, len(words) - PAPER_NOUN_REACH, len(words)):
        return False
    if {w.casefold() for w in WORD.findall(lead[at:])} & (QUOTING_WORDS | WORDS_OF_SOMEONE):
        return False  # "Газета приводит слова министра: «...»"
    if context.between(begin + at, span.start):
        return False
    # "Sobre Cristina Kirchner, el diario escribió": one named in a phrase set off before the
    # noun; "Etnoqraf X “Xalq qəzeti”nə ... edib": the one named is the subject
    named = context.between(begin + cuts[-1], begin + at)
    return not named or "," in lead[named[-1].offset - begin : at]


def _paper_noun_closing_the_lead(lead: str, at: int, cue: str) -> bool:
    """Return True when the cue's subject is a paper's noun after it, an article at most
    between, that ends the lead right before the quotation ("Jak wyjaśnia redakcja, "..."",
    "como escribe el diario: «...»"): the words are the paper's."""
    rest = lead[at + len(cue) :].rstrip(OPENING_MARKS + "\u00a0\n")
    words = WORD.findall(rest)
    subject = WORD.findall(SENTENCE_END.split(lead[:at])[-1])
    return (
        0 < len(words) <= 2
        # "zei tegen de krant:": said to the paper
        and not _listeners_word_in(WORD.findall(cue))
        and rest.endswith((",", ":"))
        and words[-1].casefold() in PAPER_NOUNS | NEWSROOM_NOUNS
        # "sagte der Redaktion:": told the newsroom, a dative article before it
        and all(w.casefold() in ARTICLE_SET - TO_OR_IN_A_PAPER for w in words[:-1])
        # "Faeser sagte der Redaktion:": someone named or titled before the cue speaks
        and not any(w[:1].isupper() or is_title_word(w) for w in subject[1:])
        and not any(is_title_word(w) for w in subject[:1])
    )


# A paper's newsroom speaking for it, after its verb ("Jak wyjaśnia redakcja, "..."").
NEWSROOM_NOUNS = frozenset(
    str.split("redakcja redaktion redazione redacción redação rédaction redactie редакция редакція")
)


def _paper_noun_right_after(lead: str, at: int, cue: str) -> bool:
    """Return True for "according to" and a paper's noun right after it, an article at most
    between, closed by its comma, in a clause that then names no one and gives no title or
    pronoun or reporting verb ("Segundo o jornal, a vitória de Lula «...»", "Selon le
    quotidien, ..."); not "Selon le journal, Bayrou aurait dit", "Según su diario", "Según
    la revista Science", "Selon un quotidien britannique"."""
    if cue.casefold() not in ACCORDING_TO:
        return False  # "The company said the newspaper had ...", "Pour le magazine": no
    rest = lead[at + len(cue) :]
    phrase, comma, clause = rest.partition(",")
    words = WORD.findall(phrase)
    if not comma or not words or len(words) > PAPER_NOUN_REACH:
        return False
    noun = next((i for i, w in enumerate(words) if w.casefold() in PAPER_NOUNS), None)
    if noun is None or any(w.casefold() not in NOUN_ARTICLES for w in words[:noun]):
        return False  # "Selon un quotidien britannique", "Según su diario": not the paper
    if any(w[:1].isupper() for w in words[noun:]):
        return False  # "Según la revista Science", "Selon le Journal officiel": named
    following = WORD.findall(clause)
    if any(is_title_word(w) or pronoun_gender(w) for w in following) or CUE.search(clause):
        return False  # "Selon le journal, des enquêteurs confient": someone else speaks
    # anyone capitalised after the comma is the subject ("Bayrou aurait dit"), unless after
    # "of" ("a vitória de Lula")
    return not any(
        w[:1].isupper() and (k == 0 or following[k - 1].casefold() not in OF_WORDS)
        for k, w in enumerate(following)
    )


# The cues that name whom the words are after, before them: "selon", "segundo", "laut"; not
# "pour", "para", "per", "for" ("Pour le magazine, il a posé": for the magazine).
ACCORDING_TO = frozenset(
    c.casefold() for cues in LANGUAGES.values() for c in cues.before
) - frozenset(str.split("pour para per for für"))
NOUN_ARTICLES = frozenset(
    str.split("o a os as le la les l el los las il lo the der die das de het den dem des")
)


def _subject_noun(words: list[str], low: int, high: int) -> bool:
    """Return True when ``words[low:high]`` hold a paper's noun with no preposition before
    it ("intervistato dal quotidiano", "told the paper", "dijo a este periódico")."""
    low = max(0, low)
    for index in range(low, min(high, len(words))):
        if words[index].casefold() in PAPER_NOUNS:
            return not _listeners_word_in(words[max(0, index - PAPER_NOUN_REACH) : index])
    return False


def _paper_noun(role: str) -> bool:
    """Return True for a role that is a paper's noun ("el diario", "the paper", "de krant")."""
    words = [w.casefold() for w in WORD.findall(role)]
    return bool(words) and all(w in PAPER_NOUNS or w in ARTICLE_SET for w in words)


ARTICLE_REACH = 6  # characters before a name that hold its article ("o ", "la ")
# Capitals inside a word that make a brand (ICMBio, PetroChina), not a surname's prefix
# (McDonnell, MacArthur, DiMaggio, LeBlanc, O'Connor).
INNER_CAPITALS = re.compile(r"[A-Z]{2}|[a-z]{4}[A-Z]")
APPOSITION_WORDS = 3  # ", le service néerlandais": the body's noun comes within three words
DEFINITE_ARTICLES = frozenset(str.split("o a os as the le la les il lo el der die das"))


ACRONYM_OPENING = 3  # capitals opening a word that no person's name opens with


# A page's headline named as such: "... » é o título do X", "», est le titre du Monde", "»
# is the headline of", "» ist die Schlagzeile der"; not "à juste titre", "the headline
# figure", "une bonne nouvelle".
HEADLINE_NOUN_WORDS = r"(?:título|titre|titular|titolo|headline|schlagzeile|überschrift|manchete)"
HEADLINE_AFTER = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:é|est|es|è|is|ist|era|était|was|war)[ \u00a0]+"
    r"(?:o|a|le|la|el|il|the|der|die|das|l')[ \u00a0]*"
    + HEADLINE_NOUN_WORDS
    + r"(?=[ \u00a0]+(?:de|do|da|du|del|della|of|des|von|der)(?![\w-])|[ \u00a0]*[.,;\n]|\Z)",
    re.IGNORECASE,
)
# "sob o título «", "sous le titre « ", "con il titolo «", "under the headline "": the
# headline's words follow.
HEADLINE_BEFORE = re.compile(
    r"(?<![\w-])(?:sob|sous|bajo|con|col|under|unter|with)[ \u00a0]+"
    r"(?:o|le|el|il|the|der|die|l')[ \u00a0]*" + HEADLINE_NOUN_WORDS + r"[ \u00a0]*:?[ \u00a0]*$",
    re.IGNORECASE,
)
HEADLINE_BEFORE_REACH = 40  # characters before the opening mark read for "sous le titre"


def _set_out_as_a_headline(
    context: _Context, span: QuoteSpan, attribution: Attribution
) -> str | None:
    """Return the paper whose headline the quotation is said to be, "" when the text calls
    it a headline (or a title) of no paper it names, or None when it does not: "«...» é o
    título do Jornal de Notícias" (the paper right after), "sob o título «...»" (the paper
    named before in the sentence), unless a cue after the quotation names who said it
    ("took issue with the headline: "...", Trump wrote")."""
    text = context.item.text
    after = span.end + len(span.close_mark)
    close = HEADLINE_AFTER.match(text, after)
    if close is not None:
        line_end = text.find("\n", close.end())
        following = _papers_between(context, close.end(), line_end if line_end >= 0 else len(text))
        if following and HEADLINE_OWNER_GAP.fullmatch(text[close.end() : following[0][0]]):
            return following[0][2]  # "é o título do Jornal de Notícias", "de capa do Record"
        return None  # "est le titre de son livre, publié par Le Monde": no page's headline
    opening = span.start - len(span.open_mark)
    before = text[max(0, opening - HEADLINE_BEFORE_REACH) : opening].rsplit("\n", 1)[-1]
    if HEADLINE_BEFORE.search(before) is None:
        return None
    if attribution.cue and attribution.cue in _line_after(context, span)[1]:
        return None  # "with the headline: "...", Trump wrote": his words
    begin, lead, cuts = _lead(context, span.start)
    front = FRONT_PAGE.search(lead[cuts[-1] :])
    if not front:
        return None  # "publie ses mémoires sous le titre « ... »": a book's title
    named = _papers_between(context, begin + cuts[-1], span.start)
    if front[0].casefold().endswith(("ginas", "pages", "pagine", "páginas")) and not named:
        return None  # "en las primeras páginas del libro": a book's or a report's
    return named[-1][2] if named else ""


# What stands between a headline's noun and its paper: "do", "de capa do", "of the".
HEADLINE_OWNER_GAP = re.compile(
    r"[ \u00a0]+(?:(?:de|da)[ \u00a0]+(?:capa|portada|une|primeira página)[ \u00a0]+)?"
    r"(?:do|da|de|du|del|della|dello|of|des|von|der)(?:[ \u00a0]+(?:the|le|la|il|el|o|a))?"
    r"[ \u00a0]+"
)
# A front page, where a paper puts the headline it gives a story ("chama para primeira
# página ... sob o título «"): a book's or a report's title is none.
FRONT_PAGE = re.compile(
    r"(?:primeira página|première page|à la une|en une|portada|primera página|prima pagina|"
    r"front page|titelseite|aufmacher|capa|"
    # "le dedica sus dos primeras páginas al asunto bajo el título:"
    r"primeras páginas|primeiras páginas|premières pages|prime pagine|first pages)",
    re.IGNORECASE,
)


def _attributed_at_all(attribution: Attribution) -> bool:
    """Return True when the text around a quotation says anything of who spoke: a cue, a
    name, a body, or someone left unnamed."""
    return bool(
        attribution.cue or attribution.speaker or attribution.institution or attribution.unnamed
    )


def _speaker_of_the_paragraph(context: _Context, span: QuoteSpan) -> str | None:
    """Return who spoke the quotation before in the same paragraph, when no cue says who
    spoke this one and nobody is named between the two (``„...“, sagt X. Das Rehwild sei
    ausgewichen. „...“``): the sentences between go on reporting the same person."""
    last_paragraph, speaker = context.counter.previous
    if speaker is None or last_paragraph != span.first_paragraph:
        return None
    # the speaker's own name after the quotation before ("», sagt X. ...") is no other person
    if any(m.person != speaker for m in context.between(context.counter.previous_end, span.start)):
        return None
    narration = _past_its_sentence(context.item.text[context.counter.previous_end : span.start])
    if _someone_else_in(narration):
        return None
    if _alone_in_its_sentence(context.item, span):
        return None if _new_subject_opens(narration) else speaker
    return speaker if _partial_after_speech(context, span, narration) else None


# What ends a quotation before its attribution: its closing marks, a comma, a stop.
CLOSING_MARKS_AND_STOPS = ' ,.!?\u00a0»”“"’›«'
SENTENCE_STOP_AFTER = re.compile(r"[.!?](?=\s|$)")


# German verbs in the first subjunctive (third person), the mood of reported speech: a
# sentence in it goes on reporting the last speaker ("Mit „hohen Krediten“ führe China
# „viele Staaten in die Schuldenfalle“").
GERMAN_SUBJUNCTIVE = frozenset(
    str.split(
        "sei seien habe werde könne müsse solle wolle dürfe möge gebe führe liege stehe gehe "
        "komme brauche bleibe fehle zeige plane wisse halte trage sehe lasse nehme mache "
        "treffe gelte"
    )
)


def _reported_in_the_subjunctive(context: _Context, span: QuoteSpan) -> str | None:
    """Return the last speaker when the quotation's sentence, in the paragraph of the
    quotation before or the next one, reports in the German first subjunctive (its main
    clause's verb), right after the sentence of that quotation and its attribution, with no
    source, colon or words after its last quotation of its own."""
    last_paragraph, speaker = context.counter.previous
    if speaker is None or span.first_paragraph - last_paragraph not in (0, 1):
        return None
    if context.item.paragraphs[span.first_paragraph].language.code != "de":
        return None
    if any(m.person != speaker for m in context.between(context.counter.previous_end, span.start)):
        return None
    text = context.item.text
    start = _sentence_start(text, span.start)
    if start < context.counter.previous_end:
        return None  # the quotation before is in this sentence: the usual readings decide
    # the quotation before ends its sentence with its own attribution ("“...”, sagte X."),
    # and nothing comes between: "Hoeneß sieht das anders.", "Die Grünen widersprechen." or
    # "Aus dem Ministerium hieß es, ..." may bring in another source
    between = text[context.counter.previous_end : start].lstrip(CLOSING_MARKS_AND_STOPS)
    attribution = CUE.match(between.lstrip("—–- "))
    stop = SENTENCE_STOP_AFTER.search(between)
    if attribution is None or stop is None or WORD.search(between, stop.end()):
        return None
    stops = [i for i in (text.find(". ", span.end), text.find("\n", span.end)) if i >= 0]
    sentence = text[start : min(stops) if stops else len(text)]
    outside = QUOTED.sub(" ", sentence)
    if CUE.search(outside) or ":" in outside:
        return None  # "Das Amt teilte mit, der Pegel werde „...“", "Kritik kam von X: ..."
    last = list(QUOTED.finditer(sentence))[-1:]
    if last and WORD.search(sentence, last[0].end()):
        # "„...“, twitterte der Verein", "Der Film „...“ sei ein Meisterwerk": the sentence
        # goes on after its last quotation, with a source or a title's predicate
        return None
    # the main clause's verb, before any comma: not "Die Opposition behauptet, er sei „...“"
    main = WORD.findall(outside.split(",", 1)[0])
    return speaker if any(w in GERMAN_SUBJUNCTIVE for w in main) else None


def _answer_to_a_question(context: _Context, span: QuoteSpan) -> str | None:
    """Return the person quoted two paragraphs before when the quotation fills its paragraph
    and the paragraph between is an unquoted question (an interview's "Che si fa?" over
    "«Siamo d'accordo con ...»"): the interviewee answers again."""
    last_paragraph, speaker = context.counter.previous
    first = span.first_paragraph
    if speaker is None or last_paragraph != first - 2 or span.last_paragraph != first:
        return None
    paragraphs = context.item.paragraphs
    question = paragraphs[first - 1].text.strip()
    if holds_a_double_quotation_mark(question):
        return None
    # an interviewer's remark trailing off ("... non sembra ci sia stata grande
    # collaborazione...") when it names nobody (not "We don't always agree with Kelvin, but
    # ...": the writer's aside on someone)
    named = context.between(context.item.starts[first - 1], context.item.starts[first])
    if any(m.person != speaker for m in named):
        return None  # "Журналисты спросили и Владимира Зеленского: ...?": someone else asked
    trailing = question.endswith(TRAILING_OFF) and not named
    if not (question.endswith("?") or trailing) or not _asks_twice(paragraphs):
        return None
    if _others_named_in(context, first + 1, speaker):
        return None  # "...?" ¶ "“...”" ¶ "Shadow chancellor Mel Stride was scathing."
    own = paragraphs[first].text.strip()
    opens = own[:1] == span.open_mark
    closes = own.rstrip(".!?… ").endswith(span.close_mark) if span.close_mark else False
    return speaker if opens and closes else None


TRAILING_OFF = ("...", "…")


def _asks_twice(paragraphs: list[Paragraph]) -> bool:
    """Return True when two unquoted paragraphs of the item (the first 40) end as questions
    or trail off: an interview's turns, not a news story's one rhetorical question."""
    asked = 0
    for paragraph in paragraphs[:MAX_LABEL_LOOK_BACK]:
        text = paragraph.text.strip()
        if text.endswith(("?", *TRAILING_OFF)) and not holds_a_double_quotation_mark(text):
            asked += 1
    return asked >= MIN_QUESTIONS


def _partial_after_speech(context: _Context, span: QuoteSpan, narration: str) -> bool:
    """Return True for a quotation inside a sentence of narration that goes on reporting the
    speaker before ("«...», ha proseguito la presidente del Consiglio. Il documento prodotto
    dal vertice «è una grande vittoria per l'Italia»."): the sentence ends on the quotation,
    and neither it nor the narration since the quotation before holds a verb of speech, a
    name, a body or a trade (not "..., resumía un antiguo minero", "повідомили, що «...»")."""
    text = context.item.text
    end = span.end + len(span.close_mark)
    begin = max(context.item.starts[span.first_paragraph], span.start - SUBJECT_CONTEXT)
    head = SENTENCE_BREAK.split(text[begin : span.start])[-1]
    # German reported speech: 'Das dürfe „niemals zu Lasten von Rente“ gehen.' goes on with
    # the speaker's words, its verb's tail after the quotation, when every sentence since
    # the speaker's quotation reports too (not after "Die Arbeitgeberverbände sehen das
    # anders.": someone else's view)
    reported = REPORTED_SPEECH_VERB.search(head) is not None and all(
        REPORTED_SPEECH_VERB.search(sentence)
        for sentence in SENTENCE_BREAK.split(narration)
        if WORD.search(sentence)
    )
    closes = ENDS_ITS_SENTENCE.match(text, end) or (reported and VERB_TAIL.match(text, end))
    if not closes or _credited_in_the_sentence_after(context.item, span):
        return False  # "Mais « ... ». Cette formule de Jacques Chirac ...": another's
    if not narration.strip() or CUE.search(narration) or CUE.search(head):
        return False
    said = {w if w == "I" else w.casefold() for w in WORD.findall(span.text)}
    if not FIRST_PERSON.intersection(said) and not reported:
        return False  # "La legge prevede «...»", "Le slogan était « ... »": no one's speech
    return not (find_names(head) or _someone_else_in(head))


# Words of the speaker about themselves: said words, not a law's, a placard's or a title's.
FIRST_PERSON = frozenset(
    str.split(
        "I me my we us our je me moi nous ich mir mich wir uns unser yo mí nosotros nos "
        "eu mim nós io mi noi ci ik mij wij ons я мне меня мы нас ja mnie my nas ben biz "
        "mən bizim"
    )
)


# After a quotation that closes its sentence: a stop, the line's end or the text's.
ENDS_ITS_SENTENCE = re.compile(r"[ \u00a0]*(?:[.!?…]|\n|$)")
# A German verb's last words after the quotation, then the stop ("„...“ gehen.", "„...“
# gesagt werden.").
VERB_TAIL = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){1,2}[ \u00a0]*[.!?…]")


# German verbs in the Konjunktiv I, the mood of reported speech.
REPORTED_SPEECH_VERB = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe)\b", re.IGNORECASE
)


def _new_subject_opens(narration: str) -> bool:
    """Return True when the narration between two quotations opens on a subject of its own,
    an article or a possessive before a noun that is no title ("La foule a repris le
    slogan.", "L'azienda contesta", "Her neighbour remembers it differently."): it may bring
    in the next voice. A title or a trade goes on with the same person ("The president spoke
    in Scranton.", "Der Landwirt ist seit 30 Jahren auf dem Hof."), and so does German reported
    speech ("Das Rehwild sei ausgewichen.")."""
    words = WORD.findall(narration)[:2]
    if not words or REPORTED_SPEECH_VERB.search(narration):
        return False
    elided = ELIDED_ARTICLE.match(words[0])
    if elided:
        return not _names_a_role(words[0][elided.end() :])
    if words[0].casefold() in POSSESSIVES:
        return True  # "Her neighbour", "Son ancien associé": someone of theirs, not them
    return words[0].casefold() in ARTICLE_SET and len(words) > 1 and not _names_a_role(words[1])


POSSESSIVES = frozenset(
    str.split("her his their its ihr ihre ihrem sein seine seinem seiner son sa ses leur su sus")
    + str.split("suo sua seu zijn haar hun jego jej его её их його її")
)


def _names_a_role(word: str) -> bool:
    """Return True for a title or a trade ("Der Kanzler", "Der Landwirt"): the same person as
    the one just quoted, named by what they do."""
    return is_title_word(word) or word.casefold() in trade_words()


def _past_its_sentence(text: str) -> str:
    """Return what follows the first sentence's end in ``text`` (the words after the
    quotation before that close its own sentence: "», sagt Revierförster X."), else ""."""
    parts = SENTENCE_OR_CLAUSE_END.split(text, maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def _someone_else_in(narration: str, titles: bool = True) -> bool:
    """Return True when the sentences between two quotations bring in someone unnamed: a
    person by trade ("Ein Landwirt ist verärgert."), an unnamed source, a body ("Die
    Gemeinde verspricht Hilfe.") or, with ``titles``, a title ("Der Bürgermeister sieht das
    anders."; after a short attribution "The president spoke in Scranton." is the same man)."""
    for sentence in SENTENCE_OR_CLAUSE_END.split(narration):
        if someone_by_trade(sentence.strip()) or unnamed_source(sentence):
            return True
        words = WORD.findall(sentence)
        if any(is_institution_word(word) for word in words):
            return True
        if titles and any(is_title_word(word) for word in words):
            return True
    return False


def _alone_in_its_sentence(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True when the quotation is a sentence of its own: a sentence's end or the
    paragraph's start before its opening mark, a sentence's end or the paragraph's after its
    closing one (not "«...», confida uno di loro", not "fanno sapere che «...»")."""
    paragraph_start = item.starts[span.first_paragraph]
    before = item.text[paragraph_start : span.start].rstrip(OPENING_MARKS + " \u00a0")
    head, _, last = before.rpartition(" ")
    if (
        last.casefold() in SUBJECTLESS_OPENERS
        and head.endswith(SENTENCE_CLOSERS)
        and not _credited_in_the_sentence_after(item, span)
    ):
        before = head  # 'said the Chancellor. But “we are risking ...”': still hers
    if before and not before.endswith(SENTENCE_CLOSERS):
        return False
    after = item.text[span.end + len(span.close_mark) :]
    rest = after.lstrip(" \u00a0")
    return (
        not rest
        or rest[0] in "\n.!?…"
        or (after[:1] in " \u00a0" and rest[:1].isupper() and span.text.rstrip()[-1:] in ".!?…")
    )


def _credited_in_the_sentence_after(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True when the sentence after the quotation points back at it or names someone
    ("Mais « ... ». Cette formule de Jacques Chirac ...", "That is the headline of The
    Times"): the words may be another's than the speaker's before."""
    rest = item.text[span.end + len(span.close_mark) : span.end + MAX_SENTENCE_AFTER]
    rest = rest.split("\n", 1)[0].lstrip(" .!?…")
    sentence = re.split(r"(?<=[.!?…])\s", rest, maxsplit=1)[0]
    first = WORD.match(sentence)
    if first and first.group().casefold() in DEMONSTRATIVES:
        return True
    return bool(media_in(sentence)) or any(not n.single for n in find_names(sentence))


MAX_SENTENCE_AFTER = 200
DEMONSTRATIVES = frozenset(
    str.split("that this these those cette ce ces cet dies diese dieser das questa questo esta")
    + str.split("este esto isso isto dat dit это эта этот це ця цей")
)


# A word that opens a sentence and leaves its subject unsaid: "But «...»." is a quotation
# alone in its sentence all the same.
SUBJECTLESS_OPENERS = frozenset(
    str.split("but and yet mais et aber und doch pero ma mas maar en но а и але ale ama ve")
)
# How a sentence ends before a quotation of its own: a stop, or a quotation's closing mark.
SENTENCE_CLOSERS = (".", "!", "?", "…", "»", "”", "“", '"', "։")


# Where a sentence ends before a quotation: what comes after is no longer its subject's.
SENTENCE_OR_CLAUSE_END = re.compile(r"[.!?:;]\s")


def _named_earlier_in_the_sentence(context: _Context, quote_start: int) -> str | None:
    """Return the person the quotation's sentence names last before it, when no cue says
    who spoke: the verbs that report are too many to list ("sprach von", "відповідає, що",
    "Nach Ansicht von X sollten ..."), but the sentence that holds the words is the named
    person's; only a person's (``_person_named``)."""
    text = context.item.text
    paragraph = _paragraph_start(context.item, quote_start)
    named = context.between(paragraph, quote_start)
    if not named:
        return None
    last = named[-1]
    between = text[last.offset : quote_start]
    if SENTENCE_OR_CLAUSE_END.search(between):
        return None
    if _apposed_to_an_object(text, last.offset, between, len(last.person.split())):
        return None
    words_between = [w.casefold() for w in WORD.findall(between)]
    if any(w in PLACE_RELATIVES for w in words_between):
        return None  # "X navštívil nemocnici, kde lékaři popsali „...“": others speak there
    if not _person_named(last) or _possessed(text, last):
        return None
    if any(w in OTHER_SUBJECT_WORDS for w in words_between) or (
        words_between and words_between[-1] in CLAUSE_TURNS
    ):
        # "X, whom critics call «»", "X a été qualifié de « »", "X et « la stratégie »"
        return None
    before = _word_before_name(text, last.offset)
    if before.casefold() in OPENING_PREPOSITIONS:
        return None  # "Contre Nicolas Sarkozy, le parquet a requis « »", "When X withdrew"
    if is_title_word(before) and _after_an_object_preposition(text, last.offset - len(before) - 1):
        # "X agradeceu ao senador Y, do PP, “...”": Y is the one thanked; X, before, speaks
        return _named_earlier_in_the_sentence(context, last.offset)
    if (
        before[:1].islower()
        and not is_title_word(before)
        and not _trade_after_article(text, last, before)
        and not _turkic_participle(before)
    ):
        # "acusa a Pedro Sánchez de «...»", "a letter to", "found that", "au lycée Victor
        # Hugo", "un proche d'Emmanuel Macron": the name is an object or a place's
        return None
    return last.person


# Words between a name and a quotation that give the words another subject: an object
# relative ("whom critics call"), a passive ("a été qualifié de", "wurde ... genannt").
OTHER_SUBJECT_WORDS = frozenset(
    str.split(
        "whom whose dont den deren dessen которого которую которых którego którą których "
        "été wurde wird worden was were been został została zostali fue fueron stato stata "
        "foi werd byl byla был была были accused vorgeworfen gilt"
    )
)
# Prepositions and conjunctions opening a sentence before a name that is not its subject
# ("Contre X, le parquet", "Unlike X, the governor", "Quand X a dissous").
OPENING_PREPOSITIONS = frozenset(
    str.split(
        "contre against comme unlike like wie neben nach since quand lorsque when quando "
        "cuando когда коли kiedy with avec outre après after before avant vor seit mit sans "
        "without despite malgré trotz"
    )
)


def _trade_after_article(text: str, mention: _Mention, before: str) -> bool:
    """Return True for the mention's role as the one word between an article and the name
    ("El guía Wilmer Orellana Paz"), not a verb between two names ("Macron salue Bayrou")."""
    if before != mention.role:
        return False
    head = text[max(0, mention.offset - MAX_LEAD_WORD - len(before)) : mention.offset]
    words = head.split()
    return len(words) < 2 or words[-2].casefold() in DEFINITE_ARTICLES


ELIDED_PREPOSITIONS = frozenset({"d'", "d’", "l'", "l’"})
# Relative words of place: the clause after them has a subject of its own.
PLACE_RELATIVES = frozenset(str.split("où where wo kde gdzie где де dove donde onde waar"))
TURKIC_PARTICIPLE_ENDINGS = ("an", "en", "ən")
ARMENIAN_OBLIQUE_ENDINGS = ("ի", "ին", "ից")  # Գրիգորյանի, -ին, -ից: of, to, from the name
MIN_PARTICIPLE = 6  # letters of a Turkic participle before its subject ("karşılaştıran")
# After a name: its possessive ("Joe Biden's spokesman", "Trump'ın destekçileri").
POSSESSIVE_AFTER = re.compile(r"['’](?:s|[ıiuü]n|n[ıiuü]n)$")


def _objects_only(context: _Context, start: int, end: int) -> bool:
    """Return True when persons are named between ``start`` and ``end``, each after a
    preposition of an object ("preguntarle a López Obrador", "au ministre X"): none is who
    speaks (not "che il primo ministro X aveva detto", a clause relaying X)."""
    between = context.between(start, end)
    text = context.item.text
    return bool(between) and all(
        _after_an_object_preposition(text, m.offset)
        or text[max(0, m.offset - 3) : m.offset].casefold() in (" a ", "(a ")
        for m in between
    )


def _after_an_object_preposition(text: str, start: int) -> bool:
    """Return True when a preposition of an object, maybe with its article, stands right
    before ``start`` ("ao senador", "au ministre", "to the senator", "dem Minister")."""
    words = text[max(0, start - MAX_LEAD_WORD) : start].split()[-2:]
    if words and words[-1].casefold() in ARTICLE_SET and len(words) > 1:
        words = words[:-1]
    return bool(words) and words[-1].casefold() in OBJECT_PREPOSITIONS


# Prepositions of the dative (and their contractions with an article) before the one
# something is said to, given or thanked for: no subject follows them. Not "with", "con",
# "avec": the one talked with is often the one quoted ("En una entrevista con X, «...»").
OBJECT_PREPOSITIONS = frozenset(
    str.split("ao aos à às au aux al alla allo ai agli alle dem zum zur to у к ко")
)


def _word_before_name(text: str, start: int) -> str:
    """Return the word right before a name at ``start`` in its clause, else "" (the name
    opens the sentence, or follows a comma or a colon)."""
    head = text[max(0, start - MAX_LEAD_WORD) : start]
    if head[-2:].casefold() in ELIDED_PREPOSITIONS:
        return head[-2:].casefold()  # "un proche d'Emmanuel Macron", "l'équipe d'X"
    if not head.endswith(" ") or head.rstrip()[-1:] in ',:;.!?()«»“”"„–—-':
        return ""
    words = head.split()
    return words[-1] if words else ""


def _turkic_participle(word: str) -> bool:
    """Return True for a Turkic participle, whose subject follows it ("karşılaştıran Ilıcak,
    “...”")."""
    return (
        len(word) >= MIN_PARTICIPLE
        and word.endswith(TURKIC_PARTICIPLE_ENDINGS)
        and any(ch in TURKIC_LETTERS for ch in word)
    )


def _possessed(text: str, mention: _Mention) -> bool:
    """Return True when the name as written belongs to the person who speaks, in the
    possessive or the genitive of a title or a kin word ("Joe Biden's spokesman", "Rzecznik
    Andrzeja Dudy", "Donald Trump'ın destekçileri"); not the owner of the words
    ("Erdoğan'ın sözleri", "zdaniem Andrzeja Dudy"), who speaks."""
    count = len(mention.person.split())
    written = text[mention.offset : mention.offset + MAX_LEAD_WORD * count].split()[:count]
    if not written:
        return False
    last = written[-1].rstrip(",.:;")
    end = text.find(last, mention.offset) + len(last)
    after = WORD.findall(text[end : end + MAX_LEAD_WORD])[:1]
    if last.endswith(("'s", "’s")):
        # "Joe Biden's spokesman", "Biden's withdrawal triggered"; not "Biden's remarks"
        return bool(after) and not STATEMENT.fullmatch(after[0])
    if (
        POSSESSIVE_AFTER.search(last)
        or turkish_genitive(last)
        or last.endswith(ARMENIAN_OBLIQUE_ENDINGS)
    ):
        return bool(after) and _person_head(after[0])
    first = written[0]
    if is_given_name_in_a_case(first) and not is_given_name(first):
        head = text[max(0, mention.offset - MAX_LEAD_WORD) : mention.offset].split()[-1:]
        return bool(head) and _person_head(head[0])
    return False


# Nouns of the people around a person, who speak for or about them: whole short words, and
# stems of the longer ones (lowercase).
PERSON_HEAD_WORDS = frozenset(
    str.split("son sons aide aides syn mari fils eşi муж сын мати мать жена дочь отец")
)
PERSON_HEAD_STEMS = tuple(
    str.split(
        "mother father daughter wife husband widow supporter lawyer attorney "
        "matk ojc córk żon mąż zwolenn adwokat obrońc сторонник адвокат батьк дружин "
        "прихильник anhänger anwalt mutter vater sohn tochter sostenitor avvocat madre padre "
        "figli moglie partidari abogad esposa mère père fille femme avocat partisan destekçi "
        "avukat annesi babası oğlu tərəfdar vəkil anası atası"
    )
)


def _person_head(word: str) -> bool:
    """Return True for a title or a word for kin, followers or counsel."""
    key = word.casefold()
    return is_title_word(word) or key in PERSON_HEAD_WORDS or key.startswith(PERSON_HEAD_STEMS)


def _person_named(mention: _Mention) -> bool:
    """Return True for a mention that is surely a person's: a given name before a surname, or
    a title beside the name; a place or a body that reads like a name ("Porto Empedocle",
    "Wody Polskie") is neither."""
    words = mention.person.split()
    return mention.role is not None or (len(words) > 1 and is_given_name(words[0]))


MAX_PREPOSITION = 3  # letters of the small word that makes a name its object ("de", "von")
# After a quotation, a comma or a dash and a few words before a person's name credit the
# words to them ("», - пише Юрій Конкевич", "»,- պատմել է ֆերմեր X"), whatever the verb.
CREDIT_AFTER_REACH = 80  # characters after the closing mark searched for the name
CREDIT_OPENS = re.compile(r"\s*[,–—-]")
MAX_CREDIT_WORDS = 4  # words between the closing mark and the name
MAX_DASHED_CREDIT_WORDS = 9  # ... when a dash opens them
DASH_CREDIT_RELATIVES = CREDIT_RELATIVES | frozenset(
    str.split(
        "який яка яке які якого якої яких котрий котра который которая которое которые "
        "которого которой которых"
    )
)
# Words that open another clause after a quotation: its subject did not say the words.
CLAUSE_TURNS = CLAUSE_OPENERS | COORDINATORS | APPOSITION_BREAKERS


def _named_right_after(context: _Context, span: QuoteSpan) -> str | None:
    """Return the person named a few words after the quotation, behind a comma or a dash
    and in its sentence, when no cue says who spoke: the verb of a credit that the cue
    tables lack."""
    end = span.end + len(span.close_mark)
    text = context.item.text
    paragraph_end = text.find("\n", end)
    reach = min(end + CREDIT_AFTER_REACH, paragraph_end if paragraph_end >= 0 else len(text))
    named = context.between(end, reach)
    if not named or not _person_named(named[0]) or _possessed(text, named[0]):
        return None  # "», скандировали сторонники Алексея Навального": his supporters
    before = _word_before_name(text, named[0].offset)
    if before.islower() and len(before) <= MAX_PREPOSITION:
        return None  # "», the novel by Gabriel García Márquez", "», à propos de X"
    gap = text[end : named[0].offset]
    opening = WORD.findall(gap)[:1]
    if opening and opening[0].casefold() in CLAUSE_TURNS:
        return None  # "», mentre Carla Neri tace", "," and Peter nodded": another clause
    # after a dash the credit's title may be long ("», - народний депутат VI скликання,
    # фракція Партія регіонів Ярослав Сухий не вірить ...")
    dashed = gap.lstrip(" ,")[:1] in "–—-"
    # not "» - так називається ферма, власником якої є фермер X": a relative clause
    dashed = dashed and not any(w.casefold() in DASH_CREDIT_RELATIVES for w in WORD.findall(gap))
    if (
        CREDIT_OPENS.match(gap) is None
        or len(gap.split()) > (MAX_DASHED_CREDIT_WORDS if dashed else MAX_CREDIT_WORDS)
        or SENTENCE_OR_CLAUSE_END.search(gap)
    ):
        return None
    return named[0].person


def _apposed_to_an_object(text: str, name_at: int, between: str, name_words: int) -> bool:
    """Return True when nothing but the name stands between a preposition or a colon and the
    quotation ("Il a parlé de Jean Moulin, « un héros »", "Le Figaro titre : Emmanuel Macron,
    « ... »"): the words describe the name's bearer; a subject before its quotation
    ("karşılaştıran Ilıcak, “...”") still speaks."""
    if sum(any(ch.isalnum() for ch in word) for word in between.split()) > name_words:
        return False
    before = text[max(0, name_at - MAX_LEAD_WORD) : name_at].split()
    if not before:
        return False
    word = before[-1]
    return word.endswith(":") or (word.islower() and len(word) <= MAX_PREPOSITION)


def _as_body(attribution: Attribution, body: str) -> Attribution:
    """Return ``attribution`` given to the body ``body``: no speaker, no role."""
    return replace(attribution, speaker=None, role=None, institution=body)


def _lone_body(context: _Context, span: QuoteSpan, attribution: Attribution) -> Attribution:
    """Return the attribution to a body when its speaker is an unknown name speaking
    through a statement (``ha reso noto Snam in un comunicato``, ``Em nota, o ICMBio
    afirmou``, ``Transport Scotland said in a statement``): a person quoted by surname alone
    was named in full before; a full name is a body's unless a word of it is a given name
    (the dictionary of first names reads only the first word, after a company's last word)
    or it is a short name ending like a surname (``Zaldy Co``)."""
    name = (attribution.speaker or "").strip()
    # "Foreign Minister Mirzoyan": a title before the word; "Georgian State Electrosystem":
    # "State" names the body's owner here, no title.
    role_words = WORD.findall(attribution.role or "")
    titled = bool(role_words) and role_words[-1].casefold() != "state"
    titled = titled and is_title_word(role_words[-1])
    words = name.split()
    # "Jean-Noël Barrot": a compound given name's first part is one
    if titled or not words or any(is_given_name(w.split("-")[0]) for w in words):
        return attribution  # "Foreign Minister Mirzoyan said in a statement": a person
    if (
        len(words) == 1
        and len(name) > ACRONYM_OPENING
        and name[:ACRONYM_OPENING].isupper()
        and not name.isupper()
        and name.isalpha()
    ):
        # "O ICMBio informou que": an acronym going on in small letters names a body
        return _as_body(attribution, name)
    if len(words) > 1 and CYRILLIC_LETTER.match(words[0]) and is_given_name_in_a_case(words[0]):
        return attribution  # "йдеться в заяві Володимира Зеленського": a given name's genitive
    if len(words) == 1 and (not _bare_surname(name) or context.registry.knows_surname(name)):
        return attribution
    text = context.item.text
    before = before_window(text, span.start - 1)[0]
    sentence = before[max((m.end() for m in SENTENCE_END.finditer(before)), default=0) :]
    after = after_window(text, span.end + len(span.close_mark))
    after = SENTENCE_END.split(after, maxsplit=1)[0]
    window = sentence if name in sentence else after
    if len(words) > 1 and words[-1].casefold().rstrip(".") in BODY_MAKING_HEADS:
        # "Arctic Sealift Partners said": a company's last word makes a body, statement or not
        return _as_body(attribution, name)
    if (
        len(words) == 2
        and words[0] in NATION_BODY_OPENERS
        and (country_code(words[-1]) is not None or words[-1] in HOME_NATIONS)
    ):
        # "Transport Scotland", "Survey Ireland": a body's noun and a country (not "Rhodri
        # Wales", a person whose given name the tables lack)
        return _as_body(attribution, name)
    if STATEMENT.search(sentence) is None and STATEMENT.search(after) is None:
        return _article_body(window, name, attribution)
    # "afirmou a Cátia Rodrigues": an article before a full name is a person's, colloquially
    marked = _body_marks(window, window.find(name), name, article=len(words) == 1)
    if len(words) == 1 and _surname_shaped(name) and not marked:
        return attribution  # "Aliyev said in a statement": a surname, not a body
    if len(words) > 1 and not marked and _person_shaped(words):
        return attribution  # "Min Aung Hlaing said in a statement", "Zaldy Co"
    return _as_body(attribution, name)


# The United Kingdom's nations, which name bodies as countries do (Transport Scotland), and
# the nouns such bodies open with.
HOME_NATIONS = frozenset({"Scotland", "Wales", "England"})
NATION_BODY_OPENERS = frozenset(
    str.split(
        "Transport Historic Natural Visit Sport Police Forestry Survey Tourism Education "
        "Health Water Creative Heritage Environment Marine Highways Network Ordnance"
    )
)
# Titles of clergy, written before a name with "the": a person, not a body.
RELIGIOUS_TITLES = frozenset(
    str.split(
        "reverend rev father pastor imam rabbi sheikh bishop archbishop cardinal patriarch "
        "metropolitan lama dalaï dalai"
    )
)
# Definite articles that go before a body's name but not, even colloquially, before a
# person's full name (unlike Portuguese "a Cátia Rodrigues" or Italian "la Meloni").
BODY_ARTICLES = frozenset(str.split("the der die das het le les l il lo gli el los"))
# Of those, the ones never put before a surname alone, even colloquially ("la Meloni", "die
# Merkel", "o Lula" are persons).
SINGLE_BODY_ARTICLES = frozenset(str.split("the le les das het"))
GERMAN_ARTICLES = frozenset(str.split("der die das den dem des"))
# "Das Land Steiermark", "der Kanton Wallis": a state's noun before its name makes a body.
GERMAN_STATE_NOUNS = frozenset(str.split("Land Landes Kanton Kantons Freistaat Freistaates"))
ADJECTIVE_REACH = 30  # characters before a name: an article and one adjective
# A capitalised German adjective of a proper name: Bayerische, Deutschen, Sächsischer (not a
# noun in -er such as Trainer or Bauer).
GERMAN_PROPER_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|scher|sches)")
# Of BODY_ARTICLES, the ones no surname starts with (De Croo, Le Pen, Lo Bianco, El Khomri do).
NAME_OPENING_ARTICLES = frozenset(str.split("the die das het gli los"))


def _article_body(window: str, name: str, attribution: Attribution) -> Attribution:
    """Return the attribution to a body when a full name with no given name in it comes
    right after a definite article (``the Utah Division of Water Resources said``, ``Het
    Openbaar Lichaam Bonaire liet weten``): no statement is needed to tell it is no person."""
    words = name.split()
    at = window.find(name)
    if len(words) == 1 and at >= 0 and not _surname_shaped(name):
        # "Le Domaine précise que", "the Coastguard said": one word after an article that
        # never goes before a surname is a body's name
        before = WORD.findall(window[max(0, at - ARTICLE_REACH) : at])
        adjacent = bool(before) and window[:at].endswith(before[-1] + " ")
        if adjacent and before[-1].casefold() in SINGLE_BODY_ARTICLES:
            return _as_body(attribution, name)
        lead = WORD.findall(window[max(0, at - ADJECTIVE_REACH) : at])
        if (
            len(lead) >= 2
            and window[:at].endswith(f"{lead[-2]} {lead[-1]} ")
            and lead[-2].casefold() in GERMAN_ARTICLES
            and (GERMAN_PROPER_ADJECTIVE.fullmatch(lead[-1]) or lead[-1] in GERMAN_STATE_NOUNS)
        ):
            # "Die Bayerische Seenschifffahrt teilte mit", "Das Land Steiermark teilte mit":
            # an article and a capitalised adjective or a state's noun, then one name
            return _as_body(attribution, f"{lead[-1]} {name}")
    if len(words) < 2 or at < 0 or _person_shaped(words) or _surname_shaped(words[-1]):
        return attribution
    if any(is_title_word(word) or word.casefold() in RELIGIOUS_TITLES for word in words):
        return attribution  # "the Reverend Lungisani Mabaso", "le Dalaï Lama": a title
    before = WORD.findall(window[max(0, at - ARTICLE_REACH) : at])
    first = words[0].casefold()
    # "l’Observateur Paalga": the elided article is a word glued to the name (a paper's of
    # two words; "l’Ivoirien Yaya Touré" is a demonym before a person's)
    article = before[-1].casefold().rstrip("'’") if before else ""
    elided = article != before[-1].casefold() if before else False
    paper_shaped = not elided or (len(words) == 2 and not is_demonym(words[0]))
    if first in NAME_OPENING_ARTICLES or (article in BODY_ARTICLES and paper_shaped):
        return _as_body(attribution, name)
    return attribution


# Last words of companies' names (Victoria Shipping, Harbour Rock Engineering): a body's,
# whatever its first word. A connector inside the name tells nothing: "Humberto da Costa" is
# a person, "Ferrovie della Calabria" a body.
COMPANY_HEADS = frozenset(
    str.split(
        "inc co corp ltd llc plc gmbh ag sa spa srl bv nv engineering holdings partners group "
        "logistics shipping ferries airlines air energy mining resources heritage trust "
        "gas gaz oil neft pharma telecom motors steel cement chemicals airways railways "
        "poshta express"
    )
)
SURNAME_LIKE_HEADS = frozenset({"co"})  # "Zaldy Co": ends a body of three words only
BODY_MAKING_HEADS = COMPANY_HEADS - SURNAME_LIKE_HEADS  # a body, statement or not
COMPANY_WORDS_WITH_SURNAME_HEAD = 3


def _person_shaped(words: list[str]) -> bool:
    """Return True for the words of a person's name speaking through a statement (no given
    name of the tables, which the caller checks): a first word the dictionary of first names
    lists (Min Aung Hlaing, Brendan O'Connor), unless a company's last word ends the name,
    or two words ending like a surname (Zaldy Co)."""
    head = words[-1].casefold().rstrip(".")
    if head in SURNAME_LIKE_HEADS:
        return len(words) < COMPANY_WORDS_WITH_SURNAME_HEAD
    return head not in COMPANY_HEADS and is_listed_given_name(words[0])


# Endings that make a word a surname far more often than a company's or an agency's name
# (Aliyev, Pashinyan, Kobakhidze, Bakradze, Shevchenko, Kowalski, Petrović, Karaoğlu...).
SURNAME_ENDINGS = (
    "ov",
    "ova",
    "ev",
    "eva",
    "yan",
    "ian",
    "dze",
    "shvili",
    "enko",
    "chuk",
    "uk",
    "sky",
    "ski",
    "ska",
    "skaya",
    "ić",
    "vić",
    "oğlu",
    "zade",
    "escu",
    "eanu",
    "idis",
    "akis",
    "opoulos",
    "sen",
    "son",
    "ssen",
    "mann",
    "berg",
    "ez",
    "ов",
    "ова",
    "ев",
    "ева",
    "ян",
    "дзе",
    "швили",
    "енко",
    "ук",
    "чук",
    "ский",
    "ская",
    "ин",
    "ина",
)


def _surname_shaped(word: str) -> bool:
    """Return True for a word ending as surnames do in the review's languages."""
    return word.casefold().endswith(SURNAME_ENDINGS)


def _body_marks(text: str, at: int, name: str, article: bool = True) -> bool:
    """Return True when the word at ``at`` looks like a body's name rather than a surname:
    a capital inside it (``ICMBio``), a definite article before it (``o ICMBio``) or a
    body's noun in apposition after it (``Rijkswaterstaat, le service des eaux``)."""
    if at < 0:
        return False
    if any(INNER_CAPITALS.search(word) for word in name.split()):
        return True
    words = WORD.findall(text[max(0, at - ARTICLE_REACH) : at])
    if article and words and words[-1].casefold() in DEFINITE_ARTICLES:
        return True
    apposition = text[at + len(name) :].lstrip()
    if not apposition.startswith(","):
        return False
    following = WORD.findall(apposition)[:APPOSITION_WORDS]
    # "X, a board member of the foundation": a body's noun before a title is the person's
    return any(is_institution_word(w) for w in following) and not any(
        is_title_word(w) for w in following
    )


def _sentence_start(text: str, offset: int) -> int:
    """Return where the sentence holding ``offset`` starts: after the last ". " or line
    break before it."""
    stop = text.rfind(". ", 0, offset)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, offset) + 1)


def _opening_subject(context: _Context, span: QuoteSpan) -> str | None:
    """Return the one person named in the sentence leading to the quotation when the
    sentence opens on them, a comma after the name ("Ahmet Hakan, yazısında “...”"): not a
    journalist detained, nor the mayor a report is about, named inside a body's sentence."""
    text = context.item.text
    begin = _sentence_start(text, span.start)
    mentions = context.between(begin, span.start)
    if len(mentions) != 1:
        return None
    lead = WORD.findall(text[begin : mentions[0].offset])
    comma = text.find(",", mentions[0].offset, span.start)
    name = text[mentions[0].offset : comma] if comma >= 0 else ""
    if not name or not all(w[:1].isupper() for w in name.split()) or "'" in name:
        return None
    # "Hürriyet yazarı Ahmet Hakan,": a title, or a paper and its noun in the possessive
    titled = all(
        is_title_word(w) or w[:1].isupper() or (i and w.endswith(TURKIC_POSSESSIVE_ENDINGS))
        for i, w in enumerate(lead)
    )
    return mentions[0].person if titled and len(lead) <= MAX_OPENING_LEAD else None


TURKIC_POSSESSIVE_ENDINGS = ("ı", "i", "u", "ü")  # "yazarı", "muhabiri": its writer
MAX_OPENING_LEAD = 3


# Turkish "gave place to the words" in the active voice: a body's statement's cue, or a
# person's ("yer verdi"), where "yer verildi" is the passive, a statement's alone.
ACTIVE_STATEMENT_ENDINGS = ("yer verdi",)


def _quote_language(paragraphs: list[Paragraph], span: QuoteSpan) -> LanguageGuess:
    """Return a quotation's language: its paragraphs' when it is most of them, else detected.

    Most quotations fill their paragraphs but for a short attribution, whose language the
    paragraph already tells: reusing it saves a detector call per quotation.
    """
    spanned = paragraphs[span.first_paragraph : span.last_paragraph + 1]
    length = sum(len(p.text) for p in spanned)
    known = combine_guesses((p.language, len(p.text)) for p in spanned)
    if length and len(span.text) >= QUOTE_SHARE_OF_PARAGRAPHS * length and known.code != "und":
        return known
    guess = detect_language(span.text)
    if (
        known.code == "ru"
        and guess.code in ("mk", "sr")
        and not SOUTH_SLAVIC_LETTERS & set(span.text)
    ):
        return known  # a short Russian quotation the detector calls Macedonian or Serbian
    if known.code == "ru" and guess.code == "bg" and not _bulgarian_tells(span.text):
        return known  # "Летом без катера к нам никто не поедет": Russian, read as Bulgarian
    if guess.code in SIBLINGS.get(known.code, ()) and says_sibling(
        span.text, guess.code, known.code
    ):
        return guess  # "«Isso já ouvimos antes», contestó": Portuguese in a Spanish review
    if guess.code in CONFUSED_WHEN_SHORT.get(known.code, ()) and says_sibling(
        span.text, known.code, guess.code
    ):
        return known  # "« L’intimidation ne passera pas »", read as Italian in French
    if known.code != "und" and (guess.code == "und" or guess.code in SIBLINGS.get(known.code, ())):
        # A short quotation the detector cannot tell ("We consider it a positive signal"),
        # or tells as its paragraph's close sibling (es/pt, cs/sk/sl): a quotation is in
        # the language around it unless the detector says plainly otherwise.
        return known
    return guess


# Bulgarian's vowel ъ (България, държава, към: Russian writes ъ only before е, ё, ю, я, as
# in объявил) and its frequent words Russian does not write: without any, a short Cyrillic
# quotation in a Russian paragraph is Russian.
BULGARIAN_WORDS = frozenset(str.split("са съм ще във със този тази които това някой"))
BULGARIAN_HARD_SIGN = re.compile(r"ъ(?![еёюя])")


def _bulgarian_tells(text: str) -> bool:
    """Return True when ``text`` writes a word or a letter only Bulgarian writes."""
    lowered = text.casefold()
    words = set(LETTER_WORD.findall(lowered))
    return BULGARIAN_HARD_SIGN.search(lowered) is not None or not BULGARIAN_WORDS.isdisjoint(words)


def _remember_role(counter: _Counter, person: str, role: str) -> None:
    """Record that ``person`` holds ``role``, most recent last."""
    if (person, role) not in counter.roles[-8:]:
        counter.roles.append((person, role))


CLAUSE_BREAK = re.compile(r"[.!?…][»”“\"]?\s")  # a sentence's end, in quotation marks or not


# A circumstance between the cue and the speaker's surname closing the clause: a
# preposition, an article at most, a noun and its complement ("en la entrevista", "en rueda
# de prensa", "in aula", "dans un entretien", "в интервью"), nothing else.
CIRCUMSTANCE_THEN_NAME = re.compile(
    r"(?:en|in|dans|au|nel|nella|nello|im|во|в|на|em|no|na|durante|during|w|we)"
    r"(?: (?:la|el|le|l|un|una|uno|une|the|a|der|die|das|dem|einem|einer|o|os|as|lo))?"
    r" (?P<noun>[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][\w-]*)(?: (?:de|di|da|del) [^\W\d_A-ZÀ-ÞА-Я][\w-]*)?"
    r" (?P<name>[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w-]+)"
)
# Nouns of a body, a case or a family a surname names ("la administración Sánchez", "il
# caso Ábalos", "im Lager Merz"): no person speaking.
BODY_NOUNS = frozenset(
    str.split(
        "administración administration administração governo gobierno gouvernement government "
        "caso case affaire famiglia familia família family famille campaña campagne campaign "
        "campanha entorno lager camp equipo équipe team squadra partido partito parti party "
        "gestão gestión era época окружении окружения оточенні otoczeniu entourage umfeld "
        "círculo cerchia пресс-службе прес-службі администрации адміністрації штабе штабі "
        "правительстве уряді офисе офісі kancelarii biurze sztabie ufficio staff oficina "
        "gabinete cabinet büro"
    )
)


def _known_surname_closing_the_clause(context: _Context, span: QuoteSpan, cue: str) -> str | None:
    """Return the known person whose lone surname closes the clause of the cue after the
    quotation, past a circumstance (CIRCUMSTANCE_THEN_NAME: "», fue lo que ha asegurado en
    la entrevista Lorenzino."), else None."""
    after = after_window(context.item.text, span.end + len(span.close_mark))
    at = after.find(cue)
    if at < 0 or is_plural(cue):
        return None  # "— сообщили в окружении Рубио": a body's people
    clause = re.split(r"[.;:!?,\n(]", after[at + len(cue) :], maxsplit=1)[0]
    words = WORD.findall(clause)
    shaped = CIRCUMSTANCE_THEN_NAME.fullmatch(" ".join(words))
    if shaped is None or shaped["noun"].casefold() in BODY_NOUNS:
        return None  # "», señaló la administración Sánchez", "», témoigne une électrice ..."
    last = shaped["name"]
    if not context.registry.knows_surname(last) or is_title_word(last):
        return None
    person = context.registry.canonical(last)
    # the surname as the full name writes it: "в пресс-службе Путина" is his service's
    return person if len(person.split()) > 1 and person.split()[-1] == last else None


def _speaker(context: _Context, span: QuoteSpan, attribution: Attribution) -> str | None:
    """Return the canonical speaker: named, or found from a pronoun, a title or the context."""
    if not span.open_mark and attribution.speaker:
        return context.registry.canonical(attribution.speaker)  # an interview's label
    if not span.open_mark and attribution.unnamed:
        return None  # the paper's question in a labelled interview
    if not span.open_mark:
        return _credit_paragraph_below(context, span)  # an unmarked entry: its credit says
    if over := _credit_over_its_lead(context, span):
        return over  # a digest's credit, over the lead that announces these words
    if attribution.latter:
        return _last_agreeing_before(context, span.start, attribution.gender)  # "ce dernier"
    if attribution.cue and not (
        attribution.speaker or attribution.pronoun or attribution.role or attribution.institution
    ):
        closing = _known_surname_closing_the_clause(context, span, attribution.cue)
        if closing is not None:
            return closing  # "», ha asegurado en la entrevista Lorenzino."
    before, begin = before_window(context.item.text, span.start - 1)
    # Inflected anonymity only where nobody is named: "Le procureur X n'a pas voulu révéler
    # son nom, mais il a précisé" withholds the suspect's name, "«...», — заявил Волков"
    # after an anonymous witness is Volkov's. The names are looked for only then: this runs
    # for every quotation.
    # A named speaker's own sentence only: "Ein Landwirt, der nicht genannt werden wollte,
    # wurde deutlicher: „...“ „...“, entgegnete X" is X's.
    named_after = attribution.speaker and attribution.speaker not in before
    own = CLAUSE_BREAK.split(before)[-1] if named_after else before
    if anonymous(own) or (
        not attribution.speaker
        and anonymous(before, unnamed=True)
        and all(n.single for n in find_names(before))
    ):
        return None  # "un camionneur, qui a requis l'anonymat, témoigne : « ... »"
    credited = not (attribution.speaker or attribution.institution or attribution.cue)
    if credited and (credit := _credited_in_parenthesis(context.item.text, span)):
        # no verb, no body: "« ... » (Emmanuel Macron, sur TF1)"; not "La CGT dénonce « ... »
        # (voir le portrait de Sophie Binet)"
        attribution = Attribution(speaker=credit[0], role=credit[1])
    if attribution.speaker and (quoted := _quoted_by(context, span, attribution.speaker)):
        attribution = replace(attribution, speaker=quoted, role=None)
    previous_speaker = context.counter.previous[1]
    since = _since_the_quotation_before(context, span) if previous_speaker else None
    if (
        since is not None
        # "«...» y ha asegurado X que «...»": X's; a name before the quotation before is not
        and not (attribution.speaker and attribution.speaker in since)
        and _coordinated(since)
    ):
        return previous_speaker  # "X insisted that Y «...» and said it was «...»"
    if _papers_topic(context, span, attribution.speaker):
        return None  # "Le Figaro sur la visite d'Emmanuel Macron : « ... »": the paper's words
    if attribution.speaker and media_name(attribution.speaker, context.media):
        # "alla Kleine Zeitung dice", "De Standaard laat X aan het woord": the paper
        # the words were said to or printed in; the speaker is the one spoken of before.
        attribution = replace(attribution, speaker=None, anaphoric=True)
    if attribution.speaker:
        place_holder = _place_holder(context.counter, attribution)
        if place_holder:
            return place_holder
        if INITIALS_LABEL.fullmatch(attribution.speaker + ": "):
            # "– Е. Д.: ..." of Елена Данилевская; initials of no one the text names: nobody
            names = {p.name for p in context.registry.persons()}
            return _initials_of_labels({attribution.speaker}, names).get(attribution.speaker)
        bold = context.registry.canonical(attribution.speaker) in context.persons
        named = _known_surname_after_words(
            context.registry, context.item.text, attribution.speaker
        ) or _person(attribution.speaker, bold, context.registry)
        if named:
            return named
        holder = _complement_holder(context.counter, attribution)
        if holder:
            # "Prezydent Bytomia dodała", "руководитель Главсевморпути ответил": one unknown
            # word after a title is the title's complement when the holder was introduced
            # with it; "Foreign Minister Bayramov" after "Defence Minister X" is Bayramov.
            return holder
        if _bare_surname(attribution.speaker) and not context.common(attribution.speaker):
            # "said Bayramov" with no full name anywhere in the document: the surname is all
            # the reader has, and still says who spoke.
            return context.registry.canonical(attribution.speaker)
    if not (attribution.speaker or attribution.role) and (
        _credited_to_a_paper(context.item.text, span)
        or _after_turkic_medium(context.item.text, span)
    ):
        return None  # "« ... », titre « Ekho »": a paper's headline, no one's words
    known = _known_person(context.registry, attribution.institution or "")
    if known:
        # "Nóbrega Câmara, de 56 anos, adiantou": a person's surnames, one of them a body's
        # noun (Câmara), when the document names "Duarte Nóbrega Câmara".
        return known
    if attribution.unnamed or attribution.institution:
        return None
    if attribution.cue and is_impersonal(attribution.cue):
        if attribution.cue.casefold().endswith(ACTIVE_STATEMENT_ENDINGS):
            # "Ahmet Hakan, yazısında “...” ifadelerine yer verdi": a person as the active
            # verb's subject gives the words; a body's statement names no person there
            return _opening_subject(context, span)
        return None
    if attribution.anaphoric and attribution.role:
        holder = _by_role(context.counter, attribution.role)
        if attribution.relayed:
            if holder is None and CYRILLIC_WORD.fullmatch(attribution.role):
                # "Сторож пообещал" after "Василь Сторож": the surname, capitalised as names are
                holder = next(
                    (
                        m.person
                        for m in context.between(0, span.start)
                        if " " in m.person and m.person.split()[-1].casefold() == attribution.role
                    ),
                    None,
                )
            return holder  # the relayed words of a title nobody named are nobody's here
        if proxy_role(attribution.role) and not _speaks_for(context.counter, holder):
            # "the minister's spokeswoman said": nobody named holds that role, and the
            # minister is the one it is not.
            return None
        if holder is None and _unnamed_subject(context, span.start):
            # "A senior official, who asked not to be named, said ... «...», the official
            # said": the title refers back to the unnamed source.
            return None
        wanted = _cue_gender(attribution)
        if (
            holder
            and periphrasis(attribution.role)
            and not attribution.pronoun
            and not GENDERED_PERIPHRASIS.search(attribution.role)
        ):
            # "aggiunge la prima cittadina" of "il sindaco, Giulia X": one office under two
            # names of two grammatical genders.
            wanted = None
        # _cue_gender reads the pronoun, then the verb, then the title: "m" from neither
        # of the first two is the title's alone.
        masculine_title_only = (
            wanted == "m"
            and pronoun_gender(attribution.pronoun) is None
            and verb_gender(attribution.cue) is None
        )
        if holder and masculine_title_only and not _man_holds(context.counter, attribution.role):
            wanted = None  # "il sindaco" of a woman: a masculine title is said of women too
        genders = context.counter.genders
        subject = _subject(context, span.start, previous_only=attribution.subject_leads)
        last = context.counter.last_speaker
        if not (holder or subject) and last and _adds_to_the_last(context, span, attribution):
            # "— ... — powiedział X." ¶ "— ... — dodał z uśmiechem poseł Solidarnej Polski":
            # "added" goes on with the one quoted right before, described by a title
            return last
        if not (holder or subject) and last and _official_goes_on(context, span, attribution):
            # "la funcionaria aseveró" after the minister spoke: a word for any official
            # names no office, and goes on with the official quoted last (not "Cavalcanti
            # não se convenceu. «...», rebateu o dirigente": the sentence's subject)
            return last
        if subject and _holds(context.counter, subject, attribution.role):
            holder = subject  # "X met Y. «...», said the head of state": both may be; X leads
        other = _other_person(context, span.start, wanted, genders)
        last_first = _renamed_by_title(context, span, attribution.role) or (
            other is not None and last is not None and _reported_by(context, span, other, last)
        )
        candidates: tuple[str | None, ...] = (
            holder,
            subject,
            _subtitled(context, span) if holder is None else None,
            *((last, other) if last_first else (other, last)),
        )
        reported = _reported_clause(context.item.text, span, attribution.cue)
        if reported:
            # "The spokesman said that President Joe Biden «...»": the one the reported clause
            # names is no candidate for the title that reports it
            candidates = tuple(c for c in candidates if c and c.split()[-1] not in reported)
        if not any(candidates):
            # "..., the information minister said." opening an article whose next paragraph
            # names "Information Minister X": nobody before, the title's holder after
            return _titled_after(context, span, attribution.role)
        if wanted == "f" and holder and given_name_gender(holder) != "m":
            # "la sindaca" of "il sindaco di Omišalj, Ivana Žužić": the title's holder, whom
            # only a masculine form of it made a man
            return holder
        agreeing = next((c for c in candidates if c and agrees(wanted, genders.get(c))), None)
        if agreeing is None and wanted:
            # "– dodała Niemka" after a man spoke: the woman named before, as for "she".
            agreeing = _anaphor(context, span.start, wanted)
            agreeing = agreeing if agreeing and agrees(wanted, genders.get(agreeing)) else None
        return agreeing or next((c for c in candidates if c), None)
    if attribution.anaphoric:
        last_paragraph, _ = context.counter.previous
        if context.counter.unnamed_before and span.first_paragraph <= last_paragraph + 1:
            # "a senior diplomat said. « ... », he added": the same source, unless the
            # sentence leading to the quotation names someone ("X, « ... » dedi"), or a new
            # paragraph names someone before it ("X answered questions. « ... », he said").
            named = _subject(context, span.start, this_sentence=True)
            if named is None and span.first_paragraph > last_paragraph:
                named = (
                    _subject(context, span.start)
                    or _titled_holder(context, span.start)
                    or _named_in_paragraph(context, span.start, _cue_gender(attribution))
                )
            sure = _sure_cue_gender(attribution)
            if named and sure and context.counter.sure_genders.get(named) not in (None, sure):
                return None  # "denunció la contadora ... Según ella, ... Sarkozy": not him
            return named
        if _unnamed_subject(context, span.start):
            # "A senior diplomat said the text was not final. « ... », he added."
            return None
        if indefinite_topic(before):
            return None  # 'bir esnaf ise "..." diye endişesini dile getirdi'

        if attribution.subject_leads:
            # "..., she said the road to Mocímboa remained «...»": the person named before.
            named = _subject(context, span.start, previous_only=True)
            if named and agrees(_cue_gender(attribution), context.counter.genders.get(named)):
                return named
        # "Con todo, ha matizado que «...» a López Obrador, qué ... y «...»": a person named
        # after the cue in its sentence is its object; the subject was named before the cue
        at = before.rfind(attribution.cue) if attribution.cue else -1
        after_cue = WORD.findall(before[at + len(attribution.cue or "") :])[:1] if at >= 0 else []
        anchor = span.start
        if (
            after_cue
            # "ha matizado que ...": the reported clause's names are not the verb's subject
            # (not "Potrivit părintelui Pop, «...»", nor "Er berichtete, X habe zugesichert")
            and after_cue[0].casefold() in ROLE_BREAKING_COMPLEMENTIZERS
            and not attribution.pronoun
            and not attribution.relayed
            and begin + at > context.counter.previous_end  # its own clause, after the last
            and _objects_only(context, begin + at, span.start)
        ):
            anchor = begin + at
        return _anaphor(context, anchor, _cue_gender(attribution), _sure_cue_gender(attribution))
    if attribution.cue is None and _papers_question(context.item, span):
        return None  # "— А глини вам вистачає?" ¶ "— Глину беремо там ...": the paper asks
    turn = _unmarked_turn(context, span) if attribution.cue is None else None
    if turn is not None:
        place, first = turn
        # "— Как дела? – интересуется Канделаки." names the asker of every turn on her side
        named = _turns_author(context, span.first_paragraph, place, first)
        if place % 2 == 0 and not _answers_turn_before(context, span.first_paragraph, first):
            return named  # the paper's turn, a question or a prompt
        return named or _last_person_before(context, context.item.starts[first])
    if (
        attribution.cue is None
        and not _digest_entry_credited_below(context, span)
        and (
            _continues(context, span)
            or _goes_on_after_a_conjunction(context, span)
            or _after_the_papers_prompt(context, span)
            or _resumes_after_narration(context, span)
            or _opens_after_a_closing_quotation(context, span)
        )
    ):
        return context.counter.previous[1]
    if attribution.cue is None and _in_the_sentence_of_the_quotation_before(context, span):
        # 'ha recalcado que ... "...", pero "podría hacerlo si no reaccionamos"': one
        # sentence quoting one speaker twice
        return context.counter.previous[1]
    if attribution.cue is None:
        reporter = (
            _collection_speaker(context, span)
            # under a digest's title an entry's credit below comes before the news above
            or (
                _credit_paragraph_below(context, span)
                if context.digest and _entries_open_with_quotations(context)
                else None
            )
            or _reporting_paragraph_before(context, span)
            or _interviewee(context, span)
            or _captioned(context, span)
            or _credited_below(context, span)
            or _credit_paragraph_below(context, span)
        )
        if reporter:
            return reporter
        announced = _announcing_pronoun(context, span)
        if announced:
            # "Im Gespräch wurde er deutlich: ¶ „...“": the pronoun of the colon's clause
            return _anaphor(context, span.start, pronoun_gender(announced))
        if before.rstrip().endswith(":"):
            named = _subject(context, span.start)  # "X ... : « ... »"
            if named is None and len(WORD.findall(before)) <= MAX_CONTINUATION_WORDS:
                return context.counter.last_speaker  # "Und weiter: „...“"
            pronoun = _colon_clause_pronoun(before)
            if named is None and pronoun:
                # "Asked about the cost, he was blunt: "...": the pronoun's person
                return _anaphor(context, span.start, pronoun_gender(pronoun))
            if named is None and _zero_subject_clause(before):
                # "Ci ha tenuto a puntualizzare la sua disponibilità: «...»": the subject
                # Italian or Spanish leaves unsaid is the person the text is about
                return _anaphor(context, span.start, None)
            return named
        named = _subject(context, span.start, strict=True)
        if named is None and context.counter.heading_credit and _only_quotations(context, span):
            # the digest heading's speaker; not "«...», replicano fonti del M5S"
            return context.counter.heading_credit[0]
        if named is None:
            return _narrated_speaker(context, span)
        return named
    return None


def _narrated_speaker(context: _Context, span: QuoteSpan) -> str | None:
    """Return the last speaker when the one sentence between their quotation and an uncued
    quotation names no one and speaks of them by a pronoun of their gender ("..., zegt X. ¶
    Het valt haar op dat ... "...""; "She looked out of the window. "...""): the quotation
    ends its sentence, and they spoke in this paragraph or one of the two before."""
    last_paragraph, previous = context.counter.previous
    if previous is None or not 0 <= span.first_paragraph - last_paragraph <= MAX_NARRATED_GAP:
        return None
    item = context.item
    before = _sentence_before(item, span, (".", "!", "?"))
    if before is None:
        return None
    _, sentence, sentence_start = before
    if context.between(sentence_start, span.start) or QUOTED.search(sentence):
        return None
    # only this sentence since the last speaker's quotation closed its own ("..., zegt X.");
    # nothing after this one in its sentence (a cue of its own, "..., dit le préfet")
    gap = item.text[context.counter.previous_end : sentence_start]
    tail = item.text[span.end + len(span.close_mark) :].split("\n", 1)[0]
    if sum(bool(part.strip()) for part in SENTENCE_END.split(gap)) > 1 or (
        not _ends_a_sentence(item.text, span) and WORD.search(SENTENCE_END.split(tail + " ", 1)[0])
    ):
        return None
    words = [word.casefold() for word in WORD.findall(sentence)]
    if words[:1] == ["il"] and words[1:2] and words[1] in FRENCH_IMPERSONAL_AFTER_IL:
        return None  # "Il y a ce slogan", "Il faut ...": no one
    if words[:1] in (["sie"], ["zij"]) and words[1:2] and words[1].endswith("en"):
        return None  # "Sie fordern", "Zij willen": they, plural
    pronoun = next(
        (
            word
            for index, word in enumerate(words[:MAX_NARRATED_PRONOUN])
            if (index == 0 and word in SUBJECT_PRONOUNS)
            or (word in OBJECT_PRONOUNS and words[index - 1 : index] not in (["het"], ["de"]))
        ),
        None,
    )
    if span.text.rstrip().endswith("?"):
        return None  # "A reporter pressed him. "Senator, where ...?"": the asker's words
    if pronoun in OBJECT_PRONOUNS and any(w[:1].isupper() for w in WORD.findall(sentence)[1:]):
        return None  # "Het Openbaar Ministerie verwijt hem ...": the body named speaks
    if pronoun is None and _zero_subject_sentence(sentence.strip()):
        return previous  # "Poi ha parlato anche del caso Sala. «...»": the subject unsaid
    said = pronoun_gender(pronoun)
    if said is None or not agrees(said, context.counter.genders.get(previous)):
        return None
    return previous


MAX_NARRATED_GAP = 2  # paragraphs between the last speaker's quotation and this one
MAX_NARRATED_PRONOUN = 6  # words into the sentence: "Het valt haar op", "It struck him"
# Third-person singular object pronouns that speak of a person ("Het valt haar op"); not
# English "her", a possessive too ("Her critics say").
OBJECT_PRONOUNS = frozenset(str.split("haar hem him ihm ihn"))
FRENCH_IMPERSONAL_AFTER_IL = frozenset(
    str.split("y faut reste s semble suffit est était paraît fallait restait")
)


# A quotation followed by a verb and a name in quotation marks, then the sentence's end:
# "« ... », titre « Ekho ».", "« ... », rapporte « Zerkalo »", "„...“, schreibt „Bild“." (one
# word: "sagte der Landrat der „Welt“" names who spoke)
PAPER_CREDIT = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*[^\W\d_][\w'’-]*[ \u00a0]+[«“„\"][ \u00a0]?"
    r"[^«»“”„\"\n]{1,40}?[ \u00a0]?[»”“\"][ \u00a0]*(?:[.;)]|$)"
)


# A parenthesis right after a quotation that credits it: "« ... » (Emmanuel Macron, sur
# TF1)", "«...» (пресс-секретарь президента Дмитрий Песков, комментируя ...)".
# "“...”. (Presidente Yamandú Orsi al afirmar, ...)": a full stop may close the quotation's
# sentence before its credit.
PARENTHESIS_AFTER_QUOTE = re.compile(r"[ \u00a0]*\.?[ \u00a0]*\(([^()\n]{3,400})\)")
CREDIT_CLAUSE_END = re.compile(r"[,;:]| [–—-] ")
# Words of a parenthesis that points to someone rather than credits them: "(voir le portrait
# de X)", "(lire aussi notre entretien avec X)", "(photo X)", "(interview by X)".
CREDIT_POINTER_WORDS = frozenset(
    str.split("voir lire see siehe ver vedi leia photo foto by par von por da referring")
)
# What a titled name's title belongs to, after the name: "(Minister Klaas de Vries van
# Binnenlandse Zaken in Elsevier)", "(Lijsttrekker Albert Janssen van de ChristenUnie)".
AFFILIATION_WORDS = frozenset(str.split("van von of"))
# Where a credited person spoke, after their name: "(Olaf Scholz im ZDF)", "(X sur TF1)".
CREDIT_VENUE_WORDS = frozenset(
    str.split("im in on at sur à au dans на в во en nel alla al no na w")
    # what the speaker spoke about: "(пресс-секретарь президента Дмитрий Песков о том, ...)"
    + str.split("о об про about über sobre")
    # when: "(El delantero alemán X tras la victoria ...)", "(X après le match)"
    + str.split("tras después antes durante après avant lors after before during nach vor")
    + str.split("während dopo prima após")
)


# A digest's credit naming the interview the words come from and its interviewee: "(L’intervista
# a Pier Luigi Bersani, ...)", "(entrevista con X)"; not "(intervista di X)", the
# interviewer's, nor an article's author ("(L’articolo di X)": a journalist reporting them).
CREDITED_PIECE = re.compile(
    r"(?:(?:l|il|la|lo|le|el|the|der|die|das|o|a)(?:['’]|\s+))?"
    r"(?:intervista|entretien|entrevista|interview|gespräch)\s+"
    r"(?:a|ad|con|with|avec|à|au|mit|com|al|alla)",
    re.IGNORECASE,
)


def _credited_in_parenthesis(text: str, span: QuoteSpan) -> tuple[str, str | None] | None:
    """Return the full name a parenthesis after the quotation opens with or holds after a
    title, before any comma ("(Светлана Тихановская, комментируя ...)"): one name that opens
    with a given name; a paper's name or a translation names no one. The title comes with
    it."""
    match = PARENTHESIS_AFTER_QUOTE.match(text, span.end + len(span.close_mark))
    if match is None:
        return None
    clauses = CREDIT_CLAUSE_END.split(match[1], maxsplit=2)
    clause = clauses[0]
    # "... in het Reformatorisch Dagblad)": the paper it was said in is no second name
    names = [n for n in find_names(clause) if not n.single and not listed_medium(n.text)]
    title: str | None = None
    if text[span.end + len(span.close_mark) : match.start(1)].strip(" \u00a0(") and (
        match[1].rstrip()[-1:] in ".!?" or text[match.end() :].split("\n", 1)[0].strip()
    ):
        # after a full stop, a parenthesis that closes its paragraph and no sentence in it:
        # "“...”. (Senador X, relator, votou contra e disse ...)" is an aside
        return None
    if not names and len(clauses) > 1 and _title_alone(clause):
        # "(Ministro del Interior, Carlos Negro, en una rueda de prensa ...)": the title,
        # then the name alone in apposition, then where it was said at most
        names = [n for n in find_names(clauses[1]) if not n.single]
        if len(names) != 1 or clauses[1].strip() != names[0].text:
            return None
        after = WORD.findall(clauses[2]) if len(clauses) > 2 else []
        if after and not _credit_venue(after[0]):
            return None  # "(presidente de la Cámara, Martín Menem, quien condujo ...)"
        title, clause = clause.strip(), clauses[1]
    if len(names) != 1:
        return None
    name = names[0]
    titled = any(is_title_word(w) for w in WORD.findall(clause[: name.span.start]))
    if not titled and not is_given_name(name.text.split()[0].split("-")[0]):
        return None  # Jean-Noël: a compound given name by its first part
    # the name opens the parenthesis, after its title at most: not "(voir le portrait de X)",
    # "(referring to X)", "(propos recueillis par X)", "(photo X)"; nothing but a place or a
    # medium after it ("(X im ZDF)", not "(X declined to comment)")
    lead = WORD.findall(clause[: name.span.start])
    if (
        lead
        and CREDITED_PIECE.fullmatch(clause[: name.span.start].strip()) is None
        and (
            not any(is_title_word(w) for w in lead)
            or any(w.casefold() in CREDIT_POINTER_WORDS for w in lead)
        )
    ):
        return None
    rest = WORD.findall(clause[name.span.end :])
    affiliated = titled and rest[:1] and rest[0] in AFFILIATION_WORDS
    if rest and not _credit_venue(rest[0]) and not affiliated:
        return None
    return name.text, title or (clause[: name.span.start].strip() if titled else None)


def _credit_venue(word: str) -> bool:
    """Return True for a word that may follow a credit's name: where, when or of what it
    was said, or a Romance gerund ("hablando sobre ...", "parlando di ..."; not a name,
    "Fernando")."""
    key = word.casefold()
    gerund = word.islower() and key.endswith(GERUND_ENDINGS) and len(key) > MIN_GERUND
    return key in CREDIT_VENUE_WORDS or (gerund and key not in BEING_GERUNDS)


# Gerunds of being, not of speaking: "(Carlos Pérez estando presente)" was there.
BEING_GERUNDS = frozenset(str.split("estando siendo stando essendo"))


def _ends_a_sentence(text: str, span: QuoteSpan) -> bool:
    """Return True when the quotation ends its own sentence: its words end on a full stop,
    an exclamation or a question, or a full stop follows its closing mark."""
    after = text[span.end + len(span.close_mark) : span.end + len(span.close_mark) + 2]
    return span.text.rstrip().endswith((".", "!", "?", "…")) or after.lstrip().startswith(".")


GERUND_ENDINGS = ("ando", "endo")
MIN_GERUND = 6  # "hablando", "parlando"; not "mando", "Fernando" is capitalised anyway


def _parenthesis_title(context: _Context, span: QuoteSpan, speaker: str) -> str | None:
    """Return the title the parenthesis crediting the quotation gives its speaker."""
    credit = _credited_in_parenthesis(context.item.text, span)
    return credit[1] if credit and credit[0] == speaker else None


def _title_alone(clause: str) -> bool:
    """Return True when the clause is a title and its complements only ("Presidente del
    Directorio del Partido Nacional"): it opens on a title word, with no sentence after."""
    words = WORD.findall(clause)
    if words and words[0].casefold() in ARTICLE_SET:
        words = words[1:]  # "(El entrenador de Chile, Marcelo Bielsa, ...)"
    return bool(words) and is_title_word(words[0]) and len(words) <= MAX_CREDIT_TITLE_WORDS


# Verbs of quoting: their subject (a paper, a reporter) quotes their object, who spoke
# ("“...” Etemaad quoted Abdullah Nouri as saying", "zitiert die Zeitung den Kleriker X").
QUOTING_VERB = re.compile(  # not "quoted by", the passive
    r"(?<![\w-])(?:quoted|quotes|cited|cites|cite|citait|zitiert|zitierte|цитирует|"
    r"цитировал|цитировала|процитировал|процитировала|citó|citato|citava)(?![\w-])"
    # "cited by Tass": the passive; "was quoted as telling X": X is the one told
    r"(?![ \u00a0]+(?:by|par|von|vom|da|dal|dalla|por|as)\b)",
    re.IGNORECASE,
)
MAX_QUOTING_CLAUSE = 300
MAX_WORDS_SUBJECT_TO_QUOTING = 1  # "Etemaad quoted", "Etemaad also quoted"
QUOTING_JOINERS = frozenset(str.split("and und et e y и і та who qui que che der die который"))


def _quoted_by(context: _Context, span: QuoteSpan, subject: str) -> str | None:
    """Return the person named after a verb of quoting whose subject the attribution found
    (``Etemaad quoted Abdullah Nouri``): the one quoted, not the one quoting."""
    text = context.item.text
    end = span.end + len(span.close_mark)
    clause = SENTENCE_OR_LINE_BREAK.split(text[end : end + MAX_QUOTING_CLAUSE], maxsplit=1)[0]
    verb = QUOTING_VERB.search(clause)
    if verb is None or subject not in clause[: verb.start()]:
        return None
    if len(subject.split()) > 1 and not media_name(subject, context.media):
        return None  # "sagte Olaf Scholz und zitierte Angela Merkel": a person quotes another
    between = clause[clause.rfind(subject, 0, verb.start()) + len(subject) : verb.start()]
    if "," in between or len(between.split()) > MAX_WORDS_SUBJECT_TO_QUOTING:
        return None  # "said X, who cited the decision of Y": X spoke
    if any(w.casefold() in QUOTING_JOINERS for w in between.split()):
        return None  # "X und zitierte", "X who cited": the subject's second verb
    return next(
        (
            n.text
            for n in find_names(clause[verb.end() :])
            if not n.single and not media_name(n.text, context.media)
        ),
        None,
    )


OPENING_MARK_SET = frozenset("«“„")
# "for" between two quotations: another's view follows ("mas para a oposição é «...»");
# "but" alone goes on with the same speaker ('..., pero "podría hacerlo"').
FOR_WHOM_WORDS = frozenset(str.split("para for pour für per dla"))
# "per dare spazio", "para hacer", "pour faire": "for" before an infinitive says why, not whose
# view follows
ROMANCE_FOR = frozenset(str.split("per para pour"))
ROMANCE_INFINITIVE = re.compile(r"[^\W\d_]+(?:are|ere|ire|ar|er|ir)", re.IGNORECASE)


def _for_whom(words: list[str]) -> bool:
    """Return True when ``words`` hold a "for" naming whose view follows, not a purpose."""
    return any(
        word.casefold() in FOR_WHOM_WORDS
        and not (
            word.casefold() in ROMANCE_FOR
            and following.islower()  # not "para Javier"
            and ROMANCE_INFINITIVE.fullmatch(following)
        )
        for word, following in itertools.zip_longest(words, words[1:], fillvalue="")
    )


MAX_COORDINATED_GAP = 120


def _since_the_quotation_before(context: _Context, span: QuoteSpan) -> str | None:
    """Return the words between the item's quotation before and this one's opening mark, or
    None when there is none or it closed too far back to share a sentence with this one."""
    closed = context.counter.previous_end
    if closed < 0 or span.start - closed > MAX_COORDINATED_GAP:
        return None
    return context.item.text[closed : span.start].rstrip(" \u00a0«“„\"'‘")


def _in_the_sentence_of_the_quotation_before(context: _Context, span: QuoteSpan) -> bool:
    """Return True when the item's quotation before, with a speaker, closed in the sentence
    this one opens in."""
    if context.counter.previous[1] is None:
        return False
    gap = _since_the_quotation_before(context, span)
    if gap is None:
        return False
    if SENTENCE_OR_LINE_BREAK.search(gap) or gap.rstrip().endswith((".", "!", "?", "…")):
        return False
    if CONTRAST.search(gap) or _for_whom(WORD.findall(gap)):
        return False  # '«...», mas para a oposição é «...»': another view
    # 'X called it "a", Y "b"': Y's, maybe
    return not context.between(context.counter.previous_end, span.start)


def _renamed_by_title(context: _Context, span: QuoteSpan, role: str) -> bool:
    """Return True when the title after a quotation names its body in quotation marks
    ("лідер «Нашої України»") and the speaker quoted last spoke in the paragraph right
    before: the writer names that speaker again by office, not someone else named there."""
    last_paragraph, speaker = context.counter.previous
    if speaker is None or last_paragraph != span.first_paragraph - 1:
        return False
    since = context.counter.previous_end
    between = context.between(since, span.start)
    own = [m.offset for m in between if m.person == speaker]
    if own:
        since = own[-1]  # past "- сказав Ющенко", the speaker's own attribution
    others = any(m.person != speaker for m in between)
    if others and CUE.search(context.item.text[since : span.start]):
        return False  # "... – powiedział Kaczyński. Odpowiedział mu Donald Tusk.": Tusk's turn
    return QUOTED_BODY_IN_ROLE.search(role) is not None


def _reported_by(context: _Context, span: QuoteSpan, other: str, last: str) -> bool:
    """Return True when ``other`` is last named in a clause the last speaker's sentence
    reports ("a commenté Manuel Valls, précisant que François Hollande avait pris la
    décision"): what the speaker spoke of, so a title after the next quotation is the
    speaker's own, said again by office."""
    mention = next((m for m in context.recent(span.start) if m.person == other), None)
    if mention is None:
        return False
    text = context.item.text
    lead = text[max(0, mention.offset - SUBJECT_CONTEXT) : mention.offset]
    sentence = mention.offset - len(SENTENCE_END.split(lead)[-1])
    words = WORD.findall(text[sentence : mention.offset])
    if not words or words[-1].casefold() not in ROLE_BREAKING_COMPLEMENTIZERS:
        return False
    # "O Presidente angolano considera que Isabel dos Santos é ...": a title as the subject
    return any(
        m.person == last for m in context.between(sentence, mention.offset)
    ) or _reported_after_cue(text[sentence : mention.offset])


# A body's name in quotation marks after a title ("лідер «Нашої України»").
QUOTED_BODY_IN_ROLE = re.compile(r"\s[«“„\"][^«»“”„\"\n]{2,40}[»”“\"]")


def _titled_subject_after_comma(sentence: str) -> bool:
    """Return True when the clause after the sentence's last comma opens with an article
    and a title ("..., o ministro dos Negócios Estrangeiros escusou-se a responder.")."""
    words = WORD.findall(sentence.rsplit(",", 1)[-1])[:2]
    return (
        len(words) == 2
        and words[0].casefold() in ARTICLE_SET
        and is_title_word(words[1])
        and not is_institution_word(words[1])  # "il ministero della Difesa ha fatto sapere"
    )


MAX_NAME_AFTER_AND = 40  # characters after "and" read for the full name that follows it


def _and_a_named_subject(after: str) -> bool:
    """Return True when the clause after a quotation opens with "and" and a full name right
    after it ("ed Enrico Letta ... ribadisce"): a new subject, whose verb is not the
    quotation's."""
    lead = after.lstrip(LEADING_PUNCTUATION)
    first = WORD.match(lead)
    if first is None or first[0].casefold() not in COORDINATORS:
        return False
    names = find_names(lead[: first.end() + MAX_NAME_AFTER_AND])
    return (
        bool(names) and not names[0].single and not lead[first.end() : names[0].span.start].strip()
    )


def _reported_clause(text: str, span: QuoteSpan, cue: str | None) -> str:
    """Return the words between the cue and the quotation when "that" opens them (``said
    that President Joe Biden «``), else ""."""
    if not cue:
        return ""
    lead = text[max(0, span.start - MAX_COORDINATED_GAP) : span.start]
    at = lead.rfind(cue)
    if at < 0:
        return ""
    reported = lead[at + len(cue) :]
    return reported if opens_reported_clause(reported) else ""


def _coordinated(since: str) -> bool:
    """Return True when the words since the quotation before, in one sentence, are "and" and
    a reporting verb (``«...» y ha asegurado que es «...»``): the verb shares the subject of
    the one before, whoever the other quotation's clause named."""
    if SENTENCE_OR_LINE_BREAK.search(since) or OPENING_MARK_SET.intersection(since):
        return False
    return coordinated_cue(since)


MAX_TOPIC_LEAD = 400  # characters before a quotation searched for a paper and its topic
SENTENCE_OR_LINE_BREAK = re.compile(r"[.!?…][»”“\"]?\s|\n")
QUOTED_TITLE = re.compile(r"[«“„\"][ \u00a0]?[^«»“”„\"\n]{1,40}?[ \u00a0]?[»”“\"]")
# Articles that make a capitalised word after them a paper's name in a review's line ("Le
# Monde sur", "The Guardian on", "Der Spiegel zur"); not Italian "la" and "il", which stand
# before women's and men's surnames ("la Meloni sulla manovra").
PAPER_ARTICLES = frozenset(str.split("the le les el het"))  # German ones: GERMAN_PAPERS
# A person of the paper: "The Sun on Sunday's Harry Cole", "The Times's Matthew Parris".
POSSESSIVE_NAME = re.compile(r"['’]s\s+[A-Z][\w-]+\s+[A-Z]")
# German capitalises every noun: after its articles (GERMAN_ARTICLES), only these words make
# a paper's name (Der Spiegel, Die Welt), not "Die Regierung".
GERMAN_PAPERS = frozenset(str.split("spiegel welt zeit presse taz bild standard"))
MAX_WORDS_BEFORE_PAPER = 3  # "Die Tageszeitung „Die Welt“", "La prestigiosa rivista"
# Where a person spoke, before the paper's name: "X dans Le Figaro sur la Syrie :".
VENUE_PREPOSITIONS = frozenset(str.split("dans in im в во на en nel nella sul no na w au à"))


def _papers_topic(context: _Context, span: QuoteSpan, speaker: str | None) -> bool:
    """Return True when the sentence leading to the quotation names a paper, then a topic
    after a preposition, then a colon ("Le Figaro sur la visite d'Emmanuel Macron : « ... »",
    "The Times on Boris Johnson's plan:"): the paper's words, not those of the person the
    topic names. A speaker named after the quotation still speaks."""
    text = context.item.text
    lead = text[max(0, span.start - MAX_TOPIC_LEAD) : span.start].rstrip(" \u00a0\u202f«“„\"'‘")
    if not lead.endswith(":"):
        return False  # most quotations: one look at a character
    sentence = SENTENCE_OR_LINE_BREAK.split(lead)[-1].lstrip()
    match = PAPERS_TOPIC.fullmatch(sentence)
    if match is None and sentence[:1].islower():
        # "Neue Zürcher Zeitung ¶ zu Stuttgart: „...“": the paper on the line above
        previous = lead[: len(lead) - len(sentence)].rstrip().rsplit("\n", 1)[-1].strip()
        if previous and not previous.endswith((".", "!", "?", ":", "»", "”", '"')):
            sentence = f"{previous} {sentence}"
            match = PAPERS_TOPIC.fullmatch(sentence)
    if match is None:
        return False
    # "The Daily Telegraph, sobre Boris Johnson:": the comma before the topic is no
    # apposition's
    topic = sentence[match.end("medium") :].lstrip(" ,\u00a0")
    if (speaker and speaker not in sentence) or CUE.search(topic):
        return False  # "The Guardian on Sunday quoted X:": the paper reports who spoke
    if any(w.casefold() in WORDS_OF_SOMEONE for w in LETTER_WORD.findall(topic)):
        return False  # "El Mundo abre con una entrevista a X:": X's words
    last_part = topic.rsplit(",", 1)[-1] if "," in topic else ""
    if any(not n.single for n in find_names(last_part)) or POSSESSIVE_NAME.search(sentence):
        # "Dans Le Parisien sur la réforme, Élisabeth Borne :", "The Sun on Sunday's Harry
        # Cole on the reshuffle:": a person speaks in the paper
        return False
    return _names_a_paper(match["medium"], context)


# Nouns of someone's words or interview in a paper's topic ("abre con las declaraciones de
# X", "consacre sa une à un entretien avec X", "leads with comments from X"): X speaks.
WORDS_OF_SOMEONE = frozenset(
    str.split(
        "entrevista intervista entretien interview interviews palabras parole declaraciones "
        "dichiarazioni declarações propos confidences comments words remarks worte aussagen "
        "интервью слова заявление wywiad słowa "
        # session 58: a letter or a statement the paper prints ("опублікував лист бійця")
        "лист листа письмо письма letter lettre brief abschiedsbrief lettera carta "
        "communiqué comunicado comunicato aufschrift"
    )
)


def _names_a_paper(words: str, context: _Context) -> bool:
    """Return True when ``words`` (a sentence's opening) name a paper as their subject and no
    person: a title in quotation marks, a paper's word (Figaro, Zeitung, Times), a medium the
    document credits, or an article before a capitalised word (The Guardian, Der Spiegel)."""
    media = context.media
    # "(Stockholm)": the paper's town; blanked, offsets kept
    bare = PARENTHESIS.sub(_blank, QUOTED_TITLE.sub(_blank, words))
    mentions = find_names(bare)
    # The paper opens the sentence, maybe after an article or an adjective ("Die Londoner
    # „Times“"): not "Elle a indiqué que ... « des bus rapides » sur voie réservée :".
    marker = QUOTED_TITLE.search(words)
    starts = [marker.start()] if marker else []
    tokens = list(LETTER_WORD.finditer(words))
    starts += [
        w.start() for w in tokens if w[0][:1].isupper() and _paper_word(w[0].casefold())
    ]  # not "in a post"
    starts += [
        article.start()
        for article, word in itertools.pairwise(tokens)
        if _article_and_paper(article[0].casefold(), word[0])
        and not context.registry.knows_surname(word[0])  # "Le Drian sur le Mali :"
    ]
    starts += [m.span.start for m in mentions if media_name(m.text, media)]
    if not starts:
        return False
    start = min(starts)
    opening = words[:start]
    before = LETTER_WORD.findall(opening)[-1:]
    if before and before[0].casefold() in VENUE_PREPOSITIONS:
        return False  # "Poutine dans Le Figaro sur l'Ukraine :": the paper is where he spoke
    people = [
        m
        for m in mentions
        if not (_after_paper_article(bare, m) and not context.registry.knows_surname(m.text))
        and not media_name(m.text, media)
        and not any(_paper_word(w) for w in m.text.casefold().split())
        # "Traurige Alternative Die Zeitung ...": a headline glued to the line, one word
        and not (m.single and m.span.end <= start)
    ]
    if people:
        return False
    return len(opening.split()) <= MAX_WORDS_BEFORE_PAPER and CUE.search(opening) is None


def _article_and_paper(article: str, word: str) -> bool:
    """Return True for an article and the capitalised word of a paper's name after it; not a
    title ("Le Premier ministre sur", "The Chancellor on") nor a body ("The Kremlin on")."""
    if article in GERMAN_ARTICLES:
        return word.casefold() in GERMAN_PAPERS
    return (
        article in PAPER_ARTICLES
        and word[:1].isupper()
        and not is_title_word(word)
        and not is_institution_word(word)
    )


def _after_paper_article(text: str, mention: NameMention) -> bool:
    """Return True when a paper's article opens the run or stands right before it (The
    Guardian, Der Spiegel)."""
    words = mention.text.split()
    if len(words) > 1 and _article_and_paper(words[0].casefold(), words[1]):
        return True
    before = LETTER_WORD.findall(
        text[max(0, mention.span.start - MAX_LEAD_WORD) : mention.span.start]
    )
    return bool(before) and _article_and_paper(before[-1].casefold(), words[0])


def _credited_to_a_paper(text: str, span: QuoteSpan) -> bool:
    """Return True when the words after the quotation credit it to a paper named in marks
    (``titre « Ekho »``): a headline, whoever its sentence before named."""
    end = span.end + len(span.close_mark)
    match = PAPER_CREDIT.match(text, end)
    if match is None:
        return False
    lead = re.split(r"[«“„\"]", match.group(), maxsplit=1)[0].replace(",", " ").split()
    if lead[0].casefold() in OPENING_CONJUNCTIONS:
        return False  # "«...» e «accelerare la lotta»": two quotations joined
    # "sagte er den „Salzburger Nachrichten“": he said it, to the paper
    return not lead[0][:1].isupper() and not any(PRONOUN.fullmatch(w) for w in lead)


def _after_turkic_medium(text: str, span: QuoteSpan) -> bool:
    """Return True when the word before the quotation is a paper's noun in the possessive
    ('Türkiye gazetesi "..." dedi'): what the paper printed, no one's words. (A headline's
    noun around the quotation made it a term already: :func:`names_a_title`.)"""
    before = WORD.findall(text[max(0, span.start - MAX_LEAD_WORD) : span.start])[-1:]
    return bool(before) and before[0].casefold() in MEDIA_AFTER_THEIR_NAME


# German and Dutch subject pronouns right after the verb of a clause that opens otherwise
# ("Danach wurde er deutlich:", "Dann zeigt er auf einen Hecht:").
INVERTED_SUBJECT_PRONOUNS = frozenset(str.split("er sie hij ze zij"))
MAX_INVERTED_PRONOUN = 10  # words into the clause: the verb comes second, after a phrase
# Dutch "er" is also "there", before the real subject ("Toen kwam er een vraag uit de zaal:").
THERE_SUBJECTS = frozenset(str.split("een geen veel twee drie de het"))
# Subjects of the first and second person: "fragte ich sie:" asks her, she does not speak.
OTHER_SUBJECTS = frozenset(str.split("ich wir du ihr ik we jij wij jullie"))
# Third-person subject pronouns that open a clause ("her", "ihm", "его" do not).
SUBJECT_PRONOUNS = frozenset(
    str.split("he she il elle er sie él ella egli lei он она він вона hij zij ele ela han hon")
)


def _colon_clause_pronoun(before: str) -> str | None:
    """Return the subject pronoun opening the clause that a colon ends (``Asked about the
    cost, he was blunt:``), else None."""
    sentence = SENTENCE_END.split(before.rstrip()[:-1])[-1]
    words: list[str] = WORD.findall(sentence.rsplit(",", 1)[-1])
    if words and words[0].casefold() in SUBJECT_PRONOUNS:
        return words[0]
    # German and Dutch put the verb second: "Im Gespräch mit dem Sender wurde er deutlich:"
    return next(
        (
            word
            for index, word in enumerate(words[2:MAX_INVERTED_PRONOUN], 2)
            if word in INVERTED_SUBJECT_PRONOUNS
            and words[index - 1].islower()
            and words[index - 1].casefold() not in OTHER_SUBJECTS
            and (index + 1 == len(words) or words[index + 1].casefold() not in THERE_SUBJECTS)
        ),
        None,
    )


# A clause with no subject, opened by a third person's auxiliary and a participle, Italian
# or Spanish ("Ci ha tenuto anche a puntualizzare ...:", "Poi ha voluto ricordare ...:",
# "Ha querido destacar ...:"), after a few linking words; not "È chiaro:", "Hanno detto:".
ZERO_SUBJECT_CLAUSE = re.compile(
    r"^(?:(?:poi|anche|ci|inoltre|quindi|infine|e|ma|luego|después|también|además|y|pero|"
    r"se|le|lo|la|si)\s+){0,3}(?:ha|è)\s+[^\W\d_]+(?:at[oa]|ut[oa]|it[oa]|ad[oa]|id[oa])\b",
    re.IGNORECASE,
)


# A passive opening the sentence ("È stato deciso", "Ha sido elegido"): no one's subject.
ZERO_SUBJECT_PASSIVE = re.compile(
    r"^(?:\w+\s+){0,3}?(?:è|ha)\s+(?:stat[oa]|sido)\s+[^\W\d_]+"
    r"(?:at[oa]|ut[oa]|it[oa]|ad[oa]|id[oa]|s[oa]|tt[oa]|st[oa]|ert[oa]|olt[oa])\b",
    re.IGNORECASE,
)
ZERO_SUBJECT_PARTICIPLE = re.compile(
    r"(?:ha|è)\s+[^\W\d_]+(?:at[oa]|ut[oa]|it[oa]|ad[oa]|id[oa])\b", re.IGNORECASE
)
# An article after the participle, with no preposition before it, opens the subject the
# verb put after it ("Ha parlato poi il ministro"); after a preposition, a complement.
POSTVERBAL_ARTICLES = frozenset(str.split("il lo la l i gli le un uno una el los las"))
PHRASE_PREPOSITIONS = frozenset(
    str.split(
        "a in di da con su per tra fra en de del por para sobre tras desde hasta al dal nel sul "
        "ante bajo contra entre hacia según sin dopo durante contro verso senza presso davanti"
    )
)
# An infinitive, maybe with its clitic, after the participle: the verb's own complement ("ha
# voluto ricordare"), before any subject could come.
INFINITIVE_LIKE = re.compile(r"[^\W\d_]{3,}(?:are|ere|ire|ar|er|ir)(?:lo|la|le|li|si|se|los|las)?")


def _zero_subject_sentence(sentence: str) -> bool:
    """Return True for a sentence opened by a verb with no subject (see
    ``ZERO_SUBJECT_CLAUSE``), not a passive ("È stato deciso", "Ha sido elegido") nor a verb
    whose subject follows its participle ("Ha parlato poi il ministro", "Ha llegado el
    momento")."""
    if ZERO_SUBJECT_CLAUSE.match(sentence) is None or ZERO_SUBJECT_PASSIVE.match(sentence):
        return False
    participle = ZERO_SUBJECT_PARTICIPLE.search(sentence)
    if participle is None:
        return False
    words = [w.casefold() for w in WORD.findall(sentence[participle.end() :])][:6]
    previous = ""
    for word in words:
        if word in ("che", "que", "di") or INFINITIVE_LIKE.fullmatch(word):
            return True  # "ha voluto ricordare ...", "ha tenido que explicar ..."
        if word in POSTVERBAL_ARTICLES and previous not in PHRASE_PREPOSITIONS:
            return False  # "Ha festeggiato fino a notte il centrodestra"
        previous = word
    return True


def _zero_subject_clause(before: str) -> bool:
    """Return True when the sentence a colon ends opens on a verb with no subject (see
    ``ZERO_SUBJECT_CLAUSE``)."""
    sentence = SENTENCE_END.split(before.rstrip()[:-1])[-1].strip()
    return _zero_subject_sentence(sentence)


def _bare_surname(name: str) -> bool:
    """Return True for one capitalised word that the cue names as the speaker."""
    word = name.strip()
    if word.casefold() in AGENCIES:
        return False
    return " " not in word and len(word) >= 3 and word[:1].isupper() and not word.isupper()


def _cue_gender(attribution: Attribution) -> str | None:
    """Return the gender the cue marks: its pronoun (``she``), its verb (``заявила``), else
    its role's article or ending. A Slavic verb agrees with the person while the title may
    not: "powiedziała minister", "заявила министр" are a woman's words."""
    return pronoun_gender(attribution.pronoun) or verb_gender(attribution.cue) or attribution.gender


def _sure_cue_gender(attribution: Attribution) -> str | None:
    """Return the gender the cue's pronoun or Slavic verb marks, never its title's."""
    return pronoun_gender(attribution.pronoun) or verb_gender(attribution.cue)


def _anaphor(
    context: _Context, quote_start: int, wanted: str | None, sure: str | None = None
) -> str | None:
    """Return who a pronoun or bare cue refers to: the subject or the last speaker, unless
    their gender contradicts the cue's; then the last person named whose gender agrees.
    ``sure``: the gender the cue's pronoun or verb says; nobody known to be of the other
    one is its fallback ("Según ella" after Sarkozy spoke)."""
    genders = context.counter.genders
    if _anonymous_subject_before(context, quote_start):
        return None
    subject = (
        _subject(context, quote_start, wanted=wanted)
        or _introduced(context, quote_start, wanted)
        or _titled_holder(context, quote_start)
        # "Skeptisch äußerte sich der Verkehrsplaner Jens Tauscher. ... „...“, sagte er": the
        # man this paragraph names, not a speaker of an earlier one
        or _last_named_in_paragraph(context, quote_start, wanted)
        or _reporter_of_the_paragraph_before(context, quote_start, wanted)
        or _pronoun_chain(context, quote_start, wanted)
    )
    if wanted and (subject is None or genders.get(subject) not in (None, wanted)):
        # "..., dijo ella" after a man of unknown gender spoke: the woman named just before
        # (this paragraph or the one before; a bounded look-back keeps it linear).
        nearby = _paragraph_start(
            context.item, max(0, _paragraph_start(context.item, quote_start) - 1)
        )
        marked = next(
            (
                m.person
                for m in context.recent(quote_start)
                if m.offset >= nearby and genders.get(m.person) == wanted
            ),
            None,
        )
        last = context.counter.last_speaker
        last_paragraph, previous = context.counter.previous
        if (
            previous == last
            and last_paragraph == _paragraph_index(context.item, quote_start)
            and not any(
                m.person != last and genders.get(m.person) == wanted
                for m in context.between(_paragraph_start(context.item, quote_start), quote_start)
            )
        ):
            marked = None  # "“...,” she said. “...”": her paragraph goes on with her
        if marked and last and any(p == last and marked in r for p, r in context.counter.roles):
            # "lance l'ancien conseiller de Nicolas Sarkozy, Franck Louvrier. «..., dit-il»":
            # the man the speaker's title names is not who goes on
            marked = None
        if marked and (last is None or genders.get(last) is None) and last != marked:
            return marked
    for candidate in (subject, context.counter.last_speaker):
        if candidate and agrees(wanted, genders.get(candidate)):
            return candidate
    if wanted:
        for mention in context.recent(quote_start):
            if genders.get(mention.person) == wanted:
                return mention.person
    if subject or context.counter.last_speaker:
        fallback = subject or context.counter.last_speaker
        if sure and context.counter.sure_genders.get(fallback or "") not in (None, sure):
            return None
        return fallback
    # "Про це повідомив ... Сергій Бондаренко-Лисий. ¶ – ..., – сказав він": the person
    # last named before the paragraph, when nothing says otherwise.
    text = context.item.text
    recent = [m for m in context.recent(quote_start) if not _under_someone(text, m.offset)][:1]
    return recent[0].person if recent and agrees(wanted, genders.get(recent[0].person)) else None


# What follows French "Il" opening a sentence: a verb, an auxiliary or a clitic.
FRENCH_AFTER_IL = frozenset(
    str.split(
        "a avait aura est était sera ne n s se y en l le la les lui leur doit devait peut "
        "pouvait va allait vient venait reste estime juge pense reconnaît affirme assure "
        "dit explique ajoute rappelle souligne indique déclare"
    )
)


def _pronoun_chain(context: _Context, quote_start: int, wanted: str | None) -> str | None:
    """Return the person named in the sentence before one that opens with a pronoun of the
    cue's gender and names nobody (``X a annoncé ... . Il a toutefois reconnu ... . « ... »,
    a-t-il résumé``): the pronoun and the cue both go back to X."""
    begin, text, cuts = _lead(context, quote_start)
    bounds = zip(cuts, [*cuts[1:], len(text)], strict=True)
    sentences = [(low, high) for low, high in bounds if text[low:high].strip(QUOTE_OPENERS)]
    if len(sentences) < 2:
        return None
    low, high = sentences[-1]
    written = WORD.findall(text[low:high])
    opening = written[:2]
    said = pronoun_gender(opening[0]) if opening else None
    if said is None or (wanted and said != wanted) or context.between(begin + low, begin + high):
        return None
    if opening[0].casefold() == "il" and (len(opening) < 2 or opening[1] not in FRENCH_AFTER_IL):
        return None  # Italian "Il vertice è durato due ore": an article, no pronoun
    if not {w.casefold().rstrip("'’") for w in written} & COMPLEMENTIZERS:
        return None  # "Он продлился два часа": a thing; "Il a reconnu que ...": a person
    genders = context.counter.genders
    low, high = sentences[-2]
    mentions = context.between(begin + low, begin + high)
    fitting = {m.person for m in mentions if agrees(said, genders.get(m.person))}
    # A titled person beats a run that may be a place (Lori Berd); "Putin spoke with Trump.
    # It lasted an hour": two who fit, no telling which.
    marked = {m.person for m in mentions if m.person in fitting and m.role}
    for candidates in (marked, fitting):
        if len(candidates) == 1:
            return next(iter(candidates))
    return None


def _introduced(context: _Context, quote_start: int, wanted: str | None) -> str | None:
    """Return the person a quote-free paragraph before introduced, when the quotation opens
    its own paragraph (``В Грозном министр ... Хеда Исмаилова представила программу. ¶ –
    ..., – сказала она``): the first one named whose gender agrees with the cue's."""
    item = context.item
    paragraph = _paragraph_start(item, quote_start)
    if not _opens_its_paragraph(item, paragraph, quote_start):
        return None
    previous = _paragraph_start(item, paragraph - 1)
    if _quotes_someone(item.text, previous, paragraph):
        return None  # a paragraph that quotes someone: its speaker is the last speaker
    genders = context.counter.genders
    # not a place ("en Capital Federal")
    mentions = [
        m for m in context.between(previous, paragraph) if not _place_after_in(item.text, m)
    ]
    if not mentions:
        return None
    # "..., dont le président, Andrew Pellow, a répondu aux questions de ...": the one a
    # reporting verb follows is who the quotation goes on with.
    ends = [*(m.offset for m in mentions[1:]), paragraph]
    reporters = {
        m.person
        for m, end in zip(mentions, ends, strict=True)
        if _reports(item.text, m.offset, min(end, m.offset + MAX_REPORTER_REACH))
    }
    found = [m.person for m in mentions]
    exact = [p for p in found if wanted and genders.get(p) == wanted]
    fitting = [p for p in found if agrees(wanted, genders.get(p))]
    chosen = exact or fitting
    if (
        fitting
        and fitting[0] == found[0]
        and _subject_of_its_sentence(item.text, previous, mentions[0].offset)
    ):
        # "Mayor Sam Liccardo echoed Sykes' evaluation.": the sentence's subject, whose
        # gender is unknown yet, before the man it names whose gender is
        chosen = fitting
    return next((p for p in chosen if p in reporters), chosen[0] if chosen else None)


MAX_TITLE_WORDS_BEFORE_A_SUBJECT = 3  # "First Deputy Superintendent", "Mayor"


def _subject_of_its_sentence(text: str, start: int, offset: int) -> bool:
    """Return True when only a title's capitalised words stand between the start of the
    sentence and the name at ``offset``, in the paragraph at ``start``: its subject ("Mayor
    Sam Liccardo echoed ..."), not one it names later ("The governor met Mayor Jones")."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, offset)]
    words = WORD.findall(text[ends[-1] if ends else start : offset])
    return len(words) <= MAX_TITLE_WORDS_BEFORE_A_SUBJECT and not any(w.islower() for w in words)


def _last_named_in_paragraph(context: _Context, quote_start: int, wanted: str | None) -> str | None:
    """Return the last person of the cue's gender the quotation's paragraph names before it,
    when nobody is quoted there first: a pronoun goes back to them, not to the speaker of an
    earlier paragraph."""
    if wanted is None:
        return None
    paragraph = _paragraph_start(context.item, quote_start)
    if _quotes_someone(context.item.text, paragraph, quote_start):
        return None  # a quotation before this one: its speaker is the one who goes on
    genders = context.counter.genders
    text = context.item.text
    named = [
        m.person
        for m in context.between(paragraph, quote_start)
        if not _under_someone(text, m.offset)
    ]
    return next((p for p in reversed(named) if genders.get(p) == wanted), None)


MAX_REPORTER_REACH = 60  # characters from a name to its reporting verb


def _reporter_of_the_paragraph_before(
    context: _Context, quote_start: int, wanted: str | None
) -> str | None:
    """Return the person the paragraph before reports in their own words' place ("Michael
    Cole said the shop was a thriving business." ¶ "He said: “...”"), when the quotation's
    paragraph opens with a pronoun and its cue only: the pronoun goes on with that reporter,
    not with an earlier speaker."""
    item = context.item
    index = _paragraph_index(item, quote_start)
    lead = WORD.findall(item.text[item.starts[index] : quote_start])
    if (
        wanted is None
        or index == 0
        or not lead
        or len(lead) > MAX_LEAD_WORDS_OF_A_PRONOUN
        or not PRONOUN.fullmatch(lead[0])
    ):
        return None
    start = item.starts[index - 1]
    end = start + len(item.paragraphs[index - 1].text)
    if _quotes_someone(item.text, start, end):
        return None  # the paragraph before quotes someone: the speaker goes on
    for mention in reversed(context.between(start, end)):
        if not _opens_its_clause(item.text, start, mention.offset):
            continue  # "X said Y told him ...": Y is reported, not reporting
        gender = context.counter.genders.get(mention.person)
        if _reports(item.text, mention.offset, min(end, mention.offset + MAX_REPORTER_REACH)):
            return mention.person if agrees(wanted, gender) else None
        if agrees(wanted, gender):
            return None  # a later subject the pronoun may stand for, with no reporting verb
    return None


def _opens_its_clause(text: str, paragraph: int, offset: int) -> bool:
    """Return True when no reporting verb stands between the start of the sentence holding
    ``offset`` and it: the main clause's subject, not one reported inside it."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, paragraph, offset)]
    return CUE.search(text, ends[-1] if ends else paragraph, offset) is None


MAX_LEAD_WORDS_OF_A_PRONOUN = 3  # "He said:", "She later added:"


def _under_someone(text: str, start: int) -> bool:
    """Return True when the name at ``start`` is whom someone serves under ("he has served as
    foreign minister under President X"): the pronoun after goes back to the one serving."""
    words = text[max(0, start - MAX_LEAD_WORD * 3) : start].split()[-3:]
    while words and (is_title_word(words[-1]) or words[-1].casefold() in ARTICLE_SET):
        words = words[:-1]
    return bool(words) and words[-1].casefold() in SERVING_UNDER


SERVING_UNDER = frozenset(str.split("under sous unter bajo sotto sob под під pod"))


ANONYMOUS_REACH = 500  # characters before a quotation searched for an anonymous source


def _anonymous_subject_before(context: _Context, quote_start: int) -> bool:
    """Return True when the quotation's paragraph, just before it, introduces someone who
    asked not to be named and names nobody (``Ջրամբարը շահագործող ընկերության
    աշխատակիցներից մեկը, ով խնդրեց չնշել իր անունը, պատմեց ... «...», - ասաց նա``): the
    pronoun is theirs."""
    # Only the stretch just before the quotation is read: a paragraph of thousands of
    # quotations stays linear.
    paragraph = _paragraph_start(context.item, quote_start)
    text = context.item.text
    if _opens_its_paragraph(context.item, paragraph, quote_start):
        # "Właściciel ..., który prosi o anonimowość, uważa, że ... ¶ – ... – przekonuje":
        # a quotation opening its paragraph goes on from the paragraph before
        paragraph = _paragraph_start(context.item, paragraph - 1)
    start = max(paragraph, quote_start - ANONYMOUS_REACH)
    at = last_anonymity(text[start:quote_start])
    if at < 0 or _quotes_someone(text, start, quote_start):
        return False
    # nobody named there before the quotation ("Le procureur Rémi Heitz n'a pas voulu
    # révéler son nom": the suspect's name he kept back, his own is given), and no title
    # after the source ("Volgens de burgemeester ...": her, named before)
    after = WORD.findall(text, start + at, quote_start)
    return not context.between(start, quote_start) and not any(map(is_title_word, after))


def _opens_its_paragraph(item: _ItemText, paragraph: int, quote_start: int) -> bool:
    """Return True when the quotation at ``quote_start`` opens its paragraph (which starts at
    ``paragraph``), only marks before it, and a paragraph comes before that one."""
    return paragraph > 0 and not item.text[paragraph:quote_start].strip(OPENING_MARKS)


def _quotes_someone(text: str, start: int, end: int) -> bool:
    """Return True when ``text[start:end]`` holds a quotation longer than a scare quote."""
    return any(
        len(WORD.findall(quoted.group())) > MAX_TERM_WORDS
        for quoted in QUOTED.finditer(text, start, end)
    )


def _reports(text: str, start: int, end: int) -> bool:
    """Return True when a reporting verb follows the name at ``start`` with only its own
    capitalised words and commas between (``Andrew Pellow, a répondu``); a lowercase word
    there opens another subject (``Jean Martin, dont le syndicat a déclaré``)."""
    cue = CUE.search(text, start, end)
    return cue is not None and all(w[:1].isupper() for w in WORD.findall(text, start, cue.start()))


def _continues(context: _Context, span: QuoteSpan) -> bool:
    """Return True for a quotation alone in its paragraph right after a quoted paragraph.

    The previous paragraph introduced and quoted a speaker; this one only goes on quoting
    (a lowercase topic in parentheses may follow: "„...“ (über die Rolle Österreichs)").
    """
    last_paragraph, speaker = context.counter.previous
    if speaker is None or span.first_paragraph != last_paragraph + 1:
        return False
    return _alone(context.item, span) or _alone_but_its_topic(context.item, span)


def _digest_entry_credited_below(context: _Context, span: QuoteSpan) -> bool:
    """Return True for a quotation alone under a digest's title with a credit paragraph
    under it ("“a national scandal ...”" ¶ "Frank Field, the Labour chair ..., calls on"):
    the entry's own speaker, not the last one's words going on."""
    return (
        context.digest
        and _entries_open_with_quotations(context)
        and _credit_paragraph_mention(context, span) is not None
    )


def _entries_open_with_quotations(context: _Context) -> bool:
    """Return True when a digest's entries open with their quotations, credits below:
    under every quotation alone a paragraph naming someone in full, and not over every one
    (a footer or an epigraph does not turn them round); with no quotation alone, when the
    item's first paragraph opens with one. Read once per item: every quotation asks."""
    if context.entries_below is None:
        paragraphs = context.item.paragraphs
        alone = [i for i, p in enumerate(paragraphs) if WHOLE_QUOTATION.match(p.text.strip())]
        if alone:
            context.entries_below = all(_names_in_full(context, i + 1) for i in alone) and not all(
                _names_in_full(context, i - 1) for i in alone
            )
        else:
            context.entries_below = bool(paragraphs) and bool(
                OPENS_WITH_QUOTATION.match(paragraphs[0].text)
            )
    return context.entries_below


def _names_in_full(context: _Context, index: int) -> bool:
    """Return True when the item's paragraph ``index`` exists, is no quotation alone and
    names someone in full."""
    paragraphs = context.item.paragraphs
    return (
        0 <= index < len(paragraphs)
        and not WHOLE_QUOTATION.match(paragraphs[index].text.strip())
        and any(not mention.single for mention in context.item.names[index])
    )


def _named_in_the_question_before(
    context: _Context, span: QuoteSpan, attribution: Attribution
) -> set[str]:
    """Return the persons named in a question right before a quotation in its paragraph,
    with no cue after the quotation, the question's own cue at most ("..., secondo lei, gli
    errori commessi? “...”"): an interview's answer set after its question, which they do
    not give; else an empty set."""
    before = _sentence_before(context.item, span, ("?",))
    if before is None or QUOTED.search(before[0]):
        return set()
    _, question, low = before
    if attribution.cue is not None and attribution.cue not in question:
        return set()
    return {mention.person for mention in context.between(low, span.start)}


# A relative pronoun right after a comma and right before a cue: "..., which says",
# "..., qui estime", "..., die schreibt", "..., который пишет".
RELATIVE_BEFORE_CUE = re.compile(
    r",\s*(?:which|who|that|qui|lequel|laquelle|que|quien|die|der|das|welche|che|il quale|la "
    r"quale|который|которая|которое|який|яка|które|który|która|dat)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _relative_before_cue(clause: str, cue: str | None) -> bool:
    """Return True when the cue's subject in ``clause`` is a relative pronoun after a comma
    ("The Guardian, which says"): its antecedent, not the pronoun before, speaks."""
    at = clause.rfind(cue) if cue else -1
    return (
        at > 0
        and RELATIVE_BEFORE_CUE.search(clause, max(0, at - MAX_RELATIVE_REACH), at) is not None
    )


MAX_RELATIVE_REACH = 60


# The paper asking in the first person plural, right before its question: "we asked",
# "nous lui avons demandé", "fragten wir", "мы спросили", "zapytaliśmy", "sorduk",
# "հարցրեցինք".
WE_ASKED = re.compile(
    r"(?i)\b(?:we asked|we put (?:it|the question) to|I asked|nous (?:lui |leur )?avons demandé|"
    r"avons-nous demandé|le avons demandé|preguntamos|le preguntamos|abbiamo chiesto|"
    r"gli abbiamo chiesto|le abbiamo chiesto|chiediamo|fragten wir|haben wir (?:ihn |sie )?"
    r"gefragt|wir fragten|perguntámos|perguntamos|vroegen (?:we|wij)|hebben we (?:hem |haar )?"
    r"gevraagd|zapytaliśmy|spytaliśmy|sorduk|soruşduq|ვკითხეთ)\b"
    r"|\b(?:мы|ми)\b[^.!?\n]{0,80}\b(?:спросили|задали|запитали|спитали|поставили)\b"
    r"|\bwe\b[^.!?\n]{0,80}\basked\b"
    r"|\bспросили мы\b|\bзапитали ми\b|հարցրեցինք|հարցրինք"
)
MAX_ASKING_LEAD = 300  # characters before a question read for "we asked"
QUESTION_MARKS = frozenset("?՞")  # Armenian marks the asking word: "Ինչպե՞ս"


def _we_asked(context: _Context, span: QuoteSpan) -> bool:
    """Return True when the sentence leading to a quotation says the paper asked it ("Мы
    связались с депутатом X и спросили: «...?»"): the question is no one's named."""
    start = max(context.item.starts[span.first_paragraph], span.start - MAX_ASKING_LEAD)
    lead = context.item.text[start : span.start - len(span.open_mark)].rstrip(" :.\u00a0")
    sentence = SENTENCE_END.split(lead)[-1]
    match = WE_ASKED.search(sentence)
    if match is None or any(mark in sentence for mark in '«»“”„"'):
        return False  # "“We asked the council ...,” said X. “Who ...?”": X's own words
    rest = sentence[match.end() :]
    if CUE.search(rest) or ASKED_SUBORDINATE.search(sentence[: match.start()]):
        return False  # "When we asked her ..., she replied: «...?»": the one asked answers
    # "... sorduk, Şimşek “...?” diye yanıt verdi": after a verb-final "we asked", the
    # sentence goes on with the one who answers
    return not (VERB_FINAL_ASKED.search(match.group()) and WORD.search(rest))


# What makes "we asked" a subordinate clause, the main one the answer's: "when we asked",
# "whom we asked", "cuando le preguntamos", "którego zapytaliśmy", "когда мы спросили".
ASKED_SUBORDINATE = re.compile(
    r"(?i)\b(?:when|as|whom|after|quand|comme|lorsque|à qui|auquel|cuando|al que|a quien|"
    r"a la que|quando|al quale|alla quale|a cui|gdy|kiedy|którego|której|когда|которого|"
    r"которой|коли|якого|якої|als)\b|Երբ|երբ"
)
VERB_FINAL_ASKED = re.compile(r"sorduk|soruşduq|հարցր|ვკითხეთ")


# An article, a possessive, a preposition or an elision right before "intervista",
# "entrevista", "interroge": the noun ("nell'intervista a X") or a reflexive ("s'interroge").
NOUN_BEFORE_INTERVIEW_VERB = re.compile(
    r"(?i)(?:\b(?:un|una|la|sua|su|l|nell|dell|all|sull|en|esta|esa|s|an|the|his|her|in|dopo)"
    r"['’]?\s*)$"
)
# Verbs of interviewing someone: the words after the colon are the one interviewed's.
INTERVIEWS_VERB = re.compile(
    r"(?<!\w)(?:intervista|intervistato|intervistata|interviews|interviewed|interviewt|"
    r"interroge|entrevista|entrevistó|entrevistou|spricht mit|parla con|talks to)(?!\w)",
    re.IGNORECASE,
)


def _interviewed_before_colon(before: str, earlier: Attribution) -> Attribution:
    """Return the one interviewed when the sentence a colon ends names its subject before a
    verb of interviewing and one person in full after it ("Giacomo Galeazzi su La Stampa
    intervista il direttore del Qn, Andrea Cangini: «...»"): the words are the latter's."""
    if not earlier.speaker or not before.rstrip().endswith(":"):
        return earlier
    sentence = SENTENCE_END.split(before.rstrip()[:-1])[-1]
    verb = INTERVIEWS_VERB.search(sentence)
    if verb is None or earlier.speaker not in sentence[: verb.start()]:
        return earlier
    if NOUN_BEFORE_INTERVIEW_VERB.search(sentence, 0, verb.start()):
        return earlier  # "nell'intervista a X", "en una entrevista con X", "s'interroge"
    after = sentence[verb.end() :]
    named = [n for n in find_names(after) if not n.single]
    if len(named) != 1:
        return earlier
    # "il direttore del Qn, Andrea Cangini": the title between the verb and the name
    title = ARTICLE.sub("", after[: named[0].span.start].strip(" ,"))
    words = WORD.findall(title)  # none at all between a dash and the name: "intervista – X"
    if not any(map(is_title_word, words)):
        return earlier  # "parla con Giuseppe Conte", "interroge Élisabeth Borne": no title
    return Attribution(speaker=named[0].text, role=title if is_title_word(words[0]) else None)


def _sentence_before(
    item: _ItemText, span: QuoteSpan, ends: tuple[str, ...]
) -> tuple[str, str, int] | None:
    """Return the quotation's paragraph before its opening mark (trailing spaces off), the
    last sentence of it without its closing punctuation, and where that sentence starts in
    the item, when that paragraph ends on one of `ends`; else None. The sentence is looked
    for only then: splitting every quotation's lead would be quadratic on a long line."""
    start = item.starts[span.first_paragraph]
    lead = item.text[start : span.start - len(span.open_mark)].rstrip()
    if not lead.endswith(ends):
        return None
    sentence = SENTENCE_END.split(lead[:-1])[-1]
    return lead, sentence, start + len(lead) - 1 - len(sentence)


def _goes_on_after_a_conjunction(context: _Context, span: QuoteSpan) -> bool:
    """Return True for a quotation whose sentence opens on a conjunction alone, in the
    paragraph of the last quotation and right after its sentence, nobody named between
    ("X: «...». Ma «...» e «...»", "... », a-t-il dit. Mais « ... »"): the same speaker."""
    last_paragraph, speaker = context.counter.previous
    if speaker is None or span.first_paragraph != last_paragraph:
        return False
    lead = context.item.text[context.counter.previous_end : span.start - len(span.open_mark)]
    sentences = [part for part in SENTENCE_END.split(lead) if part.strip(' ,»”"')]
    if not sentences or context.between(context.counter.previous_end, span.start):
        return False
    words = WORD.findall(sentences[-1])
    # the quotation closes its sentence, or another one joins it: not "Mais « le compte n'y
    # est pas » pour la CGT", "Pero «la semana laboral ...» todavía no tiene fecha"
    opening = len(words) == 1 and words[0].casefold() in OPENING_CONJUNCTIONS
    after = context.item.text[span.end + len(span.close_mark) :]
    return opening and (
        _ends_a_sentence(context.item.text, span) or QUOTATION_JOINED.match(after) is not None
    )


# Another quotation joined by "and" right after one: "«...» e «...»", "“...” and “...”".
QUOTATION_JOINED = re.compile(r"[ \u00a0]+(?:e|et|and|y|und|en|i|и|і)[ \u00a0]+[«“„\"‘]")


# Conjunctions that open a sentence going on with the words of the one quoted before.
OPENING_CONJUNCTIONS = frozenset(
    str.split("ma e mais et but and pero y aber und mas maar но а ale")
)
MAX_PROMPT_WORDS = 16  # "Una commissione d'inchiesta parlamentare sul Covid-19?"
MAX_LABEL_WORDS = 3  # a rubric label in capitals before a dash: "BILANCIO - "
LEAD_MARKS = ' «»"“”„‹›'  # opening marks, but not dashes: the label's dash stays


def _one_question(text: str) -> bool:
    """Return True for a text that is one sentence, a question, with no quotation in it: the
    paper's question before an answer."""
    return text.endswith("?") and not QUOTED.search(text) and not SENTENCE_END.search(text)


def _after_the_papers_prompt(context: _Context, span: QuoteSpan) -> bool:
    """Return True for a quotation opening the paragraph right after a quoted paragraph,
    behind nothing but the paper's short question or a capitals label naming nobody
    ("Una commissione d'inchiesta sul Covid-19? «...»", "BILANCIO - «...»"): the speaker
    interviewed goes on answering, and nobody else is named in the paragraph."""
    last_paragraph, speaker = context.counter.previous
    if speaker is None or span.first_paragraph != last_paragraph + 1:
        return False
    item = context.item
    start = item.starts[span.first_paragraph]
    lead = item.text[start : span.start].rstrip(LEAD_MARKS)
    if not lead or "\n" in lead:
        return False
    words = WORD.findall(lead)
    question = _one_question(lead) and len(words) <= MAX_PROMPT_WORDS
    label = lead.rstrip(" -–—")
    capitals_label = label != lead and label.isupper() and 0 < len(words) <= MAX_LABEL_WORDS
    if not question and not capitals_label:
        return False
    end = start + len(item.paragraphs[span.first_paragraph].text)
    after = item.text[span.end + len(span.close_mark) : end].lstrip(" .")
    if after and (after[0] in ",–—-" or (QUOTED.match(after) is None and CUE.search(after))):
        return False  # '¿Y los aficionados? "...", comentaba un socio': a new voice
    return all(m.person == speaker for m in context.between(start, end))


def _alone_but_its_topic(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True for a quotation opening its one paragraph and closed by nothing but a
    topic in parentheses, lowercase ("„...“ (über seine Begegnungen auf Auslandsreisen)")."""
    if span.first_paragraph != span.last_paragraph:
        return False
    paragraph = item.paragraphs[span.first_paragraph].text
    start = item.starts[span.first_paragraph]
    before = item.text[start : span.start]
    after = item.text[span.end + len(span.close_mark) : start + len(paragraph)].strip(" .")
    return (
        not before.strip(OPENING_MARKS)
        and after.startswith("(")
        and after.endswith(")")
        and after[1:2].islower()
    )


# Nouns of a collection of one person's words, announced at the end of a paragraph: "Eine
# Sammlung von Zitaten:", "Some of his quotes:", "Quelques citations :".
COLLECTION_NOUNS = frozenset(
    str.split(
        "zitate zitaten auszüge quotes quotations citations citas citazioni frases "
        "declaraciones citações цитаты цитат высказывания цитати висловлювання cytaty"
    )
)
# A digest's nouns that announce no one person's words ("Die besten Sprüche zum 26.
# Spieltag:"): its entries carry their own credits.
DIGEST_NOUNS = COLLECTION_NOUNS | frozenset(
    str.split("sprüche sprüchen sayings frasi citaten uitspraken wypowiedzi")
)
MAX_COLLECTION_WORDS = 6  # "Eine Sammlung von Zitaten:", "Here are some of his quotes:"


def _announced_collection(context: _Context, span: QuoteSpan) -> str | None:
    """Return the one person the paragraph above names when it closes announcing a
    collection of words ("Bundespräsident Heinz Fischer hat ... Bilanz gezogen. Eine
    Sammlung von Zitaten:") and the quotation opens its own paragraph: his words."""
    item, first = context.item, span.first_paragraph
    if first == 0 or (not _alone_but_its_topic(item, span) and not _alone(item, span)):
        return None
    above = item.paragraphs[first - 1].text.rstrip()
    if not above.endswith(":"):
        return None
    last = SENTENCE_END.split(above)[-1]
    words = WORD.findall(last)
    if len(words) > MAX_COLLECTION_WORDS or not any(
        w.casefold() in COLLECTION_NOUNS for w in words
    ):
        return None
    # full names with a given name only: a German noun may pass for a surname ("seiner
    # Amtszeit Bilanz"), capitals for a name ("Former England")
    mentions = context.between(item.starts[first - 1], item.starts[first])
    named = {m.person for m in mentions if " " in m.person and is_given_name(m.person.split()[0])}
    if len(named) != 1:
        return None
    (person,) = named
    mention = next(m for m in mentions if m.person == person)
    before = WORD.findall(item.text[max(0, mention.offset - SUBJECT_CONTEXT) : mention.offset])
    if any(w.casefold().startswith((*REPORTER_STEMS, "reporter")) for w in before[-3:]):
        return None  # "Reporterin Anna Schmidt hat Passanten befragt. Einige Zitate:"
    return person


MAX_ANNOUNCEMENT_WORDS = 16  # "Estas son las declaraciones del seleccionador de La Roja ...:"
# The events whose answers follow a line opening with the one who gave them: "X, coach of
# Y, at the press conference after the defeat:".
PRESS_EVENT_NOUNS = frozenset(
    str.split(
        "conferência conferencia conférence conference pressekonferenz persconferentie "
        "conferenza entrevista interview entretien intervista interviu пресс-конференции "
        "пресс-конференция брифинге"
    )
)
MAX_EVENT_ANNOUNCEMENT_WORDS = 40


def _news_heading(heading: str | None) -> bool:
    """Return True for a heading that reads as a story's headline: a verb or a name in it
    ("Sánchez anuncia nuevas ayudas"), unlike a topic's ("El rival, Escocia")."""
    if not heading:
        return False
    words = WORD.findall(heading)
    return (
        bool(CUE.search(heading))
        or any(w.casefold() in VERBS_OF_A_SENTENCE for w in words)
        or any(not n.single for n in find_names(heading))
        or len(words) > MAX_TOPIC_LINE_WORDS
    )


def _collection_announced(context: _Context) -> tuple[int, str, str | None] | None:
    """Return the paragraph of the item that announces a collection of one person's words
    and that person ("Estas son las declaraciones del seleccionador de La Roja en sala de
    prensa:"), named there or by a title someone named earlier holds, else None. The third
    part is the first topic when a digest's credit line announces it: the topic lines that
    go on like it are the person's too."""
    item = context.item
    for index, paragraph in enumerate(item.paragraphs):
        text = paragraph.text.rstrip()
        if not text.endswith(":") or QUOTED.search(text):
            continue
        last = SENTENCE_END.split(text)[-1]
        words = WORD.findall(last)
        start = item.starts[index] + len(text) - len(last)
        mentions = context.between(start, item.starts[index] + len(text))
        named = {m.person for m in mentions}
        folded = {w.casefold() for w in words}
        if (
            # "José Mourinho, treinador do Benfica, na conferência de imprensa após ...:" (the
            # places named after him are no speakers)
            folded & PRESS_EVENT_NOUNS
            and mentions
            and mentions[0].offset == start + len(last) - len(last.lstrip())
            and mentions[0].role
            and len(words) <= MAX_EVENT_ANNOUNCEMENT_WORDS
        ):
            return index, mentions[0].person, None
        credited = _credit_over_topics(context, index)
        if credited is not None:
            return index, credited, _credit_topic(context, index)
        if len(words) > MAX_ANNOUNCEMENT_WORDS or not folded & COLLECTION_NOUNS:
            continue
        if any(REACTION_STEM.search(w) for w in folded):
            continue  # "las reacciones a las declaraciones de X:": words about X
        if len(named) == 1:
            if _owner_of_the_words(last, mentions[0].offset - start):
                return index, named.pop(), None
            continue  # "las declaraciones de la madre de X", "quotes on X": not X's
        if named:
            continue
        titles = {fold(w) for w in words if is_title_word(w)}
        holders = [
            m.person
            for m in context.between(0, start)
            if m.role and titles & {fold(w) for w in WORD.findall(m.role)}
        ]
        if titles and len(set(holders)) == 1:
            return index, holders[0], None
    return None


def _credit_over_topics(context: _Context, index: int) -> str | None:
    """Return the person a quote digest's credit names, a title and a name alone before a
    colon ("Президент России Владимир Путин:"), over a lowercase topic line that ends with
    a colon too ("о жесткой позиции России:"), on its own line or after the credit: the
    person's words follow, topic by topic; else None."""
    head = CREDIT_COLON.split(context.item.paragraphs[index].text.strip()[:-1], maxsplit=1)[0]
    topic = _credit_topic(context, index)
    words = WORD.findall(head)
    start = context.item.starts[index]
    mentions = context.between(start, start + len(head))
    if len(mentions) != 1 or len(words) > MAX_TOPIC_LINE_WORDS or CUE.search(head):
        return None
    if not words[-1][:1].isupper() or ":" in topic or not topic[:1].islower():
        return None
    # the name closes the credit, a title before it ("Letters to X:", "Lesung mit X:",
    # "Воспоминания о X:" name whom the words are for or about); a name alone in its own form
    person = mentions[0].person
    lead = WORD.findall(head[: mentions[0].offset - start])
    if lead and (
        not any(map(is_title_word, lead)) or any(w.casefold() in CREDIT_PREPOSITIONS for w in lead)
    ):
        return None
    if not lead and person.split()[-1] != words[-1]:
        return None
    return person if len(topic.split()) <= MAX_TOPIC_WORDS else None


# Prepositions before a name in a line that credits no one: "Letters to", "Lesung mit",
# "animée par", "Воспоминания о", "List do".
CREDIT_PREPOSITIONS = frozenset(
    str.split(
        "to for with by about a à par pour avec con por para per mit an für von über о об к "
        "для с про до z ze do dla od з від"
    )
)


def _credit_topic(context: _Context, index: int) -> str:
    """Return the first topic under a digest's credit line (after its colon, or the next
    line's), without its colon; else an empty string."""
    paragraphs = context.item.paragraphs
    _, *rest = CREDIT_COLON.split(paragraphs[index].text.strip()[:-1], maxsplit=1)
    if rest:
        return rest[0]
    following = paragraphs[index + 1].text.strip() if index + 1 < len(paragraphs) else ""
    return following[:-1] if following.endswith(":") else ""


CREDIT_COLON = re.compile(r":\s+")
MAX_TOPIC_WORDS = 12  # "о жесткой позиции России в кризисных ситуациях"


# Reactions to someone's words are not theirs ("Estas son las reacciones a las declaraciones
# de X:", "Вот как отреагировали на высказывания X:", "відреагували", "zareagowali").
REACTION_STEM = re.compile(r"reac|reag|réac|réag|реаг|реак|reak|tepki")
MAX_TOPIC_LINE_WORDS = 8  # "¿Sigue leyendo prensa?", "Lecciones de Glasgow"


def _owner_of_the_words(sentence: str, name_at: int) -> bool:
    """Return True when the one name of an announcement follows its collection's noun with
    nothing but articles, "of" and titles between ("las declaraciones del seleccionador
    Luis X"), or opens it ("Luis X, en sala de prensa:"): the words are that person's."""
    words = WORD.findall(sentence[:name_at])
    nouns = [i for i, w in enumerate(words) if w.casefold() in COLLECTION_NOUNS]
    if not nouns:
        return not words
    between = words[nouns[-1] + 1 :]
    return all(
        w.casefold() in ARTICLE_SET or w.casefold() in CONNECTOR_SET or is_title_word(w)
        for w in between
    )


def _collection_speaker(context: _Context, span: QuoteSpan) -> str | None:
    """Return the person whose collection of words a paragraph above announced, for a
    quotation standing alone in its paragraph below the announcement, with nothing but
    topic lines between it and the announcement or the quotation before ("Álvaro Morata" ¶
    "«...»"); a paragraph of narration ends the collection."""
    if context.counter.collection is None:
        return None
    item_number, paragraph, person = context.counter.collection
    this_item = item_number == context.counter.item
    if this_item and span.first_paragraph <= paragraph:
        return None
    if not (_alone(context.item, span) or _alone_but_its_topic(context.item, span)):
        return None
    if span.text.rstrip().endswith("?"):
        return None  # a reporter's question among the answers
    last_quoted = context.counter.previous[0]
    low = max(paragraph if this_item else -1, last_quoted) + 1
    topic = context.counter.collection_topic
    for index in range(max(low, 0), span.first_paragraph):
        line = context.item.paragraphs[index].text.strip()
        if topic is not None and this_item and index == paragraph + 1 and line[:-1] == topic:
            continue  # the credit's own first topic, on the line under it
        if _topic_line(context, index) and (topic is None or _parallel_topic(line, topic)):
            continue
        context.counter.collection = None
        return None
    return person


def _parallel_topic(line: str, topic: str) -> bool:
    """Return True for a lowercase topic line ending on a colon that opens or closes like a
    digest credit's first topic ("о дорогах:" after "о бюджете", "vergi hakkında:" after
    "enflasyon hakkında"): not "а вот у жителей области совсем другое мнение:", another
    voice's lead."""
    if not line.endswith(":") or not line[:1].islower():
        return False
    words: list[str] = WORD.findall(line[:-1])
    first: list[str] = WORD.findall(topic)
    if not words or not first:
        return False
    this, that = words[0].casefold(), first[0].casefold()
    return bool(
        this.startswith(that)
        or that.startswith(this)
        or (
            min(len(this), len(that)) >= MIN_TOPIC_STEM
            and this[:MIN_TOPIC_STEM] == that[:MIN_TOPIC_STEM]
        )
        or words[-1].casefold() == first[-1].casefold()
    )


MIN_TOPIC_STEM = 2  # "о" / "об", "sur" / "sui": the same preposition in two forms


def _topic_line(context: _Context, index: int) -> bool:
    """Return True for a paragraph that is a topic's line between a collection's quotations:
    short, no sentence's end, no verb and no title, and a person named only alone ("Álvaro
    Morata", "¿Sigue leyendo prensa?"; not "Arsenal manager X", "Kimmich widerspricht")."""
    item = context.item
    line = item.paragraphs[index].text.strip()
    words = WORD.findall(line)
    if (
        len(words) > MAX_TOPIC_LINE_WORDS
        or line.endswith((".", "…", ";"))
        # "об отчуждении между Россией и Западом:": a lowercase topic may end on a colon
        or (line.endswith(":") and not line[:1].islower())
        or CUE.search(line)
        or any(w.casefold() in VERBS_OF_A_SENTENCE or is_title_word(w) for w in words)
    ):
        return False
    named = context.between(item.starts[index], item.starts[index] + len(line))
    return not named or (len(named) == 1 and len(words) == len(named[0].person.split()))


# "According to him / her" opening a paragraph that reports the last speaker's words.
ACCORDING_TO_PRONOUN = re.compile(
    r"(?i:(?P<m>по его (?:словам|мнению)|за його словами|según él|selon lui|d['’]après lui|"
    r"according to him|secondo lui|segundo ele|de acordo com ele|jego zdaniem|według niego)"
    r"|по (?:её|ее) (?:словам|мнению)|за її словами|según ella|selon elle|d['’]après elle|"
    r"according to her|secondo lei|segundo ela|de acordo com ela|jej zdaniem|według niej)"
    r"(?=[\s,])"
)


def _others_named_in(context: _Context, index: int, person: str) -> bool:
    """Return True when paragraph ``index`` of the item names someone other than ``person``."""
    item = context.item
    if not 0 <= index < len(item.paragraphs):
        return False
    low = item.starts[index]
    named = context.between(low, low + len(item.paragraphs[index].text))
    return any(mention.person != person for mention in named)


def _resumes_after_narration(context: _Context, span: QuoteSpan) -> bool:
    """Return True for a quotation alone in its paragraph after one paragraph of narration
    whose subject is a pronoun for the last speaker: ``– ..., säger Karin Sjöberg. ¶ Hon
    lovar ... ¶ – Vi kommer ...`` is still hers."""
    last_paragraph, speaker = context.counter.previous
    if speaker is None or span.first_paragraph != last_paragraph + 2:
        return False
    item = context.item
    narration = item.paragraphs[span.first_paragraph - 1].text
    words = narration.split(maxsplit=1)
    gender = pronoun_gender(words[0]) if words else None
    according = ACCORDING_TO_PRONOUN.match(narration)
    if according is not None:
        # "По его словам, члены правительства должны ..." ¶ "«...»": his words, reported
        # then quoted
        gender = "m" if according["m"] else "f"
        if span.text.rstrip().endswith(tuple(QUESTION_MARKS)):
            return False  # a question after his reported words is rarely his
        if _others_named_in(context, last_paragraph, speaker) or _others_named_in(
            context, span.first_paragraph + 1, speaker
        ):
            # "..., said Reed of the chief executive, John Hill": whose "his"?; "«...»" ¶
            # "Так ответил ему губернатор X.": X's
            return False
    if gender is None or any(mark in narration for mark in '«»"“”„'):
        return False
    if context.between(item.starts[span.first_paragraph - 1], item.starts[span.first_paragraph]):
        return False  # "She faces X, who disagrees. ¶ «...»": X may be the one who answers
    return agrees(gender, context.counter.genders.get(speaker)) and _alone(context.item, span)


MAX_OPENING_NAME_OFFSET = 40  # a title before the name: "El ministro de Hacienda, X"


MAX_WORDS_AFTER_CLOSING_CUE = 6  # "disse mais cedo Jair Bolsonaro", a title at most


def _reporting_paragraph_before(context: _Context, span: QuoteSpan) -> str | None:
    """Return who opens the paragraph before a quotation standing alone with no cue, when
    that paragraph reports their words (``Barresi Picone ha ricordato che ... ¶ "..."``)."""
    if span.first_paragraph == 0 or not _alone(context.item, span):
        return None
    item = context.item
    previous = item.paragraphs[span.first_paragraph - 1].text
    cues = list(CUE.finditer(previous))
    if not cues or QUOTED.search(previous):
        return None
    if previous.lstrip()[:2] in CREDIT_DASHES:
        return None  # "— X quoted in ..." credits the quotation over it, not this one
    if _in_parentheses(previous) and not previous.strip().endswith(":)"):
        # "(Alt-Bundespräsident X kritisiert ...)": so does a parenthesis, unless it
        # announces ("(Bundeskanzler X sagte am Montag in Berlin:)")
        return None
    # The sentence holding the paragraph's last reporting verb, and who opens it: "Anna Lind
    # met Peter Berg. Berg said that ... ¶ «...»" is Berg's.
    starts = [0, *(m.end() for m in SENTENCE_END.finditer(previous, 0, cues[-1].start()))]
    low = item.starts[span.first_paragraph - 1] + starts[-1]
    mentions = context.between(low, item.starts[span.first_paragraph - 1] + cues[-1].start())
    if not mentions:
        # "... do que disse mais cedo Jair Bolsonaro. ¶ "...": the verb, then who spoke,
        # ends the paragraph
        tail = previous[cues[-1].end() :]
        start = item.starts[span.first_paragraph - 1] + cues[-1].end()
        after = context.between(start, start + len(tail))
        if after and len(WORD.findall(tail)) <= MAX_WORDS_AFTER_CLOSING_CUE:
            return after[-1].person
        return None
    if mentions[0].offset - low > MAX_OPENING_NAME_OFFSET:
        # a person named deep in the sentence is rarely who spoke, unless the name closes
        # it right before its verb ("Bunu jurnalistlərə ... XİN rəhbəri Ceyhun Bayramov
        # deyib.")
        return _named_before_final_cue(context, previous, cues[-1])
    return mentions[0].person


def _named_before_final_cue(context: _Context, paragraph: str, cue: re.Match[str]) -> str | None:
    """Return the person named right before the cue that ends ``paragraph``, else None."""
    if paragraph[cue.end() :].strip(" .") or not paragraph.rstrip().endswith("."):
        return None
    names = find_names(paragraph[: cue.start()])
    if not names or paragraph[names[-1].span.end : cue.start()].strip():
        return None
    if any(mark in names[-1].text for mark in "'’"):
        return None  # "Erdoğan bunu ... Joe Biden'a söyledi.": the one told, in the dative
    return context.registry.canonical(names[-1].text)


def _last_person_before(context: _Context, offset: int) -> str | None:
    """Return the last person the item names before ``offset``, an interview's interviewee
    introduced before it, passing over a body's name that reads as one ("el Consell Insular
    de Menorca"), else the person its headline names."""
    # nobody named before: the one person an article's headline names ("“Evimdə oturmuşam
    # ...” — Elmar Məmmədyarov danışdı" over the turns)
    return _last_named_before(context, offset) or context.headline_person


def _last_agreeing_before(context: _Context, offset: int, gender: str | None) -> str | None:
    """Return the last person the item names before ``offset`` that a form of "the latter"
    may stand for: for "cette dernière" a woman the text or her given name says is one, for
    any other form anyone not known to be a woman."""

    def fits(person: str) -> bool:
        known = context.counter.genders.get(person) or given_name_gender(person)
        return known == "f" if gender == "f" else (known != "f" or gender is None)

    return _last_named_before(context, offset, fits)


def _last_named_before(
    context: _Context, offset: int, fits: Callable[[str], bool] | None = None
) -> str | None:
    """Return the last person the item names before ``offset`` that ``fits`` (any when
    None), passing over a body's name that reads as one, else None. Read back from
    ``offset``: a long interview asks it of every answer."""
    index = bisect.bisect_left(context.offsets, offset)
    while index > 0:
        index -= 1
        mention = context.mentions[index]
        person = mention.person
        if _body_shaped(person) or (fits is not None and not fits(person)):
            continue
        if not _asks_the_questions(context.item.text, mention.offset):
            return person
    return None


# What names an interview's interviewer right before the name ("Die Fragen stellte Anna
# Müller", "Propos recueillis par", "Беседовала"): the one who asks, never who answers. Not
# "intervista di X", "entrevista de X": as often the one interviewed.
INTERVIEWER_BEFORE = re.compile(
    INTERVIEWER_WORDS + r"\s*:?\s*$"
    r"|^\s*(?:interview|entrevista|intervista|интервью|söyleşi|müsahibə)\s*:\s*$",
    re.IGNORECASE,
)
# The same words with the name after them, up to three words (the registry reads a known
# name out of a longer run: "Marco Witting und Anna Berger").
INTERVIEWER_NAMED = re.compile(
    INTERVIEWER_WORDS + r"\s*:?\s*(?P<name>[^\W\d_][\w.'’-]*(?:[ \u00a0][^\W\d_][\w.'’-]*){1,2})",
    re.IGNORECASE,
)
MAX_INTERVIEWER_LEAD = 40


def _asks_the_questions(text: str, offset: int) -> bool:
    """Return True for a name the words just before it give as an interview's interviewer."""
    lead = text[max(0, offset - MAX_INTERVIEWER_LEAD) : offset].rsplit("\n", 1)[-1]
    return INTERVIEWER_BEFORE.search(lead) is not None


# The author's words after a turn's speech: a dash, then a lowercase verb ("— Все хорошо, —
# отвечает Рустам Минниханов", "— ...? – интересуется Канделаки").
TURN_AUTHOR = re.compile(r"[ \u00a0][—–][ \u00a0]+(?=[^\W\d_A-ZА-ЯЁІЇЄҐ])")
MAX_TURNS_SEARCHED = 12  # turns on one side read for the author one of them names


def _answers_turn_before(context: _Context, paragraph: int, first: int) -> bool:
    """Return True for an interview's turn that asks nothing right after one that asks: it
    answers, whatever its place ("— Як минув рік?" over "— Рік був важкий." over "— А проте
    ми збудували три школи.": an answer in two turns shifts the rest)."""
    if paragraph <= first:
        return False
    paragraphs = context.item.paragraphs
    own, before = (paragraphs[p].text.lstrip()[2:] for p in (paragraph, paragraph - 1))
    return asks_in_turn(before) and not asks_in_turn(own)


def _turns_author(context: _Context, paragraph: int, place: int, first: int) -> str | None:
    """Return the person the author's words of another turn on the same side of an
    interview name (the nearest turns first, a few only), else None: the paper's side may
    be a named journalist, the other the interviewee, named in one turn and not the next."""
    item = context.item
    sides = (
        paragraph + step
        for distance in range(2, 2 * MAX_TURNS_SEARCHED, 2)
        for step in (-distance, distance)
    )
    for other in sides:
        if not 0 <= other < len(item.paragraphs) or context.turn(other) != (
            place + other - paragraph,
            first,
        ):
            continue
        text = item.paragraphs[other].text
        author = TURN_AUTHOR.search(text)
        if author is None:
            continue
        start = item.starts[other]
        mentions = context.between(start + author.end(), start + len(text))
        if mentions:
            return mentions[0].person
    return None


def _unmarked_turn(context: _Context, span: QuoteSpan) -> tuple[int, int] | None:
    """Return the place of an interview's turn in its run of turns, the paper's turns at
    even places, and the run's first paragraph: Armenian and Georgian papers mark no
    question ("՞" stands inside a word, and answers ask too), and elsewhere a greeting, a
    prompt or an answer in two turns breaks the questions' rhythm, so the turns are told
    by their order."""
    if span.open_mark != "—":
        return None
    text = context.item.paragraphs[span.first_paragraph].text
    own = text.lstrip()
    opening = context.item.starts[span.first_paragraph] + len(text) - len(own)
    if not own.startswith("— ") or span.start - len(span.open_mark) != opening:
        return None  # the dash must open the paragraph: a turn, not speech inside it
    return context.turn(span.first_paragraph)


def _announcing_pronoun(context: _Context, span: QuoteSpan) -> str | None:
    """Return the subject pronoun of the colon that ends the paragraph before a quotation
    standing alone (``Im Gespräch wurde er deutlich: ¶ „...“``), else None."""
    if span.first_paragraph == 0 or not _alone(context.item, span):
        return None
    previous = context.item.paragraphs[span.first_paragraph - 1].text.rstrip()
    if not previous.endswith(":") or QUOTED.search(previous):
        return None
    return _colon_clause_pronoun(previous)


def _interviewee(context: _Context, span: QuoteSpan) -> str | None:
    """Return who answers a question that opens the quotation's paragraph ("**Moeten de
    bevers weg?** „Nee. ...”"): an interview's answer, given by the one the question
    addresses ("Herr Weber, ...?"), else by the last person the item named before that
    paragraph ("Trouw sprak met boswachter Sietse Wiersma")."""
    start = context.item.starts[span.first_paragraph]
    question = context.item.text[start : span.start - len(span.open_mark)].strip(" *")
    if not question and span.first_paragraph > 0 and span.open_mark in DASHES:
        # "P.– ¿...?" ¶ "R.– ...", "— ...?" ¶ "— ...": the answer to the paper's question
        # above, which may hold several sentences
        start = context.item.starts[span.first_paragraph - 1]
        above = context.item.paragraphs[span.first_paragraph - 1].text.strip(" *")
        asked = above.strip(" *—–-")
        if not _prompts_an_answer(above, span.text) or QUOTED.search(asked):
            return None
        if above[:1] not in DASHES and not above.endswith("?"):
            # "Тренер X ответил на вопросы журналистов:" over "— ...": the one named last
            # before the verb of answering ("Nach dem Treffen mit Y hat X unsere Fragen
            # beantwortet. Die Fragen stellte Z:" is X's)
            lead = context.item.paragraphs[span.first_paragraph - 1].text
            answered = ANSWERED_VERB.search(lead)
            named = context.between(start, start + (answered.start() if answered else 0))
            return named[-1].person if named else None
        # introduced before the interview: the last person named before it ("Tras la
        # dimisión de X, la ministra Y atiende a este diario"), not a body's name that reads
        # as one ("el Consell Insular de Menorca")
        return _last_person_before(context, start)
    if not _one_question(question):
        return None
    tail = after_window(context.item.text, span.end + len(span.close_mark))
    rest = tail.split("\n", 1)[0].lstrip()
    if WORD.search(rest) and (rest[:1] in ",–—-" or rest[:1].islower()):
        # '"...", the judgment states': the answer's sentence goes on with its attribution;
        # '"Yes." He smiled.' is a new sentence
        return None
    # A reporter's own question before a document's words ("Que prévoit le texte ? « ... »")
    # reads the same; interviews are far the commoner.
    addressed = _addressed(question)
    if addressed:
        return context.registry.canonical(addressed)  # "**Herr Weber, ist der Wald ...?**"
    mentions = context.between(0, start)
    return mentions[-1].person if mentions else None


def _prompts_an_answer(paragraph: str, turn: str) -> bool:
    """Return True for the paragraph an interview's answer ``turn`` stands under: the
    paper's question ("— Qué falta?"), or a lead saying that someone named answered
    questions ("X jurnalistlərin suallarını cavablandırıb:") when the turn asks nothing."""
    if paragraph.endswith("?"):
        return True
    return (
        paragraph[:1] not in DASHES
        and questions_answered(paragraph)
        and not turn.rstrip().endswith("?")
    )


# The most words a caption line naming a speaker holds ("Bernard Chillini, maire de
# Figanières (Var)"): a name and a title, no sentence.
MAX_CAPTION_WORDS = 24  # "Nicolas Sarkozy, au sujet de ..., cité par Challenges du 5 mars"


def _captioned(context: _Context, span: QuoteSpan) -> str | None:
    """Return the person a caption line names above the quotation's paragraph, when that
    line is a name and a title alone ("Bernard Chillini, maire de Figanières (Var)" ¶ "Etat
    des lieux des dégâts : « ... »") and nobody is named between it and the quotation."""
    item = context.item
    if span.first_paragraph == 0:
        return None
    caption = item.paragraphs[span.first_paragraph - 1].text.strip()
    start = item.starts[span.first_paragraph - 1]
    paragraph = item.starts[span.first_paragraph]
    mentions = context.between(start, span.start)
    name_end = caption.find(",")
    if not mentions or any(m.offset >= paragraph for m in mentions):
        return None
    if any(m.offset < start + name_end for m in mentions[1:]) or (
        len(mentions) > 1 and name_end < 0
    ):
        # more than one name before the role's comma; a name after it is the role's own
        # ("Владимир Константинов, председатель Госсовета Крыма")
        return None
    head = caption if name_end < 0 else caption[:name_end]
    if (
        not head
        or item.text[start : mentions[0].offset].strip(" *_-–—•")
        or "\n" in caption
        or caption.endswith((".", "!", "?", ":", ";", "…"))
        or QUOTED.search(caption)
        or len(WORD.findall(caption)) > MAX_CAPTION_WORDS
        or len(WORD.findall(head)) > len(mentions[0].person.split()) + 1
        or {w.casefold() for w in WORD.findall(caption)} & BYLINE_WORDS
        or {w.casefold() for w in WORD.findall(caption)} & VERBS_OF_A_SENTENCE
    ):
        return None  # (a verb: "X, en visite à Marseille, a été interpellé ...": a lead)
    lead = WORD.findall(item.text[paragraph : span.start - len(span.open_mark)])
    if len(lead) > MAX_CAPTIONED_LEAD_WORDS or (lead and lead[0].casefold() in ARTICLE_SET):
        return None  # "Les syndicats sont ressortis déçus : « ... »": a subject of its own
    if _credits_the_quotation_above(item, span.first_paragraph - 1):
        return None
    return mentions[0].person


def _credits_the_quotation_above(item: _ItemText, index: int) -> bool:
    """Return True when the dashed line at ``index`` credits the quotation closing the
    paragraph above it ("“...”" ¶ "— Karen Alexander, Salisbury mayor" ¶ "“...”"): a quote
    digest's credit below, not a caption over the next quotation."""
    if index == 0 or item.paragraphs[index].text.lstrip()[:1] not in DASHES:
        return False
    if item.paragraphs[index - 1].text.rstrip()[-1:] not in CLOSING_QUOTE_MARKS:
        return False
    # walk back over (quotation, dashed line) pairs: a run opening with a dashed line is a
    # digest of credits above their quotations (a bounded walk keeps a long digest linear)
    at = index - 1
    while at >= max(1, index - MAX_CREDIT_WALK) and (
        item.paragraphs[at - 1].text.lstrip()[:1] in DASHES or _undashed_first_credit(item, at - 1)
    ):
        if at >= 2 and item.paragraphs[at - 2].text.rstrip()[-1:] in CLOSING_QUOTE_MARKS:
            at -= 2
            continue
        return False
    return True


MAX_CREDIT_WALK = 40  # paragraphs walked back over a digest's credits, per quotation
CLOSING_QUOTE_MARKS = '»”“"’›'  # what closes a paragraph that is a quotation


def _undashed_first_credit(item: _ItemText, index: int) -> bool:
    """Return True for the item's first paragraph shaped as a credit ("Name, title"), whose
    dash the item's split took away."""
    text = item.paragraphs[index].text.strip()
    return index == 0 and "," in text and text[-1:] not in '»”“"’›.!?:;' and len(text.split()) <= 12


# A caption's words that make it the writer's byline, not the speaker's caption.
BYLINE_WORDS = frozenset(
    str.split(
        "envoyé envoyée spécial spéciale correspondant correspondante correspondent reporter "
        "journaliste journalist korrespondent korrespondentin corresponsal enviado enviada "
        "inviato inviata correspondente корреспондент кореспондент"
    )
)
MAX_CAPTIONED_LEAD_WORDS = 12  # "Etat des lieux des dégâts sur sa commune :"


def _closes_on_question(text: str, end: int) -> bool:
    """Return True when the last character before ``end`` that is no space is "?": read
    back over the spaces only, with no slice of the text before (this runs per quotation)."""
    before = end - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and text[before] == "?"


def _to_a_paper(clause: str) -> bool:
    """Return True when an announcing clause names a paper in quotation marks ("X falou à
    «Folha»:"): the questions under it are the paper's. ("X perguntou ao ministro:" asks
    them himself.)"""
    return any(mark in clause for mark in '«“„"')


def _papers_question(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True for dash speech that is a question alone in its paragraph, answered by
    dash speech in the next one: an interviewer's turn."""
    following = span.last_paragraph + 1
    return (
        span.open_mark in DASHES
        and _closes_on_question(item.text, span.end)
        and following < len(item.paragraphs)
        and item.paragraphs[following].text.lstrip()[:1] in DASHES
    )


def _body_shaped(person: str) -> bool:
    """Return True for a "person" whose name holds a particle but opens on no given name
    ("Insular de Menorca"): a body's name cut short."""
    words = person.split()
    return len(words) > 2 and any(w.islower() for w in words) and not is_given_name(words[0])


MAX_VOCATIVE_START = 12  # "Herr Weber," "Mr Ancelotti," open the question
# Courtesy titles addressing someone: "Herr Weber, ...?", "Madame Dupont, ...?"
VOCATIVES = frozenset(
    str.split(
        "herr frau mr mrs ms miss sir madame monsieur mme señor señora signor signora pan pani "
        "pane paní dr doctor professor prof"
    )
)


def _addressed(question: str) -> str | None:
    """Return the name a question opens by addressing (``Herr Weber, ist ...?``), else None."""
    names = find_names(question)
    if not names or names[0].span.start > MAX_VOCATIVE_START:
        return None
    opening = WORD.findall(question)[:1]
    if not opening or not (opening[0].casefold() in VOCATIVES or is_title_word(opening[0])):
        return None  # "**Olaf Scholz, war er ein guter Kanzler?**": a topic, not addressed
    name = names[0]
    return name.text if question[name.span.end : name.span.end + 1] == "," else None


def _opens_after_a_closing_quotation(context: _Context, span: QuoteSpan) -> bool:
    """Return True for a quotation that opens its paragraph as a sentence of its own right
    after a paragraph that ended on a quotation (``... aldus de bewindsman. "Het is nu aan
    de collega's."`` ¶ ``"Ik en het hele ministerie hebben meegekeken." Agema ...``): the
    same speaker goes on."""
    last_paragraph, speaker = context.counter.previous
    if speaker is None or span.first_paragraph != last_paragraph + 1:
        return False
    item = context.item
    if item.text[item.starts[span.first_paragraph] : span.start].strip(OPENING_MARKS):
        return False
    closed = context.counter.previous_end
    end_of_previous = item.starts[last_paragraph] + len(item.paragraphs[last_paragraph].text)
    if item.text[closed:end_of_previous].strip(AFTER_CLOSING_MARK):
        return False  # the paragraph before went on after its quotation
    return _alone_in_its_sentence(item, span)


def _alone(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True when nothing but the quotation and its marks fills its paragraphs."""
    first = item.starts[span.first_paragraph]
    last = span.last_paragraph
    end = item.starts[last] + len(item.paragraphs[last].text)
    before = item.text[first : span.start]
    after = item.text[span.end + len(span.close_mark) : end]
    return not before.strip(OPENING_MARKS) and not after.strip(AFTER_CLOSING_MARK)


# What may follow a quotation's closing mark in a paragraph that holds nothing else.
AFTER_CLOSING_MARK = ' .,;…»"“”’'


def _holds(counter: _Counter, person: str, role: str) -> bool:
    """Return True when ``person`` was given a title that ``role`` refers to."""
    recent = counter.roles[-MAX_REMEMBERED_ROLES:]
    return any(p == person and role_refers_to(role, held) for p, held in recent)


def _complement_holder(counter: _Counter, attribution: Attribution) -> str | None:
    """Return the person introduced with a title and the one word ``attribution`` names
    after that title (``Prezydent Bytomia``), else None."""
    word = (attribution.speaker or "").strip()
    if not attribution.role or not word or " " in word:
        return None
    holder = _by_role(counter, attribution.role)
    recent = counter.roles[-MAX_REMEMBERED_ROLES:]  # where _by_role found the holder
    held = next((r for person, r in reversed(recent) if person == holder), "")
    return holder if holder and word.casefold() in held.casefold().split() else None


def _place_holder(counter: _Counter, attribution: Attribution) -> str | None:
    """Return the person whose title ends on the place of several words ``attribution``
    names after a title (``Secondo la prima cittadina di Castiglione del Lago``, after ``Il
    sindaco di Castiglione del Lago, Laura Benincasa``): another word for that title."""
    place = (attribution.speaker or "").strip()
    if not attribution.role or " " not in place:
        return None
    key = f" {place.casefold()}"
    recent = counter.roles[-MAX_REMEMBERED_ROLES:]
    # not a spokesperson's title: "porte-parole de Jean-Paul Huchon" ends on a person
    return next(
        (
            p
            for p, held in reversed(recent)
            if held.casefold().endswith(key) and not is_proxy_title(held)
        ),
        None,
    )


def _man_holds(counter: _Counter, role: str) -> bool:
    """Return True when a man, or a person of unknown gender, holds a title ``role`` refers
    to: then a masculine title is his ("il ministro" after "la ministra X e il ministro Y")."""
    recent = counter.roles[-MAX_REMEMBERED_ROLES:]
    return any(
        counter.genders.get(person) != "f" and role_refers_to(role, held) for person, held in recent
    )


TITLE_LOOK_AHEAD = 800  # characters after a quotation searched for its title's holder
# Words before a titled name after the quotation that make it another holder of the title:
# a counterpart, a former holder, a rival ("His French counterpart, Agriculture Minister X").
OTHER_HOLDER_WORDS = frozenset(
    str.split(
        "counterpart homologue homólogo homóloga omologo omologa amtskollege amtskollegin "
        "коллега колега odpowiednik former ex ancien ancienne ehemalige ehemaliger "
        "ehemaligen бывший бывшая колишній колишня były była predecessor prédécesseur "
        "vorgänger rival opponent adversaire challenger successor successeur nachfolger "
        "then shadow предшественник попередник poprzednik poprzedniczka predecessore "
        "predecesor antecessor"
    )
)
OTHER_HOLDER_REACH = 8  # words before the name read for them


def _titled_after(context: _Context, span: QuoteSpan, role: str) -> str | None:
    """Return the first person named with a title that ``role`` refers to in the sentences
    after the quotation's (bounded), for a title that names nobody before it; a name in the
    quotation's own sentence is someone else ("..., zei de minister tegenover Jan Jansen")."""
    end = span.end + len(span.close_mark)
    cut = SENTENCE_END.search(context.item.text, end, end + TITLE_LOOK_AHEAD)
    if cut is None:
        return None
    for mention in context.between(cut.end(), end + TITLE_LOOK_AHEAD):
        # the title as written, whole: "German Agriculture Minister X" or "Prime Minister
        # X" after "the agriculture minister said" is another holder
        if mention.role and mention.role.casefold() == role.casefold():
            lead = context.item.text[
                max(cut.end(), mention.offset - SUBJECT_CONTEXT) : mention.offset
            ]
            words = WORD.findall(SENTENCE_END.split(lead)[-1])[-OTHER_HOLDER_REACH:]
            folded = [re.sub(r"^\w['’]", "", w.casefold()).removesuffix("-") for w in words]
            if any(w in OTHER_HOLDER_WORDS for w in folded):  # "l'ex ministro": "ex"
                return None
            return mention.person
    return None


def _by_role(counter: _Counter, role: str) -> str | None:
    """Return the person most recently given a title that ``role`` refers to (``the minister``)."""
    recent = counter.roles[-MAX_REMEMBERED_ROLES:]  # bounded: linear in the quotations
    fits = [(role_refers_to(role, held), person) for person, held in reversed(recent)]
    best = max((fit for fit, _ in fits), default=0)
    return next((person for fit, person in fits if fit == best), None) if best else None


# "un funcionario de Economía": an unnamed official, whom "el funcionario" goes back to.
UNNAMED_OFFICIAL = re.compile(r"\b(?:un|una|um|uma)\s+(?:alt[oa]\s+)?funcion[aá]ri[oa]\b", re.I)


# Periphrases whose grammatical gender is their holder's ("la mandataria peruana").
GENDERED_PERIPHRASIS = re.compile(r"\bmandatari[oa]\b", re.IGNORECASE)


def _official_goes_on(context: _Context, span: QuoteSpan, attribution: Attribution) -> bool:
    """Return True when the title is a word for any official ("la funcionaria aseveró") and
    the last speaker is of its gender, as known or as the given name says, with no unnamed
    official brought in before."""
    role = (attribution.role or "").casefold()
    last = context.counter.last_speaker
    if role not in OFFICIAL_WORDS or last is None:
        return False
    wanted = _cue_gender(attribution)
    known = context.counter.genders.get(last) or given_name_gender(last)
    if wanted and known != wanted:
        return False  # "aseveró la funcionaria" after Pedro Sánchez spoke: not him
    begin = max(0, span.start - MAX_OFFICIAL_LOOK_BACK)
    return UNNAMED_OFFICIAL.search(context.item.text, begin, span.start) is None


MAX_OFFICIAL_LOOK_BACK = 2000  # characters before the quotation read for an unnamed official
# The verbs of "added": the one quoted right before goes on.
ADDING_VERBS = frozenset(
    str.split(
        "added adds ajouté ajoute ajoutait añadió agregó añade agrega aggiunto aggiunge "
        "acrescentou acrescenta fügte ergänzte добавил добавила додав додала dodał dodała "
        "dodaje ekledi voegde"
    )
)


def _adds_to_the_last(context: _Context, span: QuoteSpan, attribution: Attribution) -> bool:
    """Return True when the cue is "added" and the quotation comes in the paragraph of the
    last quotation or the next, its gender agreeing with the last speaker's."""
    words = (attribution.cue or "").casefold().split()
    if not words or not ADDING_VERBS & set(words):
        return False
    last_paragraph, speaker = context.counter.previous
    if speaker is None or span.first_paragraph > last_paragraph + 1:
        return False
    since = context.between(context.item.starts[last_paragraph], span.start)
    if any(m.person != speaker for m in since):
        # "... after meeting X. «...», added the governor", "After meeting X, Y said: «...»":
        # X may be the one
        return False
    known = context.counter.genders.get(speaker) or given_name_gender(speaker)
    return agrees(_cue_gender(attribution), known)


def _lead(context: _Context, quote_start: int) -> tuple[int, str, list[int]]:
    """Return where the text leading to the quotation starts in the item (its paragraph,
    at most SUBJECT_CONTEXT characters back), that text, and the offsets in it where its
    sentences start."""
    begin = max(_paragraph_start(context.item, quote_start), quote_start - SUBJECT_CONTEXT)
    text = armenian_colon(context.item.text[begin:quote_start])
    return begin, text, [0, *(m.end() for m in SENTENCE_END.finditer(text))]


def _unnamed_subject(context: _Context, quote_start: int) -> bool:
    """Return True when the sentence leading to the quotation, or the one before it, opens
    with an unnamed source (``A senior diplomat said ...``) and no person is named from its
    start to the quotation: a pronoun then refers to that source."""
    begin, text, cuts = _lead(context, quote_start)
    for low in reversed(cuts[-2:]):
        if context.between(begin + low, quote_start):
            return False
        words = WORD.findall(text[low:])[:MAX_SUBJECT_WORDS]
        if words and not words[0][0].islower():
            if someone_by_trade(" ".join(words)):
                return True
            for size in range(2, len(words) + 1):
                if unnamed_source(" ".join(words[:size])):
                    return True
    return False


def _speaks_for(counter: _Counter, person: str | None) -> bool:
    """Return True when ``person`` was given a spokesperson's or an aide's title."""
    recent = counter.roles[-MAX_REMEMBERED_ROLES:]
    return person is not None and any(p == person and is_proxy_title(r) for p, r in recent)


def _paragraph_index(item: _ItemText, offset: int) -> int:
    """Return the index of the item's paragraph holding ``offset``."""
    return bisect.bisect_right(item.starts, offset) - 1


def _announcing_line_start(item: _ItemText, paragraph: int) -> int:
    """Return where the paragraph before starts when it ends on a colon that announces the
    paragraph at ``paragraph`` ("В. Колокольцев, начальник московского ГУВД:" over "«...»"),
    else ``paragraph``."""
    if paragraph == 0 or not item.text[:paragraph].rstrip().endswith(":"):
        return paragraph
    before = _paragraph_start(item, paragraph - 1)
    # a label's line ("Name, title:"), not a sentence ("Am Montag traf Finanzminister X:")
    return before if len(item.text[before:paragraph].split()) <= MAX_LABEL_LINE_WORDS else paragraph


MAX_LABEL_LINE_WORDS = 30


def _paragraph_start(item: _ItemText, offset: int) -> int:
    """Return the item offset where the paragraph holding ``offset`` starts."""
    return item.starts[_paragraph_index(item, offset)]


def _quoted_speaker_goes_on(
    context: _Context, found: list[_Mention], window: tuple[int, int], wanted: str | None
) -> bool:
    """Return True when the sentence in ``window``, whose named people are ``found``, quoted
    the last speaker, named after its first person and not inside a relative clause, whose
    gender the cue's does not contradict."""
    last = context.counter.last_speaker
    text = context.item.text
    return (
        last is not None
        and len(found) > 1
        and any(
            m.person == last and not RELATIVE_AFTER_NAME.match(text, m.offset) for m in found[1:]
        )
        and _quotes_someone(text, *window)
        and agrees(wanted, context.counter.genders.get(last) or given_name_gender(last))
    )


# A relative clause after a name ("a Pedro Sánchez, quien afirmó"): the name is the main
# clause's object, its speech is inside the relative clause.
RELATIVE_AFTER_NAME = re.compile(rf"[^,.;:!?\n]{{0,40}}{RELATIVE_LEAD.pattern}", re.IGNORECASE)


def _subject(
    context: _Context,
    quote_start: int,
    strict: bool = False,
    this_sentence: bool = False,
    previous_only: bool = False,
    wanted: str | None = None,
) -> str | None:
    """Return the first person named in the sentence leading to the quotation, or the one before.

    With ``strict`` (no cue at all), only a person opening the previous sentence counts; with
    ``this_sentence``, only the sentence leading to the quotation; with ``previous_only``,
    only the one before it. ``wanted``: the cue's gender, which the speaker quoted last must
    not contradict to go on speaking.
    """
    begin, text, cuts = _lead(context, quote_start)
    windows = [(cuts[-1], len(text))]
    if len(cuts) > 1:
        windows.append((cuts[-2], cuts[-1]))
    if strict:
        opening = text[cuts[-1] :].strip(OPENING_MARKS)
        windows = windows[1:] if not opening else []
    elif this_sentence:
        windows = windows[:1]
    elif previous_only:
        windows = windows[1:]
    announced = text.rstrip(OPENING_MARKS + " ").endswith(":")
    for low, high in windows:
        found = context.between(begin + low, begin + high)
        # "las protestas desatadas anoche en Capital Federal": a place, no subject
        found = [
            m
            for m in found
            if not _place_after_in(context.item.text, m)
            and not _compared(context.item.text, m)
            # a genitive is no subject ("Moskova'nın ... tutumunu açıkladı.", "X'in açıklamasına
            # değinerek"), unless it owns the words its sentence announces ("Boztepe'nin
            # tavsiyesi kısa: “...”")
            and not (
                _apostrophe_genitive(context.item.text, m) and (high < len(text) or not announced)
            )
        ]
        # "про переваліфікацію боксера Віталія Кличка": a given name in a case is no subject
        # when someone else is in reach (alone, "После выступления Владимира Путина ... —
        # сказал он" is still his)
        nominative = [m for m in found if not _given_name_in_a_case(context.item.text, m)]
        found = nominative or found
        holder = _title_holder_leads(context, text[low:high], found)
        if holder:
            return holder
        # the quotation that opened that sentence does not count ("«...», ասել է X։ «...»")
        if found and (not strict or _unquoted_length(text[low : found[0].offset - begin]) < 80):
            untitled = not any(map(is_title_word, WORD.findall(text[cuts[-1] :])))
            if untitled and _quoted_speaker_goes_on(
                context, found, (begin + low, begin + high), wanted
            ):
                # "Rzeczniczka Wód Polskich X zapewnia, że „...”. Dodaje, że": the sentence
                # before quoted its speaker, the others named there are its topic (unless a
                # title opens this one: "el subdelegado respondió")
                return context.counter.last_speaker
            if len(found) > 1 and (
                _complement_of_title(context, found[0], found[1])
                or _agrees_with(context.item.text, found[0], found[1])
                or _with_case_suffix(context.item.text, found[0])
                or _in_a_clause_before_the_main(context.item.text, begin + low, found)
            ):
                return found[1].person
            return found[0].person
    return None


# A Turkish genitive after its apostrophe ("Moskova'nın ateşkes için tutumunu açıkladı"):
# whose something it is, never the subject.
APOSTROPHE_GENITIVE = re.compile(rf"{APOSTROPHE_GENITIVE_ENDING}(?![^\W\d_])")


def _given_name_in_a_case(text: str, mention: _Mention) -> bool:
    """Return True when a Cyrillic mention opens on a given name in an oblique case."""
    first = WORD.match(text, mention.offset)
    word = first[0] if first else ""
    return (
        CYRILLIC.match(word) is not None
        and is_given_name_in_a_case(word)
        and not is_given_name(word)
    )


def _apostrophe_genitive(text: str, mention: _Mention) -> bool:
    """Return True when the mention's last word is written in the Turkish genitive."""
    last = mention.person.split()[-1]
    at = text.find(last, mention.offset, mention.offset + len(mention.person) + MAX_LEAD_WORD)
    return at >= 0 and APOSTROPHE_GENITIVE.match(text, at + len(last)) is not None


def _compared(text: str, mention: _Mention) -> bool:
    """Return True when the word right before the mention compares with it ("net als X")."""
    return compares_with(
        WORD.findall(text[max(0, mention.offset - MAX_LEAD_WORD) : mention.offset])
    )


def _title_holder_leads(context: _Context, sentence: str, found: list[_Mention]) -> str | None:
    """Return the holder of the title that opens ``sentence`` as its subject when the first
    name in it comes after "de/of" ("Pese a esto, el ministro ha mostrado su sorpresa por
    las palabras de López Obrador"): the minister quoted before, not whom he speaks of."""
    if not found:
        return None
    text = context.item.text
    before = WORD.findall(text[max(0, found[0].offset - SUBJECT_CONTEXT) : found[0].offset])
    if not before or (
        before[-1].casefold() not in CONNECTOR_SET and not _reported_after_cue(sentence)
    ):
        return None
    for clause in (sentence, sentence.split(",", 1)[-1]):
        words = WORD.findall(clause)[:3]
        if len(words) == 3 and words[0].casefold() in ARTICLE_SET and is_title_word(words[1]):
            if words[2][:1].isupper():
                return None  # "el ministro Albares": the name follows its title
            return _by_role(context.counter, words[1])
    return None


def _reported_after_cue(sentence: str) -> bool:
    """Return True when the sentence's first words are a title, its cue and a complementizer
    ("La portavoz del Gobierno aseguró que el Consejo, en el que se reencontraron Montoro y
    García-Margallo, ..."): whoever is named after is what the title's holder reports."""
    verb = CUE.search(sentence)
    if verb is None or find_names(sentence[: verb.start()]):
        return False
    return _complementizer_follows(sentence, verb, len(sentence))


def _complementizer_follows(text: str, verb: re.Match[str], end: int) -> bool:
    """Return True when the word right after the cue (before ``end``) is "que/that/dass/
    что/że": what follows is what the cue's subject reports."""
    told = WORD.findall(text[verb.end() : end])[:1]
    return bool(told) and told[0].casefold() in ROLE_BREAKING_COMPLEMENTIZERS


# Prepositions of place right before a name ("en Capital Federal", "in Den Haag").
IN_A_PLACE = frozenset(str.split("en in em no na nel nella im à au dans"))


def _place_after_in(text: str, mention: _Mention) -> bool:
    """Return True for a name right after a preposition of place whose first word is no
    given name: a place the mentions took for a person ("en Capital Federal")."""
    before = text[max(0, mention.offset - PLACE_PREPOSITION_REACH) : mention.offset].split()
    first = mention.person.split()[0]
    return bool(before) and before[-1].casefold() in IN_A_PLACE and not is_given_name(first)


PLACE_PREPOSITION_REACH = 8  # characters before a name read for its preposition


# Conjunctions that open a subordinate clause put before the main one ("Waar zorgminister X
# aangaf ..., was Y wel betrokken"): the main clause's subject comes after the comma.
SUBORDINATORS_FIRST = frozenset(
    str.split("waar terwijl hoewel whereas while although während obwohl mientras aunque")
)


def _in_a_clause_before_the_main(text: str, sentence: int, found: list[_Mention]) -> bool:
    """Return True when the first person of the sentence at ``sentence`` is named in a
    subordinate clause that opens it and the second after that clause's comma."""
    opening = WORD.search(text, sentence, found[0].offset)
    if opening is None or opening.group().casefold() not in SUBORDINATORS_FIRST:
        return False
    comma = text.rfind(",", found[0].offset, found[1].offset)
    # the main clause opens on the name, or on its verb then the name ("..., was Heinen
    # wel betrokken"); not "..., elogió a X", "..., lobte er X": the object
    return comma >= 0 and len(WORD.findall(text[comma : found[1].offset])) <= 1


# A name's words, then an apostrophe and a case ending (Turkish "Demirtaş'ın", "Çelebi'ye",
# English "Smith's"): the name in the genitive, dative, ablative...: no sentence's subject.
NAME_WITH_CASE_SUFFIX = re.compile(
    r"(?:[^\W\d_][\w.-]*[ ]){0,3}?([^\W\d_][\w-]*)['’][^\W\d_]{1,5}\b"
)


def _with_case_suffix(text: str, mention: _Mention) -> bool:
    """Return True when the person named at ``mention`` carries a case ending after an
    apostrophe (``Demirtaş'ın eleştirilerine yanıt veren Yıldız``): then the next person
    named in the sentence is its subject. The ending is on the person's own name, not on a
    place after it (``Ali Yerlikaya Hatay'da ... Vali X ile``: Yerlikaya still leads)."""
    match = NAME_WITH_CASE_SUFFIX.match(text, mention.offset)
    # compared as name keys: "Erdogan'ın" is Erdoğan's, "Zelenski'nin" Zelenskiy's
    return match is not None and name_key(match[1]) in {name_key(w) for w in mention.person.split()}


def _unquoted_length(text: str) -> int:
    """Return the length of ``text`` without its quotations."""
    return len(QUOTED.sub("", text))


# "With" someone, then a verb of agreeing: the one agreed or argued with is no subject
# ("Z Sobierajem zgadza się Stanisław Kulik", "С Мирзоевой не согласен Сафаров"); after
# "spoke with X about Y", X is.
COMITATIVES = frozenset(str.split("z ze с со з із with mit con avec com cu"))
AGREEING_STEMS = (
    "zgadza",
    "zgodzi",
    "согла",
    "згод",
    "погодж",
    "souhlas",
    "agree",
    "einverstanden",
    "accord",
    "acuerdo",
    "concord",
    "hemfikir",
)


def _agrees_with(text: str, first: _Mention, second: _Mention) -> bool:
    """Return True when ``first`` follows "with" and a verb of agreeing comes before
    ``second``: the second is who agrees, and speaks."""
    before = WORD.findall(text[max(0, first.offset - 12) : first.offset])
    if not before or before[-1].casefold() not in COMITATIVES:
        return False
    between = text[first.offset : second.offset].casefold()
    return any(stem in between for stem in AGREEING_STEMS)


MAX_TITLE_COMPLEMENT_WORDS = 2  # "Hakimiyeti Başkanı", "adviser": the title and its noun


def _complement_of_title(context: _Context, first: _Mention, second: _Mention) -> bool:
    """Return True when only a title stands between two runs read as names: the first is the
    title's complement (``Kabala Rayon İcra Hakimiyeti Başkanı Elçin Rüstemli``, ``Trump
    adviser John Smith``), the second its holder."""
    if not second.role:
        return False
    between = context.item.text[first.offset : second.offset]
    words = WORD.findall(between)[len(first.person.split()) :]
    return (
        0 < len(words) <= MAX_TITLE_COMPLEMENT_WORDS
        and not any(mark in between for mark in ',.;:!?()«»“”"')
        and is_title_word(words[-1])
        and all(w[:1].isupper() or is_title_word(w) for w in words)
    )


def _named_in_paragraph(context: _Context, quote_start: int, wanted: str | None) -> str | None:
    """Return the first person the quotation's paragraph names before it whose gender agrees
    (``Tregear is asked whether she will object. She puts the jar down. “...,” she says``)."""
    if wanted is None:
        return None
    paragraph = _paragraph_start(context.item, quote_start)
    genders = context.counter.genders
    for mention in context.between(paragraph, quote_start):
        if genders.get(mention.person) == wanted:  # known, not just not contradicted
            return mention.person
    return None


def _titled_holder(context: _Context, quote_start: int) -> str | None:
    """Return the holder of the title opening the sentence before the quotation when that
    sentence names nobody (``La ministra cerró la rueda de prensa ... «...», sentenció``)."""
    begin, text, cuts = _lead(context, quote_start)
    low, high = cuts[-1], len(text)
    if not text[low:high].strip(QUOTE_OPENERS):
        if len(cuts) < 2:
            return None
        low, high = cuts[-2], cuts[-1]  # the quotation opens its sentence: the one before
    # "La portavoz del Gobierno aseguró que el Consejo, en el que se reencontraron Montoro y
    # García-Margallo, fue ...": those named in what the title's holder reports do not count
    verb = CUE.search(text, low, high)
    reported = verb is not None and _complementizer_follows(text, verb, high)
    if context.between(begin + low, begin + (verb.start() if verb and reported else high)):
        return None
    words = WORD.findall(text[low:high])[:MAX_OPENING_TITLE_WORDS]
    while words and words[0].casefold() in OPENING_ARTICLES:
        words = words[1:]
    titles = []
    for word in words:
        if not is_title_word(word):
            break
        titles.append(word)
    after = words[len(titles)] if len(titles) < len(words) else ""
    if not titles or not after.islower():
        return None
    return _by_role(context.counter, " ".join(titles))


CLOSING_QUOTES = '"”»“’'


def _subtitled(context: _Context, span: QuoteSpan) -> str | None:
    """Return the one person a subtitle right above the quotation's paragraph names (a line
    with no full stop: "Pedro Nuno Santos apela à escolha de um Governo" over "O
    secretário-geral do PS diz que ..."): the paragraph under it is about that person."""
    if span.first_paragraph == 0:
        return None
    above = context.item.paragraphs[span.first_paragraph - 1].text.rstrip()
    if not above or ends_sentence(above.rstrip(CLOSING_QUOTES)):
        return None  # a closing mark ends a sentence, not a subtitle quoting words
    start = context.item.starts[span.first_paragraph - 1]
    people = {m.person for m in context.between(start, start + len(above))}
    return people.pop() if len(people) == 1 else None


def _other_person(
    context: _Context,
    quote_start: int,
    wanted: str | None = None,
    genders: dict[str, str] | None = None,
) -> str | None:
    """Return the person last named before the quotation who is not the last speaker (and
    whose gender agrees with ``wanted``); one governed by a preposition ("a demissão de
    Paulo Portas") only when no one is named ungoverned in that sentence ("Pedro Passos
    Coelho falou ao país para explicar que não aceita a demissão de Paulo Portas")."""
    fits = [
        mention
        for mention in context.recent(quote_start)
        if mention.person != context.counter.last_speaker
        and agrees(wanted, (genders or {}).get(mention.person))
    ]
    if not fits:
        return None
    text = context.item.text
    lead = text[max(0, fits[0].offset - SUBJECT_CONTEXT) : fits[0].offset]
    sentence = fits[0].offset - len(SENTENCE_END.split(lead)[-1])
    for mention in fits:
        if mention.offset < sentence:
            break
        before = WORD.findall(text[max(0, mention.offset - SUBJECT_CONTEXT) : mention.offset])
        if not before or before[-1].casefold() not in CONNECTOR_SET:
            return mention.person
    return fits[0].person


# Titles that address a person rather than name an office.
FORMS_OF_ADDRESS = TITLE_ABBREVIATIONS | ACADEMIC_TITLES | COURTESY_TITLES


POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def _personal_given(word: str) -> bool:
    """Return True for a given name, as written or in a case (Дмитрия)."""
    return is_given_name(word) or is_given_name_in_a_case(word)


def _after_other_names(role: str) -> str:
    """Return the part of a role after the full names it holds ("После выступления
    руководителя Минсельхоза Дмитрия Патрушева президент" -> "президент"): a title after
    another person's name is the speaker's own."""
    names = [
        n
        for n in find_names(role)
        if not n.single and _personal_given(n.text.split()[0])  # not "Bakı Şəhər"
    ]
    if not names:
        return role
    if names[-1].text.endswith(POSSESSIVE_ENDINGS):
        return role  # "Vladimir Putin's spokesman": the name is the role's own
    rest = role[names[-1].span.end :].strip(" ,;")
    # a title of office, not a form of address ("... Öğretim Üyesi Prof Dr")
    titled = any(
        is_title_word(w) and w.casefold() not in FORMS_OF_ADDRESS for w in WORD.findall(rest)
    )
    return rest if titled else role


def _role(
    context: _Context, span: QuoteSpan, speaker: str | None, attribution: Attribution
) -> str | None:
    """Return the speaker's title: as written at the cue, else as written in the paragraph."""
    if speaker is None:
        role = _title_naming_nobody(attribution)
        return role if role and not _role_of_another(context, span, role) else None
    # A role written at the cue wins: "said the country's top diplomat" (anaphoric too).
    written = attribution.role if attribution.speaker or attribution.anaphoric else None
    if written:
        written = _after_other_names(written)
    generic = written is not None and written.casefold() in GENERIC_TITLES
    if written and not generic and (attribution.speaker or attribution.cue or " " in written):
        return written
    # A lone title that only pointed to its holder ("Segundo o governante", "Ответ мэра
    # ...:"): the holder's own title, as the paragraph writes it, says more.
    paragraph = _paragraph_start(context.item, span.start)
    for mention in context.between(_announcing_line_start(context.item, paragraph), span.start):
        if mention.person == speaker and mention.role:
            return mention.role
    return (
        written
        or attribution.role
        or _title_in_paragraph(
            # bounded, so a megabyte paragraph of quotations stays linear
            context,
            context.item.text[max(paragraph, span.start - TITLE_REACH) : span.start],
            speaker,
        )
        or _caption_title(context, span, speaker)
        or _credit_title(context, span, speaker)
        or _credit_paragraph_title(context, span, speaker)
        or _parenthesis_title(context, span, speaker)
        or _heading_title(context, speaker)
    )


def _title_naming_nobody(attribution: Attribution) -> str | None:
    """Return the title a quotation is attributed to when it names nobody ("the minister
    said", "a senior official said"): what the reader is told of the speaker. Not a title
    that holds a name the parser did not take as the speaker's, nor a body's word."""
    if not (attribution.anaphoric and attribution.role) or attribution.institution:
        return None
    role = " ".join(_after_other_names(attribution.role).split())
    if " " not in role and is_institution_word(role):
        return None
    words = role.split()
    if (
        len(words) > MAX_UNNAMED_ROLE_WORDS
        or any(w.casefold() in ROLE_CLAUSE_WORDS for w in words)
        or words[-1].casefold() in ARTICLE_SET
        or any(w.casefold() in LISTENER_INSIDE for w in words[1:])  # "ministro al presidente"
        or CUE.search(role)
    ):
        return None  # "ministro de Fomento había prometido fondos y": a clause, no title
    return None if any(not name.single for name in find_names(role)) else role


MAX_UNNAMED_ROLE_WORDS = 7
LISTENER_INSIDE = frozenset(str.split("al à au aux told"))
# Words that open or join a clause: a title holds none ("ministro que", "minister that the
# president appointed", "ministro quando gli è stato chiesto").
ROLE_CLAUSE_WORDS = (
    COMPLEMENTIZERS
    | RELATIVE_PRONOUNS
    | COORDINATORS
    | frozenset(
        str.split("quando cuando quand when wenn als wanneer kiedy когда коли mentre while")
    )
)


def _role_of_another(context: _Context, span: QuoteSpan, role: str) -> bool:
    """Return True when the title, as written next to the quotation, is the listener's ("told
    the president", "le dijo al presidente") or stands before a name the speaker was not
    read from ("al ministro Antonio Tajani"): no title of an unnamed speaker."""
    text = context.item.text
    low = max(0, span.start - ROLE_LOOK_AROUND)
    window = text[low : span.end + len(span.close_mark) + ROLE_LOOK_AROUND]
    at = window.find(role)
    if at < 0:
        return False
    before = window[:at].split()[-2:]
    if any(w.casefold().strip(",") in LISTENER_WORDS for w in before):
        return True
    return any(not n.single for n in find_names(window[at + len(role) : at + len(role) + 40])[:1])


ROLE_LOOK_AROUND = 300  # characters around a quotation read for its unnamed speaker's title
# Words before a title that make it the one spoken to: "told the president", "al ministro".
LISTENER_WORDS = OBJECT_PREPOSITIONS | TOLD | {"tell"}


def _only_quotations(context: _Context, span: QuoteSpan) -> bool:
    """Return True when the quotation's paragraphs hold nothing but quotations ("“...”,
    “...”."): no words of the writer's that could name another speaker."""
    item = context.item
    low = item.starts[span.first_paragraph]
    high = item.starts[span.last_paragraph] + len(item.paragraphs[span.last_paragraph].text)
    return not WORD.search(QUOTED.sub(" ", item.text[low:high]))


def _heading_title(context: _Context, speaker: str) -> str | None:
    """Return the title the section's heading credits its speaker with, else None."""
    credit = context.counter.heading_credit
    return credit[1] if credit and credit[0] == speaker else None


# A quote digest's credit under the quotation: "– Culture Secretary Oliver Dowden announces
# gyms will reopen." The name comes within a few words of the dash, after the title only.
CREDIT_DASHES = ("– ", "— ", "- ")
MAX_CREDIT_TITLE_WORDS = 8  # "Institute for Fiscal Studies deputy director Carl Emmerson"
QUOTATION_BULLETS = " *_•■▪●◦-–—"


def _credit_mention(context: _Context, span: QuoteSpan) -> _Mention | None:
    """Return the person a dash line right under a quotation standing alone in its
    paragraph names first, with no more than a title before the name: the digest's credit
    of who said it."""
    item = context.item
    below = span.last_paragraph + 1
    if below >= len(item.paragraphs) or not _alone_in_its_paragraphs(item, span):
        return None
    if not item.text[: span.end].rstrip().endswith(","):
        return None  # '“...,”': the sentence goes on in the credit; a full stop ends it
    credit = item.paragraphs[below].text
    opening = len(credit) - len(credit.lstrip())
    if credit[opening : opening + 2] not in CREDIT_DASHES:
        return None
    start = item.starts[below] + opening + 2
    mentions = context.between(start, start + len(credit))
    if not mentions:
        return None
    title = item.text[start : mentions[0].offset]
    if len(WORD.findall(title)) > MAX_CREDIT_TITLE_WORDS or any(ch in title for ch in ".,;:!?"):
        return None
    return mentions[0]


def _alone_in_its_paragraphs(item: _ItemText, span: QuoteSpan) -> bool:
    """Return True when nothing but a bullet comes before the quotation in its first
    paragraph, and nothing but a stop or a comma after it in its last."""
    own_end = item.starts[span.last_paragraph] + len(item.paragraphs[span.last_paragraph].text)
    after = item.text[span.end + len(span.close_mark) : own_end]
    before = item.text[item.starts[span.first_paragraph] : span.start - len(span.open_mark)]
    return not after.strip(" ,.;") and not before.strip(QUOTATION_BULLETS)


MAX_BARE_CREDIT = 6  # words of a credit with its own full stop and no comma


def _bare_credit(after: str, written: list[NameMention]) -> bool:
    """Return True for a short credit with its own full stop: the name alone, or the name
    and where it was said ("Nicola Sturgeon at Holyrood."), not a headline's verb ("Shinzo
    Abe shot dead in Nara.")."""
    if not written or len(WORD.findall(after)) > MAX_BARE_CREDIT:
        return False
    rest = WORD.findall(after[written[0].span.end :])
    return not rest or rest[0].casefold() in CREDIT_VENUE_WORDS


# A quote digest's entry: the words alone in a paragraph, then a paragraph that opens with
# who said them ("JAIR BOLSONARO, presidente da República, em tom de brincadeira ...",
# "Minister Ter Horst afgelopen vrijdag na de ministerraad ...").
MAX_CREDIT_PARAGRAPH_LEAD = 3  # "Premier", "Die baden-württembergische FDP-Vorsitzende"
# A title's abbreviation and its dot in a credit ("—Sen. Marco Rubio", "Rep. Darrell Issa").
CREDIT_ABBREVIATION = re.compile(
    r"\b(Sen|Rep|Gov|Sec|Atty|Amb|Pres|Lt|Gen|Col|Dr|Mr|Mrs|Ms|Sgt|Supt)\.", re.IGNORECASE
)

MIN_ENTRY_WORDS = 4  # words of a quote digest's entry, a sentence said
OPENS_WITH_QUOTATION = re.compile(r"\s*[-–—•*]?\s*[«“„\"'‘‹»]")


def _lead_has_a_subject(context: _Context, start: int, lead: str) -> bool:
    """Return True when a lead names or points to who speaks in it: a pronoun, an article or
    a title word ("Il a ensuite déclaré :", "Ранее глава МИД Германии заявила:"), a person
    not in an oblique case ("Interrogé sur ..., le Premier ministre Gabriel Attal a
    répondu :"); a Slavic object ("драку с депутатом Александром X") names no subject."""
    words = WORD.findall(lead)
    if any(pronoun_gender(w) or w.casefold() in ARTICLE_SET for w in words):
        return True
    if any(map(is_plural, words)) or (words and is_institution_word(words[0])):
        return True  # "Ответили в Кремле:", "Опозиція відповіла:": a group or a body
    quoted = [(start + q.start(), start + q.end()) for q in QUOTED.finditer(lead)]
    mentions = [
        m
        for m in context.between(start, start + len(lead))
        if not any(low <= m.offset < high for low, high in quoted)  # "«Зе! Убийца ...»"
    ]
    text = context.item.text
    oblique = [m for m in mentions if _oblique_given_name(text[m.offset :].split(" ", 1)[0])]
    if len(oblique) < len(mentions):
        return True
    objects = {w for m in oblique for w in WORD.findall(m.role or "")}
    return any(is_title_word(w) and w not in objects for w in words)


# A Slavic man's given name in the instrumental ("с депутатом Александром X").
INSTRUMENTAL_GIVEN_NAME = re.compile(r"[А-ЯЁЄІЇ][а-яёєії]+(?:ом|ем|єм)")


def _oblique_given_name(word: str) -> bool:
    """Return True for a given name in a Slavic oblique case (genitive, dative, ... and the
    masculine instrumental, which the list of cases lacks)."""
    return is_given_name_in_a_case(word) or INSTRUMENTAL_GIVEN_NAME.fullmatch(word) is not None


def _announces_by_verb(paragraph: str) -> bool:
    """Return True for a paragraph that ends with a colon and is a sentence: a reporting
    verb or an auxiliary in it, or more words than a topic's label ("Прокомментировал драку
    с депутатом ... :", not "Sur le budget :")."""
    text = paragraph.rstrip()
    if not text.endswith(":"):
        return False
    words = WORD.findall(text)
    if any(w.casefold() in DIGEST_NOUNS for w in words):
        return False  # "The week's top quotes in politics:": a digest's entries follow
    return (
        len(words) > MAX_TOPIC_LABEL_WORDS
        or bool(CUE.search(text))
        or any(w.casefold() in VERBS_OF_A_SENTENCE for w in words)
    )


MAX_TOPIC_LABEL_WORDS = 5  # "Sur la réforme des retraites :"


def _credit_over_its_lead(context: _Context, span: QuoteSpan) -> str | None:
    """Return who the credit line above a quotation's announcing lead names, when that lead
    has no subject of its own (a quote digest: "Николай ТИЩЕНКО, депутат" ¶ "Прокомментировал
    драку с депутатом X:" ¶ "«...»"); the section heading's credit when the lead opens the
    section."""
    item, first = context.item, span.first_paragraph
    if first == 0 or not _alone(item, span):
        return None
    lead = item.paragraphs[first - 1].text
    lead_start = item.starts[first - 1]
    if not _announces_by_verb(lead) or _lead_has_a_subject(context, lead_start, lead):
        return None
    if first == 1:
        # the section's credit: "Владимир ЗЕЛЕНСКИЙ, президент Украины" over the lead
        heading = context.counter.heading
        credit = context.counter.heading_credit or (
            _surname_in_capitals(heading) if heading else None
        )
        return context.registry.canonical(credit[0]) if credit else None
    line = item.paragraphs[first - 2].text
    if not credit_shaped(line):
        return None
    named = context.between(item.starts[first - 2], item.starts[first - 2] + 1)
    return named[0].person if named else None


def _credit_paragraph_below(context: _Context, span: QuoteSpan) -> str | None:
    """Return who the paragraph under a quotation standing alone in its own names first,
    a title at most before the name, when the text alternates so: the entry above or the
    one below is another quotation alone, over its own credit."""
    credit = _credit_paragraph_mention(context, span)
    return credit[0] if credit else None


def _credit_paragraph_title(context: _Context, span: QuoteSpan, speaker: str) -> str | None:
    """Return the title the credit paragraph under the quotation gives its speaker."""
    credit = _credit_paragraph_mention(context, span)
    return credit[1] if credit and credit[0] == speaker else None


def _in_parentheses(paragraph: str) -> bool:
    """Return True for a paragraph wholly in parentheses ("(Alt-Bundespräsident X ...)")."""
    text = paragraph.strip()
    return text.startswith("(") and text.endswith(")")


# A credit giving the quotation to the one credited above: "(Idem, ibidem)", "(Idem)".
SAME_CREDIT = re.compile(
    r"\(?\s*(?:idem|ibidem|ibid|id)\.?(?:\s*,\s*(?:ibidem|ibid)\.?)?\s*\)?", re.I
)


def _credit_paragraph_mention(context: _Context, span: QuoteSpan) -> tuple[str, str | None] | None:
    """Return the person and title of the credit paragraph under the quotation (see
    _credit_paragraph_below)."""
    item = context.item
    below = span.last_paragraph + 1
    if below >= len(item.paragraphs) or not _alone_in_its_paragraphs(item, span):
        return None
    credit = item.paragraphs[below].text
    if OPENS_WITH_QUOTATION.match(credit) or _credits_lead(context):
        return None
    if span.first_paragraph and _announces_by_verb(item.paragraphs[span.first_paragraph - 1].text):
        return None  # "Порадовался законопроекту ...:" over it: its speaker is named above
    if SAME_CREDIT.fullmatch(credit.strip()):
        # "(Idem, ibidem)": the one the parenthesis right above credits, if a person
        above = item.paragraphs[span.first_paragraph - 1].text if span.first_paragraph else ""
        previous = context.counter.previous[1]
        return (previous, None) if previous and _in_parentheses(above) else None
    # the entry above is a quotation over its credit, as this one
    alternating = bool(
        span.first_paragraph >= 2
        and WHOLE_QUOTATION.match(item.paragraphs[span.first_paragraph - 2].text.strip())
        and _opens_with_a_name(context, span.first_paragraph - 1)  # the entry above's credit
        and len(WORD.findall(span.text)) >= MIN_ENTRY_WORDS  # not a crosshead's "‘Verdedigbaar’"
    )
    rhythm = (
        not span.open_mark  # an unmarked entry: found by its rhythm
        or below + 1 in context.entries
        or (
            below + 1 < len(item.paragraphs)
            and OPENS_WITH_QUOTATION.match(item.paragraphs[below + 1].text)
        )
    ) or (
        span.first_paragraph >= 2
        and OPENS_WITH_QUOTATION.match(item.paragraphs[span.first_paragraph - 2].text)
        and not OPENS_WITH_QUOTATION.match(item.paragraphs[span.first_paragraph - 1].text)
    )
    # under a digest's title, "(Alt-Bundespräsident Roman Herzog kritisiert ...)": a credit
    # in parentheses, or one shaped as a sentence
    name_sentence = context.digest and (_in_parentheses(credit) or _name_as_a_sentence(credit))
    # "Francisco Assis, eurodeputado do PS" under a quotation alone: a credit by its shape
    # ("João Lourenço, Presidente de Angola" too, which the outline kept as a credit)
    if not rhythm and not name_sentence and not credit_shaped(credit, capital_title=True):
        return None
    capitals = _name_in_capitals(credit)
    if capitals:
        return capitals
    start = item.starts[below]
    mentions = context.between(start, start + len(credit))
    if not mentions:
        return None
    if not _credit_lead(item.text[start : mentions[0].offset], _in_parentheses(credit)):
        return None
    # A credit sets the name apart ("X, role, ..." or "X (party) ...") or is no sentence of
    # its own ("Minister X after the cabinet meeting"): "Minister X will visit the town on
    # Friday." is news of the next paragraph's.
    after = item.text[mentions[0].offset : start + len(credit)]
    written = find_names(after)
    apposed = bool(written) and after[written[0].span.end :].lstrip(" ")[:1] in (",", "(")
    if (
        not apposed
        and credit.rstrip()[-1:] in ".!?…"
        and not _bare_credit(after, written)
        and not name_sentence
        # under a digest's title a credit may be a sentence: "Kelvin MacKenzie puts a
        # brave face on ..."
        and not context.digest
        # a sentence credits in a run of entries when it titles the name ("JOVD-voorzitter
        # Martijn Jonk geeft ..."), not "Angela Rayner arrived at the hall late."
        and not (alternating and mentions[0].role)
    ):
        return None  # "Minister X will visit the town on Friday." is news
    return mentions[0].person, mentions[0].role


def _opens_with_a_name(context: _Context, paragraph: int) -> bool:
    """Return True when the paragraph opens with a person's name, a title at most before it
    ("Léon Frissen, voorzitter ...", "Ton Elias (VVD) herinnert ..."): a credit's shape."""
    item = context.item
    start = item.starts[paragraph]
    mentions = context.between(start, start + len(item.paragraphs[paragraph].text))
    return bool(mentions) and _credit_lead(item.text[start : mentions[0].offset])


def _credits_lead(context: _Context) -> bool:
    """Return True when the item's first paragraph that is one quotation has a credit
    right over it ("Manuel Valls, au Grand Rendez-Vous" ¶ "« ... »"): its credits head the
    entries, and a credit under a quotation belongs to the next one."""
    if context.credits_lead is None:
        paragraphs = context.item.paragraphs
        first = next(
            (i for i, p in enumerate(paragraphs) if WHOLE_QUOTATION.match(p.text.strip())), 0
        )
        context.credits_lead = first > 0 and credit_shaped(paragraphs[first - 1].text, alone=True)
    return context.credits_lead


def _credit_lead(lead: str, parenthesised: bool = False) -> bool:
    """Return True for what may come before the name in a digest's credit: nothing, a
    title, maybe with an article and its adjectives before it ("Die baden-württembergische
    FDP-Vorsitzende"), or a few capitalised words ("Premier"), and no punctuation."""
    lead = CREDIT_ABBREVIATION.sub(r"\1", lead)  # "—Sen. Marco Rubio", "Rep. X"
    words = WORD.findall(lead)
    # "Secretary of Defense Leon Panetta": a portfolio joined to its title
    joined = [w for w in words[1:-1] if w.islower() and w in CONNECTOR_SET]
    if len(words) - len(joined) > MAX_CREDIT_PARAGRAPH_LEAD or any(ch in lead for ch in ".,;:!?"):
        return False
    if all(is_title_word(w) or w[:1].isupper() or w in joined for w in words):
        return True
    qualified = [w for w in words if w.casefold() in TITLE_QUALIFIERS]
    if (
        parenthesised  # "(Herthas neuer Trainer X)", not a sentence's "Berlins ehemaliger ..."
        and qualified
        and words[-1][:1].isupper()
        and all(is_title_word(w) or w[:1].isupper() or w in qualified for w in words)
    ):
        return True  # "Herthas neuer Trainer": "new" or "former" before the title
    # lowercase words between an article and the title: "Die baden-württembergische
    # FDP-Vorsitzende", not "hier mit Präsident", "darunter Unionsfraktionschef"
    return words[0].casefold() in ARTICLE_SET and is_title_word(words[-1])


# What may follow the name in a credit: where, when or on what the words were said
# ("(Grünen-Chefin Claudia Roth am Dienstag zur dpa ...)", "Innenminister Thomas de Maizière
# zur Terrorgefahr", "Barack Obama on the economy"), never a verb ("(Angela Merkel hatte den
# Entwurf abgelehnt.)") nor a list ("(Kazuo Ishiguro, Faber)").
CREDIT_TOPIC_WORDS = CREDIT_VENUE_WORDS | frozenset(
    str.split(
        "am beim bei zu zur zum vor nach gegenüber während angesichts anlässlich auf to "
        "during after before lors devant après ante tras durante dopo sul sulla op over bij "
        "tijdens"
    )
)
MAX_UNMARKED_CREDIT = 120  # characters of the credit where its name is looked for


def _unmarked_credit(context: _Context, span: QuoteSpan) -> bool:
    """Return True when the parenthesis under an unmarked digest entry credits a person:
    a title at most, the name (a full one opening with a given name, or the surname of one
    the text named), then nothing or where and when it was said."""
    credit = context.item.paragraphs[span.last_paragraph + 1].text.strip()[1:]
    written = find_names(credit[:MAX_UNMARKED_CREDIT])
    if not written:
        return False
    name = written[0]
    if not _credit_lead(credit[: name.span.start]):
        return False
    if name.single:
        if _person(name.text, False, context.registry) is None:
            return False  # a lone word no full name of the text ends with
    elif not is_given_name(name.text.split()[0].split("-")[0]):
        return False  # "(Zuruf von Volker Beck)": a heckle, no credit
    rest = WORD.findall(credit[name.span.end : name.span.end + MAX_UNMARKED_CREDIT])[:1]
    return not rest or rest[0].casefold() in CREDIT_TOPIC_WORDS


MAX_NAME_SENTENCE = 80  # characters read for a name standing as a sentence


def _name_as_a_sentence(credit: str) -> bool:
    """Return True for a paragraph opening with a full name that is a sentence of its own
    ("Manuel Pulgar-Vidal. El ministro del Ambiente se mostró ..."): a credit, though no
    other entry of the digest stands next to it."""
    name = _opening_full_name(credit[:MAX_NAME_SENTENCE])
    if name is None:
        return False
    after = credit[name.span.end : name.span.end + 3]
    return after[:2] == ". " and after[2:].isupper()


# A full name in capital letters opening a digest's credit, before its comma ("JAIR
# BOLSONARO, presidente da República").
NAME_IN_CAPITALS = re.compile(r"\s*" + CAPITALS_NAME + ",")
LOWERCASE_PARTICLES = frozenset(str.split("da de do das dos di del della van von der den le la"))


def _capitals_as_name(capitals: str) -> str | None:
    """Return a full name in capitals written as a name ("HERMAN VAN ROMPUY" -> "Herman
    van Rompuy") when its first word is a given name, else None."""
    words = capitals.split(" ")
    if not is_given_name(words[0].capitalize()):
        return None
    return " ".join(
        w.casefold() if i and w.casefold() in LOWERCASE_PARTICLES else w.capitalize()
        for i, w in enumerate(words)
    )


def _name_in_capitals(credit: str) -> tuple[str, str | None] | None:
    """Return the full name in capitals that opens a credit paragraph, written as a name
    ("Jair Bolsonaro"), when its first word is a given name, and the title in apposition
    after it ("presidente da República"); not a dateline's city ("JOÃO PESSOA, 12 de")."""
    match = NAME_IN_CAPITALS.match(credit)
    if match is None or not match[1].isupper() or not credit[match.end() :].lstrip()[:1].islower():
        return None
    name = _capitals_as_name(match[1])
    if name is None:
        return None
    apposition = credit[match.end() :].split(",", 1)[0].strip()
    titled = len(WORD.findall(apposition)) <= MAX_CREDIT_TITLE_WORDS and any(
        is_title_word(w) for w in WORD.findall(apposition)
    )
    return name, apposition if titled else None


def _credited_below(context: _Context, span: QuoteSpan) -> str | None:
    """Return who a quote digest's dash line under the quotation credits with it."""
    mention = _credit_mention(context, span)
    return mention.person if mention else None


def _credit_title(context: _Context, span: QuoteSpan, speaker: str) -> str | None:
    """Return the title the credit line under the quotation gives its speaker."""
    mention = _credit_mention(context, span)
    return mention.role if mention and mention.person == speaker else None


def _caption_title(context: _Context, span: QuoteSpan, speaker: str) -> str | None:
    """Return the title a caption line above the quotation's paragraph gives its speaker
    ("Bernard Chillini, maire de Figanières" ¶ "« ... »"). A title in an ordinary paragraph
    before is no role of the quotation: the gold gives a role only in the quotation's own
    paragraph, the caption being the heading of that paragraph."""
    if _captioned(context, span) != speaker:
        return None
    caption = context.item.starts[span.first_paragraph - 1]
    mentions = context.between(caption, context.item.starts[span.first_paragraph])
    return mentions[0].role if mentions else None


def _title_in_paragraph(context: _Context, text: str, speaker: str) -> str | None:
    """Return the last title word the paragraph writes, with no name after it, before the
    quotation of a speaker who was given a title it refers to ("The minister said imports
    would cover the gap. «...», Gelovani added": minister); else None."""
    held = [r for p, r in context.counter.roles[-MAX_REMEMBERED_ROLES:] if p == speaker]
    if not held:
        return None
    narration = QUOTED.sub(_blank, text)  # a title inside a quotation is the speaker's word
    words = list(WORD.finditer(narration))
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        following = words[index + 1].group() if index + 1 < len(words) else ""
        if not is_title_word(word) or following[:1].isupper():
            continue  # a title before a name belongs to that name's mention
        if word.casefold() in PORTFOLIO_WORDS:
            continue  # "the state would ask": a portfolio of the title, not the title
        if following.casefold() in TITLE_COMPLEMENTS:
            continue  # "le président de la Ligue", "la ministra de Defensa": another holder
        previous = words[index - 1].group() if index else ""
        opens = not index or SENTENCE_END.search(
            narration, words[index - 1].end(), words[index].start()
        )
        qualified = previous.casefold() in TITLE_QUALIFIERS or previous.endswith(("'s", "’s"))
        capital = previous[:1].isupper() and previous.casefold() not in DEFINITE_ARTICLES
        if qualified or (capital and not opens):
            continue  # "The Prime Minister", "the festival's previous director": another
        if any(role_refers_to(word, role) for role in held):
            return word
    return None


# Words after a title that tie it to its own office or place: "président de la Ligue",
# "sindaco di Roma", "Bürgermeister der Nachbargemeinde", "minister of".
TITLE_COMPLEMENTS = frozenset(str.split("de du des d di del della dei of der von van do da"))
# Words before a title that make it another office than the one a person was given.
TITLE_QUALIFIERS = frozenset(
    str.split(
        "previous former new acting interim deputy vice ancien ancienne nouveau nouvelle "
        "ex ehemalige ehemaliger neue neuer nuovo nuova precedente antiguo antigua nuevo "
        "nueva anterior бывший новый колишній новий były nowy"
    )
)


def _blank(match: re.Match[str]) -> str:
    """Return a match as spaces of its length (offsets stay)."""
    return " " * len(match[0])


# The Dutch "let know" around a statement ("liet in een verklaring weten"), as a press
# office or a company's statement is reported; given names are Dutch or listed there.
DUTCH_LET_KNOW = frozenset({"liet", "laat"})


# Heads of compound names of bodies (Dutch, German, Swedish) the institution tables lack:
# Rijkswaterstaat, Staatsbosbeheer, Havenbedrijf, Waterschap, Trafikverket, Boddenlinie.
BODY_HEADS = tuple(str.split("waterstaat bosbeheer bedrijf schap dienst verket linie"))


def _lone_word_of_no_one(context: _Context, attribution: Attribution) -> bool:
    """Return True for a speaker of one word, no given name, that no person of the text
    bears, that no title or pronoun introduces and that names a body by its own words
    (``Rijkswaterstaat``, ``Staatsbosbeheer``, ``Agentlikdən``)."""
    speaker = attribution.speaker
    if not speaker or attribution.role or attribution.anaphoric or " " in speaker:
        return False
    if _titled_in(context.item.text, speaker) or name_key(speaker) in context.registry.by_word:
        return False  # "Cumhurbaşkanı Erdoğan", "M. Belkacem"; a person's surname
    if any(person == speaker for person, _ in context.counter.roles):
        return False  # a person the text gave a role
    if _surname_shaped(speaker) or _surname_shaped(fold(speaker)):
        return False  # "Kovalenko", "Saparbəyov": a surname alone
    if CYRILLIC_LETTER.search(speaker):
        return False  # "— сказал Белых": Russian reviews name people by surname alone
    if is_given_name(speaker):
        return False
    # A body's word, not only no person's: "sagte Steinmeier", "zei Timmermans", "disse
    # Bolsonaro" quote people by surname alone, and no shape tells them from a body.
    return is_institution_word(speaker) or fold(speaker).endswith(BODY_HEADS)


def _described_as_a_thing(text: str, start: int, attribution: Attribution) -> bool:
    """Return True for a speaker with no given name whom the text describes with "which"
    ("Twentezout, which has pumped brine in the area since 1998, said"): a company or a
    body, since English says "who" of people."""
    speaker = attribution.speaker
    if not speaker or attribution.role or attribution.anaphoric:
        return False
    if any(is_given_name(word) for word in speaker.split()):
        return False
    # the name opens its sentence ("Twentezout, which ..., said"), not "backed by Starmer,
    # which surprised many": a clause's "which"; bounded to the quotation's neighbourhood
    window = text[max(0, start - BODY_REACH) : start]
    return re.search(rf"(?:^|[.!?]\s+|\n){re.escape(speaker)}, which ", window) is not None


def _titled_in(text: str, word: str) -> bool:
    """Return True when ``word`` follows a title somewhere in ``text`` ("Cumhurbaşkanı
    Erdoğan", "President Macron"): a person known by surname, not a body."""
    for match in re.finditer(rf"(\w+)\.?\s+{re.escape(word)}\b", text):
        if is_title_word(match[1]) or match[1].casefold() in COURTESY_WORDS:
            return True  # "M. Belkacem", "Cumhurbaşkanı Erdoğan"
    return False


COURTESY_WORDS = frozenset(
    str.split("m mme mlle me mr mrs ms dr herr frau sr sra sig pan pani sayın bay bayan")
)


def _body_in_a_statement(attribution: Attribution) -> bool:
    """Return True when the cue names a statement (``liet in een verklaring weten``) and its
    subject, with no title, has no given name: a body."""
    speaker, cue = attribution.speaker, attribution.cue or ""
    if not speaker or attribution.role or attribution.anaphoric:
        return False
    if not cue or cue.split()[0].casefold() not in DUTCH_LET_KNOW:
        return False  # "Min Aung Hlaing said in a statement": a given name no list holds
    if not names_a_statement(cue):
        return False
    return not any(is_given_name(word) for word in speaker.split())


def _resolve_institution(context: _Context, quote_start: int, written: str) -> str:
    """Return the full name of an institution referred to by its noun alone (``le ministère``)
    or by the acronym the text gave it (``... Ajansı Başkanlığı (TİKA)``)."""
    if len(written.split()) > 1:
        return written
    if written.isupper() and len(written) <= MAX_ACRONYM:
        return _spelled_out(context.item.text[:quote_start], written) or written
    stem = written.casefold()[:5]
    # Several words, or one compound longer than the noun ("Außenministerium" for "des
    # Ministeriums").
    earlier = [
        p
        for offset, p in context.institutions
        if offset < quote_start and (len(p.split()) > 1 or len(p) > len(written))
    ]
    for phrase in reversed(earlier):
        if stem in phrase.casefold():
            return phrase
    # "ведомство", "the ministry", "die Behörde": a common noun refers back; a proper one
    # stands alone.
    company = written.casefold() in GENERIC_BODY_NOUNS
    if not (written[:1].islower() or company):
        return written
    if earlier:
        return earlier[-1]
    if not company:
        return written  # "het ministerie": the noun says more than a paper's acronym would
    # "NorthLink Ferries confirmed ... «...», the company said": no body's noun named it
    return _named_body_before(context.item.text, quote_start) or written


MAX_ACRONYM = 8
# Lowercase words inside a body's name spelled out before its acronym ("Türk İşbirliği ve
# Koordinasyon Ajansı", "Office of the Prime Minister", "Agenzia per la ...").
NAME_JOINERS = frozenset(
    str.split("ve və and of the for de du des la le et di del della per für und e y i do da")
)
MAX_SPELLED_WORDS = 10
TURKIC_APOSTROPHE_CASE = re.compile(r"['’][^\W\d_]{1,5}$")


def _spelled_out(text: str, acronym: str) -> str | None:
    """Return the name written right before the last ``(ACRONYM)`` in ``text``: capitalised
    words and the small words joining them, as far back as they go."""
    at = text.rfind(f"({acronym})")
    if at < 0:
        return None
    window = text[max(0, at - 200) : at]
    found = list(WORD.finditer(window))[-MAX_SPELLED_WORDS:]
    words = [ELIDED_ARTICLE.sub("", w.group()) for w in found]
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in NAME_JOINERS):
        end = found[start].start() if start < len(found) else len(window)
        if window[found[start - 1].end() : end].strip():
            break  # a comma or a full stop: the name began after it
        start -= 1
    # the shortest run whose capitals spell the acronym ("Organization of the Petroleum
    # Exporting Countries (OPEC)", not "On Friday the ..."); none for "Olaf Scholz (SPD)"
    wanted = acronym.casefold()
    for first in range(len(words) - 2, start - 1, -1):
        initials = "".join(w[0] for w in words[first:] if w[:1].isupper()).casefold()
        if words[first][:1].isupper() and initials.startswith(wanted):
            # "Türkiye Petrolleri Anonim Ortaklığı'nın (TPAO)": without its case ending
            return TURKIC_APOSTROPHE_CASE.sub("", " ".join(words[first:]))
    return _spelled_in_small_letters(window, found, wanted)


def _spelled_in_small_letters(window: str, found: list[re.Match[str]], wanted: str) -> str | None:
    """Return the name whose words, joiners aside, spell ``wanted`` though only the first is
    capitalised ("l'Office national des forêts (ONF)", "Société réunionnaise de pêche
    australe (SRPA)"), within one sentence and clause."""
    words: list[str] = []
    for index in range(len(found) - 1, -1, -1):
        word = ELIDED_ARTICLE.sub("", found[index].group())
        if index + 1 < len(found) and window[found[index].end() : found[index + 1].start()].strip():
            return None  # a comma or a full stop inside: no name spells it
        if word.casefold() not in NAME_JOINERS:
            words.insert(0, word)
        if len(words) == len(wanted):
            initials = "".join(w[0] for w in words).casefold()
            if initials != wanted or not word[:1].isupper():
                return None
            # the name from its first word on, with its joiners
            elided = ELIDED_ARTICLE.match(found[index].group())
            start = found[index].start() + (elided.end() if elided else 0)
            return TURKIC_APOSTROPHE_CASE.sub("", window[start:].strip())
    return None


# Nouns that stand for a body named before them, capitalised as German nouns are or at a
# sentence's start ("die Behörde", "Compania a precizat", "Bolaget skriver").
GENERIC_BODY_NOUNS = frozenset(
    str.split(
        "behörde unternehmen konzern firma gesellschaft compania companie company firm group "
        "groupe gruppo grupo empresa empresas società société bolaget selskabet selskapet "
        "spółka společnost компания компанія şirket şirketi"
    )
)
BODY_REACH = 1500  # characters searched back for the body a common noun refers to


def _named_body_before(text: str, start: int) -> str | None:
    """Return the last name before ``start`` that reads as a company's or a body's: an
    acronym (BASF), capitals inside a word (ViaStella) or a company's last word (NorthLink
    Ferries); bounded to a window, so linear in the text."""
    window = text[max(0, start - BODY_REACH) : start]
    found: list[tuple[int, str]] = [
        (m.start(), m[0]) for m in ACRONYM.finditer(window) if m[0].casefold() not in AGENCIES
    ]
    for mention in find_names(window):
        words = mention.text.split()
        if any(is_given_name(w) for w in words):
            continue
        last = words[-1].casefold().rstrip(".")
        if last in COMPANY_HEADS or any(INNER_CAPITALS.search(w) for w in words):
            found.append((mention.span.start, mention.text))
    return max(found)[1] if found else None


ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,5}(?![\w-])")  # BASF, EMAE, OMV


def quote_fields(quote: Quote) -> dict[str, Any]:
    """Return a quotation's own fields, as both the JSON form and the quotes table name them."""
    return {
        "ordinal": quote.ordinal,
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_as_written": quote.speaker_as_written,
        "speaker_role": quote.speaker_role,
        "institution": quote.institution,
        "cue": quote.cue,
        "language": quote.language.code,
        "language_prob": quote.language.prob,
        "n_paragraphs": quote.n_paragraphs,
    }


def document_to_dict(document: ParsedDocument, file_name: str = "") -> dict[str, Any]:
    """Return the JSON-ready form of a document, as ``pressreview parse`` prints it."""
    quotes = []
    for section in document.sections:
        for item in section.items:
            quotes += [
                {
                    **quote_fields(q),
                    "section_ordinal": section.ordinal,
                    "item_ordinal": item.ordinal,
                    "first_paragraph": q.first_paragraph,
                }
                for q in item.quotes
            ]
    return {
        "file": file_name,
        "language": document.language.code,
        "language_prob": document.language.prob,
        "review_date": document.review_date,
        "title": document.title,
        "encoding": document.encoding,
        "sections": [_section_dict(s) for s in document.sections],
        "quotes": quotes,
        "terms": list(document.terms),
        "persons": [{"name": p.name, "variants": list(p.variants)} for p in document.persons],
        "counts": {
            "sections": len(document.sections),
            "items": sum(len(s.items) for s in document.sections),
            "paragraphs": sum(len(i.paragraphs) for s in document.sections for i in s.items),
            "quotes": len(quotes),
        },
    }


def _section_dict(section: Section) -> dict[str, Any]:
    """Return the JSON-ready form of one section with its items and paragraphs."""
    return {
        "ordinal": section.ordinal,
        "heading": section.heading,
        "country_code": section.country_code,
        "items": [
            {
                "ordinal": item.ordinal,
                "sources": list(item.sources),
                "paragraphs": [
                    {
                        "ordinal": p.ordinal,
                        "text": p.text,
                        "language": p.language.code,
                        "language_prob": p.language.prob,
                        "repaired": p.repaired,
                    }
                    for p in item.paragraphs
                ],
            }
            for item in section.items
        ],
    }


def parse_file_to_dict(path: Path) -> dict[str, Any]:
    """Return the JSON-ready records of the file at ``path`` (reads it: for tools, not flows)."""
    return document_to_dict(parse_document(path.read_bytes(), path.name), path.name)
