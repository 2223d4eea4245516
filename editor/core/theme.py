"""Themes: TOML files mapping UI roles and pygments token types to style strings.

    inherits = "default"              # optional: start from another theme (or pygments style)
    [palette]                         # named colours, used as $name in the styles below
    accent = "#ff8800"
    [ui]                              # UI roles (UI_ROLES); they become `class:<role>`
    selection = "bg:$accent"
    [tokens]                          # pygments token types; a child falls back to its parent
    "Name.Function" = "$accent bold"

A theme is found by name in the user's `themes` folder, then among the shipped themes, then
among the installed pygments styles, which become themes too. Palette names are resolved after
inheritance, so a theme that only changes the palette recolours everything it inherits.

Loading never fails: every problem is a `ThemeError` naming the file, line and key, a bad entry
is left out (the rest of the theme still works), and a theme (or parent) that cannot be loaded at
all is replaced by the default theme. Style strings are prompt_toolkit's, which the core cannot
parse: `check_styles` takes the UI's checker and reports what it rejects with the same places.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pygments.style import Style as PygmentsStyle
from pygments.styles import get_all_styles, get_style_by_name
from pygments.token import STANDARD_TYPES, Text, Token

from editor.core.paths import config_dir, data_dir
from editor.core.tomlsource import syntax_error

DEFAULT = "default"
UI_ROLES: tuple[str, ...] = (
    "text", "cursor-line", "selection", "line-number", "line-number.current", "gutter",
    "status", "status.inactive", "status.modified", "status.readonly", "status.recording",
    "message", "error",
    "prompt", "search", "search.current", "bracket", "whitespace", "ruler", "escape",
    "palette", "palette.selected", "pane-border", "bufferline", "bufferline.active",
    "bufferline.modified", "cursor.secondary",
)
COLOR_DEPTHS: tuple[str, ...] = ("1", "16", "256", "24bit")

TokenType = tuple[str, ...]  # a pygments token type, e.g. Token.Name.Function
RGB = tuple[int, int, int]


def token_path(token: TokenType) -> str:
    """How a theme writes a token type: "Name.Function" for Token.Name.Function."""
    return ".".join(token) or "Token"


# Token type paths as a theme writes them; "String..." and "Number..." are short for
# "Literal.String..." and "Literal.Number...", as in pygments.
TOKEN_TYPES: dict[str, TokenType] = {
    path: token
    for token in STANDARD_TYPES
    for path in {token_path(token), token_path(token).removeprefix("Literal.")}
}
_TABLES = ("palette", "ui", "tokens")
_INFORMATION = ("name", "description")
_NAME = re.compile(r"[\w-]+")
_PALETTE_NAME = re.compile(r"[A-Za-z_][\w-]*")
_REFERENCE = re.compile(r"\$([A-Za-z_][\w-]*)?")
_HEADER = re.compile(r"\s*\[\[?\s*([^\]]*?)\s*\]")
_ENTRY = re.compile(r"""\s*(?:"([^"]*)"|'([^']*)'|([\w.-]+))\s*=""")


@dataclass(frozen=True)
class ThemeError:
    """One problem in a theme, and where it is."""

    source: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        what = f"key {self.key!r}: {self.message}" if self.key else self.message
        return f"{where}: {what}" if where else what


@dataclass(frozen=True)
class Styled:
    """A style string and where it was written, so that a later check can point at it."""

    style: str
    source: str
    line: int
    key: str


@dataclass(frozen=True)
class Theme:
    """A loaded theme: style strings (palette names resolved) for UI roles and token types."""

    name: str
    ui: dict[str, Styled]
    tokens: dict[TokenType, Styled]


@dataclass
class _Layer:
    """One theme file or pygments style, before inheritance and palette names are resolved."""

    source: str
    parent: str | None = None
    parent_line: int = 0
    palette: dict[str, str] = field(default_factory=dict)
    ui: dict[str, Styled] = field(default_factory=dict)
    tokens: dict[TokenType, Styled] = field(default_factory=dict)


# A place a theme can come from: a TOML file, or the name of a pygments style.
_Candidate = Path | str


