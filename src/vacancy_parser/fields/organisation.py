"""The employing body: a ``NATO Body:`` header, or a job board's employer line under the title."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..document import Line, line_index
from ..layout._signs import INSTITUTION, headed_by_body, names_post
from ..layout._vocab import (
    BANNER_WORDS,
    BULLETS,
    CHROME_LINE,
    EMPLOYER_LINE,
    KNOWN_EMPLOYER,
    fold,
    is_place,
)
from .base import FieldContext, FieldSpec, Found

LABELS = {
    "organisation": {
        # Boards' own employer labels, in their languages (a notice's own label wins).
        "xx": [
            "Bedrijf",
            "Werkgever",
            "Unternehmen",
            "Arbeitgeber",
            "Azienda",
            "Datore di lavoro",
            "Работодатель",
            "Компания",
            "회사",
        ],
        "en": [
            "NATO Body",
            "Organization",
            "Organisation",
            "Employer",
            "Company",
            "Agency",
            "Hiring Organisation",
            "Hiring Organization",
            "NATO Entity",
            # The OSCE's "Issued by: OSCE Mission to Skopje".
            "Issued by",
            "Department/Office",
            "Department / Office",
            # Canada's public service: "Department Name: Fisheries and Oceans".
            "Department Name",
            # The African Union's and the EAC's "Organ: EAC Secretariat".
            "Organ",
            "Organ/Institution",
            # Contractor requisitions name the body the contractor works for.
            "Requester",
            "Client",
        ],
        "fr": [
            "Organisation",
            "Institution",
            "Organisme",
            "Employeur",
            "Entité",
            "Entreprise",
            "Société",
            "Entité OTAN",
            "Structure",
            "Qui recrute ?",
            "Département/Bureau",
            "Département / Bureau",
            "Qui recrute",
        ],
    }
}

_RECRUITS = re.compile(
    r"(?:^|\n)[ \t]*+(?:(?:La|Le|Les|LA|LE|LES)\s+|L['’])?(?P<org>[A-ZÀ-Ý][^\n.]{1,90}?)\s+"
    r"(?:(?i:recrute)|is recruiting|is hiring|is seeking|is looking for|seeks"
    r"|is (?:looking|seeking) to (?:recruit|hire|appoint)"
    r"|recherche(?:\s+(?:un|une|des|deux)|(?=\s*:))"
    r"|invites?|organise|organizes|lance un appel|a d[ée]cid[ée] d['’]ouvrir|d[ée]cide d['’]ouvrir)\b"
)
# A sentence inviting applications to this post names the employer after it ("Applications
# are invited for this position at the European Police Office (Europol)."); it may stand
# anywhere in the notice.
_INVITED = re.compile(
    r"\b(?:(?:applications are invited|candidatures sont sollicit[ée]es)\s+(?:for|pour)\s+"
    r"(?:this|the|ce|le)\s+(?:position|post|vacancy|poste)\b[^.\n]{0,60}?"
    # "This announcement is for a … International position with the NATO Support …"
    r"|(?:announcement|notice|vacancy)\s+is\s+for\s+an?\s+[^.\n]{0,80}?\b(?:position|post))\s+"
    r"(?:at|with|within|au sein d[eu']|à|aupr[èe]s d[eu'])\s*(?:the\s+|la\s+|l['’])?"
    r"(?P<org>[A-ZÀ-Ý][^.\n]{2,90}?)\s*(?:\.|\d|,|\n|$)",
    re.I,
)
# "THE NATO-GEORGIA PROFESSIONAL DEVELOPMENT PROGRAMME is pleased to announce an opening …":
# the body announcing the post opens the sentence.
_ANNOUNCES_WORDS = ("pleased to announce", "invites applications", "a le plaisir d")
_ANNOUNCES = re.compile(
    r"(?:^|(?<=[.!]\s))(?:the\s+|l['’]|le\s+|la\s+)?(?P<org>[A-ZÀ-Ý][\w&'’()/ -]{2,90}?)\s+"
    r"(?:is\s+pleased\s+to\s+announce|invites\s+applications|a\s+le\s+plaisir\s+d['’]annoncer)",
    re.I | re.M,
)
# A body named by its acronym inviting candidates, in a clause ("…by direct selection, the ILO
# invites interested candidates to submit …", "… le BIT invite les candidat(e)s …").
_INVITES_WORDS = ("invites interested", "invites qualified", "invites suitable", "invite les")
_INVITES = re.compile(
    r"\b(?:[Tt]he|[Ll]['’]|[Ll]e|[Ll]a)\s*(?P<org>[A-Z][A-Z&]{1,9})\s+"
    r"(?:invites\s+(?:interested|qualified|suitable)\s+(?:candidates|applicants)|invite\s+les\s+candidat)"
)
_INVITED_REACH = 4000
# A body offering the post as the subject of a sentence in the notice's first paragraphs
# ("The European Chemicals Agency (ECHA) is launching this call …", "Save the Children
# International has an exciting opportunity for …", "EIB offers you the opportunity …").
_OFFERS_WORDS = (
    "recruit",
    "hiring",
    "seek",
    "looking for",
    "launching",
    "inviting",
    "accepting",
    "wishes to",
    "opportunit",
    "opening",
    "vacancy",
    "organising",
    "organizing",
    "would like to",
    "advertising",
    "recrute",
    "recherche",
    "souhaite",
)
_OFFERS = re.compile(
    # A sentence's subject, or an acronym after its opening clause ("For its User Support
    # Department, …, ESO is advertising the position of …").
    r"(?:^|(?<=[.!?][ \t])|(?<=,[ \t])(?=[A-Z][A-Z&-]{1,9}[ \t]))[ \t]*+(?:The[ \t]++|L['’]|La[ \t]++|Le[ \t]++|Les[ \t]++)?"
    r"(?P<org>[A-ZÀ-Ý][\w'’&.-]*+(?:[ \t]++(?:of|for|and|the|on|in|to|de|du|des|la|le|pour|et"
    r"|d['’][\w'’&.-]*+|l['’][\w'’&.-]*+|[A-ZÀ-Ý(][\w'’&.()-]*+)){0,12}?)[ \t]++"
    r"(?:is[ \t]++(?:currently[ \t]++|now[ \t]++)?(?:recruiting|hiring|seeking|looking[ \t]++for"
    r"|launching|inviting|accepting|organi[sz]ing)|(?:currently[ \t]++)?seeks"
    r"|wishes[ \t]++to[ \t]++(?:recruit|appoint|fill)|would[ \t]++like[ \t]++to[ \t]++recruit"
    r"|has[ \t]++an?[ \t]++(?:\w+[ \t]++){0,2}?(?:opportunity|opening|vacancy)"
    r"|offers[ \t]++(?:you[ \t]++)?(?:the[ \t]++|an?[ \t]++)?(?:\w+[ \t]++){0,2}?opportunity"
    r"|is[ \t]++(?:advertising|opening)[ \t]++(?:the|an?)[ \t]++(?:[\w-]++[ \t]++){0,4}?"
    r"(?:post|position|vacancy)"
    r"|announces[ \t]++the[ \t]++opening"
    r"|recrute|recherche|souhaite[ \t]++recruter)\b",
    re.M,
)
_OFFERS_REACH = 3000
# The gazette names where a post falls vacant: "Un emploi de sous-directeur est susceptible
# d'être vacant au ministère des armées", "… vacant à l'administration centrale du
# ministère de la justice". Bodies in order of preference: the ministry over its directorate.
_VACANT_CLAUSE = re.compile(r"\bvacante?\b(?P<clause>[^.\n]{0,240})")
_VACANT_AT = r"\b(?:au|à\s+la|à\s+l['’]|du|de\s+la|au\s+sein\s+du|au\s+sein\s+de\s+la)\s+"
_VACANT_END = r"(?=\s+(?:un|une|à\s+compter|à\s+partir|pour|au\s+sein|auprès)\b|\s*[,.;:\n]|$)"
_VACANT_BODIES = tuple(
    re.compile(_VACANT_AT + r"(?P<org>" + body + r"\b[^,.;:\n]{2,120}?)" + _VACANT_END)
    for body in (
        r"minist[èe]re(?!s)",
        r"secr[ée]tariat\s+g[ée]n[ée]ral",
        r"(?:direction|délégation|agence|office|institut|cour|commission|conseil)",
    )
)
# The subject of a sentence's last clause, after its article ("…, l'UNESCO").
_LAST_CLAUSE = re.compile(r",\s+(?:l['’]|le\s+|la\s+|les\s+|the\s+)?(?P<org>[A-ZÀ-Ý][^,]*)$")
# A pronoun or a question is no employer ("Qui recrute ?", "Il recherche …").
_NOT_AN_EMPLOYER = frozenset(
    "qui who il elle ils elles it we nous on vous you they which quel quelle".split()
)
_INSTITUTION_MAX = 100
_INSTITUTION_WORDS = 14
_BRACKETS = re.compile(r"\([^)]*\)")
# A card item naming the employer: a bullet, then a short name without digits.
_CARD_ITEM = re.compile(r"[ \t]*[•·▪◦●*][ \t]+(?P<org>[A-ZÀ-Ý][^\d\n:]{1,58}?)[ \t]*$")
# A board's "NATO - Title" or "NATO: Title".
_EMPLOYER_PREFIX = re.compile(r"\s*(?P<org>NATO|OTAN)\s*[-–:]\s+")
# Any body's acronym before the post it heads: "IGAD: Project Programme Assistant (Nairobi)",
# "UNIDO : Protocol Assistant – Vienna".
_ACRONYM_PREFIX = re.compile(r"\s*(?P<org>[A-Z][A-Z&-]{2,9})[ \t]?:[ \t]+(?P<post>[A-Z][^\n]*)")
# A board's "Title at Employer" line ("Junior Professional … at European Space Agency").
_AT_EMPLOYER = re.compile(
    r"(?<!\s)\s+at\s+(?:the\s+)?(?P<org>(?:NATO|OTAN)\b.*|[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w&'’.()-]*)){1,8}"
    # Its acronym after it: "… at the African Development Bank Group (AfDB)".
    r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?)\s*$"
)
_MAX_LOOK = 4
_DIVISION_BODY = re.compile(
    r"^[ \t]*(?i:division)[ \t]*:[ \t]*(?P<org>(?:[^\n]*[^ \t\n])?)[ \t]*$", re.M
)
# Any item of a board's card, dates and pay included.
_BULLET_ITEM = re.compile(r"[ \t]*[•·▪◦●*][ \t]+\S")
# A body's acronym alone ("EBRD", "OSCE", "NCIA"), not a word in capitals of one letter.
_ACRONYM = re.compile(r"[A-Z][A-Z&-]{2,9}")
# What else a board's card lists in items: pay and terms, never the employer.
_CARD_TERMS = frozenset(
    "negotiable competitive full time full-time part time part-time permanent contract "
    "temporary remote hybrid on site negociable a negocier temps plein temps partiel".split()
) | {"full time", "part time", "on site", "temps plein", "temps partiel", "a negocier"}
# Mastheads stand in the first lines; patterns never read further.
_MASTHEAD_REACH = 400
# A board's star rating after the employer ("NATO International Staff 4.3 ★").
_RATING = re.compile(r"(?<!\s)\s++\d(?:[.,]\d)?\s*+★.*$")
_KNOWN = re.compile(KNOWN_EMPLOYER.pattern, re.I | re.M)
# One or two capitalised lines at the top of an old notice, naming its body.
_MASTHEAD = re.compile(
    r"\s*+(?P<org>[A-ZÀ-Ý][A-ZÀ-Ý'’ ,.-]{5,80}(?:ORGANI[SZ]ATION|NORD|STAFF|INTERNATIONAL|SECR[ÉE]TARIAT)"
    r"(?:\n[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’ ,.-]{3,60}(?:STAFF|INTERNATIONAL|SECR[ÉE]TARIAT))?)[ \t]*$",
    re.M,
)
_PAGE_MARKINGS = re.compile(
    r"(?:[ \t]*+(?:\d{1,3}|(?:NATO|OTAN)\s+(?:UNCLASSIFIED|RESTRICTED|SANS\s+CLASSIFICATION)"
    r"|NON\s+CLASSIFI[ÉE]|PUBLICLY\s+DISCLOSED[^\n]*)?[ \t]*\n)*"
)
# A command's or agency's capitalised name on the first line ("HEADQUARTERS ALLIED
# JOINT FORCE COMMAND BRUNSSUM"), which is no banner ("CIVILIAN VACANCY NOTICE").
_COMMAND_MASTHEAD = re.compile(
    r"\s*+(?P<org>(?:[A-ZÀ-Ý'’,.-][A-ZÀ-Ý'’ ,.-]*)?\b(?:HEADQUARTERS|COMMAND|AGENCY|AGENCE|COLLEGE|COLLÈGE|CENTRE|CENTER|"
    r"COMMANDEMENT)\b[A-ZÀ-Ý'’ ,.-]*?)[ \t]*$",
    re.M,
)


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    labelled = ctx.label_value("organisation")
    # A sentence under the label ("Employeur" / "Il y a un poste à pourvoir au sein du …")
    # names no employer; the header's other lines may.
    # "Organization/Post: …" read as the label "Organization" and the value "/Post".
    if labelled is not None and labelled[0].lstrip().startswith("/"):
        labelled = None
    if labelled is not None and _first_word(labelled[0]) not in _NOT_AN_EMPLOYER:
        value, start, end = labelled
        return {"organisation": Found(" ".join(value.split()), start, end, "label")}
    found = ctx.headline("employer") or _employer_line(ctx) or _dated_headline(ctx)
    if found is not None:
        return {"organisation": found}
    header, offset = ctx.header()
    m = _DIVISION_BODY.search(header)
    if m is not None and EMPLOYER_LINE.match(m.group("org")):
        # An IMS notice's "DIVISION: International Military Staff (IMS)" names the body.
        start = offset + m.start("org")
        return {
            "organisation": Found(m.group("org"), start, start + len(m.group("org")), "division")
        }
    m = _KNOWN.search(header)
    if m is not None:
        return {
            "organisation": Found(m.group(), offset + m.start(), offset + m.end(), "known_employer")
        }
    found = _institution_line(ctx) or _between_title_and_labels(ctx)
    if found is not None:
        return {"organisation": found}
    found = _recruiting(header, offset)
    summary = ctx.section_text("summary")
    if found is None and summary is not None:  # "Le Secrétariat international de l'OTAN recrute …"
        found = _recruiting(*summary)
    if found is not None:
        return {"organisation": found}
    found = _vacant_at(ctx)
    if found is not None:
        return {"organisation": found}
    body, offset = ctx.body()
    invited = ctx.mentions("applications are invited", "candidatures sont sollicit", " is for a")
    m = _INVITED.search(body, 0, _INVITED_REACH) if invited else None
    if m is None and ctx.mentions(*_ANNOUNCES_WORDS):
        m = _ANNOUNCES.search(body, 0, _INVITED_REACH)
    if m is None and ctx.mentions(*_INVITES_WORDS):
        m = _INVITES.search(body, 0, _INVITED_REACH)
    if m is not None:
        start = offset + m.start("org")
        return {
            "organisation": Found(m.group("org"), start, start + len(m.group("org")), "invitation")
        }
    found = _offering(ctx, body, offset) or _we_are(ctx, body, offset)
    if found is not None:
        return {"organisation": found}
    if ctx.half.start != 0:
        return {}
    top = ctx.text[:_MASTHEAD_REACH]
    # Page numbers and classification markings stand above a PDF copy's masthead.
    markings = _PAGE_MARKINGS.match(top)
    below = markings.end() if markings is not None else 0
    m = _MASTHEAD.match(top, below)
    if m is not None and BANNER_WORDS.search(m.group()):
        org = " ".join(m.group().split())
        return {"organisation": Found(org, m.start("org"), m.end("org"), "masthead")}
    m = _COMMAND_MASTHEAD.match(top, below)
    if m is not None and not BANNER_WORDS.search(m.group("org")):
        org = " ".join(m.group("org").split())
        return {"organisation": Found(org, m.start("org"), m.end("org"), "masthead")}
    return {}


# The EU's notices introduce their employer under a "WE ARE" heading: "We are:" / "The
# European External Action Service (EEAS), which supports …".
_WE_ARE = re.compile(
    r"^[ \t]*+(?i:we\s+are|who\s+we\s+are|nous\s+sommes)[ \t]*+:?[ \t]*+\n\s*+"
    r"(?i:the\s+|le\s+|la\s+|l['’]\s*)?(?P<org>[A-ZÀ-Ý][^\n,()]{2,120}?(?:\s*\([\w .-]{2,20}\))?)"
    r"(?=,|\s+(?:which|that|is|qui|est)\b)",
    re.M,
)
_WE_ARE_REACH = 4000


def _we_are(ctx: FieldContext, body: str, offset: int) -> Found[str] | None:
    if not ctx.mentions("we are", "nous sommes"):
        return None
    m = _WE_ARE.search(body, 0, _WE_ARE_REACH)
    if m is None or not headed_by_body(m.group("org").split("(")[0]):
        return None
    start = offset + m.start("org")
    return Found(m.group("org"), start, start + len(m.group("org")), "we_are")


# A board's dated headline naming the body the post is at: "AVIS DE RECRUTEMENT à
# l'organisation humanitaire FICR (18 novembre 2025)", "NOUVEAU POSTE A L'UNICEF :
# CANDIDATURE (04 décembre 2025)", "Intégrez l'équipe de la MONUSCO : un poste vacant (…)".
_DATED_HEADLINE = re.compile(
    r"[^\n(]*?(?i:\b(?:(?:au|aux|à\s+la|a\s+la|chez)\s+|[àa]\s+l['’]\s*)(?:bureau\s+de\s+l['’]\s*)?"
    r"|l['’]équipe\s+(?:de\s+la|de\s+l['’]|du)\s+)"
    r"(?:(?i:organisation|ONG|association|agence)(?:\s+(?i:humanitaire|française|internationale))?\s+)?"
    r"(?P<org>[A-ZÀ-Ý](?:[^\n():–]*[^\s():–])?(?:[ \t]*\([A-Z]{2,8}\))?)[ \t]*+(?:[:–-][^\n(]*+)?"
    r"\(\d{1,2}(?:er)?\s+[^\W\d]+\.?\s+\d{4}\)[ \t]*$"
)


# An acronym alone ("UNICEF") or ending a name ("ACTION CONTRE LA FAIM (ACF)").
_ACRONYM_NAME = re.compile(r"^[A-Z][A-Z-]{1,9}$|\([A-Z]{2,8}\)$")


def _dated_headline(ctx: FieldContext) -> Found[str] | None:
    """The body a board's dated headline on the page's first line names (see above)."""
    first = ctx.first_line()
    if first is None or first.start != 0 or not first.text.rstrip().endswith(")"):
        return None
    m = _DATED_HEADLINE.match(first.text)
    if m is None:
        return None
    org = m.group("org")
    if not (_institution(org) or _ACRONYM_NAME.search(org)) or names_post(org):
        return None
    return Found(org, m.start("org"), m.end("org"), "dated_headline")


def _recruiting(text: str, offset: int) -> Found[str] | None:
    """The body a recruiting sentence names ("PNUD recrute …", "X is seeking …"): the
    first whose subject is a name, not a pronoun, a bare noun or a headline's dash."""
    for m in _RECRUITS.finditer(text):
        subject = m.group("org")
        if (
            _first_word(subject) in _NOT_AN_EMPLOYER
            or _GENERIC_NAME.fullmatch(subject)
            or subject.rstrip().endswith(("-", "–", "—"))
        ):
            continue
        # After a heading's colon ("Avis de recrutement : PNUD recrute …") or the clause
        # before ("Pour les besoins de ses activités au Cameroun, l'UNESCO recherche").
        lead = subject.rfind(":") + 1
        clause = _LAST_CLAUSE.search(subject, lead)
        lead = clause.start("org") if clause is not None else lead
        org = subject[lead:].strip()
        start = offset + m.start("org") + subject.index(org, lead)
        return Found(org, start, start + len(org), "recruiting_sentence")
    return None


