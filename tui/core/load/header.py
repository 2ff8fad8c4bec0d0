"""Read an article's header: headline, outlet, byline and date, from its first lines.

Works on the blocks of any format (pasted text, rendered Markdown, extracted
HTML). Metadata already known from front matter or meta tags wins; the header
lines themselves are taken out of the body, the standfirst stays in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache

from ..data import lines, word_set
from .dates import DateHit, find_dates
from .furniture import copyright_holder, is_furniture

HEADER_WINDOW = 14  # blocks from the top that may hold header lines

_BYLINE = re.compile(r"^(?:written |words |reporting |story |text )?by\s+(?P<who>.+)$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:\||\u2022|\u00b7|\u2014|\u2013|\s-\s|/|,|\s[>\u203a\u00bb]\s)\s*")
_NON_WORD = re.compile(r"\W+")
_FIRST_WORD = re.compile(r"\W*(\w*)")
_BREADCRUMB = re.compile(r"\s(?:\||/|>|\u203a|\u00bb)\s")
_REPORTING_FROM = re.compile(r"^(?:reporting|writing|additional reporting) (?:from|in)\b.{0,60}$", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)
_DATE_WORDS = re.compile(
    r"\b(?:first published|published|posted|updated|last updated|modified|last modified|on|at|"
    r"am|um|le|el|il)\b\s*:?",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?\u2026][\"\u201d\u2019')\]]*$")
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


@cache
def _timezones() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, lines("timezones.txt"))) + r")\b")


def _is_section(text: str) -> bool:
    """'World', 'Business', 'Healthcare & Pharmaceuticals': a section label, not an outlet."""
    folded = text.casefold().strip(" .:")
    return folded in word_set("sections.txt") or bool(re.search(r"\s(?:&|and)\s", folded))


def is_name(text: str) -> bool:
    """A personal name, or names joined by 'and': 'Jane O'Neill', 'Carlos Fernández de Cossío'."""
    text = text.strip()
    if not text or len(text) > 80 or _TERMINAL.search(text) or any(c.isdigit() for c in text):
        return False
    particles = word_set("name_particles.txt")
    heads = word_set("org_heads.txt")
    names = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    for name in names:
        tokens = name.split()
        capitals = [t for t in tokens if _NAME_TOKEN.match(t)]
        others = [t for t in tokens if not _NAME_TOKEN.match(t) and t.casefold() not in particles]
        if others or not 2 <= len(capitals) <= 5 or not _NAME_TOKEN.match(tokens[0]):
            return False
        if any(t.casefold().strip(".") in heads or _is_section(t) for t in tokens):
            return False
        if tokens[-1].casefold() in word_set("place_heads.txt"):
            return False  # "Gold Coast", "Porto Harbour": a place, not a byline
        if all(t.isupper() and len(t) > 1 for t in capitals):
            return False  # ALL CAPS words are labels or acronyms, not a byline
    return True


def _role_line(text: str) -> bool:
    """'Europe correspondent', 'Political editor': a byline's job title."""
    words = text.casefold().split()
    if not words or len(words) > 6 or _TERMINAL.search(text):
        return False
    roles = word_set("byline_roles.txt")
    return words[-1] in roles or " ".join(words[-2:]) in roles


@cache
def _agency_suffix() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(lines("news_agencies.txt"), key=len, reverse=True))
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
    kept = parts[:1] + [p for p in parts[1:] if is_name(p) and not _role_line(p)]
    who = ", ".join(kept).strip(" .,;:")
    if all(w.isupper() for w in who.split() if w.casefold() != "and") and any(c.isalpha() for c in who):
        who = " ".join(w.capitalize() if w.casefold() != "and" else "and" for w in who.split())
        who = re.sub(r"(?<=\b[OD]')([a-z])|(?<=\bMc)([a-z])", lambda m: m.group().upper(), who)
    return who or None


