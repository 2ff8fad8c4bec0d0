"""Frozen dataclasses to JSON and back, checked on the way back; for the analysis cache.

The encoding follows the dataclasses' fields (``dataclasses.fields`` and
their type hints): a dataclass is the list of its field values in order, a
tuple is a list, text, numbers, booleans and None are themselves. Adding a
field to a class needs no change here. Reading back (``loads`` then
``decode``) checks the JSON text (every string in it must be clean: no
terminal controls, bidirectional marks or lone surrogates) and every value
against its field's type, so whatever a file holds can only give back
instances of the expected classes or an error: nothing is ever executed.
The offsets met on the way (int fields named ``start``, ``end`` or ending in
``_start``, ``_end``) are gathered so the caller can check them against its
text.

The checks run over whole lists at once where they can (``map`` over C
functions), as a cache holds hundreds of thousands of spans.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from itertools import chain, repeat, starmap
from operator import le
from typing import Any

from .load.clean import is_clean

Decoder = Callable[[Any, "Offsets"], Any]


class RecordError(ValueError):
    """A value does not fit the type it is read as."""


def encode(value: Any) -> Any:
    """A dataclass instance (and everything in it) as lists and plain values for ``json.dumps``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise RecordError(f"cannot encode a {type(value).__name__}")


def dumps(value: Any) -> bytes:
    """JSON-ready ``value`` as compact UTF-8 JSON (no NaN or infinity, text written as it is)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


# An escape other than \n, \t, \" or \/ once the escaped backslashes are gone: it could stand for a control.
_OTHER_ESCAPE = re.compile(r'\\[^nt"/]')


def _no_constant(name: str) -> Any:
    raise RecordError(f"{name} is not a number that is written")


def loads(raw: bytes) -> Any:
    """The JSON in ``raw`` (UTF-8), refused unless every string in it is clean text.

    A string's characters are the text's own characters or escapes; both are
    checked over the whole text at once.
    """
    text = raw.decode("utf-8")
    # (removing the pairs of backslashes from left to right pairs them as JSON does)
    if not is_clean(text) or _OTHER_ESCAPE.search(text.replace("\\\\", "")):
        raise RecordError("text holds control characters")
    return json.loads(text, parse_constant=_no_constant)


def _fail(expected: str) -> RecordError:
    return RecordError(f"expected {expected}")


# What each plain type is in the JSON (a bool is an int to Python, and an int a float, as everywhere else).
_PLAIN: dict[Any, tuple[type, ...]] = {int: (int,), float: (int, float), bool: (bool,), str: (str,), type(None): ()}


def _json_types(kind: Any) -> tuple[type, ...]:
    """The types a JSON value read as ``kind`` may have, before its own decoder reads it."""
    if kind is type(None):
        return (type(None),)
    if kind in _PLAIN:
        return _PLAIN[kind]
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Literal:
        return tuple({type(a) for a in args})
    if origin in (types.UnionType, typing.Union):
        return tuple(chain.from_iterable(_json_types(a) for a in args))
    return (list,)  # dataclasses and tuples


def _needs_decoding(kind: Any) -> bool:
    """Whether a field of this type is more than a plain value (a dataclass or a tuple)."""
    return list in _json_types(kind)


def _literals(kind: Any) -> frozenset[Any] | None:
    """The values a plain field may take when its type lists them (``Literal``, or one of them or None)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Literal:
        return frozenset(args)
    if origin in (types.UnionType, typing.Union):
        members = [_literals(a) if a is not type(None) else frozenset([None]) for a in args]
        if all(m is not None for m in members) and any(a is not type(None) for a in args):
            return frozenset().union(*members)  # type: ignore[arg-type]
    return None


class Offsets:
    """The offsets met while decoding: the lowest, the highest, and whether every start was at most its end."""

    __slots__ = ("high", "low", "ordered")

    def __init__(self) -> None:
        self.low, self.high, self.ordered = 0, 0, True

    def add(self, low: int, high: int) -> None:
        """Take in offsets from ``low`` to ``high``."""
        self.low, self.high = min(self.low, low), max(self.high, high)

    def within(self, length: int) -> bool:
        """Whether every offset met lies in ``[0, length]``, each start at most its end."""
        return self.ordered and self.low >= 0 and self.high <= length


def _is_offset(name: str) -> bool:
    return name in ("start", "end") or name.endswith(("_start", "_end"))


def _offsets_of(cls: type[Any]) -> tuple[list[int], list[tuple[int, int]]]:
    """The positions of a dataclass's offset fields, and the (start, end) pairs among them."""
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    offsets = [i for i, name in enumerate(names) if _is_offset(name) and hints[name] is int]
    pairs = [
        (i, names.index(names[i][: -len("start")] + "end"))
        for i in offsets
        if names[i].endswith("start") and names[i][: -len("start")] + "end" in names
    ]
    return offsets, pairs


