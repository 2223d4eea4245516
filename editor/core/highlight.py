"""Syntax highlighting for one text buffer: lazy, incremental, bounded, and exact in practice.

What "exact" means: the tokens shown for a line are those of one full pygments pass,
`lexer.get_tokens_unprocessed(text)` over the whole text (lines joined with "\\n" plus a final
"\\n"), laid end to end in stream order as pygments' formatters do (text a lexer skips keeps its
place as plain text), split at line breaks. Producing that pass for a large file on every
keystroke is what this module avoids.

The model
---------
- A *checkpoint* at a line start is where a lexer can be resumed: the lexer state at the last
  match boundary at or before that line start, and how far (`back`, in characters) before the
  line start that boundary lies. Only boundaries in the same or the previous line are kept; a
  line that starts in the middle of a longer token (a block comment, a docstring matched by one
  regex) has no checkpoint. Line 0 always has the lexer's start state. The state is pygments'
  own state stack (plus, for `ExtendedRegexLexer`, the extra attributes its callbacks keep on
  the `LexerContext`); states are interned, so each line costs one list slot.
- The *exact frontier* F: lines [0, F) are known to be exact and the checkpoints of lines
  [0, F] are verified. Checkpoints beyond F that were verified before an edit are kept as
  *hints*. An edit moves F back to the last checkpoint before the edited line; lexing forward
  from there, as soon as the newly found checkpoint of a line after the edit equals its hint, F
  jumps back to where it was: an edit re-lexes only until the state matches again.
- A *run* lexes a *slice* of the text: the lines it must produce, then at least MARGIN_CHARS of
  following text, so that a regex looking ahead (a block comment's closing "*/", a lazy scan to
  "</script>") sees what a full pass would. Lines are produced one at a time from a live token
  generator, which stays alive between calls: the next row, or the next `work()` slice, goes on
  where the last one stopped.
- `line_tokens` (the keystroke path) lexes from a verified checkpoint at most REACH_LINES
  before the requested line; when there is none (after a jump to the end of a big file, or
  inside a long token) it lexes *provisionally* from the lexer's start state PROVISIONAL_LINES
  earlier and marks the line not exact. `work()` advances F in time slices and refines cached
  provisional lines, returning True when shown tokens changed.

Resuming exactly mid-file needs the lexer's loop to start at a position with a given state and
to report its state at line starts. For `RegexLexer` and `ExtendedRegexLexer` this module runs
its own copy of pygments' loop (`_regex_tokens`, `_extended_tokens`; statement for statement
the same, plus one comparison per match), starting inside a slice that begins with up to
CONTEXT characters of the preceding text so that `^`, `\\b` and lookbehinds see what they would
in a full pass. Lexers that override `get_tokens_unprocessed` to post-process the tokens of
`RegexLexer.get_tokens_unprocessed` (C and C++ type names, Lua and PHP built-ins...) run that
override on a copy whose global name `RegexLexer` stands for this loop. Other lexers
(delegating lexers such as `html+jinja`, lexers with their own loop) cannot be resumed: they
are lexed in a window of WINDOW_LINES lines before the requested line, exact only for the
lines a window starting at line 0 covers.

Lines longer than LONG_LINE characters are never held as token lists: `line_tokens` lexes a
window of LONG_MARGIN characters around the requested columns from the lexer's start state,
which is approximate (`is_exact` is False for them). The exact pass still goes through them, in
time slices, so the lines after them are exact.

Where the result could still differ from a full pass
----------------------------------------------------
- A slice ends before the text does, so a rule scanning for a far terminator (a docstring's
  closing quotes) could fail in the slice where a full pass would match. Such rules are found
  and checked by `editor.core.longmatch`; a run stops trusting its lines from the first
  undecided position, and the background retries with a slice twice as long. Not covered: a
  far-reaching lookahead, and callbacks that scan `ctx.text` themselves (a Ruby heredoc body
  longer than the slice).
- After an edit, a line before the last checkpoint preceding the edit whose tokens depend on
  text after that checkpoint through a failed lookahead (e.g. an unterminated `<!--` in HTML
  that typing `-->` further down would close). Most lexers end such constructs at the end of
  the file or the line, so the checkpoint before the edit covers them.
- Lookbehinds reaching further back than CONTEXT characters or across more than one line.
- Lexers that keep state outside the state stack between matches (attributes set on the lexer
  by callbacks; overrides of `get_tokens_unprocessed` that remember earlier tokens): resuming
  starts that state fresh.
- When the text has more than 4096 unread changes (`changes_since` returns None) everything
  starts over, which is exact but not incremental.
"""

from __future__ import annotations

import copy
import sys
import time
import types
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from pygments.lexer import ExtendedRegexLexer, Lexer, LexerContext, RegexLexer
from pygments.token import Error, Text, Whitespace, _TokenType

from editor.core.longmatch import checked_states, reaching_rules
from editor.core.text import Change, TextBuffer

Token = tuple[_TokenType, str]
RawToken = tuple[int, _TokenType, str]

