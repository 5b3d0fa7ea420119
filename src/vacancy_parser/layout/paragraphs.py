"""Paragraph repair: a sentence cut by a page break is one paragraph again."""

from __future__ import annotations

import re

_BLANK = re.compile(r"\n[ \t]*\n\s*")
_ENDS_SENTENCE = tuple('.!?:;»"”)')


def repair(text: str) -> list[str]:
    """Paragraphs of ``text``; one that stops mid-sentence joins the next if it starts in lower case.

    ``They provide`` / blank line / ``coordinated and substantiated advice``
    becomes one paragraph.
    """
    paragraphs: list[str] = []
    for piece in _BLANK.split(text.strip()):
        piece = piece.strip()
        if not piece:
            continue
        if paragraphs and not paragraphs[-1].endswith(_ENDS_SENTENCE) and piece[0].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {piece}"
        else:
            paragraphs.append(piece)
    return paragraphs
