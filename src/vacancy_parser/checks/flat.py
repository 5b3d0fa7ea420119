"""Validate a flat record made elsewhere (CONTRACT.md keys), with the same checks.

A data pipeline that builds records without parsing gets the same issue codes:
the flat values are placed in a rich record (as stated by one half, without
spans) and every single-value check runs on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from ..model import FlatRecord, Issue, Record, Span
from ..record.build import VALUE_OUT_OF_RANGE, out_of_range
from .codes import FLAT_INVALID
from .validate import validate

_LEVEL = re.compile(r"(?P<lang>[a-z]+):(?P<level>\S+)")
_NOWHERE = Span(start=0, end=0)


def validate_flat(data: Mapping[str, Any]) -> list[Issue]:
    """Issues of one flat record; type errors come back as ``flat_invalid`` issues, and a
    number that is not finite or far out of range as ``value_out_of_range`` (the code the
    parser uses for a number it drops)."""
    values = dict(data)
    dropped: list[Issue] = []
    for key, value in data.items():
        if out_of_range(value):
            dropped.append(VALUE_OUT_OF_RANGE.issue(key, f"{key} = {value!r} is out of range"))
            values[key] = None
    try:
        flat = FlatRecord.model_validate(values)
    except ValidationError as exc:
        return dropped + [
            FLAT_INVALID.issue(".".join(str(p) for p in err["loc"]) or None, err["msg"])
            for err in exc.errors()
        ]
    return dropped + validate(record_from_flat(flat))


def _raw(value: Any) -> str:
    if isinstance(value, list):
        return "/".join(map(str, value))
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v is not None)
    return str(value)


def record_from_flat(flat: FlatRecord) -> Record:
    """A rich record whose fields are the flat values, as stated by the English half."""
    values: dict[str, Any] = {
        "reference": flat.reference,
        "organisation": flat.organisation,
        "location": flat.location,
        "deadline": flat.deadline,
        "clearance": flat.clearance,
        "grades": flat.grade_codes or None,
        "direct_reports": flat.direct_reports,
        "indirect_reports": flat.indirect_reports,
        "contract_type": flat.contract_type,
        "contract_years": flat.contract_years,
        "contract_renewal_years": flat.contract_renewal_years,
        "contract_max_years": flat.contract_max_years,
        "contract_indefinite_possible": flat.contract_indefinite_possible,
    }
    if flat.salary_amount is not None:
        values["salary"] = {
            "amount": flat.salary_amount,
            "currency": flat.salary_currency,
            "period": flat.salary_period,
        }
    if flat.language_requirement:
        values["language_requirement"] = {
            "levels": [
                m.groupdict() | {"language": m.group("lang")}
                for m in _LEVEL.finditer(flat.language_requirement)
            ]
        }
    data: dict[str, Any] = {"source": flat.source, "kind": flat.kind, "languages": flat.languages}
    for attr, value in values.items():
        if value is not None:
            data[attr] = {
                "en": {"value": value, "raw": _raw(value), "span": _NOWHERE, "rule": "flat"}
            }
    title = {"en": flat.title_en, "fr": flat.title_fr}
    data["title"] = {
        lang: {"value": t, "raw": t, "span": _NOWHERE, "rule": "flat"}
        for lang, t in title.items()
        if t
    }
    return Record.model_validate(data)
