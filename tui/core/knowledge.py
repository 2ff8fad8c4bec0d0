"""General knowledge from ``core/data``, folded into fast look-up tables.

Every key is ``fold``-ed (accents removed, case-folded, dots of acronyms
dropped), so "Fernández", "FERNANDEZ" and "fernandez" meet, as do "U.S." and "US".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from .data import lines, table, word_set

GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})


def fold_once(text: str) -> str:
    """``fold`` without its cache, for the data files: their thousands of entries are folded only once."""
    if text.isascii():
        return " ".join(text.replace(".", "").casefold().split())
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("ø", "o").replace("Ø", "o").replace("đ", "d").replace("ł", "l")
    text = text.replace(".", "")  # U.S. -> US, John F. Kennedy -> John F Kennedy
    return re.sub(r"\s+", " ", text.casefold()).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-free, case-free form of a name: 'Fernández de Cossío' -> 'fernandez de cossio'."""
    return fold_once(text)


@dataclass(frozen=True, slots=True)
class Place:
    """A state (or the EU) and how a phrase names it."""

    name: str  # canonical English name
    kind: Literal["country", "organization"]
    form: str  # "name", "alias", "capital" or "demonym"


@cache
def places() -> dict[str, Place]:
    """Every folded name, alias, capital and demonym of a state."""
    found: dict[str, Place] = {}
    try:
        rows = table("countries.tsv")
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        rows = ()
    for row in rows:
        cells = list(row) + [""] * (5 - len(row))
        name, given_kind, aliases, capitals, demonyms = cells[:5]
        kind: Literal["country", "organization"] = "organization" if given_kind == "organization" else "country"
        found.setdefault(fold_once(name), Place(name, kind, "name"))
        for form, values in (("alias", aliases), ("capital", capitals), ("demonym", demonyms)):
            for value in filter(None, (v.strip() for v in values.split("|"))):
                found.setdefault(fold_once(value), Place(name, kind, form))
    return found


@cache
def org_acronyms() -> dict[str, str]:
    """Folded acronym -> the organisation's long form."""
    try:
        return {fold_once(row[0]): row[1] for row in table("org_acronyms.tsv") if len(row) >= 2}
    except FileNotFoundError:  # pragma: no cover
        return {}


def _folded_set(name: str) -> frozenset[str]:
    """The lines of data file ``name``, folded."""
    return frozenset(fold_once(w) for w in lines(name))


def _optional_set(name: str) -> frozenset[str]:
    try:
        return _folded_set(name)
    except FileNotFoundError:  # pragma: no cover
        return frozenset()


@cache
def given_names() -> frozenset[str]:
    """Common first names of many cultures, folded."""
    return _optional_set("given_names.txt")


@cache
def common_words() -> frozenset[str]:
    """Words that are capitalised at a sentence start but are not names."""
    return (
        _optional_set("common_capitalized.txt")
        | _optional_set("weekdays.txt")
        | frozenset(fold_once(r[0]) for r in table("months.tsv"))
        | word_set("sentence_starters.txt")
    )


@cache
def speech_verbs() -> frozenset[str]:
    """Verbs that attribute speech: said, told, added, ..."""
    return _optional_set("speech_verbs.txt") | {"said", "says", "told", "added", "according"}


@cache
def person_titles() -> tuple[tuple[str, ...], ...]:
    """Title phrases as folded token tuples, longest first."""
    titles = {tuple(fold_once(t).split()) for t in _raw("person_titles.txt")}
    return tuple(sorted(titles, key=len, reverse=True))


@cache
def titles_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Title phrases grouped by their first word, longest first."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for title in person_titles():
        grouped.setdefault(title[0], []).append(title)
    return {k: tuple(v) for k, v in grouped.items()}


@cache
def title_words() -> frozenset[str]:
    """Every word of every title, folded: 'deputy', 'minister', 'secretary', ..."""
    return frozenset(w for t in person_titles() for w in t)


def _raw(name: str) -> tuple[str, ...]:
    try:
        return lines(name)
    except FileNotFoundError:  # pragma: no cover
        return ()


@cache
def demonym_nouns() -> frozenset[str]:
    """'government', 'regime', ...: after a demonym they name the state."""
    return _optional_set("demonym_nouns.txt") | {"government", "regime", "authorities"}


@cache
def demonym_orgs() -> frozenset[str]:
    """'navy', 'coast guard', ...: after a demonym they name a state institution."""
    return _optional_set("demonym_orgs.txt")


@cache
def org_heads() -> frozenset[str]:
    """Head words of organisation names."""
    return _folded_set("org_heads.txt")


@cache
def place_heads() -> frozenset[str]:
    """Head words of place names."""
    return _folded_set("place_heads.txt")


@cache
def place_prefixes() -> frozenset[str]:
    """'north', 'southern', ...: first words of region names."""
    return _folded_set("place_prefixes.txt")


@cache
def regions() -> frozenset[str]:
    """Continents and regions, and the states and provinces of federations: places, not actors."""
    return _folded_set("regions.txt") | _folded_set("subnational.txt")


@cache
def particles() -> frozenset[str]:
    """Lower-case name particles: de, van, der, bin, al, ..."""
    return _folded_set("name_particles.txt")


@cache
def role_nouns() -> frozenset[str]:
    """Lower-case role words that precede a person's name."""
    return _folded_set("role_nouns.txt")


