"""Multiple cursors: merging overlapping selections, finding where to add the next one.

A view's selections are a tuple whose first member is the primary selection (the one the view
scrolls to and the status line shows); the others are secondary. These are pure functions of
the text and the selections. Selected text that crosses lines is looked for with
`editor.core.multiline`, the rest with the line-by-line search of `editor.core.search`.
"""

from __future__ import annotations

from itertools import chain

from editor.core.cells import column_at
from editor.core.multiline import matches_from, needle_lines
from editor.core.search import Query, find, matches_in_lines
from editor.core.selection import Selection, Selections
from editor.core.text import Pos, TextBuffer


def _overlaps(first: Selection, second: Selection) -> bool:
    """Whether `second` (starting at or after `first`) must merge into `first`: it starts
    inside it, at the same place, or is a cursor at its end."""
    return (
        second.start < first.end
        or second.start == first.start
        or (second.start == first.end and second.empty)
    )


def merge(selections: Selections) -> Selections:
    """Join overlapping selections; the one holding the primary stays first and keeps its
    direction, the others keep their order."""
    order = sorted(range(len(selections)), key=lambda i: (selections[i].start, selections[i].end))
    groups: list[list[int]] = []
    for index in order:
        if groups and _overlaps(_span(selections, groups[-1]), selections[index]):
            groups[-1].append(index)
        else:
            groups.append([index])
    if len(groups) == len(selections):
        return selections
    merged: list[tuple[int, Selection]] = []
    for group in groups:
        leader = min(group)
        span = _span(selections, group)
        if selections[leader].head < selections[leader].anchor:
            span = Selection(span.head, span.anchor)
        merged.append((leader, span))
    merged.sort(key=lambda item: item[0])
    return tuple(selection for _, selection in merged)


def _span(selections: Selections, group: list[int]) -> Selection:
    """The forward selection covering every member of `group`."""
    return Selection(
        min(selections[i].start for i in group), max(selections[i].end for i in group)
    )


def in_order(selections: Selections) -> list[Selection]:
    """The selections in text order."""
    return sorted(selections, key=lambda s: (s.start, s.end))


def with_primary(primary: Selection, selections: Selections) -> Selections:
    """`primary` first, then the others, merged."""
    return merge((primary, *selections))


def next_match(text: TextBuffer, needle: str, selections: Selections) -> Selection | None:
    """The next occurrence of `needle` (case-sensitive) after the primary selection, going
    round the text, that is not selected yet; None when there is none."""
    lines = needle_lines(needle)
    if len(lines) > 1:
        return _next_lines_match(text, lines, selections)
    taken = {(s.start, s.end) for s in selections}
    query = Query(needle, case="sensitive")
    start = selections[0].end
    for _ in range(len(taken) + 1):
        found = find(text, query, start)
        if found is None:
            return None
        if (found.start, found.end) not in taken:
            return Selection(found.start, found.end)
        start = found.end
    return None


def _next_lines_match(
    text: TextBuffer, lines: tuple[str, ...], selections: Selections
) -> Selection | None:
    """`next_match` for a needle of several lines: the first occurrence after the primary
    selection, then from the top back to it, that overlaps no selection."""
    start = selections[0].end
    after = matches_from(text, lines, start, text.line_count)
    before = matches_from(text, lines, Pos(0, 0), start.line + 1)
    for first, last in chain(after, before):
        if not any(s.start < last and first < s.end for s in selections):
            return Selection(first, last)
    return None


def all_matches(text: TextBuffer, query: Query) -> list[Selection]:
    """A selection over every match of `query` in the text, in order."""
    return [Selection(a, b) for a, b in matches_in_lines(text, query, 0, text.line_count)]


def all_occurrences(text: TextBuffer, needle: str) -> list[Selection]:
    """A selection over every occurrence (case-sensitive, not overlapping) of `needle`, which
    may cross lines, in order."""
    lines = needle_lines(needle)
    if len(lines) == 1:
        return all_matches(text, Query(needle, case="sensitive"))
    return [Selection(a, b) for a, b in matches_from(text, lines, Pos(0, 0), text.line_count)]


def cursor_beside(text: TextBuffer, pos: Pos, lines: int, goal: int, tab: int) -> Pos | None:
    """The position `lines` lines away from `pos` at display column `goal` (or the line's
    end when it is shorter); None past the first or last line."""
    line = pos.line + lines
    if not 0 <= line < text.line_count:
        return None
    return Pos(line, column_at(text.line(line), goal, tab))
