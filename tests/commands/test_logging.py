"""Where ted's log goes: a file in the state folder, never the terminal it draws on."""

from __future__ import annotations

import pytest


def test_unexpected_failures_are_logged_to_the_state_folder_not_the_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from editor.cli import _log_to_state_file
    from editor.core.paths import state_dir

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(root, "level", logging.NOTSET)
    _log_to_state_file()
    assert [type(h).__name__ for h in root.handlers] == ["FileHandler"]
    logging.getLogger("editor.core.session").error("command x failed")
    for handler in root.handlers:
        handler.flush()
        handler.close()
    assert "command x failed" in (state_dir() / "ted.log").read_text()
