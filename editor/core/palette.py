"""The command palette's content: every command with its key and help, ranked for a query.

`palette_entries` lists the registry with the key each command is bound to in the session's
keymap; `rank` orders them for what was typed: names and aliases fuzzily (`editor.core.fuzzy`),
help texts by word starts only (so `gtl` finds "Go to line" but scattered letters in a sentence
do not count), help matches at half weight. Commands run recently (newest first) that match by
name or alias come before all others. `CommandChoices` carries this to a `Port.prompt` as its
suggestions: it is a sequence of command names, and it knows how to rank, when what was typed
is a whole command line rather than a search, and which command line to run for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from editor.core.cmdline import CommandLineError, parse
from editor.core.commands import Registry
from editor.core.fuzzy import fuzzy_match
from editor.core.keymap import Keymap

_MODIFIERS = {"c": "Ctrl-", "a": "Alt-", "s": "Shift-"}
_KEY_NAMES = {"pageup": "PageUp", "pagedown": "PageDown"}


@dataclass(frozen=True)
class Entry:
    """One command as the palette shows it."""

    name: str
    aliases: tuple[str, ...]
    help: str
    keys: str


def key_label(keys: tuple[str, ...]) -> str:
    """A key sequence as people write it: ("c-w", "v") -> "Ctrl-W v"."""
    labels = []
    for key in keys:
        prefix = ""
        while len(key) > 2 and key[1] == "-" and key[0] in _MODIFIERS:
            prefix += _MODIFIERS[key[0]]
            key = key[2:]
        if len(key) > 1:
            key = _KEY_NAMES.get(key, key.capitalize())
        elif prefix:
            key = key.upper()
        labels.append(prefix + key)
    return " ".join(labels)


def palette_entries(registry: Registry, keymap: Keymap, mode: str = "normal") -> list[Entry]:
    """Every registered command, by name, with its aliases, help and key in `mode`."""
    entries = []
    for command in registry:
        binding = keymap.binding_for(command.name, mode)
        keys = key_label(binding.keys) if binding is not None else ""
        entries.append(Entry(command.name, command.aliases, command.help, keys))
    return entries


def recent_commands(lines: Iterable[str], registry: Registry) -> list[str]:
    """The commands named in history `lines` (oldest first), newest first, each once, by
    their registered name; lines that do not parse and unknown names are skipped."""
    found: list[str] = []
    for line in reversed(list(lines)):
        try:
            invocations = parse(line)
        except CommandLineError:
            continue
        for invocation in invocations:
            command = registry.lookup(invocation.name)
            if command is not None and command.name not in found:
                found.append(command.name)
    return found


def _score(entry: Entry, query: str) -> tuple[int, bool] | None:
    """The best score of `query` against the entry's name, the name's last part (`save` of
    `file.save`), its aliases or its help, and whether it came from a name or an alias; None
    when nothing matches."""
    verb = entry.name.rpartition(".")[2]
    texts = (entry.name, verb, *entry.aliases)
    named = [match.score for text in texts if (match := fuzzy_match(query, text))]
    described = fuzzy_match(query, entry.help, word_starts=True)
    best_name = max(named, default=None)
    best_help = described.score // 2 if described is not None else None
    if best_name is not None and (best_help is None or best_name >= best_help):
        return best_name, True
    if best_help is not None:
        return best_help, False
    return None


def rank(entries: Iterable[Entry], query: str, recent: Sequence[str] = ()) -> list[Entry]:
    """The entries matching `query`, best first: recent commands matching by name or alias in
    the order of `recent` (newest first), then the rest by score (shorter names first on a
    tie). An empty query matches everything."""
    recency = {name: index for index, name in enumerate(recent)}
    query = query.strip()
    keyed = []
    for entry in entries:
        found = _score(entry, query)
        if found is None:
            continue
        score, by_name = found
        if entry.name in recency and by_name:
            keyed.append(((0, recency[entry.name], 0, 0, entry.name), entry))
        else:
            size = len(entry.name) if query else 0
            keyed.append(((1, 0, -score, size, entry.name), entry))
    keyed.sort(key=lambda pair: pair[0])
    return [entry for _, entry in keyed]


class CommandChoices(Sequence[str]):
    """The palette's suggestions for a prompt: the command names (recent first), with the
    entries behind them for ranking and showing keys and help."""

    def __init__(self, entries: Sequence[Entry], recent: Sequence[str] = ()) -> None:
        self.entries = list(entries)
        self.recent = list(recent)
        self._names = [entry.name for entry in rank(self.entries, "", self.recent)]
        self._known = {name for entry in self.entries for name in (entry.name, *entry.aliases)}

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._names[index]

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def ranked(self, query: str) -> list[Entry]:
        """The entries for `query`, best first."""
        return rank(self.entries, query, self.recent)

    def query(self, text: str) -> str | None:
        """What to look up in the menu for `text`, or None when `text` is a command line: a
        known command followed by arguments or by another command (or unparseable text)."""
        try:
            invocations = parse(text)
        except CommandLineError:
            return None
        if invocations and invocations[0].name in self._known:
            if len(invocations) > 1 or invocations[0].args:
                return None
        return text.strip()

    def resolve(self, text: str) -> str:
        """The command line to run for what was typed: a command line or a command's name as
        it is, a search as the best entry found (as it is when nothing is found)."""
        line = text.strip()
        query = self.query(text)
        if query is None or query in self._known:
            return line
        best = self.ranked(query)
        return best[0].name if best else line
