"""Choosing a buffer's language (editor/core/languages.py, editor/core/syntax.py)."""

from __future__ import annotations

import pytest

from editor.core.languages import (
    UnknownLanguage,
    detect_language,
    language_label,
    language_names,
    make_lexer,
)
from editor.core.syntax import GUESS_LIMIT, Syntax, detect
from editor.core.text import TextBuffer


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("main.py", "python"),
        ("/src/lib/util.c", "c"),
        ("index.html", "html"),
        ("main.rs", "rust"),
        ("Makefile", "make"),
        ("Dockerfile", "docker"),
        ("CMakeLists.txt", "cmake"),
        ("README.md", "markdown"),
        ("app.js", "javascript"),
        ("pyproject.toml", "toml"),
        (".bashrc", "bash"),
        ("notes", None),
    ],
)
def test_the_file_name_decides_first(name, alias):
    assert detect_language(name, "") == alias


@pytest.mark.parametrize(
    ("first_line", "alias"),
    [
        ("#!/usr/bin/env python3", "python"),
        ("#!/usr/bin/env FOO=1 python3.11", "python"),
        ("#!/bin/sh", "bash"),
        ("#!/usr/bin/env -S node --harmony", "javascript"),
        ("#!/usr/bin/perl -w", "perl"),
        ("# -*- mode: ruby -*-", "ruby"),
        ("-- vim: set ft=lua:", "lua"),
        ('<?xml version="1.0"?>', "xml"),
        ("<!DOCTYPE html>", "html"),
        ("<?php echo 1;", "php"),
        ("hello", None),
        ("#!/usr/bin/env no-such-interpreter", None),
    ],
)
def test_then_the_first_line(first_line, alias):
    assert detect_language("script", first_line) == alias


def test_the_file_name_wins_over_the_first_line():
    assert detect_language("build.sh", "#!/usr/bin/env python3") == "bash"


def test_then_a_content_guess_for_small_files():
    code = "import os\n\ndef main():\n    return os.getcwd()\n"
    assert detect_language("script", "import os", code) == "python"
    assert detect_language("notes", "hello", "hello world\njust words\n") is None
    text = TextBuffer.from_text(code)
    assert detect(text, "script", size=len(code)) == "python"
    assert detect(text, "script", size=GUESS_LIMIT + 1) is None


def test_a_language_is_set_by_name_and_labelled_for_the_status_line():
    syntax = Syntax(TextBuffer.from_text("x = 1"), "python")
    assert syntax.label == "Python"
    syntax.set_language("cpp")
    assert syntax.label == "C++" and syntax.language == "cpp"
    syntax.set_language(None)
    assert syntax.label == "Text only"
    with pytest.raises(UnknownLanguage, match="no-such-language"):
        syntax.set_language("no-such-language")
    assert syntax.language is None


def test_names_for_completion_cover_the_installed_lexers():
    names = language_names()
    assert {"python", "rust", "html", "json", "yaml"} <= set(names)
    assert names == sorted(names)
    assert language_label("python") == "Python"
    assert language_label("unknown-thing") == "unknown-thing"


def test_lexers_keep_the_text_exactly():
    lexer = make_lexer("python")
    text = "\n\n\tx = 1\n\n"
    assert "".join(value for _, value in lexer.get_tokens(text)) == text
