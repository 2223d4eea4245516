"""Search and replace commands (`search.*`).

The last query and the search options live in a `SearchState` in `session.extensions["search"]`.
While the Find (or Replace) prompt is open the UI passes each edit of the typed text to
`SearchState.preview` (incremental search), shows `search_prompt_label` (the options change
while it is open: Alt-R, Alt-C, Alt-W run the toggles) and, on Alt-Enter, calls
`choose_every_match`; panes ask `visible_matches` which matches to highlight. A search or a
replace-all that takes longer than `BUDGET` seconds (a large file) goes on in slices between
key presses, reporting progress; any key stops it (Escape does nothing else).
"""

from __future__ import annotations

import asyncio
import time
from bisect import bisect_right
from collections.abc import Awaitable, Callable, Generator, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from editor.core import search
from editor.core.commands import CommandError, command
from editor.core.document import Change
from editor.core.search import CASES, Case, Found, Query, SearchError
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer, end_after, split_fragments
from editor.core.view import View

# Seconds a search may hold the editor before it continues in the background.
BUDGET = 0.05
# From this many replacements, say that they are being made before making them (it takes a
# moment in a large file).
PAUSE_BEFORE = 100_000

T = TypeVar("T")


@dataclass
class SearchState:
    """What the search feature keeps in `session.extensions["search"]`."""

    query: Query | None = None
    regex: bool = False
    case: Case = "smart"
    whole_word: bool = False
    # The view whose matches are highlighted.
    view: View | None = None
    # Set while the Find (Replace) prompt is open: called with the typed text after each change.
    preview: Callable[[str], None] | None = None
    # While a search prompt is open: its word ("Find", "Replace") and the text typed so far.
    asking: str | None = None
    typed: str = ""
    # Set by Alt-Enter in the Find prompt: select every match instead of the next one.
    every: bool = False
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


def visible_matches(
    session: Session, view: View, windows: Iterable[tuple[int, int, int]]
) -> list[tuple[Pos, Pos]]:
    """The matches to highlight in the drawn (line, first column, stop column) windows of
    `view`: those of the last query while a search prompt is open or while the selection is
    one of its matches (or, as vi leaves it, a cursor at the start of one), else none. Only around the drawn columns is searched (see
    `search.matches_in_windows`)."""
    state = session.extensions.get("search")
    if state is None or state.query is None or state.view is not view:
        return []
    if state.preview is None and not _is_match(view, state.query, view.selection):
        return []
    return search.matches_in_windows(view.document.text, state.query, windows)


def search_preview(session: Session) -> Callable[[str], None] | None:
    """What the UI calls with the typed text while a search prompt is open (None otherwise)."""
    state = session.extensions.get("search")
    return state.preview if state is not None else None


def search_prompt_label(session: Session) -> str | None:
    """The label of the open search prompt with the options now in effect, e.g.
    "Find [regex, word]: " (None when no search prompt is open)."""
    state = session.extensions.get("search")
    if state is None or state.asking is None:
        return None
    return state.label(state.asking)


def choose_every_match(session: Session) -> bool:
    """Make the open Find prompt, once accepted, select every match (Alt-Enter); False when no
    Find prompt is open."""
    state = session.extensions.get("search")
    if state is None or state.asking != "Find":
        return False
    state.every = True
    return True


def _is_match(view: View, query: Query, selection: Selection) -> bool:
    """Whether `selection` is a match of `query`, or a cursor where one starts."""
    start, end = selection.start, selection.end
    if start.line != end.line:
        return False
    match = query.pattern.match(view.document.text.line(start.line), start.col)
    if match is None or match.end() == match.start():
        return False
    return selection.empty or match.end() == end.col


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
    try:
        run_for(steps, BUDGET)
    except StopIteration as stop:
        return _arrive(session, view, query, stop.value, backward)
    return _background(session, view, query, backward, steps)


def run_for(steps: Generator[int, None, Any], seconds: float) -> int:
    """Advance `steps` for about `seconds` (at least one step); the last count it yielded.
    StopIteration carries its result when it ends."""
    deadline = time.monotonic() + seconds
    read = next(steps)
    while time.monotonic() < deadline:
        read = next(steps)
    return read


