"""Trusting a project's `.editorconfig` files (`editorconfig.*`)."""

from __future__ import annotations

from editor.core.commands import CommandError, command
from editor.core.editorconfig import apply_editorconfig, untrusted_files
from editor.core.session import Session
from editor.core.trust import trust


@command("editorconfig.trust")
def trust_files(session: Session) -> None:
    """Trust the .editorconfig files of this buffer as they are now, and use them."""
    document = session.document
    if document.path is None:
        raise CommandError("This buffer has no file, so no .editorconfig applies")
    files = untrusted_files(document.path)
    if not files:
        raise CommandError("No untrusted .editorconfig applies to this buffer")
    trust(files)
    problems = apply_editorconfig(document)
    if problems:
        session.message("; ".join(problems), error=True)
    else:
        session.message(f"Trusted {', '.join(str(file) for file in files)}")
