"""The pure helpers behind multiple cursors: merging, next match, all matches, beside."""

from __future__ import annotations

from editor.core.cursors import (
    all_matches,
    cursor_beside,
    in_order,
    merge,
    next_match,
    with_primary,
)
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
