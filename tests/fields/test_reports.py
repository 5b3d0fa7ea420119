"""Direct and indirect reports: counts, number words and the ways of saying none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vacancy_parser.fields import reports

from ._cases import cases


@pytest.mark.parametrize(("raw", "expected"), cases("reports"))
def test_normalise(raw: str, expected: int | None) -> None:
    assert reports.normalise(raw) == expected


@given(st.integers(0, 9999))
def test_count_is_a_fixed_point(count: int) -> None:
    assert reports.normalise(str(count)) == count


@given(st.text(max_size=40))
def test_normalise_is_idempotent(raw: str) -> None:
    count = reports.normalise(raw)
    if count is not None:
        assert count >= 0
        assert reports.normalise(str(count)) == count
