"""Which family of layout a notice belongs to, so a user can see why rules applied.

Each family is recognised by marks in the header region (the text before the
first section); the first family in :data:`FAMILIES` whose marks are found wins.
"""

from __future__ import annotations

import re

from ..model import Family
from ._vocab import BANNER_WORDS, CHROME_LINE, EMPLOYER_LINE, PICTOGRAPH
from .analyse import Analysis

_HEADER_MIN = 600

# Family -> the words its marks need (lower case if the marks ignore case), and the marks
# in the header region, in order of precedence. A header holding none of the words is not
# scanned (a scan costs tens of microseconds, ``in`` one).
FAMILIES: list[tuple[Family, tuple[str, ...], re.Pattern[str]]] = [
    (
        "portal",
        ("Primary Location", "Emplacement principal"),
        re.compile(r"^[ \t]*+(?:\*\*)?(?:Primary Location|Emplacement principal)", re.M),
    ),
    (
        "ims",
        ("staff",),
        re.compile(
            r"STAFF\s+VACANCY\s+\d|^[ \t]*+International Military Staff[ \t]*$", re.I | re.M
        ),
    ),
    (
        "agency",
        (
            "NCI",
            "NSPA",
            "CMRE",
            "College",
            "Collège",
            "SHAPE",
            "Allied Command",
            "ACT",
            "ACO",
            "JFC",
            "Joint Force",
            "Agence OTAN",
            "Agency",
            "Post Number",
            "Vacancy Number",
            "Job Title",
            "NATO Grade",
        ),
        re.compile(
            r"\b(?:NCI\s*Agency|NSPA|CMRE|NATO Defen[cs]e College|Collège de défense de l'OTAN|"
            r"SHAPE|Allied Command|ACT|ACO|JFC|Joint Force Command|Agence OTAN|"
            r"Communications and Information Agency|Support and Procurement Agency)\b"
            r"|^[ \t]*+(?:Post Number|Vacancy Number|Job Title|NATO Grade)[ \t]*:",
            re.M,
        ),
    ),
    (
        "old_is",
        ("NOTIFICATION OF VACANCY", "TITLE", "GRADE", "VACANCY NUMBER", "DIVISION"),
        re.compile(
            r"NOTIFICATION OF VACANCY|^[ \t]*+(?:TITLE|GRADE|VACANCY NUMBER|DIVISION)[ \t]*:", re.M
        ),
    ),
    (
        "other_organisation",
        (
            "united nations",
            "nations unies",
            "european union",
            "union européenne",
            "europe",
            "oecd",
            "ocde",
            "osce",
            "commission",
            "grade",
            "level",
            "niveau",
        ),
        re.compile(
            r"\b(?:United Nations|Nations Unies|European Union|Union européenne|Council of Europe|"
            r"Conseil de l'Europe|OECD|OCDE|OSCE|European Commission|Commission européenne)\b"
            r"|\b(?:Grade|Level|Niveau)\s*+:?\s*+(?:P-?[1-5]|AD\s?\d{1,2}|AST\s?\d{1,2}|D-?[12])\b",
            re.I,
        ),
    ),
]
_MIN_CHROME = 2
_MIN_LINES_BEFORE = 3
_EDGE_LINES = 40
_EDGE_CHARS = 4000


def recognise(analysis: Analysis) -> Family:
    doc = analysis.doc
    first = analysis.halves[0] if analysis.halves else None
    header = doc.text[: max(first.header_end if first else 0, _HEADER_MIN)]
    board = _board(analysis)
    low = header.lower()
    for family, needs, marks in FAMILIES:
        text = low if marks.flags & re.I else header
        if any(word in text for word in needs) and marks.search(header):
            return "job_board" if family == "portal" and board else family
    return "job_board" if board else "unknown"


def _pictographs(text: str) -> int:
    """Pictographs in the first and last few thousand characters, where boards put them."""
    if len(text) > 2 * _EDGE_CHARS:
        text = text[:_EDGE_CHARS] + text[-_EDGE_CHARS:]
    return len(PICTOGRAPH.findall(text))


def _board(analysis: Analysis) -> bool:
    """Board furniture: chrome labels or lines, pictographs, or lines above the notice's title."""
    if any(hit.key == "_chrome" for hit in analysis.labels):
        return True
    lines = analysis.doc.lines
    # Boards put their furniture around the notice, not in it.
    edges = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:] if len(lines) > 2 * _EDGE_LINES else lines
    chrome = sum(1 for ln in edges if ln.text.strip() and CHROME_LINE.match(ln.text.strip()))
    if chrome >= _MIN_CHROME or _pictographs(analysis.doc.text) >= _MIN_CHROME:
        return True
    title = analysis.halves[0].title_line if analysis.halves else None
    before = [ln for ln in lines[: title or 0] if ln.text.strip()]
    return len(before) >= _MIN_LINES_BEFORE and not all(
        BANNER_WORDS.search(ln.text) or EMPLOYER_LINE.match(ln.text.strip()) for ln in before
    )
