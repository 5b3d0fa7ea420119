"""The application deadline, as ``YYYY-MM-DD`` or ``ongoing``.

A month table and one regular expression per date shape: measured at 2.5 µs a
date against 1–1.7 ms for dateparser, which also reads ``10-01-2026`` as
1 October (shared/MEASUREMENTS.md). Numeric dates are day first; a time of day
is dropped. Only a labelled value is a deadline: board ``Update day`` and
``posted`` dates are other labels.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ..document import line_index
from ..layout._vocab import fold
from ..layout.labels import LabelHit
from ..model import Record
from .base import FieldContext, FieldSpec, Finding, Found, IssueCode, by_lang, pointer

LABELS = {
    "deadline": {
        "en": [
            "Application Deadline",
            "Deadline for applications",
            "Deadline",
            "Closing Date",
            "Closing date for applications",
            "Apply by",
            "Application deadline date",
            "Applications close",
            "Closing",
            "Close on",
            "Closes on",
            "Closing on",
            "Expiry date",
            "Expire Date",
            "Expires on",
            "Expires",
            "Closure Date",
            "Job Posting End Date",
            "Deadline to apply",
            "Posting period",
            "Application period",
            "Open Period",
        ],
        "fr": [
            "Date de retrait",
            "Date limite de candidature",
            "Date limite pour postuler",
            "Date limite pour poser sa candidature",
            "Date limite de réception des candidatures",
            "Date limite de dépôt des candidatures",
            "Date limite",
            "Date de clôture",
            "Clôture des candidatures",
            "Fin de publication",
            "Fin de publication sur le site externe",
            "Date de soumission",
            "Date limite de soumission",
            "Période de candidature",
            "Période d'affichage",
            "Expire le",
        ],
        # Boards' own deadline labels, in their languages (a notice's own label wins).
        "xx": [
            "Sluitingsdatum",
            "Afgesloten op",
            "Uiterste datum",
            "Einsendeschluss",
            "Solliciteren tot",
            "Reageer voor",
            "Bewerbungsfrist",
            "Bewerbungsschluss",
            "Scadenza",
            "Data di scadenza",
            "Fecha límite",
            "Крайний срок",
            "Срок подачи заявок",
            "마감일",
        ],
    }
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "janvier": 1,
    "janv": 1,
    "february": 2,
    "feb": 2,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "march": 3,
    "mar": 3,
    "mars": 3,
    "april": 4,
    "apr": 4,
    "avril": 4,
    "avr": 4,
    "may": 5,
    "mai": 5,
    "june": 6,
    "jun": 6,
    "juin": 6,
    "july": 7,
    "jul": 7,
    "juillet": 7,
    "juil": 7,
    "august": 8,
    "aug": 8,
    "aout": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "septembre": 9,
    "october": 10,
    "oct": 10,
    "octobre": 10,
    "november": 11,
    "nov": 11,
    "novembre": 11,
    "december": 12,
    "dec": 12,
    "decembre": 12,
}
# Boards' month names in their own languages (Dutch, German, Italian, Spanish, Portuguese):
# "Deadline 28 februari 2026", "Scadenza 15 maggio 2025". Written without accents, as
# dates are matched after folding.
_BOARD_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januar februar maerz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
)
MONTHS |= {
    name: number
    for names in _BOARD_MONTHS
    for number, name in enumerate(names.split(), 1)
    if name not in MONTHS
}
ONGOING = (
    "ongoing",
    "en continu",
    "open until filled",
    "until filled",
    "rolling",
    "permanent",
    "jusqu'a ce que le poste soit pourvu",
)

_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"))
_MONTH = r"(?P<month>[a-zéû]{3,9})\.?"
_DAY_FIRST = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})[/.-](?P<mnum>\d{1,2})[/.-](?P<year>\d{4}|\d{2})\b"
)
_DATE_FORMS = [
    re.compile(r"(?P<day>\d{1,2})(?:er|st|nd|rd|th)?[\s-]+" + _MONTH + r"[\s,-]+(?P<year>\d{4})"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"),
    # "2025-11-10", "2025/11/10", "2025.11.10": the year first, one separator throughout.
    re.compile(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})\b"),
    _DAY_FIRST,
    # "10/May/2025": a portal's month name between slashes.
    re.compile(r"(?P<day>\d{1,2})/" + _MONTH + r"/(?P<year>\d{4})\b"),
    # "25-Jun-19": a portal's short year, with its hyphens only.
    re.compile(r"(?P<day>\d{1,2})-" + _MONTH + r"-(?P<year>\d{2})\b"),
]

# Sentences that announce the deadline; the date follows within a few words.
_RUNNING = re.compile(
    r"\b(?:deadline for (?:the receipt of )?applications|closing date(?: for applications)?|"
    # "Applications, comprising a cover letter and CV, should be sent … by 30th November 2019".
    r"applications?\b[^.\n]{0,60}?\b(?:must|should|are to) (?:be )?(?:received|submitted|sent|emailed)"
    r"|(?:no|not) later than|"
    r"date limite(?: de (?:dépôt|réception) des candidatures)?|date de clôture|"
    r"candidatures? (?:doivent|devront) (?:être|parvenir)|au plus tard (?:le)?)\b"
    # A closed notice's status, which boards glue to the employer's name before it
    # ("…Service Public de WallonieClôturé depuis le 30/04/2024", "Closed on 4 Aug 2020").
    r"|cl[ôo]tur[ée]e?\s+(?:depuis\s+)?le\b|\bclose[sd]?\s+(?:on|since)\b"
    r"|(?:\ba|(?<=[a-z])(?-i:A))fgesloten\s+op\b"
    # "The application deadline was 14/03/2024", "Deadline26.10.2025", and glued to a board's
    # line before it ("… job alerts via emailDeadline Date: Tuesday 18 March 2025").
    r"|(?:\bd|(?<=[a-z])(?-i:D))eadline(?:\s+(?:was|is))?",
    re.I,
)
# The words each pattern needs: a page without them is not scanned (see FieldContext.mentions).
_RUNNING_WORDS = (
    "deadline",
    "closing date",
    "applicat",
    "later than",
    "date limite",
    "date de clôture",
    "candidature",
    "au plus tard",
    "clôtur",
    "close on",
    "closed on",
    "closes on",
    "closed since",
    "afgesloten",
)
_WINDOW = 60
# A date the post starts by is no deadline: said just before "no later than", "by" …
_START = re.compile(
    r"\bstart(?:ing)?\s+date|\bentry\s+on\s+duty|\bdate\s+d['’]entrée|\bprise\s+de\s+fonctions?",
    re.I,
)
_START_REACH = 30
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
# Said after the date: the deadline is the last date before these words.
_LATEST_WORDS = ("au plus tard", "at the latest")
_LATEST = re.compile(r"\b(?:" + "|".join(_LATEST_WORDS) + r")\b(?!\s+le\b)", re.I)

_DIGIT = re.compile(r"\d")
# What joins the two ends of a period: "12 January - 8 March", "du 1er au 15 mars".
_RANGE_TO = re.compile(
    r"\s*(?:[-–—]|to|until|au|jusqu'au|tot"
    # "08 May 2017 extended until 26 May 2017": the new deadline replaces the first.
    r"|\(?(?:extended|prolong[ée]e?|report[ée]e?)\s+(?:until|to|till|jusqu['’]au|au))\s*",
    re.I,
)

CODES = (
    IssueCode(
        "deadline_invalid_date",
        "error",
        "The deadline names a day that does not exist, or is not written YYYY-MM-DD.",
    ),
    IssueCode(
        "deadline_implausible",
        "warning",
        "The deadline's year lies before 1990 or after 2100: no notice closes then.",
    ),
    IssueCode(
        "deadline_far_after_stated_date",
        "warning",
        "The deadline lies more than two years after a date the notice itself states "
        "(posting date, date of issue).",
    ),
)
# Years in which a deadline can fall, and how far after the notice's own date it may be.
PLAUSIBLE_YEARS = (1990, 2100)
FAR_AFTER_YEARS = 2


_MONTHS_IN_YEAR = 12
# A value that states its numeric dates are month first ("Closing Date: 8/5/2021
# (MM/DD/YYYY)", "Open Period: 08/30/2019 - 09/13/2019 Format MM/DD/YYYY").
_MONTH_FIRST = re.compile(r"\bmm/dd/(?:yyyy|yy)\b")


def parse_date(raw: str, month_first: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """Return the ISO date (or ``ongoing``) and the span of the date within ``raw``;
    numeric dates month first if ``month_first`` or if ``raw`` says so ("MM/DD/YYYY").

    An impossible date (31 February) comes back as ``YYYY-MM-DD`` unchecked, so
    that :func:`check` can report it; unreadable text gives ``(None, None)``.
    """
    folded = fold(raw)
    for phrase in ONGOING:
        if folded.startswith(phrase):
            return "ongoing", (0, len(raw.rstrip()))
    # Hyphens of every kind separate a date's parts ("25‑Jan‑2026" with U+2011).
    lowered = raw.lower().translate(_HYPHENS)
    for pattern in _DATE_FORMS:
        m = pattern.search(lowered)
        if m is None:
            continue
        parts = m.groupdict()
        if parts.get("month") is not None:
            month = MONTHS.get(fold(parts["month"]).rstrip("."))
            if month is None:
                continue
        else:
            month = int(parts["mnum"])
        day = int(parts["day"])
        numeric = parts.get("month") is None and parts.get("sep") is None
        if numeric and day <= _MONTHS_IN_YEAR and (month_first or _MONTH_FIRST.search(lowered)):
            day, month = month, day  # "8/5/2021 (MM/DD/YYYY)": the notice says month first
        elif month > _MONTHS_IN_YEAR >= day:
            day, month = month, day  # "05/23/2025": month first, the only reading
        year = int(parts["year"])
        if year < 100:
            year += 2000
        return f"{year:04d}-{month:02d}-{day:02d}", m.span()
    return None, None


def is_real_date(iso: str) -> bool:
    """``ongoing``, or a day that exists written ``YYYY-MM-DD`` (the only form a record holds)."""
    if iso == "ongoing":
        return True
    if not _ISO.fullmatch(iso):
        return False
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    labelled = [found for hit in ctx.labels("deadline") if (found := _labelled(ctx, hit))]
    if labelled:
        # Two deadline labels of the same standing (a board's card above the notice's own
        # header): the later date, as boards shift the time zone and notices extend it.
        best = ctx.label_rank(labelled[0][1])
        same = [found for found, hit in labelled if ctx.label_rank(hit) == best]
        dated = [found for found in same if found.value != "ongoing"]
        return {"deadline": max(dated, key=lambda found: found.value) if dated else same[0]}
    headline = ctx.headline("date")
    if headline is not None:  # "… UNHCR, Geneva. Open until 3 January 2012"
        iso, where = parse_date(headline.value)
        if iso is not None and where is not None:
            s = headline.start + where[0]
            return {"deadline": Found(iso, s, headline.start + where[1], "headline")}
    card = _card_date(ctx) or _posting_period(ctx)
    if card is not None:
        return {"deadline": card}
    if not ctx.mentions(*_RUNNING_WORDS):
        return {}
    body, offset = ctx.body()
    for m in (
        _LATEST.finditer(body) if ctx.mentions(*_LATEST_WORDS) else ()
    ):  # "… le 3 mars 2025 à minuit au plus tard"
        window = body[max(0, m.start() - _WINDOW) : m.start()]
        iso, where = parse_date(window)
        if iso is not None and where is not None and iso != "ongoing":
            at = offset + max(0, m.start() - _WINDOW)
            return {"deadline": Found(iso, at + where[0], at + where[1], "running_text")}
    for m in _RUNNING.finditer(body):
        if _START.search(body, max(0, m.start() - _START_REACH), m.start()):
            continue  # "Required Start Date: No Later Than 28 April 2025"
        window = body[m.end() : m.end() + _WINDOW]
        iso, where = parse_date(window)
        if iso is not None and where is not None and iso != "ongoing":
            at = offset + m.end()
            return {"deadline": Found(iso, at + where[0], at + where[1], "running_text")}
    return {}


# A card whose labels were dropped has at least this many short lines, one of them its pay
# ("5,120.77Euro (EUR) Monthly"); a journal's heading lines with its date of issue are none.
_CARD_LINES = 3
_CARD_PAY = re.compile(r"\d\s?(?:Euro|EUR|USD|GBP|CHF|€|\$|£)|(?:€|\$|£)\s?\d", re.I)


def _card_date(ctx: FieldContext) -> Found[str] | None:
    """The one date of a board's card whose labels were dropped (title,
    ``Belgium-Brussels``, ``14-Apr-2026``, ``5,120.77Euro (EUR) Monthly``).

    A date alone under a title is the day of posting as often as the deadline, and of
    two dates nothing says which is which: neither is read. The card ends where labels
    start, and shows the pay.
    """
    bare = ctx.bare_lines()
    if len(bare) < _CARD_LINES:
        return None
    labelled = {hit.line for hit in ctx.half.labels}
    lines = list(
        itertools.takewhile(lambda line: line_index(ctx.doc.lines, line[1]) not in labelled, bare)
    )
    if len(lines) < _CARD_LINES or not any(_CARD_PAY.search(text) for text, _at in lines):
        return None
    dates: list[Found[str]] = []
    for text, at in lines:
        iso, where = parse_date(text)
        if iso is not None and where is not None and where[1] - where[0] >= len(text) - 2:
            dates.append(Found(iso, at + where[0], at + where[1], "bare_value"))
    return dates[0] if len(dates) == 1 else None


# A board's card prints the days a post is open as two dates on one line, glued or apart,
# and perhaps the place glued after: "November 14, 2025December 29, 2025ViennaAustria".
_TWO_YEARS = re.compile(r"(?:19|20)\d\d.+(?:19|20)\d\d")
_PERIOD_GAP = re.compile(r"[ \t]*(?:[-–—][ \t]*)?")


def _posting_period(ctx: FieldContext) -> Found[str] | None:
    """The end of the period a card's line gives, when it is the later of its two dates."""
    for text, at in ctx.bare_lines():
        if _TWO_YEARS.search(text) is None:
            continue
        first, where = parse_date(text)
        if first is None or where is None or where[0] != 0 or first == "ongoing":
            continue
        gap = _PERIOD_GAP.match(text, where[1])
        rest = text[gap.end() if gap is not None else where[1] :]
        second, span = parse_date(rest)
        if second is None or span is None or span[0] != 0 or not second > first:
            continue
        start = at + len(text) - len(rest)
        return Found(second, start, start + span[1], "bare_value")
    return None


