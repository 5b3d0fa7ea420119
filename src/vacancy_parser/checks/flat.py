"""Validate a flat record made elsewhere (CONTRACT.md keys), with the same checks.

Each key is checked on its own against a rule derived from the flat model's
annotation (so that one bad key never hides another), then the good values are
placed in a rich record (as stated by the English half, without spans) and every
single-value check runs on it; pointers are then given back in flat keys.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..fields.base import Finding, IssueCode, pointer
from ..fields.contract import CODES as CONTRACT_CODES
from ..fields.salary import CODES as SALARY_CODES
from ..model import (
    Bilingual,
    FlatRecord,
    LanguageLevel,
    LanguageRequirement,
    Located,
    Record,
    Salary,
    Span,
)
from ..record.build import VALUE_OUT_OF_RANGE, out_of_range
from .codes import FLAT_INVALID, FLAT_UNKNOWN_KEY, KIND_UNKNOWN
from .validate import findings as record_findings

# Keys whose value is one of a table, and the code a value outside it raises.
ENUM_CODES: dict[str, IssueCode] = {
    "kind": KIND_UNKNOWN,
    "salary_period": SALARY_CODES[3],
    "contract_type": CONTRACT_CODES[2],
}
# Keys written by batch conversion (CONTRACT.md: not scored) when the model lacks them.
BATCH_KEYS = ("source_path", "duplicate_of")

Shape = Literal["str", "list", "number", "int", "bool", "enum", "other"]


@dataclass(frozen=True, slots=True)
class KeyRule:
    """What one flat key may hold: its shape, whether null is allowed, its table."""

    shape: Shape
    nullable: bool
    expected: str
    allowed: tuple[str, ...] = ()
    adapter: TypeAdapter[Any] | None = None


def _rule(annotation: Any) -> KeyRule:
    args = get_args(annotation)
    nullable = get_origin(annotation) in (Union, types.UnionType) and type(None) in args
    inner = [a for a in args if a is not type(None)] if nullable else [annotation]
    base = inner[0] if len(inner) == 1 else None
    null = " or null" if nullable else ""
    if get_origin(base) is Literal:
        allowed = tuple(str(a) for a in get_args(base))
        return KeyRule("enum", nullable, "one of " + "|".join(allowed) + null, allowed)
    simple: dict[Any, tuple[Shape, str]] = {
        str: ("str", "a string"),
        float: ("number", "a number"),
        int: ("int", "a whole number"),
        bool: ("bool", "true or false"),
        list[str]: ("list", "a list of strings"),
    }
    if base in simple:
        shape, expected = simple[base]
        return KeyRule(shape, nullable, expected + null)
    return KeyRule("other", nullable, str(annotation), adapter=TypeAdapter(annotation))


RULES: dict[str, KeyRule] = {
    key: _rule(field.annotation) for key, field in FlatRecord.model_fields.items()
}
for _key in BATCH_KEYS:
    RULES.setdefault(_key, KeyRule("str", True, "a string or null"))


def json_type(value: Any) -> str:
    """The JSON name of a value's type, for messages: ``string``, ``array``…"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def shown(value: Any) -> Any:
    """An offending value as an issue carries it: JSON scalars as they are, a number JSON
    cannot hold by name (``"nan"``), a container by its type."""
    if isinstance(value, float) and out_of_range(value):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return json_type(value)


def _invalid(key: str, rule: KeyRule, value: Any, where: str | None = None) -> Finding:
    return FLAT_INVALID.finding(
        key,
        pointer=where or pointer(key),
        value=shown(value),
        key=key,
        expected=rule.expected,
        got=json_type(value) if not isinstance(value, str) else repr(value[:80]),
    )


_NUMERIC = frozenset({"number", "int", "other"})


def check_key(key: str, rule: KeyRule, value: Any) -> tuple[Any, Finding | None]:
    """The value to keep for ``key`` (a bad one becomes null), and what is wrong with it."""
    if value is None:
        if rule.nullable:
            return None, None
        return None, _invalid(key, rule, value)
    shape = rule.shape
    if shape in _NUMERIC and out_of_range(value):
        return None, VALUE_OUT_OF_RANGE.finding(key, pointer=pointer(key), value=shown(value))
    if shape == "str":
        ok = isinstance(value, str)
    elif shape == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif shape == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
        if isinstance(value, float) and value.is_integer():
            return int(value), None
    elif shape == "bool":
        ok = isinstance(value, bool)
    elif shape == "list":
        if not isinstance(value, list):
            return None, _invalid(key, rule, value)
        for index, item in enumerate(value):
            if not isinstance(item, str):
                return None, _invalid(key, rule, item, pointer(key, index))
        return value, None
    elif shape == "enum":
        if not isinstance(value, str):
            return None, _invalid(key, rule, value)
        if value in rule.allowed:
            return value, None
        code = ENUM_CODES.get(key, FLAT_INVALID)
        return None, code.finding(
            key, pointer=pointer(key), value=value, key=key, allowed=", ".join(rule.allowed)
        )
    else:
        assert rule.adapter is not None
        try:
            return rule.adapter.validate_python(value), None
        except ValidationError:
            return None, _invalid(key, rule, value)
    return (value, None) if ok else (None, _invalid(key, rule, value))


