"""Generated input files for the ted benchmark (see README.md in this folder).

Every file is deterministic (fixed seeds) and is written once into the cache directory,
next to a `<file>.meta.json` that records its size, line count and the two marker strings
the harness looks for on screen: one from the first line, one from the last line.

To add a file, write a generator and add one `Dataset(...)` line to DATASETS at the bottom.
A generator receives a binary file object, writes the content and returns a `Markers`.
"""

from __future__ import annotations

import json
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable


@dataclass(frozen=True)
class Markers:
    first: str  # a distinctive string from the first line (at most ~60 columns in)
    last: str  # a distinctive string from the last line (at most ~60 columns in)
    lines: int


@dataclass(frozen=True)
class Dataset:
    name: str
    filename: str
    description: str
    generate: Callable[[BinaryIO], Markers]
    version: int = 1  # bump when the generator changes, so cached copies are rebuilt


@dataclass(frozen=True)
class PreparedFile:
    dataset: Dataset
    path: Path
    size: int
    lines: int
    first_marker: str
    last_marker: str

    @property
    def name(self) -> str:
        return self.dataset.name


# --------------------------------------------------------------------- word lists

_WORDS = (
    "account adapter address agent alarm archive array asset audit balance batch beacon "
    "binding block bridge bucket buffer bundle cache cursor channel chunk cipher client "
    "cluster column config context counter credit cursor daemon delta device digest domain "
    "draft driver entry event export factor feed field filter flag frame gateway graph group "
    "handle header helper index invoice item journal kernel key label layer ledger limit "
    "link listener loader lock marker matrix member message meter metric mirror mode module "
    "monitor node offset order packet page parcel parser patch path payload peer pipeline "
    "policy pool port profile queue quota range reader record region registry relay report "
    "request resource result route row rule sample scanner schema scope segment sender "
    "session shard signal slot snapshot socket source span stage state stream string "
    "subscriber table tag target task tenant thread ticket timer token topic trace tracker "
    "transfer tree trigger tuple unit update user value vector vendor version view volume "
    "wallet watcher window worker zone"
).split()
_VERBS = (
    "apply build check clear close collect compute convert copy count create decode delete "
    "dispatch drain emit encode ensure expand export fetch filter find flush format freeze "
    "gather handle index insert join load lookup merge migrate normalize open parse patch "
    "poll prepare process publish purge push read rebuild record refresh register release "
    "reload render replace reset resolve restore retry rotate route sample save scan schedule "
    "select send serialize shift sort split start stop store submit sync trim update upload "
    "validate verify wrap write"
).split()
_ADJECTIVES = (
    "active async atomic basic cached cold compact default dirty dynamic empty external "
    "fast final global hot idle inner late local lazy legacy main manual max min native "
    "next nested old open outer partial pending primary private public raw ready remote "
    "safe shared simple slow sparse stale static strict temp total valid weak"
).split()
_PROSE = (
    "the a an editor buffer file line screen cursor keeps every byte opens saves reads "
    "writes text terminal window quickly slowly when while after before because although "
    "each user types moves scrolls jumps to from into over under through large small long "
    "short plain simple fast careful change undo redo history search replace word column "
    "row page top bottom end start of in on and or but not with without this that these "
    "those it they we you is are was were be been has have had will would can could should"
).split()


def _camel(*parts: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in parts)


# --------------------------------------------------------------------- generators


def _gen_small(out: BinaryIO) -> Markers:
    """About 200 lines of plain prose, lines up to 72 columns, blank lines between paragraphs."""
    rng = random.Random(1201)
    first = "Ted benchmark notes: small plain-text sample"
    last_line = "Closing line of the small sample, two hundred in all."
    lines = [first, ""]
    while len(lines) < 199:
        para_lines = rng.randint(3, 9)
        for _ in range(para_lines):
            if len(lines) >= 199:
                break
            words: list[str] = []
            target = rng.randint(40, 72)
            while True:
                w = rng.choice(_PROSE)
                if sum(len(x) + 1 for x in words) + len(w) > target:
                    break
                words.append(w)
            text = " ".join(words)
            lines.append(text[:1].upper() + text[1:] + ("." if rng.random() < 0.3 else ""))
        if len(lines) < 199:
            lines.append("")
    lines = lines[:199] + [last_line]
    out.write(("\n".join(lines) + "\n").encode("ascii"))
    return Markers(first=first, last="Closing line of the small sample", lines=len(lines))


