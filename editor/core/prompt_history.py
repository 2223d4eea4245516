"""What was typed at each prompt, kept across sessions in `$XDG_STATE_HOME/ted/history.json`.

A prompt opened with a history name (`Port.prompt(..., history="command")`) offers its earlier
entries (Up and Down in the terminal) and adds what is accepted. The file holds one list per
name, oldest first, at most `CAP` entries each; an entry typed again moves to the end. It is
read on first use and written through `safesave.save_file` whenever an entry is added, merged
with what another ted may have added meanwhile. A file that cannot be read or is not valid is
reported once and left out; history is a convenience, so nothing about it is ever fatal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from editor.core.paths import state_dir
from editor.core.safesave import SaveError, save_file

if TYPE_CHECKING:
    from editor.core.session import Session

CAP = 500
FILE_NAME = "history.json"
# The history of command lines, shared by the palette and the command line prompt.
COMMAND_LINE = "command"
_EXTENSION = "prompt_history"
_VERSION = 1


class PromptHistory:
    """Per-prompt histories, loaded lazily from one JSON file and saved on every addition."""

    def __init__(
        self,
        path: Path | None = None,
        cap: int = CAP,
        report: Callable[[str], None] | None = None,
    ) -> None:
        self._path = path
        self.cap = cap
        self._report = report or (lambda text: None)
        self._lists: dict[str, list[str]] | None = None
        self._reported: set[str] = set()

    @property
    def path(self) -> Path:
        """The history file (in the private state folder unless given)."""
        if self._path is None:
            self._path = state_dir(create=False) / FILE_NAME
        return self._path

    def entries(self, name: str) -> list[str]:
        """The entries of prompt `name`, oldest first."""
        if self._lists is None:
            self._lists = self._read()
        return list(self._lists.get(name, ()))

    def add(self, name: str, entry: str) -> None:
        """Add `entry` as the newest of prompt `name` (moving an equal older one) and save."""
        if not entry.strip():
            return
        lists = self._read()
        if self._lists is not None:
            for key, values in self._lists.items():
                lists.setdefault(key, values)
        values = [value for value in lists.get(name, []) if value != entry]
        values.append(entry)
        lists[name] = values[-self.cap :]
        self._lists = lists
        self._write(lists)

    def _read(self) -> dict[str, list[str]]:
        """The lists in the file; empty (and reported once) when it is missing or unusable."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as error:
            self._problem("read", f"cannot read {self.path}: {getattr(error, 'strerror', None) or error}")
            return {}
        except json.JSONDecodeError as error:
            self._problem("read", f"{self.path}: not valid JSON ({error.msg}, line {error.lineno}); ignored")
            return {}
        prompts = data.get("prompts") if isinstance(data, dict) else None
        if not isinstance(prompts, dict):
            self._problem("read", f"{self.path}: not a ted history file; ignored")
            return {}
        return {
            str(name): [value for value in values if isinstance(value, str)][-self.cap :]
            for name, values in prompts.items()
            if isinstance(values, list)
        }

    def _write(self, lists: dict[str, list[str]]) -> None:
        text = json.dumps({"version": _VERSION, "prompts": lists}, ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            save_file(self.path, [text.encode("utf-8")])
        except (OSError, SaveError) as error:
            self._problem("write", f"history not saved: {error}")

    def _problem(self, kind: str, text: str) -> None:
        """Report a problem of this kind the first time only."""
        if kind not in self._reported:
            self._reported.add(kind)
            self._report(text)


def session_history(session: Session) -> PromptHistory:
    """The prompt history of `session`, made on first use; problems show as error messages."""
    history = session.extensions.get(_EXTENSION)
    if history is None:
        history = PromptHistory(report=lambda text: session.message(text, error=True))
        session.extensions[_EXTENSION] = history
    return history
