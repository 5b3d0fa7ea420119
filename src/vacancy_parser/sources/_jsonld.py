"""schema.org JobPosting JSON-LD embedded in a page, projected onto the record's terms.

Boards write this data carelessly: invalid JSON (raw line breaks in strings,
trailing commas, HTML comments around it), arrays, ``@graph`` containers,
values as strings, numbers or nested objects. Whatever cannot be read is
skipped; nothing here raises.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$|;\s*$")
_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")
_PERIODS = {
    "MONTH": "month",
    "MONTHLY": "month",
    "YEAR": "year",
    "YEARLY": "year",
    "ANNUAL": "year",
    "DAY": "day",
    "DAILY": "day",
    "HOUR": "hour",
    "HOURLY": "hour",
}


# A JobPosting sits at most a few lists and graphs deep.
_MAX_DEPTH = 8


def job_posting(scripts: Iterable[str]) -> dict[str, Any] | None:
    """The projection of the first JobPosting in ``scripts`` (JSON-LD texts), if any."""
    for script in scripts:
        data = _load(script)
        if data is None:
            continue
        posting = next((obj for obj in _objects(data) if _is_job_posting(obj)), None)
        if posting is not None:
            return project(posting)
    return None


def project(posting: dict[str, Any]) -> dict[str, Any]:
    """title, reference, organisation, location, deadline, salary_*, date_posted: what is there."""
    out: dict[str, Any] = {
        "title": _text(posting.get("title") or posting.get("name")),
        "reference": _text(_value(posting.get("identifier"))),
        "organisation": _text(_name(posting.get("hiringOrganization"))),
        "location": _location(posting.get("jobLocation")),
        "deadline": _date(posting.get("validThrough")),
        "date_posted": _date(posting.get("datePosted")),
    }
    out.update(_salary(posting.get("baseSalary")))
    return {key: value for key, value in out.items() if value is not None}


def _load(script: str) -> Any:
    text = _WRAPPER.sub("", script.strip())
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
        except RecursionError:
            return None  # nested past any real JSON-LD: a hostile page, not a posting
    return None


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"), depth + 1)


def _is_job_posting(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(n, str) and re.split(r"[/:#]", n)[-1] == "JobPosting" for n in names)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _value(value: Any) -> Any:
    value = _first(value)
    return value.get("value") if isinstance(value, dict) else value


def _name(value: Any) -> Any:
    value = _first(value)
    return value.get("name") if isinstance(value, dict) else value


def _text(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = " ".join(html.unescape(str(value)).split())
    return text or None


def _location(value: Any) -> str | None:
    place = _first(value)
    address = place.get("address") if isinstance(place, dict) else place
    address = _first(address)
    if not isinstance(address, dict):
        return _text(address)
    parts = [_text(address.get("addressLocality")), _text(_name(address.get("addressCountry")))]
    return ", ".join(p for p in parts if p) or None


def _date(value: Any) -> str | None:
    m = _DATE.match(value) if isinstance(value, str) else None
    return m.group(1) if m else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").replace(" ", ""))
        except ValueError:
            return None
    return None


def _salary(value: Any) -> dict[str, Any]:
    salary = _first(value)
    if not isinstance(salary, dict):
        amount = _number(salary)
        return {"salary_amount": amount} if amount is not None else {}
    quantity = salary.get("value")
    unit: Any = salary.get("unitText")
    if isinstance(quantity, dict):
        amount = _number(quantity.get("value"))
        if amount is None:
            amount = _number(quantity.get("minValue"))
        unit = quantity.get("unitText") or unit
    else:
        amount = _number(quantity)
    out: dict[str, Any] = {}
    if amount is not None:
        out["salary_amount"] = amount
    currency = _text(
        salary.get("currency") or (quantity or {}).get("currency")
        if isinstance(quantity, dict)
        else salary.get("currency")
    )
    if currency:
        out["salary_currency"] = currency.upper()
    if isinstance(unit, str) and unit.strip().upper().rstrip("LY") in _PERIODS:
        out["salary_period"] = _PERIODS[unit.strip().upper().rstrip("LY")]
    return out
