"""Header labels: the label table, which lines start with a ``Label: value`` pair, and
what they label. Labels found inside a line are :mod:`.inline`'s.

The label vocabulary belongs to the field modules; the API hands it to this
stage as a :class:`LabelTable`, so that the layout never imports a field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..document import Document
from ._signs import trie_pattern
from ._vocab import FOREIGN_ACCENT, fold, fold_prefix, lone_words

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
            # A project's title and partners are not the post's ("Project title: Fostering …").
            "Project title",
            "Project name",
            "Partner organisation",
            "Partner organization",
            # A unit of the employer, not the employer ("Organization Unit: INWORK", ILO).
            "Organization Unit",
            "Organizational Unit",
            "Organisation Unit",
            "Organisational Unit",
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
            # A board's facets: education, experience, languages, sharing (Magnet.me, …).
            "Opleidingsniveau",
            "Werkervaring",
            "Taalvereiste",
            "Delen",
            "Berufserfahrung",
            "Sprachkenntnisse",
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
            "Titre du projet",
            "Organisation partenaire",
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
_LEADING = " \t>#_*-•|▸►▪‣"
# A social post's pictograph before a label, with its emoji variation selector.
_ICON = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?[ \t]*")


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


# The words that end a longer label after a listed one, before its colon.
_LONGER_LABEL = re.compile(
    r"(?P<words>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})[ \t]*:(?!//)"
)
_TAIL_WORDS = 3
_TAIL_MIN = 2
_BUTTON_WORDS = 2


class LabelTable:
    """All label variants, compiled into one line-start pattern (and the patterns
    :mod:`.inline` looks for inside a line).

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
                # A plural mark is part of the label: "Location(s)", "Duty Station(s)".
                r"(?:\((?:s|es)\))?"
                # A note between the label and its colon: "Clôture des candidatures
                # (minuit heure de Paris) : 14 Mars 2025".
                r"(?:[ \t]*\([^)\n]{1,40}\)(?=[ \t]*[:|—]))?"
                # An en dash between spaces stands for the colon too ("Niveau – P2").
                r"(?:\*\*)?[ \t]*(?P<colon>[:|—]|–(?=[ \t]))?(?:\*\*)?[ \t]*",
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
        # "Poste d'affectation": an elided "de" may stand before the last word.
        self.heads = re.compile(
            rf"^(?:{words})(?![\w'-])|(?<![\w'-])(?:d')?(?:{words})$" if head_keys else r"(?!)"
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

    def match_line(self, doc: Document, index: int, caps_row: bool = False) -> LabelHit | None:
        """The label a line starts with. ``caps_row``: also a colonless label in capitals
        before its value (``LIEU DE TRAVAIL ABUJA``), which only a run of such rows makes
        a header (see the layout stage); alone it may be a banner."""
        line = doc.lines[index]
        text = line.text
        if not text:
            return None
        lead = _lead(text)
        pattern = self.patterns.get(text[lead : lead + 1].casefold())
        m = pattern.match(text, lead) if pattern is not None else None
        if m is None and not text.isascii():
            m = self._unaccented(text, lead)
        if m is None:
            return None
        label = text[m.start("label") : m.end("label")]
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
        ) or (m.group("colon") is None and self._longer_label(text, m.end())):
            # A colonless "Primary Location Belgium-Brussels" may be a label; it is kept only
            # in a header block (see the layout stage). A capitalised banner or a sentence
            # ("ORGANISATION DU TRAITÉ", "Organisation des …") is not; nor is the start of a
            # longer label ("Post Adjustment: $40,060.00").
            return None
        start = line.start + m.start("label")
        return _hit(doc, index, key, lang, (start, line.start + m.end("label")), m.end(), m)

    def _longer_label(self, text: str, end: int) -> bool:
        """Whether a listed label without its colon starts a longer one ("Post Adjustment:
        $40,060.00"), not a label of its own before another ("Remuneration Job Grade: 3")."""
        m = _LONGER_LABEL.match(text, end)
        return m is not None and m.group("words").casefold() not in self.keys

    def _unaccented(self, text: str, lead: int) -> re.Match[str] | None:
        """A label printed with a wrong accent (``No de l'appel á candidature``), matched
        as its unaccented variant; offsets stay the line's."""
        head = text[: lead + self.longest + _HEAD_TAIL]
        if FOREIGN_ACCENT.search(head) is None:
            return None  # accents as French writes them: the variants hold them
        plain = fold_prefix(head)
        if len(plain) != len(head):
            return None
        pattern = self.patterns.get(plain[lead : lead + 1])
        return pattern.match(plain, lead) if pattern is not None else None

    def head_key(self, label: str, plural: bool = False) -> str:
        """The field a label of any wording names, by its first head word; else ``_unmapped``.
        Words in brackets count when those outside name nothing ("Identification du poste
        (numéro de référence)"). ``plural``: "Locations" names what "Location" does."""
        folded = fold(label)
        bare = _NOTE.sub("", folded).strip()
        m = self.heads.search(bare)
        if m is None and plural and bare.endswith("s"):
            m = self.heads.search(bare[:-1])
        for note in _NOTE.findall(folded) if m is None else ():
            m = self.heads.search(note.strip(" ()"))
            if m is not None:
                break
        if m is None:
            return UNMAPPED
        word = m.group()
        return self.head_keys.get(word) or self.head_keys[word[2:]]  # after "d'"

    def _listed_tail(self, words: list[str]) -> str:
        """The key of a listed label that ends an unknown one, after a board's button words
        ("Apply now Job no: 583177")."""
        for n in range(min(len(words) - 1, _TAIL_WORDS), _TAIL_MIN - 1, -1):
            if len(words) - n > _BUTTON_WORDS:
                break
            known = self.keys.get(" ".join(words[-n:]).casefold())
            if known is not None and not known[0].startswith("_"):
                return known[0]
        return UNMAPPED

    def match_open(self, doc: Document, index: int) -> LabelHit | None:
        """A label recognised by its shape rather than listed: a short phrase at the start
        of a line, then a colon (value after it, or on a following line); or such a
        phrase alone on its line when its head words name a field. Mapped by head words."""
        line = doc.lines[index]
        text = line.text
        lead = _lead(text)
        # A table's row: "| Compensation | Monthly net-base salary: 5,092.00 EUR |".
        pattern = _TABLE_ROW_LABEL if text.lstrip().startswith("|") else _OPEN_LABEL
        m = pattern.match(text, lead)
        if m is None:
            return None
        label = m.group("label").rstrip()
        words = label.split()
        if len(words) > _OPEN_WORDS or not label[:1].isupper():
            return None
        long_words = [w for w in _NOTE.sub("", label).split() if len(w) >= _NAME_WORD]
        if len(long_words) >= _NAME_WORDS and all(w[:1].isupper() for w in long_words):
            return None  # a name ("NATO Communications and Information Agency: …"), no label
        colon = m.group("colon") is not None
        # A plural names its field before a colon ("Locations: Kathmandu, Nepal"); alone on
        # its line it is a search form's facet ("Locations" / "Eastern … Region").
        key = self.head_key(label, plural=colon)
        if key == UNMAPPED and colon:
            key = self._listed_tail(words)
        if key == UNMAPPED and _logo_after(doc, words):
            # A board's logo text after its label ("Job Location drjobs" / "Tindouf - Algeria"),
            # the page printing the logo's text alone elsewhere too.
            key = self.head_key(" ".join(words[:-1]))
            if key != UNMAPPED:
                label = label[: label.rindex(words[-1])].rstrip()
        noted = not colon and "(" in label and self.head_key(_NOTE.sub("", label)) == UNMAPPED
        if not colon and (key == UNMAPPED or noted):
            # Without a colon, only the words outside brackets make a label: "Office
            # Assistant (Grade B3)" is a title with its grade.
            return None
        start = line.start + m.start("label")
        return _hit(doc, index, key, None, (start, start + len(label)), m.end(), m, shape=True)


