#!/usr/bin/env python3
"""Check that a development set's gold file is consistent with the article files next to it.

Each set's ``check_gold.py`` gives its body markers and events and calls ``run``:

    python3 tests/devset2/check_gold.py            # errors only; exit 1 if any
    python3 tests/devset2/check_gold.py --report   # also list capitalised words of each
                                                  # body that no gold surface covers

Checks, for every document of the gold:
  * the article file exists (stem + .txt/.md/.html) and its body has the set's range of words;
  * metadata: published is an ISO date or null; title, outlet and each author occur in the file;
  * every REQUIRED mention surface occurs (word boundaries, as score.py matches it) in the
    article BODY (between the markers below) and is not entirely shadowed by a longer surface;
  * every OPTIONAL surface occurs somewhere in the file (header, furniture or body);
  * no surface is both required and optional; every actor id used is defined;
  * every quote's text occurs verbatim (whitespace-normalised) in the body; speakers are known;
  * every alignment phrase occurs in the body of its document (with score.py's tolerance for
    whitespace and quote marks), the two documents differ and belong to the same event.
"""

from __future__ import annotations

import argparse
import json
import re
from html.parser import HTMLParser
from pathlib import Path

# set by ``run`` from the calling set's configuration
HERE = Path(".")
GOLD = Path("gold.json")
BODY: dict[str, tuple[str, str]] = {}  # first and last words of each article body
EVENTS: dict[str, list[str]] = {}  # documents that report the same event
MIN_WORDS, MAX_WORDS = 350, 900

BLOCK = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "figcaption",
    "figure",
    "header",
    "footer",
    "section",
    "article",
    "aside",
    "nav",
    "main",
    "br",
    "time",
    "span",
    "title",
}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        p = _Text()
        p.feed(raw)
        return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", "".join(p.out))
    return raw


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# --- the same matching rules as ../../../shared/eval/score.py
def surface_regex(surface: str) -> re.Pattern:
    body = r"\s+".join(re.escape(part) for part in surface.split())
    return re.compile(r"(?<!\w)" + body + r"(?!\w)")


def find_anchor(text: str, anchor: str):
    i = text.find(anchor)
    if i >= 0:
        return (i, i + len(anchor))
    pat = r"\s+".join(re.escape(w) for w in anchor.split())
    pat = pat.replace(r"\"", '["\u201c\u201d]').replace('"', '["\u201c\u201d]').replace("'", "['\u2018\u2019]")
    m = re.search(pat, text)
    return (m.start(), m.end()) if m else None


