"""Running a script file from the prompt or the palette (`script.run`)."""

from __future__ import annotations

from pathlib import Path

from editor.commands.macro import play_commands
from editor.core.commands import CommandError, command
from editor.core.script import ScriptError, read_script
from editor.core.session import Session


@command("script.run", aliases=("source",))
async def run(session: Session, path: Path) -> bool:
    """Run the command lines of a script file, as one undo step."""
    try:
        script = read_script(path)
    except ScriptError as error:
        raise CommandError(str(error)) from None
    return await play_commands(session, script.invocations, f"script {path.name}", hidden=True)
