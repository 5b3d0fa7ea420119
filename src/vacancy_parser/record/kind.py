"""Is this page one vacancy notice? All the evidence, weighed; the reasons kept.

The layout's signs (labels, sections, vocabulary, listings, templates…) come with
their weights from :func:`vacancy_parser.layout.kind.signs`; the values the field
modules found add theirs here. The page is a notice when the sum reaches
:data:`THRESHOLD`; the confidence is a logistic of the distance to it, so that a
user can see how close a call was and override it (``Options(kind=...)``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..model import Evidence, Kind

# A value found by a field module, by record attribute: its weight as evidence.
VALUE_WEIGHTS: dict[str, float] = {
    "title": 0.5,
    "reference": 0.75,
    "deadline": 1.0,
    "salary": 0.75,
    "grades": 0.75,
    "clearance": 0.5,
    "language_requirement": 0.75,
    "contract_type": 0.75,
    "contract_years": 0.5,
    "direct_reports": 0.5,
    "organisation": 0.25,
    "location": 0.25,
}
# Values found by rules that read running text weigh this much less than labelled ones.
_UNLABELLED = 0.6
# Together, values read from running text weigh at most this much: prose about jobs in
# general (news, careers pages) mentions grades, contracts and levels too.
_UNLABELLED_CAP = 1.2
# Fitted with the layout's weights by ``benchmarks/fit_kind.py`` on fixtures/real (2,434
# pages, cut 1.5), then set just above 1.6: a post's title, its value and one job phrase alone
# (a page about an office and its holder) are no notice. On fixtures/real (2,479 pages) the
# new weights and cut read 29 more notices than the old ones (cut 2.05) and take 10 more
# look-alikes for notices: micro F1 0.823 → 0.826, holdout 0.787 → 0.790.
THRESHOLD = 1.65
_SLOPE = 1.2


def weigh(
    signs: list[Evidence], values: Mapping[str, Mapping[str, Any]]
) -> tuple[Kind, float, list[Evidence]]:
    """The kind, its confidence (0.5–1.0) and every piece of evidence, strongest first."""
    evidence = list(signs)
    unlabelled = 0.0
    for attr, weight in VALUE_WEIGHTS.items():
        by_lang = values.get(attr)
        if not by_lang:
            continue
        rules = sorted({str(found["rule"]) for found in by_lang.values()})
        labelled = any(rule.startswith("label") for rule in rules)
        if not labelled:
            weight = max(0.0, min(weight * _UNLABELLED, _UNLABELLED_CAP - unlabelled))
            unlabelled += weight
        evidence.append(
            Evidence(sign=f"value:{attr}", weight=round(weight, 2), detail=", ".join(rules))
        )
    score = round(sum(e.weight for e in evidence), 2)  # 0.6 + 0.45 + … is not exact
    kind: Kind = "vacancy" if score >= THRESHOLD else "not_vacancy"
    confidence = 1 / (1 + math.exp(-_SLOPE * abs(score - THRESHOLD)))
    evidence.sort(key=lambda e: -abs(e.weight))
    return kind, round(confidence, 3), evidence
