"""Vocabulary of the layout stage: function words, section headings, markers.

Data only. Headings are matched after :func:`fold` (lower case, no accents,
single spaces, no trailing colon).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_EN = """the and of to in for with is are be will on by as at an this that from or
have has their they must which other all who within its into our your you any
would should been were not can may also such these those under between about
more than through upon where when while including"""

_FR = """le la les des du de et au aux un une pour dans sur par est sont avec qui
que ou ce cette ces ses son sa leur leurs être avoir doit sera seront afin
ainsi dont chez sous entre vers lors notamment également auprès selon tout
toute toutes tous peut pourra pas ne plus nous vous votre elle il ils elles"""

FUNCTION_WORDS: dict[str, str] = {w: "en" for w in _EN.split()} | {w: "fr" for w in _FR.split()}

ACCENTED = frozenset("éèêàçùœûôîïëâ«»")


def _accent_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))
        stripped = "".join(ch for ch in base if not unicodedata.combining(ch))
        if stripped != chr(code):
            table[code] = stripped
    table[ord("’")] = "'"
    return table


_FOLD = _accent_table()
_FOLD_CHARS = {chr(code): value for code, value in _FOLD.items()}
# ``str.translate`` looks up every character; a pattern finds the few accented ones
# (ten times faster on a page of text).
_ACCENTED = re.compile("[" + "".join(_FOLD_CHARS) + "]")
# Accented letters that French does not write ("á", "ñ"): on a French page, a typo.
_FRENCH_LETTERS = frozenset("àâäçéèêëîïôöùûüÿœæ")
FOREIGN_ACCENT = re.compile(
    "["
    + "".join(sorted(c for c in _FOLD_CHARS if c.isalpha() and c.lower() not in _FRENCH_LETTERS))
    + "]"
)


def _unaccent(text: str) -> str:
    return _ACCENTED.sub(lambda m: _FOLD_CHARS[m.group()], text)


def fold(text: str) -> str:
    """Case- and accent-insensitive key for lexicon look-ups (``Résumé :`` -> ``resume``)."""
    return " ".join(_unaccent(text.casefold()).split()).rstrip(" :.")


# Section key -> {lang: [heading variants]} (shared/DOMAIN.md, FORMATS.md).
HEADINGS: dict[str, dict[str, list[str]]] = {
    "summary": {
        "en": [
            "summary",
            "post summary",
            "job summary",
            "purpose",
            "post context",
            "organisation summary and post context",
            "organization summary and post context",
            "background",
            "overall purpose of the post",
            "role summary",
            "who we are",
            "about us",
            "organizational setting",
            "organisational setting",
            "the post",
            "position description",
            "job purpose",
            "about the role",
            # A board's or portal's own words over the post's summary (fixtures/real: every
            # page with one of these headings alone on a line is a notice). Not "About the
            # job": a board prints it above the notice's own header (fixtures/gold_extra).
            "about this role",
            "about the position",
            "the role",
            "role description",
            "position summary",
            "role purpose",
            "purpose of the job",
            "your team",
            # A board's heading over the employer's own description (all 9 pages of
            # fixtures/real, 1,970 cases, with it or its French alone on a line are notices).
            "company description",
        ],
        "fr": [
            "résumé",
            "résumé du poste",
            "contexte",
            "description du poste",
            "descriptif du poste",
            "descriptif de poste",
            "descriptif de fonctions",
            "descriptif de fonction",
            "description des fonctions",
            "qui sommes-nous",
            "cadre du poste",
            "le poste",
            "contexte du poste",
            "contexte de poste",
            "contexte de la fonction",
            "contenu de la fonction",
            "description de la fonction",
            "description de l'entreprise",
        ],
    },
    "qualifications": {
        "en": [
            "qualifications and experience",
            "qualifications",
            "essential qualifications",
            "qualifications and experience required",
            "requirements",
            "experience and education",
            "what we are looking for",
            "your profile",
            "profile",
            "eligibility",
            "competencies and qualifications",
            "general qualifications",
            "minimum qualifications",
            "required qualifications",
            "education and experience",
            "skills and experience",
            "what you bring",
            "job requirements",
        ],
        "fr": [
            "qualifications et expérience",
            "qualifications",
            "qualifications requises",
            "profil recherché",
            "votre profil",
            "profil",
            "conditions d'éligibilité",
            "ce que nous recherchons",
            "qualifications générales",
            "qualifications minimales",
            "formation et expérience",
            # The Swiss Confederation's notices (jobs.admin.ch).
            "ce qui vous rend unique",
            "ce que vous apportez",
            "profil du candidat",
        ],
    },
    "accountabilities": {
        "en": [
            "main accountabilities",
            "main responsibilities",
            "principal duties",
            "duties",
            "duties and responsibilities",
            "key responsibilities",
            "tasks",
            "your role",
            "responsibilities",
            "principal functions",
            "main duties",
            "your tasks",
            "your responsibilities",
            "what you will do",
            "main tasks",
            # "Mission" over the duties (Council of Europe, CSSF, MSF): measured on
            # fixtures/real (1,382 pages), all 9 pages with the heading alone are notices.
            "mission",
        ],
        "fr": [
            "missions",
            "mission",
            "missions du poste",
            "mission du poste",
            "principales missions",
            "responsabilités principales",
            "principales responsabilités",
            "attributions",
            "tâches principales",
            "fonctions",
            "principales fonctions",
            "ce à quoi vous pouvez contribuer",
            "vos tâches",
            "vos missions",
            "vos activités",
            "missions principales",
            "votre mission",
            "tâches",
        ],
    },
    "interrelationships": {
        "en": ["interrelationships", "reporting lines", "interrelationships and reporting"],
        "fr": ["structure et liaisons", "relations de travail"],
    },
    "competencies": {
        "en": ["competencies", "competences", "attributes/competencies"],
        "fr": ["compétences", "aptitudes"],
    },
    "contract": {
        "en": [
            "contract",
            "contract details",
            "terms of employment",
            "conditions of employment",
            "what we offer",
            "remuneration and conditions of employment",
        ],
        "fr": [
            "contrat",
            "conditions d'emploi",
            "conditions de recrutement",
            "ce que nous offrons",
            "nous offrons",
            "rémunération et conditions d'emploi",
        ],
    },
    "recruitment": {
        "en": [
            "useful information regarding application and recruitment process",
            "recruitment process",
            "application process",
            "how to apply",
            "useful information regarding application and recruitment",
            "selection procedure",
            "applications",
        ],
        "fr": [
            "informations utiles concernant la procédure de candidature et de recrutement",
            "processus de recrutement",
            "procédure de candidature",
            "comment postuler",
            "informations utiles concernant la procédure de candidature",
        ],
    },
    "additional": {
        "en": ["additional information", "other information", "remarks"],
        "fr": ["informations complémentaires", "autres informations", "remarques"],
    },
}

# Sub-headings inside QUALIFICATIONS that name the group of the items below.
ITEM_GROUPS: dict[str, str] = {
    "essential": "essential",
    "essential requirements": "essential",
    "acquis essentiels": "essential",
    "essentiel": "essential",
    "exigences essentielles": "essential",
    "desirable": "desirable",
    "desirable requirements": "desirable",
    "acquis souhaitables": "desirable",
    "souhaitable": "desirable",
    "atouts": "desirable",
}


def _heading_index() -> dict[str, tuple[str, str | None]]:
    """Folded heading -> (section key, language); ``None`` when both languages write it so."""
    index: dict[str, tuple[str, str | None]] = {}
    for key, by_lang in HEADINGS.items():
        for lang, variants in by_lang.items():
            for variant in variants:
                folded = fold(variant)
                known = index.get(folded)
                index[folded] = (key, None if known and known[1] != lang else lang)
    return index


HEADING_INDEX = _heading_index()

# Lines that say "see the other language" make no body in that language.
SEE_OTHER_VERSION = (
    "voir la version anglaise",
    "voir version anglaise",
    "see the french version",
    "see french version",
    "see english version",
    "voir la version francaise",
)

BULLETS = "-•·*–—●▪◦o\uf0b7\uf0a7■►"

# Job-board and portal furniture: lines that are never a title or a value.
CHROME_LINE = re.compile(
    # The leading non-word run is possessive: taken once, never re-split between the
    # alternatives (a line of a dash, spaces and a word made this pattern take seconds).
    r"""^[^\w(\[]*+(?:
        loading\s*\.*|apply(?:\s+(?:now|later))?(?:\s+apply\s+(?:now|later))?|postuler|solliciteren|bewerben|candidati|share|partager|save
        |click\s+to\s+apply.*|similar\s+jobs|offres\s+similaires|vergelijkbare\s+vacatures
        |job\s+content|read\s+more|lire\s+la\s+suite|voir\s+plus|print|imprimer|back|retour
        |retour\s+(?:à|a)\s+la\s+liste|back\s+to\s+(?:the\s+)?list
        |aller\s+au\s+contenu(?:\s+principal)?|skip\s+to\s+(?:the\s+)?(?:main\s+)?content
        |\d+\s+(?:days?|hours?|weeks?|jours?|dagen|tagen?|giorni|дн\w*)\s*(?:ago)?.*
        |(?:il\s+y\s+a|vor|ago)\s+\d+.*|posted.*|publi[ée]+.*|updated?.*|mis\s+à\s+jour.*|mis\s+en\s+ligne.*
        |views?\s*+:?\s*+\d+|vues?\s*+:?\s*+\d+|\d+\s+views?|[\d\s.,:/-]++|home(?:\s*[>›/].*)?
        |requisition\s*(?:\#|no\.?|number).*|\W++|laden\s*\.*|wird\s+geladen.*|caricamento.*
        |загрузка.*|로딩.*|[^\n›»>]{1,40}(?:\s+[›»>]\s+[^\n›»>]{1,40}){1,6}
        |\W*+\d+\s*(?:dagen|tagen|giorni|дн\w*|일)\b.*|vor\s+\d+\s+tag\w*.*
        |\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[^\]]{0,12}\].*
        |vacature-inhoud|stellenbeschreibung|descrizione(?:\s+del\s+lavoro)?|описание\s+вакансии
        |상세\s*요강|job\s+description|expires?\s*:.*|deadline\s*+:?\s*+[\d/.-]++
        |job\s+(?:specifications?|details|information|overview)|position\s+details
        |cover\s+image|company\s+logo|logo|ai[- ]powered\s+job\s+summary|receive\s+notifications.*|(?:get|create)\s+(?:a\s+)?job\s+alerts?.*
        |sign\s+up.*|subscribe.*|log\s*in|sign\s+in|register
        |(?:[^\W\d]{3,9},?\s+)?(?:\d{1,2}[\s./-]+[^\W\d]{3,9}\.?[\s./-]+\d{2,4}
            |[^\W\d]{3,9}\.?\s+\d{1,2},?\s+\d{4})[^\w]*+
        |(?:view|see|browse)\s+(?:all\s+)?(?:jobs|vacancies|offers)|all\s+jobs|back\s+to\s+(?:jobs|search)
        |this\s+job\s+(?:listing\s+)?has\s+expired.*|job\s+alert.*|save\s+(?:this\s+)?job
        |eur-lex\b.*|this\s+document\s+is\s+an\s+excerpt\s+from.*
        |official\s+journal\s+of\s+the\s+european\s+(?:union|communities)\b.*
        |journal\s+officiel\s+(?:de\s+l['’]union\s+européenne|des\s+communautés\s+européennes)\b.*
        |moniteur\s+belge\b.*|belgisch\s+staatsblad\b.*
        |(?:this\s+is(?:n['’]t|\s+not)\s+)?an\s+official\s+(?:web)?site\s+of\s+the\s+european\s+union\b.*
        |un\s+site\s+officiel\s+de\s+l['’]union\s+européenne\b.*
        |(?:vacancy|job)\s+(?:notice|announcement)|avis\s+de\s+vacance(?:\s+de\s+poste)?
        |external|internal|office[\s-]+wide|(?:external|internal)\s+(?:recruitment|vacancy)\b.*
        |(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|eu|int|be|fr|ch|lu|de|nl|it|es|io)
    )?[^\w\n]*+$""",
    re.I | re.X,
)
# Emoji and pictographs, which boards scatter in their furniture.
PICTOGRAPH = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
# A post's code before its title ("H-4: Principal Support Officer", "NCIA: …").
POST_CODE = r"(?:NATO|OTAN|[A-Z]{2,6}|[A-Z]{1,4}-?\d{1,3})\s*:"
# A reference with slashes ending in a digit: "ECB/041/12", "EMSA/CA/2014/05".
SLASHED_REFERENCE = r"[A-Za-z][\w.-]*(?:/[\w.-]+)+(?<=\d)"
# A requisition's code of capitals and digits before the title: "#NC26NES189191 - NSATU …".
CODED_REFERENCE = r"[A-Z]{2,}\d[A-Z\d]{5,}"
# A UN grade printed after a title with a space only ("Head of Field Office P4"): the title
# stage cuts it, the grade stage reads it.
# A US mission's local grades after a space too: "Rotational Consular Assistant FSN-7, FP-7".
# A British mission's too: "Political Officer B3".
SPACED_UN_GRADE = (
    r"(?:(?:P|D|GS|NO)-?\d{1,2}|(?:FSN|FP|LE)[- ]?\d{1,2}(?:,?\s+(?:FSN|FP|LE)[- ]?\d{1,2})*"
    r"|[ABC][1-6])"
)
# The kind of appointment a board prints after a title's grade: "…, P-4, Temporary
# Appointment , (184 Days)", "…, P4, CDD, Kinshasa".
APPOINTMENT_AFTER_GRADE = r"(?:TA|TJO|FTA|CDD|CDI|Temporary|Fixed[- ]Term|Permanent|Continuing)\b"
# A line naming an organisational unit ("Directorate of …", "Direction de la …").
UNIT_LINE = re.compile(
    r"^(?:(?:Directorate|Direction|Division|Department|Département|Office|Branch|Bureau|Unit|Unité|"
    r"Service)(?:[\s-]+G[ée]n[ée]rale?)?\s+(?:of|de|du|des|for|pour|d['’])\b"
    r"|Direction\s+g[ée]n[ée]rale\b|Directorate[\s-]+General\b)",
    re.I,
)
# Other organisations that print their name as a masthead or employer slot.
_MASTHEAD_NAMES = (
    r"United Nations|Nations Unies|Council of Europe|Conseil de l['’]Europe|European Union|"
    r"Union européenne|OECD|OCDE|OSCE"
)
# Employers known by name (other organisations), at the start of a line.
KNOWN_EMPLOYER = re.compile(
    r"^(?:" + _MASTHEAD_NAMES + r"|European Commission|Commission européenne|"
    r"European External Action Service|Service européen pour l['’]action extérieure)"
    r"(?:\s*\([A-Z]{2,10}\))?",
    re.I,
)
# The same, alone on its line.
ORGANISATION_NAMES = re.compile(KNOWN_EMPLOYER.pattern + "$", re.I)
# Banner lines of portal exports and old notices.
BANNER_WORDS = re.compile(
    r"\b(?:VACANCY|NOTIFICATION|NORTH ATLANTIC|ORGANI[SZ]ATION DU TRAIT[EÉ]|TREATY|SECRETARIAT|"
    r"INTERNATIONAL STAFF|AVIS DE VACANCE|OFFRE D['’]EMPLOI|JOB OFFER|VACANCY NOTICE|"
    r"APPEL [ÀA] CANDIDATURES?|AVIS DE RECRUTEMENT|SECR[ÉE]TARIAT INTERNATIONAL|"
    r"ORGANISATION DU TRAIT[ÉE])\b",
    re.I,
)
# An employer line: a masthead or a board's employer slot under the title.
EMPLOYER_LINE = re.compile(
    r"^(?:NATO|OTAN)(?:\s*[-–/]\s*(?:NATO|OTAN|[A-ZÀ-Ý][\w'’ -]{1,30}))?$"
    r"|^(?:" + _MASTHEAD_NAMES + r")$"
    r"|^(?:SPF|FOD|SPP|POD)\s+[A-ZÀ-Ý][^.!?]{2,90}$"
    r"|^(?:NATO|OTAN|The|L['’]|La|Le|International|Agence|Agency|Allied|Supreme|Headquarters|"
    r"Quartier|Secr[ée]tariat|Coll[èe]ge|Commandement|European|African|Africaine|Council|Conseil|"
    r"Commission|Cour|Court|Registry|Greffe|Bank|Banque|Organi[sz]ation|Union|SPF|FOD|HQ)\b"
    r".{0,70}\b(?:Agency|Agence|Command|Commandement|Headquarters|HQ|Force|Staff|Secretariat|"
    r"Secrétariat|College|Collège|Organi[sz]ation|OTAN|NATO|Centre|Center|Union|Commission|"
    r"Francophonie|Bank|Banque|Court|Cour|Council|Conseil|Registry|Greffe|Executive)"
    r"(?:\s*\([A-Z][A-Za-z&' ]{1,12}\))?$",
    re.I,
)

# Where posts are, as notices name them: ISO code -> country names and duty cities (data).
PLACES: dict[str, dict[str, list[str]]] = {
    code: entry
    for code, entry in json.loads(
        (Path(__file__).with_name("places.json")).read_text(encoding="utf-8")
    ).items()
    if not code.startswith("_")
}
# Countries (in the languages notices use) that start a ``Belgium-Brussels`` location.
COUNTRIES = [name for entry in PLACES.values() for name in entry["names"]]
# The country names as one alternation, longest first.
_COUNTRY_NAMES = "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True))
# A board's country before the title: "Poland: Project Co-ordinator" (ReliefWeb's copies).
COUNTRY_PREFIX = r"(?:" + _COUNTRY_NAMES + r")\s*:\s+"
# A line that is a label and its value ("Department/Office: …"): never a title.
# A bracket in the label closes before its colon: "DIRECTOR OF TRADE(REF: EAC/HR/2013/57)" is
# a title with its reference.
# A slashed reference before a colon ("ECB/041/12: Terminologist") is no label, nor is a
# board's country.
LABEL_LINE = re.compile(
    r"^(?!" + POST_CODE + r")(?!" + SLASHED_REFERENCE + r"\s?:)(?!" + COUNTRY_PREFIX + r")"
    r"(?:[\w/&' .-]|\([^():\n]*\)){2,40}\s?:\s+\S"
)
# A bare ``Country-City`` line: a location whose label was dropped.
BARE_PLACE = re.compile(
    r"^[ \t*]*(?P<place>(?:"
    + _COUNTRY_NAMES
    + r")[ \t]*(?:[-–]|,)[ \t]*[A-ZÀ-Ý][\w'’ .-]{1,40}?)[ \t*]*$",
    re.M,
)
# What joins a board's duty city to the title it appends it to ("… – Mons", "… in Brussels"),
# and the view counter a board may print after it ("… in Brussels 520 views").
PLACE_AFTER_TITLE = r"(?<!\s)(?:\s+[–—-]|\s+in|\s+à)\s+"
# A board may glue its count of applications after: "… P3 121 views0 applications".
VIEW_COUNTER = (
    r"\s+\d[\d,.\u00a0 ]*\s*(?i:views?|vues?)(?:\s*\d[\d,.]*\s*(?i:applications?|candidatures?))?"
)
_VIEWS = re.compile(VIEW_COUNTER + r"\s*$")
# The counter's last words: a text not ending with one is not scanned (the pattern, tried at
# every space of a long line of numbers, is quadratic in it).
_VIEW_ENDINGS = ("view", "views", "vue", "vues", "ation", "tions", "ature", "tures")


def without_view_counter(text: str) -> str:
    """A title line without a board's view counter after it ("… in Brussels 520 views")."""
    if text.rstrip()[-5:].lower().endswith(_VIEW_ENDINGS):
        return _VIEWS.sub("", text)
    return text


# Duty cities (as boards write them, in several languages) that boards append to titles:
# the cities of the countries table.
DUTY_CITIES = frozenset(city.lower() for entry in PLACES.values() for city in entry["cities"])
_CITY_NAMES = "|".join(re.escape(c) for c in sorted(DUTY_CITIES, key=len, reverse=True))
# A card's place alone on its line, after a bullet or a pictograph: a country or a duty
# city, or a city and its country ("🔍 Belgium", "• Bruxelles", "Ulm - Germany").
PLACE_LINE = re.compile(
    r"^[^\w\n]{0,6}(?P<place>(?:[A-ZÀ-Ý][\w'’. -]{1,30}[ \t]*[-–][ \t]*)?(?:"
    + _COUNTRY_NAMES
    + r")|(?i:"
    + _CITY_NAMES
    + r"))[ \t*]*$",
    re.M,
)
# A board card's "City, Country" line ("Brussels, Belgium", "Abidjan, CI", "Kingston, , JM",
# "Luxembourg (Canton), Luxembourg", "Saint-Michael, Barbados 🇧🇧"): the country named or
# coded, a dash or a flag after it.
CITY_COUNTRY = re.compile(
    r"^[ \t*•·▪◦●-]*(?P<place>[A-ZÀ-Ý][\w'’ .,()-]{1,30},[ \t]*(?:,[ \t]*)?(?:"
    + _COUNTRY_NAMES
    + "|"
    + "|".join(PLACES)
    + r"))[ \t*]*(?:[-–][ \t]*)?(?:[\U0001F1E6-\U0001F1FF]{2}[ \t]*)?$",
    re.M,
)


def is_place(text: str) -> bool:
    """A line that is only a place: ``Belgium-Brussels``, ``Brunssum, Limburg, Netherlands``."""
    return bool(BARE_PLACE.match(text) or CITY_COUNTRY.match(text) or PLACE_LINE.match(text))


def fold_prefix(text: str) -> str:
    """:func:`fold` without touching spaces or ends, so offsets stay those of ``text``."""
    return _unaccent(text.casefold())


# Folded headings, longest first, to find a heading glued to the text after it.
HEADING_PREFIXES: list[tuple[str, tuple[str, str | None]]] = sorted(
    HEADING_INDEX.items(), key=lambda item: len(item[0]), reverse=True
)


@lru_cache(maxsize=8)
def lone_words(text: str) -> frozenset[str]:
    """The lower-case words a page prints alone on a line: a board's logo text ("drjobs"),
    which it also glues to labels and titles. Read once per page (a string keeps its hash,
    so the cache's lookup is cheap)."""
    return frozenset(
        word for line in text.split("\n") if (word := line.strip()).isalpha() and word.islower()
    )
