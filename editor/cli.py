"""The `ted` command: parse arguments, open documents, run the terminal UI.

Exit status: 0 after a normal quit, 1 after `app.abort` (so `git commit` can be aborted), 2 when
a file cannot be opened or the arguments are wrong. `--batch` runs commands over files with no
terminal instead (`editor.batch`).
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import gc
import logging
import os
import re
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from editor import __version__
from editor.core.cells import sanitize
from editor.core.commands import REGISTRY
from editor.core.config import load_config
from editor.core.document import Document
from editor.core.files import OpenError, document_from_bytes, load_document
from editor.core.keymap import load_keymap
from editor.core.paths import state_dir
from editor.core.plugins import load_plugins, plugin_files
from editor.core.script import ScriptError, load_program
from editor.core.selection import Selection
from editor.core.session import Port, Session
from editor.core.text import Pos
from editor.core.theme import load_theme

_LOCATION = re.compile(r"^(?P<path>.+?):(?P<line>\d+)(?::(?P<col>\d+))?$")
_PLUS = re.compile(r"^\+(?P<line>\d+)(?::(?P<col>\d+))?$")


@dataclass
class FileArg:
    """A file named on the command line, with where to put the cursor."""

    path: str
    line: int | None = None
    col: int | None = None


class _InOrder(argparse.Action):
    """Keep `-c` lines and `-s` script files in one list, in the order given."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[str] | None,
        option_string: str | None = None,
    ) -> None:
        items = [*getattr(namespace, self.dest), (self.const, values)]
        setattr(namespace, self.dest, items)


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[FileArg]]:
    """Parse the command line; `+LINE[:COL]` applies to the file after it."""
    parser = argparse.ArgumentParser(
        prog="ted",
        description="A terminal text editor that never loses a byte.",
        epilog="Keys: Ctrl-S save, Ctrl-Q quit, Ctrl-P command palette, Ctrl-E run a command, "
        "Ctrl-Z undo. "
        "Use 'ted -' to edit standard input. With git: git config core.editor ted "
        "(the command app.abort, alias cq, quits with status 1 to abort a commit).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="files to open; FILE:LINE[:COL] or +LINE[:COL] FILE to jump")
    parser.add_argument("--version", action="version", version=f"ted {__version__}")
    parser.add_argument("--readonly", action="store_true", help="open the files without allowing edits")
    parser.add_argument("--keymap", help="keymap name or .toml path (default: from the config)")
    parser.add_argument("--check-keymap", action="store_true",
                        help="check the keymap and your keymap.toml, print every problem and exit "
                             "(status 1 if there are any)")
    parser.add_argument("--theme", help="colour theme: a ted theme or any pygments style")
    parser.add_argument("-c", dest="program", action=_InOrder, const="-c", default=[], metavar="CMD",
                        help="run a command line after opening (may be repeated)")
    parser.add_argument("-s", "--script", dest="program", action=_InOrder, const="-s", metavar="FILE",
                        help="run the command lines of a script file after opening (may be repeated)")
    parser.add_argument("--batch", action="store_true",
                        help="run the -c/-s commands on each FILE with no terminal, save the files "
                             "that change and exit (1 if any command failed)")
    parser.add_argument("--dry-run", action="store_true",
                        help="--batch, but write nothing: print a diff of what would change")
    parser.add_argument("--plugin", dest="plugins", action="append", default=[], type=Path,
                        metavar="PATH", help="load a Python plugin file (may be repeated)")
    args = parser.parse_args(argv)
    files: list[FileArg] = []
    pending: tuple[int, int | None] | None = None
    for item in args.files:
        plus = _PLUS.match(item)
        if plus:
            pending = (int(plus["line"]), int(plus["col"]) if plus["col"] else None)
            continue
        arg = FileArg(item)
        location = _LOCATION.match(item)
        if location and item != "-" and not os.path.exists(item):
            arg = FileArg(location["path"], int(location["line"]),
                          int(location["col"]) if location["col"] else None)
        if pending:
            arg.line, arg.col = pending
            pending = None
        files.append(arg)
    return args, files


def open_documents(files: list[FileArg], readonly: bool) -> list[tuple[Document, FileArg]]:
    """Load every file; raise OpenError for the first that cannot be opened."""
    opened = []
    for arg in files:
        if arg.path == "-":
            document = document_from_bytes(sys.stdin.buffer.read())
        else:
            document = load_document(Path(arg.path))
        document.locked = readonly
        opened.append((document, arg))
    if not opened:
        opened.append((Document(), FileArg("")))
    return opened


def build_session(
    port: Port,
    opened: list[tuple[Document, FileArg]],
    keymap: str | None = None,
    theme: str | None = None,
    plugins: Sequence[Path] = (),
) -> Session:
    """A session with the user's settings, the documents open, the plugins (the user's and
    `plugins`), keymap and theme loaded and cursors placed. Problems with settings, plugins,
    keymap or theme are reported, never fatal."""
    import editor.commands  # noqa: F401 - registers the built-in commands
    from editor.commands.macro import load_macros

    settings, problems = load_config()
    reports: list[str] = [str(problem) for problem in problems]
    reports += [str(error) for error in load_plugins(plugin_files(plugins), REGISTRY)]
    registry, macro_problems = load_macros(REGISTRY)
    reports += macro_problems
    loaded, keymap_errors = load_keymap(keymap or settings.pop("keymap", "default"), registry, user=True)
    reports += [str(error) for error in keymap_errors]
    settings.pop("keymap", None)
    chosen, theme_errors = load_theme(theme or settings.get("theme", "default"))
    reports += [str(error) for error in theme_errors]
    settings["theme"] = chosen.name
    session = Session(port, registry, loaded)
    session.extensions["startup"] = settings.pop("commands", [])
    session.settings.update(settings)
    for document, arg in opened:
        view = session.add_document(document)
        if arg.line:
            pos = document.text.clamp(Pos(arg.line - 1, (arg.col or 1) - 1))
            view.set_selections((Selection.cursor(pos),))
    session.show(session.documents[0])
    notes = [f"{sanitize(d.name)}: {note}" for d, _ in opened for note in d.notes]
    if reports:
        more = f" (and {len(reports) - 1} more)" if len(reports) > 1 else ""
        port.message(f"{reports[0]}{more}", error=True)
    elif notes:
        port.message("; ".join(notes))
    return session


# Errors from reading or writing a terminal that has been closed (its window, or the ssh link).
_TERMINAL_GONE = (errno.EIO, errno.ENXIO, errno.EBADF)


def _terminal_io():
    """Input and output for the UI, reading keys from the terminal even when stdin is a pipe."""
    from prompt_toolkit.input import create_input
    from prompt_toolkit.output import create_output

    stdin = sys.stdin
    if not stdin.isatty():
        stdin = open("/dev/tty", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
    stdout = sys.stdout if sys.stdout.isatty() else open("/dev/tty", "w", encoding="utf-8")  # noqa: SIM115
    return create_input(stdin), create_output(stdout)


def check_keymap(name: str | None, plugins: Sequence[Path] = ()) -> int:
    """Print the problems of the chosen keymap and the user's layer; 1 if there are any.
    Plugins and saved macros are loaded first, so that bindings to their commands are known."""
    import editor.commands  # noqa: F401 - registers the built-in commands

    from editor.commands.macro import load_macros

    for problem in load_plugins(plugin_files(plugins), REGISTRY):
        print(f"ted: {sanitize(str(problem))}", file=sys.stderr)
    registry, macro_problems = load_macros(REGISTRY)
    for problem in macro_problems:
        print(f"ted: {sanitize(problem)}", file=sys.stderr)
    settings, _problems = load_config()
    chosen = name or settings.get("keymap", "default")
    keymap, errors = load_keymap(chosen, registry, user=True)
    for error in errors:
        print(f"ted: {sanitize(str(error))}", file=sys.stderr)
    count = sum(len(table) for table in keymap.modes.values())
    files = ", ".join(keymap.sources) or "no file"
    print(f"keymap {chosen}: {count} bindings in {len(keymap.modes)} modes from {files}; "
          f"{len(errors)} problem{'s' if len(errors) != 1 else ''}")
    return 1 if errors else 0


def _log_to_state_file() -> None:
    """Send log records (the traceback of a command that failed unexpectedly) to
    `$XDG_STATE_HOME/ted/ted.log`: never over the screen, still there for a bug report."""
    root = logging.getLogger()
    if root.handlers:
        return
    try:
        handler: logging.Handler = logging.FileHandler(state_dir() / "ted.log", delay=True, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `ted` command."""
    args, files = parse_args(sys.argv[1:] if argv is None else argv)
    _log_to_state_file()
    if args.check_keymap:
        return check_keymap(args.keymap, args.plugins)
    try:
        program = load_program(args.program)
    except ScriptError as error:
        print(f"ted: {sanitize(str(error))}", file=sys.stderr)
        return 2
    if args.batch or args.dry_run:
        from editor.batch import run_batch

        def template(port: Port) -> Session:
            return build_session(port, [(Document(), FileArg(""))], args.keymap, plugins=args.plugins)

        return run_batch(files, program, template, args.dry_run)
    try:
        opened = open_documents(files, args.readonly)
    except OpenError as error:
        print(f"ted: {sanitize(str(error))}", file=sys.stderr)
        return 2
    try:
        terminal_in, terminal_out = _terminal_io()
    except OSError:
        print("ted: needs a terminal to run in", file=sys.stderr)
        return 2
    from editor.ui.app import TerminalUI

    ui = TerminalUI(terminal_in, terminal_out)
    session = build_session(ui, opened, args.keymap, args.theme, args.plugins)
    app = ui.build(session)

    async def startup() -> None:
        for line in session.extensions.get("startup", []):
            result = session.run(line)
            if not isinstance(result, bool):
                await result
        for script in program:
            result = session.run_invocations(script.invocations)
            if not isinstance(result, bool):
                await result
        app.invalidate()  # show what the commands did without waiting for a key

    def end_on_error(loop: asyncio.AbstractEventLoop, context: dict) -> None:
        # A fault outside a command (drawing, reading keys) ends the app with that error, so
        # that it is reported below after the terminal is restored, not drawn over the screen.
        error = context.get("exception")
        if error is not None and app.is_running and not app.is_done:
            app.exit(exception=error)
        else:
            loop.default_exception_handler(context)

    def pre_run() -> None:
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGHUP):
            loop.add_signal_handler(number, ui.quit, 128 + number)
        loop.set_exception_handler(end_on_error)
        if program or session.extensions.get("startup"):
            app.create_background_task(startup())

    # Everything built so far lives as long as the process: keep the garbage collector from
    # walking it again and again, which would show up as pauses between keystrokes.
    gc.collect()
    gc.freeze()
    try:
        status = app.run(pre_run=pre_run, set_exception_handler=False)
    except KeyboardInterrupt:
        status = 130
    except Exception as error:  # noqa: BLE001 - the terminal is restored; say what happened
        if isinstance(error, OSError) and error.errno in _TERMINAL_GONE:
            # The terminal was closed under ted: end as a hangup does, with nothing to draw on.
            return 128 + signal.SIGHUP
        print(f"ted: crashed: {type(error).__name__}: {sanitize(str(error))}", file=sys.stderr)
        return 70
    return 0 if status is None else int(status)
