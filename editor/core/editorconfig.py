"""EditorConfig (https://editorconfig.org): per-project indentation, line endings and the like.

The `editorconfig` package finds and parses the `.editorconfig` files above a document's path
(stopping at `root = true`; nearer files and later sections win). Only these properties are
used, each turned into a plain value with its range checked, so a `.editorconfig` can change
formatting and nothing else:

- indent_style, indent_size -> the document's indent unit (a tab, or spaces x size);
- tab_width -> its tab width (1 to 16);
- max_line_length -> its ruler ("off" for none);
- end_of_line, charset -> the line ending and encoding of a NEW file (an existing file keeps its
  own: ted never changes what it read);
- trim_trailing_whitespace, insert_final_newline -> done when a changed document is saved, as
  one undo step just before the bytes are written (`fix_before_save`). A document saved without
  changes is written back byte for byte, and `insert_final_newline = false` removes nothing.

A `.editorconfig` that cannot be parsed, or a value out of range, is reported with the file (and
the line when known) and ignored; it never stops a file from opening.

A `.editorconfig` is project-local configuration: it is used only once the user has trusted that
exact file (`editorconfig.trust`, kept by path and content hash in `editor.core.trust`); until
then, and again after it changes, the buffer opens with the user's own settings and a message
says how to trust it.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import editorconfig

from editor.core.document import Document
from editor.core.encoding import UTF8, UTF16BE, UTF16LE, FileFormat
from editor.core.selection import Selections
from editor.core.text import Pos
from editor.core.trust import is_trusted

ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}
CHARSETS = {
    "utf-8": (UTF8, b"", "utf-8"),
    "utf-8-bom": (UTF8, codecs.BOM_UTF8, "utf-8-bom"),
    "utf-16le": (UTF16LE, codecs.BOM_UTF16_LE, "utf-16le"),
    "utf-16be": (UTF16BE, codecs.BOM_UTF16_BE, "utf-16be"),
}
MAX_RULER = 1000


@dataclass
class Resolved:
    """What the `.editorconfig` files say about one path, in ted's terms."""

    settings: dict[str, Any] = field(default_factory=dict)
    newline: str | None = None
    charset: str | None = None
    problems: list[str] = field(default_factory=list)


def _number(raw: dict[str, str], key: str, low: int, high: int, problems: list[str]) -> int | None:
    """The whole number `raw[key]` within low..high, or None (reported when it is not)."""
    value = raw.get(key)
    if value is None:
        return None
    if value.isdigit() and low <= int(value) <= high:
        return int(value)
    problems.append(f"{key} = {value!r}: expected a whole number from {low} to {high}")
    return None


def _flag(raw: dict[str, str], key: str, problems: list[str]) -> bool | None:
    """The boolean `raw[key]`, or None."""
    value = raw.get(key)
    if value is None or value == "unset":
        return None
    if value in ("true", "false"):
        return value == "true"
    problems.append(f"{key} = {value!r}: expected true or false")
    return None


