"""Read an article's header: headline, outlet, byline and date, from its first lines.

Works on the blocks of any format (pasted text, rendered Markdown, extracted
HTML). Metadata already known from front matter or meta tags wins; the header
lines themselves are taken out of the body, the standfirst stays in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DateHit, find_dates
from .furniture import copyright_holder, is_furniture
from .header_lines import (
    BYLINE,
    REPORTING_FROM,
    SEPARATORS,
    TERMINAL,
    Block,
    Meta,
    body_like,
    clean_author,
    is_date_line,
    is_dateline,
    is_name,
    is_section,
    label_like,
    outlet_line,
    role_line,
    same_text,
    split_site,
    title_like,
    without_dates,
    word_count,
    words_of,
)

__all__ = ["Block", "Header", "Meta", "choose_published", "drop_repeated_title", "is_dateline", "read_header"]


HEADER_WINDOW = 14  # blocks from the top that may hold header lines
_FIRST_WORD = re.compile(r"\W*(\w*)")


@dataclass
class _State:
    """Everything known while reading down the header lines, in one place."""

    known: Meta
    title: str | None = None
    title_seen: bool = False  # the headline has been read (or was known from metadata)
    outlet: str | None = None
    author: str | None = None
    bylined: bool = False  # the author came from an explicit "By ..." line
    dates: list[DateHit] = field(default_factory=list)
    since_title: int = 0  # blocks read since the headline
    previous_was_title: bool = False
    tagline: bool = False  # the "headline" read was a masthead's tagline: a headline under the dateline replaces it
    dated_after_title: bool = False  # a byline or date line came after the headline: captions may follow
    prose_started: bool = False
    left: int = 0  # blocks after the one being read
    body: list[Block] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)

    def byline(self, who: str) -> None:
        """An explicit byline wins over a name found alone under the headline."""
        if not self.bylined:
            self.author = clean_author(who) or self.author
            self.bylined = self.author is not None

    def label(self, text: str) -> None:
        """A short label: an outlet's name before the headline, or a section."""
        parts = [p.strip() for p in SEPARATORS.split(text) if p.strip()]
        if len(parts) > 1 and is_section(parts[0]):
            return  # "Sport | Swimming", "Home / India / Health": a section path
        for part in parts:
            if is_section(part) or word_count(part) > 5:
                continue
            if BYLINE.match(part):
                self.byline(BYLINE.sub(r"\g<who>", part))
            elif self.title_seen and is_name(part):
                self.author = self.author or clean_author(part)
            elif not self.title_seen and not self.outlet:
                self.outlet = part


# -- the rules, tried in order on each header block; each says whether it took the block ----------------
def _date_line(state: _State, block: Block, hits: list[DateHit]) -> bool:
    """'Mon 2 Mar 2026 09.15 EST', 'By X | 2 March 2026': a date, perhaps with a byline or a section."""
    if not hits or not is_date_line(block.text, hits):
        return False
    state.dates.extend(hits)
    rest = without_dates(block.text, hits)
    match = BYLINE.match(rest) if rest else None
    if match:
        state.byline(match.group("who"))
    elif rest and is_name(clean_author(rest) or ""):
        state.author = state.author or clean_author(rest)
    elif rest:
        state.label(rest)
    state.dated_after_title = state.dated_after_title or state.title_seen
    state.tagline = state.previous_was_title and state.author is None and state.known.title is None
    state.previous_was_title = False
    return True


def _furniture(state: _State, block: Block, hits: list[DateHit]) -> bool:
    """Share buttons, copyright lines: the copyright holder may name the outlet."""
    if not is_furniture(block.text):
        return False
    state.outlet = state.outlet or copyright_holder(block.text)
    return True


def _headline_under_dateline(state: _State, block: Block, hits: list[DateHit]) -> bool:
    """'PRIVACY PULSE / Data protection news, every Friday / Issue #87 | May 15 / Headline': the headline
    right under the dateline replaces the masthead's tagline read before it (unless nothing would be left
    for the story: then the first line was the headline, and this one is the story)."""
    take = (
        state.tagline
        and state.left > 0
        and title_like(block)
        and not TERMINAL.search(block.text)
        and not BYLINE.match(block.text)
    )
    if take:
        state.title = block.text
    state.tagline = state.previous_was_title = False
    return take


