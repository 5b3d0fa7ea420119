"""schema.org JobPosting JSON-LD of a record, for search engines and catalogues.

Only what the notice states is written; a property Google requires that the notice
does not state is left out and reported as ``jsonld_incomplete``, never invented.
English and French values are JSON-LD language maps (``{"en": …, "fr": …}``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..checks.jsonld import JSONLD_INCOMPLETE
from ..checks.messages import render
from ..fields.base import Finding
from ..fields.deadline import is_real_date, parse_date
from ..layout._vocab import PLACES
from ..model import Bilingual, Issue, Record

# Terms whose values are language maps; the rest keep schema.org's meaning.
CONTEXT: list[Any] = [
    "https://schema.org",
    {
        "title": {"@id": "schema:title", "@container": "@language"},
        "description": {"@id": "schema:description", "@container": "@language"},
    },
]
# What Google requires of a JobPosting (developers.google.com/search/docs/appearance/
# structured-data/job-posting), in its order.
REQUIRED = ("title", "description", "datePosted", "hiringOrganization", "jobLocation")
_UNIT = {"month": "MONTH", "year": "YEAR", "day": "DAY", "hour": "HOUR"}
# schema.org employmentType, from what the notice states. A definite-duration contract
# is employment for a fixed term, not a contractor's engagement: it says nothing of
# the type beyond the schedule, so only the schedule and a temporary contract map.
_SCHEDULE_TYPES = {"full_time": "FULL_TIME", "part_time": "PART_TIME"}
_CONTRACT_TYPES = {"temporary": "TEMPORARY"}
# Labels that date a notice's publication, as notices write them.
_POSTED_LABELS = re.compile(
    r"^(?:date posted|posting date|posted(?: on)?|published(?: on)?|publication date|"
    r"date of publication|date de publication|publi[ée]e? le|date d'affichage|"
    r"date de parution|opening date)$",
    re.I,
)


@dataclass(slots=True)
class JobPosting:
    """The JSON-LD of one record (``None`` for a page that is not a notice) and the
    ``jsonld_incomplete`` issues for required properties the notice does not state."""

    document: dict[str, Any] | None
    issues: list[Issue] = field(default_factory=list)


def job_posting(record: Record) -> JobPosting:
    if record.kind != "vacancy":
        return JobPosting(None)
    doc: dict[str, Any] = {"@context": CONTEXT, "@type": "JobPosting"}
    for name, build in _PROPERTIES.items():
        value = build(record)
        if value:
            doc[name] = value
    missing = [name for name in REQUIRED if name not in doc]
    if "jobLocation" in doc and "addressCountry" not in doc["jobLocation"]["address"]:
        missing.append("jobLocation.address.addressCountry")
    issues = [render(Finding(JSONLD_INCOMPLETE, None, {"property": name})) for name in missing]
    return JobPosting(doc, issues)


def to_jsonld(record: Record) -> dict[str, Any] | None:
    """The JobPosting object, or ``None`` for a page that is not a notice."""
    return job_posting(record).document


def _language_map(field: Bilingual[Any]) -> dict[str, str]:
    return {lang: v.value for lang, v in (("en", field.en), ("fr", field.fr)) if v is not None}


def _description(record: Record) -> dict[str, str]:
    """Each half's sections, as printed: the notice's own words, headings included."""
    texts: dict[str, list[str]] = {}
    for pair in record.sections:
        for lang, section in (("en", pair.en), ("fr", pair.fr)):
            if section is not None and section.text.strip():
                texts.setdefault(lang, []).append(f"{section.heading}\n{section.text.strip()}")
    return {lang: "\n\n".join(parts) for lang, parts in texts.items()}


def _date_posted(record: Record) -> str | None:
    embedded = (record.embedded or {}).get("date_posted")
    if isinstance(embedded, str) and embedded:
        return embedded
    for label in record.other_labels:
        if _POSTED_LABELS.match(label.label.strip(" :")):
            iso, _ = parse_date(label.value)
            if iso and iso != "ongoing" and is_real_date(iso):
                return iso
    return None


def _organisation(record: Record) -> dict[str, Any] | None:
    name = record.organisation.value
    return {"@type": "Organization", "name": name} if name else None


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


_PLACE_CODES = {
    _fold(name): code
    for code, entry in PLACES.items()
    for name in (*entry["names"], *entry["cities"])
}
_PLACE_WORDS = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*")


def country_code(place: str) -> str | None:
    """The ISO 3166-1 code of the country a place names (``Belgium-Brussels`` -> ``BE``)."""
    folded = _fold(place)
    for candidate in (folded, *(m.group() for m in _PLACE_WORDS.finditer(folded))):
        code = _PLACE_CODES.get(candidate.strip())
        if code:
            return code
    for word in re.split(r"[\s,/()–-]+", folded):
        code = _PLACE_CODES.get(word)
        if code:
            return code
    return None


def _location(record: Record) -> dict[str, Any] | None:
    place = record.location.value
    if not place:
        return None
    address: dict[str, Any] = {"@type": "PostalAddress", "addressLocality": place}
    code = country_code(place)
    if code:
        address["addressCountry"] = code
    return {"@type": "Place", "address": address}


def _identifier(record: Record) -> dict[str, Any] | None:
    reference = record.reference.value
    if not reference:
        return None
    identifier = {"@type": "PropertyValue", "value": reference}
    if record.organisation.value:
        identifier["name"] = record.organisation.value
    return identifier


def _valid_through(record: Record) -> str | None:
    deadline = record.deadline.value
    return deadline if deadline and deadline != "ongoing" else None


def _salary(record: Record) -> dict[str, Any] | None:
    salary = record.salary.value
    if salary is None or salary.amount is None:
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue", "minValue": salary.amount}
    if salary.amount_max is not None:
        value["maxValue"] = salary.amount_max
    if salary.period:
        value["unitText"] = _UNIT[salary.period]
    amount: dict[str, Any] = {"@type": "MonetaryAmount", "value": value}
    if salary.currency:
        amount["currency"] = salary.currency
    return amount


def _employment_type(record: Record) -> list[str]:
    stated = [
        _SCHEDULE_TYPES.get(record.schedule.value or ""),
        _CONTRACT_TYPES.get(record.contract_type.value or ""),
    ]
    return [t for t in stated if t]


_PROPERTIES: dict[str, Callable[[Record], Any]] = {
    "title": lambda r: _language_map(r.title),
    "description": _description,
    "datePosted": _date_posted,
    "validThrough": _valid_through,
    "hiringOrganization": _organisation,
    "jobLocation": _location,
    "identifier": _identifier,
    "baseSalary": _salary,
    "employmentType": _employment_type,
}
