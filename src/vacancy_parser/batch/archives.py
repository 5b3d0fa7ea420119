"""Zip and tar archives read as streams, member by member.

Nothing is ever extracted to disk: a member becomes bytes in memory, capped in size (and,
for zip, in expansion ratio), so a hostile or damaged archive costs one :class:`Failure`,
never the disk, the memory or the rest of the run.
"""

from __future__ import annotations

import io
import lzma
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Self

from ._zipstream import StreamingZip
from .entries import (
    SKIP_REASONS,
    Entry,
    Failure,
    Limits,
    Member,
    Skipped,
    fail,
    is_zip,
    name_action,
    size_text,
    why,
)

CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Archive:
    """An archive on disk, opened only when its members are wanted."""

    source_path: str
    path: str


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


class OverLimit(Exception):
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


def open_archive_file(archive: Archive, limits: Limits) -> Iterator[Entry]:
    try:
        handle = open(archive.path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        yield fail(archive.source_path, "unreadable", why(exc), "check its permissions")
        return
    with handle:
        yield from _archive_entries(handle, archive.source_path, limits, depth=1)


def _archive_entries(
    handle: IO[bytes], source_path: str, limits: Limits, depth: int
) -> Iterator[Entry]:
    if depth > limits.max_depth:
        yield _nested(source_path, limits)
    elif is_zip(source_path):
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
        yield _unreadable(source_path, "zip", exc)
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
                        data = read_capped(stream, limits, info.compress_size)
                except OverLimit as exc:
                    verdict = _bomb(member_source, exc)
                except _ZIP_ERRORS as exc:
                    verdict = fail(
                        member_source,
                        "archive_corrupt",
                        f"cannot be read ({why(exc)})",
                        "make the archive again or extract this file with another tool",
                    )
            if verdict is not None:
                yield verdict
            else:
                yield from _taken(action, member_source, data, limits, depth)


def _unreadable(source_path: str, kind: str, exc: BaseException) -> Failure:
    """An archive that cannot be opened at all."""
    return fail(
        source_path,
        "archive_corrupt",
        f"not a readable {kind} archive ({why(exc)})",
        "check the download or make the archive again",
    )


def _tar_entries(
    handle: IO[bytes], source_path: str, limits: Limits, depth: int
) -> Iterator[Entry]:
    """Members in archive order from a stream; damage ends the stream after one Failure."""
    try:
        archive = _StreamingTar.open(fileobj=handle, mode="r|*", tarinfo=_CheckedTarInfo)
    # A gzip header cut after its first bytes makes tarfile's stream call ord() on nothing.
    except (*_TAR_ERRORS, TypeError) as exc:
        yield _unreadable(source_path, "tar", exc)
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
                    data = read_capped(stream, limits, None) if stream is not None else b""
                except OverLimit as exc:
                    verdict = _bomb(member_source, exc)
                except _TAR_ERRORS as exc:
                    yield _truncated(source_path, done, member.name, exc)
                    return
            done += 1
            if verdict is not None:
                yield verdict
            else:
                yield from _taken(action, member_source, data, limits, depth)


def count_zip(path: str) -> int | None:
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


def _zip_action(info: zipfile.ZipInfo) -> str:
    action = name_action(info.filename)
    if action not in ("notice", "archive"):
        return action
    if stat.S_ISLNK(info.external_attr >> 16):
        return "link"
    if info.flag_bits & 0x1:
        return "encrypted"
    return action


def _tar_action(member: tarfile.TarInfo) -> str:
    action = name_action(member.name)
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
        return fail(source_path, error, what, todo)
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


def read_capped(stream: IO[bytes], limits: Limits, compressed: int | None) -> bytes:
    """All of ``stream``, stopping as soon as it passes a limit, so a bomb is never held."""
    data = bytearray()
    while chunk := stream.read(min(CHUNK, limits.max_member_bytes + 1 - len(data))):
        data += chunk
        if len(data) > limits.max_member_bytes:
            raise OverLimit(f"expands beyond {size_text(limits.max_member_bytes)}")
        if (
            compressed is not None
            and len(data) > limits.ratio_floor
            and len(data) > limits.max_ratio * max(compressed, 1)
        ):
            raise OverLimit(
                f"expands more than {limits.max_ratio:g} times its compressed size"
                f" of {size_text(compressed)}"
            )
    return bytes(data)


def _basename(source_path: str) -> str:
    return source_path.rsplit("!", 1)[-1].replace("\\", "/").rsplit("/", 1)[-1]


def _bomb(source_path: str, exc: OverLimit) -> Failure:
    return fail(
        source_path, "archive_bomb", exc.what, "extract it yourself only if you trust the archive"
    )


def _nested(source_path: str, limits: Limits) -> Failure:
    what = f"archive inside an archive deeper than {limits.max_depth} levels"
    return fail(source_path, "archive_nested", what, "extract it first")


def _truncated(source_path: str, done: int, member: str | None, exc: BaseException) -> Failure:
    where = f" while reading {member}" if member is not None else ""
    what = f"the archive ends early{where} after {done} members ({why(exc)}); the rest is lost"
    return fail(source_path, "archive_truncated", what, "check the download")
