"""Help (`help.*`): the active keymap as a cheat sheet, and what one command does.

Both open a read-only buffer ("[keys]", "[help NAME]") generated from the keymap and the command
registry, so they always match the keys and commands of this run. Opening one again replaces it.
"""

from __future__ import annotations

import inspect
from typing import Annotated

from editor.core.commands import REGISTRY, CommandError, Names, command
from editor.core.document import Document
from editor.core.files import document_from_bytes
from editor.core.keymap import Keymap
from editor.core.session import Session


def command_names() -> list[str]:
    """The names of the built-in commands, for completion."""
    return [found.name for found in REGISTRY]


def keys_sheet(keymap: Keymap, help_of: dict[str, str]) -> str:
    """The cheat sheet of `keymap`: per mode, each key sequence, its command line and the
    command's help (`help_of` maps command names to help)."""
    lines = [f"Keys of the keymap {keymap.name!r}", ""]
    for mode, table in keymap.modes.items():
        if not table:
            continue
        lines.append(f"[{mode}]")
        width = max(len(" ".join(keys)) for keys in table)
        named = keymap.groups.get(mode, {})
        shown: set[tuple[str, ...]] = set()
        for keys, binding in table.items():
            prefix = keys[:-1]
            if prefix and prefix not in shown and prefix in named:
                shown.add(prefix)
                lines.append(f"  {' '.join(prefix):<{width}}  +{named[prefix]}")
            name = binding.command.split(" ", 1)[0]
            text = help_of.get(name, "")
            lines.append(f"  {' '.join(keys):<{width}}  {binding.command:<28} {text}".rstrip())
        lines.append("")
    return "\n".join(lines)


def command_help(session: Session, name: str) -> str:
    """The help page of command `name`: its doc text, parameters and keys."""
    found = session.registry.lookup(name)
    if found is None:
        raise CommandError(f"unknown command: {name}")
    lines = [found.name]
    if found.aliases:
        lines.append(f"aliases: {', '.join(found.aliases)}")
    lines += ["", inspect.getdoc(found.func) or "(no help)", ""]
    if found.params:
        lines.append("parameters:")
        for param in found.params:
            kind = getattr(param.kind, "__name__", str(param.kind))
            if param.choices:
                kind = " | ".join(param.choices)
            default = "" if param.required else f" (default: {param.default!r})"
            lines.append(f"  {param.name}: {kind}{default}")
    else:
        lines.append("parameters: none")
    keys = [
        f"{' '.join(binding.keys)} ({mode})"
        for mode, table in session.keymap.modes.items()
        for binding in table.values()
        if binding.command.split(" ", 1)[0] in (found.name, *found.aliases)
    ]
    lines.append(f"keys: {', '.join(keys) if keys else 'none'}")
    return "\n".join(lines) + "\n"


def show_scratch(session: Session, label: str, text: str) -> Document:
    """Show `text` in a read-only buffer called `label`, replacing an earlier one of that name."""
    for old in session.documents:
        if old.path is None and old.label == label:
            session.close_document(old)
            break
    document = document_from_bytes(text.encode("utf-8", "surrogateescape"))
    document.label = label
    document.locked = True
    session.add_document(document)
    document.syntax.set_language(None)
    return document


@command("help.keys", aliases=("keys",))
def keys(session: Session) -> None:
    """Show every key of the active keymap, by mode, with what its command does."""
    help_of = {found.name: found.help for found in session.registry}
    show_scratch(session, "[keys]", keys_sheet(session.keymap, help_of))
    session.message(f"The keys of the keymap {session.keymap.name} (a read-only buffer)")


@command("help.command", aliases=("help",))
def help_command(session: Session, name: Annotated[str, Names(command_names)]) -> None:
    """Show what a command does, its parameters and its keys."""
    show_scratch(session, f"[help {name}]", command_help(session, name))
