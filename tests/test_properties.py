"""Properties of ``parse`` over arbitrary and notice-like text.

- it never raises on text (and on bytes only :class:`InputError`);
- the result has one shape, and a non-notice carries no field;
- every located value's span slices back to its raw text;
- the same input gives the same result in processes with different ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vacancy_parser import InputError, ParseResult, parse
from vacancy_parser.fields import label_vocabulary

from . import golden
from .conftest import FIXTURES, ROOT

LABELS = sorted(
    {v for by_lang in label_vocabulary().values() for vs in by_lang.values() for v in vs}
    | {"Primary Location", "NATO Body", "Salary (Pay Basis)", "Emplacement principal"}
)
HEADINGS = [
    "SUMMARY",
    "RÉSUMÉ",
    "QUALIFICATIONS AND EXPERIENCE",
    "QUALIFICATIONS ET EXPÉRIENCE",
    "ESSENTIAL",
    "ACQUIS ESSENTIELS",
    "DESIRABLE",
    "ACQUIS SOUHAITABLES",
    "MAIN ACCOUNTABILITIES",
    "RESPONSABILITÉS PRINCIPALES",
    "INTERRELATIONSHIPS",
    "STRUCTURE ET LIAISONS",
    "COMPETENCIES",
    "COMPÉTENCES",
    "CONTRACT",
    "CONTRAT",
    "RECRUITMENT PROCESS",
    "PROCESSUS DE RECRUTEMENT",
    "ADDITIONAL INFORMATION",
    "INFORMATIONS COMPLÉMENTAIRES",
    "Description",
    "Voir la version anglaise.",
]
VALUES = [
    "Belgium-Brussels",
    "Belgique-Bruxelles",
    "NATO International Staff (NATO IS)",
    "OTAN SI",
    "Full-time",
    "Temps plein",
    "15-Dec-2024",
    "15-déc.-2024",
    "14-Dec-2025, 11:59:00 PM",
    "31-Feb-2025",
    "10-01-2026",
    "29/01/2026",
    "Ongoing",
    "En continu",
    "8,754.21Euro (EUR) Monthly",
    "8 754,21Euro (EUR) Mensuelle",
    "6,100.50Euro (EUR)MonthlyGradeA.3 / NATO Grade G17",
    "$80,000 - $90,000 / YEAR",
    "NATO Grade G17-G20",
    "A.2 / NATO Grade G15",
    "B-4/G-12",
    "CTS/A",
    "COSMIC TOP SECRET/ATOMAL",
    "NS",
    'VI ("Proficiency") in one; III ("Intermediate") in the other',
    "V (« intermédiaire ») dans l'une",
    "SLP 3333",
    "N/A",
    "sans objet.",
    "Direct reports: 6",
    "Definite duration contract of three years; possibility of renewal for up to three years.",
    "The maximum period of service foreseen in this post is 5 years.",
    "contrat d'une durée déterminée de trois ans",
    "may be followed by an indefinite duration contract",
    "If the successful applicant is seconded",
    "(241656)",
    "(DPPC)",
    "(DPDC)",
]
SEPARATORS = [": ", " : ", " ", "", "\u00a0: ", "\u202f: ", ":\n", "\n"]
LINE_ENDS = ["\n", "\r\n", "\n\n", "\r\n\r\n"]
BULLETS = ["- ", "• ", "  • ", "* ", ""]

words = st.one_of(st.sampled_from(VALUES), st.integers(0, 99_999).map(str), st.text(max_size=12))
labelled_line = st.builds(
    "{}{}{}".format, st.sampled_from(LABELS), st.sampled_from(SEPARATORS), st.sampled_from(VALUES)
)
heading_line = st.builds(
    "{}{}".format,
    st.sampled_from(["", "1. ", "2. ", "5. ", "6. ", "8. ", "**"]),
    st.sampled_from(HEADINGS),
)
bullet_line = st.builds("{}{}".format, st.sampled_from(BULLETS), words)
free_line = st.lists(words, max_size=6).map(" ".join)
line = st.one_of(labelled_line, heading_line, bullet_line, free_line)
notice_like = st.lists(st.tuples(line, st.sampled_from(LINE_ENDS)), min_size=4, max_size=60).map(
    lambda lines: "".join(text + end for text, end in lines)
)

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_shape(result: ParseResult) -> None:
    assert isinstance(result, ParseResult)
    assert result.record.kind in ("vacancy", "not_vacancy")
    flat = result.flat.model_dump()
    assert flat["kind"] == result.record.kind
    if result.record.kind == "not_vacancy":
        stated = {
            k: v for k, v in flat.items() if k not in ("source", "kind") and v not in (None, [])
        }
        assert stated == {}
        assert result.issues == []
    assert flat["languages"] == sorted(flat["languages"])
    assert set(flat["languages"]) <= {"en", "fr"}


def check_spans(result: ParseResult) -> None:
    assert golden.span_mismatches(result) == []
    size = len(result.text)
    for pair in result.record.sections:
        for section in (pair.en, pair.fr):
            if section is None:
                continue
            spans = [section.heading_span, section.span, *(item.span for item in section.items)]
            assert all(0 <= s.start <= s.end <= size for s in spans), section.heading
    for issue in result.issues:
        assert all(0 <= s.start <= s.end <= size for s in issue.spans), issue.code


@FAST
@given(st.text(max_size=3000))
def test_parse_never_raises_on_arbitrary_text(text: str) -> None:
    result = parse(text)
    check_shape(result)
    check_spans(result)


@FAST
@given(notice_like)
def test_parse_never_raises_on_notice_like_text(text: str) -> None:
    result = parse(text)
    check_shape(result)


@FAST
@given(notice_like)
def test_spans_slice_back_on_notice_like_text(text: str) -> None:
    check_spans(parse(text))


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=2000), notice_like.map(lambda t: t.encode("utf-8"))))
def test_parse_bytes_raises_only_input_error(data: bytes) -> None:
    try:
        result = parse(data)
    except InputError:
        return
    check_shape(result)
    check_spans(result)


FIXTURE_FILES = sorted(p for p in FIXTURES.rglob("*.txt"))


@pytest.mark.parametrize(
    "path", FIXTURE_FILES, ids=[str(p.relative_to(FIXTURES)) for p in FIXTURE_FILES]
)
def test_spans_slice_back_on_fixtures(path: Path) -> None:
    result = parse(path)
    check_shape(result)
    check_spans(result)


_CHILD = """
import json, sys
from vacancy_parser import parse
inputs = json.load(open(sys.argv[1], encoding="utf-8"))
out = [parse(i["path"]) if "path" in i else parse(i["text"]) for i in inputs]
sys.stdout.write(json.dumps([r.model_dump_json() for r in out]))
"""


def _generated_notices(count: int, seed: int) -> list[str]:
    """Notice-like texts from a seeded generator: label lines, headings, bullets, values."""
    rng = random.Random(seed)

    def one_line() -> str:
        kind = rng.randrange(4)
        if kind == 0:
            return rng.choice(LABELS) + rng.choice(SEPARATORS) + rng.choice(VALUES)
        if kind == 1:
            return f"{rng.randint(1, 8)}. {rng.choice(HEADINGS)}"
        if kind == 2:
            return rng.choice(BULLETS) + rng.choice(VALUES)
        return " ".join(rng.choice(VALUES) for _ in range(rng.randint(1, 5)))

    return [
        "".join(one_line() + rng.choice(LINE_ENDS) for _ in range(rng.randint(5, 60)))
        for _ in range(count)
    ]


def _run_child(inputs: Path, hash_seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(inputs)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    dumps: list[str] = json.loads(done.stdout)
    return dumps


def test_same_result_in_processes_with_different_hash_seeds(tmp_path: Path) -> None:
    paths = [p for p in FIXTURE_FILES if "golden" in p.parts or "examples" in p.parts]
    texts = _generated_notices(10, seed=1) + _generated_notices(10, seed=2)
    inputs = [{"path": str(p)} for p in paths] + [{"text": t} for t in texts]
    spec = tmp_path / "inputs.json"
    spec.write_text(json.dumps(inputs, ensure_ascii=False), encoding="utf-8")
    first = _run_child(spec, "1")
    second = _run_child(spec, "2")
    assert len(first) == len(inputs)
    for item, a, b in zip(inputs, first, second, strict=True):
        assert a == b, item.get("path", "generated text")
    here = [
        (parse(Path(i["path"])) if "path" in i else parse(i["text"])).model_dump_json()
        for i in inputs
    ]
    assert here == first
