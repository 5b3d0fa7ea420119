"""Signs, read from the layout, of whether a page is one vacancy notice.

No sign decides alone: each is an :class:`~vacancy_parser.model.Evidence` with a
weight, positive for a notice and negative against, and the record stage adds the
evidence of the values it found before it weighs them all
(:mod:`vacancy_parser.record.kind`). What a single notice never has speaks against
it: the same labels repeated for many posts (a listing), a table of many grades
(a careers or salary-scale page), placeholders (a template), questions (an FAQ),
examples of labels (a page that explains notices).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..model import Evidence
from ._signs import (
    ANNOUNCE_PHRASES,
    APPLY_PHRASES,
    DUTY_PHRASES,
    HOLDER_PHRASES,
    INFO_PHRASES,
    JOB_PHRASES,
    TOPIC_HEADINGS,
    alternation,
    holder_sentence,
    names_post,
    phrases,
    recruited_post,
    whole_words,
)
from ._vocab import fold
from .analyse import Analysis
from .blocks import field_keys
from .labels import LabelHit
from .titles import announces_post, is_title_like

# The label of an announcement whose value is the post ("Appel à candidatures : …").
ANNOUNCED_TITLE = "announced_title"
HEADER_KEYS = frozenset(
    {
        "title",
        "reference",
        "location",
        "organisation",
        "deadline",
        "salary",
        "grade",
        "clearance",
        "schedule",
    }
)
# Keys that appear once per post: seen this many times, the page lists posts.
PER_POST_KEYS = frozenset({"deadline", "reference", "title", "salary"})
LISTING_REPEATS = 3
FULL_HEADER = 5
GRADE_TABLE_CODES = 8
CORE_SECTIONS = frozenset(
    {"summary", "qualifications", "accountabilities", "contract", "competencies"}
)
# Weights of the signs; the record stage adds the values' and weighs the sum. The header
# labels', the sections' and the vocabulary's were refit by ``benchmarks/fit_kind.py`` (a
# logistic regression, cross-validated) on fixtures/real (2,434 pages): a header label weighs
# half what it did, since the value it holds is counted again; duty phrases and information
# phrases weigh more, apply instructions less. With the record stage's new threshold, kind F1
# 0.879 → 0.886 on fixtures/real (2,479 pages), holdout 0.857 → 0.866.
W_HEADER = 0.5
_HEADER_CAP = 4
W_CORE = 1.2
_CORE_CAP = 3
W_SECTION = 0.6
_SECTIONS_CAP = 4.2
W_NUMBERED = 0.5
# "1. SUMMARY": a notice's own numbering of its core sections. Measured on fixtures/real
# (414 pages): all 65 pages with it are notices, none of the 118 look-alikes has it; with
# the section itself it carries an excerpt that starts there (a board's body-only copy).
W_FIRST_SECTION = 1.1
W_POST_TITLE = 1.0
# The post's title line announces the vacancy ("Avis de vacance d'un emploi de …", "UNICEF
# recrute un(e) …"): measured on fixtures/real (865 pages), all 27 pages with one are notices.
W_ANNOUNCING_TITLE = 0.8
_ANNOUNCING = whole_words(alternation(ANNOUNCE_PHRASES))
# "NATO seeks …", "X recrute un(e) …": measured on fixtures/real (414 pages), all 27 pages
# with such a sentence naming a post are notices.
W_RECRUITING = 0.7
# "The Assistant Secretary General … is responsible for …": measured on fixtures/real (414
# pages), all 30 pages with such a sentence in their first 3,000 characters are notices.
W_HOLDER_SENTENCE = 1.0
# A line that is the notice's heading with its number ("Vacancy Notice N° 1800", "AVIS DE
# VACANCE ECA/2021/1", "Advert. No. 2020_0036"): measured on fixtures/real (1,428 pages),
# all 64 pages with one in their first 3,000 characters are notices; the six of 1,970 with
# an "Advert. No." line are notices too.
W_NOTICE_NUMBER = 0.6
_NOTICE_NUMBER = re.compile(
    r"^[ \t#*]*+(?:vacancy\s++(?:notice|announcement)|avis\s++de\s++vacance(?:\s++de\s++poste)?"
    r"|job\s++opening|vacancy|advert(?:isement)?\.?)[ \t]*+(?:(?:n[°o]\.?|no\.?|number|ref(?:erence)?\.?|#)[ \t]*+)?"
    r"(?::[ \t]*+)?(?=[\w/.-]*\d)[a-z0-9][\w/.-]*+[ \t]*+$",
    re.M | re.I,
)
# The post's holder named this many times (see ``HOLDER_PHRASES``).
MIN_HOLDER = 3
W_HOLDER = 1.0
# A listing, a page explaining labels and a template outweigh a full notice's evidence.
W_LISTING = -20.0
W_EXPLAINS = -20.0
W_TEMPLATE = -20.0
W_GRADE_TABLE = -3.0
# A notice places its post in the organisation: "Within the Operations Division, the
# Defence … Section"; measured on fixtures/real (460 pages), 120 of the 327 notices name
# two or more of division, directorate, branch and section in their first 3,000
# characters, and 4 of the 133 look-alikes do.
W_UNITS = 0.5
MIN_UNITS = 2
_UNITS = r"(?P<unit>division|directorate|branch|section)(?:s|es)?"
# "How to apply", "Young Professionals Programme", "Programme de stages" among the first
# lines: measured on fixtures/real (414 pages), 18 of the 19 pages opening so are not notices.
W_TOPIC = -1.0
_TOPIC_LINES = 3
# "POSTE 1 : Chargé de projet…": a page that describes several different posts in turn.
W_ENUMERATED_POSTS = -20.0
_TITLE_MAX = 160
_TOP_LINES = 25
# Vocabulary is read in the first characters: a notice says what it is early.
_VOCAB_CHARS = 3000
# A grade or salary table stands near the top of a careers page.
_TABLE_CHARS = 12000
_VOCABULARY = (
    ("duty_vocabulary", DUTY_PHRASES, 0.9, 3.6),
    ("job_vocabulary", JOB_PHRASES, 0.3, 1.5),
    ("apply_instructions", APPLY_PHRASES, 0.2, 0.6),
    ("information_vocabulary", INFO_PHRASES, -0.7, 4.2),
)
# All vocabulary tables and the units in one pattern, one named group each: one pass over
# the text. The holder's names are counted apart: the vocabulary holds some of them too.
_VOCABULARY_PATTERN = whole_words(
    "|".join(f"(?P<{sign}>{alternation(table)})" for sign, table, _w, _c in _VOCABULARY)
    + f"|(?P<units>{_UNITS})"
)
_HOLDER = whole_words(alternation(HOLDER_PHRASES))
# The phrases as literals: a page holding none of them is not scanned with the pattern.
_HOLDER_WORDS = phrases(HOLDER_PHRASES)

MIN_EXPLAINED = 2
_ABOVE = 3
MIN_PLACEHOLDERS = 3
# "[TITLE]", "[DD-MON-YYYY]"; a Markdown link "[Apply now](#)" is no placeholder.
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9 _/.-]{1,30}\](?!\()")
# A form's blanks, boxes and choices, counted as literals in the lower-cased page (a
# pattern scan over a long page costs milliseconds).
_FORM_MARKS = (
    "___",
    "☐",
    "□",
    "yes/no",
    "no/yes",
    "oui/non",
    "non/oui",
    "please complete",
    "please indicate",
    "please tick",
    "please specify",
    "please detail",
    "veuillez compléter",
    "veuillez indiquer",
    "veuillez cocher",
)
MIN_QUESTIONS = 3
_NUMBERS = re.compile(r"\d+")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?", re.I)
_EXAMPLE = re.compile(
    r"\b(?:for example|e\.g\.|for instance|an example|example of|par exemple|p\. ?ex\."
    r"|un exemple|exemple d)",
    re.I,
)
# "POSTE 1 :" opening a line (a line break first, so that the scan starts from a literal),
# or "ces 3 postes"; each pattern opens on a literal or a class of letters, which ``re``
# scans for before trying the rest (a leading ``\b`` or ``^`` would forbid it).
_FIRST_OF_POSTS = re.compile(
    r"\n[ \t]*(?:(?:Titre|Intitulé|Title)[ \t]+(?:du[ \t]+|of[ \t]+(?:the[ \t]+)?)?)?"
    r"(?:POSTE|Poste|poste|POST|Post|post|POSITION|Position|position)[ \t]+(?:N°[ \t]*)?0?1[ \t]*[:.–-]"
    # "1). Job Title: Humanitarian Affairs Officer": the first of numbered posts.
    r"|\n[ \t]*0?1[ \t]*[).]+[ \t]*(?:Job[ \t]+Title|Title|Position|Poste|Intitulé(?:[ \t]+du[ \t]+poste)?)[ \t]*:"
)
# What an enumeration of posts needs (folded): "poste", "post", "position", "title", "intitulé".
_ENUMERATION_WORDS = ("pos", "titl", "intitul")
_COUNT_OF_POSTS = re.compile(
    r"(?:c(?<!\wc)es|t(?<!\wt)hese|l(?<!\wl)es)[ \t]+0?(?P<n>[2-9])[ \t]+(?:postes|posts|positions)\b"
)
# "2026 African Union Career Opportunities | 12 Positions", "02 Postes vacants à l'OIM",
# "11 Job Positions at United Nations High Commissioner for Refugees":
# a count of posts in a first line that names none heads a listing; in brackets ("(2 posts +
# Reserve List)"), or counted again as one title's places, it counts one post's places.
_COUNTED_POSTS = re.compile(
    r"(?<![\d.,(])(?<!\(\s)(?:0?[2-9]|[1-9]\d{1,2})[ \t]+(?:(?:job|open|new|vacant)[ \t]+)?"
    r"(?:positions|postes|posts|vacancies|jobs|offres)\b",
    re.I,
)
# The employer after the count ("11 Job Positions at United Nations High Commissioner …"):
# its name holds no post.
_AT_EMPLOYER = re.compile(r"(?<!\S)(?:at|with|à|au|aux|chez)\s.*$", re.I)
_DEFINITION = re.compile(
    r"(?:This is|This will be|This field|It is the|Il s'agit|C'est la|C'est le|Ce champ)\b", re.I
)
# After a line break, so that the scan starts from a literal (fast in ``re``).
_QUESTION = re.compile(r"\n[ \t]*(?:Q\s*[:.]|Question\s*\d*\s*:)")
_GRADE_CODE = re.compile(r"([GABCL])(?<!\w[GABCL])[ .-]?([1-9]|1[0-9]|2[0-6])\b")


def signs(analysis: Analysis) -> list[Evidence]:
    """Every layout sign found on the page, with its weight."""
    labels = [hit for hit in analysis.labels if not hit.key.startswith("_")]
    text = analysis.doc.text
    found: list[Evidence] = []

    def add(sign: str, weight: float, detail: str) -> None:
        found.append(Evidence(sign=sign, weight=round(weight, 2), detail=detail))

    header_keys = sorted({hit.key for hit in labels if hit.key in HEADER_KEYS and hit.has_value})
    if header_keys:
        add("header_labels", min(len(header_keys), _HEADER_CAP) * W_HEADER, ", ".join(header_keys))
    section_keys = sorted({h.key for h in analysis.headings if h.key})
    core = [k for k in section_keys if k in CORE_SECTIONS]
    if section_keys:
        weight = min(len(core), _CORE_CAP) * W_CORE + (len(section_keys) - len(core)) * W_SECTION
        add("sections", min(weight, _SECTIONS_CAP), ", ".join(section_keys))
    numbered = sum(1 for h in analysis.headings if h.number is not None)
    if numbered >= 2:
        add("numbered_sections", W_NUMBERED, f"{numbered} numbered headings")
    first = next((h for h in analysis.headings if h.number == 1 and h.key in CORE_SECTIONS), None)
    if first is not None:
        add("first_section", W_FIRST_SECTION, _line_text(analysis, first.line))
    recruiting = recruited_post(text, 0, min(len(text), _VOCAB_CHARS))
    title = _post_title(analysis, recruiting)
    if title is not None:
        add("post_title", W_POST_TITLE, title)
        if _ANNOUNCING.search(fold(title)):
            add("announcing_title", W_ANNOUNCING_TITLE, title)
    holder_post = holder_sentence(text[:_VOCAB_CHARS])
    if holder_post is not None:
        add("holder_sentence", W_HOLDER_SENTENCE, holder_post)
    topic = _topic_heading(analysis)
    if topic is not None:
        add("topic_heading", W_TOPIC, topic)
    if recruiting is not None:
        add("recruiting_sentence", W_RECRUITING, recruiting[0])
    folded = fold(text[:_VOCAB_CHARS])
    numbered_notice = (
        _NOTICE_NUMBER.search(text, 0, _VOCAB_CHARS)
        if "vacan" in folded or "job opening" in folded
        else None
    )
    if numbered_notice is not None:
        add("notice_number", W_NOTICE_NUMBER, numbered_notice.group().strip())
    hits: dict[str, set[str]] = {}
    units: set[str] = set()
    for m in _VOCABULARY_PATTERN.finditer(folded):
        if m.lastgroup == "units":
            units.add(m.group("unit"))
        else:
            hits.setdefault(str(m.lastgroup), set()).add(m.group())
    for sign, _table, weight, cap in _VOCABULARY:
        if sign in hits:
            found_here = sorted(hits[sign])
            add(sign, max(-cap, min(cap, len(found_here) * weight)), "; ".join(found_here[:8]))
    if len(units) >= MIN_UNITS:
        add("unit_vocabulary", W_UNITS, ", ".join(sorted(units)))
    holder = len(_HOLDER.findall(folded)) if any(w in folded for w in _HOLDER_WORDS) else 0
    if holder >= MIN_HOLDER:
        add("post_holder", W_HOLDER, f"the holder of the post named {holder} times")
    if _listing(analysis, labels):
        add("listing", W_LISTING, "per-post labels with several different values")
    if _explains(analysis, labels):
        add("explains", W_EXPLAINS, "labels given as examples, or questions and answers")
    low = text[:_TABLE_CHARS].lower()
    placeholders = len(_PLACEHOLDER.findall(text)) + sum(low.count(m) for m in _FORM_MARKS)
    if placeholders >= MIN_PLACEHOLDERS:
        add("template", W_TEMPLATE, f"{placeholders} placeholders such as [TITLE]")
    enumerated = (
        _enumerated_posts(text[:_VOCAB_CHARS])
        if any(word in folded for word in _ENUMERATION_WORDS)
        else None
    )
    if enumerated is None:
        enumerated = _counted_posts(analysis) or _coded_posts(text[:_VOCAB_CHARS])
    if enumerated is not None:
        add("enumerated_posts", W_ENUMERATED_POSTS, enumerated)
    codes = _grade_codes(text[:_TABLE_CHARS])
    if len(codes) >= GRADE_TABLE_CODES:
        add("grade_table", W_GRADE_TABLE, f"{len(codes)} different grade codes")
    return found


# A table of posts, each after its code ("MA 003 Chief of Staff Bamako ASAP", "NI 63 Head of
# Migration Unit Niamey ASAP"): the EU's calls for contributions to its missions. Measured on
# fixtures/real and its holdout (3,175 pages): the 9 pages with three such codes of one
# prefix, each before a post, are all look-alikes, as is the one page of the gold sets.
_POST_CODE = re.compile(r"(?<![\w/.-])([A-Z]{1,5})[ -]?(\d{2,6})[ \t|]++(?=[A-ZÀ-Ý])")
_CODED_POSTS = 3
_CODED_POST_CHARS = 120


def _coded_posts(text: str) -> str | None:
    """The first coded post of a table of posts, if the page has one."""
    codes = list(_POST_CODE.finditer(text))
    if len(codes) < _CODED_POSTS:
        return None
    numbers: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    ends = [m.start() for m in codes[1:]] + [len(text)]
    for m, end in zip(codes, ends, strict=True):
        cell = text[m.end() : end].partition("\n")[0]
        post = cell[:_CODED_POST_CHARS].strip(" |")
        if names_post(post):
            numbers.setdefault(m.group(1), set()).add(m.group(2))
            first.setdefault(m.group(1), f"{m.group().strip(' |')} {post}")
    best = max(numbers, key=lambda prefix: len(numbers[prefix]), default=None)
    return first[best] if best is not None and len(numbers[best]) >= _CODED_POSTS else None


def _enumerated_posts(text: str) -> str | None:
    """The first words of a page that describes several posts in turn, if it is one.

    "… recrute pour ces 3 postes" under a title "Assistant(e) Visa (03 postes)" counts
    one post's places, not several posts."""
    text = "\n" + text
    count = _COUNT_OF_POSTS.search(text)
    if count is not None and _same_post_count(text, count.group("n")):
        count = None
    found = [m for m in (_FIRST_OF_POSTS.search(text), count) if m]
    return min(found, key=lambda m: m.start()).group().strip() if found else None


