namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the worker's first day of employment, which starts the six years the offer's records are kept.</summary>
public sealed class RecordFirstDayModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status == OfferStatus.NumberGiven && Offer.PermitOutcome == PermitOutcome.Approved && Offer.FirstDayOfEmployment is null;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        var problems = Offer.RecordFirstDay(Input.Date, Today, Me, Now);
        if (problems.Count == 0) Done = L["The first day is recorded: keep the offer's records until {0:yyyy-MM-dd}.", Offer.RecordsKeptUntil!.Value];
        return Task.FromResult(problems);
    }
}
