"""Many inputs: files, folders, globs and zip/tar archives, converted in parallel, in order.

A batch never stops for one bad file: each input gives a :class:`Row` (converted), a
:class:`Failure` (why not) or a :class:`Skipped` (not a notice's file type), in input
order. Parsing runs in worker processes with a time and a memory limit per file
(:mod:`.pool`); members of archives are streamed (:mod:`.archives`).
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from ..config import DEFAULT, Options
from .entries import Entry, Failure, Member, Skipped
from .entries import Limits as ArchiveLimits
from .inputs import expand
from .pool import Limits, Lost, guarded, on_alarm, ordered_map
from .row import Row
from .work import process

__all__ = [
    "DEFAULT_SETTINGS",
    "ArchiveLimits",
    "Failure",
    "Limits",
    "Member",
    "Row",
    "Settings",
    "Skipped",
    "convert",
    "default_jobs",
]


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Settings:
    """How to run a batch. ``jobs``: worker processes (``None``: all cores; ``0``: parse
    in this process, without the memory limit, e.g. under a debugger)."""

    jobs: int | None = None
    view: str = "full"
    options: Options = DEFAULT
    limits: Limits = field(default_factory=Limits)
    archives: ArchiveLimits = field(default_factory=ArchiveLimits)


DEFAULT_SETTINGS = Settings()
Result = Row | Failure | Skipped


def convert(
    inputs: Iterable[str], settings: Settings = DEFAULT_SETTINGS, done: frozenset[str] = frozenset()
) -> Iterator[Result]:
    """Every input, in input order; those whose ``source_path`` is in ``done`` are left out."""
    entries = (e for e in expand(inputs, settings.archives) if e.source_path not in done)
    task = partial(convert_entry, view=settings.view, options=settings.options)
    jobs = default_jobs() if settings.jobs is None else settings.jobs
    if jobs == 0:
        return (_in_process(task, entry, settings.limits) for entry in entries)
    return ordered_map(task, entries, jobs, settings.limits, _lost)


def convert_entry(entry: Entry, view: str = "full", options: Options = DEFAULT) -> Result:
    """A member parsed; a failure or a skipped file passes through as it is."""
    if isinstance(entry, Member):
        return process(entry, view, options)
    return entry


def _lost(entry: Entry, why: Lost) -> Result:
    return Failure(entry.source_path, why.error, f"{entry.source_path}: {why.message}")


def _in_process(task: Callable[[Entry], Result], entry: Entry, limits: Limits) -> Result:
    """One entry here, with the time limit where a signal can deliver it (main thread)."""
    timed = bool(limits.time_seconds) and threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, on_alarm) if timed else None
    try:
        outcome = guarded(task, entry, limits.time_seconds if timed else None)
    finally:
        if previous is not None:
            signal.signal(signal.SIGALRM, previous)
    return _lost(entry, outcome) if isinstance(outcome, Lost) else outcome
