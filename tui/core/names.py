"""Find capitalised name phrases in a document and split them into candidate mentions.

A *run* is a stretch of capitalised words joined only by spaces and name
particles ("Carlos Fernández de Cossío", "Bank of Korea"). A run is split at
titles ("U.S. President Donald Trump" -> "U.S." + "Donald Trump") and at the
names of states, and each piece becomes a ``Candidate`` with the evidence the
classifier needs: is it sentence-initial, in a headline, after a title or a
role word, before a speech verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from . import knowledge as kb
from .lexicon import LEXICON
from .model import Span, pickled_by_fields

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?![a-z])|[^\W_](?:[\w'\u2019&-]*[^\W_])?")
# The same words, but only those that can stand in a name: not starting with an ASCII lower-case
# letter or a digit, or one of the lower-case words names contain (checked again in ``tokenize``).
_NAME_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?![a-z])|\b(?:[^\W\d_a-z]|[a-z]{1,4}\b)(?:[\w'\u2019&-]*[^\W_])?|\b\d+[a-z]{3,}\b"
)
_TEAM_NUMBER = re.compile(r"^\d+[a-z]{3,}$")  # "76ers", "49ers": a team's name
_PREFIXED = re.compile(r"^(?:al|el|bin|ibn|ben|abu|de|di|da|van|von|d'|l')[-'\u2019][A-Z]", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s+[\w .]+)?\s*(?:\([\w .]+\))?\s*[\u2014\u2013-]")
_OPEN_QUOTES = "\"'\u201c\u2018(\u00ab"


class Token:
    """A word of the text with its offsets; ``possessive`` for "Havana's".

    ``capitalised`` is true for 'Cuba', 'U.S.' and 'al-Assad'; ``folded`` is the
    word's ``knowledge.fold`` form. Both are computed once, when the token is made.
    """

    __slots__ = ("capitalised", "end", "folded", "possessive", "start", "text")

    def __init__(self, start: int, end: int, text: str, possessive: bool = False) -> None:
        self.start, self.end, self.text, self.possessive = start, end, text, possessive
        self.capitalised = text[:1].isupper() or bool(_PREFIXED.match(text)) or bool(_TEAM_NUMBER.match(text))
        self.folded = kb.fold(text)

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


CandidateKind = Literal["person", "organization", "country", "unknown"]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible actor mention with the evidence around it."""

    doc: str
    start: int
    end: int
    surface: str
    kind: CandidateKind
    canonical: str | None = None  # for states and known acronyms
    weak: bool = False  # sentence-initial or in a headline: needs support elsewhere
    titled: bool = False  # a title or role word stands before it (or an age after it)
    speaks: bool = False  # a speech verb is next to it
    place_like: bool = False  # read as a place: after 'in', 'near', 'from', ...
    org_like: bool = False  # read as an organisation: 'shares of X', 'X's chief executive'
    gender: str = ""  # 'm' or 'f' when a title says so ('Mr', 'Mrs', 'Queen'), else ''
    agent: bool = False  # read as acting: a verb right after it ('Acme has', 'Acme fired')
    relative: bool = False  # introduced as someone's relative ('his wife, Jane Roe')

    @property
    def folded(self) -> str:
        """The folded surface."""
        return kb.fold(self.surface)

    def in_document(self, doc: str) -> Candidate:
        """The same candidate in document ``doc`` (ten times quicker than ``dataclasses.replace``)."""
        return Candidate(
            doc,
            self.start,
            self.end,
            self.surface,
            self.kind,
            self.canonical,
            self.weak,
            self.titled,
            self.speaks,
            self.place_like,
            self.org_like,
            self.gender,
            self.agent,
            self.relative,
        )


def tokenize(text: str, start: int, end: int, names_only: bool = False) -> list[Token]:
    """The words of ``text[start:end]`` with absolute offsets; possessives marked.

    With ``names_only``, only the words that can be part of a name are kept
    (capitalised words, particles, 'of', 'the', ...); the gaps left by the
    others still break runs, since runs join only words separated by one space.
    """
    tokens = []
    abbreviated = name_abbreviations()
    joiners = joining_words()
    prefixed = _PREFIXED.match
    for m in (_NAME_TOKEN if names_only else _TOKEN).finditer(text, start, end):
        word = m.group()
        if (
            names_only
            and not word[0].isupper()
            and not word[0].isdigit()
            and word not in joiners
            and not prefixed(word)
        ):
            continue
        s, e = m.span()
        possessive = False
        if len(word) > 2 and word[-1] in "sS" and word[-2] in "'\u2019":
            word, e, possessive = word[:-2], e - 2, True
        if e < len(text) and text[e] == "." and ((len(word) == 1 and word.isupper()) or word.casefold() in abbreviated):
            word, e = word + ".", e + 1  # "J.", "Mr.", "Jr.", "Co.": the full stop belongs to the word
        tokens.append(Token(s, e, word, possessive))
    return tokens


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    """Abbreviations written with a full stop inside or after a name: titles ('Mr', 'Sen'), 'Jr', 'Co', 'Inc'."""
    not_in_names = LEXICON.months | LEXICON.non_name_abbreviations
    return frozenset(LEXICON.abbreviations) - not_in_names


