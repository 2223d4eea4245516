"""Plugins in the real `ted`: a plugin command run from the Ctrl-E prompt changes the text on
screen, and a broken plugin is reported while ted runs on."""

from __future__ import annotations

import shutil
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "plugins" / "text_tools.py"


def test_a_plugin_command_from_the_command_prompt_changes_the_text(ted_on, home, tmp_path):
    plugin = tmp_path / "elsewhere" / "text_tools.py"
    plugin.parent.mkdir()
    shutil.copy(EXAMPLE, plugin)
    path, t = ted_on("a.txt", b"alpha\nbeta\n", "--plugin", str(plugin))
    t.wait_for("alpha")
    t.command("text_tools.number_lines")
    t.wait_until(lambda: t.message.startswith("first:"), "the first prompt")
    t.type("7")
    t.key("enter")
    t.wait_until(lambda: t.message.startswith("style:"), "the style prompt")
    t.type("padded")
    t.key("enter")
    t.wait_for("7 alpha")
    t.wait_for("8 beta")
    t.key("c-z")
    t.wait_gone("7 alpha")
    t.command("wc")
    t.wait_until(lambda: t.message == "2 words, 2 lines, 11 characters", "the word count")
    t.save()
    assert path.read_bytes() == b"alpha\nbeta\n"
    assert t.quit_and_wait() == 0


def test_a_broken_plugin_is_reported_and_ted_runs(ted_on, home):
    folder = home / ".config" / "ted" / "plugins"
    folder.mkdir(parents=True)
    (folder / "broken.py").write_text("def broken(:\n", encoding="utf-8")
    shutil.copy(EXAMPLE, folder / "text_tools.py")
    path, t = ted_on("a.txt", b"one\n")
    t.wait_until(lambda: t.message.startswith("plugin broken.py, line 1: SyntaxError"), "the report")
    t.edit("x")
    t.wait_for("xone")
    t.command("wc")
    t.wait_until(lambda: t.message == "1 words, 1 lines, 5 characters", "the word count")
    t.save()
    assert path.read_bytes() == b"xone\n"
    assert t.quit_and_wait() == 0
