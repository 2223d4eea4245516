"""The `ted` command line: --version, --help, files it refuses, and ted as git's editor."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest



def test_version(ted, tmp_path):
    err = tmp_path / "stderr"
    t = ted("--version", ready=False, stderr_path=err)
    assert t.wait_exit() == 0
    assert re.fullmatch(r"ted \d+\.\d+(\.\d+)?\S*", t.screen_text().strip()), t.dump()
    assert err.read_bytes() == b""
    assert b"\x1b[?1049h" not in t.raw


def test_help(ted, tmp_path):
    err = tmp_path / "stderr"
    t = ted("--help", ready=False, stderr_path=err)
    assert t.wait_exit() == 0
    text = t.raw.decode()
    assert text.startswith("usage: ted")
    assert "Ctrl-S" in text and "Ctrl-Q" in text
    assert err.read_bytes() == b""
    assert b"\x1b[?1049h" not in t.raw


def refused(ted, tmp_path: Path, path: Path) -> str:
    """Run ted on `path`, expect exit status 2 and one line on stderr; return that line."""
    err = tmp_path / "stderr"
    t = ted(path, ready=False, stderr_path=err)
    assert t.wait_exit() == 2
    message = err.read_text()
    assert message.startswith("ted: ") and message.count("\n") == 1, message
    assert message.endswith("\n"), message
    assert b"\x1b[?1049h" not in t.raw, "ted took over the screen for a file it refused"
    assert t.raw.strip() == b"", t.raw
    return message


def test_directory_is_refused(ted, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    message = refused(ted, tmp_path, folder)
    assert "folder" in message and "directory" in message
    assert list(folder.iterdir()) == []


def test_fifo_is_refused_without_hanging(ted, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    message = refused(ted, tmp_path, fifo)
    assert "pipe" in message and "not a regular file" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file: no unreadable path to test")
def test_unreadable_file_is_refused(ted, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    path = locked / "secret.txt"
    path.write_bytes(b"secret\n")
    locked.chmod(0)
    try:
        message = refused(ted, tmp_path, path)
    finally:
        locked.chmod(0o700)
    assert "secret.txt" in message and "ermission denied" in message
    assert path.read_bytes() == b"secret\n"


def test_missing_folder_is_refused(ted, tmp_path):
    message = refused(ted, tmp_path, tmp_path / "no-such-folder" / "file.txt")
    assert "no-such-folder" in message


# ted as git's editor ---------------------------------------------------------------------------

GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed")


@pytest.fixture
def git_env(env: dict[str, str]) -> dict[str, str]:
    """The person's environment (HOME in tmp_path) with a git identity and no system config."""
    return {
        **env,
        "GIT_AUTHOR_NAME": "Ada Tester", "GIT_AUTHOR_EMAIL": "ada@example.invalid",
        "GIT_COMMITTER_NAME": "Ada Tester", "GIT_COMMITTER_EMAIL": "ada@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
    }


def git(repo: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run([GIT, *args], cwd=repo, env=env, check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path, git_env: dict[str, str]) -> Path:
    """A repository with one commit and a new file staged."""
    env = git_env
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, env, "init", "-q")
    git(repo, env, "commit", "-q", "--allow-empty", "-m", "initial")
    (repo / "notes.txt").write_text("notes\n")
    git(repo, env, "add", "notes.txt")
    return repo


@needs_git
def test_git_commit_message_written_in_ted(spawn, repo, git_env, ted_shell_command):
    env = git_env
    t = spawn([GIT, "-c", f"core.editor={ted_shell_command}", "commit"], cwd=repo, environment=env)
    t.wait_ready()
    t.wait_for("COMMIT_EDITMSG")
    t.type("Add the notes")
    t.save()
    t.key("c-q")
    assert t.wait_exit() == 0
    assert git(repo, env, "log", "-1", "--format=%B") == "Add the notes\n\n"
    assert git(repo, env, "rev-list", "--count", "HEAD") == "2\n"
    assert git(repo, env, "status", "--porcelain") == ""


@needs_git
def test_git_commit_aborted_with_cq(spawn, repo, git_env, ted_shell_command):
    env = git_env
    head = git(repo, env, "rev-parse", "HEAD")
    t = spawn([GIT, "-c", f"core.editor={ted_shell_command}", "commit"], cwd=repo, environment=env)
    t.wait_ready()
    t.wait_for("COMMIT_EDITMSG")
    t.edit("This message is thrown away")
    t.command("cq")
    assert t.wait_exit() != 0
    assert git(repo, env, "rev-parse", "HEAD") == head
    assert git(repo, env, "status", "--porcelain") == "A  notes.txt\n"
