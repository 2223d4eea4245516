"""Turning a theme file into a prompt_toolkit Style.

A theme's `[ui]` table maps role names (the `class:` names the UI draws with) to style strings.
A theme that cannot be read falls back to a built-in plain style, so ted always starts.
"""

from __future__ import annotations

import tomllib

from prompt_toolkit.styles import Style

from editor.core.paths import data_dir

FALLBACK = {
    "line-number": "ansibrightblack",
    "selection": "reverse",
    "escape": "ansired bold",
    "status": "reverse",
    "error": "ansired bold",
}


def load_style(name: str) -> Style:
    """The prompt_toolkit Style for the shipped theme called `name`."""
    path = data_dir("themes") / f"{name}.toml"
    try:
        roles = tomllib.loads(path.read_text(encoding="utf-8")).get("ui", {})
        return Style.from_dict({key: str(value) for key, value in roles.items()})
    except (OSError, tomllib.TOMLDecodeError, ValueError):
        return Style.from_dict(FALLBACK)
