"""docs/ISSUE_CODES.md is the one table of issue codes, and it matches the code."""

from __future__ import annotations

from vacancy_parser.checks.codes import all_codes, markdown_table

from .conftest import ROOT


def test_issue_code_table_is_in_sync() -> None:
    doc = (ROOT / "docs" / "ISSUE_CODES.md").read_text(encoding="utf-8")
    assert doc == markdown_table(), "regenerate: vacancy-parser codes > docs/ISSUE_CODES.md"


def test_codes_are_unique_and_snake_case() -> None:
    codes = [c.code for c in all_codes()]
    assert len(codes) == len(set(codes))
    assert all(c.replace("_", "").isalnum() and c.islower() for c in codes)
