"""Queries, finding with wrap-around, counting and replacement text (editor.core.search)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core import search
from editor.core.search import Found, Query, SearchError, find, match_starts, matches_in_lines
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