def _record(cls: type[Any]) -> Decoder:
    hints = typing.get_type_hints(cls)
    kinds = [hints[f.name] for f in dataclasses.fields(cls)]
    allowed = [_json_types(k) for k in kinds]
    nested = [(i, decoder(k)) for i, k in enumerate(kinds) if _needs_decoding(k)]
    literal = [(i, values) for i, k in enumerate(kinds) if (values := _literals(k)) is not None]
    offsets, pairs = _offsets_of(cls)
    count = len(kinds)

    def decode(value: Any, seen: Offsets) -> Any:
        if type(value) is not list or len(value) != count or not all(map(isinstance, value, allowed)):
            raise _fail(f"the {count} fields of {cls.__name__}")
        if any(value[i] not in values for i, values in literal):
            raise _fail(f"one of the values a field of {cls.__name__} may take")
        if offsets:
            found = [value[i] for i in offsets]
            seen.add(min(found), max(found))
            seen.ordered &= all(value[s] <= value[e] for s, e in pairs)
        if nested:
            value = value.copy()
            for i, member in nested:
                value[i] = member(value[i], seen)
        return cls(*value)

    return decode


def _sequence(kind: Any) -> Decoder:
    inner = decoder(kind)
    flat = None
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = typing.get_type_hints(kind)
        fields = [hints[f.name] for f in dataclasses.fields(kind)]
        if not any(_needs_decoding(f) for f in fields):
            flat = [_json_types(f) for f in fields]  # a dataclass of plain fields alone: spans, candidates
            literal = [(i, values) for i, f in enumerate(fields) if (values := _literals(f)) is not None]
            offsets, pairs = _offsets_of(kind)

    def decode(value: Any, seen: Offsets) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _fail("a list")
        return tuple(inner(v, seen) for v in value)

    def decode_flat(value: Any, seen: Offsets) -> tuple[Any, ...]:  # column by column, each in one pass
        assert flat is not None
        if type(value) is not list or not all(map(isinstance, value, repeat(list))):
            raise _fail("a list of lists")
        if not value:
            return ()
        if set(map(len, value)) != {len(flat)}:
            raise _fail(f"the {len(flat)} fields of {kind.__name__}")
        columns = list(zip(*value))
        if not all(all(map(isinstance, c, repeat(a))) for c, a in zip(columns, flat)):
            raise _fail(f"the fields of {kind.__name__}")
        if not all(values.issuperset(columns[i]) for i, values in literal):
            raise _fail(f"one of the values a field of {kind.__name__} may take")
        for i in offsets:
            seen.add(min(columns[i]), max(columns[i]))
        seen.ordered &= all(all(map(le, columns[s], columns[e])) for s, e in pairs)
        return tuple(starmap(kind, value))

    return decode_flat if flat is not None else decode


def _union(kind: Any, args: tuple[Any, ...]) -> Decoder:
    members = [decoder(a) for a in args if a is not type(None)]
    optional = type(None) in args
    allowed = _json_types(kind)

    def decode(value: Any, seen: Offsets) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, allowed):
            raise _fail("one of the union's types")
        for member in members:
            try:
                return member(value, seen)
            except RecordError:
                continue
        raise _fail("one of the union's types")

    return decode


def _plain(kind: Any) -> Decoder:
    allowed = _json_types(kind)
    values = _literals(kind)

    def decode(value: Any, seen: Offsets) -> Any:
        if not isinstance(value, allowed) or (values is not None and value not in values):
            raise _fail(str(kind))
        return value

    return decode


def _fixed(args: tuple[Any, ...]) -> Decoder:
    members = [decoder(a) for a in args]

    def decode(value: Any, seen: Offsets) -> tuple[Any, ...]:
        if type(value) is not list or len(value) != len(members):
            raise _fail(f"a list of {len(members)}")
        return tuple(member(v, seen) for member, v in zip(members, value))

    return decode


@cache
def decoder(kind: Any) -> Decoder:
    """The function ``(value, offsets)`` that reads a JSON value back as ``kind`` (a type hint), noting its
    offsets in ``offsets``, or raises RecordError.

    Raises:
        TypeError: at once, for a type the encoding does not cover (so a new kind of field is noticed in tests).
    """
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if kind in _PLAIN or kind is type(None) or origin is typing.Literal:
        return _plain(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _record(kind)
    if origin in (types.UnionType, typing.Union):
        return _union(kind, args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(args[0])
    if origin is tuple:
        return _fixed(args)
    raise TypeError(f"a record cannot hold a field of type {kind!r}")


def decode(value: Any, kind: Any) -> tuple[Any, Offsets]:
    """``value`` (from ``loads``) read back as an instance of the dataclass ``kind``, and the offsets it holds
    (int fields named ``start``, ``end`` or ending in ``_start``, ``_end``); RecordError if it is not one."""
    seen = Offsets()
    return decoder(kind)(value, seen), seen
