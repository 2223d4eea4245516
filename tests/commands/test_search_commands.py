"""The search commands, headless: finding, options, replacing (editor.commands.search)."""

from __future__ import annotations

import asyncio

import pytest

from editor.commands import search as search_commands
from editor.commands.search import choose_every_match, search_prompt_label, search_state, visible_matches
from editor.core import search
from editor.core.selection import Selection
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos
from tests.helpers import headless_session, marked_text, run


def messages(session: Session) -> list[str]:
    port = session.port
    assert isinstance(port, HeadlessPort)
    return [text for text, _ in port.messages]


def text_of(session: Session) -> str:
    return session.document.text.full_text()


def marked(session: Session) -> str:
    return marked_text(session.document, session.view.selection)


def test_find_selects_the_next_match_and_counts() -> None:
    session = headless_session("one two\ntwo one two\n")
    assert run(session, "search.find two")
    assert marked(session) == "one ^two|\ntwo one two\n"
    assert messages(session)[-1] == "1 of 3"
    assert run(session, "search.next")
    assert marked(session) == "one two\n^two| one two\n"
    assert messages(session)[-1] == "2 of 3"


def test_the_count_follows_edits() -> None:
    session = headless_session("two\ntwo\n")
    run(session, "search.find two")
    assert messages(session)[-1] == "1 of 2"
    run(session, "cursor.file_end")
    run(session, "edit.insert two")
    run(session, "search.previous")
    assert messages(session)[-1] == "3 of 3"


def test_next_wraps_with_a_message_and_previous_wraps_back() -> None:
    session = headless_session("two\nx two\n")
    run(session, "search.find two")
    run(session, "search.next")
    assert run(session, "search.next")
    assert marked(session) == "^two|\nx two\n"
    assert messages(session)[-1] == "1 of 2; wrapped to the top"
    assert run(session, "search.previous")
    assert marked(session) == "two\nx ^two|\n"
    assert messages(session)[-1] == "2 of 2; wrapped to the bottom"


def test_no_match_is_reported() -> None:
    session = headless_session("abc\n")
    assert not run(session, "search.find zzz")
    assert session.port.messages[-1] == ("No match for zzz", True)
    assert session.view.cursor == Pos(0, 0)


def test_find_asks_with_the_search_history_and_cancel_restores() -> None:
    session = headless_session("a b a\n", answers=["a"])
    session.view.set_selections((Selection.cursor(Pos(0, 1)),))
    assert run(session, "search.find")
    assert session.port.histories == ["search"]
    assert marked(session) == "a b ^a|\n"
    session.port.answers.append(None)
    assert not run(session, "search.find")
    assert marked(session) == "a b ^a|\n"
    assert run(session, "search.next")
    assert marked(session) == "^a| b a\n"


def test_preview_moves_to_the_first_match_from_the_start_and_cancel_goes_back() -> None:
    session = headless_session("ab\nabc\nab\n")
    state = search_state(session)
    seen: list[str] = []

    async def prompt(label: str, *args: object) -> str | None:
        assert state.preview is not None
        state.preview("abc")
        seen.append(marked(session))
        state.preview("a(")
        seen.append(marked(session))
        state.preview("zz")
        seen.append(marked(session))
        return None

    session.port.prompt = prompt  # type: ignore[method-assign]
    session.view.set_selections((Selection.cursor(Pos(0, 1)),))
    assert not run(session, "search.find")
    assert seen == ["ab\n^abc|\nab\n", "a|b\nabc\nab\n", "a|b\nabc\nab\n"]
    assert state.preview is None
    assert marked(session) == "a|b\nabc\nab\n"


def test_options_change_the_query_and_the_label() -> None:
    session = headless_session("Foo foo food\n", answers=[None])
    run(session, "search.case")
    assert messages(session)[-1] == "Search options: case"
    run(session, "search.find foo")
    assert marked(session) == "Foo ^foo| food\n"
    run(session, "search.case")
    run(session, "search.whole_word")
    run(session, "search.next")
    assert marked(session) == "^Foo| foo food\n"
    assert messages(session)[-1] == "1 of 2; wrapped to the top"
    run(session, "search.regex")
    assert search_state(session).label("Find") == "Find [regex, nocase, word]: "
    run(session, "search.find")
    assert messages(session)[-1] == "Find [regex, nocase, word]: "


def test_bad_regex_is_an_error_message() -> None:
    session = headless_session("a\n")
    run(session, "search.regex")
    assert not run(session, "search.find (")
    text, error = session.port.messages[-1]
    assert error and "bad regular expression" in text


def test_replace_all_is_one_undo_step() -> None:
    session = headless_session("cat hat cat\ncat\n")
    assert run(session, "search.replace_all cat dog")
    assert text_of(session) == "dog hat dog\ndog\n"
    assert messages(session)[-1] == "Replaced 3"
    run(session, "history.undo")
    assert text_of(session) == "cat hat cat\ncat\n"
    run(session, "history.redo")
    assert text_of(session) == "dog hat dog\ndog\n"


