"""Where a vi motion goes from a position, and how an operator takes it."""

from __future__ import annotations

from typing import Literal, NamedTuple

from editor.commands.vi.cursor import END_OF_LINE, goal_column
from editor.core import vi
from editor.core.session import Session
from editor.core.text import Pos

MotionName = Literal[
    "left", "right", "up", "down", "word", "word_back", "word_end", "big_word",
    "big_word_back", "big_word_end", "line_start", "first_non_blank", "line_end",
    "file_start", "file_end", "match", "line_down", "line_up",
]


class Jump(NamedTuple):
    """Where a motion lands, how an operator takes it, and the goal column it leaves."""

    pos: Pos
    kind: vi.MotionKind
    goal: int | None = None


def target(
    session: Session, name: str, char: str | None, pos: Pos, count: int | None,
    op: str | None = None, again: bool = False,
) -> Jump | None:
    """Where motion `name` (or f t F T with `char`) goes from `pos`; None when it cannot."""
    text = session.document.text
    n = count or 1
    last = vi.last_line(text)
    if name in ("f", "t", "F", "T"):
        assert char is not None
        found = vi.find_char(text, pos, char, name, n, again)
        if found is None:
            return None
        return Jump(found, "inclusive" if name in "ft" else "exclusive")
    if name == "left":
        return Jump(Pos(pos.line, max(pos.col - n, 0)), "exclusive")
    if name == "right":
        return Jump(Pos(pos.line, min(pos.col + n, text.line_length(pos.line))), "exclusive")
    if name in ("up", "down"):
        line = min(max(pos.line + (n if name == "down" else -n), 0), last)
        if line == pos.line:
            return None
        col, goal = goal_column(session, pos, line)
        return Jump(Pos(line, col), "linewise", goal)
    if name in ("word", "big_word"):
        big = name == "big_word"
        if op is not None:
            return Jump(*vi.word_target_for_operator(text, pos, n, big, op == "c"))
        moved = pos
        for _ in range(n):
            moved = vi.word_forward(text, moved, big)
        return Jump(moved, "exclusive")
    if name in ("word_back", "big_word_back"):
        moved = pos
        for _ in range(n):
            moved = vi.word_backward(text, moved, name == "big_word_back")
        return Jump(moved, "exclusive")
    if name in ("word_end", "big_word_end"):
        moved = pos
        for _ in range(n):
            moved = vi.word_end(text, moved, name == "big_word_end")
        return Jump(moved, "inclusive")
    if name == "line_start":
        return Jump(Pos(pos.line, 0), "exclusive")
    if name == "first_non_blank":
        return Jump(vi.first_non_blank(text, pos.line), "exclusive")
    if name == "line_end":
        return Jump(vi.last_char(text, min(pos.line + n - 1, last)), "inclusive", END_OF_LINE)
    if name == "file_start":
        line = min(n - 1, last)
        return Jump(vi.first_non_blank(text, line), "linewise")
    if name == "file_end":
        line = min(count - 1, last) if count else last
        return Jump(vi.first_non_blank(text, line), "linewise")
    if name == "match":
        found = vi.match_pair(text, pos)
        return Jump(found, "inclusive") if found is not None else None
    line = pos.line + (n if name == "line_down" else -n)
    if not 0 <= line <= last:
        return None
    return Jump(vi.first_non_blank(text, line), "linewise")
