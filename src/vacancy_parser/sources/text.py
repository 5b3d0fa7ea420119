"""Plain-text input: bytes to text."""

from __future__ import annotations

import codecs

from ..config import Options
from ..document import Document
from ..errors import InputError
from . import _mojibake
from .arrange import arrange

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, where: str) -> str:
    """Decode by BOM, else UTF-8, falling back to Windows-1252.

    A NUL byte without a UTF-16 BOM means the file is binary, not a text notice.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data[:4096]:
        raise InputError(where, "looks binary, not text", "give a text, PDF or HTML notice")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load(data: bytes, where: str, name: str | None, options: Options) -> Document:
    del options
    return document(decode(data, where), name)


def document(decoded: str, name: str | None) -> Document:
    """The document of a text notice. UTF-8 once read with the wrong code page and saved
    again ("IntitulĂ© du poste") is repaired first; positions are in the repaired text."""
    text = _mojibake.repair(decoded)
    doc = Document.from_text(text, name, arrange(text))
    doc.metadata["mojibake_repaired"] = text != decoded
    return doc
