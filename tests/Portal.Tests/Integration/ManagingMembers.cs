using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Integration;

public abstract class ManagingMembers(PortalApp app)
{
    [Fact]
    public async Task An_invited_hr_staff_member_joins_and_signs_in_to_the_same_organization()
    {
        var (org, owner, staff, staffClient) = await app.OrganizationWithStaffAsync();
        var mail = app.LastEmailTo(staff.Email);
        Assert.Contains(org.LegalName, mail.Subject);
        Assert.Contains("HR staff", mail.Text);

        var home = await staffClient.OpenAsync("/Organization");
        Assert.Equal(org.LegalName, home.TestId("organization-name"));
        var members = await owner.OpenAsync("/Organization/Members");
        Assert.Contains(staff.Email, members.Document.QuerySelector("[data-testid='members']")!.TextContent);

        // HR staff see the team but do not manage it.
        Assert.Equal(HttpStatusCode.Redirect, (await staffClient.GetAsync("/Organization/Members/Invite")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staffClient.OpenAsync("/Organization/History")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await staffClient.OpenAsync("/Admin")).Status);
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var link = await app.InviteAsync(owner, Journeys.NewEmail("hr"));
        using (var first = app.NewClient()) Assert.Equal("/Account/Login", (await first.AcceptInvitationAsync(link)).Path);
        using var second = app.NewClient();
        var page = await second.AcceptInvitationAsync(link);
        Assert.Contains("already used", page.TestId("invitation-problem"));
    }

    [Fact]
    public async Task A_tampered_invitation_link_is_refused()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var link = await app.InviteAsync(owner, Journeys.NewEmail("hr"));
        using var client = app.NewClient();
        var page = await client.AcceptInvitationAsync(link[..^4] + "0000");
        Assert.Contains("not valid", page.TestId("invitation-problem"));
    }

    [Fact]
    public async Task A_withdrawn_invitation_cannot_be_accepted()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var email = Journeys.NewEmail("hr");
        var link = await app.InviteAsync(owner, email);
        var members = await owner.OpenAsync("/Organization/Members");
        await owner.SubmitAndFollowAsync(members, "[data-testid='invitations'] form");
        using var client = app.NewClient();
        Assert.Contains("withdrawn", (await client.AcceptInvitationAsync(link)).TestId("invitation-problem"));
    }

    [Fact]
    public async Task Someone_with_an_account_or_a_waiting_invitation_is_not_invited_twice()
    {
        var org = await app.RegisterOrganizationAsync();
        var other = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var invite = await owner.OpenAsync("/Organization/Members/Invite");
        var page = await owner.SubmitAndFollowAsync(invite, "main form", new Dictionary<string, string> { ["Input.Email"] = other.Owner.Email });
        Assert.Contains("already has an account", page.ErrorFor("Input.Email"));

        var email = Journeys.NewEmail("hr");
        await app.InviteAsync(owner, email);
        invite = await owner.OpenAsync("/Organization/Members/Invite");
        page = await owner.SubmitAndFollowAsync(invite, "main form", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Contains("already has an invitation waiting", page.ErrorFor("Input.Email"));
        Assert.Equal(email, page.ValueOf("Input.Email"));
    }

    [Fact]
    public async Task A_deactivated_member_cannot_sign_in_and_the_answer_does_not_tell_the_password_was_right()
    {
        var (_, owner, staff, _) = await app.OrganizationWithStaffAsync();
        await DeactivateAsync(owner, staff.Email);

        using var client = app.NewClient();
        var page = await client.SignInAsync(staff.Email, staff.Password);
        Assert.Equal("/Account/Login", page.Path);
        Assert.Equal(SigningIn.Refused, page.Summary);
        // Someone guessing the password learns nothing about the account: the answer is the same.
        Assert.Equal(page.Summary, (await client.SignInAsync(staff.Email, "a wrong password guess")).Summary);
    }

    [Fact]
    public async Task The_last_owner_cannot_step_down_or_be_left_without_a_successor()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var membershipId = await app.WithDbAsync(db => db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.Email }).Where(x => x.Email == org.Owner.Email).Select(x => x.Id).SingleAsync());
        var page = await owner.OpenAsync($"/Organization/Members/Member?id={membershipId}");
        var after = await owner.SubmitAndFollowAsync(page, "main form");
        Assert.Contains("at least one active owner", after.TestId("error-message"));
        Assert.Equal("Owner", after.TestId("member-role"));
    }

    [Fact]
    public async Task An_owner_hands_ownership_to_a_staff_member()
    {
        var (_, owner, staff, staffClient) = await app.OrganizationWithStaffAsync();
        var page = await owner.OpenAsync($"/Organization/Members/Member?id={await MembershipIdAsync(staff.Email)}");
        var after = await owner.SubmitAndFollowAsync(page, "form:has([data-testid='hand-over'])");
        Assert.Contains("you are HR staff", after.TestId("status-message"));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.OpenAsync("/Organization/History")).Status);

        // The new owner's role reaches their open session at its next check.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await staffClient.OpenAsync("/Organization/History")).Status);
    }

    [Fact]
    public async Task A_post_without_confirmation_deactivates_nobody()
    {
        var (_, owner, staff, _) = await app.OrganizationWithStaffAsync();
        var page = await owner.OpenAsync($"/Organization/Members/Member?id={await MembershipIdAsync(staff.Email)}");
        var after = await owner.SubmitAndFollowAsync(page, "form:has([data-testid='deactivate'])");
        Assert.Contains("Tick the box", after.TestId("error-message"));
        Assert.Equal("Active", after.TestId("member-status"));
    }

    protected async Task<Guid> MembershipIdAsync(string email) =>
        await app.WithDbAsync(db => db.Memberships.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.Email })
            .Where(x => x.Email == email).Select(x => x.Id).SingleAsync());

    protected async Task DeactivateAsync(PortalClient owner, string email)
    {
        var page = await owner.OpenAsync($"/Organization/Members/Member?id={await MembershipIdAsync(email)}");
        var after = await owner.SubmitAndFollowAsync(page, "form:has([data-testid='deactivate'])", new Dictionary<string, string> { ["confirm"] = "true" });
        Assert.Equal("/Organization/Members", after.Path);
        Assert.Contains("is deactivated", after.TestId("status-message"));
    }
}

