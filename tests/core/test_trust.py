"""A project's .editorconfig is used only once the user trusts that exact file (R24)."""

from __future__ import annotations

from pathlib import Path

from helpers import run

from editor.core.files import load_document
from editor.core.session import HeadlessPort, Session
from editor.core.trust import is_trusted, trust


def open_in_session(path: Path) -> Session:
    session = Session(HeadlessPort())
    session.add_document(load_document(path))
    return session


def messages(session: Session) -> list[str]:
    assert isinstance(session.port, HeadlessPort)
    return [text for text, _ in session.port.messages]


def test_trust_is_by_path_and_content(tmp_path: Path) -> None:
    config = tmp_path / ".editorconfig"
    config.write_text("root = true\n[*]\nindent_size = 2\n")
    assert not is_trusted(config)
    trust([config])
    assert is_trusted(config)
    config.write_text("root = true\n[*]\nindent_size = 3\n")
    assert not is_trusted(config)


def test_an_untrusted_editorconfig_is_not_used_until_trusted(tmp_path: Path) -> None:
    import editor.commands  # noqa: F401 - registers editorconfig.trust

    (tmp_path / ".editorconfig").write_text("root = true\n[*.py]\nindent_style = tab\nmax_line_length = 60\n")
    path = tmp_path / "a.py"
    path.write_text("x = 1\n")
    session = open_in_session(path)
    assert session.settings["indent"] == "    " and session.settings["ruler"] == 0
    assert any("editorconfig.trust" in text and str(tmp_path / ".editorconfig") in text for text in messages(session))
    assert run(session, "editorconfig.trust")
    assert session.settings["indent"] == "\t" and session.settings["ruler"] == 60
    again = open_in_session(path)
    assert again.settings["indent"] == "\t"
    assert not any("trust" in text for text in messages(again))


def test_every_file_up_to_the_root_must_be_trusted(tmp_path: Path) -> None:
    (tmp_path / ".editorconfig").write_text("root = true\n[*]\nindent_size = 2\n")
    inner = tmp_path / "sub"
    inner.mkdir()
    (inner / ".editorconfig").write_text("[*]\ntab_width = 8\n")
    path = inner / "a.txt"
    path.write_text("x\n")
    trust([inner / ".editorconfig"])
    session = open_in_session(path)
    assert session.settings["tab_width"] == 4
    assert any(str(tmp_path / ".editorconfig") in text for text in messages(session))
