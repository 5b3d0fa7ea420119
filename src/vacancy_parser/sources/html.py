"""HTML input: a saved job or portal page to the notice's text, with a map back to its elements.

The page is read the way a reader sees it: blocks become lines, paragraphs and
headings are set apart by blank lines, list items become ``- item`` (``1. item``)
lines, and a table row or a ``<dt>``/``<dd>`` pair becomes one line, a label and
its value as ``Label: value``, so that the layout stage reads the facts as a
header block.
Site furniture (navigation, scripts, cookie banners, related-job lists, share
widgets, link lists) is dropped; the job's own content (``<main>``,
``<article>``, an element marked as the job description) is kept as it is, and
so is the title and any summary box of facts around it.

Spans of an HTML input point into the extracted text (``Document.source_text``);
``metadata["anchors"]`` maps its offsets back to elements (:func:`element_at`)
and ``metadata["jsonld"]`` holds the page's schema.org JobPosting, if any.
"""

from __future__ import annotations

import codecs
import itertools
import re
from bisect import bisect_right
from functools import lru_cache
from typing import cast

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from ..config import Options
from ..document import Document
from ..errors import InputError
from . import _mojibake
from ._jsonld import job_posting


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Never text.
_DROP_TAGS = _words(
    "head script style noscript template svg math iframe frame frameset object embed canvas "
    "video audio map button select option optgroup datalist textarea input dialog"
)
# Site furniture: dropped unless it holds the title or the job's content.
_CHROME_TAGS = _words("nav menu")
# Dropped at site level only: inside <main>/<article> they are the job's own.
_SITE_TAGS = _words("header footer form")
_CONTENT_TAGS = _words("main article")
_CHROME_ROLES = _words(
    "navigation banner contentinfo search dialog alertdialog menu menubar toolbar"
)
# Whole words of a class or id (``relatedJobs``, ``share-bar``) that mark furniture.
_CHROME_WORDS = _words(
    "nav navbar navigation menu breadcrumb breadcrumbs share sharing social related similar "
    "banner modal popup newsletter pagination advert advertisement ads sponsored "
    "sr-only visually-hidden screen-reader-text skip-link site-header site-footer "
    "more-jobs other-jobs job-alert job-alerts btn partage partager tags tag-list chips"
)
# Parts of a class or id that mark furniture wherever they appear.
_CHROME_FRAGMENTS = ("cookie", "consent", "gdpr", "breadcrumb", "recommend", "menu")
# Class/id words of site furniture, dropped at site level only, like <footer>. Not
# ``header``: portals put the header facts of a notice in ``<table class="header">``.
_SITE_WORDS = _words("footer")
# Parts of a class, id or itemtype that mark the job's own content.
_CONTENT_FRAGMENTS = (
    "job-description",
    "jobdescription",
    "job-detail",
    "jobdetail",
    "job-content",
    "job-body",
    "job-posting",
    "jobposting",
    "vacancy",
    "vacature",
    "posting-body",
    "requisition-description",
    "description-du-poste",
    "offre-emploi",
)

# Line breaks around a block as a reader sees them: 2 sets it apart by a blank line.
_BREAKS: dict[str, int] = {
    **dict.fromkeys(
        _words("p h1 h2 h3 h4 h5 h6 pre blockquote hr table ul ol dl figure address"), 2
    ),
    **dict.fromkeys(
        _words(
            "html body div section article main aside header footer nav form fieldset details "
            "summary caption figcaption legend center hgroup li dt dd tr td th dir menu"
        ),
        1,
    ),
}
_LISTS = _words("ul ol dir menu")
# A cell holding one of these has more than one line: its row cannot be one line.
_MULTILINE = _words("br hr table ul ol dl pre li tr dir menu")
# Containers of mostly links (menus, tag clouds, related jobs) are dropped outside the
# job's own content.
_LINK_CHECKED = _LISTS | _words("div section aside table td th p dl")
_LINK_SHARE = 0.7
_MIN_LINKS = 3
_CONTENT_SHARE = 0.2
_SITE_SHARE = 0.5
_LABEL_MAX = 60
_LABEL_WORDS = 6
# Class/id words of a table cell that holds a label.
_LABEL_NAMES = _words("label key field term name")
_ROW_GROUPS = _words("tbody thead tfoot")
_KEY_VALUE_ROWS = 3

