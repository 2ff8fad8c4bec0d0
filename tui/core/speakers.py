"""Who said a quotation: the actor named by the attribution, in order of evidence.

1. A speech verb next to the quotation, either order: '..., X said', 'said X',
   'X told reporters: ...', '..., stating, ...', 'according to X'.
2. A pronoun ('he added') resolves to the most recent person of the same
   gender named before it; a role ('the minister said') to the last person
   named or quoted.
3. An unnamed spokesperson or official of a named organisation or state
   ('a spokesperson for X', 'an IMF spokesperson', 'a US official') speaks for it.
4. A quotation opening its sentence right after another continues that speaker;
   one opening a paragraph after 'X said:' belongs to X.
5. Words quoted inside a sentence with no speech verb belong to its subject.
Anonymous people ('one shop owner', 'the person') give no speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from . import knowledge as kb
from .data import word_set
from .model import Actor, Document, Span
from .quotes import QuoteSpan, quote_kind

_PRONOUNS = {"he": "m", "she": "f", "i": "", "it": "org", "they": "", "we": ""}
_GENDERED = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
_GENERIC_ROLES = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "representative",
        "official",
        "officials",
        "source",
        "sources",
        "statement",
        "ministry",
        "office",
        "embassy",
        "government",
        "authorities",
    }
)
_ANONYMOUS_DETERMINERS = frozenset(
    {"a", "an", "one", "another", "some", "two", "three", "several", "that", "this", "many", "most", "other", "others"}
)
_FILLER = frozenset(
    {
        "has",
        "have",
        "had",
        "also",
        "then",
        "later",
        "again",
        "previously",
        "once",
        "would",
        "will",
        "was",
        "is",
        "and",
        "but",
        "publicly",
        "repeatedly",
        "today",
        "yesterday",
        "earlier",
        "further",
        "simply",
        "only",
        "even",
        "still",
        "now",
        "just",
    }
)
_LINKS = re.compile(r"\s+(?:of|at|from|with|for)\s+(?:the\s+)?$")
_WORD = re.compile(r"\w(?:[\w'\u2019.-]*\w)?")
_PHRASE_END = re.compile(
    r"[,.;:!?\u2014\"\u201c\u201d\u2018(]|\s(?:who|which|that|as|when|after|before|while|"
    r"in|on|at|to|during|because|adding|saying)\s"
)


def role_like_person(words: list[str]) -> bool:
    """'the deputy minister', 'the port director': a person's role, not an organisation."""
    return any(w in kb.role_nouns() for w in words[1:-1]) and words[-1] not in _GENERIC_ROLES


@dataclass(frozen=True, slots=True)
class _Ref:
    """An actor mention in a document."""

    start: int
    end: int
    actor: str
    kind: str


@dataclass(frozen=True, slots=True)
class _Found:
    """The outcome of reading an attribution: an actor, or an attribution that names nobody."""

    actor: str | None


