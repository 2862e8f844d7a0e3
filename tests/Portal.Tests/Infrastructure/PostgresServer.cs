using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the tests: a throw-away cluster that the tests start themselves (initdb +
/// pg_ctl from Debian's postgresql package, as the postgres user when running as root) and stop at exit.
/// PORTAL_TEST_POSTGRES can name an existing server instead. Missing binaries fail the tests: nothing is skipped.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    public static Task<string> AdminConnectionStringAsync() => Server.Value;

    /// <summary>A new empty database on the server, for one fixture.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Server.Value;
        var name = "portal_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } existing) return existing;

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException(
                "PostgreSQL server binaries were not found under /usr/lib/postgresql. Run tests/run.sh, which installs Debian's postgresql package.");

        var root = Path.Combine(Path.GetTempPath(), $"portal-tests-pg-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot) await RunAsync("chown", ["postgres:postgres", root], asPostgres: false);

        var data = Path.Combine(root, "data");
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asRoot);
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-o",
            $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400",
            "start"], asRoot);

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asRoot).GetAwaiter().GetResult();
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not stop the test PostgreSQL server: {e.Message}");
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true;Maximum Pool Size=50";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var psi = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file }) psi.ArgumentList.Add(a);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stdout} {await stderr}");
    }
}
