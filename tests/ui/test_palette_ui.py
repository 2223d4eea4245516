"""The command palette in the real application: its menu, running what is chosen or typed, and
the prompt history kept across sessions."""

from __future__ import annotations

CTRL_P = "\x10"  # what a terminal sends for Ctrl-P


def menu(t) -> list[str]:
    """The command names the menu shows, top to bottom."""
    firsts = [row.split()[0] for row in t.rows[:-1] if row.startswith(" ") and row.strip()]
    return [word for word in firsts if t.session.registry.lookup(word) is not None]


def test_ctrl_p_opens_a_menu_of_commands_with_their_keys_and_help(ted):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.press(CTRL_P)
        assert t.message == "Command:"
        row = next(row for row in t.rows if "app.command_line" in row)
        assert "Ctrl-E" in row and "Type a command line" in row
        assert len(menu(t)) == 8 and menu(t) == sorted(menu(t))  # nothing run yet: by name
        await t.type("gtl")
        assert menu(t)[0] == "cursor.goto_line"  # the best match first
        row = next(row for row in t.rows if "cursor.goto_line" in row)
        assert "Ctrl-G" in row and "Go to a line" in row
        await t.press("escape")
        assert t.message == ""
        assert not any("cursor.goto_line" in row for row in t.rows)
        assert t.cursor == (0, 0)

    t.play(scenario)


def test_typing_narrows_the_menu_best_match_first(ted):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.press(CTRL_P)
        await t.type("save")
        shown = menu(t)
        assert shown[0] == "file.save"
        assert shown.index("file.save_as") < shown.index("app.save_quit")
        assert "cursor.left" not in menu(t)
        await t.press(*["backspace"] * 4)
        await t.type("long lines")  # words of a help text
        assert menu(t) == ["view.wrap"]

    t.play(scenario)


def test_enter_runs_the_chosen_command(ted):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.press(CTRL_P)
        await t.type("wrap")
        await t.press("tab")
        assert t.message == "Command: view.wrap"
        await t.press("enter")
        assert t.message == "Wrap on"
        assert t.ui.session.settings["wrap"] is True

    t.play(scenario)


def test_enter_on_typed_letters_runs_the_best_match_and_its_parameter_is_validated(ted):
    t = ted("a.txt", "1\n2\n3\n4\n")

    async def scenario(t):
        await t.press(CTRL_P)
        await t.type("gtl")
        await t.press("enter")
        assert t.message == "line:"
        await t.type("abc")
        await t.press("enter")
        assert t.message == "line: expected a whole number, got 'abc'. line:"
        await t.type("3")
        await t.press("enter")
        assert t.cursor == (2, 0)
        assert t.message == ""

    t.play(scenario)


def test_a_typed_command_line_runs_as_it_is(ted, tmp_path):
    t = ted("a.txt", "one\ntwo\n")

    async def scenario(t):
        await t.press(CTRL_P)
        await t.type('cursor.goto_line 2; edit.insert "a b"; file.save')
        assert menu(t) == []  # a command line is not completed as a name
        await t.press("enter")
        assert t.text == "one\na btwo\n"
        assert (tmp_path / "a.txt").read_text() == "one\na btwo\n"

    t.play(scenario)


def test_up_recalls_earlier_entries_and_down_comes_back(ted):
    t = ted("a.txt", "1\n2\n3\n4\n5\n")

    async def scenario(t):
        await t.press(CTRL_P)
        await t.type("cursor.goto_line 4")
        await t.press("enter")
        await t.press(CTRL_P)
        await t.type("gtl")
        await t.press("enter")
        await t.type("2")
        await t.press("enter")
        assert t.cursor == (1, 0)
        await t.press(CTRL_P)
        await t.press("up")
        assert t.message == "Command: cursor.goto_line"
        await t.press("up")
        assert t.message == "Command: cursor.goto_line 4"
        await t.press("down")
        assert t.message == "Command: cursor.goto_line"
        await t.press("up", "enter")
        assert t.cursor == (3, 0)
        # The parameter prompt has a history of its own.
        await t.press("c-g")
        await t.press("up")
        assert t.message == "line: 2"

    t.play(scenario)


def test_history_and_recent_commands_survive_into_the_next_session(ted):
    first = ted("a.txt", "1\n2\n3\n")

    async def earlier(t):
        await t.press(CTRL_P)
        await t.type("view.whitespace on")
        await t.press("enter")
        await t.press(CTRL_P)
        await t.type("gtl")
        await t.press("enter")
        await t.type("3")
        await t.press("enter")

    first.play(earlier)
    second = ted("a.txt", "1\n2\n3\n")

    async def later(t):
        await t.press(CTRL_P)
        assert menu(t)[:2] == ["cursor.goto_line", "view.whitespace"]  # recent first
        await t.press("up")
        assert t.message == "Command: cursor.goto_line"
        await t.press("escape")
        # Ctrl-E shares the palette's history.
        await t.press("c-e")
        await t.press("up", "up")
        assert t.message == "Command: view.whitespace on"

    second.play(later)
