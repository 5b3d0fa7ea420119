"""Working time: ``Schedule: Full-time`` / ``Horaire : Temps plein`` -> ``full_time``."""

from __future__ import annotations

from ..layout._vocab import fold
from .base import FieldContext, FieldSpec, Found

LABELS = {
    "schedule": {
        "en": ["Schedule", "Working Hours", "Working Time", "Work Schedule", "Work regimes"],
        "fr": [
            "Horaire",
            "Temps de travail",
            "Régime de travail",
            "Régimes de travail",
            "Temps plein/temps partiel",
        ],
        # The Belgian federal portal's labels, printed in Dutch on its French pages too.
        "xx": ["Voltijds/deeltijds"],
    }
}

SCHEDULES: dict[str, str] = {
    "full-time": "full_time",
    "full time": "full_time",
    "fulltime": "full_time",
    "temps plein": "full_time",
    "temps complet": "full_time",
    "voltijds": "full_time",
    "part-time": "part_time",
    "part time": "part_time",
    "temps partiel": "part_time",
}


def normalise(raw: str) -> str:
    folded = fold(raw)
    return next((v for k, v in SCHEDULES.items() if fold(k) in folded), folded)


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    labelled = ctx.label_value("schedule")
    if labelled is None:
        return {}
    value, start, end = labelled
    return {"schedule": Found(normalise(value), start, end, "label")}


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "schedule": {
        "en": ["schedule", "working hours", "working time", "hours"],
        "fr": ["horaire", "temps de travail", "temps plein/temps partiel", "regime de travail"],
        "xx": ["arbeitszeit", "orario", "werktijden", "dienstverband"],
    }
}


FIELD = FieldSpec(name="schedule", attrs=("schedule",), extract=extract, labels=LABELS, heads=HEADS)
