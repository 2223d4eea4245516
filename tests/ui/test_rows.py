"""Drawing one row (editor/ui/rows.py): every character gets the style of its syntax class and
decorations, whether it is drawn alone or as part of a run of plain characters."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from editor.ui.rows import RowStyle, _compose, draw_row

CLASSES = ["class:pygments.keyword", "class:pygments.name", ""]


def per_char(fragments) -> list[tuple[str, str]]:
    return [(style, ch) for style, text in fragments for ch in text]


@st.composite
def rows(draw):
    line = draw(st.text(alphabet="ab (){} \t·é", max_size=40))
    classes = draw(st.lists(st.sampled_from(CLASSES), min_size=len(line), max_size=len(line)))
    brackets = draw(st.lists(st.integers(0, max(len(line) - 1, 0)), max_size=2))
    a = draw(st.integers(0, len(line)))
    b = draw(st.integers(a, len(line)))
    selected = draw(st.sampled_from([(), ((a, b),), ((a, -1),)]))
    decor = RowStyle(
        cursor_line=draw(st.booleans()),
        selected=selected,
        brackets=brackets,
        whitespace=draw(st.booleans()),
        ruler=draw(st.one_of(st.none(), st.integers(0, 50))),
    )
    return line, classes, decor


@settings(max_examples=400)
@given(rows())
@example(("abcd", [""] * 4, RowStyle(brackets=[1])))  # a run must not carry a bracket's style on
@example(("ab cd", [""] * 5, RowStyle(selected=((1, 3),), ruler=3)))
def test_each_character_has_the_style_it_would_have_alone(row):
    line, classes, decor = row
    drawn = draw_row(line, 0, len(line), 0, 60, 4, classes, decor, wrapped=False)
    cells = per_char(drawn.fragments)
    line_style = "class:text class:cursor-line" if decor.cursor_line else "class:text"
    column = 0
    for col, offset in drawn.offsets:
        ch = line[col]
        style, shown = cells[offset]
        if ch == "\t" or (decor.whitespace and ch == " "):
            column += (4 - column % 4) if ch == "\t" else 1
            continue
        expected = _compose(line_style, classes[col], "", col, decor)
        if decor.ruler == column:
            expected += " class:ruler"
        assert (style, shown) == (expected, ch), (col, line)
        column += 1
    assert len(drawn.offsets) == len(line)


def test_a_plain_line_is_drawn_as_few_fragments():
    line = "def name(value): return value"
    classes = ["class:pygments.keyword"] * 3 + ["class:pygments.name"] * (len(line) - 3)
    drawn = draw_row(line, 0, len(line), 0, 40, 4, classes, RowStyle(), wrapped=False)
    texts = [text for _, text in drawn.fragments]
    assert texts[:2] == ["def", " name(value): return value"]
    assert [offset for _, offset in drawn.offsets] == list(range(len(line)))