def load_theme(name: str) -> tuple[Theme, list[ThemeError]]:
    """The theme called `name` with every problem found; the default theme when it cannot load."""
    errors: list[ThemeError] = []
    seen: dict[str, str] = {}
    candidates = _candidates(name)
    layers = _follow(candidates[0], name, seen, errors) if candidates else []
    if layers:
        return _merge(name, layers, errors), errors
    if not candidates:
        errors.append(ThemeError("", 0, "", f"unknown theme {name!r}; using the default theme"))
    return _merge(DEFAULT, _fallback(seen, errors), errors), errors


def theme_names() -> list[str]:
    """Every theme name that `load_theme` accepts: user, shipped and pygments, for completion."""
    files = {path.stem for folder in _folders() for path in folder.glob("*.toml")}
    return sorted(name for name in files | _pygments_styles() if _NAME.fullmatch(name))


def check_styles(
    theme: Theme, problem: Callable[[str], str | None]
) -> tuple[Theme, list[ThemeError]]:
    """The theme without the style strings `problem` rejects, and an error at each one's place."""
    errors: list[ThemeError] = []

    def keep(styled: Styled) -> bool:
        found = problem(styled.style)
        if found:
            message = f"bad style {styled.style!r}: {found}"
            errors.append(ThemeError(styled.source, styled.line, styled.key, message))
        return not found

    ui = {role: styled for role, styled in theme.ui.items() if keep(styled)}
    tokens = {token: styled for token, styled in theme.tokens.items() if keep(styled)}
    return replace(theme, ui=ui, tokens=tokens), errors


def color_depth(environ: Mapping[str, str], setting: str | None = None) -> str:
    """How many colours to draw with ("1", "16", "256", "24bit"): `setting` when given, else
    what the environment says (NO_COLOR, then COLORTERM, then TERM)."""
    if setting is not None:
        if setting not in COLOR_DEPTHS:
            raise ValueError(f"colour depth {setting!r}: expected one of {', '.join(COLOR_DEPTHS)}")
        return setting
    if environ.get("NO_COLOR"):
        return "1"
    colorterm = environ.get("COLORTERM", "").lower()
    if colorterm in ("truecolor", "24bit"):
        return "24bit"
    if "256" in colorterm or "256color" in environ.get("TERM", "").lower():
        return "256"
    return "16"


# Finding and following themes ------------------------------------------------------------


def _folders() -> list[Path]:
    """Where theme files are looked for, the user's first."""
    return [config_dir() / "themes", data_dir("themes")]


@functools.cache
def _pygments_styles() -> frozenset[str]:
    """The names of the installed pygments styles (plugins included)."""
    return frozenset(get_all_styles())


def _candidates(name: str) -> list[_Candidate]:
    """Every place a theme called `name` comes from, the one that wins first."""
    if not _NAME.fullmatch(name):
        return []
    files = [folder / f"{name}.toml" for folder in _folders()]
    found: list[_Candidate] = [path for path in files if path.is_file()]
    return found + [name] if name in _pygments_styles() else found


def _ident(candidate: _Candidate) -> str:
    """What makes two candidates the same theme, for finding cycles."""
    return str(candidate.resolve()) if isinstance(candidate, Path) else f"pygments:{candidate}"


def _follow(
    candidate: _Candidate, name: str, seen: dict[str, str], errors: list[ThemeError]
) -> list[_Layer]:
    """The layers of a theme, itself first, following `inherits`; [] when it cannot be read."""
    seen[_ident(candidate)] = name
    if isinstance(candidate, Path):
        layer = _read_file(candidate, errors)
    else:
        layer = _read_pygments(candidate, errors)
    if layer is None:
        return []
    if layer.parent is None:
        return [layer]
    return [layer, *_parent_layers(layer, layer.parent, seen, errors)]


def _parent_layers(
    layer: _Layer, parent: str, seen: dict[str, str], errors: list[ThemeError]
) -> list[_Layer]:
    """The layers `layer` inherits: those of `parent` (skipping files already in the chain, so
    a user's `default.toml` can inherit the shipped one), else the default theme's."""
    candidates = _candidates(parent)
    fresh = [candidate for candidate in candidates if _ident(candidate) not in seen]
    layers = _follow(fresh[0], parent, seen, errors) if fresh else []
    if layers:
        return layers
    if not candidates:
        message = f"unknown theme {parent!r}; inheriting the default theme"
    elif not fresh:
        message = f"inherits itself: {' -> '.join([*seen.values(), parent])}"
    else:
        message = ""  # the parent could not be read; that is reported already
    if message:
        errors.append(ThemeError(layer.source, layer.parent_line, "inherits", message))
    return _fallback(seen, errors)


