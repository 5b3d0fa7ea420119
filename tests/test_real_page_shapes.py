"""Shapes met on real pages, each in a small made-up page: what the flat record must say.

One row per mechanism (the pages of ``fixtures/real`` measure accuracy; these say what
each mechanism does, so that a change that breaks one fails here by name).
"""

from __future__ import annotations

from typing import Any

import pytest

from vacancy_parser import parse_text

BODY = "The incumbent will support the work of the Section and of its committees.\n"

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a board's country before the title ('Poland: Project Co-ordinator') is no label",
        "Poland: Project Co-ordinator\n\nClosing date: 27 April 2026\n" + BODY,
        {"title_en": "Project Co-ordinator"},
    ),
    (
        "an employer's boilerplate in a notice ('Join our team', 'our people', 'our staff', "
        "'benefits package') is no sign of a careers page",
        "Programme Specialist (PSEA), P-4, Temporary Appointment\n\nUNICEF works in some of the "
        "world's toughest places. Join our team: our people make the difference, and our staff "
        "enjoy a benefits package.\n\nUnder the supervision of the Representative, the "
        "incumbent leads the programme.\n",
        {"kind": "vacancy"},
    ),
    (
        "a capital or duty station of the countries table after the title: 'Signpost "
        "Information Officer - Erbil', '… – Nyon'",
        "Signpost Information Officer - Erbil\n\nClosing date: 27 April 2026\n" + BODY,
        {"title_en": "Signpost Information Officer", "location": "Erbil"},
    ),
    (
        "a location label without its colon: 'LIEU DE TRAVAIL ABUJA, NIGERIA', 'Place of "
        "employment Ispra (IT)'",
        "Chargé de communication\n\nLIEU DE TRAVAIL ABUJA, NIGERIA\n\nDate de clôture : 27 avril "
        "2026\n" + BODY,
        {"location": "ABUJA, NIGERIA"},
    ),
    (
        "a one-word label other than 'Location' opens other lines: 'Country Director Kenya' is "
        "no location",
        "Country Director Kenya\n\nClosing date: 27 April 2026\n" + BODY,
        {"location": None},
    ),
    (
        "a board's title, grade and kind of appointment: 'Programme Specialist (PSEA), P-4, "
        "Temporary Appointment , (184 Days)'",
        "Programme Specialist (PSEA), P-4, Temporary Appointment , (184 Days)\n\n"
        "Closing date: 27 April 2026\n" + BODY,
        {"title_en": "Programme Specialist (PSEA)", "grade_codes": ["P4"]},
    ),
    (
        "'Groupe de fonctions : AD 7' is a grade label",
        "Juriste\n\nGroupe de fonctions : AD 7\nDate de clôture : 27 avril 2026\n" + BODY,
        {"grade_codes": ["AD7"]},
    ),
    (
        "a call that builds a reserve list 'for the post of Project Coordinator' names its post",
        "The European Institute for Gender Equality (EIGE) is organising a call for applications "
        "with a view to establishing a reserve list for the post of Project Coordinator.\n\n"
        "Deadline for applications: 11 July 2025\n",
        {"kind": "vacancy", "title_en": "Project Coordinator"},
    ),
    (
        "a post spoken of as one: 'In this role, you will:', 'The position is based in …'",
        "Program Policy Officer\n\nConsider this rewarding opportunity with the Ministry of "
        "Health's Services Office. The position is based in Toronto.\n\nIn this role, you "
        "will:\n- develop policy options and programs\n- lead the review of the program's "
        "results\n",
        {"kind": "vacancy", "title_en": "Program Policy Officer"},
    ),
    (
        "a flattened PDF's header run into one line: '… Reference number: Frontex/15/TA/AD6/10.1 "
        "Data Analyst'",
        "VACANCY NOTICE TEMPORARY STAFF Reference number: Frontex/15/TA/AD6/10.1 Data Analyst\n\n"
        "Closing date: 27 April 2015\n" + BODY,
        {"reference": "Frontex/15/TA/AD6/10.1"},
    ),
    (
        "the Official Journal's 'NOTICE OF OPEN COMPETITION COM/A/10/01' gives the reference",
        "NOTICE OF OPEN COMPETITION COM/A/10/01\n\nADMINISTRATORS (career bracket A 7/A 6)\n\n"
        "Closing date: 27 April 2001\n" + BODY,
        {"reference": "COM/A/10/01"},
    ),
    (
        "a label after a '▸' bullet is read ('▸ Référence: ADB/17/383', '▸ Pays: …')",
        "Secrétaire exécutif\n\n▸ Référence: ADB/17/383\n▸ Date de clôture: 23/08/2017\n"
        "▸ Pays: Côte d'Ivoire\n\n" + BODY,
        {"reference": "ADB/17/383", "location": "Côte d'Ivoire"},
    ),
    (
        "IOM's 'CFCV No.: CFCV2021.51' and GIZ's 'Job-ID: V000061957' are references",
        "Consultant\n\n- Job-ID: V000061957\n- Location: Maputo\n\nClosing date: 27 April "
        "2026\n" + BODY,
        {"reference": "V000061957"},
    ),
    (
        "the EIB's 'This is a full-time position at grade 8/9.': a scale of numbers only",
        "Deputy Director General - Human Resources\n\nClosing date: 27 April 2026\n\nThis is "
        "a full-time position at grade 8/9.\n" + BODY,
        {"grade_codes": ["8", "9"]},
    ),
    (
        "a value keeps the page's curly apostrophes ('Cour de justice de l’Union européenne')",
        "Juriste\n\nClosing date: 27 April 2026\n\nLa Cour de justice de l’Union européenne "
        "recrute un juriste.\n" + BODY,
        {"organisation": "Cour de justice de l’Union européenne"},
    ),
    (
        "a title line that names no post ('Family Type', 'OBJECTIVE OF THE OFFICE/DEPARTMENT') "
        "gives no title",
        "Family Type\n\nClosing date: 27 April 2026\nDuty station: Nairobi\n\n" + BODY,
        {"kind": "vacancy", "title_en": None, "location": "Nairobi"},
    ),
    (
        "'Human Resources Business Partner' names a post",
        "Human Resources Business Partner\n\nClosing date: 27 April 2026\n\n" + BODY,
        {"title_en": "Human Resources Business Partner"},
    ),
    (
        "a mission abroad that recruits places the post: 'The U.S. Mission in Cotonou, Benin is "
        "seeking …'",
        "Consular Clerk\n\nClosing date: 27 April 2026\n\nThe U.S. Mission in Cotonou, Benin is "
        "seeking eligible and qualified applicants for the position below.\n" + BODY,
        {"location": "Cotonou, Benin"},
    ),
    (
        "a board's 'Employment type: Permanent' is a contract label (not the board's chrome)",
        "Consular Support Officer\n\nEmployment type: Permanent\nLocation: Wellington\n\n"
        "Closing date: 27 April 2026\n" + BODY,
        {"contract_type": "indefinite"},
    ),
    (
        "Ontario's 'Job term: 1 Permanent' is a contract label",
        "Policy Officer\n\nJob term:\n1 Permanent\nClosing date: 27 April 2026\n\n" + BODY,
        {"contract_type": "indefinite"},
    ),
    (
        "'Type of Appointment: 4 years, extendable to indefinite': the offer is the 4 years",
        "Ground Segment Manager\n\nType of Appointment: 4 years, extendable to indefinite\n"
        "Closing date: 27 April 2026\n\n" + BODY,
        {"contract_type": "definite", "contract_years": 4},
    ),
    (
        "a post's title and one duty phrase ('Under the supervision of …') make a notice",
        "Programme Assistant\n\nUnder the supervision of the Head of Office, you will maintain "
        "the files of the Office and prepare the meetings of its committees.\n",
        {"kind": "vacancy", "title_en": "Programme Assistant"},
    ),
    (
        "a heading where a location label's value would stand ('Location :' / 'Job mission') "
        "is no place",
        "Lawyers\n\nClosing date: 27 April 2010\nLocation :\n\nJob mission\n\nDuty stations: "
        "Strasbourg\n\n" + BODY,
        {"location": "Strasbourg"},
    ),
    (
        "a Dutch board's 'Deadline' / '28 februari 2026': the board's month names are read",
        "Young Graduate Trainee in Materials\n\nTaalvereisten\nEngels (Vloeiend)\nDeadline\n28 "
        "februari 2026\n\n" + BODY,
        {"deadline": "2026-02-28"},
    ),
    (
        "a board's 'Expire Date: 28 January, 2026' is the deadline",
        "Drivers\n\nAnnounced Date: 21 January, 2026 Expire Date: 28 January, 2026\n\n" + BODY,
        {"deadline": "2026-01-28"},
    ),
    (
        "the EEAS's 'job No 447724' inside its title line is the reference",
        "Policy Officer - HQ Contract Agent FGIV - EEAS Headquarters job No 447724 in the EEAS "
        "Division\n\nThe closing date for applications is 15 May 2024.\n" + BODY,
        {"reference": "447724"},
    ),
    (
        "a salary in SDR (the IMF's Special Drawing Right) is in XDR",
        "Graphic Artist\n\nThe salary range is SDR 2,534 to 3,379 per month.\n\nClosing date: 20 "
        "April 2018\n" + BODY,
        {"salary_currency": "XDR", "salary_amount": 2534},
    ),
    (
        "a sentence cut before its full stop ('For our … Division, we are seeking a …') is no "
        "title",
        "DCAF is dedicated to improving the security of states and their people.\nFor our "
        "Sub-Saharan Africa Division (SSAD), we are seeking a dynamic, organised and creative "
        "individual to be our next: Senior Police Advisor – (100%)\n- Location: Lusaka, Zambia\n"
        "- Duration: 36 Months\n" + BODY,
        {"title_en": None},
    ),
    (
        "a contract label's 'Max-term' is a contract of definite duration",
        "EURO Project Coordinator\n\nContract type: Max-term\nLocation: Nyon\n\nDeadline: 9 "
        "February 2026\n" + BODY,
        {"contract_type": "definite"},
    ),
    (
        "a French contract label's 'CDDU' is a contract of definite duration",
        "Chargé de projet junior\n\nType de contrat : CDDU\nLieu : Paris\n\nDate limite : 15 "
        "mai 2024\nLe titulaire du poste assure la gestion des projets de la direction.\n",
        {"contract_type": "definite"},
    ),
    (
        "'a permanent Dutch contract' offers an indefinite one",
        "EO System Engineer\n\nIf you are successful in this position you are guaranteed a "
        "permanent Dutch contract.\n\nClosing date: 20 April 2024\n" + BODY,
        {"contract_type": "indefinite"},
    ),
    (
        "a French territorial portal's 'Offre n° O971251126001111' is the reference",
        "Chargé(e) de mission coopération régionale\n\nOffre n° O971251126001111\nPubliée le "
        "26/11/2025\n\nDate limite de candidature : 15/12/2025\n\nLe titulaire du poste assure "
        "la coopération régionale de la collectivité.\n",
        {"reference": "O971251126001111"},
    ),
    (
        "an ECOWAS board's 'Job Code: 20000619' is the reference",
        "Principal Programme Officer\n\nJob Code: 20000619\nLocation: Abuja\n\nDeadline: 15 "
        "May 2024\n" + BODY,
        {"reference": "20000619"},
    ),
    (
        "a UN board's 'This is a P-4 contract.' gives the post's grade",
        "Civil Affairs Officer\n\nDeadline: 11 Apr 2023\n\nContract\n\nThis is a P-4 contract. "
        "This kind of contract is for professionals.\n" + BODY,
        {"grade_codes": ["P4"]},
    ),
    (
        "'with assigned duty station in Guyana' places the post",
        "Programme Manager\n\nThe Secretariat invites applications for the above position, "
        "with assigned duty station in Guyana.\n" + BODY,
        {"location": "Guyana"},
    ),
    (
        "'based at our Luxembourg office' places the post",
        "Legal Assistant\n\nThe role is based at our Luxembourg office.\n\nClosing date: 20 "
        "April 2018\n" + BODY,
        {"location": "Luxembourg"},
    ),
    (
        "a UN board's 'Salary for a P-3 contract in Montreal' places the post",
        "Programme Management Officer\n\nSalary for a P-3 contract in Montreal\n\nThe "
        "international rate of 74 applies.\n\nClosing date: 20 April 2018\n" + BODY,
        {"location": "Montreal"},
    ),
    (
        "'Le lieu de travail est à Bruxelles' places the post",
        "Cadre administratif\n\nLe Parlement européen recrute un cadre administratif pour sa "
        "direction générale. Le lieu de travail est à Bruxelles.\n\nDate limite : 15 mai 2024\n"
        "Le titulaire du poste assure la gestion des contrats de la direction.\n",
        {"location": "Bruxelles"},
    ),
    (
        "'located in The Hague, Netherlands': 'The Hague' is a place, not an article",
        "Secretary General\n\nThe Secretary General heads the secretariat, located in The "
        "Hague, Netherlands.\n\nClosing date: 20 April 2018\n" + BODY,
        {"location": "The Hague, Netherlands"},
    ),
    (
        "a table of posts, each after its code ('MA 003 Chief of Staff Bamako ASAP'), is a "
        "call for contributions to a mission, not one notice",
        "02-2023 Call for Contributions for EUCAP Sahel Mali\n\nOrganisation: EUCAP Sahel Mali\n"
        "Job Location: Bamako\nDeadline for applications: 15 December 2023\n"
        "Reference Name of the post Location Availability\n\nSeconded (4 positions)\n\n"
        "MA 003 Chief of Staff Bamako ASAP\nMA 010 Human Resources Officer Bamako ASAP\n"
        "MA 046 Head of Security Sector Reform (SSR) Component Bamako ASAP\n"
        "MA 061 Criminal Investigation Adviser Bamako ASAP\n" + BODY,
        {"kind": "not_vacancy"},
    ),
    (
        "a label ending in a number sign before one coded value ('Advert. No. 2019_0006') "
        "counts outside a header block",
        "Advert. No. 2019_0006\nWorking at ESO\n\nWithin its Engineering Department, ESO is "
        "opening an International Staff member position as:\n\nElectronics Group Leader\n\n" + BODY,
        {"reference": "2019_0006", "title_en": "Electronics Group Leader"},
    ),
    (
        "'ESO is advertising an International Staff member position of' / the post on its own "
        "line names the post and its employer",
        "Advert. no. 2022_0024\nWorking at ESO\n\nLearn more about our current vacancies and "
        "apply online.\n\nWithin its Engineering Department at the Observatory, ESO is "
        "advertising an International Staff member position of\n\nInstrumentation Engineer\n\n"
        "The engineer is responsible for the instruments.\n\nClosing date for applications is "
        "15 August 2022.\n",
        {"kind": "vacancy", "title_en": "Instrumentation Engineer", "organisation": "ESO"},
    ),
    (
        "a board's headline 'TITLE Job at EMPLOYER – PLACE' packs the post, its employer and "
        "its place",
        "SUPERVISORY SECURITY SPECIALIST Job at U.S. Air Forces, Europe – Ramstein-Miesenbach\n\n"
        + BODY,
        {
            "title_en": "SUPERVISORY SECURITY SPECIALIST",
            "organisation": "U.S. Air Forces, Europe",
            "location": "Ramstein-Miesenbach",
        },
    ),
    (
        "a board's headline 'EMPLOYER Job in PLACE for a TITLE'",
        "United Nations - UNOCHA Job in Nigeria for a Public Information Officer\n\n" + BODY,
        {"title_en": "Public Information Officer", "location": "Nigeria"},
    ),
    (
        "a consultancy whose engagement is stated in days is a temporary engagement",
        "International Consultant - Wildlife Survey\n\nLocation: Home-based\n\nThe consultant "
        "will work for 30 working days over three months.\n\n" + BODY,
        {"contract_type": "temporary"},
    ),
    (
        "a grade named after the title ('/ Grade Level F', '- GL D - Defined Duration …', "
        "'(Temporary Agent Grade AD5)') is no part of it",
        "Interim General Counsel / Grade Level F\n\nLocation: Geneva\n\n" + BODY,
        {"title_en": "Interim General Counsel"},
    ),
    (
        "a board's grade band and duration after the title",
        "Lead, TRP & GAC Secretariat - GL D - Defined Duration until December 2028\n\n"
        "Location: Geneva\n\n" + BODY,
        {"title_en": "Lead, TRP & GAC Secretariat"},
    ),
    (
        "'Country: Austria' above 'Duty Station: Vienna': the duty station is the place",
        "ICT Security Officer\n\nRequisition ID: 7511\nCountry: Austria\nDuty Station: Vienna"
        "\nApplication Deadline: 26-Jun-2026\n\n" + BODY,
        {"location": "Vienna"},
    ),
    (
        "'We are seeking to fill the position of X G6 for …' names the post, which ends at "
        "its grade",
        "About the job\n\nWe are seeking to fill the position of Business Support Associate G6 "
        "for the School Meals Accelerator, based in Headquarters in Rome.\n\nThe deadline for "
        "applications is 7 December 2025.\n",
        {"kind": "vacancy", "title_en": "Business Support Associate"},
    ),
    (
        "a page that writes a date month first ('Publication Date: 9/19/22') writes its "
        "ambiguous deadline so too",
        "Project Management Specialist - P03\n\nGrade: P03\nPublication Date: 9/19/22\n"
        "Closing Date: 10/3/22\n\n" + BODY,
        {"deadline": "2022-10-03"},
    ),
    (
        "a page that writes a date day first keeps reading day first",
        "Project Management Specialist - P03\n\nGrade: P03\nPublication Date: 19/9/22\n"
        "Closing Date: 10/3/22\n\n" + BODY,
        {"deadline": "2022-03-10"},
    ),
    (
        "a listed label without its colon that starts a longer one ('Post Adjustment: …') "
        "is no label",
        "Project Management Specialist - P03\n\nGrade: P03\nDuty Station: US - Washington D.C."
        "\n\nBasic Salary: $62,692.00\n\nPost Adjustment: $40,060.00\n\n" + BODY,
        {"title_en": "Project Management Specialist", "grade_codes": ["P03"]},
    ),
    (
        "an EU call names the post after its staff category ('… recruitment of one Temporary "
        "Agent under Article 2(b) … as Secretary to the Director (AST/SC2)'); the EU site's "
        "banner is no employer; 'WE ARE' / 'The European External Action Service (EEAS), "
        "which …' names it",
        "This isn't an official website of the European Union\n\nEEAS Call for Expression of "
        "Interest for the recruitment of one Temporary Agent under Article 2(b) of the "
        "Conditions of Employment of Other Servants (CEOS) as Administrative Assistant to the "
        "Managing Director (AST2) MD-PSD, Peace, Security and Defence\n\n26.01.2024 Expired\n"
        "\nThe closing date for submissions is 06/02/2024 at 12:00 hours (Brussels time).\n\n"
        "WE ARE\nThe European External Action Service (EEAS), which supports the work of the "
        "High Representative.\n",
        {
            "kind": "vacancy",
            "title_en": "Administrative Assistant to the Managing Director",
            "organisation": "European External Action Service (EEAS)",
        },
    ),
    (
        "the same call wrapped over lines under a repeat of its heading",
        "EEAS Call for Expression of Interest for the recruitment of one Temporary Agent under "
        "Article 2(b) of the Conditions of Employment of Other Servants (CEOS) as Secretary to "
        "the Director (AST/SC2) MD-PS\n\n02.07.2025 Expiring soon\nText\n\nEEAS Call for "
        "Expression of Interest for the recruitment of \none Temporary Agent under Article 2(b)\nof the Conditions of "
        "Employment of Other Servants (CEOS)\nas Secretary to the Director (AST/SC2)\n\n" + BODY,
        {"title_en": "Secretary to the Director"},
    ),
    (
        "a title cut after a link word goes on past a PDF copy's blank lines",
        "Vacancy Notice\n\nName of the post: Specialist in operational data in\n\n\nthe "
        "Operational Centre\nReporting to: Head of Unit\n\n" + BODY,
        {"title_en": "Specialist in operational data in the Operational Centre"},
    ),
    (
        "a title wrapped onto lower-case lines",
        'Operational manager\nof the "Defence Policy" major\nof the National Session\n\n'
        "Closing date: 12 March 2026\n\n" + BODY,
        {"title_en": 'Operational manager of the "Defence Policy" major of the National Session'},
    ),
    (
        "a long bracketed line under a labelled title belongs to it",
        "1. POST :\nJOB TITLE: Senior Policy Officer\n(Support to the meetings and other "
        "activities of the Permanent Representatives' Committee (PRC))\nGRADE: P3\n\n" + BODY,
        {
            "title_en": "Senior Policy Officer (Support to the meetings and other activities of "
            "the Permanent Representatives' Committee (PRC))"
        },
    ),
    (
        "an employer label's value that is the rest of a longer label ('NATO Body/Post Location')",
        "Political Advisor\n\nTitle: Political Advisor (POLAD)\n\nNATO Body/Post Location: "
        "ACO/Land Command Headquarters, Izmir (TUR)\n\nClosing Date: 20.10.2019\n\n" + BODY,
        {"organisation": None},
    ),
    (
        "a board's card grade without a code, the notice's coded grade in a later label; "
        "'Company Description' is a heading, not an employer label",
        "Translator\n\n  • Organization: OECD\n  • Location: Paris\n  • Grade: Level not "
        "specified\n  • Closing Date: 2024-05-26\n\nTranslator\n\n  • Full-time\n  • Grade: "
        "CF4\n\nCompany Description\n\nThe Organisation works to build better policies.\n\n" + BODY,
        {"grade_codes": ["CF4"], "organisation": "OECD"},
    ),
    (
        "an 'Advert. No.' line heads a notice; a post after the title's comma is no place",
        "Advert. No. 2020_0036\nWorking at ESO\n\nLearn more about our current vacancies and "
        "apply online.\n\nThe observatory operates three sites in northern Chile.\n\nFor its "
        "Instrumentation Department, ESO is advertising the position of Physicist, Optical "
        "Engineer.\n\nDeadline for applications: 15 September 2020.\n",
        {"kind": "vacancy", "location": None},
    ),
    (
        "'vacance d'emploi : 1er juin 2024' is a date, not the notice's number",
        "Vacance de l'emploi de directeur de greffe\n\nDate de la vacance d'emploi : 1er juin "
        "2024.\n\nLe titulaire du poste dirige le greffe.\n",
        {"reference": None},
    ),
    (
        "'Vacancy Announcement for a Driver' names the post",
        "Vacancy Announcement for a Driver\n\nLocation: Jerusalem\nDeadline: 1 May 2026\n\n" + BODY,
        {"title_en": "Driver"},
    ),
    (
        "the Official Journal's headline: the post after 'Publication of a vacancy for a', "
        "the procedure number after its dash",
        "Document C2013/123A/01\n\nLegal Service (SJ) — Publication of a vacancy for a Deputy "
        "Director-General (grade AD 15) in Brussels (Article 29(2) of the Staff Regulations) — "
        "COM/2013/10341\n\n" + BODY,
        {"title_en": "Deputy Director-General", "reference": "COM/2013/10341"},
    ),
    (
        "inclusive writing with dots inside a recruited post ('Chargé.e de mission adjoint.e')",
        "La Cour pénale internationale (CPI) recrute un.e Chargé.e de mission adjoint.e au "
        "Pays-Bas.\n\nLe titulaire du poste appuiera le Greffe.\n",
        {"title_fr": "Chargé.e de mission adjoint.e"},
    ),
    (
        "'Avis de vacance de l'emploi de …' leads the title",
        "Avis de vacance de l'emploi de directeur du musée de l'armée\n\nLe titulaire du poste "
        "dirige le musée.\n\nDate limite : 1 mai 2026\n",
        {"title_fr": "directeur du musée de l'armée"},
    ),
    (
        "a UN grade after the title and a dash, its zero kept as printed",
        "Senior Officer – P04\n\nLocation: Washington\n\n" + BODY,
        {"grade_codes": ["P04"], "title_en": "Senior Officer"},
    ),
    (
        "the EU's transitional grade with its asterisk",
        "DG REGIONAL POLICY\n\nPublication of a vacancy for a Director\n\n(grade A*14)\n\n" + BODY,
        {"grade_codes": ["A*14"]},
    ),
    (
        "a portal's file number after the title repeated under a breadcrumb",
        "Accueil / Postes offerts / Directrice générale ou directeur général\n\nAvis de "
        "recrutement\n\nDirectrice générale ou directeur général 2023-4620-222\n\nCentre "
        "hospitalier universitaire\n\n" + BODY,
        {"reference": "2023-4620-222"},
    ),
    (
        "a stored copy's date before the first line is no part of the title",
        " date 2022-08 Poste de professeur adjoint en études africaines\n\nLe titulaire du "
        "poste enseignera au département.\n\nDate limite : 1 mai 2026\n",
        {"title_fr": "Poste de professeur adjoint en études africaines"},
    ),
    (
        "a board's 'Title at Body' whose name is headed by a body's noun",
        "Principal Legal Officer at United Nations Human Settlements Programme\n\nLocation: "
        "Nairobi\nDeadline: 1 May 2026\n\n" + BODY,
        {"title_en": "Principal Legal Officer"},
    ),
    (
        "'Retour à la liste' is a board's button, not the title",
        "Aller au contenu principal\n\nAGENT du programme « finalisation du trajet migratoire » "
        "H/F/X\n\nRéférence "
        "5692259 | Créé le 19 décembre 2025\n\nRetour à la liste\n  • Lieu : 1000 - Bruxelles\n"
        "  • Type de contrat : Durée déterminée\n\nLe titulaire du poste appuiera le service.\n",
        {"title_fr": "AGENT du programme « finalisation du trajet migratoire » H/F/X"},
    ),
    (
        "a board card's city with the country's ISO code, after a chrome button",
        "Board Liaison Officer\n\nApply now »\n\n\n\nAbidjan, CI\n\n  • Grade : PL4\n\n" + BODY,
        {"location": "Abidjan, CI", "title_en": "Board Liaison Officer"},
    ),
    (
        "a board card's city, a country the duty-city table lacks, and its flag",
        "Project Coordinator\n\nCaribbean Development Bank\n\nSaint-Michael, Barbados 🇧🇧\n\n"
        + BODY,
        {"location": "Saint-Michael, Barbados"},
    ),
    (
        "the Official Journal's running head is a publication, not the employer",
        "21.9.2004\n\nEN\n\nOfficial Journal of the European Union\n\nCA 234/31\n\nDG REGIONAL "
        "POLICY\n\nPublication of a vacancy for a Director\n\n" + BODY,
        {"organisation": None},
    ),
    (
        "'…, ESO is advertising the position of X' names the post and its employer",
        "Trusted Jobs\n\nThe observatory operates three sites in northern Chile.\n\nFor its "
        "User Support Department, within the Directorate of Operations at its Headquarters in "
        "Garching, ESO is advertising the position of Scheduling Technical Assistant.\n",
        {"kind": "vacancy", "organisation": "ESO"},
    ),
    (
        "a body's name whose head is its noun, with a post's noun inside ('Coast Guard Agency')",
        "Security Officer\n\nFRONTEX - European Border and Coast Guard Agency\n\nLocation: "
        "Warsaw, Poland\nDeadline: 1 May 2026\n\n" + BODY,
        {"organisation": "FRONTEX - European Border and Coast Guard Agency"},
    ),
    (
        "'Office of the High Commissioner …' is headed by 'Office', not by 'Commissioner'",
        "Human Rights Officer\nOffice of the High Commissioner for Human Rights (OHCHR)\nLevel : "
        "P-4\nDeadline : 19 September 2017\n\n" + BODY,
        {"organisation": "Office of the High Commissioner for Human Rights (OHCHR)"},
    ),
    (
        "a body's name in capitals under the banner",
        "VACANCY ANNOUNCEMENT\n     SAARC CULTURAL CENTRE (SCC)\n\nName of the Post:    "
        "Research officer\nPlace of Posting:    Colombo\n\n" + BODY,
        {"organisation": "SAARC CULTURAL CENTRE (SCC)"},
    ),
    (
        "a page title joining a post and a body names no employer",
        "Flight Key Cell Supervisor - European GNSS Agency - Europa\n\nLocation: Prague\n"
        "Deadline: 1 May 2026\n\n" + BODY,
        {"organisation": None},
    ),
    (
        "a grade field's bare code of letters ('Grade : UG') is the post's grade",
        "Chargé de projet\n\nLieu d'affectation : Abidjan\nGrade : UG\nDate limite : 1 mai "
        "2026\n\n" + BODY,
        {"grade_codes": ["UG"]},
    ),
    (
        "'Grade: 7 or 6' gives both grades of a scale without letters",
        "Project Support Officer\n\nLocation: Lyon, France\nGrade: 7 or 6\nDeadline: 1 May "
        "2026\n\n" + BODY,
        {"grade_codes": ["7", "6"]},
    ),
    (
        "'Niveau de poste : SP3' is a grade field; 'Issued by:' names the employer",
        "Directeur général\n\nIssued by: OSCE Secretariat\nNiveau de poste : SP3\nDate limite : "
        "1 mai 2026\n\n" + BODY,
        {"grade_codes": ["SP3"], "organisation": "OSCE Secretariat"},
    ),
    (
        "a title label's value that is the rest of a longer label is no title",
        "Vacancies\n\nPosition/ Job Title: Registrar (2018/01)\nDeadline for application: 20 "
        "April 2018\n\n" + BODY,
        {"title_en": "Registrar"},
    ),
    (
        "a social post's pictograph before each label",
        "📢 TITRE DU POSTE: Chargé de programme\n📍 Lieu d'affectation : Abidjan\n"
        "📅 Date limite : 15 mars 2026\n\nLe titulaire du poste appuiera le programme.\n",
        {"title_fr": "Chargé de programme", "location": "Abidjan", "deadline": "2026-03-15"},
    ),
    (
        "a length whose unit the label gives: 'Duration (in months): 12.00'",
        "Job title: Compliance Officer\nLocation: Lyon, France\nType of contract: Fixed-term "
        "Contract\nDuration (in months): 12.00\n\n" + BODY,
        {"contract_type": "definite", "contract_years": 1.0},
    ),
    (
        "a secondment's length is no contract's",
        "Job title: SECONDMENT - Executive Director Police Capabilities (EDPC)\nLocation: Lyon, "
        "France\nDuration (in months): 36.00\n\n" + BODY,
        {"contract_years": None},
    ),
    (
        "a coded number in brackets closing the title is the reference",
        "Project Officer (INT11378)\n\n  • Location:\n    Amman, Jordan\n\n" + BODY,
        {"reference": "INT11378", "title_en": "Project Officer"},
    ),
    (
        "a British mission's number and post in brackets after the title",
        "View Vacancy – Political Officer B3 (02/20 PL)\n\nThe British Government is an equal "
        "opportunities employer.\n\n" + BODY,
        {"reference": "02/20 PL"},
    ),
    (
        "grades in brackets after the title are no reference",
        "Senior Assistant (G-10/G-12)\n\n  • Location:\n    Mons, Belgium\n\n" + BODY,
        {"reference": None},
    ),
    (
        "an EU service's headline with a colon is the title line, its service the employer",
        "EEAS Vacancy: Security Policy Assistant - HQ Contract Agent FGIII - EEAS Headquarters "
        "job No 491015\n\nThe post holder will support the security policy team.\n\n" + BODY,
        {
            "title_en": "Security Policy Assistant",
            "organisation": "EEAS",
            "grade_codes": ["FGIII"],
            "reference": "491015",
        },
    ),
    (
        "a recruitment portal's employer glued to the notice's closing status under the title",
        "Assistant Juridique (m/f/x)\nFederale PensioendienstAfgesloten op 27/11/2024\n"
        "Selectiecode\nTaal\nDiploma\n\n" + BODY,
        {"organisation": "Federale Pensioendienst", "deadline": "2024-11-27"},
    ),
    (
        "the one line between the title and the header block's first label is the employer",
        "Chef de projet (m/f/x)\n\nFédération Wallonie-Bruxelles\n\nCode de sélection\n\n"
        "AFC24008\n\nLieu de travail\n\nBruxelles\n\n" + BODY,
        {"organisation": "Fédération Wallonie-Bruxelles"},
    ),
    (
        "a unit between the title and the first label is no employer",
        "Deputy Head of Office\n\nDirectorate General of Democracy and Political Affairs\n\n"
        "Location:\n\nStrasbourg\n\n" + BODY,
        {"organisation": None},
    ),
    (
        "a board's button above the employer line is no title; the line naming the post is",
        "Jetzt bewerben\nTeilen\n\nNATO - OTAN\n\nOfficer, Accreditation Support\n\nNATO - OTAN"
        "\n\n1. SUMMARY\n\n" + BODY,
        {"title_en": "Officer, Accreditation Support"},
    ),
    (
        "a one-word button above a board's header block is no title",
        "Job speichern\nTeilen\n\nPrimary Location: Belgium-Brussels\n\nNATO Body: NATO "
        "International Staff (NATO IS)\n\nSchedule: Full-time\n\n" + BODY,
        {"title_en": None, "location": "Belgium-Brussels"},
    ),
    (
        "'seeks to hire a … Project Manager who …' names the post",
        "Ref: EUISS(2026)/TEMP/01\nPlace of employment: Brussels, Belgium\n\nJob description\nThe "
        "EUISS seeks to hire a pro-active and hands-on Project Manager who will coordinate the "
        "project.\n\n" + BODY,
        {"title_en": "Project Manager"},
    ),
    (
        "'Applicants are invited to apply for the post of …' names the post in a flattened PDF",
        "EUROJUST\n\nVacancy notice to establish the reserve list for: Administrative Assistant "
        "Reference: 13/EJ/03 Temporary Agent AST 2 M/F Applicants are invited to apply for the "
        "post of Administrative Assistant to Eurojust.\n\nThe duties of the post may include "
        "providing support under the supervision of the Head of Unit.\n",
        {"kind": "vacancy", "title_en": "Administrative Assistant"},
    ),
    (
        "the UN's '(Temporary Job Opening)' after the title: a temporary appointment",
        "Posting Title: HUMAN RIGHTS OFFICER, P3 (Temporary Job Opening)\nDuty Station: "
        "NOUAKCHOTT\nDeadline: 4 March 2018\n\n" + BODY,
        {"contract_type": "temporary", "contract_indefinite_possible": False},
    ),
    (
        "a contract agent's group in running text: 'Type of contract Function Group IV (article 3b …)'",
        "Project Officer\n\nType of contract Function Group IV (article 3b of the Conditions of "
        "Employment)\nPlace of employment: Ispra (IT)\n\n" + BODY,
        {"grade_codes": ["FGIV"]},
    ),
    (
        "location labels of EU bodies and the EAC: 'Place of employment:', 'Station:'",
        "Project Manager\n\nRef: EUISS(2026)/TEMP/01\nPlace of employment: Brussels, Belgium\n"
        "Contract duration: 3 years\n\n" + BODY,
        {"location": "Brussels, Belgium"},
    ),
    (
        "a recruited French post keeps a glued gender mark and its acronym: 'Agent(e) … (RSO)'",
        "L'Union Européenne (UE) recrute un(e) Agent(e) de Sécurité Régionale (RSO), Kinshasa, "
        "République Démocratique du Congo\n\nDescription du poste\n\nL'agent(e) assure la "
        "sécurité de la délégation.\n",
        {"title_fr": "Agent(e) de Sécurité Régionale (RSO)"},
    ),
    (
        "the African Union's and the EAC's 'Organ:' label",
        "(REF: EAC/HR/2020-21/05),\n\nGrade: P3\n\nOrgan: EAC Secretariat\n\nDuty Station: "
        "Arusha, Tanzania\n\n" + BODY,
        {"organisation": "EAC Secretariat"},
    ),
    (
        "a title line's employer with its acronym: '… at the African Development Bank Group (AfDB)'",
        "Special Assistant to the President (PCSC) at the African Development Bank Group (AfDB)\n"
        "We are recruiting to fill the position below:\nJob Title: Special Assistant to the "
        "President (PCSC)\nLocation: Abidjan\n\n" + BODY,
        {"organisation": "African Development Bank Group (AfDB)"},
    ),
    (
        "a dated vacancy line gives no reference: 'African Union Commission Vacancy Nov 2022'",
        "African Union Commission Vacancy Nov 2022\n\nLegal Officer\n\nLocation: Addis Ababa, "
        "Ethiopia\nClosing date: 30 November 2022\n\n" + BODY,
        {"reference": None},
    ),
    (
        "the Belgian gazette's headline: '- Vacance d'un emploi (m/f) d'agent scientifique de "
        "la classe SW1 … - Vacance numéro HRM S1095'",
        "Vacance D'emploi\npublié le 23 mai 2011\n\nInstitut d'Aéronomie spatiale de Belgique . - "
        "Vacance d'un emploi (m/f) d'agent scientifique de la classe SW1 (assistant stagiaire). - "
        "Vacance numéro HRM S1095 (planétologie)\n\nsource\nservice public federal\n",
        {"kind": "vacancy", "title_fr": "agent scientifique", "reference": "HRM S1095"},
    ),
    (
        "one header whose different labels map to the title ('Position Title', 'Position Code', "
        "'Post Group') is no listing",
        "Political Officer - EUPM Moldova\n\nEUPM Moldova is looking for Local National Staff.\n"
        "Position Title Political Officer\nPosition Code MDAL 23\nDepartment/Unit HoM Office\n"
        "Location Chișinău\nPost Group (Local Staff) II\nThe Political Officer will report to "
        "the Political Adviser.\n" + BODY,
        {"kind": "vacancy", "location": "Chișinău"},
    ),
    (
        "'Vacancy closed on 20/03/2017' gives no reference; 'Vacancy code VA/2025/…' gives one",
        "ESO\n\nOperation Staff Astronomer\n\n\nVacancy closed on 20/03/2017\n\nParanal "
        "Operations Staff Astronomers contribute to operating the facility.\n" + BODY * 3,
        {"kind": "vacancy", "reference": None},
    ),
    (
        "a vacancy line's number after 'code'",
        "PMO Specialist\n\nVacancy code VA/2025/B5101/30649\nDuty station: Kabul\n\n" + BODY,
        {"reference": "VA/2025/B5101/30649"},
    ),
    (
        "'X is looking to recruit a …': the employer and the post",
        "CERN is looking to recruit a Theoretical Physicist to work in its Theoretical Physics "
        "Department\n\nJob Reference: TH-SP-2020-75-LD\nDeadline: 30 June 2025\n\n" + BODY,
        {"organisation": "CERN", "title_en": "Theoretical Physicist"},
    ),
    (
        "a unit's acronym offering an opportunity is no employer: '(RSP) Division … RSP offers'",
        "Remote Sensing Scientist\n\nThe Remote Sensing and Products (RSP) Division develops "
        "products. RSP offers the opportunity for top-level scientists to work in an unparalleled "
        "environment.\n\nLocation: Darmstadt\nClosing date: 30 June 2025\n\n" + BODY,
        {"organisation": None},
    ),
    (
        "a recruiting sentence in capitals under a headline whose subject is a dash",
        "AVIS D'APPEL A CANDIDATURE – RECRUTE UN CONSULTANT NATIONAL\n\nLE BUREAU DE LA "
        "REPRESENTATION DE L'OMS AU CONGO RECRUTE UN CONSULTANT NATIONAL POUR L'APPUI A LA "
        "VACCINATION\n\nLieu d'affectation : Brazzaville\nDate limite : 30 juin 2025\n\n"
        "Le consultant appuiera le programme élargi de vaccination.\n",
        {"organisation": "BUREAU DE LA REPRESENTATION DE L'OMS AU CONGO"},
    ),
    (
        "a page on pay and allowances in general ('payable in arrears', 'installation allowance')",
        "Emoluments are payable in arrears, with the exception of the installation allowance, "
        "which is payable on taking up duty.\n\nManagerial Staff\n- From 11 399€, Directors "
        "(Grade A7)\n- From 10 414€, Deputy Directors and Heads of Service\n",
        {"kind": "not_vacancy"},
    ),
    (
        "a board's guide to preparing for one post's interview",
        "Preparation Guide\n\nProgramme Officer - NOA (NO-A)\n\n8 days until deadline (20 May "
        "2026)\n\nHow to prepare for the interview: interview questions for this role.\n",
        {"kind": "not_vacancy"},
    ),
    (
        "'Job #' labels the reference; '- Open only to : …' and 'Recrutement d'un-e' are cut",
        "Position Title: Political Specialist - Open only to : Employees of the Mission/All "
        "agencies.\nJob #: req18826\nLocation: Kinshasa\nClosing date: 30 June 2025\n\n" + BODY,
        {"reference": "req18826", "title_en": "Political Specialist"},
    ),
    (
        "a document site's list of other documents after the notice's header is the site's",
        "Vacancy Number: B04/0216. Post Number: OSC HCA 0020. Job Title: Principal Assistant "
        "(Admin, Budget & Pay) NATO Grade: B-5\n\n\n\nSimilar documents"
        "\n\nVacancy Number: B05/0815. Post Number: OSC SSI Job Title: Technician (Reprographics) NATO Grade: B-4\n\nVacancy Number: B02/0314. Post Number: OSC BTS Job Title: Analyst (Financial Systems) NATO Grade: B-5\n\nVacancy Number: A03/0516. Post Number: OSC COX Job Title: Engineer (Information Assurance) NATO Grade: A-2\n\nVacancy Number: B11/0610. Post Number: OSC BCC Job Title: Assistant (Procurement) NATO Grade: B-5\n",
        {"kind": "vacancy", "reference": "B04/0216", "grade_codes": ["B5"]},
    ),
    (
        "a portal's status after the title and its grade: '…, P4 [Cancelled]'",
        "Closing date: Tuesday, 21 March 2023\n\nPosting Title: POLITICAL AFFAIRS OFFICER, P4 "
        "[Cancelled]\nDuty Station: BAMYAN\n\n" + BODY,
        {"title_en": "POLITICAL AFFAIRS OFFICER", "grade_codes": ["P4"]},
    ),
    (
        "a position's number after the title: '… - Position no. 350439'",
        "Coordinator (Health Cluster) - Position no. 350439\n\nGrade: P4\nDuty Station: Arbil\n"
        "Closing date: 30 June 2025\n\n" + BODY,
        {"title_en": "Coordinator (Health Cluster)"},
    ),
    (
        "a reference label ending in 'Nº' or '#' before its colon: 'Selection Process Nº: …'",
        "Consular Clerk\n\nSelection Process Nº: 215008-6\nLocation: Beijing, China\n"
        "Closing date: 30 June 2025\n\n" + BODY,
        {"reference": "215008-6"},
    ),
    (
        "boards' requisition labels: 'Req Id: 2808'",
        "Planning Officer\n\nReq Id: 2808\nLocation: Addis Ababa\nClosing date: 30 June 2025\n\n"
        + BODY,
        {"reference": "2808"},
    ),
    (
        "the body offering the post is a sentence's subject: '… (ECHA) is launching this call'",
        "Vacancy Notice\n\nThe European Chemicals Agency (ECHA) is launching this call for "
        "expressions of interest for the following profile.\n\nJob Title: Data Officer\n\n" + BODY,
        {"organisation": "European Chemicals Agency (ECHA)"},
    ),
    (
        "a body's bare noun as the subject names no employer: 'The Agency is looking for …'",
        "Vacancy Notice\n\nThe Agency is looking for a Data Officer.\n\nJob Title: Data "
        "Officer\n\n" + BODY,
        {"organisation": None},
    ),
    (
        "an employer with an opportunity: 'Save the Children International has an exciting …'",
        "Save the Children International has an exciting opportunity for a Human Resources "
        "Director to join our team.\n\nLocation: Lilongwe, Malawi\nClosing date: 30 June 2025\n\n"
        + BODY,
        {"organisation": "Save the Children International"},
    ),
    (
        "the Official Journal's '(groupe de fonctions AD, grade 14)'",
        "AVIS DE VACANCE ECA/2021/1\n\nDirecteur (F/H) — un emploi\n\n"
        "(groupe de fonctions AD, grade 14)\n\nLa Cour des comptes européenne est l'auditeur "
        "externe de l'Union.\n",
        {"grade_codes": ["AD14"]},
    ),
    (
        "a long French post after 'recrute 01', and 'UN' in capitals before it",
        "ID recrute 01 Responsable de programme Gouvernance inclusive et renforcement de la "
        "participation citoyenne\n\nLieu d'affectation : Comé, Bénin\n\nL'OMS RECRUTE UN "
        "CONSULTANT NATIONAL\n",
        {
            "title_fr": "Responsable de programme Gouvernance inclusive et renforcement de la "
            "participation citoyenne"
        },
    ),
    (
        "a first line counting posts at an employer: '11 Job Positions at United Nations …'",
        "11 Job Positions at United Nations High Commissioner for Refugees: (Deadline 8 December "
        "2025)\n\nSenior Protection Assistant at United Nations High Commissioner for Refugees\n\n"
        "Deadline for Applications: December 8, 2025\nLocation: Kigali, Rwanda\n\n" + BODY,
        {"kind": "not_vacancy"},
    ),
    (
        "the notice's heading with its number ('AVIS DE VACANCE ECA/2021/1') counts for a notice",
        "AVIS DE VACANCE ECA/2021/1\n\nDirecteur (F/H) — un emploi\n\n"
        "(groupe de fonctions AD, grade 14)\n\nLa Cour des comptes européenne est l'auditeur "
        "externe de l'Union.\n",
        {"kind": "vacancy", "title_fr": "Directeur (F/H)"},
    ),
    (
        "a board's dated headline names the body: '… à l'organisation humanitaire FICR (date)'",
        "AVIS DE RECRUTEMENT à l’organisation humanitaire FICR (18 novembre 2025)\n\n"
        "Titre du Poste : Chargé(e) de mise en œuvre nationale\n\nLieu du Travail : Nigéria\n\n"
        "Date de Soumission : 30/11/2025\n\nLe titulaire du poste coordonne les programmes.\n",
        {"organisation": "FICR"},
    ),
    (
        "a tender's vocabulary speaks against a notice: 'Appel d'offres international'",
        "Appel d'offres international\n\nPays : Burkina Faso\nRéf. : BMZ-Nr. 201165323\n\n"
        "Le Ministère lance un appel d'offres pour des services de consultant. Le dossier d'appel "
        "d'offres peut être retiré à l'adresse ci-dessous.\n",
        {"kind": "not_vacancy"},
    ),
    (
        "the first clearance demand that names a level: '… (PSC) at the appropriate level …'",
        "Head, Defence Strategy Section\n\nLocation: Brussels\nClosing date: 10 May 2026\n\n"
        "This competition is open to candidates who hold a valid personnel security clearance "
        "(PSC) at the appropriate level. This post requires a security clearance at COSMIC TOP "
        "SECRET/ATOMAL level, issued by the candidate's NSA.\n\n" + BODY,
        {"clearance": "CTS/A"},
    ),
    (
        "a named language's level before it and another's after: 'French (level VI) … level III in English'",
        "Assistant (Translation Support)\n\nThe incumbent must:\n  • have a proficient command of "
        'French (level VI) as her/his mother tongue; and level III ("Intermediate") in English;\n',
        {"language_requirement": "en:III fr:VI"},
    ),
    (
        "numbered fields with their values: '3. Assignment Title: …', '4. Duty Station: …'",
        "UN Volunteer Programme Officer\n\n1. Type of Assignment: International UN Volunteer\n\n"
        "3. Assignment Title: UN Volunteer Programme Officer (PO)\n\n"
        "4. Duty Station: Multiple Duty Stations worldwide.\n\n"
        "6. Expected Starting Date: To be determined\n\n" + BODY,
        {"kind": "vacancy", "location": "Multiple Duty Stations worldwide"},
    ),
    (
        "a British mission's portal: 'View Vacancy – Political Officer B3 (02/20 PL)'",
        "View Vacancy – Political Officer B3 (02/20 PL)\n\nThe British Government is an "
        "inclusive employer.\nClosing date: 10 May 2020\nLocation: Port Louis\n\n" + BODY,
        {"title_en": "Political Officer"},
    ),
    (
        "a board's facets in Dutch are no title ('Functie' / 'Opleidingsniveau')",
        "Lead Space Segment Engineer\n\nGeplaatst 14 okt. 2025\nDelen:\nWerkervaring\n"
        "0 tot 40 jaar\nFunctie\nOpleidingsniveau\nTaalvereiste\nEngels (Vloeiend)\n"
        "Deadline\n3 november 2025\n\nDescription\n\n" + BODY,
        {"title_en": "Lead Space Segment Engineer"},
    ),
    (
        "'Applications are invited for the position of …' names the post",
        "PACIFIC ISLANDS FORUM FISHERIES AGENCY\nVACANCY – DIRECTOR-GENERAL\n"
        "Applications are invited for the position of Director-General.\n"
        "Applicants must have the written endorsement of their national Government.\n",
        {"kind": "vacancy", "title_en": "Director-General"},
    ),
    (
        "a board's logo text around its title and after its labels ('… drjobs')",
        "drjobs Field Officer العربية\n\nEmployer Active\n\n1 Vacancy\ndrjobs\n\n"
        "Job Location drjobs\n\nTindouf - Algeria\n\nMonthly Salary drjobs\n\n$ 500 - 800\n\n"
        "Job Description\n\n" + BODY,
        {"title_en": "Field Officer", "salary_amount": 500.0, "salary_currency": "USD"},
    ),
    (
        "'Reporting to the Head of …, the Protocol Coordinator provides …' names the post",
        "EUMETSAT is Europe's meteorological satellite agency.\n"
        "Reporting to the Head of Legal Affairs Division (LAD), the Protocol and Administrative "
        "Coordinator provides administrative and coordination support to the Head of Division."
        "\nCandidates must hold a university degree.\n",
        {"kind": "vacancy"},
    ),
    (
        "'… invites applications for a Group Leader … position' names the post",
        "The Machine Directorate at the European Spallation Source (ESS) in Lund, Sweden, invites "
        "applications for a Group Leader for ESS Spallation Physics position in the Target "
        "Division.\n\nDescription of division\n\nThe Division designs the target station.\n",
        {"kind": "vacancy"},
    ),
    (
        "Canada's public service header: 'Department Name', 'Classification: GT – 02', 'Tenure'",
        "Fishery Officer\n\nDepartment Name: Fisheries and Oceans\n"
        "Classification: GT – 02 for more information\nSalary: $41,713 to $47,151\n"
        "Tenure: Indeterminate\nClosing Date: June 14, 2007\n\n" + BODY,
        {
            "organisation": "Fisheries and Oceans",
            "grade_codes": ["GT02"],
            "contract_type": "indefinite",
        },
    ),
    (
        "a UN headline with the appointment's code and a site's name: 'FTA-NOB', 'TA', '- Board'",
        "Vacancy Announcement - Nutrition Officer, NOB, TA, Abuja, Nigeria #00127128 - Tenders "
        "Global\n\nVacancy Announcement – Nutrition Officer, NOB, TA, Abuja, Nigeria #00127128\n\n"
        + BODY,
        {"title_en": "Nutrition Officer", "grade_codes": ["NOB"], "reference": "00127128"},
    ),
    (
        "a UN headline without a requisition number: 'Officer (…), FTA-NOB, Khartoum'",
        "Programme Policy Officer (Universal Salt Iodization), FTA-NOB, Khartoum\n\n" + BODY,
        {
            "title_en": "Programme Policy Officer (Universal Salt Iodization)",
            "grade_codes": ["NOB"],
        },
    ),
    (
        "'Generic Vacancy Announcement –' before a title",
        "Generic Vacancy Announcement – WASH Cluster Coordinator\n\nLocation: Kabul\n"
        "Closing date: 10 May 2026\n\n" + BODY,
        {"title_en": "WASH Cluster Coordinator"},
    ),
    (
        "an EU service's headline with the staff category first",
        "EEAS vacancy – FGIII Contract Agent – Regional Security officer – EU Delegation to "
        "Djibouti\n\n" + BODY,
        {
            "title_en": "Regional Security officer",
            "grade_codes": ["FGIII"],
            "location": "EU Delegation to Djibouti",
        },
    ),
    (
        "a portal's scope line under the title ('Office Wide', 'External') is no title",
        "Vacancy Notice\nCompetition for the recruitment of translators (Grade A1/A2)\n"
        "Office Wide\n\nClosing date: 27 April 2026\nLocation : Strasbourg\n\n" + BODY,
        {"title_en": "Competition for the recruitment of translators"},
    ),
    (
        "a board's button words before a listed label: 'Apply now Job no: 583177'",
        "Programme Specialist (PSEA), NO3, Pemba, Mozambique\n\nApply now Job no: 583177\n"
        "Contract type: Temporary Appointment\nLevel: NO-3\nLocation: Mozambique\n\n" + BODY,
        {"reference": "583177"},
    ),
    (
        "a plural label before its colon names its field: 'Locations: …'",
        "National Programme Specialist\n\nLocations: Kathmandu, Nepal\n"
        "Closing date: 10 November 2025\n\n" + BODY,
        {"location": "Kathmandu, Nepal"},
    ),
    (
        "a French board's 'Société :' slot names the employer",
        "Junior Legal Advisor - Accession, Directorate for Legal Affairs\n\nSociété : OECD\n"
        "Lieu : Paris (Île-de-France)\n\nMission\n\n" + BODY,
        {"organisation": "OECD"},
    ),
    (
        "who may apply, in brackets after the title: 'Internal Candidates Only'",
        "Head of Programme (Internal Candidates Only)\n"
        "United Nations Office for Project Services (UNOPS)\nClosing soon: 31 Oct 2025\n\n"
        "The Head of Programme will be responsible for the delivery of the projects.\n",
        {"title_en": "Head of Programme"},
    ),
    (
        "a title line 'Vacance du poste de …' announces its post",
        "JORF n°0109 du 10 mai 2025\n\nVacance du poste d'adjoint au chef en maintenance "
        "aéronautique\n\nDate prévisible de vacance de l'emploi : 25 juillet 2025.\n"
        "Un emploi de chef de service sera déclaré vacant à compter du 25 juillet 2025 au sein "
        "de la direction de la maintenance aéronautique au ministère des armées.\n",
        {"kind": "vacancy", "title_fr": "adjoint au chef en maintenance aéronautique"},
    ),
    (
        "a card's 'City, Country' line outside Europe",
        "Postdoctoral Fellow, Land Restoration\n\n  • Nairobi, Kenya\n  • Full time\n\n"
        "The Fellow will be responsible for the study of the experimental sites.\n",
        {"location": "Nairobi, Kenya"},
    ),
    (
        "an EU temporary agent engaged for years holds a fixed-term contract",
        "Head of Casework Unit\n\nDeadline: 12 May 2025\n\n"
        "The successful candidate will be offered a contract as Temporary Agent AD for a period "
        "of five years, with the possibility of renewal. The Head of Unit will be responsible "
        "for the casework of the Agency.\n",
        {"contract_type": "definite", "contract_years": 5},
    ),
    (
        "a call for applications followed by its coded number",
        "Call for Applications EMSA/AD/2015/04 (Agency's Temporary Staff)\n\n"
        "Project Officer for Environmental Protection\n\nDeadline: 30 June 2015\n"
        "The Project Officer will be responsible for the Agency's work on pollution.\n",
        {"reference": "EMSA/AD/2015/04"},
    ),
    (
        "a reference in brackets after the title, abbreviated 'réf.'",
        "Expert national détaché (m/f) - (réf. ENISA-SNE-2020-03)\n\n"
        "Date limite : 30 juin 2020\nLe titulaire du poste appuie l'Agence.\n",
        {"reference": "ENISA-SNE-2020-03"},
    ),
    (
        "the ILO's 'No. du poste' is the vacancy's number, before the portal's job ID",
        "Grade: NOB\nNo. du poste: ALG/DC/NO/2024/06\nDate de publication: 12 Novembre 2024.\n"
        "Date de clôture (minuit, heure d'Alger ): 02 Decembre 2024.\nJob ID: 12518\n"
        "Lieu d'affectation: Tunis\nType de contrat: Durée déterminée\n\n"
        "Le titulaire du poste coordonne le projet.\n",
        {"reference": "ALG/DC/NO/2024/06"},
    ),
    (
        "an EU staff category and its grade in a sentence",
        "Administrative Assistant\n\nDeadline: 09/10/2019\nLocation: London\n\n"
        "The post of Administrative Assistant - contract agent FG III. The Administrative "
        "Assistant will be responsible, under the authority of the Head of Delegation, for the "
        "administration of the Delegation.\n",
        {"grade_codes": ["FGIII"]},
    ),
    (
        "a breadcrumb word before the title, repeated alone below a search box",
        "Home GNSS Exploitation Programme Control Officer\n \n\nKeywords :   \n\n\n"
        "GNSS Exploitation Programme Control Officer\n\n"
        "The Programme Control Officer will be responsible for the planning of the programme.\n",
        {"title_en": "GNSS Exploitation Programme Control Officer"},
    ),
    (
        "a title ending with the word of a category line below it keeps its words",
        "Officer, Personnel Security\n\n📁\nSecurity\n📅\n251056 Requisition #\n\n"
        "1. SUMMARY\nThe Officer will be responsible for the personnel security programme.\n",
        {"title_en": "Officer, Personnel Security"},
    ),
    (
        "a board's labels in Portuguese around an English notice",
        "Legal Specialist\n\nLocal de trabalho: Lisboa, Portugal\nPrazo: 12/03/2026\n\n"
        "The Legal Specialist will be responsible for the legal work of the Section.\n",
        {"location": "Lisboa, Portugal", "deadline": "2026-03-12"},
    ),
    (
        "a board's labels in Spanish around an English notice",
        "Legal Specialist\n\nLocalidad : Geneva, Suiza\n"
        "Fecha límite de postulación :13-Mar-18 (Medianoche Nueva York, Estados Unidos)\n"
        "Nivel de puesto :P-4\nDuración esperada del puesto :6 months\n\n"
        "The Legal Specialist will be responsible for the legal work of the Section.\n",
        {"location": "Geneva, Suiza", "grade_codes": ["P4"], "contract_years": 0.5},
    ),
    (
        "a first line that counts several posts and names none heads a listing",
        "2026 African Union Career Opportunities | 12 Positions\n\nJob Description\n"
        "The African Union invites qualified professionals to apply.\n\n"
        "Vaccine Manufacturing Specialist (Africa CDC)\nLocation: Addis Ababa\n"
        "Closing date: 16 January 2026\nThe incumbent will be responsible for the programme.\n",
        {"kind": "not_vacancy"},
    ),
    (
        "a count of posts in brackets after a title counts one post's places",
        "Assistants, Council secretariat (2 posts + Reserve List)\n\nBrussels, Belgium\n"
        "Deadline: 12 March 2024\nThe incumbent will be responsible for the committee's "
        "meetings, under the supervision of the Head of Section.\n",
        {"kind": "vacancy"},
    ),
    (
        "a body's acronym before the post it heads names the employer",
        "UNIDO : Protocol Assistant – Vienna\n\nJOB DESCRIPTION\n\nGrade: G5\n"
        "Duty Station: Vienna\n\nThe incumbent will support the protocol work of the Office.\n",
        {"organisation": "UNIDO", "title_en": "Protocol Assistant"},
    ),
    (
        "a board's counts of views and applications glued after the title's grade",
        "Humanitarian Affairs Officer (Civil-Military Coordination), P3 121 views0 applications\n"
        "\n\nOrg. Setting and Reporting\n\nThis position is located in the Operations and "
        "Advocacy Division (OAD) of the Office. The Humanitarian Affairs Officer reports to the "
        "Chief of the Section.\n\nResponsibilities\n\nWithin delegated authority, the "
        "incumbent will be responsible for the following duties.\n",
        {
            "title_en": "Humanitarian Affairs Officer (Civil-Military Coordination)",
            "grade_codes": ["P3"],
        },
    ),
    (
        "the gazette's plain form names the post that falls vacant",
        "Un emploi de directeur de projet, classé en groupe III est déclaré vacant au "
        "ministère de la défense et des anciens combattants.\nLe directeur de projet est placé "
        "auprès du directeur de la mémoire.\nIl a pour mission de piloter le projet.\n",
        {"kind": "vacancy", "title_fr": "directeur de projet"},
    ),
    (
        "the gazette's notice: the post after 'd'un emploi de', the ministry it falls vacant at",
        "Avis de vacance d'un emploi de sous-directeur\n"
        "Date prévisible de vacance de l'emploi : 1er juin 2025.\n"
        "Un emploi de sous-directeur est susceptible d'être vacant au ministère des armées.\n"
        "Description de la structure et des fonctions\nLe titulaire dirige la sous-direction.\n",
        {"title_fr": "sous-directeur", "organisation": "ministère des armées", "deadline": None},
    ),
    (
        "a requisition's number heads the page's first line when a label gives the title",
        "2024-0258 Support for VeVA and ESOC WatchKeepers (NS) - FRI 21 Mar\n"
        "Mons, Wallonia, Belgium\nFull Time Contract Senior-level / Expert Clearance required\n"
        "EMW, Inc.\nDeadline Date: Friday 21 March 2025\n"
        "Requirement: Support for Vigilance Activities and ESOC WatchKeepers\n"
        "Location: Mons, BE\nFull Time On-Site: Yes\n",
        {"reference": "2024-0258", "deadline": "2025-03-21"},
    ),
    (
        "a board's logo word glued before the title, which the page then prints alone",
        "drjobs Principal Assistant (Pay and Allowances)\n\n"
        "Principal Assistant (Pay and Allowances)\n\nEmployer Active\n\n"
        "Job Description\nThe incumbent will be responsible for the payroll of the staff.\n",
        {"title_en": "Principal Assistant (Pay and Allowances)"},
    ),
    (
        "a French recruiting title that counts its one place: 'recrute 01 …'",
        "Recrutements au Sénégal\n\nLe PNUD recrute 01 Analyste de programme\n\nContexte\n\n"
        "Le titulaire du poste appuie le bureau de pays dans la gestion de ses programmes.\n",
        {"title_fr": "Analyste de programme"},
    ),
    (
        "an EU service's headline: post, staff category and grade, place, job number",
        "EEAS Vacancy - Policy Officer - HQ Contract Agent FGIV - EEAS Headquarters job No "
        "438866\n\nThe European External Action Service supports the High Representative.\n"
        "We propose the position of Policy Officer under the authority of the Head of Division."
        "\nPlace of Employment\nCity, Country: Brussels, BELGIUM\n",
        {
            "title_en": "Policy Officer",
            "grade_codes": ["FGIV"],
            "reference": "438866",
            "location": "Brussels, BELGIUM",
        },
    ),
    (
        "a board's card gives the days a post is open as two glued dates: the later closes it",
        "Project Assistant\n\nProject Assistant\n\n"
        "Organization for Security and Co-operation in Europe (OSCE)\n\n"
        "November 14, 2025December 29, 2025ViennaAustria\n"
        "Job Description\nThe incumbent supports the Office in planning its projects. "
        "To apply, send a motivation letter.\n",
        {
            "kind": "vacancy",
            "deadline": "2025-12-29",
            "title_en": "Project Assistant",
            "location": "Vienna, Austria",
        },
    ),
    (
        "a notice's number in words heads the page; the title under it carries its grade",
        "Vacancy Notice N° o35/2018\nOffice Assistant (Grade B3)\n"
        "Directorate of Programme Co-ordination\nCouncil of Europe Office in Tunis\n\n"
        "Closing date: 13 December 2018\nLocation : Tunis\n\nJob mission\n\n"
        "Under the authority of the Head of Office, the incumbent will carry out "
        "administrative assignments.\n",
        {"title_en": "Office Assistant", "grade_codes": ["B3"], "deadline": "2018-12-13"},
    ),
    (
        "a known heading with its colon, alone on its line, opens a section: no label",
        "Background:\nThe post is located in the Democratic Governance Section of the Mission.\n"
        "Tasks and Responsibilities:\nUnder the direct supervision of the National Project "
        "Officer, the successful candidate will be tasked with the following duties:\n"
        "1. Supporting project implementation;\n2. Maintaining the project's databases.\n",
        {"kind": "vacancy"},
    ),
    (
        "a title between a body's 'Vacancy Notice' and a board's job number",
        "ESDC Vacancy Notice Cyber Training Manager Job.No: 303119 (Download Here)\n\n"
        "The incumbent will be responsible for the cyber training courses of the College.\n",
        {"title_en": "Cyber Training Manager"},
    ),
    (
        "a French recruiting sentence: 'en' before a field is part of the post",
        "Le Fonds des Nations Unies pour l'enfance (UNICEF) recrute un(e) Spécialiste en "
        "protection de l'enfance, Niamey, Niger\n\nLe titulaire appuie le programme.\n",
        {"title_fr": "Spécialiste en protection de l'enfance"},
    ),
    (
        "a title line that announces its post is a notice's sign",
        "L'OHADA RECHERCHE SON SECRETAIRE PERMANENT\n\nL'Organisation pour l'harmonisation "
        "du droit des affaires en Afrique réunit dix-sept États. Son siège est à Yaoundé.\n",
        {"kind": "vacancy"},
    ),
    (
        "one post's title under three labels, with tails, is no listing",
        "Titre du Poste : Officier Régional, Gestion du Trafic Aérien\n"
        "Lieu du Travail : Dakar, Sénégal\nDate de Soumission : 20/03/2022\n\n"
        "Tître posté: Officier Régional, Gestion du Trafic Aérien, P4\n"
        "Intitulé du code de poste : Officier régional\nLieu d'affectation: DAKAR\n\n"
        "Le titulaire est responsable des travaux relatifs à la gestion du trafic aérien.\n",
        {"kind": "vacancy", "deadline": "2022-03-20"},
    ),
    (
        "a selection procedure's number alone under the title",
        "Avis de vacance pour un poste de directeur exécutif de l'Agence — Lisbonne\n\n"
        "(Agent temporaire — grade AD 14)\n\nCOM/2017/20025\n\nPrésentation\n\n"
        "Le directeur exécutif est responsable de la gestion de l'Agence.\n",
        {"reference": "COM/2017/20025"},
    ),
    (
        "a blog board's headline packs title, employer, place and closing date",
        "Tuesday, July 29, 2014\n\nRecords Officer. IMF, Washington. Open until 6 August 2014\n\n"
        "The Technology Department is seeking to hire a Records Officer. The incumbent will "
        "be responsible for the archives.\n",
        {
            "title_en": "Records Officer",
            "organisation": "IMF",
            "location": "Washington",
            "deadline": "2014-08-06",
        },
    ),
    (
        "a numbered heading glued to the end of a board's line is a section",
        "Job Alert\nYou will be updated with latest job alerts via email1. SUMMARY\n"
        "The Division leads on the political aspects of the Alliance. Under the guidance of "
        "the Head of Section, the incumbent is responsible for relations with the EU.\n",
        {"kind": "vacancy"},
    ),
    (
        "a Chinese page's ideographic indents, read as Latin-1 (¡¡¡¡), are no text",
        "¡¡¡¡Program Co-ordinator, Rural Institutions Service, Rome\n\n"
        "¡¡¡¡Level: P-5\n\n¡¡¡¡Duration: 3 Years\n\n¡¡¡¡Duty Station: Rome, ITALY\n\n"
        "¡¡¡¡Under the overall supervision of the Chief, the Programme Co-ordinator will "
        "perform the following tasks.\n",
        {"grade_codes": ["P5"], "location": "Rome, ITALY", "contract_years": 3},
    ),
    (
        "an English announcement whose value is the post, and a deadline after 'should be sent'",
        "Open position: Project Manager for River Basins\n\nThe Commission runs a project on "
        "rivers.\n\nThe terms of reference for this position are online.\n\nApplications, comprising a cover letter and CV, should be sent "
        "electronically by 30th November 2019 COB Vienna time.\n",
        {
            "kind": "vacancy",
            "title_en": "Project Manager for River Basins",
            "deadline": "2019-11-30",
        },
    ),
    (
        "a grade field's code on an organisation's own scale",
        "Project Assistant\n\nReference: 2025-114\nLocation: Paris, France\n"
        "Classification: LE - O1\nDeadline: 14 May 2025\n\n" + BODY * 3,
        {"grade_codes": ["LEO1"], "reference": "2025-114"},
    ),
    (
        "a grade field's code after words, on a scale of its own",
        "Policy Analyst\n\n- Grade: Mid level - PAL5\n- Location: Paris\n- Contract: 2 years\n\n"
        + BODY * 3,
        {"grade_codes": ["PAL5"]},
    ),
    (
        "recruiting sentence: seeks",
        "NATO seeks Assistant Secretary General for Emerging Security Challenges\n\n"
        "Job Description\n\nDuties and responsibilities\n" + BODY * 3,
        {"title_en": "Assistant Secretary General for Emerging Security Challenges"},
    ),
    (
        "recruiting sentence: hiring … for the positions of …",
        "ABOUT YOU We are hiring highly skilled professionals for the positions of Budget and "
        "Payroll Specialist. The incumbents will be responsible for the execution of the "
        "budget. KEY RESPONSIBILITIES The role involves managing the payroll.\n",
        {"kind": "vacancy", "title_en": "Budget and Payroll Specialist"},
    ),
    (
        "recruiting sentence in capitals, with a possessive",
        "L'OHADA RECHERCHE SON SECRETAIRE PERMANENT\n\nLe titulaire supervise les activités. "
        "Le titulaire assiste le Conseil. Le titulaire représente l'Organisation.\n",
        {"kind": "vacancy", "title_fr": "SECRETAIRE PERMANENT"},
    ),
    (
        "appel à manifestation d'intérêt : the post, and a call 'en vue de nommer un …'",
        "Appel à manifestation d'intérêt : Médiateur de la Banque\n\n12 mai 2025\n\n"
        "La Banque lance un appel à manifestation d'intérêt en vue de nommer un médiateur "
        "indépendant qui contribuera à la résolution des conflits au sein de la Banque.\n",
        {"kind": "vacancy", "title_fr": "Médiateur de la Banque"},
    ),
    (
        "the title line's case and accents beat the same title in a capital label",
        "Chargé(e) de Programme, Gestion des Élections\n\n"
        "INTITULÉ DU POSTE CHARGE(E) DE PROGRAMME, GESTION DES ÉLECTIONS\n\n"
        "Ref. : ECW/HR/25031918\n\n \n\nINSTITUTION COMMISSION DE LA CEDEAO\nGRADE P3/ P4\n"
        "LIEU DE TRAVAIL ABUJA / NIGERIA\n\nAPERÇU DES TÂCHES\n\nLe titulaire appuie le Chef.\n",
        {"title_fr": "Chargé(e) de Programme, Gestion des Élections", "grade_codes": ["P3", "P4"]},
    ),
    (
        "capital labels without colons, their rows apart",
        "INTITULÉ DU POSTE CHARGE(E) DE PROGRAMME, GESTION DES ÉLECTIONS\n\n"
        "Ref. : ECW/HR/25031918\n\n \n\nINSTITUTION COMMISSION DE LA CEDEAO\nGRADE P3/ P4\n"
        "LIEU DE TRAVAIL ABUJA / NIGERIA\n\nAPERÇU DES TÂCHES\n\nLe titulaire appuie le Chef.\n",
        {"title_fr": "CHARGE(E) DE PROGRAMME, GESTION DES ÉLECTIONS"},
    ),
    (
        "a closed notice's status glued to the employer's name gives the deadline",
        "Assistant en gestion archivistique\n"
        "Archives générales du RoyaumeClôturé depuis le 22/05/2023\n"
        "Contenu de la fonction\n- Vous aidez les lecteurs dans leurs recherches.\n"
        "Le titulaire établit des inventaires. Le titulaire conserve les archives. "
        "Le titulaire informe les lecteurs.\n",
        {"deadline": "2023-05-22"},
    ),
    (
        "two known headings joined by a slash are a heading, not a colonless label and value",
        "Legal Advisor\n\nLocation: Casteau/Mons (Belgium)\n\nDivision: OLA\n\n"
        "Post Context/Post Summary\n\nThe Office of Legal Affairs advises the Command.\n\n"
        "Principal Duties\n\n" + BODY * 3,
        {"title_en": "Legal Advisor"},
    ),
    (
        "a fix-term appointment for the post who will be hired: a notice, its title, definite",
        "Background:\n*Please note that this is a fix-term appointment (LOA) for the Project "
        "Assistant, who will be hired as part of an Extra Budgetary Project. The duration of "
        "the contract will be from the date of hire until 31 December 2026.\n"
        "Tasks and Responsibilities:\nThe successful candidate will support the Section.\n",
        {"kind": "vacancy", "title_en": "Project Assistant", "contract_type": "definite"},
    ),
    (
        "a title line that announces the post: 'Vacancy notice for the post of …'",
        "Vacancy notice for the post of Vice-President Directorate-General 4\n\n"
        "Grade: G16\nClosing date: 12 March 2025\n\nDuties\n\n" + BODY * 3,
        {"title_en": "Vice-President Directorate-General 4"},
    ),
    (
        "a title line with its label inside: '… – Job title: Intelligence Analyst'",
        "EEAS Vacancy Notice Contract Agent FGIV – Job title: Intelligence Analyst\n\n"
        "Duties\n\n" + BODY * 3,
        {"title_en": "Intelligence Analyst"},
    ),
    (
        "the reader addressed in the post names it: 'En tant que …, vous …'",
        "- Emplois vacants\n- Détails de l'emploi\nDescription et conditions\n"
        "La Division de la coopération juridique soutient les travaux de trois comités.\n"
        "En tant que Responsable de programme, vous aurez à assurer le développement et la "
        "mise en œuvre des activités de coopération. Vous aurez pour tâches principales de "
        "concevoir les projets, de suivre les budgets et de rendre compte des résultats.\n",
        {"kind": "vacancy", "title_fr": "Responsable de programme"},
    ),
    (
        "NATO's dual grades in running text, bracketed or not",
        "Security Accreditor Classified Communication and Information Systems (CIS) G15/G17 "
        "(pending budget approval)\n\nSUMMARY\n\nThe post holder accredits the systems.\n\n"
        "QUALIFICATIONS AND EXPERIENCE\n\n" + BODY * 3,
        {"grade_codes": ["G15", "G17"]},
    ),
    (
        "a UN grade in brackets after the post in a sentence",
        "Chargé(e) de mission politique\n\nContexte\n\nLe/La chargé(e) de mission politique "
        "(P2) apporte un soutien analytique à la Mission. Le titulaire assure le suivi. "
        "Le titulaire rédige les rapports. Le titulaire appuie le Chef de mission.\n",
        {"grade_codes": ["P2"]},
    ),
    (
        "a selection procedure that establishes a reserve list is a notice's",
        "Specialist – Data Handler in the Operational 24/7 Centre (AD5), Operations Directorate"
        "\n\nThis selection procedure is intended to establish a reserve list of successful "
        "candidates. Europol retains the right to make use of the reserve list.\n\n"
        "Europol is a well-established organisation. Our people come from all Member States.\n",
        {"kind": "vacancy", "grade_codes": ["AD5"]},
    ),
    (
        "a clause before the recruiting body is no part of its name",
        "Data Science Specialist\n\nTo support this activity, EMA is looking for data science "
        "specialists experienced in the management of data.\n\nDuties\nThe specialist will "
        "analyse data. The specialist will report. The specialist will support the network.\n",
        {"organisation": "EMA"},
    ),
    (
        "a column of empty labels: a portal's working-time label is no place",
        "Assistant en gestion archivistique\nCode de sélection\nLangue\nType de contrat\n"
        "Lieu de travail\nWork regimes\nRésumé\nContenu de la fonction\n"
        "- Vous aidez les lecteurs.\nLe titulaire établit des inventaires. Le titulaire "
        "conserve les archives. Le titulaire informe les lecteurs.\n",
        {"location": None},
    ),
    (
        "a label with a wrong accent is still the label",
        "Chargé des affaires civiles\n\nNo de l’appel á candidature: 21-Civil Affairs-MONUSCO-"
        "148227-F-Goma (M)\nLieu d'affectation : Goma\nDate limite : 12 mars 2025\n\n"
        "Responsabilités\n\nLe titulaire assure le suivi des dossiers.\n",
        {"reference": "21-Civil Affairs-MONUSCO-148227-F-Goma (M)"},
    ),
    (
        "an examiner is a post",
        "Suchvorschläge:\n\nteilzeit\nBern\nZürich\n\nExaminer (Two posts)\n\n"
        "WORLD INTELLECTUAL PROPERTY ORGANIZATION\nGeneva, Genf\nvor 1 Woche\n"
        "Madrid Operations Team 5, Madrid Operations Service, Madrid Registry\n"
        "Grade - G6\nContract Duration - 2 years\nDuty Station : CH-Geneva\n"
        "Application Deadline : 21-Aug-2025\n\n" + BODY * 3,
        {"title_en": "Examiner (Two posts)"},
    ),
    (
        "a site's own name is no employer, and a line of a site's address is a board's",
        "EUR-Lex Access to European Union law\n\nBack to EUR-Lex homepage\n\n"
        "This document is an excerpt from the EUR-Lex website\n\nDocument C2021/102A/03\n\n"
        "Publication d’un avis de vacance pour le poste de directeur exécutif adjoint (Agent "
        "temporaire — Grade AD 13) — COM/2021/20059\n\nLe directeur exécutif adjoint est "
        "chargé de la gestion des informations. Le titulaire assure la coordination. Le "
        "titulaire rend compte au directeur exécutif.\n",
        {"kind": "vacancy", "organisation": None},
    ),
    (
        "a number, a bar and the unit heading the notice: its vacancy number",
        "Fonctionnaire de terrain (P-3)\nInternational Criminal Court (ICC)\n\n20601 | Greffe\n\n"
        "Date limite de dépôt des candidatures : 09/07/2021\nLieu d'affectation : Bangui - CF\n"
        "Post Number:: S-9026\n\nResponsabilités\n\nLe titulaire assure le suivi des dossiers.\n",
        {"reference": "20601"},
    ),
    (
        "a deadline said in a board's status line, glued or not",
        "Gestionnaire de concours de recrutement\n"
        "Französische GemeinschaftThe application deadline was 14/03/2024\n"
        "Contenu de la fonction\n- Vous organisez les concours.\nLe titulaire organise les "
        "épreuves. Le titulaire informe les candidats. Le titulaire suit les dossiers.\n",
        {"deadline": "2024-03-14"},
    ),
    (
        "a deadline glued to its word, and 'Close on'",
        "Deputy Director, Implementation Support\n\nWorld Customs Organization Posted on "
        "01.10.2025 Deadline26.10.2025 €10,889/month\n\nDuties\n\n" + BODY * 3,
        {"deadline": "2025-10-26"},
    ),
    (
        "a salary line whose currency ends the line and whose amount opens the next",
        "Human Resources Specialist\n\n  • Grade\n    P3\n  • Total Estimated monthly "
        "remuneration depending on post adjustment and family status: USD\n    7,544\n"
        "  • Closing Date\n    02/02/2026\n\nDuties\n\n" + BODY * 3,
        {"salary_amount": 7544, "salary_currency": "USD", "salary_period": "month"},
    ),
    (
        "a sentence under the employer label names no employer; the line under the title does",
        "Expert financier (m/f/x)\n\nService fédéral des Pensions\n\nCode de sélection\n\n"
        "AFG25036\n\nLangue\n\nFrançais\n\nEmployeur\n\nIl y a un poste à pourvoir au sein du"
        "\n\nContenu de la fonction\n\nLe titulaire analyse les dossiers. Le titulaire "
        "rédige les avis. Le titulaire conseille la direction.\n",
        {"organisation": "Service fédéral des Pensions"},
    ),
    (
        "a UN grade after the title with a space only",
        "Head of Field Office P4\n\nUNHCR\nLocation: Cox's Bazar, Bangladesh\n"
        "Closing date: 12 March 2025\n\nDuties\n\n" + BODY * 3,
        {"title_en": "Head of Field Office", "grade_codes": ["P4"]},
    ),
    (
        "an English recruitment notice's number",
        "EUR-Lex Access to European Union law\n\nRecruitment notice PE/330/2025/S – Director "
        "(function group AD, grade 14) – Directorate-General for Personnel\n\n"
        "RECRUITMENT NOTICE PE/330/2025/S\n\nDuties\n\nThe Director will manage the "
        "Directorate. The Director will lead its staff. The Director will report to the "
        "Director-General.\n\nDeadline for applications: 12 March 2025\n",
        {"reference": "PE/330/2025/S"},
    ),
    (
        "'… has a permanent vacancy as …' names the post, not its unit",
        "Royal Norwegian Embassy\n\nThe Embassy has a permanent vacancy as Programme "
        "Officer/Programme Manager in the Embassy's development section.\n\nResponsibilities"
        "\n\n" + BODY * 3,
        {"title_en": "Programme Officer/Programme Manager"},
    ),
    (
        "an intern's stipend is the pay, and 'Expire le' the deadline",
        "Political Advisor Intern\n\nLocation: Brunssum, Netherlands\nStipend: ****€ 1477.30 "
        "(2026 rate) per month (taxable)\nExpire le : 2025-07-17\n\nDuties\n\n" + BODY * 3,
        {"salary_amount": 1477.3, "salary_currency": "EUR", "deadline": "2025-07-17"},
    ),
    (
        "in a column of empty labels, the item under a label is its value",
        "Assistant en gestion archivistique\nCode de sélection\nLangue\nType de contrat\n"
        "Niveau de fonction\nDurée\nLieu de travail\n- 1000 Bruxelles\n- 5000 Namur\n"
        "Résumé\nContenu de la fonction\n- Vous aidez les lecteurs.\nLe titulaire établit "
        "des inventaires. Le titulaire conserve les archives. Le titulaire informe les "
        "lecteurs.\n",
        {"location": "1000 Bruxelles"},
    ),
    (
        "a date alone under the title, before a labelled header, is no deadline",
        "Principal Programme Officer (PPO) Education and Training\n\n27 Jun, 2025\n\n"
        "INTITULÉ DU POSTE Chargé Principal de Programmes\nCODE DU POSTE  20000574\n"
        "INSTITUTION Commission de la CEDEAO\nCATÉGORIE P5\nLIEU DE TRAVAIL ABUJA, NIGERIA\n\n"
        + BODY
        * 3,
        {"deadline": None},
    ),
    (
        "a journal's heading lines with its date of issue are no card: no deadline",
        "Avis de recrutement PE/226/S — Administrateur, ingénieur en bâtiments (AD 6)\n\n1\n\n"
        "FR\n\nV Avis\n\nPROCÉDURES ADMINISTRATIVES\n\nParlement européen\n\n20.6.2019\n\n"
        "Le Parlement européen organise une procédure de sélection.\n" + BODY * 3,
        {"deadline": None},
    ),
    (
        "two dates in a card: nothing says which is the deadline",
        "Deputy Chief Information Officer\n\nBrussels, Belgium\n10,986.66 EUR Monthly\n"
        "29 Sep 2021\n24 Oct 2021\nFull Time\n\n" + BODY * 3,
        {"deadline": None, "salary_amount": 10986.66},
    ),
    (
        "X is hiring a …: the post, the employer; a card's '€6800-€6800 / month*'",
        "World Customs Organization is hiring a Strategic Trade Control Enforcement (STCE) "
        "Project Expert\n\n  • Full-time\n  • Policy & Advocacy\n"
        "Posted 3 months ago // €6800-€6800 / month*\n\n## 1. INTRODUCTION\n\n" + BODY * 3,
        {
            "kind": "vacancy",
            "title_en": "Strategic Trade Control Enforcement (STCE) Project Expert",
            "organisation": "World Customs Organization",
            "salary_amount": 6800.0,
            "salary_currency": "EUR",
            "salary_period": "month",
        },
    ),
    (
        "a label's words in brackets name its field; a text file's cp1250 mojibake repaired",
        "Titre du Poste : Responsable de programme (P)\nLieu du Travail : Dakar, Sénégal\n"
        "Identification du poste (numéro de référence) : 14649\n"
        "Grade : P-3\n\nLe titulaire assure la coordination des activitĂ©s du programme et "
        "la prĂ©paration des rapports destinĂ©s aux partenaires de l'Organisation.\n",
        {"reference": "14649", "title_fr": "Responsable de programme", "grade_codes": ["P3"]},
    ),
    (
        "a gender mark names a post: a plural title with no listed noun",
        "Gardes de la Nature et des Forêts en triage (m/f/x)\nService Public de Wallonie\n"
        "Code de sélection\nLangue\nDiplôme\nType de contrat\nRésumé\nContenu de la fonction\n"
        "Vous contribuez à la conservation et à la protection de la nature en posant des actes "
        "de gestion, de prévention et de répression.\nVous travaillez dans les domaines "
        "d'activités suivants : recherche et constatation des infractions.\n",
        {"kind": "vacancy", "title_fr": "Gardes de la Nature et des Forêts en triage (m/f/x)"},
    ),
    (
        "'See also vacancy no. …' points to another notice; the title's number is this one's",
        "Senior Assistant Legal Adviser (procurement law)-240686\n\nSummary\n\n"
        "This vacancy is for a Senior Assistant Legal Adviser post. See also vacancy no. 240687 "
        "for a post with a focus on institutional law.\n" + BODY * 3,
        {"reference": "240686"},
    ),
    (
        "a bulleted card: 'Position No.' is a post number, not the title; month-first dates",
        "Apply now »\n\nPROTOCOL ASSISTANT\n\nLocation: \n\nAbidjan, CI\n\n"
        "  • Position No. : 50086496 \n  • Posting Date05/09/2025 \n"
        "  • Closing Date : 05/23/2025 \n\n" + BODY * 3,
        {"reference": "50086496", "title_en": "PROTOCOL ASSISTANT", "deadline": "2025-05-23"},
    ),
    (
        "a board's pay terms glued to the next label, no amount; 'Junior Professional'",
        "Junior Professional in Payload Engineering\n\nPrimary Location\n\n Belgium-Brussels\n\n"
        "NATO Body\n\n NATO International Staff (NATO IS)\n\nSchedule\n\n Full-time\n\n"
        "  Euro (EUR) MonthlyGrade Unclassified \n\nDescription\n\n1.  SUMMARY\n\n" + BODY * 3,
        {
            "title_en": "Junior Professional in Payload Engineering",
            "salary_currency": "EUR",
            "salary_period": "month",
        },
    ),
    (
        "the notice's own numbered title among a board's labels beats the board's title",
        "Close Protection Officer , Belgium\n\nEmployer: NATO Office Of Security\n"
        "Location: Belgium-Brussels\nSalary (Pay Basis) : 3,080.47Euro (EUR) Monthly\n"
        "Close Protection Agent, Close Protection Unit-150070\nGrade C. 3\n"
        "Security Clearance: CTS\n\n1. Summary:\n" + BODY * 3,
        {"title_en": "Close Protection Agent, Close Protection Unit", "reference": "150070"},
    ),
    (
        "the Swiss Confederation's headings; a long slashed reference",
        "Juge ordinaire de langue principale française\nTribunal fédéral\n"
        "Vacancy Ref :     E-ERD/GRB/PAO/F0155/P-3/40/07-10\n"
        "Ce à quoi vous pouvez contribuer\n- Vous participez à l'établissement des arrêts.\n"
        "Ce qui vous rend unique\n- Vous avez suivi une formation juridique complète.\n",
        {
            "kind": "vacancy",
            "title_fr": "Juge ordinaire de langue principale française",
            "reference": "E-ERD/GRB/PAO/F0155/P-3/40/07-10",
        },
    ),
    (
        "un emploi de … sera vacant",
        "Journal officiel\n\nUn emploi de directeur de la Traduction juridique (grades AD 14 ou "
        "AD 15) sera vacant à la direction générale du Multilinguisme à partir du 1er février "
        "2024.\n\nLe titulaire dirige la direction. Le titulaire prépare les réunions. Le "
        "titulaire représente la direction.\n",
        {"title_fr": "directeur de la Traduction juridique"},
    ),
    (
        "a labelled row with '|' at the top is the notice's own; a lettered requisition",
        "- SEC000890 Requisition #\nLocation: London, UK\n"
        "Duration: 3 years | Salary: £62,542 per annum\nClosing Date: 25 Sep 2013\n"
        "Job Summary\n" + BODY * 3,
        {"reference": "SEC000890", "contract_type": "definite", "contract_years": 3.0},
    ),
    (
        "'la personne titulaire', 'soumettre leur candidature': a notice in Quebec's words",
        "Avis de recrutement de personnes aptes à être nommées membres\n\n"
        "Le secrétaire général invite les personnes intéressées à soumettre leur candidature "
        "afin de constituer une liste de personnes aptes à être nommées membres.\n\n"
        "Attributions\n\nLa personne titulaire peut être appelée à exercer des pouvoirs de "
        "nature juridictionnelle et d'enquête.\n",
        {"kind": "vacancy"},
    ),
    (
        "'1.SUMMARY' with no space is the first section; a lettered card line",
        "Principal Assistant, The Human Security Unit\n\n📁\nManagement and Operations Support\n"
        "📅\n241600 Requisition #\n\n1.SUMMARY\n\nThe Human Security Unit is located in the "
        "Office of the Secretary General.\n",
        {"kind": "vacancy", "reference": "241600"},
    ),
    (
        "Advert. No.: a reference label",
        "Coordinator of Working Groups\nAdvert. No.: 2020_0029\nLocation: Garching\n\n" + BODY * 3,
        {"reference": "2020_0029"},
    ),
    (
        "a list of items alternating label and value; a label's plural mark",
        "Project Officer\n\nDetails\n- Type of Contract\n- Temporary Staff\n- Grade\n- AD10\n"
        "- Location(s)\n- Brussels, Belgium\nTarget audience\n" + BODY * 3,
        {"location": "Brussels, Belgium", "grade_codes": ["AD10"]},
    ),
    (
        "a '|' table of labels and values is no pair of language columns",
        "Intitulé publication: | CIVIL AFFAIRS OFFICER, P4 |\n"
        "Intitulé code d’emploi: | Spécialiste des affaires civiles |\n"
        "Département / Bureau: | Mission des Nations Unies en République démocratique du Congo |\n"
        "Lieu d’affectation: | GOMA |\n"
        "Période de candidature: | 22 février 2021 – 08 mars 2021 |\n"
        "Staffing Exercise | N/A |\nCadre organisationnel\nCe poste est à pourvoir à la Mission. "
        "Le titulaire sera basé à Goma et fera rapport aux Chefs de Bureau.\n",
        {
            "title_en": "CIVIL AFFAIRS OFFICER",
            "title_fr": "Spécialiste des affaires civiles",
            "grade_codes": ["P4"],
            "deadline": "2021-03-08",
        },
    ),
    (
        "an unknown capital label is a header row, not the end of the value above",
        "Vacancy Announcement n°: 831775\n"
        "TITRE DU POSTE: Programme Policy Officer (School Feeding), NOB, Abidjan\n"
        "TYPE DE CONTRAT ET GRADE: Fixed-Term NOB\nDUREE: 1 an\n"
        "LIEU D'AFFECTATION (Ville, Pays): Abidjan, Côte d'Ivoire\n\n" + BODY * 3,
        {"grade_codes": ["NOB"], "reference": "831775"},
    ),
    (
        "a slashed reference and a colon before the title: no label, the title's reference",
        "ECB/041/12: Terminologist/Language Technologist\n\n\nThe unit is part of the "
        "Language Services Division.\n\nThe successful candidate will join a team of four "
        "Terminologists. The incumbent will work on several assignments.\n",
        {"reference": "ECB/041/12", "title_en": "Terminologist/Language Technologist"},
    ),
    (
        "a consultancy's length is a temporary engagement",
        "Posting Title: Consultant, Francophone Africa\nDepartment/Office: UN-Habitat\n"
        "Duty Station: NAIROBI\n\nExpected duration\n\n6 Months\n\n"
        "Duties and Responsibilities\n\n" + BODY * 3,
        {"contract_type": "temporary", "contract_years": 0.5},
    ),
    (
        "avis de recrutement du …",
        "Journal officiel\n\nAvis de recrutement du secrétaire exécutif de l'accord Pelagos\n\n"
        "Le titulaire dirige le secrétariat. Le titulaire prépare les réunions. Le titulaire "
        "représente l'accord.\n",
        {"title_fr": "secrétaire exécutif de l'accord Pelagos"},
    ),
    (
        "a French heading of the post's description",
        "Directeur régional pour la Polynésie\n\nSuva, Fiji\n\nDescriptif de fonctions\n\n"
        "La Communauté du Pacifique appuie le développement de la région depuis 1947.\n",
        {"kind": "vacancy", "title_fr": "Directeur régional pour la Polynésie"},
    ),
    (
        "recruiting sentence: the position … is vacant",
        "The position Director of the Collaboration Support Office is vacant as of 1 July 2026.\n"
        "1. POST CONTEXT AND RESPONSIBILITIES\n" + BODY * 3,
        {"title_en": "Director of the Collaboration Support Office"},
    ),
    (
        "recruiting sentence: pour le poste de …(H/F), place",
        "Avis de recrutement : PNUD recrute pour le poste de Conseiller en Développement de "
        "la Paix(H/F), Bamako, Mali\n\nDescription de l'emploi\n\nLe titulaire conseille le "
        "bureau. Le titulaire rédige des notes. Le titulaire représente le PNUD.\n",
        {
            "title_fr": "Conseiller en Développement de la Paix",
            "organisation": "PNUD",
            "location": "Bamako, Mali",
        },
    ),
    (
        "recruiting sentence on the title line, employer in the last clause",
        "Pour les besoins de ses activités au Cameroun, l'UNESCO recherche : Coordonnateur de "
        "projet Education\nLieu d'affectation: Yaoundé - Cameroun\n"
        "Clôture des candidatures (minuit heure de Paris) : 14 Mars 2025\n"
        "RESUME DES FONCTIONS DU POSTE\nLe titulaire coordonne le projet.\n",
        {
            "title_fr": "Coordonnateur de projet Education",
            "organisation": "UNESCO",
            "deadline": "2025-03-14",
        },
    ),
    (
        "a body-only excerpt that names the post's holder three times",
        "The Section deals with defence policy. The incumbent is responsible for advice on "
        "defence policy, under the supervision of the Head of Section. The incumbent drafts "
        "policy papers and the incumbent prepares briefing materials.\n",
        {"kind": "vacancy"},
    ),
    (
        "a sentence says where the post is based",
        "Identity Services Engineer\n\nSector/Unit/Division: IM/SIM\n"
        "Closing date for applications: 8 July 2025\n\nThe selected candidate will be "
        "based in Warsaw, Poland. " + BODY * 3,
        {"location": "Warsaw, Poland"},
    ),
    (
        "an invitation to apply names the employer",
        "VACANCY NOTICE\nName of the post: Senior Specialist\nReporting to: Deputy Director\n"
        "Deadline: 10 July 2015\n\nApplications are invited for this position at the "
        "European Police Office (Europol).\n" + BODY * 3,
        {"organisation": "European Police Office (Europol)"},
    ),
    (
        "a board's heading 'Title at Employer' above the notice's own title",
        "Junior Professional in Optical Payloads at European Space Agency\n"
        "Noordwijk, Netherlands\n\nDescription\n\nJunior Professional in Optical Payloads\n"
        "Job Requisition ID: 19527\nDate Posted: 15 May 2025\nClosing Date: 5 July 2025\n\n"
        + BODY
        * 3,
        {"organisation": "European Space Agency"},
    ),
    (
        "a card item that is a body's acronym",
        "Principal, Staff Legal Adviser\n\n  • Negotiable\n  • London, England, United Kingdom\n"
        "  • Contract, Part time\n  • EBRD\n  • 06 Sep 16\n\n"
        "The position is a part-time position and recruitment is for a two (2) year fixed "
        "term contract renewable once for a further period of up to three (3) years, (total "
        "maximum 5 years).\n" + BODY * 3,
        {
            "organisation": "EBRD",
            "contract_type": "definite",
            "contract_years": 2,
            "contract_renewal_years": 3,
            "contract_max_years": 5,
        },
    ),
    (
        "subsequent contracts are renewals",
        "Remote Sensing Scientist\n\nDuty Station: Darmstadt\nClosing Date: 17 November 2025\n\n"
        "The initial contract will be of 4 years' duration, with subsequent 5 year contracts "
        "being awarded thereafter.\n" + BODY * 3,
        {"contract_years": 4, "contract_renewal_years": 5},
    ),
    (
        "a column of labels without values is an empty form",
        "Expert.e en gestion civile de crises (m/f/x)\nSPF Affaires étrangères\n"
        "Code de sélection\nLangue\nDiplôme\nType de contrat\nNiveau de fonction\n"
        "Type de recrutement\nDurée\nLieu de travail\nTemps plein/temps partiel\nRésumé\n"
        "Le titulaire conseille. Le titulaire rédige. Le titulaire représente le SPF.\n",
        {"title_fr": "Expert.e en gestion civile de crises (m/f/x)", "reference": None},
    ),
    (
        "the value under a board card's item is no title",
        "REPRÉSENTANT-E, DROITS DE L'HOMME\n\nJob Overview\n\n  • Date Posted\n    mai 5, 2025\n"
        "  • Career Level\n    Officer\n\nJob Description\n\nRéférence de l'avis de vacance : "
        "257679\nDépartement/Bureau : Haut-Commissariat aux droits de l'homme\n"
        "Date limite de candidature : 15 juin 2025\n\nLe titulaire conseille. Le titulaire "
        "rédige. Le titulaire représente le bureau.\n",
        {
            "title_fr": "REPRÉSENTANT-E, DROITS DE L'HOMME",
            "organisation": "Haut-Commissariat aux droits de l'homme",
        },
    ),
    (
        "UN posting title in English, job code title in French",
        "Intitulé publication: HUMAN RIGHTS OFFICER, P4\n"
        "Intitulé code d'emploi: Spécialiste des droits de l'homme\n"
        "Lieu d'affectation: GENEVA\nPériode de candidature: 27 juin 2022 – 10 août 2022\n"
        "Cadre organisationnel\nLe titulaire conseille le Groupe. Le titulaire rédige. "
        "Le titulaire représente le HCDH.\n",
        {
            "title_en": "HUMAN RIGHTS OFFICER",
            "title_fr": "Spécialiste des droits de l'homme",
            "grade_codes": ["P4"],
            "deadline": "2022-08-10",
        },
    ),
    (
        "a post's code before the title, 'Ref. No' in a line",
        "H-4: Principal Support Officer\n\nPost N° H-4/ Ref. No 2025_00100\n\n"
        "General Qualifications\n- University degree.\n- Minimum eight years' experience.\n",
        {"title_en": "Principal Support Officer", "reference": "2025_00100"},
    ),
    (
        "a bracketed number before the title",
        "[6067] Administrative Support Services\n\nLocation: Lisbon\nGrade: B4\n"
        "Closing date: 1 June 2025\n\n" + BODY * 3,
        {"reference": "6067"},
    ),
    (
        "a grade in brackets after the posts, completing the header's",
        "Head NATO Affairs and Security Policy Section (G22)\n\nThe SPD directorate is "
        "recruiting for two senior management posts (A5) to lead its sections.\n" + BODY * 3,
        {"grade_codes": ["G22", "A5"]},
    ),
    (
        "a title with its city and a board's view counter",
        "NATO Headquarters Security Officer (HQSO) in Brussels 520 views\n\n"
        "Closing date: 1 June 2025\nGrade: G15\n\n" + BODY * 3,
        {"title_en": "NATO Headquarters Security Officer (HQSO)", "location": "Brussels"},
    ),
    (
        "an IMS notice's division names the body",
        "STAFF VACANCY 250640\nDIVISION: International Military Staff (IMS)\n"
        "Joint Intelligence & Security Division (JISD)\nTITLE: Staff Officer, Data\n"
        "GRADE: A-2/G-15\n1. Post Context:\n" + BODY * 3,
        {"organisation": "International Military Staff (IMS)", "reference": "250640"},
    ),
    (
        "a command's masthead under a PDF copy's page number and markings",
        "1\nNATO UNCLASSIFIED\nNATO UNCLASSIFIED\nSUPREME HEADQUARTERS ALLIED POWERS EUROPE\n"
        "Vacancy Number: G75/25\nJob Title: Strategic Advisor\nNATO Grade: 24\n"
        "Closing Date: Sunday 21 September 2025\n\n" + BODY * 3,
        {"organisation": "SUPREME HEADQUARTERS ALLIED POWERS EUROPE"},
    ),
    (
        "a label's value on its own line, and a sentence about the post, are no title",
        "Primary Location\nRussia-Moscow\nNATO Body\nNATO International Staff (NATO IS)\n"
        "Schedule\nFull-time\n\nThis post reports to the Director of Finance (A8)\n\n" + BODY * 3,
        {"title_en": None, "location": "Russia-Moscow", "grade_codes": []},
    ),
    (
        "an announcement for a position with an agency",
        "About the Position: This announcement is for a North Atlantic Treaty Organization "
        "(NATO) International position with the NATO Support and Procurement Agency (NSPA). "
        "Resumes are not accepted.\nSummary\n" + BODY * 3 + "Qualifications\n"
        "University degree and five years of experience.\n",
        {"organisation": "NATO Support and Procurement Agency (NSPA)"},
    ),
    (
        "an extended deadline",
        "Human Resources Officer\n\nRef. No: eu-LISA/17/CA/FGIV/7.1\nLocation: Tallinn, Estonia\n"
        "Closing date: 08 May 2017 extended until 26 May 2017\n\n" + BODY * 3,
        {"deadline": "2017-05-26"},
    ),
    (
        "a board's card date and the notice's own deadline",
        "Director, Political Affairs\n\nBrussels, Belgium\nClosing date\n1 Jul 2023\n\n"
        "Director, Political Affairs\n\nRef: 230617\n\n"
        "Application Deadline: 02-Jul-2023, 11:59:00 PM\n\n" + BODY * 3,
        {"deadline": "2023-07-02", "reference": "230617"},
    ),
    (
        "a board's empty salary slot",
        "Branch Head\n\nExpiry Date\n\n26 Apr, 26\n\nSalary\n\n0.0\n\nPosted On\n\n"
        "26 Jan, 26\n\n" + BODY * 3,
        {"salary_amount": None},
    ),
    (
        "a board's title whose job noun is less common (spokesperson)",
        "Spokesperson\n🔍 Belgium\n- 250565 Requisition #\n1. SUMMARY\n" + BODY * 3,
        {"title_en": "Spokesperson", "reference": "250565"},
    ),
    (
        "a contractor call: Requirement label; chrome of several apply buttons; a place line",
        "2024-0177 Provision of Cyber Services (NS) - FRI 28 Feb\n\nBrunssum, Limburg, "
        "Netherlands\n\nApply now Apply later\n\nDeadline Date: Friday 28 February 2025\n\n"
        "Requirement: Provision of Cyber Services\n\nLocation: Brunssum, NL\n\n" + BODY * 3,
        {"title_en": "Provision of Cyber Services", "deadline": "2025-02-28"},
    ),
    (
        "a note in brackets under the heading is no title; Post and Type of post labels",
        "(E D A)\n\nVacancy notice\n(Agency's Temporary Staff)\n\nPost: Project Officer "
        "SES/SESAR\nType of post : Temporary agent post\nGrade : AD10\nLocation: Brussels\n\n"
        + BODY
        * 3,
        {
            "title_en": "Project Officer SES/SESAR",
            "contract_type": "temporary",
            "grade_codes": ["AD10"],
        },
    ),
    (
        "a reference with slashes before the title; a flattened header's unknown label",
        "VACANCY NOTICE Ref. No: eu-LISA/17/CA/7.1 Post: Human Resources Officer "
        "Sector/Unit/Department: Human Resources and Training Unit/Resources and Administration "
        "Department Function Group/Grade: Contract Agent, FGIV Location: Tallinn, Estonia "
        "Starting date: as soon as possible Level of Security Clearance: CONFIDENTIEL UE/EU "
        "CONFIDENTIAL Closing date: 26 May 2017\n\n" + BODY * 3,
        {"title_en": "Human Resources Officer", "location": "Tallinn, Estonia"},
    ),
    (
        "a reference with slashes and a dash before the title",
        "Post: EMSA/CA/2014/05 - Project Officer for Earth Observation services\n"
        "Location: Lisbon\nClosing date for applications: 1 September 2014\n\n" + BODY * 3,
        {"title_en": "Project Officer for Earth Observation services", "location": "Lisbon"},
    ),
    (
        "a recruiting sentence is evidence of one notice",
        "This job listing has expired!\n\nNATO seeks Assistant Secretary General for Emerging "
        "Security Challenges\n\nJob Description\n\nAssistant Secretary General for Emerging "
        "Security Challenges\n\nThe Assistant Secretary General is responsible for the "
        "development and delivery of NATO's policies.\n",
        {"kind": "vacancy"},
    ),
    (
        "avis de vacance pour le poste de …",
        "Document C2021/102A/03\n\nAgence européenne — Publication d'un avis de vacance pour "
        "le poste de directeur exécutif adjoint (Agent temporaire — Grade AD 13) — "
        "COM/2021/20059\n\nPrésentation\n\nL'Agence a été créée en 2004.\n",
        {"kind": "vacancy", "title_fr": "directeur exécutif adjoint", "grade_codes": ["AD13"]},
    ),
    (
        "a grade in brackets after the post, in running text",
        "Senior Specialist\n\nThe Agency is organising a selection procedure to create a "
        "reserve list for the post of Senior Specialist in the Governance Department (AD8).\n\n"
        "Main responsibilities\n" + BODY * 3,
        {"grade_codes": ["AD8"]},
    ),
    (
        "a board card's label item above a place names no employer",
        "Officer, Country Coordinator - job post\n\n  • Location\n    Brussels, Belgium\n"
        "  • Sector\n    Non Profit\n\nPosition description\n\n" + BODY * 3,
        {"organisation": None, "location": "Brussels, Belgium"},
    ),
    (
        "a salary label whose first number is no amount",
        "Senior Multilateral Officer\n\nSalary: Salary subject to a salary scale (11 evolving "
        "annual steps): Start €75,116 - end €98,436 + 13th month\n\n" + BODY * 3,
        {"salary_amount": 75116.0, "salary_currency": "EUR"},
    ),
    (
        "a heading with no post's noun gives way to a recruiting sentence",
        "Journal officiel\n\nPROCÉDURES ADMINISTRATIVES\n\nConseil et Commission\n\n"
        "Publication d'un avis de vacance pour un poste de chef de délégation de l'Union "
        "européenne (grade AD14)\n\nLe titulaire dirige la délégation. Le titulaire "
        "représente l'Union. Le titulaire gère le personnel.\n",
        {"title_fr": "chef de délégation de l'Union européenne", "grade_codes": ["AD14"]},
    ),
    (
        "the holder as the subject of the post's duties",
        "This job has expired\n\nAssistant Secretary General, Innovation, Hybrid and Cyber\n\n"
        "Job Details\n\nThe Division provides a coordinated approach to emerging challenges.\n\n"
        "The Assistant Secretary General for Innovation, Hybrid and Cyber Division (ASG/IHC) "
        "is responsible for the development and delivery of NATO's policies.\n",
        {
            "kind": "vacancy",
            "title_en": "Assistant Secretary General, Innovation, Hybrid and Cyber",
        },
    ),
    (
        "a list item's full stop; a CDD that may become a CDI",
        "CDD 3 ans : Archiviste à Bruxelles\n\n  • Poste : Commis aux Archives.\n"
        "  • Offre : recrutement contractuel : CDD de 3 ans, évolutif en CDI.\n\n"
        "Le titulaire classe les archives. Le titulaire répond aux demandes. Le titulaire "
        "prépare les versements.\n",
        {
            "title_fr": "Commis aux Archives",
            "contract_years": 3.0,
            "contract_indefinite_possible": True,
        },
    ),
    (
        "an empty salary label above a grade line",
        "Assistant (Spectrum Management)\n\nPrimary Location: Belgium-Brussels\n\n"
        "NATO Body: International Military Staff\n\nSchedule: Full-time\n\n"
        "Salary (Pay Basis):\n\nB.5/ NATO Grade G12\n\n" + BODY * 3,
        {"salary_amount": None},
    ),
    (
        "a reference in brackets glued to the title",
        "EAST AFRICAN COMMUNITY\n\nDIRECTOR OF TRADE(REF: EAC/HR/2013/57)\n\n" + BODY * 3,
        {"reference": "EAC/HR/2013/57", "title_en": "DIRECTOR OF TRADE"},
    ),
    (
        "a recruitment notice's number",
        "Journal officiel de l'Union européenne\n\nAVIS DE RECRUTEMENT PE/185/S\n\n"
        "AGENT TEMPORAIRE CHARGÉ DE RELATIONS PUBLIQUES (AD 5)\n\nLe titulaire assure les "
        "relations publiques. Le titulaire rédige des notes. Le titulaire organise des visites.\n",
        {"reference": "PE/185/S", "title_fr": "AGENT TEMPORAIRE CHARGÉ DE RELATIONS PUBLIQUES"},
    ),
    (
        "a label of any wording whose head word follows an elided de",
        "ASSISTANT AU SUIVI\n\nTITRE DU POSTE : ASSISTANT AU SUIVI\nTYPE DE CONTRAT : GS5\n"
        "POSTE D'AFFECTATION (Ville, Pays) : KANGA BANDORO / RCA\nDURÉE : 12 MOIS\n\n"
        "Le titulaire suit les projets. Le titulaire rédige des rapports. Le titulaire "
        "organise les visites.\n",
        {"location": "KANGA BANDORO / RCA"},
    ),
    (
        "a PDF table's borders between labels and values",
        "Coordinator, Public Disclosure B.5\nSTAFF VACANCY N° B 18(2012)\nLOCATION:\n|\n"
        "NATO Headquarters, Brussels, Belgium\n|\n|\nTITLE\n|\nCoordinator, Public Disclosure\n"
        "|\n|\nGRADE\n|\nB.5\n|\n|\n1. SUMMARY\n" + BODY * 3,
        {
            "title_en": "Coordinator, Public Disclosure",
            "location": "NATO Headquarters, Brussels, Belgium",
            "grade_codes": ["B5"],
            "reference": "B 18(2012)",
        },
    ),
    (
        "an en dash for the colon; a reference after the title with a suffix",
        "Description du poste :\nDescription\nAgent de classification adjoint – 25023-FT\n"
        "Niveau – P2\n"
        "Durée du contrat – 2 ans *\nLieu d'affectation\n: CH-Genève\n\n"
        "Le titulaire classe les marques. Le titulaire révise les classifications. Le "
        "titulaire participe aux réunions.\n",
        {
            "title_fr": "Agent de classification adjoint",
            "reference": "25023-FT",
            "grade_codes": ["P2"],
            "contract_years": 2.0,
        },
    ),
    (
        "Ref. before a code; a function group in brackets after the title",
        "ENISA - European Network and Information Security Agency\n\nAdministrative Assistant "
        "(FG III)\n\nAthens, Greece\n\nRef. ENISA-CA02-III-2017-01\n\n" + BODY * 3,
        {"title_en": "Administrative Assistant", "reference": "ENISA-CA02-III-2017-01"},
    ),
    (
        "a bare dollar sign on a Canadian notice",
        "Commissaires à temps partiel\n\nGouvernement du Canada\n\nRémunération : 211 300 $ - "
        "248 500 $/année\n\nLe titulaire préside les audiences. Le titulaire rédige les "
        "décisions. Le titulaire représente la Commission.\n",
        {"salary_amount": 211300.0, "salary_currency": "CAD"},
    ),
    (
        "a bare dollar sign elsewhere",
        "Program Assistant\n\nSalary: $36,108 per year\n\n" + BODY * 3,
        {"salary_currency": "USD"},
    ),
    (
        "a project's title and partner are not the post's; the announcing body",
        "We are looking for a Local Expert\n\nTHE NATO-GEORGIA PROFESSIONAL DEVELOPMENT PROGRAMME "
        "is pleased to announce an opening for the position of Local Expert.\n\nProject title: "
        "Fostering the Mechanisms of Secondment\nPartner organisation: Civil Service Bureau\n"
        "Type of employment: Short term consultancy contract\n\n" + BODY * 3,
        {
            "title_en": "Local Expert",
            "organisation": "NATO-GEORGIA PROFESSIONAL DEVELOPMENT PROGRAMME",
        },
    ),
    (
        "a page title's site name",
        "Language/Administrative Assistant (Albanian) | ReliefWeb\n\nReporting Line:\n\n"
        + BODY * 3,
        {"title_en": "Language/Administrative Assistant (Albanian)"},
    ),
    (
        "an announcement heading whose value is the post",
        "Appel à candidatures : Chargé supérieur de projet (Consultant)\n\nLa date limite de "
        "soumission des candidatures est fixée au 10 février 2023.\n\nIntroduction\n\n"
        "L'Association est un forum de dialogue politique sur l'éducation.\n",
        {"kind": "vacancy", "title_fr": "Chargé supérieur de projet (Consultant)"},
    ),
    (
        "an announcement heading whose value is a sentence is no title",
        "Avis de recrutement : INTERPOL recrute un Coordonnateur des opérations à Abidjan\n\n"
        "Le titulaire coordonne les opérations. Le titulaire rédige des rapports. Le titulaire "
        "représente l'organisation.\n",
        {"title_fr": "Coordonnateur des opérations"},
    ),
    (
        "a board's employer line naming an association; a reference label with its number",
        "Assistant Director General Legal Affairs Division\nAssociation of Southeast Asian "
        "Nations (ASEAN)\nFull-time\nJob Description\nJob Reference Number :\nGLAD/ADR/002\n"
        "Job Title :\nAssistant Director General Legal Affairs Division\n\n" + BODY * 3,
        {
            "reference": "GLAD/ADR/002",
            "organisation": "Association of Southeast Asian Nations (ASEAN)",
        },
    ),
    (
        "a French call for applications number",
        "Administrateur juriste\n\nAPPEL À CANDIDATURES N° CJ AP 56/25\n\n"
        "Lieu d'affectation : Luxembourg\nDate limite : 5 janvier 2026\n\n"
        "La Cour organise une procédure de sélection. Le titulaire du poste assiste les juges. "
        "Le titulaire rédige des notes. Le titulaire participe aux réunions.\n",
        {"reference": "CJ AP 56/25", "deadline": "2026-01-05"},
    ),
    (
        "a recruitment notice 'au poste de' in capitals names its post",
        "AVIS DE RECRUTEMENT AU POSTE D’EXPERT EN CHARGE DE LA COOPERATION (CIMIC) A L’UNITE "
        "DE COORDINATION RÉGIONALE\nLa Commission du Bassin du Lac Tchad (CBLT) a été créée "
        "en 1964. Le titulaire du poste coordonne les activités. Le titulaire rédige des "
        "rapports.\n",
        {"kind": "vacancy", "title_fr": "EXPERT EN CHARGE DE LA COOPERATION"},
    ),
    (
        "a Coordinated Organisations' post classified in a sentence",
        "RF Payload Engineer\n\nLocation\nESTEC, Noordwijk, Netherlands\n\nThis is a "
        "non-renewable post for a limited duration until 31 December 2026 and is classified "
        "A2–A4 on the Coordinated Organisations' salary scale.\n\n" + BODY * 2,
        {"grade_codes": ["A2", "A4"], "contract_type": "definite"},
    ),
    (
        "four digits in brackets after a board's title are its number, a year is not",
        "Portfolio Officer - Middle Office (6063)\n\nBeijing\n\n  • Organization: AIIB\n"
        "  • Location: Beijing\n\n" + BODY * 3,
        {"reference": "6063", "title_en": "Portfolio Officer - Middle Office"},
    ),
    (
        "a year in brackets after a title is no reference",
        "Research Officer (2015)\n\nLocation: Rome\nDeadline: 5 May 2015\n\n" + BODY * 3,
        {"reference": None},
    ),
    (
        "a count of one title's places is no enumeration of posts",
        "L'AMBASSADE DES ETATS-UNIS recrute pour ces 3 postes (24 janvier 2026)\n\n"
        "Titre du Poste : Assistant(e) Visa (Ouvert à tous les candidats intéressés (03 postes)\n\n"
        "Lieu du Travail : Ghana\n\nDate de Soumission : 06/02/2026\n\n"
        "Le titulaire du poste traite les demandes de visa.\n",
        {"kind": "vacancy", "title_fr": "Assistant(e) Visa", "deadline": "2026-02-06"},
    ),
    (
        "the gazette's inverted form names the vacant post",
        "Est susceptible d'être vacant au ministère des affaires étrangères un emploi "
        "budgétaire de chef de service.\nCet emploi est affecté à la direction des Français à "
        "l'étranger où le titulaire de l'emploi occupe les fonctions de chef du service.\n",
        {"kind": "vacancy", "title_fr": "chef de service"},
    ),
    (
        "a section heading 'The Organisation' names no employer",
        "Project Coordinator\n\nThe Organisation\n\nPlan International is an independent "
        "development organisation.\n\nLocation: Port-au-Prince\nDeadline: 5 March 2026\n\n"
        + BODY
        * 3,
        {"organisation": None, "location": "Port-au-Prince"},
    ),
    (
        "a colonless capitals label row is no body's name",
        "VACANCY ANNOUNCEMENT\n\nDEADLINE FOR APPLICATIONS 30 November 2011\nJOB TITLE "
        "Professional Officers\nAREA OF ACTIVITY Department of Political Affairs of the General "
        "Secretariat\nDUTY STATION Jeddah\n\n" + BODY * 3,
        {"organisation": None, "deadline": "2011-11-30"},
    ),
    (
        "a requisition's headline: post, grade, place, number and appointment",
        "Health & Nutrition Officer, NOB, Agadez, Niger #128438 (Temporary: 364 days)\n\n"
        "negotiable / YEAR\n\nJOB DETAIL\n\nUNICEF works in some of the world's toughest "
        "places.\n\n" + BODY * 2,
        {
            "kind": "vacancy",
            "title_en": "Health & Nutrition Officer",
            "grade_codes": ["NOB"],
            "location": "Agadez, Niger",
            "reference": "128438",
        },
    ),
    (
        "a competition for several posts gives every post's grade",
        "Defence Planning Expert (3 posts)\n\nApplication Deadline: October 13, 2024\n\n"
        "SUMMARY:\n\nThrough this competition, the NATO International Staff seeks to identify "
        "qualified applicants for the 3 similar positions below:\n\n  • Defence Planning "
        "Expert (G20);\n\n  • Defence Planning Expert (G17-G20).\n\n" + BODY * 3,
        {"grade_codes": ["G20", "G17"]},
    ),
    (
        "a year's requisition number heads the page above a labelled title",
        "2024-0177 Provision of Cyber Technician Services (NS) - FRI 28 Feb\n\nBrunssum, "
        "Limburg, Netherlands\n\nDeadline Date: Friday 28 February 2025\n\nRequirement: "
        "Provision of Cyber Technician Services\n\nLocation: Brunssum, NL\n\n" + BODY * 3,
        {"reference": "2024-0177", "deadline": "2025-02-28"},
    ),
    (
        "a deadline glued to a board's line; a start date is none",
        "Security Accreditation Support\n\nBrussels BE\n\nYou will be updated with latest job "
        "alerts via emailDeadline Date: Tuesday 18 March 2025\n\nRequired Start Date: No Later "
        "Than 28 April 2025\n\n" + BODY * 3,
        {"deadline": "2025-03-18"},
    ),
    (
        "an organisation unit label is no employer; the body inviting candidates is",
        "Job ID: 13161\nDepartment: EMPLOYMENT\nOrganization Unit: SKILLS\nLocation: Geneva\n"
        "Contract type: Fixed Term\n\nIn order to support the filling of the present vacancy by "
        "direct selection, the ILO invites interested candidates to submit their candidature.\n\n"
        + BODY
        * 3,
        {"organisation": "ILO", "location": "Geneva"},
    ),
    (
        "one title printed in both languages is split between them",
        "Operations Manager / Chef des opérations\n\nLocation: Midhurst\nDeadline: 5 March "
        "2026\n\nThe Operations Manager leads the team. " + BODY * 3,
        {"title_en": "Operations Manager", "title_fr": "Chef des opérations"},
    ),
    (
        "the post named as placed in its unit",
        "This selection procedure is intended to establish a reserve list of successful "
        "candidates.\nThe post of Senior Specialist – Head of Team – Deployment Management & "
        "Support is located in the Operational Centre, Operations Directorate.\n" + BODY,
        {
            "kind": "vacancy",
            "title_en": "Senior Specialist – Head of Team – Deployment Management & Support",
        },
    ),
    (
        "an opening quote before a quoted name stays; after a letter it is an apostrophe",
        "Project Coordinator – ‘African Futures’\n\nRef.: EUISS (2016) TEMP/SEC 001\n\nThe "
        "EUISS is seeking to recruit a Project Coordinator for l‘Afrique.\n\n" + BODY * 3,
        {"title_en": "Project Coordinator – ‘African Futures’"},
    ),
    (
        "a table's rows: a cell's bar stands for the colon of labels not listed",
        "HR Officer\n\n| Vacancy Number | VA26P001V01 |\n| Grade | IP3 |\n| Compensation | "
        "Monthly net-base salary: 5,092.00 EUR |\n| Duration of Assignment | 24 months (Staff "
        "contract) |\n\n" + BODY * 3,
        {"salary_amount": 5092.0, "salary_currency": "EUR", "contract_years": 2},
    ),
    (
        "a contractor requisition: its coded number before the title, its requester",
        "#NC26NES189191 - NSATU Cyber Boundary Protection Level 3 Support\nDeadline: June 3, "
        "2026\nRequester: NATO\nLocation: Wiesbaden, Germany\nJob type: Contractor\n\n" + BODY * 3,
        {"reference": "NC26NES189191", "organisation": "NATO", "deadline": "2026-06-03"},
    ),
]


