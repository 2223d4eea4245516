"""Searching in the real application: the Find prompt, incremental search, highlights, keys."""

from __future__ import annotations

from conftest import Ted

from editor.commands import search as search_commands
from editor.core import search
from editor.core.text import Pos

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


def test_alt_keys_in_the_find_prompt_toggle_options_and_search_again(ted) -> None:
    t = ted("a.txt", "Beta beta\nbetamax beta\n")

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("beta")
        assert t.message.startswith("Find: beta")
        assert (t.selection.start, t.selection.end) == ((0, 0), (0, 4))
        await t.press("a-c")
        assert t.message.startswith("Find [case]: beta")
        assert (t.selection.start, t.selection.end) == ((0, 5), (0, 9))
        await t.press("a-w")
        assert t.message.startswith("Find [case, word]: beta")
        assert cells(t, 1, 0, 4) == {"default"}
        assert cells(t, 1, 8, 12) != {"default"}
        await t.press("a-r")
        assert t.message.startswith("Find [regex, case, word]: beta")
        await t.press("backspace", "backspace", "backspace", "backspace")
        await t.type("b.ta")
        assert (t.selection.start, t.selection.end) == ((0, 5), (0, 9))
        await t.press("a-c")
        assert t.message.startswith("Find [regex, nocase, word]: b.ta")
        assert (t.selection.start, t.selection.end) == ((0, 0), (0, 4))
        await t.press("enter")
        assert t.message == "1 of 3"

    t.play(scenario)


def test_escape_still_cancels_the_find_prompt(ted) -> None:
    t = ted("a.txt", TEXT)

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("gamma")
        await t.press("escape")
        assert not t.message.startswith("Find")
        assert t.cursor == (0, 0)
        await t.press("x")
        assert t.text == "x" + TEXT

    t.play(scenario)


def test_alt_enter_in_the_find_prompt_puts_a_cursor_at_every_match(ted) -> None:
    t = ted("a.txt", TEXT)

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("beta")
        await t.press("\x1b\r")
        assert not t.message.startswith("Find")
        spans = [(s.start, s.end) for s in t.session.view.selections]
        assert sorted(spans) == [((0, 6), (0, 10)), ((1, 6), (1, 10)), ((2, 0), (2, 4))]
        await t.type("X")
        assert t.text == "alpha X\ngamma X\nX end\n"

    t.play(scenario)


def test_the_replace_prompt_takes_the_option_keys_too(ted) -> None:
    t = ted("a.txt", "cat Cat\n")

    async def scenario(t: Ted) -> None:
        await t.press("a-r")
        await t.type("cat")
        assert t.message.startswith("Replace: cat")
        await t.press("a-c")
        assert t.message.startswith("Replace [case]: cat")
        await t.press("enter")
        await t.type("dog")
        await t.press("enter")
        await t.press("a")
        assert t.text == "dog Cat\n"
        assert t.message == "Replaced 1"

    t.play(scenario)


def test_a_long_replace_all_shows_progress_and_escape_leaves_the_text(ted, monkeypatch) -> None:
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    original = "x\n" * 200_000
    t = ted("a.txt", original)

    async def scenario(t: Ted) -> None:
        await t.press("c-e")
        await t.press("search.replace_all x y")
        await t.send("enter")
        await t.until(lambda: t.message.startswith("Replacing x:"), "progress")
        assert t.message.endswith("lines (Escape stops)")
        await t.press("escape")
        await t.until(lambda: t.message == "Replace stopped: nothing replaced", "the replace to stop")
        assert t.text == original
        assert not t.session.document.modified

    t.play(scenario)


def test_a_long_replace_all_finishes_as_one_undo_step(ted, monkeypatch) -> None:
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 100)
    original = "a x b\n" * 3000
    t = ted("a.txt", original)

    async def scenario(t: Ted) -> None:
        await t.command("search.replace_all x yy")
        await t.until(lambda: t.message == "Replaced 3000", "the replace to finish")
        assert t.text == "a yy b\n" * 3000
        await t.press("c-z")
        assert t.text == original

    t.play(scenario)


def test_a_long_line_is_searched_only_around_the_drawn_columns(ted, monkeypatch) -> None:
    line = "abc " * 50_000 + "needle " + "xyz " * 10
    t = ted("a.txt", line + "\n")
    asked: list[tuple[int, int, int]] = []
    real = search.matches_in_windows

    def spy(text, query, windows):
        windows = list(windows)
        asked.extend(windows)
        return real(text, query, windows)

    monkeypatch.setattr(search, "matches_in_windows", spy)

    async def scenario(t: Ted) -> None:
        await t.press("c-f")
        await t.type("needle")
        await t.press("enter")
        assert t.cursor == (0, 200_006)
        drawn = t.text_at(0)
        x = drawn.index("needle")
        assert cells(t, 0, x, x + 6) != {"default"}
        assert asked and all(stop - first <= t.size.columns for _, first, stop in asked)
        assert [first for number, first, _ in asked[-2:] if number == 0][-1] > 190_000

    t.play(scenario)


def test_a_search_typed_ahead_in_one_burst_finds_the_word(ted):
    t = ted("a.txt", "alpha\nbeta\nneedle here\n")

    async def scenario(t):
        await t.send("\x06needle\r")
        await t.settle()
        assert t.text == "alpha\nbeta\nneedle here\n"
        assert (t.selection.start, t.selection.end) == (Pos(2, 0), Pos(2, 6))

    t.play(scenario)
