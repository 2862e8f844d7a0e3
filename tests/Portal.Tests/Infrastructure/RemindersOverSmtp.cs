using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Email;
using Portal.Web.Features.Reminders;
using Portal.Web.Identity;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A portal of its own per test, sending through a real SMTP server (aiosmtpd on loopback), with the reminder sweep,
/// the daily digest and the dispatcher run directly, as the scheduled jobs run them, while the test moves the clock.
/// </summary>
public abstract class RemindersOverSmtp(Func<PortalApp> newApp) : IAsyncLifetime, IDisposable
{
    protected SmtpSink Smtp { get; private set; } = null!;
    protected PortalApp App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Smtp = new SmtpSink();
        App = newApp().UseSmtp(Smtp);
        return App.InitializeAsync();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)App).DisposeAsync();

    public void Dispose()
    {
        Smtp?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>One reminder sweep, then the dispatcher: what was due is at the SMTP server when this returns.</summary>
    protected async Task<SweepResult> SweepAsync()
    {
        SweepResult result;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("tests");
            result = await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None);
        }
        await App.Services.GetRequiredService<Outbox>().DispatchDueAsync(1000, CancellationToken.None);
        return result;
    }

    protected async Task DigestAsync()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("tests");
            await scope.ServiceProvider.GetRequiredService<DailyDigest>().RunAsync(CancellationToken.None);
        }
        await App.Services.GetRequiredService<Outbox>().DispatchDueAsync(1000, CancellationToken.None);
    }

    /// <summary>Today as the sweep sees it: in Scheduler:TimeZone, which may be a day behind UTC.</summary>
    protected async Task<DateOnly> TodayAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<ReminderSweep>().Today;
    }

    protected void Days(int days) => App.Clock.Advance(TimeSpan.FromDays(days));

    /// <summary>The emails received by <paramref name="address"/> whose subject starts with <paramref name="subjectStart"/>.</summary>
    protected List<ReceivedEmail> To(string address, string subjectStart) =>
        Received(address, m => m.Subject.StartsWith(subjectStart, StringComparison.Ordinal));

    /// <summary>The emails received by <paramref name="address"/> whose subject contains <paramref name="fragment"/>.</summary>
    protected List<ReceivedEmail> About(string address, string fragment) =>
        Received(address, m => m.Subject.Contains(fragment, StringComparison.Ordinal));

    private List<ReceivedEmail> Received(string address, Func<ReceivedEmail, bool> subject) =>
        Smtp.Received.Where(m => m.To.Equals(address, StringComparison.OrdinalIgnoreCase) && subject(m)).ToList();
}
