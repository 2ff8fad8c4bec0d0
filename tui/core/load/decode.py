"""Turn the bytes of a file into text: BOMs, UTF-8, UTF-16 and legacy encodings.

Binary files are refused with a reason instead of being decoded into noise.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that text files do not contain (ESC is left out: logs and
# pasted terminal output carry it, and the cleaner removes it later).
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x7F}
_BINARY_TABLE = bytes(sorted(_BINARY_BYTES))  # deleted by bytes.translate to count them


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NULs in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    for encoding, nuls in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nuls > 0.4 * half and (even_nuls + odd_nuls - nuls) < 0.05 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def looks_binary(data: bytes) -> bool:
    """True when the bytes hold many NULs or control bytes (images, archives).

    A stray NUL or escape in an otherwise textual file does not make it binary:
    the cleaner removes such characters.
    """
    sample = data[:8192]
    if not sample:
        return False
    if sample.count(0) > max(4, 0.01 * len(sample)):
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_TABLE))
    return controls > max(4, 0.02 * len(sample))


def decode_bytes(data: bytes) -> str:
    """Decode file bytes to text, or raise DecodeError with a short reason."""
    return decode_article(data)[0]


def decode_article(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes to text, with a warning when some of them had to be replaced.

    Raises:
        DecodeError: with a short reason, when the bytes are not text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), None
            except UnicodeDecodeError as exc:
                raise DecodeError(f"not valid {encoding.upper()} despite its byte-order mark") from exc
    text = _utf16_without_bom(data)
    if text is not None:
        return text, None
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    return _decode_legacy(data), None


_NON_ASCII = bytes(range(0x80, 0x100))


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few stray bytes (a bad copy, a cut in the middle of a letter): decoded with
    replacement characters and a warning. None when the bytes read as a legacy encoding instead: a
    file in cp1252 or latin-1 has no valid UTF-8 sequences beyond ASCII, a UTF-8 file has many."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    ascii_chars = len(data.translate(None, _NON_ASCII))
    valid_non_ascii = len(text) - ascii_chars - replaced
    if valid_non_ascii < 2 * replaced or replaced > 0.05 * len(text) + 4:
        return None
    noun = "sequence" if replaced == 1 else "sequences"
    return text, f"not all valid UTF-8: {replaced} invalid byte {noun} shown as \ufffd"


def _decode_legacy(data: bytes) -> str:
    """Guess a legacy encoding (cp1252, latin-1, ...) with charset-normalizer."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        # Mixed files: mostly UTF-8 with a few stray legacy bytes.
        text = data.decode("utf-8", errors="replace")
    except UnicodeDecodeError:  # pragma: no cover - 'replace' never raises
        raise DecodeError("cannot tell which text encoding this file uses") from None
    if text.count("\ufffd") > 0.01 * max(1, len(text)):
        return data.decode("cp1252", errors="replace")
    return text
