"""What a run did, counted as it goes, and said in one summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .entries import Failure, Skipped
from .row import Row

TOP_CODES = 5


@dataclass(slots=True)
class Tally:
    notices: int = 0
    not_notices: int = 0
    reposts: int = 0
    skipped: int = 0
    earlier: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    @property
    def converted(self) -> int:
        return self.notices + self.not_notices

    def add(self, result: Row | Failure | Skipped) -> None:
        if isinstance(result, Skipped):
            self.skipped += 1
        elif isinstance(result, Failure):
            self.failures[result.error] += 1
        else:
            if result.kind == "vacancy":
                self.notices += 1
            else:
                self.not_notices += 1
            self.reposts += result.flat.get("duplicate_of") is not None
            self.codes.update(result.codes)

    def summary(self) -> str:
        parts = [f"{self.notices:,} notices", f"{self.not_notices:,} not notices"]
        failed = ", ".join(f"{name} {n:,}" for name, n in self.failures.most_common())
        parts.append(f"{self.failed:,} failed" + (f" ({failed})" if failed else ""))
        if self.skipped:
            parts.append(f"{self.skipped:,} files skipped (not .txt/.pdf/.html)")
        if self.reposts:
            parts.append(f"{self.reposts:,} re-posts linked")
        if self.earlier:
            parts.append(f"{self.earlier:,} done by the interrupted run")
        line = ", ".join(parts)
        if self.codes:
            top = ", ".join(f"{code} {n:,}" for code, n in self.codes.most_common(TOP_CODES))
            line += f"; most frequent issues: {top}"
        return line
