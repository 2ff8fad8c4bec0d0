"""Links kept from Markdown and HTML articles: each loader marks its blocks' links, and the document gets them.

A loader gives a block with links as a ``LinkedBlock``: the linked words'
spans in the block's text and their addresses. Once the document is
assembled, each such block is found in its text, in order, and its links
become the document's ``links`` (offsets into the document text). Only
absolute http, https and mailto addresses are kept; a relative one is
resolved against the page's own address when the page gives one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

from ..model import Document, Link
from .clean import clean_text, tidy_line
from .header import Block

SCHEMES = frozenset({"http", "https", "mailto"})
MAX_URL = 2048  # characters


@dataclass(frozen=True, slots=True)
class LinkedBlock(Block):
    """A block with links: (start, end, url) spans of ``text``."""

    links: tuple[tuple[int, int, str], ...] = ()


def usable_url(url: str | None, base: str | None = None) -> str | None:
    """``url`` as an absolute http, https or mailto address (None if it cannot be one)."""
    if not url:
        return None
    url = url.strip()
    if not url or len(url) > MAX_URL or any(ch.isspace() or not ch.isprintable() for ch in url):
        return None
    if base and not urlsplit(url).scheme:
        url = urljoin(base, url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES or (parts.scheme.lower() != "mailto" and not parts.netloc):
        return None
    return url


def spans_of(text: str, anchors: Iterable[tuple[str, str | None]]) -> tuple[tuple[int, int, str], ...]:
    """The spans of ``text`` that the anchors' words occupy, found left to right, with their urls.

    Args:
        text: the block's text, tidied as the loader tidies it.
        anchors: (the linked words as written, the url or None when it is not usable), in order.
    """
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for words, url in anchors:
        words = tidy_line(clean_text(words))
        at = text.find(words, cursor) if words else -1
        if at < 0:
            continue
        cursor = at + len(words)
        if url is not None:
            spans.append((at, cursor, url))
    return tuple(spans)


def block_with_links(text: str, heading: bool, anchors: list[tuple[str, str | None]]) -> Block:
    """A ``Block``, or a ``LinkedBlock`` when any of ``anchors`` is found in ``text`` with a usable url."""
    links = spans_of(text, anchors) if anchors else ()
    return LinkedBlock(text, heading, links) if links else Block(text, heading)


def _is_paragraph(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole paragraph (paragraphs are joined by a blank line)."""
    return (start == 0 or text[start - 2 : start] == "\n\n") and (end == len(text) or text[end : end + 2] == "\n\n")


def attach_links(document: Document, blocks: Iterable[Block]) -> Document:
    """``document`` with the links of its blocks, each block found as a paragraph of its text, in order."""
    text = document.text
    links: list[Link] = []
    cursor = 0
    for block in blocks:
        if not isinstance(block, LinkedBlock) or not block.links:
            continue
        at = text.find(block.text, cursor)
        while at >= 0 and not _is_paragraph(text, at, at + len(block.text)):
            at = text.find(block.text, at + 1)
        if at < 0:
            continue  # dropped as furniture, or changed by the header reader
        links += [Link(at + start, at + end, url) for start, end, url in block.links]
        cursor = at + len(block.text)
    return replace(document, links=tuple(links)) if links else document
