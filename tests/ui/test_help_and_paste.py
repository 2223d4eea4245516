"""F1's cheat sheet, the first-run hint, and bracketed paste, through the real application."""

from __future__ import annotations

import base64

from conftest import paste


def test_f1_opens_the_cheat_sheet_of_the_keymap(ted):
    t = ted("a.txt", "mine\n")

    async def scenario(t):
        await t.press("f1")
        await t.until_shown("file.save")
        assert t.session.document.name == "[keys]"
        assert t.status.lstrip().startswith("[keys]")
        shown = "\n".join(t.rows)
        assert "c-s" in shown and "file.save" in shown and "Save the file" in shown
        sheet = t.text
        assert sheet.startswith("Keys of the keymap 'default'")
        await t.type("x")
        assert t.session.document.name == "[keys]"
        assert t.text == sheet
        assert "read-only" in t.message

    t.play(scenario)


def test_the_first_message_says_how_to_open_the_palette_and_quit(ted):
    t = ted("a.txt", "mine\n")

    async def scenario(t):
        assert "Ctrl-P" in t.message and "Ctrl-Q quit" in t.message and "F1" in t.message

    t.play(scenario)


def test_bracketed_paste_is_not_auto_indented(ted):
    t = ted("a.py", "def f():\n    x = 1\n")

    async def scenario(t):
        await t.press("down", "end", paste("\nif y:\n    z = 2\nw = 3"))
        assert t.text == "def f():\n    x = 1\nif y:\n    z = 2\nw = 3\n"
        await t.press("c-z")
        assert t.text == "def f():\n    x = 1\n"

    t.play(scenario)


def test_copy_sends_osc52_to_the_terminal_and_keeps_the_text(ted, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("TMUX", raising=False)
    t = ted("a.txt", "one\ntwo\n")

    async def scenario(t):
        t.session.settings["clipboard"] = "osc52"  # OSC 52 is used only when chosen
        await t.press("c-c")
        assert t.session.clipboard == ["one\n"]
        payload = base64.b64encode(b"one\n").decode()
        assert f"\x1b]52;c;{payload}\x07" in t.raw

    t.play(scenario)
