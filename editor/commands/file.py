"""Saving files (`file.*`).

Saving never guesses: a read-only file, a file changed on disk by someone else, or an existing
file under a new name each asks first. A failed save leaves the buffer modified and says which
file failed and why. With `persistent_undo` on, each successful save also stores the file's undo
tree (`editor.core.undo_store`); a problem there is told in the save message and never fails
the save.
"""

from __future__ import annotations

import logging
from pathlib import Path

from editor.core import undo_store
from editor.core.commands import CommandError, command
from editor.core.document import Document
from editor.core.editorconfig import fix_before_save
from editor.core.files import ExternalChangeError, save_document
from editor.core.safesave import SaveError
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos

log = logging.getLogger(__name__)


async def save_to(session: Session, document: Document, path: Path | None = None) -> bool:
    """Save `document` (to `path` when given), asking about read-only and changed files."""
    target = path or document.path
    if target is None:
        raise CommandError("No file name: use file.save_as")
    override = False
    if document.read_only_file and (path is None or path == document.path):
        answer = await session.port.ask(
            f"{target.name} is read-only: overwrite (o), save as (a), cancel (Esc)?",
            "oa",
        )
        if answer == "a":
            return await save_as_prompt(session, document)
        if answer != "o":
            session.message("Not saved")
            return False
        override = True
    fixed = _fix_for_editorconfig(session, document)
    saved = await _write(session, document, target, path, override)
    if fixed and not saved:
        document.undo()  # a failed save leaves the text as it was
    return saved


def _fix_for_editorconfig(session: Session, document: Document) -> bool:
    """Apply .editorconfig's trim_trailing_whitespace and insert_final_newline (one undo step);
    True when that changed the text."""
    view = next((v for v in session.views if v.document is document), None)
    selections = view.selections if view is not None else (Selection.cursor(Pos(0, 0)),)
    moved = fix_before_save(document, selections)
    if moved is not None and view is not None:
        view.set_selections(moved)
    return moved is not None


async def _write(
    session: Session, document: Document, target: Path, path: Path | None, override: bool
) -> bool:
    """Write the document, asking before overwriting a file changed on disk."""
    overwrite_changed = False
    while True:
        try:
            result = save_document(
                document,
                path,
                override_readonly=override,
                overwrite_changed=overwrite_changed,
            )
        except ExternalChangeError:
            answer = await session.port.ask(
                f"{target.name} changed on disk since it was opened. Overwrite it? (y/n)", "yn"
            )
            if answer != "y":
                session.message("Not saved: the file on disk was left as it is")
                return False
            overwrite_changed = True
            continue
        except SaveError as error:
            session.message(str(error), error=True)
            return False
        break
    lines = document.text.line_count
    problem = _keep_history(session, document)
    kept = f"; undo history not kept: {problem}" if problem else ""
    session.message(f"Saved {result.path.name}: {lines} lines, {result.stat.st_size} bytes{kept}")
    return True


def _keep_history(session: Session, document: Document) -> str:
    """With `persistent_undo`, store the undo tree of the file just saved; returns a problem to
    add to the save message ("" when none). Never raises: the file is saved either way."""
    if not session.settings.get("persistent_undo"):
        return ""
    try:
        problem = undo_store.keep(document, saved_now=True)
    except Exception:  # noqa: BLE001 - the file is saved; its undo store must not undo that
        log.exception("keeping the undo history of %s failed", document.path)
        return "an internal error (see the log)"
    if problem:
        log.warning("undo history of %s not kept: %s", document.path, problem)
    return problem


async def save_or_ask_name(session: Session, document: Document) -> bool:
    """Save `document` to its file, or ask for a name when it has none."""
    if document.path is None:
        return await save_as_prompt(session, document)
    return await save_to(session, document)


async def save_as_prompt(session: Session, document: Document) -> bool:
    """Ask for a file name and save `document` under it."""
    answer = await session.port.prompt("Save as: ", str(document.path or ""), paths=True)
    if not answer:
        session.message("Not saved")
        return False
    return await _save_as(session, document, Path(answer).expanduser())


async def _save_as(session: Session, document: Document, path: Path) -> bool:
    if path.is_dir():
        raise CommandError(f"{path} is a directory")
    if path.exists() and path != document.path:
        answer = await session.port.ask(f"{path.name} exists. Overwrite it? (y/n)", "yn")
        if answer != "y":
            session.message("Not saved")
            return False
    return await save_to(session, document, path)


@command("file.save", aliases=("w", "write"))
async def save(session: Session) -> bool:
    """Save the file (asking for a name if it has none)."""
    return await save_or_ask_name(session, session.document)


@command("file.save_as", aliases=("saveas",))
async def save_as(session: Session, path: Path) -> bool:
    """Save the file under another name and keep editing it there."""
    return await _save_as(session, session.document, path)
