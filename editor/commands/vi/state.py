"""What vi remembers between keys: the count, the pending operator, the visual anchor, the
last change for `.`, the insert session being typed; and reading the key after f t r."""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from editor.core.commands import Command
from editor.core.document import Document
from editor.core.keys import is_printable, key_text
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos

VISUAL = ("visual", "visual_line")

Action = Callable[[Session, int | None], Any]


@dataclass
class Change:
    """A change `.` repeats: an action taking a count, and the commands typed after it."""

    action: Action
    count: int | None
    typed: list[tuple[Command, list[Any]]] = field(default_factory=list)


@dataclass
class Insert:
    """An insert session, from the command that started it to Escape."""

    change: Change
    document: Document
    mark: int
    repeat: int = 1
    again: Callable[[Session], None] | None = None
    restarted: bool = False


@dataclass
class ViState:
    """What vi remembers between keys."""

    count: str = ""
    operator: str | None = None
    operator_count: int | None = None
    anchor: Pos | None = None
    head: Pos | None = None
    shown: tuple[Selection, ...] = ()
    last_change: Change | None = None
    last_find: tuple[str, str] | None = None
    search_backward: bool = False
    insert: Insert | None = None
    replaying: bool = False
    reader: Callable[[str], Any] | None = None


def vi_state(session: Session) -> ViState:
    """The session's vi state, made (and its typing observer added) on first use."""
    state = session.extensions.get("vi")
    if state is None:
        state = ViState()
        session.extensions["vi"] = state
        session.observers.append(lambda cmd, args: _observe(session, state, cmd, args))
    return state


def _observe(session: Session, state: ViState, cmd: Command, args: list[Any]) -> None:
    """Keep each command typed in insert mode with the change, for `.`."""
    if state.insert is None or state.replaying or session.mode != "insert":
        return
    if cmd.name.startswith("vi.") or inspect.iscoroutinefunction(cmd.func):
        return
    state.insert.change.typed.append((cmd, list(args)))


def take_count(state: ViState) -> int | None:
    """The count typed (before and after an operator, multiplied), then forget it."""
    typed = int(state.count) if state.count else None
    counts = [n for n in (state.operator_count, typed) if n]
    state.count = ""
    state.operator_count = None
    return math.prod(counts) if counts else None


def take_operator(session: Session, state: ViState) -> str | None:
    """The pending operator (None if there is none); back to normal mode."""
    op = state.operator
    state.operator = None
    session.mode = "normal"
    return op


def record(state: ViState, change: Change) -> None:
    """Remember `change` for `.` (not while `.` itself is replaying one)."""
    if not state.replaying:
        state.last_change = change


def reset(session: Session) -> None:
    """Forget the count and the pending operator."""
    state = vi_state(session)
    state.count = ""
    state.operator = None
    state.operator_count = None
    if session.mode == "operator":
        session.mode = "normal"


def _char_of(key: str) -> str | None:
    """The character a key stands for after f, t or r (None for Escape and the like)."""
    if is_printable(key):
        return key_text(key)
    return {"tab": "\t", "enter": "\n"}.get(key)


def read_key(session: Session, then: Callable[[str], Any]) -> None:
    """Hand the next key press, as a character, to `then`; any other key cancels."""
    state = vi_state(session)

    def take(key: str) -> Any:
        """Give the key's character to `then`, or cancel."""
        state.reader = None
        char = _char_of(key)
        if char is None:
            reset(session)
            return False
        return then(char)

    state.reader = take
    session.next_key = take


def drop_reader(session: Session) -> None:
    """Stop waiting for a character (the command got it another way, from a command line)."""
    state = vi_state(session)
    if state.reader is not None and session.next_key is state.reader:
        session.next_key = None
    state.reader = None
