"""The report as one self-contained HTML page: inline CSS, no scripts, no requests, readable when printed.

Everything that comes from the articles (text, titles, names, paths,
addresses) is escaped with ``html.escape``; a content security policy forbids
scripts and every request besides, should anything slip through. The only
links are the articles' own web addresses and anchors inside the page.
Actors are marked by kind and quotes as quotes, as in the reader.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from html import escape
from itertools import pairwise

from .. import __version__
from ..core.model import Briefing, Document, Passage
from .cite import CLOSE, OPEN, outlet_of
from .markdown import KIND_NAMES, NOT_ANALYSED, summary_line
from .report import QuoteRow, Report, StoryReport
from .stories import DiscrepancyView, FactView
from .style import style_sheet
from .text import flat, long_date, one_line, web_address

POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
KIND_CLASSES = {"person": "person", "organization": "organization", "country": "country"}


def text(value: str) -> str:
    """Any text that is not ours, on one line and escaped."""
    return escape(one_line(value), quote=True)


class Highlighter:
    """Marks actors (by kind) and quotes in passages of the documents, as in the reader."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        marks: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for actor in briefing.actors:
            kind = KIND_CLASSES.get(actor.kind)
            if kind:
                for m in actor.mentions:
                    marks[m.doc].append((m.start, m.end, kind))
        for quote in briefing.quotes:
            marks[quote.doc].append((quote.start, quote.end, "quote"))
        self.marks = {doc: sorted(found) for doc, found in marks.items()}
        self.starts = {doc: [m[0] for m in found] for doc, found in self.marks.items()}
        self.longest = {doc: max(e - s for s, e, _ in found) for doc, found in self.marks.items()}

    def passage(self, passage: Passage) -> str:
        """The passage's text, escaped, with its actors and quotes in spans of their classes."""
        doc, start, end = passage.doc, passage.start, passage.end
        source = self.briefing.document(doc).text
        found = self.marks.get(doc, [])
        first = bisect_left(self.starts.get(doc, []), start - self.longest.get(doc, 0))
        over = []
        for s, e, cls in found[first:]:
            if s >= end:
                break
            if e > start:
                over.append((max(s, start), min(e, end), cls))
        cuts = sorted({start, end, *(s for s, _, _ in over), *(e for _, e, _ in over)})
        out = []
        for a, b in pairwise(cuts):
            piece = escape(flat(source[a:b]), quote=True)
            classes = sorted({cls for s, e, cls in over if s <= a and b <= e})
            out.append(f'<span class="{" ".join(classes)}">{piece}</span>' if classes else piece)
        return "".join(out).strip()


def _anchor(story: StoryReport, number: int) -> str:
    return f"story-{_index(story)}-source-{number}"


def _index(story: StoryReport) -> str:
    return str(story.number)


def _ref(story: StoryReport, number: int) -> str:
    return f'<a class="label" href="#{_anchor(story, number)}">[{number}]</a>'


def _source(story: StoryReport, number: int, doc: Document) -> str:
    facts = [text(f) for f in (outlet_of(doc), f"by {doc.author}" if doc.author else None) if f]
    date = long_date(doc.published)
    facts += [escape(date)] if date else []
    address = web_address(doc.path)
    where = (
        f'<a class="path" href="{escape(address, quote=True)}" rel="noreferrer">{text(address)}</a>'
        if address
        else f'<span class="path">{text(doc.path)}</span>'
    )
    return (
        f'<li id="{_anchor(story, number)}"><cite>{text(doc.title or doc.path)}</cite><br>'
        f'<span class="muted">{" · ".join(facts)}</span>{" · " if facts else ""}{where}</li>'
    )


def _sources(story: StoryReport) -> Iterator[str]:
    yield '<section class="sources"><h3>Sources</h3><ol>'
    yield from (_source(story, s.number, s.document) for s in story.sources)
    yield "</ol></section>"


def _actors(story: StoryReport) -> Iterator[str]:
    yield '<section class="actors"><h3>Actors</h3>'
    if not story.actors:
        yield "<p>No actors found.</p></section>"
        return
    yield '<table><thead><tr><th>Actor</th><th>Kind</th><th class="n">Sources</th><th class="n">Mentions</th></tr>'
    yield "</thead><tbody>"
    for row in story.actors:
        cls = KIND_CLASSES.get(row.actor.kind, "")
        yield (
            f'<tr><td><span class="{cls}">{text(row.actor.name)}</span></td>'
            f"<td>{KIND_NAMES.get(row.actor.kind, 'other')}</td>"
            f'<td class="n">{row.sources}</td><td class="n">{row.mentions}</td></tr>'
        )
    yield "</tbody></table></section>"


def _quote(marks: Highlighter, story: StoryReport, row: QuoteRow) -> str:
    quote = row.quote
    said = marks.passage(Passage(quote.doc, quote.start, quote.end))
    speaker = f"<b>{text(row.speaker)}</b>" if row.speaker else '<span class="muted">unattributed</span>'
    notes = ["partial"] if quote.kind == "partial" else []
    for c in row.carried:
        where = (
            _ref(story, c.number)
            if c.number is not None
            else f"<cite>{text(c.document.title or c.document.path)}</cite>"
        )
        notes.append(f"carried {c.relation} in {where}")
    note = f' <span class="muted">({"; ".join(notes)})</span>' if notes else ""
    return f'<li class="said">{OPEN}{said}{CLOSE} — {speaker}{note}</li>'


