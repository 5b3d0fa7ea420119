"""The duty location as printed: ``Primary Location: Belgium-Brussels``."""

from __future__ import annotations

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


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    labelled = ctx.label_value("location")
    if labelled is None:
        return {}
    value, start, end = labelled
    return {"location": Found(" ".join(value.split()), start, end, "label")}


FIELD = FieldSpec(
    name="location", attrs=("location",), extract=extract, labels=LABELS, compare=False
)
