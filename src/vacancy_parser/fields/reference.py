"""The vacancy number: ``Vacancy Number: A03/0516``, ``STAFF VACANCY 250974``, ``Title (241656)``."""

from __future__ import annotations

import re

from ..document import Line, line_index
from ..layout._vocab import CODED_REFERENCE, SLASHED_REFERENCE, fold
from ..layout.labels import LabelHit
from .base import FieldContext, FieldSpec, Found, strip_span
from .deadline import MONTHS

LABELS = {
    "reference": {
        "en": [
            "Vacancy Number",
            "Vacancy No.",
            "Vacancy No",
            "Vacancy Reference",
            "Vacancy Ref",
            "Reference Number",
            "Reference",
            "Ref.",
            "Job ID",
            "Vacancy Notice Number",
            "Vacancy Notice No.",
            "Job Opening Number",
            "Requisition ID",
            "Vacancy ID",
            "Vacancy Id",
            "Job Opening ID",
            "Job no",
            "Job No.",
            "Job Reference",
            "Job Reference Number",
            "Job Reference No",
            "Job Requisition ID",
            "Ref. No",
            "Ref. No.",
            "Reference No",
            "Announcement No",
            "Announcement Number",
            "Job Opening number",
            "Post Number",
            "Post number",
            "Job/Post Number",
            "Position Number",
            "Advert. No.",
            "Advert No.",
            "Advert No",
            "Advertisement No.",
            "Advertisement Number",
            "Position No.",
            "Position No",
            "Post No.",
            "Post No",
            "Selection process number",
            "VACANCY N",
            "Job Code",
            "Opportunity number",
            "Role ID",
            "File n",
            "File No.",
            "Post identification",
            "Internship Opening No.",
            "Job Opening No.",
            "Job-ID",
            "Position Code",
            # IOM's calls: "CFCV No.: CFCV2021.51", "SVN No.: SVN2025. 15082".
            "CFCV No.",
            "SVN No.",
            "Reg. nº",
            "Reg. n°",
        ],
        "fr": [
            "Numéro de vacance",
            "Numéro de l'avis",
            "Numéro de la vacance",
            "Numéro de vacance OTAN",
            "NATO vacancy number",
            "Référence de l'avis",
            "Numéro de l'avis de vacance de poste",
            "Numéro de l'avis de vacance",
            "Référence",
            "Réf.",
            "Numéro de référence",
            "Code du poste",
            "Avis de vacance n°",
            "Vacance n°",
            "N° de vacance",
            "Numéro de poste",
            "Numéro du poste",
            "No. du poste",
            "N° du poste",
            "Poste vacant No",
            "Poste vacant n°",
            "Numéro de l'appel à candidatures",
            "Numéro de l'appel à candidature",
            "No de l'appel à candidature",
            "N° de l'appel à candidature",
            "No de l'appel à candidatures",
            "Numéro de la possibilité de nomination",
            "Numéro du processus de sélection",
            "Offre n°",
            "Poste n°",
            "Numéro d'ouverture de poste",
        ],
    }
}