def _without_dates(line: str, hits: list[DateHit]) -> str:
    """The words of a date line that are not the date, its time or labels."""
    for hit in reversed(hits):
        line = line[: hit.start] + " " + line[hit.end :]
    line = _TIME.sub(" ", line)
    line = _timezones().sub(" ", line)
    line = _DATE_WORDS.sub(" ", line)
    return re.sub(r"\s+", " ", line).strip(" |\u2022\u00b7-\u2013\u2014,;:()")


def _is_date_line(text: str, hits: list[DateHit]) -> bool:
    """A dateline ('Mon 2 Mar 2026 09.15 EST', 'By X | 2 March 2026'), not a sentence with a date."""
    rest = _without_dates(text, hits).split()
    if len(rest) > 8 or _body_like(text):
        return False
    allowed = word_set("name_particles.txt") | {"by", "and", "min", "read", "mins"}
    return all(not w[:1].islower() or w.casefold() in allowed for w in rest)


def is_dateline(text: str, day_first: bool = True) -> bool:
    """A line that only gives a date (with its time, labels, perhaps a byline): never body text."""
    hits = find_dates(text, day_first)
    return bool(hits) and _is_date_line(text, hits)


def _body_like(text: str) -> bool:
    words = len(text.split())
    return len(text) >= 200 or (words >= 25 and bool(_TERMINAL.search(text)))


def _title_like(block: Block) -> bool:
    text = block.text
    if block.heading:
        return True
    if len(text) > 250 or text.endswith((":", ".")):
        return False  # headlines do not end with a full stop
    if _BREADCRUMB.search(text) and all(len(p.split()) <= 4 for p in _BREADCRUMB.split(text)):
        return False  # 'Reuters | World | Americas', 'Home / Economy' are label lines
    words = text.split()
    if len(words) >= 4:
        return True
    # three words make a headline only when one is not capitalised ("Talks stall again")
    return len(words) == 3 and any(w[:1].islower() for w in words)


def _outlet_line(text: str) -> bool:
    """'Continental Press', 'Reuters' alone on a header line: the publisher, not the story."""
    if not _label_like(text) or len(text.split()) > 4 or is_name(text):
        return False
    heads = word_set("org_heads.txt")
    return bool(_agency_suffix().fullmatch(text)) or any(w.casefold() in heads for w in text.split())


def _split_site(title: str) -> tuple[str, str | None]:
    """'Ministers agree on quotas | The Harbour Times' -> the headline and the site's name."""
    parts = title.split(" | ")
    if len(parts) >= 2 and len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 3:
        return " | ".join(parts[:-1]), parts[-1]
    return title, None


def _label_like(text: str) -> bool:
    """A short line, or short parts between separators: 'BBC News', 'Reuters | World | Americas'."""
    if _TERMINAL.search(text):
        return False
    return all(len(part.split()) <= 5 for part in _SEPARATORS.split(text))


def _same_text(a: str, b: str) -> bool:
    return _words_of(a) == _words_of(b)


