#!/usr/bin/env python3
"""Time a regex search and a regex replace-all on the 100 MB log, ted against other editors.

Each run is a new session in a pseudo-terminal (the same harness as bench.py): wait for the
first screen, send the editor's keys up to the last one, then time from that last key until
the screen shows the result (the matched line; the editor's "replaced N" message).  Prints a
Markdown table of medians; `--json PATH` also writes every run.  See README.md in this folder.

This is a script, not a test:  python3 benchmarks/bench_search.py --runs 3
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench  # noqa: E402
import bench_data  # noqa: E402
import bench_editors  # noqa: E402
from bench_pty import PtySession, ProcessExited, WaitTimeout  # noqa: E402

FILE = "log100"
STEP_QUIET = 0.3  # s of silence after each untimed key group, before the next one
# The first match is the generator's last line, "... INFO  boot   service stopped cleanly"
# (the only other "boot" line is the first, "service starting").  Extended regex syntax
# that every engine here reads the same (POSIX ERE, Go RE2, Python re; vim with \v).
SEARCH_RE = r"^[^ ]+ INFO +boot +service stop[a-z]+ cl[a-z]+$"
# The level field of the WARN and ERROR lines: about a sixth of the 2,000,000 lines.
REPLACE_RE = r"(WARN|ERROR) "
REPLACE_WITH = r"[\1] "  # Python, vim, nano, pyvim; micro (Go) writes the group as $1

CTRL_E, CTRL_F, CTRL_P, CTRL_W, CTRL_BACKSLASH = b"\x05", b"\x06", b"\x10", b"\x17", b"\x1c"
ALT_R, ENTER = b"\x1br", b"\r"

Step = tuple[bytes, str | None]  # keys, and the text to wait for on screen after them


@dataclass(frozen=True)
class Script:
    """How one editor does one scenario: untimed steps, then the timed key, then `done`."""

    steps: list[Step]
    final: bytes
    done: str  # regex over the screen's text; its first group, if any, is the count reported
    keys: str  # the keys, as the report shows them
    files: dict[str, str] = field(default_factory=dict)  # written into the run's directory first


@dataclass(frozen=True)
class Scenario:
    """One measured task: each editor's script for it, and the editors that cannot do it."""

    name: str
    what: str  # one line for the report
    scripts: dict[str, Callable[[bench_data.PreparedFile], Script]]
    unsupported: dict[str, str]  # editor -> why it is not measured


def _ted_palette(line: str) -> list[Step]:
    """Run a command line from ted's palette (Ctrl-P): typed whole, it runs as typed."""
    return [(CTRL_P, "Command:"), (line.encode(), f"Command: {line}")]


def _ted_regex_on() -> list[Step]:
    return _ted_palette("search.regex") + [(ENTER, "Search options: regex")]


def _search_done(pf: bench_data.PreparedFile) -> str:
    return re.escape(pf.last_marker)


SEARCH = Scenario(
    "regex search",
    f"from the top, find `{SEARCH_RE}`; timed from Enter until the matched line is on screen",
    {
        "ted": lambda pf: Script(
            [(CTRL_F, "Find:"), (ALT_R, "Find [regex]:"), (SEARCH_RE.encode(), SEARCH_RE)],
            ENTER, _search_done(pf), "Ctrl-F, Alt-R, REGEX, **Enter**"),
        "vim": lambda pf: Script(
            [(b"/\\v" + SEARCH_RE.encode(), "/\\v" + SEARCH_RE)],
            ENTER, _search_done(pf), "`/\\v`REGEX **Enter**"),
        "nano": lambda pf: Script(
            [(CTRL_W, "Search"), (ALT_R, "Search [Regexp]:"), (SEARCH_RE.encode(), SEARCH_RE)],
            ENTER, _search_done(pf), "Ctrl-W, Alt-R, REGEX, **Enter**"),
        # micro searches as you type, a whole scan of the file for each key (about 1-2 s
        # a key here): with that off, Enter does the one search, as in the others.
        "micro": lambda pf: Script(
            [(CTRL_F, "Find (regex):"), (SEARCH_RE.encode(), SEARCH_RE)],
            ENTER, _search_done(pf), "Ctrl-F, REGEX, **Enter** (setting `incsearch` off)",
            files={"micro-config/settings.json": '{"incsearch": false}\n'}),
    },
    {"pyvim": "its / search is for literal text (prompt_toolkit's Document.find escapes the pattern)"},
)

