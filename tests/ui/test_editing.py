"""Typing, deleting, indenting, undo/redo and the clipboard, through the real application."""

from __future__ import annotations

from conftest import paste


def test_typing_inserts_text_and_moves_the_cursor(ted):
    t = ted("a.txt", "world\n")

    async def scenario(t):
        await t.type("hello ")
        assert t.text == "hello world\n"
        assert t.text_at(0) == "hello world"
        assert t.cursor == (0, 6)
        assert t.terminal_cursor == (t.gutter + 6, 0)

    t.play(scenario)


def test_space_key_types_a_space(ted):
    t = ted("a.txt", "ab\n")

    async def scenario(t):
        await t.press("right", " ")
        assert t.text == "a b\n"

    t.play(scenario)


def test_enter_splits_the_line_and_keeps_its_indentation(ted):
    t = ted("a.txt", "    if x:\n")

    async def scenario(t):
        await t.press("end", "enter")
        await t.type("y")
        assert t.text == "    if x:\n    y\n"
        assert t.cursor == (1, 5)
        assert t.text_at(1) == "    y"

    t.play(scenario)


def test_enter_after_a_colon_in_python_indents_one_level_more(ted):
    t = ted("a.py", "    if x:\n")

    async def scenario(t):
        await t.press("end", "enter")
        await t.type("y")
        assert t.text == "    if x:\n        y\n"

    t.play(scenario)


def test_enter_inside_the_indentation_does_not_add_more(ted):
    t = ted("a.py", "    x\n")

    async def scenario(t):
        await t.press("right", "right", "enter")
        assert t.text == "  \n    x\n"
        assert t.cursor == (1, 2)

    t.play(scenario)


def test_backspace_deletes_before_the_cursor_and_joins_lines(ted):
    t = ted("a.txt", "ab\ncd\n")

    async def scenario(t):
        await t.press("down", "right", "backspace")
        assert t.text == "ab\nd\n"
        await t.press("backspace")
        assert t.text == "abd\n"
        assert t.cursor == (0, 2)
        assert t.text_at(0) == "abd"
        assert t.text_at(1) == ""

    t.play(scenario)


def test_backspace_at_the_start_of_the_file_changes_nothing(ted):
    t = ted("a.txt", "ab\n")

    async def scenario(t):
        await t.press("backspace")
        assert t.text == "ab\n"
        assert "[+]" not in t.status

    t.play(scenario)


def test_delete_removes_after_the_cursor_and_joins_lines(ted):
    t = ted("a.txt", "ab\ncd\n")

    async def scenario(t):
        await t.press("delete")
        assert t.text == "b\ncd\n"
        await t.press("end", "delete")
        assert t.text == "bcd\n"
        assert t.cursor == (0, 1)
        assert t.text_at(0) == "bcd"

    t.play(scenario)


def test_alt_backspace_deletes_the_word_before_the_cursor(ted):
    t = ted("a.txt", "hello big world\n")

    async def scenario(t):
        await t.press("end", "a-backspace")
        assert t.text == "hello big \n"
        await t.press("a-backspace")
        assert t.text == "hello \n"
        assert t.cursor == (0, 6)

    t.play(scenario)


def test_alt_delete_deletes_the_word_after_the_cursor(ted):
    t = ted("a.txt", "hello big world\n")

    async def scenario(t):
        await t.press("a-delete")
        assert t.text == " big world\n"
        await t.press("a-delete")
        assert t.text == " world\n"
        assert t.cursor == (0, 0)

    t.play(scenario)


def test_tab_on_a_cursor_indents_to_the_next_tab_stop(ted):
    t = ted("a.txt", "ab\n")

    async def scenario(t):
        await t.press("right", "tab")
        assert t.text == "a   b\n"
        assert t.cursor == (0, 4)
        await t.press("tab")
        assert t.text == "a       b\n"
        assert t.terminal_cursor == (t.gutter + 8, 0)

    t.play(scenario)


