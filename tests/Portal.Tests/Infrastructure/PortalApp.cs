using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Portal.Web.Data;
using Portal.Web.Identity;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The portal running in the test process on its real pipeline, with its own database and data folder.
/// One per test class (an xunit class fixture); <see cref="SqlitePortal"/> and <see cref="PostgresPortal"/>
/// run the same tests on each database.
/// </summary>
public abstract class PortalApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    // The scheduler runs only where a test asks for it (With("Scheduler:Enabled", "true")): a sweep firing on the
    // wall clock in the middle of another test, with that test's clock moved days ahead, would add emails it did not expect.
    // Where it runs, Hangfire looks for due and queued jobs every second rather than every 15 s, so tests wait less.
    private readonly Dictionary<string, string?> _settings = new() { ["Scheduler:Enabled"] = "false", ["Scheduler:PollIntervalSeconds"] = "1" };

    private readonly string _ownDataDirectory = Directory.CreateTempSubdirectory("portal-tests-").FullName;

    /// <summary>The actions the portal rate-limits (the sections under RateLimits).</summary>
    public static readonly string[] RateLimitedActions =
        ["SignIn", "TwoFactor", "RecoveryCode", "Register", "ForgotPassword", "ResendConfirmation", "AcceptInvitation"];

    /// <summary>
    /// The header a test sets to say which address its requests come from. TestServer gives every request the same
    /// (null) client address, as if a whole test run came from one machine.
    /// </summary>
    public const string PeerAddressHeader = "X-Test-Peer-Address";

    static PortalApp()
    {
        // Every portal's configuration and static files would hold inotify watchers, and a run starts more portals than
        // the kernel's default 128 instances allow; polling watchers need none (also set by tests/run.sh).
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    protected PortalApp()
    {
        // Every test signs in and registers from that one "address": limits far above what a test class does, so only
        // the tests about rate limits (which set their own, small ones) meet them.
        foreach (var action in RateLimitedActions)
        {
            _settings[$"RateLimits:{action}:PerAddress"] = "100000";
            _settings[$"RateLimits:{action}:PerAccount"] = "100000";
        }
        // Outside Development the portal's cookies are Secure and __Host- prefixed: the tests talk HTTPS, as browsers do.
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    /// <summary>
    /// Where every test portal's clock starts: tomorrow (by the real date when the test run began) at 17:00 UTC, noon in
    /// Toronto, so that no test depends on the wall clock's time of day or runs into midnight in Toronto or in UTC. It is
    /// in the real future, so that persistent cookies the portal issues by its own clock (cookie authentication reads
    /// the injected TimeProvider) carry an Expires that a browser on the real clock keeps. One start for the whole run:
    /// portals that share a database (a restart, a second instance) agree on the date.
    /// </summary>
    public static readonly DateTimeOffset ClockStart = new(DateTime.UtcNow.Date.AddDays(1).AddHours(17), TimeSpan.Zero);

    /// <summary>
    /// The portal's notion of "now": it does not move by itself. A test moves it with <c>Clock.Advance</c>, or with
    /// <see cref="AdvanceUntilAsync{T}"/> where the portal must see time pass (an outbox retry waiting for its backoff).
    /// The portal's waiting (the dispatcher's interval, Hangfire's polling, SMTP timeouts) is on real time, not on it.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(ClockStart);

    /// <summary>The portal's environment: "Testing" (treated as production: HTTPS only), or "Development" for a test of it.</summary>
    public string EnvironmentName { get; init; } = "Testing";
    /// <summary>The data folder (SQLite database, Hangfire's hangfire.db, mail, documents); shared with the portal whose database this one shares.</summary>
    public string DataDirectory => _sharesDatabaseWith?.DataDirectory ?? _ownDataDirectory;
    public abstract DatabaseProvider Provider { get; }
    public string ConnectionString { get; protected set; } = string.Empty;
    public virtual string PublicBaseUrl => "https://localhost";

    public string MailFolder => Path.Combine(DataDirectory, "mail");

    /// <summary>Overrides one configuration key before the portal starts.</summary>
    public PortalApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    private PortalApp? _sharesDatabaseWith;

    /// <summary>Runs on the other portal's database and data folder: a second instance, or the same portal after a restart.</summary>
    public PortalApp SharingDatabaseWith(PortalApp other)
    {
        _sharesDatabaseWith = other;
        return this;
    }

    private string? _existingDatabase;

    /// <summary>Runs on a database made beforehand, for example by the portal's earlier SQL scripts.</summary>
    public PortalApp OnDatabase(string connectionString)
    {
        _existingDatabase = connectionString;
        return this;
    }

    public virtual async Task InitializeAsync() =>
        ConnectionString = _sharesDatabaseWith?.ConnectionString ?? _existingDatabase ?? await NewDatabaseAsync(Provider, DataDirectory);

    public static async Task<string> NewDatabaseAsync(DatabaseProvider provider, string dataDirectory) => provider switch
    {
        DatabaseProvider.Postgres => await PostgresServer.CreateDatabaseAsync(),
        DatabaseProvider.SqlServer => await SqlServerDatabase.CreateAsync(),
        _ => $"Data Source={Path.Combine(dataDirectory, $"portal-{Guid.NewGuid():N}.db")}",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        // The test output shows what went wrong, not every email sent; TestServer has no request body size feature,
        // so the [RequestSizeLimit] upload pages would warn on every request (Kestrel enforces them in production).
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error"); // each test portal has its own new key ring
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpsPolicy", "Error"); // TestServer has no HTTPS port to redirect to
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, PeerAddressFromTestHeader>();
        });
    }

    /// <summary>A new browser session: its own cookies, redirects not followed.</summary>
    public virtual PortalClient NewClient(string? fromAddress = null)
    {
        var cookies = new CookieContainer();
        var http = CreateDefaultClient(ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
        if (fromAddress is not null) http.DefaultRequestHeaders.Add(PeerAddressHeader, fromAddress);
        return new PortalClient(http, cookies);
    }

    /// <summary>Gives the connection the address a test named in <see cref="PeerAddressHeader"/>, before the portal's own pipeline.</summary>
    private sealed class PeerAddressFromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerAddressHeader].ToString(), out var address))
                    context.Connection.RemoteIpAddress = address;
                await nextMiddleware();
            });
            next(app);
        };
    }

    /// <summary>
    /// For what must see the portal's time pass (a retry after its backoff, a lease running out): reads, and while
    /// <paramref name="done"/> is false moves the portal's clock <paramref name="step"/> (1 s unless given) and waits
    /// a little on the real clock for the background work to come round; gives up after <paramref name="seconds"/>
    /// real seconds and returns the last value read, for the caller to assert on.
    /// </summary>
    public Task<T> AdvanceUntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? step = null, int seconds = 60) =>
        Eventually.ReadAsync(async () =>
        {
            var value = await read();
            if (!done(value)) Clock.Advance(step ?? TimeSpan.FromSeconds(1));
            return value;
        }, done, seconds);

    /// <summary>
    /// Waits (on the real clock, 30 s at most) until this portal's outbox dispatcher has run a whole pass that began
    /// after this call and its outbox has nothing due left: whatever this portal was going to send by now has been
    /// sent. What a test checks before it asserts that nothing more arrived, instead of sleeping a fixed time.
    /// Only where the scheduler runs (Scheduler:Enabled=true).
    /// </summary>
    public async Task DispatcherCameRoundAsync()
    {
        var dispatcher = Services.GetRequiredService<Portal.Web.Features.Reminders.OutboxDispatchJob>();
        var since = DateTime.UtcNow;
        dispatcher.RunNow();
        var passed = await Eventually.ReadAsync(() => Task.FromResult(dispatcher.LastRunUtc > since && !dispatcher.Running), done => done, seconds: 30, everyMilliseconds: 100);
        Assert.True(passed, "The outbox dispatcher did not come round within 30 s.");
        var now = Clock.GetUtcNow().UtcDateTime;
        var due = await WithDbAsync(db => db.OutboxEmails.CountAsync(o => o.Status == Portal.Web.Email.OutboxStatus.Pending && o.NextAttemptAtUtc <= now));
        Assert.Equal(0, due);
    }


    /// <summary>Runs code against the portal's database as the system (all organizations visible).</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("tests");
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>The real SMTP server the portal sends to, when a test chose one with <see cref="UseSmtp"/>.</summary>
    public SmtpSink? Smtp { get; private set; }

    /// <summary>Sends through SMTP to the given server instead of writing to the mail folder (no TLS: it is on loopback).</summary>
    public PortalApp UseSmtp(SmtpSink sink)
    {
        Smtp = sink;
        return UseSmtpPort(sink.Port);
    }

    /// <summary>Sends through SMTP to a loopback port where a server may not be listening yet.</summary>
    public PortalApp UseSmtpPort(int port) =>
        With("Email:Delivery", "Smtp").With("Email:SmtpHost", "127.0.0.1").With("Email:SmtpSecurity", "None")
            .With("Email:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public IReadOnlyList<ReceivedEmail> EmailsSentTo(string address) =>
        (Smtp?.Received ?? Mail.ReadFolder(MailFolder)).Where(m => m.To.Equals(address, StringComparison.OrdinalIgnoreCase)).ToList();

    public ReceivedEmail LastEmailTo(string address) =>
        EmailsSentTo(address) is { Count: > 0 } sent ? sent[^1] : throw new InvalidOperationException($"No email was sent to {address}.");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        try { Directory.Delete(_ownDataDirectory, recursive: true); }
        catch (IOException) { }
    }
}

public sealed class SqlitePortal : PortalApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPortal : PortalApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// On the SQL Server that PORTAL_TEST_SQLSERVER names (a new database per fixture). No SQL Server runs where the suite
/// usually runs, so the test classes that use this fixture are compiled only on request (Integration/OnSqlServer.cs,
/// README.md): without them nothing about SQL Server is counted, as run or as skipped.
/// </summary>
public sealed class SqlServerPortal : PortalApp
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
