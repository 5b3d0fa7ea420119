"""The message table words every issue code in English and in French, with the same evidence."""

from __future__ import annotations

from string import Formatter

import pytest

from vacancy_parser.checks.codes import all_codes
from vacancy_parser.checks.messages import LANGS, MESSAGES, TEXTS

CODES = sorted(c.code for c in all_codes())


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_the_table_words_exactly_the_codes() -> None:
    assert sorted(MESSAGES) == CODES


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_both_languages_with_the_same_evidence(code: str) -> None:
    templates = MESSAGES[code]
    assert set(templates) == set(LANGS)
    assert all(templates[lang].strip() for lang in LANGS)
    assert _fields(templates["en"]) == _fields(templates["fr"])
    assert templates["en"] != templates["fr"]


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_command_line_texts_have_both_languages(key: str) -> None:
    assert _fields(TEXTS[key]["en"]) == _fields(TEXTS[key]["fr"])
