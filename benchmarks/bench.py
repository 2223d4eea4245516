#!/usr/bin/env python3
"""Benchmark ted against other terminal editors in a pseudo-terminal.

For each editor x generated file it measures: time to the first screen, keystroke latency
near the top and near the end of the file, and peak memory (VmHWM); on a file of one long
line also the latency of cursor moves near its end (horizontal scrolling); on the
`--jump-files` the latency of the first keystrokes right after the jump to the end.  Prints
Markdown tables; `--json PATH` also writes the raw numbers.  See README.md in this folder.

This is a script, not a test:  python3 benchmarks/bench.py --quick
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import pwd
import re
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_data  # noqa: E402
import bench_editors  # noqa: E402
from bench_pty import (  # noqa: E402
    PtySession, ProcessExited, RunDeadline, WaitTimeout, editor_pid, peak_rss_kib,
)

COLS, ROWS = 120, 40
TERM = "xterm-256color"
# Distinct characters, so the text typed so far is recognisable after every keystroke.
TYPED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
SUFFIX = 16  # how many of the last typed characters must be on the cursor's row
LARGE_FILE = 50_000_000  # --quick runs files at least this big only once
KEY_QUIET = 0.05  # s of silence from the editor before each keystroke (it is idle)
MODE_QUIET = 0.15  # s of silence after a mode/navigation key
START_QUIET = 0.25  # s of silence after the first screen before typing starts
JUMP_KEYS = 5  # keystrokes typed at once after the jump to the end (the "jump" measure)
HSCROLL_BACK = 200  # the cursor moves this many characters left from the end of the long line
HSCROLL_EDGE = 6  # ... then right, to this many columns before the right edge of the screen
HSCROLL_CONTEXT = 16  # characters around the cursor that must match the file (see _aligned)
END_CONTEXT = 5  # characters before the cursor that must be the end of a one-line file (_end_at_cursor)
DECCKM = 1 << 5  # pyte's key for "application cursor keys" (private mode 1, shifted by 5)

# ted's targets, checked against these two files when both were measured.
TARGET_FILE = "log100"
BASELINE_FILE = "small"
TARGET_FIRST_SCREEN_S = 3.0
TARGET_KEY_P90_MS = 16.0
TARGET_KEY_RATIO = 1.5
TARGET_MEM_FACTOR = 3.0


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------- statistics


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile, q in [0, 100]."""
    data = sorted(values)
    if not data:
        raise ValueError("no data")
    pos = (len(data) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


# --------------------------------------------------------------------- one run


def make_env(tmp: str, extra: dict[str, str]) -> dict[str, str]:
    """A clean environment with a throw-away HOME and XDG dirs: no user config applies."""
    base = Path(tmp)
    dirs = {
        "HOME": base / "home",
        "XDG_CONFIG_HOME": base / "home" / ".config",
        "XDG_DATA_HOME": base / "home" / ".local" / "share",
        "XDG_STATE_HOME": base / "home" / ".local" / "state",
        "XDG_CACHE_HOME": base / "home" / ".cache",
        "XDG_RUNTIME_DIR": base / "run",
        "TMPDIR": base / "tmp",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        user = pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        user = "bench"
    env = {k: str(v) for k, v in dirs.items()}
    env.update(
        PATH=os.environ.get("PATH", os.defpath),
        TERM=TERM,
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        SHELL="/bin/sh",
        USER=user,
        LOGNAME=user,
    )
    env.update(extra)
    return env


def _limit(exc: WaitTimeout, timeout: float) -> str:
    if isinstance(exc, RunDeadline):
        return "before the run's time limit (--run-timeout) ran out"
    return f"within {timeout:g}s"


def _type_keys(sess: PtySession, keys: str, timeout: float, key_timeout: float,
               quiet: bool = True) -> dict[str, Any]:
    """Type `keys` one at a time.  A keystroke's latency runs from the write of the key to
    the chunk after which a row shows one more copy of the text typed so far (its last
    SUFFIX characters) than it did before the key: normally the cursor's row; any other
    row is accepted too, but counted in `off_cursor_row` (the editor left the terminal
    cursor somewhere other than the insertion point).

    With `quiet`, each key waits for KEY_QUIET s of silence first (the editor is idle);
    without, the next key goes out as soon as the previous one is on screen.  A key that
    is not on screen within `key_timeout` ends the phase ("timeout"); so does the phase
    running over `timeout` ("partial")."""
    samples: list[float] = []
    off_cursor = 0
    started = time.perf_counter()
    screen = sess.screen
    for i, ch in enumerate(keys):
        if quiet:
            sess.settle(KEY_QUIET, 2.0)
        else:
            sess.settle(0.0, 0.02)  # only take in what has already arrived
        cursor_row = screen.cursor.y
        before = [sess.row_text(r) for r in range(sess.rows)]
        suffix = keys[: i + 1][-SUFFIX:]
        hit: list[int] = []

        def shown() -> bool:
            for r in [cursor_row] + sorted(screen.dirty - {cursor_row}):
                if r >= sess.rows:
                    continue
                row = sess.row_text(r)
                if row != before[r] and row.count(suffix) > before[r].count(suffix):
                    hit.append(r)
                    return True
            return False

        screen.dirty.clear()
        t0 = sess.send(ch.encode())
        try:
            t1 = sess.wait_for(shown, key_timeout, f"keystroke {i + 1} ({ch!r})")
        except WaitTimeout as exc:
            return {"samples_ms": samples, "status": "timeout", "off_cursor_row": off_cursor,
                    "detail": f"{exc} not on screen {_limit(exc, key_timeout)}; cursor row {cursor_row + 1}: "
                              f"{_clip(sess.row_text(cursor_row).rstrip())!r}"}
        samples.append((t1 - t0) * 1000.0)
        if hit[0] != cursor_row:
            off_cursor += 1
        if time.perf_counter() - started > timeout and i + 1 < len(keys):
            return {"samples_ms": samples, "status": "partial", "off_cursor_row": off_cursor,
                    "detail": f"stopped after {i + 1} of {len(keys)} keys (phase over {timeout:g}s)"}
    return {"samples_ms": samples, "status": "ok", "off_cursor_row": off_cursor}


def _clip(text: str, n: int = 160) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."


def _send_steps(sess: PtySession, steps: list[bytes]) -> None:
    for keys in steps:
        sess.send(keys)
        sess.settle(MODE_QUIET, 5.0)


def _single_line(pf: bench_data.PreparedFile) -> bool:
    return pf.lines == 1


def _goto_end(sess: PtySession, ed: bench_editors.Editor, pf: bench_data.PreparedFile,
              timeout: float) -> tuple[float | None, dict[str, Any] | None]:
    """Send the editor's go-to-end keys (for a one-line file: to the end of that line) and
    wait for the last marker.  Returns (seconds from the last key group, None), or
    (None, a failed phase result)."""
    single = _single_line(pf)
    tail = _line_tail(pf) if single else ""

    def at_end() -> bool:
        return sess.contains(pf.last_marker) or (single and _end_at_cursor(sess, tail))

    steps = ed.end_keys(single)
    _send_steps(sess, steps[:-1])
    t0 = sess.send(steps[-1])
    try:
        t1 = sess.wait_for(at_end, timeout, "last line on screen")
    except WaitTimeout as exc:
        return None, {"samples_ms": [], "status": "timeout",
                      "detail": f"end of the file not on screen after the go-to-end keys ({_limit(exc, timeout)})"}
    return t1 - t0, None


def _phase_top(sess: PtySession, ed: bench_editors.Editor, keys: str, opts: argparse.Namespace) -> dict[str, Any]:
    if ed.insert_top:
        _send_steps(sess, [ed.insert_top])
    return _type_keys(sess, keys, opts.timeout, _key_timeout(opts))


def _phase_end(sess: PtySession, ed: bench_editors.Editor, pf: bench_data.PreparedFile,
               keys: str, opts: argparse.Namespace) -> dict[str, Any]:
    goto, failed = _goto_end(sess, ed, pf, opts.timeout)
    if failed:
        return failed
    sess.settle(START_QUIET, min(opts.timeout, 10.0))
    if ed.insert_end:
        _send_steps(sess, [ed.insert_end])
    result = _type_keys(sess, keys, opts.timeout, _key_timeout(opts))
    result["goto_end_s"] = goto
    return result


def _key_timeout(opts: argparse.Namespace) -> float:
    return min(opts.key_timeout, opts.timeout)


# ----- horizontal moves on a long line


def _arrow(sess: PtySession, final: str) -> bytes:
    """The arrow key as the terminal sends it in the cursor-key mode the editor chose."""
    return (b"\x1bO" if DECCKM in sess.screen.mode else b"\x1b[") + final.encode()


def _line_tail(pf: bench_data.PreparedFile, n: int = 4096) -> str:
    with open(pf.path, "rb") as fh:
        fh.seek(max(0, pf.size - n))
        return fh.read().decode("ascii", errors="replace")


def _end_at_cursor(sess: PtySession, tail: str) -> bool:
    """Is the terminal cursor on, or just after, the last character of the (long) line, with
    at least END_CONTEXT characters of the line's end before it?  This is how the end of a
    one-line file is recognised when the last marker is not whole on screen: nano scrolls a
    long line in chunks, and may show only the last few characters of it."""
    x, y = sess.screen.cursor.x, sess.screen.cursor.y
    if not (0 <= y < sess.rows and 0 <= x < sess.cols):
        return False
    row = sess.row_text(y)
    for shown in (row[:x], row[: x + 1]):  # cursor after the last character, or on it
        k = 0
        while k < len(shown) and k < len(tail) and shown[-1 - k] == tail[-1 - k]:
            k += 1
        if k >= END_CONTEXT:
            return True
    return False


def _aligned(sess: PtySession, tail: str, offset: int) -> bool:
    """Does the screen show the character `tail[offset]` under the terminal cursor, with the
    file's text around it?  At least HSCROLL_CONTEXT characters of the cursor's row (the
    cell under the cursor and the cells either side of it, up to the first mismatch) must
    equal the file's text at that place.  A half-drawn screen, or a cursor one character
    off, does not match."""
    if not 0 <= offset < len(tail):
        return False
    x, y = sess.screen.cursor.x, sess.screen.cursor.y
    if not (0 <= y < sess.rows and 0 <= x < sess.cols):
        return False
    row = sess.row_text(y)
    right = 0
    while x + right < sess.cols and offset + right < len(tail) and row[x + right] == tail[offset + right]:
        right += 1
    left = 0
    while x - left > 0 and offset - left > 0 and row[x - left - 1] == tail[offset - left - 1]:
        left += 1
    return right >= 1 and left + right >= HSCROLL_CONTEXT


def _phase_hscroll(sess: PtySession, pf: bench_data.PreparedFile, typed: int, n: int,
                   opts: argparse.Namespace) -> dict[str, Any]:
    """Cursor-right latency near the end of a long line, where the view is scrolled far to
    the right (or, in an editor that wraps, on the line's last screen rows).

    Runs after the "end" phase, in its typing state, with the cursor after the `typed`
    characters appended there.  Unmeasured: HSCROLL_BACK Left keys in one write (so the
    cursor is back in the file's own text, and past the left edge of the view), then Right
    keys in one write to HSCROLL_EDGE columns before the right edge of the screen.  Then
    `n` Right keys, one at a time as in typing: a key counts as shown when the character
    one further on is under the terminal cursor, with the file's text around it (_aligned).
    The first few only move the cursor; the rest push it against the right edge, where the
    editor scrolls the view (by a column, or by a chunk) or, if it wraps, moves to the next
    row.  `scrolled` counts the keys after which the cursor's row changed its text."""
    tail = _line_tail(pf)
    # In `tail` coordinates: the editor's text is tail + the typed characters; its cursor
    # stands before the character at len(tail) + typed (i.e. after the last one).
    offset = len(tail) + typed - HSCROLL_BACK
    key_timeout = _key_timeout(opts)
    result: dict[str, Any] = {"samples_ms": [], "scrolled": 0}

    def place(keys: bytes, target: int, what: str) -> bool:
        sess.settle(KEY_QUIET, 2.0)
        sess.send(keys)
        try:
            sess.wait_for(lambda: _aligned(sess, tail, target), opts.timeout, what)
        except WaitTimeout as exc:
            row = sess.row_text(sess.screen.cursor.y) if sess.screen.cursor.y < sess.rows else ""
            result.update(status="timeout", detail=(
                f"{what}: cursor not at the expected character {_limit(exc, opts.timeout)} "
                f"(cursor at column {sess.screen.cursor.x + 1}, row {sess.screen.cursor.y + 1}: {_clip(row.rstrip())!r})"))
            return False
        return True

    if not place(_arrow(sess, "D") * HSCROLL_BACK, offset, f"{HSCROLL_BACK} x Left from the end of the line"):
        return result
    pre = sess.cols - 1 - HSCROLL_EDGE - sess.screen.cursor.x
    if pre > 0:
        offset += pre
        if not place(_arrow(sess, "C") * pre, offset, f"{pre} x Right, to near the right edge"):
            return result
    result["start_column"] = sess.screen.cursor.x + 1
    right = _arrow(sess, "C")
    started = time.perf_counter()
    for i in range(n):
        sess.settle(KEY_QUIET, 2.0)
        y0 = sess.screen.cursor.y
        before = [sess.row_text(r) for r in range(sess.rows)]
        target = offset + i + 1
        t0 = sess.send(right)
        try:
            t1 = sess.wait_for(lambda: _aligned(sess, tail, target), key_timeout, f"Right key {i + 1}")
        except WaitTimeout as exc:
            result.update(status="timeout", detail=(
                f"Right key {i + 1}: cursor not on the next character {_limit(exc, key_timeout)}; "
                f"cursor row {y0 + 1}: {_clip(sess.row_text(y0).rstrip())!r}"))
            return result
        result["samples_ms"].append((t1 - t0) * 1000.0)
        y1 = sess.screen.cursor.y
        if sess.row_text(y1) != before[y1]:
            result["scrolled"] += 1
        if time.perf_counter() - started > opts.timeout and i + 1 < n:
            result.update(status="partial", detail=f"stopped after {i + 1} of {n} keys (phase over {opts.timeout:g}s)")
            return result
    result["status"] = "ok"
    return result


def quit_editor(sess: PtySession, ed: bench_editors.Editor, quit_timeout: float) -> str:
    """Quit without saving; kill the session if it is still there after `quit_timeout`."""
    if not sess.alive():
        return "exited before quit"
    try:
        for i, keys in enumerate(ed.quit_keys):
            sess.send(keys)
            if i < len(ed.quit_keys) - 1:
                sess.settle(0.1, 1.5)
        if ed.quit_prompt:
            pattern = re.compile(ed.quit_prompt)
            try:
                sess.wait_for(lambda: bool(pattern.search(sess.text())), 3.0, "quit prompt")
                sess.send(ed.quit_answer)
            except (WaitTimeout, ProcessExited):
                pass
        if sess.wait_exit(quit_timeout):
            return "clean"
    except (OSError, ProcessExited):
        if not sess.alive():
            return "clean"
    sess.kill()
    return "killed"


def run_once(ed: bench_editors.Editor, pf: bench_data.PreparedFile, opts: argparse.Namespace,
             interactive: bool) -> dict[str, Any]:
    res: dict[str, Any] = {"interactive": interactive, "status": "error", "first_screen_s": None}
    with tempfile.TemporaryDirectory(prefix="ted-bench-") as tmp:
        env = make_env(tmp, ed.env)
        for sub in ed.make_dirs:
            Path(tmp, sub).mkdir(parents=True, exist_ok=True)
        argv = ed.command(str(pf.path), tmp)
        try:
            sess = PtySession(argv, cwd=ed.cwd or tmp, env=env, cols=COLS, rows=ROWS)
        except OSError as exc:
            res["detail"] = f"cannot start {argv[0]}: {exc}"
            return res
        phase_names = _phases(pf) if interactive else []
        try:
            try:
                t = sess.wait_for(lambda: sess.contains(pf.first_marker), opts.timeout, "first line on screen")
                res["first_screen_s"] = t - sess.t_spawn
                res["status"] = "ok"
                sess.deadline = time.perf_counter() + opts.run_timeout
            except WaitTimeout as exc:
                res["status"] = "timeout"
                res["detail"] = f"first line not on screen {_limit(exc, opts.timeout)}; screen: {_clip(sess.screen_excerpt())!r}"
            except ProcessExited as exc:
                res["status"] = "exited"
                res["detail"] = f"before the first screen: {exc}"
            if res["status"] == "ok" and interactive:
                keys = TYPED[: opts.keys]
                sess.settle(START_QUIET, min(opts.timeout, 10.0))
                phases: dict[str, Callable[[], dict[str, Any]]] = {
                    "top": lambda: _phase_top(sess, ed, keys, opts),
                    "end": lambda: _phase_end(sess, ed, pf, keys, opts),
                    "hscroll": lambda: _phase_hscroll(sess, pf, len(res["end"]["samples_ms"]), opts.keys, opts),
                }
                stop = ""
                for name in phase_names:
                    if name == "jump":
                        continue  # a session of its own, below
                    if stop:
                        res[name] = {"samples_ms": [], "status": "skipped", "detail": stop}
                        continue
                    try:
                        res[name] = phase = phases[name]()
                    except ProcessExited as exc:
                        res[name] = {"samples_ms": [], "status": "exited", "detail": str(exc)}
                        stop = f"not measured: the editor exited in the {name} phase"
                        continue
                    if phase["status"] == "timeout":
                        # The editor is stuck (or still busy with the keys): what comes next
                        # would measure that, or wait out the same time limit again.
                        stop = f"not measured: the {name} phase timed out"
        except Exception as exc:  # a harness bug must not stop the other editors
            res.setdefault("errors", []).append(f"{type(exc).__name__}: {exc}")
            res["traceback"] = traceback.format_exc()
            if res["status"] == "ok" and interactive:
                for name in phase_names:
                    if name != "jump":
                        res.setdefault(name, {"samples_ms": [], "status": "error", "detail": str(exc)})
        finally:
            sess.deadline = None  # quitting has limits of its own
            if sess.alive():
                pid, comm = editor_pid(sess.proc.pid)
                res["pid_comm"] = comm
                res["peak_rss_kib"] = peak_rss_kib(pid)
            res["bytes_from_editor"] = sess.bytes_read
            res["pyte_parse_ms"] = round(sess.parse_seconds * 1000, 2)
            res["pyte_max_chunk_parse_ms"] = round(sess.parse_max_seconds * 1000, 2)
            if sess.parse_errors:
                res["pyte_parse_errors"] = sess.parse_errors
            try:
                res["quit"] = quit_editor(sess, ed, opts.quit_timeout)
            finally:
                sess.close()
    if "jump" in phase_names:
        if res["status"] == "ok":
            res["jump"] = run_jump(ed, pf, opts)
        else:
            res["jump"] = {"samples_ms": [], "status": "skipped", "detail": "not measured: the run before it failed"}
    return res


def _phases(pf: bench_data.PreparedFile) -> list[str]:
    """The measured phases of an interactive run on `pf`, in order."""
    names = ["top", "end"]
    if _single_line(pf):
        names.append("hscroll")
    if pf.name in _JUMP_FILES:
        names.append("jump")
    return names


_JUMP_FILES: set[str] = set()  # set from --jump-files


def run_jump(ed: bench_editors.Editor, pf: bench_data.PreparedFile, opts: argparse.Namespace) -> dict[str, Any]:
    """Jump then type, in a session of its own: start the editor, wait for the first screen
    and START_QUIET s of silence, send the go-to-end keys, and as soon as the end of the
    file is on screen type JUMP_KEYS keys, each as soon as the one before it is on screen
    (no quiet wait), so that work the editor does after the jump (highlighting the end of
    the file, say) is inside the latencies of the first keys."""
    res: dict[str, Any] = {"samples_ms": [], "status": "error"}
    with tempfile.TemporaryDirectory(prefix="ted-bench-") as tmp:
        env = make_env(tmp, ed.env)
        for sub in ed.make_dirs:
            Path(tmp, sub).mkdir(parents=True, exist_ok=True)
        try:
            sess = PtySession(ed.command(str(pf.path), tmp), cwd=ed.cwd or tmp, env=env, cols=COLS, rows=ROWS)
        except OSError as exc:
            res["detail"] = f"cannot start: {exc}"
            return res
        try:
            try:
                t = sess.wait_for(lambda: sess.contains(pf.first_marker), opts.timeout, "first line on screen")
                res["first_screen_s"] = t - sess.t_spawn
                sess.deadline = time.perf_counter() + opts.run_timeout
                sess.settle(START_QUIET, min(opts.timeout, 10.0))
                goto, failed = _goto_end(sess, ed, pf, opts.timeout)
                if failed:
                    res.update(failed)
                else:
                    if ed.insert_end:
                        sess.send(ed.insert_end)
                    typed = _type_keys(sess, TYPED[:JUMP_KEYS], opts.timeout, _key_timeout(opts), quiet=False)
                    res.update(typed)
                    res["goto_end_s"] = goto
            except WaitTimeout as exc:
                res.update(status="timeout", detail=f"first line not on screen {_limit(exc, opts.timeout)}")
            except ProcessExited as exc:
                res.update(status="exited", detail=str(exc))
        except Exception as exc:  # a harness bug must not stop the other editors
            res.update(status="error", detail=f"harness error: {type(exc).__name__}: {exc}")
            res["traceback"] = traceback.format_exc()
        finally:
            sess.deadline = None
            try:
                res["quit"] = quit_editor(sess, ed, opts.quit_timeout)
            finally:
                sess.close()
    return res


# --------------------------------------------------------------------- one cell


def measure_cell(ed: bench_editors.Editor, pf: bench_data.PreparedFile, opts: argparse.Namespace) -> dict[str, Any]:
    large = pf.size >= LARGE_FILE
    runs = opts.runs
    if opts.quick:
        runs = 1 if large else min(runs, 3)
    warmup = opts.warmup and not (opts.quick and large)
    out: dict[str, Any] = {"runs": [], "warmup": None}
    tag = f"[{pf.name}] {ed.name}"
    if warmup:
        log(f"{tag}: warm-up run")
        w = run_once(ed, pf, opts, interactive=False)
        out["warmup"] = w
        if w["status"] != "ok":
            log(f"{tag}: warm-up {w['status']}: {w.get('detail', '')} {' '.join(w.get('errors', []))}")
            out["runs"].append(w)  # nothing to gain by failing again N times
            out["summary"] = summarize(out["runs"])
            return out
    for i in range(runs):
        interactive = i < opts.latency_runs
        r = run_once(ed, pf, opts, interactive)
        out["runs"].append(r)
        msg = f"{tag} run {i + 1}/{runs}: "
        if r["status"] == "ok":
            msg += f"first screen {r['first_screen_s']:.3f}s"
        else:
            msg += f"{r['status']} {r.get('detail', '')}"
        for name in PHASES:
            if name in r:
                s = r[name]["samples_ms"]
                msg += f", {name} " + (f"p50 {percentile(s, 50):.1f}ms p90 {percentile(s, 90):.1f}ms" if s else "")
                if "scrolled" in r[name]:
                    msg += f" ({r[name]['scrolled']} scrolled)"
                if r[name].get("goto_end_s") is not None and name == "jump":
                    msg += f" (jump {r[name]['goto_end_s']:.3f}s)"
                if r[name]["status"] != "ok":
                    msg += f" [{r[name]['status']}: {r[name].get('detail', '')}]"
        if r.get("peak_rss_kib"):
            msg += f", peak {r['peak_rss_kib'] / 1024:.1f} MiB ({r.get('pid_comm')})"
        if r.get("quit") not in (None, "clean"):
            msg += f", quit: {r['quit']}"
        for err in r.get("errors", []):
            msg += f" ERROR {err}"
        log(msg)
        if r["status"] != "ok":
            break
    out["summary"] = summarize(out["runs"])
    return out


PHASES = ("top", "end", "hscroll", "jump")


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    ok = [r["first_screen_s"] for r in runs if r["status"] == "ok"]
    summary: dict[str, Any] = {
        "first_screen_s": statistics.median(ok) if ok else None,
        "first_screen_status": "ok" if ok else (runs[0]["status"] if runs else "not run"),
        "runs": len(ok),
    }
    inter = [r for r in runs if r.get("interactive") and r["status"] == "ok"]
    for name in PHASES:
        phases = [r[name] for r in inter if name in r]
        samples = [s for p in phases for s in p["samples_ms"]]
        statuses = [p["status"] for p in phases]
        bad = [s for s in statuses if s != "ok"]
        summary[name] = {
            "n": len(samples),
            "p50_ms": percentile(samples, 50) if samples else None,
            "p90_ms": percentile(samples, 90) if samples else None,
            "status": (bad[0] if bad else "ok") if phases else "not run",
        }
        gotos = [p["goto_end_s"] for p in phases if p.get("goto_end_s") is not None]
        if gotos:
            summary[name]["goto_end_s"] = statistics.median(gotos)
        if name == "hscroll" and phases:
            summary[name]["scrolled"] = sum(p.get("scrolled", 0) for p in phases)
        if name == "jump":
            firsts = [p["samples_ms"][0] for p in phases if p["samples_ms"]]
            summary[name]["key1_ms"] = statistics.median(firsts) if firsts else None
    mems = [r["peak_rss_kib"] for r in inter if r.get("peak_rss_kib")]
    summary["peak_mib"] = max(mems) / 1024 if mems else None
    return summary


# --------------------------------------------------------------------- report


def _fmt(value: float | None, status: str, spec: str, partial: bool = False) -> str:
    if value is None:
        return {"ok": "—", "not run": "—", "skipped": "n/a"}.get(status, status)
    text = format(value, spec)
    return text + "*" if partial else text


def editor_lines(editors: dict[str, bench_editors.Editor], skipped: dict[str, str]) -> list[str]:
    """The report lines naming each editor measured (version, where it came from) and why any
    was skipped."""
    named = "; ".join(f"{n} ({', '.join(x for x in (e.version, e.source) if x)})" for n, e in editors.items())
    return [f"Editors: {named}."] + [f"Skipped {name}: {why}." for name, why in skipped.items()]


def render(files: list[bench_data.PreparedFile], editors: dict[str, bench_editors.Editor],
           skipped: dict[str, str], cells: dict[tuple[str, str], dict[str, Any]],
           opts: argparse.Namespace) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    lines = [
        f"## ted benchmark — {_dt.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} CPUs, Linux {platform.release()}, "
        f"Python {platform.python_version()}; terminal {COLS}x{ROWS} {TERM} (pyte); "
        + (f"--quick: up to {min(opts.runs, 3)} runs, 1 for files of {LARGE_FILE // 10**6} MB or more"
           if opts.quick else f"{opts.runs} runs") + f" (first screen: median over runs; the first "
        f"{opts.latency_runs} also type {opts.keys} keys at each position and read memory), "
        f"time limits: {opts.timeout:g}s a wait, {_key_timeout(opts):g}s a key, {opts.run_timeout:g}s a run after its first screen.",
        "",
        *editor_lines(editors, skipped),
    ]
    lines += ["", "Files: " + "; ".join(
        f"{pf.name} = {pf.path.name}, {_size(pf.size)}, {pf.lines:,} lines" for pf in files) + ".", ""]
    lines += [
        "| File | Editor | First screen median (s) | Top p50 (ms) | Top p90 (ms) | End p50 (ms) | End p90 (ms) | Peak memory (MB) | Runs |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    notes: list[str] = []
    for pf in files:
        for name in editors:
            cell = cells.get((pf.name, name))
            if cell is None:
                continue
            s = cell["summary"]
            row = [pf.name, name, _fmt(s["first_screen_s"], s["first_screen_status"], ".3f")]
            for phase in ("top", "end"):
                p = s[phase]
                partial = p["status"] != "ok" and p["n"] > 0
                row.append(_fmt(p["p50_ms"], p["status"], ".1f", partial))
                row.append(_fmt(p["p90_ms"], p["status"], ".1f", partial))
            row.append(_fmt(s["peak_mib"], "ok", ".1f"))
            row.append(str(s["runs"]))
            lines.append("| " + " | ".join(row) + " |")
            for r in cell["runs"]:
                if r.get("detail"):
                    notes.append(f"{pf.name}/{name}: {r['status']}: {r['detail']}")
                for phase in PHASES:
                    if phase in r and r[phase]["status"] != "ok":
                        notes.append(f"{pf.name}/{name} {phase}: {r[phase]['status']}: {r[phase].get('detail', '')}")
                    if phase in r and r[phase].get("off_cursor_row"):
                        notes.append(f"{pf.name}/{name} {phase}: for {r[phase]['off_cursor_row']} of "
                                     f"{len(r[phase]['samples_ms'])} keystrokes the typed text appeared on another "
                                     f"row than the terminal cursor's (cursor not at the insertion point)")
                for err in r.get("errors", []):
                    notes.append(f"{pf.name}/{name}: harness error: {err}")
                if r.get("quit") == "killed":
                    notes.append(f"{pf.name}/{name}: did not quit, killed")
    lines += ["", "Memory is VmHWM in MiB (2^20 bytes). A `*` marks latency from fewer keystrokes than asked (see notes)."]
    lines += extra_table(files, editors, cells, opts)
    if notes:
        lines += ["", "Notes:"] + [f"- {n}" for n in dict.fromkeys(notes)]

    ratios = ratio_lines(files, editors, cells)
    if ratios:
        lines += ["", "ted against each peer (ted / peer; below 1.00x means ted is faster or smaller):"]
        lines += [f"- {r['text']}" for r in ratios]
    checks = target_checks(files, cells)
    if checks:
        lines += ["", "ted targets:"] + [f"- [{c['result']}] {c['text']}" for c in checks]
    return "\n".join(lines) + "\n", ratios, checks


def extra_table(files, editors, cells, opts: argparse.Namespace) -> list[str]:
    """The long-line and jump-then-type measures, for the files that have them."""
    rows = []
    for pf in files:
        for name in editors:
            cell = cells.get((pf.name, name))
            if cell is None:
                continue
            s = cell["summary"]
            h, j = s.get("hscroll", {}), s.get("jump", {})
            if h.get("status", "not run") == "not run" and j.get("status", "not run") == "not run" \
                    and not (_single_line(pf) or pf.name in _JUMP_FILES):
                continue
            row = [pf.name, name, _fmt(s["end"].get("goto_end_s"), s["end"]["status"], ".3f")]
            for p in (h, j):
                if p.get("status", "not run") == "not run":
                    row += ["—"] * (3 if p is h else 4)
                    continue
                partial = p["status"] != "ok" and p["n"] > 0
                if p is h:
                    row += [_fmt(p["p50_ms"], p["status"], ".1f", partial), _fmt(p["p90_ms"], p["status"], ".1f", partial),
                            f"{p['scrolled']}/{p['n']}" if p["n"] else "—"]
                else:
                    row += [_fmt(p.get("goto_end_s"), p["status"], ".3f"), _fmt(p["key1_ms"], p["status"], ".1f"),
                            _fmt(p["p50_ms"], p["status"], ".1f", partial), _fmt(p["p90_ms"], p["status"], ".1f", partial)]
            rows.append("| " + " | ".join(row) + " |")
    if not rows:
        return []
    return [
        "",
        f"Long lines and jumps (Right: {opts.keys} cursor-right keys near the end of a one-line file; "
        f"jump: a new session goes to the end and at once types {JUMP_KEYS} keys):",
        "",
        "| File | Editor | Go to end (s) | Right p50 (ms) | Right p90 (ms) | Right keys that scrolled "
        f"| Jump: go to end (s) | Jump: key 1 (ms) | Jump: keys 1–{JUMP_KEYS} p50 (ms) | Jump: keys 1–{JUMP_KEYS} p90 (ms) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ] + rows


def _ratio(r: float) -> str:
    return f"{r:.2f}" if r >= 0.1 else f"{r:.2g}"


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n / 1024:.1f} KiB"


def ratio_lines(files, editors, cells) -> list[dict[str, Any]]:
    out = []
    metrics: list[tuple[str, Callable[[dict], float | None]]] = [
        ("first screen", lambda s: s["first_screen_s"]),
        ("top p50", lambda s: s["top"]["p50_ms"]),
        ("end p50", lambda s: s["end"]["p50_ms"]),
        ("right p50", lambda s: s["hscroll"]["p50_ms"]),
        ("after-jump p90", lambda s: s["jump"]["p90_ms"]),
        ("peak memory", lambda s: s["peak_mib"]),
    ]
    for pf in files:
        ted = cells.get((pf.name, "ted"))
        if not ted:
            continue
        for peer in editors:
            other = cells.get((pf.name, peer))
            if peer == "ted" or not other:
                continue
            parts, raw = [], {}
            for label, get in metrics:
                a, b = get(ted["summary"]), get(other["summary"])
                if a is not None and b:
                    raw[label] = a / b
                    parts.append(f"{label} {_ratio(a / b)}x")
            if parts:
                parts[0] = f"ted {parts[0]} {peer}"
                out.append({"file": pf.name, "peer": peer, "ratios": raw, "text": f"{pf.name}: " + ", ".join(parts)})
    return out


def target_checks(files, cells) -> list[dict[str, Any]]:
    names = {pf.name: pf for pf in files}
    big = cells.get((TARGET_FILE, "ted"))
    base = cells.get((BASELINE_FILE, "ted"))
    if big is None:
        return []
    checks = []

    def add(ok: bool | None, text: str) -> None:
        checks.append({"result": "n/a" if ok is None else ("PASS" if ok else "FAIL"), "text": text})

    s = big["summary"]
    fs = s["first_screen_s"]
    add(None if fs is None else fs < TARGET_FIRST_SCREEN_S,
        f"{TARGET_FILE} first screen under {TARGET_FIRST_SCREEN_S:g} s: "
        + (f"{fs:.3f} s" if fs is not None else s["first_screen_status"]))
    for phase in ("top", "end"):
        p = s[phase]
        v = p["p90_ms"]
        complete = p["status"] == "ok"
        add(None if v is None else (v < TARGET_KEY_P90_MS and complete),
            f"{TARGET_FILE} keystroke p90 ({phase}) under {TARGET_KEY_P90_MS:g} ms: "
            + (f"{v:.1f} ms" + ("" if complete else f" ({p['status']})") if v is not None else p["status"]))
        b = base["summary"][phase]["p90_ms"] if base else None
        if v is not None and b:
            add(v <= TARGET_KEY_RATIO * b and complete,
                f"{TARGET_FILE} keystroke p90 ({phase}) within {TARGET_KEY_RATIO:g}x of {BASELINE_FILE}: "
                f"{v:.1f} ms vs {b:.1f} ms = {v / b:.2f}x")
        else:
            add(None, f"{TARGET_FILE} keystroke p90 ({phase}) within {TARGET_KEY_RATIO:g}x of {BASELINE_FILE}: "
                      f"needs both measured")
    mem = s["peak_mib"]
    size_mib = names[TARGET_FILE].size / 2**20
    add(None if mem is None else mem < TARGET_MEM_FACTOR * size_mib,
        f"{TARGET_FILE} peak memory under {TARGET_MEM_FACTOR:g}x the file size ({size_mib:.1f} MiB): "
        + (f"{mem:.1f} MiB = {mem / size_mib:.2f}x" if mem is not None else "not measured"))
    return checks


# --------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--editors", default=",".join(bench_editors.EDITOR_NAMES),
                    help="comma-separated editors (default: %(default)s)")
    ap.add_argument("--files", default=",".join(bench_data.DATASETS),
                    help="comma-separated files (default: %(default)s)")
    ap.add_argument("--runs", type=int, default=5, help="runs per file and editor; first screen is their median")
    ap.add_argument("--quick", action="store_true",
                    help=f"at most 3 runs, and 1 run without warm-up for files of {LARGE_FILE // 10**6} MB or more")
    ap.add_argument("--keys", type=int, default=30, help=f"keystrokes typed per position (max {len(TYPED)})")
    ap.add_argument("--latency-runs", type=int, default=1,
                    help="how many of the runs also type and read memory (default 1)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds for any single wait (default 60)")
    ap.add_argument("--key-timeout", type=float, default=15.0,
                    help="seconds for one keystroke or cursor move to show (default 15); a key that does not "
                         "ends its phase as a timeout, and the later phases of that run are not measured")
    ap.add_argument("--run-timeout", type=float, default=90.0,
                    help="seconds for everything a run does after its first screen (typing, moving, the jump), "
                         "up to the quit keys (default 90); whatever is still waiting then is reported as a timeout")
    ap.add_argument("--jump-files", default="source10",
                    help="files that also get the jump-then-type measure, in a session of its own "
                         "(default: %(default)s; '' for none)")
    ap.add_argument("--quit-timeout", type=float, default=5.0, help="seconds to wait for exit before killing")
    ap.add_argument("--no-warmup", dest="warmup", action="store_false",
                    help="skip the untimed first start per file and editor")
    ap.add_argument("--data-dir", type=Path, default=Path.home() / ".cache" / "ted-bench",
                    help="where generated files are kept (default: %(default)s)")
    ap.add_argument("--ted-cmd", default=None,
                    help="command for ted, run from the repo root (e.g. 'python3 -m editor'); "
                         "default: `ted` on PATH, else python -m editor from the repo root")
    ap.add_argument("--json", type=Path, default=None, help="also write raw numbers to this JSON file")
    opts = ap.parse_args(argv)
    if not 1 <= opts.keys <= len(TYPED):
        ap.error(f"--keys must be 1..{len(TYPED)}")
    if opts.runs < 1 or opts.latency_runs < 0:
        ap.error("--runs must be >= 1 and --latency-runs >= 0")
    if min(opts.timeout, opts.key_timeout, opts.run_timeout) <= 0:
        ap.error("--timeout, --key-timeout and --run-timeout must be positive")
    return opts


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    wanted_files = [f.strip() for f in opts.files.split(",") if f.strip()]
    unknown = [f for f in wanted_files if f not in bench_data.DATASETS]
    if unknown:
        log(f"unknown file(s): {', '.join(unknown)}; known: {', '.join(bench_data.DATASETS)}")
        return 2
    jump = [f.strip() for f in opts.jump_files.split(",") if f.strip()]
    unknown = [f for f in jump if f not in bench_data.DATASETS]
    if unknown:
        log(f"unknown --jump-files: {', '.join(unknown)}; known: {', '.join(bench_data.DATASETS)}")
        return 2
    _JUMP_FILES.clear()
    _JUMP_FILES.update(jump)
    files = [bench_data.prepare(bench_data.DATASETS[f], opts.data_dir.expanduser(), log) for f in wanted_files]

    editors: dict[str, bench_editors.Editor] = {}
    skipped: dict[str, str] = {}
    for name in [e.strip() for e in opts.editors.split(",") if e.strip()]:
        try:
            editors[name] = bench_editors.resolve(name, REPO_ROOT, opts.data_dir.expanduser() / "pycache", opts.ted_cmd)
        except bench_editors.Unavailable as exc:
            skipped[name] = str(exc)
            log(f"skipping {name}: {exc}")
    for name, ed in editors.items():
        log(f"{name}: {ed.version or '?'} — {ed.source}")

    cells: dict[tuple[str, str], dict[str, Any]] = {}
    for pf in files:
        for name, ed in editors.items():
            try:
                cells[(pf.name, name)] = measure_cell(ed, pf, opts)
            except Exception as exc:  # keep going with the other editors
                log(f"[{pf.name}] {name}: harness error {exc!r}\n{traceback.format_exc()}")
                run = {"status": "error", "first_screen_s": None, "detail": f"harness error: {exc!r}"}
                cells[(pf.name, name)] = {"runs": [run], "summary": summarize([run])}

    report, ratios, checks = render(files, editors, skipped, cells, opts)
    print(report)
    if opts.json:
        data = {
            "generated": _dt.datetime.now().isoformat(timespec="seconds"),
            "machine": {"node": platform.node(), "cpus": os.cpu_count(), "kernel": platform.release(),
                        "python": platform.python_version()},
            "terminal": {"cols": COLS, "rows": ROWS, "term": TERM},
            "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(opts).items()},
            "files": {pf.name: {"path": str(pf.path), "size": pf.size, "lines": pf.lines,
                                "first_marker": pf.first_marker, "last_marker": pf.last_marker} for pf in files},
            "editors": {n: {"command": e.argv, "cwd": e.cwd, "version": e.version} for n, e in editors.items()},
            "skipped": skipped,
            "results": {pf.name: {n: cells[(pf.name, n)] for n in editors if (pf.name, n) in cells} for pf in files},
            "ratios": ratios,
            "checks": checks,
        }
        opts.json.parent.mkdir(parents=True, exist_ok=True)
        opts.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        log(f"wrote {opts.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
