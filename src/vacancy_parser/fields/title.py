"""The post title, from the line above the header block or a ``Job Title:`` label.

Cleaned of what boards and portals add: a trailing reference or grade in
parentheses, repeated ``Org:`` prefixes, a trailing ``– City``.
"""

from __future__ import annotations

import re

from ..layout._signs import INSTITUTION, headed_by_body, names_post, recruited_post
from ..layout._vocab import (
    APPOINTMENT_AFTER_GRADE,
    CODED_REFERENCE,
    COUNTRIES,
    COUNTRY_PREFIX,
    DUTY_CITIES,
    EMPLOYER_LINE,
    PLACE_AFTER_TITLE,
    POST_CODE,
    SLASHED_REFERENCE,
    SPACED_UN_GRADE,
    fold,
    lone_words,
    without_view_counter,
)
from ..layout.labels import LabelHit
from ..layout.langid import lexicon_scores
from ..layout.titles import announces_post, packed_headline
from .base import FieldContext, FieldSpec, Found, ends_sentence

LABELS = {
    "title": {
        "en": [
            "Job Title",
            "Post Title",
            "Posting Title",
            "Vacancy Title",
            "Position Title",
            "Title",
            "Position",
            "Name of the post",
            # NCIA's calls for contractors: "Requirement: Contracting Assistant".
            "Requirement",
            "Post",
        ],
        "fr": [
            "Intitulé du poste",
            "Intitulé publication",
            "Intitulé de la publication",
            "Intitulé de la fonction",
            "Titre du poste",
            "Intitulé",
            "Titre",
            "Poste",
        ],
    },
    # The UN's title of the job code, beside the posting's own title: in the notice's
    # language when the posting title is not ("Intitulé code d'emploi: Spécialiste …").
    "job_code_title": {
        "en": ["Job Code Title"],
        "fr": ["Intitulé code d'emploi", "Intitulé du code d'emploi"],
    },
    # An announcement heading whose value is the post: "Appel à candidatures : Chargé
    # supérieur de projet (Consultant)"; read only when the value is a post's title.
    "announced_title": {
        "en": [
            "Open position",
            "Job opening",
            "Job vacancy",
            "Vacancy announcement",
            "Call for applications",
        ],
        "fr": [
            "Appel à candidatures",
            "Appel à candidature",
            "Avis de recrutement",
            "Offre d'emploi",
            "Appel à manifestation d'intérêt",
        ],
    },
    # A title given in the other language than the half it stands in.
    "title_en": {
        "en": ["Title (English version)", "English title", "Job Title (English)"],
        "fr": ["Intitulé du poste (version anglaise)", "Intitulé en anglais", "Titre en anglais"],
    },
    "title_fr": {
        "en": ["Title (French version)", "French title", "Job Title (French)"],
        "fr": [
            "Intitulé du poste (version française)",
            "Intitulé en français",
            "Titre en français",
        ],
    },
}

