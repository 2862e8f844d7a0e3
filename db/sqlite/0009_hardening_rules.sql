-- Participating employers of the Innovation Stream (IRCC, Global Hypergrowth Project, exemption code C88) are recognized
-- by the CRA business number an administrator records, or by an administrator's confirmation of one organization (who
-- and when), never by the name an applicant types. One business number makes one participating employer.
-- SQLite adds a column with its REFERENCES clause when the column defaults to NULL, as these do.

ALTER TABLE "ParticipatingEmployers" ADD COLUMN "ConfirmedOrganizationId" TEXT NULL
    CONSTRAINT "FK_ParticipatingEmployers_Organizations_ConfirmedOrganizationId" REFERENCES "Organizations" ("Id") ON DELETE RESTRICT;
ALTER TABLE "ParticipatingEmployers" ADD COLUMN "ConfirmedByUserId" TEXT NULL;
ALTER TABLE "ParticipatingEmployers" ADD COLUMN "ConfirmedAtUtc" TEXT NULL;

CREATE INDEX "IX_ParticipatingEmployers_ConfirmedOrganizationId" ON "ParticipatingEmployers" ("ConfirmedOrganizationId");
CREATE UNIQUE INDEX "IX_ParticipatingEmployers_ProgramCode_BusinessNumber" ON "ParticipatingEmployers" ("ProgramCode", "BusinessNumber");
