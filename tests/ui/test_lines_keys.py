"""The line and word commands' keys, as a terminal sends them, through the real application."""

from __future__ import annotations


def test_ctrl_slash_comments_and_alt_arrows_move_lines(ted):
    t = ted("a.py", "a = 1\nb = 2\nc = 3\n")

    async def scenario(t):
        await t.press("c-_")
        assert t.text == "# a = 1\nb = 2\nc = 3\n"
        await t.press("a-down")
        assert t.text == "b = 2\n# a = 1\nc = 3\n"
        assert t.cursor[0] == 1
        await t.press("a-up", "a-;")
        assert t.text == "a = 1\nb = 2\nc = 3\n"
        await t.press("a-d")
        assert t.text == "a = 1\na = 1\nb = 2\nc = 3\n"
        assert t.cursor[0] == 1

    t.play(scenario)


def test_enter_indents_and_bracket_and_join_keys(ted):
    t = ted("a.py", "if x:\nzeta\n")

    async def scenario(t):
        await t.press("end", "enter")
        await t.type("f()")
        await t.press("left")
        assert t.text == "if x:\n    f()\nzeta\n"
        await t.press("c-]")
        assert t.cursor == (1, 5)
        await t.press("a-j")
        assert t.text == "if x:\n    f() zeta\n"

    t.play(scenario)


def test_ctrl_l_selects_lines_and_alt_s_sorts_them(ted):
    t = ted("a.txt", "b\na\nc\n")

    async def scenario(t):
        await t.press("c-l", "c-l", "a-s")
        assert t.text == "a\nb\nc\n"
        assert (t.selection.start.line, t.selection.end.line) == (0, 2)

    t.play(scenario)


def test_alt_e_and_alt_u_select_and_upper_case(ted):
    t = ted("a.txt", 'say("hi there")\n')

    async def scenario(t):
        await t.press("right", "right", "right", "right", "right", "right")
        await t.press("a-e", "a-e", "a-u")
        assert t.text == 'say("HI THERE")\n'
        assert t.selection.start.col == 5 and t.selection.end.col == 13

    t.play(scenario)
