"""Working time: ``Full-time`` / ``Temps plein`` -> ``full_time``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vacancy_parser.fields import schedule

from ._cases import cases


@pytest.mark.parametrize(("raw", "expected"), cases("schedule"))
def test_normalise(raw: str, expected: str) -> None:
    assert schedule.normalise(raw) == expected


WORDS = [
    "Full-time",
    "Temps plein",
    "Part-time",
    "temps partiel",
    "hours",
    "(37.5)",
    "week",
    "Shift",
]


@given(st.one_of(st.text(max_size=40), st.lists(st.sampled_from(WORDS), max_size=4).map(" ".join)))
def test_normalise_is_idempotent(raw: str) -> None:
    once = schedule.normalise(raw)
    assert schedule.normalise(once) == once
