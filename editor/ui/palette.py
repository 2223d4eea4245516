"""The command palette's menu: the core's ranked entries as prompt_toolkit completions.

Ranking and matching live in `editor.core.palette`; this only shows each entry as its command
name with its key and help beside it (`display_meta`) in prompt_toolkit's completion menu.
"""

from __future__ import annotations

from collections.abc import Iterable

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from editor.core.cells import sanitize
from editor.core.palette import CommandChoices


class PaletteCompleter(Completer):
    """Completes a command name from the palette's choices, best match first."""

    def __init__(self, choices: CommandChoices) -> None:
        self.choices = choices
        self._key_width = max((len(entry.keys) for entry in choices.entries), default=0)

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        """The ranked entries for the text before the cursor, each with its key and help;
        none while a whole command line is being typed."""
        typed = document.text_before_cursor
        query = self.choices.query(typed)
        if query is None:
            return
        for entry in self.choices.ranked(query):
            meta = f"{entry.keys:<{self._key_width}}  {entry.help}" if self._key_width else entry.help
            yield Completion(
                entry.name,
                start_position=-len(typed),
                display=sanitize(entry.name),
                display_meta=sanitize(meta),
            )
