"""Fit the alignment model: how likely two sentences are to report the same fact.

usage: python tests/tools/fit_alignment.py [--gold FOLDER GOLD.json ...] [--ecbplus ROOT] [--write]

Candidate sentence pairs are taken as briefing takes them (same story, some
rare feature shared) from annotated sets:
- ``--gold FOLDER GOLD.json``: articles with reference alignments in the
  format of ``../shared/eval`` (``alignments.required`` and ``acceptable``:
  a pair is a positive when both of its passages overlap one of these);
- ``--ecbplus ROOT``: ECB+ clusters built by ``../shared/realdata`` (a pair
  of annotated sentences is a positive when they mention one cross-document
  event, a negative when they mention none in common; other pairs are left out).
A logistic regression with a little L2 penalty is fitted to the measures of
``tui/core/align/scoring.pair_features``. Prints the coefficients and a
calibration table (predicted band against the share of positives);
``--write`` stores the coefficients in ``tui/core/data/alignment_model.tsv``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(TOP))

from tui.core.actors import find_actors  # noqa: E402
from tui.core.align.candidates import candidates  # noqa: E402
from tui.core.align.features import document_units, mentions_by_document, weights_of  # noqa: E402
from tui.core.align.scoring import FEATURES, pair_features  # noqa: E402
from tui.core.load import load_paths  # noqa: E402
from tui.core.stories import find_stories  # noqa: E402

Sample = tuple[list[float], int]


def _pairs(documents):
    """Every candidate pair within each story: (unit a, unit b, features)."""
    actors = find_actors(documents)
    mentions = mentions_by_document(actors)
    units_of = {d.id: document_units(d, actors, mentions) for d in documents}
    weights = weights_of([u for d in documents for u in units_of[d.id]])
    for story in find_stories(documents, actors):
        if len(story.documents) < 2:
            continue
        units = [u for doc in story.documents for u in units_of[doc]]
        for overlap, i, j in candidates(units, weights, len(story.documents), check_story=False):
            yield units[i], units[j], pair_features(units[i], units[j], weights, overlap)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _anchor(text: str, words: str) -> tuple[int, int] | None:
    at = text.find(words)
    return (at, at + len(words)) if at >= 0 else None


def gold_samples(folder: str, gold_file: str) -> list[Sample]:
    """Pairs of an annotated set of our own, labelled by its reference alignments."""
    documents = load_paths([folder]).documents
    gold = json.loads(Path(gold_file).read_text(encoding="utf-8"))
    by_stem = {Path(d.path).name.split(".")[0]: d for d in documents}
    references = []
    for da, aa, db, ab in gold["alignments"].get("required", []) + gold["alignments"].get("acceptable", []):
        if da in by_stem and db in by_stem:
            sa, sb = _anchor(by_stem[da].text, aa), _anchor(by_stem[db].text, ab)
            if sa and sb:
                references.append((by_stem[da].id, sa, by_stem[db].id, sb))
    samples = []
    for a, b, features in _pairs(documents):
        sa, sb = (a.span.start, a.span.end), (b.span.start, b.span.end)
        positive = any(
            ((a.doc, b.doc) == (x, y) and _overlap(sa, p) and _overlap(sb, q))
            or ((a.doc, b.doc) == (y, x) and _overlap(sa, q) and _overlap(sb, p))
            for x, p, y, q in references
        )
        samples.append(([features[name] for name in FEATURES], int(positive)))
    return samples


def ecbplus_samples(root: str) -> list[Sample]:
    """Pairs of ECB+ clusters, labelled by the corpus's cross-document event coreference."""
    samples = []
    for cluster in sorted(p for p in Path(root).iterdir() if p.is_dir()):
        annotation = json.loads((cluster / "annotations.json").read_text())
        sentences: dict[str, list[tuple[tuple[int, int], set[str]]]] = defaultdict(list)
        for doc in annotation["documents"]:
            for s in doc["coref_selected_sentences"]:
                sentences[Path(doc["file"]).stem].append(((s["start"], s["end"]), set()))
        for m in annotation["mentions"]:
            if m["category"] == "action" and m["chain_scope"] == "cross_doc":
                for span, chains in sentences[Path(m["doc"]).stem]:
                    if span[0] <= m["start"] < span[1]:
                        chains.add(m["chain"])
        documents = load_paths(sorted(cluster.glob("*.txt"))).documents
        stem_of = {d.id: Path(d.path).stem for d in documents}
        text_of = {d.id: d.text for d in documents}

        for a, b, features in _pairs(documents):
            ca = _chains_at(
                cluster / f"{stem_of[a.doc]}.txt", text_of[a.doc][a.span.start : a.span.end], sentences[stem_of[a.doc]]
            )
            cb = _chains_at(
                cluster / f"{stem_of[b.doc]}.txt", text_of[b.doc][b.span.start : b.span.end], sentences[stem_of[b.doc]]
            )
            if ca is None or cb is None:
                continue
            samples.append(([features[name] for name in FEATURES], int(bool(ca & cb))))
    return samples


