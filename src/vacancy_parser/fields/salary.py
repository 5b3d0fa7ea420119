"""Pay: ``8,754.21Euro (EUR) Monthly``, ``8 754,21Euro (EUR) Mensuelle``, ranges, yearly amounts.

The decimal separator is read from the shape of the number (two digits after
the last separator make a decimal part), so ``8,754.21``, ``8 754,21`` and
``3.600,00`` all come out right without a locale.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..model import Record, Salary
from .base import (
    FieldContext,
    FieldSpec,
    Finding,
    Found,
    IssueCode,
    by_lang,
    pointer,
    stem_matches,
)
from .grade import NATO_LETTERED

LABELS = {
    "salary": {
        "en": [
            "Salary (Pay Basis)",
            "Salary",
            "Basic Salary",
            "Basic monthly salary",
            "Pay",
            "Remuneration",
            "Salary range",
            "Monthly basic salary",
            "Basic monthly salary",
            "Monthly salary",
            "Annual salary",
            "Monthly net salary",
            "Net salary",
            "Salary scale",
            "Pay scale",
            # An intern's pay ("Stipend: € 1477.30 (2026 rate) per month").
            "Stipend",
            "Monthly stipend",
        ],
        "fr": [
            "Salaire (Base de paie)",
            "Salaire",
            "Salaire de base",
            "Rémunération",
            "Traitement",
            "Traitement de base",
            "Traitement de base mensuel",
            "Traitement mensuel",
            "Traitement mensuel brut",
            "Salaire mensuel",
            "Salaire annuel",
            "Rémunération mensuelle",
            "Rémunération annuelle",
            "Échelle salariale",
            "Échelle de traitement",
            "Gratification",
            "Indemnité de stage",
        ],
    }
}

CURRENCIES: dict[str, str] = {
    "euro (eur)": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "€": "EUR",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    # Other dollars, by their prefixes: "EC$6,291.00 to EC$7,998.00 per month".
    "ec$": "XCD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "gbp": "GBP",
    "£": "GBP",
    "chf": "CHF",
    "cad": "CAD",
    "nok": "NOK",
    "sek": "SEK",
    "dkk": "DKK",
    "pln": "PLN",
    "czk": "CZK",
    "huf": "HUF",
    "ron": "RON",
    "bgn": "BGN",
    "isk": "ISK",
    # Names other than ISO codes: the IMF's Special Drawing Right, the renminbi, the shekel.
    "sdr": "XDR",
    "rmb": "CNY",
    "nis": "ILS",
}
PERIODS: dict[str, str] = {
    "monthly": "month",
    "mensuelle": "month",
    "mensuel": "month",
    "per month": "month",
    "par mois": "month",
    "/ mois": "month",
    "/mois": "month",
    "/ an": "year",
    "/an": "year",
    "/month": "month",
    "/ month": "month",
    "a month": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "per annum": "year",
    "per year": "year",
    "/year": "year",
    "/ year": "year",
    "par an": "year",
    "annuel": "year",
    "annuelle": "year",
    "brut annuel": "year",
    "daily": "day",
    "per day": "day",
    "par jour": "day",
    "hourly": "hour",
    "per hour": "hour",
    "de l'heure": "hour",
}


@dataclass(frozen=True, slots=True)
class Scale:
    """One salary scale of one year (data/salary_scales.json): step-1 pay per grade."""

    name: str
    family: str
    year: int
    currency: str
    period: str
    grades: dict[str, float]


def _data(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


_SCALES_DATA = _data("salary_scales.json")
SCALES: tuple[Scale, ...] = tuple(
    Scale(**{k: v for k, v in s.items() if not k.startswith("_")}) for s in _SCALES_DATA["scales"]
)
BAND: tuple[float, float] = tuple(_SCALES_DATA["band"])
MONTHS_PER_YEAR: int = _SCALES_DATA["months_per_year"]
# Other notations of a family's grades: NATO's lettered grades are G grades.
ALIASES: dict[str, dict[str, str]] = {"nato": NATO_LETTERED}
# ISO 4217 alphabetic codes: the only currencies a record may name.
ISO_4217: frozenset[str] = frozenset(_data("iso4217.json")["codes"])
_YEARLY_ABOVE = 15000.0

# Cents may follow a space after the point where a board re-spaced the text ("7,970. 25").
_AMOUNT = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?:[ ,.'’]\d{3})+|\d*)(?:[.,]\d{1,2}|(?<=\d{3})\. \d{2}(?![\d.,]))?(?![\d])"
)
_CURRENCY = re.compile(
    "|".join(
        # Not inside a word, but glued to an amount ("5,554.93Euro (EUR)", "EC$6,291.00").
        ("(?<![^\\W\\d_])" if form[0].isalpha() else "")
        + re.escape(form)
        + ("\\b" if form[-1].isalpha() else "")
        for form in sorted(CURRENCIES, key=len, reverse=True)
    ).replace(r"\(eur\)\b", r"\(eur\)"),
    re.I,
)
_PERIOD = re.compile("|".join(re.escape(p) for p in sorted(PERIODS, key=len, reverse=True)), re.I)
_TERMS_ONLY = re.compile(
    r"(?P<currency>"
    + "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True) if len(c) > 1)
    + r")\s*(?P<period>"
    + "|".join(re.escape(p) for p in sorted(PERIODS, key=len, reverse=True))
    + r")",
    re.I,
)
# A bare salary line starts with its amount (or currency sign).
_AMOUNT_FIRST = re.compile(r"(?:[€$£]|EUR|USD)?\s?\d{1,3}(?:[ .,’']?\d{3})+(?:[.,]\d{1,2})?", re.I)
# A pay figure with its currency sign and its period inside a card's line.
_CARD_PAY = re.compile(
    r"[€$£]\s?\d[\d,.’' ]*(?:\s*[-–]\s*[€$£]?\s?\d[\d,.’' ]*)?\s*(?:/|per|par)\s*"
    r"(?:month|year|annum|day|hour|mois|an|année|jour|heure)\b",
    re.I,
)
_NEXT_LINE = 24
_SALARY_WORD = r"(?:salary|salaire|traitement|r[ée]mun[ée]ration|pay)"
_AMOUNT_AHEAD = r"(?=(?:[A-Z€$£]{1,4}\s?)?\d{1,3}(?:[ .,’']?\d{3})+)"
# Where a salary is stated without an exact label. Each salary word the body holds is
# tried in turn (a scan for the word is fast; patterns that look for it at every
# position are not): first as a "… salary …: 4,000" line, then in a sentence.
_SALARY_WORD_RE = re.compile(r"\b" + _SALARY_WORD + r"\b", re.I)
# The currency may end the line and the amount open the next ("…family status: USD" /
# "7,544"), as narrow cards print them.
_WRAPPED_CURRENCY = r"(?:[A-Z]{3}|[€$£])[ \t]*\n[ \t]*(?=\d{1,3}(?:[ .,’']?\d{3})+)"
_SALARY_LINE = re.compile(
    r"[ \t*>-]*(?P<label>[^\n:]{0,90}?)[ \t]*:[ \t]*"
    r"(?P<value>"
    + _WRAPPED_CURRENCY
    + r"[^\n]+|"
    + _AMOUNT_AHEAD
    + r"(?![^\n]*[|·])[^\n]+)",  # not a board's summary row
)
_SENTENCE_TAIL = re.compile(
    r"(?P<label>[^.\n|·]{0,60}?)"
    r"(?P<value>" + _AMOUNT_AHEAD + r"(?![^\n]*[|·])[^.\n]*(?:\.\d[^.\n]*)*)",
)
# Up to three words before the salary word belong to its label ("Monthly basic salary").
_WORDS_BEFORE = re.compile(r"(?:[^\W\d]+\s+){0,3}$")
_LINE_LABEL_MAX = 40
_RUNNING = re.compile(
    r"(?P<label>\b(?:a partir de|à partir de|entre|from|starting (?:at|from)))\s+"
    r"(?P<value>(?:(?:EUR|€)\s*)?\d[\d .,’']*\d(?:\s*(?:euros?|EUR|€)))",
    re.I,
)
_RUNNING_HINT = re.compile(r"\b(?:a partir de|à partir de|entre|from|starting)\b", re.I)
# Literal stems of the words above, to skip the patterns on a body without them.
_SALARY_STEMS = ("salary", "salaire", "traitement", "rémun", "remun", "pay")
_RUNNING_STEMS = ("a partir de", "à partir de", "entre", "from", "starting")

_RANGE_JOIN = re.compile(
    r"\s*+(?:(?:euros?|EUR|€|\$|£)\s*+)?(?:-|–|to|à|and|et|jusqu'à)?\s*+(?:(?:euros?|EUR|€|\$|£)\s*+)?",
    re.I,
)
# After an amount with its currency, the range's top may repeat a prefixed dollar ("EC$6,291.00
# to EC$7,998.00"); before one, "FSN-6 – R$ 49.121,00" is a grade and a salary, no range.
_RANGE_TOP = re.compile(r"\s*+(?:-|–|to|à|and|et|jusqu'à)\s*+[A-Z]{1,2}\$\s*+")

CODES = (
    IssueCode("salary_not_positive", "error", "The salary amount is zero or negative."),
    IssueCode(
        "salary_outside_grade_band",
        "warning",
        "A salary is far from the believed step-1 pay of the post's lowest grade on its scale "
        "(NATO G and lettered grades, EU AD/AST, UN P/D; monthly or yearly), for the scale's year.",
    ),
    IssueCode("salary_currency_unknown", "error", "The salary currency is not an ISO 4217 code."),
    IssueCode(
        "salary_period_unknown",
        "error",
        "The salary period is not one of month, year, day or hour.",
    ),
)


def parse_amount(token: str) -> float:
    """``8,754.21`` / ``8 754,21`` / ``3.600,00`` / ``40 000`` -> float."""
    token = token.replace("’", "").replace("'", "").replace(" ", "")
    m = re.search(r"[.,](\d{1,2})$", token)
    if m and not re.search(r"[.,]\d{3}$", token):
        whole = re.sub(r"[.,]", "", token[: m.start()])
        return float(f"{whole}.{m.group(1)}")
    return float(re.sub(r"[.,]", "", token))


def parse_salary(raw: str, label: str = "") -> tuple[Salary, tuple[int, int]] | None:
    """The salary in ``raw``; a period the value lacks may stand in its ``label``
    ("Basic Monthly Salary"), before a large amount is taken to be yearly."""
    # A number glued to letters is a code ("Grade G12"), unless the letters are a currency.
    amounts = [
        m
        for m in _AMOUNT.finditer(raw)
        if not raw[m.start() - 1 : m.start()].isalpha() or _beside_currency(raw, m)
    ]
    if not amounts:
        return None
    # The first amount with its currency beside it: "(11 evolving annual steps): Start
    # €75,116" is paid 75,116.
    at = next((i for i, m in enumerate(amounts) if _beside_currency(raw, m)), 0)
    while at and _RANGE_JOIN.fullmatch(raw[amounts[at - 1].end() : amounts[at].start()]):
        at -= 1  # "From 5,000 to 6,000 EUR": the currency closes a range
    first = amounts[at]
    low = parse_amount(first.group())
    high = None
    if len(amounts) > at + 1:
        between = raw[first.end() : amounts[at + 1].start()]
        if _RANGE_JOIN.fullmatch(between) or _RANGE_TOP.fullmatch(between):
            high = parse_amount(amounts[at + 1].group())
    currency_m = _CURRENCY.search(raw) or _iso_code_beside(raw, first)
    if currency_m is None:
        currency = None
    elif currency_m.group() in ISO_4217:
        currency = currency_m.group()
    else:
        currency = CURRENCIES[currency_m.group().lower()]
    period_m = _PERIOD.search(raw)
    period = PERIODS[period_m.group().lower()] if period_m else None
    if period is None and (label_m := _PERIOD.search(label)) is not None:
        period = PERIODS[label_m.group().lower()]
    if low == 0 and currency is None and period is None:
        return None  # a board's empty slot ("Salary" / "0.0"), no pay stated
    if period is None and currency is not None and low >= _YEARLY_ABOVE:
        period = "year"
    end = max(
        m.end() for m in (first, currency_m, period_m, amounts[at + 1] if high else None) if m
    )
    salary = Salary(amount=low, amount_max=high, currency=currency, period=period)  # type: ignore[arg-type]
    return salary, (min(first.start(), currency_m.start() if currency_m else first.start()), end)


_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
_EDGE_REACH = 8


def _beside_currency(raw: str, amount: re.Match[str]) -> bool:
    """Whether a currency is printed right before or after the amount (``€75,116``)."""
    before = raw[max(0, amount.start() - _EDGE_REACH) : amount.start()].rstrip()
    after = raw[amount.end() : amount.end() + _EDGE_REACH + 1].lstrip()
    following = _CURRENCY.match(after)
    # "UC 49,106.81 USD 77,480.72": a code between two amounts opens the second one.
    if following is not None and not after[following.end() :].lstrip()[:1].isdigit():
        return True
    return any(m.end() == len(before) for m in _CURRENCY.finditer(before))


def _iso_code_beside(raw: str, amount: re.Match[str]) -> re.Match[str] | None:
    """Any ISO 4217 code in capitals right before or after the amount (``26,673 TRY``):
    the table above names the common ones in every spelling; the codes are all valid."""
    for m in _CODE.finditer(raw):
        between = (
            raw[m.end() : amount.start()]
            if m.end() <= amount.start()
            else raw[amount.end() : m.start()]
        )
        if m.group() in ISO_4217 and not between.strip():
            return m
    return None


def _terms_only(text: str) -> tuple[Salary, tuple[int, int]] | None:
    """A board's salary line without its amount: ``Euro (EUR) Monthly``, alone or glued
    to the next label (``Euro (EUR) MonthlyGrade Unclassified``)."""
    stripped = text.strip()
    m = _TERMS_ONLY.match(stripped)
    if m is None or not (m.end() == len(stripped) or stripped[m.end()].isupper()):
        return None
    currency = CURRENCIES[m.group("currency").lower()]
    period = PERIODS[m.group("period").lower()]
    start = text.index(m.group())
    return Salary(currency=currency, period=period), (start, start + len(m.group()))  # type: ignore[arg-type]


# A bare "$" is the dollar of the country the page is about: "211 300 $ - 248 500 $/année"
# on a Canadian federal notice is paid in Canadian dollars.
_LOCAL_DOLLARS = {"CAD": ("canada", "canadien", "canadian", "ottawa", "québec", "quebec")}
_US_DOLLAR = re.compile(r"US\s?\$|USD|U\.S\.", re.I)


def extract(ctx: FieldContext) -> dict[str, Found[Salary]]:
    found = _found(ctx)
    salary = found.get("salary")
    if salary is not None and salary.value.currency == "USD":
        raw = ctx.text[salary.start : salary.end]
        if "$" in raw and not _US_DOLLAR.search(raw):
            local = next((c for c, words in _LOCAL_DOLLARS.items() if ctx.mentions(*words)), None)
            if local is not None:
                value = salary.value.model_copy(update={"currency": local})
                found["salary"] = Found(value, salary.start, salary.end, salary.rule)
    return found


def _found(ctx: FieldContext) -> dict[str, Found[Salary]]:
    hit = ctx.label("salary")
    if hit is not None:
        label = ctx.text[hit.label_start : hit.label_end]
        # A period cut onto the next line ("…Euro (EUR)" / "Monthly") still belongs to it.
        following = ctx.text[hit.value_end : hit.value_end + _NEXT_LINE]
        tail = following.split("\n", 2)[1] if following.startswith("\n") else ""
        if _PERIOD.fullmatch(tail.strip()):
            label = f"{label} {tail}"
        found = _read(ctx.text[hit.value_start : hit.value_end], hit.value_start, label, "label")
        if found is not None:
            return {"salary": found}
    for line, line_at in ctx.bare_lines(whole_header=True):
        # A board's card: "Posted 3 months ago // €6800-€6800 / month*".
        card = _CARD_PAY.search(line)
        text, at = (line[card.start() :], line_at + card.start()) if card else (line, line_at)
        parsed = parse_salary(text) if card or _AMOUNT_FIRST.match(text) else _terms_only(text)
        if parsed is not None and (parsed[0].currency or parsed[0].period):
            salary, (s, e) = parsed
            return {"salary": Found(salary, at + s, at + e, "bare_value")}
    body, offset = ctx.body()
    for value, at, label, rule in _stated(body):
        found = _read(value, offset + at, label, rule)
        if found is not None:
            return {"salary": found}
    return {}


def _stated(body: str) -> Iterator[tuple[str, int, str, str]]:
    """Salaries stated without an exact label, most specific first: value, offset, label."""
    # ``in`` on the lower-cased body finds a word many times faster than a pattern scan.
    low = body.lower()
    words = stem_matches(body, low, _SALARY_STEMS, _SALARY_WORD_RE)
    seen: set[int] = set()
    for word in words:
        line_start = body.rfind("\n", 0, word.start()) + 1
        if line_start in seen or word.start() - line_start > _LINE_LABEL_MAX + 10:
            continue
        seen.add(line_start)
        m = _SALARY_LINE.match(body, line_start)
        if m is not None and m.start("label") <= word.start() < m.end("label"):
            yield m.group("value"), m.start("value"), m.group("label"), "salary_line"
    for word in words:
        m = _SENTENCE_TAIL.match(body, word.end())
        if m is not None:
            before = _WORDS_BEFORE.search(body, max(0, word.start() - 60), word.start())
            label = body[before.start() if before else word.start() : m.end("label")]
            yield m.group("value"), m.start("value"), label, "salary_sentence"
    for hint in stem_matches(body, low, _RUNNING_STEMS, _RUNNING_HINT):
        m = _RUNNING.match(body, hint.start())
        if m is not None:
            yield m.group("value"), m.start("value"), m.group("label"), "running_text"


def _read(value: str, start: int, label: str, rule: str) -> Found[Salary] | None:
    """A salary from ``value``; a period the value lacks may stand in its label ("monthly")."""
    parsed = parse_salary(value, label) or (_terms_only(value) if rule == "label" else None)
    if parsed is None:
        return None
    salary, (s, e) = parsed
    if salary.period is None and (m := _PERIOD.search(label)) is not None:
        salary = salary.model_copy(update={"period": PERIODS[m.group().lower()]})
    return Found(salary, start + s, start + e, rule)


def check(record: Record) -> list[Finding]:
    findings: list[Finding] = []
    for lang, located in by_lang(record.salary):
        salary = located.value
        if salary.amount is not None and salary.amount <= 0:
            findings.append(
                CODES[0].finding(
                    "salary",
                    [located.span],
                    pointer=pointer("salary", lang, "value", "amount"),
                    value=salary.amount,
                    raw=located.raw,
                )
            )
        if salary.currency is not None and salary.currency not in ISO_4217:
            findings.append(
                CODES[2].finding(
                    "salary",
                    [located.span],
                    pointer=pointer("salary", lang, "value", "currency"),
                    value=salary.currency,
                )
            )
    findings.extend(_band(record))
    return findings


def _expected(grade: str, currency: str, year: int | None) -> tuple[float, Scale] | None:
    """Step-1 pay of ``grade`` on the scale in ``currency`` of the year nearest ``year``
    (the latest when the notice gives no year)."""
    best: tuple[float, Scale] | None = None
    for scale in SCALES:
        code = ALIASES.get(scale.family, {}).get(grade, grade)
        if scale.currency != currency or code not in scale.grades:
            continue
        if best is None or (
            abs(scale.year - year) < abs(best[1].year - year)
            if year is not None
            else scale.year > best[1].year
        ):
            best = (scale.grades[code], scale)
    return best


def _per(amount: float, period: str, scale: Scale) -> float | None:
    """``amount`` of a scale's period restated per ``period``; None for day and hour."""
    if period == scale.period:
        return amount
    if {period, scale.period} != {"month", "year"}:
        return None
    return amount * MONTHS_PER_YEAR if period == "year" else amount / MONTHS_PER_YEAR


