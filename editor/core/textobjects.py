"""Text objects shared by every keymap: quoted strings and bracket pairs (what vi's `i"` `a(`
and the modeless keymap's select-expand both use), and growing a selection step by step: word,
inside quotes, inside brackets, the brackets too, the line's text, whole lines, the whole text.

Quotes pair up as vim pairs them: for each kind (" ' `), the unescaped quotes of a line pair
from the line's start; a quote left without a partner (an apostrophe) is text. A backslash
escapes the character after it. Brackets nest; a search looks at most `limit` characters away,
so a huge file costs a bounded amount of time.

`expand` returns the smallest range that strictly contains the given one, so each call grows
the selection by one step.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.brackets import PAIRS
from editor.core.linetools import word_range
from editor.core.text import Pos, TextBuffer

Range = tuple[Pos, Pos]
QUOTES = "\"'`"
OPENERS = {"(": ")", "[": "]", "{": "}", "<": ">"}
# How far bracket searches look by default, in characters.
LIMIT = 20_000


# Quotes -------------------------------------------------------------------------------------


def quote_pairs(line: str, quote: str) -> list[tuple[int, int]]:
    """The (opening, closing) columns of the strings quoted with `quote` on a line."""
    marks = []
    col = 0
    while col < len(line):
        if line[col] == "\\":
            col += 2
            continue
        if line[col] == quote:
            marks.append(col)
        col += 1
    return list(zip(marks[0::2], marks[1::2]))


def quote_pair(line: str, col: int, quote: str) -> tuple[int, int] | None:
    """The string quoted with `quote` around column `col` (its quotes included), else the
    first one after it on the line."""
    pairs = quote_pairs(line, quote)
    chosen = next((p for p in pairs if p[0] <= col <= p[1]), None)
    return chosen or next((p for p in pairs if p[0] > col), None)


# Brackets -----------------------------------------------------------------------------------


def _backward(text: TextBuffer, pos: Pos, limit: int) -> Iterator[tuple[Pos, str]]:
    """The characters before `pos`, nearest first, at most `limit` of them."""
    number, col = pos.line, min(pos.col, text.line_length(pos.line))
    while number >= 0 and limit > 0:
        line = text.line(number)
        for index in range(min(col, len(line)) - 1, max(col - limit, 0) - 1, -1):
            yield Pos(number, index), line[index]
        limit -= col + 1
        number -= 1
        col = text.line_length(number) if number >= 0 else 0


def _forward(text: TextBuffer, pos: Pos, limit: int) -> Iterator[tuple[Pos, str]]:
    """The characters from `pos` on, at most `limit` of them."""
    number, col = pos
    while number < text.line_count and limit > 0:
        line = text.line(number)
        for index in range(col, min(len(line), col + limit)):
            yield Pos(number, index), line[index]
        limit -= len(line) - col + 1
        number, col = number + 1, 0


def closing_bracket(text: TextBuffer, opening: Pos, limit: int = LIMIT) -> Pos | None:
    """The bracket that closes the one at `opening`, brackets of its kind nesting in between."""
    char = text.line(opening.line)[opening.col]
    closing = OPENERS[char]
    depth = 0
    for at, ch in _forward(text, Pos(opening.line, opening.col + 1), limit):
        if ch == char:
            depth += 1
        elif ch == closing:
            if depth == 0:
                return at
            depth -= 1
    return None


def bracket_pairs(
    text: TextBuffer, start: Pos, end: Pos, kinds: str = "([{", limit: int = LIMIT
) -> Iterator[Range]:
    """The bracket pairs of `kinds` (opening brackets) around start..end, innermost first, as
    (opening, closing) positions. Each kind nests on its own."""
    depth = dict.fromkeys(kinds, 0)
    closers = {OPENERS[kind]: kind for kind in kinds}
    for at, ch in _backward(text, start, limit):
        if ch in closers:
            depth[closers[ch]] += 1
        elif ch in depth:
            if depth[ch]:
                depth[ch] -= 1
                continue
            close = closing_bracket(text, at, limit)
            if close is not None and close >= end:
                yield at, close


def bracket_pair(
    text: TextBuffer, pos: Pos, opening: str, count: int = 1, limit: int = LIMIT
) -> Range | None:
    """The count-th pair of `opening` and its partner around `pos` (a bracket at `pos` is
    inside its own pair), as (opening, closing) positions."""
    line = text.line(pos.line)
    here = pos.col < len(line) and line[pos.col] == opening
    start = Pos(pos.line, pos.col + 1) if here else pos
    for index, pair in enumerate(bracket_pairs(text, start, pos, opening, limit), 1):
        if index == count:
            return pair
    return None


def inner(pair: Range) -> Range:
    """What is between a pair of brackets or quotes (one character each)."""
    opening, closing = pair
    return Pos(opening.line, opening.col + 1), closing


def around(pair: Range) -> Range:
    """A pair of brackets or quotes with what is between them."""
    opening, closing = pair
    return opening, Pos(closing.line, closing.col + 1)


# Growing a selection ------------------------------------------------------------------------


def expand(text: TextBuffer, start: Pos, end: Pos, limit: int = LIMIT) -> Range | None:
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
    """Inside and around each quoted string on the line."""
    if start.line != end.line:
        return []
    line = text.line(start.line)
    ranges: list[Range] = []
    for quote in QUOTES:
        for first, last in quote_pairs(line, quote):
            pair = (Pos(start.line, first), Pos(start.line, last))
            ranges += [inner(pair), around(pair)]
    return ranges


def _brackets(text: TextBuffer, start: Pos, end: Pos, limit: int) -> list[Range]:
    """Inside and around the nearest bracket pair enclosing the range."""
    pair = next(bracket_pairs(text, start, end, "".join(PAIRS), limit), None)
    return [inner(pair), around(pair)] if pair is not None else []


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