def _gen_source(out: BinaryIO, target_bytes: int = 10_000_000) -> Markers:
    """Python-like source: module docstring, imports, then classes and functions with
    varied identifiers, docstrings, comments, literals and control flow, until ~10 MB."""
    rng = random.Random(2024)
    first_line = '"""Order routing service: synthetic module generated for ted benchmarks."""'
    head = [
        first_line,
        "",
        "from __future__ import annotations",
        "",
        "import dataclasses",
        "import logging",
        "import time",
        "from collections import defaultdict",
        "from typing import Any, Iterable, Optional",
        "",
        "log = logging.getLogger(__name__)",
        "",
        "",
    ]
    chunks = ["\n".join(head) + "\n"]
    size = len(chunks[0])
    defs = 0
    used: set[str] = set()

    def fresh(make: Callable[[], str]) -> str:
        for _ in range(20):
            name = make()
            if name not in used:
                used.add(name)
                return name
        name = f"{make()}_{len(used)}"
        used.add(name)
        return name

    def sentence() -> str:
        n = rng.randint(5, 11)
        text = " ".join(rng.choice(_WORDS + _VERBS) for _ in range(n))
        return text[:1].upper() + text[1:] + "."

    def literal() -> str:
        kind = rng.randrange(6)
        if kind == 0:
            return str(rng.randint(0, 5000))
        if kind == 1:
            return f"{rng.random() * 100:.2f}"
        if kind == 2:
            return repr(rng.choice(_WORDS) + "-" + rng.choice(_WORDS))
        if kind == 3:
            return rng.choice(["None", "True", "False"])
        if kind == 4:
            return "()"
        return f"{rng.randint(1, 64)} * 1024"

    def method(owner_attr: list[str]) -> str:
        verb, noun = rng.choice(_VERBS), rng.choice(_WORDS)
        arg, item = rng.choice(_WORDS) + "s", rng.choice(_WORDS)
        if item + "s" == arg:
            item = "each_" + item
        kw = rng.choice(_ADJECTIVES) + "_" + rng.choice(_WORDS)
        attr = rng.choice(owner_attr)
        shape = rng.randrange(4)
        body = [f"    def {verb}_{noun}(self, {arg}: Iterable[Any], *, {kw}={literal()}) -> list:",
                f'        """{sentence()}"""']
        if shape == 0:
            body += [
                f"        if not {arg}:",
                f'            raise ValueError("no {noun} to {verb}: %r" % ({kw},))',
                "        result = []",
                f"        for {item} in {arg}:",
                f"            if getattr({item}, {attr!r}, 0) > {rng.randint(1, 999)}:",
                f"                result.append(self._{attr}.get({item}, {literal()}))",
                "        return result",
            ]
        elif shape == 1:
            body += [
                "        started = time.monotonic()",
                "        try:",
                f"            found = [x for x in {arg} if x is not None]",
                f"        except (KeyError, TypeError) as exc:  # {sentence().lower()}",
                f'            log.warning("{verb} {noun} failed: %s", exc)',
                "            return []",
                f'        log.debug("{verb}_{noun} took %.3fs", time.monotonic() - started)',
                "        return found",
            ]
        elif shape == 2:
            body += [
                "        groups: dict[str, list] = defaultdict(list)",
                f"        for {item} in {arg}:",
                f"            groups[str({item})[:{rng.randint(2, 9)}]].append({item})",
                f"        # {sentence()}",
                f"        return sorted(groups, key=lambda k: len(groups[k]), reverse={rng.choice(['True', 'False'])})",
            ]
        else:
            body += [
                f"        total = {rng.randint(0, 9)}",
                f"        for index, {item} in enumerate({arg}):",
                f"            if index % {rng.randint(2, 17)} == 0:",
                "                continue",
                f"            total += len(str({item})) * {rng.randint(1, 9)}",
                f'        return [f"{noun}:{{total}}", self.{owner_attr[0]}]',
            ]
        return "\n".join(body) + "\n"

    def make_class() -> str:
        name = fresh(lambda: _camel(rng.choice(_ADJECTIVES), rng.choice(_WORDS), rng.choice(["Manager", "Service", "Store", "Handler", "Client", "Index", "Cache", "Queue"])))
        attrs = [rng.choice(_WORDS) + "_" + rng.choice(["map", "count", "limit", "name", "list", "ts"]) for _ in range(rng.randint(2, 4))]
        attrs = list(dict.fromkeys(attrs))
        const = (rng.choice(_ADJECTIVES) + "_" + rng.choice(_WORDS)).upper()
        parts = [
            "@dataclasses.dataclass" if rng.random() < 0.2 else "",
            f"class {name}:",
            f'    """{sentence()}',
            "",
            f"    {sentence()}",
            '    """',
            "",
            f"    {const} = {literal()}",
            "",
            "    def __init__(self, " + ", ".join(f"{a}=None" for a in attrs) + ") -> None:",
        ]
        parts = [p for i, p in enumerate(parts) if i != 0 or p]
        parts += [f"        self._{a} = {a} if {a} is not None else {{}}" for a in attrs]
        text = "\n".join(parts) + "\n"
        for _ in range(rng.randint(2, 5)):
            text += "\n" + method(attrs)
        return text + "\n\n"

    def make_function() -> str:
        name = fresh(lambda: f"{rng.choice(_VERBS)}_{rng.choice(_ADJECTIVES)}_{rng.choice(_WORDS)}")
        a, b = rng.choice(_WORDS), rng.choice(_WORDS) + "_limit"
        if a == b:
            b = "max_" + b
        return (
            f"def {name}({a}: Optional[dict], {b}: int = {rng.randint(1, 500)}) -> dict:\n"
            f'    """{sentence()}"""\n'
            f"    if {a} is None:\n"
            f"        return {{}}\n"
            f"    out = {{k: v for k, v in {a}.items() if len(str(v)) < {b}}}\n"
            f"    if len(out) > {rng.randint(3, 300)}:  # {sentence().lower()}\n"
            f'        log.info("{name}: trimmed %d of %d", len({a}) - len(out), len({a}))\n'
            f"    return out\n\n\n"
        )

    footer = "# end of synthetic module\n"
    while size < target_bytes - len(footer):
        piece = make_class() if rng.random() < 0.45 else make_function()
        chunks.append(piece)
        size += len(piece)
        defs += 1
    chunks.append(footer)
    text = "".join(chunks)
    out.write(text.encode("ascii"))
    return Markers(first="Order routing service: synthetic module", last="# end of synthetic module", lines=text.count("\n"))


