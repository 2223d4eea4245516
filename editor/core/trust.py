"""Files the user has trusted: project-local configuration is used only when the user has
trusted that exact file, by path and content hash, so a cloned repository cannot change how
ted behaves until its owner says so. Trust is kept in `$XDG_STATE_HOME/ted/trusted.json`."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from editor.core.paths import state_dir

TRUST_FILE = "trusted.json"


def _digest(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _load() -> dict[str, str]:
    """Trusted absolute paths and their hashes (nothing when the file is missing or damaged)."""
    try:
        data = json.loads((state_dir(create=False) / TRUST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(data, dict) else {}


def is_trusted(path: Path) -> bool:
    """True if `path` was trusted with exactly its present content."""
    digest = _digest(path)
    return digest is not None and _load().get(str(path.resolve())) == digest


def trust(paths: list[Path]) -> None:
    """Trust `paths` with their present content (written atomically)."""
    table = _load()
    for path in paths:
        digest = _digest(path)
        if digest is not None:
            table[str(path.resolve())] = digest
    folder = state_dir()
    handle, temp = tempfile.mkstemp(prefix=".trusted-", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(table, stream, indent=1, sort_keys=True)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, folder / TRUST_FILE)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
