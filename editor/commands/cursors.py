"""Multiple cursors (`cursor.add_*`, `cursor.block_*`, `cursor.single`): adding a cursor at the
next match, at every match, or on the line above or below, selecting a block of columns, and
going back to one.

A newly added cursor becomes the primary one (first in the view's selections), so the view
scrolls to it; overlapping selections are merged (`editor.core.cursors.merge`). A block
(`editor.core.block`) is one selection per line; the view keeps it so that the next block
command extends it, until any other command changes the selections.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.commands.search import search_state
from editor.core.block import Block, block_from, block_selections, step_column
from editor.core.cells import display_column
from editor.core.commands import CommandError, command
from editor.core.cursors import (
    all_matches,
    all_occurrences,
    cursor_beside,
    in_order,
    next_match,
    with_primary,
)
from editor.core.linetools import word_range
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer


@command("cursor.add_next_match")
def add_next_match(session: Session) -> None:
    """Select the word at the cursor; with a selection, also select the next occurrence of
    its text (going round the text)."""
    view = session.view
    text = view.document.text
    primary = view.selection
    if primary.empty:
        found = word_range(text.line(primary.head.line), primary.head.col)
        if found is None:
            raise CommandError("No word at the cursor")
        line = primary.head.line
        word = Selection(Pos(line, found[0]), Pos(line, found[1]))
        view.set_selections(with_primary(word, view.selections[1:]))
        return
    needle = text.text(primary.start, primary.end)
    added = next_match(text, needle, view.selections)
    if added is None:
        session.message(f"No other occurrence of {needle!r}")
        return
    view.set_selections(with_primary(added, view.selections))


@command("cursor.add_all_matches")
def add_all_matches(session: Session) -> None:
    """Select every occurrence of the selected text (or of the last search)."""
    view = session.view
    text = view.document.text
    primary = view.selection
    if not primary.empty:
        needle = text.text(primary.start, primary.end)
        found = all_occurrences(text, needle)
    else:
        last = search_state(session).query
        if last is None:
            raise CommandError("Select some text or search first")
        needle = last.text
        found = all_matches(text, last)
    if not found:
        raise CommandError(f"No occurrence of {needle!r}")
    first = next((s for s in found if s.start <= primary.start < s.end or s == primary), found[0])
    view.set_selections(with_primary(first, tuple(found)))
    session.message(f"{len(found)} selections")


def _add_beside(session: Session, lines: int) -> None:
    """Add a cursor `lines` lines from the top-most (up) or bottom-most (down) cursor, at the
    goal display column."""
    view = session.view
    text = view.document.text
    tab = session.settings["tab_width"]
    ordered = in_order(view.selections)
    edge = (ordered[0] if lines < 0 else ordered[-1]).head
    goal = view.goal_column
    if goal is None:
        goal = display_column(text.line(view.cursor.line), view.cursor.col, tab)
    target = cursor_beside(text, edge, lines, goal, tab)
    if target is None:
        return
    view.set_selections(with_primary(Selection.cursor(target), view.selections), keep_goal=True)
    view.goal_column = goal


@command("cursor.add_above")
def add_above(session: Session) -> None:
    """Add a cursor on the line above the top-most cursor, at the same display column."""
    _add_beside(session, -1)


@command("cursor.add_below")
def add_below(session: Session) -> None:
    """Add a cursor on the line below the bottom-most cursor, at the same display column."""
    _add_beside(session, 1)


@command("cursor.single")
def single(session: Session) -> None:
    """Keep only the primary cursor (and its selection)."""
    view = session.view
    view.set_selections((view.selection,))


def _block(session: Session, move: Callable[[Block, TextBuffer, int], Block]) -> None:
    """Move the moving corner of the column selection being made (a new one from the primary
    selection's anchor and head when there is none) and select the block."""
    view = session.view
    text = view.document.text
    tab = session.settings["tab_width"]
    block = view.current_block() or block_from(text, view.selection, tab)
    block = move(block, text, tab)
    view.set_block(block, block_selections(text, block, tab))


def _vertical(lines: int) -> Callable[[Block, TextBuffer, int], Block]:
    def move(block: Block, text: TextBuffer, tab: int) -> Block:
        line = min(max(block.line + lines, 0), text.line_count - 1)
        return block.moved_to(line, block.column)

    return move


def _horizontal(step: int) -> Callable[[Block, TextBuffer, int], Block]:
    def move(block: Block, text: TextBuffer, tab: int) -> Block:
        return block.moved_to(block.line, step_column(text.line(block.line), block.column, step, tab))

    return move


@command("cursor.block_up")
def block_up(session: Session) -> None:
    """Column selection: move the block's moving corner one line up."""
    _block(session, _vertical(-1))


@command("cursor.block_down")
def block_down(session: Session) -> None:
    """Column selection: move the block's moving corner one line down."""
    _block(session, _vertical(1))


@command("cursor.block_left")
def block_left(session: Session) -> None:
    """Column selection: move the block's moving corner one character left."""
    _block(session, _horizontal(-1))


@command("cursor.block_right")
def block_right(session: Session) -> None:
    """Column selection: move the block's moving corner one character right (past the end of
    its line, one column)."""
    _block(session, _horizontal(1))


@command("cursor.block_start")
def block_start(session: Session, line: int, column: int) -> None:
    """Place one cursor at a 0-based line and display column and start a column selection
    there (used by Alt+click)."""
    view = session.view
    text = view.document.text
    line = min(max(line, 0), text.line_count - 1)
    block = Block(line, max(column, 0), line, max(column, 0))
    view.set_block(block, block_selections(text, block, session.settings["tab_width"]))


@command("cursor.block_to")
def block_to(session: Session, line: int, column: int) -> None:
    """Extend the column selection to a 0-based line and display column (used by Alt+drag)."""
    line = min(max(line, 0), session.view.document.text.line_count - 1)
    _block(session, lambda block, text, tab: block.moved_to(line, column))
