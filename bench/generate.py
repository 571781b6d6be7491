"""Write a seeded inbox of synthetic press reviews in the shapes of the sample and FORMAT.md.

    .venv/bin/python bench/generate.py --files 1000 --out bench/out/inbox --seed 1

File ``i`` depends only on (seed, i), so the first 1,000 files of a 10,000-file inbox are
the 1,000-file inbox: runs at two sizes compare like with like.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from phrases import LANGUAGES, NEWSPAPERS, PEOPLE, WEIGHTS, Language

MIN_BYTES, MAX_BYTES, MEDIAN_BYTES = 2_000, 50_000, 4_300
SIZE_SIGMA = 0.75  # log-normal spread: 1 file in 8 over 10 KB, a few near 50 KB
SHAPES = ("markdown", "capitals", "bullets", "sources")
SEPARATORS = ("(...)", "( )", "(…)")
BROKEN_PARAGRAPH_RATE = 0.12  # a blank line in the middle of a sentence, as in the sample
FIRST_DATE = date(2016, 1, 1)


@dataclass(frozen=True, slots=True)
class Encoding:
    """How a file's text becomes bytes; the weights follow what FORMAT.md says arrives."""

    name: str
    weight: int


ENCODINGS = (
    Encoding("utf-8", 82),
    Encoding("utf-8-sig", 5),
    Encoding("cp1252", 6),  # only for Latin-script languages; others fall back to UTF-8
    Encoding("mojibake", 4),  # UTF-8 bytes read as cp1252 and saved again as UTF-8
    Encoding("utf-16", 3),
)
CRLF_RATE = 0.1
CP1252_LANGUAGES = {"fr", "en", "de", "es", "it"}
SLOPPY_CP1252 = [bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)]


