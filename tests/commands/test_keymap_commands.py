"""Keymaps at run time: describe-key, switching keymap and mode, the emacs keymap, the pending
hint and `ted --check-keymap`."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import headless_session, open_marked, press, run, marked_text

from editor.cli import main
from editor.core.commands import REGISTRY
from editor.core.hints import pending_entries, pending_title
from editor.core.keymap import load_keymap, user_layer
from editor.core.session import HeadlessPort


def last_message(session) -> str:
    assert isinstance(session.port, HeadlessPort)
    return session.port.messages[-1][0]


def test_describe_key_names_the_binding_its_file_and_line_and_the_help() -> None:
    session = headless_session("abc\n")
    run(session, "help.describe_key")
    press(session, "c-s")
    message = last_message(session)
    assert "c-s runs 'file.save'" in message
    assert "default.toml:7" in message and "Save" in message
    assert session.document.text.line(0) == "abc"  # the key was described, not run


def test_describe_key_follows_a_sequence_and_reports_unbound_keys() -> None:
    session = headless_session("abc\n")
    run(session, "help.describe_key")
    press(session, "c-w")
    assert "c-w (panes)" in last_message(session)
    press(session, "v")
    assert "c-w v runs 'pane.split_right'" in last_message(session)
    assert len(session.panes) == 1
    run(session, "help.describe_key")
    press(session, "f12")
    assert last_message(session) == "f12 is not bound in normal mode"
    run(session, "help.describe_key")
    press(session, "q")
    assert "types itself" in last_message(session)


def test_keymap_use_switches_live_and_keeps_the_user_layer() -> None:
    layer = user_layer()
    layer.parent.mkdir(parents=True, exist_ok=True)
    layer.write_text('[normal]\n"f5" = "edit.insert five"\n')
    session = headless_session("abc\n")
    assert run(session, "keymap.use emacs")
    press(session, "c-e f5")
    assert session.document.text.line(0) == "abcfive"
    assert not run(session, "keymap.use no-such-keymap")
    assert session.keymap.name == "emacs"
    assert isinstance(session.port, HeadlessPort)
    assert any("no such keymap" in text and error for text, error in session.port.messages)


def emacs_session(marked: str):
    session = open_marked(marked)
    session.keymap, errors = load_keymap("emacs", REGISTRY)
    assert errors == []
    return session


def test_emacs_mark_region_kill_and_yank() -> None:
    session = emacs_session("one |two three\n")
    press(session, "c-space a-f c-w")
    assert marked_text(session.document, session.view.selection) == "one | three\n"
    assert session.mode == "normal"
    press(session, "c-e c-y")
    assert marked_text(session.document, session.view.selection) == "one  threetwo|\n"


def test_emacs_kill_line_keeps_the_rest_and_typing_types() -> None:
    session = emacs_session("ab|cd\nef\n")
    press(session, "c-k x")
    assert marked_text(session.document, session.view.selection) == "abx|\nef\n"


def test_the_pending_hint_lists_what_can_follow() -> None:
    session = headless_session("abc\n")
    press(session, "c-w")
    assert pending_title(session) == "c-w (panes) …"
    entries = pending_entries(session)
    assert ("s", "pane.split_below") in entries and ("v", "pane.split_right") in entries
    assert [key for key, _ in entries].index("v") < [key for key, _ in entries].index("left")
    press(session, "v")
    assert session.pending_keys == () and len(session.panes) == 2


def test_check_keymap_reports_and_sets_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check-keymap"]) == 0
    assert "0 problems" in capsys.readouterr().out
    layer = user_layer()
    layer.parent.mkdir(parents=True, exist_ok=True)
    layer.write_text('[normal]\n"f5" = "file.save"\n"c-m" = "file.save"\n"f6" = "nope"\n')
    assert main(["--check-keymap", "--keymap", "emacs"]) == 1
    captured = capsys.readouterr()
    assert f"{layer}:3: key 'c-m'" in captured.err and f"{layer}:4: key 'f6'" in captured.err
    assert "2 problems" in captured.out and "emacs.toml" in captured.out


def test_a_broken_user_layer_still_lets_ted_start_with_the_rest(tmp_path: Path) -> None:
    from editor.cli import FileArg, build_session, open_documents

    layer = user_layer()
    layer.parent.mkdir(parents=True, exist_ok=True)
    layer.write_text('[normal]\n"f5" = "edit.insert hi"\n"c-s-x" = "file.save"\n')
    port = HeadlessPort()
    path = tmp_path / "a.txt"
    path.write_text("x\n")
    session = build_session(port, open_documents([FileArg(str(path))], False))
    assert any("c-s-x" in text and error for text, error in port.messages)
    press(session, "f5")
    assert session.document.text.line(0) == "hix"



def test_emacs_ctrl_s_searches() -> None:
    session = emacs_session("|one two three\n")
    assert isinstance(session.port, HeadlessPort)
    session.port.answers.append("three")
    press(session, "c-s")
    assert marked_text(session.document, session.view.selection) == "one two ^three|\n"


def test_emacs_word_case_and_comment_keys() -> None:
    session = emacs_session("def |run():\n    pass\n")
    session.document.syntax.set_language("python")
    press(session, "a-u")
    assert session.document.text.line(0) == "def RUN():"
    press(session, "a-c")
    assert session.document.text.line(0) == "def Run():"
    press(session, "a-;")
    assert session.document.text.line(0) == "# def Run():"


def test_emacs_region_upcase_and_line_moves() -> None:
    session = emacs_session("|one two\nthree\n")
    press(session, "c-space a-f c-x c-u")
    assert session.document.text.line(0) == "ONE two"
    assert session.mode == "normal"
    press(session, "a-down")
    assert [session.document.text.line(i) for i in range(2)] == ["three", "ONE two"]
