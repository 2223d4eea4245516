"""Splitting the screen into panes, moving between them and resizing them (`pane.*`)."""

from __future__ import annotations

from editor.core.commands import CommandError, command
from editor.core.panes import Direction
from editor.core.session import Session

RESIZE_STEP = 0.05


@command("pane.split_below", aliases=("split", "sp"))
def split_below(session: Session) -> None:
    """Split the pane in two, one above the other, both on this buffer."""
    _split(session, vertical=False)


@command("pane.split_right", aliases=("vsplit", "vs"))
def split_right(session: Session) -> None:
    """Split the pane in two, side by side, both on this buffer."""
    _split(session, vertical=True)


def _split(session: Session, vertical: bool) -> None:
    assert session.layout is not None and session.pane is not None
    session.focus(session.layout.split(session.pane, vertical))


@command("pane.close", aliases=("close",))
def close(session: Session) -> None:
    """Close this pane (the buffer stays open); the last pane cannot be closed."""
    assert session.layout is not None and session.pane is not None
    following = session.layout.close(session.pane)
    if following is None:
        raise CommandError("This is the only pane: use app.quit to leave")
    session.focus(following)


@command("pane.only", aliases=("only",))
def only(session: Session) -> None:
    """Close every pane but this one."""
    assert session.layout is not None
    for pane in session.panes:
        if pane is not session.pane:
            session.layout.close(pane)


@command("pane.focus")
def focus(session: Session, number: int) -> None:
    """Focus pane NUMBER, counting from 1 left to right and top to bottom."""
    panes = session.panes
    if not 1 <= number <= len(panes):
        raise CommandError(f"There is no pane {number} (1..{len(panes)})")
    session.focus(panes[number - 1])


@command("pane.next")
def focus_next(session: Session) -> None:
    """Focus the next pane, round to the first."""
    panes = session.panes
    session.focus(panes[(panes.index(session.pane) + 1) % len(panes)])


def _register_direction(direction: Direction) -> None:
    def move(session: Session) -> None:
        assert session.layout is not None and session.pane is not None
        target = session.layout.neighbour(session.pane, direction)
        if target is not None:
            session.focus(target)

    move.__doc__ = f"Focus the pane {'to the' if direction in ('left', 'right') else ''} {direction}."
    move.__doc__ = move.__doc__.replace("  ", " ")
    command(f"pane.focus_{direction}")(move)


for _direction in ("left", "right", "up", "down"):
    _register_direction(_direction)  # type: ignore[arg-type]


def _resize(session: Session, vertical: bool, delta: float) -> None:
    assert session.layout is not None and session.pane is not None
    if not session.layout.resize(session.pane, vertical, delta):
        raise CommandError("No pane beside this one to take the room from")


@command("pane.wider")
def wider(session: Session) -> None:
    """Make the pane wider."""
    _resize(session, True, RESIZE_STEP)


@command("pane.narrower")
def narrower(session: Session) -> None:
    """Make the pane narrower."""
    _resize(session, True, -RESIZE_STEP)


@command("pane.taller")
def taller(session: Session) -> None:
    """Make the pane taller."""
    _resize(session, False, RESIZE_STEP)


@command("pane.shorter")
def shorter(session: Session) -> None:
    """Make the pane shorter."""
    _resize(session, False, -RESIZE_STEP)