# A board's " - 260215" (or glued "-260215") reference after the title.
_TRAILING_NUMBER = re.compile(
    r"(?:\s+[-–]\s*|(?<=[\w)])[-–]|(?<=[a-z]))\d{5,7}(?:-[A-Z]{1,3})?\s*$"
    # A portal's file number after a space: "… général 2023-4620-222".
    r"|(?<=[^\W\d])\s+(?:19|20)\d{2}-\d{2,6}-\d{1,4}\s*$"
)
# A list bullet before the title ("• Legal Assistant").
_BULLET = re.compile(r"^[•·▪◦●■►*–—-]\s+")
# Numbers before the title: a PDF's "Title 2017 08 17 29 Rotational Consular Assistant".
_LEADING_NUMBERS = re.compile(r"^(?:\d+\s+){2,}(?=[^\W\d_])")
# A reference before the title: "[6067] ", "VN 25/61 ", "VA 14 18 ", "Ref. 2024/12 – ".
# "[6067] Title", "VN 12/34 Title", "EMSA/CA/2014/05 - Title" (a reference with slashes,
# then a dash or a colon).
_LEADING_REFERENCE = re.compile(
    r"^(?:\[\s*[\w/.-]*\d[\w/.-]*\s*\]|(?:VN|VA|Ref\.?|Réf\.?|N°)\s*\d[\d/ .-]*\d(?=\s)"
    r"|(?:" + SLASHED_REFERENCE + "|#?" + CODED_REFERENCE + r")(?=\s*[-–—:|])"
    # A requisition or grade code before a spaced dash: "IDB2523 - Ombudsman", "AS-02 - …".
    r"|[A-Z]{2,5}-?\d{2,6}(?=\s+[-–—]\s))"
    r"\s*[-–—:|]?\s*"
)
# A trailing grade after a comma or a dash (``…, P5``, ``… – P5``, ``…, FSN-11; FP-4
# CLOSING DATE: …``), as CONTRACT.md says; a grade inside the title (``Temporary staff,
# AD6, …, Engineer``) stays.
_GRADE_CODE = r"(?:(?:P|D|G|A|B|C|L|AD|AST|FSN|FP|GS|NO|PL|EL|SL)[- .]?\d{1,2}|NO-?[A-E])\b"
# What a board may print after that grade: a bracketed note, the next label in capitals,
# or sentences ("…, B5/B6. EUMETSAT, Darmstadt. Open until 4 May 2020").
_TRAILING_GRADE = re.compile(
    rf"(?:,|\s+[–—-])\s*{_GRADE_CODE}(?:\s*[;,/]\s*{_GRADE_CODE})*"
    r"(?:\s*\([^()]*\))?(?:\s+[A-Z]{3,}(?:\s+[A-Z]{3,})*\s*:.*|[.;]\s.*)?$"
    # A UN grade printed after the title with a space only ("Head of Field Office P4").
    rf"|\s+{SPACED_UN_GRADE}$"
)
# A grade named after the title: "… / Grade Level F", "… - GL D - Defined Duration until
# December 2028", "… (Temporary Agent Grade AD5)".
_NAMED_GRADE_TAIL = re.compile(
    r"\s*(?:[/–—-]\s*|\(\s*(?:(?i:temporary|contract)\s+(?i:agent)\s+)?)"
    r"(?:(?i:grade)(?:\s+(?i:level))?|GL)\s+(?:[A-Z]{1,3}\*?\s*-?\s*\d{1,2}|[A-H])(?![\w*])\)?"
    r"(?:\s+[–—-]\s+.*)?$"
)
# A grade and a place after the title (", NOB, Abidjan"), or a grade and the kind of
# appointment (", P-4, Temporary Appointment , (184 Days)", ", P4, CDD, Kinshasa, RDC");
# not a grade inside the title (``Temporary staff, AD6, Engineer``).
_GRADE_PLACE = re.compile(
    rf",\s*{_GRADE_CODE}\s*,\s*(?:(?P<place>[A-ZÀ-Ý][\w'’ -]{{1,30}})$"
    rf"|{APPOINTMENT_AFTER_GRADE}.*$)"
)
# A board's "Title at NATO".
_AT_EMPLOYER = re.compile(r"(?<!\s)\s+at\s+(?:the\s+)?(?:NATO|OTAN)\b.*$")
# A board's "Title at Employer": after "At", any name holding a body's noun ("… Manila,
# Philippines At World Health Organization (WHO)"); after "at", a name headed by one
# ("… Legal Officer at United Nations Human Settlements Programme", see ``headed_by_body``).
_AT_BODY = re.compile(r"(?<!\s)\s+(?P<at>[Aa]t)\s+(?:the\s+)?(?P<org>[A-Z][^\n]{2,100})$")
_TRAILING_PAREN = re.compile(
    r"\s*\((?:\d{4,7}|(?:[A-Z]{2,6}\s+){1,4}\d{2,}/\d{2,4}|r[ée]affichage|re-?advertis\w*|re-?posted"
    r"|r[ée]f(?:[ée]rence)?\.?\s*[^)]{1,30}|[A-Z]{0,4}[/-]?\d{2,}[\w/-]*|(?:NATO\s+)?Grade\s*[^)]{1,20}"
    # A British mission's number and post: "(02/20 PL)", "(11/18 ABJ)".
    r"|\d{2}/\d{2}\s+(?-i:[A-Z]{2,4})"
    r"|(?-i:[A-Z]{1,3})\.?[ -]?\d{1,2}(?:\s*[/&-]\s*(?-i:[A-Z]{0,3})\.?[ -]?\d{1,2})?"
    r"|(?-i:FG)\s*(?-i:IV|I{1,3})|de\s+sexe\s+(?:féminin\s+ou\s+masculin|masculin\s+ou\s+féminin)"
    # A board's tag of the employer ("(NATO NCIA)"), a staff category letter apart ("… (P)";
    # not a glued gender mark, "RÉSIDENT(E)").
    r"|(?-i:NATO|OTAN)(?:\s+(?-i:[A-Z&]{2,8}))?|(?<=\s\()(?-i:[A-Z]))\)\s*$",
    re.I,
)
# The Official Journal's tail after the post: its legal basis and its number ("… (Article
# 29(2) of the Staff Regulations) — COM/181/04").
_JOURNAL_TAIL = re.compile(
    r"\s*\((?i:article)\s[^()]*(?:\([^()]*\)[^()]*)*\)|\s+[—–]\s+[A-Z]{2,6}/[\w/]+$"
)
# A board's glued duplicate after the reference: ``Title (231234)Title-231234``.
_GLUED_TAIL = re.compile(r"(\(\s*[\w/.-]*\d[\w/.-]*\s*\))\S.*$")
_PREFIX = re.compile(
    r"^(?:" + POST_CODE + r"\s*|" + COUNTRY_PREFIX + r"|(?:NATO|OTAN)\s+[-–]\s+"
    # A title line that announces the post: "Recrutement d'un(e) coordonnateur(trice) …",
    # "Offre d'emploi d'attaché(e) …", "Avis de recrutement PE/226/S — Administrateur …".
    r"|(?:Avis\s+de\s+)?[Rr]ecrutement\s+d['’]\s*(?:une?|un\(e\)|un/une|un[.-]e)\s+"
    r"|Offre\s+d['’]emploi\s+(?:d['’]\s*|de\s+)"
    r"|Avis\s+de\s+(?:recrutement|vacance)\s+[A-Z]{1,6}/[\w/.-]+\s*[—–-]\s*"
    # "Vacancy notice for the post of Vice-President …", "Avis de vacance pour le poste de …".
    r"|[Vv]acancy\s+(?:[Nn]otice|[Aa]nnouncement)\s+for\s+(?:the\s+(?:[Pp]ost|[Pp]osition)\s+of\s+)?"
    r"(?:an?\s+)?|Avis\s+de\s+vacance\s+pour\s+le\s+poste\s+d(?:e\s+|['’]\s*)"
    # The gazette's "Avis de vacance d'un emploi de sous-directeur".
    r"|(?:Avis\s+de\s+vacance\s+(?:d['’]\s*un\s+|de\s+l['’]\s*)|Vacance\s+du\s+)(?:emploi|poste)\s+d(?:e\s+|['’]\s*)"
    # "EEAS Vacancy Notice Contract Agent FGIV – Job title: Intelligence Analyst".
    r"|[^:\n]{0,80}?\b(?:Job|Post|Position)\s+[Tt]itle\s*:\s*"
    r"|[^:\n]{0,80}?\bIntitulé\s+du\s+poste\s*:\s*"
    # "Generic Vacancy Announcement – WASH Cluster Coordinator", "Internal and External
    # Vacancy Announcement: Health & Nutrition Specialist".
    r"|(?:(?:Generic|Internal|External)(?:\s+(?:and|&|/)\s+(?:Internal|External))?\s+)?"
    r"(?i:Vacancy|Job|Recruitment)\s+(?i:Announcement|Opening|Notice)\s*[:–—-]\s+"
    # A portal's button before the title: "View Vacancy - Protocol Officer" (FCDO).
    r"|View\s+(?:Vacancy|Job)\s*[:–—-]\s+"
    # "ESDC Vacancy Notice Cyber Training Manager …": a body's acronym and the word.
    r"|(?:[A-Z]{2,10}\s+)?Vacancy\s+Notice\s+(?=[A-Z][a-z])"
    # A breadcrumb before the title: "Accueil / Postes offerts / Commissaire adjointe …".
    r"|(?:Accueil|Home|Startseite)\s+/\s+(?:[^/\n]{1,40}\s+/\s+)*"
    # The Official Journal's headline: "DG Regional policy — Publication of a vacancy for a
    # Director (grade A*14) …", "… — Publication d'un avis de vacance pour le poste de …".
    r"|(?:[^—\n]{0,120}?—\s+)?(?:Publication\s+of\s+a\s+vacancy\s+(?:notice\s+)?for\s+"
    r"(?:the\s+post\s+of\s+)?(?:an?\s+)?|Publication\s+d['’]un\s+avis\s+de\s+vacance\s+pour\s+"
    r"(?:le|un)\s+poste\s+d(?:e\s+|['’]\s*))"
    # The stored copy's date before the page's first line: "date 2022-08 Poste de …".
    r"|date\s+\d{4}(?:-\d{2}){0,2}\s+)+"
)
_TRAILING_PLACE = re.compile(PLACE_AFTER_TITLE + r"(?P<place>[^–—-]{2,40})$")
# Where the post is based, said after it: "… Central Allocation Team – based in Luxembourg",
# "Assistant(e) en mobilisation communautaire, basé à Ménaka".
_BASED_IN = re.compile(r"\s*[,–—-]?\s*(?i:based\s+in|bas[ée]\(?e?\)?\s+[àa])\s+[^,–—()\n-]{2,40}$")
# A page title's employer and site after the post: "Flight Key Cell Supervisor - European
# GNSS Agency - Europa".
_TRAILING_EMPLOYER = re.compile(
    r"\s+[–—-]\s+(?P<org>[^–—\n-]{3,80}?)(?:\s+[–—-]\s+[^–—\n-]{2,30})?$"
)
# A page title's site name: "Language/Administrative Assistant (Albanian) | ReliefWeb".
_SITE_NAME = re.compile(r"\s+\|\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}\s*$")
_EDGE = " -–—:|,*"
# Function words that make a title line plainly English or French.
_PLAIN = 3
# Two titles glued together by a board ("Protocol OfficerStrategic Communication Advisor").
_GLUED_TITLES = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]{2,}\s)")
# What boards append to a title: the employer or the kind of contract.
_TRAILING_TAG = re.compile(
    r"(?<!\bof)(?<!\bde)(?<!\bdu)(?<!\bthe)\s+(?:NATO|OTAN|Temporaire|Temporary|Permanent|Full[- ]time|Part[- ]time|CDI|CDD"
    r"|Temps plein|Temps partiel|(?:Emploi\s+)?Plein\s+temps)$"
    # The EU staff category after a dash ("Head of Legal Services Group –Temporary Agent").
    r"|\s*[–—-]\s*(?:(?:Temporary|Contract)\s+(?:Agent|Staff)|Agent\s+(?:temporaire|contractuel))$"
    # The Official Journal's count of posts after a dash ("Directeur (F/H) — un emploi"); a
    # board's "– 2 posts" stays, as most golds keep a title's count of posts.
    r"|\s*[–—-]\s*(?:un|deux|trois|\d)\s+emplois?$"
)
# The job's number and what a board prints after it: "… Manager Job.No: 303119 (Download Here)".
_TRAILING_JOB_NUMBER = re.compile(
    r"\s+(?:Job|Vacancy|Position|Post)\.?\s*(?i:no)\.?\s*:?\s*\d[\w/.-]*(?:\s*\([^()]*\))?$"
)
# A portal's status of the posting after the title: "… OFFICER, P4 [Cancelled]", "…
# (Temporary Job Opening)", "… (Re-issued)".
_STATUS = re.compile(
    r"\s*[\[(](?:cancell?ed|closed|expired|filled|re-?issued|extended|updated|amended"
    r"|temporary\s+job\s+opening|TJO|annul[ée]e?|cl[ôo]tur[ée]e?|prolong[ée]e?)[\])]$",
    re.I,
)
# Who may apply, in a bracket after the title, closed or not, or after a dash: "Assistant(e)
# Visa (Ouvert à tous les candidats intéressés/Toutes origines", "Driver (Open to All
# Interested Candidates)", "Cultural Affairs Assistant - Open To: All Interested Applicants".
_ELIGIBILITY = re.compile(
    r"\s*(?:\((?:Open\s+(?:only\s+)?to|Ouvert\s+à)\s[^()]*(?:\([^()]*\)[^()]*)*\)?"
    r"|\((?:Internal|External)(?:\s+(?:and|&|or)\s+(?:Internal|External))?\s+candidates?\s+only\)"
    r"|[-–—]\s*(?:Open\s+(?:only\s+)?to|Ouvert\s+à)\b.*)$",
    re.I,
)
_TRAILING_COUNTRY = re.compile(r"\s*,\s*(?P<place>[A-ZÀ-Ý][\w'’ -]{2,30})$")
_COUNTRIES = frozenset(c.lower() for c in COUNTRIES)
_CONTINUATION_MAX = 80
# A title line that ends on a link word was cut mid-phrase; PDF copies may put up to two
# blank lines before the rest.
_CUT_AFTER = re.compile(
    r"(?<=\w)\s+(?:of|for|and|in|on|at|to|with|within|the|a|an|de|du|des|d['’]|la|le|les|l['’]|et"
    r"|pour|en|au|aux|à|sur|dans|chargée?)$"
)
_CUT_GAP = 3
# A next line that goes on with lower-case words ("supply to the EU of raw materials"), not
# an address ("tendersglobal.net").
_GOES_ON = re.compile(r"[^\W\d_A-ZÀ-Ý][\w'’-]*\s")
# Longer than any title of the gold sets (234 characters) by far.
_TITLE_CHARS = 400
_WRAP_INDENT = 8


