"""Is this a vacancy notice at all?

A notice has a header block of field labels or the numbered sections of a
notice. Pages that look like notices are told apart by what a single notice
never has: the same labels repeated for many posts (a listing), or a table of
many grades (a careers or salary-scale page).
"""

from __future__ import annotations

import re

from ..model import Kind
from .analyse import Analysis
from .blocks import field_keys
from .labels import LabelHit

HEADER_KEYS = frozenset(
    {
        "title",
        "reference",
        "location",
        "organisation",
        "deadline",
        "salary",
        "grade",
        "clearance",
        "schedule",
    }
)
# Keys that appear once per post: seen this many times, the page lists posts.
PER_POST_KEYS = frozenset({"deadline", "reference", "title", "salary"})
LISTING_REPEATS = 3
FULL_HEADER = 5
GRADE_TABLE_CODES = 8
MIN_HEADER_KEYS = 3
MIN_SECTIONS = 3
MIN_NUMBERED_SECTIONS = 3
CORE_SECTIONS = frozenset({"qualifications", "accountabilities", "contract", "competencies"})

MIN_EXPLAINED = 2
_ABOVE = 3
MIN_PLACEHOLDERS = 3
# "[TITLE]", "[DD-MON-YYYY]"; a Markdown link "[Apply now](#)" is no placeholder.
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9 _/.-]{1,30}\](?!\()")
MIN_QUESTIONS = 3
_NUMBERS = re.compile(r"\d+")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?", re.I)
_EXAMPLE = re.compile(r"\b(?:for example|e\.g\.|for instance|par exemple|p\. ?ex\.)", re.I)
# After a line break, so that the scan starts from a literal (fast in ``re``).
_QUESTION = re.compile(r"\n[ \t]*(?:Q\s*[:.]|Question\s*\d*\s*:)")
_GRADE_CODE = re.compile(r"\b(?:G|A|B|C|L)[ .-]?(?:[1-9]|1[0-9]|2[0-6])\b")


def classify(analysis: Analysis) -> Kind:
    labels = [hit for hit in analysis.labels if not hit.key.startswith("_")]
    if _listing(analysis, labels) or _explains(analysis, labels):
        return "not_vacancy"
    if len(_PLACEHOLDER.findall(analysis.doc.text)) >= MIN_PLACEHOLDERS:
        return "not_vacancy"  # a template: [TITLE], [GRADE], [DD-Mon-YYYY]
    header_keys = {hit.key for hit in labels if hit.key in HEADER_KEYS}
    section_keys = {h.key for h in analysis.headings if h.key}
    numbered = sum(1 for h in analysis.headings if h.key and h.number is not None)
    if len(header_keys) < 2 and _grade_table(analysis.doc.text):
        return "not_vacancy"
    if len(header_keys) >= MIN_HEADER_KEYS:
        return "vacancy"
    if (
        len(section_keys) >= MIN_SECTIONS
        and section_keys & CORE_SECTIONS
        and (numbered >= MIN_NUMBERED_SECTIONS or header_keys or len(section_keys) > MIN_SECTIONS)
    ):
        return "vacancy"
    if len(header_keys) >= 2 and section_keys & CORE_SECTIONS:
        return "vacancy"
    return "not_vacancy"


def _listing(analysis: Analysis, labels: list[LabelHit]) -> bool:
    """Many posts: per-post labels with as many different values.

    Both halves of a notice (and a board) repeat the same deadline and salary,
    in different forms; a listing gives different ones. Values are compared by
    their numbers, which survive translation ("21-Oct-2025" ~ "21/10/2025").
    """
    # A full header block is a notice's, whatever similar posts a board lists after it.
    if any(len(field_keys(c)) >= FULL_HEADER for c in analysis.clusters):
        return False
    values: dict[str, set[tuple[str, ...]]] = {}
    for hit in labels:
        if hit.key in PER_POST_KEYS:
            text = analysis.doc.text[hit.value_start : hit.value_end]
            values.setdefault(hit.key, set()).add(_signature(text))
    return any(len(distinct) >= LISTING_REPEATS for distinct in values.values())


def _signature(value: str) -> tuple[str, ...]:
    """The numbers of a value without leading zeros or a time of day, months left out.

    Days and months of twelve or less are dropped too, so that every way of
    writing one date gives one signature.
    """
    numbers = [n.lstrip("0") or "0" for n in _NUMBERS.findall(_TIME.sub(" ", value))]
    if not numbers:
        return (value.casefold().strip(),)
    return tuple(sorted(n for n in numbers if len(n) != 2 or int(n) > 12)) or tuple(numbers)


def _explains(analysis: Analysis, labels: list[LabelHit]) -> bool:
    """A page that explains the fields of a notice ("for example 31-Jan-2026"), or a Q&A."""
    text = analysis.doc.text
    examples = sum(
        1 for hit in labels if _EXAMPLE.search(text, hit.value_start, hit.value_end) is not None
    )
    # "Every notice starts with a header block. For example:" right above the labels.
    if labels:
        lines = analysis.doc.lines
        first = labels[0].line
        above = " ".join(ln.text for ln in lines[max(0, first - _ABOVE) : first])
        if _EXAMPLE.search(above):
            return True
    questions = len(_QUESTION.findall(text))
    return examples >= MIN_EXPLAINED or questions >= MIN_QUESTIONS


def _grade_table(text: str) -> bool:
    codes = {re.sub(r"[ .-]", "", m.group()) for m in _GRADE_CODE.finditer(text)}
    return len(codes) >= GRADE_TABLE_CODES
