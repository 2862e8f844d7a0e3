using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the offer of employment number IRCC issued once the fee is recorded.</summary>
public sealed class RecordNumberModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status == OfferStatus.FeeRecorded;

    private string Number => Offer.NormalizeOfferNumber(Input.Number);

    protected override async Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        var number = Number;
        var elsewhere = Offer.IsValidOfferNumber(number) && await RecordedElsewhereAsync(ct);
        Done = L["The offer number is recorded. Next: give it to the worker."];
        return Offer.RecordOfferNumber(number, elsewhere, Me, Now);
    }

    protected override object[] ValuesOf(OfferProblem problem) => problem == OfferProblem.OfferNumberTaken ? [Number] : [];

    /// <summary>Recorded on another offer a moment ago: the unique index said no (any other failure goes through).</summary>
    protected override async Task<OfferProblem?> WhenSaveRefusedAsync(CancellationToken ct) =>
        await RecordedElsewhereAsync(ct) ? OfferProblem.OfferNumberTaken : null;

    /// <summary>Whether another offer, of any organization, has the number typed: IRCC issues each number once.</summary>
    private Task<bool> RecordedElsewhereAsync(CancellationToken ct)
    {
        var (number, id) = (Number, Offer.Id);
        return Db.Offers.IgnoreQueryFilters().AnyAsync(o => o.OfferNumber == number && o.Id != id, ct);
    }
}
