"""vi's modal editing (`vi.*`), bound by keymaps/vi.toml.

Modes are the session's: "normal", "insert", "visual", "visual_line" and "operator" (an
operator such as `d` waits for its motion or text object). What vi remembers between keys (the
count being typed, the pending operator, the visual anchor, the last change for `.`, the insert
session being typed) is a `ViState` in `session.extensions["vi"]`.

Every change is one undo step: an insert session, from the command that starts it (i a o c ...)
to Escape, is merged into one when it ends. Text typed in insert mode is seen through the
session's command observers and kept with the change, so `.` types it again.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, NamedTuple

from editor.core import vi
from editor.core.cells import column_at, display_column
from editor.core.commands import Command, command
from editor.core.document import Document
from editor.core.keys import is_printable, key_text
from editor.core.motion import indent_end
from editor.core.selection import Selection
from editor.core.session import Session
from editor.core.text import Pos, TextBuffer, split_fragments
from editor.core.vi import Region

VISUAL = ("visual", "visual_line")
# The goal column `$` leaves: moving up and down then keeps to the ends of lines.
END_OF_LINE = 1 << 30

Operator = Literal["d", "c", "y", ">", "<", "~", "u", "U"]
MotionName = Literal[
    "left", "right", "up", "down", "word", "word_back", "word_end", "big_word",
    "big_word_back", "big_word_end", "line_start", "first_non_blank", "line_end",
    "file_start", "file_end", "match", "line_down", "line_up",
]
ObjectKind = Literal[
    "word", "big_word", "double_quote", "single_quote", "backtick", "paren", "bracket",
    "brace", "angle",
]
_QUOTES = {"double_quote": '"', "single_quote": "'", "backtick": "`"}
_BRACKETS = {"paren": "(", "bracket": "[", "brace": "{", "angle": "<"}
_CASES: dict[str, Callable[[str], str]] = {"~": str.swapcase, "u": str.lower, "U": str.upper}

Action = Callable[[Session, int | None], Any]


@dataclass
class Change:
    """A change `.` repeats: an action taking a count, and the commands typed after it."""

    action: Action
    count: int | None
    typed: list[tuple[Command, list[Any]]] = field(default_factory=list)


@dataclass
class Insert:
    """An insert session, from the command that started it to Escape."""

    change: Change
    document: Document
    mark: int
    repeat: int = 1
    again: Callable[[Session], None] | None = None
    restarted: bool = False


@dataclass
class ViState:
    """What vi remembers between keys."""

    count: str = ""
    operator: str | None = None
    operator_count: int | None = None
    anchor: Pos | None = None
    head: Pos | None = None
    shown: tuple[Selection, ...] = ()
    last_change: Change | None = None
    last_find: tuple[str, str] | None = None
    insert: Insert | None = None
    replaying: bool = False
    reader: Callable[[str], Any] | None = None


class Jump(NamedTuple):
    """Where a motion lands, how an operator takes it, and the goal column it leaves."""

    pos: Pos
    kind: vi.MotionKind
    goal: int | None = None


def _state(session: Session) -> ViState:
    """The session's vi state, made (and its typing observer added) on first use."""
    state = session.extensions.get("vi")
    if state is None:
        state = ViState()
        session.extensions["vi"] = state
        session.observers.append(lambda cmd, args: _observe(session, state, cmd, args))
    return state


def _observe(session: Session, state: ViState, cmd: Command, args: list[Any]) -> None:
    """Keep each command typed in insert mode with the change, for `.`."""
    if state.insert is None or state.replaying or session.mode != "insert":
        return
    if cmd.name.startswith("vi.") or inspect.iscoroutinefunction(cmd.func):
        return
    state.insert.change.typed.append((cmd, list(args)))


def _take_count(state: ViState) -> int | None:
    """The count typed (before and after an operator, multiplied), then forget it."""
    typed = int(state.count) if state.count else None
    counts = [n for n in (state.operator_count, typed) if n]
    state.count = ""
    state.operator_count = None
    return math.prod(counts) if counts else None


def _take_operator(session: Session, state: ViState) -> str | None:
    """The pending operator (None if there is none); back to normal mode."""
    op = state.operator
    state.operator = None
    session.mode = "normal"
    return op


def _record(state: ViState, change: Change) -> None:
    """Remember `change` for `.` (not while `.` itself is replaying one)."""
    if not state.replaying:
        state.last_change = change


# Cursor -------------------------------------------------------------------------------------