def clean(raw: str) -> str:
    """``NATO: NATO: Assistant (A.2) (241656) – Brussels`` -> ``Assistant``; an empty string
    for text far longer than any title (the end-anchored patterns below are tried at every
    position, which a 20,000-character "title" of dots makes take a minute)."""
    text = " ".join(raw.replace("**", " ").split()).lstrip("# ").rstrip(" |")  # a table cell
    if len(text) > _TITLE_CHARS:
        return ""
    text = _LEADING_REFERENCE.sub("", _PREFIX.sub("", _BULLET.sub("", text)))
    text = _LEADING_NUMBERS.sub("", text)
    text = _GLUED_TAIL.sub(r"\1", text)
    text = _SITE_NAME.sub("", text)
    text = without_view_counter(text)
    text = _AT_EMPLOYER.sub("", _TRAILING_GRADE.sub("", text))
    at = _AT_BODY.search(text)
    if at is not None and (
        INSTITUTION.search(at.group("org")) is not None
        if at.group("at") == "At"
        else headed_by_body(at.group("org")) and names_post(text[: at.start()])
    ):
        text = text[: at.start()]
    graded = _GRADE_PLACE.search(text)
    if graded is not None and not names_post(graded.group("place") or ""):
        text = text[: graded.start()]
    glued = _GLUED_TITLES.search(text)
    if glued is not None and names_post(text[: glued.start()]):
        text = text[: glued.start()]  # "…Protocol OfficerStrategic Communication Advisor"
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING_NUMBER.sub("", _TRAILING_PAREN.sub("", text)).strip(_EDGE).lstrip("# ")
        text = _TRAILING_GRADE.sub("", text)  # "Political Officer B3 (02/20 PL)"
        if "rade" in text or "GL" in text:
            text = _NAMED_GRADE_TAIL.sub("", text)
        text = _TRAILING_JOB_NUMBER.sub("", _TRAILING_TAG.sub("", text))
        text = _STATUS.sub("", _ELIGIBILITY.sub("", text))
        if "/" in text or "rticle" in text:
            text = _JOURNAL_TAIL.sub("", text)
        m = _TRAILING_PLACE.search(text)
        if m and m.group("place").strip().lower().split(",")[0] in DUTY_CITIES:
            text = text[: m.start()].strip(_EDGE)
        m = _TRAILING_COUNTRY.search(text)
        if m and m.group("place").strip().lower() in DUTY_CITIES | _COUNTRIES:
            text = text[: m.start()].strip(_EDGE)
        if "ased in" in text or "asé" in text:
            text = _BASED_IN.sub("", text)
        dashed = any(dash in text for dash in (" - ", " – ", " — "))
        m = _TRAILING_EMPLOYER.search(text) if dashed else None
        if m and EMPLOYER_LINE.match(m.group("org")) and names_post(text[: m.start()]):
            text = text[: m.start()].strip(_EDGE)
        # "Commis aux Archives.": a full stop that ends a list item, not an abbreviation.
        if ends_sentence(text):
            text = text[:-1].rstrip(_EDGE)
        if text.endswith(("»", "›")) and "«" not in text and "‹" not in text:
            text = text[:-1].rstrip(_EDGE)  # a board's link arrow: "… Programme Officer »"
    return text


