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


def test_a_prefix_group_names_its_hint_and_continuations_list_what_follows(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'name = "mine"\n[normal]\n"c-k" = { group = "kill" }\n"c-k c-u" = "edit.delete_line"\n'
        '"c-k w" = "edit.delete_word_right"\n"c-k x c-y" = "file.save"\n',
    )
    keymap, errors = load_keymap(str(path), REGISTRY)
    assert errors == []
    assert keymap.group_name("normal", ("c-k",)) == "kill"
    assert keymap.continuations("normal", ("c-k",)) == [
        ("c-u", "edit.delete_line"), ("w", "edit.delete_word_right"), ("x", "+more"),
    ]


def test_false_removes_an_inherited_binding_and_unknown_removals_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, 'name = "mine"\nextends = "default"\n[normal]\n"c-s" = false\n"f9" = false\n')
    keymap, errors = load_keymap(str(path), REGISTRY)
    assert keymap.resolve("normal", ("c-s",)) is None
    assert isinstance(keymap.resolve("normal", ("c-q",)), Binding)
    assert [(e.line, e.key) for e in errors] == [(5, "f9")]
    assert "not bound" in errors[0].message


def test_a_sequence_hidden_by_a_shorter_binding_is_reported_with_both_places(tmp_path: Path) -> None:
    path = write(tmp_path, 'name = "mine"\n[normal]\n"c-k" = "edit.delete_line"\n"c-k c-u" = "file.save"\n')
    keymap, errors = load_keymap(str(path), REGISTRY)
    assert len(errors) == 1
    text = str(errors[0])
    assert f"{path}:4:" in text and "'c-k c-u'" in text and f"{path}:3" in text and "never reached" in text


@pytest.mark.parametrize(
    ("key", "why"),
    [("c-m", "Enter"), ("c-s-a", "Ctrl-Shift-A"), ("c-1", "no distinct"), ("c-i", "Tab"), ("s-enter", "Enter")],
)
def test_keys_a_terminal_cannot_send_are_reported(tmp_path: Path, key: str, why: str) -> None:
    path = write(tmp_path, f'name = "mine"\n[normal]\n"f2" = "file.save"\n"{key}" = "file.save"\n')
    keymap, errors = load_keymap(str(path), REGISTRY)
    assert len(errors) == 1 and errors[0].line == 4 and why in errors[0].message
    assert isinstance(keymap.resolve("normal", ("f2",)), Binding)


def test_the_line_of_a_key_is_found_in_its_own_mode_table(tmp_path: Path) -> None:
    path = write(tmp_path, 'name = "mine"\n[normal]\n"f2" = "file.save"\n\n[insert]\n"f2" = "file.sav"\n')
    _, errors = load_keymap(str(path), REGISTRY)
    assert [(e.line, e.key) for e in errors] == [(6, "f2")]


def user_layer_file(text: str) -> Path:
    from editor.core.keymap import user_layer

    path = user_layer()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_the_user_layer_applies_over_the_chosen_keymap_and_reports_its_mistakes() -> None:
    path = user_layer_file('[normal]\n"f5" = "file.save"\n"c-x c-c" = false\n"f6" = "no.such_command"\n')
    keymap, errors = load_keymap("emacs", REGISTRY, user=True)
    assert isinstance(keymap.resolve("normal", ("f5",)), Binding)
    assert keymap.resolve("normal", ("c-x", "c-c")) is None
    found = keymap.resolve("normal", ("c-x", "c-s"))
    assert isinstance(found, Binding) and found.command == "file.save"
    assert [(e.source, e.line, e.key) for e in errors] == [(str(path), 4, "f6")]
    assert keymap.sources[-1] == str(path)
    plain, _ = load_keymap("emacs", REGISTRY)
    assert plain.resolve("normal", ("f5",)) is None


def test_a_user_layer_cannot_choose_another_base() -> None:
    user_layer_file('extends = "emacs"\n[normal]\n"f5" = "file.save"\n')
    keymap, errors = load_keymap("default", REGISTRY, user=True)
    assert len(errors) == 1 and "--keymap" in errors[0].message
    assert keymap.resolve("normal", ("c-x", "c-s")) is None
    assert isinstance(keymap.resolve("normal", ("f5",)), Binding)


def test_user_keymaps_are_found_by_name_before_shipped_ones() -> None:
    from editor.core.keymap import keymap_folders, keymap_names

    folder = keymap_folders()[0]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.toml").write_text('name = "mine"\nextends = "default"\n[normal]\n"f7" = "file.save"\n')
    keymap, errors = load_keymap("mine", REGISTRY)
    assert errors == [] and isinstance(keymap.resolve("normal", ("f7",)), Binding)
    assert {"default", "emacs", "mine"} <= set(keymap_names())


def test_text_modes_say_where_printable_keys_type() -> None:
    emacs, _ = load_keymap("emacs", REGISTRY)
    default, _ = load_keymap("default", REGISTRY)
    assert emacs.takes_text("normal") and emacs.takes_text("mark")
    assert default.takes_text("normal")


def test_every_shipped_keymap_opens_the_palette_and_the_key_help() -> None:
    for path in sorted(data_dir("keymaps").glob("*.toml")):
        keymap, _ = load_keymap(path.stem, REGISTRY)
        assert keymap.binding_for("app.palette") is not None, path.stem
        assert keymap.binding_for("help.keys") is not None, path.stem
