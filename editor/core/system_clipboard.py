"""The system clipboard: a clipboard tool when one is installed, OSC 52 when asked for.

The `clipboard` setting chooses how copied text leaves ted:

- "auto" (the default): the tool that fits the environment — wl-copy / wl-paste under Wayland
  (`WAYLAND_DISPLAY`), xclip or xsel under X (`DISPLAY`), pbcopy / pbpaste on macOS; without
  one, the text stays in ted's own clipboard;
- "osc52": the tool if there is one, else an OSC 52 escape sequence, which the terminal turns
  into a clipboard write (this works over ssh and, wrapped for passthrough, inside tmux). It puts
  file text into an escape sequence, which ted otherwise never does, so it is used only when the
  user chooses it;
- "system": a tool only; "internal": ted's own clipboard only.

ted's own clipboard (`Session.clipboard`) always keeps the text as well. Pasting reads the
system clipboard when a tool can read it; reading through OSC 52 is not supported (terminals
answer it asynchronously, or not at all for safety), so with OSC 52 pasting uses ted's own
clipboard.

The core only builds the OSC 52 sequence: the payload is base64, so no byte of the copied text
reaches the terminal as a control character. Writing it to the terminal is the UI's job, through
`SystemClipboard.terminal`.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

MODES = ("auto", "internal", "osc52", "system")
TIMEOUT = 1.0
# Terminals drop larger OSC 52 writes (xterm and tmux allow about 100 kB).
MAX_OSC52 = 100_000


@dataclass(frozen=True)
class Tool:
    """A pair of clipboard programs: the command that copies from stdin, the one that pastes."""

    name: str
    copy: tuple[str, ...]
    paste: tuple[str, ...]


TOOLS = {
    "wayland": Tool("wl-copy", ("wl-copy",), ("wl-paste", "--no-newline")),
    "xclip": Tool("xclip", ("xclip", "-selection", "clipboard"), ("xclip", "-selection", "clipboard", "-o")),
    "xsel": Tool("xsel", ("xsel", "--clipboard", "--input"), ("xsel", "--clipboard", "--output")),
    "macos": Tool("pbcopy", ("pbcopy",), ("pbpaste",)),
}


def find_tool(env: Mapping[str, str], platform: str = sys.platform) -> Tool | None:
    """The clipboard tool for this environment whose programs are on `env`'s PATH."""
    path = env.get("PATH", os.defpath)
    candidates = []
    if env.get("WAYLAND_DISPLAY"):
        candidates.append(TOOLS["wayland"])
    if env.get("DISPLAY"):
        candidates += [TOOLS["xclip"], TOOLS["xsel"]]
    if platform == "darwin":
        candidates.append(TOOLS["macos"])
    for tool in candidates:
        if shutil.which(tool.copy[0], path=path) and shutil.which(tool.paste[0], path=path):
            return tool
    return None


def osc52(text: str, tmux: bool = False) -> str:
    """The escape sequence that puts `text` on the terminal's clipboard; wrapped in tmux's
    passthrough (every ESC doubled) when `tmux`."""
    payload = base64.b64encode(text.encode("utf-8", "surrogateescape")).decode("ascii")
    sequence = f"\x1b]52;c;{payload}\x07"
    if tmux:
        return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"
    return sequence


class SystemClipboard:
    """Sends copied text to the system clipboard and reads it back, as the mode says."""

    def __init__(self, env: Mapping[str, str] | None = None, platform: str = sys.platform) -> None:
        self.env = env
        self.platform = platform
        # Writes a string to the terminal as it is; set by the UI (None with no terminal).
        self.terminal: Callable[[str], None] | None = None

    def _env(self) -> Mapping[str, str]:
        return os.environ if self.env is None else self.env

    def copy(self, text: str, mode: str = "auto") -> str:
        """Put `text` on the system clipboard; return how ("wl-copy", "osc52"...) or "" when
        it stayed in ted's own clipboard only."""
        if mode in ("auto", "system", "osc52"):
            tool = find_tool(self._env(), self.platform)
            if tool is not None and self._run(tool.copy, text) is not None:
                return tool.name
        if mode == "osc52" and self.terminal is not None:
            sequence = osc52(text, tmux=bool(self._env().get("TMUX")))
            if len(sequence) <= MAX_OSC52:
                self.terminal(sequence)
                return "osc52"
        return ""

    def paste(self, mode: str = "auto") -> str | None:
        """The system clipboard's text, or None when no tool can read it."""
        if mode not in ("auto", "system"):
            return None
        tool = find_tool(self._env(), self.platform)
        if tool is None:
            return None
        return self._run(tool.paste)

    def _run(self, argv: tuple[str, ...], text: str | None = None) -> str | None:
        """Run a clipboard program (feeding it `text`); its output, or None when it failed."""
        env = dict(self._env())
        program = shutil.which(argv[0], path=env.get("PATH", os.defpath))
        if program is None:
            return None
        try:
            result = subprocess.run(
                [program, *argv[1:]],
                input=None if text is None else text.encode("utf-8", "surrogateescape"),
                stdin=subprocess.DEVNULL if text is None else None,
                # A copying tool may stay in the background to serve the selection: it must not
                # hold a pipe we wait on.
                stdout=subprocess.DEVNULL if text is not None else subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                timeout=TIMEOUT,
                check=False,
                start_new_session=True,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        if result.returncode != 0:
            return None
        return "" if text is not None else result.stdout.decode("utf-8", "surrogateescape")


def system_clipboard(extensions: dict[str, Any]) -> SystemClipboard:
    """The session's system clipboard, kept among its `extensions`."""
    found = extensions.get("system_clipboard")
    if not isinstance(found, SystemClipboard):
        found = extensions["system_clipboard"] = SystemClipboard()
    return found
