"""`vacancy-parser validate`: JSON, JSONL and CSV, rows and pointers, never a traceback."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from vacancy_parser.cli import main

GOOD = {"kind": "vacancy", "grade_codes": ["B4", "G10"], "deadline": "2025-01-31"}
BAD = {"kind": "vacancy", "grade_codes": ["B4", "G12"], "direct_reports": -2}


def _run(
    capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, list[str], dict[str, object] | None]:
    code = main(["validate", *args])
    out = capsys.readouterr().out
    report = json.loads(out) if "--format" in args else None
    return code, out.splitlines(), report


def test_jsonl_rows_and_pointers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + json.dumps(BAD) + "\n", encoding="utf-8")
    code, lines, _ = _run(capsys, str(path))
    assert code == 1
    assert lines[0].startswith(f"{path}:3: /grade_codes grade_category_mismatch error [grades]")
    assert lines[1].startswith(f"{path}:3: /direct_reports reports_out_of_range error")
    assert lines[-1] == "vacancy-parser: 2 rows, 1 valid; 2 errors, 0 warnings, 0 infos"


def test_pretty_json_array_and_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    array = tmp_path / "a.json"
    array.write_text(json.dumps([GOOD, BAD, GOOD], indent=2), encoding="utf-8")
    one = tmp_path / "o.json"
    one.write_text(json.dumps(GOOD, indent=2), encoding="utf-8")
    code, _, report = _run(capsys, str(array), str(one), "--format", "json")
    assert code == 1 and report is not None
    issues = report["issues"]
    assert isinstance(issues, list)
    assert {(i["row"], i["pointer"], i["code"]) for i in issues} == {
        (2, "/grade_codes", "grade_category_mismatch"),
        (2, "/direct_reports", "reports_out_of_range"),
    }
    assert report["summary"] == {
        "files": 2,
        "rows": 4,
        "valid_rows": 3,
        "errors": 2,
        "warnings": 0,
        "infos": 0,
        "unusable": [],
    }


def test_csv_as_convert_writes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "source,kind,languages,grade_codes,salary_amount,direct_reports,"
        "contract_indefinite_possible\n"
        "a.txt,vacancy,en;fr,B4;G10,4400.5,3,False\n"
        "b.txt,vacancy,,B4;G12,nan,,\n",
        encoding="utf-8",
    )
    code, lines, _ = _run(capsys, str(path))
    assert code == 1
    assert [line.split(" ")[:3] for line in lines[:-1]] == [
        [f"{path}:3:", "/salary_amount", "value_out_of_range"],
        [f"{path}:3:", "/grade_codes", "grade_category_mismatch"],
    ]


def test_stdin_format_is_told_from_the_content(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for payload in (
        json.dumps(BAD),
        json.dumps([BAD], indent=1),
        "kind,direct_reports\nvacancy,-2\n",
    ):
        stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(payload.encode())))
        monkeypatch.setattr("sys.stdin", stdin)
        code, lines, _ = _run(capsys, "-", "--select", "reports")
        assert code == 1, payload
        assert lines[0].startswith("<stdin>:") and "reports_out_of_range" in lines[0]


def test_broken_rows_are_issues_not_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.jsonl"
    path.write_bytes(
        b'{"kind": "vacancy"\n'
        + b'{"kind": "vacancy", "title_en": "\xff"}\n'
        + b"[" * 100_000
        + b"\n"
        + b'{"kind": "vacancy", "salary_amount": Infinity}\n'
        + b"[1, 2]\n"
    )
    code, lines, _ = _run(capsys, str(path))
    assert code == 1
    rows = [line.split(" ")[0:3:2] for line in lines[:-1]]
    assert rows == [
        [f"{path}:1:", "input_not_json"],
        [f"{path}:2:", "input_not_utf8"],
        [f"{path}:3:", "input_too_deep"],
        [f"{path}:4:", "value_out_of_range"],
        [f"{path}:5:", "input_not_object"],
    ]


def test_french_messages_and_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"kind": "vacancy", "deadline": "1980-01-01"}) + "\n", "utf-8")
    code, lines, _ = _run(capsys, str(path), "--lang", "fr")
    assert code == 0 and "la date limite 1980-01-01" in lines[0]
    assert lines[-1].endswith("0 erreurs, 1 avertissements, 0 infos")
    code, _, _ = _run(capsys, str(path), "--strict")
    assert code == 1


def test_pyproject_settings_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vacancy-parser]\nignore = ["grade_"]\nseverity = {reports_out_of_range = "info"}\n',
        encoding="utf-8",
    )
    (tmp_path / "r.jsonl").write_text(json.dumps(BAD) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, lines, _ = _run(capsys, "r.jsonl")
    assert code == 0
    assert lines[0].startswith("r.jsonl:1: /direct_reports reports_out_of_range info")


@pytest.mark.parametrize(
    ("content", "args"),
    [
        (None, ()),  # not found
        (b"\x00\x01binary", ()),  # no known format
        (b"{not json at all", ()),  # nothing readable
        (json.dumps(GOOD).encode(), ("--select", "salery")),  # unknown rule
    ],
)
def test_unusable_input_exits_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    args: tuple[str, ...],
) -> None:
    path = tmp_path / "in.data"
    if content is not None:
        path.write_bytes(content)
    assert main(["validate", str(path), *args]) == 2
    assert "vacancy-parser: error:" in capsys.readouterr().err
