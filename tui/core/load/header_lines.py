"""What a line near the top of an article is: a byline, a date line, a headline, a label, an outlet's name.

The classifiers the header reader (``header``) uses, one question each, and
the ``Meta`` and ``Block`` values every loader produces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache

from ..lexicon import LEXICON
from ..sentence_end import SENTENCE_END_ANY_SCRIPT
from .dates import DateHit, find_dates

BYLINE = re.compile(r"^(?:written |words |reporting |story |text )?by\s+(?P<who>.+)$", re.IGNORECASE)
SEPARATORS = re.compile(r"\s*(?:\||\u2022|\u00b7|\u2014|\u2013|\s-\s|/|,|\s[>\u203a\u00bb]\s)\s*")
_NON_WORD = re.compile(r"\W+")
_FIRST_WORD = re.compile(r"\W*(\w*)")
_BREADCRUMB = re.compile(r"\s(?:\||/|>|\u203a|\u00bb)\s")
REPORTING_FROM = re.compile(r"^(?:reporting|writing|additional reporting) (?:from|in)\b.{0,60}$", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)
_DATE_WORDS = re.compile(
    r"\b(?:first published|published|posted|updated|last updated|modified|last modified|on|at|"
    r"am|um|le|el|il)\b\s*:?",
    re.IGNORECASE,
)
# a header line ends a sentence with the stops of Chinese and Japanese too
TERMINAL = SENTENCE_END_ANY_SCRIPT
# ideographs and kana: scripts written without spaces between words
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z\u00c0-\u00de\u0100-\u024f][\w'\u2019.-]*|(?:al|el|bin|ibn)-[A-Z][\w'\u2019-]*)$")


@dataclass(frozen=True, slots=True)
class Meta:
    """Article metadata; None where the article does not say."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None

    def or_else(self, other: Meta) -> Meta:
        """These values, with the gaps filled from ``other``."""
        return Meta(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-sized block of source text; ``heading`` if marked up as one."""

    text: str
    heading: bool = False


def word_count(text: str) -> int:
    """The words of a line, each ideograph or kana counted as one (Chinese and Japanese have no spaces).

    Args:
        text: a header line or block.

    Returns:
        The number of space-separated words, plus one for every ideograph or kana beyond the first of a word.
    """
    words = len(text.split())
    if not _UNSPACED.search(text):
        return words
    return len(_UNSPACED.sub(r" \g<0> ", text).split())


def _caseless(word: str) -> bool:
    """A word of a script without capitals (Korean, Chinese, Arabic...): its case says nothing."""
    first = word[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


@cache
def _timezones() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, LEXICON.timezone_names)) + r")\b")


def is_section(text: str) -> bool:
    """'World', 'Business', 'Healthcare & Pharmaceuticals': a section label, not an outlet."""
    folded = text.casefold().strip(" .:")
    return folded in LEXICON.sections or bool(re.search(r"\s(?:&|and)\s", folded))


def is_name(text: str) -> bool:
    """A personal name, or names joined by 'and': 'Jane O'Neill', 'Carlos Fernández de Cossío'."""
    text = text.strip()
    if not text or len(text) > 80 or TERMINAL.search(text) or any(c.isdigit() for c in text):
        return False
    particles = LEXICON.particle_spellings
    heads = LEXICON.org_heads
    names = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    for name in names:
        tokens = name.split()
        capitals = [t for t in tokens if _NAME_TOKEN.match(t)]
        others = [t for t in tokens if not _NAME_TOKEN.match(t) and t.casefold() not in particles]
        if others or not 2 <= len(capitals) <= 5 or not _NAME_TOKEN.match(tokens[0]):
            return False
        if any(t.casefold().strip(".") in heads or is_section(t) for t in tokens):
            return False
        if tokens[-1].casefold() in LEXICON.place_heads:
            return False  # "Gold Coast", "Porto Harbour": a place, not a byline
        if all(t.isupper() and len(t) > 1 for t in capitals):
            return False  # ALL CAPS words are labels or acronyms, not a byline
    return True


def role_line(text: str) -> bool:
    """'Europe correspondent', 'Political editor': a byline's job title."""
    words = text.casefold().split()
    if not words or len(words) > 6 or TERMINAL.search(text):
        return False
    roles = LEXICON.byline_roles
    return words[-1] in roles or " ".join(words[-2:]) in roles


@cache
def _agency_suffix() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(LEXICON.news_agency_names, key=len, reverse=True))
    return re.compile(rf"(?:,|\bfor|\bof)?\s*\(?(?:{names})\)?$", re.IGNORECASE)


