"""Python plugins: files that add commands to the registry.

A plugin is a `.py` file in `$XDG_CONFIG_HOME/ted/plugins/` (loaded in sorted order) or named
with `ted --plugin PATH`. Each is loaded by path under a private module name, never through
`sys.path`, so nothing is picked up from the current folder or from a file being edited. Its
`@command` functions are collected while it runs and registered only once it has run to the
end, all or none: a plugin that fails (a syntax error, an exception, a name that is taken) is
reported with its file and leaves no trace, and the other plugins still load.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import itertools
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.core.commands import Registry
from editor.core.paths import config_dir
from editor.core.session import Session

log = logging.getLogger(__name__)

_SUPPORTED = (int, str, bool, Path)
_numbers = itertools.count(1)


@dataclass(frozen=True)
class _Pending:
    """A command declared by the plugin being loaded, not registered yet."""

    name: str
    func: Callable[..., Any]
    aliases: tuple[str, ...]


# The commands declared so far by the plugin being loaded (None when none is loading).
_pending: list[_Pending] | None = None


@dataclass(frozen=True)
class PluginError:
    """A plugin that could not be loaded, why, and the line of the plugin where it failed."""

    path: Path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        # The file name and the error come first: they fit on the message line; the whole
        # path follows for when the name alone is ambiguous.
        where = f", line {self.line}" if self.line else ""
        return f"plugin {self.path.name}{where}: {self.message} ({self.path})"


def plugin_dir() -> Path:
    """The user's plugin folder."""
    return config_dir() / "plugins"


def plugin_files(extra: Sequence[Path] = ()) -> list[Path]:
    """Every `*.py` file in the plugin folder, sorted by name, then the `extra` paths."""
    folder = plugin_dir()
    if not folder.is_dir():
        return list(extra)
    return [*sorted(path for path in folder.glob("*.py") if path.is_file()), *extra]


def load_plugins(paths: Sequence[Path], registry: Registry) -> list[PluginError]:
    """Load each plugin file into `registry`; the problems of those that failed."""
    errors = []
    for path in paths:
        try:
            _load(path, registry)
        except (Exception, SystemExit) as error:  # noqa: BLE001 - a plugin never stops ted
            # The user sees the report; the traceback is for whoever configures logging.
            log.debug("plugin %s failed to load", path, exc_info=True)
            errors.append(_error(path, error))
    return errors


class _Refused(Exception):
    """A plugin file that cannot be used although it ran (or could not be run at all)."""


def _error(path: Path, error: BaseException) -> PluginError:
    """Describe why `path` failed to load, with the plugin's line when the error has one."""
    if isinstance(error, _Refused):
        return PluginError(path, str(error))
    if isinstance(error, SyntaxError):
        return PluginError(path, f"SyntaxError: {error.msg}", error.lineno)
    line = None
    trace = error.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == str(path.absolute()):
            line = trace.tb_lineno
        trace = trace.tb_next
    return PluginError(path, f"{type(error).__name__}: {error}", line)


def _load(path: Path, registry: Registry) -> None:
    """Run one plugin file under a private module name and register its commands."""
    global _pending
    name = f"_ted_plugin_{next(_numbers)}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise _Refused("not a Python source file")
    module = importlib.util.module_from_spec(spec)
    declared: list[_Pending] = []
    sys.modules[name] = module
    _pending = declared
    try:
        spec.loader.exec_module(module)
        _register(declared, registry)
    except BaseException:
        del sys.modules[name]
        raise
    finally:
        _pending = None


def _register(declared: list[_Pending], registry: Registry) -> None:
    """Add the declared commands to `registry`, all or none."""
    checked = Registry()
    for item in declared:
        for word in (item.name, *item.aliases):
            if word in registry or word in checked:
                raise _Refused(f"command {word} is already registered")
        command = checked.add(item.name, item.func, item.aliases)
        for param in command.params:
            if param.kind not in _SUPPORTED and not param.choices:
                raise _Refused(
                    f"{item.name}: parameter {param.name} has type {param.kind!r}; "
                    "use int, str, bool, Path or Literal[...]"
                )
    for item in declared:
        registry.add(item.name, item.func, item.aliases)


def command(
    name: str, *, aliases: tuple[str, ...] = ()
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator for plugin files: declare the function as command `name`.

    The function takes the session, then typed parameters; its docstring's first line is its
    help. However many edits it makes, running it is one undo step."""

    def declare(func: Callable[..., Any]) -> Callable[..., Any]:
        if _pending is None:
            raise RuntimeError("editor.plugin.command only works in a plugin file loaded by ted")
        _pending.append(_Pending(name, _one_step(func), aliases))
        return func

    return declare


def _one_step(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a command so that its edits to every open buffer are one undo step each."""
    if inspect.iscoroutinefunction(func):

        @functools.wraps(func)
        async def run_async(session: Session, *args: Any) -> Any:
            with _single_step(session):
                return await func(session, *args)

        return run_async

    @functools.wraps(func)
    def run(session: Session, *args: Any) -> Any:
        with _single_step(session):
            return func(session, *args)

    return run


@contextmanager
def _single_step(session: Session) -> Iterator[None]:
    with ExitStack() as stack:
        for document in session.documents:
            stack.enter_context(document.single_step())
        yield
