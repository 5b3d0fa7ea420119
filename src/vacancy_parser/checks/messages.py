"""The one message table: every issue code worded in English and in French.

Checks report findings with their evidence (:class:`~vacancy_parser.fields.base.Finding`);
this table words them in the reader's language, so that a translation is one
line here and a test can see that no code lacks one. Besides a finding's own
evidence, every template may use ``{field}``, ``{pointer}`` and ``{value}``.
"""

from __future__ import annotations

from typing import Any, Literal

from ..fields.base import Finding
from ..model import Issue

MessageLang = Literal["en", "fr"]
LANGS: tuple[MessageLang, ...] = ("en", "fr")

MESSAGES: dict[str, dict[MessageLang, str]] = {
    "grade_unknown": {
        "en": "{codes} in {raw!r} is outside its grade scale, or no grade code: "
        "write it as on the scale (G15, A2, P4)",
        "fr": "{codes} dans {raw!r} sort de son échelle de grades, ou n'est pas un code de grade : "
        "l'écrire comme sur l'échelle (G15, A2, P4)",
    },
    "grade_scale_unknown": {
        "en": "{codes} in {raw!r} is on a grade scale with no table here: its range is not checked",
        "fr": "{codes} dans {raw!r} relève d'une échelle de grades sans table ici : "
        "sa plage n'est pas vérifiée",
    },
    "grade_category_mismatch": {
        "en": "{lettered} is {expected} on the NATO scale, but {raw!r} says {g_codes}",
        "fr": "{lettered} correspond à {expected} sur l'échelle OTAN, mais {raw!r} indique {g_codes}",
    },
    "deadline_invalid_date": {
        "en": "{raw!r} is not a real date: write YYYY-MM-DD or 'ongoing'",
        "fr": "{raw!r} n'est pas une date réelle : écrire AAAA-MM-JJ ou 'ongoing'",
    },
    "deadline_implausible": {
        "en": "deadline {value} lies outside {low}–{high}: check the year",
        "fr": "la date limite {value} est hors de {low}–{high} : vérifier l'année",
    },
    "deadline_far_after_stated_date": {
        "en": "deadline {value} is more than {years} years after {date}, stated as {where}",
        "fr": "la date limite {value} tombe plus de {years} ans après le {date}, indiqué par {where}",
    },
    "salary_not_positive": {
        "en": "salary {raw!r} is not positive",
        "fr": "le salaire {raw!r} n'est pas positif",
    },
    "salary_outside_grade_band": {
        "en": "{amount:,.2f} {currency}/{period} is outside {low}–{high}% of about "
        "{expected:,.0f} {currency}/{period} for {grade} ({scale}, {year})",
        "fr": "{amount:,.2f} {currency}/{period} sort de {low}–{high} % d'environ "
        "{expected:,.0f} {currency}/{period} pour {grade} ({scale}, {year})",
    },
    "salary_currency_unknown": {
        "en": "currency {value!r} is not an ISO 4217 code (EUR, USD, GBP…)",
        "fr": "la devise {value!r} n'est pas un code ISO 4217 (EUR, USD, GBP…)",
    },
    "salary_period_unknown": {
        "en": "salary period {value!r} is not one of {allowed}",
        "fr": "la période de salaire {value!r} n'est pas l'une de {allowed}",
    },
    "clearance_not_nato": {
        "en": "{raw!r} is not a NATO clearance level",
        "fr": "{raw!r} n'est pas un niveau d'habilitation OTAN",
    },
    "clearance_unknown": {
        "en": "clearance {value!r} is not one of {allowed}",
        "fr": "l'habilitation {value!r} n'est pas l'un de {allowed}",
    },
    "clearance_weaker_than_text": {
        "en": "the header says {header} ({header_raw!r}) but section {section} demands "
        "{demanded} ({demanded_raw!r})",
        "fr": "l'en-tête indique {header} ({header_raw!r}) mais la section {section} exige "
        "{demanded} ({demanded_raw!r})",
    },
    "contract_terms_exceed_max": {
        "en": "{years:g} + {renewal:g} years exceed the maximum of {maximum:g} ({half} half)",
        "fr": "{years:g} + {renewal:g} ans dépassent le maximum de {maximum:g} (moitié {half})",
    },
    "contract_years_out_of_range": {
        "en": "{field} = {value!r}: a contract lasts more than 0 years",
        "fr": "{field} = {value!r} : un contrat dure plus de 0 an",
    },
    "contract_type_unknown": {
        "en": "contract type {value!r} is not one of {allowed}",
        "fr": "le type de contrat {value!r} n'est pas l'un de {allowed}",
    },
    "language_level_name_mismatch": {
        "en": "level {level} is named {name!r}, which is level {expected}",
        "fr": "le niveau {level} est nommé {name!r}, qui est le niveau {expected}",
    },
    "language_level_unknown": {
        "en": "{token!r} is not LANGUAGE:LEVEL with LANGUAGE one, other or an ISO 639-1 code "
        "and LEVEL a numeral I–VI or SLP and four STANAG 6001 digits 0–5",
        "fr": "{token!r} n'est pas LANGUE:NIVEAU, avec LANGUE one, other ou un code ISO 639-1 "
        "et NIVEAU un chiffre romain I–VI ou SLP suivi de quatre chiffres STANAG 6001 de 0 à 5",
    },
    "reports_out_of_range": {
        "en": "{field} = {value!r}: a number of reports is 0 or more",
        "fr": "{field} = {value!r} : un nombre de subordonnés vaut 0 ou plus",
    },
    "halves_differ": {
        "en": "{attr}: English says {en} ({en_raw!r}), French says {fr} ({fr_raw!r})",
        "fr": "{attr} : l'anglais indique {en} ({en_raw!r}), le français {fr} ({fr_raw!r})",
    },
    "section_missing_in_half": {
        "en": "{name} ({heading!r}) has no counterpart in the {missing} half",
        "fr": "{name} ({heading!r}) n'a pas d'équivalent dans la moitié {missing}",
    },
    "section_list_length_differs": {
        "en": "{label}: {en} items in English, {fr} in French",
        "fr": "{label} : {en} éléments en anglais, {fr} en français",
    },
    "acronym_halves_differ": {
        "en": "{name}: English ({en}) is ({fr}) in French",
        "fr": "{name} : l'anglais ({en}) devient ({fr}) en français",
    },
    "jsonld_differs": {
        "en": "{what}: the page's JSON-LD says {embedded}, the notice says {stated} ({raw!r})",
        "fr": "{what} : le JSON-LD de la page indique {embedded}, l'avis indique {stated} ({raw!r})",
    },
    "jsonld_incomplete": {
        "en": "the notice does not state {property}, which Google requires of a JobPosting; "
        "it is left out of the JSON-LD",
        "fr": "l'avis n'indique pas {property}, que Google exige d'un JobPosting ; "
        "la propriété est omise du JSON-LD",
    },
    "reposted_changed": {
        "en": "re-post of {first}: {field} was {before}, now {now}",
        "fr": "nouvelle publication de {first} : {field} valait {before}, vaut maintenant {now}",
    },
    "value_out_of_range": {
        "en": "{field} = {value!r} is out of range (not finite, or beyond 1e12); it was dropped",
        "fr": "{field} = {value!r} est hors limites (non fini, ou au-delà de 1e12) ; "
        "la valeur est ignorée",
    },
    "pdf_no_text_layer": {
        "en": "no text layer on pages {pages} (scanned images?); their text is not in the "
        "record: run OCR on the file to read it",
        "fr": "pas de couche de texte aux pages {pages} (images numérisées ?) ; leur texte "
        "manque au relevé : passer le fichier à l'OCR pour le lire",
    },
    "pdf_page_unreadable": {
        "en": "could not read pages {pages}: the record lacks that text",
        "fr": "pages {pages} illisibles : leur texte manque au relevé",
    },
    "flat_invalid": {
        "en": "{key} should be {expected}, not {got}",
        "fr": "{key} devrait être {expected}, et non {got}",
    },
    "flat_unknown_key": {
        "en": "{key!r} is not a key of the flat record (see shared/eval/CONTRACT.md); "
        "check its spelling",
        "fr": "{key!r} n'est pas une clé du relevé plat (voir shared/eval/CONTRACT.md) ; "
        "vérifier l'orthographe",
    },
    "record_invalid": {
        "en": "{pointer} does not fit the record's model ({problem}, got {got})",
        "fr": "{pointer} ne correspond pas au modèle du relevé ({problem}, reçu {got})",
    },
    "kind_unknown": {
        "en": "kind {value!r} is not one of {allowed}",
        "fr": "kind {value!r} n'est pas l'un de {allowed}",
    },
    "input_not_json": {
        "en": "not JSON: {detail} at line {line}, column {column}",
        "fr": "pas du JSON : {detail} à la ligne {line}, colonne {column}",
    },
    "input_not_utf8": {
        "en": "not UTF-8 text (byte {byte} of the row); save the file as UTF-8",
        "fr": "texte non UTF-8 (octet {byte} de la ligne) ; enregistrer le fichier en UTF-8",
    },
    "input_too_deep": {
        "en": "nested deeper than {depth} levels; a record is at most a few levels deep",
        "fr": "imbriqué sur plus de {depth} niveaux ; un relevé n'a que quelques niveaux",
    },
    "input_not_object": {
        "en": "a record is a JSON object, not {got}",
        "fr": "un relevé est un objet JSON, pas {got}",
    },
    "input_csv_row": {
        "en": "the row has {got} cells but the header has {expected}; check quoting of ';' "
        "and ',' in values",
        "fr": "la ligne a {got} cellules mais l'en-tête en a {expected} ; vérifier les "
        "guillemets autour des ';' et ',' dans les valeurs",
    },
    "input_csv_unreadable": {
        "en": "the CSV cannot be read on from here ({detail}); the rest of the file is skipped",
        "fr": "le CSV ne peut être lu au-delà ({detail}) ; la suite du fichier est ignorée",
    },
}

# Words of the command line's own lines (not issues), in the same two languages.
TEXTS: dict[str, dict[MessageLang, str]] = {
    "summary": {
        "en": "{rows} rows, {valid} valid; {errors} errors, {warnings} warnings, {infos} infos",
        "fr": "{rows} lignes, {valid} valides ; {errors} erreurs, {warnings} avertissements, "
        "{infos} infos",
    },
}


def text(key: str, lang: MessageLang, **params: Any) -> str:
    return TEXTS[key][lang].format(**params)


def render(finding: Finding, lang: MessageLang = "en") -> Issue:
    """The issue of ``finding``, worded in ``lang``."""
    params = {
        "field": finding.field,
        "pointer": finding.pointer,
        "value": finding.value,
        **finding.params,
    }
    return Issue(
        code=finding.code,
        severity=finding.severity,
        field=finding.field,
        message=MESSAGES[finding.code][lang].format_map(params),
        spans=finding.spans,
        pointer=finding.pointer,
        value=finding.value,
    )
