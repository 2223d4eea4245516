"""Saving, quitting and read-only files, checked on screen and on disk."""

from __future__ import annotations

import os
import stat

from conftest import paste


def test_ctrl_s_saves_and_clears_the_modified_mark(ted, tmp_path):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.type("x")
        assert "[+]" in t.status
        assert (tmp_path / "a.txt").read_bytes() == b"one\n"
        await t.press("c-s")
        assert (tmp_path / "a.txt").read_bytes() == b"xone\n"
        assert "[+]" not in t.status
        assert t.message == "Saved a.txt: 2 lines, 5 bytes"

    assert t.play(scenario) is None


def test_save_keeps_a_missing_final_newline_and_crlf(ted, tmp_path):
    t = ted("a.txt", b"one\r\ntwo")

    async def scenario(t):
        await t.press("end", "enter")
        await t.type("mid")
        await t.press("c-s")
        assert (tmp_path / "a.txt").read_bytes() == b"one\r\nmid\r\ntwo"

    t.play(scenario)


def test_undo_back_to_the_saved_text_is_unmodified(ted, tmp_path):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.type("x")
        await t.press("c-s")
        await t.press("c-z")
        assert "[+]" in t.status
        assert t.text == "one\n"
        await t.press("c-y")
        assert "[+]" not in t.status

    t.play(scenario)


def test_saving_an_unnamed_buffer_asks_for_a_name(ted, tmp_path):
    t = ted()
    target = tmp_path / "new.txt"

    async def scenario(t):
        assert "[unnamed]" in t.status
        await t.type("hi")
        await t.press("c-s")
        assert t.message.startswith("Save as:")
        await t.press(paste(str(target)))
        assert t.message == f"Save as: {target}"
        assert t.text == "hi"
        await t.press("enter")
        assert target.read_bytes() == b"hi"
        assert "new.txt" in t.status and "[+]" not in t.status

    t.play(scenario)


def test_save_as_prompt_escape_does_not_save(ted, tmp_path):
    t = ted()

    async def scenario(t):
        await t.type("hi")
        await t.press("c-s", "escape")
        assert t.message == "Not saved"
        assert "[+]" in t.status
        assert list(tmp_path.iterdir()) == []

    t.play(scenario)


def test_ctrl_q_on_an_unmodified_file_quits_at_once(ted):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.send("c-q")
        assert await t.exited() == 0

    assert t.play(scenario) == 0


def test_ctrl_q_asks_to_save_and_y_saves_then_quits(ted, tmp_path):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.type("x")
        await t.press("c-q")
        assert t.message == "Save changes to a.txt? (y/n/Esc)"
        assert t.app.is_running
        await t.send("y")
        assert await t.exited() == 0

    assert t.play(scenario) == 0
    assert (tmp_path / "a.txt").read_bytes() == b"xone\n"


def test_ctrl_q_answered_n_quits_without_saving(ted, tmp_path):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.type("x")
        await t.press("c-q")
        await t.send("n")
        assert await t.exited() == 0

    assert t.play(scenario) == 0
    assert (tmp_path / "a.txt").read_bytes() == b"one\n"


def test_ctrl_q_escape_cancels_the_quit(ted, tmp_path):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.type("x")
        await t.press("c-q")
        # Keys that are not answers are ignored while the question is open.
        await t.press("z", "c-k")
        assert t.text == "xone\n"
        assert t.message == "Save changes to a.txt? (y/n/Esc)"
        await t.press("escape")
        assert t.message == "Quit cancelled"
        assert t.app.is_running
        assert t.text == "xone\n"
        await t.type("y")
        assert t.text == "xyone\n"

    assert t.play(scenario) is None
    assert (tmp_path / "a.txt").read_bytes() == b"one\n"


def test_ctrl_q_answered_y_on_an_unnamed_buffer_asks_for_a_name(ted, tmp_path):
    t = ted()
    target = tmp_path / "named.txt"

    async def scenario(t):
        await t.type("hi")
        await t.press("c-q")
        assert t.message == "Save changes to [unnamed]? (y/n/Esc)"
        await t.press("y")
        assert t.message.startswith("Save as:"), t.dump()
        await t.press(paste(str(target)))
        await t.send("enter")
        assert await t.exited() == 0

    assert t.play(scenario) == 0
    assert target.read_bytes() == b"hi"


def test_command_line_abort_exits_with_status_1_without_saving(ted, tmp_path):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.type("x")
        await t.command("cq")
        assert await t.exited() == 1

    assert t.play(scenario) == 1
    assert (tmp_path / "a.txt").read_bytes() == b"one\n"


def test_command_line_wq_saves_and_quits(ted, tmp_path):
    t = ted("a.txt", "one\n")

    async def scenario(t):
        await t.type("x")
        await t.command("wq")
        assert await t.exited() == 0

    assert t.play(scenario) == 0
    assert (tmp_path / "a.txt").read_bytes() == b"xone\n"