def flat_findings(data: Mapping[str, Any]) -> list[Finding]:
    """Findings of one flat record, with pointers in its own keys (``/grade_codes/1``)."""
    values: dict[str, Any] = {}
    found: list[Finding] = []
    for key, value in data.items():
        rule = RULES.get(key) if isinstance(key, str) else None
        if rule is None:
            found.append(
                FLAT_UNKNOWN_KEY.finding(
                    None, pointer=pointer(key), value=shown(value), key=str(key)
                )
            )
            continue
        kept, problem = check_key(key, rule, value)
        if problem is not None:
            found.append(problem)
        values[key] = kept
    if "kind" not in data:
        found.append(
            FLAT_INVALID.finding(
                "kind",
                pointer="/kind",
                key="kind",
                expected=RULES["kind"].expected,
                got="nothing (the key is missing)",
            )
        )
    # A record of unknown kind is checked as a notice, so that its values are checked too.
    values["kind"] = values.get("kind") or "vacancy"
    record = record_from_flat(values)
    for finding in record_findings(record):
        found.append(_in_flat_keys(finding))
    return found


_SALARY_PARTS = frozenset({"amount", "currency", "period"})


def _in_flat_keys(finding: Finding) -> Finding:
    """A finding on a record built from flat values, pointing at the flat key instead."""
    if not finding.pointer:
        return finding
    parts = finding.pointer.split("/")[1:]
    attr = parts[0]
    lang = parts[1] if len(parts) > 1 else "en"
    rest = parts[3:]
    if attr == "salary":
        part = rest[0] if rest and rest[0] in _SALARY_PARTS else "amount"
        where = f"/salary_{part}"
    elif attr == "title":
        where = f"/title_{lang}"
    elif attr == "grades":
        where = "/grade_codes" + "".join(f"/{p}" for p in rest[:1])
    else:
        where = "/" + attr
    return Finding(finding.rule, finding.field, finding.params, finding.spans, where, finding.value)


_NOWHERE = Span(start=0, end=0)
M = TypeVar("M", bound=BaseModel)


_set = object.__setattr__


def built(cls: type[M], values: dict[str, Any]) -> M:
    """A model of known-good values given for every field: what ``model_construct`` makes,
    without its pass over defaults, which cost most of a flat row's time (measured in
    benchmarks/validate.py). Only for values this module has checked."""
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


# Rows repeat most values (kind, clearance, currency, grades): their located values are
# built once and shared (checks never change a record). Bounded: cleared when full.
_SHARED: dict[tuple[str, Any], Bilingual[Any]] = {}
_SHARED_MAX = 4096


def _located(value: Any, raw: str, attr: str = "") -> Bilingual[Any]:
    key = (attr, tuple(value) if isinstance(value, list) else value)
    if attr:
        pair = _SHARED.get(key)
        if pair is not None:
            return pair
    located = built(Located, {"value": value, "raw": raw, "span": _NOWHERE, "rule": "flat"})
    pair = built(Bilingual, {"en": located, "fr": None})
    if attr:
        if len(_SHARED) >= _SHARED_MAX:
            _SHARED.clear()
        _SHARED[key] = pair
    return pair


# A record of no values: each flat record starts from a copy of it.
_EMPTY: dict[str, Any] = dict(Record(kind="vacancy").__dict__)
_LISTS = [k for k, v in _EMPTY.items() if isinstance(v, list)]


def record_from_flat(values: Mapping[str, Any]) -> Record:
    """A rich record whose fields are the (checked) flat values, as stated by the English
    half. The values are known good, so the models are built without validating again."""
    fields: dict[str, Any] = {
        attr: values.get(attr)
        for attr in (
            "reference",
            "organisation",
            "location",
            "deadline",
            "clearance",
            "direct_reports",
            "indirect_reports",
            "contract_type",
            "contract_years",
            "contract_renewal_years",
            "contract_max_years",
            "contract_indefinite_possible",
        )
    }
    data: dict[str, Any] = {}
    for attr, value in fields.items():
        if value is not None:
            data[attr] = _located(value, str(value), attr)
    grades = values.get("grade_codes")
    if grades:
        data["grades"] = _located(list(grades), "/".join(grades), "grades")
    if any(values.get(f"salary_{part}") is not None for part in _SALARY_PARTS):
        salary = {
            "amount": values.get("salary_amount"),
            "amount_max": None,
            "currency": values.get("salary_currency"),
            "period": values.get("salary_period"),
        }
        raw = " ".join(str(v) for v in salary.values() if v is not None)
        data["salary"] = _located(built(Salary, salary), raw)
    requirement = values.get("language_requirement")
    if requirement:
        levels = [
            {"language": lang, "level": level}
            for lang, _, level in (token.partition(":") for token in requirement.split())
        ]
        levels_built = tuple(built(LanguageLevel, lv | {"name": None}) for lv in levels)
        data["language_requirement"] = _located(
            built(LanguageRequirement, {"levels": levels_built}), requirement
        )
    title: dict[str, Any] = {}
    for lang in ("en", "fr"):
        text = values.get(f"title_{lang}")
        if text:
            title[lang] = Located.model_construct(value=text, raw=text, span=_NOWHERE, rule="flat")
    record_values = _EMPTY | data
    for key in _LISTS:
        record_values[key] = []
    record_values["source"] = values.get("source")
    record_values["kind"] = values["kind"]
    record_values["languages"] = list(values.get("languages") or [])
    if title:
        record_values["title"] = built(Bilingual, {"en": title.get("en"), "fr": title.get("fr")})
    return built(Record, record_values)
