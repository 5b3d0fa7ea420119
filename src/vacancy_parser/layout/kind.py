"""Is this a vacancy notice at all?

A notice has a header block of field labels or the numbered sections of a
notice. Pages that look like notices are told apart by what a single notice
never has: the same labels repeated for many posts (a listing), or a table of
many grades (a careers or salary-scale page).
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Kind
from .analyse import Analysis

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
GRADE_TABLE_CODES = 8
MIN_HEADER_KEYS = 3
MIN_SECTIONS = 3
MIN_NUMBERED_SECTIONS = 3
CORE_SECTIONS = frozenset({"qualifications", "accountabilities", "contract", "competencies"})

_GRADE_CODE = re.compile(r"\b(?:G|A|B|C|L)[ .-]?(?:[1-9]|1[0-9]|2[0-6])\b")


def classify(analysis: Analysis) -> Kind:
    labels = [hit for hit in analysis.labels if not hit.key.startswith("_")]
    repeats = Counter(hit.key for hit in labels if hit.key in PER_POST_KEYS)
    # Each half states its own deadline, and a board may add one more.
    if any(count >= LISTING_REPEATS + len(analysis.halves) - 1 for count in repeats.values()):
        return "not_vacancy"
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


def _grade_table(text: str) -> bool:
    codes = {re.sub(r"[ .-]", "", m.group()) for m in _GRADE_CODE.finditer(text)}
    return len(codes) >= GRADE_TABLE_CODES