def resolve(path: Path) -> Resolved:
    """The EditorConfig properties for `path`, mapped to ted's settings."""
    found = Resolved()
    try:
        raw = editorconfig.get_properties(os.path.abspath(os.fsdecode(path)))
    except editorconfig.EditorConfigError as error:
        source = getattr(error, "source", "") or ".editorconfig"
        lines = getattr(error, "errors", None) or [(0, str(error))]
        found.problems += [f"{source}:{line}: cannot parse {text}" for line, text in lines]
        return found
    except (OSError, ValueError, RecursionError, UnicodeError) as error:
        found.problems.append(f".editorconfig for {path}: {error}")
        return found
    problems: list[str] = []
    raw = {key: value for key, value in raw.items() if value != "unset"}
    tab = _number(raw, "tab_width", 1, 16, problems)
    size = None if raw.get("indent_size") == "tab" else _number(raw, "indent_size", 1, 16, problems)
    style = raw.get("indent_style")
    if tab is not None:
        found.settings["tab_width"] = tab
    if style == "tab":
        found.settings["indent"] = "\t"
    elif style == "space" or (style is None and size is not None):
        width = size or tab
        if width:
            found.settings["indent"] = " " * width
    elif style is not None:
        problems.append(f"indent_style = {style!r}: expected tab or space")
    ruler = raw.get("max_line_length")
    if ruler == "off":
        found.settings["ruler"] = 0
    elif ruler is not None:
        column = _number(raw, "max_line_length", 1, MAX_RULER, problems)
        if column is not None:
            found.settings["ruler"] = column
    for key in ("trim_trailing_whitespace", "insert_final_newline"):
        value = _flag(raw, key, problems)
        if value is not None:
            found.settings[key] = value
    ending = raw.get("end_of_line")
    if ending is not None:
        if ending in ENDINGS:
            found.newline = ENDINGS[ending]
        else:
            problems.append(f"end_of_line = {ending!r}: expected lf, crlf or cr")
    charset = raw.get("charset")
    if charset is not None:
        if charset in CHARSETS:
            found.charset = charset
        else:
            problems.append(f"charset = {charset!r}: ted writes new files as {', '.join(CHARSETS)}")
    found.problems = [f".editorconfig for {path.name}: {problem}" for problem in problems]
    return found


def config_files(path: Path) -> list[Path]:
    """The `.editorconfig` files that apply to `path`: in its folder and the folders above,
    up to the first with `root = true` in its preamble."""
    found: list[Path] = []
    for folder in Path(os.path.abspath(os.fsdecode(path))).parents:
        candidate = folder / ".editorconfig"
        if candidate.is_file():
            found.append(candidate)
            if _declares_root(candidate):
                break
    return found


def _declares_root(path: Path) -> bool:
    """True if the file's preamble (before the first section) says `root = true`."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            return False
        key, _, value = stripped.partition("=")
        if key.strip().lower() == "root" and value.strip().lower() == "true":
            return True
    return False


def untrusted_files(path: Path) -> list[Path]:
    """The `.editorconfig` files for `path` that the user has not trusted as they are now."""
    return [file for file in config_files(path) if not is_trusted(file)]


def apply_editorconfig(document: Document) -> list[str]:
    """Give a document with a path its EditorConfig settings (and a new, empty file its line
    ending and charset) when its `.editorconfig` files are trusted; return the problems found,
    or what is not trusted."""
    if document.path is None:
        return []
    untrusted = untrusted_files(document.path)
    if untrusted:
        names = ", ".join(str(file) for file in untrusted)
        return [f"Not using {names} until you trust it: run editorconfig.trust"]
    found = resolve(document.path)
    document.settings.update(found.settings)
    is_new = document.disk is None and document.text.line_count == 1 and not document.text.line(0)
    if is_new and (found.newline or found.charset):
        old = document.format
        codec, bom, label = CHARSETS[found.charset] if found.charset else (old.codec, old.bom, old.label)
        document.format = FileFormat(codec, bom, label, found.newline or old.newline)
    return found.problems


def fix_before_save(document: Document, selections: Selections) -> Selections | None:
    """For a changed document, trim trailing white space and add a missing final newline as
    its EditorConfig says, as one undo step. Returns the selections carried through, or None
    when nothing needed fixing."""
    trim = document.settings.get("trim_trailing_whitespace")
    final = document.settings.get("insert_final_newline")
    if not document.modified or document.locked or not (trim or final):
        return None
    text = document.text
    changes: list[tuple[Pos, Pos, str]] = []
    last = text.line_count - 1
    for number in range(text.line_count) if trim else ():
        line = text.line(number)
        kept = len(line.rstrip(" \t"))
        if kept < len(line):
            changes.append((Pos(number, kept), Pos(number, len(line)), ""))
    ending = text.line(last)
    if final and (ending.rstrip(" \t") if trim else ending):
        changes.append((text.end, text.end, "\n"))
    if not changes:
        return None
    with document.single_step():
        return document.apply_changes(changes, selections)
