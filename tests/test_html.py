"""HTML input: saved job and portal pages give the notice's text, its record and a way back.

The pages under fixtures/html each sit beside the same notice as text (or
seed003), so the HTML path is held to the text path: same flat record, no
board chrome in the text, spans that slice back, values that map back to their
element.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vacancy_parser import InputError, ParseResult, parse
from vacancy_parser.checks.jsonld import JSONLD_DIFFERS
from vacancy_parser.document import Document
from vacancy_parser.model import Bilingual
from vacancy_parser.sources import load
from vacancy_parser.sources._jsonld import job_posting
from vacancy_parser.sources._mojibake import repair
from vacancy_parser.sources.html import decode, element_at

from .conftest import FIXTURES

HTML = FIXTURES / "html"

# Each page and the same notice as plain text.
PAIRS = {
    "board_en_fr": FIXTURES / "examples" / "seed003.txt",
    "board_fr": HTML / "board_fr.txt",
    "portal_cp1252": HTML / "portal_cp1252.txt",
}

# Text of each page's furniture that must not reach the notice's text.
CHROME = {
    "board_en_fr": [
        "cookie",
        "Find jobs",
        "Salary guide",
        "Jobs in Belgium",
        "Share this job",
        "LinkedIn",
        "Similar jobs",
        "Policy Officer (Arms Control)",
        "Senior Executive Assistant",
        "All rights reserved",
        "dataLayer",
        "font-family",
        "@context",
        "Search",
    ],
    "board_fr": [
        "cookies",
        "Tout accepter",
        "Offres d'emploi",
        "Se connecter",
        "Accueil",
        "Postuler",
        "Partager",
        "Offres similaires",
        "Secrétaire bilingue",
        "Employeurs populaires",
        "Commission européenne",
        "Mentions légales",
        "_paq",
        "list-style",
    ],
    "portal_cp1252": [
        "About the Agency",
        "Civilian posts",
        "Internships",
        "Last updated",
        "initMenu",
    ],
}


def _flat(result: ParseResult) -> dict[str, Any]:
    flat = result.flat.model_dump()
    flat.pop("source")
    return flat


def _page(stem: str) -> Path:
    return HTML / f"{stem}.html"


@pytest.mark.parametrize("stem", sorted(PAIRS))
def test_page_gives_the_record_of_the_same_notice_as_text(stem: str) -> None:
    html = parse(_page(stem))
    text = parse(PAIRS[stem])
    assert html.record.kind == "vacancy"
    assert _flat(html) == _flat(text)
    assert html.flat.source == f"{stem}.html"


def test_html_given_as_a_string_takes_the_html_path() -> None:
    page = _page("board_fr").read_text(encoding="utf-8")
    assert _flat(parse(page, name="board_fr.html")) == _flat(parse(_page("board_fr")))


@pytest.mark.parametrize("stem", sorted(CHROME))
def test_page_chrome_is_dropped(stem: str) -> None:
    text = parse(_page(stem)).text
    for chrome in CHROME[stem]:
        assert chrome not in text, chrome


def test_title_and_summary_box_outside_the_description_are_kept() -> None:
    result = parse(_page("board_fr"))
    assert result.flat.title_fr == "Assistante/Assistant de programme (Section Cyberdéfense)"
    assert "- Date de retrait : 12-janv.-2026" in result.text.splitlines()
    assert result.record.deadline.fr is not None
    assert result.record.deadline.fr.raw == "12-janv.-2026"


def _located(result: ParseResult) -> list[tuple[str, Any]]:
    record = result.record
    found = []
    for name in type(record).model_fields:
        pair = getattr(record, name)
        if isinstance(pair, Bilingual):
            found += [(name, located) for located in pair.located()]
    return found


@pytest.mark.parametrize("stem", sorted(PAIRS))
def test_every_span_slices_back_to_its_raw(stem: str) -> None:
    result = parse(_page(stem))
    located = _located(result)
    assert len(located) >= 8
    for name, value in located:
        assert result.text[value.span.start : value.span.end] == value.raw, name
    for pair in result.record.sections:
        for section in (pair.en, pair.fr):
            if section is not None:
                span = section.heading_span
                assert result.text[span.start : span.end].strip() == section.heading


def _element(stem: str, path: str) -> Any:
    root = lxml.html.document_fromstring(_page(stem).read_bytes())
    (element,) = root.getroottree().xpath(path)
    return element


@pytest.mark.parametrize("stem", sorted(PAIRS))
def test_element_at_maps_each_value_to_the_element_holding_it(stem: str) -> None:
    result = parse(_page(stem))
    doc = load(_page(stem))
    for name, value in _located(result):
        path = element_at(doc, value.span.start)
        assert path is not None, name
        held = " ".join(_element(stem, path).text_content().split())
        assert " ".join(value.raw.split()) in held, (name, path)


def test_element_at_names_the_value_cell_of_a_label_row() -> None:
    doc = load(_page("board_en_fr"))
    result = parse(_page("board_en_fr"))
    deadline = result.record.deadline
    assert deadline.en is not None and deadline.fr is not None
    assert element_at(doc, deadline.en.span.start) == "/html/body/main/article/table[2]/tr[4]/td"
    assert element_at(doc, deadline.fr.span.start) == "/html/body/main/article/dl/dd[4]"
    title = result.record.title.en
    assert title is not None
    assert element_at(doc, title.span.start) == "/html/body/main/article/h1"


def test_element_at_outside_the_text_or_without_anchors_is_none() -> None:
    doc = load(_page("board_fr"))
    assert element_at(doc, -1) is None
    assert element_at(doc, len(doc.source_text)) is None
    assert element_at(Document.from_text("plain text"), 0) is None


def test_anchors_are_sorted_and_start_on_text() -> None:
    doc = load(_page("board_en_fr"))
    anchors = doc.metadata["anchors"]
    offsets = [offset for offset, _ in anchors]
    assert offsets == sorted(set(offsets))
    assert all(path.startswith("/html/body") for _, path in anchors)
    assert all(not doc.source_text[offset].isspace() for offset in offsets)


STRUCTURE = """<html><body>
<h1>Title  of
   the post</h1>
