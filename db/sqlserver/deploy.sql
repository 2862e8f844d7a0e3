IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] uniqueidentifier NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [PreferredCulture] nvarchar(5) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [OccurredAtUtc] datetime2 NOT NULL,
        [OrganizationId] uniqueidentifier NULL,
        [ActorUserId] uniqueidentifier NULL,
        [ActorName] nvarchar(256) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(100) NOT NULL,
        [Action] nvarchar(10) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [ComplianceFees] (
        [Id] uniqueidentifier NOT NULL,
        [Amount] decimal(10,2) NOT NULL,
        [Currency] nvarchar(3) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        CONSTRAINT [PK_ComplianceFees] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [Countries] (
        [Code] nvarchar(3) NOT NULL,
        [NameEn] nvarchar(100) NOT NULL,
        [NameFr] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Countries] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [DigestItems] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Type] int NOT NULL,
        [IdempotencyKey] nvarchar(200) NOT NULL,
        [Summary] nvarchar(500) NOT NULL,
        [Link] nvarchar(500) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [DigestedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_DigestItems] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [Occupations] (
        [Code] nvarchar(5) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Teer] int NOT NULL,
        [Noc2016Code] nvarchar(4) NULL,
        [Noc2016SkillLevel] nvarchar(1) NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Occupations] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [Organizations] (
        [Id] uniqueidentifier NOT NULL,
        [LegalName] nvarchar(200) NOT NULL,
        [OperatingName] nvarchar(200) NULL,
        [BusinessNumber] nvarchar(9) NOT NULL,
        [Phone] nvarchar(30) NOT NULL,
        [PrimaryContactName] nvarchar(200) NOT NULL,
        [PrimaryContactEmail] nvarchar(256) NOT NULL,
        [RegisteredAtUtc] datetime2 NOT NULL,
        [City] nvarchar(100) NOT NULL,
        [AddressLine1] nvarchar(200) NOT NULL,
        [AddressLine2] nvarchar(200) NULL,
        [PostalCode] nvarchar(7) NOT NULL,
        [Province] nvarchar(2) NOT NULL,
        CONSTRAINT [PK_Organizations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [OutboxEmails] (
        [Id] uniqueidentifier NOT NULL,
        [IdempotencyKey] nvarchar(200) NOT NULL,
        [Type] nvarchar(100) NOT NULL,
        [Recipient] nvarchar(320) NOT NULL,
        [Culture] nvarchar(10) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [HtmlBody] nvarchar(max) NOT NULL,
        [TextBody] nvarchar(max) NOT NULL,
        [Status] nvarchar(10) NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAtUtc] datetime2 NOT NULL,
        [LeasedUntilUtc] datetime2 NULL,
        [LeaseOwner] nvarchar(200) NULL,
        [LastError] nvarchar(1000) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [SentAtUtc] datetime2 NULL,
        CONSTRAINT [PK_OutboxEmails] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [Programs] (
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Source] nvarchar(50) NULL,
        [EligibleTeers] nvarchar(20) NULL,
        [ExpeditedTeers] nvarchar(20) NULL,
        [RequiresParticipatingEmployer] bit NOT NULL,
        [RequiredProvinces] nvarchar(60) NULL,
        [MinimumDurationDays] int NULL,
        [RequiresIndeterminate] bit NOT NULL,
        [RequiresFullTime] bit NOT NULL,
        [UsesOccupationList] bit NOT NULL,
        [FeeExempt] bit NOT NULL,
        [IsActive] bit NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_Programs] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [ReminderPreferences] (
        [UserId] uniqueidentifier NOT NULL,
        [Type] int NOT NULL,
        [Delivery] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_ReminderPreferences] PRIMARY KEY ([UserId], [Type])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] uniqueidentifier NOT NULL,
        [RoleId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [AtlanticDocuments] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [FileName] nvarchar(120) NOT NULL,
        [StoredName] nvarchar(40) NOT NULL,
        [ContentType] nvarchar(50) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        [UploadedByUserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AtlanticDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AtlanticDocuments_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [DesignationApplications] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Province] nvarchar(2) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedByUserId] uniqueidentifier NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [Locations] nvarchar(2000) NULL,
        [OperatingSince] date NULL,
        [ProviderName] nvarchar(200) NULL,
        [ProviderContact] nvarchar(300) NULL,
        [ProviderContactedOn] date NULL,
        [WelcomingWorkplace] bit NOT NULL,
        [TrainingCompletedBy] nvarchar(200) NULL,
        [TrainingCompletedOn] date NULL,
        [RepresentativeName] nvarchar(200) NULL,
        [RepresentativeTitle] nvarchar(200) NULL,
        [RepresentativeEmail] nvarchar(256) NULL,
        [RepresentativePhone] nvarchar(30) NULL,
        [DeclarationAccepted] bit NOT NULL,
        [SubmittedAtUtc] datetime2 NULL,
        [SubmittedByUserId] uniqueidentifier NULL,
        [ChangesRequestedAtUtc] datetime2 NULL,
        [ChangesRequestedByUserId] uniqueidentifier NULL,
        [ChangesRequested] nvarchar(2000) NULL,
        [DecidedAtUtc] datetime2 NULL,
        [DecidedByUserId] uniqueidentifier NULL,
        [DesignationNumber] nvarchar(50) NULL,
        [ExpiresOn] date NULL,
        [RefusalReason] nvarchar(2000) NULL,
        [WithdrawnAtUtc] datetime2 NULL,
        [WithdrawnByUserId] uniqueidentifier NULL,
        CONSTRAINT [PK_DesignationApplications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DesignationApplications_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [Invitations] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [Role] nvarchar(20) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [InvitedByUserId] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [ExpiresAtUtc] datetime2 NOT NULL,
        [AcceptedAtUtc] datetime2 NULL,
        [AcceptedByUserId] uniqueidentifier NULL,
        [RevokedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_Invitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Invitations_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [Memberships] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Role] nvarchar(20) NOT NULL,
        [IsActive] bit NOT NULL,
        [JoinedAtUtc] datetime2 NOT NULL,
        [DeactivatedAtUtc] datetime2 NULL,
        [DeactivatedByUserId] uniqueidentifier NULL,
        CONSTRAINT [PK_Memberships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Memberships_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Memberships_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [Offers] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [CreationToken] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedByUserId] uniqueidentifier NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [WorkerFamilyName] nvarchar(100) NOT NULL,
        [WorkerGivenNames] nvarchar(100) NOT NULL,
        [WorkerDateOfBirth] date NOT NULL,
        [WorkerCitizenship] nvarchar(3) NOT NULL,
        [PassportNumber] nvarchar(20) NOT NULL,
        [WorkerEmail] nvarchar(256) NOT NULL,
        [WorkerInsideCanada] bit NOT NULL,
        [JobTitle] nvarchar(200) NOT NULL,
        [OccupationCode] nvarchar(5) NOT NULL,
        [MainDuties] nvarchar(4000) NOT NULL,
        [Wage] decimal(12,2) NOT NULL,
        [WageUnit] nvarchar(10) NOT NULL,
        [HoursPerWeek] decimal(5,2) NOT NULL,
        [FullTime] bit NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NULL,
        [Location1City] nvarchar(100) NOT NULL,
        [Location1Province] nvarchar(2) NOT NULL,
        [Location2City] nvarchar(100) NULL,
        [Location2Province] nvarchar(2) NULL,
        [MoreLocations] bit NOT NULL,
        [ProgramCode] nvarchar(20) NOT NULL,
        [ExemptionExplanation] nvarchar(4000) NOT NULL,
        [AttestAgreement] bit NOT NULL,
        [AttestNoFees] bit NOT NULL,
        [AttestSameConditions] bit NOT NULL,
        [AttestAbuseFree] bit NOT NULL,
        [SubmittedAtUtc] datetime2 NULL,
        [SubmittedByUserId] uniqueidentifier NULL,
        [FeeAmount] decimal(10,2) NULL,
        [FeePaidOn] date NULL,
        [FeeReference] nvarchar(100) NULL,
        [FeeExempt] bit NOT NULL,
        [FeeRecordedAtUtc] datetime2 NULL,
        [FeeRecordedByUserId] uniqueidentifier NULL,
        [OfferNumber] nvarchar(8) NULL,
        [NumberRecordedAtUtc] datetime2 NULL,
        [NumberRecordedByUserId] uniqueidentifier NULL,
        [NumberGivenOn] date NULL,
        [NumberGivenAtUtc] datetime2 NULL,
        [NumberGivenByUserId] uniqueidentifier NULL,
        [NumberEmailedToWorker] bit NOT NULL,
        [WithdrawnAtUtc] datetime2 NULL,
        [WithdrawnByUserId] uniqueidentifier NULL,
        [WithdrawalReason] nvarchar(1000) NULL,
        [RefundRequestedOn] date NULL,
        [RefundReceivedOn] date NULL,
        CONSTRAINT [PK_Offers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Offers_Occupations_OccupationCode] FOREIGN KEY ([OccupationCode]) REFERENCES [Occupations] ([Code]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Offers_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Offers_Programs_ProgramCode] FOREIGN KEY ([ProgramCode]) REFERENCES [Programs] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [ParticipatingEmployers] (
        [Id] uniqueidentifier NOT NULL,
        [ProgramCode] nvarchar(20) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [BusinessNumber] nvarchar(9) NULL,
        CONSTRAINT [PK_ParticipatingEmployers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParticipatingEmployers_Programs_ProgramCode] FOREIGN KEY ([ProgramCode]) REFERENCES [Programs] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [ProgramOccupations] (
        [ProgramCode] nvarchar(20) NOT NULL,
        [OccupationCode] nvarchar(5) NOT NULL,
        CONSTRAINT [PK_ProgramOccupations] PRIMARY KEY ([ProgramCode], [OccupationCode]),
        CONSTRAINT [FK_ProgramOccupations_Occupations_OccupationCode] FOREIGN KEY ([OccupationCode]) REFERENCES [Occupations] ([Code]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgramOccupations_Programs_ProgramCode] FOREIGN KEY ([ProgramCode]) REFERENCES [Programs] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [EndorsementCases] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [OfferId] uniqueidentifier NULL,
        [CandidateName] nvarchar(200) NOT NULL,
        [CandidateEmail] nvarchar(256) NULL,
        [Province] nvarchar(2) NOT NULL,
        [Class] nvarchar(30) NOT NULL,
        [OccupationCode] nvarchar(5) NOT NULL,
        [FullTime] bit NOT NULL,
        [StartDate] date NULL,
        [EndDate] date NULL,
        [LanguageTested] bit NOT NULL,
        [EducationMet] bit NOT NULL,
        [WorkExperienceMet] bit NOT NULL,
        [FamilyMembersComing] int NOT NULL,
        [FamilyNotes] nvarchar(2000) NULL,
        [NeedsAssessedOn] date NULL,
        [NeedsAssessmentProvider] nvarchar(200) NULL,
        [PlanReceivedAtUtc] datetime2 NULL,
        [CertificateReceivedOn] date NULL,
        [CertificateNumber] nvarchar(50) NULL,
        [ArrivalDate] date NULL,
        [OpenedAtUtc] datetime2 NOT NULL,
        [OpenedByUserId] uniqueidentifier NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_EndorsementCases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EndorsementCases_Occupations_OccupationCode] FOREIGN KEY ([OccupationCode]) REFERENCES [Occupations] ([Code]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EndorsementCases_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EndorsementCases_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [OfferDocuments] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [OfferId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [FileName] nvarchar(120) NOT NULL,
        [StoredName] nvarchar(40) NOT NULL,
        [ContentType] nvarchar(50) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        [UploadedByUserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_OfferDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OfferDocuments_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_OfferDocuments_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE TABLE [SettlementCommitments] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [OwnerUserId] uniqueidentifier NOT NULL,
        [DueOn] date NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [NotNeededReason] nvarchar(1000) NULL,
        [EvidenceNotes] nvarchar(2000) NULL,
        [CompletedOn] date NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedByUserId] uniqueidentifier NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SettlementCommitments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SettlementCommitments_AspNetUsers_OwnerUserId] FOREIGN KEY ([OwnerUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SettlementCommitments_EndorsementCases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [EndorsementCases] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SettlementCommitments_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_AtlanticDocuments_OrganizationId] ON [AtlanticDocuments] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_AtlanticDocuments_SubjectId] ON [AtlanticDocuments] ([SubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OrganizationId_OccurredAtUtc] ON [AuditEntries] ([OrganizationId], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ComplianceFees_EffectiveFrom] ON [ComplianceFees] ([EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_DesignationApplications_OneOpenPerProvince] ON [DesignationApplications] ([OrganizationId], [Province]) WHERE [Status] IN (''Draft'', ''Submitted'', ''ChangesRequested'')');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_DesignationApplications_Status_SubmittedAtUtc] ON [DesignationApplications] ([Status], [SubmittedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DigestItems_IdempotencyKey] ON [DigestItems] ([IdempotencyKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_DigestItems_UserId_DigestedAtUtc] ON [DigestItems] ([UserId], [DigestedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_EndorsementCases_OccupationCode] ON [EndorsementCases] ([OccupationCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_EndorsementCases_OfferId] ON [EndorsementCases] ([OfferId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_EndorsementCases_OrganizationId_OpenedAtUtc] ON [EndorsementCases] ([OrganizationId], [OpenedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_Invitations_OrganizationId_CreatedAtUtc] ON [Invitations] ([OrganizationId], [CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Invitations_TokenHash] ON [Invitations] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_Memberships_OrganizationId_IsActive] ON [Memberships] ([OrganizationId], [IsActive]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Memberships_UserId] ON [Memberships] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_Occupations_Noc2016Code] ON [Occupations] ([Noc2016Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_OfferDocuments_OfferId] ON [OfferDocuments] ([OfferId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_OfferDocuments_OrganizationId] ON [OfferDocuments] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_Offers_OccupationCode] ON [Offers] ([OccupationCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Offers_OfferNumber] ON [Offers] ([OfferNumber]) WHERE [OfferNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_Offers_OrganizationId_CreatedAtUtc] ON [Offers] ([OrganizationId], [CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Offers_OrganizationId_CreationToken] ON [Offers] ([OrganizationId], [CreationToken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_Offers_OrganizationId_Status_CreatedAtUtc] ON [Offers] ([OrganizationId], [Status], [CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_Offers_ProgramCode] ON [Offers] ([ProgramCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organizations_BusinessNumber] ON [Organizations] ([BusinessNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_OutboxEmails_CreatedAtUtc] ON [OutboxEmails] ([CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxEmails_IdempotencyKey] ON [OutboxEmails] ([IdempotencyKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_OutboxEmails_Status_NextAttemptAtUtc] ON [OutboxEmails] ([Status], [NextAttemptAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ParticipatingEmployers_ProgramCode_Name] ON [ParticipatingEmployers] ([ProgramCode], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_ProgramOccupations_OccupationCode] ON [ProgramOccupations] ([OccupationCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_SettlementCommitments_CaseId] ON [SettlementCommitments] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_SettlementCommitments_OrganizationId_Status_DueOn] ON [SettlementCommitments] ([OrganizationId], [Status], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    CREATE INDEX [IX_SettlementCommitments_OwnerUserId] ON [SettlementCommitments] ([OwnerUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    EXEC(N'CREATE TRIGGER [AuditEntries_append_only] ON [AuditEntries] INSTEAD OF UPDATE, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        THROW 50000, ''AuditEntries is append-only'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    -- Baseline reference data: occupations, programs and their rules, Global Hypergrowth Project employers, the compliance fee, countries. Generated by db/reference/generate.py; edit the data there.

    -- Occupations: NOC 2021 unit groups with the NOC 2016 unit group each corresponds to.
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'00012', N'Senior managers - financial, communications and other business services', 0, N'0013', N'0', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10011', N'Human resources managers', 0, N'0112', N'0', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10030', N'Telecommunication carriers managers', 0, N'0131', N'0', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11200', N'Human resources professionals', 1, N'1121', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11202', N'Professional occupations in advertising, marketing and public relations', 1, N'1123', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12101', N'Human resources and recruitment officers', 2, N'1223', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13110', N'Administrative assistants', 3, N'1241', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'20010', N'Engineering managers', 0, N'0211', N'0', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'20011', N'Architecture and science managers', 0, N'0212', N'0', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'20012', N'Computer and information systems managers', 0, N'0213', N'0', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21210', N'Mathematicians, statisticians and actuaries', 1, N'2161', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21211', N'Data scientists', 1, N'2161', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21220', N'Cybersecurity specialists', 1, N'2171', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21221', N'Business systems specialists', 1, N'2171', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21222', N'Information systems specialists', 1, N'2171', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21223', N'Database analysts and data administrators', 1, N'2172', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21230', N'Computer systems developers and programmers', 1, N'2174', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21231', N'Software engineers and designers', 1, N'2173', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21232', N'Software developers and programmers', 1, N'2174', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21233', N'Web designers', 1, N'2175', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21234', N'Web developers and programmers', 1, N'2175', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21300', N'Civil engineers', 1, N'2131', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21301', N'Mechanical engineers', 1, N'2132', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21310', N'Electrical and electronics engineers', 1, N'2133', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21311', N'Computer engineers (except software engineers and designers)', 1, N'2147', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21320', N'Chemical engineers', 1, N'2134', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21321', N'Industrial and manufacturing engineers', 1, N'2141', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21330', N'Mining engineers', 1, N'2143', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21331', N'Geological engineers', 1, N'2144', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21332', N'Petroleum engineers', 1, N'2145', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22110', N'Biological technologists and technicians', 2, N'2221', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22212', N'Drafting technologists and technicians', 2, N'2253', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22220', N'Computer network and web technicians', 2, N'2281', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22221', N'User support technicians', 2, N'2282', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22222', N'Information systems testing technicians', 2, N'2283', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22300', N'Civil engineering technologists and technicians', 2, N'2231', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22301', N'Mechanical engineering technologists and technicians', 2, N'2232', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22310', N'Electrical and electronics engineering technologists and technicians', 2, N'2241', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'33102', N'Nurse aides, orderlies and patient service associates', 3, N'3413', N'C', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'44101', N'Home support workers, caregivers and related occupations', 4, N'4412', N'C', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'50011', N'Managers - publishing, motion pictures, broadcasting and performing arts', 0, N'0512', N'0', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51112', N'Technical writers', 1, N'5121', N'A', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52120', N'Graphic designers and illustrators', 2, N'5241', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'60010', N'Corporate sales managers', 0, N'0601', N'0', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62200', N'Chefs', 2, N'6321', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63200', N'Cooks', 3, N'6322', N'B', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64100', N'Retail salespersons and visual merchandisers', 4, N'6421', N'C', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65200', N'Food and beverage servers', 5, N'6513', N'C', 1);
    INSERT INTO [Occupations] ([Code], [Title], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65201', N'Food counter attendants, kitchen helpers and related support occupations', 5, N'6711', N'D', 1);

    -- Programs: LMIA exemption codes and federal and provincial routes, with their rules.
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'C10', N'Significant benefit (C10)', N'ExemptionCode', N'LMIA-exempt work permit for a worker whose work will bring a significant social, cultural or economic benefit to Canada. The offer of employment must explain why the exemption applies (IRCC employer instructions).', N'IRCC', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 10);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'C11', N'Entrepreneurs and self-employed (C11)', N'ExemptionCode', N'LMIA-exempt work permit for an entrepreneur or self-employed person who will own and run a business in Canada that brings a significant benefit. The offer of employment must explain why the exemption applies (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 20);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'C12', N'Intra-company transferees (C12)', N'ExemptionCode', N'LMIA-exempt intra-company transfer: the worker holds a managerial position or has specialized proprietary knowledge of the company and its products [002]. The Canadian employer must be a related company (branch, subsidiary, affiliate or parent) of the worker''s current employer [002].', N'002', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 30);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'C16', N'Francophone mobility (C16)', N'ExemptionCode', N'LMIA-exempt work permit (Mobilité francophone) for a French-speaking worker hired for a job outside Quebec. The offer of employment must explain why the exemption applies (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 40);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'C18', N'Atlantic Immigration Program (C18)', N'ExemptionCode', N'LMIA-exempt work permit for a candidate of the Atlantic program whom the province has endorsed. The employer must be designated in New Brunswick, Nova Scotia, Prince Edward Island or Newfoundland and Labrador, and the job offer must be full-time [003].', N'003', NULL, NULL, 0, N'NB,NS,PE,NL', NULL, 0, 1, 0, 0, 1, 50);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'C20', N'Reciprocal employment (C20)', N'ExemptionCode', N'LMIA-exempt work permit under a reciprocal employment arrangement, where Canadians have similar opportunities abroad (for example youth exchanges). The offer of employment must explain why the exemption applies (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 60);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'T36', N'CUSMA professionals (T36)', N'ExemptionCode', N'LMIA-exempt work permit for a citizen of the United States or Mexico in one of the 63 professions listed under CUSMA, which include computer systems analysts, computer engineers, graphic designers and technical writers [002].', N'002', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 70);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'T37', N'CUSMA intra-company transferees: executives and managers (T37)', N'ExemptionCode', N'LMIA-exempt intra-company transfer under CUSMA for an executive or manager who is a citizen of the United States or Mexico, moving to a related Canadian company (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 80);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'T38', N'CUSMA intra-company transferees: specialized knowledge (T38)', N'ExemptionCode', N'LMIA-exempt intra-company transfer under CUSMA for an employee with specialized knowledge who is a citizen of the United States or Mexico, moving to a related Canadian company (IRCC employer instructions).', NULL, NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 90);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'C88', N'Innovation Stream: Global Hypergrowth Project (C88)', N'ExemptionCode', N'LMIA-exempt, employer-specific work permit for a job with one of the companies in the Global Hypergrowth Project, in a TEER 0, 1, 2 or 3 occupation; TEER 0 and 1 get expedited processing, and the worker may be inside or outside Canada [004]. Before the worker applies, the employer submits the offer of employment, pays the $230 CAD employer compliance fee and gives the offer of employment number to the worker [004].', N'004', N'0,1,2,3', N'0,1', 1, NULL, NULL, 0, 0, 0, 0, 1, 100);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'GTS-A', N'Global Talent Stream, category A', N'FederalRoute', N'Global Talent Stream for high-growth companies referred to the stream to hire highly skilled foreign workers, with two-week work permit processing [002]. The employer commits to creating jobs for Canadians and permanent residents and pays a wage comparable to Canadian wages for the position [002].', N'002', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 110);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'GTS-B', N'Global Talent Stream, category B', N'FederalRoute', N'Global Talent Stream for employers hiring highly skilled workers in occupations on the Global Talent Occupations list, with two-week work permit processing and a commitment to invest in skills and training for Canadians and permanent residents [002]. The list itself is not in the sources: administrators load it.', N'002', NULL, NULL, 0, NULL, NULL, 0, 0, 0, 0, 1, 120);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'ATP', N'Alberta Accelerated Tech Pathway', N'ProvincialRoute', N'For Express Entry candidates eligible for the Alberta Express Entry Stream who have a job offer from, or work for, an Alberta employer in one of 23 tech occupations (NOC 2016 codes, listed here with their NOC 2021 groups) [001]. A nomination must be accepted within 30 days [001].', N'001', NULL, NULL, 0, N'AB', NULL, 0, 0, 1, 0, 1, 130);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'AINP-ENG', N'Alberta Strategic Recruitment Stream: Engineering Occupations', N'ProvincialRoute', N'For engineers, designers and drafters living in Alberta who work, or worked in the last two years, for an Alberta employer in an occupation on the Engineering Occupations List [000]. NOC 0211, 2131, 2132, 2133, 2134, 2141, 2143, 2144 and 2145 need a Letter of No Objection from APEGA or APEGA registration; NOC 2231, 2232, 2241 and 2253 do not [000].', N'000', NULL, NULL, 0, N'AB', NULL, 0, 0, 1, 0, 1, 140);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'AINP-PGW', N'Alberta Strategic Recruitment Stream: Post-Graduate Worker', N'ProvincialRoute', N'For graduates of an eligible Alberta post-secondary program of at least one year who hold a Post-Graduation Work Permit and work full-time for an Alberta employer in a NOC 0, A, B or C occupation [000]. NOC C occupations need official language test results; refugee claimants, live-in caregivers, workers living in another province and students are not eligible [000].', N'000', N'0,1,2,3,4', NULL, 0, N'AB', NULL, 0, 1, 0, 0, 1, 150);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'BCTECH', N'BC Tech Pilot', N'ProvincialRoute', N'Priority provincial nomination for workers in eligible tech occupations with a job offer in British Columbia of at least one year, with at least 120 days remaining when the worker applies [002].', N'002', NULL, NULL, 0, N'BC', 365, 0, 0, 0, 0, 1, 160);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'AIP-HS', N'Atlantic High-Skilled Class', N'FederalRoute', N'Full-time job offer of at least one year in a NOC 0, A or B occupation from a designated employer in an Atlantic province [003]. The worker needs CLB 4, high school with an Educational Credential Assessment and one year of related work experience [003].', N'003', N'0,1,2,3', NULL, 0, N'NB,NS,PE,NL', 365, 0, 1, 0, 0, 1, 170);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'AIP-IS', N'Atlantic Intermediate-Skilled Class', N'FederalRoute', N'Full-time, indeterminate job offer in a NOC C occupation from a designated employer in an Atlantic province [003]. The worker needs CLB 4, high school with an Educational Credential Assessment and one year of related work experience [003].', N'003', N'4', NULL, 0, N'NB,NS,PE,NL', NULL, 1, 1, 0, 0, 1, 180);
    INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [EligibleTeers], [ExpeditedTeers], [RequiresParticipatingEmployer], [RequiredProvinces], [MinimumDurationDays], [RequiresIndeterminate], [RequiresFullTime], [UsesOccupationList], [FeeExempt], [IsActive], [SortOrder]) VALUES (N'AIP-IG', N'Atlantic International Graduate Class', N'FederalRoute', N'Full-time job offer of at least one year in a NOC 0, A, B or C occupation from a designated employer in an Atlantic province, for a graduate of a two-year program at a publicly funded Atlantic institution [003]. The worker needs CLB 4; no work experience is required [003].', N'003', N'0,1,2,3,4', NULL, 0, N'NB,NS,PE,NL', 365, 0, 1, 0, 0, 1, 190);

    -- Program occupation lists: ATP [001] and AINP engineering occupations [000], as NOC 2021 groups.
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'00012');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'10011');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'10030');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'11200');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'11202');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'12101');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'20010');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'20011');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'20012');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21210');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21211');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21220');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21221');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21222');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21223');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21230');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21231');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21232');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21233');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21234');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21300');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21301');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21310');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'21311');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'22110');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'22301');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'50011');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'ATP', N'60010');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'20010');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'21300');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'21301');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'21310');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'21320');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'21321');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'21330');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'21331');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'21332');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'22212');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'22300');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'22301');
    INSERT INTO [ProgramOccupations] ([ProgramCode], [OccupationCode]) VALUES (N'AINP-ENG', N'22310');

    -- Global Hypergrowth Project employers of the Innovation Stream [004].
    INSERT INTO [ParticipatingEmployers] ([Id], [ProgramCode], [Name], [BusinessNumber]) VALUES (N'F183D029-C7B8-4846-84B9-03A836903858', N'C88', N'Ada Support Inc.', NULL);
    INSERT INTO [ParticipatingEmployers] ([Id], [ProgramCode], [Name], [BusinessNumber]) VALUES (N'691E9D71-A9C6-430E-ADC0-16B1631DDFDB', N'C88', N'AlayaCare', NULL);
    INSERT INTO [ParticipatingEmployers] ([Id], [ProgramCode], [Name], [BusinessNumber]) VALUES (N'62C842FB-CC1D-48F4-9E8A-C76E4E3A426F', N'C88', N'CellCarta', NULL);
    INSERT INTO [ParticipatingEmployers] ([Id], [ProgramCode], [Name], [BusinessNumber]) VALUES (N'0FF294AA-84EA-43BA-A225-61C504F6FB9A', N'C88', N'Clarius Mobile Health', NULL);
    INSERT INTO [ParticipatingEmployers] ([Id], [ProgramCode], [Name], [BusinessNumber]) VALUES (N'3694CDA6-684B-437B-BF3A-D910BB2D0A9C', N'C88', N'Clio', NULL);
    INSERT INTO [ParticipatingEmployers] ([Id], [ProgramCode], [Name], [BusinessNumber]) VALUES (N'A5FBCDE2-33FD-415C-A11C-8625C795A183', N'C88', N'Duchesnay Pharmaceutical Group', NULL);
    INSERT INTO [ParticipatingEmployers] ([Id], [ProgramCode], [Name], [BusinessNumber]) VALUES (N'33BDA882-FFB5-42C0-920D-7873D5686D10', N'C88', N'Lightspeed Commerce', NULL);
    INSERT INTO [ParticipatingEmployers] ([Id], [ProgramCode], [Name], [BusinessNumber]) VALUES (N'77600F42-E9F8-4411-8331-C3CDC935692D', N'C88', N'Vive Crop Protection', NULL);

    -- Employer compliance fee [004].
    INSERT INTO [ComplianceFees] ([Id], [Amount], [Currency], [EffectiveFrom]) VALUES (N'EAED2445-8390-4E56-BF8A-720FE8F15E91', 230.00, N'CAD', '2015-02-21');

    -- Countries: ISO 3166-1 alpha-3 with English and French short names.
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ABW', N'Aruba', N'Aruba');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'AFG', N'Afghanistan', N'Afghanistan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'AGO', N'Angola', N'Angola');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'AIA', N'Anguilla', N'Anguilla');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ALA', N'Åland Islands', N'Îles Åland');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ALB', N'Albania', N'Albanie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'AND', N'Andorra', N'Andorre');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ARE', N'United Arab Emirates', N'Émirats arabes unis');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ARG', N'Argentina', N'Argentine');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ARM', N'Armenia', N'Arménie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ASM', N'American Samoa', N'Samoa américaines');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ATA', N'Antarctica', N'Antarctique');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ATF', N'French Southern Territories', N'Terres australes françaises');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ATG', N'Antigua and Barbuda', N'Antigua-et-Barbuda');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'AUS', N'Australia', N'Australie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'AUT', N'Austria', N'Autriche');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'AZE', N'Azerbaijan', N'Azerbaïdjan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BDI', N'Burundi', N'Burundi');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BEL', N'Belgium', N'Belgique');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BEN', N'Benin', N'Bénin');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BES', N'Bonaire, Sint Eustatius and Saba', N'Bonaire, Saint-Eustache et Saba');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BFA', N'Burkina Faso', N'Burkina Faso');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BGD', N'Bangladesh', N'Bangladesh');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BGR', N'Bulgaria', N'Bulgarie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BHR', N'Bahrain', N'Bahreïn');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BHS', N'Bahamas', N'Bahamas');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BIH', N'Bosnia and Herzegovina', N'Bosnie-Herzégovine');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BLM', N'Saint Barthélemy', N'Saint-Barthélemy');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BLR', N'Belarus', N'Bélarus');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BLZ', N'Belize', N'Belize');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BMU', N'Bermuda', N'Bermudes');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BOL', N'Bolivia (Plurinational State of)', N'Bolivie (État plurinational de)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BRA', N'Brazil', N'Brésil');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BRB', N'Barbados', N'Barbade');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BRN', N'Brunei Darussalam', N'Brunéi Darussalam');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BTN', N'Bhutan', N'Bhoutan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BVT', N'Bouvet Island', N'Île Bouvet');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'BWA', N'Botswana', N'Botswana');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CAF', N'Central African Republic', N'République centrafricaine');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CAN', N'Canada', N'Canada');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CCK', N'Cocos (Keeling) Islands', N'Îles Cocos (Keeling)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CHE', N'Switzerland', N'Suisse');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CHL', N'Chile', N'Chili');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CHN', N'China', N'Chine');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CIV', N'Côte d''Ivoire', N'Côte d''Ivoire');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CMR', N'Cameroon', N'Cameroun');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'COD', N'Congo (Democratic Republic of the)', N'Congo (République démocratique du)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'COG', N'Congo', N'Congo');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'COK', N'Cook Islands', N'Îles Cook');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'COL', N'Colombia', N'Colombie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'COM', N'Comoros', N'Comores');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CPV', N'Cabo Verde', N'Cabo Verde');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CRI', N'Costa Rica', N'Costa Rica');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CUB', N'Cuba', N'Cuba');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CUW', N'Curaçao', N'Curaçao');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CXR', N'Christmas Island', N'Île Christmas');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CYM', N'Cayman Islands', N'Îles Caïmans');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CYP', N'Cyprus', N'Chypre');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'CZE', N'Czechia', N'Tchéquie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'DEU', N'Germany', N'Allemagne');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'DJI', N'Djibouti', N'Djibouti');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'DMA', N'Dominica', N'Dominique');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'DNK', N'Denmark', N'Danemark');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'DOM', N'Dominican Republic', N'République dominicaine');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'DZA', N'Algeria', N'Algérie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ECU', N'Ecuador', N'Équateur');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'EGY', N'Egypt', N'Égypte');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ERI', N'Eritrea', N'Érythrée');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ESH', N'Western Sahara', N'Sahara occidental');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ESP', N'Spain', N'Espagne');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'EST', N'Estonia', N'Estonie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ETH', N'Ethiopia', N'Éthiopie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'FIN', N'Finland', N'Finlande');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'FJI', N'Fiji', N'Fidji');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'FLK', N'Falkland Islands (Malvinas)', N'Îles Falkland (Malouines)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'FRA', N'France', N'France');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'FRO', N'Faroe Islands', N'Îles Féroé');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'FSM', N'Micronesia (Federated States of)', N'Micronésie (États fédérés de)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GAB', N'Gabon', N'Gabon');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GBR', N'United Kingdom of Great Britain and Northern Ireland', N'Royaume-Uni de Grande-Bretagne et d''Irlande du Nord');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GEO', N'Georgia', N'Géorgie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GGY', N'Guernsey', N'Guernesey');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GHA', N'Ghana', N'Ghana');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GIB', N'Gibraltar', N'Gibraltar');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GIN', N'Guinea', N'Guinée');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GLP', N'Guadeloupe', N'Guadeloupe');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GMB', N'Gambia', N'Gambie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GNB', N'Guinea-Bissau', N'Guinée-Bissau');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GNQ', N'Equatorial Guinea', N'Guinée équatoriale');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GRC', N'Greece', N'Grèce');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GRD', N'Grenada', N'Grenade');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GRL', N'Greenland', N'Groenland');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GTM', N'Guatemala', N'Guatemala');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GUF', N'French Guiana', N'Guyane française');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GUM', N'Guam', N'Guam');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'GUY', N'Guyana', N'Guyana');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'HKG', N'Hong Kong', N'Hong Kong');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'HMD', N'Heard Island and McDonald Islands', N'Île Heard-et-Îles MacDonald');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'HND', N'Honduras', N'Honduras');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'HRV', N'Croatia', N'Croatie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'HTI', N'Haiti', N'Haïti');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'HUN', N'Hungary', N'Hongrie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'IDN', N'Indonesia', N'Indonésie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'IMN', N'Isle of Man', N'Île de Man');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'IND', N'India', N'Inde');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'IOT', N'British Indian Ocean Territory', N'Territoire britannique de l''océan Indien');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'IRL', N'Ireland', N'Irlande');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'IRN', N'Iran (Islamic Republic of)', N'Iran (République islamique d'')');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'IRQ', N'Iraq', N'Iraq');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ISL', N'Iceland', N'Islande');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ISR', N'Israel', N'Israël');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ITA', N'Italy', N'Italie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'JAM', N'Jamaica', N'Jamaïque');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'JEY', N'Jersey', N'Jersey');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'JOR', N'Jordan', N'Jordanie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'JPN', N'Japan', N'Japon');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'KAZ', N'Kazakhstan', N'Kazakhstan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'KEN', N'Kenya', N'Kenya');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'KGZ', N'Kyrgyzstan', N'Kirghizistan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'KHM', N'Cambodia', N'Cambodge');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'KIR', N'Kiribati', N'Kiribati');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'KNA', N'Saint Kitts and Nevis', N'Saint-Kitts-et-Nevis');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'KOR', N'Korea (Republic of)', N'Corée (République de)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'KWT', N'Kuwait', N'Koweït');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LAO', N'Lao People''s Democratic Republic', N'République démocratique populaire lao');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LBN', N'Lebanon', N'Liban');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LBR', N'Liberia', N'Libéria');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LBY', N'Libya', N'Libye');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LCA', N'Saint Lucia', N'Sainte-Lucie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LIE', N'Liechtenstein', N'Liechtenstein');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LKA', N'Sri Lanka', N'Sri Lanka');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LSO', N'Lesotho', N'Lesotho');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LTU', N'Lithuania', N'Lituanie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LUX', N'Luxembourg', N'Luxembourg');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'LVA', N'Latvia', N'Lettonie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MAC', N'Macao', N'Macao');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MAF', N'Saint Martin (French part)', N'Saint-Martin (partie française)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MAR', N'Morocco', N'Maroc');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MCO', N'Monaco', N'Monaco');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MDA', N'Moldova (Republic of)', N'Moldova (République de)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MDG', N'Madagascar', N'Madagascar');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MDV', N'Maldives', N'Maldives');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MEX', N'Mexico', N'Mexique');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MHL', N'Marshall Islands', N'Îles Marshall');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MKD', N'North Macedonia', N'Macédoine du Nord');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MLI', N'Mali', N'Mali');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MLT', N'Malta', N'Malte');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MMR', N'Myanmar', N'Myanmar');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MNE', N'Montenegro', N'Monténégro');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MNG', N'Mongolia', N'Mongolie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MNP', N'Northern Mariana Islands', N'Îles Mariannes du Nord');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MOZ', N'Mozambique', N'Mozambique');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MRT', N'Mauritania', N'Mauritanie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MSR', N'Montserrat', N'Montserrat');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MTQ', N'Martinique', N'Martinique');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MUS', N'Mauritius', N'Maurice');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MWI', N'Malawi', N'Malawi');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MYS', N'Malaysia', N'Malaisie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'MYT', N'Mayotte', N'Mayotte');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NAM', N'Namibia', N'Namibie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NCL', N'New Caledonia', N'Nouvelle-Calédonie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NER', N'Niger', N'Niger');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NFK', N'Norfolk Island', N'Île Norfolk');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NGA', N'Nigeria', N'Nigéria');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NIC', N'Nicaragua', N'Nicaragua');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NIU', N'Niue', N'Niue');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NLD', N'Netherlands', N'Pays-Bas');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NOR', N'Norway', N'Norvège');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NPL', N'Nepal', N'Népal');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NRU', N'Nauru', N'Nauru');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'NZL', N'New Zealand', N'Nouvelle-Zélande');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'OMN', N'Oman', N'Oman');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PAK', N'Pakistan', N'Pakistan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PAN', N'Panama', N'Panama');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PCN', N'Pitcairn', N'Pitcairn');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PER', N'Peru', N'Pérou');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PHL', N'Philippines', N'Philippines');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PLW', N'Palau', N'Palaos');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PNG', N'Papua New Guinea', N'Papouasie-Nouvelle-Guinée');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'POL', N'Poland', N'Pologne');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PRI', N'Puerto Rico', N'Porto Rico');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PRK', N'Korea (Democratic People''s Republic of)', N'Corée (République populaire démocratique de)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PRT', N'Portugal', N'Portugal');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PRY', N'Paraguay', N'Paraguay');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PSE', N'Palestine, State of', N'Palestine (État de)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'PYF', N'French Polynesia', N'Polynésie française');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'QAT', N'Qatar', N'Qatar');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'REU', N'Réunion', N'La Réunion');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ROU', N'Romania', N'Roumanie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'RUS', N'Russian Federation', N'Russie (Fédération de)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'RWA', N'Rwanda', N'Rwanda');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SAU', N'Saudi Arabia', N'Arabie saoudite');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SDN', N'Sudan', N'Soudan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SEN', N'Senegal', N'Sénégal');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SGP', N'Singapore', N'Singapour');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SGS', N'South Georgia and the South Sandwich Islands', N'Géorgie du Sud-et-les Îles Sandwich du Sud');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SHN', N'Saint Helena, Ascension and Tristan da Cunha', N'Sainte-Hélène, Ascension et Tristan da Cunha');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SJM', N'Svalbard and Jan Mayen', N'Svalbard et l''Île Jan Mayen');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SLB', N'Solomon Islands', N'Îles Salomon');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SLE', N'Sierra Leone', N'Sierra Leone');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SLV', N'El Salvador', N'El Salvador');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SMR', N'San Marino', N'Saint-Marin');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SOM', N'Somalia', N'Somalie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SPM', N'Saint Pierre and Miquelon', N'Saint-Pierre-et-Miquelon');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SRB', N'Serbia', N'Serbie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SSD', N'South Sudan', N'Soudan du Sud');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'STP', N'Sao Tome and Principe', N'Sao Tomé-et-Principe');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SUR', N'Suriname', N'Suriname');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SVK', N'Slovakia', N'Slovaquie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SVN', N'Slovenia', N'Slovénie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SWE', N'Sweden', N'Suède');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SWZ', N'Eswatini', N'Eswatini');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SXM', N'Sint Maarten (Dutch part)', N'Saint-Martin (partie néerlandaise)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SYC', N'Seychelles', N'Seychelles');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'SYR', N'Syrian Arab Republic', N'République arabe syrienne');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TCA', N'Turks and Caicos Islands', N'Îles Turques-et-Caïques');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TCD', N'Chad', N'Tchad');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TGO', N'Togo', N'Togo');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'THA', N'Thailand', N'Thaïlande');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TJK', N'Tajikistan', N'Tadjikistan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TKL', N'Tokelau', N'Tokelau');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TKM', N'Turkmenistan', N'Turkménistan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TLS', N'Timor-Leste', N'Timor-Leste');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TON', N'Tonga', N'Tonga');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TTO', N'Trinidad and Tobago', N'Trinité-et-Tobago');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TUN', N'Tunisia', N'Tunisie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TUR', N'Türkiye', N'Türkiye');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TUV', N'Tuvalu', N'Tuvalu');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TWN', N'Taiwan', N'Taïwan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'TZA', N'Tanzania (United Republic of)', N'Tanzanie (République-Unie de)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'UGA', N'Uganda', N'Ouganda');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'UKR', N'Ukraine', N'Ukraine');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'UMI', N'United States Minor Outlying Islands', N'Îles mineures éloignées des États-Unis');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'URY', N'Uruguay', N'Uruguay');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'USA', N'United States of America', N'États-Unis d''Amérique');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'UZB', N'Uzbekistan', N'Ouzbékistan');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'VAT', N'Holy See', N'Saint-Siège');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'VCT', N'Saint Vincent and the Grenadines', N'Saint-Vincent-et-les-Grenadines');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'VEN', N'Venezuela (Bolivarian Republic of)', N'Venezuela (République bolivarienne du)');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'VGB', N'Virgin Islands (British)', N'Îles Vierges britanniques');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'VIR', N'Virgin Islands (U.S.)', N'Îles Vierges des États-Unis');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'VNM', N'Viet Nam', N'Viet Nam');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'VUT', N'Vanuatu', N'Vanuatu');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'WLF', N'Wallis and Futuna', N'Wallis-et-Futuna');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'WSM', N'Samoa', N'Samoa');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'YEM', N'Yemen', N'Yémen');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ZAF', N'South Africa', N'Afrique du Sud');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ZMB', N'Zambia', N'Zambie');
    INSERT INTO [Countries] ([Code], [NameEn], [NameFr]) VALUES (N'ZWE', N'Zimbabwe', N'Zimbabwe');

