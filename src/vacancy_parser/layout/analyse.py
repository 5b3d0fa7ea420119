"""The layout stage, wired: labels, headings and sections, halves.

Each question has its own module (:mod:`.blocks` label pairing, :mod:`.headings`
headings and sections, :mod:`.titles` the title line, :mod:`.halves` the language
halves); this one only calls them in order. The structure of a notice decides where
its halves are; language detection is asked only to name them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from .blocks import find_labels
from .halves import has_body, split_halves
from .headings import find_headings
from .labels import LabelHit, LabelTable
from .structure import HalfLayout, Heading, Item, SectionBlock
from .titles import card_values


@dataclass(slots=True)
class Analysis:
    doc: Document
    halves: list[HalfLayout]
    labels: list[LabelHit]
    headings: list[Heading]
    clusters: list[list[LabelHit]]

    @property
    def languages(self) -> list[str]:
        """Languages with a body; a lone half cut before its body still names its language."""
        if len(self.halves) == 1:
            half = self.halves[0]
            return [half.lang] if has_body(self.doc, half, alone=True) else []
        return sorted({h.lang for h in self.halves if has_body(self.doc, h)})


def analyse(doc: Document, table: LabelTable) -> Analysis:
    labels, clusters, label_like = find_labels(doc, table)
    headings = find_headings(doc, {hit.line for hit in labels})
    header_blocks = [c for c in clusters if any(hit.key not in table.body_keys for hit in c)]
    no_title = label_like | {h.line for h in headings} | card_values(doc)
    halves = split_halves(doc, labels, header_blocks, headings, no_title)
    return Analysis(doc, halves, labels, headings, clusters)


__all__ = ["Analysis", "HalfLayout", "Heading", "Item", "SectionBlock", "analyse"]