def _continued(ctx: FieldContext, line: int, end: int) -> int:
    """A title whose bracket is still open, whose bracketed part was wrapped, or whose
    words were cut mid-phrase ("… operational data in" / "the 24/7 Operational Centre",
    "Operational manager" / "of the National Session") goes on on the next lines
    (narrow columns, PDF copies)."""
    label_lines = {h.line for h in ctx.half.labels}
    lines = ctx.doc.lines
    start = lines[line].start
    while end - start < _TITLE_CHARS:
        text = ctx.text[start:end]
        nxt = line + 1
        # A phrase cut after a link word may go on past the blank lines of a PDF copy.
        cut = _CUT_AFTER.search(text) is not None
        while cut and nxt < len(lines) and nxt - line <= _CUT_GAP and not lines[nxt].text.strip():
            nxt += 1
        if nxt >= len(lines) or nxt in label_lines:
            return end
        following = lines[nxt]
        rest = following.text.strip()
        bracketed = rest.startswith("(")
        if not rest or (
            len(following.text) > _CONTINUATION_MAX and not (bracketed and rest.endswith(")"))
        ):
            return end
        opened = text.count("(") > text.count(")")
        # A capitalised value wrapped onto an indented next line ("TITRE :   ASSISTANT(E) DE"
        # / "          DU PERSONNEL").
        indent = len(following.text) - len(following.text.lstrip())
        aligned = (
            indent >= _WRAP_INDENT and rest.isupper() and text.split(":")[-1].strip().isupper()
        )
        goes_on = cut or (
            _GOES_ON.match(rest) is not None and not ends_sentence(rest) and ". " not in text
        )
        if not (opened or bracketed or aligned or goes_on):
            return end
        line, end = nxt, following.start + len(following.text.rstrip())
        if opened or bracketed or aligned:
            return end
    return end


