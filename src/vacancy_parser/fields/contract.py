"""Contract terms offered to a non-seconded successful applicant.

Read from the CONTRACT section (else the whole half), sentence by sentence,
skipping the sentences about seconded and serving staff: their terms are not
the offer. Type, initial years, longest renewal, maximum service in the post
and whether an indefinite contract may follow; initial + renewal must not
exceed the maximum (checked here).
"""

from __future__ import annotations

import itertools
import re

from ..layout.labels import LabelHit
from ..model import Record
from .base import (
    NUMBER,
    FieldContext,
    FieldSpec,
    Finding,
    Found,
    IssueCode,
    by_lang,
    number_value,
    pointer,
)

_YEARS = (
    r"(?P<n>"
    + NUMBER
    + r")(?:\s*\(\d{1,2}\))?(?:\s+(?:further|more|additional|supplémentaires?))?[\s-]*"
    r"(?P<unit>years?|ans?|année?s?|-year|months?|mois|-month)\b"
)
_TYPE = re.compile(
    r"(?P<definite>definite[\s-]+duration|fix(?:ed)?[\s-]+term|durée\s+déterminée|contrat\s+à\s+durée\s+déterminée"
    r"|\bCDD\b|specified\s+period|période\s+déterminée|limited\s+duration|durée\s+limitée)"
    r"|(?P<indefinite>indefinite[\s-]+duration|durée\s+indéterminée"
    r"|permanent\s+(?:(?-i:[A-Z][a-z]+\s+)?contract|(?:full[\s-]time\s+)?(?:position|post|employment)"
    r"|vacancy|appointment))"
    r"|(?P<temporary>temporary|temporaire|short[\s-]+term)",
    re.I,
)
# A type named plainly enough to stand without "contract" in its sentence ("This job is
# available as three years fixed term", "Permanent Full-Time Position"). Not "temporary",
# said of much else, nor a bare "CDD" or "CDI": boards print them as tags, and "(CDI)" is
# also an acronym.
_PLAIN_TYPE = re.compile(
    r"fix(?:ed)?[\s-]+term|durée\s+(?:in)?déterminée"
    r"|permanent\s+(?:full[\s-]time\s+)?(?:contract|position|post|employment|vacancy|appointment)",
    re.I,
)
_PLAIN_TYPE_WORDS = ("fixed", "fix-", "fix ", "déterminée", "permanent")
_INITIAL = [
    re.compile(
        r"(?:contract|contrat|appointment|engagement|\bCDD)"
        r"(?:(?!p[ée]riode probatoire|probation|trial|essai)[^.;]){0,60}?"
        # "The term of this contract will be 12 months".
        r"(?:\b(?:of|de|for|pour|will\s+be)\s+|\bd['’])"
        # "… for a period of three years", "… for a three-year duration".
        r"(?:(?:a|an)\s+(?:initial\s+)?(?:period\s+of\s+)?|une\s+(?:période|durée)\s+de\s+)?"
        + _YEARS,
        re.I,
    ),
    re.compile(
        r"(?<![\w-])(?P<n>"
        + NUMBER
        + r")(?:\s*\(\d{1,2}\))?[\s-]*years?['’]?\s+(?:definite|fixed|initial|contract"
        r"|appointment)",
        re.I,
    ),
    re.compile(r"(?:durée\s+déterminée|definite\s+duration)\s+(?:de|of)\s+" + _YEARS, re.I),
]
# A post's length, said without "contract": "The duration of the position is one year",
# "Un emploi de directeur de projet est créé, pour une durée de trois ans".
_POST_PERIOD = re.compile(
    # "… un poste à temps plein d'une durée de deux ans".
    r"(?:position|post|poste|emploi)\b[^.;]{0,60}?(?:\b(?:for|pour)\s+(?:a|an|une)\s+|\bd['’]une\s+)"
    r"(?:initial\s+)?"
    r"(?:period|période|durée)\s+(?:of|de)\s+" + _YEARS,
    re.I,
)
_POST_LENGTH = re.compile(
    r"\b(?:duration|length)\s+of\s+(?:the|this|your)\s+(?:position|post|assignment|mission)\s+"
    r"(?:is|will\s+be)\s+(?:of\s+)?" + _YEARS,
    re.I,
)
_INITIAL += [_POST_PERIOD, _POST_LENGTH]
# The first "N years" after a renewal word, not crossing into a total or maximum.
_RENEWAL = [
    re.compile(
        r"(?:renew\w*|extend\w*|extension|prolong\w*|renouvel\w*|reconduit\w*)\b"
        r"(?:(?!total|p[ée]riode probatoire|probation|trial|essai)[^.;]){0,60}?(?<![\w-])" + _YEARS,
        re.I,
    ),
    # "with subsequent 5 year contracts being awarded thereafter"
    re.compile(
        r"\b(?:subsequent|successive|follow-?up|further)\s+"
        + _YEARS
        + r"[\s-]*(?:contracts?|terms?)",
        re.I,
    ),
]
_MAXIMUM = [
    re.compile(
        r"maximum\s+(?:period|duration)\s+of\s+service[^.;]{0,60}?(?:is|of)\s+[\"“]?" + _YEARS, re.I
    ),
    re.compile(
        r"durée\s+(?:de\s+service\s+)?maximale[^.;]{0,60}?(?:est\s+de|de)\s+" + _YEARS, re.I
    ),
    re.compile(
        r"(?:not|ne)\s+(?:to\s+)?exceed\w*\s+(?:a\s+(?:total|maximum)\s+of\s+)?" + _YEARS, re.I
    ),
    re.compile(r"up\s+to\s+a\s+(?:total|maximum)\s+(?:period\s+)?of\s+" + _YEARS, re.I),
    re.compile(r"\b(?:total\s+maximum|maximum\s+total)\s+(?:of\s+|de\s+)?" + _YEARS, re.I),
    re.compile(r"\bne\s+(?:pourra|peut|doit)\s+(?:pas\s+)?exc[ée]der\s+" + _YEARS, re.I),
    re.compile(r"(?:jusqu'à|pour)\s+un\s+(?:total|maximum)\s+de\s+" + _YEARS, re.I),
]
# Cheap gates: a pattern runs only on sentences holding one of its words.
_HAS_NUMBER = re.compile(r"\d|\b(?:" + NUMBER + r")\b")
_RENEWAL_WORDS = (
    "renew",
    "renouvel",
    "reconduit",
    "prolong",
    "exten",
    "subsequent",
    "successive",
    "follow",
    "further",
)
_MAXIMUM_WORDS = ("maxim", "exceed", "total")
_INDEFINITE_WORDS = ("indefinite", "indéterminée", "indeterminee", "cdi", "conver")
# Around a mention of an indefinite contract: a negation says it cannot follow,
# a possibility word says it can. Read in a window of the clause around the word.
_INDEFINITE = re.compile(r"\bindefinite\b|\bind[ée]termin[ée]e\b|\b(?-i:CDI)\b", re.I)
# "extension or conversion of the contract is possible" names no contract, and is read
# after any that is named; a conversion into another fixed-term contract is not one.
_CONVERSION = re.compile(
    r"\bconver(?:t|ted|sion|tible)\b"
    r"(?![^.;]{0,40}\b(?:fixed|short|special|temporary|definite|déterminée))",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:no|not|cannot|can\s*not|never|without|ne|ni|n['’]|aucun\w*|sans|pas|non)\b", re.I
)
_POSSIBLE = re.compile(
    r"\b(?:may|might|can|could|will|possib\w*|conver\w*|follow\w*|subsequent|eligible|apply|"
    r"pourra|peut|peuvent|pouvant|possibilit\w*|suivi\w*|transform\w*|devien\w*|propos\w*|"
    r"offer\w*|débouch\w*|lead\w*|évolu\w*)\b",
    re.I,
)
_WINDOW = 70
_SUBJECT = 90
_CLAUSE_BREAK = re.compile(r"[;:]|\((?:if )?non-seconded\)|\(hors détachement\)", re.I)
_NOT_THE_OFFER = re.compile(
    r"(?<!non-)(?<!non )\bseconded\b|\bsecondment\b(?!\))|\bdétachée?s?\b|\bserving\s+staff\b|"
    r"\bagents?\s+en\s+fonction\b|\bstaff\s+members?\s+(?:currently|already)\b",
    re.I,
)
# A sentence ends at a full stop before a capital, or at a blank line before a capital
# line. Each alternative starts once per run of spaces (after the stop, after the last
# visible character), so a page of blank lines is read in linear time.
# After a full stop, or a blank line after a line of text, before a capital. Each break
# opens on a literal (``re`` scans for it before trying the rest); a blank line's run is
# taken whole, and what stands around it is checked in :func:`sentences` (a lookahead
# there would retry the run from each of its line breaks).
_SENTENCE_END = re.compile(r"[.!?]\s++(?=[A-ZÀ-Ý«\"(])|\n(?:[ \t]*+\n)++\s*+")
_CAPITAL = re.compile(r"[A-ZÀ-Ý]")
# Words without which a sentence says nothing about the contract terms.
_ABOUT_CONTRACT = (
    "contra",
    "appointment",
    "engagement",
    "renew",
    "renouvel",
    "reconduit",
    "prolong",
    "exten",
    "maxim",
    "indefinite",
    "indéterminée",
    "exceed",
    "excéder",
    "total",
    "durée",
    "duration",
    "term",
    "period",
    "période",
    "temporary",
    "temporaire",
    "fixed",
    "permanent",
)
_OTHER_STAFF_WORDS = (
    "second",
    "détach",
    "detach",
    "serving",
    "en fonction",
    "currently",
    "already",
)
# "Le mandat … est d'une durée déterminée de quatre (4) ans": a term of office is one too.
_CLAUSE_WORDS = ("contract", "contrat", "appointment", "engagement", "cdd", "mandat")
_CLAUSE = re.compile(r"\b(?:" + "|".join(_CLAUSE_WORDS) + r")\b", re.I)
# "This is a non-renewable post for a limited duration until …": a post's term is its
# contract's.
_POST_TERM = re.compile(
    r"\b(?:post|position|poste|employment|emploi)\b[^.;]{0,60}?\b(?:for|of|pour|d['’]une|de)\s+"
    r"(?:a|an|une)?\s*(?:initial(?:e)?\s+)?(?:limited|fixed|definite|limitée|déterminée)\s+(?:duration|period|term|durée)"
    # "This is a temporary position as a maternity leave replacement".
    r"|\b(?:temporary|fixed[\s-]term|short[\s-]term)\s+(?:post|position|assignment)\b"
    r"|\b(?:poste|emploi)\s+(?:temporaire|à\s+durée\s+déterminée)\b",
    re.I,
)
_POST_TERM_WORDS = (
    "limited",
    "limitée",
    "déterminée",
    "temporary post",
    "temporary position",
    "temporary assignment",
    "term post",
    "term position",
    "term assignment",
    "poste temporaire",
    "emploi temporaire",
)
# A page whose body says none of these (each with the words it needs) states no terms.
_TERM_CLAUSES = (
    (_CLAUSE_WORDS, _CLAUSE),
    (_POST_TERM_WORDS, _POST_TERM),
    (("a period of", "an initial period of", "une durée de", "une période de"), _POST_PERIOD),
    (("duration of th", "duration of your", "length of th", "length of your"), _POST_LENGTH),
    (_PLAIN_TYPE_WORDS, _PLAIN_TYPE),
)

CODES = (
    IssueCode(
        "contract_terms_exceed_max",
        "error",
        "Initial years plus renewal exceed the maximum period of service in the post.",
    ),
    IssueCode(
        "contract_years_out_of_range",
        "error",
        "A contract's initial, renewal or maximum years are zero or negative.",
    ),
    IssueCode(
        "contract_type_unknown",
        "error",
        "The contract type is not one of definite, indefinite or temporary.",
    ),
)
YEAR_ATTRS = ("contract_years", "contract_renewal_years", "contract_max_years")


def sentences(text: str) -> list[tuple[str, int]]:
    """Split ``text`` into sentences with their offsets."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "\n":
            end = m.start()
            while end > pos and text[end - 1] in " \t":
                end -= 1
            if end <= pos or text[end - 1].isspace() or not _CAPITAL.match(text, m.end()):
                continue  # at the start, or not before a capital
        else:
            end = m.start() + 1
        out.append((text[pos:end], pos))
        pos = m.end()
    out.append((text[pos:], pos))
    return out


def offer_sentences(text: str) -> list[tuple[str, int]]:
    """Sentences about the contract, less those about seconded or serving staff."""
    offer = []
    for sentence, at in sentences(text):
        lower = sentence.lower()
        if not _mentions(lower, _ABOUT_CONTRACT):
            continue
        # About seconded or serving staff: said at the start of the sentence.
        if _mentions(lower, _OTHER_STAFF_WORDS) and _NOT_THE_OFFER.search(sentence, 0, _SUBJECT):
            continue
        offer.append((sentence, at))
    return offer


LABELS = {
    "contract": {
        "en": [
            "Contract type",
            "Type of contract",
            "Contract duration",
            "Duration of contract",
            "Duration of the contract",
            "Length of contract",
            "Length and type of contract",
            "Contract length",
            "Type of appointment",
            "Duration of appointment",
            "Status",
            # EU agencies: "Type of post: Temporary agent post" (or a function group, no type).
            "Type of post",
            "Job type",
            # Job boards: "Vacancy Type: Fixed-Term", "Vacancy Type: Consultancy".
            "Vacancy type",
            # Boards: "Employment type: Permanent" (or "Full-time": no type).
            "Employment type",
            # Ontario's "Job term: 1 Permanent", the UK's "Post Type: Permanent", the US
            # Army's "Perm/Temp: Temporary".
            "Job term",
            "Post type",
            "Perm/Temp",
        ],
        "fr": [
            "Type de contrat",
            "Statut du poste",
            "Durée du contrat",
            "Durée de l'engagement",
            "Type d'engagement",
            "Nature du contrat",
            "Durée de l'affectation",
            "Statut",
            "Type d'emploi",
        ],
    }
}
HEADS = {
    "contract": {
        "en": [
            "contract",
            "contract type",
            "type of contract",
            "contract duration",
            "appointment",
            "duration",
            "expected duration",
            # Canada's public service: "Tenure: Indeterminate", "Employment Tenure: …".
            "tenure",
            "employment tenure",
            "employment type",
        ],
        "fr": ["contrat", "type de contrat", "duree du contrat", "duree de l'engagement", "duree"],
        "xx": ["vertragsart", "contratto", "contrato", "dienstverband", "duracion"],
    }
}
# What a contract label's value names, beside the wordings of :data:`_TYPE`.
_LABEL_TYPES = {
    "statutaire": "indefinite",
    "permanent": "indefinite",
    "indefinite": "indefinite",
    "open-ended": "indefinite",
    "onbepaalde duur": "indefinite",
    "bepaalde duur": "definite",
    "unbefristet": "indefinite",
    "befristet": "definite",
    "indeterminate": "indefinite",
    "cdi": "indefinite",
    "fixed-term": "definite",
    "fixed term": "definite",
    "cdd": "definite",
    "cddu": "definite",
    "déterminé": "definite",
    "determiné": "definite",
    "max-term": "definite",
    "term": "definite",
    "temporary": "temporary",
    "temporaire": "temporary",
    "contractuel": "definite",
    # EU staff: a contract agent's contract is for a fixed term (a temporary agent's is
    # temporary, read by :data:`_TYPE`; "agent contractuel" by "contractuel").
    "contract agent": "definite",
    "contractuelle": "definite",
    "consultancy": "temporary",
    "stretch assignment": "temporary",
    "short-term": "temporary",
    "short term": "temporary",
}
_LABEL_TYPE = re.compile(r"\b(?:" + "|".join(map(re.escape, _LABEL_TYPES)) + r")\b", re.I)
# The first length in a contract label's value, not a probation, a maximum or a total.
_LABEL_YEARS = re.compile(
    r"(?:(?!p[ée]riode probatoire|probation|trial|essai|maxim|total|exc[ée]d)[^.;]){0,60}?"
    r"(?<![\w-])" + _YEARS + r"(?![\s-]*(?:probation|trial|d['’]essai|probatoire))",
    re.I,
)


def _from_label(ctx: FieldContext) -> dict[str, Found[object]]:
    """``Durée de l'engagement : 3 ans renouvelable``, ``Type of contract: Fixed-term``."""
    found: dict[str, Found[object]] = {}
    hits = ctx.labels("contract")
    for hit in hits:
        value = ctx.text[hit.value_start : hit.value_end]
        at = hit.value_start
        m = _TYPE.search(value)
        if m is not None and "contract_type" not in found:
            kind = m.lastgroup or "definite"
            found["contract_type"] = Found(kind, at + m.start(), at + m.end(), "label")
        word = _LABEL_TYPE.search(value) if m is None else None
        years = _LABEL_YEARS.match(value)
        if word is not None and "contract_type" not in found:
            kind = _LABEL_TYPES[word.group().lower()]
            # "4 years, extendable to indefinite": what may follow a length, not the offer.
            if not (kind == "indefinite" and years is not None):
                found["contract_type"] = Found(kind, at + word.start(), at + word.end(), "label")
        if years is not None and "contract_years" not in found:
            n = number_value(years.group("n"))
            if years.group("unit").lower().lstrip("-").startswith("m"):
                n = round(n / 12, 2)
            found["contract_years"] = Found(n, at + years.start("n"), at + years.end(), "label")
        bare = _BARE_LENGTH.fullmatch(value) if years is None else None
        unit = _UNIT_NOTE.search(ctx.text[hit.label_start : hit.label_end]) if bare else None
        if bare is not None and unit is not None and "contract_years" not in found:
            if _seconded(ctx, hits):
                continue
            # "Duration (in months): 12.00", "Contract duration (Y): 5": the unit is the label's.
            n = float(bare.group("n").replace(",", "."))
            n = round(n / 12, 2) if unit.group(1).lower().startswith("m") else n
            found["contract_years"] = Found(n, at + bare.start("n"), at + bare.end("n"), "label")
    return found


def _seconded(ctx: FieldContext, hits: list[LabelHit]) -> bool:
    """Whether the post is a secondment, by its contract labels or its title: a secondment's
    length is no contract's (the seconding state employs the official)."""
    texts = [ctx.text[h.value_start : h.value_end] for h in hits]
    return any(_SECONDMENT.search(text) for text in texts + [t for t, _ in _title_texts(ctx)])


_SECONDMENT = re.compile(r"\bsecond(?:ment|ed)\b|\bd[ée]tachement\b", re.I)
_BARE_LENGTH = re.compile(r"\s*(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*")
_UNIT_NOTE = re.compile(r"\((?:in\s+|en\s+)?(months?|mois|m|years?|ann[ée]es|ans|y)\)", re.I)


def extract(ctx: FieldContext) -> dict[str, Found[object]]:
    found: dict[str, Found[object]] = _from_label(ctx)
    section = ctx.section_text("contract")
    text, offset = section if section is not None else ctx.body()
    if (
        section is None
        and not found
        and not any(ctx.mentions(*words) and p.search(text) for words, p in _TERM_CLAUSES)
    ):
        temporary = _temporary_post(ctx)
        return _not_stated({"contract_type": temporary}) if temporary is not None else {}
    offer = offer_sentences(text)
    kind = _contract_type(offer, offset) or _temporary_post(ctx)
    if kind is not None:
        found["contract_type"] = kind
    for sentence, at in offer:
        lower = sentence.lower()
        if _HAS_NUMBER.search(lower):
            _years(found, "contract_years", _INITIAL, sentence, offset + at)
            if _mentions(lower, _RENEWAL_WORDS):
                _years(found, "contract_renewal_years", _RENEWAL, sentence, offset + at, True)
            if _mentions(lower, _MAXIMUM_WORDS):
                _years(found, "contract_max_years", _MAXIMUM, sentence, offset + at)
        if "contract_indefinite_possible" not in found and _mentions(lower, _INDEFINITE_WORDS):
            said = _indefinite(sentence)
            if said is not None:
                possible, (s, e) = said
                found["contract_indefinite_possible"] = Found(
                    possible, offset + at + s, offset + at + e, "offer"
                )
    if "contract_type" not in found and "contract_years" in found:
        years = found["contract_years"]  # "un contrat de trois ans": a fixed length is definite
        # A consultancy's length is the length of a temporary engagement.
        implied = "temporary" if _consultancy(ctx) else "definite"
        found["contract_type"] = Found(implied, years.start, years.end, "implied_by_length")
    offered = found.get("contract_type")
    length = found.get("contract_years")
    if offered is not None and offered.value == "temporary" and length is not None:
        # The EU's "temporary agent" is a staff category: engaged for five years, the agent
        # holds a fixed-term contract.
        around = ctx.text[max(0, offered.start - _AGENT_REACH) : offered.end + _AGENT_REACH]
        if float(str(length.value)) >= 1 and _TEMPORARY_AGENT.search(around):
            found["contract_type"] = Found("definite", offered.start, offered.end, "staff_category")
    return _not_stated(found)


def _not_stated(found: dict[str, Found[object]]) -> dict[str, Found[object]]:
    """A contract clause that says nothing of an indefinite contract says none may follow."""
    if "contract_indefinite_possible" not in found and "contract_type" in found:
        first = found["contract_type"]
        found["contract_indefinite_possible"] = Found(False, first.start, first.end, "not_stated")
    return found


_TEMPORARY_AGENT = re.compile(r"temporary\s+agents?|agents?\s+temporaires?", re.I)
_AGENT_REACH = 12


# A post for a consultant: its title or a contract label says so.
_CONSULTANCY = re.compile(r"\b(?:consultan(?:t|te|cy|ce)|individual contract)\b", re.I)


# The UN's "(Temporary Job Opening)" after a post's title: its appointment is temporary.
_TEMPORARY_OPENING = re.compile(r"\btemporary\s+job\s+opening\b|\(TJO\)", re.I)


# The length of a consultant's engagement: "30 working days", "3 months", "50 jours".
_ENGAGEMENT = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|nine|twelve|un|deux|trois|quatre|cinq|neuf|douze)"
    r"\s+(?:\(\d{1,3}\)\s+)?(?:working\s+|calendar\s+|person[- ]|work[- ])?"
    r"(?:days?|weeks?|months?|jours?|semaines?|mois)\b",
    re.I,
)


