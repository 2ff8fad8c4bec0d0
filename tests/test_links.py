"""Links in Markdown and HTML articles: kept with the document (not in the analysis JSON), shown, opened with o."""

from __future__ import annotations

import json

from app_helpers import ready

from tui.app import BriefingApp
from tui.cli import main
from tui.core.load.links import usable_url
from tui.widgets.article_view import ArticleView
from tui.widgets.marks import LINK

MARKDOWN = """---
title: Port strike ends
outlet: The Harbour Times
---

Dockers went back to work after the [union's statement](https://union.example.org/s), said Maria Costa.

"We are not done," she said, according to [**a report**](https://news.example.com/a?b=1), and [a relative one](/x).

See <https://example.org/auto>, [mail](mailto:desk@example.com) and [nothing](javascript:alert(1)).
"""

HTML = """<!doctype html><html><head><title>Port strike ends | The Harbour Times</title>
<link rel="canonical" href="https://harbour.example.com/news/strike"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike ends after talks</h1>
<p>Dockers went back to work on Wednesday after the <a href="https://union.example.org/statement">union's
statement</a>, said Maria Costa.</p>
<p>"We are not done," she said, according to <a href="/reports/1"><b>a report</b></a> by the port.</p>
<p>More text here to make the article long enough for the extractor to take it as the main content of the page,
with several sentences. Another sentence follows here. And a third one for good measure.</p>
</article><footer><a href="/about">About us</a></footer></body></html>
"""


def test_markdown_links_are_kept_with_their_words(load_one):
    doc = load_one("a.md", MARKDOWN)
    assert [(doc.text[k.start : k.end], k.url) for k in doc.links] == [
        ("union's statement", "https://union.example.org/s"),
        ("a report", "https://news.example.com/a?b=1"),
        ("https://example.org/auto", "https://example.org/auto"),
        ("mail", "mailto:desk@example.com"),
    ]


def test_html_links_are_kept_and_relative_ones_resolved_against_the_page(load_one):
    doc = load_one("a.html", HTML)
    assert [(" ".join(doc.text[k.start : k.end].split()), k.url) for k in doc.links] == [
        ("union's statement", "https://union.example.org/statement"),
        ("a report", "https://harbour.example.com/reports/1"),
    ]


def test_only_absolute_web_and_mail_addresses_are_kept():
    assert usable_url("https://x.org/a") == "https://x.org/a"
    assert usable_url("/a", "https://x.org/b/c") == "https://x.org/a"
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "/a",
        "https://x.org/\x1b]0;t\x07",
        "data:text/html,x",
        "",
    ):
        assert usable_url(bad) is None


def test_the_analysis_json_has_no_links(tmp_path, capsys):
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    main(["analyze", "--json", "--no-cache", str(tmp_path)])
    document = json.loads(capsys.readouterr().out)["documents"][0]
    assert set(document) == {"id", "path", "title", "outlet", "author", "published", "headline", "text"}


async def test_links_are_shown_and_o_opens_the_one_under_the_pointer(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    opened = []
    monkeypatch.setattr("tui.opener.open_externally", lambda url: opened.append(url))
    app = BriefingApp([str(tmp_path / "a.md")])
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        view = app.reader.query_one(ArticleView)
        links = [m for m in view.marks if m.component == LINK]
        assert [m.key for m in links][:2] == ["https://union.example.org/s", "https://news.example.com/a?b=1"]
        await pilot.press("o")  # no pointer over a link: the first link in view
        assert opened == ["https://union.example.org/s"]
        second = links[1]
        line = view.line_of(second.start) - int(view.scroll_y)
        column = second.start - view._layout.lines[view.line_of(second.start)][0]
        await pilot.hover(ArticleView, offset=(column + 1 + view.styles.padding.left + view._margin, line))
        assert "https://news.example.com/a?b=1" in str(app.reader.query_one("#info").render())
        await pilot.press("o")
        assert opened[-1] == "https://news.example.com/a?b=1"


async def test_the_palette_lists_the_links(tmp_path, monkeypatch):
    from test_palette import run_command

    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    opened = []
    monkeypatch.setattr("tui.opener.open_externally", lambda url: opened.append(url))
    app = BriefingApp([str(tmp_path / "a.md")])
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await run_command(pilot, "open link a report")
        assert opened == ["https://news.example.com/a?b=1"]


def test_the_opener_is_detached_from_the_terminal(monkeypatch):
    import subprocess

    from tui import opener

    calls = []
    monkeypatch.setattr(opener, "opener_command", lambda url: ["xdg-open", url])
    monkeypatch.setattr(subprocess, "Popen", lambda command, **kw: calls.append((command, kw)))
    assert opener.open_externally("https://x.org/") is None
    (command, kw) = calls[0]
    assert command == ["xdg-open", "https://x.org/"] and kw["start_new_session"]
    assert kw["stdin"] == kw["stdout"] == kw["stderr"] == subprocess.DEVNULL
