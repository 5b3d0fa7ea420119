"""Records made elsewhere: a rich :class:`Record`, a mapping (flat or rich, told apart by
its shape) or JSON text of either. Nothing a caller passes makes this raise; what
cannot be read becomes an issue."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any

from ..fields.base import Finding
from ..model import FlatRecord, Record
from .codes import INPUT_NOT_JSON, INPUT_NOT_OBJECT, INPUT_NOT_UTF8, INPUT_TOO_DEEP
from .flat import flat_findings, json_type
from .rich import rich_findings

# Keys only a rich record has; a flat record never holds a ``{"en": …, "fr": …}`` value.
RICH_KEYS = frozenset(Record.model_fields) - frozenset(FlatRecord.model_fields)
_HALVES = frozenset({"en", "fr"})
_SCALARS = (str, int, float, list, type(None))


def is_rich(data: Mapping[str, Any]) -> bool:
    """Whether a mapping has the rich record's shape (a key or a value only it has)."""
    if not RICH_KEYS.isdisjoint(data):
        return True
    return any(
        type(v) is dict or (not isinstance(v, _SCALARS) and isinstance(v, Mapping))
        for v in data.values()
    ) and any(isinstance(v, Mapping) and not _HALVES.isdisjoint(v) for v in data.values())


def findings_of(obj: object) -> list[Finding]:
    """What is wrong with ``obj``, whatever it is."""
    if isinstance(obj, Record):
        return rich_findings(obj.model_dump())
    if isinstance(obj, (str, bytes, bytearray)):
        parsed, problem = parse_json(obj)
        if problem is not None:
            return [problem]
        obj = parsed
    if not isinstance(obj, Mapping):
        return [INPUT_NOT_OBJECT.finding(None, pointer="", got=json_type(obj))]
    return rich_findings(obj) if is_rich(obj) else flat_findings(obj)


def parse_json(text: str | bytes | bytearray) -> tuple[Any, Finding | None]:
    """The value of JSON text, or what keeps it from being read (never an exception)."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return None, INPUT_NOT_UTF8.finding(None, pointer="", byte=exc.start + 1)
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, INPUT_NOT_JSON.finding(
            None, pointer="", detail=exc.msg, line=exc.lineno, column=exc.colno
        )
    except RecursionError:  # the decoder stops at the interpreter's recursion limit
        return None, INPUT_TOO_DEEP.finding(None, pointer="", depth=sys.getrecursionlimit())
    except ValueError as exc:  # an integer of more digits than Python converts
        return None, INPUT_NOT_JSON.finding(None, pointer="", detail=str(exc), line=1, column=1)