def _same_post_count(text: str, n: str) -> bool:
    return re.search(r"\(\s*0?" + n + r"\s+(?:postes|posts|positions)\s*\)", text) is not None


def _first_lines(analysis: Analysis, marks: str = "") -> Iterator[str]:
    """The page's first lines that hold text, stripped (of ``marks`` too)."""
    texts = (line.text.strip().strip(marks) for line in analysis.doc.lines)
    return itertools.islice((text for text in texts if text), _TOPIC_LINES)


def _topic_heading(analysis: Analysis) -> str | None:
    """One of the first lines, if it heads a page about jobs in general and names no post."""
    for text in _first_lines(analysis, "#*_ "):
        if TOPIC_HEADINGS.fullmatch(fold(text)) and not names_post(text):
            return text
    return None


def _counted_posts(analysis: Analysis) -> str | None:
    """One of the first lines, if it counts several posts and names none (the employer
    it names after "at" left aside)."""
    for text in _first_lines(analysis):
        count = _COUNTED_POSTS.search(text)
        if count is not None and not names_post(_AT_EMPLOYER.sub("", _COUNTED_POSTS.sub("", text))):
            n = count.group().split()[0].lstrip("0")
            return None if _same_post_count(analysis.doc.text, n) else text
    return None


def _line_text(analysis: Analysis, index: int) -> str:
    return analysis.doc.lines[index].text.strip()


