"""Batch mode in-process: `editor.cli.main(["--batch", ...])` on real files in tmp_path."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from editor.batch import unified_diff
from editor.cli import main
from editor.commands.macro import macro_dir
from editor.core.commands import REGISTRY, Registry
from editor.core.session import Session

OLD = 1_000_000_000  # an mtime far in the past, so that any rewrite shows


def make(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    os.utime(path, ns=(OLD, OLD))
    return path


def identity(path: Path) -> tuple[int, int, int]:
    info = os.stat(path)
    return info.st_ino, info.st_mtime_ns, info.st_size


def batch(*args: str | Path) -> int:
    return main(["--batch", *map(str, args)])


def error_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.splitlines()


def test_insert_and_replace_applied_to_several_files(tmp_path, capsys):
    a = make(tmp_path, "a.txt", b"one\ntwo\nthree\n")
    b = make(tmp_path, "b.txt", b"alpha\nbeta\n")
    status = batch("-c", "cursor.goto_line 2; select.line_end; edit.insert 'new 2'",
                   "-c", "cursor.file_start; edit.insert '# '", a, b)
    assert status == 0
    assert a.read_bytes() == b"# one\nnew 2\nthree\n"
    assert b.read_bytes() == b"# alpha\nnew 2\n"
    assert capsys.readouterr() == ("", "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_unchanged_files_are_not_rewritten(tmp_path, capsys):
    moved = make(tmp_path, "moved.txt", b"x\ny\n")
    undone = make(tmp_path, "undone.txt", b"x\ny\n")
    changed = make(tmp_path, "changed.txt", b"x\ny\n")
    before = {path: identity(path) for path in (moved, undone)}
    assert batch("-c", "cursor.goto_line 2", moved) == 0
    # Typing and deleting again leaves the buffer "modified" with the same bytes.
    assert batch("-c", "edit.insert z; edit.backspace", undone) == 0
    assert batch("-c", "edit.insert z", changed) == 0
    assert {path: identity(path) for path in (moved, undone)} == before
    assert identity(changed)[1] != OLD
    assert changed.read_bytes() == b"zx\ny\n"
    assert capsys.readouterr().err == ""


def test_a_failing_command_is_reported_and_the_other_files_are_saved(tmp_path, capsys):
    first = make(tmp_path, "first.txt", b"1\n2\n3\n4\n")
    short = make(tmp_path, "short.txt", b"x\n")  # 2 lines: line -3 is before the first
    last = make(tmp_path, "last.txt", b"1\n2\n3\n")
    status = batch("-c", "edit.insert '>'; cursor.goto_line -3; edit.insert '*'", first, short, last)
    assert status == 1
    assert error_lines(capsys) == [
        f"ted: {short}: cursor.goto_line -3: lines are numbered from 1",
    ]
    assert first.read_bytes() == b">1\n2\n*3\n4\n"
    assert last.read_bytes() == b">1\n*2\n3\n"
    assert short.read_bytes() == b"x\n"  # a file where a command failed is not saved
    assert identity(short)[1] == OLD


def test_a_bad_argument_names_the_file_and_the_command(tmp_path, capsys):
    notes = make(tmp_path, "notes.txt", b"text\n")
    assert batch("-c", "cursor.goto_line 99x", notes) == 1
    assert error_lines(capsys) == [
        f"ted: {notes}: cursor.goto_line 99x: line: expected a whole number, got '99x'"
    ]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("cursor.goto_line", "needs a value for 'line'"),
        ("file.save_as", "needs a value for 'path'"),
        ("edit.insert x; app.quit", "needs an answer to 'Save changes to f.txt? (y/n/Esc)'"),
    ],
)
def test_questions_and_prompts_fail_instead_of_waiting(tmp_path, capsys, line, wanted):
    path = make(tmp_path, "f.txt", b"a\n")
    assert batch("-c", line, path) == 1
    (message,) = error_lines(capsys)
    assert message.startswith(f"ted: {path}: ") and wanted in message
    assert "batch mode cannot ask" in message
    assert path.read_bytes() == b"a\n"


def test_a_command_that_asks_fails_even_if_it_carries_on(tmp_path, capsys, monkeypatch):
    async def ask_and_carry_on(session: Session) -> None:
        """Ask, and go on whatever the answer."""
        await session.port.ask("Really? (y/n)", "yn")

    scratch = Registry()
    monkeypatch.setitem(REGISTRY._commands, "test.ask", scratch.add("test.ask", ask_and_carry_on))
    path = make(tmp_path, "f.txt", b"a\n")
    assert batch("-c", "edit.insert x; test.ask", path) == 1
    assert error_lines(capsys) == [
        f"ted: {path}: test.ask: needs an answer to 'Really? (y/n)' (batch mode cannot ask)"
    ]
    assert path.read_bytes() == b"a\n"


def test_quitting_ends_the_commands_of_a_file(tmp_path, capsys):
    kept = make(tmp_path, "kept.txt", b"a\n")
    saved = make(tmp_path, "saved.txt", b"a\n")
    aborted = make(tmp_path, "aborted.txt", b"a\n")
    assert batch("-c", "edit.insert x; q!; edit.insert y", kept) == 0
    assert kept.read_bytes() == b"a\n"
    assert batch("-c", "edit.insert x; wq; edit.insert y", saved) == 0
    assert saved.read_bytes() == b"xa\n"
    assert batch("-c", "edit.insert x; cq", aborted) == 1
    assert aborted.read_bytes() == b"a\n"
    assert error_lines(capsys) == [f"ted: {aborted}: cq: quit with status 1; not saved"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-c", "edit.insert x"], "ted: --batch needs at least one FILE"),
        (["FILE"], "ted: --batch needs a command (-c CMD) or a script (-s FILE)"),
        (["-c", "edit.insert x", "FILE", "missing.txt"], "ted: missing.txt: no such file"),
        (["-c", "edit.insert x", "FILE", "."], "ted: . is a directory"),
        (["-c", "edit.insert x", "-"], "ted: --batch cannot edit standard input (-)"),
        (["-c", "edit.insert 'x", "FILE"],
         "ted: -c \"edit.insert 'x\": unterminated single quote at column 13"),
    ],
)
def test_usage_errors_exit_2_before_touching_any_file(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    path = make(tmp_path, "file.txt", b"a\n")
    status = batch(*[str(path) if arg == "FILE" else arg for arg in args])
    assert status == 2
    assert error_lines(capsys) == [message]
    assert path.read_bytes() == b"a\n" and identity(path)[1] == OLD


def test_dry_run_prints_a_unified_diff_and_writes_nothing(tmp_path, capsys):
    a = make(tmp_path, "a.txt", b"one\ntwo\nthree\n")
    b = make(tmp_path, "b.txt", b"same\n")
    c = make(tmp_path, "c.txt", b"no newline")
    before = {path: (path.read_bytes(), identity(path)) for path in (a, b, c)}
    status = main(["--batch", "--dry-run", "-c", "cursor.goto_line 2; edit.insert X",
                   str(a), str(b), str(c)])
    assert status == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (
        f"--- a/{a}\n+++ b/{a}\n@@ -1,3 +1,3 @@\n one\n-two\n+Xtwo\n three\n"
        f"--- a/{b}\n+++ b/{b}\n@@ -1 +1,2 @@\n same\n+X\n\\ No newline at end of file\n"
        f"--- a/{c}\n+++ b/{c}\n@@ -1 +1 @@\n-no newline\n\\ No newline at end of file\n"
        "+Xno newline\n\\ No newline at end of file\n"
    )
    assert {path: (path.read_bytes(), identity(path)) for path in (a, b, c)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "c.txt"]


def test_dry_run_refuses_commands_that_save(tmp_path, capsys):
    path = make(tmp_path, "a.txt", b"a\n")
    assert main(["--dry-run", "-c", "edit.insert x; w", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"ted: {path}: w: --dry-run: file.save would write a file\n"
    assert path.read_bytes() == b"a\n" and identity(path)[1] == OLD


def test_dry_run_diff_keeps_crlf_and_bytes_that_are_not_utf8(tmp_path, capsysbinary):
    path = make(tmp_path, "w.txt", b"caf\xe9\r\nb\r\n")
    assert main(["--dry-run", "-c", "cursor.goto_line 2; edit.insert x", str(path)]) == 0
    name = os.fsencode(path)
    assert capsysbinary.readouterr().out == (
        b"--- a/" + name + b"\n+++ b/" + name + b"\n@@ -1,2 +1,2 @@\n caf\xe9\r\n-b\r\n+xb\r\n"
    )


def test_unified_diff_of_identical_bytes_is_empty():
    assert unified_diff(b"a\n", b"a\n", "x") == ""


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"a\r\nb\r\n", b"a\r\nx\r\nb\r\n"),
        (b"caf\xe9\nna\xefve\n", b"caf\xe9\nx\nna\xefve\n"),
        (b"\xef\xbb\xbfa\nb\n", b"\xef\xbb\xbfa\nx\nb\n"),
        ("a\r\nb\r\n".encode("utf-16"), "a\r\nx\r\nb\r\n".encode("utf-16")),
        (b"a\rb\r", b"a\rx\rb\r"),
    ],
)
def test_encodings_and_line_endings_are_kept(tmp_path, capsys, data, expected):
    path = make(tmp_path, "f.txt", data)
    assert batch("-c", "cursor.goto_line 2; edit.insert x; edit.newline", path) == 0
    assert path.read_bytes() == expected
    assert capsys.readouterr().err == ""


def test_a_read_only_file_in_a_read_only_folder_is_reported_and_left_intact(tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    locked = make(folder, "locked.txt", b"keep\n")
    other = make(tmp_path, "other.txt", b"a\n")
    locked.chmod(0o444)
    folder.chmod(0o555)
    try:
        assert batch("-c", "edit.insert x", locked, other) == 1
        assert locked.read_bytes() == b"keep\n" and identity(locked)[1] == OLD
        assert sorted(p.name for p in folder.iterdir()) == ["locked.txt"]
    finally:
        folder.chmod(0o755)
    assert other.read_bytes() == b"xa\n"
    assert error_lines(capsys) == [f"ted: {locked}: Cannot save {locked}: the file is read-only"]


def test_a_failed_write_is_reported_and_the_file_left_intact(tmp_path, capsys, monkeypatch):
    full = make(tmp_path, "full.txt", b"old content\n")
    fine = make(tmp_path, "fine.txt", b"a\n")
    real_fsync = os.fsync

    def disk_full_for_full_txt(fd: int) -> None:
        if ".full.txt." in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", disk_full_for_full_txt)
    assert batch("-c", "edit.insert x", full, fine) == 1
    monkeypatch.undo()
    assert full.read_bytes() == b"old content\n"
    assert fine.read_bytes() == b"xa\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fine.txt", "full.txt"]
    (message,) = error_lines(capsys)
    assert message.startswith(f"ted: {full}: Cannot save {full}: No space left on device")


def test_scripts_run_in_order_with_command_lines(tmp_path, capsys):
    script = tmp_path / "fix.ted"
    script.write_text("# header\ncursor.file_end\nedit.insert 'end'  # at the end\n")
    path = make(tmp_path, "f.txt", b"mid\n")
    assert batch("-c", "edit.insert start", "-s", script, "--script", script, path) == 0
    assert path.read_bytes() == b"startmid\nendend"


def test_a_script_with_a_syntax_error_runs_nothing(tmp_path, capsys):
    script = tmp_path / "bad.ted"
    script.write_text("edit.insert ok\n\n  edit.insert \"oops\n")
    path = make(tmp_path, "f.txt", b"a\n")
    assert batch("-c", "edit.insert x", "-s", script, path) == 2
    assert error_lines(capsys) == [f"ted: {script}:3:15: unterminated double quote"]
    assert path.read_bytes() == b"a\n" and identity(path)[1] == OLD


def test_file_line_positions_and_saved_macros_work_in_batch(tmp_path, capsys):
    folder = macro_dir()
    folder.mkdir(parents=True)
    (folder / "bullet.ted").write_text("edit.insert '- '\ncursor.line_start\ncursor.screen_down\n")
    path = make(tmp_path, "f.txt", b"a\nb\nc\nd\n")
    assert batch("-c", "macro.bullet 2", f"{path}:2") == 0
    assert path.read_bytes() == b"a\n- b\n- c\nd\n"
    assert batch("-c", "edit.insert '>'", "+4", path) == 0
    assert path.read_bytes() == b"a\n- b\n- c\n>d\n"
    assert capsys.readouterr().err == ""
