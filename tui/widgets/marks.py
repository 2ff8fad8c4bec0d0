"""Highlight marks: which ranges of an article are styled, and by which component class.

One module for every view of an article: the reader marks actors, quotes,
the selected actor and the current quote; the split view marks actors, the
shared passages and the words that differ. The component classes are those
of ``ArticleView``, so themes recolour every mark.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..core.model import Briefing


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted range of the text and the component class that styles it."""

    start: int
    end: int
    component: str
    key: str = ""  # the actor or quote it belongs to (or a label, in a gutter)


PERSON = "article-view--person"
ORGANIZATION = "article-view--organization"
COUNTRY = "article-view--country"
QUOTE = "article-view--quote"
SELECTED = "article-view--selected"
CURRENT = "article-view--current"
SHARED = "article-view--shared"
CHANGED = "article-view--changed"
ONLY_HERE = "article-view--only-here"

KIND_CLASS = {"person": PERSON, "organization": ORGANIZATION, "country": COUNTRY}
ACTOR_CLASSES = frozenset(KIND_CLASS.values())


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
    """Highlights of one article in the reader: quotes, actor mentions by kind, the selected actor, the current quote."""
    marks: list[Mark] = []
    for q in briefing.quotes:
        if q.doc == doc_id:
            marks.append(Mark(q.start, q.end, QUOTE, q.id))
            if q.id == current_quote:
                marks.append(Mark(q.start, q.end, CURRENT, q.id))
    marks += actor_marks(briefing, doc_id)
    for actor in briefing.actors:
        if actor.id == selected_actor:
            marks += [Mark(m.start, m.end, SELECTED, actor.id) for m in actor.mentions if m.doc == doc_id]
    return marks


def pane_marks(
    briefing: Briefing, doc_id: str, passages: Iterable[tuple[int, int]], changed: Iterable[tuple[int, int]]
) -> list[Mark]:
    """Highlights of one side of the split view: shared passages, the words that differ, actors."""
    marks = [Mark(s, e, SHARED) for s, e in passages]
    marks += [Mark(s, e, CHANGED) for s, e in changed]
    return marks + actor_marks(briefing, doc_id)
