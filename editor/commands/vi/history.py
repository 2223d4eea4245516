"""vi's undo (u), redo (c-r) and repeat (.)."""

from __future__ import annotations

from editor.commands.vi.cursor import settle
from editor.commands.vi.insert import replay
from editor.commands.vi.modes import escape
from editor.commands.vi.state import take_count, vi_state
from editor.core.commands import command
from editor.core.selection import Selection
from editor.core.session import Session


def _history_step(session: Session, redo: bool) -> bool:
    """Undo (or redo) count steps; the cursor goes to where the last of them changed text."""
    count = take_count(vi_state(session)) or 1
    document = session.document
    moved = None
    for _ in range(count):
        undone = document.history.last
        if (document.redo() if redo else document.undo()) is None:
            break
        step = document.history.last if redo else undone
        if step is not None and step.edits:
            moved = min(edit.start for edit in step.edits)
    if moved is None:
        session.message("Already at the newest change" if redo else "Already at the oldest change")
        return False
    session.view.set_selections((Selection.cursor(document.text.clamp(moved)),))
    settle(session)
    return True


@command("vi.undo")
def undo(session: Session) -> bool:
    """Undo the last change (vi's u); a count undoes that many."""
    return _history_step(session, redo=False)


@command("vi.redo")
def redo(session: Session) -> bool:
    """Redo the last change undone (vi's c-r); a count redoes that many."""
    return _history_step(session, redo=True)


@command("vi.repeat")
def repeat(session: Session) -> bool:
    """Repeat the last change, with what was typed in it (vi's .); a count replaces its count."""
    state = vi_state(session)
    count = take_count(state)
    change = state.last_change
    if change is None:
        session.message("No change to repeat")
        return False
    if count is not None:
        change.count = count
    document = session.document
    mark = document.history.current
    state.replaying = True
    try:
        change.action(session, change.count)
        if state.insert is not None:
            state.insert.change.typed = list(change.typed)
            replay(session, change.typed)
            escape(session)
    finally:
        state.replaying = False
    document.history.merge_since(mark)
    return True
