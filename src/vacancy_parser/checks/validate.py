"""Run every check over a record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..fields import registry
from ..model import Issue, Record, Section, Span
from .codes import ACRONYM, HALVES_DIFFER, LIST_LENGTH, SECTION_MISSING, compared_fields
from .jsonld import check_jsonld
from .source import source_issues

_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{2,7})s?\)")
_WORD = re.compile(r"\b[A-Z][A-Z0-9]{2,7}\b")


def validate(record: Record, text: str | None = None) -> list[Issue]:
    """All issues of ``record``: each field's own checks, then the cross-language ones.

    ``text`` is the text the record's spans point into; given, issues point at
    the exact characters (an acronym rather than its section).
    """
    issues: list[Issue] = source_issues(record)
    if record.kind != "vacancy":
        return issues
    for spec in registry():
        if spec.check is not None:
            issues.extend(spec.check(record))
    issues.extend(_halves_differ(record))
    if {h.lang for h in record.halves} == {"en", "fr"}:
        issues.extend(_sections(record))
        issues.extend(_acronyms(record, text))
    if record.embedded:
        issues.extend(check_jsonld(record, record.embedded))
    return issues


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


def _halves_differ(record: Record) -> Iterator[Issue]:
    for attr in compared_fields():
        pair = record.field(attr)
        if pair.en is None or pair.fr is None or _same(pair.en.value, pair.fr.value):
            continue
        yield HALVES_DIFFER.issue(
            attr,
            f"{attr}: English says {_show(pair.en.value)} ({pair.en.raw!r}), "
            f"French says {_show(pair.fr.value)} ({pair.fr.raw!r})",
            [pair.en.span, pair.fr.span],
        )


def _sections(record: Record) -> Iterator[Issue]:
    for pair in record.sections:
        name = pair.key or f"section {pair.number}"
        if pair.en is None or pair.fr is None:
            present = pair.en or pair.fr
            assert present is not None
            missing = "French" if pair.fr is None else "English"
            yield SECTION_MISSING.issue(
                "sections",
                f"{name} ({present.heading!r}) has no {missing} counterpart",
                [present.heading_span],
            )
            continue
        for group in sorted({i.group or "" for i in pair.en.items + pair.fr.items}):
            en = [i for i in pair.en.items if (i.group or "") == group]
            fr = [i for i in pair.fr.items if (i.group or "") == group]
            if en and fr and len(en) != len(fr):
                label = f"{name} {group}".strip()
                yield LIST_LENGTH.issue(
                    "sections",
                    f"{label}: {len(en)} items in English, {len(fr)} in French",
                    [pair.en.span, pair.fr.span],
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


def _acronyms(record: Record, text: str | None) -> Iterator[Issue]:
    """A French acronym one letter away from the English one of the same section.

    Translated acronyms (IMS/EMI, ICT/TIC) differ by more than one letter or
    by order, so only a one-letter substitution of an acronym the English half
    never uses is reported: ``(DPPC)`` against ``(DPDC)``.
    """
    en_words: set[str] | None = None
    for pair in record.sections:
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
                    yield ACRONYM.issue(
                        "sections",
                        f"{pair.key or pair.number}: English ({en_acr}) is ({fr_acr}) in French",
                        [en[en_acr], fr[fr_acr]],
                    )
