"""Notices on a Dask cluster: the same conversion as a local run, spread over workers.

Needs the ``dask`` extra. Inputs are expanded here (folders walked, archives read) and
their members shipped to the workers, a window of partitions at a time; paths need not
exist on the workers. ``convert --dask-scheduler`` links re-posts afterwards, in input
order, as a local run does. Workers of a cluster get no per-file time or memory limit:
the cluster's own limits apply.
"""

from __future__ import annotations

import importlib
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from .batch import DEFAULT_SETTINGS, Failure, Row, Settings, Skipped, convert_entry
from .batch.entries import Entry
from .batch.inputs import expand
from .errors import VacancyParserError
from .export.tables import columns_of, flat_schema

CONNECT_SECONDS = 10
# Entries per task: enough to amortise scheduling, few enough to spread a small batch.
PARTITION = 64


def _bag() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise VacancyParserError(
            "the Dask path needs the dask extra: pip install 'vacancy-parser[dask]'"
        ) from None
    return dask.bag


def read_notices(
    paths: str | Iterable[str], settings: Settings = DEFAULT_SETTINGS, partition: int = PARTITION
) -> Any:
    """A Dask bag of flat records (dicts with the CONTRACT keys), one per converted input.

    Failures and skipped files are left out (see :func:`convert_on_cluster` for them);
    re-posts are not linked: that is a pass over the whole run in order, which ``convert`` makes.
    """
    results = _results_bag(paths, settings, partition)
    return results.filter(lambda r: isinstance(r, Row)).map(lambda r: r.flat)


def to_dataframe(bag: Any) -> Any:
    """The flat records of :func:`read_notices` as a Dask DataFrame with the flat schema
    (Arrow-backed columns: nullable integers, lists of strings)."""
    import pandas as pd

    meta = pd.DataFrame(
        {field.name: pd.Series(dtype=pd.ArrowDtype(field.type)) for field in flat_schema()}
    )
    return bag.map(columns_of).to_dataframe(meta=meta)


def convert_on_cluster(
    address: str, inputs: Iterable[str], settings: Settings, done: frozenset[str] = frozenset()
) -> Iterator[Row | Failure | Skipped]:
    """Like :func:`vacancy_parser.batch.convert`, with the parsing on the cluster at
    ``address``; results come back in input order, one partition at a time."""
    try:
        client_class: Any = importlib.import_module("distributed").Client
    except ImportError:
        raise VacancyParserError(
            "--dask-scheduler needs the dask extra: pip install 'vacancy-parser[dask]'"
        ) from None
    try:
        client = client_class(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as exc:
        raise VacancyParserError(
            f"cannot reach the Dask scheduler at {address} ({exc}); check the address "
            "and that the scheduler is running"
        ) from None
    with client:
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
        entries = (e for e in expand(inputs, settings.archives) if e.source_path not in done)
        waiting: deque[Any] = deque()
        for chunk in _chunks(entries, PARTITION):
            waiting.append(client.submit(_convert_all, chunk, settings, pure=False))
            if len(waiting) >= window:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


def _results_bag(paths: str | Iterable[str], settings: Settings, partition: int) -> Any:
    inputs = [paths] if isinstance(paths, str) else list(paths)
    chunks = list(_chunks(expand(inputs, settings.archives), partition))
    bag = _bag().from_sequence(chunks, npartitions=max(1, len(chunks)))
    return bag.map(_convert_all, settings).flatten()


def _convert_all(entries: list[Entry], settings: Settings) -> list[Row | Failure | Skipped]:
    return [convert_entry(e, settings.view, settings.options) for e in entries]


def _chunks(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    iterator = iter(entries)
    while chunk := list(islice(iterator, size)):
        yield chunk
