"""Language requirement: NATO IS levels (one/other, both, named languages), STANAG profiles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vacancy_parser.fields import language_requirement as lr
from vacancy_parser.model import Bilingual, LanguageRequirement, Located, Record, Span

from ._cases import cases

NUMERALS = ["I", "II", "III", "IV", "V", "VI"]
EN_NAMES = dict(
    zip(
        NUMERALS,
        ["Beginner", "Elementary", "Intermediate", "Upper Intermediate", "Advanced", "Proficiency"],
        strict=True,
    )
)
FR_NAMES = dict(
    zip(
        NUMERALS,
        [
            "débutant",
            "élémentaire",
            "intermédiaire",
            "intermédiaire supérieur",
            "avancé",
            "maîtrise",
        ],
        strict=True,
    )
)


def _canonical(text: str) -> str | None:
    parsed = lr.parse_requirement(text)
    return parsed[0].canonical() if parsed is not None else None


@pytest.mark.parametrize(("text", "expected"), cases("language_requirement"))
def test_parse_requirement(text: str, expected: str | None) -> None:
    parsed = lr.parse_requirement(text)
    assert (parsed[0].canonical() if parsed else None) == expected
    if parsed is not None:
        start, end = parsed[1]
        assert 0 <= start < end <= len(text)


def _record(text: str) -> Record:
    parsed = lr.parse_requirement(text)
    assert parsed is not None
    requirement, (start, end) = parsed
    located = Located[LanguageRequirement](
        value=requirement, raw=text[start:end], span=Span(start=start, end=end), rule="test"
    )
    return Record(kind="vacancy", language_requirement=Bilingual[LanguageRequirement](en=located))


@pytest.mark.parametrize(("text", "expected"), cases("language_requirement_check"))
def test_check(text: str, expected: list[str]) -> None:
    assert sorted(i.code for i in lr.check(_record(text))) == expected


levels = st.sampled_from(NUMERALS)


def _expected(one: str, other: str) -> str:
    """The same level in one and in the other is that level in both languages."""
    return f"en:{one} fr:{other}" if one == other else f"one:{one} other:{other}"


@given(levels, levels)
def test_english_sentence_reads_back(one: str, other: str) -> None:
    text = (
        "possess the following minimum levels of NATO's official languages (English/French): "
        f'{one} ("{EN_NAMES[one]}") in one; {other} ("{EN_NAMES[other]}") in the other.'
    )
    assert _canonical(text) == _expected(one, other)
    assert lr.check(_record(text)) == []


@given(levels, levels)
def test_french_sentence_reads_back(one: str, other: str) -> None:
    text = (
        f"avoir au minimum le niveau de compétence {one} (« {FR_NAMES[one]} ») dans l'une des "
        "deux langues officielles de l'OTAN (anglais/français), et le niveau "
        f"{other} (« {FR_NAMES[other]} ») dans l'autre."
    )
    assert _canonical(text) == _expected(one, other)
    assert lr.check(_record(text)) == []


@given(levels, levels, st.sampled_from(NUMERALS))
def test_mismatched_name_is_reported(one: str, other: str, named: str) -> None:
    text = f'{one} ("{EN_NAMES[named]}") in one; {other} ("{EN_NAMES[other]}") in the other'
    codes = [i.code for i in lr.check(_record(text))]
    assert codes == ([] if named == one else ["language_level_name_mismatch"])


def _render(requirement: LanguageRequirement) -> str:
    """A canonical requirement written back as a sentence."""
    scopes = {"one": "in one", "other": "in the other", "en": "in English", "fr": "in French"}
    return "; ".join(f"{lv.level} {scopes[lv.language]}" for lv in requirement.levels)


@given(levels, levels, st.booleans())
def test_canonical_output_is_a_fixed_point(first: str, second: str, named: bool) -> None:
    text = (
        f"{first} in English; {second} in French"
        if named
        else f"{first} in one; {second} in the other"
    )
    parsed = lr.parse_requirement(text)
    assert parsed is not None
    again = lr.parse_requirement(_render(parsed[0]))
    assert again is not None
    assert again[0].canonical() == parsed[0].canonical()


@given(st.integers(0, 5), st.integers(0, 5), st.integers(0, 5), st.integers(0, 5))
def test_stanag_profile(listening: int, speaking: int, reading: int, writing: int) -> None:
    digits = f"{listening}{speaking}{reading}{writing}"
    assert _canonical(f"English: SLP {digits}") == f"en:SLP{digits}"
    assert _canonical(f"SLP {'.'.join(digits)}") == f"en:SLP{digits}"
