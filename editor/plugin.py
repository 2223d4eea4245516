"""What a ted plugin imports: the `command` decorator and the objects commands work with.

A plugin is a Python file in `$XDG_CONFIG_HOME/ted/plugins/` or given with `ted --plugin PATH`:

    from editor.plugin import Session, command

    @command("mine.hello", aliases=("hi",))
    def hello(session: Session, name: str) -> None:
        \"\"\"Say hello (the first docstring line is the command's help).\"\"\"
        session.message(f"Hello, {name}")

A command gets the session (`session.document`, `session.view`, `session.message`,
`session.port` to ask questions), then its parameters, converted, prompted for when missing and
checked by their type hints: int, str, bool, Path, `Literal["a", "b"]`, `X | None` with a
default for an optional one, `Annotated[str, Names(source)]` for completion. Raising
`CommandError` shows its message, any other exception is reported as a failure, and in both
cases the command's edits are undone; the edits of a command that succeeds are one undo step.
The README's "Plugins" section has a complete example. What `__all__` names stays stable.
"""

from __future__ import annotations

from editor.core.commands import CommandError, Names
from editor.core.document import Change, Document
from editor.core.plugins import command
from editor.core.selection import Selection, Selections
from editor.core.session import Session
from editor.core.text import Pos
from editor.core.view import View

__all__ = [
    "Change",
    "CommandError",
    "Document",
    "Names",
    "Pos",
    "Selection",
    "Selections",
    "Session",
    "View",
    "command",
]
