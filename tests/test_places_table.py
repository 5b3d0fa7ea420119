"""The country table (``layout/places.json``) names every ISO 3166-1 country."""

from __future__ import annotations

import pytest

from vacancy_parser.layout._vocab import CITY_COUNTRY, PLACES

pycountry = pytest.importorskip("pycountry")


def test_every_iso_country_is_in_the_table() -> None:
    missing = sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in PLACES)
    assert not missing, f"run tools/places_from_pycountry.py: {missing}"


def test_every_entry_has_names_and_an_iso_code() -> None:
    codes = {c.alpha_2 for c in pycountry.countries}
    assert all(entry["names"] for entry in PLACES.values())
    assert set(PLACES) <= codes | {"XK"}  # Kosovo: a user-assigned code


@pytest.mark.parametrize("code", ["JM", "BB", "FJ", "BO"])
def test_a_card_line_with_any_country_is_a_place(code: str) -> None:
    name = PLACES[code]["names"][0]
    assert CITY_COUNTRY.match(f"Capital City, {name}") is not None
    assert CITY_COUNTRY.match(f"Capital City, {code}") is not None
