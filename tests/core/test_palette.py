"""The palette's entries and ranking, the palette command run headless, and the prompt history
kept across sessions."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from helpers import headless_session, press

from editor.core.commands import Registry
from editor.core.keymap import Binding, Keymap
from editor.core.palette import (
    CommandChoices,
    Entry,
    key_label,
    palette_entries,
    rank,
    recent_commands,
)
from editor.core.prompt_history import COMMAND_LINE, PromptHistory, session_history
from editor.core.session import HeadlessPort
from editor.core.text import Pos


def small_registry() -> Registry:
    registry = Registry()

    def goto_line(session: object, line: int) -> None:
        """Go to line N."""

    def save(session: object) -> None:
        """Save the file."""

    def wrap(session: object) -> None:
        """Soft-wrap long lines at the pane's edge."""

    registry.add("cursor.goto_line", goto_line)
    registry.add("file.save", save, aliases=("w",))
    registry.add("view.wrap", wrap)
    return registry


def small_keymap() -> Keymap:
    keymap = Keymap("test")
    keymap.bind("normal", Binding(("c-g",), "cursor.goto_line", "test.toml", 1))
    keymap.bind("normal", Binding(("c-w", "s"), "file.save", "test.toml", 2))
    keymap.bind("insert", Binding(("a-z",), "view.wrap", "test.toml", 3))
    return keymap


def names(entries: list[Entry]) -> list[str]:
    return [entry.name for entry in entries]


# Entries --------------------------------------------------------------------------------------


def test_entries_carry_the_key_binding_help_and_aliases() -> None:
    entries = {entry.name: entry for entry in palette_entries(small_registry(), small_keymap())}
    assert entries["cursor.goto_line"] == Entry("cursor.goto_line", (), "Go to line N.", "Ctrl-G")
    assert entries["file.save"] == Entry("file.save", ("w",), "Save the file.", "Ctrl-W s")
    assert entries["view.wrap"].keys == ""  # bound in another mode only


def test_entries_show_the_keys_of_the_mode_asked_for() -> None:
    entries = {entry.name: entry for entry in palette_entries(small_registry(), small_keymap(), "insert")}
    assert entries["view.wrap"].keys == "Alt-Z"
    assert entries["cursor.goto_line"].keys == ""


def test_entries_list_every_registered_command_of_the_real_registry() -> None:
    session = headless_session()
    entries = {entry.name: entry for entry in palette_entries(session.registry, session.keymap)}
    assert set(entries) == {command.name for command in session.registry}
    assert entries["app.palette"].keys == "Ctrl-P"
    assert entries["file.save"].keys == "Ctrl-S"
    assert entries["file.save"].help.startswith("Save the file")


@pytest.mark.parametrize(
    ("keys", "label"),
    [
        (("c-g",), "Ctrl-G"),
        (("c-w", "v"), "Ctrl-W v"),
        (("a-z",), "Alt-Z"),
        (("s-pagedown",), "Shift-PageDown"),
        (("c-s-home",), "Ctrl-Shift-Home"),
        (("escape",), "Escape"),
        (("f5",), "F5"),
    ],
)
def test_key_labels_read_as_people_write_keys(keys: tuple[str, ...], label: str) -> None:
    assert key_label(keys) == label


# Ranking --------------------------------------------------------------------------------------


def test_ranking_by_name_alias_and_help() -> None:
    entries = palette_entries(small_registry(), small_keymap())
    assert names(rank(entries, "gtl")) == ["cursor.goto_line"]
    assert names(rank(entries, "w")) == ["file.save", "view.wrap"]
    # Found by its help text only ("Soft-wrap long lines").
    assert names(rank(entries, "long lines")) == ["view.wrap"]
    assert rank(entries, "zzz") == []


def test_the_name_of_the_action_ranks_above_longer_names_sharing_it() -> None:
    entries = [
        Entry("app.save_quit", ("wq",), "Save the current file and quit.", ""),
        Entry("file.save_as", ("saveas",), "Save the file under another name.", ""),
        Entry("file.open", ("e",), "Open a file.", ""),
        Entry("file.save", ("w",), "Save the file.", "Ctrl-S"),
    ]
    assert names(rank(entries, "save")) == ["file.save", "file.save_as", "app.save_quit"]


