"""The page's schema.org JobPosting against the visible notice.

Boards fill JSON-LD from their own database, so it drifts from the text: an
extended deadline, a salary of another grade, a stale reference. Exact facts
(deadline, salary, reference) must match; wording (title, organisation,
location) only loosely, since boards shorten and translate it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..fields.base import Finding, IssueCode, by_lang, pointer
from ..model import Bilingual, Record

JSONLD_DIFFERS = IssueCode(
    "jsonld_differs",
    "warning",
    "The page's embedded schema.org JobPosting (JSON-LD) states a deadline, salary, reference, "
    "title, organisation or location that differs from the visible notice.",
)

JSONLD_INCOMPLETE = IssueCode(
    "jsonld_incomplete",
    "info",
    "JSON-LD export: the notice does not state a property Google requires of a JobPosting "
    "(title, description, datePosted, hiringOrganization, jobLocation and its "
    "addressCountry); it is left out, never invented.",
)

_NON_WORD = re.compile(r"[\W_]+")
_MINOR_WORDS = frozenset({"of", "the", "and", "de", "du", "des", "la", "le", "l", "d", "et"})
_CODE_MAX = 3


def check_jsonld(record: Record, jsonld: dict[str, Any]) -> list[Finding]:
    """One ``jsonld_differs`` issue per field where the JSON-LD and the notice disagree."""
    return list(_differences(record, jsonld))


def _differences(record: Record, jsonld: dict[str, Any]) -> Iterator[Finding]:
    deadline = record.deadline.value
    if (
        "deadline" in jsonld
        and deadline not in (None, "ongoing")
        and deadline != jsonld["deadline"]
    ):
        yield _issue(record.deadline, "deadline", jsonld["deadline"])
    salary = record.salary.value
    if salary is not None:
        stated = {
            "salary_amount": salary.amount,
            "salary_currency": salary.currency,
            "salary_period": salary.period,
        }
        for key, value in stated.items():
            embedded = jsonld.get(key)
            if value is None or embedded is None:
                continue
            same = (
                abs(float(value) - float(embedded)) < 0.005
                if key == "salary_amount"
                else str(value).upper() == str(embedded).upper()
            )
            if not same:
                yield _issue(record.salary, "salary", embedded, key.removeprefix("salary_"))
    reference = record.reference.value
    embedded_reference = jsonld.get("reference")
    if (
        reference is not None
        and embedded_reference is not None
        and not _contained(_fold(reference), _fold(embedded_reference))
    ):
        yield _issue(record.reference, "reference", embedded_reference)
    for attr in ("title", "organisation", "location"):
        pair: Bilingual[Any] = record.field(attr)
        embedded = jsonld.get(attr)
        if embedded is None or not pair.located():
            continue
        by_parts = attr == "location"
        if not any(_loosely_same(str(v.value), str(embedded), by_parts) for v in pair.located()):
            yield _issue(pair, attr, embedded)


def _fold(text: Any) -> str:
    """Case, accents and punctuation folded away: ``Belgium-Brussels`` -> ``belgium brussels``."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", bare).split())


def _contained(a: str, b: str) -> bool:
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _initials(text: str) -> str:
    return "".join(word[0] for word in text.split() if word not in _MINOR_WORDS)


def _loosely_same(stated: str, embedded: str, by_parts: bool) -> bool:
    """Containment either way, or an acronym (``NATO`` for ``North Atlantic Treaty
    Organization``); ``by_parts``, a part is enough (``Brussels, BE`` in ``Belgium-Brussels``),
    and parts of three letters or fewer (country codes) cannot be compared, so they agree.
    """
    a, b = _fold(stated), _fold(embedded)
    if _contained(a, b):
        return True
    if by_parts:
        parts = [p for p in (_fold(x) for x in embedded.split(",")) if len(p) > _CODE_MAX]
        if not parts or any(_contained(p, a) for p in parts):
            return True
    return any(
        len(short) > 1 and short in long.split()
        for short, long in ((_initials(b), a), (_initials(a), b))
    )


def _issue(pair: Bilingual[Any], field: str, embedded: Any, part: str | None = None) -> Finding:
    """The finding, pointing at every place the notice states the field; ``part`` of a
    salary. Its value is what the JSON-LD says."""
    lang, shown = by_lang(pair)[0]
    value = getattr(shown.value, part) if part else shown.value
    return JSONLD_DIFFERS.finding(
        field,
        [v.span for v in pair.located()],
        pointer=pointer(field, lang, "value", *([part] if part else [])),
        value=embedded,
        what=f"{field} {part}" if part else field,
        embedded=embedded,
        stated=value,
        raw=shown.raw,
    )
