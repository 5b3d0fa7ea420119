"""Grades: every notation of shared/DOMAIN.md to canonical codes (``A.2 / NATO Grade G15`` -> A2, G15).

Ranges give both ends, a step is not a grade (``P3-1`` -> P3), and the
lettered NATO categories are checked against the single G scale.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..layout._vocab import APPOINTMENT_AFTER_GRADE, SPACED_UN_GRADE, without_view_counter
from ..model import Record
from .base import FieldContext, FieldSpec, Finding, Found, IssueCode, by_lang, pointer

LABELS = {
    "grade": {
        "en": [
            "NATO Grade",
            "Grade",
            "Grades",
            "Grade level",
            "Level",
            "Grading",
            "Classification",
            "Job level",
            "Job grade",
            "Position Grade",
            "Series/Grade",
            "Function Group/Grade",
            "Function group",
            "Function group and grade",
            "Grade band",
        ],
        "fr": [
            "Grade",
            "Grades",
            "Grade OTAN",
            "Niveau de grade",
            "Niveau",
            "Classement",
            "Niveau de fonction",
            "Catégorie et grade",
            "Grade du poste",
            "Niveau du poste",
            "Groupe d'indemnité",
            "Catégorie et classe",
            "Groupe de fonctions",
            "Groupe de fonction",
        ],
    }
}

# Lettered NATO category -> G number (IS careers page, shared/DOMAIN.md).
NATO_LETTERED: dict[str, str] = {
    "A1": "G11",
    "A2": "G15",
    "A3": "G17",
    "A4": "G20",
    "A5": "G22",
    "A6": "G23",
    "A7": "G24",
    "L1": "G13",
    "L2": "G16",
    "L3": "G18",
    "L4": "G19",
    "L5": "G21",
    "B1": "G2",
    "B2": "G5",
    "B3": "G8",
    "B4": "G10",
    "B5": "G12",
    "B6": "G14",
    "C1": "G1",
    "C2": "G3",
    "C3": "G4",
    "C4": "G6",
    "C5": "G7",
    "C6": "G9",
}
# Scales: letter prefix -> highest number (inclusive, from 1 unless a tuple).
SCALES: dict[str, tuple[int, int]] = {
    "G": (1, 26),
    "A": (1, 7),
    "L": (1, 5),
    "B": (1, 6),
    "C": (1, 6),
    "P": (1, 5),
    "D": (1, 2),
    "AD": (5, 16),
    # The EU's transitional administrator scale of 2004-2006 ("Director (grade A*14)").
    "A*": (5, 16),
    "AST": (1, 11),
    "AST/SC": (1, 6),
    "PL": (1, 8),
    "PA": (1, 8),
    "SC": (1, 6),
    "GS": (1, 7),
    "GSA": (1, 6),
    "FSN": (1, 13),
    "FP": (1, 9),
    "EL": (1, 3),
    "LI": (1, 5),
    # EU contract agents' function groups, in Roman numerals (``FG IV``).
    "FG": (1, 4),
}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# Grades printed as words: NATO's senior officials stand outside the G scale.
NAMED_GRADES = {"unclassified": "UNCLASSIFIED", "non classifié": "UNCLASSIFIED"}
# Grades named by a letter: the UN's national officers (NOA to NOE).
LETTER_GRADES = frozenset(f"NO{letter}" for letter in "ABCDE")
# Scales numbered in Roman numerals.
ROMAN_SCALES = frozenset({"FG"})


def canonical(prefix: str, number: int) -> str:
    """The canonical code of grade ``number`` on scale ``prefix`` (``FG``, 4 -> ``FGIV``)."""
    if prefix in ROMAN_SCALES:
        return prefix + next(r for r, n in _ROMAN.items() if n == number)
    return f"{prefix}{number}"


# Prefixes of the scales in :data:`SCALES`, longest first. Codes keep their digits as
# printed (``FP-06`` -> FP06); function groups their Roman numerals (``FG IV`` -> FGIV).
_PREFIXES = r"AST/SC|AST|AD|A\*|PL|PA|FSN|FP|GSA|GS|EL|LI|SC|[ABCDGLP]"
_TOKEN = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<prefix>" + _PREFIXES + r")\s*[.\-]?\s*(?P<num>\d{1,2})(?!\d)"
    r"(?:\s*[-–]\s*(?P<step>\d{1,2}))?(?![\d.,]\d)"
    # The EU's contract agents: "FG IV", "Function Group IV", "groupe de fonctions III".
    r"|(?P<fg>FG|function\s+group|groupe\s+de\s+fonctions)\s*[.\-]?\s*(?P<roman>IV|I{1,3})(?![A-Za-z])"
    # The UN's national officers, graded by letter: "NOC", "NO-C".
    r"|(?-i:(?P<no>NO)[ -]?(?P<letter>[A-E]))(?![A-Za-z]))",
    re.I,
)
# In a grade field's value, a code of any scale: capitals, then its number ("PAL5", "NO-2",
# "FS-01", "S2", "LE - O1", "GT – 02"). Bodies grade on scales of their own, more than any table can list.
_OPEN_TOKEN = re.compile(
    r"(?<![A-Za-z0-9])(?P<prefix>[A-Z]{1,5}(?: ?- ?[A-Z]{1,2}(?=\d))?)(?:[ .]|[ ]?[-–][ ]?)?"
    r"(?P<num>\d{1,2})(?![\d.,]?\d)(?![A-Za-z])"
)
# Scales whose "X8-14" is a range of grades, not a grade and its step ("P3-1").
_RANGED = frozenset({"G", "AD", "AST"})
_JOIN = re.compile(r"\s*(?:[-–/,;&(]|to\b|à\b|and\b|et\b|or\b|ou\b)\s*", re.I)
_BARE = re.compile(r"(?P<num>\d{1,2})(?![\d.,]\d)(?![\w(])")
_NATO_GRADE_NUMBER = re.compile(r"(?i)\bNATO\s+Grade\s*:?\s*(?=\d{1,2}\b)")
_GRADE_WORDS = re.compile(r"(?i)\bNATO\s+Grade\b|\bGrade\s+OTAN\b|\bGrade\b")
# A title's bracket or comma tail that holds its grades: "(Grade A6)", "(G22)", ", P3".
_IN_TITLE = re.compile(
    r"\((?:(?:NATO\s+)?Grade\s+)?(?P<codes>[^()]{1,30})\)"
    # ", P3" at the end, or before a label in capitals (", FSN-11; FP-4 CLOSING DATE: …"),
    # a bracketed note or status ("[Cancelled]"), a board's sentences (", B5/B6. EUMETSAT,
    # Darmstadt. …") or a place (", NOB, Abidjan").
    r"|,\s*(?P<tail>(?:[A-Z]{1,3}[- .]?\d{1,2}|NO-?[A-E])(?:\s*[;/]\s*[A-Z]{1,3}[- .]?\d{1,2})*)"
    r"\s*(?:$|(?-i:[A-Z]{3,}[A-Z ]*:)|[.;]\s|[(\[]|,\s*(?-i:[A-ZÀ-Ý])[\w'’ -]{1,30}$"
    r"|,\s*(?-i:" + APPOINTMENT_AFTER_GRADE + "))"
    # A UN grade after the title with a space only ("Head of Field Office P4").
    r"|(?<=[a-z])\s+(?:[–—-]\s+)?(?P<spaced>(?-i:" + SPACED_UN_GRADE + r"))$",
    re.I,
)
# "Grade 8-10 (B3/B4)", "at grade A.2": codes within a few characters of the word.
_RUNNING = re.compile(
    r"[Gg]rade[sd]?(?:\s++[a-zà-ÿ]{2,12}){0,2}?\s*+:?\s*+"
    r"(?P<codes>(?:(?:\d{1,2}(?:\s*+[-–/]\s*+\d{1,2})?\s*+)?\(\s*+)?"
    r"(?:" + _PREFIXES + r")[ .-]?\d{1,2}[\w .\-–/()]{0,20})"
)
# A grade in brackets after the posts it is for ("two senior management posts (A5)").
_POSTS_GRADE = re.compile(
    r"pos(?:ts?|itions?|tes?)\s*+\((?P<codes>(?:AST|AD|[ABCGLP])[ .-]?\d{1,2}(?:\s*+[-–/]\s*+[A-Z]{0,3}[ .-]?\d{1,2})?)\)"
)
# An EU staff category and its grade: "contract agent FG III", "Temporary Agent, Category AD5",
# "agent contractuel FG IV". Read only around the category's words, found as literals.
_STAFF_GRADE = re.compile(
    r"(?i:contract\s+agents?|temporary\s+agents?|agents?\s+contractuels?|agents?\s+temporaires?"
    r"|categor(?:y|ie))[\s,(:]*(?i:(?:function\s+group|groupe\s+de\s+fonctions|grade)\s*:?\s*)?"
    r"(?<![\w/])(?P<codes>FG\s?(?:IV|I{1,3})|AD\s?\d{1,2}|AST(?:/SC)?\s?\d{1,2})(?!\w)"
)
_STAFF_WORDS = ("agent", "categor")
# The Official Journal's "(groupe de fonctions AD, grade 14)", "(function group AD, grade 14)".
_FUNCTION_GROUP = re.compile(
    r"(?i:function\s+group|groupe\s+de\s+fonctions)\s*+:?\s*+(?:(?P<group>AD|AST(?:/SC)?)\s*+,?\s*+"
    r"(?i:grade)\s*+(?P<num>\d{1,2})(?!\d)"
    # A contract agent's group: "Type of contract Function Group IV (article 3b …)".
    r"|(?P<roman>IV|I{1,3})(?![A-Za-z]))"
)
_GROUP_WORDS = ("function group", "groupe de fonctions")
# How far before its word a category starts ("temporary agent"), and how far it reaches.
_STAFF_BACK = 12
_STAFF_REACH = 70
# A bracket holding only grades of the EU's scales ("one ASSISTANT (AST4)", "Department
# (AD8)"); "(B2)" or "(C1)" may be a language level, and "Directors (D1/D2)" on a careers
# page names grades in general (a first-contact page of fixtures/real).
_BRACKET_GRADE = re.compile(
    r"\((?P<codes>(?:AST/SC|AST|AD|G|P)[ .-]?\d{1,2}"
    r"(?:\s*+[-–/&]\s*+(?:[A-Z]{1,3}[ .-]?)?\d{1,2})*)\)"
)
# NATO's dual grades, unbracketed ("… Accreditor CIS G15/G17 (pending …)"); a pattern of
# its own, opening on its literal, so that ``re`` scans for the letter.
_DUAL_GRADE = re.compile(
    r"(?P<codes>G(?<![\w/-]G)[ -]?\d{1,2}[ ]*[-–/][ ]*G[ -]?\d{1,2})(?![\w/-])"
)
# "This post is classified A2–A4 on the Coordinated Organisations' salary scale" (ESA,
# ECMWF, EUMETSAT), "… classified in the A2/A4 grade band".
_CLASSIFIED = re.compile(
    r"\b(?:post|position)\b[^.\n]{0,80}?\b(?:is|will\s+be)\s+classified\s+(?:at\s+|as\s+|in\s+the\s+)?"
    r"(?P<codes>[ABCGLP][ .-]?\d{1,2}(?:\s*[-–/]?\s*[ABCGLP]?[ .-]?\d{1,2})?)(?!\w)"
)
# A UN board's "This is a P-4 contract." and "Salary for a P-4 contract in Geneva".
_UN_CONTRACT = re.compile(
    r"\b(?:This\s+is|for)\s+an?\s+(?P<codes>(?:P|D|G|GS|NO)-\d{1,2})\s+contract\b"
)
_UN_CONTRACT_WORDS = tuple(f"{lead} a {scale}-" for lead in ("is", "for") for scale in "pgd")
# The EIB's "This is a full-time position at grade 8/9.": its scale has numbers only.
_AT_GRADE = re.compile(r"\bposition\s+at\s+grades?\s+(?P<codes>\d{1,2}(?:\s*/\s*\d{1,2})?)\b")
# A grade field's value is read this far, on its first line.
_SENTENCE_BACK = 300
_LABEL_VALUE = 120
# A bare grade line ("B.5 / NATO Grade G12") starts with its code or "NATO Grade".
_BARE_LEAD = 11
# A grade in a sentence about someone else (the supervisor) is not the post's.
_SOMEONE_ELSE = re.compile(
    r"\breport(?:s|ing)?\s+to\b|\bsupervis|\bunder\s+the\b|\brelève\s+d|\bsous\s+l['’]autorité",
    re.I,
)
_NATO_LABEL = re.compile(r"\b(?:NATO|OTAN)\b", re.I)
# A grade printed without a scale's code: ``Grade: 5``, ``Niveau de fonction C``, ``Grade :
# UG``, ``Grades: 4/5``, ``NATO Grade: NATO GRADE 22``.
_UNCODED = re.compile(
    r"\s*(?:(?i:(?:NATO|OTAN)\s+)?(?i:grade)\s+)?(?P<code>\d{1,2}|[A-Z]{1,4})"
    # "Grades: 4/5", "Grade: 7 or 6": two grades of a scale without letters.
    r"(?:\s*(?:/|or|ou)\s*(?P<code2>\d{1,2}))?"
    r"\s*(?:$|[,;(]|(?<=\d)(?=[A-Z][a-z]))"
)
# What a grade field holds when it names no grade.
_NO_GRADE = frozenset({"N", "NA", "ND", "NC", "TBD", "TBC", "NONE", "NIL"})
# An EU contract agent's group in roman numerals under a "Function group" label: FGIV.
_GROUP_LABEL = re.compile(r"function\s+group|groupe\s+de\s+fonctions?", re.I)
_ROMAN_GROUP = frozenset({"I", "II", "III", "IV"})

CODES = (
    IssueCode(
        "grade_unknown",
        "error",
        "A grade code is outside its scale's range (G30, P7), or shaped like no grade code.",
    ),
    IssueCode(
        "grade_category_mismatch",
        "error",
        "A lettered NATO grade and the G grade printed beside it are not the same grade.",
    ),
    IssueCode(
        "grade_scale_unknown",
        "info",
        "A grade code is on a scale this library has no table for (an organisation's own, "
        "such as PAL5 or LE-08), or is a level printed alone in a grade field (UG, TOP, 5): "
        "its range is not checked.",
    ),
)


def parse_codes(
    raw: str, token: re.Pattern[str] = _TOKEN
) -> tuple[list[str], tuple[int, int] | None]:
    """Canonical codes of the first run of grades in ``raw``, and where that run lies.

    ``G17-G20`` and ``G8-10`` are ranges (both ends); ``B3-1`` and ``P3-1`` are
    steps of one grade; ``A.2 / NATO Grade G15`` is one run of two codes.
    """
    # "NATO Grade 17" is G17 on the single scale; other grade words are blanked.
    text = _NATO_GRADE_NUMBER.sub(lambda m: " " * (len(m.group()) - 1) + "G", raw)
    text = _GRADE_WORDS.sub(lambda m: " " * len(m.group()), text)
    m = token.search(text)
    if m is None:
        return [], None
    codes: list[str] = []
    start = m.start()
    prefix = _prefix(m)
    while True:
        if m.groupdict().get("letter"):
            _add(codes, prefix, m.group("letter"))
        elif m.groupdict().get("roman"):
            _add(codes, prefix, m.group("roman").upper())
        else:
            printed = m.group("num")
            _add(codes, prefix, printed if printed.startswith("0") else str(int(printed)))
        step = m.groupdict().get("step")
        number = int(m.group("num") or 0)
        if step is not None and prefix in _RANGED and int(step) > number:
            _add(codes, prefix, step)
        end = m.end()
        join = _JOIN.match(text, end)
        if join is None:
            break
        nxt = token.match(text, join.end())
        if nxt is not None:
            prefix = _prefix(nxt)
        else:
            # A bare number continues a range ("G8/10"), never a bracket ("(Grades 5/8)"),
            # and only within its scale ("A3/G17/88" names no grade G88).
            nxt = None if "(" in join.group() else _BARE.match(text, join.end())
            bounds = SCALES.get(prefix)
            if nxt is None or (bounds and not bounds[0] <= int(nxt.group("num")) <= bounds[1]):
                break
        m = nxt
    return codes, (start, end)


def _prefix(m: re.Match[str]) -> str:
    """A code's scale, as canonical codes spell it (``le - o`` -> ``LEO``)."""
    if m.groupdict().get("fg"):
        return "FG"
    return (m.group("prefix") or m.group("no")).upper().replace(" ", "").replace("-", "")


