"""Who said a quotation: the actor named by the attribution, in order of evidence.

1. A speech verb next to the quotation, either order: '..., X said', 'said X',
   'X told reporters: ...', 'according to X'.
2. A pronoun or a role ('he added', 'the minister said') resolves to the last
   speaker, else to the person most recently named before the quotation.
3. An unnamed spokesperson or official of a named organisation or state
   ('a spokesperson for X', 'an IMF spokesperson', 'a US official') speaks for it.
4. A sentence's subject for words quoted inside it ('Washington ... labelling
   the island an "extraordinary threat"').
5. A quotation paragraph with no attribution continues the previous speaker.
Anonymous people ('one shop owner', 'a resident') give no speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import knowledge as kb
from .data import word_set
from .model import Actor, Document, Span
from .quotes import QuoteSpan

_PRONOUNS = {"he": "person", "she": "person", "i": "person", "it": "organization", "they": "any",
             "we": "any"}
_GENERIC_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "official",
                            "officials", "source", "sources", "statement", "ministry", "office"})
_FILLER = frozenset({"has", "have", "had", "also", "then", "later", "again", "previously", "once", "would",
                     "will", "was", "is", "had", "and", "but", "publicly", "repeatedly", "told", "in", "a",
                     "statement", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday", "today", "yesterday", "earlier", "further"})
_WORD = re.compile(r"[\w'\u2019.-]+")


@dataclass(frozen=True, slots=True)
class _Ref:
    """An actor mention in a document."""

    start: int
    end: int
    actor: str
    kind: str


class SpeakerFinder:
    """Attributes the quotations of one document, in order."""

    def __init__(self, doc: Document, actors: tuple[Actor, ...], quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.text = doc.text
        refs = [
            _Ref(m.start, m.end, a.id, a.kind)
            for a in actors
            for m in a.mentions
            if m.doc == doc.id
        ]
        self.refs = sorted(refs, key=lambda r: r.start)
        self.starts = [r.start for r in self.refs]
        self.quotes = quotes
        self.inside = [(q.outer_start, q.outer_end) for q in quotes]
        self.last_speaker: str | None = None
        self.last_kind: str | None = None

    # -- helpers ------------------------------------------------------------
    def _refs_between(self, start: int, end: int) -> list[_Ref]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.refs) and self.refs[i].start < end:
            if self.refs[i].end <= end and not self._quoted(self.refs[i].start):
                out.append(self.refs[i])
            i += 1
        return out

    def _quoted(self, offset: int) -> bool:
        return any(s < offset < e for s, e in self.inside)

    def _last_person_before(self, offset: int) -> str | None:
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            ref = self.refs[i]
            if ref.kind == "person" and not self._quoted(ref.start):
                return ref.actor
            i -= 1
        return None

    def _last_of_kind(self, offset: int, kinds: tuple[str, ...]) -> str | None:
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            if self.refs[i].kind in kinds and not self._quoted(self.refs[i].start):
                return self.refs[i].actor
            i -= 1
        return None

    def _pronoun(self, word: str, offset: int) -> str | None:
        kind = _PRONOUNS[word]
        if kind == "person":
            if self.last_speaker and self.last_kind == "person":
                return self.last_speaker
            return self._last_person_before(offset)
        if kind == "organization":
            return self._last_of_kind(offset, ("organization", "country"))
        return self.last_speaker or self._last_of_kind(offset, ("organization", "country", "person"))

    # -- noun phrases -------------------------------------------------------
    def _phrase_speaker(self, start: int, end: int) -> tuple[str | None, bool]:
        """The actor a short noun phrase names: a mention, a pronoun, a role.

        Returns (actor, decided): decided is False when the phrase names nobody
        we can tell (so the caller may look further).
        """
        phrase = self.text[start:end]
        words = [w.casefold() for w in _WORD.findall(phrase)]
        if not words:
            return None, False
        refs = self._refs_between(start, end)
        generic = any(w in _GENERIC_ROLES for w in words)
        if refs and (generic or refs[-1].end >= end - 1):
            # "a spokesperson for X", "an IMF spokesperson", "X"
            ref = refs[-1] if refs[-1].end >= end - 1 else refs[0]
            return ref.actor, True
        if len(words) == 1 and words[0] in _PRONOUNS:
            return self._pronoun(words[0], start), True
        roles = kb.role_nouns() | word_set("byline_roles.txt")
        if any(w in roles or w in kb.title_words() for w in words):
            if words[0] in ("a", "an", "one", "another", "some", "two", "three", "several"):
                return None, True  # anonymous: "one shop owner", "a resident"
            if self.last_speaker and self.last_kind == "person":
                return self.last_speaker, True
            return self._last_person_before(start), True
        return None, False

    # -- patterns around the quotation ---------------------------------------
    def _after(self, q: QuoteSpan, sentence_end: int) -> str | None:
        """', X said.' / ', said X.' / ', he added.' right after the closing mark."""
        window_end = min(sentence_end, q.outer_end + 160)
        rest = self.text[q.outer_end : window_end]
        m = re.match(r"\s*[,.!?\u2014-]?\s*", rest)
        offset = q.outer_end + (m.end() if m else 0)
        tail = self.text[offset:window_end]
        words = list(_WORD.finditer(tail))
        verbs = kb.speech_verbs()
        for i, w in enumerate(words[:10]):
            word = w.group().casefold()
            if word not in verbs:
                continue
            if i == 0:  # 'said X' / 'said the minister'
                phrase_end = self._phrase_end(offset + w.end(), window_end)
                return self._phrase_speaker(offset + w.end(), phrase_end)[0]
            actor, decided = self._phrase_speaker(offset, offset + w.start())
            if decided:
                return actor
            break
        acc = re.match(r"\s*,?\s*according to\s+", tail)
        if acc:
            return self._phrase_speaker(offset + acc.end(), self._phrase_end(offset + acc.end(), window_end))[0]
        return None

    def _phrase_end(self, start: int, limit: int) -> int:
        m = re.compile(r"[,.;:!?\u2014\"\u201c\u201d(]|\s(?:who|which|that|as|when|after|in a|on)\s").search(
            self.text, start, limit)
        return m.start() if m else limit

    def _before(self, q: QuoteSpan, sentence: Span) -> str | None:
        """'X said: "..."', 'X told reporters ...: "..."', '..., stating, "..."', 'according to X, "..."'."""
        head = self.text[sentence.start : q.outer_start]
        words = list(_WORD.finditer(head))
        verbs = kb.speech_verbs()
        for i in range(len(words) - 1, -1, -1):
            word = words[i].group().casefold()
            if word == "according" and i + 1 < len(words) and words[i + 1].group() == "to":
                start = sentence.start + words[i + 1].end()
                return self._phrase_speaker(start, self._phrase_end(start, q.outer_start))[0]
            if word not in verbs:
                continue
            verb_start = sentence.start + words[i].start()
            if word.endswith("ing"):
                return self._subject(sentence, verb_start)  # '..., stating, "..."'
            return self._subject_before(sentence, verb_start)
        return None

    def _subject_before(self, sentence: Span, verb_start: int) -> str | None:
        """The noun phrase right before a verb: 'Trump told', 'He added', 'the minister said'."""
        clause_start = max(sentence.start, self.text.rfind(",", sentence.start, verb_start) + 1,
                           self.text.rfind("\u201d", sentence.start, verb_start) + 1)
        span = self.text[clause_start:verb_start]
        words = list(_WORD.finditer(span))
        while words and words[-1].group().casefold() in _FILLER:
            words.pop()
        if not words:
            return self._subject(sentence, verb_start)
        end = clause_start + words[-1].end()
        refs = [r for r in self._refs_between(clause_start, end)]
        if refs and refs[-1].end >= end - 2:
            return refs[-1].actor
        start = clause_start + words[max(0, len(words) - 6)].start()
        actor, decided = self._phrase_speaker(start, end)
        if decided:
            return actor
        return self._subject(sentence, verb_start)

    def _subject(self, sentence: Span, limit: int) -> str | None:
        """The sentence's subject: its first actor, pronoun or role, within its first words."""
        head = self.text[sentence.start : limit]
        words = list(_WORD.finditer(head))[:10]
        if not words:
            return None
        first = words[0].group().casefold()
        if first in _PRONOUNS:
            return self._pronoun(first, sentence.start)
        refs = self._refs_between(sentence.start, sentence.start + (words[-1].end() if words else 0))
        if refs:
            return refs[0].actor
        cut = next((w for w in words if w.group().casefold() in kb.speech_verbs()), None)
        end = sentence.start + (cut.start() if cut else words[min(len(words), 6) - 1].end())
        return self._phrase_speaker(sentence.start, end)[0]

    # -- the whole attribution ----------------------------------------------------
    def speaker(self, q: QuoteSpan, previous: QuoteSpan | None, previous_speaker: str | None) -> str | None:
        """The speaker of ``q`` (an actor id) or None."""
        sentence = self._sentence(q.outer_start)
        end_sentence = self._sentence(max(q.outer_start, q.outer_end - 1))
        actor = self._after(q, end_sentence.end)
        if actor is None:
            actor = self._before(q, sentence)
        if actor is None and previous is not None and self._continues(previous, q):
            actor = previous_speaker
        if actor is None and sentence.start < q.outer_start:
            actor = self._subject(sentence, q.outer_start)
        if actor is not None:
            self.last_speaker = actor
            self.last_kind = next((r.kind for r in self.refs if r.actor == actor), None)
        return actor

    def _sentence(self, offset: int) -> Span:
        for sentence in self.doc.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return Span(offset, offset)

    def _continues(self, previous: QuoteSpan, q: QuoteSpan) -> bool:
        """A quotation that opens the paragraph right after one with a quotation."""
        between = self.text[previous.outer_end : q.outer_start]
        if between.count("\n\n") > 1:
            return False
        para = next((p for p in self.doc.paragraphs if p.start <= q.outer_start < p.end), None)
        return para is not None and para.start == q.outer_start


def attribute(doc: Document, actors: tuple[Actor, ...], quotes: list[QuoteSpan]) -> list[str | None]:
    """The speaker of each quotation of ``doc``, in order."""
    finder = SpeakerFinder(doc, actors, quotes)
    speakers: list[str | None] = []
    previous: QuoteSpan | None = None
    for q in quotes:
        speakers.append(finder.speaker(q, previous, speakers[-1] if speakers else None))
        previous = q
    return speakers
