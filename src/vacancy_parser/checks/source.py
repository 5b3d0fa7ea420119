"""Issues raised while reading the input: what a source could read past but not read.

A source puts ``(code, message)`` warnings on the document (PDF pages without a
text layer); the record carries them as issues and validation keeps them, with
the severity declared here.
"""

from __future__ import annotations

from ..fields.base import IssueCode
from ..model import Issue, Record
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


def source_issues(record: Record) -> list[Issue]:
    """The issues the record came with from reading its input: a source's warnings, and
    the numbers the record stage dropped as out of range."""
    kept = [_BY_CODE[i.code].issue(None, i.message) for i in record.issues if i.code in _BY_CODE]
    return kept + [i for i in record.issues if i.code == VALUE_OUT_OF_RANGE.code]