class Writer:
    """Builds one review: picks people, marks and templates from a seeded random source."""

    def __init__(self, rng: random.Random, lang: Language, shape: str) -> None:
        self.rng, self.lang, self.shape = rng, lang, shape
        self.bold = shape in ("markdown", "bullets") and rng.random() < 0.7
        self.people = rng.sample(lang.people or PEOPLE, k=5)
        self.last: tuple[str, str, str] | None = None

    def pick(self, options: tuple[str, ...]) -> str:
        """Return one of ``options``, filled with a number, a paper and a topic."""
        text = self.rng.choice(options)
        return text.replace("{n}", str(self.rng.randint(2, 120))).replace(
            "{P}", self.rng.choice(NEWSPAPERS)
        )

    def name(self, full: bool = True) -> str:
        """Return a speaker's name: full, surname only, or a variant spelling of it."""
        person = self.rng.choice(self.people)
        self.last = person
        first, surname, variant = person
        surname = variant if self.rng.random() < 0.15 else surname
        text = f"{first} {surname}" if full else surname
        return f"**{text}**" if self.bold else text

    def quotation(self) -> str:
        """Return one to four sentences an official says, between this language's marks."""
        open_mark, close_mark = self.rng.choice(self.lang.marks[:2])
        count = self.rng.randint(1, 4)
        body = ". ".join(self.pick((s,)) for s in self.rng.sample(self.lang.quotes, k=count))
        if self.rng.random() < 0.05:  # mismatched pair, as in the sample: «...,"
            close_mark = '"'
        comma = "," if self.lang.comma_inside else ""
        return f"{open_mark}{body}{comma}{close_mark}"

    def fill(self, template: str) -> str:
        """Return ``template`` with its speaker, institution, topic and quotation filled in."""
        text = self.pick((template,))
        if "{S}" in text:
            text = text.replace("{S}", f"{self.rng.choice(self.lang.roles)} {self.name()}")
        if "{N}" in text:
            text = text.replace("{N}", self.name(full=self.rng.random() < 0.5))
        text = text.replace("{I}", self.rng.choice(self.lang.institutions))
        text = text.replace("{T}", self.rng.choice(self.lang.topics))
        text = text.replace("{Q}", self.quotation())
        return text[0].upper() + text[1:]  # "le président ..." opening a sentence

    def paragraph(self) -> str:
        """Return one paragraph: a quotation with its speaker, or the reviewer's narrative."""
        roll = self.rng.random()
        lang = self.lang
        if roll < 0.3:
            text = self.fill(self.rng.choice(lang.quote_after))
        elif roll < 0.45:
            text = self.fill(self.rng.choice(lang.quote_before))
        elif roll < 0.55 and self.last is not None:
            text = self.fill(self.rng.choice(lang.anaphoric))
        elif roll < 0.62:
            text = self.fill(self.rng.choice(lang.institutional))
        elif roll < 0.7:
            text = self.fill(self.rng.choice(lang.scare))
        else:
            count = self.rng.randint(2, len(lang.narrative))
            text = " ".join(self.pick((s,)) for s in self.rng.sample(lang.narrative, k=count))
        return self.maybe_break(text)

    def maybe_break(self, text: str) -> str:
        """Return ``text``, sometimes broken by a blank line between two words mid-sentence."""
        if self.rng.random() >= BROKEN_PARAGRAPH_RATE:
            return text
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        if len(spaces) < 6:
            return text
        cut = self.rng.choice(spaces[len(spaces) // 3 : -2])
        return f"{text[:cut]}\n\n{text[cut + 1 :]}"

    def item(self, review_day: date) -> str:
        """Return one item: a few paragraphs, in this file's shape."""
        paragraphs = [self.paragraph() for _ in range(self.rng.randint(1, 4))]
        if self.shape == "bullets":
            marker = self.rng.choice(("• ", "- "))
            return "\n\n".join(marker + p for p in paragraphs)
        if self.shape == "sources":
            papers = ", ".join(self.rng.sample(NEWSPAPERS, k=self.rng.randint(1, 3)))
            if self.rng.random() < 0.5:
                when = self.date_text(review_day - timedelta(days=1))
                return f"{papers} - {when}\n\n" + "\n\n".join(paragraphs)
            paragraphs[0] = f"{papers} - {paragraphs[0]}"
        return "\n\n".join(paragraphs)

    def heading(self) -> str:
        """Return a section heading: a country most of the time, else a rubric."""
        if self.rng.random() < 0.75:
            text = self.rng.choice(self.lang.countries)
        else:
            text = self.rng.choice(self.lang.rubrics)
        if self.shape == "markdown":
            return f"## {text}"
        return text.upper() if self.shape == "capitals" or self.rng.random() < 0.5 else text

    def date_text(self, day: date) -> str:
        """Return ``day`` written the way this language writes dates."""
        month = self.lang.months[day.month - 1]
        if self.lang.code == "en":
            return f"{day.day} {month} {day.year}"
        if self.lang.code == "de":
            return f"{day.day}. {month} {day.year}"
        if self.lang.code == "es":
            return f"{day.day} de {month} de {day.year}"
        return f"{day.day} {month} {day.year}"

    def review(self, target_bytes: int, review_day: date) -> str:
        """Return the whole review: a title, then sections of items until the size is reached."""
        title = self.lang.title.replace("{date}", self.date_text(review_day))
        parts = [f"# {title}" if self.shape == "markdown" else title]
        size = len(parts[0].encode())
        left_in_section = 0
        while size < target_bytes:  # stop at the first item past the target: sizes stay near it
            if left_in_section == 0:
                parts.append(self.heading())
                left_in_section = self.rng.randint(2, 6)
            elif self.shape in ("markdown", "capitals"):
                parts.append(self.rng.choice(SEPARATORS))
            parts.append(self.item(review_day))
            left_in_section -= 1
            size += len(parts[-1].encode()) + 4
        return "\n\n\n".join(parts) + "\n"


def target_size(rng: random.Random) -> int:
    """Return a file size in bytes: log-normal around the median, within the bounds."""
    size = int(rng.lognormvariate(math.log(MEDIAN_BYTES), SIZE_SIGMA))
    return max(MIN_BYTES, min(MAX_BYTES, size))


def encode(text: str, lang: str, rng: random.Random) -> tuple[bytes, str]:
    """Return the file's bytes in an encoding drawn by weight, with CRLF line ends sometimes."""
    if rng.random() < CRLF_RATE:
        text = text.replace("\n", "\r\n")
    choice = rng.choices(ENCODINGS, weights=[e.weight for e in ENCODINGS])[0].name
    if choice == "cp1252" and lang not in CP1252_LANGUAGES:
        choice = "utf-8"
    if choice == "cp1252":
        return text.encode("cp1252", errors="replace"), choice
    if choice == "mojibake":
        # What a Windows tool does to UTF-8 it takes for cp1252: bytes cp1252 leaves
        # undefined pass through as the Latin-1 character (ftfy's "sloppy" cp1252).
        garbled = "".join(SLOPPY_CP1252[b] for b in text.encode("utf-8"))
        return garbled.encode("utf-8"), choice
    return text.encode(choice), choice


def make_file(seed: int, index: int) -> tuple[str, bytes]:
    """Return the name and bytes of file ``index``; depends only on (seed, index)."""
    rng = random.Random(f"{seed}:{index}")  # str seeds are hashed with SHA-512: stable
    lang = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    shape = rng.choice(SHAPES)
    review_day = FIRST_DATE + timedelta(days=rng.randrange(3000))
    text = Writer(rng, LANGUAGES[lang], shape).review(target_size(rng), review_day)
    data, encoding = encode(text, lang, rng)
    suffix = ".md" if shape == "markdown" else ".txt"
    return f"{index:06d}_{lang}_{review_day:%Y%m%d}_{encoding}{suffix}", data


def generate(out: Path, files: int, seed: int) -> int:
    """Write ``files`` reviews into ``out``; return the bytes written."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(files):
        name, data = make_file(seed, index)
        (out / name).write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, write the inbox, print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000, help="number of files")
    parser.add_argument("--out", type=Path, required=True, help="inbox folder to write")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same files")
    args = parser.parse_args(argv)
    total = generate(args.out, args.files, args.seed)
    print(f"wrote {args.files} files, {total / 1e6:.1f} MB, into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
