"""What :func:`vacancy_parser.validate` returns: the issues, and whether the record passes.

It is a sequence of its issues, so code written for the list that ``validate``
used to return (iterating, ``len``, indexing, comparing with a list) keeps working.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

from ..model import Issue, Severity

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


class ValidationReport(Sequence[Issue]):
    """The issues of one record; ``valid`` when none is an error."""

    __slots__ = ("issues",)
    __hash__ = None  # type: ignore[assignment]  # equal to a list, so not hashable

    def __init__(self, issues: Sequence[Issue] = ()) -> None:
        self.issues: tuple[Issue, ...] = tuple(issues)

    @property
    def counts(self) -> dict[Severity, int]:
        """Issues by severity, every severity present: ``{"error": 1, "warning": 0, …}``."""
        counts = dict.fromkeys(SEVERITIES, 0)
        for issue in self.issues:
            counts[issue.severity] += 1
        return counts

    @property
    def errors(self) -> int:
        return sum(i.severity == "error" for i in self.issues)

    @property
    def warnings(self) -> int:
        return sum(i.severity == "warning" for i in self.issues)

    @property
    def valid(self) -> bool:
        return not any(i.severity == "error" for i in self.issues)

    def __iter__(self) -> Iterator[Issue]:
        return iter(self.issues)

    def __len__(self) -> int:
        return len(self.issues)

    @overload
    def __getitem__(self, index: int) -> Issue: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Issue]: ...
    def __getitem__(self, index: int | slice) -> Issue | Sequence[Issue]:
        return self.issues[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ValidationReport):
            return self.issues == other.issues
        if isinstance(other, (list, tuple)):
            return list(self.issues) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {s}" for s, n in self.counts.items() if n)
        return f"ValidationReport(valid={self.valid}, {counts or 'no issues'})"

    def to_dict(self) -> dict[str, object]:
        """The report as JSON data: validity, counts and every issue (spans left out)."""
        return {
            "valid": self.valid,
            "counts": self.counts,
            "issues": [i.model_dump(mode="json", exclude={"spans"}) for i in self.issues],
        }
