"""What the report says about each story, gathered once from the analysis for both formats.

Sources are numbered within their story ([1], [2], ...) and every later
section names them by number. Nothing here formats text: ``markdown.py`` and
``html.py`` render the same ``Report``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..core.compare import coverage
from ..core.model import Actor, Briefing, Document, Passage, Quote
from ..core.search import quote_echoes
from .stories import DiscrepancyView, FactView, StoryView, discrepancies_of, facts_of, stories_of

MIN_WORDS = 4  # a sentence of fewer words is a subheading or a label, not something only one source reports


@dataclass(frozen=True, slots=True)
class Source:
    """A document of the story and its number there."""

    number: int
    document: Document


@dataclass(frozen=True, slots=True)
class ActorRow:
    """An actor named in the story: how many of its sources name it, and how often."""

    actor: Actor
    sources: int
    mentions: int


@dataclass(frozen=True, slots=True)
class Carried:
    """The same quote in another document, and how it was carried (verbatim, trimmed, altered)."""

    relation: str
    document: Document
    number: int | None  # its source number in this story (None: a document of another story)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A quote of the story with its speaker's name, its source's number and where else it appears."""

    quote: Quote
    speaker: str | None
    source: int
    carried: tuple[Carried, ...]


@dataclass(frozen=True, slots=True)
class StoryReport:
    """Everything the report says about one story."""

    number: int  # its place in the report, from 1
    story: StoryView
    sources: tuple[Source, ...]
    actors: tuple[ActorRow, ...]
    quotes: tuple[QuoteRow, ...]
    shared: tuple[FactView, ...]
    only_here: tuple[tuple[Source, tuple[Passage, ...]], ...]  # per source: the sentences no other source reports
    discrepancies: tuple[DiscrepancyView, ...] | None  # None: not analysed

    @property
    def title(self) -> str:
        """The story's title, else its first source's."""
        first = self.sources[0].document
        return self.story.title or first.title or first.path

    def source_number(self, doc_id: str) -> int:
        """The source number of document ``doc_id`` in this story."""
        return next(s.number for s in self.sources if s.document.id == doc_id)


@dataclass(frozen=True, slots=True)
class Report:
    """The report of a briefing: its stories, with the briefing the passages are read from."""

    briefing: Briefing
    stories: tuple[StoryReport, ...]

    @property
    def quote_count(self) -> int:
        """How many quotes the report lists."""
        return sum(len(s.quotes) for s in self.stories)


def _actors(briefing: Briefing, members: set[str]) -> tuple[ActorRow, ...]:
    rows = []
    for actor in briefing.actors:
        docs = Counter(m.doc for m in actor.mentions if m.doc in members)
        if docs:
            rows.append(ActorRow(actor, len(docs), sum(docs.values())))
    return tuple(sorted(rows, key=lambda r: (-r.sources, -r.mentions, r.actor.name.casefold())))


def _quotes(
    briefing: Briefing, sources: tuple[Source, ...], echoes: dict[str, list[tuple[str, str]]]
) -> tuple[QuoteRow, ...]:
    names = {a.id: a.name for a in briefing.actors}
    numbers = {s.document.id: s.number for s in sources}
    rows = []
    for quote in briefing.quotes:
        if quote.doc not in numbers:
            continue
        carried = tuple(
            Carried(relation, briefing.document(doc), numbers.get(doc))
            for doc, relation in dict.fromkeys(echoes.get(quote.id, ()))
        )
        speaker = names.get(quote.speaker) if quote.speaker else None
        rows.append(QuoteRow(quote, speaker, numbers[quote.doc], carried))
    return tuple(sorted(rows, key=lambda r: (r.source, r.quote.start)))


def _is_statement(sentence: str) -> bool:
    """Whether a sentence says enough to report: subheadings and labels ('Key Points', 'Risks') do not."""
    return len(sentence.split()) >= MIN_WORDS


def _only_here(briefing: Briefing, sources: tuple[Source, ...]) -> tuple[tuple[Source, tuple[Passage, ...]], ...]:
    """Each source's sentences that no other source of the story reports (its headline aside)."""
    if len(sources) < 2:
        return ()
    members = {s.document.id for s in sources}
    cover = coverage(briefing)
    out = []
    for source in sources:
        doc = source.document
        headline_end = doc.headline.end if doc.headline else 0
        alone = tuple(
            Passage(doc.id, span.start, span.end)
            for span, others in cover.get(doc.id, ())
            if span.start >= headline_end and not (others & members) and _is_statement(doc.text[span.start : span.end])
        )
        out.append((source, alone))
    return tuple(out)


def story_report(
    briefing: Briefing, number: int, story: StoryView, echoes: dict[str, list[tuple[str, str]]]
) -> StoryReport:
    """The report of story ``number`` (``echoes``: for every quote, the documents and relations of its other versions)."""
    sources = tuple(Source(n, briefing.document(d)) for n, d in enumerate(story.documents, 1))
    members = set(story.documents)
    return StoryReport(
        number,
        story,
        sources,
        _actors(briefing, members),
        _quotes(briefing, sources, echoes),
        facts_of(briefing, story),
        _only_here(briefing, sources),
        discrepancies_of(briefing, story),
    )


def build_report(briefing: Briefing, story: StoryView | None = None) -> Report:
    """The report of every story of ``briefing`` (or of ``story`` alone)."""
    echoes = {q: [(e.doc, e.relation) for e in found] for q, found in quote_echoes(briefing).items()}
    stories = [s for s in ((story,) if story is not None else stories_of(briefing)) if s.documents]
    return Report(briefing, tuple(story_report(briefing, n, s, echoes) for n, s in enumerate(stories, 1)))
