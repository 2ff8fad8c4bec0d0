"""Citations as plain text for the clipboard: a quote with who said it and where, a passage, an article.

``“We are ready.” — Carlos Fernández de Cossío, CubaHeadlines, 5 February 2026 (Cuban Regime Confirms ...)``:
the speaker (or 'unattributed'), the outlet (for a web page without one, its
host), the date in words and the title. Every part is one line of text, with
any control character shown escaped, never sent to the terminal or clipboard.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from ..core.model import Briefing, Document, Passage, Quote
from .text import long_date, one_line, web_address

OPEN, CLOSE, DASH = "\u201c", "\u201d", "\u2014"


def outlet_of(doc: Document) -> str | None:
    """The article's outlet, else the host of its web address (None for a file with no outlet)."""
    if doc.outlet:
        return one_line(doc.outlet)
    address = web_address(doc.path)
    host = urlsplit(address).hostname if address else None
    return one_line(host) if host else None


def source_of(doc: Document) -> str:
    """'CubaHeadlines, 5 February 2026 (Title)': the outlet, the date and the title, as far as they are known."""
    parts = [p for p in (outlet_of(doc), long_date(doc.published)) if p]
    title = one_line(doc.title or doc.path)
    return ", ".join(parts) + (f" ({title})" if parts else title)


def speaker_name(briefing: Briefing, quote: Quote) -> str | None:
    """The name of the quote's speaker (None when it has none)."""
    return next((one_line(a.name) for a in briefing.actors if a.id == quote.speaker), None) if quote.speaker else None


def quote_citation(briefing: Briefing, quote: Quote) -> str:
    """'“...” — Speaker, Outlet, 2 February 2026 (Title)'."""
    speaker = speaker_name(briefing, quote) or "unattributed"
    return f"{OPEN}{one_line(quote.text)}{CLOSE} {DASH} {speaker}, {source_of(briefing.document(quote.doc))}"


def passage_citation(briefing: Briefing, passage: Passage) -> str:
    """'“...” — Outlet, 2 February 2026 (Title)' for a passage of an article."""
    doc = briefing.document(passage.doc)
    return f"{OPEN}{one_line(doc.text[passage.start : passage.end])}{CLOSE} {DASH} {source_of(doc)}"


def passages_citation(briefing: Briefing, passages: Iterable[Passage]) -> str:
    """Several passages (a shared pair, a fact), each cited on a line of its own."""
    return "\n".join(passage_citation(briefing, p) for p in passages)


def reference(doc: Document) -> str:
    """'Title. Outlet, by Author, 2026-02-05. (path)' for citing an article."""
    facts = ", ".join(one_line(f) for f in (doc.outlet, f"by {doc.author}" if doc.author else None, doc.published) if f)
    title = one_line(doc.title or doc.path)
    return f"{title}." + (f" {facts}." if facts else "") + f" ({one_line(doc.path)})"


def passages_at(briefing: Briefing, doc_id: str, offset: int) -> tuple[Passage, ...]:
    """The passage of document ``doc_id`` at ``offset``, then the passages of other documents aligned with it.

    The passage is the aligned one that holds ``offset`` when there is one (with every passage aligned to it),
    else the sentence that holds it alone (nothing when ``offset`` is between sentences).
    """
    mine: dict[Passage, list[Passage]] = {}
    for al in briefing.alignments:
        for here, there in ((al.a, al.b), (al.b, al.a)):
            if here.doc == doc_id and here.start <= offset < here.end:
                mine.setdefault(here, []).append(there)
    if mine:
        passage = min(mine, key=lambda p: (p.start, p.end))
        order = {d.id: i for i, d in enumerate(briefing.documents)}
        others = sorted(set(mine[passage]), key=lambda p: (order.get(p.doc, 0), p.start))
        return (passage, *others)
    doc = briefing.document(doc_id)
    sentence = next((s for s in doc.sentences if s.start <= offset < s.end), None)
    return (Passage(doc_id, sentence.start, sentence.end),) if sentence is not None else ()
