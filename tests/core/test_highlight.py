"""Highlighting (editor/core/highlight.py): the colours shown equal those of one full pygments
pass over the whole text, before and after edits, at a cost bounded on the keystroke path."""

from __future__ import annotations

import argparse
import inspect
import json.decoder
import random
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pygments.token import String, Text

from editor.core.highlight import LONG_LINE, LONG_MARGIN, Highlighter
from editor.core.languages import make_lexer
from editor.core.text import Pos, TextBuffer, split_fragments

DATA = Path(__file__).parent / "highlight_data"

SAMPLES = {
    "comment.c": "c",
    "docstring.py": "python",
    "page.html": "html",
    "sample.js": "javascript",
    "sample.ts": "typescript",
    "style.css": "css",
    "sample.rb": "ruby",
    "script.sh": "bash",
    "sample.rs": "rust",
    "sample.go": "go",
    "notes.md": "markdown",
    "data.json": "json",
    "config.yaml": "yaml",
    "query.sql": "sql",
    "sample.php": "php",
    "sample.lua": "lua",
    "sample.tex": "tex",
    "Makefile.sample": "make",
}
STDLIB = {module.__name__: inspect.getsourcefile(module) for module in (argparse, textwrap, json.decoder)}

# Text that opens or closes the constructs that make incremental lexing hard.
SNIPPETS = [
    '"', "'", '"""', "'''", "#", "//", "/*", "*/", "\n", "x", " ", "(", ")", "{", "}", "[", "]",
    "<script>", "</script>", "<!--", "-->", "<<EOF\n", "\nEOF\n", "`", "${", "--[[", "]]", "\\",
]


def per_char_reference(alias: str, text: str) -> list[list[object]]:
    """The token type of every character of every line, from one full pass. As in pygments'
    own output, tokens follow one another in stream order; text the lexer skipped keeps its
    place as plain text."""
    lexer = make_lexer(alias)
    full = text + "\n"
    kinds: list[object] = []
    for offset, kind, value in lexer.get_tokens_unprocessed(full):
        if offset > len(kinds):
            kinds += [Text] * (offset - len(kinds))
        kinds += [kind] * len(value)
    kinds += [Text] * (len(full) - len(kinds))
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(kinds[pos : pos + len(line)])
        pos += len(line) + 1
    return out


def per_char_shown(highlighter: Highlighter, index: int) -> list[object]:
    return [kind for kind, value in highlighter.line_tokens(index) for _ in value]


def settle(highlighter: Highlighter, rows: range) -> None:
    """Show `rows`, then let the background finish, as the UI does between keystrokes."""
    for index in rows:
        highlighter.line_tokens(index)
    while highlighter.pending():
        highlighter.work(1.0)


def mismatches(highlighter: Highlighter, buffer: TextBuffer, alias: str, resumable: bool = True) -> list[int]:
    """Lines whose shown colours differ from a full pass, or that are not settled as exact.
    For a lexer that cannot resume, only lines the highlighter calls exact are compared."""
    reference = per_char_reference(alias, buffer.full_text())
    bad = []
    for low in range(0, buffer.line_count, 1000):
        rows = range(low, min(low + 1000, buffer.line_count))
        # As in the UI: draw, let the background finish, draw again, until nothing is left.
        for _ in range(5):
            settle(highlighter, rows)
            if all(highlighter.is_exact(index) for index in rows) or not highlighter.pending():
                break
        for index in rows:
            exact = highlighter.is_exact(index)
            if resumable and not exact:
                bad.append(index)
            elif exact and per_char_shown(highlighter, index) != reference[index]:
                bad.append(index)
    return bad


def random_edit(rng: random.Random, buffer: TextBuffer) -> int:
    """Insert a snippet at a random place, or replace a few lines' worth of text with it; return
    the edited line."""
    line = rng.randrange(buffer.line_count)
    col = rng.randint(0, buffer.line_length(line))
    end = Pos(line, col)
    if rng.random() < 0.3:
        last = min(buffer.line_count - 1, line + rng.randint(0, 3))
        end = max(end, Pos(last, rng.randint(0, buffer.line_length(last))))
    buffer.replace(Pos(line, col), end, split_fragments(rng.choice(SNIPPETS)))
    return line


