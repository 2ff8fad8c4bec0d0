"""``briefing bench``: the speed figures, measured on a deterministic synthetic corpus.

- first paint (``bench_paint.py``): process start to the first frame of the
  reader with both seeds analysed and highlighted, beside a minimal Textual
  app and, when it is installed, frogmouth showing the same article;
- analysis throughput (loading, actors and quotes, articles per second) and
  alignment time at 10, 100 and 1,000 articles, each in a fresh process with
  the cache off, and the growth exponent of the total time from 100 to 1,000;
- quote search latency per keystroke (p50, p95) with 10,000 quotes;
- peak memory of the 1,000-article run;
- actor analysis of one 1,000-word article;
- stories, facts and discrepancies against analysis and alignment without stories in the same run, memory
  per article from 100 to 1,000 articles, and the opening time of a 10-article story's fact table.
"""

from __future__ import annotations

import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .core.model import Actor, Document, Mention, Quote
from .core.segment import segment

SIZES = (10, 100, 1000)
_PEOPLE = [
    "Marta Oliveira",
    "Jonas van der Berg",
    "Aisha bin Rashid",
    "Tomasz Nowak",
    "Elena Petrova",
    "Kwame Mensah",
    "Li Wen",
    "Carlos de la Vega",
    "Sofia Lindqvist",
    "Omar al-Farouk",
]


# -- one article ---------------------------------------------------------------------
def synthetic_document(doc_id: str, seed: int, words: int = 1000) -> Document:
    """One article of the synthetic corpus as a ``Document`` of about ``words`` words."""
    from .corpus import articles

    text = articles(1, seed)[0]
    body = "\n\n".join(text.split("\n\n")[1:-1])
    while len(body.split()) < words:
        body += "\n\n" + "\n\n".join(articles(1, seed + len(body))[0].split("\n\n")[1:-1])
    paragraphs_text = body.split("\n\n")
    kept, count = [], 0
    for paragraph in paragraphs_text:
        if count >= words:
            break
        kept.append(paragraph)
        count += len(paragraph.split())
    text = "\n\n".join(kept)
    paragraphs, sentences = segment(text)
    return Document(id=doc_id, path=f"synthetic/{doc_id}.txt", text=text, paragraphs=paragraphs, sentences=sentences)


def _median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # warm up: data files, caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def actor_ms_per_article(repeat: int = 30) -> float:
    """Median time to find the actors of one 1,000-word article, in milliseconds."""
    from .core.actors import find_actors

    docs = [synthetic_document(f"d{i}", i) for i in range(5)]

    def actors_of(doc: Document) -> Callable[[], object]:
        return lambda: find_actors([doc])

    return statistics.median(_median_ms(actors_of(d), repeat) for d in docs)


# -- quote search ------------------------------------------------------------------------
def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def synthetic_quotes(count: int) -> tuple[tuple[Actor, ...], list[Quote]]:
    """Actors and ``count`` quotes, as a search index would hold them."""

    rng = random.Random(7)
    words = (
        "we will not accept any delay the talks made progress but no agreement was signed this is a hard "
        "necessary decision cannot wait longer costs were underestimated ready serious meaningful "
        "responsible dialogue tariffs oil threat sanctions port strike crew ship review plan"
    ).split()
    actors = tuple(Actor(f"a{i}", name, "person", (), (Mention("d1", 0, 1),)) for i, name in enumerate(_PEOPLE))
    quotes = []
    for i in range(count):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 30)))
        quotes.append(Quote(f"q{i}", f"d{i % 500}", 0, len(text), text, actors[i % len(actors)].id))
    return actors, quotes


def search_latency_ms(quotes: int = 10_000, query: str = "meaningful dialogue") -> tuple[float, float]:
    """p50 and p95 of the time to update the results after each keystroke of ``query``."""
    from .core.model import Briefing
    from .core.search import QuoteIndex

    actors, items = synthetic_quotes(quotes)
    index = QuoteIndex(Briefing(documents=(), actors=actors, quotes=tuple(items)))
    times = []
    for _round in range(5):
        for n in range(1, len(query) + 1):
            start = time.perf_counter()
            index.search(query[:n])
            times.append((time.perf_counter() - start) * 1000)
    return _percentile(times, 0.5), _percentile(times, 0.95)