# A reference: letters, digits, slashes, dots and dashes; a space only after a letter
# prefix (``NDC 13/04``, ``OLC GSI 0010``), a bracketed year inside (``EUM/VN(12)18``).
# Two shapes first: a UN job opening with its words and spaces
# (``22-Administration-ICAO-195152-R-Montreal (R)``) and a call number with its office
# (``AC/SRH, N° 32/2021``).
_REF = re.compile(
    r"\d{2}-[A-Za-z][\w ]{1,60}?(?:-[\w ]{2,40}?)?-\d{5,7}"
    r"(?:-[A-Z]{1,2}-[A-Za-z][\w.']*(?: [A-Za-z][\w.']*){0,3}(?: \([A-Z]\))?"
    r"|-[A-Za-z][\w.']*(?: [A-Za-z][\w.']*){0,3})?"
    r"|(?:[A-Z]{1,6}/)+[A-Z]{1,6},?\s*N[°º]\s*\d{1,4}/\d{2,4}"
    r"|(?:(?:[A-Za-z]{2,6} ){1,2}(?=\d))?[A-Za-z0-9][A-Za-z0-9/._-]{0,40}(?:\(\d{1,4}\)[\w/.-]{0,8})?"
)
_NUMBER_PREFIX = re.compile(
    r"^[\s#:]*(?:(?:n[o°º]|number|num[ée]ro)\.?\s*(?=[A-Za-z]*\d)|#\s*)?", re.I
)
_DIGIT_GAP = re.compile(r"(?<=\d) (?=\d)")
# "Title (200775)", or with a board's glued duplicate "Title (200775)Title-200775".
_BOARD_TITLE = re.compile(r"[^\n]{3,160}\((\d{5,8})\)(?:\s*+$|\S[^\n]*-\1[ \t]*$)")
_VACANCY_LINE_REACH = 1500
# The EEAS's number after its title, anywhere in a line: "… EEAS Headquarters job No
# 447724 in the …", "Head of Administration in New Zealand – job n° 246887" (all 9 pages of
# fixtures/real with one give it as the reference).
_JOB_NUMBER = re.compile(r"\b[Jj]ob[ \t]+(?:n°|[Nn]o\.?)[ \t]?(?P<ref>\d{5,7})\b")
# A board's title line with the number stands among the first lines of the header.
_BOARD_TITLE_LINES = 40
# "[6067] Administrative Support Services", "ECB/041/12: Terminologist", a year's
# requisition "2024-0177 Provision of Cyber Technician Services (NS) - FRI 28 Feb", a coded
# one "#NC26NES189191 - NSATU Cyber Boundary Protection Level 3 Support".
_LEADING_REFERENCE = re.compile(
    r"[ \t*#]*(?:\[\s*(\d{3,8})\s*\]|(" + SLASHED_REFERENCE + r")(?=\s*[-–—:|]\s)"
    r"|((?:19|20)\d\d-\d{3,5})(?=[ \t]+[A-Z])|(" + CODED_REFERENCE + r")(?=\s*[-–—:|]\s))"
)
# Four digits in brackets are a number too ("Portfolio Officer - Middle Office (6063)"),
# unless a year ("… Fellowships at NATO Defense College, Italy (2015)").
_IN_TITLE = re.compile(
    r"\((\d{5,8}|(?!19|20)\d{4})\)|(?:[-–]\s*|(?<=[a-z]))(\d{5,7}(?:-[A-Z]{1,3})?)\s*$"
)
# A body's coded number in brackets closing the title: "Theoretical Physicist
# (TH-SP-2020-75-LD)", "Project Officer (INT11378)", "Political Officer B3 (02/20 PL)",
# "Bank Expert (PRSP SRRR SEC 02/2018)"; not a post's number ("Head, … (PASP0150)").
_CODE_AFTER_TITLE = re.compile(
    r"\((?-i:([A-Z][A-Z0-9]*(?:[/-][A-Z0-9]+)+|[A-Z]{2,}\d{5,}|\d{2}/\d{2}\s+[A-Z]{2,4}"
    r"|[A-Z]{2,6}(?:\s+[A-Z]{2,6}){1,3}\s+\d{2}/\d{4}))\)\s*$"
)
# A portal's file number after the title, apart by a space: "Présidente-directrice générale
# … 2023-4620-222" (Quebec's senior appointments).
_FILE_NUMBER_AFTER_TITLE = re.compile(r"(?<=[^\W\d])\s+((?:19|20)\d{2}-\d{2,6}-\d{1,4})\s*$")
_FILE_NUMBER_REACH = 20
# A selection procedure's number alone on a line under the title ("COM/2014/10366").
_BARE_PROCEDURE = re.compile(r"[A-Z]{2,6}(?:/[A-Z0-9]{1,6})*/\d{2,6}")
_JOURNAL_NUMBER = re.compile(r"(?:\s[—–]\s*|^[ \t]*)(" + _BARE_PROCEDURE.pattern + r")[ \t]*$")
_CODE_DIGITS = 3
_YEAR = re.compile(r"(?:19|20)\d\d")
_GRADES = re.compile(r"[A-Z]{1,3}-?\d{1,2}(?:/[A-Z]{1,3}-?\d{1,2})*")


