"""Several cursors through the real application: each one drawn, typing at all of them."""

from __future__ import annotations


def test_two_cursors_are_drawn_and_typing_goes_to_both(ted):
    t = ted("a.txt", "ab\ncd\n")

    async def scenario(t):
        await t.press("right", "c-a-down")
        assert len(t.session.view.selections) == 2
        # The new cursor (line 2) is the primary one, drawn by the terminal; the other one is
        # a reversed cell.
        assert t.terminal_cursor == (t.gutter + 1, 1)
        assert t.cell(t.gutter + 1, 0).reverse
        assert not t.cell(t.gutter + 0, 0).reverse
        await t.type("X")
        assert t.text == "aXb\ncXd\n"
        assert t.text_at(0) == "aXb" and t.text_at(1) == "cXd"
        assert t.terminal_cursor == (t.gutter + 2, 1)
        assert t.cell(t.gutter + 2, 0).reverse and t.cell(t.gutter + 2, 0).data == "b"
        await t.press("end")
        # At the end of a line the secondary cursor is the reversed cell after the text.
        assert t.cell(t.gutter + 3, 0).reverse
        await t.press("escape")
        assert len(t.session.view.selections) == 1
        assert not t.cell(t.gutter + 3, 0).reverse

    t.play(scenario)


def test_ctrl_d_selects_both_words_highlighted(ted):
    t = ted("a.txt", "foo x foo\n")

    async def scenario(t):
        await t.press("c-d", "c-d")
        assert t.highlighted(0) == "foofoo"
        await t.type("ab")
        assert t.text == "ab x ab\n"

    t.play(scenario)