def _offering(ctx: FieldContext, body: str, offset: int) -> Found[str] | None:
    """The body that offers the post in a sentence it is the subject of (see above): a name
    named, not a body's bare noun ("The Agency is looking for …")."""
    if not ctx.mentions(*_OFFERS_WORDS):
        return None
    for m in _OFFERS.finditer(body, 0, _OFFERS_REACH):
        org = m.group("org").rstrip(".")
        if (
            _first_word(org) in _NOT_AN_EMPLOYER
            or names_post(org)
            or org.split()[-1].casefold() in _TRAILING_LINKS
            or INSTITUTION.fullmatch(org)
            or _a_unit(org, body)
        ):
            continue
        start = offset + m.start("org")
        return Found(org, start, start + len(org), "offering_sentence")
    return None


_UNIT_WORDS = (
    r"(?:Division|Directorate|Section|Unit|Department|Branch|Team|Direction|Département|Unité)"
)


def _a_unit(org: str, body: str) -> bool:
    """Whether an acronym is a unit's, defined as such on the page ("The Remote Sensing and
    Products (RSP) Division …", "… Products Division (RSP)"): a unit offers no post."""
    if not _ACRONYM.fullmatch(org):
        return False
    acronym = re.escape(org)
    return (
        re.search(rf"\({acronym}\)\s*{_UNIT_WORDS}\b|\b{_UNIT_WORDS}\s*\({acronym}\)", body)
        is not None
    )


