using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Web.Data;

/// <summary>
/// Brings the database up to date with the EF Core migrations of its provider (Data/Migrations/&lt;provider&gt;).
/// A database made by the portal's earlier hand-kept SQL scripts (db/&lt;provider&gt;/0001 to 0007, recorded in
/// __schema_versions) is adopted first: its schema is exactly the baseline migration's, so the baseline is recorded as
/// applied and only the later migrations run. Nothing in it is rebuilt or copied.
/// </summary>
public sealed class PortalMigrator(PortalDbContext db, ILogger<PortalMigrator> logger)
{
    /// <summary>Where the earlier scripts recorded themselves; the second migration drops it.</summary>
    public const string LegacyVersionTable = "__schema_versions";

    /// <summary>The earlier scripts the baseline migration reproduces: 0001 to 0007.</summary>
    public const int LegacyScripts = 7;

    /// <summary>Held on PostgreSQL while one instance adopts and migrates (see <see cref="MigrateAsync"/>).</summary>
    private const long PostgresMigrationLock = 7426001;

    /// <returns>The migrations that were waiting when the migration started (empty when the database was up to date).</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (postgres)
                // Two instances starting together: one migrates, the other waits here, then finds nothing to do. EF Core's own
                // lock is not enough on PostgreSQL: Npgsql locks the history table in each migration's transaction, so it is
                // released between two migrations, and an instance that waited for it still applies what it planned before
                // waiting (the second one started applying the second migration again; SchemaFromDb's two-instance test).
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresMigrationLock})", ct);
            else if (db.Database.IsSqlite())
                // Readers do not wait for the writer, nor the writer for readers; the file keeps the mode once set.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

            await AdoptLegacyDatabaseAsync(ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            // EF Core's own migration lock serializes instances on SQLite (a lock row) and SQL Server (sp_getapplock).
            await db.Database.MigrateAsync(ct);
            if (pending.Count == 0) logger.LogInformation("The database is up to date");
            else logger.LogInformation("Database migrated: {Migrations}", string.Join(", ", pending));
            return pending;
        }
        finally
        {
            if (postgres)
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresMigrationLock})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The script that brings a database of this provider up to date, checked in as db/&lt;provider&gt;/deploy.sql:
    /// idempotent (each migration guarded by the history table) where EF Core can write it so, which SQLite cannot.
    /// </summary>
    public static string DeployScript(PortalDbContext db) =>
        db.GetService<IMigrator>().GenerateScript(options: db.Database.IsSqlite()
            ? MigrationsSqlGenerationOptions.Default
            : MigrationsSqlGenerationOptions.Idempotent);

    private async Task AdoptLegacyDatabaseAsync(CancellationToken ct)
    {
        // SQL Server came with the migrations: no database of it was ever made by the scripts.
        if (db.Database.IsSqlServer() || !await LegacyVersionTableExistsAsync(ct)) return;

        var history = db.GetService<IHistoryRepository>();
        var baseline = db.Database.GetMigrations().First();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        // A second instance adopting at the same moment finds the baseline recorded: on PostgreSQL it waited for the
        // advisory lock; on SQLite this transaction holds the database's one write lock.
        if ((await history.GetAppliedMigrationsAsync(ct)).Count > 0)
        {
            await tx.CommitAsync(ct);
            return;
        }

        var versions = await db.Database.SqlQueryRaw<int>($"SELECT version AS \"Value\" FROM {LegacyVersionTable}").ToListAsync(ct);
        if (!versions.Order().SequenceEqual(Enumerable.Range(1, LegacyScripts)))
            throw new InvalidOperationException(
                $"This database was made by the portal's earlier SQL scripts but has versions {string.Join(", ", versions.Order())} of them, " +
                $"not 1 to {LegacyScripts}: bring it to version {LegacyScripts} with the last release that had the scripts, then migrate again.");
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Adopted a database made by the earlier SQL scripts: recorded {Baseline} as applied", baseline);
    }

    private async Task<bool> LegacyVersionTableExistsAsync(CancellationToken ct)
    {
        var sql = db.Database.IsNpgsql()
            ? $"SELECT count(*)::int AS \"Value\" FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{LegacyVersionTable}'"
            : $"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{LegacyVersionTable}'";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync(ct) > 0;
    }
}
