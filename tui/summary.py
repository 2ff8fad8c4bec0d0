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
        f"      {' · '.join([*facts, counts])}",
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


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(" ".join(text.split()), width) or [""]


def side_by_side(briefing: Briefing, a: str, b: str, width: int = 100) -> str:
    """The aligned passages of two articles next to each other, with score and band."""
    from .core.compare import alignments_between, coverage

    doc_a, doc_b = briefing.document(a), briefing.document(b)
    pairs = alignments_between(briefing, a, b)
    column = max(20, (width - 3) // 2)
    out = [
        f"{(doc_a.title or doc_a.path)[:column]:<{column}} | {(doc_b.title or doc_b.path)[:column]}",
        f"{'-' * column}-+-{'-' * column}",
    ]
    for al in pairs:
        left = _wrap(doc_a.text[al.a.start : al.a.end], column)
        right = _wrap(doc_b.text[al.b.start : al.b.end], column)
        for k in range(max(len(left), len(right))):
            line_a = left[k] if k < len(left) else ""
            line_b = right[k] if k < len(right) else ""
            out.append(f"{line_a:<{column}} | {line_b}")
        out.append(f"{'':<{column}} | {'':<0}[{al.band}, {al.score:.2f}]")
        out.append("")
    cover = coverage(briefing)
    only_a = sum(1 for _, docs in cover[a] if b not in docs)
    only_b = sum(1 for _, docs in cover[b] if a not in docs)
    out.append(
        f"{count(len(pairs), 'shared passage')}; {count(only_a, 'sentence')} only in {a}, "
        f"{count(only_b, 'sentence')} only in {b}"
    )
    return "\n".join(out) + "\n"
