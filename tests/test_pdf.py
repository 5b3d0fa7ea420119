"""PDF input: every layout reads back to the flat record of the text it was drawn from,
with both engines; every value points at its page and box; bad PDFs give a clear
error or an issue, and a batch goes on."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vacancy_parser import InputError, parse
from vacancy_parser.cli import main
from vacancy_parser.config import Options, PdfEngine
from vacancy_parser.sources import pdf as pdf_source
from vacancy_parser.sources._pdflayout import Fragment, Page, arrange, clean

from . import pdfgen
from .conftest import FIXTURES

ENGINES: tuple[PdfEngine, ...] = ("pdfium", "pdfplumber")
BAD = FIXTURES / "pdf" / "bad"
SEED003 = pdfgen.seed_text("seed003.txt")
SEED004 = pdfgen.seed_text("seed004.txt")
HEAD, ENGLISH, FRENCH = pdfgen.split_bilingual(SEED003, pdfgen.SEED003_FRENCH_TITLE)
RUNNING = pdfgen.Furniture(running="Vacancy 241656 - Head, Divisional Support Section")


def _forms() -> tuple[bytes, str]:
    """Side-by-side pages placed, scaled, as form XObjects (as imposition tools do)."""
    data, text = pdfgen.side_by_side(HEAD, ENGLISH, FRENCH)
    source = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    for index in range(len(source)):
        form = source.page_as_xobject(index, out).as_pageobject()
        form.transform(pdfium.PdfMatrix().scale(0.8, 0.8).translate(40, 60))
        page = out.new_page(pdfgen.WIDTH, pdfgen.HEIGHT)
        page.insert_obj(form)
        page.gen_content()
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue(), text


# Layout -> (PDF, the text it drew).
LAYOUTS: dict[str, Callable[[], tuple[bytes, str]]] = {
    "seed003 one column, header and footer": lambda: pdfgen.single_column(
        SEED003, furniture=RUNNING
    ),
    "seed003 English | French": lambda: pdfgen.side_by_side(HEAD, ENGLISH, FRENCH),
    "seed003 cover page, then English | French, hyphenated": lambda: pdfgen.side_by_side(
        HEAD, ENGLISH, FRENCH, cover=True, hyphenate=True
    ),
    "seed003 English | French in forms": _forms,
    "seed004 (French only) one column": lambda: pdfgen.single_column(
        SEED004, furniture=pdfgen.DASHES
    ),
    "seed004 two narrow hyphenated columns": lambda: pdfgen.two_columns(SEED004),
    "seed003 over 100 pages": lambda: pdfgen.long_notice(100),
}


@cache
def layout(name: str) -> tuple[bytes, str]:
    return LAYOUTS[name]()


@cache
def flat_of_text(name: str) -> dict[str, Any]:
    return parse(layout(name)[1], name="notice.txt").flat.model_dump(exclude={"source"})


def read(data: bytes, engine: PdfEngine) -> Any:
    return parse(data, name="notice.pdf", options=Options(pdf_engine=engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_flat_record_is_the_texts(name: str, engine: PdfEngine) -> None:
    data, _ = layout(name)
    want = flat_of_text(name)
    got = read(data, engine).flat.model_dump(exclude={"source"})
    assert want["kind"] == "vacancy"
    differ = {key: (want[key], got[key]) for key in want if got[key] != want[key]}
    assert differ == {}, "field: (as text, as PDF)"


def test_the_long_file_has_100_pages() -> None:
    assert len(pdfium.PdfDocument(layout("seed003 over 100 pages")[0])) == 100


@pytest.mark.parametrize("engine", ENGINES)
def test_values_point_at_their_text_page_and_box(engine: PdfEngine) -> None:
    result = read(layout("seed003 one column, header and footer")[0], engine)
    located = [
        value
        for name in type(result.record).model_fields
        if hasattr(field := getattr(result.record, name), "located")
        for value in field.located()
    ]
    assert len(located) > 20
    for value in located:
        span = value.span
        assert result.text[span.start : span.end] == value.raw
        assert span.page is not None and span.bbox is not None
        x0, top, x1, bottom = span.bbox
        assert 0 <= x0 < x1 <= pdfgen.WIDTH and 0 <= top < bottom <= pdfgen.HEIGHT
    deadline = result.record.deadline
    assert deadline.en is not None and deadline.fr is not None
    assert deadline.en.span.page == 1 and deadline.fr.span.page > deadline.en.span.page


def test_engines_agree_on_boxes() -> None:
    data = layout("seed003 English | French")[0]
    spans = [read(data, engine).record.salary.fr for engine in ENGINES]
    assert all(s is not None for s in spans)
    a, b = (s.span for s in spans if s is not None)
    assert a.page == b.page and a.bbox is not None and b.bbox is not None
    assert all(abs(p - q) < 3 for p, q in zip(a.bbox, b.bbox, strict=True))


def test_text_input_has_no_page_or_box() -> None:
    span = parse(SEED003).record.deadline.en
    assert span is not None and span.span.page is None and span.span.bbox is None


@pytest.mark.parametrize("engine", ENGINES)
def test_page_furniture_is_gone(engine: PdfEngine) -> None:
    text = read(layout("seed003 one column, header and footer")[0], engine).text
    for furniture in ("NATO UNCLASSIFIED", "Page 2 of", "Vacancy 241656 - Head"):
        assert furniture not in text
    text = read(layout("seed004 two narrow hyphenated columns")[0], engine).text
    assert "- 2 -" not in text


@pytest.mark.parametrize("engine", ENGINES)
def test_side_by_side_reads_english_then_french(engine: PdfEngine) -> None:
    result = read(layout("seed003 cover page, then English | French, hyphenated")[0], engine)
    text = result.text
    masthead = "NATO NORTH ATLANTIC TREATY ORGANIZATION INTERNATIONAL STAFF"
    assert text.index(masthead) < text.index("Head, Divisional Support Section")
    assert text.index("8. ADDITIONAL INFORMATION") < text.index("Chef de la Section Soutien")
    assert text.index("Chef de la Section Soutien") < text.index("8. INFORMATIONS COMPL")
    assert result.record.layout == "en_fr"
    paired = [p for p in result.record.sections if p.en is not None and p.fr is not None]
    assert len(paired) >= 8


@pytest.mark.parametrize("engine", ENGINES)
def test_ligatures_are_normalised(engine: PdfEngine) -> None:
    text = "Eﬀective ﬁnance oﬃcer\n\nThe post is ﬂexible."
    result = read(pdfgen.single_column(text, furniture=pdfgen.PLAIN)[0], engine)
    assert "Effective finance officer" in result.text and "flexible" in result.text


# --- paragraphs and hyphens, on pages made by hand ------------------------------------

EDGE = 300.0


def _page(lines: list[tuple[str, bool]], number: int = 1) -> Page:
    """Lines 12 points apart; a full line reaches the right edge (a justified line)."""
    fragments = [
        Fragment(text, 50.0, 100.0 + 12 * i, EDGE if full else 50.0 + 5 * len(text), 110.0 + 12 * i)
        for i, (text, full) in enumerate(lines)
    ]
    return Page(number, 595.0, 842.0, fragments)


# The text of the other lines, then the line ending in a hyphen and the next one.
HYPHENS: list[tuple[str, str, str, str]] = [
    ("a word cut in two", "", "the responsi-", "bility of the post"),
    ("a cut word the document has whole", "responsibility", "the respon-", "sibility of"),
    ("a suspended hyphen", "", "inter-", "and intra-divisional work"),
    ("a name", "", "Belgium-", "Brussels is the place"),
    ("a compound the document spells", "high-quality work", "of high-", "quality products"),
    ("a compound of two words", "the quality of a high bar", "a high-", "quality product"),
    ("an address", "", "see www.nato.int/recruit-", "hq-e.htm for more"),
]
JOINED = [
    "the responsibility of the post",
    "the responsibility of",
    "inter- and intra-divisional work",
    "Belgium-Brussels is the place",
    "of high-quality products",
    "a high-quality product",
    "see www.nato.int/recruit-hq-e.htm for more",
]


@pytest.mark.parametrize(
    ("case", "joined"),
    list(zip(HYPHENS, JOINED, strict=True)),
    ids=[case[0] for case in HYPHENS],
)
def test_line_end_hyphens(case: tuple[str, str, str, str], joined: str) -> None:
    _, elsewhere, before, after = case
    filler = [("words to make the page justified and long enough here", True)] * 8
    lines = [*filler, (before, True), (after, False)]
    pages = [_page(lines)]
    if elsewhere:
        pages.append(_page([(elsewhere, False)], number=2))
    text, _ = arrange(pages)
    assert joined in text


def test_paragraph_broken_by_a_page_break_joins_and_drops_the_footer() -> None:
    first = _page([("the first page ends in the middle of a", True), ("- 1 -", False)])
    first.fragments[-1] = Fragment("- 1 -", 280.0, 800.0, 305.0, 810.0)
    second = _page([("sentence that goes on", False)], number=2)
    second.fragments.append(Fragment("- 2 -", 280.0, 800.0, 305.0, 810.0))
    text, placements = arrange([first, second])
    assert text == "the first page ends in the middle of a sentence that goes on\n"
    assert [p.page for p in placements] == [1, 2]


def test_a_footer_in_one_piece_or_two_goes() -> None:
    body = [("the only page of a short notice", False)]
    for footer in (
        [Fragment("NATO UNCLASSIFIED - 1 -", 200.0, 800.0, 400.0, 810.0)],
        [
            Fragment("NATO UNCLASSIFIED", 200.0, 800.0, 300.0, 810.0),
            Fragment("- 1 -", 380.0, 800.0, 400.0, 810.0),
        ],
    ):
        page = _page(body)
        page.fragments.extend(footer)
        assert arrange([page])[0] == "the only page of a short notice\n"


def test_unreadable_pages_are_an_issue_and_all_unreadable_an_error() -> None:
    text = [Fragment("a notice", 50.0, 100.0, 100.0, 110.0)]
    pages = [Page(1, 595.0, 842.0, text), Page(2, 0.0, 0.0, [], unreadable=True)]
    assert pdf_source._check_pages(pages, "x.pdf") == [
        (pdf_source.PAGE_UNREADABLE, "could not read page 2: the record lacks that text")
    ]
    with pytest.raises(InputError, match="not a readable PDF"):
        pdf_source._check_pages([Page(1, 0.0, 0.0, [], unreadable=True)], "x.pdf")


# --- bad PDFs ------------------------------------------------------------------------

ERRORS = {
    "encrypted_password.pdf": "encrypted with a password",
    "truncated.pdf": "not a readable PDF",
    "not_a_pdf.pdf": "not a readable PDF",
    "zero_pages.pdf": "has no pages",
    "scanned.pdf": "no text layer",
}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("name", "what"), list(ERRORS.items()))
def test_bad_pdf_gives_a_clear_error(name: str, what: str, engine: PdfEngine) -> None:
    path = BAD / name
    with pytest.raises(InputError) as caught:
        parse(path, options=Options(pdf_engine=engine))
    assert caught.value.where == str(path)
    assert what in caught.value.what
    assert caught.value.todo


@pytest.mark.parametrize("engine", ENGINES)
def test_empty_user_password_opens(engine: PdfEngine) -> None:
    result = parse(BAD / "encrypted_empty_password.pdf", options=Options(pdf_engine=engine))
    _, text = pdfgen.single_column(SEED004, furniture=pdfgen.DASHES)
    want = parse(text).flat.model_dump(exclude={"source"})
    assert result.flat.model_dump(exclude={"source"}) == want


@pytest.mark.parametrize("engine", ENGINES)
def test_pages_without_text_layer_are_an_issue(engine: PdfEngine) -> None:
    result = parse(BAD / "partly_scanned.pdf", options=Options(pdf_engine=engine))
    issues = [i for i in result.issues if i.code == pdf_source.NO_TEXT_LAYER]
    assert len(issues) == 1 and issues[0].severity == "warning"
    assert "pages 3–5" in issues[0].message
    assert result.flat.deadline == "2026-01-10"


def test_a_batch_goes_on_past_bad_pdfs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    status = main(["convert", str(BAD), "-o", str(out), "--format", "flat"])
    err = capsys.readouterr().err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert status == 1
    assert sorted(r["source"] for r in records) == [
        "encrypted_empty_password.pdf",
        "partly_scanned.pdf",
    ]
    assert "Traceback" not in err
    for name in ERRORS:
        assert name in err


def test_pdf_engine_flag_reaches_the_reader(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    used: list[str] = []
    for engine, reader in list(pdf_source._ENGINES.items()):
        monkeypatch.setitem(
            pdf_source._ENGINES,
            engine,
            lambda data, where, max_pages, engine=engine, reader=reader: (
                used.append(engine) or reader(data, where, max_pages)
            ),
        )
    path = str(BAD / "encrypted_empty_password.pdf")
    assert main(["parse", "--flat", "--pdf-engine", "pdfplumber", path]) == 0
    assert main(["parse", "--flat", path]) == 0
    assert used == ["pdfplumber", "pdfium"]
    capsys.readouterr()


def test_pdfplumber_closes_each_page_before_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber.page

    events: list[tuple[str, int]] = []
    close, words = pdfplumber.page.Page.close, pdfplumber.page.Page.extract_words

    def spy_close(self: Any) -> None:
        events.append(("close", self.page_number))
        close(self)

    def spy_words(self: Any, **kwargs: Any) -> Any:
        events.append(("read", self.page_number))
        return words(self, **kwargs)

    monkeypatch.setattr(pdfplumber.page.Page, "close", spy_close)
    monkeypatch.setattr(pdfplumber.page.Page, "extract_words", spy_words)
    data = layout("seed004 (French only) one column")[0]
    read(data, "pdfplumber")
    pages = len(pdfium.PdfDocument(data))
    assert events[: 2 * pages] == [(e, n) for n in range(1, pages + 1) for e in ("read", "close")]


# --- any page --------------------------------------------------------------------------

_pieces = st.builds(
    lambda text, x, y, w, h: Fragment(text, x, y, x + w, y + h),
    st.text(alphabet="abcAB -\ufffe\u00adﬁ1:.é", min_size=1, max_size=12),
    st.floats(0, 560),
    st.floats(0, 820),
    st.floats(0.5, 300),
    st.floats(2, 14),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_pieces, max_size=40), min_size=1, max_size=4))
def test_any_pages_arrange_into_placed_text(pages: list[list[Fragment]]) -> None:
    cleaned = [
        Page(
            n,
            595.0,
            842.0,
            [Fragment(c[0], f.x0, f.top, f.x1, f.bottom) for f in frags if (c := clean(f.text))[0]],
        )
        for n, frags in enumerate(pages, 1)
    ]
    text, placements = arrange(cleaned)
    previous_end = 0
    for placed in placements:
        assert previous_end <= placed.start < placed.end <= len(text)
        assert "\n" not in text[placed.start : placed.end]
        previous_end = placed.end
