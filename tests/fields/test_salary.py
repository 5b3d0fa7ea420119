"""Salary: amount (either decimal convention), currency, period, ranges; and its checks."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vacancy_parser import parse
from vacancy_parser.fields import salary
from vacancy_parser.model import Bilingual, Located, Record, Salary, Span

from ._cases import cases


@pytest.mark.parametrize(("raw", "expected"), cases("salary"))
def test_parse_salary(raw: str, expected: dict[str, Any] | None) -> None:
    parsed = salary.parse_salary(raw)
    if expected is None:
        assert parsed is None
        return
    assert parsed is not None
    value, (start, end) = parsed
    assert value.model_dump() == expected
    assert 0 <= start < end <= len(raw)


@pytest.mark.parametrize(("token", "expected"), cases("salary_amount"))
def test_parse_amount(token: str, expected: float) -> None:
    assert salary.parse_amount(token) == pytest.approx(expected, abs=1e-9)


def _thousands(whole: int, sep: str) -> str:
    return f"{whole:,}".replace(",", sep)


@given(st.integers(0, 99_999_999), st.sampled_from(["en", "fr", "de", "ch", "plain", "comma"]))
def test_formatted_amount_round_trips(cents: int, style: str) -> None:
    whole, frac = divmod(cents, 100)
    formatted = {
        "en": f"{_thousands(whole, ',')}.{frac:02d}",
        "fr": f"{_thousands(whole, ' ')},{frac:02d}",
        "de": f"{_thousands(whole, '.')},{frac:02d}",
        "ch": _thousands(whole, "'") + f".{frac:02d}",
        "plain": f"{whole}.{frac:02d}",
        "comma": f"{whole},{frac:02d}",
    }[style]
    assert salary.parse_amount(formatted) == pytest.approx(cents / 100, abs=1e-9)


@given(st.integers(1000, 99_999_999), st.sampled_from([",", ".", " ", "'"]))
def test_whole_amount_with_thousands_separators_round_trips(whole: int, sep: str) -> None:
    assert salary.parse_amount(_thousands(whole, sep)) == whole


@given(st.integers(0, 99_999_999))
def test_parsed_amount_is_a_fixed_point(cents: int) -> None:
    once = salary.parse_amount(f"{cents / 100:.2f}")
    assert salary.parse_amount(f"{once:.2f}") == once


def _record(amount: float, grades: list[str]) -> Record:
    span = Span(start=0, end=1)
    return Record(
        kind="vacancy",
        salary=Bilingual[Salary](
            en=Located[Salary](
                value=Salary(amount=amount, currency="EUR", period="month"),
                raw="x",
                span=span,
                rule="test",
            )
        ),
        grades=Bilingual[list[str]](
            en=Located[list[str]](value=grades, raw="x", span=span, rule="test")
        ),
    )


@pytest.mark.parametrize(
    ("amount", "grades", "codes"),
    [
        (8754.21, ["G20"], []),
        (7563.38, ["G17", "G20"], []),
        (4565.36, ["B4", "G10"], []),
        (0.0, ["G20"], ["salary_not_positive", "salary_outside_grade_band"]),
        (1200.0, ["G20"], ["salary_outside_grade_band"]),
        (30000.0, ["G8"], ["salary_outside_grade_band"]),
    ],
)
def test_check(amount: float, grades: list[str], codes: list[str]) -> None:
    assert sorted(i.code for i in salary.check(_record(amount, grades))) == codes


def test_a_board_line_with_currency_and_period_but_no_amount_keeps_them() -> None:
    text = (
        "Assistant Secretary General for Public Diplomacy\n"
        "Belgium-Brussels\n"
        "Euro (EUR) Monthly\n"
        "Grade Unclassified\n\n"
        "1. SUMMARY\nThe incumbent leads the Division and reports to the Secretary General.\n"
    )
    flat = parse(text).flat
    assert (flat.salary_amount, flat.salary_currency, flat.salary_period) == (None, "EUR", "month")
    assert flat.grade_codes == []  # "Unclassified" states no grade code
    assert all(i.code != "grade_unknown" for i in parse(text).issues)