def test_shift_tab_on_a_cursor_dedents_the_line(ted):
    t = ted("a.txt", "        x\n")

    async def scenario(t):
        await t.press("end", "s-tab")
        assert t.text == "    x\n"
        assert t.cursor == (0, 5)
        await t.press("s-tab", "s-tab")
        assert t.text == "x\n"

    t.play(scenario)


def test_tab_on_a_multi_line_selection_indents_the_lines(ted):
    t = ted("a.txt", "a\nb\nc\n")

    async def scenario(t):
        # From column 1 of line 1 down two lines: the selection ends at column 0 of line 3,
        # which is therefore not indented.
        await t.press("s-down", "s-down", "tab")
        assert t.text == "    a\n    b\nc\n"
        assert not t.selection.empty
        assert t.highlighted(0).strip() == "a"
        await t.press("tab")
        assert t.text == "        a\n        b\nc\n"

    t.play(scenario)


def test_shift_tab_on_a_multi_line_selection_dedents_the_lines(ted):
    t = ted("a.txt", "    a\n        b\n    c\n")

    async def scenario(t):
        await t.press("s-down", "s-right", "s-tab")
        assert t.text == "a\n    b\n    c\n"
        assert not t.selection.empty

    t.play(scenario)


def test_ctrl_k_deletes_the_current_line(ted):
    t = ted("a.txt", "one\ntwo\nthree\n")

    async def scenario(t):
        await t.press("down", "c-k")
        assert t.text == "one\nthree\n"
        assert t.text_at(1) == "three"
        assert t.cursor[0] == 1

    t.play(scenario)


def test_ctrl_k_deletes_every_line_a_selection_touches(ted):
    t = ted("a.txt", "one\ntwo\nthree\nfour\n")

    async def scenario(t):
        await t.press("right", "s-down", "s-down", "c-k")
        assert t.text == "four\n"

    t.play(scenario)


def test_ctrl_k_on_a_last_line_without_newline(ted):
    t = ted("a.txt", "one\ntwo")

    async def scenario(t):
        await t.press("down", "c-k")
        assert t.text == "one"
        assert t.cursor == (0, 3)

    t.play(scenario)


def test_undo_and_redo(ted):
    t = ted("a.txt", "one\ntwo\n")

    async def scenario(t):
        await t.press("c-k")
        assert t.text == "two\n"
        await t.press("c-z")
        assert t.text == "one\ntwo\n"
        assert t.text_at(0) == "one"
        assert "[+]" not in t.status
        await t.press("c-y")
        assert t.text == "two\n"
        assert t.text_at(0) == "two"
        assert "[+]" in t.status

    t.play(scenario)


def test_undo_with_nothing_to_undo_says_so(ted):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.press("c-z")
        assert t.message == "Nothing to undo"
        await t.press("c-y")
        assert t.message == "Nothing to redo"
        assert t.text == "one\n"

    t.play(scenario)


def test_typing_a_word_is_one_undo_step(ted):
    t = ted("a.txt", "")

    async def scenario(t):
        await t.type("hello world")
        assert t.text == "hello world"
        await t.press("c-z")
        assert t.text == "hello "
        assert t.text_at(0) == "hello"
        await t.press("c-z")
        assert t.text == ""
        await t.press("c-y", "c-y")
        assert t.text == "hello world"

    t.play(scenario)


def test_bracketed_paste_inserts_the_text_as_one_undo_step(ted):
    t = ted("a.txt", "start\n")

    async def scenario(t):
        await t.press("end", paste(" one two\nthree four\nfive"))
        assert t.text == "start one two\nthree four\nfive\n"
        assert t.text_at(1) == "three four"
        assert t.cursor == (2, 4)
        await t.press("c-z")
        assert t.text == "start\n"
        assert t.text_at(1) == ""

    t.play(scenario)


def test_bracketed_paste_with_carriage_returns_gives_the_files_line_ending(ted):
    t = ted("a.txt", "")

    async def scenario(t):
        # Terminals send the line breaks of a paste as CR.
        await t.press(paste("one\rtwo"))
        assert t.text == "one\ntwo"

    t.play(scenario)


