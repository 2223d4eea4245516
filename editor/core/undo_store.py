"""Undo trees kept across sessions (the `persistent_undo` setting).

After a file is saved, its whole undo tree is written to `$XDG_STATE_HOME/ted/undo/`, in a file
named by the SHA-256 of the file's resolved path (so no file name shows), with that path, the
SHA-256 of the file's bytes as written and a format version. When the file is opened again and
its bytes still have that digest, the tree comes back standing at the saved revision: undo goes
back into earlier sessions, and redo or `history.goto` reach the old branches. Anything else --
another digest (the file changed elsewhere), another path or version, a damaged, hostile or
oversized store -- is deleted and the file opens with a fresh history.

Nothing read is trusted: types, sizes and the shape of the tree are checked, then (when that is
cheap, see REPLAY_EDITS) every stored edit is replayed on the text just loaded, which is brought
back exactly, so a tree that does not fit the text is refused instead of being applied. A tree
bigger than MAX_BYTES keeps only its newest part. Revision times are stored as wall-clock time
and turned back into the history's clock on reading, so `history.earlier 10m` works across
sessions. A store is written atomically in a private (0700) folder: a temporary file with an
unpredictable name, created O_EXCL|O_NOFOLLOW with mode 0600 (it holds file text), fsynced, then
renamed over the old one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import secrets
import stat
import time
import weakref
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.core.document import Document
from editor.core.edits import Edit, Transaction
from editor.core.encoding import FileFormat
from editor.core.files import LARGE_FILE, encoded_chunks
from editor.core.history import History, Revision
from editor.core.paths import undo_dir
from editor.core.selection import Selection, Selections
from editor.core.text import Fragments, Pos, TextBuffer, end_after, strip_ending

log = logging.getLogger(__name__)

FORMAT = "ted-undo"
VERSION = 1
# The largest store written or read: 1 MiB holds about 7000 undo steps of typing (a long day
# makes 2000). Writing that much takes about a quarter of a second and reading and checking it
# about a second, the most a save or an opening pays. A bigger tree keeps its newest part.
MAX_BYTES = 1 << 20
# Stored edits are replayed over the text before the tree is used when that is cheap: up to
# this many always, and more in a file below LARGE_FILE while edits times lines stays under
# _REPLAY_WORK (about a quarter of a second). Beyond, only types and shape are checked: the
# large-file store makes a replay of thousands of scattered edits cost seconds.
REPLAY_EDITS = 1000
_REPLAY_WORK = 200_000_000
_MAX_NUMBER = 1 << 31  # the largest line or column accepted
_MAX_GROUP = 64  # the longest typing-group name accepted
_BREAKS = re.compile(r"[\r\n]")
# A high surrogate followed by a low one: JSON would read the pair back as one character.
_PAIR = re.compile("[\\ud800-\\udbff][\\udc00-\\udfff]")


class UndoStoreError(Exception):
    """A stored undo tree that cannot be used: damaged, hostile, too big or another version."""


class StaleStoreError(UndoStoreError):
    """A stored undo tree for other content: the file changed elsewhere, or it is another file's."""


class _Misfit(Exception):
    """Internal: a stored edit did not find the text it replaces."""


@dataclass
class _Kept:
    """What was last written (or read) for a document, so closing it need not write again."""

    path: Path
    revision: Revision | None
    file_format: FileFormat
    digest: str
    shape: tuple[Any, ...]


_kept: weakref.WeakKeyDictionary[Document, _Kept] = weakref.WeakKeyDictionary()


# Where stores live ---------------------------------------------------------------------------


def resolved(path: Path) -> Path:
    """The absolute path with symbolic links followed: the key of a file's store."""
    try:
        return path.resolve()
    except RuntimeError as error:  # a symbolic link loop
        raise UndoStoreError(f"cannot resolve {path}: {error}") from None


def store_path(path: Path) -> Path:
    """The store of the file at resolved `path`, named by a hash of the path, not by its name."""
    return undo_dir(create=False) / f"{hashlib.sha256(os.fsencode(path)).hexdigest()}.json"


def _private_folder(create: bool) -> Path:
    """The store folder, checked to be a real folder of the user's, mode 0700."""
    folder = undo_dir(create)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise UndoStoreError(f"{folder} is not a folder of yours")
    if info.st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