def test_replace_all_with_groups() -> None:
    session = headless_session("a=1\nb=2\n")
    run(session, "search.regex")
    assert run(session, r"search.replace_all '(\w)=(?P<n>\d)' '\g<n>=\1'")
    assert text_of(session) == "1=a\n2=b\n"
    assert not run(session, r"search.replace_all '(\w)' '\3'")
    assert "bad replacement" in messages(session)[-1]
    assert text_of(session) == "1=a\n2=b\n"


def test_replace_all_literal_keeps_backslashes_and_reports_no_match() -> None:
    session = headless_session("a.b\n")
    run(session, r"search.replace_all . '\1'")
    assert text_of(session) == "a\\1b\n"
    assert not run(session, "search.replace_all zz y")
    assert messages(session)[-1] == "No match for zz"


def test_interactive_replace_yes_no_all() -> None:
    session = headless_session("x x x x\n", answers=["y", "n", "a"])
    assert run(session, "search.replace x yy")
    assert text_of(session) == "yy x yy yy\n"
    assert messages(session)[-1] == "Replaced 3"
    assert messages(session).count("Replace? (y/n/a/q)") == 3
    run(session, "history.undo")
    assert text_of(session) == "x x x x\n"


def test_interactive_replace_quit_and_cancel_stop() -> None:
    session = headless_session("x x x\n", answers=["y", "q"])
    assert run(session, "search.replace x z")
    assert text_of(session) == "z x x\n"
    assert marked(session) == "z ^x| x\n"
    assert messages(session)[-1] == "Replaced 1"
    session.port.answers.extend(["n", None])
    run(session, "search.replace x w")
    assert text_of(session) == "z x x\n"


def test_interactive_replace_asks_for_what_and_with() -> None:
    session = headless_session("ab ab\n", answers=["ab", "", "a"])
    assert run(session, "search.replace")
    assert text_of(session) == " \n"
    assert session.port.histories == ["search", "replace"]


def test_interactive_replace_goes_round_to_where_it_started() -> None:
    session = headless_session("x x x\n", answers=["n", "y", "y", "y"])
    session.view.set_selections((Selection.cursor(Pos(0, 4)),))
    assert run(session, "search.replace x zzzzz")
    assert text_of(session) == "zzzzz zzzzz x\n"
    assert messages(session).count("Replace? (y/n/a/q)") == 3
    assert messages(session)[-1] == "Replaced 2"
    assert session.port.answers == ["y"]


def test_interactive_replace_across_lines_in_the_second_round() -> None:
    session = headless_session("ab\nab\n", answers=["a"])
    session.view.set_selections((Selection.cursor(Pos(1, 0)),))
    run(session, "search.regex")
    assert run(session, r"search.replace b '\n'")
    assert text_of(session) == "a\n\na\n\n"
    assert messages(session)[-1] == "Replaced 2"


def test_interactive_replace_with_no_match() -> None:
    session = headless_session("abc\n", answers=["y"])
    assert not run(session, "search.replace zz y")
    assert session.port.messages[-1] == ("No match for zz", True)


def test_interactive_replace_does_not_rematch_the_replacement() -> None:
    session = headless_session("a a\n", answers=["a"])
    run(session, "search.replace a aa")
    assert text_of(session) == "aa aa\n"


def test_matches_are_shown_only_while_a_match_is_selected() -> None:
    session = headless_session("ab ab\nab\n")
    view = session.view
    both = [(0, 0, 5), (1, 0, 2)]
    assert visible_matches(session, view, both) == []
    run(session, "search.find ab")
    assert visible_matches(session, view, both) == [
        (Pos(0, 0), Pos(0, 2)), (Pos(0, 3), Pos(0, 5)), (Pos(1, 0), Pos(1, 2)),
    ]
    assert visible_matches(session, view, [(1, 0, 2)]) == [(Pos(1, 0), Pos(1, 2))]
    assert visible_matches(session, view, [(0, 3, 5)]) == [(Pos(0, 3), Pos(0, 5))]
    run(session, "select.none")
    assert visible_matches(session, view, both) == []


def test_a_long_search_goes_on_in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    session = headless_session("x\n" * 200 + "needle\n")
    result = session.run("search.find needle")
    assert not isinstance(result, bool)
    assert asyncio.run(result)  # type: ignore[arg-type]
    assert session.view.cursor == Pos(200, 6)
    assert any(m.startswith("Searching needle:") for m in messages(session))
    assert session.next_key is None


