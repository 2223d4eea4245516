"""App tests: the hint while a key sequence is pending, describe-key and switching keymaps."""

from __future__ import annotations

import re


def test_a_pending_prefix_shows_what_can_follow(ted):
    t = ted("a.txt", "hello\n")

    async def scenario(t):
        await t.press("c-w")
        assert t.message == "c-w (panes) …"
        screen = "\n".join(t.rows)
        assert re.search(r" s +pane\.split_below", screen) and re.search(r" v +pane\.split_right", screen)
        await t.press("v")
        assert "pane.split_below" not in "\n".join(t.rows)
        assert t.row(0).count("hello") == 2

    t.play(scenario)


def test_describe_key_reports_on_the_message_line_without_running_the_key(ted):
    t = ted("a.txt", "hello\n")

    async def scenario(t):
        await t.command("describe-key")
        assert "press a key" in t.message
        await t.press("c-k")
        assert "c-k runs 'edit.delete_line'" in t.message and "default.toml" in t.message
        assert t.text == "hello\n"

    t.play(scenario)


def test_switching_to_the_emacs_keymap_live(ted):
    t = ted("a.txt", "hello\n")

    async def scenario(t):
        await t.command("keymap emacs")
        assert "Keymap: emacs" in t.message
        await t.press("c-e")
        await t.type("!")
        assert t.text == "hello!\n"
        await t.press("c-x", "c-s")
        assert t.session.document.path.read_text() == "hello!\n"

    t.play(scenario)