def content_digest(document: Document) -> str:
    """SHA-256 of the bytes the document's text is written as (BOM and encoding included)."""
    digest = hashlib.sha256()
    for chunk in encoded_chunks(document):
        digest.update(chunk)
    return digest.hexdigest()


def _clock_offset(history: History) -> float:
    """What to add to the history's clock to get wall-clock time."""
    return time.time() - history.clock()


def _shape(document: Document) -> tuple[Any, ...]:
    """A cheap fingerprint of the tree and the format: equal means nothing to write again."""
    history = document.history
    revisions = tuple(
        (id(revision.transaction), revision.last_child, revision.time)
        for revision in history.revisions
    )
    return (history.current, history.saved, document.format, revisions)


# Writing -------------------------------------------------------------------------------------


def _text_out(fragments: Fragments) -> list[str | list[int]]:
    """Fragments as JSON values: strings, except code point lists where JSON would merge a
    surrogate pair into one character."""
    return [
        piece if piece.isascii() or not _PAIR.search(piece) else [ord(ch) for ch in piece]
        for piece in fragments
    ]


def _selections_out(selections: Selections) -> list[list[int]]:
    return [[s.anchor.line, s.anchor.col, s.head.line, s.head.col] for s in selections]


def _sizes(history: History) -> list[int]:
    """A lower bound of each revision's stored size (the JSON escapes of non-ASCII text make
    the real one bigger)."""
    sizes = []
    for revision in history.revisions:
        size = 40
        transaction = revision.transaction
        if transaction is not None:
            size += 12 * (len(transaction.before) + len(transaction.after))
            for edit in transaction.edits:
                pieces = edit.old + edit.new
                size += 16 + 3 * len(pieces) + sum(map(len, pieces))
        sizes.append(size)
    return sizes


def _kept_root(history: History, sizes: list[int], budget: int) -> int:
    """The oldest common ancestor of the saved and the current revision whose subtree (with
    it as the new root, its own edits dropped) fits in `budget`: the newest part of the tree
    is kept. Raises UndoStoreError when only the saved revision itself would be left."""
    revisions = history.revisions
    subtree = list(sizes)
    for number in range(len(revisions) - 1, 0, -1):
        subtree[revisions[number].parent] += subtree[number]
    saved = history.saved if history.saved is not None else history.current
    shared = {0, *_lineage(revisions, history.current)}
    for number in [0, *reversed(_lineage(revisions, saved))]:
        if number not in shared:
            break
        if number == saved and number != 0 and len(revisions[number].children) == 0:
            break
        if subtree[number] - sizes[number] + 40 <= budget:
            return number
    raise UndoStoreError(f"too big (over {MAX_BYTES >> 20} MiB)")


def _tree_out(
    history: History, root: int, path: Path, digest: str, offset: float
) -> dict[str, Any]:
    """The stored form of the tree under revision `root`, which becomes revision 0."""
    numbers: dict[int, int] = {root: 0}
    revisions = []
    for number in range(root, len(history.revisions)):
        revision = history.revisions[number]
        if number != root and revision.parent not in numbers:
            continue
        numbers.setdefault(number, len(numbers))
        entry: dict[str, Any] = {
            "parent": numbers[revision.parent] if number != root else 0,
            "time": round(revision.time + offset, 3),
            "last_child": revision.last_child,
        }
        transaction = revision.transaction
        if transaction is not None and number != root:
            entry["group"] = transaction.group
            entry["edits"] = [
                [edit.start.line, edit.start.col, _text_out(edit.old), _text_out(edit.new)]
                for edit in transaction.edits
            ]
            entry["before"] = _selections_out(transaction.before)
            entry["after"] = _selections_out(transaction.after)
        revisions.append(entry)
    for entry in revisions:
        if entry["last_child"] is not None:
            entry["last_child"] = numbers[entry["last_child"]]
    return {
        "format": FORMAT,
        "version": VERSION,
        "path": os.fsdecode(path),
        "sha256": digest,
        "current": numbers[history.current],
        "saved": numbers[history.saved if history.saved is not None else history.current],
        "revisions": revisions,
    }


