"""Run a program in a pseudo-terminal and mirror what it draws in a pyte screen.

Part of the ted benchmark harness (see README.md in this folder); not a test module.

Timing model: every chunk read from the pty master is stamped with `time.perf_counter()`
the moment `os.read` returns, *before* pyte parses it.  A wait that succeeds reports the
stamp of the chunk after whose parsing the condition first held, so pyte's own parsing
time is not counted for that chunk (it can still delay the stamps of chunks that arrive
while an earlier one is being parsed; see README.md, "Limits").
"""

from __future__ import annotations

import errno
import fcntl
import functools
import os
import select
import signal
import struct
import subprocess
import termios
import time
from typing import Callable

import pyte


class WaitTimeout(Exception):
    """A wait did not see its condition before its deadline."""


class RunDeadline(WaitTimeout):
    """A wait was cut short by the session's `deadline` (the whole run's time limit)."""


class ProcessExited(Exception):
    """The program exited (or closed the terminal) while we were waiting on it."""


class _Screen(pyte.Screen):
    """A pyte screen that answers the status queries a real terminal answers."""

    def __init__(self, columns: int, lines: int, reply: Callable[[bytes], None]) -> None:
        super().__init__(columns, lines)
        self._reply = reply

    def write_process_input(self, data: str) -> None:
        # Used by pyte for DSR answers: ESC[5n (status) and ESC[6n (cursor position),
        # which prompt_toolkit and vim send.
        self._reply(data.encode("ascii"))

    def report_device_attributes(self, mode: int = 0, **kwargs: bool) -> None:
        # pyte cannot tell a primary DA request (ESC[c) from a secondary one (ESC[>c):
        # it would answer vim's ESC[>c with a primary answer, which vim may misread.
        # No answer at all is what many minimal terminals do, and nothing waits on it.
        return


def _drop_private(method: Callable[..., object]) -> Callable[..., object]:
    @functools.wraps(method)
    def wrapper(*args: object, **kwargs: object) -> object:
        if kwargs.pop("private", False):
            return None  # e.g. vim's ESC[?4m query: a handler that knows no private form ignores it
        return method(*args, **kwargs)

    return wrapper


# pyte passes private=True to any CSI handler when the sequence has a "?"; most of its
# handlers do not take that argument, and the TypeError would kill pyte's parser.
for _name in set(pyte.Stream.csi.values()):
    if _name not in ("set_mode", "reset_mode", "erase_in_line", "erase_in_display", "report_device_attributes"):
        setattr(_Screen, _name, _drop_private(getattr(pyte.Screen, _name)))


