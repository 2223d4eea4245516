"""Undo history as a tree of revisions, with a save point.

Revision 0 is the text as loaded. Each later revision stores the transaction that turns its
parent's text into its own. Undo moves to the parent (applying the inverse), redo moves to the
child visited last, so an undone branch stays reachable: making a new edit after an undo adds a
sibling instead of discarding anything. "Modified" is exact: it compares the current revision
with the one that was saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.core.edits import Transaction


@dataclass
class Revision:
    """A node of the undo tree."""

    parent: int
    transaction: Transaction | None
    children: list[int] = field(default_factory=list)
    last_child: int | None = None


class History:
    """The undo tree of one document."""

    def __init__(self) -> None:
        self.revisions: list[Revision] = [Revision(parent=0, transaction=None)]
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

    def commit(self, transaction: Transaction) -> None:
        """Add a transaction as a new child of the current revision and move to it."""
        number = len(self.revisions)
        self.revisions.append(Revision(parent=self.current, transaction=transaction))
        parent = self.revisions[self.current]
        parent.children.append(number)
        parent.last_child = number
        self.current = number

    def can_amend(self) -> bool:
        """Whether the current revision may absorb more edits (a leaf that is not saved)."""
        revision = self.revisions[self.current]
        return self.current != 0 and not revision.children and self.current != self.saved

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