def extract(ctx: FieldContext) -> dict[str, Found[str]]:
    """The half's own title; a title labelled as the other language's goes to that language."""
    found: dict[str, Found[str]] = {}
    for lang in ("en", "fr"):
        labelled = ctx.label_value(f"title_{lang}")
        if labelled is not None and lang != ctx.lang:
            value, start, end = labelled
            found[f"title:{lang}"] = Found(clean(value), start, end, "label_other_language")
    hit = next((h for h in ctx.labels("title") if _names_a_title(ctx, h)), None)
    if hit is not None:
        end = _continued(ctx, hit.line, hit.value_end)
        value = clean(ctx.text[hit.value_start : end])
        code_title = ctx.label_value("job_code_title")
        other = _other(ctx.lang)
        if code_title is not None and _language(value) == other:
            # "Intitulé publication: HUMAN RIGHTS OFFICER, P4" is the English title; the
            # job code's "Spécialiste des droits de l'homme" the French one.
            found[f"title:{other}"] = Found(value, hit.value_start, end, "label")
            text, start, code_end = code_title
            found["title"] = Found(clean(text), start, code_end, "label")
            return found
        found["title"] = _mixed_case(ctx, hit) or Found(value, hit.value_start, end, "label")
        found.update(_bilingual_parts(ctx, found["title"]))
        return found
    announced = ctx.label_value("announced_title")
    if announced is not None and announces_post(announced[0]):
        text, start, end = announced
        packed = packed_headline(text)  # "Vacancy Announcement – Nutrition Officer, NOB, …"
        if packed is not None:
            text, start, end = (
                packed.group("title"),
                start + packed.start("title"),
                start + packed.end("title"),
            )
        found["title"] = Found(clean(text), start, end, "announced")
        return found
    index = ctx.half.title_line
    if index is None:
        sentence = _from_sentence(ctx)
        if sentence is not None:
            found["title"] = sentence
        return found
    line = ctx.doc.lines[index]
    text = line.text.strip()
    if not text:
        return found
    start = line.start + line.text.index(text)
    headline = ctx.headline("title")
    if headline is not None:  # "Archivist. UNHCR, Geneva. Open until 3 January 2012"
        found["title"] = Found(clean(headline.value), headline.start, headline.end, "headline")
        return found
    recruited = recruited_post(line.text)
    if recruited is not None:
        # The title line is a recruiting sentence ("…, l'UNESCO recherche : Coordonnateur …").
        post, at = recruited
        found["title"] = Found(
            clean(post), line.start + at, line.start + at + len(post), "sentence"
        )
        return found
    if not names_post(text):
        # A title line with no post's noun ("PROCÉDURES ADMINISTRATIVES") gives way to a
        # recruiting sentence that names one ("… avis de vacance pour un poste de chef …").
        sentence = _from_sentence(ctx)
        if sentence is not None:
            found["title"] = sentence
            return found
    index, start, text = _repeated_below(ctx, index, start, text)
    start, text = _without_logo(ctx, start, text)
    end = _continued(ctx, index, start + len(text))
    # A recruiting sentence wrapped over the lines the title went on to, perhaps begun on
    # the line above ("… for the recruitment of" / "one Temporary Agent …" / "as Secretary …").
    above = ctx.doc.lines[index - 1] if index else None
    begun = above.start if above is not None and above.text.strip() else start
    recruited = recruited_post(ctx.text, begun, end) if end > start + len(text) else None
    if recruited is not None:
        post, at = recruited
        found["title"] = Found(clean(post), at, at + len(post), "sentence")
        return found
    cleaned = clean(ctx.text[start:end])
    # A title line that names no post ("OBJECTIVE OF THE OFFICE/DEPARTMENT", "EGU logo",
    # "Family Type") is a heading or the board's: no title is better than a wrong one. A
    # line that announces its post names one by saying so ("Vacancy notice for the post of
    # Vice-President Directorate-General 4").
    if cleaned and (names_post(cleaned, plural=True) or _ANNOUNCES.search(line.text)):
        # A title line plainly in the other language is that language's title.
        en, fr = lexicon_scores(cleaned)
        other = "en" if ctx.lang == "fr" else "fr"
        plainly_other = (en, fr)[other == "fr"] >= _PLAIN and not (en, fr)[other == "en"]
        key = f"title:{other}" if plainly_other else "title"
        found[key] = Found(cleaned, start, end, "title_line")
        found.update(_bilingual_parts(ctx, found[key]))
    return found


