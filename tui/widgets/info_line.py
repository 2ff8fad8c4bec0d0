"""The info line under the article: what the selection is about, in a line or two.

It shows the article's counts, the selected actor and which of its mentions is
in view, the current quote and its speaker, a search result, or what is under
the pointer: whatever the reader chose or pointed at last. It observes the
reader's selection (``selection`` is bound to the screen's) and is told the
briefing and the article when they change.
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from ..core.model import Actor, Briefing, Document, Quote
from .selection import ReaderSelection, SearchCursor
from .styles import MUTED, counted


def quote_info(quote: Quote, speaker: Actor | None) -> Content:
    """'“...” — Speaker' for the info line."""
    words = " ".join(quote.text.split())
    parts: list[tuple[str, str]] = [
        ("\u201c" + (words if len(words) < 160 else words[:157] + "\u2026") + "\u201d ", "italic"),
        ("\u2014 " + (speaker.name if speaker else "unattributed"), "bold"),
    ]
    how = evidence_words(quote)
    if speaker is not None and how:
        parts.append((f", {how}", MUTED))
    if quote.kind == "partial":
        parts.append(("  (partial)", MUTED))
    return Content.assemble(*parts)


_EVIDENCE = {
    "verb": "named by \u2018{cue}\u2019",
    "colon": "named before a colon",
    "signature": "signed \u2018{cue}\u2019",
    "pronoun": "by the pronoun \u2018{cue}\u2019",
    "role": "by the role \u2018{cue}\u2019",
    "spokesperson": "for \u2018{cue}\u2019",
    "continuation": "continuing the quotation before",
    "subject": "the subject of the sentence",
    "next-sentence": "named in the next sentence",
}


def evidence_words(quote: Quote) -> str:
    """How the speaker of ``quote`` was found, in words: "named by 'said'", "by the pronoun 'she'"."""
    if quote.evidence is None:
        return ""
    template = _EVIDENCE.get(quote.evidence, "")
    if "{cue}" in template and not quote.cue:
        return ""
    return template.format(cue=" ".join((quote.cue or "").split())[:40])


def summary_info(briefing: Briefing, doc: Document) -> Content:
    """'474 words · 7 actors · 7 quotes'."""
    actors = sum(1 for a in briefing.actors if any(m.doc == doc.id for m in a.mentions))
    quotes = sum(1 for q in briefing.quotes if q.doc == doc.id)
    return Content.styled(
        f"{counted(doc.word_count, 'word')} · {counted(actors, 'actor')} · {counted(quotes, 'quote')}", MUTED
    )


def mention_info(actor: Actor, index: int, count: int) -> Content:
    """The selected actor, which of its mentions here is in view, and its other names."""
    parts: list[tuple[str, str]] = [
        (actor.name, "bold"),
        (f"  ({actor.kind})  mention {index + 1} of {count} here · m / M: next / previous", MUTED),
    ]
    if actor.aliases:
        parts.append(("\nalso: " + ", ".join(actor.aliases[:6]), MUTED))
    return Content.assemble(*parts)


def absent_info(actor: Actor) -> Content:
    """The selected actor is named only in other articles."""
    return Content.styled(
        f"{actor.name}: not named in this article ({len(actor.mentions)} mentions elsewhere)", "italic"
    )


def result_info(quote: Quote, speaker: Actor | None, position: int, count: int, query: str) -> Content:
    """A search result: the quote, then which result of how many, for which words."""
    return Content.assemble(
        quote_info(quote, speaker),
        (f"   result {position + 1} of {count} for \u201c{query}\u201d · n / N", MUTED),
    )


def hovered_actor_info(actor: Actor) -> Content:
    """The actor under the pointer."""
    return Content.styled(f"{actor.name} ({actor.kind}) · {len(actor.mentions)} mentions", "bold")


def match_info(search: SearchCursor) -> Content:
    """'match 3 of 12 for “strike” · n / N' (in this article, or in every article for a text search)."""
    if search.kind == "facts":  # the rows of a fact table, opened from it
        place = search.position % len(search.results) + 1 if search.results else 0
        return Content.assemble(
            (f"{search.query}: {place} of {len(search.results)}", "bold"), (" · n / N: next / previous", MUTED)
        )
    where = " in every article" if search.kind == "text" else ""
    if not search.results:
        return Content.styled(f"no match for \u201c{search.query}\u201d{where}", MUTED)
    count = len(search.results)
    position = f"match {search.position % count + 1} of {count}" if search.position >= 0 else f"{count} matches"
    return Content.assemble(
        (position, "bold"), (f" for \u201c{search.query}\u201d{where} · n / N: next / previous", MUTED)
    )


def mentions_here(actor: Actor, doc: Document | None) -> list[int]:
    """The start offsets of ``actor``'s mentions in ``doc``, in order."""
    return sorted(m.start for m in actor.mentions if doc is not None and m.doc == doc.id)


class InfoLine(Static):
    """One or two lines about the selection, under the article (never parsed as markup)."""

    DEFAULT_CSS = """
    InfoLine { height: auto; max-height: 3; padding: 0 2; background: $panel; color: $text-muted; }
    """

    selection: reactive[ReaderSelection] = reactive(ReaderSelection, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._briefing: Briefing | None = None
        self._document: Document | None = None
        self._note = ""

    def show_context(self, briefing: Briefing | None, document: Document | None, note: str = "") -> None:
        """The briefing and the article the selection belongs to (``note``: said when there is no article)."""
        self._briefing, self._document, self._note = briefing, document, note
        self._render_selection()

    def watch_selection(self, selection: ReaderSelection) -> None:
        self._render_selection()

    def _render_selection(self) -> None:
        self.update(self.info_text(self.selection))

    def _actor(self, actor_id: str | None) -> Actor | None:
        if self._briefing is None or actor_id is None:
            return None
        return next((a for a in self._briefing.actors if a.id == actor_id), None)

    def _quote(self, quote_id: str | None) -> Quote | None:
        if self._briefing is None or quote_id is None:
            return None
        return next((q for q in self._briefing.quotes if q.id == quote_id), None)

    def info_text(self, selection: ReaderSelection) -> Content:
        """What the line says about ``selection``."""
        briefing, doc = self._briefing, self._document
        if doc is None or briefing is None:
            return Content.styled(self._note or "No articles", MUTED)
        subject = selection.subject
        if subject == "match" and selection.search.query:
            return match_info(selection.search)
        if subject == "hovered-link" and selection.hovered:
            return Content.assemble(("link ", MUTED), (selection.hovered, "underline"), (" · o opens it", MUTED))
        if subject in ("quote", "result", "hovered-quote"):
            quote = self._quote(selection.hovered if subject == "hovered-quote" else selection.quote)
            if quote is not None:
                speaker = self._actor(quote.speaker)
                search = selection.search
                if subject == "result" and search.results:
                    count = len(search.results)
                    return result_info(quote, speaker, search.position % count, count, search.query)
                return quote_info(quote, speaker)
        elif subject in ("actor", "hovered-actor"):
            actor = self._actor(selection.hovered if subject == "hovered-actor" else selection.actor)
            if actor is not None:
                if subject == "hovered-actor":
                    return hovered_actor_info(actor)
                here = mentions_here(actor, doc)
                if not here:
                    return absent_info(actor)
                return mention_info(actor, (selection.mention or 0) % len(here), len(here))
        return summary_info(briefing, doc)
