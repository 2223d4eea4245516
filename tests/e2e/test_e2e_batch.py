"""The real `ted` command in batch mode, with no terminal at all (stdin from /dev/null, no
controlling terminal), and scripts and `-c` in the interactive editor."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def batch(ted_shell_command: str, env: dict[str, str], tmp_path: Path):
    """A function running `ted ARGS` without a terminal; returns the CompletedProcess."""

    def run(*args: str | Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*shlex.split(ted_shell_command), *map(os.fsdecode, args)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            cwd=tmp_path,
            env={**env, **(extra_env or {})},
            start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
            timeout=30,
        )

    return run


def test_batch_edits_files_without_a_terminal(batch, tmp_path):
    unix = tmp_path / "unix.txt"
    dos = tmp_path / "dos.txt"
    same = tmp_path / "same.txt"
    unix.write_bytes(b"one\ntwo\n")
    dos.write_bytes(b"one\r\ntwo\r\n")
    same.write_bytes(b"stays\n")
    os.utime(same, ns=(10**9, 10**9))
    line = "cursor.goto_line 2; edit.insert 'x'; edit.newline"
    done = batch("--batch", "-c", line, "unix.txt", "dos.txt")
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")
    assert unix.read_bytes() == b"one\nx\ntwo\n"
    assert dos.read_bytes() == b"one\r\nx\r\ntwo\r\n"
    done = batch("--batch", "-c", "cursor.file_end", "same.txt")
    assert (done.returncode, done.stderr) == (0, b"")
    assert os.stat(same).st_mtime_ns == 10**9


def test_batch_reports_failures_per_file_and_exits_1(batch, tmp_path):
    (tmp_path / "good.txt").write_bytes(b"a\nb\nc\n")
    (tmp_path / "short.txt").write_bytes(b"a\n")
    done = batch("--batch", "-c", "cursor.goto_line -3; edit.insert '>'", "short.txt", "good.txt")
    assert done.returncode == 1
    assert done.stderr == b"ted: short.txt: cursor.goto_line -3: lines are numbered from 1\n"
    assert (tmp_path / "short.txt").read_bytes() == b"a\n"
    assert (tmp_path / "good.txt").read_bytes() == b"a\n>b\nc\n"


def test_a_command_that_would_ask_fails_instead_of_hanging(batch, tmp_path):
    (tmp_path / "f.txt").write_bytes(b"a\n")
    done = batch("--batch", "-c", "edit.insert x; app.quit", "f.txt")
    assert done.returncode == 1
    assert b"ted: f.txt: app.quit: needs an answer to" in done.stderr
    assert (tmp_path / "f.txt").read_bytes() == b"a\n"


def test_dry_run_prints_a_diff_and_writes_nothing(batch, tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"a\nb\n")
    before = os.stat(path)
    done = batch("--batch", "--dry-run", "-c", "cursor.goto_line 2; edit.insert x", "f.txt")
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == b"--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\n-b\n+xb\n"
    assert path.read_bytes() == b"a\nb\n"
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.txt", "home"]


def test_usage_errors_exit_2(batch, tmp_path):
    (tmp_path / "f.txt").write_bytes(b"a\n")
    done = batch("--batch", "f.txt")
    assert done.returncode == 2
    assert done.stderr == b"ted: --batch needs a command (-c CMD) or a script (-s FILE)\n"
    done = batch("--batch", "-c", "edit.insert x", "f.txt", "nope.txt")
    assert (done.returncode, done.stderr) == (2, b"ted: nope.txt: no such file\n")
    assert (tmp_path / "f.txt").read_bytes() == b"a\n"


def test_batch_does_not_load_the_terminal_ui(batch, tmp_path):
    (tmp_path / "f.txt").write_bytes(b"a\n")
    done = batch("--batch", "-c", "edit.insert x", "f.txt", extra_env={"PYTHONVERBOSE": "1"})
    assert done.returncode == 0
    assert b"import 'editor.cli'" in done.stderr  # the import log is there...
    assert b"prompt_toolkit" not in done.stderr  # ...and prompt_toolkit is not in it
    assert (tmp_path / "f.txt").read_bytes() == b"xa\n"


def test_scripts_and_commands_in_the_interactive_editor(ted, tmp_path):
    script = tmp_path / "setup.ted"
    script.write_text("# put a header first\ncursor.file_start; edit.insert 'HEADER '\n")
    path = tmp_path / "f.txt"
    path.write_bytes(b"body\n")
    t = ted("-s", script, "-c", "cursor.file_end; edit.insert TAIL", path)
    t.wait_for("HEADER body")
    t.wait_for("TAIL")
    t.save()
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == b"HEADER body\nTAIL"


def test_a_script_syntax_error_stops_before_the_editor_starts(ted, tmp_path):
    script = tmp_path / "bad.ted"
    script.write_text("edit.insert ok\nedit.insert 'oops\n")
    path = tmp_path / "f.txt"
    path.write_bytes(b"a\n")
    err = tmp_path / "stderr"
    t = ted("-s", script, path, ready=False, stderr_path=err)
    assert t.wait_exit() == 2
    assert err.read_text() == f"ted: {script}:2:13: unterminated single quote\n"
    assert b"\x1b[?1049h" not in t.raw
    assert path.read_bytes() == b"a\n"


def test_recording_a_macro_shows_rec_and_f4_replays_it(ted, tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"a\nb\nc\n")
    t = ted(path)
    t.key("c-r")
    t.wait_until(lambda: "REC" in t.status, "REC in the status line")
    t.type("- ")
    t.key("home", "down", "c-r")
    t.wait_until(lambda: "REC" not in t.status, "REC to go")
    t.send(b"\x1bOS")  # F4
    t.wait_for("- b")
    t.save()
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == b"- a\n- b\nc\n"


def test_commands_from_the_config_file_run_when_ted_starts(ted, tmp_path, home):
    config = home / ".config" / "ted" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("commands = [\"edit.insert 'FROM CONFIG '\", \"keymap.use emacs\"]\n")
    path = tmp_path / "f.txt"
    path.write_bytes(b"body\n")
    t = ted(path)
    t.wait_for("FROM CONFIG body")
    t.send("\x05!")  # Ctrl-E is end of line in the emacs keymap the config chose
    t.wait_for("FROM CONFIG body!")
    t.send("\x18\x13")  # Ctrl-X Ctrl-S
    t.wait_until(lambda: path.read_bytes() == b"FROM CONFIG body!\n", "the file saved")
    t.send("\x18\x03")  # Ctrl-X Ctrl-C
    assert t.wait_exit() == 0
