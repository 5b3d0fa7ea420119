"""Clearance: codes and long forms (English, French) to NU … CTS/A; non-NATO levels to None."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vacancy_parser.fields import clearance

from ._cases import cases

CODES = sorted(set(clearance.CLEARANCES.values()))


@pytest.mark.parametrize(("raw", "expected"), cases("clearance"))
def test_normalise(raw: str, expected: str | None) -> None:
    assert clearance.normalise(raw) == expected


def test_the_codes_are_the_contract_codes() -> None:
    assert CODES == ["CTS", "CTS/A", "NC", "NR", "NS", "NU"]


@given(st.sampled_from(CODES))
def test_code_is_a_fixed_point(code: str) -> None:
    assert clearance.normalise(code) == code


@given(
    st.sampled_from(sorted(clearance.CLEARANCES)), st.sampled_from(["", "Clearance Level ", ": "])
)
def test_every_form_gives_a_code_that_is_a_fixed_point(form: str, prefix: str) -> None:
    code = clearance.normalise(prefix + form.upper())
    assert code == clearance.CLEARANCES[form]
    assert clearance.normalise(code) == code


@given(st.text(max_size=80))
def test_normalise_gives_a_code_or_none_and_is_idempotent(raw: str) -> None:
    code = clearance.normalise(raw)
    assert code is None or code in CODES
    if code is not None:
        assert clearance.normalise(code) == code