END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202161941_Baseline'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202161941_Baseline', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202162535_KeyRingAndLegacyTablesDropped'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202162535_KeyRingAndLegacyTablesDropped'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202162535_KeyRingAndLegacyTablesDropped', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174422_Security'
)
BEGIN
    ALTER TABLE [Organizations] ADD [RequireTwoFactor] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174422_Security'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AuditEntries]') AND [c].[name] = N'Action');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [AuditEntries] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [AuditEntries] ALTER COLUMN [Action] nvarchar(30) NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174422_Security'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [ClientAddress] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174422_Security'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [LastAuthenticatorTimeStep] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174422_Security'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202174422_Security', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175502_ParticipatingEmployerConfirmation'
)
BEGIN
    ALTER TABLE [ParticipatingEmployers] ADD [ConfirmedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175502_ParticipatingEmployerConfirmation'
)
BEGIN
    ALTER TABLE [ParticipatingEmployers] ADD [ConfirmedByUserId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175502_ParticipatingEmployerConfirmation'
)
BEGIN
    ALTER TABLE [ParticipatingEmployers] ADD [ConfirmedOrganizationId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175502_ParticipatingEmployerConfirmation'
)
BEGIN
    CREATE INDEX [IX_ParticipatingEmployers_ConfirmedOrganizationId] ON [ParticipatingEmployers] ([ConfirmedOrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175502_ParticipatingEmployerConfirmation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_ParticipatingEmployers_ProgramCode_BusinessNumber] ON [ParticipatingEmployers] ([ProgramCode], [BusinessNumber]) WHERE [BusinessNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175502_ParticipatingEmployerConfirmation'
)
BEGIN
    ALTER TABLE [ParticipatingEmployers] ADD CONSTRAINT [FK_ParticipatingEmployers_Organizations_ConfirmedOrganizationId] FOREIGN KEY ([ConfirmedOrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202175502_ParticipatingEmployerConfirmation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202175502_ParticipatingEmployerConfirmation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'EligibleTeers');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Programs] DROP COLUMN [EligibleTeers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'ExpeditedTeers');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [Programs] DROP COLUMN [ExpeditedTeers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var3 nvarchar(max);
    SELECT @var3 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'FeeExempt');
    IF @var3 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var3 + ';');
    ALTER TABLE [Programs] DROP COLUMN [FeeExempt];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var4 nvarchar(max);
    SELECT @var4 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'MinimumDurationDays');
    IF @var4 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var4 + ';');
    ALTER TABLE [Programs] DROP COLUMN [MinimumDurationDays];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var5 nvarchar(max);
    SELECT @var5 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'RequiredProvinces');
    IF @var5 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var5 + ';');
    ALTER TABLE [Programs] DROP COLUMN [RequiredProvinces];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var6 nvarchar(max);
    SELECT @var6 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'RequiresFullTime');
    IF @var6 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var6 + ';');
    ALTER TABLE [Programs] DROP COLUMN [RequiresFullTime];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var7 nvarchar(max);
    SELECT @var7 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'RequiresIndeterminate');
    IF @var7 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var7 + ';');
    ALTER TABLE [Programs] DROP COLUMN [RequiresIndeterminate];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var8 nvarchar(max);
    SELECT @var8 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'RequiresParticipatingEmployer');
    IF @var8 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var8 + ';');
    ALTER TABLE [Programs] DROP COLUMN [RequiresParticipatingEmployer];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var9 nvarchar(max);
    SELECT @var9 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'UsesOccupationList');
    IF @var9 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var9 + ';');
    ALTER TABLE [Programs] DROP COLUMN [UsesOccupationList];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Programs] ADD [EmployerSpecific] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var10 nvarchar(max);
    SELECT @var10 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Offers]') AND [c].[name] = N'FullTime');
    IF @var10 IS NOT NULL EXEC(N'ALTER TABLE [Offers] DROP CONSTRAINT ' + @var10 + ';');
    ALTER TABLE [Offers] DROP COLUMN [FullTime];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [Seasonal] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    DECLARE @var11 nvarchar(max);
    SELECT @var11 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Programs]') AND [c].[name] = N'Source');
    IF @var11 IS NOT NULL EXEC(N'ALTER TABLE [Programs] DROP CONSTRAINT ' + @var11 + ';');
    ALTER TABLE [Programs] ALTER COLUMN [Source] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Programs] ADD [Regulation] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [AttestHealthCare] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [AttestNoRecruiterFees] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [AttestWorkersRights] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [FeeExemptionReason] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [FirstDayOfEmployment] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [FirstDayRecordedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [FirstDayRecordedByUserId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [PathwayCode] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [PermitDecidedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [PermitExpiresOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [PermitNumber] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [PermitOutcome] nvarchar(10) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [PermitRecordedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD [PermitRecordedByUserId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Occupations] ADD [TitleFr] nvarchar(300) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    CREATE TABLE [ProgramRuleSets] (
        [Id] uniqueidentifier NOT NULL,
        [ProgramCode] nvarchar(20) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [EffectiveTo] date NULL,
        [Source] nvarchar(500) NOT NULL,
        [EligibleTeers] nvarchar(20) NULL,
        [ExpeditedTeers] nvarchar(20) NULL,
        [IndeterminateTeers] nvarchar(20) NULL,
        [MinimumDurationMonths] int NULL,
        [MinimumHoursPerWeek] decimal(5,2) NULL,
        [RequiresNonSeasonal] bit NOT NULL,
        [RequiresParticipatingEmployer] bit NOT NULL,
        [RequiredProvinces] nvarchar(60) NULL,
        [ExcludedProvinces] nvarchar(60) NULL,
        [RequiredCitizenships] nvarchar(60) NULL,
        [RequiresDesignation] bit NOT NULL,
        [RequiresEndorsement] bit NOT NULL,
        [UsesOccupationList] bit NOT NULL,
        CONSTRAINT [PK_ProgramRuleSets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgramRuleSets_Programs_ProgramCode] FOREIGN KEY ([ProgramCode]) REFERENCES [Programs] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    CREATE INDEX [IX_Offers_PathwayCode] ON [Offers] ([PathwayCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    CREATE INDEX [IX_Offers_PermitExpiresOn] ON [Offers] ([PermitExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProgramRuleSets_ProgramCode_EffectiveFrom] ON [ProgramRuleSets] ([ProgramCode], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    ALTER TABLE [Offers] ADD CONSTRAINT [FK_Offers_Programs_PathwayCode] FOREIGN KEY ([PathwayCode]) REFERENCES [Programs] ([Code]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202202844_RulesInForce'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202202844_RulesInForce', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202203952_RulesInForceData'
)
BEGIN
    -- Rules in force: NOC 2021 V1.0 in full, IRCC exemption codes, pathways and rule sets with their days.
    -- Generated by db/reference/rules_in_force.py; edit the data there.

    -- Occupations: every NOC 2021 unit group; a code already present keeps its title and gets its French title.
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'00010') UPDATE [Occupations] SET [TitleFr] = N'Membres des corps législatifs' WHERE [Code] = N'00010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'00010', N'Legislators', N'Membres des corps législatifs', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'00011') UPDATE [Occupations] SET [TitleFr] = N'Cadres supérieurs/cadres supérieures - administration publique' WHERE [Code] = N'00011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'00011', N'Senior government managers and officials', N'Cadres supérieurs/cadres supérieures - administration publique', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'00012') UPDATE [Occupations] SET [TitleFr] = N'Cadres supérieurs/cadres supérieures - services financiers, communications et autres services aux entreprises' WHERE [Code] = N'00012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'00012', N'Senior managers - financial, communications and other business services', N'Cadres supérieurs/cadres supérieures - services financiers, communications et autres services aux entreprises', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'00013') UPDATE [Occupations] SET [TitleFr] = N'Cadres supérieurs/cadres supérieures - santé, enseignement, services sociaux et communautaires et associations mutuelles' WHERE [Code] = N'00013' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'00013', N'Senior managers - health, education, social and community services and membership organizations', N'Cadres supérieurs/cadres supérieures - santé, enseignement, services sociaux et communautaires et associations mutuelles', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'00014') UPDATE [Occupations] SET [TitleFr] = N'Cadres supérieurs/cadres supérieures - commerce, radiotélédiffusion et autres services' WHERE [Code] = N'00014' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'00014', N'Senior managers - trade, broadcasting and other services', N'Cadres supérieurs/cadres supérieures - commerce, radiotélédiffusion et autres services', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'00015') UPDATE [Occupations] SET [TitleFr] = N'Cadres supérieurs/cadres supérieures - construction, transport, production et services d''utilité publique' WHERE [Code] = N'00015' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'00015', N'Senior managers - construction, transportation, production and utilities', N'Cadres supérieurs/cadres supérieures - construction, transport, production et services d''utilité publique', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10010') UPDATE [Occupations] SET [TitleFr] = N'Directeurs financiers/directrices financières' WHERE [Code] = N'10010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10010', N'Financial managers', N'Directeurs financiers/directrices financières', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10011') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des ressources humaines' WHERE [Code] = N'10011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10011', N'Human resources managers', N'Directeurs/directrices des ressources humaines', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10012') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des achats' WHERE [Code] = N'10012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10012', N'Purchasing managers', N'Directeurs/directrices des achats', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10019') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices d''autres services administratifs' WHERE [Code] = N'10019' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10019', N'Other administrative services managers', N'Directeurs/directrices d''autres services administratifs', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10020') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des assurances, de l''immobilier et du courtage financier' WHERE [Code] = N'10020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10020', N'Insurance, real estate and financial brokerage managers', N'Directeurs/directrices des assurances, de l''immobilier et du courtage financier', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10021') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de banque, du crédit et d''autres services de placements' WHERE [Code] = N'10021' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10021', N'Banking, credit and other investment managers', N'Directeurs/directrices de banque, du crédit et d''autres services de placements', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10022') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de la publicité, du marketing et des relations publiques' WHERE [Code] = N'10022' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10022', N'Advertising, marketing and public relations managers', N'Directeurs/directrices de la publicité, du marketing et des relations publiques', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10029') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices d''autres services aux entreprises' WHERE [Code] = N'10029' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10029', N'Other business services managers', N'Directeurs/directrices d''autres services aux entreprises', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'10030') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices d''entreprises de télécommunications' WHERE [Code] = N'10030' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'10030', N'Telecommunication carriers managers', N'Directeurs/directrices d''entreprises de télécommunications', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'11100') UPDATE [Occupations] SET [TitleFr] = N'Vérificateurs/vérificatrices et comptables' WHERE [Code] = N'11100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11100', N'Financial auditors and accountants', N'Vérificateurs/vérificatrices et comptables', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'11101') UPDATE [Occupations] SET [TitleFr] = N'Analystes financiers/analystes financières et analystes en placements' WHERE [Code] = N'11101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11101', N'Financial and investment analysts', N'Analystes financiers/analystes financières et analystes en placements', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'11102') UPDATE [Occupations] SET [TitleFr] = N'Conseillers financiers/conseillères financières' WHERE [Code] = N'11102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11102', N'Financial advisors', N'Conseillers financiers/conseillères financières', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'11103') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes en valeurs, agents/agentes en placements et négociateurs/négociatrices en valeurs' WHERE [Code] = N'11103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11103', N'Securities agents, investment dealers and brokers', N'Agents/agentes en valeurs, agents/agentes en placements et négociateurs/négociatrices en valeurs', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'11109') UPDATE [Occupations] SET [TitleFr] = N'Autres agents financiers/agentes financières' WHERE [Code] = N'11109' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11109', N'Other financial officers', N'Autres agents financiers/agentes financières', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'11200') UPDATE [Occupations] SET [TitleFr] = N'Professionnels/professionnelles en ressources humaines' WHERE [Code] = N'11200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11200', N'Human resources professionals', N'Professionnels/professionnelles en ressources humaines', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'11201') UPDATE [Occupations] SET [TitleFr] = N'Professionnels/professionnelles des services-conseils en gestion aux entreprises' WHERE [Code] = N'11201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11201', N'Professional occupations in business management consulting', N'Professionnels/professionnelles des services-conseils en gestion aux entreprises', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'11202') UPDATE [Occupations] SET [TitleFr] = N'Professionnels/professionnelles en publicité, en marketing et en relations publiques' WHERE [Code] = N'11202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'11202', N'Professional occupations in advertising, marketing and public relations', N'Professionnels/professionnelles en publicité, en marketing et en relations publiques', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12010') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures de commis de bureau et du personnel de soutien administratif' WHERE [Code] = N'12010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12010', N'Supervisors, general office and administrative support workers', N'Superviseurs/superviseures de commis de bureau et du personnel de soutien administratif', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12011') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures de commis de finance et d''assurance' WHERE [Code] = N'12011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12011', N'Supervisors, finance and insurance office workers', N'Superviseurs/superviseures de commis de finance et d''assurance', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12012') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures de commis de bibliothèque, de correspondanciers et d''autres commis à l''information' WHERE [Code] = N'12012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12012', N'Supervisors, library, correspondence and related information workers', N'Superviseurs/superviseures de commis de bibliothèque, de correspondanciers et d''autres commis à l''information', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12013') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures du personnel de coordination de la chaîne d''approvisionnement, du suivi et des horaires' WHERE [Code] = N'12013' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12013', N'Supervisors, supply chain, tracking and scheduling coordination occupations', N'Superviseurs/superviseures du personnel de coordination de la chaîne d''approvisionnement, du suivi et des horaires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12100') UPDATE [Occupations] SET [TitleFr] = N'Adjoints/adjointes de direction' WHERE [Code] = N'12100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12100', N'Executive assistants', N'Adjoints/adjointes de direction', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12101') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes des ressources humaines et de recrutement' WHERE [Code] = N'12101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12101', N'Human resources and recruitment officers', N'Agents/agentes des ressources humaines et de recrutement', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12102') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes en approvisionnement et aux achats' WHERE [Code] = N'12102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12102', N'Procurement and purchasing agents and officers', N'Agents/agentes en approvisionnement et aux achats', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12103') UPDATE [Occupations] SET [TitleFr] = N'Planificateurs/planificatrices de congrès et d''événements' WHERE [Code] = N'12103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12103', N'Conference and event planners', N'Planificateurs/planificatrices de congrès et d''événements', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12104') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes d''assurance-emploi et du revenu' WHERE [Code] = N'12104' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12104', N'Employment insurance and revenue officers', N'Agents/agentes d''assurance-emploi et du revenu', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12110') UPDATE [Occupations] SET [TitleFr] = N'Sténographes judiciaires, transcripteurs médicaux/transcriptrices médicales et personnel assimilé' WHERE [Code] = N'12110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12110', N'Court reporters, medical transcriptionists and related occupations', N'Sténographes judiciaires, transcripteurs médicaux/transcriptrices médicales et personnel assimilé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12111') UPDATE [Occupations] SET [TitleFr] = N'Personnel en gestion de l''information sur la santé' WHERE [Code] = N'12111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12111', N'Health information management occupations', N'Personnel en gestion de l''information sur la santé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12112') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes à la gestion des documents' WHERE [Code] = N'12112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12112', N'Records management technicians', N'Techniciens/techniciennes à la gestion des documents', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12113') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de statistiques et professions connexes du soutien de la recherche' WHERE [Code] = N'12113' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12113', N'Statistical officers and related research support occupations', N'Agents/agentes de statistiques et professions connexes du soutien de la recherche', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12200') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes en comptabilité et teneurs/teneuses de livres' WHERE [Code] = N'12200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12200', N'Accounting technicians and bookkeepers', N'Techniciens/techniciennes en comptabilité et teneurs/teneuses de livres', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12201') UPDATE [Occupations] SET [TitleFr] = N'Experts/expertes en sinistres et rédacteurs/rédactrices sinistres' WHERE [Code] = N'12201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12201', N'Insurance adjusters and claims examiners', N'Experts/expertes en sinistres et rédacteurs/rédactrices sinistres', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12202') UPDATE [Occupations] SET [TitleFr] = N'Assureurs/assureures' WHERE [Code] = N'12202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12202', N'Insurance underwriters', N'Assureurs/assureures', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'12203') UPDATE [Occupations] SET [TitleFr] = N'Estimateurs/estimatrices, évaluateurs/évaluatrices d''entreprise et autres évaluateurs/évaluatrices' WHERE [Code] = N'12203' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'12203', N'Assessors, business valuators and appraisers', N'Estimateurs/estimatrices, évaluateurs/évaluatrices d''entreprise et autres évaluateurs/évaluatrices', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'13100') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes d''administration' WHERE [Code] = N'13100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13100', N'Administrative officers', N'Agents/agentes d''administration', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'13101') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de gestion immobilière' WHERE [Code] = N'13101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13101', N'Property administrators', N'Agents/agentes de gestion immobilière', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'13102') UPDATE [Occupations] SET [TitleFr] = N'Administrateurs/administratrices de la paye' WHERE [Code] = N'13102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13102', N'Payroll administrators', N'Administrateurs/administratrices de la paye', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'13110') UPDATE [Occupations] SET [TitleFr] = N'Adjoints administratifs/adjointes administratives' WHERE [Code] = N'13110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13110', N'Administrative assistants', N'Adjoints administratifs/adjointes administratives', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'13111') UPDATE [Occupations] SET [TitleFr] = N'Adjoints administratifs juridiques/adjointes administratives juridiques' WHERE [Code] = N'13111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13111', N'Legal administrative assistants', N'Adjoints administratifs juridiques/adjointes administratives juridiques', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'13112') UPDATE [Occupations] SET [TitleFr] = N'Adjoints administratifs médicaux/adjointes administratives médicales' WHERE [Code] = N'13112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13112', N'Medical administrative assistants', N'Adjoints administratifs médicaux/adjointes administratives médicales', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'13200') UPDATE [Occupations] SET [TitleFr] = N'Courtiers/courtières en douanes, courtiers maritimes/courtières maritimes et autres courtiers/courtières' WHERE [Code] = N'13200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13200', N'Customs, ship and other brokers', N'Courtiers/courtières en douanes, courtiers maritimes/courtières maritimes et autres courtiers/courtières', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'13201') UPDATE [Occupations] SET [TitleFr] = N'Coordonnateurs/coordonnatrices de la logistique de la production et du transport' WHERE [Code] = N'13201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'13201', N'Production and transportation logistics coordinators', N'Coordonnateurs/coordonnatrices de la logistique de la production et du transport', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14100') UPDATE [Occupations] SET [TitleFr] = N'Employés/employées de bureau - soutien général' WHERE [Code] = N'14100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14100', N'General office support workers', N'Employés/employées de bureau - soutien général', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14101') UPDATE [Occupations] SET [TitleFr] = N'Réceptionnistes' WHERE [Code] = N'14101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14101', N'Receptionists', N'Réceptionnistes', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14102') UPDATE [Occupations] SET [TitleFr] = N'Commis des services du personnel' WHERE [Code] = N'14102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14102', N'Personnel clerks', N'Commis des services du personnel', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14103') UPDATE [Occupations] SET [TitleFr] = N'Commis des services judiciaires et autres professions des services judiciaires' WHERE [Code] = N'14103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14103', N'Court clerks and related court services occupations', N'Commis des services judiciaires et autres professions des services judiciaires', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14110') UPDATE [Occupations] SET [TitleFr] = N'Intervieweurs/intervieweuses pour enquêtes et commis aux statistiques' WHERE [Code] = N'14110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14110', N'Survey interviewers and statistical clerks', N'Intervieweurs/intervieweuses pour enquêtes et commis aux statistiques', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14111') UPDATE [Occupations] SET [TitleFr] = N'Commis à la saisie de données' WHERE [Code] = N'14111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14111', N'Data entry clerks', N'Commis à la saisie de données', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14112') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices d''équipement d''éditique et personnel assimilé' WHERE [Code] = N'14112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14112', N'Desktop publishing operators and related occupations', N'Opérateurs/opératrices d''équipement d''éditique et personnel assimilé', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14200') UPDATE [Occupations] SET [TitleFr] = N'Commis à la comptabilité et personnel assimilé' WHERE [Code] = N'14200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14200', N'Accounting and related clerks', N'Commis à la comptabilité et personnel assimilé', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14201') UPDATE [Occupations] SET [TitleFr] = N'Commis de banque, d''assurance et d''autres services financiers' WHERE [Code] = N'14201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14201', N'Banking, insurance and other financial clerks', N'Commis de banque, d''assurance et d''autres services financiers', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14202') UPDATE [Occupations] SET [TitleFr] = N'Commis de recouvrement' WHERE [Code] = N'14202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14202', N'Collection clerks', N'Commis de recouvrement', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14300') UPDATE [Occupations] SET [TitleFr] = N'Commis et assistants/assistantes dans les bibliothèques' WHERE [Code] = N'14300' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14300', N'Library assistants and clerks', N'Commis et assistants/assistantes dans les bibliothèques', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14301') UPDATE [Occupations] SET [TitleFr] = N'Correspondanciers/correspondancières et commis aux publications et aux règlements' WHERE [Code] = N'14301' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14301', N'Correspondence, publication and regulatory clerks', N'Correspondanciers/correspondancières et commis aux publications et aux règlements', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14400') UPDATE [Occupations] SET [TitleFr] = N'Expéditeurs/expéditrices et réceptionnaires' WHERE [Code] = N'14400' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14400', N'Shippers and receivers', N'Expéditeurs/expéditrices et réceptionnaires', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14401') UPDATE [Occupations] SET [TitleFr] = N'Magasiniers/magasinières et commis aux pièces' WHERE [Code] = N'14401' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14401', N'Storekeepers and partspersons', N'Magasiniers/magasinières et commis aux pièces', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14402') UPDATE [Occupations] SET [TitleFr] = N'Travailleurs/travailleuses de la logistique de la production' WHERE [Code] = N'14402' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14402', N'Production logistics workers', N'Travailleurs/travailleuses de la logistique de la production', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14403') UPDATE [Occupations] SET [TitleFr] = N'Commis aux achats et au contrôle de l''inventaire' WHERE [Code] = N'14403' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14403', N'Purchasing and inventory control workers', N'Commis aux achats et au contrôle de l''inventaire', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14404') UPDATE [Occupations] SET [TitleFr] = N'Répartiteurs/répartitrices' WHERE [Code] = N'14404' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14404', N'Dispatchers', N'Répartiteurs/répartitrices', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'14405') UPDATE [Occupations] SET [TitleFr] = N'Horairistes de trajets et d''équipages' WHERE [Code] = N'14405' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'14405', N'Transportation route and crew schedulers', N'Horairistes de trajets et d''équipages', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'20010') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des services de génie' WHERE [Code] = N'20010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'20010', N'Engineering managers', N'Directeurs/directrices des services de génie', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'20011') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des services d''architecture et de sciences' WHERE [Code] = N'20011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'20011', N'Architecture and science managers', N'Directeurs/directrices des services d''architecture et de sciences', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'20012') UPDATE [Occupations] SET [TitleFr] = N'Gestionnaires des systèmes informatiques' WHERE [Code] = N'20012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'20012', N'Computer and information systems managers', N'Gestionnaires des systèmes informatiques', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21100') UPDATE [Occupations] SET [TitleFr] = N'Physiciens/physiciennes et astronomes' WHERE [Code] = N'21100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21100', N'Physicists and astronomers', N'Physiciens/physiciennes et astronomes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21101') UPDATE [Occupations] SET [TitleFr] = N'Chimistes' WHERE [Code] = N'21101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21101', N'Chemists', N'Chimistes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21102') UPDATE [Occupations] SET [TitleFr] = N'Géoscientifiques et océanographes' WHERE [Code] = N'21102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21102', N'Geoscientists and oceanographers', N'Géoscientifiques et océanographes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21103') UPDATE [Occupations] SET [TitleFr] = N'Météorologues et climatologues' WHERE [Code] = N'21103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21103', N'Meteorologists and climatologists', N'Météorologues et climatologues', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21109') UPDATE [Occupations] SET [TitleFr] = N'Autres professionnels/professionnelles des sciences physiques' WHERE [Code] = N'21109' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21109', N'Other professional occupations in physical sciences', N'Autres professionnels/professionnelles des sciences physiques', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21110') UPDATE [Occupations] SET [TitleFr] = N'Biologistes et personnel scientifique assimilé' WHERE [Code] = N'21110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21110', N'Biologists and related scientists', N'Biologistes et personnel scientifique assimilé', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21111') UPDATE [Occupations] SET [TitleFr] = N'Professionnels/professionnelles des sciences forestières' WHERE [Code] = N'21111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21111', N'Forestry professionals', N'Professionnels/professionnelles des sciences forestières', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21112') UPDATE [Occupations] SET [TitleFr] = N'Agronomes, conseillers/conseillères et spécialistes en agriculture' WHERE [Code] = N'21112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21112', N'Agricultural representatives, consultants and specialists', N'Agronomes, conseillers/conseillères et spécialistes en agriculture', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21120') UPDATE [Occupations] SET [TitleFr] = N'Professionnels/professionnelles de la santé et sécurité publique et environnementale' WHERE [Code] = N'21120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21120', N'Public and environmental health and safety professionals', N'Professionnels/professionnelles de la santé et sécurité publique et environnementale', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21200') UPDATE [Occupations] SET [TitleFr] = N'Architectes' WHERE [Code] = N'21200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21200', N'Architects', N'Architectes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21201') UPDATE [Occupations] SET [TitleFr] = N'Architectes paysagistes' WHERE [Code] = N'21201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21201', N'Landscape architects', N'Architectes paysagistes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21202') UPDATE [Occupations] SET [TitleFr] = N'Urbanistes et planificateurs/planificatrices de l''utilisation des sols' WHERE [Code] = N'21202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21202', N'Urban and land use planners', N'Urbanistes et planificateurs/planificatrices de l''utilisation des sols', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21203') UPDATE [Occupations] SET [TitleFr] = N'Arpenteurs-géomètres/arpenteuses-géomètres' WHERE [Code] = N'21203' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21203', N'Land surveyors', N'Arpenteurs-géomètres/arpenteuses-géomètres', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21210') UPDATE [Occupations] SET [TitleFr] = N'Mathématiciens/mathématiciennes, statisticiens/statisticiennes et actuaires' WHERE [Code] = N'21210' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21210', N'Mathematicians, statisticians and actuaries', N'Mathématiciens/mathématiciennes, statisticiens/statisticiennes et actuaires', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21211') UPDATE [Occupations] SET [TitleFr] = N'Scientifiques des données' WHERE [Code] = N'21211' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21211', N'Data scientists', N'Scientifiques des données', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21220') UPDATE [Occupations] SET [TitleFr] = N'Spécialistes de la cybersécurité' WHERE [Code] = N'21220' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21220', N'Cybersecurity specialists', N'Spécialistes de la cybersécurité', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21221') UPDATE [Occupations] SET [TitleFr] = N'Spécialistes des systèmes commerciaux' WHERE [Code] = N'21221' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21221', N'Business systems specialists', N'Spécialistes des systèmes commerciaux', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21222') UPDATE [Occupations] SET [TitleFr] = N'Spécialistes en informatique' WHERE [Code] = N'21222' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21222', N'Information systems specialists', N'Spécialistes en informatique', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21223') UPDATE [Occupations] SET [TitleFr] = N'Analystes de bases de données et administrateurs/administratrices de données' WHERE [Code] = N'21223' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21223', N'Database analysts and data administrators', N'Analystes de bases de données et administrateurs/administratrices de données', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21230') UPDATE [Occupations] SET [TitleFr] = N'Développeurs/développeuses et programmeurs/programmeuses de systèmes informatiques' WHERE [Code] = N'21230' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21230', N'Computer systems developers and programmers', N'Développeurs/développeuses et programmeurs/programmeuses de systèmes informatiques', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21231') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel' WHERE [Code] = N'21231' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21231', N'Software engineers and designers', N'Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21232') UPDATE [Occupations] SET [TitleFr] = N'Développeurs/développeuses et programmeurs/programmeuses de logiciels' WHERE [Code] = N'21232' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21232', N'Software developers and programmers', N'Développeurs/développeuses et programmeurs/programmeuses de logiciels', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21233') UPDATE [Occupations] SET [TitleFr] = N'Concepteurs/conceptrices Web' WHERE [Code] = N'21233' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21233', N'Web designers', N'Concepteurs/conceptrices Web', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21234') UPDATE [Occupations] SET [TitleFr] = N'Développeurs/développeuses et programmeurs/programmeuses Web' WHERE [Code] = N'21234' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21234', N'Web developers and programmers', N'Développeurs/développeuses et programmeurs/programmeuses Web', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21300') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs civils/ingénieures civiles' WHERE [Code] = N'21300' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21300', N'Civil engineers', N'Ingénieurs civils/ingénieures civiles', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21301') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs mécaniciens/ingénieures mécaniciennes' WHERE [Code] = N'21301' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21301', N'Mechanical engineers', N'Ingénieurs mécaniciens/ingénieures mécaniciennes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21310') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs électriciens et électroniciens/ingénieures électriciennes et électroniciennes' WHERE [Code] = N'21310' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21310', N'Electrical and electronics engineers', N'Ingénieurs électriciens et électroniciens/ingénieures électriciennes et électroniciennes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21311') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs informaticiens/ingénieures informaticiennes (sauf ingénieurs/ingénieures et concepteurs/conceptrices en logiciel)' WHERE [Code] = N'21311' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21311', N'Computer engineers (except software engineers and designers)', N'Ingénieurs informaticiens/ingénieures informaticiennes (sauf ingénieurs/ingénieures et concepteurs/conceptrices en logiciel)', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21320') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs chimistes/ingénieures chimistes' WHERE [Code] = N'21320' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21320', N'Chemical engineers', N'Ingénieurs chimistes/ingénieures chimistes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21321') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs/ingénieures d''industrie et de fabrication' WHERE [Code] = N'21321' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21321', N'Industrial and manufacturing engineers', N'Ingénieurs/ingénieures d''industrie et de fabrication', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21322') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs/ingénieures métallurgistes et des matériaux' WHERE [Code] = N'21322' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21322', N'Metallurgical and materials engineers', N'Ingénieurs/ingénieures métallurgistes et des matériaux', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21330') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs miniers/ingénieures minières' WHERE [Code] = N'21330' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21330', N'Mining engineers', N'Ingénieurs miniers/ingénieures minières', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21331') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs/ingénieures géologiques' WHERE [Code] = N'21331' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21331', N'Geological engineers', N'Ingénieurs/ingénieures géologiques', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21332') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs/ingénieures de l''extraction et du raffinage du pétrole' WHERE [Code] = N'21332' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21332', N'Petroleum engineers', N'Ingénieurs/ingénieures de l''extraction et du raffinage du pétrole', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21390') UPDATE [Occupations] SET [TitleFr] = N'Ingénieurs/ingénieures en aérospatiale' WHERE [Code] = N'21390' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21390', N'Aerospace engineers', N'Ingénieurs/ingénieures en aérospatiale', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'21399') UPDATE [Occupations] SET [TitleFr] = N'Autres ingénieurs/ingénieures' WHERE [Code] = N'21399' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'21399', N'Other professional engineers', N'Autres ingénieurs/ingénieures', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22100') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en chimie' WHERE [Code] = N'22100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22100', N'Chemical technologists and technicians', N'Technologues et techniciens/techniciennes en chimie', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22101') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en géologie et en minéralogie' WHERE [Code] = N'22101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22101', N'Geological and mineral technologists and technicians', N'Technologues et techniciens/techniciennes en géologie et en minéralogie', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22110') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en biologie' WHERE [Code] = N'22110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22110', N'Biological technologists and technicians', N'Technologues et techniciens/techniciennes en biologie', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22111') UPDATE [Occupations] SET [TitleFr] = N'Inspecteurs/inspectrices des produits agricoles et de la pêche' WHERE [Code] = N'22111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22111', N'Agricultural and fish products inspectors', N'Inspecteurs/inspectrices des produits agricoles et de la pêche', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22112') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en sciences forestières' WHERE [Code] = N'22112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22112', N'Forestry technologists and technicians', N'Technologues et techniciens/techniciennes en sciences forestières', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22113') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes du milieu naturel et de la pêche' WHERE [Code] = N'22113' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22113', N'Conservation and fishery officers', N'Techniciens/techniciennes du milieu naturel et de la pêche', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22114') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes et spécialistes de l''aménagement paysager et de l''horticulture' WHERE [Code] = N'22114' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22114', N'Landscape and horticulture technicians and specialists', N'Techniciens/techniciennes et spécialistes de l''aménagement paysager et de l''horticulture', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22210') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en architecture' WHERE [Code] = N'22210' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22210', N'Architectural technologists and technicians', N'Technologues et techniciens/techniciennes en architecture', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22211') UPDATE [Occupations] SET [TitleFr] = N'Designers industriels/designers industrielles' WHERE [Code] = N'22211' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22211', N'Industrial designers', N'Designers industriels/designers industrielles', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22212') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en dessin' WHERE [Code] = N'22212' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22212', N'Drafting technologists and technicians', N'Technologues et techniciens/techniciennes en dessin', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22213') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en arpentage' WHERE [Code] = N'22213' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22213', N'Land survey technologists and technicians', N'Technologues et techniciens/techniciennes en arpentage', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22214') UPDATE [Occupations] SET [TitleFr] = N'Personnel technique en géomatique et en météorologie' WHERE [Code] = N'22214' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22214', N'Technical occupations in geomatics and meteorology', N'Personnel technique en géomatique et en météorologie', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22220') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes de réseau informatique et Web' WHERE [Code] = N'22220' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22220', N'Computer network and web technicians', N'Techniciens/techniciennes de réseau informatique et Web', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22221') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de soutien aux utilisateurs' WHERE [Code] = N'22221' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22221', N'User support technicians', N'Agents/agentes de soutien aux utilisateurs', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22222') UPDATE [Occupations] SET [TitleFr] = N'Évaluateurs/évaluatrices de systèmes informatiques' WHERE [Code] = N'22222' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22222', N'Information systems testing technicians', N'Évaluateurs/évaluatrices de systèmes informatiques', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22230') UPDATE [Occupations] SET [TitleFr] = N'Vérificateurs/vérificatrices et inspecteurs/inspectrices des essais non destructifs' WHERE [Code] = N'22230' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22230', N'Non-destructive testers and inspectors', N'Vérificateurs/vérificatrices et inspecteurs/inspectrices des essais non destructifs', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22231') UPDATE [Occupations] SET [TitleFr] = N'Inspecteurs/inspectrices d''ingénierie et officiers/officières de réglementation' WHERE [Code] = N'22231' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22231', N'Engineering inspectors and regulatory officers', N'Inspecteurs/inspectrices d''ingénierie et officiers/officières de réglementation', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22232') UPDATE [Occupations] SET [TitleFr] = N'Spécialistes de l''hygiène et de la sécurité au travail' WHERE [Code] = N'22232' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22232', N'Occupational health and safety specialists', N'Spécialistes de l''hygiène et de la sécurité au travail', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22233') UPDATE [Occupations] SET [TitleFr] = N'Inspecteurs/inspectrices en construction' WHERE [Code] = N'22233' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22233', N'Construction inspectors', N'Inspecteurs/inspectrices en construction', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22300') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en génie civil' WHERE [Code] = N'22300' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22300', N'Civil engineering technologists and technicians', N'Technologues et techniciens/techniciennes en génie civil', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22301') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en génie mécanique' WHERE [Code] = N'22301' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22301', N'Mechanical engineering technologists and technicians', N'Technologues et techniciens/techniciennes en génie mécanique', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22302') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en génie industriel et en génie de fabrication' WHERE [Code] = N'22302' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22302', N'Industrial engineering and manufacturing technologists and technicians', N'Technologues et techniciens/techniciennes en génie industriel et en génie de fabrication', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22303') UPDATE [Occupations] SET [TitleFr] = N'Estimateurs/estimatrices en construction' WHERE [Code] = N'22303' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22303', N'Construction estimators', N'Estimateurs/estimatrices en construction', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22310') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes en génie électrique et électronique' WHERE [Code] = N'22310' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22310', N'Electrical and electronics engineering technologists and technicians', N'Technologues et techniciens/techniciennes en génie électrique et électronique', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22311') UPDATE [Occupations] SET [TitleFr] = N'Électroniciens/électroniciennes d''entretien (biens domestiques et commerciaux)' WHERE [Code] = N'22311' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22311', N'Electronic service technicians (household and business equipment)', N'Électroniciens/électroniciennes d''entretien (biens domestiques et commerciaux)', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22312') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes et mécaniciens/mécaniciennes d''instruments industriels' WHERE [Code] = N'22312' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22312', N'Industrial instrument technicians and mechanics', N'Techniciens/techniciennes et mécaniciens/mécaniciennes d''instruments industriels', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'22313') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes, techniciens/techniciennes et contrôleurs/contrôleuses d''avionique et d''instruments et d''appareillages électriques d''aéronefs' WHERE [Code] = N'22313' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'22313', N'Aircraft instrument, electrical and avionics mechanics, technicians and inspectors', N'Mécaniciens/mécaniciennes, techniciens/techniciennes et contrôleurs/contrôleuses d''avionique et d''instruments et d''appareillages électriques d''aéronefs', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'30010') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des soins de santé' WHERE [Code] = N'30010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'30010', N'Managers in health care', N'Directeurs/directrices des soins de santé', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31100') UPDATE [Occupations] SET [TitleFr] = N'Spécialistes en médecine clinique et de laboratoire' WHERE [Code] = N'31100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31100', N'Specialists in clinical and laboratory medicine', N'Spécialistes en médecine clinique et de laboratoire', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31101') UPDATE [Occupations] SET [TitleFr] = N'Spécialistes en chirurgie' WHERE [Code] = N'31101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31101', N'Specialists in surgery', N'Spécialistes en chirurgie', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31102') UPDATE [Occupations] SET [TitleFr] = N'Omnipraticiens/omnipraticiennes et médecins en médecine familiale' WHERE [Code] = N'31102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31102', N'General practitioners and family physicians', N'Omnipraticiens/omnipraticiennes et médecins en médecine familiale', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31103') UPDATE [Occupations] SET [TitleFr] = N'Vétérinaires' WHERE [Code] = N'31103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31103', N'Veterinarians', N'Vétérinaires', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31110') UPDATE [Occupations] SET [TitleFr] = N'Dentistes' WHERE [Code] = N'31110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31110', N'Dentists', N'Dentistes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31111') UPDATE [Occupations] SET [TitleFr] = N'Optométristes' WHERE [Code] = N'31111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31111', N'Optometrists', N'Optométristes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31112') UPDATE [Occupations] SET [TitleFr] = N'Audiologistes et orthophonistes' WHERE [Code] = N'31112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31112', N'Audiologists and speech-language pathologists', N'Audiologistes et orthophonistes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31120') UPDATE [Occupations] SET [TitleFr] = N'Pharmaciens/pharmaciennes' WHERE [Code] = N'31120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31120', N'Pharmacists', N'Pharmaciens/pharmaciennes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31121') UPDATE [Occupations] SET [TitleFr] = N'Diététistes et nutritionnistes' WHERE [Code] = N'31121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31121', N'Dietitians and nutritionists', N'Diététistes et nutritionnistes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31200') UPDATE [Occupations] SET [TitleFr] = N'Psychologues' WHERE [Code] = N'31200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31200', N'Psychologists', N'Psychologues', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31201') UPDATE [Occupations] SET [TitleFr] = N'Chiropraticiens/chiropraticiennes' WHERE [Code] = N'31201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31201', N'Chiropractors', N'Chiropraticiens/chiropraticiennes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31202') UPDATE [Occupations] SET [TitleFr] = N'Physiothérapeutes' WHERE [Code] = N'31202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31202', N'Physiotherapists', N'Physiothérapeutes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31203') UPDATE [Occupations] SET [TitleFr] = N'Ergothérapeutes' WHERE [Code] = N'31203' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31203', N'Occupational therapists', N'Ergothérapeutes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31204') UPDATE [Occupations] SET [TitleFr] = N'Kinésiologues et autres professionnels/professionnelles en thérapie et en diagnostic' WHERE [Code] = N'31204' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31204', N'Kinesiologists and other professional occupations in therapy and assessment', N'Kinésiologues et autres professionnels/professionnelles en thérapie et en diagnostic', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31209') UPDATE [Occupations] SET [TitleFr] = N'Autres professionnels/professionnelles en diagnostic et en traitement de la santé' WHERE [Code] = N'31209' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31209', N'Other professional occupations in health diagnosing and treating', N'Autres professionnels/professionnelles en diagnostic et en traitement de la santé', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31300') UPDATE [Occupations] SET [TitleFr] = N'Coordonnateurs/coordonnatrices et superviseurs/superviseures des soins infirmiers' WHERE [Code] = N'31300' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31300', N'Nursing coordinators and supervisors', N'Coordonnateurs/coordonnatrices et superviseurs/superviseures des soins infirmiers', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31301') UPDATE [Occupations] SET [TitleFr] = N'Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées' WHERE [Code] = N'31301' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31301', N'Registered nurses and registered psychiatric nurses', N'Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31302') UPDATE [Occupations] SET [TitleFr] = N'Infirmiers praticiens/infirmières praticiennes' WHERE [Code] = N'31302' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31302', N'Nurse practitioners', N'Infirmiers praticiens/infirmières praticiennes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'31303') UPDATE [Occupations] SET [TitleFr] = N'Adjoints au médecin, sages-femmes et professionnels paramédicaux' WHERE [Code] = N'31303' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'31303', N'Physician assistants, midwives and allied health professionals', N'Adjoints au médecin, sages-femmes et professionnels paramédicaux', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32100') UPDATE [Occupations] SET [TitleFr] = N'Opticiens/opticiennes d''ordonnances' WHERE [Code] = N'32100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32100', N'Opticians', N'Opticiens/opticiennes d''ordonnances', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32101') UPDATE [Occupations] SET [TitleFr] = N'Infirmiers auxiliaires/infirmières auxiliaires' WHERE [Code] = N'32101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32101', N'Licensed practical nurses', N'Infirmiers auxiliaires/infirmières auxiliaires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32102') UPDATE [Occupations] SET [TitleFr] = N'Personnel ambulancier et paramédical' WHERE [Code] = N'32102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32102', N'Paramedical occupations', N'Personnel ambulancier et paramédical', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32103') UPDATE [Occupations] SET [TitleFr] = N'Inhalothérapeutes, perfusionnistes cardiovasculaires et technologues cardiopulmonaires' WHERE [Code] = N'32103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32103', N'Respiratory therapists, clinical perfusionists and cardiopulmonary technologists', N'Inhalothérapeutes, perfusionnistes cardiovasculaires et technologues cardiopulmonaires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32104') UPDATE [Occupations] SET [TitleFr] = N'Technologues en santé animale et techniciens/techniciennes vétérinaires' WHERE [Code] = N'32104' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32104', N'Animal health technologists and veterinary technicians', N'Technologues en santé animale et techniciens/techniciennes vétérinaires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32109') UPDATE [Occupations] SET [TitleFr] = N'Autre personnel technique en thérapie et en diagnostic' WHERE [Code] = N'32109' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32109', N'Other technical occupations in therapy and assessment', N'Autre personnel technique en thérapie et en diagnostic', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32110') UPDATE [Occupations] SET [TitleFr] = N'Denturologistes' WHERE [Code] = N'32110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32110', N'Denturists', N'Denturologistes', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32111') UPDATE [Occupations] SET [TitleFr] = N'Hygiénistes et thérapeutes dentaires' WHERE [Code] = N'32111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32111', N'Dental hygienists and dental therapists', N'Hygiénistes et thérapeutes dentaires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32112') UPDATE [Occupations] SET [TitleFr] = N'Technologues et techniciens/techniciennes dentaires' WHERE [Code] = N'32112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32112', N'Dental technologists and technicians', N'Technologues et techniciens/techniciennes dentaires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32120') UPDATE [Occupations] SET [TitleFr] = N'Technologues de laboratoires médicaux' WHERE [Code] = N'32120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32120', N'Medical laboratory technologists', N'Technologues de laboratoires médicaux', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32121') UPDATE [Occupations] SET [TitleFr] = N'Technologues en radiation médicale' WHERE [Code] = N'32121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32121', N'Medical radiation technologists', N'Technologues en radiation médicale', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32122') UPDATE [Occupations] SET [TitleFr] = N'Technologues en échographie' WHERE [Code] = N'32122' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32122', N'Medical sonographers', N'Technologues en échographie', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32123') UPDATE [Occupations] SET [TitleFr] = N'Technologues en cardiologie et technologues en électrophysiologie diagnostique' WHERE [Code] = N'32123' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32123', N'Cardiology technologists and electrophysiological diagnostic technologists', N'Technologues en cardiologie et technologues en électrophysiologie diagnostique', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32124') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes en pharmacie' WHERE [Code] = N'32124' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32124', N'Pharmacy technicians', N'Techniciens/techniciennes en pharmacie', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32129') UPDATE [Occupations] SET [TitleFr] = N'Autres technologues et techniciens/techniciennes des sciences de la santé' WHERE [Code] = N'32129' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32129', N'Other medical technologists and technicians', N'Autres technologues et techniciens/techniciennes des sciences de la santé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32200') UPDATE [Occupations] SET [TitleFr] = N'Praticiens/praticiennes en médecine traditionnelle chinoise et acupuncteurs/acupunctrices' WHERE [Code] = N'32200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32200', N'Traditional Chinese medicine practitioners and acupuncturists', N'Praticiens/praticiennes en médecine traditionnelle chinoise et acupuncteurs/acupunctrices', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32201') UPDATE [Occupations] SET [TitleFr] = N'Massothérapeutes' WHERE [Code] = N'32201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32201', N'Massage therapists', N'Massothérapeutes', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'32209') UPDATE [Occupations] SET [TitleFr] = N'Autres praticiens/praticiennes des médecines douces' WHERE [Code] = N'32209' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'32209', N'Other practitioners of natural healing', N'Autres praticiens/praticiennes des médecines douces', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'33100') UPDATE [Occupations] SET [TitleFr] = N'Assistants/assistantes dentaires et auxiliaires dans les laboratoires dentaires' WHERE [Code] = N'33100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'33100', N'Dental assistants and dental laboratory assistants', N'Assistants/assistantes dentaires et auxiliaires dans les laboratoires dentaires', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'33101') UPDATE [Occupations] SET [TitleFr] = N'Assistants/assistantes de laboratoires médicaux et professions techniques connexes' WHERE [Code] = N'33101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'33101', N'Medical laboratory assistants and related technical occupations', N'Assistants/assistantes de laboratoires médicaux et professions techniques connexes', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'33102') UPDATE [Occupations] SET [TitleFr] = N'Aides-infirmiers/aides-infirmières, aides-soignants/aides-soignantes et préposés/préposées aux bénéficiaires' WHERE [Code] = N'33102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'33102', N'Nurse aides, orderlies and patient service associates', N'Aides-infirmiers/aides-infirmières, aides-soignants/aides-soignantes et préposés/préposées aux bénéficiaires', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'33103') UPDATE [Occupations] SET [TitleFr] = N'Assistants techniques/assistantes techniques en pharmacie et assistants/assistantes en pharmacie' WHERE [Code] = N'33103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'33103', N'Pharmacy technical assistants and pharmacy assistants', N'Assistants techniques/assistantes techniques en pharmacie et assistants/assistantes en pharmacie', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'33109') UPDATE [Occupations] SET [TitleFr] = N'Autre personnel de soutien des services de santé' WHERE [Code] = N'33109' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'33109', N'Other assisting occupations in support of health services', N'Autre personnel de soutien des services de santé', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40010') UPDATE [Occupations] SET [TitleFr] = N'Gestionnaires de la fonction publique - élaboration de politiques et administration de programmes sociaux et de santé' WHERE [Code] = N'40010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40010', N'Government managers - health and social policy development and program administration', N'Gestionnaires de la fonction publique - élaboration de politiques et administration de programmes sociaux et de santé', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40011') UPDATE [Occupations] SET [TitleFr] = N'Gestionnaires de la fonction publique - analyse économique, élaboration de politiques et administration de programmes' WHERE [Code] = N'40011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40011', N'Government managers - economic analysis, policy development and program administration', N'Gestionnaires de la fonction publique - analyse économique, élaboration de politiques et administration de programmes', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40012') UPDATE [Occupations] SET [TitleFr] = N'Gestionnaires de la fonction publique - élaboration de politiques en matière d''éducation et administration de programmes' WHERE [Code] = N'40012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40012', N'Government managers - education policy development and program administration', N'Gestionnaires de la fonction publique - élaboration de politiques en matière d''éducation et administration de programmes', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40019') UPDATE [Occupations] SET [TitleFr] = N'Autres gestionnaires de la fonction publique' WHERE [Code] = N'40019' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40019', N'Other managers in public administration', N'Autres gestionnaires de la fonction publique', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40020') UPDATE [Occupations] SET [TitleFr] = N'Administrateurs/administratrices - enseignement postsecondaire et formation professionnelle' WHERE [Code] = N'40020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40020', N'Administrators - post-secondary education and vocational training', N'Administrateurs/administratrices - enseignement postsecondaire et formation professionnelle', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40021') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices d''école et administrateurs/administratrices de programmes d''enseignement aux niveaux primaire et secondaire' WHERE [Code] = N'40021' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40021', N'School principals and administrators of elementary and secondary education', N'Directeurs/directrices d''école et administrateurs/administratrices de programmes d''enseignement aux niveaux primaire et secondaire', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40030') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des services sociaux, communautaires et correctionnels' WHERE [Code] = N'40030' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40030', N'Managers in social, community and correctional services', N'Directeurs/directrices des services sociaux, communautaires et correctionnels', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40040') UPDATE [Occupations] SET [TitleFr] = N'Officiers/officières de direction des services de police et professions connexes des services de la protection du public' WHERE [Code] = N'40040' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40040', N'Commissioned police officers and related occupations in public protection services', N'Officiers/officières de direction des services de police et professions connexes des services de la protection du public', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40041') UPDATE [Occupations] SET [TitleFr] = N'Chefs et officiers supérieurs/officières supérieures des services d''incendie' WHERE [Code] = N'40041' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40041', N'Fire chiefs and senior firefighting officers', N'Chefs et officiers supérieurs/officières supérieures des services d''incendie', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'40042') UPDATE [Occupations] SET [TitleFr] = N'Officiers/officières de direction des Forces armées canadiennes' WHERE [Code] = N'40042' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'40042', N'Commissioned officers of the Canadian Armed Forces', N'Officiers/officières de direction des Forces armées canadiennes', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41100') UPDATE [Occupations] SET [TitleFr] = N'Juges' WHERE [Code] = N'41100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41100', N'Judges', N'Juges', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41101') UPDATE [Occupations] SET [TitleFr] = N'Avocats/avocates (partout au Canada) et notaires (au Québec)' WHERE [Code] = N'41101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41101', N'Lawyers and Quebec notaries', N'Avocats/avocates (partout au Canada) et notaires (au Québec)', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41200') UPDATE [Occupations] SET [TitleFr] = N'Professeurs/professeures et chargés/chargées de cours au niveau universitaire' WHERE [Code] = N'41200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41200', N'University professors and lecturers', N'Professeurs/professeures et chargés/chargées de cours au niveau universitaire', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41201') UPDATE [Occupations] SET [TitleFr] = N'Assistants/assistantes d''enseignement et de recherche au niveau postsecondaire' WHERE [Code] = N'41201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41201', N'Post-secondary teaching and research assistants', N'Assistants/assistantes d''enseignement et de recherche au niveau postsecondaire', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41210') UPDATE [Occupations] SET [TitleFr] = N'Enseignants/enseignantes au niveau collégial et autres instructeurs/instructrices en formation professionnelle' WHERE [Code] = N'41210' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41210', N'College and other vocational instructors', N'Enseignants/enseignantes au niveau collégial et autres instructeurs/instructrices en formation professionnelle', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41220') UPDATE [Occupations] SET [TitleFr] = N'Enseignants/enseignantes au niveau secondaire' WHERE [Code] = N'41220' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41220', N'Secondary school teachers', N'Enseignants/enseignantes au niveau secondaire', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41221') UPDATE [Occupations] SET [TitleFr] = N'Enseignants/enseignantes aux niveaux primaire et préscolaire' WHERE [Code] = N'41221' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41221', N'Elementary school and kindergarten teachers', N'Enseignants/enseignantes aux niveaux primaire et préscolaire', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41300') UPDATE [Occupations] SET [TitleFr] = N'Travailleurs sociaux/travailleuses sociales' WHERE [Code] = N'41300' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41300', N'Social workers', N'Travailleurs sociaux/travailleuses sociales', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41301') UPDATE [Occupations] SET [TitleFr] = N'Thérapeutes en counseling et thérapies spécialisées connexes' WHERE [Code] = N'41301' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41301', N'Therapists in counselling and related specialized therapies', N'Thérapeutes en counseling et thérapies spécialisées connexes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41302') UPDATE [Occupations] SET [TitleFr] = N'Chefs religieux' WHERE [Code] = N'41302' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41302', N'Religious leaders', N'Chefs religieux', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41310') UPDATE [Occupations] SET [TitleFr] = N'Enquêteurs/enquêteuses de police et autres professions d''enquête' WHERE [Code] = N'41310' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41310', N'Police investigators and other investigative occupations', N'Enquêteurs/enquêteuses de police et autres professions d''enquête', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41311') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de probation et de libération conditionnelle' WHERE [Code] = N'41311' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41311', N'Probation and parole officers', N'Agents/agentes de probation et de libération conditionnelle', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41320') UPDATE [Occupations] SET [TitleFr] = N'Conseillers/conseillères en information scolaire' WHERE [Code] = N'41320' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41320', N'Educational counsellors', N'Conseillers/conseillères en information scolaire', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41321') UPDATE [Occupations] SET [TitleFr] = N'Conseillers/conseillères en développement de carrière et conseillers/conseillères en orientation (sauf éducation)' WHERE [Code] = N'41321' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41321', N'Career development practitioners and career counsellors (except education)', N'Conseillers/conseillères en développement de carrière et conseillers/conseillères en orientation (sauf éducation)', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41400') UPDATE [Occupations] SET [TitleFr] = N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes, en sciences naturelles et appliquées' WHERE [Code] = N'41400' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41400', N'Natural and applied science policy researchers, consultants and program officers', N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes, en sciences naturelles et appliquées', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41401') UPDATE [Occupations] SET [TitleFr] = N'Économistes, recherchistes et analystes des politiques économiques' WHERE [Code] = N'41401' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41401', N'Economists and economic policy researchers and analysts', N'Économistes, recherchistes et analystes des politiques économiques', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41402') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de développement économique et recherchistes et analystes en marketing' WHERE [Code] = N'41402' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41402', N'Business development officers and market researchers and analysts', N'Agents/agentes de développement économique et recherchistes et analystes en marketing', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41403') UPDATE [Occupations] SET [TitleFr] = N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques sociales' WHERE [Code] = N'41403' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41403', N'Social policy researchers, consultants and program officers', N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques sociales', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41404') UPDATE [Occupations] SET [TitleFr] = N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques de la santé' WHERE [Code] = N'41404' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41404', N'Health policy researchers, consultants and program officers', N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques de la santé', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41405') UPDATE [Occupations] SET [TitleFr] = N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques de l''enseignement' WHERE [Code] = N'41405' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41405', N'Education policy researchers, consultants and program officers', N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programmes en politiques de l''enseignement', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41406') UPDATE [Occupations] SET [TitleFr] = N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programme en sports, en loisirs et en conditionnement physique' WHERE [Code] = N'41406' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41406', N'Recreation, sports and fitness policy researchers, consultants and program officers', N'Recherchistes, experts-conseils/expertes-conseils et agents/agentes de programme en sports, en loisirs et en conditionnement physique', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41407') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de programmes propres au gouvernement' WHERE [Code] = N'41407' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41407', N'Program officers unique to government', N'Agents/agentes de programmes propres au gouvernement', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'41409') UPDATE [Occupations] SET [TitleFr] = N'Autres professionnels/professionnelles des sciences sociales' WHERE [Code] = N'41409' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'41409', N'Other professional occupations in social science', N'Autres professionnels/professionnelles des sciences sociales', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'42100') UPDATE [Occupations] SET [TitleFr] = N'Policiers/policières (sauf cadres supérieurs)' WHERE [Code] = N'42100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'42100', N'Police officers (except commissioned)', N'Policiers/policières (sauf cadres supérieurs)', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'42101') UPDATE [Occupations] SET [TitleFr] = N'Pompiers/pompières' WHERE [Code] = N'42101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'42101', N'Firefighters', N'Pompiers/pompières', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'42102') UPDATE [Occupations] SET [TitleFr] = N'Membres spécialisés des Forces armées canadiennes' WHERE [Code] = N'42102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'42102', N'Specialized members of the Canadian Armed Forces', N'Membres spécialisés des Forces armées canadiennes', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'42200') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes juridiques et personnel assimilé' WHERE [Code] = N'42200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'42200', N'Paralegals and related occupations', N'Techniciens/techniciennes juridiques et personnel assimilé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'42201') UPDATE [Occupations] SET [TitleFr] = N'Travailleurs/travailleuses des services sociaux et communautaires' WHERE [Code] = N'42201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'42201', N'Social and community service workers', N'Travailleurs/travailleuses des services sociaux et communautaires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'42202') UPDATE [Occupations] SET [TitleFr] = N'Éducateurs/éducatrices et aides-éducateurs/aides-éducatrices de la petite enfance' WHERE [Code] = N'42202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'42202', N'Early childhood educators and assistants', N'Éducateurs/éducatrices et aides-éducateurs/aides-éducatrices de la petite enfance', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'42203') UPDATE [Occupations] SET [TitleFr] = N'Instructeurs/instructrices pour personnes ayant une déficience' WHERE [Code] = N'42203' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'42203', N'Instructors of persons with disabilities', N'Instructeurs/instructrices pour personnes ayant une déficience', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'42204') UPDATE [Occupations] SET [TitleFr] = N'Travailleurs/travailleuses de la religion' WHERE [Code] = N'42204' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'42204', N'Religion workers', N'Travailleurs/travailleuses de la religion', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'43100') UPDATE [Occupations] SET [TitleFr] = N'Aides-enseignants/aides-enseignantes aux niveaux primaire et secondaire' WHERE [Code] = N'43100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'43100', N'Elementary and secondary school teacher assistants', N'Aides-enseignants/aides-enseignantes aux niveaux primaire et secondaire', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'43109') UPDATE [Occupations] SET [TitleFr] = N'Autres instructeurs/instructrices' WHERE [Code] = N'43109' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'43109', N'Other instructors', N'Autres instructeurs/instructrices', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'43200') UPDATE [Occupations] SET [TitleFr] = N'Shérifs et huissiers/huissières de justice' WHERE [Code] = N'43200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'43200', N'Sheriffs and bailiffs', N'Shérifs et huissiers/huissières de justice', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'43201') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de services correctionnels' WHERE [Code] = N'43201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'43201', N'Correctional service officers', N'Agents/agentes de services correctionnels', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'43202') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes d''application de règlements municipaux et autres agents/agentes de réglementation' WHERE [Code] = N'43202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'43202', N'By-law enforcement and other regulatory officers', N'Agents/agentes d''application de règlements municipaux et autres agents/agentes de réglementation', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'43203') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de services frontaliers, des douanes et de l''immigration' WHERE [Code] = N'43203' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'43203', N'Border services, customs, and immigration officers', N'Agents/agentes de services frontaliers, des douanes et de l''immigration', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'43204') UPDATE [Occupations] SET [TitleFr] = N'Membres des opérations des Forces armées canadiennes' WHERE [Code] = N'43204' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'43204', N'Operations members of the Canadian Armed Forces', N'Membres des opérations des Forces armées canadiennes', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'44100') UPDATE [Occupations] SET [TitleFr] = N'Gardiens/gardiennes d''enfants en milieu familial' WHERE [Code] = N'44100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'44100', N'Home child care providers', N'Gardiens/gardiennes d''enfants en milieu familial', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'44101') UPDATE [Occupations] SET [TitleFr] = N'Aides de maintien à domicile, aides familiaux/familiales et personnel assimilé' WHERE [Code] = N'44101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'44101', N'Home support workers, caregivers and related occupations', N'Aides de maintien à domicile, aides familiaux/familiales et personnel assimilé', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'44200') UPDATE [Occupations] SET [TitleFr] = N'Combattants de première ligne des Forces armées canadiennes' WHERE [Code] = N'44200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'44200', N'Primary combat members of the Canadian Armed Forces', N'Combattants de première ligne des Forces armées canadiennes', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'45100') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes d''élèves, brigadiers/brigadières et autres professions connexes' WHERE [Code] = N'45100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'45100', N'Student monitors, crossing guards and related occupations', N'Surveillants/surveillantes d''élèves, brigadiers/brigadières et autres professions connexes', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'50010') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de bibliothèques, des archives, de musées et de galeries d''art' WHERE [Code] = N'50010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'50010', N'Library, archive, museum and art gallery managers', N'Directeurs/directrices de bibliothèques, des archives, de musées et de galeries d''art', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'50011') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices - édition, cinéma, radiotélédiffusion et arts de la scène' WHERE [Code] = N'50011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'50011', N'Managers - publishing, motion pictures, broadcasting and performing arts', N'Directeurs/directrices - édition, cinéma, radiotélédiffusion et arts de la scène', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'50012') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de programmes et de services de sports, de loisirs et de conditionnement physique' WHERE [Code] = N'50012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'50012', N'Recreation, sports and fitness program and service directors', N'Directeurs/directrices de programmes et de services de sports, de loisirs et de conditionnement physique', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51100') UPDATE [Occupations] SET [TitleFr] = N'Bibliothécaires' WHERE [Code] = N'51100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51100', N'Librarians', N'Bibliothécaires', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51101') UPDATE [Occupations] SET [TitleFr] = N'Restaurateurs/restauratrices et conservateurs/conservatrices' WHERE [Code] = N'51101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51101', N'Conservators and curators', N'Restaurateurs/restauratrices et conservateurs/conservatrices', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51102') UPDATE [Occupations] SET [TitleFr] = N'Archivistes' WHERE [Code] = N'51102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51102', N'Archivists', N'Archivistes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51110') UPDATE [Occupations] SET [TitleFr] = N'Réviseurs/réviseures, rédacteurs-réviseurs/rédactrices-réviseures et chefs du service des nouvelles' WHERE [Code] = N'51110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51110', N'Editors', N'Réviseurs/réviseures, rédacteurs-réviseurs/rédactrices-réviseures et chefs du service des nouvelles', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51111') UPDATE [Occupations] SET [TitleFr] = N'Auteurs/auteures, écrivains/écrivaines et rédacteurs/rédactrices (sauf techniques)' WHERE [Code] = N'51111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51111', N'Authors and writers (except technical)', N'Auteurs/auteures, écrivains/écrivaines et rédacteurs/rédactrices (sauf techniques)', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51112') UPDATE [Occupations] SET [TitleFr] = N'Rédacteurs/rédactrices techniques' WHERE [Code] = N'51112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51112', N'Technical writers', N'Rédacteurs/rédactrices techniques', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51113') UPDATE [Occupations] SET [TitleFr] = N'Journalistes' WHERE [Code] = N'51113' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51113', N'Journalists', N'Journalistes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51114') UPDATE [Occupations] SET [TitleFr] = N'Traducteurs/traductrices, terminologues et interprètes' WHERE [Code] = N'51114' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51114', N'Translators, terminologists and interpreters', N'Traducteurs/traductrices, terminologues et interprètes', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51120') UPDATE [Occupations] SET [TitleFr] = N'Producteurs/productrices, réalisateurs/réalisatrices, chorégraphes et personnel assimilé' WHERE [Code] = N'51120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51120', N'Producers, directors, choreographers and related occupations', N'Producteurs/productrices, réalisateurs/réalisatrices, chorégraphes et personnel assimilé', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51121') UPDATE [Occupations] SET [TitleFr] = N'Chefs d''orchestre, compositeurs/compositrices et arrangeurs/arrangeuses' WHERE [Code] = N'51121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51121', N'Conductors, composers and arrangers', N'Chefs d''orchestre, compositeurs/compositrices et arrangeurs/arrangeuses', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'51122') UPDATE [Occupations] SET [TitleFr] = N'Musiciens/musiciennes et chanteurs/chanteuses' WHERE [Code] = N'51122' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'51122', N'Musicians and singers', N'Musiciens/musiciennes et chanteurs/chanteuses', 1, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52100') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes dans les bibliothèques et les services d''archives publiques' WHERE [Code] = N'52100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52100', N'Library and public archive technicians', N'Techniciens/techniciennes dans les bibliothèques et les services d''archives publiques', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52110') UPDATE [Occupations] SET [TitleFr] = N'Cadreurs/cadreuses de films et cadreurs/cadreuses vidéo' WHERE [Code] = N'52110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52110', N'Film and video camera operators', N'Cadreurs/cadreuses de films et cadreurs/cadreuses vidéo', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52111') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes en graphisme' WHERE [Code] = N'52111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52111', N'Graphic arts technicians', N'Techniciens/techniciennes en graphisme', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52112') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes en radiotélédiffusion' WHERE [Code] = N'52112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52112', N'Broadcast technicians', N'Techniciens/techniciennes en radiotélédiffusion', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52113') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes en enregistrement audio et vidéo' WHERE [Code] = N'52113' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52113', N'Audio and video recording technicians', N'Techniciens/techniciennes en enregistrement audio et vidéo', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52114') UPDATE [Occupations] SET [TitleFr] = N'Annonceurs/annonceuses et autres communicateurs/communicatrices' WHERE [Code] = N'52114' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52114', N'Announcers and other broadcasters', N'Annonceurs/annonceuses et autres communicateurs/communicatrices', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52119') UPDATE [Occupations] SET [TitleFr] = N'Autre personnel technique et personnel de coordination du cinéma, de la radiotélédiffusion et des arts de la scène' WHERE [Code] = N'52119' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52119', N'Other technical and coordinating occupations in motion pictures, broadcasting and the performing arts', N'Autre personnel technique et personnel de coordination du cinéma, de la radiotélédiffusion et des arts de la scène', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52120') UPDATE [Occupations] SET [TitleFr] = N'Designers graphiques et illustrateurs/illustratrices' WHERE [Code] = N'52120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52120', N'Graphic designers and illustrators', N'Designers graphiques et illustrateurs/illustratrices', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'52121') UPDATE [Occupations] SET [TitleFr] = N'Designers d''intérieur et décorateurs/décoratrices d''intérieur' WHERE [Code] = N'52121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'52121', N'Interior designers and interior decorators', N'Designers d''intérieur et décorateurs/décoratrices d''intérieur', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53100') UPDATE [Occupations] SET [TitleFr] = N'Registraires, restaurateurs/restauratrices, interprètes et autres travailleurs/travailleuses dans les domaines apparentés des musées et des galeries d''art' WHERE [Code] = N'53100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53100', N'Registrars, restorers, interpreters and other occupations related to museum and art galleries', N'Registraires, restaurateurs/restauratrices, interprètes et autres travailleurs/travailleuses dans les domaines apparentés des musées et des galeries d''art', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53110') UPDATE [Occupations] SET [TitleFr] = N'Photographes' WHERE [Code] = N'53110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53110', N'Photographers', N'Photographes', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53111') UPDATE [Occupations] SET [TitleFr] = N'Assistants/assistantes et opérateurs/opératrices du domaine du cinéma, de la radiotélédiffusion, de la photographie et des arts de la scène' WHERE [Code] = N'53111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53111', N'Motion pictures, broadcasting, photography and performing arts assistants and operators', N'Assistants/assistantes et opérateurs/opératrices du domaine du cinéma, de la radiotélédiffusion, de la photographie et des arts de la scène', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53120') UPDATE [Occupations] SET [TitleFr] = N'Danseurs/danseuses' WHERE [Code] = N'53120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53120', N'Dancers', N'Danseurs/danseuses', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53121') UPDATE [Occupations] SET [TitleFr] = N'Acteurs/actrices, comédiens/comédiennes et artistes de cirque' WHERE [Code] = N'53121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53121', N'Actors, comedians and circus performers', N'Acteurs/actrices, comédiens/comédiennes et artistes de cirque', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53122') UPDATE [Occupations] SET [TitleFr] = N'Peintres, sculpteurs/sculpteures et autres artistes des arts visuels' WHERE [Code] = N'53122' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53122', N'Painters, sculptors and other visual artists', N'Peintres, sculpteurs/sculpteures et autres artistes des arts visuels', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53123') UPDATE [Occupations] SET [TitleFr] = N'Ensembliers/ensemblières de théâtre, dessinateurs/dessinatrices de mode, concepteurs/conceptrices d''expositions et autres concepteurs/conceptrices artistiques' WHERE [Code] = N'53123' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53123', N'Theatre, fashion, exhibit and other creative designers', N'Ensembliers/ensemblières de théâtre, dessinateurs/dessinatrices de mode, concepteurs/conceptrices d''expositions et autres concepteurs/conceptrices artistiques', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53124') UPDATE [Occupations] SET [TitleFr] = N'Artisans/artisanes' WHERE [Code] = N'53124' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53124', N'Artisans and craftspersons', N'Artisans/artisanes', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53125') UPDATE [Occupations] SET [TitleFr] = N'Patronniers/patronnières de produits textiles et d''articles en cuir et en fourrure' WHERE [Code] = N'53125' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53125', N'Patternmakers - textile, leather and fur products', N'Patronniers/patronnières de produits textiles et d''articles en cuir et en fourrure', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53200') UPDATE [Occupations] SET [TitleFr] = N'Athlètes' WHERE [Code] = N'53200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53200', N'Athletes', N'Athlètes', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53201') UPDATE [Occupations] SET [TitleFr] = N'Entraîneurs/entraîneuses' WHERE [Code] = N'53201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53201', N'Coaches', N'Entraîneurs/entraîneuses', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'53202') UPDATE [Occupations] SET [TitleFr] = N'Arbitres et officiels/officielles de sports' WHERE [Code] = N'53202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'53202', N'Sports officials and referees', N'Arbitres et officiels/officielles de sports', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'54100') UPDATE [Occupations] SET [TitleFr] = N'Animateurs/animatrices et responsables de programmes de sports, de loisirs et de conditionnement physique' WHERE [Code] = N'54100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'54100', N'Program leaders and instructors in recreation, sport and fitness', N'Animateurs/animatrices et responsables de programmes de sports, de loisirs et de conditionnement physique', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'55109') UPDATE [Occupations] SET [TitleFr] = N'Autres artistes de spectacle' WHERE [Code] = N'55109' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'55109', N'Other performers', N'Autres artistes de spectacle', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'60010') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des ventes corporatives' WHERE [Code] = N'60010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'60010', N'Corporate sales managers', N'Directeurs/directrices des ventes corporatives', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'60020') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices - commerce de détail et de gros' WHERE [Code] = N'60020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'60020', N'Retail and wholesale trade managers', N'Directeurs/directrices - commerce de détail et de gros', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'60030') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de la restauration et des services alimentaires' WHERE [Code] = N'60030' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'60030', N'Restaurant and food service managers', N'Directeurs/directrices de la restauration et des services alimentaires', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'60031') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des services d''hébergement' WHERE [Code] = N'60031' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'60031', N'Accommodation service managers', N'Directeurs/directrices des services d''hébergement', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'60040') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices du service à la clientèle et des services personnels' WHERE [Code] = N'60040' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'60040', N'Managers in customer and personal services', N'Directeurs/directrices du service à la clientèle et des services personnels', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62010') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures des ventes - commerce de détail' WHERE [Code] = N'62010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62010', N'Retail sales supervisors', N'Superviseurs/superviseures des ventes - commerce de détail', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62020') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures des services alimentaires' WHERE [Code] = N'62020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62020', N'Food service supervisors', N'Superviseurs/superviseures des services alimentaires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62021') UPDATE [Occupations] SET [TitleFr] = N'Gouvernants principaux/gouvernantes principales' WHERE [Code] = N'62021' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62021', N'Executive housekeepers', N'Gouvernants principaux/gouvernantes principales', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62022') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures des services d''hébergement, de voyages, de tourisme et des services connexes' WHERE [Code] = N'62022' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62022', N'Accommodation, travel, tourism and related services supervisors', N'Superviseurs/superviseures des services d''hébergement, de voyages, de tourisme et des services connexes', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62023') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures des services d''information et des services à la clientèle' WHERE [Code] = N'62023' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62023', N'Customer and information services supervisors', N'Superviseurs/superviseures des services d''information et des services à la clientèle', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62024') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes des services de nettoyage' WHERE [Code] = N'62024' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62024', N'Cleaning supervisors', N'Surveillants/surveillantes des services de nettoyage', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62029') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes des autres services' WHERE [Code] = N'62029' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62029', N'Other services supervisors', N'Surveillants/surveillantes des autres services', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62100') UPDATE [Occupations] SET [TitleFr] = N'Spécialistes des ventes techniques - commerce de gros' WHERE [Code] = N'62100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62100', N'Technical sales specialists - wholesale trade', N'Spécialistes des ventes techniques - commerce de gros', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62101') UPDATE [Occupations] SET [TitleFr] = N'Acheteurs/acheteuses des commerces de détail et de gros' WHERE [Code] = N'62101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62101', N'Retail and wholesale buyers', N'Acheteurs/acheteuses des commerces de détail et de gros', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62200') UPDATE [Occupations] SET [TitleFr] = N'Chefs' WHERE [Code] = N'62200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62200', N'Chefs', N'Chefs', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62201') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de funérailles et embaumeurs/embaumeuses' WHERE [Code] = N'62201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62201', N'Funeral directors and embalmers', N'Directeurs/directrices de funérailles et embaumeurs/embaumeuses', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'62202') UPDATE [Occupations] SET [TitleFr] = N'Bijoutiers/bijoutières, réparateurs/réparatrices de bijoux, horlogers-rhabilleurs/horlogères-rhabilleuses et personnel assimilé' WHERE [Code] = N'62202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'62202', N'Jewellers, jewellery and watch repairers and related occupations', N'Bijoutiers/bijoutières, réparateurs/réparatrices de bijoux, horlogers-rhabilleurs/horlogères-rhabilleuses et personnel assimilé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63100') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes et courtiers/courtières d''assurance' WHERE [Code] = N'63100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63100', N'Insurance agents and brokers', N'Agents/agentes et courtiers/courtières d''assurance', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63101') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes et vendeurs/vendeuses en immobilier' WHERE [Code] = N'63101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63101', N'Real estate agents and salespersons', N'Agents/agentes et vendeurs/vendeuses en immobilier', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63102') UPDATE [Occupations] SET [TitleFr] = N'Représentants/représentantes des ventes financières' WHERE [Code] = N'63102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63102', N'Financial sales representatives', N'Représentants/représentantes des ventes financières', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63200') UPDATE [Occupations] SET [TitleFr] = N'Cuisiniers/cuisinières' WHERE [Code] = N'63200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63200', N'Cooks', N'Cuisiniers/cuisinières', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63201') UPDATE [Occupations] SET [TitleFr] = N'Bouchers/bouchères - commerce de gros et de détail' WHERE [Code] = N'63201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63201', N'Butchers - retail and wholesale', N'Bouchers/bouchères - commerce de gros et de détail', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63202') UPDATE [Occupations] SET [TitleFr] = N'Boulangers-pâtissiers/boulangères-pâtissières' WHERE [Code] = N'63202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63202', N'Bakers', N'Boulangers-pâtissiers/boulangères-pâtissières', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63210') UPDATE [Occupations] SET [TitleFr] = N'Coiffeurs/coiffeuses et barbiers' WHERE [Code] = N'63210' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63210', N'Hairstylists and barbers', N'Coiffeurs/coiffeuses et barbiers', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63211') UPDATE [Occupations] SET [TitleFr] = N'Esthéticiens/esthéticiennes, électrolystes et personnel assimilé' WHERE [Code] = N'63211' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63211', N'Estheticians, electrologists and related occupations', N'Esthéticiens/esthéticiennes, électrolystes et personnel assimilé', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63220') UPDATE [Occupations] SET [TitleFr] = N'Cordonniers/cordonnières et fabricants/fabricantes de chaussures' WHERE [Code] = N'63220' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63220', N'Shoe repairers and shoemakers', N'Cordonniers/cordonnières et fabricants/fabricantes de chaussures', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'63221') UPDATE [Occupations] SET [TitleFr] = N'Tapissiers-garnisseurs/tapissières-garnisseuses' WHERE [Code] = N'63221' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'63221', N'Upholsterers', N'Tapissiers-garnisseurs/tapissières-garnisseuses', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64100') UPDATE [Occupations] SET [TitleFr] = N'Vendeurs/vendeuses et décorateurs-étalagistes/décoratrices-étalagistes en commerce de détail' WHERE [Code] = N'64100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64100', N'Retail salespersons and visual merchandisers', N'Vendeurs/vendeuses et décorateurs-étalagistes/décoratrices-étalagistes en commerce de détail', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64101') UPDATE [Occupations] SET [TitleFr] = N'Représentants/représentantes des ventes et des comptes - commerce de gros (non-technique)' WHERE [Code] = N'64101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64101', N'Sales and account representatives - wholesale trade (non-technical)', N'Représentants/représentantes des ventes et des comptes - commerce de gros (non-technique)', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64200') UPDATE [Occupations] SET [TitleFr] = N'Tailleurs/tailleuses, couturiers/couturières, fourreurs/fourreuses et modistes' WHERE [Code] = N'64200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64200', N'Tailors, dressmakers, furriers and milliners', N'Tailleurs/tailleuses, couturiers/couturières, fourreurs/fourreuses et modistes', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64201') UPDATE [Occupations] SET [TitleFr] = N'Conseillers/conseillères imagistes, conseillers mondains/conseillères mondaines et autres conseillers/conseillères en soins personnalisés' WHERE [Code] = N'64201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64201', N'Image, social and other personal consultants', N'Conseillers/conseillères imagistes, conseillers mondains/conseillères mondaines et autres conseillers/conseillères en soins personnalisés', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64300') UPDATE [Occupations] SET [TitleFr] = N'Maîtres d''hôtel et hôtes/hôtesses' WHERE [Code] = N'64300' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64300', N'Maîtres d''hôtel and hosts/hostesses', N'Maîtres d''hôtel et hôtes/hôtesses', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64301') UPDATE [Occupations] SET [TitleFr] = N'Barmans/barmaids' WHERE [Code] = N'64301' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64301', N'Bartenders', N'Barmans/barmaids', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64310') UPDATE [Occupations] SET [TitleFr] = N'Conseillers/conseillères en voyages' WHERE [Code] = N'64310' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64310', N'Travel counsellors', N'Conseillers/conseillères en voyages', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64311') UPDATE [Occupations] SET [TitleFr] = N'Commissaires et agents/agentes de bord' WHERE [Code] = N'64311' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64311', N'Pursers and flight attendants', N'Commissaires et agents/agentes de bord', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64312') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes à la billetterie et aux services aériens' WHERE [Code] = N'64312' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64312', N'Airline ticket and service agents', N'Agents/agentes à la billetterie et aux services aériens', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64313') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes à la billetterie, représentants/représentantes du service en matière de fret et personnel assimilé dans le transport routier et maritime' WHERE [Code] = N'64313' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64313', N'Ground and water transport ticket agents, cargo service representatives and related clerks', N'Agents/agentes à la billetterie, représentants/représentantes du service en matière de fret et personnel assimilé dans le transport routier et maritime', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64314') UPDATE [Occupations] SET [TitleFr] = N'Réceptionnistes d''hôtel' WHERE [Code] = N'64314' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64314', N'Hotel front desk clerks', N'Réceptionnistes d''hôtel', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64320') UPDATE [Occupations] SET [TitleFr] = N'Guides touristiques et guides itinérants/guides itinérantes' WHERE [Code] = N'64320' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64320', N'Tour and travel guides', N'Guides touristiques et guides itinérants/guides itinérantes', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64321') UPDATE [Occupations] SET [TitleFr] = N'Travailleurs/travailleuses dans les casinos' WHERE [Code] = N'64321' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64321', N'Casino workers', N'Travailleurs/travailleuses dans les casinos', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64322') UPDATE [Occupations] SET [TitleFr] = N'Guides d''activités récréatives et sportives de plein air' WHERE [Code] = N'64322' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64322', N'Outdoor sport and recreational guides', N'Guides d''activités récréatives et sportives de plein air', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64400') UPDATE [Occupations] SET [TitleFr] = N'Représentants/représentantes au service à la clientèle - institutions financières' WHERE [Code] = N'64400' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64400', N'Customer services representatives - financial institutions', N'Représentants/représentantes au service à la clientèle - institutions financières', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64401') UPDATE [Occupations] SET [TitleFr] = N'Représentants/représentantes des services postaux' WHERE [Code] = N'64401' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64401', N'Postal services representatives', N'Représentants/représentantes des services postaux', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64409') UPDATE [Occupations] SET [TitleFr] = N'Autres préposés/préposées aux services d''information et aux services à la clientèle' WHERE [Code] = N'64409' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64409', N'Other customer and information services representatives', N'Autres préposés/préposées aux services d''information et aux services à la clientèle', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'64410') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de sécurité et personnel assimilé des services de sécurité' WHERE [Code] = N'64410' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'64410', N'Security guards and related security service occupations', N'Agents/agentes de sécurité et personnel assimilé des services de sécurité', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65100') UPDATE [Occupations] SET [TitleFr] = N'Caissiers/caissières' WHERE [Code] = N'65100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65100', N'Cashiers', N'Caissiers/caissières', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65101') UPDATE [Occupations] SET [TitleFr] = N'Préposés/préposées de stations-service' WHERE [Code] = N'65101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65101', N'Service station attendants', N'Préposés/préposées de stations-service', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65102') UPDATE [Occupations] SET [TitleFr] = N'Garnisseurs/garnisseuses de tablettes, commis et préposés/préposées aux commandes dans les magasins' WHERE [Code] = N'65102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65102', N'Store shelf stockers, clerks and order fillers', N'Garnisseurs/garnisseuses de tablettes, commis et préposés/préposées aux commandes dans les magasins', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65109') UPDATE [Occupations] SET [TitleFr] = N'Autre personnel assimilé des ventes' WHERE [Code] = N'65109' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65109', N'Other sales related occupations', N'Autre personnel assimilé des ventes', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65200') UPDATE [Occupations] SET [TitleFr] = N'Serveurs/serveuses d''aliments et de boissons' WHERE [Code] = N'65200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65200', N'Food and beverage servers', N'Serveurs/serveuses d''aliments et de boissons', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65201') UPDATE [Occupations] SET [TitleFr] = N'Serveurs/serveuses au comptoir, aides de cuisine et personnel de soutien assimilé' WHERE [Code] = N'65201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65201', N'Food counter attendants, kitchen helpers and related support occupations', N'Serveurs/serveuses au comptoir, aides de cuisine et personnel de soutien assimilé', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65202') UPDATE [Occupations] SET [TitleFr] = N'Coupeurs/coupeuses de viande et poissonniers/poissonnières - commerce de gros et de détail' WHERE [Code] = N'65202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65202', N'Meat cutters and fishmongers - retail and wholesale', N'Coupeurs/coupeuses de viande et poissonniers/poissonnières - commerce de gros et de détail', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65210') UPDATE [Occupations] SET [TitleFr] = N'Personnel de soutien en services d''hébergement, de voyage et en services de montage d''installation' WHERE [Code] = N'65210' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65210', N'Support occupations in accommodation, travel and facilities set-up services', N'Personnel de soutien en services d''hébergement, de voyage et en services de montage d''installation', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65211') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices et préposés/préposées aux sports, aux loisirs et dans les parcs d''attractions' WHERE [Code] = N'65211' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65211', N'Operators and attendants in amusement, recreation and sport', N'Opérateurs/opératrices et préposés/préposées aux sports, aux loisirs et dans les parcs d''attractions', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65220') UPDATE [Occupations] SET [TitleFr] = N'Soigneurs/soigneuses d''animaux et travailleurs/travailleuses en soins des animaux' WHERE [Code] = N'65220' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65220', N'Pet groomers and animal care workers', N'Soigneurs/soigneuses d''animaux et travailleurs/travailleuses en soins des animaux', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65229') UPDATE [Occupations] SET [TitleFr] = N'Autres professions de soutien dans les services personnels' WHERE [Code] = N'65229' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65229', N'Other support occupations in personal services', N'Autres professions de soutien dans les services personnels', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65310') UPDATE [Occupations] SET [TitleFr] = N'Préposés/préposées à l''entretien ménager et au nettoyage - travaux légers' WHERE [Code] = N'65310' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65310', N'Light duty cleaners', N'Préposés/préposées à l''entretien ménager et au nettoyage - travaux légers', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65311') UPDATE [Occupations] SET [TitleFr] = N'Nettoyeurs spécialisés/nettoyeuses spécialisées' WHERE [Code] = N'65311' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65311', N'Specialized cleaners', N'Nettoyeurs spécialisés/nettoyeuses spécialisées', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65312') UPDATE [Occupations] SET [TitleFr] = N'Concierges et nettoyeurs/nettoyeuses - gros travaux' WHERE [Code] = N'65312' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65312', N'Janitors, caretakers and heavy-duty cleaners', N'Concierges et nettoyeurs/nettoyeuses - gros travaux', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65320') UPDATE [Occupations] SET [TitleFr] = N'Personnel de blanchisseries et d''établissements de nettoyage à sec et personnel assimilé' WHERE [Code] = N'65320' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65320', N'Dry cleaning, laundry and related occupations', N'Personnel de blanchisseries et d''établissements de nettoyage à sec et personnel assimilé', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'65329') UPDATE [Occupations] SET [TitleFr] = N'Autre personnel de soutien en service' WHERE [Code] = N'65329' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'65329', N'Other service support occupations', N'Autre personnel de soutien en service', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'70010') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de la construction' WHERE [Code] = N'70010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'70010', N'Construction managers', N'Directeurs/directrices de la construction', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'70011') UPDATE [Occupations] SET [TitleFr] = N'Gestionnaires en construction et rénovation domiciliaire' WHERE [Code] = N'70011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'70011', N'Home building and renovation managers', N'Gestionnaires en construction et rénovation domiciliaire', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'70012') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de l''exploitation et de l''entretien d''immeubles' WHERE [Code] = N'70012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'70012', N'Facility operation and maintenance managers', N'Directeurs/directrices de l''exploitation et de l''entretien d''immeubles', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'70020') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des transports' WHERE [Code] = N'70020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'70020', N'Managers in transportation', N'Directeurs/directrices des transports', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'70021') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des services postaux et de messageries' WHERE [Code] = N'70021' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'70021', N'Postal and courier services managers', N'Directeurs/directrices des services postaux et de messageries', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72010') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des machinistes et du personnel des métiers du formage, du profilage et du montage des métaux et personnel assimilé' WHERE [Code] = N'72010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72010', N'Contractors and supervisors, machining, metal forming, shaping and erecting trades and related occupations', N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des machinistes et du personnel des métiers du formage, du profilage et du montage des métaux et personnel assimilé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72011') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en électricité et en télécommunications' WHERE [Code] = N'72011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72011', N'Contractors and supervisors, electrical trades and telecommunications occupations', N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en électricité et en télécommunications', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72012') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en tuyauterie' WHERE [Code] = N'72012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72012', N'Contractors and supervisors, pipefitting trades', N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en tuyauterie', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72013') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en charpenterie' WHERE [Code] = N'72013' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72013', N'Contractors and supervisors, carpentry trades', N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en charpenterie', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72014') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des autres métiers de la construction et des services de réparation et d''installation' WHERE [Code] = N'72014' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72014', N'Contractors and supervisors, other construction trades, installers, repairers and servicers', N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des autres métiers de la construction et des services de réparation et d''installation', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72020') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en mécanique' WHERE [Code] = N'72020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72020', N'Contractors and supervisors, mechanic trades', N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en mécanique', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72021') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des équipes d''opérateurs d''équipement lourd' WHERE [Code] = N'72021' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72021', N'Contractors and supervisors, heavy equipment operator crews', N'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses des équipes d''opérateurs d''équipement lourd', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72022') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes de l''imprimerie et du personnel assimilé' WHERE [Code] = N'72022' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72022', N'Supervisors, printing and related occupations', N'Surveillants/surveillantes de l''imprimerie et du personnel assimilé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72023') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes des opérations du transport ferroviaire' WHERE [Code] = N'72023' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72023', N'Supervisors, railway transport operations', N'Surveillants/surveillantes des opérations du transport ferroviaire', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72024') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes du transport routier et du transport en commun' WHERE [Code] = N'72024' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72024', N'Supervisors, motor transport and other ground transit operators', N'Surveillants/surveillantes du transport routier et du transport en commun', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72025') UPDATE [Occupations] SET [TitleFr] = N'Superviseurs/superviseures de services postaux et de messageries' WHERE [Code] = N'72025' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72025', N'Supervisors, mail and message distribution occupations', N'Superviseurs/superviseures de services postaux et de messageries', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72100') UPDATE [Occupations] SET [TitleFr] = N'Machinistes et vérificateurs/vérificatrices d''usinage et d''outillage' WHERE [Code] = N'72100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72100', N'Machinists and machining and tooling inspectors', N'Machinistes et vérificateurs/vérificatrices d''usinage et d''outillage', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72101') UPDATE [Occupations] SET [TitleFr] = N'Outilleurs-ajusteurs/outilleuses-ajusteuses' WHERE [Code] = N'72101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72101', N'Tool and die makers', N'Outilleurs-ajusteurs/outilleuses-ajusteuses', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72102') UPDATE [Occupations] SET [TitleFr] = N'Tôliers/tôlières' WHERE [Code] = N'72102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72102', N'Sheet metal workers', N'Tôliers/tôlières', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72103') UPDATE [Occupations] SET [TitleFr] = N'Chaudronniers/chaudronnières' WHERE [Code] = N'72103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72103', N'Boilermakers', N'Chaudronniers/chaudronnières', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72104') UPDATE [Occupations] SET [TitleFr] = N'Assembleurs/assembleuses et ajusteurs/ajusteuses de plaques et de charpentes métalliques' WHERE [Code] = N'72104' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72104', N'Structural metal and platework fabricators and fitters', N'Assembleurs/assembleuses et ajusteurs/ajusteuses de plaques et de charpentes métalliques', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72105') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses de charpentes métalliques' WHERE [Code] = N'72105' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72105', N'Ironworkers', N'Monteurs/monteuses de charpentes métalliques', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72106') UPDATE [Occupations] SET [TitleFr] = N'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser' WHERE [Code] = N'72106' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72106', N'Welders and related machine operators', N'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72200') UPDATE [Occupations] SET [TitleFr] = N'Électriciens/électriciennes (sauf électriciens industriels/électriciennes industrielles et de réseaux électriques)' WHERE [Code] = N'72200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72200', N'Electricians (except industrial and power system)', N'Électriciens/électriciennes (sauf électriciens industriels/électriciennes industrielles et de réseaux électriques)', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72201') UPDATE [Occupations] SET [TitleFr] = N'Électriciens industriels/électriciennes industrielles' WHERE [Code] = N'72201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72201', N'Industrial electricians', N'Électriciens industriels/électriciennes industrielles', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72202') UPDATE [Occupations] SET [TitleFr] = N'Électriciens/électriciennes de réseaux électriques' WHERE [Code] = N'72202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72202', N'Power system electricians', N'Électriciens/électriciennes de réseaux électriques', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72203') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses de lignes électriques et de câbles' WHERE [Code] = N'72203' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72203', N'Electrical power line and cable workers', N'Monteurs/monteuses de lignes électriques et de câbles', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72204') UPDATE [Occupations] SET [TitleFr] = N'Installateurs/installatrices et réparateurs/réparatrices de lignes et de câbles de télécommunications' WHERE [Code] = N'72204' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72204', N'Telecommunications line and cable installers and repairers', N'Installateurs/installatrices et réparateurs/réparatrices de lignes et de câbles de télécommunications', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72205') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes en installation de matériel de télécommunication et en services de câblodistribution' WHERE [Code] = N'72205' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72205', N'Telecommunications equipment installation and cable television service technicians', N'Techniciens/techniciennes en installation de matériel de télécommunication et en services de câblodistribution', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72300') UPDATE [Occupations] SET [TitleFr] = N'Plombiers/plombières' WHERE [Code] = N'72300' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72300', N'Plumbers', N'Plombiers/plombières', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72301') UPDATE [Occupations] SET [TitleFr] = N'Tuyauteurs/tuyauteuses, monteurs/monteuses d''appareils de chauffage et poseurs/poseuses de gicleurs' WHERE [Code] = N'72301' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72301', N'Steamfitters, pipefitters and sprinkler system installers', N'Tuyauteurs/tuyauteuses, monteurs/monteuses d''appareils de chauffage et poseurs/poseuses de gicleurs', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72302') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses d''installations au gaz' WHERE [Code] = N'72302' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72302', N'Gas fitters', N'Monteurs/monteuses d''installations au gaz', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72310') UPDATE [Occupations] SET [TitleFr] = N'Charpentiers-menuisiers/charpentières-menuisières' WHERE [Code] = N'72310' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72310', N'Carpenters', N'Charpentiers-menuisiers/charpentières-menuisières', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72311') UPDATE [Occupations] SET [TitleFr] = N'Ébénistes' WHERE [Code] = N'72311' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72311', N'Cabinetmakers', N'Ébénistes', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72320') UPDATE [Occupations] SET [TitleFr] = N'Briqueteurs-maçons/briqueteuses-maçonnes' WHERE [Code] = N'72320' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72320', N'Bricklayers', N'Briqueteurs-maçons/briqueteuses-maçonnes', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72321') UPDATE [Occupations] SET [TitleFr] = N'Calorifugeurs/calorifugeuses' WHERE [Code] = N'72321' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72321', N'Insulators', N'Calorifugeurs/calorifugeuses', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72400') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes de chantier et mécaniciens industriels/mécaniciennes industrielles' WHERE [Code] = N'72400' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72400', N'Construction millwrights and industrial mechanics', N'Mécaniciens/mécaniciennes de chantier et mécaniciens industriels/mécaniciennes industrielles', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72401') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes d''équipement lourd' WHERE [Code] = N'72401' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72401', N'Heavy-duty equipment mechanics', N'Mécaniciens/mécaniciennes d''équipement lourd', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72402') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes en chauffage, réfrigération et climatisation' WHERE [Code] = N'72402' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72402', N'Heating, refrigeration and air conditioning mechanics', N'Mécaniciens/mécaniciennes en chauffage, réfrigération et climatisation', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72403') UPDATE [Occupations] SET [TitleFr] = N'Réparateurs/réparatrices de wagons' WHERE [Code] = N'72403' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72403', N'Railway carmen/women', N'Réparateurs/réparatrices de wagons', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72404') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes et contrôleurs/contrôleuses d''aéronefs' WHERE [Code] = N'72404' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72404', N'Aircraft mechanics and aircraft inspectors', N'Mécaniciens/mécaniciennes et contrôleurs/contrôleuses d''aéronefs', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72405') UPDATE [Occupations] SET [TitleFr] = N'Ajusteurs/ajusteuses de machines' WHERE [Code] = N'72405' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72405', N'Machine fitters', N'Ajusteurs/ajusteuses de machines', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72406') UPDATE [Occupations] SET [TitleFr] = N'Constructeurs/constructrices et mécaniciens/mécaniciennes d''ascenseurs' WHERE [Code] = N'72406' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72406', N'Elevator constructors and mechanics', N'Constructeurs/constructrices et mécaniciens/mécaniciennes d''ascenseurs', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72410') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes et réparateurs/réparatrices de véhicules automobiles, de camions et d''autobus' WHERE [Code] = N'72410' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72410', N'Automotive service technicians, truck and bus mechanics and mechanical repairers', N'Mécaniciens/mécaniciennes et réparateurs/réparatrices de véhicules automobiles, de camions et d''autobus', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72411') UPDATE [Occupations] SET [TitleFr] = N'Techniciens/techniciennes en collision, en carrosserie, en peinture et en glace de véhicule automobile et les estimateurs/estimatrices de dommages' WHERE [Code] = N'72411' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72411', N'Auto body collision, refinishing and glass technicians and damage repair estimators', N'Techniciens/techniciennes en collision, en carrosserie, en peinture et en glace de véhicule automobile et les estimateurs/estimatrices de dommages', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72420') UPDATE [Occupations] SET [TitleFr] = N'Installateurs/installatrices de brûleurs à l''huile et à combustibles solides' WHERE [Code] = N'72420' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72420', N'Oil and solid fuel heating mechanics', N'Installateurs/installatrices de brûleurs à l''huile et à combustibles solides', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72421') UPDATE [Occupations] SET [TitleFr] = N'Réparateurs/réparatrices et préposés/préposées à l''entretien d''appareils' WHERE [Code] = N'72421' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72421', N'Appliance servicers and repairers', N'Réparateurs/réparatrices et préposés/préposées à l''entretien d''appareils', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72422') UPDATE [Occupations] SET [TitleFr] = N'Électromécaniciens/électromécaniciennes' WHERE [Code] = N'72422' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72422', N'Electrical mechanics', N'Électromécaniciens/électromécaniciennes', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72423') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes de motocyclettes, de véhicules tout-terrain et personnel mécanicien assimilé' WHERE [Code] = N'72423' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72423', N'Motorcycle, all-terrain vehicle and other related mechanics', N'Mécaniciens/mécaniciennes de motocyclettes, de véhicules tout-terrain et personnel mécanicien assimilé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72429') UPDATE [Occupations] SET [TitleFr] = N'Autres réparateurs/réparatrices de petits moteurs et de petits équipements' WHERE [Code] = N'72429' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72429', N'Other small engine and small equipment repairers', N'Autres réparateurs/réparatrices de petits moteurs et de petits équipements', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72500') UPDATE [Occupations] SET [TitleFr] = N'Grutiers/grutières' WHERE [Code] = N'72500' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72500', N'Crane operators', N'Grutiers/grutières', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72501') UPDATE [Occupations] SET [TitleFr] = N'Foreurs/foreuses de puits d''eau' WHERE [Code] = N'72501' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72501', N'Water well drillers', N'Foreurs/foreuses de puits d''eau', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72600') UPDATE [Occupations] SET [TitleFr] = N'Pilotes, navigateurs/navigatrices et instructeurs/instructrices de pilotage du transport aérien' WHERE [Code] = N'72600' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72600', N'Air pilots, flight engineers and flying instructors', N'Pilotes, navigateurs/navigatrices et instructeurs/instructrices de pilotage du transport aérien', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72601') UPDATE [Occupations] SET [TitleFr] = N'Contrôleurs aériens/contrôleuses aériennes et personnel assimilé' WHERE [Code] = N'72601' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72601', N'Air traffic controllers and related occupations', N'Contrôleurs aériens/contrôleuses aériennes et personnel assimilé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72602') UPDATE [Occupations] SET [TitleFr] = N'Officiers/officières de pont du transport par voies navigables' WHERE [Code] = N'72602' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72602', N'Deck officers, water transport', N'Officiers/officières de pont du transport par voies navigables', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72603') UPDATE [Occupations] SET [TitleFr] = N'Officiers mécaniciens/officières mécaniciennes du transport par voies navigables' WHERE [Code] = N'72603' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72603', N'Engineer officers, water transport', N'Officiers mécaniciens/officières mécaniciennes du transport par voies navigables', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72604') UPDATE [Occupations] SET [TitleFr] = N'Contrôleurs/contrôleuses de la circulation ferroviaire et régulateurs/régulatrices de la circulation maritime' WHERE [Code] = N'72604' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72604', N'Railway traffic controllers and marine traffic regulators', N'Contrôleurs/contrôleuses de la circulation ferroviaire et régulateurs/régulatrices de la circulation maritime', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'72999') UPDATE [Occupations] SET [TitleFr] = N'Autres métiers techniques et personnel assimilé' WHERE [Code] = N'72999' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'72999', N'Other technical trades and related occupations', N'Autres métiers techniques et personnel assimilé', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73100') UPDATE [Occupations] SET [TitleFr] = N'Finisseurs/finisseuses de béton' WHERE [Code] = N'73100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73100', N'Concrete finishers', N'Finisseurs/finisseuses de béton', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73101') UPDATE [Occupations] SET [TitleFr] = N'Carreleurs/carreleuses' WHERE [Code] = N'73101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73101', N'Tilesetters', N'Carreleurs/carreleuses', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73102') UPDATE [Occupations] SET [TitleFr] = N'Plâtriers/plâtrières, poseurs/poseuses et finisseurs/finisseuses de systèmes intérieurs et latteurs/latteuses' WHERE [Code] = N'73102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73102', N'Plasterers, drywall installers and finishers and lathers', N'Plâtriers/plâtrières, poseurs/poseuses et finisseurs/finisseuses de systèmes intérieurs et latteurs/latteuses', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73110') UPDATE [Occupations] SET [TitleFr] = N'Couvreurs/couvreuses et poseurs/poseuses de bardeaux' WHERE [Code] = N'73110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73110', N'Roofers and shinglers', N'Couvreurs/couvreuses et poseurs/poseuses de bardeaux', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73111') UPDATE [Occupations] SET [TitleFr] = N'Vitriers/vitrières' WHERE [Code] = N'73111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73111', N'Glaziers', N'Vitriers/vitrières', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73112') UPDATE [Occupations] SET [TitleFr] = N'Peintres et décorateurs/décoratrices (sauf décorateurs/décoratrices d''intérieur)' WHERE [Code] = N'73112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73112', N'Painters and decorators (except interior decorators)', N'Peintres et décorateurs/décoratrices (sauf décorateurs/décoratrices d''intérieur)', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73113') UPDATE [Occupations] SET [TitleFr] = N'Poseurs/poseuses de revêtements d''intérieur' WHERE [Code] = N'73113' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73113', N'Floor covering installers', N'Poseurs/poseuses de revêtements d''intérieur', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73200') UPDATE [Occupations] SET [TitleFr] = N'Personnel d''installation, d''entretien et de réparation d''équipement résidentiel et commercial' WHERE [Code] = N'73200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73200', N'Residential and commercial installers and servicers', N'Personnel d''installation, d''entretien et de réparation d''équipement résidentiel et commercial', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73201') UPDATE [Occupations] SET [TitleFr] = N'Préposés à l''entretien général et surintendants/surintendantes' WHERE [Code] = N'73201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73201', N'General building maintenance workers and building superintendents', N'Préposés à l''entretien général et surintendants/surintendantes', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73202') UPDATE [Occupations] SET [TitleFr] = N'Fumigateurs/fumigatrices et préposés/préposées au contrôle de la vermine' WHERE [Code] = N'73202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73202', N'Pest controllers and fumigators', N'Fumigateurs/fumigatrices et préposés/préposées au contrôle de la vermine', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73209') UPDATE [Occupations] SET [TitleFr] = N'Autres réparateurs/réparatrices et préposés/préposées à l''entretien' WHERE [Code] = N'73209' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73209', N'Other repairers and servicers', N'Autres réparateurs/réparatrices et préposés/préposées à l''entretien', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73300') UPDATE [Occupations] SET [TitleFr] = N'Conducteurs/conductrices de camions de transport' WHERE [Code] = N'73300' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73300', N'Transport truck drivers', N'Conducteurs/conductrices de camions de transport', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73301') UPDATE [Occupations] SET [TitleFr] = N'Conducteurs/conductrices d''autobus et opérateurs/opératrices de métro et autres transports en commun' WHERE [Code] = N'73301' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73301', N'Bus drivers, subway operators and other transit operators', N'Conducteurs/conductrices d''autobus et opérateurs/opératrices de métro et autres transports en commun', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73310') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes de locomotive et de cour de triage' WHERE [Code] = N'73310' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73310', N'Railway and yard locomotive engineers', N'Mécaniciens/mécaniciennes de locomotive et de cour de triage', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73311') UPDATE [Occupations] SET [TitleFr] = N'Chefs de train et serre-freins' WHERE [Code] = N'73311' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73311', N'Railway conductors and brakemen/women', N'Chefs de train et serre-freins', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73400') UPDATE [Occupations] SET [TitleFr] = N'Conducteurs/conductrices d''équipement lourd' WHERE [Code] = N'73400' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73400', N'Heavy equipment operators', N'Conducteurs/conductrices d''équipement lourd', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73401') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de presses à imprimer' WHERE [Code] = N'73401' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73401', N'Printing press operators', N'Opérateurs/opératrices de presses à imprimer', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'73402') UPDATE [Occupations] SET [TitleFr] = N'Foreurs/foreuses et dynamiteurs/dynamiteuses de mines à ciel ouvert, de carrières et de chantiers de construction' WHERE [Code] = N'73402' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'73402', N'Drillers and blasters - surface mining, quarrying and construction', N'Foreurs/foreuses et dynamiteurs/dynamiteuses de mines à ciel ouvert, de carrières et de chantiers de construction', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74100') UPDATE [Occupations] SET [TitleFr] = N'Trieurs/trieuses de courrier et de colis et professions connexes' WHERE [Code] = N'74100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74100', N'Mail and parcel sorters and related occupations', N'Trieurs/trieuses de courrier et de colis et professions connexes', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74101') UPDATE [Occupations] SET [TitleFr] = N'Facteurs/factrices' WHERE [Code] = N'74101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74101', N'Letter carriers', N'Facteurs/factrices', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74102') UPDATE [Occupations] SET [TitleFr] = N'Messagers/messagères' WHERE [Code] = N'74102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74102', N'Couriers and messengers', N'Messagers/messagères', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74200') UPDATE [Occupations] SET [TitleFr] = N'Ouvriers/ouvrières de gares de triage et à l''entretien de la voie ferrée' WHERE [Code] = N'74200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74200', N'Railway yard and track maintenance workers', N'Ouvriers/ouvrières de gares de triage et à l''entretien de la voie ferrée', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74201') UPDATE [Occupations] SET [TitleFr] = N'Matelots de pont et matelots de salle des machines du transport par voies navigables' WHERE [Code] = N'74201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74201', N'Water transport deck and engine room crew', N'Matelots de pont et matelots de salle des machines du transport par voies navigables', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74202') UPDATE [Occupations] SET [TitleFr] = N'Agents/agentes de piste dans le transport aérien' WHERE [Code] = N'74202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74202', N'Air transport ramp attendants', N'Agents/agentes de piste dans le transport aérien', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74203') UPDATE [Occupations] SET [TitleFr] = N'Préposés/préposées à la pose et à l''entretien des pièces mécaniques d''automobiles et de camions et équipements lourds' WHERE [Code] = N'74203' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74203', N'Automotive and heavy truck and equipment parts installers and servicers', N'Préposés/préposées à la pose et à l''entretien des pièces mécaniques d''automobiles et de camions et équipements lourds', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74204') UPDATE [Occupations] SET [TitleFr] = N'Personnel d''entretien des services publics' WHERE [Code] = N'74204' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74204', N'Utility maintenance workers', N'Personnel d''entretien des services publics', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'74205') UPDATE [Occupations] SET [TitleFr] = N'Conducteurs/conductrices de machinerie d''entretien public et personnel assimilé' WHERE [Code] = N'74205' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'74205', N'Public works maintenance equipment operators and related workers', N'Conducteurs/conductrices de machinerie d''entretien public et personnel assimilé', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75100') UPDATE [Occupations] SET [TitleFr] = N'Débardeurs/débardeuses' WHERE [Code] = N'75100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75100', N'Longshore workers', N'Débardeurs/débardeuses', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75101') UPDATE [Occupations] SET [TitleFr] = N'Manutentionnaires' WHERE [Code] = N'75101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75101', N'Material handlers', N'Manutentionnaires', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75110') UPDATE [Occupations] SET [TitleFr] = N'Aides de soutien des métiers et manoeuvres en construction' WHERE [Code] = N'75110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75110', N'Construction trades helpers and labourers', N'Aides de soutien des métiers et manoeuvres en construction', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75119') UPDATE [Occupations] SET [TitleFr] = N'Autres manoeuvres et aides de soutien de métiers' WHERE [Code] = N'75119' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75119', N'Other trades helpers and labourers', N'Autres manoeuvres et aides de soutien de métiers', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75200') UPDATE [Occupations] SET [TitleFr] = N'Chauffeurs/chauffeuses de taxi, chauffeurs/chauffeuses de limousine et chauffeurs/chauffeuses' WHERE [Code] = N'75200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75200', N'Taxi and limousine drivers and chauffeurs', N'Chauffeurs/chauffeuses de taxi, chauffeurs/chauffeuses de limousine et chauffeurs/chauffeuses', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75201') UPDATE [Occupations] SET [TitleFr] = N'Chauffeurs-livreurs/chauffeuses-livreuses de services de livraison et distributeurs/distributrices porte-à-porte' WHERE [Code] = N'75201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75201', N'Delivery service drivers and door-to-door distributors', N'Chauffeurs-livreurs/chauffeuses-livreuses de services de livraison et distributeurs/distributrices porte-à-porte', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75210') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de bateau à moteur, de bac à câble et personnel assimilé' WHERE [Code] = N'75210' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75210', N'Boat and cable ferry operators and related occupations', N'Opérateurs/opératrices de bateau à moteur, de bac à câble et personnel assimilé', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75211') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres dans le transport ferroviaire et routier' WHERE [Code] = N'75211' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75211', N'Railway and motor transport labourers', N'Manoeuvres dans le transport ferroviaire et routier', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'75212') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres à l''entretien des travaux publics' WHERE [Code] = N'75212' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'75212', N'Public works and maintenance labourers', N'Manoeuvres à l''entretien des travaux publics', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'80010') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de l''exploitation des ressources naturelles et de la pêche' WHERE [Code] = N'80010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'80010', N'Managers in natural resources production and fishing', N'Directeurs/directrices de l''exploitation des ressources naturelles et de la pêche', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'80020') UPDATE [Occupations] SET [TitleFr] = N'Gestionnaires en agriculture' WHERE [Code] = N'80020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'80020', N'Managers in agriculture', N'Gestionnaires en agriculture', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'80021') UPDATE [Occupations] SET [TitleFr] = N'Gestionnaires en horticulture' WHERE [Code] = N'80021' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'80021', N'Managers in horticulture', N'Gestionnaires en horticulture', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'80022') UPDATE [Occupations] SET [TitleFr] = N'Gestionnaires en aquaculture' WHERE [Code] = N'80022' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'80022', N'Managers in aquaculture', N'Gestionnaires en aquaculture', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'82010') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes de l''exploitation forestière' WHERE [Code] = N'82010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'82010', N'Supervisors, logging and forestry', N'Surveillants/surveillantes de l''exploitation forestière', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'82020') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes de l''exploitation des mines et des carrières' WHERE [Code] = N'82020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'82020', N'Supervisors, mining and quarrying', N'Surveillants/surveillantes de l''exploitation des mines et des carrières', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'82021') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et surveillants/surveillantes du forage et des services reliés à l''extraction de pétrole et de gaz' WHERE [Code] = N'82021' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'82021', N'Contractors and supervisors, oil and gas drilling and services', N'Entrepreneurs/entrepreneuses et surveillants/surveillantes du forage et des services reliés à l''extraction de pétrole et de gaz', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'82030') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses de services agricoles et surveillants/surveillantes d''exploitations agricoles' WHERE [Code] = N'82030' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'82030', N'Agricultural service contractors and farm supervisors', N'Entrepreneurs/entrepreneuses de services agricoles et surveillants/surveillantes d''exploitations agricoles', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'82031') UPDATE [Occupations] SET [TitleFr] = N'Entrepreneurs/entrepreneuses et superviseurs/superviseures des services de l''aménagement paysager, de l''entretien des terrains et de l''horticulture' WHERE [Code] = N'82031' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'82031', N'Contractors and supervisors, landscaping, grounds maintenance and horticulture services', N'Entrepreneurs/entrepreneuses et superviseurs/superviseures des services de l''aménagement paysager, de l''entretien des terrains et de l''horticulture', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'83100') UPDATE [Occupations] SET [TitleFr] = N'Mineurs/mineuses d''extraction et de préparation, mines souterraines' WHERE [Code] = N'83100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'83100', N'Underground production and development miners', N'Mineurs/mineuses d''extraction et de préparation, mines souterraines', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'83101') UPDATE [Occupations] SET [TitleFr] = N'Foreurs/foreuses et personnel de mise à l''essai et des autres services reliés à l''extraction de pétrole et de gaz' WHERE [Code] = N'83101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'83101', N'Oil and gas well drillers, servicers, testers and related workers', N'Foreurs/foreuses et personnel de mise à l''essai et des autres services reliés à l''extraction de pétrole et de gaz', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'83110') UPDATE [Occupations] SET [TitleFr] = N'Conducteurs/conductrices de machines d''abattage d''arbres' WHERE [Code] = N'83110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'83110', N'Logging machinery operators', N'Conducteurs/conductrices de machines d''abattage d''arbres', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'83120') UPDATE [Occupations] SET [TitleFr] = N'Capitaines et officiers/officières de bâtiments de pêche' WHERE [Code] = N'83120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'83120', N'Fishing masters and officers', N'Capitaines et officiers/officières de bâtiments de pêche', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'83121') UPDATE [Occupations] SET [TitleFr] = N'Pêcheurs indépendants/pêcheuses indépendantes' WHERE [Code] = N'83121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'83121', N'Fishermen/women', N'Pêcheurs indépendants/pêcheuses indépendantes', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'84100') UPDATE [Occupations] SET [TitleFr] = N'Travailleurs/travailleuses d''entretien et de soutien des mines souterraines' WHERE [Code] = N'84100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'84100', N'Underground mine service and support workers', N'Travailleurs/travailleuses d''entretien et de soutien des mines souterraines', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'84101') UPDATE [Occupations] SET [TitleFr] = N'Travailleurs/travailleuses du forage et de l''entretien des puits de pétrole et de gaz et personnel assimilé' WHERE [Code] = N'84101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'84101', N'Oil and gas well drilling and related workers and services operators', N'Travailleurs/travailleuses du forage et de l''entretien des puits de pétrole et de gaz et personnel assimilé', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'84110') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de scies à chaîne et d''engins de débardage' WHERE [Code] = N'84110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'84110', N'Chain saw and skidder operators', N'Opérateurs/opératrices de scies à chaîne et d''engins de débardage', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'84111') UPDATE [Occupations] SET [TitleFr] = N'Ouvriers/ouvrières en sylviculture et en exploitation forestière' WHERE [Code] = N'84111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'84111', N'Silviculture and forestry workers', N'Ouvriers/ouvrières en sylviculture et en exploitation forestière', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'84120') UPDATE [Occupations] SET [TitleFr] = N'Ouvriers spécialisés/ouvrières spécialisées dans l''élevage et opérateurs/opératrices de machineries agricoles' WHERE [Code] = N'84120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'84120', N'Specialized livestock workers and farm machinery operators', N'Ouvriers spécialisés/ouvrières spécialisées dans l''élevage et opérateurs/opératrices de machineries agricoles', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'84121') UPDATE [Occupations] SET [TitleFr] = N'Matelots de pont sur les bâtiments de pêche' WHERE [Code] = N'84121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'84121', N'Fishing vessel deckhands', N'Matelots de pont sur les bâtiments de pêche', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85100') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres aux soins du bétail' WHERE [Code] = N'85100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85100', N'Livestock labourers', N'Manoeuvres aux soins du bétail', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85101') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres à la récolte' WHERE [Code] = N'85101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85101', N'Harvesting labourers', N'Manoeuvres à la récolte', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85102') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres de l''aquaculture et de la mariculture' WHERE [Code] = N'85102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85102', N'Aquaculture and marine harvest labourers', N'Manoeuvres de l''aquaculture et de la mariculture', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85103') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres de pépinières et de serres' WHERE [Code] = N'85103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85103', N'Nursery and greenhouse labourers', N'Manoeuvres de pépinières et de serres', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85104') UPDATE [Occupations] SET [TitleFr] = N'Trappeurs/trappeuses et chasseurs/chasseuses' WHERE [Code] = N'85104' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85104', N'Trappers and hunters', N'Trappeurs/trappeuses et chasseurs/chasseuses', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85110') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres des mines' WHERE [Code] = N'85110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85110', N'Mine labourers', N'Manoeuvres des mines', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85111') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres de forage et d''entretien des puits de pétrole et de gaz, et personnel assimilé' WHERE [Code] = N'85111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85111', N'Oil and gas drilling, servicing and related labourers', N'Manoeuvres de forage et d''entretien des puits de pétrole et de gaz, et personnel assimilé', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85120') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres de l''exploitation forestière' WHERE [Code] = N'85120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85120', N'Logging and forestry labourers', N'Manoeuvres de l''exploitation forestière', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'85121') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres en aménagement paysager et en entretien des terrains' WHERE [Code] = N'85121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'85121', N'Landscaping and grounds maintenance labourers', N'Manoeuvres en aménagement paysager et en entretien des terrains', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'90010') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices de la fabrication' WHERE [Code] = N'90010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'90010', N'Manufacturing managers', N'Directeurs/directrices de la fabrication', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'90011') UPDATE [Occupations] SET [TitleFr] = N'Directeurs/directrices des services d''utilité publique' WHERE [Code] = N'90011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'90011', N'Utilities managers', N'Directeurs/directrices des services d''utilité publique', 0, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92010') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la transformation des métaux et des minerais' WHERE [Code] = N'92010' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92010', N'Supervisors, mineral and metal processing', N'Surveillants/surveillantes dans la transformation des métaux et des minerais', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92011') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans le raffinage du pétrole, dans le traitement du gaz et des produits chimiques et dans les services d''utilité publique' WHERE [Code] = N'92011' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92011', N'Supervisors, petroleum, gas and chemical processing and utilities', N'Surveillants/surveillantes dans le raffinage du pétrole, dans le traitement du gaz et des produits chimiques et dans les services d''utilité publique', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92012') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la transformation des aliments et des boissons' WHERE [Code] = N'92012' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92012', N'Supervisors, food and beverage processing', N'Surveillants/surveillantes dans la transformation des aliments et des boissons', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92013') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la fabrication de produits en caoutchouc et en plastique' WHERE [Code] = N'92013' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92013', N'Supervisors, plastic and rubber products manufacturing', N'Surveillants/surveillantes dans la fabrication de produits en caoutchouc et en plastique', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92014') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la transformation des produits forestiers' WHERE [Code] = N'92014' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92014', N'Supervisors, forest products processing', N'Surveillants/surveillantes dans la transformation des produits forestiers', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92015') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la transformation et la fabrication de produits textiles, de tissus, de fourrure et de cuir' WHERE [Code] = N'92015' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92015', N'Supervisors, textile, fabric, fur and leather products processing and manufacturing', N'Surveillants/surveillantes dans la transformation et la fabrication de produits textiles, de tissus, de fourrure et de cuir', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92020') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la fabrication de véhicules automobiles' WHERE [Code] = N'92020' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92020', N'Supervisors, motor vehicle assembling', N'Surveillants/surveillantes dans la fabrication de véhicules automobiles', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92021') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la fabrication de matériel électronique et d''appareils électriques' WHERE [Code] = N'92021' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92021', N'Supervisors, electronics and electrical products manufacturing', N'Surveillants/surveillantes dans la fabrication de matériel électronique et d''appareils électriques', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92022') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la fabrication de meubles et d''accessoires' WHERE [Code] = N'92022' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92022', N'Supervisors, furniture and fixtures manufacturing', N'Surveillants/surveillantes dans la fabrication de meubles et d''accessoires', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92023') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la fabrication d''autres produits métalliques et de pièces mécaniques' WHERE [Code] = N'92023' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92023', N'Supervisors, other mechanical and metal products manufacturing', N'Surveillants/surveillantes dans la fabrication d''autres produits métalliques et de pièces mécaniques', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92024') UPDATE [Occupations] SET [TitleFr] = N'Surveillants/surveillantes dans la fabrication et le montage de produits divers' WHERE [Code] = N'92024' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92024', N'Supervisors, other products manufacturing and assembly', N'Surveillants/surveillantes dans la fabrication et le montage de produits divers', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92100') UPDATE [Occupations] SET [TitleFr] = N'Mécaniciens/mécaniciennes de centrales et opérateurs/opératrices de réseaux électriques' WHERE [Code] = N'92100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92100', N'Power engineers and power systems operators', N'Mécaniciens/mécaniciennes de centrales et opérateurs/opératrices de réseaux électriques', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'92101') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices d''installations du traitement de l''eau et des déchets' WHERE [Code] = N'92101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'92101', N'Water and waste treatment plant operators', N'Opérateurs/opératrices d''installations du traitement de l''eau et des déchets', 2, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'93100') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de poste central de contrôle et de conduite de procédés industriels dans le traitement des métaux et des minerais' WHERE [Code] = N'93100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'93100', N'Central control and process operators, mineral and metal processing', N'Opérateurs/opératrices de poste central de contrôle et de conduite de procédés industriels dans le traitement des métaux et des minerais', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'93101') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de salle de commande centrale et de conduite de procédés industriels dans le raffinage du pétrole et le traitement du gaz et des produits chimiques' WHERE [Code] = N'93101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'93101', N'Central control and process operators, petroleum, gas and chemical processing', N'Opérateurs/opératrices de salle de commande centrale et de conduite de procédés industriels dans le raffinage du pétrole et le traitement du gaz et des produits chimiques', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'93102') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices au contrôle de la réduction en pâte des pâtes et papiers, de la fabrication du papier et du couchage' WHERE [Code] = N'93102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'93102', N'Pulping, papermaking and coating control operators', N'Opérateurs/opératrices au contrôle de la réduction en pâte des pâtes et papiers, de la fabrication du papier et du couchage', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'93200') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses d''aéronefs et contrôleurs/contrôleuses de montage d''aéronefs' WHERE [Code] = N'93200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'93200', N'Aircraft assemblers and aircraft assembly inspectors', N'Monteurs/monteuses d''aéronefs et contrôleurs/contrôleuses de montage d''aéronefs', 3, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94100') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines dans le traitement des métaux et des minerais' WHERE [Code] = N'94100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94100', N'Machine operators, mineral and metal processing', N'Opérateurs/opératrices de machines dans le traitement des métaux et des minerais', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94101') UPDATE [Occupations] SET [TitleFr] = N'Ouvriers/ouvrières de fonderies' WHERE [Code] = N'94101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94101', N'Foundry workers', N'Ouvriers/ouvrières de fonderies', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94102') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines à former et à finir le verre et coupeurs/coupeuses de verre' WHERE [Code] = N'94102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94102', N'Glass forming and finishing machine operators and glass cutters', N'Opérateurs/opératrices de machines à former et à finir le verre et coupeurs/coupeuses de verre', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94103') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines dans le façonnage et la finition des produits en béton, en argile ou en pierre' WHERE [Code] = N'94103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94103', N'Concrete, clay and stone forming operators', N'Opérateurs/opératrices de machines dans le façonnage et la finition des produits en béton, en argile ou en pierre', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94104') UPDATE [Occupations] SET [TitleFr] = N'Contrôleurs/contrôleuses et essayeurs/essayeuses dans la transformation des métaux et des minerais' WHERE [Code] = N'94104' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94104', N'Inspectors and testers, mineral and metal processing', N'Contrôleurs/contrôleuses et essayeurs/essayeuses dans la transformation des métaux et des minerais', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94105') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines à forger et à travailler les métaux' WHERE [Code] = N'94105' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94105', N'Metalworking and forging machine operators', N'Opérateurs/opératrices de machines à forger et à travailler les métaux', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94106') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines d''usinage' WHERE [Code] = N'94106' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94106', N'Machining tool operators', N'Opérateurs/opératrices de machines d''usinage', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94107') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines d''autres produits métalliques' WHERE [Code] = N'94107' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94107', N'Machine operators of other metal products', N'Opérateurs/opératrices de machines d''autres produits métalliques', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94110') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices d''installations de traitement des produits chimiques' WHERE [Code] = N'94110' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94110', N'Chemical plant machine operators', N'Opérateurs/opératrices d''installations de traitement des produits chimiques', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94111') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines de traitement des matières plastiques' WHERE [Code] = N'94111' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94111', N'Plastics processing machine operators', N'Opérateurs/opératrices de machines de traitement des matières plastiques', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94112') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines de transformation du caoutchouc et personnel assimilé' WHERE [Code] = N'94112' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94112', N'Rubber processing machine operators and related workers', N'Opérateurs/opératrices de machines de transformation du caoutchouc et personnel assimilé', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94120') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines à scier dans les scieries' WHERE [Code] = N'94120' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94120', N'Sawmill machine operators', N'Opérateurs/opératrices de machines à scier dans les scieries', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94121') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines dans la fabrication et la finition du papier dans les usines de pâte à papier' WHERE [Code] = N'94121' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94121', N'Pulp mill, papermaking and finishing machine operators', N'Opérateurs/opératrices de machines dans la fabrication et la finition du papier dans les usines de pâte à papier', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94122') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines à façonner le papier' WHERE [Code] = N'94122' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94122', N'Paper converting machine operators', N'Opérateurs/opératrices de machines à façonner le papier', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94123') UPDATE [Occupations] SET [TitleFr] = N'Classeurs/classeuses de bois d''oeuvre et autres vérificateurs/vérificatrices et classeurs/classeuses dans la transformation du bois' WHERE [Code] = N'94123' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94123', N'Lumber graders and other wood processing inspectors and graders', N'Classeurs/classeuses de bois d''oeuvre et autres vérificateurs/vérificatrices et classeurs/classeuses dans la transformation du bois', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94124') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines à travailler le bois' WHERE [Code] = N'94124' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94124', N'Woodworking machine operators', N'Opérateurs/opératrices de machines à travailler le bois', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94129') UPDATE [Occupations] SET [TitleFr] = N'Autres opérateurs/opératrices de machines dans la transformation du bois' WHERE [Code] = N'94129' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94129', N'Other wood processing machine operators', N'Autres opérateurs/opératrices de machines dans la transformation du bois', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94130') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines et travailleurs/travailleuses de traitement des fibres et des fils textiles, du cuir et des peaux' WHERE [Code] = N'94130' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94130', N'Textile fibre and yarn, hide and pelt processing machine operators and workers', N'Opérateurs/opératrices de machines et travailleurs/travailleuses de traitement des fibres et des fils textiles, du cuir et des peaux', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94131') UPDATE [Occupations] SET [TitleFr] = N'Tisseurs/tisseuses, tricoteurs/tricoteuses et autres opérateurs/opératrices de machines textiles' WHERE [Code] = N'94131' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94131', N'Weavers, knitters and other fabric making occupations', N'Tisseurs/tisseuses, tricoteurs/tricoteuses et autres opérateurs/opératrices de machines textiles', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94132') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines à coudre industrielles' WHERE [Code] = N'94132' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94132', N'Industrial sewing machine operators', N'Opérateurs/opératrices de machines à coudre industrielles', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94133') UPDATE [Occupations] SET [TitleFr] = N'Contrôleurs/contrôleuses et trieurs/trieuses dans la fabrication de produits textiles, de tissus, de fourrure et de cuir' WHERE [Code] = N'94133' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94133', N'Inspectors and graders, textile, fabric, fur and leather products manufacturing', N'Contrôleurs/contrôleuses et trieurs/trieuses dans la fabrication de produits textiles, de tissus, de fourrure et de cuir', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94140') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines et de procédés industriels dans la transformation des aliments et des boissons' WHERE [Code] = N'94140' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94140', N'Process control and machine operators, food and beverage processing', N'Opérateurs/opératrices de machines et de procédés industriels dans la transformation des aliments et des boissons', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94141') UPDATE [Occupations] SET [TitleFr] = N'Bouchers industriels/bouchères industrielles, dépeceurs-découpeurs/dépeceuses-découpeuses de viande, préparateurs/préparatrices de volaille et personnel assimilé' WHERE [Code] = N'94141' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94141', N'Industrial butchers and meat cutters, poultry preparers and related workers', N'Bouchers industriels/bouchères industrielles, dépeceurs-découpeurs/dépeceuses-découpeuses de viande, préparateurs/préparatrices de volaille et personnel assimilé', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94142') UPDATE [Occupations] SET [TitleFr] = N'Ouvriers/ouvrières dans les usines de transformation du poisson et de fruits de mer' WHERE [Code] = N'94142' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94142', N'Fish and seafood plant workers', N'Ouvriers/ouvrières dans les usines de transformation du poisson et de fruits de mer', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94143') UPDATE [Occupations] SET [TitleFr] = N'Échantillonneurs/échantillonneuses et trieurs/trieuses dans la transformation des aliments et des boissons' WHERE [Code] = N'94143' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94143', N'Testers and graders, food and beverage processing', N'Échantillonneurs/échantillonneuses et trieurs/trieuses dans la transformation des aliments et des boissons', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94150') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices d''équipement d''impression sans plaque' WHERE [Code] = N'94150' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94150', N'Plateless printing equipment operators', N'Opérateurs/opératrices d''équipement d''impression sans plaque', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94151') UPDATE [Occupations] SET [TitleFr] = N'Photograveurs-clicheurs/photograveuses-clicheuses, photograveurs-reporteurs/photograveuses-reporteuses et autre personnel de prépresse' WHERE [Code] = N'94151' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94151', N'Camera, platemaking and other prepress occupations', N'Photograveurs-clicheurs/photograveuses-clicheuses, photograveurs-reporteurs/photograveuses-reporteuses et autre personnel de prépresse', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94152') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines à relier et de finition' WHERE [Code] = N'94152' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94152', N'Binding and finishing machine operators', N'Opérateurs/opératrices de machines à relier et de finition', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94153') UPDATE [Occupations] SET [TitleFr] = N'Développeurs/développeuses de films et de photographies' WHERE [Code] = N'94153' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94153', N'Photographic and film processors', N'Développeurs/développeuses de films et de photographies', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94200') UPDATE [Occupations] SET [TitleFr] = N'Assembleurs/assembleuses, contrôleurs/contrôleuses et vérificateurs/vérificatrices de véhicules automobiles' WHERE [Code] = N'94200' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94200', N'Motor vehicle assemblers, inspectors and testers', N'Assembleurs/assembleuses, contrôleurs/contrôleuses et vérificateurs/vérificatrices de véhicules automobiles', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94201') UPDATE [Occupations] SET [TitleFr] = N'Assembleurs/assembleuses, monteurs/monteuses, contrôleurs/contrôleuses et vérificateurs/vérificatrices de matériel électronique' WHERE [Code] = N'94201' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94201', N'Electronics assemblers, fabricators, inspectors and testers', N'Assembleurs/assembleuses, monteurs/monteuses, contrôleurs/contrôleuses et vérificateurs/vérificatrices de matériel électronique', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94202') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses et contrôleurs/contrôleuses dans la fabrication de matériel, d''appareils et d''accessoires électriques' WHERE [Code] = N'94202' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94202', N'Assemblers and inspectors, electrical appliance, apparatus and equipment manufacturing', N'Monteurs/monteuses et contrôleurs/contrôleuses dans la fabrication de matériel, d''appareils et d''accessoires électriques', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94203') UPDATE [Occupations] SET [TitleFr] = N'Assembleurs/assembleuses, monteurs/monteuses et contrôleurs/contrôleuses dans la fabrication de transformateurs et de moteurs électriques industriels' WHERE [Code] = N'94203' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94203', N'Assemblers, fabricators and inspectors, industrial electrical motors and transformers', N'Assembleurs/assembleuses, monteurs/monteuses et contrôleurs/contrôleuses dans la fabrication de transformateurs et de moteurs électriques industriels', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94204') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses et contrôleurs/contrôleuses de matériel mécanique' WHERE [Code] = N'94204' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94204', N'Mechanical assemblers and inspectors', N'Monteurs/monteuses et contrôleurs/contrôleuses de matériel mécanique', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94205') UPDATE [Occupations] SET [TitleFr] = N'Opérateurs/opératrices de machines et contrôleurs/contrôleuses dans la fabrication d''appareils électriques' WHERE [Code] = N'94205' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94205', N'Machine operators and inspectors, electrical apparatus manufacturing', N'Opérateurs/opératrices de machines et contrôleurs/contrôleuses dans la fabrication d''appareils électriques', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94210') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses, finisseurs/finisseuses, restaurateurs/restauratrices et contrôleurs/contrôleuses de meubles et d''accessoires' WHERE [Code] = N'94210' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94210', N'Furniture and fixture assemblers, finishers, refinishers and inspectors', N'Monteurs/monteuses, finisseurs/finisseuses, restaurateurs/restauratrices et contrôleurs/contrôleuses de meubles et d''accessoires', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94211') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses et contrôleurs/contrôleuses d''autres produits en bois' WHERE [Code] = N'94211' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94211', N'Assemblers and inspectors of other wood products', N'Monteurs/monteuses et contrôleurs/contrôleuses d''autres produits en bois', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94212') UPDATE [Occupations] SET [TitleFr] = N'Assembleurs/assembleuses, finisseurs/finisseuses et contrôleurs/contrôleuses de produits en plastique' WHERE [Code] = N'94212' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94212', N'Plastic products assemblers, finishers and inspectors', N'Assembleurs/assembleuses, finisseurs/finisseuses et contrôleurs/contrôleuses de produits en plastique', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94213') UPDATE [Occupations] SET [TitleFr] = N'Peintres, enduiseurs/enduiseuses et opérateurs/opératrices de procédés dans le finissage du métal - secteur industriel' WHERE [Code] = N'94213' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94213', N'Industrial painters, coaters and metal finishing process operators', N'Peintres, enduiseurs/enduiseuses et opérateurs/opératrices de procédés dans le finissage du métal - secteur industriel', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'94219') UPDATE [Occupations] SET [TitleFr] = N'Monteurs/monteuses, finisseurs/finisseuses et contrôleurs/contrôleuses de produits divers' WHERE [Code] = N'94219' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'94219', N'Other products assemblers, finishers and inspectors', N'Monteurs/monteuses, finisseurs/finisseuses et contrôleurs/contrôleuses de produits divers', 4, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95100') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres dans le traitement des métaux et des minerais' WHERE [Code] = N'95100' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95100', N'Labourers in mineral and metal processing', N'Manoeuvres dans le traitement des métaux et des minerais', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95101') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres en métallurgie' WHERE [Code] = N'95101' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95101', N'Labourers in metal fabrication', N'Manoeuvres en métallurgie', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95102') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres dans le traitement des produits chimiques et les services d''utilité publique' WHERE [Code] = N'95102' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95102', N'Labourers in chemical products processing and utilities', N'Manoeuvres dans le traitement des produits chimiques et les services d''utilité publique', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95103') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres dans le traitement des pâtes et papiers et la transformation du bois' WHERE [Code] = N'95103' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95103', N'Labourers in wood, pulp and paper processing', N'Manoeuvres dans le traitement des pâtes et papiers et la transformation du bois', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95104') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres dans la fabrication des produits en caoutchouc et en plastique' WHERE [Code] = N'95104' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95104', N'Labourers in rubber and plastic products manufacturing', N'Manoeuvres dans la fabrication des produits en caoutchouc et en plastique', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95105') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres dans la fabrication et la coupe des produits du textile' WHERE [Code] = N'95105' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95105', N'Labourers in textile processing and cutting', N'Manoeuvres dans la fabrication et la coupe des produits du textile', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95106') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres dans la transformation des aliments et des boissons' WHERE [Code] = N'95106' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95106', N'Labourers in food and beverage processing', N'Manoeuvres dans la transformation des aliments et des boissons', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95107') UPDATE [Occupations] SET [TitleFr] = N'Manoeuvres dans la transformation du poisson et des fruits de mer' WHERE [Code] = N'95107' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95107', N'Labourers in fish and seafood processing', N'Manoeuvres dans la transformation du poisson et des fruits de mer', 5, NULL, NULL, 1);
    IF EXISTS (SELECT 1 FROM [Occupations] WHERE [Code] = N'95109') UPDATE [Occupations] SET [TitleFr] = N'Autres manoeuvres des services de transformation, de fabrication et d''utilité publique' WHERE [Code] = N'95109' ELSE INSERT INTO [Occupations] ([Code], [Title], [TitleFr], [Teer], [Noc2016Code], [Noc2016SkillLevel], [IsActive]) VALUES (N'95109', N'Other labourers in processing, manufacturing and utilities', N'Autres manoeuvres des services de transformation, de fabrication et d''utilité publique', 5, NULL, NULL, 1);

    -- Exemption codes: the portal's codes get their regulation and source; the others are added.
    UPDATE [Programs] SET [Regulation] = N'R204(a)', [Source] = N'IRCC program delivery instructions (canada.ca)', [EmployerSpecific] = 1 WHERE [Code] = N'T36';
    UPDATE [Programs] SET [Regulation] = N'R204(a)', [Source] = N'IRCC program delivery instructions (canada.ca)', [EmployerSpecific] = 1 WHERE [Code] = N'T37';
    UPDATE [Programs] SET [Regulation] = N'R204(a)', [Source] = N'IRCC program delivery instructions (canada.ca)', [EmployerSpecific] = 1 WHERE [Code] = N'T38';
    UPDATE [Programs] SET [Regulation] = N'R204(c)', [Source] = N'IRCC instructions before 2022; not confirmed since', [EmployerSpecific] = 1 WHERE [Code] = N'C18';
    UPDATE [Programs] SET [Regulation] = N'R205(a)', [Source] = N'IRCC program delivery instructions (canada.ca)', [EmployerSpecific] = 1 WHERE [Code] = N'C10';
    UPDATE [Programs] SET [Regulation] = N'R205(a)', [Source] = N'IRCC program delivery instructions (canada.ca)', [EmployerSpecific] = 1 WHERE [Code] = N'C11';
    UPDATE [Programs] SET [Regulation] = N'R205(a)', [Source] = N'IRCC: retired code', [EmployerSpecific] = 1 WHERE [Code] = N'C12';
    UPDATE [Programs] SET [Regulation] = N'R205(c)(ii)', [Source] = N'IRCC program delivery instructions (canada.ca)', [EmployerSpecific] = 1 WHERE [Code] = N'C16';
    UPDATE [Programs] SET [Regulation] = N'R205(b)', [Source] = N'IRCC program delivery update, as republished verbatim', [EmployerSpecific] = 1 WHERE [Code] = N'C20';
    UPDATE [Programs] SET [Regulation] = N'R205(c)(ii)', [Source] = N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', [EmployerSpecific] = 1 WHERE [Code] = N'C88';
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C13') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C13', N'Emergency repairs or repair personnel for out-of-warranty equipment (C13)', N'ExemptionCode', N'Listed in the pre-2022 table; NOT re-confirmed on a current page.', N'IRCC instructions before 2022; not confirmed since', N'R205(a)', 1, 1, 200);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C14') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C14', N'Television and film production workers essential to a production (C14)', N'ExemptionCode', N'IRCC instructions updated Dec 16 2025; high-wage, unionized, essential to the production stage.', N'IRCC program delivery instructions (canada.ca)', N'R205(a)', 1, 1, 210);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C21') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C21', N'International Experience Canada (youth mobility) (C21)', N'ExemptionCode', N'Young Professionals and International Co-op are employer-specific (offer of employment); Working Holiday is an open work permit.', N'IRCC program delivery instructions (canada.ca)', N'R205(b)', 1, 1, 220);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C22') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C22', N'Academic exchanges: guest lecturers, visiting professors, exchange teachers (C22)', N'ExemptionCode', N'Old table: exchange professors, visiting lecturers.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R205(b)', 1, 1, 230);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C23') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C23', N'Performing arts (key creative personnel of Canadian non-profit performing-arts organizations) (C23)', N'ExemptionCode', N'IRCC program delivery update Apr 21 2026 (per woyimmigration.com).', N'IRCC program delivery instructions (canada.ca)', N'R205(b)', 1, 1, 240);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C31') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C31', N'Research (designated by the Minister) (C31)', N'ExemptionCode', N'Not re-confirmed on a current canada.ca page.', N'IRCC instructions before 2022; not confirmed since', N'R205(c)(i)', 1, 1, 250);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C32') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C32', N'Educational co-op - post-secondary (C32)', N'ExemptionCode', N'Co-op work permits for students; not re-confirmed on a current page.', N'IRCC instructions before 2022; not confirmed since', N'R205(c)(i.1)', 1, 1, 260);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C33') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C33', N'Educational co-op - secondary level (C33)', N'ExemptionCode', N'Not re-confirmed on a current page.', N'IRCC instructions before 2022; not confirmed since', N'R205(c)(i.2)', 1, 1, 270);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C41') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C41', N'Spouses/common-law partners of workers in TEER 0-1 or select TEER 2-3 occupations (C41)', N'ExemptionCode', N'Open work permit; rules for applications received on/after Jan 21 2025.', N'IRCC program delivery instructions (canada.ca)', N'R205(c)(ii)', 0, 1, 280);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C42') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C42', N'Spouses/common-law partners of study permit holders (eligible programs) (C42)', N'ExemptionCode', N'Open work permit; narrowed Apr 30 2024.', N'IRCC program delivery update, as republished verbatim', N'R205(c)(ii)', 0, 1, 290);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C43') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C43', N'Post-graduation employment (PGWP) (C43)', N'ExemptionCode', N'Open work permit; current PGWP code not re-confirmed.', N'IRCC instructions before 2022; not confirmed since', N'R205(c)(ii)', 0, 1, 300);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C44') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C44', N'Post-doctoral fellows awarded a PhD / award recipients (C44)', N'ExemptionCode', N'Post-doctoral fellows awarded a PhD / award recipients.', N'IRCC program delivery update, as republished verbatim', N'R205(c)(ii)', 1, 1, 310);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C45') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C45', N'Foreign medical or dental residents and medical research fellows (C45)', N'ExemptionCode', N'Foreign medical or dental residents and medical research fellows.', N'IRCC program delivery update, as republished verbatim', N'R205(c)(ii)', 1, 1, 320);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C46') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C46', N'Dependent children (family members) of workers in high-skilled occupations (C46)', N'ExemptionCode', N'Open work permit.', N'IRCC program delivery instructions (canada.ca)', N'R205(c)(ii)', 0, 1, 330);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C47') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C47', N'Family members of workers in TEER 4 or 5 occupations (C47)', N'ExemptionCode', N'Open work permit; C47/C48 split (spouse vs child) UNCONFIRMED.', N'IRCC program delivery update, as republished verbatim', N'R205(c)(ii)', 0, 1, 340);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C48') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C48', N'Family members of workers in TEER 4 or 5 occupations (second code) (C48)', N'ExemptionCode', N'See C47.', N'IRCC program delivery update, as republished verbatim', N'R205(c)(ii)', 0, 1, 350);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C49') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C49', N'Family members of work permit holders who are Economic Class PR applicants or provincial nominees (C49)', N'ExemptionCode', N'Open work permit.', N'IRCC program delivery update, as republished verbatim', N'R205(c)(ii)', 0, 1, 360);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C50') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C50', N'Charitable or religious work (C50)', N'ExemptionCode', N'2017 PDU: C50 no longer to be used for camp counsellors.', N'IRCC instructions before 2022; not confirmed since', N'R205(d)', 1, 1, 370);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C52') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C52', N'Academic award recipients for research work (C52)', N'ExemptionCode', N'Academic award recipients for research work.', N'IRCC program delivery update, as republished verbatim', N'R205(c)(ii)', 1, 1, 380);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C61') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C61', N'Intra-company transferee establishing a new qualifying enterprise (start-up office) (C61)', N'ExemptionCode', N'Intra-company transferee establishing a new qualifying enterprise (start-up office).', N'IRCC program delivery instructions (canada.ca)', N'R205(a)', 1, 1, 390);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C62') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C62', N'Intra-company transferee: executive or senior manager (C62)', N'ExemptionCode', N'Code confirmed in the PDU title; meaning inferred (C61 = new enterprise and C63 = specialized knowledge are documented).', N'IRCC program delivery instructions (canada.ca)', N'R205(a)', 1, 1, 400);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'C63') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'C63', N'Intra-company transferee: specialized knowledge (C63)', N'ExemptionCode', N'Was C12 before Dec 15 2022.', N'IRCC program delivery instructions (canada.ca)', N'R205(a)', 1, 1, 410);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F10') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F10', N'Canada-Colombia FTA (CCOFTA) - Traders (F10)', N'ExemptionCode', N'Was T21 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 420);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F11') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F11', N'CCOFTA - Investors (F11)', N'ExemptionCode', N'Was T22 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 430);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F12') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F12', N'CCOFTA - Professionals or technicians (F12)', N'ExemptionCode', N'Was T23 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 440);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F13') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F13', N'CCOFTA - Intra-company transferee: executive or senior manager (F13)', N'ExemptionCode', N'Was T24 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 450);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F14') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F14', N'CCOFTA - Intra-company transferee: management trainee (F14)', N'ExemptionCode', N'Was T24 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 460);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F15') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F15', N'CCOFTA - Intra-company transferee: specialized knowledge (F15)', N'ExemptionCode', N'Was T24 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 470);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F20') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F20', N'Canada-Chile FTA (CCFTA) - Traders (F20)', N'ExemptionCode', N'Was T21 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 480);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F21') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F21', N'CCFTA - Investors (F21)', N'ExemptionCode', N'Was T22 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 490);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F22') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F22', N'CCFTA - Professionals (F22)', N'ExemptionCode', N'Was T23 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 500);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F23') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F23', N'CCFTA - Intra-company transferee: executive or senior manager (F23)', N'ExemptionCode', N'canada.ca ICT page title lists F23, F24; split per blueeye reproduction.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 510);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F24') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F24', N'CCFTA - Intra-company transferee: specialized knowledge (F24)', N'ExemptionCode', N'Was T24 before Dec 15 2022.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 520);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F30') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F30', N'Canada-Korea FTA (CKFTA) - Traders (F30)', N'ExemptionCode', N'Was T21 before Dec 15 2022.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 530);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F32') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F32', N'CKFTA - Contractual service suppliers and independent professionals (F32)', N'ExemptionCode', N'Was T23 before Dec 15 2022.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 540);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F36') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F36', N'CKFTA - Spouse or common-law partner (F36)', N'ExemptionCode', N'Open work permit (section of the CKFTA traders page). Other CKFTA codes (investors, ICT) not found: see README.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 0, 1, 550);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F42') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F42', N'Canada-Panama FTA (CPAFTA) - Professionals (F42)', N'ExemptionCode', N'Other CPAFTA codes not found: see README.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 560);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F60') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F60', N'CUKTCA (Canada-UK) - Contractual service suppliers / independent professionals (F60)', N'ExemptionCode', N'Page lists F60 and F66 for the two professional types; which one is contractual service suppliers vs independent professionals is UNCONFIRMED. Other CUKTCA codes (ICT, investors, spouses) not found.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 570);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F66') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F66', N'CUKTCA (Canada-UK) - Contractual service suppliers / independent professionals (F66)', N'ExemptionCode', N'See F60.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 580);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F71') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F71', N'Canada-Ukraine FTA (CUFTA) - Intra-corporate transferees (F71)', N'ExemptionCode', N'Page title lists F71 and F74 (executive, manager, specialist); split UNCONFIRMED. New CUFTA in force July 1 2024.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 590);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F73') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F73', N'CUFTA - Spouse of intra-corporate transferee (F73)', N'ExemptionCode', N'Open work permit.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 0, 1, 600);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'F74') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'F74', N'CUFTA - Intra-corporate transferees (second code) (F74)', N'ExemptionCode', N'See F71.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 610);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'R01') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'R01', N'Public policies under A25.2 - applicants inside Canada (R01)', N'ExemptionCode', N'Code for work permits issued under temporary public policies; which policies are open at any time changes.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'IRPA A25.2', 1, 1, 620);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'R02') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'R02', N'Public policies under A25.2 - applicants outside Canada (R02)', N'ExemptionCode', N'Was R01 before Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'IRPA A25.2', 1, 1, 630);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T11') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T11', N'Canada-international non-trade agreements (unique work situations) (T11)', N'ExemptionCode', N'Created Aug 14 2009 when T10 was split into T11/T12/T13; unchanged on Dec 15 2022.', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 1, 1, 640);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T12') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T12', N'Provincial/territorial-international agreements (T12)', N'ExemptionCode', N'IRCC: no approved agreements at this time.', N'IRCC instructions before 2022; not confirmed since', N'R204(b)', 1, 1, 650);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T13') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T13', N'Canada-provincial/territorial agreements, incl. provincial nominees with a job offer in the nominating province (T13)', N'ExemptionCode', N'Quebec cases are assessed under R205(a) instead.', N'IRCC program delivery instructions (canada.ca)', N'R204(c)', 1, 1, 660);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T25') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T25', N'CCOFTA - Spouse or common-law partner (T25)', N'ExemptionCode', N'Open work permit; code unchanged on Dec 15 2022 (old table: spouse under Colombia or Korea FTA).', N'IRCC exemption code table as republished by third parties; not confirmed on canada.ca', N'R204(a)', 0, 1, 670);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T33') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T33', N'GATS - Professionals (T33)', N'ExemptionCode', N'GATS intra-company transferees were coded C12 (now C61/C62/C63).', N'IRCC program delivery update, as republished verbatim', N'R204(a)', 1, 1, 680);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T34') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T34', N'CUSMA - Traders (T34)', N'ExemptionCode', N'Was T21 before Dec 15 2022.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 690);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T35') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T35', N'CUSMA - Investors (T35)', N'ExemptionCode', N'Was T22 before Dec 15 2022.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 700);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T43') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T43', N'CETA - Independent professionals (T43)', N'ExemptionCode', N'2017 code. CUKTCA equivalents were renumbered (F60/F66); a current CETA code was NOT confirmed.', N'IRCC''s CETA pages say the code has changed; the new code is not confirmed', N'R204(a)', 1, 0, 710);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T44') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T44', N'CETA - Intra-corporate transferees (senior personnel, specialists, graduate trainees) (T44)', N'ExemptionCode', N'canada.ca CETA ICT page carries the banner "the LMIA exemption code ... has changed"; current code NOT confirmed.', N'IRCC''s CETA pages say the code has changed; the new code is not confirmed', N'R204(a)', 1, 0, 720);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T45') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T45', N'CETA - Spouse of intra-corporate transferee (T45)', N'ExemptionCode', N'Open work permit; same banner as T44; current code NOT confirmed.', N'IRCC''s CETA pages say the code has changed; the new code is not confirmed', N'R204(a)', 0, 0, 730);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T46') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T46', N'CETA - Investors (T46)', N'ExemptionCode', N'2017 code; current code NOT confirmed.', N'IRCC''s CETA pages say the code has changed; the new code is not confirmed', N'R204(a)', 1, 0, 740);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T47') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T47', N'CETA - Contractual service suppliers (T47)', N'ExemptionCode', N'2017 code; current code NOT confirmed.', N'IRCC''s CETA pages say the code has changed; the new code is not confirmed', N'R204(a)', 1, 0, 750);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T50') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T50', N'CPTPP - Investors (T50)', N'ExemptionCode', N'CPTPP - Investors.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 760);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T51') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T51', N'CPTPP - Intra-corporate transferees (T51)', N'ExemptionCode', N'Page title lists T51 and T55; which sub-category each covers was not visible in the stored excerpt.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 770);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T52') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T52', N'CPTPP - Professionals and technicians (T52)', N'ExemptionCode', N'CPTPP - Professionals and technicians.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 780);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T53') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T53', N'CPTPP - Spouse or common-law partner (T53)', N'ExemptionCode', N'Open work permit.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 0, 1, 790);
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'T55') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'T55', N'CPTPP - Intra-corporate transferees (second code) (T55)', N'ExemptionCode', N'UNCONFIRMED which ICT sub-category (executive/manager vs specialist/trainee) maps to T55.', N'IRCC program delivery instructions (canada.ca)', N'R204(a)', 1, 1, 800);

    -- Pathways: kept apart from codes; the pilot's classes and the LMIA-based Global Talent Stream no longer take offers.
    IF NOT EXISTS (SELECT 1 FROM [Programs] WHERE [Code] = N'AIP') INSERT INTO [Programs] ([Code], [Name], [Kind], [Description], [Source], [Regulation], [EmployerSpecific], [IsActive], [SortOrder]) VALUES (N'AIP', N'Atlantic Immigration Program', N'FederalRoute', N'The permanent Atlantic Immigration Program (applications from 6 March 2022), which replaced the pilot''s three classes: a full-time (30 hours a week or more), non-seasonal job offer from an employer designated in the Atlantic province; TEER 0 to 3 for at least one year, TEER 4 permanent. The offer goes under code C18 with the province''s endorsement.', N'IRCC, Atlantic Immigration Program', NULL, 1, 1, 165);
    UPDATE [Programs] SET [Name] = N'BC PNP Tech', [Description] = N'Provincial nomination (BC Provincial Nominee Program, BC PNP Tech, formerly the BC Tech Pilot) for workers in eligible tech occupations with a job offer in British Columbia of at least one year, with at least 120 days remaining when the worker applies.' WHERE [Code] = N'BCTECH';
    UPDATE [Programs] SET [IsActive] = 0 WHERE [Code] = N'AIP-HS';
    UPDATE [Programs] SET [IsActive] = 0 WHERE [Code] = N'AIP-IS';
    UPDATE [Programs] SET [IsActive] = 0 WHERE [Code] = N'AIP-IG';
    UPDATE [Programs] SET [Description] = N'Global Talent Stream, category A: LMIA-based, so neither an exemption code nor an offer of the Employer Portal. Kept for the offers recorded under it; offers cannot choose it.', [IsActive] = 0 WHERE [Code] = N'GTS-A';
    UPDATE [Programs] SET [Description] = N'Global Talent Stream, category B: LMIA-based, so neither an exemption code nor an offer of the Employer Portal. Kept for the offers recorded under it; offers cannot choose it.', [IsActive] = 0 WHERE [Code] = N'GTS-B';
    UPDATE [Programs] SET [Description] = N'Intra-company transferees: retired on 15 December 2022, replaced by C61, C62 and C63. Kept for the offers recorded under it; offers cannot choose it.', [IsActive] = 0 WHERE [Code] = N'C12';

    -- Rule sets: each program's rules with the first (and, when they ended, last) day they are in force.
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'49178E2A-37D4-541F-A03E-7BFDD765A131', N'C16', '2016-06-01', '2023-06-14', N'IRCC, Mobilité francophone (C16) instructions', N'0,1,2,3', NULL, NULL, NULL, NULL, 0, 0, NULL, N'QC', NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'E3063BBB-4130-5C1D-AA49-623BC77BDD70', N'C16', '2023-06-15', NULL, N'IRCC program delivery update, 15 June 2023: Mobilité francophone under R205(c)(ii)', N'0,1,2,3,4,5', NULL, NULL, NULL, NULL, 0, 0, NULL, N'QC', NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'7EF99099-DE75-5B2F-AC77-00A65B9C12B8', N'C18', '2017-03-06', NULL, N'IRCC, Atlantic Immigration Pilot: work permits under C18 (operational bulletins 2017-2018)', NULL, NULL, NULL, NULL, NULL, 0, 0, N'NB,NS,PE,NL', NULL, NULL, 1, 1, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'27DD94E9-DE6A-5871-A350-147E7A8B91EF', N'T36', '2022-12-15', NULL, N'IRCC, CUSMA program delivery instructions (2024)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, N'USA,MEX', 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'3A8465F0-CB96-5142-86DB-07EEFB305296', N'T37', '2022-12-15', NULL, N'IRCC, CUSMA program delivery instructions (2024)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, N'USA,MEX', 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'1D0B63CC-275D-536F-89AE-2DE8219B6FFB', N'T38', '2022-12-15', NULL, N'IRCC, CUSMA program delivery instructions (2024)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, N'USA,MEX', 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'B0488D5D-1214-599F-9BD3-3EB4F6FD7A42', N'C88', '2023-06-27', NULL, N'IRCC, Innovation Stream of the International Mobility Program: Global Hypergrowth Project', N'0,1,2,3', N'0,1', NULL, NULL, NULL, 0, 1, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'BFC88477-36A8-531D-B5B8-A17227D8E915', N'ATP', '2022-11-16', NULL, N'Alberta Advantage Immigration Program, Accelerated Tech Pathway (its first 23 NOC 2016 occupations, as NOC 2021 groups)', NULL, NULL, NULL, NULL, NULL, 0, 0, N'AB', NULL, NULL, 0, 0, 1);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'9B5A2E20-4D9C-5736-A2C7-14960A2E4BF5', N'AINP-ENG', '2014-06-20', NULL, N'Alberta Immigrant Nominee Program, Strategic Recruitment Stream (20 June 2014)', NULL, NULL, NULL, NULL, NULL, 0, 0, N'AB', NULL, NULL, 0, 0, 1);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'F00BBBD7-DC1C-518C-884B-94DBE9D01318', N'AINP-PGW', '2014-06-20', NULL, N'Alberta Immigrant Nominee Program, Strategic Recruitment Stream (20 June 2014)', N'0,1,2,3,4', NULL, NULL, NULL, 30, 0, 0, N'AB', NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'39AB0A3A-879F-5A73-A14E-04EFCD3AB64B', N'BCTECH', '2022-12-15', NULL, N'BC Provincial Nominee Program, BC PNP Tech: job offer of at least one year', NULL, NULL, NULL, 12, NULL, 0, 0, N'BC', NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'F19D554E-6462-5F72-A268-DF07F3BEA4BF', N'AIP-HS', '2017-03-06', '2021-12-31', N'Atlantic Immigration Pilot, employer guide, Annex A (2017)', N'0,1,2,3', NULL, NULL, 12, 30, 0, 0, N'NB,NS,PE,NL', NULL, NULL, 1, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'40547E48-F73F-5859-9C6F-0DD35C902E3B', N'AIP-IS', '2017-03-06', '2021-12-31', N'Atlantic Immigration Pilot, employer guide, Annex A (2017)', N'0,1,2,3,4', NULL, N'0,1,2,3,4', NULL, 30, 0, 0, N'NB,NS,PE,NL', NULL, NULL, 1, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'51BC7F1B-5D38-5291-A7B7-99D564A107BE', N'AIP-IG', '2017-03-06', '2021-12-31', N'Atlantic Immigration Pilot, employer guide, Annex A (2017)', N'0,1,2,3,4', NULL, NULL, 12, 30, 0, 0, N'NB,NS,PE,NL', NULL, NULL, 1, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'20D16F25-6C86-564A-9E91-4E80305979C7', N'AIP', '2022-03-06', NULL, N'IRCC, Atlantic Immigration Program: job offers from designated employers', N'0,1,2,3,4', NULL, N'4', 12, 30, 1, 0, N'NB,NS,PE,NL', NULL, NULL, 1, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'FCA60CDA-3261-5C37-AB3F-1AF9A2A23B89', N'R01', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'1B01FE01-D4C9-5232-A883-31ADBC801C5F', N'R02', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'5E4326CB-18FA-5C05-B437-39DB6D06BF0D', N'T11', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'745076D0-7AF7-5324-92B5-F1A10644ABCE', N'T34', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'55C07322-D003-5233-9DEF-078BA7091DFF', N'T35', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'C44C05AD-62C0-5337-B265-672A4241AD95', N'F10', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'D68EC588-95B5-5C2C-8C80-94EF30DE8A14', N'F11', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'ACA32B28-D90E-5E93-9AA3-6D2D76EC96CA', N'F12', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'62FAB3D6-F112-51E2-9EBA-E92BC137F8FF', N'F13', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'EF502234-0B56-5843-9CFD-F4B8E24A9DB5', N'F14', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'EEC2FEB2-A3E1-5381-A06E-7E1756217F68', N'F15', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'63CD474A-D332-507C-9A7B-370167C8A048', N'T25', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'9C367759-F398-5F8C-B3B2-1D206DF05A36', N'F20', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'E157587D-512C-5A2D-92E7-2627AE18BFC8', N'F21', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'A545447D-01A3-5C64-9E93-5CA9E9D05D4E', N'F22', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'0FEABE3A-FB7A-5992-9D0F-517468B68C08', N'F23', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'8AE9DAEC-5D70-57FF-A8F4-351F1A160B92', N'F24', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'082EB540-F13F-5F99-A28F-91E8DD223B27', N'F30', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'2A66F07C-BAA2-550A-BD27-97F83D5D1B11', N'F32', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'D2B43C61-DAAF-5332-922B-0B86E24F6E4C', N'F36', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'B0DB1EB3-E0C2-58C1-B1AC-EC6CB6034C6C', N'F42', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'99E70547-8F78-595B-A15E-9372DB0089DF', N'T50', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'44B95F1C-EC0C-5BA6-8A84-4514FEB27C93', N'T51', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'6528480B-0222-51BC-805C-2368E7D42CD2', N'T55', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'E9CA21FF-31EF-5561-8631-F6681935C701', N'T52', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'859F83C9-3090-556A-9938-940872233352', N'T53', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'043638F4-5067-5B0C-93ED-8D73BF7F3136', N'F60', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'01013A14-ADAF-5AB0-9D51-2FB3C28EB951', N'F66', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'AD61B77D-0937-5C6D-9CD5-D654B7DD43BD', N'F71', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'662F87F6-629C-5C1A-84EF-DFAA30617C68', N'F74', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'C53CBF7F-DB02-5064-9C4B-A5AAE938E948', N'F73', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'B6C596AF-FC6F-5BC1-AF31-B00822B425B5', N'T33', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'95553EB6-78FB-5E45-B9C6-3651E6EBD7C2', N'T12', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'0CB6EA5A-DB41-5C6F-8E82-38EE6E547C9A', N'T13', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'79B0E7B1-1830-5AB4-AE1A-CE94C264C1B8', N'C10', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'A0DE59F8-3548-586C-A088-761EC56CB21B', N'C11', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'C4763188-94B1-52C1-A546-70EC5ABC8DAC', N'C61', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'2AD7903C-3824-5F02-B097-B89D9B3EDE04', N'C62', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'23BD9013-0543-585B-9559-333175F82124', N'C63', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'21DA4E36-63C3-58ED-A415-005EE09CB69D', N'C13', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'4BC53421-370D-59E4-8A48-C180073F1E11', N'C14', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'FD6E10FB-A6F0-5CDF-B7EE-32E86833D734', N'C20', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'CA0CCE9C-FFF7-57D4-8732-AD1D603B8133', N'C21', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'CC1390B9-4592-52DF-863F-D3D124DA97C7', N'C22', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'D2A26849-17E6-5950-996B-A7B00BE6B4BF', N'C23', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'8A4C9A8F-32EA-536F-82B1-6EC96179CA14', N'C31', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'5C5FF5BD-D8CC-57A7-AC17-69B678491E00', N'C32', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'8E6052A2-1BB9-5CAF-B50C-2FF2DE237129', N'C33', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'0347B9B1-B8D2-5D4B-8D4F-1F6E3C6742D2', N'C41', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'6170B8E9-63B1-52E1-B261-2BEF90301342', N'C42', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'AE5D3C81-8D41-5132-BDDB-313D56C77CE2', N'C43', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'E4709B68-3DE8-5546-93A2-1315B33E3F42', N'C44', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'250241AB-9291-5373-A4E8-0D010293E106', N'C45', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'6C2A8092-2844-5F1D-9780-626236EEE71F', N'C46', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'902CA4E4-53BB-5D31-AA7F-4BFFCAC2875E', N'C47', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'34A3228B-5B60-5311-A774-795DBFFF44F6', N'C48', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'EB91586D-1179-58AE-9C19-5B32FDF60BBB', N'C49', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'4B28E6DB-F740-5C8F-83C1-0D9B80003959', N'C52', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);
    INSERT INTO [ProgramRuleSets] ([Id], [ProgramCode], [EffectiveFrom], [EffectiveTo], [Source], [EligibleTeers], [ExpeditedTeers], [IndeterminateTeers], [MinimumDurationMonths], [MinimumHoursPerWeek], [RequiresNonSeasonal], [RequiresParticipatingEmployer], [RequiredProvinces], [ExcludedProvinces], [RequiredCitizenships], [RequiresDesignation], [RequiresEndorsement], [UsesOccupationList]) VALUES (N'39D8EB9D-BA1D-59A9-A9ED-5BC0822B74AE', N'C50', '2022-12-15', NULL, N'IRCC, International Mobility Program: LMIA exemption codes (table after the 15 December 2022 renumbering)', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0);

