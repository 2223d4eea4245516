"""Colours and attributes as a terminal shows them: syntax, themes, colour depth, NO_COLOR."""

from __future__ import annotations

from pathlib import Path

SOURCE = b"def greet(name):\n    return 'hi ' + name  # say hi\n"


def write(tmp_path: Path) -> Path:
    path = tmp_path / "greet.py"
    path.write_bytes(SOURCE)
    return path


def _gutter(t) -> int:
    return t.row(0).index("def")


def test_python_keywords_strings_and_comments_get_their_own_colours(ted, tmp_path):
    t = ted(write(tmp_path))
    x = _gutter(t)
    cells = t.screen.buffer
    keyword, name, plain = cells[0][x], cells[0][x + 4], cells[0][x + 9]
    assert keyword.data == "d" and name.data == "g"
    assert len({keyword.fg, name.fg, plain.fg}) == 3, (keyword, name, plain)
    string = cells[1][x + 11]
    comment = cells[1][x + 25]
    assert string.data == "'" and comment.data == "#"
    assert string.fg not in (plain.fg, comment.fg)
    assert "Python" in t.status
    t.command("q")
    assert t.wait_exit() == 0


def test_a_pygments_style_by_name_and_a_broken_theme_name(ted, tmp_path):
    path = write(tmp_path)
    t = ted("--theme", "monokai", path)
    x = _gutter(t)
    monokai_keyword = t.screen.buffer[0][x].fg
    t.command("q")
    assert t.wait_exit() == 0
    t = ted("--theme", "no-such-theme", path)
    assert "no-such-theme" in t.message
    assert t.screen.buffer[0][x].fg != monokai_keyword, "fell back to the default theme"
    t.command("q")
    assert t.wait_exit() == 0


def test_no_color_draws_without_colours(ted, tmp_path, env):
    t = ted(write(tmp_path), environment={**env, "NO_COLOR": "1"})
    colours = {cell.fg for row in t.screen.buffer.values() for cell in row.values()}
    colours |= {cell.bg for row in t.screen.buffer.values() for cell in row.values()}
    assert colours <= {"default"}, colours
    status = t.screen.buffer[t.rows - 2][0]
    assert status.reverse, "the status line still stands out"
    t.command("q")
    assert t.wait_exit() == 0


def test_true_colour_when_the_terminal_says_so(ted, tmp_path, env):
    t = ted(write(tmp_path), environment={**env, "COLORTERM": "truecolor"})
    assert b"\x1b[38;2;" in t.raw or b";38;2;" in t.raw
    t.command("q")
    assert t.wait_exit() == 0
    t = ted(write(tmp_path))
    assert b"38;2;" not in t.raw and b"38;5;" in t.raw
    t.command("q")
    assert t.wait_exit() == 0
