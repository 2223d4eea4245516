"""vi's modal editing (`vi.*`), bound by keymaps/vi.toml; importing this package registers it.

Modes are the session's: "normal", "insert", "visual", "visual_line" and "operator" (an
operator such as `d` waits for its motion or text object). What vi remembers between keys is a
`ViState` in `session.extensions["vi"]` (`state.py`).

Every change is one undo step: an insert session, from the command that starts it (i a o c ...)
to Escape, is merged into one when it ends. Text typed in insert mode is seen through the
session's command observers and kept with the change, so `.` types it again.

Modules: `state` (what vi remembers), `cursor` (the cursor and the visual selection), `jumps`
(where motions go), `edits` (applying changes, the register), `operate` (operators over
regions), `motions`, `operators`, `visual`, `insert`, `changes` (p J r ~), `modes` (Escape),
`history` (u c-r .), `cmdline` (:), `search` (/ ? n N * #), `lines` (Alt-j Alt-k).
"""

from editor.commands.vi import (  # noqa: F401
    changes,
    cmdline,
    history,
    insert,
    lines,
    modes,
    motions,
    operators,
    search,
    visual,
)
