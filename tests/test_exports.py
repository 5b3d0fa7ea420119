"""Exports that other tools read without fixing: JSON Schema, JSON-LD, CSV, Parquet, Arrow."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from vacancy_parser import parse
from vacancy_parser.cli import main
from vacancy_parser.export.jsonld import REQUIRED, country_code, job_posting
from vacancy_parser.export.schemas import FILES, json_schema, render
from vacancy_parser.model import ParseResult

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = {".txt", ".html", ".pdf"}
FIXTURES = sorted(
    p
    for folder in [
        *ROOT.glob("fixtures/gold*"),
        ROOT / "fixtures" / "examples",
        ROOT / "fixtures" / "html",
    ]
    for p in folder.iterdir()
    if p.suffix in SUFFIXES
)


@cache
def _parsed() -> list[ParseResult]:
    return [parse(path) for path in FIXTURES]


@pytest.mark.parametrize("name", sorted(FILES))
def test_committed_schemas_are_in_sync(name: str) -> None:
    committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == render(name), "run: vacancy-parser schema --write schemas"


def test_schemas_name_their_dialect_and_id() -> None:
    for name in FILES:
        schema = json_schema(name)
        assert schema["$schema"].endswith("2020-12/schema")
        assert schema["$id"].startswith(f"urn:vacancy-parser:schema:{name}:")


def test_every_record_the_parser_writes_is_valid_under_its_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    checkers = {
        name: jsonschema.Draft202012Validator(
            json_schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        for name in FILES
    }
    assert len(_parsed()) > 150
    for result in _parsed():
        checkers["record"].validate(result.record.model_dump(mode="json"))
        checkers["flat"].validate(result.flat.model_dump(mode="json"))


def test_the_flat_schema_refuses_a_date_that_is_not_one() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    checker = jsonschema.Draft202012Validator(
        json_schema("flat"), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert not checker.is_valid({"kind": "vacancy", "deadline": "2024-13-45"})
    assert checker.is_valid({"kind": "vacancy", "deadline": "ongoing"})


def test_jsonld_states_every_required_property_the_notice_states() -> None:
    vacancies = [r for r in _parsed() if r.record.kind == "vacancy"]
    assert len(vacancies) > 100
    for result in vacancies:
        record = result.record
        posting = job_posting(record)
        doc = posting.document
        assert doc is not None
        missing = {i.message.split(" state ")[1].split(",")[0] for i in posting.issues}
        assert {i.code for i in posting.issues} <= {"jsonld_incomplete"}
        for name in REQUIRED:
            assert (name in doc) != (name in missing), (record.source, name)
        if record.title.value:
            assert doc["title"] == {
                lang: v.value for lang, v in (("en", record.title.en), ("fr", record.title.fr)) if v
            }
        if record.organisation.value:
            assert doc["hiringOrganization"]["name"] == record.organisation.value
        if record.deadline.value not in (None, "ongoing"):
            assert doc["validThrough"] == record.deadline.value
        assert "CONTRACTOR" not in doc.get("employmentType", [])


def test_jsonld_of_a_page_that_is_not_a_notice_is_nothing() -> None:
    others = [r for r in _parsed() if r.record.kind == "not_vacancy"]
    assert others
    assert all(job_posting(r.record).document is None for r in others)


def test_jsonld_takes_date_posted_from_the_page_and_a_country_from_the_place() -> None:
    result = parse(ROOT / "fixtures" / "examples" / "board_fr.html")
    doc = job_posting(result.record).document
    assert doc is not None
    assert doc["datePosted"] == "2025-12-01"
    assert doc["jobLocation"]["address"]["addressCountry"] == "BE"
    assert doc["title"] == {"fr": "Assistante/Assistant de programme (Section Cyberdéfense)"}
    assert set(doc["description"]) == {"fr"}


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("Belgium-Brussels", "BE"),
        ("Bruxelles, Belgique", "BE"),
        ("Mons", "BE"),
        ("The Hague, Netherlands", "NL"),
        ("Paris (France)", "FR"),
        ("Brunssum", "NL"),
        ("Somewhere", None),
    ],
)
def test_country_codes_of_places(place: str, code: str | None) -> None:
    assert country_code(place) == code


def test_csv_and_parquet_read_back_equal_to_jsonl(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from vacancy_parser.export.tables import read_flat

    inputs = [str(ROOT / "fixtures" / "gold"), str(ROOT / "fixtures" / "examples")]
    outputs = {fmt: tmp_path / f"out.{fmt}" for fmt in ("jsonl", "csv", "parquet")}
    for out in outputs.values():
        assert main(["convert", *inputs, "-o", str(out), "--format", "flat", "-q"]) == 0
    expected = list(read_flat(outputs["jsonl"]))
    assert len(expected) > 40
    assert list(read_flat(outputs["csv"])) == expected
    assert list(read_flat(outputs["parquet"])) == expected


def test_parquet_types_come_from_the_model(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "n.parquet"
    not_notice = ROOT / "fixtures" / "examples" / "seed000_not_vacancy.txt"
    assert main(["convert", str(not_notice), "-o", str(out), "--format", "flat", "-q"]) == 0
    schema = pq.read_schema(out)
    assert schema.field("deadline").type == pa.date32()
    assert schema.field("grade_codes").type == pa.list_(pa.string())
    assert schema.field("salary_amount").type == pa.float64()
    assert schema.field("direct_reports").type == pa.int64()
    assert schema.field("contract_indefinite_possible").type == pa.bool_()


def test_records_as_arrow_and_pandas_in_memory() -> None:
    pytest.importorskip("pandas")
    from vacancy_parser import to_arrow, to_pandas

    results = _parsed()[:10]
    table = to_arrow(results)
    assert table.num_rows == 10
    assert table.column("source").to_pylist() == [r.flat.source for r in results]
    frame = to_pandas(r.flat for r in results)
    assert list(frame["reference"].fillna("-")) == [r.flat.reference or "-" for r in results]
