"""What general knowledge alone says a capitalised name is: a state, an organisation, a person, or nothing.

``classify`` looks only at the words of the name; the context around a
mention (titles, verbs, prepositions) is read in ``context``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from . import knowledge as kb
from .frequency import zipf
from .lexicon import LEXICON
from .names import CandidateKind, Token

_ACRONYM_FORM = re.compile(r"[A-Z].*[A-Z]|\.")  # WHO or U.N., not the word "Who"
_CAMEL = re.compile(r"^(?!Mc|Mac|O'|D'|De|Di|Le|La|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]*$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,5}$")
_CONTRACTION = re.compile(r"^\w+['\u2019](?:d|m|ll|ve|re|s|t)$")
_TEAM = re.compile(r"^\d+[a-z]{3,}$")
COMMON_ZIPF = 3.5  # a word at least this frequent in English is an ordinary word when capitalised alone
RARE_ZIPF = 3.0  # below this a word is rare in English: more likely a name than an ordinary word
SHOUTED_ZIPF = 4.7  # a word in capitals this frequent is shouted ('HUGE'); acronyms are rarer ('ESPN' 3.9)

Known = tuple[CandidateKind, str | None]


def classify(surface: str, tokens: list[Token]) -> Known | None:
    """(kind, canonical name) from general knowledge; None for names that are not actors.

    Args:
        surface: the name as written.
        tokens: its words.

    Returns:
        The kind ('unknown' when knowledge does not say) and the canonical name of a state or a
        well-known organisation; None for places, regions, demonyms, laws, events and works.
    """
    return _classify(surface, tuple(t.text for t in tokens))


@lru_cache(maxsize=32768)
def _classify(surface: str, texts: tuple[str, ...]) -> Known | None:
    folded = kb.fold(surface)
    kind, canonical = _by_knowledge(folded, surface)
    if kind is not None:
        return None if kind == "demonym" else (kind, canonical)
    words = [kb.fold(t) for t in texts]
    if len(texts) > 1 and all(t.isupper() for t in texts if t[:1].isalpha()):
        return None  # "WHAT LEAKED", "THE COURT CASE": a shouted heading
    if len(words) == 1 and _shouted_word(texts[0]):
        return None  # "A HUGE fire": an ordinary word in capitals, not an acronym
    if len(words) > 1 and words[0] in LEXICON.org_heads:
        return "organization", None  # "Ministry of the Sea", "Bank of the West"
    if _thing(words):
        return None
    if len(words) > 1 and any(w in LEXICON.org_heads for w in words):
        return "organization", None
    if len(words) > 1 and words[0] in LEXICON.place_prefixes:
        return None  # "North Sea", "Western Cape"
    if len(words) == 2 and words[0] in LEXICON.place_name_prefixes:
        return None  # "San Diego", "Fort Worth" (but "Los Angeles Angels" is a team)
    if len(texts) == 1:
        return _one_word(texts[0])
    if words[0] in LEXICON.given_names or words[-1] in LEXICON.given_names:
        return "person", None  # Kenji Ogasawara, Ogasawara Kenji
    if len(words) == 2 and words[0] in LEXICON.given_name_words and zipf(words[1]) < COMMON_ZIPF:
        return "person", None  # Mark Teixeira: a given name that is also a word, before a rare word
    return "unknown", None


def _by_knowledge(folded: str, surface: str) -> tuple[CandidateKind | Literal["demonym"] | None, str | None]:
    """States (and their demonyms), known acronyms and long forms, news agencies; (None, None) if none."""
    place = LEXICON.places.get(folded)
    if place is not None:
        return ("demonym", None) if place.form == "demonym" else (place.kind, place.name)
    if folded in LEXICON.org_acronyms and _ACRONYM_FORM.search(surface):
        return "organization", LEXICON.org_acronyms[folded]
    if folded in LEXICON.org_long_forms:
        return "organization", LEXICON.org_long_forms[folded]
    if folded in LEXICON.news_agencies:
        return "organization", None
    return None, None


def _thing(words: list[str]) -> bool:
    """Regions, places by their head word, and laws, events, works or buildings by theirs."""
    if " ".join(words) in LEXICON.regions or all(w in LEXICON.calendar_words or w in LEXICON.months for w in words):
        return True  # a region, or "Saturday December"
    if len(words) < 2:
        return False
    if words[-1] in LEXICON.place_heads:
        return True
    return words[-1] in LEXICON.non_actor_heads and words[0] not in LEXICON.given_names  # not "Doris Day"


def _shouted_word(text: str) -> bool:
    """An ordinary English word written in capitals for emphasis ('HUGE', 'FIRE'), not an acronym ('ESPN')."""
    if not text.isupper() or len(text) < 4 or not any(c in "AEIOUY" for c in text):
        return False
    folded = text.casefold()
    return folded not in LEXICON.org_acronyms and zipf(folded) >= SHOUTED_ZIPF


def _one_word(text: str) -> Known | None:
    """A name of one word: acronyms and brands are organisations; a lone capital letter is nothing."""
    if len(text) == 1 or _CONTRACTION.match(text) or (any(c.isdigit() for c in text) and not _TEAM.match(text)):
        return None  # "I", an initial standing alone, "I'd", "She's", "Sh200"
    if _ACRONYM.match(text):
        if text in LEXICON.timezones or kb.fold(text) in LEXICON.common_acronyms:
            return None  # "14:32 IST", "her SUV", "the company's CEO"
        return "organization", None
    if _CAMEL.match(text):
        return "organization", None  # "VidaClick", "PayPal": brands
    if kb.fold(text) in LEXICON.org_heads:
        return "organization", None  # "Congress", "the Navy", "Parliament": an institution by its own name
    return "unknown", None