# A name never ends on a link word ("Bourse de recherche").
_TRAILING_LINKS = frozenset("of for and the on in to de du des la le pour et".split())


def _vacant_at(ctx: FieldContext) -> Found[str] | None:
    """The body the gazette says a post falls vacant at, in the notice's first sentences."""
    if not ctx.mentions("vacant"):
        return None
    body, offset = ctx.body()
    m = _VACANT_CLAUSE.search(body, 0, _INVITED_REACH)
    if m is None:
        return None
    for pattern in _VACANT_BODIES:
        at = pattern.search(m.group("clause"))
        if at is not None:
            start = offset + m.start("clause") + at.start("org")
            return Found(at.group("org"), start, start + len(at.group("org")), "vacant_at")
    return None


def _first_word(text: str) -> str:
    words = text.split()
    return words[0].casefold() if words else ""


# An article and a body's noun ("The Organisation", "L'Agence") head a section about the
# employer; they name none.
_GENERIC_NAME = re.compile(r"(?:the|our|l['’]|la|le|notre)\s*[\w-]+", re.I)


def _employer_line(ctx: FieldContext) -> Found[str] | None:
    """A masthead or a board's employer slot: an organisation line near the title."""
    for line, text in _header_lines_near_title(ctx):
        text = _RATING.sub("", text)
        if text and EMPLOYER_LINE.match(text) and not _GENERIC_NAME.fullmatch(text):
            start = line.start + line.text.index(text)
            return Found(text, start, start + len(text), "employer_line")
    index = ctx.half.title_line
    if index is None:
        return None
    for title in _title_lines(ctx, index):
        m = _AT_EMPLOYER.search(title.text) or _EMPLOYER_PREFIX.match(title.text)
        if m is not None and (_institution(m.group("org")) or m.group("org") in ("NATO", "OTAN")):
            start = title.start + m.start("org")
            return Found(m.group("org"), start, start + len(m.group("org")), "title_employer")
        m = _ACRONYM_PREFIX.match(title.text)
        if m is not None and names_post(m.group("post")):
            start = title.start + m.start("org")
            return Found(m.group("org"), start, start + len(m.group("org")), "title_employer")
    return _card_employer(ctx, index)


