"""PDF input: an engine reads each page's pieces of text and their boxes;
:mod:`._pdflayout` makes the notice text of them, with the page and box of every piece.

Two engines, chosen by ``Options.pdf_engine``, give the same pieces and so the
same fields. ``pdfium`` (pypdfium2, the default) takes a page's lines from
pdfium's own text extraction, each boxed by its first and last character, and
reads text objects one by one only on pages where pdfium would glue side-by-side
columns together: ~2.2 ms a page in all, against ~1.1 ms for the extraction
alone (benchmarks/parse_pdf.py). ``pdfplumber`` reads word by word with exact
boxes, ~60 ms a page. Heavy modules are imported on first use; pages are closed
as soon as they are read, so memory stays flat over long files.

A file that cannot be read at all raises :class:`InputError` saying why;
pages without a text layer, or that fail to read, become warnings on the
document (issue codes below) and the rest is read.
"""

from __future__ import annotations

import ctypes
import io
import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from ..config import Options
from ..document import Document
from ..errors import InputError
from ._pdflayout import GUTTER_RANGE, PHRASE_GAP, Fragment, Page, arrange, clean

# Issue codes of the warnings this source puts on a document (see checks/source.py).
NO_TEXT_LAYER = "pdf_no_text_layer"
PAGE_UNREADABLE = "pdf_page_unreadable"

# A line's box from its baseline, in units of the font size (typical ascent and descent).
_ASCENT, _DESCENT = 0.77, 0.23
# pdfplumber: pieces of a word closer than this (points) are one word.
_WORD_GAP = 1.5

# pdfium's lines: a line break ends one, and so does a line-end hyphen (U+FFFE),
# after which pdfium drops the break.
_PDFIUM_LINE = re.compile("[^\r\n\ufffe]+\ufffe?|\ufffe")

Transform = tuple[float, float, float, float, float, float]


def load(data: bytes, where: str, name: str | None, options: Options) -> Document:
    try:
        pages = _ENGINES[options.pdf_engine](data, where, options.max_pages)
    except InputError:
        raise
    except Exception:  # the PDF libraries raise anything at all on a damaged file
        raise _damaged(where) from None
    warnings = _check_pages(pages, where)
    text, placements = arrange(pages)
    doc = Document.from_text(text, name)
    doc.place(placements)
    doc.warnings = warnings
    return doc


def _encrypted(where: str) -> InputError:
    return InputError(
        where,
        "is encrypted with a password",
        "decrypt it first, e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf",
    )


def _damaged(where: str) -> InputError:
    return InputError(
        where,
        "is not a readable PDF (damaged or truncated)",
        "download it again, or re-save it from a PDF viewer",
    )


def _check_pages(pages: list[Page], where: str) -> list[tuple[str, str]]:
    """Warnings for pages without text; an error when no page has any."""
    if not pages:
        raise InputError(where, "has no pages", "check that it is the notice")
    unreadable = [p.number for p in pages if p.unreadable]
    blank = [p.number for p in pages if not p.unreadable and not any(f.text for f in p.fragments)]
    scanned = [n for n in blank if pages[n - 1].images]
    if len(blank) + len(unreadable) == len(pages):
        if scanned:
            raise InputError(
                where,
                "has no text layer (its pages are images)",
                "run OCR on it first, e.g. ocrmypdf in.pdf out.pdf",
            )
        if unreadable:
            raise _damaged(where)
        raise InputError(where, "has no text", "check that it is the notice")
    warnings: list[tuple[str, str]] = []
    if scanned:
        warnings.append(
            (
                NO_TEXT_LAYER,
                f"no text layer on {_pages(scanned)} (scanned images?); "
                "their text is not in the record: run OCR on the file to read it",
            )
        )
    if unreadable:
        warnings.append(
            (PAGE_UNREADABLE, f"could not read {_pages(unreadable)}: the record lacks that text")
        )
    return warnings


