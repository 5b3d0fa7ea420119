"""Broken records raise exactly the issues fixtures/broken/expected.json declares, and
records the parser writes for clean fixtures raise none it did not report itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vacancy_parser import parse, validate
from vacancy_parser.cli import main

from .conftest import FIXTURES, SHARED

BROKEN = FIXTURES / "broken"
EXPECTED: dict[str, list[dict[str, Any]]] = json.loads(
    (BROKEN / "expected.json").read_text(encoding="utf-8")
)
CLEAN = sorted(FIXTURES.glob("gold*/*.txt")) + sorted((SHARED / "eval" / "dev").glob("*.txt"))


def _issues(path: Path, capsys: pytest.CaptureFixture[str]) -> set[tuple[int, str, str]]:
    main(["validate", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    return {(i["row"], i["pointer"], i["code"]) for i in report["issues"]}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_records_raise_exactly_their_issues(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    want = {(i["row"], i["pointer"], i["code"]) for i in EXPECTED[name]}
    assert _issues(BROKEN / name, capsys) == want


def test_the_broken_set_is_broad() -> None:
    rows = {(name, i["row"]) for name, issues in EXPECTED.items() for i in issues}
    assert len(rows) >= 40
    assert {Path(n).suffix for n in EXPECTED} == {".json", ".jsonl", ".csv"}
    assert {"rich.json", "rich.jsonl", "flat.json", "flat.jsonl", "flat.csv"} <= set(EXPECTED)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_clean_fixtures_raise_only_the_parsers_issues(path: Path) -> None:
    result = parse(path)
    own = {i.code for i in result.issues}
    full = result.record.model_dump(mode="json")
    for record in (result.flat.model_dump(mode="json"), full, json.dumps(full), result.record):
        assert {i.code for i in validate(record)} <= own


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["vacancy", "not_vacancy", "EUR", "NS", "one:VI", "2025-02-30", "en"])
)
_KEYS = st.sampled_from(
    ["kind", "salary_amount", "grade_codes", "deadline", "salary", "grades", "title", "en", "x"]
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(_KEYS | st.text(), inner, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_validate_never_raises_on_json_like_values(value: object) -> None:
    report = validate(value)
    assert report.valid == (report.counts["error"] == 0)
    text = json.dumps(value, allow_nan=True)
    assert validate(text).valid in (True, False)
