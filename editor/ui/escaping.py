"""An input processor that shows what the user types in the prompt line without letting
any of it reach the terminal raw.

A prompt's answer can start from a file name (save as), which may hold control, bidi or
undecodable characters. The prompt Buffer keeps the real text, so the answer is exactly the
path; only what is drawn is replaced by the same visible escapes the pane uses.
"""

from __future__ import annotations

from bisect import bisect_right

from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.layout.processors import Processor, Transformation, TransformationInput

from editor.core.cells import sanitize


class EscapeUnsafe(Processor):
    """Replace each unsafe character of the input by its visible escape, keeping the cursor
    mapping between the typed text and what is shown."""

    def apply_transformation(self, ti: TransformationInput) -> Transformation:
        """Escape the fragments of one line of the prompt's input."""
        if all(sanitize(text) == text for _, text, *_ in ti.fragments):
            return Transformation(ti.fragments)
        fragments: StyleAndTextTuples = []
        starts: list[int] = []  # display index where each source character starts
        shown_length = 0
        for style, text, *handler in ti.fragments:
            for ch in text:
                shown = sanitize(ch)
                starts.append(shown_length)
                fragments.append((style, shown, *handler))  # type: ignore[arg-type]
                shown_length += len(shown)

        def source_to_display(index: int) -> int:
            if index < len(starts):
                return starts[index]
            return shown_length + index - len(starts)

        def display_to_source(index: int) -> int:
            if index >= shown_length:
                return len(starts) + index - shown_length
            return bisect_right(starts, index) - 1

        return Transformation(fragments, source_to_display, display_to_source)
