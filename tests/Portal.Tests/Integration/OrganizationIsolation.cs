using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>A member of organization A tries every way into organization B's records: each answers 404.</summary>
public abstract class OrganizationIsolation(PortalApp app)
{
    [Fact]
    public async Task Another_organizations_member_page_is_not_found_for_reads_and_posts()
    {
        var (_, ownerA, _, _) = await app.OrganizationWithStaffAsync();
        var (_, ownerB, staffB, _) = await app.OrganizationWithStaffAsync();
        var bStaffMembership = await app.WithDbAsync(db => db.Memberships.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.Email })
            .Where(x => x.Email == staffB.Email).Select(x => x.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await ownerA.OpenAsync($"/Organization/Members/Member?id={bStaffMembership}")).Status);

        // A's owner takes a valid form of their own and points it at B's member.
        var ownPage = await ownerA.OpenAsync("/Organization/Members/Invite");
        var token = ownPage.ValueOf("__RequestVerificationToken")!;
        foreach (var handler in new[] { "Deactivate", "Reactivate", "MakeOwner", "HandOver", "StepDown" })
        {
            var response = await ownerA.Http.PostAsync($"/Organization/Members/Member?id={bStaffMembership}&handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["confirm"] = "true" }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.True(await app.WithDbAsync(db => db.Memberships.Where(m => m.Id == bStaffMembership).Select(m => m.IsActive).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await ownerB.OpenAsync($"/Organization/Members/Member?id={bStaffMembership}")).Status);
    }

    [Fact]
    public async Task Another_organizations_invitation_cannot_be_withdrawn()
    {
        var orgA = await app.RegisterOrganizationAsync();
        var orgB = await app.RegisterOrganizationAsync();
        using var ownerA = await app.SignedInClientAsync(orgA.Owner);
        using var ownerB = await app.SignedInClientAsync(orgB.Owner);
        var email = Journeys.NewEmail("hr");
        await app.InviteAsync(ownerB, email);
        var invitationId = await app.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());

        var ownPage = await ownerA.OpenAsync("/Organization/Members");
        var response = await ownerA.Http.PostAsync($"/Organization/Members?id={invitationId}&handler=Revoke",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = ownPage.ValueOf("__RequestVerificationToken")! }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == invitationId).Select(i => i.RevokedAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task Lists_and_history_show_only_the_members_own_organization()
    {
        var (orgA, ownerA, staffA, _) = await app.OrganizationWithStaffAsync();
        var (orgB, _, staffB, _) = await app.OrganizationWithStaffAsync();

        var members = (await ownerA.OpenAsync("/Organization/Members")).Text;
        Assert.Contains(staffA.Email, members);
        Assert.DoesNotContain(staffB.Email, members);
        Assert.DoesNotContain(orgB.Owner.Email, members);

        var history = (await ownerA.OpenAsync("/Organization/History")).Text;
        Assert.Contains(orgA.BusinessNumber, history);
        Assert.DoesNotContain(orgB.BusinessNumber, history);
        Assert.DoesNotContain(staffB.Email, history);
    }

    [Fact]
    public async Task Administrator_pages_are_closed_to_members()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        foreach (var path in new[] { "/Admin", "/Admin/Audit", "/Admin/Organization?id=" + Guid.NewGuid() })
            Assert.Equal(HttpStatusCode.Forbidden, (await owner.OpenAsync(path)).Status);
    }
}

public sealed class OrganizationIsolationOnSqlite(SqlitePortal app) : OrganizationIsolation(app), IClassFixture<SqlitePortal>;
public sealed class OrganizationIsolationOnPostgres(PostgresPortal app) : OrganizationIsolation(app), IClassFixture<PostgresPortal>;
