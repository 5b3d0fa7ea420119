"""A zip archive whose table of contents is read one entry at a time.

``zipfile.ZipFile`` parses the whole central directory when it opens an archive and
keeps a ``ZipInfo`` for every member (about 1 KB each): a run's memory would grow
with its archive. Here the directory is located on opening and walked lazily, with
the standard library's own structures; members are opened as ``ZipFile`` opens them.
Where the standard library's internals differ (another Python), it falls back to
the plain ``ZipFile``.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, Any

_Z: Any = zipfile  # the internals below are not in the typed interface


class StreamingZip(zipfile.ZipFile):
    def __init__(self, handle: IO[bytes]) -> None:
        self._lazy = hasattr(_Z, "_EndRecData") and hasattr(_Z, "structCentralDir")
        super().__init__(handle)

    def _RealGetContents(self) -> None:
        if not self._lazy:
            base: Any = super()
            base._RealGetContents()
            return
        fp: Any = self.fp
        try:
            end = _Z._EndRecData(fp)
        except OSError:
            raise zipfile.BadZipFile("File is not a zip file") from None
        if not end:
            raise zipfile.BadZipFile("File is not a zip file")
        self._size_cd = end[_Z._ECD_SIZE]
        offset_cd = end[_Z._ECD_OFFSET]
        self._comment = end[_Z._ECD_COMMENT]
        concat = end[_Z._ECD_LOCATION] - self._size_cd - offset_cd
        if end[_Z._ECD_SIGNATURE] == _Z.stringEndArchive64:
            concat -= _Z.sizeEndCentDir64 + _Z.sizeEndCentDir64Locator
        self._concat = concat
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise zipfile.BadZipFile("Bad offset for central directory")
        self.entries = end[_Z._ECD_ENTRIES_TOTAL]

    def members(self) -> Iterator[zipfile.ZipInfo]:
        """The members in archive order, read from the directory as they are asked for."""
        if not self._lazy:
            yield from self.infolist()
            return
        position, stop = self.start_dir, self.start_dir + self._size_cd
        while position < stop:
            info, size = self._read_entry(position)
            position += size
            yield info

    def _read_entry(self, position: int) -> tuple[zipfile.ZipInfo, int]:
        with self._lock:  # type: ignore[attr-defined]
            fp: Any = self.fp
            fp.seek(position)
            raw = fp.read(_Z.sizeCentralDir)
            if len(raw) != _Z.sizeCentralDir:
                raise zipfile.BadZipFile("Truncated central directory")
            cd = struct.unpack(_Z.structCentralDir, raw)
            if cd[_Z._CD_SIGNATURE] != _Z.stringCentralDir:
                raise zipfile.BadZipFile("Bad magic number for central directory")
            name = fp.read(cd[_Z._CD_FILENAME_LENGTH])
            extra = fp.read(cd[_Z._CD_EXTRA_FIELD_LENGTH])
            comment = fp.read(cd[_Z._CD_COMMENT_LENGTH])
        utf8 = cd[_Z._CD_FLAG_BITS] & _Z._MASK_UTF_FILENAME
        info: Any = zipfile.ZipInfo(name.decode("utf-8" if utf8 else "cp437"))
        info.extra, info.comment = extra, comment
        (
            info.create_version,
            info.create_system,
            info.extract_version,
            info.reserved,
            info.flag_bits,
            info.compress_type,
            time,
            date,
            info.CRC,
            info.compress_size,
            info.file_size,
        ) = cd[1:12]
        info.volume, info.internal_attr, info.external_attr = cd[15:18]
        info._raw_time = time
        info.date_time = (
            (date >> 9) + 1980,
            (date >> 5) & 0xF,
            date & 0x1F,
            time >> 11,
            (time >> 5) & 0x3F,
            (time & 0x1F) * 2,
        )
        try:
            info._decodeExtra()
        except TypeError:  # Python 3.12+: the file name's CRC checks a Unicode path field
            info._decodeExtra(zlib.crc32(name))
        info.header_offset = cd[_Z._CD_LOCAL_HEADER_OFFSET] + self._concat
        size = (
            _Z.sizeCentralDir
            + cd[_Z._CD_FILENAME_LENGTH]
            + cd[_Z._CD_EXTRA_FIELD_LENGTH]
            + cd[_Z._CD_COMMENT_LENGTH]
        )
        return info, size
