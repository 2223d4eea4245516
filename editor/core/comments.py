"""Comment syntax by language, and commenting or uncommenting a block of lines.

Languages are pygments aliases (a document's `syntax.language`); any alias of a lexer in the
tables works ("py3" finds Python's "#"). Languages with line comments get their token at the
start of each line; languages without them (HTML, XML, CSS...) get a block comment pair around
each line.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.core.linetools import indent_of, same_language

LINE_COMMENTS: dict[str, str] = {
    "python": "#", "cython": "#", "ruby": "#", "perl": "#", "bash": "#", "fish": "#",
    "powershell": "#", "tcl": "#", "awk": "#", "splus": "#", "julia": "#", "yaml": "#",
    "toml": "#", "make": "#", "cmake": "#", "docker": "#", "nginx": "#", "nim": "#",
    "coffeescript": "#", "elixir": "#", "gdscript": "#", "terraform": "#", "nix": "#",
    "c": "//", "cpp": "//", "java": "//", "javascript": "//", "typescript": "//", "jsx": "//",
    "tsx": "//", "go": "//", "rust": "//", "php": "//", "swift": "//", "kotlin": "//",
    "scala": "//", "dart": "//", "csharp": "//", "fsharp": "//", "groovy": "//",
    "objective-c": "//", "d": "//", "zig": "//", "scss": "//", "less": "//", "sass": "//",
    "protobuf": "//", "graphql": "#", "verilog": "//",
    "lua": "--", "sql": "--", "haskell": "--", "elm": "--", "ada": "--", "vhdl": "--",
    "erlang": "%", "prolog": "%", "tex": "%", "matlab": "%",
    "clojure": ";", "common-lisp": ";", "scheme": ";", "racket": ";", "ini": ";",
    "vim": '"', "fortran": "!",
}

BLOCK_COMMENTS: dict[str, tuple[str, str]] = {
    "html": ("<!--", "-->"), "xml": ("<!--", "-->"), "markdown": ("<!--", "-->"),
    "vue": ("<!--", "-->"), "css": ("/*", "*/"), "ocaml": ("(*", "*)"),
}


@dataclass(frozen=True)
class CommentSyntax:
    """How to comment one line: `start` before the text, `end` after it ("" for line comments)."""

    start: str
    end: str = ""

    def is_commented(self, line: str) -> bool:
        """Whether a line (blanks around it aside) is commented in this syntax."""
        body = line.strip()
        return body.startswith(self.start) and body.endswith(self.end) and (
            len(body) >= len(self.start) + len(self.end)
        )


def comment_syntax(language: str | None) -> CommentSyntax | None:
    """The comment syntax of a language, by any of its pygments aliases; None when unknown."""
    if not language:
        return None
    for alias in (language, *sorted(same_language(language))):
        if alias in LINE_COMMENTS:
            return CommentSyntax(LINE_COMMENTS[alias])
        if alias in BLOCK_COMMENTS:
            return CommentSyntax(*BLOCK_COMMENTS[alias])
    return None


def toggle_comment(lines: list[str], syntax: CommentSyntax) -> list[str]:
    """Uncomment the lines when every non-blank one is commented; otherwise comment them with
    the token at the block's smallest indentation. Blank lines stay as they are, unless all are
    blank."""
    filled = [line for line in lines if line.strip()]
    if filled and all(syntax.is_commented(line) for line in filled):
        return [uncomment_line(line, syntax) if line.strip() else line for line in lines]
    targets = filled or lines
    column = min(len(indent_of(line)) for line in targets)
    return [
        comment_line(line, column, syntax) if (line.strip() or not filled) else line
        for line in lines
    ]


def comment_line(line: str, column: int, syntax: CommentSyntax) -> str:
    """A line with the comment token inserted at `column` (and the end token after it)."""
    body = line[column:]
    if syntax.end:
        return f"{line[:column]}{syntax.start} {body} {syntax.end}" if body else (
            f"{line[:column]}{syntax.start} {syntax.end}"
        )
    return f"{line[:column]}{syntax.start} {body}" if body else f"{line[:column]}{syntax.start}"


def uncomment_line(line: str, syntax: CommentSyntax) -> str:
    """A commented line without its comment tokens (and one space next to each)."""
    indent = indent_of(line)
    body = line[len(indent) :].rstrip(" \t")
    trailing = line[len(indent) + len(body) :]
    body = body[len(syntax.start) :]
    if syntax.end:
        body = body[: len(body) - len(syntax.end)]
        body = body.removesuffix(" ")
    body = body.removeprefix(" ")
    return indent + body + (trailing if not syntax.end else "")
