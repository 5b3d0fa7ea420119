"""Command-line inputs to a stream of entries: files, folders, globs, stdin and archives.

Archives are read as streams and nothing is ever extracted to disk: a member becomes bytes
in memory, capped in size (and, for zip, in expansion ratio), so a hostile or damaged
archive costs one :class:`Failure`, never the disk, the memory or the rest of the run.
"""

from __future__ import annotations

import glob
import io
import lzma
import os
import stat
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, BinaryIO, Self, TextIO

from ._zipstream import StreamingZip

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

_CHUNK = 1 << 20
_GLOB_CHARACTERS = frozenset("*?[")
_STDIN = "-"


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


@dataclass(frozen=True, slots=True)
class _Archive:
    """An archive on disk, opened only when its members are wanted."""

    source_path: str
    path: str


@dataclass(frozen=True, slots=True)
class _Stdin:
    """Standard input, read only when its entry is wanted."""


# What a member's name and kind make of it: skipped, failed without reading, or read.
_SKIPPING = frozenset(SKIP_REASONS)
_FAILING: dict[str, tuple[str, str, str]] = {
    "link": ("archive_link", "a link, not followed", "add the file it points to instead"),
    "encrypted": ("archive_corrupt", "the member is encrypted", "decrypt the archive first"),
}

# Errors a damaged zip, or a decompressor fed damaged data, raises.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
    ValueError,
)
# Errors a damaged tar stream raises; after one the stream cannot be resumed.
_TAR_ERRORS = (tarfile.TarError, zlib.error, lzma.LZMAError, EOFError, OSError)
# The one header error that means the archive ended as it should.
_END_OF_ARCHIVE = "EOFHeaderError"


class _OverLimit(Exception):
    """A member grew past a limit while being read; ``what`` says which."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class _CheckedTarInfo(tarfile.TarInfo):
    """Header reading that tells a cut archive from a finished one.

    tarfile ends iteration silently at a missing or partial header, which is exactly
    where a cut download ends; raising turns that into a Failure instead of a short list.
    """

    @classmethod
    def fromtarfile(cls, tarfile_: tarfile.TarFile) -> Self:
        try:
            return super().fromtarfile(tarfile_)
        except tarfile.HeaderError as exc:
            if type(exc).__name__ == _END_OF_ARCHIVE:
                raise
            raise tarfile.ReadError(f"{exc} at byte {tarfile_.offset}") from exc


class _StreamingTar(tarfile.TarFile):
    """A tar stream that forgets each member once past it, so memory stays flat."""

    members: list[tarfile.TarInfo]

    def next(self) -> tarfile.TarInfo | None:
        self.members = []
        return super().next()


def expand(
    inputs: Iterable[str], limits: Limits = Limits(), stdin: BinaryIO | None = None
) -> Iterator[Entry]:
    """Entries for ``inputs`` in order, lazily; bad input gives a Failure, never an exception."""
    for item in _locate(inputs):
        if isinstance(item, _Stdin):
            yield _read_stdin(stdin, limits)
        elif isinstance(item, _Archive):
            yield from _open_archive_file(item, limits)
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
        if isinstance(item, _Archive):
            count = _count_zip(item.path) if _is_zip(item.source_path) else None
            if count is None:
                return None
            total += count
        elif isinstance(item, Member):
            total += 1
    return total


# --- the file system -------------------------------------------------------------------


def _locate(inputs: Iterable[str]) -> Iterator[Entry | _Archive | _Stdin]:
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
            yield _fail(raw, "not_found", "no such file or folder", "check the path")


def _stat(path: str) -> os.stat_result | Failure | None:
    """The path's status, None when it is missing, a Failure when it cannot be known."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as exc:
        return _fail(_slashed(path), "unreadable", _why(exc), "check the path and its permissions")


def _locate_glob(pattern: str) -> Iterator[Entry | _Archive]:
    """Matches as if given one by one, as the shell would give them.

    A match inside a folder already walked (``dir/**`` matches both) is not repeated.
    """
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield _fail(pattern, "not_found", "no such file or folder matches", "check the path")
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


def _locate_path(path: str, source_path: str, is_dir: bool) -> Iterator[Entry | _Archive]:
    """A path given explicitly: a folder is walked, an archive opened, any other file taken."""
    if is_dir:
        yield from _walk(path, source_path)
    elif _is_archive(path):
        yield _Archive(source_path, path)
    else:
        yield Member(source_path, name=os.path.basename(path), path=path)