def _fallback(seen: dict[str, str], errors: list[ThemeError]) -> list[_Layer]:
    """The default theme's layers, standing in for what could not be loaded."""
    for candidate in _candidates(DEFAULT):
        if _ident(candidate) not in seen and (layers := _follow(candidate, DEFAULT, seen, errors)):
            return layers
    return []


def _merge(name: str, layers: list[_Layer], errors: list[ThemeError]) -> Theme:
    """One theme from its layers (itself first), with palette names replaced by colours."""
    palette: dict[str, str] = {}
    ui: dict[str, Styled] = {}
    tokens: dict[TokenType, Styled] = {}
    for layer in reversed(layers):
        palette.update(layer.palette)
        ui.update(layer.ui)
        tokens.update(layer.tokens)
    return Theme(name, _resolved(ui, palette, errors), _resolved(tokens, palette, errors))


def _resolved(
    entries: dict[Any, Styled], palette: dict[str, str], errors: list[ThemeError]
) -> dict[Any, Styled]:
    """The entries with `$name`s replaced; one naming an unknown name is reported, left out."""
    result = {}
    for key, styled in entries.items():
        names = [match[0] for match in _REFERENCE.finditer(styled.style) if match[1] not in palette]
        if names:
            message = f"unknown palette name {names[0]!r}" + _did_you_mean(names[0][1:], palette)
            errors.append(ThemeError(styled.source, styled.line, styled.key, message))
        else:
            style = _REFERENCE.sub(lambda match: palette[match[1]], styled.style)
            result[key] = replace(styled, style=style)
    return result


# Reading a theme file --------------------------------------------------------------------


def _read_file(path: Path, errors: list[ThemeError]) -> _Layer | None:
    """The layer a theme file holds, its problems added to `errors`; None when unreadable."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        errors.append(ThemeError(source, 0, "", f"cannot read: {error}"))
        return None
    except tomllib.TOMLDecodeError as error:
        line, message = syntax_error(text, error)
        errors.append(ThemeError(source, line, "", message))
        return None
    layer = _Layer(source)
    for key, value in data.items():
        line = _line_of(text, "", key)
        if key == "inherits" and isinstance(value, str):
            layer.parent, layer.parent_line = value, line
        elif key in _TABLES and isinstance(value, dict):
            _read_table(layer, key, _flatten(value), text, errors)
        elif key in _INFORMATION and isinstance(value, str):
            continue
        else:
            errors.append(ThemeError(source, line, key, _bad_top_level(key)))
    return layer


def _bad_top_level(key: str) -> str:
    """Why a top-level entry is refused."""
    if key == "inherits" or key in _INFORMATION:
        return "expected a string"
    if key in _TABLES:
        return "expected a table"
    return f"unknown key (expected inherits, {', '.join(_TABLES)})"


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A table with nested tables turned into dotted keys (`Name.Function = ...` unquoted)."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[prefix + key] = value
    return flat


def _read_table(
    layer: _Layer, table: str, entries: dict[str, Any], text: str, errors: list[ThemeError]
) -> None:
    """Add the palette, ui or tokens entries of a file to `layer`, reporting the bad ones."""
    for key, value in entries.items():
        line = _line_of(text, table, key) or _line_of(text, "", table)
        problem = _problem(table, key, value)
        if problem:
            errors.append(ThemeError(layer.source, line, key, problem))
        elif table == "palette":
            layer.palette[key] = value
        elif table == "ui":
            layer.ui[key] = Styled(value, layer.source, line, key)
        else:
            token = TOKEN_TYPES[key.removeprefix("Token.")]
            layer.tokens[token] = Styled(value, layer.source, line, key)


def _problem(table: str, key: str, value: object) -> str:
    """What is wrong with one entry of a table ("" when nothing is)."""
    if table == "palette":
        if not _PALETTE_NAME.fullmatch(key):
            return "a palette name is a letter or _ then letters, digits, - and _"
        if not isinstance(value, str) or not value or len(value.split()) != 1 or "$" in value:
            return "expected one colour, such as \"#ff8800\" or \"ansiblue\""
        return ""
    if table == "ui" and key not in UI_ROLES:
        return "unknown role" + _did_you_mean(key, UI_ROLES)
    if table == "tokens" and key.removeprefix("Token.") not in TOKEN_TYPES:
        return "unknown token type" + _did_you_mean(key, TOKEN_TYPES)
    return "" if isinstance(value, str) else "expected a style string"


def _did_you_mean(word: str, choices: Any) -> str:
    """A hint naming the closest known word, if one is close."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _line_of(text: str, table: str, key: str) -> int:
    """The line (1-based, 0 if not found) setting `key` in `[table]` (at the top level when
    `table` is ""), however the key is written: quoted, dotted, or under `[table.part]`."""
    wanted = f"{table}.{key}" if table else key
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        if header := _HEADER.match(line):
            current = header[1].strip("\"'") + "."
        elif (entry := _ENTRY.match(line)) and current + _written(entry) == wanted:
            return number
    return 0


