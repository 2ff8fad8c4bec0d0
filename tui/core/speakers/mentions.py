"""One document's actor mentions as the speaker rules read them: in order, with genders and roles.

Mentions inside quotations are left out (a name quoted is not who speaks).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from .. import knowledge as kb
from ..lexicon import LEXICON
from ..model import Actor, Document, Span
from ..quotes import QuoteSpan

_GENDERED = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}


@dataclass(frozen=True, slots=True)
class Ref:
    """An actor mention in a document."""

    start: int
    end: int
    actor: str
    kind: str


class ActorIndex:
    """The actors once, for every document: kinds, names, name words and each document's mentions."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.kinds = {a.id: a.kind for a in actors}
        self.names = {a.id: a.name for a in actors}
        self.refs: dict[str, list[Ref]] = {}
        for a in actors:
            for m in a.mentions:
                self.refs.setdefault(m.doc, []).append(Ref(m.start, m.end, a.id, a.kind))


class Mentions:
    """The mentions of one document outside its quotations, with look-ups by position."""

    def __init__(self, doc: Document, index: ActorIndex, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.text = doc.text
        self.kinds = index.kinds
        self.names = index.names
        self.inside = sorted((q.outer_start, q.outer_end) for q in quotes)
        refs = index.refs.get(doc.id, [])
        self.all_refs = sorted(refs, key=lambda r: r.start)
        self.refs = [r for r in self.all_refs if not self.quoted(r.start)]
        self.starts = [r.start for r in self.refs]
        self.sentence_starts = [s.start for s in doc.sentences]
        self.gender = self._genders()
        self.roles = self._roles()

    # -- positions ----------------------------------------------------------------
    def quoted(self, offset: int) -> bool:
        """``offset`` lies inside a quotation."""
        i = bisect.bisect_right(self.inside, (offset, len(self.text))) - 1
        return i >= 0 and self.inside[i][0] < offset < self.inside[i][1]

    def sentence(self, offset: int) -> Span:
        """The sentence at ``offset`` (an empty span when there is none)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.doc.sentences[i].end:
            return self.doc.sentences[i]
        return Span(offset, offset)

    def sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before ``sentence`` in the same paragraph, if any."""
        i = bisect.bisect_left(self.sentence_starts, sentence.start) - 1
        para = self.paragraph(sentence.start)
        if i < 0 or para is None or self.doc.sentences[i].start < para.start:
            return None
        return self.doc.sentences[i]

    def paragraph(self, offset: int) -> Span | None:
        """The paragraph at ``offset``."""
        return next((p for p in self.doc.paragraphs if p.start <= offset < p.end), None)

    def refs_between(self, start: int, end: int) -> list[Ref]:
        """Mentions that lie wholly in ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.refs) and self.refs[i].start < end:
            if self.refs[i].end <= end:
                out.append(self.refs[i])
            i += 1
        return out

    def quoted_refs_between(self, start: int, end: int) -> list[Ref]:
        """Mentions in ``[start, end)``, those inside quotations too."""
        return [r for r in self.all_refs if start <= r.start and r.end <= end]

    # -- people before a position -------------------------------------------------
    def person_before(self, offset: int, gender: str = "") -> str | None:
        """The most recent person named before ``offset`` (of that gender, when it is known)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            ref = self.refs[i]
            if ref.kind == "person" and (not gender or self.gender.get(ref.actor, gender) == gender):
                return ref.actor
            i -= 1
        return None

    def person_with_role(self, role_words: list[str], offset: int) -> str | None:
        """The most recent person before ``offset`` described with one of these role words."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            ref = self.refs[i]
            if ref.kind == "person" and self.roles.get(ref.actor, set()) & set(role_words):
                return ref.actor
            i -= 1
        return None

    def last_of_kind(self, offset: int, kinds: tuple[str, ...], since: int = 0) -> str | None:
        """The actor of one of ``kinds`` most recently named before ``offset`` (and at or after ``since``)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0 and self.refs[i].start >= since:
            if self.refs[i].kind in kinds:
                return self.refs[i].actor
            i -= 1
        return None

    # -- what the text says of each person -----------------------------------------
    def _genders(self) -> dict[str, str]:
        """'m' or 'f' for persons: from he/his or she/her after their name, else from their given name.

        Only the rest of the mention's sentence and the first words of the next
        one count, and never a pronoun that attributes a quotation (', she said').
        """
        votes: dict[str, Counter[str]] = {}
        for k, ref in enumerate(self.refs):
            if ref.kind != "person":
                continue
            limit = self.refs[k + 1].start if k + 1 < len(self.refs) else len(self.text)
            sentence = self.sentence(ref.start)
            nxt = self.sentence(sentence.end + 1)
            opening = self.text[nxt.start : min(nxt.end, nxt.start + 20)] if nxt.start > sentence.end else ""
            window = self.text[ref.end : min(limit, sentence.end)] + " " + opening
            for m in re.finditer(r"(?<![\u201d\u2019\"',] )\b(he|his|him|she|her|hers)\b", window, re.IGNORECASE):
                votes.setdefault(ref.actor, Counter())[_GENDERED[m.group(1).casefold()]] += 1
                break
        genders = {}
        for actor in {r.actor for r in self.refs if r.kind == "person"}:
            words = kb.fold(self.names[actor]).split()
            hint = next((LEXICON.given_name_genders[w] for w in words if w in LEXICON.given_name_genders), None)
            if hint:
                genders[actor] = hint
        genders.update({actor: c.most_common(1)[0][0] for actor, c in votes.items()})
        return genders

    def _roles(self) -> dict[str, set[str]]:
        """Role words said of each person: 'minister Ana Ruiz', 'Ana Ruiz, the port director,'."""
        known = LEXICON.role_words
        roles: dict[str, set[str]] = {}
        for ref in self.refs:
            if ref.kind != "person":
                continue
            before = re.split(r"[.;:!?,\n]", self.text[max(0, ref.start - 50) : ref.start])[-1]
            after = re.match(r",\s+((?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+)\s*[,.]", self.text[ref.end : ref.end + 80])
            words = before.casefold().split()[-4:] + (after.group(1).casefold().split() if after else [])
            roles.setdefault(ref.actor, set()).update(w for w in words if w in known)
        return roles
