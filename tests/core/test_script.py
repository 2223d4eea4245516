"""Script files: parsed whole by the one command-line parser, errors naming file, line, column."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.cmdline import Invocation
from editor.core.script import (
    Script,
    ScriptError,
    format_invocation,
    line_and_column,
    load_program,
    parse_script,
    read_script,
)


def test_comments_blank_lines_and_several_commands_per_line() -> None:
    text = (
        "# set up\n"
        "\n"
        "cursor.goto_line 3   # the third line\n"
        "   \n"
        "edit.insert 'a b'; cursor.down ;edit.newline\n"
        "# the end\n"
    )
    assert parse_script(text, "fix.ted").invocations == [
        Invocation("cursor.goto_line", ["3"]),
        Invocation("edit.insert", ["a b"]),
        Invocation("cursor.down", []),
        Invocation("edit.newline", []),
    ]


def test_hash_inside_quotes_or_a_word_is_not_a_comment() -> None:
    text = 'edit.insert "# not a comment"\nedit.insert \'#x\' a#b # comment\n'
    assert parse_script(text, "s").invocations == [
        Invocation("edit.insert", ["# not a comment"]),
        Invocation("edit.insert", ["#x", "a#b"]),
    ]


def test_crlf_script_files_parse_like_lf_ones(tmp_path: Path) -> None:
    path = tmp_path / "crlf.ted"
    path.write_bytes(b"\xef\xbb\xbfcursor.down\r\nedit.insert x # c\r\n")
    assert read_script(path) == Script(
        str(path), [Invocation("cursor.down", []), Invocation("edit.insert", ["x"])]
    )


@pytest.mark.parametrize(
    ("text", "line", "column", "problem"),
    [
        ('edit.insert "abc', 1, 13, "unterminated double quote"),
        ("cursor.down\n\n  edit.insert 'x\n", 3, 15, "unterminated single quote"),
        ("# c\nedit.insert ok; edit.insert \"a\\", 2, 31, "backslash at end of line"),
    ],
)
def test_syntax_error_names_file_line_and_column(
    text: str, line: int, column: int, problem: str
) -> None:
    with pytest.raises(ScriptError) as caught:
        parse_script(text, "fix.ted")
    assert (caught.value.line, caught.value.column) == (line, column)
    assert str(caught.value) == f"fix.ted:{line}:{column}: {problem}"


def test_a_file_that_is_not_utf8_is_an_error_at_its_position(tmp_path: Path) -> None:
    path = tmp_path / "bad.ted"
    path.write_bytes(b"cursor.down\nedit.insert \xff\n")
    with pytest.raises(ScriptError, match=r"bad\.ted:2:13: not valid UTF-8"):
        read_script(path)


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ScriptError, match=r"nope\.ted: No such file"):
        read_script(tmp_path / "nope.ted")


def test_program_keeps_the_order_and_stops_at_the_first_error(tmp_path: Path) -> None:
    good = tmp_path / "good.ted"
    good.write_text("cursor.down\n")
    program = load_program([("-c", "edit.insert a"), ("-s", str(good)), ("-c", "edit.insert b")])
    assert [script.source for script in program] == ["-c", str(good), "-c"]
    assert [inv for script in program for inv in script.invocations] == [
        Invocation("edit.insert", ["a"]),
        Invocation("cursor.down", []),
        Invocation("edit.insert", ["b"]),
    ]
    bad = tmp_path / "bad.ted"
    bad.write_text("cursor.down\nedit.insert 'x\n")
    with pytest.raises(ScriptError, match=r"bad\.ted:2:13: unterminated single quote"):
        load_program([("-s", str(good)), ("-s", str(bad))])
    with pytest.raises(ScriptError, match="column 13"):
        load_program([("-c", "edit.insert 'x")])


def test_line_and_column_count_from_one() -> None:
    assert line_and_column("ab\ncd", 0) == (1, 1)
    assert line_and_column("ab\ncd", 2) == (1, 3)
    assert line_and_column("ab\ncd", 4) == (2, 2)


def test_format_invocation_parses_back() -> None:
    invocation = Invocation("edit.insert", ["a b", "#c", 'd"e'])
    assert parse_script(format_invocation(invocation), "-").invocations == [invocation]
