using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Withdraws the offer, with a reason and a ticked box: it cannot be undone.</summary>
public sealed class WithdrawModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : OfferStepModel(db, users, clock, l)
{
    public override bool IsNext => Offer.Status != OfferStatus.Withdrawn;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        Done = Offer.FeePaid ? L["The offer is withdrawn. Track the refund of the fee below: it can take from 8 weeks to a year."] : L["The offer is withdrawn."];
        return Task.FromResult(Offer.Withdraw(Input.Reason, Input.Confirmed, Me, Now));
    }
}
