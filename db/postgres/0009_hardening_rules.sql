-- Participating employers of the Innovation Stream (IRCC, Global Hypergrowth Project, exemption code C88) are recognized
-- by the CRA business number an administrator records, or by an administrator's confirmation of one organization (who
-- and when), never by the name an applicant types. One business number makes one participating employer.

ALTER TABLE "ParticipatingEmployers" ADD "ConfirmedOrganizationId" uuid;
ALTER TABLE "ParticipatingEmployers" ADD "ConfirmedByUserId" uuid;
ALTER TABLE "ParticipatingEmployers" ADD "ConfirmedAtUtc" timestamp with time zone;
ALTER TABLE "ParticipatingEmployers" ADD CONSTRAINT "FK_ParticipatingEmployers_Organizations_ConfirmedOrganizationId"
    FOREIGN KEY ("ConfirmedOrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_ParticipatingEmployers_ConfirmedOrganizationId" ON "ParticipatingEmployers" ("ConfirmedOrganizationId");
CREATE UNIQUE INDEX "IX_ParticipatingEmployers_ProgramCode_BusinessNumber" ON "ParticipatingEmployers" ("ProgramCode", "BusinessNumber");
