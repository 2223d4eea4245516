"""The command registry: every action in ted is a named command.

A command is a function `f(ctx, *params)` registered under a stable dotted name
(`group.verb_object`). Its docstring's first line is its help; its parameters' type hints
(int, str, bool, Path, Literal[...]) say how words from a command line are converted, and what
the prompt asks for when a parameter is missing. Keymaps, the command prompt, `ted -c`, scripts
and plugins all go through `Registry.lookup` and `Command.convert`.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

_TRUE = {"true", "yes", "y", "on", "1"}
_FALSE = {"false", "no", "n", "off", "0"}


class CommandError(Exception):
    """A command could not run as asked; the message is shown to the user as-is."""


@dataclass(frozen=True)
class Names:
    """The known values of a `str` parameter, for completion: `Annotated[str, Names(source)]`.
    Other values are still accepted; the command decides what they mean."""

    source: Callable[[], Sequence[str]]


@dataclass(frozen=True)
class Param:
    """One typed parameter of a command."""

    name: str
    kind: Any
    default: Any = inspect.Parameter.empty
    names: Names | None = None

    @property
    def required(self) -> bool:
        """True when the parameter has no default value."""
        return self.default is inspect.Parameter.empty

    @property
    def choices(self) -> tuple[str, ...]:
        """The allowed values of a Literal parameter (empty for other kinds)."""
        if get_origin(self.kind) is Literal:
            return tuple(str(value) for value in get_args(self.kind))
        return ()

    @property
    def takes_path(self) -> bool:
        """True when the parameter is a file path (completed from the file system)."""
        return self.kind is Path

    def suggestions(self) -> list[str]:
        """The values to offer when prompting: fixed choices, yes/no, or the known names."""
        if self.choices:
            return list(self.choices)
        if self.kind is bool:
            return ["yes", "no"]
        if self.names is not None:
            return list(self.names.source())
        return []

    def convert(self, word: str) -> Any:
        """Turn one word of a command line into this parameter's type."""
        kind = self.kind
        if kind is int:
            try:
                return int(word)
            except ValueError:
                raise CommandError(f"{self.name}: expected a whole number, got {word!r}") from None
        if kind is bool:
            lowered = word.lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
            raise CommandError(f"{self.name}: expected yes or no, got {word!r}")
        if kind is Path:
            return Path(word).expanduser()
        if self.choices:
            if word not in self.choices:
                raise CommandError(f"{self.name}: expected one of {', '.join(self.choices)}")
            return next(value for value in get_args(kind) if str(value) == word)
        return word


@dataclass
class Command:
    """A registered command."""

    name: str
    func: Callable[..., Any]
    params: list[Param]
    aliases: tuple[str, ...] = ()
    typing: bool = False
    help: str = field(default="")

    def convert(self, words: list[str]) -> list[Any]:
        """Convert argument words; a last `str` parameter takes the rest of the words."""
        if len(words) > len(self.params):
            if self.params and self.params[-1].kind is str:
                head = len(self.params) - 1
                words = [*words[:head], " ".join(words[head:])]
            else:
                raise CommandError(f"{self.name} takes at most {len(self.params)} argument(s)")
        return [param.convert(word) for param, word in zip(self.params, words)]

    def missing(self, given: int) -> list[Param]:
        """The required parameters not covered by `given` arguments."""
        return [param for param in self.params[given:] if param.required]


class Registry:
    """All commands by name and alias."""

    def __init__(self) -> None:
        self._commands: dict[str, Command] = {}
        self._aliases: dict[str, str] = {}

    def add(
        self,
        name: str,
        func: Callable[..., Any],
        aliases: tuple[str, ...] = (),
        typing: bool = False,
    ) -> Command:
        """Register `func` as command `name`; its first parameter is the context."""
        if name in self._commands:
            raise ValueError(f"command {name} is already registered")
        command = Command(name, func, _params(func), aliases, typing, _first_line(func))
        self._commands[name] = command
        for alias in aliases:
            self._aliases[alias] = name
        return command

    def lookup(self, name: str) -> Command | None:
        """The command called `name` (or aliased so), or None."""
        return self._commands.get(self._aliases.get(name, name))

    def __contains__(self, name: str) -> bool:
        return self.lookup(name) is not None

    def __iter__(self) -> Iterator[Command]:
        return iter(sorted(self._commands.values(), key=lambda command: command.name))


def _first_line(func: Callable[..., Any]) -> str:
    doc = inspect.getdoc(func) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def _params(func: Callable[..., Any]) -> list[Param]:
    signature = inspect.signature(func)
    hints = typing.get_type_hints(func, include_extras=True)
    params = list(signature.parameters.values())[1:]
    return [_param(p.name, hints.get(p.name, str), p.default) for p in params]


def _param(name: str, hint: Any, default: Any) -> Param:
    """A Param from a type hint, unwrapping `X | None` and `Annotated[X, Names(...)]`."""
    hint = _without_none(hint)
    names = None
    if get_origin(hint) is Annotated:
        hint, *extras = get_args(hint)
        names = next((extra for extra in extras if isinstance(extra, Names)), None)
        hint = _without_none(hint)
    return Param(name, hint, default, names)


def _without_none(hint: Any) -> Any:
    """`X` for an optional `X | None` hint: None is the default, never typed in."""
    args = get_args(hint)
    if type(None) in args and len(args) == 2:
        return next(arg for arg in args if arg is not type(None))
    return hint


REGISTRY = Registry()


def command(
    name: str, *, aliases: tuple[str, ...] = (), typing: bool = False
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: register the function as command `name` in the built-in registry."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY.add(name, func, aliases, typing)
        return func

    return register
