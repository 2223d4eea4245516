"""What ted draws: the status line, unsafe characters, tabs and wide characters, errors,
resizing."""

from __future__ import annotations

import re

from conftest import click

from editor.core.commands import REGISTRY, CommandError, Registry
from editor.core.text import Pos
from editor.ui.app import HINT


def test_status_line_shows_name_modified_position_encoding_and_ending(ted):
    t = ted("notes.txt", "one\ntwo\n")

    async def scenario(t):
        assert t.status.startswith(" notes.txt ")
        assert "[+]" not in t.status
        assert t.status.rstrip().endswith("Ln 1, Col 1  utf-8  LF")
        # The status line is drawn on its own background, across the whole row.
        y = t.size.rows - 2
        assert t.cell(0, y).bg != "default" and t.cell(t.size.columns - 1, y).bg != "default"
        await t.press("down", "right", "right")
        await t.type("X")
        assert re.match(r" notes\.txt \[\+\] +Text only  Ln 2, Col 4  utf-8  LF", t.status)

    t.play(scenario)


def test_status_line_shows_crlf_and_utf16(ted):
    t = ted("dos.txt", "one\r\ntwo\r\n")

    async def scenario(t):
        assert t.status.rstrip().endswith("utf-8  CRLF")
        assert t.text_at(0) == "one"

    t.play(scenario)

    t = ted("wide.txt", "\ufeffhi\n".encode("utf-16-le"))

    async def scenario16(t):
        assert "utf-16le  LF" in t.status
        assert t.text_at(0) == "hi"

    t.play(scenario16)


def test_the_hint_is_shown_until_a_key_is_pressed(ted):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        assert t.message == HINT
        await t.press("right")
        assert t.message == ""

    t.play(scenario)


def test_line_numbers_and_the_current_one_in_bold(ted):
    t = ted("a.txt", "a\nb\nc\n")

    async def scenario(t):
        assert [row[:3] for row in t.rows[:4]] == [" 1 ", " 2 ", " 3 ", " 4 "]
        assert t.rows[4].strip() == ""
        assert t.cell(1, 0).bold and not t.cell(1, 1).bold
        await t.press("down")
        assert t.cell(1, 1).bold and not t.cell(1, 0).bold

    t.play(scenario)


def test_the_gutter_grows_with_the_line_count(ted):
    t = ted("a.txt", "".join(f"{n}\n" for n in range(1, 9)))  # 9 lines

    async def scenario(t):
        assert t.row(0).startswith(" 1 1")
        await t.press("enter")
        assert t.row(0).startswith("  1 ")
        assert t.row(9).startswith(" 10 ")
        assert t.terminal_cursor == (4, 1)

    t.play(scenario)


FILE_WITH_ESCAPES = "a\x1b]0;pwned\x07b\x9bc\u202ed\x7f\n"


def test_control_and_bidi_characters_are_drawn_as_visible_escapes(ted):
    t = ted("evil.txt", FILE_WITH_ESCAPES)

    async def scenario(t):
        shown = "a^[]0;pwned^Gb<U+009B>c<U+202E>d^?"
        assert t.text_at(0) == shown
        # Escapes are drawn in the escape style (bold), the text around them is not.
        x = t.gutter
        assert not t.cell(x, 0).bold
        assert t.cell(x + 1, 0).bold and t.cell(x + 2, 0).bold
        assert t.cell(x + shown.index("<U+202E>"), 0).bold
        # The cursor counts the cells of each escape.
        await t.press("right", "right", "right")
        assert t.cursor == (0, 3)
        assert t.terminal_cursor == (x + 4, 0)
        assert t.text == FILE_WITH_ESCAPES

    t.play(scenario)


def test_the_files_escapes_never_reach_the_terminal(ted):
    t = ted("evil.txt", FILE_WITH_ESCAPES)

    async def scenario(t):
        await t.press("down", "up", "end")

    t.play(scenario)
    assert "\x1b]" not in t.raw  # no OSC (title, clipboard, hyperlink...)
    assert "\u202e" not in t.raw
    assert "\x9b" not in t.raw
    assert "\x07" not in t.raw
    assert "\x7f" not in t.raw


def test_an_unsafe_file_name_is_escaped_in_the_status_line_and_questions(ted):
    t = ted("bad\x1b[2Jname\u202e.txt", "one\n")

    async def scenario(t):
        assert t.status.startswith(" bad^[[2Jname<U+202E>.txt")
        await t.type("x")
        await t.press("c-q")
        assert t.message == "Save changes to bad^[[2Jname<U+202E>.txt? (y/n/Esc)"
        await t.press("escape")

    t.play(scenario)
    assert "\x1b[2J" + "name" not in t.raw
    assert "\u202e" not in t.raw


def test_invalid_utf8_bytes_are_shown_as_hex_escapes(ted, tmp_path):
    t = ted("bin.txt", b"a\xffb\n")

    async def scenario(t):
        assert t.text_at(0) == "a\\xffb"
        await t.press("c-s")

    t.play(scenario)
    assert (tmp_path / "bin.txt").read_bytes() == b"a\xffb\n"


def test_a_tab_is_expanded_to_the_next_tab_stop(ted):
    t = ted("a.txt", "\tx\nab\tc\nabcd\te\n")

    async def scenario(t):
        x = t.gutter
        assert t.row(0)[x : x + 5] == "    x"
        assert t.row(1)[x : x + 5] == "ab  c"
        assert t.row(2)[x : x + 9] == "abcd    e"
        await t.press("right")
        assert t.terminal_cursor == (x + 4, 0)
        await t.press("down")
        # The goal column is a display column: column 4 of "ab\tc" is the "c".
        assert t.cursor == (1, 3)
        assert t.terminal_cursor == (x + 4, 1)
        assert "Ln 2, Col 4" in t.status

    t.play(scenario)


