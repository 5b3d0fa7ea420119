"""Deadline: every printed notation to ``YYYY-MM-DD`` or ``ongoing``."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vacancy_parser.fields import deadline
from vacancy_parser.model import Bilingual, Located, Record, Span

from ._cases import cases, expected_values

EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# As the IS portal prints them in French exports: ``15-déc.-2024``.
FR_PORTAL_MONTHS = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
FR_MONTH_NAMES = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@pytest.mark.parametrize(("raw", "expected"), cases("deadline"))
def test_parse_date(raw: str, expected: str | None) -> None:
    iso, where = deadline.parse_date(raw)
    assert iso == expected
    if expected is None:
        assert where is None
    else:
        assert where is not None
        assert 0 <= where[0] < where[1] <= len(raw)


@pytest.mark.parametrize("iso", expected_values("deadline"))
def test_canonical_outputs_are_fixed_points(iso: str) -> None:
    assert deadline.parse_date(iso)[0] == iso


days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))


@given(days)
def test_iso_date_is_a_fixed_point(day: dt.date) -> None:
    assert deadline.parse_date(day.isoformat())[0] == day.isoformat()


def _printed(day: dt.date, form: int) -> str:
    m = day.month - 1
    return [
        f"{day.day:02d}-{EN_MONTHS[m]}-{day.year}",
        f"{day.day:02d}-{FR_PORTAL_MONTHS[m]}-{day.year}",
        f"{day.day:02d}-{EN_MONTHS[m]}-{day.year}, 11:59:00 PM",
        f"{EN_MONTH_NAMES[m]} {day.day}, {day.year}",
        f"{day.day} {FR_MONTH_NAMES[m]} {day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
    ][form]


@given(days, st.integers(0, 6))
def test_every_printed_form_reads_back(day: dt.date, form: int) -> None:
    assert deadline.parse_date(_printed(day, form))[0] == day.isoformat()


@pytest.mark.parametrize(
    ("iso", "real"),
    [
        ("2024-12-15", True),
        ("2024-02-29", True),
        ("2025-02-29", False),
        ("2025-02-31", False),
        ("2025-04-31", False),
        ("ongoing", True),
    ],
)
def test_is_real_date(iso: str, real: bool) -> None:
    assert deadline.is_real_date(iso) is real


@pytest.mark.parametrize(
    ("raw", "codes"), [("31-Feb-2025", ["deadline_invalid_date"]), ("28-Feb-2025", [])]
)
def test_check_reports_an_impossible_date(raw: str, codes: list[str]) -> None:
    iso, _ = deadline.parse_date(raw)
    assert iso is not None
    located = Located[str](value=iso, raw=raw, span=Span(start=0, end=len(raw)), rule="test")
    record = Record(kind="vacancy", deadline=Bilingual[str](en=located))
    assert [i.code for i in deadline.check(record)] == codes


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posting Period: 12 January 2023 - 08 March 2023", "2023-03-08"),
        ("Closing date: 1 March 2024 to 15 March 2024", "2024-03-15"),
        ("Closing date: 15 March 2024", "2024-03-15"),
        ("Fin de publication sur le site externe : 06/11/2024 12:00", "2024-11-06"),
        # The first date, month first, shows how the last is written.
        ("Open Period: 2/25/2015 – 3/10/2015", "2015-03-10"),
        ("Open Period: 08/30/2019 - 09/13/2019 Format MM/DD/YYYY", "2019-09-13"),
    ],
)
def test_a_labelled_period_closes_on_its_last_day(line: str, expected: str) -> None:
    from vacancy_parser import Options, parse_text

    text = f"Programme Officer\n\nReference: AB/123\n{line}\nLocation: Brussels\n"
    result = parse_text(text, options=Options(kind="vacancy"))
    assert result.flat.deadline == expected
