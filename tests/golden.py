"""Golden fixtures: a notice beside the reviewable JSON view of what ``parse`` must make of it.

A case is ``fixtures/golden/NAME.txt`` (the input, bytes exactly as written) and
``fixtures/golden/NAME.expected.json`` (its :func:`golden_view`). The view is
stable and small enough to review as a diff: kind, layout, languages, the flat
record, the issues (code, severity, field), every stated field of the rich
record per half (value, raw text, rule) and the section pairs (headings and
item counts per group). Spans are not in the view: the harness checks instead
that each one slices back to its raw text.

``python -m pytest tests/test_golden.py --update-golden`` rewrites the expected
files from the current output; review the diff before keeping it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vacancy_parser import Bilingual, Located, ParseResult, Record

GOLDEN_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "golden"
EXPECTED_SUFFIX = ".expected.json"
NO_GROUP = "-"


def case_names() -> list[str]:
    """Every golden case, by the stem of its input file."""
    return sorted(p.stem for p in GOLDEN_DIR.glob("*.txt"))


def input_path(name: str) -> Path:
    return GOLDEN_DIR / f"{name}.txt"


def expected_path(name: str) -> Path:
    return GOLDEN_DIR / f"{name}{EXPECTED_SUFFIX}"


def field_names(record: Record) -> list[str]:
    """The record's bilingual fields, in model order."""
    return [
        name for name in type(record).model_fields if isinstance(getattr(record, name), Bilingual)
    ]


def located_values(record: Record) -> Iterator[tuple[str, str, Located[Any]]]:
    """Every value the record states: ``(field, lang, located)``."""
    for name in field_names(record):
        pair = record.field(name)
        for lang in ("en", "fr"):
            located = getattr(pair, lang)
            if located is not None:
                yield name, lang, located


def _located_view(located: Located[Any]) -> dict[str, Any]:
    dumped = located.model_dump(mode="json")
    return {"value": dumped["value"], "raw": located.raw, "rule": located.rule}


def _item_counts(items: list[Any]) -> dict[str, int]:
    counts = Counter(item.group or NO_GROUP for item in items)
    return dict(sorted(counts.items()))


def golden_view(result: ParseResult) -> dict[str, Any]:
    """The reviewable view of one parse; JSON-ready (plain dicts, lists, str, numbers)."""
    record = result.record
    fields: dict[str, dict[str, Any]] = {}
    for name, lang, located in located_values(record):
        fields.setdefault(name, {})[lang] = _located_view(located)
    sections: list[dict[str, Any]] = []
    for pair in record.sections:
        view: dict[str, Any] = {
            "key": pair.key,
            "number": pair.number,
            "en": pair.en.heading if pair.en else None,
            "fr": pair.fr.heading if pair.fr else None,
        }
        items = {
            lang: _item_counts(section.items)
            for lang, section in (("en", pair.en), ("fr", pair.fr))
            if section is not None and section.items
        }
        if items:
            view["items"] = items
        sections.append(view)
    issues = sorted(
        ({"code": i.code, "severity": i.severity, "field": i.field} for i in result.issues),
        key=lambda i: (i["code"], i["field"] or "", i["severity"]),
    )
    view_all: dict[str, Any] = {
        "kind": record.kind,
        "layout": record.layout,
        "languages": list(record.languages),
        "flat": result.flat.model_dump(mode="json"),
        "issues": issues,
        "fields": fields,
        "sections": sections,
    }
    # Round-trip through JSON so that the view compares equal to a loaded expected file.
    loaded: dict[str, Any] = json.loads(dump(view_all))
    return loaded


def dump(view: dict[str, Any]) -> str:
    return json.dumps(view, ensure_ascii=False, indent=2) + "\n"


def load_expected(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(expected_path(name).read_text(encoding="utf-8"))
    return loaded


def span_mismatches(result: ParseResult) -> list[str]:
    """Every located value whose span does not slice back to its raw text."""
    bad: list[str] = []
    for name, lang, located in located_values(result.record):
        span = located.span
        sliced = result.text[span.start : span.end]
        if not 0 <= span.start <= span.end <= len(result.text) or sliced != located.raw:
            bad.append(
                f"{name}.{lang}: text[{span.start}:{span.end}] = {sliced!r} != {located.raw!r}"
            )
    return bad
