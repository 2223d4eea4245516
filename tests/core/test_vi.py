"""vi's pure motions, text objects and ranges (editor/core/vi.py), and the vi keymap file."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import editor.commands  # noqa: F401 - registers the built-in commands
from editor.core import vi
from editor.core.commands import REGISTRY
from editor.core.document import Document
from editor.core.keymap import Binding, load_keymap
from editor.core.selection import Selection
from editor.core.text import Pos, TextBuffer

TEXTS = st.lists(st.sampled_from(list("ab_.() \t\né")), max_size=30).map("".join)
LINES = st.lists(st.sampled_from(["a", "b", "_", ".", ",", " "]), min_size=1, max_size=20).map("".join)
WORD = re.compile(r"\w+|[^\w\s]+")


def valid(text: TextBuffer, pos: Pos) -> bool:
    return 0 <= pos.line < text.line_count and 0 <= pos.col <= text.line_length(pos.line)


@st.composite
def text_and_pos(draw: st.DrawFn, texts: st.SearchStrategy[str] = TEXTS) -> tuple[TextBuffer, Pos]:
    text = TextBuffer.from_text(draw(texts))
    line = draw(st.integers(0, text.line_count - 1))
    return text, Pos(line, draw(st.integers(0, text.line_length(line))))


# Motions ------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text_and_pos(), st.booleans())
def test_word_motions_stay_in_the_text_and_go_their_way(
    case: tuple[TextBuffer, Pos], big: bool
) -> None:
    text, pos = case
    forward = vi.word_forward(text, pos, big)
    backward = vi.word_backward(text, pos, big)
    end = vi.word_end(text, pos, big)
    assert all(valid(text, p) for p in (forward, backward, end))
    assert forward > pos or forward == text.end
    assert backward < pos or pos == Pos(0, 0)
    assert end > pos or end == pos


@settings(max_examples=300, deadline=None)
@given(LINES, st.data())
def test_word_motions_on_one_line_match_a_regex_model(line: str, data: st.DataObject) -> None:
    text = TextBuffer.from_text(line)
    col = data.draw(st.integers(0, len(line) - 1))
    starts = [m.start() for m in WORD.finditer(line)]
    ends = [m.end() - 1 for m in WORD.finditer(line)]
    after = min([s for s in starts if s > col], default=len(line))
    before = max([s for s in starts if s < col], default=0)
    assert vi.word_forward(text, Pos(0, col)) == Pos(0, after)
    assert vi.word_backward(text, Pos(0, col)) == Pos(0, before)
    assert vi.word_end(text, Pos(0, col)) == Pos(0, min([e for e in ends if e > col], default=col))


@settings(max_examples=300, deadline=None)
@given(LINES, st.data())
def test_find_char_matches_the_nth_occurrence(line: str, data: st.DataObject) -> None:
    text = TextBuffer.from_text(line)
    col = data.draw(st.integers(0, len(line) - 1))
    char = data.draw(st.sampled_from("ab._ "))
    count = data.draw(st.integers(1, 3))
    after = [i for i, ch in enumerate(line) if ch == char and i > col]
    before = [i for i, ch in enumerate(line) if ch == char and i < col][::-1]
    f = vi.find_char(text, Pos(0, col), char, "f", count)
    big_f = vi.find_char(text, Pos(0, col), char, "F", count)
    assert f == (Pos(0, after[count - 1]) if len(after) >= count else None)
    assert big_f == (Pos(0, before[count - 1]) if len(before) >= count else None)
    t = vi.find_char(text, Pos(0, col), char, "t", count)
    assert t == (Pos(0, f.col - 1) if f is not None else None)


def test_word_motions_count_an_empty_line_as_a_word() -> None:
    text = TextBuffer.from_text("one\n\n  two\n")
    assert vi.word_forward(text, Pos(0, 0)) == Pos(1, 0)
    assert vi.word_forward(text, Pos(1, 0)) == Pos(2, 2)
    assert vi.word_backward(text, Pos(2, 2)) == Pos(1, 0)
    assert vi.word_end(text, Pos(0, 2)) == Pos(2, 4)


def test_last_line_leaves_out_the_line_after_a_final_break() -> None:
    assert vi.last_line(TextBuffer.from_text("a\nb\n")) == 1
    assert vi.last_line(TextBuffer.from_text("a\nb")) == 1
    assert vi.last_line(TextBuffer.from_text("")) == 0
    assert vi.last_line(TextBuffer.from_text("\n")) == 0


def test_match_pair_looks_forward_on_the_line() -> None:
    text = TextBuffer.from_text("x = f(a[1],\n  b)\n")
    assert vi.match_pair(text, Pos(0, 0)) == Pos(1, 3)
    assert vi.match_pair(text, Pos(1, 3)) == Pos(0, 5)
    assert vi.match_pair(text, Pos(1, 0)) == Pos(0, 5)
    assert vi.match_pair(TextBuffer.from_text("none"), Pos(0, 0)) is None


# Regions ------------------------------------------------------------------------------------


def test_motion_region_kinds() -> None:
    text = TextBuffer.from_text("  foo bar\nbaz\n")
    region = vi.motion_region
    assert region(text, Pos(0, 2), Pos(0, 6), "exclusive") == vi.Region(Pos(0, 2), Pos(0, 6))
    assert region(text, Pos(0, 6), Pos(0, 2), "inclusive") == vi.Region(Pos(0, 2), Pos(0, 7))
    assert region(text, Pos(1, 1), Pos(0, 4), "linewise") == vi.Region(Pos(0, 0), Pos(1, 0), True)
    # Exclusive to column 0 of a later line: to the end of the line before; whole lines when
    # it starts at or before the first non-blank.
    assert region(text, Pos(0, 6), Pos(1, 0), "exclusive") == vi.Region(Pos(0, 6), Pos(0, 9))
    assert region(text, Pos(0, 1), Pos(1, 0), "exclusive") == vi.Region(Pos(0, 0), Pos(0, 0), True)


def test_w_for_an_operator_stops_at_the_line_end_and_cw_is_ce() -> None:
    text = TextBuffer.from_text("a bc\n  d\n")
    assert vi.word_target_for_operator(text, Pos(0, 2), 1, False, False) == (Pos(0, 4), "exclusive")
    assert vi.word_target_for_operator(text, Pos(0, 2), 1, False, True) == (Pos(0, 3), "inclusive")
    assert vi.word_target_for_operator(text, Pos(0, 0), 1, False, False) == (Pos(0, 2), "exclusive")


@settings(max_examples=200, deadline=None)
@given(text_and_pos(), text_and_pos(), st.booleans())
def test_visual_and_line_regions_stay_in_the_text(
    a: tuple[TextBuffer, Pos], b: tuple[TextBuffer, Pos], linewise: bool
) -> None:
    text, anchor = a
    head = text.clamp(b[1])
    region = vi.visual_region(text, anchor, head, linewise)
    assert valid(text, region.start) and valid(text, region.end) and region.start <= region.end
    start, end = vi.deleted_span(text, region)
    assert valid(text, start) and valid(text, end) and start <= end
    kept = text.text(Pos(0, 0), start) + text.text(end, text.end)
    assert len(kept) <= len(text.full_text())


def test_region_text_of_lines_ends_each_with_a_break() -> None:
    text = TextBuffer.from_text("a\nb")
    assert vi.region_text(text, vi.Region(Pos(0, 0), Pos(1, 0), True)) == "a\nb\n"
    assert vi.line_range(text, 1, 1) == (Pos(0, 1), Pos(1, 1))
    assert vi.without_final_break("x\r\n") == "x" and vi.without_final_break("x") == "x"


# Text objects -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text_and_pos(LINES), st.booleans())
def test_inner_word_is_one_run_around_the_cursor(case: tuple[TextBuffer, Pos], big: bool) -> None:
    text, pos = case
    line = text.line(0)
    region = vi.word_object(text, pos, False, big)
    assert region is not None
    chosen = line[region.start.col : region.end.col]
    assert chosen and region.start.col <= min(pos.col, len(line) - 1) < region.end.col
    assert len({vi._class(ch, big) for ch in chosen}) == 1
    around = vi.word_object(text, pos, True, big)
    assert around is not None and around.start <= region.start and around.end >= region.end


@settings(max_examples=300, deadline=None)
@given(text_and_pos(st.lists(st.sampled_from(list("()a \n")), max_size=30).map("".join)),
       st.integers(1, 3))
def test_bracket_objects_are_balanced_and_hold_the_cursor(
    case: tuple[TextBuffer, Pos], count: int
) -> None:
    text, pos = case
    around = vi.bracket_object(text, pos, "(", True, count)
    inner = vi.bracket_object(text, pos, "(", False, count)
    assert (around is None) == (inner is None)
    if around is None:
        return
    chosen = text.text(around.start, around.end)
    assert chosen[0] == "(" and chosen[-1] == ")"
    depth = 0
    for index, ch in enumerate(chosen):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        assert depth > 0 or index == len(chosen) - 1
    assert depth == 0
    assert around.start <= pos < around.end
    assert around.start < inner.start and inner.end <= around.end or inner.linewise


def test_inner_brace_over_lines_is_linewise() -> None:
    text = TextBuffer.from_text("f {\n  a\n  b\n}\n")
    assert vi.bracket_object(text, Pos(1, 2), "{", False) == vi.Region(Pos(1, 0), Pos(2, 0), True)
    assert vi.bracket_object(text, Pos(1, 2), "{", True) == vi.Region(Pos(0, 2), Pos(3, 1))


def test_quote_objects_pair_quotes_from_the_line_start() -> None:
    text = TextBuffer.from_text('a "b" c "d" e')
    assert vi.quote_object(text, Pos(0, 7), '"', False) == vi.Region(Pos(0, 9), Pos(0, 10))
    assert vi.quote_object(text, Pos(0, 3), '"', True) == vi.Region(Pos(0, 2), Pos(0, 6))
    assert vi.quote_object(text, Pos(0, 12), '"', False) is None


# Search -------------------------------------------------------------------------------------


def test_vim_pattern_translates_word_bounds_and_case_flags() -> None:
    assert vi.vim_pattern("foo") == ("foo", None)
    pattern, case = vi.vim_pattern("\\<fo\\>\\c")
    assert case is False
    assert [m.start() for m in re.finditer(pattern, "fo foo fo")] == [0, 7]
    assert vi.vim_pattern("a\\Cb") == ("ab", True)
    assert vi.vim_pattern("\\\\<") == ("\\\\<", None)
    assert vi.vim_pattern("a\\d\\") == ("a\\d\\", None)


def test_keyword_at_is_the_word_under_or_after_the_cursor() -> None:
    assert vi.keyword_at("  foo.bar", 0) == (2, 5)
    assert vi.keyword_at("foo.bar", 2) == (0, 3)
    assert vi.keyword_at("foo.bar", 3) == (4, 7)
    assert vi.keyword_at("x_1 ", 1) == (0, 3)
    assert vi.keyword_at("foo  ", 3) is None


# Edits and history --------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", " b", "  ", ")c", ""]), min_size=1, max_size=6), st.data())
def test_join_lines_matches_a_string_model(lines: list[str], data: st.DataObject) -> None:
    text = TextBuffer.from_text("\n".join(lines))
    first = data.draw(st.integers(0, len(lines) - 1))
    count = data.draw(st.integers(1, 4))
    joined = vi.join_lines(text, first, count)
    # An empty last line is the end of a text ending in a line break: not a line to join.
    final = len(lines) - 2 if len(lines) > 1 and lines[-1] == "" else len(lines) - 1
    last = min(first + max(count, 2) - 1, final)
    if last <= first:
        assert joined is None
        return
    assert joined is not None
    model = lines[first]
    for line in lines[first + 1 : last + 1]:
        rest = line.lstrip()
        space = model and rest and not rest.startswith(")") and not model[-1].isspace()
        model += (" " if space else "") + rest
    document = Document(text)
    document.apply_changes(joined[0], (Selection.cursor(Pos(0, 0)),))
    assert document.text.full_text() == "\n".join([*lines[:first], model, *lines[last + 1 :]])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["x", "y\n", ""])), min_size=1,
                max_size=8), st.integers(0, 3))
def test_merge_since_makes_one_undo_step(edits: list[tuple[int, str]], before: int) -> None:
    document = Document(TextBuffer.from_text("start\n"))
    cursor = (Selection.cursor(Pos(0, 0)),)
    for number in range(before):
        document.apply_changes([(Pos(0, 0), Pos(0, 0), str(number))], cursor)
        document.seal()
    original = document.text.full_text()
    mark = document.history.current
    for col, new in edits:
        pos = document.text.clamp(Pos(0, col))
        document.apply_changes([(pos, pos, new)], cursor)
        document.seal()
    changed = document.text.full_text()
    document.history.merge_since(mark)
    document.undo()
    assert document.text.full_text() == original
    assert document.history.current == mark
    document.redo()
    assert document.text.full_text() == changed


def test_merge_since_keeps_the_save_point_exact() -> None:
    document = Document(TextBuffer.from_text(""))
    cursor = (Selection.cursor(Pos(0, 0)),)
    for ch in "ab":
        document.apply_changes([(Pos(0, 0), Pos(0, 0), ch)], cursor)
        document.seal()
    document.history.mark_saved()
    assert document.history.merge_since(0)
    assert not document.modified
    document.undo()
    assert document.modified


# The keymap ---------------------------------------------------------------------------------


def test_the_vi_keymap_loads_against_the_real_registry() -> None:
    keymap, errors = load_keymap("vi", REGISTRY)
    assert errors == []
    assert keymap.text_modes == ("insert",)
    assert {"normal", "insert", "visual", "visual_line", "operator"} <= set(keymap.modes)
    assert set(keymap.modes["visual"]) == set(keymap.modes["visual_line"])
    expected = {
        ("normal", ("d",)): "vi.operator d", ("normal", ("g", "g")): "vi.motion file_start",
        ("normal", ("u",)): "vi.undo", ("normal", ("c-r",)): "vi.redo", ("normal", (".",)): "vi.repeat",
        ("normal", (":",)): "vi.command_line", ("normal", ("c-p",)): "app.palette",
        ("insert", ("escape",)): "vi.escape", ("operator", ("i", "w")): "vi.object inner word",
        ("visual", ("a", "(")): "vi.object around paren",
    }
    for (mode, keys), line in expected.items():
        found = keymap.resolve(mode, keys)
        assert isinstance(found, Binding) and found.command == line


def test_every_vi_keymap_command_has_help() -> None:
    keymap, _ = load_keymap("vi", REGISTRY)
    bindings = [binding for table in keymap.modes.values() for binding in table.values()]
    names = {binding.command.split()[0] for binding in bindings}
    for name in names:
        if name.startswith("vi."):
            found = REGISTRY.lookup(name)
            assert found is not None and found.help
