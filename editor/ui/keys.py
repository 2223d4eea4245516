"""Turning prompt_toolkit key presses into ted's canonical key names.

prompt_toolkit reports Ctrl-I as "c-i" and Enter as "c-m" (the terminal cannot tell them
apart), Alt as an Escape prefix, and printable keys as their character. ted's names are those of
`editor.core.keys`: "tab", "enter", "a-x", "space".
"""

from __future__ import annotations

import re

from prompt_toolkit.key_binding.key_processor import KeyPress
from prompt_toolkit.keys import Keys

_RENAMES = {
    Keys.ControlM.value: "enter",
    Keys.ControlI.value: "tab",
    Keys.ControlH.value: "backspace",
    Keys.ControlAt.value: "c-space",
    Keys.BackTab.value: "s-tab",
    Keys.Escape.value: "escape",
}
# xterm's arrows with modifiers: ESC [ 1 ; N A-D, N - 1 a bit mask of Shift (1), Alt (2) and
# Ctrl (4). prompt_toolkit swaps up and down for some of them (Ctrl-Alt-Up arrives as
# Ctrl-Alt-Down), so these are named from the bytes.
_MODIFIED_ARROW = re.compile(r"\x1b\[1;([2-8])([ABCD])")
_ARROWS = {"A": "up", "B": "down", "C": "right", "D": "left"}
_IGNORED = {
    Keys.CPRResponse.value,
    Keys.Vt100MouseEvent.value,
    Keys.WindowsMouseEvent.value,
    Keys.BracketedPaste.value,
    Keys.ScrollUp.value,
    Keys.ScrollDown.value,
    Keys.Ignore.value,
    Keys.SIGINT.value,
}


def key_name(press: KeyPress) -> str | None:
    """The canonical name of one key press (None for events that are not keys)."""
    key = press.key.value if isinstance(press.key, Keys) else press.key
    if key in _IGNORED:
        return None
    if key in _RENAMES:
        return _RENAMES[key]
    if isinstance(press.key, Keys):
        return key
    if key == " ":
        return "space"
    if len(key) == 1 and key.isprintable():
        return key
    return None


def _arrow(data: str) -> str | None:
    """The canonical name of a modified arrow key from its xterm bytes, if it is one."""
    found = _MODIFIED_ARROW.fullmatch(data)
    if found is None:
        return None
    bits = int(found[1]) - 1
    mods = "".join(name for bit, name in ((4, "c-"), (2, "a-"), (1, "s-")) if bits & bit)
    return mods + _ARROWS[found[2]]


def canonical(presses: list[KeyPress]) -> str | None:
    """The name of a key event: one press, or Escape followed by a key meaning Alt+key."""
    arrow = _arrow(presses[0].data) if presses else None
    if arrow is not None:
        return arrow
    if len(presses) == 2 and presses[0].key == Keys.Escape:
        inner = key_name(presses[1])
        if inner is None or inner.startswith("a-"):
            return None
        if len(inner) == 1 and inner.isupper():
            return "a-" + inner
        return "a-" + inner if not inner.startswith(("c-", "s-")) else _with_alt(inner)
    return key_name(presses[0]) if len(presses) == 1 else None


def _with_alt(name: str) -> str:
    """Insert the Alt modifier in canonical order (c-, a-, s-)."""
    if name.startswith("c-"):
        return "c-a-" + name[2:]
    return "a-" + name
