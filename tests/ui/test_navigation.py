"""Cursor motions, selections, go-to-line, the command line and the mouse."""

from __future__ import annotations

import pytest
from conftest import click, drag, wheel

from editor.core.text import Pos

NUMBERED = "".join(f"line {n}\n" for n in range(1, 101))  # 101 lines: the last one is empty


def test_arrows_move_the_cursor_and_the_terminal_cursor(ted):
    t = ted("a.txt", "abc\ndef\nfghij\n")

    async def scenario(t):
        await t.press("right", "right")
        assert t.cursor == (0, 2)
        assert t.terminal_cursor == (t.gutter + 2, 0)
        await t.press("down")
        assert t.cursor == (1, 2)
        assert t.terminal_cursor == (t.gutter + 2, 1)
        await t.press("down", "left")
        assert t.cursor == (2, 1)
        await t.press("up")
        assert t.cursor == (1, 1)
        assert "Ln 2, Col 2" in t.status

    t.play(scenario)


def test_up_and_down_keep_the_goal_column_across_a_short_line(ted):
    t = ted("a.txt", "abcd\nx\nfghij\n")

    async def scenario(t):
        await t.press("right", "right", "right", "down")
        assert t.cursor == (1, 1)
        await t.press("down")
        assert t.cursor == (2, 3)
        await t.press("up", "up")
        assert t.cursor == (0, 3)

    t.play(scenario)


def test_left_and_right_cross_line_ends(ted):
    t = ted("a.txt", "ab\ncd\n")

    async def scenario(t):
        await t.press("right", "right", "right")
        assert t.cursor == (1, 0)
        await t.press("left")
        assert t.cursor == (0, 2)
        await t.press("c-home", "left", "up")
        assert t.cursor == (0, 0)

    t.play(scenario)


def test_up_on_the_first_line_goes_to_its_start_and_down_on_the_last_to_its_end(ted):
    t = ted("a.txt", "abc\nxyz")

    async def scenario(t):
        await t.press("right", "up")
        assert t.cursor == (0, 0)
        await t.press("down", "down")
        assert t.cursor == (1, 3)

    t.play(scenario)


def test_smart_home_toggles_between_indentation_and_column_one(ted):
    t = ted("a.py", "    foo\n")

    async def scenario(t):
        await t.press("end")
        assert t.cursor == (0, 7)
        await t.press("home")
        assert t.cursor == (0, 4)
        assert t.terminal_cursor == (t.gutter + 4, 0)
        await t.press("home")
        assert t.cursor == (0, 0)
        await t.press("home")
        assert t.cursor == (0, 4)

    t.play(scenario)


def test_end_goes_to_the_end_of_the_line(ted):
    t = ted("a.txt", "hello\nx\n")

    async def scenario(t):
        await t.press("end")
        assert t.cursor == (0, 5)
        assert "Ln 1, Col 6" in t.status
        assert t.terminal_cursor == (t.gutter + 5, 0)

    t.play(scenario)


def test_cursor_on_an_empty_line_is_drawn_after_the_gutter(ted):
    t = ted("a.txt", "hello\n\nx\n")

    async def scenario(t):
        await t.press("down")
        assert t.cursor == (1, 0)
        assert t.terminal_cursor == (t.gutter, 1)

    t.play(scenario)


def test_ctrl_home_and_ctrl_end_go_to_the_ends_of_the_file_and_scroll(ted):
    t = ted("a.txt", NUMBERED)

    async def scenario(t):
        await t.press("down", "down", "c-end")
        assert t.cursor == (100, 0)
        assert "Ln 101, Col 1" in t.status
        assert t.text_at(20) == "line 100"
        assert t.row(0).split()[0] == "80"
        await t.press("c-home")
        assert t.cursor == (0, 0)
        assert t.row(0).split() == ["1", "line", "1"]
        assert t.terminal_cursor == (t.gutter, 0)

    t.play(scenario)


def test_page_down_and_page_up_move_by_a_screen_keeping_the_cursor_row(ted):
    t = ted("a.txt", NUMBERED)

    async def scenario(t):
        await t.press("down", "right", "right", "pagedown")
        # 24 rows minus status and message lines: 22 rows; a page moves 21 lines and the view
        # scrolls by as much, so the cursor stays on its row.
        assert t.cursor == (22, 2)
        assert t.row(0).split() == ["22", "line", "22"]
        assert t.terminal_cursor == (t.gutter + 2, 1)
        await t.press("pagedown")
        assert t.cursor == (43, 2)
        assert t.row(1).split() == ["44", "line", "44"]
        assert t.terminal_cursor == (t.gutter + 2, 1)
        await t.press("pageup")
        assert t.cursor == (22, 2)
        assert t.row(0).split()[0] == "22"
        await t.press("pageup")
        assert t.cursor == (1, 2)
        assert t.row(0).split()[0] == "1"
        await t.press("pageup")
        assert t.cursor == (0, 2)
        await t.press("pageup")
        assert t.cursor == (0, 0)

    t.play(scenario)


