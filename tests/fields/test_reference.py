"""Reference: the vacancy number as printed, label leftovers and punctuation removed."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vacancy_parser.fields import reference

from ._cases import cases, expected_values


@pytest.mark.parametrize(("raw", "expected"), cases("reference"))
def test_normalise(raw: str, expected: str) -> None:
    assert reference.normalise(raw) == expected


@pytest.mark.parametrize("ref", expected_values("reference"))
def test_canonical_outputs_are_fixed_points(ref: str) -> None:
    assert reference.normalise(ref) == ref


@given(st.from_regex(r"\A[0-9]{5,7}\Z"))
def test_numeric_reference_is_a_fixed_point(ref: str) -> None:
    assert reference.normalise(ref) == ref


@settings(derandomize=True)
@given(st.from_regex(r"\A[A-Z]{2,5}/[0-9]{2,4}(/[0-9]{2,4})?\Z"))
@example("NOR/2025/01")
def test_lettered_reference_is_a_fixed_point(ref: str) -> None:
    assert reference.normalise(ref) == ref


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Primary Location\nBelgium-Brussels\nDescription\n:OPEN TO NATIONALS ONLY\n"
            "STAFF VACANCY 250974\nTITLE: Senior Assistant\n",
            "250974",
        ),
        ("AVIS DE VACANCE D’EMPLOI NO  30/25/AD14/EESC\n\nDirecteur\n", "30/25/AD14/EESC"),
    ],
)
def test_a_vacancy_line_gives_the_reference(text: str, expected: str) -> None:
    from vacancy_parser import Options, parse_text

    assert parse_text(text, options=Options(kind="vacancy")).flat.reference == expected