def _quotes(marks: Highlighter, story: StoryReport) -> Iterator[str]:
    yield '<section class="quotes"><h3>Quotes</h3>'
    if not story.quotes:
        yield "<p>No quotes found.</p>"
    for source in story.sources:
        rows = [r for r in story.quotes if r.source == source.number]
        if rows:
            yield f"<h4>{_ref(story, source.number)} {text(source.document.title or source.document.path)}</h4><ul>"
            yield from (_quote(marks, story, r) for r in rows)
            yield "</ul>"
    yield "</section>"


def _passages(marks: Highlighter, story: StoryReport, passages: tuple[Passage, ...]) -> str:
    items = "".join(
        f"<li>{_ref(story, story.source_number(p.doc))} {OPEN}{marks.passage(p)}{CLOSE}</li>" for p in passages
    )
    return f'<ul class="passages">{items}</ul>'


def _fact(marks: Highlighter, story: StoryReport, fact: FactView) -> str:
    named = " and ".join(_ref(story, story.source_number(d)) for d in fact.documents)
    band = f' <span class="muted">· {escape(fact.band)}</span>' if fact.band else ""
    return f"<li>Reported by {named}{band}{_passages(marks, story, fact.passages)}</li>"


def _shared(marks: Highlighter, story: StoryReport) -> Iterator[str]:
    yield '<section class="shared"><h3>Shared by several sources</h3>'
    if len(story.sources) < 2:
        yield "<p>One source: nothing to compare it with.</p>"
    elif not story.shared:
        yield "<p>No passage is reported by more than one source.</p>"
    if story.shared:
        yield '<ol class="facts">' + "".join(_fact(marks, story, f) for f in story.shared) + "</ol>"
    yield "</section>"


def _only_here(marks: Highlighter, story: StoryReport) -> Iterator[str]:
    yield '<section class="only-here"><h3>Only in one source</h3>'
    if len(story.sources) < 2:
        yield "<p>One source: nothing to compare it with.</p>"
    for source, passages in story.only_here:
        yield f"<h4>{_ref(story, source.number)} {text(source.document.title or source.document.path)}</h4>"
        if passages:
            items = "".join(f"<li>{OPEN}{marks.passage(p)}{CLOSE}</li>" for p in passages)
            yield f"<ul>{items}</ul>"
        else:
            yield "<p>Nothing that the other sources do not also report.</p>"
    yield "</section>"


def _discrepancy(marks: Highlighter, story: StoryReport, item: DiscrepancyView) -> str:
    a, b = (f"<b>{OPEN}{text(v)}{CLOSE}</b>" for v in item.values)
    return (
        f"<li>{text(item.kind)}: {a} in {_ref(story, story.source_number(item.a.doc))} against {b} in "
        f"{_ref(story, story.source_number(item.b.doc))}{_passages(marks, story, (item.a, item.b))}</li>"
    )


def _discrepancies(marks: Highlighter, story: StoryReport) -> Iterator[str]:
    yield '<section class="discrepancies"><h3>Discrepancies</h3>'
    if story.discrepancies is None:
        yield f"<p>{escape(NOT_ANALYSED)}</p>"
    elif not story.discrepancies:
        yield "<p>None found.</p>"
    else:
        yield "<ul>" + "".join(_discrepancy(marks, story, d) for d in story.discrepancies) + "</ul>"
    yield "</section>"


def _story(marks: Highlighter, story: StoryReport) -> Iterator[str]:
    yield f'<article class="story" id="story-{_index(story)}"><h2>{text(story.title)}</h2>'
    yield from _sources(story)
    yield from _actors(story)
    yield from _quotes(marks, story)
    yield from _shared(marks, story)
    yield from _only_here(marks, story)
    yield from _discrepancies(marks, story)
    yield "</article>"


def to_html(report: Report) -> str:
    """The whole report as one HTML page."""
    marks = Highlighter(report.briefing)
    title = "Briefing report" + (f": {text(report.stories[0].title)}" if len(report.stories) == 1 else "")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="briefing {escape(__version__)}">',
        f"<title>{title}</title>",
        f"<style>{style_sheet()}</style></head>",
        "<body>",
        f'<header><h1>Briefing report</h1><p class="summary">{escape(summary_line(report))}</p></header>',
        "<main>",
    ]
    for story in report.stories:
        lines.extend(_story(marks, story))
    if report.briefing.errors:
        items = "".join(f"<li>{text(e.path)}: {text(e.reason)}</li>" for e in report.briefing.errors)
        lines.append(f'<section class="errors"><h2>Not loaded</h2><ul>{items}</ul></section>')
    lines += ["</main>", f"<footer>Made by briefing {escape(__version__)}.</footer>", "</body>", "</html>"]
    return "\n".join(lines) + "\n"
