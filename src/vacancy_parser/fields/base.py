"""The contract every field module keeps, and the helpers they share.

A field module exposes ``FIELD``, a :class:`FieldSpec`: its record attributes,
its label vocabulary, how to find its values in one half, the issue codes it
may raise and how to check its values. Modules are discovered, not listed
(:mod:`vacancy_parser.fields`), so adding a field touches its module, the model
and a fixture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from ..document import Document, Line, line_index
from ..layout._signs import recruited_post
from ..layout.labels import LabelHit
from ..layout.structure import HalfLayout, SectionBlock
from ..layout.titles import packed_headline
from ..model import Bilingual, Issue, Lang, Located, Record, Severity, Span

T = TypeVar("T")

LabelVocabulary = Mapping[str, Mapping[str, Sequence[str]]]


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """A value found in the working text, before it is mapped back to the source."""

    value: T
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class IssueCode:
    """A stable validation code: declared once, documented in docs/ISSUE_CODES.md."""

    code: str
    severity: Severity
    summary: str

    def issue(
        self,
        field: str | None,
        message: str,
        spans: Sequence[Span] = (),
        *,
        pointer: str | None = None,
        value: Any = None,
    ) -> Issue:
        """An issue worded already (the record stage, before the message table is reached)."""
        return Issue(
            code=self.code,
            severity=self.severity,
            field=field,
            message=message,
            spans=tuple(spans),
            pointer=pointer,
            value=value,
        )

    def finding(
        self,
        field: str | None,
        spans: Sequence[Span] = (),
        *,
        pointer: str | None = None,
        value: Any = None,
        **params: Any,
    ) -> Finding:
        """What a check found, worded later in the reader's language by the message
        table (:mod:`vacancy_parser.checks.messages`) from ``params``."""
        return Finding(self, field, params, tuple(spans), pointer, value)


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem a check found, not yet worded: the evidence (``params``) fills the
    code's message template in English or French."""

    rule: IssueCode
    field: str | None
    params: Mapping[str, Any]
    spans: tuple[Span, ...] = ()
    pointer: str | None = None
    value: Any = None

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def severity(self) -> Severity:
        return self.rule.severity


@lru_cache(maxsize=4096)
def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from its parts: ``pointer("salary", "en", "value")``;
    cached, as validating a file asks for the same few thousand times."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def by_lang(pair: Bilingual[T]) -> list[tuple[Lang, Located[T]]]:
    """The values of a field with the half that states each (for pointers)."""
    out: list[tuple[Lang, Located[T]]] = []
    if pair.en is not None:
        out.append(("en", pair.en))
    if pair.fr is not None:
        out.append(("fr", pair.fr))
    return out