_ANNOUNCES = re.compile(
    r"\b(?:vacancy\s+(?:notice|announcement)|(?:post|position|recruitment)\s+of"
    r"|avis\s+de\s+vacance|poste\s+d[e'’]|recrutement\s+d)",
    re.I,
)


# A board's logo text glued before its headline, which the page then prints alone:
# "drjobs Principal Assistant (Pay and Allowances)" / "Principal Assistant (…)".
_LOGO_WORDS = 2
# The repeat stands among the next lines that hold text (a board's search box between).
_REPEAT_LINES = 3
_REPEAT_REACH = 8


_LOGO_MIN_WORDS = 3


def _repeated_below(ctx: FieldContext, index: int, start: int, text: str) -> tuple[int, int, str]:
    """The title line's repeat just below it, when the line itself has words before it."""
    lines = ctx.doc.lines
    seen = 0
    for below in range(index + 1, min(index + 1 + _REPEAT_REACH, len(lines))):
        again = lines[below].text.strip()
        if not again:
            continue
        head = text[: len(text) - len(again)]
        words = head.split()
        logo = head.endswith(" ") and len(words) <= _LOGO_WORDS and all(w.isalnum() for w in words)
        if len(again) < len(text) and text.endswith(again) and logo:
            return below, lines[below].start + lines[below].text.index(again), again
        seen += 1
        if seen == _REPEAT_LINES:
            break
    return index, start, text


