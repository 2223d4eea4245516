"""Undo and redo (`history.*`)."""

from __future__ import annotations

from editor.core.commands import command
from editor.core.session import Session


@command("history.undo", aliases=("u", "undo"))
def undo(session: Session) -> bool:
    """Undo the last change."""
    selections = session.document.undo()
    if selections is None:
        session.message("Nothing to undo")
        return False
    session.view.set_selections(selections)
    return True


@command("history.redo", aliases=("redo",))
def redo(session: Session) -> bool:
    """Redo the change undone last."""
    selections = session.document.redo()
    if selections is None:
        session.message("Nothing to redo")
        return False
    session.view.set_selections(selections)
    return True
