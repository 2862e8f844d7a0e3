-- Atlantic Immigration Program: designation applications, endorsement cases, settlement commitments and their documents [003].

CREATE TABLE "AtlanticDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AtlanticDocuments" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    "UploadedByUserId" TEXT NOT NULL,
    CONSTRAINT "FK_AtlanticDocuments_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DesignationApplications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DesignationApplications" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Province" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "Locations" TEXT NULL,
    "OperatingSince" TEXT NULL,
    "ProviderName" TEXT NULL,
    "ProviderContact" TEXT NULL,
    "ProviderContactedOn" TEXT NULL,
    "WelcomingWorkplace" INTEGER NOT NULL,
    "TrainingCompletedBy" TEXT NULL,
    "TrainingCompletedOn" TEXT NULL,
    "RepresentativeName" TEXT NULL,
    "RepresentativeTitle" TEXT NULL,
    "RepresentativeEmail" TEXT NULL,
    "RepresentativePhone" TEXT NULL,
    "DeclarationAccepted" INTEGER NOT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "SubmittedByUserId" TEXT NULL,
    "ChangesRequestedAtUtc" TEXT NULL,
    "ChangesRequestedByUserId" TEXT NULL,
    "ChangesRequested" TEXT NULL,
    "DecidedAtUtc" TEXT NULL,
    "DecidedByUserId" TEXT NULL,
    "DesignationNumber" TEXT NULL,
    "ExpiresOn" TEXT NULL,
    "RefusalReason" TEXT NULL,
    "WithdrawnAtUtc" TEXT NULL,
    "WithdrawnByUserId" TEXT NULL,
    CONSTRAINT "FK_DesignationApplications_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EndorsementCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EndorsementCases" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "OfferId" TEXT NULL,
    "CandidateName" TEXT NOT NULL,
    "CandidateEmail" TEXT NULL,
    "Province" TEXT NOT NULL,
    "Class" TEXT NOT NULL,
    "OccupationCode" TEXT NOT NULL,
    "FullTime" INTEGER NOT NULL,
    "StartDate" TEXT NULL,
    "EndDate" TEXT NULL,
    "LanguageTested" INTEGER NOT NULL,
    "EducationMet" INTEGER NOT NULL,
    "WorkExperienceMet" INTEGER NOT NULL,
    "FamilyMembersComing" INTEGER NOT NULL,
    "FamilyNotes" TEXT NULL,
    "NeedsAssessedOn" TEXT NULL,
    "NeedsAssessmentProvider" TEXT NULL,
    "PlanReceivedAtUtc" TEXT NULL,
    "CertificateReceivedOn" TEXT NULL,
    "CertificateNumber" TEXT NULL,
    "ArrivalDate" TEXT NULL,
    "OpenedAtUtc" TEXT NOT NULL,
    "OpenedByUserId" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_EndorsementCases_Occupations_OccupationCode" FOREIGN KEY ("OccupationCode") REFERENCES "Occupations" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_EndorsementCases_Offers_OfferId" FOREIGN KEY ("OfferId") REFERENCES "Offers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EndorsementCases_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SettlementCommitments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SettlementCommitments" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "NotNeededReason" TEXT NULL,
    "EvidenceNotes" TEXT NULL,
    "CompletedOn" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_SettlementCommitments_AspNetUsers_OwnerUserId" FOREIGN KEY ("OwnerUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SettlementCommitments_EndorsementCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "EndorsementCases" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SettlementCommitments_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AtlanticDocuments_OrganizationId" ON "AtlanticDocuments" ("OrganizationId");

CREATE INDEX "IX_AtlanticDocuments_SubjectId" ON "AtlanticDocuments" ("SubjectId");

CREATE UNIQUE INDEX "IX_DesignationApplications_OneOpenPerProvince" ON "DesignationApplications" ("OrganizationId", "Province") WHERE "Status" IN ('Draft', 'Submitted', 'ChangesRequested');

CREATE INDEX "IX_DesignationApplications_Status_SubmittedAtUtc" ON "DesignationApplications" ("Status", "SubmittedAtUtc");

CREATE INDEX "IX_EndorsementCases_OccupationCode" ON "EndorsementCases" ("OccupationCode");

CREATE INDEX "IX_EndorsementCases_OfferId" ON "EndorsementCases" ("OfferId");

CREATE INDEX "IX_EndorsementCases_OrganizationId_OpenedAtUtc" ON "EndorsementCases" ("OrganizationId", "OpenedAtUtc");

CREATE INDEX "IX_SettlementCommitments_CaseId" ON "SettlementCommitments" ("CaseId");

CREATE INDEX "IX_SettlementCommitments_OrganizationId_Status_DueOn" ON "SettlementCommitments" ("OrganizationId", "Status", "DueOn");

CREATE INDEX "IX_SettlementCommitments_OwnerUserId" ON "SettlementCommitments" ("OwnerUserId");

