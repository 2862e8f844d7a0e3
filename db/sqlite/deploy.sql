CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "PreferredCulture" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "OccurredAtUtc" TEXT NOT NULL,
    "OrganizationId" TEXT NULL,
    "ActorUserId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Changes" TEXT NOT NULL
);

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

CREATE TABLE "DigestItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DigestItems" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "IdempotencyKey" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "DigestedAtUtc" TEXT NULL
);

CREATE TABLE "Occupations" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Occupations" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Teer" INTEGER NOT NULL,
    "Noc2016Code" TEXT NULL,
    "Noc2016SkillLevel" TEXT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "Organizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY,
    "LegalName" TEXT NOT NULL,
    "OperatingName" TEXT NULL,
    "BusinessNumber" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "PrimaryContactName" TEXT NOT NULL,
    "PrimaryContactEmail" TEXT NOT NULL,
    "RegisteredAtUtc" TEXT NOT NULL,
    "City" TEXT NOT NULL,
    "AddressLine1" TEXT NOT NULL,
    "AddressLine2" TEXT NULL,
    "PostalCode" TEXT NOT NULL,
    "Province" TEXT NOT NULL
);

CREATE TABLE "OutboxEmails" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxEmails" PRIMARY KEY,
    "IdempotencyKey" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAtUtc" TEXT NOT NULL,
    "LeasedUntilUtc" TEXT NULL,
    "LeaseOwner" TEXT NULL,
    "LastError" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "SentAtUtc" TEXT NULL
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

CREATE TABLE "ReminderPreferences" (
    "UserId" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "Delivery" INTEGER NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "PK_ReminderPreferences" PRIMARY KEY ("UserId", "Type")
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

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

CREATE TABLE "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "InvitedByUserId" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ExpiresAtUtc" TEXT NOT NULL,
    "AcceptedAtUtc" TEXT NULL,
    "AcceptedByUserId" TEXT NULL,
    "RevokedAtUtc" TEXT NULL,
    CONSTRAINT "FK_Invitations_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Memberships" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Memberships" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "JoinedAtUtc" TEXT NOT NULL,
    "DeactivatedAtUtc" TEXT NULL,
    "DeactivatedByUserId" TEXT NULL,
    CONSTRAINT "FK_Memberships_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Memberships_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

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

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AtlanticDocuments_OrganizationId" ON "AtlanticDocuments" ("OrganizationId");

CREATE INDEX "IX_AtlanticDocuments_SubjectId" ON "AtlanticDocuments" ("SubjectId");

CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");

CREATE INDEX "IX_AuditEntries_OrganizationId_OccurredAtUtc" ON "AuditEntries" ("OrganizationId", "OccurredAtUtc");

CREATE UNIQUE INDEX "IX_ComplianceFees_EffectiveFrom" ON "ComplianceFees" ("EffectiveFrom");

CREATE UNIQUE INDEX "IX_DesignationApplications_OneOpenPerProvince" ON "DesignationApplications" ("OrganizationId", "Province") WHERE "Status" IN ('Draft', 'Submitted', 'ChangesRequested');

CREATE INDEX "IX_DesignationApplications_Status_SubmittedAtUtc" ON "DesignationApplications" ("Status", "SubmittedAtUtc");

CREATE UNIQUE INDEX "IX_DigestItems_IdempotencyKey" ON "DigestItems" ("IdempotencyKey");

CREATE INDEX "IX_DigestItems_UserId_DigestedAtUtc" ON "DigestItems" ("UserId", "DigestedAtUtc");

CREATE INDEX "IX_EndorsementCases_OccupationCode" ON "EndorsementCases" ("OccupationCode");

CREATE INDEX "IX_EndorsementCases_OfferId" ON "EndorsementCases" ("OfferId");

CREATE INDEX "IX_EndorsementCases_OrganizationId_OpenedAtUtc" ON "EndorsementCases" ("OrganizationId", "OpenedAtUtc");

CREATE INDEX "IX_Invitations_OrganizationId_CreatedAtUtc" ON "Invitations" ("OrganizationId", "CreatedAtUtc");

CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");

CREATE INDEX "IX_Memberships_OrganizationId_IsActive" ON "Memberships" ("OrganizationId", "IsActive");

CREATE UNIQUE INDEX "IX_Memberships_UserId" ON "Memberships" ("UserId");

CREATE INDEX "IX_Occupations_Noc2016Code" ON "Occupations" ("Noc2016Code");

CREATE INDEX "IX_OfferDocuments_OfferId" ON "OfferDocuments" ("OfferId");

CREATE INDEX "IX_OfferDocuments_OrganizationId" ON "OfferDocuments" ("OrganizationId");

CREATE INDEX "IX_Offers_OccupationCode" ON "Offers" ("OccupationCode");

CREATE UNIQUE INDEX "IX_Offers_OfferNumber" ON "Offers" ("OfferNumber");

CREATE INDEX "IX_Offers_OrganizationId_CreatedAtUtc" ON "Offers" ("OrganizationId", "CreatedAtUtc");

CREATE UNIQUE INDEX "IX_Offers_OrganizationId_CreationToken" ON "Offers" ("OrganizationId", "CreationToken");

CREATE INDEX "IX_Offers_OrganizationId_Status_CreatedAtUtc" ON "Offers" ("OrganizationId", "Status", "CreatedAtUtc");

CREATE INDEX "IX_Offers_ProgramCode" ON "Offers" ("ProgramCode");

CREATE UNIQUE INDEX "IX_Organizations_BusinessNumber" ON "Organizations" ("BusinessNumber");

CREATE INDEX "IX_OutboxEmails_CreatedAtUtc" ON "OutboxEmails" ("CreatedAtUtc");

CREATE UNIQUE INDEX "IX_OutboxEmails_IdempotencyKey" ON "OutboxEmails" ("IdempotencyKey");

CREATE INDEX "IX_OutboxEmails_Status_NextAttemptAtUtc" ON "OutboxEmails" ("Status", "NextAttemptAtUtc");

CREATE UNIQUE INDEX "IX_ParticipatingEmployers_ProgramCode_Name" ON "ParticipatingEmployers" ("ProgramCode", "Name");

CREATE INDEX "IX_ProgramOccupations_OccupationCode" ON "ProgramOccupations" ("OccupationCode");

CREATE INDEX "IX_SettlementCommitments_CaseId" ON "SettlementCommitments" ("CaseId");

CREATE INDEX "IX_SettlementCommitments_OrganizationId_Status_DueOn" ON "SettlementCommitments" ("OrganizationId", "Status", "DueOn");

CREATE INDEX "IX_SettlementCommitments_OwnerUserId" ON "SettlementCommitments" ("OwnerUserId");

CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'AuditEntries is append-only');
END;

CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'AuditEntries is append-only');
END;

-- Baseline reference data: occupations, programs and their rules, Global Hypergrowth Project employers, the compliance fee, countries. Generated by db/reference/generate.py; edit the data there.

-- Occupations: NOC 2021 unit groups with the NOC 2016 unit group each corresponds to.
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('00012', 'Senior managers - financial, communications and other business services', 0, '0013', '0', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10011', 'Human resources managers', 0, '0112', '0', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10030', 'Telecommunication carriers managers', 0, '0131', '0', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11200', 'Human resources professionals', 1, '1121', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11202', 'Professional occupations in advertising, marketing and public relations', 1, '1123', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12101', 'Human resources and recruitment officers', 2, '1223', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13110', 'Administrative assistants', 3, '1241', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('20010', 'Engineering managers', 0, '0211', '0', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('20011', 'Architecture and science managers', 0, '0212', '0', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('20012', 'Computer and information systems managers', 0, '0213', '0', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21210', 'Mathematicians, statisticians and actuaries', 1, '2161', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21211', 'Data scientists', 1, '2161', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21220', 'Cybersecurity specialists', 1, '2171', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21221', 'Business systems specialists', 1, '2171', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21222', 'Information systems specialists', 1, '2171', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21223', 'Database analysts and data administrators', 1, '2172', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21230', 'Computer systems developers and programmers', 1, '2174', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21231', 'Software engineers and designers', 1, '2173', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21232', 'Software developers and programmers', 1, '2174', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21233', 'Web designers', 1, '2175', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21234', 'Web developers and programmers', 1, '2175', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21300', 'Civil engineers', 1, '2131', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21301', 'Mechanical engineers', 1, '2132', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21310', 'Electrical and electronics engineers', 1, '2133', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21311', 'Computer engineers (except software engineers and designers)', 1, '2147', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21320', 'Chemical engineers', 1, '2134', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21321', 'Industrial and manufacturing engineers', 1, '2141', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21330', 'Mining engineers', 1, '2143', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21331', 'Geological engineers', 1, '2144', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21332', 'Petroleum engineers', 1, '2145', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22110', 'Biological technologists and technicians', 2, '2221', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22212', 'Drafting technologists and technicians', 2, '2253', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22220', 'Computer network and web technicians', 2, '2281', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22221', 'User support technicians', 2, '2282', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22222', 'Information systems testing technicians', 2, '2283', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22300', 'Civil engineering technologists and technicians', 2, '2231', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22301', 'Mechanical engineering technologists and technicians', 2, '2232', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22310', 'Electrical and electronics engineering technologists and technicians', 2, '2241', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('33102', 'Nurse aides, orderlies and patient service associates', 3, '3413', 'C', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('44101', 'Home support workers, caregivers and related occupations', 4, '4412', 'C', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('50011', 'Managers - publishing, motion pictures, broadcasting and performing arts', 0, '0512', '0', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51112', 'Technical writers', 1, '5121', 'A', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52120', 'Graphic designers and illustrators', 2, '5241', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('60010', 'Corporate sales managers', 0, '0601', '0', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62200', 'Chefs', 2, '6321', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63200', 'Cooks', 3, '6322', 'B', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64100', 'Retail salespersons and visual merchandisers', 4, '6421', 'C', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65200', 'Food and beverage servers', 5, '6513', 'C', 1);
INSERT INTO "Occupations" ("Code", "Title", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65201', 'Food counter attendants, kitchen helpers and related support occupations', 5, '6711', 'D', 1);

-- Programs: LMIA exemption codes and federal and provincial routes, with their rules.
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('C10', 'Significant benefit (C10)', 'ExemptionCode', 'LMIA-exempt work permit for a worker whose work will bring a significant social, cultural or economic benefit to Canada. The offer of employment must explain why the exemption applies (IRCC employer instructions).', 'IRCC', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 10);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('C11', 'Entrepreneurs and self-employed (C11)', 'ExemptionCode', 'LMIA-exempt work permit for an entrepreneur or self-employed person who will own and run a business in Canada that brings a significant benefit. The offer of employment must explain why the exemption applies (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 20);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('C12', 'Intra-company transferees (C12)', 'ExemptionCode', 'LMIA-exempt intra-company transfer: the worker holds a managerial position or has specialized proprietary knowledge of the company and its products [002]. The Canadian employer must be a related company (branch, subsidiary, affiliate or parent) of the worker''s current employer [002].', '002', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 30);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('C16', 'Francophone mobility (C16)', 'ExemptionCode', 'LMIA-exempt work permit (Mobilité francophone) for a French-speaking worker hired for a job outside Quebec. The offer of employment must explain why the exemption applies (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 40);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('C18', 'Atlantic Immigration Program (C18)', 'ExemptionCode', 'LMIA-exempt work permit for a candidate of the Atlantic program whom the province has endorsed. The employer must be designated in New Brunswick, Nova Scotia, Prince Edward Island or Newfoundland and Labrador, and the job offer must be full-time [003].', '003', NULL, NULL, 0, 'NB,NS,PE,NL', NULL, 0, 1, 0, 0, 1, 50);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('C20', 'Reciprocal employment (C20)', 'ExemptionCode', 'LMIA-exempt work permit under a reciprocal employment arrangement, where Canadians have similar opportunities abroad (for example youth exchanges). The offer of employment must explain why the exemption applies (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 60);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('T36', 'CUSMA professionals (T36)', 'ExemptionCode', 'LMIA-exempt work permit for a citizen of the United States or Mexico in one of the 63 professions listed under CUSMA, which include computer systems analysts, computer engineers, graphic designers and technical writers [002].', '002', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 70);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('T37', 'CUSMA intra-company transferees: executives and managers (T37)', 'ExemptionCode', 'LMIA-exempt intra-company transfer under CUSMA for an executive or manager who is a citizen of the United States or Mexico, moving to a related Canadian company (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 80);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('T38', 'CUSMA intra-company transferees: specialized knowledge (T38)', 'ExemptionCode', 'LMIA-exempt intra-company transfer under CUSMA for an employee with specialized knowledge who is a citizen of the United States or Mexico, moving to a related Canadian company (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 90);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('C88', 'Innovation Stream: Global Hypergrowth Project (C88)', 'ExemptionCode', 'LMIA-exempt, employer-specific work permit for a job with one of the companies in the Global Hypergrowth Project, in a TEER 0, 1, 2 or 3 occupation; TEER 0 and 1 get expedited processing, and the worker may be inside or outside Canada [004]. Before the worker applies, the employer submits the offer of employment, pays the $230 CAD employer compliance fee and gives the offer of employment number to the worker [004].', '004', '0,1,2,3', '0,1', 1, NULL, NULL, 0, 0, 0, 0, 1, 100);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('GTS-A', 'Global Talent Stream, category A', 'FederalRoute', 'Global Talent Stream for high-growth companies referred to the stream to hire highly skilled foreign workers, with two-week work permit processing [002]. The employer commits to creating jobs for Canadians and permanent residents and pays a wage comparable to Canadian wages for the position [002].', '002', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 110);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('GTS-B', 'Global Talent Stream, category B', 'FederalRoute', 'Global Talent Stream for employers hiring highly skilled workers in occupations on the Global Talent Occupations list, with two-week work permit processing and a commitment to invest in skills and training for Canadians and permanent residents [002]. The list itself is not in the sources: administrators load it.', '002', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 120);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('ATP', 'Alberta Accelerated Tech Pathway', 'ProvincialRoute', 'For Express Entry candidates eligible for the Alberta Express Entry Stream who have a job offer from, or work for, an Alberta employer in one of 23 tech occupations (NOC 2016 codes, listed here with their NOC 2021 groups) [001]. A nomination must be accepted within 30 days [001].', '001', NULL, NULL, 0, 'AB', NULL, 0, 0, 1, 0, 1, 130);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('AINP-ENG', 'Alberta Strategic Recruitment Stream: Engineering Occupations', 'ProvincialRoute', 'For engineers, designers and drafters living in Alberta who work, or worked in the last two years, for an Alberta employer in an occupation on the Engineering Occupations List [000]. NOC 0211, 2131, 2132, 2133, 2134, 2141, 2143, 2144 and 2145 need a Letter of No Objection from APEGA or APEGA registration; NOC 2231, 2232, 2241 and 2253 do not [000].', '000', NULL, NULL, 0, 'AB', NULL, 0, 0, 1, 0, 1, 140);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('AINP-PGW', 'Alberta Strategic Recruitment Stream: Post-Graduate Worker', 'ProvincialRoute', 'For graduates of an eligible Alberta post-secondary program of at least one year who hold a Post-Graduation Work Permit and work full-time for an Alberta employer in a NOC 0, A, B or C occupation [000]. NOC C occupations need official language test results; refugee claimants, live-in caregivers, workers living in another province and students are not eligible [000].', '000', '0,1,2,3,4', NULL, 0, 'AB', NULL, 0, 1, 0, 0, 1, 150);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('BCTECH', 'BC Tech Pilot', 'ProvincialRoute', 'Priority provincial nomination for workers in eligible tech occupations with a job offer in British Columbia of at least one year, with at least 120 days remaining when the worker applies [002].', '002', NULL, NULL, 0, 'BC', 365, 0, 0, 0, 0, 1, 160);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('AIP-HS', 'Atlantic High-Skilled Class', 'FederalRoute', 'Full-time job offer of at least one year in a NOC 0, A or B occupation from a designated employer in an Atlantic province [003]. The worker needs CLB 4, high school with an Educational Credential Assessment and one year of related work experience [003].', '003', '0,1,2,3', NULL, 0, 'NB,NS,PE,NL', 365, 0, 1, 0, 0, 1, 170);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('AIP-IS', 'Atlantic Intermediate-Skilled Class', 'FederalRoute', 'Full-time, indeterminate job offer in a NOC C occupation from a designated employer in an Atlantic province [003]. The worker needs CLB 4, high school with an Educational Credential Assessment and one year of related work experience [003].', '003', '4', NULL, 0, 'NB,NS,PE,NL', NULL, 1, 1, 0, 0, 1, 180);
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "EligibleTeers", "ExpeditedTeers", "RequiresParticipatingEmployer", "RequiredProvinces", "MinimumDurationDays", "RequiresIndeterminate", "RequiresFullTime", "UsesOccupationList", "FeeExempt", "IsActive", "SortOrder") VALUES ('AIP-IG', 'Atlantic International Graduate Class', 'FederalRoute', 'Full-time job offer of at least one year in a NOC 0, A, B or C occupation from a designated employer in an Atlantic province, for a graduate of a two-year program at a publicly funded Atlantic institution [003]. The worker needs CLB 4; no work experience is required [003].', '003', '0,1,2,3,4', NULL, 0, 'NB,NS,PE,NL', 365, 0, 1, 0, 0, 1, 190);

-- Program occupation lists: ATP [001] and AINP engineering occupations [000], as NOC 2021 groups.
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '00012');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '10011');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '10030');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '11200');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '11202');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '12101');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '20010');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '20011');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '20012');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21210');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21211');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21220');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21221');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21222');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21223');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21230');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21231');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21232');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21233');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21234');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21300');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21301');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21310');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '21311');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '22110');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '22301');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '50011');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('ATP', '60010');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '20010');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '21300');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '21301');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '21310');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '21320');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '21321');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '21330');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '21331');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '21332');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '22212');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '22300');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '22301');
INSERT INTO "ProgramOccupations" ("ProgramCode", "OccupationCode") VALUES ('AINP-ENG', '22310');

