"""The text buffer: lines of text with their own endings, edited by range replacement.

Positions are `Pos(line, col)` with `col` counted in code points of the line's text (the line
ending is not part of the text). Text crossing lines is handled as *fragments*: the pieces of a
string split after each line ending, so "ab\\r\\ncd" is ("ab\\r\\n", "cd"). Working in fragments
keeps every line's own ending exactly and makes each replacement exactly invertible.

Invariants: there is always at least one line; only the last line has no ending; a line's
structure comes from the edits that made it, so a line ending in a lone CR followed by a line
that is just "\n" stays two lines until the file is read again; `replace`
touches only the lines in its range and returns the fragments it removed; every change is logged
as (version, first line, lines removed, lines added) so views can update incrementally.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import NamedTuple

from editor.core.encoding import Codec
from editor.core.textstore import LineStore, ListStore

_BREAK = re.compile(r"\r\n|\r|\n")
_CHANGE_LOG_SIZE = 4096


class Pos(NamedTuple):
    """A position in the text: line and column, both from 0, column in code points."""

    line: int
    col: int


class Change(NamedTuple):
    """One logged replacement: lines [first, first+removed) became `added` lines."""

    version: int
    first: int
    removed: int
    added: int


Fragments = tuple[str, ...]


def split_fragments(text: str) -> Fragments:
    """Split text after each line ending ("\\r\\n", "\\r" or "\\n"); there is always one piece more
    than there are line endings."""
    parts: list[str] = []
    start = 0
    for match in _BREAK.finditer(text):
        parts.append(text[start : match.end()])
        start = match.end()
    parts.append(text[start:])
    return tuple(parts)


def strip_ending(raw: str) -> str:
    """A raw line's text without its line ending."""
    if raw.endswith("\r\n"):
        return raw[:-2]
    if raw.endswith(("\n", "\r")):
        return raw[:-1]
    return raw


def ending_of(raw: str) -> str:
    """A raw line's ending ("" for the last line)."""
    return raw[len(strip_ending(raw)) :]


def end_after(start: Pos, fragments: Fragments) -> Pos:
    """Where text made of `fragments` ends when inserted at `start`."""
    if len(fragments) == 1:
        return Pos(start.line, start.col + len(fragments[0]))
    return Pos(start.line + len(fragments) - 1, len(fragments[-1]))


class TextBuffer:
    """Lines of text over a `LineStore`, with range replacement and a change log."""

    def __init__(self, store: LineStore | None = None) -> None:
        self._store: LineStore = store if store is not None else ListStore([""])
        self.version = 0
        self._log: deque[Change] = deque(maxlen=_CHANGE_LOG_SIZE)

    @classmethod
    def from_text(cls, text: str) -> TextBuffer:
        """A buffer holding `text` (line endings kept as they are)."""
        return cls(ListStore(list(split_fragments(text))))

    @property
    def line_count(self) -> int:
        """Number of lines (an empty text has one empty line)."""
        return len(self._store)

    def line(self, index: int) -> str:
        """The text of line `index`, without its ending."""
        return strip_ending(self._store.get(index))

    def raw_line(self, index: int) -> str:
        """Line `index` with its ending."""
        return self._store.get(index)

    def ending(self, index: int) -> str:
        """Line `index`'s ending: "\\n", "\\r\\n", "\\r", or "" for the last line."""
        return ending_of(self._store.get(index))

    def lines(self, start: int, stop: int) -> Iterator[str]:
        """The texts of lines `start` to `stop` (exclusive), without endings."""
        for raw in self._store.iter_range(max(start, 0), min(stop, self.line_count)):
            yield strip_ending(raw)

    def line_length(self, index: int) -> int:
        """Length of line `index`'s text in code points."""
        return len(self.line(index))

    @property
    def end(self) -> Pos:
        """The position after the last character."""
        last = self.line_count - 1
        return Pos(last, self.line_length(last))

    def clamp(self, pos: Pos) -> Pos:
        """The nearest valid position to `pos`."""
        line = min(max(pos.line, 0), self.line_count - 1)
        return Pos(line, min(max(pos.col, 0), self.line_length(line)))

    def fragments(self, start: Pos, end: Pos) -> Fragments:
        """The text between two positions, as fragments."""
        if start.line == end.line:
            return (self.line(start.line)[start.col : end.col],)
        first = self.raw_line(start.line)[start.col :]
        middle = tuple(self._store.iter_range(start.line + 1, end.line))
        last = self.line(end.line)[: end.col]
        return (first, *middle, last)

    def text(self, start: Pos, end: Pos) -> str:
        """The text between two positions, line endings included."""
        return "".join(self.fragments(start, end))

    def replace(self, start: Pos, end: Pos, new: Fragments) -> Fragments:
        """Replace the text between `start` and `end` with `new`; return what was there."""
        if end < start:
            raise ValueError(f"range end {end} before start {start}")
        if not (0 <= start.line < self.line_count and end.line < self.line_count):
            raise IndexError(f"range {start}..{end} outside 0..{self.line_count - 1}")
        first_raw = self.raw_line(start.line)
        last_raw = first_raw if end.line == start.line else self.raw_line(end.line)
        if start.col > len(strip_ending(first_raw)) or end.col > len(strip_ending(last_raw)):
            raise IndexError(f"column outside line in range {start}..{end}")
        prefix = first_raw[: start.col]
        suffix = last_raw[end.col :]
        if len(new) == 1:
            lines = [prefix + new[0] + suffix]
        else:
            lines = [prefix + new[0], *new[1:-1], new[-1] + suffix]
        removed = self._store.replace(start.line, end.line + 1, lines)
        self.version += 1
        self._log.append(Change(self.version, start.line, end.line - start.line + 1, len(lines)))
        if len(removed) == 1:
            return (removed[0][start.col : end.col],)
        return (removed[0][start.col :], *removed[1:-1], strip_ending(removed[-1])[: end.col])

    def changes_since(self, version: int) -> list[Change] | None:
        """Changes made after `version`, oldest first; None when the log no longer reaches back."""
        if version == self.version:
            return []
        if not self._log or self._log[0].version > version + 1:
            return None
        return [change for change in self._log if change.version > version]

    def encoded_chunks(self, codec: Codec) -> Iterator[bytes]:
        """The whole text encoded with `codec`, in bounded chunks (for saving)."""
        return self._store.encoded_chunks(codec)

    def full_text(self) -> str:
        """The whole text as one string (tests and small documents only: O(size))."""
        return "".join(self._store.iter_range(0, self.line_count))
