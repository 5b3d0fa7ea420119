"""How a plain text is read before it becomes a document: columns side by side, words
cut at line ends, a document site's list of other documents. Each gives an arranged text
and the map of its pieces to the source."""

from __future__ import annotations

import re

from ..document import PieceMap
from .columns import side_by_side

# A word cut at a line end, as text copied from a PDF viewer keeps it: "Interme-\ndiate".
_CUT_WORD = re.compile(r"(?<=[a-zà-ÿ])-\r?\n(?=[a-zà-ÿ])")
# A document-sharing site's heading over the titles of other documents ("Similar
# documents", "Documents pareils"): the site's links, as the HTML source drops them.
# Any space but a line break: a no-break space, and the "\r" of a Windows line end.
_RELATED_HEADING = re.compile(
    r"[^\S\n]*+(?:(?:similar|related)[^\S\n]++documents|documents[^\S\n]++(?:pareils"
    r"|similaires|connexes|associés))[^\S\n]*+"
)
# Lines that hold text, one after the other; each tried from a line's start only, so that a
# long run of spaces is read once.
_PARAGRAPH = re.compile(r"^[^\S\n]*+\S[^\n]*+(?:\n[^\S\n]*+\S[^\n]*+)*+", re.M)
# An entry of that list is one line of its own; a paragraph of several lines, or a long
# line, is the document's text again.
_ENTRY_MAX = 250


def arrange(text: str) -> tuple[str, PieceMap] | None:
    """The reading of ``text`` the layout stage should see, or ``None`` when it is the text."""
    columns = side_by_side(text)
    if columns is not None:
        return columns
    # Words hyphenated at line ends are joined; a suspended hyphen ("inter- and") has a space.
    cuts = (
        [(m.start(), m.end()) for m in _CUT_WORD.finditer(text)]
        if "-\n" in text or "-\r\n" in text
        else []
    )
    related = _related_list(text)
    if related is not None:
        cuts = [cut for cut in cuts if not (related[0] <= cut[0] < related[1])]
        cuts = sorted([*cuts, related])
    return _skip(text, cuts)


def _related_list(text: str) -> tuple[int, int] | None:
    """Where a list of other documents stands: its heading, the entry under it, and every
    following paragraph of one short line."""
    heading = _related_heading(text)
    if heading is None:
        return None
    start, heading_end = heading
    if heading_end < 0:
        return (start, len(text))
    end = heading_end
    paragraphs = _PARAGRAPH.finditer(text[heading_end:])
    for n, para in enumerate(paragraphs):
        lines = para.group().split("\n")
        first = n == 0 and para.start() == 1  # the entry right under the heading
        if len(lines) > (2 if first else 1) or any(len(ln.strip()) > _ENTRY_MAX for ln in lines):
            break
        end = heading_end + para.end()
    return (start, end)


def _related_heading(text: str) -> tuple[int, int] | None:
    """Where the list's heading line starts and ends (-1 at the text's end): a line that is
    the heading alone, found from the word "documents" (a literal scan, fast on any text)."""
    for word in ("ocuments", "OCUMENTS"):
        at = text.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            if _RELATED_HEADING.fullmatch(text[start : end if end >= 0 else None].lower()):
                return start, end
            at = text.find(word, at + 1)
    return None


def _skip(text: str, spans: list[tuple[int, int]]) -> tuple[str, PieceMap] | None:
    """``text`` without the sorted, disjoint ``spans``, and the map of what is left."""
    if not spans:
        return None
    starts: list[int] = []
    src_starts: list[int] = []
    parts: list[str] = []
    position = source = 0
    for start, end in spans:
        starts.append(position)
        src_starts.append(source)
        parts.append(text[source:start])
        position += start - source
        source = end
    starts.append(position)
    src_starts.append(source)
    parts.append(text[source:])
    return "".join(parts), PieceMap(starts, src_starts)
