"""Multiple cursors (`cursor.add_*`, `cursor.single`): adding a cursor at the next match, at
every match, or on the line above or below, and going back to one.

A newly added cursor becomes the primary one (first in the view's selections), so the view
scrolls to it; overlapping selections are merged (`editor.core.cursors.merge`).
"""

from __future__ import annotations

from editor.commands.search import search_state
from editor.core.cells import display_column
from editor.core.commands import CommandError, command
from editor.core.cursors import all_matches, cursor_beside, in_order, next_match, with_primary
from editor.core.linetools import word_range
from editor.core.search import Query
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos


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
        query = Query(text.text(primary.start, primary.end), case="sensitive")
    else:
        last = search_state(session).query
        if last is None:
            raise CommandError("Select some text or search first")
        query = last
    found = all_matches(text, query)
    if not found:
        raise CommandError(f"No occurrence of {query.text!r}")
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
