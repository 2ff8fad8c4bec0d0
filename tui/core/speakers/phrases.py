"""Who a short noun phrase names: a mention, a pronoun, a role, an organisation's spokesperson, or nobody."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from ..lexicon import LEXICON
from ..model import Span
from .mentions import Mentions, Ref

PRONOUNS = {"he": "m", "she": "f", "i": "", "it": "org", "they": "", "we": ""}
GENERIC_ROLES = frozenset(
    "spokesperson spokesman spokeswoman representative official officials source sources statement ministry "
    "office embassy government authorities".split()
)
_SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman representative official officials".split())
_ANONYMOUS_DETERMINERS = frozenset("a an one another some two three several that this many most other others".split())
FILLER = frozenset(
    "has have had also then later again previously once would will was is and but publicly repeatedly today "
    "yesterday earlier further simply only even still now just".split()
)
_POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "she"}
_LINKS = re.compile(r"\s+(?:of|at|from|with|for)\s+(?:the\s+)?$")
WORD = re.compile(r"\w(?:[\w'\u2019.-]*\w)?")


@dataclass(frozen=True, slots=True)
class Found:
    """What reading an attribution gave: an actor (None: it names nobody) and how it was found."""

    actor: str | None
    evidence: str  # name | pronoun | role | spokesperson, then the construction's own word
    cue: str = ""  # the words that named the speaker: 'said', 'she', 'the minister', ':'


def role_like_person(words: list[str]) -> bool:
    """'the deputy minister', 'the port director': a person's role, not an organisation."""
    return any(w in LEXICON.role_nouns for w in words[1:-1]) and words[-1] not in GENERIC_ROLES