def _byline(state: _State, block: Block, hits: list[DateHit]) -> bool:
    """'By Jane Roe and John Doe'."""
    match = BYLINE.match(block.text)
    if not match or word_count(block.text) > 14 or TERMINAL.search(block.text):
        return False
    state.byline(match.group("who"))
    state.dated_after_title = state.dated_after_title or state.title_seen
    return True


def _repeated_headline(state: _State, block: Block, hits: list[DateHit]) -> bool:
    """The headline printed again (or the one known from metadata, printed)."""
    if not state.title or not same_text(block.text, state.title):
        return False
    state.title_seen = True
    return True


def _headline(state: _State, block: Block, hits: list[DateHit]) -> bool:
    """The first headline-like block is the headline ('Headline | Site' gives the site too); short label
    lines before it are the outlet's name or a section."""
    if state.title_seen or state.title is not None or state.body:
        return False
    if title_like(block):
        state.title, site = split_site(block.text)
        state.title_seen = state.previous_was_title = True
        if site:
            state.label(site)
        return True
    if label_like(block.text):
        state.label(block.text)
        return True
    return False


def _under_headline(state: _State, block: Block, hits: list[DateHit]) -> bool:
    """Between the headline and the story: job titles, 'Reporting from', a name alone (the author), the
    outlet's name, and photo captions after a byline or date line."""
    if not state.title_seen or state.since_title > 8 or block.heading or state.prose_started:
        return False
    text = block.text
    if role_line(text) or REPORTING_FROM.match(text):
        return True
    who = clean_author(text)
    if state.author is None and state.since_title <= 4 and who and is_name(who) and _short_label(text):
        state.author = who
        state.dated_after_title = True
        return True
    if outlet_line(text):
        state.outlet = state.outlet or text
        return True
    if state.dated_after_title and word_count(text) >= 6 and not TERMINAL.search(text):
        state.captions.append(block)  # (kept aside: a brief may have nothing else)
        return True
    return False


def _short_label(text: str) -> bool:
    """At most ten words and no full stop at the end: a name line, not a sentence that begins with a name."""
    return word_count(text) <= 10 and not TERMINAL.search(text)


_RULES = (_date_line, _furniture, _headline_under_dateline, _byline, _repeated_headline, _headline, _under_headline)


@dataclass(frozen=True, slots=True)
class Header:
    """What the header lines gave: the metadata, the body's blocks, and the lines read as captions."""

    meta: Meta
    body: list[Block]
    captions: list[Block]


def read_header(blocks: list[Block], known: Meta, day_first: bool = True) -> Header:
    """Metadata from the header lines, and the blocks that remain as the body.

    Args:
        blocks: the article's blocks, in order.
        known: metadata given explicitly (front matter, meta tags), which wins.
        day_first: how the article writes numeric dates.

    Returns:
        The metadata, the body's blocks, and the blocks skipped as photo captions.
    """
    state = _State(known=known, title=known.title, title_seen=known.title is not None)
    for index, block in enumerate(blocks):
        if index >= HEADER_WINDOW or (state.title_seen and body_like(block.text)):
            state.body.extend(blocks[index:])
            break
        if state.title_seen:
            state.since_title += 1
        state.left = len(blocks) - index - 1
        hits = find_dates(block.text, day_first)
        if any(rule(state, block, hits) for rule in _RULES):
            continue
        if state.title_seen and TERMINAL.search(block.text):
            state.prose_started = True
        state.body.append(block)
    found = Meta(title=state.title, outlet=state.outlet, author=state.author, published=choose_published(state.dates))
    return Header(known.or_else(found), state.body, state.captions)


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
    words, lead = words_of(title), _first_word(title)
    # (a block that starts with another word cannot be the headline: most are skipped without normalising)
    return [b for b in blocks if _first_word(b.text) != lead or words_of(b.text) != words]


def _first_word(text: str) -> str:
    match = _FIRST_WORD.match(text)  # \W*(\w*) always matches
    return match.group(1).casefold() if match else ""
