"""From pieces of text drawn on pages to the text of a notice.

A PDF engine gives, for each page, the pieces of text it drew and their boxes
(:class:`Fragment`: a word, a run or a whole line, depending on the engine and
the producer). :func:`arrange` turns them into the text a reader would type:

- pieces on one baseline become lines, read left to right;
- page furniture goes: running headers and footers (a row in the top or
  bottom band that recurs on half the pages), page numbers and classification
  markings;
- a page with a vertical gutter is read column by column. English and French
  side by side become the whole English column, then the whole French column
  (pages in order), so the layout stage sees an English-then-French notice;
  bands across the gutter (masthead, centred title) stay whole. Two columns of
  one language are read left then right, page by page;
- wrapped lines join into paragraphs, across page breaks too; a hyphen at a line
  end is dropped only when the joined word is a word of the document;
- every piece of the text keeps its page and box (:class:`Placement`).

Engine-independent and pure, so both engines give the same text.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from ..document import Placement


@dataclass(slots=True)
class Fragment:
    """Text drawn in one piece, and its box in points from the page's top-left corner.

    ``lead``/``trail``: the engine gave a space before/after it, which a gap
    measured between boxes may not show.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    lead: bool = False
    trail: bool = False


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    fragments: list[Fragment]
    images: int = 0
    unreadable: bool = False


# Gaps, in units of the text's height: a space between two pieces of a line, a
# new phrase (a tab stop, a gutter), a paragraph (pitch of lines).
_SPACE_GAP = 0.15
PHRASE_GAP = 0.9
_PARAGRAPH_PITCH = 1.45
# The most a line pitch is taken to be without a paragraph gap, in line heights.
_LEADING = 1.3
# Page bands where furniture may stand, as a share of the page height.
_FURNITURE_BAND = 0.12
# Where a gutter may be, as a share of the page width; its least width in points.
GUTTER_RANGE = (0.3, 0.7)
_GUTTER_MIN = 4.0

# Furniture, matched in lower case with each run of digits as '#'. A marking or a
# worded page number may share its row with other text; a bare number must be alone.
_MARKING = re.compile(
    "|".join(
        (
            r"[-–—] ?# ?[-–—]",  # - 3 -
            r"(?:page|p\.) ?#(?: ?(?:/|of|sur|de) ?#)?",  # Page 3 of 12, page 3
            r"(?:nato |otan )?(?:unclassified|non classifi[ée]e?|restricted|diffusion restreinte)"
            r"(?: ?[-–—/] ?.{0,60})?",  # NATO UNCLASSIFIED - Releasable to ...
            r"(?:publicly disclosed|public release)(?: ?[-–—/] ?.{0,60})?",
        )
    )
)
_PAGE_NUMBER = re.compile(r"# ?(?:/|of|sur|de) ?#|#")  # 3/12, 3
# A row of furniture only, as one engine may give a footer in one piece and another
# in two: "NATO UNCLASSIFIED - 1 -".
_FURNITURE_ROW = re.compile(
    f"(?:{_MARKING.pattern}|{_PAGE_NUMBER.pattern})(?: (?:{_MARKING.pattern}|{_PAGE_NUMBER.pattern}))*"
)
_DIGITS = re.compile(r"\d+")

# How a list item starts: such a line does not continue the one above (mostly).
_ITEM = re.compile(r"(?:[-–—•·▪◦‣*]|o(?= )|\d{1,2}[.)])(?:\s|$)")
_SENTENCE_END = tuple('.!?:;»"”)')
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A hyphen inside a web or mail address, or a path, is never a cut.
_ADDRESS = re.compile(r"[/@\\]|www\.|\.\w+\.")
# Words after which a line-end hyphen is suspended: "inter- and intra-divisional".
_SUSPENDED_BEFORE = frozenset({"and", "or", "nor", "to", "et", "ou", "ni", "à"})

# Words that tell English from French: function words, and header words of notices.
_LANGUAGE_TABLE = """
en  the and of to in for with is are be will on this that as by an or at from which have has
en  their who location deadline salary schedule clearance level
fr  le la les des du de et un une pour dans sur au aux est sont avec par qui que ce cette ses
fr  leur d l emplacement principal horaire salaire niveau habilitation retrait
"""
_LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(
        word
        for row in _LANGUAGE_TABLE.strip().splitlines()
        if row.startswith(lang)
        for word in row.split()[1:]
    )
    for lang in ("en", "fr")
}
_LETTERS = re.compile(r"[^\W\d_]+")

