"""Rule settings as linters have them: select, ignore, severity, strict, pyproject.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from vacancy_parser import validate
from vacancy_parser.checks.rules import RuleConfigError, UnknownRuleError, from_pyproject

RECORD = {
    "kind": "vacancy",
    "clearance": "XYZ",
    "salary_amount": 2000.0,
    "salary_currency": "EUR",
    "salary_period": "month",
    "grade_codes": ["G20"],
}


def _codes(**options: object) -> dict[str, str]:
    return {i.code: i.severity for i in validate(RECORD, **options)}  # type: ignore[arg-type]


def test_defaults() -> None:
    assert _codes() == {"clearance_unknown": "error", "salary_outside_grade_band": "warning"}


def test_select_keeps_codes_by_prefix_and_ignore_drops_them() -> None:
    assert _codes(select=["salary_"]) == {"salary_outside_grade_band": "warning"}
    assert _codes(ignore=["clearance"]) == {"salary_outside_grade_band": "warning"}


def test_strict_makes_warnings_errors_and_severity_changes_one_code() -> None:
    assert _codes(strict=True)["salary_outside_grade_band"] == "error"
    assert _codes(severity={"clearance_unknown": "info"})["clearance_unknown"] == "info"
    assert validate(RECORD, severity={"clearance_unknown": "warning"}).valid


@pytest.mark.parametrize(
    "options",
    [{"select": ["salery"]}, {"ignore": ["nope_"]}, {"severity": {"salary": "error"}}],
)
def test_an_unknown_rule_is_a_value_error(options: dict[str, object]) -> None:
    with pytest.raises(UnknownRuleError, match="no issue code") as caught:
        validate(RECORD, **options)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)


def test_a_bad_severity_is_refused() -> None:
    with pytest.raises(RuleConfigError, match="use error, warning or info"):
        validate(RECORD, severity={"clearance_unknown": "fatal"})  # type: ignore[dict-item]


def test_pyproject_table_is_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vacancy-parser]\nignore = ["clearance_unknown"]\nstrict = true\n'
        'severity = { grade_unknown = "info" }\n',
        encoding="utf-8",
    )
    (tmp_path / "a" / "b").mkdir(parents=True)
    rules = from_pyproject(tmp_path / "a" / "b")
    assert rules.strict and rules.ignore == ("clearance_unknown",)
    assert {i.code: i.severity for i in validate(RECORD, rules=rules)} == {
        "salary_outside_grade_band": "error"
    }


def test_pyproject_unknown_setting_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vacancy-parser]\nselct = ["x"]\n', encoding="utf-8"
    )
    with pytest.raises(RuleConfigError, match=r"pyproject.toml .*unknown setting selct"):
        from_pyproject(tmp_path)
