"""Moving through the undo tree with Alt-, / Alt-. and the history list, in the real app."""

from __future__ import annotations


def test_alt_comma_and_alt_period_walk_every_revision_in_time_order(ted):
    t = ted("a.txt", "one\ntwo\n")

    async def scenario(t):
        await t.press("c-k")
        assert t.text == "two\n"
        await t.press("c-z")
        await t.press("down", "c-k")
        assert t.text == "one\n"
        await t.press("a-,")
        assert t.text == "two\n"
        assert t.message == "Revision 1 of 2"
        await t.press("a-,")
        assert t.text == "one\ntwo\n"
        assert "[+]" not in t.status
        await t.press("a-.", "a-.")
        assert t.text == "one\n"
        assert t.text_at(0) == "one"

    t.play(scenario)


def test_the_history_list_is_shown_and_goto_returns_to_the_file(ted):
    t = ted("a.txt", "one\ntwo\n")

    async def scenario(t):
        await t.press("c-k")
        await t.command("history.list")
        await t.until_shown("Undo history of a.txt")
        assert "[history a.txt]" in t.status
        await t.command("history.goto 0")
        assert t.text == "one\ntwo\n"
        assert t.text_at(1) == "one"  # below the line listing the two buffers
        assert "a.txt" in t.status and "[+]" not in t.status

    t.play(scenario)
