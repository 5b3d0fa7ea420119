"""Options: one frozen object, passed explicitly down the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PdfEngine = Literal["pdfium", "pdfplumber"]


@dataclass(frozen=True, slots=True)
class Options:
    """How to read an input.

    ``pdf_engine``: ``pdfium`` (pypdfium2, fast) or ``pdfplumber`` (precise
    geometry); both must give the same fields.
    """

    pdf_engine: PdfEngine = "pdfium"


DEFAULT = Options()
