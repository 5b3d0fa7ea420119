"""The process pool: input order, and a result or a reason for every task."""

from __future__ import annotations

import multiprocessing
from typing import Any

from tests import batch_tasks
from vacancy_parser.batch.pool import Limits, Lost, ordered_map


def _lost(item: Any, why: Lost) -> str:
    return why.error


def test_results_come_back_in_input_order() -> None:
    items = [0.02 * (i % 3) for i in range(12)]
    out = list(ordered_map(batch_tasks.sleepy, items, 3, Limits(), _lost))
    assert out == items


def test_a_task_over_its_time_limit_is_lost_and_the_rest_goes_on() -> None:
    items = [0, 0, 30, 0, 0]
    out = list(ordered_map(batch_tasks.sleepy, items, 2, Limits(time_seconds=0.5), _lost))
    assert out == [0, 0, "timeout", 0, 0]


def test_a_task_deaf_to_its_alarm_is_killed_with_its_worker() -> None:
    items = [0, 30, 0, 0]
    limits = Limits(time_seconds=0.3, grace_seconds=0.3)
    out = list(ordered_map(batch_tasks.deaf, items, 1, limits, _lost))
    assert out == [0, "timeout", 0, 0]


def test_a_crashed_worker_is_replaced() -> None:
    out = list(ordered_map(batch_tasks.crash, [0, 3, 0, 0], 2, Limits(), _lost))
    assert out == [0, "crashed", 0, 0]


def test_a_task_over_the_memory_limit_is_lost() -> None:
    limits = Limits(memory_bytes=1024 * 1024 * 1024)
    out = list(ordered_map(batch_tasks.hungry, [1, 2048, 1], 1, limits, _lost))
    assert out == [1024 * 1024, "memory", 1024 * 1024]


def test_an_exception_in_a_task_is_an_internal_error() -> None:
    out = list(ordered_map(batch_tasks.failing, [0, 1, 0], 2, Limits(), _lost))
    assert out == [0, "internal", 0]


def test_an_abandoned_run_stops_its_workers() -> None:
    run = ordered_map(batch_tasks.sleepy, [0.0] * 50, 2, Limits(), _lost)
    assert next(run) == 0.0
    assert multiprocessing.active_children()
    run.close()
    assert multiprocessing.active_children() == []
