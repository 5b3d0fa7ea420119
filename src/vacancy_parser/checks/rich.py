"""Validate a rich record made elsewhere (a JSON object in the :class:`Record` shape).

Model errors become findings at their JSON pointer; the offending value (the
half that states it, or the key) is then set aside and the rest validated
again, so that every other key is still checked. Numbers that are not finite
are found before the model sees them (it would accept ``nan``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from ..fields.base import Finding, IssueCode, pointer
from ..fields.contract import CODES as CONTRACT_CODES
from ..fields.salary import CODES as SALARY_CODES
from ..model import Bilingual, Record
from ..record.build import VALUE_OUT_OF_RANGE, out_of_range
from .codes import INPUT_TOO_DEEP, KIND_UNKNOWN, RECORD_INVALID
from .flat import json_type, shown
from .validate import findings as record_findings

BILINGUAL: frozenset[str] = frozenset(
    name
    for name, field in Record.model_fields.items()
    if isinstance(field.annotation, type) and issubclass(field.annotation, Bilingual)
)
# A record is a few levels deep; its embedded JSON-LD a few more.
MAX_DEPTH = 64
# Where a value outside its table has its own code (pydantic's path without the half).
_TABLE_CODES: dict[tuple[str, ...], IssueCode] = {
    ("kind",): KIND_UNKNOWN,
    ("salary", "value", "period"): SALARY_CODES[3],
    ("contract_type", "value"): CONTRACT_CODES[2],
}
_ROUNDS = 3


def rich_findings(data: Mapping[str, Any]) -> list[Finding]:
    """Findings of one rich record given as a mapping, pointers into it."""
    values = dict(data)
    found = list(_numbers(values))
    for _ in range(_ROUNDS):
        try:
            record = Record.model_validate(values)
        except ValidationError as exc:
            for error in exc.errors():
                found.append(_model_finding(error))
                _set_aside(values, error["loc"])
            continue
        return found + record_findings(record)
    return found


def _model_finding(error: Any) -> Finding:
    loc = tuple(error["loc"])
    value = error.get("input")
    without_half = tuple(p for i, p in enumerate(loc) if not (i == 1 and p in ("en", "fr")))
    code = _TABLE_CODES.get(without_half) if error["type"] == "literal_error" else None
    field = str(loc[0]) if loc else None
    if code is not None:
        allowed = error.get("ctx", {}).get("expected", "")
        return code.finding(
            field, pointer=pointer(*loc), value=shown(value), allowed=str(allowed).replace("'", "")
        )
    return RECORD_INVALID.finding(
        field,
        pointer=pointer(*loc),
        value=shown(value),
        problem=error["type"],
        got=json_type(value),
    )


def _set_aside(values: dict[str, Any], loc: tuple[Any, ...]) -> None:
    """Drop what an error is about: the half of a field that states it, else the key; a
    bad ``kind`` is read as a notice's, so that the rest is checked."""
    if not loc:
        return
    key = loc[0]
    if key == "kind":
        values["kind"] = "vacancy"
    elif key in BILINGUAL and len(loc) > 1 and isinstance(values.get(key), Mapping):
        pair = dict(values[key])
        pair.pop(loc[1], None)
        values[key] = pair
    else:
        values.pop(key, None)


def _numbers(values: dict[str, Any]) -> Iterator[Finding]:
    """Numbers out of range (and values nested too deep), each set aside as
    :func:`_set_aside` does; walked without recursion, so depth cannot crash it."""
    for key in list(values):
        stack: list[tuple[tuple[Any, ...], Any]] = [((key,), values[key])]
        while stack:
            loc, value = stack.pop()
            if len(loc) > MAX_DEPTH:
                yield INPUT_TOO_DEEP.finding(
                    str(key), pointer=pointer(*loc[:MAX_DEPTH]), depth=MAX_DEPTH
                )
                _set_aside(values, loc)
                break
            if isinstance(value, Mapping):
                stack.extend(((*loc, k), v) for k, v in value.items())
            elif isinstance(value, list):
                stack.extend(((*loc, i), v) for i, v in enumerate(value))
            elif out_of_range(value):
                yield VALUE_OUT_OF_RANGE.finding(
                    str(key), pointer=pointer(*loc), value=shown(value)
                )
                _set_aside(values, loc)
