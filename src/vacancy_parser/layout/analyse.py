"""Find the header blocks, the numbered sections and the language halves.

The structure of a notice decides where its halves are; language detection is
asked only to name them. A half starts at its title: the line just above its
header block (``Primary Location: …`` / ``Emplacement principal : …``). When a
notice has no second header block, a restart of the section numbers in the
other language marks the second half instead.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..document import Document, Line, line_index
from ..model import Lang
from . import langid
from ._vocab import (
    BANNER_WORDS,
    BARE_PLACE,
    BULLETS,
    CHROME_LINE,
    EMPLOYER_LINE,
    HEADING_INDEX,
    HEADING_PREFIXES,
    ITEM_GROUPS,
    LABEL_LINE,
    ORGANISATION_NAMES,
    PICTOGRAPH,
    SEE_OTHER_VERSION,
    UNIT_LINE,
    fold,
    fold_prefix,
)
from .labels import LabelHit, LabelTable

_HEADING = re.compile(
    r"[ \t#*]*(?:(?P<num>\d{1,2})[ \t]*[.)]?[ \t]+)?(?P<head>[^\W\d_].{1,110}?)[ \t*]*:?[ \t]*$"
)
_NUMBER = re.compile(r"[ \t#*]*(?P<num>\d{1,2})[ \t]*[.)]?[ \t]*")
_HEADING_MAX = 130
_LONG_LINE = 300
_SHORT_VALUE = 20
_LABEL_REACH = 80
_CLUSTER_GAP = 2
_TITLE_MAX = 250
_TITLE_LOOKBACK = 6
_FIRST_TITLE_MAX = 160
_TITLE_REFERENCE = re.compile(r"\(\d{5,7}\)\s*$")
_ADDRESS = re.compile(r"\b(?:[A-Z]-)?\d{4,5}\s+[A-ZÀ-Ý][a-zà-ÿ]")
# A sentence (eight words or more, ending with a full stop) is not a title.
_SENTENCE = re.compile(r"^(?:\S+\s+){7,}.*[.!]$")
_GROUP_MAX = 40
_BODY_MIN = 300
_OWN_BODY_MIN = 150
_LANGUAGE_SAMPLE = 800
# This many more headings in one language name the half without reading its text.
_DECISIVE_HEADINGS = 4


@dataclass(frozen=True, slots=True)
class Heading:
    line: int
    number: int | None
    key: str | None
    lang: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    group: str | None


@dataclass(slots=True)
class SectionBlock:
    heading: Heading
    body_start: int
    end: int
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class HalfLayout:
    lang: Lang
    start: int
    end: int
    title_line: int | None
    labels: list[LabelHit]
    sections: list[SectionBlock]
    header_end: int
    # Lines of the notice's own header block(s): their labels come before a board's.
    block_lines: frozenset[int] = frozenset()

    def section(self, key: str) -> SectionBlock | None:
        return next((s for s in self.sections if s.heading.key == key), None)


@dataclass(slots=True)
class Analysis:
    doc: Document
    halves: list[HalfLayout]
    labels: list[LabelHit]
    headings: list[Heading]
    clusters: list[list[LabelHit]]

    @property
    def languages(self) -> list[str]:
        """Languages with a body; a lone half cut before its body still names its language."""
        if len(self.halves) == 1:
            half = self.halves[0]
            return [half.lang] if _has_body(self.doc, half, alone=True) else []
        return sorted({h.lang for h in self.halves if _has_body(self.doc, h)})


def analyse(doc: Document, table: LabelTable) -> Analysis:
    labels, clusters = _find_labels(doc, table)
    headings = _find_headings(doc, {hit.line for hit in labels})
    header_blocks = [c for c in clusters if any(hit.key not in table.body_keys for hit in c)]
    halves = _split_halves(doc, labels, header_blocks, headings)
    return Analysis(doc, halves, labels, headings, clusters)


def _find_labels(doc: Document, table: LabelTable) -> tuple[list[LabelHit], list[list[LabelHit]]]:
    hits: list[LabelHit] = []
    for i, line in enumerate(doc.lines):
        if _may_be_label(line.text) and (hit := table.match_line(doc, i)) is not None:
            parts = table.split_glued(doc, hit)
            if not _summary_row(doc, parts):
                hits.extend(parts)
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
        if strong >= 2 or len(cluster) >= 3:
            blocks.append([_with_value(doc, hit, table) for hit in cluster])
            kept.extend(blocks[-1])
        else:
            # Alone, a label counts when a colon follows it, on its line or the next; a body
            # label ("Direct reports 1") also when its value is short.
            for hit in (_with_value(doc, hit, table) for hit in cluster):
                short = (
                    hit.key in table.body_keys and hit.value_end - hit.value_start <= _SHORT_VALUE
                )
                if hit.colon or (short and not hit.key.startswith("_")):
                    kept.append(hit)
    return kept, blocks


def _summary_row(doc: Document, parts: list[LabelHit]) -> bool:
    """A board's one-line summary of another post ("Salary: £55,000 | Closing date: …")."""
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
        if not text:
            continue
        if text == ":" and not colon:
            colon = True
            continue
        if table.match_line(doc, index) is not None or len(text) > _TITLE_MAX:
            return hit
        if text.startswith(":"):
            text = text[1:].strip()
            colon = True
        start = line.start + line.text.index(text) if text else line.end
        return _replace_value(hit, start, start + len(text), colon)
    return hit


