using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Reminders;

namespace Portal.Tests.Integration;

/// <summary>
/// Reminders and digests carry List-Unsubscribe with their signed link and List-Unsubscribe-Post (RFC 8058), which is
/// what a mail client's unsubscribe button uses: its POST, with no cookie and no antiforgery token, turns that reminder
/// (or what the digest gathers) off and answers 200; opening the link changes nothing; a tampered or expired link
/// answers 400 and changes nothing. Emails about the account carry none. The portal is reached over HTTPS here, as
/// RFC 8058 requires of the one-click link.
/// </summary>
public abstract class UnsubscribingInOneClick(Func<PortalApp> newApp)
    : RemindersOverSmtp(() => newApp().With("Portal:PublicBaseUrl", "https://portal.example.test"))
{
    private const string FeeReminder = "Record the employer compliance fee";

    /// <summary>A mail client: it keeps no cookie and sends no antiforgery token.</summary>
    private HttpClient MailClient() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = App.ClientOptions.BaseAddress });

    private static Task<HttpResponseMessage> OneClickAsync(HttpClient client, string target) =>
        client.PostAsync(target, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

    /// <summary>The link of the List-Unsubscribe header, checked for the form RFC 8058 asks, as a path to request.</summary>
    private static string UnsubscribeTarget(ReceivedEmail email)
    {
        var header = email.Header("List-Unsubscribe");
        Assert.NotNull(header);
        Assert.Matches(@"^<https://portal\.example\.test/Account/ReminderLink\?token=[^\s<>]+>$", header);
        Assert.Equal("List-Unsubscribe=One-Click", email.Header("List-Unsubscribe-Post"));
        return new Uri(header[1..^1]).PathAndQuery;
    }

    private Task<List<(ReminderType Type, ReminderDelivery Delivery)>> PreferencesAsync() =>
        App.WithDbAsync(async db => (await db.ReminderPreferences.AsNoTracking().ToListAsync()).Select(p => (p.Type, p.Delivery)).ToList());

    private async Task<Registration> OwnerWithASubmittedOfferAsync()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        await owner.SubmitOfferAsync(await owner.CreateOfferAsync(App));
        return org;
    }

    [Fact]
    public async Task A_mail_clients_one_click_post_turns_that_reminder_off_and_opening_the_link_changes_nothing()
    {
        var org = await OwnerWithASubmittedOfferAsync();
        Days(3);
        await SweepAsync();
        var target = UnsubscribeTarget(Assert.Single(To(org.Owner.Email, FeeReminder)));
        Assert.Null(Assert.Single(To(org.Owner.Email, "Confirm your email address")).Header("List-Unsubscribe"));

        using var client = MailClient();
        using (var opened = await client.GetAsync(target))
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Empty(await PreferencesAsync());

        using (var unsubscribed = await OneClickAsync(client, target))
        {
            Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
            var page = new HtmlParser().ParseDocument(await unsubscribed.Content.ReadAsStringAsync());
            Assert.Contains("Off", page.QuerySelector("[data-testid='current-setting']")!.TextContent);
        }
        Assert.Equal([(ReminderType.FeeNotRecorded, ReminderDelivery.Off)], await PreferencesAsync());

        // The person sees it in their settings, and the reminder comes no more.
        using var owner = await App.SignedInClientAsync(org.Owner);
        var settings = await owner.OpenAsync("/Account/Manage/Reminders");
        Assert.Equal("Off", settings.Document.QuerySelector($"input[name='Delivery[{ReminderType.FeeNotRecorded}]']:checked")?.GetAttribute("value"));
        Days(3);
        await SweepAsync();
        Assert.Single(To(org.Owner.Email, FeeReminder));
    }

    [Fact]
    public async Task A_tampered_or_expired_one_click_link_answers_400_and_changes_nothing()
    {
        var org = await OwnerWithASubmittedOfferAsync();
        Days(3);
        await SweepAsync();
        var target = UnsubscribeTarget(Assert.Single(To(org.Owner.Email, FeeReminder)));
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("https://portal.example.test" + target).Query)["token"]!;
        var tampered = "/Account/ReminderLink?token=" + Uri.EscapeDataString(token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..]);

        using var client = MailClient();
        using (var refused = await OneClickAsync(client, tampered))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            // Refused for the link, not for a missing antiforgery token: the page says the link is not valid.
            Assert.NotNull(new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector("[data-testid='link-invalid']"));
        }
        Days(61);
        using (var expired = await OneClickAsync(client, target))
            Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Empty(await PreferencesAsync());
    }

    [Fact]
    public async Task The_digest_carries_its_own_link_and_one_click_turns_off_what_it_gathers()
    {
        var org = await App.RegisterOrganizationAsync();
        using (var owner = await App.SignedInClientAsync(org.Owner))
        {
            var settings = await owner.OpenAsync("/Account/Manage/Reminders");
            await owner.SubmitAndFollowAsync(settings, "[data-testid='reminder-settings']",
                new() { [$"Delivery[{ReminderType.FeeNotRecorded}]"] = nameof(ReminderDelivery.Digest) });
            await owner.SubmitOfferAsync(await owner.CreateOfferAsync(App));
        }
        Days(3);
        await SweepAsync();
        await DigestAsync();
        var target = UnsubscribeTarget(Assert.Single(To(org.Owner.Email, "Your portal digest")));

        using var client = MailClient();
        using (var opened = await client.GetAsync(target))
        {
            var page = new HtmlParser().ParseDocument(await opened.Content.ReadAsStringAsync());
            Assert.Contains("Offer submitted, compliance fee not recorded", page.QuerySelector("[data-testid='digest-types']")!.TextContent);
        }
        Assert.Equal([(ReminderType.FeeNotRecorded, ReminderDelivery.Digest)], await PreferencesAsync());

        using (var unsubscribed = await OneClickAsync(client, target))
            Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.Equal([(ReminderType.FeeNotRecorded, ReminderDelivery.Off)], await PreferencesAsync());

        Days(3);
        await SweepAsync();
        await DigestAsync();
        Assert.Single(To(org.Owner.Email, "Your portal digest"));
    }
}

public sealed class UnsubscribingInOneClickOnSqlite() : UnsubscribingInOneClick(() => new SqlitePortal());
public sealed class UnsubscribingInOneClickOnPostgres() : UnsubscribingInOneClick(() => new PostgresPortal());
