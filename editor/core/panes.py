"""The pane layout: a tree of splits whose leaves are panes, each showing one view.

A `Split` lays its children out side by side (`vertical`, like vim's :vsplit) or stacked, each
child with a relative weight that resizing changes. A `Pane` shows one `View` and remembers the
views of buffers it showed before, so switching back restores that buffer's cursor and scroll.
Directional focus is worked out from the tree alone, so it needs no screen geometry.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from editor.core.document import Document
from editor.core.view import View

Direction = Literal["left", "right", "up", "down"]
MIN_WEIGHT = 0.1
_ids = itertools.count(1)


class Pane:
    """One window onto a buffer."""

    def __init__(self, view: View) -> None:
        self.id = next(_ids)
        self.view = view
        self.parent: Split | None = None
        self._remembered: dict[int, View] = {id(view.document): view}

    def show(self, document: Document) -> View:
        """Show `document` here, with the cursor where this pane last left it."""
        view = self._remembered.get(id(document))
        if view is None:
            view = View(document)
            self._remembered[id(document)] = view
        self.view = view
        return view

    def forget(self, document: Document) -> None:
        """Drop the remembered view of a closed buffer."""
        view = self._remembered.pop(id(document), None)
        if view is not None:
            view.close()

    def close(self) -> None:
        """Stop every remembered view following its document."""
        for view in self._remembered.values():
            view.close()
        self._remembered.clear()


@dataclass
class Split:
    """Children laid out side by side (`vertical`) or stacked, with relative weights."""

    vertical: bool
    children: list[Pane | Split] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    parent: Split | None = None

    def adopt(self, index: int, child: Pane | Split, weight: float) -> None:
        """Insert `child` at `index` with `weight`."""
        self.children.insert(index, child)
        self.weights.insert(index, weight)
        child.parent = self


class PaneTree:
    """All panes of a session and the split structure between them."""

    def __init__(self, first: Pane) -> None:
        self.root: Pane | Split = first

    def panes(self) -> list[Pane]:
        """Every pane, left to right and top to bottom."""
        return list(_leaves(self.root))

    def split(self, pane: Pane, vertical: bool) -> Pane:
        """Split `pane` in two; the new pane (right or below) shows the same buffer at the
        same place, with its own cursor and scroll position."""
        view = View(pane.view.document)
        view.set_selections(pane.view.selections)
        view.top_line, view.left_column = pane.view.top_line, pane.view.left_column
        new = Pane(view)
        parent = pane.parent
        if parent is not None and parent.vertical == vertical:
            index = parent.children.index(pane)
            half = parent.weights[index] / 2
            parent.weights[index] = half
            parent.adopt(index + 1, new, half)
            return new
        split = Split(vertical)
        self._replace(pane, split)
        split.adopt(0, pane, 1.0)
        split.adopt(1, new, 1.0)
        return new

    def close(self, pane: Pane) -> Pane | None:
        """Remove `pane`; return the pane that should take focus (None if it was the last)."""
        parent = pane.parent
        if parent is None:
            return None
        index = parent.children.index(pane)
        parent.children.pop(index)
        parent.weights.pop(index)
        pane.parent = None
        pane.close()
        neighbour = parent.children[min(index, len(parent.children) - 1)]
        if len(parent.children) == 1:
            self._replace(parent, neighbour)
        return _first_leaf(neighbour) if index == 0 else _last_leaf(neighbour)

    def neighbour(self, pane: Pane, direction: Direction) -> Pane | None:
        """The pane next to `pane` in `direction`, or None at the edge of the screen."""
        vertical = direction in ("left", "right")
        step = 1 if direction in ("right", "down") else -1
        node: Pane | Split = pane
        while node.parent is not None:
            parent = node.parent
            index = parent.children.index(node) + step
            if parent.vertical == vertical and 0 <= index < len(parent.children):
                target = parent.children[index]
                return _first_leaf(target) if step > 0 else _last_leaf(target)
            node = parent
        return None

    def resize(self, pane: Pane, vertical: bool, delta: float) -> bool:
        """Grow (delta > 0) or shrink `pane` along the nearest split of that orientation, taking
        the room from or giving it to its siblings; False when there is no such split."""
        node: Pane | Split = pane
        while node.parent is not None and node.parent.vertical != vertical:
            node = node.parent
        parent = node.parent
        if parent is None:
            return False
        index = parent.children.index(node)
        total = sum(parent.weights)
        others = total - parent.weights[index]
        share = parent.weights[index] / total + delta
        share = min(max(share, MIN_WEIGHT), 1 - MIN_WEIGHT * (len(parent.children) - 1))
        for i, weight in enumerate(parent.weights):
            if i == index:
                parent.weights[i] = share * total
            else:
                parent.weights[i] = weight / others * (1 - share) * total
        return True

    def _replace(self, old: Pane | Split, new: Pane | Split) -> None:
        """Put `new` where `old` is in the tree."""
        parent = old.parent
        new.parent = parent
        if parent is None:
            self.root = new
        else:
            parent.children[parent.children.index(old)] = new
        old.parent = None


def _leaves(node: Pane | Split) -> Iterator[Pane]:
    if isinstance(node, Pane):
        yield node
    else:
        for child in node.children:
            yield from _leaves(child)


def _first_leaf(node: Pane | Split) -> Pane:
    while isinstance(node, Split):
        node = node.children[0]
    return node


def _last_leaf(node: Pane | Split) -> Pane:
    while isinstance(node, Split):
        node = node.children[-1]
    return node
