"""Title: whitespace collapsed; board prefixes, trailing references, grades and places removed."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vacancy_parser.fields import title

from ._cases import cases, expected_values


@pytest.mark.parametrize(("raw", "expected"), cases("title"))
def test_clean(raw: str, expected: str) -> None:
    assert title.clean(raw) == expected


@pytest.mark.parametrize("cleaned", expected_values("title"))
def test_canonical_outputs_are_fixed_points(cleaned: str) -> None:
    assert title.clean(cleaned) == cleaned


@given(st.text(max_size=120))
@example("-#")  # an edge stripped off bares a leading "#"
def test_clean_is_idempotent_on_arbitrary_text(raw: str) -> None:
    once = title.clean(raw)
    assert title.clean(once) == once


# What boards and portals put around a title, in any order.
PIECES = [
    "Assistant",
    "Officer",
    "(Budget)",
    "Head,",
    "Section",
    "NATO:",
    "OTAN:",
    "(241656)",
    "(A.2)",
    "(NATO Grade G15)",
    "(B-4/G-10)",
    "–",
    "-",
    "Brussels",
    "Mons",
    "The Hague",
    "**",
]


@settings(derandomize=True)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=7).map(" ".join))
@example("Assistant – Brussels (241656)")
def test_clean_is_idempotent_on_board_titles(raw: str) -> None:
    once = title.clean(raw)
    assert title.clean(once) == once


def test_a_recruiting_sentence_names_the_post_of_a_page_without_a_title_line() -> None:
    from vacancy_parser import Options, parse_text

    text = (
        "Clearance Level: NS\n"
        "We are seeking a passionate and talented Interoperability Scientist to support "
        "the programme of work.\n\n1. POST CONTEXT\nThe post is in the Research Division.\n"
    )
    result = parse_text(text, options=Options(kind="vacancy"))
    assert result.flat.title_en == "Interoperability Scientist"
    assert result.record.title.en is not None and result.record.title.en.rule == "sentence"


def test_a_french_recruiting_sentence_names_the_post() -> None:
    from vacancy_parser import Options, parse_text

    text = (
        "Avis de recrutement : INTERPOL recrute un Coordonnateur des opérations à Abidjan.\n\n"
        "Le titulaire du poste coordonne les opérations régionales.\n"
    )
    result = parse_text(text, options=Options(kind="vacancy"))
    assert result.flat.title_fr == "Coordonnateur des opérations"


def test_a_boards_title_city_is_the_location_when_nothing_else_states_it() -> None:
    from vacancy_parser import Options, parse_text

    text = (
        "NATO: NATO: Staff Assistant (Business Continuity) – Norfolk\n\n"
        "  • Location:\n  • Salary:\n    $65,000 - $75,000 / YEAR\n  • Job type:\n    FULL_TIME\n"
    )
    flat = parse_text(text, options=Options(kind="vacancy")).flat
    assert (flat.title_en, flat.location) == ("Staff Assistant (Business Continuity)", "Norfolk")
