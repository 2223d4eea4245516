"""Loading and saving keep every byte: round trips, BOMs, line endings, invalid bytes."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.document import Document
from editor.core.files import (
    ExternalChangeError,
    OpenError,
    document_from_bytes,
    encoded_chunks,
    load_document,
    save_document,
)
from editor.core.selection import Selection
from editor.core.text import Pos

CURSOR = (Selection.cursor(Pos(0, 0)),)

KINDS = {
    "utf8": "héllo wörld\nsecond line\n".encode(),
    "utf8-bom": codecs.BOM_UTF8 + "bom text\nline 2\n".encode(),
    "utf16le-bom": codecs.BOM_UTF16_LE + "wide text\r\nline 2\r\n".encode("utf-16-le"),
    "utf16be-bom": codecs.BOM_UTF16_BE + "big end\nline 2".encode("utf-16-be"),
    "invalid-utf8": b"caf\xe9 \xff\xfe ok\n\xc3(\n",
    "nul-bytes": b"a\x00b\x00\nc\x00\n",
    "crlf": b"one\r\ntwo\r\nthree\r\n",
    "lone-cr": b"one\rtwo\rthree",
    "mixed": b"lf\ncrlf\r\ncr\rlf again\n",
    "no-final-newline": b"no newline at end",
    "empty": b"",
    "escapes": b"\x1b[2J\x1b]0;title\x07\x9b\xe2\x80\xae\n",
}


def saved_bytes(document: Document) -> bytes:
    return b"".join(encoded_chunks(document))


@pytest.mark.parametrize("large_file", [1 << 20, 0], ids=["list", "indexed"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_open_and_save_without_edit_is_byte_identical(kind: str, large_file: int, tmp_path: Path) -> None:
    path = tmp_path / kind
    path.write_bytes(KINDS[kind])
    document = load_document(path, large_file)
    save_document(document)
    assert path.read_bytes() == KINDS[kind]


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=200), st.booleans())
def test_any_bytes_round_trip(data: bytes, indexed: bool) -> None:
    document = document_from_bytes(data, large_file=0 if indexed else 1 << 20)
    assert saved_bytes(document) == data


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=100))
def test_any_bytes_after_a_bom_round_trip(data: bytes) -> None:
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        assert saved_bytes(document_from_bytes(bom + data)) == bom + data


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_typing_one_character_at_the_start_changes_only_that(kind: str) -> None:
    original = KINDS[kind]
    document = document_from_bytes(original)
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "Z")], CURSOR)
    bom = document.format.bom
    expected = bom + document.format.codec.encode("Z") + original[len(bom) :]
    assert saved_bytes(document) == expected


def test_a_bom_is_not_buffer_text() -> None:
    document = document_from_bytes(codecs.BOM_UTF8 + b"abc")
    assert document.text.line(0) == "abc"
    assert document.format.label == "utf-8-bom"
    assert document.text.clamp(Pos(0, -1)) == Pos(0, 0)


def test_invalid_bytes_are_kept_not_replaced() -> None:
    document = document_from_bytes(b"caf\xe9\n")
    assert "\ufffd" not in document.text.line(0)
    assert any("not valid UTF-8" in note for note in document.notes)
    assert saved_bytes(document) == b"caf\xe9\n"


def test_binary_file_is_noted() -> None:
    document = document_from_bytes(b"\x7fELF\x00\x00\x01")
    assert any("binary" in note for note in document.notes)


@pytest.mark.parametrize(
    ("data", "ending"),
    [(b"a\r\nb\r\nc\n", b"\r\n"), (b"a\nb\n", b"\n"), (b"a\rb\rc", b"\r"), (b"", b"\n")],
)
def test_new_lines_take_the_dominant_ending(data: bytes, ending: bytes) -> None:
    document = document_from_bytes(data)
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "new\n")], CURSOR)
    assert saved_bytes(document) == b"new" + ending + data


def test_a_final_newline_is_never_added() -> None:
    document = document_from_bytes(b"last line")
    end = document.text.end
    document.apply_changes([(end, end, "!")], CURSOR)
    assert saved_bytes(document) == b"last line!"


def test_missing_file_opens_empty_and_is_created_on_save(tmp_path: Path) -> None:
    path = tmp_path / "new.txt"
    document = load_document(path)
    assert document.text.full_text() == "" and not path.exists()
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "hi")], CURSOR)
    save_document(document)
    assert path.read_bytes() == b"hi"
    assert not document.modified


def test_directory_and_fifo_cannot_be_opened(tmp_path: Path) -> None:
    with pytest.raises(OpenError, match="is a directory"):
        load_document(tmp_path)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(OpenError, match="not a regular file"):
        load_document(fifo)
    with pytest.raises(OpenError, match="does not exist"):
        load_document(tmp_path / "missing-dir" / "file.txt")


def test_saving_over_a_file_changed_on_disk_needs_confirmation(tmp_path: Path) -> None:
    path = tmp_path / "shared.txt"
    path.write_bytes(b"original\n")
    document = load_document(path)
    document.apply_changes([(Pos(0, 0), Pos(0, 0), "mine ")], CURSOR)
    path.write_bytes(b"someone else's much longer text\n")
    with pytest.raises(ExternalChangeError):
        save_document(document)
    assert path.read_bytes() == b"someone else's much longer text\n"
    assert document.modified
    save_document(document, overwrite_changed=True)
    assert path.read_bytes() == b"mine original\n"


def test_large_file_uses_the_indexed_store_and_saves_exactly(tmp_path: Path) -> None:
    data = b"".join(b"%07d some log text\r\n" % i for i in range(100_000)) + b"tail"
    path = tmp_path / "big.log"
    path.write_bytes(data)
    document = load_document(path, large_file=1024)
    assert type(document.text._store).__name__ == "IndexedStore"
    assert document.format.newline == "\r\n"
    document.apply_changes([(Pos(50_000, 0), Pos(50_000, 7), "EDITED!")], CURSOR)
    save_document(document)
    assert path.read_bytes() == data.replace(b"0050000 some", b"EDITED! some")