# A numeric date either way round ("10/3/22"), and one that can only be month first
# ("9/19/22") or only day first ("19/9/22").
_AMBIGUOUS = re.compile(r"(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{4}|\d{2})")
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/.-])")


def _month_first_page(text: str) -> bool:
    """Whether the page writes its numeric dates month first: some can only be read so
    ("Publication Date: 9/19/22" beside "Closing Date: 10/3/22") and none day first."""
    month_first = False
    for m in _NUMERIC_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if first > _MONTHS_IN_YEAR >= second:
            return False
        month_first = month_first or second > _MONTHS_IN_YEAR >= first
    return month_first


def _labelled(ctx: FieldContext, hit: LabelHit) -> tuple[Found[str], LabelHit] | None:
    value = ctx.text[hit.value_start : hit.value_end]
    iso, where = parse_date(value)
    if where is not None and _AMBIGUOUS.fullmatch(value[where[0] : where[1]]):
        iso, where = parse_date(value, _month_first_page(ctx.text))
    if iso is None or where is None:
        return None
    start = hit.value_start
    # A period ("12 January 2023 - 08 March 2023") closes on its last day.
    m = _RANGE_TO.match(value, where[1])
    if m is not None:
        # "2/25/2015 – 3/10/2015": the first date, month first, shows how the last is written.
        first = _DAY_FIRST.fullmatch(value[where[0] : where[1]])
        month_first = first is not None and int(first["mnum"]) > _MONTHS_IN_YEAR
        last, span = parse_date(value[m.end() :], month_first)
        if last is not None and span is not None and span[0] == 0:
            return Found(last, start + m.end(), start + m.end() + span[1], "range"), hit
    return Found(iso, start + where[0], start + where[1], "label"), hit