def _without_logo(ctx: FieldContext, start: int, text: str) -> tuple[int, str]:
    """The title line without a board's logo text before it (one lower-case word that the
    page prints alone elsewhere: "drjobs Field Officer") or its language switch after it in
    another script ("… العربية")."""
    words = text.split()
    if len(words) < _LOGO_MIN_WORDS:
        return start, text
    first, last = words[0], words[-1]
    if first.isalpha() and first.islower() and first in lone_words(ctx.doc.text):
        cut = text.index(words[1], len(first))
        start, text = start + cut, text[cut:]
    foreign = last.isalpha() and not any(c.isascii() for c in last)
    if foreign and any(c.isascii() for c in text[: -len(last)] if c.isalpha()):
        text = text[: -len(last)].rstrip()
    return start, text


def _bilingual_parts(ctx: FieldContext, title: Found[str]) -> dict[str, Found[str]]:
    """One title printed in both languages, split by a slash ("Operations Manager / Chef
    des opérations"): each part under its language's key; nothing for any other title."""
    parts = [part.strip() for part in title.value.split(" / ")]
    if len(parts) != 2 or not all(parts):
        return {}
    langs = [_language(part) for part in parts]
    if None in langs or langs[0] == langs[1]:
        return {}
    found: dict[str, Found[str]] = {}
    for lang, part in zip(langs, parts, strict=True):
        at = ctx.text.find(part, title.start, title.end)
        start, end = (at, at + len(part)) if at >= 0 else (title.start, title.end)
        key = "title" if lang == ctx.lang else f"title:{lang}"
        found[key] = Found(part, start, end, title.rule)
    return found