-- Global Hypergrowth Project employers of the Innovation Stream [004].
INSERT INTO "ParticipatingEmployers" ("Id", "ProgramCode", "Name", "BusinessNumber") VALUES ('F183D029-C7B8-4846-84B9-03A836903858', 'C88', 'Ada Support Inc.', NULL);
INSERT INTO "ParticipatingEmployers" ("Id", "ProgramCode", "Name", "BusinessNumber") VALUES ('691E9D71-A9C6-430E-ADC0-16B1631DDFDB', 'C88', 'AlayaCare', NULL);
INSERT INTO "ParticipatingEmployers" ("Id", "ProgramCode", "Name", "BusinessNumber") VALUES ('62C842FB-CC1D-48F4-9E8A-C76E4E3A426F', 'C88', 'CellCarta', NULL);
INSERT INTO "ParticipatingEmployers" ("Id", "ProgramCode", "Name", "BusinessNumber") VALUES ('0FF294AA-84EA-43BA-A225-61C504F6FB9A', 'C88', 'Clarius Mobile Health', NULL);
INSERT INTO "ParticipatingEmployers" ("Id", "ProgramCode", "Name", "BusinessNumber") VALUES ('3694CDA6-684B-437B-BF3A-D910BB2D0A9C', 'C88', 'Clio', NULL);
INSERT INTO "ParticipatingEmployers" ("Id", "ProgramCode", "Name", "BusinessNumber") VALUES ('A5FBCDE2-33FD-415C-A11C-8625C795A183', 'C88', 'Duchesnay Pharmaceutical Group', NULL);
INSERT INTO "ParticipatingEmployers" ("Id", "ProgramCode", "Name", "BusinessNumber") VALUES ('33BDA882-FFB5-42C0-920D-7873D5686D10', 'C88', 'Lightspeed Commerce', NULL);
INSERT INTO "ParticipatingEmployers" ("Id", "ProgramCode", "Name", "BusinessNumber") VALUES ('77600F42-E9F8-4411-8331-C3CDC935692D', 'C88', 'Vive Crop Protection', NULL);

-- Employer compliance fee [004].
INSERT INTO "ComplianceFees" ("Id", "Amount", "Currency", "EffectiveFrom") VALUES ('EAED2445-8390-4E56-BF8A-720FE8F15E91', '230.00', 'CAD', '2015-02-21');

-- Countries: ISO 3166-1 alpha-3 with English and French short names.
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ABW', 'Aruba', 'Aruba');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('AFG', 'Afghanistan', 'Afghanistan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('AGO', 'Angola', 'Angola');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('AIA', 'Anguilla', 'Anguilla');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ALA', 'Åland Islands', 'Îles Åland');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ALB', 'Albania', 'Albanie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('AND', 'Andorra', 'Andorre');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ARE', 'United Arab Emirates', 'Émirats arabes unis');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ARG', 'Argentina', 'Argentine');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ARM', 'Armenia', 'Arménie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ASM', 'American Samoa', 'Samoa américaines');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ATA', 'Antarctica', 'Antarctique');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ATF', 'French Southern Territories', 'Terres australes françaises');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ATG', 'Antigua and Barbuda', 'Antigua-et-Barbuda');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('AUS', 'Australia', 'Australie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('AUT', 'Austria', 'Autriche');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('AZE', 'Azerbaijan', 'Azerbaïdjan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BDI', 'Burundi', 'Burundi');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BEL', 'Belgium', 'Belgique');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BEN', 'Benin', 'Bénin');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BES', 'Bonaire, Sint Eustatius and Saba', 'Bonaire, Saint-Eustache et Saba');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BFA', 'Burkina Faso', 'Burkina Faso');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BGD', 'Bangladesh', 'Bangladesh');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BGR', 'Bulgaria', 'Bulgarie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BHR', 'Bahrain', 'Bahreïn');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BHS', 'Bahamas', 'Bahamas');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BIH', 'Bosnia and Herzegovina', 'Bosnie-Herzégovine');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BLM', 'Saint Barthélemy', 'Saint-Barthélemy');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BLR', 'Belarus', 'Bélarus');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BLZ', 'Belize', 'Belize');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BMU', 'Bermuda', 'Bermudes');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BOL', 'Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BRA', 'Brazil', 'Brésil');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BRB', 'Barbados', 'Barbade');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BRN', 'Brunei Darussalam', 'Brunéi Darussalam');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BTN', 'Bhutan', 'Bhoutan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BVT', 'Bouvet Island', 'Île Bouvet');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('BWA', 'Botswana', 'Botswana');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CAF', 'Central African Republic', 'République centrafricaine');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CAN', 'Canada', 'Canada');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CCK', 'Cocos (Keeling) Islands', 'Îles Cocos (Keeling)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CHE', 'Switzerland', 'Suisse');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CHL', 'Chile', 'Chili');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CHN', 'China', 'Chine');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CIV', 'Côte d''Ivoire', 'Côte d''Ivoire');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CMR', 'Cameroon', 'Cameroun');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('COD', 'Congo (Democratic Republic of the)', 'Congo (République démocratique du)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('COG', 'Congo', 'Congo');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('COK', 'Cook Islands', 'Îles Cook');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('COL', 'Colombia', 'Colombie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('COM', 'Comoros', 'Comores');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CPV', 'Cabo Verde', 'Cabo Verde');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CRI', 'Costa Rica', 'Costa Rica');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CUB', 'Cuba', 'Cuba');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CUW', 'Curaçao', 'Curaçao');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CXR', 'Christmas Island', 'Île Christmas');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CYM', 'Cayman Islands', 'Îles Caïmans');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CYP', 'Cyprus', 'Chypre');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('CZE', 'Czechia', 'Tchéquie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('DEU', 'Germany', 'Allemagne');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('DJI', 'Djibouti', 'Djibouti');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('DMA', 'Dominica', 'Dominique');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('DNK', 'Denmark', 'Danemark');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('DOM', 'Dominican Republic', 'République dominicaine');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('DZA', 'Algeria', 'Algérie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ECU', 'Ecuador', 'Équateur');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('EGY', 'Egypt', 'Égypte');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ERI', 'Eritrea', 'Érythrée');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ESH', 'Western Sahara', 'Sahara occidental');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ESP', 'Spain', 'Espagne');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('EST', 'Estonia', 'Estonie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ETH', 'Ethiopia', 'Éthiopie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('FIN', 'Finland', 'Finlande');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('FJI', 'Fiji', 'Fidji');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('FLK', 'Falkland Islands (Malvinas)', 'Îles Falkland (Malouines)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('FRA', 'France', 'France');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('FRO', 'Faroe Islands', 'Îles Féroé');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('FSM', 'Micronesia (Federated States of)', 'Micronésie (États fédérés de)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GAB', 'Gabon', 'Gabon');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GBR', 'United Kingdom of Great Britain and Northern Ireland', 'Royaume-Uni de Grande-Bretagne et d''Irlande du Nord');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GEO', 'Georgia', 'Géorgie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GGY', 'Guernsey', 'Guernesey');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GHA', 'Ghana', 'Ghana');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GIB', 'Gibraltar', 'Gibraltar');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GIN', 'Guinea', 'Guinée');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GLP', 'Guadeloupe', 'Guadeloupe');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GMB', 'Gambia', 'Gambie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GNB', 'Guinea-Bissau', 'Guinée-Bissau');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GNQ', 'Equatorial Guinea', 'Guinée équatoriale');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GRC', 'Greece', 'Grèce');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GRD', 'Grenada', 'Grenade');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GRL', 'Greenland', 'Groenland');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GTM', 'Guatemala', 'Guatemala');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GUF', 'French Guiana', 'Guyane française');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GUM', 'Guam', 'Guam');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('GUY', 'Guyana', 'Guyana');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('HKG', 'Hong Kong', 'Hong Kong');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('HMD', 'Heard Island and McDonald Islands', 'Île Heard-et-Îles MacDonald');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('HND', 'Honduras', 'Honduras');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('HRV', 'Croatia', 'Croatie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('HTI', 'Haiti', 'Haïti');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('HUN', 'Hungary', 'Hongrie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('IDN', 'Indonesia', 'Indonésie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('IMN', 'Isle of Man', 'Île de Man');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('IND', 'India', 'Inde');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('IOT', 'British Indian Ocean Territory', 'Territoire britannique de l''océan Indien');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('IRL', 'Ireland', 'Irlande');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('IRN', 'Iran (Islamic Republic of)', 'Iran (République islamique d'')');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('IRQ', 'Iraq', 'Iraq');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ISL', 'Iceland', 'Islande');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ISR', 'Israel', 'Israël');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ITA', 'Italy', 'Italie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('JAM', 'Jamaica', 'Jamaïque');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('JEY', 'Jersey', 'Jersey');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('JOR', 'Jordan', 'Jordanie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('JPN', 'Japan', 'Japon');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('KAZ', 'Kazakhstan', 'Kazakhstan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('KEN', 'Kenya', 'Kenya');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('KGZ', 'Kyrgyzstan', 'Kirghizistan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('KHM', 'Cambodia', 'Cambodge');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('KIR', 'Kiribati', 'Kiribati');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('KNA', 'Saint Kitts and Nevis', 'Saint-Kitts-et-Nevis');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('KOR', 'Korea (Republic of)', 'Corée (République de)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('KWT', 'Kuwait', 'Koweït');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LAO', 'Lao People''s Democratic Republic', 'République démocratique populaire lao');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LBN', 'Lebanon', 'Liban');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LBR', 'Liberia', 'Libéria');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LBY', 'Libya', 'Libye');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LCA', 'Saint Lucia', 'Sainte-Lucie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LIE', 'Liechtenstein', 'Liechtenstein');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LKA', 'Sri Lanka', 'Sri Lanka');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LSO', 'Lesotho', 'Lesotho');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LTU', 'Lithuania', 'Lituanie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LUX', 'Luxembourg', 'Luxembourg');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('LVA', 'Latvia', 'Lettonie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MAC', 'Macao', 'Macao');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MAF', 'Saint Martin (French part)', 'Saint-Martin (partie française)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MAR', 'Morocco', 'Maroc');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MCO', 'Monaco', 'Monaco');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MDA', 'Moldova (Republic of)', 'Moldova (République de)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MDG', 'Madagascar', 'Madagascar');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MDV', 'Maldives', 'Maldives');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MEX', 'Mexico', 'Mexique');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MHL', 'Marshall Islands', 'Îles Marshall');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MKD', 'North Macedonia', 'Macédoine du Nord');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MLI', 'Mali', 'Mali');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MLT', 'Malta', 'Malte');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MMR', 'Myanmar', 'Myanmar');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MNE', 'Montenegro', 'Monténégro');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MNG', 'Mongolia', 'Mongolie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MNP', 'Northern Mariana Islands', 'Îles Mariannes du Nord');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MOZ', 'Mozambique', 'Mozambique');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MRT', 'Mauritania', 'Mauritanie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MSR', 'Montserrat', 'Montserrat');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MTQ', 'Martinique', 'Martinique');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MUS', 'Mauritius', 'Maurice');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MWI', 'Malawi', 'Malawi');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MYS', 'Malaysia', 'Malaisie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('MYT', 'Mayotte', 'Mayotte');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NAM', 'Namibia', 'Namibie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NCL', 'New Caledonia', 'Nouvelle-Calédonie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NER', 'Niger', 'Niger');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NFK', 'Norfolk Island', 'Île Norfolk');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NGA', 'Nigeria', 'Nigéria');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NIC', 'Nicaragua', 'Nicaragua');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NIU', 'Niue', 'Niue');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NLD', 'Netherlands', 'Pays-Bas');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NOR', 'Norway', 'Norvège');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NPL', 'Nepal', 'Népal');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NRU', 'Nauru', 'Nauru');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('NZL', 'New Zealand', 'Nouvelle-Zélande');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('OMN', 'Oman', 'Oman');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PAK', 'Pakistan', 'Pakistan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PAN', 'Panama', 'Panama');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PCN', 'Pitcairn', 'Pitcairn');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PER', 'Peru', 'Pérou');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PHL', 'Philippines', 'Philippines');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PLW', 'Palau', 'Palaos');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PNG', 'Papua New Guinea', 'Papouasie-Nouvelle-Guinée');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('POL', 'Poland', 'Pologne');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PRI', 'Puerto Rico', 'Porto Rico');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PRK', 'Korea (Democratic People''s Republic of)', 'Corée (République populaire démocratique de)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PRT', 'Portugal', 'Portugal');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PRY', 'Paraguay', 'Paraguay');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PSE', 'Palestine, State of', 'Palestine (État de)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('PYF', 'French Polynesia', 'Polynésie française');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('QAT', 'Qatar', 'Qatar');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('REU', 'Réunion', 'La Réunion');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ROU', 'Romania', 'Roumanie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('RUS', 'Russian Federation', 'Russie (Fédération de)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('RWA', 'Rwanda', 'Rwanda');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SAU', 'Saudi Arabia', 'Arabie saoudite');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SDN', 'Sudan', 'Soudan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SEN', 'Senegal', 'Sénégal');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SGP', 'Singapore', 'Singapour');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SGS', 'South Georgia and the South Sandwich Islands', 'Géorgie du Sud-et-les Îles Sandwich du Sud');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SHN', 'Saint Helena, Ascension and Tristan da Cunha', 'Sainte-Hélène, Ascension et Tristan da Cunha');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SJM', 'Svalbard and Jan Mayen', 'Svalbard et l''Île Jan Mayen');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SLB', 'Solomon Islands', 'Îles Salomon');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SLE', 'Sierra Leone', 'Sierra Leone');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SLV', 'El Salvador', 'El Salvador');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SMR', 'San Marino', 'Saint-Marin');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SOM', 'Somalia', 'Somalie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SPM', 'Saint Pierre and Miquelon', 'Saint-Pierre-et-Miquelon');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SRB', 'Serbia', 'Serbie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SSD', 'South Sudan', 'Soudan du Sud');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('STP', 'Sao Tome and Principe', 'Sao Tomé-et-Principe');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SUR', 'Suriname', 'Suriname');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SVK', 'Slovakia', 'Slovaquie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SVN', 'Slovenia', 'Slovénie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SWE', 'Sweden', 'Suède');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SWZ', 'Eswatini', 'Eswatini');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SXM', 'Sint Maarten (Dutch part)', 'Saint-Martin (partie néerlandaise)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SYC', 'Seychelles', 'Seychelles');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('SYR', 'Syrian Arab Republic', 'République arabe syrienne');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TCA', 'Turks and Caicos Islands', 'Îles Turques-et-Caïques');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TCD', 'Chad', 'Tchad');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TGO', 'Togo', 'Togo');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('THA', 'Thailand', 'Thaïlande');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TJK', 'Tajikistan', 'Tadjikistan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TKL', 'Tokelau', 'Tokelau');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TKM', 'Turkmenistan', 'Turkménistan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TLS', 'Timor-Leste', 'Timor-Leste');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TON', 'Tonga', 'Tonga');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TTO', 'Trinidad and Tobago', 'Trinité-et-Tobago');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TUN', 'Tunisia', 'Tunisie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TUR', 'Türkiye', 'Türkiye');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TUV', 'Tuvalu', 'Tuvalu');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TWN', 'Taiwan', 'Taïwan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('TZA', 'Tanzania (United Republic of)', 'Tanzanie (République-Unie de)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('UGA', 'Uganda', 'Ouganda');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('UKR', 'Ukraine', 'Ukraine');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('UMI', 'United States Minor Outlying Islands', 'Îles mineures éloignées des États-Unis');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('URY', 'Uruguay', 'Uruguay');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('USA', 'United States of America', 'États-Unis d''Amérique');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('UZB', 'Uzbekistan', 'Ouzbékistan');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('VAT', 'Holy See', 'Saint-Siège');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('VCT', 'Saint Vincent and the Grenadines', 'Saint-Vincent-et-les-Grenadines');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('VEN', 'Venezuela (Bolivarian Republic of)', 'Venezuela (République bolivarienne du)');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('VGB', 'Virgin Islands (British)', 'Îles Vierges britanniques');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('VIR', 'Virgin Islands (U.S.)', 'Îles Vierges des États-Unis');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('VNM', 'Viet Nam', 'Viet Nam');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('VUT', 'Vanuatu', 'Vanuatu');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('WLF', 'Wallis and Futuna', 'Wallis-et-Futuna');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('WSM', 'Samoa', 'Samoa');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('YEM', 'Yemen', 'Yémen');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ZAF', 'South Africa', 'Afrique du Sud');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ZMB', 'Zambia', 'Zambie');
INSERT INTO "Countries" ("Code", "NameEn", "NameFr") VALUES ('ZWE', 'Zimbabwe', 'Zimbabwe');


INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202161932_Baseline', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

DROP TABLE IF EXISTS "QRTZ_SIMPLE_TRIGGERS";

DROP TABLE IF EXISTS "QRTZ_CRON_TRIGGERS";

DROP TABLE IF EXISTS "QRTZ_SIMPROP_TRIGGERS";

DROP TABLE IF EXISTS "QRTZ_BLOB_TRIGGERS";

DROP TABLE IF EXISTS "QRTZ_TRIGGERS";

DROP TABLE IF EXISTS "QRTZ_JOB_DETAILS";

DROP TABLE IF EXISTS "QRTZ_FIRED_TRIGGERS";

