"""Sources: turn a path, text or bytes into a :class:`~vacancy_parser.document.Document`."""

from __future__ import annotations

import os
from pathlib import Path

from ..document import Document
from ..errors import InputError
from .text import decode

Source = str | bytes | os.PathLike[str]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})


def load(source: Source, name: str | None = None) -> Document:
    """Read ``source``: a path, a ``str`` of notice text, or raw ``bytes``.

    A ``str`` is taken as a path only when it has no line break and names an
    existing file; anything else is notice text.
    """
    if isinstance(source, bytes):
        return Document.from_text(decode(source, name or "<bytes>"), name)
    if isinstance(source, str) and ("\n" in source or len(source) > 1024 or not _is_file(source)):
        return Document.from_text(source, name)
    path = Path(source)
    return load_path(path, name or path.name)


def _is_file(candidate: str) -> bool:
    try:
        return os.path.isfile(candidate)
    except (OSError, ValueError):
        return False


def load_path(path: Path, name: str) -> Document:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder", "give the files inside it") from None
    except OSError as exc:
        raise InputError(
            str(path), f"cannot be read ({exc.strerror})", "check its permissions"
        ) from None
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return Document.from_text(decode(data, str(path)), name)
    raise InputError(
        str(path),
        f"unsupported file type {suffix!r}",
        "give a .txt notice (PDF and HTML input are planned)",
    )
