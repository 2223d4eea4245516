"""Finding text that crosses line endings, without joining the whole text into one string.

A needle of several lines matches where a line ends with its first line, the lines after equal
its middle lines, and the next one starts with its last line, whatever each line's ending is
("\\n", "\\r\\n" or "\\r"): the same text as it is seen. The text is read a chunk of lines at a
time; the chunk, with the lines a match starting in it can reach, is joined with "\\n" and
searched with `str.find` (no pattern to compile, however long the needle), so a search over a
100 MB file costs about what a line-by-line scan does and holds one chunk at a time.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.text import Pos, TextBuffer, split_fragments, strip_ending

# Lines joined and searched at a time.
CHUNK_LINES = 4096


def needle_lines(needle: str) -> tuple[str, ...]:
    """The texts of the lines of `needle`, without their endings (one more than its breaks)."""
    return tuple(strip_ending(part) for part in split_fragments(needle))


def matches_from(
    text: TextBuffer, lines: tuple[str, ...], start: Pos, stop: int
) -> Iterator[tuple[Pos, Pos]]:
    """The matches of the needle made of `lines` (at least two) that start at or after `start`
    and on a line before `stop`, without overlaps, in order, as (start, end)."""
    breaks = len(lines) - 1
    needle = "\n".join(lines)
    last = min(stop, text.line_count - breaks)  # a match needs `breaks` lines after its first
    resume = start
    first = start.line
    while first < last:
        following = min(first + CHUNK_LINES, last)
        chunk = list(text.lines(first, following + breaks))
        limit = sum(len(line) + 1 for line in chunk[: following - first])
        offset = _offset(chunk, first, resume) if resume.line >= first else 0
        joined = "\n".join(chunk)
        line, line_start = first, 0
        found = joined.find(needle, offset, limit + len(needle) - 1)
        while found >= 0:
            while line_start + len(chunk[line - first]) < found:
                line_start += len(chunk[line - first]) + 1
                line += 1
            resume = Pos(line + breaks, len(lines[-1]))
            yield Pos(line, found - line_start), resume
            found = joined.find(needle, found + len(needle), limit + len(needle) - 1)
        first = following


def _offset(chunk: list[str], first: int, pos: Pos) -> int:
    """Where `pos` is in `chunk` (lines from `first`) joined with "\\n"."""
    return sum(len(line) + 1 for line in chunk[: pos.line - first]) + pos.col
