"""What an input becomes, and the fixed vocabulary for why it failed or was left out.

The error classes and skip reasons are keys that reports and users rely on; they live here,
apart from how inputs are found and read, so that adding one is a change in one place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

NOTICE_SUFFIXES = frozenset({".txt", ".text", ".pdf", ".html", ".htm"})
ARCHIVE_SUFFIXES = (
    ".zip",
    ".tar",
    ".tar.gz",
    ".tgz",
    ".tar.bz2",
    ".tbz2",
    ".tbz",
    ".tar.xz",
    ".txz",
)
_ZIP_SUFFIXES = (".zip",)

ERROR_CLASSES: dict[str, str] = {
    "not_found": "the path names no file or folder, or the pattern matches nothing",
    "unreadable": "the file or folder exists but cannot be read (permissions, I/O error)",
    "too_large": "the input is larger than the size limit",
    "archive_corrupt": "the archive, or one member of it, cannot be decoded",
    "archive_truncated": "the archive ends early or is damaged; the members after it are lost",
    "archive_bomb": "a member expands beyond the size or compression-ratio limit",
    "archive_link": "a member is a symbolic or hard link; links are not followed",
    "archive_nested": "archives nest deeper than the depth limit",
    "timeout": "parsing took longer than the time limit",
    "memory": "parsing needed more memory than the limit",
    "crashed": "the worker process died while parsing",
    "parse_error": "the input was read but could not be parsed as a notice",
    "internal": "a bug in vacancy_parser; please report it with the input",
}

SKIP_REASONS: dict[str, str] = {
    "suffix": "neither a notice nor an archive by its suffix",
    "hidden": "a hidden name (starting with '.') or macOS metadata (__MACOSX/, ._*)",
    "special": "a device, fifo or socket: no notice to read",
    "directory": "a link to a folder, not followed so that a walk cannot loop",
}


@dataclass(frozen=True, slots=True)
class Member:
    """One input to parse."""

    source_path: str
    name: str
    path: str | None = None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that cannot be parsed, and why: ``error`` is a key of :data:`ERROR_CLASSES`."""

    source_path: str
    error: str
    message: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input left out on purpose: ``reason`` is a key of :data:`SKIP_REASONS`."""

    source_path: str
    reason: str


Entry = Member | Failure | Skipped


@dataclass(frozen=True, slots=True)
class Limits:
    """What an archive member may cost: a notice is small, a bomb is not."""

    max_member_bytes: int = 50_000_000
    max_ratio: float = 100.0
    ratio_floor: int = 1_000_000
    max_depth: int = 2


def name_action(name: str) -> str:
    """'hidden', 'suffix', 'archive' or 'notice', from a member or file name alone."""
    parts = name.replace("\\", "/").split("/")
    if "__MACOSX" in parts or any(p.startswith(".") and p not in (".", "..") for p in parts):
        return "hidden"
    if is_archive(parts[-1]):
        return "archive"
    if os.path.splitext(parts[-1])[1].lower() in NOTICE_SUFFIXES:
        return "notice"
    return "suffix"


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def is_zip(name: str) -> bool:
    return name.lower().endswith(_ZIP_SUFFIXES)


def fail(source_path: str, error: str, what: str, todo: str) -> Failure:
    return Failure(source_path, error, _one_line(f"{source_path}: {what}; {todo}"))


def why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _one_line(text: str) -> str:
    return " ".join(text.split())


def size_text(count: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if count >= scale:
            return f"{count / scale:g} {unit}"
    return f"{count} bytes"
