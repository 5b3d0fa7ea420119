"""Every JSON case file is well formed, so a typo cannot silently drop cases."""

from __future__ import annotations

import pytest

from ._cases import FIELDS_DIR, KEYS, load

NAMES = sorted(p.stem for p in FIELDS_DIR.glob("*.json"))


def test_there_is_a_case_file_per_field_function() -> None:
    assert set(NAMES) >= {
        "clearance",
        "contract",
        "deadline",
        "grade",
        "grade_check",
        "language_requirement",
        "language_requirement_check",
        "reference",
        "reports",
        "salary",
        "salary_amount",
        "schedule",
        "title",
    }


@pytest.mark.parametrize("name", NAMES)
def test_case_file_is_well_formed(name: str) -> None:
    data = load(name)
    assert len(data) >= 5
    for case in data:
        assert {"input", "expected"} <= set(case) <= KEYS, case
        assert isinstance(case.get("xfail", ""), str)
    inputs = [repr(c["input"]) for c in data]
    assert len(inputs) == len(set(inputs)), "duplicate inputs"
