"""The vi keymap in the real application: the mode in the status line, the `:` command line."""

from __future__ import annotations


def test_the_status_line_shows_the_mode_outside_normal_mode(ted):
    t = ted("a.txt", "hello\nworld\n", keymap="vi")

    async def scenario(t):
        assert "--" not in t.status
        await t.press("i")
        assert "-- INSERT --" in t.status
        await t.type("ab")
        assert t.text == "abhello\nworld\n"
        await t.press("escape")
        assert "--" not in t.status
        assert t.cursor == (0, 1)
        await t.press("v")
        assert "-- VISUAL --" in t.status
        await t.press("escape")
        await t.press("V")
        assert "-- VISUAL LINE --" in t.status
        await t.press("d")
        assert "--" not in t.status
        assert t.text == "world\n"
        await t.press("d")
        assert "-- OPERATOR --" in t.status
        await t.press("escape")
        assert "--" not in t.status and t.text == "world\n"

    t.play(scenario)


def test_colon_wq_writes_the_file_and_quits(ted, tmp_path):
    t = ted("a.txt", "one two\n", keymap="vi")

    async def scenario(t):
        await t.press("d", "w")
        assert t.text == "two\n"
        await t.press(":")
        assert t.message.startswith(":")
        await t.type("wq")
        await t.press("enter")
        await t.exited()

    assert t.play(scenario) == 0
    assert (tmp_path / "a.txt").read_bytes() == b"two\n"


def test_colon_and_a_number_goes_to_that_line(ted):
    t = ted("a.txt", "".join(f"line {n}\n" for n in range(1, 201)), keymap="vi")

    async def scenario(t):
        await t.press(":")
        await t.type("120")
        await t.press("enter")
        assert t.cursor == (119, 0)
        assert "Ln 120, Col 1" in t.status
        assert any(row[t.gutter:].startswith("line 120") for row in t.rows)

    t.play(scenario)
