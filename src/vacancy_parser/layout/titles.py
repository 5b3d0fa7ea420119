"""Which line is the post title: above a header block, inside one, or the first title-like
line of a page without one."""

from __future__ import annotations

import re

from ..document import Document
from ._signs import names_post, recruited_post
from ._vocab import (
    BANNER_WORDS,
    BULLETS,
    CHROME_LINE,
    EMPLOYER_LINE,
    LABEL_LINE,
    ORGANISATION_NAMES,
    PICTOGRAPH,
    UNIT_LINE,
    is_place,
)
from .labels import LabelHit

_TITLE_MAX = 250


_TITLE_LOOKBACK = 6
_SMALL_WORD = 3
_CAPITALISED = 0.6


_FIRST_TITLE_MAX = 160


_TITLE_REFERENCE = re.compile(r"\(\d{5,7}\)\s*$")


_ADDRESS = re.compile(r"\b(?:[A-Z]-)?\d{4,5}\s+[A-ZÀ-Ý][a-zà-ÿ]")


_DIGIT_SHARE = 0.3
_DIGIT = re.compile(r"\d")
_CARD_ITEM = re.compile(r"[•·▪◦●■►]\s")


# A sentence (eight words or more, ending with a full stop) is not a title.
_SENTENCE = re.compile(r"^(?:\S+\s+){7,}.*[.!]$")
# A sentence cut before its full stop: "This is a requisition for employment at …", "For our
# Sub-Saharan Africa Division (SSAD), we are seeking …".
_CLAUSE = re.compile(
    r"^(?:This|These|There|It|We|For\s+(?:our|its|the))\s(?:\S+\s+){0,8}?"
    r"(?:is|are|seeks?|seeking)\s+(?:a|an|the|seeking|looking)\b"
)
# Lines that boards put near a title: a schedule, an amount, a status, a notice to readers.
_FURNITURE = re.compile(
    r"(?:full[- ]?time|part[- ]?time|temps (?:plein|partiel)|voltijds|deeltijds|vollzeit|teilzeit"
    r"|tempo pieno|jornada completa|pending budget approval|open to nationals\b.*"
    r"|this (?:job|position|posting|vacancy)\b.*|[\d.,\s]++(?:euro|eur|€|\$|usd|£).*"
    # A sentence about the post ("This post reports to …", "Le titulaire du poste …").
    r"|(?:this|the|ce|le|la)\s+(?:post|position|incumbent|post ?holder|poste|titulaire)\s+\w.*"
    # The notice's number in words ("Vacancy Notice N° o35/2018"): the title comes below.
    r"|(?:vacancy\s+(?:notice|announcement)|avis\s+de\s+vacance)\s+(?:n[°o]\.?|no\.|number)"
    r"\s*[\w/.-]*\d[\w/.-]*)$",
    re.I,
)


def title_line(
    doc: Document,
    before: int,
    floor: int,
    label_lines: set[int],
    no_title: frozenset[int] = frozenset(),
) -> int | None:
    """The title above a header block: skip furniture and a board's employer line.

    The nearest title-like line wins, unless a line further up stands right above
    an employer line (a board's title / employer / place block); a line naming a post
    (a job noun) wins over furniture between it and the block ("Full-time", a salary).
    """
    seen = 0
    nearest = None
    post = None
    previous = ""
    for index in range(before - 1, floor - 1, -1):
        text = doc.lines[index].text.strip().strip("*#_ ")
        if not text:
            continue
        if index in label_lines:
            break
        seen += 1
        if index in no_title:
            previous = text
            continue
        if seen > _TITLE_LOOKBACK:
            break
        if is_title_like(text):
            if not previous.isupper() and _names_employer(previous):
                return index
            nearest = index if nearest is None else nearest
            if post is None and names_post(text):
                post = index
        previous = text
    if post is not None:
        return post
    # Without a job noun, only a Title-Cased line of words ("Administrative Support
    # Services"), not a board's sentence ("Keep a collection of interesting positions") nor
    # its one-word button ("Teilen", "Share").
    if nearest is None or len(doc.lines[nearest].text.split()) < 2:
        return None
    return nearest if _title_cased(doc.lines[nearest].text) else None


