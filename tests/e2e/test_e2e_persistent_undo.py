"""persistent_undo in the real `ted`: edit, save and quit, open the file again, undo into the
last session; the file on disk changes only when saved."""

from __future__ import annotations

import json
import stat
from pathlib import Path

NOTES = b"first line\r\nbad \xff byte\r\n"


def turn_on(home: Path) -> None:
    config = home / ".config" / "ted"
    config.mkdir(parents=True)
    (config / "config.toml").write_text("persistent_undo = true\n", encoding="utf-8")


def test_undo_goes_back_into_the_previous_session(ted_on, ted, home):
    turn_on(home)
    path, t = ted_on("notes.txt", NOTES)
    t.edit("Hello")
    t.save()
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == b"Hellofirst line\r\nbad \xff byte\r\n"
    stores = list((home / ".local" / "state" / "ted" / "undo").iterdir())
    assert [stat.S_IMODE(store.stat().st_mode) for store in stores] == [0o600]
    assert json.loads(stores[0].read_bytes())["path"] == str(path.resolve())

    again = ted(path)
    assert "Hellofirst line" in again.row(0)
    assert "[+]" not in again.status
    again.key("c-z")
    again.wait_until(lambda: again.row(0).split() == ["1", "first", "line"], "the undone edit")
    assert "[+]" in again.status
    assert "bad \\xff byte" in again.row(1)
    assert path.read_bytes() == b"Hellofirst line\r\nbad \xff byte\r\n", "written before Ctrl-S"
    again.key("c-z")
    again.wait_for("Nothing to undo")
    again.save()
    assert path.read_bytes() == NOTES
    assert again.quit_and_wait() == 0


def test_a_file_changed_between_sessions_opens_with_a_fresh_history(ted_on, ted, home):
    turn_on(home)
    path, t = ted_on("notes.txt", NOTES)
    t.edit("Hello")
    t.save()
    assert t.quit_and_wait() == 0
    path.write_bytes(b"changed elsewhere\n")

    again = ted(path)
    assert again.row(0).split() == ["1", "changed", "elsewhere"]
    again.key("c-z")
    again.wait_for("Nothing to undo")
    assert list((home / ".local" / "state" / "ted" / "undo").iterdir()) == []
    assert again.quit_and_wait() == 0
    assert path.read_bytes() == b"changed elsewhere\n"
