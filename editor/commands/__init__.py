"""The built-in commands, one module per topic; importing this package registers them all."""

from editor.commands import (  # noqa: F401
    app,
    buffers,
    clipboard,
    cursor,
    cursors,
    edit,
    editorconfig,
    file,
    help,
    history,
    keymap,
    lines,
    macro,
    palette,
    panes,
    script,
    search,
    vi,
    view,
)
