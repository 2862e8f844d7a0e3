namespace Portal.Web.Features.Offers.Steps;

/// <summary>Withdraws the offer, with a reason and a ticked box: it cannot be undone.</summary>
public sealed class WithdrawModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status != OfferStatus.Withdrawn;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        Done = Offer.FeePaid ? L["The offer is withdrawn. Track the refund of the fee below: it can take from 8 weeks to a year."] : L["The offer is withdrawn."];
        return Task.FromResult(Offer.Withdraw(Input.Reason, Input.Confirmed, Me, Now));
    }
}