REPLACE = Scenario(
    "replace-all",
    f"replace every `{REPLACE_RE}` with `{REPLACE_WITH}`; timed from the last key until the editor says it is done",
    {
        "ted": lambda pf: Script(
            _ted_regex_on() + _ted_palette(f"search.replace_all '{REPLACE_RE}' '{REPLACE_WITH}'"),
            ENTER, r"Replaced (\d+)",
            "Ctrl-P `search.regex` Enter, Ctrl-P `search.replace_all 'RE' 'WITH'` **Enter** -> `Replaced N`"),
        "vim": lambda pf: Script(
            [(f":%s/\\v{REPLACE_RE}/{REPLACE_WITH}/g".encode(), f":%s/\\v{REPLACE_RE}/{REPLACE_WITH}/g")],
            ENTER, r"(\d+) substitutions? on \d+ lines?",
            "`:%s/\\vRE/WITH/g` **Enter** -> `N substitutions on N lines`"),
        "nano": lambda pf: Script(
            [(CTRL_BACKSLASH, "(to replace)"), (ALT_R, "[Regexp] (to replace)"), (REPLACE_RE.encode(), REPLACE_RE),
             (ENTER, "Replace with:"), (REPLACE_WITH.encode(), REPLACE_WITH), (ENTER, "Replace this instance?")],
            b"A", r"Replaced (\d+) occurrences",
            "`Ctrl-\\`, Alt-R, RE, Enter, WITH, Enter, **A** (all) -> `Replaced N occurrences`"),
        "micro": lambda pf: Script(
            [(CTRL_E, None), (_micro_replace().encode(), _micro_replace())],
            ENTER, r"Replaced (\d+) occurrences",
            "Ctrl-E `replaceall \"RE\" \"[$1] \"` **Enter** -> `Replaced N occurrences of RE`"),
        # pyvim's :s takes no % range and says nothing when done: all lines by number, and
        # done when a replaced line is on screen (it leaves the cursor on the last line).
        "pyvim": lambda pf: Script(
            [(_pyvim_replace(pf).encode(), _pyvim_replace(pf))],
            ENTER, r"\[(?:WARN|ERROR)\] ",
            "`:1,LASTs/RE/WITH/g` **Enter** -> a replaced line on screen (no message)"),
    },
    {},
)

SCENARIOS = {"search": SEARCH, "replace": REPLACE}


def _micro_replace() -> str:
    return f'replaceall "{REPLACE_RE}" "{REPLACE_WITH.replace(chr(92) + "1", "$1")}"'


def _pyvim_replace(pf: bench_data.PreparedFile) -> str:
    return f":1,{pf.lines}s/{REPLACE_RE}/{REPLACE_WITH}/g"


# --------------------------------------------------------------------- expected results


@dataclass
class Expected:
    """What the scenarios should find in the file, worked out with Python's re."""

    first_match_line: int | None
    replacements: int
    replaced_sha256: str


def expected_results(pf: bench_data.PreparedFile) -> Expected:
    """The first match's line and the replace-all's count and text, by Python's re."""
    text = pf.path.read_bytes().decode("ascii")
    found = re.search(SEARCH_RE, text, re.MULTILINE)
    line = text.count("\n", 0, found.start()) + 1 if found else None
    replaced, count = re.subn(REPLACE_RE, REPLACE_WITH, text)
    return Expected(line, count, hashlib.sha256(replaced.encode("ascii")).hexdigest())


def reported_count(done: str, screen: str) -> int | None:
    """The count in the editor's done message (the first group of `done`), if it has one."""
    match = re.search(done, screen)
    if match is None or not match.groups() or match.group(1) is None:
        return None
    return int(match.group(1))


# --------------------------------------------------------------------- one run


def _wait_text(sess: PtySession, text: str, timeout: float) -> None:
    """Wait until `text` is on screen (the editor has taken the keys before it)."""
    sess.wait_for(lambda: sess.contains(text), timeout, f"{text!r} on screen")


