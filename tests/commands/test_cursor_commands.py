"""Multiple cursors, headless: adding them, editing at all of them, one undo step each; column
(block) selection; Ctrl-D and Alt-A with a selection across lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.selection import Selection
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos
from tests.helpers import headless_session, marked_text, open_marked, press, run


def marked(session: Session) -> str:
    return marked_text(session.document, session.view.selections)


def messages(session: Session) -> list[str]:
    port = session.port
    assert isinstance(port, HeadlessPort)
    return [text for text, _ in port.messages]


def test_typing_at_two_cursors_is_one_undo_step():
    session = open_marked("a|b\nc|d\n")
    press(session, "x backspace y enter")
    assert marked(session) == "ay\n|b\ncy\n|d\n"
    press(session, "c-z")
    assert session.document.text.full_text() == "ab\ncd\n"
    assert marked(session) == "a|b\nc|d\n"


def test_delete_word_and_paste_text_act_at_every_cursor():
    session = open_marked("one |two\none |two\n")
    press(session, "a-delete")
    run(session, "edit.paste_text Z")
    assert marked(session) == "one Z|\none Z|\n"


def test_movement_moves_every_cursor_each_from_its_own_column():
    session = open_marked("ab|cdef\nx\nabcde|f\nlast line\n")
    press(session, "down right")
    assert marked(session) == "abcdef\nx\n|abcdef\nlast l|ine\n"


def test_add_next_match_reports_when_there_is_none_and_needs_a_word():
    session = open_marked("^foo| bar\n")
    press(session, "c-d")
    assert messages(session)[-1] == "No other occurrence of 'foo'"
    assert len(session.view.selections) == 1
    empty = open_marked("a |  b\n")
    assert run(empty, "cursor.add_next_match") is False
    assert messages(empty)[-1] == "No word at the cursor"


def test_the_added_cursor_becomes_the_primary_one_and_single_keeps_it():
    session = open_marked("^ab| x ab\n")
    press(session, "c-d")
    assert session.view.selection == Selection(Pos(0, 5), Pos(0, 7))
    run(session, "cursor.single")
    assert marked(session) == "ab x ^ab|\n"


def test_add_all_matches_uses_the_last_search_with_nothing_selected():
    session = headless_session("cat dog cat\ncat\n")
    assert run(session, "cursor.add_all_matches") is False
    run(session, "search.find cat")
    run(session, "select.none")
    run(session, "cursor.add_all_matches")
    assert len(session.view.selections) == 3
    assert messages(session)[-1] == "3 selections"


def test_add_above_and_below_stop_at_the_ends_of_the_text():
    session = open_marked("a|b\ncd\n")
    press(session, "c-a-up c-a-down c-a-down c-a-down")
    assert marked(session) == "a|b\nc|d\n|"


def test_copy_keeps_one_entry_per_cursor_and_cut_of_lines_takes_each_line_once():
    session = open_marked("^one| ^two|\n")
    press(session, "c-c")
    assert session.clipboard == ["one", "two"]
    lines = open_marked("a|b|c\nd|ef\n")
    press(lines, "c-x")
    assert lines.clipboard == ["abc\n", "def\n"]
    assert lines.document.text.full_text() == ""


def test_paste_of_one_entry_goes_to_every_cursor():
    session = open_marked("|x\n|y\n")
    session.clipboard = ["-"]
    press(session, "c-v")
    assert marked(session) == "-|x\n-|y\n"


def _pos(text: str, offset: int) -> Pos:
    """The position of a character offset in `text`."""
    before = text[:offset]
    return Pos(before.count("\n"), offset - (before.rfind("\n") + 1))


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="xyz\n", max_size=30),
    places=st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=5),
    typed=st.text(alphabet="ab ", min_size=1, max_size=8),
)
def test_typing_at_n_cursors_equals_inserting_at_each_position(
    text: str, places: list[int], typed: str
) -> None:
    offsets = sorted({min(p, len(text)) for p in places})
    session = headless_session(text)
    session.view.set_selections(tuple(Selection.cursor(_pos(text, o)) for o in offsets))
    for ch in typed:
        press(session, "space" if ch == " " else ch)
    expected = text
    for offset in reversed(offsets):
        expected = expected[:offset] + typed + expected[offset:]
    assert session.document.text.full_text() == expected
    after = [o + len(typed) * (n + 1) for n, o in enumerate(offsets)]
    assert sorted(s.head for s in session.view.selections) == [_pos(expected, o) for o in after]


# Column (block) selection --------------------------------------------------------------------


def test_the_block_primary_is_on_the_moving_corner_line_and_follows_it():
    session = open_marked("a|bc\ndef\nghi\n")
    press(session, "a-s-down a-s-down a-s-right")
    assert session.view.selection == Selection(Pos(2, 1), Pos(2, 2))
    assert len(session.view.selections) == 3
    press(session, "a-s-up a-s-up a-s-up")
    assert session.view.selection == Selection(Pos(0, 1), Pos(0, 2))
    assert marked(session) == "a^b|c\ndef\nghi\n"


def test_typing_into_a_block_is_one_undo_step_and_redo_brings_it_back():
    session = open_marked("|ab\ncd\nef\n")
    press(session, "a-s-down a-s-down a-s-right")
    press(session, "x y")
    assert session.document.text.full_text() == "xyb\nxyd\nxyf\n"
    press(session, "c-z")
    assert session.document.text.full_text() == "ab\ncd\nef\n"
    press(session, "c-y")
    assert session.document.text.full_text() == "xyb\nxyd\nxyf\n"


def test_paste_into_a_block_gives_each_line_its_own_entry():
    session = open_marked("|ab\ncd\n")
    press(session, "a-s-down a-s-right c-c")
    assert session.clipboard == ["a", "c"]
    press(session, "delete")
    assert marked(session) == "|b\n|d\n"
    press(session, "c-v")
    assert marked(session) == "a|b\nc|d\n"


def test_the_block_is_kept_in_the_view_and_ends_when_the_selections_change():
    session = open_marked("|abc\nabc\nabc\n")
    press(session, "a-s-down a-s-right")
    view = session.view
    assert view.current_block() is not None
    assert (view.current_block().anchor_line, view.current_block().line) == (0, 1)
    press(session, "right")
    assert view.current_block() is None
    press(session, "a-s-down")
    assert marked(session) == "abc\na|bc\na|bc\n"


def test_a_block_ends_when_the_text_changes_under_it():
    session = open_marked("|abc\nabc\n")
    press(session, "a-s-down")
    run(session, "edit.insert Z")
    assert session.view.current_block() is None


def test_block_start_and_block_to_make_the_block_the_mouse_drags():
    session = open_marked("|ab\n\tcd\nxyz\n")
    run(session, "cursor.block_start 0 1")
    assert marked(session) == "a|b\n\tcd\nxyz\n"
    run(session, "cursor.block_to 2 4")
    # Display columns 1-3: "b" (and the line's end), the tab (cells 0-3), "yz".
    assert marked(session) == "a^b|\n^\t|cd\nx^yz|\n"
    assert session.view.selection == Selection(Pos(2, 1), Pos(2, 3))
    run(session, "cursor.block_to 0 0")
    assert marked(session) == "|a^b\n\tcd\nxyz\n"


def test_block_commands_start_from_the_primary_selection():
    session = open_marked("^ab|c\nabc\n")
    press(session, "a-s-down")
    assert marked(session) == "^ab|c\n^ab|c\n"


# Ctrl-D and Alt-A with a selection across lines ----------------------------------------------


def test_add_next_match_across_lines_reports_when_there_is_none():
    session = open_marked("^one\ntwo| one\nthree\n")
    press(session, "c-d")
    assert messages(session)[-1] == "No other occurrence of 'one\\ntwo'"
    assert len(session.view.selections) == 1


def test_add_next_match_across_lines_in_a_crlf_file_then_typing_replaces_both():
    session = headless_session("a {\r\n}\r\na {\r\n}\r\n")
    session.view.set_selections((Selection(Pos(0, 2), Pos(1, 1)),))
    press(session, "c-d")
    assert session.view.selection == Selection(Pos(2, 2), Pos(3, 1))
    press(session, "x")
    assert session.document.text.full_text() == "a x\r\na x\r\n"


def test_add_all_matches_across_lines_makes_the_selected_one_primary():
    session = open_marked("k\nv\nk\n^k\nv|\nk\nv\n")
    press(session, "a-a")
    assert session.view.selection == Selection(Pos(3, 0), Pos(4, 1))
    assert len(session.view.selections) == 3
    assert messages(session)[-1] == "3 selections"