CACHE_LINES = 4096  # token lists kept (LRU)
LONG_LINE = 10_000  # longer lines are lexed in windows, never held as token lists
LONG_MARGIN = 1_000  # characters lexed on each side of a long line's requested columns
CONTEXT = 64  # characters of preceding text a resumed slice starts with
MARGIN_CHARS = 16 * 1024  # text after the last line a run produces that its slice includes
REACH_LINES = 256  # keystroke path: most lines lexed from a checkpoint to a requested line
REACH_CHARS = 32 * 1024  # ... and most characters
PROVISIONAL_LINES = 24  # a provisional run starts this many lines before the requested line
VIEW_EXTRA = 8 * 1024  # a keystroke-path run also covers this much text after the requested line
SWEEP_START = 16 * 1024  # the first background slice after an edit; doubles up to SWEEP_MAX
SWEEP_MAX = 1024 * 1024
WINDOW_LINES = 256  # lines lexed before the requested one for lexers that cannot resume
INTERN_LIMIT = 100_000  # distinct checkpoints remembered for sharing
TIME_CHECK_EVERY = 16  # tokens pulled between looks at the clock

_NEVER = sys.maxsize
_START = "<start>"  # the lexer's own initial state (only ever at line 0)
_MISSING = object()  # a checkpoint not recorded yet

# A checkpoint: (lexer state, characters from the boundary back to the line start).
Checkpoint = tuple[Any, int]
Resume = Callable[[str, int, Any, "_Marks"], Iterator[RawToken]]


# --------------------------------------------------------------------------------------------
# Resumable lexing loops


class _Marks:
    """The lexer state at each line start a lexing loop passes, in order.

    The loops call `record` only when a match reaches the next unrecorded line start, so the
    cost is one comparison per match. Each entry is (back, state): the boundary where the match
    covering that line start began, as a distance back from the line start, and the state there.
    """

    def __init__(self, text: str, first_line_start: int, truncated: bool = False) -> None:
        self.text = text
        self.next = first_line_start
        self.found: list[tuple[int, Any]] = []
        # When `text` stops short of the end of the buffer: a match reaching `hard_end`, or a
        # failed match that more text could have completed, leaves everything from there on
        # undecided (see editor.core.longmatch).
        self.hard_end = len(text) - 1 if truncated else _NEVER
        self.undecided: int | None = None

    def touches_end(self, start: int) -> None:
        """A match from `start` ran into the end of a truncated slice."""
        if self.undecided is None:
            self.undecided = start

    def record(self, start: int, end: int, state: Any) -> int:
        """Note `state` for every unrecorded line start in the match [start, end); return the
        next line start still to record."""
        while self.next < end or self.next == start:
            self.found.append((self.next - start, state))
            newline = self.text.find("\n", self.next)
            self.next = newline + 1 if newline >= 0 else _NEVER
        return self.next



def _transition(stack: list[str], new_state: Any) -> None:
    """Apply a rule's state change to `stack`, exactly as pygments' loops do."""
    if isinstance(new_state, tuple):
        for state in new_state:
            if state == "#pop":
                if len(stack) > 1:
                    stack.pop()
            elif state == "#push":
                stack.append(stack[-1])
            else:
                stack.append(state)
    elif isinstance(new_state, int):
        if abs(new_state) >= len(stack):
            del stack[1:]
        else:
            del stack[new_state:]
    elif new_state == "#push":
        stack.append(stack[-1])
    else:
        raise AssertionError(f"wrong state def: {new_state!r}")


def _regex_tokens(
    lexer: RegexLexer, text: str, pos: int, stack: tuple[str, ...], marks: _Marks
) -> Iterator[RawToken]:
    """`RegexLexer.get_tokens_unprocessed`, starting at `pos` with `stack`, reporting line-start
    states and undecided matches to `marks`. The text before `pos` is only context for anchors
    and lookbehinds."""
    tokendefs = _states_for(lexer, marks)
    statestack = list(stack)
    statetokens = tokendefs[statestack[-1]]
    mark = marks.next
    hard_end = marks.hard_end
    while True:
        for rexmatch, action, new_state in statetokens:
            m = rexmatch(text, pos)
            if m:
                end = m.end()
                if end > mark or pos == mark:
                    mark = marks.record(pos, end, tuple(statestack))
                if end >= hard_end:
                    marks.touches_end(pos)
                if action is not None:
                    if type(action) is _TokenType:
                        yield pos, action, m.group()
                    else:
                        yield from action(lexer, m)
                pos = end
                if new_state is not None:
                    _transition(statestack, new_state)
                    statetokens = tokendefs[statestack[-1]]
                break
        else:
            if pos >= len(text):
                break
            if pos == mark:
                mark = marks.record(pos, pos + 1, tuple(statestack))
            if text[pos] == "\n":
                statestack = ["root"]
                statetokens = tokendefs["root"]
                yield pos, Whitespace, "\n"
                pos += 1
                continue
            yield pos, Error, text[pos]
            pos += 1