def _gen_log(out: BinaryIO, lines: int = 2_000_000) -> Markers:
    """A log of `lines` lines, ~50 bytes each: ISO timestamp, level, component, message."""
    rng = random.Random(77)
    levels = ["INFO "] * 14 + ["DEBUG"] * 6 + ["WARN "] * 3 + ["ERROR"]
    comps = ["http  ", "db    ", "cache ", "auth  ", "sched ", "queue ", "store ", "net   ", "api   ", "mail  "]
    verbs = ["GET", "PUT", "POST", "DEL"]

    def msg() -> str:
        k = rng.randrange(10)
        n = rng.randint(1, 9999)
        if k == 0:
            return f"{rng.choice(verbs)} /u/{n} {rng.choice(['200', '200', '204', '404', '500'])}"
        if k == 1:
            return f"miss key=u{n}"
        if k == 2:
            return f"tx {n} commit"
        if k == 3:
            return f"retry {rng.randint(1, 5)}/5 p{rng.randint(1, 64)}"
        if k == 4:
            return f"slow query {rng.randint(20, 999)}ms"
        if k == 5:
            return f"depth {rng.randint(0, 4000)}"
        if k == 6:
            return f"login uid={n}"
        if k == 7:
            return f"lock wait {rng.randint(1, 99)}ms"
        if k == 8:
            return f"evict {rng.randint(1, 512)}"
        return f"job {n} done"

    start = time.mktime((2024, 3, 1, 0, 0, 0, 0, 0, -1))
    ms_total = 0
    cached_sec = -1
    stamp = ""
    first = "2024-03-01T00:00:00.000 INFO  boot   service starting build=7f3a9c2"
    buf = [first]
    written = 0
    for i in range(1, lines - 1):
        ms_total += rng.randint(0, 18)
        sec, ms = divmod(ms_total, 1000)
        if sec != cached_sec:
            cached_sec = sec
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(start + sec))
        buf.append(f"{stamp}.{ms:03d} {rng.choice(levels)} {rng.choice(comps)} {msg()}")
        if len(buf) >= 50_000:
            data = ("\n".join(buf) + "\n").encode("ascii")
            out.write(data)
            written += len(data)
            buf = []
    sec, ms = divmod(ms_total + 5, 1000)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(start + sec))
    buf.append(f"{stamp}.{ms:03d} INFO  boot   service stopped cleanly")
    out.write(("\n".join(buf) + "\n").encode("ascii"))
    return Markers(first="service starting build=7f3a9c2", last="service stopped cleanly", lines=lines)


