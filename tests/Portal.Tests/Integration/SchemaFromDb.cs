using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Identity;

namespace Portal.Tests.Integration;

/// <summary>
/// The migrations build the schema the portal's EF model expects: a database built by them alone has the model's tables,
/// columns (type, nullability), keys and indexes, and nothing else but EF Core's own bookkeeping; the first migration
/// builds exactly what the earlier SQL scripts built, triggers and reference data included.
/// </summary>
public abstract class SchemaFromDb(DatabaseProvider provider) : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("portal-schema-").FullName;

    private async Task<PortalDbContext> NewDatabaseAsync(string actor = "schema-test")
    {
        var connectionString = await PortalApp.NewDatabaseAsync(provider, _dataDirectory);
        return Context(connectionString, actor);
    }

    private PortalDbContext Context(string connectionString, string actor = "schema-test") =>
        StandaloneContext.Create(provider, connectionString, _dataDirectory, StandaloneContext.System(actor));

    public sealed record Column(string Table, string Name, string Type, bool Nullable);
    public sealed record Index(string Table, string Name, string Columns, bool Unique);

    [Fact]
    public async Task A_database_built_by_the_migrations_matches_the_ef_model()
    {
        await using var db = await NewDatabaseAsync();
        var applied = await StandaloneContext.MigrateAsync(db);
        Assert.Equal(db.Database.GetMigrations(), applied);

        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var expectedColumns = model.Tables.SelectMany(t => t.Columns.Select(c => new Column(t.Name, c.Name, c.StoreType, c.IsNullable)))
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var expectedIndexes = model.Tables.SelectMany(t => t.Indexes.Select(i => new Index(t.Name, i.Name, string.Join(",", i.Columns.Select(c => c.Name)), i.IsUnique))
                .Concat(t.UniqueConstraints.Select(u => new Index(t.Name, u.GetIsPrimaryKey() ? "PK" : u.Name, string.Join(",", u.Columns.Select(c => c.Name)), true))))
            .OrderBy(i => i.Table, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var (actualColumns, actualIndexes) = provider == DatabaseProvider.Sqlite
            ? await ReadSqliteAsync(connection)
            : await ReadPostgresAsync(connection);

        // EF Core's own: the history of applied migrations and, on SQLite, the table it locks migrations with.
        static bool Bookkeeping(string table) => table.StartsWith("__EFMigrations", StringComparison.Ordinal);
        Assert.Contains(actualColumns, c => c.Table == "__EFMigrationsHistory");
        Assert.Equal(
            expectedColumns.Select(c => c.Table).Distinct().Order(),
            actualColumns.Select(c => c.Table).Where(t => !Bookkeeping(t)).Distinct().Order());
        Assert.Equal(expectedColumns, actualColumns.Where(c => !Bookkeeping(c.Table)));
        Assert.Equal(expectedIndexes, actualIndexes.Where(i => !Bookkeeping(i.Table)));
    }

    [Fact]
    public async Task The_first_migration_builds_exactly_what_the_earlier_scripts_built()
    {
        var legacy = await PortalApp.NewDatabaseAsync(provider, _dataDirectory);
        await LegacySchema.BuildAsync(provider, legacy);
        await using var db = await NewDatabaseAsync();
        var baseline = db.Database.GetMigrations().First();
        await db.GetService<IMigrator>().MigrateAsync(baseline);

        await using var scripts = LegacySchema.Open(provider, legacy);
        var migrated = db.Database.GetDbConnection();
        var expected = await DatabaseCatalog.DescribeAsync(scripts, provider);
        Assert.Contains(expected, l => l.Contains("AuditEntries", StringComparison.Ordinal) && l.StartsWith("trigger", StringComparison.Ordinal));
        Assert.Equal(expected, await DatabaseCatalog.DescribeAsync(migrated, provider));
        var referenceData = await DatabaseCatalog.ReferenceDataAsync(scripts);
        Assert.True(referenceData.Count > 300, $"{referenceData.Count} reference rows");
        Assert.Equal(referenceData, await DatabaseCatalog.ReferenceDataAsync(migrated));
    }

    [Fact]
    public async Task Migrating_again_changes_nothing_and_keeps_the_data()
    {
        await using var db = await NewDatabaseAsync();
        await StandaloneContext.MigrateAsync(db);
        db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole<Guid>("KeepMe") { Id = Guid.NewGuid() });
        await db.SaveChangesAsync();

        Assert.Empty(await StandaloneContext.MigrateAsync(db));
        Assert.True(await db.Roles.AnyAsync(r => r.Name == "KeepMe"));
    }

    [Fact]
    public async Task Reminders_waiting_in_the_outbox_keep_their_type_under_its_new_name()
    {
        await using var db = await NewDatabaseAsync();
        var migrations = db.Database.GetMigrations().ToList();
        var renaming = migrations.FindIndex(m => m.EndsWith("_OutboxReminderTypes", StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(migrations[renaming - 1]);
        var now = DateTime.UtcNow;
        EmailMessage Message(string key) => new("owner@example.test", "Due soon", "<p>Due</p>", "Due", "en-CA", key);
        // As an earlier version queued them: a reminder under its email class's name, and an email that is no reminder.
        db.OutboxEmails.Add(OutboxEmail.Queue(Message("a"), "CommitmentDueSoonEmail", "CommitmentDueSoon:a", now));
        db.OutboxEmails.Add(OutboxEmail.Queue(Message("b"), "ConfirmEmailMessage", "ConfirmEmailMessage:b", now));
        await db.SaveChangesAsync();

        await StandaloneContext.MigrateAsync(db);
        var types = await db.OutboxEmails.AsNoTracking().OrderBy(o => o.IdempotencyKey).Select(o => o.Type).ToListAsync();
        Assert.Equal(["CommitmentDueSoon", "ConfirmEmailMessage"], types);
        Assert.Equal(Portal.Web.Features.Reminders.ReminderType.CommitmentDueSoon, Portal.Web.Features.Reminders.ReminderEmail.TypeOf(types[0]));
        Assert.Null(Portal.Web.Features.Reminders.ReminderEmail.TypeOf(types[1]));
    }

    [Fact]
    public async Task Two_instances_migrating_at_once_apply_each_migration_once()
    {
        var connectionString = await PortalApp.NewDatabaseAsync(provider, _dataDirectory);
        await using var first = Context(connectionString, "first");
        await using var second = Context(connectionString, "second");

        var applied = await Task.WhenAll(Task.Run(() => StandaloneContext.MigrateAsync(first)), Task.Run(() => StandaloneContext.MigrateAsync(second)));

        Assert.Empty(await first.Database.GetPendingMigrationsAsync());
        Assert.Equal(first.Database.GetMigrations(), await first.Database.GetAppliedMigrationsAsync());
        // The reference data went in once: a second run of the first migration would have failed on its keys, or doubled it.
        Assert.Equal(1, await first.ComplianceFees.CountAsync());
        Assert.Contains(applied, a => a.Count == first.Database.GetMigrations().Count());
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_entry()
    {
        await using var db = await NewDatabaseAsync();
        await StandaloneContext.MigrateAsync(db);
        db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole<Guid>("Audited") { Id = Guid.NewGuid() });
        await db.SaveChangesAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Role"));

        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'someone else'"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        if (provider == DatabaseProvider.Postgres)
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\""));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Role" && a.ActorName == "system:schema-test"));
    }

    private static async Task<(List<Column>, List<Index>)> ReadSqliteAsync(DbConnection connection)
    {
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        var columns = new List<Column>();
        var indexes = new List<Index>();
        foreach (var table in tables)
        {
            columns.AddRange(await QueryAsync(connection, $"PRAGMA table_info('{table}')",
                r => new Column(table, r.GetString(1), r.GetString(2), r.GetInt64(3) == 0 && r.GetInt64(5) == 0)));
            var pk = await QueryAsync(connection, $"PRAGMA table_info('{table}')", r => (Name: r.GetString(1), Pk: r.GetInt64(5)));
            if (pk.Any(p => p.Pk > 0))
                indexes.Add(new Index(table, "PK", string.Join(",", pk.Where(p => p.Pk > 0).OrderBy(p => p.Pk).Select(p => p.Name)), true));
            foreach (var (name, unique, origin) in await QueryAsync(connection, $"PRAGMA index_list('{table}')", r => (r.GetString(1), r.GetInt64(2) == 1, r.GetString(3))))
            {
                if (origin == "pk") continue;
                var cols = await QueryAsync(connection, $"PRAGMA index_info('{name}')", r => (Seq: r.GetInt64(0), Name: r.GetString(2)));
                indexes.Add(new Index(table, name, string.Join(",", cols.OrderBy(c => c.Seq).Select(c => c.Name)), unique));
            }
        }
        return (columns.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList(),
            indexes.OrderBy(i => i.Table, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal).ToList());
    }

    private static async Task<(List<Column>, List<Index>)> ReadPostgresAsync(DbConnection connection)
    {
        var columns = await QueryAsync(connection, """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """, r => new Column(r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3)));
        var indexes = await QueryAsync(connection, """
            SELECT t.relname, CASE WHEN ix.indisprimary THEN 'PK' ELSE i.relname END, ix.indisunique,
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
            FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'
            """, r => new Index(r.GetString(0), r.GetString(1), r.GetString(3), r.GetBoolean(2)));
        return (columns.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList(),
            indexes.OrderBy(i => i.Table, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal).ToList());
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

public sealed class SchemaFromDbOnSqlite() : SchemaFromDb(DatabaseProvider.Sqlite);
public sealed class SchemaFromDbOnPostgres() : SchemaFromDb(DatabaseProvider.Postgres);
