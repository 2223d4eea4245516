"""Open buffers: opening files, switching between buffers and closing them (`buffer.*`)."""

from __future__ import annotations

from pathlib import Path

from editor.commands.file import save_or_ask_name
from editor.core.commands import CommandError, command
from editor.core.document import Document
from editor.core.files import OpenError, load_document
from editor.core.session import Session


@command("file.open", aliases=("e", "edit", "open"))
def open_file(session: Session, path: Path) -> None:
    """Open a file in a new buffer (or switch to it when it is open already)."""
    resolved = path.resolve()
    for document in session.documents:
        if document.path is not None and document.path.resolve() == resolved:
            session.show(document)
            return
    try:
        document = load_document(path)
    except OpenError as error:
        raise CommandError(str(error)) from None
    session.add_document(document)


@command("buffer.new", aliases=("new",))
def new(session: Session) -> None:
    """Open a new unnamed buffer."""
    session.add_document(Document())


def _step(session: Session, step: int) -> None:
    documents = session.documents
    index = documents.index(session.document)
    session.show(documents[(index + step) % len(documents)])


@command("buffer.next", aliases=("bn", "bnext"))
def next_buffer(session: Session) -> None:
    """Show the next buffer in this pane."""
    _step(session, 1)


@command("buffer.previous", aliases=("bp", "bprevious"))
def previous_buffer(session: Session) -> None:
    """Show the previous buffer in this pane."""
    _step(session, -1)


def buffer_labels(session: Session) -> list[str]:
    """`N:NAME` for each buffer, with `+` after modified ones."""
    return [
        f"{number}:{document.name}{'+' if document.modified else ''}"
        for number, document in enumerate(session.documents, 1)
    ]


@command("buffer.switch", aliases=("b", "buffer"))
def switch(session: Session, buffer: str) -> None:
    """Show a buffer, chosen by number or by (part of) its name."""
    session.show(find_buffer(session, buffer))


def find_buffer(session: Session, wanted: str) -> Document:
    """The buffer numbered `wanted`, else the only one whose name contains it."""
    documents = session.documents
    if wanted.isdigit():
        number = int(wanted)
        if 1 <= number <= len(documents):
            return documents[number - 1]
        raise CommandError(f"There is no buffer {number} (1..{len(documents)})")
    exact = [d for d in documents if d.name == wanted]
    found = exact or [d for d in documents if wanted.lower() in d.name.lower()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise CommandError(f"No buffer matches {wanted!r}")
    raise CommandError(f"{wanted!r} matches {len(found)} buffers: " + ", ".join(d.name for d in found))


@command("buffer.list", aliases=("ls", "buffers"))
async def list_buffers(session: Session) -> bool:
    """Show the open buffers and switch to the one chosen by number or name."""
    labels = "  ".join(buffer_labels(session))
    names = [document.name for document in session.documents]
    answer = await session.port.prompt(f"{labels}  Buffer: ", "", names)
    if not answer:
        return False
    session.show(find_buffer(session, answer))
    return True


@command("buffer.close", aliases=("bd", "bdelete"))
async def close(session: Session) -> bool:
    """Close this buffer, asking to save it when it is modified."""
    document = session.document
    if document.modified:
        answer = await session.port.ask(f"Save changes to {document.name}? (y/n/Esc)", "yn")
        if answer is None:
            session.message("Not closed")
            return False
        if answer == "y" and not await save_or_ask_name(session, document):
            return False
    session.close_document(document)
    return True
