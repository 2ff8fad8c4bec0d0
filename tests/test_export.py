"""The briefing report: Markdown read back with markdown-it-py, HTML with an HTML parser, hostile text in both."""

from __future__ import annotations

import os
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.core.model import Actor, Briefing, Document, LoadError, Mention, Passage, Quote, Span
from tui.export import format_for, render
from tui.export.cite import outlet_of, passages_at, quote_citation, reference, source_of
from tui.export.report import build_report
from tui.export.stories import stories_of, story_of, whole_set
from tui.export.text import long_date, one_line
from tui.opening import open_briefing

SECTIONS = ["Sources", "Actors", "Quotes", "Shared by several sources", "Only in one source", "Discrepancies"]


@pytest.fixture(scope="module")
def seeds() -> Briefing:
    return open_briefing([], use_cache=False)[1]


def parse_markdown(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(text)


def inline_texts(tokens: list[Token]) -> list[str]:
    """The text of every inline token, as a reader of the rendered Markdown sees it."""
    out = []
    for token in tokens:
        if token.type == "inline":
            out.append(
                "".join(child.content for child in token.children or () if child.type in ("text", "code_inline"))
            )
    return out


def headings(tokens: list[Token], level: int) -> list[str]:
    out = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == f"h{level}":
            out.append(inline_texts([tokens[i + 1]])[0])
    return out


def section(tokens: list[Token], title: str) -> list[Token]:
    """The tokens under the first level-3 heading ``title``, up to the next heading of level 1 to 3."""
    start = next(
        i
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h3" and inline_texts([tokens[i + 1]])[0] == title
    )
    end = next(
        (i for i in range(start + 3, len(tokens)) if tokens[i].type == "heading_open" and tokens[i].tag <= "h3"),
        len(tokens),
    )
    return tokens[start + 3 : end]


class Page(HTMLParser):
    """Every tag, attribute and piece of text of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        if tag not in ("br", "meta"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "style" not in self.stack:
            self.text.append(data)

    @property
    def words(self) -> str:
        return " ".join("".join(self.text).split())


def parse_html(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


# -- Markdown ------------------------------------------------------------------------------------------


def test_markdown_of_the_seeds_has_every_section_and_every_item(seeds):
    tokens = parse_markdown(render(seeds, "md"))
    assert headings(tokens, 1) == ["Briefing report"]
    # one section a story (the seeds report one event), the whole set when the analysis has no stories
    assert headings(tokens, 2) == ([s.title for s in seeds.stories] or ["All articles"])
    assert headings(tokens, 3) == SECTIONS
    sources = inline_texts(section(tokens, "Sources"))
    assert len(sources) == len(seeds.documents)
    for doc in seeds.documents:
        assert any(doc.title in s and doc.path in s and (doc.author or "") in s for s in sources)
    assert "CubaHeadlines" in sources[0] and "5 February 2026" in sources[0]

    actors = section(tokens, "Actors")
    rows = [t for t in actors if t.type == "tr_open"]
    assert len(rows) == len(seeds.actors) + 1  # the header row
    cells = inline_texts(actors)
    for actor in seeds.actors:
        named = len({m.doc for m in actor.mentions})
        i = cells.index(actor.name)
        assert cells[i + 2] == str(named) and cells[i + 3] == str(len(actor.mentions))

    quotes = " ".join(inline_texts(section(tokens, "Quotes")))
    for quote in seeds.quotes:
        assert f"\u201c{one_line(quote.text)}\u201d" in quotes
    assert "carried trimmed in [2]" in quotes  # 'meaningful' is part of what the second article quotes

    shared = section(tokens, "Shared by several sources")
    facts = [t for t in shared if t.type == "list_item_open" and t.level == 1]
    assert facts, "the seeds share passages"
    texts = " ".join(inline_texts(shared))
    assert seeds.facts, "the analysis joins the seeds' aligned passages into facts"
    for fact in seeds.facts:  # the report lists the analysis's facts (a long passage shortened)
        for p in fact.passages:
            words = one_line(seeds.document(p.doc).text[p.start : p.end]).split()
            assert " ".join(words[:20]) in texts

    only = section(tokens, "Only in one source")
    assert headings(only, 4) == [f"[{n}] {d.title}" for n, d in enumerate(seeds.documents, 1)]
    aligned = {(p.doc, p.start) for al in seeds.alignments for p in (al.a, al.b)}
    only_text = " ".join(inline_texts(only))
    for doc in seeds.documents:
        for sentence in doc.sentences:
            words = doc.text[sentence.start : sentence.end]
            if (doc.id, sentence.start) in aligned:
                assert f"\u201c{one_line(words)}\u201d" not in only_text

    differ = " ".join(inline_texts(section(tokens, "Discrepancies")))
    assert "Not looked for" not in differ and (bool(seeds.discrepancies) or differ.startswith("None found."))


def test_markdown_is_the_default_and_the_suffix_picks_html():
    assert format_for(None) == "md"
    assert format_for("report.html") == "html"
    assert format_for("REPORT.HTM") == "html"
    assert format_for("notes.md") == "md"
    assert format_for("notes.txt") == "md"
    assert format_for("report.html", "md") == "md"  # asked for by name, the format wins over the suffix


# -- HTML -----------------------------------------------------------------------------------------------


def test_html_of_the_seeds_has_every_quote_and_nothing_external(seeds):
    text = render(seeds, "html")
    page = parse_html(text)
    assert page.tags[:1] == ["html"] and "style" in page.tags
    assert "script" not in page.tags and "<script" not in text.lower()
    for tag, name, value in page.attributes:
        assert not name.startswith("on"), (tag, name)
        if name in ("href", "src", "action", "srcset", "poster", "data"):
            assert value.startswith("#"), (tag, name, value)  # the seeds are files: anchors inside the page only
    assert "url(" not in text and "@import" not in text
    words = page.words
    for quote in seeds.quotes:
        assert f"\u201c{one_line(quote.text)}\u201d" in words
    for doc in seeds.documents:
        assert doc.title in words and doc.path in words
    policy = [v for tag, name, v in page.attributes if tag == "meta" and name == "content" and "default-src" in v]
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"]


def test_html_marks_actors_by_kind_and_quotes_in_the_light_themes_colours(seeds):
    import tomllib

    text = render(seeds, "html")
    theme = tomllib.loads((__import__("tui.resources").resources.bundled_dir("themes") / "light.toml").read_text())
    for kind in ("person", "organization", "country", "quote"):
        assert f".{kind} {{ color: {theme['variables'][kind]};" in text
    assert '<span class="person">Carlos Fernández de Cossío</span>' in text
    assert '<span class="country">Cuba</span>' in text
    assert '<span class="quote">meaningful</span>' in text
    assert "@media print" in text


def test_web_addresses_of_articles_are_the_only_links(tmp_path, seeds):
    doc = seeds.documents[0]
    online = Document(
        **{**{f: getattr(doc, f) for f in doc.__dataclass_fields__}, "path": "https://example.org/a?b=1&c=2"}
    )
    briefing = Briefing(documents=(online, seeds.documents[1]), actors=seeds.actors, quotes=seeds.quotes)
    page = parse_html(render(briefing, "html"))
    links = [v for _, name, v in page.attributes if name == "href" and not v.startswith("#")]
    assert links == ["https://example.org/a?b=1&c=2"]
    assert outlet_of(Document(id="d9", path="https://news.example.com/x", text="T")) == "news.example.com"


# -- hostile text -----------------------------------------------------------------------------------------

EVIL = '<script>alert("x")</script> **bold** [link](javascript:alert(1)) <img src=x onerror=alert(1)> &amp; | `code`'


def hostile_briefing() -> Briefing:
    """Names, titles, paths and text made of markup, HTML and control characters."""
    text_a = f"# {EVIL}\n\n1. Ana <b>Bell</b> said: \u201c{EVIL} \x1b]2;PWNED\x07\u201d And more text here."
    text_b = f"- {EVIL}\n\nAna <b>Bell</b> said it again here today in the city."
    quote_start = text_a.index("\u201c") + 1
    quote_end = text_a.index("\u201d")
    name = "Ana <b>Bell</b> **x** \x1b[2J"
    docs = (
        Document(
            id="d1",
            path=f"/tmp/{EVIL}\x1b]52;c;cHduZWQ=\x07.txt",
            text=text_a,
            title=f"Title {EVIL} \u202eevil",
            outlet=f"Outlet {EVIL}",
            author=f"By {EVIL}",
            published="2026-02-02",
            paragraphs=(Span(0, text_a.index("\n\n")), Span(text_a.index("\n\n") + 2, len(text_a))),
            sentences=(Span(text_a.index("\n\n") + 2, len(text_a)),),
        ),
        Document(
            id="d2",
            path="javascript:alert(1)",
            text=text_b,
            title="# Heading [x](http://evil.example)",
            paragraphs=(Span(0, len(text_b)),),
            sentences=(Span(text_b.index("\n\n") + 2, len(text_b)),),
        ),
    )
    start = text_a.index("Ana")
    actor = Actor("a1", name, "person", mentions=(Mention("d1", start, start + 15), Mention("d2", 0, 3)))
    quote = Quote("q1", "d1", quote_start, quote_end, text_a[quote_start:quote_end], speaker="a1")
    return Briefing(documents=docs, actors=(actor,), quotes=(quote,), errors=(LoadError(f"{EVIL}.txt", EVIL),))


def test_hostile_text_and_names_stay_text_in_markdown():
    briefing = hostile_briefing()
    text = render(briefing, "md")
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    tokens = parse_markdown(text)
    kinds = {child.type for t in tokens for child in (t.children or [])} | {t.type for t in tokens}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "code_inline", "em_open"}
    assert headings(tokens, 1) == ["Briefing report"]
    assert headings(tokens, 3) == SECTIONS
    shown = " ".join(inline_texts(tokens))
    assert EVIL in shown  # shown as written
    assert "Ana <b>Bell</b> **x** \\x1b[2J" in shown
    assert "\\x1b]2;PWNED\\x07" in shown  # control characters shown, never sent
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<script" not in rendered and "<img" not in rendered and 'href="javascript' not in rendered


def test_hostile_text_and_names_stay_text_in_html():
    briefing = hostile_briefing()
    text = render(briefing, "html")
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    page = parse_html(text)
    assert "script" not in page.tags and "img" not in page.tags and "b" not in page.tags[: page.tags.index("body")]
    assert all(not name.startswith("on") for _, name, _ in page.attributes)
    assert all(v.startswith("#") for _, name, v in page.attributes if name == "href")  # javascript: is no address
    assert EVIL in page.words
    assert "Ana <b>Bell</b> **x** \\x1b[2J" in page.words
    assert "# Heading [x](http://evil.example)" in page.words


def test_a_hostile_article_loaded_from_a_file_is_reported_as_text(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: '<script>alert(1)</script> **b**'\nauthor: '<i>Me</i>'\n---\n\n"
        "The mayor, Ana Bell, said \u201c[l](javascript:x) now\u201d on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Council news <script>x</script>\n\nAna Bell said the council \x1b[31mwould\x1b[0m meet on Monday.\n",
        encoding="utf-8",
    )
    _, briefing = open_briefing([str(tmp_path)], use_cache=False)
    titles = ["<script>alert(1)</script> **b**", "Council news <script>x</script>"]
    assert [d.title for d in briefing.documents] == titles
    html = render(briefing, "html")
    page = parse_html(html)
    assert "script" not in page.tags and "i" not in page.tags and "\x1b" not in html
    assert all(t in page.words for t in [*titles, "by <i>Me</i>"])
    markdown = render(briefing, "md")
    shown = " ".join(inline_texts(parse_markdown(markdown)))
    assert all(t in shown for t in [*titles, "by <i>Me</i>", "[l](javascript:x) now"])
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<script" not in rendered and "<i>" not in rendered and "javascript:x</a>" not in rendered


# -- stories, facts and discrepancies, when the analysis has them ----------------------------------------------


@dataclass(frozen=True)
class FakeStory:
    id: str
    title: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class FakeFact:
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class FakeDiscrepancy:
    kind: str
    a: Passage
    b: Passage
    values: tuple[str, str]


@dataclass(frozen=True, slots=True)
class StoriedBriefing(Briefing):
    stories: tuple[FakeStory, ...] = ()
    facts: tuple[FakeFact, ...] = ()
    discrepancies: tuple[FakeDiscrepancy, ...] = ()


def three_articles() -> Briefing:
    texts = [
        "Dam bursts in Vale\n\nThe dam burst on Tuesday and 2,300 people left their homes. Rain fell for days.",
        "Vale dam fails\n\nThe dam failed on Tuesday and 900 people left their homes. The mayor spoke.",
        "Chess final drawn\n\nThe chess final ended in a draw after six hours of play. Fans cheered.",
    ]
    docs = []
    for n, text in enumerate(texts, 1):
        head = text.index("\n\n")
        first_end = text.index(".", head) + 1
        docs.append(
            Document(
                id=f"d{n}",
                path=f"/news/{n}.txt",
                text=text,
                title=text[:head],
                headline=Span(0, head),
                paragraphs=(Span(0, head), Span(head + 2, len(text))),
                sentences=(Span(0, head), Span(head + 2, first_end), Span(first_end + 1, len(text))),
            )
        )
    return Briefing(documents=tuple(docs))


def test_stories_facts_and_discrepancies_are_rendered_when_the_briefing_has_them():
    plain = three_articles()
    d1, d2, _ = plain.documents
    a, b = (
        Passage("d1", d1.sentences[1].start, d1.sentences[1].end),
        Passage("d2", d2.sentences[1].start, d2.sentences[1].end),
    )
    figure_a = d1.text.index("2,300")
    figure_b = d2.text.index("900")
    briefing = StoriedBriefing(
        documents=plain.documents,
        stories=(FakeStory("s1", "The Vale dam", ("d2", "d1", "d9")),),  # d9: no such document, left out
        facts=(FakeFact((b, a, Passage("d1", 5, 10_000))),),  # a passage beyond the text is left out
        discrepancies=(
            FakeDiscrepancy(
                "count", Passage("d1", figure_a, figure_a + 5), Passage("d2", figure_b, figure_b + 3), ("2,300", "900")
            ),
        ),
    )
    stories = stories_of(briefing)
    assert [(s.id, s.title, s.documents) for s in stories] == [
        ("s1", "The Vale dam", ("d1", "d2")),
        ("d3", "", ("d3",)),
    ]
    assert story_of(briefing, "d3").documents == ("d3",)
    tokens = parse_markdown(render(briefing, "md"))
    assert headings(tokens, 2) == ["The Vale dam", "Chess final drawn"]
    first, second = [i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    dam = tokens[first:second]
    shared = " ".join(inline_texts(section(dam, "Shared by several sources")))
    assert shared.startswith("Reported by [1] and [2]")
    assert "[1] \u201cThe dam burst on Tuesday and 2,300 people left their homes.\u201d" in shared
    differ = " ".join(inline_texts(section(dam, "Discrepancies")))
    assert differ.startswith("count: \u201c2,300\u201d in [1] against \u201c900\u201d in [2]")
    page = parse_html(render(briefing, "html"))
    assert "count: \u201c2,300\u201d in [1] against \u201c900\u201d in [2]" in page.words
    assert "One source: nothing to compare it with." in page.words  # the chess final stands alone


def test_without_stories_the_whole_set_is_one_story():
    briefing = three_articles()
    assert stories_of(briefing) == (whole_set(briefing),)
    report = build_report(briefing)
    assert [s.story.documents for s in report.stories] == [("d1", "d2", "d3")]
    assert report.stories[0].discrepancies == ()  # every analysis compares the facts: none found here
    assert report.stories[0].shared == ()  # no alignments, no facts
    empty = StoriedBriefing(documents=briefing.documents)  # the analysis looked, and found none
    assert build_report(empty).stories[0].discrepancies == ()
    assert "None found." in render(empty, "md")


def test_only_here_leaves_out_the_headline_and_subheadings(seeds):
    report = build_report(seeds)
    for source, passages in report.stories[0].only_here:
        doc = source.document
        assert all(p.start >= doc.headline.end for p in passages)
        assert all(len(doc.text[p.start : p.end].split()) >= 4 for p in passages)
    shown = {doc.text[p.start : p.end] for _, passages in report.stories[0].only_here for p in passages}
    assert "Key Points" not in shown and "Risks" not in shown


# -- citations ----------------------------------------------------------------------------------------------------


def test_a_quote_is_cited_with_its_speaker_outlet_date_and_title(seeds):
    q1 = next(q for q in seeds.quotes if q.text == "meaningful")
    assert quote_citation(seeds, q1) == (
        "\u201cmeaningful\u201d \u2014 Carlos Fern\u00e1ndez de Coss\u00edo, CubaHeadlines, 5 February 2026 "
        "(Cuban Regime Confirms High-Level Contacts with the United States)"
    )
    d2 = seeds.documents[1]
    assert source_of(d2) == f"2 February 2026 ({d2.title})"  # no outlet
    unattributed = Quote("qx", "d2", 0, 5, "Cuban\nOfficial", speaker=None)
    assert quote_citation(seeds, unattributed).startswith("\u201cCuban Official\u201d \u2014 unattributed, 2 February")
    assert reference(seeds.documents[0]).startswith("Cuban Regime Confirms High-Level Contacts with the United States.")


def test_the_passage_at_an_offset_comes_with_what_other_articles_say_of_it(seeds):
    al = seeds.alignments[0]
    found = passages_at(seeds, al.a.doc, al.a.start + 3)
    assert found[0] == al.a and al.b in found[1:]
    assert all(p.doc != al.a.doc for p in found[1:])
    doc = seeds.documents[0]
    aligned = {p.start for a in seeds.alignments for p in (a.a, a.b) if p.doc == doc.id}
    alone = next(s for s in doc.sentences if s.start not in aligned and s.start > 0)
    assert passages_at(seeds, doc.id, alone.start) == (Passage(doc.id, alone.start, alone.end),)


def test_dates_in_words():
    assert long_date("2026-02-02") == "2 February 2026"
    assert long_date("2026-12-31T10:00:00") == "31 December 2026"
    assert long_date("Spring 2026") == "Spring 2026"
    assert long_date("2026-13-01") == "2026-13-01"
    assert long_date(None) is None


# -- the synthetic corpus --------------------------------------------------------------------------------------------


def test_the_report_of_synthetic_articles_lists_every_quote(tmp_path):
    from tui.corpus import write_corpus

    paths = write_corpus(tmp_path, 12)
    _, briefing = open_briefing([str(p) for p in paths], use_cache=False)
    report = build_report(briefing)
    assert report.quote_count == len(briefing.quotes)
    page = parse_html(render(briefing, "html"))
    for quote in briefing.quotes:
        assert f"\u201c{one_line(quote.text)}\u201d" in page.words
    assert os.path.commonpath([str(p) for p in paths]) == str(tmp_path)


# -- the Markdown escape, as a property -----------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tui.export.markdown import escape  # noqa: E402

MARKDOWN_PIECES = [*"\\`*_{}[]()<>#+-=.!|&~:;/ \"'\t\n1aA\u00e9\u201c\x00\x1b", "http://x", "&amp;", "<b>", "1. ", "- "]
MARKDOWN_SYNTAX = st.lists(st.sampled_from(MARKDOWN_PIECES), max_size=30).map("".join)


@given(st.one_of(MARKDOWN_SYNTAX, st.text()))
@settings(max_examples=400, deadline=None)
def test_escaped_text_reads_back_as_itself_in_one_paragraph(text):
    escaped = escape(text)
    tokens = MarkdownIt("commonmark").enable("table").parse(escaped)
    expected = one_line(text)
    if not expected:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], escaped
    children = tokens[1].children or []
    assert {c.type for c in children} <= {"text"}, escaped
    assert "".join(c.content for c in children) == expected
