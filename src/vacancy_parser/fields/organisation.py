"""The employing body: a ``NATO Body:`` header, or a job board's employer line under the title."""

from __future__ import annotations

import re

from .base import FieldContext, FieldSpec, Found

LABELS = {
    "organisation": {
        "en": [
            "NATO Body",
            "Organization",
            "Organisation",
            "Employer",
            "Company",
            "Agency",
            "Hiring Organisation",
            "Hiring Organization",
            "NATO Entity",
        ],
        "fr": ["Organisation", "Organisme", "Employeur", "Entité", "Entreprise", "Entité OTAN"],
    }
}

_EMPLOYER_WORDS = re.compile(
    r"\b(?:NATO|OTAN|Agency|Agence|Organi[sz]ation|Command|Commandement|Staff|Secretariat|"
    r"Secrétariat|College|Collège|Council|Conseil|Union|Nations|Headquarters|Quartier)\b",
    re.I,
)
_MAX_EMPLOYER = 80


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    labelled = ctx.label_value("organisation")
    if labelled is not None:
        value, start, end = labelled
        return {"organisation": Found(" ".join(value.split()), start, end, "label")}
    index = ctx.half.title_line
    if index is None:
        return {}
    for line in ctx.doc.lines[index + 1 : index + 4]:
        text = line.text.strip()
        if not text:
            continue
        if len(text) <= _MAX_EMPLOYER and ":" not in text and _EMPLOYER_WORDS.search(text):
            start = line.start + line.text.index(text)
            return {"organisation": Found(text, start, start + len(text), "board_employer")}
        break
    return {}


FIELD = FieldSpec(
    name="organisation", attrs=("organisation",), extract=extract, labels=LABELS, compare=False
)