def run_once(ed: bench_editors.Editor, pf: bench_data.PreparedFile, script: Script,
             opts: argparse.Namespace, check_path: bool) -> dict[str, Any]:
    """One session: first screen, the untimed steps, then the timed key until `done` shows."""
    res: dict[str, Any] = {"status": "error", "seconds": None}
    with tempfile.TemporaryDirectory(prefix="ted-bench-") as tmp:
        env = bench.make_env(tmp, ed.env)
        for sub in ed.make_dirs:
            Path(tmp, sub).mkdir(parents=True, exist_ok=True)
        for rel, content in script.files.items():
            Path(tmp, rel).parent.mkdir(parents=True, exist_ok=True)
            Path(tmp, rel).write_text(content, encoding="utf-8")
        try:
            sess = PtySession(ed.command(str(pf.path), tmp), cwd=ed.cwd or tmp, env=env,
                              cols=bench.COLS, rows=bench.ROWS)
        except OSError as exc:
            res["detail"] = f"cannot start: {exc}"
            return res
        limit = opts.timeout
        try:
            try:
                t = sess.wait_for(lambda: sess.contains(pf.first_marker), opts.timeout, "first line on screen")
                res["first_screen_s"] = t - sess.t_spawn
                sess.settle(bench.START_QUIET, min(opts.timeout, 10.0))
                for keys, expect in script.steps:
                    sess.send(keys)
                    if expect:
                        _wait_text(sess, expect, opts.timeout)
                    sess.settle(STEP_QUIET, opts.timeout)
                done = re.compile(script.done)
                if done.search(sess.text()):
                    res["note"] = "the result was on screen before the last key"
                limit = opts.run_timeout
                t0 = sess.send(script.final)
                t1 = sess.wait_for(lambda: bool(done.search(sess.text())), opts.run_timeout, "the result on screen")
                res.update(status="ok", seconds=t1 - t0, reported=reported_count(script.done, sess.text()))
                if check_path:
                    res["saved_sha256"] = _save_copy(sess, Path(tmp, "copy.log"), opts)
            except WaitTimeout as exc:
                res.update(status="timeout", detail=f"{exc}: not within {limit:g} s; "
                                                    f"bottom row: {bench._clip(_bottom_row(sess))!r}")
            except ProcessExited as exc:
                res.update(status="exited", detail=str(exc))
        except Exception as exc:  # a harness bug must not stop the other editors
            res.update(status="error", detail=f"harness error: {type(exc).__name__}: {exc}")
            res["traceback"] = traceback.format_exc()
        finally:
            try:
                res["quit"] = bench.quit_editor(sess, ed, opts.quit_timeout)
            finally:
                sess.close()
    return res


def _bottom_row(sess: PtySession) -> str:
    """The last row of the screen with text on it (where the editors show messages)."""
    rows = [sess.row_text(y).strip() for y in range(sess.rows)]
    return next((row for row in reversed(rows) if row), "")


def _save_copy(sess: PtySession, path: Path, opts: argparse.Namespace) -> str:
    """Have ted save its text to `path` (file.save_as from the palette); its sha256."""
    for keys, expect in _ted_palette(f"file.save_as '{path}'") + [(ENTER, f"Saved {path.name}")]:
        sess.send(keys)
        _wait_text(sess, expect, opts.run_timeout)
        sess.settle(STEP_QUIET, opts.timeout)
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------- runs and report


def measure(ed: bench_editors.Editor, pf: bench_data.PreparedFile, scenario: Scenario,
            opts: argparse.Namespace) -> dict[str, Any]:
    """`opts.runs` runs (fewer if one fails: the same limit would be waited out again)."""
    script = scenario.scripts[ed.name](pf)
    runs = []
    for i in range(opts.runs):
        check = opts.check_text and ed.name == "ted" and scenario is REPLACE and i == 0
        r = run_once(ed, pf, script, opts, check)
        runs.append(r)
        msg = f"[{scenario.name}] {ed.name} run {i + 1}/{opts.runs}: "
        msg += f"{r['seconds']:.3f}s" if r["status"] == "ok" else f"{r['status']}: {r.get('detail', '')}"
        if r.get("reported") is not None:
            msg += f", reported {r['reported']}"
        bench.log(msg)
        if r["status"] != "ok":
            break
    ok = [r["seconds"] for r in runs if r["status"] == "ok"]
    return {
        "script": script.keys,
        "runs": runs,
        "median_s": statistics.median(ok) if ok else None,
        "min_s": min(ok) if ok else None,
        "max_s": max(ok) if ok else None,
        "status": "ok" if ok else runs[-1]["status"],
        "finished": datetime_now(),
    }


