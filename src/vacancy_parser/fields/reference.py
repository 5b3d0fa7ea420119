"""The vacancy number: ``Vacancy Number: A03/0516``, ``STAFF VACANCY 250974``, ``Title (241656)``."""

from __future__ import annotations

import re

from .base import FieldContext, FieldSpec, Found, strip_span

LABELS = {
    "reference": {
        "en": [
            "Vacancy Number",
            "Vacancy No.",
            "Vacancy No",
            "Vacancy Reference",
            "Vacancy Ref",
            "Reference Number",
            "Reference",
            "Ref.",
            "Job ID",
            "Vacancy Notice Number",
            "Job Reference",
        ],
        "fr": [
            "Numéro de vacance",
            "Numéro de l'avis de vacance",
            "Référence",
            "Réf.",
            "Numéro de référence",
            "Avis de vacance n°",
            "Vacance n°",
            "N° de vacance",
        ],
    }
}

_REF = re.compile(r"[A-Z0-9][A-Z0-9/._-]{1,20}", re.I)
_IN_TITLE = re.compile(r"\((\d{5,7})\)")
_STAFF_VACANCY = re.compile(
    r"\b(?:STAFF\s+VACANCY|VACANCY\s+NOTICE|VACANCY\s+(?:NO\.?(?![A-Z])|NUMBER|N°))\s*:?\s*"
    r"(?P<ref>[A-Z]{0,5}[/-]?\d[\dA-Z/._-]{2,15})",
)


def normalise(raw: str) -> str:
    """Drop label leftovers and surrounding punctuation: ``No. 250974.`` -> ``250974``."""
    text = raw.strip().strip(".:;,#*").strip()
    text = re.sub(r"^(?:n[o°º]\.?\s*(?=\d)|#\s*)", "", text, flags=re.I)
    return text.replace(" ", "")


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    labelled = ctx.label_value("reference")
    if labelled is not None:
        value, start, _end = labelled
        m = _REF.search(value.lstrip("#: n°No."))
        if m is not None:
            offset = start + len(value) - len(value.lstrip("#: n°No."))
            s, e = strip_span(ctx.text, offset + m.start(), offset + m.end(), ".,;:")
            return {"reference": Found(normalise(ctx.text[s:e]), s, e, "label")}
    header, offset = ctx.header()
    m = _STAFF_VACANCY.search(header)
    if m is not None:
        s, e = offset + m.start("ref"), offset + m.end("ref")
        return {"reference": Found(normalise(m.group("ref")), s, e, "staff_vacancy")}
    title = ctx.half.title_line
    if title is not None:
        line = ctx.doc.lines[title]
        found = list(_IN_TITLE.finditer(line.text))
        if found:
            m = found[-1]
            return {
                "reference": Found(
                    m.group(1), line.start + m.start(1), line.start + m.end(1), "title_parenthesis"
                )
            }
    return {}


FIELD = FieldSpec(name="reference", attrs=("reference",), extract=extract, labels=LABELS)