def _all_codes(
    value: str, token: re.Pattern[str] = _TOKEN
) -> tuple[list[str], tuple[int, int] | None]:
    """Every run of codes in a grade field's value (``AST4-AST6 - Recruitment at AST5``)."""
    codes, where = parse_codes(value, token)
    if where is None:
        return codes, None
    start, end = where
    while True:
        more, at = parse_codes(value[end:], token)
        if at is None:
            return codes, (start, end)
        codes += [c for c in more if c not in codes]
        end += at[1]


def _add(codes: list[str], prefix: str, number: str) -> None:
    code = f"{prefix}{number}"
    if code not in codes:
        codes.append(code)


# A code on a scale of :data:`SCALES`; a code of any scale (capitals, then a number).
_CODE_SHAPE = re.compile(r"([A-Z/*]+?)(\d+|IV|I{1,3})")
_ANY_SCALE_CODE = re.compile(r"([A-Z]{1,7})(\d{1,2})")
# A level printed alone in a grade field: letters ("UG", "TOP") or a number ("5").
_BARE_LEVEL = re.compile(r"[A-Z]{1,4}|\d{1,2}")


def other_scale(code: str) -> bool:
    """A code shaped like a grade on a scale not in :data:`SCALES` (``PAL5``, ``LEO1``), or a
    level printed alone (``UG``, ``5``)."""
    if _BARE_LEVEL.fullmatch(code):
        return not on_scale(code)
    m = _ANY_SCALE_CODE.fullmatch(code)
    return m is not None and m.group(1) not in SCALES


