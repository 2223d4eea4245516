"""vi's motion commands: move, extend the visual selection, or give a pending operator its
range (h j k l w b e 0 ^ $ gg G % f t F T ; , and the counts before them)."""

from __future__ import annotations

from typing import Literal

from editor.commands.vi.cursor import place, vi_cursor
from editor.commands.vi.jumps import MotionName, target
from editor.commands.vi.operate import operate_motion
from editor.commands.vi.state import (
    drop_reader,
    read_key,
    take_count,
    take_operator,
    vi_state,
)
from editor.core import vi
from editor.core.commands import command
from editor.core.session import Session


def go(session: Session, name: str, char: str | None = None, again: bool = False) -> bool:
    """Run a motion in the current mode: move, extend the selection, or operate."""
    state = vi_state(session)
    count = take_count(state)
    if session.mode == "operator":
        op = take_operator(session, state)
        return op is not None and operate_motion(session, op, name, char, count, again)
    jump = target(session, name, char, vi_cursor(session), count, None, again)
    if jump is None:
        return False
    place(session, jump.pos, jump.goal)
    return True


@command("vi.motion")
def motion(session: Session, name: MotionName) -> bool:
    """Move by a vi motion (h j k l w b e 0 ^ $ gg G % ...), or act on what it moves over.

    With an operator pending, the operator acts on the text the motion moves over; in visual
    mode the selection follows the cursor."""
    return go(session, name)


@command("vi.count")
def count_digit(session: Session, digit: int) -> None:
    """Type a digit of the count for the next command (3w, d2w, 2dd)."""
    vi_state(session).count += str(digit)


@command("vi.zero")
def zero(session: Session) -> bool:
    """Move to column 1 (vi's 0), or add 0 to the count when one is being typed."""
    state = vi_state(session)
    if state.count:
        state.count += "0"
        return True
    return go(session, "line_start")


@command("vi.find")
def find(session: Session, kind: Literal["f", "t", "F", "T"], char: str | None = None) -> bool:
    """Move to a character on the line: next (f), previous (F), or next to it (t, T).

    Without `char`, the next key is the character."""
    if char is None:
        read_key(session, lambda typed: session.execute("vi.find", [kind, typed]))
        return True
    drop_reader(session)
    vi_state(session).last_find = (kind, char)
    return go(session, kind, char)


@command("vi.find_again")
def find_again(session: Session, direction: Literal["same", "reverse"] = "same") -> bool:
    """Repeat the last f t F T (vi's ;), or the other way (vi's ,)."""
    state = vi_state(session)
    if state.last_find is None:
        take_count(state)
        return False
    kind, char = state.last_find
    if direction == "reverse":
        kind = kind.swapcase()
    return go(session, kind, char, again=True)


@command("vi.scroll")
def scroll(
    session: Session, amount: Literal["half_down", "half_up", "page_down", "page_up"]
) -> bool:
    """Scroll half a screen (c-d c-u) or a screen (c-f c-b), taking the cursor along."""
    state = vi_state(session)
    take_count(state)
    view = session.view
    text = view.document.text
    lines = max(view.height // 2, 1) if amount.startswith("half") else max(view.height - 2, 1)
    if amount.endswith("up"):
        lines = -lines
    pos = vi_cursor(session)
    last = vi.last_line(text)
    line = min(max(pos.line + lines, 0), last)
    if line == pos.line:
        return False
    view.top_line = min(max(view.top_line + lines, 0), last)
    place(session, vi.first_non_blank(text, line))
    return True
