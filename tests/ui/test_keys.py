"""Every key of the default keymap, as a terminal sends it, reaches the session by its name."""

from __future__ import annotations

import tomllib

from conftest import KEYS

from editor.core.paths import data_dir


def _default_bindings() -> list[str]:
    """Every key that appears in the default keymap's sequences, each once."""
    path = data_dir("keymaps") / "default.toml"
    table = tomllib.loads(path.read_text(encoding="utf-8"))["normal"]
    keys: dict[str, None] = {}
    for sequence in table:
        keys.update(dict.fromkeys(sequence.split()))
    return list(keys)


def test_the_tests_can_send_every_key_of_the_default_keymap():
    missing = [key for key in _default_bindings() if key not in KEYS and len(key) > 1]
    assert missing == []


def test_every_bound_key_arrives_under_its_canonical_name(ted):
    t = ted("a.txt", "one\n")
    bindings = _default_bindings()
    received: list[str] = []

    async def scenario(t):
        t.session.feed_key = lambda name: received.append(name) or True
        for key in bindings:
            await t.press(key)
        assert received == list(bindings)
        # Nothing ran: the text and the app are as they were.
        assert t.text == "one\n"
        assert t.app.is_running

    t.play(scenario)


def test_printable_keys_and_alt_letters_arrive_as_typed(ted):
    t = ted("a.txt", "")
    received: list[str] = []

    async def scenario(t):
        t.session.feed_key = lambda name: received.append(name) or True
        await t.press("a", "Z", " ", "é", "中", "\x1bx", "\x1bX")
        assert received == ["a", "Z", "space", "é", "中", "a-x", "a-X"]

    t.play(scenario)


def test_modified_arrows_are_named_from_xterms_bytes():
    from prompt_toolkit.key_binding.key_processor import KeyPress
    from prompt_toolkit.keys import Keys

    from editor.ui.keys import canonical

    # prompt_toolkit itself reads these two as Ctrl-Alt-Down and Alt-Shift-Up.
    assert canonical([KeyPress(Keys.Escape, "\x1b[1;7A"), KeyPress(Keys.ControlDown, "")]) == "c-a-up"
    assert canonical([KeyPress(Keys.Escape, "\x1b[1;4B"), KeyPress(Keys.ShiftUp, "")]) == "a-s-down"
    assert canonical([KeyPress(Keys.ControlShiftDown, "\x1b[1;6A")]) == "c-s-up"
    assert canonical([KeyPress(Keys.ControlLeft, "\x1b[1;5D")]) == "c-left"
