using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Portal.Web.Email;

/// <summary>Why an email did not go out this time. The outbox counts it as that email's failed attempt and tries again later.</summary>
public sealed class EmailDeliveryException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The connection broke under the message (closed, reset, not an SMTP reply): nothing says the server refused it.</summary>
    internal bool ConnectionLost { get; init; }
}

/// <summary>
/// The SMTP connections the portal keeps open, at most one per dispatcher worker (Email:DispatchParallelism): each
/// message borrows one, and gives it back for the next unless the connection is done. Opening a connection (TCP, TLS,
/// EHLO, AUTH) costs several round trips; reusing it costs none. A connection the server closed while it sat idle is
/// replaced once, on the spot; one idle longer than a minute is closed politely first, before servers time it out.
/// </summary>
public sealed class SmtpConnections(IOptions<EmailOptions> options, ILogger<SmtpConnections> logger) : IAsyncDisposable
{
    private static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(1);

    private readonly ConcurrentStack<(SmtpClient Client, long IdleSince)> _idle = new();
    private readonly SemaphoreSlim _slots = new(options.Value.DispatchParallelism, options.Value.DispatchParallelism);
    private volatile bool _disposed;
    private int _opened;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(ct);
        try
        {
            if (await TakeIdleAsync() is { } kept)
            {
                try
                {
                    await SendOnAsync(kept, message, ct);
                    return;
                }
                catch (EmailDeliveryException e) when (e.ConnectionLost)
                {
                    // A kept connection the server has since closed (its idle timeout, a restart) fails on the first
                    // command. Once more on a new connection, as the outbox would have retried it anyway.
                    logger.LogInformation("A kept SMTP connection was closed by the server ({Error}); opening a new one", e.InnerException?.Message);
                }
            }
            await SendOnAsync(await ConnectAsync(ct), message, ct);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Sends on one connection and gives it back, unless the failure means the connection is done.</summary>
    private async Task SendOnAsync(SmtpClient client, MimeMessage message, CancellationToken ct)
    {
        try
        {
            await client.SendAsync(message, ct);
        }
        catch (SmtpCommandException e) when (e.StatusCode != SmtpStatusCode.ServiceNotAvailable && client.IsConnected)
        {
            // The server refused this message (a 4xx or 5xx reply to MAIL, RCPT or DATA): this message's failed attempt,
            // and the connection carries on with the next one.
            GiveBack(client);
            throw new EmailDeliveryException($"The SMTP server refused the message: {Describe(e)}", e);
        }
        catch (Exception e) when (IsConnectionFailure(e, ct))
        {
            // 421 (RFC 5321 section 3.8: the server is closing the channel), a protocol or I/O error, a timeout: this
            // connection is done; the next message opens a new one.
            Discard(client);
            throw new EmailDeliveryException($"The SMTP connection failed: {Describe(e)}", e)
            {
                ConnectionLost = e is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException,
            };
        }
        catch
        {
            // Cancelled in the middle of a conversation: where it stands is unknown.
            Discard(client);
            throw;
        }
        GiveBack(client);
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        var o = options.Value;
        var client = new SmtpClient { Timeout = o.SmtpTimeoutSeconds * 1000 };
        try
        {
            // StartTls, not StartTlsWhenAvailable: a server (or someone in between) that does not offer STARTTLS gets
            // nothing rather than the message in clear.
            await client.ConnectAsync(o.SmtpHost!, o.Port, o.SmtpSecurity switch
            {
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.None => SecureSocketOptions.None,
                _ => SecureSocketOptions.StartTls,
            }, ct);
            if (!string.IsNullOrEmpty(o.SmtpUserName))
                await client.AuthenticateAsync(o.SmtpUserName, o.SmtpPassword ?? string.Empty, ct);
            logger.LogDebug("SMTP connection {Count} opened to {Host}:{Port}", Interlocked.Increment(ref _opened), o.SmtpHost, o.Port);
            return client;
        }
        catch (Exception e) when (IsConnectionFailure(e, ct) || e is AuthenticationException or NotSupportedException)
        {
            client.Dispose();
            throw new EmailDeliveryException($"Could not open an SMTP connection to {o.SmtpHost}:{o.Port} ({o.SmtpSecurity}): {Describe(e)}", e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>What the administrator reads in the outbox: the server's reply with its code, or what went wrong.</summary>
    private static string Describe(Exception e) => e is SmtpCommandException c ? $"{(int)c.StatusCode} {c.Message}" : e.Message;

    /// <summary>What ends a connection. A cancellation the caller did not ask for is Email:SmtpTimeoutSeconds running out.</summary>
    private static bool IsConnectionFailure(Exception e, CancellationToken ct) =>
        e is SmtpCommandException or SmtpProtocolException or IOException or SocketException or TimeoutException
            or SslHandshakeException or ServiceNotConnectedException or ServiceNotAuthenticatedException
        || (e is OperationCanceledException && !ct.IsCancellationRequested);

    private async Task<SmtpClient?> TakeIdleAsync()
    {
        while (_idle.TryPop(out var kept))
        {
            if (!kept.Client.IsConnected) { kept.Client.Dispose(); continue; }
            if (Stopwatch.GetElapsedTime(kept.IdleSince) < IdleLimit) return kept.Client;
            await CloseAsync(kept.Client);
        }
        return null;
    }

    private void GiveBack(SmtpClient client)
    {
        if (!client.IsConnected || _disposed) { Discard(client); return; }
        _idle.Push((client, Stopwatch.GetTimestamp()));
        // Given back while the pool was being disposed: nobody will take it now.
        if (_disposed && _idle.TryPop(out var late)) Discard(late.Client);
    }

    private static void Discard(SmtpClient client) => client.Dispose();

    /// <summary>QUIT, then close: the server sees a clean end rather than a dropped connection.</summary>
    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            client.Timeout = 2000;
            if (client.IsConnected) await client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (IsConnectionFailure(e, CancellationToken.None)) { }
        finally
        {
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var kept)) await CloseAsync(kept.Client);
    }
}
