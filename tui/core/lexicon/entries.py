"""The pieces the lexicon is made of: a place it knows, and an entry read from one data file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, overload

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Place:
    """A state (or the EU) and how a phrase names it."""

    name: str  # canonical English name
    kind: Literal["country", "organization"]
    form: str  # "name", "alias", "capital" or "demonym"


class Entry(Generic[T]):
    """One data file and how it is read: built on first use, then kept on the lexicon instance.

    Args:
        file: the data file's name in ``core/data``.
        read: the normalisation or parser that turns the file into its table (from ``readers``).
    """

    def __init__(self, file: str, read: Callable[[str], T]) -> None:
        """Declare the entry; nothing is read yet."""
        self.file = file
        self.read = read
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        """Remember the attribute name the entry is stored under."""
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Entry[T]: ...

    @overload
    def __get__(self, instance: object, owner: type) -> T: ...

    def __get__(self, instance: object | None, owner: type) -> Entry[T] | T:
        """Read the file the first time, then keep its table in the instance (later reads skip this)."""
        if instance is None:
            return self
        value = self.read(self.file)
        vars(instance)[self.name] = value
        return value


def entry_files(cls: type) -> dict[str, str]:
    """Attribute name -> data file, for every file entry a lexicon class declares."""
    found: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        found.update({k: v.file for k, v in vars(klass).items() if isinstance(v, Entry)})
    return found
