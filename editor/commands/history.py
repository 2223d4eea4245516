"""Undo and redo (`history.*`)."""

from __future__ import annotations

from collections.abc import Callable

from editor.core.commands import command
from editor.core.selection import Selections
from editor.core.session import Session


def _step(session: Session, step: Callable[[], Selections | None], nothing: str) -> bool:
    """Take one step through the history and put the selections where that step left them."""
    selections = step()
    if selections is None:
        session.message(nothing)
        return False
    session.view.set_selections(selections)
    return True


@command("history.undo", aliases=("u", "undo"))
def undo(session: Session) -> bool:
    """Undo the last change."""
    return _step(session, session.document.undo, "Nothing to undo")


@command("history.redo", aliases=("redo",))
def redo(session: Session) -> bool:
    """Redo the change undone last."""
    return _step(session, session.document.redo, "Nothing to redo")
