"""Themes as prompt_toolkit styles: every role and token class resolves, a child token takes
its parent's style, bad style strings are reported with their place, and the colour depth."""

from __future__ import annotations

from pathlib import Path

import pytest
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import Attrs, Style
from prompt_toolkit.styles.pygments import pygments_token_to_classname, style_from_pygments_cls
from pygments.styles import get_all_styles, get_style_by_name
from pygments.token import STANDARD_TYPES, Keyword

from editor.core.paths import config_dir, data_dir
from editor.core.theme import UI_ROLES, load_theme
from editor.ui.style import COLOR_DEPTHS, Themes, build_style, style_problem

SHIPPED = sorted(path.stem for path in data_dir("themes").glob("*.toml"))
SAMPLE_TOKENS = ("pygments", "pygments.keyword", "pygments.keyword.constant",
                 "pygments.name.function", "pygments.comment.single", "pygments.literal.string",
                 "pygments.literal.number")


def user_theme(name: str, text: str) -> Path:
    """Write a theme into the user's theme folder (a temporary folder in tests)."""
    folder = config_dir() / "themes"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def attrs(style: Style, classes: str) -> Attrs:
    return style.get_attrs_for_style_str(" ".join(f"class:{name}" for name in classes.split()))


def style_of(name: str) -> Style:
    style, errors = build_style(load_theme(name)[0])
    assert errors == []
    return style


@pytest.mark.parametrize("name", SHIPPED + sorted(get_all_styles()))
def test_every_theme_gives_a_style_where_every_role_and_sample_token_resolves(name: str) -> None:
    theme, errors = load_theme(name)
    style, style_errors = build_style(theme)
    assert errors == [] and style_errors == []
    classes = {names for names, _ in style.class_names_and_attrs}
    for role in UI_ROLES:
        assert frozenset([role]) in classes, role
        attrs(style, role)
    for token_class in SAMPLE_TOKENS:
        attrs(style, f"text {token_class}")


def test_the_default_theme_draws_with_its_colours() -> None:
    style = style_of("default")
    assert attrs(style, "selection").bgcolor == "45475a"
    assert attrs(style, "pygments.keyword").color == "cba6f7"
    assert attrs(style, "text").bgcolor == ""  # the terminal's own background
    modified = attrs(style, "status status.modified")
    assert (modified.bgcolor, modified.color, modified.bold) == ("313244", "f9e2af", True)


def test_a_token_type_the_theme_leaves_out_takes_its_parents_style() -> None:
    user_theme("mine", '[tokens]\nToken = "#111111"\nKeyword = "#ff0000 bold"\n'
                       '"Keyword.Type" = "#00ff00 nobold"\n')
    style = style_of("mine")
    constant = attrs(style, "pygments.keyword.constant")  # not in the theme: Keyword's
    assert (constant.color, constant.bold) == ("ff0000", True)
    own = attrs(style, "pygments.keyword.type")  # its own entry wins
    assert (own.color, own.bold) == ("00ff00", False)
    assert attrs(style, "pygments.name.function").color == "111111"  # only Token applies
    reserved = pygments_token_to_classname(Keyword.Reserved)  # what the pane draws with
    assert attrs(style, f"text {reserved}").color == "ff0000"


@pytest.mark.parametrize("name", sorted(set(get_all_styles()) - {"default"}))
def test_a_pygments_theme_colours_every_token_as_pygments_does(name: str) -> None:
    ours = style_of(name)
    theirs = style_from_pygments_cls(get_style_by_name(name))
    for token in STANDARD_TYPES:
        token_class = pygments_token_to_classname(token)
        assert attrs(ours, token_class) == attrs(theirs, token_class), token


def test_a_pygments_theme_draws_text_on_its_background() -> None:
    assert attrs(style_of("monokai"), "text").bgcolor == "272822"
    assert attrs(style_of("solarized-light"), "text").bgcolor == "fdf6e3"


def test_a_bad_style_string_is_reported_with_file_line_and_key() -> None:
    path = user_theme("mine", '[palette]\nsurf = "#12345"\n[ui]\ntext = "bold"\n'
                              'selection = "bg:$surf"\nstatus = "reverse blu"\n'
                              '[tokens]\nKeyword = "#12345g"\n')
    theme, errors = load_theme("mine")
    assert errors == []
    style, errors = build_style(theme)
    assert [str(error) for error in errors] == [
        f"{path}:5: key 'selection': bad style 'bg:#12345': Wrong color format '#12345'",
        f"{path}:6: key 'status': bad style 'reverse blu': Wrong color format 'blu'",
        f"{path}:8: key 'Keyword': bad style '#12345g': Wrong color format '#12345g'",
    ]
    assert attrs(style, "text").bold is True  # the good entries are kept


@pytest.mark.parametrize(
    "good",
    ["", "bold #ff8800 bg:#202020", "italic ansired", "reverse", "underline", "noinherit",
     "bg:#fff", "#ansiblue", "fg:ansibrightblack nobold", "darkslategray", "border:#ff0000"],
)
def test_prompt_toolkit_style_strings_pass(good: str) -> None:
    assert style_problem(good) is None


def test_colour_depths_map_to_prompt_toolkit() -> None:
    assert COLOR_DEPTHS == {
        "1": ColorDepth.DEPTH_1_BIT, "16": ColorDepth.DEPTH_4_BIT,
        "256": ColorDepth.DEPTH_8_BIT, "24bit": ColorDepth.DEPTH_24_BIT,
    }
    assert Themes(print, {"TERM": "xterm-256color"}).depth is ColorDepth.DEPTH_8_BIT
    assert Themes(print, {"COLORTERM": "truecolor"}).depth is ColorDepth.DEPTH_24_BIT
    assert Themes(print, {"NO_COLOR": "1"}, setting="16").depth is ColorDepth.DEPTH_4_BIT


def test_without_colours_every_theme_draws_as_mono() -> None:
    themes = Themes(print, {"TERM": "xterm-256color", "NO_COLOR": "1"})
    assert themes.depth is ColorDepth.DEPTH_1_BIT
    selection = attrs(themes.style("monokai"), "selection")
    assert selection.reverse is True and selection.bgcolor == ""


def test_themes_builds_each_style_once_and_reports_its_errors_once() -> None:
    path = user_theme("mine", '[ui]\ntext = "bold"\nselection = "bg:#zzzzzz"\nstatus = "blu"\n')
    reports: list[tuple[str, bool]] = []
    themes = Themes(lambda text, error: reports.append((text, error)), {"TERM": "xterm-256color"})
    style = themes.style("mine")
    assert themes.style("mine") is style
    assert reports == [(f"{path}:3: key 'selection': bad style 'bg:#zzzzzz': "
                        "Wrong color format '#zzzzzz' (and 1 more)", True)]
    assert themes.style("default") is not style and len(reports) == 1
