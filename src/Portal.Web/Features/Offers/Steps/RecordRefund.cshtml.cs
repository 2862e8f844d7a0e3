using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the day the refund asked for arrived (today when left empty).</summary>
public sealed class RecordRefundModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : OfferStepModel(db, users, clock, l)
{
    public override bool IsNext => Offer.RefundRequestedOn is not null && Offer.RefundReceivedOn is null;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        Done = L["The refund is recorded as received."];
        return Task.FromResult(Offer.RecordRefundReceived(Input.Date ?? Today, Today));
    }
}
