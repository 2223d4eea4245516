"""Screen rows, soft wrap and scrolling (editor/core/viewport.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.cells import display_column
from editor.core.document import Document
from editor.core.session import DEFAULT_SETTINGS
from editor.core.text import Pos, TextBuffer
from editor.core.view import View
from editor.core.viewport import LONG_LINE, Viewport, row_starts


def viewport(text: str, width: int = 10, height: int = 5, **settings) -> Viewport:
    view = View(Document(TextBuffer.from_text(text)))
    view.width, view.height = width, height
    return Viewport(view, {**DEFAULT_SETTINGS, "scroll_margin": 0, "wrap": True, **settings})


def test_wrap_breaks_at_the_width_counting_cells():
    assert row_starts("abcdefghij" * 2, 10, 4) == [0, 10]
    assert row_starts("abcdefghijk", 10, 4) == [0, 10]
    assert row_starts("", 10, 4) == [0]
    # A wide character that would straddle the edge starts the next row.
    assert row_starts("abcdefghi日本", 10, 4) == [0, 9]
    # A tab advances to the next stop within its row.
    assert row_starts("ab\tcdefghij", 10, 4) == [0, 9]


@given(st.text(alphabet="ab\t日\u0301 ", max_size=60), st.integers(min_value=2, max_value=12))
def test_every_row_fits_the_width_and_rows_cover_the_line(line, width):
    starts = row_starts(line, width, 4)
    assert starts[0] == 0 and starts == sorted(set(starts))
    ends = [*starts[1:], len(line)]
    for start, end in zip(starts, ends):
        assert display_column(line[start:end], end - start, 4) <= max(width, 4)


def test_long_lines_wrap_by_count_without_measuring():
    line = "x" * (LONG_LINE + 5)
    starts = row_starts(line, 80, 4)
    assert starts[:3] == [0, 80, 160] and starts[-1] == (len(line) - 1) // 80 * 80


def test_rows_start_at_the_views_top_row():
    port = viewport("0123456789abcdefghij\nshort\n")
    port.view.top_row = 1
    rows = port.rows(5)
    assert [(r.line, r.start, r.end) for r in rows] == [(0, 10, 20), (1, 0, 5), (2, 0, 0)]
    assert [r.first for r in rows] == [False, True, True]


def test_scrolling_down_through_a_wrapped_line_keeps_the_cursor_on_screen():
    port = viewport("a" * 50 + "\nb\n", height=3)
    port.scroll_to(Pos(0, 45))
    assert (port.view.top_line, port.view.top_row) == (0, 2)
    port.scroll_to(Pos(1, 0))
    assert (port.view.top_line, port.view.top_row) == (0, 3)
    port.scroll_to(Pos(0, 0))
    assert (port.view.top_line, port.view.top_row) == (0, 0)


def test_scroll_margin_keeps_lines_around_the_cursor():
    port = viewport("\n".join(str(i) for i in range(100)), height=10, wrap=False, scroll_margin=3)
    port.scroll_to(Pos(7, 0))
    assert port.view.top_line == 1
    port.scroll_to(Pos(50, 0))
    assert port.view.top_line == 44
    port.scroll_to(Pos(45, 0))
    assert port.view.top_line == 42
    port.scroll_to(Pos(99, 0))
    assert port.view.top_line == 90, "the margin does not scroll past the end"


def test_horizontal_scroll_without_wrap():
    port = viewport("x" * 100, width=20, wrap=False)
    port.scroll_to(Pos(0, 50))
    assert port.view.left_column <= 50 < port.view.left_column + 20
    port.scroll_to(Pos(0, 0))
    assert port.view.left_column == 0


def test_screen_moves_go_through_wrapped_rows_keeping_the_column():
    port = viewport("0123456789abcdefghijKLM\nxy\n")
    assert port.screen_move(Pos(0, 3), 1, 3) == Pos(0, 13)
    assert port.screen_move(Pos(0, 13), 1, 3) == Pos(0, 23)
    assert port.screen_move(Pos(0, 23), 1, 3) == Pos(1, 2)
    assert port.screen_move(Pos(1, 2), -1, 3) == Pos(0, 23)
    assert port.screen_move(Pos(0, 3), -1, 3) == Pos(0, 3), "top of the file"


def test_screen_moves_without_wrap_move_by_lines():
    port = viewport("abc\nd\nefgh\n", wrap=False)
    assert port.screen_move(Pos(0, 3), 1, 3) == Pos(1, 1)
    assert port.screen_move(Pos(1, 1), 1, 3) == Pos(2, 3)
