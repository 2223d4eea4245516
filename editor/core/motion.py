"""Where cursor motions land: pure functions of the text and a position.

Words are runs of letters, digits and underscores, or runs of other non-blank characters;
white space separates them. Moving by word crosses line ends, like every editor people know.
"""

from __future__ import annotations

from editor.core.text import Pos, TextBuffer


def _kind(ch: str) -> int:
    if ch.isspace():
        return 0
    if ch.isalnum() or ch == "_":
        return 1
    return 2


def char_left(text: TextBuffer, pos: Pos) -> Pos:
    """One character back, to the end of the previous line from column 0."""
    if pos.col > 0:
        return Pos(pos.line, pos.col - 1)
    if pos.line > 0:
        return Pos(pos.line - 1, text.line_length(pos.line - 1))
    return pos


def char_right(text: TextBuffer, pos: Pos) -> Pos:
    """One character forward, to the start of the next line from the end of a line."""
    if pos.col < text.line_length(pos.line):
        return Pos(pos.line, pos.col + 1)
    if pos.line + 1 < text.line_count:
        return Pos(pos.line + 1, 0)
    return pos


def word_right(text: TextBuffer, pos: Pos) -> Pos:
    """To the end of the current or next word."""
    line = text.line(pos.line)
    col = pos.col
    if col >= len(line):
        return char_right(text, pos)
    while col < len(line) and _kind(line[col]) == 0:
        col += 1
    if col < len(line):
        kind = _kind(line[col])
        while col < len(line) and _kind(line[col]) == kind:
            col += 1
    return Pos(pos.line, col)


def word_left(text: TextBuffer, pos: Pos) -> Pos:
    """To the start of the current or previous word."""
    line = text.line(pos.line)
    col = pos.col
    if col == 0:
        return char_left(text, pos)
    while col > 0 and _kind(line[col - 1]) == 0:
        col -= 1
    if col > 0:
        kind = _kind(line[col - 1])
        while col > 0 and _kind(line[col - 1]) == kind:
            col -= 1
    return Pos(pos.line, col)


def indent_end(line: str) -> int:
    """The column of the first non-blank character (the line's length if it is all blank)."""
    return len(line) - len(line.lstrip(" \t"))


def smart_home(text: TextBuffer, pos: Pos) -> Pos:
    """To the first non-blank character, or to column 0 when already there."""
    first = indent_end(text.line(pos.line))
    return Pos(pos.line, 0 if pos.col == first else first)


def line_end(text: TextBuffer, pos: Pos) -> Pos:
    """To the end of the line."""
    return Pos(pos.line, text.line_length(pos.line))
