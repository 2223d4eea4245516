"""Growing a selection step by step: word, inside quotes, inside brackets, the brackets too,
the line's text, whole lines, the whole text.

`expand` returns the smallest of these ranges that strictly contains the given one, so each
call grows the selection by one step. Bracket searches look at most `limit` characters back, so
a huge file costs a bounded amount of time.
"""

from __future__ import annotations

from editor.core.brackets import CLOSERS, PAIRS, matching_bracket
from editor.core.linetools import word_range
from editor.core.text import Pos, TextBuffer

Range = tuple[Pos, Pos]
QUOTES = "\"'`"


def expand(text: TextBuffer, start: Pos, end: Pos, limit: int = 20_000) -> Range | None:
    """The next larger range around start..end, or None when it already covers the text."""
    candidates = [
        *_word(text, start, end),
        *_quotes(text, start, end),
        *_brackets(text, start, end, limit),
        *_line(text, start, end),
    ]
    grown = [(s, e) for s, e in candidates if s <= start and end <= e and (s, e) != (start, end)]
    if grown:
        return min(grown, key=lambda r: _size(text, *r))
    whole = (Pos(0, 0), text.end)
    return whole if whole != (start, end) else None


def _size(text: TextBuffer, start: Pos, end: Pos) -> int:
    """The length of a range in code points (line endings counted as one)."""
    if start.line == end.line:
        return end.col - start.col
    middle = sum(len(line) + 1 for line in text.lines(start.line + 1, end.line))
    return text.line_length(start.line) - start.col + 1 + middle + end.col


def _word(text: TextBuffer, start: Pos, end: Pos) -> list[Range]:
    """The word at the start of a range on one line."""
    if start.line != end.line:
        return []
    found = word_range(text.line(start.line), start.col)
    if found is None:
        return []
    return [(Pos(start.line, found[0]), Pos(start.line, found[1]))]


def _quotes(text: TextBuffer, start: Pos, end: Pos) -> list[Range]:
    """Inside and around each quoted string on the line (quotes paired left to right)."""
    if start.line != end.line:
        return []
    line = text.line(start.line)
    ranges: list[Range] = []
    open_at: dict[str, int] = {}
    col = 0
    while col < len(line):
        ch = line[col]
        if ch == "\\":
            col += 2
            continue
        if ch in QUOTES:
            if ch in open_at:
                first = open_at.pop(ch)
                ranges.append((Pos(start.line, first + 1), Pos(start.line, col)))
                ranges.append((Pos(start.line, first), Pos(start.line, col + 1)))
            elif not open_at:
                open_at[ch] = col
        col += 1
    return ranges


def _brackets(text: TextBuffer, start: Pos, end: Pos, limit: int) -> list[Range]:
    """Inside and around the nearest bracket pair enclosing the range."""
    depth = 0
    budget = limit
    line, col = start.line, start.col - 1
    while line >= 0 and budget > 0:
        current = text.line(line)
        while col >= 0 and budget > 0:
            ch = current[col]
            budget -= 1
            if ch in CLOSERS:
                depth += 1
            elif ch in PAIRS:
                if depth:
                    depth -= 1
                else:
                    found = matching_bracket(text, Pos(line, col), limit)
                    if found is not None and found[1] >= end:
                        close = found[1]
                        return [
                            (Pos(line, col + 1), close),
                            (Pos(line, col), Pos(close.line, close.col + 1)),
                        ]
            col -= 1
        line -= 1
        if line >= 0:
            col = text.line_length(line) - 1
    return []


def _line(text: TextBuffer, start: Pos, end: Pos) -> list[Range]:
    """The text of the line without its indentation, and the whole lines with their endings."""
    ranges: list[Range] = []
    if start.line == end.line:
        line = text.line(start.line)
        body = line.strip(" \t")
        if body:
            first = len(line) - len(line.lstrip(" \t"))
            ranges.append((Pos(start.line, first), Pos(start.line, first + len(body))))
    last = end.line - 1 if end.col == 0 and end.line > start.line else end.line
    stop = Pos(last + 1, 0) if last + 1 < text.line_count else text.end
    ranges.append((Pos(start.line, 0), stop))
    return ranges