def _kind_and_signs(page: str) -> tuple[str, set[str]]:
    record = parse_text(page).record
    return record.kind, {e.sign for e in record.kind_evidence}


@pytest.mark.parametrize(("text", "expected"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_shape(text: str, expected: dict[str, Any]) -> None:
    flat = parse_text(text).flat.model_dump()
    assert {key: flat[key] for key in expected} == expected


@pytest.mark.parametrize(
    "heading",
    [
        "How to apply",
        "Programme des assistants de recherche",
        "Young Professionals Programme",
        "List of proposed assignments · ideal candidate profile",
    ],
)
def test_a_page_headed_by_a_topic_about_jobs_is_not_a_notice(heading: str) -> None:
    page = (
        f"{heading}\n\nThe application file must include a detailed curriculum vitae.\n\n"
        "Recruitment conditions\n\n  • be a national of an EU Member State;\n"
        "Candidates must possess a university degree. Interested candidates should apply "
        "online before the closing date.\n"
    )
    kind, signs = _kind_and_signs(page)
    assert "topic_heading" in signs
    assert kind == "not_vacancy"


def test_a_careers_faq_naming_grades_in_general_is_not_a_notice() -> None:
    page = (
        "Does the OSCE provide internship opportunities? How do I apply to become an intern?\n"
        "Applicants for positions at the Professional (P) and Director (D) category are "
        "required to have a university degree. For Directors (D1/D2) the maximum is four "
        "years. Interested candidates should apply online.\n"
    )
    kind, signs = _kind_and_signs(page)
    assert kind == "not_vacancy"
    assert "post_title" not in signs


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("The Head, Policy Section (HPS) is responsible for the team.", "Head, Policy Section"),
        ("NSPA's General Manager is directly responsible to the Board.", "General Manager"),
        ("Le Chef de section est chargé de la coordination.", "Chef de section"),
        ("The Division is responsible for policy.", None),
        ("As Legal Officer, you will draft contracts.", "Legal Officer"),
        ("En tant que Chargé de programme, vous serez basé à Dakar.", "Chargé de programme"),
        (
            "Reporting to the Head of Division (LAD), the Protocol Coordinator provides support.",
            "Protocol Coordinator",
        ),
        ("As a result, you will see the change.", None),
    ],
)
def test_the_holder_as_the_subject_of_the_duties(sentence: str, post: str | None) -> None:
    from vacancy_parser.layout._signs import holder_sentence

    assert holder_sentence(sentence) == post


