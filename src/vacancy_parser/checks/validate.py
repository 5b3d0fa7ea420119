"""Run every check over a record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..fields import registry
from ..fields.base import Finding, pointer
from ..model import Issue, Record, Section, Span
from .codes import ACRONYM, HALVES_DIFFER, LIST_LENGTH, SECTION_MISSING, compared_fields
from .jsonld import check_jsonld
from .messages import MessageLang, render
from .source import source_findings

_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{2,7})s?\)")
_WORD = re.compile(r"\b[A-Z][A-Z0-9]{2,7}\b")


def validate(record: Record, text: str | None = None, lang: MessageLang = "en") -> list[Issue]:
    """All issues of ``record``, worded in ``lang``: each field's own checks, then the
    cross-language ones.

    ``text`` is the text the record's spans point into; given, issues point at
    the exact characters (an acronym rather than its section).
    """
    return [render(f, lang) for f in findings(record, text)]


def findings(record: Record, text: str | None = None) -> list[Finding]:
    """What the checks find in ``record``, before it is worded."""
    found: list[Finding] = source_findings(record)
    if record.kind != "vacancy":
        return found
    for spec in registry():
        if spec.check is not None:
            found.extend(spec.check(record))
    found.extend(_halves_differ(record))
    if {h.lang for h in record.halves} == {"en", "fr"}:
        found.extend(_sections(record))
        found.extend(_acronyms(record, text))
    if record.embedded:
        found.extend(check_jsonld(record, record.embedded))
    return found


def _same(a: Any, b: Any) -> bool:
    if hasattr(a, "canonical") and hasattr(b, "canonical"):
        return bool(a.canonical() == b.canonical())
    if isinstance(a, list) and isinstance(b, list):
        return set(a) == set(b)
    if isinstance(a, float) or isinstance(b, float):
        return abs(float(a) - float(b)) < 0.005
    return bool(a == b)


def _show(value: Any) -> str:
    canonical = getattr(value, "canonical", None)
    if callable(canonical):
        return str(canonical())
    if hasattr(value, "model_dump"):
        return ", ".join(f"{k}={v}" for k, v in value.model_dump(exclude_none=True).items())
    return str(value)


def _halves_differ(record: Record) -> Iterator[Finding]:
    for attr in compared_fields():
        pair = record.field(attr)
        if pair.en is None or pair.fr is None or _same(pair.en.value, pair.fr.value):
            continue
        yield HALVES_DIFFER.finding(
            attr,
            [pair.en.span, pair.fr.span],
            pointer=pointer(attr, "fr", "value"),
            value=_jsonable(pair.fr.value),
            attr=attr,
            en=_show(pair.en.value),
            en_raw=pair.en.raw,
            fr=_show(pair.fr.value),
            fr_raw=pair.fr.raw,
        )


def _jsonable(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    return dump(mode="json") if callable(dump) else value


def _sections(record: Record) -> Iterator[Finding]:
    for index, pair in enumerate(record.sections):
        name = pair.key or f"section {pair.number}"
        if pair.en is None or pair.fr is None:
            present = pair.en or pair.fr
            assert present is not None
            missing = "fr" if pair.fr is None else "en"
            yield SECTION_MISSING.finding(
                "sections",
                [present.heading_span],
                pointer=pointer("sections", index, missing),
                name=name,
                heading=present.heading,
                missing=missing,
            )
            continue
        for group in sorted({i.group or "" for i in pair.en.items + pair.fr.items}):
            en = [i for i in pair.en.items if (i.group or "") == group]
            fr = [i for i in pair.fr.items if (i.group or "") == group]
            if en and fr and len(en) != len(fr):
                yield LIST_LENGTH.finding(
                    "sections",
                    [pair.en.span, pair.fr.span],
                    pointer=pointer("sections", index, "fr", "items"),
                    label=f"{name} {group}".strip(),
                    en=len(en),
                    fr=len(fr),
                )


def _acronym_spans(section: Section, text: str | None) -> dict[str, Span]:
    """Acronyms in parentheses, each with its first place in the text (else the section)."""
    found: dict[str, Span] = {}
    for m in _ACRONYM.finditer(section.text):
        acronym = m.group(1)
        if acronym in found:
            continue
        span = section.span
        at = text.find(m.group(), span.start, span.end) if text is not None else -1
        found[acronym] = Span(start=at, end=at + len(m.group())) if at >= 0 else span
    return found


def _acronyms(record: Record, text: str | None) -> Iterator[Finding]:
    """A French acronym one letter away from the English one of the same section.

    Translated acronyms (IMS/EMI, ICT/TIC) differ by more than one letter or
    by order, so only a one-letter substitution of an acronym the English half
    never uses is reported: ``(DPPC)`` against ``(DPDC)``.
    """
    en_words: set[str] | None = None
    for index, pair in enumerate(record.sections):
        if pair.en is None or pair.fr is None:
            continue
        en = _acronym_spans(pair.en, text)
        fr = _acronym_spans(pair.fr, text)
        for fr_acr in fr:
            if fr_acr in en:
                continue
            for en_acr in en:
                if en_acr in fr or len(en_acr) != len(fr_acr):
                    continue
                if sum(a != b for a, b in zip(en_acr, fr_acr, strict=True)) != 1:
                    continue
                if en_words is None:  # read the English text only for a real candidate
                    en_words = set(
                        _WORD.findall(" ".join(p.en.text for p in record.sections if p.en))
                    )
                if fr_acr not in en_words:
                    yield ACRONYM.finding(
                        "sections",
                        [en[en_acr], fr[fr_acr]],
                        pointer=pointer("sections", index, "fr", "text"),
                        value=fr_acr,
                        name=pair.key or pair.number,
                        en=en_acr,
                        fr=fr_acr,
                    )
