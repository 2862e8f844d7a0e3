#!/usr/bin/env python3
"""Seeds benchmark data straight into the portal's database: ORGS organizations (the signed-in one included)
with OFFERS_PER_ORG offers each, spread over statuses, programs and a year of creation dates.

    seed.py sqlite PATH_TO_DB ORG_ID ORGS OFFERS_PER_ORG
    seed.py postgres PSQL_CONNINFO ORG_ID ORGS OFFERS_PER_ORG     (runs psql)
"""
import sqlite3
import subprocess
import sys

provider, target, org_id, orgs, per_org = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
statuses = ["Draft", "Submitted", "FeeRecorded", "NumberReceived", "NumberGiven", "Withdrawn"]
programs = ["C10", "C11", "C12", "C16", "C18", "C20", "T36"]
occupations = ["21231", "21232", "21211", "20012", "21234"]

# One statement per table, generated row by row in the database itself (a recursive CTE or generate_series).
if provider == "sqlite":
    db = sqlite3.connect(target)
    db.execute("PRAGMA foreign_keys = OFF")
    uid = "upper(hex(randomblob(4))||'-'||hex(randomblob(2))||'-7'||substr(hex(randomblob(2)),2)||'-8'||substr(hex(randomblob(2)),2)||'-'||hex(randomblob(6)))"
    db.execute(f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < {orgs - 1})
        INSERT INTO "Organizations" ("Id","LegalName","OperatingName","BusinessNumber","Phone","PrimaryContactName","PrimaryContactEmail","RegisteredAtUtc","City","AddressLine1","AddressLine2","PostalCode","Province")
        SELECT {uid}, 'Bench Org '||i, NULL, printf('%09d', 100000000+i), '902-555-0100', 'Bench', 'bench'||i||'@example.test', '2025-01-01 00:00:00', 'Halifax', '1 Bench St', NULL, 'B3H 1A1', 'NS' FROM n""")
    org_ids = [org_id] + [r[0] for r in db.execute("SELECT \"Id\" FROM \"Organizations\" WHERE \"LegalName\" LIKE 'Bench Org %'")]
    user = db.execute("SELECT \"UserId\" FROM \"Memberships\" WHERE \"OrganizationId\" = ?", (org_id,)).fetchone()[0]
    db.execute("CREATE TEMP TABLE o(id TEXT, k INTEGER)")
    db.executemany("INSERT INTO o VALUES (?, ?)", [(o, k) for k, o in enumerate(org_ids)])
    st = "CASE i % 6 " + " ".join(f"WHEN {k} THEN '{s}'" for k, s in enumerate(statuses)) + " END"
    pr = "CASE i % 7 " + " ".join(f"WHEN {k} THEN '{s}'" for k, s in enumerate(programs)) + " END"
    oc = "CASE i % 5 " + " ".join(f"WHEN {k} THEN '{s}'" for k, s in enumerate(occupations)) + " END"
    db.execute(f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < {per_org})
        INSERT INTO "Offers" ("Id","OrganizationId","CreationToken","CreatedAtUtc","CreatedByUserId","UpdatedAtUtc","Version","Status",
          "WorkerFamilyName","WorkerGivenNames","WorkerDateOfBirth","WorkerCitizenship","PassportNumber","WorkerEmail","WorkerInsideCanada",
          "JobTitle","OccupationCode","MainDuties","Wage","WageUnit","HoursPerWeek","Seasonal","StartDate","EndDate","Location1City","Location1Province",
          "Location2City","Location2Province","MoreLocations","ProgramCode","ExemptionExplanation","AttestAgreement","AttestNoFees","AttestSameConditions","AttestAbuseFree",
          "AttestHealthCare","AttestNoRecruiterFees","AttestWorkersRights","FeeExempt","NumberEmailedToWorker","OfferNumber")
        SELECT {uid}, o.id, {uid}, strftime('%Y-%m-%d %H:%M:%S', '2025-11-01', '+' || ((i * 7919 + o.k) % 365) || ' days'), '{user}', '2025-11-01 00:00:00', 1, {st},
          'Family' || ((i * 31 + o.k) % 997), 'Given' || i, '1990-01-01', 'NGA', 'P' || printf('%07d', i), 'w' || i || '@example.test', 0,
          CASE i % 2 WHEN 0 THEN 'Software Engineer' ELSE 'Data Scientist' END, {oc}, 'Builds and runs the platform.', '60.00', 'Hour', '37.5', 0,
          date('2027-01-01', '+' || (i % 200) || ' days'), NULL, 'Halifax', 'NS', NULL, NULL, 0, {pr}, 'Because.', 1, 1, 1, 1, 1, 1, 1, 0, 0,
          CASE WHEN i % 6 IN (3, 4) THEN 'A' || printf('%07d', o.k * {per_org} + i) END
        FROM n CROSS JOIN o""")
    db.commit()
    print(db.execute('SELECT count(*) FROM "Offers"').fetchone()[0], "offers,", db.execute('SELECT count(*) FROM "Organizations"').fetchone()[0], "organizations")
    db.execute("ANALYZE")
