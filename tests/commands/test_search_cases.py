"""Run the search and replace data cases of tests/cases/search.toml through the real commands,
with no terminal.

Each `[[case]]` has a `name`, the text before (`in`, with `|` for the cursor), the search
options (`regex`, `case`, `whole_word`, set through the toggle commands), the command lines to
`run`, the `answers` to give to questions and prompts, and what to expect: the text with every
selection marked (`out`), the last `message` and whether it is an `error`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from helpers import headless_session, marked_text, run, split_cursors

from editor.core.search import CASES as CASE_MODES
from editor.core.session import HeadlessPort, Session

CASE_FILE = Path(__file__).resolve().parents[1] / "cases" / "search.toml"
CASES = tomllib.loads(CASE_FILE.read_text("utf-8"))["case"]


def case_session(case: dict) -> Session:
    """A headless session on the case's text with its options set by the toggle commands."""
    text, selections = split_cursors(case["in"])
    session = headless_session(text, case.get("answers", []))
    session.view.set_selections(selections)
    if case.get("regex"):
        assert run(session, "search.regex")
    for _ in range(CASE_MODES.index(case.get("case", "smart"))):
        assert run(session, "search.case")
    if case.get("whole_word"):
        assert run(session, "search.whole_word")
    return session


def test_the_cases_cover_enough() -> None:
    assert len(CASES) >= 30
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    assert all(set(case) <= {"name", "in", "regex", "case", "whole_word", "run", "answers",
                             "out", "message", "error"} for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_search_case(case: dict) -> None:
    session = case_session(case)
    for line in case["run"]:
        run(session, line)
    assert marked_text(session.document, session.view.selections) == case["out"]
    port = session.port
    assert isinstance(port, HeadlessPort)
    text, error = port.messages[-1]
    if "message" in case:
        assert text == case["message"]
    assert error == case.get("error", False)
    assert not port.answers, "every answer was used"
