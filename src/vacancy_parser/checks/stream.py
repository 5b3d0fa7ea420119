"""Records read from a JSON, JSONL or CSV file, one at a time, each with its row number.

A file is read in bounded memory (one record, a chunk and a line at a time) and
its content never raises: a line that is not JSON, not UTF-8, nested too deep,
or a CSV row of the wrong length, is a :class:`Row` carrying the problem. Row
numbers are line numbers for JSONL and CSV (the header is line 1) and the
record's position for a JSON array or a file of concatenated JSON values.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal

from ..errors import VacancyParserError
from ..fields.base import Finding, pointer
from .codes import (
    FLAT_UNKNOWN_KEY,
    INPUT_CSV_ROW,
    INPUT_CSV_UNREADABLE,
    INPUT_NOT_JSON,
    INPUT_NOT_UTF8,
    INPUT_TOO_DEEP,
)
from .external import parse_json
from .flat import RULES

Format = Literal["json", "jsonl", "csv"]
SUFFIXES: dict[str, Format] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
CHUNK = 1 << 16
# The longest CSV cell read (a notice's title, a list of grades); larger is a bad row.
CSV_CELL_MAX = 1 << 20
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SURROGATE = re.compile("[\udc80-\udcff]")
_NUMBER = re.compile(
    r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:nan|inf|infinity)", re.I
)
_TRUE = frozenset({"true", "1", "yes"})
_FALSE = frozenset({"false", "0", "no"})


class UnknownFormat(VacancyParserError):
    """Content whose format cannot be told (not JSON, JSONL or CSV)."""


@dataclass(frozen=True, slots=True)
class Row:
    """One record read (``data``), or what kept a row from being read (``problem``);
    ``header``: a problem of a CSV header, which is no record."""

    number: int
    data: Any = None
    problem: Finding | None = None
    header: bool = False


def format_of(name: str, head: bytes) -> Format:
    """The format by the file's suffix, else by its first bytes (standard input)."""
    for suffix, fmt in SUFFIXES.items():
        if name.lower().endswith(suffix):
            return fmt
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"{"):
        first = text.split(b"\n", 1)[0]
        value, problem = parse_json(first)
        return "jsonl" if problem is None and isinstance(value, dict) else "json"
    header = text.split(b"\n", 1)[0].decode("utf-8", "replace")
    if "," in header and any(key in RULES for key in header.strip().split(",")):
        return "csv"
    raise UnknownFormat(
        "cannot tell its format (not JSON, JSONL or CSV with a header of flat keys); "
        "name it .json, .jsonl or .csv"
    )


def read_rows(handle: IO[bytes], fmt: Format) -> Iterator[Row]:
    """The rows of a binary file in ``fmt``."""
    if fmt == "jsonl":
        return _jsonl(handle)
    if fmt == "csv":
        return _csv(handle)
    return _json(handle)


def _jsonl(handle: IO[bytes]) -> Iterator[Row]:
    for number, line in enumerate(handle, 1):
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        value, problem = parse_json(line)
        yield Row(number, value, problem)


