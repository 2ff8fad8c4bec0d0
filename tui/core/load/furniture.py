"""Recognise page furniture: share buttons, prompts, captions, copyright lines, link lists.

The patterns live in ``core/data/furniture.txt`` and ``list_headings.txt``.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import LEXICON
from ..sentence_end import SENTENCE_OR_QUOTE_END_ANY_SCRIPT
from .dates import find_dates
from .header_lines import word_count

_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)?\d\d)?\b")
_AP = re.compile(r"\bap\b")


def _names_a_source(line: str) -> bool:
    folded = line.casefold()
    return any(word in folded for word in LEXICON.credit_words) or bool(_AP.search(folded))


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
_RIGHTS = re.compile(r"\ball rights reserved\b.*$", re.IGNORECASE)


@cache
def _furniture() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in LEXICON.furniture_patterns), re.IGNORECASE)


@cache
def _list_headings() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in LEXICON.list_heading_patterns), re.IGNORECASE)


def _bare(line: str) -> str:
    return line.strip().strip(" :\u2022\u00b7|>-\u2013\u2014_*=~#").strip()


def is_furniture(line: str) -> bool:
    """A line that belongs to the page around the article, not to the article."""
    bare = _bare(line)
    if not bare:
        return True
    if len(bare) > 330:
        return False  # every furniture pattern is shorter: a long paragraph is article text
    if len(bare) > 100 and not _names_a_source(bare):
        return False  # long furniture lines are captions and credits, which name their source
    return bool(_furniture().fullmatch(bare))


def is_list_heading(line: str) -> bool:
    """'More from World', 'Related stories', 'Most read': a list of links follows."""
    return bool(_list_headings().fullmatch(_bare(line)))


def is_headline_like(line: str) -> bool:
    """A line that reads as a headline or link, not as a sentence of prose."""
    if len(find_dates(line)) >= 2:
        return True
    return not SENTENCE_OR_QUOTE_END_ANY_SCRIPT.search(line.strip())


def copyright_holder(line: str) -> str | None:
    """'© CubaHeadlines 2026' -> 'CubaHeadlines'; None for other lines."""
    bare = line.strip()
    match = _COPYRIGHT.match(bare)
    if not match:
        return None
    holder = _RIGHTS.sub("", bare[match.end() :])
    holder = _YEARS.sub("", holder).strip(" .,;:-\u2013\u2014|")
    if not holder or len(holder.split()) > 6:
        return None
    return holder


def _list_item(line: str) -> bool:
    """A line of a link list: a headline, a numbered item, or a short question or label."""
    return (
        is_headline_like(line)
        or bool(_NUMBERED.match(line))
        or (word_count(line) <= 14 and not line.rstrip().endswith((".", "\u3002")))
    )


def _label(line: str) -> bool:
    return word_count(line) <= 4 and not SENTENCE_OR_QUOTE_END_ANY_SCRIPT.search(line.strip())


def drop_link_lists(blocks: list[str]) -> list[str]:
    """Remove link-list headings with the items under them, and a trailing run of topic tags."""
    out: list[str] = []
    skipping = False
    for block in blocks:
        if is_list_heading(block):
            skipping = True
            continue
        if skipping and _list_item(block):
            continue
        skipping = False
        out.append(block)
    tail = len(out)
    while tail > 0 and _label(out[tail - 1]):
        tail -= 1
    if len(out) - tail >= 2:  # "Portugal / Oil spills / Shipping": topic tags at the very end
        out = out[:tail]
    return out
