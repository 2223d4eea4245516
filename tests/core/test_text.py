"""The text buffer and both line stores behave like a plain string under any edits."""

from __future__ import annotations

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.encoding import UTF8
from editor.core.text import Pos, TextBuffer, split_fragments
from editor.core.textstore import IndexedStore, ListStore

ALPHABET = st.sampled_from(["a", "b", " ", "\t", "é", "中", "\n", "\r\n", "\r", "\x00", "\udcff"])
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


def make_buffer(text: str, indexed: bool) -> TextBuffer:
    if indexed:
        return TextBuffer(IndexedStore(UTF8.encode(text), UTF8))
    return TextBuffer(ListStore(list(split_fragments(text))))


def offset_of(buffer: TextBuffer, pos: Pos) -> int:
    """Offset of a buffer position in the plain string the buffer holds."""
    return sum(len(buffer.raw_line(i)) for i in range(pos.line)) + pos.col


def random_pos(buffer: TextBuffer, data: st.DataObject) -> Pos:
    line = data.draw(st.integers(0, buffer.line_count - 1))
    col = data.draw(st.integers(0, buffer.line_length(line)))
    return Pos(line, col)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.booleans(), st.data())
def test_replace_matches_string_model(text: str, indexed: bool, data: st.DataObject) -> None:
    buffer = make_buffer(text, indexed)
    model = text
    for _ in range(data.draw(st.integers(1, 12))):
        a, b = sorted([random_pos(buffer, data), random_pos(buffer, data)])
        new = data.draw(TEXTS)
        start, end = offset_of(buffer, a), offset_of(buffer, b)
        old = buffer.replace(a, b, split_fragments(new))
        assert "".join(old) == model[start:end]
        model = model[:start] + new + model[end:]
        assert buffer.full_text() == model
        raw = [buffer.raw_line(i) for i in range(buffer.line_count)]
        assert all(split_fragments(line)[0] == line for line in raw[:-1])
        assert split_fragments(raw[-1]) == (raw[-1],)
    assert b"".join(buffer.encoded_chunks(UTF8)) == UTF8.encode(model)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.booleans(), st.data())
def test_replace_returns_exact_inverse(text: str, indexed: bool, data: st.DataObject) -> None:
    buffer = make_buffer(text, indexed)
    a, b = sorted([random_pos(buffer, data), random_pos(buffer, data)])
    new = split_fragments(data.draw(TEXTS))
    old = buffer.replace(a, b, new)
    from editor.core.text import end_after

    buffer.replace(a, end_after(a, new), old)
    assert buffer.full_text() == text
    assert [buffer.raw_line(i) for i in range(buffer.line_count)] == list(split_fragments(text))


def test_a_cr_line_followed_by_an_lf_line_stays_two_lines() -> None:
    """Inserting "\n" after a line ending in a lone CR gives two line breaks, as typed; the
    bytes are the same as one CRLF, which is what a later reload shows."""
    buffer = TextBuffer.from_text("a\r")
    buffer.replace(Pos(1, 0), Pos(1, 0), ("\n", ""))
    assert buffer.line_count == 3
    assert buffer.full_text() == "a\r\n"


def test_each_line_keeps_its_own_ending() -> None:
    buffer = TextBuffer.from_text("one\r\ntwo\nthree\rfour")
    assert [buffer.ending(i) for i in range(4)] == ["\r\n", "\n", "\r", ""]
    buffer.replace(Pos(1, 0), Pos(1, 3), ("TWO",))
    assert buffer.full_text() == "one\r\nTWO\nthree\rfour"


def test_change_log_reports_touched_lines() -> None:
    buffer = TextBuffer.from_text("a\nb\nc\n")
    version = buffer.version
    buffer.replace(Pos(1, 0), Pos(1, 1), ("x\n", "y"))
    changes = buffer.changes_since(version)
    assert changes is not None and len(changes) == 1
    assert (changes[0].first, changes[0].removed, changes[0].added) == (1, 1, 2)
    assert buffer.changes_since(buffer.version) == []


def test_indexed_store_reads_lines_lazily_and_iterates_ranges() -> None:
    data = b"".join(b"line %d\n" % i for i in range(1000))
    buffer = TextBuffer(IndexedStore(data, UTF8))
    assert buffer.line_count == 1001
    assert buffer.line(999) == "line 999"
    buffer.replace(Pos(500, 0), Pos(500, 4), ("LINE",))
    assert list(buffer.lines(499, 502)) == ["line 499", "LINE 500", "line 501"]
    assert b"".join(buffer.encoded_chunks(UTF8)) == data.replace(b"line 500", b"LINE 500")


def test_fragments_split_after_each_ending() -> None:
    assert split_fragments("ab\r\ncd\re\n") == ("ab\r\n", "cd\r", "e\n", "")
    assert split_fragments("") == ("",)


def test_an_edit_inside_lines_of_a_large_file_does_not_walk_the_pieces(monkeypatch) -> None:
    data = "".join(f"line {i}\n" for i in range(2000)).encode()
    store = IndexedStore(data, UTF8)
    for number in range(0, 2000, 10):  # many edited pieces, as after a long session
        store.replace(number, number + 1, [f"edited {number}\n"])
    starts = list(store._starts)

    def walk(k: int) -> None:
        raise AssertionError("an edit inside a line recomputed the piece starts")

    monkeypatch.setattr(store, "_normalise", walk)
    store.replace(20, 21, ["typed here\n"])
    assert store.get(20) == "typed here\n" and store._starts == starts
    with pytest.raises(AssertionError):
        store.replace(20, 21, ["split\n", "in two\n"])
