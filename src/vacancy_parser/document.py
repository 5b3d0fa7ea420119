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
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

from .model import Span

# One character class per edit; replacements are the table below.
_EDITS = re.compile(
    "\r\n?|[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\t]"
    "|[\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffe]"
    "|[\ufb00-\ufb06]"
    "|[\u2018\u2019\u02bc]"
    "|.[\u0300-\u036f]+",
    re.S,
)

_SPACE_LIKE = frozenset(
    "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\t"
)
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffe")


def _replacement(match: str) -> str:
    if match[0] == "\r":
        return "\n"
    if match in _SPACE_LIKE:
        return " "
    if match in _INVISIBLE:
        return ""
    if match in "\u2018\u2019\u02bc":
        return "'"
    return unicodedata.normalize("NFKC", match)


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the working text: ``text == Document.text[start:end]``."""

    start: int
    end: int
    text: str
    page: int | None = None


@dataclass(slots=True)
class Document:
    source_text: str
    text: str
    name: str | None = None
    lines: list[Line] = field(default_factory=list)
    _map: array[int] | None = None
    _seg_ends: list[int] = field(default_factory=list)
    _seg_src_ends: list[int] = field(default_factory=list)

    @classmethod
    def from_text(cls, source_text: str, name: str | None = None) -> Document:
        text, mapping, seg_ends, seg_src_ends = normalise(source_text)
        doc = cls(source_text, text, name, [], mapping, seg_ends, seg_src_ends)
        doc.lines = split_lines(text)
        return doc

    def span(self, start: int, end: int) -> Span:
        """Map working-text offsets to a :class:`Span` over the source text."""
        if self._map is None:
            return Span(start=start, end=end)
        src_start = self._map[start]
        if end <= start:
            return Span(start=src_start, end=src_start)
        i = bisect_right(self._seg_ends, end) - 1
        if i >= 0 and self._seg_ends[i] == end:
            src_end = self._seg_src_ends[i]
        else:
            src_end = self._map[end - 1] + 1
        return Span(start=src_start, end=max(src_end, src_start))

    def raw(self, start: int, end: int) -> tuple[str, Span]:
        span = self.span(start, end)
        return self.source_text[span.start : span.end], span


def normalise(source: str) -> tuple[str, array[int] | None, list[int], list[int]]:
    """Return the working text, a map from its offsets to the source's, and edits.

    The map has one entry per working character plus a sentinel; ``None`` when
    nothing changed, so clean input pays nothing. The edit lists give, for each
    replacement, its end in the working text and in the source, so that a span
    ending on a replaced character (``\r\n`` read as ``\n``) ends after it.
    """
    parts: list[str] = []
    mapping: array[int] = array("l")
    seg_ends: list[int] = []
    seg_src_ends: list[int] = []
    pos = 0
    wpos = 0
    for m in _EDITS.finditer(source):
        rep = _replacement(m.group())
        if rep == m.group():
            continue
        a, b = m.span()
        parts.append(source[pos:a])
        mapping.extend(range(pos, a))
        wpos += a - pos
        parts.append(rep)
        mapping.extend(range(a, b) if len(rep) == b - a else [a] * len(rep))
        wpos += len(rep)
        if rep:
            seg_ends.append(wpos)
            seg_src_ends.append(b)
        pos = b
    if not parts:
        return source, None, seg_ends, seg_src_ends
    parts.append(source[pos:])
    mapping.extend(range(pos, len(source) + 1))
    return "".join(parts), mapping, seg_ends, seg_src_ends


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
