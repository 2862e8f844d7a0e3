using Microsoft.Data.SqlClient;

namespace Portal.Tests.Infrastructure;

/// <summary>A new empty database, for one fixture, on the SQL Server named by PORTAL_TEST_SQLSERVER.</summary>
public static class SqlServerDatabase
{
    public const string Variable = "PORTAL_TEST_SQLSERVER";

    public static async Task<string> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} names no SQL Server: set it to a connection string with the right to create databases (README.md).");
        var name = "portal_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new SqlConnection(server))
        {
            await connection.OpenAsync();
            await using var cmd = new SqlCommand("DECLARE @sql nvarchar(200) = N'CREATE DATABASE ' + QUOTENAME(@name); EXEC sp_executesql @sql;", connection);
            cmd.Parameters.AddWithValue("@name", name);
            await cmd.ExecuteNonQueryAsync();
        }
        return new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
    }
}
