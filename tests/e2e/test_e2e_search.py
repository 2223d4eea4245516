"""Search and replace in the real `ted` in a pseudo-terminal: the Find prompt with its option
keys, and a replace-all from the command palette saved to disk."""

from __future__ import annotations

DATA = b"level=info id=1\nlevel=warn id=22\nlevel=info id=333\n"


def test_find_with_option_keys_then_replace_all_from_the_palette(ted_on):
    path, t = ted_on("app.log", DATA)
    t.key("c-f")
    t.wait_until(lambda: t.message.startswith("Find:"), "the Find prompt")
    t.type("id=\\d+")
    t.send(b"\x1br")
    t.wait_until(lambda: t.message.startswith("Find [regex]: id=\\d+"), "the regex label")
    t.wait_until(lambda: "Ln 1, Col 16" in t.status, "the preview to select the first match")
    t.key("enter")
    t.wait_until(lambda: t.message == "1 of 3", "the match count")

    t.key("c-p")
    t.wait_until(lambda: t.message.startswith("Command:"), "the palette")
    t.type("search.replace_all 'level=(\\w+)' '[\\1]'")
    t.key("enter")
    t.wait_until(lambda: t.message == "Replaced 3", "the replace-all")
    assert t.row(1).split() == ["2", "[warn]", "id=22"]
    t.save()
    assert path.read_bytes() == b"[info] id=1\n[warn] id=22\n[info] id=333\n"
    assert t.quit_and_wait() == 0
