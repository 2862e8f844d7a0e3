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

