"""The words around a capitalised name, read for what they say about it.

Each function looks at the text just before or after a mention: a title or
role, a speech verb, an institution word, a preposition of place, the title
of a work, a stock exchange before a ticker.
"""

from __future__ import annotations

import re
from functools import cache

from . import knowledge as kb
from .lexicon import LEXICON

_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_NEXT_TWO_WORDS = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_PLAIN_WORD = re.compile(r"[\w'-]+")
_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an|its|their|[A-Z][\w.]*(?:'s|\u2019s))\s+)?((?:[\w-]+\s+){0,3}[\w-]+)")
_OPENING = "\"\u201c\u2018'\u00ab"
_CLOSING = "\"\u201d\u2019'\u00bb"
_AGE = re.compile(r",\s+(?:a\s+)?\d{1,3}(?:-year-old)?\s*,")
LOCATIVES = frozenset(
    "in at near from outside inside across through throughout around toward towards into onto via "
    "between within beyond off".split()
)
_ORG_AFTER = frozenset(
    "shares stock stocks shareholders investors board executives employees workers staff customers "
    "spokesman spokeswoman spokesperson chief ceo cfo chairman chairwoman founder headquarters".split()
)


def next_word(text: str, end: int) -> tuple[str, int]:
    """The lower-case word right after ``end`` and where it ends (('', end) if none)."""
    m = _NEXT_WORD.match(text, end, end + 40)
    return (m.group(1), m.end()) if m else ("", end)


def institution(text: str, end: int) -> int:
    """End of 'navy', 'coast guard', 'health ministry' right after ``end`` (0 if none)."""
    m = _NEXT_TWO_WORDS.match(text, end, end + 60)
    if not m:
        return 0
    second = m.group(2)
    if second and (f"{m.group(1)} {second}" in LEXICON.demonym_orgs or second in LEXICON.demonym_orgs):
        return m.end()  # "foreign ministry", "health ministry", "coast guard"
    return m.end(1) if m.group(1) in LEXICON.demonym_orgs else 0


def prev_words(text: str, start: int, n: int = 2) -> list[str]:
    """The last ``n`` words before ``start`` in the same sentence, lower-cased."""
    window = _SENTENCE_BREAK.split(text[max(0, start - 60) : start])[-1]
    return [w.casefold() for w in _PLAIN_WORD.findall(window)[-n:]]


def appositive_role(text: str, end: int) -> bool:
    """'X, the port director,' or 'X, Cuba's deputy foreign minister': a role follows the name."""
    m = _APPOSITIVE.match(text, end)
    if not m:
        return False
    words = [w.casefold() for w in m.group(1).split()]
    return any(w in LEXICON.role_nouns for w in words)


_DETERMINERS = frozenset("the a an this that these those its their his her our your my whose".split())


def after_determiner(text: str, start: int) -> bool:
    """'the Government', 'its Board': the word after an article or a possessive."""
    before = prev_words(text, start, 1)
    return bool(before) and before[-1] in _DETERMINERS


def after_punctuation(text: str, start: int) -> bool:
    """The word opens a clause or a sentence: after a colon, dash, bullet, bracket, opening quote or full stop
    (a quotation of several sentences is one sentence of the article)."""
    before = text[max(0, start - 4) : start].rstrip()
    return not before or before[-1] in ":;\u2014\u2013-\u2022(\"'\u201c\u2018\n.!?"


@cache
def _work_before() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, LEXICON.work_nouns), key=len, reverse=True))
    determiner = r"(?:the|a|an|his|her|their|its|new|latest|upcoming|hit|[A-Za-z]+['\u2019]s)"
    return re.compile(
        rf"\b{determiner}[ ]+(?:[a-z0-9-]+[ ]+){{0,2}}(?:{nouns})s?(?:,|[ ]+(?:called|titled|entitled|named|of))?[ ]*"
        rf"[{_OPENING}]?$",
        re.IGNORECASE,
    )


def after_work_noun(text: str, start: int) -> bool:
    """Right after 'the film', 'her novel', 'the documentary,', 'the broadcast of' (on the same line): a title
    follows."""
    return bool(_work_before().search(text, max(0, start - 40), start))


def before_work_noun(text: str, end: int) -> bool:
    """Right before 'radio program', 'show', 'podcast' (a title names the work after it: "Keepin' It Real"
    radio program)."""
    return bool(_work_next().match(text, end))


def work_title(text: str, start: int, end: int) -> bool:
    """The name is the title of a work: alone inside quotation marks, or right after 'the film', 'her novel',
    'the sequel,' (on the same line)."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    quoted = (before[-1:] in _OPENING and before[-1:] != "") or before == "''"
    if quoted and (after[:1] in _CLOSING or (after[:1] in ",.!?" and after[1:2] in _CLOSING) or after == "''"):
        return True
    if _work_before().search(text, max(0, start - 40), start) or _SEQUEL_OF.search(text, max(0, start - 30), start):
        return True
    return bool(_work_after().match(text, end))


_SEQUEL_OF = re.compile(r"\b(?:sequel|prequel|remake|adaptation|follow-up)s?[ ]+(?:to|of)[ ]+$", re.IGNORECASE)


@cache
def _work_next() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, LEXICON.work_nouns), key=len, reverse=True))
    return re.compile(rf"[ ]+(?:(?!(?:the|a|an|his|her|its|their|this|that)[ ])[a-z-]+[ ]+)?(?:{nouns})s?\b")


@cache
def _work_after() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, LEXICON.work_nouns), key=len, reverse=True))
    return re.compile(rf"[{_CLOSING}]?,[ ]+(?:the|a|an|his|her|their|its)[ ]+(?:[a-z-]+[ ]+)?(?:{nouns})\b")


@cache
def _exchange_before() -> re.Pattern[str]:
    names = "|".join(map(re.escape, sorted(LEXICON.stock_exchanges)))
    return re.compile(rf"\b(?:{names})\s*:\s*$", re.IGNORECASE)


def ticker(text: str, start: int, end: int) -> bool:
    """A ticker symbol or the exchange before it: '(NASDAQ: ABCD)'."""
    if _exchange_before().search(text, max(0, start - 12), start):
        return True
    return kb.fold(text[start:end]) in LEXICON.stock_exchanges and text[end : end + 1] == ":"


def place_like(text: str, start: int, end: int) -> bool:
    """Read as a place: right after 'in', 'near', 'from', 'across' ..., or before 'man', 'residents', 'county'."""
    before = prev_words(text, start, 1)
    if before and before[-1] in LOCATIVES:
        return True
    return next_word(text, end)[0] in LEXICON.place_modifiers


def agent_like(text: str, end: int) -> bool:
    """Read as someone acting: a verb right after the name ('Acme has', 'Acme fired', 'Acme's board said')."""
    word = next_word(text, end)[0]
    return word in LEXICON.agent_verbs or (len(word) > 4 and word.endswith("ed") and not word.endswith("-based"))


def organisation_like(text: str, start: int, end: int) -> bool:
    """Read as an organisation: 'shares of X', 'X's chief executive', 'X shareholders', 'the X' of a team."""
    before = prev_words(text, start, 2)
    if before[-2:] in (["shares", "of"], ["stock", "of"], ["investors", "in"]) or before[-1:] == ["rival"]:
        return True
    after = text[end : end + 40]
    possessive = after[:2] in ("'s", "\u2019s")
    word, _end = next_word(text, end + 2 if possessive else end)
    return word in _ORG_AFTER


def person_like(text: str, end: int) -> bool:
    """Read as a person: an age after the name ('X, 49,')."""
    return bool(_AGE.match(text, end))
