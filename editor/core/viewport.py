"""Which part of a document a view shows: screen rows, soft wrap and scrolling.

Without wrap, each screen row is one text line scrolled sideways by the view's `left_column`.
With wrap, a line takes as many rows as it needs at the view's width; the view's top is a
(line, row) pair so that a long wrapped line can be scrolled through. Only the lines on screen
(plus the scroll margin) are ever measured, so the cost does not grow with the file.

Lines longer than `LONG_LINE` code points are wrapped every `width` code points without being
measured, so that a 5 MB single-line file wraps instantly; a row of such a line that holds
wide characters or tabs is cut at the pane's edge instead of flowing on.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from editor.core.cells import advance, column_at, display_column
from editor.core.text import Pos
from editor.core.view import View

LONG_LINE = 10_000


@dataclass(frozen=True)
class Row:
    """One screen row: code points [start, end) of text line `line`."""

    line: int
    start: int
    end: int

    @property
    def first(self) -> bool:
        """Whether this row starts its line (and so shows the line number)."""
        return self.start == 0


def row_starts(line: str, width: int, tab: int) -> list[int]:
    """The code-point columns where each screen row of `line` starts when wrapped at `width`
    cells (always at least one row)."""
    width = max(width, 1)
    if len(line) > LONG_LINE:
        return list(range(0, max(len(line), 1), width))
    starts = [0]
    column = 0
    for index, ch in enumerate(line):
        following = advance(ch, column, tab)
        if following > width and column > 0:
            starts.append(index)
            following = advance(ch, 0, tab)
        column = following
    return starts


def row_of(starts: list[int], col: int) -> int:
    """Which row of a wrapped line holds code-point column `col`."""
    return max(bisect_right(starts, col) - 1, 0)


class Viewport:
    """Screen-row arithmetic for one view, under the session's settings."""

    def __init__(self, view: View, settings: dict[str, Any]) -> None:
        self.view = view
        self.text = view.document.text
        self.tab = settings["tab_width"]
        self.wrap = bool(settings["wrap"])
        self.margin = max(int(settings["scroll_margin"]), 0)

    def starts(self, line: int) -> list[int]:
        """Row starts of `line` (a single row when not wrapping)."""
        if not self.wrap:
            return [0]
        return row_starts(self.text.line(line), self.view.width, self.tab)

    def rows(self, count: int) -> list[Row]:
        """Up to `count` screen rows from the view's top."""
        rows: list[Row] = []
        line, skip = self.view.top_line, self.view.top_row
        while len(rows) < count and line < self.text.line_count:
            starts = self.starts(line)
            ends = [*starts[1:], self.text.line_length(line)]
            for start, end in list(zip(starts, ends))[skip:]:
                rows.append(Row(line, start, end))
                if len(rows) == count:
                    break
            line, skip = line + 1, 0
        return rows

    def cursor_row(self, pos: Pos) -> int:
        """The row within its line that shows `pos`."""
        return row_of(self.starts(pos.line), pos.col) if self.wrap else 0

    def scroll_to(self, pos: Pos) -> None:
        """Scroll so that `pos` is on screen with the scroll margin around it where possible."""
        view = self.view
        height = max(view.height, 1)
        margin = min(self.margin, (height - 1) // 2)
        if not self.wrap:
            view.top_row = 0
            last_top = max(self.text.line_count - height, 0)
            if pos.line < view.top_line + margin:
                view.top_line = max(pos.line - margin, 0)
            elif pos.line > view.top_line + height - 1 - margin:
                view.top_line = min(pos.line - height + 1 + margin, max(last_top, view.top_line))
            self._scroll_sideways(pos)
            return
        view.left_column = 0
        target = (pos.line, self.cursor_row(pos))
        top = (view.top_line, view.top_row)
        above = self._back(target, margin)
        if above < top:
            view.top_line, view.top_row = above
            return
        lowest_top = self._back(target, height - 1 - margin)
        if lowest_top > top:
            view.top_line, view.top_row = lowest_top

    def _back(self, at: tuple[int, int], rows: int) -> tuple[int, int]:
        """The (line, row) `rows` screen rows above `at`, stopping at the top of the file."""
        line, row = at
        while rows > 0:
            if row >= rows:
                return line, row - rows
            rows -= row + 1
            if line == 0:
                return 0, 0
            line -= 1
            row = len(self.starts(line)) - 1
        return line, row

    def _scroll_sideways(self, pos: Pos) -> None:
        view = self.view
        width = max(view.width, 1)
        column = display_column(self.text.line(pos.line), pos.col, self.tab)
        if column < view.left_column:
            view.left_column = max(column - width // 4, 0)
        elif column >= view.left_column + width:
            view.left_column = column - width + 1 + width // 4

    def screen_move(self, pos: Pos, rows: int, goal: int) -> Pos:
        """Where `pos` lands moving `rows` screen rows down (up when negative), at display
        column `goal` within the row (wrap) or the line (no wrap)."""
        if not self.wrap:
            line = min(max(pos.line + rows, 0), self.text.line_count - 1)
            return Pos(line, column_at(self.text.line(line), goal, self.tab))
        line, row = pos.line, self.cursor_row(pos)
        step = 1 if rows > 0 else -1
        for _ in range(abs(rows)):
            starts = self.starts(line)
            if 0 <= row + step < len(starts):
                row += step
            elif step > 0 and line + 1 < self.text.line_count:
                line, row = line + 1, 0
            elif step < 0 and line > 0:
                line -= 1
                row = len(self.starts(line)) - 1
            else:
                break
        return self.at_row(line, row, goal)

    def at_row(self, line: int, row: int, x: int) -> Pos:
        """The position drawn at cell `x` of row `row` of `line` (wrap on)."""
        starts = self.starts(line)
        text = self.text.line(line)
        start = starts[row]
        end = starts[row + 1] if row + 1 < len(starts) else len(text)
        col = start + column_at(text[start:end], x, self.tab)
        if row + 1 < len(starts) and col >= end:
            col = end - 1
        return Pos(line, max(col, start))

    def goal_in_row(self, pos: Pos) -> int:
        """The display column of `pos` within its screen row."""
        text = self.text.line(pos.line)
        start = self.starts(pos.line)[self.cursor_row(pos)] if self.wrap else 0
        return display_column(text[start:], pos.col - start, self.tab)