# A portal's closing status glued after the employer's name under the title ("Service
# Public de WallonieClôturé depuis le 30/04/2024", "FÖD InneresThe application deadline
# was 13/10/2025", "Federale PensioendienstAfgesloten op 27/11/2024").
_GLUED_STATUS = re.compile(
    r"(?<=[^\W\d_])(?:Clôturé depuis le|Clôturé le|Afgesloten op|Gesloten sinds"
    r"|The application deadline was|Closed on|Closed since|Geschlossen seit)\s*\d[\d/.]*\s*$"
)


def _between_title_and_labels(ctx: FieldContext) -> Found[str] | None:
    """The line right under the title that a recruitment portal prints its employer on:
    glued to the notice's closing status ("Service Public de WallonieClôturé depuis le
    30/04/2024"), or alone between the title and the header block's first label ("Chef de
    projet (m/f/x)" / "Fédération Wallonie-Bruxelles" / "Code de sélection"). A name in
    title case, not a unit, a place, a post or a heading."""
    index = ctx.half.title_line
    if index is None:
        return None
    lines = ctx.doc.lines
    below = [i for i in range(index + 1, min(index + 6, len(lines))) if lines[i].text.strip()]
    if not below:
        return None
    text = lines[below[0]].text.strip()
    status = _GLUED_STATUS.search(text)
    if status is not None:
        name = text[: status.start()]
    else:
        labelled = {hit.line for hit in ctx.half.labels}
        if len(below) < 2 or below[0] in labelled or below[1] not in labelled:
            return None
        name = text
    long_words = [_ELISION.sub("", w) for w in name.split() if len(w) > 3]
    if (
        not long_words
        or not name[:1].isupper()
        or name.isupper()
        or name.endswith(".")
        or sum(w[:1].isupper() for w in long_words) < _NAME_SHARE * len(long_words)
        or len(name) > _INSTITUTION_MAX
        or any(ch in name for ch in ":;!?|•[0123456789")
        or _A_UNIT.search(name)
        or not _CARD_TERMS.isdisjoint(fold(name).split())
        or _CODED_PLACE.search(name)
        or is_place(name)
        or names_post(name)
        or CHROME_LINE.match(name)
    ):
        return None
    start = lines[below[0]].start + lines[below[0]].text.index(name)
    return Found(name, start, start + len(name), "employer_line")


