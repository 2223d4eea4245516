"""Selections: an anchor and a head (the cursor); empty when they are equal.

A view holds a tuple of selections, the first being the primary one. Positions are text
positions (`Pos`); the goal column for vertical movement is a display column kept by the view.
"""

from __future__ import annotations

from typing import NamedTuple

from editor.core.text import Pos


class Selection(NamedTuple):
    """A selected range from `anchor` to `head`; the cursor stands at `head`."""

    anchor: Pos
    head: Pos

    @classmethod
    def cursor(cls, pos: Pos) -> Selection:
        """An empty selection: just a cursor at `pos`."""
        return cls(pos, pos)

    @property
    def start(self) -> Pos:
        """The earlier end of the range."""
        return min(self.anchor, self.head)

    @property
    def end(self) -> Pos:
        """The later end of the range."""
        return max(self.anchor, self.head)

    @property
    def empty(self) -> bool:
        """True when nothing is selected (a plain cursor)."""
        return self.anchor == self.head


Selections = tuple[Selection, ...]
