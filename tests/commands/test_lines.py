"""The line and word commands on several selections, as one undo step each, and auto-indent."""

from __future__ import annotations

import pytest
from helpers import headless_session, run
from hypothesis import given
from hypothesis import strategies as st

from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos


def session_with(text: str, *selections: tuple[tuple[int, int], tuple[int, int]],
                 language: str | None = None) -> Session:
    """A headless session on `text` with the given (anchor, head) selections."""
    session = headless_session(text)
    session.document.syntax.set_language(language)
    session.view.set_selections(tuple(Selection(Pos(*a), Pos(*h)) for a, h in selections))
    return session


def text_of(session: Session) -> str:
    return session.document.text.full_text()


def cursors(session: Session) -> list[tuple[int, int, int, int]]:
    return [(*s.anchor, *s.head) for s in session.view.selections]


def assert_one_undo_step(session: Session, before: str) -> None:
    assert text_of(session) != before
    assert run(session, "history.undo")
    assert text_of(session) == before


def test_toggle_comment_on_two_selections_is_one_step():
    before = "a\nb\nc\nd\n"
    session = session_with(before, ((0, 0), (0, 0)), ((2, 0), (3, 1)), language="python")
    assert run(session, "edit.toggle_comment")
    assert text_of(session) == "# a\nb\n# c\n# d\n"
    assert_one_undo_step(session, before)


def test_toggle_comment_without_a_language_says_so():
    session = session_with("a\n", ((0, 0), (0, 0)))
    assert not run(session, "edit.toggle_comment")
    assert session.port.messages[-1] == ("No comment syntax known for Text only", True)
    assert text_of(session) == "a\n"


def test_duplicate_lines_of_several_selections():
    before = "a\nb\nc\n"
    session = session_with(before, ((0, 1), (0, 1)), ((2, 0), (2, 0)))
    assert run(session, "edit.duplicate_line")
    assert text_of(session) == "a\na\nb\nc\nc\n"
    assert cursors(session) == [(1, 1, 1, 1), (4, 0, 4, 0)]
    assert_one_undo_step(session, before)


def test_move_several_selections_down_together():
    before = "a\nb\nc\nd\ne"
    session = session_with(before, ((0, 0), (0, 0)), ((2, 0), (3, 1)))
    assert run(session, "edit.move_line_down")
    assert text_of(session) == "b\na\ne\nc\nd"
    assert cursors(session) == [(1, 0, 1, 0), (3, 0, 4, 1)]
    assert_one_undo_step(session, before)


def test_move_keeps_crlf_line_endings():
    session = session_with("a\r\nb\r\n", ((1, 0), (1, 0)))
    assert run(session, "edit.move_line_up")
    assert text_of(session) == "b\r\na\r\n"


@given(st.data())
def test_move_up_then_down_is_identity(data):
    lines = data.draw(st.lists(st.text(alphabet="ab ", max_size=3), min_size=2, max_size=8))
    before = "\n".join(lines)
    below_top = st.integers(1, len(lines) - 1)
    pairs = data.draw(st.lists(st.tuples(below_top, below_top), min_size=1, max_size=3))
    session = session_with(before, *(((a, 0), (h, 0)) for a, h in pairs))
    start = cursors(session)
    assert run(session, "edit.move_line_up")
    assert cursors(session) == [(a - 1, ac, h - 1, hc) for a, ac, h, hc in start]
    assert run(session, "edit.move_line_down")
    assert text_of(session) == before
    assert cursors(session) == start
    assert run(session, "history.undo") and run(session, "history.undo")
    assert text_of(session) == before


@given(st.lists(st.text(alphabet="ab ", max_size=3), min_size=2, max_size=8))
def test_sort_command_makes_a_sorted_permutation(lines):
    session = session_with("\n".join(lines) + "\n", ((0, 0), (len(lines), 0)))
    run(session, "edit.sort_lines")
    assert text_of(session).split("\n")[:-1] == sorted(lines)


def test_join_lines_on_several_cursors():
    before = "a\n  b\nc\n  d\n"
    session = session_with(before, ((0, 0), (0, 0)), ((2, 0), (2, 0)))
    assert run(session, "edit.join_lines")
    assert text_of(session) == "a b\nc d\n"
    assert cursors(session) == [(0, 1, 0, 1), (1, 1, 1, 1)]
    assert_one_undo_step(session, before)


def test_join_on_the_last_line_does_nothing_there():
    session = session_with("a\nb", ((1, 0), (1, 0)))
    assert run(session, "edit.join_lines")
    assert text_of(session) == "a\nb"
    session = session_with("a\nb\nc", ((0, 0), (0, 0)), ((2, 1), (2, 1)))
    assert run(session, "edit.join_lines")
    assert text_of(session) == "a b\nc"
    assert cursors(session) == [(0, 1, 0, 1), (1, 1, 1, 1)]