def check(record: Record) -> list[Finding]:
    findings: list[Finding] = []
    stated = _stated_date(record) if record.deadline.located() else None
    for lang, located in by_lang(record.deadline):
        where = pointer("deadline", lang, "value")
        iso = located.value
        if not is_real_date(iso):
            findings.append(
                CODES[0].finding(
                    "deadline", [located.span], pointer=where, value=iso, raw=located.raw
                )
            )
            continue
        if iso == "ongoing":
            continue
        day = dt.date.fromisoformat(iso)
        low, high = PLAUSIBLE_YEARS
        if not low <= day.year <= high:
            findings.append(
                CODES[1].finding(
                    "deadline", [located.span], pointer=where, value=iso, low=low, high=high
                )
            )
            continue
        if stated is not None and day > _years_after(stated[0], FAR_AFTER_YEARS):
            findings.append(
                CODES[2].finding(
                    "deadline",
                    [located.span],
                    pointer=where,
                    value=iso,
                    date=stated[0].isoformat(),
                    where=stated[1],
                    years=FAR_AFTER_YEARS,
                )
            )
    return findings


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _stated_date(record: Record) -> tuple[dt.date, str] | None:
    """The earliest date the notice states besides its deadline (the page's posting date,
    a ``Date of issue`` label), with where it is stated; never today's date."""
    found: list[tuple[dt.date, str]] = []
    posted = (record.embedded or {}).get("date_posted")
    if isinstance(posted, str):
        iso, _ = parse_date(posted)
        if iso and iso != "ongoing" and is_real_date(iso):
            found.append((dt.date.fromisoformat(iso), f"datePosted {posted!r}"))
    for label in record.other_labels:
        if _DIGIT.search(label.value, 0, _WINDOW) is None:
            continue
        iso, _ = parse_date(label.value[:_WINDOW])
        if iso and iso != "ongoing" and is_real_date(iso):
            found.append((dt.date.fromisoformat(iso), f"{label.label} {label.value.strip()!r}"))
    return min(found) if found else None


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "deadline": {
        "en": [
            "deadline",
            "closing",
            "closes",
            "expiry",
            "expires",
            "apply by",
            "last date",
            "end date",
            "application period",
        ],
        "fr": ["date limite", "cloture", "echeance", "expiration", "date de fin", "delai"],
        "xx": [
            "scadenza",
            "bewerbungsfrist",
            "einsendeschluss",
            "fecha limite",
            "sluitingsdatum",
            "uiterste",
            "termin",
            "fecha de cierre",
            "plazo",
            "prazo",
            "data limite",
        ],
    }
}


FIELD = FieldSpec(
    name="deadline",
    attrs=("deadline",),
    extract=extract,
    labels=LABELS,
    codes=CODES,
    check=check,
    heads=HEADS,
)
