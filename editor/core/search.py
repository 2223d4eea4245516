"""Searching the text: queries, finding the next or previous match, counting, replacing.

A `Query` is compiled to a Python `re` pattern: its text is literal unless `regex` is set,
`case` is "smart" (insensitive unless the text has a capital letter), "sensitive" or
"insensitive" (or True / False for sensitive / insensitive), and `whole_word` keeps only matches not touching a word character on either side.

Searching works line by line over `TextBuffer.lines`, so a 100 MB file is never joined into one
string: a match never crosses a line ending (a pattern containing "\\n" finds nothing), `^` and
`$` match at each line's start and end, and empty matches (`x*` on "abc") are skipped. `scan`
and `replace_all_steps` read the lines in chunks and yield between them, so a caller can spread
a long search or replace-all over time and stop it. `matches_in_windows` looks only near the
columns a pane draws, so highlighting a long line costs what is shown.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Literal

from editor.core.text import Pos, TextBuffer

Case = Literal["smart", "sensitive", "insensitive"]
CASES: tuple[Case, ...] = ("smart", "sensitive", "insensitive")
# Lines read between two yields of `scan`.
CHUNK_LINES = 4096
# Matches are counted ("3 of 17") only in texts with at most this many lines.
COUNT_LIMIT_LINES = 100_000
# Columns searched beyond the drawn part of a long line for a regular expression's matches.
REGEX_MARGIN = 1024
# The pieces of a replacement template: literal text, `\N` (one digit) and `\g<...>`; any other
# backslash sends the template to `re.Match.expand`.
_TEMPLATE_PIECE = re.compile(r"\\g<(\w+)>|\\([1-9])(?![0-9])|([^\\]+)|(\\)")


class SearchError(ValueError):
    """A query that cannot be compiled or a replacement that cannot be expanded."""


@dataclass(frozen=True)
class Query:
    """What to look for and how."""

    text: str
    regex: bool = False
    case: Case | bool = "smart"
    whole_word: bool = False

    @property
    def case_sensitive(self) -> bool:
        """Whether letters must match in case (True for `case=True` or "sensitive")."""
        if isinstance(self.case, bool):
            return self.case
        if self.case == "smart":
            return any(ch.isupper() for ch in self.text)
        return self.case == "sensitive"

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern; raises SearchError for an invalid regular expression."""
        body = self.text if self.regex else re.escape(self.text)
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        try:
            return re.compile(body, 0 if self.case_sensitive else re.IGNORECASE)
        except re.error as error:
            raise SearchError(f"bad regular expression {self.text!r}: {error}") from None

    def describe(self) -> str:
        """The options in effect, e.g. "regex, case, word" (empty for a plain smart search)."""
        flags = []
        if self.regex:
            flags.append("regex")
        if isinstance(self.case, bool) or self.case != "smart":
            flags.append("case" if self.case_sensitive else "nocase")
        if self.whole_word:
            flags.append("word")
        return ", ".join(flags)

    def expand(self, match: re.Match[str], template: str) -> str:
        """The replacement for `match`: `template` with `\\1` and `\\g<name>` filled in for a
        regex query, `template` itself for a literal one."""
        if not self.regex:
            return template
        pieces = _template_pieces(template)
        try:
            if pieces is None:
                return match.expand(template)
            return "".join(
                piece if isinstance(piece, str) else match.group(piece[0]) or ""
                for piece in pieces
            )
        except (re.error, IndexError) as error:
            raise SearchError(f"bad replacement {template!r}: {error}") from None


@lru_cache(maxsize=32)
def _template_pieces(template: str) -> tuple[str | tuple[int | str], ...] | None:
    """`template` split into literal text and group references, once (`re.Match.expand`
    parses the template again at every match: a third of a 300,000-match replace-all); None
    when it holds an escape other than `\\N` and `\\g<...>`, which `expand` handles."""
    pieces: list[str | tuple[int | str]] = []
    for found in _TEMPLATE_PIECE.finditer(template):
        name, digit, literal, other = found.groups()
        if other is not None:
            return None
        if literal is not None:
            pieces.append(literal)
        else:
            group = name if name is not None else digit
            pieces.append((int(group) if group.isdigit() else group,))
    return tuple(pieces)


