"""Keymap files: loading, checking every command, and resolving key sequences."""

from __future__ import annotations

from pathlib import Path

import pytest

import editor.commands  # noqa: F401 - registers the built-in commands
from editor.core.commands import REGISTRY
from editor.core.keymap import PENDING, Binding, load_keymap
from editor.core.keys import KeyNameError, normalise_key, parse_sequence
from editor.core.paths import data_dir


def test_every_shipped_keymap_loads_without_errors() -> None:
    files = sorted(data_dir("keymaps").glob("*.toml"))
    assert files
    for path in files:
        keymap, errors = load_keymap(path.stem, REGISTRY)
        assert errors == []
        assert keymap.modes["normal"]


def test_default_keymap_has_the_basic_bindings() -> None:
    keymap, _ = load_keymap("default", REGISTRY)
    expected = {
        "c-s": "file.save", "c-q": "app.quit", "c-z": "history.undo", "c-y": "history.redo",
        "c-c": "clipboard.copy", "c-x": "clipboard.cut", "c-v": "clipboard.paste",
        "c-a": "select.all", "c-g": "cursor.goto_line", "tab": "edit.indent",
        "s-tab": "edit.dedent", "enter": "edit.newline",
    }
    for key, command in expected.items():
        found = keymap.resolve("normal", (key,))
        assert isinstance(found, Binding) and found.command == command


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text)
    return path


def test_unknown_command_is_reported_with_file_line_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, 'name = "mine"\n[normal]\n"c-s" = "file.save"\n"c-t" = "file.sav"\n')
    keymap, errors = load_keymap(str(path), REGISTRY)
    assert len(errors) == 1
    text = str(errors[0])
    assert str(path) in text and ":4:" in text and "'c-t'" in text and "file.sav" in text
    assert isinstance(keymap.resolve("normal", ("c-s",)), Binding)
    assert keymap.resolve("normal", ("c-t",)) is None


def test_bad_key_name_and_bad_toml_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, '[normal]\n"c-banana" = "file.save"\n')
    _, errors = load_keymap(str(path), REGISTRY)
    assert "c-banana" in str(errors[0]) and ":2:" in str(errors[0])
    path = write(tmp_path, '[normal]\n"c-s" = \n')
    _, errors = load_keymap(str(path), REGISTRY)
    assert "invalid TOML" in str(errors[0]) and str(path) in str(errors[0])


def test_sequences_resolve_through_pending_prefixes(tmp_path: Path) -> None:
    path = write(tmp_path, '[normal]\n"c-k c-u" = ["select.line_start", "edit.backspace"]\n')
    keymap, errors = load_keymap(str(path), REGISTRY)
    assert errors == []
    assert keymap.resolve("normal", ("c-k",)) == PENDING
    found = keymap.resolve("normal", ("c-k", "c-u"))
    assert isinstance(found, Binding) and found.command == "select.line_start; edit.backspace"
    assert keymap.resolve("normal", ("c-k", "x")) is None


def test_extends_builds_on_another_keymap(tmp_path: Path) -> None:
    path = write(tmp_path, 'extends = "default"\n[normal]\n"c-s" = "app.quit"\n')
    keymap, errors = load_keymap(str(path), REGISTRY)
    assert errors == []
    assert keymap.resolve("normal", ("c-s",)).command == "app.quit"
    assert keymap.resolve("normal", ("c-z",)).command == "history.undo"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Ctrl-S", "c-s"), ("M-x", "a-x"), ("C-S-Left", "c-s-left"), ("esc", "escape"),
     ("S-a", "A"), ("shift-tab", "s-tab"), (" ", "space"), ("PgUp", "pageup")],
)
def test_key_names_are_normalised(written: str, canonical: str) -> None:
    assert normalise_key(written) == canonical


def test_unknown_keys_are_rejected() -> None:
    with pytest.raises(KeyNameError):
        parse_sequence("c-k hyper-x")
