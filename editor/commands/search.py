"""Search and replace commands (`search.*`).

The last query and the search options live in a `SearchState` in `session.extensions["search"]`.
While the Find prompt is open the UI passes each edit of the typed text to `SearchState.preview`
(incremental search); panes ask `visible_matches` which matches to highlight. A search that
takes longer than `BUDGET` seconds (a large file) goes on in slices between key presses,
reporting progress; any key stops it (Escape does nothing else).
"""

from __future__ import annotations

import asyncio
import time
from bisect import bisect_right
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass

from editor.core import search
from editor.core.commands import CommandError, command
from editor.core.search import CASES, Case, Found, Query, SearchError
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer, end_after, split_fragments
from editor.core.view import View

# Seconds a search may hold the editor before it continues in the background.
BUDGET = 0.05


@dataclass
class SearchState:
    """What the search feature keeps in `session.extensions["search"]`."""

    query: Query | None = None
    regex: bool = False
    case: Case = "smart"
    whole_word: bool = False
    # The view whose matches are highlighted.
    view: View | None = None
    # Set while the Find prompt is open: called with the typed text after each change.
    preview: Callable[[str], None] | None = None
    # Where the matches of a query start in a text at a version, for counting.
    counted: tuple[Query, TextBuffer, int, list[Pos] | None] | None = None

    def position(self, text: TextBuffer, query: Query, start: Pos) -> tuple[int, int] | None:
        """(index from 1, total) of the match at `start`; None when the text is too long to
        count. The matches are found once per query and version of the text."""
        counted = self.counted
        if counted is None or counted[:3] != (query, text, text.version):
            counted = self.counted = (query, text, text.version, search.match_starts(text, query))
        starts = counted[3]
        return None if starts is None else (bisect_right(starts, start), len(starts))

    def make(self, text: str) -> Query:
        """A query for `text` with the current options."""
        return Query(text, self.regex, self.case, self.whole_word)

    def label(self, word: str) -> str:
        """A prompt label showing the options, e.g. "Find [regex, word]: "."""
        flags = self.make("").describe()
        return f"{word} [{flags}]: " if flags else f"{word}: "


def search_state(session: Session) -> SearchState:
    """The session's search state, created on first use."""
    state = session.extensions.get("search")
    if state is None:
        state = session.extensions["search"] = SearchState()
    return state


def visible_matches(session: Session, view: View, first: int, stop: int) -> list[tuple[Pos, Pos]]:
    """The matches to highlight in lines [first, stop) of `view`: those of the last query while
    the Find prompt is open or while the selection is one of its matches, else none."""
    state = session.extensions.get("search")
    if state is None or state.query is None or state.view is not view:
        return []
    if state.preview is None and not _is_match(view, state.query, view.selection):
        return []
    return search.matches_in_lines(view.document.text, state.query, first, stop)


def search_preview(session: Session) -> Callable[[str], None] | None:
    """What the UI calls with the typed text while the Find prompt is open (None otherwise)."""
    state = session.extensions.get("search")
    return state.preview if state is not None else None


def _is_match(view: View, query: Query, selection: Selection) -> bool:
    start, end = selection.start, selection.end
    if selection.empty or start.line != end.line:
        return False
    match = query.pattern.match(view.document.text.line(start.line), start.col)
    return match is not None and match.end() == end.col


def _compiled(query: Query) -> Query:
    """`query`, checked to compile (a CommandError otherwise)."""
    try:
        query.pattern
    except SearchError as error:
        raise CommandError(str(error)) from None
    return query


# Finding ------------------------------------------------------------------------------------


def _arrive(session: Session, view: View, query: Query, found: Found | None, backward: bool) -> bool:
    """Select the match found and say where it is ("3 of 17"), or that there is none."""
    if found is None:
        session.message(f"No match for {query.text}", error=True)
        return False
    view.set_selections((Selection(found.start, found.end),))
    search_state(session).view = view
    counted = search_state(session).position(view.document.text, query, found.start)
    where = f"{counted[0]} of {counted[1]}" if counted else f"line {found.start.line + 1}"
    if found.wrapped:
        where += "; wrapped to the bottom" if backward else "; wrapped to the top"
    session.message(where)
    return True