def test_bracketed_paste_is_not_taken_as_keys(ted):
    t = ted("a.txt", "x\n")

    async def scenario(t):
        # Control characters inside a paste are text, not Ctrl-K / Ctrl-Q.
        await t.press(paste("a\x0bb"))
        assert t.text == "a\x0bbx\n"
        assert t.app.is_running

    t.play(scenario)


def test_typing_replaces_the_selection(ted):
    t = ted("a.txt", "hello world\n")

    async def scenario(t):
        await t.press("s-right", "s-right", "s-right", "s-right", "s-right")
        await t.type("J")
        assert t.text == "J world\n"
        assert t.highlighted(0) == ""

    t.play(scenario)


def test_select_all_then_delete(ted):
    t = ted("a.txt", "one\ntwo\nthree\n")

    async def scenario(t):
        await t.press("down", "c-a")
        assert t.highlighted(0).startswith("one")
        assert t.highlighted(2).startswith("three")
        assert t.cursor == (3, 0)
        await t.press("delete")
        assert t.text == ""
        assert t.text_at(0) == ""

    t.play(scenario)


def test_copy_and_paste_a_selection(ted):
    t = ted("a.txt", "hello world\n")

    async def scenario(t):
        await t.press("s-right", "s-right", "s-right", "s-right", "s-right", "c-c")
        assert t.text == "hello world\n"
        assert t.message == "Copied 5 characters"
        await t.press("end", "c-v")
        assert t.text == "hello worldhello\n"
        assert t.cursor == (0, 16)
        assert t.text_at(0) == "hello worldhello"

    t.play(scenario)


def test_copy_without_a_selection_copies_the_line_and_paste_puts_it_above(ted):
    t = ted("a.txt", "one\ntwo\n")

    async def scenario(t):
        await t.press("right", "c-c")
        assert t.message == "Copied 4 characters"
        await t.press("down", "c-v")
        assert t.text == "one\none\ntwo\n"
        assert t.text_at(1) == "one"

    t.play(scenario)


def test_cut_and_paste_a_selection(ted):
    t = ted("a.txt", "hello world\n")

    async def scenario(t):
        await t.press("c-s-right", "c-x")
        assert t.text == " world\n"
        assert t.text_at(0) == " world"
        await t.press("end", "c-v")
        assert t.text == " worldhello\n"

    t.play(scenario)


def test_cut_without_a_selection_cuts_the_line(ted):
    t = ted("a.txt", "one\ntwo\nthree\n")

    async def scenario(t):
        await t.press("down", "c-x")
        assert t.text == "one\nthree\n"
        await t.press("down", "c-v")
        assert t.text == "one\nthree\ntwo\n"

    t.play(scenario)


def test_cut_of_the_last_line_without_newline(ted):
    t = ted("a.txt", "one\ntwo")

    async def scenario(t):
        await t.press("down", "c-x")
        assert t.text == "one"
        await t.press("c-home", "c-v")
        assert t.text == "two\none"

    t.play(scenario)


def test_paste_replaces_a_selection(ted):
    t = ted("a.txt", "abc xyz\n")

    async def scenario(t):
        await t.press("c-s-right", "c-c", "end", "c-s-left", "c-v")
        assert t.text == "abc abc\n"

    t.play(scenario)


def test_paste_with_an_empty_clipboard_says_so(ted):
    t = ted("a.txt", "abc\n")

    async def scenario(t):
        await t.press("c-v")
        assert t.message == "The clipboard is empty"
        assert t.text == "abc\n"

    t.play(scenario)


def test_cut_is_undone_in_one_step(ted):
    t = ted("a.txt", "one\ntwo\n")

    async def scenario(t):
        await t.press("c-a", "c-x")
        assert t.text == ""
        await t.press("c-z")
        assert t.text == "one\ntwo\n"

    t.play(scenario)