# A numbered field with its value on the line: "3. Assignment Title: UN Volunteer …",
# "2. JOB TITLE: Secretary General" (a numbered heading, "1. Post Context:", has none).
# A numbered heading glued to its first sentence is no field ("6. CONTRATContrat proposé : …").
_ENUMERATED_FIELD = re.compile(
    r"\d{1,2}[.)][ \t]+(?=[^\W\d_][^:\n]{1,50}:[ \t]*\S)(?![^:\n]*[A-ZÀ-Ý]{3}[a-zà-ÿ])"
)


def _lead(text: str) -> int:
    """Where a line's label may start: after indentation, bullets, a pictograph ("📢 TITRE
    DU POSTE: …", "📍 Lieu : …") and a field's number."""
    lead = len(text) - len(text.lstrip(_LEADING))
    if text[lead : lead + 1] >= "\u2600" and (icon := _ICON.match(text, lead)) is not None:
        lead = icon.end()
    if text[lead : lead + 1].isdigit() and (m := _ENUMERATED_FIELD.match(text, lead)):
        return m.end()
    return lead


def _logo_after(doc: Document, words: list[str]) -> bool:
    """Whether a label's last word is a board's logo text: one lower-case word that the
    page also prints alone on a line."""
    last = words[-1]
    if len(words) < 2 or not (last.isalpha() and last.islower()):
        return False
    return last in lone_words(doc.text)


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
    value_start = lstrip_start(doc.text, line.start + after, value_end)
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


_GAP = "   "
# What follows the longest label in the part of a line matched unaccented: its note and colon.
_HEAD_TAIL = 50
# A label's bracketed note: "Salary (Pay Basis)", "Traitement mensuel (net)".
_NOTE = re.compile(r"\([^)]*\)")
_OPEN_WORDS = 6
_NAME_WORD = 4
_NAME_WORDS = 3
# "Label :" + value, or a lone "Label" (possibly with a "(…)" note); never a sentence.
_OPEN_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'’ /&.,-]{0,50}?(?:[°#](?=[ \t\u00a0]*+[:：]))?(?:\([^()\n]{1,40}\))?)[ \t\u00a0]*"
    r"(?:(?<!\d)(?P<colon>[:：])(?!//)[ \t\u00a0]*|$)"
)
_TABLE_ROW_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'’ /&.,-]{0,50}?(?:[°#](?=[ \t\u00a0]*+[:：]))?(?:\([^()\n]{1,40}\))?)[ \t\u00a0]*"
    r"(?:(?P<colon>[:：|])[ \t\u00a0]*|$)"
)


# Around a value: spaces, and the quotes and ";" of "Label — "value";" listings.
_VALUE_EDGE = ' \t"“”;|'


def lstrip_start(text: str, start: int, end: int) -> int:
    while start < end and text[start] in _VALUE_EDGE:
        start += 1
    return start


def rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _VALUE_EDGE:
        end -= 1
    return end
