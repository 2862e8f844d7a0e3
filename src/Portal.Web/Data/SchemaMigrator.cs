using System.Data;
using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Data;

/// <summary>
/// Applies the numbered SQL scripts of db/&lt;provider&gt;/ (embedded in the portal) that the database has
/// not seen yet, each in its own transaction, and records them in __schema_versions with a checksum.
/// Scripts only ever add: an applied script is never run again, and one edited after it was applied
/// stops start-up rather than silently diverging.
/// </summary>
public sealed class SchemaMigrator(PortalDbContext db, ILogger<SchemaMigrator> logger)
{
    public const string VersionTable = "__schema_versions";

    public sealed record Script(int Version, string Name, string Sql)
    {
        public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n")))).ToLowerInvariant();
    }

    public static IReadOnlyList<Script> ScriptsFor(DatabaseProvider provider)
    {
        var folder = provider switch
        {
            DatabaseProvider.Sqlite => "db/sqlite/",
            DatabaseProvider.Postgres => "db/postgres/",
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[folder.Length..];
                var version = int.Parse(file.Split('_')[0], System.Globalization.CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new Script(version, file, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }

    public DatabaseProvider Provider =>
        db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <returns>The scripts applied by this call.</returns>
    public async Task<IReadOnlyList<Script>> MigrateAsync(CancellationToken ct = default)
    {
        var scripts = ScriptsFor(Provider);
        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two scripts in db/ carry version {duplicate.Key}.");

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            if (Provider == DatabaseProvider.Postgres)
                // Two portal instances starting together: one migrates, the other waits, then finds nothing to do.
                await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(7426001)", ct);
            else
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", ct);

            await ExecuteAsync(connection, null, Provider == DatabaseProvider.Postgres
                ? $"CREATE TABLE IF NOT EXISTS {VersionTable} (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at_utc timestamp with time zone NOT NULL)"
                : $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at_utc TEXT NOT NULL)", ct);

            var applied = new Dictionary<int, string>();
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = $"SELECT version, checksum FROM {VersionTable}";
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) applied[reader.GetInt32(0)] = reader.GetString(1);
            }

            foreach (var script in scripts.Where(s => applied.ContainsKey(s.Version)))
            {
                if (applied[script.Version] != script.Checksum)
                    throw new InvalidOperationException(
                        $"db/{Provider.ToString().ToLowerInvariant()}/{script.Name} was changed after it was applied to this database. " +
                        "Applied scripts must not be edited: add a new script with the change instead (see db/README.md).");
            }

            var done = new List<Script>();
            foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Version)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await ExecuteAsync(connection, tx, script.Sql, ct);
                await using (var cmd = connection.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = $"INSERT INTO {VersionTable} (version, name, checksum, applied_at_utc) VALUES (@v, @n, @c, @t)";
                    AddParameter(cmd, "@v", script.Version);
                    AddParameter(cmd, "@n", script.Name);
                    AddParameter(cmd, "@c", script.Checksum);
                    AddParameter(cmd, "@t", Provider == DatabaseProvider.Postgres ? DateTime.UtcNow : DateTime.UtcNow.ToString("O"));
                    await cmd.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied schema script {Script}", script.Name);
                done.Add(script);
            }
            return done;
        }
        finally
        {
            if (Provider == DatabaseProvider.Postgres)
                await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(7426001)", CancellationToken.None);
            if (opened) await connection.CloseAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
