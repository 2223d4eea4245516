"""Batch mode (`ted --batch`): run command lines over files with no terminal, and save them.

Each file gets a fresh session (the user's settings, keymap and saved macros, as interactively)
with a port that has no one to ask: a command that asks a question or prompts for a missing
parameter fails, saying what it wanted. The commands run in order and stop at the first failure;
a file whose commands all succeeded is saved with the normal safe save (encoding, BOM and line
endings kept) if its bytes changed, and left untouched otherwise. A file where a command failed
is not saved. A quitting command ends the commands of its file; what it left unsaved is dropped.

With `--dry-run` nothing is written: commands that would save fail, and a unified diff of each
file that would change is printed instead.

Exit status: 0 when everything succeeded, 1 when a command or a save failed on any file (the
other files are still processed), 2 for usage errors, before any file is touched.
"""

from __future__ import annotations

import asyncio
import difflib
import inspect
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.core.cells import sanitize
from editor.core.cmdline import Invocation
from editor.core.commands import Command, CommandError, Registry
from editor.core.document import Document
from editor.core.encoding import detect_codec
from editor.core.files import (
    ExternalChangeError,
    OpenError,
    encoded_chunks,
    load_document,
    save_document,
)
from editor.core.safesave import SaveError
from editor.core.script import Script, format_invocation
from editor.core.selection import Selection
from editor.core.session import Port, Session
from editor.core.text import Pos

if TYPE_CHECKING:
    from editor.cli import FileArg

# Commands that write files, refused under --dry-run.
WRITERS = ("file.save", "file.save_as", "app.save_quit", "macro.save")


@dataclass
class BatchPort:
    """A port with nobody at it: messages are kept, questions and prompts are refused (the
    command that asked then fails, and the refusal says what it asked)."""

    messages: list[tuple[str, bool]] = field(default_factory=list)
    asked: bool = False
    exit_status: int | None = None

    def message(self, text: str, error: bool = False) -> None:
        """Keep a message."""
        self.messages.append((text, error))

    async def ask(self, question: str, choices: str) -> str | None:
        """Refuse to answer: batch mode cannot ask."""
        self.asked = True
        self.messages.append((f"needs an answer to {question!r} (batch mode cannot ask)", True))
        return None

    async def prompt(
        self,
        label: str,
        default: str = "",
        suggestions: Sequence[str] = (),
        paths: bool = False,
        history: str | None = None,
    ) -> str | None:
        """Refuse to prompt: batch mode cannot ask."""
        self.asked = True
        wanted = label.strip().rstrip(":").strip()
        self.messages.append((f"needs a value for {wanted!r} (batch mode cannot ask)", True))
        return None

    def quit(self, status: int) -> None:
        """Remember that a command quit, and with which status."""
        self.exit_status = status

    def start_command(self) -> None:
        """Forget what the previous command said and asked."""
        self.messages.clear()
        self.asked = False

    def failure(self) -> str:
        """What went wrong in the current command: its error messages, else its last message."""
        errors = [text for text, error in self.messages if error]
        if errors:
            return "; ".join(errors)
        return self.messages[-1][0] if self.messages else "failed"


class _NoWrites(Registry):
    """A registry that refuses the commands that write files (for --dry-run) and otherwise
    gives the commands of the registry it wraps."""

    def __init__(self, base: Registry) -> None:
        super().__init__()
        self.base = base
        for name in WRITERS:
            self.add(name, _refusal(name))

    def lookup(self, name: str) -> Command | None:
        """The wrapped registry's command, or the refusal standing in for a writing one."""
        found = self.base.lookup(name)
        if found is not None and found.name in WRITERS:
            return super().lookup(found.name)
        return found

    def __iter__(self) -> Iterator[Command]:
        return iter(self.base)


def _refusal(name: str) -> Callable[..., Any]:
    """A command standing in for `name` in a dry run: it takes any arguments and fails."""

    def refuse(session: Session, words: str = "") -> None:
        raise CommandError(f"--dry-run: {name} would write a file")

    refuse.__doc__ = f"Refuse {name} in a dry run."
    return refuse


