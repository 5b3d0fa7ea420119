"""Labels inside a line: glued to the value before them, ending a line, or in a header
flattened into one paragraph.

Headers whose line breaks were lost keep their labels mid-line; the pairing stage cuts
such lines at the labels found here. The patterns are the :class:`LabelTable`'s own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document
from ._signs import names_post
from .labels import UNMAPPED, LabelHit, LabelTable, lstrip_start, rstrip_end


def split_glued(
    table: LabelTable, doc: Document, hit: LabelHit, spaced: bool = False, unknown: bool = False
) -> list[LabelHit]:
    """Cut a value where another label starts: glued (``MonthlyGrade``) or ``Label:``;
    with ``spaced``, also ``… Belgium-Brussels NATO Body NATO IS …`` (a flattened
    header whose colons were lost)."""
    hits: list[LabelHit] = []
    current = hit
    pos = hit.value_start
    while current.has_value:
        m = table.inline.search(doc.text, pos, current.value_end)
        # In a header flattened with its colons, a label of no field ends a value too
        # ("Title: Administrator Division/Office: …").
        other = _UNKNOWN_INLINE.search(doc.text, pos, m.start() if m else current.value_end)
        if unknown and other is not None:
            # "… Human Resources Officer Sector/Unit:": a post's noun ends the title before.
            first = other.group("first")
            start = other.start("rest" if first and names_post(first) else "label")
            hits.append(_cut(doc.text, current, start))
            current = _after(doc.text, current, UNMAPPED, None, other, colon=True, start=start)
            pos = current.value_start
            continue
        if m is None:
            break
        key, lang = table.keys[m.group("label").casefold()]
        before = doc.text[m.start() - 1] if m.start() > 0 else " "
        following = doc.text[m.end("label") : m.end("label") + 1]
        if m.group("label").isupper() and (_is_capital(before) or _is_capital(following)):
            pos = m.end("label")
            continue  # inside a word in capitals ("SUBTITLES", "VACANCY NOTIFICATION")
        glued = before.isalnum() or before in ").]"
        # The same field's label again is a new label only when a colon or glue says so
        # ("TALEO Job Number: Vacancy Number: G75/25"; not "Grade NATO Grade G20").
        new_label = glued or ":" in m.group("after")
        if (key == current.key and not new_label) or not (new_label or m.group("after") or spaced):
            pos = m.end("label")
            continue
        hits.append(_cut(doc.text, current, m.start()))
        current = _after(doc.text, current, key, lang, m, colon=bool(m.group("after")))
        pos = current.value_start
    hits.append(current)
    return hits


def trailing_label(table: LabelTable, doc: Document, index: int) -> LabelHit | None:
    """A label glued to the end of a line's value, its own value on the next line:
    a board header whose line breaks fell between value and label instead of
    between label and value (``Belgium-BrusselsNATO Body`` / ``NATO IS…Schedule``)."""
    line = doc.lines[index]
    text = line.text.rstrip(" \t:")
    run = _last_letters(text)
    if not any(run[k:] in table.last_words for k in range(len(run))):
        return None  # no label ends with the line's last letters (most lines)
    found = table.ending.search(text, max(1, len(text) - table.longest - 1))
    if found is None:
        return None
    before = text[found.start() - 1]
    if not (before.isalnum() or before in ").]"):
        return None
    if found.group("label").isupper() and _is_capital(before):
        return None  # inside a word in capitals
    key, lang = table.keys[found.group("label").casefold()]
    end = line.start + found.end("label")
    return LabelHit(key, lang, index, line.start + found.start("label"), end, end, end, False)


def inline_hit(table: LabelTable, doc: Document, index: int, colon: bool = True) -> LabelHit | None:
    """The first ``Label:`` inside a line, for headers flattened into one paragraph
    (``… VACANCY NOTICE Ref. No: eu-LISA/17 Post: Officer Location: Tallinn``); with
    ``colon=False`` the first label followed by a capitalised value
    (``… Primary Location Belgium-Brussels NATO Body NATO International Staff …``)."""
    line = doc.lines[index]
    for m in table.inline.finditer(line.text):
        if colon and ":" not in m.group("after"):
            continue
        if not colon and not m.group("after").strip() and not line.text[m.end() :].strip():
            continue
        following = line.text[m.end("label") : m.end("label") + 1]
        if m.group("label").isupper() and following.isalpha() and following.isupper():
            continue  # inside a capitalised word ("VACANCY NOTIFICATION")
        before = line.text[m.start() - 1 : m.start()]
        if before and not before.isspace():
            continue
        key, lang = table.keys[m.group("label").casefold()]
        end = rstrip_end(doc.text, line.start + m.end(), line.start + len(line.text))
        return LabelHit(
            key=key,
            lang=lang,
            line=index,
            label_start=line.start + m.start("label"),
            label_end=line.start + m.end("label"),
            value_start=min(lstrip_start(doc.text, line.start + m.end(), end), end),
            value_end=end,
            colon=colon,
        )
    return None


def _last_letters(text: str) -> str:
    """The letters a line ends with, before one closing bracket: ``IS)Schedule`` ->
    ``Schedule``, ``Salary (Pay Basis)`` -> ``Basis``."""
    end = len(text) - 1 if text.endswith(")") else len(text)
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _cut(text: str, hit: LabelHit, at: int) -> LabelHit:
    """``hit`` with its value ending where the next label starts."""
    return replace(hit, value_end=rstrip_end(text, hit.value_start, at))


def _after(
    text: str,
    current: LabelHit,
    key: str,
    lang: str | None,
    m: re.Match[str],
    colon: bool,
    start: int | None = None,
) -> LabelHit:
    """The label ``m`` found inside ``current``'s value (from ``start`` if given), valued
    with the rest of it."""
    end = current.value_end
    value = min(lstrip_start(text, m.end(), end), end)
    label = m.start("label") if start is None else start
    return LabelHit(key, lang, current.line, label, m.end("label"), value, end, colon)


# A label of no known field inside a flattened header: "Division/Office:", "Point of
# Contact:", "Starting date:", "Job Family:". A capitalised word before it ("… Force GK
# Country:") may end the previous value: a post's noun does ("… Officer Sector/Unit:").
_UNKNOWN_INLINE = re.compile(
    r"(?<=\s)(?P<label>[A-Z][\w/&'’-]*(?:[ ][a-z][\w/&'’-]*){1,2}"
    r"|(?:(?P<first>[A-Z][a-z][\w/&'’-]*)[ ])?(?P<rest>[A-Z][\w/&'’-]*"
    r"(?:[ ](?:of|for|de|du|des|la|le|the)[ ][\w/&'’-]+)*)):(?=\s)"
)


def _is_capital(ch: str) -> bool:
    return ch.isalpha() and ch.isupper()
