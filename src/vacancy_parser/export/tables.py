"""Flat records as Arrow tables, Parquet files and DataFrames, with one fixed schema.

The schema is derived from :class:`~vacancy_parser.model.FlatRecord`, never guessed
from the data, so that any two outputs concatenate (a file of only non-notices has
the same column types as any other). Lists are lists; the deadline is a date, with
``deadline_ongoing`` beside it for notices open until filled. :func:`read_flat`
reads a JSONL, CSV or Parquet output back into the flat records JSONL holds.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, get_args, get_origin

from ..errors import VacancyParserError
from ..model import FlatRecord, ParseResult
from .writers import FLAT_KEYS, LIST_SEPARATOR

# A column beside ``deadline`` (a date): the CONTRACT's ``"ongoing"``, which no date holds.
ONGOING = "ongoing"
ONGOING_COLUMN = "deadline_ongoing"


def _arrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise VacancyParserError(
            "tables and Parquet need pyarrow: pip install 'vacancy-parser[parquet]'"
        ) from None
    return pyarrow


def _arrow_type(pa: Any, annotation: Any) -> Any:
    """The Arrow type of a flat field, from its annotation."""
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
    """The Arrow schema of the flat record."""
    pa = _arrow()
    fields = []
    for name, info in FlatRecord.model_fields.items():
        if name == "deadline":
            fields.append(pa.field(name, pa.date32()))
            fields.append(pa.field(ONGOING_COLUMN, pa.bool_()))
        else:
            fields.append(pa.field(name, _arrow_type(pa, info.annotation)))
    return pa.schema(fields)


def columns_of(row: Mapping[str, Any]) -> dict[str, Any]:
    """A flat row as the table's columns: the deadline as a date, and whether ongoing."""
    out = dict(row)
    deadline = out.get("deadline")
    out[ONGOING_COLUMN] = deadline == ONGOING if deadline is not None else None
    out["deadline"] = None if deadline in (None, ONGOING) else _date(deadline)
    return out


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _from_columns(row: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: row.get(k) for k in FLAT_KEYS}
    deadline = out.get("deadline")
    if isinstance(deadline, dt.date):
        out["deadline"] = deadline.isoformat()
    elif row.get(ONGOING_COLUMN):
        out["deadline"] = ONGOING
    for key in ("languages", "grade_codes"):
        out[key] = list(out.get(key) or [])
    return out


def arrow_table(rows: Iterable[Mapping[str, Any]]) -> Any:
    """Flat rows (dicts with the CONTRACT keys) as one Arrow table with the fixed schema."""
    pa = _arrow()
    return pa.Table.from_pylist([columns_of(r) for r in rows], schema=flat_schema())


def _flat(item: ParseResult | FlatRecord | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(item, ParseResult):
        return item.flat.model_dump(mode="json")
    if isinstance(item, FlatRecord):
        return item.model_dump(mode="json")
    return item


def to_arrow(items: Iterable[ParseResult | FlatRecord | Mapping[str, Any]]) -> Any:
    """Parse results, flat records or flat dicts as a ``pyarrow.Table`` (the flat schema)."""
    return arrow_table(_flat(item) for item in items)


def to_pandas(items: Iterable[ParseResult | FlatRecord | Mapping[str, Any]]) -> Any:
    """The same as a pandas DataFrame with Arrow-backed, nullable columns (needs pandas)."""
    try:
        import pandas as pd
    except ImportError:
        raise VacancyParserError(
            "to_pandas needs pandas: pip install 'vacancy-parser[pandas]'"
        ) from None
    return to_arrow(items).to_pandas(types_mapper=pd.ArrowDtype)


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


def read_flat(path: str | Path) -> Iterator[dict[str, Any]]:
    """The flat records of an output file (JSONL, CSV or Parquet), as JSONL holds them."""
    suffix = Path(path).suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches():
            yield from (_from_columns(row) for row in batch.to_pylist())
    elif suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield _from_csv(row)
    else:
        with open(path, encoding="utf-8") as handle:
            yield from (json.loads(line) for line in handle if line.strip())


def _from_csv(row: Mapping[str, str]) -> dict[str, Any]:
    """A CSV row typed back by the flat model: empty cells are null, lists split on ``;``."""
    values: dict[str, Any] = {}
    for key, info in FlatRecord.model_fields.items():
        cell = row.get(key, "")
        if get_origin(info.annotation) is list:
            values[key] = cell.split(LIST_SEPARATOR) if cell else []
        else:
            values[key] = cell if cell != "" else None
    return FlatRecord.model_validate(values).model_dump(mode="json")