def _number_under_title(ctx: FieldContext, title: int) -> Found[str] | None:
    """A number the title line or the lines under it print: the title repeated with a
    portal's file number after it, the title line being a breadcrumb ("Accueil / Postes
    offerts / Présidente…"), or the Official Journal's procedure number."""
    lines = ctx.doc.lines
    above = lines[title].text.strip().casefold()
    for line in lines[title : title + _FILE_NUMBER_REACH]:
        m = _FILE_NUMBER_AFTER_TITLE.search(line.text)
        if m is not None and above.endswith(line.text[: m.start()].strip().casefold()):
            return Found(m.group(1), line.start + m.start(1), line.start + m.end(1), "title_suffix")
        # The Official Journal's procedure number, after the title's dash or alone below it:
        # "… (Article 29(2) of the Staff Regulations) — COM/2013/10341", "COM/2023/20094".
        m = _JOURNAL_NUMBER.search(line.text)
        if m is not None and _coded(m.group(1)):
            return Found(m.group(1), line.start + m.start(1), line.start + m.end(1), "title_suffix")
    return None


def _coded(code: str) -> bool:
    """A number, not grades ("P-3", "G-10/G-12") nor a year ("ICAO-2019")."""
    digits = re.sub(r"\D", "", code)
    return (
        len(digits) >= _CODE_DIGITS and not _YEAR.fullmatch(digits) and not _GRADES.fullmatch(code)
    )


# The words :data:`_VACANCY_LINE` needs, lower-cased: a page without them is not scanned.
_VACANCY_WORDS = (
    "vacan",
    "vn",
    "ref",
    "réf",
    "appel à candidature",
    "call for applications",
    "advertisement",
    "avis de recrutement",
    "recruitment notice",
    "recruitement notice",
    "open competition",
)
_VACANCY_LINE = re.compile(
    r"\b(?:staff\s+vacancy|vacancy\s+(?:notice|announcement)|vacancy|(?-i:VN)|(?-i:Ref)\.?\s*+(?=N[o°º])|"
    r"(?-i:Ref)\.(?=\s+[A-Z][A-Za-z0-9/._-]*\d)|"
    r"avis\s+de\s+vacance(?:\s+(?:de\s+poste|d['’]emploi))?|vacance\s+(?:de\s+poste|d['’]emploi)"
    r"|vacance(?=\s+num[ée]ro)"
    r"|avis\s+de\s+recrutement|recruit(?:e)?ment\s+notice"
    # The Official Journal's "NOTICE OF OPEN COMPETITION COM/A/10/01", "OPEN COMPETITION
    # CONS/AD/427".
    r"|open\s+competitions?(?=\s+(?-i:[A-Z]{2,8}/))"
    # A flattened PDF's header run into one line: "VACANCY NOTICE TEMPORARY STAFF Reference
    # number: Frontex/15/TA/AD6/10.1 Data Analyst".
    r"|(?-i:Reference\s+number)(?=\s*:\s*[A-Za-z]{2,10}/)"
    r"|appel\s+à\s+candidatures?(?=\s*(?:n[°º]|(?-i:[A-Z]{2,8}/)))"
    r"|call\s+for\s+applications(?=\s*(?:no\b|(?-i:[A-Z]{2,8}/)))|advertisement(?=\s*n[°º])"
    # "DIRECTOR OF TRADE(REF: EAC/HR/2013/57)", "… (réf. ENISA-SNE-2020-03)": a reference in
    # brackets after the title.
    r"|(?<=\()r[ée]f(?:erence)?\.?(?=\s*:|\s+(?-i:[A-Z]{2,})))\s*+"
    r"(?:(?:no|nr|n°|nº|number|numéro|ref(?:erence)?|code)\.?\s*+)?:?\s*+"
    # A word in lower case joins the number only by a slash, a dash or nothing ("closed on
    # 20/03/2017" is a date after the word "vacancy"; "e187/2014" a number).
    r"(?P<ref>(?:(?-i:[A-Z][A-Za-z]{0,7})[/ -]?|[A-Za-z]{1,8}(?:[/-]|(?=\d))){0,3}(?:\(\d{1,4}\))?\d[\w/.-]{1,20}(?:\(\d{2,4}\))?)",
    re.I,
)


# A board's requisition line with the number first: "250442 Requisition #".
_REQUISITION_FIRST = re.compile(
    r"^[ \t*-]*(?P<ref>(?-i:[A-Z]{0,4})\d{5,7})[ \t]+Requisition\b", re.I | re.M
)


# The number first, then a bar and the unit: "20601 | Greffe", "… (SSG) 20621 | OTP".
_NUMBER_BAR = re.compile(r"(?:^|(?<=\) ))[ \t]*(?P<ref>\d{5,7})[ \t]+\|[ \t]+[A-Z]", re.M)