@dataclass(slots=True)
class FieldContext:
    """One half of one document, as a field module sees it."""

    doc: Document
    half: HalfLayout
    _lower: str | None = field(default=None, repr=False)
    _recruited: tuple[tuple[str, int] | None] | None = field(default=None, repr=False)
    _headline: tuple[tuple[Line, re.Match[str]] | None] | None = field(default=None, repr=False)

    @property
    def lang(self) -> Lang:
        return self.half.lang

    @property
    def text(self) -> str:
        return self.doc.text

    def label(self, key: str) -> LabelHit | None:
        """The first label ``key`` of this half with a value; the notice's own labels
        (English or French) before a board's labels in other languages."""
        hits = self.labels(key)
        return hits[0] if hits else None

    def labels(self, key: str) -> list[LabelHit]:
        """Every label ``key`` of this half with a value: the notice's own header block
        first, then English or French labels elsewhere, then a board's in other languages."""
        hits = [h for h in self.half.labels if h.key == key and h.has_value]
        return sorted(hits, key=self.label_rank)

    def label_rank(self, hit: LabelHit) -> tuple[bool, bool]:
        """How far down :meth:`labels` puts a label: outside the notice's own header
        block, then in a board's language."""
        return hit.line not in self.half.block_lines, hit.lang not in _NOTICE_LANGS

    def label_text(self, key: str) -> str:
        """The wording of the label :meth:`label` found (``NATO Grade``), or ``""``."""
        hit = self.label(key)
        return self.doc.text[hit.label_start : hit.label_end] if hit is not None else ""

    def label_value(self, key: str) -> tuple[str, int, int] | None:
        hit = self.label(key)
        if hit is None:
            return None
        return self.doc.text[hit.value_start : hit.value_end], hit.value_start, hit.value_end

    def section(self, key: str) -> SectionBlock | None:
        return self.half.section(key)

    def section_text(self, key: str) -> tuple[str, int] | None:
        """The body of a section and its offset, or ``None`` when the half lacks it."""
        block = self.section(key)
        if block is None:
            return None
        return self.doc.text[block.body_start : block.end], block.body_start

    def bare_lines(self, whole_header: bool = False) -> list[tuple[str, int]]:
        """Short lines right under the title, before any section: a header whose labels
        were dropped (``Belgium-Brussels`` / ``14-Apr-2026`` / ``NS``). Text and offset.

        ``whole_header`` also reads the short lines above the title (a board's card).
        """
        index = self.half.title_line
        if index is None:
            return []
        lines = self.doc.lines
        out: list[tuple[str, int]] = []
        if whole_header:
            for line in lines[line_index(lines, self.half.start) : index]:
                text = line.text.strip()
                if text and len(text) <= _BARE_WIDTH:
                    out.append((text, line.start + line.text.index(text)))
        below = 0
        for line in lines[index + 1 :]:
            if line.start >= self.half.header_end or below >= _BARE_LINES:
                break
            text = line.text.strip()
            if not text:
                continue
            if len(text) > _BARE_WIDTH:
                break
            out.append((text, line.start + line.text.index(text)))
            below += 1
        return out

    def body(self) -> tuple[str, int]:
        return self.doc.text[self.half.start : self.half.end], self.half.start

    def mentions(self, *words: str) -> bool:
        """Whether the half's text holds one of ``words`` (lower case), any case: a test
        of microseconds before a pattern scan of a tenth of a millisecond."""
        lower = self.lower_body()
        return any(word in lower for word in words)

    def lower_body(self) -> str:
        """The half's body in lower case (offsets those of :meth:`body`), made once."""
        if self._lower is None:
            self._lower = self.body()[0].lower()
        return self._lower

    def recruited(self) -> tuple[str, int] | None:
        """The post a recruiting sentence near the half's start names ("NATO seeks …",
        "… recrute un(e) …"), and where it starts in the text; read once for all fields."""
        if self._recruited is None:
            start = self.half.start
            end = min(self.half.end, start + RECRUITING_REACH)
            self._recruited = (recruited_post(self.doc.text, start, end),)
        return self._recruited[0]

    def header(self) -> tuple[str, int]:
        return self.doc.text[self.half.start : self.half.header_end], self.half.start

    def headline(self, part: str) -> Found[str] | None:
        """A part (``title``, ``employer``, ``place``, ``date``, ``grade``, ``ref``) of a
        title line that packs them (see :func:`~vacancy_parser.layout.titles.packed_headline`);
        the line is read once for all fields. A page's first line may be one when the
        title stage chose a line above a header block further down."""
        if self._headline is None:
            self._headline = (self._headline_line(),)
        found = self._headline[0]
        if found is None:
            return None
        line, m = found
        if part not in m.re.groupindex or m.group(part) is None:
            return None
        start, end = line.start + m.start(part), line.start + m.end(part)
        return Found(m.group(part), start, end, "headline")

    def first_line(self) -> Line | None:
        """The half's first line that holds text."""
        lines = self.doc.lines
        for line in lines[line_index(lines, self.half.start) :]:
            if line.start >= self.half.end:
                return None
            if line.text.strip():
                return line
        return None

    def _headline_line(self) -> tuple[Line, re.Match[str]] | None:
        index = self.half.title_line
        candidates = [self.doc.lines[index]] if index is not None else []
        first = self.first_line()
        if first is not None and first not in candidates:
            candidates.append(first)
        for line in candidates:
            if (m := packed_headline(line.text)) is not None:
                return line, m
        return None


# A recruiting sentence stands this far into a half at most.
RECRUITING_REACH = 4000
_NOTICE_LANGS = frozenset({"en", "fr", None})
_BARE_LINES = 12
_BARE_WIDTH = 80

# Record attribute (or ``attr:lang`` for a value stated for the other language) -> value.
Extractor = Callable[[FieldContext], Mapping[str, Found[Any]]]
Checker = Callable[[Record], list[Finding]]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """What a field module declares.

    ``compare`` says whether the halves must state the same normalised value
    (a deadline must; a title is a translation and need not). ``body_labels``
    says that the labels stand in the body (``Direct reports: 6``), not in the
    header block that marks where a half starts.
    """

    name: str
    attrs: tuple[str, ...]
    extract: Extractor
    labels: LabelVocabulary = field(default_factory=dict)
    codes: tuple[IssueCode, ...] = ()
    check: Checker | None = None
    compare: bool = True
    body_labels: bool = False
    heads: LabelVocabulary = field(default_factory=dict)


def stem_matches(
    text: str, low: str, stems: tuple[str, ...], pattern: re.Pattern[str]
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that start where one of its literal ``stems`` starts in
    ``low`` (``text`` lower-cased, same length), in text order.

    ``str.find`` skips a long body many times faster than a pattern scan can; the
    pattern then decides at the few places a stem occurs (its ``\\b`` included).
    """
    starts: set[int] = set()
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            starts.add(at)
            at = low.find(stem, at + 1)
    found = []
    end = -1
    for at in sorted(starts):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def strip_span(text: str, start: int, end: int, chars: str = " \t\n*_:;,.") -> tuple[int, int]:
    """Shrink ``start:end`` so that the slice has no surrounding punctuation."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


# Number words (for contract lengths and counts), English and French.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
}
NUMBER = r"(?:\d{1,2}(?:[.,]5)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"


# A final full stop ends a sentence after a word this long; before, it ends an abbreviation.
_ABBREVIATION = 4


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence's full stop ("… worldwide.", "Commis aux
    Archives."), not an abbreviation's ("Washington D.C.")."""
    return text.endswith(".") and len(text.rsplit(None, 1)[-1]) > _ABBREVIATION


def number_value(token: str) -> float:
    token = token.strip().lower()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    return float(token.replace(",", "."))
