"""Saved HTML article pages: the article text via trafilatura, metadata from the page's tags.

Explicit tags win (``og:title``, ``og:site_name``, ``article:published_time``,
``author``, JSON-LD ``NewsArticle``); trafilatura's own metadata fills the
gaps, and its main-content extraction drops menus, ads and link lists.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from .clean import clean_text, tidy_line
from .dates import parse_date
from .header import Block, Meta
from .htmltext import html_fragment_text, without_open_tags_at_end
from .links import block_with_links, usable_url

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7|\u2022)\s+")

# Start tags long enough to hold many attributes, and one attribute of a tag.
_LONG_TAG = re.compile(r"<([A-Za-z][^\s/<>]*)([^<>]{1000,})>")
_ATTRIBUTE = re.compile(r"""\s*[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>]*))?""")
MAX_ATTRIBUTES = 256  # per tag; more are dropped (libxml2's check for repeated attributes is quadratic)


class _MetaCollector(HTMLParser):
    """Collects <meta> values, the <title>, the first <h1> and JSON-LD objects."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.json_ld: list[str] = []
        self.canonical = ""
        self._in: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.casefold(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
            if key and attributes.get("content") and key.casefold() not in self.meta:
                self.meta[key.casefold()] = attributes["content"]
        elif tag == "link" and "canonical" in attributes.get("rel", "").split() and not self.canonical:
            self.canonical = attributes.get("href", "")
        elif tag == "title" and not self.title:
            self._start("title")
        elif tag == "h1" and not self.h1:
            self._start("h1")
        elif tag == "script" and "ld+json" in attributes.get("type", ""):
            self._start("ld")

    def _start(self, what: str) -> None:
        self._in, self._buffer = what, []

    def handle_endtag(self, tag: str) -> None:
        if self._in and tag in ("title", "h1", "script"):
            text = "".join(self._buffer)
            if self._in == "title":
                self.title = text
            elif self._in == "h1":
                self.h1 = text
            else:
                self.json_ld.append(text)
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buffer.append(data)


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = tidy_line(clean_text(str(value)))
    return text or None


def _ld_articles(blobs: list[str]) -> list[dict[str, Any]]:
    """NewsArticle-like objects from JSON-LD blocks (also inside @graph and lists)."""
    found: list[dict[str, Any]] = []
    stack: list[Any] = []
    for blob in blobs:
        try:
            stack.append(json.loads(blob))
        except (ValueError, RecursionError):  # not JSON, or nested too deeply: that block is ignored
            continue
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
    return found


def _ld_one_name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return _clean(value) if isinstance(value, str) else None


def _ld_name(value: Any) -> str | None:
    """A name, a {"name": ...} object, or a flat list of them (nested lists are not names)."""
    if isinstance(value, list):
        names = [n for n in (_ld_one_name(v) for v in value[:20]) if n]
        return " and ".join(names) or None
    return _ld_one_name(value)


def _tag_meta(page: _MetaCollector) -> Meta:
    """Metadata from the page's own tags."""
    m = page.meta
    ld = _ld_articles(page.json_ld)
    art = ld[0] if ld else {}
    author = m.get("author") or m.get("article:author") or m.get("byl") or m.get("dc.creator")
    if author and re.match(r"https?://", author):
        author = None
    author = re.sub(r"^by\s+", "", author or "", flags=re.IGNORECASE) or _ld_name(art.get("author"))
    published = (
        m.get("article:published_time")
        or m.get("og:published_time")
        or art.get("datePublished")
        or m.get("datepublished")
        or m.get("pubdate")
        or m.get("publish-date")
        or m.get("date")
        or m.get("dc.date")
        or m.get("dcterms.created")
    )
    return Meta(
        title=_clean(m.get("og:title") or m.get("twitter:title") or art.get("headline")),
        outlet=_clean(m.get("og:site_name") or m.get("application-name") or _ld_name(art.get("publisher"))),
        author=_clean(author),
        published=parse_date(published),
    )


def _strip_site(title: str | None, outlet: str | None) -> str | None:
    """'Ministers agree | The Harbour Times' -> 'Ministers agree'."""
    if not title:
        return title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and outlet and parts[-1].casefold() == outlet.casefold():
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


def _anchors(element: Any, base: str | None) -> list[tuple[str, str | None]]:
    """The links inside a block element of trafilatura's body: (the linked words, the usable url)."""
    return [("".join(ref.itertext()), usable_url(ref.get("target"), base)) for ref in element.iter("ref")]


def _body_blocks(body: Any, base: str | None = None) -> list[Block]:
    """Blocks from trafilatura's XML body: headings, paragraphs, list items, quotes, table rows; links kept."""
    blocks: list[Block] = []
    for element in body.iter("head", "p", "item", "quote", "row", "code"):
        if element.tag == "quote" and element.find(".//p") is not None:
            continue
        if element.tag in ("p", "item") and element.getparent() is not None and element.getparent().tag == "row":
            continue
        if element.tag == "row":
            text = " | ".join(tidy_line("".join(c.itertext())) for c in element if c.tag == "cell")
        else:
            if any(child.tag in ("p", "item", "list") for child in element):
                continue
            text = "".join(element.itertext())
        text = tidy_line(clean_text(text))
        if text:
            blocks.append(block_with_links(text, element.tag == "head", _anchors(element, base)))
    return blocks


def _cap_tag(match: re.Match[str]) -> str:
    rest = match.group(2)
    attributes: list[str] = []
    for attribute in _ATTRIBUTE.finditer(rest):
        if len(attributes) == MAX_ATTRIBUTES:
            closing = "/" if rest.rstrip().endswith("/") else ""
            return f"<{match.group(1)}{''.join(attributes)}{closing}>"
        attributes.append(attribute.group())
    return match.group()


def cap_attributes(html: str) -> str:
    """The page with at most ``MAX_ATTRIBUTES`` attributes on any tag (the first ones are kept)."""
    return _LONG_TAG.sub(_cap_tag, html)


MAX_TAGS = 100_000  # '<' in a page; a larger one is read without the article extractor
MAX_ATTRIBUTES_IN_PAGE = 500_000  # '=' in a page, likewise


def _oversized(html: str) -> str | None:
    """Why a page is too large for the article extractor, or None.

    trafilatura's main pass takes time growing with the square of the
    paragraphs (16,000 took 10 s, 33,000 took 42 s), and lxml holds every
    attribute (20 MB of them took 2.2 GB); no article page comes near these
    counts. Such a page is read by the plain-text reader, which is linear.
    """
    tags, attributes = html.count("<"), html.count("=")
    if tags <= MAX_TAGS and attributes <= MAX_ATTRIBUTES_IN_PAGE:
        return None
    what = f"{tags:,} tags" if tags > MAX_TAGS else f"{attributes:,} attributes"
    return f"a page of {what}: read without the article extractor (menus and link lists may remain)"


def _extracted(html: str, meta: Meta, base: str | None) -> tuple[Meta, list[Block]]:
    """Metadata (``meta`` first) and body blocks from trafilatura (links resolved against ``base``), or no
    blocks if it finds none."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_tables=True,
        include_links=True,
        favor_recall=True,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    if extracted is None or isinstance(extracted, dict):  # (a dict only when asked for one)
        return meta, []
    meta = meta.or_else(
        Meta(
            title=_clean(extracted.title),
            outlet=_clean(extracted.sitename),
            author=_clean((extracted.author or "").replace(";", " and ")),
            published=parse_date(extracted.date),
        )
    )
    return meta, _body_blocks(extracted.body, base) if extracted.body is not None else []


def load_html(html: str) -> tuple[Meta, list[Block], str | None]:
    """Metadata, body blocks and an optional warning for a saved article page."""
    html = cap_attributes(html)
    page = _MetaCollector()
    try:
        page.feed(without_open_tags_at_end(html))
        page.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        pass
    meta = _tag_meta(page)
    warning = _oversized(html)
    blocks: list[Block] = []
    if warning is None:
        meta, blocks = _extracted(html, meta, page.meta.get("og:url") or page.canonical or None)
    if not blocks:
        blocks = [Block(line) for line in html_fragment_text(html, skip_furniture=True)]
    outlet = meta.outlet
    page_title = _clean(page.title) or ""
    parts = _TITLE_SEPARATORS.split(page_title)
    if outlet is None and len(parts) > 1 and len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 3:
        outlet = parts[-1]  # "<title>Headline - The Paulista Post</title>"
    title = meta.title or page_title or _clean(page.h1)
    return Meta(_strip_site(title, outlet), outlet, meta.author, meta.published), blocks, warning
