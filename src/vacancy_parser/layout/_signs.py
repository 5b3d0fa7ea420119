"""Phrases that speak for or against a page being one vacancy notice. Data only.

Phrases are written folded (lower case, no accents, straight apostrophes: see
:func:`._vocab.fold`) and matched as whole words in the folded text. Each table
counts distinct phrases, so one phrase repeated ten times is one piece of evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._vocab import SPACED_UN_GRADE, fold

# Said of the one post a notice is about: who will hold it and what they will do. Pages
# about jobs in general rarely speak of "the incumbent" or list "main responsibilities";
# "is responsible for" stands in the first 3,000 characters of 100 of the 296 notices of
# fixtures/real and of 2 of its 118 look-alikes.
DUTY_PHRASES = """
the incumbent|the post holder|the postholder|the jobholder|the job holder|the incumbent must
|main duties|key duties|duties and responsibilities|main responsibilities|key responsibilities
|main accountabilities|principal duties|responsibilities include|your main tasks|the main duties
|job purpose|purpose of the post|post context|post summary|reports to|reporting to
|under the supervision of|under the direct supervision|under the general supervision
|le titulaire|la titulaire|le ou la titulaire|titulaire du poste|la personne titulaire
|vos missions|vos taches
|missions principales|taches principales|fonctions principales|principales responsabilites
|is responsible for|will be responsible for|is accountable for|responsible to the
|principal duties|qualifications and experience
|responsabilites principales|activites principales|contenu de la fonction|contexte du poste
|sous la supervision|sous l'autorite|sous la responsabilite|rattache a|rattachee a
"""

# The one person who will hold the post. A notice speaks of them again and again; pages
# about jobs in general, or about several posts, name them once or twice at most.
HOLDER_PHRASES = """
the incumbent|incumbent's|the post holder|the postholder|the job holder|the jobholder
|he/she|s/he|him/her|his/her|le titulaire|la titulaire|le ou la titulaire|titulaire du poste
|la personne titulaire|la personne retenue
|il/elle|il ou elle
"""

# Said of a post to fill, but also of posts in general on careers and help pages.
JOB_PHRASES = """
the successful candidate|the successful applicant|successful candidates|the selected candidate
|the selected applicant|you will be responsible|you will lead|you will support
|we are seeking|we are looking for|we are recruiting|is recruiting|is seeking|seeks a|seeks an
|tasks include|post description|candidates must|applicants must|the candidate must
|the candidate will|must possess|essential qualifications|desirable qualifications
|essential requirements|minimum requirements|university degree|years of experience
|years' experience|years of relevant|under the authority|under the overall|line manager
|l'interesse|le candidat retenu|la candidate retenue|candidat retenu|candidate retenue
|candidats retenus|vous serez|vous etes|vous assurez|vous participez|vous contribuez
|votre mission|votre role|description de la fonction|description du poste|profil recherche
|profil du candidat|qualifications requises|diplome universitaire|diplome de|annees d'experience
|ans d'experience|lieu d'affectation|duree du contrat|duree de l'engagement|recrute|recherche un
|recherche une|nous recherchons|poste a pourvoir|ce poste|this post|this position|this vacancy
|avis de recrutement|vacance d'un emploi|vacance numero
|recrutement d'un|recrutement d'une|avis a candidature|appel a candidatures|vacancy notice
|vacancy announcement|notice of vacancy|avis de vacance de poste|avis de vacance d'emploi
|job opening|position description|job description|job summary|about the role|about the job
|this competition|the competition for this post|pending budget approval|is vacant|vacant as of
|sous reserve de l'approbation budgetaire|ce concours|est vacant
|reserve list|establish a reserve list|recruitment notice
|in this role|this role|your role|the post is|the position is|poste base a|un poste base|votre profil
|purpose of the position|goal of the post|le present recrutement|vise a pourvoir|met au concours
|caracteristiques du poste|quel sera votre role
"""

# Said in a title line that announces its post ("Avis de vacance d'un emploi de …",
# "UNICEF recrute un(e) …", "ESDC Vacancy Notice Cyber Training Manager").
ANNOUNCE_PHRASES = """
recrute|recherche|recrutement d|vacancy notice|vacancy announcement|avis de vacance
|avis de recrutement|appel a candidatures|appel a candidature|is hiring|is recruiting|seeks
|is seeking|is looking for|job opening|offre d'emploi|poste a pourvoir|call for applications
|vacancy|vacance du poste|vacance de poste|vacance d'emploi|vacance d'un emploi
"""

# Said to the reader about this post's application.
APPLY_PHRASES = """
apply now|apply by|how to apply|to apply|applications must|applications should|application deadline
|closing date|deadline for applications|submit your application|submit an application|apply online
|apply for this|apply for the|candidates should apply|interested candidates|interested applicants
|postuler|pour postuler|comment postuler|date limite|date de cloture|candidatures doivent|envoyer votre
|soumettre votre candidature|deposer votre candidature|les candidatures|dossier de candidature
|soumettre leur candidature|presenter leur candidature|poser sa candidature|poser votre candidature
|postulez|candidatez|faire acte de candidature
"""

# Said of an organisation's jobs in general: careers, benefits, programmes, help pages,
# listings; or of a purchase, not a post (a tender, a request for proposals). A board's own
# furniture ("news", "sign up", "job alert") is left out: boards print it around single
# notices as much as around listings. So are words a notice uses of its own post
# ("allowances", "selection process"), and "bidders" (a contractor's requisition has them).
# So is an employer's boilerplate that notices print more often than look-alikes ("join
# our team", "our people", "our staff", "benefits package", "current vacancies": on
# fixtures/real's 2,778 pages, 62 uses on notices and 15 on look-alikes, a ratio twice the
# pages' own of 2.2 notices to one look-alike).
INFO_PHRASES = """
what we offer|our benefits|benefit package|employee benefits|working for nato
|working at nato|careers at|career opportunities|staff receive
|salary scales|grade structure|internship programme|internship program|internships
|young professionals programme|young professionals program|trainee programme
|frequently asked questions|faq|how we recruit|our recruitment process|recruitment process is
|the recruitment process|open vacancies|vacancies list|job openings
|recruitment campaign|recruitment drive|last updated|search results|jobs found|results found|sort by|filter by|press release|staff categories
|categories of staff|job levels|grade levels|types of contract|contract types|who can apply
|eligibility criteria|eligible candidates|how we select|apply for our vacancies|our vacancies
|temporary agents|contract agents|vacancy notices|a vacancy notice|a job advertisement|a job posting|each vacancy|every vacancy
|ce que nous offrons|nos avantages|avantages sociaux|travailler a l'otan|travailler pour
|carrieres|postes vacants|toutes les offres|rechercher une offre|grille des salaires
|grilles salariales|baremes|programme de stages|jeunes professionnels|foire aux questions
|questions frequentes|communique de presse|campagne de recrutement|derniere mise a jour|categories de personnel|types de contrats
|qui peut postuler|agents temporaires|agents contractuels|nos offres|avis de vacance publies|une offre d'emploi|chaque offre
|offres d'emploi suivent|annonce d'emploi|une annonce
|installation allowance|payable in arrears
|interview questions|preparation guide|how to prepare
|request for proposal|request for proposals|invitation to bid|invitation for bids|appel d'offres
|appel d'offres international|dossier d'appel d'offres|cahier des charges
"""


# Headings of pages about jobs in general (matched whole, folded): a page that opens with
# one explains, lists or advertises a programme; it is no one post's notice.
TOPIC_HEADINGS = re.compile(
    r"""(?:how\ to\ apply|application\ process|(?:the\ )?recruitment\ process|selection\ process
    |careers?(?:\ (?:at|with|in)\ .*)?|(?:job|career)\ opportunities|current\ (?:vacancies|opportunities)
    |(?:job\ )?vacancies|open\ positions|working\ (?:at|for|with|in)\ .*|why\ work\ .*|work\ with\ us
    |join\ (?:us|our\ team)|internships?|traineeships?|(?:[\w'-]+\ ){0,5}(?:programme|program)
    |frequently\ asked\ questions|faqs?|salar(?:y|ies)(?:\ and\ allowances|\ scales?)?|benefits
    |(?:minimum\ )?(?:net\ |basic\ )?salary\ (?:table|grid)s?|grilles?\ (?:des\ salaires|salariales?)
    |what\ we\ offer|comment\ postuler|(?:processus|procedure)\ de\ recrutement|procedure\ d'admission
    |carrieres?|offres\ d'emploi|emplois?|postes\ vacants|travailler\ (?:a|pour|au|aux|chez|avec)\ .*
    |stages?|programme\ (?:de|des|du|d')\ ?.*|foire\ aux\ questions|ce\ que\ nous\ offrons
    |remuneration(?:\ et\ avantages)?
    |(?:list|liste)\ (?:of|des)\ (?:[\w-]+\ ){0,2}(?:assignments|vacancies|posts|positions|jobs|postes|emplois)\b.*)""",
    re.X,
)

# Head nouns of post titles: a title line with one names a post, not a page about posts.
JOB_NOUNS = """
officer|assistant|adviser|advisor|head|director|deputy|chief|manager|engineer|scientist|analyst
|specialist|expert|coordinator|co-ordinator|consultant|secretary|clerk|technician|translator
|interpreter|reviser|editor|lawyer|counsel|auditor|accountant|architect|developer|administrator|examiner|examinateur|examinatrice
|programmer|researcher|fellow|controller|inspector|planner|instructor|lecturer|professor|driver
|librarian|archivist|nurse|doctor|physician|psychologist|operator|supervisor|leader|lead|staff officer
|executive|principal|associate|intern|trainee|attache|representative|liaison|economist|statistician
|journalist|writer|designer|mechanic|electrician|guard|receptionist|registrar|clerk
|spokesperson|spokesman|spokeswoman|photographer|producer|trainer|teacher|counsellor|counselor
|attorney|prosecutor|judge|rapporteur|verifier|reviewer|typist|usher|messenger|storekeeper
|buyer|negotiator|broker|steward|firefighter|paramedic|pharmacist|veterinarian|surveyor
|chef|cheffe|adjoint|adjointe|conseiller|conseillere|administrateur|administratrice|directeur|directrice
|charge|chargee|responsable|gestionnaire|ingenieur|ingenieure|chercheur|chercheuse|analyste
|juriste|traducteur|traductrice|interprete|reviseur|comptable|secretaire|technicien|technicienne
|capitaine|attache|attachee|collaborateur|collaboratrice|expert|experte|coordinateur|coordinatrice
|agent|agente|stagiaire|specialiste|commis|redacteur|redactrice|inspecteur|inspectrice|medecin
|infirmier|infirmiere|assistante|consultante|auditeur|auditrice|developpeur|developpeuse
|archiviste|documentaliste|bibliothecaire|referendaire|greffier|greffiere|fonctionnaire|officier
|linguiste|informaticien|informaticienne|economiste|statisticien|statisticienne
|coordonnateur|coordonnatrice|representant|representante|enqueteur|enqueteuse|formateur|formatrice|animateur|animatrice
|porte-parole|photographe|enseignant|enseignante|avocat|avocate|procureur|procureure|juge|verificateur
|verificatrice|controleur|controleuse|operateur|operatrice|chauffeur|huissier|magasinier|acheteur
|acheteuse|negociateur|negociatrice|pharmacien|pharmacienne|veterinaire|pompier
|professional|mediator|ombudsman|ombudsperson|commissioner|treasurer|assessor|evaluator|facilitator|curator
|investigator|observer|delegate|envoy|ambassador|logistician|epidemiologist|nutritionist
|biologist|chemist|physicist|geologist|hydrologist|meteorologist|agronomist|sociologist
|demographer|cartographer|terminologist|proofreader|paralegal|cashier|cook|gardener|carpenter
|plumber|welder|pilot|dispatcher|dentist|surgeon|midwife|psychologue|apprentice
|mediateur|mediatrice|commissaire|tresorier|tresoriere|evaluateur|evaluatrice|facilitateur
|facilitatrice|conservateur|conservatrice|enqueteur|observateur|observatrice|delegue|deleguee
|envoye|ambassadeur|ambassadrice|logisticien|logisticienne|epidemiologiste|nutritionniste
|biologiste|chimiste|physicien|physicienne|geologue|hydrologue|meteorologue|agronome|sociologue
|demographe|cartographe|terminologue|caissier|caissiere|cuisinier|cuisiniere|jardinier
|menuisier|plombier|soudeur|pilote|dentiste|chirurgien|chirurgienne|sage-femme|apprenti|apprentie
|mecanicien|mecanicienne|electricien|electricienne|gardien|gardienne|psychologue|prepose|preposee
|business partner|support worker
"""


def phrases(block: str) -> tuple[str, ...]:
    """The ``|``-separated phrases of a table block, longest first (regex alternation)."""
    items = {" ".join(p.split()) for p in block.replace("\n", "").split("|")}
    return tuple(sorted((p for p in items if p), key=len, reverse=True))


def alternation(table: str) -> str:
    """A table block's phrases as one regex, factored by common prefixes (a trie).

    ``re`` tries the alternatives of a flat alternation one by one at every position;
    a trie fails at the first character that no phrase continues with, which makes the
    vocabulary scan several times faster. Longer phrases still win over their prefixes.
    """
    return trie_pattern(phrases(table))


_Trie = dict[str, "_Trie"]


def trie_pattern(words: tuple[str, ...]) -> str:
    """``words`` as one regex alternation, factored by common prefixes."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: _Trie) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A phrase ends here: the longer continuation is tried first, then the end.
    return f"(?:{body})?" if ends else body


@lru_cache(maxsize=8)
def whole_words(pattern: str) -> re.Pattern[str]:
    """``pattern`` matched only as whole words of folded text (apostrophes join words)."""
    return re.compile(r"(?<![\w'])(?:" + pattern + r")(?![\w'])")


_JOB_NOUN = whole_words(alternation(JOB_NOUNS))
_JOB_NOUN_PLURAL = re.compile(r"(?<![\w'])(?:" + alternation(JOB_NOUNS) + r")(?:s|x)(?![\w'])")


# A gender mark closing a line: "Préposés de la Nature et des Forêts (m/f/x)", "(H/F)",
# "(m/w/d)". Measured on fixtures/real (479 pages): 20 of the 22 pages that print one
# are notices; only a post's title carries it.
_GENDER_MARK = re.compile(r"\(\s*[mfhwv]\s*/\s*[mfhwv](?:\s*/\s*[xd])?\s*\)\W*$", re.I)


def names_post(text: str, plural: bool = False) -> bool:
    """Whether a line names a post: the head noun of a post title (``Senior Officer``,
    ``Chef(fe)``), or a gender mark at its end (``Préposés … (m/f/x)``); a body's name
    with a post's noun inside ("European Border and Coast Guard Agency") names none.
    ``plural``: a plural head noun counts too ("Forecast Analysts", "Assistants
    linguistiques"), for a line already taken as a title; elsewhere plurals are as often
    said of posts in general."""
    if "/" in text and _GENDER_MARK.search(text) is not None:
        return True
    if not _names_job(text, plural):
        return False
    return INSTITUTION.search(text) is None or not headed_by_body(text)


def _names_job(text: str, plural: bool = False) -> bool:
    folded = fold(text)
    if _JOB_NOUN.search(folded) is not None:
        return True
    return plural and _JOB_NOUN_PLURAL.search(folded) is not None


# Nouns that name a body, not a post: a line with one (and no job noun) near the title
# is the employer ("Institut fédéral pour le Développement durable").
INSTITUTION = re.compile(
    r"\b(?:Organi[sz]ation|Agency|Agence|Commission|Court|Cour|Greffe|Registry|Institut|Institute"
    r"|Department|Ministry|Minist[èe]re|Office|Bureau|Staff|Secretariat|Secr[ée]tariat|Council"
    r"|Conseil|Bank|Banque|Union|Embassy|Ambassade|Mission|Parliament|Parlement|Service|Fund|Fonds"
    r"|Authority|Autorit[ée]|Headquarters|Command|Commandement|Executive|Treaty|Trait[ée]"
    r"|Administration|Francophonie|Centre|Center|College|Coll[èe]ge|Academy|Acad[ée]mie"
    r"|Association|Nations|Community|Communaut[ée]|Tribunal|Programme|Facility|Foundation|Fondation)\b"
)
# A name's parts ("FRONTEX - European Border and Coast Guard Agency") and the words that
# end an English noun phrase's head ("Office of the High Commissioner for Human Rights").
_NAME_PARTS = re.compile(r"\s+[-–—]\s+|,\s+")
_AFTER_HEAD = re.compile(r"\s+(?:of|for|on|to|in|at|by)\s", re.I)
# A French name's head comes first, then a lower-case adjective or its complement
# ("Banque mondiale", "Agence européenne de garde-frontières").
_FRENCH_HEAD = re.compile(r"(?:[LlDd]['’])?(?P<head>\w+)\s+(?:[a-zà-ÿ]|(?i:d['’]|de\s|du\s|des\s))")


def headed_by_body(name: str) -> bool:
    """Whether the name's parts are headed by a body's noun, so that a post's noun inside
    one ("Coast Guard Agency", "Office of the High Commissioner") does not make it a post,
    while a part that names a post ("Flight Key Cell Supervisor - European GNSS Agency")
    does. An English head is the last word before a preposition, with no post named
    before the noun it qualifies, in a name closed by a capitalised word; a French one
    comes first."""
    parts = [(part, _part_headed_by_body(part)) for part in _NAME_PARTS.split(name)]
    return any(headed for _, headed in parts) and not any(
        _names_job(part) for part, headed in parts if not headed
    )


def _part_headed_by_body(part: str) -> bool:
    m = _FRENCH_HEAD.match(part)
    if m is not None and INSTITUTION.fullmatch(m.group("head")) is not None:
        return True
    words = _AFTER_HEAD.split(part, 1)[0].split()
    return (
        bool(words)
        and INSTITUTION.fullmatch(words[-1]) is not None
        and not _names_job(" ".join(words[:-2]))
        and part.split()[-1][:1].isupper()
    )


# A recruiting sentence that names one post: "We are seeking a passionate Interoperability
# Scientist to …", "INTERPOL recrute un Coordonnateur des opérations à Abidjan". English
# titles are in capitals; French ones may not be, and end before a place or a purpose.
_EN_TITLE = r"(?P<title>[A-Z][\w'’&/-]*(?:[ \t]+(?:of|for|and|&|in|the|[A-Z(][\w'’&/()-]*)){0,8})"
# A French gender mark glued to its word: "Agent(e)", "Conseiller(-ère)", "Directeur(trice)".
# Or after a dot: "Chargé.e de mission adjoint.e".
_DOT_MARK = r"(?:e|es|ne|le|rice|trice|euse|ère)\b"
_GLUED_MARK = r"(?<=\w)\(-?[a-zà-ÿ]{1,5}\)|(?<=\w)\.(?=" + _DOT_MARK + ")"
_FR_RECRUITS = (
    r"\b(?:(?i:recrute|recherche)\s+|recrutement\s+d['’]\s*|(?:recrute|recherche)\s*:\s*(?=[A-ZÀ-Ý])"
    # "… lance un appel … en vue de nommer un médiateur indépendant".
    r"|(?:en\s+vue\s+de|afin\s+de)\s+(?:nommer|recruter)\s+(?=l[ae]\s|une?\s)(?:l[ae]\s+)?"
    r"|[Aa]vis\s+de\s+vacance\s+(?=pour\s+(?:le|un)\s+poste)"
    # "L'Université de Neuchâtel met au concours un poste de Professeur-e ordinaire".
    r"|met\s+au\s+concours\s+(?:un|le)\s+poste\s+d(?:e\s+|['’]\s*)"
    r"|[Aa]vis\s+de\s+recrutement\s+(?:du|de\s+la|d['’])"
    # "AVIS DE RECRUTEMENT AU POSTE D'EXPERT …", "Appel à candidatures pour le poste de …".
    r"|(?i:(?:avis\s+de\s+recrutement|appel\s+[àa]\s+candidatures?)\s+(?:au|pour\s+le)\s+poste\s+"
    r"d(?:e\s+|['’]\s*)))"
    # "L'OHADA RECHERCHE SON SECRETAIRE PERMANENT": the verb in capitals, a possessive.
    r"(?:une?|un\(e\)|un/une|un\.e|(?-i:UNE?)(?=\s)|(?i:son|sa)\s|(?:pour\s+)?(?:le|un)\s+poste\s+d(?:e\s+|['’]\s*))?\s*"
    # The number of places: "Le PNUD recrute 01 Analyste de programme".
    r"(?:0?1\s+(?=[A-ZÀ-Ý]))?"
)
# Each pattern with the lower-case words it needs: a page without them is not scanned
# (a pattern scan over a page costs a tenth of a millisecond; ``in`` a microsecond).
_RECRUITING: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("seek", "looking for", "looking to", "recruiting", "hiring"),
        re.compile(
            r"\b(?:(?:we\s+are|(?:is|are)\s+(?:currently\s+)?)\s*(?:seeking|looking\s+for|recruiting|hiring"
            r"|(?:looking|seeking)\s+to\s+(?:recruit|hire|appoint))"
            r"|seeks(?:\s+to\s+(?:recruit|hire|appoint))?)\s+(?:(?:an?|one)\s+)?(?:[a-z][\w-]*(?:,|\s+and)?\s+){0,4}?"
            + _EN_TITLE
        ),
    ),
    # "We are seeking to fill the position of Business Support Associate", "The WTO is
    # seeking to fill the post of Secretary for the Legal Affairs Division".
    (
        ("to fill",),
        re.compile(
            r"\b(?:seeking|looking|wish(?:es|ing)?|intends?)\s+to\s+fill\s+(?:the|an?)\s+"
            r"(?:post|position|vacancy)\s+(?:of|for)\s+(?:an?\s+|the\s+)?" + _EN_TITLE
        ),
    ),
    # "The Machine Directorate … invites applications for a Group Leader for ESS Spallation
    # Physics position in the Target Division", "Applications are invited for the position of
    # Director-General", "Applicants are invited to apply for the post of …".
    (
        ("invites applications", "invite applications", "are invited", "are hereby invited"),
        re.compile(
            r"\b(?:invites?\s+applications|[Aa]pplic(?:ations|ants)\s+are\s+(?:hereby\s+)?invited"
            r"(?:\s+to\s+apply)?|[Cc]andidates\s+are\s+(?:hereby\s+)?invited\s+to\s+apply)\s+for\s+"
            r"(?:(?:an?|the)\s+)?(?:(?:post|position|vacancy)\s+of\s+(?:an?\s+|the\s+)?)?"
            + _EN_TITLE
        ),
    ),
    # "The position Director of … is vacant"; "applicants for … one post of Governance Officer".
    (
        ("vacant",),
        re.compile(
            r"\b(?:[Tt]he\s+)?(?:position|post)\s+(?:of\s+)?"
            + _EN_TITLE
            + r"\s+is\s+(?:now\s+)?vacant"
        ),
    ),
    # "Un emploi de directeur de la Traduction juridique (grades AD 14 ou AD 15) sera vacant",
    # "Un emploi de directeur de projet (groupe III) est créé, pour une durée de trois ans".
    (
        ("vacant", "pourvoir", "créé"),
        re.compile(
            r"\b[Uu]n\s+(?:emploi|poste)\s+d(?:e\s+|['’]\s*)(?P<title>[^\W\d_][^.,;:\n()]{2,80}?)"
            r"(?:\s*\([^()\n]{1,40}\))?\s+(?:sera|est)\s+(?:vacant|à\s+pourvoir|créé)"
        ),
    ),
    # The Belgian gazette's headline: "… - Vacance d'un emploi de Chef de travaux (classe SW2)
    # de la carrière scientifique. - Vacance numéro HRM S 2866 …", "Vacance d'un emploi (m/f)
    # d'agent scientifique …".
    (
        ("vacance d'un emploi", "vacance d’un emploi"),
        re.compile(
            r"\b[Vv]acance\s+d['’]un\s+emploi\s+(?:\([^()\n]{1,8}\)\s+)?(?:[a-zé]+\s+)?d(?:e\s+|['’]\s*)"
            # The post ends before its class or career ("… de la classe SW1", "… de la carrière
            # scientifique").
            r"(?P<title>[^\W\d_][^.,;:\n()]{2,80}?)(?=\s*[.,;:\n(]|\s+(?:à|au|aux|auprès|pour)\b"
            r"|\s+(?:de\s+(?:la\s+)?)?(?:classe|carrière|niveau|rang)\b|$)"
        ),
    ),
    # "The post of Senior Specialist – Head of Team – Deployment Management & Support is
    # located in the Operational Centre": the post, placed in its unit.
    (
        ("post of", "position of"),
        re.compile(
            r"[Tt](?<!\w[Tt])he\s+(?:post|position)\s+of\s+(?P<title>[A-Z][^.\n]{2,100}?)\s+"
            r"(?:is|will\s+be)\s+(?:located|based|placed)\s+(?:in|within|at)\b"
        ),
    ),
    # The gazette's inverted form: "Est susceptible d'être vacant au ministère des affaires
    # étrangères un emploi budgétaire de chef de service."
    (
        ("vacant",),
        re.compile(
            r"\b(?:[Ee]st|[Ss]era)\s+(?:susceptible\s+d['’]être\s+)?vacante?\b[^.\n]{0,160}?"
            r"\bun\s+(?:emploi|poste)\s+(?:[a-zé]+\s+)?d(?:e\s+|['’]\s*)"
            r"(?P<title>[^\W\d_][^.,;:\n()]{2,80}?)(?=\s+(?:à|au|aux|auprès|chargée?)\b|\s*[.,;:\n(]|$)"
        ),
    ),
    # Its plain form: "Un emploi de directeur de projet, classé en groupe III est déclaré
    # vacant au ministère …", "… (DDT) de la Mayenne est susceptible d'être vacant".
    (
        ("vacant",),
        re.compile(
            r"(?:\b[Uu]n\s+|\b[Ll]['’]\s*)(?:emploi|poste)\s+(?:[a-zé]+\s+)?d(?:e\s+|['’]\s*)"
            r"(?P<title>[^\W\d_](?:[^.,;:\n()]|\([^()\n]{1,20}\)){2,120}?)(?:\s*,[^.\n]{0,80}?)?"
            r"\s+(?:est|sera)\s+(?:(?:prochainement|déclaré|susceptible\s+d(?:['’]être|e\s+devenir))\s+)*"
            r"vacant"
        ),
    ),
    # "ESO is advertising the position of Scheduling Technical Assistant", "… (CARO) announces
    # the opening of a position for an OECS Officer", "ESO is opening an International Staff
    # member position as:" / "Electronics and Electrical Group Leader".
    (
        ("advertis", "announces the opening", "announces a vacancy", "is opening"),
        re.compile(
            r"\b(?:is\s+(?:now\s+)?(?:advertising|opening)|advertises"
            r"|announces\s+(?:the\s+opening\s+of\s+)?)"
            r"\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:vacancy|post|position)\s+(?:of|for|as)"
            r"\s*:?\s+(?:an?\s+|the\s+)?" + _EN_TITLE
        ),
    ),
    # The EU's calls: "Call for Expression of Interest for the recruitment of one Temporary
    # Agent under Article 2(b) of the Conditions of Employment … as Secretary to the Director
    # (AST/SC2) MD-PSD.SEC": the staff category first, the post after "as", before its grade.
    (
        ("for the recruitment of",),
        re.compile(
            r"\bfor\s+the\s+recruitment\s+of\s+(?i:an?|one|two|three|\d+)\s+"
            r"(?i:temporary|contract|auxiliary)\s+(?i:agents?|staff)\b(?:[^\n]|\n(?!\s*\n)){0,160}?\s+as\s+"
            r"(?:an?\s+)?(?P<title>[A-Z][^()\n,;]{2,100}?)(?=\s*\(|\s*[,;–—]|\s+-\s|\s*$)",
            re.M,
        ),
    ),
    # "We are hiring highly skilled professionals for the positions of Budget and Payroll
    # Specialist".
    (
        ("hiring", "recruiting", "seeking"),
        re.compile(
            r"\b(?:hiring|recruiting|seeking)\b[^.\n]{0,60}?\bfor\s+the\s+(?:post|position)s?\s+of\s+"
            r"(?:an?\s+)?" + _EN_TITLE
        ),
    ),
    # "… is organising a call for applications with a view to establishing a reserve list
    # for the post of Project Coordinator – IPA".
    (
        ("for the post of", "for the position of"),
        re.compile(
            r"\b(?:reserve\s+lists?|call\s+for\s+(?:applications|expressions?\s+of\s+interest)"
            r"|selection\s+procedure)\b[^.\n]{0,80}?\bfor\s+the\s+(?:post|position)\s+of\s+"
            r"(?:an?\s+)?" + _EN_TITLE
        ),
    ),
    (
        ("vacancy notice for", "vacancy announcement for"),
        re.compile(
            r"\b[Vv]acancy\s+(?:notice|announcement)\s+for\s+the\s+(?:post|position)\s+of\s+"
            r"(?:an?\s+)?" + _EN_TITLE
        ),
    ),
    (
        ("applicants for", "candidates for"),
        re.compile(
            r"\b(?:applicants|candidates)\s+for\b[^.\n]{0,80}?\bposts?\s+(?:of|as)\s+(?:an?\s+)?"
            + _EN_TITLE
        ),
    ),
    # "… a fix-term appointment (LOA) for the Project Assistant, who will be hired as part
    # of …": the post, named as the one to be hired.
    (
        ("who will be hired", "who will be recruited", "who will be appointed"),
        re.compile(
            r"\bfor\s+the\s+"
            + _EN_TITLE
            + r",?\s+who\s+will\s+be\s+(?:hired|recruited|appointed)\b"
        ),
    ),
    # "The Embassy has a permanent vacancy as Programme Officer/Programme Manager in …".
    (
        ("vacancy as", "vacancy for"),
        re.compile(
            r"\bhas\s+an?\s+(?:[a-z]+\s+)?vacancy\s+(?:as|for)\s+(?:an?\s+)?"
            # The post ends before "in"/"at" its unit ("… Manager in the Embassy's …").
            r"(?P<title>[A-Z][\w'’&/-]*(?:[ \t]+(?:of|for|and|&|[A-Z(][\w'’&/()-]*)){0,8})"
        ),
    ),
    # The reader addressed in the post: "In your role as Public Outreach Specialist, you
    # will …", "En tant que Responsable de programme, vous …".
    (
        ("role as", "as a", "as an", "as the"),
        re.compile(
            # Opening on capitals, with the word boundary after them, so that ``re`` scans
            # for the letters ("as a" is in most English pages).
            r"(?:I(?<!\wI)n\s+your\s+role\s+as|A(?<!\wA)s\s+(?:an?|the))\s+"
            + _EN_TITLE
            + r",\s+you\b"
        ),
    ),
    (
        ("en tant que",),
        re.compile(
            r"[Ee](?<!\w[Ee])n\s+tant\s+que\s+(?P<title>[A-ZÀ-Ý][^.,;:\n()]{2,80}?),\s+vous\b"
        ),
    ),
    # A gender mark ends a French title wherever it stands ("… Conseiller en Développement
    # de la Paix(H/F), Bamako"); without one, a place or a purpose does. The pattern needs
    # the recruiting words itself: the page is scanned only if it prints a gender mark.
    (
        ("/f)", "/h)", "/m)", "/x)"),
        re.compile(
            _FR_RECRUITS
            + r"(?P<title>[^\W\d_][^.,;:\n()]{2,80}?)\s*\((?:[HFMhfm]/[HFMhfm](?:/[Xx])?)\)"
        ),
    ),
    (
        ("recru", "recherche", "avis de vacance", "nommer", "appel à candidature", "au concours"),
        re.compile(
            # A gender mark glued to a word is part of the post ("Agent(e)", "Conseiller(-ère)"),
            # and so is its acronym in brackets ("… Régionale (RSO)").
            _FR_RECRUITS + r"(?P<title>[^\W\d_](?:[^.,;:\n()]|" + _GLUED_MARK + r"){2,120}?"
            r"(?:\s\((?-i:[A-Z]{2,8})\))?)"
            # "en" ends it before a place ("… en Guinée"), not before a field ("Spécialiste en
            # protection de l'enfance").
            r"(?=\s+(?:à|au|aux|en(?=\s+[A-ZÀ-Ý])|pour|afin|dans|bas[ée]e?|chargée?|qui|dont)\b"
            r"|\s*(?:[,;:\n]|\.(?!" + _DOT_MARK + r"))|\s*\((?!-?[a-zà-ÿ]{1,5}\))|$)"
        ),
    ),
)
# The post's holder as the subject of its duties: "The Assistant Secretary General for …
# (ASG/IHC) is responsible for …", "Le Chef de section est chargé de …". A page about jobs
# in general speaks of divisions and staff, not of one post's holder.
# Each shape with the lower-case words it needs: a page without them is not scanned, and
# one pattern per shape lets ``re`` skip ahead to its first literal.
_HOLDER_SENTENCES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("responsible", "accountable", "responsable", "chargé"),
        re.compile(
            r"\b(?:[Tt]he|[A-Z]{2,}['’]s)\s+(?P<post>[A-Z][\w'’/&-]*,?(?:\s+(?:[A-Z][\w'’/&-]*,?|of|for|and|the|in|on)){0,10}?)"
            r"(?:\s*\([A-Z][\w/&. -]{1,15}\))?,?\s+(?:is|will\s+be|shall\s+be)\s+(?:[a-z]+ly\s+)?(?:responsible|accountable)"
            r"\s+(?:for|to)\b"
            r"|\b(?:Le|La|le|la)\s+(?P<fr>[A-ZÀ-Ý][^\n.,;()]{2,80}?)\s+(?:est|sera)\s+(?:responsable|chargée?)"
            r"\s+(?:de|du|des|d['’])"
        ),
    ),
    # Spoken to: "As Legal Officer, you will …", "En tant que Chargé(e) de programme, vous …".
    (
        ("you will", "you are", "vous "),
        re.compile(
            r"\b(?:As|En\s+tant\s+que)\s+(?:an?\s+|the\s+|l[ae]\s+|l['’]\s*)?"
            r"(?P<you>[A-ZÀ-Ý][\w'’/&()-]*(?:\s+[\w'’/&()-]+){0,8}?)"
            r",\s+(?:you\s+will|you\s+are|vous\s+(?:serez|êtes|aurez|assurerez))\b"
        ),
    ),
    # Placed under its superior: "Reporting to the Head of Legal Affairs Division (LAD), the
    # Protocol and Administrative Coordinator provides …".
    (
        ("reporting to",),
        re.compile(
            r"\bReporting\s+to\s+[^,\n]{3,80},\s+the\s+(?P<placed>[A-Z][\w'’/&-]*(?:\s+(?:[A-Z][\w'’/&-]*|of|for|and|the|in|on)){0,8}?)"
            r"\s+(?:will|is|provides|supports|leads|manages|ensures|contributes|acts|coordinates|assists)\b"
        ),
    ),
)


