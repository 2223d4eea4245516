"""Undo, redo and the save point, checked against a plain list of past texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import random_range

from editor.core.document import Document
from editor.core.selection import Selection
from editor.core.text import Pos, TextBuffer

TEXTS = st.lists(st.sampled_from(["x", "y", " ", "\n", "\r\n", "é"]), max_size=8).map("".join)
CURSOR = (Selection.cursor(Pos(0, 0)),)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_random_edits_undos_and_redos_match_the_model(initial: str, data: st.DataObject) -> None:
    document = Document(TextBuffer.from_text(initial))
    states = [document.text.full_text()]
    position = 0
    saved: int | None = 0
    for _ in range(data.draw(st.integers(1, 25))):
        action = data.draw(st.sampled_from(["edit", "edit", "undo", "redo", "save"]))
        if action == "edit":
            a, b = random_range(document, data)
            document.apply_changes([(a, b, data.draw(TEXTS))], CURSOR)
            document.seal()
            states[position + 1 :] = [document.text.full_text()]
            if saved is not None and saved > position:
                saved = None
            position += 1
        elif action == "undo":
            undone = document.undo()
            assert (undone is None) == (position == 0)
            position = max(position - 1, 0)
        elif action == "redo":
            redone = document.redo()
            assert (redone is None) == (position == len(states) - 1)
            position = min(position + 1, len(states) - 1)
        else:
            document.history.mark_saved()
            saved = position
        assert document.text.full_text() == states[position]
        assert document.modified == (saved != position)
    while document.undo() is not None:
        pass
    assert document.text.full_text() == states[0]


def test_modified_is_exact_after_undoing_back_to_the_save_point() -> None:
    document = Document(TextBuffer.from_text("abc"))
    assert not document.modified
    document.apply_changes([(Pos(0, 3), Pos(0, 3), "d")], CURSOR)
    assert document.modified
    document.undo()
    assert not document.modified
    document.redo()
    document.history.mark_saved()
    assert not document.modified
    document.undo()
    assert document.modified
    document.redo()
    assert not document.modified


def type_text(document: Document, text: str) -> None:
    cursor = document.text.end
    for ch in text:
        document.apply_changes([(cursor, cursor, ch)], (Selection.cursor(cursor),), "insert")
        cursor = document.text.end


def test_typing_a_word_is_one_undo_step() -> None:
    document = Document(TextBuffer.from_text(""))
    type_text(document, "hello world")
    assert document.text.full_text() == "hello world"
    document.undo()
    assert document.text.full_text() == "hello "
    document.undo()
    assert document.text.full_text() == ""
    assert document.undo() is None


def test_sealing_ends_the_typing_group() -> None:
    document = Document(TextBuffer.from_text(""))
    type_text(document, "ab")
    document.seal()
    type_text(document, "cd")
    document.undo()
    assert document.text.full_text() == "ab"


def test_typing_after_a_save_starts_a_new_step() -> None:
    document = Document(TextBuffer.from_text(""))
    type_text(document, "ab")
    document.history.mark_saved()
    type_text(document, "cd")
    document.undo()
    assert document.text.full_text() == "ab"
    assert not document.modified


def test_undo_restores_the_selections_from_before() -> None:
    document = Document(TextBuffer.from_text("one two"))
    before = (Selection(Pos(0, 4), Pos(0, 7)),)
    document.apply_changes([(Pos(0, 4), Pos(0, 7), "2")], before)
    assert document.undo() == before


def test_an_undone_branch_stays_reachable_in_the_tree() -> None:
    document = Document(TextBuffer.from_text(""))
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "a")], CURSOR)
    document.undo()
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "b")], CURSOR)
    history = document.history
    root = history.revisions[0]
    assert len(root.children) == 2
    first = history.revisions[root.children[0]].transaction
    assert first is not None and first.edits[0].new == ("a",)
