"""Grades: every notation to canonical codes, and the scale checks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vacancy_parser.fields import grade
from vacancy_parser.model import Bilingual, Located, Record, Span

from ._cases import cases, expected_values


@pytest.mark.parametrize(("raw", "expected"), cases("grade"))
def test_parse_codes(raw: str, expected: list[str]) -> None:
    codes, where = grade.parse_codes(raw)
    assert codes == expected
    if expected:
        assert where is not None
        assert 0 <= where[0] < where[1] <= len(raw)
    else:
        assert where is None


@pytest.mark.parametrize("codes", [c for c in expected_values("grade") if c])
def test_canonical_outputs_are_fixed_points(codes: list[str]) -> None:
    assert grade.parse_codes(" / ".join(codes))[0] == codes


def _record(codes: list[str]) -> Record:
    raw = "/".join(codes)
    located = Located[list[str]](value=codes, raw=raw, span=Span(start=0, end=len(raw)), rule="t")
    return Record(kind="vacancy", grades=Bilingual[list[str]](en=located))


@pytest.mark.parametrize(("codes", "expected"), cases("grade_check"))
def test_check(codes: list[str], expected: list[str]) -> None:
    assert sorted(i.code for i in grade.check(_record(codes))) == expected


CANONICAL = sorted(
    {
        grade.canonical(prefix, n)
        for prefix, (low, high) in grade.SCALES.items()
        for n in range(low, high + 1)
    }
)


@given(st.lists(st.sampled_from(CANONICAL), min_size=1, max_size=4, unique=True))
def test_joined_canonical_codes_read_back(codes: list[str]) -> None:
    assert grade.parse_codes(" / ".join(codes))[0] == codes


@given(st.sampled_from(CANONICAL))
def test_canonical_code_is_on_its_scale(code: str) -> None:
    assert grade.on_scale(code)
    assert grade.parse_codes(code)[0] == [code]


@given(st.sampled_from(sorted(grade.NATO_LETTERED.items())))
def test_dual_notation_of_the_same_grade_has_no_issue(pair: tuple[str, str]) -> None:
    lettered, g = pair
    raw = f"{lettered[0]}.{lettered[1:]} / NATO Grade {g}"
    codes, _ = grade.parse_codes(raw)
    assert codes == [lettered, g]
    assert grade.check(_record(codes)) == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("NATO Grade: NATO GRADE 22", ["G22"]),
        ("Job Title: Strategic AdvisorNATO Grade: 24Basic Monthly Salary: 13,914.54", ["G24"]),
        ("Grade: 5", ["5"]),
        ("Grades: 4/5", ["4", "5"]),
        ("Grade : UG", ["UG"]),
        ("Function group: IV", ["FGIV"]),
        ("Grade: N/A", []),
    ],
)
def test_a_grade_printed_without_its_scale_letter(header: str, expected: list[str]) -> None:
    from vacancy_parser import Options, parse_text

    text = f"Strategic Advisor\n{header}\nLocation: Mons\nReference: AB/12\n"
    assert parse_text(text, options=Options(kind="vacancy")).flat.grade_codes == expected
