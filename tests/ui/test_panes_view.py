"""Buffers, split panes, soft wrap, view settings and syntax colours, as drawn on screen."""

from __future__ import annotations

from conftest import click, wheel


def test_split_right_shows_the_buffer_twice_and_edits_stay_in_sync(ted, tmp_path):
    t = ted("a.txt", "alpha\nbeta\n")

    async def scenario(t):
        await t.press("c-w", "v")
        assert len(t.session.panes) == 2
        assert "│" in t.row(0)
        left, right = t.row(0).split("│")
        assert "alpha" in left and "alpha" in right
        await t.type("X")
        left, right = t.row(0).split("│")
        assert "Xalpha" in left and "Xalpha" in right
        # Each pane has its own cursor: the other pane's stays where it was, before the insert.
        first, second = t.session.panes
        assert t.session.pane is second
        assert second.view.cursor.col == 1 and first.view.cursor.col == 0
        await t.press("c-w", "left")
        assert t.session.pane is first
        await t.press("down")
        assert first.view.cursor.line == 1 and second.view.cursor.line == 0

    t.play(scenario)


def test_split_below_has_two_status_lines_and_close_leaves_one(ted):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.press("c-w", "s")
        statuses = [y for y, row in enumerate(t.rows) if "Ln 1, Col 1" in row]
        assert len(statuses) == 2
        await t.press("c-w", "c")
        assert len(t.session.panes) == 1
        assert [y for y, row in enumerate(t.rows) if "Ln 1, Col 1" in row] == [t.size.rows - 2]
        await t.press("c-w", "c")
        assert "only pane" in t.message

    t.play(scenario)


def test_clicking_a_pane_focuses_it_and_places_the_cursor(ted):
    t = ted("a.txt", "first line\nsecond line\n")

    async def scenario(t):
        await t.press("c-w", "v")
        first, second = t.session.panes
        assert t.session.pane is second
        await t.press(click(t.gutter + 3, 1))
        assert t.session.pane is first
        assert first.view.cursor == (1, 3)
        assert second.view.cursor == (0, 0)

    t.play(scenario)


def test_the_wheel_scrolls_only_the_pane_under_the_mouse(ted):
    t = ted("a.txt", "".join(f"line {n}\n" for n in range(1, 101)))

    async def scenario(t):
        await t.press("c-w", "v")
        first, second = t.session.panes
        await t.press(wheel(5, 5, down=True))
        assert first.view.top_line == 3 and second.view.top_line == 0

    t.play(scenario)


def test_resizing_by_key_moves_the_border(ted):
    t = ted("a.txt", "x\n")

    async def scenario(t):
        await t.press("c-w", "v")
        before = t.row(0).index("│")
        await t.press("c-w", ">")
        assert t.row(0).index("│") < before, "the focused right pane grew"

    t.play(scenario)


def test_opening_files_makes_buffers_listed_on_top_and_switchable(ted, tmp_path):
    (tmp_path / "b.txt").write_text("bee\n")
    t = ted("a.txt", "ay\n")

    async def scenario(t):
        await t.command(f"e {tmp_path / 'b.txt'}")
        assert "1:a.txt" in t.row(0) and "2:b.txt" in t.row(0)
        assert "bee" in t.row(1)
        await t.type("Z")
        assert "2:b.txt+" in t.row(0)
        await t.press("c-b")
        assert "Buffer:" in t.message
        await t.press("1", "enter")
        assert "ay" in t.row(1) and "a.txt" in t.status
        await t.press("c-pagedown")
        assert "Zbee" in t.row(1)

    t.play(scenario)


def test_quit_with_unsaved_buffers_lists_them(ted, tmp_path):
    (tmp_path / "b.txt").write_text("bee\n")
    t = ted("a.txt", "ay\n")

    async def scenario(t):
        await t.type("1")
        await t.command(f"e {tmp_path / 'b.txt'}")
        await t.type("2")
        await t.press("c-q")
        assert t.message.startswith("2 unsaved buffers: a.txt, b.txt.")
        await t.press("y")
        assert (tmp_path / "a.txt").read_text() == "1ay\n"
        assert (tmp_path / "b.txt").read_text() == "2bee\n"

    assert t.play(scenario) == 0


def test_soft_wrap_shows_a_long_line_on_several_rows_and_down_moves_by_row(ted):
    t = ted("a.txt", "a" * 100 + "\nend\n", columns=40)

    async def scenario(t):
        await t.press("a-z")
        width = 40 - t.gutter
        assert t.text_at(0) == "a" * width
        assert t.row(1).strip() == "a" * width, "a continuation row has no line number"
        await t.press("down")
        assert t.cursor == (0, width)
        await t.press("a-z", "home")
        assert t.text_at(1) == "end"

    t.play(scenario)


def test_relative_numbers_whitespace_and_ruler(ted):
    t = ted("a.txt", "a\tb c\nx\ny\n")

    async def scenario(t):
        await t.command("view.line_numbers relative")
        assert [t.row(y).split()[0] for y in range(3)] == ["1", "1", "2"]
        await t.command("view.whitespace on")
        assert "a→  b·c" in t.row(0)
        await t.command("view.ruler 3")
        x = t.gutter + 2
        assert t.cell(x, 1).bg != "default" and t.cell(x + 1, 1).bg == "default"

    t.play(scenario)


def test_matching_bracket_and_cursor_line_are_highlighted(ted):
    t = ted("a.txt", "f(x)\nnext\n")

    async def scenario(t):
        t.session.settings["cursor_line"] = True
        await t.press("right")
        assert t.cell(t.gutter + 1, 0).bg != t.cell(t.gutter, 1).bg
        assert t.cell(t.gutter + 3, 0).bg != "default"
        assert t.cell(t.gutter, 1).bg == "default"
        assert t.cell(t.gutter + 10, 0).bg != "default", "the cursor line spans the row"

    t.play(scenario)


def test_python_is_coloured_and_named_in_the_status_line(ted):
    t = ted("a.py", "def f():\n    return 'x'  # note\n")

    async def scenario(t):
        assert "Python" in t.status
        keyword = t.cell(t.gutter, 0)
        plain = t.cell(t.gutter + 4, 0)
        assert keyword.data == "d" and keyword.fg != plain.fg
        string = t.cell(t.gutter + 11, 1)
        assert string.data == "'" and string.fg != plain.fg
        await t.command("language plain")
        assert t.cell(t.gutter, 0).fg == t.cell(t.gutter + 4, 0).fg
        assert "Text only" in t.status

    t.play(scenario)


def test_switching_the_theme_live_recolours_the_screen(ted):
    t = ted("a.py", "x = 1\n")

    async def scenario(t):
        before = t.cell(0, t.size.rows - 2).bg
        await t.command("theme light")
        assert t.cell(0, t.size.rows - 2).bg != before
        await t.command("theme no-such-theme")
        assert "no-such-theme" in t.message

    t.play(scenario)


def test_the_language_prompt_completes_names_from_a_menu(ted):
    t = ted("notes", "fn main() {}\n")

    async def scenario(t):
        assert "Text only" in t.status
        await t.press("c-e")
        await t.press("language", "enter")
        await t.type("rus")
        assert any(row.strip().startswith("rust") for row in t.rows[:-1])  # the menu
        await t.press("tab")
        assert t.message.endswith("rust")
        await t.press("enter")
        assert "Rust" in t.status

    t.play(scenario)
