"""Fuzzy matching: which texts match a query, and in which order they rank."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.fuzzy import fuzzy_match


def ranked(query: str, texts: list[str], word_starts: bool = False) -> list[str]:
    scored = [(fuzzy_match(query, text, word_starts), text) for text in texts]
    return [text for match, text in sorted(scored, key=lambda pair: -pair[0].score) if match]


def test_exact_beats_prefix_beats_word_starts_beats_scattered() -> None:
    texts = ["angular", "goto_line", "glob", "gl"]
    assert ranked("gl", texts) == ["gl", "glob", "goto_line", "angular"]


def test_a_contiguous_run_beats_the_same_letters_spread_out() -> None:
    assert ranked("line", ["alxixnxe", "aline"]) == ["aline", "alxixnxe"]


def test_an_earlier_match_beats_a_later_one() -> None:
    assert ranked("save", ["file.save_as", "app.save_quit"]) == ["app.save_quit", "file.save_as"]


def test_case_is_ignored_and_camel_case_humps_are_word_starts() -> None:
    match = fuzzy_match("gtl", "GoToLine")
    assert match is not None and match.positions == (0, 2, 4)
    assert fuzzy_match("GOTO", "cursor.goto_line") is not None


def test_letters_missing_or_out_of_order_do_not_match() -> None:
    assert fuzzy_match("xyz", "cursor.goto_line") is None
    assert fuzzy_match("lg", "gl") is None
    assert fuzzy_match("long query", "short") is None


def test_the_empty_query_matches_everything() -> None:
    assert fuzzy_match("", "anything") is not None


def test_help_texts_match_at_word_starts_only() -> None:
    help_text = "Go to line N (asks for it without one)."
    assert fuzzy_match("gtl", help_text, word_starts=True).positions == (0, 3, 6)
    assert fuzzy_match("line", help_text, word_starts=True) is not None
    # "ine" is in "line" but does not start a word; scattered letters do not count either.
    assert fuzzy_match("ine", help_text, word_starts=True) is None
    assert fuzzy_match("oie", help_text, word_starts=True) is None
    assert fuzzy_match("oie", help_text) is not None


def test_the_best_placement_is_found_not_the_first() -> None:
    # A greedy left-to-right scan would take the "l" of "select" and leave "ine" scattered.
    match = fuzzy_match("line", "select.line_end")
    assert match is not None and match.positions == (7, 8, 9, 10)


@given(st.text(max_size=6), st.text(max_size=30), st.booleans())
def test_every_match_has_the_query_characters_in_order(query: str, text: str, word_starts: bool) -> None:
    match = fuzzy_match(query, text, word_starts)
    if match is None:
        return
    assert len(match.positions) == len(query)
    assert list(match.positions) == sorted(set(match.positions))
    for char, position in zip(query, match.positions):
        assert text[position].lower() == char.lower()


def _subsequence(query: str, text: str) -> bool:
    rest = iter(char.lower() for char in text)
    return all(char.lower() in rest for char in query)


@given(st.text(alphabet="abAB_.", max_size=5), st.text(alphabet="abAB_. ", max_size=20))
def test_a_query_matches_exactly_when_it_is_a_subsequence(query: str, text: str) -> None:
    assert (fuzzy_match(query, text) is not None) == _subsequence(query, text)
