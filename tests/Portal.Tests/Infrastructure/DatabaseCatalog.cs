using System.Data.Common;
using Portal.Web.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Everything a database's catalog says about the portal's objects, one line each, to compare two databases: tables,
/// columns with their types, defaults and identity, constraints, indexes (with their filters), triggers and functions.
/// Bookkeeping tables whose names start with "__" (the migrations' history and lock, the earlier scripts' versions) are left out.
/// </summary>
public static class DatabaseCatalog
{
    public static readonly string[] ReferenceTables = ["ComplianceFees", "Countries", "Occupations", "ParticipatingEmployers", "ProgramOccupations", "Programs"];

    public static async Task<List<string>> DescribeAsync(DbConnection connection, DatabaseProvider provider)
    {
        var lines = provider switch
        {
            // SQLite keeps each object's CREATE statement, constraints and all.
            DatabaseProvider.Sqlite => await QueryAsync(connection, """
                SELECT type || ' ' || name || ': ' || sql FROM sqlite_master
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND tbl_name NOT LIKE '\_\_%' ESCAPE '\'
                """),
            DatabaseProvider.Postgres => await QueryAsync(connection, """
                SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END || ' identity=' || a.attidentity::text
                       || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname NOT LIKE '\_\_%'
                UNION ALL
                SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ': ' || pg_get_constraintdef(oid)
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                  AND conrelid::regclass::text NOT LIKE '\_\_%' AND conrelid::regclass::text NOT LIKE '"\_\_%'
                UNION ALL
                SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_%'
                UNION ALL
                SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
                UNION ALL
                SELECT 'function ' || p.proname || ': ' || p.prosrc FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
                """),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        return lines.Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every row of the reference tables, as text, in key order.</summary>
    public static Task<List<string>> ReferenceDataAsync(DbConnection connection) => RowsAsync(connection, ReferenceTables);

    /// <summary>The column names of a table, in their order.</summary>
    public static async Task<List<string>> ColumnsAsync(DbConnection connection, string table)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
        await using var reader = await cmd.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    /// <summary>
    /// Every row of the tables, as text, in key order; only the given columns of a table when <paramref name="columns"/>
    /// names them (what a table had before a migration added more).
    /// </summary>
    public static async Task<List<string>> RowsAsync(DbConnection connection, IEnumerable<string> tables, IReadOnlyDictionary<string, List<string>>? columns = null)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var cmd = connection.CreateCommand();
            var select = columns?.GetValueOrDefault(table) is { } named ? string.Join(", ", named.Select(c => $"\"{c}\"")) : "*";
            cmd.CommandText = $"SELECT {select} FROM \"{table}\" ORDER BY 1, 2";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                    Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    public static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return rows;
    }
}