def _json(handle: IO[bytes]) -> Iterator[Row]:
    """Values of a JSON array, or of JSON values one after another, decoded one at a time
    (a chunk is added while a value is incomplete)."""
    decoder = json.JSONDecoder()
    utf8 = codecs.getincrementaldecoder("utf-8-sig")()
    buf, pos, lines_before, row, eof = "", 0, 0, 0, False
    in_array = closed = False

    def more() -> bool:
        nonlocal buf, pos, lines_before, eof
        if eof:
            return False
        chunk = handle.read(max(CHUNK, len(buf) - pos))
        eof = not chunk
        if pos > CHUNK:  # forget what has been read
            lines_before += buf.count("\n", 0, pos)
            buf, pos = buf[pos:], 0
        buf += utf8.decode(chunk, final=eof)
        return True

    def skip() -> bool:
        """Skip whitespace; False at the end of the input."""
        nonlocal pos
        while True:
            pos = _WHITESPACE.match(buf, pos).end()  # type: ignore[union-attr]
            if pos < len(buf):
                return True
            if not more():
                return False

    def problem(exc: json.JSONDecodeError | None, detail: str) -> Row:
        at = exc.pos if exc is not None else pos
        line = lines_before + buf.count("\n", 0, at) + 1
        column = at - buf.rfind("\n", 0, at)
        return Row(
            max(row, 1),
            problem=INPUT_NOT_JSON.finding(
                None, pointer="", detail=detail, line=line, column=column
            ),
        )

    try:
        if not skip():
            yield problem(None, "no JSON value at all")
            return
        if buf[pos] == "[":
            in_array = True
            pos += 1
        while True:
            if not skip():
                if in_array and not closed:
                    yield problem(None, "the array is not closed with ']'")
                return
            if in_array:
                if closed:
                    yield problem(None, "text after the array's closing ']'")
                    return
                if buf[pos] == "]":
                    closed = True
                    pos += 1
                    continue
                if row and buf[pos] == ",":
                    pos += 1
                    if not skip():
                        continue
                elif row:
                    yield problem(None, "expecting ',' or ']' between records")
                    return
            row += 1
            while True:
                try:
                    value, end = decoder.raw_decode(buf, pos)
                except json.JSONDecodeError as exc:
                    if more():
                        continue
                    yield problem(exc, exc.msg)
                    return
                except RecursionError:
                    yield Row(
                        row,
                        problem=INPUT_TOO_DEEP.finding(
                            None, pointer="", depth=sys.getrecursionlimit()
                        ),
                    )
                    return
                # A number at the very end of a chunk may go on in the next one.
                if end == len(buf) and not eof and not isinstance(value, (dict, list, str)):
                    more()
                    continue
                break
            pos = end
            yield Row(row, value)
    except UnicodeDecodeError as exc:
        yield Row(max(row, 1), problem=INPUT_NOT_UTF8.finding(None, pointer="", byte=exc.start + 1))
    except ValueError as exc:  # an integer of more digits than Python converts
        yield problem(None, str(exc))


def _csv(handle: IO[bytes]) -> Iterator[Row]:
    """Flat records from CSV written as ``convert`` writes it: lists joined by ``;``, an
    empty cell null, numbers and booleans as text."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="")
    csv.field_size_limit(CSV_CELL_MAX)
    reader = csv.reader(text)
    start = 1
    try:
        header = next(reader, None)
        if header is None:
            return
        keys = [k.strip() for k in header]
        unknown = [k for k in keys if k not in RULES]
        for key in unknown:
            yield Row(
                1,
                problem=FLAT_UNKNOWN_KEY.finding(None, pointer=pointer(key), value=key, key=key),
                header=True,
            )
        start = reader.line_num + 1
        for cells in reader:
            number, start = start, reader.line_num + 1
            if not cells:
                continue
            if len(cells) != len(keys):
                yield Row(
                    number,
                    problem=INPUT_CSV_ROW.finding(
                        None, pointer="", got=len(cells), expected=len(keys)
                    ),
                )
                continue
            joined = ",".join(cells)
            bad = _SURROGATE.search(joined)
            if bad is not None:
                yield Row(
                    number,
                    problem=INPUT_NOT_UTF8.finding(
                        None,
                        pointer="",
                        byte=len(joined[: bad.start()].encode("utf-8", "surrogateescape")) + 1,
                    ),
                )
                continue
            yield Row(
                number,
                {k: _cell(k, c) for k, c in zip(keys, cells, strict=True) if k not in unknown},
            )
    except csv.Error as exc:
        yield Row(start, problem=INPUT_CSV_UNREADABLE.finding(None, pointer="", detail=str(exc)))


def _cell(key: str, cell: str) -> Any:
    """A CSV cell as the JSON value it stands for; text that is no such value stays text,
    for the checks to report."""
    shape = RULES[key].shape
    if shape == "list":
        return [item for item in cell.split(";") if item] if cell else []
    if cell == "":
        return None
    if shape in ("number", "int") and _NUMBER.fullmatch(cell.strip()):
        number = float(cell)
        return int(number) if shape == "int" and number.is_integer() else number
    if shape == "bool":
        low = cell.strip().lower()
        return True if low in _TRUE else False if low in _FALSE else cell
    return cell
