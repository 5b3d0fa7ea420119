"""The duty location as printed: ``Primary Location: Belgium-Brussels``.

A board that dropped the label leaves a bare ``Belgium-Brussels`` line in the
header: a country of the table below, a dash, a city.
"""

from __future__ import annotations

import re

from ..layout._signs import names_post
from ..layout._vocab import (
    BARE_PLACE,
    CITY_COUNTRY,
    DUTY_CITIES,
    HEADINGS,
    PLACE_AFTER_TITLE,
    PLACE_LINE,
    VIEW_COUNTER,
    fold,
)
from ..layout.labels import LabelHit
from .base import FieldContext, FieldSpec, Found, ends_sentence

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
            "Place of employment",
            "Place of Posting",
            "Station",
            "Country",
        ],
        "fr": [
            "Emplacement principal",
            "Lieu d'affectation",
            "Lieu de travail",
            "Localisation",
            "Lieu",
            "Ville",
            "Pays",
        ],
        # Boards' own location labels, in their languages (a notice's own label wins).
        "xx": [
            "Locatie",
            "Standplaats",
            "Standort",
            "Arbeitsort",
            "Sede",
            "Sede di lavoro",
            "Luogo di lavoro",
            "Местоположение",
            "Город",
            "근무지",
            "位置",
            "地点",
            "工作地点",
            "勤務地",
            "所在地",
        ],
    }
}


# Labels that give only the country: a duty station labelled beside them is the place.
_COUNTRY_LABELS = frozenset({"country", "pays"})
# A label without its colon, the place after it on the line: "Place of employment Ispra
# (IT)", "LIEU DE TRAVAIL ABUJA, NIGERIA", "Location Strasbourg". Labels of two words or
# more, and "Location" / "Localisation": other one-word labels also open other lines
# ("Country Director …"). Measured on fixtures/real: 21 such lines, each on a notice; 18
# give its gold place as printed, 3 hold it ("Kabul, Afghanistan" for "Kabul").
_COLONLESS_LABELS = sorted(
    (
        variant
        for lang in ("en", "fr")
        for variant in LABELS["location"][lang]
        if " " in variant or variant in ("Location", "Localisation")
    ),
    key=len,
    reverse=True,
)
_COLONLESS = re.compile(
    r"^[ \t•*-]*(?i:" + "|".join(re.escape(v) for v in _COLONLESS_LABELS) + r")[ \t]+"
    r"(?P<place>[A-ZÀ-Ý][^\n:]{1,50}?)[ \t.]*$",
    re.M,
)


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    hits = [h for h in ctx.labels("location") if _names_a_place(ctx, h)]
    # "Country: Austria" / "Duty Station: Vienna": the station.
    hit = next((h for h in hits if not _country_label(ctx, h)), hits[0]) if hits else None
    if hit is not None:
        value, start, end = (
            ctx.text[hit.value_start : hit.value_end],
            hit.value_start,
            hit.value_end,
        )
        value = " ".join(value.split())
        if ends_sentence(value):
            value, end = value[:-1], end - 1  # "Multiple Duty Stations worldwide."; not "D.C."
        return {"location": Found(value, start, end, "label")}
    body, offset = ctx.body()
    m = _COLONLESS.search(body)
    if m is not None:
        s, e = offset + m.start("place"), offset + m.end("place")
        return {"location": Found(m.group("place"), s, e, "colonless_label")}
    headline = ctx.headline("place")
    if headline is not None:
        return {"location": headline}
    header, offset = ctx.header()
    m = BARE_PLACE.search(header) or CITY_COUNTRY.search(header) or PLACE_LINE.search(header)
    if m is not None:
        s, e = offset + m.start("place"), offset + m.end("place")
        return {"location": Found(m.group("place"), s, e, "bare_country_city")}
    return _after_dates(ctx) or _from_title(ctx) or _from_sentence(ctx)


# Headings and a board's section titles that stand in place of a location's value.
_HEADING_NAMES = frozenset(
    fold(variant)
    for by_lang in HEADINGS.values()
    for variants in by_lang.values()
    for variant in variants
) | {"about the job", "job mission", "details de l'offre", "job description"}


def _names_a_place(ctx: FieldContext, hit: LabelHit) -> bool:
    """Whether a location label's value may be a place: not empty, not a number ("1"), not
    a heading that stands where the value would ("Location :" / "Job mission", "Location" /
    "About the job")."""
    value = ctx.text[hit.value_start : hit.value_end].strip()
    return any(ch.isalpha() for ch in value) and fold(value) not in _HEADING_NAMES


def _country_label(ctx: FieldContext, hit: LabelHit) -> bool:
    return ctx.text[hit.label_start : hit.label_end].strip().casefold() in _COUNTRY_LABELS


# A board's card glues the place to the dates the post is open: "… December 29,
# 2025ViennaAustria"; its city and country are glued too.
_GLUED_PLACE = re.compile(r"(?<=[12]\d{3})(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*){1,2}$")
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _after_dates(ctx: FieldContext) -> dict[str, Found[str]]:
    """The place a card glues after its dates, city and country set apart by a comma."""
    for text, at in ctx.bare_lines():
        m = _GLUED_PLACE.search(text)
        if m is not None:
            place = _GLUED_WORDS.sub(", ", m.group())
            return {"location": Found(place, at + m.start(), at + m.end(), "card_dates")}
    return {}


