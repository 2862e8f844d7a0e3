namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the day the refund asked for arrived (today when left empty).</summary>
public sealed class RecordRefundModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.RefundRequestedOn is not null && Offer.RefundReceivedOn is null;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        Done = L["The refund is recorded as received."];
        return Task.FromResult(Offer.RecordRefundReceived(Input.Date ?? Today, Today));
    }
}
