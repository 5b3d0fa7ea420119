"""Sources: turn a path, text or bytes into a :class:`~vacancy_parser.document.Document`.

Each source module (``text``, ``pdf``, ``html``) exposes
``load(data: bytes, where: str, name: str | None, options: Options) -> Document``
and is imported only when an input of its kind arrives.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from ..config import DEFAULT, Options
from ..document import Document
from ..errors import InputError
from . import text as text_source

Source = str | bytes | os.PathLike[str]

SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    "": "text",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


# A ``str`` this long, or with a line break, is text, never a path.
_PATH_MAX = 1024


def load(source: Source, name: str | None = None, options: Options = DEFAULT) -> Document:
    """Read ``source``: a path, a ``str`` of notice text (or HTML), or raw ``bytes``.

    A ``str`` is a path only when it looks like one: a single short line ending in a
    suffix the parser reads (``.txt``, ``.html``, ``.pdf``…). Such a string that names no
    file is an :class:`InputError`; any other string is the notice itself, so that
    ``load("/etc/passwd")`` reads text and never the file. Text from elsewhere should
    go through :func:`load_text`, which never touches the file system.
    """
    if isinstance(source, bytes):
        _check_size(len(source), name or "<bytes>", options)
        return _load_bytes(source, name or "<bytes>", name, sniff(source), options)
    if isinstance(source, str) and not looks_like_path(source):
        return load_text(source, name, options)
    path = Path(source)
    return load_path(path, name or path.name, options)


def load_text(text: str, name: str | None = None, options: Options = DEFAULT) -> Document:
    """A notice given as a ``str`` (plain text or HTML); the file system is never read."""
    _check_size(len(text), name or "<text>", options)
    if sniff(text[:512].encode("utf-8", "replace")) == "html":
        return _load_bytes(text.encode("utf-8", "replace"), name or "<text>", name, "html", options)
    return _check_lines(text_source.document(text, name), name or "<text>", options)


def looks_like_path(text: str) -> bool:
    """One short line ending in a suffix the parser reads (``notices/a.txt``)."""
    if "\n" in text or "\r" in text or len(text) > _PATH_MAX:
        return False
    suffix = os.path.splitext(text.strip())[1].lower()
    return bool(suffix) and suffix in SUFFIXES


def sniff(head: bytes) -> str:
    """The kind of raw input from its first bytes: ``pdf``, ``html`` or ``text``."""
    start = head[:1024].lstrip().lower()
    if start.startswith(b"%pdf-"):
        return "pdf"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in start:
        return "html"
    return "text"


def _check_size(size: int, where: str, options: Options) -> None:
    if size > options.max_bytes:
        raise InputError(
            where,
            f"is {size:,} bytes, over the limit of {options.max_bytes:,}",
            "split it, or raise Options(max_bytes=...) / --max-bytes",
            error="too_large",
        )


def load_path(path: Path, name: str, options: Options = DEFAULT) -> Document:
    try:
        if path.is_file():
            _check_size(path.stat().st_size, str(path), options)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file", "check the path", "not_found") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder", "give the files inside it") from None
    except OSError as exc:
        raise InputError(
            str(path), f"cannot be read ({exc.strerror})", "check its permissions"
        ) from None
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        kind = sniff(data)
        if kind == "text" and b"\x00" in data[:4096]:
            raise InputError(
                str(path),
                f"unsupported file type {path.suffix!r}",
                "give a .txt, .pdf or .html notice",
            )
    return _load_bytes(data, str(path), name, kind, options)


def _load_bytes(data: bytes, where: str, name: str | None, kind: str, options: Options) -> Document:
    if not data:
        raise InputError(
            where, "is empty (0 bytes)", "check that it was saved or downloaded whole", "empty"
        )
    module = importlib.import_module(f"{__name__}.{kind}")
    document: Document = module.load(data, where, name, options)
    return _check_lines(document, where, options)


def _check_lines(document: Document, where: str, options: Options) -> Document:
    longest = max((len(line.text) for line in document.lines), default=0)
    if longest > options.max_line_chars:
        raise InputError(
            where,
            f"has a line of {longest:,} characters, over the limit of {options.max_line_chars:,}",
            "raise Options(max_line_chars=...) if the input is really one line",
            error="too_large",
        )
    return document
