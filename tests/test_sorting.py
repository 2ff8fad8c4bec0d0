"""Sorting the article list by date, outlet or title; each article's counts on a line of their own."""

from __future__ import annotations

from pathlib import Path

from app_helpers import ready

from tui.app import BriefingApp
from tui.core.model import Document
from tui.widgets.article_list import ArticleList, sort_order

ARTICLES = {
    "a.md": ("Zebra crossings return", "The Daily Post", "2026-01-10"),
    "b.md": ("Harbour strike ends", "Avenue News", "2026-03-02"),
    "c.md": ("Market opens late", None, None),
    "d.md": ("Budget talks resume", "Courier", "2026-03-02"),
}


def _write(folder: Path) -> None:
    for name, (title, outlet, date) in ARTICLES.items():
        front = [f"title: {title}"] + ([f"outlet: {outlet}"] if outlet else []) + ([f"date: {date}"] if date else [])
        body = "Dockers went back to work on Wednesday, said Maria Costa of the union."
        (folder / name).write_text("---\n" + "\n".join(front) + "\n---\n\n" + body + "\n", encoding="utf-8")


def _doc(title: str, outlet: str | None, published: str | None) -> Document:
    return Document(id=title, path=title, text="x", title=title, outlet=outlet, published=published)


def test_sort_orders():
    docs = [_doc(*v) for v in ARTICLES.values()]
    assert sort_order(docs, "loaded") == [0, 1, 2, 3]
    assert sort_order(docs, "date") == [1, 3, 0, 2]  # newest first, ties as loaded, undated last
    assert sort_order(docs, "outlet") == [1, 3, 0, 2]  # Avenue, Courier, The Daily Post, none
    assert sort_order(docs, "title") == [3, 1, 2, 0]


async def test_s_sorts_the_list_and_the_article_keys_follow_it(tmp_path):
    _write(tmp_path)
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=(140, 36)) as pilot:
        await ready(pilot)
        screen = app.reader
        article_list = screen.query_one(ArticleList)
        await pilot.press("s")
        await pilot.pause()
        assert [o.id for o in article_list.options] == ["d2", "d4", "d1", "d3"]
        assert "by date" in str(article_list.border_title)
        await pilot.press("]")
        assert screen.document.id == "d3"  # after d1 in the list, not in the order loaded
        await pilot.press("]")
        assert screen.document.id == "d2"  # round to the top
        assert article_list.highlighted == 0
    again = BriefingApp([str(tmp_path)])
    async with again.run_test(size=(140, 36)) as pilot:
        await ready(pilot)
        assert [o.id for o in again.reader.query_one(ArticleList).options] == ["d2", "d4", "d1", "d3"]


async def test_each_articles_counts_are_on_one_line():
    app = BriefingApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        article_list = app.reader.query_one(ArticleList)
        lines = ["".join(s.text for s in article_list.render_line(y)).strip() for y in range(article_list.size.height)]
        assert "7 actors · 7 quotes" in lines and "8 actors · 6 quotes" in lines
