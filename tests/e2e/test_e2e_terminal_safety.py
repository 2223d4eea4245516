"""Nothing from a file's text or a file's name reaches the terminal as a control sequence
(R20-R22): it is shown as visible escapes, and the window title is never set."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

OSC_TITLE = re.compile(rb"\x1b\][012];")

HOSTILE = (
    b"A\x1b[2JB\n"                      # erase the screen
    b"C\x1b]0;evil-title\x07D\n"        # set the window title
    b"E\x1b]52;c;ZXZpbA==\x07F\n"       # write the clipboard
    + "G\u009b31mH\n".encode()          # C1 CSI as a character
    + b"I\x9b31mJ\n"                    # C1 CSI as a raw (invalid UTF-8) byte
    + "K\u202eLMN\n".encode()           # right-to-left override
    + b"O\x1bP1$qm\x1b\\Q\n"            # DCS
    + b"R\x7fS\x08T\n"                  # DEL and backspace
)
SHOWN = [
    "A^[[2JB",
    "C^[]0;evil-title^GD",
    "E^[]52;c;ZXZpbA==^GF",
    "G<U+009B>31mH",
    r"I\x9b31mJ",
    "K<U+202E>LMN",
    "O^[P1$qm^[\\Q",
    "R^?S^HT",
]
NEVER_SENT = [
    b"\x1b[2JB", b"\x1b]0;evil", b"evil-title\x07", b"\x1b]52", "\u202e".encode(),
    "\u009b".encode(), b"\x9b31m", b"\x1bP1$q", b"R\x7fS", b"S\x08T",
]


def assert_nothing_hostile_sent(t) -> None:
    raw = t.raw
    for sequence in NEVER_SENT:
        assert sequence not in raw, f"{sequence!r} was sent to the terminal"
    assert not OSC_TITLE.search(raw), "ted set the window title"
    assert b"\x1b]" not in raw, "ted sent an OSC string"
    assert t.screen.title == "" and t.screen.icon_name == ""


def test_file_text_is_shown_escaped(ted_on):
    path, t = ted_on("hostile.txt", HOSTILE)
    for y, shown in enumerate(SHOWN):
        assert t.row(y).split(" ", 2)[-1] == shown, t.dump()
    # Move over every line and edit each, so that each gets drawn again.
    for _ in SHOWN:
        t.type("~")
        t.key("home", "down")
    t.wait_until(lambda: "Ln 9" in t.status, "the cursor below the last line")
    assert t.row(7).endswith("~R^?S^HT")
    assert_nothing_hostile_sent(t)
    t.answer("c-q", "Save changes to hostile.txt?", "y")
    assert t.wait_exit() == 0
    assert_nothing_hostile_sent(t)
    edited = b"".join(b"~" + line + b"\n" for line in HOSTILE.split(b"\n")[:-1])
    assert path.read_bytes() == edited


NAME = "n\x1b[31mred\x1b]2;T\x07\u202etxt.sh"
NAME_SHOWN = "n^[[31mred^[]2;T^G<U+202E>txt.sh"


def test_file_name_is_shown_escaped(ted_on):
    path, t = ted_on(NAME, b"text\n")
    assert t.status.lstrip().startswith(NAME_SHOWN)
    t.edit("X")
    t.answer("c-q", f"Save changes to {NAME_SHOWN}? (y/n/Esc)", "escape")
    t.wait_gone("Save changes to")
    t.save()
    assert f"Saved {NAME_SHOWN}" in t.message
    assert t.quit_and_wait() == 0
    raw = t.raw
    for sequence in (b"\x1b[31mred", b"\x1b]2;T", b"T\x07", "\u202e".encode()):
        assert sequence not in raw, f"{sequence!r} from the file name was sent to the terminal"
    assert not OSC_TITLE.search(raw)
    assert t.screen.title == ""
    assert path.read_bytes() == b"Xtext\n"


def test_file_name_is_escaped_in_errors_on_stderr(ted, tmp_path):
    folder = tmp_path / "dir\x1b]0;T\x07\x1b[2J"
    folder.mkdir()
    err = tmp_path / "stderr"
    t = ted(folder, ready=False, stderr_path=err)
    assert t.wait_exit() == 2
    message = err.read_bytes()
    assert b"\x1b" not in message and b"\x07" not in message, message
    assert b"dir^[]0;T^G^[[2J" in message
    assert not OSC_TITLE.search(t.raw)
    assert os.path.isdir(folder)


def test_file_name_that_is_not_utf8(ted, tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9\x9b.txt"))
    path.write_bytes(b"x\n")
    t = ted(path)
    assert t.status.lstrip().startswith(r"caf\xe9\x9b.txt")
    t.type("X")
    t.save()
    assert r"Saved caf\xe9\x9b.txt" in t.message
    assert t.quit_and_wait() == 0
    assert b"\x9b" not in t.raw and b"\xe9" not in t.raw
    assert path.read_bytes() == b"Xx\n"
    assert sorted(os.listdir(bytes(tmp_path))) == [b"caf\xe9\x9b.txt", b"home"]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("ro\u202eexe.txt", "ro<U+202E>exe.txt"),
        ("ro\u2066x\u2069\u009b.txt", "ro<U+2066>x<U+2069><U+009B>.txt"),
        (os.fsdecode(b"ro\xe9.txt"), r"ro\xe9.txt"),
    ],
    ids=["rlo", "isolates-and-c1", "not-utf8"],
)
def test_file_name_in_the_save_as_prompt_is_escaped(ted, tmp_path, name, shown):
    """The "save as" answer to a read-only file puts the file's path in the prompt line."""
    path = tmp_path / name
    path.write_bytes(b"x\n")
    path.chmod(0o444)
    t = ted(name, cwd=tmp_path)  # a relative path, so that the prompt line can show all of it
    assert shown in t.status
    t.edit("X")
    t.answer("c-s", "read-only", "a")
    t.wait_until(lambda: t.message.startswith("Save as:"), "the Save as: prompt")
    raw = t.raw
    for ch in "\u202e\u2066\u2069\u009b":
        assert ch.encode() not in raw, f"{ch!r} from the file name was sent to the terminal"
    assert t.message == f"Save as: {shown}", t.dump()
    t.key("escape")
    t.wait_until(lambda: "Not saved" in t.message, "the prompt to be cancelled")
    t.command("cq")
    assert t.wait_exit() == 1
    assert path.read_bytes() == b"x\n"
    assert sorted(os.listdir(tmp_path)) == sorted(["home", name])
