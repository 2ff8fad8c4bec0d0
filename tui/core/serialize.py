"""``Briefing`` as the ``briefing.analysis/1`` JSON object that scripts read."""

from __future__ import annotations

import json
from typing import Any

from .model import Briefing, Passage

SCHEMA = "briefing.analysis/1"


def _passage(p: Passage) -> dict[str, Any]:
    return {"doc": p.doc, "start": p.start, "end": p.end}


def to_json(briefing: Briefing) -> dict[str, Any]:
    """The analysis as plain JSON-ready data, in the documented schema."""
    return {
        "schema": SCHEMA,
        "documents": [
            {
                "id": d.id,
                "path": d.path,
                "title": d.title,
                "outlet": d.outlet,
                "author": d.author,
                "published": d.published,
                "headline": {"start": d.headline.start, "end": d.headline.end} if d.headline else None,
                "text": d.text,
            }
            for d in briefing.documents
        ],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "mentions": [{"doc": m.doc, "start": m.start, "end": m.end} for m in a.mentions],
            }
            for a in briefing.actors
        ],
        "quotes": [
            {
                "id": q.id,
                "doc": q.doc,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "speaker": q.speaker,
                "kind": q.kind,
                "evidence": q.evidence,
            }
            for q in briefing.quotes
        ],
        "terms": [
            {"id": t.id, "doc": t.doc, "start": t.start, "end": t.end, "text": t.text, "kind": t.kind}
            for t in briefing.terms
        ],
        "stories": [{"id": s.id, "title": s.title, "documents": list(s.documents)} for s in briefing.stories],
        "alignments": [
            {"a": _passage(al.a), "b": _passage(al.b), "score": round(al.score, 4), "band": al.band}
            for al in briefing.alignments
        ],
        "facts": [
            {"id": f.id, "story": f.story, "passages": [_passage(p) for p in f.passages], "score": f.score}
            for f in briefing.facts
        ],
        "discrepancies": [
            {"kind": d.kind, "a": _passage(d.a), "b": _passage(d.b), "values": list(d.values), "fact": d.fact}
            for d in briefing.discrepancies
        ],
    }


def dumps(data: dict[str, Any]) -> str:
    """The analysis as JSON text: each top-level field on its own line, each document, actor, quote and
    alignment on one line of its own (readable, and written by the standard library's fast encoder)."""
    lines = ["{"]
    items = list(data.items())
    for number, (key, value) in enumerate(items):
        comma = "," if number < len(items) - 1 else ""
        name = json.dumps(key)
        if isinstance(value, list) and value:
            rows = [" " + json.dumps(v, ensure_ascii=False) for v in value]
            lines.append(f" {name}: [\n" + ",\n".join(rows) + f"\n ]{comma}")
        else:
            lines.append(f" {name}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"
