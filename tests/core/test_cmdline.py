"""The command-line language shared by keymaps, the prompt, scripts and `ted -c`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.cmdline import CommandLineError, Invocation, parse, quote


def test_words_quotes_and_separators() -> None:
    assert parse('cursor.goto_line 120; edit.insert "a b\\n" \'c d\'') == [
        Invocation("cursor.goto_line", ["120"]),
        Invocation("edit.insert", ["a b\n", "c d"]),
    ]


def test_comments_and_blank_lines_in_scripts() -> None:
    script = "# a script\nfile.save  # save it\n\napp.quit\n"
    assert parse(script) == [Invocation("file.save", []), Invocation("app.quit", [])]


def test_hash_inside_a_word_is_text() -> None:
    assert parse("edit.insert a#b") == [Invocation("edit.insert", ["a#b"])]


@pytest.mark.parametrize(("line", "column"), [('edit.insert "abc', 13), ("x 'y", 3)])
def test_syntax_errors_name_the_position(line: str, column: int) -> None:
    with pytest.raises(CommandLineError) as error:
        parse(line)
    assert error.value.position == column - 1
    assert f"column {column}" in str(error.value)


@given(st.text(max_size=30))
def test_quote_round_trips_any_word(word: str) -> None:
    assert parse("cmd " + quote(word)) == [Invocation("cmd", [word])]
