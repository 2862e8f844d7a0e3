using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Auditing;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Integration;

public abstract class RegisteringAnOrganization(PortalApp app)
{
    [Fact]
    public async Task The_owner_confirms_their_email_then_signs_in_and_sees_their_organization()
    {
        var email = Journeys.NewEmail("owner");
        var bn = Journeys.NewBusinessNumber();
        using var client = app.NewClient();

        var landed = await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Cabot Robotics Ltd.", bn, email));
        Assert.Equal("/Account/RegisterConfirmation", landed.Path);
        Assert.Contains(email, landed.Text);

        // Not before the address is confirmed.
        var refused = await client.SignInAsync(email, Journeys.Password);
        Assert.Equal("/Account/Login", refused.Path);
        Assert.Equal(SigningIn.Refused, refused.Summary);

        var mail = app.LastEmailTo(email);
        Assert.Equal("Confirm your email address", mail.Subject);
        Assert.Contains("Alex Owner", mail.Text);
        await app.ConfirmEmailAsync(client, email);

        var home = await client.SignInAsync(email, Journeys.Password);
        Assert.Equal("/Organization", home.Path);
        Assert.Equal("Cabot Robotics Ltd.", home.TestId("organization-name"));
        Assert.Contains(bn, home.Text);
        Assert.Contains("B3H 1A1", home.Text);
    }

    [Fact]
    public async Task The_registration_is_in_the_audit_trail_with_who_and_when()
    {
        var before = app.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var org = await app.RegisterOrganizationAsync();
        var rows = await app.WithDbAsync(async db =>
        {
            var id = await db.Organizations.Where(o => o.BusinessNumber == org.BusinessNumber).Select(o => o.Id).SingleAsync();
            return await db.AuditEntries.Where(a => a.OrganizationId == id).OrderBy(a => a.Id).ToListAsync();
        });
        Assert.Contains(rows, r => r.EntityType == "Organization" && r.Action == AuditAction.Added && r.Changes.Contains(org.BusinessNumber, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.EntityType == "Membership" && r.Action == AuditAction.Added && r.Changes.Contains("EmployerOwner", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.EntityType == "PortalUser" && r.Action == AuditAction.Added);
        // Confirming the email is a change to the account, traced too.
        Assert.Contains(rows, r => r.EntityType == "PortalUser" && r.Action == AuditAction.Modified && r.Changes.Contains("EmailConfirmed", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.True(r.OccurredAtUtc >= before));
        Assert.DoesNotContain(rows, r => r.Changes.Contains(Journeys.Password, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Changes.Contains("[redacted]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("12345678", "exactly 9 digits")]
    [InlineData("123456789", "not a valid CRA business number")]
    [InlineData("12345678A", "digits only")]
    public async Task A_bad_business_number_is_explained_next_to_the_field_and_nothing_typed_is_lost(string bn, string message)
    {
        using var client = app.NewClient();
        var email = Journeys.NewEmail();
        var page = await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Keep Me Inc.", bn, email));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/Account/Register", page.Path);
        Assert.Contains(message, page.ErrorFor("Input.BusinessNumber"));
        Assert.Equal("Keep Me Inc.", page.ValueOf("Input.LegalName"));
        Assert.Equal(email, page.ValueOf("Input.Email"));
        Assert.Equal("NS", page.ValueOf("Input.Province"));
        Assert.Equal(bn, page.ValueOf("Input.BusinessNumber"));
        Assert.Empty(app.EmailsSentTo(email));
    }

    [Fact]
    public async Task A_business_number_already_registered_is_refused()
    {
        var first = await app.RegisterOrganizationAsync();
        using var client = app.NewClient();
        var page = await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Copycat Ltd.", first.BusinessNumber, Journeys.NewEmail()));
        Assert.Contains("already registered", page.ErrorFor("Input.BusinessNumber"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.BusinessNumber == first.BusinessNumber)));
    }

    [Fact]
    public async Task An_email_already_registered_is_refused()
    {
        var first = await app.RegisterOrganizationAsync();
        using var client = app.NewClient();
        var bn = Journeys.NewBusinessNumber();
        var page = await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Second Org", bn, first.Owner.Email));
        Assert.Contains("already exists", page.ErrorFor("Input.Email"));
        Assert.False(await app.WithDbAsync(db => db.Organizations.AnyAsync(o => o.BusinessNumber == bn)));
    }

    [Theory]
    [InlineData("maple granite harbour lantern", "maple granite harbour lanterns", "Input.ConfirmPassword", "do not match")]
    [InlineData("password1234", "password1234", "Input.Password", "too common")]
    [InlineData("tiny", "tiny", "Input.Password", "at least 12 characters")]
    public async Task Weak_or_mismatched_passwords_are_refused(string password, string confirm, string field, string message)
    {
        using var client = app.NewClient();
        var email = Journeys.NewEmail();
        var form = Journeys.RegistrationForm("Password Test Co", Journeys.NewBusinessNumber(), email, password);
        form["Input.ConfirmPassword"] = confirm;
        var page = await client.SubmitRegistrationAsync(form);
        Assert.Equal("/Account/Register", page.Path);
        Assert.Contains(message, page.ErrorFor(field));
        Assert.Equal(email, page.ValueOf("Input.Email"));
        Assert.Null(await app.WithDbAsync(db => db.Users.FirstOrDefaultAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Twelve_characters_are_enough()
    {
        using var client = app.NewClient();
        var page = await client.SubmitRegistrationAsync(
            Journeys.RegistrationForm("Twelve Co", Journeys.NewBusinessNumber(), Journeys.NewEmail(), "teal otter 7"));
        Assert.Equal("/Account/RegisterConfirmation", page.Path);
    }

    [Fact]
    public async Task Script_typed_into_a_name_is_shown_as_text()
    {
        var org = await app.RegisterOrganizationAsync("<script>alert('x')</script> Ltd");
        using var owner = await app.SignedInClientAsync(org.Owner);
        var page = await owner.OpenAsync("/Organization");
        Assert.Equal("<script>alert('x')</script> Ltd", page.TestId("organization-name"));
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task An_owner_corrects_the_details_and_the_history_keeps_before_and_after()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var edit = await owner.OpenAsync("/Organization/Edit");
        Assert.Equal(org.LegalName, edit.ValueOf("Input.LegalName"));
        var saved = await owner.SubmitAndFollowAsync(edit, "main form", new Dictionary<string, string> { ["Input.Phone"] = "902-555-0199" });
        Assert.Equal("/Organization", saved.Path);
        Assert.Contains("902-555-0199", saved.Text);

        var history = await owner.OpenAsync("/Organization/History?entityType=Organization");
        var change = history.Document.QuerySelectorAll("[data-testid='audit-row']").Select(r => r.TextContent).First();
        Assert.Contains("902-555-0100", change);
        Assert.Contains("902-555-0199", change);
        Assert.Contains(org.Owner.Email, change);
    }
}

public sealed class RegisteringAnOrganizationOnSqlite(SqlitePortal app) : RegisteringAnOrganization(app), IClassFixture<SqlitePortal>;
public sealed class RegisteringAnOrganizationOnPostgres(PostgresPortal app) : RegisteringAnOrganization(app), IClassFixture<PostgresPortal>;
