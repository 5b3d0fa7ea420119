"""The flat projection of shared/eval/CONTRACT.md."""

from __future__ import annotations

from ..fields.deadline import is_real_date
from ..model import FlatRecord, Record


def project(record: Record) -> FlatRecord:
    flat = _values(record)
    flat.source = record.source
    flat.source_path = record.source_path
    flat.duplicate_of = record.duplicate_of
    return flat


def _values(record: Record) -> FlatRecord:
    if record.kind != "vacancy":
        return FlatRecord(kind=record.kind)
    salary = record.salary.value
    requirement = record.language_requirement.value
    return FlatRecord(
        kind=record.kind,
        reference=record.reference.value,
        title_en=record.title.en.value if record.title.en else None,
        title_fr=record.title.fr.value if record.title.fr else None,
        languages=record.languages,
        organisation=record.organisation.value,
        location=record.location.value,
        grade_codes=record.grades.value or [],
        salary_amount=salary.amount if salary else None,
        salary_currency=salary.currency if salary else None,
        salary_period=salary.period if salary else None,
        deadline=_real_date(record.deadline.value),
        clearance=record.clearance.value,
        language_requirement=requirement.canonical() if requirement else None,
        direct_reports=record.direct_reports.value,
        indirect_reports=record.indirect_reports.value,
        contract_type=record.contract_type.value,
        contract_years=record.contract_years.value,
        contract_renewal_years=record.contract_renewal_years.value,
        contract_max_years=record.contract_max_years.value,
        contract_indefinite_possible=record.contract_indefinite_possible.value,
    )


def _real_date(value: str | None) -> str | None:
    """A day that does not exist (``2025-02-31``) stays on the rich record, with its
    ``deadline_invalid_date`` issue; the flat record holds only real dates."""
    return value if value is not None and is_real_date(value) else None
