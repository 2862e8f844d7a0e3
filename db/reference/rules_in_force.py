#!/usr/bin/env python3
"""Reference data of the migration RulesInForce: the whole NOC 2021, IRCC's exemption codes, pathways kept apart from
codes, and every program's rules with the days they are in force.

Writes db/seed/<provider>/rules_in_force.sql for sqlite, postgres and sqlserver from:
    noc2021-unit-groups.csv   Statistics Canada, NOC 2021 Version 1.0 unit groups (code, English and French titles, TEER)
    imp-exemption-codes.csv   IRCC, International Mobility Program LMIA exemption codes (after the 15 December 2022
                              renumbering), each with the IRCC page (or republication) it was confirmed on
                              (see README.md beside this file for the provenance of both files)
and the rule sets below.

Run:  python3 db/reference/rules_in_force.py
The migration has landed once a database has run it: a later change to this data is a new migration.
"""
import csv
import os
import uuid

from generate import DB, HERE, Dialect, insert

ATLANTIC = "NB,NS,PE,NL"
NS = uuid.UUID("6f1c2a4e-8b0d-4c55-9a61-2f7f0d3b9e10")  # rule-set ids are stable: uuid5(NS, code + first day)

# Exemption codes the portal had before, whose names and descriptions stay as they are.
EXISTING_CODES = {"C10", "C11", "C12", "C16", "C18", "C20", "T36", "T37", "T38", "C88"}

GENERIC_FROM = "2022-12-15"
GENERIC_SOURCE = "IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)"

STATUS_SOURCE = {
    "confirmed-current": "IRCC program delivery instructions (canada.ca)",
    "confirmed-via-copy": "IRCC program delivery update, as republished verbatim",
    "secondary-source": "IRCC exemption code table as republished by third parties; not confirmed on canada.ca",
    "confirmed-older-page": "IRCC instructions before 2022; not confirmed since",
    "older-code-may-have-changed": "IRCC's CETA pages say the code has changed; the new code is not confirmed",
    "retired": "IRCC: retired code",
}


def rule(code, first, source, last=None, eligible=None, expedited=None, indeterminate=None, months=None, hours=None,
         non_seasonal=False, participating=False, provinces=None, excluded=None, citizenships=None,
         designation=False, endorsement=False, occupation_list=False):
    return dict(Id=str(uuid.uuid5(NS, code + first)), ProgramCode=code, EffectiveFrom=first, EffectiveTo=last,
                Source=source, EligibleTeers=eligible, ExpeditedTeers=expedited, IndeterminateTeers=indeterminate,
                MinimumDurationMonths=months, MinimumHoursPerWeek=hours, RequiresNonSeasonal=non_seasonal,
                RequiresParticipatingEmployer=participating, RequiredProvinces=provinces, ExcludedProvinces=excluded,
                RequiredCitizenships=citizenships, RequiresDesignation=designation, RequiresEndorsement=endorsement,
                UsesOccupationList=occupation_list)


