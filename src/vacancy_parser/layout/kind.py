"""Is this a vacancy notice at all?

A notice has a header block of field labels or the numbered sections of a
notice; an information page, an internship page or a news page has neither.
"""

from __future__ import annotations

from ..model import Kind
from .analyse import Analysis

_MIN_FIELD_LABELS = 3
_MIN_SECTIONS = 3


def classify(analysis: Analysis) -> Kind:
    field_labels = {hit.key for hit in analysis.labels if not hit.key.startswith("_")}
    section_keys = {h.key for h in analysis.headings if h.key}
    if len(field_labels) >= _MIN_FIELD_LABELS or len(section_keys) >= _MIN_SECTIONS:
        return "vacancy"
    if len(field_labels) >= 2 and section_keys:
        return "vacancy"
    return "not_vacancy"
