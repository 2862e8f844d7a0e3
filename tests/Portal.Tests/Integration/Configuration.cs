using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>A wrong setting stops the portal at start-up with a message that names it.</summary>
public sealed class Configuration
{
    [Theory]
    [InlineData("Database:Provider", "Postgres", "Database:ConnectionString is required")]
    [InlineData("Database:Provider", "SqlServer", "Database:ConnectionString is required")]
    [InlineData("Email:Delivery", "Smtp", "Email:SmtpHost is required")]
    [InlineData("Portal:PublicBaseUrl", "not a url", "PublicBaseUrl")]
    [InlineData("Email:SmtpPort", "70000", "SmtpPort")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("Email:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Email:DispatchIntervalSeconds", "0", "DispatchIntervalSeconds")]
    [InlineData("Scheduler:SweepCron", "every quarter hour", "Scheduler:SweepCron 'every quarter hour' is not a valid cron expression")]
    [InlineData("Scheduler:SweepCron", "0 0/15 * * * ? 2030", "Scheduler:SweepCron '0 0/15 * * * ? 2030' is not a valid cron expression")]
    [InlineData("Scheduler:PollIntervalSeconds", "0", "Scheduler:PollIntervalSeconds must be from 1 to 300")]
    [InlineData("Scheduler:TimeZone", "Atlantic/Nowhere", "Scheduler:TimeZone 'Atlantic/Nowhere' is not a known IANA time zone")]
    [InlineData("Scheduler:DigestHour", "24", "Scheduler:DigestHour must be an hour from 0 to 23")]
    [InlineData("Reminders:FeeNotRecordedDays", "-1", "FeeNotRecordedDays")]
    [InlineData("Portal:PublicBaseUrl", "http://portal.example.org", "Portal:PublicBaseUrl must be an https:// address")]
    [InlineData("Security:AbsoluteSessionHours", "0", "Security:AbsoluteSessionHours")]
    [InlineData("RateLimits:SignIn:PerAddress", "0", "RateLimits:SignIn:PerAddress")]
    [InlineData("RateLimits:ForgotPassword:WindowSeconds", "-5", "RateLimits:ForgotPassword:WindowSeconds")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.internal", "ForwardedHeaders:KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "ForwardedHeaders:KnownNetworks")]
    public async Task A_bad_setting_fails_start_up_naming_the_setting(string key, string value, string message)
    {
        await using var app = new SqlitePortal();
        await app.InitializeAsync();
        if (key == "Database:Provider" && value is "Postgres" or "SqlServer") app.With("Database:ConnectionString", "");
        // The scheduler starts in these checks too: a bad schedule must stop the portal even where it would run.
        app.With("Scheduler:Enabled", "true").With(key, value);
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains(message, Flatten(error));
    }

    [Theory]
    [InlineData("smtp.example.org", null, null, "Email:SmtpSecurity is None (no TLS), which is allowed only when Email:SmtpHost is a loopback address")]
    [InlineData("10.0.0.25", null, null, "Email:SmtpSecurity is None (no TLS), which is allowed only when Email:SmtpHost is a loopback address")]
    [InlineData("127.0.0.1", "portal", null, "Email:SmtpUserName is set while Email:SmtpSecurity is None: credentials are only sent over TLS")]
    [InlineData("127.0.0.1", null, "false", "Email:SmtpStartTls is no longer read: set Email:SmtpSecurity")]
    public async Task Smtp_without_tls_is_refused_at_start_up_unless_the_server_is_on_loopback_and_no_credentials_go(
        string host, string? userName, string? oldStartTls, string message)
    {
        await using var app = new SqlitePortal();
        await app.InitializeAsync();
        app.With("Email:Delivery", "Smtp").With("Email:SmtpHost", host).With("Email:SmtpSecurity", "None")
            .With("Email:SmtpUserName", userName).With("Email:SmtpStartTls", oldStartTls);
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains(message, Flatten(error));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    public async Task Smtp_without_tls_to_a_server_on_loopback_starts(string host)
    {
        await using var app = new SqlitePortal();
        await app.InitializeAsync();
        app.With("Email:Delivery", "Smtp").With("Email:SmtpHost", host).With("Email:SmtpSecurity", "None").With("Email:SmtpPort", "2525");
        using var client = app.NewClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    private static string Flatten(Exception e) =>
        e switch
        {
            AggregateException a => string.Join(" | ", a.InnerExceptions.Select(Flatten)),
            _ when e.InnerException is not null => e.Message + " | " + Flatten(e.InnerException),
            _ => e.Message,
        };
}
