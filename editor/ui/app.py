"""The full-screen application: pane, status line and message/prompt line.

`TerminalUI` is the session's `Port` in a terminal. Every key press is turned into a canonical
key name and handed to `Session.feed_key`; the UI itself never edits text. Questions ("Save
changes? (y/n/Esc)") take the next key; prompts ("Save as:") use a one-line input field.
Everything shown from a file or a file name is passed through `sanitize` first.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Sequence
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.completion import Completer, DynamicCompleter
from prompt_toolkit.document import Document
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPress, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import HSplit, Layout, VSplit, Window
from prompt_toolkit.layout.containers import (
    AnyContainer,
    ConditionalContainer,
    DynamicContainer,
    Float,
    FloatContainer,
    WindowAlign,
)
from prompt_toolkit.layout.dimension import D
from prompt_toolkit.layout.controls import BufferControl, FormattedTextControl
from prompt_toolkit.layout.menus import CompletionsMenu
from prompt_toolkit.layout.processors import BeforeInput
from prompt_toolkit.output import Output

from editor.commands.macro import is_recording
from editor.commands.search import choose_every_match, search_preview, search_prompt_label
from editor.core.cells import sanitize
from editor.core.hints import pending_entries, pending_title
from editor.core.palette import CommandChoices
from editor.core.panes import Pane, Split
from editor.core.prompt_history import session_history
from editor.core.session import Session
from editor.core.system_clipboard import system_clipboard
from editor.ui.completion import prompt_completer
from editor.ui.escaping import EscapeUnsafe
from editor.ui.keys import canonical
from editor.ui.pane import PaneControl
from editor.ui.prompt_history import StoredHistory
from editor.ui.style import Themes
from prompt_toolkit.styles import DynamicStyle

HINT = "Ctrl-P commands · Ctrl-Q quit · Ctrl-S save · F1 keys · Ctrl-Z undo"
# The search options toggled by Alt and a letter while a search prompt is open (VS Code's keys).
SEARCH_OPTIONS = {"r": "search.regex", "c": "search.case", "w": "search.whole_word"}
# How long one slice of background lexing may hold the event loop (seconds).
HIGHLIGHT_SLICE = 0.001
# Keys typed after a command that is still starting (it may be about to open a prompt) wait for
# it at most this long (seconds) before going to the keymap.
TYPEAHEAD_HOLD = 0.5


def _shape(node: Pane | Split) -> object:
    """What identifies a pane layout: the tree of pane ids, orientations and weights."""
    if isinstance(node, Pane):
        return node.id
    return (node.vertical, tuple(node.weights), tuple(_shape(child) for child in node.children))


class TerminalUI:
    """The terminal port of a session, and the prompt_toolkit Application that draws it."""

    def __init__(self, input: Input | None = None, output: Output | None = None) -> None:
        self.session: Session | None = None
        self._message: tuple[str, bool] = (HINT, False)
        self._question: tuple[str, str, asyncio.Future[str | None]] | None = None
        self._prompt_label = ""
        self._prompt_future: asyncio.Future[str | None] | None = None
        self._prompt_choices: CommandChoices | None = None
        self._completer: Completer | None = None
        self._prompt_buffer = Buffer(
            multiline=False,
            completer=DynamicCompleter(lambda: self._completer),
            complete_while_typing=True,
        )
        self._prompt_buffer.on_text_changed += self._prompt_changed
        self._input = input
        self._output = output
        self._themes = Themes(self.message)
        self._windows: dict[int, Window] = {}
        self._shape: object = None
        self._container: AnyContainer = Window()
        self._highlighting: asyncio.Task[None] | None = None
        # Typeahead: keys read while a command is starting, replayed once it has opened its
        # prompt or question, or has finished (`_hold_keys`, `_release_keys`).
        self._holding = False
        self._held: list[KeyPress] = []
        self._hold_timer: asyncio.TimerHandle | None = None
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
        self._release_keys()
        try:
            return await future
        finally:
            self._question = None
            self._invalidate()

    async def prompt(
        self,
        label: str,
        default: str = "",
        suggestions: Sequence[str] = (),
        paths: bool = False,
        history: str | None = None,
    ) -> str | None:
        """Ask for a line of text in the prompt line, with a completion menu over `suggestions`
        (or file paths; the palette's menu, open from the start, for `CommandChoices`); Tab and
        Shift-Tab move in the menu, Up and Down in the `history`, Enter accepts (and adds the
        answer to the history), Escape cancels."""
        assert self.app is not None and self.session is not None
        self._prompt_future = asyncio.get_running_loop().create_future()
        self._prompt_label = label
        self._completer = prompt_completer(suggestions, paths)
        self._prompt_choices = suggestions if isinstance(suggestions, CommandChoices) else None
        buffer = self._prompt_buffer
        if history is None:
            buffer.history = InMemoryHistory()
        else:
            buffer.history = StoredHistory(session_history(self.session), history)
        buffer.reset(Document(default, len(default)))
        self.app.layout.focus(self._prompt_window)
        if self._prompt_choices is not None:
            buffer.start_completion(select_first=False)
        self._release_keys()
        try:
            return await self._prompt_future
        finally:
            self._prompt_future = None
            self._prompt_choices = None
            self._completer = None
            assert self.session is not None
            self.app.layout.focus(self._pane_window(self.session.pane))
            self._invalidate()

    def quit(self, status: int) -> None:
        """Leave the application with `status` as its exit status."""
        if self.app is not None and self.app.is_running and not self.app.future.done():
            self.app.exit(result=status)

    # Building -----------------------------------------------------------------------------

    def build(self, session: Session) -> Application[int]:
        """Create the Application for `session`."""
        self.session = session
        self._prompt_window = Window(
            BufferControl(
                self._prompt_buffer,
                input_processors=[
                    EscapeUnsafe(),
                    BeforeInput(lambda: [("class:prompt", sanitize(self._label()))]),
                ],
            ),
            height=1,
        )
        prompting = Condition(lambda: self._prompt_future is not None)
        several = Condition(lambda: len(session.documents) > 1)
        bufferline = Window(FormattedTextControl(self._bufferline), height=1, style="class:bufferline")
        message = Window(FormattedTextControl(self._message_line), height=1, style="class:message")
        body = HSplit(
            [
                ConditionalContainer(bufferline, filter=several),
                DynamicContainer(self._panes_container),
                ConditionalContainer(self._prompt_window, filter=prompting),
                ConditionalContainer(message, filter=~prompting),
            ]
        )
        menu = Float(xcursor=True, ycursor=True, content=CompletionsMenu(max_height=8, scroll_offset=1))
        pending = Condition(lambda: bool(session.pending_keys) and self._question is None)
        hint = Window(FormattedTextControl(self._hint_lines), style="class:palette", dont_extend_width=True)
        hint_float = Float(bottom=1, right=0, content=ConditionalContainer(hint, filter=pending))
        root = FloatContainer(body, floats=[menu, hint_float])
        self.app = Application(
            layout=Layout(root, focused_element=self._pane_window(session.pane)),
            key_bindings=self._bindings(prompting),
            style=DynamicStyle(lambda: self._themes.style(session.settings["theme"])),
            color_depth=lambda: self._themes.depth,
            full_screen=True,
            mouse_support=True,
            enable_page_navigation_bindings=False,
            input=self._input,
            output=self._output,
            before_render=self._follow_focus,
            after_render=self._highlight_later,
            # Draw as soon as a key is handled: by default prompt_toolkit holds a redraw back
            # (up to 10 ms) while other work is ready to run, such as background highlighting.
            max_render_postpone_time=None,
        )
        self.app.ttimeoutlen = 0.05
        system_clipboard(session.extensions).terminal = self._write_terminal
        self.app.timeoutlen = 0.1
        return self.app

    # Panes --------------------------------------------------------------------------------

    def _pane_window(self, pane: Pane | None) -> Window:
        """The Window (and control) drawing `pane`, made once per pane."""
        assert self.session is not None and pane is not None
        window = self._windows.get(pane.id)
        if window is None:
            # The pane scrolls itself (it renders only what fits), so the Window must not add
            # its own scroll offsets: on a tiny terminal they would stick after it grows again.
            window = Window(
                PaneControl(self.session, pane, self._run_command),
                style="class:text",
                get_horizontal_scroll=lambda window: 0,
                get_vertical_scroll=lambda window: 0,
            )
            self._windows[pane.id] = window
        return window

    def _panes_container(self) -> AnyContainer:
        """The split layout of the session's panes, rebuilt only when the splits change."""
        assert self.session is not None and self.session.layout is not None
        shape = _shape(self.session.layout.root)
        if shape != self._shape:
            live = {pane.id for pane in self.session.panes}
            self._windows = {key: w for key, w in self._windows.items() if key in live}
            self._shape = shape
            self._container = self._node_container(self.session.layout.root)
        return self._container

    def _node_container(self, node: Pane | Split, weight: int = 1, across: bool = False) -> AnyContainer:
        """The container for a layout node taking `weight` shares of its parent's room
        (`across`: the parent lays children side by side)."""
        size = {"width" if across else "height": D(weight=weight)}
        if isinstance(node, Pane):
            status = VSplit(
                [
                    Window(FormattedTextControl(lambda: self._status_left(node))),
                    Window(
                        FormattedTextControl(lambda: self._status_right(node)),
                        align=WindowAlign.RIGHT,
                    ),
                ],
                height=1,
                style=lambda: self._status_style(node),
            )
            return HSplit([self._pane_window(node), status], **size)
        weights = [max(round(share * 100), 1) for share in node.weights]
        children = [
            self._node_container(child, share, node.vertical)
            for child, share in zip(node.children, weights)
        ]
        if not node.vertical:
            return HSplit(children, **size)
        laid: list[AnyContainer] = []
        for index, child in enumerate(children):
            if index:
                laid.append(Window(width=1, char="│", style="class:pane-border"))
            laid.append(child)
        return VSplit(laid, **size)

    def _follow_focus(self, app: Application[int]) -> None:
        """Give prompt_toolkit's focus to the session's pane (unless a prompt has it)."""
        if self.session is None or self._prompt_future is not None:
            return
        window = self._pane_window(self.session.pane)
        if app.layout.current_window is not window:
            app.layout.focus(window)

    # Highlighting in the background ------------------------------------------------------

    def _highlight_later(self, app: Application[int]) -> None:
        """After a frame, refine the syntax colours of what is shown in the background."""
        if self._highlighting is None and self._pending_highlighters():
            self._highlighting = app.create_background_task(self._refine_highlighting())

    def _pending_highlighters(self) -> list:
        assert self.session is not None
        shown = {id(view.document): view.document for view in self.session.views}
        return [d.syntax.highlighter for d in shown.values() if d.syntax.highlighter.pending()]

    async def _refine_highlighting(self) -> None:
        """Lex in small slices between key presses; redraw when shown colours changed."""
        try:
            while pending := self._pending_highlighters():
                changed = False
                for highlighter in pending:
                    changed = highlighter.work(HIGHLIGHT_SLICE) or changed
                if changed:
                    self._invalidate()
                await asyncio.sleep(0)
        finally:
            self._highlighting = None

    def _bindings(self, prompting: Condition) -> KeyBindings:
        bindings = KeyBindings()
        editing = ~prompting

        @bindings.add(Keys.Any, filter=editing)
        @bindings.add(Keys.Escape, Keys.Any, filter=editing)
        def _key(event: KeyPressEvent) -> None:
            if self._hold_keys(event):
                return
            name = canonical(event.key_sequence)
            if name is not None:
                self._key(name)

        @bindings.add(Keys.BracketedPaste, filter=editing)
        def _paste(event: KeyPressEvent) -> None:
            if self._question is None and not self._hold_keys(event):
                self._run_command("edit.paste_text", [event.data])

        @bindings.add(Keys.Tab, filter=prompting)
        def _next(event: KeyPressEvent) -> None:
            buffer = self._prompt_buffer
            if buffer.complete_state:
                buffer.complete_next()
            else:
                buffer.start_completion(select_first=True)

        @bindings.add(Keys.BackTab, filter=prompting)
        def _previous(event: KeyPressEvent) -> None:
            buffer = self._prompt_buffer
            if buffer.complete_state:
                buffer.complete_previous()
            else:
                buffer.start_completion(select_last=True)

        @bindings.add(Keys.Up, filter=prompting)
        def _older(event: KeyPressEvent) -> None:
            buffer = self._prompt_buffer
            if buffer.complete_state and buffer.complete_state.complete_index is not None:
                buffer.complete_previous()
            else:
                buffer.history_backward()

        @bindings.add(Keys.Down, filter=prompting)
        def _newer(event: KeyPressEvent) -> None:
            buffer = self._prompt_buffer
            if buffer.complete_state:
                buffer.complete_next()
            else:
                buffer.history_forward()

        @bindings.add(Keys.Enter, filter=prompting)
        def _accept(event: KeyPressEvent) -> None:
            if self._prompt_future is None or self._prompt_future.done():
                return
            text = self._prompt_buffer.text
            if self._prompt_choices is not None:
                text = self._prompt_choices.resolve(text)
            if text.strip():
                self._prompt_buffer.history.append_string(text)
            self._prompt_future.set_result(text)

        # A search prompt also takes Alt keys, so its Escape waits to see whether one follows.
        searching = prompting & Condition(
            lambda: self.session is not None and search_prompt_label(self.session) is not None
        )

        @bindings.add(Keys.Escape, filter=prompting & ~searching, eager=True)
        @bindings.add(Keys.Escape, filter=searching)
        @bindings.add(Keys.ControlC, filter=prompting)
        @bindings.add(Keys.ControlQ, filter=prompting)
        def _cancel(event: KeyPressEvent) -> None:
            if self._prompt_future is not None and not self._prompt_future.done():
                self._prompt_future.set_result(None)

        @bindings.add(Keys.Escape, "r", filter=searching)
        @bindings.add(Keys.Escape, "c", filter=searching)
        @bindings.add(Keys.Escape, "w", filter=searching)
        def _option(event: KeyPressEvent) -> None:
            self._run_command(SEARCH_OPTIONS[event.key_sequence[-1].key], [])

        @bindings.add(Keys.Escape, Keys.Enter, filter=searching)
        def _every(event: KeyPressEvent) -> None:
            if self.session is not None and choose_every_match(self.session):
                _accept(event)

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
            if self._hold_timer is not None:
                self._hold_timer.cancel()
            self._holding = True
            self._hold_timer = asyncio.get_running_loop().call_later(
                TYPEAHEAD_HOLD, self._release_keys
            )
            self.app.create_background_task(self._finish(result))

    async def _finish(self, awaitable: Awaitable[Any]) -> None:
        try:
            await awaitable
        finally:
            self._release_keys()
            self._invalidate()

    def _hold_keys(self, event: KeyPressEvent) -> bool:
        """Keep a key read in the same burst as one that started a command still on its way to
        its prompt (`:wq` typed fast in vi, Ctrl-F and a word): it goes to the prompt once that
        opens, instead of to the keymap. A command waiting for the next key takes it at once."""
        if not self._holding or (self.session is not None and self.session.next_key is not None):
            return False
        self._held.extend(event.key_sequence)
        return True

    def _release_keys(self) -> None:
        """Stop holding keys and replay the held ones to whatever now has the focus."""
        self._holding = False
        if self._hold_timer is not None:
            self._hold_timer.cancel()
            self._hold_timer = None
        if self._held and self.app is not None:
            held, self._held = self._held, []
            processor = self.app.key_processor
            processor.feed_multiple(held, first=True)
            asyncio.get_running_loop().call_soon(processor.process_keys)

    def _write_terminal(self, sequence: str) -> None:
        """Send a sequence the core built (OSC 52, base64 inside) to the terminal as it is."""
        if self.app is not None:
            self.app.output.write_raw(sequence)
            self.app.output.flush()

    def _label(self) -> str:
        """The prompt's label; a search prompt's shows the options in effect as they change."""
        searching = search_prompt_label(self.session) if self.session is not None else None
        return searching or self._prompt_label

    def _prompt_changed(self, buffer: Buffer) -> None:
        """Pass the text typed in the prompt to an incremental search, if one is asking."""
        if self.session is not None and self._prompt_future is not None:
            preview = search_preview(self.session)
            if preview is not None:
                preview(buffer.text)

    def _invalidate(self) -> None:
        if self.app is not None:
            self.app.invalidate()

    # Drawing ------------------------------------------------------------------------------

    def _status_style(self, pane: Pane) -> str:
        assert self.session is not None
        return "class:status" if pane is self.session.pane else "class:status.inactive"

    def _status_left(self, pane: Pane) -> StyleAndTextTuples:
        assert self.session is not None
        document = pane.view.document
        fragments: StyleAndTextTuples = [("", f" {sanitize(document.name)}")]
        if document.modified:
            fragments.append(("class:status.modified", " [+]"))
        if document.read_only_file or document.locked:
            fragments.append(("class:status.readonly", " [RO]"))
        if self.session.mode != "normal" and pane is self.session.pane:
            fragments.append(("", f"  -- {self.session.mode.replace('_', ' ').upper()} --"))
        if is_recording(self.session):
            fragments.append(("class:status.recording", " REC"))
        if self.session.pending_keys and pane is self.session.pane:
            fragments.append(("", "  " + " ".join(self.session.pending_keys) + " …"))
        return fragments

    def _status_right(self, pane: Pane) -> StyleAndTextTuples:
        view = pane.view
        fmt = view.document.format
        cursor = view.cursor
        language = view.document.syntax.label
        return [
            (
                "",
                f"{language}  Ln {cursor.line + 1}, Col {cursor.col + 1}  "
                f"{fmt.label}  {fmt.newline_name} ",
            )
        ]

    def _bufferline(self) -> StyleAndTextTuples:
        """The open buffers, the shown one marked, modified ones with a +."""
        assert self.session is not None
        fragments: StyleAndTextTuples = []
        for number, document in enumerate(self.session.documents, 1):
            style = "class:bufferline.active" if document is self.session.document else ""
            fragments.append((style, f" {number}:{sanitize(document.name)}"))
            if document.modified:
                fragments.append((f"{style} class:bufferline.modified", "+"))
            fragments.append((style, " "))
        return fragments

    def _hint_lines(self) -> StyleAndTextTuples:
        """The keys that can follow a pending prefix, one per line, in a box above the message
        line (as many as fit; the last line says how many more there are)."""
        assert self.session is not None
        entries = pending_entries(self.session)
        room = max(self.app.output.get_size().rows - 4, 1) if self.app is not None else len(entries)
        if len(entries) > room:
            entries = [*entries[: room - 1], ("…", f"{len(entries) - room + 1} more")]
        width = max((len(key) for key, _ in entries), default=0)
        fragments: StyleAndTextTuples = []
        for index, (key, what) in enumerate(entries):
            if index:
                fragments.append(("", "\n"))
            fragments.append(("class:palette.selected", f" {sanitize(key).ljust(width)} "))
            fragments.append(("", f" {sanitize(what)} "))
        return fragments

    def _message_line(self) -> StyleAndTextTuples:
        if self._question is not None:
            return [("class:prompt", sanitize(self._question[0]))]
        assert self.session is not None
        if self.session.pending_keys:
            return [("class:message", sanitize(pending_title(self.session)))]
        text, error = self._message
        return [("class:error" if error else "class:message", sanitize(text))]