# Columns of the benchmark's terminal.  The minified file's length is padded so that, when
# an editor wraps the line at this width (vim does), the last marker is whole on its last row.
_WRAP_COLS = 120
MINIFIED_FIRST = "ted-bench minified bundle v1.0.0"
MINIFIED_LAST = "end of minified bundle"


def _gen_minified(out: BinaryIO, target_bytes: int = 5_000_000) -> Markers:
    """One line of ~5 MB minified JavaScript, no newline anywhere (not even at the end), ASCII.

    A webpack-like bundle: a licence comment, a module loader, then an array of module
    functions.  Their bodies are random but well-formed: short mangled identifiers,
    function expressions and arrow functions, object and array literals, strings in both
    quote styles with escapes, regex literals (with escaped slashes and classes), numbers in
    several notations, ternaries, loops, try/catch, `!0`/`void 0` idioms.
    """
    rng = random.Random(5005)
    short = list("etnroiasucldfphgmvybwxkqjzAEONRTSCIDLPBMF") + ["$", "_"]
    props = sorted(set(_WORDS + _VERBS))

    reserved = {"do", "if", "in", "for", "let", "new", "try", "var", "NaN", "int"}

    def ident() -> str:
        while True:
            r = rng.random()
            if r < 0.6:
                return rng.choice(short)
            if r < 0.9:
                name = rng.choice(short) + rng.choice(short + list("0123456789"))
            else:
                name = rng.choice(short) + rng.choice(short) + rng.choice(short)
            if name not in reserved:
                return name

    def prop() -> str:
        if rng.random() < 0.3:
            return rng.choice(["length", "prototype", "call", "apply", "push", "exports", "default",
                               "indexOf", "slice", "concat", "keys", "hasOwnProperty", "then", "bind"])
        p = rng.choice(props)
        return p + _camel(rng.choice(props)) if rng.random() < 0.4 else p

    def number() -> str:
        k = rng.randrange(8)
        if k < 3:
            return str(rng.randint(0, 255))
        if k == 3:
            return f"{rng.randint(1, 9)}e{rng.randint(1, 9)}"
        if k == 4:
            return f"0x{rng.randint(16, 65535):x}"
        if k == 5:
            return f".{rng.randint(1, 99)}"
        if k == 6:
            return f"{rng.randint(0, 999)}.{rng.randint(0, 99)}"
        return str(rng.randint(1000, 99999999))

    escapes = ["\\n", "\\t", "\\\\", "\\u00e9", "\\x41", "\\u2028", "\\r\\n", "\\0"]

    def string() -> str:
        words = [rng.choice(_PROSE + _WORDS) for _ in range(rng.randint(0, 5))]
        text = " ".join(words)
        quote = '"' if rng.random() < 0.75 else "'"
        if rng.random() < 0.35:  # an escape somewhere: an escaped own quote, or \n, \u.., ...
            pos = rng.randint(0, len(text))
            esc = "\\" + quote if rng.random() < 0.4 else rng.choice(escapes)
            text = text[:pos] + esc + text[pos:]
        if rng.random() < 0.1:
            other = "'" if quote == '"' else '"'
            text = f"{other}{text}{other}"  # the other quote needs no escape
        return quote + text + quote

    regexes = [
        r"/^[a-z_$][\w$]*$/i", r"/\s+/g", r"/(\d+)\.(\d+)(?:\.(\d+))?/", r"/[\/\\]/g",
        r'/"[^"]*"/g', r"/^(?:https?:)?\/\//", r"/[&<>\"']/g", r"/\[object (\w+)\]/",
        r"/^\s+|\s+$/g", r"/([A-Z])/g", r"/\/\*[\s\S]*?\*\//gm", r"/[^\x00-\x7f]/", r"/=+$/",
        r"/(^|;)\s*([^=]+)=([^;]*)/g", r"/\\u([0-9a-f]{4})/gi", r"/%[0-9A-F]{2}/",
    ]

    def atom() -> str:
        k = rng.randrange(14)
        if k < 4:
            return ident()
        if k < 6:
            return number()
        if k < 8:
            return string()
        if k == 8:
            return rng.choice(["!0", "!1", "void 0", "null", "this", "[]", "{}", "NaN", "1/0"])
        if k == 9:
            return rng.choice(regexes)
        if k == 10:
            return f"{ident()}.{prop()}"
        if k == 11:
            return f"{ident()}[{rng.choice([ident(), number(), string()])}]"
        if k == 12:
            return f"`{rng.choice(_PROSE)} ${{{ident()}}}px`"
        return f"{ident()}.{prop()}.{prop()}"

    def params() -> str:
        names = rng.sample(short, rng.randint(0, 3))
        return ",".join(names)

    binops = ["+", "-", "*", "/", "%", "===", "!==", "==", "!=", "<", ">=", "&&", "||", "&", "|",
              "<<", ">>>", " instanceof ", " in "]

    def expr(depth: int, operand: bool = False) -> str:
        """An expression; with `operand`, one that needs no parentheses next to a binary
        operator (no arrow, assignment, ternary or comma at its top level)."""
        if depth <= 0:
            return atom()
        d = depth - 1
        while True:
            k = rng.randrange(20)
            if not operand or k not in (11, 13, 18, 19):
                break
        if k < 5:
            return atom()
        if k < 8:
            return f"{ident()}({','.join(expr(d) for _ in range(rng.randint(0, 3)))})"
        if k < 10:
            return f"{ident()}.{prop()}({','.join(expr(d) for _ in range(rng.randint(0, 2)))})"
        if k == 10:
            op = rng.choice(binops)
            left, right = expr(d, True), expr(d, True)
            if op == "/" and right.startswith("/"):  # `a//re/` would start a comment
                right = f"({right})"
            return f"{left}{op}{right}"
        if k == 11:
            return f"{expr(d, True)}?{expr(d)}:{expr(d)}"
        if k == 12:
            return f"function({params()}){{{block(d, rng.randint(1, 4))}}}"
        if k == 13:
            ps = params()
            head = ps if ps and "," not in ps and rng.random() < 0.6 else f"({ps})"
            if rng.random() < 0.5:
                body = expr(d)
                return f"{head}=>" + (f"({body})" if body.startswith("{") else body)
            return f"{head}=>{{{block(d, rng.randint(1, 3))}}}"
        if k == 14:
            return obj(d)
        if k == 15:
            return "[" + ",".join(expr(d) for _ in range(rng.randint(0, 5))) + "]"
        if k == 16:
            return f'typeof {ident()}=="{rng.choice(["string", "function", "object", "undefined", "number"])}"'
        if k == 17:
            ctor = rng.choice(["Map", "Set", "Error", "RegExp", "Promise", "Date", ident().upper()])
            return f"new {ctor}({expr(d) if rng.random() < 0.6 else ''})"
        if k == 18:
            return f"{ident()}={expr(d)}"
        return f"({expr(d)},{expr(d)})"

    def obj(depth: int) -> str:
        items = []
        for _ in range(rng.randint(0, 5)):
            key = rng.choice([prop(), prop(), string(), number()])
            k = rng.randrange(8)
            if depth <= 0:
                items.append(f"{key}:{atom()}")
            elif k == 0:
                items.append(f"{prop()}:function({params()}){{{block(depth - 1, rng.randint(1, 3))}}}")
            elif k == 1:
                items.append(f"get {prop()}(){{return {expr(depth - 1)}}}")
            else:
                items.append(f"{key}:{expr(depth - 1)}")
        return "{" + ",".join(items) + "}"

    def stmt(depth: int) -> str:
        k = rng.randrange(16)
        d = max(depth - 1, 0)
        if k < 3:
            return "var " + ",".join(f"{ident()}={expr(d)}" for _ in range(rng.randint(1, 4)))
        if k < 6:
            e = expr(depth)
            return f"({e})" if e.startswith(("{", "function")) else e
        if k == 6:
            return f"return {expr(depth)}"
        if k == 7:
            tail = f"else{{{block(d, rng.randint(1, 2))}}}" if rng.random() < 0.4 else ""
            return f"if({expr(d)}){{{block(d, rng.randint(1, 3))}}}{tail}"
        if k == 8:
            i = rng.choice(short)
            return f"for(var {i}=0,{i}1={ident()}.length;{i}<{i}1;{i}++){{{block(d, rng.randint(1, 2))}}}"
        if k == 9:
            return f"{ident()}.{prop()}={expr(depth)}"
        if k == 10:
            return f"try{{{block(d, rng.randint(1, 2))}}}catch({rng.choice(short)}){{{block(d, 1)}}}"
        if k == 11:
            return f'throw new {rng.choice(["Error", "TypeError", "RangeError"])}({string()}+{ident()})'
        if k == 12:
            cases = "".join(f"case {rng.choice([number(), string()])}:{block(d, 1)};break;" for _ in range(rng.randint(1, 4)))
            return f"switch({ident()}){{{cases}default:{block(d, 1)}}}"
        if k == 13:
            return f"while({expr(d)}){{{block(d, rng.randint(1, 2))}}}"
        if k == 14:
            return f'Object.defineProperty({ident()},"{prop()}",{{enumerable:!0,get:function(){{return {ident()}}}}})'
        return f"{ident()}&&{ident()}({expr(d)})"

    def block(depth: int, n: int) -> str:
        return ";".join(stmt(depth) for _ in range(n))

    header = (
        f"/*! {MINIFIED_FIRST} | synthetic, generated for editor benchmarks | MIT */"
        '!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};'
        "return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){"
        'n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})},n.r=function(e){"undefined"!=typeof '
        'Symbol&&Symbol.toStringTag&&Object.defineProperty(e,Symbol.toStringTag,{value:"Module"}),'
        'Object.defineProperty(e,"__esModule",{value:!0})},n.o=function(e,t){return Object.prototype.'
        'hasOwnProperty.call(e,t)},n.p="",n(n.s=0)}(['
    )
    chunks = [header]
    size = len(header)
    closing = "]);"
    # The tail: one statement that carries the last marker; `{pad}` is a hash-like string
    # whose length puts the marker whole on the last row of a line wrapped at _WRAP_COLS.
    tail = 'window.__tedBench={build:"{pad}",note:"' + MINIFIED_LAST + '"};'
    budget = target_bytes - len(closing) - len(tail) - _WRAP_COLS
    index = 0
    while size < budget:
        body = block(3, rng.randint(3, 12))
        module = ("," if index else "") + f'function(e,t,n){{"use strict";{body}}}'
        chunks.append(module)
        size += len(module)
        index += 1
    chunks.append(closing)
    size += len(closing)
    # Put the marker (and the `"};` after it) whole on the last wrapped row: the line's
    # length is 48 modulo _WRAP_COLS, and stays between 25 and 119 modulo _WRAP_COLS (the
    # marker fits on the last row) after the benchmark types up to 52 characters at the top.
    bare = size + len(tail) - len("{pad}")
    pad_len = (40 - bare % _WRAP_COLS) % _WRAP_COLS + 8
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    chunks.append(tail.replace("{pad}", "".join(rng.choice(alphabet) for _ in range(pad_len))))
    text = "".join(chunks)
    data = text.encode("ascii")
    assert b"\n" not in data and b"\r" not in data
    assert text.count(MINIFIED_FIRST) == 1 and text.count(MINIFIED_LAST) == 1
    out.write(data)
    return Markers(first=MINIFIED_FIRST, last=MINIFIED_LAST, lines=1)


