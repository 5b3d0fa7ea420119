"""schema.org JobPosting JSON-LD of a record, for search engines and catalogues."""

from __future__ import annotations

from typing import Any

from ..model import Record

_UNIT = {"month": "MONTH", "year": "YEAR", "day": "DAY", "hour": "HOUR"}
_EMPLOYMENT = {"definite": "CONTRACTOR", "temporary": "TEMPORARY", "indefinite": "FULL_TIME"}


def to_jsonld(record: Record) -> dict[str, Any]:
    """A JobPosting object; absent facts are left out, never invented."""
    if record.kind != "vacancy":
        return {}
    title = record.title.value
    doc: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting"}
    if title:
        doc["title"] = title
    if record.reference.value:
        doc["identifier"] = {"@type": "PropertyValue", "value": record.reference.value}
    if record.organisation.value:
        doc["hiringOrganization"] = {"@type": "Organization", "name": record.organisation.value}
    if record.location.value:
        doc["jobLocation"] = {
            "@type": "Place",
            "address": {"@type": "PostalAddress", "addressLocality": record.location.value},
        }
    deadline = record.deadline.value
    if deadline and deadline != "ongoing":
        doc["validThrough"] = deadline
    salary = record.salary.value
    if salary is not None and salary.amount is not None:
        value: dict[str, Any] = {"@type": "QuantitativeValue", "minValue": salary.amount}
        if salary.amount_max is not None:
            value["maxValue"] = salary.amount_max
        if salary.period:
            value["unitText"] = _UNIT[salary.period]
        doc["baseSalary"] = {"@type": "MonetaryAmount", "value": value}
        if salary.currency:
            doc["baseSalary"]["currency"] = salary.currency
    if record.contract_type.value:
        doc["employmentType"] = _EMPLOYMENT[record.contract_type.value]
    if record.languages:
        doc["inLanguage"] = record.languages
    if record.title.fr is not None and record.title.en is not None:
        doc["alternateName"] = record.title.fr.value
    return doc
