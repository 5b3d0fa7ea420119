"""Direct and indirect reports: ``Direct reports: 6``, ``… indirect(e)s : sans objet`` -> 0."""

from __future__ import annotations

import re

from ..layout._vocab import fold
from ..model import Record
from .base import (
    NUMBER_WORDS,
    FieldContext,
    FieldSpec,
    Finding,
    Found,
    IssueCode,
    by_lang,
    pointer,
    strip_span,
)

LABELS = {
    "direct_reports": {
        "en": ["Direct reports", "Number of direct reports", "Direct Reports"],
        "fr": [
            "Nombre de subordonné(e)s direct(e)s",
            "Nombre de subordonnés directs",
            "Subordonné(e)s direct(e)s",
            "Subordonnés directs",
            "Nombre de rapports directs",
            "Rapports directs",
        ],
    },
    "indirect_reports": {
        "en": ["Indirect reports", "Number of indirect reports"],
        "fr": [
            "Nombre de subordonné(e)s indirect(e)s",
            "Nombre de subordonnés indirects",
            "Subordonné(e)s indirect(e)s",
            "Subordonnés indirects",
            "Nombre de rapports indirects",
            "Rapports indirects",
        ],
    },
}

# Ways of saying "none", folded.
NONE_WORDS = frozenset(
    {
        "n/a",
        "na",
        "none",
        "nil",
        "not applicable",
        "sans objet",
        "neant",
        "aucun",
        "aucune",
        "s/o",
        "-",
        "0",
    }
)


def normalise(raw: str) -> int | None:
    """``6`` -> 6, ``N/A`` / ``sans objet.`` -> 0, anything else -> ``None``."""
    text = fold(raw).strip(" .;,()")
    if text in NONE_WORDS:
        return 0
    m = re.match(r"\d{1,4}", text)
    if m:
        return int(m.group())
    return NUMBER_WORDS.get(text.split(" ")[0]) if text else None


# Inside a line ("…; Direct reports — "3"; Indirect reports — "N/A".").
_IN_TEXT = {
    key: re.compile(
        r"\b" + word + r"\s+reports\s*[:—–-]\s*[\"“]?(?P<value>\d{1,4}|N/?A|none|nil)\b", re.I
    )
    for key, word in (("direct_reports", "(?<!in)direct"), ("indirect_reports", "indirect"))
}


def extract(ctx: FieldContext) -> dict[str, Found[int]]:
    found: dict[str, Found[int]] = {}
    for key in ("direct_reports", "indirect_reports"):
        labelled = ctx.label_value(key)
        if labelled is not None:
            value, start, end = labelled
            count = normalise(value)
            if count is not None:
                s, e = strip_span(ctx.text, start, end, " .;,")
                found[key] = Found(count, s, e, "label")
                continue
        m = (
            _IN_TEXT[key].search(ctx.text, ctx.half.start, ctx.half.end)
            if ctx.mentions("reports")
            else None
        )
        if m is not None and (count := normalise(m.group("value"))) is not None:
            found[key] = Found(count, m.start("value"), m.end("value"), "running_text")
    return found


# Head words naming these fields in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "direct_reports": {
        "en": ["direct reports", "number of direct reports"],
        "fr": ["subordonnes directs", "rapports directs", "nombre de rapports directs"],
    },
    "indirect_reports": {
        "en": ["indirect reports", "number of indirect reports"],
        "fr": ["subordonnes indirects", "rapports indirects", "nombre de rapports indirects"],
    },
}


CODES = (
    IssueCode(
        "reports_out_of_range", "error", "A number of direct or indirect reports is negative."
    ),
)


def check(record: Record) -> list[Finding]:
    return [
        CODES[0].finding(attr, [located.span], pointer=pointer(attr, lang, "value"), value=value)
        for attr in ("direct_reports", "indirect_reports")
        for lang, located in by_lang(record.field(attr))
        if (value := located.value) < 0
    ]


FIELD = FieldSpec(
    name="reports",
    attrs=("direct_reports", "indirect_reports"),
    extract=extract,
    labels=LABELS,
    codes=CODES,
    check=check,
    body_labels=True,
    heads=HEADS,
)
