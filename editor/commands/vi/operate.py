"""vi's operators at work: delete, change, yank, shift or change the case of a region, the
region given by a motion, by whole lines or by a text object."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from editor.commands.lines import toggle_comment_lines
from editor.commands.vi.cursor import place
from editor.commands.vi.edits import edit, line_ends, shift_changes, yank
from editor.commands.vi.insert import begin_insert
from editor.commands.vi.jumps import target
from editor.commands.vi.state import Change, record, vi_state
from editor.core import vi
from editor.core.motion import indent_end
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos
from editor.core.vi import Region

ObjectKind = Literal[
    "word", "big_word", "double_quote", "single_quote", "backtick", "paren", "bracket",
    "brace", "angle",
]
_QUOTES = {"double_quote": '"', "single_quote": "'", "backtick": "`"}
_BRACKETS = {"paren": "(", "bracket": "[", "brace": "{", "angle": "<"}
_CASES: dict[str, Callable[[str], str]] = {"~": str.swapcase, "u": str.lower, "U": str.upper}


def operate(session: Session, op: str, region: Region, change: Change, levels: int = 1) -> bool:
    """Apply operator `op` to `region`: delete, change (then type), yank, shift, change case,
    or comment (vim-commentary's gc) the lines."""
    state = vi_state(session)
    document = session.document
    text = document.text
    cursor = session.view.cursor
    mark = document.history.current
    empty = not region.linewise and region.start == region.end
    if op in "dcy" and not empty:
        yank(session, vi.region_text(text, region), region.linewise)
    if op == "y":
        if region.linewise:
            moved = Pos(region.start.line, cursor.col) if region.start.line < cursor.line else cursor
        else:
            moved = min(region.start, cursor)
        place(session, moved)
        return True
    if op == "c":
        if region.linewise:
            first, last = region.start.line, region.end.line
            line = text.line(first)
            indent = line[: indent_end(line)]
            edit(session, [(Pos(first, 0), Pos(last, text.line_length(last)), indent)])
            pos = Pos(first, len(indent))
        else:
            edit(session, [(region.start, region.end, "")] if not empty else [])
            pos = region.start
        session.view.set_selections((Selection.cursor(pos),))
        begin_insert(session, change, mark)
        return True
    if op == "d":
        if empty:
            return True
        edit(session, [(*vi.deleted_span(text, region), "")])
        if region.linewise:
            line = min(region.start.line, vi.last_line(text))
            place(session, vi.first_non_blank(text, line))
        else:
            place(session, region.start)
    elif op == "comment":
        lines = region.lines
        last = lines.stop - 1
        session.view.set_selections(
            (Selection(Pos(lines.start, 0), Pos(last, text.line_length(last))),)
        )
        try:
            toggle_comment_lines(session)
        finally:
            place(session, vi.first_non_blank(text, lines.start))
    elif op in "<>":
        lines = region.lines
        edit(session, shift_changes(session, lines, op == ">", levels))
        place(session, vi.first_non_blank(text, lines.start))
    else:
        if region.linewise:
            start, end = line_ends(text, region)
        else:
            start, end = region.start, region.end
        old = text.text(start, end)
        new = _CASES[op](old)
        if new != old:
            edit(session, [(start, end, new)])
        place(session, cursor if region.linewise else start)
    record(state, change)
    return True


def operate_motion(
    session: Session, op: str, name: str, char: str | None, count: int | None, again: bool = False
) -> bool:
    """Apply `op` over what a motion from the cursor moves over."""
    cursor = session.view.cursor
    jump = target(session, name, char, cursor, count, op, again)
    if jump is None:
        return False
    region = vi.motion_region(session.document.text, cursor, jump.pos, jump.kind)
    change = Change(lambda s, n: operate_motion(s, op, name, char, n, again), count)
    return operate(session, op, region, change)


def operate_lines(session: Session, op: str, count: int | None) -> bool:
    """Apply `op` to `count` whole lines from the cursor's (dd, cc, yy, >>, <<, g~~)."""
    text = session.document.text
    first = session.view.cursor.line
    last = min(first + (count or 1) - 1, vi.last_line(text))
    region = Region(Pos(first, 0), Pos(max(last, first), 0), True)
    change = Change(lambda s, n: operate_lines(s, op, n), count)
    return operate(session, op, region, change)


def object_region(
    session: Session, pos: Pos, extent: str, kind: str, count: int | None
) -> Region | None:
    """The text object `extent` (inner / around) `kind` at `pos`."""
    text = session.document.text
    around = extent == "around"
    if kind in ("word", "big_word"):
        return vi.word_object(text, pos, around, kind == "big_word")
    if kind in _QUOTES:
        return vi.quote_object(text, pos, _QUOTES[kind], around)
    return vi.bracket_object(text, pos, _BRACKETS[kind], around, count or 1)


def operate_object(session: Session, op: str, extent: str, kind: str, count: int | None) -> bool:
    """Apply `op` to a text object at the cursor."""
    region = object_region(session, session.view.cursor, extent, kind, count)
    if region is None:
        return False
    change = Change(lambda s, n: operate_object(s, op, extent, kind, n), count)
    return operate(session, op, region, change)
