"""Column (block) selection in the real `ted`: Alt+Shift+arrows make a block, typing replaces
it on every line, and the file on disk gets every line's change."""

from __future__ import annotations

# xterm's Alt+Shift+Down and Alt+Shift+Right.
ALT_SHIFT_DOWN = b"\x1b[1;4B"
ALT_SHIFT_RIGHT = b"\x1b[1;4C"


def test_type_into_a_block_and_save(ted_on):
    path, t = ted_on("table.txt", b"id\tname\n1\tann\n22\tbob\nend\n")
    # The block starts after the first character of each line and covers one character.
    t.key("right")
    t.send(ALT_SHIFT_DOWN)
    t.send(ALT_SHIFT_DOWN)
    t.send(ALT_SHIFT_RIGHT)
    # The primary cursor is at the moving corner: line 3, after its second character.
    t.wait_until(lambda: "Ln 3, Col 3" in t.status, "the block's corner on line 3")
    t.edit("#")
    t.wait_for("i#")
    assert t.row(0).split() == ["1", "i#", "name"]
    # Line 2's tab covered the block's column: it was replaced; line 4 was not in the block.
    assert t.row(1).split() == ["2", "1#ann"]
    assert t.row(3).split() == ["4", "end"]
    t.save()
    assert path.read_bytes() == b"i#\tname\n1#ann\n2#\tbob\nend\n"
    assert t.quit_and_wait() == 0