class ActorIndex:
    """The actors once, for every document: kinds, names and each document's mentions."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.kinds = {a.id: a.kind for a in actors}
        self.names = {a.id: a.name for a in actors}
        self.refs: dict[str, list[_Ref]] = {}
        for a in actors:
            for m in a.mentions:
                self.refs.setdefault(m.doc, []).append(_Ref(m.start, m.end, a.id, a.kind))


class SpeakerFinder:
    """Attributes the quotations of one document, in order."""

    def __init__(self, doc: Document, actors: tuple[Actor, ...] | ActorIndex, quotes: list[QuoteSpan]) -> None:
        index = actors if isinstance(actors, ActorIndex) else ActorIndex(actors)
        self.doc = doc
        self.text = doc.text
        self.kinds = index.kinds
        self.names = index.names
        self.inside = sorted((q.outer_start, q.outer_end) for q in quotes)
        refs = index.refs.get(doc.id, [])
        self.refs = sorted((r for r in refs if not self._quoted(r.start)), key=lambda r: r.start)
        self.starts = [r.start for r in self.refs]
        self.sentence_starts = [s.start for s in doc.sentences]
        self.last_speaker: str | None = None
        self.gender = self._genders()
        self.roles = self._roles()

    # -- look-ups ---------------------------------------------------------------
    def _quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.inside, (offset, len(self.text))) - 1
        return i >= 0 and self.inside[i][0] < offset < self.inside[i][1]

    def _sentence(self, offset: int) -> Span:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.doc.sentences[i].end:
            return self.doc.sentences[i]
        return Span(offset, offset)

    def _paragraph(self, offset: int) -> Span | None:
        return next((p for p in self.doc.paragraphs if p.start <= offset < p.end), None)

    def _refs_between(self, start: int, end: int) -> list[_Ref]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.refs) and self.refs[i].start < end:
            if self.refs[i].end <= end:
                out.append(self.refs[i])
            i += 1
        return out

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
            sentence = self._sentence(ref.start)
            nxt = self._sentence(sentence.end + 1)
            opening = self.text[nxt.start : min(nxt.end, nxt.start + 20)] if nxt.start > sentence.end else ""
            window = self.text[ref.end : min(limit, sentence.end)] + " " + opening
            for m in re.finditer(r"(?<![\u201d\u2019\"',] )\b(he|his|him|she|her|hers)\b", window, re.IGNORECASE):
                votes.setdefault(ref.actor, Counter())[_GENDERED[m.group(1).casefold()]] += 1
                break
        genders = {}
        for actor in {r.actor for r in self.refs if r.kind == "person"}:
            words = kb.fold(self.names[actor]).split()
            hint = next((kb.given_name_genders()[w] for w in words if w in kb.given_name_genders()), None)
            if hint:
                genders[actor] = hint
        genders.update({actor: c.most_common(1)[0][0] for actor, c in votes.items()})
        return genders

    def _roles(self) -> dict[str, set[str]]:
        """Role words said of each person: 'minister Ana Ruiz', 'Ana Ruiz, the port director,'."""
        known = kb.role_words()
        roles: dict[str, set[str]] = {}
        for ref in self.refs:
            if ref.kind != "person":
                continue
            before = re.split(r"[.;:!?,\n]", self.text[max(0, ref.start - 50) : ref.start])[-1]
            after = re.match(r",\s+((?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+)\s*[,.]", self.text[ref.end : ref.end + 80])
            words = before.casefold().split()[-4:] + (after.group(1).casefold().split() if after else [])
            roles.setdefault(ref.actor, set()).update(w for w in words if w in known)
        return roles

    def _person_with_role(self, role_words: list[str], offset: int) -> str | None:
        """The most recent person before ``offset`` described with one of these role words."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            ref = self.refs[i]
            if ref.kind == "person" and self.roles.get(ref.actor, set()) & set(role_words):
                return ref.actor
            i -= 1
        return None

    def _person_before(self, offset: int, gender: str = "") -> str | None:
        """The most recent person named before ``offset`` (of that gender, when it is known)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            ref = self.refs[i]
            if ref.kind == "person" and (not gender or self.gender.get(ref.actor, gender) == gender):
                return ref.actor
            i -= 1
        return None

    def _pronoun(self, word: str, offset: int) -> str | None:
        kind = _PRONOUNS[word]
        if kind == "org":
            i = bisect.bisect_left(self.starts, offset) - 1
            while i >= 0 and self.refs[i].kind not in ("organization", "country"):
                i -= 1
            return self.refs[i].actor if i >= 0 else None
        if word in ("we", "they") and self.last_speaker:
            return self.last_speaker
        return self._person_before(offset, kind) or self.last_speaker

    # -- noun phrases -------------------------------------------------------------
    def _phrase(self, start: int, end: int) -> _Found | None:
        """The actor a short noun phrase names (a mention, pronoun or role); None when it is no phrase."""
        words = [w.group().casefold() for w in _WORD.finditer(self.text, start, end)]
        if not words:
            return None
        refs = self._refs_between(start, end)
        generic = any(w in _GENERIC_ROLES for w in words)
        if refs:
            persons = [r for r in refs if r.kind == "person"]
            if persons and not generic:
                return _Found(persons[-1].actor)  # "Hartley Jones of Beacon Street Research"
            return _Found(refs[-1].actor if refs[-1].end >= end - 1 else refs[0].actor)
        if len(words) == 1 and words[0] in _PRONOUNS:
            return _Found(self._pronoun(words[0], start))
        roles = kb.role_words() | word_set("byline_roles.txt")
        if words[0] in _ANONYMOUS_DETERMINERS:
            return _Found(None)  # "one shop owner", "a person familiar with the talks"
        if words[0] == "the" and words[-1] in _GENERIC_ROLES | kb.org_role_nouns() and not role_like_person(words):
            # "the agency said", "the spokesman said": the organisation last named
            return _Found(self._last_organisation(start, words[-1]))
        role_words = [w for w in words[-3:] if w in roles]
        if role_words:
            person = self._person_with_role(role_words, start)
            if person is None:
                person = self.last_speaker if self._is_person(self.last_speaker) else self._person_before(start)
            return _Found(person)
        if words[0] == "the" and len(words) <= 4:
            return _Found(None)  # "the person said", "the woman said"
        return None

    def _last_organisation(self, offset: int, noun: str) -> str | None:
        """The organisation (or, for 'the government', the state) most recently named before ``offset``."""
        kinds = ("country",) if noun in ("government", "administration") else ("organization",)
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            if self.refs[i].kind in kinds:
                return self.refs[i].actor
            i -= 1
        return None

    def _is_person(self, actor: str | None) -> bool:
        return actor is not None and self.kinds.get(actor) == "person"

    def _phrase_end(self, start: int, limit: int) -> int:
        m = _PHRASE_END.search(self.text, start, limit)
        return m.start() if m else limit

    # -- around the quotation -----------------------------------------------------
    def _after(self, q: QuoteSpan) -> _Found | None:
        """', X said.' / ', said X.' / ', he added.' / ', according to X.' after the closing mark."""
        limit = min(self._sentence(max(q.outer_start, q.outer_end - 1)).end, q.outer_end + 160)
        m = re.compile(r"\s*[,.!?\u2014-]?\s*").match(self.text, q.outer_end, limit)
        offset = m.end() if m else q.outer_end
        acc = re.compile(r"according to\s+", re.IGNORECASE).match(self.text, offset, limit)
        if acc:
            return self._phrase(acc.end(), self._phrase_end(acc.end(), limit))
        verbs = kb.speech_verbs()
        for i, w in enumerate(list(_WORD.finditer(self.text, offset, limit))[:8]):
            if w.group().casefold() not in verbs:
                continue
            if i == 0:  # 'said X', 'said the minister'
                return self._phrase(w.end(), self._phrase_end(w.end(), limit))
            return self._phrase(offset, w.start())
        return None

    def _before(self, q: QuoteSpan, sentence: Span) -> _Found | None:
        """'X said: "..."', 'X told reporters in Y: "..."', '..., stating, "..."', 'according to X, "..."'."""
        words = list(_WORD.finditer(self.text, sentence.start, q.outer_start))
        verbs = kb.speech_verbs()
        for i in range(len(words) - 1, -1, -1):
            word = words[i].group().casefold()
            if word == "according" and i + 1 < len(words) and words[i + 1].group() == "to":
                start = words[i + 1].end()
                return self._phrase(start, self._phrase_end(start, q.outer_start))
            if word in verbs and not self._quoted(words[i].start()):
                return self._subject_of(sentence, words[i].start(), participle=word.endswith("ing"))
        return None

    def _subject_of(self, sentence: Span, verb: int, participle: bool = False) -> _Found | None:
        """Who does the speaking verb at ``verb``: the phrase right before it, else the nearest person."""
        if not participle:
            clause = max(
                sentence.start,
                self.text.rfind(",", sentence.start, verb) + 1,
                self.text.rfind("\u201d", sentence.start, verb) + 1,
            )
            words = list(_WORD.finditer(self.text, clause, verb))
            while words and words[-1].group().casefold() in _FILLER:
                words.pop()
            if words:
                last = words[-1].group().casefold()
                if last in _PRONOUNS:
                    return _Found(self._pronoun(last, words[-1].start()))
                end = words[-1].end()
                refs = self._refs_between(clause, end)
                if refs and refs[-1].end >= end - 2:
                    return self._owner(refs, clause)
                found = self._phrase(words[max(0, len(words) - 5)].start(), end)
                if found is not None:
                    return found
        persons = [r for r in self._refs_between(sentence.start, verb) if r.kind == "person"]
        if persons:
            return _Found(persons[-1].actor)
        return self._subject(sentence, verb)

    def _owner(self, refs: list[_Ref], clause: int) -> _Found:
        """'Hartley Jones of Beacon Street Research said': the person, not the firm."""
        last = refs[-1]
        if (
            last.kind != "person"
            and len(refs) > 1
            and refs[-2].kind == "person"
            and _LINKS.search(self.text[refs[-2].end : last.start] + " ")
        ):
            return _Found(refs[-2].actor)
        return _Found(last.actor)

    def _subject(self, sentence: Span, limit: int) -> _Found | None:
        """A sentence's subject: its first pronoun, actor or role within its first words."""
        words = list(_WORD.finditer(self.text, sentence.start, limit))[:10]
        if not words:
            return None
        first = words[0].group().casefold()
        if first in _PRONOUNS:
            return _Found(self._pronoun(first, sentence.start))
        refs = self._refs_between(sentence.start, words[-1].end())
        if refs:
            return _Found(refs[0].actor)
        return self._phrase(sentence.start, words[min(len(words), 5) - 1].end())

    def _introduced(self, q: QuoteSpan) -> _Found | None:
        """A quotation opening a paragraph after one that ends 'X said:'."""
        para = self._paragraph(q.outer_start)
        before = self.text[: q.outer_start].rstrip()
        if para is None or para.start != q.outer_start or not before.endswith(":"):
            return None
        end = len(before)
        sentence = self._sentence(end - 1)
        found = self._before(QuoteSpan(end, end, end, end), sentence)
        if found is None:
            # "The director Beatriz Lacerda did not mince words at the press conference:"
            persons = [r for r in self._refs_between(sentence.start, end) if r.kind == "person"]
            found = _Found(persons[-1].actor) if persons else self._subject(sentence, end)
        return found

    def _continues(self, previous: QuoteSpan, q: QuoteSpan) -> bool:
        """A quotation that opens its sentence right after a quotation in the same or the previous paragraph."""
        between = self.text[previous.outer_end : q.outer_start]
        if between.count("\n\n") > 1:
            return False
        if "\n\n" in between:
            para = self._paragraph(q.outer_start)
            return para is not None and para.start == q.outer_start
        return self._sentence(q.outer_start).start == q.outer_start

    def speaker(self, q: QuoteSpan, previous: QuoteSpan | None, previous_speaker: str | None) -> str | None:
        """The speaker of ``q`` (an actor id) or None."""
        sentence = self._sentence(q.outer_start)
        found = self._after(q) or self._before(q, sentence) or self._introduced(q)
        if found is None and previous is not None and self._continues(previous, q):
            found = _Found(previous_speaker)
        if found is None and sentence.start < q.outer_start and quote_kind(self.text, q) == "partial":
            found = self._subject(sentence, q.outer_start)
        actor = found.actor if found else None
        if actor is not None:
            self.last_speaker = actor
        return actor


def attribute(doc: Document, actors: tuple[Actor, ...] | ActorIndex, quotes: list[QuoteSpan]) -> list[str | None]:
    """The speaker of each quotation of ``doc``, in order."""
    finder = SpeakerFinder(doc, actors, quotes)
    speakers: list[str | None] = []
    previous: QuoteSpan | None = None
    for q in quotes:
        speakers.append(finder.speaker(q, previous, speakers[-1] if speakers else None))
        previous = q
    return speakers