def load(path: str | Path) -> str:
    return Path(path).read_text(encoding="utf-8").rstrip("\n")


def resumable(alias: str) -> bool:
    return alias not in {"json", "yaml", "make"}


CASES = [(DATA / name, alias) for name, alias in SAMPLES.items()] + [(path, "python") for path in STDLIB.values()]
IDS = [*SAMPLES, *STDLIB]


@pytest.mark.parametrize(("path", "alias"), CASES, ids=IDS)
def test_colours_equal_a_full_pass(path, alias):
    buffer = TextBuffer.from_text(load(path))
    highlighter = Highlighter(buffer, make_lexer(alias))
    assert mismatches(highlighter, buffer, alias, resumable(alias)) == []


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize(("path", "alias"), CASES, ids=IDS)
def test_colours_equal_a_full_pass_after_random_edits(path, alias, seed):
    rng = random.Random(f"{Path(path).name}:{seed}")  # the same edits in every checkout
    buffer = TextBuffer.from_text(load(path))
    highlighter = Highlighter(buffer, make_lexer(alias))
    settle(highlighter, range(min(60, buffer.line_count)))
    for _ in range(6):
        line = random_edit(rng, buffer)
        # The rows around the edit are drawn at once, before the background catches up.
        for index in range(max(0, line - 20), min(buffer.line_count, line + 40)):
            highlighter.line_tokens(index)
        highlighter.work(0.002)
        assert mismatches(highlighter, buffer, alias, resumable(alias)) == []


def test_lines_shown_before_the_background_ran_are_exact_when_they_say_so():
    rng = random.Random(7)
    buffer = TextBuffer.from_text(load(STDLIB["argparse"]))
    highlighter = Highlighter(buffer, make_lexer("python"))
    for _ in range(12):
        random_edit(rng, buffer)
        reference = per_char_reference("python", buffer.full_text())
        top = rng.randrange(buffer.line_count)
        for index in range(top, min(buffer.line_count, top + 50)):
            shown = per_char_shown(highlighter, index)
            if highlighter.is_exact(index):
                assert shown == reference[index], index


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SNIPPETS + ["def f(x):", "    return x", "y = 'a'", "\n"]), max_size=40))
def test_tokens_always_spell_the_line(pieces):
    text = "".join(pieces)
    buffer = TextBuffer.from_text(text)
    highlighter = Highlighter(buffer, make_lexer("python"))
    for index in range(buffer.line_count):
        line = buffer.line(index)
        assert "".join(value for _, value in highlighter.line_tokens(index)) == line
        assert "".join(value for _, value in highlighter.line_tokens(index, 1, 4)) == line[1:4]
    assert mismatches(highlighter, buffer, "python") == []


def python_module(functions: int) -> str:
    return "\n".join(
        f'def function_{n}(value):\n    """Return value {n}."""\n    return value + {n}  # {n}\n' for n in range(functions)
    )


def test_an_edit_relexes_only_until_the_lexer_state_matches_again():
    buffer = TextBuffer.from_text(python_module(2000))
    highlighter = Highlighter(buffer, make_lexer("python"))
    settle(highlighter, range(buffer.line_count))
    before = highlighter.lexed_lines
    buffer.replace(Pos(4000, 4), Pos(4000, 4), split_fragments("(1, 2)"))
    settle(highlighter, range(3990, 4030))
    assert highlighter.lexed_lines - before < 400  # of 8000 lines
    assert mismatches(highlighter, buffer, "python") == []


def test_opening_a_string_recolours_to_its_end_and_closing_it_restores():
    buffer = TextBuffer.from_text(python_module(300))
    highlighter = Highlighter(buffer, make_lexer("python"))
    settle(highlighter, range(buffer.line_count))
    original = [highlighter.line_tokens(i) for i in range(buffer.line_count)]
    buffer.replace(Pos(100, 0), Pos(100, 0), split_fragments("'''\n"))
    settle(highlighter, range(90, 140))
    assert mismatches(highlighter, buffer, "python") == []
    assert highlighter.line_tokens(101)[0][0] in String
    buffer.replace(Pos(100, 0), Pos(101, 0), split_fragments(""))
    settle(highlighter, range(90, 140))
    assert [highlighter.line_tokens(i) for i in range(buffer.line_count)] == original


