"""Run the real `ted` command in a pseudo-terminal and drive it like a person.

The child gets a fresh pseudo-terminal of 80x24 as its controlling terminal, stdin, stdout and
(unless a test wants stderr on its own) stderr, with TERM=xterm-256color and HOME / XDG folders
inside the test's tmp_path. Everything it writes is kept as raw bytes (`Terminal.raw`) and fed to
a `pyte` screen, so a test can look both at what a person would see and at the exact bytes the
terminal was sent.

    def test_typing(ted, tmp_path):
        path = tmp_path / "a.txt"
        path.write_bytes(b"hello\\n")
        t = ted(path)                 # waits until the status line is drawn
        t.type("x")
        t.key("c-s")
        t.wait_for("Saved")
        t.key("c-q")
        assert t.wait_exit() == 0

The command is the `ted` console script installed next to the interpreter running the tests (as
`pip install -e '.[test]'` puts it) or on PATH, otherwise `python -m editor` from this checkout.
"""

from __future__ import annotations

import errno
import fcntl
import os
import select
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pyte
import pytest

REPO = Path(__file__).resolve().parents[2]
ROWS, COLUMNS = 24, 80
TIMEOUT = 10.0
# prompt_toolkit needs this long to tell a lone Escape from the start of a key sequence.
ESCAPE_PAUSE = 0.3

# Key presses as xterm sends them.
KEYS = {
    "enter": b"\r", "tab": b"\t", "backspace": b"\x7f", "escape": b"\x1b",
    "up": b"\x1b[A", "down": b"\x1b[B", "right": b"\x1b[C", "left": b"\x1b[D",
    "home": b"\x1b[H", "end": b"\x1b[F", "delete": b"\x1b[3~",
    "pageup": b"\x1b[5~", "pagedown": b"\x1b[6~",
    "c-home": b"\x1b[1;5H", "c-end": b"\x1b[1;5F",
    "c-left": b"\x1b[1;5D", "c-right": b"\x1b[1;5C",
}
# Ctrl-A .. Ctrl-Z
KEYS.update({f"c-{chr(c)}": bytes([c - 0x60]) for c in range(ord("a"), ord("z") + 1)})


def installed_ted() -> str | None:
    """The `ted` console script of the environment running the tests (as `pip install` put it
    next to the interpreter), else one on PATH."""
    beside = Path(sys.executable).parent / "ted"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("ted")


def ted_command() -> list[str]:
    """How to start ted: the installed console script, else the module from this checkout."""
    found = installed_ted()
    if found:
        return [found]
    return [sys.executable, "-m", "editor"]


def ted_is_installed() -> bool:
    return installed_ted() is not None