def _pages(numbers: list[int]) -> str:
    """``page 3``, ``pages 3–5``, ``pages 1, 3–5``."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(parts)


def _fragment(
    text: str, x0: float, top: float, x1: float, bottom: float, fragments: list[Fragment]
) -> None:
    cleaned, lead, trail = clean(text)
    if cleaned:
        fragments.append(Fragment(cleaned, x0, top, x1, bottom, lead, trail))


# --- pdfium -------------------------------------------------------------------------


def _pdfium(data: bytes, where: str, max_pages: int) -> list[Page]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise _encrypted(where) from None
        # No fallback to pdfminer: on files pdfium rejects it was seen to grow past
        # 20 GB. A file pdfium cannot open is reported as empty or damaged.
        if _NO_PAGES.search(data):
            raise InputError(where, "has no pages", "check that it is the notice") from None
        raise _damaged(where) from None
    try:
        _check_pages_count(len(pdf), where, max_pages)
        reader = _PdfiumReader(pdfium)
        return [reader.page(pdf, index) for index in range(len(pdf))]
    finally:
        pdf.close()


# A page tree that counts no page ("/Type /Pages /Kids [] /Count 0").
_NO_PAGES = re.compile(rb"/Count\s+0\b")


def _check_pages_count(count: int, where: str, max_pages: int) -> None:
    """Refuse before reading a page: a forged page count must not make us walk it."""
    if count > max_pages:
        raise InputError(
            where,
            f"has {count:,} pages, over the limit of {max_pages:,}",
            "split it, or raise Options(max_pages=...)",
            error="too_large",
        )


class _PdfiumReader:
    """Text objects of a page (inside forms too) as fragments, through pdfium's C API.

    About one text object a line or a word; the calls and buffers are set up once.
    """

    def __init__(self, pdfium: Any) -> None:
        raw = pdfium.raw
        self.pdfium = pdfium
        self.raw = raw
        self._grow(4096)
        self.edges = [ctypes.c_float() for _ in range(4)]
        self.edge_refs = [ctypes.byref(e) for e in self.edges]
        self.matrix = raw.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.size = ctypes.c_float()
        self.size_ref = ctypes.byref(self.size)
        self.rect = raw.FS_RECTF()
        self.rect_ref = ctypes.byref(self.rect)
        self.origin = (ctypes.c_double(), ctypes.c_double())
        self.origin_refs = [ctypes.byref(v) for v in self.origin]

    def _grow(self, capacity: int) -> None:
        self.capacity = capacity
        self.buffer = ctypes.create_string_buffer(capacity)
        self.pointer = ctypes.cast(self.buffer, ctypes.POINTER(self.raw.FPDF_WCHAR))

    def page(self, pdf: Any, index: int) -> Page:
        try:
            page = pdf[index]
        except self.pdfium.PdfiumError:
            return Page(index + 1, 0.0, 0.0, [], unreadable=True)
        try:
            # The page's effective box (inherited MediaBox, CropBox); get_mediabox()
            # does not follow inheritance.
            left, bottom, right, top = page.get_bbox()
            textpage = page.get_textpage()
            try:
                fragments = self._lines(textpage, left, top, right - left)
                images = 0
                if fragments is None:
                    fragments = []
                    images = self._objects(page.raw, textpage.raw, None, left, top, fragments)
                elif not fragments:
                    images = self._objects(page.raw, textpage.raw, None, left, top, [])
            finally:
                textpage.close()
            return Page(index + 1, right - left, top - bottom, fragments, images)
        except self.pdfium.PdfiumError:
            return Page(index + 1, 0.0, 0.0, [], unreadable=True)
        finally:
            page.close()

    def _lines(self, textpage: Any, left: float, top: float, width: float) -> list[Fragment] | None:
        """The page's lines as pdfium's text extraction gives them, each boxed by its first
        and last character: the fast path, for pages where pdfium's lines are the page's.

        ``None`` where they may not be: pieces of one baseline far apart across the
        middle of the page (side-by-side columns, which pdfium glues into one line),
        rotated text, or text not one character per index.
        """
        raw = self.raw
        tp = textpage.raw
        text = textpage.get_text_range()
        if len(text) != raw.FPDFText_CountChars(tp):
            return None
        if not text.strip():
            return []
        rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
        if _glued(rects, left + width * GUTTER_RANGE[0], left + width * GUTTER_RANGE[1]):
            return None
        box, ref = self.rect, self.rect_ref
        y = self.origin[1]
        loose, origin, size = (
            raw.FPDFText_GetLooseCharBox,
            raw.FPDFText_GetCharOrigin,
            raw.FPDFText_GetFontSize,
        )
        fragments: list[Fragment] = []
        for m in _PDFIUM_LINE.finditer(text):
            line = m.group()
            first = m.start() + len(line) - len(line.lstrip())
            last = m.start() + len(line.rstrip()) - 1
            if last < first:
                continue
            loose(tp, first, ref)
            x0 = box.left
            loose(tp, last, ref)
            origin(tp, first, *self.origin_refs)
            em = size(tp, first)
            baseline = top - y.value
            _fragment(
                text[first : last + 1],
                x0 - left,
                baseline - _ASCENT * em,
                box.right - left,
                baseline + _DESCENT * em,
                fragments,
            )
        return fragments

    def _objects(
        self,
        parent: Any,
        textpage: Any,
        form: Transform | None,
        left: float,
        top: float,
        fragments: list[Fragment],
    ) -> int:
        """Add the text objects of a page, or of a form placed by ``form``, to ``fragments``;
        return how many images there are."""
        raw = self.raw
        if form is None:
            count, get = raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject
        else:
            count, get = raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject
        kind_of = raw.FPDFPageObj_GetType
        text_kind, image_kind, form_kind = (
            raw.FPDF_PAGEOBJ_TEXT,
            raw.FPDF_PAGEOBJ_IMAGE,
            raw.FPDF_PAGEOBJ_FORM,
        )
        images = 0
        for k in range(count(parent)):
            obj = get(parent, k)
            kind = kind_of(obj)
            if kind == text_kind:
                self._text(obj, textpage, form, left, top, fragments)
            elif kind == image_kind:
                images += 1
            elif kind == form_kind:
                raw.FPDFPageObj_GetMatrix(obj, self.matrix_ref)
                m = self.matrix
                inner: Transform = (m.a, m.b, m.c, m.d, m.e, m.f)
                placed = inner if form is None else _compose(inner, form)
                images += self._objects(obj, textpage, placed, left, top, fragments)
        return images

    def _text(
        self,
        obj: Any,
        textpage: Any,
        form: Transform | None,
        left: float,
        top: float,
        fragments: list[Fragment],
    ) -> None:
        raw = self.raw
        size = raw.FPDFTextObj_GetText(obj, textpage, self.pointer, self.capacity)
        if size > self.capacity:
            self._grow(size)
            size = raw.FPDFTextObj_GetText(obj, textpage, self.pointer, self.capacity)
        if size <= 2:
            return
        text = ctypes.string_at(self.buffer, size - 2).decode("utf-16-le", "replace")
        raw.FPDFPageObj_GetMatrix(obj, self.matrix_ref)
        m = self.matrix
        a, b, c, d, f = m.a, m.b, m.c, m.d, m.f
        if form is not None:
            a, b, c, d, _, f = _compose((a, b, c, d, m.e, f), form)
        if a <= 0 or d <= 0 or abs(b) > 0.1 * a or abs(c) > 0.1 * d:
            return  # rotated or mirrored: margin notes, stamps
        raw.FPDFPageObj_GetBounds(obj, *self.edge_refs)
        x0, y0, x1, y1 = (e.value for e in self.edges)
        if form is not None:
            (x0, y0), (x1, y1) = _apply(form, x0, y0), _apply(form, x1, y1)
        raw.FPDFTextObj_GetFontSize(obj, self.size_ref)
        em = self.size.value * d
        baseline = top - f
        if em > 0:
            y_top, y_bottom = baseline - _ASCENT * em, baseline + _DESCENT * em
        else:
            y_top, y_bottom = top - y1, top - y0
        _fragment(text, x0 - left, y_top, x1 - left, y_bottom, fragments)


def _glued(rects: list[tuple[float, float, float, float]], lo: float, hi: float) -> bool:
    """Whether pieces of text on one baseline stand a wide gap apart across ``lo``–``hi``
    (rects are pdfium's ``(left, bottom, right, top)``), or a piece is rotated."""
    rows: list[list[tuple[float, float, float, float]]] = []
    for rect in sorted(rects, key=lambda r: -r[3]):
        x0, y0, x1, y1 = rect
        if y1 - y0 > 2 * (x1 - x0) and y1 - y0 > 24:
            return True
        if rows:
            _, row_bottom, _, row_top = rows[-1][0]
            if min(row_top, y1) - max(row_bottom, y0) >= 0.5 * min(row_top - row_bottom, y1 - y0):
                rows[-1].append(rect)
                continue
        rows.append([rect])
    for row in rows:
        row.sort()
        height = max(r[3] - r[1] for r in row)
        for before, after in pairwise(row):
            gap_from, gap_to = before[2], after[0]
            if gap_to - gap_from > PHRASE_GAP * height and gap_from < hi and gap_to > lo:
                return True
    return False


def _compose(inner: Transform, outer: Transform) -> Transform:
    """``inner`` then ``outer``, as PDF matrices ``[a b c d e f]``."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _apply(t: Transform, x: float, y: float) -> tuple[float, float]:
    return t[0] * x + t[2] * y + t[4], t[1] * x + t[3] * y + t[5]


# --- pdfplumber ---------------------------------------------------------------------


def _pdfplumber(data: bytes, where: str, max_pages: int) -> list[Page]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    def refused(exc: Exception) -> InputError:
        cause = exc.args[0] if exc.args else exc
        return _encrypted(where) if isinstance(cause, PDFPasswordIncorrect) else _damaged(where)

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises anything on a damaged file
        raise refused(exc) from None
    pages: list[Page] = []
    with pdf:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:
            raise refused(exc) from None
        _check_pages_count(len(plumber_pages), where, max_pages)
        for number, page in enumerate(plumber_pages, 1):
            try:
                words = page.extract_words(x_tolerance=_WORD_GAP, use_text_flow=False)
                fragments: list[Fragment] = []
                for w in words:
                    if w["upright"]:
                        _fragment(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], fragments)
                pages.append(
                    Page(number, float(page.width), float(page.height), fragments, len(page.images))
                )
            except Exception:  # one damaged page does not stop the others
                pages.append(Page(number, 0.0, 0.0, [], unreadable=True))
            finally:
                page.close()
    return pages


_ENGINES: dict[str, Callable[[bytes, str, int], list[Page]]] = {
    "pdfium": _pdfium,
    "pdfplumber": _pdfplumber,
}
