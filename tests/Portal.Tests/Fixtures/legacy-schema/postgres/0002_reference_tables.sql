-- 0002 reference data tables: occupations (NOC 2021 with NOC 2016), programs and their rules, participating employers, the compliance fee, countries.

CREATE TABLE "ComplianceFees" (
    "Id" uuid NOT NULL,
    "Amount" numeric(10,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "EffectiveFrom" date NOT NULL,
    CONSTRAINT "PK_ComplianceFees" PRIMARY KEY ("Id")
);

CREATE TABLE "Countries" (
    "Code" character varying(3) NOT NULL,
    "NameEn" character varying(100) NOT NULL,
    "NameFr" character varying(100) NOT NULL,
    CONSTRAINT "PK_Countries" PRIMARY KEY ("Code")
);

CREATE TABLE "Occupations" (
    "Code" character varying(5) NOT NULL,
    "Title" character varying(300) NOT NULL,
    "Teer" integer NOT NULL,
    "Noc2016Code" character varying(4),
    "Noc2016SkillLevel" character varying(1),
    "IsActive" boolean NOT NULL,
    CONSTRAINT "PK_Occupations" PRIMARY KEY ("Code")
);

CREATE TABLE "Programs" (
    "Code" character varying(20) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "Source" character varying(50),
    "EligibleTeers" character varying(20),
    "ExpeditedTeers" character varying(20),
    "RequiresParticipatingEmployer" boolean NOT NULL,
    "RequiredProvinces" character varying(60),
    "MinimumDurationDays" integer,
    "RequiresIndeterminate" boolean NOT NULL,
    "RequiresFullTime" boolean NOT NULL,
    "UsesOccupationList" boolean NOT NULL,
    "FeeExempt" boolean NOT NULL,
    "IsActive" boolean NOT NULL,
    "SortOrder" integer NOT NULL,
    CONSTRAINT "PK_Programs" PRIMARY KEY ("Code")
);

CREATE TABLE "ParticipatingEmployers" (
    "Id" uuid NOT NULL,
    "ProgramCode" character varying(20) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "BusinessNumber" character varying(9),
    CONSTRAINT "PK_ParticipatingEmployers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ParticipatingEmployers_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "ProgramOccupations" (
    "ProgramCode" character varying(20) NOT NULL,
    "OccupationCode" character varying(5) NOT NULL,
    CONSTRAINT "PK_ProgramOccupations" PRIMARY KEY ("ProgramCode", "OccupationCode"),
    CONSTRAINT "FK_ProgramOccupations_Occupations_OccupationCode" FOREIGN KEY ("OccupationCode") REFERENCES "Occupations" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgramOccupations_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ComplianceFees_EffectiveFrom" ON "ComplianceFees" ("EffectiveFrom");

CREATE INDEX "IX_Occupations_Noc2016Code" ON "Occupations" ("Noc2016Code");

CREATE UNIQUE INDEX "IX_ParticipatingEmployers_ProgramCode_Name" ON "ParticipatingEmployers" ("ProgramCode", "Name");

CREATE INDEX "IX_ProgramOccupations_OccupationCode" ON "ProgramOccupations" ("OccupationCode");

