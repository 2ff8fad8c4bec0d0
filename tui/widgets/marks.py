"""Highlight marks: which ranges of an article are styled, and by which component class.

One module for every view of an article: the reader marks actors, quotes,
the selected actor and the current quote; the split view marks actors, the
shared passages and the words that differ. The component classes are those
of ``ArticleView``, so themes recolour every mark.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..core.model import Briefing, Document


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted range of the text and the component class that styles it."""

    start: int
    end: int
    component: str
    key: str = ""  # the actor or quote it belongs to (or a label, in a gutter)


HEADLINE = "article-view--headline"
PERSON = "article-view--person"
ORGANIZATION = "article-view--organization"
COUNTRY = "article-view--country"
QUOTE = "article-view--quote"
SELECTED = "article-view--selected"
CURRENT = "article-view--current"
SHARED = "article-view--shared"
CHANGED = "article-view--changed"
ONLY_HERE = "article-view--only-here"
DIFFERS = "article-view--differs"

LINK = "article-view--link"
MATCH = "article-view--match"
CURRENT_MATCH = "article-view--current-match"

KIND_CLASS = {"person": PERSON, "organization": ORGANIZATION, "country": COUNTRY}
LAYER = {
    HEADLINE: 0,
    SHARED: 0,
    QUOTE: 0,
    PERSON: 1,
    ORGANIZATION: 1,
    COUNTRY: 1,
    CURRENT: 2,
    LINK: 2,
    CHANGED: 3,
    DIFFERS: 3,
    SELECTED: 4,
    MATCH: 5,
    CURRENT_MATCH: 6,
}
"""The order marks are drawn in where they overlap (a later layer wins): passages and quotes, the actors
inside them, the current quote and links, changed words, the selected actor, then find matches."""
ACTOR_CLASSES = frozenset(KIND_CLASS.values())


class MarkSet:
    """Marks sorted by start, to find the ones over a range of the text quickly."""

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.marks]
        self._reach: list[int] = []  # the furthest end of any mark up to each index
        for mark in self.marks:
            self._reach.append(max(mark.end, self._reach[-1] if self._reach else 0))

    def over(self, start: int, end: int) -> list[Mark]:
        """The marks that overlap ``[start, end)``, in drawing order (by layer, then by start)."""
        j = bisect_left(self._starts, start)
        while j > 0 and self._reach[j - 1] > start:  # marks that begin before may still cover the range
            j -= 1
        found = [m for m in self._until(j, end) if m.end > start]
        return sorted(found, key=lambda m: LAYER.get(m.component, 0))

    def _until(self, j: int, end: int) -> Iterator[Mark]:
        for mark in self.marks[j:]:
            if mark.start >= end:
                return
            yield mark

    def at(self, offset: int) -> tuple[Mark, ...]:
        """The marks that contain text ``offset``."""
        return tuple(self.over(offset, offset + 1))


def actor_marks(briefing: Briefing, doc_id: str) -> list[Mark]:
    """Every actor mention of one article, styled by the actor's kind."""
    marks: list[Mark] = []
    for actor in briefing.actors:
        component = KIND_CLASS.get(actor.kind)
        if component:
            marks += [Mark(m.start, m.end, component, actor.id) for m in actor.mentions if m.doc == doc_id]
    return marks


def article_marks(
    briefing: Briefing, doc_id: str, selected_actor: str | None = None, current_quote: str | None = None
) -> list[Mark]:
    """Highlights of one article in the reader: its headline, quotes, actor mentions, links, the selected actor,
    the current quote."""
    marks: list[Mark] = []
    headline = briefing.document(doc_id).headline
    if headline is not None:
        marks.append(Mark(headline.start, headline.end, HEADLINE))
    for q in briefing.quotes:
        if q.doc == doc_id:
            marks.append(Mark(q.start, q.end, QUOTE, q.id))
            if q.id == current_quote:
                marks.append(Mark(q.start, q.end, CURRENT, q.id))
    marks += actor_marks(briefing, doc_id)
    marks += [Mark(link.start, link.end, LINK, link.url) for link in briefing.document(doc_id).links]
    for actor in briefing.actors:
        if actor.id == selected_actor:
            marks += [Mark(m.start, m.end, SELECTED, actor.id) for m in actor.mentions if m.doc == doc_id]
    return marks


def pane_marks(
    briefing: Briefing,
    doc_id: str,
    passages: Iterable[tuple[int, int]],
    changed: Iterable[tuple[int, int]],
    current: tuple[int, int] | None = None,
    differs: Iterable[tuple[int, int]] = (),
) -> list[Mark]:
    """Highlights of one side of the split view: shared passages, the current pair's passage, the words that
    differ, the values on which the two articles disagree, actors."""
    marks = [Mark(s, e, SHARED) for s, e in passages]
    if current is not None:
        marks.append(Mark(current[0], current[1], CURRENT))
    marks += [Mark(s, e, CHANGED) for s, e in changed]
    marks += [Mark(s, e, DIFFERS) for s, e in differs]
    return marks + actor_marks(briefing, doc_id)


def match_marks(doc: Document, query: str, current: tuple[int, int] | None = None) -> list[Mark]:
    """Every match of ``query`` in ``doc``, and the ``current`` one (start, end) marked as such."""
    from ..core.find import find_all

    marks = [Mark(span.start, span.end, MATCH) for span in find_all(doc.text, query)]
    if current is not None:
        marks.append(Mark(current[0], current[1], CURRENT_MATCH))
    return marks
