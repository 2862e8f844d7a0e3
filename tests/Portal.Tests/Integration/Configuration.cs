using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>A wrong setting stops the portal at start-up with a message that names it.</summary>
public sealed class Configuration
{
    [Theory]
    [InlineData("Database:Provider", "Postgres", "Database:ConnectionString is required")]
    [InlineData("Email:Delivery", "Smtp", "Email:SmtpHost is required")]
    [InlineData("Portal:PublicBaseUrl", "not a url", "PublicBaseUrl")]
    [InlineData("Email:SmtpPort", "70000", "SmtpPort")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("Email:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Email:DispatchIntervalSeconds", "0", "DispatchIntervalSeconds")]
    [InlineData("Scheduler:SweepCron", "every quarter hour", "Scheduler:SweepCron 'every quarter hour' is not a valid Quartz cron expression")]
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
        if (key == "Database:Provider" && value == "Postgres") app.With("Database:ConnectionString", "");
        // The scheduler starts in these checks too: a bad schedule must stop the portal even where it would run.
        app.With("Scheduler:Enabled", "true").With(key, value);
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains(message, Flatten(error));
    }

    private static string Flatten(Exception e) =>
        e switch
        {
            AggregateException a => string.Join(" | ", a.InnerExceptions.Select(Flatten)),
            _ when e.InnerException is not null => e.Message + " | " + Flatten(e.InnerException),
            _ => e.Message,
        };
}
