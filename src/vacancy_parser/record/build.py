"""Assemble the rich record from the layout and the field modules."""

from __future__ import annotations

import math
from typing import Any

from ..document import Document
from ..fields import registry
from ..fields.base import FieldContext, IssueCode
from ..layout.analyse import Analysis, HalfLayout, SectionBlock
from ..layout.family import recognise
from ..layout.kind import signs
from ..layout.labels import UNMAPPED
from ..layout.paragraphs import repair
from ..model import Issue, Kind, Layout, Record, Span
from .kind import weigh

# No salary, year count or report count comes near this; a bigger number was misread.
MAX_NUMBER = 1e12
VALUE_OUT_OF_RANGE = IssueCode(
    "value_out_of_range",
    "warning",
    "A number too large to be meant, or not finite, was read; it was dropped.",
)


def build_record(doc: Document, analysis: Analysis, kind: Kind | None = None) -> Record:
    """The record of one page; its kind is weighed from all the evidence unless ``kind``
    says what it is (a user's override)."""
    # What the source read past (PDF pages without text) stays on the record as issues.
    read: list[Issue] = [
        Issue(code=code, severity="warning", field=None, message=message)
        for code, message in doc.warnings
    ]
    values, dropped = _values(doc, analysis)
    weighed, confidence, evidence = weigh(signs(analysis), values)
    if kind is None:
        kind = weighed
    else:
        confidence = 1.0
    if kind == "not_vacancy":
        return Record(
            source=doc.name,
            kind=kind,
            kind_confidence=confidence,
            kind_evidence=evidence,
            issues=read,
        )
    data: dict[str, Any] = {
        "source": doc.name,
        "kind": kind,
        "kind_confidence": confidence,
        "kind_evidence": evidence,
        "layout": _layout(analysis),
        "family": recognise(analysis),
        "languages": analysis.languages,
        "halves": [{"lang": h.lang, "span": _span(doc, h.start, h.end)} for h in analysis.halves],
        "sections": _pair_sections(doc, analysis.halves),
        "other_labels": _other_labels(doc, analysis),
        "embedded": doc.metadata.get("jsonld"),
        # A number dropped as out of range matters only where values are reported.
        "issues": read + dropped,
        **values,
    }
    return Record.model_validate(data)


def _other_labels(doc: Document, analysis: Analysis) -> list[dict[str, Any]]:
    """Labels no field maps, with their values, as printed (source offsets)."""
    out = []
    for hit in analysis.labels:
        if hit.key == UNMAPPED and hit.has_value:
            label, label_span = doc.raw(hit.label_start, hit.label_end)
            value, value_span = doc.raw(hit.value_start, hit.value_end)
            out.append(
                {"label": label, "value": value, "label_span": label_span, "value_span": value_span}
            )
    return out


def _values(doc: Document, analysis: Analysis) -> tuple[dict[str, dict[str, Any]], list[Issue]]:
    """Every field module's values in every half, by record attribute and language; and an
    issue for each number out of any sensible range, which is dropped (a 400-digit salary
    would be ``inf``, which no JSON reader accepts)."""
    data: dict[str, dict[str, Any]] = {}
    dropped: list[Issue] = []
    for half in analysis.halves:
        ctx = FieldContext(doc, half)
        for spec in registry():
            for key, found in spec.extract(ctx).items():
                if isinstance(found.value, str) and not found.value.strip():
                    continue  # a label's value that was only punctuation ("|"), cleaned away
                # ``attr:lang`` names a value the half states for the other language.
                attr, _, lang = key.partition(":")
                lang = lang or half.lang
                slot = data.setdefault(attr, {})
                if lang in slot:
                    continue
                raw, span = doc.raw(found.start, found.end)
                part, bad = _out_of_range(found.value)
                if part is not None:
                    dropped.append(
                        VALUE_OUT_OF_RANGE.issue(
                            attr,
                            f"{raw[:40]!r} ({lang} half) is out of range for {attr}; "
                            "the value was dropped",
                            [Span(**span)],
                            pointer=f"/{attr}/{lang}/value{part}",
                            # JSON has no inf or nan: such a number is named, not written.
                            value=bad if isinstance(bad, int) or math.isfinite(bad) else str(bad),
                        )
                    )
                    continue
                slot[lang] = {
                    "value": _as_printed(found.value, raw),
                    "raw": raw,
                    "span": span,
                    "rule": found.rule,
                }
    return data, dropped


def _as_printed(value: object, raw: str) -> object:
    """A text value with its apostrophes as printed: the working text makes them straight
    (one form to match), a value keeps the page's ("Cour de justice de l’Union
    européenne"). Only when the page prints no straight one, so none is guessed."""
    if isinstance(value, str) and "'" in value and "\u2019" in raw and "'" not in raw:
        return value.replace("'", "\u2019")
    return value


def out_of_range(number: object) -> bool:
    """A number (not a flag) that is not finite or beyond :data:`MAX_NUMBER`."""
    return (
        isinstance(number, (int, float))
        and not isinstance(number, bool)
        and (not math.isfinite(number) or abs(number) > MAX_NUMBER)
    )


def _out_of_range(value: object) -> tuple[str | None, float]:
    """Where a number out of range lies in a value (``""`` itself, ``/amount`` of a
    salary…) and the number; ``(None, 0)`` when none is."""
    for part, number in (
        ("/amount", getattr(value, "amount", None)),
        ("/amount_max", getattr(value, "amount_max", None)),
        ("", value),
    ):
        if out_of_range(number):
            assert isinstance(number, (int, float))
            return part, number
    return None, 0.0


def _layout(analysis: Analysis) -> Layout:
    langs = [h.lang for h in analysis.halves]
    if langs == ["en", "fr"]:
        return "en_fr"
    if langs == ["fr", "en"]:
        return "fr_en"
    if len(langs) == 1:
        return langs[0]
    return "unknown"


def _span(doc: Document, start: int, end: int) -> dict[str, Any]:
    return doc.span_data(start, end)


def _section(doc: Document, block: SectionBlock) -> dict[str, Any]:
    heading = block.heading
    return {
        "number": heading.number,
        "key": heading.key,
        "heading": doc.text[heading.start : heading.end].strip(),
        "heading_span": _span(doc, heading.start, heading.end),
        "text": "\n\n".join(repair(doc.text[block.body_start : block.end])),
        "span": _span(doc, heading.start, block.end),
        "items": [
            {
                "text": doc.text[item.start : item.end],
                "span": _span(doc, item.start, item.end),
                "group": item.group,
            }
            for item in block.items
        ],
    }


def _pair_sections(doc: Document, halves: list[HalfLayout]) -> list[dict[str, Any]]:
    """Pair sections by heading key, else by number; unpaired ones stand alone."""
    pairs: list[dict[str, Any]] = []
    for half in halves:
        for block in half.sections:
            heading = block.heading
            pair = next(
                (
                    p
                    for p in pairs
                    if half.lang not in p
                    and (
                        (heading.key is not None and p["key"] == heading.key)
                        or (
                            heading.key is None
                            and heading.number is not None
                            and p["number"] == heading.number
                        )
                    )
                ),
                None,
            )
            if pair is None:
                pair = {"key": heading.key, "number": heading.number}
                pairs.append(pair)
            pair[half.lang] = _section(doc, block)
    return pairs
