"""The split view: two articles side by side, their shared passages numbered and aligned."""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from ..core.compare import alignments_between, counterparts, coverage, discrepancies_between, word_diff
from ..core.model import Alignment, Briefing, Discrepancy
from ..widgets.article_header import ArticleHeader
from ..widgets.article_view import ArticleView
from ..widgets.key_bar import KeyBar
from ..widgets.marks import DIFFERS, ONLY_HERE, SHARED, Mark, pane_marks
from ..widgets.pairs import best_partners, differences_text, pair_labels


class CompareScreen(Screen[None]):
    """Compare the article from the reader with another one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "]", "next_right", "Next right article", id="compare.next_right", tooltip="compare with the next article"
        ),
        Binding(
            "[",
            "previous_right",
            "Previous right article",
            id="compare.previous_right",
            tooltip="compare with the previous article",
        ),
        Binding("}", "next_pair", "Next shared", id="compare.next_pair", tooltip="next shared passage, side by side"),
        Binding(
            "{",
            "previous_pair",
            "Previous shared",
            id="compare.previous_pair",
            tooltip="previous shared passage, side by side",
        ),
        Binding("s", "toggle_sync", "Sync scroll", id="compare.sync", tooltip="synchronised scrolling on or off"),
        Binding(
            "Y",
            "copy_pair",
            "Copy pair",
            show=False,
            id="compare.copy_pair",
            tooltip="copy the current shared passage of both articles, each with its source",
        ),
        Binding("escape", "back", "Back to reader", id="compare.back", tooltip="back to the reader"),
    ]

    HELP_GROUPS: ClassVar[list[tuple[str, list[BindingType]]]] = [
        ("Reading", list(ArticleView.BINDINGS)),
        ("Split view", BINDINGS),
    ]

    DEFAULT_CSS = """
    CompareScreen #summary { height: 1; padding: 0 1; background: $panel; color: $text; text-style: bold; }
    CompareScreen #panes { height: 1fr; }
    CompareScreen #differences { height: auto; max-height: 2; padding: 0 1; background: $panel; color: $text; }
    CompareScreen .pane { width: 1fr; }
    CompareScreen .pane ArticleView { border-left: tall $panel; }
    CompareScreen .pane ArticleView:focus { border-left: tall $primary; }
    """

    def __init__(self, briefing: Briefing, left: int, right: int | None = None) -> None:
        super().__init__()
        self.briefing = briefing
        self.left = left
        docs = briefing.documents
        self.partners = counterparts(briefing, docs[left].id)  # the story's other articles, most shared first
        if right is None:
            index = {d.id: i for i, d in enumerate(docs)}
            right = index[self.partners[0][0]] if self.partners else (left + 1) % len(docs)
        self.right = right
        self.pairs: list[Alignment] = []
        self.differences: list[Discrepancy] = []
        self.pair_index = -1
        self.sync = True
        self._pinned: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="summary", markup=False)
        with Horizontal(id="panes"):
            with Vertical(classes="pane"):
                yield ArticleHeader(id="left-header")
                yield ArticleView(id="left")
            with Vertical(classes="pane"):
                yield ArticleHeader(id="right-header")
                yield ArticleView(id="right")
        yield Static("", id="differences", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#left", ArticleView).focus()

    # -- content -----------------------------------------------------------------
    def _show(self) -> None:
        """Show the two articles, their shared passages and where they differ."""
        docs = self.briefing.documents
        left, right = docs[self.left], docs[self.right]
        self.pairs = alignments_between(self.briefing, left.id, right.id)
        self.differences = discrepancies_between(self.briefing, left.id, right.id)
        self.pair_index = -1
        cover = coverage(self.briefing)
        for view_id, doc, side in (("#left", left, 0), ("#right", right, 1)):
            view = self.query_one(view_id, ArticleView)
            view.show(doc, self._marks(side))
            passages = [(al.a.start, al.a.end) if side == 0 else (al.b.start, al.b.end) for al in self.pairs]
            differing = [(d.a.start, d.a.end) if side == 0 else (d.b.start, d.b.end) for d in self.differences]
            labels = pair_labels(passages, differing)
            other = right.id if side == 0 else left.id
            gutter = [Mark(s, e, DIFFERS if "\u2260" in label else SHARED, label) for (s, e), label in labels.items()]
            gutter += [
                Mark(sentence.start, sentence.end, ONLY_HERE, "\u00b7")
                for sentence, docs_ in cover[doc.id]
                if other not in docs_ and (sentence.start, sentence.end) not in labels
            ]
            view.set_gutter(gutter, width=7)
        self.query_one("#left-header", ArticleHeader).show(left)
        self.query_one("#right-header", ArticleHeader).show(right)
        self._summary()

    def _marks(self, side: int) -> list[Mark]:
        """The highlights of one pane: shared passages, the current pair, the words changed in the current pair
        (or, with none, between each passage and its best partner), the values that differ."""
        docs = self.briefing.documents
        left, right = docs[self.left], docs[self.right]
        current = self.pairs[self.pair_index] if 0 <= self.pair_index < len(self.pairs) else None
        shown = [current] if current is not None else best_partners(self.pairs)
        changed: list[tuple[int, int]] = []
        for al in shown:
            if al.band != "verbatim":
                diff = word_diff(left.text, al.a, right.text, al.b)
                changed += [(sp.start, sp.end) for sp in (diff.a if side == 0 else diff.b)]
        passage = None if current is None else (current.a if side == 0 else current.b)
        return pane_marks(
            self.briefing,
            (left if side == 0 else right).id,
            [(al.a.start, al.a.end) if side == 0 else (al.b.start, al.b.end) for al in self.pairs],
            changed,
            None if passage is None else (passage.start, passage.end),
            [(d.a.start, d.a.end) if side == 0 else (d.b.start, d.b.end) for d in self.differences],
        )

    def _summary(self) -> None:
        left = self.briefing.documents[self.left]
        right = self.briefing.documents[self.right]
        cover = coverage(self.briefing)
        only_left = sum(1 for _, docs in cover[left.id] if right.id not in docs)
        only_right = sum(1 for _, docs in cover[right.id] if left.id not in docs)
        text = Text(f"{len(self.pairs)} shared passages", style="bold")
        if self.differences:
            text.append(f"  ·  {len(self.differences)} differ", style="bold")
        text.append(
            f"  ·  {only_left} sentences only left, {only_right} only right  ·  "
            f"{self.left + 1} \u2194 {self.right + 1}  ·  sync {'on' if self.sync else 'off'}",
            style="",
        )
        place = next((n for n, (doc, _) in enumerate(self.partners, 1) if doc == right.id), None)
        if place is not None and len(self.partners) > 1:
            following = self.partners[place % len(self.partners)]
            text.append(
                f"  ·  other {place} of {len(self.partners)} in the story; ] {self._number(following[0])} "
                f"({following[1]} shared)",
                style="",
            )
        if 0 <= self.pair_index < len(self.pairs):
            al = self.pairs[self.pair_index]
            text.append(f"  ·  pair {self.pair_index + 1}: {al.band} {al.score:.2f}", style="italic")
        self.query_one("#summary", Static).update(text)
        self._differences_line()

    def _number(self, doc_id: str) -> int:
        return next(i for i, d in enumerate(self.briefing.documents, 1) if d.id == doc_id)

    def _differences_line(self) -> None:
        """Under the panes: the values on which the current pair differs (or how many pairs differ)."""
        line = self.query_one("#differences", Static)
        line.display = bool(self.differences)
        current = self.pairs[self.pair_index] if 0 <= self.pair_index < len(self.pairs) else None
        line.update(differences_text(self.differences, current))

    # -- navigation ---------------------------------------------------------------------
    def _move_right(self, step: int) -> None:
        count = len(self.briefing.documents)
        if count < 2:
            return
        if self.partners:  # the other articles of the story, most shared first
            ids = [doc for doc, _ in self.partners]
            right_id = self.briefing.documents[self.right].id
            place = ids.index(right_id) if right_id in ids else -step if step > 0 else 0
            target = ids[(place + step) % len(ids)]
            self.right = next(i for i, d in enumerate(self.briefing.documents) if d.id == target)
            if len(ids) == 1:
                self.notify("This is the only other article of the story", timeout=3)
        else:
            right = self.right
            for _ in range(count):
                right = (right + step) % count
                if right != self.left:
                    break
            self.right = right
        self._show()

    def action_next_right(self) -> None:
        """Compare with the next article of the story (most shared first)."""
        self._move_right(1)

    def action_previous_right(self) -> None:
        """Compare with the previous article of the story."""
        self._move_right(-1)

    def _go_to_pair(self, index: int) -> None:
        if not self.pairs:
            return
        self.pair_index = index % len(self.pairs)
        al = self.pairs[self.pair_index]
        left = self.query_one("#left", ArticleView)
        right = self.query_one("#right", ArticleView)
        left.set_marks(self._marks(0))  # the current pair marked in both panes, its changed words underlined
        right.set_marks(self._marks(1))
        left.scroll_to_offset(al.a.start)
        row = left.line_of(al.a.start) - int(left.scroll_y)
        right.scroll_to(y=max(0, right.line_of(al.b.start) - row), animate=False, immediate=True)
        # the panes now show the pair side by side: their own scroll events must not move each other
        self._pinned = {"left": int(left.scroll_y), "right": int(right.scroll_y)}
        self._summary()

    def action_next_pair(self) -> None:
        """Show the next shared passage in both panes, side by side."""
        self._go_to_pair(self.pair_index + 1)

    def action_previous_pair(self) -> None:
        """Show the previous shared passage in both panes, side by side."""
        self._go_to_pair(self.pair_index - 1 if self.pair_index >= 0 else -1)

    def action_toggle_sync(self) -> None:
        """Turn synchronised scrolling on or off."""
        self.sync = not self.sync
        self._summary()

    def current_pair(self) -> Alignment | None:
        """The pair gone to with } or {, else the first pair whose left passage is in view."""
        if 0 <= self.pair_index < len(self.pairs):
            return self.pairs[self.pair_index]
        top, bottom = self.query_one("#left", ArticleView).visible_offsets()
        return next((al for al in self.pairs if top <= al.a.start < bottom), None)

    def action_copy_pair(self) -> None:
        """Copy the current shared passage of both articles, each with its source."""
        from ..export.cite import passages_citation

        pair = self.current_pair()
        if pair is None:
            self.notify("No shared passage in view: } and { go to one", severity="warning", timeout=4)
            return
        self.app.copy_to_clipboard(passages_citation(self.briefing, (pair.a, pair.b)))
        self.notify("Copied the shared passage with both sources", timeout=3, markup=False)

    def action_back(self) -> None:
        """Back to the reader, where it was."""
        self.app.pop_screen()

    # -- synchronised scrolling ------------------------------------------------------------
    def on_article_view_scrolled(self, event: ArticleView.Scrolled) -> None:
        source = event.view
        if self._pinned.get(source.id or "") == int(source.scroll_y):
            return  # the echo of a jump to a shared passage
        self._pinned = {}
        if not self.sync or not self.pairs:
            return
        target = self.query_one("#right" if source.id == "left" else "#left", ArticleView)
        anchors = sorted(
            (al.a.start, al.b.start) if source.id == "left" else (al.b.start, al.a.start) for al in self.pairs
        )
        top = source.top_offset()
        if top is None:
            return
        # the nearest shared passage above the top line anchors both panes: no drift from wrapping
        i = bisect_right([a for a, _ in anchors], top) - 1
        if i < 0:
            line = int(source.scroll_y)
        else:
            mine, theirs = anchors[i]
            line = target.line_of(theirs) + (int(source.scroll_y) - source.line_of(mine))
        self._pinned = {target.id or "": max(0, min(line, int(target.max_scroll_y)))}
        target.scroll_to(y=max(0, line), animate=False, immediate=True)
