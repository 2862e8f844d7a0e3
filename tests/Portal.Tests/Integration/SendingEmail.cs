using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>With SMTP configured, the portal's emails go to a real SMTP server and arrive whole.</summary>
public abstract class SendingEmailOverSmtp : IAsyncLifetime, IDisposable
{
    private readonly SmtpSink _smtp = new();
    private readonly PortalApp _app;

    protected SendingEmailOverSmtp(PortalApp app)
    {
        _app = app.UseSmtp(_smtp).With("Email:FromAddress", "portal@example.test");
    }

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)_app).DisposeAsync();

    public void Dispose()
    {
        _smtp.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_confirmation_email_reaches_the_smtp_server_with_its_link()
    {
        using var client = _app.NewClient();
        var email = Journeys.NewEmail("smtp");
        await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Smtp Co", Journeys.NewBusinessNumber(), email));

        var received = Assert.Single(_smtp.Received, m => m.To == email);
        Assert.Equal("Confirm your email address", received.Subject);
        Assert.Equal("en", received.Language);
        Assert.Contains("Confirm your email address to finish registering", received.Text);
        var link = received.LinkTo("/Account/ConfirmEmail");
        Assert.StartsWith(_app.PublicBaseUrl, link, StringComparison.Ordinal);
        Assert.Empty(Mail.ReadFolder(_app.MailFolder));

        var confirmed = await client.OpenAsync(new Uri(link).PathAndQuery);
        Assert.NotNull(confirmed.TestId("email-confirmed"));
    }
}

public sealed class SendingEmailOverSmtpOnSqlite() : SendingEmailOverSmtp(new SqlitePortal());
public sealed class SendingEmailOverSmtpOnPostgres() : SendingEmailOverSmtp(new PostgresPortal());
