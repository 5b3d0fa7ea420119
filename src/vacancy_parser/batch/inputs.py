"""Command-line inputs to a stream of entries: files, folders, globs and stdin.

Inputs are located on disk without reading them, so that :func:`estimate_total` can count
before :func:`expand` reads; archives found on the way are read by :mod:`.archives`.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from .archives import Archive, OverLimit, count_zip, open_archive_file, read_capped
from .entries import (
    Entry,
    Failure,
    Limits,
    Member,
    Skipped,
    fail,
    is_archive,
    is_zip,
    name_action,
    size_text,
    why,
)

__all__ = [
    "Entry",
    "Failure",
    "Limits",
    "Member",
    "Skipped",
    "estimate_total",
    "expand",
    "files_from",
]

_DEFAULT_LIMITS = Limits()
_GLOB_CHARACTERS = frozenset("*?[")
_STDIN = "-"


@dataclass(frozen=True, slots=True)
class _Stdin:
    """Standard input, read only when its entry is wanted."""


def expand(
    inputs: Iterable[str], limits: Limits = _DEFAULT_LIMITS, stdin: BinaryIO | None = None
) -> Iterator[Entry]:
    """Entries for ``inputs`` in order, lazily; bad input gives a Failure, never an exception."""
    for item in _locate(inputs):
        if isinstance(item, _Stdin):
            yield _read_stdin(stdin, limits)
        elif isinstance(item, Archive):
            yield from open_archive_file(item, limits)
        else:
            yield item


def files_from(handle: TextIO) -> Iterator[str]:
    """Paths listed one a line; blank lines and ``#`` comments let a list be annotated."""
    for line in handle:
        path = line.strip()
        if path and not path.startswith("#"):
            yield path


def estimate_total(inputs: Sequence[str]) -> int | None:
    """How many Members :func:`expand` would yield, for a progress bar.

    None when only decompressing would tell: stdin, a tar, or an archive inside a zip.
    """
    total = 0
    for item in _locate(inputs):
        if isinstance(item, _Stdin):
            return None
        if isinstance(item, Archive):
            count = count_zip(item.path) if is_zip(item.source_path) else None
            if count is None:
                return None
            total += count
        elif isinstance(item, Member):
            total += 1
    return total


# --- the file system -------------------------------------------------------------------


def _locate(inputs: Iterable[str]) -> Iterator[Entry | Archive | _Stdin]:
    """Inputs resolved on disk, without reading any file or archive."""
    for raw in inputs:
        if raw == _STDIN:
            yield _Stdin()
            continue
        found = _stat(raw)
        if isinstance(found, Failure):
            yield found
        elif found is not None:
            yield from _locate_path(raw, _slashed(raw), stat.S_ISDIR(found.st_mode))
        elif _GLOB_CHARACTERS.intersection(raw):
            yield from _locate_glob(raw)
        else:
            yield fail(raw, "not_found", "no such file or folder", "check the path")


def _stat(path: str) -> os.stat_result | Failure | None:
    """The path's status, None when it is missing, a Failure when it cannot be known."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as exc:
        return fail(_slashed(path), "unreadable", why(exc), "check the path and its permissions")


def _locate_glob(pattern: str) -> Iterator[Entry | Archive]:
    """Matches as if given one by one, as the shell would give them.

    A match inside a folder already walked (``dir/**`` matches both) is not repeated.
    """
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield fail(pattern, "not_found", "no such file or folder matches", "check the path")
    walked: set[str] = set()
    for match in matches:
        normal = os.path.normpath(match)
        if any(folder in walked for folder in _ancestors(normal)):
            continue
        found = _stat(match)
        if isinstance(found, Failure):
            yield found
        elif found is not None:
            is_dir = stat.S_ISDIR(found.st_mode)
            if is_dir:
                walked.add(normal)
            yield from _locate_path(match, _slashed(match), is_dir)


def _ancestors(path: str) -> Iterator[str]:
    parent = os.path.dirname(path)
    while parent and parent != path:
        yield parent
        path, parent = parent, os.path.dirname(parent)


def _locate_path(path: str, source_path: str, is_dir: bool) -> Iterator[Entry | Archive]:
    """A path given explicitly: a folder is walked, an archive opened, any other file taken."""
    if is_dir:
        yield from _walk(path, source_path)
    elif is_archive(path):
        yield Archive(source_path, path)
    else:
        yield Member(source_path, name=os.path.basename(path), path=path)


def _walk(folder: str, source_path: str) -> Iterator[Entry | Archive]:
    """A folder's notices and archives in the sorted order of their full relative paths."""
    try:
        with os.scandir(folder) as scan:
            children = sorted(scan, key=_walk_key)
    except OSError as exc:
        yield fail(source_path, "unreadable", why(exc), "check the folder's permissions")
        return
    prefix = source_path if source_path.endswith("/") else source_path + "/"
    for child in children:
        child_source = prefix + child.name
        try:
            if child.name.startswith("."):
                yield Skipped(child_source, "hidden")
            elif child.is_dir(follow_symlinks=False):
                yield from _walk(child.path, child_source)
            elif child.is_dir():
                yield Skipped(child_source, "directory")
            elif name_action(child.name) == "suffix":
                yield Skipped(child_source, "suffix")
            elif child.is_file():
                yield from _locate_path(child.path, child_source, is_dir=False)
            elif child.is_symlink():
                yield fail(child_source, "not_found", "a link to a missing file", "fix the link")
            else:
                yield Skipped(child_source, "special")
        except OSError as exc:
            yield fail(child_source, "unreadable", why(exc), "check its permissions")


def _walk_key(entry: os.DirEntry[str]) -> str:
    """A folder sorts as its name plus '/', which is how its content's paths compare."""
    return entry.name + "/" if entry.is_dir(follow_symlinks=False) else entry.name


def _read_stdin(stdin: BinaryIO | None, limits: Limits) -> Entry:
    try:
        data = read_capped(stdin if stdin is not None else sys.stdin.buffer, limits, None)
    except OverLimit:
        size = size_text(limits.max_member_bytes)
        return fail(
            _STDIN, "too_large", f"standard input is larger than {size}", "pass a single notice"
        )
    except (OSError, ValueError, AttributeError) as exc:
        return fail(_STDIN, "unreadable", why(exc), "pass the notice as a file instead")
    return Member(_STDIN, name="stdin", data=data)


def _slashed(path: str) -> str:
    return path.replace(os.sep, "/")
