"""Finding where a key is defined in a TOML file, so that errors can name the line.

tomllib returns plain dictionaries without positions; a key's line is found again in the text.
"""

from __future__ import annotations

import re
import tomllib

_TOML_WHERE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")


def line_of(text: str, key: str) -> int:
    """The line where `key` is defined in a TOML text (1-based; 0 when not found)."""
    quoted = re.escape(key)
    pattern = re.compile(
        rf'^[ \t]*(?:"{quoted}"|\'{quoted}\'|{quoted})[ \t]*=|^[ \t]*\[[ \t]*{quoted}[ \t]*\]', re.M
    )
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def line_in_table(text: str, table: str, key: str) -> int:
    """The line where `key` is defined inside the `[table]` section (1-based; falls back to
    `line_of` when the section header is not found)."""
    header = re.compile(rf'^[ \t]*\[[ \t]*(?:"{re.escape(table)}"|{re.escape(table)})[ \t]*\]', re.M).search(text)
    if header is None:
        return line_of(text, key)
    offset = text.count("\n", 0, header.end())
    found = line_of(text[header.end() :], key)
    return offset + found if found else line_of(text, key)


def syntax_error(text: str, error: tomllib.TOMLDecodeError) -> tuple[int, str]:
    """(line, message) for a TOML syntax error: tomllib names the line only in its message
    ("at end of document" is the last line), which is moved out of the message."""
    message = str(error)
    where = _TOML_WHERE.search(message)
    if not where:
        return 0, f"invalid TOML: {message}"
    what = f"invalid TOML: {message[: where.start()]}"
    if where[1] is None:
        return max(len(text.splitlines()), 1), what
    return int(where[1]), f"{what} (column {where[2]})"