def test_an_empty_query_lists_everything_recent_first_then_by_name() -> None:
    entries = palette_entries(small_registry(), small_keymap())
    assert names(rank(entries, "")) == ["cursor.goto_line", "file.save", "view.wrap"]
    assert names(rank(entries, "", recent=["view.wrap", "file.save"])) == [
        "view.wrap",
        "file.save",
        "cursor.goto_line",
    ]


def test_recent_commands_come_first_among_matches() -> None:
    entries = palette_entries(small_registry(), small_keymap())
    assert names(rank(entries, "w"))[0] == "file.save"  # the alias "w" is an exact match
    assert names(rank(entries, "w", recent=["view.wrap"]))[0] == "view.wrap"


def test_a_recent_command_matching_only_by_help_is_not_promoted() -> None:
    entries = [
        Entry("edit.undo", (), "Take back the last change.", ""),
        Entry("view.line_numbers", (), "Show line numbers.", ""),
        Entry("pane.close", (), "Close this pane, keeping the lines.", ""),
    ]
    assert names(rank(entries, "line", recent=["pane.close"])) == ["view.line_numbers", "pane.close"]


def test_recent_commands_come_from_history_lines_newest_first() -> None:
    lines = ["view.wrap", "cursor.goto_line 3; w", "no.such_command", "'unterminated", "file.save"]
    assert recent_commands(lines, small_registry()) == ["file.save", "cursor.goto_line", "view.wrap"]


def test_command_choices_are_the_names_recent_first_and_resolve_what_was_typed() -> None:
    choices = CommandChoices(palette_entries(small_registry(), small_keymap()), ["view.wrap"])
    assert list(choices) == ["view.wrap", "cursor.goto_line", "file.save"]
    assert len(choices) == 3 and choices[0] == "view.wrap"
    assert choices.resolve("gtl") == "cursor.goto_line"
    assert choices.resolve("  file.save ") == "file.save"
    assert choices.resolve("w") == "w"  # an alias is a command
    assert choices.resolve("cursor.goto_line 12") == "cursor.goto_line 12"
    assert choices.resolve("file.save; view.wrap") == "file.save; view.wrap"
    assert choices.resolve("long lines") == "view.wrap"  # words of its help
    assert choices.resolve("gtl 12") == "gtl 12"  # no match: run as typed (and reported)
    assert choices.resolve("zzz") == "zzz"
    assert choices.resolve("'unterminated") == "'unterminated"


def test_command_choices_tell_a_search_from_a_command_line() -> None:
    choices = CommandChoices(palette_entries(small_registry(), small_keymap()))
    assert choices.query(" gtl ") == "gtl"
    assert choices.query("long lines") == "long lines"
    assert choices.query("file.save") == "file.save"
    assert choices.query("cursor.goto_line 12") is None
    assert choices.query("w; view.wrap") is None
    assert choices.query('edit.insert "a') is None


# The palette command, headless ----------------------------------------------------------------


def test_the_palette_runs_the_best_entry_and_prompts_for_its_parameter() -> None:
    session = headless_session("1\n2\n3\n4\n", answers=["gtl", "three", "3"])
    press(session, "c-p")
    port = session.port
    assert isinstance(port, HeadlessPort)
    assert session.view.cursor == Pos(2, 0)
    assert any(text.startswith("line: expected a whole number") for text, _ in port.messages)
    assert port.histories == [COMMAND_LINE, "cursor.goto_line:line", "cursor.goto_line:line"]
    assert "cursor.goto_line" in port.offered[0]


def test_the_palette_runs_a_typed_command_line() -> None:
    session = headless_session("a\nb\n", answers=['cursor.goto_line 2; edit.insert "x y "'])
    press(session, "c-p")
    assert session.document.text.line(1) == "x y b"


def test_the_palette_offers_recent_commands_first() -> None:
    session_history(headless_session()).add(COMMAND_LINE, "view.wrap on")
    session = headless_session(answers=[None])
    press(session, "c-p")
    assert isinstance(session.port, HeadlessPort)
    assert session.port.offered[0][0] == "view.wrap"


