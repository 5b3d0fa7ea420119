"""Hostile input: only InputError escapes, every result serialises to strict JSON, and
resource limits refuse what would cost too much."""

from __future__ import annotations

import json

import pytest

from vacancy_parser import InputError, parse, parse_text
from vacancy_parser.config import Options

from .conftest import FIXTURES

NOTICE = (
    "Officer (Registry)\n\nSalary: {amount} EUR monthly\nGrade: G15\nLocation: Brussels\n"
    "Deadline: 12 March 2026\n\n1. SUMMARY\nThe incumbent keeps the registry.\n"
)


def _strict(data: str) -> object:
    def refuse(token: str) -> None:
        raise ValueError(f"non-standard JSON number {token}")

    return json.loads(data, parse_constant=refuse)


def test_a_number_out_of_range_is_dropped_with_an_issue() -> None:
    result = parse_text(NOTICE.format(amount="9" * 400))
    assert result.flat.salary_amount is None
    assert [i.code for i in result.issues].count("value_out_of_range") == 1
    _strict(result.model_dump_json())


def test_a_lone_surrogate_still_serialises() -> None:
    result = parse_text(NOTICE.format(amount="4,000") + "\ud800")
    assert "\ufffd" in _strict(result.model_dump_json())["text"]  # type: ignore[index]


@pytest.mark.parametrize("depth", [1_000, 5_000])
def test_json_ld_nested_past_reason_is_ignored(depth: int) -> None:
    script = "[" * depth + "]" * depth
    html = (
        '<html><head><script type="application/ld+json">' + script + "</script></head>"
        "<body><p>" + NOTICE.format(amount="4,000").replace("\n", "<br>") + "</p></body></html>"
    )
    assert parse_text(html).flat.salary_amount == 4000


def test_input_over_the_byte_limit_is_refused() -> None:
    with pytest.raises(InputError, match="over the limit"):
        parse_text("x" * 100, options=Options(max_bytes=50))
    with pytest.raises(InputError, match="over the limit"):
        parse(b"x" * 100, options=Options(max_bytes=50))


def test_a_pdf_over_the_page_limit_is_refused_before_its_pages_are_read() -> None:
    path = FIXTURES / "pdf" / "bad" / "partly_scanned.pdf"
    with pytest.raises(InputError, match="pages, over the limit of 2"):
        parse(path, options=Options(max_pages=2))


def test_a_line_over_the_line_limit_is_refused() -> None:
    with pytest.raises(InputError, match="has a line of 200 characters"):
        parse_text("x" * 200, options=Options(max_line_chars=100))


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), 1e300])
def test_validate_reports_a_number_out_of_range_with_the_parser_code(value: float) -> None:
    from vacancy_parser import validate

    codes = [i.code for i in validate({"kind": "vacancy", "salary_amount": value})]
    assert codes == ["value_out_of_range"]
