"""The duty location as printed: ``Primary Location: Belgium-Brussels``.

A board that dropped the label leaves a bare ``Belgium-Brussels`` line in the
header: a country of the table below, a dash, a city.
"""

from __future__ import annotations

import re

from .base import FieldContext, FieldSpec, Found

LABELS = {
    "location": {
        "en": [
            "Primary Location",
            "Location",
            "Duty Station",
            "Duty Location",
            "Place of Work",
            "Work Location",
            "Job Location",
            "City",
            "Place of duty",
        ],
        "fr": [
            "Emplacement principal",
            "Lieu d'affectation",
            "Lieu de travail",
            "Localisation",
            "Lieu",
            "Ville",
        ],
    }
}

COUNTRIES = [
    "Albania",
    "Belgium",
    "Bulgaria",
    "Canada",
    "Croatia",
    "Czechia",
    "Denmark",
    "Estonia",
    "Finland",
    "France",
    "Germany",
    "Greece",
    "Hungary",
    "Iceland",
    "Italy",
    "Latvia",
    "Lithuania",
    "Luxembourg",
    "Montenegro",
    "Netherlands",
    "Norway",
    "Poland",
    "Portugal",
    "Romania",
    "Slovakia",
    "Slovenia",
    "Spain",
    "Sweden",
    "Turkey",
    "Türkiye",
    "Ukraine",
    "Austria",
    "Switzerland",
    "Belgique",
    "Allemagne",
    "Espagne",
    "Italie",
    "Pays-Bas",
    "Norvège",
    "Pologne",
    "Roumanie",
    "Suède",
    "Suisse",
    "Autriche",
    "Turquie",
    "Grèce",
    "Danemark",
    "Lettonie",
    "Lituanie",
    "Estonie",
    "Hongrie",
    "Croatie",
    "Slovaquie",
    "Slovénie",
    "Tchéquie",
    "Bulgarie",
    "Albanie",
    "Islande",
    "Monténégro",
    "United Kingdom",
    "United States",
    "North Macedonia",
    "Royaume-Uni",
    "États-Unis",
    "Czech Republic",
    "République tchèque",
    "Macédoine du Nord",
]
_BARE = re.compile(
    r"^[ \t*]*(?P<place>(?:"
    + "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True))
    + r")[ \t]*[-–][ \t]*[A-ZÀ-Ý][\w'’ .-]{1,40}?)[ \t*]*$",
    re.M,
)


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    labelled = ctx.label_value("location")
    if labelled is not None:
        value, start, end = labelled
        return {"location": Found(" ".join(value.split()), start, end, "label")}
    header, offset = ctx.header()
    m = _BARE.search(header)
    if m is not None:
        s, e = offset + m.start("place"), offset + m.end("place")
        return {"location": Found(m.group("place"), s, e, "bare_country_city")}
    return {}


FIELD = FieldSpec(
    name="location", attrs=("location",), extract=extract, labels=LABELS, compare=False
)
