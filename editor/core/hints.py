"""The hint shown while a key sequence is pending: what can follow, so nobody has to guess."""

from __future__ import annotations

from editor.core.session import Session


def pending_title(session: Session) -> str:
    """`c-w (panes) …`: the keys pressed so far, with the name of their group if any."""
    prefix = session.pending_keys
    group = session.keymap.group_name(session.mode, prefix)
    return " ".join(prefix) + (f" ({group})" if group else "") + " …"


def pending_entries(session: Session) -> list[tuple[str, str]]:
    """The keys that can follow the pending prefix, with the command (or "+group") each leads
    to: single characters first, then named keys."""
    follow = session.keymap.continuations(session.mode, session.pending_keys)
    return sorted(follow, key=lambda item: (len(item[0]) > 1, item[0].lower(), item[0]))