def test_a_string_longer_than_any_slice_is_coloured_to_its_end():
    body = "\n".join(f"line {n} of a very long docstring, with 'quotes' and # hashes" for n in range(6000))
    text = f'x = 1\n"""\n{body}\n"""\ny = 2'
    assert len(text) > 300_000
    buffer = TextBuffer.from_text(text)
    highlighter = Highlighter(buffer, make_lexer("python"))
    last = buffer.line_count - 1
    assert mismatches(highlighter, buffer, "python") == []
    assert [kind for kind, _ in highlighter.line_tokens(last)][0] not in String
    # Removing the closing quotes turns everything after the opening ones into one string.
    buffer.replace(Pos(last - 1, 0), Pos(last - 1, 3), split_fragments(""))
    assert mismatches(highlighter, buffer, "python") == []


def test_the_keystroke_path_lexes_a_bounded_amount_anywhere_in_a_big_file():
    buffer = TextBuffer.from_text(python_module(70_000))  # 210 000 lines, 6 MB
    highlighter = Highlighter(buffer, make_lexer("python"))
    costs = []
    for line in (0, buffer.line_count // 2, buffer.line_count - 1):
        before = highlighter.lexed_chars
        buffer.replace(Pos(line, 0), Pos(line, 0), split_fragments("x"))
        for index in range(max(0, line - 30), min(buffer.line_count, line + 30)):
            highlighter.line_tokens(index)
        costs.append(highlighter.lexed_chars - before)
    assert max(costs) < 100_000  # characters lexed of 6 000 000


def test_after_a_jump_to_the_end_the_background_refines_the_colours():
    # An opening of a string on line 1 that is closed only at the end of a big file: the rows
    # shown at the end are first lexed from a nearby guess, then made exact by `work()`.
    lines = ['"""', *[f"value_{n} = {n}" for n in range(40_000)], '"""', "z = 3"]
    buffer = TextBuffer.from_text("\n".join(lines))
    highlighter = Highlighter(buffer, make_lexer("python"))
    end = range(buffer.line_count - 30, buffer.line_count)
    for index in end:
        highlighter.line_tokens(index)
    assert not highlighter.is_exact(end[0])
    changed = False
    while highlighter.pending():
        changed |= highlighter.work(0.05)
    assert changed
    reference = per_char_reference("python", buffer.full_text())
    for index in end:
        assert highlighter.is_exact(index)
        assert per_char_shown(highlighter, index) == reference[index]
    assert highlighter.line_tokens(end[0])[0][0] in String


def test_a_two_megabyte_line_is_lexed_only_around_the_columns_shown():
    line = "var a=1;function f(b){return b*2}/*c*/" * 55_000
    assert len(line) > 2_000_000
    buffer = TextBuffer.from_text(line)
    highlighter = Highlighter(buffer, make_lexer("javascript"))
    start = 1_000_003
    tokens = highlighter.line_tokens(0, start, start + 120)
    assert "".join(value for _, value in tokens) == line[start : start + 120]
    assert highlighter.lexed_chars <= 120 + 2 * LONG_MARGIN + 2
    assert not highlighter.is_exact(0)
    assert len(line) > LONG_LINE
    far = highlighter.line_tokens(0, len(line) - 50)
    assert "".join(value for _, value in far) == line[-50:]


def test_a_lexer_that_cannot_resume_is_exact_in_its_first_window():
    text = "\n".join(["{% for item in items %}", "<p class='x'>{{ item }}</p>", "{% endfor %}"] * 50)
    buffer = TextBuffer.from_text(text)
    highlighter = Highlighter(buffer, make_lexer("html+jinja"))
    assert mismatches(highlighter, buffer, "html+jinja", resumable=False) == []
    assert all(highlighter.is_exact(index) for index in range(buffer.line_count))


def test_plain_text_is_one_token_per_line():
    buffer = TextBuffer.from_text("a\tb\n\nc")
    highlighter = Highlighter(buffer, None)
    assert highlighter.line_tokens(0) == [(Text, "a\tb")]
    assert highlighter.line_tokens(1) == []
    assert not highlighter.pending()
