"""A prompt_toolkit `History` over one named list of the core's `PromptHistory`, so that Up and
Down in a prompt walk what was accepted there before, in this and earlier sessions."""

from __future__ import annotations

from collections.abc import Iterable

from prompt_toolkit.history import History

from editor.core.prompt_history import PromptHistory


class StoredHistory(History):
    """The entries of prompt `name` in `store`; an accepted entry is added to the store."""

    def __init__(self, store: PromptHistory, name: str) -> None:
        super().__init__()
        self._store = store
        self._name = name

    def load_history_strings(self) -> Iterable[str]:
        """The entries newest first, as prompt_toolkit loads them."""
        return reversed(self._store.entries(self._name))

    def store_string(self, string: str) -> None:
        """Add an accepted entry to the store (which saves it)."""
        self._store.add(self._name, string)
