-- 0002 reference data tables: occupations (NOC 2021 with NOC 2016), programs and their rules, participating employers, the compliance fee, countries.

CREATE TABLE "ComplianceFees" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplianceFees" PRIMARY KEY,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL
);

CREATE TABLE "Countries" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Countries" PRIMARY KEY,
    "NameEn" TEXT NOT NULL,
    "NameFr" TEXT NOT NULL
);

CREATE TABLE "Occupations" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Occupations" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Teer" INTEGER NOT NULL,
    "Noc2016Code" TEXT NULL,
    "Noc2016SkillLevel" TEXT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "Programs" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Programs" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Source" TEXT NULL,
    "EligibleTeers" TEXT NULL,
    "ExpeditedTeers" TEXT NULL,
    "RequiresParticipatingEmployer" INTEGER NOT NULL,
    "RequiredProvinces" TEXT NULL,
    "MinimumDurationDays" INTEGER NULL,
    "RequiresIndeterminate" INTEGER NOT NULL,
    "RequiresFullTime" INTEGER NOT NULL,
    "UsesOccupationList" INTEGER NOT NULL,
    "FeeExempt" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL
);

CREATE TABLE "ParticipatingEmployers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ParticipatingEmployers" PRIMARY KEY,
    "ProgramCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "BusinessNumber" TEXT NULL,
    CONSTRAINT "FK_ParticipatingEmployers_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "ProgramOccupations" (
    "ProgramCode" TEXT NOT NULL,
    "OccupationCode" TEXT NOT NULL,
    CONSTRAINT "PK_ProgramOccupations" PRIMARY KEY ("ProgramCode", "OccupationCode"),
    CONSTRAINT "FK_ProgramOccupations_Occupations_OccupationCode" FOREIGN KEY ("OccupationCode") REFERENCES "Occupations" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgramOccupations_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ComplianceFees_EffectiveFrom" ON "ComplianceFees" ("EffectiveFrom");

CREATE INDEX "IX_Occupations_Noc2016Code" ON "Occupations" ("Noc2016Code");

CREATE UNIQUE INDEX "IX_ParticipatingEmployers_ProgramCode_Name" ON "ParticipatingEmployers" ("ProgramCode", "Name");

CREATE INDEX "IX_ProgramOccupations_OccupationCode" ON "ProgramOccupations" ("OccupationCode");

