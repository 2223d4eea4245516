"""Multiple cursors, headless: adding them, editing at all of them, one undo step each."""

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
