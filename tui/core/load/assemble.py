"""Turn a loader's blocks and metadata into a ``Document``: header, furniture, segments."""

from __future__ import annotations

import re

from .. import segment
from ..model import Document, Span
from .clean import tidy_line
from .dates import find_dates, prefers_day_first
from .furniture import copyright_holder, drop_link_lists, is_furniture
from .header import Block, Meta, choose_published, drop_repeated_title, is_dateline, read_header


class EmptyArticle(ValueError):
    """Nothing of the file is article text."""


def _fallback_outlet(blocks: list[Block]) -> str | None:
    """An outlet named by a copyright line near the end of the page."""
    for block in reversed(blocks[-8:]):
        holder = copyright_holder(block.text)
        if holder:
            return holder
    return None


_DATELINE_AGENCY = re.compile(
    r"^[A-Z][A-Z .'-]{2,}(?:,\s+[\w .]+?)?\s+\((?P<agency>[A-Z][\w .&'-]{1,30})\)\s*[-\u2014\u2013]"
)


def _dateline_agency(texts: list[str]) -> str | None:
    """'GENEVA, March 4 (Interwire) - ...': the wire service that filed the story."""
    for text in texts[:3]:
        match = _DATELINE_AGENCY.match(text)
        if match:
            return match.group("agency").strip()
    return None


def _fallback_published(blocks: list[Block], day_first: bool) -> str | None:
    """A date labelled 'Published ...' on a short line anywhere in the page."""
    hits = [h for b in blocks if len(b.text) < 120 for h in find_dates(b.text, day_first) if h.label == "published"]
    return choose_published(hits)


def assemble(blocks: list[Block], known: Meta, *, doc_id: str, path: str, source_format: str) -> Document:
    """Read the header, drop furniture, join the body and segment it."""
    day_first = prefers_day_first(" ".join(b.text for b in blocks[:400]))
    header = read_header(blocks, known, day_first)
    meta = header.meta
    texts = _body_texts(drop_repeated_title(header.body, meta.title), day_first)
    if not texts:  # a brief: what looked like a photo caption under the dateline is the story
        texts = _body_texts(header.captions, day_first)
    if not texts and not meta.title:
        raise EmptyArticle("no article text found")
    meta = meta.or_else(
        Meta(
            outlet=_fallback_outlet(blocks) or _dateline_agency(texts), published=_fallback_published(blocks, day_first)
        )
    )
    title = _tidy(meta.title)
    headline = None
    if title:  # the headline is analysed and shown with the body, as its first paragraph
        texts.insert(0, title)
        headline = Span(0, len(title))
    text = "\n\n".join(texts)
    paragraphs, sentences = segment.segment(text)
    return Document(
        id=doc_id,
        path=path,
        text=text,
        headline=headline,
        title=title,
        outlet=_tidy(meta.outlet),
        author=_tidy(meta.author),
        published=meta.published,
        paragraphs=paragraphs,
        sentences=sentences,
        source_format=source_format,
    )


def _body_texts(blocks: list[Block], day_first: bool) -> list[str]:
    """The texts of the body's blocks, without link lists, furniture and date lines."""
    texts = drop_link_lists([b.text for b in blocks])
    return [t for t in texts if not is_furniture(t) and not is_dateline(t, day_first)]


def _tidy(value: str | None) -> str | None:
    if value is None:
        return None
    return tidy_line(value) or None
