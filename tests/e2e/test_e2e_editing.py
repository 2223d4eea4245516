"""Editing a file in ted as a person does: type, save, quit, answer its questions."""

from __future__ import annotations

import signal
import sys
import termios
from pathlib import Path

import pytest

QUESTION = "Save changes to notes.txt? (y/n/Esc)"


NOTES = b"first line\nsecond line\nthird line\n"


def notes(tmp_path: Path, data: bytes = NOTES) -> Path:
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    return path


def test_type_save_quit(ted_on):
    path, t = ted_on("notes.txt", NOTES)
    assert t.row(0).split() == ["1", "first", "line"]
    assert "notes.txt" in t.status and "[+]" not in t.status
    assert "Ln 1, Col 1" in t.status

    t.edit("Hello, ")
    assert t.status.lstrip().startswith("notes.txt [+]")
    assert "Ln 1, Col 8" in t.status
    assert "Hello, first line" in t.row(0)
    assert path.read_bytes() == NOTES, "saved before Ctrl-S"

    t.save()
    assert "[+]" not in t.status
    assert path.read_bytes() == b"Hello, first line\nsecond line\nthird line\n"
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == b"Hello, first line\nsecond line\nthird line\n"


def test_new_lines_undo_and_go_to_line(ted_on):
    path, t = ted_on("notes.txt", NOTES)
    t.key("c-end")
    t.type("fourth")
    t.key("enter")
    t.type("fifth")
    t.wait_for("fifth")
    t.key("c-z")
    t.wait_gone("fifth")
    t.key("c-g")
    t.wait_until(lambda: t.message != "", "the go-to-line prompt")
    t.type("2")
    t.key("enter")
    t.wait_until(lambda: "Ln 2, Col 1" in t.status, "the cursor on line 2")
    t.type(">")
    t.save()
    assert path.read_bytes() == b"first line\n>second line\nthird line\nfourth\n"
    assert t.quit_and_wait() == 0


def test_quit_unsaved_escape_cancels_then_n_discards(ted_on):
    path, t = ted_on("notes.txt", NOTES)
    t.edit("X")
    t.answer("c-q", QUESTION, "escape")
    t.wait_gone(QUESTION)
    assert t.still_running(), "Escape at the quit question must not quit"
    assert "[+]" in t.status
    assert "Xfirst line" in t.row(0)

    t.answer("c-q", QUESTION, "n")
    assert t.wait_exit() == 0
    assert path.read_bytes() == NOTES


def test_quit_unsaved_y_saves(ted_on):
    path, t = ted_on("notes.txt", NOTES)
    t.edit("X")
    t.answer("c-q", QUESTION, "y")
    assert t.wait_exit() == 0
    assert path.read_bytes() == b"Xfirst line\nsecond line\nthird line\n"


def test_plus_line_puts_cursor_on_that_line(ted_on):
    path, t = ted_on("notes.txt", NOTES, "+3")
    assert "Ln 3, Col 1" in t.status
    t.type("X")
    t.save()
    assert path.read_bytes() == b"first line\nsecond line\nXthird line\n"
    assert t.quit_and_wait() == 0


def test_file_colon_line_colon_column(ted, tmp_path):
    path = notes(tmp_path)
    t = ted(f"{path}:3:2")
    assert "notes.txt" in t.status
    assert "Ln 3, Col 2" in t.status
    t.type("X")
    t.save()
    assert path.read_bytes() == b"first line\nsecond line\ntXhird line\n"
    assert t.quit_and_wait() == 0
    assert not Path(f"{path}:3:2").exists()


def test_missing_file_is_created_on_first_save(ted, tmp_path):
    path = tmp_path / "new.txt"
    t = ted(path)
    assert "new.txt" in t.status
    assert "new file" in t.message
    assert not path.exists(), "opening a missing file must not create it"
    t.edit("brand new")
    assert not path.exists()
    t.save()
    assert path.read_bytes() == b"brand new"
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == b"brand new"


def test_missing_file_quit_without_edit_creates_nothing(ted, tmp_path):
    path = tmp_path / "never.txt"
    t = ted(path)
    assert t.quit_and_wait() == 0
    assert not path.exists()


def test_stdin_dash_reads_the_pipe_and_keys_from_the_terminal(spawn, tmp_path, ted_shell_command):
    pipeline = f"printf 'from a pipe\\nsecond\\n' | {ted_shell_command} -"
    t = spawn(["sh", "-c", pipeline], cwd=tmp_path)
    t.wait_ready()
    t.wait_for("from a pipe")
    assert "second" in t.row(1)
    t.type("X")
    t.wait_for("Xfrom a pipe")
    assert "[+]" in t.status
    t.answer("c-q", "Save changes to", "n")
    assert t.wait_exit() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_resize_moves_the_status_line(ted, tmp_path):
    t = ted(notes(tmp_path))
    assert "Ln 1, Col 1" in t.row(22)
    t.resize(30, 100)
    t.wait_until(lambda: "Ln 1, Col 1" in t.row(28), "the status line on row 28")
    assert "notes.txt" in t.row(28)
    assert "Ln 1" not in t.row(22)
    assert t.row(28).rstrip().endswith("LF")
    assert len(t.screen.display[28].rstrip()) > 80, "the status line fills the wider terminal"
    t.resize(12, 60)
    t.wait_until(lambda: "Ln 1, Col 1" in t.row(10), "the status line on row 10")
    assert "first line" in t.row(0)
    assert t.quit_and_wait() == 0


