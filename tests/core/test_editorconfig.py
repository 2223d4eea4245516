"""EditorConfig: real `.editorconfig` files in tmp_path, the settings they give a document, and
what saving writes to disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import headless_session, run

import editor.core.editorconfig
from editor.core.editorconfig import apply_editorconfig, resolve
from editor.core.files import load_document
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos


@pytest.fixture(autouse=True)
def trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about what a trusted .editorconfig does (trust: tests/core/test_trust.py)."""
    monkeypatch.setattr(editor.core.editorconfig, "is_trusted", lambda path: True)

TREE = """\
root = true

[*]
end_of_line = lf
indent_style = space
indent_size = 2

[*.py]
indent_size = 4
max_line_length = 88

[Makefile]
indent_style = tab
tab_width = 8

[*.bat]
end_of_line = crlf
charset = utf-8-bom

[*.txt]
trim_trailing_whitespace = true
insert_final_newline = true
"""


def project(tmp_path: Path, config: str = TREE) -> Path:
    (tmp_path / ".editorconfig").write_text(config)
    return tmp_path


def opened(path: Path) -> Session:
    """A headless session with the file at `path` opened in it."""
    session = headless_session()
    session.add_document(load_document(path))
    return session


def whole(session: Session) -> str:
    return session.document.text.text(Pos(0, 0), session.document.text.end)


def test_globs_give_each_file_its_indentation_and_ruler(tmp_path):
    root = project(tmp_path)
    py = resolve(root / "a.py")
    assert py.settings["indent"] == "    " and py.settings["ruler"] == 88
    make = resolve(root / "Makefile")
    assert make.settings["indent"] == "\t" and make.settings["tab_width"] == 8
    other = resolve(root / "notes.md")
    assert other.settings["indent"] == "  " and "ruler" not in other.settings
    assert py.problems == make.problems == other.problems == []


def test_a_nested_editorconfig_overrides_and_root_stops_the_search(tmp_path):
    (tmp_path / ".editorconfig").write_text("[*]\nindent_size = 7\ntab_width = 3\n")
    (tmp_path / "proj").mkdir()
    inner = project(tmp_path / "proj")
    sub = inner / "sub"
    sub.mkdir()
    (sub / ".editorconfig").write_text("[*.py]\nindent_style = tab\n")
    # proj is root: the outer file's tab_width 3 is never seen (tab_width follows indent_size).
    found = resolve(sub / "x.py")
    assert found.settings["indent"] == "\t"
    assert found.settings["tab_width"] == 4
    assert resolve(inner / "x.py").settings["indent"] == "    "
    # Without root = true the outer file counts too.
    (inner / ".editorconfig").write_text("[*.py]\nindent_size = 4\n")
    assert resolve(inner / "x.py").settings == {"indent": "    ", "tab_width": 3}


def test_the_document_settings_come_first_for_indenting(tmp_path):
    root = project(tmp_path)
    (root / "Makefile").write_text("all:\n")
    session = opened(root / "Makefile")
    assert session.settings["indent"] == "\t" and session.settings["tab_width"] == 8
    run(session, "edit.indent")
    assert whole(session) == "\tall:\n"
    (root / "a.py").write_text("x = 1\n")
    run(session, f"file.open {root / 'a.py'}")
    assert session.settings["indent"] == "    " and session.settings["ruler"] == 88
    run(session, "edit.indent")
    assert whole(session) == "    x = 1\n"
    # Another buffer with no .editorconfig keeps the session's settings.
    run(session, "buffer.previous")
    run(session, "buffer.previous")
    assert session.document.path is None
    assert session.settings["indent"] == "    " and session.settings["ruler"] == 0


def test_a_command_overrides_the_documents_setting(tmp_path):
    root = project(tmp_path)
    (root / "a.py").write_text("x\n")
    session = opened(root / "a.py")
    run(session, "view.ruler 100")
    assert session.settings["ruler"] == 100
    assert session.settings.of(session.document)["ruler"] == 100


def test_the_ruler_of_each_pane_follows_its_own_document(tmp_path):
    root = project(tmp_path)
    (root / "a.py").write_text("x\n")
    session = opened(root / "a.py")
    other = session.documents[0]
    assert session.settings.of(session.document)["ruler"] == 88
    assert session.settings.of(other)["ruler"] == 0


