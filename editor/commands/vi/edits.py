"""Applying vi's changes to the buffer, and the register they fill."""

from __future__ import annotations

from editor.core import vi
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer
from editor.core.vi import Region


def edit(session: Session, changes: list[vi.Change]) -> None:
    """Apply changes to the focused buffer as one undo step, leaving out those that change nothing."""
    view = session.view
    changes = [change for change in changes if change[0] != change[1] or change[2]]
    if changes:
        view.set_selections(view.document.apply_changes(changes, view.selections))


def yank(session: Session, text: str, linewise: bool) -> None:
    """Put text in the register (ted's clipboard)."""
    session.clipboard = [text]
    session.clipboard_linewise = linewise


def shift_changes(session: Session, lines: range, right: bool, levels: int) -> list[vi.Change]:
    """Indent (or dedent) `lines` by `levels` indentation units; blank lines stay as they are."""
    text = session.document.text
    unit = session.settings["indent"]
    width = session.settings["tab_width"] if unit == "\t" else len(unit)
    changes: list[vi.Change] = []
    for number in lines:
        line = text.line(number)
        if right:
            if line.strip():
                changes.append((Pos(number, 0), Pos(number, 0), unit * levels))
            continue
        cut = 0
        for _ in range(levels):
            rest = line[cut:]
            if rest.startswith("\t"):
                cut += 1
            else:
                cut += min(len(rest) - len(rest.lstrip(" ")), width)
        if cut:
            changes.append((Pos(number, 0), Pos(number, cut), ""))
    return changes


def line_ends(text: TextBuffer, region: Region) -> tuple[Pos, Pos]:
    """From the start of a region's first line to the end of its last."""
    return Pos(region.start.line, 0), Pos(region.end.line, text.line_length(region.end.line))
