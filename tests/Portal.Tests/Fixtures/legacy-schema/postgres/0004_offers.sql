-- 0004 offers of employment and their documents.

CREATE TABLE "Offers" (
    "Id" uuid NOT NULL,
    "OrganizationId" uuid NOT NULL,
    "CreationToken" uuid NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "CreatedByUserId" uuid NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    "Status" character varying(20) NOT NULL,
    "WorkerFamilyName" character varying(100) NOT NULL,
    "WorkerGivenNames" character varying(100) NOT NULL,
    "WorkerDateOfBirth" date NOT NULL,
    "WorkerCitizenship" character varying(3) NOT NULL,
    "PassportNumber" character varying(20) NOT NULL,
    "WorkerEmail" character varying(256) NOT NULL,
    "WorkerInsideCanada" boolean NOT NULL,
    "JobTitle" character varying(200) NOT NULL,
    "OccupationCode" character varying(5) NOT NULL,
    "MainDuties" character varying(4000) NOT NULL,
    "Wage" numeric(12,2) NOT NULL,
    "WageUnit" character varying(10) NOT NULL,
    "HoursPerWeek" numeric(5,2) NOT NULL,
    "FullTime" boolean NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    "Location1City" character varying(100) NOT NULL,
    "Location1Province" character varying(2) NOT NULL,
    "Location2City" character varying(100),
    "Location2Province" character varying(2),
    "MoreLocations" boolean NOT NULL,
    "ProgramCode" character varying(20) NOT NULL,
    "ExemptionExplanation" character varying(4000) NOT NULL,
    "AttestAgreement" boolean NOT NULL,
    "AttestNoFees" boolean NOT NULL,
    "AttestSameConditions" boolean NOT NULL,
    "AttestAbuseFree" boolean NOT NULL,
    "SubmittedAtUtc" timestamp with time zone,
    "SubmittedByUserId" uuid,
    "FeeAmount" numeric(10,2),
    "FeePaidOn" date,
    "FeeReference" character varying(100),
    "FeeExempt" boolean NOT NULL,
    "FeeRecordedAtUtc" timestamp with time zone,
    "FeeRecordedByUserId" uuid,
    "OfferNumber" character varying(8),
    "NumberRecordedAtUtc" timestamp with time zone,
    "NumberRecordedByUserId" uuid,
    "NumberGivenOn" date,
    "NumberGivenAtUtc" timestamp with time zone,
    "NumberGivenByUserId" uuid,
    "NumberEmailedToWorker" boolean NOT NULL,
    "WithdrawnAtUtc" timestamp with time zone,
    "WithdrawnByUserId" uuid,
    "WithdrawalReason" character varying(1000),
    "RefundRequestedOn" date,
    "RefundReceivedOn" date,
    CONSTRAINT "PK_Offers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Offers_Occupations_OccupationCode" FOREIGN KEY ("OccupationCode") REFERENCES "Occupations" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Offers_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Offers_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "OfferDocuments" (
    "Id" uuid NOT NULL,
    "OrganizationId" uuid NOT NULL,
    "OfferId" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "FileName" character varying(120) NOT NULL,
    "StoredName" character varying(40) NOT NULL,
    "ContentType" character varying(50) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "UploadedAtUtc" timestamp with time zone NOT NULL,
    "UploadedByUserId" uuid NOT NULL,
    CONSTRAINT "PK_OfferDocuments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_OfferDocuments_Offers_OfferId" FOREIGN KEY ("OfferId") REFERENCES "Offers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OfferDocuments_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_OfferDocuments_OfferId" ON "OfferDocuments" ("OfferId");

CREATE INDEX "IX_OfferDocuments_OrganizationId" ON "OfferDocuments" ("OrganizationId");

CREATE INDEX "IX_Offers_OccupationCode" ON "Offers" ("OccupationCode");

CREATE UNIQUE INDEX "IX_Offers_OfferNumber" ON "Offers" ("OfferNumber");

CREATE INDEX "IX_Offers_OrganizationId_CreatedAtUtc" ON "Offers" ("OrganizationId", "CreatedAtUtc");

CREATE UNIQUE INDEX "IX_Offers_OrganizationId_CreationToken" ON "Offers" ("OrganizationId", "CreationToken");

CREATE INDEX "IX_Offers_OrganizationId_Status_CreatedAtUtc" ON "Offers" ("OrganizationId", "Status", "CreatedAtUtc");

CREATE INDEX "IX_Offers_ProgramCode" ON "Offers" ("ProgramCode");

