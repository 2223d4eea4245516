"""vi's motions, text objects and operator ranges: pure functions of a text and a position.

A word is a run of letters, digits and underscores, or a run of other non-blank characters; a
WORD (`big=True`) is any run of non-blanks. For `w` and `b` an empty line counts as a word.
Positions may stand one past the last character of a line (the insert-mode cursor, the end of
a range); the normal-mode rule that the cursor sits on a character is the commands' concern.

A `Region` is what an operator acts on: characters from `start` up to (not including) `end`, or
with `linewise` the whole lines `start.line` to `end.line`. `motion_region` turns a motion into
one with vim's rules for exclusive, inclusive and linewise motions.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from editor.core import textobjects
from editor.core.brackets import matching_bracket
from editor.core.motion import indent_end
from editor.core.text import Pos, TextBuffer

MotionKind = Literal["exclusive", "inclusive", "linewise"]
Change = tuple[Pos, Pos, str]

_BREAK_AT_END = re.compile(r"(\r\n|\r|\n)\Z")
# How far bracket objects look for their brackets, in characters.
_SCAN_LIMIT = 1_000_000
_KEYWORD = re.compile(r"\w+")


class Region(NamedTuple):
    """Characters [start, end), or with `linewise` the lines start.line..end.line."""

    start: Pos
    end: Pos
    linewise: bool = False

    @property
    def lines(self) -> range:
        """The line numbers the region touches."""
        last = self.end.line
        if not self.linewise and self.end.col == 0 and last > self.start.line:
            last -= 1
        return range(self.start.line, last + 1)


def _class(ch: str, big: bool) -> int:
    """0 for blanks, 1 for word characters, 2 for other characters (1 for all with `big`)."""
    if ch.isspace():
        return 0
    if big or ch.isalnum() or ch == "_":
        return 1
    return 2


# Motions ------------------------------------------------------------------------------------


def word_forward(text: TextBuffer, pos: Pos, big: bool = False) -> Pos:
    """`w`: the start of the next word (an empty line is one), else the end of the text."""
    number, col = pos
    line = text.line(number)
    if col < len(line):
        kind = _class(line[col], big)
        while kind and col < len(line) and _class(line[col], big) == kind:
            col += 1
    while True:
        while col < len(line) and line[col].isspace():
            col += 1
        if col < len(line):
            return Pos(number, col)
        if number + 1 >= text.line_count:
            return Pos(number, len(line))
        number, col = number + 1, 0
        line = text.line(number)
        if not line:
            return Pos(number, 0)


def word_backward(text: TextBuffer, pos: Pos, big: bool = False) -> Pos:
    """`b`: the start of this word if the cursor is past it, else of the previous one."""
    number, col = pos.line, min(pos.col, text.line_length(pos.line))
    line = text.line(number)
    while True:
        if col > 0:
            col -= 1
            if not line[col].isspace():
                break
        elif number == 0:
            return Pos(0, 0)
        else:
            number -= 1
            line = text.line(number)
            col = len(line)
            if not line:
                return Pos(number, 0)
    kind = _class(line[col], big)
    while col > 0 and _class(line[col - 1], big) == kind:
        col -= 1
    return Pos(number, col)


def word_end(text: TextBuffer, pos: Pos, big: bool = False, stay: bool = False) -> Pos:
    """`e`: the last character of the next word end after the cursor (or the cursor itself).

    With `stay`, the end of the word under the cursor counts even when the cursor is on it."""
    number, col = pos
    line = text.line(number)
    if not (stay and col < len(line) and not line[col].isspace()):
        col += 1
        while True:
            if col < len(line):
                if not line[col].isspace():
                    break
                col += 1
            elif number + 1 < text.line_count:
                number, col = number + 1, 0
                line = text.line(number)
            else:
                return pos
    kind = _class(line[col], big)
    while col + 1 < len(line) and _class(line[col + 1], big) == kind:
        col += 1
    return Pos(number, col)


def first_non_blank(text: TextBuffer, line: int) -> Pos:
    """`^`: the first non-blank character of a line (its end when it is all blank)."""
    return Pos(line, indent_end(text.line(line)))


def last_line(text: TextBuffer) -> int:
    """The last line vi shows: a text ending in a line break has no line after it."""
    last = text.line_count - 1
    return last - 1 if last > 0 and text.line_length(last) == 0 else last


def last_char(text: TextBuffer, line: int) -> Pos:
    """The last character of a line (column 0 on an empty line)."""
    return Pos(line, max(text.line_length(line) - 1, 0))


def find_char(
    text: TextBuffer, pos: Pos, char: str, kind: str, count: int = 1, again: bool = False
) -> Pos | None:
    """`f` `t` `F` `T`: the count-th `char` on the cursor's line; None when not there.

    `again` (for `;` and `,`) makes `t` and `T` skip a match right next to the cursor."""
    line = text.line(pos.line)
    col = pos.col
    forward = kind in "ft"
    skip = 1 if again and kind in "tT" else 0
    for _ in range(count):
        if forward:
            col = line.find(char, col + 1 + skip)
        else:
            col = line.rfind(char, 0, max(col - skip, 0))
        if col < 0:
            return None
        skip = 0
    if kind == "t":
        col -= 1
    elif kind == "T":
        col += 1
    return Pos(pos.line, col)


def match_pair(text: TextBuffer, pos: Pos) -> Pos | None:
    """`%`: the partner of the first bracket at or after the cursor on its line."""
    line = text.line(pos.line)
    for col in range(pos.col, len(line)):
        if line[col] in "()[]{}":
            found = matching_bracket(text, Pos(pos.line, col))
            return found[1] if found else None
    return None


# Regions ------------------------------------------------------------------------------------


def char_after(text: TextBuffer, pos: Pos) -> Pos:
    """The position just after the character at `pos`, staying on its line."""
    return Pos(pos.line, min(pos.col + 1, text.line_length(pos.line)))


def motion_region(text: TextBuffer, cursor: Pos, target: Pos, kind: MotionKind) -> Region:
    """The region an operator acts on for a motion from `cursor` to `target`."""
    first, last = sorted((cursor, target))
    if kind == "linewise":
        return Region(Pos(first.line, 0), Pos(last.line, 0), True)
    if kind == "inclusive":
        return Region(first, char_after(text, last))
    if last.col == 0 and last.line > first.line:
        # An exclusive motion ending at column 0 stops at the end of the line before, and
        # covers whole lines when it starts at or before the first non-blank.
        last = Pos(last.line - 1, text.line_length(last.line - 1))
        if first.col <= indent_end(text.line(first.line)):
            return Region(Pos(first.line, 0), Pos(last.line, 0), True)
    return Region(first, last)


def word_target_for_operator(
    text: TextBuffer, cursor: Pos, count: int, big: bool, change: bool
) -> tuple[Pos, MotionKind]:
    """Where `w` takes an operator, and how: `cw` on a word is `ce`.

    The last word of a line stops at that line's end instead of at the next line's first word."""
    line = text.line(cursor.line)
    if change and cursor.col < len(line) and not line[cursor.col].isspace():
        target = cursor
        for step in range(count):
            target = word_end(text, target, big, stay=step == 0)
        return target, "inclusive"
    target = cursor
    for _ in range(count):
        target = word_forward(text, target, big)
    if target.line > cursor.line and target.col <= indent_end(text.line(target.line)):
        target = Pos(target.line - 1, text.line_length(target.line - 1))
    return target, "exclusive"


def visual_region(text: TextBuffer, anchor: Pos, head: Pos, linewise: bool) -> Region:
    """What a visual selection covers, both ends included.

    On an empty line, or past a line's end, the line break is included too."""
    first, last = sorted((anchor, head))
    if linewise:
        return Region(Pos(first.line, 0), Pos(last.line, 0), True)
    if last.col < text.line_length(last.line):
        return Region(first, Pos(last.line, last.col + 1))
    if last.line + 1 < text.line_count:
        return Region(first, Pos(last.line + 1, 0))
    return Region(first, text.end)


