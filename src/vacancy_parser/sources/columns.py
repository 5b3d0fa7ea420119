"""English and French side by side in one text: read the left column, then the right.

Text copied from a two-column notice keeps both languages on each line,
separated by a run of spaces, a tab or ``|`` at a steady position. When most
lines split there, the document is read as the whole left column followed by
the whole right column, each piece mapped back to where it stands in the source.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import PieceMap

_GAP = re.compile(r"\S(?P<gap>[ \t]*\|[ \t]*|[ \t]{3,}|\t+)(?=\S)")
_MIN_LINES = 6
_MIN_SHARE = 0.5
_DRIFT = 6
_MIN_LEFT = 12
_SCAN = 20000


def side_by_side(text: str) -> tuple[str, PieceMap] | None:
    """The arranged text and its map, or ``None`` when the text is one column."""
    head = text[:_SCAN]
    if head.count("   ") + head.count("\t") + head.count(" | ") < _MIN_LINES:
        return None
    lines = _lines(text)
    written = [ln for ln in lines if text[ln[0] : ln[1]].strip()]
    if len(written) < _MIN_LINES:
        return None
    column = _column_start(text, written)
    if column is None:
        return None
    left: list[tuple[int, int, int]] = []
    right: list[tuple[int, int, int]] = []
    for start, end in lines:
        split = _split(text, start, end, column)
        if split is None:
            left.append((start, end, end))
            continue
        (ls, le), (rs, re_) = split
        left.append((ls, le, end))
        right.append((rs, re_, end))
    if _labels_and_values(text, left, right):
        return None
    starts: list[int] = []
    src_starts: list[int] = []
    parts: list[str] = []
    position = 0
    for start, end, line_end in [*left, *right]:
        # Each piece, then a line break that maps to the source line's own break.
        for a, b, chunk in ((start, end, text[start:end]), (line_end, line_end + 1, "\n")):
            if b <= a:
                continue
            starts.append(position)
            src_starts.append(min(a, len(text) - 1))
            parts.append(chunk)
            position += len(chunk)
    return "".join(parts), PieceMap(starts, src_starts)


def _labels_and_values(
    text: str, left: list[tuple[int, int, int]], right: list[tuple[int, int, int]]
) -> bool:
    """A table of labels and their values ("Intitulé publication: | CIVIL AFFAIRS
    OFFICER, P4 |"), not two languages: most cut lines' left cells end with a colon."""
    cut = {line_end for _s, _e, line_end in right}
    cells = [text[s:e].rstrip() for s, e, line_end in left if line_end in cut and e > s]
    return bool(cells) and sum(cell.endswith(":") for cell in cells) >= _MIN_SHARE * len(cells)


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for piece in text.split("\n"):
        out.append((start, start + len(piece)))
        start += len(piece) + 1
    return out


def _column_start(text: str, written: list[tuple[int, int]]) -> int | None:
    """The steady column where the right half starts on most lines, if there is one."""
    positions: list[int] = []
    for start, end in written:
        for m in _GAP.finditer(text, start, end):
            if m.start("gap") - start >= _MIN_LEFT:
                positions.append(m.end("gap") - start)
    if not positions:
        return None
    counts = Counter(p // _DRIFT for p in positions)
    bucket, _ = counts.most_common(1)[0]
    near = [p for p in positions if abs(p // _DRIFT - bucket) <= 1]
    if len(near) < max(_MIN_LINES, _MIN_SHARE * len(written)):
        return None
    return min(near)


def _split(
    text: str, start: int, end: int, column: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Left and right parts of one line, cut at the gap nearest ``column``."""
    best = None
    for m in _GAP.finditer(text, start, end):
        offset = m.end("gap") - start
        if abs(offset - column) <= 2 * _DRIFT and (best is None or abs(offset - column) < best[0]):
            best = (abs(offset - column), m)
    if best is None:
        line = text[start:end]
        indent = len(line) - len(line.lstrip())
        if line.strip() and indent >= column - _DRIFT - 3:
            # An empty left cell: the right text, after its "|" rule if there is one.
            right = line[indent:]
            if right.startswith("|"):
                indent += 1 + len(right[1:]) - len(right[1:].lstrip())
            return (start, start), (start + indent, end)
        return None
    m = best[1]
    return (start, m.start("gap")), (m.end("gap"), end)
