-- Atlantic Immigration Program: designation applications, endorsement cases, settlement commitments and their documents [003].

CREATE TABLE "AtlanticDocuments" (
    "Id" uuid NOT NULL,
    "OrganizationId" uuid NOT NULL,
    "SubjectId" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "FileName" character varying(120) NOT NULL,
    "StoredName" character varying(40) NOT NULL,
    "ContentType" character varying(50) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "UploadedAtUtc" timestamp with time zone NOT NULL,
    "UploadedByUserId" uuid NOT NULL,
    CONSTRAINT "PK_AtlanticDocuments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AtlanticDocuments_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DesignationApplications" (
    "Id" uuid NOT NULL,
    "OrganizationId" uuid NOT NULL,
    "Province" character varying(2) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Version" integer NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "CreatedByUserId" uuid NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    "Locations" character varying(2000),
    "OperatingSince" date,
    "ProviderName" character varying(200),
    "ProviderContact" character varying(300),
    "ProviderContactedOn" date,
    "WelcomingWorkplace" boolean NOT NULL,
    "TrainingCompletedBy" character varying(200),
    "TrainingCompletedOn" date,
    "RepresentativeName" character varying(200),
    "RepresentativeTitle" character varying(200),
    "RepresentativeEmail" character varying(256),
    "RepresentativePhone" character varying(30),
    "DeclarationAccepted" boolean NOT NULL,
    "SubmittedAtUtc" timestamp with time zone,
    "SubmittedByUserId" uuid,
    "ChangesRequestedAtUtc" timestamp with time zone,
    "ChangesRequestedByUserId" uuid,
    "ChangesRequested" character varying(2000),
    "DecidedAtUtc" timestamp with time zone,
    "DecidedByUserId" uuid,
    "DesignationNumber" character varying(50),
    "ExpiresOn" date,
    "RefusalReason" character varying(2000),
    "WithdrawnAtUtc" timestamp with time zone,
    "WithdrawnByUserId" uuid,
    CONSTRAINT "PK_DesignationApplications" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DesignationApplications_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EndorsementCases" (
    "Id" uuid NOT NULL,
    "OrganizationId" uuid NOT NULL,
    "OfferId" uuid,
    "CandidateName" character varying(200) NOT NULL,
    "CandidateEmail" character varying(256),
    "Province" character varying(2) NOT NULL,
    "Class" character varying(30) NOT NULL,
    "OccupationCode" character varying(5) NOT NULL,
    "FullTime" boolean NOT NULL,
    "StartDate" date,
    "EndDate" date,
    "LanguageTested" boolean NOT NULL,
    "EducationMet" boolean NOT NULL,
    "WorkExperienceMet" boolean NOT NULL,
    "FamilyMembersComing" integer NOT NULL,
    "FamilyNotes" character varying(2000),
    "NeedsAssessedOn" date,
    "NeedsAssessmentProvider" character varying(200),
    "PlanReceivedAtUtc" timestamp with time zone,
    "CertificateReceivedOn" date,
    "CertificateNumber" character varying(50),
    "ArrivalDate" date,
    "OpenedAtUtc" timestamp with time zone NOT NULL,
    "OpenedByUserId" uuid NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_EndorsementCases" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_EndorsementCases_Occupations_OccupationCode" FOREIGN KEY ("OccupationCode") REFERENCES "Occupations" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_EndorsementCases_Offers_OfferId" FOREIGN KEY ("OfferId") REFERENCES "Offers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EndorsementCases_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SettlementCommitments" (
    "Id" uuid NOT NULL,
    "OrganizationId" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "Description" character varying(1000) NOT NULL,
    "OwnerUserId" uuid NOT NULL,
    "DueOn" date NOT NULL,
    "Status" character varying(20) NOT NULL,
    "NotNeededReason" character varying(1000),
    "EvidenceNotes" character varying(2000),
    "CompletedOn" date,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "CreatedByUserId" uuid NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_SettlementCommitments" PRIMARY KEY ("Id"),
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

