"""The one timing helper the benchmark scripts share: a warm median in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def median_ms(fn: Callable[[T], object], arg: T, repeat: int) -> float:
    """Median wall time of ``fn(arg)`` after one warm-up call (imports, caches)."""
    fn(arg)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(arg)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
