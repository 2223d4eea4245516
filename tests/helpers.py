"""Shared test helpers: a headless session and the cursor-marker notation of the data cases."""

from __future__ import annotations

import asyncio
import inspect

import editor.commands  # noqa: F401 - registers the built-in commands
from editor.core.commands import REGISTRY
from editor.core.document import Document
from editor.core.files import document_from_bytes
from editor.core.keymap import load_keymap
from editor.core.selection import Selection
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos


def split_markers(marked: str) -> tuple[str, Pos, Pos]:
    """Text with `|` (cursor) and optional `^` (anchor) markers -> (text, anchor, head)."""
    clean = []
    head = anchor = None
    line = col = 0
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "|":
            head = Pos(line, col)
        elif ch == "^":
            anchor = Pos(line, col)
        else:
            clean.append(ch)
            if ch == "\r" and marked[i + 1 : i + 2] == "\n":
                clean.append("\n")
                i += 1
                line, col = line + 1, 0
            elif ch in "\r\n":
                line, col = line + 1, 0
            else:
                col += 1
        i += 1
    assert head is not None, "a case needs a | cursor marker"
    return "".join(clean), anchor or head, head


def headless_session(text: str = "", answers: list[str | None] | None = None) -> Session:
    """A session on one unnamed document holding `text`, with the default keymap."""
    keymap, errors = load_keymap("default", REGISTRY)
    assert errors == []
    session = Session(HeadlessPort(answers=list(answers or [])), REGISTRY, keymap)
    session.add_document(document_from_bytes(text.encode("utf-8", "surrogateescape")))
    return session


def open_marked(marked: str) -> Session:
    """A headless session on marked text, with the selection placed."""
    text, anchor, head = split_markers(marked)
    session = headless_session(text)
    session.view.set_selections((Selection(anchor, head),))
    return session


def press(session: Session, keys: str) -> None:
    """Feed space-separated key names, awaiting any that ask questions."""
    for key in keys.split():
        result = session.feed_key(key)
        if inspect.isawaitable(result):
            asyncio.run(result)


def run(session: Session, line: str) -> bool:
    """Run a command line to completion."""
    result = session.run(line)
    return asyncio.run(result) if inspect.isawaitable(result) else result


def marked_text(document: Document, selection: Selection) -> str:
    """The document's text with `|` at the head and `^` at the anchor of a selection."""
    out = []
    text = document.text
    for number in range(text.line_count):
        raw = text.raw_line(number)
        body = text.line(number)
        marks = {}
        if selection.head.line == number:
            marks[selection.head.col] = "|"
        if selection.anchor != selection.head and selection.anchor.line == number:
            marks[selection.anchor.col] = marks.get(selection.anchor.col, "") + "^"
        for col in range(len(body) + 1):
            out.append(marks.get(col, ""))
            if col < len(body):
                out.append(body[col])
        out.append(raw[len(body) :])
    return "".join(out)
