"""``briefing bench``: measure the analysis on deterministic synthetic articles.

The articles are built from templates with invented people, organisations and
places, so every run measures the same work.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections.abc import Callable

from .core.model import Document
from .core.segment import segment

_PEOPLE = ["Marta Oliveira", "Jonas van der Berg", "Aisha bin Rashid", "Tomasz Nowak", "Elena Petrova",
           "Kwame Mensah", "Li Wen", "Carlos de la Vega", "Sofia Lindqvist", "Omar al-Farouk"]
_ORGS = ["Ministry of Transport", "Northern Shipping Group", "European Central Bank", "Harbour Authority",
         "International Maritime Organization", "Atlas Energy", "the Port Workers Union"]
_PLACES = ["Portugal", "Lisbon", "Germany", "Berlin", "Kenya", "Nairobi", "the United States", "Washington"]
_SENTENCES = [
    "{p} said on Tuesday that the {o} would review the plan before the end of the month.",
    "\u201cWe will not accept any delay,\u201d {p} told reporters in {l}.",
    "Officials in {l} said the talks with the {o} had made progress, but no agreement was signed.",
    "The {o} declined to comment, while {p} argued that the costs had been underestimated.",
    "According to {p}, the decision was taken after weeks of talks with {l}.",
    "{l} has asked the {o} to publish the figures, a spokesperson for the {o} said.",
    "\u201cThis is a hard but necessary decision. We cannot wait any longer,\u201d said {p}.",
    "Analysts expect the {o} to raise its forecast when it meets again in {l} next month.",
]


def synthetic_article(seed: int, words: int = 1000) -> str:
    """A deterministic article of about ``words`` words, in paragraphs of three sentences."""
    rng = random.Random(seed)
    sentences: list[str] = []
    count = 0
    while count < words:
        template = rng.choice(_SENTENCES)
        org = rng.choice(_ORGS).removeprefix("the ")
        sentence = template.format(p=rng.choice(_PEOPLE), o=org, l=rng.choice(_PLACES))
        sentence = sentence[0].upper() + sentence[1:]
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "\n\n".join(paragraphs)


def synthetic_document(doc_id: str, seed: int, words: int = 1000) -> Document:
    """A ``Document`` around ``synthetic_article``."""
    text = synthetic_article(seed, words)
    paragraphs, sentences = segment(text)
    return Document(id=doc_id, path=f"synthetic/{doc_id}.txt", text=text, paragraphs=paragraphs,
                    sentences=sentences)


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
    return statistics.median(_median_ms(lambda d=d: find_actors([d]), repeat) for d in docs)


def analysis_throughput(articles: int) -> float:
    """Articles per second for the whole analysis of ``articles`` synthetic articles."""
    from .core.analyze import analyze

    docs = [synthetic_document(f"d{i}", i, 700) for i in range(articles)]
    start = time.perf_counter()
    analyze(docs)
    return articles / (time.perf_counter() - start)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def synthetic_quotes(count: int) -> list:
    """``count`` distinct quotes with speakers, as a search index would hold them."""
    from .core.model import Actor, Mention, Quote

    rng = random.Random(7)
    words = ("we will not accept any delay the talks made progress but no agreement was signed this is a hard "
             "necessary decision cannot wait longer costs were underestimated ready serious meaningful "
             "responsible dialogue tariffs oil threat sanctions port strike crew ship review plan").split()
    actors = tuple(Actor(f"a{i}", name, "person", (), (Mention("d1", 0, 1),)) for i, name in enumerate(_PEOPLE))
    quotes = []
    for i in range(count):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 30)))
        quotes.append(Quote(f"q{i}", f"d{i % 500}", 0, len(text), text, actors[i % len(actors)].id))
    return [actors, quotes]


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


def run_bench(as_json: bool = False, articles: int = 100) -> int:
    """Measure and print the figures."""
    p50, p95 = search_latency_ms()
    figures = {
        "actors_ms_per_1000_word_article": round(actor_ms_per_article(), 2),
        f"analysis_articles_per_s_at_{articles}": round(analysis_throughput(articles), 1),
        "search_keystroke_ms_p50_at_10000_quotes": round(p50, 2),
        "search_keystroke_ms_p95_at_10000_quotes": round(p95, 2),
    }
    if as_json:
        print(json.dumps(figures, indent=1))
    else:
        print("briefing bench")
        print(f"  actor analysis, 1,000-word article: {figures['actors_ms_per_1000_word_article']:.2f} ms (median)")
        print(f"  full analysis of {articles} articles: "
              f"{figures[f'analysis_articles_per_s_at_{articles}']:.1f} articles/s")
        print(f"  quote search, 10,000 quotes: {p50:.1f} ms per keystroke (p50), {p95:.1f} ms (p95)")
    return 0
