"""Far-reaching lexer rules and their reach patterns (editor/core/longmatch.py)."""

from __future__ import annotations

import re

from editor.core.languages import make_lexer
from editor.core.longmatch import checked_states, reach_pattern, reaching_rules

DOCSTRING = re.compile(r'^(\s*)([rRuUbB]{,2})("""(?:.|\n)*?""")', re.MULTILINE)


def test_a_lazy_scan_to_a_terminator_reaches_the_end_only_when_unterminated():
    reach = reach_pattern(DOCSTRING)
    assert reach is not None
    assert reach.match('"""\nno closing quotes yet\n') is not None
    assert reach.match("x = 1\n") is None


def test_a_repeat_at_the_end_of_a_pattern_needs_no_check():
    assert reach_pattern(re.compile(r"\s+")) is None
    assert reach_pattern(re.compile(r"[^<&]+")) is None
    assert reach_pattern(re.compile(r"#.*$")) is None  # '.' stops at line breaks


def test_dotall_and_backreferences_are_followed():
    comment = reach_pattern(re.compile(r"/\*.*?\*/", re.DOTALL))
    assert comment is not None and comment.match("/* open\nstill open") is not None
    heredoc = reach_pattern(re.compile(r"<<-?\s*(\'?)\\?(\w+)[\w\W]+?\2"))
    assert heredoc is not None and heredoc.match("<<EOF\nbody\n") is not None
    assert heredoc.match("echo hi") is None


def test_a_checked_rule_notes_the_first_undecided_position():
    class Marks:
        undecided = None

    lexer = make_lexer("python")
    reaching = reaching_rules(lexer._tokens)
    opening = '^(\\s*)([rRuUbB]{,2})("""'  # pygments' docstring rule; its body varies by version
    assert any(rule.__self__.pattern.startswith(opening) for rule in reaching)
    marks = Marks()
    states = checked_states(lexer._tokens, reaching, marks)
    index = next(i for i, (r, _, _) in enumerate(lexer._tokens["root"]) if r in reaching)
    assert lexer._tokens["root"][index][0].__self__.pattern.startswith(opening)
    rule = states["root"][index][0]
    text = 'x = 1\n"""\nunterminated\n'
    assert rule(text, 0) is None and marks.undecided is None
    assert rule(text, 6) is None and marks.undecided == 6
