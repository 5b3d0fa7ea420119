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

    ``max_bytes`` (50 MB), ``max_pages`` (500) and ``max_line_chars`` (2 million) bound
    what one input may cost: a notice is a few pages; a bigger input is refused with an
    :class:`InputError` that says which limit to raise. A PDF's page count is checked
    before any page is read.
    """

    pdf_engine: PdfEngine = "pdfium"
    kind: Kind | None = None
    # Resource limits: an input over them is an InputError, never a stall or a swap.
    max_bytes: int = 50_000_000
    max_pages: int = 500
    max_line_chars: int = 2_000_000


DEFAULT = Options()