def _title_cased(text: str) -> bool:
    if "(" in text:
        return True  # "Archiviste (Gestion de l'information)": a post and its qualifier
    words = [w for w in text.split() if len(w) > _SMALL_WORD and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= _CAPITALISED * len(words)


def above_employer(doc: Document, index: int) -> bool:
    """Whether the next non-empty line names an employer (a board's title / employer pair)."""
    below = next((ln.text.strip() for ln in doc.lines[index + 1 :] if ln.text.strip()), "")
    return _names_employer(below)


def _names_employer(text: str) -> bool:
    return bool(EMPLOYER_LINE.match(text) or ORGANISATION_NAMES.match(text))


def is_title_like(text: str) -> bool:
    """A line that can be a post title: not furniture, a banner or an employer line."""
    text = text.lstrip("# ")
    if len(text) > _TITLE_MAX or CHROME_LINE.match(text):
        return False
    if EMPLOYER_LINE.match(text.lstrip(BULLETS + " ")):
        return False
    if text.startswith("|") or text.startswith(">") or _ADDRESS.search(text):
        return False  # a table row, a quoted comment, a postal address
    if text.startswith("(") and text.endswith(")"):
        return False  # a note under a heading ("(Agency's Temporary Staff)", "(E D A)")
    if _CARD_ITEM.match(text):
        return False  # an item of a board's card ("• BICES Group Executive", "• Location")
    if len(_DIGIT.findall(text)) >= _DIGIT_SHARE * len(text):
        return False  # a reference or a date ("2026/UCRADL/14706")
    if is_place(text) or LABEL_LINE.match(text) or UNIT_LINE.match(text):
        return False
    if ORGANISATION_NAMES.match(text) or text.endswith((":", "?")):
        return False  # a name, a label or a question
    if _SENTENCE.match(text) or _CLAUSE.match(text):
        return False
    if _FURNITURE.match(text):
        return False
    if len(PICTOGRAPH.findall(text)) >= 2:
        return False
    return not (text.isupper() and BANNER_WORDS.search(text))


# A blog board's headline packs the post, its employer and place, and the closing date
# into sentences: "Digital Records and Archives Officer. IMF, Washington. Open until 6
# August 2014", "Information Management Assistant, G-5. UNFCC. Bonn. Open until …".
_PACKED_HEADLINE = re.compile(
    r"[ \t]*(?P<title>\S[^\n]*?)\.[ \t]+(?P<employer>[A-ZÀ-Ý][^.,\n]{1,80}?)"
    r"(?:(?:,|\.(?=[ \t]))[ \t]*(?P<place>[A-ZÀ-Ý][^.\n]{1,60}?))?\.[ \t]+"
    r"(?i:open until|deadline:?|closing date:?|apply by)[ \t]+(?P<date>[^\n]{4,40}?)[ \t.]*$"
)
_HEADLINE_WORDS = ("open until", "deadline", "closing date", "apply by")
_HEADLINE_MAX = 300
# A requisition's headline, as UNICEF and other UN bodies print it and boards copy it: the
# post, its grade (after the appointment's code), its place, the requisition number and the
# appointment: "Health & Nutrition Officer, NOB, Agadez, Niger #128438 (Temporaire: 364
# Jours)", "Nutrition Officer, NOB, TA, Abuja, Nigeria #00127128", "Programme Policy Officer
# (Universal Salt Iodization), FTA-NOB, Khartoum".
_APPOINTMENT_CODE = r"(?:FTA|FT|TA|TMP)"
_REQUISITION_HEADLINE = re.compile(
    r"[ \t]*(?P<title>\S[^\n#]*?)[ \t]*,[ \t]*"
    rf"(?:{_APPOINTMENT_CODE}[ \t]*-[ \t]*)?"
    r"(?P<grade>(?:[PDGL]|GS|NO|SB|SC)[ -]?\d{1,2}|NO[ -]?[A-D])[ \t]*,[ \t]*"
    rf"(?:{_APPOINTMENT_CODE}[ \t]*,[ \t]*)?"
    r"(?P<place>[A-ZÀ-Ý][^\n#,]{1,40}?(?:,[ \t]*[A-ZÀ-Ý][^\n#,]{1,40}?)?)[ \t]*"
    r"(?:#[ \t]*(?P<ref>\d{5,8}))?(?:[ \t]*\((?P<appointment>[^()\n]{2,60})\))?"
    # A page title's site name: "… #00127128 - Tenders Global".
    r"(?:[ \t]+[-–|][ \t]+[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2})?[ \t]*$"
)

# An EU staff category's grade: "FGIV", "FG III", "AD 5", "AST/SC 2".
_STAFF_GRADE_CODE = r"FG[ \t]?(?:IV|I{1,3})|AD[ \t]?\d{1,2}|AST(?:/SC)?[ \t]?\d{1,2}"
# An EU service's headline: the service, the post, its staff category and grade, its place
# and the job's number, apart by dashes: "EEAS Vacancy - Policy Officer - HQ Contract Agent
# FGIV - EEAS Headquarters job No 438866".
_STAFF_HEADLINE = re.compile(
    r"[ \t]*(?:(?P<employer>[A-Z]{2,6})[ \t]+)?[Vv]acancy(?:[ \t]+[Nn]otice)?[ \t]*[:–-][ \t]*"
    r"(?P<title>[^\n]+?)[ \t]+[–-][ \t]+(?:HQ[ \t]+)?(?:Contract|Temporary)[ \t]+[Aa]gent[ \t]+"
    rf"(?P<grade>{_STAFF_GRADE_CODE})"
    r"(?:[ \t]+[–-][ \t]+(?P<place>[^\n]+?))??"
    r"(?:[ \t]+(?:[–-][ \t]+)?[Jj]ob[ \t]+(?:No\.?|n°)[ \t]*(?P<ref>\d{5,7}))?[ \t]*$"
)
# The same with the category first: "EEAS vacancy – FGIII Contract Agent – Regional Security
# officer – EU Delegation to Djibouti", "EEAS VACANCY NOTICE - CA FG III - Administrative
# assistant - EU Delegation UK".
_STAFF_FIRST_HEADLINE = re.compile(
    r"[ \t]*(?:(?P<employer>[A-Z]{2,6})[ \t]+)?(?i:vacancy(?:[ \t]+notice)?)[ \t]*[:–-][ \t]*"
    rf"(?:(?:CA|TA)[ \t]+)?(?P<grade>{_STAFF_GRADE_CODE})"
    r"(?:[ \t]+(?:Contract|Temporary)[ \t]+[Aa]gent)?[ \t]+[–-][ \t]+"
    r"(?P<title>[^\n–]+?)(?:[ \t]+[–-][ \t]+(?P<place>[^\n]+?))?[ \t]*$"
)


# A job board's headline around its word "Job": "SUPERVISORY SECURITY SPECIALIST Job at U.S.
# Air Forces, Europe – Ramstein-Miesenbach", "African Court on Human Peoples' Right Job
# Vacancy for Registrar", "United Nations - UNOCHA Job in Nigeria for a Public Information
# Officer".
_JOB_AT_HEADLINE = re.compile(
    r"[ \t]*(?P<title>[^\n]{3,120}?)[ \t]+Job[ \t]+at[ \t]+(?P<employer>[^\n–—]{2,80}?)"
    r"(?:[ \t]+[–—-][ \t]+(?P<place>[^\n]{2,60}?))?[ \t]*$"
)
_JOB_FOR_HEADLINE = re.compile(
    r"[ \t]*(?P<employer>[^\n]{2,100}?)[ \t]+Job[ \t]+(?:Vacancy[ \t]+)?"
    r"(?:in[ \t]+(?P<place>[A-ZÀ-Ý][^\n]{1,40}?)[ \t]+)?for[ \t]+(?:an?[ \t]+)?"
    r"(?P<title>[^\n]{3,120}?)[ \t]*$"
)


def packed_headline(text: str) -> re.Match[str] | None:
    """A title line that is such a headline, with its parts as groups (``title``,
    ``employer``, ``place``, ``date``; or ``title``, ``grade``, ``place``, ``ref``,
    ``appointment`` for a requisition's headline)."""
    if len(text) > _HEADLINE_MAX:
        return None
    requisition = _REQUISITION_HEADLINE.match(text) if "," in text else None
    if requisition is not None:
        return requisition
    if "acancy" in text or "ACANCY" in text:
        staff = _STAFF_HEADLINE.match(text) if "gent " in text else None
        if staff is None:
            staff = _STAFF_FIRST_HEADLINE.match(text)
        if staff is not None:
            return staff
    if " Job " in text:
        board = _JOB_AT_HEADLINE.match(text) or _JOB_FOR_HEADLINE.match(text)
        if board is not None and names_post(board.group("title")):
            return board
    if not any(w in text.lower() for w in _HEADLINE_WORDS):
        return None
    return _PACKED_HEADLINE.match(text)


def staff_headline(text: str) -> bool:
    """A service's headline that starts like a label ("EEAS Vacancy: Security Policy
    Assistant - HQ Contract Agent FGIII - …"), tested only on lines that say "vacancy"."""
    return ("acancy" in text or "ACANCY" in text) and packed_headline(text.strip()) is not None


def announces_post(value: str) -> bool:
    """An announcement's value that is a post's title alone ("Appel à candidatures : Chargé
    supérieur de projet"): no sentence, no other label."""
    line = value.split("\n", 1)[0].strip()
    return (
        ":" not in line
        and is_title_like(line)
        and names_post(line)
        and recruited_post(line) is None
    )


# A board card's item that names a field, its value on the lines below, indented further
# ("  • Career Level" / "    Officer").
_CARD_LABEL = re.compile(r"(?P<indent>[ \t]*)[•·▪◦●■►][ \t]+[^\s:][^:\d\n]{0,40}$")


def card_values(doc: Document) -> frozenset[int]:
    """Lines that are the values of a board card's items: never the post's title, even
    when they name a post ("Officer" as a career level)."""
    found: set[int] = set()
    label: re.Match[str] | None = None
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text.strip():
            continue
        indent = len(text) - len(text.lstrip())
        if label is not None and indent > len(label.group("indent")) + 1:
            found.add(index)
        label = _CARD_LABEL.match(text)
    return frozenset(found)


def title_inside(doc: Document, cluster: list[LabelHit], label_lines: set[int]) -> int | None:
    """A title printed between a header's first labels ("Référence : …" / title / "Lieu : …")."""
    if len(cluster) < 2:
        return None
    for index in range(cluster[0].line + 1, cluster[1].line):
        text = doc.lines[index].text.strip().strip("*#_ ")
        if text and index not in label_lines and is_title_like(text):
            return index
    return None


# The notice's own title with its number, among a board's labels: "Close Protection Agent,
# Close Protection Unit-150070", "Close Protection Agent (+ reserve list) (200496)".
_NUMBERED_TITLE = re.compile(r"(?:\(\d{5,7}\)|(?<=[a-z])-\d{5,7})\s*$")


def numbered_title_inside(
    doc: Document, cluster: list[LabelHit], label_lines: set[int]
) -> int | None:
    """A line among a header's labels that names a post and ends with its vacancy number:
    the notice's own title, which wins over a board's title above the block."""
    for index in range(cluster[0].line + 1, cluster[-1].line):
        text = doc.lines[index].text.strip().strip("*#_ ")
        if (
            text
            and index not in label_lines
            and _NUMBERED_TITLE.search(text)
            and names_post(text)
            and is_title_like(text)
        ):
            return index
    return None


def first_title(doc: Document, stop: int, no_title: frozenset[int] = frozenset()) -> int | None:
    """The title of a notice without a header block (board copies).

    The notice's own title line, with its reference ("Title (260198)"), wins over
    a board's; else a line right above an employer line; else the first line that
    names a post (a job noun); else the first candidate.
    """
    candidates = []
    for index in range(min(stop, len(doc.lines))):
        text = doc.lines[index].text.strip().strip("*#_ ")
        if not text or index in no_title:
            continue
        # A headline that packs the post with its grade and place is a title line whatever
        # its label-like start ("EEAS Vacancy: Security Policy Assistant - HQ Contract …").
        if (is_title_like(text) and len(text) <= _FIRST_TITLE_MAX) or staff_headline(text):
            candidates.append(index)
    for index in candidates:
        if _TITLE_REFERENCE.search(doc.lines[index].text):
            return index
    named = [i for i in candidates if names_post(doc.lines[i].text)]
    above = [i for i in candidates if above_employer(doc, i)]
    # A line naming a post wins over a board's button above the employer line ("Teilen" /
    # "NATO - OTAN" / "Officer, Accreditation Support").
    preferred = [i for i in above if i in named] or named or above
    return preferred[0] if preferred else None
