"""Mutation fuzzer for ``vacancy_parser.parse``: text, HTML and PDF inputs.

Each round takes a seed input (the fixtures: notices, pages, PDFs), mutates it (bit
flips, byte runs, splices, repeated slices, deletions, hostile shapes) and parses it.
It fails on anything but a result or an ``InputError``, on a result that is not strict
JSON, and on an input slower than 2 s + 1 s per 100 KB. Failing inputs are written to
``fuzz/crashes/`` (turn each into a ``fixtures/bad/`` case).

    python fuzz/fuzz_parse.py --minutes 30            # a long run
    python fuzz/fuzz_parse.py --inputs 200 --seed 1   # a bounded run (the test suite's)

Memory: run it under ``ulimit -v`` (the long-run command in the README does) so that a
runaway input ends the process instead of the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = [
    ROOT / "fixtures" / "examples",
    ROOT / "fixtures" / "real",
    ROOT / "fixtures" / "golden",
    ROOT / "fixtures" / "pdf",
    ROOT / "fixtures" / "bad",
]
SUFFIXES = (".txt", ".html", ".htm", ".pdf")
HOSTILE = [
    b" " * 5000,
    # Long runs inside a line: adjacent or lazy quantifiers over them go quadratic.
    b"\t" * 20000,
    "\u00a0".encode() * 10000,
    b"1 " * 10000,
    b". " * 10000,
    b"\n" * 5000,
    b"-" * 3000,
    b"." * 3000,
    b"9" * 500,
    b"Grade: G15 " * 300,
    b"Salary: " + b"9" * 400 + b" EUR",
    b"[" * 2000,
    b"\xff\xfe\x00",
    b"\xed\xa0\x80",
    b"%PDF-1.7\n",
    b"<html><body>",
    b'<script type="application/ld+json">' + b"[" * 3000 + b"</script>",
]


def seeds() -> list[bytes]:
    found = []
    for folder in SEED_DIRS:
        if folder.is_dir():
            found += [p.read_bytes() for p in sorted(folder.rglob("*")) if p.suffix in SUFFIXES]
    return found


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        at = rng.randrange(len(buf) + 1) if buf else 0
        if op == 0 and buf:  # flip bits
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(len(buf))
                buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # insert a hostile shape
            buf[at:at] = rng.choice(HOSTILE)
        elif op == 2 and buf:  # delete a run
            del buf[at : at + rng.randint(1, 2000)]
        elif op == 3 and buf:  # repeat a slice
            end = min(len(buf), at + rng.randint(1, 200))
            buf[at:at] = bytes(buf[at:end]) * rng.randint(2, 50)
        elif op == 4:  # truncate
            del buf[at:]
        elif op == 5:  # random bytes
            buf[at:at] = rng.randbytes(rng.randint(1, 64))
        else:  # splice another seed's head
            buf[at:at] = rng.choice(HOSTILE)[: rng.randint(1, 64)]
    return bytes(buf)


def _strict(text: str) -> None:
    def refuse(token: str) -> None:
        raise ValueError(f"non-standard JSON number {token}")

    json.loads(text, parse_constant=refuse)


def check(data: bytes, as_text: bool) -> str | None:
    """None when the input was handled; else what went wrong."""
    from vacancy_parser import InputError, parse, parse_text

    limit = 2.0 + len(data) / 100_000
    start = time.perf_counter()
    try:
        text = data.decode("utf-8", "surrogateescape")
        result = parse_text(text) if as_text else parse(data)
        _strict(result.model_dump_json())
    except InputError:
        pass
    except Exception:
        return traceback.format_exc(limit=6)
    elapsed = time.perf_counter() - start
    if elapsed > limit:
        return f"slow: {elapsed:.2f} s for {len(data):,} bytes (limit {limit:.2f} s)"
    return None


def run(inputs: int | None, minutes: float | None, seed: int, out: Path | None) -> int:
    rng = random.Random(seed)
    pool = seeds()
    stop = time.monotonic() + minutes * 60 if minutes else None
    done = 0
    failures: Counter[str] = Counter()
    while (inputs is None or done < inputs) and (stop is None or time.monotonic() < stop):
        data = mutate(rng.choice(pool), rng)
        as_text = not data.lstrip().startswith(b"%PDF") and rng.random() < 0.5
        problem = check(data, as_text)
        done += 1
        if problem is not None:
            kind = problem.strip().splitlines()[-1][:120]
            failures[kind] += 1
            if out is not None:
                out.mkdir(parents=True, exist_ok=True)
                (out / f"crash_{done:07d}.bin").write_bytes(data)
                (out / f"crash_{done:07d}.txt").write_text(problem, encoding="utf-8")
    print(f"{done} inputs, {sum(failures.values())} failures")
    for kind, count in failures.most_common():
        print(f"  {count:6d}  {kind}")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, help="stop after this many inputs")
    parser.add_argument("--minutes", type=float, help="stop after this many minutes")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz" / "crashes")
    args = parser.parse_args(argv)
    if args.inputs is None and args.minutes is None:
        args.inputs = 1000
    return run(args.inputs, args.minutes, args.seed, args.out)


if __name__ == "__main__":
    sys.exit(main())
