"""The command line: every command answers --help, bad input is one line and a non-zero exit."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from vacancy_parser.cli import main
from vacancy_parser.model import FlatRecord

from .conftest import FIXTURES

SEED003 = FIXTURES / "examples" / "seed003.txt"
SEED004 = FIXTURES / "examples" / "seed004.txt"


@pytest.mark.parametrize("command", ["parse", "convert", "validate", "schema", "codes"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "usage: vacancy-parser" in capsys.readouterr().out


def test_parse_prints_the_record_and_summarises_issues(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED003)]) == 0
    out, err = capsys.readouterr()
    record = json.loads(out)
    assert record["deadline"]["en"]["raw"] == "15-Dec-2024"
    assert "acronym_halves_differ" in err


def test_unreadable_input_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"vacancy-parser: error: {tmp_path / 'missing.txt'}: no such file; check the path"
    ]


def test_convert_goes_on_after_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "junk.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "out.jsonl"
    code = main(
        ["convert", str(SEED003), str(binary), str(SEED004), "-o", str(out), "--format", "flat"]
    )
    assert code == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in rows] == ["seed003.txt", "seed004.txt"]
    assert "junk.txt" in capsys.readouterr().err
    assert list(rows[0]) == list(FlatRecord.model_fields)


def test_convert_reads_folders_and_archives(tmp_path: Path) -> None:
    archive = tmp_path / "notices.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SEED004, "board/seed004.txt")
    out = tmp_path / "out.csv"
    assert (
        main(
            [
                "convert",
                str(FIXTURES / "examples"),
                str(archive),
                "-o",
                str(out),
                "--format",
                "flat",
            ]
        )
        == 0
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("source,source_path,duplicate_of,kind,reference")
    examples = [
        p for p in (FIXTURES / "examples").iterdir() if p.suffix in {".txt", ".pdf", ".html"}
    ]
    assert len(lines) == 1 + len(examples) + 1


def test_convert_full_to_csv_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED003), "-o", str(tmp_path / "x.csv")]) == 2
    assert "--format flat" in capsys.readouterr().err


def test_schema_of_the_flat_record_lists_the_contract_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema", "--flat"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "grade_codes" in schema["properties"]


def test_convert_in_several_processes_writes_the_same_records(tmp_path: Path) -> None:
    inputs = [str(FIXTURES / "examples"), str(FIXTURES / "golden" / "fr_first_legal_fr_en.txt")]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["convert", *inputs, "-o", str(one), "-q"]) == 0
    assert main(["convert", *inputs, "-o", str(two), "-q", "--jobs", "2"]) == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
