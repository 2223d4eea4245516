"""The one command-line language: `name arg "quoted arg"; other.command`.

Used by keymap values, the command prompt, config and script files and `ted -c`. Words are split
on white space; single quotes keep text as it is, double quotes allow backslash escapes (\\n, \\t,
\\\\, \\"); `;` separates commands; `#` at the start of a word begins a comment to the end of
the line. A syntax error names the position.
"""

from __future__ import annotations

from typing import NamedTuple

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0"}


class CommandLineError(Exception):
    """A command line that cannot be parsed; `position` is the 0-based offset of the problem."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at column {position + 1}")
        self.position = position


class Invocation(NamedTuple):
    """One parsed command: its name and its argument words."""

    name: str
    args: list[str]


def parse(line: str) -> list[Invocation]:
    """Parse a command line (or a whole script) into invocations."""
    commands: list[Invocation] = []
    words: list[str] = []

    def finish() -> None:
        if words:
            commands.append(Invocation(words[0], words[1:]))
            words.clear()

    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch in " \t\r":
            i += 1
        elif ch in ";\n":
            finish()
            i += 1
        elif ch == "#":
            while i < n and line[i] != "\n":
                i += 1
        else:
            word, i = _word(line, i)
            words.append(word)
    finish()
    return commands


def _word(line: str, i: int) -> tuple[str, int]:
    parts: list[str] = []
    n = len(line)
    while i < n and line[i] not in " \t\r\n;":
        ch = line[i]
        if ch == "'":
            end = line.find("'", i + 1)
            if end < 0:
                raise CommandLineError("unterminated single quote", i)
            parts.append(line[i + 1 : end])
            i = end + 1
        elif ch == '"':
            start = i
            i += 1
            while True:
                if i >= n:
                    raise CommandLineError("unterminated double quote", start)
                if line[i] == '"':
                    i += 1
                    break
                if line[i] == "\\":
                    if i + 1 >= n:
                        raise CommandLineError("backslash at end of line", i)
                    parts.append(_ESCAPES.get(line[i + 1], "\\" + line[i + 1]))
                    i += 2
                else:
                    parts.append(line[i])
                    i += 1
        elif ch == "\\" and i + 1 < n:
            parts.append(line[i + 1])
            i += 2
        else:
            parts.append(ch)
            i += 1
    return "".join(parts), i


def quote(word: str) -> str:
    """Quote a word so that `parse` gives it back unchanged."""
    if word and not any(ch in word for ch in " \t\r\n;#'\"\\"):
        return word
    escaped = "".join("\\" + ch if ch in '"\\' else ch for ch in word)
    escaped = escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return f'"{escaped}"'