# "… will be based in Warsaw, Poland", "Basé-e à Dakar, le/la …", "poste basé à Abidjan":
# a capitalised place of one to three words, and its country after a comma.
# "… duty station in Guyana", "based at our Luxembourg office", "Le lieu de travail est à
# Bruxelles", a UN board's "Salary for a P-3 contract in Montreal".
_BASED = re.compile(
    r"\b(?:based|located|stationed|duty\s+station)\s+in\s+|\bbased\s+at\s+our\s+"
    r"|\b(?:P|D|G|GS|NO)-?\d{1,2}\s+contract\s+in\s+"
    r"|\blieu\s+de\s+travail\s+est\s+(?:situé\s+)?à\s+"
    r"|\b(?:bas|positionn|localis|affect)é(?:\.?e|-e|\(e\))?\s+(?:[àa]|au)\s+"
    # A mission abroad that recruits: "The U.S. Mission in Cotonou, Benin is seeking …",
    # "The Consulate of Belgium in New York is hiring".
    r"|\b(?-i:Mission|Embassy|Consulate|High\s+Commission)\b[^.\n]{0,40}?\s+in\s+"
    r"(?=[A-Z][^.\n]{0,60}?\s+(?:is|are)\s+(?:seeking|hiring|looking|recruiting)\b)",
    re.I,
)
_BASED_WORDS = (
    "based in",
    "based at our",
    "located in",
    "stationed in",
    "station in",
    "contract in",
    "lieu de travail est",
    "basé",
    "positionné",
    "localisé",
    "affecté",
    "seeking",
    "hiring",
    "looking",
    "recruiting",
)
# "Port of Spain, Trinidad and Tobago", "Rio de Janeiro", "San Salvador".
_PLACE_NAME = re.compile(
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:(?:of|de|do|da|del|es)[ \t]+)?[A-ZÀ-Ý][\w'’-]+){0,2}"
    r"(?:,[ \t]*[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:and[ \t]+)?[A-ZÀ-Ý][\w'’-]+)?)?)"
)


_SENTENCE_REACH = 3000


def _from_sentence(ctx: FieldContext) -> dict[str, Found[str]]:
    """Where the post is based, said in a sentence of the notice's first paragraphs, or
    right after the post a recruiting sentence names ("… recrute un Coordonnateur des
    opérations à Abidjan")."""
    body, offset = ctx.body()
    recruited = ctx.recruited()
    if recruited is not None:
        title, at = recruited
        m = _AT_PLACE.match(body, at - offset + len(title))
        found = _place_at(body, offset, m.end()) if m is not None else None
        if found is not None:
            return {"location": found}
    if not ctx.mentions(*_BASED_WORDS):
        return {}
    for m in _BASED.finditer(body, 0, _SENTENCE_REACH):
        found = _place_at(body, offset, m.end())
        if found is not None:
            return {"location": found}
    return {}


def _place_at(body: str, offset: int, at: int) -> Found[str] | None:
    """The capitalised place name that starts at ``at`` in ``body``, if it is one."""
    place = _PLACE_NAME.match(body, at)
    if place is None:
        return None
    name = place.group().split(",")[0].casefold()
    if name.split()[0] in _NOT_PLACES and name not in DUTY_CITIES:  # not "The Hague"
        return None
    if names_post(place.group()):  # "… the position of Physicist, Optical Engineer"
        return None
    return Found(place.group(), offset + place.start(), offset + place.end(), "sentence")


_AT_PLACE = re.compile(r"\s+(?:à|in|at|based\s+in|bas[ée]e?\s+à)\s+|\s*(?:\([^)\n]{1,12}\))?,\s*")


# Capitalised words after "based in" that start no place ("based in NATO Headquarters").
_NOT_PLACES = frozenset("nato otan the la le les l headquarters hq".split())


# A board's "Title – City": the duty city a board appends to the title (title.py drops it).
_TITLE_PLACE = re.compile(
    PLACE_AFTER_TITLE + r"(?P<place>[^–—\n-]{2,40}?)(?:" + VIEW_COUNTER + r")?\s*$"
)


def _from_title(ctx: FieldContext) -> dict[str, Found[str]]:
    index = ctx.half.title_line
    if index is None:
        return {}
    line = ctx.doc.lines[index]
    m = _TITLE_PLACE.search(line.text)
    if m is None or m.group("place").split(",")[0].strip().lower() not in DUTY_CITIES:
        return {}
    s, e = line.start + m.start("place"), line.start + m.end("place")
    return {"location": Found(m.group("place"), s, e, "title_place")}


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "location": {
        "en": [
            "location",
            "duty station",
            "place of work",
            "duty location",
            "workplace",
            "city",
            "based in",
            "place of assignment",
            "work location",
        ],
        "fr": ["lieu", "affectation", "localisation", "ville", "lieu de travail"],
        "xx": [
            "localita",
            "localidad",
            "lugar de destino",
            "localizacao",
            "local de trabalho",
            "dienstort",
            "einsatzort",
            "miejsce pracy",
            "sede",
            "luogo di lavoro",
            "standort",
            "arbeitsort",
            "plaats",
            "locatie",
            "werkplek",
            "standplaats",
            "ubicacion",
            "lugar de trabajo",
            "miejsce pracy",
        ],
    }
}


FIELD = FieldSpec(
    name="location", attrs=("location",), extract=extract, labels=LABELS, compare=False, heads=HEADS
)