def test_numbered_posts_are_a_listing() -> None:
    page = (
        "UNOCHA Staff Recruitment\n\nThe portal opens. Interested candidates should apply.\n\n"
        "1). Job Title: Humanitarian Affairs Officer (TJO)\nLocation: Maiduguri\nGrade: P4\n"
        "Deadline: 15 May 2024\n\n2). Job Title: Associate Officer\nLocation: Abuja\n"
    )
    kind, signs = _kind_and_signs(page)
    assert "enumerated_posts" in signs
    assert kind == "not_vacancy"


def test_a_body_that_places_the_post_in_units_counts_for_a_notice() -> None:
    page = (
        "Within the Operations Division, the Defence Capacity Building Section supports "
        "partners. The Section sits in the Cooperation Directorate.\n"
    )
    assert "unit_vocabulary" in _kind_and_signs(page)[1]


@pytest.mark.parametrize(
    "heading",
    ["Mission", "Missions", "Missions du poste", "About this role", "Tâches"],
)
def test_a_board_heading_opens_a_section(heading: str) -> None:
    page = f"Legal Expert\n\n{heading}\n\nWithin a small team, you solve legal issues.\n"
    _, signs = _kind_and_signs(page)
    assert "sections" in signs


def test_a_post_recruited_in_capitals_loses_its_article() -> None:
    from vacancy_parser.layout._signs import recruited_post

    found = recruited_post("L'OMS RECRUTE UN CONSULTANT NATIONAL POUR L'APPUI A LA VACCINATION")
    assert found is not None and found[0].startswith("CONSULTANT NATIONAL")


