"""The settings file: values, and errors that name the file, line and key."""

from __future__ import annotations

from editor.core.config import config_path, load_config


def write(text: str):
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_no_settings_and_no_errors():
    assert load_config() == ({}, [])


def test_valid_settings_are_read():
    write('theme = "light"\nwrap = true\nline_numbers = "relative"\nruler = 80\n')
    settings, errors = load_config()
    assert errors == []
    assert settings == {"theme": "light", "wrap": True, "line_numbers": "relative", "ruler": 80}


def test_each_bad_entry_is_reported_with_line_and_key_and_left_out():
    path = write('theme = "light"\nwarp = true\nruler = "80"\nline_numbers = "sometimes"\n'
                 "tab_width = 0\nwrap = 1\n")
    settings, errors = load_config()
    assert settings == {"theme": "light"}
    assert [(e.line, e.key) for e in errors] == [
        (2, "warp"), (3, "ruler"), (4, "line_numbers"), (5, "tab_width"), (6, "wrap")
    ]
    assert str(errors[0]).startswith(f"{path}:2: key 'warp': unknown setting")
    assert "expected a whole number" in str(errors[1])
    assert "absolute, relative, off" in str(errors[2])


def test_a_toml_syntax_error_names_the_line():
    path = write('theme = "light"\nwrap = \n')
    settings, errors = load_config()
    assert settings == {}
    assert len(errors) == 1 and errors[0].line == 2
    assert str(errors[0]).startswith(f"{path}:2: invalid TOML")


def test_startup_commands_are_parsed_with_the_command_language():
    write('commands = ["view.ruler 80; view.wrap on", "edit.insert \\"a b\\""]\ntab_width = 2\n')
    settings, errors = load_config()
    assert settings["commands"] == ["view.ruler 80; view.wrap on", 'edit.insert "a b"']
    assert errors == []
    write("tab_width = 2\ncommands = [\"view.ruler 80\", \"edit.insert 'oops\"]\n")
    settings, errors = load_config()
    assert "commands" not in settings and settings["tab_width"] == 2
    assert [(e.line, e.key) for e in errors] == [(2, "commands")]
    assert "command line 2" in errors[0].message and "column 13" in errors[0].message