def _replace_value(hit: LabelHit, start: int, end: int, colon: bool = True) -> LabelHit:
    return LabelHit(hit.key, hit.lang, hit.line, hit.label_start, hit.label_end, start, end, colon)


def _gap(doc: Document, a: int, b: int) -> int:
    return sum(1 for i in range(a + 1, b) if doc.lines[i].text.strip())


def _find_headings(doc: Document, label_lines: set[int]) -> list[Heading]:
    found: list[Heading] = []
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text or index in label_lines:
            continue
        first = text.lstrip(" \t#*")[:1]
        if not first or not (first.isdigit() or first.isupper()):
            continue
        # A heading is short and is no sentence; only a numbered line may be glued.
        short = len(text) <= _HEADING_MAX and text.rstrip()[-1] not in ".;,"
        if not short and not first.isdigit():
            continue
        m = _HEADING.match(text) if short else None
        key, lang = HEADING_INDEX.get(fold(m.group("head")), (None, None)) if m else (None, None)
        if key is None and first.isdigit() and (glued := _glued_heading(line, index)) is not None:
            found.append(glued)
            continue
        if m is None:
            continue
        number = int(m.group("num")) if m.group("num") else None
        if key is None and (number is None or not _is_caps(m.group("head"))):
            continue
        start = line.start + m.start("num" if number is not None else "head")
        found.append(Heading(index, number, key, lang, start, line.start + m.end("head")))
    return found


def _glued_heading(line: Line, index: int) -> Heading | None:
    """A numbered heading glued to what follows: ``1. RÉSUMÉLe Bureau``, ``…EXPÉRIENCEACQUIS``."""
    m = _NUMBER.match(line.text)
    if m is None:
        return None
    rest = line.text[m.end() :]
    folded = fold_prefix(rest)
    if len(folded) != len(rest):
        return None
    for variant, (key, lang) in HEADING_PREFIXES:
        if folded.startswith(variant):
            after = rest[len(variant) : len(variant) + 1]
            if after and (after.isupper() or after == ":"):
                end = line.start + m.end() + len(variant)
                return Heading(
                    index, int(m.group("num")), key, lang, line.start + m.start("num"), end
                )
    return None


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _title_line(doc: Document, before: int, floor: int, label_lines: set[int]) -> int | None:
    """The title above a header block: skip furniture and a board's employer line.

    The nearest title-like line wins, unless a line further up stands right above
    an employer line (a board's title / employer / place block).
    """
    seen = 0
    nearest = None
    previous = ""
    for index in range(before - 1, floor - 1, -1):
        text = doc.lines[index].text.strip().strip("*#_ ")
        if not text:
            continue
        if index in label_lines:
            break
        seen += 1
        if seen > _TITLE_LOOKBACK:
            break
        if is_title_like(text):
            if not previous.isupper() and _names_employer(previous):
                return index
            nearest = index if nearest is None else nearest
        previous = text
    return nearest


def _names_employer(text: str) -> bool:
    return bool(EMPLOYER_LINE.match(text) or ORGANISATION_NAMES.match(text))


def is_title_like(text: str) -> bool:
    """A line that can be a post title: not furniture, a banner or an employer line."""
    text = text.lstrip("# ")
    if len(text) > _TITLE_MAX or CHROME_LINE.match(text) or EMPLOYER_LINE.match(text):
        return False
    if text.startswith("|") or text.startswith(">") or _ADDRESS.search(text):
        return False  # a table row, a quoted comment, a postal address
    if BARE_PLACE.match(text) or LABEL_LINE.match(text) or UNIT_LINE.match(text):
        return False
    if ORGANISATION_NAMES.match(text) or _SENTENCE.match(text):
        return False
    if len(PICTOGRAPH.findall(text)) >= 2:
        return False
    return not (text.isupper() and BANNER_WORDS.search(text))


def _title_inside(doc: Document, cluster: list[LabelHit], label_lines: set[int]) -> int | None:
    """A title printed between a header's first labels ("Référence : …" / title / "Lieu : …")."""
    if len(cluster) < 2:
        return None
    for index in range(cluster[0].line + 1, cluster[1].line):
        text = doc.lines[index].text.strip().strip("*#_ ")
        if text and index not in label_lines and is_title_like(text):
            return index
    return None


def _first_title(doc: Document, stop: int) -> int | None:
    """The title of a notice without a header block (board copies).

    The notice's own title line, with its reference ("Title (260198)"), wins over
    a board's; else a line right above an employer line; else the first candidate.
    """
    candidates = []
    for index in range(min(stop, len(doc.lines))):
        text = doc.lines[index].text.strip().strip("*#_ ")
        if text and is_title_like(text) and len(text) <= _FIRST_TITLE_MAX:
            candidates.append(index)
    for index in candidates:
        if _TITLE_REFERENCE.search(doc.lines[index].text):
            return index
    for index in candidates:
        below = next((ln.text.strip() for ln in doc.lines[index + 1 :] if ln.text.strip()), "")
        if _names_employer(below):
            return index
    return candidates[0] if candidates else None