def test_a_wide_character_takes_two_cells_and_the_cursor_follows(ted):
    t = ted("cjk.txt", "中文x\nabcdef\n")

    async def scenario(t):
        x = t.gutter
        assert t.text_at(0) == "中文x"
        assert [t.cell(x + i, 0).data for i in range(5)] == ["中", "", "文", "", "x"]
        await t.press("right")
        assert t.cursor == (0, 1)
        assert t.terminal_cursor == (x + 2, 0)
        await t.press("right")
        assert t.terminal_cursor == (x + 4, 0)
        await t.press("down")
        # Display column 4 on the next line.
        assert t.cursor == (1, 4)
        assert t.terminal_cursor == (x + 4, 1)

    t.play(scenario)


def test_a_click_after_wide_characters_lands_on_the_clicked_character(ted):
    t = ted("cjk.txt", "中文xyz\n")

    async def scenario(t):
        x = t.gutter
        await t.press(click(x + 4, 0))  # the cell of "x"
        assert t.cursor == (0, 2)
        await t.press(click(x + 2, 0))  # the first cell of "文"
        assert t.cursor == (0, 1)

    t.play(scenario)


def test_a_long_line_scrolls_sideways_to_keep_the_cursor_visible(ted):
    line = "".join(str(n % 10) for n in range(200))
    t = ted("long.txt", line + "\nshort\n")

    async def scenario(t):
        assert t.text_at(0) == line[: t.size.columns - t.gutter]
        await t.press("end", "left")
        assert t.cursor == (0, 199)
        left = t.session.view.left_column
        assert left > 0
        x, y = t.terminal_cursor
        assert (x, y) == (t.gutter + 199 - left, 0)
        assert t.cell(x, 0).data == "9"
        assert t.text_at(0) == line[left:]
        # The other rows scroll with it.
        assert t.text_at(1) == ""
        await t.press("c-home")
        assert t.session.view.left_column == 0
        assert t.text_at(1) == "short"

    t.play(scenario)


def test_an_exception_in_a_command_shows_an_error_and_keeps_the_text(ted, monkeypatch):
    def boom(session):
        raise RuntimeError("boom")

    monkeypatch.setattr(REGISTRY.lookup("edit.delete_line"), "func", boom)
    t = ted("a.txt", "one\ntwo\n")

    async def scenario(t):
        await t.press("c-k")
        assert t.message == "edit.delete_line failed: RuntimeError: boom"
        assert t.cell(0, t.size.rows - 1).bold
        assert t.text == "one\ntwo\n"
        assert t.text_at(0) == "one"
        assert t.app.is_running
        await t.type("x")
        assert t.text == "xone\ntwo\n"

    t.play(scenario)


def _registry_with(**extra) -> Registry:
    """A fresh registry: the built-in commands plus `extra` (name with dots as __)."""
    registry = Registry()
    for command in REGISTRY:
        registry.add(command.name, command.func, command.aliases, command.typing)
    for name, func in extra.items():
        registry.add(name.replace("__", "."), func)
    return registry


def test_a_command_failing_half_way_leaves_the_text_as_it_was(ted):
    def half(session):
        """Insert a mark, then fail."""
        view = session.view
        view.document.apply_changes([(Pos(0, 0), Pos(0, 0), "HALF")], view.selections)
        raise ValueError("broken after an edit")

    t = ted("a.txt", "one\n", registry=_registry_with(test__half=half))

    async def scenario(t):
        await t.command("test.half")
        assert "broken after an edit" in t.message
        assert t.text == "one\n"
        assert t.text_at(0) == "one"
        assert "[+]" not in t.status

    t.play(scenario)


def test_a_command_error_is_shown_as_it_is(ted):
    def refuse(session):
        """Refuse politely."""
        raise CommandError("cannot do that here")

    t = ted("a.txt", "one\n", registry=_registry_with(test__refuse=refuse))

    async def scenario(t):
        await t.command("test.refuse")
        assert t.message == "cannot do that here"
        assert t.text == "one\n"
        await t.type("z")
        assert t.text == "zone\n"

    t.play(scenario)


def test_a_resize_redraws_at_the_new_size(ted):
    numbered = "".join(f"line {n}\n" for n in range(1, 41))
    t = ted("a.txt", numbered)

    async def scenario(t):
        await t.press("down", "down")
        await t.resize(10, 40)
        assert t.status.startswith(" a.txt")
        assert t.status.rstrip().endswith("Ln 3, Col 1  utf-8  LF")
        assert len(t.status) == 40
        assert t.row(7).split() == ["8", "line", "8"]
        assert t.session.view.height == 8
        assert t.terminal_cursor == (t.gutter, 2)
        # Page keys use the new height: 7 lines.
        await t.press("pagedown")
        assert t.cursor == (9, 0)
        await t.resize(30, 100)
        assert t.status.rstrip().endswith("Ln 10, Col 1  utf-8  LF")
        assert t.row(28) == t.status
        assert t.session.view.height == 28
        assert t.row(27).split()[0] == str(t.session.view.top_line + 28)

    t.play(scenario)


def test_a_resize_to_fewer_rows_keeps_the_cursor_visible(ted):
    numbered = "".join(f"line {n}\n" for n in range(1, 41))
    t = ted("a.txt", numbered, line=20)

    async def scenario(t):
        assert t.cursor == (19, 0)
        await t.resize(8, 60)
        top = t.session.view.top_line
        assert top <= 19 < top + 6
        assert t.terminal_cursor == (t.gutter, 19 - top)
        assert t.row(19 - top).split() == ["20", "line", "20"]

    t.play(scenario)
