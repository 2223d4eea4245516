"""Opening files into documents and saving documents back, byte for byte.

Loading picks the codec from the byte order mark (UTF-8 otherwise, lossless for any bytes),
keeps each line's own ending, and for large files keeps the raw bytes with a line index instead
of decoding everything. Saving writes the BOM and the encoded text through `safesave`, which never
leaves a half-written file, after checking that nobody else changed the file since we read it.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from editor.core.document import DiskState, Document
from editor.core.encoding import UTF8, FileFormat, detect_codec, dominant_ending
from editor.core.safesave import SaveResult, is_read_only, save_file
from editor.core.text import TextBuffer, split_fragments
from editor.core.textstore import IndexedStore, ListStore

LARGE_FILE = 1 << 20
_SNIFF = 8192


class OpenError(Exception):
    """A path that cannot be opened as a document (a directory, unreadable, not a file)."""


class ExternalChangeError(Exception):
    """The file on disk changed since it was loaded or last saved."""


def load_document(path: Path, large_file: int = LARGE_FILE) -> Document:
    """Open `path`; a missing file gives an empty document that is created on first save."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise OpenError(f"{path}: the folder {path.parent} does not exist") from None
        document = Document(path=path)
        document.notes.append("new file")
        return document
    except OSError as error:
        raise OpenError(f"{path}: {error.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise OpenError(f"{path} is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise OpenError(f"{path} is not a regular file")
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            data = handle.read()
    except OSError as error:
        raise OpenError(f"{path}: {error.strerror}") from None
    document = document_from_bytes(data, path, large_file)
    document.disk = DiskState.of(info)
    document.read_only_file = is_read_only(path)
    return document


def document_from_bytes(
    data: bytes, path: Path | None = None, large_file: int = LARGE_FILE
) -> Document:
    """A document holding `data`, decoded losslessly; notes say what was unusual about it."""
    codec, bom, label = detect_codec(data)
    body = data[len(bom) :] if bom else data
    if codec is UTF8 and len(body) >= large_file:
        crlf = body.count(b"\r\n")
        lone_cr = body.count(b"\r") - crlf
        counts = Counter({"\r\n": crlf, "\r": lone_cr, "\n": body.count(b"\n") - crlf})
        buffer = TextBuffer(IndexedStore(body, codec, lone_cr=lone_cr > 0))
        invalid = not body.isascii() and _has_invalid_utf8(body)
    else:
        decoded = codec.decode(body)
        fragments = split_fragments(decoded)
        counts = Counter(fragment[len(fragment.rstrip("\r\n")) :] for fragment in fragments[:-1])
        buffer = TextBuffer(ListStore(list(fragments)))
        invalid = codec is UTF8 and any("\udc80" <= ch <= "\udcff" for ch in decoded)
    file_format = FileFormat(codec, bom, label, dominant_ending(counts))
    document = Document(buffer, path, file_format)
    if b"\0" in body[:_SNIFF]:
        document.notes.append("binary file: control bytes are shown as escapes and kept")
    elif invalid:
        document.notes.append("bytes that are not valid UTF-8 are shown as \\xNN and kept as-is")
    return document


def _has_invalid_utf8(data: bytes) -> bool:
    """Whether `data` holds bytes that are not valid UTF-8, checked in bounded chunks."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    view = memoryview(data)
    try:
        for at in range(0, len(data), 1 << 20):
            decoder.decode(view[at : at + (1 << 20)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return True
    return False


def encoded_chunks(document: Document) -> Iterator[bytes]:
    """The bytes of the document as they go to disk: the BOM, then the encoded text."""
    if document.format.bom:
        yield document.format.bom
    yield from document.text.encoded_chunks(document.format.codec)


def changed_on_disk(document: Document) -> bool:
    """True when the file at the document's path is no longer what we loaded or saved."""
    if document.path is None:
        return False
    try:
        info = os.stat(document.path)
    except FileNotFoundError:
        return document.disk is not None
    except OSError:
        return False
    return document.disk is not None and DiskState.of(info) != document.disk


def save_document(
    document: Document,
    path: Path | None = None,
    *,
    override_readonly: bool = False,
    overwrite_changed: bool = False,
) -> SaveResult:
    """Write the document to `path` (default: its own path) safely; mark it saved.

    Raises `ExternalChangeError` when the file changed on disk since it was read (unless
    `overwrite_changed`), and `SaveError` / `ReadOnlyError` from `safesave` on failure, leaving
    the document modified.
    """
    target = path or document.path
    if target is None:
        raise ValueError("the document has no file name")
    same_file = path is None or path == document.path
    if same_file and not overwrite_changed and changed_on_disk(document):
        raise ExternalChangeError(f"{target.name} changed on disk since it was opened")
    result = save_file(target, encoded_chunks(document), override_readonly=override_readonly)
    document.path = target
    document.disk = DiskState.of(result.stat)
    document.read_only_file = is_read_only(target)
    document.history.mark_saved()
    if "new file" in document.notes:
        document.notes.remove("new file")
    return result
