"""Several cursors through the real application: each one drawn, typing at all of them."""

from __future__ import annotations

from conftest import click, drag


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


# xterm's bytes for Alt+Shift+arrows (modifier 4 = 1 + Shift + Alt) and SGR mouse reports with
# Alt held (8 added to the button code).
ALT_SHIFT = {"up": "\x1b[1;4A", "down": "\x1b[1;4B", "right": "\x1b[1;4C", "left": "\x1b[1;4D"}


def alt_press(x: int, y: int) -> str:
    return f"\x1b[<8;{x + 1};{y + 1}M"


def alt_drag(x: int, y: int) -> str:
    return f"\x1b[<40;{x + 1};{y + 1}M"


def alt_release(x: int, y: int) -> str:
    return f"\x1b[<8;{x + 1};{y + 1}m"


def test_alt_shift_arrows_select_a_block_drawn_on_every_line(ted):
    t = ted("a.txt", "abcd\nef\nghij\n")

    async def scenario(t):
        await t.press("right", ALT_SHIFT["down"], ALT_SHIFT["down"], ALT_SHIFT["right"])
        await t.press(ALT_SHIFT["right"])
        assert len(t.session.view.selections) == 3
        assert t.highlighted(0) == "bc"
        assert t.highlighted(1) == "f"
        assert t.highlighted(2) == "hi"
        # The primary cursor is on the moving corner's line (the third), after "hi".
        assert t.terminal_cursor == (t.gutter + 3, 2)
        await t.type("-")
        assert t.text == "a-d\ne-\ng-j\n"
        await t.press("escape")
        assert len(t.session.view.selections) == 1
        assert t.cursor == (2, 2)

    t.play(scenario)


def test_alt_drag_makes_a_block_and_a_plain_drag_still_selects_text(ted):
    t = ted("a.txt", "abcd\nef\nghij\n")

    async def scenario(t):
        g = t.gutter
        await t.press(alt_press(g + 1, 0), alt_drag(g + 2, 1), alt_drag(g + 3, 2))
        await t.press(alt_release(g + 3, 2))
        assert [(s.start, s.end) for s in t.session.view.selections] == [
            ((2, 1), (2, 3)), ((0, 1), (0, 3)), ((1, 1), (1, 2)),
        ]
        assert t.highlighted(0) == "bc" and t.highlighted(1) == "f" and t.highlighted(2) == "hi"
        await t.press("delete")
        assert t.text == "ad\ne\ngj\n"
        # Without Alt, a drag selects from the press to the pointer, across lines.
        await t.press(click(g + 1, 0, release=False), drag(g + 1, 2), f"\x1b[<0;{g + 2};3m")
        assert len(t.session.view.selections) == 1
        # The selection takes in each line's end (a highlighted cell after its text).
        assert [t.highlighted(y) for y in range(3)] == ["d ", "e ", "g"]

    t.play(scenario)


def test_alt_drag_past_the_end_of_short_lines_keeps_the_block_width(ted):
    t = ted("a.txt", "ab\nabcdefgh\n")

    async def scenario(t):
        g = t.gutter
        # From column 5 of the short first line (past its end) to column 7 of the second.
        await t.press(alt_press(g + 5, 0), alt_drag(g + 7, 1), alt_release(g + 7, 1))
        assert t.session.view.selection.start.col == 5
        assert t.highlighted(1) == "fg"
        assert t.session.view.selections[1].head.col == 2

    t.play(scenario)


def test_alt_drag_measures_the_block_in_screen_cells_over_wide_characters(ted):
    t = ted("a.txt", "字字ab\nabcdef\n")

    async def scenario(t):
        g = t.gutter
        # Cells 4-5 of both lines: "ab" after the two wide characters, "ef" below.
        await t.press(alt_press(g + 4, 0), alt_drag(g + 6, 1), alt_release(g + 6, 1))
        assert t.highlighted(0) == "ab"
        assert t.highlighted(1) == "ef"
        await t.type("*")
        assert t.text == "字字*\nabcd*\n"

    t.play(scenario)
