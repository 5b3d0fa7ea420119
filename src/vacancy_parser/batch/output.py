"""Where a run's rows go, so that no run loses or repeats an input.

A run writes ``OUT.part`` (a folder of row groups for Parquet) and renames it to
``OUT`` at the end, so an existing ``OUT`` is never truncated before work starts.
Failures go to ``OUT.failures.jsonl``. Beside them, ``OUT.progress.jsonl`` records
each finished input after its row is on disk, with the byte offsets reached; a run
killed at any point is continued by ``--resume``, which cuts the files back to the
last recorded offsets (a half-written row goes) and converts only what is missing.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..export.tables import concat_parquet, write_parquet
from ..export.writers import csv_header, csv_line, jsonl_line
from .entries import Failure
from .reposts import Reposts, compared, keys
from .row import Row

PARQUET_ROW_GROUP = 1000
# Rows written between two flushes to disk: a kill loses at most these, which --resume redoes.
FLUSH_ROWS = 16


@dataclass(slots=True)
class Paths:
    target: str

    @property
    def part(self) -> str:
        return self.target + ".part"

    @property
    def progress(self) -> str:
        return self.target + ".progress.jsonl"

    @property
    def failures(self) -> str:
        return self.target + ".failures.jsonl"

    @property
    def failures_part(self) -> str:
        return self.failures + ".part"


@dataclass(slots=True)
class Resumed:
    """What an interrupted run had finished."""

    done: set[str] = field(default_factory=set)
    out_offset: int = 0
    failures_offset: int = 0
    chunks: int = 0
    failed: int = 0  # of the inputs done, how many are in the failures file


class Output:
    """Rows to ``target`` in ``fmt`` (``jsonl``, ``csv``, ``parquet``), failures beside it."""

    def __init__(self, target: str, fmt: str, view: str, resume: bool = False) -> None:
        self.paths = Paths(target)
        self.fmt = fmt
        self.view = view
        self.reposts = Reposts()
        self.resumed = Resumed()
        self._chunk: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self._entries: list[str] = []
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        if resume:
            self.resumed = self._read_progress()
            _check_length(self.paths.part, self.resumed.out_offset if fmt != "parquet" else 0)
            _check_length(self.paths.failures_part, self.resumed.failures_offset)
        else:
            self._clear()
        self._failures = _append(self.paths.failures_part, self.resumed.failures_offset)
        self._progress = _append(self.paths.progress, None)
        self._out: IO[bytes] | None = None
        if fmt == "parquet":
            Path(self.paths.part).mkdir(exist_ok=True)
            self._drop_unfinished_chunks()
        else:
            fresh = not os.path.exists(self.paths.part) or self.resumed.out_offset == 0
            self._out = _append(self.paths.part, self.resumed.out_offset)
            if fresh and fmt == "csv":
                self._out.write(csv_header())
                self._out.flush()

    @property
    def done(self) -> set[str]:
        return self.resumed.done

    def write(self, row: Row) -> Row:
        """Write ``row`` (linked to an earlier re-post if it is one); return it as written."""
        row = self.reposts.link(row)
        entry: dict[str, Any] = {"path": row.source_path, "keys": keys(row.flat, row.fingerprint)}
        if row.kind == "vacancy":
            entry["values"] = compared(row.flat)
        if self.fmt == "parquet":
            self._chunk.append((row.flat, entry))
            if len(self._chunk) >= PARQUET_ROW_GROUP:
                self._flush_chunk()
            return row
        assert self._out is not None
        line = (
            csv_line(row.flat) if self.fmt == "csv" else jsonl_line(row.flat, row.payload, row.view)
        )
        if line is not None:
            self._out.write(line)
        self._record(entry)
        return row

    def fail(self, failure: Failure) -> None:
        record = {
            "source_path": failure.source_path,
            "error": failure.error,
            "message": failure.message,
        }
        self._failures.write((json.dumps(record, ensure_ascii=False) + "\n").encode())
        self._record({"path": failure.source_path, "failed": True})

    def finish(self) -> None:
        """Everything converted: the part files become the output, the progress goes."""
        if self.fmt == "parquet":
            self._flush_chunk()
            concat_parquet(self._chunks(), self.paths.target + ".tmp")
            os.replace(self.paths.target + ".tmp", self.paths.target)
            shutil.rmtree(self.paths.part, ignore_errors=True)
        else:
            assert self._out is not None
            self._out.close()
            os.replace(self.paths.part, self.paths.target)
        self._failures.close()
        if os.path.getsize(self.paths.failures_part):
            os.replace(self.paths.failures_part, self.paths.failures)
        else:
            os.remove(self.paths.failures_part)
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.paths.failures)
        self._progress.close()
        os.remove(self.paths.progress)
        self.reposts.close()

    def close(self) -> None:
        """Stop without finishing (interrupted): what is on disk stays for ``--resume``."""
        if not self._progress.closed:
            self.flush()
        for handle in (self._out, self._failures, self._progress):
            if handle is not None and not handle.closed:
                handle.close()
        self.reposts.close()

    def discard(self) -> None:
        """Nothing was converted: leave no files behind."""
        self.close()
        self._clear()

    def _record(self, entry: dict[str, Any]) -> None:
        entry["out"] = self._out.tell() if self._out is not None else 0
        entry["fail"] = self._failures.tell()
        self._entries.append(json.dumps(entry, ensure_ascii=False) + "\n")
        if len(self._entries) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Rows first, then the progress that names them: a kill between the two leaves
        rows that ``--resume`` cuts off and converts again, never a progress line for a
        row that is not on disk. (Progress lines are held here, not in a file buffer
        that could reach the disk before the rows.)"""
        for handle in (self._out, self._failures):
            if handle is not None:
                handle.flush()
        self._progress.write("".join(self._entries).encode())
        self._progress.flush()
        self._entries = []

    def _flush_chunk(self) -> None:
        if not self._chunk:
            return
        number = self.resumed.chunks
        path = os.path.join(self.paths.part, f"{number:06d}.parquet")
        write_parquet([flat for flat, _ in self._chunk], path + ".tmp")
        os.replace(path + ".tmp", path)
        self.resumed.chunks += 1
        for _, entry in self._chunk:
            entry["chunk"] = number
            self._record(entry)
        self._chunk = []
        self.flush()

    def _chunks(self) -> Iterator[str]:
        for number in range(self.resumed.chunks):
            yield os.path.join(self.paths.part, f"{number:06d}.parquet")

    def _drop_unfinished_chunks(self) -> None:
        for name in os.listdir(self.paths.part):
            if not name.endswith(".parquet") or int(name[:6]) >= self.resumed.chunks:
                os.remove(os.path.join(self.paths.part, name))

    def _clear(self) -> None:
        for path in (self.paths.progress, self.paths.failures_part):
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)
        if os.path.isdir(self.paths.part):
            shutil.rmtree(self.paths.part)
        elif os.path.exists(self.paths.part):
            os.remove(self.paths.part)

    def _read_progress(self) -> Resumed:
        resumed = Resumed()
        try:
            handle = open(self.paths.progress, "rb")  # noqa: SIM115
        except FileNotFoundError:
            self._clear()
            return resumed
        with handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # the row being recorded when the run was killed: it is redone
                entry = json.loads(raw)
                resumed.done.add(entry["path"])
                resumed.out_offset = entry["out"]
                resumed.failures_offset = entry["fail"]
                resumed.failed += bool(entry.get("failed"))
                if "chunk" in entry:
                    resumed.chunks = entry["chunk"] + 1
                if "values" in entry:
                    self.reposts.remember(entry["keys"], entry["path"], entry["values"])
        _cut_torn_line(self.paths.progress)
        return resumed


