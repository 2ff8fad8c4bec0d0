"""The reader's way out: the report of this story to a file, the quote or the passage to the clipboard, cited.

``e`` writes the Markdown report of the story of the article shown (every
article, until the analysis groups them into stories) into the documents
folder, under a new name when the name is taken; the palette also writes
HTML, and the report of every article. ``y`` copies the current quote with
who said it and where; ``Y`` the passage at the cursor with the passages other
sources share with it, each with its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType

from ...core.model import Briefing, Passage
from ...opening import Stage
from ...widgets.info_line import mentions_here
from .base import ReaderBase

if TYPE_CHECKING:
    from ...export.stories import StoryView

EXPORT_KEYS: list[BindingType] = [
    Binding(
        "e",
        "export_report",
        "Export",
        show=False,
        id="reader.export",
        tooltip="write the report of this story (Markdown) to the documents folder",
    ),
    Binding(
        "y",
        "copy_quote",
        "Copy quote",
        show=False,
        id="reader.copy_quote",
        tooltip="copy the current quote with its speaker and source",
    ),
    Binding(
        "Y",
        "copy_passage",
        "Copy passage",
        show=False,
        id="reader.copy_passage",
        tooltip="copy the passage at the cursor, and what other sources say of it, with their sources",
    ),
]


class ExportActions(ReaderBase):
    """Write the report; copy the current quote or passage with its sources."""

    # -- the report ------------------------------------------------------------------------
    def action_export_report(self, fmt: str = "md", every_article: bool = False) -> None:
        """Write the report of this story (or of every article) in ``fmt`` ('md' or 'html') to a new file."""
        from ...export.stories import story_of, whole_set

        briefing, doc = self.briefing, self.document
        if briefing is None or doc is None:
            self.notify("No articles to report on", severity="warning", timeout=3)
            return
        if self.host.phase.stage is not Stage.READY:
            self.notify("Still finding the shared passages: export once they are found", timeout=4)
            return
        story = whole_set(briefing) if every_article else story_of(briefing, doc.id)
        self.run_worker(
            lambda: self._write_report(briefing, story, "html" if fmt == "html" else "md"),
            thread=True,
            group="export",
            name="export",
        )

    def _write_report(self, briefing: Briefing, story: StoryView, fmt: str) -> None:
        """The worker: render the report and write it under a name not taken yet; say where."""
        from ...export import format_for, render
        from ...export.files import documents_folder, report_name, write_numbered

        kind = format_for(None, fmt)
        folder = documents_folder()
        try:
            text = render(briefing, kind, story)
            path = write_numbered(folder, report_name(story, ".html" if kind == "html" else ".md"), text)
        except OSError as exc:
            message = f"The report could not be written to {folder}: {exc.strerror or exc}"
            self.app.call_from_thread(self.notify, message, severity="error", markup=False, timeout=8)
            return
        self.app.call_from_thread(self.notify, f"Report written to {path}", title="Export", markup=False, timeout=8)

    # -- citations ---------------------------------------------------------------------------
    def copy_cited(self, text: str, what: str) -> None:
        """Put ``text`` on the clipboard and say what was copied."""
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {what}", timeout=3, markup=False)

    def action_copy_quote(self) -> None:
        """Copy the current quote: '“...” — Speaker, Outlet, 2 February 2026 (Title)'."""
        from ...export.cite import quote_citation

        quote = next((q for q in self.quotes if q.id == self.selection.quote), None)
        if self.briefing is None or quote is None:
            self.notify("No current quote: } and { step through the quotes", severity="warning", timeout=4)
            return
        self.copy_cited(quote_citation(self.briefing, quote), "the quote with its speaker and source")

    def cursor_offset(self) -> int | None:
        """Where the reader is in the text: what was chosen or pointed at last, else the top of the view."""
        doc, selection = self.document, self.selection
        if doc is None:
            return None
        pointed = self.view.pointer_offset
        if selection.subject.startswith("hovered") and pointed is not None:
            return pointed
        quote = next((q for q in self.quotes if q.id == selection.quote), None)
        actor = self.actor(selection.actor)
        current = selection.search.current
        if selection.subject in ("result", "match") and current is not None and current.doc == doc.id:
            return current.start
        if selection.subject == "actor" and actor is not None and selection.mention is not None:
            here = mentions_here(actor, doc)
            if here:
                return here[selection.mention % len(here)]
        if quote is not None:
            return quote.start
        top, _ = self.view.visible_offsets()
        return next((s.start for s in doc.sentences if s.start >= top), top)

    def passages_here(self) -> tuple[Passage, ...]:
        """The passage at the cursor and the passages of other articles aligned with it."""
        from ...export.cite import passages_at

        doc, offset = self.document, self.cursor_offset()
        if self.briefing is None or doc is None or offset is None:
            return ()
        return passages_at(self.briefing, doc.id, offset)

    def action_copy_passage(self) -> None:
        """Copy the passage at the cursor and what other sources say of it, each with its source."""
        from ...export.cite import passages_citation

        passages = self.passages_here()
        if self.briefing is None or not passages:
            self.notify("No passage here", severity="warning", timeout=3)
            return
        what = "the passage with its source"
        if len(passages) > 1:
            sources = len({p.doc for p in passages})
            what = f"the passage and what {sources - 1} other source{'s' if sources > 2 else ''} say, with sources"
        self.copy_cited(passages_citation(self.briefing, passages), what)