def base_env(home: Path) -> dict[str, str]:
    """The environment of a person's shell, with HOME and XDG folders under `home`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LC_", "GIT_", "XDG_", "PYTEST")) and k not in ("COLUMNS", "LINES")}
    env.pop("NO_COLOR", None)
    env.pop("COLORTERM", None)
    env.update(
        TERM="xterm-256color",
        LANG="C.UTF-8",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
    )
    if not ted_is_installed():
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def set_winsize(fd: int, rows: int, columns: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def _become_controlled_by_stdin() -> None:
    """In the child, after setsid(): make the pseudo-terminal on fd 0 the controlling one."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """One child process on a pseudo-terminal, with a pyte screen of what it drew."""

    def __init__(self, argv: Sequence[str], *, cwd: Path, env: dict[str, str],
                 rows: int = ROWS, columns: int = COLUMNS,
                 stderr_path: Path | None = None) -> None:
        self.argv = list(argv)
        self.rows, self.columns = rows, columns
        self.screen = pyte.Screen(columns, rows)
        self._stream = pyte.ByteStream(self.screen)
        self.raw = b""
        self.master, self.slave = os.openpty()
        set_winsize(self.master, rows, columns)
        stderr = open(stderr_path, "wb") if stderr_path else self.slave  # noqa: SIM115
        try:
            self.proc = subprocess.Popen(
                self.argv, cwd=cwd, env=env, stdin=self.slave, stdout=self.slave,
                stderr=stderr, start_new_session=True, close_fds=True,
                preexec_fn=_become_controlled_by_stdin,
            )
        finally:
            if stderr_path:
                stderr.close()
        # The parent keeps its end of the slave open, so that it can look at the terminal
        # modes ted leaves behind, and so that reading never fails while the child starts.
        self._closed = False

    # Reading -------------------------------------------------------------------------------

    def _pump(self, timeout: float) -> bool:
        """Read what the child wrote within `timeout` seconds; whether anything came."""
        if self._closed:
            time.sleep(timeout)
            return False
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.master, 1 << 16)
        except OSError as error:
            if error.errno != errno.EIO:
                raise
            return False
        if data:
            self.raw += data
            self._stream.feed(data)
        return bool(data)

    def _drain(self) -> None:
        while self._pump(0.02):
            pass

    # What is there -------------------------------------------------------------------------

    def screen_text(self) -> str:
        self._drain()
        return "\n".join(line.rstrip() for line in self.screen.display)

    def row(self, y: int) -> str:
        self._drain()
        return self.screen.display[y].rstrip()

    @property
    def status(self) -> str:
        """The status line: the last row but one."""
        return self.row(self.rows - 2)

    @property
    def message(self) -> str:
        """The message, question and prompt line: the last row."""
        return self.row(self.rows - 1)

    def dump(self) -> str:
        rows = "\n".join(f"{y:2}|{line}|" for y, line in enumerate(self.screen.display))
        state = "running" if self.proc.poll() is None else f"exited {self.proc.returncode}"
        command = " ".join(map(repr, self.argv))
        return f"{command} ({state}):\n{rows}\nlast bytes: {self.raw[-300:]!r}"

    # Waiting -------------------------------------------------------------------------------

    def wait_until(self, predicate: Callable[[], bool], what: str = "",
                   timeout: float = TIMEOUT) -> None:
        """Wait for `predicate()` to hold; on timeout fail showing the screen."""
        deadline = time.monotonic() + timeout
        while True:
            self._drain()
            if predicate():
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout} s waiting for "
                                     f"{what or predicate}\n{self.dump()}")
            self._pump(0.05)

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> None:
        """Wait until `text` is shown somewhere on the screen."""
        self.wait_until(lambda: text in self.screen_text(), repr(text), timeout)

    def wait_gone(self, text: str, timeout: float = TIMEOUT) -> None:
        self.wait_until(lambda: text not in self.screen_text(), f"{text!r} to go", timeout)

    def wait_ready(self) -> None:
        """Wait for ted's first full drawing (the status line with the cursor position)."""
        self.wait_until(lambda: "Ln " in self.status, "the status line")

    def wait_exit(self, timeout: float = TIMEOUT) -> int:
        """Wait for the child to end (reading all it wrote); its exit status."""
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"the program did not exit within {timeout} s\n{self.dump()}")
            self._pump(0.05)
        self._drain()
        return self.proc.returncode

    def still_running(self, seconds: float = 0.3) -> bool:
        """Whether the child is still running after `seconds` more of reading its output."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self._pump(0.02)
        return self.proc.poll() is None

    # Driving -------------------------------------------------------------------------------

    def send(self, data: str | bytes) -> None:
        """Write to the terminal as typed keys (text is sent as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        view = memoryview(data)
        while view:
            self._drain()
            _, writable, _ = select.select([], [self.master], [], TIMEOUT)
            if not writable:
                raise AssertionError(f"the program stopped reading its input\n{self.dump()}")
            view = view[os.write(self.master, view):]

    def key(self, *names: str) -> None:
        """Press named keys ("c-s", "enter", "up", "escape", ...), one after another."""
        for name in names:
            self.send(KEYS[name])
            if name == "escape":
                self.still_running(ESCAPE_PAUSE)
            else:
                self._pump(0.01)

    def type(self, text: str) -> None:
        """Type printable text."""
        self.send(text)

    def edit(self, text: str) -> None:
        """Type text into the file and wait for the status line to show it modified."""
        self.type(text)
        self.wait_until(lambda: "[+]" in self.status, "the [+] of a modified file")

    def answer(self, key: str, question: str, reply: str) -> None:
        """Press `key`, wait for `question` on the message line, and press `reply` (a letter or
        a named key such as "escape")."""
        self.key(key)
        self.wait_until(lambda: question in self.message, repr(question))
        if reply in KEYS:
            self.key(reply)
        else:
            self.type(reply)

    def command(self, line: str) -> None:
        """Run a command line through the Ctrl-E prompt."""
        self.key("c-e")
        self.wait_for("Command:")
        self.type(line)
        self.key("enter")

    def wait_message(self) -> str:
        """Wait for a message after a command ran from the prompt or a key; return it."""
        self.wait_until(lambda: self.message != "" and not self.message.startswith("Command:"),
                        "a message")
        return self.message

    def save(self) -> None:
        """Ctrl-S, then wait for ted to say it saved."""
        self.key("c-s")
        self.wait_until(lambda: self.message.startswith("Saved"), "the file to be saved")

    def quit_and_wait(self) -> int:
        """Ctrl-Q with nothing left unsaved; the exit status."""
        self.key("c-q")
        return self.wait_exit()

    def resize(self, rows: int, columns: int) -> None:
        """Change the terminal size, as a terminal window does, and tell the child."""
        self.rows, self.columns = rows, columns
        set_winsize(self.master, rows, columns)
        self.screen.resize(rows, columns)
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGWINCH)

    def hang_up(self) -> None:
        """Close the terminal under the child, as when its window is closed."""
        os.close(self.master)
        self._closed = True

    def terminal_modes(self) -> list:
        """The termios modes of the terminal as the child left them."""
        return termios.tcgetattr(self.slave)

    # Ending --------------------------------------------------------------------------------

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(TIMEOUT)
        if not self._closed:
            os.close(self.master)
            self._closed = True
        os.close(self.slave)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The HOME of the person running ted: empty, inside tmp_path."""
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    return base_env(home)


@pytest.fixture
def ted_shell_command() -> str:
    """The ted command as a shell command line (for `sh -c` and git's core.editor)."""
    return " ".join(map(shlex.quote, ted_command()))


@pytest.fixture
def spawn(env: dict[str, str], tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    """A factory: `spawn(argv, cwd=..., env=..., stderr_path=..., rows=..., columns=...)`
    starts any command on a fresh pseudo-terminal; every child is killed at teardown."""
    started: list[Terminal] = []

    def start(argv: Sequence[str], *, cwd: Path | None = None,
              environment: dict[str, str] | None = None, **options) -> Terminal:
        terminal = Terminal(argv, cwd=cwd or REPO, env=environment or env, **options)
        started.append(terminal)
        return terminal

    yield start
    for terminal in started:
        terminal.close()


@pytest.fixture
def ted(spawn: Callable[..., Terminal]) -> Callable[..., Terminal]:
    """A factory: `ted(*args, ready=True, **options)` runs the ted command with `args`
    (paths are made strings); with `ready` it waits for the first drawing."""

    def start(*args: str | os.PathLike, ready: bool = True, **options) -> Terminal:
        terminal = spawn([*ted_command(), *map(os.fsdecode, args)], **options)
        if ready:
            terminal.wait_ready()
        return terminal

    return start


@pytest.fixture
def ted_on(ted: Callable[..., Terminal], tmp_path: Path) -> Callable[..., tuple[Path, Terminal]]:
    """A factory: `ted_on(name, data, *args, mode=None, **options)` writes `data` to
    tmp_path/name (chmod `mode` when given) and runs `ted *args PATH`; returns (path, terminal)."""

    def start(name: str, data: bytes, *args: str, mode: int | None = None,
              **options) -> tuple[Path, Terminal]:
        path = tmp_path / name
        path.write_bytes(data)
        if mode is not None:
            path.chmod(mode)
        return path, ted(*args, path, **options)

    return start
