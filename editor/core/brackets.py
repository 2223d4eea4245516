"""Matching brackets: find the partner of the bracket at or just before the cursor.

The search looks at most `limit` characters away, so a stray bracket in a huge file costs a
bounded amount of time on every cursor move; past that, there is simply no match shown.
"""

from __future__ import annotations

from editor.core.text import Pos, TextBuffer

PAIRS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}


def bracket_at(text: TextBuffer, pos: Pos) -> Pos | None:
    """The bracket under the cursor, else the one just before it (as helix and VS Code do)."""
    line = text.line(pos.line)
    for col in (pos.col, pos.col - 1):
        if 0 <= col < len(line) and (line[col] in PAIRS or line[col] in CLOSERS):
            return Pos(pos.line, col)
    return None


def matching_bracket(text: TextBuffer, pos: Pos, limit: int = 20_000) -> tuple[Pos, Pos] | None:
    """(bracket, its partner) for the bracket at or before `pos`, or None."""
    here = bracket_at(text, pos)
    if here is None:
        return None
    ch = text.line(here.line)[here.col]
    forward = ch in PAIRS
    partner = PAIRS[ch] if forward else CLOSERS[ch]
    depth, budget = 0, limit
    line, col = here.line, here.col
    while 0 <= line < text.line_count and budget > 0:
        current = text.line(line)
        if forward:
            columns = range(col, min(len(current), col + budget))
        else:
            columns = range(col, max(col - budget, -1), -1)
        for index in columns:
            c = current[index]
            if c == ch:
                depth += 1
            elif c == partner:
                depth -= 1
                if depth == 0:
                    return here, Pos(line, index)
        budget -= len(columns) + 1
        line += 1 if forward else -1
        if 0 <= line < text.line_count:
            col = 0 if forward else text.line_length(line) - 1
    return None