def _temporary_post(ctx: FieldContext) -> Found[object] | None:
    """A temporary appointment the post's title states ("… P3 (Temporary Job Opening)"), or
    a consultancy whose engagement is stated in days, weeks or months (measured on
    fixtures/real: 19 of 22 such consultancies are temporary in gold, 2 null)."""
    for text, at in _title_texts(ctx):
        m = _TEMPORARY_OPENING.search(text)
        if m is not None:
            return Found("temporary", at + m.start(), at + m.end(), "title")
    if _consultancy(ctx):
        body, offset = ctx.body()
        m = _ENGAGEMENT.search(body)
        if m is not None:
            return Found("temporary", offset + m.start(), offset + m.end(), "consultancy")
    return None


def _title_texts(ctx: FieldContext) -> list[tuple[str, int]]:
    """The post's labelled title and its title line, with where each starts."""
    title = ctx.label_value("title")
    line = ctx.half.title_line
    texts = [(title[0], title[1])] if title else []
    if line is not None:
        texts.append((ctx.doc.lines[line].text, ctx.doc.lines[line].start))
    return texts


def _consultancy(ctx: FieldContext) -> bool:
    texts = [text for text, _ in _title_texts(ctx)]
    texts += [ctx.text[h.value_start : h.value_end] for h in ctx.labels("contract")]
    return any(_CONSULTANCY.search(text) for text in texts)


