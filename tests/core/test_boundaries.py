"""The core and the commands never import prompt_toolkit: they run without a terminal."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "editor"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_and_commands_do_not_import_prompt_toolkit() -> None:
    files = [*(ROOT / "core").rglob("*.py"), *(ROOT / "commands").rglob("*.py")]
    assert len(files) > 10
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in imported_modules(path) if m.startswith("prompt_toolkit"))
        for path in files
    }
    assert {path: mods for path, mods in offenders.items() if mods} == {}


def test_core_does_not_import_the_ui() -> None:
    for path in (ROOT / "core").rglob("*.py"):
        assert not any(m.startswith("editor.ui") for m in imported_modules(path)), path
