using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Debian's python3-aiosmtpd with its Mailbox handler, which stores every
/// message it accepts in a maildir the tests read back, and counts the connections it accepts (smtp_faults.py).
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _errors = [];

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
    public SmtpSink(int port) : this(port, null, 0, false, 1, false) { }

    /// <summary>
    /// The benchmark's server: <paramref name="workers"/> processes accepting on one socket (one Python process is one
    /// core), storing each message through the Mailbox handler (which parses it) or, <paramref name="raw"/>, as the
    /// bytes received.
    /// </summary>
    public static SmtpSink ForBenchmark(int workers, bool raw) => new(FreePort(), null, 0, false, workers, raw);

    /// <summary>
    /// A server that answers the first <paramref name="failures"/> messages with <paramref name="faultCode"/> (421, after
    /// which it closes the connection, or 554), then accepts. With <paramref name="keep"/>, it stores those messages all
    /// the same: the reply was lost, not the message.
    /// </summary>
    public static SmtpSink Faulty(string faultCode, int failures, bool keep = false) => new(FreePort(), faultCode, failures, keep, 1, false);

    private SmtpSink(int port, string? faultCode, int failures, bool keep, int workers, bool raw)
    {
        Port = port;
        foreach (var sub in new[] { "tmp", "new", "cur" }) Directory.CreateDirectory(Path.Combine(Maildir, sub));
        if (!File.Exists("/usr/bin/python3") || !Directory.Exists("/usr/lib/python3/dist-packages/aiosmtpd"))
            throw new InvalidOperationException("python3-aiosmtpd is not installed. Run tests/run.sh, which installs it.");
        var psi = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Infrastructure", "smtp_faults.py"), "--listen", $"127.0.0.1:{Port}", "--maildir", Maildir })
            psi.ArgumentList.Add(a);
        if (faultCode is not null)
        {
            foreach (var a in new[] { "--fault", faultCode, "--failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                psi.ArgumentList.Add(a);
            if (keep) psi.ArgumentList.Add("--keep");
        }
        if (raw) psi.ArgumentList.Add("--raw");
        if (workers > 1)
            foreach (var a in new[] { "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                psi.ArgumentList.Add(a);
        _process = Process.Start(psi)!;
        // Read as it comes, so a chatty server never blocks on a full pipe; kept to say why it did not start.
        _process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (_errors) _errors.Add(line); };
        _process.BeginErrorReadLine();
        // The server says it listens by a file rather than being probed: a probe would be counted as a connection.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!File.Exists(Path.Combine(Maildir, "ready")))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                lock (_errors) throw new InvalidOperationException($"The SMTP server did not start on port {Port}: {string.Join('\n', _errors.TakeLast(20))}");
            Thread.Sleep(50);
        }
    }

    /// <summary>The TCP connections the server has accepted so far.</summary>
    public int Connections => File.Exists(Path.Combine(Maildir, "connections")) ? File.ReadAllLines(Path.Combine(Maildir, "connections")).Length : 0;

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

    private bool _disposed;

    /// <summary>Stops the server (a test can take it down mid-way; disposing again does nothing).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000); // its port is free again for a server started on it next
        }
        _process.Dispose();
        try { Directory.Delete(Maildir, recursive: true); }
        catch (IOException) { }
    }
}
