"""Section headings (numbered, lexicon-known, glued to their text) and the sections and
bulleted items they open."""

from __future__ import annotations

import re

from ..document import Document, Line, line_index
from ._vocab import BULLETS, HEADING_INDEX, HEADING_PREFIXES, ITEM_GROUPS, fold, fold_prefix
from .structure import Heading, Item, SectionBlock

_HEADING = re.compile(
    r"[ \t#*]*(?:(?P<num>\d{1,2})[ \t]*(?:[.)][ \t]*|[ \t]+))?(?P<head>[^\W\d_].{1,110}?)[ \t*]*+:?[ \t]*+$"
)


_NUMBER = re.compile(r"[ \t#*]*(?P<num>\d{1,2})[ \t]*[.)]?[ \t]*")
# A numbered heading in capitals glued to the end of a board's line ("… via email1. SUMMARY").
_GLUED_AFTER = re.compile(
    r"(?<=[a-z])(?P<num>[1-9])\.[ \t]*(?P<head>[A-ZÀ-Ý][A-ZÀ-Ý '’&/-]{3,60})[ \t:]*$"
)


_HEADING_MAX = 130


_GROUP_MAX = 40


def find_headings(doc: Document, label_lines: set[int]) -> list[Heading]:
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
        folded = fold(m.group("head")) if m else ""
        key, lang = HEADING_INDEX.get(folded, (None, None)) if m else (None, None)
        if key is None and first.isdigit() and (glued := _glued_heading(line, index)) is not None:
            found.append(glued)
            continue
        if key is None and (after := _glued_after(line, index)) is not None:
            found.append(after)
            continue
        if m is None:
            continue
        number = int(m.group("num")) if m.group("num") else None
        if key is None and (number is not None or _is_caps(m.group("head"))):
            key, lang = _joined_key(folded)
        elif key is None:
            key, lang = _two_headings(folded)  # "Post Context/Post Summary"
        if key is None and (number is None or not _is_caps(m.group("head"))):
            continue
        start = line.start + m.start("num" if number is not None else "head")
        found.append(Heading(index, number, key, lang, start, line.start + m.end("head")))
    return found


def known_heading(text: str) -> bool:
    """A line that is an unnumbered heading of the lexicon, alone or joined to another
    ("Post Context/Post Summary"): not a colonless label and its value."""
    m = _HEADING.match(text)
    if m is None or m.group("num"):
        return False
    folded = fold(m.group("head"))
    return folded in HEADING_INDEX or _two_headings(folded)[0] is not None


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
            # "1. RÉSUMÉLe Bureau", "1. SUMMARY: …", or "1. SUMMARY The …" (in capitals).
            spaced = after == " " and rest[: len(variant)].isupper()
            if after and (after.isupper() or after == ":" or spaced):
                end = line.start + m.end() + len(variant)
                return Heading(
                    index, int(m.group("num")), key, lang, line.start + m.start("num"), end
                )
    return None


def _glued_after(line: Line, index: int) -> Heading | None:
    """A known numbered heading at the end of a line, after a board's words with no
    space (``You will be updated with latest job alerts via email1. SUMMARY``)."""
    if not line.text.rstrip(" \t:")[-3:].isupper():
        return None
    m = _GLUED_AFTER.search(line.text)
    if m is None:
        return None
    key, lang = HEADING_INDEX.get(fold(m.group("head").strip()), (None, None))
    if key is None:
        return None
    start, end = (
        line.start + m.start("num"),
        line.start + m.start("head") + len(m.group("head").rstrip()),
    )
    return Heading(index, int(m.group("num")), key, lang, start, end)


# "POST CONTEXT AND RESPONSIBILITIES": a known heading joined to another by "and".
_JOINED = (" and ", " et ", " & ", "/", " /", ", ")


def _joined_key(folded: str) -> tuple[str | None, str | None]:
    for variant, (key, lang) in HEADING_PREFIXES:
        if folded.startswith(variant) and folded[len(variant) :].startswith(_JOINED):
            return key, lang
    return None, None


def _two_headings(folded: str) -> tuple[str | None, str | None]:
    """Two known headings joined into one line: the first one's key."""
    for joiner in _JOINED:
        first, found, second = folded.partition(joiner)
        if found and first in HEADING_INDEX and second.strip() in HEADING_INDEX:
            return HEADING_INDEX[first]
    return None, None


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def sections(doc: Document, headings: list[Heading], end: int) -> list[SectionBlock]:
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
