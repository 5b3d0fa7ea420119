"""Module-level tasks for the pool tests: workers import them by name."""

from __future__ import annotations

import os
import signal
import time


def sleepy(seconds: float) -> float:
    """Sleeps ``seconds``: a stand-in for a file that takes too long."""
    time.sleep(seconds)
    return seconds


def deaf(seconds: float) -> float:
    """Ignores the worker's alarm, as code stuck in C would: only a kill stops it."""
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    time.sleep(seconds)
    return seconds


def crash(code: int) -> int:
    """Ends its process for a non-zero ``code``, as a segfault in a library would."""
    if code:
        os._exit(code)
    return code


def hungry(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def failing(value: int) -> int:
    if value:
        raise ValueError("bad value")
    return value