def test_sort_each_selection_on_its_own():
    before = "b\na\nz\nd\nc\n"
    session = session_with(before, ((0, 0), (1, 1)), ((3, 0), (4, 1)))
    assert run(session, "edit.sort_lines")
    assert text_of(session) == "a\nb\nz\nc\nd\n"
    assert_one_undo_step(session, before)


def test_sort_needs_several_lines():
    session = session_with("b\na\n", ((0, 0), (0, 1)))
    assert not run(session, "edit.sort_lines")
    assert session.port.messages[-1] == ("Select the lines to sort", True)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("edit.upper", "ONE two THREE"), ("edit.lower", "one two three"),
     ("edit.title", "One two Three")],
)
def test_case_commands_on_words_at_cursors(name, expected):
    before = "oNe two thrEE"
    session = session_with(before, ((0, 1), (0, 1)), ((0, 10), (0, 10)))
    assert run(session, name)
    assert text_of(session) == expected
    assert cursors(session) == [(0, 1, 0, 1), (0, 10, 0, 10)]
    assert_one_undo_step(session, before)


def test_case_change_of_length_keeps_later_selections_on_their_text():
    session = session_with("ß x", ((0, 0), (0, 1)), ((0, 2), (0, 3)))
    assert run(session, "edit.upper")
    assert text_of(session) == "SS X"
    assert cursors(session) == [(0, 0, 0, 2), (0, 3, 0, 4)]


def test_trim_trailing_whitespace_of_the_whole_buffer():
    before = "a  \n\tb\t\n  \nc"
    session = session_with(before, ((0, 3), (0, 3)))
    assert run(session, "edit.trim_trailing_whitespace")
    assert text_of(session) == "a\n\tb\n\nc"
    assert cursors(session) == [(0, 1, 0, 1)]
    assert session.port.messages[-1] == ("Trimmed 3 line(s)", False)
    assert_one_undo_step(session, before)


def test_matching_bracket_moves_every_cursor_that_has_one():
    session = session_with("(a) [b] c", ((0, 0), (0, 0)), ((0, 7), (0, 7)), ((0, 9), (0, 9)))
    assert run(session, "cursor.matching_bracket")
    assert cursors(session) == [(0, 2, 0, 2), (0, 4, 0, 4), (0, 9, 0, 9)]


def test_matching_bracket_with_none_is_an_error():
    session = session_with("abc", ((0, 1), (0, 1)))
    assert not run(session, "cursor.matching_bracket")
    assert session.port.messages[-1] == ("No bracket at the cursor", True)


def test_select_word_line_and_expand_on_several_selections():
    session = session_with("ab cd\nef (gh)\n", ((0, 1), (0, 1)), ((1, 5), (1, 5)))
    assert run(session, "select.word")
    assert cursors(session) == [(0, 0, 0, 2), (1, 4, 1, 6)]
    assert run(session, "select.expand")
    assert cursors(session) == [(0, 0, 0, 5), (1, 3, 1, 7)]
    assert run(session, "select.line")
    assert cursors(session) == [(0, 0, 1, 0), (1, 0, 2, 0)]


def test_select_line_grows_one_line_per_repeat():
    session = session_with("a\nb\nc", ((0, 0), (0, 0)))
    for expected in [(0, 0, 1, 0), (0, 0, 2, 0), (0, 0, 2, 1), (0, 0, 2, 1)]:
        assert run(session, "select.line")
        assert cursors(session) == [expected]


def test_enter_indents_after_a_bracket_with_the_indent_setting():
    session = session_with("\tf(x,", ((0, 5), (0, 5)))
    session.settings["indent"] = "\t"
    assert run(session, "edit.newline")
    assert text_of(session) == "\tf(x,\n\t"
    session = session_with("\tf(x,", ((0, 5), (0, 5)))
    session.settings["indent"] = "\t"
    session.view.set_selections((Selection.cursor(Pos(0, 4)),))
    assert run(session, "edit.newline")
    assert text_of(session) == "\tf(x\n\t,"


def test_enter_between_brackets_at_several_cursors():
    session = session_with("f()\n  g[]\n", ((0, 2), (0, 2)), ((1, 4), (1, 4)))
    assert run(session, "edit.newline")
    assert text_of(session) == "f(\n    \n)\n  g[\n      \n  ]\n"
    assert cursors(session) == [(1, 4, 1, 4), (4, 6, 4, 6)]
    assert run(session, "history.undo")
    assert text_of(session) == "f()\n  g[]\n"


@pytest.mark.parametrize("language", ["python", "yaml", "nim", "coffeescript", "py3"])
def test_enter_indents_after_a_colon_where_it_opens_a_block(language):
    session = session_with("  if x:", ((0, 7), (0, 7)), language=language)
    assert run(session, "edit.newline")
    assert text_of(session) == "  if x:\n      "


def test_enter_after_a_colon_elsewhere_keeps_the_indent():
    session = session_with("  case 1:", ((0, 9), (0, 9)), language="c")
    assert run(session, "edit.newline")
    assert text_of(session) == "  case 1:\n  "
