"""The document: normalised working text, lines with positions, and the way back.

Sources (text, and later PDF and HTML) produce a :class:`Document`. Later stages
read :attr:`Document.text`, a normalised copy in which every kind of space is a
space, line ends are ``\\n`` and invisible characters are gone; spans found there
are mapped back to :attr:`Document.source_text`, the text as the user gave it,
so that ``source_text[span.start:span.end]`` is always the raw value.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Protocol

from .model import Span

# Same-length replacements: every kind of space is a space, curly apostrophes
# are straight, a lone CR is a line end. Offsets do not move.
_SAME_LENGTH: dict[str, str] = (
    dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000", " ")
    | dict.fromkeys("\u2018\u2019\u02bc", "'")
    | {"\r": "\n"}
)
_SAME_LENGTH_RE = re.compile("[" + "".join(_SAME_LENGTH) + "]")


def _same_length(text: str) -> str:
    """Apply :data:`_SAME_LENGTH`; a regex finds the few places faster than ``str.translate``."""
    if _SAME_LENGTH_RE.search(text) is None:
        return text
    return _SAME_LENGTH_RE.sub(lambda m: _SAME_LENGTH[m.group()], text)


# Replacements that change the length: CRLF, invisible characters, ligatures,
# decomposed accents. Each becomes an edit of the offset map.
# One character class (fast to scan): CR, invisible characters, ligatures and
# combining accents; the loop in :func:`normalise` decides what each match edits.
_CHANGES = re.compile(
    "[\r\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffe\ufb00-\ufb06\u0300-\u036f]\n?[\u0300-\u036f]*"
)
_COMBINING = ("\u0300", "\u036f")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffe")


def _replacement(match: str) -> str:
    if match == "\r\n":
        return "\n"
    if match in _INVISIBLE:
        return ""
    return _same_length(unicodedata.normalize("NFKC", match))


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the working text: ``text == Document.text[start:end]``."""

    start: int
    end: int
    text: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Working-text offsets to source offsets, by bisecting the length-changing edits.

    Edit ``k`` replaced ``source[src_starts[k]:src_ends[k]]`` by
    ``text[starts[k]:ends[k]]``; between edits the two texts run in step.
    """

    starts: list[int]
    ends: list[int]
    src_starts: list[int]
    src_ends: list[int]

    def start(self, w: int) -> int:
        k = bisect_right(self.starts, w) - 1
        if k < 0:
            return w
        if w < self.ends[k]:
            return self.src_starts[k]
        return w - self.ends[k] + self.src_ends[k]

    def end(self, w: int) -> int:
        k = bisect_left(self.starts, w) - 1
        if k < 0:
            return w
        if w <= self.ends[k]:
            return self.src_ends[k]
        return w - self.ends[k] + self.src_ends[k]


@dataclass(frozen=True, slots=True)
class PieceMap:
    """A text arranged from pieces of the source in another order.

    Columns read one after the other: piece ``k`` is
    ``source[src_starts[k]:src_starts[k] + (next start - starts[k])]``.
    """

    starts: list[int]
    src_starts: list[int]

    def start(self, w: int) -> int:
        k = max(0, bisect_right(self.starts, w) - 1)
        return self.src_starts[k] + w - self.starts[k]

    def end(self, w: int) -> int:
        k = max(0, bisect_left(self.starts, w) - 1)
        return self.src_starts[k] + w - self.starts[k]


class Offsets(Protocol):
    def start(self, w: int) -> int: ...

    def end(self, w: int) -> int: ...


@dataclass(frozen=True, slots=True)
class Composed:
    """Working text -> arranged text -> source."""

    inner: Offsets
    outer: Offsets

    def start(self, w: int) -> int:
        return self.outer.start(self.inner.start(w))

    def end(self, w: int) -> int:
        return self.outer.end(self.inner.end(w))


@dataclass(slots=True)
class Document:
    source_text: str
    text: str
    name: str | None = None
    lines: list[Line] = field(default_factory=list)
    offsets: Offsets | None = None
    # What a source knows beside the text (embedded JSON-LD, element anchors).
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(
        cls, source_text: str, name: str | None = None, arranged: tuple[str, PieceMap] | None = None
    ) -> Document:
        """A document over ``source_text``, or over an ``arranged`` reading of it."""
        if arranged is None:
            text, offsets = normalise(source_text)
            return cls(source_text, text, name, split_lines(text), offsets)
        arranged_text, pieces = arranged
        text, inner = normalise(arranged_text)
        composed: Offsets = pieces if inner is None else Composed(inner, pieces)
        return cls(source_text, text, name, split_lines(text), composed)

    def span(self, start: int, end: int) -> Span:
        """Map working-text offsets to a :class:`Span` over the source text."""
        if self.offsets is None:
            return Span(start=start, end=end)
        src_start = self.offsets.start(start)
        src_end = self.offsets.end(end) if end > start else src_start
        return Span(start=src_start, end=max(src_end, src_start))

    def raw(self, start: int, end: int) -> tuple[str, Span]:
        span = self.span(start, end)
        return self.source_text[span.start : span.end], span


def normalise(source: str) -> tuple[str, OffsetMap | None]:
    """Return the working text and the map of its offsets back to ``source``.

    ``None`` when no edit changed a length, so clean input pays nothing.
    """
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    src_starts: list[int] = []
    src_ends: list[int] = []
    pos = 0
    wpos = 0
    for m in _CHANGES.finditer(source):
        a, b = m.span()
        first = source[a]
        if first == "\r":
            if not source.startswith("\r\n", a):
                continue  # a lone CR is a same-length edit
            b = a + 2
        elif _COMBINING[0] <= first <= _COMBINING[1]:
            a -= 1 if a > pos else 0  # a decomposed accent composes with the letter before it
        else:
            b = a + 1
        rep = _replacement(source[a:b])
        parts.append(source[pos:a])
        wpos += a - pos
        parts.append(rep)
        starts.append(wpos)
        wpos += len(rep)
        ends.append(wpos)
        src_starts.append(a)
        src_ends.append(b)
        pos = b
    if not parts:
        return _same_length(source), None
    parts.append(source[pos:])
    text = _same_length("".join(parts))
    return text, OffsetMap(starts, ends, src_starts, src_ends)


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        lines.append(Line(start, end, piece))
        start = end + 1
    return lines


def line_index(lines: list[Line], offset: int) -> int:
    """Index of the line holding ``offset``."""
    return max(0, bisect_right([ln.start for ln in lines], offset) - 1)
