"""How each kind of data file becomes a look-up table: the normalisations and the table parsers.

A word list is read as written (patterns, display forms), case-folded, or ``fold``-ed (accents,
case and the dots of acronyms dropped); a table is parsed into a typed mapping. Each function
reads one file once; the lexicon keeps what it returns.
"""

from __future__ import annotations

from typing import Literal

from ..data import lines, table
from ..knowledge import fold_once
from .entries import Place


def as_written(name: str) -> tuple[str, ...]:
    """The entries of a word list in file order, as written: regular expressions and display forms."""
    return lines(name)


def folded_set(name: str) -> frozenset[str]:
    """The entries of a word list, ``fold``-ed: 'Fernández' -> 'fernandez', 'U.S.' -> 'us'."""
    return frozenset(fold_once(w) for w in lines(name))


def folded_in_order(name: str) -> tuple[str, ...]:
    """The entries of a word list, ``fold``-ed, in file order (for patterns that try them in turn)."""
    return tuple(fold_once(w) for w in lines(name))


def case_folded_set(name: str) -> frozenset[str]:
    """The entries of a word list, case-folded only ('Ó' stays 'ó', 'u.s.' keeps its dots)."""
    return frozenset(w.casefold() for w in lines(name))


def abbreviations(name: str) -> dict[str, bool]:
    """Case-folded abbreviation -> whether it may also end a sentence (written with a trailing '*')."""
    return {w.rstrip("*"): w.endswith("*") for w in case_folded_set(name)}


def title_phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Title phrases as folded token tuples, longest first."""
    titles = {tuple(fold_once(t).split()) for t in lines(name)}
    return tuple(sorted(titles, key=len, reverse=True))


def places(name: str) -> dict[str, Place]:
    """Every folded name, alias, capital and demonym of a state (the first row naming a form wins)."""
    found: dict[str, Place] = {}
    for row in table(name):
        cells = list(row) + [""] * (5 - len(row))
        canonical, given_kind, aliases, capitals, demonyms = cells[:5]
        kind: Literal["country", "organization"] = "organization" if given_kind == "organization" else "country"
        found.setdefault(fold_once(canonical), Place(canonical, kind, "name"))
        for form, values in (("alias", aliases), ("capital", capitals), ("demonym", demonyms)):
            for value in filter(None, (v.strip() for v in values.split("|"))):
                found.setdefault(fold_once(value), Place(canonical, kind, form))
    return found


def folded_pairs(name: str) -> dict[str, str]:
    """Folded first column -> the second column as written (rows with fewer cells are skipped)."""
    return {fold_once(row[0]): row[1] for row in table(name) if len(row) >= 2}


def genders(name: str) -> dict[str, str]:
    """Folded word -> 'm' or 'f', for the rows that give one of the two."""
    return {fold_once(row[0]): row[1] for row in table(name) if len(row) >= 2 and row[1] in ("m", "f")}


def month_numbers(name: str) -> dict[str, int]:
    """Month name or abbreviation as written -> the month's number."""
    return {month: int(number) for month, number in table(name)}


def nickname_groups(name: str) -> dict[str, frozenset[str]]:
    """Folded given name or nickname -> every form of the same name ('bill' -> {'william', 'bill', ...})."""
    groups: dict[str, set[str]] = {}
    for row in table(name):
        if len(row) < 2:
            continue
        forms = {fold_once(row[0])} | {fold_once(f) for f in row[1].split("|") if f.strip()}
        for form in forms:
            groups.setdefault(form, set()).update(forms)
    return {form: frozenset(names) for form, names in groups.items()}


def synonym_groups(name: str) -> dict[str, str]:
    """Case-folded word -> the first word of its group of synonyms (one comma-separated group a line)."""
    groups: dict[str, str] = {}
    for line in lines(name):
        words = [w.strip().casefold() for w in line.split(",") if w.strip()]
        for word in words:
            groups.setdefault(word, words[0])
    return groups


def weights(name: str) -> dict[str, float]:
    """Feature name -> its weight in a fitted model (the intercept among them)."""
    return {row[0]: float(row[1]) for row in table(name) if len(row) >= 2}


def pairs(name: str) -> dict[str, str]:
    """First column -> second column, both as written (currency signs and codes are told apart by case)."""
    return {row[0]: row[1] for row in table(name) if len(row) >= 2}


def scales(name: str) -> dict[str, tuple[float, bool]]:
    """A scale word -> its factor, and whether it scales amounts of money only ('bn', 'm')."""
    return {row[0]: (float(row[1]), len(row) > 2 and row[2] == "money") for row in table(name) if len(row) >= 2}
