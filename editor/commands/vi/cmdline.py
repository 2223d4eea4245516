"""vi's command line: `:` then a line number or a ted command line (w, q, wq ...)."""

from __future__ import annotations

import inspect

from editor.commands.vi.state import reset
from editor.core.commands import command
from editor.core.session import Session


@command("vi.command_line")
async def command_line(session: Session) -> bool:
    """Run what is typed after `:` (a number or $ moves to that line).

    Other text runs as a ted command line: w, q, wq, q!, x, cursor.goto_line 3 ..."""
    reset(session)
    line = await session.port.prompt(":")
    if line is None:
        return False
    line = line.strip()
    if not line:
        return True
    if line.isdigit() or line == "$":
        # As NUMBER G (or G): through commands, so that a macro records the move.
        for digit in "" if line == "$" else str(max(int(line), 1)):
            session.execute("vi.count", [digit])
        return bool(session.execute("vi.motion", ["file_end"]))
    result = session.run(line)
    if inspect.isawaitable(result):
        result = await result
    return bool(result)
