"""Notice PDFs drawn from notice text, for the PDF tests and the benchmark.

The layouts are the ones met in archives: one column under a running header,
a classification marking and page numbers; English and French side by side,
section by section, drawn row by row (the drawing order that makes plain
extractors glue an English and a French line together); one language flowing
through two narrow, justified and hyphenated columns. Each layout returns the
PDF and the exact text it drew, so a test can parse both and compare.
Deterministic: the fonts are committed (tests/data) and the dates fixed.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

from fpdf import FPDF

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "examples"
WIDTH, HEIGHT = 595.28, 841.89
MARGIN = 56.0
TOP, BOTTOM = 72.0, HEIGHT - 64.0
GUTTER = 18.0
EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

_LABEL = re.compile(r"([^:\t]{2,40}?:)[ ](\S.{0,60})")
_SECTION = re.compile(r"\d{1,2}\.\s+\w")


@dataclass(frozen=True)
class Furniture:
    """What every page carries besides the notice; ``{n}`` is the page, ``{nb}`` their number."""

    top: str | None = "NATO UNCLASSIFIED"
    running: str | None = None
    bottom: str | None = "Page {n} of {nb}"


PLAIN = Furniture(top=None, running=None, bottom=None)
DASHES = Furniture(top=None, running=None, bottom="- {n} -")


class _Pdf(FPDF):
    def __init__(self, furniture: Furniture, size: float) -> None:
        super().__init__(unit="pt", format="A4")
        self.furniture = furniture
        self.body_size = size
        self.leading = round(size * 1.25, 2)
        self.add_font("Sans", "", DATA / "DejaVuSans-subset.ttf")
        self.add_font("Sans", "B", DATA / "DejaVuSans-Bold-subset.ttf")
        self.set_creation_date(EPOCH)
        self.set_auto_page_break(False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.alias_nb_pages("{nb}")
        self.set_font("Sans", size=size)

    def _furniture_line(self, y: float, text: str, align: str) -> None:
        self.set_font("Sans", size=8)
        self.set_xy(MARGIN, y)
        self.cell(WIDTH - 2 * MARGIN, 10, text, align=align)
        self.set_font("Sans", size=self.body_size)

    def header(self) -> None:
        if self.furniture.top:
            self._furniture_line(24, self.furniture.top, "C")
        if self.furniture.running:
            self._furniture_line(40, self.furniture.running, "L")
        self.set_xy(MARGIN, TOP)

    def footer(self) -> None:
        if self.furniture.bottom:
            text = self.furniture.bottom.replace("{n}", str(self.page_no()))
            self._furniture_line(HEIGHT - 40, text, "C")

    def draw(self, x: float, y: float, width: float, text: str, justify: bool) -> None:
        """One line: a justified one word by word (as many producers draw them), a short
        ``Label: value`` line with its label in bold, tabs as tab stops."""
        self.set_xy(x, y)
        if "\t" in text:
            stop = x
            for part in text.split("\t"):
                if part:
                    self.set_xy(stop, y)
                    self.cell(self.get_string_width(part), self.leading, part)
                stop = max(stop + 36, self.get_x() + 12)
            return
        label = _LABEL.fullmatch(text)
        if (
            label
            and not justify
            and self._label_width(label[1]) + self.get_string_width(" " + label[2]) <= width
        ):
            self.set_font("Sans", "B", self.body_size)
            label_width = self.get_string_width(label[1])
            self.cell(label_width, self.leading, label[1])
            self.set_font("Sans", "", self.body_size)
            self.set_xy(x + label_width + self.get_string_width(" "), y)
            self.cell(self.get_string_width(label[2]), self.leading, label[2])
            return
        if not justify:
            self.cell(width, self.leading, text)
            return
        words = text.split()
        if len(words) < 2:
            self.cell(width, self.leading, text)
            return
        spare = width - sum(self.get_string_width(w) for w in words)
        gap = spare / (len(words) - 1)
        for word in words:
            self.set_xy(x, y)
            self.cell(self.get_string_width(word), self.leading, word)
            x += self.get_string_width(word) + gap

    def _label_width(self, label: str) -> float:
        self.set_font("Sans", "B", self.body_size)
        width = self.get_string_width(label)
        self.set_font("Sans", "", self.body_size)
        return width

    def wrap(self, text: str, width: float, hyphenate: bool) -> list[str]:
        """Greedy line filling; with ``hyphenate``, a word that does not fit is cut."""
        words = text.split()
        lines: list[str] = []
        line = ""
        i = 0
        while i < len(words):
            word = words[i]
            candidate = f"{line} {word}" if line else word
            if self.get_string_width(candidate) <= width:
                line, i = candidate, i + 1
                continue
            cut = self._cut(line, word, width) if hyphenate else None
            if cut is not None:
                lines.append(f"{line} {cut[0]}" if line else cut[0])
                line, words[i] = "", cut[1]
                continue
            if not line:
                lines.append(word)
                i += 1
                continue
            lines.append(line)
            line = ""
        if line:
            lines.append(line)
        return lines

    def _cut(self, line: str, word: str, width: float) -> tuple[str, str] | None:
        """The longest head of ``word`` that fits: after one of its hyphens, or between letters."""
        prefix = f"{line} " if line else ""
        for k in range(len(word) - 1, 0, -1):
            if word[k - 1] == "-":
                head = word[:k]
            elif "/" in word or "@" in word:
                continue  # addresses are cut at their own hyphens only
            elif k >= 3 and len(word) - k >= 3 and word[k - 3 : k + 3].isalpha():
                if not word[k - 3 : k + 3].islower():
                    continue
                head = word[:k] + "-"
            else:
                continue
            if self.get_string_width(prefix + head) <= width:
                return head, word[k:]
        return None


def _paragraphs(lines: Iterable[str]) -> Iterator[str | None]:
    """Each source line is a paragraph; a run of blank lines is one gap (``None``)."""
    blank = True
    for line in lines:
        if line.strip():
            blank = False
            yield line.rstrip()
        elif not blank:
            blank = True
            yield None


class _Flow:
    """Lines flowing down one or more columns and on to new pages."""

    def __init__(self, pdf: _Pdf, columns: list[tuple[float, float]], hyphenate: bool) -> None:
        self.pdf = pdf
        self.columns = columns
        self.hyphenate = hyphenate
        self.column = 0
        self.y = TOP
        self.drawn: list[str] = []

    def _advance(self) -> None:
        if self.y + self.pdf.leading <= BOTTOM:
            return
        if self.column + 1 < len(self.columns):
            self.column += 1
        else:
            self.pdf.add_page()
            self.column = 0
        self.y = TOP

    def write(self, lines: Iterable[str]) -> None:
        x, width = self.columns[self.column]
        for para in _paragraphs(lines):
            if para is None:
                self.drawn.append("")
                if self.y > TOP:
                    self.y += self.pdf.leading * 0.6
                continue
            self.drawn.append(para)
            wrapped = [para] if "\t" in para else self.pdf.wrap(para, width, self.hyphenate)
            for i, line in enumerate(wrapped):
                self._advance()
                x, width = self.columns[self.column]
                self.pdf.draw(x, self.y, width, line, justify=i < len(wrapped) - 1)
                self.y += self.pdf.leading


def _text(drawn: list[str]) -> str:
    return "\n".join(drawn) + "\n"


def single_column(
    text: str,
    *,
    furniture: Furniture = Furniture(),
    size: float = 10.0,
    password: str | None = None,
) -> tuple[bytes, str]:
    """One column, paragraphs wrapped and justified by fpdf2 itself (one text object a line,
    as word processors write them); returns the PDF and the text it drew. With
    ``password`` the file is encrypted with it as the user password."""
    pdf = _Pdf(furniture, size)
    if password is not None:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.set_auto_page_break(True, HEIGHT - BOTTOM)
    pdf.add_page()
    width = WIDTH - 2 * MARGIN
    drawn: list[str] = []
    for para in _paragraphs(text.splitlines()):
        if para is None:
            drawn.append("")
            if pdf.get_y() > TOP:
                pdf.ln(pdf.leading * 0.6)
            continue
        drawn.append(para)
        if "\t" in para or (_LABEL.fullmatch(para) and pdf.get_string_width(para) < width):
            if pdf.get_y() + pdf.leading > BOTTOM:
                pdf.add_page()
            pdf.draw(MARGIN, pdf.get_y(), width, para, justify=False)
            pdf.set_xy(MARGIN, pdf.get_y() + pdf.leading)
            continue
        pdf.multi_cell(width, pdf.leading, para, align="J", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output()), _text(drawn)


def two_columns(
    text: str, *, furniture: Furniture = DASHES, size: float = 9.0, hyphenate: bool = True
) -> tuple[bytes, str]:
    """One language flowing down a left then a right narrow column, page after page."""
    pdf = _Pdf(furniture, size)
    pdf.add_page()
    width = (WIDTH - 2 * MARGIN - GUTTER) / 2
    flow = _Flow(pdf, [(MARGIN, width), (MARGIN + width + GUTTER, width)], hyphenate)
    flow.write(text.splitlines())
    return bytes(pdf.output()), _text(flow.drawn)


def _sections(lines: list[str]) -> list[list[str]]:
    """The lines before the first numbered heading, then one block per numbered section."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if _SECTION.match(line):
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def side_by_side(
    head: str,
    english: str,
    french: str,
    *,
    furniture: Furniture = DASHES,
    size: float = 9.0,
    cover: bool = False,
    hyphenate: bool = False,
) -> tuple[bytes, str]:
    """``head`` across the page (on a cover page of its own with ``cover``), then English
    left and French right, each section pair starting on the same row.

    Rows are drawn left line, right line, left line...; the text returned is
    ``head``, the English, then the French, which is what a reader must rebuild.
    """
    pdf = _Pdf(furniture, size)
    pdf.add_page()
    full = _Flow(pdf, [(MARGIN, WIDTH - 2 * MARGIN)], hyphenate=False)
    full.write(head.splitlines())
    y = full.y + pdf.leading
    if cover:
        pdf.add_page()
        y = TOP
    width = (WIDTH - 2 * MARGIN - GUTTER) / 2
    left_x, right_x = MARGIN, MARGIN + width + GUTTER
    en_blocks = _sections(english.splitlines())
    fr_blocks = _sections(french.splitlines())
    for en_block, fr_block in zip_longest(en_blocks, fr_blocks, fillvalue=[]):
        left = _wrapped_rows(pdf, en_block, width, hyphenate)
        right = _wrapped_rows(pdf, fr_block, width, hyphenate)
        for row_left, row_right in zip_longest(left, right):
            if y + pdf.leading > BOTTOM:
                pdf.add_page()
                y = TOP
            if row_left is not None and row_left[0]:
                pdf.draw(left_x, y, width, row_left[0], row_left[1])
            if row_right is not None and row_right[0]:
                pdf.draw(right_x, y, width, row_right[0], row_right[1])
            y += pdf.leading
        y += pdf.leading
    return bytes(pdf.output()), _text(full.drawn) + english + french