def _written(entry: re.Match[str]) -> str:
    """The key of a `key = value` line, without its quotes."""
    return next(group for group in entry.groups() if group is not None)


# Pygments styles as themes ---------------------------------------------------------------


def _read_pygments(name: str, errors: list[ThemeError]) -> _Layer | None:
    """A pygments style as a layer: its token styles, and UI roles drawn from its colours over
    the default (dark) or light theme."""
    source = f"pygments style {name!r}"
    try:
        style = get_style_by_name(name)
    except Exception as error:  # noqa: BLE001 - a third-party style plugin can fail in any way
        errors.append(ThemeError(source, 0, "", f"cannot load: {error}"))
        return None
    background = _rgb(style.background_color)
    layer = _Layer(source, parent="light" if background and _is_light(background) else DEFAULT)
    layer.tokens = {
        token: Styled(value, source, 0, token_path(token)) for token, value in style.styles.items()
    }
    if background:
        roles = _derived_roles(style, background)
        layer.ui = {role: Styled(value, source, 0, role) for role, value in roles.items()}
    return layer


def _derived_roles(style: type[PygmentsStyle], background: RGB) -> dict[str, str]:
    """UI roles for a pygments style, shaded between its background and text colours."""
    light = _is_light(background)
    foreground = (
        _rgb(style.style_for_token(Token)["color"])
        or _rgb(style.style_for_token(Text)["color"])
        or ((0, 0, 0) if light else (255, 255, 255))
    )

    def shade(share: float) -> str:
        return _hex(tuple(round(b + (f - b) * share) for b, f in zip(background, foreground)))

    highlight = _rgb(style.highlight_color)
    pale_yellow = style.highlight_color == PygmentsStyle.highlight_color  # pygments' default
    if pale_yellow or (highlight and _is_light(highlight) != light):
        highlight = None
    selection = _hex(highlight) if highlight else shade(0.25)
    number = _rgb(style.line_number_color)
    number_background = _rgb(style.line_number_background_color)
    gutter = f"bg:{_hex(number_background)}" if number_background else ""
    base, text = _hex(background), _hex(foreground)
    return {
        "text": f"bg:{base} {text}",
        "cursor-line": f"bg:{shade(0.08)}",
        "selection": f"bg:{selection}",
        "gutter": gutter,
        "line-number": f"{_hex(number) if number else shade(0.4)} {gutter}".rstrip(),
        "line-number.current": f"{text} bold",
        "status": f"bg:{shade(0.2)} {text}",
        "status.inactive": f"bg:{shade(0.1)} {shade(0.6)}",
        "whitespace": shade(0.3),
        "ruler": f"bg:{shade(0.1)}",
        "palette": f"bg:{shade(0.1)} {text}",
        "palette.selected": f"bg:{selection} {text} bold",
        "pane-border": f"bg:{base} {shade(0.3)}",
        "bufferline": f"bg:{shade(0.1)} {shade(0.7)}",
        "bufferline.active": f"bg:{base} {text} bold",
    }


def _rgb(colour: str | None) -> RGB | None:
    """The red, green and blue of "#rrggbb" or "#rgb" (the "#" optional); None for anything else."""
    digits = (colour or "").removeprefix("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    if len(digits) != 6 or not re.fullmatch(r"[0-9a-fA-F]{6}", digits):
        return None
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _hex(rgb: tuple[int, ...]) -> str:
    """The "#rrggbb" form of a colour."""
    return "#" + "".join(f"{channel:02x}" for channel in rgb)


def _is_light(rgb: RGB) -> bool:
    """Whether a colour is light (dark text reads on it), by its perceived brightness."""
    red, green, blue = rgb
    return red * 299 + green * 587 + blue * 114 > 127_500
