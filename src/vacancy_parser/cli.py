"""The ``vacancy-parser`` command: thin, over :mod:`vacancy_parser.batch` and the exporters."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO, get_args

from . import __version__, cli_convert, cli_validate
from .api import parse
from .config import DEFAULT, Options, PdfEngine
from .errors import VacancyParserError
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

    cli_convert.add_parser(sub, _add_options)
    cli_validate.add_parser(sub)

    s = sub.add_parser(
        "schema",
        help="print (or write) the JSON Schema of the records",
        description="Print the JSON Schema of the full record, or of the flat record; "
        "--write DIR writes both (record.schema.json, flat.schema.json), as committed "
        "under schemas/.",
    )
    s.add_argument("--flat", action="store_true", help="the flat record's schema")
    s.add_argument("--write", metavar="DIR", help="write both schemas into DIR")
    s.set_defaults(handler=_cmd_schema)

    k = sub.add_parser(
        "codes",
        help="print the table of issue codes",
        description="Print every issue code with its severity and meaning (Markdown).",
    )
    k.set_defaults(handler=_cmd_codes)
    return parser


def _cmd_schema(args: argparse.Namespace) -> int:
    from .export.schemas import render, write_schemas

    if args.write:
        try:
            for path in write_schemas(Path(args.write)):
                print(f"vacancy-parser: wrote {path}", file=sys.stderr)
        except OSError as exc:
            _error(f"{args.write}: cannot be written ({exc.strerror}); check the folder")
            return EXIT_FAILED
        return EXIT_OK
    sys.stdout.write(render("flat" if args.flat else "record"))
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
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT.max_bytes,
        metavar="N",
        help=f"refuse an input larger than N bytes (default {DEFAULT.max_bytes:,})",
    )


def _options(args: argparse.Namespace) -> Options:
    return Options(pdf_engine=args.pdf_engine, max_bytes=args.max_bytes)


def _cmd_parse(args: argparse.Namespace) -> int:
    try:
        result = parse(Path(args.file), options=_options(args))
    except VacancyParserError as exc:
        _error(str(exc))
        return EXIT_FAILED
    payload = (
        result.flat.model_dump(mode="json") if args.flat else result.record.model_dump(mode="json")
    )
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    _summarise_issues(result.issues, sys.stderr)
    return EXIT_OK


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