# Job nouns of one language only, for a title without function words (folded).
_NOUN_LANGUAGE = {
    **dict.fromkeys(
        "officer manager adviser advisor engineer scientist analyst leader coordinator "
        "specialist director".split(),
        "en",
    ),
    **dict.fromkeys(
        "charge chargee chef responsable conseiller conseillere directeur directrice "
        "gestionnaire specialiste coordonnateur coordonnatrice".split(),
        "fr",
    ),
}


def _names_a_title(ctx: FieldContext, hit: LabelHit) -> bool:
    """Whether a title label's value can be a title: not the rest of a longer label ("Post
    Type", "Position/ Job Title: …") nor punctuation."""
    value = clean(ctx.text[hit.value_start : hit.value_end])
    return any(ch.isalpha() for ch in value) and fold(value) not in _LABEL_WORDS


# Words that end a longer label, never a title alone.
_LABEL_WORDS = frozenset(
    "type level information details title grade category code number description "
    "niveau categorie intitule".split()
)


def _mixed_case(ctx: FieldContext, hit: LabelHit) -> Found[str] | None:
    """The title line, when the label gives the same title in capitals (``INTITULÉ DU
    POSTE CHARGE(E) DE PROGRAMME`` under ``Chargé(e) de Programme``): it keeps the case
    and the accents that capitals lose."""
    index = ctx.half.title_line
    if index is None or index == hit.line:
        return None
    labelled = ctx.text[hit.value_start : hit.value_end].strip()
    line = ctx.doc.lines[index]
    text = line.text.strip()
    if not labelled.isupper() or text.isupper() or fold(clean(text)) != fold(clean(labelled)):
        return None
    start = line.start + line.text.index(text)
    return Found(clean(text), start, start + len(text), "title_line")


def _other(lang: str | None) -> str:
    return "en" if lang == "fr" else "fr"


def _language(title: str) -> str | None:
    """A title's language by its function words, else by a head noun of one language."""
    en, fr = lexicon_scores(title)
    if en != fr:
        return "en" if en > fr else "fr"
    nouns = {_NOUN_LANGUAGE.get(word) for word in fold(title).split()} - {None}
    return nouns.pop() if len(nouns) == 1 else None


def _from_sentence(ctx: FieldContext) -> Found[str] | None:
    """A recruiting sentence that names the post, for a page with no title line."""
    found = ctx.recruited()
    if found is None:
        return None
    title, at = found
    return Found(clean(title), at, at + len(title), "sentence")


# Head words naming this field in labels of any wording (folded, see layout._vocab.fold).
HEADS = {
    "title": {
        "en": ["title", "job title", "post title", "position title"],
        "fr": ["titre", "intitule", "intitule du poste"],
        "xx": ["functie", "stellenbezeichnung", "titolo", "puesto"],
    }
}


FIELD = FieldSpec(
    name="title", attrs=("title",), extract=extract, labels=LABELS, compare=False, heads=HEADS
)
