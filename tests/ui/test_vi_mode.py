"""The vi keymap in the real application: the mode in the status line, the `:` command line,
searching with `/` and `n`."""

from __future__ import annotations

from editor.commands import search as search_commands
from editor.core import search


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


def test_keys_typed_ahead_of_a_prompt_go_into_it(ted, tmp_path):
    """`dd:wq` and Enter arriving in one read (a fast typist, a paste, a slow link): the keys
    after `:` belong to the command line that `:` opens, not to the keymap."""
    t = ted("a.txt", "one\ntwo\n", keymap="vi")

    async def scenario(t):
        await t.send("dd:wq\r")
        await t.exited()

    assert t.play(scenario) == 0
    assert (tmp_path / "a.txt").read_text() == "two\n"
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


def test_slash_finds_as_typed_and_n_goes_to_the_next_match(ted):
    t = ted("a.txt", "one\nfoo a\ntwo\nfoo b\nfoo c\n", keymap="vi")

    async def scenario(t):
        await t.press("/")
        assert t.message.startswith("/")
        await t.type("fo")
        assert (t.selection.anchor, t.selection.head) == ((1, 0), (1, 2))
        other = {t.cell(t.gutter + x, 3).bg for x in range(2)}
        assert "default" not in other
        await t.type("o")
        await t.press("enter")
        assert t.cursor == (1, 0)
        assert t.message == "1 of 3"
        await t.press("n")
        assert t.cursor == (3, 0)
        assert "Ln 4, Col 1" in t.status
        assert t.message == "2 of 3"
        assert {t.cell(t.gutter + x, 4).bg for x in range(3)} == other, "matches stay lit"
        await t.press("N")
        assert t.cursor == (1, 0)
        await t.press("j")
        assert {t.cell(t.gutter + x, 4).bg for x in range(3)} == {"default"}, "moving off hides"

    t.play(scenario)


def test_a_long_search_after_an_operator_goes_on_in_the_background_and_escape_stops_it(
    ted, monkeypatch
):
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    t = ted("a.txt", "ab\n" + "x\n" * 500_000 + "needle\n", keymap="vi")

    async def scenario(t):
        await t.press("d", "/")
        await t.type("needle")
        await t.send("enter")
        await t.until(lambda: t.message.startswith("Searching needle:"), "progress")
        await t.press("escape")
        await t.until(lambda: t.message == "Search stopped", "the search to stop")
        assert "--" not in t.status
        assert t.cursor == (0, 0)
        await t.press("x")
        assert t.text.startswith("b\nx\n")

    t.play(scenario)


def test_a_search_that_finishes_in_the_background_moves_the_cursor(ted, monkeypatch):
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    t = ted("a.txt", "x\n" * 300 + "needle\n", keymap="vi")

    async def scenario(t):
        await t.press("/")
        await t.type("needle")
        await t.send("enter")
        await t.until(lambda: t.message == "1 of 1", "the search to finish")
        assert t.cursor == (300, 0)

    t.play(scenario)
