"""Moving lines from vi (Alt-j / Alt-k, as in helix and many vim configurations): the cursor's
line in normal mode, the selected lines in visual mode, which stay selected."""

from __future__ import annotations

from typing import Literal

from editor.commands.lines import move_line_down, move_line_up
from editor.commands.vi.cursor import settle, show_visual, vi_cursor
from editor.commands.vi.state import VISUAL, take_count, vi_state
from editor.core.commands import command
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos


@command("vi.move_lines")
def move_lines(session: Session, direction: Literal["up", "down"]) -> bool:
    """Move the cursor's line down (Alt-j) or up (Alt-k), a count of lines far; in visual
    mode the selected lines, which stay selected."""
    state = vi_state(session)
    count = take_count(state) or 1
    view = session.view
    text = view.document.text
    visual = session.mode in VISUAL and state.anchor is not None
    if visual:
        assert state.anchor is not None
        first, last = sorted((state.anchor.line, vi_cursor(session).line))
        view.set_selections((Selection(Pos(first, 0), Pos(last, text.line_length(last))),))
    move = move_line_up if direction == "up" else move_line_down
    moved = 0
    for _ in range(count):
        version = text.version
        move(session)
        if text.version == version:
            break
        moved += 1
    if visual:
        assert state.anchor is not None and state.head is not None
        step = -moved if direction == "up" else moved
        state.anchor = Pos(state.anchor.line + step, state.anchor.col)
        state.head = Pos(state.head.line + step, state.head.col)
        show_visual(session)
    else:
        settle(session)
    return moved > 0
