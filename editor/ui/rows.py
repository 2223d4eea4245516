"""Drawing one screen row of text: cells, styles and the map between columns and characters.

A row shows code points [start, end) of a line, clipped to display columns [left, right)
counted from `origin` (the line start without wrap, the row start with wrap). Each character is
drawn as itself, as spaces (tabs, wide characters cut by the edge) or as a visible escape.
prompt_toolkit places the cursor and reports clicks by drawn character, so the row also records
where each code point's drawing starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.styles.pygments import pygments_token_to_classname

from editor.core.cells import advance, char_display, column_at, display_column

WHITESPACE_MARKS = {" ": "·", "\t": "→"}


@dataclass
class RowStyle:
    """What decorates a row besides the syntax colours."""

    cursor_line: bool = False
    selected: Sequence[tuple[int, int]] = ()  # code-point ranges, end -1 = past the line end
    brackets: Sequence[int] = ()  # code-point columns of highlighted brackets
    whitespace: bool = False
    ruler: int | None = None  # display column (from origin) to mark, if any
    matches: Sequence[tuple[int, int]] = ()  # code-point ranges of search matches
    current_match: tuple[int, int] | None = None  # the match that is selected, if on this row
    cursors: Sequence[int] = ()  # code-point columns of secondary cursors (may be the line's end)


@dataclass
class DrawnRow:
    """A row's fragments and, for each drawn code point, the character offset it starts at."""

    fragments: StyleAndTextTuples = field(default_factory=list)
    offsets: list[tuple[int, int]] = field(default_factory=list)  # (code point, char offset)
    length: int = 0  # characters drawn for text (not counting padding)

    def offset_of(self, col: int) -> int:
        """The character offset where code point `col` is drawn (the end when past it)."""
        for index, offset in self.offsets:
            if index >= col:
                return offset
        return self.length

    def col_at(self, offset: int, fallback: int) -> int:
        """The code point drawn at character offset `offset` (`fallback` past the end)."""
        previous = None
        for index, start in self.offsets:
            if start > offset:
                return previous if previous is not None else index
            previous = index
        if previous is not None and offset < self.length:
            return previous
        return fallback


def token_classes(tokens: Sequence[tuple[object, str]]) -> list[str]:
    """The style class of each code point covered by `tokens`."""
    classes: list[str] = []
    for token_type, value in tokens:
        name = "class:" + pygments_token_to_classname(token_type)  # type: ignore[arg-type]
        classes.extend([name] * len(value))
    return classes


def draw_row(
    line: str,
    start: int,
    end: int,
    left: int,
    width: int,
    tab: int,
    classes: Sequence[str],
    decor: RowStyle,
    wrapped: bool,
) -> DrawnRow:
    """Fragments for code points [start, end) of `line` between display columns `left` and
    `left + width`, padded to the full width. `classes` holds one syntax class per code point
    from `start`."""
    drawn = DrawnRow()
    right = left + width
    if wrapped:
        segment, first, column = line[start:end], 0, 0
        base = start
    else:
        first = column_at(line, left, tab) if left else 0
        column = display_column(line, first, tab) if first else 0
        segment, base = line, 0
    # The cursor line's background goes over the text's, under everything else.
    line_style = "class:text class:cursor-line" if decor.cursor_line else "class:text"
    # Code points where a run of plain characters must end: a bracket, a selection or match edge.
    breaks = {*decor.brackets, *(edge for pair in decor.selected for edge in pair if edge >= 0)}
    breaks.update(edge for pair in decor.matches for edge in pair)
    breaks.update(decor.cursors)
    plain_max = "~" if decor.whitespace else " "  # the lowest plain character is "!" or " "
    index = first
    while index < len(segment):
        if column >= right:
            break
        ch = segment[index]
        col = base + index
        plain = plain_max <= ch <= "~" if ch == " " else "!" <= ch <= "~"
        if plain and column >= left and column != decor.ruler and col not in breaks:
            # Fast path: a run of printable ASCII characters, one cell each, in one style.
            run = _plain_run(segment, index, right - column, classes, col - start, breaks, base, column, decor.ruler, plain_max)
            syntax = classes[col - start] if 0 <= col - start < len(classes) else ""
            style = _compose(line_style, syntax, "", col, decor)
            drawn.offsets.extend((col + k, drawn.length + k) for k in range(run))
            _append(drawn.fragments, style, segment[index : index + run])
            drawn.length += run
            column += run
            index += run
            continue
        index += 1
        following = advance(ch, column, tab)
        escaped = False
        if decor.whitespace and ch in WHITESPACE_MARKS:
            shown = WHITESPACE_MARKS[ch] + " " * (following - column - 1)
            kind = "class:whitespace"
        elif ch == "\t":
            shown, kind = " " * (following - column), ""
        else:
            shown, _, escaped = char_display(ch)
            kind = "class:escape" if escaped else ""
        if column < left or following > right:
            shown = " " * (min(following, right) - max(column, left))
        syntax = classes[col - start] if 0 <= col - start < len(classes) else ""
        style = _compose(line_style, syntax, kind, col, decor)
        if decor.ruler is not None and column <= decor.ruler < following:
            style += " class:ruler"
        drawn.offsets.append((col, drawn.length))
        _append(drawn.fragments, style, shown)
        drawn.length += len(shown)
        column = following
    past_end = any(b < 0 for _, b in decor.selected)
    tail = "class:selection" if past_end else line_style
    if base + index >= len(line) and len(line) in decor.cursors:
        tail += " class:cursor.secondary"
    _append(drawn.fragments, tail, " ")
    column = max(column, left) + 1
    while column < right:
        style = line_style
        if decor.ruler is not None and column == decor.ruler:
            style += " class:ruler"
        _append(drawn.fragments, style, " ")
        column += 1
    return drawn


def _plain_run(
    segment: str,
    index: int,
    room: int,
    classes: Sequence[str],
    at: int,
    breaks: set[int],
    base: int,
    column: int,
    ruler: int | None,
    plain_max: str,
) -> int:
    """How many characters from `index` (at least one) can be drawn as one fragment: plain
    ASCII, one syntax class, no bracket, selection edge or ruler column inside, within `room`."""
    syntax = classes[at] if 0 <= at < len(classes) else ""
    limit = min(len(segment), index + room)
    if ruler is not None and column < ruler:
        limit = min(limit, index + ruler - column)
    end = index + 1
    while end < limit:
        ch = segment[end]
        if not ("!" <= ch <= "~" or (ch == " " and plain_max == " ")):
            break
        offset = at + end - index
        if (classes[offset] if 0 <= offset < len(classes) else "") != syntax or base + end in breaks:
            break
        end += 1
    return end - index


def _compose(line_style: str, syntax: str, kind: str, col: int, decor: RowStyle) -> str:
    """The style of one character: line background, syntax colour, then what overrides it."""
    style = f"{line_style} {syntax} {kind}".rstrip()
    if col in decor.brackets:
        style += " class:bracket"
    if any(a <= col < b for a, b in decor.matches):
        style += " class:search"
    if any(a <= col and (b < 0 or col < b) for a, b in decor.selected):
        style += " class:selection"
    current = decor.current_match
    if current is not None and current[0] <= col < current[1]:
        style += " class:search.current"
    if col in decor.cursors:
        style += " class:cursor.secondary"
    return style


def _append(fragments: StyleAndTextTuples, style: str, text: str) -> None:
    """Add text, merging it into the last fragment when the style is the same."""
    if fragments and fragments[-1][0] == style:
        fragments[-1] = (style, fragments[-1][1] + text)
    else:
        fragments.append((style, text))
