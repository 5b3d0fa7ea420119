"""The record: bilingual located values, sections, issues, and the flat projection.

Every stage after the document speaks these types. A value always keeps where
it came from (``raw`` and ``span`` into :attr:`ParseResult.text`) and which rule
found it, so a user can see why it was chosen.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, computed_field

T = TypeVar("T")

Lang = Literal["en", "fr"]
Severity = Literal["error", "warning", "info"]
Kind = Literal["vacancy", "not_vacancy"]
Layout = Literal["en_fr", "fr_en", "en", "fr", "unknown"]
Period = Literal["month", "year", "day", "hour"]
ContractType = Literal["definite", "indefinite", "temporary"]
Family = Literal["portal", "job_board", "old_is", "ims", "agency", "other_organisation", "unknown"]


class Span(BaseModel):
    """Character offsets into the parsed text: ``text[start:end] == raw``."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None


class Located(BaseModel, Generic[T]):
    """A normalised value with the text it was read from and the rule that found it."""

    model_config = ConfigDict(frozen=True)

    value: T
    raw: str
    span: Span
    rule: str


class Bilingual(BaseModel, Generic[T]):
    """A field as stated by each half; ``value`` prefers English, as the flat record does."""

    en: Located[T] | None = None
    fr: Located[T] | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> T | None:
        chosen = self.en or self.fr
        return chosen.value if chosen is not None else None

    def located(self) -> list[Located[T]]:
        return [v for v in (self.en, self.fr) if v is not None]


class Salary(BaseModel):
    """Pay as stated; ``amount`` is the lower bound of a range, ``None`` where a board
    kept only the currency and period (``Euro (EUR) Monthly``)."""

    model_config = ConfigDict(frozen=True)

    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    period: Period | None = None


class LanguageLevel(BaseModel):
    """One required level: ``language`` is ``one``/``other`` or an ISO code."""

    model_config = ConfigDict(frozen=True)

    language: str
    level: str
    name: str | None = None


class LanguageRequirement(BaseModel):
    model_config = ConfigDict(frozen=True)

    levels: tuple[LanguageLevel, ...]

    def canonical(self) -> str:
        return " ".join(f"{lv.language}:{lv.level}" for lv in self.levels)


class Issue(BaseModel):
    """A problem found by validation; ``code`` is stable (see docs/ISSUE_CODES.md).

    ``pointer`` is a JSON pointer (RFC 6901) into the record that was checked
    (``/deadline``, ``/salary/en/value/amount``) and ``value`` the offending value,
    so that a pipeline can fix or drop it without reading the message.
    """

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    field: str | None
    message: str
    spans: tuple[Span, ...] = ()
    pointer: str | None = None
    value: Any = None


class ListItem(BaseModel):
    text: str
    span: Span
    group: str | None = None


class Section(BaseModel):
    """A numbered (or recognised) section of one half."""

    number: int | None
    key: str | None
    heading: str
    heading_span: Span
    text: str
    span: Span
    items: list[ListItem] = Field(default_factory=list)


class SectionPair(BaseModel):
    key: str | None
    number: int | None
    en: Section | None = None
    fr: Section | None = None


class Evidence(BaseModel):
    """One reason for or against a page being one vacancy notice.

    ``weight`` is positive for a notice and negative against; the kind is the sign of
    their sum (see :mod:`vacancy_parser.record.kind`). ``sign`` is a stable name.
    """

    model_config = ConfigDict(frozen=True)

    sign: str
    weight: float
    detail: str


class Half(BaseModel):
    lang: Lang
    span: Span


class OtherLabel(BaseModel):
    """A label the parser found but maps to no field (``Number of posts: 2``), as printed:
    kept so that nothing a notice states in its header vanishes."""

    model_config = ConfigDict(frozen=True)

    label: str
    value: str
    label_span: Span
    value_span: Span


