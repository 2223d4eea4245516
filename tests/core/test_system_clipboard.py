"""The system clipboard: which tool is chosen, the OSC 52 sequence, and the fallback order.

Real clipboard tools are never needed: fake ones are shell scripts on a private PATH that keep
what they were given in a file and print what a "clipboard" file holds."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from editor.core.config import load_config
from editor.core.selection import Selection
from editor.core.system_clipboard import SystemClipboard, find_tool, osc52, system_clipboard
from editor.core.text import Pos
from helpers import headless_session


def fake_tools(folder: Path, *names: str, fail: bool = False) -> Path:
    """Scripts named `names` in `folder`: each appends "name: stdin" to `folder/log` and prints
    `folder/clipboard` (exit status 1 with `fail`)."""
    folder.mkdir(exist_ok=True)
    for name in names:
        script = folder / name
        script.write_text(
            "#!/bin/sh\nPATH=/usr/bin:/bin\n"
            f'printf "%s:" "{name}" >> "{folder}/log"\n'
            f'if [ "$1" != "-o" ] && [ "$1" != "--output" ] && [ "{name}" != wl-paste ] '
            f'&& [ "{name}" != pbpaste ]; then cat >> "{folder}/log"; fi\n'
            f'printf "\\n" >> "{folder}/log"\n'
            f'cat "{folder}/clipboard" 2>/dev/null\n'
            f"exit {1 if fail else 0}\n"
        )
        script.chmod(0o755)
    return folder


def log(folder: Path) -> list[str]:
    path = folder / "log"
    return path.read_text().splitlines() if path.exists() else []


@pytest.mark.parametrize(
    ("env", "platform", "tools", "chosen"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", ["wl-copy", "wl-paste", "xclip"], "wl-copy"),
        ({"DISPLAY": ":0"}, "linux", ["wl-copy", "wl-paste", "xclip", "xsel"], "xclip"),
        ({"DISPLAY": ":0"}, "linux", ["xsel"], "xsel"),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", ["xsel"], "xsel"),
        ({}, "darwin", ["pbcopy", "pbpaste", "xclip"], "pbcopy"),
        ({}, "linux", ["wl-copy", "wl-paste", "xclip", "xsel", "pbcopy", "pbpaste"], None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", ["wl-copy"], None),  # no wl-paste
        ({"DISPLAY": ":0"}, "linux", [], None),
    ],
)
def test_the_tool_is_chosen_by_environment_and_what_is_installed(tmp_path, env, platform, tools, chosen):
    bin_dir = fake_tools(tmp_path / "bin", *tools)
    tool = find_tool({**env, "PATH": str(bin_dir)}, platform)
    assert (tool.name if tool else None) == chosen


def test_copy_and_paste_go_through_the_tool(tmp_path):
    bin_dir = fake_tools(tmp_path / "bin", "xclip")
    (bin_dir / "clipboard").write_text("from elsewhere")
    board = SystemClipboard({"DISPLAY": ":0", "PATH": str(bin_dir)}, "linux")
    written: list[str] = []
    board.terminal = written.append
    assert board.copy("héllo\nworld") == "xclip"
    assert log(bin_dir) == ["xclip:héllo", "world"]
    assert written == []  # a tool worked: no OSC 52
    assert board.paste() == "from elsewhere"


def test_osc52_round_trips_the_text_as_base64():
    text = "héllo\x1b]0;evil\x07\n\tend \udcff"
    sequence = osc52(text)
    match = re.fullmatch(r"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07", sequence)
    assert match, repr(sequence)
    assert base64.b64decode(match.group(1)) == text.encode("utf-8", "surrogateescape")
    # Nothing from the text reaches the terminal as a control character.
    assert sequence.count("\x1b") == 1 and sequence.count("\x07") == 1


def test_osc52_inside_tmux_is_wrapped_for_passthrough():
    sequence = osc52("hi", tmux=True)
    assert sequence == "\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\"


def test_without_a_tool_osc52_mode_falls_back_to_osc52_with_tmux_wrapping(tmp_path):
    board = SystemClipboard({"DISPLAY": ":0", "PATH": str(tmp_path), "TMUX": "/tmp/tmux,1,0"}, "linux")
    written: list[str] = []
    board.terminal = written.append
    assert board.copy("hi", "osc52") == "osc52"
    assert written == [osc52("hi", tmux=True)]
    assert board.paste("osc52") is None  # OSC 52 cannot be read back


def test_auto_never_puts_text_into_an_escape_sequence(tmp_path):
    board = SystemClipboard({"DISPLAY": ":0", "PATH": str(tmp_path)}, "linux")
    written: list[str] = []
    board.terminal = written.append
    assert board.copy("secret") == ""
    assert written == []


def test_a_failing_tool_falls_back_to_osc52(tmp_path):
    bin_dir = fake_tools(tmp_path / "bin", "xclip", fail=True)
    board = SystemClipboard({"DISPLAY": ":0", "PATH": str(bin_dir)}, "linux")
    written: list[str] = []
    board.terminal = written.append
    assert board.copy("x", "osc52") == "osc52"
    assert log(bin_dir) == ["xclip:x"]
    assert written == [osc52("x")]
    assert board.paste() is None


@pytest.mark.parametrize(
    ("mode", "tool_used", "osc"),
    [("auto", True, False), ("system", True, False), ("osc52", True, False), ("internal", False, False)],
)
def test_modes_with_a_tool_installed(tmp_path, mode, tool_used, osc):
    bin_dir = fake_tools(tmp_path / "bin", "xclip")
    board = SystemClipboard({"DISPLAY": ":0", "PATH": str(bin_dir)}, "linux")
    written: list[str] = []
    board.terminal = written.append
    board.copy("t", mode)
    assert bool(log(bin_dir)) == tool_used
    assert bool(written) == osc


def test_system_mode_never_sends_osc52(tmp_path):
    board = SystemClipboard({"PATH": str(tmp_path)}, "linux")
    written: list[str] = []
    board.terminal = written.append
    assert board.copy("t", "system") == ""
    assert written == []


def test_without_a_terminal_osc52_is_skipped(tmp_path):
    board = SystemClipboard({"PATH": str(tmp_path)}, "linux")
    assert board.copy("t", "osc52") == ""


def test_copy_command_keeps_the_text_internally_and_sends_it_to_the_system(tmp_path):
    bin_dir = fake_tools(tmp_path / "bin", "xclip")
    session = headless_session("one two\n")
    board = system_clipboard(session.extensions)
    board.env, board.platform = {"DISPLAY": ":0", "PATH": str(bin_dir)}, "linux"
    session.view.set_selections((Selection(Pos(0, 0), Pos(0, 3)),))
    assert session.run("clipboard.copy")
    assert session.clipboard == ["one"]
    assert log(bin_dir) == ["xclip:one"]


def test_paste_takes_the_system_text_and_falls_back_to_the_internal_one(tmp_path):
    bin_dir = fake_tools(tmp_path / "bin", "xclip")
    session = headless_session("one two\n")
    board = system_clipboard(session.extensions)
    board.env, board.platform = {"DISPLAY": ":0", "PATH": str(bin_dir)}, "linux"
    assert session.run("clipboard.copy")  # the whole line, linewise
    (bin_dir / "clipboard").write_text("SYS")
    assert session.run("clipboard.paste")
    assert session.document.text.text(Pos(0, 0), session.document.text.end) == "SYSone two\n"
    # The same text ted copied keeps its linewise paste; with no tool the internal one is used.
    board.env = {"PATH": str(tmp_path / "none")}
    session.clipboard, session.clipboard_linewise = ["line\n"], True
    assert session.run("clipboard.paste")
    assert session.document.text.text(Pos(0, 0), session.document.text.end) == "line\nSYSone two\n"


def test_internal_mode_leaves_the_system_clipboard_alone(tmp_path):
    bin_dir = fake_tools(tmp_path / "bin", "xclip")
    (bin_dir / "clipboard").write_text("SYS")
    session = headless_session("abc\n")
    session.settings["clipboard"] = "internal"
    board = system_clipboard(session.extensions)
    board.env, board.platform = {"DISPLAY": ":0", "PATH": str(bin_dir)}, "linux"
    assert session.run("clipboard.copy")
    assert session.run("clipboard.paste")
    assert log(bin_dir) == []
    assert session.document.text.text(Pos(0, 0), session.document.text.end) == "abc\nabc\n"


def test_the_clipboard_setting_is_checked_in_the_config_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('clipboard = "osc52"\n')
    assert load_config(path) == ({"clipboard": "osc52"}, [])
    path.write_text('clipboard = "tmux"\n')
    settings, problems = load_config(path)
    assert settings == {}
    assert "expected one of auto, internal, osc52, system" in str(problems[0])