class _ExtendedState:
    """An `ExtendedRegexLexer` state: the stack plus the attributes its callbacks keep on the
    context (e.g. Ruby's pending heredocs), deep-copied."""

    __slots__ = ("stack", "extras")

    def __init__(self, stack: tuple[str, ...], extras: dict[str, Any]) -> None:
        self.stack = stack
        self.extras = extras

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _ExtendedState)
            and self.stack == other.stack
            and self.extras == other.extras
        )

    def __hash__(self) -> int:
        return hash(self.stack)


_CONTEXT_FIELDS = frozenset({"text", "pos", "end", "stack"})


def _snapshot(ctx: LexerContext) -> Any:
    """The resumable state held by `ctx`."""
    extras = {k: v for k, v in vars(ctx).items() if k not in _CONTEXT_FIELDS}
    stack = tuple(ctx.stack)
    return _ExtendedState(stack, copy.deepcopy(extras)) if extras else stack


def _context(text: str, pos: int, state: Any) -> LexerContext:
    """A fresh context at `pos` in `text` holding `state`."""
    if state == _START:
        return LexerContext(text, pos)
    if isinstance(state, _ExtendedState):
        ctx = LexerContext(text, pos, list(state.stack))
        for name, value in copy.deepcopy(state.extras).items():
            setattr(ctx, name, value)
        return ctx
    return LexerContext(text, pos, list(state))


def _extended_tokens(lexer: ExtendedRegexLexer, ctx: LexerContext, marks: _Marks) -> Iterator[RawToken]:
    """`ExtendedRegexLexer.get_tokens_unprocessed` on `ctx`, reporting line-start states and
    undecided matches."""
    tokendefs = _states_for(lexer, marks)
    text = ctx.text
    statetokens = tokendefs[ctx.stack[-1]]
    mark = marks.next
    hard_end = marks.hard_end
    while True:
        for rexmatch, action, new_state in statetokens:
            m = rexmatch(text, ctx.pos, ctx.end)
            if m:
                if m.end() > mark or ctx.pos == mark:
                    mark = marks.record(ctx.pos, m.end(), _snapshot(ctx))
                if m.end() >= hard_end:
                    marks.touches_end(ctx.pos)
                if action is not None:
                    if type(action) is _TokenType:
                        yield ctx.pos, action, m.group()
                        ctx.pos = m.end()
                    else:
                        yield from action(lexer, m, ctx)
                        if not new_state:
                            statetokens = tokendefs[ctx.stack[-1]]
                if new_state is not None:
                    _transition(ctx.stack, new_state)
                    statetokens = tokendefs[ctx.stack[-1]]
                break
        else:
            if ctx.pos >= ctx.end:
                break
            if ctx.pos == mark:
                mark = marks.record(ctx.pos, ctx.pos + 1, _snapshot(ctx))
            if text[ctx.pos] == "\n":
                ctx.stack = ["root"]
                statetokens = tokendefs["root"]
                yield ctx.pos, Text, "\n"
                ctx.pos += 1
                continue
            yield ctx.pos, Error, text[ctx.pos]
            ctx.pos += 1


_REACHING: dict[type, dict[Any, Any]] = {}


def _states_for(lexer: RegexLexer, marks: _Marks) -> dict[str, Any]:
    """The lexer's rules; over a truncated slice, with its far-reaching rules checked."""
    if marks.hard_end == _NEVER:
        return lexer._tokens
    kind = type(lexer)
    reaching = _REACHING.get(kind)
    if reaching is None:
        reaching = _REACHING[kind] = reaching_rules(lexer._tokens)
    return checked_states(lexer._tokens, reaching, marks)


def _filtered_tokens(
    lexer: RegexLexer, method: Callable[..., Iterator[RawToken]], text: str, pos: int, state: Any, marks: _Marks
) -> Iterator[RawToken]:
    """Run an override of `get_tokens_unprocessed` that post-processes RegexLexer's loop, on a
    copy of it whose global `RegexLexer` runs `_regex_tokens` from `pos` and `state`. At line 0
    the stack the override passes (e.g. PHP's `startinline`) is used."""

    def loop(_lexer: Lexer, _text: str, stack: tuple[str, ...] = ("root",)) -> Iterator[RawToken]:
        start = tuple(stack) if state == _START else state
        return _regex_tokens(lexer, text, pos, start, marks)

    stand_in = types.SimpleNamespace(get_tokens_unprocessed=loop)
    clone = types.FunctionType(
        method.__code__,
        dict(method.__globals__, RegexLexer=stand_in),
        method.__name__,
        method.__defaults__,
        method.__closure__,
    )
    clone.__kwdefaults__ = method.__kwdefaults__
    return clone(lexer, text)


