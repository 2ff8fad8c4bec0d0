"""What changed inside an aligned pair, and what each article shares with the others.

``word_diff`` marks the words of two aligned passages that differ (case,
accents and punctuation aside), for highlighting. ``coverage`` says, for every
sentence of every article, which other articles report it: a sentence no other
article reports appears only here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from . import knowledge as kb
from .model import Alignment, Briefing, Discrepancy, Passage, Span, Story

_WORD = re.compile(r"\w[\w'\u2019.-]*\w|\w")


@dataclass(frozen=True, slots=True)
class WordDiff:
    """Spans (into each document's text) of the words that differ between two passages."""

    a: tuple[Span, ...]
    b: tuple[Span, ...]


def _words(text: str, passage: Passage) -> list[tuple[str, Span]]:
    return [(kb.fold(m.group()), Span(m.start(), m.end())) for m in _WORD.finditer(text, passage.start, passage.end)]


def _merge(spans: list[Span], text: str) -> tuple[Span, ...]:
    """Join neighbouring differing words into one span when only spaces separate them."""
    out: list[Span] = []
    for span in spans:
        if out and not text[out[-1].end : span.start].strip():
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return tuple(out)


def word_diff(text_a: str, a: Passage, text_b: str, b: Passage) -> WordDiff:
    """The words of ``a`` and of ``b`` that the other passage does not have at that place."""
    words_a, words_b = _words(text_a, a), _words(text_b, b)
    matcher = SequenceMatcher(None, [w for w, _ in words_a], [w for w, _ in words_b], autojunk=False)
    only_a: list[Span] = []
    only_b: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            only_a.extend(span for _, span in words_a[i1:i2])
        if tag in ("replace", "insert"):
            only_b.extend(span for _, span in words_b[j1:j2])
    return WordDiff(_merge(only_a, text_a), _merge(only_b, text_b))


def coverage(briefing: Briefing) -> dict[str, list[tuple[Span, frozenset[str]]]]:
    """For each document, each sentence with the set of other documents that report it.

    Aligned passages are whole sentences, so a passage is found by where it starts.
    """
    shared: dict[tuple[str, int], set[str]] = defaultdict(set)
    for al in briefing.alignments:
        for mine, other in ((al.a, al.b), (al.b, al.a)):
            shared[(mine.doc, mine.start)].add(other.doc)
    out: dict[str, list[tuple[Span, frozenset[str]]]] = {}
    for doc in briefing.documents:
        out[doc.id] = [(s, frozenset(shared.get((doc.id, s.start), ()))) for s in doc.sentences]
    return out


def alignments_between(briefing: Briefing, a: str, b: str) -> list[Alignment]:
    """The alignments of documents ``a`` and ``b``, oriented a -> b, in the order of ``a``."""
    out = []
    for al in briefing.alignments:
        if al.a.doc == a and al.b.doc == b:
            out.append(al)
        elif al.a.doc == b and al.b.doc == a:
            out.append(Alignment(al.b, al.a, al.score, al.band))
    return sorted(out, key=lambda al: (al.a.start, al.b.start))


def story_of(briefing: Briefing, doc_id: str) -> Story | None:
    """The story that holds document ``doc_id`` (None when the analysis has no stories)."""
    return next((s for s in briefing.stories if doc_id in s.documents), None)


def counterparts(briefing: Briefing, doc_id: str) -> list[tuple[str, int]]:
    """The other articles of ``doc_id``'s story with how many passages each shares with it, most first.

    Ties keep the order the articles were loaded in.
    """
    story = story_of(briefing, doc_id)
    others = [d for d in (story.documents if story else ()) if d != doc_id]
    shared = dict.fromkeys(others, 0)
    for al in briefing.alignments:
        if al.a.doc == doc_id and al.b.doc in shared:
            shared[al.b.doc] += 1
        elif al.b.doc == doc_id and al.a.doc in shared:
            shared[al.a.doc] += 1
    order = {d.id: n for n, d in enumerate(briefing.documents)}
    return sorted(shared.items(), key=lambda item: (-item[1], order[item[0]]))


def discrepancies_between(briefing: Briefing, a: str, b: str) -> list[Discrepancy]:
    """The discrepancies between documents ``a`` and ``b``, oriented a -> b."""
    out = []
    for d in briefing.discrepancies:
        if (d.a.doc, d.b.doc) == (a, b):
            out.append(d)
        elif (d.a.doc, d.b.doc) == (b, a):
            out.append(Discrepancy(d.kind, d.b, d.a, (d.values[1], d.values[0]), d.fact))
    return out
