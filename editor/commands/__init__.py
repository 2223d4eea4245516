"""The built-in commands, one module per topic; importing this package registers them all."""

from editor.commands import app, clipboard, cursor, edit, file, history  # noqa: F401
