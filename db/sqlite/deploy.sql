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

