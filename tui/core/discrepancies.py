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
from .figures import Value, same_value, values_in
from .lexicon import LEXICON
from .model import Actor, Alignment, Discrepancy, Document, Fact, Passage, Quote, Story
from .search import echo_candidates, normal_words, wording

CONFIDENCE = 0.6  # how likely an aligned pair must be to report one fact for its figures to be compared
LEAST_QUOTE_WORDS = 6  # a shorter quotation given to two speakers may be a common phrase, not one quote
INDIRECT = frozenset({None, "continuation", "pronoun", "role", "next-sentence"})
"""How a speaker was found when no sentence names them with the quote: not enough to say two sources differ."""
ALTERED_SHARE = 0.6  # of the longer version's words, in order, for two versions of one quote

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
                if not _same_context(texts[al.a.doc], al.a, x, texts[al.b.doc], al.b, y):
                    continue
                a, b = Passage(al.a.doc, x.start, x.end), Passage(al.b.doc, y.start, y.end)
                if (a, b) not in seen:
                    seen.add((a, b))
                    out.append(Discrepancy(key[0], a, b, (x.text, y.text), fact_of.get(al.a) or fact_of.get(al.b)))
    return out


_CONTEXT = re.compile(r"(?<![\w'-])[a-z][a-z'-]+")
CONTEXT_WORDS = 4  # the words of what happened, each side of a value, that must meet in both passages


def _context(text: str, passage: Passage, value: Value) -> set[str]:
    """The stems of the lower-case content words nearest a value on each side, inside its passage: what the
    value is about ("cut 2,300 jobs", "exploded Friday")."""
    stop = LEXICON.stopwords
    before = [w for w in _CONTEXT.findall(text[passage.start : value.start]) if w not in stop][-CONTEXT_WORDS:]
    after = [w for w in _CONTEXT.findall(text[value.end : passage.end]) if w not in stop][:CONTEXT_WORDS]
    return {stem(w) for w in (*before, *after)}


def _same_context(text_a: str, a: Passage, x: Value, text_b: str, b: Passage, y: Value) -> bool:
    """Whether two values are about the same thing: the words around them share one (a pair of sentences
    can report one fact and give dates of two different events)."""
    return bool(_context(text_a, a, x) & _context(text_b, b, y))


def _unmatched(a: list[Value], b: list[Value]) -> list[tuple[Value, Value]]:
    """The values of one thing that two passages give differently, in pairs by their order in the text.

    A value that the other passage also gives is matched, so "2,300 jobs, 900 of them in Ohio" against
    "900 jobs" is no discrepancy: only values left over on both sides are.
    """
    left = [x for x in a if not any(same_value(x, y) for y in b)]
    right = [y for y in b if not any(same_value(x, y) for x in a)]
    return list(zip(left, right))


_SPELLING = ((re.compile(r"our"), "or"), (re.compile(r"is(e|ed|es|ing|ation)$"), r"iz\1"), (re.compile(r"yse"), "yze"))


def _spelling(word: str) -> str:
    """A word with British spellings folded to American ones ('neighbourhood', 'realised')."""
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


def _same_words(a: list[str], b: list[str], function_words: frozenset[str]) -> bool:
    """Whether two runs of a quote's words say the same: equal once inflections, spelling and function words
    are set aside ('remain'/'remains', 'realised'/'realized', 'I'm'/'I am', 'the'/'this'), or figures written
    two ways ('6:41pm'/'18:41', which the figures of the passage are compared for)."""
    content_a = [stem(_spelling(w)) for w in a if w not in function_words]
    content_b = [stem(_spelling(w)) for w in b if w not in function_words]
    if content_a == content_b:
        return True
    digits = [w for w in (*a, *b) if any(c.isdigit() for c in w)]
    return bool(digits) and len(digits) >= len(a) + len(b) - 1


def _added_aside(text: str, tokens: list[tuple[int, int, str]], i: int, j: int, alone: bool) -> bool:
    """Whether words ``i:j`` of a quote, which the other version lacks (``alone``), are an aside the outlet
    added in brackets: "(Tara Reid)", "[Endangered Species Act]"."""
    if not alone or i >= j:
        return False
    before, after = text[: tokens[i][0]].rstrip(), text[tokens[j - 1][1] :].lstrip()
    return before[-1:] in ("(", "[") and after[:1] in (")", "]")


def _changed_words(qa: Quote, qb: Quote) -> tuple[Passage, Passage, tuple[str, str]] | None:
    """Where the words of two versions of one quote differ: the two runs, and the words each has there."""
    function_words = LEXICON.stopwords | LEXICON.function_words
    ta = [(m.start(), m.end(), kb.fold(m.group())) for m in _WORD.finditer(qa.text)]
    tb = [(m.start(), m.end(), kb.fold(m.group())) for m in _WORD.finditer(qb.text)]
    changes = [
        op
        for op in SequenceMatcher(None, [t[2] for t in ta], [t[2] for t in tb], autojunk=False).get_opcodes()
        if op[0] != "equal"
        and not _same_words([t[2] for t in ta[op[1] : op[2]]], [t[2] for t in tb[op[3] : op[4]]], function_words)
    ]
    inner = [
        op
        for op in changes
        if op[1] > 0
        and op[2] < len(ta)
        and op[3] > 0
        and op[4] < len(tb)
        and not _added_aside(qa.text, ta, op[1], op[2], op[3] == op[4])
        and not _added_aside(qb.text, tb, op[3], op[4], op[1] == op[2])
    ]
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


def _same_surname(a: str, b: str) -> bool:
    """Whether two speakers' names end in the same word: one person named two ways ("Mark Heller", "Mark Jay
    Heller") is more likely than two of one family saying the same words."""
    last_a, last_b = a.split()[-1:], b.split()[-1:]
    return bool(last_a) and kb.fold(last_a[0]) == kb.fold(last_b[0] if last_b else "")


def _most_shared(a: list[str], b: list[str]) -> bool:
    """Whether two versions share most of both their words in order (a quote reworded, not two quotes that
    share a phrase such as "of the Endangered Species Act")."""
    matched = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched >= ALTERED_SHARE * max(len(a), len(b))


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
        shorter = min(len(words[i]), len(words[j]))
        a, b = Passage(qa.doc, qa.start, qa.end), Passage(qb.doc, qb.start, qb.end)
        speakers_differ = qa.speaker is not None and qb.speaker is not None and qa.speaker != qb.speaker
        people = kinds.get(qa.speaker or "") == kinds.get(qb.speaker or "")  # (an organisation speaks by its people)
        one_name = _same_surname(names.get(qa.speaker or "", ""), names.get(qb.speaker or "", ""))
        carried = how in ("verbatim", "trimmed")  # the same words: one quote, whoever it is given to
        named = qa.evidence not in INDIRECT and qb.evidence not in INDIRECT
        if speakers_differ and people and not one_name and carried and named and shorter >= LEAST_QUOTE_WORDS:
            values = (names.get(qa.speaker or "", "?"), names.get(qb.speaker or "", "?"))
            out.append(Discrepancy("speaker", a, b, values))
        elif how == "altered" and not speakers_differ and _most_shared(words[i], words[j]):
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