def _go(session: Session, query: Query, backward: bool, start: Pos | None = None) -> Awaitable[bool] | bool:
    """Move to the next (previous) match from `start` or the selection; search for at most
    BUDGET seconds before going on in the background."""
    view = session.view
    selection = view.selection
    if start is None:
        start = selection.start if backward else selection.end
    steps = search.scan(view.document.text, _compiled(query), start, backward)
    deadline = time.monotonic() + BUDGET
    try:
        while time.monotonic() < deadline:
            next(steps)
    except StopIteration as stop:
        return _arrive(session, view, query, stop.value, backward)
    return _background(session, view, query, backward, steps)


async def _background(
    session: Session, view: View, query: Query, backward: bool, steps: Generator[int, None, Found | None]
) -> bool:
    """Go on with a long search in slices, showing progress, until found or a key is pressed."""
    text = view.document.text
    version = text.version
    stopped = False

    def stop(key: str) -> Awaitable[bool] | bool:
        nonlocal stopped
        stopped = True
        return True if key == "escape" else session.feed_key(key)

    session.next_key = stop
    try:
        while True:
            deadline = time.monotonic() + BUDGET
            try:
                read = next(steps)
                while time.monotonic() < deadline:
                    read = next(steps)
            except StopIteration as done:
                return _arrive(session, view, query, done.value, backward)
            session.message(f"Searching {query.text}: {read:,} of {text.line_count:,} lines (Escape stops)")
            await asyncio.sleep(0)
            if stopped or text.version != version:
                session.message("Search stopped")
                return False
    finally:
        if session.next_key is stop:
            session.next_key = None


async def _find_prompt(session: Session) -> bool:
    """Ask for the text, moving to the first match from the cursor as it is typed; Escape goes
    back to where the search started."""
    state = search_state(session)
    view = session.view
    origin = view.selections
    start = view.selection.start
    before = state.query, state.view

    def preview(typed: str) -> None:
        state.view = view
        state.query = None
        found = None
        if typed:
            query = state.make(typed)
            try:
                steps = search.scan(view.document.text, query, start)
                deadline = time.monotonic() + BUDGET
                while time.monotonic() < deadline:
                    next(steps)
            except StopIteration as done:
                found = done.value
            except SearchError:
                query = None
            state.query = query
        view.set_selections((Selection(found.start, found.end),) if found else origin)

    state.preview = preview
    try:
        answer = await session.port.prompt(state.label("Find"), "", (), False, "search")
    finally:
        state.preview = None
    view.set_selections(origin)
    if not answer:
        state.query, state.view = before
        return False
    state.query = _compiled(state.make(answer))
    result = _go(session, state.query, False, start)
    return await result if not isinstance(result, bool) else result


@command("search.find")
def find(session: Session, text: str | None = None) -> Awaitable[bool] | bool:
    """Find text (asks, searching as you type): select the next match and count them all."""
    if text is None:
        return _find_prompt(session)
    state = search_state(session)
    state.query = _compiled(state.make(text))
    return _go(session, state.query, False)


@command("search.next")
def find_next(session: Session) -> Awaitable[bool] | bool:
    """Go to the next match of the last search (wrapping round at the end)."""
    state = search_state(session)
    if state.query is None:
        return _find_prompt(session)
    return _go(session, state.query, False)


@command("search.previous")
def find_previous(session: Session) -> Awaitable[bool] | bool:
    """Go to the previous match of the last search (wrapping round at the start)."""
    state = search_state(session)
    if state.query is None:
        return _find_prompt(session)
    return _go(session, state.query, True)


def _options_changed(session: Session, state: SearchState) -> None:
    if state.query is not None:
        state.query = state.make(state.query.text)
    session.message(f"Search options: {state.make('').describe() or 'plain text, smart case'}")


