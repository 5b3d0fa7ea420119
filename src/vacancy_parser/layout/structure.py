"""The layout's findings, as plain data: headings, sections with their items, halves."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Lang
from .labels import LabelHit


@dataclass(frozen=True, slots=True)
class Heading:
    line: int
    number: int | None
    key: str | None
    lang: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    group: str | None


@dataclass(slots=True)
class SectionBlock:
    heading: Heading
    body_start: int
    end: int
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class HalfLayout:
    lang: Lang
    start: int
    end: int
    title_line: int | None
    labels: list[LabelHit]
    sections: list[SectionBlock]
    header_end: int
    # Lines of the notice's own header block(s): their labels come before a board's.
    block_lines: frozenset[int] = frozenset()

    def section(self, key: str) -> SectionBlock | None:
        return next((s for s in self.sections if s.heading.key == key), None)
