"""Macros (`macro.*`): record the commands you run, replay them, keep them as named commands.

Recording listens to `Session.observers`, so a macro holds commands with their arguments (what a
key was bound to, the answer typed at a prompt), not raw keys: it replays the same under any
keymap. Typed characters arrive as `edit.insert` commands; consecutive single characters are
kept as one `edit.insert "text"`, which inserts the same text at the same cursors. Each replay
is one undo step (`Document.single_step`); a replay that fails is undone and stops the play.

`macro.save NAME` keeps the last recording as the command `macro.NAME`, in this session's
registry (a `MacroRegistry` layered over the built-in one) and as the script file
`$XDG_CONFIG_HOME/ted/macros/NAME.ted`, which `load_macros` registers when ted starts.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.core.cmdline import Invocation
from editor.core.commands import Command, CommandError, Registry, command
from editor.core.document import Document
from editor.core.paths import config_dir
from editor.core.safesave import SaveError, save_file
from editor.core.script import ScriptError, format_invocation, read_script
from editor.core.selection import Selections
from editor.core.session import Session
from editor.core.view import View

# Commands that are not recorded: the macro commands themselves, and commands that only run a
# command line typed at a prompt (the commands that line runs are recorded instead).
NOT_RECORDED = {
    "macro.record",
    "macro.play",
    "macro.save",
    "macro.show",
    "app.command_line",
    "app.palette",
    "help.describe_key",
    "vi.command_line",
}
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_RESERVED = {"record", "play", "save", "show"}
# How deep saved macros may run one another before it is taken for a macro that runs itself.
_MAX_DEPTH = 32


@dataclass
class MacroState:
    """What the macro feature keeps in `session.extensions["macro"]`."""

    recording: list[Invocation] | None = None
    last: list[Invocation] = field(default_factory=list)
    # The last recorded command is an `edit.insert` made of typed characters, so the next typed
    # character may be added to it.
    typing: bool = False
    # More than 0 while a saved macro or a script runs: the commands it runs are not recorded
    # (the command that started it is).
    hidden: int = 0
    depth: int = 0

    def observe(self, command: Command, args: list[Any]) -> None:
        """Record a command about to run (a `Session.observers` entry)."""
        if self.recording is None or self.hidden or command.name in NOT_RECORDED:
            return
        words = [_word(value) for value in args]
        typed = command.name == "edit.insert" and len(words) == 1 and len(words[0]) == 1
        if typed and self.typing:
            previous = self.recording[-1]
            self.recording[-1] = Invocation(previous.name, [previous.args[0] + words[0]])
        else:
            self.recording.append(Invocation(command.name, words))
        self.typing = typed


def _word(value: Any) -> str:
    """A converted argument as the word that converts back to it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def macro_state(session: Session) -> MacroState:
    """The session's macro state, created (and its observer installed) on first use."""
    state = session.extensions.get("macro")
    if state is None:
        state = session.extensions["macro"] = MacroState()
        session.observers.append(state.observe)
    return state


def is_recording(session: Session) -> bool:
    """Whether a macro is being recorded (the status line shows REC)."""
    state = session.extensions.get("macro")
    return state is not None and state.recording is not None


# Replaying ---------------------------------------------------------------------------------

_Marks = list[tuple[Document, int, int | None]]


def _history_marks(session: Session) -> _Marks:
    """Where each open document's history stands, to go back there if a replay fails."""
    return [
        (doc, doc.history.current, doc.history.revisions[doc.history.current].last_child)
        for doc in session.documents
    ]


def _rewind(session: Session, marks: _Marks, selections: list[tuple[View, Selections]]) -> None:
    """Undo what a failed replay changed and put the cursors back."""
    for document, current, last_child in marks:
        if document.history.current <= current or document.locked:
            continue
        while document.history.current > current and document.undo() is not None:
            pass
        document.history.revisions[current].last_child = last_child
    views = session.views
    for view, before in selections:
        if view in views:
            view.set_selections(before)


async def _run_once(session: Session, invocations: Sequence[Invocation]) -> Invocation | None:
    """Run the commands in order as one undo step per open document; the command that failed,
    or None when all succeeded."""
    with ExitStack() as steps:
        for document in list(session.documents):
            steps.enter_context(document.single_step())
        for invocation in invocations:
            result = session.execute(invocation.name, invocation.args)
            if inspect.isawaitable(result):
                result = await result
            if not result:
                return invocation
    return None


async def play_commands(
    session: Session, invocations: Sequence[Invocation], label: str, count: int = 1, hidden: bool = False
) -> bool:
    """Replay commands `count` times, each time as one undo step. A failing replay is undone
    and stops the play (earlier replays stay); `label` names what stopped in the message.
    With `hidden`, a recording in progress does not record the commands replayed."""
    if count < 1:
        raise CommandError(f"count: expected 1 or more, got {count}")
    state = macro_state(session)
    if state.depth >= _MAX_DEPTH:
        raise CommandError(f"{label}: macros run one another more than {_MAX_DEPTH} deep")
    for number in range(1, count + 1):
        marks = _history_marks(session)
        selections = [(view, view.selections) for view in session.views]
        state.depth += 1
        state.hidden += int(hidden)
        try:
            failed = await _run_once(session, invocations)
        finally:
            state.depth -= 1
            state.hidden -= int(hidden)
        if failed is not None:
            _rewind(session, marks, selections)
            where = f" in replay {number} of {count}" if count > 1 else ""
            session.message(
                f"{label} stopped{where} at {format_invocation(failed)} (that replay was undone)",
                error=True,
            )
            return False
    return True


