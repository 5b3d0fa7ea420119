"""Header labels: which lines are ``Label: value`` pairs, and what they label.

The label vocabulary belongs to the field modules; the API hands it to this
stage as a :class:`LabelTable`, so that the layout never imports a field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..document import Document

# Labels that are not fields but show where a header block is.
LAYOUT_LABELS: dict[str, dict[str, list[str]]] = {
    "_description": {
        "en": ["Description", "Job Description", "Job content"],
        "fr": ["Description", "Description du poste", "Contenu du poste"],
    },
    "_chrome": {
        "en": [
            "View",
            "Views",
            "Update day",
            "Updated",
            "Posted",
            "Posted on",
            "Category",
            "Categories",
            "Industry",
            "Job type",
            "Contract type",
            "Employment type",
            "Sector",
            "Published",
            "Publication date",
            "Date posted",
            "Share",
        ],
        "fr": [
            "Catégorie",
            "Secteur",
            "Type de contrat",
            "Publié le",
            "Date de publication",
            "Mis à jour le",
            "Mise à jour",
        ],
    },
}


_LEADING = " \t>#_*-•"
_MAX_LINE = 400


@dataclass(frozen=True, slots=True)
class LabelHit:
    """A label at the start of a line and where its value lies (working offsets)."""

    key: str
    lang: str | None
    line: int
    label_start: int
    label_end: int
    value_start: int
    value_end: int
    colon: bool

    @property
    def has_value(self) -> bool:
        return self.value_end > self.value_start


class LabelTable:
    """All label variants, compiled into one line-start pattern.

    ``body_keys`` label lines of the notice body (``Direct reports: 6``): they
    do not make a header block.
    """

    def __init__(
        self,
        by_key: Mapping[str, Mapping[str, Sequence[str]]],
        body_keys: frozenset[str] = frozenset(),
    ) -> None:
        self.body_keys = body_keys | {key for key in LAYOUT_LABELS}
        merged: dict[str, dict[str, list[str]]] = {}
        for source in (LAYOUT_LABELS, by_key):
            for key, by_lang in source.items():
                for lang, variants in by_lang.items():
                    merged.setdefault(key, {}).setdefault(lang, []).extend(variants)
        self.keys: dict[str, tuple[str, str | None]] = {}
        for key, by_lang in merged.items():
            for lang, variants in by_lang.items():
                for variant in variants:
                    folded = variant.casefold()
                    known = self.keys.get(folded)
                    self.keys[folded] = (key, None if known and known[1] != lang else lang)
        by_initial: dict[str, list[str]] = {}
        for variant in sorted(self.keys, key=len, reverse=True):
            by_initial.setdefault(variant[0], []).append(re.escape(variant))
        # One pattern per initial letter: re tries alternatives one by one, so
        # a line is matched against the dozen labels that can start it.
        self.patterns = {
            initial: re.compile(
                r"(?P<label>" + "|".join(variants) + r")(?-i:(?![a-zà-ÿ]))"
                r"(?:\*\*)?[ \t]*(?P<colon>:)?(?:\*\*)?[ \t]*",
                re.I,
            )
            for initial, variants in by_initial.items()
        }

    def match_line(self, doc: Document, index: int) -> LabelHit | None:
        line = doc.lines[index]
        text = line.text
        if not text or len(text) > _MAX_LINE:
            return None
        lead = len(text) - len(text.lstrip(_LEADING))
        pattern = self.patterns.get(text[lead : lead + 1].casefold())
        m = pattern.match(text, lead) if pattern is not None else None
        if m is None:
            return None
        label = m.group("label")
        after = line.text[m.end("label") : m.end("label") + 1]
        if label.isupper() and after.isalpha() and after.isupper():
            return None
        key, lang = self.keys[m.group("label").casefold()]
        value_start = line.start + m.end()
        value_end = line.start + len(line.text.rstrip())
        return LabelHit(
            key=key,
            lang=lang,
            line=index,
            label_start=line.start + m.start("label"),
            label_end=line.start + m.end("label"),
            value_start=min(value_start, value_end),
            value_end=value_end,
            colon=m.group("colon") is not None,
        )
