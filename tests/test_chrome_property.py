"""Job-board chrome around a notice, in any language, does not change what is extracted."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vacancy_parser import parse

from .conftest import FIXTURES

# Lines that boards put before and after a notice (FORMATS.md: Sources and clutter).
CHROME = [
    "Loading ...",
    "5 days ago",
    "Posted 3 days ago",
    "👀 1 245 views",
    "Apply",
    "Apply now",
    "Share this job",
    "SIMILAR JOBS",
    "Home > Jobs > Belgium",
    "Vacatures in Brussel en omgeving",
    "Solliciteer nu",
    "Stellenangebote in Belgien",
    "Jetzt bewerben",
    "Offerte di lavoro a Bruxelles",
    "Candidati ora",
    "브뤼셀의 채용 공고",
    "지원하기",
    "Вакансии в Брюсселе",
    "Откликнуться",
    "Offres d'emploi à Bruxelles",
    "Il y a 2 jours",
    "Voir les offres similaires",
    "Receive new jobs by email",
    "© 2026 Jobs Portal. All rights reserved.",
    "Cookies help us deliver our services.",
    "Requisition #000000",
    "★★★★☆",
]

NOTICES = [
    FIXTURES / "examples" / "seed003.txt",
    FIXTURES / "examples" / "seed004.txt",
]


def _flat(text: str) -> dict[str, object]:
    flat = parse(text, name="notice.txt").flat.model_dump()
    flat.pop("source")
    return flat


BASELINES = {path: _flat(path.read_text(encoding="utf-8")) for path in NOTICES}

chrome_block = st.lists(st.sampled_from(CHROME), min_size=0, max_size=8).map("\n\n".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    notice=st.sampled_from(NOTICES),
    before=chrome_block,
    after=chrome_block,
)
def test_chrome_around_a_notice_changes_no_field(notice: Path, before: str, after: str) -> None:
    text = notice.read_text(encoding="utf-8")
    wrapped = f"{before}\n\n{text}\n\n{after}\n"
    assert _flat(wrapped) == BASELINES[notice]