def datetime_now() -> str:
    """The local time to the second, for the report."""
    return _dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def fastest_peer(cells: dict[str, dict[str, Any]]) -> tuple[str, float] | None:
    """The peer (not ted) with the lowest median, and that median."""
    peers = [(c["median_s"], name) for name, c in cells.items() if name != "ted" and c["median_s"] is not None]
    if not peers:
        return None
    median, name = min(peers)
    return name, median


def ratio_text(scenario: str, cells: dict[str, dict[str, Any]], run_timeout: float) -> str:
    """ted's median against the fastest peer's, as one line of the report."""
    best = fastest_peer(cells)
    ted = cells.get("ted")
    if ted is None or best is None:
        return f"{scenario}: needs ted and a peer measured"
    peer, peer_s = best
    if ted["median_s"] is None:
        return f"{scenario}: ted {ted['status']} (limit {run_timeout:g} s); fastest peer {peer} {peer_s:.3f} s"
    return (f"{scenario}: ted {ted['median_s']:.3f} s / {peer} {peer_s:.3f} s = "
            f"{ted['median_s'] / peer_s:.2f}x")


def _cell(value: float | None, status: str) -> str:
    if value is not None:
        return f"{value:.3f}"
    return {"timeout": "timed out", "exited": "exited"}.get(status, status)


def render(pf: bench_data.PreparedFile, expected: Expected, editors: dict[str, bench_editors.Editor],
           skipped: dict[str, str], results: dict[str, dict[str, dict[str, Any]]],
           opts: argparse.Namespace) -> str:
    """The Markdown report: the table, the keys each editor got, notes, and ted's ratios."""
    lines = [
        f"## ted search benchmark — {datetime_now()[:16]}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} CPUs, Linux {platform.release()}, "
        f"Python {platform.python_version()}; terminal {bench.COLS}x{bench.ROWS} {bench.TERM} (pyte); "
        f"{opts.runs} runs, each a new session; limit {opts.run_timeout:g} s from the timed key. "
        f"Load average (1 min) before: {opts.load_before[0]:.2f}, after: {os.getloadavg()[0]:.2f}.",
        "",
        f"File: {pf.name} = {pf.path.name}, {pf.size / 2**20:.1f} MiB, {pf.lines:,} lines. "
        f"First match of the search: line {expected.first_match_line:,}; "
        f"replacements: {expected.replacements:,} (Python re).",
        "",
        *bench.editor_lines(editors, skipped),
    ]
    lines += ["", "Scenarios:"] + [f"- **{SCENARIOS[s].name}**: {SCENARIOS[s].what}." for s in results]
    lines += ["", "| Scenario | Editor | Median (s) | Min (s) | Max (s) | Runs | Reported count |",
              "|---|---|---:|---:|---:|---:|---:|"]
    notes: list[str] = []
    for key, cells in results.items():
        scenario = SCENARIOS[key]
        for name, cell in cells.items():
            ok = [r for r in cell["runs"] if r["status"] == "ok"]
            reported = {r.get("reported") for r in ok} - {None}
            lines.append("| " + " | ".join([
                scenario.name, name, _cell(cell["median_s"], cell["status"]),
                _cell(cell["min_s"], cell["status"]), _cell(cell["max_s"], cell["status"]),
                str(len(ok)), ", ".join(f"{n:,}" for n in sorted(reported)) or "—"]) + " |")
            for r in cell["runs"]:
                if r["status"] != "ok":
                    notes.append(f"{scenario.name}/{name}: {r['status']}: {r.get('detail', '')}")
                if r.get("note"):
                    notes.append(f"{scenario.name}/{name}: {r['note']}")
                if r.get("quit") not in (None, "clean"):
                    notes.append(f"{scenario.name}/{name}: quit: {r['quit']}")
                if "saved_sha256" in r:
                    same = r["saved_sha256"] == expected.replaced_sha256
                    notes.append(f"{scenario.name}/{name}: text saved after the replace "
                                 + ("is the same as Python's re.sub" if same else "DIFFERS from Python's re.sub"))
            if key == "replace" and reported and reported != {expected.replacements}:
                notes.append(f"{scenario.name}/{name}: reported {reported}, expected {expected.replacements:,}")
        for name, why in scenario.unsupported.items():
            if name in editors:
                notes.append(f"{scenario.name}/{name}: not measured: {why}")
    lines += ["", "Keys (the timed key in bold):", ""]
    lines += ["| Scenario | Editor | Keys |", "|---|---|---|"]
    for key, cells in results.items():
        lines += [f"| {SCENARIOS[key].name} | {name} | {cell['script']} |" for name, cell in cells.items()]
    if notes:
        lines += ["", "Notes:"] + [f"- {n}" for n in dict.fromkeys(notes)]
    lines += ["", "ted against the fastest peer (median; below 1.00x means ted is faster):"]
    lines += [f"- {ratio_text(SCENARIOS[k].name, cells, opts.run_timeout)}" for k, cells in results.items()]
    if "ted" in editors:
        when = "; ".join(f"{SCENARIOS[k].name} {c['ted']['finished']}" for k, c in results.items() if "ted" in c)
        lines.append(f"- ted measured (last run finished): {when}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line; exits with a message on a bad value."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--editors", default=",".join(bench_editors.EDITOR_NAMES),
                    help="comma-separated editors (default: %(default)s)")
    ap.add_argument("--scenarios", default=",".join(SCENARIOS),
                    help="comma-separated scenarios (default: %(default)s)")
    ap.add_argument("--runs", type=int, default=3, help="runs per scenario and editor (default 3)")
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="seconds for the first screen and for each untimed step (default 60)")
    ap.add_argument("--run-timeout", type=float, default=120.0,
                    help="seconds from the timed key for the result to show (default 120)")
    ap.add_argument("--quit-timeout", type=float, default=5.0, help="seconds to wait for exit before killing")
    ap.add_argument("--check-text", action="store_true",
                    help="in ted's first replace-all run, save the text to a copy and compare it with Python's re.sub")
    ap.add_argument("--data-dir", type=Path, default=Path.home() / ".cache" / "ted-bench",
                    help="where generated files are kept (default: %(default)s)")
    ap.add_argument("--ted-cmd", default=None, help="command for ted, run from the repo root (as bench.py)")
    ap.add_argument("--json", type=Path, default=None, help="also write every run to this JSON file")
    opts = ap.parse_args(argv)
    if opts.runs < 1:
        ap.error("--runs must be >= 1")
    if min(opts.timeout, opts.run_timeout) <= 0:
        ap.error("--timeout and --run-timeout must be positive")
    return opts


