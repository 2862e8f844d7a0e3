using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// A NUL character, which no browser field sends, posted in a form (url-encoded or multipart, signed in or not): the
/// answer is a 400 with the page saying the request could not be accepted, and nothing is saved. PostgreSQL refuses a NUL
/// in text: a multipart post with one used to end there as a 500, or as a wrong "already open" message, and was saved on
/// SQLite; a url-encoded one was refused, under a page saying that something went wrong.
/// </summary>
public abstract class SendingANulCharacterInAForm(PortalApp app)
{
    private const string Refused = "The request could not be accepted";

    [Fact]
    public async Task A_registration_with_a_NUL_in_the_organizations_name_is_refused_and_registers_nothing()
    {
        var bn = Journeys.NewBusinessNumber();
        using var client = app.NewClient();

        var page = await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Harbour\0Tech", bn, Journeys.NewEmail("owner")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(Refused, page.Heading);
        Assert.False(await app.WithDbAsync(db => db.Organizations.AnyAsync(o => o.BusinessNumber == bn)));
    }

    [Fact]
    public async Task An_offer_with_a_NUL_in_the_workers_name_is_refused_and_saves_nothing()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);

        var page = await owner.SaveOfferAsync(app, new() { ["Input.WorkerFamilyName"] = "Oka\0for" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(Refused, page.Heading);
        var organization = await OrganizationIdAsync(org);
        Assert.False(await app.WithDbAsync(db => db.Offers.AnyAsync(o => o.OrganizationId == organization)));
    }

    [Fact]
    public async Task A_designation_application_with_a_NUL_in_a_field_beside_its_file_is_refused_and_saves_nothing()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);

        var page = await owner.ApplyForDesignationAsync(app, changes: new() { ["Input.Locations"] = "100 Water Street\0, Halifax" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(Refused, page.Heading);
        var organization = await OrganizationIdAsync(org);
        Assert.False(await app.WithDbAsync(db => db.DesignationApplications.AnyAsync(a => a.OrganizationId == organization)));
    }

    private Task<Guid> OrganizationIdAsync(Registration org) =>
        app.WithDbAsync(db => db.Organizations.Where(o => o.BusinessNumber == org.BusinessNumber).Select(o => o.Id).SingleAsync());
}

public sealed class SendingANulCharacterInAFormOnSqlite(SqlitePortal app) : SendingANulCharacterInAForm(app), IClassFixture<SqlitePortal>;
public sealed class SendingANulCharacterInAFormOnPostgres(PostgresPortal app) : SendingANulCharacterInAForm(app), IClassFixture<PostgresPortal>;
