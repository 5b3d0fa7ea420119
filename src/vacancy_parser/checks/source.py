"""Issues raised while reading the input: what a source could read past but not read.

A source puts ``(code, message)`` warnings on the document (PDF pages without a
text layer); the record carries them as issues and validation keeps them, with
the severity declared here.
"""

from __future__ import annotations

import re

from ..fields.base import Finding, IssueCode
from ..model import Record
from ..record.build import VALUE_OUT_OF_RANGE
from ..sources.pdf import NO_TEXT_LAYER, PAGE_UNREADABLE

PDF_NO_TEXT_LAYER = IssueCode(
    NO_TEXT_LAYER,
    "warning",
    "Some pages of a PDF have no text layer (scanned images): their text is not in the record.",
)
PDF_PAGE_UNREADABLE = IssueCode(
    PAGE_UNREADABLE,
    "warning",
    "Some pages of a PDF could not be read: their text is not in the record.",
)
SOURCE_CODES = (PDF_NO_TEXT_LAYER, PDF_PAGE_UNREADABLE)
_BY_CODE = {c.code: c for c in SOURCE_CODES}
# The page numbers in a source's warning ("pages 1, 3–5"), to word it in another language.
_PAGES = re.compile(r"\d+(?:[–-]\d+)?(?:, \d+(?:[–-]\d+)?)*")


def source_findings(record: Record) -> list[Finding]:
    """What the record came with from reading its input: a source's warnings, and the
    numbers the record stage dropped as out of range (each worded again by the table)."""
    kept: list[Finding] = []
    for issue in record.issues:
        if issue.code in _BY_CODE:
            pages = _PAGES.search(issue.message)
            kept.append(
                _BY_CODE[issue.code].finding(
                    None, issue.spans, pages=pages.group() if pages else "?"
                )
            )
    for issue in record.issues:
        if issue.code == VALUE_OUT_OF_RANGE.code:
            kept.append(
                VALUE_OUT_OF_RANGE.finding(
                    issue.field, issue.spans, pointer=issue.pointer, value=issue.value
                )
            )
    return kept