def _words_of(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


@dataclass
class _Reader:
    """State while reading down the header lines."""

    known: Meta
    title: str | None = None
    title_seen: bool = False
    outlet: str | None = None
    author: str | None = None
    dates: list[DateHit] | None = None
    bylined: bool = False  # the author came from an explicit "By ..." line

    def byline(self, who: str) -> None:
        """An explicit byline wins over a name found alone under the headline."""
        if not self.bylined:
            self.author = clean_author(who) or self.author
            self.bylined = self.author is not None

    def label(self, text: str) -> None:
        """A short label: an outlet's name before the headline, or a section."""
        parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
        if len(parts) > 1 and _is_section(parts[0]):
            return  # "Sport | Swimming", "Home / India / Health": a section path
        for part in parts:
            if _is_section(part) or len(part.split()) > 5:
                continue
            if _BYLINE.match(part):
                self.byline(_BYLINE.sub(r"\g<who>", part))
            elif self.title_seen and is_name(part):
                self.author = self.author or clean_author(part)
            elif not self.title_seen and not self.outlet:
                self.outlet = part

    def date_line(self, text: str, hits: list[DateHit]) -> None:
        """A line with a date; what is left may be a byline or a section."""
        assert self.dates is not None
        self.dates.extend(hits)
        rest = _without_dates(text, hits)
        if not rest:
            return
        match = _BYLINE.match(rest)
        if match:
            self.byline(match.group("who"))
        elif is_name(clean_author(rest) or ""):
            self.author = self.author or clean_author(rest)
        else:
            self.label(rest)


def read_header(blocks: list[Block], known: Meta, day_first: bool = True) -> tuple[Meta, list[Block]]:  # noqa: C901 - split up with the header redesign
    """Metadata from the header lines, and the blocks that remain as the body."""
    reader = _Reader(known=known, title=known.title, title_seen=known.title is not None, dates=[])
    body: list[Block] = []
    since_title = 0
    prose_started = previous_was_title = tagline = byline_after_title = False
    for index, block in enumerate(blocks):
        text = block.text
        if index >= HEADER_WINDOW or (reader.title_seen and _body_like(text)):
            body.extend(blocks[index:])
            break
        if reader.title_seen:
            since_title += 1
        hits = find_dates(text, day_first)
        if hits and _is_date_line(text, hits):
            reader.date_line(text, hits)
            byline_after_title = byline_after_title or reader.title_seen
            tagline = previous_was_title and reader.author is None and known.title is None
            previous_was_title = False
            continue
        if is_furniture(text):
            reader.outlet = reader.outlet or copyright_holder(text)
            continue
        if tagline and _title_like(block) and not _TERMINAL.search(text) and not _BYLINE.match(text):
            # "PRIVACY PULSE / Data protection news, every Friday / Issue #87 | May 15 / Headline":
            # a headline right under the dateline replaces the masthead's tagline read before it
            reader.title, tagline = text, False
            continue
        tagline = previous_was_title = False
        byline = _BYLINE.match(text)
        if byline and len(text.split()) <= 14 and not _TERMINAL.search(text):
            reader.byline(byline.group("who"))
            byline_after_title = byline_after_title or reader.title_seen
            continue
        if reader.title and _same_text(text, reader.title):
            reader.title_seen = True
            continue
        if not reader.title_seen and reader.title is None and not body:
            if _title_like(block):
                reader.title, site = _split_site(text)
                reader.title_seen = previous_was_title = True
                if site:
                    reader.label(site)
                continue
            if _label_like(text):
                reader.label(text)
                continue
        if reader.title_seen and since_title <= 8 and not block.heading and not prose_started:
            if _role_line(text) or _REPORTING_FROM.match(text):
                continue
            who = clean_author(text)
            if reader.author is None and since_title <= 4 and who and is_name(who) and len(text.split()) <= 10:
                reader.author = who
                byline_after_title = True
                continue
            if _outlet_line(text):
                reader.outlet = reader.outlet or text
                continue
            if byline_after_title and len(text.split()) >= 6 and not _TERMINAL.search(text):
                continue  # a photo caption between the byline (or dateline) and the story
        if reader.title_seen and _TERMINAL.search(text):
            prose_started = True
        body.append(block)
    found = Meta(
        title=reader.title,
        outlet=reader.outlet,
        author=reader.author,
        published=choose_published(reader.dates or []),
    )
    return known.or_else(found), body


def choose_published(hits: list[DateHit]) -> str | None:
    """The first publication date: a labelled one, else the earliest unlabelled, else any."""
    for label in ("published", "", "updated"):
        dates = [h.iso for h in hits if h.label == label]
        if dates:
            return min(dates)
    return None


def drop_repeated_title(blocks: list[Block], title: str | None) -> list[Block]:
    """Remove copies of the headline from the body (pages often print it twice)."""
    if not title:
        return blocks
    words, lead = _words_of(title), _first_word(title)
    # (a block that starts with another word cannot be the headline: most are skipped without normalising)
    return [b for b in blocks if _first_word(b.text) != lead or _words_of(b.text) != words]


def _first_word(text: str) -> str:
    match = _FIRST_WORD.match(text)  # \W*(\w*) always matches
    return match.group(1).casefold() if match else ""