def _resumer(lexer: Lexer) -> Resume | None:
    """How to run `lexer` from a recorded state mid-text, or None if it cannot be resumed."""
    method = type(lexer).get_tokens_unprocessed
    if isinstance(lexer, ExtendedRegexLexer):
        if method is ExtendedRegexLexer.get_tokens_unprocessed:
            return lambda text, pos, state, marks: _extended_tokens(lexer, _context(text, pos, state), marks)
        return None
    if not isinstance(lexer, RegexLexer):
        return None
    if method is RegexLexer.get_tokens_unprocessed:
        return lambda text, pos, state, marks: _regex_tokens(
            lexer, text, pos, ("root",) if state == _START else state, marks
        )
    if "RegexLexer" in method.__code__.co_names and method.__globals__.get("RegexLexer") is RegexLexer:
        return lambda text, pos, state, marks: _filtered_tokens(lexer, method, text, pos, state, marks)
    return None


# --------------------------------------------------------------------------------------------
# Slices and runs


@dataclass
class _Slice:
    """A piece of the text prepared for one run."""

    text: str  # context + lines joined with "\n" + "\n" (+ margin)
    start: int  # where lexing starts in `text`
    first: int  # the first line the run produces
    first_offset: int  # where line `first` starts in `text`
    lengths: list[int]  # lengths of the lines the run may produce: first, first + 1, ...
    end_line: int  # the first line not in `text` at all (edits before it invalidate the run)
    truncated: bool  # the text stops before the end of the buffer

    @property
    def limit(self) -> int:
        """The first line the run may not produce (its text is margin)."""
        return self.first + len(self.lengths)


def _context_prefix(text: TextBuffer, first: int, back: int | None) -> tuple[str, int]:
    """The text a slice starting at line `first` begins with, and where lexing starts in it:
    with `back` None, nothing; else the boundary `back` characters before the line start, with
    up to CONTEXT characters before it."""
    if back is None or first == 0:
        return "", 0
    prev = text.line(first - 1)
    col = len(prev) + 1 - back
    low = max(0, col - CONTEXT)
    return prev[low:] + "\n", col - low


def _cut_slice(
    text: TextBuffer, first: int, back: int | None, need: int, extra: int, bounded: bool
) -> _Slice | None:
    """A slice producing lines [first, need), then further lines up to `extra` more characters,
    then MARGIN_CHARS of margin; when the text ends within the margin, every line is produced.
    With `bounded` (the keystroke path), None if lines [first, need) hold a long line or more
    than REACH_CHARS characters, and no long line after them is produced."""
    prefix, start = _context_prefix(text, first, back)
    body: list[str] = []
    lengths: list[int] = []
    required = more = margin = 0
    truncated = False
    for line in text.lines(first, text.line_count):
        if first + len(body) < need:
            required += len(line) + 1
            if bounded and (len(line) > LONG_LINE or required > REACH_CHARS):
                return None
        elif not margin and more < extra and not (bounded and len(line) > LONG_LINE):
            more += len(line) + 1
        else:
            room = MARGIN_CHARS - margin
            if len(line) >= room:
                body.append(line[: max(room, 0)])
                truncated = True
                break
            body.append(line)
            margin += len(line) + 1
            continue
        body.append(line)
        lengths.append(len(line))
    if not truncated and first + len(body) == text.line_count:
        lengths = [len(line) for line in body]
    return _Slice(
        text=prefix + "\n".join(body) + "\n",
        start=start,
        first=first,
        first_offset=len(prefix),
        lengths=lengths,
        end_line=first + len(body),
        truncated=truncated,
    )


class _Finished(NamedTuple):
    """A line a run has produced, with the checkpoint of the line after it."""

    index: int
    tokens: list[Token] | None  # None for long lines, which are never held
    checkpoint: Checkpoint | None
    decided: bool  # False if an undecided match (see _Marks) lies in or before the line


