"""Cursor motions (`cursor.*`) and the same motions extending the selection (`select.*`)."""

from __future__ import annotations

from collections.abc import Callable

from editor.core import motion
from editor.core.cells import column_at, display_column
from editor.core.commands import CommandError, command
from editor.core.cursors import merge
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer
from editor.core.view import View
from editor.core.viewport import Viewport

Target = Callable[[View, Pos], Pos]


def _move(session: Session, target: Target, extend: bool, collapse: str = "") -> None:
    """Move every selection's head to `target`; extend keeps the anchor. Without extend, a
    non-empty selection collapses to its start or end when `collapse` says so."""
    view = session.view
    moved = []
    for selection in view.selections:
        if not extend and not selection.empty and collapse:
            moved.append(Selection.cursor(selection.start if collapse == "start" else selection.end))
            continue
        head = target(view, selection.head)
        moved.append(Selection(selection.anchor if extend else head, head))
    view.set_selections(merge(tuple(moved)))


def _vertical(session: Session, lines: int, extend: bool) -> None:
    """Move by whole lines, keeping the display column the cursor had before it started (with
    several cursors, each keeps its own current column)."""
    view = session.view
    text = view.document.text
    tab = session.settings["tab_width"]
    goal = view.goal_column
    if goal is None:
        goal = display_column(text.line(view.cursor.line), view.cursor.col, tab)
    moved = []
    for selection in view.selections:
        head = selection.head
        line = min(max(head.line + lines, 0), text.line_count - 1)
        column = goal
        if len(view.selections) > 1:
            column = display_column(text.line(head.line), head.col, tab)
        if line == head.line:
            target = Pos(line, 0) if lines < 0 else motion.line_end(text, head)
        else:
            target = Pos(line, column_at(text.line(line), column, tab))
        moved.append(Selection(selection.anchor if extend else target, target))
    view.set_selections(merge(tuple(moved)), keep_goal=True)
    view.goal_column = goal


def _on_text(func: Callable[[TextBuffer, Pos], Pos]) -> Target:
    return lambda view, pos: func(view.document.text, pos)


_MOTIONS: dict[str, tuple[Target, str, str]] = {
    "left": (_on_text(motion.char_left), "start", "One character left"),
    "right": (_on_text(motion.char_right), "end", "One character right"),
    "word_left": (_on_text(motion.word_left), "", "To the start of the previous word"),
    "word_right": (_on_text(motion.word_right), "", "To the end of the next word"),
    "line_start": (_on_text(motion.smart_home), "", "To the first non-blank, then to column 1"),
    "line_end": (_on_text(motion.line_end), "", "To the end of the line"),
    "file_start": (lambda view, pos: Pos(0, 0), "", "To the start of the file"),
    "file_end": (lambda view, pos: view.document.text.end, "", "To the end of the file"),
}


def _register_motion(name: str, target: Target, collapse: str, help_text: str) -> None:
    def move(session: Session) -> None:
        _move(session, target, False, collapse)

    def select(session: Session) -> None:
        _move(session, target, True)

    move.__doc__ = f"Move the cursor: {help_text.lower()}."
    select.__doc__ = f"Extend the selection: {help_text.lower()}."
    command(f"cursor.{name}")(move)
    command(f"select.{name}")(select)


for _name, (_target, _collapse, _help) in _MOTIONS.items():
    _register_motion(_name, _target, _collapse, _help)


def _register_vertical(
    name: str, help_text: str, lines: Callable[[View], int], scrolls: bool = False
) -> None:
    """Register cursor.NAME and select.NAME; page motions also scroll the view by as much, so
    the cursor keeps its row on screen."""

    def run(session: Session, extend: bool) -> None:
        view = session.view
        count = lines(view)
        _vertical(session, count, extend)
        if scrolls:
            last_top = max(view.document.text.line_count - view.height, 0)
            view.top_line = min(max(view.top_line + count, 0), last_top)

    def move(session: Session) -> None:
        run(session, False)

    def select(session: Session) -> None:
        run(session, True)

    move.__doc__ = f"Move the cursor {help_text}."
    select.__doc__ = f"Extend the selection {help_text}."
    command(f"cursor.{name}")(move)
    command(f"select.{name}")(select)


_register_vertical("up", "one line up", lambda view: -1)
_register_vertical("down", "one line down", lambda view: 1)
_register_vertical("page_up", "one screen up", lambda view: -max(view.height - 1, 1), True)
_register_vertical("page_down", "one screen down", lambda view: max(view.height - 1, 1), True)


def _screen_vertical(session: Session, rows: int, extend: bool) -> None:
    """Move by screen rows: through a soft-wrapped line row by row, keeping the column the
    cursor had within its row; without wrap this is the same as moving by lines."""
    view = session.view
    viewport = Viewport(view, session.settings)
    goal = view.goal_column
    if goal is None:
        goal = viewport.goal_in_row(view.cursor)
    moved = []
    for selection in view.selections:
        column = goal if len(view.selections) == 1 else viewport.goal_in_row(selection.head)
        target = viewport.screen_move(selection.head, rows, column)
        if target == selection.head:
            text = view.document.text
            target = Pos(target.line, 0) if rows < 0 else motion.line_end(text, target)
        moved.append(Selection(selection.anchor if extend else target, target))
    view.set_selections(merge(tuple(moved)), keep_goal=True)
    view.goal_column = goal


def _register_screen(name: str, help_text: str, rows: int) -> None:
    def move(session: Session) -> None:
        _screen_vertical(session, rows, False)

    def select(session: Session) -> None:
        _screen_vertical(session, rows, True)

    move.__doc__ = f"Move the cursor {help_text}."
    select.__doc__ = f"Extend the selection {help_text}."
    command(f"cursor.{name}")(move)
    command(f"select.{name}")(select)


_register_screen("screen_up", "one screen row up (through wrapped lines)", -1)
_register_screen("screen_down", "one screen row down (through wrapped lines)", 1)


@command("cursor.goto_line")
def goto_line(session: Session, line: int, column: int = 1) -> None:
    """Go to a line (and column), counting from 1; negative lines count from the end."""
    text = session.document.text
    if line < 0:
        line = text.line_count + 1 + line
    if line == 0:
        raise CommandError("lines are numbered from 1")
    session.view.set_selections((Selection.cursor(text.clamp(Pos(line - 1, column - 1))),))


@command("cursor.goto")
def goto(session: Session, line: int, column: int) -> None:
    """Place the cursor at a 0-based line and column (used by mouse clicks)."""
    text = session.document.text
    session.view.set_selections((Selection.cursor(text.clamp(Pos(line, column))),))


@command("select.to")
def select_to(session: Session, line: int, column: int) -> None:
    """Extend the selection to a 0-based line and column (used by mouse drags)."""
    view = session.view
    head = view.document.text.clamp(Pos(line, column))
    view.set_selections((Selection(view.selection.anchor, head),))


@command("select.all")
def select_all(session: Session) -> None:
    """Select the whole text."""
    text = session.document.text
    session.view.set_selections((Selection(Pos(0, 0), text.end),))


@command("select.none")
def select_none(session: Session) -> None:
    """Drop the extra cursors; with one cursor, drop the selection, keeping the cursor."""
    view = session.view
    if len(view.selections) > 1:
        view.set_selections((view.selection,))
    else:
        view.set_selections((Selection.cursor(view.cursor),))