@dataclass(frozen=True)
class Found:
    """A match from `start` to `end` (on one line); `wrapped` when the search went past the
    end (or the start, backwards) of the text to find it."""

    start: Pos
    end: Pos
    wrapped: bool = False


def _line_matches(pattern: re.Pattern[str], line: str) -> Iterator[tuple[int, int]]:
    """The non-empty matches in one line as (start, end) columns, left to right."""
    for match in pattern.finditer(line):
        if match.end() > match.start():
            yield match.start(), match.end()


def _first_from(pattern: re.Pattern[str], line: str, col: int) -> tuple[int, int] | None:
    """The first non-empty match starting at or after `col`."""
    while col <= len(line):
        match = pattern.search(line, col)
        if match is None:
            return None
        if match.end() > match.start():
            return match.start(), match.end()
        col = match.start() + 1
    return None


def _last_before(pattern: re.Pattern[str], line: str, col: int) -> tuple[int, int] | None:
    """The last non-empty match starting before `col`."""
    found = None
    for span in _line_matches(pattern, line):
        if span[0] >= col:
            break
        found = span
    return found


def _chunks(start: int, stop: int, backward: bool) -> Iterator[tuple[int, int]]:
    """Line ranges [a, b) of at most CHUNK_LINES covering [start, stop), in search order."""
    if backward:
        end = stop
        while end > start:
            yield max(start, end - CHUNK_LINES), end
            end -= CHUNK_LINES
    else:
        begin = start
        while begin < stop:
            yield begin, min(stop, begin + CHUNK_LINES)
            begin += CHUNK_LINES


def scan(
    text: TextBuffer, query: Query, start: Pos, backward: bool = False, wrap: bool = True
) -> Generator[int, None, Found | None]:
    """Find the first match after `start` (at or after it), or the last one before it with
    `backward`, going round the text when `wrap`. Yields the number of lines read so far after
    each chunk; returns the match or None."""
    pattern = query.pattern
    count = text.line_count
    start = text.clamp(start)
    # The start line first (from the cursor), then the rest in order, then round again.
    if backward:
        span = _last_before(pattern, text.line(start.line), start.col)
        passes = [(0, start.line, False), (start.line, count, True)]
    else:
        span = _first_from(pattern, text.line(start.line), start.col)
        passes = [(start.line + 1, count, False), (0, start.line + 1, True)]
    if span is not None:
        return Found(Pos(start.line, span[0]), Pos(start.line, span[1]))
    read = 1
    for first, stop, wrapped in passes if wrap else passes[:1]:
        for a, b in _chunks(first, stop, backward):
            lines = list(text.lines(a, b))
            order = range(len(lines) - 1, -1, -1) if backward else range(len(lines))
            for index in order:
                found = _pick(pattern, lines[index], backward)
                if found is not None:
                    number = a + index
                    return Found(Pos(number, found[0]), Pos(number, found[1]), wrapped)
            read += b - a
            yield read
    return None


def _pick(pattern: re.Pattern[str], line: str, backward: bool) -> tuple[int, int] | None:
    """The first (or last, `backward`) non-empty match of a whole line."""
    if backward:
        return _last_before(pattern, line, len(line) + 1)
    return _first_from(pattern, line, 0)


def find(
    text: TextBuffer, query: Query, start: Pos, backward: bool = False, wrap: bool = True
) -> Found | None:
    """`scan` run to the end in one go."""
    search = scan(text, query, start, backward, wrap)
    while True:
        try:
            next(search)
        except StopIteration as stop:
            return stop.value