_ELISION = re.compile(r"^[ldLD]['’]")
# A unit of a body, not the body: "Directorate of Legal Advice …", "Direction Générale de
# la Démocratie …", "French Translation Section, …".
_A_UNIT = re.compile(rf"\b{_UNIT_WORDS}\b")
# "Cairo, EG": a city and its country's code.
_CODED_PLACE = re.compile(r",\s*[A-Z]{2}$")
# Most long words of a body's name are capitalised ("Fédération Wallonie-Bruxelles",
# "Sureté de l'Etat"); a heading's are not ("Informations générales").
_NAME_SHARE = 0.6


def _title_lines(ctx: FieldContext, index: int) -> Iterator[Line]:
    """The title line, then the page's first line when a board heads the page with the
    post again ("… Missions at European Space Agency" at the top, the notice below)."""
    lines = ctx.doc.lines
    yield lines[index]
    first = next((i for i, line in enumerate(lines) if line.text.strip()), index)
    title = lines[index].text.strip()
    if title and ctx.half.start == 0 and first < index and lines[first].text.startswith(title):
        yield lines[first]


def _card_employer(ctx: FieldContext, title: int) -> Found[str] | None:
    """A board card under the title: ``• SHAPE`` / ``Shape, Mons, Belgium``. The item
    right above the place is the employer."""
    lines = ctx.doc.lines
    below = (i for i in range(title + 1, len(lines)) if lines[i].text.strip())
    items = list(itertools.islice(below, _MAX_LOOK - 1))
    # An item that is a label ("• Location" / "Brussels, Belgium") names no employer.
    labelled = {hit.line for hit in ctx.half.labels}
    for i, nxt in itertools.pairwise(items):
        m = _CARD_ITEM.match(lines[i].text)
        if m is None or fold(m.group("org")) in _CARD_TERMS or i in labelled:
            continue
        if is_place(lines[nxt].text):
            start = lines[i].start + m.start("org")
            return Found(m.group("org"), start, lines[i].start + m.end("org"), "card_employer")
        break
    # Or the card's one item that is a body's name or acronym (``• EBRD``), wherever it stands.
    card = itertools.takewhile(
        lambda i: _BULLET_ITEM.match(lines[i].text) is not None,
        (i for i in range(title + 1, len(lines)) if lines[i].text.strip()),
    )
    for i in card:
        m = _CARD_ITEM.match(lines[i].text)
        if m is None:
            continue
        org = m.group("org")
        if _ACRONYM.fullmatch(org) or _institution(org) or _KNOWN.fullmatch(org):
            start = lines[i].start + m.start("org")
            return Found(org, start, start + len(org), "card_employer")
    return None