def _cursor(session: Session) -> Pos:
    """vi's cursor: in visual mode the moving end of the selection."""
    state = _state(session)
    view = session.view
    if session.mode in VISUAL and state.head is not None and view.selections == state.shown:
        return state.head
    return view.cursor


def _settle(session: Session) -> None:
    """Put the normal-mode cursor on a character.

    Not past a line's last character, not on the empty line after a final line break."""
    view = session.view
    text = view.document.text
    pos = view.cursor
    last = vi.last_line(text)
    if pos.line > last:
        pos = vi.last_char(text, last)
    else:
        pos = Pos(pos.line, min(pos.col, max(text.line_length(pos.line) - 1, 0)))
    view.set_selections((Selection.cursor(pos),), keep_goal=True)


def _place(session: Session, pos: Pos, goal: int | None = None) -> None:
    """Move vi's cursor (in visual mode: the selection's moving end)."""
    view = session.view
    if session.mode in VISUAL:
        _state(session).head = view.document.text.clamp(pos)
        _show_visual(session)
    else:
        view.set_selections((Selection.cursor(pos),))
        if session.mode == "normal":
            _settle(session)
    view.goal_column = goal


def _show_visual(session: Session) -> None:
    """Select what visual mode covers: the cursor stands on the selection's moving end."""
    state = _state(session)
    view = session.view
    text = view.document.text
    anchor, head = state.anchor, state.head
    assert anchor is not None and head is not None
    if session.mode == "visual_line":
        if head.line >= anchor.line:
            shown = Selection(Pos(anchor.line, 0), Pos(head.line, text.line_length(head.line)))
        else:
            shown = Selection(Pos(anchor.line, text.line_length(anchor.line)), Pos(head.line, 0))
    elif head >= anchor:
        shown = Selection(anchor, head)
    else:
        shown = Selection(vi.char_after(text, anchor), head)
    view.set_selections((shown,), keep_goal=True)
    state.shown = view.selections


def _leave_visual(session: Session) -> Pos:
    """Back to normal mode from visual mode, the cursor at the selection's moving end."""
    state = _state(session)
    head = _cursor(session)
    state.anchor = state.head = None
    state.shown = ()
    session.mode = "normal"
    session.view.set_selections((Selection.cursor(head),))
    return head


def _goal_column(session: Session, pos: Pos, line: int) -> tuple[int, int]:
    """The column on `line` below or above `pos` keeping the goal column, and that goal."""
    view = session.view
    text = view.document.text
    tab = session.settings["tab_width"]
    goal = view.goal_column
    if goal is None:
        goal = display_column(text.line(pos.line), pos.col, tab)
    return column_at(text.line(line), goal, tab), goal


# Motions ------------------------------------------------------------------------------------


def _target(
    session: Session, name: str, char: str | None, pos: Pos, count: int | None,
    op: str | None = None, again: bool = False,
) -> Jump | None:
    """Where motion `name` (or f t F T with `char`) goes from `pos`; None when it cannot."""
    text = session.document.text
    n = count or 1
    last = vi.last_line(text)
    if name in ("f", "t", "F", "T"):
        assert char is not None
        found = vi.find_char(text, pos, char, name, n, again)
        if found is None:
            return None
        return Jump(found, "inclusive" if name in "ft" else "exclusive")
    if name == "left":
        return Jump(Pos(pos.line, max(pos.col - n, 0)), "exclusive")
    if name == "right":
        return Jump(Pos(pos.line, min(pos.col + n, text.line_length(pos.line))), "exclusive")
    if name in ("up", "down"):
        line = min(max(pos.line + (n if name == "down" else -n), 0), last)
        if line == pos.line:
            return None
        col, goal = _goal_column(session, pos, line)
        return Jump(Pos(line, col), "linewise", goal)
    if name in ("word", "big_word"):
        big = name == "big_word"
        if op is not None:
            return Jump(*vi.word_target_for_operator(text, pos, n, big, op == "c"))
        target = pos
        for _ in range(n):
            target = vi.word_forward(text, target, big)
        return Jump(target, "exclusive")
    if name in ("word_back", "big_word_back"):
        target = pos
        for _ in range(n):
            target = vi.word_backward(text, target, name == "big_word_back")
        return Jump(target, "exclusive")
    if name in ("word_end", "big_word_end"):
        target = pos
        for _ in range(n):
            target = vi.word_end(text, target, name == "big_word_end")
        return Jump(target, "inclusive")
    if name == "line_start":
        return Jump(Pos(pos.line, 0), "exclusive")
    if name == "first_non_blank":
        return Jump(vi.first_non_blank(text, pos.line), "exclusive")
    if name == "line_end":
        return Jump(vi.last_char(text, min(pos.line + n - 1, last)), "inclusive", END_OF_LINE)
    if name == "file_start":
        line = min(n - 1, last)
        return Jump(vi.first_non_blank(text, line), "linewise")
    if name == "file_end":
        line = min(count - 1, last) if count else last
        return Jump(vi.first_non_blank(text, line), "linewise")
    if name == "match":
        found = vi.match_pair(text, pos)
        return Jump(found, "inclusive") if found is not None else None
    line = pos.line + (n if name == "line_down" else -n)
    if not 0 <= line <= last:
        return None
    return Jump(vi.first_non_blank(text, line), "linewise")


