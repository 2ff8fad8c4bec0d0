"""Every version of one quote across the articles, side by side: its words, what changed, who said it, where.

The versions are the quote and the same quote found in other articles (verbatim, trimmed or altered, as the
quote search finds them). The words a version has that the chosen one lacks are underlined; each version
names its speaker, its outlet and how it was carried.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from ..core.compare import word_diff
from ..core.model import Briefing, Passage, Quote
from ..core.search import quote_versions
from ..widgets.key_bar import KeyBar
from ..widgets.styles import one_line

RELATION_NAMES = {"verbatim": "word for word", "trimmed": "trimmed", "altered": "altered"}


def versions_of(briefing: Briefing, quote: Quote) -> list[tuple[Quote, str]]:
    """The quote and its versions in other articles, each with how it was carried ('this one' first)."""
    by_id = {q.id: q for q in briefing.quotes}
    found = [(by_id[e.quote], e.relation) for e in quote_versions(briefing, quote.id) if e.quote in by_id]
    order = {d.id: n for n, d in enumerate(briefing.documents)}
    found.sort(key=lambda item: (order[item[0].doc], item[0].start))
    return [(quote, "this one"), *found]


def version_text(briefing: Briefing, version: Quote, relation: str, chosen: Quote) -> Text:
    """One version: where and from whom, then its words with those that differ from the chosen one underlined."""
    doc = briefing.document(version.doc)
    names = {a.id: a.name for a in briefing.actors}
    number = next(i for i, d in enumerate(briefing.documents, 1) if d.id == doc.id)
    text = Text(f"{number} {doc.outlet or doc.title or doc.path}\n", style="bold")
    if doc.published:
        text.append(f"{doc.published}\n", style="dim")
    speaker = names.get(version.speaker or "", "speaker not found")
    text.append(f"\u2014 {speaker} \u00b7 {RELATION_NAMES.get(relation, relation)}\n", style="italic")
    if version is not chosen and version.speaker != chosen.speaker and version.speaker and chosen.speaker:
        text.append("\u2260 another speaker than this one\n", style="bold")
    text.append("\n")
    words = Text(one_line(version.text) if version is chosen else version.text)
    if version is not chosen:
        diff = word_diff(
            briefing.document(chosen.doc).text,
            Passage(chosen.doc, chosen.start, chosen.end),
            doc.text,
            Passage(version.doc, version.start, version.end),
        )
        for span in diff.b:
            words.stylize("bold underline", span.start - version.start, span.end - version.start)
    text.append_text(words)
    return text


class ProvenanceScreen(Screen[None]):
    """The versions of one quote, side by side."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="provenance.back", tooltip="back to the reader"),
    ]

    DEFAULT_CSS = """
    ProvenanceScreen #title { height: auto; padding: 0 1; background: $panel; color: $text; text-style: bold; }
    ProvenanceScreen #versions { height: 1fr; }
    ProvenanceScreen .version { width: 1fr; min-width: 24; padding: 1 2; border-right: tall $panel; height: auto; }
    """

    def __init__(self, briefing: Briefing, quote: Quote) -> None:
        super().__init__()
        self.briefing = briefing
        self.quote = quote
        self.versions = versions_of(briefing, quote)

    def compose(self) -> ComposeResult:
        others = len(self.versions) - 1
        title = (
            f"{others} other version{'s' if others != 1 else ''} of this quote; underlined: words this one lacks"
            if others
            else "No other article carries this quote"
        )
        yield Static(title, id="title", markup=False)
        with VerticalScroll(), Horizontal(id="versions"):
            for version, relation in self.versions:
                yield Static(
                    version_text(self.briefing, version, relation, self.quote), classes="version", markup=False
                )
        yield KeyBar()

    def action_back(self) -> None:
        """Back to the reader."""
        self.dismiss(None)