@command("search.regex")
def toggle_regex(session: Session) -> None:
    """Search with regular expressions on / off."""
    state = search_state(session)
    state.regex = not state.regex
    _options_changed(session, state)


@command("search.case")
def toggle_case(session: Session) -> None:
    """Search case: smart (sensitive only with a capital), then sensitive, then insensitive."""
    state = search_state(session)
    state.case = CASES[(CASES.index(state.case) + 1) % len(CASES)]
    _options_changed(session, state)


@command("search.whole_word")
def toggle_whole_word(session: Session) -> None:
    """Search for whole words only on / off."""
    state = search_state(session)
    state.whole_word = not state.whole_word
    _options_changed(session, state)


# Replacing ----------------------------------------------------------------------------------


def _shifted(pos: Pos, found: Found, new_end: Pos) -> Pos:
    """Where `pos`, at or after the end of the match `found`, is once the match is replaced by
    text ending at `new_end`."""
    if pos.line == found.end.line:
        return Pos(new_end.line, new_end.col + pos.col - found.end.col)
    return Pos(pos.line + new_end.line - found.end.line, pos.col)


async def _replace_each(session: Session, query: Query, template: str) -> bool:
    """From the cursor to the end, then from the top back to the cursor, select each match and
    ask whether to replace it."""
    view = session.view
    document = view.document
    text = document.text
    origin = at = view.selection.start
    wrapped = everything = False
    replaced = seen = 0
    with document.single_step():
        while True:
            found = search.find(text, query, at, wrap=False)
            if found is None and not wrapped:
                wrapped, at = True, Pos(0, 0)
                continue
            if found is None or (wrapped and found.start >= origin):
                break
            seen += 1
            view.set_selections((Selection(found.start, found.end),))
            if not everything:
                answer = await session.port.ask("Replace? (y/n/a/q)", "ynaq")
                if answer in (None, "q"):
                    break
                if answer == "n":
                    at = found.end
                    continue
                everything = answer == "a"
            try:
                new = search.replacement(text, query, found, template)
            except SearchError as error:
                raise CommandError(str(error)) from None
            view.set_selections(document.apply_changes([(found.start, found.end, new)], view.selections))
            at = end_after(found.start, split_fragments(document.normalise_newlines(new)))
            if wrapped:
                origin = _shifted(origin, found, at)
            replaced += 1
    if not seen:
        session.message(f"No match for {query.text}", error=True)
        return False
    session.message(f"Replaced {replaced}")
    return True


async def _replace_prompt(session: Session, find_text: str | None, replacement: str | None) -> bool:
    state = search_state(session)
    if find_text is None:
        find_text = await session.port.prompt(state.label("Replace"), "", (), False, "search")
        if not find_text:
            return False
    if replacement is None:
        replacement = await session.port.prompt(f"Replace {find_text} with: ", "", (), False, "replace")
        if replacement is None:
            return False
    state.query = _compiled(state.make(find_text))
    state.view = session.view
    return await _replace_each(session, state.query, replacement)


@command("search.replace")
def replace(session: Session, find_text: str | None = None, replacement: str | None = None) -> Awaitable[bool]:
    """Replace matches from the cursor round to it again, asking at each: y yes, n no, a all
    the rest, q quit."""
    return _replace_prompt(session, find_text, replacement)


@command("search.replace_all")
def replace_all(session: Session, find_text: str, replacement: str) -> bool:
    """Replace every match in the buffer (one undo step); regex groups as \\1 or \\g<name>."""
    state = search_state(session)
    state.query = _compiled(state.make(find_text))
    view = session.view
    document = view.document
    try:
        changes = search.replace_all_changes(document.text, state.query, replacement)
    except SearchError as error:
        raise CommandError(str(error)) from None
    if not changes:
        session.message(f"No match for {find_text}", error=True)
        return False
    with document.single_step():
        view.set_selections(document.apply_changes(changes, view.selections))
    session.message(f"Replaced {len(changes)}")
    return True