def holder_sentence(text: str) -> str | None:
    """The post whose holder is the subject of a sentence about its duties, if any: the
    first in the text of each shape's first sentence that names a post."""
    low = text.lower()
    found: list[tuple[int, str]] = []
    for words, pattern in _HOLDER_SENTENCES:
        if not any(word in low for word in words):
            continue
        for m in pattern.finditer(text):
            post = next(g for g in m.groups() if g is not None).rstrip(",")
            if names_post(post):
                found.append((m.start(), post))
                break
    return min(found)[1] if found else None


_TRAILING_SMALL_WORDS = frozenset("of for and & in the de du des la le".split())


# A grade word ending a post's name: the UN's grades after a title, and the G scale.
_GRADE_WORD = re.compile(rf"{SPACED_UN_GRADE}|(?:G|FS|SB|SC|AD|AST)-?\d{{1,2}}|NO-?[A-D]")


def recruited_post(text: str, start: int = 0, end: int | None = None) -> tuple[str, int] | None:
    """The post a recruiting sentence names, and where it starts in ``text``."""
    stop = len(text) if end is None else end
    low = text[start:stop].lower()
    for needs, pattern in _RECRUITING:
        if not any(word in low for word in needs):
            continue
        for m in pattern.finditer(text, start, stop):
            words = m.group("title").split()
            # "Business Support Associate G6 for the School Meals Accelerator": the post ends
            # at its grade.
            graded = next((i for i, w in enumerate(words) if i and _GRADE_WORD.fullmatch(w)), None)
            words = words[:graded]
            while words and words[-1].lower() in _TRAILING_SMALL_WORDS:
                words.pop()
            title = " ".join(words)
            if len(words) >= 1 and names_post(title):
                return title, m.start("title")
    return None
