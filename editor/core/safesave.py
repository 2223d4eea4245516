"""Crash-safe saving of a file (requirements R8-R14 and R25 of docs/reliability.md)."""

# Invariants of this module:
#  * While a save runs, the target path holds either its complete old content or its complete
#    new content (rename path). On the in-place path the old content is first kept in a fsynced
#    backup copy under state_dir()/backups, which stays there until the new content is on disk
#    or the old content has been written back.
#  * When save_file raises SaveError, the target holds its complete old content, unless the
#    error's recovery_path is set: then that file holds the old content and is named in the error.
#  * The target is never opened with O_TRUNC. Temp and backup files are created with
#    O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600 and an unpredictable name, only in the target's own
#    directory (temp) or the private state directory (backup), never in a shared temp directory.
#  * After save_file returns or raises, the target's directory has no new entries and the backup
#    directory holds at most the one backup named by recovery_path.
#  * Mode, owner, group and xattrs (ACLs included) of an existing file are the same after a save.
#  * `chunks` is iterated at most once and is never joined into one bytes object.
#  * Only the standard library is used: no prompt_toolkit, nothing from the UI.

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from editor.core.paths import state_dir

_BLOCK = 1 << 20
_NAME_MAX = 255
_TEMP_NAME = ".{base}.ted-{token}.tmp"
_BACKUP_NAME = "{base}.{token}.ted-backup"
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
_READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC
# Errors from copying owner or xattrs that mean "this inode cannot be reproduced": write in place.
_NOT_REPRODUCIBLE = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EACCES})
_NO_XATTRS = frozenset({errno.ENOTSUP, errno.EOPNOTSUPP})
_REFUSED = object()

_OP_WORDS = {
    "open": "opening",
    "write": "writing",
    "fsync": "syncing to disk",
    "close": "closing",
    "truncate": "truncating",
    "stat": "checking the file",
    "chmod": "setting permissions",
    "chown": "setting the owner",
    "xattr": "copying extended attributes",
    "rename": "renaming",
    "backup": "making a backup copy",
    "restore": "restoring",
    "read": "reading",
    "content": "preparing the content",
}


def _shown(text: str) -> str:
    """Escape control, bidi and undecodable characters so the text stays one visible line."""
    out = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape could not decode
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or code == 0x7F or 0x80 <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        elif 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def _error_text(error: OSError) -> str:
    if error.strerror:
        return error.strerror
    if error.errno:
        return os.strerror(error.errno)
    return str(error) or type(error).__name__


class SaveError(Exception):
    """A save failed; the file on disk still holds its complete old content."""

    path: Path
    op: str
    error: OSError | None
    recovery_path: Path | None
    reason: str | None

    def __init__(
        self,
        path: Path,
        op: str,
        error: OSError | None = None,
        recovery_path: Path | None = None,
        *,
        reason: str | None = None,
    ) -> None:
        super().__init__(path, op, error)
        self.path = Path(path)
        self.op = op
        self.error = error
        self.recovery_path = recovery_path
        self.reason = reason

    def __str__(self) -> str:
        """One line naming the file, the OS error and the step that failed."""
        text = f"Cannot save {_shown(os.fspath(self.path))}: "
        if self.reason is not None:
            text += _shown(self.reason)
        else:
            detail = _error_text(self.error) if self.error is not None else "unknown error"
            text += _shown(detail)
            if self.op in _OP_WORDS:
                text += f" (while {_OP_WORDS[self.op]})"
        if self.recovery_path is not None:
            text += f"; the previous content is kept in {_shown(os.fspath(self.recovery_path))}"
        return text