def test_a_post_put_to_competition_is_recruited() -> None:
    from vacancy_parser.layout._signs import recruited_post

    found = recruited_post("L’Université met au concours un poste de\n\nDirecteur des études (80%)")
    assert found is not None and found[0] == "Directeur des études"


def test_a_salary_table_heading_is_a_topic() -> None:
    _, signs = _kind_and_signs("Minimum Net Salary Table\n\nA Facility Operator €2,484.00\n")
    assert "topic_heading" in signs


def test_a_post_title_is_no_topic_heading() -> None:
    assert "topic_heading" not in _kind_and_signs("Programme Officer\n\n" + BODY * 3)[1]


def test_a_page_that_names_the_holder_twice_is_not_a_notice_by_that_alone() -> None:
    twice = parse_text(
        "The Section deals with defence policy. The incumbent gives advice on defence policy to "
        "the Head of Section. The incumbent drafts policy papers.\n"
    ).record
    assert "post_holder" not in {e.sign for e in twice.kind_evidence}
    assert twice.kind == "not_vacancy"


def test_a_list_of_other_documents_ends_where_the_document_text_resumes() -> None:
    from vacancy_parser.sources.arrange import arrange

    text = (
        "Staff Assistant\n\nSimilar documents\nVacancy Notice A\n\nVacancy Notice B\n\n"
        "The incumbent will support the Section.\nS/he will draft minutes.\n"
    )
    arranged = arrange(text)
    assert arranged is not None
    assert "Vacancy Notice" not in arranged[0]
    assert arranged[0].startswith("Staff Assistant\n\n")
    assert arranged[0].endswith(
        "The incumbent will support the Section.\nS/he will draft minutes.\n"
    )
