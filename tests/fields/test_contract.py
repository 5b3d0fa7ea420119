"""Contract terms, read through a small notice: the offer, not the seconded or serving staff's terms."""

from __future__ import annotations

from typing import Any

import pytest

from vacancy_parser import parse

from ._cases import cases

ATTRS = (
    "contract_type",
    "contract_years",
    "contract_renewal_years",
    "contract_max_years",
    "contract_indefinite_possible",
)

TEMPLATES = {
    "en": """Test Officer (250000)

Primary Location: Belgium-Brussels
NATO Body: NATO International Staff (NATO IS)
Schedule: Full-time
Application Deadline: 15-Dec-2025
Description

1. SUMMARY

The incumbent will support the work of the Section and of its committees.

6. CONTRACT

{clause}

7. USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries.
""",
    "fr": """Chargée/Chargé d'essai (250000)

Emplacement principal : Belgique-Bruxelles
Organisation : OTAN SI
Horaire : Temps plein
Date de retrait : 15-déc.-2025
Description

1. RÉSUMÉ

La/Le titulaire du poste soutient les travaux de la Section et de ses comités.

6. CONTRAT

{clause}

7. INFORMATIONS UTILES CONCERNANT LA PROCÉDURE DE CANDIDATURE ET DE RECRUTEMENT

On notera que seules les candidatures de ressortissant(e)s de pays de l'OTAN pourront être acceptées.
""",
}


@pytest.mark.parametrize(("notice", "expected"), cases("contract"))
def test_contract_terms(notice: dict[str, str], expected: dict[str, Any]) -> None:
    result = parse(TEMPLATES[notice["lang"]].format(clause=notice["text"]))
    record = result.record
    assert record.kind == "vacancy"
    assert record.layout == notice["lang"]
    got = {attr: record.field(attr).value for attr in ATTRS}
    got["issues"] = sorted(i.code for i in result.issues if i.code.startswith("contract_"))
    assert got == expected
    for attr in ATTRS:
        for located in record.field(attr).located():
            assert result.text[located.span.start : located.span.end] == located.raw
