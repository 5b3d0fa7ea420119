"""JSON Schemas of the rich and the flat record, as committed under ``schemas/``.

Generated from the pydantic models (in serialisation mode: what the parser writes),
with ``$schema`` and ``$id`` so that validators and catalogues can name them.
``vacancy-parser schema --write schemas`` regenerates them; a test keeps them in sync.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .. import __version__
from ..model import FlatRecord, Record

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES: dict[str, type[BaseModel]] = {"record": Record, "flat": FlatRecord}


def json_schema(name: str) -> dict[str, Any]:
    """The schema of ``record`` (rich) or ``flat``."""
    schema = FILES[name].model_json_schema(mode="serialization")
    major = __version__.split(".")[0]
    return {
        "$schema": DIALECT,
        "$id": f"urn:vacancy-parser:schema:{name}:v{major}",
        **schema,
    }


def render(name: str) -> str:
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in FILES:
        path = folder / f"{name}.schema.json"
        path.write_text(render(name), encoding="utf-8")
        written.append(path)
    return written
