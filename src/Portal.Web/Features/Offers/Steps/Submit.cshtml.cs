namespace Portal.Web.Features.Offers.Steps;

/// <summary>Submits a draft: the eligibility check runs again, on the offer as it is now, and must pass.</summary>
public sealed class SubmitModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status == OfferStatus.Draft;

    protected override async Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        var facts = await OfferFacts.ForAsync(Db, Offer.Details, Offer.OrganizationId, Offer.Id, Offer.JudgedOn(Today), Offer.Status == OfferStatus.Draft, ct);
        Done = L["The offer is submitted. Next: record the compliance fee."];
        return Offer.Submit(!Eligibility.Blocks(Eligibility.Check(Offer.Details, facts)), Today, Me, Now);
    }
}