def clean_author(who: str) -> str | None:
    """'Jane Doe in Brussels, Europe correspondent | Reuters' -> 'Jane Doe'."""
    who = re.split(r"\s+\|\s+|\s+\u2022\s+|\s+\u00b7\s+|\s+-\s+", who)[0]
    who = re.sub(r"\s*\([^)]*\)?\s*$", "", who)  # "(with dpa, AFP)"
    who = re.sub(r"\s+(?:in|at|from)\s+[A-Z][\w .'-]*$", "", who)
    who = _agency_suffix().sub("", who)
    parts = [p for p in re.split(r",\s*", who) if p]
    # "Jane Doe, John Roe and Ana Ruiz" keeps every name; "Jane Doe, Staff Writer" or
    # "Jane Doe, The Harbour Times" keeps only the name.
    kept = parts[:1] + [p for p in parts[1:] if is_name(p) and not role_line(p)]
    who = ", ".join(kept).strip(" .,;:")
    if all(w.isupper() for w in who.split() if w.casefold() != "and") and any(c.isalpha() for c in who):
        who = " ".join(w.capitalize() if w.casefold() != "and" else "and" for w in who.split())
        who = re.sub(r"(?<=\b[OD]')([a-z])|(?<=\bMc)([a-z])", lambda m: m.group().upper(), who)
    return who or None


def without_dates(line: str, hits: list[DateHit]) -> str:
    """The words of a date line that are not the date, its time or labels."""
    for hit in reversed(hits):
        line = line[: hit.start] + " " + line[hit.end :]
    line = _TIME.sub(" ", line)
    line = _timezones().sub(" ", line)
    line = _DATE_WORDS.sub(" ", line)
    return re.sub(r"\s+", " ", line).strip(" |\u2022\u00b7-\u2013\u2014,;:()")


def is_date_line(text: str, hits: list[DateHit]) -> bool:
    """A dateline ('Mon 2 Mar 2026 09.15 EST', 'By X | 2 March 2026'), not a sentence with a date."""
    rest = without_dates(text, hits).split()
    if len(rest) > 8 or body_like(text):
        return False
    allowed = LEXICON.particle_spellings | LEXICON.dateline_words
    return all(not w[:1].islower() or w.casefold() in allowed for w in rest)


def is_dateline(text: str, day_first: bool = True) -> bool:
    """A line that only gives a date (with its time, labels, perhaps a byline): never body text."""
    hits = find_dates(text, day_first)
    return bool(hits) and is_date_line(text, hits)


def body_like(text: str) -> bool:
    """A block long enough, or a sentence of enough words, to be the story's prose."""
    words = word_count(text)
    return len(text) >= 200 or (words >= 25 and bool(TERMINAL.search(text)))


def title_like(block: Block) -> bool:
    text = block.text
    if block.heading:
        return True
    if len(text) > 250 or text.endswith((":", ".")):
        return False  # headlines do not end with a full stop
    if _BREADCRUMB.search(text) and all(len(p.split()) <= 4 for p in _BREADCRUMB.split(text)):
        return False  # 'Reuters | World | Americas', 'Home / Economy' are label lines
    if word_count(text) >= 4:
        return True
    # three words make a headline only when one is not capitalised ("Talks stall again"), or in a script
    # without capitals
    words = text.split()
    return len(words) == 3 and any(w[:1].islower() or _caseless(w) for w in words)


def outlet_line(text: str) -> bool:
    """'Continental Press', 'Reuters' alone on a header line: the publisher, not the story."""
    if not label_like(text) or len(text.split()) > 4 or is_name(text):
        return False
    heads = LEXICON.org_heads
    return bool(_agency_suffix().fullmatch(text)) or any(w.casefold() in heads for w in text.split())


def split_site(title: str) -> tuple[str, str | None]:
    """'Ministers agree on quotas | The Harbour Times' -> the headline and the site's name."""
    parts = title.split(" | ")
    if len(parts) >= 2 and len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 3:
        return " | ".join(parts[:-1]), parts[-1]
    return title, None


def label_like(text: str) -> bool:
    """A short line, or short parts between separators: 'BBC News', 'Reuters | World | Americas'."""
    if TERMINAL.search(text):
        return False
    return all(word_count(part) <= 5 for part in SEPARATORS.split(text))


def same_text(a: str, b: str) -> bool:
    return words_of(a) == words_of(b)


def words_of(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()