else:
    st = "(ARRAY['" + "','".join(statuses) + "'])[1 + i % 6]"
    pr = "(ARRAY['" + "','".join(programs) + "'])[1 + i % 7]"
    oc = "(ARRAY['" + "','".join(occupations) + "'])[1 + i % 5]"
    sql = f"""
    SET synchronous_commit = off;
    INSERT INTO "Organizations" ("Id","LegalName","OperatingName","BusinessNumber","Phone","PrimaryContactName","PrimaryContactEmail","RegisteredAtUtc","City","AddressLine1","AddressLine2","PostalCode","Province")
      SELECT gen_random_uuid(), 'Bench Org '||i, NULL, lpad((100000000+i)::text, 9, '0'), '902-555-0100', 'Bench', 'bench'||i||'@example.test', '2025-01-01', 'Halifax', '1 Bench St', NULL, 'B3H 1A1', 'NS'
      FROM generate_series(1, {orgs - 1}) i;
    CREATE TEMP TABLE o AS SELECT "Id" AS id, row_number() OVER (ORDER BY "Id") AS k FROM "Organizations" WHERE "LegalName" LIKE 'Bench Org %' OR "Id" = '{org_id}';
    INSERT INTO "Offers" ("Id","OrganizationId","CreationToken","CreatedAtUtc","CreatedByUserId","UpdatedAtUtc","Version","Status",
          "WorkerFamilyName","WorkerGivenNames","WorkerDateOfBirth","WorkerCitizenship","PassportNumber","WorkerEmail","WorkerInsideCanada",
          "JobTitle","OccupationCode","MainDuties","Wage","WageUnit","HoursPerWeek","Seasonal","StartDate","EndDate","Location1City","Location1Province",
          "Location2City","Location2Province","MoreLocations","ProgramCode","ExemptionExplanation","AttestAgreement","AttestNoFees","AttestSameConditions","AttestAbuseFree",
          "AttestHealthCare","AttestNoRecruiterFees","AttestWorkersRights","FeeExempt","NumberEmailedToWorker","OfferNumber")
      SELECT gen_random_uuid(), o.id, gen_random_uuid(), timestamptz '2025-11-01' + ((i * 7919 + o.k) % 365) * interval '1 day',
          (SELECT "UserId" FROM "Memberships" WHERE "OrganizationId" = '{org_id}' LIMIT 1), '2025-11-01', 1, {st},
          'Family' || ((i * 31 + o.k) % 997), 'Given' || i, '1990-01-01', 'NGA', 'P' || lpad(i::text, 7, '0'), 'w' || i || '@example.test', false,
          CASE i % 2 WHEN 0 THEN 'Software Engineer' ELSE 'Data Scientist' END, {oc}, 'Builds and runs the platform.', 60, 'Hour', 37.5, false,
          date '2027-01-01' + (i % 200), NULL, 'Halifax', 'NS', NULL, NULL, false, {pr}, 'Because.', true, true, true, true, true, true, true, false, false,
          CASE WHEN i % 6 IN (3, 4) THEN 'A' || lpad((o.k * {per_org} + i)::text, 7, '0') END
      FROM generate_series(1, {per_org}) i CROSS JOIN o;
    ANALYZE;
    SELECT count(*) || ' offers' FROM "Offers";
    """
    subprocess.run(["psql", target, "-v", "ON_ERROR_STOP=1", "-q", "-t", "-c", sql], check=True)