class ReadOnlyError(SaveError):
    """The file is read-only and the save was not asked to override that."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "readonly", reason="the file is read-only")


@dataclass(frozen=True)
class SaveResult:
    """What a successful save wrote."""

    path: Path
    method: str
    stat: os.stat_result


class _StepError(Exception):
    """Internal: step `op` failed with `cause`; `touched`: the target may have changed."""

    def __init__(self, op: str, cause: BaseException) -> None:
        super().__init__(op, cause)
        self.op = op
        self.cause = cause
        self.touched = False


def _do(op: str, func, *args):
    try:
        return func(*args)
    except OSError as exc:
        raise _StepError(op, exc) from exc


def _save_error(path: Path, step: _StepError, recovery_path: Path | None = None) -> SaveError:
    cause = step.cause
    if isinstance(cause, OSError):
        return SaveError(path, step.op, cause, recovery_path)
    reason = f"the content could not be produced ({type(cause).__name__}: {cause})"
    return SaveError(path, step.op, None, recovery_path, reason=reason)


def _close_quietly(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _chmod_quietly(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:
        pass


def _current_umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o077)  # not thread-safe, hence only a fallback
    os.umask(mask)
    return mask


def _fsync_dir(directory: Path) -> None:
    """Flush a change of directory entries; errors are ignored, the change has already happened."""
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # EINVAL: the filesystem cannot sync directories; other errors cannot undo it either
    finally:
        _close_quietly(fd)


def _create_exclusive(directory: Path, base: str, pattern: str) -> tuple[Path, int]:
    """Create a new 0600 file named after `pattern` with a random token; never follows a link."""
    for _ in range(8):
        token = secrets.token_hex(8)
        room = _NAME_MAX - len(os.fsencode(pattern.format(base="", token=token)))
        short = os.fsencode(base)[:room].decode(errors="surrogateescape")
        candidate = directory / pattern.format(base=short, token=token)
        try:
            return candidate, os.open(candidate, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a new file", os.fspath(directory))


def _write_all(fd: int, chunks: Iterable[bytes], op: str = "write") -> int:
    """Write every chunk in full (looping over short writes); return the byte count."""
    total = 0
    try:
        iterator = iter(chunks)
    except Exception as exc:
        raise _StepError("content", exc) from exc
    while True:
        try:
            view = memoryview(next(iterator)).cast("B")
        except StopIteration:
            return total
        except _StepError:
            raise
        except Exception as exc:
            raise _StepError("content", exc) from exc
        while view:
            written = _do(op, os.write, fd, view)
            if written <= 0:
                raise _StepError(op, OSError(errno.EIO, "the write made no progress"))
            view = view[written:]
            total += written


def _read_blocks(fd: int, op: str) -> Iterator[bytes]:
    while True:
        block = _do(op, os.read, fd, _BLOCK)
        if not block:
            return
        yield block


def _copy_owner(fd: int, old: os.stat_result) -> bool:
    """Give fd the owner and group of `old`; False when that is not permitted."""
    mine = _do("chown", os.fstat, fd)
    uid = -1 if mine.st_uid == old.st_uid else old.st_uid
    gid = -1 if mine.st_gid == old.st_gid else old.st_gid
    if uid == -1 and gid == -1:
        return True
    try:
        os.fchown(fd, uid, gid)
    except OSError as exc:
        if exc.errno == errno.EPERM:
            return False
        raise _StepError("chown", exc) from exc
    return True


def _xattr_call(func, *args):
    """Run one xattr call; _REFUSED when it is not permitted or supported."""
    try:
        return func(*args)
    except OSError as exc:
        if exc.errno in _NOT_REPRODUCIBLE:
            return _REFUSED
        raise _StepError("xattr", exc) from exc


def _xattr_names(target) -> list[str]:
    try:
        return os.listxattr(target)
    except OSError as exc:
        if exc.errno in _NO_XATTRS:
            return []
        raise _StepError("xattr", exc) from exc


def _copy_xattrs(source: Path, fd: int) -> bool:
    """Give fd exactly the xattrs (ACLs included) of source; False when that is not possible."""
    wanted: dict[str, bytes] = {}
    for name in _xattr_names(source):
        try:
            wanted[name] = os.getxattr(source, name)
        except OSError as exc:
            if exc.errno == errno.ENODATA:
                continue  # removed since it was listed
            if exc.errno in _NOT_REPRODUCIBLE:
                return False
            raise _StepError("xattr", exc) from exc
    present = set(_xattr_names(fd))
    for name in present - wanted.keys():  # e.g. an ACL inherited from the directory's default
        if _xattr_call(os.removexattr, fd, name) is _REFUSED:
            return False
    for name, value in wanted.items():
        if name in present and _xattr_call(os.getxattr, fd, name) == value:
            continue
        if _xattr_call(os.setxattr, fd, name, value) is _REFUSED:
            return False
    return True


def _save_by_rename(target: Path, old: os.stat_result | None, chunks: Iterable[bytes]):
    """Write a temp file beside target and rename it over target.

    Returns a SaveResult, or the temp file's path (holding the complete new content) when the
    owner or xattrs of `old` cannot be reproduced: the caller then writes in place from it.
    """
    temp, fd = _do("open", _create_exclusive, target.parent, target.name, _TEMP_NAME)
    try:
        _write_all(fd, chunks)
        if old is None:
            mode = 0o666 & ~_current_umask()
        else:
            mode = stat.S_IMODE(old.st_mode)
            if not (_copy_owner(fd, old) and _copy_xattrs(target, fd)):
                fd, to_close = -1, fd
                _close_quietly(to_close)
                return temp
        _do("chmod", os.fchmod, fd, mode)  # after writing and chown, which may clear set-id bits
        _do("fsync", os.fsync, fd)
        written = _do("stat", os.fstat, fd)
        fd, to_close = -1, fd
        _do("close", os.close, to_close)
        _do("rename", os.replace, temp, target)
    except BaseException:
        if fd >= 0:
            _close_quietly(fd)
        _unlink_quietly(temp)
        raise
    _fsync_dir(target.parent)
    try:
        written = os.stat(target)
    except OSError:
        pass
    return SaveResult(target, "rename", written)


def _backup_dir() -> Path:
    folder = state_dir() / "backups"
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid():
        raise OSError(errno.EPERM, f"the backup directory {folder} is not a private directory")
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(folder, 0o700)
    return folder


def _make_backup(target: Path) -> Path:
    """Copy target's bytes into a new fsynced 0600 file under state_dir()/backups."""
    try:
        folder = _backup_dir()
        backup, fd = _create_exclusive(folder, target.name, _BACKUP_NAME)
    except OSError as exc:
        raise _StepError("backup", exc) from exc
    try:
        source = _do("backup", os.open, target, _READ_FLAGS)
        try:
            _write_all(fd, _read_blocks(source, "backup"), "backup")
        finally:
            _close_quietly(source)
        _do("backup", os.fsync, fd)
        fd, to_close = -1, fd
        _do("backup", os.close, to_close)
    except BaseException:
        if fd >= 0:
            _close_quietly(fd)
        _unlink_quietly(backup)
        raise
    _fsync_dir(folder)
    return backup