@cache
def news_agencies() -> frozenset[str]:
    """Wire services and broadcasters named in bylines and attributions."""
    return _folded_set("news_agencies.txt")


@cache
def org_long_forms() -> dict[str, str]:
    """Folded long form of a well-known organisation -> that long form."""
    return {fold_once(long): long for long in org_acronyms().values()}


@cache
def given_name_genders() -> dict[str, str]:
    """Folded given name -> 'm' or 'f' where the name is mostly borne by one (a hint for he/she)."""
    try:
        rows = table("given_name_genders.tsv")
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        return {}
    return {fold_once(row[0]): row[1] for row in rows if len(row) >= 2 and row[1] in ("m", "f")}


@cache
def role_words() -> frozenset[str]:
    """Words that name what a person is: role nouns and one-word titles ('commissioner', 'envoy')."""
    single = {t[0] for t in person_titles() if len(t) == 1 and len(t[0]) > 3}
    return role_nouns() | frozenset(single)


@cache
def timezones() -> frozenset[str]:
    """Time-zone abbreviations (GMT, IST, ...), which are not organisations."""
    return frozenset(lines("timezones.txt"))


@cache
def org_role_nouns() -> frozenset[str]:
    """'agency', 'company', 'ministry', ...: how copy refers back to an organisation."""
    return _optional_set("org_role_nouns.txt")


@cache
def non_actor_heads() -> frozenset[str]:
    """Last words of names of laws, events, prizes, works and buildings: things, not actors."""
    return _folded_set("non_actor_heads.txt")


@cache
def work_nouns() -> frozenset[str]:
    """'film', 'sequel', 'novel', ...: the capitalised words after them are the title of a work."""
    return _folded_set("work_nouns.txt")


@cache
def place_name_prefixes() -> frozenset[str]:
    """'san', 'fort', 'port', ...: first words of the names of towns and places."""
    return _folded_set("place_name_prefixes.txt")


@cache
def stock_exchanges() -> frozenset[str]:
    """Exchanges named before a ticker symbol: 'nasdaq', 'nyse', ..."""
    return _folded_set("stock_exchanges.txt")


@cache
def calendar_words() -> frozenset[str]:
    """Weekdays and 'yesterday', 'today', 'tonight', 'tomorrow': never the end of a name ('Theresa May' keeps May)."""
    days = frozenset(w for w in _folded_set("weekdays.txt") if w.endswith("day"))
    return days | {"yesterday", "today", "tonight", "tomorrow"}


@cache
def title_genders() -> dict[str, str]:
    """Folded title -> 'm' or 'f' for the titles that say whether their bearer is a man or a woman."""
    return {fold_once(row[0]): row[1] for row in table("title_genders.tsv") if len(row) >= 2 and row[1] in ("m", "f")}


@cache
def nickname_groups() -> dict[str, frozenset[str]]:
    """Folded given name or nickname -> every form of the same name ('bill' -> {'william', 'bill', ...})."""
    groups: dict[str, set[str]] = {}
    for row in table("nicknames.tsv"):
        if len(row) < 2:
            continue
        forms = {fold_once(row[0])} | {fold_once(f) for f in row[1].split("|") if f.strip()}
        for form in forms:
            groups.setdefault(form, set()).update(forms)
    return {form: frozenset(names) for form, names in groups.items()}


def same_given_name(a: str, b: str) -> bool:
    """Two folded given names that are one name: equal, or a name and one of its nicknames."""
    return a == b or b in nickname_groups().get(a, ())


@cache
def company_suffixes() -> frozenset[str]:
    """'inc', 'corp', 'co', 'ltd', 'plc', 'ag', ...: the legal form written after a company's name."""
    return _folded_set("company_suffixes.txt")


@cache
def non_actor_names() -> frozenset[str]:
    """One-word names of holidays, awards, religions and doctrines: capitalised, never actors."""
    return _folded_set("non_actor_names.txt")


@cache
def agent_verbs() -> frozenset[str]:
    """Auxiliaries and frequent news verbs: after a name they show it acting ('Acme has', 'Roe beat')."""
    return _folded_set("agent_verbs.txt") | speech_verbs()


@cache
def place_modifiers() -> frozenset[str]:
    """'man', 'residents', 'county', ...: after a capitalised word they show it is a place."""
    return _folded_set("place_modifiers.txt")


@cache
def common_acronyms() -> frozenset[str]:
    """Acronyms of common nouns ('tv', 'suv', 'ceo'): capitals that name no actor."""
    return _folded_set("common_acronyms.txt")


@cache
def given_name_words() -> frozenset[str]:
    """Given names that are also English words ('mark', 'bill', 'rose'): a person's name only before a surname."""
    return _folded_set("given_name_words.txt")


@cache
def months() -> frozenset[str]:
    """Month names and their abbreviations, folded."""
    return frozenset(fold_once(row[0]) for row in table("months.tsv"))


@cache
def family_roles() -> frozenset[str]:
    """'wife', 'son', 'sister', ...: a person introduced so is someone's relative."""
    return _folded_set("family_roles.txt")


@cache
def statement_nouns() -> frozenset[str]:
    """'statement', 'post', 'notice', ...: what an actor publishes; its words are the owner's."""
    return _folded_set("statement_nouns.txt")