def test_escape_stops_a_long_search(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    session = headless_session("x\n" * 200 + "needle\n")

    async def scenario() -> bool:
        task = asyncio.ensure_future(session.run("search.find needle"))  # type: ignore[arg-type]
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        assert session.next_key is not None
        session.feed_key("escape")
        return await task

    assert not asyncio.run(scenario())
    assert messages(session)[-1] == "Search stopped"
    assert session.view.cursor == Pos(0, 0)
    assert session.next_key is None


def test_toggling_an_option_in_the_find_prompt_searches_again_and_relabels() -> None:
    session = headless_session("Ab ab a.\n")
    state = search_state(session)
    seen: list[tuple[str | None, str]] = []

    async def prompt(label: str, *args: object) -> str | None:
        assert label == "Find: "
        assert state.preview is not None
        state.preview("ab")
        seen.append((search_prompt_label(session), marked(session)))
        run(session, "search.case")
        seen.append((search_prompt_label(session), marked(session)))
        state.preview("a.")
        run(session, "search.regex")
        seen.append((search_prompt_label(session), marked(session)))
        return "a."

    session.port.prompt = prompt  # type: ignore[method-assign]
    assert run(session, "search.find")
    assert seen == [
        ("Find: ", "^Ab| ab a.\n"),
        ("Find [case]: ", "Ab ^ab| a.\n"),
        ("Find [regex, case]: ", "Ab ^ab| a.\n"),
    ]
    assert search_prompt_label(session) is None
    assert marked(session) == "Ab ^ab| a.\n"


def test_choosing_every_match_in_the_find_prompt_selects_them_all() -> None:
    session = headless_session("x ab\nAB ab\n")
    assert not choose_every_match(session)

    async def prompt(label: str, *args: object) -> str | None:
        assert choose_every_match(session)
        return "ab"

    session.port.prompt = prompt  # type: ignore[method-assign]
    assert run(session, "search.find")
    assert marked_text(session.document, session.view.selections) == "x ^ab|\n^AB| ^ab|\n"
    assert messages(session)[-1] == "3 selections"


def test_every_match_is_not_chosen_in_the_replace_prompt() -> None:
    session = headless_session("ab\n", answers=["b", "y"])
    chosen: list[bool] = []

    async def prompt(label: str, *args: object) -> str | None:
        if label.startswith("Replace:"):
            chosen.append(choose_every_match(session))
            assert search_prompt_label(session) == "Replace: "
            return "a"
        return await HeadlessPort.prompt(session.port, label)  # type: ignore[arg-type]

    session.port.prompt = prompt  # type: ignore[method-assign]
    assert run(session, "search.replace")
    assert chosen == [False]
    assert text_of(session) == "bb\n"


def test_a_long_replace_all_goes_on_in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    session = headless_session("a x\n" * 300)
    result = session.run("search.replace_all x yz")
    assert not isinstance(result, bool)
    assert asyncio.run(result)  # type: ignore[arg-type]
    assert text_of(session) == "a yz\n" * 300
    assert any(m.startswith("Replacing x: ") and m.endswith("(Escape stops)") for m in messages(session))
    assert messages(session)[-1] == "Replaced 300"
    assert session.next_key is None
    run(session, "history.undo")
    assert text_of(session) == "a x\n" * 300


def test_a_key_stops_a_long_replace_all_leaving_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    session = headless_session("a x\n" * 300)

    async def scenario() -> bool:
        task = asyncio.ensure_future(session.run("search.replace_all x y"))  # type: ignore[arg-type]
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        assert session.next_key is not None
        session.feed_key("escape")
        return await task

    assert not asyncio.run(scenario())
    assert messages(session)[-1] == "Replace stopped: nothing replaced"
    assert text_of(session) == "a x\n" * 300
    assert not session.document.modified
    assert session.next_key is None


def test_a_replace_finds_far_matches_in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_commands, "BUDGET", 0.0)
    monkeypatch.setattr(search, "CHUNK_LINES", 10)
    session = headless_session("x\n" * 100 + "ab\n" + "x\n" * 100 + "ab\n", answers=["y", "a"])
    assert run(session, "search.replace ab c")
    assert text_of(session) == "x\n" * 100 + "c\n" + "x\n" * 100 + "c\n"
    assert any(m.startswith("Searching ab: ") for m in messages(session))
    assert messages(session)[-1] == "Replaced 2"


def test_replace_all_of_many_matches_is_one_exact_undo_step() -> None:
    original = "".join(f"k{i}=v{i}\r\n" if i % 3 else f"k{i}=v{i}\n" for i in range(1000))
    session = headless_session(original)
    session.view.set_selections((Selection.cursor(Pos(999, 3)),))
    run(session, "search.regex")
    assert run(session, r"search.replace_all '(\w+)=(\w+)' '\2\n\1'")
    assert messages(session)[-1] == "Replaced 1000"
    # The document's line ending (CRLF, most of its lines) goes between the swapped groups.
    expected = "".join(f"v{i}\r\nk{i}\r\n" if i % 3 else f"v{i}\r\nk{i}\n" for i in range(1000))
    assert text_of(session) == expected
    assert session.view.cursor == Pos(1999, 4)
    run(session, "history.undo")
    assert text_of(session) == original
    assert session.view.cursor == Pos(999, 3)
    run(session, "history.redo")
    assert text_of(session) == expected
