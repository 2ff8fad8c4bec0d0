"""Turn a loader's blocks and metadata into a ``Document``: header, furniture, segments."""

from __future__ import annotations

import re

from .. import segment
from ..model import Document
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
    meta, body = read_header(blocks, known, day_first)
    body = drop_repeated_title(body, meta.title)
    texts = [
        t for t in drop_link_lists([b.text for b in body]) if not is_furniture(t) and not is_dateline(t, day_first)
    ]
    if not texts:
        raise EmptyArticle("no article text found")
    meta = meta.or_else(
        Meta(
            outlet=_fallback_outlet(blocks) or _dateline_agency(texts), published=_fallback_published(blocks, day_first)
        )
    )
    text = "\n\n".join(texts)
    paragraphs, sentences = segment.segment(text)
    return Document(
        id=doc_id,
        path=path,
        text=text,
        title=_tidy(meta.title),
        outlet=_tidy(meta.outlet),
        author=_tidy(meta.author),
        published=meta.published,
        paragraphs=paragraphs,
        sentences=sentences,
        source_format=source_format,
    )


def _tidy(value: str | None) -> str | None:
    if value is None:
        return None
    return tidy_line(value) or None
