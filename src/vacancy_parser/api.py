"""``parse``: wires the stages, source -> document -> layout -> fields -> record -> checks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from .checks import validate as validate_record
from .checks.external import findings_of
from .checks.messages import MessageLang, render
from .checks.report import ValidationReport
from .checks.rules import RuleSet
from .config import DEFAULT, Options
from .document import Document
from .errors import InputError
from .fields import body_label_keys, head_vocabulary, label_vocabulary
from .layout.analyse import analyse
from .layout.labels import LabelTable
from .model import ParseResult, Severity
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


def validate(
    obj: object,
    *,
    lang: MessageLang = "en",
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    strict: bool = False,
    severity: Mapping[str, Severity] | None = None,
    rules: RuleSet | None = None,
) -> ValidationReport:
    """Check a record made elsewhere: a rich :class:`Record`, a mapping (flat, with the
    keys of shared/eval/CONTRACT.md, or rich, told apart by its shape) or JSON text of
    either. Never raises on what ``obj`` holds: a key of the wrong type, text that is
    not JSON, a number that is not finite, are issues, and every key is checked.

    ``select``/``ignore`` keep or switch off codes (a code or a prefix), ``severity``
    changes a code's severity, ``strict`` makes warnings errors; or pass ``rules``.
    An unknown code raises :class:`~vacancy_parser.checks.rules.UnknownRuleError`
    (a ``ValueError``). Messages are in ``lang`` (``en`` or ``fr``).
    """
    if rules is None:
        rules = RuleSet(
            select=tuple(select), ignore=tuple(ignore), strict=strict, severity=severity or {}
        )
    return ValidationReport(rules.apply(render(f, lang) for f in findings_of(obj)))
