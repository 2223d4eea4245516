"""A document: text, undo history, file format and where it lives on disk.

Every change to the text goes through `Document.apply_changes`, `undo` or `redo`, which record it
in the history and tell listeners (views on the same document) what changed. Consecutive typing
merges into one undo step until a word starts after white space or another command runs. Edits
without a typing group merge until the next `seal()`, which the session calls before each
command: however many edits a command makes, it is one undo step. Many single-line changes at
once (a replace-all) are made a run of nearby lines at a time, so a million take about a second.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from editor.core.edits import Edit, Transaction, map_selections
from editor.core.encoding import FileFormat
from editor.core.history import History
from editor.core.selection import Selection, Selections
from editor.core.syntax import Syntax
from editor.core.text import Fragments, Pos, TextBuffer, end_after, split_fragments

_NEWLINES = re.compile(r"\r\n|\r|\n")
# From this many changes, all within single lines and not typing, `apply_changes` edits whole
# runs of lines at once (a replace-all over a large file), which keeps it about linear in the
# number of changes.
BULK_CHANGES = 256
# Changed lines at most this many lines apart are edited (and recorded) as one run.
_RUN_GAP = 4

Change = tuple[Pos, Pos, str]
Listener = Callable[["Document", Transaction], None]


class ReadOnlyBufferError(Exception):
    """An edit was attempted on a document opened with --readonly."""


@dataclass(frozen=True)
class DiskState:
    """What identifies the file's content on disk: changes here mean someone else wrote it."""

    mtime_ns: int
    size: int
    inode: int
    device: int

    @classmethod
    def of(cls, stat: os.stat_result) -> DiskState:
        """The disk state recorded in a stat result."""
        return cls(stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_dev)