def test_tiny_terminal_and_back_draws_as_before(ted_on):
    path, t = ted_on("notes.txt", NOTES)
    before = t.screen_text()
    for rows, columns in [(6, 2), (1, 1), (3, 4)]:
        t.resize(rows, columns)
        assert t.still_running(0.3), f"ted ended on a {rows}x{columns} terminal"
    t.resize(24, 80)
    t.wait_until(lambda: "Ln 1, Col 1" in t.row(22), "the status line back on row 22")
    t.wait_until(lambda: t.screen_text() == before, "the same drawing as before the resizes",
                 timeout=2)
    t.edit("X")
    assert t.row(0) == " 1 Xfirst line"
    t.save()
    assert path.read_bytes() == b"Xfirst line\nsecond line\nthird line\n"
    assert t.quit_and_wait() == 0


def test_bracketed_paste_takes_the_files_line_ending(ted_on):
    path, t = ted_on("dos.txt", b"end\r\n")
    t.send(b"\x1b[200~one\rtwo\r\x1b[201~")  # xterm sends pasted line breaks as CR
    t.wait_for("[+]")
    assert [t.row(y) for y in range(3)] == [" 1 one", " 2 two", " 3 end"]
    t.save()
    assert path.read_bytes() == b"one\r\ntwo\r\nend\r\n"
    t.key("c-z")
    t.wait_until(lambda: "[+]" in t.status and "one" not in t.screen_text(), "one undo step")
    assert t.row(0) == " 1 end"
    t.save()
    assert path.read_bytes() == b"end\r\n"
    assert t.quit_and_wait() == 0


def test_line_past_the_end_goes_to_the_last_line(ted, tmp_path):
    path = notes(tmp_path, b"one\ntwo\nthree")
    t = ted(f"{path}:999")
    assert "Ln 3" in t.status
    t.type("X")
    t.save()
    assert path.read_bytes() == b"one\ntwo\nXthree"
    assert t.quit_and_wait() == 0


def _cooked(modes: list) -> bool:
    lflag = modes[3]
    return bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO)


def assert_terminal_restored(t) -> None:
    raw = t.raw
    assert b"\x1b[?1049h" in raw, "ted did not use the alternate screen"
    assert raw.rfind(b"\x1b[?1049l") > raw.rfind(b"\x1b[?1049h"), "still on the alternate screen"
    assert raw.rfind(b"\x1b[?1000l") > raw.rfind(b"\x1b[?1000h"), "mouse tracking left on"
    assert raw.rfind(b"\x1b[?25h") > raw.rfind(b"\x1b[?25l"), "cursor left hidden"
    assert _cooked(t.terminal_modes()), "terminal left in raw mode"


def test_quit_restores_the_terminal(ted, tmp_path):
    t = ted(notes(tmp_path))
    assert not _cooked(t.terminal_modes()), "ted runs the terminal in raw mode"
    assert t.quit_and_wait() == 0
    assert_terminal_restored(t)


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_signal_quits_cleanly_and_restores_the_terminal(ted, tmp_path, signal_name):
    number = getattr(signal, signal_name)
    path = notes(tmp_path)
    err = tmp_path / "stderr"
    t = ted(path, stderr_path=err)
    t.edit("X")
    t.proc.send_signal(number)
    assert t.wait_exit() == 128 + number
    assert_terminal_restored(t)
    assert err.read_text() == ""
    assert path.read_bytes() == NOTES


def test_closing_the_terminal_ends_ted_like_sighup(ted, tmp_path):
    """A terminal window closed under ted: it hangs up, ted ends as on SIGHUP, not as a crash,
    and the file is left as it was on disk."""
    path = notes(tmp_path)
    err = tmp_path / "stderr"
    t = ted(path, stderr_path=err)
    t.edit("X")
    t.hang_up()
    assert t.wait_exit(5) == 128 + signal.SIGHUP
    assert "crash" not in err.read_text(), err.read_text()
    assert path.read_bytes() == NOTES


# Make the pane's drawing fail once the text holds "BOOM": a fault inside ted itself, not in a
# command, which must still leave the person's terminal usable and the file untouched.
CRASHING_TED = """
import sys
from editor.ui import pane
from editor.cli import main

drawing = pane.PaneControl.create_content

def create_content(self, width, height):
    if "BOOM" in self.pane.view.document.text.line(0):
        raise RuntimeError("drawing failed")
    return drawing(self, width, height)

pane.PaneControl.create_content = create_content
sys.exit(main())
"""


def test_a_crash_restores_the_terminal_and_keeps_the_file(spawn, tmp_path):
    path = notes(tmp_path)
    err = tmp_path / "stderr"
    t = spawn([sys.executable, "-c", CRASHING_TED, str(path)], stderr_path=err)
    t.wait_ready()
    t.type("BOOM")
    assert t.wait_exit() == 70
    assert_terminal_restored(t)
    assert "ted: crashed: RuntimeError: drawing failed" in err.read_text()
    assert path.read_bytes() == NOTES
