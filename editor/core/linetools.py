"""Whole-line editing as pure functions: which lines selections cover, moving, joining, sorting,
trimming, changing case, and how much to indent a new line.

The commands in `editor.commands.lines` turn these answers into changes; nothing here edits a
document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Literal

from pygments.lexers import find_lexer_class_by_name
from pygments.util import ClassNotFound

from editor.core.brackets import PAIRS
from editor.core.motion import indent_end
from editor.core.selection import Selection
from editor.core.text import Pos

Case = Literal["upper", "lower", "title"]

# Languages in which a line ending with ":" opens an indented block (pygments aliases).
COLON_BLOCKS = frozenset({"python", "cython", "yaml", "nim", "coffeescript", "gdscript", "boo"})

_WORD = re.compile(r"\w+")
_TITLE_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def selection_lines(selection: Selection) -> range:
    """The lines a selection touches (a selection ending at column 0 leaves that line out)."""
    start, end = selection.start, selection.end
    last = end.line - 1 if end.col == 0 and end.line > start.line else end.line
    return range(start.line, last + 1)


def merge_blocks(blocks: Iterable[range], touching: bool = True) -> list[range]:
    """Line ranges sorted and merged where they overlap (or, with `touching`, are adjacent)."""
    merged: list[range] = []
    for block in sorted(blocks, key=lambda r: (r.start, r.stop)):
        gap = 0 if touching else -1
        if merged and block.start <= merged[-1].stop + gap:
            last = merged[-1]
            merged[-1] = range(last.start, max(last.stop, block.stop))
        else:
            merged.append(block)
    return merged


def indent_of(line: str) -> str:
    """The leading blanks of a line."""
    return line[: indent_end(line)]


def join_lines(lines: list[str]) -> tuple[str, int]:
    """Lines joined into one: each following line loses its indentation, the line before it
    its trailing blanks, and one space goes between (none next to an empty part). Returns the
    joined line and the column of the last join."""
    joined = lines[0]
    col = len(joined)
    for line in lines[1:]:
        head = joined.rstrip(" \t")
        tail = line.lstrip(" \t")
        gap = " " if head.strip() and tail else ""
        joined = head + gap + tail
        col = len(head)
    return joined, col


def sort_lines(lines: list[str]) -> list[str]:
    """The lines in code point order (stable)."""
    return sorted(lines)


def trim_trailing(line: str) -> str:
    """A line without its trailing blanks."""
    return line.rstrip(" \t\f\v")


def change_case(text: str, case: Case) -> str:
    """Text in upper case, lower case, or title case (each word's first letter upper, the rest
    lower)."""
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    return _TITLE_WORD.sub(lambda m: m[0][:1].upper() + m[0][1:].lower(), text)


def word_range(line: str, col: int) -> tuple[int, int] | None:
    """The columns of the word (letters, digits, underscores) at or just before `col`."""
    for match in _WORD.finditer(line):
        if match.start() <= col <= match.end():
            return match.start(), match.end()
    return None


@cache
def same_language(language: str) -> frozenset[str]:
    """Every alias of the pygments lexer that answers to `language` (just it when unknown)."""
    try:
        return frozenset({language, *find_lexer_class_by_name(language).aliases})
    except ClassNotFound:
        return frozenset({language})


def opens_block(before: str, language: str | None) -> bool:
    """Whether a line that reads `before` up to the cursor asks for one more indent level on
    the next line: it ends with an opening bracket, or with ":" in a language that uses it."""
    stripped = before.rstrip()
    if not stripped:
        return False
    if stripped[-1] in PAIRS:
        return True
    if stripped[-1] != ":" or language is None:
        return False
    return bool(same_language(language) & COLON_BLOCKS)


def closes_pair(before: str, after: str) -> bool:
    """Whether the cursor stands between an opening bracket and its closing partner."""
    stripped = before.rstrip()
    rest = after.lstrip()
    return bool(stripped and rest) and stripped[-1] in PAIRS and PAIRS[stripped[-1]] == rest[0]


def shift_selection(selection: Selection, lines: int) -> Selection:
    """A selection moved by a number of lines, columns kept."""
    anchor, head = selection
    return Selection(Pos(anchor.line + lines, anchor.col), Pos(head.line + lines, head.col))
