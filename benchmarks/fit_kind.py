"""Refit the kind evidence's weights on a real-page set: how far each sign's weight is off.

    python benchmarks/fit_kind.py                 # fixtures/real
    python benchmarks/fit_kind.py DIR --l2 0.01

Every page is parsed once; its evidence (``record.kind_evidence``) gives one feature per sign,
the weight the sign carries today. A logistic regression, pulled towards today's weights by an
L2 penalty, then finds a factor per sign and a threshold. A factor near 1.0 means the weight is
right; the printed threshold is where :data:`vacancy_parser.record.kind.THRESHOLD` would go
with the fitted factors. Five-fold cross-validation says whether the refit would read unseen
pages better than today's weights, which is the only reason to move them.

Never run it on a holdout set: its weights would then be written from that set.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

from score_real import ROOT, cases  # the sibling script: the same cases, the same inputs

from vacancy_parser import InputError, parse
from vacancy_parser.record.kind import THRESHOLD

Page = tuple[bool, dict[str, float]]
# Signs this heavy are vetoes (a listing, a template…), not evidence to weigh: they keep their
# weight and are not refitted (no page is near the threshold because of them).
VETO = 10.0


def pages(folder: Path) -> list[Page]:
    """(is a notice, evidence weight by sign) for every case with a gold file."""
    out: list[Page] = []
    for source in cases(folder):
        try:
            record = parse(source).record
        except InputError:
            continue
        features: dict[str, float] = {}
        for evidence in record.kind_evidence:
            features[evidence.sign] = features.get(evidence.sign, 0.0) + evidence.weight
        gold = json.loads((folder / (source.stem + ".gold.json")).read_text())
        out.append((gold["kind"] == "vacancy", features))
    return out


def _vetoes(features: dict[str, float]) -> float:
    return sum(v for v in features.values() if abs(v) >= VETO)


def _weighed(features: dict[str, float]) -> dict[str, float]:
    return {s: v for s, v in features.items() if abs(v) < VETO}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and positive definite)."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= f * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def fit(data: list[Page], signs: list[str], l2: float) -> tuple[list[float], float]:
    """Factors per sign and a bias, by Newton's method; the penalty pulls factors towards 1."""
    d = len(signs) + 1
    theta = [1.0] * len(signs) + [-THRESHOLD]
    rows = [
        ([f.get(s, 0.0) for s in signs] + [1.0], 1.0 if y else 0.0, _vetoes(f)) for y, f in data
    ]
    n = len(rows)
    for _ in range(25):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y, offset in rows:
            z = sum(t * v for t, v in zip(theta, x, strict=True)) + offset
            z = max(-30.0, min(30.0, z))
            p = 1 / (1 + math.exp(-z))
            for i, xi in enumerate(x):
                if xi:
                    grad[i] += (p - y) * xi / n
                    for j, xj in enumerate(x):
                        if xj:
                            hess[i][j] += p * (1 - p) * xi * xj / n
        for i in range(d - 1):
            grad[i] += l2 * (theta[i] - 1.0)
            hess[i][i] += l2
        hess[d - 1][d - 1] += 1e-9
        step = _solve(hess, grad)
        theta = [t - s for t, s in zip(theta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return theta[:-1], theta[-1]


def kind_f1(data: list[Page], called: list[bool]) -> str:
    tp = sum(1 for (y, _), c in zip(data, called, strict=True) if y and c)
    fp = sum(1 for (y, _), c in zip(data, called, strict=True) if not y and c)
    fn = sum(1 for (y, _), c in zip(data, called, strict=True) if y and not c)
    return f"kind F1 {2 * tp / (2 * tp + fp + fn):.4f} ({fp} look-alikes read, {fn} notices missed)"


def score(factors: list[float], bias: float, signs: list[str], features: dict[str, float]) -> float:
    weighed = sum(w * features.get(s, 0.0) for s, w in zip(signs, factors, strict=True))
    return bias + weighed + _vetoes(features)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--l2", type=float, default=0.01, help="pull towards today's weights")
    args = parser.parse_args(argv)
    if "holdout" in args.folder.name:
        sys.exit("refusing to fit weights on a holdout set")
    data = pages(args.folder)
    signs = sorted({s for _, f in data for s in _weighed(f)})
    today = [sum(f.values()) >= THRESHOLD for _, f in data]
    print(f"{args.folder}: {len(data)} pages; today: {kind_f1(data, today)}")
    order = list(range(len(data)))
    random.Random(0).shuffle(order)
    held: list[bool] = [False] * len(data)
    for k in range(5):
        test = set(order[k::5])
        factors, bias = fit([data[i] for i in order if i not in test], signs, args.l2)
        for i in test:
            held[i] = score(factors, bias, signs, data[i][1]) >= 0
    print(f"refit, five-fold cross-validated: {kind_f1(data, held)}")
    factors, bias = fit(data, signs, args.l2)
    print(f"threshold {-bias:.2f} (today {THRESHOLD}); factor per sign:")
    for sign, factor in sorted(zip(signs, factors, strict=True), key=lambda p: -abs(p[1] - 1)):
        print(f"  {sign:28s} {factor:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
