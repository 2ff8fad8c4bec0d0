"""Clean copying, driven by Pilot: a selection copies the document's text, not the screen's lines."""

from __future__ import annotations

from app_helpers import ready
from textual.pilot import Pilot

from tui.app import BriefingApp
from tui.core.model import Span
from tui.widgets.article_view import ArticleView


def cell_of(view: ArticleView, offset: int) -> tuple[int, int]:
    """The cell of the widget (its padding included) that shows text ``offset``."""
    layout = view._layout
    assert layout is not None
    line = layout.line_of(offset)
    start, _ = layout.lines[line]
    left = view.content_region.x - view.region.x + view._margin + view.gutter_width
    return left + (offset - start), line - int(view.scroll_y)


async def drag(pilot: Pilot, view: ArticleView, start: int, end: int) -> None:
    """Select the text from ``start`` to ``end`` with the mouse (the pointer stops on the last character)."""
    await pilot.mouse_down(view, offset=cell_of(view, start))
    await pilot.hover(view, offset=cell_of(view, end - 1))
    await pilot.mouse_up(view, offset=cell_of(view, end - 1))
    await pilot.pause()


def wrapped_span(view: ArticleView, first: Span, last: Span) -> tuple[int, int]:
    assert view._layout is not None
    assert view._layout.line_of(last.end) > view._layout.line_of(first.start), "the selection must cross lines"
    return first.start, last.end


async def test_a_selection_in_the_article_copies_the_text_as_the_document_has_it():
    app = BriefingApp()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        view = app.reader.view
        doc = view.document
        layout = view._layout
        # two paragraphs: a sentence that wraps over several lines, and the start of the next paragraph
        para = next(p for p in doc.paragraphs[1:] if layout.line_of(p.end) > layout.line_of(p.start))
        following = next(p for p in doc.paragraphs if p.start > para.end)
        start, end = wrapped_span(view, para, Span(following.start, following.start + 12))
        assert layout.line_of(end) < view.scrollable_content_region.height
        await drag(pilot, view, start + 5, end)
        await pilot.press("ctrl+c")
        assert app.clipboard == doc.text[start + 5 : end]
        assert "\n\n" in app.clipboard and app.clipboard.count("\n") == 2  # the paragraph break, and no other


async def test_a_selection_ending_past_a_line_copies_no_trailing_space_and_is_drawn_where_it_is():
    app = BriefingApp()
    async with app.run_test(size=(220, 40)) as pilot:
        await ready(pilot)
        view = app.reader.view
        assert view._margin > 0  # the reading width centres the text: a margin left of it
        doc = view.document
        layout = view._layout
        line = next(
            i
            for i, (s, e) in enumerate(layout.lines)
            if i > 1 and s >= 0 and doc.text[s:e].endswith(" ") and e - s < layout.width - 4
        )
        start, stop = layout.lines[line]
        x, y = cell_of(view, start)
        past = x + layout.width - 1  # the last column of the text, beyond this line's words
        await pilot.mouse_down(view, offset=(x, y))
        await pilot.hover(view, offset=(past, y))
        await pilot.mouse_up(view, offset=(past, y))
        await pilot.pause()
        await pilot.press("ctrl+c")
        assert app.clipboard == doc.text[start:stop].rstrip()
        # the selection is drawn over the selected characters, not shifted by the reading width's margin
        strip = view.render_line(y)
        selected = view.screen.get_component_rich_style("screen--selection")
        drawn = "".join(seg.text for seg in strip if seg.style and seg.style.bgcolor == selected.bgcolor)
        assert drawn.strip() == doc.text[start:stop].strip()


async def test_a_selection_in_the_split_view_copies_the_text_without_the_gutter():
    app = BriefingApp()
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        for side in ("#left", "#right"):
            view = screen.query_one(side, ArticleView)
            assert view.gutter_width > 0  # the shared-passage labels are drawn left of the text
            doc = view.document
            layout = view._layout
            para = next(p for p in doc.paragraphs[1:] if layout.line_of(p.end) > layout.line_of(p.start) + 1)
            start, end = wrapped_span(view, para, para)
            await drag(pilot, view, start, end)
            await pilot.press("ctrl+c")
            assert app.clipboard == doc.text[start:end]
            assert "\n" not in app.clipboard and "\u258c" not in app.clipboard