def _institution_line(ctx: FieldContext) -> Found[str] | None:
    """A body's name alone on a line near the title ("Institut fédéral pour le
    Développement durable"): weaker than a known employer, so tried after them."""
    for line, text in _header_lines_near_title(ctx):
        if text and _institution(text) and not _caps_heading(text):
            start = line.start + line.text.index(text)
            return Found(text, start, start + len(text), "institution_line")
    return None


def _header_lines_near_title(ctx: FieldContext) -> Iterator[tuple[Line, str]]:
    """Header lines below then above the title, nearest first (the half's first lines
    without one), headings left out; with their text stripped of bullets and marks."""
    index = ctx.half.title_line
    lines = ctx.doc.lines
    if index is not None:
        # Boards space their cards with blank lines: count the lines that hold text.
        below = (i for i in range(index + 1, len(lines)) if lines[i].text.strip())
        above = (i for i in range(index - 1, -1, -1) if lines[i].text.strip())
        near = [*itertools.islice(below, _MAX_LOOK), *itertools.islice(above, _MAX_LOOK)]
    else:
        first = line_index(lines, ctx.half.start)
        near = list(range(first, min(first + 2 * _MAX_LOOK, len(lines))))
    headings = {block.heading.line for block in ctx.half.sections}
    for i in near:
        line = lines[i]
        if i in headings or line.start < ctx.half.start or line.start >= ctx.half.header_end:
            continue
        yield line, line.text.strip().lstrip(BULLETS).strip("*#_ ")


