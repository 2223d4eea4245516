"""The pure line functions behind the line commands, and growing selections."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.linetools import (
    change_case,
    closes_pair,
    join_lines,
    merge_blocks,
    opens_block,
    selection_lines,
    sort_lines,
    trim_trailing,
    word_range,
)
from editor.core.selection import Selection
from editor.core.text import Pos, TextBuffer
from editor.core.textobjects import expand


def test_selection_lines_leave_out_a_line_entered_at_column_0():
    assert selection_lines(Selection(Pos(1, 2), Pos(3, 0))) == range(1, 3)
    assert selection_lines(Selection(Pos(3, 0), Pos(3, 0))) == range(3, 4)
    assert selection_lines(Selection(Pos(4, 1), Pos(2, 5))) == range(2, 5)


def test_merge_blocks_joins_overlapping_and_optionally_touching_ranges():
    blocks = [range(5, 7), range(0, 2), range(2, 3), range(6, 9)]
    assert merge_blocks(blocks) == [range(0, 3), range(5, 9)]
    assert merge_blocks(blocks, touching=False) == [range(0, 2), range(2, 3), range(5, 9)]


def test_join_trims_indentation_and_trailing_blanks():
    assert join_lines(["if x:  ", "    y"]) == ("if x: y", 5)
    assert join_lines(["a", "  b", "\tc"]) == ("a b c", 3)
    assert join_lines(["a", "   ", "b"]) == ("a b", 1)
    assert join_lines(["", "  b"]) == ("b", 0)


def test_trim_and_case():
    assert trim_trailing("a b \t ") == "a b"
    assert change_case("Straße x", "upper") == "STRASSE X"
    assert change_case("ÀB", "lower") == "àb"
    assert change_case("don't STOP me_now", "title") == "Don't Stop Me_now"


def test_word_range_at_or_just_after_a_word():
    assert word_range("let some_name = 1", 6) == (4, 13)
    assert word_range("let some_name = 1", 13) == (4, 13)
    assert word_range("a  =  b", 3) is None


def test_opens_block_brackets_everywhere_colons_by_language():
    assert opens_block("f(", None)
    assert opens_block("x = {  ", "javascript")
    assert opens_block("if x:", "python")
    assert opens_block("key:", "yml")
    assert not opens_block("if x:", None)
    assert not opens_block("case 1:", "c")
    assert not opens_block("f()", "python")
    assert not opens_block("   ", "python")


def test_closes_pair_only_for_partners():
    assert closes_pair("f(", ")")
    assert closes_pair("x = { ", "  };")
    assert not closes_pair("f(", "]")
    assert not closes_pair("f(", "")


@given(st.lists(st.text(alphabet="ab \t", max_size=4), max_size=8))
def test_sort_is_a_sorted_permutation(lines):
    result = sort_lines(lines)
    assert sorted(result) == sorted(lines)
    assert all(a <= b for a, b in zip(result, result[1:]))


def _steps(source: str, start: Pos, count: int) -> list[str]:
    text = TextBuffer.from_text(source)
    found = []
    range_ = (start, start)
    for _ in range(count):
        grown = expand(text, *range_)
        if grown is None:
            break
        range_ = grown
        found.append(text.text(*grown))
    return found


def test_expand_grows_word_quotes_brackets_line_all():
    source = 'x = 1\nf(a, ("b c", d))\n'
    steps = _steps(source, Pos(1, 9), 12)
    assert steps == [
        "c", "b c", '"b c"', '"b c", d', '("b c", d)', 'a, ("b c", d)',
        '(a, ("b c", d))', 'f(a, ("b c", d))', 'f(a, ("b c", d))\n', source,
    ]


def test_expand_finds_brackets_across_lines():
    source = "{\n  a\n}"
    assert _steps(source, Pos(1, 3), 6) == ["a", "  a\n", "\n  a\n", "{\n  a\n", source]


def test_expand_stops_at_the_whole_text():
    text = TextBuffer.from_text("ab")
    assert expand(text, Pos(0, 0), Pos(0, 2)) is None