# Engines' marks for a hyphen at a line end (pdfium: U+FFFE and STX; soft hyphen).
_HYPHEN_MARKS = str.maketrans({"\ufffe": "-", "\x02": "-", "\t": " "})


@dataclass(slots=True)
class _Phrase:
    """Pieces of one baseline close enough to be read together."""

    fragments: list[Fragment]
    x0: float
    top: float
    x1: float
    bottom: float
    text: str

    @classmethod
    def of(cls, fragments: list[Fragment], x1: float | None = None) -> _Phrase:
        first = fragments[0]
        if len(fragments) == 1:
            return cls(
                fragments,
                first.x0,
                first.top,
                first.x1 if x1 is None else x1,
                first.bottom,
                first.text,
            )
        top, right, bottom = first.top, first.x1, first.bottom
        for f in fragments:
            top = min(top, f.top)
            right = max(right, f.x1)
            bottom = max(bottom, f.bottom)
        return cls(
            fragments, first.x0, top, right if x1 is None else x1, bottom, _joined(fragments)
        )


@dataclass(slots=True)
class _Line:
    fragments: list[Fragment]
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


Side = Literal["full", "left", "right"]


@dataclass(slots=True)
class _Region:
    """Lines of one page read in one go: the whole page, a band or one column."""

    page: int
    side: Side
    lines: list[_Line] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Reading:
    """How a page with columns was read: as a ``pair`` of languages or one ``flow``."""

    mode: Literal["pair", "flow"]
    gutter: tuple[float, float]


@dataclass(slots=True)
class _Pair:
    left: _Region
    right: _Region


def clean(text: str) -> tuple[str, bool, bool]:
    """A piece's text with ligatures and compatibility forms normalised (NFKC), a line-end
    hyphen as ``-`` and runs of space as one; and whether it had space before and after."""
    if "\ufffe" in text or "\x02" in text or "\t" in text:
        text = text.translate(_HYPHEN_MARKS)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        if "\u00ad" in text:
            text = text.rstrip("\u00ad") + "-" if text.endswith("\u00ad") else text
            text = text.replace("\u00ad", "")
    lead = text[:1].isspace()
    trail = text[-1:].isspace()
    return " ".join(text.split()), lead, trail


def arrange(pages: Sequence[Page]) -> tuple[str, list[Placement]]:
    """The text of the pages, and where each piece of it was drawn."""
    rows = [_phrase_rows(page) for page in pages]
    _drop_furniture(pages, rows)
    items: list[_Region | _Pair] = []
    previous: _Reading | None = None
    for page, page_rows in zip(pages, rows, strict=True):
        page_items, previous = _read_page(page, [r for r in page_rows if r], previous)
        items.extend(page_items)
    return _Writer().write(_flows(items))


def _rows(fragments: Iterable[Fragment]) -> list[list[Fragment]]:
    """Fragments grouped by baseline: each overlaps the first of its row by half its
    height. Rows top to bottom, each left to right."""
    rows: list[list[Fragment]] = []
    top = bottom = 0.0
    for frag in sorted(fragments, key=_top_left):
        if rows:
            low = bottom if bottom < frag.bottom else frag.bottom
            high = top if top > frag.top else frag.top
            least = min(bottom - top, frag.bottom - frag.top)
            if low - high >= 0.5 * least:
                rows[-1].append(frag)
                continue
        rows.append([frag])
        top, bottom = frag.top, frag.bottom
    for row in rows:
        row.sort(key=_left)
    return rows


def _top_left(frag: Fragment) -> tuple[float, float]:
    return frag.top, frag.x0


def _left(frag: Fragment) -> float:
    return frag.x0


def _joined(fragments: Sequence[Fragment]) -> str:
    parts = [fragments[0].text]
    for prev, cur in pairwise(fragments):
        if _spaced(prev, cur):
            parts.append(" ")
        parts.append(cur.text)
    return "".join(parts)