def _become_controlling_tty() -> None:  # runs in the child, after setsid() and dup2()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class PtySession:
    """One program running in a fresh pty of `cols` x `rows`, in its own session."""

    def __init__(
        self,
        argv: list[str],
        *,
        cwd: str,
        env: dict[str, str],
        cols: int = 120,
        rows: int = 40,
    ) -> None:
        self.cols = cols
        self.rows = rows
        self.screen = _Screen(cols, rows, self._write_reply)
        self.stream = pyte.ByteStream(self.screen)
        self.bytes_read = 0
        self.parse_errors = 0
        self.parse_seconds = 0.0  # time pyte spent parsing (not part of any measurement)
        self.parse_max_seconds = 0.0  # longest single chunk
        self.closed = False  # the slave side is gone (EIO/EOF on read)
        # perf_counter() time after which no wait may go on (None: no limit).  Waits that
        # would run past it end there: wait_for raises RunDeadline, settle returns False.
        self.deadline: float | None = None
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.master = master
        self.t_spawn = time.perf_counter()
        try:
            self.proc = subprocess.Popen(
                argv,
                stdin=slave,
                stdout=slave,
                stderr=slave,
                cwd=cwd,
                env=env,
                start_new_session=True,
                preexec_fn=_become_controlling_tty,
                close_fds=True,
            )
        except BaseException:
            os.close(master)
            raise
        finally:
            os.close(slave)
        os.set_blocking(master, False)
        self.last_output = self.t_spawn

    # ----------------------------------------------------------------- input/output

    def _write_reply(self, data: bytes) -> None:
        try:
            self._write_all(data)
        except OSError:
            pass

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            try:
                n = os.write(self.master, view)
            except BlockingIOError:
                select.select([], [self.master], [], 0.05)
                continue
            view = view[n:]

    def send(self, data: bytes) -> float:
        """Write keys to the program; returns the time just before the write."""
        t = time.perf_counter()
        self._write_all(data)
        return t

    def _read_available(self, timeout: float) -> list[tuple[float, bytes]]:
        """Wait up to `timeout` s for output, then read all that is available, stamped."""
        if self.closed:
            if timeout > 0:
                time.sleep(min(timeout, 0.05))
            return []
        ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not ready:
            return []
        chunks: list[tuple[float, bytes]] = []
        while True:
            try:
                data = os.read(self.master, 1 << 16)
            except BlockingIOError:
                break
            except OSError as exc:
                if exc.errno == errno.EIO:  # every slave fd closed: the program is gone
                    self.closed = True
                    break
                raise
            if not data:
                self.closed = True
                break
            chunks.append((time.perf_counter(), data))
        return chunks

    def _feed(self, t: float, data: bytes) -> None:
        started = time.perf_counter()
        try:
            self.stream.feed(data)
        except Exception:  # an escape sequence pyte chokes on: keep the screen, new parser
            self.parse_errors += 1
            self.stream = pyte.ByteStream(self.screen)
        spent = time.perf_counter() - started
        self.parse_seconds += spent
        self.parse_max_seconds = max(self.parse_max_seconds, spent)
        self.bytes_read += len(data)
        self.last_output = t

    # ----------------------------------------------------------------- screen text

    def row_text(self, y: int) -> str:
        line = self.screen.buffer[y]
        return "".join(line[x].data for x in range(self.cols))

    def text(self) -> str:
        return "\n".join(self.row_text(y) for y in range(self.rows))

    def contains(self, needle: str) -> bool:
        return any(needle in self.row_text(y) for y in range(self.rows))

    def screen_excerpt(self, max_lines: int = 3) -> str:
        lines = [ln.strip() for ln in self.text().splitlines() if ln.strip()]
        return " | ".join(lines[:max_lines])

    # ----------------------------------------------------------------- waiting

    def wait_for(self, predicate: Callable[[], bool], timeout: float, what: str = "") -> float:
        """Pump output until `predicate()` holds; return the stamp of the deciding chunk.

        The predicate is checked after each chunk is parsed.  Raises WaitTimeout after
        `timeout` seconds and ProcessExited if the program goes away first.
        """
        if predicate():
            return time.perf_counter()
        deadline = time.perf_counter() + timeout
        cut = self.deadline is not None and self.deadline < deadline
        if cut:
            deadline = self.deadline
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise (RunDeadline if cut else WaitTimeout)(what or "condition")
            gone = self.closed or self.proc.poll() is not None
            found = self._feed_until(self._read_available(0 if gone else min(remaining, 0.25)), predicate)
            if found is not None:
                return found
            if gone:
                raise ProcessExited(self._exit_description())

    def _feed_until(self, chunks: list[tuple[float, bytes]], predicate: Callable[[], bool]) -> float | None:
        """Feed every chunk (none may be dropped); return the stamp of the first chunk
        after which `predicate()` held, or None."""
        found = None
        for t, data in chunks:
            self._feed(t, data)
            if found is None and predicate():
                found = t
        return found

    def settle(self, quiet: float, max_wait: float) -> bool:
        """Pump output until none has come for `quiet` s (True) or `max_wait` passed (False)."""
        start = time.perf_counter()
        deadline = start + max_wait
        if self.deadline is not None:
            deadline = min(deadline, self.deadline)
        last = start
        while True:
            now = time.perf_counter()
            wait = min(last + quiet, deadline) - now
            chunks = self._read_available(max(0.0, wait))
            if chunks:
                for t, data in chunks:
                    self._feed(t, data)
                last = chunks[-1][0]
                if time.perf_counter() >= deadline:
                    return False
                continue
            if self.closed:
                raise ProcessExited(self._exit_description())
            now = time.perf_counter()
            if now >= last + quiet:
                return True
            if now >= deadline:
                return False

    # ----------------------------------------------------------------- process

    def alive(self) -> bool:
        return self.proc.poll() is None

    def _exit_description(self) -> str:
        code = self.proc.poll()
        if code is None:
            try:
                code = self.proc.wait(timeout=1)
            except subprocess.TimeoutExpired:
                code = None
        shown = self.screen_excerpt()
        state = "closed the terminal" if code is None else f"exited with status {code}"
        return f"{state}; screen: {shown!r}" if shown else state

    def wait_exit(self, timeout: float) -> bool:
        """Keep draining output until the program exits or `timeout` passes."""
        deadline = time.perf_counter() + timeout
        while self.proc.poll() is None:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return False
            for t, data in self._read_available(min(remaining, 0.05)):
                self._feed(t, data)
        return True

    def kill(self) -> None:
        """SIGTERM, then SIGKILL, the session we started (process group id = its pid)."""
        for sig, grace in ((signal.SIGTERM, 2.0), (signal.SIGKILL, 5.0)):
            if self.proc.poll() is not None:
                return
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                return
            self.wait_exit(grace)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.kill()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.close(self.master)
        except OSError:
            pass


# --------------------------------------------------------------------- /proc helpers

_WRAPPERS = {"sh", "bash", "dash", "zsh", "env", "pyenv", "timeout", "nice", "stdbuf"}


def _comm(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as fh:
            return fh.read().strip()
    except OSError:
        return ""


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        pass
    kids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            kids.append(int(entry))
    return kids


def editor_pid(root: int) -> tuple[int, str]:
    """The pid (and name) of the real editor under `root`, looking through wrapper shells."""
    pid = root
    for _ in range(8):
        name = _comm(pid)
        if name not in _WRAPPERS:
            return pid, name
        kids = _children(pid)
        if len(kids) != 1:
            return pid, name
        pid = kids[0]
    return pid, _comm(pid)


def peak_rss_kib(pid: int) -> int | None:
    """VmHWM (peak resident set size) of `pid` in KiB, or None if unreadable."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None