<p>First line<br>second line</p>
<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>
<ol start="3"><li>third</li><li>fourth</li></ol>
<table>
<tr><th>Grade</th><td>A.2 / NATO Grade G15</td></tr>
<tr><td>Deadline:</td><td><span>15-Dec-2024</span></td></tr>
<tr><td>NATO</td><td>OTAN</td><td>SHAPE</td></tr>
<tr><th>Grade</th><th>Salary</th></tr>
</table>
<dl><dt>Location</dt><dd>Mons</dd><dt>Schedule:</dt><dd>Full-time</dd></dl>
<div>a <b>bold</b>word, <i>glued</i>to&nbsp;it</div>
<pre>  kept
    as is</pre>
</body></html>"""


def test_blocks_lists_tables_and_terms_read_as_a_reader_sees_them() -> None:
    assert load(STRUCTURE.encode(), name="s.html").source_text == (
        "Title of the post\n\n"
        "First line\nsecond line\n\n"
        "- one\n- two\n  - nested\n\n"
        "3. third\n4. fourth\n\n"
        "Grade: A.2 / NATO Grade G15\n"
        "Deadline: 15-Dec-2024\n"
        "NATO\tOTAN\tSHAPE\n"
        "Grade\tSalary\n\n"
        "Location: Mons\n"
        "Schedule: Full-time\n\n"
        "a boldword, gluedto\xa0it\n\n"
        "  kept\n    as is"
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            '<tr><td class="label">Primary Location</td><td>Belgium-Brussels</td></tr>'
            "<tr><td><b>Schedule</b></td><td>Full-time</td></tr>",
            "Primary Location: Belgium-Brussels\nSchedule: Full-time",
        ),
        (
            "<tr><td>Post Number</td><td>NCIA-ZSA-0231</td></tr>"
            "<tr><td>NATO Grade</td><td>A-3</td></tr>"
            "<tr><td>Location</td><td>Mons, Belgium</td></tr>",
            "Post Number: NCIA-ZSA-0231\nNATO Grade: A-3\nLocation: Mons, Belgium",
        ),
        (
            "<tr><td>NATO</td><td>NORTH ATLANTIC TREATY ORGANIZATION</td></tr>"
            "<tr><td>OTAN</td><td>ORGANISATION DU TRAITÉ</td></tr>",
            "NATO\tNORTH ATLANTIC TREATY ORGANIZATION\nOTAN\tORGANISATION DU TRAITÉ",
        ),
    ],
    ids=["marked-label-cells", "table-of-facts", "masthead"],
)
def test_label_cells_read_as_label_value(rows: str, expected: str) -> None:
    page = f"<html><body><table><tbody>{rows}</tbody></table></body></html>"
    assert load(page.encode(), name="t.html").source_text == expected


def test_multi_line_cells_stay_blocks() -> None:
    page = b"<table><tr><td><p>Para one</p><p>Para two</p></td><td>Side</td></tr></table>"
    assert load(b"<html><body>" + page + b"</body></html>").source_text == (
        "Para one\n\nPara two\n\nSide"
    )


def test_page_without_markup_is_read_as_text() -> None:
    doc = load(b"Line one\nLine two\n", name="plain.html")
    assert doc.source_text == "Line one\nLine two\n"


# -- encodings ------------------------------------------------------------------------

FRENCH = "Date de retrait : 12-janv.-2026 – l’Organisation « OTAN » œuvre, coût 5 412,60 €"


def _html(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


def test_cp1252_fixture_is_real_cp1252_and_is_read_as_such() -> None:
    data = _page("portal_cp1252").read_bytes()
    assert b"\x92" in data and b"\x96" in data and b"\x80" in data
    doc = load(_page("portal_cp1252"))
    assert doc.metadata["encoding"] == "cp1252"
    assert "Alliance’s core network – the backbone" in doc.source_text
    assert "€2 million" in doc.source_text


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        "",
        '<meta charset="utf-8">',
    ],
    ids=["declared", "latin1-label", "undeclared", "misdeclared-utf8"],
)
def test_cp1252_bytes_are_read_right_however_declared(head: str) -> None:
    doc = load(_html(FRENCH, head).encode("cp1252"), name="p.html")
    assert doc.source_text == FRENCH
    assert doc.metadata["encoding"] == "cp1252"


def test_bom_wins_over_the_declaration() -> None:
    data = b"\xef\xbb\xbf" + _html(FRENCH, '<meta charset="windows-1252">').encode("utf-8")
    assert load(data, name="p.html").source_text == FRENCH


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(_html(FRENCH).encode("utf-16"))
    assert load(path).source_text == FRENCH


def test_undefined_cp1252_bytes_are_kept() -> None:
    text, encoding = decode(b"<p>a\x81b\x9dc</p>", "x")
    assert (text, encoding) == ("<p>a\x81b\x9dc</p>", "cp1252")


def _as_cp1252(data: bytes) -> str:
    """Bytes read as Windows-1252 the way a page declaring it is: UTF-8 becomes mojibake."""
    declaration = '<meta charset="windows-1252">'
    return decode(declaration.encode() + data, "x")[0].removeprefix(declaration)


def test_mojibake_page_is_repaired_to_the_same_record() -> None:
    page = _page("board_fr").read_text(encoding="utf-8")
    garbled = _as_cp1252(page.encode("utf-8"))
    assert "Ã©" in garbled and "â€“" in garbled
    result = parse(garbled.encode("utf-8"), name="board_fr.html")
    assert _flat(result) == _flat(parse(_page("board_fr")))
    assert "Ã" not in result.text and "â€" not in result.text
    assert load(garbled.encode("utf-8"), name="x.html").metadata["mojibake_repaired"] is True


@pytest.mark.parametrize(
    ("garbled", "meant"),
    [
        ("Ã©tÃ©", "été"),
        ("lâ€™Organisation", "l’Organisation"),
        ("â‚¬ 5", "€ 5"),
        ("Å“uvre", "œuvre"),
        ("Â« OTAN Â»", "« OTAN »"),
        ("â€œquotedâ€\ufffd", "“quoted”"),
        ("ÃƒÂ©", "é"),
        ("IntitulĂ© du poste : ChargĂ©(e)", "Intitulé du poste : Chargé(e)"),
        ("Ăla Ştefan", "Ăla Ştefan"),
    ],
)
def test_repair_mojibake(garbled: str, meant: str) -> None:
    assert repair(garbled) == meant


WORDS_FR_EN = (
    "été tâches âge naïve Noël œuvre Œuvre ÉTAT À Ça façon coûts où l’OTAN d’un "
    "aujourd’hui “quoted” « OTAN » – — … € 5 412,60 n° 3 • Grade A.2 Brussels "
    "Ångström São Zürich déjà-vu 15-déc.-2024 café\xa0: 10\u202f000"
)


@given(st.lists(st.sampled_from(WORDS_FR_EN.split(" ")), max_size=30).map(" ".join))
def test_repair_undoes_mojibake_and_leaves_clean_text_alone(text: str) -> None:
    assert repair(text) == text
    garbled = _as_cp1252(text.encode("utf-8"))
    if any(ord(ch) > 0x7F for ch in text):
        assert repair(garbled) == text


# -- JSON-LD --------------------------------------------------------------------------


def test_jsonld_that_agrees_is_read_and_raises_nothing() -> None:
    result = parse(_page("board_en_fr"))
    assert result.record.embedded == {
        "title": "Head, Divisional Support Section and Executive Officer (XO)",
        "reference": "241656",
        "organisation": "NATO International Staff",
        "location": "Brussels, BE",
        "deadline": "2024-12-15",
        "date_posted": "2024-11-20",
        "salary_amount": 8754.21,
        "salary_currency": "EUR",
        "salary_period": "month",
    }
    assert JSONLD_DIFFERS.code not in {i.code for i in result.issues}
    assert JSONLD_DIFFERS.code not in {i.code for i in parse(_page("board_fr")).issues}


def test_jsonld_that_disagrees_is_reported_per_field() -> None:
    page = _page("board_fr").read_text(encoding="utf-8")
    page = page.replace('"validThrough": "2026-01-12"', '"validThrough": "2026-01-26T23:59:00Z"')
    page = page.replace('"value": "5412.60"', '"value": "5912.60"')
    page = page.replace('"addressLocality": "Bruxelles"', '"addressLocality": "Mons"')
    result = parse(page.encode("utf-8"), name="board_fr.html")
    differs = [i for i in result.issues if i.code == JSONLD_DIFFERS.code]
    assert sorted(i.field or "" for i in differs) == ["deadline", "location", "salary"]
    deadline = next(i for i in differs if i.field == "deadline")
    assert "2026-01-26" in deadline.message and "12-janv.-2026" in deadline.message
    assert deadline.severity == "warning"
    for issue in differs:
        assert issue.spans
        for span in issue.spans:
            assert result.text[span.start : span.end]
    assert _flat(result) == _flat(parse(_page("board_fr")))


def test_page_without_jsonld_has_no_embedded_record() -> None:
    assert parse(_page("portal_cp1252")).record.embedded is None
    assert parse(PAIRS["board_en_fr"]).record.embedded is None


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            '{"@type": "JobPosting", "title": "Line\nbreak", "identifier": 17,}',
            {"title": "Line break", "reference": "17"},
        ),
        (
            '<!-- {"@graph": [{"@type": "Organization"}, {"@type": ["JobPosting"],'
            ' "title": "A &amp; B", "validThrough": "2025-03-01T00:00"}]} -->',
            {"title": "A & B", "deadline": "2025-03-01"},
        ),
        (
            '[{"@type": "http://schema.org/JobPosting", "baseSalary": {"currency": "usd",'
            ' "value": {"minValue": "80,000", "maxValue": 90000, "unitText": "YEAR"}},'
            ' "jobLocation": {"address": "Mons, Belgium"},'
            ' "hiringOrganization": "SHAPE"}]',
            {
                "salary_amount": 80000.0,
                "salary_currency": "USD",
                "salary_period": "year",
                "location": "Mons, Belgium",
                "organisation": "SHAPE",
            },
        ),
        ('{"@type": "JobPosting", "baseSalary": 1234.5}', {"salary_amount": 1234.5}),
    ],
    ids=["raw-newline-trailing-comma", "graph-comment-list-type", "range-strings", "bare-salary"],
)
def test_jsonld_projection_tolerates_careless_data(script: str, expected: dict[str, Any]) -> None:
    assert job_posting(["not json at all {", '{"@type": "WebPage"}', script]) == expected


def test_jsonld_without_job_posting_gives_nothing() -> None:
    assert job_posting(["", "[]", json.dumps({"@type": "Organization", "name": "NATO"})]) is None


# -- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"  \n\t "], ids=["empty", "blank"])
def test_empty_page_is_a_clear_input_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(data)
    with pytest.raises(InputError, match="is empty"):
        parse(path)


def test_binary_junk_named_html_is_an_input_error_or_not_a_notice(tmp_path: Path) -> None:
    with_nul = tmp_path / "nul.html"
    with_nul.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    with pytest.raises(InputError, match="binary"):
        parse(with_nul)
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(1, 256)) * 40)
    assert parse(junk).record.kind == "not_vacancy"


TAGS = [
    "p", "div", "span", "b", "a", "ul", "ol", "li", "table", "tr", "td", "th", "dl", "dt", "dd",
    "br", "pre", "h1", "h2", "nav", "header", "footer", "main", "article", "script", "style",
    "form", "section", "aside", "font",
]  # fmt: skip
ATTRS = [
    "",
    ' class="cookie-banner"',
    ' id="relatedJobs"',
    ' class="job-description"',
    ' role="main"',
]
WORDS = [
    "Grade", "NATO Grade G15", "Application Deadline:", "15-Dec-2024", "Salaire :", "1. SUMMARY",
    "€", "&nbsp;", "&amp;", "Ã©", "<", ">", "é", "\n", "  ", "-", "x" * 30, "Date de retrait",
]  # fmt: skip


def _fragment() -> st.SearchStrategy[str]:
    leaf = st.sampled_from(WORDS)

    def wrap(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        element = st.tuples(st.sampled_from(TAGS), st.sampled_from(ATTRS), st.lists(children))
        closed = element.map(lambda e: f"<{e[0]}{e[1]}>{''.join(e[2])}</{e[0]}>")
        unclosed = element.map(lambda e: f"<{e[0]}{e[1]}>{''.join(e[2])}")
        return st.one_of(closed, unclosed, st.lists(children).map("".join))

    return st.recursive(leaf, wrap, max_leaves=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_fragment(), st.sampled_from(["<html><body>", "<!DOCTYPE html><html>", "<body>"]))
def test_parse_never_raises_on_html_ish_input(fragment: str, start: str) -> None:
    result = parse((start + fragment).encode("utf-8"), name="random.html")
    assert result.record.kind in ("vacancy", "not_vacancy")
    for name, value in _located(result):
        assert result.text[value.span.start : value.span.end] == value.raw, name
