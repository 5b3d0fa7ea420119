"""The archive ``batch.py`` converts: fixture notices, varied so that no two are the same.

Members are drawn round-robin (in a seeded shuffled order) from the text notices of ``fixtures/gold*``,
``fixtures/examples`` and ``fixtures/real``, the HTML pages of ``fixtures/html`` and
``fixtures/gold*``, and a small share of PDFs drawn from gold notices by ``tests/pdfgen``
(``fixtures/pdf`` holds only damaged files): ten of them, cycled, so that an archive of
1,000 members holds every kind of file one of 5,000 does (a worker's peak memory is
that of the largest file it parses). Every member is varied by its index ``n``: the
last four digits of its reference (as the parser reads it from the original) become
``n``, the days of its dates and the cents of its amounts change, and a line with a
unique token is added, so that no two members are byte-identical and re-post linking
(same reference and organisation, or same section text) finds nothing to link.
"""

from __future__ import annotations

import random
import re
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
PDF_SHARE = 0.02
PDF_SOURCES = 10

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
_DAY_MONTH = re.compile(rf"\b([0-3]?\d)(?=(?:st|nd|rd|th|er)?\s+(?:{_MONTHS})\b)", re.IGNORECASE)
_ISO_DAY = re.compile(r"\b(20\d\d-[01]\d-)([0-3]\d)\b")
_DIGITS = re.compile(r"\d+")
_TYPOGRAPHY = frozenset("\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac")
_CENTS = re.compile(r"(\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+[.,])(\d{2})\b")


@dataclass(frozen=True, slots=True)
class Source:
    """One fixture notice: its text (and the encoding of its file), its suffix and the
    reference the parser finds in it."""

    name: str
    text: str
    encoding: str
    suffix: str
    reference: str | None


def sources() -> tuple[list[Source], list[Source]]:
    """(text and HTML notices, gold text notices to draw as PDFs), in a fixed order."""
    texts = [
        *sorted(FIXTURES.glob("gold*/*.txt")),
        *sorted(FIXTURES.glob("examples/*.txt")),
        *sorted(FIXTURES.glob("real/*.txt")),
        *sorted(FIXTURES.glob("html/*.html")),
        *sorted(FIXTURES.glob("gold*/*.html")),
    ]
    everything = [_source(path) for path in texts]
    for_pdf = [
        s for s in everything if s.suffix == ".txt" and s.name.startswith("gold") and _drawable(s)
    ]
    return everything, sorted(random.Random(9).sample(for_pdf, PDF_SOURCES), key=for_pdf.index)


def _source(path: Path) -> Source:
    from vacancy_parser import parse

    reference = parse(path).flat.reference
    name = str(path.relative_to(FIXTURES))
    data = path.read_bytes()
    for encoding in ("utf-8", "cp1252"):  # fixtures/html/portal_cp1252.html is the other
        try:
            return Source(name, data.decode(encoding), encoding, path.suffix, reference)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{path}: neither UTF-8 nor cp1252")


def _new_reference(reference: str, n: int) -> str:
    """``reference`` with the last four of its last run of digits set to ``n`` (unique
    within an archive of up to 10,000 members), keeping its shape: the parser reads only
    references of the usual shapes (six digits, ``XX-25-043``)."""
    runs = list(_DIGITS.finditer(reference))
    if not runs:
        return f"{reference}{n:04d}"
    run = runs[-1]
    digits = f"{run.group()[:-4]}{n % 10000:04d}"  # a shorter run is replaced whole
    return f"{reference[: run.start()]}{digits}{reference[run.end() :]}"


def _drawable(source: Source) -> bool:
    """Whether the committed font subset of ``tests/pdfgen`` has every character's glyph."""
    return all(ord(c) < 0x250 or c in _TYPOGRAPHY for c in source.text)


def vary(source: Source, n: int) -> str:
    """``source``'s text made unique by the member index ``n``."""
    text = source.text
    if source.reference:
        text = text.replace(source.reference, _new_reference(source.reference, n))
    text = _DAY_MONTH.sub(lambda m: str((int(m.group(1)) + n) % 28 + 1), text)
    text = _ISO_DAY.sub(lambda m: f"{m.group(1)}{(int(m.group(2)) + n) % 28 + 1:02d}", text)
    text = _CENTS.sub(lambda m: f"{m.group(1)}{n % 100:02d}", text)
    token = f"Benchmark batch token: vp-batch-{n:05d}-{source.name}"
    if source.suffix == ".html" and "</body>" in text:
        return text.replace("</body>", f"<p>{token}</p>\n</body>", 1)
    return f"{text.rstrip()}\n\n{token}\n"


def _pdf(source: Source, n: int) -> bytes | None:
    sys.path.insert(0, str(ROOT))
    from tests import pdfgen

    try:
        data, _ = pdfgen.single_column(vary(source, n))
    except Exception:  # a glyph the committed font subset lacks: draw another notice
        return None
    return data


def build(path: Path, members: int, seed: int = 20240101) -> dict[str, int]:
    """Write a zip of ``members`` varied notices at ``path``; the count of each suffix."""
    everything, for_pdf = sources()
    rng = random.Random(seed)
    rng.shuffle(everything)  # every kind of file early, for the small archive too
    pdf_at = set(rng.sample(range(members), max(1, round(members * PDF_SHARE))))
    counts: dict[str, int] = {}
    texts = iter(_cycle(everything))
    pdfs = iter(_cycle(for_pdf))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for n in range(members):
            data, source = _member(n, n in pdf_at, texts, pdfs)
            stem = Path(source.name).stem
            suffix = ".pdf" if n in pdf_at else source.suffix
            archive.writestr(f"notices/{n // 1000:02d}/{n:05d}_{stem}{suffix}", data)
            counts[suffix] = counts.get(suffix, 0) + 1
    return counts


def _member(
    n: int, as_pdf: bool, texts: Iterator[Source], pdfs: Iterator[Source]
) -> tuple[bytes, Source]:
    while as_pdf:
        source = next(pdfs)
        data = _pdf(source, n)
        if data is not None:
            return data, source
    source = next(texts)
    return vary(source, n).encode(source.encoding, errors="replace"), source


def _cycle(items: list[Source]) -> Iterator[Source]:
    while True:
        yield from items
