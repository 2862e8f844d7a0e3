using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Documents;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records that the employer is exempt from the compliance fee: why, with the proof uploaded first.</summary>
public sealed class RecordFeeExemptionModel(OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status == OfferStatus.Submitted;

    protected override async Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        var proof = await Db.Documents.AnyAsync(d => d.OwnerId == Offer.Id && d.Kind == DocumentKind.ExemptionProof, ct);
        Done = L["The fee exemption is recorded. Next: record the offer of employment number."];
        return Offer.RecordFeeExemption(Input.Reason, proof, Me, Now);
    }
}
