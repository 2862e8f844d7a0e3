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
    public SmtpSink(int port)
    {
        Port = port;
        foreach (var sub in new[] { "tmp", "new", "cur" }) Directory.CreateDirectory(Path.Combine(Maildir, sub));
        if (!File.Exists("/usr/bin/python3") || !Directory.Exists("/usr/lib/python3/dist-packages/aiosmtpd"))
            throw new InvalidOperationException("python3-aiosmtpd is not installed. Run tests/run.sh, which installs it.");
        var psi = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
            psi.ArgumentList.Add(a);
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

    public IReadOnlyList<ReceivedEmail> Received => Mail.ReadFolder(Path.Combine(Maildir, "new"));

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        try { Directory.Delete(Maildir, recursive: true); }
        catch (IOException) { }
    }
}
