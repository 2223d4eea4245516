"""Text editing commands (`edit.*`): typing, deleting, new lines, indentation.

Every command here builds a list of (start, end, new text) changes over the current selections
and hands them to `Document.apply_changes`, so each command is one undo step (typing merges
word by word).
"""

from __future__ import annotations

from editor.core import linetools, motion
from editor.core.commands import command
from editor.core.cursors import merge
from editor.core.document import Change
from editor.core.selection import Selection, Selections
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer


def _apply(session: Session, changes: list[Change], group: str = "",
           after: Selections | None = None) -> None:
    view = session.view
    moved = view.document.apply_changes(changes, view.selections, group)
    view.set_selections(merge(after if after is not None else moved))


@command("edit.insert", typing=True)
def insert(session: Session, text: str) -> None:
    """Type text at every cursor, replacing what is selected."""
    changes = [(s.start, s.end, text) for s in session.view.selections]
    _apply(session, changes, "insert")


@command("edit.newline", typing=True)
def newline(session: Session) -> None:
    """Break the line at the cursor, keeping its indentation (one level more after an opening
    bracket, or ":" in Python, YAML...); between a bracket pair the closer gets its own line."""
    document = session.document
    text = document.text
    unit = session.settings["indent"]
    changes = []
    paired = []
    for s in session.view.selections:
        line = text.line(s.start.line)
        before = line[: s.start.col]
        after = text.line(s.end.line)[s.end.col :]
        indent = line[: min(motion.indent_end(line), s.start.col)]
        if not linetools.opens_block(before, document.syntax.language):
            changes.append((s.start, s.end, "\n" + indent))
            paired.append(False)
        elif linetools.closes_pair(before, after):
            end = Pos(s.end.line, s.end.col + len(after) - len(after.lstrip()))
            changes.append((s.start, end, "\n" + indent + unit + "\n" + indent))
            paired.append(True)
        else:
            changes.append((s.start, s.end, "\n" + indent + unit))
            paired.append(False)
    view = session.view
    moved = document.apply_changes(changes, view.selections, "insert")
    view.set_selections(merge(tuple(
        Selection.cursor(Pos(m.head.line - 1, m.head.col + len(unit))) if pair else m
        for m, pair in zip(moved, paired)
    )))


def _delete(session: Session, target, group: str) -> None:
    text = session.document.text
    changes = []
    for s in session.view.selections:
        if s.empty:
            other = target(text, s.head)
            changes.append((min(other, s.head), max(other, s.head), ""))
        else:
            changes.append((s.start, s.end, ""))
    changes = [change for change in changes if change[0] != change[1]]
    if changes:
        _apply(session, changes, group)


@command("edit.backspace", typing=True)
def backspace(session: Session) -> None:
    """Delete the selection, or the character before the cursor (joining lines at column 1)."""
    _delete(session, motion.char_left, "backspace")


@command("edit.delete", typing=True)
def delete(session: Session) -> None:
    """Delete the selection, or the character after the cursor (joining lines at the end)."""
    _delete(session, motion.char_right, "delete")


@command("edit.delete_word_left")
def delete_word_left(session: Session) -> None:
    """Delete the selection, or back to the start of the word."""
    _delete(session, motion.word_left, "")


@command("edit.delete_word_right")
def delete_word_right(session: Session) -> None:
    """Delete the selection, or forward to the end of the word."""
    _delete(session, motion.word_right, "")


def _line_span(text: TextBuffer, selection: Selection) -> range:
    """The lines a selection touches (a selection ending at column 0 leaves that line out)."""
    start, end = selection.start, selection.end
    last = end.line - 1 if end.col == 0 and end.line > start.line else end.line
    return range(start.line, last + 1)


@command("edit.delete_line")
def delete_line(session: Session) -> None:
    """Delete the lines the selections touch."""
    text = session.document.text
    changes = []
    for s in session.view.selections:
        lines = _line_span(text, s)
        if lines.stop < text.line_count:
            changes.append((Pos(lines.start, 0), Pos(lines.stop, 0), ""))
        elif lines.start > 0:
            start = Pos(lines.start - 1, text.line_length(lines.start - 1))
            changes.append((start, text.end, ""))
        else:
            changes.append((Pos(0, 0), text.end, ""))
    _apply(session, changes)


@command("edit.indent")
def indent(session: Session) -> None:
    """Indent the selected lines one level, or insert indentation at the cursor."""
    text = session.document.text
    unit = session.settings["indent"]
    selections = session.view.selections
    if all(s.empty or s.start.line == s.end.line for s in selections):
        changes = []
        for s in selections:
            width = len(unit) if unit != "\t" else 1
            fill = unit if unit == "\t" else " " * (width - s.start.col % width)
            changes.append((s.start, s.end, fill))
        _apply(session, changes, "insert")
        return
    lines = sorted({n for s in selections for n in _line_span(text, s)})
    changes = [(Pos(n, 0), Pos(n, 0), unit) for n in lines if text.line(n).strip()]
    _apply(session, changes, after=_shift_lines(session, unit_len=len(unit)))


@command("edit.dedent")
def dedent(session: Session) -> None:
    """Remove one level of indentation from the lines the selections touch."""
    text = session.document.text
    unit = session.settings["indent"]
    tab = session.settings["tab_width"]
    changes = []
    lines = sorted({n for s in session.view.selections for n in _line_span(text, s)})
    for n in lines:
        line = text.line(n)
        if line.startswith("\t"):
            cut = 1
        else:
            width = tab if unit == "\t" else len(unit)
            cut = min(len(line) - len(line.lstrip(" ")), width)
        if cut:
            changes.append((Pos(n, 0), Pos(n, cut), ""))
    if changes:
        _apply(session, changes)


def _shift_lines(session: Session, unit_len: int) -> Selections:
    """Selections moved right by an indent on every line that gets one, covering whole lines."""
    text = session.document.text
    result = []
    for s in session.view.selections:
        def shift(pos: Pos) -> Pos:
            return Pos(pos.line, pos.col + unit_len) if pos.col and text.line(pos.line).strip() else pos
        result.append(Selection(shift(s.anchor), shift(s.head)))
    return tuple(result)


@command("edit.paste_text")
def paste_text(session: Session, text: str) -> None:
    """Insert pasted text as it is, as one undo step (used for bracketed paste)."""
    changes = [(s.start, s.end, text) for s in session.view.selections]
    _apply(session, changes)