def normalise(raw: str) -> str:
    """Drop label leftovers and surrounding punctuation: ``No. 250974.`` -> ``250974``."""
    text = _NUMBER_PREFIX.sub("", raw.strip()).strip().strip(".:;,*").strip()
    return _DIGIT_GAP.sub("", " ".join(text.split()))


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    ranked = sorted(
        ((_rank(ctx.text[h.label_start : h.label_end]), h) for h in ctx.labels("reference")),
        key=lambda pair: pair[0],
    )
    found = _labelled(ctx, [h for rank, h in ranked if rank < _POST_RANK])
    if found is None:
        found = (
            ctx.headline("ref")  # "… Agadez, Niger #128438 (Temporaire: 364 Jours)"
            or _unlabelled(ctx)
            or _labelled(ctx, [h for rank, h in ranked if rank >= _POST_RANK])
        )
    return {"reference": found} if found is not None else {}


def _labelled(ctx: FieldContext, hits: list[LabelHit]) -> Found[str] | None:
    for hit in hits:
        value = ctx.text[hit.value_start : hit.value_end]
        lead = _NUMBER_PREFIX.match(value)
        skip = lead.end() if lead else 0
        m = _REF.search(value, skip)
        if m is not None and any(ch.isdigit() for ch in m.group()):
            s, e = strip_span(
                ctx.text, hit.value_start + m.start(), hit.value_start + m.end(), ".,;:"
            )
            return Found(normalise(ctx.text[s:e]), s, e, "label")
    return None


def _own_vacancy(text: str) -> re.Match[str] | None:
    """The first vacancy line that is not a pointer to another notice ("See also vacancy
    no. 240687 for …") nor dated ("African Union Commission Vacancy Nov 2022")."""
    for m in _VACANCY_LINE.finditer(text):
        if _SEE_ALSO.search(text, max(0, m.start() - _SEE_REACH), m.start()) is None and not (
            _is_month_and_year(m.group("ref")) or _starts_a_date(text, m)
        ):
            return m
    return None


# "Date de la vacance d'emploi : 1er juin 2024": the day of a date, not a number.
_NEXT_WORD = re.compile(r"\s+([^\W\d_]{3,9})\b")


def _starts_a_date(text: str, m: re.Match[str]) -> bool:
    nxt = _NEXT_WORD.match(text, m.end("ref"))
    return nxt is not None and fold(nxt.group(1)).rstrip(".") in MONTHS


_MONTH_YEAR = re.compile(r"(?P<month>[^\W\d_]{3,9})\.?\s+(?:19|20)\d\d")


def _is_month_and_year(text: str) -> bool:
    m = _MONTH_YEAR.fullmatch(text.strip())
    return m is not None and fold(m.group("month")) in MONTHS


_SEE_ALSO = re.compile(r"\b(?:see|voir|cf\.?)(?:\s+(?:also|aussi|the|la|le|l['’]))*\s*$", re.I)
_SEE_REACH = 20