class _Run:
    """One lexing pass over a slice, producing whole lines in order.

    Tokens are assigned to lines by offset: a token spanning line breaks is split, and text
    the lexer yields no token for is given `Token.Text`, so a line's tokens always concatenate
    to its text. A line is handed out once the token stream has passed its end and the state at
    the next line start has been recorded.
    """

    def __init__(self, piece: _Slice, tokens: Iterator[RawToken], marks: _Marks | None, exact: bool) -> None:
        self.exact = exact
        self.first = piece.first
        self.aim = piece.first  # the line it was started to reach (set by its maker)
        self.line = piece.first  # the next line to hand out
        self.limit = piece.limit
        self.end_line = piece.end_line
        self.lengths = piece.lengths
        self._chars = 0  # characters of tokens pulled from the lexer, not yet reported
        self._text = piece.text
        self._tokens = tokens
        self._marks = marks
        self._pos = piece.first_offset  # everything before this is assigned
        self._started = False  # a token has reached the first line the run produces
        self._current = piece.first  # the line being assembled
        self._line_end = piece.first_offset + (piece.lengths[0] if piece.lengths else _NEVER)
        self._parts: list[Token] | None = self._fresh_parts(0)
        self._done: deque[tuple[int, list[Token] | None, int]] = deque()
        self._exhausted = False

    @property
    def spent(self) -> bool:
        """True when the run can produce no more lines."""
        return self.line >= self.limit or (self._exhausted and not self._done)

    def has_long_line(self, stop: int) -> bool:
        """True if a line in [self.line, stop) is longer than LONG_LINE."""
        low, high = self.line - self.first, min(stop, self.limit) - self.first
        return any(length > LONG_LINE for length in self.lengths[low:high])

    def finish(self, deadline: float | None = None) -> _Finished | None:
        """The next line; None when the run is spent or `deadline` (perf_counter) passed."""
        pulled = 0
        while True:
            if self._done:
                checkpoint = self._checkpoint_after(self._done[0][0])
                if checkpoint is not _MISSING or self._exhausted:
                    index, parts, line_end = self._done.popleft()
                    self.line = index + 1
                    undecided = self._marks.undecided if self._marks is not None else None
                    decided = undecided is None or undecided > line_end
                    return _Finished(index, parts, None if checkpoint is _MISSING else checkpoint, decided)
            if self._exhausted or self.line >= self.limit:
                return None
            pulled += 1
            if deadline is not None and pulled % TIME_CHECK_EVERY == 0 and time.perf_counter() > deadline:
                return None
            self._pull()

    def take_chars(self) -> int:
        """Characters lexed since the last call."""
        chars, self._chars = self._chars, 0
        return chars

    def _pull(self) -> None:
        """Take one token from the lexer (or note the end of the text)."""
        try:
            offset, kind, value = next(self._tokens)
        except StopIteration:
            self._exhausted = True
            self._take(len(self._text), Text, "")
            return
        self._chars += len(value)
        self._take(offset, kind, value)

    def _checkpoint_after(self, index: int) -> Any:
        """The checkpoint of line index + 1, _MISSING if not recorded yet, None if there is none
        close enough (the boundary lies before line `index`)."""
        if self._marks is None:
            return None
        found = self._marks.found
        k = index + 1 - self.first
        if k >= len(found):
            return _MISSING
        back, state = found[k]
        if 0 <= back <= self.lengths[index - self.first] + 1:
            return (state, back)
        return None

    def _fresh_parts(self, k: int) -> list[Token] | None:
        """An empty token list for the k-th line of the slice, None if it is long or margin."""
        return [] if k < len(self.lengths) and self.lengths[k] <= LONG_LINE else None

    def _take(self, offset: int, kind: _TokenType, value: str) -> None:
        """Assign a token's text to lines. Tokens are cut at the start of the first line the
        run produces; after that they follow one another in stream order (see `_place`)."""
        if not self._started:
            # Tokens before the first line, and empty ones there (bygroups yields an empty
            # token for an empty group), must not start stream order early.
            if offset + len(value) <= self._pos:
                return
            if offset < self._pos:
                value = value[self._pos - offset :]
                offset = self._pos
            self._started = True
        offset = _place(offset, self._pos)
        if offset > self._pos:
            self._assign(self._pos, Text, self._text[self._pos : offset])
        self._assign(offset, kind, value)

    def _assign(self, offset: int, kind: _TokenType, value: str) -> None:
        """Split `value` (starting at `offset`) over the lines it covers."""
        while value:
            room = self._line_end - offset
            if len(value) <= room:
                self._add(kind, value)
                offset += len(value)
                break
            if room > 0:
                self._add(kind, value[:room])
            value = value[room + 1 :]
            offset = self._line_end + 1
            self._end_line()
        self._pos = offset

    def _add(self, kind: _TokenType, value: str) -> None:
        if self._parts is not None:
            self._parts.append((kind, value))

    def _end_line(self) -> None:
        """The current line's text is complete: queue it and start the next one."""
        if self._current < self.limit:
            self._done.append((self._current, self._parts, self._line_end))
        self._current += 1
        k = self._current - self.first
        self._parts = self._fresh_parts(k)
        length = self.lengths[k] if k < len(self.lengths) else _NEVER
        self._line_end = self._line_end + 1 + length if length != _NEVER else _NEVER



# --------------------------------------------------------------------------------------------
# The highlighter


class _Entry(NamedTuple):
    """A cached line: its tokens, whether they are exact, and whether an exact run left them
    undecided (lexing them again on the keystroke path would give the same; the background
    will settle them with a longer slice)."""

    tokens: list[Token]
    exact: bool
    undecided: bool = False


