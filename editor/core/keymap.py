"""Keymaps: TOML files binding key sequences to command lines, one table per mode.

    name = "default"
    extends = "base"            # optional: start from another keymap
    [normal]
    "c-s" = "file.save"
    "c-k c-u" = ["edit.delete_to_line_start", "cursor.line_start"]

Every command named in a value is checked against the registry when the file is loaded; each
problem is a `KeymapError` naming the file, line and key. A broken entry is left out and the rest
of the keymap still works. Resolution is a dictionary lookup of the keys typed so far: a full
match, a pending prefix, or no match.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.cmdline import CommandLineError, parse
from editor.core.commands import Registry
from editor.core.keys import KeyNameError, parse_sequence
from editor.core.paths import data_dir
from editor.core.tomlsource import line_of, syntax_error

PENDING = "pending"


@dataclass(frozen=True)
class Binding:
    """A key sequence bound to a command line, and where it was defined."""

    keys: tuple[str, ...]
    command: str
    source: str
    line: int


@dataclass(frozen=True)
class KeymapError:
    """One problem in a keymap file."""

    source: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: key {self.key!r}: {self.message}" if self.key else f"{where}: {self.message}"


@dataclass
class Keymap:
    """Bindings per mode, with the prefixes of every bound sequence."""

    name: str
    modes: dict[str, dict[tuple[str, ...], Binding]] = field(default_factory=dict)
    # Modes in which a printable key with no binding types itself.
    text_modes: tuple[str, ...] = ("normal", "insert")
    _prefixes: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)

    def takes_text(self, mode: str) -> bool:
        """True if unbound printable keys insert text in `mode`."""
        return mode in self.text_modes

    def bind(self, mode: str, binding: Binding) -> None:
        """Add or replace a binding in `mode`."""
        self.modes.setdefault(mode, {})[binding.keys] = binding
        self._prefixes.pop(mode, None)

    def resolve(self, mode: str, keys: tuple[str, ...]) -> Binding | str | None:
        """The binding for `keys`, PENDING when they begin a longer sequence, else None."""
        table = self.modes.get(mode, {})
        found = table.get(keys)
        if found is not None:
            return found
        prefixes = self._prefixes.get(mode)
        if prefixes is None:
            prefixes = {seq[:i] for seq in table for i in range(1, len(seq))}
            self._prefixes[mode] = prefixes
        return PENDING if keys in prefixes else None

    def binding_for(self, command: str, mode: str = "normal") -> Binding | None:
        """The first binding whose command line is exactly `command` (for help texts)."""
        for binding in self.modes.get(mode, {}).values():
            if binding.command == command:
                return binding
        return None


def find_keymap(name: str) -> Path:
    """The shipped keymap file called `name`, or `name` itself when it is a path."""
    candidate = Path(name)
    if candidate.suffix == ".toml" and candidate.is_file():
        return candidate
    return data_dir("keymaps") / f"{name}.toml"


def load_keymap(name: str, registry: Registry) -> tuple[Keymap, list[KeymapError]]:
    """Load a keymap by name or path, following `extends`; return it with every problem found."""
    keymap = Keymap(name)
    errors: list[KeymapError] = []
    _load_into(keymap, find_keymap(name), registry, errors, set())
    return keymap, errors


def _load_into(
    keymap: Keymap, path: Path, registry: Registry, errors: list[KeymapError], seen: set[Path]
) -> None:
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        errors.append(KeymapError(source, 0, "", "no such keymap file"))
        return
    except (OSError, UnicodeDecodeError) as error:
        errors.append(KeymapError(source, 0, "", f"cannot read: {error}"))
        return
    except tomllib.TOMLDecodeError as error:
        line, message = syntax_error(text, error)
        errors.append(KeymapError(source, line, "", message))
        return
    seen.add(path.resolve())
    parent = data.get("extends")
    if isinstance(parent, str):
        parent_path = find_keymap(parent)
        if parent_path.resolve() in seen:
            errors.append(KeymapError(source, line_of(text, "extends"), "", "extends itself"))
        else:
            _load_into(keymap, parent_path, registry, errors, seen)
    text_modes = data.get("text_modes")
    if text_modes is not None:
        if isinstance(text_modes, list) and all(isinstance(mode, str) for mode in text_modes):
            keymap.text_modes = tuple(text_modes)
        else:
            errors.append(KeymapError(source, line_of(text, "text_modes"), "text_modes", "expected a list of mode names"))
    for mode, table in data.items():
        if mode in ("name", "extends", "description", "text_modes"):
            continue
        if not isinstance(table, dict):
            errors.append(KeymapError(source, line_of(text, mode), mode, "expected a table of keys"))
            continue
        for key_text, value in table.items():
            binding = _binding(key_text, value, source, line_of(text, key_text), registry, errors)
            if binding is not None:
                keymap.bind(mode, binding)


def _binding(
    key_text: str,
    value: object,
    source: str,
    line: int,
    registry: Registry,
    errors: list[KeymapError],
) -> Binding | None:
    def fail(message: str) -> None:
        errors.append(KeymapError(source, line, key_text, message))

    try:
        keys = parse_sequence(key_text)
    except KeyNameError as error:
        fail(str(error))
        return None
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = "; ".join(value)
    if not isinstance(value, str):
        fail("expected a command line or a list of command lines")
        return None
    try:
        invocations = parse(value)
    except CommandLineError as error:
        fail(str(error))
        return None
    if not invocations:
        fail("empty command")
        return None
    for invocation in invocations:
        command = registry.lookup(invocation.name)
        if command is None:
            fail(f"unknown command {invocation.name!r}")
            return None
    return Binding(keys, value, source, line)
