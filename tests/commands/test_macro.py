"""Macros: recording commands (not keys), replaying them as one undo step each, saving them as
named commands that later sessions load."""

from __future__ import annotations

from pathlib import Path

from helpers import headless_session, press, run

from editor.cli import FileArg, build_session
from editor.commands.macro import MacroRegistry, is_recording, macro_dir, macro_state
from editor.core.cmdline import Invocation
from editor.core.commands import REGISTRY, CommandError
from editor.core.document import Document
from editor.core.files import document_from_bytes
from editor.core.paths import config_dir
from editor.core.selection import Selection
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos


def text_of(session: Session) -> str:
    return "".join(session.document.text.raw_line(n) for n in range(session.document.text.line_count))


def last_message(session: Session) -> tuple[str, bool]:
    return session.port.messages[-1]


def record_keys(session: Session, keys: str) -> None:
    """Record a macro by pressing keys between two presses of the record key."""
    press(session, "c-r")
    assert is_recording(session)
    press(session, keys)
    press(session, "c-r")
    assert not is_recording(session)


def test_typed_keys_are_recorded_as_commands_with_typing_merged() -> None:
    session = headless_session("one\ntwo\nthree\n")
    record_keys(session, "- space > home down")
    assert macro_state(session).last == [
        Invocation("edit.insert", ["- >"]),
        Invocation("cursor.line_start", []),
        Invocation("cursor.screen_down", []),
    ]
    assert text_of(session) == "- >one\ntwo\nthree\n"
    run(session, "macro.show")
    assert last_message(session) == (
        'Macro (3 commands): edit.insert "- >"; cursor.line_start; cursor.screen_down',
        False,
    )


def test_play_and_play_with_a_count() -> None:
    session = headless_session("one\ntwo\nthree\nfour\n")
    record_keys(session, "* home down")
    assert run(session, "macro.play")
    assert text_of(session) == "*one\n*two\nthree\nfour\n"
    assert run(session, "macro.play 2")
    assert text_of(session) == "*one\n*two\n*three\n*four\n"


def test_each_replay_is_one_undo_step() -> None:
    session = headless_session("alpha\nbeta\ngamma\n")
    record_keys(session, "a b space c d home down")
    assert run(session, "macro.play 2")
    assert text_of(session) == "ab cdalpha\nab cdbeta\nab cdgamma\n"
    run(session, "history.undo")
    assert text_of(session) == "ab cdalpha\nab cdbeta\ngamma\n"
    run(session, "history.undo")
    assert text_of(session) == "ab cdalpha\nbeta\ngamma\n"
    run(session, "history.redo")
    assert text_of(session) == "ab cdalpha\nab cdbeta\ngamma\n"


def test_answers_to_prompts_are_recorded_not_the_prompt() -> None:
    session = headless_session("1\n2\n3\n4\n", answers=["3", "edit.insert yy; macro.show"])
    press(session, "c-r")
    press(session, "c-g")  # cursor.goto_line asks for the line: answered "3"
    press(session, "c-e")  # the command line prompt is not recorded, what it runs is
    press(session, "x c-r")
    assert macro_state(session).last == [
        Invocation("cursor.goto_line", ["3"]),
        Invocation("edit.insert", ["yy"]),
        Invocation("edit.insert", ["x"]),
    ]
    assert text_of(session) == "1\n2\nyyx3\n4\n"


def test_a_failing_replay_is_undone_and_stops_the_play() -> None:
    session = headless_session("a\nb\n")
    macro_state(session).last = [
        Invocation("edit.insert", ["-"]),
        Invocation("cursor.goto_line", ["2"]),
        Invocation("no.such_command", []),
    ]
    assert not run(session, "macro.play")
    assert text_of(session) == "a\nb\n"
    assert not session.document.modified
    text, error = last_message(session)
    assert error and "stopped at no.such_command" in text
    press(session, "c-r c-r")  # an empty recording keeps the previous macro
    assert "previous macro is kept" in last_message(session)[0]
    assert macro_state(session).last[-1] == Invocation("no.such_command", [])


def test_replays_before_the_failing_one_stay() -> None:
    session = headless_session("a\nb\nc\nd\n")

    def above_line_three(session: Session) -> None:
        """Fail from the third line on."""
        if session.view.cursor.line >= 2:
            raise CommandError("line 3 reached")

    session.registry = MacroRegistry(REGISTRY)
    session.registry.add("test.above_line_three", above_line_three)
    macro_state(session).last = [
        Invocation("edit.insert", ["*"]),
        Invocation("cursor.line_start", []),
        Invocation("cursor.screen_down", []),
        Invocation("test.above_line_three", []),
    ]
    assert not run(session, "macro.play 10")
    # The first replay ends on line 2; the second moves to line 3, fails and is undone.
    assert text_of(session) == "*a\nb\nc\nd\n"
    assert session.view.cursor == Pos(1, 0)
    text, error = last_message(session)
    assert error and "in replay 2 of 10 at test.above_line_three" in text
    run(session, "history.undo")
    assert text_of(session) == "a\nb\nc\nd\n"