def _append(path: str, offset: int | None) -> IO[bytes]:
    """``path`` opened for appending, first cut back to ``offset`` bytes when given."""
    handle = open(path, "ab")  # noqa: SIM115
    if offset is not None:
        handle.truncate(offset)
    return handle


def _check_length(path: str, offset: int) -> None:
    """A part file shorter than its progress says was changed by hand: refuse to guess."""
    size = os.path.getsize(path) if os.path.exists(path) else 0
    if size < offset:
        raise ValueError(
            f"{path} has {size:,} bytes but {os.path.basename(path)}'s progress says "
            f"{offset:,}; run again without --resume"
        )


def _cut_torn_line(path: str) -> None:
    """Drop a half-written last line of the progress file before appending to it."""
    with open(path, "rb+") as handle:
        handle.truncate(handle.read().rfind(b"\n") + 1)


def resume_refused(paths: Paths) -> str | None:
    """Why ``--resume`` cannot continue, or ``None``."""
    if os.path.exists(paths.target) and not os.path.exists(paths.progress):
        return (
            f"{paths.target} is complete (no {os.path.basename(paths.progress)} beside it); "
            "run without --resume to convert again, or choose another output"
        )
    return None


class StreamOutput:
    """Rows to standard output (``-o -``): no part file, no resume; failures on stderr only."""

    def __init__(self, fmt: str, view: str) -> None:
        self.fmt = fmt
        self.reposts = Reposts()
        self.resumed = Resumed()
        self._out = sys.stdout.buffer
        if fmt == "csv":
            self._out.write(csv_header())

    def write(self, row: Row) -> Row:
        row = self.reposts.link(row)
        line = (
            csv_line(row.flat) if self.fmt == "csv" else jsonl_line(row.flat, row.payload, row.view)
        )
        if line is not None:
            self._out.write(line)
            self._out.flush()
        return row

    def fail(self, failure: Failure) -> None:
        del failure

    def finish(self) -> None:
        self._out.flush()
        self.reposts.close()

    def discard(self) -> None:
        """Nothing to take back from a stream."""
        self.reposts.close()

    def close(self) -> None:
        """Nothing to keep."""
        self.reposts.close()
