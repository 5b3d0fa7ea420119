"""What a worker does with one input: parse it and hand back a compact, ready-to-write row.

The parent never re-validates a record: a worker sends the JSON text of the chosen
view and the flat values (a small dict), which the parent writes as they are.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..api import parse
from ..config import DEFAULT, Options
from ..errors import InputError, VacancyParserError
from ..export.jsonld import job_posting
from ..model import ParseResult
from .entries import Failure, Member
from .reposts import fingerprint
from .row import Row


def process(member: Member, view: str = "full", options: Options = DEFAULT) -> Row | Failure:
    """Parse ``member``; a bad input is a :class:`Failure`, never an exception."""
    try:
        source = member.data if member.data is not None else Path(member.path or "")
        result = parse(source, name=member.name, options=options)
    except InputError as exc:
        return Failure(member.source_path, exc.error, str(exc))
    except VacancyParserError as exc:
        return Failure(member.source_path, "parse_error", f"{member.source_path}: {exc}")
    return to_row(result, member.source_path, view)


def to_row(result: ParseResult, source_path: str, view: str = "full") -> Row:
    record = result.record
    record.source_path = source_path
    result.flat.source_path = source_path
    payload: str | None = None
    codes = tuple(issue.code for issue in record.issues)
    if view == "full":
        payload = record.model_dump_json()
    elif view == "jsonld":
        posting = job_posting(record)
        if posting.document is not None:
            payload = json.dumps(posting.document, ensure_ascii=False)
        codes += tuple(issue.code for issue in posting.issues)
    return Row(
        source_path=source_path,
        kind=record.kind,
        view=view,
        flat=result.flat.model_dump(mode="json"),
        payload=payload,
        codes=codes,
        fingerprint=fingerprint(result),
    )
