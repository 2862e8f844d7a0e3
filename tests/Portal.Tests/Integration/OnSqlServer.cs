using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

// The integration tests on SQL Server, compiled only when asked for, since no SQL Server runs where the suite usually runs
// (README.md):
//   PORTAL_TEST_SQLSERVER="Server=...;User Id=...;Password=...;TrustServerCertificate=true" \
//     dotnet test tests/Portal.Tests -c Release -p:PortalTestSqlServer=true --filter "FullyQualifiedName~OnSqlServer"
// Each class gets a new database on that server (SqlServerPortal); the portal migrates it at start-up.

public sealed class RegisteringAnOrganizationOnSqlServer(SqlServerPortal app) : RegisteringAnOrganization(app), IClassFixture<SqlServerPortal>;
public sealed class SigningInOnSqlServer(SqlServerPortal app) : SigningIn(app), IClassFixture<SqlServerPortal>;
public sealed class SubmittingAnOfferOnSqlServer(SqlServerPortal app) : SubmittingAnOffer(app), IClassFixture<SqlServerPortal>;
public sealed class KeepingOfferDocumentsOnSqlServer(SqlServerPortal app) : KeepingOfferDocuments(app), IClassFixture<SqlServerPortal>;
public sealed class OfferIsolationOnSqlServer(SqlServerPortal app) : OfferIsolation(app), IClassFixture<SqlServerPortal>;
public sealed class OrganizationIsolationOnSqlServer(SqlServerPortal app) : OrganizationIsolation(app), IClassFixture<SqlServerPortal>;
public sealed class ManagingMembersOnSqlServer(SqlServerPortal app) : ManagingMembers(app), IClassFixture<SqlServerPortal>;
public sealed class WhenTimePassesOnSqlServer(SqlServerPortal app) : WhenTimePasses(app), IClassFixture<SqlServerPortal>;
public sealed class AdministratorsOnSqlServer(SqlServerPortal app) : Administrators(app), IClassFixture<SqlServerPortal>;
public sealed class KeepingReferenceDataOnSqlServer(SqlServerPortal app) : KeepingReferenceData(app), IClassFixture<SqlServerPortal>;
public sealed class ListingOffersOnSqlServer(SqlServerPortal app) : ListingOffers(app), IClassFixture<SqlServerPortal>;
public sealed class ApplyingForDesignationOnSqlServer(SqlServerPortal app) : ApplyingForDesignation(app), IClassFixture<SqlServerPortal>;
public sealed class EndorsingACandidateOnSqlServer(SqlServerPortal app) : EndorsingACandidate(app), IClassFixture<SqlServerPortal>;
public sealed class LanguagesOnSqlServer(SqlServerPortal app) : Languages(app), IClassFixture<SqlServerPortal>;
