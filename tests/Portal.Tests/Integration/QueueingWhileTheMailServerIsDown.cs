using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Email;

namespace Portal.Tests.Integration;

/// <summary>
/// With the mail server down, a page whose email did not go out says the email is queued and will be sent
/// automatically, and that is true: what was done stays done, pressing again queues nothing more, and once the server
/// is back exactly one email arrives.
/// </summary>
public abstract class QueueingWhileTheMailServerIsDown(Func<PortalApp> newApp) : IAsyncLifetime, IDisposable
{
    private const string Queued = "it is queued and will be sent automatically";

    private readonly SmtpSink _setUp = new();
    private PortalApp _app = null!;

    public Task InitializeAsync()
    {
        _app = newApp().UseSmtp(_setUp).With("Email:RetryBaseSeconds", "1").With("Email:SmtpTimeoutSeconds", "5");
        return _app.InitializeAsync();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)_app).DisposeAsync();

    public void Dispose()
    {
        _setUp.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The mail server stops; <see cref="ServerBackAsync"/> starts a new one on the same port.</summary>
    private void ServerDown() => _setUp.Dispose();

    /// <summary>The server is back and the dispatcher has come round (past any retry delay): returns the server.</summary>
    private async Task<SmtpSink> ServerBackAsync()
    {
        var smtp = new SmtpSink(_setUp.Port);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var outbox = _app.Services.GetRequiredService<Outbox>();
        await outbox.DispatchDueAsync(100, CancellationToken.None);
        Assert.Equal(0, await outbox.DispatchDueAsync(100, CancellationToken.None));
        return smtp;
    }

    private Task<int> OutboxRowsToAsync(string to) => _app.WithDbAsync(db => db.OutboxEmails.CountAsync(o => o.Recipient == to));

    [Fact]
    public async Task The_number_emailed_to_the_worker_by_two_presses_while_the_server_is_down_arrives_once_when_it_is_back()
    {
        var org = await _app.RegisterOrganizationAsync();
        using var owner = await _app.SignedInClientAsync(org.Owner);
        using var sameOwnerElsewhere = await _app.SignedInClientAsync(org.Owner);
        var offer = await owner.CreateOfferAsync(_app);
        await owner.SubmitOfferAsync(offer);
        await owner.RecordFeeAsync(_app, offer);
        var number = OfferJourneys.NewOfferNumber();
        await owner.RecordNumberAsync(offer, number);
        var worker = await _app.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).Select(o => o.WorkerEmail).SingleAsync());
        ServerDown();

        // The button pressed twice, at the same moment (two tabs, or a double click that got through).
        var values = new Dictionary<string, string>
        {
            ["Input.Date"] = DateOnly.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.EmailWorker"] = "true",
        };
        var pages = new[] { await owner.OpenAsync($"/Offers/Details?id={offer}"), await sameOwnerElsewhere.OpenAsync($"/Offers/Details?id={offer}") };
        var answers = await Task.WhenAll(
            owner.SubmitAsync(pages[0], "[data-testid='given-form']", values),
            sameOwnerElsewhere.SubmitAsync(pages[1], "[data-testid='given-form']", values));
        var landed = new[] { await owner.FollowAsync(answers[0]), await sameOwnerElsewhere.FollowAsync(answers[1]) };

        Assert.Contains(landed, p => p.TestId("status-message")?.Contains(Queued, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(landed, p => p.Text.Contains("another way", StringComparison.Ordinal));
        (await owner.OpenAsync($"/Offers/Details?id={offer}")).AssertStatus("Number given to the worker");
        Assert.Equal(1, await OutboxRowsToAsync(worker));

        using var smtp = await ServerBackAsync();
        var email = Assert.Single(smtp.Received, m => m.To == worker);
        Assert.Contains(number, email.Text);
    }

    [Fact]
    public async Task An_invitation_made_while_the_server_is_down_says_it_is_queued_and_arrives_once_with_a_working_link()
    {
        var org = await _app.RegisterOrganizationAsync();
        using var owner = await _app.SignedInClientAsync(org.Owner);
        var invited = Journeys.NewEmail("invited");
        ServerDown();

        var form = await owner.OpenAsync("/Organization/Members/Invite");
        var fields = new Dictionary<string, string> { ["Input.Email"] = invited, ["Input.Role"] = "HrStaff" };
        var saved = await owner.SubmitAndFollowAsync(form, "main form", fields);
        Assert.Equal("/Organization/Members", saved.Path);
        Assert.Contains(Queued, saved.TestId("status-message"));
        var again = await owner.SubmitAndFollowAsync(form, "main form", fields);
        Assert.Contains("already has an invitation waiting", again.Text);
        Assert.Equal(1, await OutboxRowsToAsync(invited));

        using var smtp = await ServerBackAsync();
        var invitation = Assert.Single(smtp.Received, m => m.To == invited);
        using var person = _app.NewClient();
        Assert.Equal("/Account/Login", (await person.AcceptInvitationAsync(new Uri(invitation.LinkTo("/Account/AcceptInvitation")).PathAndQuery)).Path);
    }
}

public sealed class QueueingWhileTheMailServerIsDownOnSqlite() : QueueingWhileTheMailServerIsDown(() => new SqlitePortal());
public sealed class QueueingWhileTheMailServerIsDownOnPostgres() : QueueingWhileTheMailServerIsDown(() => new PostgresPortal());
