"""How the ted benchmark starts, drives and quits each editor (see README.md here).

Each editor is an `Editor` profile: its command line, the keys that enter insert mode,
the keys that move to the end of the file, and the keys (and prompt) to quit without
saving.  `resolve(name, ...)` turns a name into a runnable profile, or explains why not.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

CTRL_END = b"\x1b[1;5F"  # xterm: Ctrl-End
ESC = b"\x1b"

EDITOR_NAMES = ["ted", "vim", "nano", "micro", "pyvim"]


@dataclass
class Editor:
    name: str
    argv: list[str]  # the file path is appended
    cwd: str | None = None  # None: the run's throw-away directory
    env: dict[str, str] = field(default_factory=dict)
    # Extra arguments that need the run's throw-away directory (e.g. micro's -config-dir).
    dir_args: list[str] = field(default_factory=list)  # "{tmp}" is replaced
    make_dirs: list[str] = field(default_factory=list)  # created inside the run's directory
    insert_top: bytes = b""  # sent (then settle) before typing near the top
    goto_end: list[bytes] = field(default_factory=list)  # key groups, settle between
    # For a file of one line: keys that reach the *end of that line* (None: goto_end does).
    goto_end_single_line: list[bytes] | None = None
    insert_end: bytes = b""  # sent (then settle) once the last line is on screen
    quit_keys: list[bytes] = field(default_factory=list)  # key groups, settle between
    quit_prompt: str | None = None  # regex of the "save changes?" question
    quit_answer: bytes = b"n"
    version: str = ""
    source: str = ""  # where the command came from, for the report

    def command(self, file_path: str, tmp: str) -> list[str]:
        return self.argv + [a.replace("{tmp}", tmp) for a in self.dir_args] + [file_path]

    def end_keys(self, single_line: bool) -> list[bytes]:
        """The key groups that move to the end of the file; for a file of one line, to the
        end of that line."""
        if single_line and self.goto_end_single_line is not None:
            return self.goto_end_single_line
        return self.goto_end


class Unavailable(Exception):
    """The editor cannot be run here; the message says why."""


# --------------------------------------------------------------------- executables

_SHIM_EXEC = re.compile(rb'exec\s+"([^"]*/pyenv)"\s+exec\b')


def resolve_executable(name: str) -> str | None:
    """Absolute path of `name`, looking through pyenv shims (a bash wrapper that would
    add its own start-up time and hide the editor behind a shell)."""
    path = shutil.which(name)
    if not path:
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return path
    match = _SHIM_EXEC.search(head) if head.startswith(b"#!") else None
    if not match:
        return path
    pyenv = match.group(1).decode()
    try:
        out = subprocess.run([pyenv, "which", name], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    real = out.stdout.strip().splitlines()[-1] if out.returncode == 0 and out.stdout.strip() else ""
    return real if real and os.access(real, os.X_OK) else None


def _first_line(argv: list[str], cwd: str | None = None) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=10, stdin=subprocess.DEVNULL, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    for line in (out.stdout + out.stderr).splitlines():
        if line.strip():
            return line.strip()
    return ""


def _script_interpreter(script: str) -> str | None:
    try:
        with open(script, "rb") as fh:
            head = fh.readline().decode(errors="replace").strip()
    except OSError:
        return None
    if head.startswith("#!"):
        parts = head[2:].split()
        if parts and parts[0].endswith("/env") and len(parts) > 1:
            return shutil.which(parts[1])
        return parts[0] if parts else None
    return None


def _python_dist_version(python: str | None, dist: str) -> str:
    if not python:
        return ""
    code = f"import importlib.metadata as m; print({dist!r}, m.version({dist!r}))"
    return _first_line([python, "-c", code])


# --------------------------------------------------------------------- profiles


def resolve(name: str, repo_root: Path, pycache_dir: Path, ted_cmd: str | None = None) -> Editor:
    """A runnable profile for `name`, or raise Unavailable."""
    if name == "ted":
        return _ted(repo_root, pycache_dir, ted_cmd)
    if name == "vim":
        exe = resolve_executable("vim")
        if not exe:
            raise Unavailable("vim is not installed")
        return Editor(
            "vim",
            [exe, "-u", "NONE", "-i", "NONE", "-N", "-n"],
            insert_top=b"i",
            goto_end=[ESC, b"G"],
            goto_end_single_line=[ESC, b"G$"],  # G alone stays in column 1 of the long line
            insert_end=b"A",
            quit_keys=[ESC, b":q!\r"],
            version=_first_line([exe, "--version"]),
            source=exe,
        )
    if name == "nano":
        exe = resolve_executable("nano")
        if not exe:
            raise Unavailable("nano is not installed")
        return Editor(
            "nano",
            [exe, "--ignorercfiles"],
            goto_end=[b"\x1b/"],  # M-/ : last line
            # nano keeps an empty line after a file without a final newline, and M-/ goes
            # there: for a one-line file, M-\ (first line) then ^E (end of the line).
            goto_end_single_line=[b"\x1b\\", b"\x05"],
            quit_keys=[b"\x18"],  # ^X
            quit_prompt=r"Save modified buffer",
            version=_first_line([exe, "--version"]),
            source=exe,
        )
    if name == "micro":
        exe = resolve_executable("micro")
        if not exe:
            raise Unavailable("micro is not installed")
        return Editor(
            "micro",
            [exe],
            dir_args=["-config-dir", "{tmp}/micro-config"],
            make_dirs=["micro-config"],
            goto_end=[CTRL_END],  # CursorEnd: end of the last line
            quit_keys=[b"\x11"],  # ^Q
            quit_prompt=r"Save changes",
            version=_first_line([exe, "-version"]),
            source=exe,
        )
    if name == "pyvim":
        exe = resolve_executable("pyvim")
        if not exe:
            raise Unavailable("pyvim is not installed")
        return Editor(
            "pyvim",
            [exe],
            insert_top=b"i",
            goto_end=[ESC, b"G"],
            goto_end_single_line=[ESC, b"G$"],
            insert_end=b"A",
            quit_keys=[ESC, b":q!\r"],
            version=_python_dist_version(_script_interpreter(exe), "pyvim"),
            source=exe,
        )
    raise Unavailable(f"unknown editor {name!r} (known: {', '.join(EDITOR_NAMES)})")


def _ted(repo_root: Path, pycache_dir: Path, ted_cmd: str | None) -> Editor:
    keys = dict(
        goto_end=[CTRL_END],  # cursor.file_end: end of the last line
        quit_keys=[b"\x11"],  # ^Q
        quit_prompt=r"Save changes",
    )
    if ted_cmd is None:
        exe = resolve_executable("ted")
        if exe:
            return Editor("ted", [exe], version=_python_dist_version(_script_interpreter(exe), "ted-editor"),
                          source=exe, **keys)
        argv = [sys.executable, "-m", "editor"]
    else:
        argv = shlex.split(ted_cmd)
        if not argv:
            raise Unavailable("--ted-cmd is empty")
        first = resolve_executable(argv[0]) if os.sep not in argv[0] else argv[0]
        if not first:
            raise Unavailable(f"--ted-cmd: {argv[0]!r} not found on PATH")
        argv[0] = first
    # Running from the source tree: keep byte-code out of the repo, but cached between runs.
    return Editor(
        "ted",
        argv,
        cwd=str(repo_root),
        env={"PYTHONPYCACHEPREFIX": str(pycache_dir)},
        version=_first_line([sys.executable, "-c", "import editor; print('ted', editor.__version__)"], cwd=str(repo_root)) if argv[0] == sys.executable else "",
        source=" ".join(argv) + f"  (cwd {repo_root})",
        **keys,
    )