DROP TABLE IF EXISTS "QRTZ_CALENDARS";

DROP TABLE IF EXISTS "QRTZ_PAUSED_TRIGGER_GRPS";

DROP TABLE IF EXISTS "QRTZ_PAUSED_JOB_GRPS";

DROP TABLE IF EXISTS "QRTZ_SCHEDULER_STATE";

DROP TABLE IF EXISTS "QRTZ_LOCKS";

DROP TABLE IF EXISTS "QRTZ_EXECUTION_HISTORY";

DROP TABLE IF EXISTS "QRTZ_MISFIRE_HISTORY";

DROP TABLE IF EXISTS "QRTZ_JOB_STATUS";

DROP TABLE IF EXISTS "__schema_versions";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202162503_KeyRingAndLegacyTablesDropped', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Organizations" ADD "RequireTwoFactor" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "AuditEntries" ADD "ClientAddress" TEXT NULL;

ALTER TABLE "AspNetUsers" ADD "LastAuthenticatorTimeStep" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202174344_Security', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "ParticipatingEmployers" ADD "ConfirmedAtUtc" TEXT NULL;

ALTER TABLE "ParticipatingEmployers" ADD "ConfirmedByUserId" TEXT NULL;

ALTER TABLE "ParticipatingEmployers" ADD "ConfirmedOrganizationId" TEXT NULL;

CREATE INDEX "IX_ParticipatingEmployers_ConfirmedOrganizationId" ON "ParticipatingEmployers" ("ConfirmedOrganizationId");

CREATE UNIQUE INDEX "IX_ParticipatingEmployers_ProgramCode_BusinessNumber" ON "ParticipatingEmployers" ("ProgramCode", "BusinessNumber");

CREATE TABLE "ef_temp_ParticipatingEmployers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ParticipatingEmployers" PRIMARY KEY,
    "BusinessNumber" TEXT NULL,
    "ConfirmedAtUtc" TEXT NULL,
    "ConfirmedByUserId" TEXT NULL,
    "ConfirmedOrganizationId" TEXT NULL,
    "Name" TEXT NOT NULL,
    "ProgramCode" TEXT NOT NULL,
    CONSTRAINT "FK_ParticipatingEmployers_Organizations_ConfirmedOrganizationId" FOREIGN KEY ("ConfirmedOrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ParticipatingEmployers_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_ParticipatingEmployers" ("Id", "BusinessNumber", "ConfirmedAtUtc", "ConfirmedByUserId", "ConfirmedOrganizationId", "Name", "ProgramCode")
SELECT "Id", "BusinessNumber", "ConfirmedAtUtc", "ConfirmedByUserId", "ConfirmedOrganizationId", "Name", "ProgramCode"
FROM "ParticipatingEmployers";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "ParticipatingEmployers";

ALTER TABLE "ef_temp_ParticipatingEmployers" RENAME TO "ParticipatingEmployers";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_ParticipatingEmployers_ConfirmedOrganizationId" ON "ParticipatingEmployers" ("ConfirmedOrganizationId");

CREATE UNIQUE INDEX "IX_ParticipatingEmployers_ProgramCode_BusinessNumber" ON "ParticipatingEmployers" ("ProgramCode", "BusinessNumber");

CREATE UNIQUE INDEX "IX_ParticipatingEmployers_ProgramCode_Name" ON "ParticipatingEmployers" ("ProgramCode", "Name");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202175402_ParticipatingEmployerConfirmation', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Programs" ADD "EmployerSpecific" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Offers" ADD "Seasonal" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Programs" ADD "Regulation" TEXT NULL;

ALTER TABLE "Offers" ADD "AttestHealthCare" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Offers" ADD "AttestNoRecruiterFees" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Offers" ADD "AttestWorkersRights" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Offers" ADD "FeeExemptionReason" TEXT NULL;

ALTER TABLE "Offers" ADD "FirstDayOfEmployment" TEXT NULL;

ALTER TABLE "Offers" ADD "FirstDayRecordedAtUtc" TEXT NULL;

ALTER TABLE "Offers" ADD "FirstDayRecordedByUserId" TEXT NULL;

ALTER TABLE "Offers" ADD "PathwayCode" TEXT NULL;

ALTER TABLE "Offers" ADD "PermitDecidedOn" TEXT NULL;

ALTER TABLE "Offers" ADD "PermitExpiresOn" TEXT NULL;

ALTER TABLE "Offers" ADD "PermitNumber" TEXT NULL;

ALTER TABLE "Offers" ADD "PermitOutcome" TEXT NULL;

ALTER TABLE "Offers" ADD "PermitRecordedAtUtc" TEXT NULL;

ALTER TABLE "Offers" ADD "PermitRecordedByUserId" TEXT NULL;

ALTER TABLE "Occupations" ADD "TitleFr" TEXT NULL;

CREATE TABLE "ProgramRuleSets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProgramRuleSets" PRIMARY KEY,
    "ProgramCode" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "EffectiveTo" TEXT NULL,
    "Source" TEXT NOT NULL,
    "EligibleTeers" TEXT NULL,
    "ExpeditedTeers" TEXT NULL,
    "IndeterminateTeers" TEXT NULL,
    "MinimumDurationMonths" INTEGER NULL,
    "MinimumHoursPerWeek" TEXT NULL,
    "RequiresNonSeasonal" INTEGER NOT NULL,
    "RequiresParticipatingEmployer" INTEGER NOT NULL,
    "RequiredProvinces" TEXT NULL,
    "ExcludedProvinces" TEXT NULL,
    "RequiredCitizenships" TEXT NULL,
    "RequiresDesignation" INTEGER NOT NULL,
    "RequiresEndorsement" INTEGER NOT NULL,
    "UsesOccupationList" INTEGER NOT NULL,
    CONSTRAINT "FK_ProgramRuleSets_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_Offers_PathwayCode" ON "Offers" ("PathwayCode");

CREATE INDEX "IX_Offers_PermitExpiresOn" ON "Offers" ("PermitExpiresOn");

CREATE UNIQUE INDEX "IX_ProgramRuleSets_ProgramCode_EffectiveFrom" ON "ProgramRuleSets" ("ProgramCode", "EffectiveFrom");

CREATE TABLE "ef_temp_Programs" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Programs" PRIMARY KEY,
    "Description" TEXT NOT NULL,
    "EmployerSpecific" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Regulation" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    "Source" TEXT NULL
);

INSERT INTO "ef_temp_Programs" ("Code", "Description", "EmployerSpecific", "IsActive", "Kind", "Name", "Regulation", "SortOrder", "Source")
SELECT "Code", "Description", "EmployerSpecific", "IsActive", "Kind", "Name", "Regulation", "SortOrder", "Source"
FROM "Programs";

CREATE TABLE "ef_temp_Offers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Offers" PRIMARY KEY,
    "AttestAbuseFree" INTEGER NOT NULL,
    "AttestAgreement" INTEGER NOT NULL,
    "AttestHealthCare" INTEGER NOT NULL,
    "AttestNoFees" INTEGER NOT NULL,
    "AttestNoRecruiterFees" INTEGER NOT NULL,
    "AttestSameConditions" INTEGER NOT NULL,
    "AttestWorkersRights" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "CreationToken" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    "ExemptionExplanation" TEXT NOT NULL,
    "FeeAmount" TEXT NULL,
    "FeeExempt" INTEGER NOT NULL,
    "FeeExemptionReason" TEXT NULL,
    "FeePaidOn" TEXT NULL,
    "FeeRecordedAtUtc" TEXT NULL,
    "FeeRecordedByUserId" TEXT NULL,
    "FeeReference" TEXT NULL,
    "FirstDayOfEmployment" TEXT NULL,
    "FirstDayRecordedAtUtc" TEXT NULL,
    "FirstDayRecordedByUserId" TEXT NULL,
    "HoursPerWeek" TEXT NOT NULL,
    "JobTitle" TEXT NOT NULL,
    "Location1City" TEXT NOT NULL,
    "Location1Province" TEXT NOT NULL,
    "Location2City" TEXT NULL,
    "Location2Province" TEXT NULL,
    "MainDuties" TEXT NOT NULL,
    "MoreLocations" INTEGER NOT NULL,
    "NumberEmailedToWorker" INTEGER NOT NULL,
    "NumberGivenAtUtc" TEXT NULL,
    "NumberGivenByUserId" TEXT NULL,
    "NumberGivenOn" TEXT NULL,
    "NumberRecordedAtUtc" TEXT NULL,
    "NumberRecordedByUserId" TEXT NULL,
    "OccupationCode" TEXT NOT NULL,
    "OfferNumber" TEXT NULL,
    "OrganizationId" TEXT NOT NULL,
    "PassportNumber" TEXT NOT NULL,
    "PathwayCode" TEXT NULL,
    "PermitDecidedOn" TEXT NULL,
    "PermitExpiresOn" TEXT NULL,
    "PermitNumber" TEXT NULL,
    "PermitOutcome" TEXT NULL,
    "PermitRecordedAtUtc" TEXT NULL,
    "PermitRecordedByUserId" TEXT NULL,
    "ProgramCode" TEXT NOT NULL,
    "RefundReceivedOn" TEXT NULL,
    "RefundRequestedOn" TEXT NULL,
    "Seasonal" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "SubmittedByUserId" TEXT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Wage" TEXT NOT NULL,
    "WageUnit" TEXT NOT NULL,
    "WithdrawalReason" TEXT NULL,
    "WithdrawnAtUtc" TEXT NULL,
    "WithdrawnByUserId" TEXT NULL,
    "WorkerCitizenship" TEXT NOT NULL,
    "WorkerDateOfBirth" TEXT NOT NULL,
    "WorkerEmail" TEXT NOT NULL,
    "WorkerFamilyName" TEXT NOT NULL,
    "WorkerGivenNames" TEXT NOT NULL,
    "WorkerInsideCanada" INTEGER NOT NULL,
    CONSTRAINT "FK_Offers_Occupations_OccupationCode" FOREIGN KEY ("OccupationCode") REFERENCES "Occupations" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Offers_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Offers_Programs_PathwayCode" FOREIGN KEY ("PathwayCode") REFERENCES "Programs" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Offers_Programs_ProgramCode" FOREIGN KEY ("ProgramCode") REFERENCES "Programs" ("Code") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Offers" ("Id", "AttestAbuseFree", "AttestAgreement", "AttestHealthCare", "AttestNoFees", "AttestNoRecruiterFees", "AttestSameConditions", "AttestWorkersRights", "CreatedAtUtc", "CreatedByUserId", "CreationToken", "EndDate", "ExemptionExplanation", "FeeAmount", "FeeExempt", "FeeExemptionReason", "FeePaidOn", "FeeRecordedAtUtc", "FeeRecordedByUserId", "FeeReference", "FirstDayOfEmployment", "FirstDayRecordedAtUtc", "FirstDayRecordedByUserId", "HoursPerWeek", "JobTitle", "Location1City", "Location1Province", "Location2City", "Location2Province", "MainDuties", "MoreLocations", "NumberEmailedToWorker", "NumberGivenAtUtc", "NumberGivenByUserId", "NumberGivenOn", "NumberRecordedAtUtc", "NumberRecordedByUserId", "OccupationCode", "OfferNumber", "OrganizationId", "PassportNumber", "PathwayCode", "PermitDecidedOn", "PermitExpiresOn", "PermitNumber", "PermitOutcome", "PermitRecordedAtUtc", "PermitRecordedByUserId", "ProgramCode", "RefundReceivedOn", "RefundRequestedOn", "Seasonal", "StartDate", "Status", "SubmittedAtUtc", "SubmittedByUserId", "UpdatedAtUtc", "Version", "Wage", "WageUnit", "WithdrawalReason", "WithdrawnAtUtc", "WithdrawnByUserId", "WorkerCitizenship", "WorkerDateOfBirth", "WorkerEmail", "WorkerFamilyName", "WorkerGivenNames", "WorkerInsideCanada")
SELECT "Id", "AttestAbuseFree", "AttestAgreement", "AttestHealthCare", "AttestNoFees", "AttestNoRecruiterFees", "AttestSameConditions", "AttestWorkersRights", "CreatedAtUtc", "CreatedByUserId", "CreationToken", "EndDate", "ExemptionExplanation", "FeeAmount", "FeeExempt", "FeeExemptionReason", "FeePaidOn", "FeeRecordedAtUtc", "FeeRecordedByUserId", "FeeReference", "FirstDayOfEmployment", "FirstDayRecordedAtUtc", "FirstDayRecordedByUserId", "HoursPerWeek", "JobTitle", "Location1City", "Location1Province", "Location2City", "Location2Province", "MainDuties", "MoreLocations", "NumberEmailedToWorker", "NumberGivenAtUtc", "NumberGivenByUserId", "NumberGivenOn", "NumberRecordedAtUtc", "NumberRecordedByUserId", "OccupationCode", "OfferNumber", "OrganizationId", "PassportNumber", "PathwayCode", "PermitDecidedOn", "PermitExpiresOn", "PermitNumber", "PermitOutcome", "PermitRecordedAtUtc", "PermitRecordedByUserId", "ProgramCode", "RefundReceivedOn", "RefundRequestedOn", "Seasonal", "StartDate", "Status", "SubmittedAtUtc", "SubmittedByUserId", "UpdatedAtUtc", "Version", "Wage", "WageUnit", "WithdrawalReason", "WithdrawnAtUtc", "WithdrawnByUserId", "WorkerCitizenship", "WorkerDateOfBirth", "WorkerEmail", "WorkerFamilyName", "WorkerGivenNames", "WorkerInsideCanada"
FROM "Offers";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Programs";

ALTER TABLE "ef_temp_Programs" RENAME TO "Programs";

DROP TABLE "Offers";

ALTER TABLE "ef_temp_Offers" RENAME TO "Offers";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Offers_OccupationCode" ON "Offers" ("OccupationCode");

CREATE UNIQUE INDEX "IX_Offers_OfferNumber" ON "Offers" ("OfferNumber");

CREATE INDEX "IX_Offers_OrganizationId_CreatedAtUtc" ON "Offers" ("OrganizationId", "CreatedAtUtc");

CREATE UNIQUE INDEX "IX_Offers_OrganizationId_CreationToken" ON "Offers" ("OrganizationId", "CreationToken");

CREATE INDEX "IX_Offers_OrganizationId_Status_CreatedAtUtc" ON "Offers" ("OrganizationId", "Status", "CreatedAtUtc");

CREATE INDEX "IX_Offers_PathwayCode" ON "Offers" ("PathwayCode");

CREATE INDEX "IX_Offers_PermitExpiresOn" ON "Offers" ("PermitExpiresOn");

CREATE INDEX "IX_Offers_ProgramCode" ON "Offers" ("ProgramCode");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202202827_RulesInForce', '10.0.15');

BEGIN TRANSACTION;
-- Rules in force: NOC 2021 V1.0 in full, IRCC exemption codes, pathways and rule sets with their days.
-- Generated by db/reference/rules_in_force.py; edit the data there.

