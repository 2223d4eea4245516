"""Where ted keeps its configuration, state and shipped data.

Configuration is read only from the user's config directory; state (recovery files, backups,
history, the undo trees kept by `persistent_undo`) lives in a private directory under
`$XDG_STATE_HOME/ted/`.
"""

from __future__ import annotations

import os
from pathlib import Path


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var, "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def config_dir() -> Path:
    """The user's ted configuration directory (`$XDG_CONFIG_HOME/ted`)."""
    return _xdg("XDG_CONFIG_HOME", ".config") / "ted"


def state_dir(create: bool = True) -> Path:
    """The private state directory (`$XDG_STATE_HOME/ted`), created 0700 when asked."""
    path = _xdg("XDG_STATE_HOME", ".local/state") / "ted"
    if create:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def undo_dir(create: bool = True) -> Path:
    """Where undo trees kept across sessions live (`$XDG_STATE_HOME/ted/undo`), created 0700
    when asked."""
    path = state_dir(create) / "undo"
    if create:
        path.mkdir(mode=0o700, exist_ok=True)
    return path


def data_dir(name: str) -> Path:
    """A shipped data folder (`keymaps` or `themes`), inside the wheel or in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / name
    if installed.is_dir():
        return installed
    return package.parent / name
