"""The pane: draws the visible rows of one view, with a line-number gutter and a status line.

The control renders exactly the rows on screen, reading only those lines from the core text
buffer and asking the document's highlighter for only those lines, so drawing costs the same at
line 1 and at line 2,000,000. Scrolling and wrapping come from `editor.core.viewport`; each
row is drawn by `editor.ui.rows`. Mouse clicks focus the pane and place the cursor, drags
select, and the wheel scrolls this pane, all through commands.
"""

from __future__ import annotations

from collections.abc import Callable

from prompt_toolkit.data_structures import Point
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.layout.controls import UIContent, UIControl
from prompt_toolkit.mouse_events import MouseButton, MouseEvent, MouseEventType

from editor.commands.search import visible_matches
from editor.core.brackets import matching_bracket
from editor.core.cells import column_at
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
        matches = (
            visible_matches(session, view, self._rows[0].line, self._rows[-1].line + 1)
            if self._rows
            else []
        )
        current = (view.selection.start, view.selection.end)
        cursor = view.cursor
        others = [s.head for s in view.selections[1:]]
        ranges = [(s.start, s.end) for s in view.selections if not s.empty]
        pair = matching_bracket(text, cursor) if focused else None
        highlighter = view.document.syntax.highlighter
        tab, wrap = settings["tab_width"], viewport.wrap
        ruler = int(settings["ruler"]) - 1 if settings["ruler"] else None
        self._drawn = []
        left = 0 if wrap else view.left_column
        for row in self._rows:
            line = text.line(row.line)
            if wrap:
                first, last = row.start, row.end
            else:
                first = column_at(line, left, tab) if left else 0
                last = min(column_at(line, left + view.width, tab) + 1, len(line))
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
        """Click focuses this pane and places the cursor, drag selects, the wheel scrolls."""
        view = self.pane.view
        kind = mouse_event.event_type
        if kind in (MouseEventType.SCROLL_UP, MouseEventType.SCROLL_DOWN):
            lines = -WHEEL_LINES if kind == MouseEventType.SCROLL_UP else WHEEL_LINES
            self.run("view.scroll", [str(lines), str(self._number())])
            return None
        y = mouse_event.position.y
        if not self._rows:
            return None
        row = self._rows[min(y, len(self._rows) - 1)]
        drawn = self._drawn[min(y, len(self._drawn) - 1)]
        if y >= len(self._rows):
            col = view.document.text.line_length(row.line)
        else:
            col = drawn.col_at(max(mouse_event.position.x - self._gutter, 0), row.end)
        if kind == MouseEventType.MOUSE_DOWN and mouse_event.button == MouseButton.LEFT:
            if self.session.pane is not self.pane:
                self.run("pane.focus", [str(self._number())])
            self.run("cursor.goto", [str(row.line), str(col)])
        elif kind == MouseEventType.MOUSE_MOVE and mouse_event.button == MouseButton.LEFT:
            self.run("select.to", [str(row.line), str(col)])
        return None

    def _number(self) -> int:
        """This pane's number in screen order, from 1."""
        return self.session.panes.index(self.pane) + 1


def _selected_columns(ranges: list, number: int) -> list[tuple[int, int]]:
    """Code-point column ranges of line `number` that are selected (end -1: past the end)."""
    result = []
    for start, end in ranges:
        if start.line <= number <= end.line:
            first = start.col if start.line == number else 0
            last = end.col if end.line == number else -1
            result.append((first, last))
    return result
