using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Tests.Rules;
using Portal.Web.Data;
using Portal.Web.Features.Documents;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;
using Portal.Web.Identity;

namespace Portal.Tests.Integration;

/// <summary>
/// A database that the portal made with its earlier SQL scripts (and where Quartz.NET kept its jobs) is taken over by the
/// migrations without losing a row: the operator runs `migrate`, and it ends exactly like a database the migrations built.
/// </summary>
public abstract class AdoptingALegacyDatabase(Func<PortalApp> newApp)
{
    private static readonly string[] DataTables = ["Organizations", "AspNetUsers", "Memberships", "Offers", "AuditEntries"];

    [Fact]
    public async Task Migrate_keeps_every_row_drops_the_scheduler_tables_and_ends_like_a_new_database()
    {
        await using var app = newApp();
        var provider = app.Provider;
        var legacy = await PortalApp.NewDatabaseAsync(provider, app.DataDirectory);
        await LegacySchema.BuildAsync(provider, legacy);
        await CreateSchedulerTablesAsync(provider, legacy);
        var offerId = await WriteAsTheEarlierPortalDidAsync(provider, legacy, app.DataDirectory);
        var (letter, evidence, commitment) = await KeepDocumentsAsTheEarlierPortalDidAsync(provider, legacy);

        List<string> rowsBefore;
        var columnsBefore = new Dictionary<string, List<string>>();
        var referenceCounts = new Dictionary<string, long>();
        await using (var connection = LegacySchema.Open(provider, legacy))
        {
            foreach (var table in DataTables)
                columnsBefore[table] = await DatabaseCatalog.ColumnsAsync(connection, table);
            // But for the columns a reviewed migration dropped (MigrationsForEveryProvider lists them).
            foreach (var (table, column) in DroppedLater) Assert.True(columnsBefore[table].Remove(column), $"{table}.{column}");
            rowsBefore = await DatabaseCatalog.RowsAsync(connection, DataTables, columnsBefore);
            foreach (var table in DatabaseCatalog.ReferenceTables) referenceCounts[table] = await CountAsync(connection, table);
        }
        Assert.Contains(rowsBefore, r => r.StartsWith("AuditEntries: ", StringComparison.Ordinal) && r.Contains("system:earlier-portal", StringComparison.Ordinal));

        await app.OnDatabase(legacy).InitializeAsync();
        var migrated = await PortalCommand.RunAsync(app, "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Output + migrated.Error);

        await using var db = StandaloneContext.Create(provider, legacy, app.DataDirectory, StandaloneContext.System("adoption-test"));
        var migrations = db.Database.GetMigrations().ToList();
        // Only what came after the baseline ran; the baseline was recorded, not run again.
        Assert.Contains("Applied: " + string.Join(", ", migrations.Skip(1)), migrated.Output);
        Assert.Equal(migrations, await db.Database.GetAppliedMigrationsAsync());

        var connectionAfter = db.Database.GetDbConnection();
        // Every row of the organizations' data as it was, column for column (later migrations add columns beside them).
        Assert.Equal(rowsBefore, await DatabaseCatalog.RowsAsync(connectionAfter, DataTables, columnsBefore));
        // The reference data grows (RulesInForceData adds the rest of NOC 2021 and IRCC's codes) and keeps every row it had.
        foreach (var table in DatabaseCatalog.ReferenceTables)
            Assert.True(await CountAsync(connectionAfter, table) >= referenceCounts[table], table);
        Assert.Equal(OfferStatus.Draft, (await db.Offers.SingleAsync(o => o.Id == offerId)).Status);
        // Documents kept in two tables are in one, each with its owner, under the id its file and audit entries know.
        var documents = await db.Documents.OrderBy(d => d.FileName).Select(d => new { d.Id, d.OwnerType, d.OwnerId, d.Kind, d.FileName }).ToListAsync();
        Assert.Equal(2, documents.Count);
        Assert.Equal((evidence, DocumentOwner.SettlementCommitment, commitment, DocumentKind.CommitmentEvidence),
            (documents[0].Id, documents[0].OwnerType, documents[0].OwnerId, documents[0].Kind));
        Assert.Equal((letter, DocumentOwner.Offer, offerId, DocumentKind.SignedOfferLetter, "signed letter.pdf"),
            (documents[1].Id, documents[1].OwnerType, documents[1].OwnerId, documents[1].Kind, documents[1].FileName));

        var tables = await TablesAsync(connectionAfter, provider);
        Assert.DoesNotContain(tables, t => t.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(PortalMigrator.LegacyVersionTable, tables);
        Assert.Contains("DataProtectionKeys", tables);

        // The same schema as a database the migrations built from nothing, the audit trail's triggers included.
        await using var fresh = StandaloneContext.Create(provider, await PortalApp.NewDatabaseAsync(provider, app.DataDirectory),
            app.DataDirectory, StandaloneContext.System("adoption-test"));
        await StandaloneContext.MigrateAsync(fresh);
        Assert.Equal(await DatabaseCatalog.DescribeAsync(fresh.Database.GetDbConnection(), provider),
            await DatabaseCatalog.DescribeAsync(connectionAfter, provider));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'someone else'"));

        var again = await PortalCommand.RunAsync(app, "migrate");
        Assert.Contains("The database is up to date.", again.Output);

        // The portal runs on it: a page with a form (its antiforgery token puts the first key in the key ring).
        using var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.OpenAsync("/Account/Login")).Status);
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public async Task Two_instances_adopting_at_once_record_and_apply_each_migration_once()
    {
        await using var app = newApp();
        var legacy = await PortalApp.NewDatabaseAsync(app.Provider, app.DataDirectory);
        await LegacySchema.BuildAsync(app.Provider, legacy);
        await using var first = StandaloneContext.Create(app.Provider, legacy, app.DataDirectory, StandaloneContext.System("first"));
        await using var second = StandaloneContext.Create(app.Provider, legacy, app.DataDirectory, StandaloneContext.System("second"));

        await Task.WhenAll(Task.Run(() => StandaloneContext.MigrateAsync(first)), Task.Run(() => StandaloneContext.MigrateAsync(second)));

        Assert.Equal(first.Database.GetMigrations(), await first.Database.GetAppliedMigrationsAsync());
        Assert.Equal(1, await first.ComplianceFees.CountAsync());
    }

    [Fact]
    public async Task A_database_the_scripts_left_half_way_is_refused_and_left_as_it_was()
    {
        await using var app = newApp();
        var legacy = await PortalApp.NewDatabaseAsync(app.Provider, app.DataDirectory);
        await LegacySchema.BuildAsync(app.Provider, legacy);
        await using (var connection = LegacySchema.Open(app.Provider, legacy))
        {
            await connection.OpenAsync();
            await LegacySchema.ExecuteAsync(connection, null, $"DELETE FROM {PortalMigrator.LegacyVersionTable} WHERE version = 7");
        }
        await using var db = StandaloneContext.Create(app.Provider, legacy, app.DataDirectory, StandaloneContext.System("adoption-test"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StandaloneContext.MigrateAsync(db));
        Assert.Contains("versions 1, 2, 3, 4, 5, 6 of them", error.Message);
        Assert.DoesNotContain("__EFMigrationsHistory", await TablesAsync(db.Database.GetDbConnection(), app.Provider));
    }

    /// <summary>Columns the legacy schema had and a later, reviewed migration dropped.</summary>
    private static readonly (string Table, string Column)[] DroppedLater = [("Offers", "FullTime")];

    private static async Task<long> CountAsync(System.Data.Common.DbConnection connection, string table)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows written through the portal's model as it was before the migrations (the schema is the same), audit trail included.</summary>
    private static async Task<Guid> WriteAsTheEarlierPortalDidAsync(DatabaseProvider provider, string connectionString, string dataDirectory)
    {
        var now = DateTime.UtcNow;
        // Today's model has columns later migrations added; they are there while the rows are written, then gone again.
        var pg = provider == DatabaseProvider.Postgres;
        string[] later = pg
            ? ["\"AspNetUsers\" ADD \"LastAuthenticatorTimeStep\" bigint", "\"Organizations\" ADD \"RequireTwoFactor\" boolean NOT NULL DEFAULT FALSE", "\"AuditEntries\" ADD \"ClientAddress\" varchar(64)"]
            : ["\"AspNetUsers\" ADD \"LastAuthenticatorTimeStep\" INTEGER", "\"Organizations\" ADD \"RequireTwoFactor\" INTEGER NOT NULL DEFAULT 0", "\"AuditEntries\" ADD \"ClientAddress\" TEXT"];
        // The offer's columns of RulesInForce.
        var (flag, text, day, time, id_) = pg ? ("boolean NOT NULL DEFAULT FALSE", "varchar(1000)", "date", "timestamp", "uuid") : ("INTEGER NOT NULL DEFAULT 0", "TEXT", "TEXT", "TEXT", "TEXT");
        later = [.. later, .. new[]
        {
            ("AttestHealthCare", flag), ("AttestNoRecruiterFees", flag), ("AttestWorkersRights", flag), ("Seasonal", flag), ("FeeExemptionReason", text),
            ("FirstDayOfEmployment", day), ("FirstDayRecordedAtUtc", time), ("FirstDayRecordedByUserId", id_), ("PathwayCode", text), ("PermitDecidedOn", day),
            ("PermitExpiresOn", day), ("PermitNumber", text), ("PermitOutcome", text), ("PermitRecordedAtUtc", time), ("PermitRecordedByUserId", id_),
        }.Select(c => $"\"Offers\" ADD \"{c.Item1}\" {c.Item2}")];
        // Today's model no longer writes the offer's full-time flag: while the rows are written it has a default.
        var fullTime = pg ? "\"Offers\" ADD \"FullTime\" boolean NOT NULL DEFAULT TRUE" : "\"Offers\" ADD \"FullTime\" INTEGER NOT NULL DEFAULT 1";
        await ChangeColumnsAsync(provider, connectionString, ["ALTER TABLE \"Offers\" DROP COLUMN \"FullTime\"", "ALTER TABLE " + fullTime]);
        await ChangeColumnsAsync(provider, connectionString, later.Select(a => "ALTER TABLE " + a));
        var id = await WriteRowsAsync(provider, connectionString, dataDirectory, now);
        await ChangeColumnsAsync(provider, connectionString, later.Select(a => "ALTER TABLE " + a[..a.IndexOf(" ADD ", StringComparison.Ordinal)]
            + " DROP COLUMN " + a[(a.IndexOf(" ADD ", StringComparison.Ordinal) + 5)..].Split(' ')[0]));
        return id;
    }

    /// <summary>A signed offer letter of the offer and a commitment's evidence, in the tables the earlier portal kept them in.</summary>
    private static async Task<(Guid Letter, Guid Evidence, Guid Commitment)> KeepDocumentsAsTheEarlierPortalDidAsync(DatabaseProvider provider, string connectionString)
    {
        // Guids as EF Core writes them on SQLite (upper-case text), as uuids on PostgreSQL.
        string Literal(Guid id) => provider == DatabaseProvider.Postgres ? $"CAST('{id}' AS uuid)" : $"'{id.ToString().ToUpperInvariant()}'";
        var (letter, evidence, commitment) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        const string facts = "\"Id\", \"OrganizationId\", \"Kind\", \"FileName\", \"StoredName\", \"ContentType\", \"SizeBytes\", \"Sha256\", \"UploadedAtUtc\", \"UploadedByUserId\"";
        await ChangeColumnsAsync(provider, connectionString,
        [
            $"INSERT INTO \"OfferDocuments\" ({facts}, \"OfferId\") SELECT {Literal(letter)}, \"OrganizationId\", 'SignedOfferLetter', 'signed letter.pdf', "
                + $"'{letter:N}', 'application/pdf', 2048, '{new string('a', 64)}', \"CreatedAtUtc\", \"CreatedByUserId\", \"Id\" FROM \"Offers\"",
            $"INSERT INTO \"AtlanticDocuments\" ({facts}, \"SubjectId\") SELECT {Literal(evidence)}, \"OrganizationId\", 'CommitmentEvidence', 'boarding pass.png', "
                + $"'{evidence:N}', 'image/png', 10, '{new string('b', 64)}', \"CreatedAtUtc\", \"CreatedByUserId\", {Literal(commitment)} FROM \"Offers\"",
        ]);
        return (letter, evidence, commitment);
    }

    private static async Task ChangeColumnsAsync(DatabaseProvider provider, string connectionString, IEnumerable<string> statements)
    {
        await using var connection = LegacySchema.Open(provider, connectionString);
        await connection.OpenAsync();
        foreach (var sql in statements) await LegacySchema.ExecuteAsync(connection, null, sql);
    }

    private static async Task<Guid> WriteRowsAsync(DatabaseProvider provider, string connectionString, string dataDirectory, DateTime now)
    {
        await using var db = StandaloneContext.Create(provider, connectionString, dataDirectory, StandaloneContext.System("earlier-portal"));
        var email = Journeys.NewEmail("owner");
        var user = new PortalUser
        {
            Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, FullName = "Alex Owner", CreatedAtUtc = now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        var org = Organization.Register(new OrganizationDetails("Cabot Robotics Ltd.", null, Journeys.NewBusinessNumber(),
            new MailingAddress("1 Water St", null, "Halifax", Province.NS, "B3H 1A1"), "902-555-0100", "Alex Owner", email), now);
        var offer = Offer.CreateDraft(org.Id, Guid.NewGuid(), OfferSteps.Details(), user.Id, now);
        db.Users.Add(user);
        db.Organizations.Add(org);
        db.Memberships.Add(Membership.Create(org.Id, user.Id, MemberRole.EmployerOwner, now));
        db.Offers.Add(offer);
        await db.SaveChangesAsync();
        return offer.Id;
    }

    /// <summary>
    /// A few of the tables Quartz.NET 4 made in the portal's database, with a row each: job details, triggers and cron
    /// triggers (each referring to the one before) and locks. Lower case on PostgreSQL, upper case on SQLite, as Quartz named them.
    /// </summary>
    private static async Task CreateSchedulerTablesAsync(DatabaseProvider provider, string connectionString)
    {
        var sql = """
            CREATE TABLE qrtz_job_details (sched_name varchar(120) NOT NULL, job_name varchar(150) NOT NULL, job_group varchar(150) NOT NULL,
                job_class_name varchar(250) NOT NULL, PRIMARY KEY (sched_name, job_name, job_group));
            CREATE TABLE qrtz_triggers (sched_name varchar(120) NOT NULL, trigger_name varchar(150) NOT NULL, trigger_group varchar(150) NOT NULL,
                job_name varchar(150) NOT NULL, job_group varchar(150) NOT NULL, PRIMARY KEY (sched_name, trigger_name, trigger_group),
                FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details (sched_name, job_name, job_group));
            CREATE TABLE qrtz_cron_triggers (sched_name varchar(120) NOT NULL, trigger_name varchar(150) NOT NULL, trigger_group varchar(150) NOT NULL,
                cron_expression varchar(120) NOT NULL, PRIMARY KEY (sched_name, trigger_name, trigger_group),
                FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);
            CREATE TABLE qrtz_locks (sched_name varchar(120) NOT NULL, lock_name varchar(40) NOT NULL, PRIMARY KEY (sched_name, lock_name));
            INSERT INTO qrtz_job_details VALUES ('portal', 'reminder-sweep', 'DEFAULT', 'Portal.Web.Features.Reminders.ReminderSweepJob');
            INSERT INTO qrtz_triggers VALUES ('portal', 'reminder-sweep-trigger', 'DEFAULT', 'reminder-sweep', 'DEFAULT');
            INSERT INTO qrtz_cron_triggers VALUES ('portal', 'reminder-sweep-trigger', 'DEFAULT', '0 0/15 * * * ?');
            INSERT INTO qrtz_locks VALUES ('portal', 'TRIGGER_ACCESS');
            """;
        await using var connection = LegacySchema.Open(provider, connectionString);
        await connection.OpenAsync();
        if (provider == DatabaseProvider.Sqlite) await LegacySchema.ExecuteAsync(connection, null, "PRAGMA foreign_keys = ON;");
        await LegacySchema.ExecuteAsync(connection, null, provider == DatabaseProvider.Sqlite ? sql.ToUpperInvariant() : sql);
        Assert.Equal(4, (await TablesAsync(connection, provider)).Count(t => t.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase)));
    }

    private static Task<List<string>> TablesAsync(DbConnection connection, DatabaseProvider provider) =>
        DatabaseCatalog.QueryAsync(connection, provider == DatabaseProvider.Postgres
            ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'");
}

public sealed class AdoptingALegacyDatabaseOnSqlite() : AdoptingALegacyDatabase(() => new SqlitePortal());
public sealed class AdoptingALegacyDatabaseOnPostgres() : AdoptingALegacyDatabase(() => new PostgresPortal());