class Highlighter:
    """Tokens for the lines of one `TextBuffer`, computed lazily and kept up to date by reading
    the buffer's change log at the start of every public call.

    `lexed_lines` and `lexed_chars` count the lines produced and the characters lexed so far
    (for tests and benchmarks).
    """

    def __init__(self, text: TextBuffer, lexer: Lexer | None) -> None:
        self._text = text
        self.lexed_lines = 0
        self.lexed_chars = 0
        self.set_lexer(lexer)

    # ---- public API

    def set_lexer(self, lexer: Lexer | None) -> None:
        """Highlight with `lexer` (None: plain text), starting over."""
        self._lexer = lexer
        self._resume = _resumer(lexer) if lexer is not None else None
        self._reset()

    def line_tokens(self, index: int, start: int = 0, end: int | None = None) -> list[Token]:
        """Tokens whose texts concatenate to exactly `text.line(index)[start:end]`."""
        self._catch_up()
        line = self._text.line(index)
        start, stop, _ = slice(start, end).indices(len(line))
        if start >= stop:
            return []
        if self._lexer is None:
            return [(Text, line[start:stop])]
        if len(line) > LONG_LINE:
            return self._long_line_tokens(index, line, start, stop)
        return _clip(self._entry(index).tokens, start, stop)

    def is_exact(self, index: int) -> bool:
        """True once line `index` shows what a full pass would show."""
        self._catch_up()
        if self._lexer is None:
            return True
        if len(self._text.line(index)) > LONG_LINE:
            return False
        return self._final(index, self._entry(index))

    def pending(self) -> bool:
        """True while `work()` has something to do that could change shown lines."""
        self._catch_up()
        if self._resume is None:
            return False
        return self._exact < self._text.line_count or bool(self._provisional)

    def work(self, budget: float = 0.004) -> bool:
        """Advance exact lexing for about `budget` seconds: refine provisional lines, then move
        the exact frontier on. True if the tokens of a cached line changed (redraw)."""
        self._catch_up()
        if self._resume is None:
            return False
        deadline = time.perf_counter() + budget
        changed = False
        while time.perf_counter() < deadline:
            run = self._background_run()
            if run is None:
                break
            finished = run.finish(deadline)
            self.lexed_chars += run.take_chars()
            if finished is not None:
                changed |= self._accept(run, finished, view=False)
                if run.exact and not finished.decided:
                    self._sweep_spent(run, progressed=finished.index > run.first)
            elif run.spent:
                self._sweep_spent(run, progressed=run.line > run.first)
        return changed

    # ---- following the text

    def _reset(self) -> None:
        """Forget everything: nothing is known beyond the start state of line 0."""
        self._version = self._text.version
        self._states: list[Checkpoint | None] = [(_START, 0)]
        self._exact = 0  # the exact frontier F
        self._hint_exact = 0  # how far the hints beyond F were verified before the edits
        self._dirty_end = 0  # hints before this line are unreliable (edited)
        self._cache: OrderedDict[int, _Entry] = OrderedDict()
        self._provisional: set[int] = set()
        self._view_run: _Run | None = None
        self._sweep_run: _Run | None = None
        self._sweep_chars = SWEEP_START
        self._refine_needed = False
        self._refine_until = -1
        self._interned: dict[Checkpoint, Checkpoint] = {}
        self._long_memo: tuple[tuple[int, int, int], list[Token]] | None = None

    def _catch_up(self) -> None:
        """Apply the buffer's changes since the last call."""
        if self._text.version == self._version:
            return
        changes = self._text.changes_since(self._version)
        if changes is None:
            self._reset()
            return
        for change in changes:
            self._apply(change)
        self._version = self._text.version

    def _apply(self, change: Change) -> None:
        """Account for lines [first, first+removed) having become `added` lines."""
        first, removed, added = change.first, change.removed, change.added
        self._long_memo = None
        if self._view_run is not None and first < self._view_run.end_line:
            self._view_run = None
        if self._sweep_run is not None and first < self._sweep_run.end_line:
            self._sweep_run = None
        if self._resume is None:
            self._cache.clear()
            self._provisional.clear()
            return
        self._shift_cache(first, removed, added)
        self._sweep_chars = SWEEP_START
        if first < len(self._states):
            self._move_frontier_back(first, removed, added)

    def _shift_cache(self, first: int, removed: int, added: int) -> None:
        """Drop the edited lines' tokens and renumber the lines after them."""
        delta = added - removed

        def moved(line: int) -> int | None:
            if line < first:
                return line
            return line + delta if line >= first + removed else None

        cache: OrderedDict[int, _Entry] = OrderedDict()
        for line, entry in self._cache.items():
            target = moved(line)
            if target is not None:
                cache[target] = entry
        self._cache = cache
        self._provisional = {t for t in map(moved, self._provisional) if t is not None}

    def _move_frontier_back(self, first: int, removed: int, added: int) -> None:
        """Lines from the last checkpoint before the edit are no longer known exact; the
        checkpoints after the edit stay as hints, renumbered."""
        resume = self._resume_line_before(first)
        if resume < self._exact:
            self._hint_exact = max(self._hint_exact, self._exact)
            self._exact = resume
        delta = added - removed
        if first + removed <= self._hint_exact:
            self._hint_exact += delta
        elif first < self._hint_exact:
            self._hint_exact = first
        if self._dirty_end > first + removed:
            self._dirty_end += delta
        self._dirty_end = max(self._dirty_end, first + added)
        states = self._states
        if first + removed < len(states):
            states[first + 1 : first + removed] = [None] * (added - 1)
        else:
            del states[first + 1 :]

    def _resume_line_before(self, first: int) -> int:
        """The first line whose tokens an edit at line `first` may change: the last line with a
        checkpoint, or the line before it when that checkpoint's boundary lies in it. (Inside a
        token of N lines this walks back N list slots.)"""
        line = min(first, len(self._states) - 1)
        checkpoint = self._states[line]
        while checkpoint is None:
            line -= 1
            checkpoint = self._states[line]
        return line - 1 if line > 0 and checkpoint[1] > 0 else line

    def _commit(self, index: int, checkpoint: Checkpoint | None) -> None:
        """An exact run finished line `index`: extend the frontier if it was the next line, and
        jump over the hints when the new checkpoint after the edit equals the old one."""
        if index != self._exact:
            return
        self._exact = nxt = index + 1
        if nxt >= self._text.line_count:
            return
        checkpoint = self._intern(checkpoint)
        states = self._states
        if nxt == len(states):
            states.append(checkpoint)
            return
        hint = states[nxt]
        states[nxt] = checkpoint
        if checkpoint is not None and checkpoint == hint and nxt < self._hint_exact:
            # At the first line after the edit only a boundary at the line start is unaffected.
            if nxt > self._dirty_end or (nxt == self._dirty_end and checkpoint[1] == 0):
                self._exact = self._hint_exact
                self._refine_needed = True
        if self._exact >= self._dirty_end:
            self._dirty_end = 0

    def _intern(self, checkpoint: Checkpoint | None) -> Checkpoint | None:
        """One shared object per distinct checkpoint."""
        if checkpoint is None:
            return None
        if len(self._interned) > INTERN_LIMIT:
            self._interned.clear()
        return self._interned.setdefault(checkpoint, checkpoint)

    # ---- the cache

    def _final(self, index: int, entry: _Entry) -> bool:
        """True if `entry` cannot get better: exact and inside the frontier (or, for a lexer
        that cannot resume, whatever its window gave)."""
        if self._resume is None:
            return True
        return entry.exact and index < self._exact

    def _put(self, index: int, entry: _Entry) -> None:
        """Cache a line's tokens, evicting the least recently used beyond CACHE_LINES."""
        self._cache[index] = entry
        self._cache.move_to_end(index)
        if entry.exact:
            self._provisional.discard(index)
        else:
            self._provisional.add(index)
            self._refine_needed |= index < self._exact
        while len(self._cache) > CACHE_LINES:
            old, _ = self._cache.popitem(last=False)
            self._provisional.discard(old)

    def _accept(self, run: _Run, finished: _Finished, view: bool) -> bool:
        """Take a line a run finished: commit its checkpoint, cache its tokens (the keystroke
        path caches what it lexed; the background only refreshes cached lines; provisional
        tokens never replace exact ones). True if a cached line's tokens changed."""
        self.lexed_lines += 1
        index, tokens, checkpoint, decided = finished
        exact = run.exact and decided
        if exact and self._resume is not None:
            self._commit(index, checkpoint)
        if tokens is None:
            return False
        old = self._cache.get(index)
        if (old is None and not view) or (old is not None and old.exact and not exact):
            return False
        self._put(index, _Entry(tokens, exact, undecided=run.exact and not decided))
        return old is None or old.tokens != tokens

    # ---- the keystroke path

    def _entry(self, index: int) -> _Entry:
        """The tokens of line `index` (not a long line), lexed if they can get better."""
        entry = self._cache.get(index)
        if entry is not None and (entry.undecided or self._final(index, entry)):
            self._cache.move_to_end(index)
            return entry
        run = self._view_run_for(index, have=entry is not None)
        if run is None:
            assert entry is not None
            return entry
        self._view_run = run
        while (finished := run.finish()) is not None:
            self.lexed_chars += run.take_chars()
            self._accept(run, finished, view=True)
            if finished.index == index:
                return self._cache[index]
        raise AssertionError(f"run ended before line {index}")

    def _view_run_for(self, index: int, have: bool) -> _Run | None:
        """A run to produce line `index` at bounded cost: exact if a verified checkpoint is
        near enough, else provisional; None if the line has provisional tokens already and
        nothing better is in reach."""
        run = self._view_run
        usable = run is not None and self._can_serve(run, index)
        if usable and run is not None and run.exact:
            return run
        if self._resume is not None:
            exact = self._exact_run(index, bounded=True)
            if exact is not None:
                return exact
        if have:
            return None
        return run if usable else self._provisional_run(index)

    def _can_serve(self, run: _Run, index: int) -> bool:
        """True if `run` can reach line `index` cheaply."""
        return run.line <= index < run.limit and index - run.line <= REACH_LINES and not run.has_long_line(index)

    def _provisional_run(self, index: int) -> _Run:
        """A run from the lexer's start state a little before `index` (after any long line).
        For a lexer that cannot resume this is the only kind, exact when it starts at line 0."""
        base = max(0, index - (WINDOW_LINES if self._resume is None else PROVISIONAL_LINES))
        first = base
        for offset, line in enumerate(self._text.lines(base, index)):
            if len(line) > LONG_LINE:
                first = base + offset + 1
        piece = _cut_slice(self._text, first, None, index + 1, VIEW_EXTRA, bounded=False)
        assert piece is not None and self._lexer is not None
        exact = first == 0 and self._resume is None
        return _Run(piece, self._lexer.get_tokens_unprocessed(piece.text), None, exact)

    def _exact_run(self, target: int, bounded: bool) -> _Run | None:
        """A run from the verified checkpoint nearest before `target`; with `bounded`, None if
        that is more than REACH_LINES back or the way there too long."""
        line = min(target, self._exact)
        if bounded and target - line > REACH_LINES:
            return None
        checkpoint = self._states[line]
        while checkpoint is None:
            line -= 1
            if bounded and target - line > REACH_LINES:
                return None
            checkpoint = self._states[line]
        state, back = checkpoint
        extra = VIEW_EXTRA if bounded else self._sweep_chars
        piece = _cut_slice(self._text, line, back, target + 1, extra, bounded)
        if piece is None:
            return None
        assert self._resume is not None
        marks = _Marks(piece.text, piece.first_offset, piece.truncated)
        run = _Run(piece, self._resume(piece.text, piece.start, state, marks), marks, exact=True)
        run.aim = target
        return run

    def _long_line_tokens(self, index: int, line: str, start: int, stop: int) -> list[Token]:
        """Tokens for columns [start, stop) of a long line, lexed (approximately) from the
        lexer's start state in a window LONG_MARGIN characters wider on each side. At most
        LONG_LINE columns are lexed; any further requested columns are plain text."""
        key = (index, start, stop)
        if self._long_memo is None or self._long_memo[0] != key:
            lexed_stop = min(stop, start + LONG_LINE)
            low = max(0, start - LONG_MARGIN)
            high = min(len(line), lexed_stop + LONG_MARGIN)
            window = line[low:high] + ("\n" if high == len(line) else "")
            assert self._lexer is not None
            self.lexed_chars += len(window)
            self.lexed_lines += 1
            tokens = _clip_raw(self._lexer.get_tokens_unprocessed(window), window, start - low, lexed_stop - low)
            if lexed_stop < stop:
                tokens.append((Text, line[lexed_stop:stop]))
            self._long_memo = (key, tokens)
        return list(self._long_memo[1])

    # ---- the background

    def _background_run(self) -> _Run | None:
        """The run `work()` should advance: first one refining provisional lines inside the
        frontier, else one moving the frontier on; None when all is done."""
        if self._refine_needed:
            self._refine_needed = False
            below = [line for line in self._provisional if line < self._exact]
            if below:
                self._refine_until = max(below)
                self._sweep_run = self._exact_run(min(below), bounded=False)
                return self._sweep_run
        run = self._sweep_run
        if run is not None and run.exact and not run.spent:
            if run.line <= max(self._refine_until, run.aim) or run.line == self._exact:
                return run
        self._refine_until = -1
        run = self._exact_run(self._exact, bounded=False) if self._exact < self._text.line_count else None
        self._sweep_run = run
        return run

    def _sweep_spent(self, run: _Run, progressed: bool) -> None:
        """A background run used up its slice, or reached a match its slice could not decide:
        the next one gets a slice twice as long (up to SWEEP_MAX while lines come out; without
        limit while a single token fills the slice)."""
        self._sweep_run = None
        self._refine_needed = True
        doubled = self._sweep_chars * 2
        self._sweep_chars = min(doubled, SWEEP_MAX) if progressed else doubled

    def __repr__(self) -> str:
        return f"Highlighter(exact={self._exact}/{self._text.line_count}, cached={len(self._cache)})"