def _wrapped_rows(
    pdf: _Pdf, lines: list[str], width: float, hyphenate: bool
) -> list[tuple[str, bool]]:
    """A column's rows: ``(line, justified)``; a paragraph gap is an empty row."""
    rows: list[tuple[str, bool]] = []
    for para in _paragraphs(lines):
        if para is None:
            rows.append(("", False))
            continue
        wrapped = [para] if "\t" in para else pdf.wrap(para, width, hyphenate)
        rows.extend((line, i < len(wrapped) - 1) for i, line in enumerate(wrapped))
    return rows


def seed_text(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def split_bilingual(text: str, french_title: str) -> tuple[str, str, str]:
    """A bilingual notice as (masthead lines, English half, French half)."""
    french_at = text.index(french_title)
    english_at = text.index("\n", text.index("VACANCY NOTIFICATION")) + 1
    return text[:english_at], text[english_at:french_at], text[french_at:]


SEED003_FRENCH_TITLE = "Chef de la Section Soutien"


def long_notice(pages: int = 100) -> tuple[bytes, str]:
    """Seed 003 in one column, its English half padded with its own closing paragraphs
    (shuffled, seeded) until the whole file has ``pages`` pages."""
    text = seed_text("seed003.txt")
    french_at = text.index(SEED003_FRENCH_TITLE)
    english, french = text[:french_at], text[french_at:]
    closing = english[english.index("8. ADDITIONAL INFORMATION") :].splitlines()[1:]
    sentences = [s for line in closing for s in re.split(r"(?<=\.) ", line) if s.strip()]
    probe = _Pdf(Furniture(), 10.0)
    probe.add_page()
    _Flow(probe, [(MARGIN, WIDTH - 2 * MARGIN)], False).write(french.splitlines())
    french_pages = probe.page_no()
    pdf = _Pdf(Furniture(running="Vacancy 241656"), 10.0)
    pdf.add_page()
    flow = _Flow(pdf, [(MARGIN, WIDTH - 2 * MARGIN)], False)
    flow.write(english.splitlines())
    rng = random.Random(pages)
    while pdf.page_no() < pages - french_pages:
        flow.write([" ".join(rng.sample(sentences, 4)), ""])
    pdf.add_page()
    flow.y = TOP
    flow.write(french.splitlines())
    return bytes(pdf.output()), _text(flow.drawn)
