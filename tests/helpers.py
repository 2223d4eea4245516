"""Shared test helpers: a headless session and the cursor-marker notation of the data cases."""

from __future__ import annotations

import asyncio
import inspect

from hypothesis import strategies as st

import editor.commands  # noqa: F401 - registers the built-in commands
from editor.core.commands import REGISTRY
from editor.core.document import Document
from editor.core.files import document_from_bytes
from editor.core.keymap import load_keymap
from editor.core.selection import Selection, Selections
from editor.core.session import HeadlessPort, Session
from editor.core.text import Pos


def split_cursors(marked: str) -> tuple[str, Selections]:
    """Text with one or more `|` (cursor) markers, each with an optional `^` (anchor) marker
    next to it -> (text, selections in text order; the first is the primary one).

    A `^` pairs with the `|` right after it, otherwise with the `|` right before it."""
    clean = []
    markers: list[tuple[str, Pos]] = []
    line = col = 0
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch in "|^":
            markers.append((ch, Pos(line, col)))
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
    kinds = "".join(kind for kind, _ in markers) + " "
    selections = []
    index = 0
    while index < len(markers):
        pos = markers[index][1]
        if kinds[index : index + 2] == "^|":
            selections.append(Selection(pos, markers[index + 1][1]))
            index += 2
        elif kinds[index : index + 2] == "|^" and kinds[index + 2] != "|":
            selections.append(Selection(markers[index + 1][1], pos))
            index += 2
        else:
            assert kinds[index] == "|", "a ^ anchor marker needs a | cursor marker next to it"
            selections.append(Selection.cursor(pos))
            index += 1
    assert selections, "a case needs a | cursor marker"
    return "".join(clean), tuple(selections)


def split_markers(marked: str) -> tuple[str, Pos, Pos]:
    """Text with one `|` (cursor) and optional `^` (anchor) marker -> (text, anchor, head)."""
    text, selections = split_cursors(marked)
    assert len(selections) == 1, "expected one cursor"
    return text, selections[0].anchor, selections[0].head


def headless_session(text: str = "", answers: list[str | None] | None = None) -> Session:
    """A session on one unnamed document holding `text`, with the default keymap."""
    keymap, errors = load_keymap("default", REGISTRY)
    assert errors == []
    session = Session(HeadlessPort(answers=list(answers or [])), REGISTRY, keymap)
    session.add_document(document_from_bytes(text.encode("utf-8", "surrogateescape")))
    return session


def open_marked(marked: str) -> Session:
    """A headless session on marked text, with the selections placed."""
    text, selections = split_cursors(marked)
    session = headless_session(text)
    session.view.set_selections(selections)
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


def marked_text(document: Document, selection: Selection | Selections) -> str:
    """The document's text with `|` at the head and `^` at the anchor of a selection (or of
    each of several selections)."""
    selections = (selection,) if isinstance(selection, Selection) else selection
    marks: dict[Pos, str] = {}
    for s in sorted(selections, key=lambda s: (s.start, s.end)):
        if s.empty:
            marks[s.head] = marks.get(s.head, "") + "|"
        else:
            first, second = ("^", "|") if s.anchor < s.head else ("|", "^")
            marks[s.start] = marks.get(s.start, "") + first
            marks[s.end] = marks.get(s.end, "") + second
    out = []
    text = document.text
    for number in range(text.line_count):
        raw = text.raw_line(number)
        body = text.line(number)
        for col in range(len(body) + 1):
            out.append(marks.get(Pos(number, col), ""))
            if col < len(body):
                out.append(body[col])
        out.append(raw[len(body) :])
    return "".join(out)


def random_range(document: Document, data: st.DataObject) -> tuple[Pos, Pos]:
    """Two ordered positions in the document, drawn by hypothesis."""
    text = document.text
    points = []
    for _ in range(2):
        line = data.draw(st.integers(0, text.line_count - 1))
        points.append(Pos(line, data.draw(st.integers(0, text.line_length(line)))))
    a, b = sorted(points)
    return a, b