def _clip(tokens: list[Token], start: int, stop: int) -> list[Token]:
    """The parts of a line's tokens that fall in columns [start, stop)."""
    out: list[Token] = []
    pos = 0
    for kind, value in tokens:
        end = pos + len(value)
        if end > start and pos < stop:
            out.append((kind, value[max(start - pos, 0) : stop - pos]))
        pos = end
        if pos >= stop:
            break
    return out


def _place(offset: int, pos: int) -> int:
    """Where a token reported at `offset` starts when the text before `pos` is assigned.

    Like pygments' own output, which concatenates token values and ignores offsets, a token
    follows the previous one even when its offset says otherwise (a nested lexer, such as the
    one for a fenced code block in Markdown, may report offsets relative to its own text). Text
    a lexer skips without a token stays where it is, as plain text, so lines keep every
    character."""
    return offset if offset > pos else pos


def _clip_raw(tokens: Iterator[RawToken], text: str, start: int, stop: int) -> list[Token]:
    """The parts of positioned tokens over `text` that fall in [start, stop); text no token
    covers is given `Token.Text`."""
    out: list[Token] = []
    pos = start
    started = False
    for offset, kind, value in tokens:
        if started:
            offset = _place(offset, pos)
        end = offset + len(value)
        if end <= pos:
            continue
        started = True
        if offset >= stop:
            break
        if offset > pos:
            out.append((Text, text[pos:offset]))
        low = max(pos, offset)
        out.append((kind, value[low - offset : min(end, stop) - offset]))
        pos = min(end, stop)
        if pos >= stop:
            break
    if pos < stop:
        out.append((Text, text[pos:stop]))
    return [token for token in out if token[1]]