# -- corpus sizes, each in a fresh process -------------------------------------------------
def measure_folder(folder: Path) -> dict[str, float]:
    """Times of the analysis of every article in ``folder`` (run in a child process).

    The stages are timed apart: reading and per-article analysis with actors and quotes (``analysis_s``),
    grouping into stories (``stories_s``), alignment within each story (``align_s``), and the facts and
    discrepancies drawn from the alignments (``facts_s``).
    """
    from .core.actors import find_actors
    from .core.align import align
    from .core.analyze import find_all_quotes
    from .core.discrepancies import find_discrepancies
    from .core.facts import find_facts
    from .core.pipeline import prepare_paths
    from .core.stories import find_stories

    start = time.perf_counter()
    prepared, _loaded = prepare_paths([folder])
    documents = [p.document for p in prepared]
    actors = find_actors(documents, [p.candidates for p in prepared])
    quotes, _terms = find_all_quotes(documents, actors, [p.quotes for p in prepared])
    analyzed = time.perf_counter()
    stories = find_stories(documents, actors)
    grouped = time.perf_counter()
    alignments = align(documents, actors, stories)
    aligned = time.perf_counter()
    facts = find_facts(stories, alignments, documents)
    discrepancies = find_discrepancies(documents, stories, alignments, facts, quotes, actors)
    compared = time.perf_counter()
    align(documents, actors)  # the reference: the whole set aligned as one, with no stories
    reference = time.perf_counter()
    return {
        "articles": len(documents),
        "analysis_s": analyzed - start,
        "stories_s": grouped - analyzed,
        "align_s": aligned - grouped,
        "facts_s": compared - aligned,
        "total_s": compared - start,
        "align_without_stories_s": reference - compared,
        "alignments": len(alignments),
        "stories": len(stories),
        "facts": len(facts),
        "discrepancies": len(discrepancies),
        "words": sum(d.word_count for d in documents),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # this process's own peak
    }


