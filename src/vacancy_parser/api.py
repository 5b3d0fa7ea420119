"""``parse``: wires the stages, source -> document -> layout -> fields -> record -> checks."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .checks import validate as validate_record
from .checks import validate_flat
from .config import DEFAULT, Options
from .document import Document
from .errors import InputError
from .fields import body_label_keys, head_vocabulary, label_vocabulary
from .layout.analyse import analyse
from .layout.labels import LabelTable
from .model import Issue, ParseResult, Record
from .record import build_record
from .sources import Source, load, load_text


@lru_cache(maxsize=1)
def _labels() -> LabelTable:
    return LabelTable(label_vocabulary(), body_label_keys(), head_vocabulary())


def parse(source: Source, *, name: str | None = None, options: Options = DEFAULT) -> ParseResult:
    """Parse one notice: a path, a ``str`` of notice text, or ``bytes``.

    Always returns a :class:`ParseResult` (record, issues, flat projection and
    the text that spans point into). Raises
    :class:`~vacancy_parser.errors.InputError` only when the input cannot be
    read at all; a page that is not a notice gives ``kind == "not_vacancy"``.
    """
    return parse_document(load(source, name, options), options)


def parse_text(text: str, *, name: str | None = None, options: Options = DEFAULT) -> ParseResult:
    """Parse a notice given as text (plain or HTML); never reads a file, whatever the text.

    Use it for text that comes from elsewhere (a form, a queue, a scraper): unlike
    :func:`parse`, a one-line string such as ``"notices/a.txt"`` is read as text.
    """
    if not isinstance(text, str):
        raise InputError(
            name or "<text>", f"is {type(text).__name__}, not str", "pass the notice's text"
        )
    return parse_document(load_text(text, name, options), options)


def parse_document(doc: Document, options: Options = DEFAULT) -> ParseResult:
    analysis = analyse(doc, _labels())
    record = build_record(doc, analysis, options.kind)
    record.issues = validate_record(record, doc.source_text)
    return ParseResult(record=record, flat=record.flat(), text=doc.source_text)


def validate(record: Record | Mapping[str, Any]) -> list[Issue]:
    """Issues of a record made elsewhere: a rich :class:`Record` or a flat mapping.

    A flat mapping has the keys of shared/eval/CONTRACT.md; keys of the wrong
    type come back as ``flat_invalid`` issues rather than an exception.
    """
    if isinstance(record, Record):
        return validate_record(record)
    return validate_flat(record)
