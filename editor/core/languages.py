"""Choosing a pygments lexer for a buffer: by file name, by first line, by a cheap content guess.

Detection never runs anything from the file: a shebang or an editor mode line only supplies a
name that is looked up in pygments' own tables. Look-ups use pygments' built-in lexer table
(`pygments.lexers.LEXERS`), which needs no imports; plugin lexers are not consulted for
detection (loading them can import whole applications), but they can be chosen by name.

Lexers are made for exact, resumable use by `editor.core.highlight`: no stripping of leading or
trailing newlines, no added final newline, no tab expansion, so token offsets are offsets in the
text as given.
"""

from __future__ import annotations

import fnmatch
import re
from functools import cache
from os.path import basename

from pygments.lexer import Lexer
from pygments.lexers import LEXERS, find_lexer_class_by_name, get_all_lexers, get_lexer_by_name
from pygments.util import ClassNotFound

# Only this much of a sample is given to the content guess.
GUESS_SAMPLE = 4096

# Lexers whose `analyse_text` is worth asking, in order of preference on a tie. Asking every
# installed lexer would import ~600 modules and is notoriously unreliable (it calls C "TeraTerm").
_GUESSABLE = (
    "python", "c", "cpp", "html", "xml", "php", "perl", "ruby", "bash", "diff", "make", "ini",
    "rst", "tex",
)

# Interpreters named by a shebang that are not themselves lexer aliases.
_INTERPRETERS = {
    "node": "javascript", "nodejs": "javascript", "deno": "javascript", "bun": "javascript",
    "sh": "bash", "dash": "bash", "ash": "bash", "ksh": "bash", "zsh": "bash",
    "python": "python", "pypy": "python", "pypy3": "python",
    "tclsh": "tcl", "wish": "tcl", "gawk": "awk", "mawk": "awk", "nawk": "awk",
    "rscript": "r", "escript": "erlang", "runghc": "haskell", "runhaskell": "haskell",
    "osascript": "applescript", "pwsh": "powershell", "crystal": "crystal",
}

# First lines that name their language without a shebang.
_FIRST_LINE_PREFIXES = (
    ("<?xml", "xml"),
    ("<!doctype html", "html"),
    ("<html", "html"),
    ("<?php", "php"),
)

_EMACS_MODE = re.compile(r"-\*-\s*(?:.*?\bmode\s*:\s*)?([\w+#.-]+)\s*(?:;.*?)?-\*-", re.IGNORECASE)
_VIM_MODE = re.compile(r"\b(?:vim?|ex):.*?\b(?:ft|filetype|syntax|syn)\s*=\s*([\w+#.-]+)")
_ENV_ASSIGNMENT = re.compile(r"^\w+=")


class UnknownLanguage(ValueError):
    """A language name that no installed pygments lexer answers to."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown language: {name!r}")
        self.name = name


def detect_language(name: str | None, first_line: str, sample: str | None = None) -> str | None:
    """The pygments alias for a file: by its name, then its first line (shebang, mode line,
    XML/HTML/PHP opening), then a guess from `sample` when one is given. None means plain text."""
    return (
        (_by_file_name(name) if name else None)
        or _by_first_line(first_line)
        or (_by_content(sample) if sample else None)
    )


def make_lexer(alias: str) -> Lexer:
    """A lexer for `alias`, configured so that its tokens cover the given text exactly."""
    try:
        return get_lexer_by_name(alias, stripnl=False, ensurenl=False, stripall=False, tabsize=0)
    except ClassNotFound:
        raise UnknownLanguage(alias) from None


@cache
def language_names() -> list[str]:
    """The first alias of every installed lexer, sorted (for completion)."""
    return sorted({aliases[0] for _name, aliases, _files, _mimes in get_all_lexers() if aliases})


def language_label(alias: str) -> str:
    """A lexer's human name ("Python") for the status line; the alias itself if unknown."""
    name = _builtin_aliases().get(alias.lower())
    if name is not None:
        return name
    try:
        return find_lexer_class_by_name(alias).name
    except ClassNotFound:
        return alias


@cache
def _builtin_aliases() -> dict[str, str]:
    """Every built-in alias, lower case, mapped to its lexer's human name."""
    table: dict[str, str] = {}
    for _module, label, aliases, _files, _mimes in LEXERS.values():
        for alias in aliases:
            table.setdefault(alias.lower(), label)
    return table


@cache
def _first_alias_of_label() -> dict[str, str]:
    """Each built-in lexer's human name mapped to its first alias."""
    return {label: aliases[0] for _module, label, aliases, _f, _m in LEXERS.values() if aliases}


def _lookup(name: str) -> str | None:
    """The first alias of the built-in lexer answering to `name` (any of its aliases)."""
    label = _builtin_aliases().get(name.lower())
    return _first_alias_of_label().get(label) if label else None


@cache
def _compiled(glob: str) -> re.Pattern[str]:
    return re.compile(fnmatch.translate(glob))


def _by_file_name(path: str) -> str | None:
    """The alias whose file name patterns match; on several, pygments' own ranking (a pattern
    without '*' beats one with, then the lexer's priority, then its class name)."""
    fn = basename(path)
    best: tuple[float, str] | None = None
    best_alias = None
    for module, label, aliases, globs, _mimes in LEXERS.values():
        matched = [glob for glob in globs if _compiled(glob).match(fn)]
        if not matched or not aliases:
            continue
        cls = find_lexer_class_by_name(aliases[0])
        bonus = 0.5 if any("*" not in glob for glob in matched) else 0.0
        rating = (cls.priority + bonus, cls.__name__)
        if best is None or rating > best:
            best, best_alias = rating, aliases[0]
    return best_alias


def _by_first_line(line: str) -> str | None:
    """The alias named by a shebang, an emacs or vim mode line, or a markup opening."""
    if line.startswith("#!"):
        found = _by_shebang(line[2:])
        if found:
            return found
    mode = _EMACS_MODE.search(line) or _VIM_MODE.search(line)
    if mode:
        found = _lookup(mode.group(1))
        if found:
            return found
    lowered = line.lstrip("\ufeff").lstrip().lower()
    for prefix, alias in _FIRST_LINE_PREFIXES:
        if lowered.startswith(prefix):
            return alias
    return None


def _by_shebang(command: str) -> str | None:
    """The alias for the interpreter of a shebang command such as "/usr/bin/env -S node -x"."""
    words = command.split()
    if words and basename(words[0]) == "env":
        words = [w for w in words[1:] if not w.startswith("-") and not _ENV_ASSIGNMENT.match(w)]
    if not words:
        return None
    program = basename(words[0]).lower()
    for candidate in (program, program.rstrip("0123456789."), re.sub(r"[\d.-]+$", "", program)):
        found = _INTERPRETERS.get(candidate) or _lookup(candidate)
        if found:
            return _lookup(found) or found
    return None


def _by_content(sample: str) -> str | None:
    """The best positive `analyse_text` score among a few common languages, on at most
    GUESS_SAMPLE characters."""
    text = sample[:GUESS_SAMPLE]
    best_score, best_alias = 0.0, None
    for alias in _GUESSABLE:
        score = find_lexer_class_by_name(alias).analyse_text(text)
        if score > best_score:
            best_score, best_alias = score, alias
    return best_alias
