"""Drive the real prompt_toolkit Application of ted and read back what it drew.

The app reads keys from a `create_pipe_input()` pipe and draws through a real `Vt100_Output`
into an in-memory stream; every byte it writes is kept (`Ted.raw`) and fed to a `pyte` screen of
the same size, so tests can look at rows of text, cell attributes and the terminal cursor.

A test builds a `Ted` with the `ted` fixture and plays an async scenario:

    def test_typing(ted):
        t = ted("a.txt", "hello\\n")

        async def scenario(t):
            await t.press("x")
            assert t.text == "xhello\\n"

        t.play(scenario)

`play` runs the scenario with `asyncio.run`, next to `app.run_async()`, and returns the exit
status when the app ended (None when the scenario left it running: it is then told to exit).
"""

from __future__ import annotations

import asyncio
import os
import select
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pyte
import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output

from editor.cli import FileArg, build_session, open_documents
from editor.core.commands import Registry
from editor.core.document import Document
from editor.core.keymap import load_keymap
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos
from editor.ui.app import TerminalUI

# Key presses as a terminal (xterm) sends them.
KEYS = {
    "up": "\x1b[A", "down": "\x1b[B", "right": "\x1b[C", "left": "\x1b[D",
    "home": "\x1b[H", "end": "\x1b[F",
    "c-home": "\x1b[1;5H", "c-end": "\x1b[1;5F",
    "pageup": "\x1b[5~", "pagedown": "\x1b[6~",
    "c-left": "\x1b[1;5D", "c-right": "\x1b[1;5C",
    "s-left": "\x1b[1;2D", "s-right": "\x1b[1;2C", "s-up": "\x1b[1;2A", "s-down": "\x1b[1;2B",
    "s-home": "\x1b[1;2H", "s-end": "\x1b[1;2F",
    "c-s-home": "\x1b[1;6H", "c-s-end": "\x1b[1;6F",
    "s-pageup": "\x1b[5;2~", "s-pagedown": "\x1b[6;2~",
    "c-s-left": "\x1b[1;6D", "c-s-right": "\x1b[1;6C",
    "enter": "\r", "tab": "\t", "s-tab": "\x1b[Z",
    "backspace": "\x7f", "delete": "\x1b[3~",
    "a-backspace": "\x1b\x7f", "a-delete": "\x1b[3;3~",
    "escape": "\x1b",
    "c-s": "\x13", "c-q": "\x11", "c-z": "\x1a", "c-y": "\x19",
    "c-c": "\x03", "c-x": "\x18", "c-v": "\x16", "c-a": "\x01",
    "c-g": "\x07", "c-e": "\x05", "c-k": "\x0b",
    "c-o": "\x0f", "c-b": "\x02", "c-w": "\x17", "a-z": "\x1bz",
    "c-pageup": "\x1b[5;5~", "c-pagedown": "\x1b[6;5~",
    "c-p": "\x10", "c-r": "\x12", "c-f": "\x06", "c-n": "\x0e", "c-d": "\x04",
    "a-up": "\x1b[1;3A", "a-down": "\x1b[1;3B", "a-;": "\x1b;",
    "a-j": "\x1bj", "a-d": "\x1bd", "a-u": "\x1bu", "a-l": "\x1bl", "a-c": "\x1bc", "a-e": "\x1be",
    "c-l": "\x0c", "c-]": "\x1d", "a-s": "\x1bs",
    "c-space": "\x00", "c-_": "\x1f", "a-x": "\x1bx", "a-w": "\x1bw", "a-f": "\x1bf",
    "a-n": "\x1bn", "a-p": "\x1bp", "a-r": "\x1br",
    "a-,": "\x1b,", "a-.": "\x1b.",
    "f1": "\x1bOP", "f3": "\x1bOR", "f4": "\x1bOS",
    # xterm's own bytes: prompt_toolkit reads "\x1b[1;7A" as Ctrl-Alt-Down; ted names it itself.
    "c-s-up": "\x1b[1;6A", "c-s-down": "\x1b[1;6B",
    "a-a": "\x1ba", "c-a-up": "\x1b[1;7A", "c-a-down": "\x1b[1;7B",
    "a-s-up": "\x1b[1;4A", "a-s-down": "\x1b[1;4B",
    "a-s-right": "\x1b[1;4C", "a-s-left": "\x1b[1;4D",
}

ROWS, COLUMNS = 24, 80
TIMEOUT = 5.0


class MemoryStdout:
    """The stream Vt100_Output writes to: text only, no file descriptor, not a terminal."""

    encoding = "utf-8"

    def __init__(self, sink: Callable[[str], None]) -> None:
        self._sink = sink

    def write(self, data: str) -> int:
        self._sink(data)
        return len(data)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError("an in-memory stream has no file descriptor")


