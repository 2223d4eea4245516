"""The example plugin in the README is the one in examples/plugins/, and it works."""

from __future__ import annotations

import re
from pathlib import Path

from editor.core.commands import REGISTRY, Registry
from editor.core.files import document_from_bytes
from editor.core.plugins import load_plugins
from editor.core.selection import Selection
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos
from helpers import run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "plugins" / "text_tools.py"


def plugins_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("\n## Plugins\n")
    end = readme.index("\n## ", start + 1)
    return readme[start:end]


def test_the_readme_shows_the_example_file_as_it_is() -> None:
    blocks = re.findall(r"```python\n(.*?)```", plugins_section(), re.S)
    assert blocks == [EXAMPLE.read_text(encoding="utf-8")]


def session_with_example(text: str, answers: list[str | None] | None = None) -> Session:
    registry = Registry()
    for existing in REGISTRY:
        registry.add(existing.name, existing.func, existing.aliases, existing.typing)
    assert load_plugins([EXAMPLE], registry) == []
    session = Session(HeadlessPort(answers=list(answers or [])), registry)
    session.add_document(document_from_bytes(text.encode("utf-8")))
    return session


def last_message(session: Session) -> tuple[str, bool]:
    return session.port.messages[-1]


def test_word_count_counts_the_buffer_or_the_selection() -> None:
    session = session_with_example("one two\nthree\nfour five six\n")
    assert run(session, "wc")
    assert last_message(session) == ("6 words, 3 lines, 28 characters", False)
    session.view.set_selections((Selection(Pos(0, 4), Pos(1, 5)),))
    assert run(session, "text_tools.word_count")
    assert last_message(session) == ("2 words, 2 lines, 9 characters", False)
    assert session.registry.lookup("wc").help.startswith("Count the words")


def test_number_lines_asks_for_its_parameters_and_is_one_undo_step() -> None:
    session = session_with_example("a\nb\nc\n", answers=["nine", "9", "fancy", "padded"])
    assert run(session, "text_tools.number_lines")
    assert session.document.text.full_text() == "09 a\n10 b\n11 c\n"
    assert session.port.offered[2:] == [["plain", "padded"], ["plain", "padded"]]
    assert run(session, "u")
    assert session.document.text.full_text() == "a\nb\nc\n"


def test_number_lines_numbers_the_selected_lines() -> None:
    session = session_with_example("a\nb\nc\nd\n")
    session.view.set_selections((Selection(Pos(1, 0), Pos(3, 0)),))
    assert run(session, "text_tools.number_lines 1 plain")
    assert session.document.text.full_text() == "a\n1 b\n2 c\nd\n"


def test_number_lines_refuses_a_negative_start() -> None:
    session = session_with_example("a\n")
    assert run(session, "text_tools.number_lines -1 plain") is False
    assert last_message(session) == ("first: expected 0 or more", True)
    assert session.document.text.full_text() == "a\n"
