"""A readable plain-text summary of a ``Briefing`` for the terminal."""

from __future__ import annotations

from .core.model import Briefing, Document


def count(n: int, noun: str) -> str:
    """'1 article', '2 articles'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _document_line(doc: Document) -> list[str]:
    facts = [f for f in (doc.outlet, doc.author, doc.published) if f]
    counts = ", ".join(
        (count(doc.word_count, "word"), count(len(doc.paragraphs), "paragraph"), count(len(doc.sentences), "sentence"))
    )
    return [
        f"{doc.id:>4}  {doc.title or '(no title)'}",
        f"      {' · '.join(facts + [counts])}",
        f"      {doc.path}",
    ]


def summary(briefing: Briefing) -> str:
    """Documents with their metadata and sizes, then the analysis counts."""
    docs = briefing.documents
    out = [f"briefing: {count(len(docs), 'article')}", ""]
    for doc in docs:
        out.extend(_document_line(doc))
        out.append("")
    out.append(
        f"{count(len(briefing.actors), 'actor')} · {count(len(briefing.quotes), 'quote')} · "
        f"{count(len(briefing.alignments), 'aligned passage')}"
    )
    return "\n".join(out) + "\n"


def quotes_report(briefing: Briefing) -> str:
    """Every quotation, grouped by article, with its speaker (or 'unattributed')."""
    names = {a.id: a.name for a in briefing.actors}
    out: list[str] = []
    for doc in briefing.documents:
        quotes = [q for q in briefing.quotes if q.doc == doc.id]
        out.append(f"{doc.id:>4}  {doc.title or doc.path}  ({count(len(quotes), 'quote')})")
        for q in quotes:
            speaker = names.get(q.speaker, "unattributed") if q.speaker else "unattributed"
            text = " ".join(q.text.split())
            kind = "  (partial)" if q.kind == "partial" else ""
            out.append(f"      \u201c{text}\u201d \u2014 {speaker}{kind}")
        out.append("")
    return "\n".join(out)
