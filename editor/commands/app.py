"""Leaving the editor and running command lines (`app.*`)."""

from __future__ import annotations

from editor.commands.file import save_or_ask_name
from editor.core.commands import command
from editor.core.prompt_history import COMMAND_LINE
from editor.core.session import Session


@command("app.quit", aliases=("q", "quit"))
async def quit_editor(session: Session) -> bool:
    """Quit; with unsaved buffers, list them and ask whether to save them first."""
    unsaved = [document for document in session.documents if document.modified]
    if len(unsaved) == 1:
        question = f"Save changes to {unsaved[0].name}? (y/n/Esc)"
    else:
        names = ", ".join(document.name for document in unsaved)
        question = f"{len(unsaved)} unsaved buffers: {names}. Save all (y), discard all (n), cancel (Esc)?"
    if unsaved:
        answer = await session.port.ask(question, "yn")
        if answer is None:
            session.message("Quit cancelled")
            return False
        if answer == "y":
            for document in unsaved:
                if not await save_or_ask_name(session, document):
                    return False
    session.quit(0)
    return True


@command("app.save_quit", aliases=("wq", "x"))
async def save_quit(session: Session) -> bool:
    """Save the current file and quit."""
    document = session.document
    if document.modified or document.path is None or not document.path.exists():
        if not await save_or_ask_name(session, document):
            return False
    return await quit_editor(session)


@command("app.quit_discard", aliases=("q!", "quit!"))
def quit_discard(session: Session) -> None:
    """Quit without saving anything."""
    session.quit(0)


@command("app.abort", aliases=("cq",))
def abort(session: Session) -> None:
    """Quit without saving and exit with status 1 (makes git abort the commit)."""
    session.quit(1)


@command("app.command_line")
async def command_line(session: Session) -> bool:
    """Type a command line and run it (for example `cursor.goto_line 120`)."""
    line = await session.port.prompt("Command: ", history=COMMAND_LINE)
    if not line:
        return False
    result = session.run(line)
    if not isinstance(result, bool):
        result = await result
    return result