def _unlabelled(ctx: FieldContext) -> Found[str] | None:
    """A number stated without a reference label: a requisition or vacancy line, the title."""
    header, offset = ctx.header()
    m = _REQUISITION_FIRST.search(header) if ctx.mentions("requisition") else None
    if m is None and "|" in header:
        m = _NUMBER_BAR.search(header)
    if m is not None:
        s, e = offset + m.start("ref"), offset + m.end("ref")
        return Found(m.group("ref"), s, e, "requisition_line")
    # A "STAFF VACANCY 250974" line stands in the header, or just after a board's card.
    top = min(ctx.half.end, ctx.half.start + _VACANCY_LINE_REACH)
    vacancy_words = ctx.mentions(*_VACANCY_WORDS)
    for text, at in ((header, offset), (ctx.text[ctx.half.start : top], ctx.half.start)):
        m = _own_vacancy(text) if vacancy_words else None
        if m is not None:
            s, e = strip_span(ctx.text, at + m.start("ref"), at + m.end("ref"), ".,;:")
            return Found(normalise(ctx.text[s:e]), s, e, "vacancy_line")
    title = ctx.half.title_line
    # A title given by a label, or a line further down taken for the title: the page's
    # first line may still head it with the number.
    line = ctx.doc.lines[title] if title is not None else ctx.first_line()
    lead = _leading_reference(line) if line is not None else None
    if lead is None and title is not None and (top_line := ctx.first_line()) is not None:
        lead = _leading_reference(top_line)
    if lead is not None:
        return lead
    if title is not None and line is not None:
        filed = _number_under_title(ctx, title)
        if filed is not None:
            return filed
        code = _CODE_AFTER_TITLE.search(line.text)
        if code is not None and _coded(code.group(1)):
            s, e = line.start + code.start(1), line.start + code.end(1)
            return Found(code.group(1), s, e, "title_parenthesis")
        found = list(_IN_TITLE.finditer(line.text))
        if found:
            # "(241656)" before a board's "-241656" suffix.
            m = next((f for f in found if f.group(1)), found[-1])
            group = 1 if m.group(1) else 2
            s, e = line.start + m.start(group), line.start + m.end(group)
            rule = "title_parenthesis" if group == 1 else "title_suffix"
            return Found(m.group(group), s, e, rule)
    for text, at in ctx.bare_lines():
        if _BARE_PROCEDURE.fullmatch(text):
            return Found(text, at, at + len(text), "bare_value")
    # Another title line of the header (a board's, or the notice's under a board's card)
    # may be the only one with the number.
    sections = ctx.half.sections
    stop = max(ctx.half.header_end, sections[0].heading.start if sections else 0)
    first = line_index(ctx.doc.lines, ctx.half.start)
    for line in ctx.doc.lines[first : first + _BOARD_TITLE_LINES]:
        if line.start >= stop:
            break
        m = _BOARD_TITLE.match(line.text)
        if m is not None:
            s, e = line.start + m.start(1), line.start + m.end(1)
            return Found(m.group(1), s, e, "board_title")
    if ctx.mentions("job n"):
        top = min(ctx.half.end, ctx.half.start + _VACANCY_LINE_REACH)
        m = _JOB_NUMBER.search(ctx.text, ctx.half.start, top)
        if m is not None:
            return Found(m.group("ref"), m.start("ref"), m.end("ref"), "job_number")
    return None


_POST_RANK = 3


def _leading_reference(line: Line) -> Found[str] | None:
    """The number heading a title line: "[6067] Administrative Support Services"."""
    lead = _LEADING_REFERENCE.match(line.text)
    if lead is None:
        return None
    group = next(g for g in (1, 2, 3, 4) if lead.group(g))
    s, e = line.start + lead.start(group), line.start + lead.end(group)
    return Found(lead.group(group), s, e, "title_bracket")


def _rank(label: str) -> int:
    """Vacancy-number labels before generic ones, and a requisition number last."""
    folded = label.casefold()
    if ("post" in folded and "du poste" not in folded) or "position" in folded:
        # A post (establishment) number names the post, not this vacancy ("Numéro de poste:
        # ERD-0114"); the ILO's and UNESCO's "No. du poste" is the vacancy's own number.
        return _POST_RANK
    if "requisition" in folded:
        return 2
    return 0 if "vacanc" in folded or "avis" in folded or "appel" in folded else 1


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "reference": {
        "en": [
            "reference",
            "vacancy number",
            "vacancy no",
            "vacancy notice number",
            "requisition",
            "job number",
            "posting number",
            "competition number",
            "job opening id",
            "job opening number",
            "announcement number",
            "announcement no",
            "post number",
            "req id",
            "req #",
            "job #",
            "vacancy #",
            "job n°",
            "job identification",
            "posting id",
            "role id",
            "advert no",
            "vacancy code",
            "selection process number",
            "selection process no",
            "selection process n°",
            "selection process nº",
        ],
        "fr": [
            "reference",
            "n° de reference",
            "numero de l'appel",
            "numero de l'avis",
            "numero du poste vacant",
            "code de selection",
            "numero de reference",
            "avis de vacance n",
            "numero de poste",
            "numero du poste",
            "poste vacant no",
        ],
        # The Belgian federal portal's selection code in Dutch and German ("Selectiecode" /
        # "AFG21190", "Auswahlcode").
        "xx": [
            "referentie",
            "riferimento",
            "referenz",
            "referencia",
            "selectiecode",
            "auswahlcode",
        ],
    }
}


FIELD = FieldSpec(
    name="reference", attrs=("reference",), extract=extract, labels=LABELS, heads=HEADS
)
