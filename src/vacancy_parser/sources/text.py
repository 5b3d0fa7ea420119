"""Plain-text input: bytes to text."""

from __future__ import annotations

from ..errors import InputError


def decode(data: bytes, where: str) -> str:
    """Decode UTF-8 (with or without BOM), falling back to Windows-1252.

    A NUL byte means the file is binary, not a text notice.
    """
    if b"\x00" in data[:4096]:
        raise InputError(where, "looks binary, not text", "give a text notice")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
