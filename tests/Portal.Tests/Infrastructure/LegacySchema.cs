using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Web.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A database as the portal made it before its EF Core migrations: the SQL scripts 0001 to 0007 (kept, as they last were,
/// in Fixtures/legacy-schema), each applied in its own transaction and recorded in __schema_versions the way the earlier
/// migrator recorded them.
/// </summary>
public static class LegacySchema
{
    public static IReadOnlyList<string> Scripts(DatabaseProvider provider) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "legacy-schema", Folder(provider)), "*.sql")
            .Order(StringComparer.Ordinal).ToList();

    public static async Task BuildAsync(DatabaseProvider provider, string connectionString)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, provider == DatabaseProvider.Postgres
            ? "CREATE TABLE __schema_versions (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at_utc timestamp with time zone NOT NULL)"
            : "PRAGMA journal_mode=WAL; CREATE TABLE __schema_versions (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at_utc TEXT NOT NULL)");
        foreach (var file in Scripts(provider))
        {
            var sql = await File.ReadAllTextAsync(file);
            var name = Path.GetFileName(file);
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
            await using var tx = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, tx, sql);
            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO __schema_versions (version, name, checksum, applied_at_utc) VALUES (@v, @n, @c, @t)";
                Add(cmd, "@v", int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture));
                Add(cmd, "@n", name);
                Add(cmd, "@c", checksum);
                Add(cmd, "@t", provider == DatabaseProvider.Postgres ? DateTime.UtcNow : DateTime.UtcNow.ToString("O"));
                await cmd.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
        }
    }

    public static DbConnection Open(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnection(connectionString),
        DatabaseProvider.Sqlite => new SqliteConnection(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), "No database was ever made by the scripts on " + provider),
    };

    public static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private static string Folder(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? "postgres" : "sqlite";

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