def _contract_type(offer: list[tuple[str, int]], offset: int) -> Found[object] | None:
    """The type offered: a definite or temporary contract named anywhere in the offer wins
    over an indefinite one, which the offer usually names only as what may follow."""
    candidates: list[tuple[int, Found[object]]] = []
    for sentence, at in offer:
        if not (
            _CLAUSE.search(sentence) or _POST_TERM.search(sentence) or _PLAIN_TYPE.search(sentence)
        ):
            continue
        for m in _TYPE.finditer(sentence):
            kind = m.lastgroup or "definite"
            if kind == "indefinite" and _indefinite(sentence) is not None:
                continue  # what may (or may not) follow, not what is offered
            rank = 1 if kind == "indefinite" else 0
            candidates.append(
                (rank, Found(kind, offset + at + m.start(), offset + at + m.end(), "offer"))
            )
            break
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _indefinite(sentence: str) -> tuple[bool, tuple[int, int]] | None:
    """Whether the sentence says an indefinite contract may follow, and where it says it.

    A negation near the mention wins over the possibility it negates ("there is
    no possibility of conversion to an indefinite contract").
    """
    for m in itertools.chain(_INDEFINITE.finditer(sentence), _CONVERSION.finditer(sentence)):
        start = max(0, m.start() - _WINDOW)
        cut = _CLAUSE_BREAK.search(sentence, start, m.start())
        while cut is not None:  # the clause starts after the last break before the mention
            start = cut.end()
            cut = _CLAUSE_BREAK.search(sentence, start, m.start())
        end = min(len(sentence), m.end() + _WINDOW // 2)
        for pattern, possible in ((_NEGATION, False), (_POSSIBLE, True)):
            near = _nearest(pattern, sentence, start, end, m.start())
            if near is not None:
                return possible, (min(near[0], m.start()), max(near[1], m.end()))
    return None


def _nearest(
    pattern: re.Pattern[str], text: str, start: int, end: int, at: int
) -> tuple[int, int] | None:
    """The match of ``pattern`` in ``text[start:end]`` closest to ``at``."""
    spans = [m.span() for m in pattern.finditer(text, start, end)]
    return min(spans, key=lambda s: abs(s[0] - at)) if spans else None


def _mentions(lower: str, words: tuple[str, ...]) -> bool:
    return any(word in lower for word in words)


def _years(
    found: dict[str, Found[object]],
    attr: str,
    patterns: list[re.Pattern[str]],
    sentence: str,
    offset: int,
    longest: bool = False,
) -> None:
    """Record the years a pattern states: the first ones, or the longest (renewals)."""
    if attr in found and not longest:
        return
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            years = number_value(m.group("n"))
            if (m.groupdict().get("unit") or "year").lower().lstrip("-").startswith("m"):
                years = round(years / 12, 2)
            current = found.get(attr)
            if current is None or (longest and years > float(current.value)):  # type: ignore[arg-type]
                found[attr] = Found(years, offset + m.start("n"), offset + m.end(), "offer")
            if not longest:
                return


def check(record: Record) -> list[Finding]:
    findings: list[Finding] = [
        CODES[1].finding(attr, [located.span], pointer=pointer(attr, lang, "value"), value=value)
        for attr in YEAR_ATTRS
        for lang, located in by_lang(record.field(attr))
        if (value := located.value) <= 0
    ]
    for lang in ("en", "fr"):
        years, renewal, maximum = (getattr(record.field(a), lang) for a in YEAR_ATTRS)
        if years and renewal and maximum and years.value + renewal.value > maximum.value:
            findings.append(
                CODES[0].finding(
                    "contract_max_years",
                    [years.span, renewal.span, maximum.span],
                    pointer=pointer("contract_max_years", lang, "value"),
                    value=maximum.value,
                    years=years.value,
                    renewal=renewal.value,
                    maximum=maximum.value,
                    half=lang,
                )
            )
    return findings


FIELD = FieldSpec(
    name="contract",
    attrs=(
        "contract_type",
        "contract_years",
        "contract_renewal_years",
        "contract_max_years",
        "contract_indefinite_possible",
    ),
    extract=extract,
    labels=LABELS,
    codes=CODES,
    check=check,
    # "Contrat proposé (hors détachement) : …" stands in the body as often as in a header.
    body_labels=True,
    heads=HEADS,
)
