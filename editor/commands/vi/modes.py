"""Back to vi's normal mode: Escape from insert, visual or a pending operator."""

from __future__ import annotations

from editor.commands.vi.cursor import leave_visual, settle
from editor.commands.vi.insert import close_insert
from editor.commands.vi.state import VISUAL, drop_reader, reset
from editor.core.commands import command
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos


@command("vi.escape")
def escape(session: Session) -> None:
    """Back to normal mode, dropping a count or a pending operator.

    Typing stops (the cursor steps back onto the last character typed), selecting stops."""
    reset(session)
    drop_reader(session)
    if session.mode == "insert":
        close_insert(session)
        pos = session.view.cursor
        session.view.set_selections((Selection.cursor(Pos(pos.line, max(pos.col - 1, 0))),))
    elif session.mode in VISUAL:
        leave_visual(session)
    session.mode = "normal"
    settle(session)