def test_page_down_near_the_end_stops_at_the_last_line(ted):
    t = ted("a.txt", NUMBERED)

    async def scenario(t):
        await t.press("c-g")
        await t.type("90")
        await t.press("enter", "pagedown")
        assert t.cursor == (100, 0)
        assert t.text_at(21) == ""
        assert t.text_at(20) == "line 100"
        await t.press("pagedown")
        assert t.cursor == (100, 0)

    t.play(scenario)


def test_ctrl_left_and_ctrl_right_move_by_words(ted):
    t = ted("a.txt", "foo bar.baz qux\nnext\n")

    async def scenario(t):
        await t.press("c-right")
        assert t.cursor == (0, 3)
        await t.press("c-right")
        assert t.cursor == (0, 7)
        await t.press("c-right")
        assert t.cursor == (0, 8)
        await t.press("c-left")
        assert t.cursor == (0, 7)
        await t.press("c-left")
        assert t.cursor == (0, 4)
        await t.press("end", "c-right")
        assert t.cursor == (1, 0)
        await t.press("c-left")
        assert t.cursor == (0, 15)

    t.play(scenario)


SELECTIONS = [
    # keys, start position (line, col), expected (anchor, head)
    (["s-right", "s-right"], (0, 1), ((0, 1), (0, 3))),
    (["s-left"], (0, 3), ((0, 3), (0, 2))),
    (["s-down"], (0, 2), ((0, 2), (1, 2))),
    (["s-up"], (1, 3), ((1, 3), (0, 3))),
    (["s-end"], (0, 2), ((0, 2), (0, 9))),
    (["s-home"], (1, 6), ((1, 6), (1, 2))),
    (["c-s-end"], (1, 1), ((1, 1), (3, 0))),
    (["c-s-home"], (1, 1), ((1, 1), (0, 0))),
    (["c-s-right"], (0, 0), ((0, 0), (0, 5))),
    (["c-s-left"], (0, 9), ((0, 9), (0, 6))),
    (["s-pagedown"], (0, 1), ((0, 1), (2, 1))),
    (["s-pageup"], (2, 1), ((2, 1), (0, 1))),
]


@pytest.mark.parametrize(("keys", "start", "expected"), SELECTIONS,
                         ids=[" ".join(keys) for keys, _, _ in SELECTIONS])
def test_shift_keys_extend_the_selection_and_draw_it(ted, keys, start, expected):
    # Three rows of pane: page keys move two lines.
    t = ted("a.txt", "hello big\n  indented\nlast\n", line=start[0] + 1, col=start[1] + 1, rows=5)

    async def scenario(t):
        assert t.cursor == start
        await t.press(*keys)
        anchor, head = expected
        assert (t.selection.anchor, t.selection.head) == (Pos(*anchor), Pos(*head))
        selected = t.session.document.text.text(t.selection.start, t.selection.end)
        lines = selected.split("\n")
        first = min(anchor, head)[0] - t.session.view.top_line
        for offset, part in enumerate(lines):
            if part and first + offset >= 0:
                assert part in t.highlighted(first + offset), (keys, part, t.dump())

    t.play(scenario)


def test_selection_is_not_drawn_outside_the_selected_text(ted):
    t = ted("a.txt", "hello world\n")

    async def scenario(t):
        await t.press("c-s-right")
        assert t.highlighted(0) == "hello"
        assert t.highlighted(1) == ""

    t.play(scenario)


def test_escape_drops_the_selection(ted):
    t = ted("a.txt", "hello world\n")

    async def scenario(t):
        await t.press("s-end")
        assert t.highlighted(0).startswith("hello world")
        await t.press("escape")
        assert t.selection.empty
        assert t.cursor == (0, 11)
        assert t.highlighted(0) == ""
        assert t.text == "hello world\n"

    t.play(scenario)


def test_left_and_right_collapse_a_selection_to_its_ends(ted):
    t = ted("a.txt", "hello world\n")

    async def scenario(t):
        await t.press("right", "s-right", "s-right", "s-right", "left")
        assert t.selection.empty and t.cursor == (0, 1)
        await t.press("s-right", "s-right", "right")
        assert t.selection.empty and t.cursor == (0, 3)

    t.play(scenario)


def test_ctrl_g_asks_for_a_line_and_goes_there(ted):
    t = ted("a.txt", NUMBERED)

    async def scenario(t):
        await t.press("c-g")
        assert t.message.startswith("line:")
        await t.type("57")
        assert t.message.startswith("line: 57")
        assert t.text == NUMBERED
        await t.press("enter")
        assert t.cursor == (56, 0)
        assert "Ln 57, Col 1" in t.status
        assert any(row.split()[:3] == ["57", "line", "57"] for row in t.rows)
        assert not t.message.startswith("line:")

    t.play(scenario)


