"""The language halves: where each starts (its title above its header block, or a restart
of the section numbers), which language it is in, and whether it has a body of its own."""

from __future__ import annotations

import itertools

from ..document import Document, line_index
from ..model import Lang
from . import langid
from ._signs import names_post
from ._vocab import SEE_OTHER_VERSION, fold
from .blocks import field_keys, is_notice_block
from .headings import sections
from .labels import UNMAPPED, LabelHit
from .structure import HalfLayout, Heading
from .titles import above_employer, first_title, numbered_title_inside, title_inside, title_line

_BODY_MIN = 300


_OWN_BODY_MIN = 150


_LANGUAGE_SAMPLE = 800


# This many more headings in one language name the half without reading its text.
_DECISIVE_HEADINGS = 4


def split_halves(
    doc: Document,
    labels: list[LabelHit],
    clusters: list[list[LabelHit]],
    headings: list[Heading],
    no_title: frozenset[int] = frozenset(),
) -> list[HalfLayout]:
    """The halves; ``no_title`` lines (label-shaped lines, headings) are never a title."""
    # A label the parser cannot map ("NATO: NATO: Assistant …") may be the title line.
    mapped_lines = {hit.line for hit in labels if hit.key != UNMAPPED}
    bounds = _half_starts(doc, clusters, headings, mapped_lines, no_title)
    halves: list[HalfLayout] = []
    for i, (line, title) in enumerate(bounds):
        start = doc.lines[line].start if i else 0
        end = doc.lines[bounds[i + 1][0]].start if i + 1 < len(bounds) else len(doc.text)
        in_half = [hit for hit in labels if start <= hit.label_start < end]
        half_headings = [h for h in headings if start <= h.start < end]
        blocks = sections(doc, half_headings, end)
        header_end = _header_end(in_half, half_headings, end)
        lang = _half_language(doc, start, end, in_half, half_headings)
        block_lines = _main_block(clusters, start, end)
        halves.append(HalfLayout(lang, start, end, title, in_half, blocks, header_end, block_lines))
    if len(halves) == 2 and halves[0].lang == halves[1].lang:
        halves[1].lang = "fr" if halves[0].lang == "en" else "en"
    return halves


def _half_starts(
    doc: Document,
    clusters: list[list[LabelHit]],
    headings: list[Heading],
    label_lines: set[int],
    no_title: frozenset[int],
) -> list[tuple[int, int | None]]:
    """Line where each half starts, and its title line."""
    notice_blocks = [c for c in clusters if is_notice_block(c)] or clusters[:1]
    blocks = notice_blocks[:1]
    if blocks:
        # The second half's header comes after the first half's sections; a header block
        # right under another (a board's card, then the notice) starts no half.
        second = next(
            (
                c
                for c in notice_blocks[1:]
                if _different_languages(blocks[0], c)
                and any(blocks[0][-1].line < h.line < c[0].line for h in headings)
            ),
            None,
        )
        # The first half's title stands above its fullest header (the notice's, not the
        # board card above it).
        before = [c for c in notice_blocks if second is None or c[0].line < second[0].line]
        blocks = [max(reversed(before), key=lambda c: len(field_keys(c)))]
        blocks += [second] if second is not None else []
    starts: list[tuple[int, int | None]] = []
    floor = 0
    for cluster in blocks:
        first = next((h.line for h in cluster if h.key != UNMAPPED), cluster[0].line)
        title = title_line(doc, first, floor, label_lines, no_title)
        if not starts and (title is None or not names_post(doc.lines[title].text)):
            # A board prints the title at the top and the notice's header far below it,
            # under its own summary: the first line naming a post wins over a stray line.
            top = first_title(doc, first, no_title)
            if top is not None and (names_post(doc.lines[top].text) or above_employer(doc, top)):
                title = top
        inner = title_inside(doc, cluster, label_lines | no_title)
        if inner is not None and (title is None or cluster[0].key == "reference"):
            title, first = inner, min(first, inner)
        numbered = numbered_title_inside(doc, cluster, label_lines | no_title)
        if numbered is not None:
            title, first = numbered, min(first, numbered)
        starts.append((title if title is not None else first, title))
        floor = cluster[-1].line + 1
    if len(starts) < 2:
        restart = _section_restart(headings)
        if restart is not None and (not starts or restart.line > starts[0][0]):
            starts.append((restart.line, None))
    if not starts:
        stop = headings[0].line if headings else len(doc.lines)
        title = first_title(doc, stop, no_title)
        starts.append((title if title is not None else _first_text_line(doc), title))
    return starts


