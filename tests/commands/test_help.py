"""help.keys and help.command: generated from the keymap and the registry, shown read-only."""

from __future__ import annotations

import pytest

from editor.core.document import ReadOnlyBufferError
from helpers import headless_session


def buffer_text(session) -> str:
    return "\n".join(session.document.text.lines(0, session.document.text.line_count))


def test_help_keys_lists_every_mode_key_and_command_with_its_help():
    session = headless_session("mine\n")
    assert session.run("help.keys")
    document = session.document
    assert document.name == "[keys]"
    assert document.locked and not document.modified
    text = buffer_text(session)
    assert "[normal]" in text
    save_line = next(line for line in text.splitlines() if line.strip().startswith("c-s "))
    assert "file.save" in save_line
    assert session.registry.lookup("file.save").help in save_line
    assert any(line.strip().startswith("f1 ") and "help.keys" in line for line in text.splitlines())
    assert any(line.strip().startswith("c-w s ") and "pane.split_below" in line for line in text.splitlines())
    assert any(line.split() == ["c-w", "+panes"] for line in text.splitlines())
    # Every binding of the keymap is on the sheet.
    for table in session.keymap.modes.values():
        for keys, binding in table.items():
            assert f"{' '.join(keys)}" in text and binding.command in text


def test_the_cheat_sheet_is_read_only_and_replaced_when_opened_again():
    session = headless_session("mine\n")
    assert session.run("help.keys")
    before = buffer_text(session)
    assert not session.run("edit.insert x")
    assert buffer_text(session) == before
    with pytest.raises(ReadOnlyBufferError):
        session.document.undo()
    assert session.run("help.keys")
    assert [d.name for d in session.documents].count("[keys]") == 1
    assert session.documents[0].name == "[unnamed]"


def test_the_cheat_sheet_follows_the_active_keymap():
    session = headless_session()
    assert session.run("keymap.use emacs")
    assert session.run("help.keys")
    assert "Keys of the keymap 'emacs'" in buffer_text(session)
    assert "c-x c-s" in buffer_text(session)


def test_help_command_shows_help_parameters_and_keys():
    session = headless_session()
    assert session.run("help.command cursor.goto_line")
    assert session.document.name == "[help cursor.goto_line]"
    assert session.document.locked
    text = buffer_text(session)
    doc = session.registry.lookup("cursor.goto_line").help
    assert doc in text
    assert "parameters:" in text and "line: int" in text
    assert "c-g (normal)" in text


def test_help_command_lists_choices_defaults_and_aliases():
    session = headless_session()
    assert session.run("help view.line_numbers")
    text = buffer_text(session)
    assert "absolute | relative | off" in text
    save = headless_session()
    assert save.run("help file.save")
    assert "aliases: w, write" in buffer_text(save)
    assert "parameters: none" in buffer_text(save)


def test_help_command_completes_command_names_and_rejects_unknown_ones():
    session = headless_session()
    param = session.registry.lookup("help.command").params[0]
    assert "file.save" in param.suggestions() and "help.keys" in param.suggestions()
    assert not session.run("help.command no.such")
    assert session.port.messages[-1] == ("unknown command: no.such", True)
    assert len(session.documents) == 1