def encode_tree(history: History, path: Path, digest: str, offset: float) -> bytes:
    """The stored form of `history` for the file at resolved `path` whose bytes have `digest`;
    `offset` turns the history's clock into wall-clock time. When the whole tree would pass
    MAX_BYTES only its newest part is kept: the subtree of an ancestor of the saved and the
    current revision. Raises UndoStoreError when not even that fits."""
    sizes = _sizes(history)
    budget = MAX_BYTES
    for _ in range(4):
        tree = _tree_out(history, _kept_root(history, sizes, budget), path, digest, offset)
        try:
            data = json.dumps(tree, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
        except ValueError as error:  # a time that is not a finite number
            raise UndoStoreError(f"cannot store the undo history: {error}") from None
        if len(data) <= MAX_BYTES:
            return data.encode("ascii")
        budget = budget * MAX_BYTES // len(data) * 9 // 10
    raise UndoStoreError(f"too big (over {MAX_BYTES >> 20} MiB)")


def _write_private(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically: an unpredictable temporary file created
    O_EXCL|O_NOFOLLOW with mode 0600 beside it, fsynced, then renamed over it."""
    folder = target.parent
    temporary = folder / f".{secrets.token_hex(16)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    descriptor = os.open(temporary, flags, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    folder_descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(folder_descriptor)
    finally:
        os.close(folder_descriptor)


def _remove(target: Path) -> bool:
    """Delete a store; whether there was one. Failures are logged, never raised."""
    try:
        os.unlink(target)
    except FileNotFoundError:
        return False
    except OSError as error:
        log.warning("cannot delete the undo store %s: %s", target, error.strerror)
        return False
    return True


def keep(document: Document, *, saved_now: bool = False) -> str:
    """Store the undo tree of a document whose text is its saved revision (`saved_now`: the
    file was just written, so its digest is taken afresh). Returns why it was not stored, for
    a message ("" when stored or when there was nothing new to store); never raises for I/O."""
    history = document.history
    if document.path is None or history.saved is None or history.current != history.saved:
        return ""
    try:
        path = resolved(document.path)
    except (OSError, UndoStoreError) as error:
        return str(error)
    shape = _shape(document)
    known = _kept.get(document)
    if known is not None and known.path != path:
        known = None
    if known is not None and known.shape == shape and not saved_now:
        return ""
    if len(history.revisions) == 1:
        return ""
    saved = history.revisions[history.saved]
    target = store_path(path)
    reuse = (
        known is not None
        and not saved_now
        and known.digest
        and known.revision is saved
        and known.file_format == document.format
    )
    digest = known.digest if reuse and known is not None else content_digest(document)
    try:
        data = encode_tree(history, path, digest, _clock_offset(history))
    except UndoStoreError as error:
        _remove(target)
        _kept[document] = _Kept(path, saved, document.format, digest, shape)
        return str(error)
    try:
        _private_folder(create=True)
        _write_private(target, data)
    except UndoStoreError as error:
        return str(error)
    except OSError as error:
        where = error.filename or target
        return f"cannot write {where}: {error.strerror or error}"
    _kept[document] = _Kept(path, saved, document.format, digest, shape)
    return ""


def forget(document: Document) -> bool:
    """Delete the stored undo tree of the document's file; whether there was one. Closing or
    quitting does not write it again unless the tree changes (the next save does). Raises
    OSError when it cannot be deleted."""
    if document.path is None:
        return False
    path = resolved(document.path)
    _kept[document] = _Kept(path, None, document.format, "", _shape(document))
    try:
        os.unlink(store_path(path))
    except FileNotFoundError:
        return False
    return True


# Reading -------------------------------------------------------------------------------------


def _read(target: Path) -> bytes | None:
    """The bytes of a store (None when there is none), refusing anything but a regular file
    of the user's no bigger than MAX_BYTES."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    try:
        descriptor = os.open(target, flags)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise UndoStoreError(f"cannot open the store: {error.strerror or error}") from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
            raise UndoStoreError("the store is not a regular file of yours")
        if info.st_size > MAX_BYTES:
            raise UndoStoreError("the store is too big")
        chunks = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(descriptor, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > MAX_BYTES:
        raise UndoStoreError("the store is too big")
    return data


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def _fail(what: str) -> UndoStoreError:
    return UndoStoreError(f"damaged store: {what}")


def _int(value: Any, low: int, high: int, what: str) -> int:
    if type(value) is not int or not low <= value <= high:
        raise _fail(f"{what} is not a whole number from {low} to {high}")
    return value


def _mapping(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(f"{what} is not an object")
    return value


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(f"{what} is not a list")
    return value


def _text_in(value: Any) -> Fragments:
    """Fragments read back: every piece but the last ends with exactly one line ending and
    holds no other line break; the last holds none."""
    pieces: list[str] = []
    for item in _list(value, "a text"):
        if isinstance(item, str):
            pieces.append(item)
        elif isinstance(item, list) and all(
            type(code) is int and 0 <= code <= 0x10FFFF for code in item
        ):
            pieces.append("".join(map(chr, item)))
        else:
            raise _fail("a piece of text is neither a string nor code points")
    if not pieces:
        raise _fail("an empty text")
    for piece in pieces[:-1]:
        body = strip_ending(piece)
        if body == piece or _BREAKS.search(body):
            raise _fail("a text is split wrongly into lines")
    if _BREAKS.search(pieces[-1]):
        raise _fail("a text is split wrongly into lines")
    return tuple(pieces)


def _pos(line: Any, col: Any) -> Pos:
    return Pos(_int(line, 0, _MAX_NUMBER, "a line"), _int(col, 0, _MAX_NUMBER, "a column"))


def _selections_in(value: Any) -> Selections:
    selections = []
    for item in _list(value, "the selections"):
        if not isinstance(item, list) or len(item) != 4:
            raise _fail("a selection is not four numbers")
        selections.append(Selection(_pos(item[0], item[1]), _pos(item[2], item[3])))
    return tuple(selections)


def _edit_in(value: Any) -> Edit:
    if not isinstance(value, list) or len(value) != 4:
        raise _fail("an edit is not [line, column, old, new]")
    return Edit(_pos(value[0], value[1]), _text_in(value[2]), _text_in(value[3]))


def _revision_in(value: Any, number: int, offset: float) -> Revision:
    entry = _mapping(value, f"revision {number}")
    parent = _int(entry.get("parent"), 0, max(number - 1, 0), f"the parent of revision {number}")
    moment = entry.get("time")
    if type(moment) not in (int, float) or not -1e15 < moment < 1e15:
        raise _fail(f"the time of revision {number} is not a number of seconds")
    if number == 0:
        if "edits" in entry:
            raise _fail("the first revision has edits")
        return Revision(parent=0, transaction=None, time=moment - offset)
    group = entry.get("group")
    if not isinstance(group, str) or len(group) > _MAX_GROUP:
        raise _fail(f"the group of revision {number}")
    edits = [_edit_in(item) for item in _list(entry.get("edits"), f"the edits of {number}")]
    transaction = Transaction(
        edits, _selections_in(entry.get("before")), _selections_in(entry.get("after")), group
    )
    return Revision(parent=parent, transaction=transaction, time=moment - offset)


def decode_tree(data: bytes, path: Path, digest: str, offset: float) -> tuple[list[Revision], int]:
    """The revisions and the saved revision's number of a store, checked for types, sizes and
    the shape of the tree; `offset` turns wall-clock time into the history's clock. Raises
    StaleStoreError when the store is for another path or other bytes, UndoStoreError when it
    cannot be used."""
    if len(data) > MAX_BYTES:
        raise UndoStoreError("the store is too big")
    try:
        raw = json.loads(data.decode("ascii"), parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise _fail("not JSON") from None
    top = _mapping(raw, "the store")
    version = top.get("version")
    if top.get("format") != FORMAT or type(version) is not int:
        raise UndoStoreError("not a ted undo store")
    if version != VERSION:
        raise UndoStoreError(f"a store of format version {version}, not {VERSION}")
    if top.get("path") != os.fsdecode(path):
        raise StaleStoreError("the store is for another file")
    if top.get("sha256") != digest:
        raise StaleStoreError("the file changed since its undo history was stored")
    entries = _list(top.get("revisions"), "the revisions")
    if not entries:
        raise _fail("no revisions")
    revisions = [_revision_in(entry, number, offset) for number, entry in enumerate(entries)]
    for number, revision in enumerate(revisions[1:], 1):
        revisions[revision.parent].children.append(number)
    for number, (entry, revision) in enumerate(zip(entries, revisions, strict=True)):
        last_child = entry.get("last_child")
        if last_child is not None and (
            type(last_child) is not int or last_child not in revision.children
        ):
            raise _fail(f"the last child of revision {number}")
        revision.last_child = last_child
    newest = len(revisions) - 1
    _int(top.get("current"), 0, newest, "the current revision")
    return revisions, _int(top.get("saved"), 0, newest, "the saved revision")


def _lineage(revisions: list[Revision], number: int) -> list[int]:
    """`number` and its ancestors, without the root."""
    chain = []
    while number != 0:
        chain.append(number)
        number = revisions[number].parent
    return chain


def _walk(revisions: list[Revision], saved: int) -> Iterator[Transaction]:
    """Transactions that take the saved revision's text up to the root, through every
    revision of the tree and back down to the saved revision."""
    for number in _lineage(revisions, saved):
        transaction = revisions[number].transaction
        assert transaction is not None
        yield transaction.inverted()
    stack = [(0, iter(revisions[0].children))]
    while stack:
        number, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            transaction = revisions[number].transaction
            if transaction is not None:
                yield transaction.inverted()
            continue
        transaction = revisions[child].transaction
        assert transaction is not None
        yield transaction
        stack.append((child, iter(revisions[child].children)))
    for number in reversed(_lineage(revisions, saved)):
        transaction = revisions[number].transaction
        assert transaction is not None
        yield transaction


def check_by_replay(text: TextBuffer, revisions: list[Revision], saved: int) -> None:
    """Replay the whole tree over `text` (the saved revision's text), checking that every edit
    finds the text it replaces, and leave `text` exactly as it was. Raises UndoStoreError when
    an edit does not fit."""
    done: list[tuple[Pos, Fragments, Fragments]] = []
    try:
        for transaction in _walk(revisions, saved):
            for edit in transaction.edits:
                try:
                    removed = text.replace(edit.start, edit.old_end, edit.new)
                except (IndexError, ValueError):
                    raise _Misfit from None
                done.append((edit.start, edit.new, removed))
                if removed != edit.old:
                    raise _Misfit
    except BaseException as error:
        for start, new, removed in reversed(done):
            text.replace(start, end_after(start, new), removed)
        if isinstance(error, _Misfit):
            raise UndoStoreError("the stored edits do not fit the text") from None
        raise


def _replay_is_cheap(document: Document, revisions: list[Revision]) -> bool:
    """Whether replaying the stored edits over the document's text costs little (see
    REPLAY_EDITS)."""
    edits = sum(len(r.transaction.edits) for r in revisions if r.transaction is not None)
    if edits <= REPLAY_EDITS:
        return True
    size = document.disk.size if document.disk is not None else 0
    return size < LARGE_FILE and edits * document.text.line_count <= _REPLAY_WORK


def restore(document: Document) -> str:
    """Bring back the stored undo tree of a document just loaded from its file, when the file's
    bytes are those it was stored with. Returns a short problem to tell the user ("" when
    restored, when nothing was stored, or when the file changed and the store was dropped)."""
    history = document.history
    if document.path is None or len(history.revisions) > 1 or history.modified:
        return ""
    try:
        path = resolved(document.path)
        target = store_path(path)
        _private_folder(create=False)
    except FileNotFoundError:
        return ""
    except (OSError, UndoStoreError) as error:
        return f"stored undo history not read: {error}"
    try:
        data = _read(target)
    except UndoStoreError as error:
        _remove(target)
        return f"stored undo history discarded: {error}"
    if data is None:
        return ""
    if document.disk is None:  # the file is gone, and its history with it
        _remove(target)
        return ""
    digest = content_digest(document)
    try:
        revisions, saved = decode_tree(data, path, digest, _clock_offset(history))
        if _replay_is_cheap(document, revisions):
            check_by_replay(document.text, revisions, saved)
    except StaleStoreError as error:
        log.info("undo store %s dropped: %s", target, error)
        _remove(target)
        return ""
    except UndoStoreError as error:
        log.warning("undo store %s dropped: %s", target, error)
        _remove(target)
        return f"stored undo history discarded: {error}"
    history.adopt(revisions, saved, saved)
    document.seal()
    _kept[document] = _Kept(path, revisions[saved], document.format, digest, _shape(document))
    return ""
