"""The user's settings file: `$XDG_CONFIG_HOME/ted/config.toml`.

    theme = "light"          # a ted theme or any pygments style
    keymap = "default"
    wrap = false
    line_numbers = "relative"   # absolute, relative or off
    cursor_line = true
    whitespace = false
    ruler = 80                  # 0 for none
    scroll_margin = 3
    tab_width = 4
    clipboard = "auto"          # auto, system (a tool only), osc52 or internal
    commands = ["view.ruler 100", "keymap.use emacs"]   # command lines run when ted starts
    persistent_undo = false     # keep each file's undo history across sessions

Every problem (a TOML error, an unknown setting, a value of the wrong kind) is reported with the
file, line and key, and that entry is ignored: a broken config never stops ted from starting.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.core.cmdline import CommandLineError, parse
from editor.core.paths import config_dir
from editor.core.tomlsource import line_of, syntax_error

CHOICES: dict[str, tuple[str, ...]] = {
    "line_numbers": ("absolute", "relative", "off"),
    "clipboard": ("auto", "internal", "osc52", "system"),
}
# Each setting and the Python type its value must have.
KINDS: dict[str, type] = {
    "theme": str,
    "keymap": str,
    "wrap": bool,
    "line_numbers": str,
    "cursor_line": bool,
    "whitespace": bool,
    "ruler": int,
    "scroll_margin": int,
    "tab_width": int,
    "clipboard": str,
    "commands": list,
    "persistent_undo": bool,
}


@dataclass(frozen=True)
class ConfigError:
    """One problem in the settings file."""

    source: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: key {self.key!r}: {self.message}" if self.key else f"{where}: {self.message}"


def config_path() -> Path:
    """Where the settings file lives."""
    return config_dir() / "config.toml"


def load_config(path: Path | None = None) -> tuple[dict[str, Any], list[ConfigError]]:
    """The valid settings from the file (none when it does not exist) and every problem."""
    path = path or config_path()
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError) as error:
        return {}, [ConfigError(source, 0, "", f"cannot read: {error}")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, message = syntax_error(text, error)
        return {}, [ConfigError(source, line, "", message)]
    settings: dict[str, Any] = {}
    errors: list[ConfigError] = []
    for key, value in data.items():
        problem = _problem(key, value)
        if problem:
            errors.append(ConfigError(source, line_of(text, key), key, problem))
        else:
            settings[key] = value
    return settings, errors


def _commands_problem(value: Any) -> str:
    """What is wrong with the list of startup command lines ("" when nothing)."""
    if not isinstance(value, list) or not all(isinstance(line, str) for line in value):
        return "expected a list of command lines"
    for number, line in enumerate(value, 1):
        try:
            parse(line)
        except CommandLineError as error:
            return f"command line {number}: {error}"
    return ""


def _problem(key: str, value: Any) -> str:
    """What is wrong with one setting ("" when nothing)."""
    kind = KINDS.get(key)
    if kind is None:
        return f"unknown setting (known: {', '.join(sorted(KINDS))})"
    if kind is list:
        return _commands_problem(value)
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        return f"expected a whole number, got {value!r}"
    if not isinstance(value, kind):
        return f"expected {'true or false' if kind is bool else 'a string'}, got {value!r}"
    if key in CHOICES and value not in CHOICES[key]:
        return f"expected one of {', '.join(CHOICES[key])}, got {value!r}"
    if kind is int and value < 0:
        return f"expected 0 or more, got {value}"
    if key == "tab_width" and not 1 <= value <= 16:
        return "expected 1 to 16"
    return ""
