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
    public async Task A_bad_setting_fails_start_up_naming_the_setting(string key, string value, string message)
    {
        await using var app = new SqlitePortal();
        await app.InitializeAsync();
        if (key == "Database:Provider" && value == "Postgres") app.With("Database:ConnectionString", "");
        app.With(key, value);
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