def _walk(folder: str, source_path: str) -> Iterator[Entry | _Archive]:
    """A folder's notices and archives in the sorted order of their full relative paths."""
    try:
        with os.scandir(folder) as scan:
            children = sorted(scan, key=_walk_key)
    except OSError as exc:
        yield _fail(source_path, "unreadable", _why(exc), "check the folder's permissions")
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
            elif _name_action(child.name) == "suffix":
                yield Skipped(child_source, "suffix")
            elif child.is_file():
                yield from _locate_path(child.path, child_source, is_dir=False)
            elif child.is_symlink():
                yield _fail(child_source, "not_found", "a link to a missing file", "fix the link")
            else:
                yield Skipped(child_source, "special")
        except OSError as exc:
            yield _fail(child_source, "unreadable", _why(exc), "check its permissions")


def _walk_key(entry: os.DirEntry[str]) -> str:
    """A folder sorts as its name plus '/', which is how its content's paths compare."""
    return entry.name + "/" if entry.is_dir(follow_symlinks=False) else entry.name


def _read_stdin(stdin: BinaryIO | None, limits: Limits) -> Entry:
    try:
        data = _read_capped(stdin if stdin is not None else sys.stdin.buffer, limits, None)
    except _OverLimit:
        size = _size(limits.max_member_bytes)
        return _fail(
            _STDIN, "too_large", f"standard input is larger than {size}", "pass a single notice"
        )
    except (OSError, ValueError, AttributeError) as exc:
        return _fail(_STDIN, "unreadable", _why(exc), "pass the notice as a file instead")
    return Member(_STDIN, name="stdin", data=data)


# --- archives --------------------------------------------------------------------------


