"""The pure helpers behind multiple cursors: merging, next match (also across lines), all
matches, beside, and column (block) selection."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core import multiline
from editor.core.block import Block, block_from, block_selections, covering, step_column
from editor.core.cells import advance
from editor.core.cursors import (
    all_matches,
    all_occurrences,
    cursor_beside,
    in_order,
    merge,
    next_match,
    with_primary,
)
from editor.core.multiline import matches_from, needle_lines
from editor.core.search import Query
from editor.core.selection import Selection
from editor.core.text import Pos, TextBuffer


def _sel(a: tuple[int, int], b: tuple[int, int] | None = None) -> Selection:
    return Selection(Pos(*a), Pos(*(b or a)))


def test_merge_leaves_separate_selections_alone():
    selections = (_sel((0, 4)), _sel((0, 1), (0, 2)), _sel((1, 0)))
    assert merge(selections) is selections


def test_merge_joins_overlapping_and_equal_cursors_keeping_the_primary_first():
    selections = (_sel((0, 5), (0, 2)), _sel((0, 0), (0, 3)), _sel((1, 0)), _sel((1, 0)))
    assert merge(selections) == (_sel((0, 5), (0, 0)), _sel((1, 0)))


def test_merge_takes_in_a_cursor_at_a_selection_end_but_not_a_touching_selection():
    assert merge((_sel((0, 0), (0, 2)), _sel((0, 2)))) == (_sel((0, 0), (0, 2)),)
    touching = (_sel((0, 0), (0, 2)), _sel((0, 2), (0, 4)))
    assert merge(touching) == touching


def test_in_order_and_with_primary():
    a, b = _sel((0, 1)), _sel((2, 0))
    assert in_order((b, a)) == [a, b]
    assert with_primary(b, (a, b)) == (b, a)


def test_next_match_goes_after_the_primary_wraps_and_skips_taken_ones():
    text = TextBuffer.from_text("ab x ab\nab\n")
    first = _sel((0, 0), (0, 2))
    assert next_match(text, "ab", (first,)) == _sel((0, 5), (0, 7))
    last = _sel((1, 0), (1, 2))
    assert next_match(text, "ab", (last, first)) == _sel((0, 5), (0, 7))
    every = (_sel((0, 5), (0, 7)), first, last)
    assert next_match(text, "ab", every) is None
    assert next_match(text, "AB", (first,)) is None


def test_all_matches_and_cursor_beside():
    text = TextBuffer.from_text("a\tb\nab\n")
    assert all_matches(text, Query("b")) == [_sel((0, 2), (0, 3)), _sel((1, 1), (1, 2))]
    assert cursor_beside(text, Pos(0, 2), 1, 4, 4) == Pos(1, 2)
    assert cursor_beside(text, Pos(1, 1), -1, 1, 4) == Pos(0, 1)
    assert cursor_beside(text, Pos(0, 0), -1, 0, 4) is None
    assert cursor_beside(text, Pos(2, 0), 1, 0, 4) is None


# Column (block) selection ------------------------------------------------------------------


def test_block_selects_the_same_display_columns_on_every_line():
    text = TextBuffer.from_text("abcdef\n\tx\nab\n字字z\n")
    block = Block(0, 2, 3, 4)
    # Line 0: "cd"; line 1: the tab (cells 0-3) reaches into the columns; line 2 ends before
    # them (a cursor at its end); line 3: the second wide character takes cells 2-3.
    assert block_selections(text, block, 4) == (
        _sel((3, 1), (3, 2)),
        _sel((0, 2), (0, 4)),
        _sel((1, 0), (1, 1)),
        _sel((2, 2)),
    )


def test_block_selections_run_from_the_fixed_corner_to_the_moving_one():
    text = TextBuffer.from_text("abcd\nabcd\n")
    assert block_selections(text, Block(1, 3, 0, 1), 4) == (
        _sel((0, 3), (0, 1)),
        _sel((1, 3), (1, 1)),
    )
    assert block_from(text, _sel((1, 3), (0, 1)), 4) == Block(1, 3, 0, 1)


def test_a_block_of_no_width_is_a_cursor_on_each_line():
    text = TextBuffer.from_text("\tab\nxy\n")
    assert block_selections(text, Block(0, 2, 1, 2), 4) == (_sel((1, 2)), _sel((0, 0)))
    assert covering("a\u0301b", 1, 2, 4) == (2, 3)
    assert covering("ab\u0301c", 1, 2, 4) == (1, 3)


def test_step_column_moves_a_whole_character_and_one_cell_past_the_end():
    assert step_column("\tx", 0, 1, 4) == 4
    assert step_column("\tx", 2, 1, 4) == 4
    assert step_column("\tx", 4, -1, 4) == 0
    assert step_column("字x", 2, -1, 4) == 0
    assert step_column("e\u0301x", 1, 1, 4) == 2
    assert step_column("e\u0301x", 2, -1, 4) == 1
    assert step_column("ab", 2, 1, 4) == 3
    assert step_column("ab", 5, -1, 4) == 4
    assert step_column("ab", 0, -1, 4) == 0


_LINE = st.text(alphabet=["a", "b", " ", "\t", "字", "\u0301", "\x01"], max_size=12)


def _spans(line: str, tab: int) -> list[tuple[int, int]]:
    """The display cells [from, to) of each character of `line`, measured one by one."""
    spans, column = [], 0
    for ch in line:
        following = advance(ch, column, tab)
        spans.append((column, following))
        column = following
    return spans


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(_LINE, min_size=1, max_size=6),
    corners=st.tuples(*[st.integers(0, 20)] * 4),
    tab=st.sampled_from([1, 4, 8]),
)
def test_block_property_one_selection_per_line_over_the_block_columns(lines, corners, tab):
    text = TextBuffer.from_text("\n".join(lines))
    a_line, a_col, line, col = corners
    count = text.line_count
    block = Block(a_line % count, a_col, line % count, col)
    selections = block_selections(text, block, tab)
    assert selections[0].head.line == block.line
    assert sorted(s.head.line for s in selections) == list(block.lines)
    left, right = block.left, block.right
    for selection in selections:
        number = selection.head.line
        assert selection.anchor.line == number
        if selection.empty is False:
            assert (selection.head > selection.anchor) == (block.column > block.anchor_column)
        body = text.line(number)
        start, end = selection.start.col, selection.end.col
        spans = _spans(body, tab)
        width = spans[-1][1] if spans else 0
        if width <= left:
            assert start == end == len(body)
            continue
        if left == right:
            assert start == end and (start == len(body) or spans[start][1] > left)
            assert all(b <= left or a == b for a, b in spans[:start])
            continue
        for index, (a, b) in enumerate(spans):
            inside = start <= index < end
            if a < b:
                assert inside == (a < right and b > left), (body, index, start, end)
        assert start < end


# Occurrences across lines -------------------------------------------------------------------


def test_next_match_finds_text_across_lines_going_round_and_skipping_selected():
    text = TextBuffer.from_text("foo\nbar x foo\nbar\nfoo\r\nbar\n")
    first = _sel((0, 0), (1, 3))
    assert next_match(text, "foo\nbar", (first,)) == _sel((1, 6), (2, 3))
    # The line ending does not matter: "foo\r\nbar" is the same text on screen.
    second = _sel((1, 6), (2, 3))
    assert next_match(text, "foo\nbar", (second, first)) == _sel((3, 0), (4, 3))
    third = _sel((3, 0), (4, 3))
    assert next_match(text, "foo\nbar", (third, first)) == _sel((1, 6), (2, 3))
    assert next_match(text, "foo\nbar", (third, second, first)) is None
    assert next_match(text, "foo\nBar", (first,)) is None


def test_all_occurrences_across_lines_do_not_overlap():
    text = TextBuffer.from_text("a\na\na\na\n")
    assert all_occurrences(text, "a\na") == [_sel((0, 0), (1, 1)), _sel((2, 0), (3, 1))]
    assert all_occurrences(text, "\n") == [_sel((n, 1), (n + 1, 0)) for n in range(4)]
    assert all_occurrences(text, "a") == [_sel((n, 0), (n, 1)) for n in range(4)]


@settings(max_examples=200, deadline=None)
@given(
    body=st.text(alphabet="ab\n", max_size=40),
    needle=st.text(alphabet="ab\n", min_size=1, max_size=5).filter(lambda s: "\n" in s),
    start=st.integers(0, 40),
    chunk=st.integers(1, 5),
)
def test_matches_from_equals_a_search_of_the_joined_text(body, needle, start, chunk):
    text = TextBuffer.from_text(body)
    offset = min(start, len(body))
    pos = Pos(body[:offset].count("\n"), offset - (body.rfind("\n", 0, offset) + 1))
    expected = [
        (m.start(), m.end()) for m in re.finditer(re.escape(needle), body[offset:], 0)
    ]
    with mock.patch.object(multiline, "CHUNK_LINES", chunk):
        found = list(matches_from(text, needle_lines(needle), pos, text.line_count))
    as_offsets = [(_offset(body, a), _offset(body, b)) for a, b in found]
    assert as_offsets == [(offset + a, offset + b) for a, b in expected]


def _offset(body: str, pos: Pos) -> int:
    """The character offset of `pos` in `body` (lines ended by "\\n")."""
    starts = [0] + [i + 1 for i, ch in enumerate(body) if ch == "\n"]
    return starts[pos.line] + pos.col


class _Counted(TextBuffer):
    """A text that records how many lines each read asks for and refuses to be joined."""

    reads: list[int]

    def lines(self, start, stop):
        self.reads.append(stop - start)
        return super().lines(start, stop)

    def full_text(self):
        raise AssertionError("the whole text was joined")

    def text(self, start, end):
        raise AssertionError("a range of the text was joined")


def test_a_search_across_lines_reads_the_text_a_chunk_at_a_time():
    lines = ["x"] * (3 * multiline.CHUNK_LINES) + ["foo", "bar"]
    text = _Counted.from_text("\n".join(lines))
    text.reads = []
    selected = _sel((0, 0), (1, 1))
    assert next_match(text, "x\nx", (selected,)) == _sel((2, 0), (3, 1))
    assert next_match(text, "foo\nbar", (selected,)) == _sel((len(lines) - 2, 0), (len(lines) - 1, 3))
    assert len(text.reads) >= 3
    assert max(text.reads) <= multiline.CHUNK_LINES + 1
