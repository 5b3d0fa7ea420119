"""The real-page corpus: its shape, and the score of ``fixtures/real`` (never the holdout's)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vacancy_parser import parse_text

from .conftest import FIXTURES
from .test_scores import SCORER, _micro_f1

REAL = FIXTURES / "real"
HOLDOUT = FIXTURES / "real_holdout"
FAMILIES = {
    "nato_is_portal",
    "nato_is_board",
    "nato_is_old",
    "nato_ims",
    "nato_agency",
    "other_org",
    "not_vacancy",
}
# Raised as the parser improves; the aim is 0.97 (issue 7). New collections of harder
# pages (other bodies, look-alikes, document copies; first contact 0.62-0.86) lowered the
# working figure from 0.913 (460 cases) to 0.888 (762), 0.874 (909), 0.866 (1,059) and
# 0.864 (1,241), and the eleventh session's nine collections (first contact 0.67-0.75 each)
# to 0.857 (1,428) with its rules; the twelfth session's collections (look-alikes, NGOs,
# embassies, document copies) to 0.849 (1,622), and the thirteenth's (EU and UN bodies,
# courts, consultancies, look-alikes; no NATO notice left) to 0.844 (1,803), and the
# fourteenth's (other bodies, look-alikes, French public services) to 0.838 (1,970) with
# its rules, and the fifteenth's (the last pages the search corpus held: other bodies,
# defence civilians, courts, old archives, look-alikes; first contact 0.69-0.80 each) to
# 0.833 (2,189), and the sixteenth's (boards in other languages, old notices, look-alikes;
# first contact 0.67-0.78 each) to 0.829 (2,400), and the seventeenth's (look-alikes, pages
# with little evidence, other bodies; first contact 0.63-0.76 each) to 0.827 (2,604), and the
# eighteenth's (other bodies, look-alikes, old formats; first contact 0.72-0.78 each) to
# 0.826 (2,778): the floor stays below it.
REAL_F1_FLOOR = 0.82


def _metas(folder: Path) -> dict[str, dict[str, str]]:
    return {
        p.name[: -len(".meta.json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in folder.glob("*.meta.json")
    }


def _golds(folder: Path) -> dict[str, dict[str, object]]:
    return {
        p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in folder.glob("*.gold.json")
    }


def test_corpus_has_enough_cases_of_each_kind() -> None:
    metas = _metas(REAL) | _metas(HOLDOUT)
    golds = _golds(REAL) | _golds(HOLDOUT)
    assert len(golds) >= 200
    assert len(_golds(HOLDOUT)) >= 60
    assert sum(1 for m in metas.values() if m["language"] == "fr") >= 60
    assert sum(1 for g in golds.values() if g["kind"] == "not_vacancy") >= 40


@pytest.mark.parametrize("folder", [REAL, HOLDOUT], ids=lambda p: p.name)
def test_every_case_has_input_meta_and_gold(folder: Path) -> None:
    metas, golds = _metas(folder), _golds(folder)
    assert set(metas) == set(golds)
    for name, meta in metas.items():
        assert (folder / f"{name}.txt").exists(), name
        assert meta["url"].startswith("http"), name
        assert meta["query"], name
        assert meta["family"] in FAMILIES, name
        assert meta["language"] in {"en", "fr", "en+fr", "other"}, name


def test_holdout_covers_every_family_present_in_real() -> None:
    in_real = {m["family"] for m in _metas(REAL).values()}
    in_holdout = {m["family"] for m in _metas(HOLDOUT).values()}
    assert in_real <= in_holdout


def test_no_case_is_in_both_parts() -> None:
    urls = [m["url"] for m in _metas(REAL).values()]
    assert not set(urls) & {m["url"] for m in _metas(HOLDOUT).values()}
    assert len(urls) == len(set(urls))


@pytest.mark.skipif(not SCORER.exists(), reason="shared/eval is not beside the repository")
def test_real_pages_score_above_the_floor(tmp_path: Path) -> None:
    f1, _ = _micro_f1(REAL, tmp_path)
    assert f1 >= REAL_F1_FLOOR, f"fixtures/real micro F1 {f1:.3f} < {REAL_F1_FLOOR}"


def _nato_cases() -> list[Path]:
    return sorted(
        REAL / f"{name}.txt"
        for name, meta in _metas(REAL).items()
        if meta["family"].startswith("nato_")
    )


def test_windows_line_ends_and_no_break_spaces_change_no_nato_record() -> None:
    """A page read from a Windows file or a web form is the same page: measured on the NATO
    cases, a document site's "Similar documents" list was read as the notice when its
    heading ended with "\\r" or held a no-break space."""
    changed = []
    for path in _nato_cases():
        text = path.read_text(encoding="utf-8")
        flat = parse_text(text).flat
        for variant in (text.replace("\n", "\r\n"), text.replace(" ", "\u00a0", 40)):
            if parse_text(variant).flat.model_dump(exclude={"source"}) != flat.model_dump(
                exclude={"source"}
            ):
                changed.append(path.name)
    assert not changed, changed
