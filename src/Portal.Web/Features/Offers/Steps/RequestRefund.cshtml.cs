namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the day the refund of the fee was asked for, after a withdrawal or a refused application (today when left empty).</summary>
public sealed class RequestRefundModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.FeePaid && Offer.CanAskForRefund && Offer.RefundRequestedOn is null;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        Done = L["The refund request is recorded."];
        return Task.FromResult(Offer.RequestRefund(Input.Date ?? Today, Today));
    }
}
