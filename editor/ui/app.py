"""The full-screen application: pane, status line and message/prompt line.

`TerminalUI` is the session's `Port` in a terminal. Every key press is turned into a canonical
key name and handed to `Session.feed_key`; the UI itself never edits text. Questions ("Save
changes? (y/n/Esc)") take the next key; prompts ("Save as:") use a one-line input field.
Everything shown from a file or a file name is passed through `sanitize` first.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.document import Document
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import HSplit, Layout, VSplit, Window
from prompt_toolkit.layout.containers import ConditionalContainer, WindowAlign
from prompt_toolkit.layout.controls import BufferControl, FormattedTextControl
from prompt_toolkit.layout.processors import BeforeInput
from prompt_toolkit.output import Output

from editor.core.cells import sanitize
from editor.core.session import Session
from editor.ui.escaping import EscapeUnsafe
from editor.ui.keys import canonical
from editor.ui.pane import PaneControl
from editor.ui.style import load_style

HINT = "Ctrl-S save · Ctrl-Q quit · Ctrl-E run a command · Ctrl-Z undo"


class TerminalUI:
    """The terminal port of a session, and the prompt_toolkit Application that draws it."""

    def __init__(self, input: Input | None = None, output: Output | None = None) -> None:
        self.session: Session | None = None
        self._message: tuple[str, bool] = (HINT, False)
        self._question: tuple[str, str, asyncio.Future[str | None]] | None = None
        self._prompt_label = ""
        self._prompt_future: asyncio.Future[str | None] | None = None
        self._prompt_buffer = Buffer(multiline=False)
        self._input = input
        self._output = output
        self.app: Application[int] | None = None

    # Port ---------------------------------------------------------------------------------

    def message(self, text: str, error: bool = False) -> None:
        """Show a one-line message until the next key press."""
        self._message = (text, error)
        self._invalidate()

    async def ask(self, question: str, choices: str) -> str | None:
        """Ask a question answered with one of `choices` (or Escape for None)."""
        future: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
        self._question = (question, choices, future)
        self._invalidate()
        try:
            return await future
        finally:
            self._question = None
            self._invalidate()

    async def prompt(self, label: str, default: str = "") -> str | None:
        """Ask for a line of text in the prompt line; Enter accepts, Escape cancels."""
        assert self.app is not None
        self._prompt_future = asyncio.get_running_loop().create_future()
        self._prompt_label = label
        self._prompt_buffer.set_document(Document(default, len(default)), bypass_readonly=True)
        self.app.layout.focus(self._prompt_window)
        try:
            return await self._prompt_future
        finally:
            self._prompt_future = None
            self.app.layout.focus(self._pane_window)
            self._invalidate()

    def quit(self, status: int) -> None:
        """Leave the application with `status` as its exit status."""
        if self.app is not None and self.app.is_running and not self.app.future.done():
            self.app.exit(result=status)

    # Building -----------------------------------------------------------------------------

    def build(self, session: Session, theme: str = "default") -> Application[int]:
        """Create the Application for `session`."""
        self.session = session
        self.pane = PaneControl(session, lambda: session.view, self._run_command)
        # The pane scrolls itself (it renders only what fits), so the Window must not add its own
        # scroll offsets: on a tiny terminal they would stick after the terminal grows again.
        self._pane_window = Window(
            self.pane,
            style="class:text",
            get_horizontal_scroll=lambda window: 0,
            get_vertical_scroll=lambda window: 0,
        )
        self._prompt_window = Window(
            BufferControl(
                self._prompt_buffer,
                input_processors=[
                    EscapeUnsafe(),
                    BeforeInput(lambda: [("class:prompt", sanitize(self._prompt_label))]),
                ],
            ),
            height=1,
        )
        prompting = Condition(lambda: self._prompt_future is not None)
        status = VSplit(
            [
                Window(FormattedTextControl(self._status_left), style="class:status"),
                Window(
                    FormattedTextControl(self._status_right),
                    style="class:status",
                    align=WindowAlign.RIGHT,
                ),
            ],
            height=1,
        )
        message = Window(FormattedTextControl(self._message_line), height=1)
        body = HSplit(
            [
                self._pane_window,
                status,
                ConditionalContainer(self._prompt_window, filter=prompting),
                ConditionalContainer(message, filter=~prompting),
            ]
        )
        self.app = Application(
            layout=Layout(body, focused_element=self._pane_window),
            key_bindings=self._bindings(prompting),
            style=load_style(theme),
            full_screen=True,
            mouse_support=True,
            enable_page_navigation_bindings=False,
            input=self._input,
            output=self._output,
        )
        self.app.ttimeoutlen = 0.05
        self.app.timeoutlen = 0.1
        return self.app

    def _bindings(self, prompting: Condition) -> KeyBindings:
        bindings = KeyBindings()
        editing = ~prompting

        @bindings.add(Keys.Any, filter=editing)
        @bindings.add(Keys.Escape, Keys.Any, filter=editing)
        def _key(event: KeyPressEvent) -> None:
            name = canonical(event.key_sequence)
            if name is not None:
                self._key(name)

        @bindings.add(Keys.BracketedPaste, filter=editing)
        def _paste(event: KeyPressEvent) -> None:
            if self._question is None:
                self._run_command("edit.paste_text", [event.data])

        @bindings.add(Keys.Enter, filter=prompting)
        def _accept(event: KeyPressEvent) -> None:
            if self._prompt_future is not None and not self._prompt_future.done():
                self._prompt_future.set_result(self._prompt_buffer.text)

        @bindings.add(Keys.Escape, filter=prompting, eager=True)
        @bindings.add(Keys.ControlC, filter=prompting)
        @bindings.add(Keys.ControlQ, filter=prompting)
        def _cancel(event: KeyPressEvent) -> None:
            if self._prompt_future is not None and not self._prompt_future.done():
                self._prompt_future.set_result(None)

        return bindings

    # Key handling -------------------------------------------------------------------------

    def _key(self, name: str) -> None:
        assert self.session is not None
        if self._question is not None:
            _, choices, future = self._question
            if name in ("escape", "c-c", "c-q"):
                future.set_result(None)
            elif name.lower() in choices and not future.done():
                future.set_result(name.lower())
            return
        self._message = ("", False)
        self._schedule(self.session.feed_key(name))

    def _run_command(self, name: str, words: list[str]) -> None:
        assert self.session is not None
        self._schedule(self.session.execute(name, words))

    def _schedule(self, result: Awaitable[bool] | bool) -> None:
        if inspect.isawaitable(result) and self.app is not None:
            self.app.create_background_task(self._finish(result))

    async def _finish(self, awaitable: Awaitable[Any]) -> None:
        await awaitable
        self._invalidate()

    def _invalidate(self) -> None:
        if self.app is not None:
            self.app.invalidate()

    # Drawing ------------------------------------------------------------------------------

    def _status_left(self) -> StyleAndTextTuples:
        assert self.session is not None
        document = self.session.document
        fragments: StyleAndTextTuples = [("class:status", f" {sanitize(document.name)}")]
        if document.modified:
            fragments.append(("class:status.modified", " [+]"))
        if document.read_only_file or document.locked:
            fragments.append(("class:status.readonly", " [RO]"))
        if self.session.pending_keys:
            fragments.append(("class:status", "  " + " ".join(self.session.pending_keys) + " …"))
        return fragments

    def _status_right(self) -> StyleAndTextTuples:
        assert self.session is not None
        view = self.session.view
        fmt = view.document.format
        cursor = view.cursor
        return [
            (
                "class:status",
                f"Ln {cursor.line + 1}, Col {cursor.col + 1}  {fmt.label}  {fmt.newline_name} ",
            )
        ]

    def _message_line(self) -> StyleAndTextTuples:
        if self._question is not None:
            return [("class:prompt", sanitize(self._question[0]))]
        text, error = self._message
        return [("class:error" if error else "class:message", sanitize(text))]
