using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the employer compliance fee paid for a submitted offer: the amount in force, the day, the receipt.</summary>
public sealed class RecordFeeModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : OfferStepModel(db, users, clock, l)
{
    public override bool IsNext => Offer.Status == OfferStatus.Submitted;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        Done = L["The fee is recorded. Next: record the offer of employment number."];
        return Task.FromResult(Offer.RecordFee(Input.Amount, Fee?.Amount, Input.Date, Input.Reference, Today, Me, Now));
    }

    protected override object[] ValuesOf(OfferProblem problem) => problem == OfferProblem.FeeAmountWrong && Fee is { } fee
        ? [fee.Amount.ToString("0.00", CultureInfo.InvariantCulture), fee.Currency]
        : [];
}
