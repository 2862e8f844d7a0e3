using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Email;
using Portal.Web.Email.Messages;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A portal with something on every list, for tests that walk every page: an organization with a signed-in owner and
/// HR staff member, offers (one submitted, one with a document), a designation in Nova Scotia with its training
/// certificate, an endorsement case with a commitment, an application waiting in the review queue, a failed email,
/// and a signed-in administrator. Built once per test class (an xunit class fixture).
/// </summary>
public abstract class PortalWithOneOfEverything(PortalApp app) : IAsyncLifetime
{
    public PortalApp App { get; } = app;
    public PortalClient Owner { get; private set; } = null!;
    public PortalClient Staff { get; private set; } = null!;
    public PortalClient Administrator { get; private set; } = null!;
    public Guid OrganizationId { get; private set; }
    public Guid Offer { get; private set; }
    public Guid OfferDocument { get; private set; }
    public Guid Application { get; private set; }
    public Guid AtlanticDocument { get; private set; }
    public Guid Case { get; private set; }
    public Guid Commitment { get; private set; }

    public PortalClient As(string role) => role switch
    {
        "owner" => Owner,
        "staff" => Staff,
        "admin" => Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "owner, staff or admin"),
    };

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var (org, owner, _, staff) = await App.OrganizationWithStaffAsync();
        (Owner, Staff) = (owner, staff);
        OrganizationId = await App.WithDbAsync(db => db.Organizations.Where(o => o.BusinessNumber == org.BusinessNumber).Select(o => o.Id).SingleAsync());

        Offer = await owner.CreateOfferAsync(App);
        await owner.SubmitOfferAsync(Offer);
        await owner.CreateOfferAsync(App, new() { ["Input.WorkerFamilyName"] = "Second" });
        await owner.UploadAsync(Offer, "signed letter.pdf", OfferJourneys.Pdf());
        OfferDocument = await App.WithDbAsync(db => db.Documents.Where(d => d.OwnerId == Offer).Select(d => d.Id).SingleAsync());

        await App.DesignateAsync(owner, Province.NS);
        Application = (await owner.ApplyForDesignationAsync(App, "NB")).ApplicationId();
        AtlanticDocument = await App.WithDbAsync(db => db.Documents.Where(d => d.OwnerId == Application).Select(d => d.Id).FirstAsync());
        var atlanticOffer = await staff.CreateAtlanticOfferAsync(App);
        Case = (await staff.OpenCaseAsync(atlanticOffer)).CaseId();
        await staff.AddCommitmentAsync(Case, "Sam Staff", App.Day(10));
        Commitment = await App.WithDbAsync(db => db.SettlementCommitments.Where(c => c.CaseId == Case).Select(c => c.Id).SingleAsync());

        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PortalEmails>()
                .SendAsync("not an address@", "en", new OfferNumberMessage("Ana Lima", "Harbour Tech", "Engineer", "A1234567"));
        Administrator = await App.SignedInAdministratorAsync();
    }

    public async Task DisposeAsync()
    {
        Owner?.Dispose();
        Staff?.Dispose();
        Administrator?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

public sealed class SqlitePortalWithOneOfEverything() : PortalWithOneOfEverything(new SqlitePortal());
public sealed class PostgresPortalWithOneOfEverything() : PortalWithOneOfEverything(new PostgresPortal());
