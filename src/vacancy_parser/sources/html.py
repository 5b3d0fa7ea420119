"""HTML input (not yet supported)."""

from __future__ import annotations

from ..config import Options
from ..document import Document
from ..errors import InputError


def load(data: bytes, where: str, name: str | None, options: Options) -> Document:
    raise InputError(where, "HTML input is not supported yet", "convert it to text first")