def on_scale(code: str) -> bool:
    if code in NAMED_GRADES.values() or code in LETTER_GRADES:
        return True
    m = _CODE_SHAPE.fullmatch(code)
    if m is None:
        return False
    bounds = SCALES.get(m.group(1))
    raw = m.group(2)
    if raw.isdigit() == (m.group(1) in ROMAN_SCALES):
        return False
    number = int(raw) if raw.isdigit() else _ROMAN[raw]
    return bounds is not None and bounds[0] <= number <= bounds[1]


def extract(ctx: FieldContext) -> dict[str, Found[list[str]]]:
    """The header's grade (completed by the same post's other notation in the text),
    else the title's "(Grade A6)", else the first grade the text gives for the post."""
    labelled = ctx.label_value("grade")
    if labelled is not None:
        value, start, _end = labelled
        coded = _coded_label(ctx, value, start)
        if coded is not None:
            return {"grades": coded}
        if value.strip().split("\n")[0].strip().casefold() in NAMED_GRADES:
            # "Grade Unclassified" (NATO's senior officials) states no grade code: 5 of the
            # 7 real pages' golds that print it list none. A record made elsewhere may
            # still carry it (see ``on_scale``).
            return {}
        m = _UNCODED.match(value)
        if m is not None and m.group("code") not in _NO_GRADE:
            code = m.group("code")
            label = ctx.label_text("grade")
            if code.isdigit() and _NATO_LABEL.search(label):
                code = f"G{int(code)}"  # "NATO Grade: 24" is G24 on the single scale
            elif code in _ROMAN_GROUP and _GROUP_LABEL.search(label):
                code = f"FG{code}"
            codes = [code] + ([m.group("code2")] if m.group("code2") and code.isdigit() else [])
            end = m.end("code2") if len(codes) > 1 else m.end("code")
            return {"grades": Found(codes, start + m.start("code"), start + end, "label")}
    for hit in ctx.labels("grade")[1:]:
        # A board's card first ("Grade: Level not specified"), the notice's "Grade: CF4" after.
        coded = _coded_label(ctx, ctx.doc.text[hit.value_start : hit.value_end], hit.value_start)
        if coded is not None:
            return {"grades": coded}
    headline = ctx.headline("grade")  # "Health & Nutrition Officer, NOB, Agadez, …"
    if headline is not None:
        codes, where = parse_codes(headline.value)
        if codes and where:
            s, e = headline.start + where[0], headline.start + where[1]
            return {"grades": Found(_completed(codes, ctx), s, e, "title")}
    for text, at in _titles(ctx):
        for m in _IN_TITLE.finditer(text):
            group = next(g for g in ("codes", "tail", "spaced") if m.group(g) is not None)
            codes, where = parse_codes(m.group(group))
            # The whole bracket or tail is grades ("(G22)", ", P3", "(Grade A6)").
            if codes and where and where[1] - where[0] >= len(m.group(group).strip()) - 1:
                s = at + m.start(group)
                completed = _completed(codes, ctx)
                return {"grades": Found(completed, s + where[0], s + where[1], "title")}
    for text, at in ctx.bare_lines():
        codes, where = parse_codes(text)
        if codes and where and where[0] <= _BARE_LEAD and where[1] >= len(text) - 1:
            completed = _completed(codes, ctx)
            return {"grades": Found(completed, at + where[0], at + where[1], "bare_value")}
    for codes, (s, e) in _running(ctx):
        return {"grades": Found(_completed(codes, ctx), s, e, "running_text")}
    return {}


