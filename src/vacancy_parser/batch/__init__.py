"""Many inputs: files, folders and zip/tar archives, one result or one error each.

A batch never stops for one bad file: each input yields either a
:class:`~vacancy_parser.model.ParseResult` or the error that says why not.
"""

from __future__ import annotations

import os
import tarfile
import zipfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..api import parse
from ..config import DEFAULT, Options
from ..errors import InputError, VacancyParserError
from ..model import ParseResult

NOTICE_SUFFIXES = frozenset({".txt", ".text", ".md", ".pdf", ".html", ".htm"})


@dataclass(frozen=True, slots=True)
class Item:
    """One input: its display name, and a path or the bytes read from an archive."""

    name: str
    path: str | None = None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    item: Item
    result: ParseResult | None
    error: str | None


def expand(inputs: Iterable[str]) -> Iterator[Item | Outcome]:
    """Files as given, folders walked in sorted order, archive members in order."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in NOTICE_SUFFIXES or _is_archive(child):
                    yield from expand([str(child)])
        elif _is_archive(path):
            yield from _members(path)
        else:
            yield Item(name=path.name, path=str(path))


def _is_archive(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz"))


def _members(path: Path) -> Iterator[Item | Outcome]:
    try:
        if path.name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                for info in sorted(archive.infolist(), key=lambda i: i.filename):
                    if not info.is_dir() and Path(info.filename).suffix.lower() in NOTICE_SUFFIXES:
                        yield Item(name=f"{path.name}/{info.filename}", data=archive.read(info))
        else:
            with tarfile.open(path) as archive:
                for member in sorted(archive.getmembers(), key=lambda m: m.name):
                    if member.isfile() and Path(member.name).suffix.lower() in NOTICE_SUFFIXES:
                        handle = archive.extractfile(member)
                        if handle is not None:
                            yield Item(name=f"{path.name}/{member.name}", data=handle.read())
    except (OSError, zipfile.BadZipFile, tarfile.TarError) as exc:
        item = Item(name=path.name, path=str(path))
        yield Outcome(item, None, f"{path}: not a readable archive ({exc}); check the file")


def run_one(item: Item, options: Options = DEFAULT) -> Outcome:
    """Parse one item; any failure becomes a one-line error, never an exception."""
    try:
        if item.data is not None:
            result = parse(item.data, name=os.path.basename(item.name), options=options)
        else:
            assert item.path is not None
            result = parse(Path(item.path), name=item.name, options=options)
    except InputError as exc:
        return Outcome(item, None, str(exc))
    except VacancyParserError as exc:
        return Outcome(item, None, f"{item.name}: {exc}")
    except Exception as exc:
        return Outcome(
            item,
            None,
            f"{item.name}: internal error {type(exc).__name__}: {exc}; "
            "please report it with this file",
        )
    return Outcome(item, result, None)


def run(inputs: Iterable[str], jobs: int = 1, options: Options = DEFAULT) -> Iterator[Outcome]:
    """Outcomes in input order; ``jobs > 1`` parses in that many processes."""
    expanded = list(expand(inputs))
    if jobs <= 1:
        for entry in expanded:
            yield entry if isinstance(entry, Outcome) else run_one(entry, options)
        return
    items = [e for e in expanded if isinstance(e, Item)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        done = iter(pool.map(partial(_run_serialised, options=options), items, chunksize=8))
        for entry in expanded:
            if isinstance(entry, Outcome):
                yield entry
                continue
            payload, error = next(done)
            result = ParseResult.model_validate_json(payload) if payload is not None else None
            yield Outcome(entry, result, error)


def _run_serialised(item: Item, options: Options) -> tuple[str | None, str | None]:
    """:func:`run_one` in a worker: results cross processes as JSON (generic models don't pickle)."""
    outcome = run_one(item, options)
    return (outcome.result.model_dump_json() if outcome.result else None), outcome.error
