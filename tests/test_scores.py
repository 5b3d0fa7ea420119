"""The scorer of shared/eval over the dev set and our own gold cases, through the installed CLI path."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from vacancy_parser import parse

from .conftest import FIXTURES, SHARED

SCORER = SHARED / "eval" / "score.py"


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _micro_f1(
    gold_dir: Path, tmp_path: Path
) -> tuple[float, list[tuple[str, str, object, object]]]:
    score = _scorer()
    gold = score.load_gold(gold_dir)
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for source in sorted(gold):
            result = parse(gold_dir / source)
            out.write(json.dumps(result.flat.model_dump(mode="json"), ensure_ascii=False) + "\n")
    counts, mismatches = score.score(gold, score.load_predictions(predictions))
    total = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    return score.prf(total)[2], mismatches


@pytest.mark.skipif(not SCORER.exists(), reason="shared/eval is not beside the repository")
def test_dev_set_is_perfect(tmp_path: Path) -> None:
    f1, mismatches = _micro_f1(SHARED / "eval" / "dev", tmp_path)
    assert mismatches == []
    assert f1 == 1.0


GOLD = FIXTURES / "gold"
# More sets, each written later by another hand to test what the earlier ones did not.
GOLD_EXTRA = FIXTURES / "gold_extra"
GOLD_MORE = FIXTURES / "gold_more"
GOLD_LAYOUTS = FIXTURES / "gold_layouts"
GOLD_NOISY = FIXTURES / "gold_noisy"
GOLD_SETS = [
    GOLD,
    GOLD_EXTRA,
    GOLD_MORE,
    GOLD_LAYOUTS,
    GOLD_NOISY,
    FIXTURES / "gold_en",
    FIXTURES / "gold_fr",
    FIXTURES / "gold_mix",
    FIXTURES / "gold_archive",
    FIXTURES / "gold_portal",
    FIXTURES / "gold_r8a",
    FIXTURES / "gold_r8b",
    FIXTURES / "gold_r9a",
    FIXTURES / "gold_r9b",
    FIXTURES / "gold_r10a",
    FIXTURES / "gold_r10b",
]


@pytest.mark.skipif(not SCORER.exists(), reason="shared/eval is not beside the repository")
@pytest.mark.parametrize("gold_dir", GOLD_SETS, ids=lambda p: p.name)
def test_own_gold_cases_score_at_least_098(gold_dir: Path, tmp_path: Path) -> None:
    f1, mismatches = _micro_f1(gold_dir, tmp_path)
    assert f1 >= 0.98, "\n".join(map(str, mismatches))


NOT_NOTICES = sorted(
    p for d in GOLD_SETS for p in d.glob("not_vacancy_*") if not p.name.endswith(".json")
)


@pytest.mark.parametrize("path", NOT_NOTICES, ids=lambda p: p.name)
def test_pages_that_are_not_notices_yield_no_field(path: Path) -> None:
    flat = parse(path).flat.model_dump()
    assert flat.pop("kind") == "not_vacancy"
    flat.pop("source")
    assert all(value in (None, []) for value in flat.values()), flat


def test_every_not_a_notice_family_has_a_fixture() -> None:
    families = {"careers", "salary_table", "internship", "news", "listing"}
    assert {f for f in families if any(f in p.name for p in NOT_NOTICES)} == families
