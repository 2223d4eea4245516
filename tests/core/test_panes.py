"""The pane tree: splitting, closing, directional focus and resizing."""

from __future__ import annotations

import pytest

from editor.core.document import Document
from editor.core.panes import Pane, PaneTree, Split
from editor.core.selection import Selection
from editor.core.text import Pos, TextBuffer
from editor.core.view import View


def tree() -> tuple[PaneTree, Pane]:
    first = Pane(View(Document(TextBuffer.from_text("one\ntwo\nthree\n"))))
    return PaneTree(first), first


def test_split_shows_the_same_buffer_at_the_same_place_with_its_own_cursor():
    layout, first = tree()
    first.view.set_selections((Selection.cursor(Pos(1, 2)),))
    first.view.top_line = 1
    second = layout.split(first, vertical=True)
    assert second.view.document is first.view.document
    assert second.view is not first.view
    assert second.view.cursor == Pos(1, 2) and second.view.top_line == 1
    second.view.set_selections((Selection.cursor(Pos(0, 0)),))
    assert first.view.cursor == Pos(1, 2)
    assert layout.panes() == [first, second]
    assert isinstance(layout.root, Split) and layout.root.vertical


def test_an_edit_in_one_pane_moves_the_other_panes_cursor_with_its_text():
    layout, first = tree()
    second = layout.split(first, vertical=False)
    second.view.set_selections((Selection.cursor(Pos(2, 1)),))
    first.view.document.apply_changes([(Pos(0, 0), Pos(0, 0), "new\n")], first.view.selections)
    assert second.view.cursor == Pos(3, 1)


def test_same_direction_splits_share_one_split_and_halve_the_room():
    layout, first = tree()
    second = layout.split(first, vertical=True)
    third = layout.split(second, vertical=True)
    assert isinstance(layout.root, Split)
    assert layout.root.children == [first, second, third]
    assert layout.root.weights == [1.0, 0.5, 0.5]


def test_close_gives_focus_to_a_neighbour_and_collapses_single_child_splits():
    layout, first = tree()
    second = layout.split(first, vertical=True)
    third = layout.split(second, vertical=False)
    assert layout.close(third) is second
    assert layout.panes() == [first, second]
    assert layout.close(first) is second
    assert layout.root is second
    assert layout.close(second) is None


def test_directional_focus_follows_the_tree():
    layout, left = tree()
    right = layout.split(left, vertical=True)
    below_right = layout.split(right, vertical=False)
    assert layout.neighbour(left, "right") is right
    assert layout.neighbour(below_right, "left") is left
    assert layout.neighbour(right, "down") is below_right
    assert layout.neighbour(below_right, "up") is right
    assert layout.neighbour(left, "left") is None
    assert layout.neighbour(left, "up") is None


def test_resize_moves_room_between_siblings_within_bounds():
    layout, first = tree()
    second = layout.split(first, vertical=False)
    assert layout.resize(first, vertical=False, delta=0.2)
    split = layout.root
    assert isinstance(split, Split)
    assert split.weights[0] / sum(split.weights) == pytest.approx(0.7)
    for _ in range(20):
        layout.resize(first, vertical=False, delta=0.2)
    assert split.weights[1] / sum(split.weights) == pytest.approx(0.1)
    assert not layout.resize(first, vertical=True, delta=0.1), "no side-by-side split to resize"
    assert second in layout.panes()


def test_a_pane_remembers_where_it_was_in_each_buffer():
    _, pane = tree()
    first = pane.view.document
    other = Document(TextBuffer.from_text("x\ny\n"))
    pane.view.set_selections((Selection.cursor(Pos(2, 3)),))
    pane.show(other)
    assert pane.view.document is other and pane.view.cursor == Pos(0, 0)
    pane.view.set_selections((Selection.cursor(Pos(1, 0)),))
    pane.show(first)
    assert pane.view.cursor == Pos(2, 3)
    pane.show(other)
    assert pane.view.cursor == Pos(1, 0)
    pane.forget(other)
    assert pane.show(other).cursor == Pos(0, 0)
