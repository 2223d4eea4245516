"""Searching in the real application: the Find prompt, incremental search, highlights, keys."""

from __future__ import annotations

from conftest import Ted

from editor.commands import search as search_commands
from editor.core import search

TEXT = "alpha beta\ngamma beta\nbeta end\n"


def cells(t: Ted, y: int, first: int, stop: int) -> set[str]:
    """The background colours of text columns [first, stop) of row y."""
    return {t.cell(t.gutter + x, y).bg for x in range(first, stop)}


def test_typing_in_the_find_prompt_selects_and_highlights_matches(ted) -> None:
    t = ted("a.txt", TEXT)

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        assert t.message.startswith("Find:")
        await t.type("bet")
        assert (t.selection.anchor, t.selection.head) == ((0, 6), (0, 9))
        current = cells(t, 0, 6, 9)
        other = cells(t, 1, 6, 9)
        assert len(current) == len(other) == 1 and "default" not in current | other
        assert current != other
        assert cells(t, 2, 0, 3) == other
        assert cells(t, 0, 0, 5) == {"default"}
        await t.press("enter")
        assert t.message == "1 of 3"
        assert cells(t, 1, 6, 9) == other

    t.play(scenario)


def test_escape_in_the_find_prompt_restores_the_cursor(ted) -> None:
    t = ted("a.txt", TEXT, line=3, col=6)

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("gamma")
        assert t.cursor == (1, 5)
        await t.press("escape")
        assert t.cursor == (2, 5)
        assert t.selection.anchor == t.selection.head
        assert cells(t, 1, 0, 5) == {"default"}

    t.play(scenario)


def test_incremental_search_scrolls_to_a_match_far_down(ted) -> None:
    t = ted("a.txt", "x\n" * 200 + "needle\n")

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("need")
        assert t.cursor == (200, 4)
        assert any(t.text_at(y) == "needle" for y in range(t.size.rows - 2))

    t.play(scenario)


def test_next_and_previous_wrap_with_a_message(ted) -> None:
    t = ted("a.txt", TEXT)

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("beta")
        await t.press("enter")
        await t.press("a-n")
        assert t.message == "2 of 3"
        await t.press("a-n")
        assert t.message == "3 of 3"
        assert t.cursor == (2, 4)
        await t.press("a-n")
        assert t.message == "1 of 3; wrapped to the top"
        assert t.cursor == (0, 10)
        await t.press("a-p")
        assert t.message == "3 of 3; wrapped to the bottom"
        await t.press("escape")
        assert cells(t, 0, 6, 10) == {"default"}

    t.play(scenario)


def test_no_match_says_so(ted) -> None:
    t = ted("a.txt", TEXT)

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("zzz")
        assert t.cursor == (0, 0)
        await t.press("enter")
        assert t.message == "No match for zzz"

    t.play(scenario)


def test_replace_asks_at_each_match(ted) -> None:
    t = ted("a.txt", TEXT)

    async def scenario(t: Ted) -> None:
        await t.press("a-r")
        await t.type("beta")
        await t.press("enter")
        await t.type("B")
        await t.press("enter")
        assert t.message == "Replace? (y/n/a/q)"
        await t.press("y")
        await t.press("n")
        await t.press("y")
        assert t.text == "alpha B\ngamma beta\nB end\n"
        assert t.message == "Replaced 2"
        await t.press("c-z")
        assert t.text == TEXT

    t.play(scenario)


def test_a_long_search_shows_progress_and_escape_stops_it(ted, monkeypatch) -> None:
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    t = ted("a.txt", "x\n" * 500_000 + "needle\n")

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("needle")
        assert t.cursor == (0, 0)
        await t.send("enter")
        await t.until(lambda: t.message.startswith("Searching needle:"), "progress")
        await t.press("escape")
        await t.until(lambda: t.message == "Search stopped", "the search to stop")
        assert t.cursor == (0, 0)
        await t.press("right")
        assert t.cursor == (0, 1)

    t.play(scenario)
