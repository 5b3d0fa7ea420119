"""Security clearance: the header's level, else the level the text requires.

Codes and long forms (shared/DOMAIN.md) are one table; a non-NATO level
(``Security level: Basic``) keeps its raw text and has no code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..layout._vocab import fold
from ..model import Lang, Record
from .base import FieldContext, FieldSpec, Finding, Found, IssueCode, by_lang, pointer

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
# "COSMIC TOP SECRET", "COSMIC TRÈS SECRET / ATOMAL": the level in words.
_COSMIC = r"COSMIC\s+(?:TOP|TR[ÈE]S)\s+SECRET(?:\s*[/-]?\s*ATOMAL)?"
_RUNNING = re.compile(
    r"(?:security clearance|habilitation(?: de s[ée]curit[ée])?)[^.]{0,40}?(?:at|au niveau|de niveau|level)?"
    rf"\s*(?P<level>{_COSMIC}|COSMIC[ A-ZÈÉ/]+?"
    r"|NATO [A-Z]+|(?:[A-ZÈÉ]+ ){1,2}OTAN)\b",
    re.I,
)

# "… obtain a COSMIC TOP SECRET security clearance": the level before the words.
_LEVEL_FIRST = re.compile(
    rf"(?P<level>{_COSMIC}|NATO\s+(?:SECRET|CONFIDENTIAL|"
    r"RESTRICTED|UNCLASSIFIED)|SECRET\s+OTAN|CONFIDENTIEL\s+OTAN)\s+(?:security\s+|personnel\s+security\s+)?"
    r"clearance",
    re.I,
)
_BARE_MAX = 40

# The codes, weakest first: a post needs at least the level the text demands.
LEVELS: tuple[str, ...] = ("NU", "NR", "NC", "NS", "CTS", "CTS/A")
_RANK = {code: rank for rank, code in enumerate(LEVELS)}
# Rules whose value is the header's level (as opposed to a sentence of the text).
_HEADER_RULES = frozenset({"label", "bare_value"})

CODES = (
    IssueCode(
        "clearance_not_nato", "info", "A clearance label holds no NATO level (kept raw, no code)."
    ),
    IssueCode(
        "clearance_unknown",
        "error",
        "The clearance is not one of the NATO codes NU, NR, NC, NS, CTS, CTS/A.",
    ),
    IssueCode(
        "clearance_weaker_than_text",
        "warning",
        "The header's clearance is weaker than the clearance the notice's text demands "
        "(rich records only).",
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
    if not ctx.mentions("clearance", "habilitation"):
        return {}
    body, offset = ctx.body()
    # The first demand that names a NATO level ("… a valid personnel security clearance
    # (PSC) at the appropriate level …" names none).
    for m in _mentions(body):
        code = normalise(m.group("level"))
        if code is not None:
            s, e = offset + m.start("level"), offset + m.end("level")
            return {"clearance": Found(code, s, e, "running_text")}
    return {}


def check(record: Record) -> list[Finding]:
    findings: list[Finding] = []
    for lang, located in by_lang(record.clearance):
        where = pointer("clearance", lang, "value")
        if located.value is None:
            findings.append(
                CODES[0].finding("clearance", [located.span], pointer=where, raw=located.raw)
            )
        elif located.value not in _RANK:
            findings.append(
                CODES[1].finding(
                    "clearance",
                    [located.span],
                    pointer=where,
                    value=located.value,
                    allowed=", ".join(LEVELS),
                )
            )
        elif located.rule in _HEADER_RULES:
            demanded = _demanded(record, lang)
            if demanded is not None and _RANK[demanded[0]] > _RANK[located.value]:
                code, raw, index = demanded
                findings.append(
                    CODES[2].finding(
                        "clearance",
                        [located.span],
                        pointer=where,
                        value=located.value,
                        header=located.value,
                        header_raw=located.raw,
                        demanded=code,
                        demanded_raw=raw,
                        section=record.sections[index].key or f"#{index}",
                    )
                )
    return findings


def _demanded(record: Record, lang: Lang) -> tuple[str, str, int] | None:
    """The strongest level a section of the ``lang`` half demands: code, words, section."""
    strongest: tuple[str, str, int] | None = None
    for index, pair in enumerate(record.sections):
        section = getattr(pair, lang)
        if section is None:
            continue
        for m in _mentions(section.text):
            code = normalise(m.group("level"))
            if code is not None and (strongest is None or _RANK[code] > _RANK[strongest[0]]):
                strongest = (code, " ".join(m.group("level").split()), index)
    return strongest


# How far a demand reaches around its key word: "… clearance … at NATO SECRET level",
# "COSMIC TOP SECRET - ATOMAL personnel security clearance".
_AROUND = 90
_KEY_WORDS = ("clearance", "habilitation")


def _mentions(text: str) -> Iterator[re.Match[str]]:
    """Demands of a level, looked for only around the words that make one: a section
    is long and these patterns cannot skip ahead to a literal."""
    low = text.lower()
    for word in _KEY_WORDS:
        at = low.find(word)
        while at >= 0:
            for pattern in (_RUNNING, _LEVEL_FIRST):
                yield from pattern.finditer(text, max(0, at - _AROUND), at + len(word) + _AROUND)
            at = low.find(word, at + len(word))


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