def test_the_command_line_prompt_shares_the_palette_history() -> None:
    session = headless_session(answers=["cursor.file_end"])
    press(session, "c-e")
    assert isinstance(session.port, HeadlessPort)
    assert session.port.histories == [COMMAND_LINE]


# The history store ----------------------------------------------------------------------------


def test_history_lives_in_the_state_folder_and_persists_across_instances() -> None:
    first = PromptHistory()
    first.add(COMMAND_LINE, "file.save")
    first.add(COMMAND_LINE, "cursor.goto_line 120")
    first.add("search", "needle")
    assert first.path == Path(os.environ["XDG_STATE_HOME"]) / "ted" / "history.json"
    second = PromptHistory()
    assert second.entries(COMMAND_LINE) == ["file.save", "cursor.goto_line 120"]
    assert second.entries("search") == ["needle"]
    assert second.entries("never used") == []


def test_history_falls_back_to_the_home_state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    history = PromptHistory()
    history.add(COMMAND_LINE, "w")
    assert history.path == tmp_path / ".local" / "state" / "ted" / "history.json"
    assert json.loads(history.path.read_text())["prompts"] == {COMMAND_LINE: ["w"]}


def test_history_is_loaded_only_when_first_used(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    history = PromptHistory(path)
    path.write_text(json.dumps({"version": 1, "prompts": {"command": ["later"]}}))
    assert history.entries("command") == ["later"]


def test_history_keeps_the_newest_entries_up_to_the_cap_and_moves_repeats_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    history = PromptHistory(path, cap=3)
    for entry in ["a", "b", "c", "d", "b", "  "]:
        history.add(COMMAND_LINE, entry)
    assert history.entries(COMMAND_LINE) == ["c", "d", "b"]
    assert PromptHistory(path, cap=3).entries(COMMAND_LINE) == ["c", "d", "b"]


def test_history_merges_what_another_instance_added_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    one, two = PromptHistory(path), PromptHistory(path)
    assert two.entries(COMMAND_LINE) == []
    one.add(COMMAND_LINE, "from one")
    one.add("search", "x")
    two.add(COMMAND_LINE, "from two")
    assert PromptHistory(path).entries(COMMAND_LINE) == ["from one", "from two"]
    assert PromptHistory(path).entries("search") == ["x"]


@pytest.mark.parametrize("content", ["{not json", '["a list"]', '{"prompts": 3}', b"\xff\xfe\x00"])
def test_a_corrupt_history_file_is_reported_once_and_ignored(tmp_path: Path, content: str | bytes) -> None:
    path = tmp_path / "history.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    reports: list[str] = []
    history = PromptHistory(path, report=reports.append)
    assert history.entries(COMMAND_LINE) == []
    history.add(COMMAND_LINE, "file.save")
    history.add(COMMAND_LINE, "view.wrap")
    assert len(reports) == 1 and str(path) in reports[0]
    assert PromptHistory(path).entries(COMMAND_LINE) == ["file.save", "view.wrap"]


def test_an_unusable_history_path_is_reported_once_and_never_fatal(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.mkdir()
    reports: list[str] = []
    history = PromptHistory(path, report=reports.append)
    assert history.entries(COMMAND_LINE) == []
    history.add(COMMAND_LINE, "a")
    history.add(COMMAND_LINE, "b")
    assert len(reports) == 2  # once for reading, once for writing
    assert "cannot read" in reports[0] and "history not saved" in reports[1]
    assert history.entries(COMMAND_LINE) == ["a", "b"]  # still offered in this session


def test_a_failed_history_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.json"
    PromptHistory(path).add(COMMAND_LINE, "old")
    before = path.read_bytes()

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    reports: list[str] = []
    history = PromptHistory(path, report=reports.append)
    history.add(COMMAND_LINE, "new")
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.json"]
    assert len(reports) == 1 and "Input/output error" in reports[0]


def test_session_history_reports_problems_as_error_messages() -> None:
    session = headless_session()
    history = session_history(session)
    assert session_history(session) is history
    history.path.parent.mkdir(parents=True, exist_ok=True)
    history.path.write_text("{broken")
    assert history.entries(COMMAND_LINE) == []
    assert isinstance(session.port, HeadlessPort)
    assert [error for _, error in session.port.messages] == [True]