def line_range(text: TextBuffer, first: int, last: int) -> tuple[Pos, Pos]:
    """The span that removes lines first..last with one line break."""
    if last + 1 < text.line_count:
        return Pos(first, 0), Pos(last + 1, 0)
    if first > 0:
        return Pos(first - 1, text.line_length(first - 1)), text.end
    return Pos(0, 0), text.end


def deleted_span(text: TextBuffer, region: Region) -> tuple[Pos, Pos]:
    """The span of text that deleting `region` removes."""
    if region.linewise:
        return line_range(text, region.start.line, region.end.line)
    return region.start, region.end


def region_text(text: TextBuffer, region: Region) -> str:
    """The text a yank of `region` puts in the register (whole lines end with a line break)."""
    if region.linewise:
        return "".join(line + "\n" for line in text.lines(region.start.line, region.end.line + 1))
    return text.text(region.start, region.end)


def without_final_break(block: str) -> str:
    """`block` without the line break it ends with, if any."""
    return _BREAK_AT_END.sub("", block)


# Text objects -------------------------------------------------------------------------------


def word_object(text: TextBuffer, pos: Pos, around: bool, big: bool = False) -> Region | None:
    """`iw` `aw` (`iW` `aW`): the word, blank run or punctuation run under the cursor.

    `a` adds the blanks after it, or before it when there are none after."""
    line = text.line(pos.line)
    if not line:
        return None
    col = min(pos.col, len(line) - 1)
    kind = _class(line[col], big)
    start, end = col, col + 1
    while start > 0 and _class(line[start - 1], big) == kind:
        start -= 1
    while end < len(line) and _class(line[end], big) == kind:
        end += 1
    if around:
        if kind == 0:
            if end < len(line):
                following = _class(line[end], big)
                while end < len(line) and _class(line[end], big) == following:
                    end += 1
        else:
            start, end = _with_blanks(line, start, end)
    return Region(Pos(pos.line, start), Pos(pos.line, end))


