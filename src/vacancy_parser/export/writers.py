"""Encoders for the line formats: JSONL (full, flat or JSON-LD) and CSV (flat).

Each works on one row at a time (a flat mapping, or the JSON text a worker made), so
that a run writes as it goes and never holds its records. Parquet: :mod:`.tables`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

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
