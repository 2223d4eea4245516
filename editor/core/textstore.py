"""Line storage behind the text buffer.

A store holds *raw lines*: each line's text followed by its own line ending ("\\n", "\\r\\n",
"\\r"), except the last line, which has none. Joining every raw line gives the document's text
exactly, so each line keeps its own ending through any edit elsewhere.

Two stores share one small interface:

- `ListStore`: a plain Python list, for ordinary files and text decoded in one piece.
- `IndexedStore`: for large files. It keeps the file's bytes and an index of line starts, and
  decodes a line only when asked for it. Edited lines live in small lists spliced between runs
  of original lines (a piece table over lines), so opening a 100 MB file costs one scan for
  line breaks and memory close to the file's size.

Invariants: `len(store) >= 1`; every raw line but the last ends with exactly one line ending and
holds no other line break; `replace` returns the raw lines it removed, so every edit can be
inverted.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from typing import Protocol

from editor.core.encoding import Codec

_BREAK_BYTES = re.compile(rb"\r\n?|\n")
_LF_BYTES = re.compile(rb"\n")
_MERGE_LIMIT = 512
_CHUNK = 1 << 20


class LineStore(Protocol):
    """The storage interface the text buffer uses; every method is bounded by what it touches."""

    def __len__(self) -> int: ...

    def get(self, index: int) -> str:
        """Raw line `index`, ending included."""
        ...

    def iter_range(self, start: int, stop: int) -> Iterator[str]:
        """Raw lines `start` to `stop` (exclusive)."""
        ...

    def replace(self, start: int, stop: int, lines: list[str]) -> list[str]:
        """Replace raw lines [start, stop) with `lines`; return the removed raw lines."""
        ...

    def encoded_chunks(self, codec: Codec) -> Iterator[bytes]:
        """The whole text encoded with `codec`, in chunks of bounded size."""
        ...


class ListStore:
    """Raw lines in a plain list."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines if lines else [""]

    def __len__(self) -> int:
        return len(self._lines)

    def get(self, index: int) -> str:
        """Raw line `index`, ending included."""
        return self._lines[index]

    def iter_range(self, start: int, stop: int) -> Iterator[str]:
        """Raw lines `start` to `stop` (exclusive)."""
        for i in range(start, stop):
            yield self._lines[i]

    def replace(self, start: int, stop: int, lines: list[str]) -> list[str]:
        """Replace raw lines [start, stop) with `lines`; return the removed raw lines."""
        old = self._lines[start:stop]
        self._lines[start:stop] = lines
        return old

    def encoded_chunks(self, codec: Codec) -> Iterator[bytes]:
        """The whole text encoded with `codec`, in chunks of bounded size."""
        yield from _encode_lines(iter(self._lines), codec)