class Document:
    """The text of one file (or an unnamed buffer) with its history and file facts."""

    def __init__(
        self,
        text: TextBuffer | None = None,
        path: Path | None = None,
        file_format: FileFormat | None = None,
    ) -> None:
        self.text = text if text is not None else TextBuffer()
        self.history = History()
        self.format = file_format or FileFormat()
        self.path = path
        self.disk: DiskState | None = None
        self.read_only_file = False
        self.locked = False
        self.notes: list[str] = []
        # The name of a buffer with no file, such as the "[keys]" cheat sheet.
        self.label: str | None = None
        # Settings for this document only (from .editorconfig), over the session's.
        self.settings: dict[str, Any] = {}
        self.syntax = Syntax(self.text)
        self._listeners: list[Listener] = []
        self._open_group: str | None = None
        self._steps = 0

    @property
    def name(self) -> str:
        """The name shown to the user: the file name, its label, or "[unnamed]"."""
        return self.path.name if self.path else self.label or "[unnamed]"

    @property
    def modified(self) -> bool:
        """True when the text differs from what is on disk."""
        return self.history.modified

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(document, transaction)` after every change to the text."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        self._listeners.remove(listener)

    def seal(self) -> None:
        """End the current undo step: the next edit starts a new one (not inside `single_step`)."""
        if not self._steps:
            self._open_group = None

    @contextmanager
    def single_step(self) -> Iterator[None]:
        """Make every edit inside one undo step, even across `seal()`: a command that runs other
        commands stays one step."""
        self.seal()
        self._steps += 1
        try:
            yield
        finally:
            self._steps -= 1
            self.seal()

    def normalise_newlines(self, text: str) -> str:
        """Give every line break in inserted text the document's own line ending."""
        if "\r" not in text and self.format.newline == "\n":
            return text
        return _NEWLINES.sub(self.format.newline, text)

    def apply_changes(
        self, changes: Sequence[Change], selections: Selections, group: str = ""
    ) -> Selections:
        """Replace non-overlapping ranges (given in the current text) as one undo step.

        Returns the selections carried through the change, with cursors moving past inserted
        text. `group` names a kind of typing ("insert", "delete") that merges with the previous
        step of the same kind.
        """
        if self.locked:
            raise ReadOnlyBufferError(f"{self.name} is opened read-only")
        ordered = sorted(changes, key=itemgetter(0))
        if _in_bulk(ordered, group):
            edits, after = self._apply_in_runs(ordered, selections)
        else:
            edits = []
            for start, end, new_text in reversed(ordered):
                new = split_fragments(self.normalise_newlines(new_text))
                old = self.text.replace(start, end, new)
                edits.append(Edit(start, old, new))
            after = map_selections(selections, edits, follow=True)
        transaction = Transaction(edits, selections, after, group)
        self._record(transaction)
        self._notify(transaction)
        return after

    def _record(self, transaction: Transaction) -> None:
        last = self.history.last
        if last is not None and self._joins(last, transaction):
            last.edits.extend(transaction.edits)
            last.after = transaction.after
            self.history.touch()
        else:
            self.history.commit(transaction)
        self._open_group = transaction.group

    def _joins(self, last: Transaction, transaction: Transaction) -> bool:
        """Whether `transaction` belongs to the same undo step as `last`, the current one."""
        if self._open_group is None or not self.history.can_amend():
            return False
        if self._steps:
            return True
        return (
            self._open_group == transaction.group == last.group
            and not _starts_word(last, transaction)
        )

    def _apply_in_runs(
        self, changes: list[Change], selections: Selections
    ) -> tuple[list[Edit], Selections]:
        """Apply many single-line changes (sorted, not overlapping) by replacing each run of
        nearby changed lines in one edit, from the top down; the edits record whole lines, so
        undo restores them exactly. Returns the edits and the selections carried through."""
        news = [_fragments(self.normalise_newlines(new)) for _, _, new in changes]
        after = _carry(self.text, changes, news, selections)
        edits: list[Edit] = []
        shift = index = 0
        while index < len(changes):
            first = last = changes[index][0].line
            stop = index
            while stop < len(changes) and changes[stop][0].line <= last + _RUN_GAP:
                last = changes[stop][0].line
                stop += 1
            old = self.text.fragments(
                Pos(first + shift, 0), Pos(last + shift, self.text.line_length(last + shift))
            )
            new = _run_text(old, first, changes[index:stop], news[index:stop])
            start = Pos(first + shift, 0)
            self.text.replace(start, end_after(start, old), new)
            edits.append(Edit(start, old, new))
            shift += len(new) - len(old)
            index = stop
        return edits, after

    def _replay(self, transaction: Transaction) -> Selections:
        _apply_edits(self.text, transaction.edits)
        self._notify(transaction)
        self.seal()
        return transaction.after

    def undo(self) -> Selections | None:
        """Undo one step; return the selections from before it, or None if nothing to undo."""
        if self.locked:
            raise ReadOnlyBufferError(f"{self.name} is opened read-only")
        transaction = self.history.undo()
        return None if transaction is None else self._replay(transaction)

    def redo(self) -> Selections | None:
        """Redo one step; return the selections after it, or None if nothing to redo."""
        if self.locked:
            raise ReadOnlyBufferError(f"{self.name} is opened read-only")
        transaction = self.history.redo()
        return None if transaction is None else self._replay(transaction)

    def goto(self, revision: int) -> Selections | None:
        """Bring the text to revision `revision` of the undo tree by the shortest path; return
        the selections it had there, or None if it is already there."""
        if self.locked:
            raise ReadOnlyBufferError(f"{self.name} is opened read-only")
        steps = self.history.goto(revision)
        selections = None
        for transaction in steps:
            selections = self._replay(transaction)
        return selections

    def earlier(self, steps: int) -> Selections | None:
        """Go `steps` revisions back in the order they were made (undone branches too)."""
        return self.goto(self.history.earlier(steps))

    def later(self, steps: int) -> Selections | None:
        """Go `steps` revisions forward in the order they were made."""
        return self.goto(self.history.later(steps))

    def earlier_by(self, seconds: float) -> Selections | None:
        """Go to the text as it was `seconds` before the current revision was made."""
        return self.goto(self.history.earlier_by(seconds))

    def later_by(self, seconds: float) -> Selections | None:
        """Go to the text as it was `seconds` after the current revision was made."""
        return self.goto(self.history.later_by(seconds))

    def _notify(self, transaction: Transaction) -> None:
        for listener in list(self._listeners):
            listener(self, transaction)


def _in_bulk(changes: list[Change], group: str) -> bool:
    """Whether `apply_changes` takes the bulk path for these changes: many, each within a
    line, and not typing (whose undo steps look at the text each edit inserted)."""
    return (
        not group
        and len(changes) >= BULK_CHANGES
        and all(start.line == end.line for start, end, _ in changes)
    )


def _fragments(text: str) -> Fragments:
    """`split_fragments`, quicker for the usual text with no line break."""
    return split_fragments(text) if "\n" in text or "\r" in text else (text,)


def _run_text(
    old: Fragments, first: int, changes: list[Change], news: list[Fragments]
) -> Fragments:
    """The fragments of lines `old` (from line `first`; the last without its ending) once the
    single-line `changes`, with their new texts split as `news`, are made."""
    result: list[str] = []
    pending = ""
    line, col = first, 0
    for (start, end, _), new in zip(changes, news):
        if start.line != line:
            result.append(pending + old[line - first][col:])
            result.extend(old[line - first + 1 : start.line - first])
            pending, line, col = "", start.line, 0
        pending += old[line - first][col : start.col] + new[0]
        if len(new) > 1:
            result.append(pending)
            result.extend(new[1:-1])
            pending = new[-1]
        col = end.col
    result.append(pending + old[line - first][col:])
    result.extend(old[line - first + 1 :])
    return tuple(result)


def _carry(
    text: TextBuffer, changes: list[Change], news: list[Fragments], selections: Selections
) -> Selections:
    """`map_selections` (following) through sorted single-line changes, without visiting each:
    a position moves only by the line breaks added before its line, plus the changes on it."""
    starts = [start for start, _, _ in changes]
    added = [0]
    for new in news:
        added.append(added[-1] + len(new) - 1)

    def carry(pos: Pos) -> Pos:
        index = bisect_right(starts, pos)
        while index > 0:
            start, end, _ = changes[index - 1]
            if end.line < pos.line:
                break
            index -= 1
            pos = Edit(start, text.fragments(start, end), news[index]).map_pos(pos, follow=True)
        return Pos(pos.line + added[index], pos.col)

    return tuple(Selection(carry(s.anchor), carry(s.head)) for s in selections)


def _apply_edits(text: TextBuffer, edits: list[Edit]) -> None:
    """Apply `edits` in order. A stretch of edits going up the text on separate lines is applied
    from the top down instead (each moved by the lines the ones above it added), which is the
    same change but keeps a large text's line store cheap to edit."""
    index = 0
    while index < len(edits):
        stop = index + 1
        while stop < len(edits) and edits[stop].old_end.line < edits[stop - 1].start.line:
            stop += 1
        shift = 0
        for edit in reversed(edits[index:stop]):
            start = Pos(edit.start.line + shift, edit.start.col)
            text.replace(start, end_after(start, edit.old), edit.new)
            shift += len(edit.new) - len(edit.old)
        index = stop


def _starts_word(previous: Transaction, current: Transaction) -> bool:
    """Typing a word after white space starts a new undo step."""
    if current.group != "insert" or not previous.edits or not current.edits:
        return False
    before = "".join(previous.edits[-1].new)
    typed = "".join(current.edits[0].new)
    return bool(before) and bool(typed) and before[-1].isspace() and not typed[0].isspace()
