"""Speed of the text path against its floor, in one run (ratios are the stable numbers).

Floor: read a notice and run 21 literal-prefixed header patterns over it, then
``json.dumps`` the header record (shared/MEASUREMENTS.md measured ~0.45 ms on seed
003). Ours: ``vacancy_parser.parse`` of the same file, the flat record and the
JSON of the full record. Reported in one run: the ratio for the full notices
(seeds 003 and 004; aim <= 10 x) and the median and 95th percentile of the ratio
over the ``fixtures/real`` excerpts (aim: median <= 15 x), where fixed per-notice
costs weigh more.

    python benchmarks/parse_text.py [NOTICE.txt ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from pathlib import Path

from timing import median_ms

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_NOTICES = [ROOT / "fixtures" / "examples" / f"seed00{n}.txt" for n in (3, 4)]
REAL = ROOT / "fixtures" / "real"

_FLOOR_PATTERNS = [
    re.compile(p)
    for p in (
        r"Primary Location:\s*(.+)",
        r"NATO Body:\s*(.+)",
        r"Schedule:\s*(.+)",
        r"Application Deadline:\s*(.+)",
        r"Salary \(Pay Basis\):\s*(.+)",
        r"Grade\s+(NATO Grade .+)",
        r"Clearance Level\s+(.+)",
        r"Emplacement principal\s*:\s*(.+)",
        r"Organisation\s*:\s*(.+)",
        r"Horaire\s*:\s*(.+)",
        r"Date de retrait\s*:\s*(.+)",
        r"Salaire \(Base de paie\)\s*:\s*(.+)",
        r"Niveau de l'habilitation de sécurité\s+(.+)",
        r"Direct reports:\s*(.+)",
        r"Indirect reports:\s*(.+)",
        r"Nombre de subordonné\(e\)s direct\(e\)s\s*:\s*(.+)",
        r"Nombre de subordonné\(e\)s indirect\(e\)s\s*:\s*(.+)",
        r"1\. SUMMARY",
        r"1\. RÉSUMÉ",
        r"6\. CONTRACT",
        r"6\. CONTRAT",
    )
]


def floor(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    record: dict[str, list[str]] = {}
    for i, pattern in enumerate(_FLOOR_PATTERNS):
        record[str(i)] = [m.group(m.lastindex or 0) for m in pattern.finditer(text)]
    return json.dumps(record)


def ours(path: Path) -> str:
    from vacancy_parser import parse

    result = parse(path)
    return result.record.model_dump_json() + json.dumps(result.flat.model_dump(mode="json"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notices", nargs="*", type=Path, default=DEFAULT_NOTICES)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--excerpt-repeat", type=int, default=30)
    args = parser.parse_args()
    for notice in args.notices:
        base = median_ms(floor, notice, args.repeat)
        mine = median_ms(ours, notice, args.repeat)
        print(f"{notice.name} ({notice.stat().st_size / 1024:.1f} KB)")
        print(f"  floor (read + 21 header patterns + json): {base:8.3f} ms")
        print(f"  vacancy_parser.parse + JSON:              {mine:8.3f} ms")
        print(f"  ratio: {mine / base:.1f} x the floor; {1000 / mine:.0f} notices/s on one core")
    excerpts = sorted(REAL.glob("*.txt"))
    if excerpts:
        ratios = sorted(
            median_ms(ours, p, args.excerpt_repeat) / median_ms(floor, p, args.excerpt_repeat)
            for p in excerpts
        )
        p95 = ratios[min(len(ratios) - 1, round(0.95 * (len(ratios) - 1)))]
        print(
            f"fixtures/real ({len(ratios)} excerpts): ratio median "
            f"{statistics.median(ratios):.1f} x, 95th percentile {p95:.1f} x"
        )
    try:
        from parse_html import bench_html  # type: ignore[import-not-found]
    except ImportError:
        return
    rows = bench_html()
    for name, ms in rows:
        print(f"{name:42} {ms:8.3f} ms")
    if len(rows) >= 2:
        print(f"html ratio: {rows[0][1] / rows[1][1]:.1f} x lxml parsing alone")


if __name__ == "__main__":
    main()
