"""Python plugins: where they are loaded from, how failures are reported, and that a command is
one undo step however many edits it makes (for plugin and built-in commands alike)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

import editor.cli
from editor.cli import build_session, parse_args
from editor.core.commands import REGISTRY, Registry
from editor.core.document import Document
from editor.core.files import document_from_bytes
from editor.core.paths import config_dir
from editor.core.plugins import command, load_plugins, plugin_dir, plugin_files
from editor.core.selection import Selection
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos, TextBuffer
from helpers import run

HELLO = """
    from editor.plugin import Session, command

    @command("hello.say", aliases=("hi",))
    def say(session: Session) -> None:
        \"\"\"Say hello.\"\"\"
        session.message("hello from a plugin")
"""

# Three separate edits, then two commands run from inside: all one undo step.
MANY = """
    from editor.plugin import Pos, Session, command

    @command("many.edits")
    def edits(session: Session) -> None:
        \"\"\"Edit the text several times.\"\"\"
        view = session.view
        for word in ("a", "b", "c"):
            start = Pos(0, 0)
            view.set_selections(
                session.document.apply_changes([(start, start, word)], view.selections)
            )
        session.run("edit.insert X")
        session.run("edit.delete_line")

    @command("many.ask")
    async def ask(session: Session) -> None:
        \"\"\"Edit, ask a question, edit again.\"\"\"
        view = session.view
        view.set_selections(session.document.apply_changes([(Pos(0, 0), Pos(0, 0), "1")], view.selections))
        answer = await session.port.prompt("more: ")
        view.set_selections(session.document.apply_changes([(Pos(0, 0), Pos(0, 0), answer)], view.selections))
"""

BROKEN = """
    from editor.plugin import Pos, Session, command

    @command("broken.edit_then_fail")
    def edit_then_fail(session: Session) -> None:
        \"\"\"Edit twice, then fail.\"\"\"
        view = session.view
        for word in ("x", "y"):
            view.set_selections(session.document.apply_changes([(Pos(0, 0), Pos(0, 0), word)], view.selections))
        raise ValueError("broken on purpose")
"""

TYPED = """
    from pathlib import Path
    from typing import Literal
    from editor.plugin import Session, command

    @command("typed.run")
    def typed(session: Session, count: int, loud: bool, side: Literal["left", "right"],
              target: Path, label: str | None = None) -> None:
        \"\"\"Take one parameter of each kind.\"\"\"
        session.extensions["typed"] = (count, loud, side, target, label)