def _spaced(prev: Fragment, cur: Fragment) -> bool:
    height = max(cur.bottom - cur.top, prev.bottom - prev.top)
    return prev.trail or cur.lead or cur.x0 - prev.x1 > _SPACE_GAP * height


Row = list[_Phrase]


def _phrase_rows(page: Page) -> list[Row]:
    """The page's rows, each cut into phrases where a wide gap stands."""
    rows: list[Row] = []
    for fragments in _rows(f for f in page.fragments if f.text):
        row: Row = []
        current = [fragments[0]]
        for frag in fragments[1:]:
            height = max(frag.bottom - frag.top, current[-1].bottom - current[-1].top)
            if frag.x0 - current[-1].x1 > PHRASE_GAP * height:
                row.append(_Phrase.of(current))
                current = [frag]
            else:
                current.append(frag)
        row.append(_Phrase.of(current))
        rows.append(row)
    return rows


def _in_band(row: Row, page: Page) -> bool:
    band = page.height * _FURNITURE_BAND
    return row[0].top <= band or row[0].bottom >= page.height - band


def _masked(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _drop_furniture(pages: Sequence[Page], rows: list[list[Row]]) -> None:
    """Empty the rows of the page bands that recur on half the pages or are page
    numbers, and take markings out of the others."""
    keys = [
        {
            j: _masked(" ".join(p.text for p in row))
            for j, row in enumerate(page_rows)
            if _in_band(row, page)
        }
        for page, page_rows in zip(pages, rows, strict=True)
    ]
    seen = Counter(key for page_keys in keys for key in set(page_keys.values()))
    repeated = max(2, (len(pages) + 1) // 2)
    for page_rows, page_keys in zip(rows, keys, strict=True):
        for j, key in page_keys.items():
            if seen[key] >= repeated or _FURNITURE_ROW.fullmatch(key):
                page_rows[j] = []
            else:
                page_rows[j] = [p for p in page_rows[j] if not _MARKING.fullmatch(_masked(p.text))]


def _gutter(page: Page, phrases: list[_Phrase]) -> tuple[float, float] | None:
    """The widest vertical strip in the middle of the page that the fewest phrases cross."""
    lo, hi = page.width * GUTTER_RANGE[0], page.width * GUTTER_RANGE[1]
    starts = sorted(p.x0 for p in phrases)
    ends = sorted(p.x1 for p in phrases)
    edges = sorted({lo, hi, *(x for x in starts + ends if lo < x < hi)})
    best: tuple[int, float, float, float] | None = None  # crossings, -width, start, end
    run: tuple[int, float] | None = None
    for a, b in pairwise(edges):
        middle = (a + b) / 2
        crossing = bisect_left(starts, middle) - bisect_left(ends, middle)
        if run is not None and run[0] == crossing:
            run_start = run[1]
        else:
            run_start = a
            run = (crossing, a)
        candidate = (crossing, run_start - b, run_start, b)
        if best is None or candidate < best:
            best = candidate
    if best is None or best[3] - best[2] < _GUTTER_MIN:
        return None
    return best[2], best[3]


Segment = tuple[list[Row], list[Row]]


def _segments(rows: list[Row], gutter: tuple[float, float]) -> list[Segment] | None:
    """The page top to bottom as full-width bands ``(rows, [])`` and column blocks
    ``(left rows, right rows)``; ``None`` when no block has two columns worth the name."""
    g0, g1 = gutter
    segments: list[Segment] = []
    block: list[Row] = []
    found = False

    def close() -> None:
        nonlocal found
        left = [r for r in ([p for p in row if p.x1 <= g0 + 0.5] for row in block) if r]
        right = [r for r in ([p for p in row if p.x1 > g0 + 0.5] for row in block) if r]
        if len(left) >= 2 and len(right) >= 2:
            segments.append((left, right))
            found = True
        elif block:
            _add_band(segments, list(block))
        block.clear()

    crossing = [any(p.x0 < g1 - 0.5 and p.x1 > g0 + 0.5 for p in row) for row in rows]
    for i, row in enumerate(rows):
        if not crossing[i]:
            block.append(row)
        elif block and i + 1 < len(rows) and not crossing[i + 1]:
            # One line between column lines overflows its column (a long address):
            # it belongs to the column it starts in.
            block.append(
                [_Phrase.of(p.fragments, x1=min(p.x1, g0)) if p.x0 < g0 else p for p in row]
            )
        else:
            close()
            _add_band(segments, [row])
    close()
    return segments if found else None


def _add_band(segments: list[Segment], rows: list[Row]) -> None:
    if segments and not segments[-1][1]:
        segments[-1][0].extend(rows)
    else:
        segments.append((rows, []))


def language(text: str) -> str | None:
    """``en`` or ``fr`` when the text's function words say so clearly; else ``None``."""
    counts = dict.fromkeys(_LANGUAGE_WORDS, 0)
    for word in _LETTERS.findall(text.lower()):
        for lang, words in _LANGUAGE_WORDS.items():
            if word in words:
                counts[lang] += 1
    en, fr = counts["en"], counts["fr"]
    if en >= 3 and en >= 2 * fr:
        return "en"
    if fr >= 3 and fr >= 2 * en:
        return "fr"
    return None


def _prose(rows: list[Row]) -> bool:
    """Running text: some lines continue a sentence (they start in lower case)."""
    return sum(1 for row in rows if row[0].text[:1].islower()) >= 2


def _text(rows: list[Row]) -> str:
    return " ".join(p.text for row in rows for p in row)


def _read_page(
    page: Page, rows: list[Row], previous: _Reading | None
) -> tuple[list[_Region | _Pair], _Reading | None]:
    """The page as regions in reading order, and how it was read (for the next page).

    Columns whose languages differ are a pair; a page that continues a pair of
    columns at the same gutter is one too, unless both columns are clearly in
    the same language, and so is a page with text on one side of it only (the
    longer language's last lines).
    """
    phrases = [p for row in rows for p in row]
    gutter = _gutter(page, phrases) if len(phrases) >= 6 else None
    segments = _segments(rows, gutter) if gutter is not None else None
    if gutter is None or segments is None:
        if previous is not None and previous.mode == "pair" and phrases:
            g0, g1 = previous.gutter
            if all(p.x1 <= g0 + 0.5 for p in phrases) or all(p.x0 >= g1 - 0.5 for p in phrases):
                left = rows if phrases[0].x1 <= g0 + 0.5 else []
                right = [] if left else rows
                pair = _Pair(_region(page, left, "left"), _region(page, right, "right"))
                return [pair], previous
        return [_region(page, rows, "full")], None
    left_all = [row for left, right in segments if right for row in left]
    right_all = [row for _, right in segments for row in right]
    left_lang = language(_text(left_all))
    right_lang = language(_text(right_all))
    middle = (gutter[0] + gutter[1]) / 2
    continues = (
        previous is not None
        and previous.mode == "pair"
        and abs(sum(previous.gutter) / 2 - middle) < 24
    )
    if (left_lang and right_lang and left_lang != right_lang) or (
        continues and not (left_lang and left_lang == right_lang)
    ):
        mode: Literal["pair", "flow"] = "pair"
    elif _prose(left_all) and _prose(right_all):
        mode = "flow"
    else:
        return [_region(page, rows, "full")], None
    items: list[_Region | _Pair] = []
    for left, right in segments:
        if not right:
            items.append(_region(page, left, "full"))
        elif mode == "pair":
            items.append(_Pair(_region(page, left, "left"), _region(page, right, "right")))
        else:
            items.extend((_region(page, left, "left"), _region(page, right, "right")))
    return items, _Reading(mode, gutter)


def _region(page: Page, rows: list[Row], side: Side) -> _Region:
    """Each row a line; phrases of a row stand a wide gap apart, so a space joins them."""
    region = _Region(page.number, side)
    for row in rows:
        first = row[0]
        top, x1, bottom = first.top, first.x1, first.bottom
        for phrase in row[1:]:
            top = min(top, phrase.top)
            x1 = max(x1, phrase.x1)
            bottom = max(bottom, phrase.bottom)
        fragments = first.fragments if len(row) == 1 else [f for p in row for f in p.fragments]
        text = first.text if len(row) == 1 else " ".join(p.text for p in row)
        region.lines.append(_Line(fragments, page.number, first.x0, top, x1, bottom, text))
    return region


def _flows(items: list[_Region | _Pair]) -> list[list[_Region]]:
    """Reading order: what comes before the first pair of columns, every left column,
    every right column, then what follows the last pair."""
    pairs = [i for i, item in enumerate(items) if isinstance(item, _Pair)]
    if not pairs:
        return [[item for item in items if isinstance(item, _Region)]]
    first, last = pairs[0], pairs[-1]
    head = [item for item in items[:first] if isinstance(item, _Region)]
    tail = [item for item in items[last + 1 :] if isinstance(item, _Region)]
    left: list[_Region] = []
    right: list[_Region] = []
    for item in items[first : last + 1]:
        if isinstance(item, _Pair):
            left.append(item.left)
            right.append(item.right)
        else:
            left.append(item)
    return [head, left, right, tail]


class _Writer:
    """Writes flows of lines as text, joining paragraphs and recording placements."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.position = 0
        self.placements: list[Placement] = []
        self.vocabulary: set[str] = set()
        self.compound_parts: tuple[set[str], set[str]] = (set(), set())
        self.edges: dict[Side, float] = {}
        self.justified: dict[Side, bool] = {}
        self.pitch = 0.0
        self.regions: list[_Region] = []

    def write(self, flows: list[list[_Region]]) -> tuple[str, list[Placement]]:
        regions = [region for flow in flows for region in flow if region.lines]
        self._measure(regions)
        for flow in flows:
            lines = [(region, line) for region in flow for line in region.lines]
            if not lines:
                continue
            if self.parts:
                self._put("\n\n")
            self._flow(lines)
        if self.parts:
            self._put("\n")
        return "".join(self.parts), self.placements

    def _measure(self, regions: list[_Region]) -> None:
        """Right edge of each kind of column, whether it is justified, the usual line pitch."""
        by_side: dict[Side, list[float]] = {}
        pitches: list[float] = []
        heights: list[float] = []
        for region in regions:
            by_side.setdefault(region.side, []).extend(line.x1 for line in region.lines)
            heights.extend(line.bottom - line.top for line in region.lines)
            for a, b in pairwise(region.lines):
                if 0 < b.top - a.top < 4 * (a.bottom - a.top):
                    pitches.append(b.top - a.top)
        for side, ends in by_side.items():
            ends.sort()
            edge = ends[min(len(ends) - 1, int(len(ends) * 0.95))]
            self.edges[side] = edge
            flush = sum(1 for x in ends if x >= edge - 1.0)
            self.justified[side] = len(ends) >= 8 and flush >= 0.3 * len(ends)
        if pitches:
            # Lines of a paragraph stand closest; where most paragraphs are one line long,
            # the font's usual leading says how close.
            pitches.sort()
            usual = _LEADING * statistics.median(heights)
            self.pitch = min(pitches[len(pitches) // 5], usual)
        self.regions = regions

    def _words(self) -> tuple[set[str], tuple[set[str], set[str]]]:
        """The document's words in lower case, without the halves of words cut at a line
        end; and the first and second parts of its hyphenated compounds. Made on the
        first hyphen to judge."""
        if self.vocabulary:
            return self.vocabulary, self.compound_parts
        cut = False
        for region in self.regions:
            for line in region.lines:
                words = _WORD.findall(line.text)
                hyphen = line.text.endswith("-")
                for i, word in enumerate(words):
                    parts = word.lower().split("-")
                    # Of a word cut at a line end only the whole parts count: "nite-term"
                    # (from "indefi-" / "nite-term") still says "term" ends compounds.
                    start = 1 if cut and i == 0 else 0
                    end = len(parts) - 1 if hyphen and i == len(words) - 1 else len(parts)
                    self._learn(parts, start, end)
                cut = hyphen
        return self.vocabulary, self.compound_parts

    def _learn(self, parts: list[str], start: int, end: int) -> None:
        """Take in a word's parts, of which ``parts[start:end]`` are whole."""
        whole = parts[start:end]
        self.vocabulary.update(whole)
        if len(whole) > 1:
            self.vocabulary.add("-".join(whole))
        for k, (first, second) in enumerate(pairwise(parts)):
            if k >= start:
                self.compound_parts[0].add(first)
            if k + 1 < end:
                self.compound_parts[1].add(second)
            if k >= start and k + 1 < end:
                self.vocabulary.add(f"{first}-{second}")

    def _flow(self, lines: list[tuple[_Region, _Line]]) -> None:
        for i, (region, line) in enumerate(lines):
            after, drop = "", False
            if i + 1 < len(lines):
                next_region, following = lines[i + 1]
                after = self._separator(region, line, next_region, following)
                if after == " " and line.text.endswith("-"):
                    joint = self._hyphen(line.text, following.text)
                    drop = joint == ""
                    after = " " if joint == "- " else ""
            self._line(line, drop_hyphen=drop)
            self._put(after)

    def _separator(self, region: _Region, a: _Line, next_region: _Region, b: _Line) -> str:
        """What stands between two lines of a flow: a space (one paragraph), a line break,
        or a blank line (a new paragraph)."""
        edge = self.edges.get(region.side, a.x1)
        justified = self.justified.get(region.side, False)
        # A line starting like a list item starts one, unless the line above is full and
        # does not end a sentence: "... International Affairs" / "· Peace and Security".
        item = _ITEM.match(b.text) is not None and (
            not _flush(a, edge) or a.text.endswith(_SENTENCE_END)
        )
        if next_region is region:
            if self.pitch and b.top - a.top > _PARAGRAPH_PITCH * self.pitch:
                return "\n\n"
            if item:
                return "\n"
            return " " if _wraps(a, b, edge, justified) else "\n"
        # A page or column break: only a full line, or one a lower-case line continues.
        if item:
            return "\n\n"
        if _flush(a, edge) or (not b.text[:1].isupper() and _wraps(a, b, edge, justified)):
            return " "
        return "\n\n"

    def _hyphen(self, a: str, b: str) -> str:
        """How a line ending in a hyphen goes on: ``""`` (a word cut in two), ``"-"`` (a
        compound cut at its hyphen) or ``"- "`` (a suspended hyphen: "inter- and intra-").

        The joined word must be a word of the document; a word written elsewhere with
        the hyphen, or halves the document uses as words or in other compounds, keep it.
        """
        head = _LAST_WORD.search(a[:-1])
        tail = _FIRST_WORD.match(b)
        if head is None or tail is None or head.end() != len(a) - 1:
            return "-"
        if _ADDRESS.search(a.rsplit(" ", 1)[-1]) or tail.group()[0].isupper():
            return "-"
        h, t = head.group().lower(), tail.group().lower()
        words, parts = self._words()
        if h + t in words:
            return ""
        after = b.split(maxsplit=2)[1:2]
        if t in _SUSPENDED_BEFORE and (not after or "-" in after[0]):
            return "- "
        if f"{h}-{t}" in words or h in parts[0] or t in parts[1]:
            return "-"
        if min(len(h), len(t)) >= 3 and h in words and t in words:
            return "-"
        return ""

    def _line(self, line: _Line, drop_hyphen: bool) -> None:
        last = len(line.fragments) - 1
        for i, frag in enumerate(line.fragments):
            if i and _spaced(line.fragments[i - 1], frag):
                self._put(" ")
            text = frag.text[:-1] if drop_hyphen and i == last else frag.text
            if text:
                start = self.position
                self._put(text)
                box = (frag.x0, frag.top, frag.x1, frag.bottom)
                self.placements.append(Placement(start, self.position, line.page, box))

    def _put(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.position += len(text)


def _char_width(line: _Line) -> float:
    return (line.x1 - line.x0) / max(1, len(line.text))


def _flush(line: _Line, edge: float) -> bool:
    return line.x1 >= edge - 0.5 * _char_width(line)


def _wraps(a: _Line, b: _Line, edge: float, justified: bool) -> bool:
    """Whether ``b`` continues ``a``'s paragraph.

    A line that reaches the edge goes on. In justified text no other line does (but a
    single word cannot be stretched); in ragged text a line goes on when ``b``'s
    first word would not have fit after it, unless it ends a sentence before a capital.
    """
    if _flush(a, edge):
        return True
    if justified and " " in a.text:
        return False
    width = _char_width(a)
    first = len(b.text.split(" ", 1)[0])
    if a.x1 + width * (first + 1) <= edge + 0.5 * width:
        return False
    return not (a.text.endswith(_SENTENCE_END) and b.text[:1].isupper())
