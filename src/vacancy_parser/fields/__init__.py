"""Field modules, discovered: every module here with a ``FIELD`` is a field."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import lru_cache

from .base import FieldSpec, IssueCode, LabelVocabulary


@lru_cache(maxsize=1)
def registry() -> tuple[FieldSpec, ...]:
    specs: list[FieldSpec] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        spec = getattr(module, "FIELD", None)
        if isinstance(spec, FieldSpec):
            specs.append(spec)
    return tuple(specs)


def label_vocabulary() -> dict[str, dict[str, list[str]]]:
    """Every field's labels, by label key and language, for the layout stage."""
    return _merged(lambda spec: spec.labels)


def head_vocabulary() -> dict[str, dict[str, list[str]]]:
    """Every field's head words, by label key and language (labels of any wording)."""
    return _merged(lambda spec: spec.heads)


def _merged(part: Callable[[FieldSpec], LabelVocabulary]) -> dict[str, dict[str, list[str]]]:
    merged: dict[str, dict[str, list[str]]] = {}
    for spec in registry():
        for key, by_lang in part(spec).items():
            for lang, variants in by_lang.items():
                merged.setdefault(key, {}).setdefault(lang, []).extend(variants)
    return merged


def body_label_keys() -> frozenset[str]:
    return frozenset(key for spec in registry() if spec.body_labels for key in spec.labels)


def field_codes() -> list[IssueCode]:
    return [code for spec in registry() for code in spec.codes]


__all__ = [
    "FieldSpec",
    "IssueCode",
    "body_label_keys",
    "field_codes",
    "head_vocabulary",
    "label_vocabulary",
    "registry",
]