async def in_slices(
    session: Session, text: TextBuffer, steps: Generator[int, None, T], doing: str
) -> tuple[bool, T | None]:
    """Run `steps` (which yields lines read) in BUDGET slices between key presses, showing
    "`doing`: N of M lines (Escape stops)"; any key or a change to the text stops it. Returns
    (True, its result) when it ends, (False, None) when stopped."""
    version = text.version
    stopped = False

    def stop(key: str) -> Awaitable[bool] | bool:
        nonlocal stopped
        stopped = True
        return True if key == "escape" else session.feed_key(key)

    session.next_key = stop
    try:
        while True:
            try:
                read = run_for(steps, BUDGET)
            except StopIteration as done:
                return True, done.value
            session.message(f"{doing}: {read:,} of {text.line_count:,} lines (Escape stops)")
            await asyncio.sleep(0)
            if stopped or text.version != version:
                return False, None
    finally:
        if session.next_key is stop:
            session.next_key = None


async def _background(
    session: Session, view: View, query: Query, backward: bool, steps: Generator[int, None, Found | None]
) -> bool:
    """Go on with a long search in slices, showing progress, until found or a key is pressed."""
    done, found = await in_slices(session, view.document.text, steps, f"Searching {query.text}")
    if not done:
        session.message("Search stopped")
        return False
    return _arrive(session, view, query, found, backward)


async def _ask_query(session: Session, word: str) -> str | None:
    """Ask for the text to search for under the label `word` ("Find", "Replace"), moving to the
    first match from the cursor as it is typed and again when an option changes; the selections
    are back as they were when it returns, and the last query too when it is cancelled."""
    state = search_state(session)
    view = session.view
    origin = view.selections
    start = view.selection.start
    before = state.query, state.view

    def preview(typed: str) -> None:
        state.view = view
        state.query = None
        state.typed = typed
        found = None
        if typed:
            query = state.make(typed)
            try:
                run_for(search.scan(view.document.text, query, start), BUDGET)
            except StopIteration as done:
                found = done.value
            except SearchError:
                query = None
            state.query = query
        view.set_selections((Selection(found.start, found.end),) if found else origin)

    state.preview, state.asking, state.typed, state.every = preview, word, "", False
    try:
        answer = await session.port.prompt(state.label(word), "", (), False, "search")
    finally:
        state.preview = state.asking = None
    view.set_selections(origin)
    if not answer:
        state.query, state.view = before
    return answer


async def _find_prompt(session: Session) -> bool:
    """Ask for the text, moving to the first match from the cursor as it is typed; Escape goes
    back to where the search started, Alt-Enter selects every match."""
    state = search_state(session)
    start = session.view.selection.start
    answer = await _ask_query(session, "Find")
    if not answer:
        return False
    state.query = _compiled(state.make(answer))
    if state.every:
        session.view.set_selections((Selection.cursor(start),))
        return await _completed(session.execute("cursor.add_all_matches", []))
    return await _completed(_go(session, state.query, False, start))


async def _completed(result: Awaitable[bool] | bool) -> bool:
    """The outcome of a command that may or may not have to wait."""
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
    """Apply new options to the last query, or to the preview of an open search prompt."""
    if state.asking is not None and state.preview is not None:
        state.preview(state.typed)
    elif state.query is not None:
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


async def _next_match(session: Session, query: Query, at: Pos) -> Found | None | bool:
    """The first match at or after `at` up to the end of the text, searched in slices after
    BUDGET seconds; False when a key stopped the search."""
    text = session.view.document.text
    steps = search.scan(text, query, at, wrap=False)
    try:
        run_for(steps, BUDGET)
    except StopIteration as done:
        return done.value
    finished, found = await in_slices(session, text, steps, f"Searching {query.text}")
    return found if finished else False


def _replacements(
    session: Session, query: Query, template: str, start: Pos = Pos(0, 0), stop: Pos | None = None
) -> list[Change] | Generator[int, None, list[Change]]:
    """The replacements of every match starting in [start, stop) (to the end for None) when
    found within BUDGET seconds, else the search, to go on with in `_go_on_replacing`."""
    steps = search.replace_all_steps(session.view.document.text, query, template, start, stop)
    try:
        run_for(steps, BUDGET)
    except StopIteration as done:
        return done.value
    except SearchError as error:
        raise CommandError(str(error)) from None
    return steps


