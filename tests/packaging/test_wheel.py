"""The wheel carries the keymaps and themes, and an installed ted finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_data_and_finds_it_when_installed(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next(tmp_path.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "editor/keymaps/default.toml" in names
    assert "editor/themes/default.toml" in names
    assert any(name.endswith("entry_points.txt") for name in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import editor.core.paths as p, editor.commands;"
        "from editor.core.keymap import load_keymap; from editor.core.commands import REGISTRY;"
        "km, errors = load_keymap('default', REGISTRY);"
        "print(p.data_dir('keymaps')); print(len(errors), len(km.modes['normal']))"
    )
    result = subprocess.run(
        [sys.executable, "-P", "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    folder, counts = result.stdout.splitlines()
    assert Path(folder) == site / "editor" / "keymaps"
    errors, bindings = counts.split()
    assert errors == "0" and int(bindings) > 20
