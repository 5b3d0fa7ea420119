"""Golden fixtures: every notice under fixtures/golden against its reviewed expected view.

Run ``python -m pytest tests/test_golden.py --update-golden`` to rewrite the
expected files from the current output, then review the diff by hand: an
expected file holds the correct answer (shared/eval/CONTRACT.md, issue 2), not
whatever the parser says today. Where the parser is wrong, the expected file
keeps the correct values and the case is listed in :data:`KNOWN_FAILURES`
(a strict xfail, so a fix is noticed); ``--update-golden`` leaves those files
alone.
"""

from __future__ import annotations

import difflib
import json

import pytest

from vacancy_parser import parse

from . import golden
from .conftest import SHARED

# Case -> what the parser gets wrong today (the expected file keeps the right answer).
KNOWN_FAILURES: dict[str, str] = {}


def _cases() -> list[object]:
    return [
        pytest.param(
            name,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[name])]
            if name in KNOWN_FAILURES
            else [],
        )
        for name in golden.case_names()
    ]


@pytest.mark.parametrize("name", _cases())
def test_golden(name: str, update_golden: bool) -> None:
    result = parse(golden.input_path(name))
    actual = golden.golden_view(result)
    path = golden.expected_path(name)
    if update_golden:
        if name in KNOWN_FAILURES:
            pytest.skip(
                f"{path.name} holds hand-corrected values of a known failure: not rewritten"
            )
        path.write_text(golden.dump(actual), encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(
            f"{path} is missing: run `python -m pytest tests/test_golden.py --update-golden`, "
            "then review the new file by hand"
        )
    expected = golden.load_expected(name)
    if actual != expected:
        diff = "\n".join(
            difflib.unified_diff(
                golden.dump(expected).splitlines(),
                golden.dump(actual).splitlines(),
                f"{path.name} (expected)",
                "parse() output (actual)",
                lineterm="",
            )
        )
        pytest.fail(f"{name} differs from its golden file:\n{diff}", pytrace=False)


@pytest.mark.parametrize("name", golden.case_names())
def test_golden_spans_slice_back_to_raw(name: str) -> None:
    result = parse(golden.input_path(name))
    assert golden.span_mismatches(result) == []
    for issue in result.issues:
        for span in issue.spans:
            assert 0 <= span.start <= span.end <= len(result.text), (issue.code, span)


def test_known_failures_name_existing_cases() -> None:
    assert set(KNOWN_FAILURES) <= set(golden.case_names())


def test_every_expected_file_has_its_input() -> None:
    orphans = [
        p.name
        for p in golden.GOLDEN_DIR.glob(f"*{golden.EXPECTED_SUFFIX}")
        if not golden.input_path(p.name.removesuffix(golden.EXPECTED_SUFFIX)).exists()
    ]
    assert orphans == []


def test_there_are_enough_cases() -> None:
    names = golden.case_names()
    assert {"seed003_portal_en_fr", "seed004_board_fr"} <= set(names)
    assert len(names) >= 14


def test_crlf_and_nbsp_fixture_keeps_its_bytes() -> None:
    """Guard against an editor or a checkout normalising the bytes this case is about."""
    data = golden.input_path("nbsp_crlf_en_fr").read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 50
    text = data.decode("utf-8")
    assert "\u00a0" in text
    assert "\u202f:" in text


SEEDS = {
    "seed003_portal_en_fr": ("003_bd70e3a12936a551.txt", "seed003.gold.json"),
    "seed004_board_fr": ("004_e3ae47f0aef6f199.txt", "seed004.gold.json"),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_cases_are_the_shared_seeds_and_agree_with_their_gold(name: str) -> None:
    seed, gold = SEEDS[name]
    if not (SHARED / "seeds" / seed).exists():
        pytest.skip("shared/ is not beside the repository")
    assert golden.input_path(name).read_bytes() == (SHARED / "seeds" / seed).read_bytes()
    expected_flat = golden.load_expected(name)["flat"]
    gold_flat = json.loads((SHARED / "eval" / "dev" / gold).read_text(encoding="utf-8"))
    assert {k: expected_flat[k] for k in gold_flat} == gold_flat
