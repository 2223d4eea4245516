"""The session: open buffers, the panes showing them, the keymap, the clipboard, and how
commands run.

A key name goes to `Session.feed_key`, which resolves it in the keymap (a match, a pending
prefix, or text to insert) and runs the bound command line through `Session.run`. Commands get
the session as their context and talk to the user only through the `Port` (messages, questions,
prompts, quitting), which the terminal UI implements and `HeadlessPort` implements for batch
runs and tests. A failing command shows an error and leaves the text as it was.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from editor.core import undo_store
from editor.core.cmdline import CommandLineError, Invocation, parse
from editor.core.commands import REGISTRY, Command, CommandError, Registry
from editor.core.document import Document, ReadOnlyBufferError
from editor.core.editorconfig import apply_editorconfig
from editor.core.keymap import PENDING, Binding, Keymap
from editor.core.keys import is_printable, key_text
from editor.core.panes import Pane, PaneTree
from editor.core.syntax import detect
from editor.core.view import View

log = logging.getLogger(__name__)

DEFAULT_SETTINGS: dict[str, Any] = {
    "tab_width": 4,
    "indent": "    ",
    "wrap": False,
    "line_numbers": "absolute",
    "cursor_line": True,
    "whitespace": False,
    "ruler": 0,
    "scroll_margin": 3,
    "theme": "default",
    "clipboard": "auto",
    "persistent_undo": False,
}


class Settings(dict[str, Any]):
    """The session's settings, under which the focused document's own settings (from
    .editorconfig) come first. Setting a value also drops the focused document's own one, so
    a command such as `view.tab_width 8` takes effect where it is given."""

    def __init__(self, session: Session, values: dict[str, Any]) -> None:
        super().__init__(values)
        self._session = session

    def _own(self) -> dict[str, Any]:
        pane = self._session.pane
        return pane.view.document.settings if pane is not None else {}

    def __getitem__(self, key: str) -> Any:
        own = self._own()
        return own[key] if key in own else super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        """The value for `key` (the focused document's own first), or `default`."""
        return self[key] if key in self or key in self._own() else default

    def __setitem__(self, key: str, value: Any) -> None:
        self._own().pop(key, None)
        super().__setitem__(key, value)

    def of(self, document: Document) -> dict[str, Any]:
        """The settings in effect for `document` (shown in a pane that may not be focused)."""
        values = dict.copy(self)
        values.update(document.settings)
        return values


class Port(Protocol):
    """What commands may ask of the user interface."""

    def message(self, text: str, error: bool = False) -> None:
        """Show a one-line message."""

    async def ask(self, question: str, choices: str) -> str | None:
        """Ask a question answered by one key among `choices`; None when cancelled."""

    async def prompt(
        self,
        label: str,
        default: str = "",
        suggestions: Sequence[str] = (),
        paths: bool = False,
        history: str | None = None,
    ) -> str | None:
        """Ask for a line of text, completing from `suggestions` (or file paths with `paths`);
        None when cancelled. With a `history` name, earlier answers under that name are
        offered and the accepted answer is added (`editor.core.prompt_history`)."""

    def quit(self, status: int) -> None:
        """Leave the editor with an exit status."""


@dataclass
class HeadlessPort:
    """A port with no terminal: messages are collected, questions answered from a script."""

    answers: list[str | None] = field(default_factory=list)
    messages: list[tuple[str, bool]] = field(default_factory=list)
    exit_status: int | None = None
    offered: list[list[str]] = field(default_factory=list)
    histories: list[str | None] = field(default_factory=list)

    def message(self, text: str, error: bool = False) -> None:
        """Record a message."""
        self.messages.append((text, error))

    async def ask(self, question: str, choices: str) -> str | None:
        """Answer with the next scripted answer (None, meaning cancel, when none are left)."""
        self.messages.append((question, False))
        return self.answers.pop(0) if self.answers else None

    async def prompt(
        self,
        label: str,
        default: str = "",
        suggestions: Sequence[str] = (),
        paths: bool = False,
        history: str | None = None,
    ) -> str | None:
        """Answer with the next scripted answer (None when none are left); remember what was
        offered for completion and which history was named (none is kept)."""
        self.offered.append(list(suggestions))
        self.histories.append(history)
        return await self.ask(label, "")

    def quit(self, status: int) -> None:
        """Remember the exit status."""
        self.exit_status = status


class Session:
    """Everything open in one run of ted."""

    def __init__(self, port: Port, registry: Registry = REGISTRY, keymap: Keymap | None = None):
        self.port = port
        self.registry = registry
        self.keymap = keymap or Keymap("empty")
        self.mode = "normal"
        self.documents: list[Document] = []
        self.layout: PaneTree | None = None
        self.pane: Pane | None = None
        self.clipboard: list[str] = []
        self.clipboard_linewise = False
        self.settings = Settings(self, DEFAULT_SETTINGS)
        self.pending_keys: tuple[str, ...] = ()
        self.exit_status: int | None = None
        # State kept by features that live outside the core session (vi's pending operator,
        # the macro being recorded...), by feature name.
        self.extensions: dict[str, Any] = {}
        # Called with each command and its converted arguments just before it runs (macros).
        self.observers: list[Callable[[Command, list[Any]], None]] = []
        # When set, the next key press goes to this function instead of the keymap (vi's
        # `f` + character); it is cleared before the call.
        self.next_key: Callable[[str], Awaitable[bool] | bool] | None = None

    @property
    def view(self) -> View:
        """The focused pane's view."""
        assert self.pane is not None, "the session has no buffer open"
        return self.pane.view

    @property
    def document(self) -> Document:
        """The buffer in the focused pane."""
        return self.view.document

    @property
    def views(self) -> list[View]:
        """The view of every pane."""
        return [pane.view for pane in self.panes]

    @property
    def panes(self) -> list[Pane]:
        """Every pane, in screen order."""
        return self.layout.panes() if self.layout is not None else []

    def add_document(self, document: Document) -> View:
        """Open `document` as a buffer, in its language, with its EditorConfig settings (a
        broken .editorconfig is reported), with its undo history from earlier sessions when
        `persistent_undo` is on, and show it in the focused pane."""
        self.documents.append(document)
        if self.settings.get("persistent_undo"):
            self._restore_history(document)
        for problem in apply_editorconfig(document):
            document.notes.append(problem)
            self.message(problem, error=True)
        size = document.disk.size if document.disk else 0
        name = document.path.name if document.path else None
        document.syntax.set_language(detect(document.text, name, size))
        return self.show(document)

    def show(self, document: Document) -> View:
        """Show an open buffer in the focused pane (the first buffer creates the first pane)."""
        if self.pane is None:
            self.pane = Pane(View(document))
            self.layout = PaneTree(self.pane)
            return self.pane.view
        return self.pane.show(document)

    def close_document(self, document: Document) -> None:
        """Close a buffer: every pane showing it shows a neighbouring buffer instead (an empty
        one when it was the last)."""
        self.keep_history(document)
        index = self.documents.index(document)
        self.documents.pop(index)
        if not self.documents:
            self.documents.append(Document())
        replacement = self.documents[min(index, len(self.documents) - 1)]
        for pane in self.panes:
            if pane.view.document is document:
                pane.show(replacement)
            pane.forget(document)

    def _restore_history(self, document: Document) -> None:
        """Bring back the document's stored undo tree; a problem is a note, never a failure."""
        try:
            problem = undo_store.restore(document)
        except Exception:  # noqa: BLE001 - a bad undo store must never stop a file opening
            log.exception("restoring the undo history of %s failed", document.path)
            problem = "stored undo history not read (see the log)"
        if problem:
            document.notes.append(problem)
            self.message(problem, error=True)

    def keep_history(self, document: Document) -> None:
        """With `persistent_undo`, store the undo tree of an unmodified file buffer (when it is
        closed or ted quits); problems go to the log."""
        if not self.settings.get("persistent_undo") or document.modified:
            return
        try:
            problem = undo_store.keep(document)
        except Exception:  # noqa: BLE001 - closing or quitting must not fail on the undo store
            log.exception("keeping the undo history of %s failed", document.path)
            return
        if problem:
            log.warning("undo history of %s not kept: %s", document.path, problem)

    def focus(self, pane: Pane) -> None:
        """Make `pane` the one that keys act on."""
        self.pane = pane

    def message(self, text: str, error: bool = False) -> None:
        """Show a message through the port."""
        self.port.message(text, error)

    def quit(self, status: int = 0) -> None:
        """End the session with `status` (storing unmodified buffers' undo trees first)."""
        for document in self.documents:
            self.keep_history(document)
        self.exit_status = status
        self.port.quit(status)

    # Running commands -------------------------------------------------------------------

    def run(self, line: str) -> Awaitable[bool] | bool:
        """Run a command line. Returns True/False for success, or an awaitable when a command
        needs to ask the user something (the UI schedules it; scripts await it)."""
        try:
            invocations = parse(line)
        except CommandLineError as error:
            self.message(f"{line}: {error}", error=True)
            return False
        return self.run_invocations(invocations)

    def run_invocations(self, invocations: list[Invocation]) -> Awaitable[bool] | bool:
        """Run parsed commands in order, stopping at the first failure."""
        for index, invocation in enumerate(invocations):
            result = self.execute(invocation.name, invocation.args)
            if inspect.isawaitable(result):
                return self._finish(result, invocations[index + 1 :])
            if not result:
                return False
        return True

    async def _finish(self, first: Awaitable[bool], rest: list[Invocation]) -> bool:
        if not await first:
            return False
        for invocation in rest:
            result = self.execute(invocation.name, invocation.args)
            if inspect.isawaitable(result):
                result = await result
            if not result:
                return False
        return True

    def execute(self, name: str, words: list[str]) -> Awaitable[bool] | bool:
        """Run one command by name with argument words; prompt for missing parameters."""
        command = self.registry.lookup(name)
        if command is None:
            self.message(f"unknown command: {name}", error=True)
            return False
        if not command.typing:
            for document in self.documents:
                document.seal()
        try:
            args = command.convert(words)
        except CommandError as error:
            self.message(str(error), error=True)
            return False
        if command.missing(len(args)):
            return self._prompt_and_call(command, args)
        return self._call(command, args)

    async def _prompt_and_call(self, command: Command, args: list[Any]) -> bool:
        for param in command.params[len(args) :]:
            if not param.required:
                break
            label = f"{param.name.replace('_', ' ')}: "
            while True:
                answer = await self.port.prompt(
                    label, "", param.suggestions(), param.takes_path, f"{command.name}:{param.name}"
                )
                if answer is None:
                    return False
                try:
                    args.append(param.convert(answer))
                    break
                except CommandError as error:
                    label = f"{error}. {param.name.replace('_', ' ')}: "
        result = self._call(command, args)
        if inspect.isawaitable(result):
            return await result
        return result

    def _call(self, command: Command, args: list[Any]) -> Awaitable[bool] | bool:
        for observer in self.observers:
            observer(command, args)
        marks = self._history_marks()
        try:
            result = command.func(self, *args)
        except Exception as error:  # noqa: BLE001 - any command failure is reported, not fatal
            self._fail(command, error, marks)
            return False
        if inspect.isawaitable(result):
            return self._await_command(command, result, marks)
        return result is not False

    async def _await_command(
        self, command: Command, awaitable: Awaitable[Any], marks: list[tuple[Document, int, int | None]]
    ) -> bool:
        try:
            result = await awaitable
        except Exception as error:  # noqa: BLE001 - any command failure is reported, not fatal
            self._fail(command, error, marks)
            return False
        return result is not False

    def _history_marks(self) -> list[tuple[Document, int, int | None]]:
        """Where each open document's history stands before a command runs."""
        return [
            (doc, doc.history.current, doc.history.revisions[doc.history.current].last_child)
            for doc in self.documents
        ]

    def _fail(
        self, command: Command, error: Exception, marks: list[tuple[Document, int, int | None]]
    ) -> None:
        """Report a failed command and undo whatever it had already changed, so a command
        either happens whole or not at all."""
        for document, current, last_child in marks:
            if document.history.current <= current or document.locked:
                continue
            while document.history.current > current and document.undo() is not None:
                pass
            document.history.revisions[current].last_child = last_child
        for view in self.views:
            view.set_selections(view.selections)
        self._report(command, error)

    def _report(self, command: Command, error: Exception) -> None:
        if isinstance(error, (CommandError, ReadOnlyBufferError)):
            self.message(str(error), error=True)
        else:
            log.exception("command %s failed", command.name)
            self.message(f"{command.name} failed: {type(error).__name__}: {error}", error=True)

    # Keys ---------------------------------------------------------------------------------

    def feed_key(self, key: str) -> Awaitable[bool] | bool:
        """Handle one key press in the current mode."""
        if self.next_key is not None:
            handler, self.next_key = self.next_key, None
            return handler(key)
        keys = (*self.pending_keys, key)
        found = self.keymap.resolve(self.mode, keys)
        if found == PENDING:
            self.pending_keys = keys
            return True
        self.pending_keys = ()
        if isinstance(found, Binding):
            return self.run(found.command)
        if len(keys) == 1 and is_printable(key) and self.keymap.takes_text(self.mode):
            return self.execute("edit.insert", [key_text(key)])
        self.message(f"{' '.join(keys)} is not bound")
        return False
