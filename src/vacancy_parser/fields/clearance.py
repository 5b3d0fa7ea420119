"""Security clearance: the header's level, else the level the text requires.

Codes and long forms (shared/DOMAIN.md) are one table; a non-NATO level
(``Security level: Basic``) keeps its raw text and has no code.
"""

from __future__ import annotations

import re

from ..layout._vocab import fold
from ..model import Issue, Record
from .base import FieldContext, FieldSpec, Found, IssueCode

LABELS = {
    "clearance": {
        "en": [
            "Clearance Level",
            "Security Clearance Level",
            "Security Clearance",
            "Clearance",
            "Security level",
            "Required Security Clearance",
        ],
        "fr": [
            "Niveau de l'habilitation de sécurité",
            "Niveau d'habilitation de sécurité",
            "Habilitation de sécurité",
            "Niveau d'habilitation",
            "Habilitation",
        ],
    }
}

# Folded long or short form -> code. Longest forms are tried first.
CLEARANCES: dict[str, str] = {
    "cosmic top secret atomal": "CTS/A",
    "cosmic top secret/atomal": "CTS/A",
    "cosmic tres secret/atomal": "CTS/A",
    "cosmic tres secret atomal": "CTS/A",
    "cts/a": "CTS/A",
    "cts-a": "CTS/A",
    "ctsa": "CTS/A",
    "cosmic top secret": "CTS",
    "cosmic tres secret": "CTS",
    "cts": "CTS",
    "nato secret": "NS",
    "secret otan": "NS",
    "ns": "NS",
    "nato confidential": "NC",
    "confidentiel otan": "NC",
    "nc": "NC",
    "nato restricted": "NR",
    "diffusion restreinte otan": "NR",
    "nr": "NR",
    "nato unclassified": "NU",
    "non classifie otan": "NU",
    "nu": "NU",
}
_FORMS = sorted(CLEARANCES, key=len, reverse=True)
_FORM = re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(f) for f in _FORMS) + r")(?![\w/])")
_RUNNING = re.compile(
    r"(?:security clearance|habilitation(?: de s[ée]curit[ée])?)[^.]{0,40}?(?:at|au niveau|de niveau|level)?"
    r"\s*(?P<level>COSMIC[ A-ZÈÉ/]+?|NATO [A-Z]+|(?:[A-ZÈÉ]+ ){1,2}OTAN)\b",
    re.I,
)

# "… obtain a COSMIC TOP SECRET security clearance": the level before the words.
_LEVEL_FIRST = re.compile(
    r"(?P<level>COSMIC\s+(?:TOP|TR[ÈE]S)\s+SECRET(?:\s*[/-]?\s*ATOMAL)?|NATO\s+(?:SECRET|CONFIDENTIAL|"
    r"RESTRICTED|UNCLASSIFIED)|SECRET\s+OTAN|CONFIDENTIEL\s+OTAN)\s+(?:security\s+|personnel\s+security\s+)?"
    r"clearance",
    re.I,
)
_BARE_MAX = 40

CODES = (
    IssueCode(
        "clearance_not_nato", "info", "A clearance label holds no NATO level (kept raw, no code)."
    ),
)


def normalise(raw: str) -> str | None:
    """``COSMIC TOP SECRET/ATOMAL`` -> ``CTS/A``; ``None`` when it names no NATO level."""
    m = _FORM.search(fold(raw).replace(" / ", "/"))
    return CLEARANCES[m.group()] if m else None


def extract(ctx: FieldContext) -> dict[str, Found[str | None]]:
    labelled = ctx.label_value("clearance")
    if labelled is not None:
        value, start, end = labelled
        return {"clearance": Found(normalise(value), start, end, "label")}
    for text, at in ctx.bare_lines():
        if len(text) <= _BARE_MAX and fold(text).replace(" / ", "/") in CLEARANCES:
            return {"clearance": Found(normalise(text), at, at + len(text), "bare_value")}
    body, offset = ctx.body()
    m = _RUNNING.search(body) or _LEVEL_FIRST.search(body)
    if m is not None:
        code = normalise(m.group("level"))
        if code is not None:
            return {
                "clearance": Found(
                    code, offset + m.start("level"), offset + m.end("level"), "running_text"
                )
            }
    return {}


def check(record: Record) -> list[Issue]:
    return [
        CODES[0].issue(
            "clearance", f"{located.raw!r} is not a NATO clearance level", [located.span]
        )
        for located in record.clearance.located()
        if located.value is None
    ]


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "clearance": {
        "en": ["clearance", "security level", "security clearance", "vetting"],
        "fr": ["habilitation", "niveau de securite"],
    }
}


FIELD = FieldSpec(
    name="clearance",
    attrs=("clearance",),
    extract=extract,
    labels=LABELS,
    codes=CODES,
    check=check,
    heads=HEADS,
)
