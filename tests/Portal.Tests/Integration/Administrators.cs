using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Email;
using Portal.Web.Email.Messages;

namespace Portal.Tests.Integration;

public abstract class Administrators(PortalApp app)
{
    [Fact]
    public async Task The_first_administrator_sets_a_password_from_a_one_time_link_and_must_set_up_two_factor()
    {
        var (email, link) = await app.CreateAdministratorAsync();
        const string password = "north star compass rose";
        using var client = await app.SetPasswordAsync(link, password);

        // Two-factor sign-in is required before any administrator page.
        var landed = await client.SignInAsync(email, password);
        Assert.Equal("/Account/Manage/TwoFactor", landed.Path);
        Assert.NotNull(landed.TestId("2fa-required"));
        var response = await client.GetAsync("/Admin");
        Assert.StartsWith("/Account/Manage/TwoFactor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var (setup, key) = await client.BeginTwoFactorSetupAsync(landed);
        Assert.NotNull(setup.TestId("2fa-required"));
        var wrong = await client.SubmitAndFollowAsync(setup, "main form", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Contains("not correct", wrong.ErrorFor("Code"));
        var enabled = await client.SubmitAndFollowAsync(wrong, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
        Assert.Equal(10, enabled.Document.QuerySelectorAll("[data-testid='recovery-codes'] li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.OpenAsync("/Admin")).Status);

        // Next time: password, then the code (of the next 30-second step: each code works once).
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        using var again = app.NewClient();
        var second = await again.SignInAsync(email, password);
        Assert.Equal("/Account/LoginWith2fa", second.Path);
        var inside = await again.SubmitAndFollowAsync(second, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
        Assert.Equal("/Admin", inside.Path);

        // The set-password link worked once.
        using var replay = app.NewClient();
        var replayed = await replay.OpenAsync(link);
        var refused = await replay.SubmitAndFollowAsync(replayed, "main form", new Dictionary<string, string> { ["Password"] = "a brand new passphrase", ["ConfirmPassword"] = "a brand new passphrase" });
        Assert.Contains("invalid or has expired", refused.Summary);
    }

    [Fact]
    public async Task An_administrator_sees_every_organization_and_the_whole_audit_trail()
    {
        var orgA = await app.RegisterOrganizationAsync("Alpha Fisheries " + Guid.NewGuid().ToString("N")[..4]);
        var orgB = await app.RegisterOrganizationAsync("Beta Shipyards " + Guid.NewGuid().ToString("N")[..4]);
        using var admin = await app.SignedInAdministratorAsync();

        var list = await admin.OpenAsync("/Admin?q=" + Uri.EscapeDataString(orgA.LegalName));
        Assert.Contains(orgA.LegalName, list.Text);
        Assert.DoesNotContain(orgB.LegalName, list.Text);
        var byNumber = await admin.OpenAsync("/Admin?q=" + orgB.BusinessNumber);
        Assert.Contains(orgB.LegalName, byNumber.Text);

        var details = await admin.OpenAsync(byNumber.Document.QuerySelector("[data-testid='organizations'] a")!.GetAttribute("href")!);
        Assert.Contains(orgB.Owner.Email, details.Text);

        var audit = (await admin.OpenAsync("/Admin/Audit?entityType=Organization")).Text;
        Assert.Contains(orgA.BusinessNumber, audit);
        Assert.Contains(orgB.BusinessNumber, audit);
    }

    [Fact]
    public async Task Retrying_a_failed_email_is_in_the_audit_trail_with_who_and_when()
    {
        var recipient = $"not an address {Guid.NewGuid():N}@";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<PortalEmails>()
                .SendAsync(recipient, "en", new OfferNumberMessage("Ana Lima", "Harbour Tech", "Engineer", "A1234567")));
        }
        using var admin = await app.SignedInAdministratorAsync();
        var failed = await admin.OpenAsync("/Admin/Outbox?status=Failed&q=" + Uri.EscapeDataString(recipient));
        var before = app.Clock.GetUtcNow().UtcDateTime;
        var retried = await admin.SubmitAndFollowAsync(failed, "[data-testid='retry-form']");
        Assert.Contains("will be sent again", retried.TestId("status-message"));

        var id = await app.WithDbAsync(db => db.OutboxEmails.Where(o => o.Recipient == recipient).Select(o => o.Id).SingleAsync());
        var entry = Assert.Single(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "OutboxEmail" && a.EntityId == id.ToString()).ToListAsync()));
        Assert.Equal("Retried", entry.Action.ToString());
        Assert.StartsWith("admin.", entry.ActorName);
        Assert.InRange(entry.OccurredAtUtc, before, app.Clock.GetUtcNow().UtcDateTime);
        Assert.Contains(recipient, entry.Changes);

        var history = await admin.OpenAsync("/Admin/Audit?entityType=OutboxEmail");
        var row = history.Document.QuerySelectorAll("[data-testid='audit-row']").Single(r => r.TextContent.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Contains("Retried", row.TextContent);
        Assert.Contains(recipient, row.TextContent);
        Assert.Contains(entry.ActorName, row.TextContent);
    }

    [Fact]
    public async Task The_command_refuses_a_bad_address_and_a_second_account_for_the_same_one()
    {
        Assert.Equal(2, (await PortalCommand.RunAsync(app, "create-admin", "not-an-email")).ExitCode);
        var (email, _) = await app.CreateAdministratorAsync();
        var again = await PortalCommand.RunAsync(app, "create-admin", email);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
    }
}

public sealed class AdministratorsOnSqlite(SqlitePortal app) : Administrators(app), IClassFixture<SqlitePortal>;
public sealed class AdministratorsOnPostgres(PostgresPortal app) : Administrators(app), IClassFixture<PostgresPortal>;
