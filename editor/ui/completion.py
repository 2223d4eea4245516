"""Completion in the prompt line: prompt_toolkit completers for what a prompt offers.

Words are matched fuzzily (prompt_toolkit's FuzzyWordCompleter), file paths by
prompt_toolkit's PathCompleter, the command palette's choices by `editor.ui.palette`; the menu
is prompt_toolkit's CompletionsMenu.
"""

from __future__ import annotations

from collections.abc import Sequence

from prompt_toolkit.completion import Completer, FuzzyWordCompleter, PathCompleter

from editor.core.palette import CommandChoices
from editor.ui.palette import PaletteCompleter


def prompt_completer(suggestions: Sequence[str], paths: bool) -> Completer | None:
    """The completer for a prompt offering `suggestions`, or file paths; None for neither."""
    if paths:
        return PathCompleter(expanduser=True)
    if isinstance(suggestions, CommandChoices):
        return PaletteCompleter(suggestions)
    if suggestions:
        return FuzzyWordCompleter(list(suggestions))
    return None
