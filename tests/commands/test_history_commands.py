"""history.earlier / later / list / goto, run as commands on a headless session."""

from __future__ import annotations

from editor.core.history import History
from helpers import headless_session


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def branchy_session():
    """A session on "" with revisions 1 "a", 2 "ab", then (after two undos) 3 "c", 4 "cd",
    made 10 seconds apart, now 12 seconds after the last."""
    session = headless_session("")
    clock = FakeClock()
    session.document.history = History(clock)
    for word in ("a", "b"):
        clock.now += 10
        assert session.run(f"edit.insert {word}")
        session.document.seal()  # typed letters would otherwise be one undo step
    assert session.run("history.undo") and session.run("history.undo")
    for word in ("c", "d"):
        clock.now += 10
        assert session.run(f"edit.insert {word}")
        session.document.seal()  # typed letters would otherwise be one undo step
    clock.now += 12
    return session, clock


def text(session) -> str:
    return session.document.text.full_text()


def test_earlier_and_later_by_count_visit_the_undone_branch() -> None:
    session, _ = branchy_session()
    assert session.run("history.earlier")
    assert text(session) == "c"
    assert session.run("history.earlier 1")
    assert text(session) == "ab"
    assert session.run("earlier 5")
    assert text(session) == ""
    assert not session.run("history.earlier")
    assert session.port.messages[-1][0] == "Already at the oldest change"
    assert session.run("history.later 3")
    assert text(session) == "c"
    assert session.port.messages[-1][0] == "Revision 3 of 4"
    assert session.run("later 9")
    assert text(session) == "cd"
    assert not session.run("history.later")


def test_earlier_and_later_by_duration() -> None:
    session, _ = branchy_session()  # revisions made at 510, 520, 530, 540
    assert session.run("history.earlier 15s")
    assert text(session) == "ab"
    assert session.run("history.later 1m")
    assert text(session) == "cd"
    assert session.run("history.earlier 1h")
    assert text(session) == ""


def test_a_bad_amount_is_an_error_and_changes_nothing() -> None:
    session, _ = branchy_session()
    for bad in ("10x", "soon", "-2"):
        assert not session.run(f"history.earlier {bad}")
        message, error = session.port.messages[-1]
        assert error and "not a count or a duration" in message and bad in message
        assert text(session) == "cd"


def test_the_cursor_goes_where_the_revision_left_it() -> None:
    session, _ = branchy_session()
    assert session.run("history.goto 2")
    assert text(session) == "ab"
    head = session.view.selections[0].head
    assert (head.line, head.col) == (0, 2)


def test_history_list_shows_revisions_newest_first_with_marks() -> None:
    session, clock = branchy_session()
    assert session.run("history.goto 2")
    session.document.history.mark_saved()
    clock.now = 540.0 + 125
    assert session.run("history.list")
    listing = session.document
    assert listing.name == "[history [unnamed]]"
    assert listing.locked and not listing.modified
    lines = listing.text.full_text().splitlines()
    assert lines[0] == "Undo history of [unnamed]: at revision 2 of 4, newest first"
    rows = lines[3:]
    assert rows == [
        '  4  2 min ago   +"d"',
        '  3  2 min ago   +"c"',
        '> 2  2 min ago   +"b"  (saved)',
        '  1  2 min ago   +"a"',
        "  0  2 min ago   (the text as loaded)",
    ]
    assert not session.run("edit.insert x")


def test_history_list_ages_and_summaries() -> None:
    session = headless_session("hello world\n")
    clock = FakeClock()
    session.document.history = History(clock)
    clock.now += 1
    assert session.run("select.all") and session.run("edit.insert " + "z" * 40)
    clock.now += 12
    assert session.run("history.list")
    rows = session.document.text.full_text().splitlines()[3:]
    assert rows[0] == '> 1  12 s ago    -"hello world\\n" +"' + "z" * 23 + '…"'
    assert rows[1] == "  0  13 s ago    (the text as loaded)  (saved)"


def test_goto_from_the_list_acts_on_the_listed_buffer() -> None:
    session, _ = branchy_session()
    source = session.document
    assert session.run("history.list")
    assert session.run("history.goto 1")
    assert session.document is source
    assert text(session) == "a"
    assert session.run("history.list")
    assert session.run("cursor.goto_line 5")  # the row of revision 3
    assert session.run("history.goto")
    assert session.document is source and text(session) == "c"


def test_goto_errors() -> None:
    session, _ = branchy_session()
    assert not session.run("history.goto 9")
    assert session.port.messages[-1] == ("no revision 9 (0 to 4)", True)
    assert not session.run("history.goto")
    assert "needs a revision number" in session.port.messages[-1][0]
    assert not session.run("history.goto 4")
    assert session.port.messages[-1][0] == "Already at revision 4"
    assert text(session) == "cd"


def test_the_saved_revision_is_unmodified_however_it_is_reached() -> None:
    session, _ = branchy_session()
    assert session.run("history.goto 2")
    session.document.history.mark_saved()
    assert session.run("history.later 2")
    assert session.document.modified
    assert session.run("history.earlier 2")
    assert not session.document.modified


def test_a_failed_goto_from_the_list_leaves_the_list_in_front() -> None:
    session, _ = branchy_session()
    assert session.run("history.list")
    listing = session.document
    assert not session.run("history.goto 9")
    assert session.document is listing
    assert session.run("cursor.goto_line 1")
    assert not session.run("history.goto")
    assert session.port.messages[-1] == ("no revision on this line", True)


def test_a_list_of_a_closed_buffer_says_so() -> None:
    session, _ = branchy_session()
    source = session.document
    assert session.run("history.list")
    listing = session.document
    session.close_document(source)
    session.show(listing)
    assert not session.run("history.goto 1")
    assert "lists a buffer that is closed" in session.port.messages[-1][0]