def test_play_without_a_recording_says_so() -> None:
    session = headless_session("x")
    assert not run(session, "macro.play")
    assert "No macro recorded" in last_message(session)[0]


def test_save_runs_by_name_and_is_loaded_by_a_new_session() -> None:
    session = headless_session("a\nb\nc\n")
    record_keys(session, "# space home down")
    assert run(session, "macro.save comment")
    path = macro_dir() / "comment.ted"
    assert path.read_text().splitlines()[1:] == [
        'edit.insert "# "', "cursor.line_start", "cursor.screen_down"
    ]
    assert isinstance(session.registry, MacroRegistry)
    assert "macro.comment" not in REGISTRY  # only this session's registry has it
    assert run(session, "macro.comment 2")
    assert text_of(session) == "# a\n# b\n# c\n"

    # A later session loads it before the keymap, so the user's keymap.toml can bind it.
    (config_dir() / "keymap.toml").write_text('[normal]\n"f5" = "macro.comment"\n')
    port = HeadlessPort()
    later = build_session(port, [(document_from_bytes(b"x\ny\n"), FileArg(""))])
    assert port.messages == []
    assert run(later, "macro.comment")
    assert text_of(later) == "# x\ny\n"
    press(later, "f5")
    assert text_of(later) == "# x\n# y\n"
    run(later, "history.undo")
    assert text_of(later) == "# x\ny\n"


def test_saving_over_a_macro_asks_and_bad_names_are_refused() -> None:
    session = headless_session("a\n", answers=["n", "y"])
    record_keys(session, "x")
    assert run(session, "macro.save m")
    assert not run(session, "macro.save m")  # answered n
    assert last_message(session) == ("Macro not saved", False)
    assert run(session, "macro.save m")  # answered y
    for bad in ("play", "a/b", "../x", "macro.edit"):
        assert not run(session, f"macro.save {bad}")
        assert last_message(session)[1]
    assert sorted(path.name for path in macro_dir().iterdir()) == ["m.ted"]


def test_a_saved_macro_is_recorded_by_name_and_a_self_running_one_stops() -> None:
    session = headless_session("a\n")
    record_keys(session, "x")
    run(session, "macro.save ins")
    record_keys(session, "home")
    press(session, "c-r")
    run(session, "macro.ins")
    press(session, "c-r")
    assert macro_state(session).last == [Invocation("macro.ins", [])]

    macro = macro_dir() / "loop.ted"
    macro.write_text("edit.insert y\nmacro.loop\n")
    later = build_session(HeadlessPort(), [(document_from_bytes(b"a\n"), FileArg(""))])
    assert not run(later, "macro.loop")
    assert text_of(later) == "a\n"
    assert "deep" in " ".join(text for text, _ in later.port.messages)


def test_broken_macro_files_are_reported_when_ted_starts() -> None:
    folder = macro_dir()
    folder.mkdir(parents=True)
    (folder / "bad.ted").write_text("cursor.down\nedit.insert 'oops\n")
    (folder / "good.ted").write_text("edit.insert ok\n")
    port = HeadlessPort()
    session = build_session(port, [(Document(), FileArg(""))])
    assert session.registry.lookup("macro.good") is not None
    assert session.registry.lookup("macro.bad") is None
    errors = [text for text, error in port.messages if error]
    assert any("bad.ted:2:13: unterminated single quote" in text for text in errors)


def test_script_run_is_one_step_and_reports_syntax_errors(tmp_path: Path) -> None:
    script = tmp_path / "s.ted"
    script.write_text(
        "# two edits\nedit.insert a; cursor.line_start; cursor.screen_down\nedit.insert b\n"
    )
    session = headless_session("1\n2\n")
    assert run(session, f"script.run {script}")
    assert text_of(session) == "a1\nb2\n"
    run(session, "history.undo")
    assert text_of(session) == "1\n2\n"
    script.write_text("edit.insert a\nedit.insert 'b\n")
    assert not run(session, f"source {script}")
    assert text_of(session) == "1\n2\n"
    assert last_message(session) == (f"{script}:2:13: unterminated single quote", True)


def test_a_vi_command_line_records_what_it_ran_not_itself() -> None:
    from editor.core.keymap import load_keymap

    session = headless_session("one\ntwo\nthree\n", answers=["3"])
    session.keymap, errors = load_keymap("vi", REGISTRY)
    assert errors == []
    run(session, "macro.record")
    press(session, ":")
    run(session, "macro.record")
    recorded = session.extensions["macro"].last
    assert [(i.name, i.args) for i in recorded] == [("vi.count", ["3"]), ("vi.motion", ["file_end"])]
    session.view.set_selections((Selection.cursor(Pos(0, 0)),))
    run(session, "macro.play")
    assert session.view.cursor == Pos(2, 0)
