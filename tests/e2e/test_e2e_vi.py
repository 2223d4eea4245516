"""The vi keymap in the real `ted --keymap vi`: search, delete a line, write and quit."""

from __future__ import annotations

LINES = b"alpha\nbeta\ngamma word\ndelta\nword again\n"


def search(t, pattern: str) -> None:
    """Type `/`, then the pattern once the prompt is there, then Enter."""
    t.type("/")
    t.wait_until(lambda: t.message.startswith("/"), "the search prompt")
    t.type(pattern)
    t.wait_until(lambda: t.message.startswith("/" + pattern), "the typed pattern")
    t.key("enter")


def test_search_delete_line_and_colon_wq(ted_on):
    path, t = ted_on("notes.txt", LINES, "--keymap", "vi")
    search(t, "word")
    t.wait_until(lambda: "Ln 3, Col 7" in t.status, "the cursor on the first match")
    t.type("n")
    t.wait_until(lambda: "Ln 5, Col 1" in t.status, "n going to the next match")
    t.type("dd")
    t.wait_gone("word again")
    t.type("gg")
    search(t, "gam")
    t.wait_until(lambda: "Ln 3, Col 1" in t.status, "the cursor on gamma")
    t.type("dd")
    t.wait_gone("gamma word")
    assert path.read_bytes() == LINES, "written before :wq"
    t.type(":")
    t.wait_until(lambda: t.message.startswith(":"), "the command line")
    t.type("wq")
    t.key("enter")
    assert t.wait_exit() == 0
    assert path.read_bytes() == b"alpha\nbeta\ndelta\n"


def test_keys_typed_ahead_reach_the_command_line(ted_on):
    """Everything sent in one write, as a fast typist or a paste over SSH delivers it."""
    path, t = ted_on("notes.txt", LINES, "--keymap", "vi")
    t.type("dd:wq\r")
    assert t.wait_exit() == 0
    assert path.read_bytes() == LINES[len("alpha\n"):]
