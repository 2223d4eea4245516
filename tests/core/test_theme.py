"""Theme files: finding, inheritance, palette, pygments styles as themes, every error's place,
and the colour depth chosen from the environment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pygments.styles import get_all_styles
from pygments.token import Keyword, Literal, Name, Token

from editor.core.paths import config_dir, data_dir
from editor.core.theme import (
    UI_ROLES,
    Theme,
    check_styles,
    color_depth,
    load_theme,
    theme_names,
)

SHIPPED = sorted(path.stem for path in data_dir("themes").glob("*.toml"))
ATTRIBUTES = {"bold", "nobold", "italic", "noitalic", "underline", "nounderline", "reverse",
              "noreverse", "dim", "nodim", "noinherit"}


def user_theme(name: str, text: str) -> Path:
    """Write a theme into the user's theme folder (a temporary folder in tests)."""
    folder = config_dir() / "themes"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def styles(theme: Theme) -> dict[str, str]:
    """The theme's UI roles as plain style strings."""
    return {role: styled.style for role, styled in theme.ui.items()}


def test_the_shipped_themes_include_dark_light_16_colours_and_mono() -> None:
    assert {"default", "light", "ansi16", "mono"} <= set(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_theme_loads_and_defines_every_role(name: str) -> None:
    theme, errors = load_theme(name)
    assert errors == []
    assert theme.name == name
    assert set(theme.ui) == set(UI_ROLES)


@pytest.mark.parametrize("name", sorted(get_all_styles()))
def test_every_pygments_style_is_a_theme_with_every_role(name: str) -> None:
    theme, errors = load_theme(name)
    assert errors == []
    assert set(theme.ui) == set(UI_ROLES)
    if name in SHIPPED:  # ted's own theme of that name comes first
        assert theme.ui["text"].source == str(data_dir("themes") / f"{name}.toml")
    else:
        assert theme.ui["text"].source == f"pygments style {name!r}"
        assert Keyword in theme.tokens and Token in theme.tokens


def test_a_pygments_style_draws_on_its_background_over_the_theme_of_its_brightness() -> None:
    dark, _ = load_theme("monokai")
    assert dark.ui["text"].style == "bg:#272822 #f8f8f2"
    assert dark.tokens[Keyword].style == "#66d9ef"
    assert dark.ui["error"] == load_theme("default")[0].ui["error"]
    light, _ = load_theme("solarized-light")
    assert light.ui["text"].style.startswith("bg:#fdf6e3")
    assert light.ui["error"] == load_theme("light")[0].ui["error"]


def test_a_pygments_style_leaves_no_token_of_the_theme_below_it() -> None:
    theme, _ = load_theme("monokai")
    # default.toml colours Name.Function; monokai does not, so its own (empty) entry wins and
    # the function name takes monokai's Name colour, as in pygments.
    assert theme.tokens[Name.Function].style == "#a6e22e"
    assert theme.tokens[Name.Namespace].style == ""


def test_ansi16_uses_only_ansi_colour_names_and_mono_no_colour() -> None:
    for styled in [*load_theme("ansi16")[0].ui.values(), *load_theme("ansi16")[0].tokens.values()]:
        for word in styled.style.split():
            colour = word.removeprefix("bg:")
            assert colour in ATTRIBUTES or colour.startswith("ansi"), (styled.key, word)
    for styled in [*load_theme("mono")[0].ui.values(), *load_theme("mono")[0].tokens.values()]:
        assert set(styled.style.split()) <= ATTRIBUTES, styled.key


def test_the_palette_fills_in_colours() -> None:
    user_theme("mine", 'inherits = "default"\n[palette]\nhot = "#ff8800"\n'
                       '[ui]\nselection = "bg:$hot bold"\n[tokens]\nKeyword = "$hot"\n')
    theme, errors = load_theme("mine")
    assert errors == []
    assert theme.ui["selection"].style == "bg:#ff8800 bold"
    assert theme.tokens[Keyword].style == "#ff8800"


def test_inheritance_chains_and_a_child_palette_recolours_what_it_inherits() -> None:
    user_theme("middle", 'inherits = "default"\n[ui]\nruler = "bg:$red"\n')
    user_theme("top", 'inherits = "middle"\n[palette]\nred = "#ff0000"\n[ui]\nprompt = "italic"\n')
    theme, errors = load_theme("top")
    assert errors == []
    assert theme.ui["prompt"].style == "italic"  # its own
    assert theme.ui["ruler"].style == "bg:#ff0000"  # the middle's, with the top's palette
    assert theme.ui["error"].style == "#ff0000 bold"  # the default's, with the top's palette
    assert theme.ui["status"] == load_theme("default")[0].ui["status"]


def test_light_inherits_default_with_another_palette() -> None:
    light, _ = load_theme("light")
    default, _ = load_theme("default")
    assert light.ui["selection"].style == "bg:#bcc0cc"
    assert default.ui["selection"].style == "bg:#45475a"
    assert light.tokens[Keyword].source.endswith("default.toml")


def test_token_types_are_pygments_paths_dotted_quoted_or_nested() -> None:
    user_theme("mine", '[tokens]\nToken = "#111111"\n"Token.Keyword" = "#222222"\n'
                       'Name.Function = "#333333"\nString = "#444444"\n'
                       '"Number.Integer" = "#555555"\n[tokens.Comment]\nSingle = "#666666"\n')
    theme, errors = load_theme("mine")
    assert errors == []
    assert {token: styled.style for token, styled in theme.tokens.items()} == {
        Token: "#111111", Keyword: "#222222", Name.Function: "#333333", Literal.String: "#444444",
        Literal.Number.Integer: "#555555", Token.Comment.Single: "#666666",
    }


def test_user_themes_come_before_shipped_ones_which_come_before_pygments() -> None:
    assert load_theme("default")[0].ui["text"].style == ""  # ted's, not pygments' "default"
    user_theme("default", '[ui]\ntext = "bg:#000000"\n')
    user_theme("monokai", 'inherits = "monokai"\n[ui]\ntext = "bg:#123456"\n')
    assert load_theme("default")[0].ui["text"].style == "bg:#000000"
    monokai, errors = load_theme("monokai")
    assert errors == []
    assert monokai.ui["text"].style == "bg:#123456"
    assert monokai.tokens[Keyword].style == "#66d9ef"  # inherited from the pygments style


def test_a_user_theme_can_inherit_the_shipped_theme_of_its_own_name() -> None:
    path = user_theme("default", 'inherits = "default"\n[ui]\nprompt = "italic"\n')
    theme, errors = load_theme("default")
    assert errors == []
    assert theme.ui["prompt"].style == "italic" and theme.ui["prompt"].source == str(path)
    assert theme.ui["selection"].style == "bg:#45475a"


def test_theme_names_list_user_shipped_and_pygments_themes() -> None:
    user_theme("zebra", '[ui]\ntext = ""\n')
    names = theme_names()
    assert {"zebra", "default", "light", "ansi16", "monokai", "solarized-light"} <= set(names)
    assert names == sorted(set(names))


# Errors --------------------------------------------------------------------------------------


def only_error(name: str) -> tuple[Theme, str]:
    """Load a theme that has exactly one problem; the theme and the problem's text."""
    theme, errors = load_theme(name)
    assert len(errors) == 1, errors
    return theme, str(errors[0])


def test_a_toml_syntax_error_names_the_line_and_falls_back_to_the_default_theme() -> None:
    path = user_theme("broken", '[ui]\ntext = ""\nselection = \n')
    theme, error = only_error("broken")
    assert error.startswith(f"{path}:3: invalid TOML")
    assert theme.name == "default" and theme.ui == load_theme("default")[0].ui


def test_an_unknown_role_is_reported_and_the_good_entries_kept() -> None:
    path = user_theme("mine", 'inherits = "default"\n[ui]\nselektion = "reverse"\n'
                              'status = "bold"\n')
    theme, error = only_error("mine")
    assert error == f"{path}:3: key 'selektion': unknown role (did you mean 'selection'?)"
    assert theme.name == "mine" and theme.ui["status"].style == "bold"


def test_an_unknown_token_type_is_reported() -> None:
    path = user_theme("mine", '[tokens]\nKeyword = "bold"\n"Name.Funktion" = "bold"\n')
    theme, error = only_error("mine")
    assert error.startswith(f"{path}:3: key 'Name.Funktion': unknown token type")
    assert "'Name.Function'" in error and Keyword in theme.tokens


def test_an_unknown_palette_name_is_reported_where_it_is_used() -> None:
    path = user_theme("mine", '[palette]\nblue = "#0000ff"\n[ui]\ntext = "bg:$bleu"\n'
                              'selection = "bg:$blue"\n[tokens]\nKeyword = "$ghost bold"\n')
    theme, errors = load_theme("mine")
    assert [str(error) for error in errors] == [
        f"{path}:4: key 'text': unknown palette name '$bleu' (did you mean 'blue'?)",
        f"{path}:7: key 'Keyword': unknown palette name '$ghost'",
    ]
    assert theme.ui["selection"].style == "bg:#0000ff"
    assert "text" not in theme.ui and Keyword not in theme.tokens


def test_a_palette_name_in_a_parent_is_reported_in_the_parents_file() -> None:
    parent = user_theme("parent", '[ui]\ntext = "$missing"\n')
    user_theme("child", 'inherits = "parent"\n')
    _, error = only_error("child")
    assert error.startswith(f"{parent}:2: key 'text': unknown palette name '$missing'")


def test_a_bad_palette_entry_is_reported() -> None:
    path = user_theme("mine", '[palette]\nok = "#010101"\n"two words" = "#000000"\n'
                              'wide = "#000000 bold"\n')
    _, errors = load_theme("mine")
    assert [(error.line, error.key) for error in errors] == [(3, "two words"), (4, "wide")]
    assert all(error.source == str(path) for error in errors)


def test_a_value_of_the_wrong_kind_and_an_unknown_key_are_reported() -> None:
    path = user_theme("mine", 'inherits = 3\ncolours = "x"\nui = "x"\n[tokens]\nKeyword = 1\n')
    _, errors = load_theme("mine")
    assert [str(error) for error in errors] == [
        f"{path}:1: key 'inherits': expected a string",
        f"{path}:2: key 'colours': unknown key (expected inherits, palette, ui, tokens)",
        f"{path}:3: key 'ui': expected a table",
        f"{path}:5: key 'Keyword': expected a style string",
    ]


def test_an_unknown_parent_is_reported_and_the_default_theme_inherited() -> None:
    path = user_theme("mine", '# mine\ninherits = "nosuch"\n[ui]\ntext = "bold"\n')
    theme, error = only_error("mine")
    assert error == (f"{path}:2: key 'inherits': unknown theme 'nosuch'; "
                     "inheriting the default theme")
    assert theme.ui["text"].style == "bold"
    assert theme.ui["selection"] == load_theme("default")[0].ui["selection"]


def test_an_inheritance_cycle_is_reported_and_broken() -> None:
    user_theme("one", 'inherits = "two"\n[ui]\ntext = "bold"\n')
    two = user_theme("two", '\ninherits = "one"\n[ui]\nprompt = "italic"\n')
    theme, error = only_error("one")
    assert error == f"{two}:2: key 'inherits': inherits itself: one -> two -> one"
    assert theme.ui["text"].style == "bold" and theme.ui["prompt"].style == "italic"
    assert set(theme.ui) == set(UI_ROLES)  # the default theme stands in for the cycle


def test_a_broken_parent_is_reported_and_replaced_by_the_default_theme() -> None:
    parent = user_theme("parent", "[ui\n")
    user_theme("child", 'inherits = "parent"\n[ui]\ntext = "bold"\n')
    theme, error = only_error("child")
    assert error.startswith(f"{parent}:1: invalid TOML")
    assert theme.name == "child" and set(theme.ui) == set(UI_ROLES)


def test_an_unknown_theme_is_reported_by_name_and_the_default_used() -> None:
    for name in ("nosuch", "../themes/default", ""):
        theme, error = only_error(name)
        assert error == f"unknown theme {name!r}; using the default theme"
        assert theme.name == "default" and theme.ui == load_theme("default")[0].ui


def test_a_broken_user_default_falls_back_to_the_shipped_default() -> None:
    path = user_theme("default", "text = [\n")
    theme, error = only_error("default")
    assert error.startswith(f"{path}:1: invalid TOML")
    assert theme.ui["selection"].style == "bg:#45475a"


def test_check_styles_drops_what_the_checker_rejects_and_names_its_place() -> None:
    path = user_theme("mine", '[ui]\ntext = "bold"\nselection = "bg:#nope"\n'
                              '[tokens]\nKeyword = "#nope"\nString = "italic"\n')
    theme, errors = load_theme("mine")
    assert errors == []
    checked, errors = check_styles(theme, lambda style: "bad colour" if "#nope" in style else None)
    assert [str(error) for error in errors] == [
        f"{path}:3: key 'selection': bad style 'bg:#nope': bad colour",
        f"{path}:5: key 'Keyword': bad style '#nope': bad colour",
    ]
    assert set(checked.ui) == {"text"} and set(checked.tokens) == {Literal.String}


def test_loading_never_raises_on_an_unreadable_file() -> None:
    path = user_theme("mine", "")
    path.write_bytes(b"\xff\xfe not utf-8")
    theme, error = only_error("mine")
    assert error.startswith(f"{path}: cannot read") and theme.name == "default"


# Colour depth --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "16"),
        ({"TERM": "xterm"}, "16"),
        ({"TERM": "xterm-256color"}, "256"),
        ({"TERM": "screen-256color"}, "256"),
        ({"TERM": "xterm", "COLORTERM": "256color"}, "256"),
        ({"TERM": "xterm-256color", "COLORTERM": "truecolor"}, "24bit"),
        ({"TERM": "xterm", "COLORTERM": "24bit"}, "24bit"),
        ({"TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"}, "1"),
        ({"TERM": "xterm", "NO_COLOR": "yes"}, "1"),
        ({"TERM": "xterm-256color", "NO_COLOR": ""}, "256"),  # set but empty: no effect
    ],
)
def test_colour_depth_from_the_environment(environ: dict[str, str], expected: str) -> None:
    assert color_depth(environ) == expected


def test_an_explicit_colour_depth_wins_even_over_no_color() -> None:
    environ = {"TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"}
    for setting in ("1", "16", "256", "24bit"):
        assert color_depth(environ, setting) == setting
    with pytest.raises(ValueError, match=re.escape("expected one of 1, 16, 256, 24bit")):
        color_depth(environ, "65536")
