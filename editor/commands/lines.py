"""Everyday line and word commands: comment toggle, duplicate, move, join, sort, case, trim,
matching bracket, and selecting a word, a line or a growing text object.

Each command works on every selection of the view, builds its changes with the pure functions
of `editor.core.linetools`, `editor.core.comments` and `editor.core.textobjects`, and applies
them in one `Document.apply_changes` call, so it is one undo step.
"""

from __future__ import annotations

from editor.core.brackets import matching_bracket
from editor.core.commands import CommandError, command
from editor.core.comments import comment_syntax, toggle_comment
from editor.core.document import Change
from editor.core.linetools import (
    Case,
    change_case,
    join_lines,
    merge_blocks,
    selection_lines,
    shift_selection,
    sort_lines,
    trim_trailing,
    word_range,
)
from editor.core.selection import Selection, Selections
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer, end_after, split_fragments
from editor.core.textobjects import expand


def _blocks(session: Session, touching: bool = True) -> list[range]:
    """The merged line blocks of the view's selections."""
    return merge_blocks((selection_lines(s) for s in session.view.selections), touching)


def _block_change(text: TextBuffer, block: range, lines: list[str]) -> Change:
    """Replace the text of the lines in `block` (not the last one's ending) with `lines`."""
    last = block.stop - 1
    return Pos(block.start, 0), Pos(last, text.line_length(last)), "\n".join(lines)


def _apply(session: Session, changes: list[Change], after: Selections) -> None:
    """Apply the changes as one undo step, then place the selections."""
    if changes:
        view = session.view
        view.document.apply_changes(changes, view.selections)
        view.set_selections(after)


@command("edit.toggle_comment")
def toggle_comment_lines(session: Session) -> None:
    """Comment or uncomment the selected lines (or the current line)."""
    document = session.document
    syntax = comment_syntax(document.syntax.language)
    if syntax is None:
        raise CommandError(f"No comment syntax known for {document.syntax.label}")
    text = document.text
    changes: list[Change] = []
    before = session.view.selections
    shifts: dict[int, tuple[int, int]] = {}
    for block in _blocks(session, touching=False):
        old = list(text.lines(block.start, block.stop))
        new = toggle_comment(old, syntax)
        for number, (was, now) in enumerate(zip(old, new), block.start):
            if was != now:
                shifts[number] = _edit_point(was, now)
        if new != old:
            changes.append(_block_change(text, block, new))

    def carry(pos: Pos) -> Pos:
        at, delta = shifts.get(pos.line, (0, 0))
        if pos.col > at or (pos.col == at > 0 and delta > 0):
            return Pos(pos.line, max(at, pos.col + delta))
        return pos

    _apply(session, changes, tuple(Selection(carry(s.anchor), carry(s.head)) for s in before))


def _edit_point(was: str, now: str) -> tuple[int, int]:
    """Where a line's comment tokens went in or out (after the common prefix) and how far the
    text after that point moved."""
    at = 0
    while at < min(len(was), len(now)) and was[at] == now[at]:
        at += 1
    if len(now) > len(was):
        found = now.find(was[at:], at)
        return at, (found - at if found >= 0 else len(now) - len(was))
    found = was.find(now[at:], at)
    return at, (at - found if found >= 0 else len(now) - len(was))


@command("edit.duplicate_line")
def duplicate_line(session: Session) -> None:
    """Copy the lines of each selection below them; the selections move to the copies."""
    text = session.document.text
    blocks = _blocks(session, touching=False)
    changes: list[Change] = []
    for block in blocks:
        lines = "\n".join(text.lines(block.start, block.stop))
        if block.stop < text.line_count:
            changes.append((Pos(block.start, 0), Pos(block.start, 0), lines + "\n"))
        else:
            end = Pos(block.stop - 1, text.line_length(block.stop - 1))
            changes.append((end, end, "\n" + lines))

    def added_by(selection: Selection) -> int:
        return sum(len(b) for b in blocks if b.start <= selection.start.line)

    after = tuple(shift_selection(s, added_by(s)) for s in session.view.selections)
    _apply(session, changes, after)


def _move(session: Session, up: bool) -> None:
    """Swap each block of selected lines with the line above or below it; nothing moves when
    a block is already at that end of the text."""
    text = session.document.text
    blocks = _blocks(session)
    if (up and blocks[0].start == 0) or (not up and blocks[-1].stop >= text.line_count):
        return
    changes = []
    for block in blocks:
        if up:
            span = range(block.start - 1, block.stop)
            lines = list(text.lines(span.start, span.stop))
            lines = lines[1:] + lines[:1]
        else:
            span = range(block.start, block.stop + 1)
            lines = list(text.lines(span.start, span.stop))
            lines = lines[-1:] + lines[:-1]
        changes.append(_block_change(text, span, lines))
    step = -1 if up else 1
    after = tuple(shift_selection(s, step) for s in session.view.selections)
    _apply(session, changes, after)


@command("edit.move_line_up")
def move_line_up(session: Session) -> None:
    """Move the lines of each selection up one line; the selections move with them."""
    _move(session, up=True)


@command("edit.move_line_down")
def move_line_down(session: Session) -> None:
    """Move the lines of each selection down one line; the selections move with them."""
    _move(session, up=False)