@dataclass
class _Batch:
    """One batch run: the program, the shared registry and keymap, what to do with results."""

    program: list[Script]
    template: Session
    registry: Registry
    port: BatchPort
    dry_run: bool

    def fail(self, label: str, text: str) -> None:
        """Report one failure on standard error, as `ted: FILE: what failed`."""
        print(f"ted: {sanitize(label)}: {sanitize(text)}", file=sys.stderr)

    async def process(self, arg: FileArg) -> bool:
        """Run the program on one file and save it; False when anything failed."""
        try:
            document = load_document(Path(arg.path))
        except OpenError as error:
            print(f"ted: {sanitize(str(error))}", file=sys.stderr)
            return False
        session = Session(self.port, self.registry, self.template.keymap)
        session.settings.update(self.template.settings)
        view = session.add_document(document)
        if arg.line:
            pos = document.text.clamp(Pos(arg.line - 1, (arg.col or 1) - 1))
            view.set_selections((Selection.cursor(pos),))
        self.port.exit_status = None
        for invocation in (step for script in self.program for step in script.invocations):
            if not await self.run(session, invocation, arg.path):
                return False
            if self.port.exit_status is not None:
                if self.port.exit_status:
                    self.fail(arg.path, f"{format_invocation(invocation)}: quit with status "
                              f"{self.port.exit_status}; not saved")
                    return False
                return True
        results = [self.finish(doc, arg.path if doc is document else str(doc.path))
                   for doc in session.documents if doc.path is not None and doc.modified]
        return all(results)

    async def run(self, session: Session, invocation: Invocation, label: str) -> bool:
        """Run one command; report it when it fails or asks for something."""
        self.port.start_command()
        result = session.execute(invocation.name, invocation.args)
        if inspect.isawaitable(result):
            result = await result
        if result and not self.port.asked:
            return True
        self.fail(label, f"{format_invocation(invocation)}: {self.port.failure()}")
        return False

    def finish(self, document: Document, label: str) -> bool:
        """Save a changed document (or print its diff in a dry run); bytes equal to what is on
        disk are not written again."""
        assert document.path is not None
        new = b"".join(encoded_chunks(document))
        try:
            old = document.path.read_bytes()
        except FileNotFoundError:
            old = None
        except OSError as error:
            self.fail(label, f"cannot read the file to compare with it: {error.strerror}")
            return False
        if new == old:
            return True
        if self.dry_run:
            _write_out(unified_diff(old or b"", new, label))
            return True
        try:
            save_document(document)
        except (SaveError, ExternalChangeError) as error:
            self.fail(label, str(error))
            return False
        return True


def _unopenable(path: str) -> str | None:
    """Why `path` cannot be opened as a file to edit, or None when it can."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return f"{path}: no such file"
    except OSError as error:
        return f"{path}: {error.strerror}"
    if stat.S_ISDIR(info.st_mode):
        return f"{path} is a directory"
    if not stat.S_ISREG(info.st_mode):
        return f"{path} is not a regular file"
    if not os.access(path, os.R_OK):
        return f"{path}: Permission denied"
    return None


def _usage_problems(files: Sequence[FileArg], program: Sequence[Script]) -> list[str]:
    if not files:
        return ["--batch needs at least one FILE"]
    if not program:
        return ["--batch needs a command (-c CMD) or a script (-s FILE)"]
    problems = []
    for arg in files:
        problem = "--batch cannot edit standard input (-)" if arg.path == "-" else _unopenable(arg.path)
        if problem:
            problems.append(problem)
    return problems


def _lines(text: str) -> list[str]:
    """Lines as diff and patch see them: split after each \\n, endings kept."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _decode(data: bytes) -> str:
    codec, bom, _label = detect_codec(data)
    return codec.decode(data[len(bom) :])


def unified_diff(old: bytes, new: bytes, name: str) -> str:
    """A unified diff from `old` to `new` with `a/NAME` and `b/NAME` headers; a last line
    without a line ending is marked as diff marks it."""
    out = []
    old_lines, new_lines = _lines(_decode(old)), _lines(_decode(new))
    for line in difflib.unified_diff(old_lines, new_lines, f"a/{name}", f"b/{name}"):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _write_out(diff: str) -> None:
    """Print a diff: exact bytes into a pipe or file, visible escapes on a terminal."""
    stdout = sys.stdout
    if stdout.isatty():
        diff = "".join(sanitize(line.removesuffix("\n")) + "\n" for line in _lines(diff))
    try:
        data = diff.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = diff.encode("utf-8", "backslashreplace")
    stdout.flush()
    stdout.buffer.write(data)
    stdout.buffer.flush()


def run_batch(
    files: Sequence[FileArg],
    program: list[Script],
    new_session: Callable[[Port], Session],
    dry_run: bool = False,
) -> int:
    """Run `program` on each file headlessly; the exit status (0, 1 or 2, see the module).
    `new_session(port)` builds a session with the user's settings, keymap, plugins and macros
    (on an empty buffer): each file's session takes its registry, keymap and settings."""
    problems = _usage_problems(files, program)
    for problem in problems:
        print(f"ted: {sanitize(problem)}", file=sys.stderr)
    if problems:
        return 2
    port = BatchPort()
    template = new_session(port)
    for text, error in port.messages:
        if error:
            print(f"ted: {sanitize(text)}", file=sys.stderr)
    registry = _NoWrites(template.registry) if dry_run else template.registry
    batch = _Batch(program, template, registry, port, dry_run)

    async def run_all() -> list[bool]:
        return [await batch.process(arg) for arg in files]

    return 0 if all(asyncio.run(run_all())) else 1
