"""Header labels: which lines are ``Label: value`` pairs, and what they label.

The label vocabulary belongs to the field modules; the API hands it to this
stage as a :class:`LabelTable`, so that the layout never imports a field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..document import Document
from ._signs import names_post, trie_pattern
from ._vocab import fold

# Labels that are not fields but show where a header block is.
LAYOUT_LABELS: dict[str, dict[str, list[str]]] = {
    "_description": {
        "en": ["Description", "Job Description", "Job content"],
        "fr": ["Description", "Description du poste", "Contenu du poste"],
        "xx": ["工作内容", "仕事内容", "직무 내용"],
    },
    "_chrome": {
        "en": [
            "View",
            "Views",
            "Update day",
            "Updated",
            "Posted",
            "Posted on",
            "Category",
            "Categories",
            "Industry",
            "Employment type",
            "Sector",
            "Published",
            "Publication date",
            "Date posted",
            "Share",
            "Job Family",
            "Job Code Title",
            "Directorate",
            "Division",
            "Date of issue",
        ],
        # Board furniture labels in the boards' own languages.
        "xx": [
            "看过",
            "更新日",
            "类别",
            "行业",
            "工作类型",
            "ジョブタイプ",
            "閲覧数",
            "カテゴリー",
            "業界",
            "Weergaven",
            "Bijgewerkt",
            "Geplaatst op",
            "Aktualisiert",
            "Bekeken",
            "Categorie",
            "Branche",
            "Dienstverband",
            "Geplaatst",
            "Kategorien",
            "Kategorie",
            "Aufrufe",
            "Veröffentlicht am",
            "Beschäftigungsart",
            "Categoria",
            "Categorie",
            "Settore",
            "Visualizzazioni",
            "Pubblicato il",
            "Aggiornato il",
            "Категория",
            "Категории",
            "Просмотры",
            "Опубликовано",
            "Обновлено",
            "카테고리",
            "조회수",
            "등록일",
        ],
        "fr": [
            "Catégorie",
            "Secteur",
            "Publié le",
            "Date de publication",
            "Mis à jour le",
            "Mise à jour",
            "Division",
            "Direction",
            "Date de publication de l'avis",
        ],
    },
}


# Labels that portal exports print without a colon (``Grade NATO Grade G20``);
# any other label needs a colon or its value on the next line.
BARE_LABELS = frozenset(
    {
        "grade",
        "clearance level",
        "niveau de l'habilitation de securite",
        "description",
        "nato grade",
        "grade otan",
        "niveau de fonction",
    }
)
_LEADING = " \t>#_*-•|"


@dataclass(frozen=True, slots=True)
class LabelHit:
    """A label at the start of a line and where its value lies (working offsets)."""

    key: str
    lang: str | None
    line: int
    label_start: int
    label_end: int
    value_start: int
    value_end: int
    colon: bool
    # Found by its shape and head words (:meth:`LabelTable.match_open`), not from a list.
    shape: bool = False

    @property
    def has_value(self) -> bool:
        return self.value_end > self.value_start


class LabelTable:
    """All label variants, compiled into one line-start pattern.

    ``body_keys`` label lines of the notice body (``Direct reports: 6``): they
    do not make a header block.
    """

    def __init__(
        self,
        by_key: Mapping[str, Mapping[str, Sequence[str]]],
        body_keys: frozenset[str] = frozenset(),
        heads: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    ) -> None:
        self.body_keys = body_keys | set(LAYOUT_LABELS) | {UNMAPPED}
        merged: dict[str, dict[str, list[str]]] = {}
        for source in (LAYOUT_LABELS, by_key):
            for key, by_lang in source.items():
                for lang, variants in by_lang.items():
                    merged.setdefault(key, {}).setdefault(lang, []).extend(variants)
        self.keys: dict[str, tuple[str, str | None]] = {}
        for key, by_lang in merged.items():
            for lang, variants in by_lang.items():
                for variant in variants:
                    for form in {variant.casefold(), fold(variant)}:
                        known = self.keys.get(form)
                        self.keys[form] = (key, None if known and known[1] != lang else lang)
        by_initial: dict[str, list[str]] = {}
        for variant in self.keys:
            by_initial.setdefault(variant[0], []).append(variant)
        # One pattern per initial letter, its labels factored by common prefixes (a trie):
        # a line is matched against the labels that can start it, one character at a time.
        self.patterns = {
            initial: re.compile(
                r"(?P<label>" + trie_pattern(tuple(variants)) + r")(?-i:(?![a-zà-ÿ]))"
                # A note between the label and its colon: "Clôture des candidatures
                # (minuit heure de Paris) : 14 Mars 2025".
                r"(?:[ \t]*\([^)\n]{1,40}\)(?=[ \t]*[:|—]))?"
                r"(?:\*\*)?[ \t]*(?P<colon>[:|—])?(?:\*\*)?[ \t]*",
                re.I,
            )
            for initial, variants in by_initial.items()
        }
        # Head words -> key, for labels of any wording (``Lieu d'affectation``, ``Standort``).
        head_keys: dict[str, str] = {}
        for key, by_lang in (heads or {}).items():
            for variants in by_lang.values():
                for variant in variants:
                    head_keys.setdefault(fold(variant), key)
        self.head_keys = head_keys
        # A head word starts or ends the label ("Lieu d'affectation", "Primary Location"),
        # never stands in its middle ("La/Le titulaire du poste doit").
        words = trie_pattern(tuple(head_keys))
        self.heads = re.compile(
            rf"^(?:{words})(?![\w'-])|(?<![\w'-])(?:{words})$" if head_keys else r"(?!)"
        )
        # Labels inside a value, as printed (capitalised), for headers whose
        # line breaks were lost: ``Belgium-BrusselsNATO Body: …``.
        # Old notices print their labels in capitals ("DIVISION:", "GRADE:").
        printed_forms = {v for by_lang in merged.values() for vs in by_lang.values() for v in vs}
        printed = sorted(
            printed_forms | {v.upper() for v in printed_forms if len(v) >= _CAPS_LABEL_MIN},
            key=len,
            reverse=True,
        )
        capitalised = [v for v in printed if v[:1].isupper()]
        self.inline = re.compile(
            r"(?P<label>" + trie_pattern(tuple(capitalised)) + r")"
            r"(?P<after>[ \t]*[:—]|(?=[A-Z0-9])|[ \t]*$|(?=[ \t]+[A-Z0-9]))"
        )
        # The same labels ending a line, looked for in its last characters only.
        self.ending = re.compile(r"(?P<label>" + trie_pattern(tuple(capitalised)) + r")\Z")
        self.longest = max((len(v) for v in capitalised), default=0)
        self.last_words = frozenset(
            parts[-1] for v in capitalised if (parts := _LETTERS.findall(v))
        )

    def split_glued(
        self, doc: Document, hit: LabelHit, spaced: bool = False, unknown: bool = False
    ) -> list[LabelHit]:
        """Cut a value where another label starts: glued (``MonthlyGrade``) or ``Label:``;
        with ``spaced``, also ``… Belgium-Brussels NATO Body NATO IS …`` (a flattened
        header whose colons were lost)."""
        hits: list[LabelHit] = []
        current = hit
        pos = hit.value_start
        while current.has_value:
            m = self.inline.search(doc.text, pos, current.value_end)
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
            key, lang = self.keys[m.group("label").casefold()]
            before = doc.text[m.start() - 1] if m.start() > 0 else " "
            following = doc.text[m.end("label") : m.end("label") + 1]
            if m.group("label").isupper() and (_is_capital(before) or _is_capital(following)):
                pos = m.end("label")
                continue  # inside a word in capitals ("SUBTITLES", "VACANCY NOTIFICATION")
            glued = before.isalnum() or before in ").]"
            # The same field's label again is a new label only when a colon or glue says so
            # ("TALEO Job Number: Vacancy Number: G75/25"; not "Grade NATO Grade G20").
            new_label = glued or ":" in m.group("after")
            if (key == current.key and not new_label) or not (
                new_label or m.group("after") or spaced
            ):
                pos = m.end("label")
                continue
            hits.append(_cut(doc.text, current, m.start()))
            current = _after(doc.text, current, key, lang, m, colon=bool(m.group("after")))
            pos = current.value_start
        hits.append(current)
        return hits

    def trailing_label(self, doc: Document, index: int) -> LabelHit | None:
        """A label glued to the end of a line's value, its own value on the next line:
        a board header whose line breaks fell between value and label instead of
        between label and value (``Belgium-BrusselsNATO Body`` / ``NATO IS…Schedule``)."""
        line = doc.lines[index]
        text = line.text.rstrip(" \t:")
        run = _last_letters(text)
        if not any(run[k:] in self.last_words for k in range(len(run))):
            return None  # no label ends with the line's last letters (most lines)
        found = self.ending.search(text, max(1, len(text) - self.longest - 1))
        if found is None:
            return None
        before = text[found.start() - 1]
        if not (before.isalnum() or before in ").]"):
            return None
        if found.group("label").isupper() and _is_capital(before):
            return None  # inside a word in capitals
        key, lang = self.keys[found.group("label").casefold()]
        end = line.start + found.end("label")
        return LabelHit(key, lang, index, line.start + found.start("label"), end, end, end, False)

    def inline_hit(self, doc: Document, index: int, colon: bool = True) -> LabelHit | None:
        """The first ``Label:`` inside a line, for headers flattened into one paragraph
        (``… VACANCY NOTICE Ref. No: eu-LISA/17 Post: Officer Location: Tallinn``); with
        ``colon=False`` the first label followed by a capitalised value
        (``… Primary Location Belgium-Brussels NATO Body NATO International Staff …``)."""
        line = doc.lines[index]
        for m in self.inline.finditer(line.text):
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
            key, lang = self.keys[m.group("label").casefold()]
            end = rstrip_end(doc.text, line.start + m.end(), line.start + len(line.text))
            return LabelHit(
                key=key,
                lang=lang,
                line=index,
                label_start=line.start + m.start("label"),
                label_end=line.start + m.end("label"),
                value_start=min(_lstrip(doc.text, line.start + m.end(), end), end),
                value_end=end,
                colon=colon,
            )
        return None

    def match_line(self, doc: Document, index: int, caps_row: bool = False) -> LabelHit | None:
        """The label a line starts with. ``caps_row``: also a colonless label in capitals
        before its value (``LIEU DE TRAVAIL ABUJA``), which only a run of such rows makes
        a header (see the layout stage); alone it may be a banner."""
        line = doc.lines[index]
        text = line.text
        if not text:
            return None
        lead = len(text) - len(text.lstrip(_LEADING))
        pattern = self.patterns.get(text[lead : lead + 1].casefold())
        m = pattern.match(text, lead) if pattern is not None else None
        if m is None:
            return None
        label = m.group("label")
        after = line.text[m.end("label") : m.end("label") + 1]
        if label.isupper() and after.isalpha() and after.isupper():
            return None
        glued = bool(after) and not after.isspace()
        rest = text[m.end() : m.end() + 1]
        key, lang = self.keys[m.group("label").casefold()]
        # A wide gap stands for the colon in old tabular headers ("GRADE        LI 3").
        tabular = text.startswith(_GAP, m.end("label"))
        if (
            m.group("colon") is None
            and m.end() < len(text.rstrip())
            and not glued
            and not tabular
            and fold(label) not in BARE_LABELS
            and (key.startswith("_") or label.isupper() or not (rest.isupper() or rest.isdigit()))
            and not (caps_row and label.isupper())
        ):
            # A colonless "Primary Location Belgium-Brussels" may be a label; it is kept only
            # in a header block (see the layout stage). A capitalised banner or a sentence
            # ("ORGANISATION DU TRAITÉ", "Organisation des …") is not.
            return None
        start = line.start + m.start("label")
        return _hit(doc, index, key, lang, (start, line.start + m.end("label")), m.end(), m)

    def head_key(self, label: str) -> str:
        """The field a label of any wording names, by its first head word; else ``_unmapped``."""
        m = self.heads.search(_NOTE.sub("", fold(label)).strip())
        return self.head_keys[m.group()] if m is not None else UNMAPPED

    def match_open(self, doc: Document, index: int) -> LabelHit | None:
        """A label recognised by its shape rather than listed: a short phrase at the start
        of a line, then a colon (value after it, or on a following line); or such a
        phrase alone on its line when its head words name a field. Mapped by head words."""
        line = doc.lines[index]
        text = line.text
        lead = len(text) - len(text.lstrip(_LEADING))
        m = _OPEN_LABEL.match(text, lead)
        if m is None:
            return None
        label = m.group("label").rstrip()
        words = label.split()
        if len(words) > _OPEN_WORDS or not label[:1].isupper():
            return None
        long_words = [w for w in _NOTE.sub("", label).split() if len(w) >= _NAME_WORD]
        if len(long_words) >= _NAME_WORDS and all(w[:1].isupper() for w in long_words):
            return None  # a name ("NATO Communications and Information Agency: …"), no label
        key = self.head_key(label)
        colon = m.group("colon") is not None
        if not colon and key == UNMAPPED:
            return None
        start = line.start + m.start("label")
        return _hit(doc, index, key, None, (start, start + len(label)), m.end(), m, shape=True)


def _hit(
    doc: Document,
    index: int,
    key: str,
    lang: str | None,
    label: tuple[int, int],
    after: int,
    m: re.Match[str],
    shape: bool = False,
) -> LabelHit:
    """The hit of a label matched on line ``index``; its value is the rest of the line."""
    line = doc.lines[index]
    value_end = rstrip_end(doc.text, line.start + after, line.start + len(line.text))
    value_start = _lstrip(doc.text, line.start + after, value_end)
    return LabelHit(
        key=key,
        lang=lang,
        line=index,
        label_start=label[0],
        label_end=label[1],
        value_start=min(value_start, value_end),
        value_end=value_end,
        colon=m.group("colon") is not None,
        shape=shape,
    )


UNMAPPED = "_unmapped"
_CAPS_LABEL_MIN = 4


_LETTERS = re.compile(r"[^\W\d_]+")


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
    return _with_span(hit, hit.value_start, rstrip_end(text, hit.value_start, at))


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
    value = min(_lstrip(text, m.end(), end), end)
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


_GAP = "   "
# A label's bracketed note: "Salary (Pay Basis)", "Traitement mensuel (net)".
_NOTE = re.compile(r"\([^)]*\)")
_OPEN_WORDS = 6
_NAME_WORD = 4
_NAME_WORDS = 3
# "Label :" + value, or a lone "Label" (possibly with a "(…)" note); never a sentence.
_OPEN_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'’ /&.,-]{0,50}?(?:\([^()\n]{1,40}\))?)[ \t\u00a0]*"
    r"(?:(?<!\d)(?P<colon>[:：])(?!//)[ \t\u00a0]*|$)"
)


# Around a value: spaces, and the quotes and ";" of "Label — "value";" listings.
_VALUE_EDGE = ' \t"“”;|'


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start] in _VALUE_EDGE:
        start += 1
    return start


def rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _VALUE_EDGE:
        end -= 1
    return end


def _with_span(hit: LabelHit, start: int, end: int) -> LabelHit:
    return replace(hit, value_start=start, value_end=end)
