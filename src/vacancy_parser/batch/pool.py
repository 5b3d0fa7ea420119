"""An ordered process pool that survives its tasks: time limits, memory limits, crashes.

``concurrent.futures`` breaks the whole pool when one worker dies and cannot stop
one task that runs too long; a batch of thousands of notices needs both. Here each
worker runs one task at a time; the parent hands out work (two tasks ahead, so that
a worker never waits), puts results back in input order, and replaces a worker that
overran its time limit or died, handing its queued task to another.

Workers die with their parent: each watches the parent's pid and exits when it is
gone (``kill -9`` of the parent included), and the parent stops them on exit.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Unwritten results held for input order, per worker, before the parent stops handing out work.
BACKLOG_PER_WORKER = 64
# Tasks sent ahead to each worker, so that it never waits for the parent between two.
QUEUED_PER_WORKER = 2


class TimeLimitExceeded(Exception):
    """Raised inside a task by the worker's alarm."""


@dataclass(frozen=True, slots=True)
class Lost:
    """A task that gave no result: why (``timeout``, ``memory``, ``crashed``, ``internal``)."""

    error: str
    message: str


@dataclass(frozen=True, slots=True)
class Limits:
    """Per task: ``time_seconds`` (an alarm in the worker; ``grace_seconds`` later the
    parent kills a worker that did not stop), ``memory_bytes`` (its address space)."""

    time_seconds: float | None = 60.0
    memory_bytes: int | None = None
    grace_seconds: float = 5.0


def _context() -> Any:
    """``forkserver``: clean, fast workers whatever threads the parent runs (a progress
    bar's); ``spawn`` where there is no fork."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["vacancy_parser.batch.work"])
        return ctx
    return multiprocessing.get_context("spawn")


def _watch_parent(parent: int) -> None:
    """Exit when the process that started the run is gone (a forkserver child's own
    parent is the server, so the run's pid is watched, not ``getppid``)."""
    while True:
        time.sleep(0.5)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass


def on_alarm(signum: int, frame: object) -> None:
    """The SIGALRM handler that :func:`guarded` needs for its time limit."""
    raise TimeLimitExceeded


def _worker(conn: Connection, task: Callable[[Any], Any], limits: Limits, parent: int) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if limits.memory_bytes:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    if limits.time_seconds:
        signal.signal(signal.SIGALRM, on_alarm)
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, inbox), daemon=True).start()
    while (message := inbox.get()) is not None:
        index, item = message
        conn.send((index, guarded(task, item, limits.time_seconds)))


def _receive(conn: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    """Reads the next tasks while one runs, so that the parent never waits to hand
    them over (and never blocks on a full pipe while the worker sends a result)."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            message = None
        inbox.put(message)
        if message is None:
            return


def guarded(task: Callable[[Any], Any], item: Any, seconds: float | None) -> Any:
    """``task(item)``, or a :class:`Lost` that says why not; never an exception.

    With ``seconds``, :func:`on_alarm` must be the SIGALRM handler (main thread only)."""
    try:
        if seconds:
            signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return task(item)
        finally:
            if seconds:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except TimeLimitExceeded:
        return Lost("timeout", f"took longer than {seconds:g} s; raise --time-limit")
    except MemoryError:
        return Lost("memory", "needed more memory than the limit allows; raise --memory-limit")
    except Exception as exc:
        return Lost("internal", f"internal error {type(exc).__name__}: {exc}; please report it")


class _Worker(Generic[T]):
    def __init__(self, ctx: Any, task: Callable[[T], Any], limits: Limits) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker, args=(child, task, limits, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()
        self.jobs: deque[tuple[int, T]] = deque()
        self.started = 0.0

    def give(self, index: int, item: T) -> None:
        if not self.jobs:
            self.started = time.monotonic()
        self.jobs.append((index, item))
        self.conn.send((index, item))

    def done(self) -> tuple[int, T]:
        """The running job is finished; the next one (already sent) starts now."""
        job = self.jobs.popleft()
        self.started = time.monotonic()
        return job

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def ordered_map(
    task: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    limits: Limits,
    lost: Callable[[T, Lost], R],
) -> Iterator[R]:
    """``task(item)`` for each item, in ``jobs`` processes, yielded in input order.

    A task that fails to give a result (time limit, memory limit, crash of its
    process) yields ``lost(item, why)`` in its place; the run goes on with a new worker.
    ``task`` must be picklable (a module-level function or a ``functools.partial``).
    """
    ctx = _context()
    workers = [_Worker(ctx, task, limits) for _ in range(max(1, jobs))]
    pending = iter(enumerate(items))
    again: deque[tuple[int, T]] = deque()  # sent to a worker that was then killed
    done: dict[int, R] = {}
    nxt = 0
    exhausted = False
    try:
        while True:
            for worker in workers:
                while len(worker.jobs) < QUEUED_PER_WORKER and len(done) < _backlog(workers):
                    job = again.popleft() if again else None if exhausted else next(pending, None)
                    if job is None:
                        exhausted = True
                        break
                    worker.give(*job)
            busy = [w for w in workers if w.jobs]
            if not busy:
                break
            ready = wait([w.conn for w in busy], timeout=_wait_for(busy, limits))
            for worker in busy:
                if worker.conn in ready:
                    _collect(worker, done, lost)
            for i, worker in enumerate(workers):
                if worker.jobs:
                    reason = _overdue(worker, limits)
                    if reason is not None:
                        index, item = worker.jobs.popleft()
                        done[index] = lost(item, reason)
                        again.extend(worker.jobs)
                        worker.stop(kill=True)
                        workers[i] = _Worker(ctx, task, limits)
            while nxt in done:
                yield done.pop(nxt)
                nxt += 1
    finally:
        for worker in workers:
            worker.stop(kill=bool(worker.jobs))


def _backlog(workers: list[_Worker[Any]]) -> int:
    return BACKLOG_PER_WORKER * len(workers)


def _wait_for(busy: list[_Worker[Any]], limits: Limits) -> float:
    if not limits.time_seconds:
        return 1.0
    now = time.monotonic()
    due = min(w.started for w in busy) + limits.time_seconds + limits.grace_seconds
    return max(0.05, min(1.0, due - now))


def _collect(worker: _Worker[T], done: dict[int, R], lost: Callable[[T, Lost], R]) -> None:
    try:
        index, result = worker.conn.recv()
    except (EOFError, OSError):
        return  # the process died: _overdue reports it
    sent, item = worker.done()
    assert sent == index
    done[index] = lost(item, result) if isinstance(result, Lost) else result


def _overdue(worker: _Worker[Any], limits: Limits) -> Lost | None:
    if not worker.process.is_alive():
        code = worker.process.exitcode
        return Lost(
            "crashed",
            f"the worker process died (exit code {code}); the file may need more memory "
            "than --memory-limit allows",
        )
    if limits.time_seconds and time.monotonic() - worker.started > (
        limits.time_seconds + limits.grace_seconds
    ):
        return Lost("timeout", f"took longer than {limits.time_seconds:g} s; raise --time-limit")
    return None
