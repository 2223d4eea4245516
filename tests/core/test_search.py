"""Queries, finding with wrap-around, counting and replacement text (editor.core.search)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core import document as document_module
from editor.core import search
from editor.core.files import document_from_bytes
from editor.core.search import Found, Query, SearchError, find, match_starts, matches_in_lines
from editor.core.selection import Selection
from editor.core.text import Pos, TextBuffer

TEXT = "foo bar\nFoo food\nxfoo_ foo.\n"


def buffer(text: str = TEXT) -> TextBuffer:
    return TextBuffer.from_text(text)


def spans(query: Query, text: str = TEXT) -> list[tuple[int, int, int]]:
    return [(a.line, a.col, b.col) for a, b in matches_in_lines(buffer(text), query, 0, 100)]


def test_literal_is_escaped_and_smart_case_ignores_case_without_capitals() -> None:
    assert spans(Query("foo")) == [(0, 0, 3), (1, 0, 3), (1, 4, 7), (2, 1, 4), (2, 6, 9)]
    assert spans(Query("o.")) == [(2, 8, 10)]
    assert spans(Query("Foo")) == [(1, 0, 3)]


def test_case_modes() -> None:
    assert spans(Query("foo", case="sensitive")) == [(0, 0, 3), (1, 4, 7), (2, 1, 4), (2, 6, 9)]
    assert spans(Query("Foo", case="insensitive")) == spans(Query("foo"))
    assert spans(Query("Foo", case=False)) == spans(Query("foo"))
    assert Query("foo", case=True).case_sensitive


def test_regex_and_whole_word() -> None:
    assert spans(Query(r"f\w+d", regex=True)) == [(1, 4, 8)]
    assert spans(Query("foo", whole_word=True)) == [(0, 0, 3), (1, 0, 3), (2, 6, 9)]
    assert spans(Query("^foo", regex=True)) == [(0, 0, 3), (1, 0, 3)]
    assert spans(Query("x*", regex=True)) == [(2, 0, 1)]


def test_bad_regex_is_a_search_error() -> None:
    with pytest.raises(SearchError):
        Query("(", regex=True).pattern


def test_describe_names_the_options() -> None:
    assert Query("a").describe() == ""
    assert Query("a", regex=True, case="sensitive", whole_word=True).describe() == "regex, case, word"


def test_next_and_previous_wrap_around() -> None:
    text = buffer()
    q = Query("foo", case="sensitive")
    assert find(text, q, Pos(0, 1)) == Found(Pos(1, 4), Pos(1, 7))
    assert find(text, q, Pos(2, 8)) == Found(Pos(0, 0), Pos(0, 3), wrapped=True)
    assert find(text, q, Pos(2, 8), wrap=False) is None
    assert find(text, q, Pos(1, 4), backward=True) == Found(Pos(0, 0), Pos(0, 3))
    assert find(text, q, Pos(0, 0), backward=True) == Found(Pos(2, 6), Pos(2, 9), wrapped=True)
    assert find(text, Query("nothing"), Pos(0, 0)) is None


def test_a_single_match_is_found_again_after_wrapping() -> None:
    text = buffer("a\nzz\nb")
    assert find(text, Query("zz"), Pos(1, 2)) == Found(Pos(1, 0), Pos(1, 2), wrapped=True)


def test_scan_yields_between_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    text = buffer("x\n" * 100 + "needle\n")
    steps = search.scan(text, Query("needle"), Pos(0, 0))
    progress = []
    with pytest.raises(StopIteration) as stop:
        while True:
            progress.append(next(steps))
    assert len(progress) == 9
    assert stop.value.value == Found(Pos(100, 0), Pos(100, 6))


def test_match_starts_lists_every_match_up_to_a_size(monkeypatch: pytest.MonkeyPatch) -> None:
    text = buffer()
    assert match_starts(text, Query("foo")) == [Pos(0, 0), Pos(1, 0), Pos(1, 4), Pos(2, 1), Pos(2, 6)]
    assert match_starts(text, Query("zzz")) == []
    monkeypatch.setattr(search, "COUNT_LIMIT_LINES", 2)
    assert match_starts(text, Query("foo")) is None


def test_replacement_expands_groups_only_for_regex() -> None:
    text = buffer("key=value\n")
    q = Query(r"(?P<k>\w+)=(\w+)", regex=True)
    found = find(text, q, Pos(0, 0))
    assert found is not None
    assert search.replacement(text, q, found, r"\2:\g<k>") == "value:key"
    literal = Query("key")
    hit = find(text, literal, Pos(0, 0))
    assert hit is not None
    assert search.replacement(text, literal, hit, r"\1") == r"\1"
    with pytest.raises(SearchError):
        search.replacement(text, q, found, r"\9")


def test_replace_all_changes() -> None:
    changes = search.replace_all_changes(buffer("ab ab\nab\n"), Query("(a)b", regex=True), r"\1\1")
    assert changes == [
        (Pos(0, 0), Pos(0, 2), "aa"), (Pos(0, 3), Pos(0, 5), "aa"), (Pos(1, 0), Pos(1, 2), "aa"),
    ]


def _pos(joined: str, offset: int) -> Pos:
    line = joined.count("\n", 0, offset)
    return Pos(line, offset - (joined.rfind("\n", 0, offset) + 1))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="abA \n", max_size=60),
    needle=st.text(alphabet="abA ", min_size=1, max_size=3),
    regex=st.booleans(),
    case=st.sampled_from(["smart", "sensitive", "insensitive"]),
)
def test_find_next_agrees_with_finditer(text: str, needle: str, regex: bool, case: str) -> None:
    query = Query(needle.replace("b", "b+") if regex else needle, regex, case)  # type: ignore[arg-type]
    expected = [(_pos(text, m.start()), _pos(text, m.end())) for m in query.pattern.finditer(text)]
    buf = buffer(text)
    found, at = [], Pos(0, 0)
    while (hit := find(buf, query, at, wrap=False)) is not None:
        found.append((hit.start, hit.end))
        at = hit.end
    assert found == expected
    assert found == [(a, b) for a, b in matches_in_lines(buf, query, 0, buf.line_count)]
    if expected:
        first = find(buf, query, buf.end)
        assert first is not None and (first.start, first.end) == expected[0]
        last = find(buf, query, Pos(0, 0), backward=True)
        assert last is not None and (last.start, last.end) == expected[-1]
        assert last.wrapped


def _has_border(needle: str) -> bool:
    """Whether a proper prefix of `needle` is also its suffix (its matches could overlap)."""
    return any(needle[:k] == needle[-k:] for k in range(1, len(needle)))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab _", max_size=60),
    st.text(alphabet="ab _", min_size=1, max_size=4),
    st.integers(0, 60),
    st.integers(0, 20),
    st.booleans(),
)
def test_matches_in_a_window_agree_with_the_whole_line(
    line: str, needle: str, first: int, width: int, word: bool
) -> None:
    """A literal search in a window (and its margin) finds exactly the whole line's matches that
    reach into the window, for text whose matches cannot overlap."""
    if _has_border(needle):
        return
    query = Query(needle, whole_word=word)
    stop = first + width
    expected = [
        (a, b)
        for a, b in search._line_matches(query.pattern, line)
        if b > first and a < max(stop, first + 1)
    ]
    found = search.matches_in_windows(buffer(line), query, [(0, first, stop)])
    assert [(a.col, b.col) for a, b in found] == expected


def test_matches_in_windows_search_only_near_the_drawn_columns() -> None:
    line = "foo " * 5000
    windows = [(0, 8000, 8010), (0, 8010, 8020)]
    found = search.matches_in_windows(buffer(line + "\nfoo\n"), Query("foo"), [*windows, (1, 0, 3)])
    assert found == [
        (Pos(0, 8000), Pos(0, 8003)), (Pos(0, 8004), Pos(0, 8007)), (Pos(0, 8008), Pos(0, 8011)),
        (Pos(0, 8012), Pos(0, 8015)), (Pos(0, 8016), Pos(0, 8019)), (Pos(1, 0), Pos(1, 3)),
    ]


def test_a_regex_match_starting_before_the_window_is_kept_when_within_the_margin() -> None:
    line = "x" * 3000 + '"' + "s" * 500 + '"' + "y" * 3000
    query = Query('"[^"]*"', regex=True)
    found = search.matches_in_windows(buffer(line), query, [(0, 3300, 3400)])
    assert found == [(Pos(0, 3000), Pos(0, 3502))]
    assert search.matches_in_windows(buffer(line), query, [(0, 3600, 3700)]) == []
    anchored = Query("^x", regex=True)
    assert search.matches_in_windows(buffer(line), anchored, [(0, 10, 20)]) == []
    assert search.matches_in_windows(buffer(line), anchored, [(0, 0, 20)]) == [(Pos(0, 0), Pos(0, 1))]


def test_replace_all_steps_yield_and_keep_to_a_range(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "CHUNK_LINES", 2)
    text = buffer("ab ab\nab\nab ab\nab\nab\n")
    steps = search.replace_all_steps(text, Query("ab"), "X", Pos(0, 1), Pos(2, 3))
    assert [next(steps), next(steps)] == [2, 3]
    with pytest.raises(StopIteration) as done:
        next(steps)
    assert done.value.value == [
        (Pos(0, 3), Pos(0, 5), "X"), (Pos(1, 0), Pos(1, 2), "X"), (Pos(2, 0), Pos(2, 2), "X"),
    ]


@st.composite
def many_changes(draw: st.DrawFn) -> tuple[bytes, list[tuple[Pos, Pos, str]], list[Pos]]:
    """A text (mixed line endings), sorted non-overlapping single-line changes whose new text
    may hold line breaks, and some cursor positions."""
    lines = draw(st.lists(st.text(alphabet="ab", max_size=6), min_size=1, max_size=25))
    endings = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=len(lines), max_size=len(lines)))
    raw = "".join(line + ending for line, ending in zip(lines, endings))
    document = document_from_bytes(raw.encode())
    text = document.text
    changes = []
    for number in range(text.line_count):
        col = 0
        length = text.line_length(number)
        while col < length and draw(st.booleans()):
            start = draw(st.integers(col, length))
            end = draw(st.integers(start, length))
            new = draw(st.text(alphabet="xy\n\r", max_size=3)) if end > start or start > col else "z"
            changes.append((Pos(number, start), Pos(number, end), new))
            col = end + 1
    cursors = [text.clamp(Pos(draw(st.integers(0, text.line_count)), draw(st.integers(0, 8)))) for _ in range(3)]
    return raw.encode(), changes, cursors


@settings(max_examples=300, deadline=None)
@given(many_changes(), st.booleans())
def test_many_changes_at_once_equal_one_by_one_and_undo_exactly(case, large: bool) -> None:
    """The bulk path of `Document.apply_changes` (used from BULK_CHANGES changes) gives the
    text and selections of the plain one, in a list store or a large file's indexed store;
    undo and redo bring back each text exactly."""
    data, changes, cursors = case
    selections = tuple(Selection.cursor(p) for p in cursors)
    results = []
    for bulk in (1, 10**9):
        document = document_from_bytes(data, large_file=1 if large else 1 << 30)
        before = document.text.full_text()
        with patched_bulk(bulk):
            after = document.apply_changes(changes, selections)
            changed = document.text.full_text()
            document.undo()
            assert document.text.full_text() == before
            document.redo()
            assert document.text.full_text() == changed
        results.append((changed, after, [document.text.raw_line(i) for i in range(document.text.line_count)]))
    assert results[0] == results[1]


@contextmanager
def patched_bulk(count: int) -> Iterator[None]:
    saved = document_module.BULK_CHANGES
    document_module.BULK_CHANGES = count
    try:
        yield
    finally:
        document_module.BULK_CHANGES = saved


@given(st.lists(st.sampled_from(["a", "[", " ", "\\1", "\\2", "\\g<word>", "\\g<1>", "\\\\", "\\n", "\\0", "1", "\\g<nope>", "\\3"]), max_size=8))
def test_expanding_a_template_agrees_with_re(pieces: list[str]) -> None:
    template = "".join(pieces)
    query = Query("(?P<word>[a-z]+)(-)?", regex=True)
    match = query.pattern.search("  some  ")
    assert match is not None
    try:
        expected: str | None = match.expand(template)
    except (re.error, IndexError):
        expected = None
    if expected is None:
        with pytest.raises(SearchError):
            query.expand(match, template)
    else:
        assert query.expand(match, template) == expected
