"""How characters occupy terminal cells, and how unsafe ones are shown.

Display columns are a view concern: text positions count code points, the screen counts cells.
Tabs advance to the next tab stop; wide characters (CJK, most emoji) take two cells; combining
marks take none. Characters that could steer the terminal or reorder text (C0/C1 controls, DEL,
bidi controls, line/paragraph separators, BOM) and bytes that were not valid in the file's
encoding are never sent raw: they are shown as visible escapes such as ^[, <U+202E> or \\xff.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from wcwidth import wcwidth

_BIDI = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_SEPARATORS = frozenset("\u2028\u2029\ufeff\ufff9\ufffa\ufffb")


@lru_cache(maxsize=4096)
def char_display(ch: str) -> tuple[str, int, bool]:
    """(text to draw, cells it takes, whether it is an escape) for one non-tab character."""
    code = ord(ch)
    if code < 0x20:
        return "^" + chr(code + 0x40), 2, True
    if code == 0x7F:
        return "^?", 2, True
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}", 4, True
    if 0x80 <= code <= 0x9F or ch in _BIDI or ch in _SEPARATORS:
        return f"<U+{code:04X}>", len(f"<U+{code:04X}>"), True
    category = unicodedata.category(ch)
    if category in ("Cs", "Co", "Cn") or (category == "Cf" and ch not in "\u200d"):
        label = f"<U+{code:04X}>"
        return label, len(label), True
    width = wcwidth(ch)
    if width < 0:
        label = f"<U+{code:04X}>"
        return label, len(label), True
    return ch, width, False


def sanitize(text: str) -> str:
    """Text safe to put anywhere on screen (status line, messages): every unsafe character
    replaced by its visible escape."""
    if text.isprintable() and text.isascii():
        return text
    return "".join(ch if ch == "\t" else char_display(ch)[0] for ch in text).replace("\t", "^I")


def advance(ch: str, column: int, tab_width: int) -> int:
    """The display column after drawing `ch` at `column`."""
    if ch == "\t":
        return column + tab_width - column % tab_width
    return column + char_display(ch)[1]


def _plain(text: str) -> bool:
    """True when every character of `text` takes exactly one cell (printable ASCII): then
    display columns equal code-point columns, checked at C speed even on a 5 MB line."""
    return text.isascii() and text.isprintable()


def display_column(line: str, col: int, tab_width: int) -> int:
    """The display column where code-point column `col` of `line` starts."""
    if _plain(line[:col]):
        return min(col, len(line))
    column = 0
    for ch in line[:col]:
        column = advance(ch, column, tab_width)
    return column


def column_at(line: str, target: int, tab_width: int) -> int:
    """The code-point column of the character drawn at display column `target` (the end of
    the line when it is shorter)."""
    if _plain(line[: target + 1]):
        return min(target, len(line))
    column = 0
    for index, ch in enumerate(line):
        following = advance(ch, column, tab_width)
        if following > target:
            return index
        column = following
    return len(line)