def main(argv: list[str] | None = None) -> int:
    """Measure every scenario for every editor asked for, and print the report."""
    opts = parse_args(argv)
    opts.load_before = os.getloadavg()
    wanted = [s.strip() for s in opts.scenarios.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SCENARIOS]
    if unknown:
        bench.log(f"unknown scenario(s): {', '.join(unknown)}; known: {', '.join(SCENARIOS)}")
        return 2
    data_dir = opts.data_dir.expanduser()
    pf = bench_data.prepare(bench_data.DATASETS[FILE], data_dir, bench.log)
    started = time.perf_counter()
    expected = expected_results(pf)
    bench.log(f"expected: first match on line {expected.first_match_line}, {expected.replacements} "
              f"replacements ({time.perf_counter() - started:.1f}s)")

    editors: dict[str, bench_editors.Editor] = {}
    skipped: dict[str, str] = {}
    for name in [e.strip() for e in opts.editors.split(",") if e.strip()]:
        try:
            editors[name] = bench_editors.resolve(name, bench.REPO_ROOT, data_dir / "pycache", opts.ted_cmd)
        except bench_editors.Unavailable as exc:
            skipped[name] = str(exc)
            bench.log(f"skipping {name}: {exc}")

    results: dict[str, dict[str, dict[str, Any]]] = {}
    for key in wanted:
        scenario = SCENARIOS[key]
        results[key] = {}
        for name, ed in editors.items():
            if name in scenario.scripts:
                results[key][name] = measure(ed, pf, scenario, opts)
    print(render(pf, expected, editors, skipped, results, opts))
    if opts.json:
        data = {"generated": datetime_now(), "options": {k: str(v) for k, v in vars(opts).items()},
                "file": {"path": str(pf.path), "size": pf.size, "lines": pf.lines},
                "expected": vars(expected), "skipped": skipped, "results": results}
        opts.json.parent.mkdir(parents=True, exist_ok=True)
        opts.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        bench.log(f"wrote {opts.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
