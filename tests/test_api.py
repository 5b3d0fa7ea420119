"""What ``parse`` and ``parse_text`` take a string to be: a path or the notice itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from vacancy_parser import InputError, parse, parse_text

NOTICE = "Assistant (Registry)\n\nReference: 250101\nLocation: Brussels, Belgium\n"


def test_a_one_line_string_without_a_readable_suffix_is_text_never_a_file() -> None:
    result = parse("/etc/passwd")
    assert result.text == "/etc/passwd"
    assert result.record.kind == "not_vacancy"


def test_a_path_like_string_that_names_no_file_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no such file"):
        parse("fixtures/examples/seed03.txt")


def test_a_path_like_string_that_names_a_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    assert parse(str(path)).text == NOTICE
    assert parse(path).text == NOTICE


def test_parse_text_never_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    assert parse_text(str(path)).text == str(path)
    assert parse_text(NOTICE).flat.reference == "250101"


def test_parse_text_refuses_what_is_not_text() -> None:
    with pytest.raises(InputError, match="not str"):
        parse_text(NOTICE.encode())  # type: ignore[arg-type]
