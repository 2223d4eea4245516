"""Run the vi data cases of tests/cases/vi.toml through the real vi keymap, with no terminal.

Each `[[case]]` has a `name`, the text before (`in`, with `|` for the cursor), the `keys`
pressed (canonical key names separated by spaces) and the text after (`out`, with `|` for the
cursor and `^` for a selection's anchor); `mode` is the mode expected at the end (normal when
left out). Keys typed after `:`, `/` or `?` go to the prompt until `enter`, as in the terminal.
"""

from __future__ import annotations

import asyncio
import inspect
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from helpers import marked_text, split_markers
from hypothesis import given, settings
from hypothesis import strategies as st

import editor.commands  # noqa: F401 - registers the built-in commands
from editor.commands.search import search_preview
from editor.core import vi
from editor.core.commands import REGISTRY
from editor.core.files import document_from_bytes
from editor.core.keymap import load_keymap
from editor.core.keys import key_text
from editor.core.selection import Selection
from editor.core.session import HeadlessPort, Session

CASE_FILE = Path(__file__).resolve().parents[1] / "cases" / "vi.toml"
CASES = tomllib.loads(CASE_FILE.read_text("utf-8"))["case"]


class KeyPort(HeadlessPort):
    """A headless port whose prompts read the keys that follow, up to `enter` (`escape`
    cancels), as the terminal's prompt line does."""

    keys: Iterator[str] = iter(())
    session: Session | None = None

    async def prompt(
        self,
        label: str,
        default: str = "",
        suggestions: Sequence[str] = (),
        paths: bool = False,
        history: str | None = None,
    ) -> str | None:
        """The text typed after the prompt's key (shown to an incremental search as it grows)."""
        typed = default
        for key in self.keys:
            if key == "enter":
                return typed
            if key == "escape":
                return None
            typed = typed[:-1] if key == "backspace" else typed + key_text(key)
            preview = search_preview(self.session) if self.session else None
            if preview is not None:
                preview(typed)
        return None


def vi_session(marked: str) -> Session:
    """A headless session with the vi keymap on marked text."""
    keymap, errors = load_keymap("vi", REGISTRY)
    assert errors == []
    text, anchor, head = split_markers(marked)
    port = KeyPort()
    session = Session(port, REGISTRY, keymap)
    port.session = session
    session.add_document(document_from_bytes(text.encode("utf-8")))
    session.view.set_selections((Selection(anchor, head),))
    return session


def type_keys(session: Session, keys: str) -> None:
    """Feed the keys one by one; a prompt takes the keys after its own."""
    port = session.port
    assert isinstance(port, KeyPort)
    port.keys = iter(keys.split())
    for key in port.keys:
        result = session.feed_key(key)
        if inspect.isawaitable(result):
            asyncio.run(result)


def test_the_cases_cover_enough() -> None:
    assert len(CASES) >= 80
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_vi_case(case: dict[str, str]) -> None:
    session = vi_session(case["in"])
    type_keys(session, case["keys"])
    assert marked_text(session.document, session.view.selection) == case["out"]
    assert session.mode == case.get("mode", "normal")


KEYS = (
    "h j k l w b e W B E 0 ^ $ G g % f t F T ; , d c y > < x X D C s S Y p P J r ~ u c-r . "
    "i a I A o O v V escape escape 2 3 ( ) \" enter backspace left right up space z q n N * #"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab c", "  (x, 'y')", "", "d.e", "\tf"]), min_size=1, max_size=5),
       st.lists(st.sampled_from(KEYS), max_size=30))
def test_random_keys_keep_the_cursor_on_the_text_and_undo_restores_it(
    lines: list[str], keys: list[str]
) -> None:
    original = "\n".join(lines) + "\n"
    session = vi_session("|" + original)
    type_keys(session, " ".join([*keys, "escape", "escape"]))
    assert session.mode == "normal"
    assert not [text for text, error in session.port.messages if error and "failed" in text]
    text = session.document.text
    cursor = session.view.selection
    assert cursor.empty
    assert cursor.head.line <= vi.last_line(text)
    assert cursor.head.col < max(text.line_length(cursor.head.line), 1)
    while session.document.undo() is not None:
        pass
    assert text.full_text() == original
