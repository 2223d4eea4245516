"""Lexer rules that can reach arbitrarily far ahead, and a check for when they would.

The highlighter lexes a *slice* of a large text. A rule such as Python's docstring pattern
(three quotes, a lazy `(?:.|\\n)*?`, three quotes) scans to its closing quotes; when those lie
beyond the end of the slice it fails there, though it would match in a full pass. Such a
failure is *undecided*.

For each rule with an unbounded repeat that can cross a line break and is followed by
something the match still needs (the closing quotes), `reaching_rules` builds a second
pattern from the rule's parse tree: everything up to and including such a repeat, then the end
of the text (one alternative per repeat). If the rule fails at a position where this *reach pattern* matches, the scan ran
into the end of the slice and the failure is undecided. `checked_states` wraps those rules so
that a run over a slice that stops short of the end of the text records the first undecided
position. Only these rules pay for the second look, and only when they fail.

A rule whose repeat sits at the end of its pattern (`\\s+`) needs no check: its failures do not
depend on what follows. Matches that run into the end of a slice are caught by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Protocol

Match = Callable[..., Any]
Rules = dict[str, list[tuple[Match, Any, Any]]]
_NEWLINE = ord("\n")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_END = (sre.AT, sre.AT_END_STRING)
MAX_CUTS = 16  # far-reaching repeats checked per rule


class Undecided(Protocol):
    """Where the first undecided match attempt of a run happened (None while there is none)."""

    undecided: int | None


def reaching_rules(tokendefs: Rules) -> dict[Match, Match]:
    """Each far-reaching rule's `match` mapped to the `match` of its reach pattern."""
    found: dict[Match, Match] = {}
    for rules in tokendefs.values():
        for rexmatch, _action, _state in rules:
            pattern = getattr(rexmatch, "__self__", None)
            if isinstance(pattern, re.Pattern) and rexmatch not in found:
                reach = reach_pattern(pattern)
                if reach is not None:
                    found[rexmatch] = reach.match
    return found


def reach_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching where `pattern` could run into the end of the text: what it matches
    up to and including any far-reaching repeat that more of it follows, then the end of the
    text. None if it has no such repeat."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    dotall = bool(parsed.state.flags & re.DOTALL)
    cuts = _cuts(list(parsed.data), dotall, followed=False)[:MAX_CUTS]
    if not cuts:
        return None
    state = parsed.state
    either = [(sre.BRANCH, (None, [sre_parse.SubPattern(state, cut) for cut in cuts]))]
    try:
        return sre_compile.compile(sre_parse.SubPattern(state, either), pattern.flags)
    except (re.error, TypeError, ValueError, RecursionError, AssertionError):
        return None


def checked_states(tokendefs: Rules, reaching: dict[Match, Match], marks: Undecided) -> Rules:
    """A copy of `tokendefs` whose far-reaching rules record in `marks` the first position
    where a failed match ran into the end of the text."""
    if not reaching:
        return tokendefs
    wrapped = {rexmatch: _checked(rexmatch, reach, marks) for rexmatch, reach in reaching.items()}
    return {
        state: [(wrapped.get(rexmatch, rexmatch), action, new) for rexmatch, action, new in rules]
        for state, rules in tokendefs.items()
    }


def _checked(rexmatch: Match, reach: Match, marks: Undecided) -> Match:
    def attempt(text: str, pos: int, *end: int) -> Any:
        found = rexmatch(text, pos, *end)
        if found is None and marks.undecided is None and reach(text, pos, *end) is not None:
            marks.undecided = pos
        return found

    return attempt


def _cuts(items: list[tuple[Any, Any]], dotall: bool, followed: bool) -> list[list[tuple[Any, Any]]]:
    """For every far-reaching repeat that more of the pattern follows (here, or after these
    items when `followed`): `items` up to and including it, then the end of the text."""
    found: list[list[tuple[Any, Any]]] = []
    for index, (op, av) in enumerate(items):
        head, rest = items[:index], items[index + 1 :]
        more = bool(rest) or followed
        if op in _REPEATS:
            _low, high, body = av
            if high == sre.MAXREPEAT and _can_cross_line(body, dotall) and more:
                found.append([*head, (op, av), _END])
            found += [[*head, *inner] for inner in _cuts(list(body), dotall, more)]
        elif op is sre.SUBPATTERN:
            group, add, remove, body = av
            local = (dotall or bool(add & re.DOTALL)) and not remove & re.DOTALL
            found += [
                [*head, (op, (group, add, remove, sre_parse.SubPattern(body.state, inner)))]
                for inner in _cuts(list(body), local, more)
            ]
        elif op is sre.BRANCH:
            for branch in av[1]:
                found += [[*head, *inner] for inner in _cuts(list(branch) + rest, dotall, followed)]
            return found
        elif op is sre.ATOMIC_GROUP:
            found += [[*head, *inner] for inner in _cuts(list(av) + rest, dotall, followed)]
            return found
    return found


def _can_cross_line(items: Any, dotall: bool) -> bool:
    """True if the sub-pattern can consume a line break somewhere."""
    for op, av in items:
        if op is sre.LITERAL and av == _NEWLINE:
            return True
        if op is sre.NOT_LITERAL and av != _NEWLINE:
            return True
        if op is sre.ANY and dotall:
            return True
        if op is sre.IN and _set_has_newline(av):
            return True
        if op in _REPEATS and _can_cross_line(av[2], dotall):
            return True
        if op is sre.SUBPATTERN:
            _group, add, remove, body = av
            local = (dotall or bool(add & re.DOTALL)) and not remove & re.DOTALL
            if _can_cross_line(body, local):
                return True
        if op is sre.BRANCH and any(_can_cross_line(branch, dotall) for branch in av[1]):
            return True
        if op is sre.ATOMIC_GROUP and _can_cross_line(av, dotall):
            return True
        if op is sre.GROUPREF_EXISTS:
            _group, yes, no = av
            if _can_cross_line(yes, dotall) or (no is not None and _can_cross_line(no, dotall)):
                return True
        if op is sre.GROUPREF:
            return True
    return False


def _set_has_newline(items: Any) -> bool:
    """True if a character class `[...]` matches a line break."""
    negate = False
    hit = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            hit |= av == _NEWLINE
        elif op is sre.RANGE:
            hit |= av[0] <= _NEWLINE <= av[1]
        elif op is sre.CATEGORY:
            name = str(av)
            hit |= ("SPACE" in name or "LINEBREAK" in name) != ("NOT_" in name)
    return hit != negate
