"""persistent_undo: the undo tree kept across sessions, through the real open, save, close and
quit paths of a headless session built as `ted` builds it (settings from config.toml)."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest

from editor.cli import FileArg, build_session, open_documents
from editor.core import undo_store
from editor.core.config import config_path
from editor.core.paths import undo_dir
from editor.core.session import HeadlessPort, Session


def configure(on: bool = True) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"persistent_undo = {'true' if on else 'false'}\n", encoding="utf-8")


def start(path: Path) -> Session:
    """A session on `path`, as `ted PATH` opens it."""
    return build_session(HeadlessPort(), open_documents([FileArg(str(path))], False))


def run(session: Session, line: str) -> bool:
    result = session.run(line)
    return result if isinstance(result, bool) else asyncio.run(result)


def text(session: Session) -> str:
    return session.document.text.full_text()


def store_of(path: Path) -> Path:
    return undo_store.store_path(path.resolve())


def edit_and_save(path: Path, *words: str) -> Session:
    """Open `path`, insert each word at the start as its own undo step, save."""
    session = start(path)
    for word in words:
        assert run(session, f"edit.insert {word}")
        session.document.seal()
    assert run(session, "file.save")
    return session


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"line one\r\nbad \xff byte\r\n")
    return path


def test_undo_reaches_back_into_the_last_session(notes: Path) -> None:
    configure()
    first = edit_and_save(notes, "a", "b")
    assert first.port.messages[-1] == ("Saved notes.txt: 3 lines, 24 bytes", False)
    assert run(first, "buffer.close")
    later = start(notes)
    assert text(later) == "abline one\r\nbad \udcff byte\r\n"
    assert not later.document.modified
    assert run(later, "history.undo")
    assert text(later) == "aline one\r\nbad \udcff byte\r\n"
    assert run(later, "history.undo")
    assert text(later) == "line one\r\nbad \udcff byte\r\n"
    assert not run(later, "history.undo")
    assert notes.read_bytes() == b"abline one\r\nbad \xff byte\r\n"  # untouched until saved
    assert run(later, "file.save")
    assert notes.read_bytes() == b"line one\r\nbad \xff byte\r\n"


def test_file_open_restores_too_and_redo_and_goto_reach_old_branches(notes: Path) -> None:
    configure()
    first = edit_and_save(notes, "a")
    assert run(first, "history.undo")
    assert run(first, "edit.insert z")  # a branch beside "a"
    first.document.seal()
    assert run(first, "history.goto 1")  # back at the saved text: closing keeps the branch
    assert run(first, "buffer.close")
    other = start(notes.parent / "elsewhere.txt")
    assert run(other, f"file.open {notes}")
    assert text(other).startswith("aline one")
    assert run(other, "history.goto 2")
    assert text(other).startswith("zline one")
    assert run(other, "history.undo") and run(other, "history.redo")
    assert text(other).startswith("zline one")


def test_quitting_keeps_what_was_done_since_the_save(notes: Path) -> None:
    configure()
    session = edit_and_save(notes, "a")
    assert run(session, "edit.insert q")
    assert run(session, "history.undo")  # unmodified again, with one more revision
    assert run(session, "app.quit")
    assert session.exit_status == 0
    stored = json.loads(store_of(notes).read_bytes())
    assert len(stored["revisions"]) == 3


def test_earlier_by_time_works_across_sessions(notes: Path) -> None:
    configure()
    session = edit_and_save(notes, "a", "b")
    session.quit()
    store = store_of(notes)
    tree = json.loads(store.read_bytes())
    for entry, hours_ago in zip(tree["revisions"], (3, 2, 1), strict=True):
        entry["time"] -= hours_ago * 3600
    store.write_text(json.dumps(tree))
    later = start(notes)
    assert run(later, "history.earlier 30m")
    assert text(later).startswith("aline one")
    assert run(later, "history.list")
    listing = later.document.text.full_text()
    assert "> 1  2 h ago" in listing and "  0  3 h ago" in listing


def test_a_file_changed_elsewhere_opens_fresh_and_its_store_is_deleted(notes: Path) -> None:
    configure()
    session = edit_and_save(notes, "a")
    session.quit()
    assert store_of(notes).exists()
    notes.write_bytes(b"someone else wrote this\n")
    later = start(notes)
    assert text(later) == "someone else wrote this\n"
    assert len(later.document.history.revisions) == 1
    assert not run(later, "history.undo")
    assert not store_of(notes).exists()


def test_a_damaged_store_is_reported_and_the_text_is_as_on_disk(notes: Path) -> None:
    configure()
    edit_and_save(notes, "a").quit()
    store_of(notes).write_bytes(b'{"format": "ted-undo", "version": 1, "revisions": [{')
    later = start(notes)
    assert text(later) == "aline one\r\nbad \udcff byte\r\n"
    problem = "stored undo history discarded: damaged store: not JSON"
    assert (problem, True) in later.port.messages
    assert f"notes.txt: {problem}" in later.port.messages[-1][0]  # the notes shown at start
    assert not store_of(notes).exists()


def test_with_the_setting_off_nothing_is_written_or_read(notes: Path) -> None:
    configure(on=False)
    session = edit_and_save(notes, "a")
    session.quit()
    assert not undo_dir(create=False).exists()
    configure()
    edit_and_save(notes, "b").quit()  # stores a tree whose saved text is what is on disk now
    configure(on=False)
    later = start(notes)
    assert len(later.document.history.revisions) == 1


def test_a_failing_store_write_does_not_fail_the_save(notes: Path) -> None:
    configure()
    state = undo_dir(create=False).parent
    state.mkdir(parents=True)
    (state / "undo").write_bytes(b"a file where the folder should be")
    session = edit_and_save(notes, "a")
    message, error = session.port.messages[-1]
    undo = state / "undo"
    problem = f"cannot write {undo}: File exists"
    assert message == f"Saved notes.txt: 3 lines, 23 bytes; undo history not kept: {problem}"
    assert not error
    assert not session.document.modified
    assert notes.read_bytes() == b"aline one\r\nbad \xff byte\r\n"


def test_an_internal_error_in_the_store_does_not_fail_the_save(notes: Path, monkeypatch) -> None:
    configure()

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(undo_store, "encode_tree", broken)
    session = edit_and_save(notes, "a")
    message = session.port.messages[-1][0]
    assert message.endswith("undo history not kept: an internal error (see the log)")
    assert not session.document.modified
    assert text(session) == "aline one\r\nbad \udcff byte\r\n"
    assert notes.read_bytes() == b"aline one\r\nbad \xff byte\r\n"
    assert run(session, "app.quit")  # quitting is not stopped either
    assert session.exit_status == 0


def test_history_forget_deletes_the_store_and_closing_does_not_write_it_again(notes: Path) -> None:
    configure()
    session = edit_and_save(notes, "a")
    assert store_of(notes).exists()
    assert run(session, "history.forget")
    assert session.port.messages[-1][0] == "Forgot the undo history kept for notes.txt"
    assert not store_of(notes).exists()
    assert run(session, "history.forget")
    assert session.port.messages[-1][0] == "No undo history is kept for notes.txt"
    session.quit()
    assert not store_of(notes).exists()
    assert len(start(notes).document.history.revisions) == 1


def test_the_store_of_a_file_is_private(notes: Path) -> None:
    configure()
    edit_and_save(notes, "a")
    store = store_of(notes)
    assert oct(os.stat(store).st_mode & 0o777) == "0o600"
    assert oct(os.stat(store.parent).st_mode & 0o777) == "0o700"


def test_a_wrong_kind_of_value_is_reported_and_leaves_the_setting_off(notes: Path) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('persistent_undo = "yes"\n', encoding="utf-8")
    session = edit_and_save(notes, "a")
    assert session.port.messages[0] == (
        f"{path}:1: key 'persistent_undo': expected true or false, got 'yes'", True
    )
    assert session.settings["persistent_undo"] is False
    session.quit()
    assert not undo_dir(create=False).exists()