def _open_archive_file(archive: _Archive, limits: Limits) -> Iterator[Entry]:
    try:
        handle = open(archive.path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        yield _fail(archive.source_path, "unreadable", _why(exc), "check its permissions")
        return
    with handle:
        yield from _archive_entries(handle, archive.source_path, limits, depth=1)


def _archive_entries(
    handle: IO[bytes], source_path: str, limits: Limits, depth: int
) -> Iterator[Entry]:
    if depth > limits.max_depth:
        yield _nested(source_path, limits)
    elif _is_zip(source_path):
        yield from _zip_entries(handle, source_path, limits, depth)
    else:
        yield from _tar_entries(handle, source_path, limits, depth)


def _zip_entries(
    handle: IO[bytes], source_path: str, limits: Limits, depth: int
) -> Iterator[Entry]:
    """Members in archive order; a damaged member fails alone, the next is still read."""
    try:
        archive = StreamingZip(handle)
    except _ZIP_ERRORS as exc:
        yield _fail(
            source_path,
            "archive_corrupt",
            f"not a readable zip archive ({_why(exc)})",
            "check the download or make the archive again",
        )
        return
    with archive:
        for info in archive.members():
            if info.is_dir():
                continue
            member_source = f"{source_path}!{info.filename}"
            action = _zip_action(info)
            verdict = _verdict(action, member_source, depth, limits)
            data = b""
            if verdict is None:
                try:
                    with archive.open(info) as stream:
                        data = _read_capped(stream, limits, info.compress_size)
                except _OverLimit as exc:
                    verdict = _bomb(member_source, exc)
                except _ZIP_ERRORS as exc:
                    verdict = _fail(
                        member_source,
                        "archive_corrupt",
                        f"cannot be read ({_why(exc)})",
                        "make the archive again or extract this file with another tool",
                    )
            if verdict is not None:
                yield verdict
            else:
                yield from _taken(action, member_source, data, limits, depth)


def _tar_entries(
    handle: IO[bytes], source_path: str, limits: Limits, depth: int
) -> Iterator[Entry]:
    """Members in archive order from a stream; damage ends the stream after one Failure."""
    try:
        archive = _StreamingTar.open(fileobj=handle, mode="r|*", tarinfo=_CheckedTarInfo)
    except _TAR_ERRORS as exc:
        yield _fail(
            source_path,
            "archive_corrupt",
            f"not a readable tar archive ({_why(exc)})",
            "check the download or make the archive again",
        )
        return
    done = 0
    with archive:
        while True:
            try:
                member = archive.next()
            except _TAR_ERRORS as exc:
                yield _truncated(source_path, done, None, exc)
                return
            if member is None:
                return
            if member.isdir():
                done += 1
                continue
            member_source = f"{source_path}!{member.name}"
            action = _tar_action(member)
            verdict = _verdict(action, member_source, depth, limits)
            data = b""
            if verdict is None:
                try:
                    stream = archive.extractfile(member)
                    data = _read_capped(stream, limits, None) if stream is not None else b""
                except _OverLimit as exc:
                    verdict = _bomb(member_source, exc)
                except _TAR_ERRORS as exc:
                    yield _truncated(source_path, done, member.name, exc)
                    return
            done += 1
            if verdict is not None:
                yield verdict
            else:
                yield from _taken(action, member_source, data, limits, depth)


def _count_zip(path: str) -> int | None:
    """Members a zip would yield, from its central directory alone; None if it nests archives."""
    total = 0
    try:
        with open(path, "rb") as handle, StreamingZip(handle) as archive:
            for info in archive.members():
                action = "" if info.is_dir() else _zip_action(info)
                if action == "archive":
                    return None
                total += action == "notice"
    except (*_ZIP_ERRORS, OSError):
        return total
    return total


def _name_action(name: str) -> str:
    """'hidden', 'suffix', 'archive' or 'notice', from a member or file name alone."""
    parts = name.replace("\\", "/").split("/")
    if "__MACOSX" in parts or any(p.startswith(".") and p not in (".", "..") for p in parts):
        return "hidden"
    if _is_archive(parts[-1]):
        return "archive"
    if os.path.splitext(parts[-1])[1].lower() in NOTICE_SUFFIXES:
        return "notice"
    return "suffix"


def _zip_action(info: zipfile.ZipInfo) -> str:
    action = _name_action(info.filename)
    if action not in ("notice", "archive"):
        return action
    if stat.S_ISLNK(info.external_attr >> 16):
        return "link"
    if info.flag_bits & 0x1:
        return "encrypted"
    return action


def _tar_action(member: tarfile.TarInfo) -> str:
    action = _name_action(member.name)
    if action not in ("notice", "archive"):
        return action
    if member.issym() or member.islnk():
        return "link"
    if not member.isfile():
        return "special"
    return action


def _verdict(action: str, source_path: str, depth: int, limits: Limits) -> Entry | None:
    """The entry for a member that is not read, or None when it must be read."""
    if action in _SKIPPING:
        return Skipped(source_path, action)
    if action in _FAILING:
        error, what, todo = _FAILING[action]
        return _fail(source_path, error, what, todo)
    if action == "archive" and depth >= limits.max_depth:
        return _nested(source_path, limits)
    return None


def _taken(
    action: str, source_path: str, data: bytes, limits: Limits, depth: int
) -> Iterator[Entry]:
    if action == "archive":
        yield from _archive_entries(io.BytesIO(data), source_path, limits, depth + 1)
    else:
        yield Member(source_path, name=_basename(source_path), data=data)


def _read_capped(stream: IO[bytes], limits: Limits, compressed: int | None) -> bytes:
    """All of ``stream``, stopping as soon as it passes a limit, so a bomb is never held."""
    data = bytearray()
    while chunk := stream.read(min(_CHUNK, limits.max_member_bytes + 1 - len(data))):
        data += chunk
        if len(data) > limits.max_member_bytes:
            raise _OverLimit(f"expands beyond {_size(limits.max_member_bytes)}")
        if (
            compressed is not None
            and len(data) > limits.ratio_floor
            and len(data) > limits.max_ratio * max(compressed, 1)
        ):
            raise _OverLimit(
                f"expands more than {limits.max_ratio:g} times its compressed size"
                f" of {_size(compressed)}"
            )
    return bytes(data)


# --- names and messages ------------------------------------------------------------------


def _is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _is_zip(name: str) -> bool:
    return name.lower().endswith(_ZIP_SUFFIXES)


def _basename(source_path: str) -> str:
    return source_path.rsplit("!", 1)[-1].replace("\\", "/").rsplit("/", 1)[-1]


def _slashed(path: str) -> str:
    return path.replace(os.sep, "/")


def _fail(source_path: str, error: str, what: str, todo: str) -> Failure:
    return Failure(source_path, error, _one_line(f"{source_path}: {what}; {todo}"))


def _bomb(source_path: str, exc: _OverLimit) -> Failure:
    return _fail(
        source_path, "archive_bomb", exc.what, "extract it yourself only if you trust the archive"
    )


def _nested(source_path: str, limits: Limits) -> Failure:
    what = f"archive inside an archive deeper than {limits.max_depth} levels"
    return _fail(source_path, "archive_nested", what, "extract it first")


def _truncated(source_path: str, done: int, member: str | None, exc: BaseException) -> Failure:
    where = f" while reading {member}" if member is not None else ""
    what = f"the archive ends early{where} after {done} members ({_why(exc)}); the rest is lost"
    return _fail(source_path, "archive_truncated", what, "check the download")


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _size(count: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if count >= scale:
            return f"{count / scale:g} {unit}"
    return f"{count} bytes"
