"""Column (block) selection: a rectangle of text between a fixed corner and a moving corner.

A corner is a line and a display column, so a block covers the same screen columns on every
line it spans, however tabs and wide characters sit in each line. On each line the block
selects the characters drawn (even partly) in its columns; a line that ends before the block's
left column gets a cursor at its end, so typing still reaches every line. The moving corner's
column is kept as asked even where its line is shorter (a goal column), so moving the corner
down past a short line keeps the block's width. These are pure functions of the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.core.cells import advance, column_at, display_column
from editor.core.selection import Selection, Selections
from editor.core.text import Pos, TextBuffer


@dataclass(frozen=True)
class Block:
    """A block from the fixed corner (`anchor_line`, `anchor_column`) to the moving corner
    (`line`, `column`); columns are display columns from 0."""

    anchor_line: int
    anchor_column: int
    line: int
    column: int

    @property
    def lines(self) -> range:
        """The text lines the block spans, top to bottom."""
        return range(min(self.anchor_line, self.line), max(self.anchor_line, self.line) + 1)

    @property
    def left(self) -> int:
        """The block's first display column."""
        return min(self.anchor_column, self.column)

    @property
    def right(self) -> int:
        """The display column just after the block (equal to `left` for a block of cursors)."""
        return max(self.anchor_column, self.column)

    def moved_to(self, line: int, column: int) -> Block:
        """The same block with its moving corner at (`line`, `column`)."""
        return Block(self.anchor_line, self.anchor_column, line, max(column, 0))


def block_from(text: TextBuffer, selection: Selection, tab: int) -> Block:
    """The block whose fixed corner is `selection`'s anchor and moving corner its head."""
    anchor, head = selection.anchor, selection.head
    return Block(
        anchor.line,
        display_column(text.line(anchor.line), anchor.col, tab),
        head.line,
        display_column(text.line(head.line), head.col, tab),
    )


def covering(line: str, left: int, right: int, tab: int) -> tuple[int, int]:
    """The code-point columns [start, end) of the characters of `line` drawn in display
    columns [left, right), a combining mark going with its base; (len, len) when the line
    ends before `left`, and an empty range at the character under `left` when left == right."""
    if line.isascii() and line.isprintable():
        start = min(left, len(line))
        return start, max(start, min(right, len(line)))
    if left >= right:
        start = column_at(line, left, tab)
        return start, start
    start = end = len(line)
    column = 0
    for index, ch in enumerate(line):
        following = advance(ch, column, tab)
        if start == len(line) and following > left:
            start = index
        if column >= right and following > column:
            end = index
            break
        column = following
    return start, max(start, end)


def block_selections(text: TextBuffer, block: Block, tab: int) -> Selections:
    """One selection per line of the block, each from the fixed corner's side to the moving
    corner's side; the one on the moving corner's line first (the primary), then the others
    from the top."""
    forward = block.column >= block.anchor_column
    primary = None
    others = []
    for number in block.lines:
        start, end = covering(text.line(number), block.left, block.right, tab)
        a, b = Pos(number, start), Pos(number, end)
        selection = Selection(a, b) if forward else Selection(b, a)
        if number == block.line:
            primary = selection
        else:
            others.append(selection)
    assert primary is not None
    return (primary, *others)


def step_column(line: str, column: int, step: int, tab: int) -> int:
    """The display column one character right (`step` 1) or left (-1) of `column` on `line`
    (a whole tab or wide character at a time); past the line's end, one cell; never left of 0."""
    if step > 0:
        position = 0
        for ch in line:
            position = advance(ch, position, tab)
            if position > column:
                return position
        return column + 1
    position = previous = 0
    for ch in line:
        if position >= column:
            return previous
        following = advance(ch, position, tab)
        if following > position:
            previous = position
        position = following
    return column - 1 if column > position else previous
