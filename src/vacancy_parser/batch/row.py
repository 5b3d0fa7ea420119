"""What crosses from a worker to the parent for one converted input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Row:
    """One converted input, ready to write: the parent never re-validates it.

    ``payload``: the JSON text of the view asked for: the full record (``view ==
    "full"``) or its JSON-LD (``None`` for a page that is not a notice, which writes
    nothing); ``None`` for the flat view, which is ``flat``. ``codes``: its issue codes,
    for the summary. ``fingerprint``: a digest of its notice text, to find re-posts.
    """

    source_path: str
    kind: str
    view: str
    flat: dict[str, Any]
    payload: str | None
    codes: tuple[str, ...]
    fingerprint: str | None