def matches_in_lines(text: TextBuffer, query: Query, first: int, stop: int) -> list[tuple[Pos, Pos]]:
    """Every match in lines [first, stop), as (start, end), in order."""
    pattern = query.pattern
    result = []
    for number, line in enumerate(text.lines(first, stop), max(first, 0)):
        for a, b in _line_matches(pattern, line):
            result.append((Pos(number, a), Pos(number, b)))
    return result


def window_margin(query: Query) -> int:
    """How far beyond a window of columns `matches_in_windows` looks: a literal match is never
    longer than its text (one more column each side decides a whole word); a regular
    expression gets REGEX_MARGIN."""
    return REGEX_MARGIN if query.regex else len(query.text) + 1


def matches_in_windows(
    text: TextBuffer, query: Query, windows: Iterable[tuple[int, int, int]]
) -> list[tuple[Pos, Pos]]:
    """The matches reaching into the drawn columns [first, stop) of each (line, first, stop)
    window, in order (for the visible rows). Only the window and `window_margin` columns either
    side are searched, so a redraw of a long line costs what is drawn, not the line's length;
    `^`, `$` and look-arounds still see the whole line except `$` at the margin's end. A match
    starting more than the margin before the window, or longer than it, may be cut or missed."""
    pattern = query.pattern
    margin = window_margin(query)
    spans: dict[int, list[int]] = {}
    for number, first, stop in windows:
        span = spans.setdefault(number, [first, stop])
        span[0], span[1] = min(span[0], first), max(span[1], stop)
    result = []
    for number in sorted(spans):
        if not 0 <= number < text.line_count:
            continue
        line = text.line(number)
        first, stop = spans[number]
        begin = max(first - margin, 0)
        end = min(stop + margin, len(line))
        for match in pattern.finditer(line, begin, end):
            a, b = match.span()
            if b > a and b > first and a < max(stop, first + 1):
                result.append((Pos(number, a), Pos(number, b)))
    return result


def match_starts(text: TextBuffer, query: Query) -> list[Pos] | None:
    """Where every match starts, in order (for "3 of 17"), or None for a text longer than
    COUNT_LIMIT_LINES lines."""
    if text.line_count > COUNT_LIMIT_LINES:
        return None
    pattern = query.pattern
    return [
        Pos(number, a)
        for number, line in enumerate(text.lines(0, text.line_count))
        for a, _ in _line_matches(pattern, line)
    ]


def replacement(text: TextBuffer, query: Query, found: Found, template: str) -> str:
    """What replaces the match `found` (which must still be in the text)."""
    match = query.pattern.match(text.line(found.start.line), found.start.col)
    if match is None or match.end() != found.end.col:
        raise SearchError("the match is no longer there")
    return query.expand(match, template)


def replace_all_steps(
    text: TextBuffer, query: Query, template: str, start: Pos = Pos(0, 0), stop: Pos | None = None
) -> Generator[int, None, list[tuple[Pos, Pos, str]]]:
    """Find the (start, end, new text) of replacing every match starting in [start, stop) (to
    the end of the text without `stop`), reading the lines in chunks and yielding the number
    read after each, so a caller can spread the work over time and stop it; returns the
    changes in order."""
    pattern = query.pattern
    stop = text.end if stop is None else stop
    changes = []
    for a, b in _chunks(start.line, stop.line + 1, False):
        for number, line in enumerate(text.lines(a, b), a):
            begin = start.col if number == start.line else 0
            for match in pattern.finditer(line, begin):
                if number == stop.line and match.start() >= stop.col:
                    break
                if match.end() > match.start():
                    new = query.expand(match, template)
                    changes.append((Pos(number, match.start()), Pos(number, match.end()), new))
        yield b - start.line
    return changes


def replace_all_changes(text: TextBuffer, query: Query, template: str) -> list[tuple[Pos, Pos, str]]:
    """`replace_all_steps` run to the end in one go."""
    steps = replace_all_steps(text, query, template)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
