"""Undo, redo and moving through the undo tree (`history.*`).

`history.earlier` / `history.later` step through every revision in the order they were made
(undone branches too), by a count or a duration; `history.list` shows the recent revisions in a
read-only buffer, and `history.goto N` brings the text to any of them. `history.forget` deletes
the copy of a file's history that `persistent_undo` keeps across sessions.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from editor.commands.help import show_scratch
from editor.core import undo_store
from editor.core.commands import CommandError, command
from editor.core.document import Document
from editor.core.edits import Transaction
from editor.core.history import AmountError, History, parse_amount
from editor.core.selection import Selections
from editor.core.session import Session

LISTED = 100  # revisions shown by history.list
SUMMARY = 24  # characters of changed text shown per revision

# Each open history list, with the document whose history it shows.
_lists: weakref.WeakKeyDictionary[Document, Document] = weakref.WeakKeyDictionary()


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


def _subject(session: Session) -> Document:
    """The document whose history is meant: in a history list, the one it lists."""
    document = session.document
    source = _lists.get(document)
    if source is None:
        return document
    if source not in session.documents:
        raise CommandError(f"{document.name} lists a buffer that is closed")
    return source


def _arrive(session: Session, document: Document, selections: Selections) -> None:
    """Show `document` (when a history list was in front) with the selections of the revision
    reached, and say where in the history it is."""
    if session.document is not document:
        session.show(document)
    session.view.set_selections(selections)
    history = document.history
    session.message(f"Revision {history.current} of {len(history.revisions) - 1}")


def _move(session: Session, amount: str, backward: bool) -> bool:
    """Go back or forward through the revisions by a count or a duration."""
    try:
        parsed = parse_amount(amount)
    except AmountError as error:
        raise CommandError(str(error)) from error
    document = _subject(session)
    history = document.history
    if parsed.seconds is not None:
        by_time = history.earlier_by if backward else history.later_by
        target = by_time(parsed.seconds)
    else:
        by_steps = history.earlier if backward else history.later
        target = by_steps(parsed.steps)
    selections = document.goto(target)
    if selections is None:
        session.message(f"Already at the {'oldest' if backward else 'newest'} change")
        return False
    _arrive(session, document, selections)
    return True


@command("history.earlier", aliases=("earlier",))
def earlier(session: Session, amount: str = "1") -> bool:
    """Go back through every revision in time order: a count (3) or a duration (10s, 2m, 1h)."""
    return _move(session, amount, backward=True)


@command("history.later", aliases=("later",))
def later(session: Session, amount: str = "1") -> bool:
    """Go forward through every revision in time order: a count (3) or a duration (10s, 2m, 1h)."""
    return _move(session, amount, backward=False)


def age(seconds: float) -> str:
    """How long ago, roughly: "12 s ago", "3 min ago", "2 h ago", "4 d ago"."""
    whole = max(int(seconds), 0)
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if whole >= size:
            return f"{whole // size} {unit} ago"
    return f"{whole} s ago"


def _clip(text: str) -> str:
    """`text` quoted on one line, cut to SUMMARY characters."""
    flat = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n").replace("\t", "\\t")
    if len(flat) > SUMMARY:
        flat = flat[: SUMMARY - 1] + "…"
    return f'"{flat}"'


def summary(transaction: Transaction | None) -> str:
    """The start of what a revision changed: +"added", -"removed", or -"old" +"new"."""
    if transaction is None:
        return "(the text as loaded)"
    edits = [edit for edit in transaction.edits if edit.old != edit.new]
    if not edits:
        return "(no change)"
    first = edits[0]
    old, new = "".join(first.old), "".join(first.new)
    parts = ([f"-{_clip(old)}"] if old else []) + ([f"+{_clip(new)}"] if new else [])
    more = f" and {len(edits) - 1} more" if len(edits) > 1 else ""
    return " ".join(parts) + more


def history_listing(name: str, history: History) -> str:
    """The text of `history.list`: the newest revisions first, ">" on the current one."""
    now = history.clock()
    newest = len(history.revisions) - 1
    lines = [
        f"Undo history of {name}: at revision {history.current} of {newest}, newest first",
        "history.goto N goes to revision N (here, with no N: the one on the cursor's line)",
        "",
    ]
    width = len(str(newest))
    for number in range(newest, max(newest - LISTED, -1), -1):
        revision = history.revisions[number]
        mark = ">" if number == history.current else " "
        saved = "  (saved)" if number == history.saved else ""
        when = age(now - revision.time)
        lines.append(
            f"{mark} {number:>{width}}  {when:<11} {summary(revision.transaction)}{saved}"
        )
    return "\n".join(lines) + "\n"


@command("history.list", aliases=("undolist",))
def list_revisions(session: Session) -> None:
    """List the recent revisions (undone branches too) in a read-only buffer."""
    document = _subject(session)
    listing = history_listing(document.name, document.history)
    shown = show_scratch(session, f"[history {document.name}]", listing)
    _lists[shown] = document
    session.message("history.goto N (or with no N, the revision on the cursor's line)")


def _number_at_cursor(session: Session) -> int:
    """The revision number on the cursor's line of a history list."""
    line = session.document.text.line(session.view.selections[-1].head.line)
    words = line.lstrip(" >").split(maxsplit=1)
    if not words or not words[0].isdigit():
        raise CommandError("no revision on this line")
    return int(words[0])


@command("history.goto")
def goto(session: Session, revision: int | None = None) -> bool:
    """Bring the text to revision N of the undo tree (as numbered by history.list)."""
    if revision is None:
        if session.document not in _lists:
            raise CommandError("history.goto needs a revision number (see history.list)")
        revision = _number_at_cursor(session)
    document = _subject(session)
    if not 0 <= revision < len(document.history.revisions):
        raise CommandError(f"no revision {revision} (0 to {len(document.history.revisions) - 1})")
    selections = document.goto(revision)
    if selections is None:
        session.message(f"Already at revision {revision}")
        return False
    _arrive(session, document, selections)
    return True


@command("history.forget")
def forget(session: Session) -> bool:
    """Delete the undo history kept for this file across sessions (see persistent_undo)."""
    document = _subject(session)
    if document.path is None:
        raise CommandError(f"{document.name} is not a file: no undo history is kept for it")
    try:
        removed = undo_store.forget(document)
    except (OSError, undo_store.UndoStoreError) as error:
        raise CommandError(f"cannot forget the undo history of {document.name}: {error}") from None
    if removed:
        session.message(f"Forgot the undo history kept for {document.name}")
    else:
        session.message(f"No undo history is kept for {document.name}")
    return True