# --------------------------------------------------------------------- registry

DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in (
        Dataset("small", "small.txt", "~200-line plain text file", _gen_small),
        Dataset("source10", "source10.py", "~10 MB Python-like source", _gen_source),
        Dataset("log100", "log100.log", "~100 MB log, 2,000,000 lines of ~50 bytes", _gen_log, version=2),
        Dataset("minified5", "minified5.js", "~5 MB minified JavaScript on one line, no newline", _gen_minified),
    )
}


# --------------------------------------------------------------------- cache


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name + ".meta.json")


def prepare(dataset: Dataset, data_dir: Path, log: Callable[[str], None] = lambda s: None) -> PreparedFile:
    """Return the cached file for `dataset`, generating it first if missing or stale."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / dataset.filename
    meta_path = _meta_path(path)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("version") == dataset.version and path.stat().st_size == meta.get("size"):
            return PreparedFile(dataset, path, meta["size"], meta["lines"], meta["first_marker"], meta["last_marker"])
    except (OSError, ValueError, KeyError):
        pass
    log(f"generating {dataset.name} ({dataset.description}) -> {path}")
    started = time.perf_counter()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            markers = dataset.generate(fh)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    size = path.stat().st_size
    meta = {
        "dataset": dataset.name,
        "version": dataset.version,
        "size": size,
        "lines": markers.lines,
        "first_marker": markers.first,
        "last_marker": markers.last,
    }
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    log(f"  {size / 1e6:.1f} MB, {markers.lines} lines in {time.perf_counter() - started:.1f}s")
    return PreparedFile(dataset, path, size, markers.lines, markers.first, markers.last)