END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202203952_RulesInForceData'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202203952_RulesInForceData', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'FeeNotRecorded' WHERE [Type] = 'FeeNotRecordedEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'NumberNotRecorded' WHERE [Type] = 'NumberNotRecordedEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'NumberNotGiven' WHERE [Type] = 'NumberNotGivenEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'StartDateSoon' WHERE [Type] = 'StartDateSoonEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'PermitExpiresIn180Days' WHERE [Type] = 'PermitExpiresIn180DaysEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'PermitExpiresIn90Days' WHERE [Type] = 'PermitExpiresIn90DaysEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'WageReviewDue' WHERE [Type] = 'WageReviewDueEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'DesignationChangesRequested' WHERE [Type] = 'DesignationChangesRequestedEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'CommitmentDueSoon' WHERE [Type] = 'CommitmentDueSoonEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'CommitmentDueToday' WHERE [Type] = 'CommitmentDueTodayEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'CommitmentOverdue' WHERE [Type] = 'CommitmentOverdueEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'RefundNotReceived' WHERE [Type] = 'RefundNotReceivedEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    UPDATE [OutboxEmails] SET [Type] = 'DesignationReviewQueue' WHERE [Type] = 'DesignationReviewQueueEmail';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203055018_OutboxReminderTypes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203055018_OutboxReminderTypes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203072600_DocumentsInOneTable'
)
BEGIN
    CREATE TABLE [Documents] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [OwnerType] nvarchar(30) NOT NULL,
        [OwnerId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [FileName] nvarchar(120) NOT NULL,
        [StoredName] nvarchar(40) NOT NULL,
        [ContentType] nvarchar(50) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        [UploadedByUserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Documents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Documents_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203072600_DocumentsInOneTable'
)
BEGIN
    CREATE INDEX [IX_Documents_OrganizationId] ON [Documents] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203072600_DocumentsInOneTable'
)
BEGIN
    CREATE INDEX [IX_Documents_OwnerId] ON [Documents] ([OwnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203072600_DocumentsInOneTable'
)
BEGIN
    INSERT INTO "Documents" ("Id", "OrganizationId", "Kind", "FileName", "StoredName", "ContentType", "SizeBytes", "Sha256", "UploadedAtUtc", "UploadedByUserId", "OwnerType", "OwnerId") SELECT "Id", "OrganizationId", "Kind", "FileName", "StoredName", "ContentType", "SizeBytes", "Sha256", "UploadedAtUtc", "UploadedByUserId", 'Offer', "OfferId" FROM "OfferDocuments";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203072600_DocumentsInOneTable'
)
BEGIN
    INSERT INTO "Documents" ("Id", "OrganizationId", "Kind", "FileName", "StoredName", "ContentType", "SizeBytes", "Sha256", "UploadedAtUtc", "UploadedByUserId", "OwnerType", "OwnerId") SELECT "Id", "OrganizationId", "Kind", "FileName", "StoredName", "ContentType", "SizeBytes", "Sha256", "UploadedAtUtc", "UploadedByUserId", CASE "Kind" WHEN 'TrainingCertificate' THEN 'DesignationApplication' WHEN 'CommitmentEvidence' THEN 'SettlementCommitment' ELSE 'EndorsementCase' END, "SubjectId" FROM "AtlanticDocuments";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203072600_DocumentsInOneTable'
)
BEGIN
    DROP TABLE [AtlanticDocuments];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203072600_DocumentsInOneTable'
)
BEGIN
    DROP TABLE [OfferDocuments];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203072600_DocumentsInOneTable'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203072600_DocumentsInOneTable', N'10.0.15');
END;

COMMIT;
GO

