"""Run every data case in tests/cases/ (see its README) through the default keymap."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import marked_text, open_marked, press

CASES = Path(__file__).resolve().parents[1] / "cases"
NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())


def test_there_are_cases() -> None:
    assert len(NAMES) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_case(name: str) -> None:
    folder = CASES / name
    read = lambda file: (folder / file).read_bytes().decode()  # noqa: E731
    session = open_marked(read("in"))
    press(session, read("keys"))
    assert marked_text(session.document, session.view.selections) == read("out")
