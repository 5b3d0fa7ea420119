"""Validate 100,000 generated flat rows from JSONL and from CSV, as `vacancy-parser validate` does.

Rows are varied copies of the fixtures' flat records (the gold files and the broken
records), so that every check and many issues run. Each measurement runs in a
child process that validates through the command line's own code path
(``vacancy_parser.cli.main``) and reports its time and peak RSS; RSS is read at
10,000 and at 100,000 rows, and must not grow with the file.

    python benchmarks/validate.py            # 10,000 and 100,000 rows
    python benchmarks/validate.py --rows 20000
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

CHILD = r"""
import contextlib, io, os, resource, sys, time
from vacancy_parser.cli import main
path = sys.argv[1]
with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
    start = time.perf_counter()
    code = main(["validate", path, "--format", "json"])
    seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, code)
"""


def seed_records() -> list[dict[str, Any]]:
    """Flat records of the fixtures: gold files (clean) and broken records (JSON lines)."""
    records: list[dict[str, Any]] = []
    for path in sorted(FIXTURES.glob("gold*/*.gold.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        record["source"] = path.name.removesuffix(".gold.json") + ".txt"
        records.append(record)
    for line in (FIXTURES / "broken" / "flat.jsonl").read_bytes().splitlines():
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(value, dict):
            records.append(value)
    return records


def generate(seeds: list[dict[str, Any]], rows: int, folder: Path) -> tuple[Path, Path]:
    """``rows`` varied records as JSONL and as CSV (the writer's form)."""
    rng = random.Random(10)
    keys: list[str] = []
    for seed in seeds:
        keys += [k for k in seed if k not in keys]
    jsonl = folder / f"rows{rows}.jsonl"
    table = folder / f"rows{rows}.csv"
    with jsonl.open("w", encoding="utf-8") as lines, table.open("w", encoding="utf-8") as cells:
        writer = csv.DictWriter(cells, fieldnames=keys, lineterminator="\n")
        writer.writeheader()
        for n in range(rows):
            record = dict(seeds[n % len(seeds)])
            record["source"] = f"r{n}.txt"
            if isinstance(record.get("salary_amount"), (int, float)) and rng.random() < 0.5:
                record["salary_amount"] = round(record["salary_amount"] * rng.uniform(0.5, 1.7), 2)
            if rng.random() < 0.3:
                record["deadline"] = (
                    f"20{rng.randint(10, 40)}-{rng.randint(1, 12):02d}-{rng.randint(1, 31):02d}"
                )
            lines.write(json.dumps(record) + "\n")
            writer.writerow(
                {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in record.items()}
            )
    return jsonl, table


def measure(path: Path) -> tuple[float, int]:
    """Seconds to validate ``path`` and the child's peak RSS in KiB."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    seeds = seed_records()
    sizes = sorted({min(10_000, args.rows), args.rows})
    print(f"{len(seeds)} seed records; rows/s and peak RSS per input")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in sizes:
            for path in generate(seeds, rows, Path(tmp)):
                seconds, rss = measure(path)
                print(
                    f"{path.suffix[1:]:>5} {rows:>7,} rows: {rows / seconds:>8,.0f} rows/s "
                    f"({seconds:.2f} s), peak RSS {rss / 1024:.1f} MiB"
                )


if __name__ == "__main__":
    main()
