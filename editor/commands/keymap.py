"""Keymaps at run time: switch keymap or mode, and describe what a key does (`keymap.*`)."""

from __future__ import annotations

from typing import Annotated

from editor.core.commands import CommandError, Names, command
from editor.core.keymap import PENDING, Binding, find_keymap, keymap_names, load_keymap
from editor.core.keys import is_printable
from editor.core.session import Session


@command("keymap.use", aliases=("keymap",))
def use(session: Session, name: Annotated[str, Names(keymap_names)]) -> None:
    """Switch to another keymap (with your keymap.toml layered on top), by name or path."""
    if not find_keymap(name).is_file():
        raise CommandError(f"no such keymap: {name!r} (known: {', '.join(keymap_names())})")
    keymap, errors = load_keymap(name, session.registry, user=True)
    if not keymap.modes:
        raise CommandError(str(errors[0]) if errors else f"keymap {name!r} binds nothing")
    session.keymap = keymap
    session.mode = "normal"
    session.pending_keys = ()
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        session.message(f"{errors[0]}{more}", error=True)
    else:
        session.message(f"Keymap: {name}")


@command("keymap.mode")
def mode(session: Session, name: str) -> None:
    """Switch the keymap's mode (its table of bindings), e.g. for a selection mode."""
    session.mode = name
    session.pending_keys = ()


@command("help.describe_key", aliases=("describe-key",))
def describe_key(session: Session) -> None:
    """Say what the next key (or key sequence) does, and where that binding was defined."""
    session.message("Describe key: press a key")
    _read(session, ())


def _read(session: Session, keys: tuple[str, ...]) -> None:
    """Wait for one more key of the sequence being described."""

    def take(key: str) -> bool:
        sequence = (*keys, key)
        found = session.keymap.resolve(session.mode, sequence)
        if found == PENDING:
            group = session.keymap.group_name(session.mode, sequence)
            session.message(f"{' '.join(sequence)} {'(' + group + ') ' if group else ''}…")
            _read(session, sequence)
            return True
        session.message(describe(session, sequence, found))
        return True

    session.next_key = take


def describe(session: Session, keys: tuple[str, ...], found: Binding | str | None) -> str:
    """One line about what `keys` do in the current mode."""
    typed = " ".join(keys)
    if isinstance(found, Binding):
        name = found.command.split()[0] if found.command.split() else found.command
        target = session.registry.lookup(name)
        help_text = f" — {target.help}" if target is not None and target.help else ""
        return f"{typed} runs {found.command!r} ({found.source}:{found.line}){help_text}"
    if len(keys) == 1 and is_printable(keys[0]) and session.keymap.takes_text(session.mode):
        return f"{typed} is not bound in {session.mode} mode: it types itself"
    return f"{typed} is not bound in {session.mode} mode"