@command("edit.join_lines")
def join(session: Session) -> None:
    """Join the selected lines, or the current line and the next, with one space."""
    text = session.document.text
    blocks = []
    for selection in session.view.selections:
        lines = selection_lines(selection)
        if len(lines) == 1:
            lines = range(lines.start, lines.stop + 1)
        blocks.append(range(lines.start, min(lines.stop, text.line_count)))
    changes: list[Change] = []
    after: list[Selection] = []
    removed = 0
    for block in merge_blocks(blocks, touching=False):
        if len(block) < 2:
            inside = [s for s in session.view.selections if s.start.line in block]
            after.extend(shift_selection(s, -removed) for s in inside)
            continue
        joined, col = join_lines(list(text.lines(block.start, block.stop)))
        changes.append(_block_change(text, block, [joined]))
        after.append(Selection.cursor(Pos(block.start - removed, col)))
        removed += len(block) - 1
    _apply(session, changes, tuple(after))


@command("edit.sort_lines")
def sort_selected_lines(session: Session) -> None:
    """Sort the selected lines (each selection's lines on their own)."""
    text = session.document.text
    blocks = [b for b in _blocks(session, touching=False) if len(b) > 1]
    if not blocks:
        raise CommandError("Select the lines to sort")
    changes = []
    for block in blocks:
        old = list(text.lines(block.start, block.stop))
        new = sort_lines(old)
        if new != old:
            changes.append(_block_change(text, block, new))
    _apply(session, changes, session.view.selections)


def _case(session: Session, case: Case) -> None:
    """Change the case of each selection (or the word at each cursor), keeping the selections."""
    text = session.document.text
    changes: list[Change] = []
    wanted: list[tuple[Selection, Pos]] = []
    for selection in session.view.selections:
        start, end = selection.start, selection.end
        if selection.empty:
            found = word_range(text.line(start.line), start.col)
            if found is not None:
                start, end = Pos(start.line, found[0]), Pos(start.line, found[1])
        old = text.text(start, end)
        new = change_case(old, case)
        if new != old:
            changes.append((start, end, new))
        if selection.empty:
            wanted.append((selection, selection.head))
        else:
            new_end = end_after(start, split_fragments(new))
            forward = selection.head >= selection.anchor
            placed = Selection(start, new_end) if forward else Selection(new_end, start)
            wanted.append((placed, start))

    def carry(selection: Selection, origin: Pos) -> Selection:
        """Shift by what length changes earlier on the same line added (ß -> SS)."""
        shift = sum(
            len(new) - (end.col - start.col)
            for start, end, new in changes
            if start.line == end.line == origin.line and end <= origin
        )
        return Selection(*(Pos(p.line, p.col + shift if p.line == origin.line else p.col)
                           for p in selection))

    _apply(session, changes, tuple(carry(s, origin) for s, origin in wanted))


@command("edit.upper")
def upper(session: Session) -> None:
    """Upper-case the selections (or the word at each cursor)."""
    _case(session, "upper")


@command("edit.lower")
def lower(session: Session) -> None:
    """Lower-case the selections (or the word at each cursor)."""
    _case(session, "lower")


@command("edit.title")
def title(session: Session) -> None:
    """Title-case the selections (or the word at each cursor)."""
    _case(session, "title")


@command("edit.trim_trailing_whitespace")
def trim_trailing_whitespace(session: Session) -> None:
    """Remove blanks at the end of every line of the buffer."""
    text = session.document.text
    changes: list[Change] = []
    for number, line in enumerate(text.lines(0, text.line_count)):
        kept = trim_trailing(line)
        if kept != line:
            changes.append((Pos(number, len(kept)), Pos(number, len(line)), ""))
    _apply(session, changes, session.view.selections)
    session.message(f"Trimmed {len(changes)} line(s)")


@command("cursor.matching_bracket")
def goto_matching_bracket(session: Session) -> None:
    """Go to the bracket matching the one at (or just before) the cursor."""
    view = session.view
    text = view.document.text
    moved = []
    found_any = False
    for selection in view.selections:
        found = matching_bracket(text, selection.head)
        if found is None:
            moved.append(selection)
        else:
            found_any = True
            moved.append(Selection.cursor(found[1]))
    if not found_any:
        raise CommandError("No bracket at the cursor")
    view.set_selections(tuple(moved))


@command("select.word")
def select_word(session: Session) -> None:
    """Select the word at each cursor."""
    view = session.view
    text = view.document.text
    result = []
    for selection in view.selections:
        found = word_range(text.line(selection.head.line), selection.head.col)
        if found is None:
            result.append(selection)
        else:
            line = selection.head.line
            result.append(Selection(Pos(line, found[0]), Pos(line, found[1])))
    view.set_selections(tuple(result))


@command("select.line")
def select_line(session: Session) -> None:
    """Select the whole lines of each selection; again to take in the next line too."""
    view = session.view
    text = view.document.text
    result = []
    for selection in view.selections:
        start, end = selection.start, selection.end
        whole = start.col == 0 and end.col == 0 and end.line > start.line
        last = end.line if whole else selection_lines(selection).stop - 1
        stop = Pos(last + 1, 0) if last + 1 < text.line_count else text.end
        result.append(Selection(Pos(start.line, 0), stop))
    view.set_selections(tuple(result))


@command("select.expand")
def select_expand(session: Session) -> None:
    """Grow each selection: word, inside quotes or brackets, with them, line, all."""
    view = session.view
    text = view.document.text
    result = []
    for selection in view.selections:
        grown = expand(text, selection.start, selection.end)
        result.append(selection if grown is None else Selection(*grown))
    view.set_selections(tuple(result))
