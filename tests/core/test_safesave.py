"""Tests for editor.core.safesave: every save ends with the complete old or new content."""

from __future__ import annotations

import errno
import os
import random
import select
import shutil
import signal
import stat
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.safesave import (
    ReadOnlyError,
    SaveError,
    SaveResult,
    is_read_only,
    save_file,
)

REPO = Path(__file__).resolve().parents[2]
OLD = b"old line one\nold line two\r\n" * 40
NEW_CHUNKS = [b"new ", b"content\r\n", b"\x00\xff\xfe" * 300, b"", b"tail without newline"]
NEW = b"".join(NEW_CHUNKS)
IS_ROOT = os.geteuid() == 0


@pytest.fixture(autouse=True)
def backups(tmp_path_factory, monkeypatch) -> Path:
    """Point $XDG_STATE_HOME at a temp dir of its own; return where backups go."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    return state / "ted" / "backups"


def listing(path: Path) -> list[str]:
    return sorted(os.listdir(path)) if path.exists() else []


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


class Fault:
    """Make os.<name> raise OSError(err) at call number `at` (1-based), and after it when sticky.

    With at=0 it only counts calls.
    """

    def __init__(self, name: str, at: int = 0, err: int = errno.EIO, sticky: bool = False):
        self.name, self.at, self.err, self.sticky = name, at, err, sticky
        self.calls = 0

    def install(self, patcher) -> None:
        real = getattr(os, self.name)

        def fake(*args, **kwargs):
            self.calls += 1
            if self.at and (self.calls == self.at or (self.sticky and self.calls > self.at)):
                if self.name == "close":
                    real(*args)  # Linux releases the descriptor even when close() fails
                raise OSError(self.err, os.strerror(self.err))
            return real(*args, **kwargs)

        patcher.setattr(os, self.name, fake)


class Scenario:
    """A directory holding notes.txt with OLD bytes, set up for one save method."""

    def __init__(self, base: Path, kind: str):
        self.kind = kind
        self.dir = base / "dir"
        self.dir.mkdir(parents=True)
        self.target = self.dir / "notes.txt"
        self.target.write_bytes(OLD)
        self.override = kind.endswith("readonly")
        self.mode = 0o444 if self.override else 0o640
        os.chmod(self.target, self.mode)
        self.alias = None
        if kind.startswith("inplace"):
            (base / "links").mkdir()
            self.alias = base / "links" / "alias"
            os.link(self.target, self.alias)
        self.before = listing(self.dir)

    def save(self, chunks=None):
        """Save NEW_CHUNKS (or `chunks`); return (result, error)."""
        try:
            chunks = iter(NEW_CHUNKS) if chunks is None else chunks
            return save_file(self.target, chunks, override_readonly=self.override), None
        except SaveError as exc:
            return None, exc

    def check(self, result, error, backup_dir: Path, expected_new: bytes = NEW) -> None:
        """The target holds exactly the old or the new bytes; nothing is left behind."""
        assert listing(self.dir) == self.before
        assert mode_of(self.target) == self.mode
        if error is None:
            assert isinstance(result, SaveResult)
            assert self.target.read_bytes() == expected_new
            assert listing(backup_dir) == []
            return
        assert "notes.txt" in str(error)
        assert "\n" not in str(error)
        if error.recovery_path is None:
            assert self.target.read_bytes() == OLD
            assert listing(backup_dir) == []
        else:
            assert listing(backup_dir) == [error.recovery_path.name]
            assert error.recovery_path.parent == backup_dir
            assert error.recovery_path.name.startswith("notes.txt.")
            assert error.recovery_path.read_bytes() == OLD
            assert mode_of(error.recovery_path) == 0o600
            assert mode_of(backup_dir) == 0o700
            assert str(error.recovery_path) in str(error)
        if self.alias is not None:
            assert os.stat(self.alias).st_ino == os.stat(self.target).st_ino


# ---------------------------------------------------------------------------------------------
# Basic saves


def test_new_file_uses_umask_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "notes.txt"
    old_mask = os.umask(0o027)
    try:
        result = save_file(target, iter(NEW_CHUNKS))
    finally:
        os.umask(old_mask)
    assert target.read_bytes() == NEW
    assert mode_of(target) == 0o640
    assert listing(tmp_path) == ["notes.txt"]
    assert result.method == "rename"
    assert result.path == target.resolve()
    assert result.stat.st_ino == os.stat(target).st_ino
    assert result.stat.st_size == len(NEW)


def test_new_file_in_missing_directory_fails_on_open(tmp_path):
    target = tmp_path / "missing" / "notes.txt"
    with pytest.raises(SaveError) as info:
        save_file(target, [b"x"])
    assert info.value.op == "open"
    assert info.value.error.errno == errno.ENOENT
    assert "No such file or directory" in str(info.value)
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("mode", [0o640, 0o755, 0o600, 0o4755])
def test_overwrite_keeps_mode_and_replaces_inode(tmp_path, mode):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.chmod(target, mode)
    old_inode = os.stat(target).st_ino
    before = listing(tmp_path)
    result = save_file(target, iter(NEW_CHUNKS))
    assert result.method == "rename"
    assert target.read_bytes() == NEW
    assert mode_of(target) == mode
    assert os.stat(target).st_ino != old_inode
    assert result.stat.st_ino == os.stat(target).st_ino
    assert listing(tmp_path) == before


def test_empty_save_gives_empty_file(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    save_file(target, iter([]))
    assert target.read_bytes() == b""


def test_large_document_is_written_chunk_by_chunk(tmp_path, monkeypatch):
    target = tmp_path / "big.bin"
    target.write_bytes(OLD)
    chunk = 64 * 1024
    pieces = [bytes([n % 251]) * chunk for n in range(80)]  # 5 MiB
    largest = []
    real_write = os.write

    def spy(fd, data):
        largest.append(len(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spy)
    save_file(target, (piece for piece in pieces))
    monkeypatch.undo()
    assert max(largest) <= chunk
    with open(target, "rb") as handle:
        for piece in pieces:
            assert handle.read(chunk) == piece
        assert handle.read() == b""


def test_accepts_bytearray_and_memoryview_chunks(tmp_path):
    target = tmp_path / "notes.txt"
    save_file(target, [bytearray(b"ab"), memoryview(b"cd"), b"ef"])
    assert target.read_bytes() == b"abcdef"


def test_temp_and_backup_files_are_created_safely(tmp_path, monkeypatch, backups):
    target = tmp_path / "dir" / "notes.txt"
    target.parent.mkdir()
    target.write_bytes(OLD)
    calls = []
    real_open = os.open

    def spy(path, flags, mode=0o777, **kwargs):
        calls.append((Path(path), flags, mode))
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    save_file(target, [b"one"])
    save_file(target, [b"two"])
    os.link(target, tmp_path / "alias")
    save_file(target, [b"three"])  # in place
    monkeypatch.undo()
    assert target.read_bytes() == b"three"
    created = [(path, mode) for path, flags, mode in calls if flags & os.O_CREAT]
    assert len(created) == 3
    for path, flags, mode in calls:
        assert not flags & os.O_TRUNC
        if flags & os.O_CREAT:
            assert flags & os.O_EXCL and flags & os.O_NOFOLLOW and mode == 0o600
    temps = [path for path, _ in created[:2]]
    assert all(path.parent == target.parent for path in temps)
    for path in temps:
        assert path.name.startswith(".notes.txt.ted-") and path.name.endswith(".tmp")
    assert temps[0] != temps[1]
    backup = created[2][0]
    assert backup.parent == backups
    assert backup.name.startswith("notes.txt.") and backup.name.endswith(".ted-backup")
    assert mode_of(backups) == 0o700
    assert listing(backups) == []


def test_long_file_name_still_gets_a_temp_name(tmp_path):
    target = tmp_path / ("n" * 250)
    target.write_bytes(OLD)
    save_file(target, [b"new"])
    assert target.read_bytes() == b"new"
    assert listing(tmp_path) == [target.name]


# ---------------------------------------------------------------------------------------------
# Fault injection

KINDS = {
    "rename": ["write", "fsync", "close", "replace", "fchmod", "open"],
    "rename-readonly": ["write", "fsync", "close", "replace", "fchmod"],
    "inplace": ["write", "fsync", "close", "ftruncate", "open", "read"],
    "inplace-readonly": ["write", "fsync", "chmod", "fchmod", "ftruncate"],
}
# A failure of any call of these is always reported; other calls (e.g. syncing the directory
# after the rename happened) may fail without harm.
ALWAYS_FATAL = {"write", "replace", "ftruncate", "fchmod", "read"}
CASES = [(kind, name) for kind, names in KINDS.items() for name in names]


def count_calls(base: Path, kind: str, name: str, monkeypatch) -> int:
    scenario = Scenario(base, kind)
    fault = Fault(name)
    with monkeypatch.context() as patcher:
        fault.install(patcher)
        result, error = scenario.save()
    assert error is None
    assert result.method == ("rename" if kind.startswith("rename") else "in-place")
    return fault.calls


@pytest.mark.parametrize("sticky", [False, True], ids=["once", "from-then-on"])
@pytest.mark.parametrize(("kind", "name"), CASES)
def test_fault_at_every_call(tmp_path, monkeypatch, backups, kind, name, sticky):
    total = count_calls(tmp_path / "count", kind, name, monkeypatch)
    assert total > 0
    for at in range(1, total + 1):
        err = errno.ENOSPC if at % 2 else errno.EIO
        scenario = Scenario(tmp_path / f"at{at}", kind)
        fault = Fault(name, at, err, sticky)
        with monkeypatch.context() as patcher:
            fault.install(patcher)
            result, error = scenario.save()
        scenario.check(result, error, backups)
        if (at == 1 and name != "close") or name in ALWAYS_FATAL:
            assert error is not None, f"os.{name} failing at call {at} was not reported"
        if error is not None:
            assert os.strerror(err) in str(error), str(error)
            assert error.error is not None and error.error.errno == err
            if error.recovery_path is not None:
                assert sticky, "a one-off failure must not prevent the restore"
                error.recovery_path.unlink()  # the next round starts with no backup


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    old=st.binary(max_size=3000),
    new=st.lists(st.binary(max_size=1500), max_size=6),
    kind=st.sampled_from(["rename", "inplace"]),
    name=st.sampled_from(["write", "fsync", "ftruncate", "replace"]),
    at=st.integers(1, 6),
    sticky=st.booleans(),
)
def test_fault_keeps_old_or_new_bytes(
    tmp_path, monkeypatch, backups, old, new, kind, name, at, sticky
):
    base = Path(tempfile.mkdtemp(dir=tmp_path))
    directory = base / "dir"
    directory.mkdir()
    target = directory / "f"
    target.write_bytes(old)
    if kind == "inplace":
        os.link(target, base / "alias")
    with monkeypatch.context() as patcher:
        Fault(name, at, errno.EIO, sticky).install(patcher)
        try:
            save_file(target, iter(new))
            error = None
        except SaveError as exc:
            error = exc
    assert listing(directory) == ["f"]
    if error is None:
        assert target.read_bytes() == b"".join(new)
        assert listing(backups) == []
    elif error.recovery_path is None:
        assert target.read_bytes() == old
        assert listing(backups) == []
    else:
        assert listing(backups) == [error.recovery_path.name]
        assert error.recovery_path.read_bytes() == old
        error.recovery_path.unlink()


@pytest.mark.parametrize("kind", ["rename", "inplace"])
@pytest.mark.parametrize("problem", [ValueError("boom"), OSError(errno.EIO, "Input/output error")])
def test_chunks_generator_failing_midway(tmp_path, backups, kind, problem):
    scenario = Scenario(tmp_path, kind)

    def chunks():
        yield b"new part one"
        yield b"new part two" * 1000
        raise problem

    result, error = scenario.save(chunks())
    assert error is not None
    scenario.check(result, error, backups)
    assert error.op == "content"
    assert error.recovery_path is None
    if isinstance(problem, OSError):
        assert "Input/output error" in str(error)
    else:
        assert "boom" in str(error)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    new=st.lists(st.binary(max_size=700), max_size=8),
    step=st.integers(1, 9),
    kind=st.sampled_from(["rename", "inplace"]),
)
def test_partial_writes_still_write_everything(tmp_path, monkeypatch, backups, new, step, kind):
    base = Path(tempfile.mkdtemp(dir=tmp_path))
    target = base / "f"
    target.write_bytes(OLD)
    if kind == "inplace":
        os.link(target, base / "alias")
    real_write = os.write
    with monkeypatch.context() as patcher:
        patcher.setattr(os, "write", lambda fd, data: real_write(fd, data[:step]))
        result = save_file(target, iter(new))
    assert result.method == ("rename" if kind == "rename" else "in-place")
    assert target.read_bytes() == b"".join(new)
    assert listing(backups) == []


def test_in_place_backup_of_a_multi_block_file(tmp_path, monkeypatch, backups):
    target = tmp_path / "big"
    old = bytes(range(256)) * (10 * 1024)  # 2.5 MiB: the backup is copied in several blocks
    target.write_bytes(old)
    os.link(target, tmp_path / "alias")
    with monkeypatch.context() as patcher:
        Fault("ftruncate", 1, errno.EIO).install(patcher)
        with pytest.raises(SaveError) as info:
            save_file(target, [b"short"])
    assert info.value.op == "truncate"
    assert target.read_bytes() == old
    assert listing(backups) == []


# ---------------------------------------------------------------------------------------------
# Links, permissions, ownership, xattrs


def test_hard_link_is_written_in_place(tmp_path, backups):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.chmod(target, 0o640)
    alias = tmp_path / "alias"
    os.link(target, alias)
    inode = os.stat(target).st_ino
    result = save_file(target, iter(NEW_CHUNKS))
    assert result.method == "in-place"
    assert target.read_bytes() == NEW and alias.read_bytes() == NEW
    assert os.stat(target).st_ino == inode and os.stat(target).st_nlink == 2
    assert mode_of(target) == 0o640
    assert listing(tmp_path) == ["alias", "notes.txt"]
    assert listing(backups) == []


def test_shorter_content_in_place_is_truncated(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.link(target, tmp_path / "alias")
    save_file(target, [b"x"])
    assert target.read_bytes() == b"x"


def test_symlink_stays_a_symlink(tmp_path, backups):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "notes.txt"
    real.write_bytes(OLD)
    os.chmod(real, 0o600)
    link_dir = tmp_path / "links"
    link_dir.mkdir()
    link = link_dir / "notes-link"
    link.symlink_to(Path("..") / "real" / "notes.txt")
    inode = os.stat(real).st_ino
    result = save_file(link, iter(NEW_CHUNKS))
    assert result.method == "in-place"
    assert result.path == real.resolve()
    assert link.is_symlink() and os.readlink(link) == "../real/notes.txt"
    assert real.read_bytes() == NEW
    assert os.stat(real).st_ino == inode and mode_of(real) == 0o600
    assert listing(real_dir) == ["notes.txt"] and listing(link_dir) == ["notes-link"]
    assert listing(backups) == []


def test_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link"
    link.symlink_to("made.txt")
    save_file(link, [b"hello"])
    assert link.is_symlink()
    assert (tmp_path / "made.txt").read_bytes() == b"hello"


def test_is_read_only(tmp_path):
    path = tmp_path / "f"
    assert not is_read_only(path)
    path.write_bytes(b"")
    os.chmod(path, 0o644)
    assert not is_read_only(path)
    os.chmod(path, 0o444)
    assert is_read_only(path)
    os.chmod(path, 0o000)
    assert is_read_only(path)


def test_read_only_file_is_refused_without_override(tmp_path, backups):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.chmod(target, 0o444)
    consumed = []

    def chunks():
        consumed.append(True)
        yield b"new"

    with pytest.raises(ReadOnlyError) as info:
        save_file(target, chunks())
    assert info.value.op == "readonly"
    assert isinstance(info.value, SaveError)
    assert str(info.value) == f"Cannot save {target}: the file is read-only"
    assert not consumed
    assert target.read_bytes() == OLD and mode_of(target) == 0o444
    assert listing(tmp_path) == ["notes.txt"]


@pytest.mark.parametrize("linked", [False, True], ids=["rename", "in-place"])
def test_read_only_file_with_override_keeps_its_mode(tmp_path, backups, linked):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.chmod(target, 0o444)
    if linked:
        os.link(target, tmp_path / "alias")
    before = listing(tmp_path)
    result = save_file(target, iter(NEW_CHUNKS), override_readonly=True)
    assert result.method == ("in-place" if linked else "rename")
    assert target.read_bytes() == NEW
    assert mode_of(target) == 0o444
    assert listing(tmp_path) == before
    assert listing(backups) == []


def test_read_only_in_place_failure_restores_mode(tmp_path, monkeypatch, backups):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.chmod(target, 0o444)
    os.link(target, tmp_path / "alias")
    with monkeypatch.context() as patcher:
        Fault("fsync", 3, errno.EIO).install(patcher)  # 1: backup, 2: backup dir, 3: target
        with pytest.raises(SaveError) as info:
            save_file(target, iter(NEW_CHUNKS), override_readonly=True)
    assert info.value.op == "fsync"
    assert target.read_bytes() == OLD and mode_of(target) == 0o444
    assert listing(backups) == []


def test_directory_not_writable_uses_in_place(tmp_path, monkeypatch, backups):
    directory = tmp_path / "locked"
    directory.mkdir()
    target = directory / "notes.txt"
    target.write_bytes(OLD)
    inode = os.stat(target).st_ino
    if IS_ROOT:  # root may write anywhere: pretend the directory refuses it
        real_access = os.access

        def access(path, mode, **kwargs):
            if os.path.realpath(path) == str(directory) and mode & os.W_OK:
                return False
            return real_access(path, mode, **kwargs)

        monkeypatch.setattr(os, "access", access)
    else:
        os.chmod(directory, 0o555)
    try:
        result = save_file(target, iter(NEW_CHUNKS))
    finally:
        os.chmod(directory, 0o755)
    assert result.method == "in-place"
    assert target.read_bytes() == NEW
    assert os.stat(target).st_ino == inode
    assert listing(directory) == ["notes.txt"]
    assert listing(backups) == []


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a file to another user")
def test_owner_and_group_are_kept(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.chown(target, 1234, 1235)
    result = save_file(target, iter(NEW_CHUNKS))
    assert result.method == "rename"
    info = os.stat(target)
    assert (info.st_uid, info.st_gid) == (1234, 1235)
    assert target.read_bytes() == NEW


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a file to another user")
def test_owner_that_cannot_be_reproduced_falls_back_to_in_place(tmp_path, monkeypatch, backups):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.chown(target, 1234, 1235)
    inode = os.stat(target).st_ino

    def refuse(*args):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", refuse)
    result = save_file(target, iter(NEW_CHUNKS))
    assert result.method == "in-place"
    info = os.stat(target)
    assert info.st_ino == inode and (info.st_uid, info.st_gid) == (1234, 1235)
    assert target.read_bytes() == NEW
    assert listing(tmp_path) == ["notes.txt"]
    assert listing(backups) == []


def xattrs_supported(directory: Path) -> bool:
    probe = directory / ".probe"
    probe.write_bytes(b"")
    try:
        os.setxattr(probe, "user.test", b"1")
        return True
    except OSError:
        return False
    finally:
        probe.unlink()


def acl(*entries: tuple[int, int, int]) -> bytes:
    """A system.posix_acl_* value: version 2, then (tag, perm, id) entries."""
    return struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *entry) for entry in entries)


UNDEFINED_ID = 0xFFFFFFFF
ACL_WITH_USER = acl(
    (0x01, 6, UNDEFINED_ID),  # owner rw
    (0x02, 4, 1234),  # user 1234 r
    (0x04, 4, UNDEFINED_ID),  # group r
    (0x10, 4, UNDEFINED_ID),  # mask r
    (0x20, 0, UNDEFINED_ID),  # other -
)


def test_xattrs_survive_a_save(tmp_path):
    if not xattrs_supported(tmp_path):
        pytest.skip("no user xattrs on this filesystem")
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.setxattr(target, "user.test", b"kept")
    os.setxattr(target, "user.other", b"\x00\x01")
    result = save_file(target, iter(NEW_CHUNKS))
    assert result.method == "rename"
    assert os.getxattr(target, "user.test") == b"kept"
    assert os.getxattr(target, "user.other") == b"\x00\x01"
    assert target.read_bytes() == NEW


def test_acl_survives_a_save(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    try:
        os.setxattr(target, "system.posix_acl_access", ACL_WITH_USER)
    except OSError:
        pytest.skip("no POSIX ACLs on this filesystem")
    mode = mode_of(target)
    stored = os.getxattr(target, "system.posix_acl_access")
    result = save_file(target, iter(NEW_CHUNKS))
    assert result.method == "rename"
    assert os.getxattr(target, "system.posix_acl_access") == stored
    assert mode_of(target) == mode
    assert target.read_bytes() == NEW


def test_acl_inherited_by_the_temp_file_is_not_added(tmp_path):
    directory = tmp_path / "d"
    directory.mkdir()
    target = directory / "notes.txt"
    target.write_bytes(OLD)
    os.chmod(target, 0o640)
    try:  # a default ACL set after the file was made: new files would inherit it
        os.setxattr(directory, "system.posix_acl_default", ACL_WITH_USER)
    except OSError:
        pytest.skip("no POSIX ACLs on this filesystem")
    save_file(target, iter(NEW_CHUNKS))
    assert "system.posix_acl_access" not in os.listxattr(target)
    assert mode_of(target) == 0o640
    assert target.read_bytes() == NEW


def test_xattr_copy_failure_falls_back_to_in_place(tmp_path, monkeypatch, backups):
    if not xattrs_supported(tmp_path):
        pytest.skip("no user xattrs on this filesystem")
    target = tmp_path / "notes.txt"
    target.write_bytes(OLD)
    os.setxattr(target, "user.test", b"kept")
    inode = os.stat(target).st_ino

    def unsupported(*args, **kwargs):
        raise OSError(errno.ENOTSUP, os.strerror(errno.ENOTSUP))

    monkeypatch.setattr(os, "setxattr", unsupported)
    result = save_file(target, (chunk for chunk in NEW_CHUNKS))
    assert result.method == "in-place"
    assert target.read_bytes() == NEW
    assert os.stat(target).st_ino == inode
    assert os.getxattr(target, "user.test") == b"kept"
    assert listing(tmp_path) == ["notes.txt"]
    assert listing(backups) == []


# ---------------------------------------------------------------------------------------------
# Not a regular file, error text


def test_directory_is_refused(tmp_path):
    directory = tmp_path / "adir"
    directory.mkdir()
    with pytest.raises(SaveError) as info:
        save_file(directory, [b"x"])
    assert info.value.op == "open"
    assert "Is a directory" in str(info.value)
    assert listing(directory) == []


def test_fifo_is_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(SaveError) as info:
        save_file(fifo, [b"x"])  # must not block opening the FIFO
    assert info.value.op == "open"
    assert "not a regular file" in str(info.value)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert listing(tmp_path) == ["pipe"]


def test_error_text_is_one_line():
    error = SaveError(Path("notes.txt"), "write", OSError(errno.ENOSPC, "No space left on device"))
    assert str(error) == "Cannot save notes.txt: No space left on device (while writing)"
    kept = SaveError(
        Path("notes.txt"), "fsync", OSError(errno.EIO, "Input/output error"), Path("/s/b")
    )
    assert str(kept) == (
        "Cannot save notes.txt: Input/output error (while syncing to disk); "
        "the previous content is kept in /s/b"
    )
    hostile = SaveError(Path("a\nb\x1b[31m\u202e\udcff"), "rename", OSError(errno.EIO, "x"))
    assert str(hostile) == "Cannot save a\\x0ab\\x1b[31m\\u202e\\xff: x (while renaming)"


# ---------------------------------------------------------------------------------------------
# Real failures: a full filesystem, SIGKILL


@pytest.fixture
def tiny_fs(tmp_path):
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)]).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)])


@pytest.mark.parametrize("linked", [False, True], ids=["rename", "in-place"])
def test_full_filesystem(tiny_fs, tmp_path, backups, linked):
    target = tiny_fs / "notes.txt"
    old = b"o" * 8192
    target.write_bytes(old)
    if linked:
        os.link(target, tiny_fs / "alias")
    before = listing(tiny_fs)
    free_before = os.statvfs(tiny_fs).f_bfree
    with pytest.raises(SaveError) as info:
        save_file(target, (b"n" * 16384 for _ in range(16)))  # 256 KiB into 64 KiB
    assert info.value.error.errno == errno.ENOSPC
    assert info.value.recovery_path is None
    assert "No space left on device" in str(info.value) and "notes.txt" in str(info.value)
    assert target.read_bytes() == old
    assert listing(tiny_fs) == before
    assert os.statvfs(tiny_fs).f_bfree == free_before
    assert listing(backups) == []
    save_file(target, [b"fits"])  # the space was given back
    assert target.read_bytes() == b"fits"


SAVER = """
import sys
from pathlib import Path
from editor.core.safesave import save_file

