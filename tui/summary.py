"""A readable plain-text summary of a ``Briefing`` for the terminal."""

from __future__ import annotations

from .core.model import Briefing, Document


def _document_line(doc: Document) -> list[str]:
    facts = [f for f in (doc.outlet, doc.author, doc.published) if f]
    counts = f"{doc.word_count} words, {len(doc.paragraphs)} paragraphs, {len(doc.sentences)} sentences"
    return [
        f"{doc.id:>4}  {doc.title or '(no title)'}",
        f"      {' · '.join(facts + [counts])}",
        f"      {doc.path}",
    ]


def summary(briefing: Briefing) -> str:
    """Documents with their metadata and sizes, then the analysis counts."""
    docs = briefing.documents
    out = [f"briefing: {len(docs)} article{'s' if len(docs) != 1 else ''}", ""]
    for doc in docs:
        out.extend(_document_line(doc))
        out.append("")
    out.append(
        f"{len(briefing.actors)} actors · {len(briefing.quotes)} quotes · "
        f"{len(briefing.alignments)} aligned passages"
    )
    return "\n".join(out) + "\n"
