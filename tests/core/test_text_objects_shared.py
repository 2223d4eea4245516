"""Quoted strings and bracket pairs (editor/core/textobjects.py), the one implementation behind
vi's `i"` `a(` ... and the modeless keymap's select-expand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core import textobjects, vi
from editor.core.text import Pos, TextBuffer


def unescaped(line: str, quote: str) -> list[int]:
    """Columns of `quote` not preceded by an odd number of backslashes (a model)."""
    found = []
    for col, ch in enumerate(line):
        slashes = len(line[:col]) - len(line[:col].rstrip("\\"))
        if ch == quote and slashes % 2 == 0:
            found.append(col)
    return found


LINES = st.lists(st.sampled_from(list("ab \"'`\\")), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(LINES, st.sampled_from(textobjects.QUOTES))
def test_quotes_pair_up_from_the_line_start_skipping_escaped_ones(line: str, quote: str) -> None:
    marks = unescaped(line, quote)
    assert textobjects.quote_pairs(line, quote) == list(zip(marks[0::2], marks[1::2]))


@settings(max_examples=400, deadline=None)
@given(LINES, st.sampled_from(textobjects.QUOTES), st.data())
def test_the_quote_pair_holds_the_cursor_or_follows_it(line: str, quote: str, data: st.DataObject) -> None:
    col = data.draw(st.integers(0, len(line)))
    pairs = textobjects.quote_pairs(line, quote)
    holding = [p for p in pairs if p[0] <= col <= p[1]]
    following = [p for p in pairs if p[0] > col]
    expected = (holding or following or [None])[0]
    assert textobjects.quote_pair(line, col, quote) == expected


def test_an_apostrophe_does_not_hide_a_string() -> None:
    line = "# don't \"x\""
    assert textobjects.quote_pair(line, 0, '"') == (8, 10)
    assert textobjects.quote_pair(line, 0, "'") is None
    assert textobjects.quote_pairs('"a \\" b"', '"') == [(0, 7)]


BRACKETY = st.lists(st.sampled_from(list("()[]a \n")), max_size=30).map("".join)


def stack_pairs(source: str, opening: str, closing: str) -> list[tuple[int, int]]:
    """Matched (opening, closing) offsets of one bracket kind, by a stack (a model)."""
    stack, pairs = [], []
    for index, ch in enumerate(source):
        if ch == opening:
            stack.append(index)
        elif ch == closing and stack:
            pairs.append((stack.pop(), index))
    return pairs


def offset(text: TextBuffer, pos: Pos) -> int:
    """The offset of `pos` in the text's string."""
    return sum(len(line) + 1 for line in text.lines(0, pos.line)) + pos.col


@settings(max_examples=400, deadline=None)
@given(BRACKETY, st.data())
def test_bracket_pairs_enclose_innermost_first_as_a_stack_matches_them(source: str, data: st.DataObject) -> None:
    text = TextBuffer.from_text(source)
    at = data.draw(st.integers(0, len(source)))
    line = source[:at].count("\n")
    pos = Pos(line, at - (source[:at].rfind("\n") + 1))
    found = [
        (offset(text, a), offset(text, b)) for a, b in textobjects.bracket_pairs(text, pos, pos, "([")
    ]
    model = [
        pair
        for kind in ("()", "[]")
        for pair in stack_pairs(source, *kind)
        if pair[0] < at <= pair[1]
    ]
    assert sorted(found) == sorted(model)
    for kind in "([":
        own = [pair for pair in found if source[pair[0]] == kind]
        assert own == sorted(own, reverse=True)


@settings(max_examples=300, deadline=None)
@given(BRACKETY, st.data())
def test_vi_and_select_expand_use_the_same_brackets(source: str, data: st.DataObject) -> None:
    text = TextBuffer.from_text(source)
    line = data.draw(st.integers(0, text.line_count - 1))
    pos = Pos(line, data.draw(st.integers(0, text.line_length(line))))
    region = vi.bracket_object(text, pos, "(", True)
    pair = next(textobjects.bracket_pairs(text, pos, pos, "("), None)
    here = pos.col < text.line_length(line) and text.line(line)[pos.col] == "("
    if here:
        return
    assert (region is None) == (pair is None)
    if pair is not None:
        assert (region.start, region.end) == textobjects.around(pair)
        grown = textobjects.expand(text, *textobjects.inner(pair))
        assert grown is not None
        assert textobjects.around(pair)[0] <= grown[0] and grown[1] <= textobjects.around(pair)[1]


def test_a_bracket_under_the_cursor_is_inside_its_own_pair() -> None:
    text = TextBuffer.from_text("f(a, (b))")
    assert textobjects.bracket_pair(text, Pos(0, 5), "(") == (Pos(0, 5), Pos(0, 7))
    assert textobjects.bracket_pair(text, Pos(0, 7), "(") == (Pos(0, 5), Pos(0, 7))
    assert textobjects.bracket_pair(text, Pos(0, 5), "(", 2) == (Pos(0, 1), Pos(0, 8))
    assert textobjects.bracket_pair(text, Pos(0, 5), "(", 3) is None


def test_bracket_searches_stop_at_the_limit() -> None:
    text = TextBuffer.from_text("(" + "a" * 100 + ")")
    assert textobjects.bracket_pair(text, Pos(0, 50), "(", limit=200) == (Pos(0, 0), Pos(0, 101))
    assert textobjects.bracket_pair(text, Pos(0, 50), "(", limit=20) is None


def test_expand_grows_through_quotes_inside_another_kind() -> None:
    text = TextBuffer.from_text("s = \"a 'b' c\"")
    steps = []
    grown = (Pos(0, 8), Pos(0, 8))
    for _ in range(4):
        grown = textobjects.expand(text, *grown)
        steps.append(text.text(*grown))
    assert steps == ["b", "'b'", "a 'b' c", "\"a 'b' c\""]
