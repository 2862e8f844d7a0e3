using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Documents;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>
/// What a member types into any of the offer's step forms, each form using the fields it needs. One class, so that
/// <see cref="OfferMessages.FieldOf"/> is one table from the offer's problems to these fields. No validation attributes:
/// the offer checks what it is given (a value that does not parse is the only error raised before it).
/// </summary>
public sealed class OfferStepInput
{
    public decimal? Amount { get; set; }
    public DateOnly? Date { get; set; }
    public string? Reference { get; set; }
    public string? Reason { get; set; }
    public bool Confirmed { get; set; }
    public string? Number { get; set; }
    public bool EmailWorker { get; set; }
    public PermitOutcome? Outcome { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DocumentKind Kind { get; set; } = DocumentKind.SignedOfferLetter;
    public IFormFile? File { get; set; }
}

/// <summary>What a step's form partial renders: the offer, what was typed and, for the fee, the fee in force.</summary>
public sealed record OfferStepForm(Offer Offer, OfferStepInput Input, ReferenceData.ComplianceFee? Fee);

/// <summary>The offer's heading, on its page and on each of its steps.</summary>
public sealed record OfferHeader(Offer Offer, string OrganizationName, bool CanEdit)
{
    /// <summary>The offer, through the organization filter (tracked: a step changes it), and its organization's name; null when not found.</summary>
    public static async Task<(Offer Offer, string OrganizationName)?> LoadAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return null;
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == offer.OrganizationId)
            .Select(o => o.OperatingName ?? o.LegalName).FirstAsync(ct);
        return (offer, name);
    }
}

/// <summary>What every step page is given, in one, so that a step names only what it adds (<see cref="OfferStepModel"/>).</summary>
public sealed record OfferStepServices(PortalDbContext Db, UserManager<PortalUser> Users, TimeProvider Clock, IStringLocalizer<SharedResource> L);