class IndexedStore:
    """File bytes plus a line index; edited lines are held as strings between original runs."""

    def __init__(self, data: bytes, codec: Codec, lone_cr: bool = True) -> None:
        """Index `data`; pass lone_cr=False when every CR is part of a CRLF (a faster scan)."""
        self._data = data
        self._codec = codec
        offsets = array("q", [0])
        breaks = _BREAK_BYTES if lone_cr else _LF_BYTES
        offsets.extend(m.end() for m in breaks.finditer(data))
        offsets.append(len(data))
        self._offsets = offsets
        # Pieces are either a `range` of original line numbers or a list of raw line strings.
        self._pieces: list[range | list[str]] = [range(len(offsets) - 1)]
        self._starts: list[int] = [0]
        self._length = len(offsets) - 1

    def __len__(self) -> int:
        return self._length

    def _original(self, number: int) -> str:
        offsets = self._offsets
        return self._codec.decode(self._data[offsets[number] : offsets[number + 1]])

    def get(self, index: int) -> str:
        """Raw line `index`, ending included."""
        if not 0 <= index < self._length:
            raise IndexError(index)
        k = bisect_right(self._starts, index) - 1
        piece = self._pieces[k]
        if isinstance(piece, range):
            return self._original(piece[index - self._starts[k]])
        return piece[index - self._starts[k]]

    def iter_range(self, start: int, stop: int) -> Iterator[str]:
        """Raw lines `start` to `stop` (exclusive)."""
        stop = min(stop, self._length)
        if start >= stop:
            return
        k = bisect_right(self._starts, start) - 1
        index = start
        while index < stop:
            piece, first = self._pieces[k], self._starts[k]
            end = min(stop, first + len(piece))
            if isinstance(piece, range):
                for number in piece[index - first : end - first]:
                    yield self._original(number)
            else:
                yield from piece[index - first : end - first]
            index = end
            k += 1

    def _split_at(self, index: int) -> int:
        """Make a piece boundary at line `index`; return the number of the piece starting there."""
        if index >= self._length:
            return len(self._pieces)
        k = bisect_right(self._starts, index) - 1
        first = self._starts[k]
        if first == index:
            return k
        piece = self._pieces[k]
        cut = index - first
        self._pieces[k : k + 1] = [piece[:cut], piece[cut:]]
        self._starts.insert(k + 1, index)
        return k + 1

    def replace(self, start: int, stop: int, lines: list[str]) -> list[str]:
        """Replace raw lines [start, stop) with `lines`; return the removed raw lines."""
        old = list(self.iter_range(start, stop))
        k = bisect_right(self._starts, start) - 1
        piece, first = self._pieces[k], self._starts[k]
        if isinstance(piece, list) and stop <= first + len(piece):
            piece[start - first : stop - first] = lines
            if len(lines) == stop - start:
                return old  # an edit inside lines: no piece moves, typing stays cheap
        else:
            ks = self._split_at(start)
            ke = self._split_at(stop)
            self._pieces[ks:ke] = [list(lines)]
            self._starts[ks:ke] = [start]
            k = ks
        self._length += len(lines) - (stop - start)
        self._normalise(max(k - 1, 0))
        return old

    def _normalise(self, k: int) -> None:
        """Drop empty pieces, merge small neighbouring edited pieces, recompute starts from `k`."""
        pieces = self._pieces
        merged: list[range | list[str]] = []
        for piece in pieces[k : k + 3]:
            if not len(piece):
                continue
            last = merged[-1] if merged else None
            if (
                isinstance(last, list)
                and isinstance(piece, list)
                and len(last) + len(piece) <= _MERGE_LIMIT
            ):
                last.extend(piece)
            else:
                merged.append(piece)
        pieces[k : k + 3] = merged
        starts = self._starts
        del starts[k:]
        position = 0 if k == 0 else starts[k - 1] + len(pieces[k - 1])
        for piece in pieces[k:]:
            starts.append(position)
            position += len(piece)

    def encoded_chunks(self, codec: Codec) -> Iterator[bytes]:
        """The whole text encoded with `codec`, in chunks of bounded size."""
        same_codec = codec == self._codec
        for piece in self._pieces:
            if isinstance(piece, range) and same_codec:
                begin = self._offsets[piece.start]
                end = self._offsets[piece.stop]
                view = memoryview(self._data)
                for at in range(begin, end, _CHUNK):
                    yield bytes(view[at : min(end, at + _CHUNK)])
            elif isinstance(piece, range):
                yield from _encode_lines(map(self._original, piece), codec)
            else:
                yield from _encode_lines(iter(piece), codec)


def _encode_lines(lines: Iterator[str], codec: Codec) -> Iterator[bytes]:
    """Encode raw lines in batches so no single chunk grows with the file."""
    batch: list[str] = []
    size = 0
    for line in lines:
        batch.append(line)
        size += len(line)
        if size >= _CHUNK:
            yield codec.encode("".join(batch))
            batch, size = [], 0
    if batch:
        yield codec.encode("".join(batch))
