"""Commands run headless: questions, failures, read-only files and quitting."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from helpers import headless_session, press, run

from editor.core import files
from editor.core.commands import REGISTRY
from editor.core.files import load_document
from editor.core.keymap import load_keymap
from editor.core.safesave import SaveError
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos


def file_session(path: Path, answers: list[str | None] | None = None) -> Session:
    keymap, errors = load_keymap("default", REGISTRY)
    session = Session(HeadlessPort(answers=list(answers or [])), REGISTRY, keymap)
    session.add_document(load_document(path))
    return session


def messages(session: Session) -> list[str]:
    assert isinstance(session.port, HeadlessPort)
    return [text for text, _ in session.port.messages]


@pytest.mark.parametrize(("answer", "saved", "status"), [("y", True, 0), ("n", False, 0), (None, False, None)])
def test_quit_with_unsaved_changes_asks(tmp_path: Path, answer: str | None, saved: bool, status: int | None) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"text\n")
    session = file_session(path, [answer])
    press(session, "X c-q")
    assert "Save changes to notes.txt? (y/n/Esc)" in messages(session)
    assert path.read_bytes() == (b"Xtext\n" if saved else b"text\n")
    assert session.exit_status == status


def test_quit_without_changes_does_not_ask(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"a")
    session = file_session(path)
    press(session, "c-q")
    assert session.exit_status == 0
    assert not any("Save changes" in m for m in messages(session))


def test_abort_exits_with_status_one() -> None:
    session = headless_session("x")
    assert run(session, "cq")
    assert session.exit_status == 1


def test_missing_parameter_is_prompted_and_validated() -> None:
    session = headless_session("1\n2\n3\n4\n", answers=["three", "3"])
    press(session, "c-g")
    assert session.view.cursor == Pos(2, 0)
    assert any("expected a whole number" in m for m in messages(session))


def test_command_line_runs_typed_commands() -> None:
    session = headless_session("a\nb\nc\n", answers=["cursor.goto_line 3; edit.insert 'hi '"])
    press(session, "c-e")
    assert session.document.text.line(2) == "hi c"


def test_an_exception_in_a_command_is_reported_and_the_text_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    session = headless_session("keep me\n")
    command = REGISTRY.lookup("edit.delete_line")
    assert command is not None

    def broken(session: Session) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(command, "func", broken)
    assert run(session, "edit.delete_line") is False
    assert session.document.text.full_text() == "keep me\n"
    assert any("edit.delete_line failed: RuntimeError: boom" in m for m in messages(session))


def test_unknown_command_and_unbound_key_say_so() -> None:
    session = headless_session("")
    assert run(session, "no.such_command") is False
    press(session, "f9")
    assert "unknown command: no.such_command" in messages(session)
    assert "f9 is not bound" in messages(session)


def test_a_failed_save_names_the_file_and_keeps_the_buffer_modified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "full.txt"
    path.write_bytes(b"old\n")
    session = file_session(path)
    press(session, "N")

    def disk_full(target, chunks, override_readonly=False):
        raise SaveError(target, "write", OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))

    monkeypatch.setattr(files, "save_file", disk_full)
    press(session, "c-s")
    assert session.document.modified
    assert path.read_bytes() == b"old\n"
    error = messages(session)[-1]
    assert "full.txt" in error and "No space left on device" in error


@pytest.mark.parametrize(("answer", "content"), [(None, b"ro\n"), ("o", b"Xro\n")])
def test_read_only_file_needs_an_explicit_override(tmp_path: Path, answer: str | None, content: bytes) -> None:
    path = tmp_path / "ro.txt"
    path.write_bytes(b"ro\n")
    path.chmod(0o444)
    session = file_session(path, [answer])
    assert session.document.read_only_file
    press(session, "X c-s")
    assert any("is read-only" in m for m in messages(session))
    assert path.read_bytes() == content
    assert path.stat().st_mode & 0o777 == 0o444


def test_file_changed_on_disk_asks_before_overwriting(tmp_path: Path) -> None:
    path = tmp_path / "shared.txt"
    path.write_bytes(b"mine\n")
    session = file_session(path, ["n"])
    press(session, "X")
    path.write_bytes(b"theirs, longer\n")
    press(session, "c-s")
    assert any("changed on disk" in m for m in messages(session))
    assert path.read_bytes() == b"theirs, longer\n"
    assert session.document.modified


def test_readonly_option_blocks_edits() -> None:
    session = headless_session("fixed\n")
    session.document.locked = True
    press(session, "x")
    assert session.document.text.full_text() == "fixed\n"
    assert any("read-only" in m for m in messages(session))


def test_save_as_prompts_for_a_name_and_asks_before_overwriting(tmp_path: Path) -> None:
    existing = tmp_path / "exists.txt"
    existing.write_bytes(b"keep")
    session = headless_session("new text", answers=[str(existing), "n"])
    press(session, "c-s")
    assert existing.read_bytes() == b"keep"
    session.port.answers[:] = [str(tmp_path / "fresh.txt")]
    press(session, "c-s")
    assert (tmp_path / "fresh.txt").read_bytes() == b"new text"
    assert not session.document.modified and session.document.name == "fresh.txt"


def test_page_down_scrolls_the_view_with_the_cursor() -> None:
    session = headless_session("".join(f"line {n}\n" for n in range(100)))
    session.view.height = 10
    press(session, "down down pagedown")
    assert session.view.cursor.line == 11
    assert session.view.top_line == 9
    press(session, "pageup")
    assert (session.view.cursor.line, session.view.top_line) == (2, 0)


def test_undo_and_redo_with_nothing_to_do_say_so() -> None:
    session = headless_session("text")
    assert run(session, "history.undo") is False
    assert run(session, "history.redo") is False
    assert messages(session)[-2:] == ["Nothing to undo", "Nothing to redo"]


def test_a_prompted_name_is_offered_its_known_values() -> None:
    session = headless_session("x = 1\n", answers=["rust", "monokai", "relative"])
    assert isinstance(session.port, HeadlessPort)
    run(session, "view.language")
    assert session.document.syntax.label == "Rust"
    run(session, "view.theme")
    assert session.settings["theme"] == "monokai"
    run(session, "view.line_numbers")
    offered = session.port.offered
    assert "python" in offered[0] and "plain" in offered[0]
    assert {"default", "light", "monokai"} <= set(offered[1])
    assert offered[2] == ["absolute", "relative", "off"]


def test_a_command_can_take_the_next_key_and_observers_see_each_command() -> None:
    session = headless_session("abc\n")
    seen: list[str] = []
    session.observers.append(lambda command, args: seen.append(command.name))
    taken: list[str] = []
    session.next_key = lambda key: taken.append(key) or True
    press(session, "x y")
    assert taken == ["x"]
    assert session.document.text.line(0) == "yabc"
    assert seen == ["edit.insert"]


def test_printable_keys_type_only_in_text_modes() -> None:
    session = headless_session("abc\n")
    session.keymap.text_modes = ("insert",)
    press(session, "x")
    assert session.document.text.line(0) == "abc"
    session.mode = "insert"
    press(session, "x")
    assert session.document.text.line(0) == "xabc"