def _overwrite(target: Path, chunks: Iterable[bytes], mode: int) -> os.stat_result:
    """Write chunks over target from offset 0 (no O_TRUNC), cut it to length, keep `mode`, fsync.

    A _StepError it raises has `touched` set once target was opened for writing.
    """
    fd = _do("open", os.open, target, os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        size = _write_all(fd, chunks)
        _do("truncate", os.ftruncate, fd, size)
        if stat.S_IMODE(_do("stat", os.fstat, fd).st_mode) != mode:
            _do("chmod", os.fchmod, fd, mode)  # writing may have cleared set-id bits
        _do("fsync", os.fsync, fd)
        written = _do("stat", os.fstat, fd)
        fd, to_close = -1, fd
        _do("close", os.close, to_close)
    except BaseException as exc:
        if fd >= 0:
            _close_quietly(fd)
        if isinstance(exc, _StepError):
            exc.touched = True
        raise
    return written


def _restore(target: Path, backup: Path, mode: int, unlock: bool) -> bool:
    """Write the backup's bytes back over target; False if that failed too."""
    try:
        if unlock:
            os.chmod(target, mode | stat.S_IWUSR)
        source = os.open(backup, _READ_FLAGS)
        try:
            _overwrite(target, _read_blocks(source, "restore"), mode)
        finally:
            _close_quietly(source)
    except (OSError, _StepError):
        return False
    return True


def _save_in_place(
    path: Path, target: Path, old: os.stat_result, chunks: Iterable[bytes], unlock: bool
) -> SaveResult:
    """Back target up, overwrite it in place; on failure write the backup back."""
    mode = stat.S_IMODE(old.st_mode)
    backup = _make_backup(target)
    try:
        if unlock:
            _do("chmod", os.chmod, target, mode | stat.S_IWUSR)
        written = _overwrite(target, chunks, mode)
    except BaseException as exc:
        touched = exc.touched if isinstance(exc, _StepError) else True
        restored = not touched or _restore(target, backup, mode, unlock)
        if unlock:
            _chmod_quietly(target, mode)
        if restored:
            _unlink_quietly(backup)
        if not isinstance(exc, _StepError):
            raise
        raise _save_error(path, exc, None if restored else backup) from exc.cause
    _unlink_quietly(backup)
    return SaveResult(target, "in-place", written)


def is_read_only(path: Path) -> bool:
    """True when path exists and is not writable or has no write bit at all (0444 even for root)."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return not (info.st_mode & 0o222) or not os.access(path, os.W_OK)


def _save(path: Path, chunks: Iterable[bytes], override_readonly: bool) -> SaveResult:
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        link = None
    except OSError as exc:
        raise _StepError("open", exc) from exc
    target = Path(os.path.realpath(path))
    old = None
    if link is not None:
        try:
            old = os.stat(target)
        except FileNotFoundError:
            pass  # a dangling symlink (or the file just vanished): create the file
        except OSError as exc:
            raise _StepError("open", exc) from exc
    if old is None:
        return _save_by_rename(target, None, chunks)  # a new file never needs the fallback
    if stat.S_ISDIR(old.st_mode):
        raise SaveError(path, "open", IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    if not stat.S_ISREG(old.st_mode):
        raise SaveError(path, "open", reason="it is not a regular file")
    unlock = is_read_only(target)
    if unlock and not override_readonly:
        raise ReadOnlyError(path)

    in_place = (
        stat.S_ISLNK(link.st_mode)
        or old.st_nlink > 1
        or not os.access(target.parent, os.W_OK)
    )
    if in_place:
        return _save_in_place(path, target, old, chunks, unlock)
    try:
        outcome = _save_by_rename(target, old, chunks)
    except _StepError as exc:
        cause = exc.cause
        if exc.op == "open" and isinstance(cause, OSError) and cause.errno in (
            errno.EACCES,
            errno.EPERM,
        ):  # the directory refused the temp file before any chunk was read
            return _save_in_place(path, target, old, chunks, unlock)
        raise
    if isinstance(outcome, SaveResult):
        return outcome
    # The owner or xattrs cannot be reproduced on a new inode: copy the temp file in place.
    try:
        source = _do("read", os.open, outcome, _READ_FLAGS)
        try:
            return _save_in_place(path, target, old, _read_blocks(source, "read"), unlock)
        finally:
            _close_quietly(source)
    finally:
        _unlink_quietly(outcome)


def save_file(
    path: Path, chunks: Iterable[bytes], *, override_readonly: bool = False
) -> SaveResult:
    """Save chunks to path so that any failure leaves the complete old or complete new content."""
    path = Path(path)
    try:
        return _save(path, chunks, override_readonly)
    except _StepError as exc:
        raise _save_error(path, exc) from exc.cause
