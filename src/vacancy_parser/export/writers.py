"""Encoders for the output formats: JSONL lines (full, flat or JSON-LD), CSV lines, Parquet.

Each works on one row at a time (a flat mapping, or the JSON text a worker made), so
that a run writes as it goes and never holds its records.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, get_args, get_origin

from ..errors import VacancyParserError
from ..model import FlatRecord

FLAT_KEYS = list(FlatRecord.model_fields)
FORMATS = ("jsonl", "csv", "parquet")
VIEWS = ("full", "flat", "jsonld")
# What each format holds: nested records only fit in JSON lines.
FORMAT_VIEWS = {"jsonl": VIEWS, "csv": ("flat",), "parquet": ("flat",)}
LIST_SEPARATOR = ";"


def format_of(target: str, asked: str | None = None) -> str:
    """The format asked for, else the one the file's extension names, else JSONL."""
    if asked:
        return asked
    suffix = Path(target).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "jsonl"


def jsonl_line(flat: Mapping[str, Any], payload: str | None, view: str) -> bytes | None:
    """One JSON line; ``None`` when the view writes nothing (JSON-LD of a non-notice)."""
    if view == "flat":
        return (json.dumps(flat, ensure_ascii=False) + "\n").encode()
    return None if payload is None else (payload + "\n").encode()


def csv_header() -> bytes:
    return _csv_bytes(FLAT_KEYS)


def csv_line(flat: Mapping[str, Any]) -> bytes:
    """Lists (languages, grade codes) joined with ``;``; null is an empty cell."""
    return _csv_bytes(
        [
            LIST_SEPARATOR.join(v) if isinstance(v, list) else "" if v is None else v
            for v in (flat.get(k) for k in FLAT_KEYS)
        ]
    )


def _csv_bytes(cells: Iterable[Any]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue().encode()


def _arrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise VacancyParserError(
            "Parquet output needs pyarrow: pip install 'vacancy-parser[parquet]'"
        ) from None
    return pyarrow


def _arrow_type(pa: Any, annotation: Any) -> Any:
    """The Arrow type of a flat field, from its annotation: the schema never guesses."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    origin = get_origin(annotation)
    if origin is list:
        return pa.list_(_arrow_type(pa, args[0]))
    if args and origin is not None and not isinstance(args[0], str):
        return _arrow_type(pa, args[0])
    scalar: dict[Any, Callable[[], Any]] = {
        bool: pa.bool_,
        int: pa.int64,
        float: pa.float64,
        str: pa.string,
    }
    return scalar.get(annotation, pa.string)()


def flat_schema() -> Any:
    """The Arrow schema of the flat record, derived from :class:`FlatRecord`."""
    pa = _arrow()
    return pa.schema(
        [
            pa.field(name, _arrow_type(pa, info.annotation), nullable=True)
            for name, info in FlatRecord.model_fields.items()
        ]
    )


def arrow_table(rows: Iterable[Mapping[str, Any]]) -> Any:
    """Flat rows as one Arrow table with the fixed schema."""
    pa = _arrow()
    return pa.Table.from_pylist([dict(r) for r in rows], schema=flat_schema())


def write_parquet(rows: Iterable[Mapping[str, Any]], path: str) -> None:
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(rows), path)


def concat_parquet(parts: Iterable[str], target: str) -> None:
    """Copy each part's row groups into ``target``, one part in memory at a time."""
    _arrow()
    import pyarrow.parquet as pq

    with pq.ParquetWriter(target, flat_schema()) as writer:
        for part in parts:
            writer.write_table(pq.read_table(part, schema=flat_schema()))
