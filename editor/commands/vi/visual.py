"""vi's visual modes: selecting by characters (v) or lines (V), and acting on the selection."""

from __future__ import annotations

from typing import Literal

from editor.commands.vi.cursor import leave_visual, place, settle, show_visual, vi_cursor
from editor.commands.vi.edits import edit, line_ends, yank
from editor.commands.vi.operate import operate
from editor.commands.vi.state import VISUAL, Change, take_count, vi_state
from editor.core import vi
from editor.core.commands import command
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos, split_fragments
from editor.core.vi import Region


@command("vi.visual")
def visual(session: Session, kind: Literal["char", "line"] = "char") -> None:
    """Select by characters (v) or lines (V); the same key again stops selecting."""
    state = vi_state(session)
    take_count(state)
    wanted = "visual" if kind == "char" else "visual_line"
    if session.mode == wanted:
        leave_visual(session)
        settle(session)
        return
    head = vi_cursor(session)
    if session.mode not in VISUAL:
        state.anchor = head
    state.head = head
    session.mode = wanted
    show_visual(session)


@command("vi.visual_swap")
def visual_swap(session: Session) -> None:
    """Go to the other end of the selection (vi's o in visual mode)."""
    state = vi_state(session)
    if session.mode in VISUAL and state.anchor is not None:
        state.anchor, state.head = vi_cursor(session), state.anchor
        show_visual(session)


def visual_operate(session: Session, op: str, count: int | None) -> bool:
    """Apply `op` to the visual selection; `.` then repeats it over as much text."""
    state = vi_state(session)
    anchor = state.anchor or session.view.cursor
    linewise = session.mode == "visual_line"
    region = vi.visual_region(session.document.text, anchor, vi_cursor(session), linewise)
    leave_visual(session)
    session.view.set_selections((Selection.cursor(region.start),))
    shape = _shape(region)
    change = Change(lambda s, n: _visual_again(s, op, shape, n), count)
    return operate(session, op, region, change, count or 1)


def _shape(region: Region) -> tuple[bool, int, int]:
    """How much a visual selection covered: (linewise, lines spanned, columns or end column)."""
    if region.linewise:
        return True, region.end.line - region.start.line + 1, 0
    if region.start.line == region.end.line:
        return False, 0, region.end.col - region.start.col
    return False, region.end.line - region.start.line, region.end.col


def _visual_again(
    session: Session, op: str, shape: tuple[bool, int, int], count: int | None
) -> bool:
    """Apply `op` from the cursor over as much text as a visual selection had."""
    text = session.document.text
    pos = session.view.cursor
    linewise, lines, cols = shape
    if linewise:
        last = min(pos.line + lines - 1, vi.last_line(text))
        region = Region(Pos(pos.line, 0), Pos(last, 0), True)
    elif lines == 0:
        region = Region(pos, Pos(pos.line, min(pos.col + cols, text.line_length(pos.line))))
    else:
        line = min(pos.line + lines, text.line_count - 1)
        region = Region(pos, Pos(line, min(cols, text.line_length(line))))
    change = Change(lambda s, n: _visual_again(s, op, shape, n), count)
    return operate(session, op, region, change, count or 1)


def visual_put(session: Session, count: int | None) -> bool:
    """Replace the visual selection with the register, which then holds what was replaced."""
    if not session.clipboard:
        session.message("The register is empty")
        return False
    state = vi_state(session)
    text = session.document.text
    linewise = session.mode == "visual_line"
    region = vi.visual_region(text, state.anchor or session.view.cursor, vi_cursor(session), linewise)
    leave_visual(session)
    content = "".join(session.clipboard) * (count or 1)
    if region.linewise:
        start, end = line_ends(text, region)
        new = vi.without_final_break(content) if session.clipboard_linewise else content
    else:
        start, end = region.start, region.end
        new = "\n" + content if session.clipboard_linewise else content
    replaced = vi.region_text(text, region)
    edit(session, [(start, end, new)])
    yank(session, replaced, region.linewise)
    single = len(split_fragments(new)) == 1
    place(session, Pos(start.line, start.col + len(new) - 1) if single and new else start)
    return True