# Saved macros ------------------------------------------------------------------------------


class MacroRegistry(Registry):
    """A registry layered over another (the built-in one): it adds this session's saved macros,
    which, unlike other commands, can be replaced."""

    def __init__(self, base: Registry) -> None:
        super().__init__()
        self.base = base

    def add(
        self, name: str, func: Callable[..., Any], aliases: tuple[str, ...] = (), typing: bool = False
    ) -> Command:
        """Register a command here, refusing names the base registry has."""
        for word in (name, *aliases):
            if word in self.base:
                raise ValueError(f"command {word} is already registered")
        return super().add(name, func, aliases, typing)

    def lookup(self, name: str) -> Command | None:
        """The command here, else the base registry's."""
        return super().lookup(name) or self.base.lookup(name)

    def __iter__(self) -> Iterator[Command]:
        merged = {command.name: command for command in self.base}
        merged.update((command.name, command) for command in super().__iter__())
        return iter(sorted(merged.values(), key=lambda command: command.name))

    def set_macro(self, name: str, invocations: Sequence[Invocation]) -> Command:
        """Register (or replace) the saved macro `macro.NAME`."""
        self._commands.pop(f"macro.{name}", None)
        return self.add(f"macro.{name}", _macro_command(name, list(invocations)))


def _macro_command(name: str, invocations: list[Invocation]) -> Callable[..., Any]:
    """The function of the command `macro.NAME`."""

    async def run_macro(session: Session, count: int = 1) -> bool:
        return await play_commands(session, invocations, f"macro.{name}", count, hidden=True)

    run_macro.__doc__ = f"Replay the saved macro {name} ({len(invocations)} commands)."
    return run_macro


def macro_dir() -> Path:
    """The folder of saved macros (`$XDG_CONFIG_HOME/ted/macros`)."""
    return config_dir() / "macros"


def load_macros(registry: Registry) -> tuple[MacroRegistry, list[str]]:
    """`registry` with every saved macro registered as `macro.NAME`, and the problems of the
    macro files that could not be loaded (each naming the file, and line and column for a
    syntax error)."""
    layered = registry if isinstance(registry, MacroRegistry) else MacroRegistry(registry)
    folder = macro_dir()
    problems: list[str] = []
    paths = sorted(folder.glob("*.ted")) if folder.is_dir() else []
    for path in paths:
        if not _NAME.fullmatch(path.stem) or path.stem in _RESERVED:
            problems.append(f"{path}: {path.stem!r} cannot be a macro name")
            continue
        try:
            script = read_script(path)
        except ScriptError as error:
            problems.append(f"macro {error}")
            continue
        try:
            layered.set_macro(path.stem, script.invocations)
        except ValueError as error:
            problems.append(f"{path}: {error}")
    return layered, problems


def _macro_file(invocations: Sequence[Invocation], name: str) -> bytes:
    lines = [f"# ted macro, run as macro.{name} (saved by macro.save)"]
    lines += [format_invocation(invocation) for invocation in invocations]
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogateescape")


# Commands ----------------------------------------------------------------------------------


@command("macro.record")
def record(session: Session) -> None:
    """Start recording a macro; stop when one is being recorded."""
    state = macro_state(session)
    if state.recording is None:
        state.recording = []
        state.typing = False
        session.message("Recording a macro: run macro.record again to stop")
        return
    recorded, state.recording = state.recording, None
    if not recorded:
        session.message("Nothing recorded; the previous macro is kept")
        return
    state.last = recorded
    session.message(f"Recorded {len(recorded)} commands: macro.play replays, macro.save NAME keeps them")


@command("macro.play")
async def play(session: Session, count: int = 1) -> bool:
    """Replay the last recorded macro (COUNT times), each time as one undo step."""
    state = macro_state(session)
    if not state.last:
        raise CommandError("No macro recorded: macro.record starts and stops recording")
    return await play_commands(session, list(state.last), "macro", count)


@command("macro.show")
def show(session: Session) -> None:
    """Show the commands of the last recorded macro."""
    state = macro_state(session)
    if not state.last:
        raise CommandError("No macro recorded: macro.record starts and stops recording")
    lines = "; ".join(format_invocation(invocation) for invocation in state.last)
    session.message(f"Macro ({len(state.last)} commands): {lines}")


@command("macro.save")
async def save(session: Session, name: str) -> bool:
    """Keep the last recorded macro as the command macro.NAME, in this and later sessions."""
    state = macro_state(session)
    if not state.last:
        raise CommandError("No macro recorded: macro.record starts and stops recording")
    if not _NAME.fullmatch(name) or name in _RESERVED:
        raise CommandError(f"{name!r} cannot be a macro name: use letters, digits, _ and -")
    if not isinstance(session.registry, MacroRegistry):
        session.registry = MacroRegistry(session.registry)
    registry = session.registry
    existing = registry.lookup(f"macro.{name}")
    if existing is not None:
        if registry.base.lookup(existing.name) is existing:
            raise CommandError(f"macro.{name} is a command already: choose another name")
        answer = await session.port.ask(f"macro.{name} exists. Replace it? (y/n)", "yn")
        if answer != "y":
            session.message("Macro not saved")
            return False
    path = macro_dir() / f"{name}.ted"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        save_file(path, [_macro_file(state.last, name)])
    except SaveError as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"Cannot create {path.parent}: {error.strerror}") from None
    registry.set_macro(name, state.last)
    session.message(f"Saved macro.{name} in {path}")
    return True
