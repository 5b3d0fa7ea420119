"""Data-driven field cases: ``tests/fields/NAME.json`` is a list of ``{"input", "expected"}``.

A case may carry a ``note`` (why it is there) and an ``xfail`` (what the code
gets wrong today): such a case is a strict xfail, so fixing the code is noticed
and the mark must then be removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIELDS_DIR = Path(__file__).resolve().parent
KEYS = frozenset({"input", "expected", "note", "xfail"})


def load(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((FIELDS_DIR / f"{name}.json").read_text("utf-8"))
    return data


def _case_id(index: int, value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return f"{index:02d}:{text[:40]}"


def cases(name: str) -> list[Any]:
    """The cases of ``NAME.json`` as ``pytest.param(input, expected)``."""
    params: list[Any] = []
    for index, case in enumerate(load(name)):
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        params.append(
            pytest.param(
                case["input"], case["expected"], id=_case_id(index, case["input"]), marks=marks
            )
        )
    return params


def expected_values(name: str) -> list[Any]:
    """The expected outputs of the cases that pass today (canonical forms, for fixed-point tests)."""
    return [c["expected"] for c in load(name) if "xfail" not in c and c["expected"] is not None]
