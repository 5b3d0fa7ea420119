"""Layout of the model notice: halves, paired sections, item lists, repaired paragraphs."""

from __future__ import annotations

from vacancy_parser import parse
from vacancy_parser.layout._vocab import CHROME_LINE
from vacancy_parser.layout.paragraphs import repair

from .conftest import FIXTURES

SEED003 = FIXTURES / "examples" / "seed003.txt"


def test_seed003_halves_and_sections_pair_up() -> None:
    record = parse(SEED003).record
    assert record.layout == "en_fr" and record.languages == ["en", "fr"]
    assert [p.number for p in record.sections] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert all(p.en is not None and p.fr is not None for p in record.sections)
    qualifications = next(p for p in record.sections if p.key == "qualifications")
    assert qualifications.en is not None and qualifications.fr is not None
    for group in ("essential", "desirable"):
        en = [i for i in qualifications.en.items if i.group == group]
        fr = [i for i in qualifications.fr.items if i.group == group]
        assert len(en) == len(fr) > 0


def test_sentences_cut_by_a_page_break_are_joined_back() -> None:
    record = parse(SEED003).record
    summary = next(p for p in record.sections if p.key == "summary")
    assert summary.en is not None and summary.fr is not None
    assert "They provide coordinated and substantiated advice" in summary.en.text
    assert "avis circonstanciés et coordonnés sur toute une série" in summary.fr.text


def test_repair_keeps_real_paragraph_breaks() -> None:
    text = "First paragraph ends here.\n\nSecond one They provide\n\ncoordinated advice."
    assert repair(text) == [
        "First paragraph ends here.",
        "Second one They provide coordinated advice.",
    ]


def test_every_item_and_heading_span_slices_back_to_the_input() -> None:
    result = parse(SEED003)
    for pair in result.record.sections:
        for section in (pair.en, pair.fr):
            assert section is not None
            heading = result.text[section.heading_span.start : section.heading_span.end]
            assert heading.strip() == section.heading
            for item in section.items:
                assert result.text[item.span.start : item.span.end] == item.text


def test_labels_no_field_reads_stay_on_the_record_with_their_spans() -> None:
    text = (
        "Assistant (Registry)\n\n"
        "Reference: 250101\n"
        "Number of posts: 2\n"
        "Location: Brussels, Belgium\n"
        "Application deadline: 12 March 2026\n\n"
        "1. SUMMARY\nThe incumbent keeps the registry of the Division and reports to its Head.\n"
    )
    record = parse(text).record
    others = {o.label: o for o in record.other_labels}
    assert "Number of posts" in others
    found = others["Number of posts"]
    assert found.value == "2"
    assert text[found.label_span.start : found.label_span.end] == "Number of posts"
    assert text[found.value_span.start : found.value_span.end] == "2"
    assert "Location" not in others  # a mapped label is a field's, not an other label


def test_labels_glued_to_the_end_of_the_previous_value() -> None:
    """A board header broken between value and label: each line ends with the next label."""
    from vacancy_parser import parse_text

    text = (
        "Deputy Director, Management\n"
        "Primary Location\n"
        "Belgium-BrusselsNATO Body\n"
        "NATO International Staff (NATO IS)Schedule\n"
        "Full-timeApplication Deadline\n"
        "10-Jul-2025, 9:59:00 PM\n"
        "1. SUMMARY\nThe Division leads the Organization's management.\n"
    )
    flat = parse_text(text).flat
    assert (flat.location, flat.organisation, flat.deadline) == (
        "Belgium-Brussels",
        "NATO International Staff (NATO IS)",
        "2025-07-10",
    )


def test_a_header_of_colonless_labels_in_capitals() -> None:
    """Rows of ``LABEL value`` with no colon make a header when several stand together;
    one such row alone is a banner, not a label."""
    from vacancy_parser import parse_text

    header = (
        "INTITULÉ DU POSTE Chargé de programmes\n"
        "CODE DU POSTE  20000574\n"
        "INSTITUTION Commission de la CEDEAO\n"
        "LIEU DE TRAVAIL ABUJA, NIGERIA\n\n"
        "APERÇU DU POSTE :\nLe titulaire conçoit des programmes d'éducation.\n"
    )
    flat = parse_text(header).flat
    assert (flat.title_fr, flat.reference, flat.organisation, flat.location) == (
        "Chargé de programmes",
        "20000574",
        "Commission de la CEDEAO",
        "ABUJA, NIGERIA",
    )
    alone = parse_text("ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD\n\nLe Secrétariat recrute.\n")
    assert alone.flat.organisation != "DU TRAITÉ DE L'ATLANTIQUE NORD"


def test_a_header_flattened_into_one_long_line_with_labels_of_no_field() -> None:
    from vacancy_parser import parse_text

    line = (
        "Vacancy Notice Vacancy Number: 16021 Grade: A-2 Title: Administrator (Information "
        "Security & Assurance) Division/Office: Information Security Section, NAEW&C HQ "
        "NATO Body: HQ NAEW&C Force GK Country: Germany Closing Date: 14 July 2016 "
        "Point of Contact: Mr. R. Gülpen 1. GENERAL: Applications are invited for the post "
        "listed above. " + "The incumbent manages the accreditation of systems. " * 30
    )
    flat = parse_text(line).flat
    assert (flat.title_en, flat.organisation, flat.reference, flat.deadline) == (
        "Administrator (Information Security & Assurance)",
        "HQ NAEW&C Force GK",
        "16021",
        "2016-07-14",
    )


def test_a_sites_address_or_name_alone_on_a_line_is_furniture() -> None:
    for line in (
        "jobs-near-me.org",
        "www.vacanciesineu.com",
        "EUR-Lex Access to European Union law",
    ):
        assert CHROME_LINE.match(line), line
    for line in ("Head, Budget Section", "NATO.int careers: Assistant (Archives)"):
        assert not CHROME_LINE.match(line), line
