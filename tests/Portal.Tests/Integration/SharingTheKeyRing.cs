using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Reminders;

namespace Portal.Tests.Integration;

/// <summary>
/// The data-protection keys that seal sessions and signed links live in the database: a session started on one instance
/// of the portal is good on another (and after a restart), and so is a reminder-settings link made by another; the keys
/// stay out of the audit trail.
/// </summary>
public abstract class SharingTheKeyRing(Func<PortalApp> newApp)
{
    [Fact]
    public async Task A_session_and_a_reminder_link_from_one_instance_work_on_the_other()
    {
        await using var first = newApp();
        await first.InitializeAsync();
        var owner = (await first.RegisterOrganizationAsync()).Owner;

        // One browser whose requests a load balancer sends to either instance (on SQLite: the portal before and after a
        // restart, with a data folder of its own, so nothing but the database carries the keys over).
        var cookies = new System.Net.CookieContainer();
        using var onFirst = ClientOf(first, cookies);
        var landed = await onFirst.SignInAsync(owner.Email, owner.Password);
        Assert.Equal("/Organization", landed.Path);
        var userId = await first.WithDbAsync(db => db.Users.Where(u => u.Email == owner.Email).Select(u => u.Id).SingleAsync());
        var link = new Uri(first.Services.GetRequiredService<ReminderLinks>().PreferenceLink(userId, ReminderType.FeeNotRecorded)).PathAndQuery;
        if (first.Provider == Portal.Web.Data.DatabaseProvider.Sqlite) await first.DisposeAsync();

        await using var second = newApp().SharingDatabaseWith(first);
        await second.InitializeAsync();
        using var onSecond = ClientOf(second, cookies);
        var organization = await onSecond.GetAsync("/Organization");
        Assert.Equal(HttpStatusCode.OK, organization.StatusCode);

        using var anonymous = second.NewClient();
        var settings = await anonymous.OpenAsync(link);
        Assert.NotNull(settings.TestId("link-form"));
        Assert.Null(settings.TestId("link-invalid"));

        // A portal with a key ring of its own (another database) cannot read either.
        await using var stranger = newApp();
        await stranger.InitializeAsync();
        using var onStranger = ClientOf(stranger, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await onStranger.GetAsync("/Organization")).StatusCode);
        Assert.NotNull((await stranger.NewClient().OpenAsync(link)).TestId("link-invalid"));

        Assert.True(await second.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
        Assert.False(await second.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType.Contains("DataProtection"))));
    }

    private static PortalClient ClientOf(PortalApp app, System.Net.CookieContainer cookies) =>
        new(app.CreateDefaultClient(app.ClientOptions.BaseAddress, new CookieContainerHandler(cookies)), cookies);
}

public sealed class SharingTheKeyRingOnPostgres() : SharingTheKeyRing(() => new PostgresPortal());
public sealed class SharingTheKeyRingOnSqlite() : SharingTheKeyRing(() => new SqlitePortal());