async def _go_on_replacing(
    session: Session, query: Query, steps: list[Change] | Generator[int, None, list[Change]]
) -> list[Change] | None:
    """The replacements that `_replacements` found, or found by going on with its search in
    slices with progress; None when a key stopped it."""
    if isinstance(steps, list):
        return steps
    text = session.view.document.text
    try:
        finished, changes = await in_slices(session, text, steps, f"Replacing {query.text}")
    except SearchError as error:
        raise CommandError(str(error)) from None
    return changes if finished else None


async def _replace_each(session: Session, query: Query, template: str) -> bool:
    """From the cursor to the end, then from the top back to the cursor, select each match and
    ask whether to replace it; "all" replaces the rest at once. Long searches go on in slices
    that a key stops."""
    view = session.view
    document = view.document
    text = document.text
    origin = at = view.selection.start
    wrapped = False
    replaced = seen = 0
    with document.single_step():
        while True:
            found = await _next_match(session, query, at)
            if found is False:
                break
            if found is not None and wrapped and found.start >= origin:
                found = None
            if found is None and not wrapped:
                wrapped, at = True, Pos(0, 0)
                continue
            if found is None:
                break
            seen += 1
            view.set_selections((Selection(found.start, found.end),))
            answer = await session.port.ask("Replace? (y/n/a/q)", "ynaq")
            if answer in (None, "q"):
                break
            if answer == "n":
                at = found.end
                continue
            if answer == "a":
                rest = await _the_rest(session, query, template, found.start, origin, wrapped)
                if rest is None:
                    break
                view.set_selections(document.apply_changes(rest, view.selections))
                replaced += len(rest)
                break
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


async def _the_rest(
    session: Session, query: Query, template: str, at: Pos, origin: Pos, wrapped: bool
) -> list[Change] | None:
    """The replacements of every match from `at` round to `origin` (the rest of a replace
    answered "all"); None when a key stopped finding them."""
    rest = await _go_on_replacing(
        session, query, _replacements(session, query, template, at, origin if wrapped else None)
    )
    if rest is None or wrapped:
        return rest
    top = await _go_on_replacing(session, query, _replacements(session, query, template, stop=origin))
    if top is None:
        return None
    limit = rest[0][0] if rest else origin
    return [change for change in top if change[1] <= limit] + rest


async def _replace_prompt(session: Session, find_text: str | None, replacement: str | None) -> bool:
    state = search_state(session)
    if find_text is None:
        find_text = await _ask_query(session, "Replace")
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
def replace_all(session: Session, find_text: str, replacement: str) -> Awaitable[bool] | bool:
    """Replace every match in the buffer (one undo step); regex groups as \\1 or \\g<name>."""
    state = search_state(session)
    query = state.query = _compiled(state.make(find_text))
    state.view = session.view
    found = _replacements(session, query, replacement)
    if isinstance(found, list):
        return _replace_everywhere(session, query, found)
    return _replace_in_background(session, query, found)


async def _replace_in_background(
    session: Session, query: Query, steps: Generator[int, None, list[Change]]
) -> bool:
    """Go on finding the replacements of a large text in slices (any key stops it, leaving
    the text as it was), then make them all."""
    changes = await _go_on_replacing(session, query, steps)
    if changes is None:
        session.message("Replace stopped: nothing replaced")
        return False
    if len(changes) >= PAUSE_BEFORE:
        session.message(f"Replacing {query.text}: making {len(changes):,} replacements")
        await asyncio.sleep(0)
    return _replace_everywhere(session, query, changes)


def _replace_everywhere(session: Session, query: Query, changes: list[Change]) -> bool:
    """Make `changes` as one undo step and say how many."""
    if not changes:
        session.message(f"No match for {query.text}", error=True)
        return False
    view = session.view
    document = view.document
    with document.single_step():
        view.set_selections(document.apply_changes(changes, view.selections))
    session.message(f"Replaced {len(changes)}")
    return True