def test_ctrl_g_escape_cancels(ted):
    t = ted("a.txt", NUMBERED)

    async def scenario(t):
        await t.press("down", "c-g")
        await t.type("9")
        await t.press("escape")
        assert t.cursor == (1, 0)
        assert "line:" not in t.message
        await t.type("x")
        assert t.text.startswith("line 1\nxline 2")

    t.play(scenario)


def test_ctrl_g_with_a_word_shows_why_it_is_refused(ted):
    t = ted("a.txt", NUMBERED)

    async def scenario(t):
        await t.press("c-g")
        await t.type("abc")
        await t.press("enter")
        assert t.cursor == (0, 0)
        assert any("line: expected a whole number" in row for row in t.rows), t.dump()

    t.play(scenario)


def test_ctrl_e_runs_a_typed_command_line(ted):
    t = ted("a.txt", NUMBERED)

    async def scenario(t):
        await t.press("c-e")
        assert t.message.startswith("Command:")
        await t.type("cursor.goto_line 3")
        assert t.message == "Command: cursor.goto_line 3"
        # Typed into the prompt, not the document.
        assert t.text == NUMBERED
        await t.press("enter")
        assert t.cursor == (2, 0)
        assert "Ln 3, Col 1" in t.status

    t.play(scenario)


def test_ctrl_e_runs_several_commands_and_arguments(ted):
    t = ted("a.txt", "abc\ndefgh\n")

    async def scenario(t):
        await t.command("cursor.goto_line 2 4; edit.insert X")
        assert t.text == "abc\ndefXgh\n"
        assert t.cursor == (1, 4)

    t.play(scenario)


def test_ctrl_e_unknown_command_shows_an_error(ted):
    t = ted("a.txt", "abc\n")

    async def scenario(t):
        await t.command("no.such_thing")
        assert t.message == "unknown command: no.such_thing"
        assert t.cell(0, t.size.rows - 1).bold
        assert t.text == "abc\n"

    t.play(scenario)


def test_an_unbound_key_says_so(ted):
    t = ted("a.txt", "abc\n")

    async def scenario(t):
        await t.press("\x14")  # Ctrl-T
        assert t.message == "c-t is not bound"
        assert t.text == "abc\n"

    t.play(scenario)


def test_a_click_places_the_cursor(ted):
    t = ted("a.txt", "abc\ndefgh\nxy\n")

    async def scenario(t):
        await t.press(click(t.gutter + 3, 1))
        assert t.cursor == (1, 3)
        assert t.terminal_cursor == (t.gutter + 3, 1)
        assert "Ln 2, Col 4" in t.status
        await t.press(click(t.gutter + 30, 0))
        assert t.cursor == (0, 3)
        await t.press(click(0, 2))
        assert t.cursor == (2, 0)
        await t.press(click(t.gutter + 1, 15))
        assert t.cursor[0] == 3

    t.play(scenario)


def test_a_drag_selects(ted):
    t = ted("a.txt", "abc\ndefgh\n")

    async def scenario(t):
        await t.press(click(t.gutter + 1, 0, release=False), drag(t.gutter + 2, 1),
                      drag(t.gutter + 3, 1), f"\x1b[<0;{t.gutter + 4};2m")
        assert t.selection.anchor == Pos(0, 1)
        assert t.selection.head == Pos(1, 3)
        assert t.highlighted(0).startswith("bc")
        assert t.highlighted(1) == "def"
        await t.type("Z")
        assert t.text == "aZgh\n"

    t.play(scenario)


def test_the_wheel_scrolls_the_view(ted):
    t = ted("a.txt", NUMBERED)

    async def scenario(t):
        await t.press(wheel(10, 5, down=True))
        assert t.row(0).split() == ["4", "line", "4"]
        assert t.session.view.top_line == 3
        # The cursor is brought into the visible rows.
        assert t.cursor[0] == 3
        await t.press(wheel(10, 5, down=True), wheel(10, 5, down=True))
        assert t.row(0).split() == ["10", "line", "10"]
        await t.press(wheel(10, 5, down=False))
        assert t.row(0).split() == ["7", "line", "7"]
        assert t.text == NUMBERED

    t.play(scenario)


def test_the_wheel_keeps_a_visible_cursor_where_it_is(ted):
    t = ted("a.txt", NUMBERED, line=11)

    async def scenario(t):
        assert t.cursor == (10, 0)
        await t.press(wheel(10, 5, down=True))
        assert t.row(0).split() == ["4", "line", "4"]
        assert t.cursor == (10, 0)
        assert t.terminal_cursor == (t.gutter, 7)

    t.play(scenario)
