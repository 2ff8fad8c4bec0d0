"""The fact table of a story: passages of any number of its articles that report one fact.

The pairwise alignments are joined into groups, strongest first, as long as a
group keeps at most one passage of each article: a chain of pairs never makes
two sentences of one article into one fact. What an article reports that no
other article of its story does (``unshared``) is the rest of its sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Alignment, Briefing, Document, Fact, Passage, Span, Story

LEAST_WORDS = 6  # a sentence shorter than this is no fact of its own (a dateline, a caption, a heading)


class _Groups:
    """Disjoint groups of passages, each holding at most one passage of a document."""

    def __init__(self) -> None:
        self.parent: dict[Passage, Passage] = {}
        self.docs: dict[Passage, set[str]] = {}
        self.weakest: dict[Passage, float] = {}

    def find(self, p: Passage) -> Passage:
        """The representative of ``p``'s group (a new group of its own when it has none)."""
        if p not in self.parent:
            self.parent[p], self.docs[p], self.weakest[p] = p, {p.doc}, 1.0
        root = p
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[p] != root:  # path compression
            self.parent[p], p = root, self.parent[p]
        return root

    def join(self, a: Passage, b: Passage, score: float) -> None:
        """Put the groups of ``a`` and ``b`` together, unless both hold a passage of one document."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.docs[ra] & self.docs[rb]:
            return
        if len(self.docs[ra]) < len(self.docs[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.docs[ra] |= self.docs.pop(rb)
        self.weakest[ra] = min(self.weakest[ra], self.weakest.pop(rb), score)


def find_facts(
    stories: Sequence[Story], alignments: Sequence[Alignment], documents: Sequence[Document]
) -> tuple[Fact, ...]:
    """The facts of every story, grouped from its aligned pairs (ids f1, f2, ...).

    Args:
        stories: the stories.
        alignments: the aligned passage pairs (of documents of one story).
        documents: the documents, in the order their passages are listed.

    Returns:
        Per story in order, its facts: those most articles report first, then in the order of the text.
    """
    order = {d.id: n for n, d in enumerate(documents)}
    story_of = {doc: story.id for story in stories for doc in story.documents}
    groups = _Groups()
    for al in sorted(alignments, key=lambda al: -al.score):
        if story_of.get(al.a.doc) is not None and story_of.get(al.a.doc) == story_of.get(al.b.doc):
            groups.join(al.a, al.b, al.score)
    members: dict[Passage, list[Passage]] = {}
    for p in list(groups.parent):
        members.setdefault(groups.find(p), []).append(p)
    facts: list[tuple[int, tuple[int, int, int], Fact]] = []
    rank = {story.id: n for n, story in enumerate(stories)}
    for root, passages in members.items():
        if len(passages) < 2:
            continue
        passages.sort(key=lambda p: (order[p.doc], p.start))
        first = passages[0]
        fact = Fact("", story_of[first.doc], tuple(passages), round(groups.weakest[root], 4))
        facts.append((rank[fact.story], (-len(passages), order[first.doc], first.start), fact))
    facts.sort(key=lambda item: (item[0], item[1]))
    return tuple(Fact(f"f{n}", fact.story, fact.passages, fact.score) for n, (_, _, fact) in enumerate(facts, start=1))


def facts_of_story(briefing: Briefing, story_id: str) -> tuple[Fact, ...]:
    """The facts of one story of ``briefing``."""
    return tuple(f for f in briefing.facts if f.story == story_id)


def unshared(briefing: Briefing, doc_id: str) -> tuple[Span, ...]:
    """The sentences of a document that no other article of its story reports (none shorter than a fact).

    Args:
        briefing: the analysis.
        doc_id: the document.

    Returns:
        The sentences' spans, in the order of the text.
    """
    document = briefing.document(doc_id)
    shared = sorted((p.start, p.end) for f in briefing.facts for p in f.passages if p.doc == doc_id)
    out: list[Span] = []
    for span in document.sentences:
        if len(document.text[span.start : span.end].split()) < LEAST_WORDS:
            continue
        if any(s < span.end and span.start < e for s, e in shared):
            continue
        out.append(span)
    return tuple(out)
