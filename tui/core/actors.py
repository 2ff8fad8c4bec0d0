"""Named actors across all documents: decide each candidate's kind and merge aliases.

Merging rules, in order: states and well-known organisations meet by their
canonical name (U.S. = United States = Washington); an acronym meets the long
form whose initials it spells; a person's later, shorter mention ("Trump",
"de Cossio") joins the fuller name that ends (or, for family-name-first
names, starts) with it, preferring the most recent one in the same article;
spelling variants of full names merge when accent-free forms match or nearly
match (rapidfuzz). Never merged: names that differ in a generational suffix
(Donald Trump / Donald Trump Jr.), or people who share only a surname.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from . import knowledge as kb
from .actor_clusters import Cluster, Resolver, cluster_kind
from .mentions import document_candidates
from .model import Actor, Document, Mention
from .names import Candidate


def _display_name(cluster: Cluster) -> str:
    """The canonical name of a state or known organisation, else the fullest surface its mentions use."""
    surfaces = Counter(c.surface for c in cluster.members)
    if cluster.canonical and (
        cluster_kind(cluster) == "country" or any(kb.fold(s) == kb.fold(cluster.canonical) for s in surfaces)
    ):
        return cluster.canonical  # "United States" for U.S. and Washington; "CNN" stays CNN

    def fullness(surface: str) -> tuple[int, int, int, int]:
        non_ascii = sum(ord(ch) > 127 for ch in surface)
        return (len(surface.split()), non_ascii, surfaces[surface], len(surface))

    return max(surfaces, key=fullness)


def _without_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """The candidates in text order, a candidate overlapping an earlier (or longer) one dropped."""
    cands = sorted(cands, key=lambda c: (c.doc, c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for cand in cands:
        if out and out[-1].doc == cand.doc and cand.start < out[-1].end:
            continue
        out.append(cand)
    return out


def find_actors(
    documents: Sequence[Document], candidates: Sequence[Sequence[Candidate]] | None = None
) -> tuple[Actor, ...]:
    """Every named actor of ``documents``, merged across them, ids in order of first mention.

    ``candidates`` may give each document's candidate mentions, found beforehand
    (in another process, or read from the cache).
    """
    order = {d.id: i for i, d in enumerate(documents)}
    if candidates is None:
        candidates = [document_candidates(d) for d in documents]
    accepted = _without_overlaps([c for per_doc in candidates for c in per_doc])
    accepted.sort(key=lambda c: (order[c.doc], c.start))
    resolver = Resolver(accepted, {d.id: d.text for d in documents})
    resolver.resolve()
    clusters = sorted(
        (c for c in resolver.clusters.values() if c.members),
        key=lambda c: min((order[m.doc], m.start) for m in c.members),
    )
    actors = []
    for number, cluster in enumerate(clusters, 1):
        members = sorted(cluster.members, key=lambda m: (order[m.doc], m.start))
        name = _display_name(cluster)
        aliases = tuple(dict.fromkeys(m.surface for m in members if m.surface != name))
        actors.append(
            Actor(
                id=f"a{number}",
                name=name,
                kind=cluster_kind(cluster),
                aliases=aliases,
                mentions=tuple(Mention(m.doc, m.start, m.end) for m in members),
            )
        )
    return tuple(actors)
