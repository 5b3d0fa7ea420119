"""Options: one frozen object, passed explicitly down the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .model import Kind

PdfEngine = Literal["pdfium", "pdfplumber"]


@dataclass(frozen=True, slots=True)
class Options:
    """How to read an input.

    ``pdf_engine``: ``pdfium`` (pypdfium2, fast) or ``pdfplumber`` (precise
    geometry); both must give the same fields.

    ``kind``: ``None`` weighs the evidence (``record.kind_evidence``); ``"vacancy"`` or
    ``"not_vacancy"`` overrides that decision, for a page known to be one or the other.
    """

    pdf_engine: PdfEngine = "pdfium"
    kind: Kind | None = None


DEFAULT = Options()
