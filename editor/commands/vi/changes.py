"""vi's one-key changes: put (p P), join (J), replace a character (r), switch case (~)."""

from __future__ import annotations

from typing import Literal

from editor.commands.vi.cursor import leave_visual, place, vi_cursor
from editor.commands.vi.edits import edit
from editor.commands.vi.state import (
    VISUAL,
    Change,
    drop_reader,
    read_key,
    record,
    take_count,
    vi_state,
)
from editor.commands.vi.visual import visual_operate, visual_put
from editor.core import vi
from editor.core.commands import command
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos, split_fragments


def _put(session: Session, after: bool, count: int | None) -> bool:
    """Put the register after or before the cursor, `count` times."""
    if not session.clipboard:
        session.message("The register is empty")
        return False
    text = session.document.text
    pos = session.view.cursor
    content = "".join(session.clipboard)
    n = count or 1
    if session.clipboard_linewise:
        block = content if vi.without_final_break(content) != content else content + "\n"
        block *= n
        if not after:
            at, new, first = Pos(pos.line, 0), block, pos.line
        elif pos.line + 1 < text.line_count:
            at, new, first = Pos(pos.line + 1, 0), block, pos.line + 1
        else:
            at, new, first = text.end, "\n" + vi.without_final_break(block), pos.line + 1
        edit(session, [(at, at, new)])
        place(session, vi.first_non_blank(text, first))
    else:
        at = vi.char_after(text, pos) if after else pos
        new = content * n
        edit(session, [(at, at, new)])
        single = len(split_fragments(new)) == 1
        place(session, Pos(at.line, at.col + len(new) - 1) if single else at)
    record(vi_state(session), Change(lambda s, c: _put(s, after, c), count))
    return True


@command("vi.put")
def put(session: Session, where: Literal["after", "before"] = "after") -> bool:
    """Put the register after (p) or before (P) the cursor, or over the visual selection.

    Whole lines go below or above the cursor's line."""
    count = take_count(vi_state(session))
    if session.mode in VISUAL:
        return visual_put(session, count)
    return _put(session, where == "after", count)


def _join(session: Session, count: int | None) -> bool:
    """Join `count` lines (at least two) from the cursor's."""
    text = session.document.text
    joined = vi.join_lines(text, session.view.cursor.line, count or 2)
    if joined is None:
        return False
    changes, cursor = joined
    edit(session, changes)
    place(session, cursor)
    record(vi_state(session), Change(_join, count))
    return True


@command("vi.join")
def join(session: Session) -> bool:
    """Join lines with one space between (vi's J); a count joins that many lines.

    In visual mode it joins the selected lines."""
    state = vi_state(session)
    count = take_count(state)
    if session.mode in VISUAL:
        anchor = state.anchor or session.view.cursor
        head = vi_cursor(session)
        leave_visual(session)
        first, last = sorted((anchor.line, head.line))
        session.view.set_selections((Selection.cursor(Pos(first, 0)),))
        return _join(session, last - first + 1)
    return _join(session, count)


def _replace(session: Session, char: str, count: int | None) -> bool:
    """Replace `count` characters from the cursor with `char` (a line break replaces them all)."""
    text = session.document.text
    pos = session.view.cursor
    n = count or 1
    if pos.col + n > text.line_length(pos.line):
        return False
    end = Pos(pos.line, pos.col + n)
    if char == "\n":
        edit(session, [(pos, end, "\n")])
        place(session, Pos(pos.line + 1, 0))
    else:
        edit(session, [(pos, end, char * n)])
        place(session, Pos(pos.line, pos.col + n - 1))
    record(vi_state(session), Change(lambda s, c: _replace(s, char, c), count))
    return True


@command("vi.replace_char")
def replace_char(session: Session, char: str | None = None) -> bool:
    """Replace the character under the cursor (vi's r); a count replaces that many.

    Without `char`, the next key is the character."""
    if char is None:
        read_key(session, lambda typed: session.execute("vi.replace_char", [typed]))
        return True
    drop_reader(session)
    return _replace(session, char, take_count(vi_state(session)))


def _tilde(session: Session, count: int | None) -> bool:
    """Switch the case of `count` characters from the cursor and move past them."""
    text = session.document.text
    pos = session.view.cursor
    end = Pos(pos.line, min(pos.col + (count or 1), text.line_length(pos.line)))
    if end == pos:
        return False
    old = text.text(pos, end)
    if old.swapcase() != old:
        edit(session, [(pos, end, old.swapcase())])
    place(session, end)
    record(vi_state(session), Change(_tilde, count))
    return True


@command("vi.toggle_case")
def toggle_case(session: Session) -> bool:
    """Switch the case under the cursor and move right (vi's ~); a count does that many.

    In visual mode it switches the case of the selection."""
    state = vi_state(session)
    count = take_count(state)
    if session.mode in VISUAL:
        return visual_operate(session, "~", count)
    return _tilde(session, count)