class PhraseReader:
    """Reads noun phrases and subjects against one document's mentions."""

    def __init__(self, mentions: Mentions) -> None:
        self.m = mentions
        self.text = mentions.text
        self.last_speaker: str | None = None

    def is_person(self, actor: str | None) -> bool:
        """``actor`` is a person."""
        return actor is not None and self.m.kinds.get(actor) == "person"

    def pronoun(self, word: str, offset: int) -> str | None:
        """The actor a pronoun at ``offset`` stands for."""
        kind = PRONOUNS[word]
        if kind == "org":
            return self.m.last_of_kind(offset, ("organization", "country"))
        if word in ("we", "they") and self.last_speaker:
            return self.last_speaker
        return self.m.person_before(offset, kind) or self.last_speaker

    def phrase(self, start: int, end: int) -> Found | None:
        """The actor a short noun phrase names (a mention, pronoun or role); None when it is no phrase.

        Args:
            start: where the phrase begins.
            end: where it ends.

        Returns:
            The actor found and the kind of evidence ('name', 'pronoun', 'role', 'spokesperson'), an
            attribution to nobody ('one shop owner'), or None when the words are no noun phrase.
        """
        words = [w.group().casefold() for w in WORD.finditer(self.text, start, end)]
        if not words:
            return None
        refs = self.m.refs_between(start, end)
        generic = any(w in GENERIC_ROLES for w in words)
        if refs:
            persons = [r for r in refs if r.kind == "person"]
            if persons and not generic:
                return Found(persons[-1].actor, "name")  # "Hartley Jones of Beacon Street Research"
            actor = refs[-1].actor if refs[-1].end >= end - 1 else refs[0].actor
            return Found(actor, "spokesperson" if generic else "name")
        if len(words) == 1 and words[0] in PRONOUNS:
            return Found(self.pronoun(words[0], start), "pronoun", words[0])
        spokesperson = self._spokesperson(words, start)
        if spokesperson is not None:
            return spokesperson
        if words[0] in _ANONYMOUS_DETERMINERS:
            return Found(None, "name")  # "one shop owner", "a person familiar with the talks"
        return self._role(words, start)

    def _spokesperson(self, words: list[str], start: int) -> Found | None:
        """'a company spokesperson', 'an official of the ministry', 'the agency': an organisation named just
        before speaks; 'the government' is the state. 'Its statement', 'a notice on its website': the owner."""
        owner = next((w for w in words if w in _POSSESSIVES), None)
        if owner is not None and any(w in LEXICON.statement_nouns for w in words):
            return Found(self.pronoun(_POSSESSIVES[owner], start), "pronoun", " ".join(words))
        if words[-1] in _SPOKESPEOPLE and any(w in LEXICON.org_role_nouns for w in words[:-1]):
            return Found(self._organisation_before(start, words[-2]), "spokesperson", " ".join(words))
        if words[0] == "the" and words[-1] in GENERIC_ROLES | LEXICON.org_role_nouns and not role_like_person(words):
            return Found(self._organisation_before(start, words[-1]), "spokesperson", " ".join(words))
        return None

    def _organisation_before(self, offset: int, noun: str) -> str | None:
        """The organisation (or, for 'the government', the state) named last, this sentence or the one before."""
        kinds = ("country",) if noun in ("government", "administration") else ("organization",)
        sentence = self.m.sentence(offset)
        previous = self.m.sentence_before(sentence)
        actor = self.m.last_of_kind(offset, kinds, since=previous.start if previous else sentence.start)
        return actor or self.m.last_of_kind(offset, kinds)

    def _role(self, words: list[str], start: int) -> Found | None:
        """'the commissioner', 'the committee chair': the person described so, else the last person named."""
        roles = LEXICON.role_words | LEXICON.byline_roles
        role_words = [w for w in words[-3:] if w in roles]
        if role_words:
            person = self.m.person_with_role(role_words, start)
            if person is None:
                person = self.last_speaker if self.is_person(self.last_speaker) else self.m.person_before(start)
            return Found(person, "role", " ".join(words))
        if words[0] == "the" and len(words) <= 4:
            return Found(None, "name")  # "the person said", "the woman said"
        return None

    # -- subjects ------------------------------------------------------------------
    def subject_of(self, sentence: Span, verb: int, participle: bool = False) -> Found | None:
        """Who does the speaking verb at ``verb``: the phrase right before it, else the nearest person."""
        if not participle:
            found = self._phrase_before(sentence, verb)
            if found is not None:
                return found
        persons = [r for r in self.m.refs_between(sentence.start, verb) if r.kind == "person"]
        if persons:
            return Found(persons[-1].actor, "name")
        return self.subject(sentence, verb)

    def _phrase_before(self, sentence: Span, verb: int) -> Found | None:
        # (the clause is read back at most 1,000 characters, not to the start of a sentence with no end)
        start = max(sentence.start, verb - 1000)
        clause = max(start, self.text.rfind(",", start, verb) + 1, self.text.rfind("\u201d", start, verb) + 1)
        words = list(WORD.finditer(self.text, clause, verb))
        while words and words[-1].group().casefold() in FILLER:
            words.pop()
        if not words:
            return None
        last = words[-1].group().casefold()
        if last in PRONOUNS:
            return Found(self.pronoun(last, words[-1].start()), "pronoun", last)
        end = words[-1].end()
        refs = self.m.refs_between(clause, end)
        if refs and refs[-1].end >= end - 2:
            return self._owner(refs)
        return self.phrase(words[max(0, len(words) - 5)].start(), end)

    def _owner(self, refs: list[Ref]) -> Found:
        """'Hartley Jones of Beacon Street Research said': the person, not the firm."""
        last = refs[-1]
        if (
            last.kind != "person"
            and len(refs) > 1
            and refs[-2].kind == "person"
            and _LINKS.search(self.text[refs[-2].end : last.start] + " ")
        ):
            return Found(refs[-2].actor, "name")
        return Found(last.actor, "name")

    def subject(self, sentence: Span, limit: int) -> Found | None:
        """A sentence's subject: its first pronoun, actor or role within its first words."""
        words = list(islice(WORD.finditer(self.text, sentence.start, limit), 10))
        if not words:
            return None
        first = words[0].group().casefold()
        if first in PRONOUNS:
            return Found(self.pronoun(first, sentence.start), "pronoun", first)
        refs = self.m.refs_between(sentence.start, words[-1].end())
        if refs:
            return Found(refs[0].actor, "name")
        for n in range(min(len(words), 5), 1, -1):  # "The Austin, Texas-based company, which ...": shorter first
            found = self.phrase(sentence.start, words[n - 1].end())
            if found is not None and (found.actor is not None or n == 2):
                return found
        return self.phrase(sentence.start, words[0].end())
