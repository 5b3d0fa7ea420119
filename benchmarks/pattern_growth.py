"""Growth of every module-level pattern of the package on adversarial strings.

Each compiled pattern (``re.Pattern`` at module level, or inside a module-level list
or tuple) searches each shape (runs of spaces, newlines, dashes, digits, dots,
repeated words, labels, brackets) at a size that takes at least 0.5 ms and at 8x
that size; a ratio above 20 (linear growth is 8) is printed. One command, several
minutes: `.venv/bin/python benchmarks/pattern_growth.py`.

``search`` over a whole string is harsher than most uses: a pattern the parser only
``match``es at the start of a bounded line (a title, a heading) may grow quadratically
here and still cost nothing in a parse. The list says where to look; end-to-end
growth is what `tests/test_linear_time.py` and `fuzz/fuzz_parse.py` check.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator

import vacancy_parser

GROWTH = 8
MAX_RATIO = 20
FLOOR = 0.0005
SHAPES: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: "a" + " " * n + "!",
    "newlines": lambda n: "a" + "\n" * n + "!",
    "spaced newlines": lambda n: " \n" * n + "!",
    "dashes": lambda n: "-" * n + " x",
    "digits": lambda n: "1" * n + "!",
    "dots": lambda n: "." * n + "a",
    "digit dots": lambda n: "1." * n,
    "words": lambda n: "Ab " * n,
    "capitals": lambda n: "AB " * n + ":",
    "colons": lambda n: "A: " * n,
    "brackets": lambda n: "(" * n,
    "grades": lambda n: "grade G15 " * n,
    "commas": lambda n: "A, " * n,
}


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for info in pkgutil.walk_packages(vacancy_parser.__path__, "vacancy_parser."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            items = obj if isinstance(obj, (list, tuple)) else [obj]
            for i, item in enumerate(items):
                inner = item if isinstance(item, tuple) else (item,)
                for j, candidate in enumerate(inner):
                    if isinstance(candidate, re.Pattern) and isinstance(candidate.pattern, str):
                        yield f"{info.name}.{name}[{i}][{j}]", candidate


def _best(pattern: re.Pattern[str], text: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        pattern.search(text)
        times.append(time.perf_counter() - start)
    return min(times)


def growth(pattern: re.Pattern[str], make: Callable[[int], str]) -> float | None:
    size = 500
    small = _best(pattern, make(size))
    while small < FLOOR and size < 16_000:
        size *= 2
        small = _best(pattern, make(size))
    if small < FLOOR:
        return None  # too fast to measure at any size: no growth worth the name
    return _best(pattern, make(size * GROWTH), repeat=1) / small


def main() -> int:
    found = list(patterns())
    worst = []
    for name, pattern in found:
        for shape, make in SHAPES.items():
            ratio = growth(pattern, make)
            if ratio is not None and ratio > MAX_RATIO:
                worst.append((ratio, name, shape))
    print(f"{len(found)} patterns x {len(SHAPES)} shapes: {len(worst)} grow faster than linear")
    for ratio, name, shape in sorted(worst, reverse=True):
        print(f"  {ratio:7.1f}x  {name}  [{shape}]")
    return 1 if worst else 0


if __name__ == "__main__":
    sys.exit(main())
