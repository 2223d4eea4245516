"""Comment syntax by language and toggling comments on blocks of lines."""

from __future__ import annotations

import pytest
from pygments.lexers import find_lexer_class_by_name

from editor.core.comments import (
    BLOCK_COMMENTS,
    LINE_COMMENTS,
    CommentSyntax,
    comment_syntax,
    toggle_comment,
)

LANGUAGES = sorted({*LINE_COMMENTS, *BLOCK_COMMENTS})
SAMPLE = ["def f(x):", "    if x:", "", "        return 1  ", "\treturn 2"]

REQUIRED = (
    "python c cpp java javascript typescript go rust ruby php perl bash zsh fish lua sql haskell "
    "elm erlang elixir clojure lisp scheme r julia matlab swift kotlin scala dart csharp fsharp "
    "ocaml yaml toml ini make cmake docker nginx vim tex html xml css scss markdown"
).split()


def test_the_table_covers_the_common_languages():
    assert len(LANGUAGES) >= 40
    for language in REQUIRED:
        assert comment_syntax(language) is not None, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_table_entry_is_a_pygments_alias(language):
    assert language in find_lexer_class_by_name(language).aliases


@pytest.mark.parametrize("language", LANGUAGES)
def test_comment_then_uncomment_restores_the_text(language):
    syntax = comment_syntax(language)
    assert syntax is not None
    commented = toggle_comment(SAMPLE, syntax)
    assert commented != SAMPLE
    assert all(syntax.is_commented(line) for line in commented if line.strip())
    assert toggle_comment(commented, syntax) == SAMPLE


def test_any_alias_of_a_lexer_finds_its_syntax():
    assert comment_syntax("py3") == CommentSyntax("#")
    assert comment_syntax("zsh") == CommentSyntax("#")
    assert comment_syntax("c++") == CommentSyntax("//")
    assert comment_syntax("md") == CommentSyntax("<!--", "-->")


def test_unknown_or_no_language_has_no_syntax():
    assert comment_syntax(None) is None
    assert comment_syntax("no-such-language") is None
    assert comment_syntax("text") is None


def test_comments_align_at_the_smallest_indent_and_skip_blank_lines():
    lines = ["    a", "", "  b", "      c"]
    assert toggle_comment(lines, CommentSyntax("#")) == ["  #   a", "", "  # b", "  #     c"]


def test_a_mixed_block_is_commented_again():
    lines = ["# a", "b"]
    assert toggle_comment(lines, CommentSyntax("#")) == ["# # a", "# b"]


def test_uncomment_removes_one_space_after_the_token():
    assert toggle_comment(["  //  x", "//y"], CommentSyntax("//")) == ["   x", "y"]


def test_block_comments_wrap_each_line():
    syntax = CommentSyntax("<!--", "-->")
    assert toggle_comment(["  <p>", "  </p>"], syntax) == ["  <!-- <p> -->", "  <!-- </p> -->"]
    assert toggle_comment(["<!-- a -->", "<!--b-->"], syntax) == ["a", "b"]


def test_only_blank_lines_get_a_comment_token():
    assert toggle_comment([""], CommentSyntax("#")) == ["#"]
    assert toggle_comment(["#"], CommentSyntax("#")) == [""]