class Record(BaseModel):
    """The rich record of one input."""

    source: str | None = None
    # Batch conversion: the input as given (``notices.zip!2024/a.txt``), unique in a run,
    # and the source_path of an earlier input carrying the same vacancy (a re-post).
    source_path: str | None = None
    duplicate_of: str | None = None
    kind: Kind
    # Why the page is (or is not) a notice, and how sure: 0.5 is a coin toss.
    kind_confidence: float = 1.0
    kind_evidence: list[Evidence] = Field(default_factory=list)
    layout: Layout = "unknown"
    family: Family = "unknown"
    languages: list[str] = Field(default_factory=list)
    halves: list[Half] = Field(default_factory=list)
    sections: list[SectionPair] = Field(default_factory=list)

    reference: Bilingual[str] = Field(default_factory=Bilingual[str])
    title: Bilingual[str] = Field(default_factory=Bilingual[str])
    organisation: Bilingual[str] = Field(default_factory=Bilingual[str])
    location: Bilingual[str] = Field(default_factory=Bilingual[str])
    schedule: Bilingual[str] = Field(default_factory=Bilingual[str])
    deadline: Bilingual[str] = Field(default_factory=Bilingual[str])
    salary: Bilingual[Salary] = Field(default_factory=Bilingual[Salary])
    grades: Bilingual[list[str]] = Field(default_factory=Bilingual[list[str]])
    clearance: Bilingual[str | None] = Field(default_factory=Bilingual[str | None])
    language_requirement: Bilingual[LanguageRequirement] = Field(
        default_factory=Bilingual[LanguageRequirement]
    )
    direct_reports: Bilingual[int] = Field(default_factory=Bilingual[int])
    indirect_reports: Bilingual[int] = Field(default_factory=Bilingual[int])
    contract_type: Bilingual[ContractType] = Field(default_factory=Bilingual[ContractType])
    contract_years: Bilingual[float] = Field(default_factory=Bilingual[float])
    contract_renewal_years: Bilingual[float] = Field(default_factory=Bilingual[float])
    contract_max_years: Bilingual[float] = Field(default_factory=Bilingual[float])
    contract_indefinite_possible: Bilingual[bool] = Field(default_factory=Bilingual[bool])

    # Labels with a value that no field reads, in text order.
    other_labels: list[OtherLabel] = Field(default_factory=list)

    # An HTML page's schema.org JobPosting, projected onto these fields' names (title,
    # reference, organisation, location, deadline, salary_amount/_currency/_period,
    # date_posted); checked against the notice (issue code jsonld_differs).
    embedded: dict[str, Any] | None = None
    issues: list[Issue] = Field(default_factory=list)

    def field(self, name: str) -> Bilingual[Any]:
        value = getattr(self, name)
        if not isinstance(value, Bilingual):
            raise KeyError(f"{name!r} is not a field of the record")
        return value

    def flat(self) -> FlatRecord:
        from .export.flat import project

        return project(self)


class FlatRecord(BaseModel):
    """The scored projection (shared/eval/CONTRACT.md): these keys, these forms."""

    source: str | None = None
    source_path: str | None = None
    duplicate_of: str | None = None
    kind: Kind
    reference: str | None = None
    title_en: str | None = None
    title_fr: str | None = None
    languages: list[str] = Field(default_factory=list)
    organisation: str | None = None
    location: str | None = None
    grade_codes: list[str] = Field(default_factory=list)
    salary_amount: float | None = None
    salary_currency: str | None = None
    salary_period: Period | None = None
    deadline: str | None = Field(
        default=None,
        json_schema_extra={
            "anyOf": [{"type": "string", "format": "date"}, {"const": "ongoing"}, {"type": "null"}]
        },
    )
    clearance: str | None = None
    language_requirement: str | None = None
    direct_reports: int | None = None
    indirect_reports: int | None = None
    contract_type: ContractType | None = None
    contract_years: float | None = None
    contract_renewal_years: float | None = None
    contract_max_years: float | None = None
    contract_indefinite_possible: bool | None = None


class ParseResult(BaseModel):
    """What :func:`vacancy_parser.parse` returns, always in this shape."""

    record: Record
    flat: FlatRecord
    text: str

    @property
    def issues(self) -> list[Issue]:
        return self.record.issues
