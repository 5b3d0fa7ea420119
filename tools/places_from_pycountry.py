"""Add every ISO 3166-1 country to ``layout/places.json``, in English and French.

The table's own entries (names as notices write them, duty cities) are kept; countries it
lacks get pycountry's short English name and its French translation. Run it again when
pycountry's data changes::

    pip install pycountry && python tools/places_from_pycountry.py
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

import pycountry

TABLE = Path(__file__).parents[1] / "src" / "vacancy_parser" / "layout" / "places.json"


def _short(name: str) -> str:
    """ "Bolivia, Plurinational State of" is written "Bolivia" in notices."""
    return name.split(",")[0].strip()


def main() -> None:
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    for country in pycountry.countries:
        if country.alpha_2 in table:
            continue
        english = _short(getattr(country, "common_name", country.name))
        names = [english]
        translated = _short(french.gettext(country.name))
        if translated not in names:
            names.append(translated)
        table[country.alpha_2] = {"names": names, "cities": []}
    # One country a line, as the table is written by hand.
    lines = [
        f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
        for key, value in sorted(
            table.items(), key=lambda item: (not item[0].startswith("_"), item[0])
        )
    ]
    TABLE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
