"""Script files: command lines kept in a file, run after opening (`ted -s FILE`), by
`script.run PATH` or as saved macros.

A script is read whole and parsed by the one command-line parser (`editor.core.cmdline`): one or
more commands per line, `;` between commands, `#` comments, blank lines. It is parsed before
anything runs, so a syntax error stops the whole script; the error names the file, line and
column, as compilers do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from editor.core.cmdline import CommandLineError, Invocation, parse, quote


class ScriptError(Exception):
    """A script that cannot be read or parsed; says where (`FILE:LINE:COLUMN: problem`)."""

    def __init__(self, source: str, message: str, line: int | None = None, column: int | None = None):
        where = source if line is None else f"{source}:{line}:{column}"
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Script:
    """Parsed commands and where they came from (a script file, or `-c` for a command line)."""

    source: str
    invocations: list[Invocation]


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a 0-based offset into `text`."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse_script(text: str, source: str) -> Script:
    """Parse the text of a script; raise ScriptError naming `source`, line and column."""
    try:
        return Script(source, parse(text))
    except CommandLineError as error:
        line, column = line_and_column(text, error.position)
        message = str(error).removesuffix(f" at column {error.position + 1}")
        raise ScriptError(source, message, line, column) from None


def read_script(path: Path) -> Script:
    """Read and parse a script file (UTF-8, with or without a byte order mark)."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ScriptError(source, error.strerror or str(error)) from None
    body = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        before = body[: error.start].decode("utf-8")
        line, column = line_and_column(before, len(before))
        raise ScriptError(source, "not valid UTF-8", line, column) from None
    return parse_script(text, source)


def command_line_script(line: str) -> Script:
    """A `-c` command line as a script (its errors name the line itself)."""
    try:
        return Script("-c", parse(line))
    except CommandLineError as error:
        raise ScriptError(f"-c {quote(line)}", str(error)) from None


def load_program(items: Sequence[tuple[str, str]]) -> list[Script]:
    """Parse `-c` lines and `-s` script files, given as ("-c", line) / ("-s", path) in command
    line order; the first problem raises ScriptError before anything has run."""
    return [command_line_script(value) if kind == "-c" else read_script(Path(value))
            for kind, value in items]


def format_invocation(invocation: Invocation) -> str:
    """A command as a line that parses back to it (`edit.insert "a b"`)."""
    return " ".join([invocation.name, *map(quote, invocation.args)])
