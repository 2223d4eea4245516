"""vi's operator commands: d c y > < g~ gu gU waiting for a motion or text object, the
shortcuts that apply one at once (x D C s S Y), and text objects (iw a" i( ...)."""

from __future__ import annotations

from typing import Literal

from editor.commands.vi.cursor import show_visual, vi_cursor
from editor.commands.vi.jumps import MotionName
from editor.commands.vi.operate import (
    ObjectKind,
    object_region,
    operate_lines,
    operate_motion,
    operate_object,
)
from editor.commands.vi.state import VISUAL, take_count, take_operator, vi_state
from editor.commands.vi.visual import visual_operate
from editor.core.commands import command
from editor.core.session import Session
from editor.core.text import Pos

Operator = Literal["d", "c", "y", ">", "<", "~", "u", "U", "comment"]
# Operators whose own last key, typed again, acts on lines (gcc as vim-commentary has it).
_LAST_KEY = {"comment": "c"}


@command("vi.operator")
def operator(session: Session, op: Operator) -> bool:
    """Start an operator (d c y > < g~ gu gU, gc comments) for the next motion or text object.

    Typed twice (dd, cc, yy, >>, gcc) it acts on lines; in visual mode, on the selection."""
    state = vi_state(session)
    if session.mode in VISUAL:
        return visual_operate(session, op, take_count(state))
    if session.mode == "operator":
        pending = state.operator
        count = take_count(state)
        take_operator(session, state)
        if pending is None or op not in (pending, _LAST_KEY.get(pending)):
            return False
        return operate_lines(session, pending, count)
    state.operator = op
    state.operator_count = int(state.count) if state.count else None
    state.count = ""
    session.mode = "operator"
    return True


@command("vi.apply")
def apply(session: Session, op: Operator, target: Literal[MotionName, "line"]) -> bool:
    """Apply an operator over a motion at once (x, X, D, C, s, S, Y).

    x is `vi.apply d right`, D `vi.apply d line_end`, S `vi.apply c line`."""
    count = take_count(vi_state(session))
    if target == "line":
        return operate_lines(session, op, count)
    return operate_motion(session, op, target, None, count)


@command("vi.object")
def text_object(session: Session, extent: Literal["inner", "around"], kind: ObjectKind) -> bool:
    """Act on a text object (iw aw i" a( i{ ...) with the pending operator, or select it."""
    state = vi_state(session)
    count = take_count(state)
    if session.mode == "operator":
        op = take_operator(session, state)
        return op is not None and operate_object(session, op, extent, kind, count)
    if session.mode not in VISUAL:
        return False
    region = object_region(session, vi_cursor(session), extent, kind, count)
    if region is None or (not region.linewise and region.start == region.end):
        return False
    text = session.document.text
    if region.linewise:
        session.mode = "visual_line"
        state.anchor, state.head = region.start, region.end
    else:
        session.mode = "visual"
        end = region.end
        state.anchor = region.start
        if end.col:
            state.head = Pos(end.line, end.col - 1)
        else:
            state.head = Pos(end.line - 1, text.line_length(end.line - 1))
    show_visual(session)
    return True