def test_a_read_only_file_shows_ro_and_saving_asks_first(ted, tmp_path):
    t = ted("ro.txt", "one\n", mode=0o444)
    path = tmp_path / "ro.txt"

    async def scenario(t):
        assert "[RO]" in t.status
        await t.type("x")
        await t.press("c-s")
        assert "ro.txt is read-only: overwrite (o)" in t.message
        assert path.read_bytes() == b"one\n"
        await t.press("o")
        assert path.read_bytes() == b"xone\n"
        assert "[+]" not in t.status
        assert t.message.startswith("Saved ro.txt")

    t.play(scenario)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o444


def test_a_read_only_file_escape_does_not_save(ted, tmp_path):
    t = ted("ro.txt", "one\n", mode=0o444)
    path = tmp_path / "ro.txt"

    async def scenario(t):
        await t.type("x")
        await t.press("c-s", "escape")
        assert t.message == "Not saved"
        assert "[+]" in t.status
        assert path.read_bytes() == b"one\n"

    t.play(scenario)


def test_a_read_only_file_can_be_saved_under_another_name(ted, tmp_path):
    t = ted("ro.txt", "one\n", mode=0o444)
    other = tmp_path / "copy.txt"

    async def scenario(t):
        await t.type("x")
        await t.press("c-s", "a")
        default = str(tmp_path / "ro.txt")
        assert t.message == f"Save as: {default}"
        await t.press("\x7f" * len("ro.txt"), paste("copy.txt"))
        await t.press("enter")
        assert other.read_bytes() == b"xone\n"
        assert (tmp_path / "ro.txt").read_bytes() == b"one\n"
        assert "copy.txt" in t.status and "[RO]" not in t.status

    t.play(scenario)


def test_save_as_shows_an_unsafe_name_escaped_and_edits_the_real_one(ted, tmp_path):
    """The prompt draws U+202E as "<U+202E>" but the answer is the real path; the cursor moves
    over an escape as over one character."""
    t = ted("r\u202eo.txt", "one\n", mode=0o444, columns=200)

    async def scenario(t):
        await t.type("x")
        await t.press("c-s", "a")
        assert t.message == f"Save as: {tmp_path}/r<U+202E>o.txt"
        assert "\u202e" not in t.raw
        await t.press(*["left"] * len("o.txt"), "backspace")  # the escape is one character
        assert t.message == f"Save as: {tmp_path}/ro.txt"
        await t.press("left", "delete")  # the cursor stands on "r": delete it
        assert t.message == f"Save as: {tmp_path}/o.txt"
        await t.press("enter")
        assert (tmp_path / "o.txt").read_bytes() == b"xone\n"
        assert (tmp_path / "r\u202eo.txt").read_bytes() == b"one\n"

    t.play(scenario)


def test_the_read_only_question_fits_on_the_screen(ted):
    t = ted("ro.txt", "one\n", mode=0o444)

    async def scenario(t):
        await t.type("x")
        await t.press("c-s")
        shown = " ".join(t.rows)
        # Every choice must be readable, Escape included.
        assert "(o)" in shown and "(a)" in shown and "(Esc)" in shown, t.dump()

    t.play(scenario)


def test_readonly_option_refuses_edits_with_a_message(ted, tmp_path):
    t = ted("a.txt", "one\n", readonly=True)

    async def scenario(t):
        assert "[RO]" in t.status
        await t.type("x")
        assert t.text == "one\n"
        assert t.message == "a.txt is opened read-only"
        assert t.cell(0, t.size.rows - 1).bold
        await t.press("c-k")
        assert t.text == "one\n"
        assert t.text_at(0) == "one"

    t.play(scenario)


def test_saving_a_file_changed_on_disk_asks_first(ted, tmp_path):
    t = ted("a.txt", "one\n")
    path = tmp_path / "a.txt"

    async def scenario(t):
        await t.type("x")
        path.write_bytes(b"someone else\n")
        await t.press("c-s")
        assert t.message == "a.txt changed on disk since it was opened. Overwrite it? (y/n)"
        await t.press("n")
        assert t.message == "Not saved: the file on disk was left as it is"
        assert path.read_bytes() == b"someone else\n"
        await t.press("c-s", "y")
        assert path.read_bytes() == b"xone\n"
        assert "[+]" not in t.status

    t.play(scenario)


def test_a_byte_order_mark_is_shown_and_kept(ted, tmp_path):
    t = ted("bom.txt", b"\xef\xbb\xbfhi\n")

    async def scenario(t):
        assert "utf-8-bom" in t.status
        assert t.text_at(0) == "hi"
        await t.type("x")
        await t.press("c-s")

    t.play(scenario)
    assert (tmp_path / "bom.txt").read_bytes() == b"\xef\xbb\xbfxhi\n"


def test_a_missing_file_opens_empty_and_is_created_on_save(ted, tmp_path):
    t = ted("new.txt", None)

    async def scenario(t):
        assert t.message == "new.txt: new file"
        await t.type("made")
        await t.press("c-s")

    t.play(scenario)
    assert (tmp_path / "new.txt").read_bytes() == b"made"