def _institution(text: str) -> bool:
    """A capitalised name with a body's noun, no sentence and no post in it."""
    bare = _BRACKETS.sub("", text).strip()
    # A name in capitals is matched in title case ("SAARC CULTURAL CENTRE (SCC)").
    name = bare.title() if bare.isupper() else bare
    return (
        len(text) <= _INSTITUTION_MAX
        and any(ch.isupper() for ch in text.partition(" ")[0])  # "eu-LISA - European Agency …"
        and " " in bare
        and len(text.split()) <= _INSTITUTION_WORDS
        and not any(ch in bare for ch in ":;!?0123456789")
        and not text.endswith(".")
        and INSTITUTION.search(name) is not None
        and (headed_by_body(name) or not names_post(text))
        and not CHROME_LINE.match(text)  # a site's own name ("EUR-Lex Access to … law")
        and not _CAPS_LABEL.match(text)
        and not _GENERIC_NAME.fullmatch(text)
    )


_CAPS_NAME_WORDS = 3
# What a line in capitals says when it is a banner, not a body's name.
_BANNER = re.compile(r"\b(?:VACANC|NOTICE|ANNOUNCEMENT|ANNOUCEMENT|AVIS|OFFRE|APPEL|RECRUTEMENT)")


def _caps_heading(text: str) -> bool:
    """Whether a line in capitals is a heading or a banner rather than a body's name:
    capitals set both ("ADMINISTRATION AND PERSONNEL", "VACANCY NOTICE – TEMPORARY STAFF")."""
    bare = _BRACKETS.sub("", text).strip()
    return bare.isupper() and (
        len(bare.split()) < _CAPS_NAME_WORDS
        or not headed_by_body(bare.title())
        or _BANNER.search(bare) is not None
    )


# A colonless label in capitals before its value: "AREA OF ACTIVITY Department of Political
# Affairs of the OIC General Secretariat" is a header row, not a body's name.
_CAPS_LABEL = re.compile(r"[A-Z]{2,}(?:[ /]+[A-Z]{2,})+\s+[A-Z][a-z]")


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "organisation": {
        "en": [
            "organisation",
            "organization",
            "employer",
            "hiring organisation",
            "hiring organization",
        ],
        "fr": ["organisation", "employeur", "organisme", "entreprise", "institution"],
        "xx": ["werkgever", "arbeitgeber", "azienda", "empresa", "bedrijf", "unternehmen"],
    }
}


FIELD = FieldSpec(
    name="organisation",
    attrs=("organisation",),
    extract=extract,
    labels=LABELS,
    compare=False,
    heads=HEADS,
)