# Rules beyond "the code exists": each with the publication it comes from and the day it took effect.
SPECIFIC_RULES = [
    # Mobilite francophone: outside Quebec; NOC 0, A, B until 14 June 2023, every TEER (except primary agriculture,
    # which the portal cannot tell from the code) from 15 June 2023 under R205(c)(ii).
    rule("C16", "2016-06-01", "IRCC, Mobilité francophone (C16) instructions", last="2023-06-14", eligible="0,1,2,3", excluded="QC"),
    rule("C16", "2023-06-15", "IRCC program delivery update, 15 June 2023: Mobilité francophone under R205(c)(ii)", eligible="0,1,2,3,4,5", excluded="QC"),
    # Atlantic: the employer designated in the work province and the worker endorsed by it.
    rule("C18", "2017-03-06", "IRCC, Atlantic Immigration Pilot: work permits under C18 (operational bulletins 2017-2018)",
         provinces=ATLANTIC, designation=True, endorsement=True),
    rule("T36", GENERIC_FROM, "IRCC, CUSMA program delivery instructions (2024)", citizenships="USA,MEX"),
    rule("T37", GENERIC_FROM, "IRCC, CUSMA program delivery instructions (2024)", citizenships="USA,MEX"),
    rule("T38", GENERIC_FROM, "IRCC, CUSMA program delivery instructions (2024)", citizenships="USA,MEX"),
    rule("C88", "2023-06-27", "IRCC, Innovation Stream of the International Mobility Program: Global Hypergrowth Project",
         eligible="0,1,2,3", expedited="0,1", participating=True),
    # Pathways.
    rule("ATP", "2022-11-16", "Alberta Advantage Immigration Program, Accelerated Tech Pathway (its first 23 NOC 2016 occupations, as NOC 2021 groups)",
         provinces="AB", occupation_list=True),
    rule("AINP-ENG", "2014-06-20", "Alberta Immigrant Nominee Program, Strategic Recruitment Stream (20 June 2014)",
         provinces="AB", occupation_list=True),
    rule("AINP-PGW", "2014-06-20", "Alberta Immigrant Nominee Program, Strategic Recruitment Stream (20 June 2014)",
         provinces="AB", eligible="0,1,2,3,4", hours="30"),
    rule("BCTECH", GENERIC_FROM, "BC Provincial Nominee Program, BC PNP Tech: job offer of at least one year",
         provinces="BC", months=12),
    # Annex A of the Atlantic Immigration Pilot employer guide (2017), until the pilot closed.
    rule("AIP-HS", "2017-03-06", "Atlantic Immigration Pilot, employer guide, Annex A (2017)", last="2021-12-31",
         eligible="0,1,2,3", months=12, hours="30", provinces=ATLANTIC, designation=True),
    rule("AIP-IS", "2017-03-06", "Atlantic Immigration Pilot, employer guide, Annex A (2017)", last="2021-12-31",
         eligible="0,1,2,3,4", indeterminate="0,1,2,3,4", hours="30", provinces=ATLANTIC, designation=True),
    rule("AIP-IG", "2017-03-06", "Atlantic Immigration Pilot, employer guide, Annex A (2017)", last="2021-12-31",
         eligible="0,1,2,3,4", months=12, hours="30", provinces=ATLANTIC, designation=True),
    # The permanent program: full-time (30 hours or more), non-seasonal; TEER 0-3 at least one year, TEER 4 permanent.
    rule("AIP", "2022-03-06", "IRCC, Atlantic Immigration Program: job offers from designated employers",
         eligible="0,1,2,3,4", indeterminate="4", months=12, hours="30", non_seasonal=True, provinces=ATLANTIC, designation=True),
]

# Codes whose only rule is that they are an IRCC code in force (no rule set for retired or unconfirmed codes).
NO_GENERIC_RULES = {"C12"}

PROGRAM_CHANGES = [
    # (code, name, kind, description, is_active, sort_order); None keeps the value.
    ("BCTECH", "BC PNP Tech", None,
     "Provincial nomination (BC Provincial Nominee Program, BC PNP Tech, formerly the BC Tech Pilot) for workers in "
     "eligible tech occupations with a job offer in British Columbia of at least one year, with at least 120 days "
     "remaining when the worker applies.", None, None),
    ("AIP-HS", None, None, None, False, None),
    ("AIP-IS", None, None, None, False, None),
    ("AIP-IG", None, None, None, False, None),
    ("GTS-A", None, None,
     "Global Talent Stream, category A: LMIA-based, so neither an exemption code nor an offer of the Employer Portal. "
     "Kept for the offers recorded under it; offers cannot choose it.", False, None),
    ("GTS-B", None, None,
     "Global Talent Stream, category B: LMIA-based, so neither an exemption code nor an offer of the Employer Portal. "
     "Kept for the offers recorded under it; offers cannot choose it.", False, None),
    ("C12", None, None,
     "Intra-company transferees: retired on 15 December 2022, replaced by C61, C62 and C63. Kept for the offers "
     "recorded under it; offers cannot choose it.", False, None),
]

