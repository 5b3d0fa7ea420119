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
from itertools import islice
from typing import Any, NamedTuple, Protocol

from .model import Span

# Same-length replacements: every kind of space is a space, curly apostrophes
# are straight, a lone CR is a line end. Offsets do not move. An opening quote (U+2018)
# is an apostrophe only after a letter ("l‘Agence"); before a quoted name it stays, so
# that a title keeps it as printed ("Project Coordinator – ‘African Futures’").
_SAME_LENGTH: dict[str, str] = (
    dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000", " ")
    | dict.fromkeys("\u2019\u02bc", "'")
    | {"\r": "\n"}
)
_OPENING_QUOTE = "\u2018"
_SAME_LENGTH_RE = re.compile("[" + "".join(_SAME_LENGTH) + _OPENING_QUOTE + "]")


def _same_length(text: str) -> str:
    """Apply :data:`_SAME_LENGTH`; a regex finds the few places faster than ``str.translate``."""
    if _SAME_LENGTH_RE.search(text) is None:
        return text

    def replace(m: re.Match[str]) -> str:
        char = m.group()
        if char != _OPENING_QUOTE:
            return _SAME_LENGTH[char]
        after_letter = m.start() > 0 and text[m.start() - 1].isalpha()
        return "'" if after_letter else char

    return _SAME_LENGTH_RE.sub(replace, text)


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


class Line(NamedTuple):
    """A line of the working text: ``text == Document.text[start:end]``.

    A named tuple: a notice has hundreds of lines, and tuples are built fastest.
    """

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


@dataclass(frozen=True, slots=True)
class Placement:
    """Where ``source_text[start:end]`` was drawn: its page (from 1) and its box in
    points, ``(x0, top, x1, bottom)`` from the page's top-left corner."""

    start: int
    end: int
    page: int
    bbox: tuple[float, float, float, float]


def _placed(geometry: list[Placement], start: int, end: int) -> Span:
    """A span with the page and box of the runs it covers, on the page where it starts.

    A run's box is cut in proportion to the characters taken from it, so a word
    inside a line drawn in one piece gets roughly its own box.
    """
    i = max(0, bisect_right(geometry, start, key=_run_start) - 1)
    page: int | None = None
    box: list[float] | None = None
    for run in islice(geometry, i, None):
        if run.start > end or (run.start == end and end > start):
            break
        if run.end < start or (run.end == start and end > start):
            continue
        if page is None:
            page = run.page
        elif run.page != page:
            break
        x0, top, x1, bottom = run.bbox
        width = (x1 - x0) / max(1, run.end - run.start)
        a = x0 + width * (max(start, run.start) - run.start)
        b = x0 + width * (min(end, run.end) - run.start)
        if box is None:
            box = [a, top, b, bottom]
        else:
            box = [min(box[0], a), min(box[1], top), max(box[2], b), max(box[3], bottom)]
    if page is None or box is None:
        return Span(start=start, end=end, page=geometry[i].page)
    x0, top, x1, bottom = (round(v, 2) for v in box)
    return Span(start=start, end=end, page=page, bbox=(x0, top, x1, bottom))


def _run_start(run: Placement) -> int:
    return run.start


@dataclass(slots=True)
class Document:
    source_text: str
    text: str
    name: str | None = None
    lines: list[Line] = field(default_factory=list)
    offsets: Offsets | None = None
    # What a source knows beside the text (embedded JSON-LD, element anchors).
    metadata: dict[str, Any] = field(default_factory=dict)
    # Where runs of the source text were drawn (PDF input), in source order; see place().
    geometry: list[Placement] = field(default_factory=list)
    # What a source noticed but could read past: (issue code, message), e.g. pages
    # with no text layer. The record carries them as issues.
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def from_text(
        cls, source_text: str, name: str | None = None, arranged: tuple[str, PieceMap] | None = None
    ) -> Document:
        """A document over ``source_text``, or over an ``arranged`` reading of it.

        Lone surrogates (a ``str`` decoded with ``surrogateescape``, or sliced from
        UTF-16) become U+FFFD, one for one, so that every record serialises to JSON.
        """
        source_text = _no_surrogates(source_text)
        if arranged is not None:
            arranged = (_no_surrogates(arranged[0]), arranged[1])
        if arranged is None:
            text, offsets = normalise(source_text)
            return cls(source_text, text, name, split_lines(text), offsets)
        arranged_text, pieces = arranged
        text, inner = normalise(arranged_text)
        composed: Offsets = pieces if inner is None else Composed(inner, pieces)
        return cls(source_text, text, name, split_lines(text), composed)

    def span(self, start: int, end: int) -> Span:
        """Map working-text offsets to a :class:`Span` over the source text.

        With :attr:`geometry`, the span also gets the page and box it was drawn in.
        """
        src_start, src_end = self.bounds(start, end)
        if self.geometry:
            return _placed(self.geometry, src_start, src_end)
        return Span(start=src_start, end=src_end)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of working offsets ``start:end``."""
        if self.offsets is None:
            return start, end
        src_start = self.offsets.start(start)
        return src_start, max(self.offsets.end(end) if end > start else src_start, src_start)

    def span_data(self, start: int, end: int) -> dict[str, Any]:
        """:meth:`span` as the plain data a record is validated from (the fast path)."""
        if self.geometry:
            return self.span(start, end).model_dump(exclude_none=True)
        src_start, src_end = self.bounds(start, end)
        return {"start": src_start, "end": src_end}

    def place(self, geometry: list[Placement]) -> None:
        """Attach where the source text was drawn; each line learns its page."""
        self.geometry = geometry
        if not geometry:
            return
        k = 0
        placed: list[Line] = []
        for ln in self.lines:
            start = ln.start if self.offsets is None else self.offsets.start(ln.start)
            while k + 1 < len(geometry) and geometry[k + 1].start <= start:
                k += 1
            placed.append(Line(ln.start, ln.end, ln.text, geometry[k].page))
        self.lines = placed

    def raw(self, start: int, end: int) -> tuple[str, dict[str, Any]]:
        """The source text of working offsets ``start:end`` and its span data."""
        span = self.span_data(start, end)
        return self.source_text[span["start"] : span["end"]], span


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


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
    return max(0, bisect_right(lines, offset, key=_line_start) - 1)


def _line_start(line: Line) -> int:
    return line.start
