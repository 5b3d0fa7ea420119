"""The hostile-input corpus (fixtures/bad): each file's outcome, and a bounded fuzz run."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from vacancy_parser import InputError, parse

from .conftest import FIXTURES, ROOT

BAD = FIXTURES / "bad"
EXPECTED: dict[str, dict[str, object]] = json.loads((BAD / "expected.json").read_text("utf-8"))


def test_every_bad_input_has_an_expected_outcome() -> None:
    files = {p.name for p in BAD.iterdir() if p.suffix in (".txt", ".html", ".pdf")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_outcome(name: str) -> None:
    expected = EXPECTED[name]
    if "error" in expected:
        with pytest.raises(InputError, match=re.escape(str(expected["error"]))):
            parse(BAD / name)
        return
    result = parse(BAD / name)
    assert result.record.kind == expected["kind"]
    codes = sorted({i.code for i in result.issues if i.code in expected["issues"]})  # type: ignore[operator]
    assert codes == expected["issues"]
    json.loads(result.model_dump_json())


def test_a_bounded_fuzz_run_finds_nothing(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "fuzz"))
    try:
        import fuzz_parse
    finally:
        sys.path.pop(0)
    assert fuzz_parse.run(inputs=150, minutes=None, seed=3, out=tmp_path) == 0, sorted(
        p.read_text() for p in tmp_path.glob("*.txt")
    )
