"""The undo store: exact round trips of whole trees, refusing anything damaged, hostile or stale."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from helpers import random_range

from editor.core import undo_store
from editor.core.document import Document
from editor.core.files import document_from_bytes, load_document
from editor.core.history import History
from editor.core.selection import Selection
from editor.core.text import Pos, TextBuffer
from editor.core.undo_store import (
    MAX_BYTES,
    StaleStoreError,
    UndoStoreError,
    check_by_replay,
    content_digest,
    decode_tree,
    encode_tree,
)

PATH = Path("/some/where/file.txt")
CURSOR = (Selection.cursor(Pos(0, 0)),)
# Pieces of text that are hard to keep: escaped invalid bytes, CR, CRLF, a lone high surrogate
# next to a lone low one (JSON would merge that pair), astral and combining characters.
PIECES = [
    "x", " ", "\n", "\r\n", "\r", "\udcff", "\udc80", "\ud800", "\udc00", "é", "😀", "e\u0301"
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def edited(initial: bytes, steps: list[tuple[str, ...]]) -> Document:
    """A document loaded from `initial` with a fake clock, after steps such as ("insert", text),
    ("undo",) and ("save",); each insert goes at the start and is its own revision."""
    document = document_from_bytes(initial)
    clock = FakeClock()
    document.history = History(clock)
    for step in steps:
        clock.now += 7
        if step[0] == "insert":
            document.apply_changes([(Pos(0, 0), Pos(0, 0), step[1])], CURSOR)
            document.seal()
        elif step[0] == "undo":
            document.undo()
        else:
            document.history.mark_saved()
    return document


def round_trip(document: Document, offset: float = 0.0) -> tuple[list, int]:
    data = encode_tree(document.history, PATH, "d" * 64, 5000.0)
    return decode_tree(data, PATH, "d" * 64, 5000.0 + offset)


def assert_same_tree(document: Document, revisions: list, saved: int, shift: float = 0.0) -> None:
    original = document.history.revisions
    assert saved == document.history.saved
    assert len(revisions) == len(original)
    for mine, theirs in zip(revisions, original, strict=True):
        assert mine.parent == theirs.parent
        assert mine.children == theirs.children
        assert mine.last_child == theirs.last_child
        assert abs(mine.time - (theirs.time - shift)) < 0.002
        if theirs.transaction is None:
            assert mine.transaction is None
            continue
        assert mine.transaction.edits == theirs.transaction.edits
        assert mine.transaction.before == theirs.transaction.before
        assert mine.transaction.after == theirs.transaction.after
        assert mine.transaction.group == theirs.transaction.group


def test_a_branching_tree_with_invalid_bytes_crlf_and_surrogate_pairs_round_trips_exactly() -> None:
    document = edited(
        b"w\xff\xfeorld\r\nsecond\r\n",
        [("insert", "a\r\n"), ("insert", "\udcff\r\n"), ("undo",), ("insert", "\ud800\udc00"),
         ("save",), ("undo",), ("insert", "b\rc")],
    )
    assert document.history.revisions[1].children == [2, 3, 4]  # branches
    revisions, saved = round_trip(document)
    assert_same_tree(document, revisions, saved)
    pair = revisions[3].transaction.edits[0].new
    assert pair == ("\ud800\udc00",) and len(pair[0]) == 2  # not merged into U+10000


def test_the_store_is_ascii_json_with_path_digest_and_version() -> None:
    document = edited(b"abc\n", [("insert", "\udc80\u00e9")])
    data = encode_tree(document.history, PATH, "e" * 64, 0.0)
    assert data.isascii()
    tree = json.loads(data)
    assert (tree["format"], tree["version"], tree["path"], tree["sha256"]) == (
        "ted-undo", 1, str(PATH), "e" * 64
    )
    assert (tree["current"], tree["saved"]) == (1, 0)


def test_times_are_wall_clock_on_disk_and_the_reading_clock_on_reading() -> None:
    document = edited(b"", [("insert", "a"), ("insert", "b")])
    data = encode_tree(document.history, PATH, "d" * 64, 5000.0)
    stored = [entry["time"] for entry in json.loads(data)["revisions"]]
    assert stored == [revision.time + 5000.0 for revision in document.history.revisions]
    # Read back in a later session whose clock started an hour later (relative to the wall).
    revisions, saved = decode_tree(data, PATH, "d" * 64, 5000.0 + 3600)
    assert_same_tree(document, revisions, saved, shift=3600)


def test_another_digest_or_path_is_stale_and_another_version_is_refused() -> None:
    document = edited(b"abc", [("insert", "x")])
    data = encode_tree(document.history, PATH, "d" * 64, 0.0)
    with pytest.raises(StaleStoreError):
        decode_tree(data, PATH, "f" * 64, 0.0)
    with pytest.raises(StaleStoreError):
        decode_tree(data, Path("/some/where/other.txt"), "d" * 64, 0.0)
    tree = json.loads(data)
    tree["version"] = 2
    with pytest.raises(UndoStoreError, match="version 2") as raised:
        decode_tree(json.dumps(tree).encode(), PATH, "d" * 64, 0.0)
    assert not isinstance(raised.value, StaleStoreError)


def test_a_tree_whose_newest_step_alone_is_bigger_than_the_limit_is_not_encoded() -> None:
    document = edited(b"", [("insert", "x" * (MAX_BYTES + 1)), ("save",)])
    with pytest.raises(UndoStoreError, match=r"too big \(over 1 MiB\)"):
        encode_tree(document.history, PATH, "d" * 64, 0.0)
    escaped = edited(b"", [("insert", "\udc80" * (MAX_BYTES // 4)), ("save",)])  # 6 bytes each
    with pytest.raises(UndoStoreError, match=r"too big \(over 1 MiB\)"):
        encode_tree(escaped.history, PATH, "d" * 64, 0.0)


def test_a_big_tree_keeps_its_newest_part_which_restores_exactly(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"start\n")
    document = load_document(path)
    texts = [document.text.full_text()]
    for number in range(12):
        piece = f"{number}" + "\udcff" * (MAX_BYTES // 50) + "y" * (MAX_BYTES // 10) + "\n"
        document.apply_changes([(Pos(0, 0), Pos(0, 0), piece)], CURSOR)
        document.seal()
        texts.append(document.text.full_text())
    path.write_bytes(b"".join(document.text.encoded_chunks(document.format.codec)))
    document.history.mark_saved()
    assert undo_store.keep(document, saved_now=True) == ""
    target = undo_store.store_path(path.resolve())
    assert MAX_BYTES // 2 < target.stat().st_size <= MAX_BYTES
    again = load_document(path)
    assert undo_store.restore(again) == ""
    kept = len(again.history.revisions) - 1
    assert 2 <= kept < 12
    for back in range(1, kept + 1):
        assert again.undo() is not None
        assert again.text.full_text() == texts[12 - back]
    assert again.undo() is None


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.data())
def test_random_trees_round_trip_and_replay_over_the_saved_text(initial: str, data) -> None:
    document = Document(TextBuffer.from_text(initial))
    for _ in range(data.draw(st.integers(1, 12))):
        action = data.draw(st.sampled_from(["edit", "edit", "undo", "redo", "save"]))
        if action == "edit":
            a, b = random_range(document, data)
            document.apply_changes([(a, b, data.draw(TEXTS))], CURSOR)
            document.seal()
        elif action == "undo":
            document.undo()
        elif action == "redo":
            document.redo()
        else:
            document.history.mark_saved()
    document.history.mark_saved()
    texts = {}
    for number in range(len(document.history.revisions)):
        document.goto(number)
        texts[number] = document.text.full_text()
    document.goto(document.history.saved)
    revisions, saved = round_trip(document)
    assert_same_tree(document, revisions, saved)
    copy = Document(TextBuffer.from_text(document.text.full_text()))
    lines = [document.text.raw_line(i) for i in range(document.text.line_count)]
    try:
        check_by_replay(copy.text, revisions, saved)
    except UndoStoreError:
        # Only when the text read again splits into other lines (a lone CR that an edit put
        # before a line holding just LF reads back as one CRLF): refused, and left as it was.
        assert [copy.text.raw_line(i) for i in range(copy.text.line_count)] != lines
        assert copy.text.full_text() == texts[saved]
        return
    assert copy.text.full_text() == texts[saved]
    copy.history.adopt(revisions, saved, saved)
    for number, text in texts.items():
        copy.goto(number)
        assert copy.text.full_text() == text


@pytest.mark.parametrize("large_file", [1 << 20, 0], ids=["list", "indexed"])
def test_edits_that_do_not_fit_the_text_are_refused_and_the_text_is_left_exact(large_file) -> None:
    initial = b"one\r\ntwo \xff\nthree"
    steps = [("insert", "a"), ("insert", "bb\n"), ("insert", "c"), ("save",)]
    document = edited(initial, steps)
    revisions, saved = round_trip(document)
    # The same tree over a text whose first line differs: some edit finds the wrong text.
    other = document_from_bytes(b"Zbb\nacone\r\ntwo \xff\nthree", large_file=large_file)
    with pytest.raises(UndoStoreError, match="do not fit"):
        check_by_replay(other.text, revisions, saved)
    written = b"".join(other.text.encoded_chunks(other.format.codec))
    assert written == b"Zbb\nacone\r\ntwo \xff\nthree"
    # And one whose positions fall outside it.
    short = document_from_bytes(b"c", large_file=large_file)
    with pytest.raises(UndoStoreError):
        check_by_replay(short.text, revisions, saved)
    assert short.text.full_text() == "c"
    # The right text replays and stays as it was.
    right = document_from_bytes(b"cbb\naone\r\ntwo \xff\nthree", large_file=large_file)
    check_by_replay(right.text, revisions, saved)
    assert right.text.full_text() == document.text.full_text()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)


def valid_store() -> dict:
    document = edited(b"ab\ncd\n", [("insert", "x\n"), ("undo",), ("insert", "\udcff")])
    return json.loads(encode_tree(document.history, PATH, "d" * 64, 0.0))


def mutate(tree, path: list[int], value):
    """Replace the part of `tree` that `path` leads to (indexes taken modulo the sizes)."""
    if not path or not isinstance(tree, (dict, list)) or not tree:
        return value
    keys = sorted(tree) if isinstance(tree, dict) else list(range(len(tree)))
    key = keys[path[0] % len(keys)]
    tree[key] = mutate(tree[key], path[1:], value)
    return tree


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 50), max_size=6), JSON)
def test_a_mutated_store_is_read_or_refused_and_never_breaks_the_text(path, value) -> None:
    tree = mutate(valid_store(), path, value)
    data = json.dumps(tree).encode()
    try:
        revisions, saved = decode_tree(data, PATH, "d" * 64, 0.0)
    except UndoStoreError:
        return
    document = document_from_bytes(b"\xffab\ncd\n")
    try:
        check_by_replay(document.text, revisions, saved)
    except UndoStoreError:
        pass
    assert document.text.full_text() == "\udcffab\ncd\n"


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_any_json_value_is_refused_with_the_store_error_only(value) -> None:
    with pytest.raises(UndoStoreError):
        decode_tree(json.dumps(value).encode(), PATH, "d" * 64, 0.0)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_are_refused_with_the_store_error_only(data: bytes) -> None:
    with pytest.raises(UndoStoreError):
        decode_tree(data, PATH, "d" * 64, 0.0)


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 100000 + b"]" * 100000,  # deeper than the parser's recursion limit
        b'{"format": "ted-undo", "version": NaN}',
        b'{"format": "ted-undo", "version": ' + b"9" * 5000 + b"}",
        b'{"format": "ted-undo", "version": true}',
        "{\"format\": \"ted-undo\", \"version\": 1, \"path\": \"é\"}".encode(),
    ],
    ids=["deep", "nan", "huge-int", "bool-version", "not-ascii"],
)
def test_hostile_json_is_refused(data: bytes) -> None:
    with pytest.raises(UndoStoreError):
        decode_tree(data, PATH, "d" * 64, 0.0)


def hostile_tree(change) -> bytes:
    tree = valid_store()
    change(tree)
    return json.dumps(tree).encode()


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t["revisions"][1].update(parent=1),  # its own parent: not a tree
        lambda t: t["revisions"][1].update(parent=2),  # a parent made after it
        lambda t: t["revisions"][0].update(last_child=0),
        lambda t: t["revisions"][1].update(last_child=2),  # not one of its children
        lambda t: t["revisions"][0].update(edits=[]),
        lambda t: t["revisions"][1].update(time=1e400),
        lambda t: t["revisions"][1].update(time=10**400),
        lambda t: t["revisions"][1].update(time="12:00"),
        lambda t: t["revisions"][1]["edits"][0].__setitem__(0, -1),
        lambda t: t["revisions"][1]["edits"][0].__setitem__(1, 1 << 40),
        lambda t: t["revisions"][1]["edits"][0].__setitem__(3, ["a", "b\n"]),
        lambda t: t["revisions"][1]["edits"][0].__setitem__(3, ["a\nb"]),
        lambda t: t["revisions"][1]["edits"][0].__setitem__(3, []),
        lambda t: t["revisions"][1]["edits"][0].__setitem__(3, [[0x110000]]),
        lambda t: t["revisions"][1].update(group="g" * 1000),
        lambda t: t["revisions"][1].update(before=[[0, 0, 0]]),
        lambda t: t.update(saved=3),
        lambda t: t.update(current=None),
        lambda t: t.update(revisions=[]),
    ],
)
def test_structural_damage_is_refused(change) -> None:
    with pytest.raises(UndoStoreError):
        decode_tree(hostile_tree(change), PATH, "d" * 64, 0.0)


# Files on disk --------------------------------------------------------------------------------


def saved_file(tmp_path: Path, data: bytes = b"hello\n") -> Document:
    """A document loaded from a file, edited and with the edit saved (as the save command does)."""
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    document = load_document(path)
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "new ")], CURSOR)
    path.write_bytes(b"".join(document.text.encoded_chunks(document.format.codec)))
    document.history.mark_saved()
    return document


def test_the_store_is_private_named_by_a_hash_and_written_atomically(tmp_path: Path) -> None:
    document = saved_file(tmp_path)
    assert undo_store.keep(document, saved_now=True) == ""
    target = undo_store.store_path(document.path.resolve())
    assert "notes" not in target.name
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert sorted(os.listdir(target.parent)) == [target.name]  # no temporary file left behind
    tree = json.loads(target.read_bytes())
    assert tree["sha256"] == content_digest(document)
    assert tree["path"] == str(document.path.resolve())


def test_restore_brings_back_the_tree_standing_at_the_saved_revision(tmp_path: Path) -> None:
    document = saved_file(tmp_path)
    undo_store.keep(document, saved_now=True)
    again = load_document(document.path)
    assert undo_store.restore(again) == ""
    assert (again.history.current, again.history.saved) == (1, 1)
    assert not again.modified
    again.undo()
    assert again.text.full_text() == "hello\n"


def test_a_changed_file_drops_its_store_and_opens_with_a_fresh_history(tmp_path: Path) -> None:
    document = saved_file(tmp_path)
    undo_store.keep(document, saved_now=True)
    target = undo_store.store_path(document.path.resolve())
    document.path.write_bytes(b"new hello, changed elsewhere\n")
    again = load_document(document.path)
    assert undo_store.restore(again) == ""
    assert len(again.history.revisions) == 1
    assert not target.exists()


@pytest.mark.parametrize("kind", ["garbage", "symlink", "fifo", "too-big", "directory"])
def test_a_broken_store_never_changes_the_text_and_is_reported(tmp_path: Path, kind: str) -> None:
    document = saved_file(tmp_path, b"hello \xff\r\n")
    undo_store.keep(document, saved_now=True)
    target = undo_store.store_path(document.path.resolve())
    target.unlink()
    if kind == "garbage":
        target.write_bytes(b'{"format": "ted-undo", "version": 1, "revisions": [')
    elif kind == "symlink":
        (tmp_path / "elsewhere.json").write_bytes(b"{}")
        target.symlink_to(tmp_path / "elsewhere.json")
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "too-big":
        target.write_bytes(b" " * (MAX_BYTES + 1))
    else:
        target.mkdir()
    again = load_document(document.path)
    problem = undo_store.restore(again)
    assert problem.startswith("stored undo history discarded")
    assert again.text.full_text() == "new hello \udcff\r\n"
    assert len(again.history.revisions) == 1
    if kind != "directory":
        assert not os.path.lexists(target)
    if kind == "symlink":
        assert (tmp_path / "elsewhere.json").read_bytes() == b"{}"


def test_a_tree_too_big_to_keep_removes_the_old_store_and_says_so(tmp_path: Path) -> None:
    document = saved_file(tmp_path)
    undo_store.keep(document, saved_now=True)
    target = undo_store.store_path(document.path.resolve())
    assert target.exists()
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "x" * (MAX_BYTES + 10))], CURSOR)
    document.history.mark_saved()
    assert undo_store.keep(document, saved_now=True) == (
        "too big (over 1 MiB)"
    )
    assert not target.exists()


def test_keeping_again_without_changes_writes_nothing(tmp_path: Path) -> None:
    document = saved_file(tmp_path)
    undo_store.keep(document, saved_now=True)
    target = undo_store.store_path(document.path.resolve())
    target.unlink()
    assert undo_store.keep(document) == ""
    assert not target.exists()  # closing an unchanged buffer does not write again
    document.undo()
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "a branch ")], CURSOR)
    document.goto(1)  # back at the saved text, with one more revision in the tree
    assert undo_store.keep(document) == ""
    assert len(json.loads(target.read_bytes())["revisions"]) == 3


@settings(max_examples=100, deadline=None)
@given(st.data(), st.integers(400, 3000))
def test_a_trimmed_tree_keeps_the_newest_revisions_exactly(data, limit: int) -> None:
    document = Document(TextBuffer.from_text("base\n"))
    for _ in range(data.draw(st.integers(1, 14))):
        if data.draw(st.booleans()):
            a, b = random_range(document, data)
            new = data.draw(TEXTS) + "x" * data.draw(st.integers(0, 300))
            document.apply_changes([(a, b, new)], CURSOR)
            document.seal()
        else:
            document.undo()
    document.history.mark_saved()
    texts = []
    for number in range(len(document.history.revisions)):
        document.goto(number)
        texts.append(document.text.full_text())
    document.goto(document.history.saved)
    lineage = [document.history.saved]
    while lineage[-1] != 0:
        lineage.append(document.history.revisions[lineage[-1]].parent)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(undo_store, "MAX_BYTES", limit)
        try:
            data_out = encode_tree(document.history, PATH, "d" * 64, 0.0)
        except UndoStoreError:
            return  # the newest step alone does not fit
        assert len(data_out) <= limit
        revisions, saved = decode_tree(data_out, PATH, "d" * 64, 0.0)
    copy = Document(TextBuffer.from_text(texts[document.history.saved]))
    check_by_replay(copy.text, revisions, saved)
    copy.history.adopt(revisions, saved, saved)
    kept = set()
    for number in range(len(revisions)):
        copy.goto(number)
        kept.add(copy.text.full_text())
    assert kept <= set(texts)
    copy.goto(saved)
    steps = 0
    while copy.undo() is not None:
        steps += 1
        assert copy.text.full_text() == texts[lineage[steps]]
