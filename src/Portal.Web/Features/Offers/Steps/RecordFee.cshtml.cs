using System.Globalization;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the employer compliance fee paid for a submitted offer: the amount in force, the day, the receipt.</summary>
public sealed class RecordFeeModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status == OfferStatus.Submitted;

    protected override async Task LoadMoreAsync(CancellationToken ct) => Fee = await OfferFacts.FeeOnAsync(Db, Today, ct);

    /// <summary>The amount starts as the fee in force: the one amount the offer accepts.</summary>
    protected override void Prefill() => Input.Amount = Fee?.Amount;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        Done = L["The fee is recorded. Next: record the offer of employment number."];
        return Task.FromResult(Offer.RecordFee(Input.Amount, Fee?.Amount, Input.Date, Input.Reference, Today, Me, Now));
    }

    protected override object[] ValuesOf(OfferProblem problem) => problem == OfferProblem.FeeAmountWrong && Fee is { } fee
        ? [fee.Amount.ToString("0.00", CultureInfo.InvariantCulture), fee.Currency]
        : [];
}