def _post_title(analysis: Analysis, recruiting: tuple[str, int] | None) -> str | None:
    """A line near the top that names a post: short, and a job noun in it (``Senior
    Officer, …``, ``Recrutement d'un(e) Gestionnaire …``). The title line comes first;
    without one, a recruiting sentence that names the post ("… recrute un Coordonnateur")."""
    lines = analysis.doc.lines
    first = analysis.halves[0].title_line if analysis.halves else None
    order = ([first] if first is not None else []) + list(range(min(len(lines), _TOP_LINES)))
    for index in order:
        text = lines[index].text.strip()
        if 3 <= len(text) <= _TITLE_MAX and names_post(text) and is_title_like(text):
            return text
    # "Appel à candidatures : Chargé supérieur de projet": an announcement of the post.
    for hit in analysis.labels:
        if hit.key == ANNOUNCED_TITLE and hit.line < _TOP_LINES:
            value = analysis.doc.text[hit.value_start : hit.value_end]
            if announces_post(value):
                return value
    return recruiting[0] if recruiting is not None else None


def _listing(analysis: Analysis, labels: list[LabelHit]) -> bool:
    """Many posts: per-post labels with as many different values.

    Both halves of a notice (and a board) repeat the same deadline and salary,
    in different forms; a listing gives different ones. Values are compared by
    their numbers, which survive translation ("21-Oct-2025" ~ "21/10/2025").
    """
    # A full header block is a notice's, whatever similar posts a board lists after it.
    if any(len(field_keys(c)) >= FULL_HEADER for c in analysis.clusters):
        return False
    # A listing repeats its own label for each post; one notice's header may map several
    # different labels to one field ("Position Title" / "Position Code …" / "Post Group …").
    values: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    lines: dict[tuple[str, str], set[int]] = {}
    text = analysis.doc.text
    for hit in labels:
        if hit.key in PER_POST_KEYS and hit.has_value:
            key = (hit.key, fold(text[hit.label_start : hit.label_end]))
            # The value's first line: a value run on over the lines below (a board's
            # "Expiration datefévrier 12, 2025" / "-" / "Experience3 Year") says no more.
            value = text[hit.value_start : hit.value_end].split("\n", 1)[0]
            values.setdefault(key, set()).add(
                _title_signature(value) if hit.key == "title" else _signature(value)
            )
            lines.setdefault(key, set()).add(hit.line)
    # Posts listed stand on lines of their own; one header line may name several numbers.
    return any(
        len(distinct) >= LISTING_REPEATS and len(lines[key]) >= LISTING_REPEATS
        for key, distinct in values.items()
    )


