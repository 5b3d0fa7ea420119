"""File writers: JSONL (full, flat or JSON-LD records), CSV and Parquet (flat records)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TextIO

from ..errors import VacancyParserError
from ..model import FlatRecord, ParseResult
from .jsonld import to_jsonld

FLAT_KEYS = list(FlatRecord.model_fields)


class Writer(Protocol):
    def write(self, result: ParseResult) -> None: ...


def flat_row(result: ParseResult) -> dict[str, Any]:
    return result.flat.model_dump(mode="json")


# What one JSON line holds, by ``--format``.
VIEWS: dict[str, Callable[[ParseResult], dict[str, Any]]] = {
    "full": lambda result: result.record.model_dump(mode="json"),
    "flat": flat_row,
    "jsonld": lambda result: to_jsonld(result.record),
}


class JsonlWriter:
    def __init__(self, out: TextIO, view: str) -> None:
        self.out = out
        self.view = VIEWS[view]

    def write(self, result: ParseResult) -> None:
        payload = self.view(result)
        self.out.write(json.dumps(payload, ensure_ascii=False) + "\n")


class CsvWriter:
    """Lists (languages, grade codes) are joined with ``;``."""

    def __init__(self, out: TextIO) -> None:
        self.writer = csv.DictWriter(out, fieldnames=FLAT_KEYS)
        self.writer.writeheader()

    def write(self, result: ParseResult) -> None:
        row = flat_row(result)
        self.writer.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in row.items()})


class ParquetWriter:
    def __init__(self, path: str) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise VacancyParserError(
                "Parquet output needs pyarrow: pip install 'vacancy-parser[parquet]'"
            ) from None
        self.path = path
        self.rows: list[dict[str, Any]] = []

    def write(self, result: ParseResult) -> None:
        self.rows.append(flat_row(result))

    def close(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(self.rows), self.path)


FORMATS = frozenset({"jsonl", "csv", "parquet"})


@contextmanager
def open_writer(target: str, fmt: str, view: str) -> Iterator[Writer]:
    """A writer for ``target`` (``-`` is stdout); Parquet is written on close."""
    if fmt == "parquet":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        parquet = ParquetWriter(target)
        yield parquet
        parquet.close()
        return
    if target == "-":
        yield CsvWriter(sys.stdout) if fmt == "csv" else JsonlWriter(sys.stdout, view)
        return
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as handle:
        yield CsvWriter(handle) if fmt == "csv" else JsonlWriter(handle, view)