def _coded_label(ctx: FieldContext, value: str, start: int) -> Found[list[str]] | None:
    """The codes on the first line of a grade label's value, of a known scale or any."""
    first = value.split("\n", 1)[0][:_LABEL_VALUE]
    codes, where = _all_codes(first)
    if not codes:
        codes, where = _all_codes(first, _OPEN_TOKEN)
    if not codes or where is None:
        return None
    return Found(_completed(codes, ctx), start + where[0], start + where[1], "label")


def _titles(ctx: FieldContext) -> Iterator[tuple[str, int]]:
    """The post's title as labelled ("Posting Title: HUMAN RIGHTS OFFICER, P4"), and its
    title line, with where each starts."""
    labelled = ctx.label_value("title")
    if labelled is not None:
        yield labelled[0].split("\n", 1)[0], labelled[1]
    if ctx.half.title_line is not None:
        line = ctx.doc.lines[ctx.half.title_line]
        # A board's view counter after the title's grade: "…, P3 121 views0 applications".
        yield without_view_counter(line.text), line.start


def _running(ctx: FieldContext) -> Iterator[tuple[list[str], tuple[int, int]]]:
    """Grades the text gives for this post ("a dual-grade post at G8-G10 (B3/B4)")."""
    body, offset = ctx.body()
    mentions = sorted(
        (
            *_RUNNING.finditer(body),
            *_POSTS_GRADE.finditer(body),
            *_BRACKET_GRADE.finditer(body),
            *_DUAL_GRADE.finditer(body),
            *(_CLASSIFIED.finditer(body) if ctx.mentions("classified") else ()),
            *(_UN_CONTRACT.finditer(body) if ctx.mentions(*_UN_CONTRACT_WORDS) else ()),
            *(_staff_grades(body, ctx.lower_body()) if ctx.mentions(*_STAFF_WORDS) else ()),
            *(_FUNCTION_GROUP.finditer(body) if ctx.mentions(*_GROUP_WORDS) else ()),
            *(_AT_GRADE.finditer(body) if ctx.mentions("at grade") else ()),
        ),
        key=lambda m: m.start(),
    )
    for m in mentions:
        # The sentence around the mention, read back no further than a sentence can be.
        back = max(0, m.start() - _SENTENCE_BACK)
        sentence = body[max(body.rfind(".", back, m.start()) + 1, back) : m.end()]
        if _SOMEONE_ELSE.search(sentence):
            continue
        if m.re is _AT_GRADE:
            codes = [str(int(n)) for n in m.group("codes").split("/")]
            yield codes, (offset + m.start("codes"), offset + m.end("codes"))
            continue
        if m.re is _FUNCTION_GROUP:
            if m.group("roman"):
                yield [f"FG{m.group('roman')}"], (offset + m.start(), offset + m.end())
            else:
                code = f"{m.group('group')}{int(m.group('num'))}"
                yield [code], (offset + m.start("group"), offset + m.end("num"))
            continue
        codes, where = parse_codes(m.group("codes"))
        if codes and where:
            s = offset + m.start("codes")
            yield codes, (s + where[0], s + where[1])


