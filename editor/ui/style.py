"""Themes as prompt_toolkit styles, and the colour depth to draw them with.

The core loads a theme (`editor.core.theme`); here each style string is checked with
prompt_toolkit's own parser, so a misspelt colour is reported with its file, line and key, and
the theme becomes a `Style`: every UI role is the class `<role>`, every token type the class
prompt_toolkit's pygments support gives it (`pygments.name.function`). prompt_toolkit applies a
dotted class's parents first, so a token type the theme leaves out takes its parent's style.
"""

from __future__ import annotations

import os
import string
from collections.abc import Callable, Mapping

from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import Style
from prompt_toolkit.styles.pygments import pygments_token_to_classname

from editor.core.theme import Theme, ThemeError, check_styles, color_depth, load_theme

COLOR_DEPTHS: dict[str, ColorDepth] = {
    "1": ColorDepth.DEPTH_1_BIT,
    "16": ColorDepth.DEPTH_4_BIT,
    "256": ColorDepth.DEPTH_8_BIT,
    "24bit": ColorDepth.DEPTH_24_BIT,
}
MONOCHROME_THEME = "mono"


def style_problem(style: str) -> str | None:
    """What prompt_toolkit finds wrong with a style string, or None when it is fine."""
    try:
        Style([("checked", style)])
    except ValueError as error:
        return str(error)
    bad = next((word for word in style.split() if not _hex_ok(word)), None)
    return f"Wrong color format {bad.split(':', 1)[-1]!r}" if bad else None


def _hex_ok(word: str) -> bool:
    """Whether a "#..." colour in a style word has only hex digits (prompt_toolkit's parser
    accepts "#12345g" and then draws no colour)."""
    colour = word.removeprefix("bg:").removeprefix("fg:")
    if not colour.startswith("#") or len(colour) not in (4, 7):  # "#ansired" is a name
        return True
    return all(digit in string.hexdigits for digit in colour[1:])


_MENU_CLASSES = {
    "palette": "completion-menu.completion",
    "palette.selected": "completion-menu.completion.current",
}
# The menu's second column (a command's key and help) in the same colours.
_MENU_META = {
    "palette": "completion-menu.meta.completion",
    "palette.selected": "completion-menu.meta.completion.current",
}


def build_style(theme: Theme) -> tuple[Style, list[ThemeError]]:
    """The prompt_toolkit Style of a theme, and the style strings it had to leave out."""
    checked, errors = check_styles(theme, style_problem)
    rules = [(role, styled.style) for role, styled in checked.ui.items()]
    # prompt_toolkit's completion menu is drawn with the palette's roles.
    for role, menu_class in _MENU_CLASSES.items():
        if role in checked.ui:
            rules.append((menu_class, checked.ui[role].style))
            rules.append((_MENU_META[role], checked.ui[role].style))
    for token, styled in checked.tokens.items():
        rules.append((pygments_token_to_classname(token), styled.style))  # type: ignore[arg-type]
    return Style(rules), errors


class Themes:
    """The styles of the themes drawn so far, each built (and its errors reported) once, and
    the colour depth to draw with; with no colours (NO_COLOR) every theme draws as `mono`."""

    def __init__(
        self,
        report: Callable[[str, bool], None],
        environ: Mapping[str, str] = os.environ,
        setting: str | None = None,
    ) -> None:
        self.depth = COLOR_DEPTHS[color_depth(environ, setting)]
        self._report = report
        self._styles: dict[str, Style] = {}

    def style(self, name: str) -> Style:
        """The Style for the theme called `name` (cheap: prompt_toolkit asks on every draw)."""
        if self.depth is ColorDepth.DEPTH_1_BIT:
            name = MONOCHROME_THEME
        style = self._styles.get(name)
        if style is None:
            theme, _ = load_theme(name)  # the core's problems are reported by whoever chose it
            style, errors = build_style(theme)
            self._styles[name] = style
            if errors:
                more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
                self._report(f"{errors[0]}{more}", True)
        return style
