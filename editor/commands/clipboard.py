"""Copy, cut and paste (`clipboard.*`) with ted's own clipboard and the system clipboard.

With nothing selected, copy and cut take the whole line, and pasting such a line puts it above
the cursor's line, as in most editors. Copied text also goes to the system clipboard (see
`editor.core.system_clipboard` and the `clipboard` setting); pasting takes the system
clipboard's text when a tool can read it and it differs from what ted copied last.
"""

from __future__ import annotations

from editor.core.commands import command
from editor.core.cursors import in_order, merge
from editor.core.session import Session
from editor.core.system_clipboard import system_clipboard
from editor.core.text import Pos


def _copied(session: Session) -> tuple[list[tuple[Pos, Pos]], list[str], bool]:
    """The ranges to copy, their texts, and whether they are whole lines."""
    text = session.document.text
    selections = in_order(session.view.selections)
    if any(not s.empty for s in selections):
        ranges = [(s.start, s.end) for s in selections if not s.empty]
        return ranges, [text.text(a, b) for a, b in ranges], False
    ranges = []
    for line in sorted({s.head.line for s in selections}):
        if line + 1 < text.line_count:
            ranges.append((Pos(line, 0), Pos(line + 1, 0)))
        else:
            ranges.append((Pos(line, 0), text.end))
    texts = [text.line(a.line) + "\n" for a, _ in ranges]
    return ranges, texts, True


def _keep(session: Session, texts: list[str], linewise: bool) -> None:
    """Put copied texts on ted's clipboard and on the system clipboard."""
    session.clipboard = texts
    session.clipboard_linewise = linewise
    mode = session.settings.get("clipboard", "auto")
    if mode != "internal":
        system_clipboard(session.extensions).copy("".join(texts), mode)


def _from_system(session: Session) -> None:
    """Take the system clipboard's text when a tool reads one that ted did not copy."""
    mode = session.settings.get("clipboard", "auto")
    text = system_clipboard(session.extensions).paste(mode)
    if text and text != "".join(session.clipboard):
        session.clipboard = [text]
        session.clipboard_linewise = False


@command("clipboard.copy")
def copy(session: Session) -> None:
    """Copy the selection (or the current line) to the clipboard."""
    _, texts, linewise = _copied(session)
    _keep(session, texts, linewise)
    session.message(f"Copied {sum(len(t) for t in texts)} characters")


@command("clipboard.cut")
def cut(session: Session) -> None:
    """Cut the selection (or the current line) to the clipboard."""
    copied, texts, linewise = _copied(session)
    _keep(session, texts, linewise)
    view = session.view
    ranges: list[tuple[Pos, Pos]] = []
    for start, end in copied:
        if ranges and ranges[-1][1] == start:
            start = ranges.pop()[0]
        ranges.append((start, end))
    if linewise and ranges and ranges[-1][1] == view.document.text.end and ranges[-1][0].line > 0:
        start = ranges[-1][0]
        previous = Pos(start.line - 1, view.document.text.line_length(start.line - 1))
        ranges[-1] = (previous, ranges[-1][1])
    moved = view.document.apply_changes([(a, b, "") for a, b in ranges], view.selections)
    view.set_selections(merge(moved))


@command("clipboard.paste")
def paste(session: Session) -> None:
    """Paste the clipboard at the cursor, replacing the selection (one entry per cursor, in text
    order, when the counts match)."""
    _from_system(session)
    if not session.clipboard:
        session.message("The clipboard is empty")
        return
    view = session.view
    selections = in_order(view.selections)
    texts = session.clipboard
    if len(texts) != len(selections):
        texts = ["".join(texts)] * len(selections)
    if session.clipboard_linewise and all(s.empty for s in selections):
        changes = [(Pos(s.head.line, 0), Pos(s.head.line, 0), t) for s, t in zip(selections, texts)]
    else:
        changes = [(s.start, s.end, t) for s, t in zip(selections, texts)]
    view.set_selections(merge(view.document.apply_changes(changes, view.selections)))