def _go(session: Session, name: str, char: str | None = None, again: bool = False) -> bool:
    """Run a motion in the current mode: move, extend the selection, or operate."""
    state = _state(session)
    count = _take_count(state)
    if session.mode == "operator":
        op = _take_operator(session, state)
        return op is not None and _operate_motion(session, op, name, char, count, again)
    jump = _target(session, name, char, _cursor(session), count, None, again)
    if jump is None:
        return False
    _place(session, jump.pos, jump.goal)
    return True


@command("vi.motion")
def motion(session: Session, name: MotionName) -> bool:
    """Move by a vi motion (h j k l w b e 0 ^ $ gg G % ...), or act on what it moves over.

    With an operator pending, the operator acts on the text the motion moves over; in visual
    mode the selection follows the cursor."""
    return _go(session, name)


@command("vi.count")
def count_digit(session: Session, digit: int) -> None:
    """Type a digit of the count for the next command (3w, d2w, 2dd)."""
    _state(session).count += str(digit)


@command("vi.zero")
def zero(session: Session) -> bool:
    """Move to column 1 (vi's 0), or add 0 to the count when one is being typed."""
    state = _state(session)
    if state.count:
        state.count += "0"
        return True
    return _go(session, "line_start")


def _char_of(key: str) -> str | None:
    """The character a key stands for after f, t or r (None for Escape and the like)."""
    if is_printable(key):
        return key_text(key)
    return {"tab": "\t", "enter": "\n"}.get(key)


def _read_key(session: Session, then: Callable[[str], Any]) -> None:
    """Hand the next key press, as a character, to `then`; any other key cancels."""
    state = _state(session)

    def take(key: str) -> Any:
        """Give the key's character to `then`, or cancel."""
        state.reader = None
        char = _char_of(key)
        if char is None:
            _reset(session)
            return False
        return then(char)

    state.reader = take
    session.next_key = take


def _drop_reader(session: Session) -> None:
    """Stop waiting for a character (the command got it another way, from a command line)."""
    state = _state(session)
    if state.reader is not None and session.next_key is state.reader:
        session.next_key = None
    state.reader = None


@command("vi.find")
def find(session: Session, kind: Literal["f", "t", "F", "T"], char: str | None = None) -> bool:
    """Move to a character on the line: next (f), previous (F), or next to it (t, T).

    Without `char`, the next key is the character."""
    if char is None:
        _read_key(session, lambda typed: session.execute("vi.find", [kind, typed]))
        return True
    _drop_reader(session)
    _state(session).last_find = (kind, char)
    return _go(session, kind, char)


@command("vi.find_again")
def find_again(session: Session, direction: Literal["same", "reverse"] = "same") -> bool:
    """Repeat the last f t F T (vi's ;), or the other way (vi's ,)."""
    state = _state(session)
    if state.last_find is None:
        _take_count(state)
        return False
    kind, char = state.last_find
    if direction == "reverse":
        kind = kind.swapcase()
    return _go(session, kind, char, again=True)


