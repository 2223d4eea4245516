"""vi's cursor: on a character in normal mode, the moving end of the selection in visual mode."""

from __future__ import annotations

from editor.commands.vi.state import VISUAL, vi_state
from editor.core import vi
from editor.core.cells import column_at, display_column
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos

# The goal column `$` leaves: moving up and down then keeps to the ends of lines.
END_OF_LINE = 1 << 30


def vi_cursor(session: Session) -> Pos:
    """vi's cursor: in visual mode the moving end of the selection."""
    state = vi_state(session)
    view = session.view
    if session.mode in VISUAL and state.head is not None and view.selections == state.shown:
        return state.head
    return view.cursor


def settle(session: Session) -> None:
    """Put the normal-mode cursor on a character.

    Not past a line's last character, not on the empty line after a final line break."""
    view = session.view
    text = view.document.text
    pos = view.cursor
    last = vi.last_line(text)
    if pos.line > last:
        pos = vi.last_char(text, last)
    else:
        pos = Pos(pos.line, min(pos.col, max(text.line_length(pos.line) - 1, 0)))
    view.set_selections((Selection.cursor(pos),), keep_goal=True)


def place(session: Session, pos: Pos, goal: int | None = None) -> None:
    """Move vi's cursor (in visual mode: the selection's moving end)."""
    view = session.view
    if session.mode in VISUAL:
        vi_state(session).head = view.document.text.clamp(pos)
        show_visual(session)
    else:
        view.set_selections((Selection.cursor(pos),))
        if session.mode == "normal":
            settle(session)
    view.goal_column = goal


def show_visual(session: Session) -> None:
    """Select what visual mode covers: the cursor stands on the selection's moving end."""
    state = vi_state(session)
    view = session.view
    text = view.document.text
    anchor, head = state.anchor, state.head
    assert anchor is not None and head is not None
    if session.mode == "visual_line":
        if head.line >= anchor.line:
            shown = Selection(Pos(anchor.line, 0), Pos(head.line, text.line_length(head.line)))
        else:
            shown = Selection(Pos(anchor.line, text.line_length(anchor.line)), Pos(head.line, 0))
    elif head >= anchor:
        shown = Selection(anchor, head)
    else:
        shown = Selection(vi.char_after(text, anchor), head)
    view.set_selections((shown,), keep_goal=True)
    state.shown = view.selections


def leave_visual(session: Session) -> Pos:
    """Back to normal mode from visual mode, the cursor at the selection's moving end."""
    state = vi_state(session)
    head = vi_cursor(session)
    state.anchor = state.head = None
    state.shown = ()
    session.mode = "normal"
    session.view.set_selections((Selection.cursor(head),))
    return head


def goal_column(session: Session, pos: Pos, line: int) -> tuple[int, int]:
    """The column on `line` below or above `pos` keeping the goal column, and that goal."""
    view = session.view
    text = view.document.text
    tab = session.settings["tab_width"]
    goal = view.goal_column
    if goal is None:
        goal = display_column(text.line(pos.line), pos.col, tab)
    return column_at(text.line(line), goal, tab), goal
