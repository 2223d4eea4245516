"""Saving never overwrites what it should not without asking: read-only files (R14) and files
changed on disk by someone else (R18)."""

from __future__ import annotations

import os
import stat


def test_read_only_file_asks_and_escape_keeps_it(ted_on, tmp_path):
    path, t = ted_on("ro.txt", b"keep me\n", mode=0o444)
    assert "[RO]" in t.status
    t.edit("X")
    t.key("c-s")
    t.wait_until(lambda: "read-only" in t.message and "overwrite" in t.message, "the question")
    assert "ro.txt" in t.message
    t.key("escape")
    t.wait_until(lambda: "read-only" not in t.message, "the question to go")
    assert t.still_running()
    assert "[+]" in t.status and "[RO]" in t.status
    assert path.read_bytes() == b"keep me\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    t.command("cq")
    assert t.wait_exit() == 1
    assert path.read_bytes() == b"keep me\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "ro.txt"]


def test_read_only_file_overwritten_only_when_asked(ted_on):
    path, t = ted_on("ro.txt", b"old\n", mode=0o444)
    t.edit("X")
    t.answer("c-s", "read-only", "o")
    t.wait_until(lambda: t.message.startswith("Saved"), "the save")
    assert path.read_bytes() == b"Xold\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert t.quit_and_wait() == 0


def test_file_changed_on_disk_asks_and_n_keeps_theirs(ted_on):
    path, t = ted_on("shared.txt", b"ours\n")
    t.edit("X")
    path.write_bytes(b"theirs, written while ted had the file open\n")
    t.key("c-s")
    t.wait_until(lambda: "changed on disk" in t.message, "the question")
    assert "shared.txt" in t.message and "Overwrite it? (y/n)" in t.message
    t.type("n")
    t.wait_until(lambda: "changed on disk" not in t.message, "the question to go")
    assert path.read_bytes() == b"theirs, written while ted had the file open\n"
    assert "[+]" in t.status
    t.answer("c-q", "Save changes to shared.txt?", "n")
    assert t.wait_exit() == 0
    assert path.read_bytes() == b"theirs, written while ted had the file open\n"


def test_file_changed_on_disk_same_size_is_noticed(ted, tmp_path):
    path = tmp_path / "shared.txt"
    path.write_bytes(b"ours\n")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    t = ted(path)
    t.edit("X")
    path.write_bytes(b"them\n")  # same size, new modification time
    t.answer("c-s", "changed on disk", "y")
    t.wait_until(lambda: t.message.startswith("Saved"), "the save")
    assert path.read_bytes() == b"Xours\n"
    assert t.quit_and_wait() == 0


def test_file_deleted_on_disk_asks_before_saving(ted_on):
    path, t = ted_on("gone.txt", b"ours\n")
    t.edit("X")
    path.unlink()
    t.answer("c-s", "changed on disk", "n")
    t.wait_until(lambda: "changed on disk" not in t.message, "the question to go")
    assert not path.exists()
    t.command("cq")
    assert t.wait_exit() == 1
    assert not path.exists()


def test_save_keeps_mode_links_and_the_folder_clean(ted, tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "target.txt"
    path.write_bytes(b"shared\n")
    path.chmod(0o640)
    (folder / "hardlink.txt").hardlink_to(path)
    (folder / "symlink.txt").symlink_to("target.txt")
    t = ted(folder / "symlink.txt")
    t.type("X")
    t.save()
    assert t.quit_and_wait() == 0
    assert (folder / "symlink.txt").is_symlink()
    assert os.readlink(folder / "symlink.txt") == "target.txt"
    assert path.read_bytes() == b"Xshared\n"
    assert (folder / "hardlink.txt").read_bytes() == b"Xshared\n"
    assert path.stat().st_nlink == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in folder.iterdir()) == ["hardlink.txt", "symlink.txt", "target.txt"]


def test_unnamed_buffer_asks_for_a_name(ted, tmp_path):
    t = ted(cwd=tmp_path)
    assert "[unnamed]" in t.status
    t.edit("draft")
    t.key("c-s")
    t.wait_for("Save as:")
    t.type("draft.txt")
    t.key("enter")
    t.wait_until(lambda: t.message.startswith("Saved"), "the save")
    assert "draft.txt" in t.status and "[+]" not in t.status
    assert (tmp_path / "draft.txt").read_bytes() == b"draft"
    assert t.quit_and_wait() == 0


def test_readonly_option_refuses_edits(ted_on):
    path, t = ted_on("look.txt", b"look only\n", "--readonly")
    assert "[RO]" in t.status
    t.type("X")
    t.wait_until(lambda: "read-only" in t.message, "a message saying the file is read-only")
    assert "[+]" not in t.status
    assert "Xlook" not in t.screen_text()
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == b"look only\n"