@command("vi.scroll")
def scroll(
    session: Session, amount: Literal["half_down", "half_up", "page_down", "page_up"]
) -> bool:
    """Scroll half a screen (c-d c-u) or a screen (c-f c-b), taking the cursor along."""
    state = _state(session)
    _take_count(state)
    view = session.view
    text = view.document.text
    lines = max(view.height // 2, 1) if amount.startswith("half") else max(view.height - 2, 1)
    if amount.endswith("up"):
        lines = -lines
    pos = _cursor(session)
    last = vi.last_line(text)
    line = min(max(pos.line + lines, 0), last)
    if line == pos.line:
        return False
    view.top_line = min(max(view.top_line + lines, 0), last)
    _place(session, vi.first_non_blank(text, line))
    return True


# Operators ----------------------------------------------------------------------------------


def _edit(session: Session, changes: list[vi.Change]) -> None:
    """Apply changes to the focused buffer as one undo step, leaving out those that change nothing."""
    view = session.view
    changes = [change for change in changes if change[0] != change[1] or change[2]]
    if changes:
        view.set_selections(view.document.apply_changes(changes, view.selections))


def _yank(session: Session, text: str, linewise: bool) -> None:
    """Put text in the register (ted's clipboard)."""
    session.clipboard = [text]
    session.clipboard_linewise = linewise


def _shift_changes(session: Session, lines: range, right: bool, levels: int) -> list[vi.Change]:
    """Indent (or dedent) `lines` by `levels` indentation units; blank lines stay as they are."""
    text = session.document.text
    unit = session.settings["indent"]
    width = session.settings["tab_width"] if unit == "\t" else len(unit)
    changes: list[vi.Change] = []
    for number in lines:
        line = text.line(number)
        if right:
            if line.strip():
                changes.append((Pos(number, 0), Pos(number, 0), unit * levels))
            continue
        cut = 0
        for _ in range(levels):
            rest = line[cut:]
            if rest.startswith("\t"):
                cut += 1
            else:
                cut += min(len(rest) - len(rest.lstrip(" ")), width)
        if cut:
            changes.append((Pos(number, 0), Pos(number, cut), ""))
    return changes


def _line_ends(text: TextBuffer, region: Region) -> tuple[Pos, Pos]:
    """From the start of a region's first line to the end of its last."""
    return Pos(region.start.line, 0), Pos(region.end.line, text.line_length(region.end.line))


def _operate(session: Session, op: str, region: Region, change: Change, levels: int = 1) -> bool:
    """Apply operator `op` to `region`: delete, change (then type), yank, shift or change case."""
    state = _state(session)
    document = session.document
    text = document.text
    cursor = session.view.cursor
    mark = document.history.current
    empty = not region.linewise and region.start == region.end
    if op in "dcy" and not empty:
        _yank(session, vi.region_text(text, region), region.linewise)
    if op == "y":
        if region.linewise:
            target = Pos(region.start.line, cursor.col) if region.start.line < cursor.line else cursor
        else:
            target = min(region.start, cursor)
        _place(session, target)
        return True
    if op == "c":
        if region.linewise:
            first, last = region.start.line, region.end.line
            line = text.line(first)
            indent = line[: indent_end(line)]
            _edit(session, [(Pos(first, 0), Pos(last, text.line_length(last)), indent)])
            pos = Pos(first, len(indent))
        else:
            _edit(session, [(region.start, region.end, "")] if not empty else [])
            pos = region.start
        session.view.set_selections((Selection.cursor(pos),))
        _begin_insert(session, change, mark)
        return True
    if op == "d":
        if empty:
            return True
        _edit(session, [(*vi.deleted_span(text, region), "")])
        if region.linewise:
            line = min(region.start.line, vi.last_line(text))
            _place(session, vi.first_non_blank(text, line))
        else:
            _place(session, region.start)
    elif op in "<>":
        lines = region.lines
        _edit(session, _shift_changes(session, lines, op == ">", levels))
        _place(session, vi.first_non_blank(text, lines.start))
    else:
        if region.linewise:
            start, end = _line_ends(text, region)
        else:
            start, end = region.start, region.end
        old = text.text(start, end)
        new = _CASES[op](old)
        if new != old:
            _edit(session, [(start, end, new)])
        _place(session, cursor if region.linewise else start)
    _record(state, change)
    return True


def _operate_motion(
    session: Session, op: str, name: str, char: str | None, count: int | None, again: bool = False
) -> bool:
    """Apply `op` over what a motion from the cursor moves over."""
    cursor = session.view.cursor
    jump = _target(session, name, char, cursor, count, op, again)
    if jump is None:
        return False
    region = vi.motion_region(session.document.text, cursor, jump.pos, jump.kind)
    change = Change(lambda s, n: _operate_motion(s, op, name, char, n, again), count)
    return _operate(session, op, region, change)


def _operate_lines(session: Session, op: str, count: int | None) -> bool:
    """Apply `op` to `count` whole lines from the cursor's (dd, cc, yy, >>, <<, g~~)."""
    text = session.document.text
    first = session.view.cursor.line
    last = min(first + (count or 1) - 1, vi.last_line(text))
    region = Region(Pos(first, 0), Pos(max(last, first), 0), True)
    change = Change(lambda s, n: _operate_lines(s, op, n), count)
    return _operate(session, op, region, change)


def _object_region(
    session: Session, pos: Pos, extent: str, kind: str, count: int | None
) -> Region | None:
    """The text object `extent` (inner / around) `kind` at `pos`."""
    text = session.document.text
    around = extent == "around"
    if kind in ("word", "big_word"):
        return vi.word_object(text, pos, around, kind == "big_word")
    if kind in _QUOTES:
        return vi.quote_object(text, pos, _QUOTES[kind], around)
    return vi.bracket_object(text, pos, _BRACKETS[kind], around, count or 1)


def _operate_object(session: Session, op: str, extent: str, kind: str, count: int | None) -> bool:
    """Apply `op` to a text object at the cursor."""
    region = _object_region(session, session.view.cursor, extent, kind, count)
    if region is None:
        return False
    change = Change(lambda s, n: _operate_object(s, op, extent, kind, n), count)
    return _operate(session, op, region, change)


@command("vi.operator")
def operator(session: Session, op: Operator) -> bool:
    """Start an operator (d c y > < g~ gu gU) for the next motion or text object.

    Typed twice (dd, cc, yy, >>) it acts on lines; in visual mode, on the selection."""
    state = _state(session)
    if session.mode in VISUAL:
        return _visual_operate(session, op, _take_count(state))
    if session.mode == "operator":
        pending = state.operator
        count = _take_count(state)
        _take_operator(session, state)
        return pending == op and _operate_lines(session, op, count)
    state.operator = op
    state.operator_count = int(state.count) if state.count else None
    state.count = ""
    session.mode = "operator"
    return True


@command("vi.apply")
def apply(session: Session, op: Operator, target: Literal[MotionName, "line"]) -> bool:
    """Apply an operator over a motion at once (x, X, D, C, s, S, Y).

    x is `vi.apply d right`, D `vi.apply d line_end`, S `vi.apply c line`."""
    count = _take_count(_state(session))
    if target == "line":
        return _operate_lines(session, op, count)
    return _operate_motion(session, op, target, None, count)


@command("vi.object")
def text_object(session: Session, extent: Literal["inner", "around"], kind: ObjectKind) -> bool:
    """Act on a text object (iw aw i" a( i{ ...) with the pending operator, or select it."""
    state = _state(session)
    count = _take_count(state)
    if session.mode == "operator":
        op = _take_operator(session, state)
        return op is not None and _operate_object(session, op, extent, kind, count)
    if session.mode not in VISUAL:
        return False
    region = _object_region(session, _cursor(session), extent, kind, count)
    if region is None or (not region.linewise and region.start == region.end):
        return False
    text = session.document.text
    if region.linewise:
        session.mode = "visual_line"
        state.anchor, state.head = region.start, region.end
    else:
        session.mode = "visual"
        end = region.end
        state.anchor = region.start
        if end.col:
            state.head = Pos(end.line, end.col - 1)
        else:
            state.head = Pos(end.line - 1, text.line_length(end.line - 1))
    _show_visual(session)
    return True


# Visual mode --------------------------------------------------------------------------------


@command("vi.visual")
def visual(session: Session, kind: Literal["char", "line"] = "char") -> None:
    """Select by characters (v) or lines (V); the same key again stops selecting."""
    state = _state(session)
    _take_count(state)
    wanted = "visual" if kind == "char" else "visual_line"
    if session.mode == wanted:
        _leave_visual(session)
        _settle(session)
        return
    head = _cursor(session)
    if session.mode not in VISUAL:
        state.anchor = head
    state.head = head
    session.mode = wanted
    _show_visual(session)


@command("vi.visual_swap")
def visual_swap(session: Session) -> None:
    """Go to the other end of the selection (vi's o in visual mode)."""
    state = _state(session)
    if session.mode in VISUAL and state.anchor is not None:
        state.anchor, state.head = _cursor(session), state.anchor
        _show_visual(session)


def _visual_operate(session: Session, op: str, count: int | None) -> bool:
    """Apply `op` to the visual selection; `.` then repeats it over as much text."""
    state = _state(session)
    anchor = state.anchor or session.view.cursor
    linewise = session.mode == "visual_line"
    region = vi.visual_region(session.document.text, anchor, _cursor(session), linewise)
    _leave_visual(session)
    session.view.set_selections((Selection.cursor(region.start),))
    shape = _shape(region)
    change = Change(lambda s, n: _visual_again(s, op, shape, n), count)
    return _operate(session, op, region, change, count or 1)


def _shape(region: Region) -> tuple[bool, int, int]:
    """How much a visual selection covered: (linewise, lines spanned, columns or end column)."""
    if region.linewise:
        return True, region.end.line - region.start.line + 1, 0
    if region.start.line == region.end.line:
        return False, 0, region.end.col - region.start.col
    return False, region.end.line - region.start.line, region.end.col


def _visual_again(
    session: Session, op: str, shape: tuple[bool, int, int], count: int | None
) -> bool:
    """Apply `op` from the cursor over as much text as a visual selection had."""
    text = session.document.text
    pos = session.view.cursor
    linewise, lines, cols = shape
    if linewise:
        last = min(pos.line + lines - 1, vi.last_line(text))
        region = Region(Pos(pos.line, 0), Pos(last, 0), True)
    elif lines == 0:
        region = Region(pos, Pos(pos.line, min(pos.col + cols, text.line_length(pos.line))))
    else:
        line = min(pos.line + lines, text.line_count - 1)
        region = Region(pos, Pos(line, min(cols, text.line_length(line))))
    change = Change(lambda s, n: _visual_again(s, op, shape, n), count)
    return _operate(session, op, region, change, count or 1)


def _visual_put(session: Session, count: int | None) -> bool:
    """Replace the visual selection with the register, which then holds what was replaced."""
    if not session.clipboard:
        session.message("The register is empty")
        return False
    state = _state(session)
    text = session.document.text
    linewise = session.mode == "visual_line"
    region = vi.visual_region(text, state.anchor or session.view.cursor, _cursor(session), linewise)
    _leave_visual(session)
    content = "".join(session.clipboard) * (count or 1)
    if region.linewise:
        start, end = _line_ends(text, region)
        new = vi.without_final_break(content) if session.clipboard_linewise else content
    else:
        start, end = region.start, region.end
        new = "\n" + content if session.clipboard_linewise else content
    replaced = vi.region_text(text, region)
    _edit(session, [(start, end, new)])
    _yank(session, replaced, region.linewise)
    single = len(split_fragments(new)) == 1
    _place(session, Pos(start.line, start.col + len(new) - 1) if single and new else start)
    return True


# Simple changes -----------------------------------------------------------------------------


def _put(session: Session, after: bool, count: int | None) -> bool:
    """Put the register after or before the cursor, `count` times."""
    if not session.clipboard:
        session.message("The register is empty")
        return False
    text = session.document.text
    pos = session.view.cursor
    content = "".join(session.clipboard)
    n = count or 1
    if session.clipboard_linewise:
        block = content if vi.without_final_break(content) != content else content + "\n"
        block *= n
        if not after:
            at, new, first = Pos(pos.line, 0), block, pos.line
        elif pos.line + 1 < text.line_count:
            at, new, first = Pos(pos.line + 1, 0), block, pos.line + 1
        else:
            at, new, first = text.end, "\n" + vi.without_final_break(block), pos.line + 1
        _edit(session, [(at, at, new)])
        _place(session, vi.first_non_blank(text, first))
    else:
        at = vi.char_after(text, pos) if after else pos
        new = content * n
        _edit(session, [(at, at, new)])
        single = len(split_fragments(new)) == 1
        _place(session, Pos(at.line, at.col + len(new) - 1) if single else at)
    _record(_state(session), Change(lambda s, c: _put(s, after, c), count))
    return True


@command("vi.put")
def put(session: Session, where: Literal["after", "before"] = "after") -> bool:
    """Put the register after (p) or before (P) the cursor, or over the visual selection.

    Whole lines go below or above the cursor's line."""
    count = _take_count(_state(session))
    if session.mode in VISUAL:
        return _visual_put(session, count)
    return _put(session, where == "after", count)


def _join(session: Session, count: int | None) -> bool:
    """Put the register after (p) or before (P) the cursor, or over the visual selection.

    Whole lines go below or above the cursor's line."""
    text = session.document.text
    joined = vi.join_lines(text, session.view.cursor.line, count or 2)
    if joined is None:
        return False
    changes, cursor = joined
    _edit(session, changes)
    _place(session, cursor)
    _record(_state(session), Change(_join, count))
    return True


@command("vi.join")
def join(session: Session) -> bool:
    """Join lines with one space between (vi's J); a count joins that many lines.

    In visual mode it joins the selected lines."""
    state = _state(session)
    count = _take_count(state)
    if session.mode in VISUAL:
        anchor = state.anchor or session.view.cursor
        head = _cursor(session)
        _leave_visual(session)
        first, last = sorted((anchor.line, head.line))
        session.view.set_selections((Selection.cursor(Pos(first, 0)),))
        return _join(session, last - first + 1)
    return _join(session, count)


def _replace(session: Session, char: str, count: int | None) -> bool:
    """Join lines with one space between (vi's J): a count joins that many, visual mode the selected."""
    text = session.document.text
    pos = session.view.cursor
    n = count or 1
    if pos.col + n > text.line_length(pos.line):
        return False
    end = Pos(pos.line, pos.col + n)
    if char == "\n":
        _edit(session, [(pos, end, "\n")])
        _place(session, Pos(pos.line + 1, 0))
    else:
        _edit(session, [(pos, end, char * n)])
        _place(session, Pos(pos.line, pos.col + n - 1))
    _record(_state(session), Change(lambda s, c: _replace(s, char, c), count))
    return True


@command("vi.replace_char")
def replace_char(session: Session, char: str | None = None) -> bool:
    """Replace the character under the cursor (vi's r); a count replaces that many.

    Without `char`, the next key is the character."""
    if char is None:
        _read_key(session, lambda typed: session.execute("vi.replace_char", [typed]))
        return True
    _drop_reader(session)
    return _replace(session, char, _take_count(_state(session)))


def _tilde(session: Session, count: int | None) -> bool:
    """Replace the character under the cursor with `char` (vi's r), or count of them.

    Without `char`, the next key is the character."""
    text = session.document.text
    pos = session.view.cursor
    end = Pos(pos.line, min(pos.col + (count or 1), text.line_length(pos.line)))
    if end == pos:
        return False
    old = text.text(pos, end)
    if old.swapcase() != old:
        _edit(session, [(pos, end, old.swapcase())])
    _place(session, end)
    _record(_state(session), Change(_tilde, count))
    return True


@command("vi.toggle_case")
def toggle_case(session: Session) -> bool:
    """Switch the case under the cursor and move right (vi's ~); a count does that many.

    In visual mode it switches the case of the selection."""
    state = _state(session)
    count = _take_count(state)
    if session.mode in VISUAL:
        return _visual_operate(session, "~", count)
    return _tilde(session, count)


# Insert mode --------------------------------------------------------------------------------


def _begin_insert(
    session: Session, change: Change, mark: int, repeat: int = 1,
    again: Callable[[Session], None] | None = None, restarted: bool = False,
) -> None:
    """Switch the case under the cursor and move right (vi's ~); in visual mode, of the selection."""
    state = _state(session)
    state.insert = Insert(change, session.document, mark, repeat, again, restarted)
    session.mode = "insert"


def _open_line(session: Session, below: bool) -> None:
    """Open a new line below or above the cursor's, with the same indentation."""
    text = session.document.text
    pos = session.view.cursor
    line = text.line(pos.line)
    indent = line[: indent_end(line)]
    if below:
        at = Pos(pos.line, len(line))
        _edit(session, [(at, at, "\n" + indent)])
        cursor = Pos(pos.line + 1, len(indent))
    else:
        at = Pos(pos.line, 0)
        _edit(session, [(at, at, indent + "\n")])
        cursor = Pos(pos.line, len(indent))
    session.view.set_selections((Selection.cursor(cursor),))


def _start_insert(session: Session, where: str, count: int | None) -> None:
    """Enter insert mode at `where`; with a count, what is typed is typed that many times."""
    document = session.document
    text = document.text
    mark = document.history.current
    pos = session.view.cursor
    again = None
    if where in ("below", "above"):
        _open_line(session, where == "below")
        again = partial(_open_line, below=True)
    else:
        targets = {
            "before": pos,
            "after": vi.char_after(text, pos),
            "line_start": vi.first_non_blank(text, pos.line),
            "line_end": Pos(pos.line, text.line_length(pos.line)),
        }
        session.view.set_selections((Selection.cursor(targets[where]),))
    change = Change(lambda s, n: _start_insert(s, where, n), count)
    _begin_insert(session, change, mark, count or 1, again)


@command("vi.insert")
def insert(
    session: Session,
    where: Literal["before", "after", "line_start", "line_end", "below", "above"] = "before",
) -> None:
    """Start typing: i a I A o O (with a count, the text is typed that many times).

    Before (i) or after (a) the cursor, at the line's first non-blank (I) or end (A), on a new
    line below (o) or above (O); Escape stops."""
    _start_insert(session, where, _take_count(_state(session)))


def _replay(session: Session, typed: list[tuple[Command, list[Any]]]) -> None:
    """Run the commands typed in an insert session again."""
    for cmd, args in typed:
        cmd.func(session, *args)


def _close_insert(session: Session) -> None:
    """End the insert session: typed repeats, one undo step, remembered for `.`."""
    state = _state(session)
    current = state.insert
    state.insert = None
    if current is None:
        return
    for _ in range(current.repeat - 1):
        if current.again is not None:
            current.again(session)
        _replay(session, current.change.typed)
    current.document.history.merge_since(current.mark)
    if current.change.typed or not current.restarted:
        _record(state, current.change)


@command("vi.insert_move")
def insert_move(
    session: Session, direction: Literal["left", "right", "up", "down", "line_start", "line_end"]
) -> None:
    """Move the cursor while typing; what follows is a new undo step and what `.` repeats."""
    _close_insert(session)
    view = session.view
    text = view.document.text
    pos = view.cursor
    goal = None
    if direction in ("up", "down"):
        line = min(max(pos.line + (1 if direction == "down" else -1), 0), text.line_count - 1)
        col, goal = _goal_column(session, pos, line) if line != pos.line else (pos.col, None)
        target = Pos(line, col)
    else:
        target = {
            "left": Pos(pos.line, max(pos.col - 1, 0)),
            "right": vi.char_after(text, pos),
            "line_start": Pos(pos.line, 0),
            "line_end": Pos(pos.line, text.line_length(pos.line)),
        }[direction]
    view.set_selections((Selection.cursor(target),))
    view.goal_column = goal
    change = Change(lambda s, n: _start_insert(s, "before", n), None)
    _begin_insert(session, change, view.document.history.current, restarted=True)


def _reset(session: Session) -> None:
    """Forget the count and the pending operator."""
    state = _state(session)
    state.count = ""
    state.operator = None
    state.operator_count = None
    if session.mode == "operator":
        session.mode = "normal"


@command("vi.escape")
def escape(session: Session) -> None:
    """Back to normal mode, dropping a count or a pending operator.

    Typing stops (the cursor steps back onto the last character typed), selecting stops."""
    _reset(session)
    _drop_reader(session)
    if session.mode == "insert":
        _close_insert(session)
        pos = session.view.cursor
        session.view.set_selections((Selection.cursor(Pos(pos.line, max(pos.col - 1, 0))),))
    elif session.mode in VISUAL:
        _leave_visual(session)
    session.mode = "normal"
    _settle(session)


# Undo, repeat, the command line -----------------------------------------------------------


def _history_step(session: Session, redo: bool) -> bool:
    """Back to normal mode, dropping a count or a pending operator.

    Typing stops (the cursor steps back onto the last character typed), selecting stops."""
    count = _take_count(_state(session)) or 1
    document = session.document
    moved = None
    for _ in range(count):
        undone = document.history.last
        if (document.redo() if redo else document.undo()) is None:
            break
        step = document.history.last if redo else undone
        if step is not None and step.edits:
            moved = min(edit.start for edit in step.edits)
    if moved is None:
        session.message("Already at the newest change" if redo else "Already at the oldest change")
        return False
    session.view.set_selections((Selection.cursor(document.text.clamp(moved)),))
    _settle(session)
    return True


@command("vi.undo")
def undo(session: Session) -> bool:
    """Undo the last change (vi's u); a count undoes that many."""
    return _history_step(session, redo=False)


@command("vi.redo")
def redo(session: Session) -> bool:
    """Redo the last change undone (vi's c-r); a count redoes that many."""
    return _history_step(session, redo=True)


@command("vi.repeat")
def repeat(session: Session) -> bool:
    """Repeat the last change, with what was typed in it (vi's .); a count replaces its count."""
    state = _state(session)
    count = _take_count(state)
    change = state.last_change
    if change is None:
        session.message("No change to repeat")
        return False
    if count is not None:
        change.count = count
    document = session.document
    mark = document.history.current
    state.replaying = True
    try:
        change.action(session, change.count)
        if state.insert is not None:
            state.insert.change.typed = list(change.typed)
            _replay(session, change.typed)
            escape(session)
    finally:
        state.replaying = False
    document.history.merge_since(mark)
    return True


@command("vi.command_line")
async def command_line(session: Session) -> bool:
    """Run what is typed after `:` (a number or $ moves to that line).

    Other text runs as a ted command line: w, q, wq, q!, x, cursor.goto_line 3 ..."""
    _reset(session)
    line = await session.port.prompt(":")
    if line is None:
        return False
    line = line.strip()
    if not line:
        return True
    if line.isdigit() or line == "$":
        # As NUMBER G (or G): through commands, so that a macro records the move.
        for digit in "" if line == "$" else str(max(int(line), 1)):
            session.execute("vi.count", [digit])
        return bool(session.execute("vi.motion", ["file_end"]))
    result = session.run(line)
    if inspect.isawaitable(result):
        result = await result
    return bool(result)
