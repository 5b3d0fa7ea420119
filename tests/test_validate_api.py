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


def test_a_flat_record_is_built_as_the_model_would_build_it() -> None:
    from vacancy_parser.checks.flat import record_from_flat
    from vacancy_parser.model import Record

    values = {
        "kind": "vacancy",
        "source": "a.txt",
        "title_en": "Officer",
        "grade_codes": ["A2", "G15"],
        "salary_amount": 5900.0,
        "salary_currency": "EUR",
        "salary_period": "month",
        "language_requirement": "one:VI other:III",
        "direct_reports": 2,
    }
    record = record_from_flat(values)
    assert Record.model_validate(record.model_dump()) == record
    assert record.salary.value is not None and record.salary.value.amount == 5900.0


def test_the_report_still_behaves_as_the_list_it_was() -> None:
    report = validate({"kind": "vacancy", "grade_codes": ["G30"], "clearance": "XYZ"})
    assert len(report) == 2 and report[0] in list(report)
    assert report == list(report) and not report.valid
    assert report.counts == {"error": 2, "warning": 0, "info": 0}
    assert all(i.pointer in ("/grade_codes/0", "/clearance") for i in report)


def test_json_text_and_a_rich_record_are_accepted() -> None:
    result = parse(FIXTURES / "examples" / "seed003.txt")
    codes = [i.code for i in result.issues]
    assert [i.code for i in validate(result.record.model_dump_json())] == codes
    assert [i.code for i in validate(b'{"kind": "vacancy", "clearance": "XYZ"}')] == [
        "clearance_unknown"
    ]
    french = validate({"kind": "vacancy", "clearance": "XYZ"}, lang="fr")
    assert french[0].message.startswith("l'habilitation 'XYZ'")