# Runs that collapse to one space; a lone space is left alone, which keeps the scan cheap.
_WS = re.compile(r"[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]")
_TAG = re.compile(r"<[A-Za-z!/?]")
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers read every Latin-1 label as Windows-1252; so does this.
_CP1252_NAMES = frozenset({"cp1252", "iso8859-1", "ascii"})
_CP1252_HIGH = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in b"\x81\x8d\x8f\x90\x9d"
}
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WORDS = re.compile(r"[a-z0-9]+")

_TEXT_LENGTH = etree.XPath("string-length(.)")
_SPACED_LENGTH = etree.XPath("string-length(normalize-space(.))")
_HIDDEN_TEXT = _words("script style noscript template")
_LD_JSON = etree.XPath("//script[@type]")
_MAIN = etree.XPath("//main | //*[@role='main']")
_ARTICLES = etree.XPath("//article")
_H1 = etree.XPath(".//h1")
_ROWS = etree.XPath("./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr")
_NAMED = etree.XPath("//*[@class or @id or @itemtype]")


def load(data: bytes, where: str, name: str | None, options: Options) -> Document:
    del options
    if not data.strip():
        raise InputError(where, "is empty", "give a saved HTML page of a notice")
    source, encoding = decode(data, where)
    text = _mojibake.repair(source)
    if _TAG.search(text):
        root = _parse(text, where)
        extracted, anchors = extract(root)
        doc = Document.from_text(extracted, name)
        doc.metadata["anchors"] = anchors
        posting = job_posting(_ld_json_scripts(root))
        if posting:
            doc.metadata["jsonld"] = posting
    else:
        doc = Document.from_text(text, name)
    doc.metadata.update(encoding=encoding, mojibake_repaired=text != source)
    return doc


def _parse(text: str, where: str) -> HtmlElement:
    """The tree of an already decoded page: as UTF-8 bytes, so that no declaration misleads lxml."""
    try:
        return lxml.html.document_fromstring(
            text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")
        )
    except (etree.ParserError, ValueError) as exc:
        raise InputError(where, f"cannot be read as HTML ({exc})", "save the page again") from None


def element_at(doc: Document, offset: int) -> str | None:
    """The XPath of the innermost block element that produced ``offset`` of the text."""
    anchors: list[tuple[int, str]] = doc.metadata.get("anchors") or []
    if not 0 <= offset < len(doc.source_text):
        return None
    i = bisect_right(anchors, offset, key=lambda anchor: anchor[0]) - 1
    return anchors[i][1] if i >= 0 else None


def decode(data: bytes, where: str) -> tuple[str, str]:
    """The page as text and the encoding read: BOM, then the declared one, UTF-8, cp1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    if b"\x00" in data[:4096]:
        raise InputError(where, "looks binary, not HTML", "give a saved HTML page of a notice")
    declared = _declared(data[:4096])
    if declared == "cp1252":
        return _cp1252(data), declared
    for codec in filter(None, (declared, "utf-8")):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return _cp1252(data), "cp1252"


def _declared(head: bytes) -> str | None:
    m = _DECLARED.search(head)
    if m is None:
        return None
    try:
        name = codecs.lookup((m.group(1) or m.group(2)).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in _CP1252_NAMES:
        return "cp1252"
    # A page without NUL bytes is not UTF-16 or UTF-32, whatever it declares.
    return None if name.startswith(("utf-16", "utf-32")) else name


def _cp1252(data: bytes) -> str:
    """Windows-1252, keeping its five undefined bytes as Latin-1 so that nothing is lost."""
    return data.decode("latin-1").translate(_CP1252_HIGH)


def _elements(xpath: etree.XPath, el: HtmlElement) -> list[HtmlElement]:
    return cast(list[HtmlElement], xpath(el))


def _ld_json_scripts(root: HtmlElement) -> list[str]:
    return [
        script.text or ""
        for script in _elements(_LD_JSON, root)
        if (script.get("type") or "").strip().lower() == "application/ld+json"
    ]


def extract(root: HtmlElement) -> tuple[str, list[tuple[int, str]]]:
    """The page's text as a reader sees it, and (offset, XPath) of each block it came from."""
    page = _Page(root)
    text, anchors = _Walk(page, filtered=True).run()
    if not text and page.body_length:
        text, anchors = _Walk(page, filtered=False).run()
    return text, anchors