-- Occupations: every NOC 2021 unit group; a code already present keeps its title and gets its French title.
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('00010', 'Legislators', 'Membres des corps législatifs', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('00011', 'Senior government managers and officials', 'Cadres supérieurs/cadres supérieures - administration publique', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('00012', 'Senior managers - financial, communications and other business services', 'Cadres supérieurs/cadres supérieures - services financiers, communications et autres services aux entreprises', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('00013', 'Senior managers - health, education, social and community services and membership organizations', 'Cadres supérieurs/cadres supérieures - santé, enseignement, services sociaux et communautaires et associations mutuelles', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('00014', 'Senior managers - trade, broadcasting and other services', 'Cadres supérieurs/cadres supérieures - commerce, radiotélédiffusion et autres services', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('00015', 'Senior managers - construction, transportation, production and utilities', 'Cadres supérieurs/cadres supérieures - construction, transport, production et services d''utilité publique', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10010', 'Financial managers', 'Directeurs financiers/directrices financières', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10011', 'Human resources managers', 'Directeurs/directrices des ressources humaines', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10012', 'Purchasing managers', 'Directeurs/directrices des achats', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10019', 'Other administrative services managers', 'Directeurs/directrices d''autres services administratifs', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10020', 'Insurance, real estate and financial brokerage managers', 'Directeurs/directrices des assurances, de l''immobilier et du courtage financier', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10021', 'Banking, credit and other investment managers', 'Directeurs/directrices de banque, du crédit et d''autres services de placements', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10022', 'Advertising, marketing and public relations managers', 'Directeurs/directrices de la publicité, du marketing et des relations publiques', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10029', 'Other business services managers', 'Directeurs/directrices d''autres services aux entreprises', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('10030', 'Telecommunication carriers managers', 'Directeurs/directrices d''entreprises de télécommunications', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11100', 'Financial auditors and accountants', 'Vérificateurs/vérificatrices et comptables', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11101', 'Financial and investment analysts', 'Analystes financiers/analystes financières et analystes en placements', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11102', 'Financial advisors', 'Conseillers financiers/conseillères financières', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11103', 'Securities agents, investment dealers and brokers', 'Agents/agentes en valeurs, agents/agentes en placements et négociateurs/négociatrices en valeurs', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11109', 'Other financial officers', 'Autres agents financiers/agentes financières', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11200', 'Human resources professionals', 'Professionnels/professionnelles en ressources humaines', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11201', 'Professional occupations in business management consulting', 'Professionnels/professionnelles des services-conseils en gestion aux entreprises', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('11202', 'Professional occupations in advertising, marketing and public relations', 'Professionnels/professionnelles en publicité, en marketing et en relations publiques', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12010', 'Supervisors, general office and administrative support workers', 'Superviseurs/superviseures de commis de bureau et du personnel de soutien administratif', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12011', 'Supervisors, finance and insurance office workers', 'Superviseurs/superviseures de commis de finance et d''assurance', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12012', 'Supervisors, library, correspondence and related information workers', 'Superviseurs/superviseures de commis de bibliothèque, de correspondanciers et d''autres commis à l''information', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12013', 'Supervisors, supply chain, tracking and scheduling coordination occupations', 'Superviseurs/superviseures du personnel de coordination de la chaîne d''approvisionnement, du suivi et des horaires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12100', 'Executive assistants', 'Adjoints/adjointes de direction', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12101', 'Human resources and recruitment officers', 'Agents/agentes des ressources humaines et de recrutement', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12102', 'Procurement and purchasing agents and officers', 'Agents/agentes en approvisionnement et aux achats', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12103', 'Conference and event planners', 'Planificateurs/planificatrices de congrès et d''événements', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12104', 'Employment insurance and revenue officers', 'Agents/agentes d''assurance-emploi et du revenu', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12110', 'Court reporters, medical transcriptionists and related occupations', 'Sténographes judiciaires, transcripteurs médicaux/transcriptrices médicales et personnel assimilé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12111', 'Health information management occupations', 'Personnel en gestion de l''information sur la santé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12112', 'Records management technicians', 'Techniciens/techniciennes à la gestion des documents', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12113', 'Statistical officers and related research support occupations', 'Agents/agentes de statistiques et professions connexes du soutien de la recherche', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12200', 'Accounting technicians and bookkeepers', 'Techniciens/techniciennes en comptabilité et teneurs/teneuses de livres', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12201', 'Insurance adjusters and claims examiners', 'Experts/expertes en sinistres et rédacteurs/rédactrices sinistres', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12202', 'Insurance underwriters', 'Assureurs/assureures', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('12203', 'Assessors, business valuators and appraisers', 'Estimateurs/estimatrices, évaluateurs/évaluatrices d''entreprise et autres évaluateurs/évaluatrices', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13100', 'Administrative officers', 'Agents/agentes d''administration', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13101', 'Property administrators', 'Agents/agentes de gestion immobilière', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13102', 'Payroll administrators', 'Administrateurs/administratrices de la paye', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13110', 'Administrative assistants', 'Adjoints administratifs/adjointes administratives', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13111', 'Legal administrative assistants', 'Adjoints administratifs juridiques/adjointes administratives juridiques', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13112', 'Medical administrative assistants', 'Adjoints administratifs médicaux/adjointes administratives médicales', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13200', 'Customs, ship and other brokers', 'Courtiers/courtières en douanes, courtiers maritimes/courtières maritimes et autres courtiers/courtières', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('13201', 'Production and transportation logistics coordinators', 'Coordonnateurs/coordonnatrices de la logistique de la production et du transport', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14100', 'General office support workers', 'Employés/employées de bureau - soutien général', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14101', 'Receptionists', 'Réceptionnistes', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14102', 'Personnel clerks', 'Commis des services du personnel', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14103', 'Court clerks and related court services occupations', 'Commis des services judiciaires et autres professions des services judiciaires', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14110', 'Survey interviewers and statistical clerks', 'Intervieweurs/intervieweuses pour enquêtes et commis aux statistiques', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14111', 'Data entry clerks', 'Commis à la saisie de données', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14112', 'Desktop publishing operators and related occupations', 'Opérateurs/opératrices d''équipement d''éditique et personnel assimilé', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14200', 'Accounting and related clerks', 'Commis à la comptabilité et personnel assimilé', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14201', 'Banking, insurance and other financial clerks', 'Commis de banque, d''assurance et d''autres services financiers', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14202', 'Collection clerks', 'Commis de recouvrement', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14300', 'Library assistants and clerks', 'Commis et assistants/assistantes dans les bibliothèques', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14301', 'Correspondence, publication and regulatory clerks', 'Correspondanciers/correspondancières et commis aux publications et aux règlements', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14400', 'Shippers and receivers', 'Expéditeurs/expéditrices et réceptionnaires', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14401', 'Storekeepers and partspersons', 'Magasiniers/magasinières et commis aux pièces', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14402', 'Production logistics workers', 'Travailleurs/travailleuses de la logistique de la production', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14403', 'Purchasing and inventory control workers', 'Commis aux achats et au contrôle de l''inventaire', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14404', 'Dispatchers', 'Répartiteurs/répartitrices', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('14405', 'Transportation route and crew schedulers', 'Horairistes de trajets et d''équipages', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('20010', 'Engineering managers', 'Directeurs/directrices des services de génie', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('20011', 'Architecture and science managers', 'Directeurs/directrices des services d''architecture et de sciences', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('20012', 'Computer and information systems managers', 'Gestionnaires des systèmes informatiques', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21100', 'Physicists and astronomers', 'Physiciens/physiciennes et astronomes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21101', 'Chemists', 'Chimistes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21102', 'Geoscientists and oceanographers', 'Géoscientifiques et océanographes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21103', 'Meteorologists and climatologists', 'Météorologues et climatologues', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21109', 'Other professional occupations in physical sciences', 'Autres professionnels/professionnelles des sciences physiques', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21110', 'Biologists and related scientists', 'Biologistes et personnel scientifique assimilé', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21111', 'Forestry professionals', 'Professionnels/professionnelles des sciences forestières', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21112', 'Agricultural representatives, consultants and specialists', 'Agronomes, conseillers/conseillères et spécialistes en agriculture', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21120', 'Public and environmental health and safety professionals', 'Professionnels/professionnelles de la santé et sécurité publique et environnementale', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21200', 'Architects', 'Architectes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21201', 'Landscape architects', 'Architectes paysagistes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21202', 'Urban and land use planners', 'Urbanistes et planificateurs/planificatrices de l''utilisation des sols', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21203', 'Land surveyors', 'Arpenteurs-géomètres/arpenteuses-géomètres', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21210', 'Mathematicians, statisticians and actuaries', 'Mathématiciens/mathématiciennes, statisticiens/statisticiennes et actuaires', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21211', 'Data scientists', 'Scientifiques des données', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21220', 'Cybersecurity specialists', 'Spécialistes de la cybersécurité', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21221', 'Business systems specialists', 'Spécialistes des systèmes commerciaux', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21222', 'Information systems specialists', 'Spécialistes en informatique', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21223', 'Database analysts and data administrators', 'Analystes de bases de données et administrateurs/administratrices de données', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21230', 'Computer systems developers and programmers', 'Développeurs/développeuses et programmeurs/programmeuses de systèmes informatiques', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21231', 'Software engineers and designers', 'Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21232', 'Software developers and programmers', 'Développeurs/développeuses et programmeurs/programmeuses de logiciels', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21233', 'Web designers', 'Concepteurs/conceptrices Web', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21234', 'Web developers and programmers', 'Développeurs/développeuses et programmeurs/programmeuses Web', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21300', 'Civil engineers', 'Ingénieurs civils/ingénieures civiles', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21301', 'Mechanical engineers', 'Ingénieurs mécaniciens/ingénieures mécaniciennes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21310', 'Electrical and electronics engineers', 'Ingénieurs électriciens et électroniciens/ingénieures électriciennes et électroniciennes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21311', 'Computer engineers (except software engineers and designers)', 'Ingénieurs informaticiens/ingénieures informaticiennes (sauf ingénieurs/ingénieures et concepteurs/conceptrices en logiciel)', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21320', 'Chemical engineers', 'Ingénieurs chimistes/ingénieures chimistes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21321', 'Industrial and manufacturing engineers', 'Ingénieurs/ingénieures d''industrie et de fabrication', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21322', 'Metallurgical and materials engineers', 'Ingénieurs/ingénieures métallurgistes et des matériaux', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21330', 'Mining engineers', 'Ingénieurs miniers/ingénieures minières', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21331', 'Geological engineers', 'Ingénieurs/ingénieures géologiques', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21332', 'Petroleum engineers', 'Ingénieurs/ingénieures de l''extraction et du raffinage du pétrole', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21390', 'Aerospace engineers', 'Ingénieurs/ingénieures en aérospatiale', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('21399', 'Other professional engineers', 'Autres ingénieurs/ingénieures', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22100', 'Chemical technologists and technicians', 'Technologues et techniciens/techniciennes en chimie', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22101', 'Geological and mineral technologists and technicians', 'Technologues et techniciens/techniciennes en géologie et en minéralogie', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22110', 'Biological technologists and technicians', 'Technologues et techniciens/techniciennes en biologie', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22111', 'Agricultural and fish products inspectors', 'Inspecteurs/inspectrices des produits agricoles et de la pêche', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22112', 'Forestry technologists and technicians', 'Technologues et techniciens/techniciennes en sciences forestières', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22113', 'Conservation and fishery officers', 'Techniciens/techniciennes du milieu naturel et de la pêche', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22114', 'Landscape and horticulture technicians and specialists', 'Techniciens/techniciennes et spécialistes de l''aménagement paysager et de l''horticulture', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22210', 'Architectural technologists and technicians', 'Technologues et techniciens/techniciennes en architecture', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22211', 'Industrial designers', 'Designers industriels/designers industrielles', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22212', 'Drafting technologists and technicians', 'Technologues et techniciens/techniciennes en dessin', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22213', 'Land survey technologists and technicians', 'Technologues et techniciens/techniciennes en arpentage', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22214', 'Technical occupations in geomatics and meteorology', 'Personnel technique en géomatique et en météorologie', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22220', 'Computer network and web technicians', 'Techniciens/techniciennes de réseau informatique et Web', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22221', 'User support technicians', 'Agents/agentes de soutien aux utilisateurs', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22222', 'Information systems testing technicians', 'Évaluateurs/évaluatrices de systèmes informatiques', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22230', 'Non-destructive testers and inspectors', 'Vérificateurs/vérificatrices et inspecteurs/inspectrices des essais non destructifs', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22231', 'Engineering inspectors and regulatory officers', 'Inspecteurs/inspectrices d''ingénierie et officiers/officières de réglementation', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22232', 'Occupational health and safety specialists', 'Spécialistes de l''hygiène et de la sécurité au travail', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22233', 'Construction inspectors', 'Inspecteurs/inspectrices en construction', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22300', 'Civil engineering technologists and technicians', 'Technologues et techniciens/techniciennes en génie civil', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22301', 'Mechanical engineering technologists and technicians', 'Technologues et techniciens/techniciennes en génie mécanique', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22302', 'Industrial engineering and manufacturing technologists and technicians', 'Technologues et techniciens/techniciennes en génie industriel et en génie de fabrication', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22303', 'Construction estimators', 'Estimateurs/estimatrices en construction', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22310', 'Electrical and electronics engineering technologists and technicians', 'Technologues et techniciens/techniciennes en génie électrique et électronique', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22311', 'Electronic service technicians (household and business equipment)', 'Électroniciens/électroniciennes d''entretien (biens domestiques et commerciaux)', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22312', 'Industrial instrument technicians and mechanics', 'Techniciens/techniciennes et mécaniciens/mécaniciennes d''instruments industriels', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('22313', 'Aircraft instrument, electrical and avionics mechanics, technicians and inspectors', 'Mécaniciens/mécaniciennes, techniciens/techniciennes et contrôleurs/contrôleuses d''avionique et d''instruments et d''appareillages électriques d''aéronefs', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('30010', 'Managers in health care', 'Directeurs/directrices des soins de santé', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31100', 'Specialists in clinical and laboratory medicine', 'Spécialistes en médecine clinique et de laboratoire', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31101', 'Specialists in surgery', 'Spécialistes en chirurgie', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31102', 'General practitioners and family physicians', 'Omnipraticiens/omnipraticiennes et médecins en médecine familiale', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31103', 'Veterinarians', 'Vétérinaires', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31110', 'Dentists', 'Dentistes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31111', 'Optometrists', 'Optométristes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31112', 'Audiologists and speech-language pathologists', 'Audiologistes et orthophonistes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31120', 'Pharmacists', 'Pharmaciens/pharmaciennes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31121', 'Dietitians and nutritionists', 'Diététistes et nutritionnistes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31200', 'Psychologists', 'Psychologues', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31201', 'Chiropractors', 'Chiropraticiens/chiropraticiennes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31202', 'Physiotherapists', 'Physiothérapeutes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31203', 'Occupational therapists', 'Ergothérapeutes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31204', 'Kinesiologists and other professional occupations in therapy and assessment', 'Kinésiologues et autres professionnels/professionnelles en thérapie et en diagnostic', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31209', 'Other professional occupations in health diagnosing and treating', 'Autres professionnels/professionnelles en diagnostic et en traitement de la santé', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31300', 'Nursing coordinators and supervisors', 'Coordonnateurs/coordonnatrices et superviseurs/superviseures des soins infirmiers', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31301', 'Registered nurses and registered psychiatric nurses', 'Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31302', 'Nurse practitioners', 'Infirmiers praticiens/infirmières praticiennes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('31303', 'Physician assistants, midwives and allied health professionals', 'Adjoints au médecin, sages-femmes et professionnels paramédicaux', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32100', 'Opticians', 'Opticiens/opticiennes d''ordonnances', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32101', 'Licensed practical nurses', 'Infirmiers auxiliaires/infirmières auxiliaires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32102', 'Paramedical occupations', 'Personnel ambulancier et paramédical', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32103', 'Respiratory therapists, clinical perfusionists and cardiopulmonary technologists', 'Inhalothérapeutes, perfusionnistes cardiovasculaires et technologues cardiopulmonaires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32104', 'Animal health technologists and veterinary technicians', 'Technologues en santé animale et techniciens/techniciennes vétérinaires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32109', 'Other technical occupations in therapy and assessment', 'Autre personnel technique en thérapie et en diagnostic', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32110', 'Denturists', 'Denturologistes', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32111', 'Dental hygienists and dental therapists', 'Hygiénistes et thérapeutes dentaires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32112', 'Dental technologists and technicians', 'Technologues et techniciens/techniciennes dentaires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32120', 'Medical laboratory technologists', 'Technologues de laboratoires médicaux', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32121', 'Medical radiation technologists', 'Technologues en radiation médicale', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32122', 'Medical sonographers', 'Technologues en échographie', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32123', 'Cardiology technologists and electrophysiological diagnostic technologists', 'Technologues en cardiologie et technologues en électrophysiologie diagnostique', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32124', 'Pharmacy technicians', 'Techniciens/techniciennes en pharmacie', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32129', 'Other medical technologists and technicians', 'Autres technologues et techniciens/techniciennes des sciences de la santé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32200', 'Traditional Chinese medicine practitioners and acupuncturists', 'Praticiens/praticiennes en médecine traditionnelle chinoise et acupuncteurs/acupunctrices', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32201', 'Massage therapists', 'Massothérapeutes', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('32209', 'Other practitioners of natural healing', 'Autres praticiens/praticiennes des médecines douces', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('33100', 'Dental assistants and dental laboratory assistants', 'Assistants/assistantes dentaires et auxiliaires dans les laboratoires dentaires', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('33101', 'Medical laboratory assistants and related technical occupations', 'Assistants/assistantes de laboratoires médicaux et professions techniques connexes', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('33102', 'Nurse aides, orderlies and patient service associates', 'Aides-infirmiers/aides-infirmières, aides-soignants/aides-soignantes et préposés/préposées aux bénéficiaires', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('33103', 'Pharmacy technical assistants and pharmacy assistants', 'Assistants techniques/assistantes techniques en pharmacie et assistants/assistantes en pharmacie', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('33109', 'Other assisting occupations in support of health services', 'Autre personnel de soutien des services de santé', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40010', 'Government managers - health and social policy development and program administration', 'Gestionnaires de la fonction publique - élaboration de politiques et administration de programmes sociaux et de santé', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40011', 'Government managers - economic analysis, policy development and program administration', 'Gestionnaires de la fonction publique - analyse économique, élaboration de politiques et administration de programmes', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40012', 'Government managers - education policy development and program administration', 'Gestionnaires de la fonction publique - élaboration de politiques en matière d''éducation et administration de programmes', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40019', 'Other managers in public administration', 'Autres gestionnaires de la fonction publique', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40020', 'Administrators - post-secondary education and vocational training', 'Administrateurs/administratrices - enseignement postsecondaire et formation professionnelle', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40021', 'School principals and administrators of elementary and secondary education', 'Directeurs/directrices d''école et administrateurs/administratrices de programmes d''enseignement aux niveaux primaire et secondaire', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40030', 'Managers in social, community and correctional services', 'Directeurs/directrices des services sociaux, communautaires et correctionnels', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40040', 'Commissioned police officers and related occupations in public protection services', 'Officiers/officières de direction des services de police et professions connexes des services de la protection du public', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40041', 'Fire chiefs and senior firefighting officers', 'Chefs et officiers supérieurs/officières supérieures des services d''incendie', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('40042', 'Commissioned officers of the Canadian Armed Forces', 'Officiers/officières de direction des Forces armées canadiennes', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41100', 'Judges', 'Juges', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41101', 'Lawyers and Quebec notaries', 'Avocats/avocates (partout au Canada) et notaires (au Québec)', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41200', 'University professors and lecturers', 'Professeurs/professeures et chargés/chargées de cours au niveau universitaire', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41201', 'Post-secondary teaching and research assistants', 'Assistants/assistantes d''enseignement et de recherche au niveau postsecondaire', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41210', 'College and other vocational instructors', 'Enseignants/enseignantes au niveau collégial et autres instructeurs/instructrices en formation professionnelle', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41220', 'Secondary school teachers', 'Enseignants/enseignantes au niveau secondaire', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41221', 'Elementary school and kindergarten teachers', 'Enseignants/enseignantes aux niveaux primaire et préscolaire', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41300', 'Social workers', 'Travailleurs sociaux/travailleuses sociales', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41301', 'Therapists in counselling and related specialized therapies', 'Thérapeutes en counseling et thérapies spécialisées connexes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41302', 'Religious leaders', 'Chefs religieux', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41310', 'Police investigators and other investigative occupations', 'Enquêteurs/enquêteuses de police et autres professions d''enquête', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41311', 'Probation and parole officers', 'Agents/agentes de probation et de libération conditionnelle', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41320', 'Educational counsellors', 'Conseillers/conseillères en information scolaire', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41321', 'Career development practitioners and career counsellors (except education)', 'Conseillers/conseillères en développement de carrière et conseillers/conseillères en orientation (sauf éducation)', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41400', 'Natural and applied science policy researchers, consultants and program officers', 'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes, en sciences naturelles et appliquées', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41401', 'Economists and economic policy researchers and analysts', 'Économistes, recherchistes et analystes des politiques économiques', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41402', 'Business development officers and market researchers and analysts', 'Agents/agentes de développement économique et recherchistes et analystes en marketing', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41403', 'Social policy researchers, consultants and program officers', 'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques sociales', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41404', 'Health policy researchers, consultants and program officers', 'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques de la santé', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41405', 'Education policy researchers, consultants and program officers', 'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques de l''enseignement', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41406', 'Recreation, sports and fitness policy researchers, consultants and program officers', 'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programme en sports, en loisirs et en conditionnement physique', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41407', 'Program officers unique to government', 'Agents/agentes de programmes propres au gouvernement', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('41409', 'Other professional occupations in social science', 'Autres professionnels/professionnelles des sciences sociales', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('42100', 'Police officers (except commissioned)', 'Policiers/policières (sauf cadres supérieurs)', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('42101', 'Firefighters', 'Pompiers/pompières', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('42102', 'Specialized members of the Canadian Armed Forces', 'Membres spécialisés des Forces armées canadiennes', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('42200', 'Paralegals and related occupations', 'Techniciens/techniciennes juridiques et personnel assimilé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('42201', 'Social and community service workers', 'Travailleurs/travailleuses des services sociaux et communautaires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('42202', 'Early childhood educators and assistants', 'Éducateurs/éducatrices et aides-éducateurs/aides-éducatrices de la petite enfance', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('42203', 'Instructors of persons with disabilities', 'Instructeurs/instructrices pour personnes ayant une déficience', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('42204', 'Religion workers', 'Travailleurs/travailleuses de la religion', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('43100', 'Elementary and secondary school teacher assistants', 'Aides-enseignants/aides-enseignantes aux niveaux primaire et secondaire', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('43109', 'Other instructors', 'Autres instructeurs/instructrices', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('43200', 'Sheriffs and bailiffs', 'Shérifs et huissiers/huissières de justice', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('43201', 'Correctional service officers', 'Agents/agentes de services correctionnels', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('43202', 'By-law enforcement and other regulatory officers', 'Agents/agentes d''application de règlements municipaux et autres agents/agentes de réglementation', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('43203', 'Border services, customs, and immigration officers', 'Agents/agentes de services frontaliers, des douanes et de l''immigration', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('43204', 'Operations members of the Canadian Armed Forces', 'Membres des opérations des Forces armées canadiennes', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('44100', 'Home child care providers', 'Gardiens/gardiennes d''enfants en milieu familial', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('44101', 'Home support workers, caregivers and related occupations', 'Aides de maintien à domicile, aides familiaux/familiales et personnel assimilé', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('44200', 'Primary combat members of the Canadian Armed Forces', 'Combattants de première ligne des Forces armées canadiennes', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('45100', 'Student monitors, crossing guards and related occupations', 'Surveillants/surveillantes d''élèves, brigadiers/brigadières et autres professions connexes', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('50010', 'Library, archive, museum and art gallery managers', 'Directeurs/directrices de bibliothèques, des archives, de musées et de galeries d''art', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('50011', 'Managers - publishing, motion pictures, broadcasting and performing arts', 'Directeurs/directrices - édition, cinéma, radiotélédiffusion et arts de la scène', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('50012', 'Recreation, sports and fitness program and service directors', 'Directeurs/directrices de programmes et de services de sports, de loisirs et de conditionnement physique', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51100', 'Librarians', 'Bibliothécaires', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51101', 'Conservators and curators', 'Restaurateurs/restauratrices et conservateurs/conservatrices', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51102', 'Archivists', 'Archivistes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51110', 'Editors', 'Réviseurs/réviseures, rédacteurs-réviseurs/rédactrices-réviseures et chefs du service des nouvelles', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51111', 'Authors and writers (except technical)', 'Auteurs/auteures, écrivains/écrivaines et rédacteurs/rédactrices (sauf techniques)', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51112', 'Technical writers', 'Rédacteurs/rédactrices techniques', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51113', 'Journalists', 'Journalistes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51114', 'Translators, terminologists and interpreters', 'Traducteurs/traductrices, terminologues et interprètes', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51120', 'Producers, directors, choreographers and related occupations', 'Producteurs/productrices, réalisateurs/réalisatrices, chorégraphes et personnel assimilé', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51121', 'Conductors, composers and arrangers', 'Chefs d''orchestre, compositeurs/compositrices et arrangeurs/arrangeuses', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('51122', 'Musicians and singers', 'Musiciens/musiciennes et chanteurs/chanteuses', 1, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52100', 'Library and public archive technicians', 'Techniciens/techniciennes dans les bibliothèques et les services d''archives publiques', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52110', 'Film and video camera operators', 'Cadreurs/cadreuses de films et cadreurs/cadreuses vidéo', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52111', 'Graphic arts technicians', 'Techniciens/techniciennes en graphisme', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52112', 'Broadcast technicians', 'Techniciens/techniciennes en radiotélédiffusion', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52113', 'Audio and video recording technicians', 'Techniciens/techniciennes en enregistrement audio et vidéo', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52114', 'Announcers and other broadcasters', 'Annonceurs/annonceuses et autres communicateurs/communicatrices', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52119', 'Other technical and coordinating occupations in motion pictures, broadcasting and the performing arts', 'Autre personnel technique et personnel de coordination du cinéma, de la radiotélédiffusion et des arts de la scène', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52120', 'Graphic designers and illustrators', 'Designers graphiques et illustrateurs/illustratrices', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('52121', 'Interior designers and interior decorators', 'Designers d''intérieur et décorateurs/décoratrices d''intérieur', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53100', 'Registrars, restorers, interpreters and other occupations related to museum and art galleries', 'Registraires, restaurateurs/restauratrices, interprètes et autres travailleurs/travailleuses dans les domaines apparentés des musées et des galeries d''art', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53110', 'Photographers', 'Photographes', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53111', 'Motion pictures, broadcasting, photography and performing arts assistants and operators', 'Assistants/assistantes et opérateurs/opératrices du domaine du cinéma, de la radiotélédiffusion, de la photographie et des arts de la scène', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53120', 'Dancers', 'Danseurs/danseuses', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53121', 'Actors, comedians and circus performers', 'Acteurs/actrices, comédiens/comédiennes et artistes de cirque', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53122', 'Painters, sculptors and other visual artists', 'Peintres, sculpteurs/sculpteures et autres artistes des arts visuels', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53123', 'Theatre, fashion, exhibit and other creative designers', 'Ensembliers/ensemblières de théâtre, dessinateurs/dessinatrices de mode, concepteurs/conceptrices d''expositions et autres concepteurs/conceptrices artistiques', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53124', 'Artisans and craftspersons', 'Artisans/artisanes', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53125', 'Patternmakers - textile, leather and fur products', 'Patronniers/patronnières de produits textiles et d''articles en cuir et en fourrure', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53200', 'Athletes', 'Athlètes', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53201', 'Coaches', 'Entraîneurs/entraîneuses', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('53202', 'Sports officials and referees', 'Arbitres et officiels/officielles de sports', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('54100', 'Program leaders and instructors in recreation, sport and fitness', 'Animateurs/animatrices et responsables de programmes de sports, de loisirs et de conditionnement physique', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('55109', 'Other performers', 'Autres artistes de spectacle', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('60010', 'Corporate sales managers', 'Directeurs/directrices des ventes corporatives', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('60020', 'Retail and wholesale trade managers', 'Directeurs/directrices - commerce de détail et de gros', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('60030', 'Restaurant and food service managers', 'Directeurs/directrices de la restauration et des services alimentaires', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('60031', 'Accommodation service managers', 'Directeurs/directrices des services d''hébergement', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('60040', 'Managers in customer and personal services', 'Directeurs/directrices du service à la clientèle et des services personnels', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62010', 'Retail sales supervisors', 'Superviseurs/superviseures des ventes - commerce de détail', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62020', 'Food service supervisors', 'Superviseurs/superviseures des services alimentaires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62021', 'Executive housekeepers', 'Gouvernants principaux/gouvernantes principales', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62022', 'Accommodation, travel, tourism and related services supervisors', 'Superviseurs/superviseures des services d''hébergement, de voyages, de tourisme et des services connexes', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62023', 'Customer and information services supervisors', 'Superviseurs/superviseures des services d''information et des services à la clientèle', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62024', 'Cleaning supervisors', 'Surveillants/surveillantes des services de nettoyage', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62029', 'Other services supervisors', 'Surveillants/surveillantes des autres services', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62100', 'Technical sales specialists - wholesale trade', 'Spécialistes des ventes techniques - commerce de gros', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62101', 'Retail and wholesale buyers', 'Acheteurs/acheteuses des commerces de détail et de gros', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62200', 'Chefs', 'Chefs', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62201', 'Funeral directors and embalmers', 'Directeurs/directrices de funérailles et embaumeurs/embaumeuses', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('62202', 'Jewellers, jewellery and watch repairers and related occupations', 'Bijoutiers/bijoutières, réparateurs/réparatrices de bijoux, horlogers-rhabilleurs/horlogères-rhabilleuses et personnel assimilé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63100', 'Insurance agents and brokers', 'Agents/agentes et courtiers/courtières d''assurance', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63101', 'Real estate agents and salespersons', 'Agents/agentes et vendeurs/vendeuses en immobilier', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63102', 'Financial sales representatives', 'Représentants/représentantes des ventes financières', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63200', 'Cooks', 'Cuisiniers/cuisinières', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63201', 'Butchers - retail and wholesale', 'Bouchers/bouchères - commerce de gros et de détail', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63202', 'Bakers', 'Boulangers-pâtissiers/boulangères-pâtissières', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63210', 'Hairstylists and barbers', 'Coiffeurs/coiffeuses et barbiers', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63211', 'Estheticians, electrologists and related occupations', 'Esthéticiens/esthéticiennes, électrolystes et personnel assimilé', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63220', 'Shoe repairers and shoemakers', 'Cordonniers/cordonnières et fabricants/fabricantes de chaussures', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('63221', 'Upholsterers', 'Tapissiers-garnisseurs/tapissières-garnisseuses', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64100', 'Retail salespersons and visual merchandisers', 'Vendeurs/vendeuses et décorateurs-étalagistes/décoratrices-étalagistes en commerce de détail', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64101', 'Sales and account representatives - wholesale trade (non-technical)', 'Représentants/représentantes des ventes et des comptes - commerce de gros (non-technique)', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64200', 'Tailors, dressmakers, furriers and milliners', 'Tailleurs/tailleuses, couturiers/couturières, fourreurs/fourreuses et modistes', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64201', 'Image, social and other personal consultants', 'Conseillers/conseillères imagistes, conseillers mondains/conseillères mondaines et autres conseillers/conseillères en soins personnalisés', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64300', 'Maîtres d''hôtel and hosts/hostesses', 'Maîtres d''hôtel et hôtes/hôtesses', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64301', 'Bartenders', 'Barmans/barmaids', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64310', 'Travel counsellors', 'Conseillers/conseillères en voyages', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64311', 'Pursers and flight attendants', 'Commissaires et agents/agentes de bord', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64312', 'Airline ticket and service agents', 'Agents/agentes à la billetterie et aux services aériens', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64313', 'Ground and water transport ticket agents, cargo service representatives and related clerks', 'Agents/agentes à la billetterie, représentants/représentantes du service en matière de fret et personnel assimilé dans le transport routier et maritime', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64314', 'Hotel front desk clerks', 'Réceptionnistes d''hôtel', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64320', 'Tour and travel guides', 'Guides touristiques et guides itinérants/guides itinérantes', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64321', 'Casino workers', 'Travailleurs/travailleuses dans les casinos', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64322', 'Outdoor sport and recreational guides', 'Guides d''activités récréatives et sportives de plein air', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64400', 'Customer services representatives - financial institutions', 'Représentants/représentantes au service à la clientèle - institutions financières', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64401', 'Postal services representatives', 'Représentants/représentantes des services postaux', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64409', 'Other customer and information services representatives', 'Autres préposés/préposées aux services d''information et aux services à la clientèle', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('64410', 'Security guards and related security service occupations', 'Agents/agentes de sécurité et personnel assimilé des services de sécurité', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65100', 'Cashiers', 'Caissiers/caissières', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65101', 'Service station attendants', 'Préposés/préposées de stations-service', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65102', 'Store shelf stockers, clerks and order fillers', 'Garnisseurs/garnisseuses de tablettes, commis et préposés/préposées aux commandes dans les magasins', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65109', 'Other sales related occupations', 'Autre personnel assimilé des ventes', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65200', 'Food and beverage servers', 'Serveurs/serveuses d''aliments et de boissons', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65201', 'Food counter attendants, kitchen helpers and related support occupations', 'Serveurs/serveuses au comptoir, aides de cuisine et personnel de soutien assimilé', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65202', 'Meat cutters and fishmongers - retail and wholesale', 'Coupeurs/coupeuses de viande et poissonniers/poissonnières - commerce de gros et de détail', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65210', 'Support occupations in accommodation, travel and facilities set-up services', 'Personnel de soutien en services d''hébergement, de voyage et en services de montage d''installation', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65211', 'Operators and attendants in amusement, recreation and sport', 'Opérateurs/opératrices et préposés/préposées aux sports, aux loisirs et dans les parcs d''attractions', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65220', 'Pet groomers and animal care workers', 'Soigneurs/soigneuses d''animaux et travailleurs/travailleuses en soins des animaux', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65229', 'Other support occupations in personal services', 'Autres professions de soutien dans les services personnels', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65310', 'Light duty cleaners', 'Préposés/préposées à l''entretien ménager et au nettoyage - travaux légers', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65311', 'Specialized cleaners', 'Nettoyeurs spécialisés/nettoyeuses spécialisées', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65312', 'Janitors, caretakers and heavy-duty cleaners', 'Concierges et nettoyeurs/nettoyeuses - gros travaux', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65320', 'Dry cleaning, laundry and related occupations', 'Personnel de blanchisseries et d''établissements de nettoyage à sec et personnel assimilé', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('65329', 'Other service support occupations', 'Autre personnel de soutien en service', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('70010', 'Construction managers', 'Directeurs/directrices de la construction', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('70011', 'Home building and renovation managers', 'Gestionnaires en construction et rénovation domiciliaire', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('70012', 'Facility operation and maintenance managers', 'Directeurs/directrices de l''exploitation et de l''entretien d''immeubles', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('70020', 'Managers in transportation', 'Directeurs/directrices des transports', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('70021', 'Postal and courier services managers', 'Directeurs/directrices des services postaux et de messageries', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72010', 'Contractors and supervisors, machining, metal forming, shaping and erecting trades and related occupations', 'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des machinistes et du personnel des métiers du formage, du profilage et du montage des métaux et personnel assimilé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72011', 'Contractors and supervisors, electrical trades and telecommunications occupations', 'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en électricité et en télécommunications', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72012', 'Contractors and supervisors, pipefitting trades', 'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en tuyauterie', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72013', 'Contractors and supervisors, carpentry trades', 'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en charpenterie', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72014', 'Contractors and supervisors, other construction trades, installers, repairers and servicers', 'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des autres métiers de la construction et des services de réparation et d''installation', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72020', 'Contractors and supervisors, mechanic trades', 'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en mécanique', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72021', 'Contractors and supervisors, heavy equipment operator crews', 'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des équipes d''opérateurs d''équipement lourd', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72022', 'Supervisors, printing and related occupations', 'Surveillants/surveillantes de l''imprimerie et du personnel assimilé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72023', 'Supervisors, railway transport operations', 'Surveillants/surveillantes des opérations du transport ferroviaire', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72024', 'Supervisors, motor transport and other ground transit operators', 'Surveillants/surveillantes du transport routier et du transport en commun', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72025', 'Supervisors, mail and message distribution occupations', 'Superviseurs/superviseures de services postaux et de messageries', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72100', 'Machinists and machining and tooling inspectors', 'Machinistes et vérificateurs/vérificatrices d''usinage et d''outillage', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72101', 'Tool and die makers', 'Outilleurs-ajusteurs/outilleuses-ajusteuses', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72102', 'Sheet metal workers', 'Tôliers/tôlières', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72103', 'Boilermakers', 'Chaudronniers/chaudronnières', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72104', 'Structural metal and platework fabricators and fitters', 'Assembleurs/assembleuses et ajusteurs/ajusteuses de plaques et de charpentes métalliques', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72105', 'Ironworkers', 'Monteurs/monteuses de charpentes métalliques', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72106', 'Welders and related machine operators', 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72200', 'Electricians (except industrial and power system)', 'Électriciens/électriciennes (sauf électriciens industriels/électriciennes industrielles et de réseaux électriques)', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72201', 'Industrial electricians', 'Électriciens industriels/électriciennes industrielles', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72202', 'Power system electricians', 'Électriciens/électriciennes de réseaux électriques', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72203', 'Electrical power line and cable workers', 'Monteurs/monteuses de lignes électriques et de câbles', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72204', 'Telecommunications line and cable installers and repairers', 'Installateurs/installatrices et réparateurs/réparatrices de lignes et de câbles de télécommunications', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72205', 'Telecommunications equipment installation and cable television service technicians', 'Techniciens/techniciennes en installation de matériel de télécommunication et en services de câblodistribution', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72300', 'Plumbers', 'Plombiers/plombières', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72301', 'Steamfitters, pipefitters and sprinkler system installers', 'Tuyauteurs/tuyauteuses, monteurs/monteuses d''appareils de chauffage et poseurs/poseuses de gicleurs', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72302', 'Gas fitters', 'Monteurs/monteuses d''installations au gaz', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72310', 'Carpenters', 'Charpentiers-menuisiers/charpentières-menuisières', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72311', 'Cabinetmakers', 'Ébénistes', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72320', 'Bricklayers', 'Briqueteurs-maçons/briqueteuses-maçonnes', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72321', 'Insulators', 'Calorifugeurs/calorifugeuses', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72400', 'Construction millwrights and industrial mechanics', 'Mécaniciens/mécaniciennes de chantier et mécaniciens industriels/mécaniciennes industrielles', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72401', 'Heavy-duty equipment mechanics', 'Mécaniciens/mécaniciennes d''équipement lourd', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72402', 'Heating, refrigeration and air conditioning mechanics', 'Mécaniciens/mécaniciennes en chauffage, réfrigération et climatisation', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72403', 'Railway carmen/women', 'Réparateurs/réparatrices de wagons', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72404', 'Aircraft mechanics and aircraft inspectors', 'Mécaniciens/mécaniciennes et contrôleurs/contrôleuses d''aéronefs', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72405', 'Machine fitters', 'Ajusteurs/ajusteuses de machines', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72406', 'Elevator constructors and mechanics', 'Constructeurs/constructrices et mécaniciens/mécaniciennes d''ascenseurs', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72410', 'Automotive service technicians, truck and bus mechanics and mechanical repairers', 'Mécaniciens/mécaniciennes et réparateurs/réparatrices de véhicules automobiles, de camions et d''autobus', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72411', 'Auto body collision, refinishing and glass technicians and damage repair estimators', 'Techniciens/techniciennes en collision, en carrosserie, en peinture et en glace de véhicule automobile et les estimateurs/estimatrices de dommages', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72420', 'Oil and solid fuel heating mechanics', 'Installateurs/installatrices de brûleurs à l''huile et à combustibles solides', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72421', 'Appliance servicers and repairers', 'Réparateurs/réparatrices et préposés/préposées à l''entretien d''appareils', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72422', 'Electrical mechanics', 'Électromécaniciens/électromécaniciennes', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72423', 'Motorcycle, all-terrain vehicle and other related mechanics', 'Mécaniciens/mécaniciennes de motocyclettes, de véhicules tout-terrain et personnel mécanicien assimilé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72429', 'Other small engine and small equipment repairers', 'Autres réparateurs/réparatrices de petits moteurs et de petits équipements', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72500', 'Crane operators', 'Grutiers/grutières', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72501', 'Water well drillers', 'Foreurs/foreuses de puits d''eau', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72600', 'Air pilots, flight engineers and flying instructors', 'Pilotes, navigateurs/navigatrices et instructeurs/instructrices de pilotage du transport aérien', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72601', 'Air traffic controllers and related occupations', 'Contrôleurs aériens/contrôleuses aériennes et personnel assimilé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72602', 'Deck officers, water transport', 'Officiers/officières de pont du transport par voies navigables', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72603', 'Engineer officers, water transport', 'Officiers mécaniciens/officières mécaniciennes du transport par voies navigables', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72604', 'Railway traffic controllers and marine traffic regulators', 'Contrôleurs/contrôleuses de la circulation ferroviaire et régulateurs/régulatrices de la circulation maritime', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('72999', 'Other technical trades and related occupations', 'Autres métiers techniques et personnel assimilé', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73100', 'Concrete finishers', 'Finisseurs/finisseuses de béton', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73101', 'Tilesetters', 'Carreleurs/carreleuses', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73102', 'Plasterers, drywall installers and finishers and lathers', 'Plâtriers/plâtrières, poseurs/poseuses et finisseurs/finisseuses de systèmes intérieurs et latteurs/latteuses', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73110', 'Roofers and shinglers', 'Couvreurs/couvreuses et poseurs/poseuses de bardeaux', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73111', 'Glaziers', 'Vitriers/vitrières', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73112', 'Painters and decorators (except interior decorators)', 'Peintres et décorateurs/décoratrices (sauf décorateurs/décoratrices d''intérieur)', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73113', 'Floor covering installers', 'Poseurs/poseuses de revêtements d''intérieur', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73200', 'Residential and commercial installers and servicers', 'Personnel d''installation, d''entretien et de réparation d''équipement résidentiel et commercial', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73201', 'General building maintenance workers and building superintendents', 'Préposés à l''entretien général et surintendants/surintendantes', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73202', 'Pest controllers and fumigators', 'Fumigateurs/fumigatrices et préposés/préposées au contrôle de la vermine', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73209', 'Other repairers and servicers', 'Autres réparateurs/réparatrices et préposés/préposées à l''entretien', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73300', 'Transport truck drivers', 'Conducteurs/conductrices de camions de transport', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73301', 'Bus drivers, subway operators and other transit operators', 'Conducteurs/conductrices d''autobus et opérateurs/opératrices de métro et autres transports en commun', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73310', 'Railway and yard locomotive engineers', 'Mécaniciens/mécaniciennes de locomotive et de cour de triage', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73311', 'Railway conductors and brakemen/women', 'Chefs de train et serre-freins', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73400', 'Heavy equipment operators', 'Conducteurs/conductrices d''équipement lourd', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73401', 'Printing press operators', 'Opérateurs/opératrices de presses à imprimer', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('73402', 'Drillers and blasters - surface mining, quarrying and construction', 'Foreurs/foreuses et dynamiteurs/dynamiteuses de mines à ciel ouvert, de carrières et de chantiers de construction', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74100', 'Mail and parcel sorters and related occupations', 'Trieurs/trieuses de courrier et de colis et professions connexes', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74101', 'Letter carriers', 'Facteurs/factrices', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74102', 'Couriers and messengers', 'Messagers/messagères', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74200', 'Railway yard and track maintenance workers', 'Ouvriers/ouvrières de gares de triage et à l''entretien de la voie ferrée', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74201', 'Water transport deck and engine room crew', 'Matelots de pont et matelots de salle des machines du transport par voies navigables', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74202', 'Air transport ramp attendants', 'Agents/agentes de piste dans le transport aérien', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74203', 'Automotive and heavy truck and equipment parts installers and servicers', 'Préposés/préposées à la pose et à l''entretien des pièces mécaniques d''automobiles et de camions et équipements lourds', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74204', 'Utility maintenance workers', 'Personnel d''entretien des services publics', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('74205', 'Public works maintenance equipment operators and related workers', 'Conducteurs/conductrices de machinerie d''entretien public et personnel assimilé', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75100', 'Longshore workers', 'Débardeurs/débardeuses', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75101', 'Material handlers', 'Manutentionnaires', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75110', 'Construction trades helpers and labourers', 'Aides de soutien des métiers et manoeuvres en construction', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75119', 'Other trades helpers and labourers', 'Autres manoeuvres et aides de soutien de métiers', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75200', 'Taxi and limousine drivers and chauffeurs', 'Chauffeurs/chauffeuses de taxi, chauffeurs/chauffeuses de limousine et chauffeurs/chauffeuses', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75201', 'Delivery service drivers and door-to-door distributors', 'Chauffeurs-livreurs/chauffeuses-livreuses de services de livraison et distributeurs/distributrices porte-à-porte', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75210', 'Boat and cable ferry operators and related occupations', 'Opérateurs/opératrices de bateau à moteur, de bac à câble et personnel assimilé', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75211', 'Railway and motor transport labourers', 'Manoeuvres dans le transport ferroviaire et routier', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('75212', 'Public works and maintenance labourers', 'Manoeuvres à l''entretien des travaux publics', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('80010', 'Managers in natural resources production and fishing', 'Directeurs/directrices de l''exploitation des ressources naturelles et de la pêche', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('80020', 'Managers in agriculture', 'Gestionnaires en agriculture', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('80021', 'Managers in horticulture', 'Gestionnaires en horticulture', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('80022', 'Managers in aquaculture', 'Gestionnaires en aquaculture', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('82010', 'Supervisors, logging and forestry', 'Surveillants/surveillantes de l''exploitation forestière', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('82020', 'Supervisors, mining and quarrying', 'Surveillants/surveillantes de l''exploitation des mines et des carrières', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('82021', 'Contractors and supervisors, oil and gas drilling and services', 'Entrepreneurs/entrepreneuses et surveillants/surveillantes du forage et des services reliés à l''extraction de pétrole et de gaz', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('82030', 'Agricultural service contractors and farm supervisors', 'Entrepreneurs/entrepreneuses de services agricoles et surveillants/surveillantes d''exploitations agricoles', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('82031', 'Contractors and supervisors, landscaping, grounds maintenance and horticulture services', 'Entrepreneurs/entrepreneuses et superviseurs/superviseures des services de l''aménagement paysager, de l''entretien des terrains et de l''horticulture', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('83100', 'Underground production and development miners', 'Mineurs/mineuses d''extraction et de préparation, mines souterraines', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('83101', 'Oil and gas well drillers, servicers, testers and related workers', 'Foreurs/foreuses et personnel de mise à l''essai et des autres services reliés à l''extraction de pétrole et de gaz', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('83110', 'Logging machinery operators', 'Conducteurs/conductrices de machines d''abattage d''arbres', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('83120', 'Fishing masters and officers', 'Capitaines et officiers/officières de bâtiments de pêche', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('83121', 'Fishermen/women', 'Pêcheurs indépendants/pêcheuses indépendantes', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('84100', 'Underground mine service and support workers', 'Travailleurs/travailleuses d''entretien et de soutien des mines souterraines', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('84101', 'Oil and gas well drilling and related workers and services operators', 'Travailleurs/travailleuses du forage et de l''entretien des puits de pétrole et de gaz et personnel assimilé', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('84110', 'Chain saw and skidder operators', 'Opérateurs/opératrices de scies à chaîne et d''engins de débardage', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('84111', 'Silviculture and forestry workers', 'Ouvriers/ouvrières en sylviculture et en exploitation forestière', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('84120', 'Specialized livestock workers and farm machinery operators', 'Ouvriers spécialisés/ouvrières spécialisées dans l''élevage et opérateurs/opératrices de machineries agricoles', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('84121', 'Fishing vessel deckhands', 'Matelots de pont sur les bâtiments de pêche', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85100', 'Livestock labourers', 'Manoeuvres aux soins du bétail', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85101', 'Harvesting labourers', 'Manoeuvres à la récolte', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85102', 'Aquaculture and marine harvest labourers', 'Manoeuvres de l''aquaculture et de la mariculture', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85103', 'Nursery and greenhouse labourers', 'Manoeuvres de pépinières et de serres', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85104', 'Trappers and hunters', 'Trappeurs/trappeuses et chasseurs/chasseuses', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85110', 'Mine labourers', 'Manoeuvres des mines', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85111', 'Oil and gas drilling, servicing and related labourers', 'Manoeuvres de forage et d''entretien des puits de pétrole et de gaz, et personnel assimilé', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85120', 'Logging and forestry labourers', 'Manoeuvres de l''exploitation forestière', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('85121', 'Landscaping and grounds maintenance labourers', 'Manoeuvres en aménagement paysager et en entretien des terrains', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('90010', 'Manufacturing managers', 'Directeurs/directrices de la fabrication', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('90011', 'Utilities managers', 'Directeurs/directrices des services d''utilité publique', 0, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92010', 'Supervisors, mineral and metal processing', 'Surveillants/surveillantes dans la transformation des métaux et des minerais', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92011', 'Supervisors, petroleum, gas and chemical processing and utilities', 'Surveillants/surveillantes dans le raffinage du pétrole, dans le traitement du gaz et des produits chimiques et dans les services d''utilité publique', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92012', 'Supervisors, food and beverage processing', 'Surveillants/surveillantes dans la transformation des aliments et des boissons', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92013', 'Supervisors, plastic and rubber products manufacturing', 'Surveillants/surveillantes dans la fabrication de produits en caoutchouc et en plastique', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92014', 'Supervisors, forest products processing', 'Surveillants/surveillantes dans la transformation des produits forestiers', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92015', 'Supervisors, textile, fabric, fur and leather products processing and manufacturing', 'Surveillants/surveillantes dans la transformation et la fabrication de produits textiles, de tissus, de fourrure et de cuir', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92020', 'Supervisors, motor vehicle assembling', 'Surveillants/surveillantes dans la fabrication de véhicules automobiles', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92021', 'Supervisors, electronics and electrical products manufacturing', 'Surveillants/surveillantes dans la fabrication de matériel électronique et d''appareils électriques', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92022', 'Supervisors, furniture and fixtures manufacturing', 'Surveillants/surveillantes dans la fabrication de meubles et d''accessoires', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92023', 'Supervisors, other mechanical and metal products manufacturing', 'Surveillants/surveillantes dans la fabrication d''autres produits métalliques et de pièces mécaniques', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92024', 'Supervisors, other products manufacturing and assembly', 'Surveillants/surveillantes dans la fabrication et le montage de produits divers', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92100', 'Power engineers and power systems operators', 'Mécaniciens/mécaniciennes de centrales et opérateurs/opératrices de réseaux électriques', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('92101', 'Water and waste treatment plant operators', 'Opérateurs/opératrices d''installations du traitement de l''eau et des déchets', 2, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('93100', 'Central control and process operators, mineral and metal processing', 'Opérateurs/opératrices de poste central de contrôle et de conduite de procédés industriels dans le traitement des métaux et des minerais', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('93101', 'Central control and process operators, petroleum, gas and chemical processing', 'Opérateurs/opératrices de salle de commande centrale et de conduite de procédés industriels dans le raffinage du pétrole et le traitement du gaz et des produits chimiques', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('93102', 'Pulping, papermaking and coating control operators', 'Opérateurs/opératrices au contrôle de la réduction en pâte des pâtes et papiers, de la fabrication du papier et du couchage', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('93200', 'Aircraft assemblers and aircraft assembly inspectors', 'Monteurs/monteuses d''aéronefs et contrôleurs/contrôleuses de montage d''aéronefs', 3, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94100', 'Machine operators, mineral and metal processing', 'Opérateurs/opératrices de machines dans le traitement des métaux et des minerais', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94101', 'Foundry workers', 'Ouvriers/ouvrières de fonderies', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94102', 'Glass forming and finishing machine operators and glass cutters', 'Opérateurs/opératrices de machines à former et à finir le verre et coupeurs/coupeuses de verre', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94103', 'Concrete, clay and stone forming operators', 'Opérateurs/opératrices de machines dans le façonnage et la finition des produits en béton, en argile ou en pierre', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94104', 'Inspectors and testers, mineral and metal processing', 'Contrôleurs/contrôleuses et essayeurs/essayeuses dans la transformation des métaux et des minerais', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94105', 'Metalworking and forging machine operators', 'Opérateurs/opératrices de machines à forger et à travailler les métaux', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94106', 'Machining tool operators', 'Opérateurs/opératrices de machines d''usinage', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94107', 'Machine operators of other metal products', 'Opérateurs/opératrices de machines d''autres produits métalliques', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94110', 'Chemical plant machine operators', 'Opérateurs/opératrices d''installations de traitement des produits chimiques', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94111', 'Plastics processing machine operators', 'Opérateurs/opératrices de machines de traitement des matières plastiques', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94112', 'Rubber processing machine operators and related workers', 'Opérateurs/opératrices de machines de transformation du caoutchouc et personnel assimilé', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94120', 'Sawmill machine operators', 'Opérateurs/opératrices de machines à scier dans les scieries', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94121', 'Pulp mill, papermaking and finishing machine operators', 'Opérateurs/opératrices de machines dans la fabrication et la finition du papier dans les usines de pâte à papier', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94122', 'Paper converting machine operators', 'Opérateurs/opératrices de machines à façonner le papier', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94123', 'Lumber graders and other wood processing inspectors and graders', 'Classeurs/classeuses de bois d''oeuvre et autres vérificateurs/vérificatrices et classeurs/classeuses dans la transformation du bois', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94124', 'Woodworking machine operators', 'Opérateurs/opératrices de machines à travailler le bois', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94129', 'Other wood processing machine operators', 'Autres opérateurs/opératrices de machines dans la transformation du bois', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94130', 'Textile fibre and yarn, hide and pelt processing machine operators and workers', 'Opérateurs/opératrices de machines et travailleurs/travailleuses de traitement des fibres et des fils textiles, du cuir et des peaux', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94131', 'Weavers, knitters and other fabric making occupations', 'Tisseurs/tisseuses, tricoteurs/tricoteuses et autres opérateurs/opératrices de machines textiles', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94132', 'Industrial sewing machine operators', 'Opérateurs/opératrices de machines à coudre industrielles', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94133', 'Inspectors and graders, textile, fabric, fur and leather products manufacturing', 'Contrôleurs/contrôleuses et trieurs/trieuses dans la fabrication de produits textiles, de tissus, de fourrure et de cuir', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94140', 'Process control and machine operators, food and beverage processing', 'Opérateurs/opératrices de machines et de procédés industriels dans la transformation des aliments et des boissons', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94141', 'Industrial butchers and meat cutters, poultry preparers and related workers', 'Bouchers industriels/bouchères industrielles, dépeceurs-découpeurs/dépeceuses-découpeuses de viande, préparateurs/préparatrices de volaille et personnel assimilé', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94142', 'Fish and seafood plant workers', 'Ouvriers/ouvrières dans les usines de transformation du poisson et de fruits de mer', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94143', 'Testers and graders, food and beverage processing', 'Échantillonneurs/échantillonneuses et trieurs/trieuses dans la transformation des aliments et des boissons', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94150', 'Plateless printing equipment operators', 'Opérateurs/opératrices d''équipement d''impression sans plaque', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94151', 'Camera, platemaking and other prepress occupations', 'Photograveurs-clicheurs/photograveuses-clicheuses, photograveurs-reporteurs/photograveuses-reporteuses et autre personnel de prépresse', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94152', 'Binding and finishing machine operators', 'Opérateurs/opératrices de machines à relier et de finition', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94153', 'Photographic and film processors', 'Développeurs/développeuses de films et de photographies', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94200', 'Motor vehicle assemblers, inspectors and testers', 'Assembleurs/assembleuses, contrôleurs/contrôleuses et vérificateurs/vérificatrices de véhicules automobiles', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94201', 'Electronics assemblers, fabricators, inspectors and testers', 'Assembleurs/assembleuses, monteurs/monteuses, contrôleurs/contrôleuses et vérificateurs/vérificatrices de matériel électronique', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94202', 'Assemblers and inspectors, electrical appliance, apparatus and equipment manufacturing', 'Monteurs/monteuses et contrôleurs/contrôleuses dans la fabrication de matériel, d''appareils et d''accessoires électriques', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94203', 'Assemblers, fabricators and inspectors, industrial electrical motors and transformers', 'Assembleurs/assembleuses, monteurs/monteuses et contrôleurs/contrôleuses dans la fabrication de transformateurs et de moteurs électriques industriels', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94204', 'Mechanical assemblers and inspectors', 'Monteurs/monteuses et contrôleurs/contrôleuses de matériel mécanique', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94205', 'Machine operators and inspectors, electrical apparatus manufacturing', 'Opérateurs/opératrices de machines et contrôleurs/contrôleuses dans la fabrication d''appareils électriques', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94210', 'Furniture and fixture assemblers, finishers, refinishers and inspectors', 'Monteurs/monteuses, finisseurs/finisseuses, restaurateurs/restauratrices et contrôleurs/contrôleuses de meubles et d''accessoires', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94211', 'Assemblers and inspectors of other wood products', 'Monteurs/monteuses et contrôleurs/contrôleuses d''autres produits en bois', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94212', 'Plastic products assemblers, finishers and inspectors', 'Assembleurs/assembleuses, finisseurs/finisseuses et contrôleurs/contrôleuses de produits en plastique', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94213', 'Industrial painters, coaters and metal finishing process operators', 'Peintres, enduiseurs/enduiseuses et opérateurs/opératrices de procédés dans le finissage du métal - secteur industriel', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('94219', 'Other products assemblers, finishers and inspectors', 'Monteurs/monteuses, finisseurs/finisseuses et contrôleurs/contrôleuses de produits divers', 4, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95100', 'Labourers in mineral and metal processing', 'Manoeuvres dans le traitement des métaux et des minerais', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95101', 'Labourers in metal fabrication', 'Manoeuvres en métallurgie', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95102', 'Labourers in chemical products processing and utilities', 'Manoeuvres dans le traitement des produits chimiques et les services d''utilité publique', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95103', 'Labourers in wood, pulp and paper processing', 'Manoeuvres dans le traitement des pâtes et papiers et la transformation du bois', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95104', 'Labourers in rubber and plastic products manufacturing', 'Manoeuvres dans la fabrication des produits en caoutchouc et en plastique', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95105', 'Labourers in textile processing and cutting', 'Manoeuvres dans la fabrication et la coupe des produits du textile', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95106', 'Labourers in food and beverage processing', 'Manoeuvres dans la transformation des aliments et des boissons', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95107', 'Labourers in fish and seafood processing', 'Manoeuvres dans la transformation du poisson et des fruits de mer', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";
INSERT INTO "Occupations" ("Code", "Title", "TitleFr", "Teer", "Noc2016Code", "Noc2016SkillLevel", "IsActive") VALUES ('95109', 'Other labourers in processing, manufacturing and utilities', 'Autres manoeuvres des services de transformation, de fabrication et d''utilité publique', 5, NULL, NULL, 1) ON CONFLICT ("Code") DO UPDATE SET "TitleFr" = excluded."TitleFr";

-- Exemption codes: the portal's codes get their regulation and source; the others are added.
UPDATE "Programs" SET "Regulation" = 'R204(a)', "Source" = 'IRCC program delivery instructions (canada.ca)', "EmployerSpecific" = 1 WHERE "Code" = 'T36';
UPDATE "Programs" SET "Regulation" = 'R204(a)', "Source" = 'IRCC program delivery instructions (canada.ca)', "EmployerSpecific" = 1 WHERE "Code" = 'T37';
UPDATE "Programs" SET "Regulation" = 'R204(a)', "Source" = 'IRCC program delivery instructions (canada.ca)', "EmployerSpecific" = 1 WHERE "Code" = 'T38';
UPDATE "Programs" SET "Regulation" = 'R204(c)', "Source" = 'IRCC instructions before 2022; not confirmed since', "EmployerSpecific" = 1 WHERE "Code" = 'C18';
UPDATE "Programs" SET "Regulation" = 'R205(a)', "Source" = 'IRCC program delivery instructions (canada.ca)', "EmployerSpecific" = 1 WHERE "Code" = 'C10';
UPDATE "Programs" SET "Regulation" = 'R205(a)', "Source" = 'IRCC program delivery instructions (canada.ca)', "EmployerSpecific" = 1 WHERE "Code" = 'C11';
UPDATE "Programs" SET "Regulation" = 'R205(a)', "Source" = 'IRCC: retired code', "EmployerSpecific" = 1 WHERE "Code" = 'C12';
UPDATE "Programs" SET "Regulation" = 'R205(c)(ii)', "Source" = 'IRCC program delivery instructions (canada.ca)', "EmployerSpecific" = 1 WHERE "Code" = 'C16';
UPDATE "Programs" SET "Regulation" = 'R205(b)', "Source" = 'IRCC program delivery update, as republished verbatim', "EmployerSpecific" = 1 WHERE "Code" = 'C20';
UPDATE "Programs" SET "Regulation" = 'R205(c)(ii)', "Source" = 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', "EmployerSpecific" = 1 WHERE "Code" = 'C88';
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C13', 'Emergency repairs or repair personnel for out-of-warranty equipment (C13)', 'ExemptionCode', 'Listed in the pre-2022 table; NOT re-confirmed on a current page.', 'IRCC instructions before 2022; not confirmed since', 'R205(a)', 1, 1, 200) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C14', 'Television and film production workers essential to a production (C14)', 'ExemptionCode', 'IRCC instructions updated Dec 16 2025; high-wage, unionized, essential to the production stage.', 'IRCC program delivery instructions (canada.ca)', 'R205(a)', 1, 1, 210) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C21', 'International Experience Canada (youth mobility) (C21)', 'ExemptionCode', 'Young Professionals and International Co-op are employer-specific (offer of employment); Working Holiday is an open work permit.', 'IRCC program delivery instructions (canada.ca)', 'R205(b)', 1, 1, 220) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C22', 'Academic exchanges: guest lecturers, visiting professors, exchange teachers (C22)', 'ExemptionCode', 'Old table: exchange professors, visiting lecturers.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R205(b)', 1, 1, 230) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C23', 'Performing arts (key creative personnel of Canadian non-profit performing-arts organizations) (C23)', 'ExemptionCode', 'IRCC program delivery update Apr 21 2026 (per woyimmigration.com).', 'IRCC program delivery instructions (canada.ca)', 'R205(b)', 1, 1, 240) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C31', 'Research (designated by the Minister) (C31)', 'ExemptionCode', 'Not re-confirmed on a current canada.ca page.', 'IRCC instructions before 2022; not confirmed since', 'R205(c)(i)', 1, 1, 250) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C32', 'Educational co-op - post-secondary (C32)', 'ExemptionCode', 'Co-op work permits for students; not re-confirmed on a current page.', 'IRCC instructions before 2022; not confirmed since', 'R205(c)(i.1)', 1, 1, 260) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C33', 'Educational co-op - secondary level (C33)', 'ExemptionCode', 'Not re-confirmed on a current page.', 'IRCC instructions before 2022; not confirmed since', 'R205(c)(i.2)', 1, 1, 270) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C41', 'Spouses/common-law partners of workers in TEER 0-1 or select TEER 2-3 occupations (C41)', 'ExemptionCode', 'Open work permit; rules for applications received on/after Jan 21 2025.', 'IRCC program delivery instructions (canada.ca)', 'R205(c)(ii)', 0, 1, 280) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C42', 'Spouses/common-law partners of study permit holders (eligible programs) (C42)', 'ExemptionCode', 'Open work permit; narrowed Apr 30 2024.', 'IRCC program delivery update, as republished verbatim', 'R205(c)(ii)', 0, 1, 290) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C43', 'Post-graduation employment (PGWP) (C43)', 'ExemptionCode', 'Open work permit; current PGWP code not re-confirmed.', 'IRCC instructions before 2022; not confirmed since', 'R205(c)(ii)', 0, 1, 300) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C44', 'Post-doctoral fellows awarded a PhD / award recipients (C44)', 'ExemptionCode', 'Post-doctoral fellows awarded a PhD / award recipients.', 'IRCC program delivery update, as republished verbatim', 'R205(c)(ii)', 1, 1, 310) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C45', 'Foreign medical or dental residents and medical research fellows (C45)', 'ExemptionCode', 'Foreign medical or dental residents and medical research fellows.', 'IRCC program delivery update, as republished verbatim', 'R205(c)(ii)', 1, 1, 320) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C46', 'Dependent children (family members) of workers in high-skilled occupations (C46)', 'ExemptionCode', 'Open work permit.', 'IRCC program delivery instructions (canada.ca)', 'R205(c)(ii)', 0, 1, 330) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C47', 'Family members of workers in TEER 4 or 5 occupations (C47)', 'ExemptionCode', 'Open work permit; C47/C48 split (spouse vs child) UNCONFIRMED.', 'IRCC program delivery update, as republished verbatim', 'R205(c)(ii)', 0, 1, 340) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C48', 'Family members of workers in TEER 4 or 5 occupations (second code) (C48)', 'ExemptionCode', 'See C47.', 'IRCC program delivery update, as republished verbatim', 'R205(c)(ii)', 0, 1, 350) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C49', 'Family members of work permit holders who are Economic Class PR applicants or provincial nominees (C49)', 'ExemptionCode', 'Open work permit.', 'IRCC program delivery update, as republished verbatim', 'R205(c)(ii)', 0, 1, 360) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C50', 'Charitable or religious work (C50)', 'ExemptionCode', '2017 PDU: C50 no longer to be used for camp counsellors.', 'IRCC instructions before 2022; not confirmed since', 'R205(d)', 1, 1, 370) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C52', 'Academic award recipients for research work (C52)', 'ExemptionCode', 'Academic award recipients for research work.', 'IRCC program delivery update, as republished verbatim', 'R205(c)(ii)', 1, 1, 380) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C61', 'Intra-company transferee establishing a new qualifying enterprise (start-up office) (C61)', 'ExemptionCode', 'Intra-company transferee establishing a new qualifying enterprise (start-up office).', 'IRCC program delivery instructions (canada.ca)', 'R205(a)', 1, 1, 390) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C62', 'Intra-company transferee: executive or senior manager (C62)', 'ExemptionCode', 'Code confirmed in the PDU title; meaning inferred (C61 = new enterprise and C63 = specialized knowledge are documented).', 'IRCC program delivery instructions (canada.ca)', 'R205(a)', 1, 1, 400) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('C63', 'Intra-company transferee: specialized knowledge (C63)', 'ExemptionCode', 'Was C12 before Dec 15 2022.', 'IRCC program delivery instructions (canada.ca)', 'R205(a)', 1, 1, 410) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F10', 'Canada-Colombia FTA (CCOFTA) - Traders (F10)', 'ExemptionCode', 'Was T21 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 420) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F11', 'CCOFTA - Investors (F11)', 'ExemptionCode', 'Was T22 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 430) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F12', 'CCOFTA - Professionals or technicians (F12)', 'ExemptionCode', 'Was T23 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 440) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F13', 'CCOFTA - Intra-company transferee: executive or senior manager (F13)', 'ExemptionCode', 'Was T24 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 450) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F14', 'CCOFTA - Intra-company transferee: management trainee (F14)', 'ExemptionCode', 'Was T24 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 460) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F15', 'CCOFTA - Intra-company transferee: specialized knowledge (F15)', 'ExemptionCode', 'Was T24 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 470) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F20', 'Canada-Chile FTA (CCFTA) - Traders (F20)', 'ExemptionCode', 'Was T21 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 480) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F21', 'CCFTA - Investors (F21)', 'ExemptionCode', 'Was T22 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 490) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F22', 'CCFTA - Professionals (F22)', 'ExemptionCode', 'Was T23 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 500) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F23', 'CCFTA - Intra-company transferee: executive or senior manager (F23)', 'ExemptionCode', 'canada.ca ICT page title lists F23, F24; split per blueeye reproduction.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 510) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F24', 'CCFTA - Intra-company transferee: specialized knowledge (F24)', 'ExemptionCode', 'Was T24 before Dec 15 2022.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 520) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F30', 'Canada-Korea FTA (CKFTA) - Traders (F30)', 'ExemptionCode', 'Was T21 before Dec 15 2022.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 530) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F32', 'CKFTA - Contractual service suppliers and independent professionals (F32)', 'ExemptionCode', 'Was T23 before Dec 15 2022.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 540) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F36', 'CKFTA - Spouse or common-law partner (F36)', 'ExemptionCode', 'Open work permit (section of the CKFTA traders page). Other CKFTA codes (investors, ICT) not found: see README.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 0, 1, 550) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F42', 'Canada-Panama FTA (CPAFTA) - Professionals (F42)', 'ExemptionCode', 'Other CPAFTA codes not found: see README.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 560) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F60', 'CUKTCA (Canada-UK) - Contractual service suppliers / independent professionals (F60)', 'ExemptionCode', 'Page lists F60 and F66 for the two professional types; which one is contractual service suppliers vs independent professionals is UNCONFIRMED. Other CUKTCA codes (ICT, investors, spouses) not found.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 570) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F66', 'CUKTCA (Canada-UK) - Contractual service suppliers / independent professionals (F66)', 'ExemptionCode', 'See F60.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 580) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F71', 'Canada-Ukraine FTA (CUFTA) - Intra-corporate transferees (F71)', 'ExemptionCode', 'Page title lists F71 and F74 (executive, manager, specialist); split UNCONFIRMED. New CUFTA in force July 1 2024.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 590) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F73', 'CUFTA - Spouse of intra-corporate transferee (F73)', 'ExemptionCode', 'Open work permit.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 0, 1, 600) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('F74', 'CUFTA - Intra-corporate transferees (second code) (F74)', 'ExemptionCode', 'See F71.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 610) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('R01', 'Public policies under A25.2 - applicants inside Canada (R01)', 'ExemptionCode', 'Code for work permits issued under temporary public policies; which policies are open at any time changes.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'IRPA A25.2', 1, 1, 620) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('R02', 'Public policies under A25.2 - applicants outside Canada (R02)', 'ExemptionCode', 'Was R01 before Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'IRPA A25.2', 1, 1, 630) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T11', 'Canada-international non-trade agreements (unique work situations) (T11)', 'ExemptionCode', 'Created Aug 14 2009 when T10 was split into T11/T12/T13; unchanged on Dec 15 2022.', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 1, 1, 640) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T12', 'Provincial/territorial-international agreements (T12)', 'ExemptionCode', 'IRCC: no approved agreements at this time.', 'IRCC instructions before 2022; not confirmed since', 'R204(b)', 1, 1, 650) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T13', 'Canada-provincial/territorial agreements, incl. provincial nominees with a job offer in the nominating province (T13)', 'ExemptionCode', 'Quebec cases are assessed under R205(a) instead.', 'IRCC program delivery instructions (canada.ca)', 'R204(c)', 1, 1, 660) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T25', 'CCOFTA - Spouse or common-law partner (T25)', 'ExemptionCode', 'Open work permit; code unchanged on Dec 15 2022 (old table: spouse under Colombia or Korea FTA).', 'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', 'R204(a)', 0, 1, 670) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T33', 'GATS - Professionals (T33)', 'ExemptionCode', 'GATS intra-company transferees were coded C12 (now C61/C62/C63).', 'IRCC program delivery update, as republished verbatim', 'R204(a)', 1, 1, 680) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T34', 'CUSMA - Traders (T34)', 'ExemptionCode', 'Was T21 before Dec 15 2022.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 690) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T35', 'CUSMA - Investors (T35)', 'ExemptionCode', 'Was T22 before Dec 15 2022.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 700) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T43', 'CETA - Independent professionals (T43)', 'ExemptionCode', '2017 code. CUKTCA equivalents were renumbered (F60/F66); a current CETA code was NOT confirmed.', 'IRCC''s CETA pages say the code has changed; the new code is not confirmed', 'R204(a)', 1, 0, 710) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T44', 'CETA - Intra-corporate transferees (senior personnel, specialists, graduate trainees) (T44)', 'ExemptionCode', 'canada.ca CETA ICT page carries the banner "the LMIA exemption code ... has changed"; current code NOT confirmed.', 'IRCC''s CETA pages say the code has changed; the new code is not confirmed', 'R204(a)', 1, 0, 720) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T45', 'CETA - Spouse of intra-corporate transferee (T45)', 'ExemptionCode', 'Open work permit; same banner as T44; current code NOT confirmed.', 'IRCC''s CETA pages say the code has changed; the new code is not confirmed', 'R204(a)', 0, 0, 730) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T46', 'CETA - Investors (T46)', 'ExemptionCode', '2017 code; current code NOT confirmed.', 'IRCC''s CETA pages say the code has changed; the new code is not confirmed', 'R204(a)', 1, 0, 740) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T47', 'CETA - Contractual service suppliers (T47)', 'ExemptionCode', '2017 code; current code NOT confirmed.', 'IRCC''s CETA pages say the code has changed; the new code is not confirmed', 'R204(a)', 1, 0, 750) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T50', 'CPTPP - Investors (T50)', 'ExemptionCode', 'CPTPP - Investors.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 760) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T51', 'CPTPP - Intra-corporate transferees (T51)', 'ExemptionCode', 'Page title lists T51 and T55; which sub-category each covers was not visible in the stored excerpt.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 770) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T52', 'CPTPP - Professionals and technicians (T52)', 'ExemptionCode', 'CPTPP - Professionals and technicians.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 780) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T53', 'CPTPP - Spouse or common-law partner (T53)', 'ExemptionCode', 'Open work permit.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 0, 1, 790) ON CONFLICT ("Code") DO NOTHING;
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('T55', 'CPTPP - Intra-corporate transferees (second code) (T55)', 'ExemptionCode', 'UNCONFIRMED which ICT sub-category (executive/manager vs specialist/trainee) maps to T55.', 'IRCC program delivery instructions (canada.ca)', 'R204(a)', 1, 1, 800) ON CONFLICT ("Code") DO NOTHING;

-- Pathways: kept apart from codes; the pilot's classes and the LMIA-based Global Talent Stream no longer take offers.
INSERT INTO "Programs" ("Code", "Name", "Kind", "Description", "Source", "Regulation", "EmployerSpecific", "IsActive", "SortOrder") VALUES ('AIP', 'Atlantic Immigration Program', 'FederalRoute', 'The permanent Atlantic Immigration Program (applications from 6 March 2022), which replaced the pilot''s three classes: a full-time (30 hours a week or more), non-seasonal job offer from an employer designated in the Atlantic province; TEER 0 to 3 for at least one year, TEER 4 permanent. The offer goes under code C18 with the province''s endorsement.', 'IRCC, Atlantic Immigration Program', NULL, 1, 1, 165) ON CONFLICT ("Code") DO NOTHING;
UPDATE "Programs" SET "Name" = 'BC PNP Tech', "Description" = 'Provincial nomination (BC Provincial Nominee Program, BC PNP Tech, formerly the BC Tech Pilot) for workers in eligible tech occupations with a job offer in British Columbia of at least one year, with at least 120 days remaining when the worker applies.' WHERE "Code" = 'BCTECH';
UPDATE "Programs" SET "IsActive" = 0 WHERE "Code" = 'AIP-HS';
UPDATE "Programs" SET "IsActive" = 0 WHERE "Code" = 'AIP-IS';
UPDATE "Programs" SET "IsActive" = 0 WHERE "Code" = 'AIP-IG';
UPDATE "Programs" SET "Description" = 'Global Talent Stream, category A: LMIA-based, so neither an exemption code nor an offer of the Employer Portal. Kept for the offers recorded under it; offers cannot choose it.', "IsActive" = 0 WHERE "Code" = 'GTS-A';
UPDATE "Programs" SET "Description" = 'Global Talent Stream, category B: LMIA-based, so neither an exemption code nor an offer of the Employer Portal. Kept for the offers recorded under it; offers cannot choose it.', "IsActive" = 0 WHERE "Code" = 'GTS-B';
UPDATE "Programs" SET "Description" = 'Intra-company transferees: retired on 15 December 2022, replaced by C61, C62 and C63. Kept for the offers recorded under it; offers cannot choose it.', "IsActive" = 0 WHERE "Code" = 'C12';

-- Rule sets: each program's rules with the first (and, when they ended, last) day they are in force.
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('49178E2A-37D4-541F-A03E-7BFDD765A131', 'C16', '2016-06-01', '2023-06-14', 'IRCC, Mobilité francophone (C16) instructions', '0,1,2,3', NULL, NULL, NULL, NULL, 0, 0, NULL, 'QC', NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('E3063BBB-4130-5C1D-AA49-623BC77BDD70', 'C16', '2023-06-15', NULL, 'IRCC program delivery update, 15 June 2023: Mobilité francophone under R205(c)(ii)', '0,1,2,3,4,5', NULL, NULL, NULL, NULL, 0, 0, NULL, 'QC', NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('7EF99099-DE75-5B2F-AC77-00A65B9C12B8', 'C18', '2017-03-06', NULL, 'IRCC, Atlantic Immigration Pilot: work permits under C18 (operational bulletins 2017-2018)', NULL, NULL, NULL, NULL, NULL, 0, 0, 'NB,NS,PE,NL', NULL, NULL, 1, 1, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('27DD94E9-DE6A-5871-A350-147E7A8B91EF', 'T36', '2022-12-15', NULL, 'IRCC, CUSMA program delivery instructions (2024)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 'USA,MEX', 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('3A8465F0-CB96-5142-86DB-07EEFB305296', 'T37', '2022-12-15', NULL, 'IRCC, CUSMA program delivery instructions (2024)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 'USA,MEX', 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('1D0B63CC-275D-536F-89AE-2DE8219B6FFB', 'T38', '2022-12-15', NULL, 'IRCC, CUSMA program delivery instructions (2024)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 'USA,MEX', 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('B0488D5D-1214-599F-9BD3-3EB4F6FD7A42', 'C88', '2023-06-27', NULL, 'IRCC, Innovation Stream of the International Mobility Program: Global Hypergrowth Project', '0,1,2,3', '0,1', NULL, NULL, NULL, 0, 1, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('BFC88477-36A8-531D-B5B8-A17227D8E915', 'ATP', '2022-11-16', NULL, 'Alberta Advantage Immigration Program, Accelerated Tech Pathway (its first 23 NOC 2016 occupations, as NOC 2021 groups)', NULL, NULL, NULL, NULL, NULL, 0, 0, 'AB', NULL, NULL, 0, 0, 1);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('9B5A2E20-4D9C-5736-A2C7-14960A2E4BF5', 'AINP-ENG', '2014-06-20', NULL, 'Alberta Immigrant Nominee Program, Strategic Recruitment Stream (20 June 2014)', NULL, NULL, NULL, NULL, NULL, 0, 0, 'AB', NULL, NULL, 0, 0, 1);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('F00BBBD7-DC1C-518C-884B-94DBE9D01318', 'AINP-PGW', '2014-06-20', NULL, 'Alberta Immigrant Nominee Program, Strategic Recruitment Stream (20 June 2014)', '0,1,2,3,4', NULL, NULL, NULL, '30', 0, 0, 'AB', NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('39AB0A3A-879F-5A73-A14E-04EFCD3AB64B', 'BCTECH', '2022-12-15', NULL, 'BC Provincial Nominee Program, BC PNP Tech: job offer of at least one year', NULL, NULL, NULL, 12, NULL, 0, 0, 'BC', NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('F19D554E-6462-5F72-A268-DF07F3BEA4BF', 'AIP-HS', '2017-03-06', '2021-12-31', 'Atlantic Immigration Pilot, employer guide, Annex A (2017)', '0,1,2,3', NULL, NULL, 12, '30', 0, 0, 'NB,NS,PE,NL', NULL, NULL, 1, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('40547E48-F73F-5859-9C6F-0DD35C902E3B', 'AIP-IS', '2017-03-06', '2021-12-31', 'Atlantic Immigration Pilot, employer guide, Annex A (2017)', '0,1,2,3,4', NULL, '0,1,2,3,4', NULL, '30', 0, 0, 'NB,NS,PE,NL', NULL, NULL, 1, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('51BC7F1B-5D38-5291-A7B7-99D564A107BE', 'AIP-IG', '2017-03-06', '2021-12-31', 'Atlantic Immigration Pilot, employer guide, Annex A (2017)', '0,1,2,3,4', NULL, NULL, 12, '30', 0, 0, 'NB,NS,PE,NL', NULL, NULL, 1, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('20D16F25-6C86-564A-9E91-4E80305979C7', 'AIP', '2022-03-06', NULL, 'IRCC, Atlantic Immigration Program: job offers from designated employers', '0,1,2,3,4', NULL, '4', 12, '30', 1, 0, 'NB,NS,PE,NL', NULL, NULL, 1, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('FCA60CDA-3261-5C37-AB3F-1AF9A2A23B89', 'R01', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('1B01FE01-D4C9-5232-A883-31ADBC801C5F', 'R02', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('5E4326CB-18FA-5C05-B437-39DB6D06BF0D', 'T11', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('745076D0-7AF7-5324-92B5-F1A10644ABCE', 'T34', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('55C07322-D003-5233-9DEF-078BA7091DFF', 'T35', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('C44C05AD-62C0-5337-B265-672A4241AD95', 'F10', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('D68EC588-95B5-5C2C-8C80-94EF30DE8A14', 'F11', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('ACA32B28-D90E-5E93-9AA3-6D2D76EC96CA', 'F12', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('62FAB3D6-F112-51E2-9EBA-E92BC137F8FF', 'F13', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('EF502234-0B56-5843-9CFD-F4B8E24A9DB5', 'F14', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('EEC2FEB2-A3E1-5381-A06E-7E1756217F68', 'F15', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('63CD474A-D332-507C-9A7B-370167C8A048', 'T25', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('9C367759-F398-5F8C-B3B2-1D206DF05A36', 'F20', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('E157587D-512C-5A2D-92E7-2627AE18BFC8', 'F21', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('A545447D-01A3-5C64-9E93-5CA9E9D05D4E', 'F22', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('0FEABE3A-FB7A-5992-9D0F-517468B68C08', 'F23', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('8AE9DAEC-5D70-57FF-A8F4-351F1A160B92', 'F24', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('082EB540-F13F-5F99-A28F-91E8DD223B27', 'F30', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('2A66F07C-BAA2-550A-BD27-97F83D5D1B11', 'F32', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('D2B43C61-DAAF-5332-922B-0B86E24F6E4C', 'F36', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('B0DB1EB3-E0C2-58C1-B1AC-EC6CB6034C6C', 'F42', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('99E70547-8F78-595B-A15E-9372DB0089DF', 'T50', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('44B95F1C-EC0C-5BA6-8A84-4514FEB27C93', 'T51', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('6528480B-0222-51BC-805C-2368E7D42CD2', 'T55', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('E9CA21FF-31EF-5561-8631-F6681935C701', 'T52', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('859F83C9-3090-556A-9938-940872233352', 'T53', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('043638F4-5067-5B0C-93ED-8D73BF7F3136', 'F60', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('01013A14-ADAF-5AB0-9D51-2FB3C28EB951', 'F66', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('AD61B77D-0937-5C6D-9CD5-D654B7DD43BD', 'F71', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('662F87F6-629C-5C1A-84EF-DFAA30617C68', 'F74', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('C53CBF7F-DB02-5064-9C4B-A5AAE938E948', 'F73', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('B6C596AF-FC6F-5BC1-AF31-B00822B425B5', 'T33', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('95553EB6-78FB-5E45-B9C6-3651E6EBD7C2', 'T12', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('0CB6EA5A-DB41-5C6F-8E82-38EE6E547C9A', 'T13', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('79B0E7B1-1830-5AB4-AE1A-CE94C264C1B8', 'C10', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('A0DE59F8-3548-586C-A088-761EC56CB21B', 'C11', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('C4763188-94B1-52C1-A546-70EC5ABC8DAC', 'C61', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('2AD7903C-3824-5F02-B097-B89D9B3EDE04', 'C62', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('23BD9013-0543-585B-9559-333175F82124', 'C63', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('21DA4E36-63C3-58ED-A415-005EE09CB69D', 'C13', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('4BC53421-370D-59E4-8A48-C180073F1E11', 'C14', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('FD6E10FB-A6F0-5CDF-B7EE-32E86833D734', 'C20', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('CA0CCE9C-FFF7-57D4-8732-AD1D603B8133', 'C21', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('CC1390B9-4592-52DF-863F-D3D124DA97C7', 'C22', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('D2A26849-17E6-5950-996B-A7B00BE6B4BF', 'C23', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('8A4C9A8F-32EA-536F-82B1-6EC96179CA14', 'C31', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('5C5FF5BD-D8CC-57A7-AC17-69B678491E00', 'C32', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('8E6052A2-1BB9-5CAF-B50C-2FF2DE237129', 'C33', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('0347B9B1-B8D2-5D4B-8D4F-1F6E3C6742D2', 'C41', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('6170B8E9-63B1-52E1-B261-2BEF90301342', 'C42', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('AE5D3C81-8D41-5132-BDDB-313D56C77CE2', 'C43', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('E4709B68-3DE8-5546-93A2-1315B33E3F42', 'C44', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('250241AB-9291-5373-A4E8-0D010293E106', 'C45', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('6C2A8092-2844-5F1D-9780-626236EEE71F', 'C46', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('902CA4E4-53BB-5D31-AA7F-4BFFCAC2875E', 'C47', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('34A3228B-5B60-5311-A774-795DBFFF44F6', 'C48', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('EB91586D-1179-58AE-9C19-5B32FDF60BBB', 'C49', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('4B28E6DB-F740-5C8F-83C1-0D9B80003959', 'C52', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
INSERT INTO "ProgramRuleSets" ("Id", "ProgramCode", "EffectiveFrom", "EffectiveTo", "Source", "EligibleTeers", "ExpeditedTeers", "IndeterminateTeers", "MinimumDurationMonths", "MinimumHoursPerWeek", "RequiresNonSeasonal", "RequiresParticipatingEmployer", "RequiredProvinces", "ExcludedProvinces", "RequiredCitizenships", "RequiresDesignation", "RequiresEndorsement", "UsesOccupationList") VALUES ('39D8EB9D-BA1D-59A9-A9ED-5BC0822B74AE', 'C50', '2022-12-15', NULL, 'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);


INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202203934_RulesInForceData', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
UPDATE "OutboxEmails" SET "Type" = 'FeeNotRecorded' WHERE "Type" = 'FeeNotRecordedEmail';

UPDATE "OutboxEmails" SET "Type" = 'NumberNotRecorded' WHERE "Type" = 'NumberNotRecordedEmail';

UPDATE "OutboxEmails" SET "Type" = 'NumberNotGiven' WHERE "Type" = 'NumberNotGivenEmail';

UPDATE "OutboxEmails" SET "Type" = 'StartDateSoon' WHERE "Type" = 'StartDateSoonEmail';

UPDATE "OutboxEmails" SET "Type" = 'PermitExpiresIn180Days' WHERE "Type" = 'PermitExpiresIn180DaysEmail';

UPDATE "OutboxEmails" SET "Type" = 'PermitExpiresIn90Days' WHERE "Type" = 'PermitExpiresIn90DaysEmail';

UPDATE "OutboxEmails" SET "Type" = 'WageReviewDue' WHERE "Type" = 'WageReviewDueEmail';

UPDATE "OutboxEmails" SET "Type" = 'DesignationChangesRequested' WHERE "Type" = 'DesignationChangesRequestedEmail';

UPDATE "OutboxEmails" SET "Type" = 'CommitmentDueSoon' WHERE "Type" = 'CommitmentDueSoonEmail';

UPDATE "OutboxEmails" SET "Type" = 'CommitmentDueToday' WHERE "Type" = 'CommitmentDueTodayEmail';

UPDATE "OutboxEmails" SET "Type" = 'CommitmentOverdue' WHERE "Type" = 'CommitmentOverdueEmail';

UPDATE "OutboxEmails" SET "Type" = 'RefundNotReceived' WHERE "Type" = 'RefundNotReceivedEmail';

UPDATE "OutboxEmails" SET "Type" = 'DesignationReviewQueue' WHERE "Type" = 'DesignationReviewQueueEmail';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203055009_OutboxReminderTypes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "OwnerType" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    "UploadedByUserId" TEXT NOT NULL,
    CONSTRAINT "FK_Documents_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Documents_OrganizationId" ON "Documents" ("OrganizationId");

CREATE INDEX "IX_Documents_OwnerId" ON "Documents" ("OwnerId");

INSERT INTO "Documents" ("Id", "OrganizationId", "Kind", "FileName", "StoredName", "ContentType", "SizeBytes", "Sha256", "UploadedAtUtc", "UploadedByUserId", "OwnerType", "OwnerId") SELECT "Id", "OrganizationId", "Kind", "FileName", "StoredName", "ContentType", "SizeBytes", "Sha256", "UploadedAtUtc", "UploadedByUserId", 'Offer', "OfferId" FROM "OfferDocuments";

INSERT INTO "Documents" ("Id", "OrganizationId", "Kind", "FileName", "StoredName", "ContentType", "SizeBytes", "Sha256", "UploadedAtUtc", "UploadedByUserId", "OwnerType", "OwnerId") SELECT "Id", "OrganizationId", "Kind", "FileName", "StoredName", "ContentType", "SizeBytes", "Sha256", "UploadedAtUtc", "UploadedByUserId", CASE "Kind" WHEN 'TrainingCertificate' THEN 'DesignationApplication' WHEN 'CommitmentEvidence' THEN 'SettlementCommitment' ELSE 'EndorsementCase' END, "SubjectId" FROM "AtlanticDocuments";

DROP TABLE "AtlanticDocuments";

DROP TABLE "OfferDocuments";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203072549_DocumentsInOneTable', '10.0.15');

COMMIT;