def paste(text: str) -> str:
    """The bytes of a bracketed paste of `text`."""
    return f"\x1b[200~{text}\x1b[201~"


def click(x: int, y: int, release: bool = True) -> str:
    """A left click at 0-based screen cell (x, y), as an SGR mouse report."""
    down = f"\x1b[<0;{x + 1};{y + 1}M"
    return down + (f"\x1b[<0;{x + 1};{y + 1}m" if release else "")


def drag(x: int, y: int) -> str:
    """Moving the mouse to (x, y) with the left button held."""
    return f"\x1b[<32;{x + 1};{y + 1}M"


def wheel(x: int, y: int, down: bool) -> str:
    """One step of the mouse wheel over (x, y)."""
    return f"\x1b[<{65 if down else 64};{x + 1};{y + 1}M"


class Ted:
    """One run of ted's application on a fixed-size in-memory terminal."""

    def __init__(self, documents: list[tuple[Document, FileArg]], rows: int, columns: int,
                 registry: Registry | None = None, keymap: str = "default") -> None:
        self.size = Size(rows=rows, columns=columns)
        self.screen = pyte.Screen(columns, rows)
        self._stream = pyte.Stream(self.screen)
        self.raw = ""
        self.ui = TerminalUI(None, Vt100_Output(
            MemoryStdout(self._written), get_size=lambda: self.size, term="xterm-256color"
        ))
        if registry is None:
            self.session = build_session(self.ui, documents, keymap)
        else:
            loaded, errors = load_keymap(keymap, registry)
            assert errors == []
            self.session = Session(self.ui, registry, loaded)
            for document, _ in documents:
                self.session.add_document(document)
            self.session.show(self.session.documents[0])
        # Tests read the selection as "cells on a background colour" and count rows from the
        # top; the cursor line and the scroll margin are checked by tests that switch them on.
        self.session.settings.update(cursor_line=False, scroll_margin=0)
        self.input = None
        self.app = None
        self._last_escape = 0.0
        self._task: asyncio.Task | None = None

    def _written(self, data: str) -> None:
        self.raw += data
        self._stream.feed(data)

    # What is there -------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The active document's text."""
        return self.session.document.text.text(Pos(0, 0), self.session.document.text.end)

    @property
    def cursor(self) -> tuple[int, int]:
        """The primary cursor as (line, column), both 0-based code points."""
        pos = self.session.view.cursor
        return pos.line, pos.col

    @property
    def selection(self) -> Selection:
        return self.session.view.selection

    @property
    def rows(self) -> list[str]:
        """Every screen row as text (wide characters once, their second cell left out)."""
        return list(self.screen.display)

    def row(self, y: int) -> str:
        return self.screen.display[y]

    @property
    def status(self) -> str:
        """The status line (second row from the bottom)."""
        return self.row(self.size.rows - 2)

    @property
    def message(self) -> str:
        """The message / question / prompt line (bottom row)."""
        return self.row(self.size.rows - 1).rstrip()

    @property
    def terminal_cursor(self) -> tuple[int, int]:
        """Where the terminal cursor was left, as (x, y) cells."""
        return self.screen.cursor.x, self.screen.cursor.y

    @property
    def gutter(self) -> int:
        """Width of the line-number gutter: digits of the line count plus two."""
        return len(str(self.session.document.text.line_count)) + 2

    def cell(self, x: int, y: int) -> pyte.screens.Char:
        return self.screen.buffer[y][x]

    def highlighted(self, y: int) -> str:
        """The characters of row y drawn on a background colour (the selection, in the pane)."""
        cells = (self.screen.buffer[y][x] for x in range(self.screen.columns))
        return "".join(cell.data for cell in cells if cell.bg != "default")

    def text_at(self, y: int) -> str:
        """Row y of the pane without its line-number gutter, right-trimmed."""
        return self.row(y)[self.gutter :].rstrip()

    def dump(self) -> str:
        return "\n".join(f"{y:2}|{line}|" for y, line in enumerate(self.rows))

    # Driving -------------------------------------------------------------------------------

    async def send(self, *parts: str) -> None:
        """Send key names (from KEYS) or literal text to the app."""
        assert self.input is not None
        for part in parts:
            data = KEYS.get(part, part)
            if data.endswith("\x1b"):
                self._last_escape = time.monotonic()
            self.input.send_text(data)
            # Give the app a turn so that separate parts are read as separate key presses.
            await self._drained()

    async def press(self, *parts: str) -> None:
        """Send keys and wait until the app handled them and drew the result."""
        await self.send(*parts)
        await self.settle()

    async def type(self, text: str) -> None:
        """Type text one character at a time (each a key press)."""
        await self.press(*list(text))

    async def command(self, line: str) -> None:
        """Run a command line through the Ctrl-E prompt."""
        await self.press("c-e")
        await self.press(line, "enter")

    async def _drained(self) -> None:
        deadline = time.monotonic() + TIMEOUT
        while self._pipe_has_data():
            if time.monotonic() > deadline:
                raise AssertionError("the app stopped reading its input")
            await asyncio.sleep(0.002)

    def _pipe_has_data(self) -> bool:
        read_fd = self.input.pipe.read_fd
        try:
            return bool(select.select([read_fd], [], [], 0)[0])
        except (OSError, ValueError):
            return False

    def _idle(self) -> bool:
        app = self.app
        if self._task is not None and self._task.done():
            return True
        if self._pipe_has_data() or app._invalidated or app.key_processor.key_buffer:
            return False
        waiting = self.ui._question is not None or self.ui._prompt_future is not None
        busy = [
            task for task in app._background_tasks
            if not task.done() and getattr(task.get_coro(), "__name__", "") == "_finish"
        ]
        return not busy or waiting

    async def settle(self) -> None:
        """Wait until every key sent was handled and the screen redrawn."""
        deadline = time.monotonic() + TIMEOUT
        # A lone Escape is only known to be one after prompt_toolkit's timeouts.
        quiet = self._last_escape + self.app.ttimeoutlen + self.app.timeoutlen + 0.03
        if time.monotonic() < quiet:
            await asyncio.sleep(quiet - time.monotonic())
        calm = 0
        while calm < 3:
            if time.monotonic() > deadline:
                raise AssertionError("the app did not settle:\n" + self.dump())
            await asyncio.sleep(0.003)
            calm = calm + 1 if self._idle() else 0

    async def until(self, predicate: Callable[[], bool], what: str = "") -> None:
        """Wait for `predicate()` to hold (fails with the screen after a timeout)."""
        deadline = time.monotonic() + TIMEOUT
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what or predicate}:\n{self.dump()}")
            await asyncio.sleep(0.005)

    async def until_shown(self, text: str) -> None:
        """Wait for `text` to appear somewhere on the screen."""
        await self.until(lambda: any(text in row for row in self.rows), repr(text))

    async def resize(self, rows: int, columns: int) -> None:
        """Change the terminal size, tell the app, and wait for it to redraw."""
        self.size = Size(rows=rows, columns=columns)
        self.screen.resize(rows, columns)
        self.app._on_resize()
        await self.settle()

    async def exited(self) -> int | None:
        """Wait for the app to end; its exit status."""
        await self.until(lambda: self._task.done(), "the app to exit")
        return self._task.result()

    def play(self, scenario: Callable[[Ted], Awaitable[None]]) -> int | None:
        """Run the app and `scenario` together; the app's exit status (None if still running
        when the scenario ended, in which case it is told to exit)."""

        async def main() -> int | None:
            with create_pipe_input() as pipe:
                self.input = pipe
                self.ui._input = pipe
                self.app = self.ui.build(self.session)
                self._task = asyncio.create_task(self.app.run_async(handle_sigint=False))
                await self.until(lambda: self.status.strip() != "", "the first drawing")
                await self.settle()
                try:
                    await scenario(self)
                finally:
                    if not self._task.done():
                        self.app.exit(result=None)
                    status = await asyncio.wait_for(self._task, TIMEOUT)
            return status

        return asyncio.run(main())


@pytest.fixture
def ted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ted]:
    """A factory: `ted(name, text, ...)` opens `text` (str or bytes) saved as tmp_path/name
    (no name: an unnamed empty buffer; text None: a file that does not exist yet) in a fresh
    app on a ROWS x COLUMNS terminal. `mode` chmods the file, `readonly` is --readonly,
    `line`/`col` place the cursor (1-based), `registry` replaces the built-in commands,
    `keymap` chooses another keymap."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    # A true-colour terminal, whatever the one running the tests is.
    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("NO_COLOR", raising=False)

    def make(name: str | None = None, content: str | bytes | None = "", *, rows: int = ROWS,
             columns: int = COLUMNS, mode: int | None = None, readonly: bool = False,
             line: int | None = None, col: int | None = None,
             registry: Registry | None = None, keymap: str = "default") -> Ted:
        files = []
        if name is not None:
            path = tmp_path / name
            if content is not None:
                data = content.encode("utf-8") if isinstance(content, str) else content
                path.write_bytes(data)
            if mode is not None:
                os.chmod(path, mode)
            files.append(FileArg(str(path), line, col))
        return Ted(open_documents(files, readonly), rows, columns, registry, keymap)

    return make
