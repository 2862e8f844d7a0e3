-- 0004 offers of employment and their documents.

CREATE TABLE "Offers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Offers" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "CreationToken" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "WorkerFamilyName" TEXT NOT NULL,
    "WorkerGivenNames" TEXT NOT NULL,
    "WorkerDateOfBirth" TEXT NOT NULL,
    "WorkerCitizenship" TEXT NOT NULL,
    "PassportNumber" TEXT NOT NULL,
    "WorkerEmail" TEXT NOT NULL,
    "WorkerInsideCanada" INTEGER NOT NULL,
    "JobTitle" TEXT NOT NULL,
    "OccupationCode" TEXT NOT NULL,
    "MainDuties" TEXT NOT NULL,
    "Wage" TEXT NOT NULL,
    "WageUnit" TEXT NOT NULL,
    "HoursPerWeek" TEXT NOT NULL,
    "FullTime" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    "Location1City" TEXT NOT NULL,
    "Location1Province" TEXT NOT NULL,
    "Location2City" TEXT NULL,
    "Location2Province" TEXT NULL,
    "MoreLocations" INTEGER NOT NULL,
    "ProgramCode" TEXT NOT NULL,
    "ExemptionExplanation" TEXT NOT NULL,
    "AttestAgreement" INTEGER NOT NULL,
    "AttestNoFees" INTEGER NOT NULL,
    "AttestSameConditions" INTEGER NOT NULL,
    "AttestAbuseFree" INTEGER NOT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "SubmittedByUserId" TEXT NULL,
    "FeeAmount" TEXT NULL,
    "FeePaidOn" TEXT NULL,
    "FeeReference" TEXT NULL,
    "FeeExempt" INTEGER NOT NULL,
    "FeeRecordedAtUtc" TEXT NULL,
    "FeeRecordedByUserId" TEXT NULL,
    "OfferNumber" TEXT NULL,
    "NumberRecordedAtUtc" TEXT NULL,
    "NumberRecordedByUserId" TEXT NULL,
    "NumberGivenOn" TEXT NULL,
    "NumberGivenAtUtc" TEXT NULL,
    "NumberGivenByUserId" TEXT NULL,
    "NumberEmailedToWorker" INTEGER NOT NULL,
    "WithdrawnAtUtc" TEXT NULL,
    "WithdrawnByUserId" TEXT NULL,
    "WithdrawalReason" TEXT NULL,
    "RefundRequestedOn" TEXT NULL,
    "RefundReceivedOn" TEXT NULL,
    CONSTRAINT "FK_Offers_Occupations_OccupationCode" FOREIGN KEY ("OccupationCode") REFERENCES "Occupations" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Offers_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Offers_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "OfferDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OfferDocuments" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "OfferId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    "UploadedByUserId" TEXT NOT NULL,
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