target, blocks = Path(sys.argv[1]), int(sys.argv[2])
contents = [bytes([letter]) * (1 << 20) for letter in b"BA"]
count = 0
while True:
    block = contents[count % 2]
    save_file(target, (block for _ in range(blocks)))
    count += 1
    if count == 1:
        print("saved", flush=True)
"""


def test_sigkill_leaves_old_or_new_content(tmp_path):
    blocks = 20
    size = blocks << 20
    target = tmp_path / "big.txt"
    target.write_bytes(b"A" * size)
    env = dict(os.environ, PYTHONPATH=str(REPO), XDG_STATE_HOME=os.environ["XDG_STATE_HOME"])
    rng = random.Random(8)
    for _ in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(target), str(blocks)],
            stdout=subprocess.PIPE,
            env=env,
        )
        try:
            ready, _, _ = select.select([child.stdout], [], [], 20)
            assert ready and child.stdout.readline() == b"saved\n"
            select.select([], [], [], rng.uniform(0.0, 0.4))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdout.close()
        data = target.read_bytes()
        assert len(data) == size
        assert data.count(data[:1]) == size and data[:1] in (b"A", b"B")
        for name in listing(tmp_path):  # a killed save may leave only its own temp file
            if name != "big.txt":
                assert name.startswith(".big.txt.ted-") and name.endswith(".tmp"), name
                (tmp_path / name).unlink()
