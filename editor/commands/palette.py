"""The command palette (`app.palette`): find a command by name, alias or help, and run it."""

from __future__ import annotations

from editor.core.commands import command
from editor.core.palette import CommandChoices, palette_entries, recent_commands
from editor.core.prompt_history import COMMAND_LINE, session_history
from editor.core.session import Session


@command("app.palette")
async def palette(session: Session) -> bool:
    """Find a command by name, alias or help text and run it (or type a whole command line)."""
    recent = recent_commands(session_history(session).entries(COMMAND_LINE), session.registry)
    entries = palette_entries(session.registry, session.keymap, session.mode)
    choices = CommandChoices(entries, recent)
    answer = await session.port.prompt("Command: ", "", choices, history=COMMAND_LINE)
    if answer is None or not answer.strip():
        return False
    result = session.run(choices.resolve(answer))
    if not isinstance(result, bool):
        result = await result
    return result
