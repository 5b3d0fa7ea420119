"""Score real-page sets with the shared scorer, overall and per family and language.

    python benchmarks/score_real.py                       # fixtures/real and fixtures/real_holdout
    python benchmarks/score_real.py fixtures/real --mismatches
    python benchmarks/score_real.py DIR --json

Each case is ``NAME.txt|.html|.pdf`` + ``NAME.gold.json`` + ``NAME.meta.json`` (url, query,
family, language). Inputs are parsed in this process with the installed ``vacancy_parser``, so
the same script scores any checkout (run it with that checkout's interpreter).

Mismatches are never printed for a holdout set (a folder whose name contains ``holdout``): no
rule may be written from it, so only its figures are shown.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from vacancy_parser import InputError, parse

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEFAULT_SETS = [ROOT / "fixtures" / "real", ROOT / "fixtures" / "real_holdout"]
INPUT_SUFFIXES = (".txt", ".html", ".pdf")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cases(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in INPUT_SUFFIXES and (folder / (p.stem + ".gold.json")).exists()
    )


def predict(inputs: list[Path]) -> list[dict[str, Any]]:
    rows = []
    for path in inputs:
        try:
            rows.append(parse(path).flat.model_dump(mode="json"))
        except InputError:
            rows.append({"source": path.name, "kind": None})
    return rows


def micro(score: ModuleType, counts: dict[str, dict[str, int]]) -> float:
    total = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    return float(score.prf(total)[2])


def figures(score: ModuleType, gold: dict[str, Any], preds: dict[str, Any]) -> dict[str, Any]:
    counts, mismatches = score.score(gold, preds)
    return {
        "cases": len(gold),
        "micro_f1": round(micro(score, counts), 3),
        "kind_f1": round(float(score.prf(counts["kind"])[2]), 3),
        "keys": {k: round(float(score.prf(c)[2]), 3) for k, c in counts.items()},
        "mismatches": mismatches,
    }


def score_set(score: ModuleType, folder: Path) -> dict[str, Any]:
    inputs = cases(folder)
    rows = predict(inputs)
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        pred_path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        preds = score.load_predictions(pred_path)
    gold = score.load_gold(folder)
    meta = {
        p.name: json.loads((folder / (p.stem + ".meta.json")).read_text(encoding="utf-8"))
        if (folder / (p.stem + ".meta.json")).exists()
        else {}
        for p in inputs
    }
    groups: dict[str, dict[str, list[str]]] = {
        "family": defaultdict(list),
        "language": defaultdict(list),
    }
    for name, m in meta.items():
        for facet in groups:
            groups[facet][str(m.get(facet, "?"))].append(name)
    result = figures(score, gold, preds)
    for facet, by_value in groups.items():
        result[facet] = {
            value: {
                k: v
                for k, v in figures(
                    score, {n: gold[n] for n in names}, {n: preds[n] for n in names if n in preds}
                ).items()
                if k in ("cases", "micro_f1", "kind_f1")
            }
            for value, names in sorted(by_value.items())
        }
    return result


def report(folder: Path, result: dict[str, Any], show_mismatches: bool) -> None:
    print(
        f"{folder}: {result['cases']} cases, micro F1 {result['micro_f1']:.3f}, "
        f"kind F1 {result['kind_f1']:.3f}"
    )
    for facet in ("family", "language"):
        for value, f in result[facet].items():
            print(
                f"  {facet:8} {value:16} {f['cases']:4d} cases  micro F1 {f['micro_f1']:.3f}  "
                f"kind F1 {f['kind_f1']:.3f}"
            )
    print("  per key: " + ", ".join(f"{k} {v:.2f}" for k, v in result["keys"].items()))
    if show_mismatches and "holdout" not in folder.name:
        for source, key, gv, pv in result["mismatches"]:
            print(f"  MISMATCH {source} {key}: gold={gv!r} pred={pv!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="folders of cases")
    parser.add_argument("--scorer", type=Path, default=SCORER, help="path of shared/eval/score.py")
    parser.add_argument("--mismatches", action="store_true", help="list mismatches (not holdout)")
    parser.add_argument("--json", action="store_true", help="figures as JSON")
    args = parser.parse_args(argv)
    score = load_scorer(args.scorer)
    folders = args.sets or [d for d in DEFAULT_SETS if d.is_dir()]
    results = {}
    for folder in folders:
        results[str(folder)] = score_set(score, folder)
        if not args.json:
            report(folder, results[str(folder)], args.mismatches)
    if args.json:
        for r in results.values():
            r.pop("mismatches")
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # "… | head -1": the reader has what it wanted
        sys.stderr.close()
        sys.exit(0)
