"""A buffer's language and its highlighter.

The language is chosen when the buffer is opened (file name, then first line, then a content
guess for small files) and can be set by name later; the highlighter then starts over with the
new lexer. Highlighting is a core concern so that it can be tested without a terminal; the UI
only asks it for the tokens of the rows it draws.
"""

from __future__ import annotations

from editor.core.highlight import Highlighter
from editor.core.languages import detect_language, language_label, make_lexer
from editor.core.text import TextBuffer

# Only files this small are given to pygments' content guess (it tries every lexer).
GUESS_LIMIT = 64 * 1024


class Syntax:
    """The language of one buffer and the highlighter drawing it."""

    def __init__(self, text: TextBuffer, language: str | None = None) -> None:
        self.text = text
        self.language: str | None = None
        self.highlighter = Highlighter(text, None)
        self.set_language(language)

    @property
    def label(self) -> str:
        """The language's name for the status line."""
        return language_label(self.language) if self.language else "Text only"

    def set_language(self, language: str | None) -> None:
        """Highlight as `language` (a pygments alias; None for plain text). Raises
        `UnknownLanguage` for a name pygments does not know."""
        lexer = make_lexer(language) if language else None
        self.language = language
        self.highlighter.set_lexer(lexer)


def detect(text: TextBuffer, name: str | None, size: int) -> str | None:
    """The language for a buffer called `name` holding `text` of `size` bytes."""
    first_line = text.line(0) if text.line_count else ""
    sample = None
    if size <= GUESS_LIMIT:
        sample = "\n".join(text.lines(0, min(text.line_count, 400)))
    return detect_language(name, first_line, sample)
