"""The undo tree: branches kept, moving to any revision, earlier/later by step and by time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import random_range

from editor.core.document import Document, ReadOnlyBufferError
from editor.core.history import Amount, AmountError, History, parse_amount
from editor.core.selection import Selection
from editor.core.text import Pos, TextBuffer

TEXTS = st.lists(st.sampled_from(["x", "y", " ", "\n", "\r\n", "é"]), max_size=8).map("".join)
CURSOR = (Selection.cursor(Pos(0, 0)),)


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def document_with_clock(text: str = "") -> tuple[Document, FakeClock]:
    clock = FakeClock()
    document = Document(TextBuffer.from_text(text))
    document.history = History(clock)
    return document, clock


def append(document: Document, text: str) -> None:
    end = document.text.end
    document.apply_changes([(end, end, text)], (Selection.cursor(end),))
    document.seal()


def branchy() -> tuple[Document, FakeClock]:
    """Revisions: 0 "" -> 1 "a" -> 2 "ab"; undo twice; 3 "c" -> 4 "cd" (a second branch),
    made 10 seconds apart."""
    document, clock = document_with_clock()
    for text in ("a", "b"):
        clock.now += 10
        append(document, text)
    document.undo()
    document.undo()
    for text in ("c", "d"):
        clock.now += 10
        append(document, text)
    return document, clock


def test_a_new_edit_after_undo_keeps_the_undone_branch_as_a_sibling() -> None:
    document, _ = branchy()
    history = document.history
    assert history.revisions[0].children == [1, 3]
    assert history.revisions[1].children == [2]
    assert history.revisions[3].children == [4]
    assert history.current == 4
    assert document.goto(2) is not None
    assert document.text.full_text() == "ab"


def test_earlier_and_later_go_in_the_order_revisions_were_made_across_branches() -> None:
    document, _ = branchy()
    seen = [document.text.full_text()]
    while document.earlier(1) is not None:
        seen.append(document.text.full_text())
    assert seen == ["cd", "c", "ab", "a", ""]
    assert document.history.current == 0
    document.later(2)
    assert document.text.full_text() == "ab"
    document.later(10)
    assert document.text.full_text() == "cd"
    assert document.later(1) is None


def test_plain_undo_and_redo_still_follow_one_branch_after_a_jump() -> None:
    document, _ = branchy()
    document.goto(2)
    document.undo()
    document.undo()
    assert document.text.full_text() == ""
    document.redo()
    document.redo()
    assert document.text.full_text() == "ab"


def test_earlier_by_and_later_by_use_the_time_each_revision_was_made() -> None:
    document, clock = branchy()  # revisions 1..4 made at 1010, 1020, 1030, 1040
    clock.now = 5000.0
    document.earlier_by(15)  # 1040 - 15 = 1025: the last revision made by then is 2
    assert document.history.current == 2
    assert document.text.full_text() == "ab"
    document.earlier_by(9)  # 1011: revision 1
    assert document.text.full_text() == "a"
    document.later_by(25)  # 1035: revision 3
    assert document.text.full_text() == "c"
    document.earlier_by(3600)
    assert document.text.full_text() == ""
    document.later_by(3600)
    assert document.text.full_text() == "cd"
    assert document.earlier_by(0) is None
    document.earlier_by(5)  # 1035: revision 3
    assert document.history.current == 3


def test_typing_more_into_a_revision_moves_its_time_forward() -> None:
    document, clock = document_with_clock()
    end = document.text.end
    document.apply_changes([(end, end, "a")], (Selection.cursor(end),), "insert")
    clock.now += 30
    end = document.text.end
    document.apply_changes([(end, end, "b")], (Selection.cursor(end),), "insert")
    assert len(document.history.revisions) == 2
    assert document.history.revisions[1].time == clock.now


def test_goto_restores_the_selections_of_the_revision_reached() -> None:
    document = Document(TextBuffer.from_text("one two"))
    first = (Selection(Pos(0, 4), Pos(0, 7)),)
    after_first = document.apply_changes([(Pos(0, 4), Pos(0, 7), "2")], first)
    document.seal()
    document.undo()
    second = (Selection(Pos(0, 0), Pos(0, 3)),)
    after_second = document.apply_changes([(Pos(0, 0), Pos(0, 3), "1")], second)
    document.seal()
    assert document.goto(1) == after_first
    assert document.text.full_text() == "one 2"
    assert document.goto(0) == first
    assert document.goto(2) == after_second
    assert document.text.full_text() == "1 two"


def test_reaching_the_saved_revision_by_any_path_makes_the_buffer_unmodified() -> None:
    document, _ = branchy()
    document.goto(2)
    document.history.mark_saved()
    assert not document.modified
    document.goto(4)
    assert document.modified
    document.earlier(2)  # 4 -> 3 -> 2, across the branches
    assert document.history.current == 2
    assert not document.modified
    document.goto(0)
    assert document.modified
    document.later_by(20)
    assert not document.modified


def test_goto_refuses_unknown_revisions_and_locked_documents() -> None:
    document, _ = branchy()
    with pytest.raises(IndexError):
        document.goto(5)
    with pytest.raises(IndexError):
        document.goto(-1)
    assert document.goto(4) is None
    document.locked = True
    with pytest.raises(ReadOnlyBufferError):
        document.goto(0)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3", Amount(steps=3)),
        (" 12 ", Amount(steps=12)),
        ("10s", Amount(seconds=10.0)),
        ("2m", Amount(seconds=120.0)),
        ("1h", Amount(seconds=3600.0)),
        ("1d", Amount(seconds=86400.0)),
    ],
)
def test_amounts_are_counts_or_durations(text: str, amount: Amount) -> None:
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text", ["", "x", "-3", "1.5", "10 s", "10y", "s", "3m2"])
def test_bad_amounts_are_refused_with_a_clear_error(text: str) -> None:
    with pytest.raises(AmountError, match="not a count or a duration"):
        parse_amount(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_every_revision_can_be_reached_again_in_any_order(
    initial: str, data: st.DataObject
) -> None:
    document = Document(TextBuffer.from_text(initial))
    texts = {0: document.text.full_text()}
    for _ in range(data.draw(st.integers(1, 20))):
        action = data.draw(st.sampled_from(["edit", "edit", "undo", "redo", "earlier", "later"]))
        if action == "edit":
            a, b = random_range(document, data)
            document.apply_changes([(a, b, data.draw(TEXTS))], CURSOR)
            document.seal()
            texts[document.history.current] = document.text.full_text()
        elif action == "undo":
            document.undo()
        elif action == "redo":
            document.redo()
        else:
            steps = data.draw(st.integers(1, 3))
            (document.earlier if action == "earlier" else document.later)(steps)
        assert document.text.full_text() == texts[document.history.current]
    assert sorted(texts) == list(range(len(document.history.revisions)))
    saved = data.draw(st.sampled_from(sorted(texts)))
    document.goto(saved)
    document.history.mark_saved()
    for number in data.draw(st.permutations(sorted(texts))):
        document.goto(number)
        assert document.history.current == number
        assert document.text.full_text() == texts[number]
        assert document.modified == (number != saved)