def _run_size(size: int, workdir: Path) -> tuple[dict[str, float], float]:
    """Measure ``size`` articles in a child process; returns its figures and its peak memory in MB (that of
    the process that holds the analysis, without the worker processes that prepare the files)."""
    from .corpus import write_corpus

    folder = workdir / f"corpus-{size}"
    write_corpus(folder, size)
    env = dict(os.environ, BRIEFING_CACHE_DIR="")
    result = subprocess.run(
        [sys.executable, "-m", "tui.bench", "--measure", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return figures, float(figures["peak_mb"])


# -- the report -------------------------------------------------------------------------------
def collect(articles: int | None = None, paint: bool = True) -> dict[str, float]:
    """Every figure, as a flat dictionary."""
    sizes = [n for n in SIZES if articles is None or n <= articles]
    if articles is not None and articles not in sizes:
        sizes.append(articles)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as workdir:
        for size in sorted(sizes):
            result, peak = _run_size(size, Path(workdir))
            figures[f"analysis_articles_per_s_at_{size}"] = round(size / result["analysis_s"], 1)
            figures[f"align_s_at_{size}"] = round(result["align_s"], 2)
            figures[f"total_s_at_{size}"] = round(result["total_s"], 2)
            reference = result["analysis_s"] + result["align_without_stories_s"]
            figures[f"stories_and_facts_added_share_at_{size}"] = round(result["total_s"] / reference - 1, 3)
            figures[f"peak_memory_mb_at_{size}"] = round(peak, 1)
    if "peak_memory_mb_at_100" in figures and "peak_memory_mb_at_1000" in figures:
        grown = figures["peak_memory_mb_at_1000"] - figures["peak_memory_mb_at_100"]
        figures["memory_mb_per_article_100_to_1000"] = round(grown / 900, 3)
    if "total_s_at_100" in figures and "total_s_at_1000" in figures:
        figures["growth_exponent_100_to_1000"] = round(
            math.log(figures["total_s_at_1000"] / figures["total_s_at_100"]) / math.log(10), 2
        )
    if paint:  # after the corpus runs
        from .bench_paint import paint_figures

        try:
            figures.update(paint_figures())
        except OSError as exc:  # no pseudo-terminal here
            print(f"briefing: bench: first paint not measured ({exc})", file=sys.stderr)
    if paint:
        from .bench_facts import fact_table_figures

        figures.update(fact_table_figures())
    p50, p95 = search_latency_ms()
    figures["search_keystroke_ms_p50_at_10000_quotes"] = round(p50, 2)
    figures["search_keystroke_ms_p95_at_10000_quotes"] = round(p95, 2)
    figures["actors_ms_per_1000_word_article"] = round(actor_ms_per_article(), 2)
    return figures


def report(figures: dict[str, float]) -> str:
    """The figures as readable lines."""
    lines = ["briefing bench"]
    if "first_paint_s" in figures:
        lines.append(
            f"  first paint, seeds analysed:      {figures['first_paint_s']:.3f} s median to the "
            f"article text, {figures['first_paint_settled_s']:.3f} s to the settled screen"
        )
        lines.append(
            f"    a minimal Textual app:          {figures['first_paint_minimal_textual_app_s']:.3f} s, "
            f"settled {figures['first_paint_minimal_textual_app_settled_s']:.3f} s; the reader takes "
            f"{figures['first_paint_ratio_to_minimal_app']:.2f}x as long"
        )
        if "first_paint_frogmouth_s" in figures:
            lines.append(
                f"    frogmouth on the same article:  {figures['first_paint_frogmouth_s']:.3f} s; the reader takes "
                f"{figures['first_paint_ratio_to_frogmouth']:.2f}x as long"
            )
    for key, value in figures.items():
        if key.startswith("analysis_articles_per_s_at_"):
            n = key.rsplit("_", 1)[1]
            lines.append(
                f"  {n:>5} articles: {value:7.1f} articles/s (load, actors, quotes), "
                f"align {figures[f'align_s_at_{n}']:.2f} s, total {figures[f'total_s_at_{n}']:.2f} s, "
                f"peak {figures[f'peak_memory_mb_at_{n}']:.0f} MB"
            )
            lines.append(
                f"  {'':>5}           stories, facts and discrepancies add "
                f"{100 * figures[f'stories_and_facts_added_share_at_{n}']:.1f} % to analysis and alignment "
                "without stories (measured in the same run)"
            )
    if "fact_table_open_ms_10_articles" in figures:
        lines.append(
            f"  fact table of a {figures['fact_table_story_articles']:.0f}-article story: "
            f"{figures['fact_table_open_ms_10_articles']:.1f} ms median to open "
            f"({figures['fact_table_facts']:.0f} facts)"
        )
    if "memory_mb_per_article_100_to_1000" in figures:
        lines.append(f"  memory per article, 100 -> 1,000:  {figures['memory_mb_per_article_100_to_1000']:.3f} MB")
    if "growth_exponent_100_to_1000" in figures:
        lines.append(f"  growth exponent 100 -> 1,000:      {figures['growth_exponent_100_to_1000']:.2f}")
    lines.append(
        f"  quote search, 10,000 quotes:       {figures['search_keystroke_ms_p50_at_10000_quotes']:.1f} ms "
        f"p50, {figures['search_keystroke_ms_p95_at_10000_quotes']:.1f} ms p95 per keystroke"
    )
    lines.append(f"  actors of a 1,000-word article:    {figures['actors_ms_per_1000_word_article']:.2f} ms median")
    return "\n".join(lines)


def run_bench(as_json: bool = False, articles: int | None = None) -> int:
    """Measure and print every figure."""
    figures = collect(articles)
    print(json.dumps(figures, indent=1) if as_json else report(figures))
    return 0


if __name__ == "__main__":  # the child process of one corpus size
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        print(json.dumps(measure_folder(Path(sys.argv[2]))))
