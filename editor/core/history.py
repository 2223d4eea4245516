"""Undo history as a tree of revisions, with a save point.

Revision 0 is the text as loaded. Each later revision stores the transaction that turns its
parent's text into its own. Undo moves to the parent (applying the inverse), redo moves to the
child visited last, so an undone branch stays reachable: making a new edit after an undo adds a
sibling instead of discarding anything. "Modified" is exact: it compares the current revision
with the one that was saved.

Revisions are numbered in the order they were made and each records when (from the history's
clock), so the whole tree can also be walked in time: `earlier`/`later` step through every
revision chronologically, undone branches included, and `goto` reaches any revision by the
shortest path (undo up to the common ancestor, then redo down).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from editor.core.edits import Transaction

Clock = Callable[[], float]

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_AMOUNT = re.compile(r"(\d+)([smhd]?)")


class AmountError(ValueError):
    """A history amount was neither a count nor a duration."""


@dataclass(frozen=True)
class Amount:
    """How far to move through the history: a number of steps, or of seconds."""

    steps: int = 0
    seconds: float | None = None


def parse_amount(text: str) -> Amount:
    """Parse a count ("3") or a duration ("10s", "2m", "1h", "1d")."""
    found = _AMOUNT.fullmatch(text.strip())
    if found is None:
        raise AmountError(
            f"not a count or a duration: {text!r} (use e.g. 3, 10s, 2m, 1h or 1d)"
        )
    number, unit = int(found.group(1)), found.group(2)
    if not unit:
        return Amount(steps=number)
    return Amount(seconds=number * _UNITS[unit])


@dataclass
class Revision:
    """A node of the undo tree."""

    parent: int
    transaction: Transaction | None
    time: float = 0.0
    children: list[int] = field(default_factory=list)
    last_child: int | None = None


class History:
    """The undo tree of one document; `clock` gives the time each revision is made."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        self.revisions: list[Revision] = [Revision(parent=0, transaction=None, time=clock())]
        self.current = 0
        self.saved: int | None = 0

    @property
    def modified(self) -> bool:
        """True when the text differs from the last saved (or loaded) revision."""
        return self.current != self.saved

    def mark_saved(self) -> None:
        """Record the current revision as the one on disk."""
        self.saved = self.current

    def mark_unsaved(self) -> None:
        """Forget the save point (the file on disk no longer matches any revision)."""
        self.saved = None

    def adopt(self, revisions: list[Revision], current: int, saved: int | None) -> None:
        """Take over a whole tree read back from an earlier session, standing at `current`
        (`editor.core.undo_store` checks the tree and that `current` is the text shown)."""
        self.revisions = revisions
        self.current = current
        self.saved = saved

    def commit(self, transaction: Transaction) -> None:
        """Add a transaction as a new child of the current revision and move to it."""
        number = len(self.revisions)
        self.revisions.append(
            Revision(parent=self.current, transaction=transaction, time=self.clock())
        )
        parent = self.revisions[self.current]
        parent.children.append(number)
        parent.last_child = number
        self.current = number

    def can_amend(self) -> bool:
        """Whether the current revision may absorb more edits (a leaf that is not saved)."""
        revision = self.revisions[self.current]
        return self.current != 0 and not revision.children and self.current != self.saved

    def touch(self) -> None:
        """Record that the current revision has just absorbed more edits."""
        self.revisions[self.current].time = self.clock()

    @property
    def last(self) -> Transaction | None:
        """The transaction that produced the current revision."""
        return self.revisions[self.current].transaction

    def undo(self) -> Transaction | None:
        """Step to the parent; return the transaction to apply, or None at the root."""
        if self.current == 0:
            return None
        revision = self.revisions[self.current]
        parent = self.revisions[revision.parent]
        parent.last_child = self.current
        self.current = revision.parent
        assert revision.transaction is not None
        return revision.transaction.inverted()

    def redo(self) -> Transaction | None:
        """Step to the child visited last; return its transaction, or None at a leaf."""
        child = self.revisions[self.current].last_child
        if child is None:
            return None
        self.current = child
        return self.revisions[child].transaction

    def merge_since(self, mark: int) -> bool:
        """Make the revisions added after revision `mark` one undo step; returns whether it did.

        Used for an insert session, or a change and what was typed after it. Only a straight run of
        the newest revisions can be merged."""
        chain: list[int] = []
        number = self.current
        while number != mark:
            if number <= mark:
                return False
            chain.append(number)
            number = self.revisions[number].parent
        chain.reverse()
        total = len(self.revisions)
        if len(chain) < 2 or chain != list(range(total - len(chain), total)):
            return False
        steps = [self.revisions[number].transaction for number in chain]
        edits = [edit for step in steps if step is not None for edit in step.edits]
        first, final = steps[0], steps[-1]
        assert first is not None and final is not None
        saved = self.saved
        del self.revisions[chain[0] :]
        base = self.revisions[mark]
        base.children.remove(chain[0])
        self.current = mark
        self.commit(Transaction(edits, first.before, final.after))
        if saved is not None and saved in chain:
            self.saved = self.current if saved == chain[-1] else None
        return True


    def path(self, target: int) -> tuple[list[int], list[int]]:
        """The shortest way from the current revision to `target`: the revisions to undo (in
        order, going up) and the ones to redo (in order, going down)."""
        if not 0 <= target < len(self.revisions):
            raise IndexError(f"no revision {target}")
        ancestors = set(self._lineage(self.current))
        downs: list[int] = []
        number = target
        while number not in ancestors:
            downs.append(number)
            number = self.revisions[number].parent
        common = number
        ups: list[int] = []
        number = self.current
        while number != common:
            ups.append(number)
            number = self.revisions[number].parent
        downs.reverse()
        return ups, downs

    def _lineage(self, number: int) -> list[int]:
        """`number` and its ancestors up to the root."""
        chain = [number]
        while number != 0:
            number = self.revisions[number].parent
            chain.append(number)
        return chain

    def goto(self, target: int) -> list[Transaction]:
        """Move to revision `target`; return the transactions to apply, in order. Redo then
        follows the way taken down."""
        ups, downs = self.path(target)
        steps: list[Transaction] = []
        for _ in ups:
            undone = self.undo()
            assert undone is not None
            steps.append(undone)
        for number in downs:
            self.revisions[self.current].last_child = number
            redone = self.redo()
            assert redone is not None
            steps.append(redone)
        return steps

    def earlier(self, steps: int) -> int:
        """The revision made `steps` revisions before the current one, in time order."""
        return max(self.current - steps, 0)

    def later(self, steps: int) -> int:
        """The revision made `steps` revisions after the current one, in time order."""
        return min(self.current + steps, len(self.revisions) - 1)

    def earlier_by(self, seconds: float) -> int:
        """The last revision made at or before `seconds` before the current one was made (the
        original text when there is none)."""
        return self._at(self.revisions[self.current].time - seconds)

    def later_by(self, seconds: float) -> int:
        """The last revision made at or before `seconds` after the current one was made."""
        return self._at(self.revisions[self.current].time + seconds)

    def _at(self, moment: float) -> int:
        """The newest revision made at or before `moment`, or the root when none was."""
        found = 0
        for number, revision in enumerate(self.revisions):
            if revision.time <= moment:
                found = number
        return found