def _staff_grades(body: str, low: str) -> Iterator[re.Match[str]]:
    """The codes an EU staff category stands right before (``low``: the body in lower case)."""
    seen: set[int] = set()
    for word in _STAFF_WORDS:
        at = low.find(word)
        while at >= 0:
            m = _STAFF_GRADE.search(body, max(0, at - _STAFF_BACK), at + _STAFF_REACH)
            if m is not None and m.start() not in seen:
                seen.add(m.start())
                yield m
            at = low.find(word, at + len(word))


# A competition for several posts names each one's grade: "two grade G17 posts and one
# G15/17 post of Governance Officer", "the 3 similar positions below: • … (G20); • …
# (G17-G20)". The count's line and the short lines (a list) after it are read. The plural
# is found first (a literal scan), then its count a few words before it.
_POSTS_PLURAL = re.compile(r"(?:posts|positions|postes)\b", re.I)
_COUNT_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|deux|trois|quatre|cinq|[2-9])\s+(?:[\w/-]+\s+){0,3}$", re.I
)
_COUNT_REACH = 60
# A competition says how many posts it fills near its start (the summary).
_POSTS_REACH = 4000
_LIST_LINE = 150
_LIST_LINES = 12


def _several_posts(ctx: FieldContext) -> list[str]:
    """The grades of a competition for several posts, in the order they are named."""
    if not ctx.mentions("posts", "positions", "postes"):
        return []
    body, _offset = ctx.body()
    for m in _POSTS_PLURAL.finditer(body, 0, _POSTS_REACH):
        if not _COUNT_BEFORE.search(body, max(0, m.start() - _COUNT_REACH), m.start()):
            continue
        start = body.rfind("\n", 0, m.start()) + 1
        lines = body[start:].split("\n", _LIST_LINES)
        window = [lines[0]]
        for line in lines[1:_LIST_LINES]:
            if len(line) > _LIST_LINE:
                break
            window.append(line)
        codes, _where = _all_codes("\n".join(window))
        if codes:
            return codes
    return []