def _visible_length(el: HtmlElement) -> int:
    hidden = sum(len(h.text or "") for h in el.iter(*_HIDDEN_TEXT))
    return int(cast(float, _TEXT_LENGTH(el))) - hidden


def _clean(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def _joined(names: str) -> str:
    """A class/id string as ``-``-joined lowercase words: ``relatedJobs x`` -> ``-related-jobs-x-``."""
    return "-" + "-".join(_WORDS.findall(_CAMEL.sub(r"\1-\2", names).lower())) + "-"


def _content_name(el: HtmlElement) -> bool:
    joined = _joined(f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemtype') or ''}")
    return any(f in joined for f in _CONTENT_FRAGMENTS)


_NO_MARKS = (False, False)


@lru_cache(maxsize=4096)
def _name_marks(names: str) -> tuple[bool, bool]:
    joined = _joined(names)
    chrome = any(f"-{w}-" in joined for w in _CHROME_WORDS) or any(
        f in joined for f in _CHROME_FRAGMENTS
    )
    return chrome, any(f"-{w}-" in joined for w in _SITE_WORDS)


def _marks(el: HtmlElement) -> tuple[bool, bool]:
    """Whether role, aria-hidden, class or id mark the element as furniture, and as site
    furniture (header/footer words) that a job's own content may also use."""
    attrs = el.attrib
    if not attrs:
        return _NO_MARKS
    role = (attrs.get("role") or "").strip().lower()
    if role in _CHROME_ROLES or (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True, False
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return _name_marks(names) if names != " " else _NO_MARKS


def _is_chrome(el: HtmlElement) -> bool:
    tag = el.tag
    return tag in _DROP_TAGS or tag in _CHROME_TAGS or _marks(el)[0]


def _link_heavy(el: HtmlElement) -> bool:
    links = list(el.iter("a"))
    if len(links) < _MIN_LINKS:
        return False
    total = _spaced_length(el)
    return total > 0 and sum(_spaced_length(a) for a in links) >= _LINK_SHARE * total


def _spaced_length(el: HtmlElement) -> float:
    """Text length with whitespace runs counted once, so that indentation weighs nothing."""
    return cast(float, _SPACED_LENGTH(el))


def _one_line(cell: HtmlElement) -> bool:
    """Whether a cell reads as one line: no breaks, lists or tables, at most one block."""
    blocks = 0
    for el in cell.iterdescendants():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in _MULTILINE:
            return False
        if tag in _BREAKS:
            blocks += 1
            if blocks > 1:
                return False
    return True


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [c for c in row if c.tag in ("td", "th")]


def _filled(cells: list[HtmlElement]) -> list[tuple[HtmlElement, str]]:
    return [(c, text) for c in cells if (text := _clean(c.text_content()))]


def _label_cell(cell: HtmlElement, text: str) -> bool:
    """A header cell, a cell with its colon, a cell named as a label, or all in bold."""
    if cell.tag == "th" or text.endswith(":"):
        return True
    joined = _joined(f"{cell.get('class') or ''} {cell.get('id') or ''}")
    if any(f"-{word}-" in joined for word in _LABEL_NAMES):
        return True
    return (
        len(cell) == 1
        and cell[0].tag in ("b", "strong")
        and not (cell.text or "").strip()
        and not (cell[0].tail or "").strip()
    )


def _label_separator(label: str) -> str | None:
    """``": "`` after a cell that reads as a field label, ``" "`` if it has its colon."""
    bare = label.rstrip(": ")
    if not bare or len(bare) > _LABEL_MAX or len(bare.split()) > _LABEL_WORDS:
        return None
    if not bare[0].isalpha() or any(ch.isdigit() for ch in bare):
        return None
    return " " if label.endswith(":") else ": "


class _Page:
    """What the walk needs to know about the whole page before it starts."""

    def __init__(self, root: HtmlElement) -> None:
        self.root = root
        self.tree = root.getroottree()
        body = root.find("body")
        self.body: HtmlElement = body if body is not None else root
        self.body_length = _visible_length(self.body)
        self.content = self._content()
        self.title = self._title()
        self.protected: set[HtmlElement] = set()
        for el in (self.content, self.title):
            if el is not None:
                self.protected.add(el)
                self.protected.update(el.iterancestors())

    def _content(self) -> HtmlElement | None:
        """The job's own content: a marked element, else ``<main>``, else the largest article."""
        least = _CONTENT_SHARE * self.body_length
        marked = [
            el
            for el in _elements(_NAMED, self.root)
            if el.tag not in ("html", "body") and _content_name(el) and not _in_chrome(el)
        ]
        best = max(marked, key=_visible_length, default=None)
        if best is not None and _visible_length(best) >= least:
            return best
        main = next((el for el in _elements(_MAIN, self.root) if not _in_chrome(el)), None)
        if main is not None:
            return main
        article = max(_elements(_ARTICLES, self.root), key=_visible_length, default=None)
        if article is not None and _visible_length(article) >= least:
            return article
        return None

    def _title(self) -> HtmlElement | None:
        scopes = [self.content, self.body] if self.content is not None else [self.body]
        for scope in scopes:
            for h1 in _elements(_H1, scope):
                if not _in_chrome(h1) and _clean(h1.text_content()):
                    return h1
        return None


def _in_chrome(el: HtmlElement) -> bool:
    return any(_is_chrome(a) for a in (el, *el.iterancestors()))


class _Walk:
    """One pass over the page, writing its text with pending breaks and separators."""

    def __init__(self, page: _Page, *, filtered: bool) -> None:
        self.page = page
        self.filtered = filtered
        self.parts: list[str] = []
        self.size = 0
        self.newlines = 0
        self.sep = ""
        self.space = False
        self.prefix = ""
        self.line_start = True
        self.anchors: list[tuple[int, str]] = []
        self.anchored: HtmlElement | None = None
        self.blocks: list[HtmlElement] = []
        self.lists: list[list[int]] = []
        self.flat = 0
        self.pre = 0
        self.in_content = 0
        self.in_main = 0
        self.skipped: set[HtmlElement] = set()
        self.glued: dict[HtmlElement, str] = {}
        self.key_value: dict[HtmlElement, bool] = {}

    def run(self) -> tuple[str, list[tuple[int, str]]]:
        walker = etree.iterwalk(self.page.body, events=("start", "end", "comment", "pi"))
        drop, open_, close, text, skipped = (
            self._drop,
            self._open,
            self._close,
            self._text,
            self.skipped,
        )
        for event, el in walker:
            if event == "start":
                if drop(el):
                    skipped.add(el)
                    walker.skip_subtree()
                    continue
                open_(el)
                text(el.text)
                continue
            if event == "end":
                if el in skipped:
                    skipped.discard(el)
                else:
                    close(el)
            text(el.tail)
        return "".join(self.parts), self.anchors

    def _drop(self, el: HtmlElement) -> bool:
        tag = el.tag
        if not isinstance(tag, str) or tag in _DROP_TAGS:
            return True
        if not self.filtered or el in self.page.protected:
            return False
        chrome, site = _marks(el)
        if chrome or tag in _CHROME_TAGS:
            return True
        if (site or tag in _SITE_TAGS) and not self.in_main:
            return _visible_length(el) < _SITE_SHARE * self.page.body_length
        return not self.in_content and tag in _LINK_CHECKED and _link_heavy(el)

    def _open(self, el: HtmlElement) -> None:
        tag = el.tag
        if tag == "tr":
            self._plan_row(el)
        elif tag == "dl":
            self._plan_terms(el)
        if el is self.page.content:
            self.in_content += 1
        if tag in _CONTENT_TAGS or el is self.page.content:
            self.in_main += 1
        if el in self.glued:
            self._separate(self.glued[el])
            self.flat += 1
        elif tag == "br":
            if self.size and not self.flat:
                self.newlines = min(self.newlines + 1, 2)
        elif tag in _BREAKS:
            self._break(self._breaks(tag))
        if tag in _LISTS:
            self.lists.append([tag == "ol", _start(el)])
        elif tag == "li":
            self._item()
        elif tag == "pre":
            self.pre += 1
        if tag in _BREAKS:
            self.blocks.append(el)

    def _close(self, el: HtmlElement) -> None:
        tag = el.tag
        if tag in _BREAKS:
            self.blocks.pop()
        if tag in _LISTS and self.lists:
            self.lists.pop()
        elif tag == "li":
            self.prefix = ""
        elif tag == "pre":
            self.pre -= 1
        if el in self.glued:
            self.flat = max(self.flat - 1, 0)
            if tag == "dd":
                self._break(_BREAKS[tag])
        elif tag in _BREAKS:
            self._break(self._breaks(tag))
        if el is self.page.content:
            self.in_content -= 1
        if tag in _CONTENT_TAGS or el is self.page.content:
            self.in_main -= 1

    def _breaks(self, tag: str) -> int:
        """A list inside a list item starts a line, not a paragraph."""
        return 1 if tag in _LISTS and self.lists else _BREAKS[tag]

    def _plan_row(self, row: HtmlElement) -> None:
        """Cells of a row of one-line cells share its line, tab-separated; a label cell
        and its value read as ``Label: value``."""
        cells = _cells(row)
        if not cells or not all(_one_line(c) for c in cells):
            return
        for cell in cells:
            self.glued[cell] = "\t"
        filled = _filled(cells)
        if len(filled) != 2 or filled[1][0].tag != "td":
            return
        (label, text), (value, _) = filled
        separator = _label_separator(text)
        if separator and (_label_cell(label, text) or self._key_value(row)):
            self.glued[value] = separator

    def _key_value(self, row: HtmlElement) -> bool:
        """Whether the row's table lists facts: three or more rows, each a label and a value."""
        table = row.getparent()
        if table is not None and table.tag in _ROW_GROUPS:
            table = table.getparent()
        if table is None:
            return False
        if table not in self.key_value:
            rows = _elements(_ROWS, table)
            self.key_value[table] = len(rows) >= _KEY_VALUE_ROWS and all(
                len(pair := _filled(_cells(r))) == 2 and _label_separator(pair[0][1]) is not None
                for r in rows
            )
        return self.key_value[table]

    def _plan_terms(self, dl: HtmlElement) -> None:
        """A ``<dt>`` and the ``<dd>`` right after it read as one ``Label: value`` line."""
        items = [el for el in dl if el.tag in ("dt", "dd")]
        for term, value in itertools.pairwise(items):
            if term.tag != "dt" or value.tag != "dd" or term in self.glued:
                continue
            if _one_line(term) and _one_line(value):
                self.glued[term] = ""
                self.glued[value] = _label_separator(_clean(term.text_content())) or " "

    def _item(self) -> None:
        depth = len(self.lists)
        marker = "- "
        if self.lists and self.lists[-1][0]:
            marker = f"{self.lists[-1][1]}. "
            self.lists[-1][1] += 1
        self.prefix = "  " * max(depth - 1, 0) + marker

    def _break(self, n: int) -> None:
        if self.flat:
            self.space = True
        elif self.size:
            self.newlines = max(self.newlines, n)

    def _separate(self, sep: str) -> None:
        if not self.newlines:
            self.sep = sep

    def _text(self, raw: str | None) -> None:
        if not raw:
            return
        if self.pre:
            self._pre_text(raw)
            return
        if raw.isspace():
            self.space = True
            return
        text = _collapse(raw)
        if text[0] == " ":
            self.space = True
        core = text.strip(" ")
        self._write(core)
        self.space = text[-1] == " "

    def _pre_text(self, raw: str) -> None:
        for i, line in enumerate(raw.split("\n")):
            if i and self.size:
                self.newlines = min(self.newlines + 1, 2)
            if line.strip():
                self._write(line.rstrip())

    def _write(self, core: str) -> None:
        lead = ""
        if self.size:
            if self.newlines:
                lead = "\n" * self.newlines
            elif not self.line_start:
                lead = self.sep or (" " if self.space else "")
        if lead:
            self.parts.append(lead)
            self.size += len(lead)
            self.line_start = lead[-1] == "\n"
        self.newlines = 0
        self.sep = ""
        self.space = False
        block = self.blocks[-1] if self.blocks else self.page.body
        if block is not self.anchored:
            self.anchors.append((self.size, self.page.tree.getpath(block)))
            self.anchored = block
        if self.line_start and self.prefix:
            core = self.prefix + core
            self.prefix = ""
        self.parts.append(core)
        self.size += len(core)
        self.line_start = False


def _collapse(raw: str) -> str:
    """Whitespace runs as one space; substring tests first, since most text needs nothing."""
    if "\n" in raw or "  " in raw or "\t" in raw or "\r" in raw or "\f" in raw or "\v" in raw:
        return _WS.sub(" ", raw)
    return raw


def _start(el: HtmlElement) -> int:
    try:
        return int(el.get("start") or 1)
    except ValueError:
        return 1
