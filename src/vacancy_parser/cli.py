"""The ``vacancy-parser`` command: thin, over :mod:`vacancy_parser.batch` and the exporters."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO, get_args

from . import __version__, cli_validate
from .batch import Outcome, run
from .config import DEFAULT, Options, PdfEngine
from .errors import VacancyParserError
from .export.writers import FORMATS, VIEWS, open_writer
from .model import Issue

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except KeyboardInterrupt:
        print("vacancy-parser: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vacancy-parser",
        description="Turn vacancy notices (English/French) into validated, structured records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="print the full record of one notice as JSON",
        description="Print the full record of one notice as JSON on stdout; "
        "a summary of its issues goes to stderr.",
    )
    p.add_argument("file", help="a notice: .txt, .pdf or .html file")
    p.add_argument("--flat", action="store_true", help="print the flat record instead")
    _add_options(p)
    p.set_defaults(handler=_cmd_parse)

    c = sub.add_parser(
        "convert",
        help="convert many notices to JSONL/CSV",
        description="Convert notices (files, folders, zip/tar archives) into one "
        "record per input. A bad input is reported on stderr and "
        "skipped; the exit status is 1 if any input failed.",
    )
    c.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or archives")
    c.add_argument("-o", "--output", required=True, help="output file ('-' for stdout)")
    c.add_argument(
        "--format",
        choices=sorted(VIEWS),
        default="full",
        help="full records, the flat CONTRACT keys plus 'source', or schema.org JSON-LD "
        "(default: full)",
    )
    c.add_argument(
        "--to",
        choices=sorted(FORMATS),
        default=None,
        help="file format (default: from the output's extension, else jsonl)",
    )
    c.add_argument("-j", "--jobs", type=int, default=1, help="parse in N processes (default 1)")
    c.add_argument("-q", "--quiet", action="store_true", help="do not print the summary line")
    _add_options(c)
    c.set_defaults(handler=_cmd_convert)
    cli_validate.add_parser(sub)

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the records",
        description="Print the JSON Schema of the full record, or of the flat record.",
    )
    s.add_argument("--flat", action="store_true", help="the flat record's schema")
    s.set_defaults(handler=_cmd_schema)

    k = sub.add_parser(
        "codes",
        help="print the table of issue codes",
        description="Print every issue code with its severity and meaning (Markdown).",
    )
    k.set_defaults(handler=_cmd_codes)
    return parser


def _cmd_schema(args: argparse.Namespace) -> int:
    from .model import FlatRecord, Record

    model = FlatRecord if args.flat else Record
    json.dump(model.model_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _cmd_codes(args: argparse.Namespace) -> int:
    from .checks.codes import markdown_table

    del args
    sys.stdout.write(markdown_table())
    return EXIT_OK


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pdf-engine",
        choices=get_args(PdfEngine),
        default=DEFAULT.pdf_engine,
        help=f"how to read PDFs (default: {DEFAULT.pdf_engine})",
    )


def _options(args: argparse.Namespace) -> Options:
    return Options(pdf_engine=args.pdf_engine)


def _cmd_parse(args: argparse.Namespace) -> int:
    outcome = next(run([args.file], options=_options(args)), None)
    if outcome is None or outcome.result is None:
        _error(outcome.error or "" if outcome else f"{args.file}: nothing to parse")
        return EXIT_FAILED
    result = outcome.result
    payload = (
        result.flat.model_dump(mode="json") if args.flat else result.record.model_dump(mode="json")
    )
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    _summarise_issues(result.issues, sys.stderr)
    return EXIT_OK


def _cmd_convert(args: argparse.Namespace) -> int:
    fmt = args.to or _format_of(args.output)
    if args.format != "flat" and fmt != "jsonl":
        _error(
            f"--format {args.format} writes nested records, which only jsonl holds; "
            f"use --format flat for {fmt}"
        )
        return EXIT_USAGE
    failed = written = 0
    try:
        with open_writer(args.output, fmt, args.format) as writer:
            for outcome in run(args.inputs, jobs=max(1, args.jobs), options=_options(args)):
                if not _report(outcome):
                    failed += 1
                    continue
                assert outcome.result is not None
                writer.write(outcome.result)
                written += 1
    except OSError as exc:
        _error(
            f"{args.output}: cannot write ({exc.strerror}); check the folder exists and is writable"
        )
        return EXIT_FAILED
    except VacancyParserError as exc:
        _error(str(exc))
        return EXIT_FAILED
    if not args.quiet:
        print(
            f"vacancy-parser: {written} written, {failed} failed -> {args.output}", file=sys.stderr
        )
    return EXIT_FAILED if failed else EXIT_OK


def _format_of(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "jsonl"


def _report(outcome: Outcome) -> bool:
    if outcome.error is not None:
        _error(outcome.error)
        return False
    return True


def _summarise_issues(issues: list[Issue], out: TextIO) -> None:
    if not issues:
        print("no issues", file=out)
        return
    print(f"{len(issues)} issue(s):", file=out)
    for issue in issues:
        print(f"  {issue.severity:7} {issue.code} [{issue.field}] {issue.message}", file=out)


def _error(message: str) -> None:
    print(f"vacancy-parser: error: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