def _main_block(clusters: list[list[LabelHit]], start: int, end: int) -> frozenset[int]:
    """Lines of the half's fullest header block (the later one on a tie): the notice's own,
    not the board's card above it."""
    best: list[LabelHit] = []
    for cluster in clusters:
        inside = start <= cluster[0].label_start < end
        if (
            inside
            and is_notice_block(cluster)
            and len(field_keys(cluster)) >= len(field_keys(best))
        ):
            best = cluster
    return frozenset(hit.line for hit in best)


def _different_languages(a: list[LabelHit], b: list[LabelHit]) -> bool:
    la = {hit.lang for hit in a if hit.lang}
    lb = {hit.lang for hit in b if hit.lang}
    return bool(la and lb and la != lb)


def _section_restart(headings: list[Heading]) -> Heading | None:
    numbered = [h for h in headings if h.number is not None]
    for prev, cur in itertools.pairwise(numbered):
        if cur.number is not None and prev.number is not None and cur.number <= prev.number:
            if (
                cur.key is not None
                and cur.lang is not None
                and prev.lang is not None
                and cur.lang != prev.lang
            ):
                return cur
            if cur.number == 1 and prev.number >= 3:
                return cur
    return None


def _first_text_line(doc: Document) -> int:
    return next((i for i, ln in enumerate(doc.lines) if ln.text.strip()), 0)


def _header_end(labels: list[LabelHit], headings: list[Heading], end: int) -> int:
    desc = next((hit for hit in labels if hit.key == "_description"), None)
    if desc is not None:
        return desc.label_end
    return headings[0].start if headings else end


def _half_language(
    doc: Document, start: int, end: int, labels: list[LabelHit], headings: list[Heading]
) -> Lang:
    votes = {"en": 0, "fr": 0}
    for heading in headings:
        if heading.lang in votes:
            votes[heading.lang] += 3
    if abs(votes["en"] - votes["fr"]) >= _DECISIVE_HEADINGS * 3:
        return "en" if votes["en"] > votes["fr"] else "fr"
    sample = doc.text[start:end]
    if len(sample) > 2 * _LANGUAGE_SAMPLE:
        middle = len(sample) // 2
        sample = sample[middle - _LANGUAGE_SAMPLE : middle + _LANGUAGE_SAMPLE]
    en, fr = langid.lexicon_scores(sample)
    votes["en"] += en
    votes["fr"] += fr
    if votes["en"] == votes["fr"]:
        detected = langid.detect(sample)
        if detected is None:
            detected = "fr" if any(h.lang == "fr" for h in labels) else "en"
        return detected
    return "en" if votes["en"] > votes["fr"] else "fr"


def has_body(doc: Document, half: HalfLayout, alone: bool = False) -> bool:
    """Text of the notice's own, beyond its labels and headings, and not "see the English version"."""
    skip = {hit.line for hit in half.labels}
    # A header flattened into one line with the notice after its last label ("…
    # Description 1. SUMMARY NATO's Public Diplomacy …"): that value is body.
    long_values = {
        hit.line: doc.text[hit.value_start : hit.value_end]
        for hit in half.labels
        if hit.value_end - hit.value_start >= _BODY_MIN
    }
    # A heading glued to its text ("1. RÉSUMÉLa Division …"): the text after it is body.
    heading_ends = {s.heading.line: s.heading.end for s in half.sections}
    first = line_index(doc.lines, half.start)
    body: list[str] = []
    size = 0
    for index in range(first, len(doc.lines)):
        line = doc.lines[index]
        if line.start >= half.end:
            break
        if index in long_values:
            body.append(long_values[index].strip())
            size += len(body[-1])
        elif index not in skip and index != half.title_line:
            start = heading_ends.get(index, line.start)
            body.append(doc.text[start : line.end].strip())
            size += len(body[-1])
            if size >= 2 * _BODY_MIN:
                return True
    folded = fold(" ".join(body))
    if any(phrase in folded for phrase in SEE_OTHER_VERSION):
        # "Voir la version anglaise" stands for the sections it replaces; what is left
        # beside it is the half's own body, if there is enough of it.
        for phrase in SEE_OTHER_VERSION:
            folded = folded.replace(phrase, "")
        return len(folded.replace(" ", "")) >= _OWN_BODY_MIN
    if alone and not size and half.labels:
        return True  # a header and nothing after it: the excerpt was cut
    return size >= _BODY_MIN or (size > 0 and half.header_end >= half.end)
