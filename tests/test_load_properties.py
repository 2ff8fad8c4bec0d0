"""Property tests: any text in any supported format loads or fails cleanly, with valid spans."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.load import load_file
from tui.core.model import Document, LoadError

_suffixes = st.sampled_from(["txt", "md", "html"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400), suffix=_suffixes)
def test_any_text_loads_or_fails_with_a_reason(tmp_path, text, suffix):
    path = tmp_path / f"a.{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    result, _warning = load_file(path, "d1")
    if isinstance(result, LoadError):
        assert result.reason and "\n" not in result.reason
        return
    assert isinstance(result, Document)
    assert result.text.strip()
    for span in (*result.paragraphs, *result.sentences):
        assert 0 <= span.start < span.end <= len(result.text)
    assert not any(ch in result.text for ch in "\x1b\x07\x00\u202e")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_bytes_load_or_fail_with_a_reason(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    result, _warning = load_file(path, "d1")
    assert isinstance(result, (Document, LoadError))


_words = st.lists(
    st.sampled_from(
        [
            "Istanbul",
            "İstanbul",
            "istanbul",
            "STRASSE",
            "straße",
            "Talks",
            "talks",
            "-",
            "!!",
            " ",
            "...",
            "a",
            "é",
            "e\u0301",
            "ǅ",
        ]
    ),
    max_size=6,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(title=_words, texts=st.lists(_words, max_size=5))
def test_dropping_the_repeated_headline_is_the_plain_comparison(title, texts):
    from tui.core.load.header import Block, drop_repeated_title
    from tui.core.load.header_lines import words_of as _words_of

    blocks = [Block(t) for t in texts]
    expected = [b for b in blocks if _words_of(b.text) != _words_of(title)] if title else blocks
    assert drop_repeated_title(blocks, title) == expected
