"""A listing is told by per-post values that differ; one date written several ways is one."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from vacancy_parser.layout.kind import _signature, _title_signature

MONTHS = "January February March April May June July August September October November December"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_way_of_writing_one_date_has_one_signature(day: dt.date) -> None:
    month = MONTHS.split()[day.month - 1]
    forms = [
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{day.day:02d}-{month[:3]}-{day.year} 23:59",
    ]
    assert len({_signature(form) for form in forms}) == 1, forms


def test_different_dates_have_different_signatures() -> None:
    assert _signature("30/06/2025") != _signature("12/02/2025")


def test_one_title_after_a_pdfs_numbers_has_one_signature() -> None:
    assert _title_signature("2017 08 17 29 Rotational Consular Assistant FSN 7 FP 7") == (
        _title_signature("Rotational Consular Assistant FSN-7, FP-7")
    )
