"""Who said a quotation: the actor named by the attribution, in order of evidence, with the evidence kept.

1. A transcript label ('ROE: ...') or a signature after the quotation ('" ― Jane
   Roe, Springfield', a block quotation signed '— Jane Roe, economist').
2. A speech verb next to the quotation, either order: '..., X said', 'said X',
   'X told reporters: ...', '..., stating, ...', 'according to X', 'Said X:'.
   Words woven into reported speech belong to the subject of its first speech
   verb ('Roe says the ban makes Doe "the best recruiter"' is Roe's).
3. A colon ending a clause ('Her deputy struck a different tone: "..."'), or a
   paragraph ending 'X said:' before a quotation that opens the next one.
4. A pronoun ('he added') resolves to the most recent person of the same
   gender; a role ('the committee chair said') to the person described with
   it; an unnamed spokesperson of an organisation ('a company spokesperson',
   'a spokesperson for X', 'an IMF spokesperson') speaks for it.
5. A quotation right after another continues its speaker; one opening the
   sentence after '..., X said.' continues X; a quotation whose speaker opens
   the next sentence ('"...." Roe made the remarks ...') is theirs.
6. Words quoted inside a sentence with no speech verb belong to its subject.
Anonymous people ('one shop owner', 'the person') give no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Actor, Document
from ..quotes import QuoteSpan, quote_kind
from . import constructions as read
from .mentions import ActorIndex, Mentions
from .phrases import Found, PhraseReader

__all__ = ["ActorIndex", "Attribution", "attribute"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A quotation's speaker (an actor id or None) and how it was found; ``attributed`` is true when the
    copy says who spoke, even someone unnamed ('one shop owner said')."""

    speaker: str | None
    evidence: str | None
    attributed: bool = True
    cue: str = ""  # the words that named the speaker ('said', 'she added', ':')


class SpeakerFinder:
    """Attributes the quotations of one document, in order."""

    def __init__(self, doc: Document, actors: tuple[Actor, ...] | ActorIndex, quotes: list[QuoteSpan]) -> None:
        index = actors if isinstance(actors, ActorIndex) else ActorIndex(actors)
        self.mentions = Mentions(doc, index, quotes)
        self.reader = PhraseReader(self.mentions)
        self.text = doc.text

    def _continues(self, previous: QuoteSpan, q: QuoteSpan) -> bool:
        """A quotation that opens its sentence right after a quotation in the same or the previous paragraph."""
        between = self.text[previous.outer_end : q.outer_start]
        if between.count("\n\n") > 1:
            return False
        if "\n\n" in between:
            para = self.mentions.paragraph(q.outer_start)
            return para is not None and para.start == q.outer_start
        return self.mentions.sentence(q.outer_start).start == q.outer_start

    def _read(self, q: QuoteSpan, previous: QuoteSpan | None, previous_speaker: str | None) -> Found | None:
        sentence = self.mentions.sentence(q.outer_start)
        partial = quote_kind(self.text, q) == "partial"
        found = (
            read.label(self.reader, q)
            or read.signature(self.reader, q)
            or read.after(self.reader, q)
            or read.before(self.reader, q, sentence, partial)
            or read.colon(self.reader, q, sentence)
            or read.introduced(self.reader, q)
        )
        if found is None and previous is not None and self._continues(previous, q):
            found = Found(previous_speaker, "continuation") if previous_speaker else None
        found = found or read.after_reported_speech(self.reader, q, sentence) or read.next_sentence(self.reader, q)
        if found is None and sentence.start < q.outer_start and partial:
            subject = self.reader.subject(sentence, q.outer_start)
            found = Found(subject.actor, "subject") if subject is not None and subject.actor else None
        return found

    def speaker(self, q: QuoteSpan, previous: QuoteSpan | None, previous_speaker: str | None) -> Attribution:
        """The speaker of ``q`` and the evidence for it."""
        found = self._read(q, previous, previous_speaker)
        if found is None:
            return Attribution(None, None, attributed=False)
        if found.actor is not None:
            self.reader.last_speaker = found.actor
        if found.actor is None:
            return Attribution(None, None)
        return Attribution(found.actor, found.evidence, cue=found.cue)


def attribute(doc: Document, actors: tuple[Actor, ...] | ActorIndex, quotes: list[QuoteSpan]) -> list[Attribution]:
    """The speaker of each quotation of ``doc``, in order, with the evidence for each.

    Args:
        doc: the document.
        actors: every actor (or an index of them built once for all documents).
        quotes: the document's quotations, in order.

    Returns:
        One ``Attribution`` per quotation.
    """
    finder = SpeakerFinder(doc, actors, quotes)
    found: list[Attribution] = []
    previous: QuoteSpan | None = None
    for q in quotes:
        found.append(finder.speaker(q, previous, found[-1].speaker if found else None))
        previous = q
    return found