def _completed(codes: list[str], ctx: FieldContext) -> list[str]:
    """The header's codes plus the other notation of the same grades stated in the text,
    and the other grades of a competition for several posts.

    ``NATO Grade G8-G10`` with "grade jumelé G8-G10 (B.3/B.4)" in the body is
    G8, G10, B3 and B4; text naming other grades is someone else's.
    """
    several = _several_posts(ctx)
    if len(several) > len(codes) and set(codes) <= set(several):
        codes = codes + [c for c in several if c not in codes]
    same = set(codes) | {NATO_LETTERED.get(c, c) for c in codes}
    for found, _where in _running(ctx):
        mapped = {NATO_LETTERED.get(c, c) for c in found}
        if mapped <= same | set(codes) and not set(found) <= set(codes):
            return codes + [c for c in found if c not in codes]
    return codes


def check(record: Record) -> list[Finding]:
    findings: list[Finding] = []
    for lang, located in by_lang(record.grades):
        codes = located.value
        foreign = [(i, c) for i, c in enumerate(codes) if other_scale(c)]
        unknown = [(i, c) for i, c in enumerate(codes) if not on_scale(c) and not other_scale(c)]
        for issue_code, listed in ((CODES[0], unknown), (CODES[2], foreign)):
            if listed:
                findings.append(
                    issue_code.finding(
                        "grades",
                        [located.span],
                        pointer=pointer("grades", lang, "value", listed[0][0]),
                        value=codes[listed[0][0]],
                        codes=", ".join(c for _, c in listed),
                        raw=located.raw,
                    )
                )
        lettered = [c for c in codes if c in NATO_LETTERED]
        g_codes = {c for c in codes if c.startswith("G") and on_scale(c)}
        if lettered and g_codes and {NATO_LETTERED[c] for c in lettered} != g_codes:
            findings.append(
                CODES[1].finding(
                    "grades",
                    [located.span],
                    pointer=pointer("grades", lang, "value"),
                    value=codes,
                    lettered="/".join(lettered),
                    expected="/".join(NATO_LETTERED[c] for c in lettered),
                    raw=located.raw,
                    g_codes="/".join(sorted(g_codes)),
                )
            )
    return findings


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "grade": {
        "en": [
            "grade",
            "grading",
            "pay grade",
            "salary grade",
            "job grade",
            "grade level",
            "job level",
            "post level",
            "position level",
        ],
        "fr": [
            "grade",
            "classe",
            "niveau de fonction",
            "categorie et grade",
            "statut et grade",
            "niveau du poste",
            "niveau de poste",
            "niveau hierarchique",
            "note du poste",
        ],
        "xx": ["besoldungsgruppe", "inquadramento", "schaal", "nivel de puesto", "categoria"],
    }
}


FIELD = FieldSpec(
    name="grade",
    attrs=("grades",),
    extract=extract,
    labels=LABELS,
    codes=CODES,
    check=check,
    heads=HEADS,
)
