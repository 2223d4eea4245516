"""Keymaps: TOML files binding key sequences to command lines, one table per mode.

    name = "default"
    extends = "base"            # optional: start from another keymap
    text_modes = ["normal"]     # modes where unbound printable keys type themselves
    [normal]
    "c-s" = "file.save"
    "c-k c-u" = ["edit.delete_to_line_start", "cursor.line_start"]
    "c-k" = { group = "kill" }  # names a prefix, for the hint shown while it is pending
    "c-t" = false               # removes a binding made by the keymap this one extends

The user's `$XDG_CONFIG_HOME/ted/keymap.toml` is a layer over the chosen keymap, in the same
format. Every command named in a value is checked against the registry when a file is loaded,
every key name against what a terminal can send, and every sequence against shorter bindings
that would hide it; each problem is a `KeymapError` naming the file, line and key. A broken
entry is left out and the rest of the keymap still works. Resolution is a dictionary lookup of
the keys typed so far: a full match, a pending prefix, or no match.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.cmdline import CommandLineError, parse
from editor.core.commands import Registry
from editor.core.keys import KeyNameError, delivery_problem, parse_sequence
from editor.core.paths import config_dir, data_dir
from editor.core.tomlsource import line_in_table, line_of, syntax_error

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
    # Names of prefixes, per mode ("c-x" -> "files and panes").
    groups: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)
    # The files loaded, base first (the user's layer last).
    sources: list[str] = field(default_factory=list)
    _prefixes: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)

    def takes_text(self, mode: str) -> bool:
        """True if unbound printable keys insert text in `mode`."""
        return mode in self.text_modes

    def bind(self, mode: str, binding: Binding) -> None:
        """Add or replace a binding in `mode`."""
        self.modes.setdefault(mode, {})[binding.keys] = binding
        self._prefixes.pop(mode, None)

    def unbind(self, mode: str, keys: tuple[str, ...]) -> bool:
        """Remove the binding of `keys` in `mode`; False if there was none."""
        found = self.modes.get(mode, {}).pop(keys, None)
        self._prefixes.pop(mode, None)
        return found is not None

    def continuations(self, mode: str, prefix: tuple[str, ...]) -> list[tuple[str, str]]:
        """What can follow `prefix` in `mode`: (next key, command line or "+group name"),
        one entry per next key, sorted by key."""
        table = self.modes.get(mode, {})
        groups = self.groups.get(mode, {})
        found: dict[str, str] = {}
        for keys, binding in table.items():
            if len(keys) > len(prefix) and keys[: len(prefix)] == prefix:
                step = keys[: len(prefix) + 1]
                if len(keys) == len(prefix) + 1:
                    found[step[-1]] = binding.command
                else:
                    found.setdefault(step[-1], "+" + groups.get(step, "more"))
        return sorted(found.items())

    def group_name(self, mode: str, prefix: tuple[str, ...]) -> str | None:
        """The name given to a prefix, if any."""
        return self.groups.get(mode, {}).get(prefix)

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


def keymap_folders() -> list[Path]:
    """Where keymaps are looked up by name: the user's folder first, then the shipped one."""
    return [config_dir() / "keymaps", data_dir("keymaps")]


def keymap_names() -> list[str]:
    """Every keymap name `load_keymap` accepts (for completion)."""
    return sorted({path.stem for folder in keymap_folders() for path in folder.glob("*.toml")})


def user_layer() -> Path:
    """The user's override file, layered over whichever keymap is chosen."""
    return config_dir() / "keymap.toml"


def find_keymap(name: str) -> Path:
    """The keymap file called `name` (user's, then shipped), or `name` itself when it is a
    path to a .toml file."""
    candidate = Path(name).expanduser()
    if candidate.suffix == ".toml":
        return candidate
    for folder in keymap_folders():
        path = folder / f"{name}.toml"
        if path.is_file():
            return path
    return data_dir("keymaps") / f"{name}.toml"


def load_keymap(name: str, registry: Registry, user: bool = False) -> tuple[Keymap, list[KeymapError]]:
    """Load a keymap by name or path, following `extends`, then (with `user`) the user's layer
    when it exists; return it with every problem found."""
    keymap = Keymap(name)
    errors: list[KeymapError] = []
    _load_into(keymap, find_keymap(name), registry, errors, set())
    layer = user_layer()
    if user and layer.is_file():
        _load_into(keymap, layer, registry, errors, set(), layered=True)
    errors += _shadowed(keymap)
    return keymap, errors


def _load_into(
    keymap: Keymap,
    path: Path,
    registry: Registry,
    errors: list[KeymapError],
    seen: set[Path],
    layered: bool = False,
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
    if parent is not None and layered:
        errors.append(
            KeymapError(source, line_of(text, "extends"), "", "the user layer applies over the chosen keymap; "
                        "choose the base with --keymap or the config's keymap setting")
        )
    elif isinstance(parent, str):
        parent_path = find_keymap(parent)
        if parent_path.resolve() in seen:
            errors.append(KeymapError(source, line_of(text, "extends"), "", "extends itself"))
        else:
            _load_into(keymap, parent_path, registry, errors, seen)
    keymap.sources.append(source)
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
            line = line_in_table(text, mode, key_text)
            _apply(keymap, mode, key_text, value, source, line, registry, errors)


def _apply(
    keymap: Keymap,
    mode: str,
    key_text: str,
    value: object,
    source: str,
    line: int,
    registry: Registry,
    errors: list[KeymapError],
) -> None:
    """Bind, name a group or remove, as one entry of a mode table says."""

    def fail(message: str) -> None:
        errors.append(KeymapError(source, line, key_text, message))

    try:
        keys = parse_sequence(key_text)
    except KeyNameError as error:
        fail(str(error))
        return
    problem = next((p for p in map(delivery_problem, keys) if p), None)
    if problem:
        fail(problem)
        return
    if value is False:
        if not keymap.unbind(mode, keys) and keys not in keymap.groups.get(mode, {}):
            fail("nothing to remove: the key is not bound")
        keymap.groups.get(mode, {}).pop(keys, None)
        return
    if isinstance(value, dict):
        name = value.get("group")
        if set(value) != {"group"} or not isinstance(name, str) or not name:
            fail('a table value names a prefix: { group = "name" }')
            return
        keymap.groups.setdefault(mode, {})[keys] = name
        return
    binding = _binding(keys, key_text, value, source, line, registry, fail)
    if binding is not None:
        keymap.bind(mode, binding)


def _binding(
    keys: tuple[str, ...],
    key_text: str,
    value: object,
    source: str,
    line: int,
    registry: Registry,
    fail: Callable[[str], None],
) -> Binding | None:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = "; ".join(value)
    if not isinstance(value, str):
        fail('expected a command line, a list of them, { group = "name" } or false')
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
        if registry.lookup(invocation.name) is None:
            fail(f"unknown command {invocation.name!r}")
            return None
    return Binding(keys, value, source, line)


def _shadowed(keymap: Keymap) -> list[KeymapError]:
    """Sequences that can never be typed because a shorter one is bound: the shorter binding
    runs as soon as its keys are pressed."""
    errors = []
    for mode, table in keymap.modes.items():
        for keys, binding in table.items():
            for end in range(1, len(keys)):
                shorter = table.get(keys[:end])
                if shorter is not None:
                    errors.append(
                        KeymapError(
                            binding.source,
                            binding.line,
                            " ".join(keys),
                            f"never reached in {mode} mode: {' '.join(shorter.keys)!r} is bound on its own "
                            f"({shorter.source}:{shorter.line})",
                        )
                    )
                    break
    return errors
