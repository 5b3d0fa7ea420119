"""How a plain text is read before it becomes a document: columns side by side, words
cut at line ends. Both give an arranged text and the map of its pieces to the source."""

from __future__ import annotations

import re

from ..document import PieceMap
from .columns import side_by_side

# A word cut at a line end, as text copied from a PDF viewer keeps it: "Interme-\ndiate".
_CUT_WORD = re.compile(r"(?<=[a-zà-ÿ])-\r?\n(?=[a-zà-ÿ])")


def arrange(text: str) -> tuple[str, PieceMap] | None:
    """The reading of ``text`` the layout stage should see, or ``None`` when it is the text."""
    columns = side_by_side(text)
    if columns is not None:
        return columns
    return rejoin_cut_words(text)


def rejoin_cut_words(text: str) -> tuple[str, PieceMap] | None:
    """Join words hyphenated at line ends; a suspended hyphen ("inter- and") has a space."""
    if "-\n" not in text and "-\r\n" not in text:
        return None
    starts: list[int] = []
    src_starts: list[int] = []
    parts: list[str] = []
    position = source = 0
    for m in _CUT_WORD.finditer(text):
        starts.append(position)
        src_starts.append(source)
        parts.append(text[source : m.start()])
        position += m.start() - source
        source = m.end()
    if not parts:
        return None
    starts.append(position)
    src_starts.append(source)
    parts.append(text[source:])
    return "".join(parts), PieceMap(starts, src_starts)