def _band(record: Record) -> list[Finding]:
    """The salary against the post's lowest grade on the scale of its currency and year."""
    pair = next(iter(by_lang(record.salary)), None)
    grades = record.grades.value or []
    if pair is None or not grades:
        return []
    lang, located = pair
    salary = located.value
    if salary.amount is None or salary.currency is None or salary.period is None:
        return []
    deadline = record.deadline.value or ""
    year = int(deadline[:4]) if deadline[:4].isdigit() else None
    candidates = []
    for grade in grades:
        found = _expected(grade, salary.currency, year)
        if found is None:
            continue
        expected = _per(found[0], salary.period, found[1])
        if expected is not None:
            candidates.append((expected, grade, found[1]))
    if not candidates:
        return []
    expected, grade, scale = min(candidates, key=lambda c: c[0])
    low, high = BAND
    if low * expected <= salary.amount <= high * expected:
        return []
    spans = [v.span for v in record.salary.located()] + [v.span for v in record.grades.located()]
    return [
        CODES[1].finding(
            "salary",
            spans,
            pointer=pointer("salary", lang, "value", "amount"),
            value=salary.amount,
            amount=salary.amount,
            currency=salary.currency,
            period=salary.period,
            expected=expected,
            grade=grade,
            scale=scale.name,
            year=scale.year,
            low=round(low * 100),
            high=round(high * 100),
        )
    ]


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "salary": {
        "en": ["salary", "pay", "remuneration", "compensation", "basic salary", "emoluments"],
        "fr": ["salaire", "traitement", "remuneration", "bareme"],
        "xx": [
            "gehalt",
            "verguetung",
            "stipendio",
            "retribuzione",
            "salario",
            "salaris",
            "loon",
            "wynagrodzenie",
        ],
    }
}


FIELD = FieldSpec(
    name="salary",
    attrs=("salary",),
    extract=extract,
    labels=LABELS,
    codes=CODES,
    check=check,
    heads=HEADS,
)
