"""The pane: draws the visible rows of one view, with a line-number gutter and a status line.

The control renders exactly the rows on screen, reading only those lines from the core text
buffer and asking the document's highlighter for only those lines, so drawing costs the same at
line 1 and at line 2,000,000. Scrolling and wrapping come from `editor.core.viewport`; each
row is drawn by `editor.ui.rows`. Mouse clicks focus the pane and place the cursor, drags
select (with Alt, a block of columns), and the wheel scrolls this pane, all through commands.
"""

from __future__ import annotations

from collections.abc import Callable

from prompt_toolkit.data_structures import Point
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.layout.controls import UIContent, UIControl
from prompt_toolkit.mouse_events import MouseButton, MouseEvent, MouseEventType, MouseModifier

from editor.commands.search import visible_matches
from editor.core.brackets import matching_bracket
from editor.core.cells import column_at, display_column
from editor.core.panes import Pane
from editor.core.session import Session
from editor.core.viewport import Row, Viewport
from editor.ui.rows import DrawnRow, RowStyle, draw_row, token_classes

WHEEL_LINES = 3


class PaneControl(UIControl):
    """A `UIControl` showing the view of one core `Pane`."""

    def __init__(self, session: Session, pane: Pane, run: Callable[[str, list[str]], None]) -> None:
        self.session = session
        self.pane = pane
        self.run = run
        self._rows: list[Row] = []
        self._drawn: list[DrawnRow] = []
        self._gutter = 0

    def is_focusable(self) -> bool:
        """The pane takes keyboard focus."""
        return True

    def create_content(self, width: int, height: int) -> UIContent:
        """Lay out the visible rows for a pane of `width` x `height` cells."""
        session, view = self.session, self.pane.view
        settings = session.settings.of(view.document)
        text = view.document.text
        focused = session.pane is self.pane
        numbers = settings["line_numbers"]
        self._gutter = 0 if numbers == "off" else len(str(text.line_count)) + 2
        view.height = max(height, 1)
        view.width = max(width - self._gutter, 1)
        viewport = Viewport(view, settings)
        viewport.scroll_to(view.cursor)
        self._rows = viewport.rows(height)
        tab, wrap = settings["tab_width"], viewport.wrap
        left = 0 if wrap else view.left_column
        shown = [
            _shown(text.line(row.line), row, left, view.width, tab, wrap) for row in self._rows
        ]
        windows = [(row.line, first, last) for row, (_, first, last) in zip(self._rows, shown)]
        matches = visible_matches(session, view, windows)
        current = (view.selection.start, view.selection.end)
        cursor = view.cursor
        others = [s.head for s in view.selections[1:]]
        ranges = [(s.start, s.end) for s in view.selections if not s.empty]
        pair = matching_bracket(text, cursor) if focused else None
        highlighter = view.document.syntax.highlighter
        ruler = int(settings["ruler"]) - 1 if settings["ruler"] else None
        self._drawn = []
        for row, (line, first, last) in zip(self._rows, shown):
            decor = RowStyle(
                cursor_line=focused and settings["cursor_line"] and row.line == cursor.line,
                selected=_selected_columns(ranges, row.line),
                brackets=[p.col for p in pair or () if p.line == row.line],
                whitespace=settings["whitespace"],
                ruler=ruler,
                matches=[(a.col, b.col) for a, b in matches if a.line == row.line],
                current_match=(
                    (current[0].col, current[1].col)
                    if current in matches and current[0].line == row.line
                    else None
                ),
                cursors=[p.col for p in others if p.line == row.line and p.col >= row.start],
            )
            classes = token_classes(highlighter.line_tokens(row.line, first, last))
            self._drawn.append(
                draw_row(line, first, last, left, view.width, tab, classes, decor, wrap)
            )
        cursor_y = 0
        for y, row in enumerate(self._rows):
            if row.line == cursor.line and row.start <= cursor.col:
                cursor_y = y
        cursor_x = self._gutter
        if self._drawn:
            cursor_x += self._drawn[cursor_y].offset_of(cursor.col)

        def get_line(y: int) -> StyleAndTextTuples:
            if y >= len(self._rows):
                return [("class:gutter", " " * self._gutter), ("class:text", " " * view.width)]
            return self._gutter_fragments(y, cursor.line, numbers) + self._drawn[y].fragments

        return UIContent(
            get_line=get_line,
            line_count=height,
            cursor_position=Point(x=min(cursor_x, width - 1), y=cursor_y),
            show_cursor=focused,
        )

    def _gutter_fragments(self, y: int, cursor_line: int, numbers: str) -> StyleAndTextTuples:
        if not self._gutter:
            return []
        row = self._rows[y]
        if not row.first:
            return [("class:gutter", " " * self._gutter)]
        if row.line == cursor_line:
            style, number = "class:line-number.current", row.line + 1
        else:
            style = "class:line-number"
            number = abs(row.line - cursor_line) if numbers == "relative" else row.line + 1
        return [(style, f"{number:>{self._gutter - 1}} ")]

    def mouse_handler(self, mouse_event: MouseEvent) -> None:
        """Click focuses this pane and places the cursor, drag selects, the wheel scrolls; with
        Alt held, click and drag make a column selection (a block)."""
        view = self.pane.view
        kind = mouse_event.event_type
        if kind in (MouseEventType.SCROLL_UP, MouseEventType.SCROLL_DOWN):
            lines = -WHEEL_LINES if kind == MouseEventType.SCROLL_UP else WHEEL_LINES
            self.run("view.scroll", [str(lines), str(self._number())])
            return None
        y = mouse_event.position.y
        if not self._rows or mouse_event.button != MouseButton.LEFT:
            return None
        row = self._rows[min(y, len(self._rows) - 1)]
        drawn = self._drawn[min(y, len(self._drawn) - 1)]
        offset = max(mouse_event.position.x - self._gutter, 0)
        block = MouseModifier.ALT in mouse_event.modifiers
        if block:
            where = [str(row.line), str(self._display_column(row, drawn, offset))]
        elif y >= len(self._rows):
            where = [str(row.line), str(view.document.text.line_length(row.line))]
        else:
            where = [str(row.line), str(drawn.col_at(offset, row.end))]
        if kind == MouseEventType.MOUSE_DOWN:
            if self.session.pane is not self.pane:
                self.run("pane.focus", [str(self._number())])
            self.run("cursor.block_start" if block else "cursor.goto", where)
        elif kind == MouseEventType.MOUSE_MOVE:
            self.run("cursor.block_to" if block else "select.to", where)
        return None

    def _display_column(self, row: Row, drawn: DrawnRow, offset: int) -> int:
        """The display column of the line drawn at character `offset` of `row`: past the end
        of the text, as many columns past it as the pointer is (a block may reach there)."""
        view = self.pane.view
        line = view.document.text.line(row.line)
        settings = self.session.settings.of(view.document)
        tab = settings["tab_width"]
        if offset < drawn.length:
            return display_column(line, drawn.col_at(offset, row.end), tab)
        origin = 0 if settings["wrap"] else view.left_column
        return max(display_column(line, row.end, tab), origin) + offset - drawn.length

    def _number(self) -> int:
        """This pane's number in screen order, from 1."""
        return self.session.panes.index(self.pane) + 1


def _shown(line: str, row: Row, left: int, width: int, tab: int, wrap: bool) -> tuple[str, int, int]:
    """A row's line and the code-point columns [first, last) of it that the row draws."""
    if wrap:
        return line, row.start, row.end
    first = column_at(line, left, tab) if left else 0
    return line, first, min(column_at(line, left + width, tab) + 1, len(line))


def _selected_columns(ranges: list, number: int) -> list[tuple[int, int]]:
    """Code-point column ranges of line `number` that are selected (end -1: past the end)."""
    result = []
    for start, end in ranges:
        if start.line <= number <= end.line:
            first = start.col if start.line == number else 0
            last = end.col if end.line == number else -1
            result.append((first, last))
    return result
