"""An example ted plugin: copy it to ~/.config/ted/plugins/ or run `ted --plugin text_tools.py`."""

from __future__ import annotations

from typing import Literal

from editor.plugin import CommandError, Pos, Session, command


def chosen(session: Session) -> tuple[Pos, Pos]:
    """The selection, or the whole buffer when nothing is selected."""
    selection = session.view.selection
    if selection.empty:
        return Pos(0, 0), session.document.text.end
    return selection.start, selection.end


def lines_of(start: Pos, end: Pos) -> range:
    """The lines from `start` to `end`; a range ending at the start of a line leaves it out."""
    last = end.line - 1 if end.line > start.line and end.col == 0 else end.line
    return range(start.line, last + 1)


@command("text_tools.word_count", aliases=("wc",))
def word_count(session: Session) -> None:
    """Count the words, lines and characters of the selection (of the buffer when none)."""
    start, end = chosen(session)
    text = session.document.text.text(start, end)
    lines = len(lines_of(start, end))
    session.message(f"{len(text.split())} words, {lines} lines, {len(text)} characters")


@command("text_tools.number_lines")
def number_lines(session: Session, first: int, style: Literal["plain", "padded"]) -> None:
    """Number the selected lines (every line when nothing is selected), starting at `first`."""
    if first < 0:
        raise CommandError("first: expected 0 or more")
    view = session.view
    lines = lines_of(*chosen(session))
    width = len(str(first + len(lines) - 1))
    for number, line in enumerate(lines, start=first):
        label = str(number).rjust(width, "0") if style == "padded" else str(number)
        # One edit per line; together they are still one undo step.
        changes = [(Pos(line, 0), Pos(line, 0), f"{label} ")]
        view.set_selections(session.document.apply_changes(changes, view.selections))
