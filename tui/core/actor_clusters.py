"""Clusters of candidate mentions, one per actor: the keys they meet under and the rules that merge them.

``Resolver`` assigns every accepted candidate to a cluster, in the order the rules of
``actors`` describe (states and well-known organisations, acronyms and their long forms,
people's later, shorter mentions, organisations named by a first word).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from . import knowledge as kb
from .lexicon import LEXICON
from .names import Candidate, tokenize
from .persons import PersonIndex, PersonKey, name_tokens

_DEFINED = re.compile(r"\s*\(\s*")

ActorKind = Literal["person", "organization", "country", "other"]


@dataclass(frozen=True, slots=True)
class KnownKey:
    """A state or well-known organisation, by its folded canonical name (U.S. = Washington = United States)."""

    canonical: str


@dataclass(frozen=True, slots=True)
class OrgKey:
    """An organisation, by the folded form of its name (or of the long form its acronym spells)."""

    name: str


ClusterKey = PersonKey | KnownKey | OrgKey


@dataclass
class Cluster:
    """A growing actor: its mentions and the kind votes they cast."""

    key: ClusterKey
    kind_votes: Counter[str] = field(default_factory=Counter)
    canonical: str | None = None
    members: list[Candidate] = field(default_factory=list)

    def add(self, cand: Candidate) -> None:
        """Take in one mention and its vote for a kind."""
        self.members.append(cand)
        self.kind_votes[cand.kind] += 1


def _initials(surface: str) -> str:
    """'Advanced Micro Devices Inc.' -> 'amd', 'Hewlett-Packard Co.' -> 'hp': the capitals of the name's words,
    without a company-form suffix."""
    words = [w for w in surface.replace("-", " ").split() if w[:1].isupper()]
    while len(words) > 2 and kb.fold(words[-1]) in LEXICON.company_suffixes:
        words = words[:-1]
    if len(words) == 2 and kb.fold(words[-1]) in LEXICON.company_suffixes:
        words = words[:-1]
    return "".join(w[0] for w in words).casefold()


_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")


def _lower_case_uses(candidates: list[Candidate], texts: Iterable[str]) -> frozenset[str]:
    """The one-word candidates that some text also writes in lower case ('Police said' and 'the police')."""
    single = {c.surface.casefold() for c in candidates if c.kind == "unknown" and " " not in c.surface}
    seen: set[str] = set()
    for text in texts:
        seen |= single.intersection(_LOWER_WORD.findall(text))
    return frozenset(seen)


def _full_person(cand: Candidate) -> bool:
    """A multi-word name with evidence of a person: a given name, a title or role, a speech verb."""
    if cand.weak or len(cand.folded.split()) < 2:
        return False
    return cand.kind == "person" or (cand.kind == "unknown" and cand.titled)


class Resolver:
    """Assigns every accepted candidate to a cluster."""

    def __init__(self, candidates: list[Candidate], texts: dict[str, str]) -> None:
        self.candidates = candidates
        self.texts = texts
        self.lower_words = _lower_case_uses(candidates, texts.values())
        self.clusters: dict[ClusterKey, Cluster] = {}
        self.people = PersonIndex()

    def cluster(self, key: ClusterKey, cand: Candidate, canonical: str | None = None) -> None:
        entry = self.clusters.setdefault(key, Cluster(key, canonical=canonical))
        entry.add(cand)

    def size_of(self, key: PersonKey) -> int:
        """How many mentions a person has so far."""
        return len(self.clusters[key].members)

    # -- persons ---------------------------------------------------------
    def add_full_persons(self) -> None:
        """Multi-word person names form the first person clusters, the fullest names first."""
        fulls = [c for c in self.candidates if _full_person(c)]
        for cand in sorted(fulls, key=lambda c: -len(c.folded.split())):
            self._person(cand)

    def _person(self, cand: Candidate) -> PersonKey:
        """Place a full name (or a titled one) with the person it names, a new one if need be."""
        key = self.people.person_for(cand, self.size_of) or PersonKey(*name_tokens(cand.folded))
        self.cluster(key, replace(cand, kind="person"))
        self.people.add(cand, key)
        return key

    # -- everything else --------------------------------------------------
    def resolve(self) -> None:
        """Place every candidate: full names of people first, then the rest in order, then the weak ones."""
        self.add_full_persons()
        orgs = {c.folded: c for c in self.candidates if c.kind == "organization" and not c.weak}
        acronyms = {_initials(c.surface): c.folded for c in orgs.values() if len(_initials(c.surface)) >= 2}
        first_words: dict[str, list[str]] = defaultdict(list)
        for folded in orgs:
            first_words[folded.split()[0]].append(folded)
        defined = self._acronym_definitions()
        weak: list[Candidate] = []
        for cand in self.candidates:
            if _full_person(cand):
                continue  # placed by add_full_persons
            if cand.folded in defined:
                self.cluster(defined[cand.folded], replace(cand, kind="organization", canonical=None))
                continue
            if cand.kind in ("country", "organization") and cand.canonical:
                self.cluster(KnownKey(kb.fold(cand.canonical)), cand, cand.canonical)
                continue
            if cand.weak:
                weak.append(cand)  # (placed once every strong mention is known)
                continue
            if cand.kind == "organization":
                target = acronyms.get(cand.folded.replace(" ", "")) if len(cand.surface) <= 6 else None
                self.cluster(OrgKey(target or cand.folded), cand)
                continue
            person = self.people.person_for(cand, self.size_of)
            if person is not None:
                self.cluster(person, replace(cand, kind="person"))
                self.people.note(cand, person)
                continue
            org = None if cand.place_like else self._org_prefix(cand, orgs, first_words)
            if org is not None:
                self.cluster(OrgKey(org), replace(cand, kind="organization"))
            elif cand.kind == "person" or (cand.kind == "unknown" and cand.titled):
                if len(cand.folded.split()) > 1 or cand.titled:
                    self._person(replace(cand, kind="person"))
            elif cand.kind == "unknown" and len(cand.folded.split()) > 1:
                self.cluster(OrgKey(cand.folded), replace(cand, kind="organization"))
            elif cand.kind == "unknown" and self._name_by_case(cand):
                self.cluster(OrgKey(cand.folded), replace(cand, kind="organization") if cand.org_like else cand)
        self._place_weak(weak)
        self._drop_unsupported()

    def _drop_unsupported(self) -> None:
        """One-word names known only by their capital letter stay actors only if some mention shows an actor:
        it speaks or acts ('Acme said', 'Acme has', 'Acme's'), or reads as an organisation ('shares of Acme')."""
        for key, cluster in list(self.clusters.items()):
            if not isinstance(key, OrgKey) or " " in key.name or cluster.kind_votes.keys() - {"unknown"}:
                continue
            if not any(m.speaks or m.agent or m.org_like for m in cluster.members if not m.place_like):
                del self.clusters[key]

    def _name_by_case(self, cand: Candidate) -> bool:
        """A single capitalised word inside a sentence that no loaded article writes in lower case may be a name
        ('Congress', 'the Sixers', 'Acme'), unless it reads as a place ('in Baytown', 'a Baytown man') or is a
        holiday, an award or a doctrine; it is kept if some mention shows it act (see ``_drop_unsupported``)."""
        if cand.place_like or cand.folded in LEXICON.non_actor_names:
            return False
        return cand.surface.casefold() not in self.lower_words

    def _place_weak(self, weak: list[Candidate]) -> None:
        """Sentence-initial words and headline names count only as names found elsewhere.

        A headline in title case capitalises every word, so its runs are read
        for the names they contain: the longest stretches that name an actor
        already found (or a person by surname), left to right.
        """
        known = self._surface_index()
        for cand in weak:
            text = self.texts[cand.doc]
            tokens = tokenize(text, cand.start, cand.end, names_only=True)
            i = 0
            while i < len(tokens):
                for j in range(len(tokens), i, -1):
                    piece = self._known_piece(cand, text, tokens[i].start, tokens[j - 1].end, known)
                    if piece is not None:
                        i = j
                        break
                else:
                    i += 1

    def _known_piece(
        self, cand: Candidate, text: str, start: int, end: int, known: dict[str, ClusterKey]
    ) -> Candidate | None:
        """The part ``text[start:end]`` of a weak candidate, placed with the actor it names (None if none).

        A part names an actor when it is written as one elsewhere, or names a person: by the same full
        name, or by one word (a surname, a family name written first).
        """
        surface = text[start:end]
        whole = start == cand.start and end == cand.end
        piece = cand if whole else Candidate(cand.doc, start, end, surface, "unknown", weak=True)
        key = known.get(piece.folded)
        if key is None and surface[:1].isupper():
            if " " not in surface:  # one word: a surname, a family name written first ("Al-Kuwari", "Xi")
                key = self.people.person_for(piece, self.size_of)
            else:
                key = self.people.same_person(*name_tokens(piece.folded))
        if key is None:
            return None
        if isinstance(key, PersonKey):
            piece = replace(piece, kind="person")
            self.people.note(piece, key)
        elif piece.kind == "unknown":
            kind = cluster_kind(self.clusters[key])
            piece = replace(piece, kind="unknown" if kind == "other" else kind)
        self.cluster(key, piece)
        return piece

    def _surface_index(self) -> dict[str, ClusterKey]:
        """Every folded surface of the actors found so far, with its actor (the first actor for a shared one)."""
        index: dict[str, ClusterKey] = {}
        for key, cluster in self.clusters.items():
            for member in cluster.members:
                index.setdefault(member.folded, key)
        return index

    def _acronym_definitions(self) -> dict[str, ClusterKey]:
        """'National Intelligence Organization (MIT)': the article's own acronym wins over general knowledge."""
        defined: dict[str, ClusterKey] = {}
        for long, short in zip(self.candidates, self.candidates[1:]):
            if long.doc != short.doc or not _DEFINED.fullmatch(self.texts[long.doc][long.end : short.start]):
                continue
            if not short.surface.replace(".", "").isupper() or len(long.surface.split()) < 2:
                continue
            if long.kind in ("organization", "unknown"):
                key: ClusterKey = KnownKey(kb.fold(long.canonical)) if long.canonical else OrgKey(long.folded)
                defined.setdefault(short.folded, key)
        return defined

    @staticmethod
    def _org_prefix(cand: Candidate, orgs: dict[str, Candidate], first_words: dict[str, list[str]]) -> str | None:
        """An organisation whose name is this candidate, or starts with it ('Kessler' -> 'Kessler Microdevices')."""
        if cand.folded in orgs:
            return cand.folded
        starts = [f for f in first_words.get(cand.folded.split()[0], ()) if f.startswith(cand.folded + " ")]
        return starts[0] if len(starts) == 1 else None


def cluster_kind(cluster: Cluster) -> ActorKind:
    """The kind a cluster's mentions vote for: a country if any says so, else the most frequent known kind."""
    votes = cluster.kind_votes
    if votes["country"]:
        return "country"
    known = Counter({k: v for k, v in votes.items() if k != "unknown"})
    best = known.most_common(1)[0][0] if known else "other"
    return "person" if best == "person" else "organization" if best == "organization" else "other"