def gold_spans(text: str, spec: dict):
    surfaces = [(s, a, True) for s, a in spec.get("required", {}).items()]
    surfaces += [(s, a, False) for s, a in spec.get("optional", {}).items()]
    surfaces.sort(key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    spans = []
    for surface, actor, req in surfaces:
        for m in surface_regex(surface).finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            spans.append((m.start(), m.end(), actor, req, surface))
    return sorted(spans)


def find_file(stem: str) -> Path | None:
    for ext in (".txt", ".md", ".html", ".htm"):
        p = HERE / (stem + ext)
        if p.exists():
            return p
    return None


def body_of(stem: str, full: str) -> str | None:
    start, end = BODY[stem]
    i = full.find(start)
    j = full.find(end, i if i >= 0 else 0)
    if i < 0 or j < 0:
        return None
    return full[i : j + len(end)]


STOP = set(
    """A An The In On At By For And But Or Of To As If It Its This That These Those He She They We I You
His Her Their Our Under After Before Since While When Where Who What Why How Some Two One Three About Speaking
According Analysts Officials Investors Shares Fishermen Environmental Volunteers Teams Leaders Press Nobody Every
Today Tuesday Monday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Advertisement ADVERTISEMENT Chief Lawyer Minister Foreign Sea Ms Mr Kremlin
Hundreds Arrested Construction Subsidies Give Related Lenders Read More Additional Outside Kumamoto
Health Government Founded Small Every Eleven Laboratory Police Pharmacies Importers Nobody Not Under Here Proving
Athletes Ostarine That During Its Chief Last Last-month Brazilian Health CEO WHAT LEAKED OUR TAKE THE COURT CASE
INVESTOR ANGLE RESPONSE Drug Diethylene Officials Government Lab B Analysis Sport Swimming Loading ALSO READ
Story Lachie Can What My Whatever He’s I’ve I’ll SIA’s It’s""".split()
)


def report_uncovered(stem: str, body: str, spec: dict) -> list[str]:
    spans = gold_spans(body, spec)
    covered = [False] * len(body)
    for s, e, *_ in spans:
        for k in range(s, e):
            covered[k] = True
    out = []
    for m in re.finditer(
        r"\b[A-ZÀ-ÖØ-ÞİŞ][\w’'\-.]*(?:\s+(?:of|de|van|der|von|bin|al|arap|ole|and)?\s*[A-ZÀ-ÖØ-Þ][\w’'\-.]*)*", body
    ):
        if any(covered[m.start() : m.end()]):
            continue
        word = m.group(0).strip(".’'")
        if word in STOP or len(word) < 2:
            continue
        out.append(word)
    return sorted(set(out))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", action="store_true", help="list capitalised words not covered by the gold")
    ap.add_argument("--gold", default=str(GOLD), help="gold file (default: the set's gold file)")
    args = ap.parse_args()
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    errors: list[str] = []
    warns: list[str] = []
    if gold.get("format") != "briefing-gold/1":
        errors.append("format is not briefing-gold/1")
    actors = gold.get("actors", {})
    for aid, a in actors.items():
        if a.get("kind") not in ("person", "organization", "country", "other"):
            errors.append(f"actor {aid}: bad kind {a.get('kind')!r}")

    docs = gold.get("docs", {})
    full_of, body_text = {}, {}
    event_of = {s: ev for ev, stems in EVENTS.items() for s in stems}
    for stem, meta in docs.items():
        f = find_file(stem)
        if f is None:
            errors.append(f"{stem}: no article file")
            continue
        full = visible_text(f)
        full_of[stem] = full
        if stem not in BODY:
            errors.append(f"{stem}: no BODY markers in check_gold.py")
            continue
        body = body_of(stem, full)
        if body is None:
            errors.append(f"{stem}: body markers not found in {f.name}")
            continue
        body_text[stem] = body
        n = len(body.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            errors.append(f"{stem}: body has {n} words (want {MIN_WORDS}-{MAX_WORDS})")
        if stem not in event_of:
            errors.append(f"{stem}: not assigned to an event in EVENTS")
        for field in ("title", "outlet", "author", "published"):
            if field not in meta:
                errors.append(f"{stem}: metadata field {field} missing")
        pub = meta.get("published")
        if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            errors.append(f"{stem}: published {pub!r} is not YYYY-MM-DD")
        raw = f.read_text(encoding="utf-8")
        for field in ("title", "outlet"):
            v = meta.get(field)
            if v and ws(v) not in ws(full) and ws(v) not in ws(raw):
                errors.append(f"{stem}: {field} {v!r} not found in the file")
        if meta.get("author"):
            for name in meta["author"].split(" and "):
                if name.casefold() not in full.casefold() and name.casefold() not in raw.casefold():
                    errors.append(f"{stem}: author {name!r} not found in the file")

    # mentions
    for stem, spec in gold.get("mentions", {}).items():
        if stem not in docs:
            errors.append(f"mentions for unknown doc {stem}")
            continue
        body, full = body_text.get(stem), full_of.get(stem)
        if body is None:
            continue
        req, opt = spec.get("required", {}), spec.get("optional", {})
        for s in set(req) & set(opt):
            errors.append(f"{stem}: surface {s!r} is both required and optional")
        for s, a in list(req.items()) + list(opt.items()):
            if a not in actors:
                errors.append(f"{stem}: surface {s!r} -> unknown actor {a!r}")
        spans = gold_spans(body, spec)
        alive = {sp[4] for sp in spans}
        for s in req:
            if not surface_regex(s).search(body):
                where = "only outside the body" if surface_regex(s).search(full) else "nowhere"
                errors.append(f"{stem}: required surface {s!r} found {where}")
            elif s not in alive:
                errors.append(f"{stem}: required surface {s!r} is always inside a longer surface")
        for s in opt:
            if not surface_regex(s).search(full) and not surface_regex(s).search(
                find_file(stem).read_text(encoding="utf-8")
            ):
                errors.append(f"{stem}: optional surface {s!r} not found in the file")
        if args.report:
            unc = report_uncovered(stem, body, spec)
            if unc:
                warns.append(f"{stem}: capitalised words not covered by the gold: {', '.join(unc)}")
    for stem in docs:
        if stem not in gold.get("mentions", {}):
            errors.append(f"{stem}: no mentions entry")

    # quotes
    seen = set()
    for q in gold.get("quotes", []):
        stem = q.get("doc")
        if stem not in docs:
            errors.append(f"quote for unknown doc {stem}")
            continue
        key = (stem, q["text"])
        if key in seen:
            warns.append(f"{stem}: duplicate quote {q['text'][:50]!r}")
        seen.add(key)
        body = body_text.get(stem)
        if body is not None and ws(q["text"]) not in ws(body):
            errors.append(f"{stem}: quote not found in body: {q['text'][:70]!r}")
        for sp in q.get("speakers", []):
            if sp not in actors:
                errors.append(f"{stem}: quote speaker {sp!r} is not an actor")

    # alignments
    pairs_with_req = set()
    for kind in ("required", "acceptable"):
        for row in gold.get("alignments", {}).get(kind, []):
            if len(row) != 4:
                errors.append(f"{kind} alignment is not [docA, phraseA, docB, phraseB]: {row!r}")
                continue
            da, pa, db, pb = row
            if da == db:
                errors.append(f"{kind} alignment within one document {da}: {pa[:40]!r}")
            if event_of.get(da) != event_of.get(db):
                errors.append(f"{kind} alignment across events {da} / {db}")
            for d, p in ((da, pa), (db, pb)):
                if d not in docs:
                    errors.append(f"{kind} alignment names unknown doc {d}")
                elif d in body_text and find_anchor(body_text[d], p) is None:
                    errors.append(f"{kind} alignment phrase not in body of {d}: {p[:70]!r}")
                if len(re.findall(r"[.!?][”\"’']?\s+[“\"‘A-Z]", p)) > 1:
                    warns.append(f"{kind} alignment phrase longer than two sentences in {d}: {p[:60]!r}")
            if kind == "required":
                pairs_with_req.add(frozenset((da, db)))
    for stems in EVENTS.values():
        for i, a in enumerate(stems):
            for b in stems[i + 1 :]:
                if frozenset((a, b)) not in pairs_with_req:
                    errors.append(f"no required alignment between {a} and {b}")

    for w in warns:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    nq = len(gold.get("quotes", []))
    na = len(gold.get("alignments", {}).get("required", []))
    nr = sum(len(s.get("required", {})) for s in gold.get("mentions", {}).values())
    print(
        f"{len(docs)} documents, {len(actors)} actors, {nr} required surfaces, {nq} quotes, "
        f"{na} required alignments: {'OK' if not errors else f'{len(errors)} error(s)'}"
    )
    return 1 if errors else 0


def run(
    here: Path,
    gold: str,
    body: dict[str, tuple[str, str]],
    events: dict[str, list[str]],
    min_words: int,
    max_words: int,
) -> int:
    """Check the set in folder ``here`` against its gold file."""
    global HERE, GOLD, BODY, EVENTS, MIN_WORDS, MAX_WORDS
    HERE, GOLD, BODY, EVENTS, MIN_WORDS, MAX_WORDS = here, here / gold, body, events, min_words, max_words
    return main()
