"""Matching-bracket lookup."""

from __future__ import annotations

from editor.core.brackets import matching_bracket
from editor.core.text import Pos, TextBuffer

TEXT = TextBuffer.from_text("f(a[1], {\n  b: (c)\n})\n")


def test_bracket_under_the_cursor_matches_across_lines():
    assert matching_bracket(TEXT, Pos(0, 1)) == (Pos(0, 1), Pos(2, 1))
    assert matching_bracket(TEXT, Pos(0, 8)) == (Pos(0, 8), Pos(2, 0))


def test_bracket_just_before_the_cursor_matches_backwards():
    assert matching_bracket(TEXT, Pos(2, 2)) == (Pos(2, 1), Pos(0, 1))
    assert matching_bracket(TEXT, Pos(1, 8)) == (Pos(1, 7), Pos(1, 5))


def test_no_bracket_or_no_partner():
    assert matching_bracket(TEXT, Pos(1, 2)) is None
    assert matching_bracket(TextBuffer.from_text("(()"), Pos(0, 0)) is None


def test_the_search_is_bounded():
    text = TextBuffer.from_text("(" + "x" * 50_000 + ")")
    assert matching_bracket(text, Pos(0, 0), limit=1000) is None
    assert matching_bracket(text, Pos(0, 0), limit=60_000) == (Pos(0, 0), Pos(0, 50_001))
