"""Where the articles of a story differ: figures and dates of one fact, speakers and words of one quote.

Two passages aligned with enough confidence report one fact; when both give a
value of one thing (an amount in one currency, a count of one noun, a date, a
weekday, a time, an age) and no value of the one is a value of the other, the
two differ ("2,300 jobs" against "900 jobs"). Values are compared in their
read form (``figures``), so the same value written two ways is no
discrepancy. Versions of one quote differ when they are given to two speakers,
or when words inside the quotation marks were changed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from . import knowledge as kb
from .align.features import stem
from .figures import Value, values_in
from .model import Actor, Alignment, Discrepancy, Document, Fact, Passage, Quote, Story
from .search import echo_candidates, normal_words, wording

CONFIDENCE = 0.5  # how likely an aligned pair must be to report one fact for its figures to be compared
LEAST_QUOTE_WORDS = 4  # a shorter quotation given to two speakers may be a common phrase, not one quote

_WORD = re.compile(r"\w+")


def _figure_differences(
    alignments: Sequence[Alignment], texts: dict[str, str], fact_of: dict[Passage, str]
) -> list[Discrepancy]:
    """The figures on which two confidently aligned passages differ, one for each thing both measure."""
    cache: dict[Passage, dict[tuple[str, str], list[Value]]] = {}

    def values(p: Passage) -> dict[tuple[str, str], list[Value]]:
        if p not in cache:
            by_key: dict[tuple[str, str], list[Value]] = defaultdict(list)
            for value in values_in(texts[p.doc], p.start, p.end):
                by_key[(value.kind, value.key)].append(value)
            cache[p] = by_key
        return cache[p]

    out: list[Discrepancy] = []
    seen: set[tuple[Passage, Passage]] = set()
    for al in alignments:
        if al.score < CONFIDENCE:
            continue
        va, vb = values(al.a), values(al.b)
        for key in sorted(va.keys() & vb.keys()):
            for x, y in _unmatched(va[key], vb[key]):
                a, b = Passage(al.a.doc, x.start, x.end), Passage(al.b.doc, y.start, y.end)
                if (a, b) not in seen:
                    seen.add((a, b))
                    out.append(Discrepancy(key[0], a, b, (x.text, y.text), fact_of.get(al.a) or fact_of.get(al.b)))
    return out


def _unmatched(a: list[Value], b: list[Value]) -> list[tuple[Value, Value]]:
    """The values of one thing that two passages give differently, in pairs by their order in the text.

    A value that the other passage also gives is matched, so "2,300 jobs, 900 of them in Ohio" against
    "900 jobs" is no discrepancy: only values left over on both sides are.
    """
    left = [x for x in a if all(x.value != y.value for y in b)]
    right = [y for y in b if all(y.value != x.value for x in a)]
    return list(zip(left, right))


def _changed_words(qa: Quote, qb: Quote) -> tuple[Passage, Passage, tuple[str, str]] | None:
    """Where the words of two versions of one quote differ: the two runs, and the words each has there."""
    ta = [(m.start(), m.end(), kb.fold(m.group())) for m in _WORD.finditer(qa.text)]
    tb = [(m.start(), m.end(), kb.fold(m.group())) for m in _WORD.finditer(qb.text)]
    changes = [
        op
        for op in SequenceMatcher(None, [t[2] for t in ta], [t[2] for t in tb], autojunk=False).get_opcodes()
        if op[0] != "equal"
        and [stem(t[2]) for t in ta[op[1] : op[2]]] != [stem(t[2]) for t in tb[op[3] : op[4]]]  # not 'remain(s)'
    ]
    inner = [op for op in changes if op[1] > 0 and op[2] < len(ta) and op[3] > 0 and op[4] < len(tb)]
    if not inner:  # (words left out or added at either end are a trimmed quote, not a changed one)
        return None

    def run(quote: Quote, tokens: list[tuple[int, int, str]], pieces: list[tuple[int, int]]) -> tuple[Passage, str]:
        words = [quote.text[tokens[i][0] : tokens[j - 1][1]] for i, j in pieces if i < j]
        spans = [(tokens[i][0], tokens[j - 1][1]) for i, j in pieces if i < j]
        if not spans:
            return Passage(quote.doc, quote.start, quote.end), "…"
        return Passage(quote.doc, quote.start + spans[0][0], quote.start + spans[-1][1]), " / ".join(words)

    a, words_a = run(qa, ta, [(op[1], op[2]) for op in inner])
    b, words_b = run(qb, tb, [(op[3], op[4]) for op in inner])
    return a, b, (words_a, words_b)


def _quote_differences(quotes: Sequence[Quote], actors: Sequence[Actor], story_of: dict[str, str]) -> list[Discrepancy]:
    """Versions of one quote in two articles of a story given to different speakers, or with words changed."""
    names = {a.id: a.name for a in actors}
    kinds = {a.id: a.kind for a in actors}
    chosen = [q for q in quotes if q.doc in story_of]
    words = [normal_words(q) for q in chosen]
    out: list[Discrepancy] = []
    for i, j in echo_candidates(chosen, words):
        qa, qb = chosen[i], chosen[j]
        if story_of[qa.doc] != story_of[qb.doc]:
            continue
        how = wording(words[i], words[j])
        if how is None:
            continue
        a, b = Passage(qa.doc, qa.start, qa.end), Passage(qb.doc, qb.start, qb.end)
        speakers_differ = qa.speaker is not None and qb.speaker is not None and qa.speaker != qb.speaker
        people = kinds.get(qa.speaker or "") == kinds.get(qb.speaker or "")  # (an organisation speaks by its people)
        if speakers_differ and people and min(len(words[i]), len(words[j])) >= LEAST_QUOTE_WORDS:
            values = (names.get(qa.speaker or "", "?"), names.get(qb.speaker or "", "?"))
            out.append(Discrepancy("speaker", a, b, values))
        elif how == "altered" and not speakers_differ:
            changed = _changed_words(qa, qb)
            if changed is not None:
                out.append(Discrepancy("wording", changed[0], changed[1], changed[2]))
    return out


def find_discrepancies(
    documents: Sequence[Document],
    stories: Sequence[Story],
    alignments: Sequence[Alignment],
    facts: Sequence[Fact],
    quotes: Sequence[Quote],
    actors: Sequence[Actor],
) -> tuple[Discrepancy, ...]:
    """Every discrepancy between articles of one story, in the order of the documents.

    Args:
        documents: the documents.
        stories: their stories (only articles of one story are compared).
        alignments: the aligned passage pairs.
        facts: the facts the pairs form (a figure's discrepancy names its fact).
        quotes: the quotes, with their speakers.
        actors: the actors (speakers' names).

    Returns:
        The discrepancies: figures first by document order, then quotes.
    """
    texts = {d.id: d.text for d in documents}
    story_of = {doc: s.id for s in stories if len(s.documents) > 1 for doc in s.documents}
    fact_of = {p: f.id for f in facts for p in f.passages}
    paired = [al for al in alignments if story_of.get(al.a.doc) and story_of.get(al.a.doc) == story_of.get(al.b.doc)]
    order = {doc: n for n, doc in enumerate(texts)}
    figures = sorted(
        _figure_differences(paired, texts, fact_of), key=lambda d: (order[d.a.doc], d.a.start, order[d.b.doc])
    )
    return (*figures, *_quote_differences(quotes, actors, story_of))
