"""The pane: draws the visible rows of a view's document, with a line-number gutter.

The control renders exactly the rows on screen, reading only those lines from the core text
buffer, so drawing costs the same at line 1 and at line 2,000,000. It keeps the view's scroll
position so the cursor stays visible, expands tabs, gives wide characters two cells, and draws
unsafe characters as visible escapes (see `editor.core.cells`). Mouse clicks and drags become
`cursor.goto` / `select.to` commands; the wheel scrolls the view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prompt_toolkit.data_structures import Point
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.layout.controls import UIContent, UIControl
from prompt_toolkit.mouse_events import MouseButton, MouseEvent, MouseEventType

from editor.core.cells import advance, char_display, column_at, display_column
from editor.core.session import Session, View

WHEEL_LINES = 3


class PaneControl(UIControl):
    """A `UIControl` showing one view."""

    def __init__(self, session: Session, get_view: Callable[[], View], run: Callable) -> None:
        self.session = session
        self.get_view = get_view
        self.run = run
        self._gutter = 0
        self._text_width = 1

    def is_focusable(self) -> bool:
        """The pane takes keyboard focus."""
        return True

    def create_content(self, width: int, height: int) -> UIContent:
        """Lay out the visible rows for a pane of `width` x `height` cells."""
        view = self.get_view()
        text = view.document.text
        tab = self.session.settings["tab_width"]
        view.height = max(height, 1)
        self._gutter = len(str(text.line_count)) + 2
        text_width = max(width - self._gutter, 1)
        cursor = view.cursor
        cursor_line = text.line(cursor.line)
        cursor_column = display_column(cursor_line, cursor.col, tab)
        _scroll_to(view, cursor.line, cursor_column, height, text_width)
        top, left, gutter = view.top_line, view.left_column, self._gutter
        self._text_width = text_width
        cursor_x = gutter + _char_offset(cursor_line, cursor.col, left, left + text_width, tab)
        ranges = [(s.start, s.end) for s in view.selections if not s.empty]

        def get_line(row: int) -> StyleAndTextTuples:
            number = top + row
            if number >= text.line_count:
                return [("class:gutter", " " * gutter)]
            style = "class:line-number.current" if number == cursor.line else "class:line-number"
            fragments: StyleAndTextTuples = [(style, f"{number + 1:>{gutter - 1}} ")]
            selected = _selected_columns(ranges, number)
            fragments.extend(
                _render_line(text.line(number), left, text_width, tab, selected)
            )
            return fragments

        return UIContent(
            get_line=get_line,
            line_count=height,
            cursor_position=Point(x=min(cursor_x, width - 1), y=cursor.line - top),
            show_cursor=True,
        )

    def mouse_handler(self, mouse_event: MouseEvent) -> None:
        """Click places the cursor, drag selects, the wheel scrolls."""
        view = self.get_view()
        text = view.document.text
        kind = mouse_event.event_type
        if kind == MouseEventType.SCROLL_UP:
            view.top_line = max(view.top_line - WHEEL_LINES, 0)
            self._keep_cursor_in_view(view)
            return None
        if kind == MouseEventType.SCROLL_DOWN:
            view.top_line = min(view.top_line + WHEEL_LINES, max(text.line_count - 1, 0))
            self._keep_cursor_in_view(view)
            return None
        x, y = mouse_event.position.x, mouse_event.position.y
        line = min(view.top_line + y, text.line_count - 1)
        left = view.left_column
        col = _column_for_offset(
            text.line(line),
            max(x - self._gutter, 0),
            left,
            left + self._text_width,
            self.session.settings["tab_width"],
        )
        if kind == MouseEventType.MOUSE_DOWN and mouse_event.button == MouseButton.LEFT:
            self.run("cursor.goto", [str(line), str(col)])
        elif kind == MouseEventType.MOUSE_MOVE and mouse_event.button == MouseButton.LEFT:
            self.run("select.to", [str(line), str(col)])
        return None

    def _keep_cursor_in_view(self, view: View) -> None:
        """After wheel scrolling, bring the cursor into the visible rows (as other editors do)."""
        line = view.cursor.line
        bottom = view.top_line + view.height - 1
        if line < view.top_line or line > bottom:
            target = view.top_line if line < view.top_line else bottom
            self.run("cursor.goto", [str(target), str(view.cursor.col)])
            view.top_line = min(view.top_line, target)


def _scroll_to(view: View, line: int, column: int, height: int, width: int) -> None:
    """Adjust the view's scroll position so that (line, display column) is on screen."""
    if line < view.top_line:
        view.top_line = line
    elif line >= view.top_line + height:
        view.top_line = line - height + 1
    if column < view.left_column:
        view.left_column = max(column - width // 4, 0)
    elif column >= view.left_column + width:
        view.left_column = column - width + 1 + width // 4


def _selected_columns(ranges: list, number: int) -> list[tuple[int, int]]:
    """Code-point column ranges of line `number` that are selected (end -1: past the end)."""
    result = []
    for start, end in ranges:
        if start.line <= number <= end.line:
            first = start.col if start.line == number else 0
            last = end.col if end.line == number else -1
            result.append((first, last))
    return result


def _visible_cells(
    line: str, left: int, right: int, tab: int
) -> Iterator[tuple[int, str, bool]]:
    """(code-point column, text drawn, is an escape) for each character of `line` that shows
    between display columns `left` and `right`; partly hidden wide characters become spaces."""
    start = column_at(line, left, tab) if left else 0
    column = display_column(line, start, tab) if start else 0
    for index in range(start, len(line)):
        if column >= right:
            return
        ch = line[index]
        following = advance(ch, column, tab)
        if ch == "\t":
            shown, escaped = " " * (following - column), False
        else:
            shown, _, escaped = char_display(ch)
        if column < left or following > right:
            shown = " " * (min(following, right) - max(column, left))
        yield index, shown, escaped
        column = following


def _char_offset(line: str, col: int, left: int, right: int, tab: int) -> int:
    """How many characters the pane draws for `line` before code-point column `col`
    (prompt_toolkit places the cursor and reports clicks by drawn character, not by cell)."""
    return sum(len(shown) for index, shown, _ in _visible_cells(line, left, right, tab) if index < col)


def _column_for_offset(line: str, offset: int, left: int, right: int, tab: int) -> int:
    """The code-point column of the character drawn at character offset `offset`."""
    drawn = 0
    last = column_at(line, left, tab) if left else 0
    for index, shown, _ in _visible_cells(line, left, right, tab):
        if offset < drawn + len(shown):
            return index
        drawn += len(shown)
        last = index + 1
    return last


def _render_line(
    line: str, left: int, width: int, tab: int, selected: list[tuple[int, int]]
) -> StyleAndTextTuples:
    """Fragments for the part of `line` between display columns `left` and `left + width`,
    ending with one blank cell so the cursor can stand after the last character."""
    fragments: StyleAndTextTuples = []
    for index, shown, escaped in _visible_cells(line, left, left + width, tab):
        is_selected = any(a <= index and (b < 0 or index < b) for a, b in selected)
        style = "class:selection" if is_selected else "class:text"
        if escaped:
            style += " class:escape"
        if fragments and fragments[-1][0] == style:
            fragments[-1] = (style, fragments[-1][1] + shown)
        else:
            fragments.append((style, shown))
    past_end = any(b < 0 for _, b in selected)
    fragments.append(("class:selection" if past_end else "class:text", " "))
    return fragments