_TITLE_WORDS = 2
_WORDS = re.compile(r"\w+")


def _title_signature(title: str) -> tuple[str, ...]:
    """A title's first words: repeated with a tail ("Officier régional" / "Officier
    Régional, Gestion …, P4") or after numbers (a PDF's "Title 2017 08 17 29 Rotational
    Consular Assistant FSN 7") it names one post."""
    words = (w for w in _WORDS.findall(fold(title)) if not w.isdigit())
    return tuple(itertools.islice(words, _TITLE_WORDS))


def _signature(value: str) -> tuple[str, ...]:
    """The numbers of a value without leading zeros or a time of day, months left out.

    Days and months of twelve or less are dropped too, so that every way of
    writing one date gives one signature.
    """
    numbers = [n.lstrip("0") or "0" for n in _NUMBERS.findall(_TIME.sub(" ", value))]
    if not numbers:
        return (value.casefold().strip(),)
    return tuple(sorted(n for n in numbers if len(n) > 2 or int(n) > 12)) or tuple(numbers)


def _explains(analysis: Analysis, labels: list[LabelHit]) -> bool:
    """A page that explains the fields of a notice ("for example 31-Jan-2026"), or a Q&A."""
    text = analysis.doc.text
    # A label's "value" that is an example, or a sentence about the label ("This is the date
    # on which …"): the page describes labels.
    examples = sum(
        1
        for hit in labels
        if _EXAMPLE.search(text, hit.value_start, hit.value_end) is not None
        or _DEFINITION.match(text, hit.value_start, hit.value_end) is not None
    )
    # "Every notice starts with a header block. For example:" right above the labels.
    if labels:
        lines = analysis.doc.lines
        first = labels[0].line
        above = " ".join(ln.text for ln in lines[max(0, first - _ABOVE) : first])
        if _EXAMPLE.search(above):
            return True
    questions = len(_QUESTION.findall(text))
    return examples >= MIN_EXPLAINED or questions >= MIN_QUESTIONS


def _grade_codes(text: str) -> set[tuple[str, str]]:
    return set(_GRADE_CODE.findall(text))
