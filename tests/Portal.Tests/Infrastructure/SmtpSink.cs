using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Debian's python3-aiosmtpd with its Mailbox handler, which stores every
/// message it accepts in a maildir the tests read back.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly Process _process;

    public int Port { get; }
    public string Maildir { get; } = Directory.CreateTempSubdirectory("portal-smtp-").FullName;

    /// <summary>A free loopback port, for a server that is not there yet.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public SmtpSink() : this(FreePort()) { }

    /// <summary>Starts the server on a given port (a test can make the portal wait for it, then start it).</summary>
    public SmtpSink(int port) : this(port, null, 0) { }

    /// <summary>A server that answers the first <paramref name="failures"/> messages with <paramref name="faultCode"/> (421, 554), then accepts.</summary>
    public static SmtpSink Faulty(string faultCode, int failures) => new(FreePort(), faultCode, failures);

    private SmtpSink(int port, string? faultCode, int failures)
    {
        Port = port;
        foreach (var sub in new[] { "tmp", "new", "cur" }) Directory.CreateDirectory(Path.Combine(Maildir, sub));
        if (!File.Exists("/usr/bin/python3") || !Directory.Exists("/usr/lib/python3/dist-packages/aiosmtpd"))
            throw new InvalidOperationException("python3-aiosmtpd is not installed. Run tests/run.sh, which installs it.");
        var psi = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        var handler = faultCode is null
            ? new[] { "aiosmtpd.handlers.Mailbox", Maildir }
            : new[] { "smtp_faults.Faulty", Maildir, faultCode, failures.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c" }.Concat(handler))
            psi.ArgumentList.Add(a);
        psi.Environment["PYTHONPATH"] = Path.Combine(AppContext.BaseDirectory, "Infrastructure");
        _process = Process.Start(psi)!;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>The X-Portal-Key header of every message received, read cheaply (no body parsing), for counting thousands.</summary>
    public IReadOnlyList<string> Keys() => Directory.EnumerateFiles(Path.Combine(Maildir, "new")).Select(KeyOf).ToList();

    private static string KeyOf(string file)
    {
        string? key = null;
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0) break;
            if (key is not null && line[0] is ' ' or '\t') { key += line.Trim(); continue; }
            if (key is not null) break;
            if (line.StartsWith("X-Portal-Key:", StringComparison.OrdinalIgnoreCase)) key = line["X-Portal-Key:".Length..].Trim();
        }
        return key ?? string.Empty;
    }

    public int Count => Directory.EnumerateFiles(Path.Combine(Maildir, "new")).Count();

    public IReadOnlyList<ReceivedEmail> Received => Mail.ReadFolder(Path.Combine(Maildir, "new"));

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        try { Directory.Delete(Maildir, recursive: true); }
        catch (IOException) { }
    }
}
