"""Edits as data, and transactions that group them.

An `Edit` replaces the text at `start` that was `old` with `new` (both as fragments, see
`editor.core.text`), so it can always be inverted exactly. A `Transaction` is a list of edits
applied in order plus the selections before and after; undoing it applies the inverted edits in
reverse order and restores the selections from before.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.core.selection import Selection, Selections
from editor.core.text import Fragments, Pos, end_after


@dataclass(frozen=True)
class Edit:
    """Replace `old` at `start` with `new`."""

    start: Pos
    old: Fragments
    new: Fragments

    @property
    def old_end(self) -> Pos:
        """Where the replaced text ended."""
        return end_after(self.start, self.old)

    @property
    def new_end(self) -> Pos:
        """Where the new text ends."""
        return end_after(self.start, self.new)

    def inverted(self) -> Edit:
        """The edit that undoes this one."""
        return Edit(self.start, self.new, self.old)

    def map_pos(self, pos: Pos, follow: bool = False) -> Pos:
        """Where a position in the text before this edit is after it. Inside the replaced range
        it moves to the end of the new text; at the start it stays, unless `follow` (the
        editing cursor, which moves past what it inserted)."""
        if pos < self.start or (pos == self.start and not follow):
            return pos
        old_end = self.old_end
        new_end = self.new_end
        if pos < old_end:
            return new_end
        if pos.line == old_end.line:
            return Pos(new_end.line, new_end.col + pos.col - old_end.col)
        return Pos(pos.line + new_end.line - old_end.line, pos.col)


def map_selections(selections: Selections, edits: list[Edit], follow: bool = False) -> Selections:
    """Carry selections through a list of edits applied in order (see `Edit.map_pos`)."""
    result = []
    for selection in selections:
        anchor, head = selection
        for edit in edits:
            anchor, head = edit.map_pos(anchor, follow), edit.map_pos(head, follow)
        result.append(Selection(anchor, head))
    return tuple(result)


@dataclass
class Transaction:
    """Edits applied in order, with the selections before and after them."""

    edits: list[Edit]
    before: Selections
    after: Selections
    group: str = ""

    def inverted(self) -> Transaction:
        """The transaction that undoes this one."""
        return Transaction(
            [edit.inverted() for edit in reversed(self.edits)],
            self.after,
            self.before,
            self.group,
        )