def quote_object(text: TextBuffer, pos: Pos, quote: str, around: bool) -> Region | None:
    """`i"` `a"` and the like: the quoted text around the cursor, else the next one on the line.

    Quotes pair up as `textobjects.quote_pairs` pairs them. `a` includes the quotes and the
    blanks after them (or before, when none follow)."""
    line = text.line(pos.line)
    chosen = textobjects.quote_pair(line, pos.col, quote)
    if chosen is None:
        return None
    opening, closing = chosen
    if not around:
        return Region(Pos(pos.line, opening + 1), Pos(pos.line, closing))
    start, end = _with_blanks(line, opening, closing + 1)
    return Region(Pos(pos.line, start), Pos(pos.line, end))


def _with_blanks(line: str, start: int, end: int) -> tuple[int, int]:
    """`a` objects: [start, end) with the blanks after it, or before it when none follow."""
    if end < len(line) and line[end].isspace():
        while end < len(line) and line[end].isspace():
            end += 1
    else:
        while start > 0 and line[start - 1].isspace():
            start -= 1
    return start, end


def bracket_object(
    text: TextBuffer, pos: Pos, opening: str, around: bool, count: int = 1
) -> Region | None:
    """`i(` `a(` `i{` ...: the count-th enclosing pair, with (`a`) or without (`i`) brackets.

    `i` also leaves out the line break right after the opening bracket and the one before a
    closing bracket that starts its line; with both it is the whole lines in between."""
    pair = textobjects.bracket_pair(text, pos, opening, count, _SCAN_LIMIT)
    if pair is None:
        return None
    if around:
        return Region(*textobjects.around(pair))
    inner, end = textobjects.inner(pair)
    start = pair[0]
    opens_line = inner.col == text.line_length(start.line)
    closes_line = not text.line(end.line)[: end.col].strip()
    if opens_line and closes_line and end.line - start.line >= 2:
        return Region(Pos(start.line + 1, 0), Pos(end.line - 1, 0), True)
    if opens_line and end.line > start.line:
        inner = Pos(start.line + 1, 0)
    if closes_line and end.line > inner.line:
        end = Pos(end.line - 1, text.line_length(end.line - 1))
    return Region(inner, end)


# Search -------------------------------------------------------------------------------------


def vim_pattern(typed: str) -> tuple[str, bool | None]:
    """A vim search pattern as a Python regular expression, and the case it asks for.

    `\\<` and `\\>` (word start and end) become lookarounds; `\\c` anywhere makes the search
    ignore case and `\\C` match it (None: neither). Everything else is Python's syntax."""
    out: list[str] = []
    case: bool | None = None
    index = 0
    while index < len(typed):
        pair = typed[index : index + 2]
        if pair == "\\<":
            out.append(r"\b(?=\w)")
        elif pair == "\\>":
            out.append(r"\b(?<=\w)")
        elif pair in ("\\c", "\\C"):
            case = pair == "\\C"
        elif pair.startswith("\\"):
            out.append(pair)
        else:
            out.append(typed[index])
            index += 1
            continue
        index += 2
    return "".join(out), case


def keyword_at(line: str, col: int) -> tuple[int, int] | None:
    """`*` and `#`: the columns of the word (letters, digits, underscores) under the cursor or
    the first one after it on the line; None when there is none."""
    for match in _KEYWORD.finditer(line):
        if match.end() > col:
            return match.start(), match.end()
    return None


# Edits --------------------------------------------------------------------------------------


def join_lines(text: TextBuffer, first: int, count: int) -> tuple[list[Change], Pos] | None:
    """`J`: the changes joining `count` lines from `first`, and where the cursor goes.

    At least two lines are joined. Each line break and the next line's indentation become one
    space, or nothing after blanks, before `)` or next to an empty line. The cursor goes to the
    last join; None when there is no line to join."""
    last = min(first + max(count, 2) - 1, last_line(text))
    if last <= first:
        return None
    changes: list[Change] = []
    joined = text.line(first)
    cursor = Pos(first, 0)
    for number in range(first, last):
        following = text.line(number + 1)
        indent = indent_end(following)
        rest = following[indent:]
        space = bool(joined) and bool(rest) and not rest.startswith(")") and not joined[-1].isspace()
        separator = " " if space else ""
        changes.append((Pos(number, text.line_length(number)), Pos(number + 1, indent), separator))
        cursor = Pos(first, len(joined))
        joined += separator + rest
    return changes, cursor


def toggle_case(chars: str) -> str:
    """`~`: upper case to lower and lower to upper."""
    return chars.swapcase()
