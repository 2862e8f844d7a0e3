using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the offer of employment number IRCC issued once the fee is recorded.</summary>
public sealed class RecordNumberModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : OfferStepModel(db, users, clock, l)
{
    public override bool IsNext => Offer.Status == OfferStatus.FeeRecorded;

    private string Number => Offer.NormalizeOfferNumber(Input.Number);

    protected override async Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        var number = Number;
        var elsewhere = Offer.IsValidOfferNumber(number)
            && await Db.Offers.IgnoreQueryFilters().AnyAsync(o => o.OfferNumber == number && o.Id != Offer.Id, ct);
        Done = L["The offer number is recorded. Next: give it to the worker."];
        return Offer.RecordOfferNumber(number, elsewhere, Me, Now);
    }

    protected override object[] ValuesOf(OfferProblem problem) => problem == OfferProblem.OfferNumberTaken ? [Number] : [];

    /// <summary>Recorded on another offer a moment ago: the unique index said no.</summary>
    protected override OfferProblem? WhenSaveRefused(DbUpdateException e) => OfferProblem.OfferNumberTaken;
}
