"""Lossless decoding and encoding of file bytes.

Every byte sequence decodes to text that encodes back to the same bytes:

- UTF-8 is decoded with `surrogateescape`, so bytes that are not valid UTF-8 become lone
  surrogates (U+DC80..U+DCFF) in the text and are written back unchanged; no U+FFFD is produced.
- A UTF-8 or UTF-16 byte order mark is file metadata, not text: it is stripped on load and
  written back on save, so the cursor can never stand before it.
- UTF-16 uses `surrogatepass`, so unpaired surrogates survive; a "UTF-16" file whose length is
  odd is not UTF-16 and is read as UTF-8 instead.
"""

from __future__ import annotations

import codecs
from collections import Counter
from dataclasses import dataclass

LINE_ENDINGS = ("\r\n", "\n", "\r")
ENDING_NAMES = {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}


@dataclass(frozen=True)
class Codec:
    """A Python codec plus the error handler that makes it lossless."""

    name: str
    errors: str

    def decode(self, data: bytes) -> str:
        """Decode bytes; never fails for the error handlers used here."""
        return data.decode(self.name, self.errors)

    def encode(self, text: str) -> bytes:
        """Encode text back to the exact bytes it was decoded from."""
        return text.encode(self.name, self.errors)


UTF8 = Codec("utf-8", "surrogateescape")
UTF16LE = Codec("utf-16-le", "surrogatepass")
UTF16BE = Codec("utf-16-be", "surrogatepass")

_BOMS = (
    (codecs.BOM_UTF8, UTF8, "utf-8-bom"),
    (codecs.BOM_UTF16_LE, UTF16LE, "utf-16le"),
    (codecs.BOM_UTF16_BE, UTF16BE, "utf-16be"),
)


@dataclass(frozen=True)
class FileFormat:
    """How a document's text maps to bytes on disk."""

    codec: Codec = UTF8
    bom: bytes = b""
    label: str = "utf-8"
    newline: str = "\n"

    @property
    def newline_name(self) -> str:
        """LF, CRLF or CR: the ending new lines get."""
        return ENDING_NAMES[self.newline]


def detect_codec(data: bytes) -> tuple[Codec, bytes, str]:
    """Pick the codec for `data` from its byte order mark; return (codec, bom, label)."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            if codec is not UTF8 and (len(data) - len(bom)) % 2:
                break
            return codec, bom, label
    return UTF8, b"", "utf-8"


def invalid_byte_count(text: str) -> int:
    """How many bytes of a surrogate-escaped text were not valid in its encoding."""
    return sum(1 for ch in text if "\udc80" <= ch <= "\udcff")


def dominant_ending(counts: Counter[str]) -> str:
    """The most common line ending (LF when there are none or on a tie with LF)."""
    if not counts:
        return "\n"
    best = max(counts.values())
    for ending in ("\n", "\r\n", "\r"):
        if counts.get(ending, 0) == best:
            return ending
    return "\n"
