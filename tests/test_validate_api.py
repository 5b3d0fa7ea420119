"""validate(): records made elsewhere get the same issue codes as parsed notices."""

from __future__ import annotations

import pytest

from vacancy_parser import parse, validate

from .conftest import FIXTURES

CASES = [
    ({"grade_codes": ["B4", "G10"]}, []),
    ({"grade_codes": ["B4", "G12"]}, ["grade_category_mismatch"]),
    ({"grade_codes": ["G30"]}, ["grade_unknown"]),
    ({"deadline": "2025-02-31"}, ["deadline_invalid_date"]),
    ({"deadline": "ongoing"}, []),
    (
        {"salary_amount": 0, "salary_currency": "EUR", "salary_period": "month"},
        ["salary_not_positive"],
    ),
    (
        {
            "salary_amount": 2000.0,
            "salary_currency": "EUR",
            "salary_period": "month",
            "grade_codes": ["G20"],
        },
        ["salary_outside_grade_band"],
    ),
    (
        {"contract_years": 3, "contract_renewal_years": 3, "contract_max_years": 5},
        ["contract_terms_exceed_max"],
    ),
    ({"contract_years": 3, "contract_renewal_years": 3, "contract_max_years": 6}, []),
    ({"salary_amount": "a lot"}, ["flat_invalid"]),
    ({"kind": "maybe"}, ["kind_unknown"]),
]


@pytest.mark.parametrize(("values", "codes"), CASES)
def test_flat_records_are_checked(values: dict[str, object], codes: list[str]) -> None:
    record = {"kind": "vacancy", **values}
    assert sorted(i.code for i in validate(record)) == codes


def test_a_parsed_record_validates_to_its_own_issues() -> None:
    result = parse(FIXTURES / "examples" / "seed003.txt")
    assert [i.code for i in validate(result.record)] == [i.code for i in result.issues]
