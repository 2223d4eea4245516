"""Copying in a real terminal with no clipboard tool installed: OSC 52 only when chosen."""

from __future__ import annotations

import base64
import re

OSC52 = re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07")


def test_copy_without_tools_writes_osc52_when_chosen(ted, tmp_path, env, home):
    config = home / ".config" / "ted" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('clipboard = "osc52"\n')
    path = tmp_path / "a.txt"
    path.write_bytes("héllo\nwörld\n".encode())
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    environment = {k: v for k, v in env.items() if k not in ("WAYLAND_DISPLAY", "TMUX")}
    environment.update(PATH=str(empty), DISPLAY=":99")
    t = ted(path, environment=environment)
    assert not OSC52.search(t.raw)
    t.key("c-a", "c-c")
    t.wait_until(lambda: OSC52.search(t.raw) is not None, "the OSC 52 sequence")
    (payload,) = OSC52.findall(t.raw)
    assert base64.b64decode(payload) == "héllo\nwörld\n".encode()
    assert t.screen.title == ""
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == "héllo\nwörld\n".encode()


def test_by_default_copied_text_never_reaches_the_terminal(ted, tmp_path, env):
    path = tmp_path / "a.txt"
    path.write_bytes(b"secret\n")
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    environment = {k: v for k, v in env.items() if k not in ("WAYLAND_DISPLAY", "TMUX")}
    environment.update(PATH=str(empty), DISPLAY=":99")
    t = ted(path, environment=environment)
    t.key("c-a", "c-c", "c-home")
    t.type("x")
    t.wait_for("xsecret")
    assert b"\x1b]52" not in t.raw
    t.key("c-z")
    assert t.quit_and_wait() == 0