"""


def builtins() -> Registry:
    """A registry holding only the built-in commands (plugins never touch the real one here)."""
    registry = Registry()
    for existing in REGISTRY:
        registry.add(existing.name, existing.func, existing.aliases, existing.typing)
    return registry


def write(folder: Path, name: str, source: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def session_on(registry: Registry, text: str = "", answers: list[str | None] | None = None) -> Session:
    session = Session(HeadlessPort(answers=list(answers or [])), registry)
    session.add_document(document_from_bytes(text.encode("utf-8")))
    return session


def full_text(session: Session) -> str:
    return session.document.text.full_text()


def errors_of(session: Session) -> list[str]:
    return [text for text, error in session.port.messages if error]


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Registry:
    """The built-in commands in a fresh registry, also used by `build_session`."""
    fresh = builtins()
    monkeypatch.setattr(editor.cli, "REGISTRY", fresh)
    return fresh


# Where plugins come from ------------------------------------------------------------------


def test_the_plugin_folder_is_under_the_xdg_config_home(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert plugin_dir() == tmp_path / "cfg" / "ted" / "plugins"


def test_plugins_in_the_user_folder_load_in_sorted_order_then_the_given_ones(
    tmp_path: Path, registry: Registry
) -> None:
    folder = plugin_dir()
    # Written in reverse order: whatever the folder listing says, b.py loads after a.py, so b.py
    # is the one whose name is taken.
    second = write(folder, "b.py", HELLO)
    first = write(folder, "a.py", HELLO)
    write(folder, "notes.txt", "not a plugin")
    extra = write(tmp_path / "elsewhere", "many.py", MANY)
    assert plugin_files([extra]) == [first, second, extra]
    errors = load_plugins(plugin_files([extra]), registry)
    assert [error.path for error in errors] == [second]
    assert "hello.say is already registered" in str(errors[0])
    assert "hello.say" in registry and "hi" in registry and "many.edits" in registry


def test_no_plugin_folder_means_no_plugins(registry: Registry) -> None:
    assert not plugin_dir().exists()
    assert plugin_files() == []


def test_build_session_loads_the_user_folder_and_plugin_paths(tmp_path: Path, registry: Registry) -> None:
    write(plugin_dir(), "hello.py", HELLO)
    given = write(tmp_path, "many.py", MANY)
    port = HeadlessPort()
    session = build_session(port, [(Document(TextBuffer.from_text("text")), editor.cli.FileArg(""))],
                            plugins=[given])
    assert port.messages == []
    assert run(session, "hi")
    assert port.messages[-1] == ("hello from a plugin", False)
    assert "many.edits" in session.registry


def test_plugin_is_a_repeatable_command_line_flag() -> None:
    args, files = parse_args(["--plugin", "a.py", "--plugin", "~/b.py", "file.txt"])
    assert args.plugins == [Path("a.py"), Path("~/b.py")]
    assert [f.path for f in files] == ["file.txt"]
    assert parse_args(["file.txt"])[0].plugins == []


def test_batch_mode_loads_plugins_and_reports_broken_ones(
    tmp_path: Path, registry: Registry, capsys: pytest.CaptureFixture[str]
) -> None:
    given = write(tmp_path, "many.py", MANY)
    write(plugin_dir(), "broken.py", "def broken(:\n")
    target = tmp_path / "a.txt"
    target.write_text("one\ntwo\n", encoding="utf-8")
    status = editor.cli.main(["--batch", "-c", "many.edits", "--plugin", str(given), str(target)])
    assert status == 0
    assert target.read_text(encoding="utf-8") == "two\n"
    assert "plugin broken.py, line 1: SyntaxError" in capsys.readouterr().err


def test_nothing_is_loaded_from_the_current_folder(tmp_path: Path, monkeypatch, registry: Registry) -> None:
    home = tmp_path / "home"
    home.mkdir()
    here = tmp_path / "project"
    marker = tmp_path / "ran"
    evil = HELLO.replace("hello.say", "evil.say").replace('aliases=("hi",)', "") + f"""
    open({str(marker)!r}, "w").close()
    """
    for folder in (here, here / "plugins", here / "ted" / "plugins", here / ".config" / "ted" / "plugins"):
        write(folder, "evil.py", evil)
    monkeypatch.chdir(here)
    monkeypatch.setenv("HOME", str(home))
    # A relative XDG_CONFIG_HOME would point into the current folder: it is ignored.
    monkeypatch.setenv("XDG_CONFIG_HOME", ".")
    assert config_dir() == home / ".config" / "ted"
    before = set(sys.modules)
    port = HeadlessPort()
    build_session(port, [(Document(), editor.cli.FileArg(""))])
    assert plugin_files() == []
    assert "evil.say" not in registry
    assert not marker.exists()
    assert not any(name.startswith("evil") for name in set(sys.modules) - before)


# Plugins that fail to load -------------------------------------------------------------------

# Each broken plugin and how its report goes on after "plugin NAME".
BAD = {
    "syntax": ("x = 1\ndef broken(:\n", ", line 2: SyntaxError: invalid syntax"),
    "raises": ("raise RuntimeError('no config for me')\n", ", line 1: RuntimeError: no config for me"),
    "exits": ("import sys\nsys.exit(3)\n", ", line 2: SystemExit: 3"),
    "duplicate": (
        "from editor.plugin import command\n"
        "@command('dup.fine')\ndef fine(session):\n    '''Fine.'''\n"
        "@command('file.save')\ndef save(session):\n    '''Take over saving.'''\n",
        ": command file.save is already registered",
    ),
    "alias": (
        "from editor.plugin import command\n"
        "@command('mine.write', aliases=('w',))\ndef write(session):\n    '''Write.'''\n",
        ": command w is already registered",
    ),
    "late_failure": (
        "from editor.plugin import command\n"
        "@command('late.first')\ndef first(session):\n    '''First.'''\n"
        "raise KeyError('after the first command')\n",
        ", line 5: KeyError: 'after the first command'",
    ),
    "float": (
        "from editor.plugin import command\n"
        "@command('float.scale')\ndef scale(session, factor: float):\n    '''Scale.'''\n",
        ": float.scale: parameter factor has type <class 'float'>; use int, str, bool, Path or "
        "Literal[...]",
    ),
    "missing": (None, ": FileNotFoundError: "),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_broken_plugin_is_reported_with_its_file_and_the_others_still_load(
    kind: str, tmp_path: Path, registry: Registry
) -> None:
    source, expected = BAD[kind]
    bad = tmp_path / f"bad_{kind}.py"
    if source is not None:
        bad.write_text(source, encoding="utf-8")
    before = set(sys.modules)
    good_before = write(tmp_path, "a_hello.py", HELLO)
    good_after = write(tmp_path, "z_many.py", MANY)
    errors = load_plugins([good_before, bad, good_after], registry)
    assert len(errors) == 1
    assert errors[0].path == bad
    assert str(errors[0]).startswith(f"plugin {bad.name}{expected}")
    assert str(errors[0]).endswith(f" ({bad})")
    assert "hello.say" in registry and "many.edits" in registry
    # All or nothing: none of the broken plugin's commands are registered, its module is gone.
    assert "dup.fine" not in registry and "late.first" not in registry and "mine.write" not in registry
    assert registry.lookup("file.save").func is REGISTRY.lookup("file.save").func
    assert registry.lookup("w").name == "file.save"
    assert len(set(sys.modules) - before) == 2


def test_the_line_is_found_for_a_plugin_given_by_a_relative_path(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "relative.py", "x = 1\nraise RuntimeError('at line two')\n")
    monkeypatch.chdir(tmp_path)
    errors = load_plugins([Path("relative.py")], builtins())
    assert [str(error) for error in errors] == [
        "plugin relative.py, line 2: RuntimeError: at line two (relative.py)"
    ]


def test_a_broken_plugin_is_reported_once_and_ted_starts(tmp_path: Path, registry: Registry) -> None:
    write(plugin_dir(), "broken.py", "def broken(:\n")
    write(plugin_dir(), "hello.py", HELLO)
    port = HeadlessPort()
    session = build_session(port, [(Document(TextBuffer.from_text("text")), editor.cli.FileArg(""))])
    assert len(port.messages) == 1
    text, error = port.messages[0]
    assert error and "broken.py" in text and "SyntaxError" in text
    assert run(session, "hello.say")
    assert run(session, "edit.insert ok")
    assert full_text(session) == "oktext"


def test_the_decorator_only_works_while_ted_loads_a_plugin() -> None:
    with pytest.raises(RuntimeError, match="plugin file loaded by ted"):
        command("outside.plugin")(lambda session: None)


# Running plugin commands ---------------------------------------------------------------------


def test_a_raising_plugin_command_is_reported_and_leaves_the_text_unchanged(
    tmp_path: Path, registry: Registry
) -> None:
    assert load_plugins([write(tmp_path, "broken.py", BROKEN)], registry) == []
    session = session_on(registry, "keep\n")
    assert run(session, "broken.edit_then_fail") is False
    assert errors_of(session) == ["broken.edit_then_fail failed: ValueError: broken on purpose"]
    assert full_text(session) == "keep\n"
    assert not session.document.modified
    assert run(session, "edit.insert still works")
    assert full_text(session) == "still workskeep\n"


def test_a_plugin_command_with_many_edits_undoes_in_one_step(tmp_path: Path, registry: Registry) -> None:
    assert load_plugins([write(tmp_path, "many.py", MANY)], registry) == []
    session = session_on(registry, "one\ntwo\n")
    assert run(session, "edit.insert >")
    assert run(session, "many.edits")
    assert full_text(session) == "two\n"
    assert run(session, "history.undo")
    assert full_text(session) == ">one\ntwo\n"
    assert run(session, "history.redo")
    assert full_text(session) == "two\n"
    assert run(session, "history.undo") and run(session, "history.undo")
    assert full_text(session) == "one\ntwo\n"


def test_an_async_plugin_command_is_one_step_across_its_questions(tmp_path: Path, registry: Registry) -> None:
    assert load_plugins([write(tmp_path, "many.py", MANY)], registry) == []
    session = session_on(registry, "end", answers=["23"])
    assert run(session, "many.ask")
    assert full_text(session) == "231end"
    assert run(session, "history.undo")
    assert full_text(session) == "end"


def test_parameters_are_prompted_for_and_checked_by_their_type_hints(
    tmp_path: Path, registry: Registry
) -> None:
    assert load_plugins([write(tmp_path, "typed.py", TYPED)], registry) == []
    answers = ["many", "7", "perhaps", "yes", "middle", "right", "~/notes.txt"]
    session = session_on(registry, "", answers)
    assert run(session, "typed.run")
    assert session.extensions["typed"] == (7, True, "right", Path.home() / "notes.txt", None)
    asked = [text for text, _ in session.port.messages]
    assert asked == [
        "count: ",
        "count: expected a whole number, got 'many'. count: ",
        "loud: ",
        "loud: expected yes or no, got 'perhaps'. loud: ",
        "side: ",
        "side: expected one of left, right. side: ",
        "target: ",
    ]
    assert session.port.offered[2:6] == [["yes", "no"], ["yes", "no"], ["left", "right"], ["left", "right"]]
    assert registry.lookup("typed.run").help == "Take one parameter of each kind."


def test_typed_parameters_given_on_the_command_line(tmp_path: Path, registry: Registry) -> None:
    assert load_plugins([write(tmp_path, "typed.py", TYPED)], registry) == []
    session = session_on(registry)
    assert run(session, "typed.run 3 no left /tmp/x the rest of the line")
    assert session.extensions["typed"] == (3, False, "left", Path("/tmp/x"), "the rest of the line")
    assert run(session, "typed.run 3 no up /tmp/x") is False
    assert errors_of(session) == ["side: expected one of left, right"]


def test_a_cancelled_prompt_runs_nothing(tmp_path: Path, registry: Registry) -> None:
    assert load_plugins([write(tmp_path, "typed.py", TYPED)], registry) == []
    session = session_on(registry, "", ["1", None])
    assert run(session, "typed.run") is False
    assert "typed" not in session.extensions


# One undo step per command, for every command ---------------------------------------------------


def test_a_built_in_style_command_with_many_edits_is_one_undo_step() -> None:
    registry = builtins()

    def twice(session: Session) -> None:
        """Insert two marks with separate edits."""
        view = session.view
        for mark in ("<", ">"):
            view.set_selections(session.document.apply_changes([(Pos(0, 0), Pos(0, 0), mark)], view.selections))

    registry.add("test.twice", twice)
    session = session_on(registry, "x")
    assert run(session, "test.twice") and run(session, "test.twice")
    assert full_text(session) == "><><x"
    assert run(session, "history.undo")
    assert full_text(session) == "><x"
    assert run(session, "history.undo")
    assert full_text(session) == "x"


CURSOR = (Selection.cursor(Pos(0, 0)),)


def insert(document: Document, text: str, group: str = "") -> None:
    end = document.text.end
    document.apply_changes([(end, end, text)], (Selection.cursor(end),), group)


def test_edits_without_a_group_are_one_step_until_sealed() -> None:
    document = Document(TextBuffer.from_text(""))
    insert(document, "a")
    insert(document, "b")
    document.seal()
    insert(document, "c")
    document.undo()
    assert document.text.full_text() == "ab"
    document.undo()
    assert document.text.full_text() == ""


def test_typing_still_merges_by_word_and_apart_from_command_edits() -> None:
    document = Document(TextBuffer.from_text(""))
    insert(document, "a")
    for ch in "xy z":
        insert(document, ch, "insert")
    insert(document, "!")
    assert document.text.full_text() == "axy z!"
    for expected in ("axy z", "axy ", "a", ""):
        document.undo()
        assert document.text.full_text() == expected


def test_an_edit_after_a_save_or_an_undo_starts_a_new_step() -> None:
    document = Document(TextBuffer.from_text(""))
    insert(document, "a")
    document.history.mark_saved()
    insert(document, "b")
    document.undo()
    assert document.text.full_text() == "a" and not document.modified
    insert(document, "c")
    insert(document, "d")
    document.undo()
    assert document.text.full_text() == "a"


def test_single_step_holds_across_seals_groups_and_nesting() -> None:
    document = Document(TextBuffer.from_text(""))
    insert(document, "0")
    with document.single_step():
        insert(document, "a")
        document.seal()
        with document.single_step():
            insert(document, "b", "insert")
            document.seal()
        insert(document, " c", "insert")
    insert(document, "1")
    assert document.text.full_text() == "0ab c1"
    document.undo()
    assert document.text.full_text() == "0ab c"
    document.undo()
    assert document.text.full_text() == "0"

