"""Every kind of file comes back byte for byte: untouched, or with exactly the one character
typed (R1-R6)."""

from __future__ import annotations

import codecs
import time
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Kind:
    data: bytes
    first_row: str  # what the first text row shows (after the line number) once "X" is typed
    label: str = "utf-8"  # the encoding shown in the status line
    codec: str = "utf-8"
    bom: bytes = b""

    def with_x(self) -> bytes:
        """The file's bytes with an "X" typed at the very start of the text."""
        return self.bom + "X".encode(self.codec) + self.data[len(self.bom):]


KINDS = {
    "utf8": Kind("héllo wörld ✓\nzweite Zeile\n".encode(), "Xhéllo wörld ✓"),
    "utf8-bom": Kind(codecs.BOM_UTF8 + "héllo\nzwei\n".encode(), "Xhéllo", "utf-8-bom",
                     bom=codecs.BOM_UTF8),
    "utf16le-bom": Kind(codecs.BOM_UTF16_LE + "héllo ✓\r\nzwei\r\n".encode("utf-16-le"),
                        "Xhéllo ✓", "utf-16le", "utf-16-le", codecs.BOM_UTF16_LE),
    "utf16be-bom": Kind(codecs.BOM_UTF16_BE + "héllo ✓\nzwei\n".encode("utf-16-be"),
                        "Xhéllo ✓", "utf-16be", "utf-16-be", codecs.BOM_UTF16_BE),
    "invalid-utf8": Kind(b"caf\xe9 \xff\xfe\nok \xc3\n", r"Xcaf\xe9 \xff\xfe"),
    "nul-bytes": Kind(b"a\x00b\x00\nc\x00\n", "Xa^@b^@"),
    "crlf": Kind(b"one\r\ntwo\r\nthree\r\n", "Xone"),
    "lone-cr": Kind(b"one\rtwo\rthree\r", "Xone"),
    "mixed-endings": Kind(b"lf\ncrlf\r\ncr\rlast\r\nend", "Xlf"),
    "no-final-newline": Kind(b"first\nsecond", "Xfirst"),
    "empty": Kind(b"", "X"),
}


def first_text_row(t) -> str:
    """Row 0 without its line-number gutter."""
    number, _, text = t.row(0).lstrip().partition(" ")
    assert number == "1", t.dump()
    return text


@pytest.mark.parametrize("name", KINDS)
def test_one_character_typed_at_the_start(ted_on, name):
    kind = KINDS[name]
    path, t = ted_on(f"{name}.txt", kind.data)
    assert f"  {kind.label}  " in t.status
    t.edit("X")
    assert first_text_row(t) == kind.first_row
    t.save()
    assert path.read_bytes() == kind.with_x()
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == kind.with_x()


@pytest.mark.parametrize("name", KINDS)
def test_open_and_save_without_an_edit(ted_on, tmp_path, name):
    kind = KINDS[name]
    path, t = ted_on(f"{name}.txt", kind.data)
    t.command("w")
    t.wait_message()
    assert "[+]" not in t.status
    assert path.read_bytes() == kind.data
    t.save()
    assert path.read_bytes() == kind.data
    assert t.quit_and_wait() == 0
    assert path.read_bytes() == kind.data
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["home", path.name])


def test_typed_then_undone_saves_the_original_bytes(ted_on):
    data = b"caf\xe9\r\nno newline at the end"
    path, t = ted_on("undo.txt", data)
    t.edit("abc")
    t.key("c-z")
    t.wait_until(lambda: "[+]" not in t.status, "undo back to the saved state")
    t.save()
    assert path.read_bytes() == data
    assert t.quit_and_wait() == 0


def test_new_line_in_a_crlf_file_gets_crlf(ted_on):
    path, t = ted_on("dos.txt", b"one\r\ntwo\r\n")
    assert "CRLF" in t.status
    t.type("zero")
    t.key("enter")
    t.wait_until(lambda: "Ln 2, Col 1" in t.status, "the new line")
    t.save()
    assert path.read_bytes() == b"zero\r\none\r\ntwo\r\n"
    assert t.quit_and_wait() == 0


WIDE = {
    "utf8": "€",
    "utf8-bom": "😀",
    "utf16le-bom": "😀",
    "utf16be-bom": "€",
    "invalid-utf8": "é",
    "crlf": "漢",
}


@pytest.mark.parametrize("name", WIDE)
def test_non_ascii_character_typed_at_the_start(ted_on, name):
    kind, typed = KINDS[name], WIDE[name]
    path, t = ted_on(f"{name}.txt", kind.data)
    t.edit(typed)
    assert typed in t.row(0)
    assert "Col 2" in t.status
    t.save()
    expected = kind.bom + typed.encode(kind.codec) + kind.data[len(kind.bom):]
    assert path.read_bytes() == expected
    assert t.quit_and_wait() == 0


def test_large_file_with_odd_bytes_round_trips(ted_on):
    """Over 1 MiB, ted keeps the bytes with a line index instead of decoding them all."""
    block = b"plain line\ncrlf line\r\nlone cr\rnul\x00byte \xff\xfe invalid\n"
    data = block * ((1 << 20) // len(block) + 100) + b"no newline at the end"
    assert len(data) > 1 << 20
    path, t = ted_on("large.txt", data)
    assert "plain line" in t.row(0)
    t.command("w")
    t.wait_message()
    assert path.read_bytes() == data
    t.key("c-home")
    t.type("X")
    t.key("c-end")
    t.type("Y")
    t.wait_until(lambda: "endY" in t.screen_text(), "the Y at the end")
    t.save()
    assert path.read_bytes() == b"X" + data + b"Y"
    assert t.quit_and_wait() == 0


def test_utf16_file_of_odd_length_is_read_as_bytes(ted_on):
    data = codecs.BOM_UTF16_LE + b"h\x00i\x00\n"
    path, t = ted_on("odd.txt", data)
    t.type("X")
    t.save()
    assert path.read_bytes() == b"X" + data
    assert t.quit_and_wait() == 0


def test_one_mebibyte_single_line_opens_and_saves_quickly(ted, tmp_path):
    """R7: a 1 MiB line holding NUL and invalid bytes opens and saves in under 2 s each."""
    data = (b"abc\x00def \xff" * (1 << 17))[: 1 << 20]
    path = tmp_path / "long.txt"
    path.write_bytes(data)
    started = time.monotonic()
    t = ted(path)
    assert time.monotonic() - started < 2.0, "opening took too long"
    assert t.row(0).startswith(r" 1 abc^@def \xffabc")
    t.edit("X")
    started = time.monotonic()
    t.save()
    assert time.monotonic() - started < 2.0, "saving took too long"
    assert path.read_bytes() == b"X" + data
    t.key("c-end")
    t.type("Y")
    t.wait_until(lambda: f"Col {len(data) + 3}" in t.status, "the Y at the end of the line")
    t.save()
    assert path.read_bytes() == b"X" + data + b"Y"
    assert t.quit_and_wait() == 0