NEW_PATHWAYS = [
    ("AIP", "Atlantic Immigration Program", "FederalRoute",
     "The permanent Atlantic Immigration Program (applications from 6 March 2022), which replaced the pilot's three "
     "classes: a full-time (30 hours a week or more), non-seasonal job offer from an employer designated in the "
     "Atlantic province; TEER 0 to 3 for at least one year, TEER 4 permanent. The offer goes under code C18 with the "
     "province's endorsement.", 165),
]


def read_csv(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def check(occupations, codes):
    assert len(occupations) == 516 and len({o["code"] for o in occupations}) == 516
    for o in occupations:
        assert len(o["code"]) == 5 and o["code"].isdigit() and int(o["teer"]) == int(o["code"][1]), o
        assert 0 < len(o["title_en"]) <= 300 and 0 < len(o["title_fr"]) <= 300, o
    assert len({c["code"] for c in codes}) == len(codes)
    firsts = [(r["ProgramCode"], r["EffectiveFrom"]) for r in SPECIFIC_RULES]
    assert len(firsts) == len(set(firsts))


def render(d, occupations, codes):
    out = ["-- Rules in force: NOC 2021 V1.0 in full, IRCC exemption codes, pathways and rule sets with their days.",
           "-- Generated by db/reference/rules_in_force.py; edit the data there.", ""]
    t = d.name_of

    out.append("-- Occupations: every NOC 2021 unit group; a code already present keeps its title and gets its French title.")
    for o in occupations:
        values = [d.text(o["code"]), d.text(o["title_en"]), d.text(o["title_fr"]), d.integer(o["teer"]), "NULL", "NULL", d.boolean(True)]
        cols = ["Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive"]
        if d.name == "sqlserver":
            out.append(f"IF EXISTS (SELECT 1 FROM {t('Occupations')} WHERE {t('Code')} = {d.text(o['code'])}) "
                       f"UPDATE {t('Occupations')} SET {t('TitleFr')} = {d.text(o['title_fr'])} WHERE {t('Code')} = {d.text(o['code'])} "
                       f"ELSE {insert(d, 'Occupations', cols, values)}")
        else:
            out.append(insert(d, "Occupations", cols, values)[:-1] +
                       f' ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";')
    out.append("")

    out.append("-- Exemption codes: the portal's codes get their regulation and source; the others are added.")
    new = sorted((c for c in codes if c["code"] not in EXISTING_CODES), key=lambda c: c["code"])
    for c in codes:
        source = STATUS_SOURCE[c["status"]]
        employer_specific = c["employer_specific"] != "no"
        if c["code"] in EXISTING_CODES:
            out.append(f"UPDATE {t('Programs')} SET {t('Regulation')} = {d.text(c['regulation'])}, {t('Source')} = {d.text(source)}, "
                       f"{t('EmployerSpecific')} = {d.boolean(employer_specific)} WHERE {t('Code')} = {d.text(c['code'])};")
    for i, c in enumerate(new):
        source = STATUS_SOURCE[c["status"]]
        active = c["status"] not in ("retired", "older-code-may-have-changed")
        description = c["notes"].rstrip(".") + "." if c["notes"] else c["name"] + "."
        cols = ["Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder"]
        values = [d.text(c["code"]), d.text(f"{c['name']} ({c['code']})"), d.text("ExemptionCode"), d.text(description), d.text(source),
                  d.text(c["regulation"]), d.boolean(c["employer_specific"] != "no"), d.boolean(active), d.integer(200 + i * 10)]
        if d.name == "sqlserver":
            out.append(f"IF NOT EXISTS (SELECT 1 FROM {t('Programs')} WHERE {t('Code')} = {d.text(c['code'])}) {insert(d, 'Programs', cols, values)}")
        else:
            out.append(insert(d, "Programs", cols, values)[:-1] + ' ON CONFLICT ("Code") DO NOTHING;')
    out.append("")

    out.append("-- Pathways: kept apart from codes; the pilot's classes and the LMIA-based Global Talent Stream no longer take offers.")
    for code, name, kind, description, sort in NEW_PATHWAYS:
        cols = ["Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder"]
        values = [d.text(code), d.text(name), d.text(kind), d.text(description), d.text("IRCC, Atlantic Immigration Program"), "NULL",
                  d.boolean(True), d.boolean(True), d.integer(sort)]
        if d.name == "sqlserver":
            out.append(f"IF NOT EXISTS (SELECT 1 FROM {t('Programs')} WHERE {t('Code')} = {d.text(code)}) {insert(d, 'Programs', cols, values)}")
        else:
            out.append(insert(d, "Programs", cols, values)[:-1] + ' ON CONFLICT ("Code") DO NOTHING;')
    for code, name, kind, description, active, sort in PROGRAM_CHANGES:
        sets = []
        if name is not None: sets.append(f"{t('Name')} = {d.text(name)}")
        if kind is not None: sets.append(f"{t('Kind')} = {d.text(kind)}")
        if description is not None: sets.append(f"{t('Description')} = {d.text(description)}")
        if active is not None: sets.append(f"{t('IsActive')} = {d.boolean(active)}")
        if sort is not None: sets.append(f"{t('SortOrder')} = {d.integer(sort)}")
        out.append(f"UPDATE {t('Programs')} SET {', '.join(sets)} WHERE {t('Code')} = {d.text(code)};")
    out.append("")

    out.append("-- Rule sets: each program's rules with the first (and, when they ended, last) day they are in force.")
    specific = {r["ProgramCode"] for r in SPECIFIC_RULES}
    generic = [rule(c["code"], GENERIC_FROM, GENERIC_SOURCE) for c in codes
               if c["code"] not in specific and c["code"] not in NO_GENERIC_RULES and c["status"] not in ("retired", "older-code-may-have-changed")]
    cols = ["Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers",
            "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces",
            "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList"]
    for r in SPECIFIC_RULES + generic:
        out.append(insert(d, "ProgramRuleSets", cols, [
            d.uuid(r["Id"]), d.text(r["ProgramCode"]), d.date(r["EffectiveFrom"]), "NULL" if r["EffectiveTo"] is None else d.date(r["EffectiveTo"]),
            d.text(r["Source"]), d.text(r["EligibleTeers"]), d.text(r["ExpeditedTeers"]), d.text(r["IndeterminateTeers"]),
            d.integer(r["MinimumDurationMonths"]), "NULL" if r["MinimumHoursPerWeek"] is None else d.decimal(r["MinimumHoursPerWeek"]),
            d.boolean(r["RequiresNonSeasonal"]), d.boolean(r["RequiresParticipatingEmployer"]), d.text(r["RequiredProvinces"]),
            d.text(r["ExcludedProvinces"]), d.text(r["RequiredCitizenships"]), d.boolean(r["RequiresDesignation"]),
            d.boolean(r["RequiresEndorsement"]), d.boolean(r["UsesOccupationList"])]))
    return "\n".join(out) + "\n"


def main():
    occupations = read_csv("noc2021-unit-groups.csv")
    codes = read_csv("imp-exemption-codes.csv")
    check(occupations, codes)
    for provider in ("sqlite", "postgres", "sqlserver"):
        path = os.path.join(DB, "seed", provider, "rules_in_force.sql")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(render(Dialect(provider), occupations, codes))
        print("wrote", os.path.relpath(path, os.path.dirname(DB)))


if __name__ == "__main__":
    main()
