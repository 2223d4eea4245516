"""vi's search: `/` and `?` (a regular expression, found as it is typed), `n` and `N` (again,
the same way or the other), `*` and `#` (the word under the cursor). Each is a motion: it
moves, extends the visual selection, or gives a pending operator its range (`d/x<CR>`, `dn`).

The last query is the search feature's (`SearchState.query` in editor/commands/search.py), so
`search.next` and the pane's highlighting share it (matches are highlighted while the pattern
is typed); its regex option is left alone: vi builds its own query with `regex=True` from the
typed text (`vi.vim_pattern`), keeping the search case option. The direction of the last `/`
or `?` is vi's own (`ViState`).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from typing import Literal

from editor.commands import search as search_commands
from editor.commands.search import search_state
from editor.commands.vi.cursor import place, vi_cursor
from editor.commands.vi.operate import operate
from editor.commands.vi.state import (
    Change,
    reset,
    take_count,
    take_operator,
    vi_state,
)
from editor.core import search, vi
from editor.core.commands import command
from editor.core.search import Found, Query, SearchError
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer

Direction = Literal["forward", "backward"]


def _query(session: Session, typed: str) -> Query:
    """The regular expression query for a typed vim pattern (raises SearchError if invalid)."""
    pattern, case = vi.vim_pattern(typed)
    query = Query(pattern, True, search_state(session).case if case is None else case)
    query.pattern  # compiled now, so that an invalid pattern raises SearchError here
    return query


def _scan(
    text: TextBuffer, query: Query, pos: Pos, backward: bool, count: int
) -> Generator[int, None, Found | None]:
    """Find the count-th match starting after `pos` (before it, `backward`), going round the
    text; yields the lines read, as `search.scan` does."""
    found = None
    wrapped = False
    for _ in range(count):
        start = pos if backward else Pos(pos.line, pos.col + 1)
        found = yield from search.scan(text, query, start, backward)
        if found is None:
            return None
        wrapped = wrapped or found.wrapped
        pos = found.start
    assert found is not None
    return Found(found.start, found.end, wrapped)


def _arrive(
    session: Session, query: Query, backward: bool, count: int | None,
    start: Pos | None = None, wait: bool = False,
) -> Awaitable[bool] | bool:
    """Go to the count-th match from vi's cursor (or `start`): move, extend the selection, or
    give the pending operator the text up to the match. A search taking more than BUDGET
    seconds goes on in the background, unless `wait`."""
    state = vi_state(session)
    operator = take_operator(session, state) if session.mode == "operator" else None
    cursor = vi_cursor(session)
    steps = _scan(session.document.text, query, cursor if start is None else start, backward, count or 1)

    def land(found: Found | None) -> bool:
        """Go to the match found."""
        return _land(session, query, backward, count, cursor, operator, found)

    deadline = time.monotonic() + search_commands.BUDGET
    try:
        while wait or time.monotonic() < deadline:
            next(steps)
    except StopIteration as done:
        return land(done.value)
    return _background(session, query, steps, land)


async def _background(
    session: Session,
    query: Query,
    steps: Generator[int, None, Found | None],
    land: Callable[[Found | None], bool],
) -> bool:
    """Go on with a long search in slices between key presses, showing progress; any key
    stops it (Escape does nothing else), as does a change to the text."""
    text = session.document.text
    finished, found = await search_commands.in_slices(session, text, steps, f"Searching {query.text}")
    if not finished:
        session.message("Search stopped")
        return False
    return land(found)


def _land(
    session: Session, query: Query, backward: bool, count: int | None, cursor: Pos,
    operator: str | None, found: Found | None,
) -> bool:
    """Go to the match found from `cursor` (or act on the text up to it) and say where it is."""
    if found is None:
        session.message(f"Pattern not found: {query.text}", error=True)
        return False
    view = session.view
    text = view.document.text
    searching = search_state(session)
    searching.query, searching.view = query, view
    counted = searching.position(text, query, found.start)
    where = f"{counted[0]} of {counted[1]}" if counted else f"line {found.start.line + 1}"
    if found.wrapped:
        where += "; search hit TOP, continuing at BOTTOM" if backward else "; search hit BOTTOM, continuing at TOP"
    session.message(where)
    if operator is None:
        place(session, found.start)
        return True
    region = vi.motion_region(text, cursor, found.start, "exclusive")
    change = Change(lambda s, n: _operate_again(s, operator, query, backward, n), count)
    return operate(session, operator, region, change)


def _operate_again(session: Session, op: str, query: Query, backward: bool, count: int | None) -> bool:
    """`.` after an operator over a search: the same operator up to the next match."""
    vi_state(session).operator = op
    session.mode = "operator"
    return bool(_arrive(session, query, backward, count, wait=True))


async def _ask(session: Session, backward: bool, count: int | None) -> bool:
    """Ask for the pattern after `/` or `?`, showing the first match as it is typed; Escape
    goes back to where the search started (and drops a pending operator)."""
    searching = search_state(session)
    view = session.view
    origin = view.selections
    start = vi_cursor(session)
    before = searching.query, searching.view

    def preview(typed: str) -> None:
        """Select the first match of what is typed so far, and highlight the others."""
        searching.view, searching.query = view, None
        found = None
        if typed:
            try:
                query = _query(session, typed)
                found = _find_within(view.document.text, query, start, backward)
                searching.query = query
            except SearchError:
                pass
        view.set_selections((Selection(found.start, found.end),) if found else origin)

    searching.preview = preview
    try:
        answer = await session.port.prompt("?" if backward else "/", "", (), False, "search")
    finally:
        searching.preview = None
    view.set_selections(origin)
    searching.query, searching.view = before
    if answer is None:
        reset(session)
        return False
    result = _search(session, answer, backward, count)
    return await result if not isinstance(result, bool) else result


def _find_within(text: TextBuffer, query: Query, start: Pos, backward: bool) -> Found | None:
    """The first match from `start`, if it is found within BUDGET seconds (for the preview)."""
    steps = search.scan(text, query, start if backward else Pos(start.line, start.col + 1), backward)
    deadline = time.monotonic() + search_commands.BUDGET
    try:
        while time.monotonic() < deadline:
            next(steps)
    except StopIteration as done:
        return done.value
    return None


def _search(
    session: Session, typed: str, backward: bool, count: int | None
) -> Awaitable[bool] | bool:
    """Search for the typed pattern (empty: the last search again) and go to its match."""
    if typed:
        try:
            query = _query(session, typed)
        except SearchError as error:
            reset(session)
            session.message(str(error), error=True)
            return False
    else:
        last = search_state(session).query
        if last is None:
            reset(session)
            session.message("No previous search", error=True)
            return False
        query = last
    vi_state(session).search_backward = backward
    return _arrive(session, query, backward, count)


@command("vi.search")
def search_for(
    session: Session, direction: Direction = "forward", text: str | None = None
) -> Awaitable[bool] | bool:
    """Search for a regular expression forward (vi's /) or backward (?), moving as you type.

    `\\<` `\\>` match a word's start and end, `\\c` ignores case; Enter alone searches again."""
    count = take_count(vi_state(session))
    if text is None:
        return _ask(session, direction == "backward", count)
    return _search(session, text, direction == "backward", count)


@command("vi.search_again")
def search_again(
    session: Session, direction: Literal["same", "reverse"] = "same"
) -> Awaitable[bool] | bool:
    """Go to the next match of the last search the same way (vi's n) or the other way (N)."""
    state = vi_state(session)
    count = take_count(state)
    query = search_state(session).query
    if query is None:
        reset(session)
        session.message("No previous search", error=True)
        return False
    return _arrive(session, query, state.search_backward != (direction == "reverse"), count)


@command("vi.search_word")
def search_word(session: Session, direction: Direction = "forward") -> Awaitable[bool] | bool:
    """Search for the whole word under the cursor, forward (vi's *) or backward (#)."""
    state = vi_state(session)
    count = take_count(state)
    pos = vi_cursor(session)
    found = vi.keyword_at(session.document.text.line(pos.line), pos.col)
    if found is None:
        reset(session)
        session.message("No word under the cursor", error=True)
        return False
    word = session.document.text.line(pos.line)[found[0] : found[1]]
    case = search_state(session).case
    query = Query(word, False, "sensitive" if case == "smart" else case, True)
    state.search_backward = direction == "backward"
    return _arrive(session, query, state.search_backward, count, Pos(pos.line, found[0]))
