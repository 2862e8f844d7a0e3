namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records IRCC's decision on the worker's work-permit application: approved (number, expiry), refused or withdrawn.</summary>
public sealed class RecordPermitModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status == OfferStatus.NumberGiven && Offer.PermitOutcome is null;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        Done = Input.Outcome switch
        {
            PermitOutcome.Approved => L["The work permit is recorded. Reminders come 180 and 90 days before it expires."],
            PermitOutcome.Refused => Offer.FeePaid ? L["The refusal is recorded. Track the refund of the fee below: it can take from 8 weeks to a year."] : L["The refusal is recorded."],
            _ => L["The withdrawal of the application is recorded."],
        };
        return Task.FromResult(Offer.RecordPermitDecision(Input.Outcome, Input.Date, Input.Number, Input.ExpiresOn, Today, Me, Now));
    }
}
