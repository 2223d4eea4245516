"""vi's insert sessions: i a I A o O start one, Escape (or moving) ends it as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Literal

from editor.commands.vi.cursor import goal_column
from editor.commands.vi.edits import edit
from editor.commands.vi.state import Change, Insert, record, take_count, vi_state
from editor.core import vi
from editor.core.commands import Command, command
from editor.core.motion import indent_end
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos


def begin_insert(
    session: Session, change: Change, mark: int, repeat: int = 1,
    again: Callable[[Session], None] | None = None, restarted: bool = False,
) -> None:
    """Enter insert mode: what is typed from here to Escape belongs to `change`."""
    state = vi_state(session)
    state.insert = Insert(change, session.document, mark, repeat, again, restarted)
    session.mode = "insert"


def _open_line(session: Session, below: bool) -> None:
    """Open a new line below or above the cursor's, with the same indentation."""
    text = session.document.text
    pos = session.view.cursor
    line = text.line(pos.line)
    indent = line[: indent_end(line)]
    if below:
        at = Pos(pos.line, len(line))
        edit(session, [(at, at, "\n" + indent)])
        cursor = Pos(pos.line + 1, len(indent))
    else:
        at = Pos(pos.line, 0)
        edit(session, [(at, at, indent + "\n")])
        cursor = Pos(pos.line, len(indent))
    session.view.set_selections((Selection.cursor(cursor),))


def start_insert(session: Session, where: str, count: int | None) -> None:
    """Enter insert mode at `where`; with a count, what is typed is typed that many times."""
    document = session.document
    text = document.text
    mark = document.history.current
    pos = session.view.cursor
    again = None
    if where in ("below", "above"):
        _open_line(session, where == "below")
        again = partial(_open_line, below=True)
    else:
        targets = {
            "before": pos,
            "after": vi.char_after(text, pos),
            "line_start": vi.first_non_blank(text, pos.line),
            "line_end": Pos(pos.line, text.line_length(pos.line)),
        }
        session.view.set_selections((Selection.cursor(targets[where]),))
    change = Change(lambda s, n: start_insert(s, where, n), count)
    begin_insert(session, change, mark, count or 1, again)


@command("vi.insert")
def insert(
    session: Session,
    where: Literal["before", "after", "line_start", "line_end", "below", "above"] = "before",
) -> None:
    """Start typing: i a I A o O (with a count, the text is typed that many times).

    Before (i) or after (a) the cursor, at the line's first non-blank (I) or end (A), on a new
    line below (o) or above (O); Escape stops."""
    start_insert(session, where, take_count(vi_state(session)))


def replay(session: Session, typed: list[tuple[Command, list[Any]]]) -> None:
    """Run the commands typed in an insert session again."""
    for cmd, args in typed:
        cmd.func(session, *args)


def close_insert(session: Session) -> None:
    """End the insert session: typed repeats, one undo step, remembered for `.`."""
    state = vi_state(session)
    current = state.insert
    state.insert = None
    if current is None:
        return
    for _ in range(current.repeat - 1):
        if current.again is not None:
            current.again(session)
        replay(session, current.change.typed)
    current.document.history.merge_since(current.mark)
    if current.change.typed or not current.restarted:
        record(state, current.change)


@command("vi.insert_move")
def insert_move(
    session: Session, direction: Literal["left", "right", "up", "down", "line_start", "line_end"]
) -> None:
    """Move the cursor while typing; what follows is a new undo step and what `.` repeats."""
    close_insert(session)
    view = session.view
    text = view.document.text
    pos = view.cursor
    goal = None
    if direction in ("up", "down"):
        line = min(max(pos.line + (1 if direction == "down" else -1), 0), text.line_count - 1)
        col, goal = goal_column(session, pos, line) if line != pos.line else (pos.col, None)
        moved = Pos(line, col)
    else:
        moved = {
            "left": Pos(pos.line, max(pos.col - 1, 0)),
            "right": vi.char_after(text, pos),
            "line_start": Pos(pos.line, 0),
            "line_end": Pos(pos.line, text.line_length(pos.line)),
        }[direction]
    view.set_selections((Selection.cursor(moved),))
    view.goal_column = goal
    change = Change(lambda s, n: start_insert(s, "before", n), None)
    begin_insert(session, change, view.document.history.current, restarted=True)