def _chains_at(
    original_file: Path, sentence: str, sentences: list[tuple[tuple[int, int], set[str]]]
) -> set[str] | None:
    """The event chains of the annotated sentence of ``original_file`` that holds ``sentence`` (None: not annotated)."""
    at = original_file.read_text(encoding="utf-8").find(sentence[:60])
    if at < 0:
        return None
    inside = [c for s, c in sentences if s[0] <= at < s[1]]
    return inside[0] if inside else None


def fit(samples: list[Sample], rounds: int = 3000, rate: float = 0.5, penalty: float = 1e-3) -> list[float]:
    """Logistic regression by gradient descent: the intercept, then one weight per feature."""
    weights = [0.0] * (len(FEATURES) + 1)
    n = len(samples)
    for _ in range(rounds):
        gradient = [0.0] * len(weights)
        for x, y in samples:
            z = weights[0] + math.fsum(w * v for w, v in zip(weights[1:], x))
            error = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - y
            gradient[0] += error
            for k, v in enumerate(x, 1):
                gradient[k] += error * v
        weights = [w - rate * (g / n + penalty * w * (k > 0)) for k, (w, g) in enumerate(zip(weights, gradient))]
    return weights


def calibration(samples: list[Sample], weights: list[float]) -> list[str]:
    """Rows 'predicted band: pairs, share positive'."""
    bins: dict[int, list[int]] = defaultdict(list)
    for x, y in samples:
        z = weights[0] + math.fsum(w * v for w, v in zip(weights[1:], x))
        bins[min(9, int(10 / (1 + math.exp(-z))))].append(y)
    return [
        f"{b / 10:.1f}-{(b + 1) / 10:.1f}: {len(ys):6d} pairs, {sum(ys) / len(ys):.2f} positive"
        for b, ys in sorted(bins.items())
    ]


def main(argv: list[str] | None = None) -> int:
    """Collect, fit, report, and write when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs=2, action="append", default=[], metavar=("FOLDER", "GOLD"))
    parser.add_argument("--ecbplus", metavar="ROOT")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    samples = [s for folder, gold in args.gold for s in gold_samples(folder, gold)]
    if args.ecbplus:
        samples += ecbplus_samples(args.ecbplus)
    if not samples:
        parser.error("no annotated pairs: give --gold or --ecbplus")
    weights = fit(samples)
    print(f"{len(samples)} pairs, {sum(y for _, y in samples)} positive")
    rows = [("intercept", weights[0]), *zip(FEATURES, weights[1:])]
    for name, w in rows:
        print(f"{name}\t{w:.3f}")
    print("\n".join(calibration(samples, weights)))
    if args.write:
        path = TOP / "tui/core/data/alignment_model.tsv"
        head = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        path.write_text("\n".join([*head, *(f"{n}\t{w:.3f}" for n, w in rows)]) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