def test_crlf_and_charset_apply_to_a_new_file_only(tmp_path):
    root = project(tmp_path)
    session = opened(root / "new.bat")
    run(session, "edit.insert one")
    run(session, "edit.newline")
    run(session, "edit.insert two")
    assert run(session, "file.save")
    assert (root / "new.bat").read_bytes() == b"\xef\xbb\xbfone\r\ntwo"
    existing = root / "old.bat"
    existing.write_bytes(b"a\nb\n")
    session = opened(existing)
    assert session.document.format.newline == "\n" and session.document.format.bom == b""
    run(session, "edit.insert x")
    assert run(session, "file.save")
    assert existing.read_bytes() == b"xa\nb\n"


def test_trim_and_final_newline_are_applied_on_save_as_one_undo_step(tmp_path):
    root = project(tmp_path)
    path = root / "notes.txt"
    path.write_bytes(b"one  \ntwo\t\nthree ")
    session = opened(path)
    run(session, "edit.insert >")
    assert run(session, "file.save")
    assert path.read_bytes() == b">one\ntwo\nthree\n"
    assert not session.document.modified
    run(session, "history.undo")
    assert whole(session) == ">one  \ntwo\t\nthree "
    run(session, "history.undo")
    assert whole(session) == "one  \ntwo\t\nthree "


def test_an_unchanged_file_is_saved_byte_for_byte(tmp_path):
    root = project(tmp_path)
    path = root / "notes.txt"
    path.write_bytes(b"one  \nno final newline ")
    session = opened(path)
    assert run(session, "file.save")
    assert path.read_bytes() == b"one  \nno final newline "


def test_the_final_newline_uses_the_files_line_ending(tmp_path):
    root = project(tmp_path, "root = true\n[*]\ninsert_final_newline = true\n")
    path = root / "w.txt"
    path.write_bytes(b"a\r\nb")
    session = opened(path)
    run(session, "edit.insert x")
    assert run(session, "file.save")
    assert path.read_bytes() == b"xa\r\nb\r\n"


def test_a_failed_save_leaves_the_text_as_it_was(tmp_path):
    root = project(tmp_path)
    folder = root / "gone"
    folder.mkdir()
    path = folder / "notes.txt"
    path.write_bytes(b"x  \n")
    session = opened(path)
    run(session, "edit.insert y")
    path.unlink()
    folder.rmdir()
    assert not run(session, "file.save")
    assert whole(session) == "yx  \n"
    assert session.document.modified


def test_a_broken_editorconfig_is_reported_with_its_file_and_never_fatal(tmp_path):
    root = project(tmp_path, "root = true\n[*.py\nindent_size = 4\n")
    (root / "a.py").write_text("x\n")
    found = resolve(root / "a.py")
    assert found.settings == {}
    assert found.problems and str(root / ".editorconfig") in found.problems[0]
    assert ":2:" in found.problems[0]
    port = HeadlessPort()
    session = Session(port, headless_session().registry, headless_session().keymap)
    session.add_document(load_document(root / "a.py"))
    assert port.messages and port.messages[-1][1] is True
    assert str(root / ".editorconfig") in port.messages[-1][0]
    assert session.document.text.line(0) == "x"


def test_bad_values_are_reported_and_ignored(tmp_path):
    root = project(
        tmp_path,
        "root = true\n[*]\nindent_size = 0\ntab_width = lots\nend_of_line = nl\n"
        "indent_style = spaces\nmax_line_length = off\ncharset = latin1\n",
    )
    found = resolve(root / "a.c")
    assert found.settings == {"ruler": 0}
    assert found.newline is None and found.charset is None
    joined = " ".join(found.problems)
    for key in ("indent_size", "tab_width", "end_of_line", "indent_style", "charset"):
        assert key in joined
    assert all(problem.startswith(".editorconfig for a.c:") for problem in found.problems)


def test_a_document_without_a_path_is_left_alone():
    session = headless_session("x\n")
    assert apply_editorconfig(session.document) == []
    assert session.document.settings == {}
