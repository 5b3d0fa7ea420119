"""Language requirement: ``VI ("Proficiency") in one; III ("Intermediate") in the other``.

Each level is a Roman numeral, maybe with its name in brackets, followed by
where it applies: ``in one`` / ``dans l'une``, ``in the other`` / ``dans
l'autre``, ``in both`` / ``dans les deux``, or a named language. STANAG 6001
profiles (``SLP 3333``) are kept as ``SLP3333``. A numeral must agree with its
name (checked here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..layout._vocab import fold
from ..model import LanguageLevel, LanguageRequirement, Record
from .base import FieldContext, FieldSpec, Finding, Found, IssueCode, by_lang, pointer

LEVEL_NAMES: dict[str, str] = {
    "beginner": "I",
    "debutant": "I",
    "elementary": "II",
    "elementaire": "II",
    "intermediate": "III",
    "intermediaire": "III",
    "upper intermediate": "IV",
    "intermediaire superieur": "IV",
    "advanced": "V",
    "avance": "V",
    "proficiency": "VI",
    "maitrise": "VI",
    "proficient": "VI",
}
# Where a level applies, folded phrase -> slot.
SCOPES: dict[str, str] = {
    "in one": "one",
    "in either": "one",
    "dans l'une": "one",
    "dans une": "one",
    "in the other": "other",
    "dans l'autre": "other",
    "in both": "both",
    "dans les deux": "both",
    "in english": "en",
    "en anglais": "en",
    "in french": "fr",
    "en francais": "fr",
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "francais": "fr",
}
LANGUAGE_NAMES = {
    "anglaise": "en",
    "francaise": "fr",
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "francais": "fr",
    "français": "fr",
}

# "Advanced", "Upper-Intermediate" (printed with a hyphen as often as without).
_NAME = r"(?P<name>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\s-]{3,30}?)"
_LEVEL = re.compile(
    r"(?<![A-Za-z])(?P<num>VI|IV|V|III|II|I)(?![A-Za-z])[\"”]?\s*"
    r"(?:\(\s*\\?[\"“”«»']?\s*" + _NAME + r"\s*\\?[\"“”«»']?\s*\)?)?"
    r"[\s,;:]*(?P<scope>in\s+one|in\s+either|in\s+the\s+other|in\s+both|dans\s+l['’]une|dans\s+une"
    r"|dans\s+l['’]autre|dans\s+les\s+deux|in\s+English|in\s+French|en\s+anglais|en\s+français)",
    re.I,
)
# The name first: "Proficiency (VI) in one", "maîtrise (VI) dans l'une".
_NAME_FIRST = re.compile(
    r"(?P<name>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ]{3,30}?)\s*\(\s*(?P<num>VI|IV|V|III|II|I)\s*\)"
    r"[\s,;:]*(?P<scope>in\s+one|in\s+either|in\s+the\s+other|in\s+both|dans\s+l['’]une|dans\s+une"
    r"|dans\s+l['’]autre|dans\s+les\s+deux|in\s+English|in\s+French|en\s+anglais|en\s+français)",
    re.I,
)
_SCOPE_HINT = re.compile(
    r"in\s+(?:one|either|the\s+other|both|English|French)\b|dans\s+(?:l['’]une|une|l['’]autre|"
    r"les\s+deux)\b|en\s+(?:anglais|français)\b",
    re.I,
)
_LEVEL_REACH = 80
_NAMED_FIRST = re.compile(
    r"(?P<lang>English|French|anglais|français)\s*+[:–-]?\s*+(?:\(\s*+(?=level|niveau))?(?:level\s+|niveau\s+)?"
    r"(?P<num>VI|IV|V|III|II|I)(?![A-Za-z])\s*(?:\(\s*\\?[\"“”«»']?\s*"
    + _NAME
    + r"\s*\\?[\"“”«»']?\s*(?:\)|(?=[;,.\n])))?",
)
_STANAG = re.compile(
    r"\b(?:SLP|PLS|STANAG\s*6001[^.\d\n]{0,40}?)\)?\s*+:?\s*+(?P<profile>\d{4}|\d(?:\s*+[.,/-]?\s*+\d){3})\b",
    re.I,
)
# STANAG 6001 skills, in both languages, and the order a profile lists them in.
SKILLS: dict[str, str] = {
    "listening": "L",
    "speaking": "S",
    "reading": "R",
    "writing": "W",
    "comprehension de l'oral": "L",
    "expression orale": "S",
    "comprehension de l'ecrit": "R",
    "expression ecrite": "W",
}
SKILL_ORDER = ("L", "S", "R", "W")
_SKILL = re.compile(
    r"(?P<skill>listening|speaking|reading|writing|compr[ée]hension de l['’](?:oral|[ée]crit)|"
    r"expression (?:orale|[ée]crite))\s*[:=(]?\s*(?P<score>[0-5])\b",
    re.I,
)
_SKILL_REACH = 160
_LANGUAGE_NAME = re.compile(r"\b(?:English|French|anglaise?|française?|francaise?)\b", re.I)
_NAME_REACH = 60
# The start of the desirable part of a qualifications list.
_DESIRABLE_PART = re.compile(
    r"^[ \t]*(?:[a-z][.)][ \t]*|\d+[.)][ \t]*)?(?:desirable|acquis souhaitables|souhaitable|"
    r"the following would be considered an advantage|seraient consid[ée]r[ée]s comme)",
    re.I | re.M,
)
_DESIRABLE = re.compile(
    r"desirab|advantage|asset|souhait|atout|appr[ée]ci|preferr|would be an", re.I
)
# Words without which a text states no language requirement (checked in lower case).
_CONTEXT = ("language", "langue", "slp", "stanag", "english", "french", "anglais", "français")

CODES = (
    IssueCode(
        "language_level_name_mismatch",
        "error",
        "A language level numeral and its name disagree (III is Intermediate).",
    ),
    IssueCode(
        "language_level_unknown",
        "error",
        "A language level is not a NATO numeral I–VI or a STANAG 6001 profile (SLP and four "
        "digits 0–5), or its language is not one, other or an ISO 639-1 code.",
    ),
)
# What a level may be, and what it may apply to (``one``/``other`` or an ISO 639-1 code).
NUMERALS: tuple[str, ...] = ("I", "II", "III", "IV", "V", "VI")
STANAG_PROFILE = re.compile(r"SLP[0-5]{4}")
SLOTS = re.compile(r"one|other|[a-z]{2}")


def name_level(name: str | None) -> str | None:
    return LEVEL_NAMES.get(" ".join(fold(name).replace("-", " ").split())) if name else None


def _levels(text: str) -> Iterator[re.Match[str]]:
    """Level matches, looked for only just before a scope ("in one", "dans l'autre").

    Numerals are common letters (I, V); scanning only the few windows that end
    at a scope keeps this linear in the number of scopes, not in the text.
    """
    floor = 0
    for hint in _SCOPE_HINT.finditer(text):
        for pattern in (_LEVEL, _NAME_FIRST):
            m = pattern.search(text, max(floor, hint.start() - _LEVEL_REACH), hint.end())
            while m is not None and m.end() < hint.end():
                m = pattern.search(text, m.end(), hint.end())
            if m is not None:
                yield m
                break
        floor = hint.end()


def parse_requirement(text: str) -> tuple[LanguageRequirement, tuple[int, int]] | None:
    """Levels stated in ``text`` (a sentence or a section), canonical order.

    What follows a "desirable" heading is an asset, not the requirement.
    """
    cut = _DESIRABLE_PART.search(text)
    if cut is not None and cut.start() > 0:
        text = text[: cut.start()]
    levels: list[LanguageLevel] = []
    first = last = None
    for m in _levels(text):
        scope = SCOPES.get(fold(m.group("scope")), "one")
        name = " ".join(m.group("name").split()) if m.group("name") else None
        num = m.group("num").upper()
        slots = ["en", "fr"] if scope == "both" else [scope]
        for slot in slots:
            if all(lv.language != slot for lv in levels):
                levels.append(LanguageLevel(language=slot, level=num, name=name))
        first = m.start() if first is None else first
        last = m.end()
    if all(lv.language in LANGUAGE_NAMES.values() for lv in levels):
        # "French (level VI) … and level III in English": a named language's level may
        # stand before it as well as after.
        for m in _NAMED_FIRST.finditer(text):
            slot = LANGUAGE_NAMES[fold(m.group("lang"))]
            if all(lv.language != slot for lv in levels):
                name = " ".join(m.group("name").split()) if m.group("name") else None
                levels.append(LanguageLevel(language=slot, level=m.group("num"), name=name))
                first = m.start() if first is None else min(first, m.start())
                last = m.end() if last is None else max(last, m.end())
    if not levels:
        for m in _STANAG.finditer(text):
            before = _DESIRABLE.search(text, max(0, m.start() - _NAME_REACH), m.start())
            after = _DESIRABLE.search(text, m.end(), _clause_end(text, m.end()))
            if before or after:
                continue  # an asset, not a minimum requirement
            slot = _profile_language(text, m.start(), m.end())
            profile = re.sub(r"\D", "", m.group("profile"))
            if all(lv.language != slot for lv in levels):
                levels.append(LanguageLevel(language=slot, level=f"SLP{profile}"))
                first = m.start("profile") if first is None else first
                last = m.end()
    if not levels:
        named = _skill_profile(text)
        if named is not None:
            profile, (first, last) = named
            levels.append(
                LanguageLevel(language=_profile_language(text, first, last), level=profile)
            )
    if not levels or first is None or last is None:
        return None
    by_slot = {lv.language: lv for lv in levels}
    if set(by_slot) == {"one", "other"} and by_slot["one"].level == by_slot["other"].level:
        # The same level in one and in the other is that level in both.
        levels = [
            lv.model_copy(update={"language": lang})
            for lv, lang in zip(levels, ("en", "fr"), strict=True)
        ]
    order = {"one": 0, "other": 1, "en": 2, "fr": 3}
    levels.sort(key=lambda lv: order.get(lv.language, 9))
    return LanguageRequirement(levels=tuple(levels)), (first, last)


def _skill_profile(text: str) -> tuple[str, tuple[int, int]] | None:
    """A STANAG profile given skill by skill, in any order ("Reading 3, Writing 2, …"),
    as ``SLP`` digits in the standard order: listening, speaking, reading, writing."""
    anchor = re.search(r"STANAG\s*6001", text)
    if anchor is None:
        return None
    window = text[anchor.start() : anchor.end() + _SKILL_REACH]
    scores = {SKILLS[fold(m.group("skill"))]: m.group("score") for m in _SKILL.finditer(window)}
    if len(scores) != len(SKILL_ORDER):
        return None
    return "SLP" + "".join(scores[s] for s in SKILL_ORDER), (anchor.start(), anchor.end())


def _clause_end(text: str, at: int) -> int:
    """Where the clause that starts at ``at`` ends (";" or a full stop), within reach."""
    stop = min(len(text), at + _NAME_REACH)
    for mark in (";", ". ", "\n-", "\n"):
        found = text.find(mark, at, stop)
        if found != -1:
            stop = found
    return stop


def _profile_language(text: str, start: int, end: int) -> str:
    """The language a STANAG profile is for: the nearest name before it, else after, else English."""
    before = _LANGUAGE_NAME.findall(text, max(0, start - _NAME_REACH), start)
    if before:
        return LANGUAGE_NAMES.get(fold(before[-1]), "en")
    after = _LANGUAGE_NAME.search(text, end, end + _NAME_REACH // 2)
    return LANGUAGE_NAMES.get(fold(after.group()), "en") if after else "en"


def extract(ctx: FieldContext) -> dict[str, Found[LanguageRequirement]]:
    """The qualifications section first, then the whole half."""
    section = ctx.section_text("qualifications")
    places = [section, ctx.body()] if section is not None else [ctx.body()]
    for text, offset in places:
        lower = text.lower()
        if any(word in lower for word in _CONTEXT) and (parsed := parse_requirement(text)):
            requirement, (s, e) = parsed
            return {
                "language_requirement": Found(
                    requirement, offset + s, offset + e, "levels_sentence"
                )
            }
    return {}


def check(record: Record) -> list[Finding]:
    findings: list[Finding] = []
    for lang, located in by_lang(record.language_requirement):
        for index, level in enumerate(located.value.levels):
            where = pointer("language_requirement", lang, "value", "levels", index)
            token = f"{level.language}:{level.level}"
            if not SLOTS.fullmatch(level.language) or not (
                level.level in NUMERALS or STANAG_PROFILE.fullmatch(level.level)
            ):
                findings.append(
                    CODES[1].finding(
                        "language_requirement",
                        [located.span],
                        pointer=where,
                        value=token,
                        token=token,
                    )
                )
                continue
            expected = name_level(level.name)
            if expected is not None and expected != level.level:
                findings.append(
                    CODES[0].finding(
                        "language_requirement",
                        [located.span],
                        pointer=where + "/level",
                        value=level.level,
                        level=level.level,
                        name=level.name,
                        expected=expected,
                    )
                )
    return findings


FIELD = FieldSpec(
    name="language_requirement",
    attrs=("language_requirement",),
    extract=extract,
    codes=CODES,
    check=check,
)
