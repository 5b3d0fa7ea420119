"""Re-posted notices: the same vacancy reached through several inputs of one run.

Boards re-post a notice with their own chrome, and a notice is re-issued with an
extended deadline. Two inputs carry the same vacancy when they share a reference and
an organisation, or the same notice text (its sections) once whitespace, punctuation
and case are set aside. Later inputs get ``duplicate_of``, the ``source_path`` of the
first in input order, and an issue for each value that changed.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from ..checks.codes import REPOSTED_CHANGED
from ..checks.messages import render
from ..fields.base import Finding, pointer
from ..model import ParseResult
from .row import Row

# Flat keys whose change between versions is worth an issue.
COMPARED = (
    "title_en",
    "title_fr",
    "deadline",
    "salary_amount",
    "salary_currency",
    "salary_period",
    "grade_codes",
    "location",
    "clearance",
    "language_requirement",
    "contract_type",
    "contract_years",
)
# Fewer letters than this in a notice's sections is too little text to call two equal.
MIN_BODY_CHARS = 200

_NOT_WORD = re.compile(r"[\W_]+")


def fingerprint(result: ParseResult) -> str | None:
    """A digest of the notice's sections, blind to whitespace, punctuation and case."""
    record = result.record
    if record.kind != "vacancy":
        return None
    parts = [
        result.text[section.span.start : section.span.end]
        for pair in record.sections
        for section in (pair.en, pair.fr)
        if section is not None
    ]
    body = _NOT_WORD.sub("", " ".join(parts)).casefold()
    if len(body) < MIN_BODY_CHARS:
        return None
    return hashlib.blake2b(body.encode(), digest_size=12).hexdigest()


def keys(flat: dict[str, Any], text_digest: str | None) -> list[str]:
    found = []
    reference, organisation = flat.get("reference"), flat.get("organisation")
    if reference and organisation:
        found.append(f"ref:{_norm(reference)}|{_norm(organisation)}")
    if text_digest:
        found.append(f"text:{text_digest}")
    return found


def _norm(value: str) -> str:
    return _NOT_WORD.sub("", value).casefold()


@dataclass(frozen=True, slots=True)
class First:
    source_path: str
    values: dict[str, Any]


class Reposts:
    """Links rows in input order.

    The first input of each vacancy key is kept in a temporary SQLite file, not in a
    dict, so that a run's memory does not grow with its archive.
    """

    def __init__(self) -> None:
        # "" is a private database on disk, deleted on close; SQLite caches a few pages.
        self._db = sqlite3.connect("")
        self._db.execute("CREATE TABLE first (key TEXT PRIMARY KEY, path TEXT, vals TEXT)")

    def remember(self, row_keys: list[str], source_path: str, values: dict[str, Any]) -> None:
        encoded = json.dumps(values, ensure_ascii=False)
        self._db.executemany(
            "INSERT OR IGNORE INTO first VALUES (?, ?, ?)",
            [(key, source_path, encoded) for key in row_keys],
        )

    def _first(self, row_keys: list[str]) -> First | None:
        for key in row_keys:
            found = self._db.execute("SELECT path, vals FROM first WHERE key = ?", (key,))
            hit = found.fetchone()
            if hit is not None:
                return First(hit[0], json.loads(hit[1]))
        return None

    def link(self, row: Row) -> Row:
        """``row``, marked if it is a re-post of an earlier one."""
        if row.kind != "vacancy":
            return row
        row_keys = keys(row.flat, row.fingerprint)
        original = self._first(row_keys)
        self.remember(row_keys, row.source_path, compared(row.flat))
        if original is None or original.source_path == row.source_path:
            return row
        return _mark(row, original)

    def close(self) -> None:
        self._db.close()


def compared(flat: dict[str, Any]) -> dict[str, Any]:
    return {k: flat.get(k) for k in COMPARED}


def _mark(row: Row, original: First) -> Row:
    issues = [
        render(
            Finding(
                REPOSTED_CHANGED,
                key,
                {
                    "first": original.source_path,
                    "before": json.dumps(before),
                    "now": json.dumps(now),
                },
                pointer=pointer(key),
                value=now,
            )
        )
        for key, before in original.values.items()
        if before is not None and (now := row.flat.get(key)) is not None and now != before
    ]
    flat = {**row.flat, "duplicate_of": original.source_path}
    payload = row.payload
    if payload is not None and row.view == "full":
        record = json.loads(payload)
        record["duplicate_of"] = original.source_path
        record["issues"].extend(issue.model_dump(mode="json") for issue in issues)
        payload = json.dumps(record, ensure_ascii=False)
    codes = row.codes + tuple(issue.code for issue in issues)
    return replace(row, flat=flat, payload=payload, codes=codes)
