"""How the text is shown: wrap, line numbers, whitespace, ruler, theme, language (`view.*`).

These change settings or view state only; the UI reads them when it draws.
"""

from __future__ import annotations

from typing import Annotated, Literal

from editor.core.commands import CommandError, Names, command
from editor.core.languages import UnknownLanguage, language_names
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos
from editor.core.theme import load_theme, theme_names

PLAIN = ("plain", "text", "none")


def _language_choices() -> list[str]:
    return ["plain", *language_names()]


def _toggle(session: Session, name: str, value: bool | None) -> bool:
    """Set a yes/no setting, or flip it when no value is given; return the new value."""
    new = not session.settings[name] if value is None else value
    session.settings[name] = new
    return new


@command("view.wrap", aliases=("wrap",))
def wrap(session: Session, on: bool | None = None) -> None:
    """Soft-wrap long lines at the pane's edge (toggles without a value)."""
    state = _toggle(session, "wrap", on)
    for view in session.views:
        view.top_row = 0
        view.left_column = 0
    session.message(f"Wrap {'on' if state else 'off'}")


@command("view.whitespace", aliases=("list",))
def whitespace(session: Session, on: bool | None = None) -> None:
    """Show spaces as · and tabs as → (toggles without a value)."""
    _toggle(session, "whitespace", on)


@command("view.cursor_line")
def cursor_line(session: Session, on: bool | None = None) -> None:
    """Highlight the line the cursor is on (toggles without a value)."""
    _toggle(session, "cursor_line", on)


@command("view.line_numbers", aliases=("number",))
def line_numbers(session: Session, style: Literal["absolute", "relative", "off"]) -> None:
    """Show line numbers absolute, relative to the cursor line, or not at all."""
    session.settings["line_numbers"] = style


@command("view.ruler", aliases=("ruler",))
def ruler(session: Session, column: int) -> None:
    """Mark a column (for example 80) in every line; 0 removes the mark."""
    if column < 0:
        raise CommandError("ruler: the column must be 0 (off) or more")
    session.settings["ruler"] = column


@command("view.scroll_margin", aliases=("scrolloff",))
def scroll_margin(session: Session, lines: int) -> None:
    """Keep this many lines visible above and below the cursor when scrolling."""
    if lines < 0:
        raise CommandError("scroll margin: expected 0 or more lines")
    session.settings["scroll_margin"] = lines


@command("view.tab_width", aliases=("tabstop",))
def tab_width(session: Session, width: int) -> None:
    """Set how many columns a tab advances to (1..16)."""
    if not 1 <= width <= 16:
        raise CommandError("tab width: expected 1 to 16")
    session.settings["tab_width"] = width


@command("view.theme", aliases=("theme", "colorscheme"))
def theme(session: Session, name: Annotated[str, Names(theme_names)]) -> None:
    """Switch to a colour theme: a ted theme or any pygments style, by name."""
    loaded, errors = load_theme(name)
    if errors:
        raise CommandError(str(errors[0]))
    session.settings["theme"] = loaded.name


@command("view.language", aliases=("language", "setf"))
def language(session: Session, name: Annotated[str, Names(_language_choices)]) -> None:
    """Highlight this buffer as a language, by pygments name ("plain" for none)."""
    try:
        session.document.syntax.set_language(None if name in PLAIN else name)
    except UnknownLanguage as error:
        raise CommandError(str(error)) from None


@command("view.scroll")
def scroll(session: Session, lines: int, pane: int = 0) -> None:
    """Scroll a pane (this one, or pane number PANE) by LINES; the cursor moves only as far as
    it must to stay on screen."""
    panes = session.panes
    target = panes[pane - 1] if 1 <= pane <= len(panes) else session.pane
    assert target is not None
    view = target.view
    text = view.document.text
    view.top_line = min(max(view.top_line + lines, 0), max(text.line_count - 1, 0))
    view.top_row = 0
    height = max(view.height, 1)
    margin = min(int(session.settings["scroll_margin"]), (height - 1) // 2)
    first = view.top_line + (margin if view.top_line else 0)
    last = view.top_line + height - 1 - margin
    cursor = view.cursor
    line = min(max(cursor.line, first), max(last, first), text.line_count - 1)
    if line != cursor.line:
        view.set_selections((Selection.cursor(text.clamp(Pos(line, cursor.col))),))