def _split_halves(
    doc: Document,
    labels: list[LabelHit],
    clusters: list[list[LabelHit]],
    headings: list[Heading],
) -> list[HalfLayout]:
    bounds = _half_starts(doc, clusters, headings, {hit.line for hit in labels})
    halves: list[HalfLayout] = []
    for i, (line, title) in enumerate(bounds):
        start = doc.lines[line].start if i else 0
        end = doc.lines[bounds[i + 1][0]].start if i + 1 < len(bounds) else len(doc.text)
        in_half = [hit for hit in labels if start <= hit.label_start < end]
        half_headings = [h for h in headings if start <= h.start < end]
        sections = _sections(doc, half_headings, end)
        header_end = _header_end(in_half, half_headings, end)
        lang = _half_language(doc, start, end, in_half, half_headings)
        block_lines = _main_block(clusters, start, end)
        halves.append(
            HalfLayout(lang, start, end, title, in_half, sections, header_end, block_lines)
        )
    if len(halves) == 2 and halves[0].lang == halves[1].lang:
        halves[1].lang = "fr" if halves[0].lang == "en" else "en"
    return halves


def _half_starts(
    doc: Document,
    clusters: list[list[LabelHit]],
    headings: list[Heading],
    label_lines: set[int],
) -> list[tuple[int, int | None]]:
    """Line where each half starts, and its title line."""
    notice_blocks = [c for c in clusters if _is_notice_block(c)] or clusters[:1]
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
        first = cluster[0].line
        title = _title_line(doc, first, floor, label_lines)
        inner = _title_inside(doc, cluster, label_lines)
        if inner is not None and (title is None or cluster[0].key == "reference"):
            title, first = inner, min(first, inner)
        starts.append((title if title is not None else first, title))
        floor = cluster[-1].line + 1
    if len(starts) < 2:
        restart = _section_restart(headings)
        if restart is not None and (not starts or restart.line > starts[0][0]):
            starts.append((restart.line, None))
    if not starts:
        stop = headings[0].line if headings else len(doc.lines)
        title = _first_title(doc, stop)
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
            and _is_notice_block(cluster)
            and len(field_keys(cluster)) >= len(field_keys(best))
        ):
            best = cluster
    return frozenset(hit.line for hit in best)


def field_keys(cluster: list[LabelHit]) -> set[str]:
    """The field labels of a cluster, leaving out structural ones (``_``-prefixed)."""
    return {hit.key for hit in cluster if not hit.key.startswith("_")}


def _is_notice_block(cluster: list[LabelHit]) -> bool:
    """A header block of the notice: two fields or more, not a board's furniture alone."""
    return len(field_keys(cluster)) >= 2


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


def _sections(doc: Document, headings: list[Heading], end: int) -> list[SectionBlock]:
    blocks: list[SectionBlock] = []
    for i, heading in enumerate(headings):
        stop = doc.lines[headings[i + 1].line].start if i + 1 < len(headings) else end
        block = SectionBlock(heading, min(heading.end, stop), stop)
        block.items = _items(doc, block)
        blocks.append(block)
    return blocks


def _items(doc: Document, block: SectionBlock) -> list[Item]:
    """Bulleted lines of a section, grouped by the sub-headings above them."""
    items: list[Item] = []
    group: str | None = None
    last_was_item = False
    first = line_index(doc.lines, block.body_start)
    for line in doc.lines[first:]:
        if line.start >= block.end:
            break
        text = line.text.strip()
        if not text or line.start < block.body_start:
            continue
        if (
            len(text) <= _GROUP_MAX
            and text[0] not in BULLETS
            and (folded := fold(text)) in ITEM_GROUPS
        ):
            group = ITEM_GROUPS[folded]
            last_was_item = False
            continue
        stripped = text.lstrip(BULLETS + " \t")
        bulleted = text[0] in BULLETS and (text[0] != "o" or text[1:2] == " ") and stripped != text
        follows = last_was_item and block.heading.key == "competencies" and ":" in text[:60]
        if bulleted or follows:
            start = line.start + line.text.index(stripped)
            items.append(Item(start, line.start + len(line.text.rstrip()), group))
            last_was_item = True
        else:
            last_was_item = False
    return items


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


def _has_body(doc: Document, half: HalfLayout, alone: bool = False) -> bool:
    """Text of the notice's own, beyond its labels and headings, and not "see the English version"."""
    skip = {hit.line for hit in half.labels} | {s.heading.line for s in half.sections}
    first = line_index(doc.lines, half.start)
    body: list[str] = []
    size = 0
    for index in range(first, len(doc.lines)):
        line = doc.lines[index]
        if line.start >= half.end:
            break
        if index not in skip and index != half.title_line:
            body.append(line.text.strip())
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
