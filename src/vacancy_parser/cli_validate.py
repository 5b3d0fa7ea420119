"""``vacancy-parser validate FILE...``: check records made elsewhere, row by row.

Reads JSON, JSONL and CSV (flat or rich records; ``-`` is standard input), one
record at a time, and prints every issue with its file, row and JSON pointer,
then a summary. Exit status: 0 without errors, 1 with errors, 2 when an input
is unusable (missing, of no known format, nothing in it readable) or a rule
setting is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, TextIO

from .checks.external import findings_of
from .checks.messages import LANGS, MessageLang, render, text
from .checks.rules import RuleConfigError, RuleSet, from_pyproject
from .checks.stream import Row, UnknownFormat, format_of, read_rows
from .model import Issue

EXIT_OK, EXIT_ERRORS, EXIT_UNUSABLE = 0, 1, 2
_VALUE_WIDTH = 80


def add_parser(subparsers: Any) -> None:
    """Add the ``validate`` command to the ``vacancy-parser`` command line."""
    v = subparsers.add_parser(
        "validate",
        help="check records made elsewhere (JSON, JSONL or CSV; flat or rich)",
        description="Check records (a JSON object or array, JSON lines, or CSV as convert "
        "writes it; flat or rich records) with the same rules as parsed notices. Each issue "
        "is printed as FILE:ROW: POINTER CODE SEVERITY [FIELD] VALUE: MESSAGE (ROW is the "
        "line for JSONL and CSV, the record's position in a JSON array), then a summary. "
        "Settings may also stand in a [tool.vacancy-parser] table of pyproject.toml "
        "(select, ignore, strict, severity). Exit status: 0 no error, 1 errors, "
        "2 unusable input or unknown rule.",
    )
    v.add_argument("files", nargs="+", metavar="FILE", help="record files ('-' for stdin)")
    v.add_argument(
        "--format", choices=("text", "json"), default="text", help="output (default: text)"
    )
    v.add_argument("--lang", choices=LANGS, default="en", help="language of the messages")
    v.add_argument("--strict", action="store_true", help="treat warnings as errors")
    v.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="CODES",
        help="check only these codes or prefixes (comma-separated; repeatable)",
    )
    v.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="CODES",
        help="do not report these codes or prefixes (comma-separated; repeatable)",
    )
    v.set_defaults(handler=_run)


@dataclass
class Summary:
    files: int = 0
    rows: int = 0
    valid: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    unusable: list[str] = field(default_factory=list)


def _names(values: Iterable[str]) -> list[str]:
    return [n.strip() for value in values for n in value.split(",") if n.strip()]


def _run(args: argparse.Namespace) -> int:
    try:
        rules = from_pyproject().overridden(
            _names(args.select), _names(args.ignore), bool(args.strict)
        )
    except RuleConfigError as exc:
        _error(str(exc))
        return EXIT_UNUSABLE
    out: TextIO = sys.stdout
    report = _JsonReport(out) if args.format == "json" else _TextReport(out)
    summary = Summary()
    for name in args.files:
        summary.files += 1
        for where, issue in validate_file(name, rules, args.lang, summary):
            report.issue(where, issue)
    report.close(summary, args.lang)
    if summary.unusable:
        return EXIT_UNUSABLE
    return EXIT_ERRORS if summary.counts["error"] else EXIT_OK


def validate_file(
    name: str, rules: RuleSet, lang: MessageLang, summary: Summary
) -> Iterator[tuple[str, Issue]]:
    """Every issue of every record of file ``name`` (``-``: stdin) with its ``file:row``;
    ``summary`` counts rows and issues, and names the file if it is unusable."""
    try:
        handle: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    except OSError as exc:
        summary.unusable.append(name)
        _error(f"{name}: cannot be read ({exc.strerror}); check the path")
        return
    label = "<stdin>" if name == "-" else name
    records = problems = 0
    try:
        peek = getattr(handle, "peek", None)
        head = peek(1 << 16) if callable(peek) else b""
        try:
            fmt = format_of("" if name == "-" else name, head)
        except UnknownFormat as exc:
            summary.unusable.append(name)
            _error(f"{label}: {exc}")
            return
        for row in read_rows(handle, fmt):
            records += row.problem is None
            problems += row.problem is not None and not row.header
            summary.rows += not row.header
            errors = 0
            for issue in check_row(row, rules, lang):
                summary.counts[issue.severity] += 1
                errors += issue.severity == "error"
                yield f"{label}:{row.number}", issue
            summary.valid += row.problem is None and not errors
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    if not records and problems:
        summary.unusable.append(label)
        _error(f"{label}: no record in it could be read (see its issues); check its format")


def check_row(row: Row, rules: RuleSet, lang: MessageLang) -> list[Issue]:
    """The issues of one row, after the rule settings."""
    found = [row.problem] if row.problem is not None else findings_of(row.data)
    return rules.apply(render(f, lang) for f in found)


def _safe(value: Any) -> str:
    """A value as JSON, cut short, and printable whatever bytes it came from."""
    shown = json.dumps(value, ensure_ascii=False, default=str)
    if len(shown) > _VALUE_WIDTH:
        shown = shown[: _VALUE_WIDTH - 1] + "…"
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")


class _TextReport:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def issue(self, where: str, issue: Issue) -> None:
        message = issue.message.encode("utf-8", "backslashreplace").decode("utf-8")
        self.out.write(
            f"{where}: {issue.pointer or '-'} {issue.code} {issue.severity} "
            f"[{issue.field or '-'}] {_safe(issue.value)}: {message}\n"
        )

    def close(self, summary: Summary, lang: MessageLang) -> None:
        self.out.write(
            "vacancy-parser: "
            + text(
                "summary",
                lang,
                rows=summary.rows,
                valid=summary.valid,
                errors=summary.counts["error"],
                warnings=summary.counts["warning"],
                infos=summary.counts["info"],
            )
            + "\n"
        )


class _JsonReport:
    """One JSON document, written as the issues come: ``{"issues": [...], "summary": {...}}``."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first = True
        out.write('{"issues": [')

    def issue(self, where: str, issue: Issue) -> None:
        file, _, row = where.rpartition(":")
        entry = {
            "file": file,
            "row": int(row),
            "pointer": issue.pointer,
            "code": issue.code,
            "severity": issue.severity,
            "field": issue.field,
            "value": issue.value,
            "message": issue.message,
        }
        self.out.write(("\n  " if self.first else ",\n  ") + json.dumps(entry, default=str))
        self.first = False

    def close(self, summary: Summary, lang: MessageLang) -> None:
        del lang
        result = {
            "files": summary.files,
            "rows": summary.rows,
            "valid_rows": summary.valid,
            "errors": summary.counts["error"],
            "warnings": summary.counts["warning"],
            "infos": summary.counts["info"],
            "unusable": summary.unusable,
        }
        self.out.write(f'\n], "summary": {json.dumps(result)}}}\n')


def _error(message: str) -> None:
    print(f"vacancy-parser: error: {message}", file=sys.stderr)
