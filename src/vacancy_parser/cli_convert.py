"""``vacancy-parser convert``: an archive of notices to one file, with progress and resume."""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import sys
from collections.abc import Iterator
from typing import Any

from .batch import Failure, Limits, Row, Settings, Skipped, convert, default_jobs
from .batch.inputs import estimate_total, files_from
from .batch.output import Output, Paths, StreamOutput, resume_refused
from .batch.tally import Tally
from .config import Options
from .errors import VacancyParserError
from .export.writers import FORMAT_VIEWS, FORMATS, VIEWS, format_of

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
MEGABYTE = 1024 * 1024


def add_parser(sub: Any, add_options: Any) -> None:
    c = sub.add_parser(
        "convert",
        help="convert many notices (files, folders, globs, zip/tar archives) to one file",
        description="Convert notices into one record per input, in input order, in parallel. "
        "Inputs that cannot be converted go to OUT.failures.jsonl and the run goes on. "
        "Exit status: 0 all converted, 1 some failed, 2 bad usage, 130 interrupted "
        "(continue with --resume).",
    )
    c.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="files, folders, quoted globs ('notices/**/*.pdf'), zip/tar archives; "
        "'-' reads one notice from stdin",
    )
    c.add_argument("-o", "--output", required=True, help="output file ('-' for stdout)")
    c.add_argument(
        "--files-from", metavar="FILE", help="read input paths from FILE, one per line ('-': stdin)"
    )
    c.add_argument(
        "--format",
        choices=VIEWS,
        default="full",
        help="full records, the flat CONTRACT keys, or schema.org JSON-LD (default: full)",
    )
    c.add_argument(
        "--to", choices=FORMATS, default=None, help="file format (default: from OUT's extension)"
    )
    c.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        help=f"worker processes (default: all cores, here {default_jobs()}; 0: no workers)",
    )
    c.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run into the same OUT, converting only what is missing",
    )
    c.add_argument(
        "--time-limit",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="give up on a file after this long (default 60; 0: no limit)",
    )
    c.add_argument(
        "--memory-limit",
        type=int,
        default=4096,
        metavar="MB",
        help="a worker's address-space limit (default 4096; 0: no limit)",
    )
    c.add_argument(
        "--dask-scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster (tcp://host:8786); needs the [dask] extra",
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    c.add_argument("-v", "--verbose", action="store_true", help="one line per converted input")
    add_options(c)
    c.set_defaults(handler=run_command)


def run_command(args: argparse.Namespace) -> int:
    fmt = format_of(args.output, args.to)
    usage = _usage_error(args, fmt)
    if usage:
        _say(f"error: {usage}")
        return EXIT_USAGE
    inputs = list(args.inputs)
    if args.files_from:
        try:
            inputs += _read_list(args.files_from)
        except OSError as exc:
            _say(f"error: {args.files_from}: cannot be read ({exc.strerror}); check the path")
            return EXIT_USAGE
    if not inputs:
        _say("error: no input; give files, folders or archives, or --files-from")
        return EXIT_USAGE
    settings = Settings(
        jobs=args.jobs,
        view=args.format,
        options=Options(pdf_engine=args.pdf_engine, max_bytes=args.max_bytes),
        limits=Limits(
            time_seconds=args.time_limit or None,
            memory_bytes=args.memory_limit * MEGABYTE if args.memory_limit else None,
        ),
    )
    try:
        out = (
            StreamOutput(fmt, args.format)
            if args.output == "-"
            else Output(args.output, fmt, args.format, resume=args.resume)
        )
    except OSError as exc:
        _say(f"error: {args.output}: cannot be written ({exc}); check the folder is writable")
        return EXIT_USAGE
    except ValueError as exc:
        _say(f"error: cannot resume: {exc}")
        return EXIT_USAGE
    tally = Tally(earlier=len(out.resumed.done))
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        with _progress(args, inputs) as bar:
            for result in _results(args, inputs, settings, frozenset(out.resumed.done)):
                _handle(result, out, tally, args, bar)
        if tally.converted + tally.earlier == 0 and set(tally.failures) <= {"not_found"}:
            out.discard()
            _say("error: nothing to convert: every input is missing or of another type")
            return EXIT_USAGE
        out.finish()
    except KeyboardInterrupt:
        out.close()
        _say(f"interrupted; continue with: vacancy-parser convert ... -o {args.output} --resume")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except VacancyParserError as exc:
        if tally.converted + tally.failed + tally.earlier == 0:
            out.discard()  # nothing was done (an unreachable scheduler): leave nothing
        else:
            out.close()
        _say(f"error: {exc}")
        return EXIT_FAILED
    except OSError as exc:
        out.close()
        _say(f"error: {args.output}: cannot be written ({exc}); check the disk and the folder")
        return EXIT_FAILED
    if not args.quiet:
        target = "stdout" if args.output == "-" else args.output
        failures = (
            f" (failures: {Paths(args.output).failures})"
            if tally.failed and args.output != "-"
            else ""
        )
        _say(f"{tally.summary()} -> {target}{failures}")
    return EXIT_FAILED if tally.failed or out.resumed.failed else EXIT_OK


def _results(
    args: argparse.Namespace, inputs: list[str], settings: Settings, done: frozenset[str]
) -> Iterator[Row | Failure | Skipped]:
    if args.dask_scheduler:
        from .dask import convert_on_cluster

        return convert_on_cluster(args.dask_scheduler, inputs, settings, done)
    return convert(inputs, settings, done)


def _handle(
    result: Row | Failure | Skipped,
    out: Output | StreamOutput,
    tally: Tally,
    args: argparse.Namespace,
    bar: Any,
) -> None:
    if isinstance(result, Row):
        result = out.write(result)
        if args.verbose:
            _note(bar, f"{result.source_path}: {result.kind}, {len(result.codes)} issue(s)")
    elif isinstance(result, Failure):
        out.fail(result)
        if not args.quiet:
            _note(bar, f"failed: {result.message} [{result.error}]")
    tally.add(result)
    if bar is not None and not isinstance(result, Skipped):
        bar.update(1)
        bar.set_postfix(failed=tally.failed, refresh=False)


def _usage_error(args: argparse.Namespace, fmt: str) -> str | None:
    if args.format not in FORMAT_VIEWS[fmt]:
        return (
            f"--format {args.format} writes nested records, which only jsonl holds; "
            f"use --format flat for {fmt}"
        )
    if args.output == "-" and (fmt == "parquet" or args.resume):
        return "parquet and --resume need a file; give -o FILE"
    if args.jobs is not None and args.jobs < 0:
        return "--jobs must be 0 or more"
    if args.time_limit < 0 or args.memory_limit < 0:
        return "--time-limit and --memory-limit must be 0 (no limit) or more"
    if args.resume:
        return resume_refused(Paths(args.output))
    return None


def _read_list(source: str) -> list[str]:
    if source == "-":
        return list(files_from(sys.stdin))
    with open(source, encoding="utf-8") as handle:
        return list(files_from(handle))


@contextlib.contextmanager
def _progress(args: argparse.Namespace, inputs: list[str]) -> Iterator[Any]:
    """A bar on a terminal only: files done / total when known, rate, ETA, failures."""
    if args.quiet or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    total = None if "-" in inputs else estimate_total(inputs)
    # A terminal that reports no size (a bare pty) would hide the bar.
    size = shutil.get_terminal_size((100, 24))
    bar = tqdm(
        total=total,
        unit=" notices",
        file=sys.stderr,
        ncols=size.columns,
        nrows=max(size.lines, 2),
    )
    try:
        yield bar
    finally:
        bar.close()


def _note(bar: Any, message: str) -> None:
    if bar is not None:
        bar.write(f"vacancy-parser: {message}", file=sys.stderr)
    else:
        _say(message)


def _say(message: str) -> None:
    print(f"vacancy-parser: {message}", file=sys.stderr)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush is silent."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
