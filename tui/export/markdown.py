"""The report as Markdown (CommonMark, with one GitHub-style table): for a memo, a message or a wiki.

Text that comes from the articles (titles, names, paths, passages) is put on
one line and its Markdown syntax escaped, so it shows as written and never
becomes a heading, a link, emphasis or raw HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import __version__
from ..core.model import Briefing, Document, Passage
from .cite import CLOSE, OPEN, outlet_of
from .report import QuoteRow, Report, StoryReport
from .stories import DiscrepancyView, FactView
from .text import count, long_date, one_line

_INLINE = re.compile(r"([\\`*_{}\[\]<>|&~#])")
_LIST_MARK = re.compile(r"^([+=-])")  # a list item, a thematic break or a setext underline
_NUMBERED = re.compile(r"^(\d+)([.)])")  # an ordered list item
KIND_NAMES = {"person": "person", "organization": "organisation", "country": "country", "other": "other"}
NOT_ANALYSED = "Not looked for: this analysis does not compare the figures, dates and speakers of shared facts."


def escape(text: str) -> str:
    """``text`` on one line with its Markdown syntax escaped: shown as written, never read as Markdown."""
    escaped = _INLINE.sub(r"\\\1", one_line(text))
    return _NUMBERED.sub(r"\1\\\2", _LIST_MARK.sub(r"\\\1", escaped))


def _quoted(briefing: Briefing, passage: Passage) -> str:
    return f"{OPEN}{escape(briefing.document(passage.doc).text[passage.start : passage.end])}{CLOSE}"


def _source_facts(doc: Document) -> str:
    address = escape(doc.path)
    facts = [escape(f) for f in (outlet_of(doc), f"by {doc.author}" if doc.author else None) if f]
    date = long_date(doc.published)
    return " · ".join([*facts, *([escape(date)] if date else []), address])


def _sources(story: StoryReport) -> Iterator[str]:
    yield "### Sources"
    yield ""
    for source in story.sources:
        doc = source.document
        yield f"{source.number}. **{escape(doc.title or doc.path)}** — {_source_facts(doc)}"
    yield ""


def _actors(story: StoryReport) -> Iterator[str]:
    yield "### Actors"
    yield ""
    if not story.actors:
        yield "No actors found."
        yield ""
        return
    yield "| Actor | Kind | Sources | Mentions |"
    yield "| --- | --- | ---: | ---: |"
    for row in story.actors:
        kind = KIND_NAMES.get(row.actor.kind, "other")
        yield f"| {escape(row.actor.name)} | {kind} | {row.sources} | {row.mentions} |"
    yield ""


def _quote_line(briefing: Briefing, row: QuoteRow) -> str:
    quote = row.quote
    line = (
        f"- {_quoted(briefing, Passage(quote.doc, quote.start, quote.end))} — {escape(row.speaker or 'unattributed')}"
    )
    if quote.kind == "partial":
        line += " (partial)"
    carried = [
        f"[{c.number}]" if c.number is not None else f"{OPEN}{escape(c.document.title or c.document.path)}{CLOSE}"
        for c in row.carried
    ]
    if carried:
        line += " · carried " + ", ".join(f"{c.relation} in {where}" for c, where in zip(row.carried, carried))
    return line


def _quotes(report: Report, story: StoryReport) -> Iterator[str]:
    yield "### Quotes"
    yield ""
    if not story.quotes:
        yield "No quotes found."
        yield ""
    for source in story.sources:
        rows = [r for r in story.quotes if r.source == source.number]
        if rows:
            yield f"#### [{source.number}] {escape(source.document.title or source.document.path)}"
            yield ""
            yield from (_quote_line(report.briefing, r) for r in rows)
            yield ""


def _fact(report: Report, story: StoryReport, number: int, fact: FactView) -> Iterator[str]:
    named = " and ".join(f"[{story.source_number(d)}]" for d in fact.documents)
    yield f"{number}. Reported by {named}" + (f" · {fact.band}" if fact.band else "")
    for passage in fact.passages:
        yield f"   - [{story.source_number(passage.doc)}] {_quoted(report.briefing, passage)}"


def _shared(report: Report, story: StoryReport) -> Iterator[str]:
    yield "### Shared by several sources"
    yield ""
    if len(story.sources) < 2:
        yield "One source: nothing to compare it with."
    elif not story.shared:
        yield "No passage is reported by more than one source."
    for number, fact in enumerate(story.shared, 1):
        yield from _fact(report, story, number, fact)
    yield ""


def _only_here(report: Report, story: StoryReport) -> Iterator[str]:
    yield "### Only in one source"
    yield ""
    if len(story.sources) < 2:
        yield "One source: nothing to compare it with."
        yield ""
    for source, passages in story.only_here:
        yield f"#### [{source.number}] {escape(source.document.title or source.document.path)}"
        yield ""
        if not passages:
            yield "Nothing that the other sources do not also report."
        yield from (f"- {_quoted(report.briefing, p)}" for p in passages)
        yield ""


def _discrepancy(report: Report, story: StoryReport, item: DiscrepancyView) -> str:
    a, b = (f"{OPEN}{escape(v)}{CLOSE}" for v in item.values)
    return (
        f"- {escape(item.kind)}: {a} in [{story.source_number(item.a.doc)}] against {b} in [{story.source_number(item.b.doc)}]"
        f" ({_quoted(report.briefing, item.a)} / {_quoted(report.briefing, item.b)})"
    )


def _discrepancies(report: Report, story: StoryReport) -> Iterator[str]:
    yield "### Discrepancies"
    yield ""
    if story.discrepancies is None:
        yield NOT_ANALYSED
    elif not story.discrepancies:
        yield "None found."
    yield from (_discrepancy(report, story, d) for d in story.discrepancies or ())
    yield ""


def _story(report: Report, story: StoryReport) -> Iterator[str]:
    yield f"## {escape(story.title)}"
    yield ""
    yield from _sources(story)
    yield from _actors(story)
    yield from _quotes(report, story)
    yield from _shared(report, story)
    yield from _only_here(report, story)
    yield from _discrepancies(report, story)


def summary_line(report: Report) -> str:
    """'2 articles in 1 story · 11 actors · 13 quotes · 19 aligned passages'."""
    briefing = report.briefing
    return " · ".join(
        (
            f"{count(len(briefing.documents), 'article')} in {count(len(report.stories), 'story', 'stories')}",
            count(len(briefing.actors), "actor"),
            count(report.quote_count, "quote"),
            count(len(briefing.alignments), "aligned passage"),
        )
    )


def to_markdown(report: Report) -> str:
    """The whole report as Markdown."""
    lines = ["# Briefing report", "", summary_line(report), ""]
    for story in report.stories:
        lines.extend(_story(report, story))
    if report.briefing.errors:
        lines += ["## Not loaded", ""]
        lines += [f"- {escape(e.path)}: {escape(e.reason)}" for e in report.briefing.errors]
        lines.append("")
    lines.append(f"Made by briefing {__version__}.")
    return "\n".join(lines) + "\n"