@lru_cache(maxsize=1)
def joining_words() -> frozenset[str]:
    """Words that may stand inside a name: particles, 'of', 'for', 'the', '&'."""
    return LEXICON.name_joiners | LEXICON.particles


def _connector(token: Token, run: list[Token]) -> bool:
    """Lower-case words that may stand inside a name: particles, and 'of'/'for' in organisations."""
    word = token.folded
    if word in LEXICON.particles and not token.text[:1].isupper():
        return True
    if word in ("of", "for", "&") and run:
        folded = [t.folded for t in run]
        if set(folded) & LEXICON.org_heads:
            return True  # "Bank of Korea", "Centre for Policy Studies"
        return all(w in LEXICON.title_words for w in folded)  # "Secretary of State", not "Dr Ana Ruiz of X"
    return word == "the" and bool(run) and run[-1].folded == "of"


def runs(text: str, sentence: Span, tokens: list[Token] | None = None) -> list[list[Token]]:
    """Maximal runs of capitalised words joined by single spaces (and connectors)."""
    if tokens is None:
        tokens = tokenize(text, sentence.start, sentence.end, names_only=True)
    found: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        joined = (
            bool(current)
            and (not current[-1].possessive or _possessive_name(current[-1], token))
            and text[current[-1].end : token.start] in (" ", "'s ", "\u2019s ")
        )
        if current and not joined:
            found.append(current)
            current = []
        if token.capitalised or (
            token.folded in joining_words() and _connector(token, current) and _leads_to_name(text, tokens, i)
        ):
            current.append(token)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return [_trim_connectors(r) for r in found if any(t.capitalised for t in r)]


def _possessive_name(owner: Token, token: Token) -> bool:
    """ "Commissioner's Office" is one name; "Türkiye's Ministry" is a state and its ministry."""
    return token.folded in LEXICON.org_heads and owner.folded not in LEXICON.places


def _leads_to_name(text: str, tokens: list[Token], i: int) -> bool:
    """Only single spaces and particles stand between ``tokens[i]`` and a capitalised word."""
    j = i
    while j + 1 < len(tokens) and text[tokens[j].end : tokens[j + 1].start] == " ":
        j += 1
        if tokens[j].capitalised:
            return True
        if tokens[j].folded not in LEXICON.particles and tokens[j].folded not in ("the", "of"):
            return False
    return False


def _trim_connectors(run: list[Token]) -> list[Token]:
    while run and not run[-1].capitalised:
        run = run[:-1]
    return run


def _match_title(run: list[Token], i: int) -> int:
    """Length of the longest title phrase at ``run[i]`` (0 if none)."""
    first = run[i].folded
    for title in LEXICON.titles_by_first_word.get(first, ()):
        n = len(title)
        if tuple(t.folded for t in run[i : i + n]) == title and any(t.capitalised for t in run[i : i + n]):
            return 0 if run[i + n - 1].possessive else n  # "Commissioner's Office" is no title
    if i == 0 and first in LEXICON.role_nouns and len(run) > 1 and run[0].text[:1].isupper():
        return 1  # "Lawyer Daniel ole Sankale", "Photographer Tobias Weiss"
    return 0


def _match_place(run: list[Token], i: int) -> int:
    """Length of the longest state name, alias, capital or demonym at ``run[i]``."""
    return _place_length(tuple(t.folded for t in run[i : i + 5]))


@lru_cache(maxsize=32768)
def _place_length(words: tuple[str, ...]) -> int:
    places = LEXICON.places
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]) in places:
            return n
    return 0


def _has_org_head(run: list[Token]) -> bool:
    return any(t.folded in LEXICON.org_heads for t in run if t.capitalised)


def _named_after_state(run: list[Token]) -> bool:
    """'Swimming Australia', 'Sport Integrity Australia': an organisation named after its state."""
    for n in (1, 2, 3):
        if len(run) <= n or _match_place(run, len(run) - n) != n:
            continue
        head = run[: len(run) - n]
        return all(
            t.capitalised
            and not _match_title(run, k)
            and not _match_place(run, k)
            and t.folded not in LEXICON.given_names
            and not t.possessive
            for k, t in enumerate(head)
        )
    return False


def split_run(run: list[Token]) -> list[tuple[list[Token], str]]:
    """Pieces of a run that name one actor each, with the title that stood before each ('' if none)."""
    pieces: list[tuple[list[Token], str]] = []
    i, titled = 0, ""
    org = _has_org_head(run) or _named_after_state(run)
    while i < len(run):
        n = _match_title(run, i)
        if n and i + n < len(run):
            i, titled = i + n, " ".join(t.folded for t in run[i : i + n])
            if i < len(run) and run[i].folded == "of":
                if _match_place(run, i + 1):
                    i += 1
                else:
                    i = len(run)  # "Minister of Foreign Affairs": all title
            continue
        if n and i + n == len(run):
            break  # a title alone ("the President") names nobody here
        place = _match_place(run, i)
        if place and not (org and i + place < len(run)):
            pieces.append((run[i : i + place], ""))
            i += place
            titled = ""
            continue
        j = i + 1
        while j < len(run) and not _match_title(run, j) and not (not org and _match_place(run, j)):
            j += 1
        pieces.append((run[i:j], titled))
        i, titled = j, ""
    return [(p, t) for p, t in pieces if p]
