"""Saved HTML article pages."""

from __future__ import annotations

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Ministers agree on fishing quotas | The Harbour Times</title>
<meta property="og:title" content="Ministers agree on fishing quotas">
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2026-03-02T09:15:00Z">
<meta name="author" content="Jane O'Neill">
<script>document.title = "\\u001b]0;pwned\\u0007";</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers agree on fishing quotas</h1>
<p class="byline">By Jane O'Neill</p>
<p>EU fisheries ministers agreed on Tuesday to cut cod quotas by 20%, the European Commission said.</p>
<p>"This is a hard but necessary decision," said Commissioner Maria Lopes. Fishermen's groups said the cut would cost jobs.</p>
<figure><img src="x.jpg"><figcaption>Boats in port. Photo: Reuters</figcaption></figure>
<p>The deal covers the North Sea and the Baltic &amp; will run until 2028.</p>
</article><footer>© 2026 The Harbour Times</footer></body></html>
"""


def test_metadata_from_tags_and_article_text(load_one):
    doc = load_one("a.html", PAGE)
    assert (doc.title, doc.outlet, doc.author, doc.published) == (
        "Ministers agree on fishing quotas",
        "The Harbour Times",
        "Jane O'Neill",
        "2026-03-02",
    )
    assert doc.source_format == "html"
    assert doc.body.startswith("EU fisheries ministers agreed")
    assert "Baltic & will run" in doc.text
    for furniture in ("Home", "Boats in port", "document.title", "By Jane", "©"):
        assert furniture not in doc.text


def test_title_without_og_tags_loses_the_site_suffix(load_one):
    page = (
        "<html><head><title>Port strike ends - Daily Ledger</title>"
        '<meta property="og:site_name" content="Daily Ledger"></head>'
        "<body><article><p>Dockers went back to work on Wednesday after the union accepted the offer, "
        "ending a strike that had closed the port for two weeks.</p></article></body></html>"
    )
    doc = load_one("b.htm", page)
    assert doc.title == "Port strike ends"


def test_json_ld_article_metadata(load_one):
    page = (
        "<html><head><title>x</title><script type='application/ld+json'>"
        '{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Port strike ends",'
        '"datePublished":"2026-03-04T08:00:00+01:00","author":[{"@type":"Person","name":"Ana Ruiz"}],'
        '"publisher":{"@type":"Organization","name":"Daily Ledger"}}]}'
        "</script></head><body><article><p>Dockers went back to work on Wednesday after the union "
        "accepted the offer, ending a strike that had closed the port for two weeks.</p>"
        "</article></body></html>"
    )
    doc = load_one("c.html", page)
    assert (doc.title, doc.outlet, doc.author, doc.published) == (
        "Port strike ends",
        "Daily Ledger",
        "Ana Ruiz",
        "2026-03-04",
    )


def test_outlet_from_the_title_suffix_when_no_tag_names_it(load_one):
    page = (
        "<html><head><title>Regulator fines telehealth firm over data leak - The Paulista Post</title></head>"
        "<body><article><span class='author'>By Camila Duarte</span>"
        "<time datetime='2026-05-14T19:05:00-03:00'>May 14</time>"
        "<p>Brazil's data protection authority on Thursday fined the telehealth company a total of R$62 "
        "million over a cyberattack that exposed the personal data of 23.4 million patients.</p>"
        "</article></body></html>"
    )
    doc = load_one("p.html", page)
    assert (doc.title, doc.outlet) == ("Regulator fines telehealth firm over data leak", "The Paulista Post")


def test_html_with_one_tag_of_many_attributes_is_capped_before_extraction():
    from tui.core.load.html import MAX_ATTRIBUTES, cap_attributes

    attributes = " ".join(f'data-a{i}="v {i}"' for i in range(5000))
    page = f"<p {attributes} class='x'>The council met.</p><b id=y>short tag</b>"
    capped = cap_attributes(page)
    assert capped.count("data-a") == MAX_ATTRIBUTES and capped.startswith('<p data-a0="v 0" data-a1="v 1"')
    assert capped.endswith(">The council met.</p><b id=y>short tag</b>")
    assert cap_attributes("<p class=x>few attributes</p>") == "<p class=x>few attributes</p>"


def test_tags_that_never_close_are_read_in_one_pass(load_one):
    """Python's HTML parser reads an unclosed tag to the end once per '<' after the last '>': thousands of
    them took minutes. They are escaped before it sees them."""
    from tui.core.load.htmltext import html_fragment_text, without_open_tags_at_end

    page = "<html><body><article><p>The council met on Monday and voted to close the road.</p>"
    assert without_open_tags_at_end(page + "<a x <!-- y </") == page + "&lt;a x &lt;!-- y &lt;/"
    assert without_open_tags_at_end(page + "</html>") == page + "</html>"
    assert html_fragment_text("<p>Text</p><a b <c") == ["Text", "<a b <c"]
    doc = load_one("open.html", page + "<a never closed " * 20_000)
    assert doc.body.startswith("The council met on Monday")


def test_json_ld_nested_too_deeply_is_ignored_and_the_page_loads(load_one):
    blob = "[" * 50_000 + "]" * 50_000
    page = (
        f'<html><head><script type="application/ld+json">{blob}</script><title>Road closed - Site</title></head>'
        "<body><article><p>The council met on Monday and voted to close the road for a month.</p></article></body></html>"
    )
    doc = load_one("deep.html", page)
    assert doc.body.startswith("The council met on Monday")


def test_a_page_too_large_for_the_extractor_is_read_as_plain_text_with_a_warning(write, monkeypatch):
    from tui.core.load import html, load_paths

    monkeypatch.setattr(html, "MAX_TAGS", 100)
    paragraphs = "".join(f"<p>The council met on Monday, item {i}, and voted to close the road.</p>" for i in range(60))
    loaded = load_paths([write("big.html", f"<html><body><article>{paragraphs}</article></body></html>")])
    (doc,) = loaded.documents
    assert "item 59, and voted" in doc.text
    assert [w.reason for w in loaded.warnings] == [
        "a page of 126 tags: read without the article extractor (menus and link lists may remain)"
    ]
    monkeypatch.setattr(html, "MAX_TAGS", 100_000)
    monkeypatch.setattr(html, "MAX_ATTRIBUTES_IN_PAGE", 10)
    page = "<html><body><article>" + "".join(f'<p a="1" b="2">Item {i} of the list here.</p>' for i in range(10))
    (warning,) = load_paths([write("attrs.html", page + "</article></body></html>")]).warnings
    assert warning.reason.startswith("a page of 20 attributes")
