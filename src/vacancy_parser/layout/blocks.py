"""Label pairing: which label lines hold a value (on their line or further down) and which
labels stand together in a header block."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import NamedTuple

from ..document import Document, line_index
from ._vocab import fold
from .headings import known_heading
from .inline import inline_hit, split_glued, trailing_label
from .labels import BARE_LABELS, UNMAPPED, LabelHit, LabelTable, rstrip_end
from .titles import staff_headline

_LONG_LINE = 300


_SHORT_VALUE = 20


_LABEL_REACH = 80


_CLUSTER_GAP = 2
_OPEN_VALUE = 80
_OPEN_LINE = 60


_TITLE_MAX = 250
# A line holding this many labels (with colons, or glued) is a header whose line breaks
# were lost; a colonless one needs this many fields, this many of several words, near
# the top of the page.
_GLUED_HEADER = 3
_FLAT_KEYS = 4
_FLAT_REACH = 3000
_FLAT_LONG = 2
_WRAP_MAX = 60
_TABLE_RULE = "|¦│┃─━-–—_= \t"
_ITEM = re.compile(r"[ \t]*[-–•·▪◦●*][ \t]+")
# "1. RÉSUMÉ" under a lone label is the next section, not the label's value.
_NUMBERED_HEADING = re.compile(r"\d{1,2}\.\s+[A-ZÀ-Ý]{3}")


class FoundLabels(NamedTuple):
    """The labels kept, their header blocks, and every line that is a known label alone
    (kept or not: ``Expiry Date`` on its own line is no post title either)."""

    hits: list[LabelHit]
    blocks: list[list[LabelHit]]
    label_like: frozenset[int]


# A header of colonless capital labels: this many rows, fewer than this many non-blank
# lines apart.
_CAPS_ROWS = 3
_CAPS_ROW_GAP = 3


def find_labels(doc: Document, table: LabelTable) -> FoundLabels:
    hits: list[LabelHit] = []
    label_like: set[int] = set()
    caps_rows: dict[int, LabelHit] = {}
    for i, line in enumerate(doc.lines):
        hit, parts = _line_labels(doc, table, i, line.text, line.start)
        if (
            hit is not None
            and ((hit.key == UNMAPPED and not hit.has_value) or (not hit.colon and hit.has_value))
            and known_heading(line.text)
        ):
            # "Background:" alone on its line is a section's heading, not a label.
            hit, parts = None, []
        if hit is not None and hit.key != UNMAPPED and not hit.has_value:
            label_like.add(i)
        # A label in capitals starts with two capitals ("LIEU DE TRAVAIL …"); a sentence does not.
        if (hit is None or not hit.has_value) and line.text.lstrip()[:2].isupper():
            row = table.match_line(doc, i, caps_row=True)
            if row is not None and row.has_value:
                caps_rows[i] = row
        if parts and not _summary_row(doc, parts):
            hits.extend(parts)
        elif not parts and len(line.text) <= _TITLE_MAX:
            tail = trailing_label(table, doc, i)
            if tail is not None and tail.key != UNMAPPED:
                hits.append(tail)
    header = _caps_header(doc, caps_rows)
    rows = {row.line for row in header}
    hits = sorted([*(h for h in hits if h.line not in rows), *header], key=lambda h: h.label_start)
    clusters: list[list[LabelHit]] = []
    previous: LabelHit | None = None
    for hit in hits:
        # "Description" closes a header block; what follows starts another.
        if (
            previous is not None
            and previous.key != "_description"
            and _gap(doc, previous.line, hit.line) <= _CLUSTER_GAP
        ):
            clusters[-1].append(hit)
        else:
            clusters.append([hit])
        previous = hit
    kept: list[LabelHit] = []
    blocks: list[list[LabelHit]] = []
    for cluster in clusters:
        strong = sum(1 for hit in cluster if hit.colon)
        if _empty_form(doc, cluster):
            # Only the items under a label are values ("Lieu de travail" / "- 1000 Bruxelles").
            items = (_item_value(doc, hit, table) for hit in cluster)
            valued = [hit for hit in items if hit.has_value and _plausible(doc, hit)]
        else:
            valued = [
                h for h in (_with_value(doc, hit, table) for hit in cluster) if _plausible(doc, h)
            ]
        if strong >= 2 or len(cluster) >= 3:
            lines = {hit.line for hit in cluster}
            valued = [_wrapped(doc, hit, lines) for hit in valued]
            blocks.append(valued)
            kept.extend(valued)
        else:
            kept.extend(hit for hit in valued if _kept_alone(doc, table, hit))
    # A value printed on its own line under its label ("Primary Location" / "Russia-Moscow")
    # is no post title either.
    for hit in kept:
        if hit.has_value and hit.value_start > doc.lines[hit.line].end:
            label_like.add(line_index(doc.lines, hit.value_start))
    return FoundLabels(kept, blocks, frozenset(label_like))


# Labels alone on consecutive lines, this many pairs: a form printed without its values.
_EMPTY_PAIRS = 2


def _empty_form(doc: Document, cluster: list[LabelHit]) -> bool:
    """A column of labels with nothing between them (``Type de contrat`` / ``Niveau de
    fonction`` / …, a closed notice's empty header): no label takes the next line, which
    is another label, as its value."""
    pairs = 0
    for a, b in itertools.pairwise(cluster):
        # Of different fields: "Durée" over "Durée indéterminée" is a label and its value.
        lone = _alone(doc, a) and _alone(doc, b) and a.key != b.key
        if lone and _gap(doc, a.line, b.line) == 0:
            pairs += 1
    return pairs >= _EMPTY_PAIRS


def _alone(doc: Document, hit: LabelHit) -> bool:
    """A label alone on its line: no value, and nothing before it (not a label glued to
    the end of the line's value, ``Belgium-BrusselsNATO Body``)."""
    before = doc.text[doc.lines[hit.line].start : hit.label_start]
    return not hit.has_value and not before.strip()


def _caps_header(doc: Document, rows: dict[int, LabelHit]) -> list[LabelHit]:
    """Colonless labels in capitals before their values, kept when at least three stand
    on rows close together (``INTITULÉ DU POSTE Chargé…`` / ``CODE DU POSTE 20000574`` /
    ``LIEU DE TRAVAIL ABUJA``): a header whose colons were never printed."""
    kept: list[LabelHit] = []
    run: list[LabelHit] = []
    for index in sorted(rows):
        if run and _gap(doc, run[-1].line, index) >= _CAPS_ROW_GAP:
            kept.extend(run if len(run) >= _CAPS_ROWS else [])
            run = []
        run.append(rows[index])
    kept.extend(run if len(run) >= _CAPS_ROWS else [])
    return kept


def _line_labels(
    doc: Document, table: LabelTable, i: int, text: str, start: int
) -> tuple[LabelHit | None, list[LabelHit]]:
    """The label a line starts with (or holds, for a flattened header) and the labels
    its value splits into."""
    hit = table.match_line(doc, i) if text else None
    if _may_be_label(text):
        if hit is None and _may_be_open_label(text) and not staff_headline(text):
            # "EEAS Vacancy: Security Policy Assistant - HQ Contract Agent FGIII - …" is a
            # headline that packs the post, not a label.
            hit = table.match_open(doc, i)
        if hit is not None or len(text) <= _LONG_LINE:
            return hit, split_glued(table, doc, hit) if hit is not None else []
        # A long line that starts with no label may still be a flattened header.
    # A long line is a header only when its line breaks were lost: labels glued to
    # their values ("Primary LocationBelgium-BrusselsNATO BodyNATO IS…"), a header
    # flattened into a paragraph with its colons, or without them near the top.
    parts: list[LabelHit] = []
    if hit is not None and _glued(hit, doc.text):
        parts = split_glued(table, doc, hit)
    elif text.count(":") >= _GLUED_HEADER:
        hit = inline_hit(table, doc, i)
        parts = split_glued(table, doc, hit, unknown=True) if hit is not None else []
        if sum(1 for part in parts if part.colon) < _GLUED_HEADER:
            parts = []
    elif start < _FLAT_REACH:
        hit = inline_hit(table, doc, i, colon=False)
        parts = split_glued(table, doc, hit, spaced=True) if hit is not None else []
        if not _flattened(doc, parts):
            parts = []
    return hit, parts if len(parts) >= _GLUED_HEADER else []


def _kept_alone(doc: Document, table: LabelTable, hit: LabelHit) -> bool:
    """Whether a label outside any header block still counts."""
    mapped = not hit.key.startswith("_")
    # A body label ("Direct reports 1") with a short value.
    short = hit.key in table.body_keys and hit.value_end - hit.value_start <= _SHORT_VALUE
    # A label alone on its line keeps a short value on the next line
    # ("Code de sélection" / "AFG24108", "Niveau de fonction" / "A1").
    lone = (hit.shape or hit.value_start > doc.lines[hit.line].end) and hit.has_value
    # A label run into its value ("LieuLuxembourg") was a label/value pair.
    glued = _glued(hit, doc.text)
    # A label portals print without a colon ("Grade Unclassified"), short value.
    bare = (
        fold(doc.text[hit.label_start : hit.label_end]) in BARE_LABELS
        and 0 < hit.value_end - hit.value_start <= _SHORT_VALUE
    )
    # A label that ends in a number sign before one coded value ("Advert. No. 2019_0006").
    numbered = (
        _NUMBER_SIGN.search(doc.text, hit.label_start, hit.label_end) is not None
        and _CODE.fullmatch(doc.text, hit.value_start, hit.value_end) is not None
    )
    return hit.colon or bare or (mapped and (lone or glued or short or numbered))


_NUMBER_SIGN = re.compile(r"(?i:\bno\.?|n[°º]\.?|#|\bnumber|\bnr\.?)\Z")
_CODE = re.compile(r"[\w/.-]*\d[\w/.-]*")


def _flattened(doc: Document, parts: list[LabelHit]) -> bool:
    """Labels of different fields in a row, at least two of several words ("Primary
    Location", "NATO Body", "Application Deadline"): a header, not prose."""
    keys = {part.key for part in parts if not part.key.startswith("_")}
    long_labels = sum(1 for part in parts if " " in doc.text[part.label_start : part.label_end])
    return len(keys) >= _FLAT_KEYS and long_labels >= _FLAT_LONG


def _glued(hit: LabelHit, text: str) -> bool:
    """A label run into a capitalised value with no space or colon between
    (``Primary LocationBelgium``, ``LieuLuxembourg``; not ``Location(s)``)."""
    first = text[hit.value_start : hit.value_start + 1]
    return hit.value_start == hit.label_end and (first.isupper() or first.isdigit())


def _may_be_open_label(text: str) -> bool:
    """Cheap test before the open-label pattern: a short line, or a colon early on."""
    return len(text) <= _OPEN_LINE or ":" in text[:_OPEN_LINE]


# A label in capitals that no table knows, with its colon ("TYPE DE CONTRAT ET GRADE: …"):
# a row of the header, not the end of the value above it.
_UNKNOWN_LABEL = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý '’/()&-]{2,50}[ \t]*:")


def _wrapped(doc: Document, hit: LabelHit, label_lines: set[int]) -> LabelHit:
    """A value wrapped onto the next line of a header block (narrow columns):
    ``Posting Title: Administrative`` / ``Assistant`` / ``Organization: …``."""
    below = hit.line + 1
    if (
        not hit.has_value
        or hit.value_end != _line_end(doc, hit.line)
        or below + 1 not in label_lines
        or below in label_lines
    ):
        return hit
    text = doc.lines[below].text.strip()
    if not text or len(text) > _WRAP_MAX or _UNKNOWN_LABEL.match(text):
        return hit
    return _replace_value(
        hit,
        hit.value_start,
        doc.lines[below].start + len(doc.lines[below].text.rstrip()),
        hit.colon,
    )


def _line_end(doc: Document, index: int) -> int:
    line = doc.lines[index]
    return line.start + len(line.text.rstrip())


def _item_value(doc: Document, hit: LabelHit, table: LabelTable) -> LabelHit:
    """In an empty form, a lone label takes the list item right under it as its value."""
    below = hit.line + 1
    if hit.has_value or below >= len(doc.lines) or not _is_item(doc.lines[below].text):
        return hit
    if known_heading(doc.lines[hit.line].text):
        return hit  # a section's heading over its items ("Essential qualifications")
    return _with_value(doc, hit, table)


def _is_item(text: str) -> bool:
    """A list item: a bullet or a dash, then a space."""
    return _ITEM.match(text) is not None


def _plausible(doc: Document, hit: LabelHit) -> bool:
    """A colonless label with its value on a later line ("Duty station" / "Strasbourg")
    needs a short value that is no sentence: else the line was a heading, not a label.
    One found by its shape needs a value at all."""
    value = doc.text[hit.value_start : hit.value_end]
    if value[:1] in (",", ";"):
        return False  # "Titre du poste, groupe et niveau": a phrase, no label and value
    if hit.colon:
        return True
    if not hit.shape and (not value or doc.lines[hit.line].end >= hit.value_start):
        return True
    return (
        0 < len(value) <= _OPEN_VALUE
        and not value.rstrip().endswith((".", ":"))
        and _NUMBERED_HEADING.match(value) is None
    )


# A labelled row with "|" among this many first lines is the notice's own.
_OWN_ROW_LINES = 8


def _summary_row(doc: Document, parts: list[LabelHit]) -> bool:
    """A board's one-line summary of another post ("Salary: £55,000 | Closing date: …").
    Among a page's first lines, such a row is the notice's own header ("Duration: 3 years
    | Salary: £62,542 per annum")."""
    if parts and parts[0].line < _OWN_ROW_LINES:
        return False
    return len(parts) > 1 and any(
        ch in doc.text[a.value_end : b.label_start] or ch in doc.text[a.value_start : a.value_end]
        for a, b in itertools.pairwise(parts)
        for ch in ("|", "·")
    )


def _may_be_label(text: str) -> bool:
    """Cheap test before the label patterns: a long paragraph is no label line unless a
    colon comes early (``Label: a long value``)."""
    return bool(text) and (len(text) <= _LONG_LINE or ":" in text[:_LABEL_REACH])


def _with_value(doc: Document, hit: LabelHit, table: LabelTable) -> LabelHit:
    """A label whose value sits on a following line (possibly after a lone ``:``)."""
    if hit.has_value:
        text = doc.text[hit.value_start : hit.value_end]
        if text.startswith(":"):
            start = hit.value_start + 1 + len(text[1:]) - len(text[1:].lstrip())
            return _replace_value(hit, start, hit.value_end)
        return hit
    colon = hit.colon
    for index in range(hit.line + 1, min(hit.line + 4, len(doc.lines))):
        line = doc.lines[index]
        text = line.text.strip()
        if not text.strip(_TABLE_RULE):
            continue  # blank, or a table's border ("|") in a PDF copy
        if text == ":" and not colon:
            colon = True
            continue
        if (
            table.match_line(doc, index) is not None
            or (_may_be_open_label(line.text) and table.match_open(doc, index) is not None)
            or len(text) > _TITLE_MAX
            or (
                _is_item(doc.lines[hit.line].text)
                and _is_item(line.text)
                and not _label_follows(doc, table, index)
            )
        ):
            return hit  # the next line is another label, or the next item of a list
        if text.startswith(":"):
            text = text[1:].strip()
            colon = True
        if (bullet := _ITEM.match(text)) is not None:
            text = text[bullet.end() :]  # "- Brussels, Belgium" under "- Location(s)"
        start = line.start + line.text.index(text) if text else line.end
        end = start + len(text)
        tail = trailing_label(table, doc, index)
        if tail is not None:
            end = rstrip_end(doc.text, start, tail.label_start)
        return _replace_value(hit, start, end, colon)
    return hit


def _label_follows(doc: Document, table: LabelTable, index: int) -> bool:
    """Whether the line after ``index`` is a label, or no item: in a list of items
    alternating label and value ("- Grade" / "- AD10" / "- Location(s)" / "- Brussels,
    Belgium"), the item under a label is its value."""
    below = next((i for i in range(index + 1, len(doc.lines)) if doc.lines[i].text.strip()), None)
    if below is None:
        return True
    return table.match_line(doc, below) is not None or not _is_item(doc.lines[below].text)


def _replace_value(hit: LabelHit, start: int, end: int, colon: bool = True) -> LabelHit:
    return replace(hit, value_start=start, value_end=end, colon=colon)


def _gap(doc: Document, a: int, b: int) -> int:
    return sum(1 for i in range(a + 1, b) if doc.lines[i].text.strip())


def field_keys(cluster: list[LabelHit]) -> set[str]:
    """The field labels of a cluster, leaving out structural ones (``_``-prefixed)."""
    return {hit.key for hit in cluster if not hit.key.startswith("_")}


def is_notice_block(cluster: list[LabelHit]) -> bool:
    """A header block of the notice: two fields or more, not a board's furniture alone."""
    return len(field_keys(cluster)) >= 2
