"""``parse``: wires the stages, source -> document -> layout -> fields -> record -> checks."""

from __future__ import annotations

from functools import lru_cache

from .checks import validate
from .config import DEFAULT, Options
from .document import Document
from .fields import body_label_keys, label_vocabulary
from .layout.analyse import analyse
from .layout.kind import classify
from .layout.labels import LabelTable
from .model import ParseResult
from .record import build_record
from .sources import Source, load


@lru_cache(maxsize=1)
def _labels() -> LabelTable:
    return LabelTable(label_vocabulary(), body_label_keys())


def parse(source: Source, *, name: str | None = None, options: Options = DEFAULT) -> ParseResult:
    """Parse one notice: a path, a ``str`` of notice text, or ``bytes``.

    Always returns a :class:`ParseResult` (record, issues, flat projection and
    the text that spans point into). Raises
    :class:`~vacancy_parser.errors.InputError` only when the input cannot be
    read at all; a page that is not a notice gives ``kind == "not_vacancy"``.
    """
    return parse_document(load(source, name, options))


def parse_document(doc: Document) -> ParseResult:
    analysis = analyse(doc, _labels())
    record = build_record(doc, analysis, classify(analysis))
    record.issues = validate(record, doc.source_text)
    return ParseResult(record=record, flat=record.flat(), text=doc.source_text)