public sealed class ManagingMembersOnSqlite(SqlitePortal app) : ManagingMembers(app), IClassFixture<SqlitePortal>;
public sealed class ManagingMembersOnPostgres(PostgresPortal app) : ManagingMembers(app), IClassFixture<PostgresPortal>;

/// <summary>Rules that need the clock moved: each class has its own portal, so its clock is its own.</summary>
public abstract class WhenTimePasses(PortalApp app)
{
    [Fact]
    public async Task An_invitation_expires_after_seven_days()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var early = await app.InviteAsync(owner, Journeys.NewEmail("hr"));
        var late = await app.InviteAsync(owner, Journeys.NewEmail("hr"));

        app.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        using (var client = app.NewClient()) Assert.Equal("/Account/Login", (await client.AcceptInvitationAsync(early)).Path);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        using var tooLate = app.NewClient();
        Assert.Contains("expired", (await tooLate.AcceptInvitationAsync(late)).TestId("invitation-problem"));
    }

    [Fact]
    public async Task A_deactivated_members_open_session_ends_within_minutes()
    {
        var (_, owner, staff, staffClient) = await app.OrganizationWithStaffAsync();
        Assert.Equal(HttpStatusCode.OK, (await staffClient.GetAsync("/Organization")).StatusCode);

        var membershipId = await app.WithDbAsync(db => db.Memberships.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.Email })
            .Where(x => x.Email == staff.Email).Select(x => x.Id).SingleAsync());
        var page = await owner.OpenAsync($"/Organization/Members/Member?id={membershipId}");
        await owner.SubmitAndFollowAsync(page, "form:has([data-testid='deactivate'])", new Dictionary<string, string> { ["confirm"] = "true" });

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await staffClient.GetAsync("/Organization");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
        Assert.False(await app.WithDbAsync(db => db.Memberships.Where(m => m.Id == membershipId).Select(m => m.IsActive).SingleAsync()));
    }
}

public sealed class WhenTimePassesOnSqlite(SqlitePortal app) : WhenTimePasses(app), IClassFixture<SqlitePortal>;
public sealed class WhenTimePassesOnPostgres(PostgresPortal app) : WhenTimePasses(app), IClassFixture<PostgresPortal>;
