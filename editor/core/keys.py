"""Canonical key names.

A key is written as optional modifiers `c-` (Ctrl), `a-` (Alt), `s-` (Shift), in that order,
followed by a base: a printable character, or one of the names in `NAMED_KEYS` ("space" for the
space bar). Examples: "c-s", "a-x", "s-tab", "c-s-left", "f5", "escape", "A". A sequence is keys
separated by spaces: "c-k c-u". Common spellings (ctrl-, C-, M-, alt-, shift-, esc, return, del,
pgup) are accepted and normalised.
"""

from __future__ import annotations

NAMED_KEYS = frozenset(
    {
        "escape", "enter", "tab", "backspace", "delete", "insert", "space",
        "home", "end", "pageup", "pagedown", "up", "down", "left", "right",
    }
    | {f"f{n}" for n in range(1, 25)}
)

_BASE_ALIASES = {
    "esc": "escape", "return": "enter", "ret": "enter", "cr": "enter", "del": "delete",
    "bs": "backspace", "pgup": "pageup", "pgdn": "pagedown", "pgdown": "pagedown",
    "ins": "insert", "spc": "space", " ": "space",
}
_MODIFIERS = {
    "c": "c", "ctrl": "c", "control": "c",
    "a": "a", "alt": "a", "m": "a", "meta": "a",
    "s": "s", "shift": "s",
}
_ORDER = "cas"


class KeyNameError(ValueError):
    """A key name that is not a valid key."""


def normalise_key(name: str) -> str:
    """The canonical spelling of one key, e.g. "Ctrl-S" -> "c-s"; raises KeyNameError."""
    if len(name) == 1:
        return "space" if name == " " else name
    mods: set[str] = set()
    rest = name
    while "-" in rest[:-1]:
        head, _, tail = rest.partition("-")
        modifier = _MODIFIERS.get(head.lower())
        if modifier is None:
            break
        mods.add(modifier)
        rest = tail
    base = rest if len(rest) == 1 else rest.lower()
    base = _BASE_ALIASES.get(base, base)
    if len(base) != 1 and base not in NAMED_KEYS:
        raise KeyNameError(f"unknown key name {name!r}")
    if len(base) == 1 and not base.isprintable():
        raise KeyNameError(f"unprintable key {name!r}")
    if "s" in mods and "c" in mods and len(base) == 1 and base.isalpha():
        raise KeyNameError(
            f"{name!r}: a terminal sends Ctrl-Shift-{base.upper()} exactly as Ctrl-{base.upper()}"
        )
    if "s" in mods and len(base) == 1 and base.isalpha():
        mods.discard("s")
        base = base.upper() if "c" not in mods else base
    if "c" in mods and len(base) == 1:
        base = base.lower()
    prefix = "".join(f"{m}-" for m in _ORDER if m in mods)
    return prefix + base


# Keys a terminal sends as some other key (or not at all), and what to bind instead.
_SAME_AS = {
    "c-m": "Ctrl-M is Enter to a terminal; bind 'enter'",
    "c-i": "Ctrl-I is Tab to a terminal; bind 'tab'",
    "c-[": "Ctrl-[ is Escape to a terminal; bind 'escape'",
    "c-h": "Ctrl-H arrives as Backspace in most terminals; bind 'backspace'",
    "c-/": "Ctrl-/ arrives as Ctrl-_ in most terminals; bind 'c-_'",
    "c-enter": "terminals send Ctrl-Enter as Enter",
    "s-enter": "terminals send Shift-Enter as Enter",
    "c-tab": "terminals send Ctrl-Tab as Tab",
    "c-backspace": "terminals send Ctrl-Backspace as Backspace or Ctrl-H",
    "s-backspace": "terminals send Shift-Backspace as Backspace",
    "s-space": "terminals send Shift-Space as Space",
    "c-escape": "terminals send no Ctrl-Escape",
}
_CTRL_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz\\]^_")


def delivery_problem(key: str) -> str | None:
    """Why a terminal cannot send canonical `key` as itself, or None when it can."""
    mods, rest = [], key
    while len(rest) > 2 and rest[1] == "-" and rest[0] in _ORDER:
        mods.append(rest[0])
        rest = rest[2:]
    plain = "".join(f"{m}-" for m in mods if m != "a") + rest  # Alt is sent as a prefix
    if plain in _SAME_AS:
        return _SAME_AS[plain]
    if plain.startswith("c-") and len(plain) == 3 and plain[2] not in _CTRL_CHARACTERS:
        return f"terminals have no distinct {key!r}: Ctrl works with letters and \\ ] ^ _ only"
    return None


def parse_sequence(text: str) -> tuple[str, ...]:
    """A space-separated key sequence as canonical key names."""
    keys = tuple(normalise_key(part) for part in text.split())
    if not keys:
        raise KeyNameError("empty key sequence")
    return keys


def is_printable(key: str) -> bool:
    """True for keys that type a character: single printable characters and "space"."""
    return key == "space" or (len(key) == 1 and key.isprintable())


def key_text(key: str) -> str:
    """The character a printable key types."""
    return " " if key == "space" else key
